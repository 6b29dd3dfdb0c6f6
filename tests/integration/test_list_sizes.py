"""The cost model's plain lists are as long as the stored graph's longest: read from Neo4j at start-up, a
document that walks the busiest person's credits costs what that person has, not a declared guess."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest

from songgraph.api.list_sizes import ListSizes
from songgraph.config import Settings
from songgraph.cypher.list_sizes import plain_lists
from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.migrate import default_schema_dir, migrate
from tests.integration.test_auth_http import serving

pytestmark = pytest.mark.anyio

# Busy Person is credited on 120 songs (80 performed, 40 of them also written: 160 credits); one song has
# 7 more writers; an album holds 12 songs. Everything else has at most one item per list, or none.
BUILD = Statement(
    """
    CREATE (busy:Person {id: 'busy', name: 'Busy Person', nameKey: 'busy person'})
    CREATE (:PersonName {key: 'busy person'})-[:NAME_OF]->(busy)
    CREATE (album:Album {id: 'album', title: 'Long Album', titleKey: 'long album'})
    WITH busy, album
    UNWIND range(0, 119) AS i
    CREATE (s:Song {id: 'song-' + i, title: 'Song ' + i, titleKey: 'song ' + i})
    FOREACH (_ IN CASE WHEN i < 80 THEN [1] ELSE [] END | CREATE (busy)-[:PERFORMED {position: 0}]->(s))
    FOREACH (_ IN CASE WHEN i >= 40 THEN [1] ELSE [] END | CREATE (busy)-[:WROTE {position: 0}]->(s))
    FOREACH (_ IN CASE WHEN i < 12 THEN [1] ELSE [] END | CREATE (s)-[:ON_ALBUM]->(album))
    WITH count(*) AS made
    MATCH (s:Song {id: 'song-0'})
    UNWIND range(1, 7) AS k
    CREATE (:Person {id: 'writer-' + k, name: 'Writer ' + k, nameKey: 'writer ' + k})-[:WROTE {position: k}]->(s)
    """,
    {},
)
EXPECTED = {"Person.credits": 160, "Song.writers": 7, "Song.artists": 1, "Song.credits": 8, "Album.songs": 12}
CREDITS = '{ person(name: "Busy Person") { credits { song { title } } } }'


async def _build(settings: Settings) -> None:
    db = Database.connect(settings)
    try:
        await db.write([Statement("MATCH (n) DETACH DELETE n", {})])
        await migrate(db, default_schema_dir())
        await db.write([BUILD])
    finally:
        await db.close()


@pytest.fixture(scope="module")
def built(settings: Settings) -> None:
    asyncio.run(_build(settings))


async def test_the_longest_list_of_every_coordinate_is_read(built: None, db: Database) -> None:
    sizes = ListSizes()
    await sizes.refresh(db)
    assert set(sizes.longest) == set(plain_lists())
    assert {key: sizes.longest[key] for key in EXPECTED} == EXPECTED
    others = {key: value for key, value in sizes.longest.items() if key not in EXPECTED}
    assert others and set(others.values()) <= {0, 1}, others
    assert sizes.read_seconds is not None and sizes.pause() >= 60


async def test_the_app_costs_a_plain_list_by_the_stored_graph(built: None, settings: Settings) -> None:
    # person 1 + credits 1 + 160 credits * their song 1: the declared floor (50) would say 52.
    async with serving(dataclasses.replace(settings, max_cost=100)) as http:
        refused = (await http.post("/graphql", json={"query": CREDITS})).json()
        (error,) = refused["errors"]
        assert error["extensions"]["code"] == "QUERY_TOO_COMPLEX"
        assert error["extensions"]["cost"] == {"requested": 162, "limit": 100}
    async with serving(dataclasses.replace(settings, max_cost=200)) as http:
        answer = (await http.post("/graphql", json={"query": CREDITS})).json()
        assert answer.get("errors") is None, answer
        assert len(answer["data"]["person"]["credits"]) == 160
        assert answer["extensions"]["cost"] == {"requested": 162, "limit": 200}
