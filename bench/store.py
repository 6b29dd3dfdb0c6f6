"""Writing the synthetic catalogue into an empty store: every write of the benchmark goes through ``build_store``.

It is the project's own bulk path, ``songgraph.services.loading.load_documents`` (what ``songgraph load`` runs),
so the load figures the benchmark prints are the ones a user gets.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

from songgraph.db import Database
from songgraph.models import SongDocument
from songgraph.services.loading import BATCH_SIZE, load_documents


class StoreFailure(RuntimeError):
    """The loader refused songs of the synthetic catalogue: the store would not be the one measured."""


@dataclass(frozen=True)
class BuildReport:
    songs: int
    seconds: float
    transactions: int
    method: str


async def build_store(
    db: Database, documents: Iterable[SongDocument], progress: bool = True, batch_size: int = BATCH_SIZE
) -> BuildReport:
    """Write ``documents`` (any iterable, read once as a stream) into an empty store."""
    start = time.perf_counter()
    written = 0

    def advance(_source: object) -> None:
        nonlocal written
        written += 1
        if progress and written % 10_000 == 0:
            print(f"  ... {written} songs written ({written / (time.perf_counter() - start):.0f} songs/s)", flush=True)

    report = await load_documents(db, documents, on_song=advance, batch_size=batch_size)
    if not report.ok:
        problems = [message for _source, message in report.failed[:5]]
        raise StoreFailure(f"the loader refused the catalogue: {report.unavailable or problems}")
    return BuildReport(
        songs=report.committed,
        seconds=time.perf_counter() - start,
        transactions=report.batches,
        method=f"songgraph.services.loading.load_documents, {batch_size} songs per transaction",
    )
