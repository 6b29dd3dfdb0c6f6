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

from songgraph.cypher import edits
from songgraph.cypher.statement import Statement
from songgraph.db import Database, Transaction, WriteRejected
from songgraph.feed import changes
from songgraph.ingest.merge import Change, merge_documents, person_entry, plan
from songgraph.ingest.page import KnownPerson, PageIssue, PageResult, mentioned_names, parse_story_page
from songgraph.ingest.writes import song_rows, song_statements
from songgraph.models import ArtistKind, SongDocument
from songgraph.text import fold, slug

_KNOWN_PEOPLE = """
UNWIND $keys AS key
MATCH (:PersonName {key: key})-[:NAME_OF]->(p:Person)
RETURN key, p.id AS id, p.name AS name, p.kind AS kind, coalesce(p.aliases, []) AS aliases,
       p.description AS description
"""

# The song a page is about: same title, and one of the page's artists (a title alone may be a cover).
_FIND_SONG = """
MATCH (s:Song {titleKey: $title})<-[:PERFORMED]-(p:Person)
WHERE p.id IN $artists
RETURN s.id AS id ORDER BY s.id LIMIT 1
"""

_SOURCE = (
    "CASE WHEN x.sourcePage IS NULL THEN null "
    "ELSE {page: x.sourcePage, excerpt: x.sourceExcerpt, line: x.sourceLine} END"
)

# Everything song_statements writes for a song, read back as a song document's fields (person ids for names).
_READ_SONG = f"""
MATCH (s:Song {{id: $id}})
RETURN coalesce(s.version, 0) AS version, s {{.title, .releaseDate, .genres, .summary, .addedBy,
           source: {_SOURCE.replace("x.", "s.")}}} AS song,
  COLLECT {{ MATCH (s)<-[x:PERFORMED|FEATURED_ON|WROTE|PRODUCED]-(p:Person)
            RETURN {{type: type(x), person: p.id, source: {_SOURCE}}} AS row ORDER BY type(x), x.position }} AS credits,
  head(COLLECT {{ MATCH (s)-[:ON_ALBUM]->(a:Album)
                 RETURN {{id: a.id, title: a.title, kind: a.kind, releaseDate: a.releaseDate,
                         artists: COLLECT {{ MATCH (a)<-[r:RELEASED]-(p:Person) RETURN p.id ORDER BY r.position }}}}
                 AS row ORDER BY a.id LIMIT 1 }}) AS album,
  head(COLLECT {{ MATCH (s)<-[:VIDEO_OF]-(v:MusicVideo)
                 RETURN {{releaseDate: v.releaseDate, views: v.views, likes: v.likes, statsAsOf: v.statsAsOf,
                         directors: COLLECT {{ MATCH (v)<-[x:DIRECTED]-(p:Person)
                                              RETURN {{person: p.id, source: {_SOURCE}}} ORDER BY x.position }},
                         cast: COLLECT {{ MATCH (v)<-[x:APPEARS_IN]-(p:Person)
                                         RETURN {{person: p.id, role: x.role, source: {_SOURCE}}}
                                         ORDER BY x.position }}}}
                 AS row LIMIT 1 }}) AS video,
  COLLECT {{ MATCH (s)<-[:LED_TO]-(x:Introduction)<-[:MADE_INTRODUCTION]-(by:Person)
            RETURN {{introducer: by.id, occasion: x.occasion, year: x.year, outcome: x.outcome, source: {_SOURCE},
                    introduced: COLLECT {{ MATCH (x)-[r:INTRODUCES]->(p:Person) RETURN p.id ORDER BY r.position }}}}
            AS row ORDER BY x.id }} AS introductions,
  COLLECT {{ MATCH (s)-[:CERTIFIED]->(x:Certification)
            RETURN {{country: x.country, level: x.level, multiplier: x.multiplier, body: x.body, source: {_SOURCE}}}
            AS row ORDER BY x.position }} AS certifications,
  COLLECT {{ MATCH (s)-[:PEAKED]->(x:ChartPeak)
            RETURN {{country: x.country, chart: x.chart, position: x.position, source: {_SOURCE}}}
            AS row ORDER BY x.ordinal }} AS peaks,
  COLLECT {{ MATCH (s)<-[:ABOUT]-(x:Quote)-[:SAID_BY]->(p:Person)
            RETURN {{speaker: p.id, text: x.text, source: x.source, year: x.year, provenance: {_SOURCE}}}
            AS row ORDER BY x.position }} AS quotes
"""

_PEOPLE = """
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, p.name AS name, p.kind AS kind, coalesce(p.aliases, []) AS aliases, p.description AS description
"""

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


_ROLES = {"PERFORMED": "ARTIST", "FEATURED_ON": "FEATURED_ARTIST", "WROTE": "WRITER", "PRODUCED": "PRODUCER"}
_LISTS = {"PERFORMED": "artists", "FEATURED_ON": "featured_artists", "WROTE": "writers", "PRODUCED": "producers"}


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
    rows = await db.read(Statement(_KNOWN_PEOPLE, {"keys": sorted({fold(n) for n in names})}))
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
    artist_ids = [p.key for p in page.people if p.name in page.artists] + [slug(name) for name in page.artists]
    found = await db.read(Statement(_FIND_SONG, {"title": fold(page.title), "artists": artist_ids}))
    if found:
        song_id = found[0]["id"]
    elif await db.read(edits.song_exists(page.key)):
        return None, f"{page.key}-{slug(page.artists[0])}"
    else:
        return None, page.key
    rows = await db.read(Statement(_READ_SONG, {"id": song_id}))
    if not rows:
        return None, song_id
    row = rows[0]
    doc = _document(song_id, row)
    ids = _person_ids(doc)
    people_rows = await db.read(Statement(_PEOPLE, {"ids": sorted(ids)}))
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
        "source": song["source"],
        "artists": [],
        "featured_artists": [],
        "writers": [],
        "producers": [],
        "credit_sources": [],
    }
    for credit in row["credits"]:
        doc[_LISTS[credit["type"]]].append(credit["person"])
        if credit["source"]:
            doc["credit_sources"].append(
                {"role": _ROLES[credit["type"]], "person": credit["person"], "source": credit["source"]}
            )
    album = row["album"]
    if album:
        doc["album"] = {
            "id": album["id"],
            "title": album["title"],
            "kind": album["kind"],
            "release_date": album["releaseDate"],
            "artists": album["artists"],
        }
    video = row["video"]
    if video:
        doc["music_video"] = {
            "release_date": video["releaseDate"],
            "views": video["views"],
            "likes": video["likes"],
            "stats_as_of": video["statsAsOf"],
            "directors": [d["person"] for d in video["directors"]],
            "cast": video["cast"],
        }
        doc["credit_sources"] += [
            {"role": "DIRECTOR", "person": d["person"], "source": d["source"]}
            for d in video["directors"]
            if d["source"]
        ]
    doc["introductions"] = row["introductions"]
    doc["certifications"] = row["certifications"]
    doc["chart_peaks"] = row["peaks"]
    doc["quotes"] = row["quotes"]
    return doc


def _person_ids(doc: dict[str, Any]) -> set[str]:
    ids = {*doc["artists"], *doc["featured_artists"], *doc["writers"], *doc["producers"]}
    if doc.get("album"):
        ids.update(doc["album"]["artists"])
    if doc.get("music_video"):
        ids.update(doc["music_video"]["directors"])
        ids.update(c["person"] for c in doc["music_video"]["cast"])
    for intro in doc["introductions"]:
        ids.update([intro["introducer"], *intro["introduced"]])
    ids.update(q["speaker"] for q in doc["quotes"])
    return ids


def _rename(doc: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    """Person ids -> names, now that the people entries map each name back to its id."""

    def name(person_id: str) -> str:
        return names.get(person_id, person_id)

    for key in ("artists", "featured_artists", "writers", "producers"):
        doc[key] = [name(p) for p in doc[key]]
    for credit in doc["credit_sources"]:
        credit["person"] = name(credit["person"])
    if doc.get("album"):
        doc["album"]["artists"] = [name(p) for p in doc["album"]["artists"]]
    if doc.get("music_video"):
        video = doc["music_video"]
        video["directors"] = [name(p) for p in video["directors"]]
        video["cast"] = [{**c, "person": name(c["person"])} for c in video["cast"]]
    doc["introductions"] = [
        {**i, "introducer": name(i["introducer"]), "introduced": [name(p) for p in i["introduced"]]}
        for i in doc["introductions"]
    ]
    doc["quotes"] = [{**q, "speaker": name(q["speaker"])} for q in doc["quotes"]]
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

    async def work(tx: Transaction) -> None:
        rows = await tx.run(edits.lock_song(merged.key))
        now = rows[0]["version"] if rows else None
        if now != version:
            raise SongChanged
        batch = [song_rows(merged)]
        before = await changes.existing(tx, batch)
        for statement in song_statements(merged):
            await tx.run(statement)
        if actor is not None:
            await tx.run(edits.stamp_song(merged.key, actor, created=version is None))
        await changes.record(tx, changes.written(batch, before), actor)

    await db.transact(work)


async def import_pages(db: Database, pages: Sequence[tuple[str, str]], dry_run: bool = False) -> ImportReport:
    """Import ``(source, text)`` pages in order, each in its own transaction; see ``import_page``."""
    report = ImportReport(dry_run=dry_run)
    for source, text in pages:
        report.pages.append(await import_page(db, text, source, dry_run))
    return report
