"""``songgraph load --new-store``: Neo4j's importer builds exactly the graph the loader's statements write.

The same documents are loaded online into the test store and built offline into a new store, which the
project's Neo4j then serves on a port of its own; every node and relationship (labels, types, properties)
must match, and so must the songs each way refuses.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from songgraph.config import Settings
from songgraph.db import Database
from songgraph.ingest.files import iter_song_files, read_song_file
from songgraph.models import SongDocument
from songgraph.offline import admin
from songgraph.services.loading import document_items, load_documents
from songgraph.services.musicbrainz import import_musicbrainz, import_musicbrainz_new_store
from songgraph.services.offline import build_new_store

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from synthetic import stream

from tests.integration.test_bench_store import _empty, _graph

pytestmark = [pytest.mark.neo4j]

RICH = Path(__file__).resolve().parents[1] / "fixtures" / "rich"
MUSICBRAINZ = Path(__file__).resolve().parents[1] / "fixtures" / "musicbrainz"


def _awkward() -> list[SongDocument]:
    """Values the importer's CSV has to carry exactly, and songs a uniqueness constraint or Neo4j refuses."""
    text = 'She said "no, not yet",\nthen; laughed \\ twice — 🎸 Ærø'
    base: dict[str, Any] = {
        "title": 'Commas, "Quotes" & Semicolons; 🎸',
        "release_date": dt.date(2001, 2, 3),
        "genres": ["alt; rock", 'pop "b-side"'],
        "summary": text,
        "artists": ["Zoë Ångström"],
        "writers": ["Zoë Ångström", "Ünal Çelik"],
        "people": [
            {
                "name": "Zoë Ångström",
                "aliases": ["Zoe A.", "ゾーイ"],
                "description": text,
                "mbid": "0b7c8e8e-1111-4111-8111-111111111111",
                "alias_details": [{"name": "ゾーイ", "locale": "ja", "type": "Artist name", "primary": True}],
            }
        ],
        "music_video": {"release_date": "2001-03-04", "views": 2**62, "cast": [{"person": "Ünal Çelik"}]},
        "quotes": [{"speaker": "Ünal Çelik", "text": text, "source": "a radio show, 2001", "year": 2001}],
    }
    clash = {
        "title": "Same Id Elsewhere",
        "artists": ["Someone Else"],
        "people": [{"name": "Someone Else", "mbid": "0b7c8e8e-1111-4111-8111-111111111111"}],
    }
    too_big = {"title": "Too Many Views", "artists": ["Ünal Çelik"], "music_video": {"views": 2**70}}
    again = {"title": "Later Verse", "artists": ["Zoe A."], "people": [{"name": "Zoë Ångström", "aliases": ["Z. Å."]}]}
    return [SongDocument.model_validate(doc) for doc in (base, clash, too_big, again)]


def _documents() -> list[SongDocument]:
    rich = [read_song_file(path) for path in iter_song_files([RICH])]
    return [*rich, *_awkward(), *stream(700)]


def _refused(failed: list[tuple[Any, str]]) -> list[str]:
    return sorted(str(source) for source, _message in failed)


def _served_graph(home: Path) -> tuple[list[str], list[str]]:
    port = admin.free_port()
    admin.neo4j_script("start", home, port)
    try:

        async def read() -> tuple[list[str], list[str]]:
            db = Database.connect(replace(Settings(), neo4j_uri=f"bolt://127.0.0.1:{port}"))
            try:
                return await _graph(db)
            finally:
                await db.close()

        return asyncio.run(read())
    finally:
        admin.neo4j_script("stop", home, port)


def test_offline_store_is_the_graph_the_loader_writes(settings: Settings, tmp_path: Path) -> None:
    docs = _documents()

    async def online() -> tuple[tuple[list[str], list[str]], list[str]]:
        db = Database.connect(settings)
        try:
            await _empty(db)
            report = await load_documents(db, iter(docs), batch_size=200)
            graph = await _graph(db)
            await _empty(db)
            return graph, _refused(report.failed)
        finally:
            await db.close()

    expected, refused_online = asyncio.run(online())
    # A cache of a few dozen states: most of them go through the SQLite file and back, as at a million songs.
    report = build_new_store(tmp_path / "store", functools.partial(document_items, docs), cache=40)
    built = _served_graph(tmp_path / "store")

    # The clash of MusicBrainz ids and the integer beyond 64 bits are refused both ways, nothing else.
    assert len(refused_online) == 2
    assert _refused(report.failed) == refused_online
    assert report.committed == len(docs) - 2
    assert len(built[0]) == len(expected[0]) and len(built[1]) == len(expected[1])
    assert built == expected


def test_offline_musicbrainz_import_is_the_graph_the_online_one_writes(settings: Settings, tmp_path: Path) -> None:
    # Web-service documents and dump lines: artists (a band, aliases in other scripts), works, a video.
    paths = [*sorted(MUSICBRAINZ.glob("*.json")), *sorted((MUSICBRAINZ / "dump").glob("*.jsonl"))]

    async def online() -> tuple[tuple[list[str], list[str]], int, int]:
        db = Database.connect(settings)
        try:
            await _empty(db)
            report = await import_musicbrainz(db, paths)
            graph = await _graph(db)
            await _empty(db)
            return graph, report.songs.committed, report.people_written
        finally:
            await db.close()

    expected, songs, people = asyncio.run(online())
    report = import_musicbrainz_new_store(tmp_path / "store", paths)
    built = _served_graph(tmp_path / "store")

    assert songs > 3 and people > 3
    assert (report.songs.committed, report.people_written) == (songs, people)
    assert len(built[0]) == len(expected[0]) and len(built[1]) == len(expected[1])
    assert built == expected


def test_a_folder_holding_a_store_is_refused(tmp_path: Path) -> None:
    home = tmp_path / "store"
    (home / "data" / "databases" / "neo4j").mkdir(parents=True)
    items: Iterator[Any] = iter(())
    with pytest.raises(admin.OfflineUnavailable, match="holds a Neo4j store already"):
        build_new_store(home, lambda: items)
