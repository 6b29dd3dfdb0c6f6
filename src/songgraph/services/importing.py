"""Imports story pages: parse (pure), resolve names against the graph, merge with the song already there,
plan the changes, and write them with the loader's statements unless it is a dry run.

This is the framework-free core behind ``songgraph import-page``; a GraphQL mutation can call
``import_pages`` the same way and read the plain values of the report.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from songgraph.cypher import edits, readback
from songgraph.cypher.write.facts import FACTS, song_rows
from songgraph.cypher.write.rows import People
from songgraph.db import Database, Transaction, WriteRejected
from songgraph.feed import changes
from songgraph.ingest import page as story_page
from songgraph.ingest.merge import Change, merge_documents, person_entry, plan
from songgraph.ingest.page import KnownPerson, PageIssue, PageResult, mentioned_names
from songgraph.models import SONG_CREDIT_LISTS, ArtistKind, SongDocument
from songgraph.services import rankings, unit_of_work
from songgraph.services.loading import write_songs
from songgraph.text import fold, slug

T = TypeVar("T")


class PureWork(Protocol):
    """Runs a pure, CPU-bound step of an import (parsing, merging) and gives back its result."""

    def __call__(self, work: Callable[[], T], /) -> Awaitable[T]: ...


async def inline(work: Callable[[], T]) -> T:
    """Runs the step right here: fine for a command, which has no other clients to keep waiting."""
    return work()


class OverBudget(Exception):
    """The pure steps of an import took longer than their time budget."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"reading the page took longer than its time budget of {seconds:g} s")
        self.seconds = seconds


@dataclass
class TimeBudget:
    """Runs the pure steps of one import in a worker thread, all of them within ``seconds`` together, so
    that a page never holds the event loop and its client gets an answer within the budget. (A thread
    cannot be stopped: one past the budget finishes its step in the background, which the parser's
    linear time and the page size limit keep short, and its result is dropped.)"""

    seconds: float
    spent: float = 0.0

    async def __call__(self, work: Callable[[], T]) -> T:
        remaining = self.seconds - self.spent
        if remaining <= 0:
            raise OverBudget(self.seconds)
        started = time.monotonic()
        try:
            return await asyncio.wait_for(asyncio.to_thread(work), remaining)
        except TimeoutError:
            raise OverBudget(self.seconds) from None
        finally:
            self.spent += time.monotonic() - started


@dataclass(frozen=True)
class PageImport:
    """One page: what the parser read, the document written (or that would be), and the changes it makes."""

    source: str
    parsed: PageResult
    document: SongDocument | None = None
    changes: tuple[Change, ...] = ()
    written: bool = False
    rejected: str | None = None

    @property
    def warnings(self) -> tuple[PageIssue, ...]:
        return self.parsed.warnings

    @property
    def ok(self) -> bool:
        return self.parsed.ok and self.rejected is None


@dataclass
class ImportReport:
    dry_run: bool
    pages: list[PageImport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(page.ok for page in self.pages)


async def known_people(db: Database, names: set[str]) -> dict[str, KnownPerson]:
    """People already in the graph under any of ``names`` (names or aliases), by folded spelling."""
    if not names:
        return {}
    rows = await db.read(readback.known_people(sorted({fold(n) for n in names})))
    return {
        row["key"]: KnownPerson(
            id=row["id"],
            name=row["name"],
            kind=ArtistKind(row["kind"] or "PERSON"),
            aliases=tuple(row["aliases"]),
            description=row["description"],
        )
        for row in rows
    }


@dataclass(frozen=True)
class StoredSong:
    document: SongDocument
    # Read with the document: the write checks it, so an edit made in between is never overwritten.
    version: int


async def read_song(db: Database, page: SongDocument) -> tuple[StoredSong | None, str]:
    """The song ``page`` is about as the graph holds it (None when it is not there yet), and its id.

    A song with the page's title but none of its artists is another song (a cover, a namesake): the
    page's song then gets an id of its own, made from the title and its first artist.
    """
    # Through the page's people entries, so an artist credited by an alias is found by their id.
    spellings = People(page.people)
    artist_ids = list(dict.fromkeys(spellings.ref(name) for name in page.artists))
    found = await db.read(readback.find_song(fold(page.title), artist_ids))
    if found:
        song_id = found[0]["id"]
    elif await db.read(edits.song_exists(page.key)):
        return None, f"{page.key}-{slug(page.artists[0])}"
    else:
        return None, page.key
    rows = await db.read(readback.read_song(song_id))
    if not rows:
        return None, song_id
    row = rows[0]
    doc = _document(song_id, row)
    ids = _person_ids(doc)
    people_rows = await db.read(readback.people(sorted(ids)))
    names = {r["id"]: r["name"] for r in people_rows}
    doc["people"] = [person_entry(r) for r in people_rows]
    return StoredSong(SongDocument.model_validate(_rename(doc, names)), row["version"]), song_id


def _document(song_id: str, row: dict[str, Any]) -> dict[str, Any]:
    song = row["song"]
    doc: dict[str, Any] = {
        "id": song_id,
        "title": song["title"],
        "release_date": song["releaseDate"],
        "genres": song["genres"] or [],
        "summary": song["summary"],
        "added_by": song["addedBy"],
        "mbid": song["mbid"],
        "length": song["length"],
        "source": song["source"],
        **{field: [] for field in SONG_CREDIT_LISTS.values()},
        "credit_sources": [],
        "other_credits": [],
    }
    for kind in FACTS:
        if kind.read is not None:
            kind.to_document(row[kind.name], doc)
    return doc


def _person_ids(doc: dict[str, Any]) -> set[str]:
    return {person for kind in FACTS for person in kind.people(doc)}


def _rename(doc: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    """Person ids -> names, now that the people entries map each name back to its id."""

    def name(person_id: str) -> str:
        return names.get(person_id, person_id)

    for kind in FACTS:
        kind.rename(doc, name)
    return doc


async def import_page(
    db: Database,
    text: str,
    source: str,
    dry_run: bool = False,
    actor: str | None = None,
    compute: PureWork = inline,
) -> PageImport:
    """Parse one page, resolve its names against the graph, merge it with the song there, and write the
    result through the loader's statements (one transaction) unless ``dry_run``. Never raises for page
    content; ``DatabaseUnavailable`` propagates, and ``OverBudget`` when ``compute`` (which runs the
    parsing and merging) is a ``TimeBudget`` that runs out. ``actor`` (an API token's name) is recorded
    on the song as its editor, in the same transaction."""
    # The parser is loaded on the first page (see ``songgraph.ingest.page``): in a worker thread, so that the event
    # loop goes on serving, and before ``compute``'s time budget, which is for reading this page.
    parse_story_page = await asyncio.to_thread(lambda: story_page.parse_story_page)
    first = await compute(lambda: parse_story_page(text, source))
    if first.document is None:
        return PageImport(source, first)
    known = await known_people(db, mentioned_names(first))
    parsed = await compute(lambda: parse_story_page(text, source, known)) if known else first
    if parsed.document is None:
        return PageImport(source, parsed)
    stored, song_id = await read_song(db, parsed.document)
    existing = stored.document if stored else None
    page = parsed.document if song_id == parsed.document.key else parsed.document.model_copy(update={"id": song_id})
    try:
        merged, planned = await compute(lambda: _merge_and_plan(existing, page))
    except ValueError as error:
        return PageImport(source, parsed, rejected=f"cannot merge with the song in the graph: {error}")
    changes = tuple(planned)
    if dry_run or not changes:
        return PageImport(source, parsed, merged, changes)
    try:
        await _write(db, merged, stored.version if stored else None, actor)
    except SongChanged:
        message = "the song changed while the page was being imported; nothing was written, import it again"
        return PageImport(source, parsed, merged, changes, rejected=message)
    except WriteRejected as error:
        return PageImport(source, parsed, merged, changes, rejected=f"rejected by Neo4j, nothing was written: {error}")
    return PageImport(source, parsed, merged, changes, written=True)


def _merge_and_plan(existing: SongDocument | None, page: SongDocument) -> tuple[SongDocument, list[Change]]:
    merged = merge_documents(existing, page)
    return merged, plan(existing, merged)


class SongChanged(Exception):
    """Someone else wrote the song between reading it and writing the merge."""


async def _write(db: Database, merged: SongDocument, version: int | None, actor: str | None) -> None:
    """The merged song in one transaction, provided the song is still at the ``version`` it was read at."""

    marked = 0

    async def work(tx: Transaction) -> list[changes.Change]:
        nonlocal marked
        rows = await tx.run(edits.lock_song(merged.key))
        now = rows[0]["version"] if rows else None
        if now != version:
            raise SongChanged
        batch = [song_rows(merged)]
        stored = {merged.key} if rows else set()
        before = await changes.existing(tx, batch, stored)
        marked = await write_songs(tx, batch, stored, before.named)
        if actor is not None:
            await tx.run(edits.stamp_song(merged.key, actor, created=version is None))
        return changes.written(batch, before)

    await unit_of_work.write(db, work, lambda written: written, actor)
    if marked:
        await rankings.rank_stale(db)


async def import_pages(
    db: Database,
    pages: Sequence[tuple[str, str]],
    dry_run: bool = False,
    on_page: Callable[[PageImport], None] | None = None,
) -> ImportReport:
    """Import ``(source, text)`` pages in order, each in its own transaction; see ``import_page``.
    ``on_page`` is told of each page once it is done (the command's progress bar)."""
    report = ImportReport(dry_run=dry_run)
    for source, text in pages:
        report.pages.append(await import_page(db, text, source, dry_run))
        if on_page is not None:
            on_page(report.pages[-1])
    return report
