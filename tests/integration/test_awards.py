"""Award end to end through the fact table: loaded from a file, read, drawn, edited, deleted, re-imported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from songgraph.config import Settings
from songgraph.db import Database
from songgraph.ids import to_global_id
from songgraph.services.loading import load_files
from tests.conftest import DATA
from tests.integration.conftest import graph_with
from tests.integration.test_mutations import dump, ok, run

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("seed_graph_for_awards")]

SONG_FILE = """\
title: Lantern Hymn
artists: [Odile Marsh]
awards:
  - {name: Harbour Music Prize, year: 2019, body: Harbour Music Council, category: Song of the Year}
people:
  - name: Odile Marsh
    awards:
      - {name: Harbour Music Prize, year: 2020, category: Newcomer}
"""
SONG = to_global_id("Song", "lantern-hymn")
ODILE = to_global_id("Person", "odile-marsh")
READ = """query($s: ID!, $p: ID!) {
  song: node(id: $s) { ... on Song { version awards { name year body category song { title } } } }
  person: node(id: $p) { ... on Person { awards { name year category person { name } } } }
}"""


@pytest.fixture(scope="module")
def seed_graph_for_awards(settings: Settings) -> Iterator[None]:
    graph_with(settings, DATA)
    yield
    graph_with(settings, DATA)


@pytest.fixture
async def loaded(db: Database, tmp_path: Path) -> Path:
    path = tmp_path / "lantern-hymn.yaml"
    path.write_text(SONG_FILE, encoding="utf-8")
    report = await load_files(db, [path], force=True)
    assert report.ok, report.failed
    return path


async def test_awards_load_from_a_file_and_read_on_songs_and_people(db: Database, loaded: Path) -> None:
    data = await ok(db, READ, {"s": SONG, "p": ODILE})
    assert data["song"]["awards"] == [
        {
            "name": "Harbour Music Prize",
            "year": 2019,
            "body": "Harbour Music Council",
            "category": "Song of the Year",
            "song": {"title": "Lantern Hymn"},
        }
    ]
    assert data["person"]["awards"] == [
        {"name": "Harbour Music Prize", "year": 2020, "category": "Newcomer", "person": {"name": "Odile Marsh"}}
    ]
    again = await load_files(db, [loaded], force=True)
    assert again.ok
    assert await ok(db, READ, {"s": SONG, "p": ODILE}) == data


async def test_awards_are_drawn_in_the_neighbourhood_and_resolve_by_id(db: Database, loaded: Path) -> None:
    around = await ok(db, "query($id: ID!) { neighborhood(id: $id) { nodes { id kind label } } }", {"id": SONG})
    (award,) = [n for n in around["neighborhood"]["nodes"] if n["kind"] == "Award"]
    assert award["label"] == "Harbour Music Prize 2019: Song of the Year"
    found = await ok(db, "query($id: ID!) { node(id: $id) { ... on Award { name song { title } } } }", award)
    assert found["node"] == {"name": "Harbour Music Prize", "song": {"title": "Lantern Hymn"}}


async def test_awards_are_added_and_removed_through_mutations(db: Database, loaded: Path) -> None:
    add = """mutation($o: ID!, $input: AwardInput!, $v: Int) {
      addAward(ownerId: $o, input: $input, expectedVersion: $v) { id name year song { title } person { name } }
    }"""
    version = (await ok(db, READ, {"s": SONG, "p": ODILE}))["song"]["version"]
    added = (await ok(db, add, {"o": SONG, "v": version, "input": {"name": "Coast Award", "year": 2021}}))["addAward"]
    assert (added["name"], added["song"], added["person"]) == ("Coast Award", {"title": "Lantern Hymn"}, None)
    to_person = (await ok(db, add, {"o": ODILE, "input": {"name": "Coast Award"}}))["addAward"]
    assert to_person["person"] == {"name": "Odile Marsh"}

    before = await dump(db)
    twice = await run(db, add, {"o": SONG, "input": {"name": "coast award", "year": 2021}})
    assert twice.errors[0].extensions == {"code": "BAD_USER_INPUT", "field": "input"}
    blank = await run(db, add, {"o": SONG, "input": {"name": " "}})
    assert blank.errors[0].extensions["field"] == "input.name"
    not_an_owner = await run(db, add, {"o": to_global_id("Album", "x"), "input": {"name": "X"}})
    assert not_an_owner.errors[0].extensions["field"] == "ownerId"
    assert await dump(db) == before

    remove = "mutation($id: ID!) { removeAward(id: $id) { id ... on Song { version awards { name } } } }"
    data = await ok(db, remove, {"id": added["id"]})
    assert data["removeAward"]["awards"] == [{"name": "Harbour Music Prize"}]
    assert data["removeAward"]["version"] == version + 2
    gone = await run(db, remove, {"id": added["id"]})
    assert gone.errors[0].extensions == {"code": "BAD_USER_INPUT", "field": "id"}


async def test_deleting_the_song_counts_its_awards_and_keeps_the_persons(db: Database, loaded: Path) -> None:
    data = await ok(db, "mutation($id: ID!) { deleteSong(id: $id) { removed { awards } } }", {"id": SONG})
    assert data["deleteSong"]["removed"]["awards"] == 1
    person = await ok(db, "query($p: ID!) { node(id: $p) { ... on Person { awards { year } } } }", {"p": ODILE})
    # Her awards are facts about her: she stays, with them, though her only song is gone.
    assert person["node"] is not None and {"year": 2020} in person["node"]["awards"]
