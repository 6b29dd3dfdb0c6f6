"""The benchmark's store builder writes exactly the graph the project's per-song write path writes."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from songgraph.cypher.bulk import song_statements
from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.migrate import default_schema_dir, migrate

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from store import build_store
from synthetic import stream

pytestmark = [pytest.mark.neo4j, pytest.mark.anyio]

# The change feed's nodes (only the loader records events) are a log of writes, not part of the store.
NODES = "MATCH (n) WHERE NOT n:FeedEvent AND NOT n:FeedHead RETURN labels(n) AS labels, properties(n) AS props"
RELATIONSHIPS = (
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.key) AS start, coalesce(b.id, b.key) AS end, "
    "properties(r) AS props"
)


async def _graph(db: Database) -> tuple[list[str], list[str]]:
    def text(row: dict[str, Any]) -> str:
        return json.dumps(row, sort_keys=True, default=str)

    nodes = sorted(text(row) for row in await db.read(Statement(NODES, {})))
    relationships = sorted(text(row) for row in await db.read(Statement(RELATIONSHIPS, {})))
    return nodes, relationships


async def _empty(db: Database) -> None:
    await db.write([Statement("MATCH (n) DETACH DELETE n", {})])
    await migrate(db, default_schema_dir())


async def test_build_store_writes_what_the_per_song_path_writes(db: Database) -> None:
    # 240 songs in batches of 100: people named in several batches, bands, aliases, videos, introductions
    # (fewer songs than the builder's default batch would need, as the per-song path is the slow side here).
    docs = list(stream(240))
    assert all(any(getattr(doc, field) for doc in docs) for field in ("people", "music_video", "introductions"))
    await _empty(db)
    for doc in docs:
        await db.write(song_statements(doc))
    expected = await _graph(db)

    await _empty(db)
    report = await build_store(db, iter(docs), progress=False, batch_size=100)
    built = await _graph(db)
    await _empty(db)

    assert report.songs == len(docs)
    assert report.transactions >= 3
    assert len(built[0]) == len(expected[0]) and len(built[1]) == len(expected[1])
    assert built == expected
