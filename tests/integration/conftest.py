"""Integration tests run on the real Neo4j that `make test` starts (or the one NEO4J_URI names).

They delete everything in that database between modules, so they refuse to run unless
SONGGRAPH_TEST_ALLOW_WIPE=1 (the Makefile sets it for its own throwaway instance).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from songgraph.api.context import Context
from songgraph.api.schema import schema
from songgraph.config import Settings
from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.migrate import default_schema_dir, migrate
from songgraph.services.loading import load_files


def wipeable_settings() -> Settings:
    """The settings of a database the tests may wipe, or a skip saying how to get one."""
    if os.environ.get("SONGGRAPH_TEST_ALLOW_WIPE") != "1":
        pytest.skip(
            "integration tests wipe the database: run them with `make test`, or set SONGGRAPH_TEST_ALLOW_WIPE=1"
        )
    return Settings.from_env(os.environ)


async def _reset(settings: Settings, paths: list[Path]) -> None:
    db = Database.connect(settings)
    try:
        await db.write([Statement("MATCH (n) DETACH DELETE n", {})])
        await migrate(db, default_schema_dir())
        if paths:
            report = await load_files(db, paths)
            assert report.ok, report.failed
    finally:
        await db.close()


@pytest.fixture(scope="session")
def settings() -> Settings:
    return wipeable_settings()


def graph_with(settings: Settings, *paths: Path) -> None:
    """Make the database hold exactly the songs in ``paths``."""
    asyncio.run(_reset(settings, list(paths)))


@pytest.fixture
async def db(settings: Settings) -> AsyncIterator[Database]:
    database = Database.connect(settings)
    yield database
    await database.close()


async def execute(db: Database, document: str, variables: dict[str, Any] | None = None) -> Any:
    """Run a document on the schema directly; returns the ExecutionResult."""
    return await schema.execute(document, variable_values=variables, context_value=Context(db=db))


@pytest.fixture(scope="module")
def seed_graph(settings: Settings) -> Iterator[None]:
    from tests.conftest import DATA

    graph_with(settings, DATA)
    yield
