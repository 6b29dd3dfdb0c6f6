"""Counts over the songs of a filter (pure): one statement for the whole ``stats`` field.

Each selected aggregation is a ``CALL`` subquery of its own over the same filtered songs, so only what is
selected is computed. Without a filter the planner starts where the graph already keeps the answer's
shape: the count store for ``songCount``, the release-year index for ``songsPerYear``, the relationship
type for the credits and certifications. Rankings break ties by name, then id, so equal counts come back
in a stable order; the people of a ranking are projected after its LIMIT.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from songgraph.cypher.builder import Builder
from songgraph.cypher.filters import filter_of, song_anchor, song_where
from songgraph.cypher.paging import MAX_PAGE_SIZE
from songgraph.cypher.projection import NESTED_LIST_LIMIT, Projector
from songgraph.cypher.selection import Field, fields_for
from songgraph.cypher.statement import Statement
from songgraph.errors import BadUserInput
from songgraph.graph import CREDIT_TYPES, Role

SONG = "song"
DEFAULT_RANKING = 10


def _first(f: Field, default: int = DEFAULT_RANKING) -> int:
    value = f.arguments.get("first")
    number = default if value is None else int(value)
    if not 1 <= number <= MAX_PAGE_SIZE:
        raise BadUserInput(f"first must be between 1 and {MAX_PAGE_SIZE}, got {number}", f"{f.key}.first")
    return number


def _credit_pattern(role: str | None, person: str) -> str:
    """From the song to ``person``: the credit itself, or the song's video for the video roles."""
    if role is None:
        return f"<-[:{CREDIT_TYPES}]-({person}:Person)"
    member = Role[role]
    if member.on_video:
        return f"<-[:VIDEO_OF]-(:MusicVideo)<-[:{member.value}]-({person}:Person)"
    return f"<-[:{member.value}]-({person}:Person)"


class _Stats:
    def __init__(self, b: Builder, where: list[str], anchor: str | None) -> None:
        self.b = b
        self.projector = Projector(b)
        self.where = where
        self.anchor = anchor

    def songs(self, extra: str = "", where: tuple[str, ...] = ()) -> str:
        """``MATCH`` of the filtered songs as ``song``, with ``extra`` pattern continuing from it."""
        conditions = [*self.where, *where]
        condition = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        start = f"MATCH {self.anchor} WITH DISTINCT {SONG} " if self.anchor else ""
        # Over the whole graph, a walk along a relationship only songs have (credits, certifications)
        # may start from that relationship type's index instead of from every song.
        label = "" if extra and not start and not conditions else ":Song"
        return f"{start}MATCH ({SONG}{label}){extra}{condition}"

    def song_count(self, f: Field, out: str) -> str:
        return f"{self.songs()} RETURN count({SONG}) AS {out}"

    def songs_per_year(self, f: Field, out: str) -> str:
        year, count = self.b.var("year"), self.b.var("count")
        row = self.projector.project("YearSongCount", {"key": year, "count": count}, f.selections)
        return (
            f"{self.songs(where=(f'{SONG}.releaseYear IS NOT NULL',))} "
            f"WITH {SONG}.releaseYear AS {year}, count({SONG}) AS {count} "
            f"ORDER BY {year} LIMIT {NESTED_LIST_LIMIT} RETURN collect({row}) AS {out}"
        )

    def genres(self, f: Field, out: str) -> str:
        genre, count = self.b.var("genre"), self.b.var("count")
        row = self.projector.project("GenreSongCount", {"key": genre, "count": count}, f.selections)
        return (
            f"{self.songs()} UNWIND coalesce({SONG}.genres, []) AS {genre} "
            f"WITH {genre}, count(DISTINCT {SONG}) AS {count} "
            f"ORDER BY {count} DESC, {genre} LIMIT {self.b.param(_first(f))} RETURN collect({row}) AS {out}"
        )

    def most_credited(self, f: Field, out: str) -> str:
        role = f.arguments.get("role")
        person, count = self.b.var("person"), self.b.var("count")
        row = self.projector.project("PersonSongCount", {"person": person, "count": count}, f.selections)
        credit = _credit_pattern(None if role is None else str(role), person)
        return (
            f"{self.songs(credit)} WITH {person}, count(DISTINCT {SONG}) AS {count} "
            f"ORDER BY {count} DESC, {person}.nameKey, {person}.id LIMIT {self.b.param(_first(f))} "
            f"RETURN collect({row}) AS {out}"
        )

    def most_collaborators(self, f: Field, out: str) -> str:
        person, other, count = self.b.var("person"), self.b.var("other"), self.b.var("count")
        row = self.projector.project("PersonCollaboratorCount", {"person": person, "count": count}, f.selections)
        return (
            f"{self.songs(f'<-[:{CREDIT_TYPES}]-({person}:Person)')} "
            f"MATCH ({SONG})<-[:{CREDIT_TYPES}]-({other}:Person) WHERE {other} <> {person} "
            f"WITH {person}, count(DISTINCT {other}) AS {count} "
            f"ORDER BY {count} DESC, {person}.nameKey, {person}.id LIMIT {self.b.param(_first(f))} "
            f"RETURN collect({row}) AS {out}"
        )

    def certifications_per_country(self, f: Field, out: str) -> str:
        cert, country, count, songs = (self.b.var(x) for x in ("cert", "country", "count", "songs"))
        scope = {"key": country, "count": count, "songs": songs}
        row = self.projector.project("CountryCertificationCount", scope, f.selections)
        return (
            f"{self.songs(f'-[:CERTIFIED]->({cert}:Certification)')} "
            f"WITH {cert}.country AS {country}, count({cert}) AS {count}, count(DISTINCT {SONG}) AS {songs} "
            f"ORDER BY {count} DESC, {country} LIMIT {self.b.param(_first(f, 50))} RETURN collect({row}) AS {out}"
        )


_AGGREGATES: dict[str, Callable[[_Stats, Field, str], str]] = {
    "songCount": _Stats.song_count,
    "songsPerYear": _Stats.songs_per_year,
    "genres": _Stats.genres,
    "mostCredited": _Stats.most_credited,
    "mostCollaborators": _Stats.most_collaborators,
    "certificationsPerCountry": _Stats.certifications_per_country,
}
# Fields without arguments are read by name; the others by response key, as each alias has its own.
_BY_NAME = {"songCount", "songsPerYear"}


def stats(f: Field) -> Statement:
    """``{key: value}`` for every selected aggregation of ``SongStats`` over the songs of ``filter``."""
    b = Builder()
    flt = filter_of(f.arguments)
    aggregates = _Stats(b, song_where(b, flt, SONG, f"{f.key}.filter"), song_anchor(b, flt, SONG))
    calls: list[str] = []
    entries: dict[str, str] = {}
    for item in fields_for(f.selections, ("SongStats",)):
        if item.name not in _AGGREGATES:
            continue  # __typename and the like are answered by GraphQL itself.
        key = item.name if item.name in _BY_NAME else item.key
        if key in entries:
            # The same field under one key (repeated, or in two fragments): one computation, selections merged.
            continue
        value = b.var("agg")
        merged = Field(item.name, item.alias, item.arguments, _selections_under(f, item.name, key))
        calls.append(f"CALL () {{ {_AGGREGATES[item.name](aggregates, merged, value)} }}")
        entries[key] = value
    body = " ".join(calls) if calls else "WITH 1 AS nothing"
    projected = "{" + ", ".join(f"`{key}`: {value}" for key, value in entries.items()) + "}"
    return Statement(f"{body} RETURN {projected} AS result", b.params)


def _selections_under(f: Field, name: str, key: str) -> tuple[Any, ...]:
    """Every sub-selection of the fields that share ``key``, so that each is projected."""
    found: list[Any] = []
    for item in fields_for(f.selections, ("SongStats",)):
        if item.name == name and (item.name if item.name in _BY_NAME else item.key) == key:
            found.extend(item.selections)
    return tuple(found)
