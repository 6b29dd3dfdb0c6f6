"""Loads song files into the graph: one write transaction per file, bad files rejected whole."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from songgraph.db import Database, WriteRejected
from songgraph.ingest.files import DataFileError, read_song_file, song_files
from songgraph.ingest.writes import song_statements


@dataclass
class LoadReport:
    loaded: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


async def load_files(
    db: Database,
    paths: Sequence[Path],
    on_file: Callable[[Path], None] | None = None,
) -> LoadReport:
    """Load every song file under ``paths``; a failure is recorded and the next file still loads.

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
            await db.write(song_statements(doc))
        except DataFileError as error:
            report.failed.append((path, str(error)))
        except WriteRejected as error:
            report.failed.append((path, f"{path}: rejected by Neo4j, nothing from this file was written: {error}"))
        else:
            report.loaded.append(path)
        if on_file is not None:
            on_file(path)
    return report
