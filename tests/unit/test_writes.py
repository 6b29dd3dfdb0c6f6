"""What one song document writes (pure): its rows (``song_rows``, built kind by kind from the fact table)
and the statements that carry them (``song_statements``, the loader's batch statements for one song)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from songgraph.cypher.bulk import song_statements
from songgraph.cypher.statement import Statement
from songgraph.cypher.write.facts import song_rows
from songgraph.cypher.write.rows import introduction_id
from songgraph.models import SongDocument

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "we-dont-talk-anymore.yaml"

# The distinct people of the seed file, by name as written in data/we-dont-talk-anymore.yaml: the five in
# its people: section plus Taylor Swift, who is only named as the introducer. The writer credited as
# "Jacob Kashner Hindlin" is an alias of Jacob Kasher Hindlin, so it is not a seventh person.
SEED_PEOPLE_IDS = {
    "charlie-puth",
    "selena-gomez",
    "jacob-kasher-hindlin",
    "phil-pinto",
    "mirella-cardoso",
    "taylor-swift",
}
CREDIT_TYPES = {"PERFORMED", "FEATURED_ON", "WROTE", "PRODUCED"}


def _seed() -> SongDocument:
    return SongDocument.model_validate(yaml.safe_load(SEED.read_text(encoding="utf-8")))


def _doc(**fields: Any) -> SongDocument:
    return SongDocument.model_validate({"title": "Attention", "artists": ["Charlie Puth"], **fields})


def _leaves(value: Any) -> Iterator[Any]:
    """Every scalar inside nested mappings and lists."""
    if isinstance(value, Mapping):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _leaves(item)
    else:
        yield value


def _param_strings(statements: list[Statement]) -> set[str]:
    return {leaf for s in statements for leaf in _leaves(s.params) if isinstance(leaf, str)}


def _people_rows(doc: SongDocument) -> list[dict[str, Any]]:
    return song_rows(doc).people


def _credits(doc: SongDocument) -> dict[str, list[dict[str, Any]]]:
    """Credit rows by relationship type, for the roles the document fills."""
    facts = song_rows(doc).facts
    return {rel_type: facts[rel_type] for rel_type in sorted(CREDIT_TYPES) if facts[rel_type]}


def _document_values(doc: SongDocument) -> list[str]:
    """A broad sample of the string values of ``doc``: none of them may be spliced into Cypher text."""
    values = [doc.title, doc.key, *doc.genres, *doc.artists, *doc.featured_artists, *doc.writers, *doc.producers]
    if doc.summary:
        values.append(doc.summary)
    for person in doc.people:
        values += [person.name, *person.aliases, *([person.description] if person.description else [])]
    if doc.album:
        values += [doc.album.title, *([doc.album.kind] if doc.album.kind else [])]
    if doc.music_video:
        values += doc.music_video.directors
        values += [c.person for c in doc.music_video.cast] + [c.role for c in doc.music_video.cast if c.role]
        values += [doc.music_video.stats_as_of] if doc.music_video.stats_as_of else []
    for intro in doc.introductions:
        values += [intro.introducer, *intro.introduced, *(v for v in (intro.occasion, intro.outcome) if v)]
    values += [c.country for c in doc.certifications]
    values += [p.country for p in doc.chart_peaks] + [p.chart for p in doc.chart_peaks if p.chart]
    for quote in doc.quotes:
        values += [quote.text, *([quote.source] if quote.source else [])]
    return values


# --- values travel as parameters ----------------------------------------------------------------------------


def test_no_document_value_is_spliced_into_cypher_text() -> None:
    doc = _seed()
    statements = song_statements(doc)
    values = _document_values(doc)
    # The sample covers what the brief names: titles, names, countries and quote texts.
    assert {"We Don't Talk Anymore", "Nine Track Mind", "Taylor Swift", "CIS", "United States"} <= set(values)
    for statement in statements:
        for value in values:
            assert value not in statement.cypher, f"{value!r} is in the Cypher text"


def test_document_values_are_carried_by_the_parameters() -> None:
    doc = _seed()
    carried = _param_strings(song_statements(doc))
    titles = {doc.title, "Nine Track Mind"}
    names = {"Charlie Puth", "Selena Gomez", "Jacob Kasher Hindlin", "Jacob Kashner Hindlin", "Taylor Swift"}
    countries = {c.country for c in doc.certifications} | {p.country for p in doc.chart_peaks}
    quotes = {q.text for q in doc.quotes}
    assert titles | names | countries | quotes <= carried


def test_numbers_and_dates_are_parameters_too() -> None:
    doc = _seed()
    statements = song_statements(doc)
    assert doc.music_video is not None
    assert doc.music_video.views is not None
    for statement in statements:
        assert str(doc.music_video.views) not in statement.cypher
        assert "2016-05-24" not in statement.cypher
    leaves = [leaf for s in statements for leaf in _leaves(s.params)]
    assert doc.music_video.views in leaves
    assert doc.release_date in leaves


def test_hostile_values_stay_out_of_the_cypher_text() -> None:
    nasty = "x'}) DETACH DELETE (n) //"
    doc = _doc(
        title=f"Title {nasty}",
        artists=[f"Artist {nasty}"],
        quotes=[{"speaker": f"Artist {nasty}", "text": f"Quote {nasty}"}],
        certifications=[{"country": f"Country {nasty}", "level": "GOLD"}],
    )
    for statement in song_statements(doc):
        assert nasty not in statement.cypher


# --- people ---------------------------------------------------------------------------------------------


def test_people_statement_has_one_row_per_distinct_person() -> None:
    rows = _people_rows(_seed())
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    assert set(ids) == SEED_PEOPLE_IDS


def test_the_alias_spelling_resolves_to_the_canonical_person() -> None:
    doc = _seed()
    assert "Jacob Kashner Hindlin" in doc.writers
    rows = {row["id"]: row for row in _people_rows(doc)}
    assert "jacob-kashner-hindlin" not in rows
    jacob = rows["jacob-kasher-hindlin"]
    assert jacob["name"] == "Jacob Kasher Hindlin"
    assert "Jacob Kashner Hindlin" in jacob["aliases"]
    wrote = _credits(doc)["WROTE"]
    assert [row["person"] for row in wrote] == ["charlie-puth", "jacob-kasher-hindlin", "selena-gomez"]


def test_people_rows_carry_every_folded_spelling() -> None:
    rows = {row["id"]: row for row in _people_rows(_seed())}
    assert set(rows["jacob-kasher-hindlin"]["nameKeys"]) == {
        "jacob kasher hindlin",
        "jacob kashner hindlin",
        "jkash",
    }
    assert rows["charlie-puth"]["nameKeys"] == ["charlie puth"]


def test_a_person_only_named_in_a_credit_is_created_undescribed() -> None:
    rows = {row["id"]: row for row in _people_rows(_seed())}
    assert rows["taylor-swift"]["name"] == "Taylor Swift"
    assert rows["taylor-swift"]["described"] is False
    assert rows["charlie-puth"]["described"] is True


def test_people_are_written_before_anything_links_them() -> None:
    statements = song_statements(_seed())
    first_song = next(i for i, s in enumerate(statements) if "songs" in s.params)
    assert first_song > 0
    assert all("people" in s.params for s in statements[:first_song])
    assert all("people" not in s.params for s in statements[first_song:])


# --- credits --------------------------------------------------------------------------------------------


def test_one_list_of_credit_rows_per_role() -> None:
    credits = _credits(_seed())
    assert set(credits) == CREDIT_TYPES
    assert [row["person"] for row in credits["PERFORMED"]] == ["charlie-puth"]
    assert [row["person"] for row in credits["FEATURED_ON"]] == ["selena-gomez"]
    assert [row["person"] for row in credits["PRODUCED"]] == ["charlie-puth"]
    for rows in credits.values():
        assert [row["position"] for row in rows] == list(range(len(rows)))


def test_roles_that_are_absent_have_no_credit_rows() -> None:
    credits = _credits(_doc(writers=["Charlie Puth"]))
    assert set(credits) == {"PERFORMED", "WROTE"}


def test_a_person_credited_twice_in_one_role_is_one_row() -> None:
    people = [{"name": "Jacob Kasher Hindlin", "aliases": ["JKash"]}]
    doc = _doc(people=people, writers=["Jacob Kasher Hindlin", "Charlie Puth", "JKash"])
    wrote = _credits(doc)["WROTE"]
    assert [{"person": row["person"], "position": row["position"]} for row in wrote] == [
        {"person": "jacob-kasher-hindlin", "position": 0},
        {"person": "charlie-puth", "position": 1},
    ]


def test_provenance_is_carried_by_the_parameters() -> None:
    source = {"page": "page.txt", "excerpt": "- Gold in Germany", "line": 7}
    doc = _doc(
        people=[{"name": "Jacob Kasher Hindlin", "aliases": ["JKash"]}],
        writers=["JKash"],
        certifications=[{"country": "Germany", "level": "GOLD", "source": source}],
        credit_sources=[{"role": "WRITER", "person": "JKash", "source": {**source, "excerpt": "JKash"}}],
        source={"page": "page.txt"},
    )
    statements = song_statements(doc)
    rows = song_rows(doc)
    assert _credits(doc)["WROTE"] == [
        {
            "person": "jacob-kasher-hindlin",
            "position": 0,
            "sourcePage": "page.txt",
            "sourceExcerpt": "JKash",
            "sourceLine": 7,
        }
    ]
    [cert] = rows.facts["certifications"]
    assert (cert["sourcePage"], cert["sourceExcerpt"], cert["sourceLine"]) == ("page.txt", "- Gold in Germany", 7)
    assert rows.song["sourcePage"] == "page.txt"
    assert "page.txt" not in "".join(s.cypher for s in statements)


# --- introductions --------------------------------------------------------------------------------------


def test_introduction_id_ignores_the_order_of_the_introduced() -> None:
    assert introduction_id("taylor-swift", ["charlie-puth", "selena-gomez"]) == introduction_id(
        "taylor-swift", ["selena-gomez", "charlie-puth"]
    )


def test_introduction_id_depends_on_the_introducer_and_the_pair() -> None:
    base = introduction_id("taylor-swift", ["charlie-puth", "selena-gomez"])
    assert base != introduction_id("nadia-vell", ["charlie-puth", "selena-gomez"])
    assert base != introduction_id("taylor-swift", ["charlie-puth", "lumi-sato"])
    assert base != introduction_id("charlie-puth", ["taylor-swift", "selena-gomez"])


def _intro_rows(doc: SongDocument) -> list[dict[str, Any]]:
    return list(song_rows(doc).facts["introductions"])


@pytest.mark.parametrize("pair", [["Charlie Puth", "Selena Gomez"], ["Selena Gomez", "Charlie Puth"]])
def test_the_introduction_node_id_is_the_same_in_either_order(pair: list[str]) -> None:
    intro = {"introducer": "Taylor Swift", "introduced": pair}
    (row,) = _intro_rows(_doc(introductions=[intro]))
    assert row["id"] == introduction_id("taylor-swift", ["charlie-puth", "selena-gomez"])
    assert row["introducer"] == "taylor-swift"
    assert set(row["introduced"]) == {"charlie-puth", "selena-gomez"}


def test_introductions_resolve_aliases() -> None:
    people = [{"name": "Jacob Kasher Hindlin", "aliases": ["JKash"]}]
    intro = {"introducer": "JKash", "introduced": ["Charlie Puth", "Selena Gomez"]}
    (row,) = _intro_rows(_doc(people=people, introductions=[intro]))
    assert row["introducer"] == "jacob-kasher-hindlin"


# --- optional parts -------------------------------------------------------------------------------------


def test_a_document_without_video_album_or_quotes_writes_none_of_them() -> None:
    seed = _seed()
    bare_doc = seed.model_copy(update={"music_video": None, "album": None, "quotes": []})
    facts = song_rows(bare_doc).facts
    assert (facts["videos"], facts["albums"], facts["quotes"]) == ([], [], [])
    carried = _param_strings(song_statements(bare_doc))
    assert "Nine Track Mind" not in carried
    assert not {q.text for q in seed.quotes} & carried


def test_the_minimal_document_writes_people_song_and_one_credit() -> None:
    rows = song_rows(_doc())
    assert [row["id"] for row in rows.people] == ["charlie-puth"]
    assert (rows.song["id"], rows.song["title"]) == ("attention", "Attention")
    assert set(_credits(_doc())) == {"PERFORMED"}
    assert all(not value for name, value in rows.facts.items() if name != "PERFORMED")


def test_the_seed_rows_cover_every_certification_and_chart_peak() -> None:
    seed = _seed()
    facts = song_rows(seed).facts
    cert_rows = facts["certifications"]
    assert [r["country"] for r in cert_rows] == [c.country for c in seed.certifications]
    assert len({r["id"] for r in cert_rows}) == len(seed.certifications)
    peak_rows = facts["chartPeaks"]
    assert [(r["country"], r["position"]) for r in peak_rows] == [(p.country, p.position) for p in seed.chart_peaks]
    assert len({r["id"] for r in peak_rows}) == len(seed.chart_peaks)


def test_statements_are_deterministic() -> None:
    assert song_statements(_seed()) == song_statements(_seed())
