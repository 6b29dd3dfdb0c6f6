"""Batched writes of many songs at once (pure: builds text and parameters).

Each statement takes the rows of a whole batch and walks them with ``UNWIND``, so a batch costs a handful of
statements however many songs it holds. The rows are those the per-song statements of
``songgraph.ingest.writes`` send; for one song the effect on the graph is the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from songgraph.cypher.statement import Statement
from songgraph.graph import CREDIT_TYPES, SONG_ROLES, Role

UPSERT_PEOPLE = """
UNWIND $people AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.kind = row.kind, p.aliases = [], p.aliasKeys = []
SET p.nameKey = coalesce(p.nameKey, row.nameKey)
FOREACH (_ IN CASE WHEN row.described THEN [1] ELSE [] END |
  SET p.name = row.name, p.nameKey = row.nameKey, p.kind = row.kind,
      p.description = coalesce(row.description, p.description), p.mbid = coalesce(row.mbid, p.mbid),
      p.aliases = reduce(acc = p.aliases, a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + [a] END),
      p.aliasKeys = reduce(acc = p.aliasKeys, a IN row.aliasKeys | CASE WHEN a IN acc THEN acc ELSE acc + [a] END))
FOREACH (d IN CASE WHEN row.described THEN coalesce(row.aliasDetails, []) ELSE [] END |
  MERGE (p)-[:HAS_ALIAS]->(alias:Alias {key: d.key})
  SET alias.name = d.name, alias.locale = d.locale, alias.type = d.type, alias.primary = d.primary)
SET p.searchText = reduce(text = p.nameKey, a IN p.aliasKeys | text + ' | ' + a)
WITH p, row
UNWIND row.nameKeys AS key
MERGE (n:PersonName {key: key})
MERGE (n)-[:NAME_OF]->(p)
"""


@dataclass(frozen=True)
class SongRows:
    """What one song document writes, as parameter rows (built by ``ingest.writes.song_rows``)."""

    id: str
    people: list[dict[str, Any]]
    song: dict[str, Any]
    credits: dict[Role, list[dict[str, Any]]]
    album: dict[str, Any] | None
    video: dict[str, Any] | None
    introductions: list[dict[str, Any]]
    certifications: list[dict[str, Any]]
    chart_peaks: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    members: list[dict[str, Any]]


_NAME_PEOPLE = """
UNWIND $people AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.nameKey = row.nameKey, p.kind = row.kind, p.aliases = [], p.aliasKeys = [],
              p.searchText = row.nameKey
MERGE (n:PersonName {key: row.nameKey})
MERGE (n)-[:NAME_OF]->(p)
"""

_LOCK_SONGS = """
UNWIND $ids AS id
MATCH (s:Song {id: id})
SET s._lock = true
REMOVE s._lock
WITH s WHERE s.updatedBy IS NOT NULL
RETURN s.id AS id, s.updatedBy AS updatedBy
"""

_RELEASE_SONGS = """
UNWIND $ids AS id
MATCH (s:Song {id: id})
SET s.version = coalesce(s.version, 0) + 1, s.updatedBy = null, s.updatedAt = null
"""

# The song's own facts go; introductions only lose their link here, and are deleted afterwards if no song
# is left that they led to (another song of the same batch may link them again).
_UPSERT_SONGS = """
UNWIND $songs AS song
MERGE (s:Song {id: song.id})
SET s += song
WITH s
CALL (s) { MATCH (s)<-[c:CREDIT_TYPES]-() DELETE c }
CALL (s) { MATCH (s)-[:CERTIFIED|PEAKED]->(x) DETACH DELETE x }
CALL (s) { MATCH (s)<-[:ABOUT]-(q:Quote) DETACH DELETE q }
CALL (s) { MATCH (s)<-[:VIDEO_OF]-(v:MusicVideo) DETACH DELETE v }
CALL (s) { MATCH (s)-[a:ON_ALBUM]->() DELETE a }
CALL (s) {
  MATCH (s)<-[l:LED_TO]-(i:Introduction)
  DELETE l
  RETURN collect(i.id) AS unlinked
}
UNWIND unlinked AS id
RETURN DISTINCT id
""".replace("CREDIT_TYPES", CREDIT_TYPES)

_PROVENANCE = "sourcePage: row.sourcePage, sourceExcerpt: row.sourceExcerpt, sourceLine: row.sourceLine"

# One subquery per credit role: a relationship type cannot be a parameter, and these come from a closed enum.
_CREDIT = """
CALL (s, song) {{
  UNWIND song.{rel_type} AS row
  MATCH (p:Person {{id: row.person}})
  CREATE (p)-[:{rel_type} {{position: row.position, role: row.role, detail: row.detail, {provenance}}}]->(s)
}}"""

_FACTS = """
UNWIND $songs AS song
MATCH (s:Song {id: song.id})
CREDITS
CALL (s, song) {
  UNWIND song.albums AS row
  MERGE (a:Album {id: row.album.id})
  SET a.title = row.album.title, a.titleKey = row.album.titleKey, a.searchText = row.album.titleKey,
      a.kind = coalesce(row.album.kind, a.kind), a.releaseDate = coalesce(row.album.releaseDate, a.releaseDate),
      a.mbid = coalesce(row.album.mbid, a.mbid)
  MERGE (s)-[:ON_ALBUM]->(a)
  WITH a, row
  UNWIND row.artists AS artist
  MATCH (p:Person {id: artist.person})
  MERGE (p)-[r:RELEASED]->(a)
  SET r.position = artist.position
}
CALL (s, song) {
  UNWIND song.videos AS video
  CREATE (v:MusicVideo)-[:VIDEO_OF]->(s)
  SET v = video.video
  WITH v, video
  CALL (v, video) {
    UNWIND video.directors AS row
    MATCH (p:Person {id: row.person})
    CREATE (p)-[:DIRECTED {position: row.position, PROVENANCE}]->(v)
  }
  CALL (v, video) {
    UNWIND video.cast AS row
    MATCH (p:Person {id: row.person})
    CREATE (p)-[:APPEARS_IN {role: row.role, position: row.position, PROVENANCE}]->(v)
  }
}
CALL (s, song) {
  UNWIND song.introductions AS row
  MERGE (i:Introduction {id: row.id})
  SET i.occasion = row.occasion, i.year = row.year, i.outcome = row.outcome
  // Shared by every song it led to: a file without provenance keeps the page's.
  SET i.sourcePage = coalesce(row.sourcePage, i.sourcePage),
      i.sourceExcerpt = coalesce(row.sourceExcerpt, i.sourceExcerpt),
      i.sourceLine = coalesce(row.sourceLine, i.sourceLine)
  MERGE (i)-[:LED_TO]->(s)
  WITH i, row
  MATCH (by:Person {id: row.introducer})
  MERGE (by)-[:MADE_INTRODUCTION]->(i)
  WITH i, row
  UNWIND range(0, size(row.introduced) - 1) AS k
  MATCH (p:Person {id: row.introduced[k]})
  MERGE (i)-[r:INTRODUCES]->(p)
  SET r.position = k
}
CALL (s, song) {
  UNWIND song.certifications AS row
  CREATE (s)-[:CERTIFIED]->(c:Certification)
  SET c = row
}
CALL (s, song) {
  UNWIND song.chartPeaks AS row
  CREATE (s)-[:PEAKED]->(c:ChartPeak)
  SET c = row
}
CALL (s, song) {
  UNWIND song.quotes AS row
  MATCH (p:Person {id: row.speaker})
  CREATE (q:Quote {id: row.id, text: row.text, source: row.source, year: row.year, position: row.position,
    PROVENANCE})
  CREATE (q)-[:ABOUT]->(s)
  CREATE (q)-[:SAID_BY]->(p)
}
CALL (song) {
  UNWIND song.members AS row
  MATCH (g:Person {id: row.group}), (m:Person {id: row.member})
  MERGE (m)-[r:MEMBER_OF]->(g)
  SET r.position = row.position
}
""".replace(
    "CREDITS", "".join(_CREDIT.format(rel_type=role.value, provenance=_PROVENANCE) for role in SONG_ROLES)
).replace("PROVENANCE", _PROVENANCE)

_DROP_ORPHAN_INTRODUCTIONS = """
UNWIND $ids AS id
MATCH (i:Introduction {id: id})
WHERE NOT EXISTS { (i)-[:LED_TO]->() }
DETACH DELETE i
"""


def lock_songs(ids: Sequence[str]) -> Statement:
    """Write-locks the songs of a batch that exist; rows ``{id, updatedBy}`` for those edited through the API."""
    return Statement(_LOCK_SONGS, {"ids": list(ids)})


def release_songs(ids: Sequence[str]) -> Statement:
    """The songs no longer count as edited through the API (their files replaced them)."""
    return Statement(_RELEASE_SONGS, {"ids": list(ids)})


def people(batch: Sequence[SongRows]) -> list[Statement]:
    """Every person the batch names: the descriptions in song order, then the bare names, each once.

    A name a file uses without describing the person changes nothing once the person exists (every person
    has a ``nameKey``), so it only needs creating if missing; the simpler statement avoids the described
    rows' read-then-write of aliases, which makes Neo4j materialise every row.
    """
    described: list[dict[str, Any]] = []
    bare: dict[tuple[str, str], dict[str, Any]] = {}
    for song in batch:
        for row in song.people:
            if row["described"]:
                described.append(row)
            else:
                bare.setdefault((row["id"], row["name"]), row)
    statements = []
    if described:
        statements.append(Statement(UPSERT_PEOPLE, {"people": described}))
    if bare:
        statements.append(Statement(_NAME_PEOPLE, {"people": list(bare.values())}))
    return statements


_MEMBERS = """
UNWIND $rows AS row
MATCH (g:Person {id: row.group}), (m:Person {id: row.member})
MERGE (m)-[r:MEMBER_OF]->(g)
SET r.position = row.position
"""


def people_facts(people: Sequence[dict[str, Any]], members: Sequence[dict[str, Any]]) -> list[Statement]:
    """People described outside any song (``writes.people_rows``), then ``{group, member, position}`` rows."""
    statements = [Statement(UPSERT_PEOPLE, {"people": list(people)})] if people else []
    if members:
        statements.append(Statement(_MEMBERS, {"rows": list(members)}))
    return statements


def upsert_songs(batch: Sequence[SongRows]) -> Statement:
    """Creates or updates the songs and clears their own facts; rows ``{id}``: introductions that lost a link."""
    return Statement(_UPSERT_SONGS, {"songs": [song.song for song in batch]})


def facts(batch: Sequence[SongRows]) -> Statement:
    """Credits, album, video, introductions, certifications, chart peaks, quotes and members of the batch."""
    songs = []
    for song in batch:
        row: dict[str, Any] = {role.value: song.credits.get(role, []) for role in SONG_ROLES}
        row.update(
            id=song.id,
            albums=[song.album] if song.album is not None else [],
            videos=[song.video] if song.video is not None else [],
            introductions=song.introductions,
            certifications=song.certifications,
            chartPeaks=song.chart_peaks,
            quotes=song.quotes,
            members=song.members,
        )
        songs.append(row)
    return Statement(_FACTS, {"songs": songs})


def drop_orphan_introductions(ids: Sequence[str]) -> Statement:
    """Deletes those of the introductions ``ids`` that no longer led to any song."""
    return Statement(_DROP_ORPHAN_INTRODUCTIONS, {"ids": list(ids)})
