"""A store without its indexes answers with a coded error that names the fix, not INTERNAL_SERVER_ERROR."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from songgraph.cypher.relationships import SEARCH_INDEX
from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.migrate import default_schema_dir, migrate, missing_schema, read_migrations
from tests.integration.conftest import execute

pytestmark = pytest.mark.anyio


@pytest.fixture
async def without_search_index(db: Database) -> AsyncIterator[Database]:
    await db.run_schema(Statement(f"DROP INDEX `{SEARCH_INDEX}` IF EXISTS", {}))
    try:
        yield db
    finally:
        await migrate(db, default_schema_dir())


async def test_search_without_its_index_says_the_store_is_not_migrated(without_search_index: Database) -> None:
    db = without_search_index
    assert await missing_schema(db, read_migrations(default_schema_dir())) == [SEARCH_INDEX]

    result = await execute(db, '{ search(text: "talk") { __typename } }')

    assert result.errors is not None
    (error,) = result.errors
    assert error.path == ["search"]
    assert error.extensions == {"code": "SERVICE_UNAVAILABLE", "reason": "not_migrated"}
    assert "songgraph migrate" in error.message


async def test_a_migrated_store_misses_nothing_and_search_answers(db: Database) -> None:
    await migrate(db, default_schema_dir())
    assert await missing_schema(db, read_migrations(default_schema_dir())) == []
    result = await execute(db, '{ search(text: "talk") { __typename } }')
    assert result.errors is None
