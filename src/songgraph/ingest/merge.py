"""Merging a page's document into what the graph already holds for that song, and the changes it makes (pure).

A page adds to a song, it does not replace it: facts the page does not state are kept (the summary, people's
descriptions, credits the page omits). A fact on both sides is the same fact when it names the same people
(credits, cast, introductions), the same country (certifications) or the same country and position (chart
peaks), or when one quote's text holds the other's; it then keeps the graph's wording (cast roles, occasions,
quote excerpts) and takes the page's provenance. Levels and multipliers of certifications, dates and video
counts the page states replace the graph's: they are the page's facts, and the plan reports them as changes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any

from songgraph.models import SONG_CREDIT_LISTS, CreditRole, PersonEntry, SongDocument, Source
from songgraph.text import fold, slug


@dataclass(frozen=True)
class Change:
    """One fact an import adds (``add``) or alters (``change``), in words."""

    kind: str
    fact: str
    value: str

    def __str__(self) -> str:
        return f"{self.kind} {self.fact}: {self.value}"


class _Ids:
    """Person ids of names, through the ``people`` entries of the documents involved."""

    def __init__(self, *docs: SongDocument | None) -> None:
        self._ids: dict[str, str] = {}
        for doc in docs:
            for person in doc.people if doc else []:
                for spelling in (person.name, *person.aliases):
                    self._ids.setdefault(fold(spelling), person.key)

    def __call__(self, name: str) -> str:
        return self._ids.get(fold(name)) or slug(name)


def _union(ids: _Ids, first: list[str], second: list[str]) -> list[str]:
    out = list(first)
    seen = {ids(name) for name in first}
    for name in second:
        if ids(name) not in seen:
            seen.add(ids(name))
            out.append(name)
    return out


def _squash(text: str) -> str:
    return " ".join(fold(text).split())


def merge_documents(existing: SongDocument | None, page: SongDocument) -> SongDocument:
    """The document to write: ``existing`` (read from the graph) with the page's facts added."""
    if existing is None:
        return page
    ids = _Ids(existing, page)
    old = existing.model_dump()
    new = page.model_dump()
    out: dict[str, Any] = dict(old)
    out["id"] = existing.key
    for key in ("release_date", "source", "added_by"):
        if new[key] is not None:
            out[key] = new[key]
    out["genres"] = [*old["genres"], *(g for g in new["genres"] if fold(g) not in {fold(x) for x in old["genres"]})]
    for key in SONG_CREDIT_LISTS.values():
        out[key] = _union(ids, old[key], new[key])
    known = {person["id"] or slug(person["name"]) for person in old["people"]}
    out["people"] = [*old["people"], *(p for p in new["people"] if (p["id"] or slug(p["name"])) not in known)]
    sources = {(c["role"], ids(c["person"])): c for c in old["credit_sources"]}
    sources.update({(c["role"], ids(c["person"])): c for c in new["credit_sources"]})
    out["credit_sources"] = list(sources.values())
    out["album"] = _merge_album(ids, old["album"], new["album"])
    out["music_video"] = _merge_video(ids, old["music_video"], new["music_video"])
    out["introductions"] = _merge_facts(
        old["introductions"],
        new["introductions"],
        lambda i: (ids(i["introducer"]), frozenset(ids(n) for n in i["introduced"])),
        fill=("occasion", "year", "outcome"),
    )
    out["certifications"] = _merge_facts(
        old["certifications"], new["certifications"], lambda c: fold(c["country"]), take=("level", "multiplier")
    )
    out["chart_peaks"] = _merge_peaks(old["chart_peaks"], new["chart_peaks"])
    out["quotes"] = _merge_quotes(ids, old["quotes"], new["quotes"])
    out["awards"] = _merge_awards(old["awards"], new["awards"])
    return SongDocument.model_validate(out)


def _merge_awards(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The same award is the same name and category in the same year; the graph's wording stays."""

    def key(award: dict[str, Any]) -> Hashable:
        return (fold(award["name"]), fold(award["category"] or ""), award["year"])

    merged = [dict(award) for award in old]
    known = {key(award) for award in merged}
    merged += [dict(award) for award in new if key(award) not in known]
    return merged


def _merge_album(ids: _Ids, old: dict[str, Any] | None, new: dict[str, Any] | None) -> dict[str, Any] | None:
    if old is None or new is None:
        return old or new
    merged = dict(old)
    for key in ("kind", "release_date"):
        merged[key] = old[key] if old[key] is not None else new[key]
    merged["artists"] = _union(ids, old["artists"], new["artists"])
    return merged


def _merge_video(ids: _Ids, old: dict[str, Any] | None, new: dict[str, Any] | None) -> dict[str, Any] | None:
    if old is None or new is None:
        return old or new
    merged = dict(old)
    for key in ("release_date", "views", "likes", "stats_as_of"):
        if new[key] is not None:
            merged[key] = new[key]
    merged["directors"] = _union(ids, old["directors"], new["directors"])
    merged["cast"] = _merge_facts(old["cast"], new["cast"], lambda c: ids(c["person"]), fill=("role",))
    return merged


def _merge_facts(
    old: list[dict[str, Any]],
    new: list[dict[str, Any]],
    key: Callable[[dict[str, Any]], Hashable],
    fill: Iterable[str] = (),
    take: Iterable[str] = (),
) -> list[dict[str, Any]]:
    """Facts matched by ``key``: ``take`` fields come from the page, ``fill`` ones only where the graph has
    none, the rest (wording) stays as the graph has it."""
    merged = [dict(fact) for fact in old]
    index = {key(fact): fact for fact in merged}
    for fact in new:
        match = index.get(key(fact))
        if match is None:
            merged.append(dict(fact))
            index[key(fact)] = merged[-1]
            continue
        for name in take:
            match[name] = fact[name]
        for name in fill:
            if match[name] is None:
                match[name] = fact[name]
        match["source"] = fact["source"] or match["source"]
    return merged


def _merge_peaks(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    merged = [dict(peak) for peak in old]
    for peak in new:
        match = next(
            (
                m
                for m in merged
                if fold(m["country"]) == fold(peak["country"])
                and m["position"] == peak["position"]
                and (m["chart"] is None or peak["chart"] is None or fold(m["chart"]) == fold(peak["chart"]))
                and not m.get("_matched")
            ),
            None,
        )
        if match is None:
            merged.append(dict(peak, _matched=True))
        else:
            match["_matched"] = True
            match["chart"] = match["chart"] or peak["chart"]
            match["source"] = peak["source"] or match["source"]
    for peak in merged:
        peak.pop("_matched", None)
    return merged


def _merge_quotes(ids: _Ids, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    merged = [dict(quote) for quote in old]
    for quote in new:
        text = _squash(quote["text"])
        match = next(
            (
                m
                for m in merged
                if ids(m["speaker"]) == ids(quote["speaker"])
                and (_squash(m["text"]) in text or text in _squash(m["text"]))
            ),
            None,
        )
        if match is None:
            merged.append(dict(quote))
            continue
        for name in ("source", "year"):
            if match[name] is None:
                match[name] = quote[name]
        match["provenance"] = quote["provenance"] or match["provenance"]
    return merged


def _where(source: Source | None) -> str:
    if source is None:
        return "-"
    return f"{source.page}:{source.line}" if source.line else source.page


def facts(doc: SongDocument | None) -> dict[str, str]:
    """Every fact of a document as ``{what: value}``, the unit in which an import's plan is reported."""
    if doc is None:
        return {}
    ids = _Ids(doc)
    out: dict[str, str] = {}
    for key in ("title", "release_date", "added_by"):
        value = getattr(doc, key)
        if value is not None:
            out[key.replace("_", " ")] = str(value)
    for genre in doc.genres:
        out[f"genre {fold(genre)}"] = genre
    if doc.source is not None:
        out["source of the song"] = _where(doc.source)
    roles: dict[CreditRole, list[str]] = {role: getattr(doc, field) for role, field in SONG_CREDIT_LISTS.items()}
    roles[CreditRole.DIRECTOR] = doc.music_video.directors if doc.music_video else []
    for role, names in roles.items():
        for name in names:
            out[f"{role.value.lower().replace('_', ' ')} {ids(name)}"] = name
    for credit in doc.credit_sources:
        out[f"source of {credit.role.value.lower().replace('_', ' ')} {ids(credit.person)}"] = _where(credit.source)
    if doc.album is not None:
        out["album"] = f"{doc.album.title} ({doc.album.kind or 'album'})"
    if doc.music_video is not None:
        video = doc.music_video
        for key in ("release_date", "views", "likes", "stats_as_of"):
            if getattr(video, key) is not None:
                out[f"video {key.replace('_', ' ')}"] = str(getattr(video, key))
        for member in video.cast:
            out[f"cast {ids(member.person)}"] = f"{member.person} as {member.role or '?'}"
            if member.source:
                out[f"source of cast {ids(member.person)}"] = _where(member.source)
    for intro in doc.introductions:
        key = f"introduction by {ids(intro.introducer)} of {' and '.join(sorted(ids(n) for n in intro.introduced))}"
        out[key] = intro.occasion or "-"
        if intro.source:
            out[f"source of {key}"] = _where(intro.source)
    for cert in doc.certifications:
        out[f"certification {cert.country}"] = f"{cert.multiplier}x {cert.level.value}"
        if cert.source:
            out[f"source of certification {cert.country}"] = _where(cert.source)
    for peak in doc.chart_peaks:
        key = f"chart peak #{peak.position} in {peak.country}" + (f" on {peak.chart}" if peak.chart else "")
        out[key] = str(peak.position)
        if peak.source:
            out[f"source of {key}"] = _where(peak.source)
    for award in doc.awards:
        out[f"award {award.name} {award.category or ''} {award.year or ''}".strip()] = award.body or "-"
    for quote in doc.quotes:
        key = f"quote by {ids(quote.speaker)}: {quote.text[:40]}"
        out[key] = f"{quote.source or '-'} {quote.year or ''}".strip()
        if quote.provenance:
            out[f"source of {key}"] = _where(quote.provenance)
    return out


def plan(existing: SongDocument | None, merged: SongDocument) -> list[Change]:
    """What writing ``merged`` adds to or changes in ``existing``."""
    before = facts(existing)
    changes = []
    for fact, value in facts(merged).items():
        if fact not in before:
            changes.append(Change("add", fact, value))
        elif before[fact] != value:
            changes.append(Change("change", fact, f"{before[fact]} -> {value}"))
    return changes


def person_entry(row: dict[str, Any]) -> PersonEntry:
    """A person as read from the graph, written back unchanged by the loader's people statement."""
    return PersonEntry.model_validate(
        {
            "name": row["name"],
            "id": row["id"],
            "kind": row.get("kind") or "PERSON",
            "aliases": [a for a in row.get("aliases") or [] if fold(a) != fold(row["name"])],
            "description": row.get("description"),
        }
    )
