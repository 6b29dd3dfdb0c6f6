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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from songgraph.config import Settings
from songgraph.cypher import offline
from songgraph.cypher.bulk import song_image
from songgraph.cypher.write.facts import SongRows, song_rows
from songgraph.db import Database
from songgraph.ingest.files import MAX_FILE_BYTES, DataFileError, iter_song_files, read_song_file
from songgraph.migrate import default_schema_dir, migrate, read_migrations, unique_properties
from songgraph.models import SongDocument
from songgraph.offline import admin
from songgraph.offline.csvfiles import CsvFiles
from songgraph.offline.fold import Fold, Refused
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


def _gather(
    items: Iterator[tuple[Source, Callable[[], SongRows]]],
    files: CsvFiles,
    fold: Fold,
    report: OfflineReport,
    on_done: Callable[[Source], None] | None,
) -> None:
    first = FirstSources()
    # The fold's cache holds hundreds of thousands of small dicts that the collector's passes would walk
    # again and again (a third of the time); what a song leaves behind has no cycles to collect.
    collecting = gc.isenabled()
    gc.disable()
    try:
        for number, (source, read) in enumerate(items, start=1):
            if number % 50_000 == 0:
                gc.collect(0)
            try:
                rows = read()
            except DataFileError as error:
                report.failed.append((source, str(error)))
            else:
                earlier = first.claim(rows.id, str(source))
                if earlier != str(source):
                    report.failed.append((source, f"{source}: id: song '{rows.id}' is already defined by {earlier}"))
                else:
                    try:
                        fold.add(song_image(rows))
                        report.committed += 1
                    except Refused as why:
                        report.failed.append(
                            (source, f"{source}: cannot be stored, nothing from it was written: {why}")
                        )
            if on_done is not None:
                on_done(source)
    finally:
        first.close()
        if collecting:
            gc.enable()
    fold.finish()


async def _finish_store(settings: Settings, files: CsvFiles, on_step: Callable[[str], None] | None) -> None:
    db = Database.connect(settings)
    try:
        for label in sorted(files.empty_list_labels):
            await db.run_in_batches(offline.empty_lists_of_nodes(label))
        for type_ in sorted(files.empty_list_types):
            await db.run_in_batches(offline.empty_lists_of_relationships(type_))
        await migrate(db, default_schema_dir(), on_step=on_step)
    finally:
        await db.close()


def build_new_store(
    home: Path,
    items: Iterator[tuple[Source, Callable[[], SongRows]]],
    *,
    on_done: Callable[[Source], None] | None = None,
    on_step: Callable[[str], None] | None = None,
    heap: str = "2g",
) -> OfflineReport:
    """Builds a new store in ``home`` (which must hold none) from ``items``; Neo4j is left stopped."""
    admin.launcher_lib()
    if admin.holds_store(home):
        raise admin.OfflineUnavailable(f"{home} holds a Neo4j store already: the offline import only builds a new one")
    report = OfflineReport()
    work = home / "import-csv"
    work.mkdir(parents=True, exist_ok=True)
    try:
        files = CsvFiles(work)
        fold = Fold(work, unique_properties(read_migrations(default_schema_dir())), files)
        started = time.perf_counter()
        _gather(items, files, fold, report, on_done)
        arguments = files.close()
        report.nodes, report.relationships = files.nodes, files.relationships
        report.seconds["gather"] = time.perf_counter() - started
        if on_step is not None:
            on_step(f"Neo4j's importer: {files.nodes:,} nodes, {files.relationships:,} relationships")
        started = time.perf_counter()
        admin.run_import(home, arguments, multiline=files.multiline, heap=heap)
        report.seconds["import"] = time.perf_counter() - started
    finally:
        shutil.rmtree(work, ignore_errors=True)
    started = time.perf_counter()
    port = admin.free_port()
    admin.neo4j_script("start", home, port)
    try:
        settings = replace(Settings(), neo4j_uri=f"bolt://127.0.0.1:{port}")
        asyncio.run(_finish_store(settings, files, on_step))
    finally:
        admin.neo4j_script("stop", home, port)
    report.seconds["schema"] = time.perf_counter() - started
    return report


def file_items(
    paths: Iterable[Path], max_file_bytes: int = MAX_FILE_BYTES
) -> Iterator[tuple[Source, Callable[[], SongRows]]]:
    for path in iter_song_files(list(paths)):
        yield path, (lambda path=path: song_rows(read_song_file(path, max_bytes=max_file_bytes)))  # type: ignore[misc]


def document_items(documents: Iterable[SongDocument]) -> Iterator[tuple[Source, Callable[[], SongRows]]]:
    for number, doc in enumerate(documents, start=1):
        yield f"document {number} (song '{doc.key}')", (lambda doc=doc: song_rows(doc))  # type: ignore[misc]
