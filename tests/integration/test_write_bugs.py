"""The write bugs of issue 13, each on the real Neo4j: what used to go wrong, and that it no longer does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from songgraph.config import Settings
from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.ids import to_global_id
from songgraph.migrate import rekey_names
from songgraph.services.importing import import_pages
from songgraph.services.loading import load_files
from tests.conftest import DATA, ROOT
from tests.integration.conftest import graph_with
from tests.integration.test_mutations import dump, ok, run

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("seed_graph_for_bugs")]

SEED_SONG = to_global_id("Song", "we-dont-talk-anymore")
PUTH = to_global_id("Person", "charlie-puth")
GOMEZ = to_global_id("Person", "selena-gomez")


@pytest.fixture(scope="module")
def seed_graph_for_bugs(settings: Settings) -> Iterator[None]:
    graph_with(settings, DATA)
    yield
    graph_with(settings, DATA)


async def test_music_video_views_beyond_32_bits_can_be_written(db: Database) -> None:
    set_video = """mutation($id: ID!, $views: Count) {
      setMusicVideo(songId: $id, input: {views: $views, likes: 12000000000}) { musicVideo { views likes } }
    }"""
    data = await ok(db, set_video, {"id": SEED_SONG, "views": 2_600_000_000})
    assert data["setMusicVideo"]["musicVideo"] == {"views": 2_600_000_000, "likes": 12_000_000_000}


async def test_a_namesake_song_by_other_artists_gets_an_id_of_its_own(db: Database) -> None:
    create = "mutation($input: SongInput!) { createSong(input: $input) { id title artists { name } } }"
    data = await ok(db, create, {"input": {"title": "We Don't Talk Anymore", "artists": [{"name": "Odile Marsh"}]}})
    assert data["createSong"]["id"] == to_global_id("Song", "we-dont-talk-anymore-odile-marsh")
    assert data["createSong"]["artists"] == [{"name": "Odile Marsh"}]

    before = await dump(db)
    again = await run(db, create, {"input": {"title": "we don't talk anymore", "artists": [{"id": PUTH}]}})
    (error,) = again.errors
    assert error.extensions["code"] == "BAD_USER_INPUT" and error.extensions["field"] == "input.title"
    assert "Charlie Puth" in error.message and "updateSong" in error.message
    assert await dump(db) == before

    ambiguous = await run(db, '{ song(title: "We Don\'t Talk Anymore") { title } }')
    (error,) = ambiguous.errors
    assert error.extensions["code"] == "BAD_USER_INPUT"
    assert error.extensions["field"] == "song.artist"
    assert "Charlie Puth" in error.message and "Odile Marsh" in error.message
    chosen = await ok(db, '{ song(title: "We Don\'t Talk Anymore", artist: "odile marsh") { artists { name } } }')
    assert chosen["song"] == {"artists": [{"name": "Odile Marsh"}]}
    await ok(db, "mutation($id: ID!) { deleteSong(id: $id) { title } }", {"id": data["createSong"]["id"]})


async def test_two_peaks_in_one_country_without_a_chart_name_are_told_apart(db: Database) -> None:
    peaks = "query($id: ID!) { node(id: $id) { ... on Song { chartPeaks { country position } } } }"
    slovakia = [p for p in (await ok(db, peaks, {"id": SEED_SONG}))["node"]["chartPeaks"] if p["country"] == "Slovakia"]
    assert slovakia == [{"country": "Slovakia", "position": 3}, {"country": "Slovakia", "position": 9}]
    before = await dump(db)
    remove = """mutation($id: ID!, $p: Int) {
      removeChartPeak(songId: $id, country: "Slovakia", position: $p) { chartPeaks { country position } }
    }"""
    unclear = await run(db, remove, {"id": SEED_SONG, "p": None})
    (error,) = unclear.errors
    assert error.extensions == {"code": "BAD_USER_INPUT", "field": "position"}
    assert "#3" in error.message and "#9" in error.message
    assert await dump(db) == before

    data = await ok(db, remove, {"id": SEED_SONG, "p": 9})
    left = [p for p in data["removeChartPeak"]["chartPeaks"] if p["country"] == "Slovakia"]
    assert left == [{"country": "Slovakia", "position": 3}]
    add = """mutation($id: ID!, $p: Int!) {
      addChartPeak(songId: $id, input: {country: "Slovakia", position: $p}) { chartPeaks { country position } }
    }"""
    data = await ok(db, add, {"id": SEED_SONG, "p": 9})
    assert [p["position"] for p in data["addChartPeak"]["chartPeaks"] if p["country"] == "Slovakia"] == [3, 9]
    twice = await run(db, add, {"id": SEED_SONG, "p": 9})
    assert twice.errors[0].extensions["code"] == "BAD_USER_INPUT"


async def test_merging_two_people_an_introduction_links_is_refused_and_changes_nothing(db: Database) -> None:
    await ok(
        db,
        'mutation { recordIntroduction(input: {introducer: {name: "Vera Lund"}, '
        'introduced: [{name: "Ada Brill"}, {name: "A. Brill"}], occasion: "a rehearsal"}) { year } }',
    )
    ids = await ok(db, '{ a: person(name: "Ada Brill") { id } b: person(name: "A. Brill") { id } }')
    before = await dump(db)
    merge = "mutation($k: ID!, $r: ID!) { mergePeople(keep: $k, remove: $r) { name } }"
    result = await run(db, merge, {"k": ids["a"]["id"], "r": ids["b"]["id"]})
    (error,) = result.errors
    assert error.extensions == {"code": "BAD_USER_INPUT", "field": "remove"}
    assert "introduction" in error.message and "a rehearsal" in error.message
    assert await dump(db) == before


async def test_an_introduction_keeps_its_page_source_after_import_then_load(db: Database, tmp_path: Path) -> None:
    page = ROOT / "tests" / "fixtures" / "pages" / "copper-kettle-waltz.txt"
    report = await import_pages(db, [("copper.txt", page.read_text(encoding="utf-8"))])
    assert report.ok and report.pages[0].written
    document = report.pages[0].document
    assert document is not None and document.introductions
    # The song's own data file, with the introduction but none of the page's provenance.
    plain = document.model_copy(
        update={
            "source": None,
            "added_by": None,
            "credit_sources": [],
            "introductions": [i.model_copy(update={"source": None}) for i in document.introductions],
            "certifications": [c.model_copy(update={"source": None}) for c in document.certifications],
            "chart_peaks": [c.model_copy(update={"source": None}) for c in document.chart_peaks],
            "quotes": [q.model_copy(update={"provenance": None}) for q in document.quotes],
        }
    )
    path = tmp_path / "song.json"
    path.write_text(plain.model_dump_json(exclude_none=True), encoding="utf-8")
    loaded = await load_files(db, [path])
    assert loaded.ok, loaded.failed
    rows = await db.read(
        Statement(
            "MATCH (:Song {id: $id})<-[:LED_TO]-(i:Introduction) RETURN i.sourcePage AS page", {"id": document.key}
        )
    )
    assert rows and all(row["page"] == "copper.txt" for row in rows)


@pytest.mark.parametrize("kind", ["Quote", "Certification", "ChartPeak"])
async def test_fact_ids_from_a_neighbourhood_resolve_through_node_and_neighborhood(db: Database, kind: str) -> None:
    around = "query($id: ID!) { neighborhood(id: $id) { nodes { id kind label } } }"
    nodes = (await ok(db, around, {"id": SEED_SONG}))["neighborhood"]["nodes"]
    fact = next(n for n in nodes if n["kind"] == kind)
    found = await ok(db, "query($id: ID!) { node(id: $id) { id ... on " + kind + " { song { title } } } }", fact)
    assert found["node"] == {"id": fact["id"], "song": {"title": "We Don't Talk Anymore"}}
    again = (await ok(db, around, {"id": fact["id"]}))["neighborhood"]["nodes"]
    assert again[0]["id"] == fact["id"]
    assert {"kind": "Song", "label": "We Don't Talk Anymore"} in [
        {"kind": n["kind"], "label": n["label"]} for n in again
    ]


async def test_path_explanations_do_not_double_the_preposition(db: Database) -> None:
    await ok(
        db,
        'mutation { a: recordIntroduction(input: {introducer: {name: "Nils Oberg"}, '
        'introduced: [{name: "Pia Holm"}, {name: "Rut Sand"}], occasion: "at a label party"}) { year } '
        'b: recordIntroduction(input: {introducer: {name: "Rut Sand"}, '
        'introduced: [{name: "Ola Berg"}, {name: "Eva Dahl"}], occasion: "through a mutual friend"}) { year } }',
    )
    steps = await ok(
        db,
        '{ connection(from: {name: "Pia Holm"}, to: {name: "Eva Dahl"}) { steps { explanation } } }',
    )
    explanations = [s["explanation"] for s in steps["connection"]["steps"]]
    assert "Nils Oberg introduced Pia Holm to Rut Sand at a label party" in explanations
    assert "Rut Sand introduced Eva Dahl to Ola Berg through a mutual friend" in explanations


async def test_a_title_without_its_apostrophe_finds_the_song(db: Database) -> None:
    data = await ok(db, '{ song(title: "we dont talk anymore") { title } person(name: "charlie puth!") { name } }')
    assert data == {"song": {"title": "We Don't Talk Anymore"}, "person": {"name": "Charlie Puth"}}


async def test_migrate_brings_keys_written_with_punctuation_up_to_date(db: Database) -> None:
    old_keys = Statement(
        """
        CREATE (s:Song {id: 'old-keys', title: 'Don\\'t Stop, Won\\'t Stop', titleKey: "don't stop, won't stop",
                        searchText: "don't stop, won't stop"})
        CREATE (p:Person {id: 'old-jk', name: 'J.K. Rowan', nameKey: 'j.k. rowan', aliases: ['JK R.'],
                          aliasKeys: ['jk r.'], searchText: 'j.k. rowan | jk r.', kind: 'PERSON'})
        CREATE (p)-[:PERFORMED {position: 0}]->(s)
        CREATE (:PersonName {key: 'j.k. rowan'})-[:NAME_OF]->(p)
        CREATE (:PersonName {key: 'jk r.'})-[:NAME_OF]->(p)
        """,
        {},
    )
    await db.write([old_keys])
    assert await rekey_names(db) == 2
    rows = await db.read(
        Statement(
            "MATCH (s:Song {id: 'old-keys'})<-[:PERFORMED]-(p:Person) "
            "RETURN s.titleKey AS title, p.nameKey AS name, p.aliasKeys AS aliases, p.searchText AS search, "
            "COLLECT { MATCH (n:PersonName)-[:NAME_OF]->(p) RETURN n.key ORDER BY n.key } AS names",
            {},
        )
    )
    assert rows == [
        {
            "title": "dont stop wont stop",
            "name": "j k rowan",
            "aliases": ["jk r"],
            "search": "j k rowan | jk r",
            "names": ["j k rowan", "jk r"],
        }
    ]
    orphans = await db.read(Statement("MATCH (n:PersonName) WHERE NOT (n)-->() RETURN count(n) AS n", {}))
    assert orphans == [{"n": 0}]
    assert await rekey_names(db) == 0
    data = await ok(db, '{ song(title: "dont stop wont stop") { artists { name } } person(name: "JK R") { id } }')
    assert data["song"] == {"artists": [{"name": "J.K. Rowan"}]}
    assert data["person"] == {"id": to_global_id("Person", "old-jk")}
    await db.write([Statement("MATCH (n) WHERE n.id IN ['old-keys', 'old-jk'] DETACH DELETE n", {})])
