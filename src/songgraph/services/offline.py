"""A new store built offline from song files or documents: ``songgraph load --new-store DIR``.

For a catalogue loaded into nothing, Neo4j's own importer writes the store files directly, many times faster
than transactions. The songs are read and checked as the loader reads them (a bad file is refused whole with
its located errors, a song id given twice is refused) and gathered into the graph the loader's statements
would write (``offline.fold``); the importer builds the store from that; then the project's Neo4j runs on it
once to add what only a running database makes: the schema's constraints and indexes, empty lists, the
busiest people's collaborator rankings. The change feed starts empty: no subscriber can have been
listening to a store that did not exist.
"""

from __future__ import annotations

import asyncio
import gc
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from songgraph.config import Settings
from songgraph.cypher import offline
from songgraph.cypher.bulk import people_facts_image
from songgraph.cypher.write.image import Image
from songgraph.db import Database
from songgraph.migrate import default_schema_dir, migrate, read_migrations, unique_properties
from songgraph.offline import admin
from songgraph.offline.csvfiles import CsvFiles
from songgraph.offline.fold import CACHE, Fold, Refused
from songgraph.offline.reading import Item, read_elsewhere, read_here
from songgraph.services.loading import FirstSources, Source


@dataclass
class OfflineReport:
    committed: int = 0
    failed: list[tuple[Source, str]] = field(default_factory=list)
    nodes: int = 0
    relationships: int = 0
    # Wall seconds of each step: gathering the songs, the importer, the schema and the rest on the new store.
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed


class NewStore:
    """A store being built offline in ``home`` (which must hold none): songs, and people described outside
    any song, are added one at a time, then ``build`` makes the store; Neo4j is left stopped."""

    def __init__(self, home: Path, *, heap: str = "2g", cache: int = CACHE) -> None:
        admin.launcher_lib()
        admin.require_new(home)
        self.home = home
        self.report = OfflineReport()
        self._heap = heap
        self._work = home / "import-csv"
        self._work.mkdir(parents=True, exist_ok=True)
        self._files = CsvFiles(self._work)
        self._fold = Fold(
            self._work, unique_properties(read_migrations(default_schema_dir())), self._files, cache=cache
        )
        self._first = FirstSources()
        self._added = 0
        self._started = time.perf_counter()
        # The fold's cache holds hundreds of thousands of small dicts that the collector's passes would walk
        # again and again (a third of the time); what a song leaves behind has no cycles to collect.
        self._collecting = gc.isenabled()
        gc.disable()

    def _add(self, image: Image) -> str | None:
        self._added += 1
        if self._added % 50_000 == 0:
            gc.collect(0)
        try:
            self._fold.add(image)
        except Refused as why:
            return f"cannot be stored, nothing from it was written: {why}"
        return None

    def add_song(self, source: Source, song: str, image: Image) -> None:
        """A song (its id and ``bulk.song_image``), unless another source defined it first."""
        earlier = self._first.claim(song, str(source))
        if earlier != str(source):
            self.fail(source, f"{source}: id: song '{song}' is already defined by {earlier}")
            return
        why = self._add(image)
        if why is None:
            self.report.committed += 1
        else:
            self.fail(source, f"{source}: {why}")

    def add_people(self, people: Sequence[dict[str, Any]], members: Sequence[dict[str, Any]]) -> str | None:
        """People described outside any song (``rows.people_rows``) and ``{group, member, position}`` rows, as
        ``bulk.people_facts`` writes them; why they cannot be stored, if so."""
        return self._add(people_facts_image(people, members))

    def fail(self, source: Source, message: str) -> None:
        self.report.failed.append((source, message))

    def build(self, on_step: Callable[[str], None] | None = None) -> OfflineReport:
        report, files = self.report, self._files
        try:
            self._end_gathering()
            self._fold.finish()
            arguments = files.close()
            report.nodes, report.relationships = files.nodes, files.relationships
            report.seconds["gather"] = time.perf_counter() - self._started
            if on_step is not None:
                on_step(f"Neo4j's importer: {files.nodes:,} nodes, {files.relationships:,} relationships")
            started = time.perf_counter()
            admin.run_import(self.home, arguments, multiline=files.multiline, heap=self._heap)
            report.seconds["import"] = time.perf_counter() - started
        finally:
            self.close()
        started = time.perf_counter()
        port = admin.free_port()
        if on_step is not None:
            on_step(f"starting Neo4j on the new store (bolt://127.0.0.1:{port}) for its schema")
        admin.neo4j_script("start", self.home, port)
        try:
            settings = replace(Settings(), neo4j_uri=f"bolt://127.0.0.1:{port}")
            asyncio.run(_finish_store(settings, files, on_step))
        finally:
            if on_step is not None:
                on_step("stopping Neo4j")
            admin.neo4j_script("stop", self.home, port)
        report.seconds["schema"] = time.perf_counter() - started
        return report

    def _end_gathering(self) -> None:
        self._first.close()
        if self._collecting:
            gc.enable()
            self._collecting = False

    def close(self) -> None:
        """Removes the working files (``build`` does it; call it when giving up before)."""
        self._end_gathering()
        shutil.rmtree(self._work, ignore_errors=True)


async def _finish_store(settings: Settings, files: CsvFiles, on_step: Callable[[str], None] | None) -> None:
    db = Database.connect(settings)
    try:
        if on_step is not None and (files.empty_list_labels or files.empty_list_types):
            on_step("setting the empty lists")
        for label in sorted(files.empty_list_labels):
            await db.run_in_batches(offline.empty_lists_of_nodes(label))
        for type_ in sorted(files.empty_list_types):
            await db.run_in_batches(offline.empty_lists_of_relationships(type_))
        await migrate(db, default_schema_dir(), on_step=on_step)
    finally:
        await db.close()


def build_new_store(
    home: Path,
    items: Callable[[], Iterator[Item]],
    *,
    own_process: bool = True,
    on_done: Callable[[Source], None] | None = None,
    on_step: Callable[[str], None] | None = None,
    heap: str = "2g",
    cache: int = CACHE,
) -> OfflineReport:
    """Builds a new store in ``home`` (which must hold none) from the songs of ``items()``; Neo4j is left
    stopped. ``own_process``: read and map the songs in a process of their own (``items`` must then be
    picklable, e.g. a ``functools.partial`` of ``loading.file_items``). ``cache``: the states of shared nodes kept in
    memory (per kind of table), the others wait in a SQLite file."""
    store = NewStore(home, heap=heap, cache=cache)
    try:
        for source, song, image in read_elsewhere(items) if own_process else read_here(items()):
            if song is None:
                assert isinstance(image, str)
                store.fail(source, image)
            else:
                assert isinstance(image, Image)
                store.add_song(source, song, image)
            if on_done is not None:
                on_done(source)
    except BaseException:
        store.close()
        raise
    return store.build(on_step)
