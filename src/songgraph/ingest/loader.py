"""Loads song files into the graph: one write transaction per file, bad files rejected whole."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from songgraph.cypher import edits
from songgraph.db import Database, Transaction, WriteRejected
from songgraph.ingest.files import DataFileError, read_song_file, song_files
from songgraph.ingest.writes import song_statements
from songgraph.models import SongDocument


@dataclass
class LoadReport:
    loaded: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    # Files whose song was edited through the API since: kept as edited unless the load is forced.
    kept: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


class _EditedThroughApi(Exception):
    pass


async def _write_unless_edited(db: Database, doc: SongDocument, force: bool) -> None:
    """One transaction: the song's file facts, unless someone edited the song through the API since.

    Checking inside the transaction means an edit that lands while the file loads is never overwritten.
    """

    async def work(tx: Transaction) -> None:
        rows = await tx.run(edits.lock_song(doc.key))
        editor = rows[0]["updatedBy"] if rows else None
        if editor is not None and not force:
            raise _EditedThroughApi(editor)
        for statement in song_statements(doc):
            await tx.run(statement)
        if editor is not None:
            # The file now speaks for the song again; later loads replace it as before.
            await tx.run(edits.release_song(doc.key))

    await db.transact(work)


async def load_files(
    db: Database,
    paths: Sequence[Path],
    on_file: Callable[[Path], None] | None = None,
    force: bool = False,
) -> LoadReport:
    """Load every song file under ``paths``; a failure is recorded and the next file still loads.

    A song edited through the API since it was loaded is left as edited unless ``force``.
    ``DatabaseUnavailable`` is not a per-file failure and propagates: nothing more can load.
    """
    report = LoadReport()
    songs_seen: dict[str, Path] = {}
    for path in song_files(paths):
        try:
            doc = read_song_file(path)
            first = songs_seen.setdefault(doc.key, path)
            if first != path:
                raise DataFileError(path, [f" id: song '{doc.key}' is already defined by {first}"])
            await _write_unless_edited(db, doc, force)
        except _EditedThroughApi as edited:
            report.kept.append(
                (
                    path,
                    f"{path}: song '{doc.key}' was edited through the API (by {edited}); kept as edited, "
                    "load --force to replace it with this file",
                )
            )
        except DataFileError as error:
            report.failed.append((path, str(error)))
        except WriteRejected as error:
            report.failed.append((path, f"{path}: rejected by Neo4j, nothing from this file was written: {error}"))
        else:
            report.loaded.append(path)
        if on_file is not None:
            on_file(path)
    return report
