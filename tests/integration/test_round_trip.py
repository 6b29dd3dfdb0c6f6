"""Every rich fixture, written by the loader and read back through the fact table's read-back, writes the
same rows again: the two directions of the document <-> graph mapping agree, kind by kind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from songgraph.config import Settings
from songgraph.cypher.write.facts import FACTS, song_rows
from songgraph.cypher.write.rows import People
from songgraph.db import Database
from songgraph.ingest.files import read_song_file
from songgraph.services.importing import read_song
from tests.conftest import RICH
from tests.integration.conftest import graph_with

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("rich_graph")]
FIXTURES = sorted(RICH.glob("*.yaml"))


@pytest.fixture(scope="module")
def rich_graph(settings: Settings) -> Iterator[None]:
    graph_with(settings, RICH)
    yield


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.stem)
async def test_a_rich_fixture_reads_back_as_the_rows_it_was_written_with(db: Database, path: Path) -> None:
    written = read_song_file(path)
    stored, song_id = await read_song(db, written)
    assert stored is not None and song_id == written.key
    before, after = song_rows(written), song_rows(stored.document)
    assert after.song == before.song
    for kind in FACTS:
        for key, rows in kind.rows(written, People(written.people)).items():
            assert after.facts[key] == before.facts[key] == rows, f"{path.name}: {kind.name} ({key})"
