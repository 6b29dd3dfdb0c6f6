"""The schema executed directly (no HTTP), for what is decided before any database work."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from songgraph.api.context import Context
from songgraph.api.schema import build_schema, schema
from songgraph.config import Settings
from songgraph.db import Database
from songgraph.exports import sdl, song_json_schema

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.anyio


def test_committed_sdl_matches_the_code() -> None:
    committed = (ROOT / "schema" / "schema.graphql").read_text(encoding="utf-8")
    assert committed == sdl(), "schema/schema.graphql is stale: run `make schema`"


def test_committed_json_schema_matches_the_models() -> None:
    committed = (ROOT / "schema" / "song.schema.json").read_text(encoding="utf-8")
    assert committed == song_json_schema(), "schema/song.schema.json is stale: run `make schema`"


@pytest.fixture
async def unreachable_db() -> AsyncIterator[Database]:
    # A real driver pointed at a closed port: these requests must fail before any query is sent.
    db = Database.connect(Settings(neo4j_uri="bolt://127.0.0.1:9"))
    yield db
    await db.close()


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ('{ song(id: "U29uZzp4", title: "x") { title } }', "song: give exactly one of id or title"),
        ("{ person { name } }", "person: give exactly one of id or name"),
        ("{ songs(first: 101) { totalCount } }", "songs.first: first must be at most 100"),
        ('{ node(id: "not-an-id") { id } }', "node.id: 'not-an-id' is not a songgraph id"),
        (
            '{ person(name: "x") { collaborators(first: 1000) { totalCount } } }',
            "collaborators.first: first must be at most 100",
        ),
    ],
)
async def test_bad_input_is_rejected_before_the_database(unreachable_db: Database, document: str, message: str) -> None:
    result = await schema.execute(document, context_value=Context(db=unreachable_db))
    assert result.errors is not None
    (error,) = result.errors
    assert message in error.message
    assert error.extensions is not None and error.extensions["code"] == "BAD_USER_INPUT"
    assert unreachable_db.statements_run == 0


async def test_queries_deeper_than_the_limit_are_refused(unreachable_db: Database) -> None:
    shallow = build_schema(max_query_depth=3)
    result = await shallow.execute(
        '{ song(title: "x") { writers { credits { song { title } } } } }', context_value=Context(db=unreachable_db)
    )
    assert result.errors is not None
    assert "exceeds maximum operation depth" in result.errors[0].message
    assert unreachable_db.statements_run == 0
