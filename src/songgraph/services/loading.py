"""Loads song documents into the graph in batches: many songs per write transaction, bad files rejected whole.

Files are read, checked and turned into rows one at a time, in a worker thread, while the previous batch is
written; nothing holds more than a batch or two of songs, however many files there are. A batch that Neo4j
refuses is written again song by song, so one bad song costs only itself.
"""

from __future__ import annotations

import asyncio
import sqlite3
import tempfile
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import orjson

from songgraph.cypher import bulk, collaboration
from songgraph.cypher.write.facts import SongRows, song_rows
from songgraph.db import Database, DatabaseUnavailable, Transaction, WriteRejected
from songgraph.feed import changes
from songgraph.ingest.files import MAX_FILE_BYTES, DataFileError, iter_song_files, read_song_file
from songgraph.models import SongDocument
from songgraph.services import rankings, unit_of_work

BATCH_SIZE = 500

# Besides Neo4j's own refusal, a song can hold a value the driver cannot send (an integer beyond 64 bits,
# which the models allow): a fault of that song's data, never of the run.
_REFUSED = (WriteRejected, OverflowError)

# Where a song came from: its file, or "document N" for documents given in memory.
Source = Path | str


@dataclass
class LoadReport:
    # Sources whose song was written; filled only when the load keeps them (``keep_loaded``), see ``committed``.
    loaded: list[Source] = field(default_factory=list)
    failed: list[tuple[Source, str]] = field(default_factory=list)
    # Songs edited through the API since: kept as edited unless the load is forced.
    kept: list[tuple[Source, str]] = field(default_factory=list)
    committed: int = 0
    batches: int = 0
    # Set when Neo4j became unreachable: the load stopped, and these sources were not (or not surely) written.
    unavailable: str | None = None
    not_tried: int = 0
    first_not_tried: Source | None = None

    @property
    def ok(self) -> bool:
        return not self.failed and self.unavailable is None


@dataclass
class _Batch:
    songs: list[tuple[Source, SongRows]] = field(default_factory=list)
    rejected: list[tuple[Source, str]] = field(default_factory=list)


class FirstSources:
    """Where each song id of the run came from first, in a temporary SQLite file (deleted when closed), so a
    run of millions of songs keeps none of them in memory."""

    def __init__(self) -> None:
        self._file = tempfile.NamedTemporaryFile(prefix="songgraph-load-", suffix=".sqlite")  # noqa: SIM115
        # Used by the reading thread only (one batch at a time), and closed once the run is over.
        self._db = sqlite3.connect(self._file.name, check_same_thread=False)
        self._db.executescript(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
            "CREATE TABLE first (id TEXT PRIMARY KEY, source TEXT) WITHOUT ROWID;"
        )

    def claim(self, song: str, source: str) -> str:
        """The source that first gave ``song``: ``source`` itself unless an earlier one did."""
        if self._db.execute("INSERT OR IGNORE INTO first VALUES (?, ?)", (song, source)).rowcount:
            return source
        row = self._db.execute("SELECT source FROM first WHERE id = ?", (song,)).fetchone()
        return str(row[0])

    def close(self) -> None:
        self._db.close()
        self._file.close()


class WrittenPeople:
    """The description of each person this run last wrote (a digest of its row), for the people written most
    recently: a song that describes a person exactly so again would change nothing by writing it.

    A MusicBrainz import describes an artist once as an artist and again, alike, in each of their recordings'
    songs: those rows are most of what a batch would write, and all of it would be a no-op. A person
    forgotten (past ``size``) is written again, which is only slower. Only committed rows are remembered.
    """

    def __init__(self, size: int = 1 << 16) -> None:
        self._size = size
        self._last: OrderedDict[str, int] = OrderedDict()

    def remember(self, rows: Mapping[str, int]) -> None:
        """``rows``: person id -> digest of the row last written for them, in a transaction that committed."""
        for person, digest in rows.items():
            self._last[person] = digest
            self._last.move_to_end(person)
        while len(self._last) > self._size:
            self._last.popitem(last=False)

    def new_descriptions(
        self, songs: Sequence[SongRows], unless: Collection[str] = ()
    ) -> tuple[list[SongRows], dict[str, int], set[str]]:
        """``songs`` without the described rows that repeat what the person already holds (as this run last
        wrote them, or as an earlier song of ``songs`` describes them), the digest of each person's last
        row kept (``remember`` them once written), and the people left out as this run last wrote them.
        Bare names are kept: they depend on the graph, not the run. People in ``unless`` are never left out.

        The run's memory cannot see a person deleted or merged away through the API since: the caller
        checks that the people left out still exist (``bulk.missing_people``) and, for those that do not,
        asks again with them in ``unless``, or the songs' credits to them would find no one to link.
        """
        last: dict[str, int] = {}
        kept: list[SongRows] = []
        remembered: set[str] = set()
        for song in songs:
            rows = []
            for row in song.people:
                if row["described"]:
                    digest = described_digest(row)
                    person = row["id"]
                    if person in last:
                        if last[person] == digest:
                            continue
                    elif self._last.get(person) == digest and person not in unless:
                        remembered.add(person)
                        continue
                    last[person] = digest
                rows.append(row)
            kept.append(song if len(rows) == len(song.people) else replace(song, people=rows))
        return kept, last, remembered - last.keys()


def described_digest(row: Mapping[str, Any]) -> int:
    """What a described person's row says, as a 64-bit hash: two rows alike write the same. (Two different
    rows of one person share a hash once in 2**64 comparisons: the later would then not be written. The rows
    are built by one function, so their keys come in one order; were they not, a row would only be written
    again.)"""
    return hash(orjson.dumps(row))


class _Prepared:
    """Reads (source, reader) items into batches of rows; a reader's ``DataFileError`` or a song id given twice
    rejects that item only."""

    def __init__(self, items: Iterator[tuple[Source, Callable[[], SongRows]]], batch_size: int) -> None:
        self._items = items
        self._batch_size = batch_size
        # The one thing kept per song for the whole run: its id and, as text, where it came from (on disk).
        self._first_source = FirstSources()
        self.exhausted = False

    def close(self) -> None:
        self._first_source.close()

    def next_batch(self) -> _Batch:
        batch = _Batch()
        while len(batch.songs) < self._batch_size and len(batch.songs) + len(batch.rejected) < 4 * self._batch_size:
            item = next(self._items, None)
            if item is None:
                self.exhausted = True
                break
            source, read = item
            try:
                rows = read()
            except DataFileError as error:
                batch.rejected.append((source, str(error)))
                continue
            first = self._first_source.claim(rows.id, str(source))
            if first != str(source):
                batch.rejected.append((source, f"{source}: id: song '{rows.id}' is already defined by {first}"))
                continue
            batch.songs.append((source, rows))
        return batch

    def count_rest(self) -> tuple[int, Source | None]:
        first: Source | None = None
        count = 0
        for source, _doc in self._items:
            first = source if first is None else first
            count += 1
        return count, first


async def write_songs(
    tx: Transaction, songs: Sequence[SongRows], stored: Collection[str], named: Collection[tuple[str, str]] = ()
) -> int:
    """Writes the songs' rows in ``tx``: people, the songs with their own facts cleared, every fact, and
    then deletes the introductions the reload left leading to no song. The busy people credited on the
    songs before and after are marked for a new collaborator ranking (``cypher.collaboration``). The loader
    and the page importer both write this way; they call ``rankings.rank_stale`` once their writes commit.

    ``stored``: which of the songs are in the graph, as the caller found them when it locked them in ``tx``;
    the others are created with nothing to clear. ``named``: people already named by a spelling, as read in
    ``tx`` (``changes.existing``); a song that only names them that way writes nothing for them.
    """
    for statement in bulk.people(songs, named):
        await tx.run(statement)
    unlinked: list[str] = []
    known = [song for song in songs if song.id in stored]
    marked = 0
    if known:
        marked += int((await tx.run(collaboration.mark_songs([song.id for song in known])))[0]["marked"])
        unlinked = [row["id"] for row in await tx.run(bulk.upsert_songs(known))]
    new = [song for song in songs if song.id not in stored]
    if new:
        await tx.run(bulk.create_songs(new))
    await tx.run(bulk.facts(songs))
    if unlinked:
        await tx.run(bulk.drop_orphan_introductions(unlinked))
    marked += int((await tx.run(collaboration.mark_songs([song.id for song in songs])))[0]["marked"])
    return marked


async def _write(db: Database, songs: Sequence[SongRows], force: bool, people: WrittenPeople) -> dict[str, str]:
    """One transaction: the songs' facts, except those edited through the API since (unless ``force``).

    Returns the edited songs (id -> editor). Checking inside the transaction, with the songs locked, means an
    edit that lands while the batch loads is never overwritten. People described as this run last wrote them
    are not written again (``WrittenPeople``): nothing of them changes, so the feed has no event for them.
    """

    async def work(tx: Transaction) -> tuple[dict[str, str], list[changes.Change], dict[str, int]]:
        stored = {row["id"]: row["updatedBy"] for row in await tx.run(bulk.lock_songs([s.id for s in songs]))}
        edited = {song: by for song, by in stored.items() if by is not None}
        chosen = [song for song in songs if force or song.id not in edited]
        writing, described, remembered = people.new_descriptions(chosen)
        if remembered:
            (row,) = await tx.run(bulk.missing_people(sorted(remembered)))
            if row["missing"]:
                writing, described, _ = people.new_descriptions(chosen, unless=set(row["missing"]))
        if not writing:
            return edited, [], {}
        before = await changes.existing(tx, writing, stored)
        await write_songs(tx, writing, stored, before.named)
        if force and edited:
            # The files now speak for these songs again; later loads replace them as before.
            await tx.run(bulk.release_songs(list(edited)))
        return edited, changes.written(writing, before), described

    edited, _, described = await unit_of_work.write(db, work, lambda result: result[1])
    people.remember(described)
    return edited


def _settle(
    report: LoadReport,
    songs: Sequence[tuple[Source, SongRows]],
    edited: dict[str, str],
    force: bool,
    keep_loaded: bool,
) -> None:
    for source, song in songs:
        if song.id in edited and not force:
            report.kept.append(
                (
                    source,
                    f"{source}: song '{song.id}' was edited through the API (by {edited[song.id]}); kept as "
                    "edited, load --force to replace it with this file",
                )
            )
            continue
        report.committed += 1
        if keep_loaded:
            report.loaded.append(source)


async def _load(
    db: Database,
    items: Iterator[tuple[Source, Callable[[], SongRows]]],
    *,
    force: bool,
    batch_size: int,
    keep_loaded: bool,
    on_done: Callable[[Source], None] | None,
    people: WrittenPeople | None = None,
) -> LoadReport:
    prepared = _Prepared(items, batch_size)
    try:
        report = await _load_prepared(
            db, prepared, force=force, keep_loaded=keep_loaded, on_done=on_done, people=people or WrittenPeople()
        )
    finally:
        prepared.close()
    if report.unavailable is None:
        # Once per run, not per batch: the busiest people are on nearly every batch.
        await rankings.rank_stale(db)
    return report


async def _load_prepared(
    db: Database,
    prepared: _Prepared,
    *,
    force: bool,
    keep_loaded: bool,
    on_done: Callable[[Source], None] | None,
    people: WrittenPeople,
) -> LoadReport:
    report = LoadReport()
    loop = asyncio.get_running_loop()
    # The next batch is read and checked in a thread while this one is written: Neo4j works meanwhile.
    pending: asyncio.Future[_Batch] | None = loop.run_in_executor(None, prepared.next_batch)
    while pending is not None:
        batch = await pending
        pending = None if prepared.exhausted else loop.run_in_executor(None, prepared.next_batch)
        report.failed.extend(batch.rejected)
        settled = report.committed + len(report.failed) + len(report.kept)
        try:
            await _write_batch(db, batch.songs, report, force, keep_loaded, people)
        except DatabaseUnavailable as error:
            report.unavailable = str(error)
            # A batch refused and retried song by song may have settled some of its songs, in order.
            done = report.committed + len(report.failed) + len(report.kept) - settled
            rest = await pending if pending is not None else _Batch()
            report.failed.extend(rest.rejected)
            unsure = [source for source, _song in [*batch.songs[done:], *rest.songs]]
            left, first_left = prepared.count_rest()
            report.not_tried = len(unsure) + left
            report.first_not_tried = unsure[0] if unsure else first_left
            return report
        if on_done is not None:
            for source, _message in batch.rejected:
                on_done(source)
            for source, _song in batch.songs:
                on_done(source)
    return report


async def _write_batch(
    db: Database,
    songs: Sequence[tuple[Source, SongRows]],
    report: LoadReport,
    force: bool,
    keep_loaded: bool,
    people: WrittenPeople,
) -> None:
    if not songs:
        return
    try:
        edited = await _write(db, [song for _source, song in songs], force, people)
    except _REFUSED as error:
        if len(songs) == 1:
            source = songs[0][0]
            why = "rejected by Neo4j" if isinstance(error, WriteRejected) else "cannot be sent to Neo4j"
            report.failed.append((source, f"{source}: {why}, nothing from it was written: {error}"))
            return
        # Find the songs Neo4j refuses, one transaction each: the others of the batch must not be lost.
        for one in songs:
            await _write_batch(db, [one], report, force, keep_loaded, people)
        return
    report.batches += 1
    _settle(report, songs, edited, force, keep_loaded)


async def load_documents(
    db: Database,
    documents: Iterable[SongDocument],
    *,
    force: bool = False,
    batch_size: int = BATCH_SIZE,
    keep_loaded: bool = False,
    on_song: Callable[[Source], None] | None = None,
    people: WrittenPeople | None = None,
) -> LoadReport:
    """Write ``documents`` (taken from the iterable lazily, a batch at a time) as ``load`` writes song files.

    A song edited through the API since it was loaded is left as edited unless ``force``. If Neo4j becomes
    unreachable the load stops and the report says so (``unavailable``, ``not_tried``). ``people``: the
    descriptions of people the caller's run already wrote (see ``WrittenPeople``).
    """

    return await load_rows(
        db,
        (song_rows(doc) for doc in documents),
        force=force,
        batch_size=batch_size,
        keep_loaded=keep_loaded,
        on_song=on_song,
        people=people,
    )


async def load_rows(
    db: Database,
    songs: Iterable[SongRows],
    *,
    force: bool = False,
    batch_size: int = BATCH_SIZE,
    keep_loaded: bool = False,
    on_song: Callable[[Source], None] | None = None,
    people: WrittenPeople | None = None,
) -> LoadReport:
    """``load_documents`` for songs already turned into rows (``song_rows``), as a caller that reads and maps
    in another process hands them over."""

    def items() -> Iterator[tuple[Source, Callable[[], SongRows]]]:
        for number, rows in enumerate(songs, start=1):
            yield document_source(number, rows.id), (lambda rows=rows: rows)  # type: ignore[misc]

    return await _load(
        db, items(), force=force, batch_size=batch_size, keep_loaded=keep_loaded, on_done=on_song, people=people
    )


async def load_files(
    db: Database,
    paths: Sequence[Path],
    on_file: Callable[[Path], None] | None = None,
    force: bool = False,
    *,
    batch_size: int = BATCH_SIZE,
    max_file_bytes: int = MAX_FILE_BYTES,
    keep_loaded: bool = True,
) -> LoadReport:
    """Load every song file under ``paths``; a bad file is recorded with its errors and the others still load.

    A song edited through the API since it was loaded is left as edited unless ``force``. ``on_file`` is
    called once per file when it is settled (written, rejected or kept).
    """

    def done(source: Source) -> None:
        if on_file is not None and isinstance(source, Path):
            on_file(source)

    return await _load(
        db,
        file_items(paths, max_file_bytes),
        force=force,
        batch_size=batch_size,
        keep_loaded=keep_loaded,
        on_done=done,
    )


def document_source(number: int, song: str) -> str:
    """How a song given in memory (not by a file) is named in reports."""
    return f"document {number} (song '{song}')"


def file_items(
    paths: Iterable[Path], max_file_bytes: int = MAX_FILE_BYTES
) -> Iterator[tuple[Source, Callable[[], SongRows]]]:
    """Every song file under ``paths``, each with how to read it (``DataFileError`` if it cannot be)."""
    for path in iter_song_files(list(paths)):
        yield path, (lambda path=path: song_rows(read_song_file(path, max_bytes=max_file_bytes)))  # type: ignore[misc]


def document_items(documents: Iterable[SongDocument]) -> Iterator[tuple[Source, Callable[[], SongRows]]]:
    """``documents`` as sources named by their place, each with its rows."""
    for number, doc in enumerate(documents, start=1):
        yield document_source(number, doc.key), (lambda doc=doc: song_rows(doc))  # type: ignore[misc]
