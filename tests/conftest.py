"""Shared test fixtures: paths, the anyio backend, and the markers each test folder implies."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
RICH = ROOT / "tests" / "fixtures" / "rich"
SHARED_SEED = ROOT.parent / "shared" / "seed"


# A marker in a conftest's ``pytestmark`` applies to nothing, so each folder's markers are applied here by
# path: ``-m "not neo4j"`` then runs only the tests that need no database (the browser tests serve the
# app over Neo4j, so they carry both).
_FOLDER_MARKERS = {"integration": ("neo4j",), "browser": ("browser", "neo4j")}


def pytest_configure(config: pytest.Config) -> None:
    # make test gives each pytest-xdist worker of the Neo4j run a throwaway instance of its own (they wipe it):
    # worker gwN takes the Nth of SONGGRAPH_TEST_NEO4J_URIS, and NEO4J_URI says so to the subprocesses it starts.
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    uris = os.environ.get("SONGGRAPH_TEST_NEO4J_URIS", "").split()
    if worker is None or not uris:
        return
    number = int(worker.removeprefix("gw"))
    if number >= len(uris):
        raise pytest.UsageError(f"worker {worker} has no Neo4j of its own: SONGGRAPH_TEST_NEO4J_URIS names {len(uris)}")
    os.environ["NEO4J_URI"] = uris[number]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        relative = item.path.resolve().relative_to(ROOT / "tests")
        for name in _FOLDER_MARKERS.get(relative.parts[0], ()):
            item.add_marker(name)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
