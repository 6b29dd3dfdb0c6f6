"""The parameter rows a song document's facts become (pure): people by id, properties, fact ids.

``cypher.write.facts`` assembles them per fact kind; curation edits build single facts with the same
functions, so a fact written by an edit and one loaded from a file look alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from songgraph.models import (
    ArtistKind,
    AwardEntry,
    CertificationEntry,
    ChartPeakEntry,
    CreditRole,
    PersonEntry,
    Source,
)
from songgraph.text import fold, slug


class People:
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
    return list(People(entries).rows.values())


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


def award_row(owner: str, award: AwardEntry, position: int) -> dict[str, Any]:
    """An award of a song or a person; its id comes from what it is, so a second file naming it merges."""
    what = slug(" ".join([award.name, award.category or "", str(award.year or "")])) or fold(award.name)
    return {
        "id": f"{owner}--award--{what}",
        "name": award.name,
        "year": award.year,
        "body": award.body,
        "category": award.category,
        "position": position,
    }


def introduction_id(introducer: str, introduced: list[str]) -> str:
    """The same introduction named in two song files is one node that led to both songs."""
    return "--".join([introducer, *sorted(introduced)])
