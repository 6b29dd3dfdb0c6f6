"""Imports MusicBrainz JSON into the graph: web-service documents (one per ``.json`` file) and dump lines
(``.tar.xz`` archives read as a stream, never unpacked to disk; or plain JSON-lines files).

Three passes over the inputs, so that a recording's song is written whole, once:

1. everything but audio recordings: artists are written (people, aliases, bands); works, release groups,
   releases and video recordings go into a join index (SQLite in a temporary file, so memory stays flat
   however large the dump);
2. audio recordings become songs (``musicbrainz.recording_document`` with the index as its lookup) and are
   written through the loader's bulk path (``load_rows``), a batch per transaction;
3. video recordings that no recording of the import took as its music video become songs of their own.

Reading and mapping (the passes above) and writing run side by side: the reading sends artists, then the
songs' rows, a few at a time, and this side writes them. For a dump the reading is a process of its own
(``own_process``), so that mapping and the driver's work are not queued on one interpreter lock while Neo4j
uses the other core; small inputs are read in a thread.

A line that is not MusicBrainz JSON is reported as ``file:line: message`` and skipped.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import itertools
import multiprocessing
import queue
import re
import signal
import sqlite3
import tarfile
import tempfile
import threading
import traceback
from collections import Counter
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import orjson

from songgraph.cypher import bulk
from songgraph.cypher.bulk import song_image
from songgraph.cypher.musicbrainz import linked_nodes
from songgraph.cypher.write.facts import SongRows, song_rows
from songgraph.cypher.write.rows import people_rows
from songgraph.db import Database, DatabaseUnavailable, Transaction, WriteRejected
from songgraph.feed.changes import ChangeKind, updated
from songgraph.ingest.musicbrainz import (
    ENTITIES,
    LISTS,
    MUSIC_VIDEO,
    ArtistFacts,
    MusicBrainzError,
    Notes,
    artist_facts,
    count_relations,
    entity_kind,
    listed,
    mbid_of,
    recording_document,
    release_recordings,
    work_links,
)
from songgraph.models import MBID_PATTERN, SongDocument
from songgraph.services import unit_of_work
from songgraph.services.loading import (
    BATCH_SIZE,
    LoadReport,
    WrittenPeople,
    described_digest,
    document_source,
    load_rows,
)
from songgraph.services.offline import NewStore

# A dump line longer than this is refused unread. A release line holds every recording on it with their
# relationships, so a box set's line is far longer than any recording's.
MAX_LINE_BYTES = 64 * 1024 * 1024
_ARCHIVES = (".tar.xz", ".txz", ".tar.gz", ".tgz", ".tar.bz2", ".tar")
_VIDEO_MARKS = (b'"video":true', b'"video": true')
_MBID = re.compile(MBID_PATTERN)
# What the mapping reads of an alias.
_ALIAS_KEYS = ("name", "locale", "type", "primary")
# Index rows held before they are inserted together.
_HELD_ROWS = 5000
# Inputs of this many bytes or more are read and mapped in a process of their own (see ``import_musicbrainz``).
READ_ELSEWHERE_BYTES = 4 * 1024 * 1024
# A reading process sends songs this many at a time, and is at most this many messages ahead of the writing.
_SONGS_PER_MESSAGE = 100
_MESSAGES_QUEUED = 16
# A reading process collects cyclic garbage itself, once per this many messages (see ``_read_elsewhere``).
_COLLECT_EVERY = 100
# What the index says about one recording, by kind (0 release groups, 1 works, 2 videos); put in id order here
# (a few rows: cheaper than the statement's sorter).
_ABOUT = """
SELECT 0, release_group, NULL FROM on_group WHERE recording = ?1
UNION ALL SELECT 1, work, NULL FROM work_of WHERE recording = ?1
UNION ALL SELECT 2, v.id, v.doc FROM video_of o JOIN video v ON v.id = o.video WHERE o.recording = ?1
"""


@dataclass
class MusicBrainzReport:
    read: Counter[str] = field(default_factory=Counter)
    rejected: list[str] = field(default_factory=list)
    people_written: int = 0
    songs: LoadReport = field(default_factory=LoadReport)
    notes: Notes = field(default_factory=Notes)
    folded_videos: int = 0
    unavailable: str | None = None
    # Archive members passed over (every pass reads every archive: each is counted once).
    skipped: set[tuple[Path, str]] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return not self.rejected and self.songs.ok and self.unavailable is None


@dataclass(frozen=True)
class _Line:
    where: str
    entity: str | None
    raw: bytes


# --- reading the inputs -------------------------------------------------------------------------------------


class _Stopped(Exception):
    """The reading process is told to stop (SIGTERM), or the importing process is gone."""


# Set by SIGTERM in a reading process. The handler only sets it: an exception raised from a signal handler can
# land between a lock's acquiring and its ``with`` block (the queue's), and the process then hangs on its way out.
_stopping = threading.Event()


def _lines(stream: IO[bytes], where: str, entity: str | None) -> Iterator[_Line]:
    number = 0
    while True:
        if _stopping.is_set():
            # Also between messages: the first pass reads whole inputs (works, releases) before it sends any.
            raise _Stopped
        raw = stream.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE_BYTES:
            # Skip the rest of the over-long line without holding it.
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(MAX_LINE_BYTES)
            yield _Line(f"{where}:{number}", entity, b"")
            continue
        if raw.strip():
            yield _Line(f"{where}:{number}", entity, raw)


def _entity_from_name(name: str) -> str | None:
    base = name.rsplit("/", 1)[-1]
    for suffix in (".jsonl", ".json", ".ndjson"):
        base = base.removesuffix(suffix)
    return base if base in ENTITIES else None


def read_inputs(path: Path, report: MusicBrainzReport) -> Iterator[_Line]:
    """Every document of one input, with where it is; an unreadable input is reported once."""
    name = path.name.lower()
    try:
        if name.endswith(_ARCHIVES):
            # Stream mode: members are read in order as the archive decompresses, nothing goes to disk.
            with tarfile.open(path, mode="r|*") as archive:
                for member in archive:
                    entity = _entity_from_name(member.name)
                    if not member.isfile() or "mbdump/" not in f"/{member.name}":
                        continue  # the dump's COPYING, README, TIMESTAMP, ...
                    if entity is None:
                        # Another entity's dump (labels, areas, events, ...): said once, not read.
                        if (path, member.name) not in report.skipped:
                            report.skipped.add((path, member.name))
                            report.notes.add("dump files of entities this import does not map (labels, areas, ...)")
                        continue
                    stream = archive.extractfile(member)
                    if stream is not None:
                        yield from _lines(stream, f"{path}:{member.name}", entity)
        elif name.endswith(".json") and _json_lines(path):
            # Dump lines saved as a .json file: one entity per line, told apart by their keys.
            with path.open("rb") as stream:
                yield from _lines(stream, str(path), None)
        elif name.endswith(".json"):
            data = path.read_bytes()
            if len(data) > MAX_LINE_BYTES:
                report.rejected.append(f"{path}: {len(data)} bytes, more than a document may have ({MAX_LINE_BYTES})")
                return
            yield _Line(str(path), None, data)
        else:
            with path.open("rb") as stream:
                yield from _lines(stream, str(path), _entity_from_name(name))
    except (OSError, tarfile.TarError, EOFError, ValueError) as error:
        message = f"{path}: cannot read: {error}"
        # Every pass reads every input: say it once.
        if message not in report.rejected:
            report.rejected.append(message)


def _json_lines(path: Path) -> bool:
    """Does this file hold JSON lines rather than one document? Its first line is a whole JSON object and
    another follows (a pretty-printed document's first line is a lone brace)."""
    with path.open("rb") as stream:
        first = stream.readline(MAX_LINE_BYTES + 1)
        if not first.rstrip().endswith(b"}") or not stream.read(4096).strip():
            return False
    try:
        return isinstance(orjson.loads(first), dict)
    except orjson.JSONDecodeError:
        return False


def _parse(line: _Line) -> list[tuple[str, str, Mapping[str, Any]]]:
    """The entities of one line or document, each with where it is and which entity it is: one, or the
    list a browse or search response holds."""
    if not line.raw:
        raise MusicBrainzError(f"longer than {MAX_LINE_BYTES} bytes")
    try:
        doc = orjson.loads(line.raw)
    except orjson.JSONDecodeError as error:  # also bytes that are not UTF-8
        raise MusicBrainzError(f"not JSON: {error}") from None
    if not isinstance(doc, dict):
        raise MusicBrainzError("expected a JSON object (one MusicBrainz entity)")
    if line.entity is None and (found := listed(doc)) is not None:
        listed_as, items = found
        key = next(k for k, v in LISTS.items() if v == listed_as)
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                raise MusicBrainzError(f"{key}[{i}]: expected an object")
        return [(f"{key}[{i}]: ", listed_as, item) for i, item in enumerate(items)]
    entity = line.entity or entity_kind(doc)
    if entity is None and isinstance(doc.get("error"), str):
        # What the web service answers for an unknown id or a bad request, saved as if it were the entity.
        raise MusicBrainzError(f"a MusicBrainz error response, not an entity: {doc['error'][:200]}")
    if entity is None:
        raise MusicBrainzError("not a recording, release, release group, work or artist (no key tells which)")
    return [("", entity, doc)]


def _maybe_video(line: _Line) -> bool:
    """Could this be a video recording? (Cheap: only such lines are parsed in the first pass.)"""
    return line.entity != "recording" or any(mark in line.raw for mark in _VIDEO_MARKS)


# --- the join index ---------------------------------------------------------------------------------------


class JoinIndex:
    """What recordings refer to, by MusicBrainz id, in a SQLite file that is deleted when closed.

    The first pass only writes (rows are held and inserted a few thousand at a time); the later passes only
    read, and keep the documents they decoded most recently: an artist is credited on many recordings, a
    release group holds a release's recordings, which come one after another.
    """

    def __init__(self) -> None:
        self._file = tempfile.NamedTemporaryFile(prefix="songgraph-mb-", suffix=".sqlite")  # noqa: SIM115
        # Used by the loader's worker thread after the first pass, never by two threads at once.
        self._db = sqlite3.connect(self._file.name, check_same_thread=False)
        # A scratch file: no journal, no syncs, no locking between statements (nothing else opens it), and a
        # page cache of its own of at most 16 MB (the works' pages are read in no order).
        self._db.executescript(
            """
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE;
            PRAGMA cache_size = -16384;
            CREATE TABLE work (id TEXT PRIMARY KEY, doc BLOB);
            CREATE TABLE artist (id TEXT PRIMARY KEY, doc BLOB);
            CREATE TABLE release_group (id TEXT PRIMARY KEY, doc BLOB);
            CREATE TABLE on_group (recording TEXT, release_group TEXT, PRIMARY KEY (recording, release_group))
                WITHOUT ROWID;
            CREATE TABLE video (id TEXT PRIMARY KEY, doc BLOB);
            -- A video is the music video of one recording (the first named), so no two songs claim it.
            CREATE TABLE video_of (video TEXT PRIMARY KEY, recording TEXT) WITHOUT ROWID;
            -- Works whose documents name a recording among their performances.
            CREATE TABLE work_of (recording TEXT, work TEXT, PRIMARY KEY (recording, work)) WITHOUT ROWID;
            -- Recordings already made songs by this import: the same recording is on many releases. (Only the
            -- tables of short rows are WITHOUT ROWID: a document is better kept apart from its key's b-tree.)
            CREATE TABLE done (id TEXT PRIMARY KEY) WITHOUT ROWID;
            """
        )
        # Rows not yet inserted, by statement. Whatever order two lists are flushed in, the index ends the
        # same: a REPLACE wins over any IGNORE, and within one list the order is the input's.
        self._held: dict[str, list[tuple[str | bytes, ...]]] = {}
        self._held_count = 0
        self._work = functools.lru_cache(maxsize=1024)(functools.partial(self._get, "work"))
        # An artist is looked up for every credit (seven a recording): most of a dump's credits go to its
        # busiest artists. 16,384 kept artists are some 20 MB.
        self._artist = functools.lru_cache(maxsize=16384)(functools.partial(self._get, "artist"))
        self._group = functools.lru_cache(maxsize=1024)(functools.partial(self._get, "release_group"))
        self._about_last: tuple[str, tuple[list[tuple[str, bytes | None]], ...]] | None = None

    def close(self) -> None:
        self._db.close()
        self._file.close()

    def commit(self) -> None:
        self._flush()
        # Looked up by these columns after the first pass: indexed once, after the rows are in.
        self._db.execute("CREATE INDEX IF NOT EXISTS video_of_recording ON video_of (recording)")
        self._db.commit()

    def _hold(self, statement: str, rows: Sequence[tuple[str | bytes, ...]]) -> None:
        self._held.setdefault(statement, []).extend(rows)
        self._held_count += len(rows)
        if self._held_count >= _HELD_ROWS:
            self._flush()

    def _flush(self) -> None:
        """Inserts the held rows; a read sees them, and no document decoded before them is kept."""
        if not self._held:
            return
        for statement, rows in self._held.items():
            self._db.executemany(statement, rows)
        self._held = {}
        self._held_count = 0
        for cache in (self._work, self._artist, self._group):
            cache.cache_clear()
        self._about_last = None

    def _read(self, query: str, *values: str) -> list[Any]:
        self._flush()
        return self._db.execute(query, values).fetchall()

    def _put(self, table: str, mbid: str, doc: Mapping[str, Any], replace: bool = True) -> None:
        verb = "REPLACE" if replace else "IGNORE"
        # Table names come from this class's own calls, never from input.
        self._hold(f"INSERT OR {verb} INTO {table} VALUES (?, ?)", [(mbid, orjson.dumps(doc))])

    def _get(self, table: str, mbid: str) -> Mapping[str, Any] | None:
        rows = self._read(f"SELECT doc FROM {table} WHERE id = ?", mbid)
        return orjson.loads(rows[0][0]) if rows else None

    def add_work(self, work: Mapping[str, Any], notes: Notes) -> None:
        summary, recordings = work_links(work, notes)
        self._put("work", summary["id"], summary)
        self._hold(
            "INSERT OR IGNORE INTO work_of VALUES (?, ?)", [(recording, summary["id"]) for recording in recordings]
        )

    def add_artist(self, artist: Mapping[str, Any]) -> None:
        keep = ("id", "name", "type", "disambiguation")
        doc = {k: artist.get(k) for k in keep}
        # Of an alias, only what a song's people keep (a shorter document to decode at every credit).
        aliases = artist.get("aliases")
        doc["aliases"] = (
            [{k: a.get(k) for k in _ALIAS_KEYS} if isinstance(a, dict) else a for a in aliases]
            if isinstance(aliases, list)
            else aliases
        )
        self._put("artist", mbid_of(artist), doc)

    def add_release_group(self, group: Mapping[str, Any], replace: bool = True) -> str:
        keep = ("id", "title", "primary-type", "secondary-types", "first-release-date", "artist-credit")
        mbid = mbid_of(group, "release-group.")
        self._put("release_group", mbid, {k: group.get(k) for k in keep}, replace)
        return mbid

    def add_release(self, release: Mapping[str, Any], notes: Notes) -> int:
        """Links the release's recordings to its release group and keeps its video recordings; returns how
        many recordings its tracks hold."""
        recordings = release_recordings(release, notes)
        count_relations(release, "release", notes)
        # A track whose recording has no valid id is reported when the songs are made (with where it is);
        # the release's other tracks are not held back by it.
        valid = [doc for _where, doc in recordings if isinstance(doc.get("id"), str) and _MBID.fullmatch(doc["id"])]
        group = release.get("release-group")
        if isinstance(group, dict):
            group_id = self.add_release_group(group, replace=False)
            self._hold("INSERT OR IGNORE INTO on_group VALUES (?, ?)", [(doc["id"].lower(), group_id) for doc in valid])
        elif recordings:
            notes.add("releases without their release group (fetch them with inc=release-groups)")
        for doc in valid:
            if doc.get("video") is True:
                # A video's own document says more than a release's track (fetched without its relationships).
                self.add_video(doc, replace=False)
        return len(recordings)

    def add_video(self, video: Mapping[str, Any], replace: bool = True) -> None:
        mbid = mbid_of(video)
        self._put("video", mbid, video, replace)
        for rel in video.get("relations") or []:
            if isinstance(rel, dict) and rel.get("type") == MUSIC_VIDEO and isinstance(rel.get("recording"), dict):
                other = rel["recording"]
                if other.get("video") is not True:
                    audio = mbid_of(other, "relations[].recording.")
                    self._hold("INSERT OR IGNORE INTO video_of VALUES (?, ?)", [(mbid, audio)])

    def first_time(self, recording: str) -> bool:
        """True the first time an import asks about ``recording``: it is made a song once."""
        self._flush()
        return self._db.execute("INSERT OR IGNORE INTO done VALUES (?)", (recording,)).rowcount == 1

    def performances_not_imported(self) -> int:
        """How many recordings the works name that no document of the import gave (they need their own)."""
        rows = self._read("SELECT count(DISTINCT recording) FROM work_of WHERE recording NOT IN (SELECT id FROM done)")
        return int(rows[0][0])

    def video_ids(self) -> Iterator[str]:
        for (mbid,) in self._read("SELECT id FROM video ORDER BY id"):
            yield mbid

    # The Lookup protocol of songgraph.ingest.musicbrainz (after the first pass: the index is complete, so a
    # document kept from an earlier lookup is still the one the file holds). Callers only read what they get.
    def work(self, mbid: str) -> Mapping[str, Any] | None:
        return self._work(mbid)

    def artist(self, mbid: str) -> Mapping[str, Any] | None:
        return self._artist(mbid)

    def video(self, mbid: str) -> Mapping[str, Any] | None:
        return self._get("video", mbid)

    def release_groups_of(self, recording: str) -> list[Mapping[str, Any]]:
        return [group for mbid, _doc in self._about(recording)[0] if (group := self._group(mbid)) is not None]

    def works_of(self, recording: str) -> list[Mapping[str, Any]]:
        # Mostly the works the recording's own relationships named a moment ago: those are kept decoded.
        return [work for mbid, _doc in self._about(recording)[1] if (work := self._work(mbid)) is not None]

    def videos_of(self, recording: str) -> list[Mapping[str, Any]]:
        return [orjson.loads(doc) for _mbid, doc in self._about(recording)[2] if doc is not None]

    def _about(self, recording: str) -> tuple[list[tuple[str, bytes | None]], ...]:
        """The release groups, works and videos of ``recording`` (each by id), in one statement: a song asks
        for all three, one after another."""
        if self._about_last is not None and self._about_last[0] == recording:
            return self._about_last[1]
        found: tuple[list[tuple[str, bytes | None]], ...] = ([], [], [])
        for kind, mbid, doc in self._read(_ABOUT, recording):
            found[kind].append((mbid, doc))
        for rows in found:
            rows.sort(key=_first)
        self._about_last = (recording, found)
        return found


def _first(row: tuple[str, bytes | None]) -> str:
    return row[0]


# --- the passes -------------------------------------------------------------------------------------------


async def _write_artists(
    db: Database, pending: Sequence[tuple[str, ArtistFacts]], report: MusicBrainzReport, written: WrittenPeople
) -> None:
    """A batch of artists in one transaction; if Neo4j refuses it, one by one, so only those at fault are lost."""
    try:
        await _write_people(db, [facts for _where, facts in pending], written)
        report.people_written += len(pending)
        return
    except WriteRejected as error:
        if len(pending) == 1:
            report.rejected.append(f"{pending[0][0]}: rejected by Neo4j, nothing from it was written: {error}")
            return
    for one in pending:
        await _write_artists(db, [one], report, written)


async def _write_people(db: Database, facts: Sequence[ArtistFacts], written: WrittenPeople) -> None:
    people = [row for fact in facts for row in people_rows(fact.people)]
    members = [row for fact in facts for row in _member_rows(fact)]

    async def work(tx: Transaction) -> None:
        for statement in bulk.people_facts(people, members):
            await tx.run(statement)

    # Whether each artist is new is not read first (an import writes thousands): the feed says "updated".
    described = [row["id"] for row in people if row["described"]]
    await unit_of_work.write(db, work, lambda _: updated(ChangeKind.PERSON, described))
    # The songs of the import describe these artists again, mostly alike: those rows need not be written.
    written.remember({row["id"]: described_digest(row) for row in people if row["described"]})


def _member_rows(facts: ArtistFacts) -> list[dict[str, Any]]:
    """``{group, member, position}`` rows of an artist's band memberships, as ``bulk.people_facts`` takes them."""
    return [
        {"group": group, "member": member, "position": position}
        for position, (group, member) in enumerate(facts.members)
    ]


def _first_pass(
    paths: Sequence[Path],
    index: JoinIndex,
    linked: Mapping[str, str],
    report: MusicBrainzReport,
    batch_size: int,
    kinds: dict[Path, set[str]],
) -> Iterator[list[tuple[str, ArtistFacts]]]:
    """Fills the index, and gives the artists in batches to be written; ``kinds`` learns which entities each
    input holds (the later passes read an input only if it holds what they look for)."""
    pending: list[tuple[str, ArtistFacts]] = []
    for path in paths:
        held = kinds.setdefault(path, set())
        for line in read_inputs(path, report):
            if line.entity is not None:
                held.add(line.entity)
            if not _maybe_video(line):
                continue
            try:
                documents = _parse(line)
            except MusicBrainzError as error:
                report.rejected.append(f"{line.where}: {error}")
                continue
            for where, entity, doc in documents:
                held.add(entity)
                try:
                    if entity == "artist":
                        at = f"{line.where}: {where.removesuffix(': ')}" if where else line.where
                        pending.append((at, artist_facts(doc, linked, report.notes)))
                        index.add_artist(doc)
                    elif entity == "work":
                        index.add_work(doc, report.notes)
                    elif entity == "release-group":
                        index.add_release_group(doc)
                        count_relations(doc, "release group", report.notes)
                    elif entity == "release":
                        index.add_release(doc, report.notes)
                    elif entity == "recording" and doc.get("video") is True:
                        mbid_of(doc)
                        index.add_video(doc)
                    else:
                        continue
                except MusicBrainzError as error:
                    report.rejected.append(f"{line.where}: {where}{error}")
                    continue
                report.read[entity] += 1
            if len(pending) >= batch_size:
                yield pending
                pending = []
    if pending:
        yield pending
    index.commit()


def _song(
    where: str,
    doc: Mapping[str, Any],
    index: JoinIndex,
    linked: Mapping[str, str],
    report: MusicBrainzReport,
    folded: set[str],
) -> SongDocument | None:
    try:
        mapped = recording_document(doc, index, linked, report.notes)
    except MusicBrainzError as error:
        report.rejected.append(f"{where}{error}")
        return None
    folded.update(mapped.videos)
    return mapped.document


def _recordings(
    paths: Sequence[Path],
    kinds: Mapping[Path, set[str]],
    index: JoinIndex,
    linked: Mapping[str, str],
    report: MusicBrainzReport,
    folded: set[str],
) -> Iterator[SongDocument]:
    """Audio recordings as songs, read lazily (the loader pulls them a batch at a time): first the recording
    documents and lines, then the recordings on releases' tracks that no recording document gave. Each
    recording becomes a song once, however many documents or releases carry it."""
    for path in paths:
        if "recording" not in kinds[path]:
            continue
        for line in read_inputs(path, report):
            if line.entity not in ("recording", None):
                continue
            video = any(mark in line.raw for mark in _VIDEO_MARKS)
            try:
                documents = _parse(line)
            except MusicBrainzError as error:
                if not video and line.entity is not None:
                    report.rejected.append(f"{line.where}: {error}")
                continue  # the first pass reported it (it reads every line it might be about)
            for where, entity, doc in documents:
                if entity != "recording" or doc.get("video") is True:
                    continue
                try:
                    first = index.first_time(mbid_of(doc))
                except MusicBrainzError as error:
                    report.rejected.append(f"{line.where}: {where}{error}")
                    continue
                report.read["recording"] += 1
                if not first:
                    report.notes.add("recordings given more than once (imported once)")
                    continue
                song = _song(f"{line.where}: {where}", doc, index, linked, report, folded)
                if song is not None:
                    yield song
    for path in paths:
        if "release" not in kinds[path]:
            continue
        for line in read_inputs(path, report):
            if line.entity not in ("release", None):
                continue
            try:
                documents = _parse(line)
            except MusicBrainzError:
                continue  # the first pass reported it
            for where, entity, doc in documents:
                if entity != "release":
                    continue
                try:
                    tracks = release_recordings(doc)
                except MusicBrainzError:
                    continue  # the first pass reported it
                for at, recording in tracks:
                    if recording.get("video") is True:
                        continue
                    try:
                        first = index.first_time(mbid_of(recording, at))
                    except MusicBrainzError as error:
                        report.rejected.append(f"{line.where}: {where}{error}")
                        continue
                    if not first:
                        continue
                    report.read["release track recording"] += 1
                    song = _song(f"{line.where}: {where}{at}", recording, index, linked, report, folded)
                    if song is not None:
                        yield song


def _lone_videos(
    index: JoinIndex, linked: Mapping[str, str], report: MusicBrainzReport, folded: set[str]
) -> Iterator[SongDocument]:
    for mbid in index.video_ids():
        if mbid in folded:
            report.folded_videos += 1
            continue
        doc = index.video(mbid)
        assert doc is not None
        try:
            yield recording_document(doc, index, linked, report.notes).document
        except MusicBrainzError as error:
            report.rejected.append(f"video recording {mbid}: {error}")


# --- reading and mapping, here or in a process of its own -----------------------------------------------------


@dataclass
class _Artists:
    """Artists to write, and the lines the reading rejected since its last message."""

    pending: list[tuple[str, ArtistFacts]]
    rejected: list[str]


@dataclass
class _Songs:
    rows: list[SongRows]
    rejected: list[str]


@dataclass
class _Read:
    """The reading is over: what it counted."""

    read: Counter[str]
    rejected: list[str]
    notes: Notes
    folded_videos: int
    skipped: set[tuple[Path, str]]
    performances_not_imported: int


@dataclass
class _Failed:
    trace: str


_Message = _Artists | _Songs | _Read


def _reading(paths: Sequence[Path], linked: Mapping[str, str], batch_size: int) -> Generator[_Message]:
    """The three passes' reading and mapping, as messages for the side that writes: artists in batches, then
    the songs' rows (recordings, then the videos no recording took as its music video), then the counts."""
    report = MusicBrainzReport()
    sent = 0

    def news() -> list[str]:
        nonlocal sent
        new, sent = report.rejected[sent:], len(report.rejected)
        return new

    index = JoinIndex()
    try:
        kinds: dict[Path, set[str]] = {}
        for pending in _first_pass(paths, index, linked, report, batch_size, kinds):
            yield _Artists(pending, news())
        folded: set[str] = set()
        chunk: list[SongRows] = []
        songs = _recordings(paths, kinds, index, linked, report, folded)
        # Lone videos only once every recording had its chance to take them (``folded`` is complete then).
        for doc in itertools.chain(songs, _lone_videos(index, linked, report, folded)):
            chunk.append(song_rows(doc))
            if len(chunk) >= _SONGS_PER_MESSAGE:
                yield _Songs(chunk, news())
                chunk = []
        missing = index.performances_not_imported()
        yield _Songs(chunk, news())
        yield _Read(report.read, news(), report.notes, report.folded_videos, report.skipped, missing)
    finally:
        index.close()


def _read_elsewhere(
    paths: list[Path], linked: dict[str, str], batch_size: int, messages: multiprocessing.Queue[_Message | _Failed]
) -> None:
    """A reading process: every message goes to ``messages`` (which holds a few: the reading waits for the
    writing). Stopped, or left alone by its importing process, it ends with its temporary index removed."""
    # Ctrl-C reaches the whole process group: the importing process handles it and stops this one.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The default SIGTERM ends a process without its ``finally`` blocks: the index's file would stay behind.
    signal.signal(signal.SIGTERM, lambda _signal, _frame: _stopping.set())
    parent = multiprocessing.parent_process()
    # The automatic collector costs the reading a quarter of its CPU: each decoded release line outlives a few
    # young collections while its tracks are mapped, so it is promoted and soon sets off a full collection over
    # the kept documents and checked people. The mapping makes next to no cycles (a few hundred objects in a
    # 100,000-recording import), so they are collected here now and then, which keeps memory bounded as well.
    gc.disable()
    try:
        try:
            with contextlib.closing(_reading(paths, linked, batch_size)) as reading:
                for count, message in enumerate(reading, start=1):
                    _send(messages, message, parent)
                    if count % _COLLECT_EVERY == 0:
                        gc.collect()
        except _Stopped:
            raise
        except BaseException:
            _send(messages, _Failed(traceback.format_exc()), parent)
    except _Stopped:
        # Messages not yet through the pipe are not waited for on the way out: nothing reads them any more.
        messages.cancel_join_thread()


def _send(
    messages: multiprocessing.Queue[_Message | _Failed],
    message: _Message | _Failed,
    parent: multiprocessing.process.BaseProcess | None,
) -> None:
    """Puts ``message`` once there is room; ``_Stopped`` if the reading was told to stop or the importing
    process ended meanwhile (killed, say), rather than waiting for it for ever."""
    while True:
        if _stopping.is_set() or (parent is not None and not parent.is_alive()):
            raise _Stopped
        try:
            messages.put(message, timeout=0.5)
            return
        except queue.Full:
            continue


class _Reader:
    """The reading side of an import, in a thread of this process or in a process of its own; ``next`` blocks
    (call it from an executor) and is never called twice at once."""

    def __init__(self, paths: Sequence[Path], linked: Mapping[str, str], batch_size: int, own_process: bool) -> None:
        self._process: multiprocessing.process.BaseProcess | None = None
        self._over = False
        if not own_process:
            self._messages = _reading(paths, linked, batch_size)
            return
        # Spawned, not forked: this process runs an event loop and the driver's connections.
        context = multiprocessing.get_context("spawn")
        self._queue: multiprocessing.Queue[_Message | _Failed] = context.Queue(maxsize=_MESSAGES_QUEUED)
        self._process = context.Process(
            target=_read_elsewhere, args=(list(paths), dict(linked), batch_size, self._queue), daemon=True
        )
        self._process.start()

    def next(self) -> _Message:
        if self._process is None:
            return next(self._messages)
        while True:
            try:
                message = self._queue.get(timeout=1.0)
            except queue.Empty:
                if not self._process.is_alive():
                    ended = f"the MusicBrainz reading process ended (exit code {self._process.exitcode})"
                    raise RuntimeError(ended) from None
                continue
            if isinstance(message, _Failed):
                raise RuntimeError(f"the MusicBrainz reading process failed:\n{message.trace}")
            self._over = isinstance(message, _Read)
            return message

    def close(self) -> None:
        if self._process is None:
            with contextlib.suppress(ValueError):  # still running in an executor thread: it ends with the run
                self._messages.close()
            return
        if self._over:
            # Its last message read: it is on its way out.
            self._process.join(timeout=10)
        if self._process.is_alive():
            # Asked to stop (it removes its index on the way out), then made to.
            self._process.terminate()
            self._process.join(timeout=10)
            if self._process.is_alive():
                self._process.kill()
        self._process.join()
        self._queue.close()
        self._queue.cancel_join_thread()


def _input_bytes(paths: Sequence[Path]) -> int:
    total = 0
    for path in paths:
        with contextlib.suppress(OSError):
            total += path.stat().st_size
        # (an unreadable input is reported by the reading)
    return total


def _songs_of(first: _Message, reader: _Reader, report: MusicBrainzReport, end: list[_Read]) -> Iterator[SongRows]:
    """The songs' rows as the reading sends them; its last message goes to ``end``."""
    message = first
    while isinstance(message, _Songs):
        report.rejected.extend(message.rejected)
        yield from message.rows
        message = reader.next()
    assert isinstance(message, _Read), "the reading sends every artist before any song"
    end.append(message)


async def import_musicbrainz(
    db: Database,
    paths: Sequence[Path],
    *,
    force: bool = False,
    batch_size: int = BATCH_SIZE,
    on_song: Callable[[object], None] | None = None,
    own_process: bool | None = None,
) -> MusicBrainzReport:
    """Import every MusicBrainz document under ``paths``; see the module's docstring for the passes.

    ``own_process``: read and map in a process of its own, so that this one only writes (by default, for
    inputs of ``READ_ELSEWHERE_BYTES`` or more: a dump; a process costs a second or two to start).
    """
    report = MusicBrainzReport()
    linked = {row["mbid"]: row["id"] for row in await db.read(linked_nodes())}
    if own_process is None:
        own_process = _input_bytes(paths) >= READ_ELSEWHERE_BYTES
    # What the run wrote of each person: a song describing an artist as the run last wrote them skips them.
    written = WrittenPeople()
    loop = asyncio.get_running_loop()
    reader = _Reader(paths, linked, batch_size, own_process)
    try:
        message = await loop.run_in_executor(None, reader.next)
        while isinstance(message, _Artists):
            report.rejected.extend(message.rejected)
            # The next batch is read while this one is written.
            following = loop.run_in_executor(None, reader.next)
            try:
                await _write_artists(db, message.pending, report, written)
            except DatabaseUnavailable as error:
                report.unavailable = str(error)
                await following
                return report
            message = await following
        end: list[_Read] = []
        report.songs = await load_rows(
            db,
            _songs_of(message, reader, report, end),
            force=force,
            batch_size=batch_size,
            on_song=on_song,
            people=written,
        )
        # The loader takes every song, even those it could not try (it counts them): the reading is over.
        (read,) = end
        report.unavailable = report.songs.unavailable
        _settle_reading(report, read)
    finally:
        reader.close()
    return report


def _settle_reading(report: MusicBrainzReport, read: _Read) -> None:
    report.read.update(read.read)
    report.rejected.extend(read.rejected)
    report.notes.left_out.update(read.notes.left_out)
    report.folded_videos += read.folded_videos
    report.skipped.update(read.skipped)
    if report.unavailable is None and read.performances_not_imported:
        report.notes.add(
            "recordings a work names as its performances, not in this import", read.performances_not_imported
        )


def import_musicbrainz_new_store(
    home: Path,
    paths: Sequence[Path],
    *,
    on_song: Callable[[object], None] | None = None,
    on_step: Callable[[str], None] | None = None,
    own_process: bool | None = None,
) -> MusicBrainzReport:
    """``import_musicbrainz`` into a new store built offline in ``home`` (``services.offline``): the same
    reading and mapping, the artists then the songs, gathered for Neo4j's importer instead of written."""
    report = MusicBrainzReport()
    store = NewStore(home)
    if own_process is None:
        own_process = _input_bytes(paths) >= READ_ELSEWHERE_BYTES
    # A new store links nothing yet: no node holds a MusicBrainz id.
    reader = _Reader(paths, {}, BATCH_SIZE, own_process)
    try:
        message = reader.next()
        while isinstance(message, _Artists):
            report.rejected.extend(message.rejected)
            for where, facts in message.pending:
                why = store.add_people(people_rows(facts.people), _member_rows(facts))
                if why is None:
                    report.people_written += 1
                else:
                    report.rejected.append(f"{where}: {why}")
            message = reader.next()
        end: list[_Read] = []
        for number, rows in enumerate(_songs_of(message, reader, report, end), start=1):
            source = document_source(number, rows.id)
            store.add_song(source, rows.id, song_image(rows))
            if on_song is not None:
                on_song(source)
        (read,) = end
        _settle_reading(report, read)
    except BaseException:
        store.close()
        raise
    finally:
        reader.close()
    built = store.build(on_step)
    report.songs = LoadReport(failed=built.failed, committed=built.committed)
    return report
