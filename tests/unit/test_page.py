"""songgraph.ingest.page on the invented pages in tests/fixtures/pages/ (each covers layout variations)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from songgraph.ingest.page import KnownPerson, PageResult, mentioned_names, parse_story_page
from songgraph.ingest.pagetext import Sentences, country_name, parse_date
from songgraph.models import ArtistKind, CertificationLevel, CreditRole, SongDocument
from songgraph.text import fold
from tests.conftest import ROOT

PAGES = ROOT / "tests" / "fixtures" / "pages"


def parse(name: str, **kwargs: object) -> PageResult:
    return parse_story_page((PAGES / name).read_text(encoding="utf-8"), name, **kwargs)  # type: ignore[arg-type]


def document(name: str) -> SongDocument:
    result = parse(name)
    assert result.errors == (), result.errors
    assert result.document is not None
    return result.document


def test_band_without_featured_artist_two_directors_several_cast_members() -> None:
    doc = document("paper-lanterns.txt")
    assert doc.title == "Paper Lanterns" and doc.featured_artists == []
    assert doc.artists == ["The Velvet Orchards"]
    band = next(p for p in doc.people if p.name == "The Velvet Orchards")
    assert band.kind is ArtistKind.GROUP and band.members == ["Ines Marlow", "Teo Brandt", "Kasia Lund"]
    assert doc.album is not None and doc.album.kind == "second studio album"
    assert doc.genres == ["dream pop"]
    assert doc.writers == ["Ines Marlow", "Teo Brandt", "Kasia Lund"] and doc.producers == ["Ruben Sastre"]
    video = doc.music_video
    assert video is not None
    assert video.release_date == dt.date(2019, 3, 14)
    assert video.directors == ["Lotte Haver", "Ruben Sastre"]
    assert [(c.person, c.role) for c in video.cast] == [
        ("Ines Marlow", "a night-shift lighthouse keeper"),
        ("Jonah Pell", "a stranded sailor"),
        ("Maud Okafor", "the harbour master"),
    ]
    assert (video.views, video.likes, video.stats_as_of) == (48_000_000, 390_000, "2022-01")


def test_diamond_silver_and_a_country_with_several_charts() -> None:
    doc = document("paper-lanterns.txt")
    certs = {c.country: (c.level, c.multiplier) for c in doc.certifications}
    assert certs == {
        "Poland": (CertificationLevel.DIAMOND, 1),
        "Ireland": (CertificationLevel.SILVER, 1),
        "Netherlands": (CertificationLevel.PLATINUM, 3),
        "Belgium": (CertificationLevel.PLATINUM, 3),
        "Norway": (CertificationLevel.GOLD, 1),
    }
    peaks = Counter((p.country, p.chart, p.position) for p in doc.chart_peaks)
    assert peaks == Counter(
        {
            ("Norway", None, 3): 1,
            ("Norway", None, 12): 1,
            ("Norway", None, 40): 1,
            ("Netherlands", None, 6): 1,
            ("Belgium", None, 22): 1,
            ("United Kingdom", "Singles Chart", 2): 1,
            ("United Kingdom", "Indie Chart", 7): 1,
            ("Canada", None, 55): 1,
        }
    )


def test_passive_introduction_with_year_and_a_surname_speaker() -> None:
    doc = document("paper-lanterns.txt")
    [quote] = doc.quotes
    assert (quote.speaker, quote.source) == ("Ines Marlow", "Radio Meridian")
    [intro] = doc.introductions
    assert intro.introducer == "Oskar Fenn"
    assert set(intro.introduced) == {"Ines Marlow", "Teo Brandt"}
    assert (intro.occasion, intro.year) == ("a songwriting retreat", 2014)


def test_two_featured_artists_and_a_missing_video_and_charts() -> None:
    result = parse("salt-and-neon.txt")
    doc = result.document
    assert doc is not None and result.errors == ()
    assert doc.featured_artists == ["Dara Quint", "Milo Asante"]
    assert doc.writers == ["Yara Belmonte", "Dara Quint", "Milo Asante", "Benno Vail"]
    assert doc.producers == ["Benno Vail", "Hale Ortiz"]
    assert doc.release_date == dt.date(2021, 9, 9)
    assert doc.genres == ["electropop"]
    assert doc.music_video is None and doc.chart_peaks == []
    assert {c.country for c in doc.certifications} == {"Portugal", "Brazil", "Mexico", "Chile"}
    [intro] = doc.introductions
    # "introduced me to Dara": me is the speaker, Dara the featured artist of that first name.
    assert (intro.introducer, intro.introduced) == ("Benno Vail", ["Yara Belmonte", "Dara Quint"])
    assert (intro.occasion, intro.year) == ("a studio party in Lisbon", 2020)
    assert doc.added_by == "Corin"


def test_no_album_line_inline_quote_and_an_artist_in_their_own_video() -> None:
    doc = document("quiet-harbour.txt")
    assert doc.album is None and doc.artists == ["Petra Kask"] and doc.featured_artists == ["Lumi Aho"]
    first, second = doc.quotes
    assert (first.speaker, first.source, first.year) == ("Petra Kask", "Small Rooms (Vimeo)", 2023)
    assert (second.speaker, second.source) == ("Lumi Aho", "Baltic Sound")
    assert doc.music_video is not None
    assert [(c.person, c.role) for c in doc.music_video.cast] == [
        ("Kaur Tamm", "a ferry captain"),
        ("Petra Kask", "themselves"),
    ]
    assert doc.music_video.stats_as_of == "2024" and doc.music_video.likes == 30_000
    [intro] = doc.introductions
    assert intro.introducer == "Kristjan Ilves" and set(intro.introduced) == {"Petra Kask", "Lumi Aho"}
    assert intro.occasion == "a folk festival"
    assert ("United States", "Billboard Bubbling Under", 88) in {
        (p.country, p.chart, p.position) for p in doc.chart_peaks
    }


def test_labeled_lines_a_duo_and_an_introduction_in_an_inline_quote() -> None:
    doc = document("copper-kettle-waltz.txt")
    assert doc.featured_artists == ["Rosa Imbert"] and doc.artists == ["Gullwing"]
    assert [(p.name, p.kind, p.members) for p in doc.people] == [("Gullwing", ArtistKind.GROUP, [])]
    assert doc.album is not None and doc.album.kind == "live album"
    assert doc.writers == ["Tobias Wren", "Rosa Imbert"] and doc.producers == ["Pim Hollander"]
    assert doc.genres == ["folk waltz"]
    video = doc.music_video
    assert video is not None and video.release_date == dt.date(2020, 12, 1)
    assert video.directors == ["Ada Frost", "Pim Hollander"]
    assert [(c.person, c.role) for c in video.cast] == [
        ("Tobias Wren", "a tired tinker"),
        ("Rosa Imbert", "a lighthouse cook"),
    ]
    assert {(c.country, c.level, c.multiplier) for c in doc.certifications} == {
        ("Iceland", CertificationLevel.DIAMOND, 1),
        ("Scotland", CertificationLevel.SILVER, 2),
    }
    assert [(q.speaker, q.source) for q in doc.quotes] == [
        ("Rosa Imbert", "The Porchlight Sessions"),
        ("Tobias Wren", None),
    ]
    [intro] = doc.introductions
    assert (intro.introducer, set(intro.introduced)) == ("Nadia Quell", {"Rosa Imbert", "Tobias Wren"})
    assert (intro.occasion, intro.year) == ("the ferry to Kirkwall", 2012)
    assert intro.source is not None and intro.source.line == 16


@pytest.mark.parametrize("name", sorted(path.name for path in PAGES.glob("*.txt")))
def test_every_fact_has_provenance_on_its_page(name: str) -> None:
    doc = document(name)
    lines = (PAGES / name).read_text(encoding="utf-8").splitlines()
    sources = [
        *(c.source for c in doc.certifications),
        *(p.source for p in doc.chart_peaks),
        *(i.source for i in doc.introductions),
        *(c.source for c in (doc.music_video.cast if doc.music_video else [])),
        *(q.provenance for q in doc.quotes),
        *(c.source for c in doc.credit_sources),
    ]
    for source in sources:
        assert source is not None and source.page == name and source.line is not None
        assert source.excerpt and fold(source.excerpt.split()[0]) in fold(lines[source.line - 1])
    credited = {(c.role, c.person) for c in doc.credit_sources}
    assert {(CreditRole.WRITER, w) for w in doc.writers} <= credited
    assert {(CreditRole.ARTIST, a) for a in doc.artists} <= credited


def test_known_people_resolve_through_aliases() -> None:
    known = {
        fold("Benno Vail"): KnownPerson(id="benno-vail", name="Benno Vail"),
        fold("Hale Ortis"): KnownPerson(id="hale-ortiz-1", name="Hale Ortiz", aliases=("Hale Ortis",)),
        fold("Hale Ortiz"): KnownPerson(id="hale-ortiz-1", name="Hale Ortiz", aliases=("Hale Ortis",)),
    }
    text = (PAGES / "salt-and-neon.txt").read_text(encoding="utf-8").replace("Hale Ortiz", "Hale Ortis")
    result = parse_story_page(text, "salt.txt", known)
    assert result.document is not None
    assert result.document.producers == ["Benno Vail", "Hale Ortiz"]
    entry = next(p for p in result.document.people if p.name == "Hale Ortiz")
    assert entry.id == "hale-ortiz-1" and entry.aliases == ["Hale Ortis"]
    assert "Hale Ortis" in mentioned_names(parse_story_page(text, "salt.txt"))


def test_a_song_title_in_quotes_is_not_a_person() -> None:
    text = (PAGES / "quiet-harbour.txt").read_text(encoding="utf-8")
    text = text.replace(
        "Kristjan Ilves introduced Petra and me at a folk festival",
        "The 'Marvin Gaye' session introduced us to the idea, and 'Night Ferry' introduced Petra and me to it",
    )
    result = parse_story_page(text, "q.txt")
    assert result.document is not None and result.document.introductions == []
    names = mentioned_names(result)
    assert not any("marvin" in fold(n) or "ferry" in fold(n) for n in names), names


def test_unreadable_lines_are_located_warnings() -> None:
    text = (PAGES / "paper-lanterns.txt").read_text(encoding="utf-8")
    text = text.replace("- #55 in Canada", "- #55 somewhere - #2000 in Peru").replace(
        "2nd February 2019", "31st February 2019"
    )
    result = parse_story_page(text, "p.txt")
    assert result.document is not None
    messages = [w.located("p.txt") for w in result.warnings]
    assert any("cannot read a date" in m for m in messages)
    assert any("no country in the chart entry '#55 somewhere'" in m for m in messages)
    assert any("chart peak not imported" in m and "position" in m for m in messages)
    assert all(m.startswith("p.txt:") and m.split(":")[1].isdigit() for m in messages)


def test_a_chart_entry_of_words_after_a_dash_is_its_own_entry() -> None:
    # " - reached the top 10 ..." holds no position: it is left out with a warning, not read into the chart
    # name of the entry before it
    text = (PAGES / "paper-lanterns.txt").read_text(encoding="utf-8")
    text = text.replace("- #55 in Canada", "- #55 on the Canadian Hot 100 - reached the top 10 in Peru")
    result = parse_story_page(text, "p.txt")
    assert result.document is not None
    assert ("Canada", "Hot 100", 55) in [(p.country, p.chart, p.position) for p in result.document.chart_peaks]
    assert all(p.position != 10 for p in result.document.chart_peaks)
    assert any("cannot read the chart entry 'reached the top 10 in Peru'" in w.message for w in result.warnings)


@pytest.mark.parametrize(
    "text",
    ["", "hello", "Just a line\n\nand another one.", "Album Nothing Else\n"],
)
def test_pages_without_a_song_give_located_errors(text: str) -> None:
    result = parse_story_page(text, "x.txt")
    assert result.document is None and result.errors
    assert all(error.line >= 1 for error in result.errors)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("24th May 2016", dt.date(2016, 5, 24)),
        ("May 24, 2016", dt.date(2016, 5, 24)),
        ("on the 2nd August 2016 via", dt.date(2016, 8, 2)),
        ("2016-05-24", dt.date(2016, 5, 24)),
        ("31st February 2016", None),
    ],
)
def test_dates(text: str, date: dt.date | None) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("the UK", "United Kingdom"),
        ("US", "United States"),
        ("the Netherlands", "Netherlands"),
        ("CIS", "CIS"),
        ("the UAE", "United Arab Emirates"),
        ("U.A.E.", "United Arab Emirates"),
        ("the U.S.A.", "United States"),
        ("U.K.", "United Kingdom"),
        ("the United Arab Emirates", "United Arab Emirates"),
    ],
)
def test_country_names(text: str, country: str) -> None:
    assert country_name(text) == country


@pytest.mark.parametrize(
    ("line", "prose", "artists"),
    [
        # an apposition after the name calls the two one act
        (
            "Lark & Vale",
            "The song is the work of Lark & Vale, the duo of the singer Ann Arbour and the drummer Bea Bell.",
            ["Lark & Vale"],
        ),
        ("Lark & Vale", "Lark & Vale (a Leeds trio) recorded it in a week.", ["Lark & Vale"]),
        # the two people, described one by one, stay two artists
        ("Lark & Vale", "Lark & Vale, the singer and the drummer, recorded it in a week.", ["Lark", "Vale"]),
        ("Lark & Vale", "Lark & Vale, the band's two founders, recorded it in a week.", ["Lark", "Vale"]),
        # "and" as well as "&": the apposition calls the two one act
        (
            "Lark and Vale",
            "Lark and Vale, the Leeds duo of Ann Lark and Bo Vale, recorded it in a week.",
            ["Lark and Vale"],
        ),
        ("Lark and Vale", "It is the first single by the pair Lark and Vale.", ["Lark and Vale"]),
        # nothing calls them an act: two artists
        ("Lark and Vale", "Lark and Vale recorded it in a week.", ["Lark", "Vale"]),
        ("Lark and Vale", "Lark and Vale, the singer and the drummer, recorded it in a week.", ["Lark", "Vale"]),
        # the next sentence takes the two up as an act
        ("Lark & Vale", "Lark & Vale spent a year on it. The Leeds duo finally finished it in May.", ["Lark & Vale"]),
        ("Lark & Vale", "Lark & Vale spent a year on it. The band recorded it live.", ["Lark & Vale"]),
        # two people called a pair, or an act word further on or not at a sentence's start: two artists
        ("Lark & Vale", "Lark & Vale spent a year on it. The pair met at school.", ["Lark", "Vale"]),
        ("Lark & Vale", "Lark & Vale spent a year on it. It was mixed in May. The duo toured.", ["Lark", "Vale"]),
        ("Lark & Vale", "Lark & Vale spent a year on it with the band of their friend.", ["Lark", "Vale"]),
    ],
)
def test_an_artist_line_of_two_names_is_one_act_only_when_the_prose_calls_it_one(
    line: str, prose: str, artists: list[str]
) -> None:
    page = f"Night Trains\n\n{line}\n\nAlbum Small Hours\n\n{prose}\n"
    result = parse_story_page(page, "p.txt")
    assert result.document is not None and result.document.artists == artists


@pytest.mark.parametrize(
    ("line", "artists"),
    [
        # two acts whose names together run longer than one name may
        ("Kaia Ortiz-Berg & Tomás Ruiz de la Vega", ["Kaia Ortiz-Berg", "Tomás Ruiz de la Vega"]),
        ("Ann Arbour, Bea Bell & Cy Dee Eames", ["Ann Arbour", "Bea Bell", "Cy Dee Eames"]),
    ],
)
def test_an_artist_line_of_several_long_names(line: str, artists: list[str]) -> None:
    page = f"Night Trains\n\n{line}\n\nAlbum Small Hours\n\n{artists[0]} recorded it in a week.\n"
    result = parse_story_page(page, "p.txt")
    assert result.document is not None and result.document.artists == artists


@pytest.mark.parametrize(
    "line",
    [
        # a sentence under the title is no artist line, however its words are split
        "We all remember where we were when this one came out, and why",
        "Ann Arbour and friends recorded it in one long night in May.",
    ],
)
def test_a_sentence_under_the_title_is_no_artist_line(line: str) -> None:
    result = parse_story_page(f"Night Trains\n\n{line}\n\nAlbum Small Hours\n\nIt was quick.\n", "p.txt")
    assert result.document is None
    assert [e.message for e in result.errors] == ["no artist line after the title"]


def test_the_surnames_of_an_and_act_are_its_members() -> None:
    page = (
        "Night Trains\n\nLark and Vale\n\nAlbum Small Hours\n\n"
        "Lark and Vale, the Leeds duo of Ann Lark and Bo Vale, recorded it in a week.\n\n"
        "The pair were introduced by Cy Dorn at a label party.\n\n"
        'Vale told Radio Nord: "It took a year to finish."\n'
    )
    result = parse_story_page(page, "p.txt")
    assert result.document is not None
    [intro] = result.document.introductions
    assert set(intro.introduced) == {"Ann Lark", "Bo Vale"}
    assert [q.speaker for q in result.document.quotes] == ["Bo Vale"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("He told the St. Paul Courier about it. Then he left.", 2),
        ("Dr. Ruiz mixed it. Then he left.", 2),
        # after a capitalised word "St." is a street's, and may end the sentence
        ("They met on Mill St. The band formed there.", 2),
        ("They met on the corner. The band formed there.", 2),
    ],
)
def test_a_names_abbreviation_ends_no_sentence(text: str, count: int) -> None:
    assert len(Sentences(text).spans()) == count


def _peaks_at_93(entry: str) -> list[tuple[str | None, str | None, int]]:
    """The peaks a page reads from one chart line put in place of one of its own, at position 93."""
    text = (PAGES / "paper-lanterns.txt").read_text(encoding="utf-8").replace("- #55 in Canada", f"- {entry}")
    result = parse_story_page(text, "p.txt")
    assert result.document is not None
    return [(p.country, p.chart, p.position) for p in result.document.chart_peaks if p.position == 93]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        # Billboard's "World" charts rank world music in the United States
        ("#93 on the Billboard World Albums", [("United States", "Billboard World Albums", 93)]),
        (
            "#93 on the Billboard World Digital Song Sales",
            [("United States", "Billboard World Digital Song Sales", 93)],
        ),
        # its "Global" charts, and a "World" chart that is a count of the world's songs, are no one country's
        ("#93 on the Billboard Global 200", []),
        ("#93 on the Billboard World 100", []),
    ],
)
def test_billboards_world_charts_are_the_united_states(entry: str, expected: list[tuple[str, str, int]]) -> None:
    assert _peaks_at_93(entry) == expected


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        # central Europe's and the Balkans' charts, told by their country's adjective before the chart's name
        ("#93 on the Czech Radio Top 100", [("Czech Republic", "Radio Top 100", 93)]),
        ("#93 on the Croatian HR Top 40", [("Croatia", "HR Top 40", 93)]),
        # near miss: a chart no country's word opens still has no country
        ("#93 on the Radio Top 100", []),
        # the Nordic, Baltic, Eastern, Asian, Latin American and African countries' charts told the same way, the word
        # "chart" after the name cut as elsewhere
        ("#93 on the Icelandic Tónlistinn chart", [("Iceland", "Tónlistinn", 93)]),
        ("#93 on the Estonian Eesti Top 40", [("Estonia", "Eesti Top 40", 93)]),
        ("#93 on the Turkish Radio Top 20", [("Turkey", "Radio Top 20", 93)]),
        ("#93 on the Argentine Hot 100", [("Argentina", "Hot 100", 93)]),
        ("#93 on the Kenyan Top 50", [("Kenya", "Top 50", 93)]),
        # near miss: "Chinese" tells a chart's language, never its country
        ("#93 on the Chinese Top 10", []),
    ],
)
def test_317_a_chart_by_a_central_european_countrys_adjective(entry: str, expected: list[tuple[str, str, int]]) -> None:
    assert _peaks_at_93(entry) == expected
