"""Facts the story pages tell in running prose rather than in their lists: a bare title heading,
certifications and chart peaks in sentences, and the narrative shapes added with the sixth held-out set
(quotes after a sentence of speaking, sources with digits or web addresses, parts in brackets, relative
clauses before "introduced", occasions with a time after them), and the shapes each later set taught."""

from __future__ import annotations

import datetime as dt

import pytest

from songgraph.ingest.page import PageResult, parse_story_page
from songgraph.models import SongDocument
from songgraph.text import fold

# Two performers (Ann Arbour, Bea Bell); prose from line 7.
FRAME = "Night Trains (feat. Bea Bell)\n\nAnn Arbour\n\nAlbum Small Hours\n\n"
# One performer and one credited producer (Oli Strand), prose between heading and credits.
SOLO_HEAD = "Night Trains\n\nAnn Arbour\n\nAlbum Small Hours\n\n"
SOLO_TAIL = "\n\nAdded by Kim\n\nRelease Date\n\n2nd March 2021\n\n\nAnn Arbour & Oli Strand\n\n\nOli Strand\n"


def parse(prose: str) -> PageResult:
    return parse_story_page(FRAME + prose + "\n", "p.txt")


def doc(prose: str) -> SongDocument:
    result = parse(prose)
    assert result.errors == () and result.document is not None
    return result.document


def solo(prose: str) -> SongDocument:
    result = parse_story_page(SOLO_HEAD + prose + SOLO_TAIL, "p.txt")
    assert result.errors == () and result.document is not None
    return result.document


def certifications(prose: str) -> list[tuple[str, str, int]]:
    return [(c.country, c.level.value, c.multiplier) for c in doc(prose).certifications]


def peaks(prose: str) -> list[tuple[str, str | None, int]]:
    return [(p.country, p.chart, p.position) for p in doc(prose).chart_peaks]


def quotes(prose: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.source) for q in doc(prose).quotes]


def cast(prose: str) -> list[tuple[str, str | None]]:
    video = doc(prose).music_video
    return [] if video is None else [(c.person, c.role) for c in video.cast]


def intros(prose: str) -> list[tuple[str, frozenset[str], str | None]]:
    return [(i.introducer, frozenset(i.introduced), i.occasion) for i in doc(prose).introductions]


# The heading


def test_a_bare_title_line_is_the_title_when_the_prose_quotes_it() -> None:
    page = (
        "Site banner\n\nPaper Boats\n\nThe Lanterns\n\n"
        'Issued in 2018 with no album behind it, "Paper Boats" was the first hit for the Bergen four-piece.\n'
    )
    result = parse_story_page(page, "p.txt")
    assert result.document is not None
    assert (result.document.title, result.document.artists) == ("Paper Boats", ["The Lanterns"])


def test_a_page_whose_prose_quotes_no_line_still_has_no_title() -> None:
    result = parse_story_page("Site banner\n\nPaper Boats\n\nThe Lanterns\n\nA song about boats.\n", "p.txt")
    assert result.document is None and "no song title" in result.errors[0].message


def _pair_page(prose: str) -> SongDocument:
    page = "Salt Roads\n\nWren & Ashby\n\nAlbum Low Tide\n\n" + prose + "\n"
    result = parse_story_page(page, "p.txt")
    assert result.document is not None
    return result.document


def test_an_ampersand_artist_line_the_prose_calls_a_duo_is_one_act() -> None:
    document = _pair_page(
        '"Salt Roads" is a single by the Hull duo Wren & Ashby, made up of Tilly Wren and Omar Ashby.\n\n'
        'Ashby told Radio Humber: "We wrote it on the ferry."\n'
    )
    assert document.artists == ["Wren & Ashby"]
    # the act's second word is no surname of its own: "Ashby" is the member
    assert [q.speaker for q in document.quotes] == ["Omar Ashby"]


@pytest.mark.parametrize(
    "prose",
    [
        '"Salt Roads" is a duet by Wren & Ashby, recorded in Hull.',
        '"Salt Roads" is a single by Wren & Ashby, who met in a duo class.',
        "A song about salt.",
    ],
)
def test_an_ampersand_artist_line_with_no_act_noun_before_it_stays_two_artists(prose: str) -> None:
    assert _pair_page(prose).artists == ["Wren", "Ashby"]


# Certifications in prose


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It went on to be certified triple platinum by the RIAA and gold by Music Canada.",
            [("United States", "PLATINUM", 3), ("Canada", "GOLD", 1)],
        ),
        ("ARIA certified the single 4x platinum in 2021.", [("Australia", "PLATINUM", 4)]),
        ("The song was certified gold in Germany and Austria.", [("Germany", "GOLD", 1), ("Austria", "GOLD", 1)]),
        ("A year later it had gone platinum in Sweden.", [("Sweden", "PLATINUM", 1)]),
        ("It was certified double diamond by SNEP.", [("France", "DIAMOND", 2)]),
        ("It was certified five-times platinum by FIMI.", [("Italy", "PLATINUM", 5)]),
        ("It earned a gold certification from the BPI in 2020.", [("United Kingdom", "GOLD", 1)]),
        ("By May it had received platinum status in Canada.", [("Canada", "PLATINUM", 1)]),
        ("In Denmark the song went gold within a month.", [("Denmark", "GOLD", 1)]),
        (
            "It was certified platinum in both Norway and Denmark.",
            [("Norway", "PLATINUM", 1), ("Denmark", "PLATINUM", 1)],
        ),
        (
            "It was certified gold by the Recording Industry Association of America (RIAA).",
            [("United States", "GOLD", 1)],
        ),
    ],
)
def test_certifications_told_in_a_sentence(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert certifications(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "It was certified multi-platinum in the US.",  # no number of times
        "She wore a gold jacket in Norway for the cover.",  # no certification
        "It was certified gold in March 2020.",  # no country
        "It was certified platinum by the label.",  # no certifying body
        "Her brother won a gold medal in Norway.",  # no certification
        "Recorded in Sweden, it was certified gold.",  # where it was made, not certified
    ],
)
def test_no_certification_without_a_level_and_a_country(sentence: str) -> None:
    assert certifications(sentence) == []


def test_a_certification_of_an_album_is_left_out_with_a_warning() -> None:
    result = parse("Their album was certified gold by the RIAA.")
    assert result.document is not None and result.document.certifications == []
    assert any("album" in w.message and w.line == 7 for w in result.warnings)


def test_a_certification_in_a_quote_is_not_read() -> None:
    assert certifications('Arbour said:\n\n"We went gold in Canada and nobody told us."') == []


def test_a_list_certification_may_name_its_body_in_brackets() -> None:
    assert certifications("- Gold in France (SNEP)\n- Platinum in the UK (BPI)") == [
        ("France", "GOLD", 1),
        ("United Kingdom", "PLATINUM", 1),
    ]


def test_a_list_certification_whose_body_is_another_countrys_is_left_out() -> None:
    result = parse("- Gold in Spain (RIAA)")
    assert result.document is not None and result.document.certifications == []
    assert any("RIAA" in w.message for w in result.warnings)


def test_a_prose_certification_that_disagrees_with_the_list_is_a_warning() -> None:
    result = parse("- Gold in Norway\n\nIt was later certified platinum in Norway.")
    assert result.document is not None
    assert [(c.country, c.level.value) for c in result.document.certifications] == [("Norway", "GOLD")]
    assert any("second certification for Norway" in w.message for w in result.warnings)


# Chart peaks in prose


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It peaked at No. 4 in Norway.", [("Norway", None, 4)]),
        (
            "In Canada it stalled at 61 on the Billboard Canadian Hot 100.",
            [("Canada", "Billboard Canadian Hot 100", 61)],
        ),
        (
            "It debuted at number nine on the UK Singles Chart in May and peaked at number three in June.",
            [("United Kingdom", "Singles Chart", 3)],
        ),
        ("It reached a peak of No. 12 on the Billboard Hot 100.", [("United States", "Billboard Hot 100", 12)]),
        ("It hit No. 1 in Ghana.", [("Ghana", None, 1)]),
        ("It debuted at number one on the ARIA Singles Chart.", [("Australia", "ARIA Singles Chart", 1)]),
        ("It topped the charts in Kenya for a month.", [("Kenya", None, 1)]),
        ("It topped the Billboard Hot 100 for two weeks.", [("United States", "Billboard Hot 100", 1)]),
        ("In Ireland it peaked at No. 6.", [("Ireland", None, 6)]),
        (
            "It peaked at number 3 in Ireland and at No. 9 in the UK.",
            [("Ireland", None, 3), ("United Kingdom", None, 9)],
        ),
        ("It claimed the top spot in Sweden.", [("Sweden", None, 1)]),
        # the second peak has no place of its own
        ("It peaked at No. 3 in Norway and No. 9 a week later.", [("Norway", None, 3)]),
        ("It peaked at #5 on Canada's Hot 100.", [("Canada", "Hot 100", 5)]),
        (
            "It peaked at No. 2 on Billboard's Hot Country Songs chart.",
            [("United States", "Billboard Hot Country Songs", 2)],
        ),
    ],
)
def test_chart_peaks_told_in_a_sentence(sentence: str, expected: list[tuple[str, str | None, int]]) -> None:
    assert peaks(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "It peaked at No. 3 in its second week.",  # no country
        "It entered the charts at number nine in Norway.",  # an entry, not a peak
        "It peaked at No. 2 on the Billboard Global 200.",  # no one country's chart
        "The song topped the list of her favourites.",  # no chart
    ],
)
def test_no_chart_peak_without_a_peak_and_a_place(sentence: str) -> None:
    assert peaks(sentence) == []


def test_a_peak_of_an_album_is_left_out_with_a_warning() -> None:
    result = parse("The album peaked at No. 2 on the Billboard 200.")
    assert result.document is not None and result.document.chart_peaks == []
    assert any("album" in w.message for w in result.warnings)


def test_a_prose_peak_the_chart_list_holds_is_not_repeated() -> None:
    assert peaks("It peaked at No. 4 in Norway.\n\nChart Rankings\n\n- #4 in Norway - #9 in Denmark") == [
        ("Norway", None, 4),
        ("Denmark", None, 9),
    ]


def test_chart_names_that_start_with_a_nationality_or_a_publisher() -> None:
    assert peaks("Chart Rankings\n\n- #3 on the Swiss Hitparade - #7 on the Oricon Singles Chart") == [
        ("Switzerland", "Hitparade", 3),
        ("Japan", "Oricon Singles Chart", 7),
    ]


def test_an_official_chart_names_its_country_after_official_and_keeps_its_whole_name() -> None:
    # with no nationality after "Official", no country is read (and the entry is left out with a warning)
    result = parse("Chart Rankings\n\n- #5 on the Official Polish Airplay Top 100 - #8 on the Official Singles Chart")
    assert peaks("Chart Rankings\n\n- #5 on the Official Polish Airplay Top 100") == [
        ("Poland", "Official Polish Airplay Top 100", 5)
    ]
    assert any("Official Singles Chart" in w.message for w in result.warnings)


def test_a_chart_entry_may_name_its_country_after_the_chart() -> None:
    assert peaks("Chart Rankings\n\n- #1 on the Mzansi Top 40 in South Africa") == [
        ("South Africa", "Mzansi Top 40", 1)
    ]


# Quotes


def test_a_quote_right_after_a_sentence_of_speaking_is_that_speakers() -> None:
    prose = 'Arbour told Radio Nord that the song was nearly cut. "We almost left it off. It felt too plain."'
    assert quotes(prose) == [("Ann Arbour", "Radio Nord")]


def test_a_quote_after_a_sentence_without_speaking_is_no_ones() -> None:
    assert quotes('Arbour finished the song in Oslo. "We almost left it off the record."') == []


def test_the_sentence_before_a_quote_names_its_source_when_it_names_its_speaker() -> None:
    assert quotes('Speaking to Radio Nord, Bell was blunt. "It is a song about rent," she said.') == [
        ("Bea Bell", "Radio Nord")
    ]
    assert quotes('Speaking to Radio Nord, Bell was blunt. "It is a song about rent," Arbour said.') == [
        ("Ann Arbour", None)
    ]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("Interviewed by la Vanguardia, Arbour said:", "la Vanguardia"),
        ("Speaking on Apple Music 1, Arbour said:", "Apple Music 1"),
        ("Speaking on BBC Radio 6Music, Arbour said:", "BBC Radio 6Music"),
        ("Arbour told popnorth.com:", "popnorth.com"),
    ],
)
def test_quote_sources_with_digits_lower_case_or_an_address(lead: str, source: str) -> None:
    assert quotes(f'{lead}\n\n"We wrote it on a ferry to Bergen."') == [("Ann Arbour", source)]


def test_the_producer_is_the_pages_one_producer_and_the_singer_its_one_performer() -> None:
    prose = (
        '"We kept every mistake," the Danish producer told Radio Nord.\n\n'
        '"I sang it once and went home," the Bergen singer said.'
    )
    assert [(q.speaker, q.source) for q in solo(prose).quotes] == [("Oli Strand", "Radio Nord"), ("Ann Arbour", None)]


def test_a_surname_the_performer_shares_with_a_relative_is_the_performers() -> None:
    prose = (
        "Bell's brother, the drummer Tom Bell, plays on the record.\n\n"
        'Speaking to Radio Nord, Bell said:\n\n"Tom kept time for all of us."'
    )
    assert quotes(prose) == [("Bea Bell", "Radio Nord")]


# The video


def test_a_possessive_before_a_director_is_whose_relation_directed() -> None:
    video = doc("The video was directed by Bell's cousin Eda Fenn.").music_video
    assert video is not None and video.directors == ["Eda Fenn"]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The video arrived a month later, on 3 June 2021.", dt.date(2021, 6, 3)),
        ("The video follows a single night train north and was released on 3 June 2021.", dt.date(2021, 6, 3)),
        ("The video was shot before the album came out on 3 June 2021.", None),
    ],
)
def test_the_video_date_told_later_in_its_sentence(sentence: str, date: dt.date | None) -> None:
    video = doc(sentence).music_video
    assert (video.release_date if video else None) == date


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The clip stars actor Tom Vik as the bartender.", [("Tom Vik", "the bartender")]),
        ("In the video, Eda Fenn, a friend of both singers, makes a cameo as herself.", [("Eda Fenn", "herself")]),
        ("In the video, the leading role of a lonely sailor is played by Cy Dorn.", [("Cy Dorn", "a lonely sailor")]),
        (
            "In the video Bell plays a bride, and the priest himself is played by the retired stage actor Cy Dorn.",
            [("Bea Bell", "a bride"), ("Cy Dorn", "the priest")],
        ),
        (
            "The video's cast includes Cy Dorn (the driver) and Eda Fenn (a nurse on her way home).",
            [("Cy Dorn", "the driver"), ("Eda Fenn", "a nurse on her way home")],
        ),
        ("The video also features the dancer Tom Vik.", [("Tom Vik", None)]),
        ("The video features footage of Tom Vik.", []),
    ],
)
def test_video_cast_in_more_shapes(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


# Introductions


def test_a_relative_clause_naming_others_between_introducer_and_verb() -> None:
    prose = (
        "In 2019 the Oslo promoter Cy Dorn, who booked both singers that summer, introduced Arbour to Bell "
        "at a festival in Bergen."
    )
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a festival in Bergen")]


def test_met_through_a_mutual_friend_with_a_new_full_name() -> None:
    assert intros("Arbour and Bell met through mutual friend Tom Vik, a sound engineer.") == [
        ("Tom Vik", frozenset({"Ann Arbour", "Bea Bell"}), None)
    ]
    assert intros("Arbour and Bell met through Tom Vik.") == []  # no one the page knows, nor said to be a friend


def test_an_occasion_ends_before_a_time_of_year() -> None:
    assert intros("Cy Dorn introduced Arbour to Bell at a ski lodge in Geilo in the winter of 2015.") == [
        ("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a ski lodge in Geilo")
    ]


def test_two_possessives_joined_are_the_two_that_them_means() -> None:
    prose = "Cy Dorn played Arbour's and Strand's demos for months. Dorn introduced them at a party in Oslo."
    assert [(i.introducer, frozenset(i.introduced), i.occasion) for i in solo(prose).introductions] == [
        ("Cy Dorn", frozenset({"Ann Arbour", "Oli Strand"}), "a party in Oslo")
    ]


def test_a_band_named_by_its_line_up_is_a_group_the_band_means() -> None:
    page = (
        "Site banner\n\nPaper Boats\n\nThe Lanterns\n\n"
        '"Paper Boats" was their first single.\n\n'
        "The band is singer Eda Fenn, guitarists Tom Vik and Ole Lund, and drummer Kai Berg.\n\n"
        "Their manager Cy Dorn introduced the band to the producer Oli Strand at a barn dance in Voss.\n"
    )
    result = parse_story_page(page, "p.txt")
    assert result.document is not None
    [band] = [p for p in result.document.people if fold(p.name) == "the lanterns"]
    assert (band.kind.value, band.members) == ("GROUP", ["Eda Fenn", "Tom Vik", "Ole Lund", "Kai Berg"])
    assert [(i.introducer, frozenset(i.introduced), i.occasion) for i in result.document.introductions] == [
        ("Cy Dorn", frozenset({"The Lanterns", "Oli Strand"}), "a barn dance in Voss")
    ]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a country at the start of the level's own clause, after another
        (
            "The BPI certified it silver that autumn, and in Ireland it went gold.",
            [("United Kingdom", "SILVER", 1), ("Ireland", "GOLD", 1)],
        ),
        # a level joined to the one before, with a place of its own
        (
            "It went gold in Sweden in 2020 and double platinum in Norway the year after.",
            [("Sweden", "GOLD", 1), ("Norway", "PLATINUM", 2)],
        ),
        # a body awarding it
        ("Later that year, Music Canada gave it a platinum plaque.", [("Canada", "PLATINUM", 1)]),
        # a level with nothing saying it was certified is none
        ("She wore a gold jacket in Sweden and a silver one in Norway.", []),
    ],
)
def test_prose_certifications_in_more_shapes(prose: str, expected: list[tuple[str, str, int]]) -> None:
    assert certifications(prose) == expected


def test_a_list_certification_with_its_multiplier_in_words() -> None:
    assert certifications("Certifications:\n\n- Quadruple platinum in Sweden (GLF)\n- Gold in Norway") == [
        ("Sweden", "PLATINUM", 4),
        ("Norway", "GOLD", 1),
    ]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        ("It reached number five on the Irish Singles Chart.", [("Ireland", "Singles Chart", 5)]),
        (
            "It climbed to No. 7 on Billboard's Hot Country Songs chart and crossed over to number 41 on the "
            "Billboard Hot 100.",
            [("United States", "Billboard Hot Country Songs", 7), ("United States", "Billboard Hot 100", 41)],
        ),
        # a bare "Hot 100" after a Billboard chart is Billboard's
        (
            "It hit No. 1 on Billboard's Adult Alternative Airplay chart and number 62 on the Hot 100.",
            [("United States", "Billboard Adult Alternative Airplay", 1), ("United States", "Billboard Hot 100", 62)],
        ),
        ("It spent two weeks at number one on Sverigetopplistan.", [("Sweden", "Sverigetopplistan", 1)]),
        # "reached" a number that is no position
        ("The video reached 10 million views in Sweden.", []),
        # reached on the way: the sentence tells the peak
        (
            "It reached number four in Ireland before peaking at number two on the UK Singles Chart.",
            [("United Kingdom", "Singles Chart", 2)],
        ),
    ],
)
def test_prose_peaks_told_by_the_climb(prose: str, expected: list[tuple[str, str | None, int]]) -> None:
    assert [(p.country, p.chart, p.position) for p in doc(prose).chart_peaks] == expected


# Shapes the ninth held-out set taught (each with a near miss that must stay out)

_QUOTE = "\u201cI introduced Ann to Cy at a party, and that was that.\u201d"


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        (
            "The video features model Cy Dorn as a runaway bride, and Arbour herself as a taxi driver who picks "
            "her up.",
            [("Cy Dorn", "a runaway bride"), ("Ann Arbour", "a taxi driver")],
        ),
        ("In the video, Arbour's grandmother, Eda Fenn, appears as herself behind the bar.", [("Eda Fenn", "herself")]),
        (
            "The clip was directed by Cy Moss. "
            "Starring: Kiri Te Awa (the lifeguard), Dougal Finch (the ice-cream man).",
            [("Kiri Te Awa", "the lifeguard"), ("Dougal Finch", "the ice-cream man")],
        ),
        ("Kiri Te Awa (the lifeguard) was there too.", []),
        (
            "In the video, footballer Ryan Okoro and comedian Priya Lall make cameos.",
            [("Ryan Okoro", None), ("Priya Lall", None)],
        ),
        ("In the video, Ryan Okoro and Cy Dorn's dog make cameos.", []),
        (
            "In the video Arbour plays a driver, and country legend Hal Brennan makes a brief cameo at the depot.",
            [("Ann Arbour", "a driver"), ("Hal Brennan", None)],
        ),
        (
            "The video was directed by Cy Moss.\n\n"
            "Cast:\nTom Vik \u2013 the bus conductor\nEda Fenn-Holm \u2013 herself",
            [("Tom Vik", "the bus conductor"), ("Eda Fenn-Holm", "herself")],
        ),
        # "both singers" after a pair of directors: the song's two artists, not the directors
        (
            "The video was directed by Cy Moss and Eda Fenn. Both singers appear as themselves.",
            [("Ann Arbour", "themselves"), ("Bea Bell", "themselves")],
        ),
    ],
)
def test_video_cast_in_the_ninth_sets_shapes(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(prose) == expected


def test_both_singers_of_a_solo_song_after_two_directors_are_no_one() -> None:
    video = solo("The video was directed by Cy Moss and Eda Fenn. Both singers appear as themselves.").music_video
    assert video is not None and video.cast == []


def test_a_directors_surname_is_the_person_the_page_names_in_full() -> None:
    video = doc("The clip was co-directed by Arbour and Cy Moss.").music_video
    assert video is not None and video.directors == ["Ann Arbour", "Cy Moss"]


def test_a_directors_surname_two_people_share_is_left_out_with_a_warning() -> None:
    tail = "\n\nAdded by Kim\n\nRelease Date\n\n2nd March 2021\n\n\nJo Marsh & Al Marsh\n\n\nOli Strand\n"
    result = parse_story_page(SOLO_HEAD + "The clip was directed by Marsh and Cy Moss." + tail, "p.txt")
    assert result.document is not None and result.document.music_video is not None
    assert result.document.music_video.directors == ["Cy Moss"]
    assert any("'Marsh'" in warning.message for warning in result.warnings)


def test_she_after_a_joined_clause_about_someone_else_is_that_someone() -> None:
    lead = "Arbour wrote it with Cy Dorn and Bell, and Bell is the reason they met. She told Rolling Stone:"
    assert quotes(f"{lead}\n\n{_QUOTE}") == [("Bea Bell", "Rolling Stone")]


def test_she_after_a_sentence_naming_two_women_and_writing_a_song_is_no_one() -> None:
    # "wrote it with" writes a song, so names no speaker; "she" may be Arbour or Bell
    neutral = "\u201cWe finished the chorus on a night bus, and that was that.\u201d"
    result = parse(f"Arbour wrote it with Cy Dorn and Bell. She told Rolling Stone:\n\n{neutral}")
    assert result.document is not None and result.document.quotes == []
    # unless the quote rules one of them out: its "I" introduced Ann, so it is not Ann Arbour speaking
    assert quotes(f"Arbour wrote it with Cy Dorn and Bell. She told Rolling Stone:\n\n{_QUOTE}") == [
        ("Bea Bell", "Rolling Stone")
    ]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Cy Dorn broke the song down on the Basement Tapes podcast:", [("Cy Dorn", "Basement Tapes")]),
        ("In a short piece for Groove magazine Arbour wrote:", [("Ann Arbour", "Groove")]),
        ("Arbour talked RT\u00c9 Radio 1 through the lyric:", [("Ann Arbour", "RT\u00c9 Radio 1")]),
        ("In the 2021 documentary Nachtschicht, Arbour explains:", [("Ann Arbour", "Nachtschicht")]),
        # a programme the page calls one keeps its host in its name; a station's numbered name its possessive
        (
            "Arbour talked about it on the radio show Small Hours with Pia Lund:",
            [("Ann Arbour", "Small Hours with Pia Lund")],
        ),
        ("Arbour told Radio Nord 3FM's Pia Lund:", [("Ann Arbour", "Radio Nord 3FM's Pia Lund")]),
        # with no programme noun before it, "with" a new name is company, not a host
        ("Arbour talked about it on Radio Nord with Pia Lund:", [("Ann Arbour", "Radio Nord")]),
    ],
)
def test_quote_sources_named_before_what_they_are(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f"{lead}\n\n{_QUOTE}") == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        (
            "Arbour and her co-writer Cy Dorn were introduced by radio presenter Liz Marr at a festival.",
            [("Liz Marr", frozenset({"Ann Arbour", "Cy Dorn"}), "a festival")],
        ),
        ("Arbour and Eda Fenn's friend Cy Dorn were introduced by Liz Marr at a festival.", []),
        # a name with combining marks (o, dot below, grave accent) is one word
        (
            "Yewande Ad\u00e9b\u00e1yo\u0323\u0300 sings the hook. "
            "Arbour and Ad\u00e9b\u00e1yo\u0323\u0300 were first introduced by Tobi Oke.",
            [("Tobi Oke", frozenset({"Ann Arbour", "Yewande Ad\u00e9b\u00e1yo\u0323\u0300"}), None)],
        ),
    ],
)
def test_introductions_in_the_ninth_sets_shapes(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


def test_she_in_a_quote_is_not_its_speaker() -> None:
    # were "She" Cy Dorn, the page would call him "herself", and "introduced him" would mean no one
    prose = (
        "Cy Dorn plays bass in the band. Cy Dorn remembered the night: "
        "\u201cShe sang one line and the whole street went quiet.\u201d\n\n"
        "It was Cy Dorn's sister, Eda Dorn, who introduced him to Bell, during a carnival."
    )
    assert intros(prose) == [("Eda Dorn", frozenset({"Cy Dorn", "Bea Bell"}), "a carnival")]


def test_a_certification_by_the_indian_body_is_for_india() -> None:
    assert certifications("The single was certified double platinum by IMI.") == [("India", "PLATINUM", 2)]


# Shapes the tenth held-out set taught (each with a near miss that must stay out)


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a dash opens another clause: the occasion stops before it
        (
            "\u201cI introduced Arbour and Bell at the Harbour Festival \u2013 they sang until dawn,\u201d "
            "Cy Dorn said.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "the Harbour Festival")],
        ),
        (
            "\u201cI introduced Arbour and Bell at a wedding - they hated each other,\u201d Cy Dorn said.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a wedding")],
        ),
        # a hyphen inside a word is no clause boundary
        (
            "Cy Dorn introduced Arbour to Bell at an after-show party.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "an after-show party")],
        ),
    ],
)
def test_introductions_in_the_tenth_sets_shapes(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Arbour said it plainly to BBC Radio nan G\u00e0idheal:", [("Ann Arbour", "BBC Radio nan G\u00e0idheal")]),
        ("Arbour told Raidi\u00f3 na Gaeltachta:", [("Ann Arbour", "Raidi\u00f3 na Gaeltachta")]),
        ("Arbour said in a long conversation with Groove:", [("Ann Arbour", "Groove")]),
        ("Arbour went further in the same Groove interview:", [("Ann Arbour", "Groove")]),
        ("Appearing on The Night Show, Arbour was asked about it. She said:", [("Ann Arbour", "The Night Show")]),
        # "nan" before a lower-case word joins nothing
        ("Arbour told Groove nan times:", [("Ann Arbour", "Groove")]),
    ],
)
def test_quote_sources_in_the_tenth_sets_shapes(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f"{lead}\n\n{_QUOTE}") == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        ("It went on to top the Irish Singles Chart for six weeks.", [("Ireland", "Singles Chart", 1)]),
        ("It failed to top the Irish Singles Chart.", []),
        ("In Austria it climbed as high as number three.", [("Austria", None, 3)]),
        ("It climbed as high as the roof of the Vienna opera.", []),
        ("It debuted at the top of the Circle Digital Chart.", [("South Korea", "Circle Digital Chart", 1)]),
        ("It debuted at the top of the stairs in Vienna.", []),
        (
            "The second single from her debut album, it climbed to No. 6 on the Billboard Hot 100.",
            [("United States", "Billboard Hot 100", 6)],
        ),
        # a peak in a sentence about an album itself stays out
        ("Her debut album climbed to No. 6 on the Billboard 200.", []),
        ("It climbed to No. 6 on the Billboard Hot 100, and the album followed.", []),
    ],
)
def test_prose_peaks_in_the_tenth_sets_shapes(prose: str, expected: list[tuple[str, str | None, int]]) -> None:
    assert [(p.country, p.chart, p.position) for p in doc(prose).chart_peaks] == expected


def test_a_scottish_chart_is_scotlands() -> None:
    page = SOLO_HEAD + "It sold.\n" + SOLO_TAIL + "\n\nChart Rankings\n\n- #3 on the Scottish Singles Chart\n"
    result = parse_story_page(page, "p.txt")
    assert result.document is not None
    assert [(p.country, p.chart, p.position) for p in result.document.chart_peaks] == [("Scotland", "Singles Chart", 3)]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        ("The MV premiered on 3 May 2024 and was directed by Cy Moss.", (dt.date(2024, 5, 3), ["Cy Moss"])),
        ("The video went up on 3rd May 2024.", (dt.date(2024, 5, 3), [])),
        # "MV" inside another word, and a song that went up the charts, are no video
        ("The MVP award went to Cy Moss on 3 May 2024, directed by Eda Fenn.", None),
    ],
)
def test_video_dates_in_the_tenth_sets_shapes(prose: str, expected: tuple[dt.date, list[str]] | None) -> None:
    video = doc(prose).music_video
    assert (None if video is None else (video.release_date, video.directors)) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # other nouns for the video: clip (after an adjective), visual, promo
        (
            "The grainy clip was co-directed by Cy Moss and Eda Fenn and premiered on 9 June 2022.",
            (dt.date(2022, 6, 9), ["Cy Moss", "Eda Fenn"]),
        ),
        (
            "The visual, which Arbour co-directed with Cy Moss, dropped on 2nd March 2020.",
            (dt.date(2020, 3, 2), ["Ann Arbour", "Cy Moss"]),
        ),
        # a platform reached, and where it was shot between the verb and its director
        ("The visual was directed by Cy Moss and hit YouTube on May 4, 2019.", (dt.date(2019, 5, 4), ["Cy Moss"])),
        (
            "The promo was filmed in a disused mill by director Eda Fenn and went up on 1st May 2018.",
            (dt.date(2018, 5, 1), ["Eda Fenn"]),
        ),
        # "it" right after a sentence about the video, saying only its date
        (
            "Nobody acts in the video: it is one long take of a harbour, directed by Cy Moss. "
            "It premiered on 8 August 2017.",
            (dt.date(2017, 8, 8), ["Cy Moss"]),
        ),
        # left alone: "visual" as an adjective, and "it" after a sentence that speaks of the single too
        ("The visual effects were made by Cy Moss and released on 2 May 2020.", None),
        (
            "The video for the single was directed by Cy Moss. It was released on 8 August 2017 as a single.",
            (None, ["Cy Moss"]),
        ),
        ("The video came first and the single second. It was released on 8 August 2017.", None),
    ],
)
def test_the_video_told_as_a_clip_a_visual_or_a_promo(
    prose: str, expected: tuple[dt.date | None, list[str]] | None
) -> None:
    video = doc(prose).music_video
    assert (None if video is None else (video.release_date, video.directors)) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        (
            "In the video Cy Dorn stars as a striker, opposite Eda Fenn, who plays her rival on the other team.",
            [("Cy Dorn", "a striker"), ("Eda Fenn", "her rival")],
        ),
        # being on a train is part of the part
        (
            "In the video Cy Dorn stars as a commuter stuck on a stalled train.",
            [("Cy Dorn", "a commuter stuck on a stalled train")],
        ),
    ],
)
def test_video_cast_in_the_tenth_sets_shapes(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        ("The clip was directed by Arbour herself with Cy Moss.", ["Ann Arbour", "Cy Moss"]),
        ("The video, which Arbour directed herself, came out in May.", ["Ann Arbour"]),
        ("The video came out in May, and the director Cy Moss did not hold back.", ["Cy Moss"]),
        # a director named as an influence, a film someone directed: no director of the video
        ("The video was inspired by the director Cy Moss.", []),
        ("The video quotes a film, which Cy Moss directed in 1971.", []),
    ],
)
def test_directors_in_the_tenth_sets_shapes(prose: str, expected: list[str]) -> None:
    video = doc(prose).music_video
    assert ([] if video is None else video.directors) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        (
            "In the video, playing the grumpy landlord is comedian Cy Dorn.",
            [],  # "playing" mid-sentence: whose part is not said
        ),
        (
            "The clip has a story. Playing the grumpy landlord is comedian Cy Dorn.",
            [("Cy Dorn", "the grumpy landlord")],
        ),
        ("The clip has a story. Playing the piano is Cy Dorn.", []),
        (
            "In the video, a ticket inspector is played by Arbour's younger sister Eda Arbour.",
            [("Eda Arbour", "a ticket inspector")],
        ),
        ("In the video, comedian Cy Dorn pops up as the DJ.", [("Cy Dorn", "the DJ")]),
    ],
)
def test_video_cast_told_part_first_in_the_tenth_sets_shapes(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        ("The song was certified platinum for streaming by the RIAJ.", [("Japan", "PLATINUM", 1)]),
        ("The song was certified gold for sales in Poland.", [("Poland", "GOLD", 1)]),
        ("The song was certified gold for effort by her mother.", []),
    ],
)
def test_certifications_for_what_was_counted(prose: str, expected: list[tuple[str, str, int]]) -> None:
    assert certifications(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        (
            "\u201cI was the one who introduced Arbour to Bell, at Fenfest in 2019,\u201d Cy Dorn said.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "Fenfest")],
        ),
        (
            "Years later Eda Fenn, to whom Arbour had been introduced at Fenfest by the booker Cy Dorn, sang on it.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Eda Fenn"}), "Fenfest")],
        ),
        # "to whom ... had been introduced" with no one introducing: no introduction
        ("Eda Fenn, to whom Arbour had been introduced at Fenfest, sang on it.", []),
        # "the one who sang" is no introduction
        ("Cy Dorn was the one who sang to Arbour and Bell at Fenfest.", []),
    ],
)
def test_introductions_told_as_clefts_and_relatives(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


# Shapes the eleventh held-out set taught (each with a near miss that must stay out)


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        (
            "The single went Platinum in Ireland and Silver in the UK.",
            [("Ireland", "PLATINUM", 1), ("United Kingdom", "SILVER", 1)],
        ),
        ("It went Gold in Ireland and Double Platinum in Norway.", [("Ireland", "GOLD", 1), ("Norway", "PLATINUM", 2)]),
        # a capitalised level with no place of its own after it is no certification
        ("The single went Platinum in Ireland and Silver Lake loved it.", [("Ireland", "PLATINUM", 1)]),
    ],
)
def test_a_capitalised_level_after_a_place_is_the_next_level(prose: str, expected: list[tuple[str, str, int]]) -> None:
    assert certifications(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        ("The video came out in May. Starring as the lifeguard is Cy Dorn.", [("Cy Dorn", "the lifeguard")]),
        (
            "In the video Arbour's grandmother, Eda Fenn, makes a brief appearance as a swimmer.",
            [("Eda Fenn", "a swimmer")],
        ),
        ("In the video the footballer Cy Dorn has a cameo as himself.", [("Cy Dorn", "himself")]),
        ("In the video Cy Dorn has a cameo.", [("Cy Dorn", None)]),
        (
            "The video's cast: Eda Fenn (the bride), Johan van der Merwe (the groom's father), Arbour (herself).",
            [("Eda Fenn", "the bride"), ("Johan van der Merwe", "the groom's father"), ("Ann Arbour", "herself")],
        ),
        # an appearance that is no part in the video ("has an appearance fee") casts no one
        ("In the video Cy Dorn has a cameo fee as high as his salary, but does not appear.", []),
    ],
)
def test_video_cast_in_the_eleventh_sets_shapes(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "her cousin": whose cousin, not a third party of the introduction
        (
            "Arbour and Bell were introduced by her cousin, Cy Dorn, who ran the bar.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        # the passive in a relative clause, ending at its comma
        (
            "Bell, who had been introduced to Arbour by her manager Cy Dorn at the Oslo Awards, wrote the bridge.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "the Oslo Awards")],
        ),
        ("Bell, who had been introduced to Arbour, wrote it with Cy Dorn.", []),
        # "his" that can mean only the introducer (Arbour speaks, Bell is a "her") is the introducer's, by name
        (
            'Bell told Radio Nord about her debut. Arbour said:\n\n"Bea and I were introduced by Cy Dorn at his '
            "sister's wedding.\"",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "Cy Dorn's sister's wedding")],
        ),
        # ... and left out (where told, whose not sure: half a fact) when it could mean one of the two as well
        ('Arbour said:\n\n"Bea and I were introduced by Cy Dorn at his sister\'s wedding."', []),
        ("Bell wrote it for her mother. Arbour and Bell were introduced by Cy Dorn at her birthday party.", []),
    ],
)
def test_introductions_in_the_eleventh_sets_shapes(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "her" in a clause whose subject introduced: the subject's occasion, by name
        (
            "Eda Fenn introduced Arbour to Bell at her housewarming in Leeds.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "Eda Fenn's housewarming in Leeds")],
        ),
        # left out: the subject is a "he" on the page, so "her" is one of the two (where told, whose not sure)
        (
            "Cy Dorn wrote his verse first. Cy Dorn introduced Arbour to Bell at her housewarming in Leeds.",
            [],
        ),
    ],
)
def test_an_occasion_of_the_introducing_subject(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


def test_the_two_are_someone_and_whom_they_worked_with() -> None:
    met = "Their manager Eda Fenn had introduced the two at a studio in Bergen."
    page = solo("Arbour recorded it in a week with the Oslo producer Oli Strand. " + met)
    assert [(i.introducer, frozenset(i.introduced), i.occasion) for i in page.introductions] == [
        ("Eda Fenn", frozenset({"Ann Arbour", "Oli Strand"}), "a studio in Bergen")
    ]
    # left alone: with no one named with Arbour, the two are no one for sure
    assert solo("Arbour recorded it in a week. " + met).introductions == []


# Writers Ann Arbour, Cy Dorn and Eda Fenn; the performers are Ann Arbour and Bea Bell.
WRITERS_TAIL = (
    "\n\nAdded by Kim\n\nRelease Date\n\n2nd March 2021\n\n\nAnn Arbour, Cy Dorn & Eda Fenn\n\n\nOli Strand\n"
)


@pytest.mark.parametrize(
    ("prose", "introduced"),
    [
        # the pair named last are credited only as writers: "the two singers" are the song's two performers
        ("Three writers share the credit: Arbour, Cy Dorn and Eda Fenn.", {"Ann Arbour", "Bea Bell"}),
        # ... unless the page calls them singers
        ("Arbour wrote it with the singers Cy Dorn and Eda Fenn.", {"Cy Dorn", "Eda Fenn"}),
        # one of them called a singer: either pair, so no one
        ("The singer Cy Dorn wrote it with Arbour. Dorn and Eda Fenn, also a singer, go back years.", None),
    ],
)
def test_the_two_singers_after_a_pair_of_writers(prose: str, introduced: set[str] | None) -> None:
    told = " The two singers were introduced by Gil Moss at a barbecue."
    result = parse_story_page(FRAME + prose + told + WRITERS_TAIL, "p.txt")
    assert result.document is not None
    found = [(i.introducer, set(i.introduced)) for i in result.document.introductions]
    assert found == ([("Gil Moss", introduced)] if introduced else [])


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        ('Bell put it simply when she sat down with CMT: "We wrote it in a day."', [("Bea Bell", "CMT")]),
        # a person one sits down with is no source
        ('When she sat down with Cy Dorn, Bell said: "We wrote it in a day."', [("Bea Bell", None)]),
        # a quote "added" in the same paragraph was said on the same occasion
        (
            'Appearing on Radio Nord, Arbour described the song as "a love letter to every night bus driver". '
            'Bell added: "We wrote it in a day."',
            [("Ann Arbour", "Radio Nord"), ("Bea Bell", "Radio Nord")],
        ),
        (
            'Appearing on Radio Nord, Arbour described the song as "a love letter to every night bus driver". '
            'Years later Bell added: "We wrote it in a day."',
            [("Ann Arbour", "Radio Nord"), ("Bea Bell", None)],
        ),
        (
            'Appearing on Radio Nord, Arbour described the song as "a love letter to every night bus driver".\n\n'
            'Bell added: "We wrote it in a day."',
            [("Ann Arbour", "Radio Nord"), ("Bea Bell", None)],
        ),
    ],
)
def test_quote_sources_in_the_eleventh_sets_shapes(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


def test_a_surname_a_credited_writer_shares_with_an_uncredited_relative_is_the_writers() -> None:
    # Cy Dorn wrote the song; his cousin Liz Dorn did not: "Dorn" is Cy
    prose = 'Dorn\'s cousin, Liz Dorn, ran the bar where they met. Dorn said: "We wrote it in a day."'
    result = parse_story_page(FRAME + prose + WRITERS_TAIL, "p.txt")
    assert result.document is not None
    assert [(q.speaker, q.text) for q in result.document.quotes] == [("Cy Dorn", "We wrote it in a day.")]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "the singer" after a sentence about a singer is that singer, though the page calls another one so too
        (
            "Swedish singer Ann Arbour wrote it with the singer-songwriter Bea Bell. Bell, for her part, loved "
            'the demo. "It took a year," the singer told Radio Nord.',
            [("Bea Bell", "Radio Nord")],
        ),
        # ... but a description that says which is that one
        (
            "Swedish singer Ann Arbour wrote it with the singer-songwriter Bea Bell. Bell, for her part, loved "
            'the demo. "It took a year," the Swedish singer told Radio Nord.',
            [("Ann Arbour", "Radio Nord")],
        ),
        # ... and one the text is not about is not called so
        (
            'Swedish singer Ann Arbour wrote it with Bea Bell. Bell, for her part, loved the demo. "It took a '
            'year," the singer told Radio Nord.',
            [("Ann Arbour", "Radio Nord")],
        ),
    ],
)
def test_a_bare_description_after_a_quote_is_whom_the_text_is_about(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "speaker"),
    [
        # a credit the person the text is about holds names them
        ('Dorn, for his part, stays modest. "I just brought the beer," the songwriter likes to say.', "Cy Dorn"),
        ('Dorn, for his part, stays modest. "I just brought the beer," the writer is fond of saying.', "Cy Dorn"),
        # left alone: a credit they do not hold
        ('Dorn, for his part, stays modest. "I just brought the beer," the producer likes to say.', "Oli Strand"),
        ('Bell, for her part, stays modest. "I just brought the beer," the songwriter likes to say.', None),
    ],
)
def test_a_saying_of_someone_named_by_a_credit_they_hold(prose: str, speaker: str | None) -> None:
    result = parse_story_page(FRAME + prose + WRITERS_TAIL, "p.txt")
    assert result.document is not None
    assert [q.speaker for q in result.document.quotes] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the one asked who replies
        (
            'During a Reddit AMA in 2020, Bell was asked where it came from and replied: "A station in Perth."',
            [("Bea Bell", "Reddit")],
        ),
        # ... not when someone else replies
        (
            'During a Reddit AMA in 2020, Bell was asked about it, and Arbour replied: "A station in Perth."',
            [("Ann Arbour", "Reddit")],
        ),
        # a mixed-case title in capitals is a broadcaster's initials
        (
            '"It took a year," Bell said in an interview with the Danish radio station DR P3.',
            [("Bea Bell", "DR P3")],
        ),
        # a preview put on a platform
        (
            'Bell first teased the song on Instagram, in a post showing a photo: "Out Friday."',
            [("Bea Bell", "Instagram")],
        ),
        # left alone: a new full name after "on" (a person's something, not a platform)
        ('Bell first teased the song on Eda Fenn\'s birthday, in a post: "Out Friday."', [("Bea Bell", None)]),
    ],
)
def test_quote_speakers_and_sources_in_the_fourteenth_sets_shapes(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


def test_a_doctor_is_still_a_title() -> None:
    assert quotes('"It took a year," Dr Cy Dorn told Radio Nord.') == [("Cy Dorn", "Radio Nord")]


BAND_PAGE = (
    "Night Trains\n\nThe Arbour Sisters\n\nAlbum Small Hours\n\n"
    "It was written by singer Ann Arbour and bassist Bea Arbour of the band The Arbour Sisters.\n\n"
)


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # "the band's singer": the one the page called the singer
        ("Performing it in a session for KEXP, the band's singer explained:", "Ann Arbour"),
        ("Performing it in a session for KEXP, the band's bassist explained:", "Bea Arbour"),
        # left alone: a role the page called no one
        ("Performing it in a session for KEXP, the band's drummer explained:", None),
    ],
)
def test_the_bands_singer_is_whom_the_page_called_its_singer(lead: str, speaker: str | None) -> None:
    result = parse_story_page(f'{BAND_PAGE}{lead}\n\n"It took a year."\n', "p.txt")
    assert result.document is not None
    assert [(q.speaker, q.source) for q in result.document.quotes] == ([(speaker, "KEXP")] if speaker else [])


@pytest.mark.parametrize(
    ("about", "expected"),
    [
        # "the producer" of a song with two is the one the text is about, when they are one of them
        ("Strand", [("Oli Strand", {"Ann Arbour", "Eda Fenn"}, "a listening party in Oslo")]),
        # left alone: the text is about someone who produced nothing
        ("Arbour", []),
    ],
)
def test_the_producer_is_the_producer_the_text_is_about(
    about: str, expected: list[tuple[str, set[str], str | None]]
) -> None:
    prose = (
        f"The song owes everything to {about}. In 2017 the producer introduced Arbour and Eda Fenn at a listening "
        "party in Oslo."
    )
    tail = SOLO_TAIL.replace("\n\n\nOli Strand\n", "\n\n\nOli Strand & Cy Dorn\n")
    result = parse_story_page(SOLO_HEAD + prose + tail, "p.txt")
    assert result.document is not None
    assert [(i.introducer, set(i.introduced), i.occasion) for i in result.document.introductions] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a country whose own name holds "and" is one place, alone or in a list
        ("- Gold in Trinidad and Tobago", [("Trinidad and Tobago", "GOLD", 1)]),
        (
            "- Platinum in Antigua and Barbuda, Guyana and Trinidad and Tobago",
            [("Antigua and Barbuda", "PLATINUM", 1), ("Guyana", "PLATINUM", 1), ("Trinidad and Tobago", "PLATINUM", 1)],
        ),
        # near miss: two countries joined by "and" stay two
        ("- Gold in Guyana and Suriname", [("Guyana", "GOLD", 1), ("Suriname", "GOLD", 1)]),
    ],
)
def test_a_certified_country_whose_name_holds_and_is_one_place(line: str, expected: list[tuple[str, str, int]]) -> None:
    assert certifications(line) == expected
