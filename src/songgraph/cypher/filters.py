"""The conditions of list filters (pure): a filter input in, WHERE conditions on the list's variable out.

The song conditions serve both the ``songs`` pages and the ``stats`` aggregations, so a filter means the
same set of songs wherever it is given. Values travel as parameters; labels and relationship types come
from closed enums.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from songgraph.cypher.builder import Builder
from songgraph.errors import BadUserInput
from songgraph.graph import Role
from songgraph.models import CertificationLevel
from songgraph.text import fold


def filter_of(arguments: Mapping[str, Any]) -> Mapping[str, Any]:
    """The ``filter`` argument as a mapping (absent or null: no conditions)."""
    value = arguments.get("filter") or {}
    return value if isinstance(value, Mapping) else {}


def _lower(value: str) -> str:
    # Genres and countries are stored as written; both sides are compared in lower case.
    return " ".join(value.split()).lower()


def _range(flt: Mapping[str, Any], low: str, high: str, field: str) -> None:
    if flt.get(low) is not None and flt.get(high) is not None and flt[low] > flt[high]:
        raise BadUserInput(f"{low} is after {high}", field)


def named(b: Builder, name: str, link: str, var: str) -> str:
    """Someone known by ``name`` (any spelling; case and accents ignored) is linked to ``var`` by ``link``
    (``-[:DIRECTED]->`` from the person, ``<-[:SAID_BY]-`` towards them)."""
    key = b.param(fold(name))
    return f"EXISTS {{ MATCH (:PersonName {{key: {key}}})-[:NAME_OF]->(:Person){link}({var}) }}"


def song_where(b: Builder, flt: Mapping[str, Any], var: str, field: str) -> list[str]:
    """Conditions on the song ``var`` for a ``SongFilter``; ``field`` names the filter in errors."""
    where: list[str] = []
    if flt.get("title") is not None:
        where.append(f"{var}.titleKey CONTAINS {b.param(fold(flt['title']))}")
    if flt.get("artist") is not None:
        where.append(named(b, flt["artist"], "-[:PERFORMED|FEATURED_ON]->", var))
    if flt.get("year") is not None:
        if flt.get("yearFrom") is not None or flt.get("yearTo") is not None:
            raise BadUserInput("give year, or a range with yearFrom/yearTo, not both", field)
        where.append(f"{var}.releaseYear = {b.param(flt['year'])}")
    if flt.get("yearFrom") is not None:
        where.append(f"{var}.releaseYear >= {b.param(flt['yearFrom'])}")
    if flt.get("yearTo") is not None:
        where.append(f"{var}.releaseYear <= {b.param(flt['yearTo'])}")
    _range(flt, "yearFrom", "yearTo", field)
    if flt.get("genre") is not None:
        genre, wanted = b.var("genre"), b.param(_lower(flt["genre"]))
        where.append(f"any({genre} IN coalesce({var}.genres, []) WHERE toLower({genre}) = {wanted})")
    if flt.get("album") is not None:
        where.append(f"EXISTS {{ MATCH ({var})-[:ON_ALBUM]->(:Album {{titleKey: {b.param(fold(flt['album']))}}}) }}")
    certification = flt.get("certification")
    if isinstance(certification, Mapping):
        where.append(_certified(b, certification, var))
    chart = flt.get("chart")
    if isinstance(chart, Mapping):
        where.append(_charted(b, chart, var, f"{field}.chart"))
    return where


def song_anchor(b: Builder, flt: Mapping[str, Any], var: str) -> str | None:
    """A pattern binding ``var`` to a superset of the filter's songs from an index seek, when the filter
    names something indexed (an artist, an album): a walk over the whole filter then starts from there,
    not from every song. The conditions of ``song_where`` still decide which songs count."""
    if flt.get("artist") is not None:
        key = b.param(fold(flt["artist"]))
        return f"(:PersonName {{key: {key}}})-[:NAME_OF]->(:Person)-[:PERFORMED|FEATURED_ON]->({var}:Song)"
    if flt.get("album") is not None:
        return f"({var}:Song)-[:ON_ALBUM]->(:Album {{titleKey: {b.param(fold(flt['album']))}}})"
    return None


def _certified(b: Builder, flt: Mapping[str, Any], var: str) -> str:
    """A certification of the song matching every condition given (any certification when none is)."""
    c = b.var("c")
    conditions = []
    if flt.get("country") is not None:
        conditions.append(f"toLower({c}.country) = {b.param(_lower(flt['country']))}")
    if flt.get("minLevel") is not None:
        rank = CertificationLevel[str(flt["minLevel"])].rank
        conditions.append(f"{c}.levelRank >= {b.param(rank)}")
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    return f"EXISTS {{ MATCH ({var})-[:CERTIFIED]->({c}:Certification){where} }}"


def _charted(b: Builder, flt: Mapping[str, Any], var: str, field: str) -> str:
    """A chart peak of the song matching every condition given: one peak, not one per condition."""
    c = b.var("c")
    conditions = []
    if flt.get("country") is not None:
        conditions.append(f"toLower({c}.country) = {b.param(_lower(flt['country']))}")
    if flt.get("chart") is not None:
        conditions.append(f"toLower({c}.chart) = {b.param(_lower(flt['chart']))}")
    for name, op in (("positionFrom", ">="), ("positionTo", "<=")):
        value = flt.get(name)
        if value is not None:
            if value < 1:
                raise BadUserInput(f"{name} must be 1 or more (1 is the top of a chart), got {value}", field)
            conditions.append(f"{c}.position {op} {b.param(value)}")
    _range(flt, "positionFrom", "positionTo", field)
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    return f"EXISTS {{ MATCH ({var})-[:PEAKED]->({c}:ChartPeak){where} }}"


def person_where(b: Builder, flt: Mapping[str, Any], var: str) -> list[str]:
    """Conditions on the person ``var`` for a ``PersonFilter``."""
    where: list[str] = []
    if flt.get("name") is not None:
        where.append(
            f"EXISTS {{ MATCH (k:PersonName)-[:NAME_OF]->({var}) WHERE k.key CONTAINS {b.param(fold(flt['name']))} }}"
        )
    if flt.get("role") is not None:
        role = Role[str(flt["role"])]
        target = "MusicVideo" if role.on_video else "Song"
        where.append(f"EXISTS {{ MATCH ({var})-[:{role.value}]->(:{target}) }}")
    return where
