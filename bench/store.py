"""Writing the synthetic catalogue into an empty store: every write of the benchmark goes through ``build_store``.

Until the project's bulk loader lands, this is a batched writer of its own: it takes the rows that
``songgraph.ingest.writes.song_statements`` builds for each song (ids, folded keys, positions) and
writes a batch of songs per transaction with one ``UNWIND`` statement per kind of fact, in the order
the per-song path uses (people first; everything else matches people and songs). It assumes an empty
store, which the benchmark guarantees by wiping first, so the per-song clean-up of old facts that
``song_statements`` does is left out.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.ingest.writes import song_statements
from songgraph.models import SongDocument

BATCH = 500

# Statements of the per-song path that already UNWIND one list: a batch concatenates the lists.
_LISTS = ("people", "rows")
# Statements of the per-song path that start with this header: a batch UNWINDs the songs first.
_SONG_HEADER = "MATCH (s:Song {id: $song})\nUNWIND $rows AS row\n"

_SONGS = "UNWIND $batch AS song MERGE (s:Song {id: song.id}) SET s += song"
_ALBUMS = """
UNWIND $batch AS b
MATCH (s:Song {id: b.song})
MERGE (a:Album {id: b.album.id})
SET a.title = b.album.title, a.titleKey = b.album.titleKey, a.searchText = b.album.titleKey,
    a.kind = coalesce(b.album.kind, a.kind), a.releaseDate = coalesce(b.album.releaseDate, a.releaseDate)
MERGE (s)-[:ON_ALBUM]->(a)
WITH a, b
UNWIND b.artists AS row
MATCH (p:Person {id: row.person})
MERGE (p)-[r:RELEASED]->(a)
SET r.position = row.position
"""
_VIDEOS = """
UNWIND $batch AS b
MATCH (s:Song {id: b.song})
CREATE (v:MusicVideo)-[:VIDEO_OF]->(s)
SET v = b.video
WITH v, b
CALL (v, b) {
  UNWIND b.directors AS row
  MATCH (p:Person {id: row.person})
  CREATE (p)-[:DIRECTED {position: row.position, sourcePage: row.sourcePage, sourceExcerpt: row.sourceExcerpt,
    sourceLine: row.sourceLine}]->(v)
}
CALL (v, b) {
  UNWIND b.cast AS row
  MATCH (p:Person {id: row.person})
  CREATE (p)-[:APPEARS_IN {role: row.role, position: row.position, sourcePage: row.sourcePage,
    sourceExcerpt: row.sourceExcerpt, sourceLine: row.sourceLine}]->(v)
}
"""


@dataclass(frozen=True)
class BuildReport:
    songs: int
    seconds: float
    transactions: int
    method: str


def _batched(statements: list[list[Statement]]) -> list[Statement]:
    """The statements of several songs as one statement per kind of fact, people first, then songs."""
    people: list[Any] = []
    people_cypher = ""
    songs: list[Any] = []
    grouped: dict[str, list[Any]] = {}
    for per_song in statements:
        for statement in per_song:
            params = dict(statement.params)
            keys = set(params)
            if keys == {"people"}:
                # The per-song people statement already UNWINDs its rows; the batch runs the very same text.
                people_cypher = statement.cypher
                people.extend(params["people"])
            elif keys == {"song"}:
                songs.append(params["song"])
            elif keys == {"rows"} and statement.cypher.lstrip().startswith("UNWIND $rows AS row"):
                grouped.setdefault(statement.cypher, []).extend(params["rows"])
            elif statement.cypher.lstrip().startswith(_SONG_HEADER) and keys == {"song", "rows"}:
                body = statement.cypher.lstrip()[len(_SONG_HEADER) :]
                if "$" in body:
                    raise ValueError(f"unexpected parameter in a per-song statement: {statement.cypher}")
                cypher = "UNWIND $batch AS b\nMATCH (s:Song {id: b.song})\nUNWIND b.rows AS row\n" + body
                grouped.setdefault(cypher, []).append(params)
            elif keys == {"song", "album", "artists"}:
                grouped.setdefault(_ALBUMS, []).append(params)
            elif keys == {"song", "video", "directors", "cast"}:
                grouped.setdefault(_VIDEOS, []).append(params)
            else:
                raise ValueError(f"the bench's batched writer does not know this statement: {statement.cypher}")
    found = [Statement(people_cypher, {"people": _distinct(people)}), Statement(_SONGS, {"batch": songs})]
    for cypher, rows in grouped.items():
        if cypher.lstrip().startswith("UNWIND $rows"):
            found.append(Statement(cypher, {"rows": _distinct(rows)}))
        else:
            found.append(Statement(cypher, {"batch": rows}))
    return found


def _distinct(rows: list[Any]) -> list[Any]:
    """Rows in first-seen order, each once: these statements MERGE and SET, so a repeated row changes nothing
    (a prolific person is named by many songs of a batch with the very same row)."""
    seen: dict[str, Any] = {}
    for row in rows:
        seen.setdefault(json.dumps(row, sort_keys=True, default=str), row)
    return list(seen.values())


def _chunks(documents: Iterable[SongDocument], size: int) -> Iterator[list[SongDocument]]:
    it = iter(documents)
    while chunk := list(islice(it, size)):
        yield chunk


async def build_store(db: Database, documents: Iterable[SongDocument], progress: bool = True) -> BuildReport:
    """Write ``documents`` (any iterable, read once as a stream) into an empty store.

    The one place the benchmark writes songs: switch it to the project's bulk loader when that exists.
    """
    start = time.perf_counter()
    songs = transactions = 0
    for chunk in _chunks(documents, BATCH):
        await db.write(_batched([song_statements(doc) for doc in chunk]))
        songs += len(chunk)
        transactions += 1
        if progress and transactions % 20 == 0:
            rate = songs / (time.perf_counter() - start)
            print(f"  ... {songs} songs written ({rate:.0f} songs/s)", flush=True)
    return BuildReport(
        songs=songs,
        seconds=time.perf_counter() - start,
        transactions=transactions,
        method=f"bench batched UNWIND writer, {BATCH} songs per transaction",
    )
