"""A song document as the Cypher statements that put it in the graph (pure: builds text and parameters).

Loading is idempotent: the song's own facts (credits, video, certifications, chart peaks, quotes, album
link, introductions it led to) are cleared and written again, while shared nodes (people, albums,
introductions) are merged by id. Running the same statements twice leaves the same graph.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from songgraph.cypher.bulk import UPSERT_PEOPLE, SongRows
from songgraph.cypher.statement import Statement
from songgraph.graph import CREDIT_TYPES, Role
from songgraph.models import (
    ArtistKind,
    CertificationEntry,
    ChartPeakEntry,
    CreditRole,
    PersonEntry,
    SongDocument,
    Source,
)
from songgraph.text import fold, slug

_UPSERT_SONG = """
MERGE (s:Song {id: $song.id})
SET s += $song
WITH s
CALL (s) { MATCH (s)<-[c:CREDIT_TYPES]-() DELETE c }
CALL (s) { MATCH (s)-[:CERTIFIED|PEAKED]->(x) DETACH DELETE x }
CALL (s) { MATCH (s)<-[:ABOUT]-(q:Quote) DETACH DELETE q }
CALL (s) { MATCH (s)<-[:VIDEO_OF]-(v:MusicVideo) DETACH DELETE v }
CALL (s) { MATCH (s)-[a:ON_ALBUM]->() DELETE a }
CALL (s) {
  MATCH (s)<-[l:LED_TO]-(i:Introduction)
  DELETE l
  WITH i WHERE NOT EXISTS { (i)-[:LED_TO]->() }
  DETACH DELETE i
}
""".replace("CREDIT_TYPES", CREDIT_TYPES)

# One statement per credit role: a relationship type cannot be a parameter, and these come from a closed enum.
_CREDIT = """
MATCH (s:Song {{id: $song}})
UNWIND $rows AS row
MATCH (p:Person {{id: row.person}})
CREATE (p)-[:{rel_type} {{position: row.position, role: row.role, detail: row.detail, sourcePage: row.sourcePage,
  sourceExcerpt: row.sourceExcerpt, sourceLine: row.sourceLine}}]->(s)
"""

_ALBUM = """
MATCH (s:Song {id: $song})
MERGE (a:Album {id: $album.id})
SET a.title = $album.title, a.titleKey = $album.titleKey, a.searchText = $album.titleKey,
    a.kind = coalesce($album.kind, a.kind), a.releaseDate = coalesce($album.releaseDate, a.releaseDate),
    a.mbid = coalesce($album.mbid, a.mbid)
MERGE (s)-[:ON_ALBUM]->(a)
WITH a
UNWIND $artists AS row
MATCH (p:Person {id: row.person})
MERGE (p)-[r:RELEASED]->(a)
SET r.position = row.position
"""

_VIDEO = """
MATCH (s:Song {id: $song})
CREATE (v:MusicVideo)-[:VIDEO_OF]->(s)
SET v = $video
WITH v
CALL (v) {
  UNWIND $directors AS row
  MATCH (p:Person {id: row.person})
  CREATE (p)-[:DIRECTED {position: row.position, sourcePage: row.sourcePage, sourceExcerpt: row.sourceExcerpt,
    sourceLine: row.sourceLine}]->(v)
}
CALL (v) {
  UNWIND $cast AS row
  MATCH (p:Person {id: row.person})
  CREATE (p)-[:APPEARS_IN {role: row.role, position: row.position, sourcePage: row.sourcePage,
    sourceExcerpt: row.sourceExcerpt, sourceLine: row.sourceLine}]->(v)
}
"""

_INTRODUCTIONS = """
MATCH (s:Song {id: $song})
UNWIND $rows AS row
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
"""

_CERTIFICATIONS = """
MATCH (s:Song {id: $song})
UNWIND $rows AS row
CREATE (s)-[:CERTIFIED]->(c:Certification)
SET c = row
"""

_CHART_PEAKS = """
MATCH (s:Song {id: $song})
UNWIND $rows AS row
CREATE (s)-[:PEAKED]->(c:ChartPeak)
SET c = row
"""

_QUOTES = """
MATCH (s:Song {id: $song})
UNWIND $rows AS row
MATCH (p:Person {id: row.speaker})
CREATE (q:Quote {id: row.id, text: row.text, source: row.source, year: row.year, position: row.position,
  sourcePage: row.sourcePage, sourceExcerpt: row.sourceExcerpt, sourceLine: row.sourceLine})
CREATE (q)-[:ABOUT]->(s)
CREATE (q)-[:SAID_BY]->(p)
"""

_MEMBERS = """
UNWIND $rows AS row
MATCH (g:Person {id: row.group}), (m:Person {id: row.member})
MERGE (m)-[r:MEMBER_OF]->(g)
SET r.position = row.position
"""


class _People:
    """Resolves the names a file uses (names or aliases from its ``people:`` section) to person ids."""

    def __init__(self, entries: list[PersonEntry]) -> None:
        self._by_spelling: dict[str, PersonEntry] = {}
        for entry in entries:
            for spelling in (entry.name, *entry.aliases):
                self._by_spelling[fold(spelling)] = entry
        self.rows: dict[str, dict[str, Any]] = {}
        for entry in entries:
            self.rows[entry.key] = {
                "id": entry.key,
                "name": entry.name,
                "nameKey": fold(entry.name),
                "kind": entry.kind.value,
                "described": True,
                "description": entry.description,
                "aliases": list(entry.aliases),
                "aliasKeys": [fold(alias) for alias in entry.aliases],
                "nameKeys": sorted({fold(entry.name), *(fold(alias) for alias in entry.aliases)}),
                "mbid": entry.mbid,
                "aliasDetails": [
                    {"key": f"{alias.name}|{alias.locale or ''}", **alias.model_dump()} for alias in entry.alias_details
                ],
            }

    def ref(self, name: str) -> str:
        entry = self._by_spelling.get(fold(name))
        if entry is not None:
            return entry.key
        key = slug(name)
        self.rows.setdefault(
            key,
            {
                "id": key,
                "name": name,
                "nameKey": fold(name),
                "kind": ArtistKind.PERSON.value,
                "described": False,
                "description": None,
                "aliases": [],
                "aliasKeys": [],
                "nameKeys": [fold(name)],
            },
        )
        return key

    def positions(
        self,
        names: list[str],
        sources: Mapping[tuple[CreditRole, str], Source] | None = None,
        role: CreditRole | None = None,
    ) -> list[dict[str, Any]]:
        """Rows ``{person, position}`` in file order, each person once, with the provenance of the credit if known."""
        ids = list(dict.fromkeys(self.ref(name) for name in names))
        found = sources or {}
        return [
            {"person": person, "position": index, **source_props(found.get((role, person)) if role else None)}
            for index, person in enumerate(ids)
        ]


def people_rows(entries: list[PersonEntry]) -> list[dict[str, Any]]:
    """The rows that describe ``entries`` outside any song (an imported artist), as ``bulk.people_facts`` takes."""
    return list(_People(entries).rows.values())


def source_props(source: Source | None) -> dict[str, Any]:
    """Provenance as the properties a fact's node or relationship carries (all null for a data file)."""
    return {
        "sourcePage": source.page if source else None,
        "sourceExcerpt": source.excerpt if source else None,
        "sourceLine": source.line if source else None,
    }


def title_props(title: str) -> dict[str, Any]:
    """A song's title and the keys derived from it (lookups and search)."""
    return {"title": title, "titleKey": fold(title), "searchText": fold(title)}


def release_props(date: dt.date | None) -> dict[str, Any]:
    return {"releaseDate": date, "releaseYear": date.year if date else None}


def video_props(
    song: str, release_date: dt.date | None, views: int | None, likes: int | None, stats_as_of: str | None
) -> dict[str, Any]:
    return {
        "id": f"{song}--video",
        "releaseDate": release_date,
        "views": views,
        "likes": likes,
        "statsAsOf": stats_as_of,
    }


def certification_row(song: str, cert: CertificationEntry, position: int) -> dict[str, Any]:
    # A country whose name has no letters or digits for a slug still needs an id of its own.
    return {
        "id": f"{song}--cert--{slug(cert.country) or fold(cert.country)}",
        "country": cert.country,
        "level": cert.level.value,
        "levelRank": cert.level.rank,
        "multiplier": cert.multiplier,
        "body": cert.body,
        "position": position,
        **source_props(cert.source),
    }


def chart_peak_row(song: str, peak: ChartPeakEntry, ordinal: int) -> dict[str, Any]:
    return {
        "id": f"{song}--peak--{ordinal}",
        "country": peak.country,
        "chart": peak.chart,
        "position": peak.position,
        "ordinal": ordinal,
        **source_props(peak.source),
    }


def introduction_id(introducer: str, introduced: list[str]) -> str:
    """The same introduction named in two song files is one node that led to both songs."""
    return "--".join([introducer, *sorted(introduced)])


def song_rows(doc: SongDocument) -> SongRows:
    """Every row that writes ``doc``: what both the per-song statements and the batched ones send."""
    people = _People(doc.people)
    song = doc.key
    sources = {(c.role, people.ref(c.person)): c.source for c in doc.credit_sources}
    credits = {
        Role.ARTIST: people.positions(doc.artists, sources, CreditRole.ARTIST),
        Role.FEATURED_ARTIST: people.positions(doc.featured_artists, sources, CreditRole.FEATURED_ARTIST),
        Role.WRITER: people.positions(doc.writers, sources, CreditRole.WRITER),
        Role.PRODUCER: people.positions(doc.producers, sources, CreditRole.PRODUCER),
        # One person may hold several (guitar and vocals): one row each, in document order.
        Role.OTHER: [
            {
                "person": people.ref(credit.person),
                "position": index,
                "role": credit.role,
                "detail": credit.detail,
                **source_props(credit.source),
            }
            for index, credit in enumerate(doc.other_credits)
        ],
    }
    album_row: dict[str, Any] | None = None
    if doc.album is not None:
        album = doc.album
        album_row = {
            "album": {
                "id": album.key,
                "title": album.title,
                "titleKey": fold(album.title),
                "kind": album.kind,
                "releaseDate": album.release_date,
                "mbid": album.mbid,
            },
            "artists": people.positions(album.artists),
        }

    video_row: dict[str, Any] | None = None
    if doc.music_video is not None:
        video = doc.music_video
        video_row = {
            "video": {
                **video_props(song, video.release_date, video.views, video.likes, video.stats_as_of),
                "mbid": video.mbid,
            },
            "directors": people.positions(video.directors, sources, CreditRole.DIRECTOR),
            "cast": [
                {
                    "person": people.ref(member.person),
                    "role": member.role,
                    "position": index,
                    **source_props(member.source),
                }
                for index, member in enumerate(video.cast)
            ],
        }

    introductions = []
    for intro in doc.introductions:
        introducer = people.ref(intro.introducer)
        introduced = [people.ref(name) for name in intro.introduced]
        introductions.append(
            {
                "id": introduction_id(introducer, introduced),
                "introducer": introducer,
                "introduced": introduced,
                "occasion": intro.occasion,
                "year": intro.year,
                "outcome": intro.outcome,
                **source_props(intro.source),
            }
        )

    quotes = [
        {
            "id": f"{song}--quote--{index}",
            "speaker": people.ref(quote.speaker),
            "text": quote.text,
            "source": quote.source,
            "year": quote.year,
            "position": index,
            **source_props(quote.provenance),
        }
        for index, quote in enumerate(doc.quotes)
    ]
    members = [
        {"group": entry.key, "member": people.ref(member), "position": index}
        for entry in doc.people
        for index, member in enumerate(entry.members)
    ]
    song_props = {
        "id": song,
        **title_props(doc.title),
        **release_props(doc.release_date),
        "genres": list(doc.genres),
        "summary": doc.summary,
        "addedBy": doc.added_by,
        **source_props(doc.source),
        "mbid": doc.mbid,
        "length": doc.length,
    }
    return SongRows(
        id=song,
        # Read last: every reference above may have added an undescribed person.
        people=list(people.rows.values()),
        song=song_props,
        credits={role: rows for role, rows in credits.items() if rows},
        album=album_row,
        video=video_row,
        introductions=introductions,
        certifications=[certification_row(song, cert, index) for index, cert in enumerate(doc.certifications)],
        chart_peaks=[chart_peak_row(song, peak, index) for index, peak in enumerate(doc.chart_peaks)],
        quotes=quotes,
        members=members,
    )


def song_statements(doc: SongDocument) -> list[Statement]:
    """Every statement that writes ``doc``, to run in order inside one write transaction."""
    rows = song_rows(doc)
    song = rows.id
    later: list[Statement] = [
        Statement(_CREDIT.format(rel_type=role.value), {"song": song, "rows": credit_rows})
        for role, credit_rows in rows.credits.items()
    ]
    if rows.album is not None:
        later.append(Statement(_ALBUM, {"song": song, **rows.album}))
    if rows.video is not None:
        later.append(Statement(_VIDEO, {"song": song, **rows.video}))
    if rows.introductions:
        later.append(Statement(_INTRODUCTIONS, {"song": song, "rows": rows.introductions}))
    if rows.certifications:
        later.append(Statement(_CERTIFICATIONS, {"song": song, "rows": rows.certifications}))
    if rows.chart_peaks:
        later.append(Statement(_CHART_PEAKS, {"song": song, "rows": rows.chart_peaks}))
    if rows.quotes:
        later.append(Statement(_QUOTES, {"song": song, "rows": rows.quotes}))
    if rows.members:
        later.append(Statement(_MEMBERS, {"rows": rows.members}))
    # People first: every later statement MATCHes the people it links, so all must exist by then.
    return [
        Statement(UPSERT_PEOPLE, {"people": rows.people}),
        Statement(_UPSERT_SONG, {"song": rows.song}),
        *later,
    ]
