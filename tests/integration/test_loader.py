"""Loading song files on the real Neo4j: idempotent, one transaction per file, bad files rejected whole."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from songgraph.config import Settings
from songgraph.cypher.bulk import song_statements
from songgraph.cypher.statement import Statement
from songgraph.db import Database, WriteRejected
from songgraph.ingest.files import read_song_file
from songgraph.services.loading import load_files
from tests.conftest import DATA, RICH
from tests.integration.conftest import graph_with

pytestmark = pytest.mark.anyio

SNAPSHOT = Statement(
    """
    CALL () { MATCH (n) WHERE NOT n:FeedEvent AND NOT n:FeedHead RETURN count(n) AS nodes }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    CALL () {
      MATCH (n) WHERE NOT n:FeedEvent AND NOT n:FeedHead WITH n ORDER BY elementId(n)
      RETURN collect([labels(n), properties(n)]) AS content
    }
    CALL () {
      MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.id, type(r), b.id, r.position
      RETURN collect([a.id, type(r), b.id, properties(r)]) AS links
    }
    RETURN nodes, relationships, content, links
    """,
    {},
)


async def snapshot(db: Database) -> dict[str, Any]:
    (row,) = await db.read(SNAPSHOT)
    return row


BAD_LEVEL = """\
title: Broken Record
artists: [Somebody New]
certifications:
  - {country: France, level: GOLD}
  - {country: Spain, level: BRONZE}
"""


@pytest.fixture
def empty_graph(settings: Settings) -> None:
    graph_with(settings)


@pytest.mark.usefixtures("empty_graph")
async def test_loading_twice_gives_the_same_graph(db: Database) -> None:
    first = await load_files(db, [DATA, RICH])
    assert first.ok, first.failed
    once = await snapshot(db)
    second = await load_files(db, [DATA, RICH])
    assert second.ok
    twice = await snapshot(db)
    assert once["nodes"] == twice["nodes"]
    assert once["relationships"] == twice["relationships"]
    assert sorted(map(repr, once["links"])) == sorted(map(repr, twice["links"]))
    assert once["nodes"] > 100


@pytest.mark.usefixtures("empty_graph")
async def test_a_bad_file_is_rejected_whole_and_the_others_load(db: Database, tmp_path: Path) -> None:
    shutil.copy(DATA / "we-dont-talk-anymore.yaml", tmp_path / "a-good.yaml")
    (tmp_path / "b-bad.yaml").write_text(BAD_LEVEL, encoding="utf-8")
    report = await load_files(db, [tmp_path])
    assert [Path(p).name for p in report.loaded] == ["a-good.yaml"]
    ((path, message),) = report.failed
    assert Path(path).name == "b-bad.yaml"
    assert "b-bad.yaml:5:" in message  # the line of the offending certification
    assert "certifications[1].level" in message
    rows = await db.read(Statement("MATCH (s:Song) RETURN s.title AS title", {}))
    assert rows == [{"title": "We Don't Talk Anymore"}]
    # Nothing of the bad file reached the graph, not even the people it names.
    people = await db.read(Statement("MATCH (p:Person {id: $id}) RETURN p", {"id": "somebody-new"}))
    assert people == []


@pytest.mark.usefixtures("empty_graph")
async def test_a_write_that_fails_midway_leaves_the_graph_as_it_was(db: Database) -> None:
    assert (await load_files(db, [DATA])).ok
    before = await snapshot(db)
    doc = read_song_file(RICH / "windfall.yaml")
    failing = Statement("UNWIND [0] AS zero RETURN 1 / zero", {})
    with pytest.raises(WriteRejected):
        await db.write([*song_statements(doc), failing])
    assert await snapshot(db) == before


@pytest.mark.usefixtures("empty_graph")
def test_cli_load_reports_the_bad_file_and_exits_nonzero(settings: Settings, tmp_path: Path) -> None:
    shutil.copy(DATA / "we-dont-talk-anymore.yaml", tmp_path / "good.yaml")
    (tmp_path / "bad.yaml").write_text(BAD_LEVEL, encoding="utf-8")
    env = {**os.environ, "NEO4J_URI": settings.neo4j_uri}
    done = subprocess.run(
        [sys.executable, "-m", "songgraph.cli", "load", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "bad.yaml:5: certifications[1].level" in done.stderr
    assert "Traceback" not in done.stderr
    assert "loaded 1 file(s), 1 rejected" in done.stdout
