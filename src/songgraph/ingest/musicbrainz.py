"""MusicBrainz JSON (web-service documents, dump lines) as songgraph documents (pure: no database, no I/O).

A recording becomes one ``SongDocument``: its artist credit (join phrases tell featured artists from main
ones), its producers and other artist credits, the writers of the works it performs, its music video and
that video's directors, its album (a release group). What a recording refers to but does not carry
itself (a work's writers, an artist's aliases, a video's directors, its release group) comes from a
``Lookup`` filled from the other documents of the same import. An artist document becomes the person,
their aliases with locale and type, and their band memberships (``ArtistFacts``).

Identity is the MusicBrainz id: a node imported from MusicBrainz is ``mb-<mbid>`` unless a song file already
linked that id to a node of its own (``linked``); names never link anything.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from pydantic import ValidationError

from songgraph.models import (
    MBID_PATTERN,
    AlbumEntry,
    AliasEntry,
    ArtistKind,
    CreditRole,
    MusicVideoEntry,
    PersonEntry,
    SongDocument,
    Source,
)
from songgraph.text import fold

SITE = "https://musicbrainz.org"
ENTITIES = ("artist", "recording", "release", "release-group", "work")
# Recording-artist and work-artist relationship types with a list of their own in a song.
PRODUCER = "producer"
# A librettist writes an opera's words: its lyricist.
WRITER_TYPES = ("composer", "lyricist", "writer", "librettist")
DIRECTOR_TYPES = ("video director", "director")
MUSIC_VIDEO = "music video"
PERFORMANCE = "performance"
PARTS = "parts"
# How far up a part's larger works its writers are looked for (a movement, its act, its opera).
MAX_PART_DEPTH = 3
MEMBER_OF_BAND = "member of band"
GROUP_TYPES = ("Group", "Orchestra", "Choir")
# A browse or search response holds a list of entities under one of these keys (and has no id of its own).
LISTS = {"recordings": "recording", "releases": "release", "release-groups": "release-group", "works": "work",
         "artists": "artist"}  # fmt: skip
# Keys only a label, an area, a place or an event has: such a document has a sort name or a life span too,
# but it is not an artist.
_NOT_ARTIST = ("label-code", "iso-3166-1-codes", "iso-3166-2-codes", "coordinates", "address", "setlist", "cancelled")
# Types of areas and labels (an artist's are Person, Group, Orchestra, Choir, Character and Other).
_OTHER_TYPES = ("Country", "Subdivision", "County", "Municipality", "City", "District", "Island", "Imprint",
                "Original Production", "Bootleg Production", "Reissue Production", "Distributor", "Holding",
                "Publisher", "Rights Society", "Manufacturer")  # fmt: skip
# A join phrase containing one of these starts the featured artists: "A feat. B", "A ft. B & C".
_FEATURING = re.compile(r"(^|[\s(\[])(feat\.?|ft\.?|featuring)(\s|$)", re.IGNORECASE)
_MBID = re.compile(MBID_PATTERN)
NAME_LENGTH = 200
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class MusicBrainzError(ValueError):
    """A document that does not have MusicBrainz's shape; the message names the field."""


def url(entity: str, mbid: str) -> str:
    return f"{SITE}/{entity}/{mbid}"


def node_id(mbid: str, linked: Mapping[str, str]) -> str:
    """The songgraph id of the node for ``mbid``: the one a song file linked to it, else ``mb-<mbid>``."""
    return linked.get(mbid, f"mb-{mbid}")


class Lookup(Protocol):
    """What the other documents of an import say about the entities a recording refers to."""

    def work(self, mbid: str) -> Mapping[str, Any] | None: ...
    def artist(self, mbid: str) -> Mapping[str, Any] | None: ...
    def release_groups_of(self, recording: str) -> list[Mapping[str, Any]]: ...
    def videos_of(self, recording: str) -> list[Mapping[str, Any]]: ...
    def video(self, mbid: str) -> Mapping[str, Any] | None: ...
    def works_of(self, recording: str) -> list[Mapping[str, Any]]: ...


class NoLookup:
    """A recording on its own: only what its document carries."""

    def work(self, mbid: str) -> Mapping[str, Any] | None:
        return None

    def artist(self, mbid: str) -> Mapping[str, Any] | None:
        return None

    def release_groups_of(self, recording: str) -> list[Mapping[str, Any]]:
        return []

    def videos_of(self, recording: str) -> list[Mapping[str, Any]]:
        return []

    def video(self, mbid: str) -> Mapping[str, Any] | None:
        return None

    def works_of(self, recording: str) -> list[Mapping[str, Any]]:
        return []


@dataclass
class Notes:
    """What a mapping left out, counted by kind, so that the import can report it (nothing goes silently)."""

    left_out: Counter[str] = field(default_factory=Counter)

    def add(self, what: str, count: int = 1) -> None:
        self.left_out[what] += count


# --- reading the shape ------------------------------------------------------------------------------------


def entity_kind(doc: Mapping[str, Any]) -> str | None:
    """Which entity a web-service document is, by the keys only that entity has."""
    if "iswcs" in doc or "languages" in doc or "language" in doc:
        return "work"
    if "primary-type" in doc or "secondary-types" in doc:
        return "release-group"
    if any(key in doc for key in ("media", "release-group", "status", "barcode", "release-events")):
        return "release"
    if "video" in doc or "length" in doc or "isrcs" in doc:
        return "recording"
    if ("sort-name" in doc or "life-span" in doc) and "title" not in doc:
        if any(key in doc for key in _NOT_ARTIST) or doc.get("type") in _OTHER_TYPES:
            return None
        return "artist"
    return None


def listed(doc: Mapping[str, Any]) -> tuple[str, list[Any]] | None:
    """The entities of a browse or search response (``{"recordings": [...], "recording-count": 1}``)."""
    if "id" in doc:
        return None
    for key, entity in LISTS.items():
        if isinstance(doc.get(key), list):
            return entity, doc[key]
    return None


def _object(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise MusicBrainzError(f"{where}: expected an object, got {_kind(value)}")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise MusicBrainzError(f"{where}: expected a list, got {_kind(value)}")
    return value


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}.get(
        type(value), type(value).__name__
    )


def _text(doc: Mapping[str, Any], key: str, where: str, required: bool = True) -> str | None:
    value = doc.get(key)
    if value is None or value == "":
        if required:
            raise MusicBrainzError(f"{where}{key}: missing")
        return None
    if not isinstance(value, str):
        raise MusicBrainzError(f"{where}{key}: expected a string, got {_kind(value)}")
    return value.strip() or None


def fit(name: str, notes: Notes) -> str:
    """A title or name in the 200 characters a name may have: a longer one (some classical recordings') is
    shortened, and counted, rather than the whole recording refused."""
    if len(name) <= NAME_LENGTH:
        return name
    notes.add(f"titles or names longer than {NAME_LENGTH} characters (shortened)")
    return name[: NAME_LENGTH - 1].rstrip() + "…"


def mbid_of(doc: Mapping[str, Any], where: str = "") -> str:
    value = doc.get("id")
    if type(value) is str and _MBID.fullmatch(value):
        # The usual case, taken first: a bare valid id (a recording is mapped a million times).
        return value.lower()
    value = _text(doc, "id", where)
    assert value is not None
    if not _MBID.fullmatch(value):
        raise MusicBrainzError(f"{where}id: '{value[:60]}' is not a MusicBrainz id")
    return value.lower()


def full_date(value: Any, notes: Notes) -> dt.date | None:
    """A YYYY-MM-DD date; a partial one (YYYY, YYYY-MM) is counted as left out, since a date here is a day."""
    if not isinstance(value, str) or not value:
        return None
    if _FULL_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    notes.add("dates more partial than a day (YYYY or YYYY-MM)")
    return None


def _relations(doc: Mapping[str, Any], where: str) -> list[tuple[int, Mapping[str, Any]]]:
    return [(i, _object(rel, f"{where}relations[{i}]")) for i, rel in enumerate(_list(doc.get("relations"), where))]


def _credited(rel: Mapping[str, Any]) -> str | None:
    """The name a relationship credits its target artist as (``target-credit``), if it says one."""
    value = rel.get("target-credit")
    return value if isinstance(value, str) and value.strip() else None


def _attributes(rel: Mapping[str, Any]) -> str | None:
    """A relationship's attributes in words: ``guitar``, with a value (``number: 2``) or the name the
    credit gives the attribute (``attribute-credits``: ``guitar (as Stratocaster)``)."""
    names = [str(a) for a in _list(rel.get("attributes"), "attributes") if isinstance(a, str)]
    values, credited = rel.get("attribute-values"), rel.get("attribute-credits")
    values = values if isinstance(values, dict) else {}
    credited = credited if isinstance(credited, dict) else {}
    words = []
    for name in names:
        word = f"{name}: {values[name]}" if values.get(name) else name
        as_credited = credited.get(name)
        words.append(f"{word} (as {as_credited})" if isinstance(as_credited, str) and as_credited else word)
    return ", ".join(words) or None


# --- people -----------------------------------------------------------------------------------------------


class _Cast:
    """The people one document names, one entry per MusicBrainz id; namesakes get told apart."""

    def __init__(self, lookup: Lookup, linked: Mapping[str, str], notes: Notes) -> None:
        self._lookup = lookup
        self._linked = linked
        self._notes = notes
        self._entries: dict[str, dict[str, Any]] = {}
        self._spelling_owner: dict[str, str] = {}

    def name(self, artist: Mapping[str, Any], where: str, credited: str | None = None) -> str:
        """The name this document uses for ``artist`` (an artist object), adding the artist if new."""
        mbid = mbid_of(artist, where)
        if mbid in self._entries:
            if credited:
                self._alias(self._entries[mbid], credited, None)
            return str(self._entries[mbid]["name"])
        known = self._lookup.artist(mbid) or {}
        name = fit(_text(artist, "name", where) or "", self._notes)
        kind_name = artist.get("type") or known.get("type")
        disambiguation = _text(artist, "disambiguation", where, required=False) or known.get("disambiguation")
        if fold(name) in self._spelling_owner:
            # A namesake on the same recording: the name alone cannot tell them apart inside one document.
            name = fit(f"{name} ({disambiguation or mbid[:8]})", self._notes)
        entry: dict[str, Any] = {
            "name": name,
            "id": node_id(mbid, self._linked),
            "mbid": mbid,
            "kind": ArtistKind.GROUP if kind_name in GROUP_TYPES else ArtistKind.PERSON,
            "description": disambiguation or None,
            "aliases": [],
            "alias_details": [],
        }
        self._spelling_owner[fold(name)] = mbid
        self._entries[mbid] = entry
        for alias in [
            *_list(known.get("aliases"), f"{where}aliases"),
            *_list(artist.get("aliases"), f"{where}aliases"),
        ]:
            if isinstance(alias, dict) and isinstance(alias.get("name"), str):
                self._alias(entry, alias["name"], alias)
        if credited:
            self._alias(entry, credited, None)
        return name

    def _alias(self, entry: dict[str, Any], spelling: str, detail: Mapping[str, Any] | None) -> None:
        spelling = spelling.strip()
        key = fold(spelling)
        if not spelling or len(spelling) > 200 or key == fold(entry["name"]):
            return
        owner = self._spelling_owner.setdefault(key, entry["mbid"])
        if owner != entry["mbid"]:
            self._notes.add("aliases shared by two artists of one recording (the artist's own import keeps them)")
            return
        if all(fold(alias) != key for alias in entry["aliases"]):
            entry["aliases"].append(spelling)
        if detail is None:
            return
        locale, kind = detail.get("locale"), detail.get("type")
        if any((d.name, d.locale) == (spelling, locale) for d in entry["alias_details"]):
            return
        try:
            if isinstance(locale, str | None) and isinstance(kind, str | None):
                alias = _alias_entry(spelling, locale, kind, detail.get("primary") is True)
            else:
                alias = AliasEntry(name=spelling, locale=locale, type=kind, primary=detail.get("primary") is True)
        except ValidationError:
            self._notes.add("alias locales or types that are not short strings")
            return
        entry["alias_details"].append(alias)

    def entries(self) -> list[PersonEntry]:
        return [PersonEntry(**entry) for entry in self._entries.values()]

    def people(self) -> list[PersonEntry | dict[str, Any]]:
        """The entries for a document that checks them with everything else: each artist as a checked entry
        kept from an earlier recording that described them alike, else as a plain row checked with the rest
        (so that a fault is reported where it is in the document)."""
        return [_person_entry(entry) for entry in self._entries.values()]


def _person_entry(entry: dict[str, Any]) -> PersonEntry | dict[str, Any]:
    try:
        return _checked_person(
            entry["name"],
            entry["id"],
            entry["mbid"],
            entry["kind"],
            entry["description"],
            tuple(entry["aliases"]),
            tuple(entry["alias_details"]),
        )
    except ValidationError:
        return {**entry, "members": [], "awards": []}


@functools.lru_cache(maxsize=1 << 15)
def _checked_person(
    name: str,
    key: str,
    mbid: str,
    kind: ArtistKind,
    description: str | None,
    aliases: tuple[str, ...],
    details: tuple[AliasEntry, ...],
) -> PersonEntry:
    # An artist is described alike in each of their recordings (a busy one in thousands): checked once. An
    # entry is frozen, so the documents share it.
    return PersonEntry(
        name=name,
        id=key,
        mbid=mbid,
        kind=kind,
        description=description,
        aliases=list(aliases),
        alias_details=list(details),
        members=[],
        awards=[],
    )


@functools.lru_cache(maxsize=16384)
def _alias_entry(name: str, locale: str | None, kind: str | None, primary: bool) -> AliasEntry:
    # The same artist's aliases come with every recording crediting them; an entry is frozen, so one is shared.
    return AliasEntry(name=name, locale=locale, type=kind, primary=primary)


# --- recordings -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MappedRecording:
    document: SongDocument
    # The video recordings folded into this song as its music video.
    videos: tuple[str, ...] = ()


def _credit_names(doc: Mapping[str, Any], cast: _Cast, where: str) -> tuple[list[str], list[str]]:
    main: list[str] = []
    featured: list[str] = []
    featuring = False
    for index, credit in enumerate(_list(doc.get("artist-credit"), f"{where}artist-credit")):
        at = f"{where}artist-credit[{index}]."
        credit = _object(credit, at[:-1])
        artist = _object(credit.get("artist"), f"{at}artist")
        name = cast.name(artist, f"{at}artist.", credited=_text(credit, "name", at, required=False))
        if name not in main and name not in featured:
            (featured if featuring else main).append(name)
        joinphrase = credit.get("joinphrase")
        if isinstance(joinphrase, str) and _FEATURING.search(joinphrase):
            featuring = True
    return main, featured


def _pick_release_group(recording: Mapping[str, Any], lookup: Lookup, mbid: str) -> Mapping[str, Any] | None:
    """The album a recording is on: among its releases' release groups, an Album first (a plain one before a
    compilation, live or soundtrack album: those have secondary types), then the earliest."""
    groups: list[Mapping[str, Any]] = [
        release["release-group"]
        for release in _list(recording.get("releases"), "releases")
        if isinstance(release, dict) and isinstance(release.get("release-group"), dict)
    ]
    groups.extend(lookup.release_groups_of(mbid))
    if not groups:
        return None

    def rank(group: Mapping[str, Any]) -> tuple[bool, bool, str, str]:
        date = group.get("first-release-date")
        return (
            group.get("primary-type") != "Album",
            bool(group.get("secondary-types")),
            date if isinstance(date, str) and date else "9999",
            str(group.get("id")),
        )

    return min(groups, key=rank)


def _album(group: Mapping[str, Any], cast: _Cast, linked: Mapping[str, str], notes: Notes) -> AlbumEntry:
    where = "release-group."
    mbid = mbid_of(group, where)
    types = [group.get("primary-type"), *_list(group.get("secondary-types"), f"{where}secondary-types")]
    main, featured = _credit_names(group, cast, where)
    return AlbumEntry(
        title=fit(_text(group, "title", where) or "", notes),
        id=node_id(mbid, linked),
        mbid=mbid,
        kind=" + ".join(t for t in types if isinstance(t, str)) or None,
        release_date=full_date(group.get("first-release-date"), notes),
        artists=[*main, *featured],
    )


@dataclass
class _Credits:
    producers: list[str] = field(default_factory=list)
    writers: list[str] = field(default_factory=list)
    # Credits as the document's fields take them (checked once, with the whole document).
    other: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)


def _parent_work(rel: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The larger work a work is a part of (a movement's symphony): its ``parts`` relationship, backward."""
    if rel.get("target-type") == "work" and rel.get("type") == PARTS and rel.get("direction") == "backward":
        parent = rel.get("work")
        return parent if isinstance(parent, dict) else None
    return None


def _work_credits(
    work: Mapping[str, Any], credits: _Credits, cast: _Cast, notes: Notes, where: str, lookup: Lookup, depth: int = 0
) -> None:
    work_id = mbid_of(work, where)
    source = Source(page=url("work", work_id), excerpt=_text(work, "title", where, required=False))
    parents: list[Mapping[str, Any]] = []
    wrote = False
    for index, rel in _relations(work, where):
        at = f"{where}relations[{index}]."
        if rel.get("target-type") == "recording" and rel.get("type") == PERFORMANCE:
            continue  # the recordings of the work: how songs find it, not a credit
        if (parent := _parent_work(rel)) is not None:
            parents.append(parent)
            continue
        if rel.get("target-type") != "artist":
            notes.add(f"work relationships to a {rel.get('target-type')} ({rel.get('type')})")
            continue
        name = cast.name(_object(rel.get("artist"), f"{at}artist"), f"{at}artist.", credited=_credited(rel))
        if rel.get("type") in WRITER_TYPES:
            wrote = True
            if name not in credits.writers:
                credits.writers.append(name)
                credits.sources.append({"role": CreditRole.WRITER, "person": name, "source": source})
        else:
            detail = " ".join(x for x in (_attributes(rel), f"(work: {source.excerpt})") if x)
            credits.other.append({"person": name, "role": str(rel.get("type")), "detail": detail, "source": source})
    # A part of a larger work (a movement) often has no writers of its own: they are the larger work's.
    if not wrote and depth < MAX_PART_DEPTH:
        for parent in parents:
            known = parent if "relations" in parent else lookup.work(mbid_of(parent, f"{where}parent.")) or parent
            if "relations" in known:
                _work_credits(known, credits, cast, notes, f"{where}parent.", lookup, depth + 1)


def _video_entry(
    video: Mapping[str, Any], lookup: Lookup, cast: _Cast, notes: Notes
) -> tuple[MusicVideoEntry, list[dict[str, Any]]]:
    where = "music video."
    mbid = mbid_of(video, where)
    full = video if "relations" in video else lookup.video(mbid) or video
    source = Source(page=url("recording", mbid))
    directors: list[str] = []
    for index, rel in _relations(full, where):
        if rel.get("target-type") == "artist" and rel.get("type") in DIRECTOR_TYPES:
            name = cast.name(_object(rel.get("artist"), f"{where}relations[{index}].artist"), f"{where}artist.")
            if name not in directors:
                directors.append(name)
        elif rel.get("type") != MUSIC_VIDEO:
            notes.add(f"video recording relationships ({rel.get('type')})")
    date = full.get("first-release-date")
    entry = MusicVideoEntry(mbid=mbid, directors=directors, release_date=full_date(date, notes))
    return entry, [{"role": CreditRole.DIRECTOR, "person": name, "source": source} for name in directors]


def recording_document(
    recording: Mapping[str, Any],
    lookup: Lookup | None = None,
    linked: Mapping[str, str] | None = None,
    notes: Notes | None = None,
) -> MappedRecording:
    """The song a recording is, with everything ``lookup`` knows about what it refers to."""
    lookup = lookup or NoLookup()
    linked = linked or {}
    notes = notes if notes is not None else Notes()
    recording = _object(recording, "recording")
    mbid = mbid_of(recording)
    here = Source(page=url("recording", mbid))
    cast = _Cast(lookup, linked, notes)
    main, featured = _credit_names(recording, cast, "")
    if not main:
        raise MusicBrainzError("artist-credit: a recording needs at least one credited artist")
    credits = _Credits()
    videos: list[Mapping[str, Any]] = []
    works: set[str] = set()
    unknown: set[str] = set()
    for index, rel in _relations(recording, ""):
        at = f"relations[{index}]."
        target, kind = rel.get("target-type"), rel.get("type")
        if target == "artist":
            name = cast.name(_object(rel.get("artist"), f"{at}artist"), f"{at}artist.", credited=_credited(rel))
            if kind == PRODUCER:
                if name not in credits.producers:
                    credits.producers.append(name)
            else:
                credits.other.append({"person": name, "role": str(kind), "detail": _attributes(rel), "source": here})
        elif target == "work" and kind == PERFORMANCE:
            work = _object(rel.get("work"), f"{at}work")
            work_id = mbid_of(work, f"{at}work.")
            known = work if "relations" in work else lookup.work(work_id) or work
            if "relations" not in known:
                unknown.add(work_id)
            elif work_id not in works:
                works.add(work_id)
                _work_credits(known, credits, cast, notes, f"{at}work.", lookup)
        elif target == "recording" and kind == MUSIC_VIDEO:
            other = _object(rel.get("recording"), f"{at}recording")
            if other.get("video") is True and recording.get("video") is not True:
                videos.append(other)
        else:
            notes.add(f"recording relationships to a {target} ({kind})")
    # A work document of the import that names this recording among its performances (a recording fetched
    # without work-rels still gets its writers).
    for work in lookup.works_of(mbid):
        work_id = mbid_of(work, "work.")
        if work_id not in works:
            works.add(work_id)
            _work_credits(work, credits, cast, notes, "work.", lookup)
    if unknown - works:
        notes.add("works whose writers this import does not hold (import the works too)", len(unknown - works))
    for video in lookup.videos_of(mbid):
        if all(v.get("id") != video.get("id") for v in videos):
            videos.append(video)
    credit_sources = [
        *({"role": CreditRole.ARTIST, "person": name, "source": here} for name in main),
        *({"role": CreditRole.FEATURED_ARTIST, "person": name, "source": here} for name in featured),
        *({"role": CreditRole.PRODUCER, "person": name, "source": here} for name in credits.producers),
        *credits.sources,
    ]
    music_video: MusicVideoEntry | None = None
    if videos:
        first = min(videos, key=lambda v: str(v.get("id")))
        if len(videos) > 1:
            notes.add("music videos beyond the first of a recording", len(videos) - 1)
        music_video, director_sources = _video_entry(first, lookup, cast, notes)
        credit_sources.extend(director_sources)
    elif recording.get("video") is True:
        # A video recording that is no other recording's music video: the song is its own video.
        music_video, director_sources = _video_entry(recording, lookup, cast, notes)
        credit_sources.extend(director_sources)
    group = _pick_release_group(recording, lookup, mbid)
    album = _album(group, cast, linked, notes) if group is not None else None
    length = recording.get("length")
    try:
        # Checked in one go (people and credits come as plain rows): a recording is mapped a million times.
        document = SongDocument.model_validate(
            {
                "genres": _genres(recording),
                "title": fit(_text(recording, "title", "") or "", notes),
                "id": node_id(mbid, linked),
                "mbid": mbid,
                "release_date": full_date(recording.get("first-release-date"), notes),
                "length": length if isinstance(length, int) and not isinstance(length, bool) and length >= 0 else None,
                "artists": main,
                "featured_artists": featured,
                "writers": credits.writers,
                "producers": credits.producers,
                # One credit per person, role and detail: MusicBrainz repeats a relationship for each of its dates.
                "other_credits": list({(c["person"], c["role"], c["detail"]): c for c in credits.other}.values()),
                "album": album,
                "music_video": music_video,
                "people": cast.people(),
                "source": here,
                "credit_sources": credit_sources,
                # Given, not defaulted: a default list is deep-copied for every document.
                "introductions": [],
                "certifications": [],
                "chart_peaks": [],
                "quotes": [],
                "awards": [],
            }
        )
    except ValidationError as error:
        raise MusicBrainzError(_first_error(error)) from None
    return MappedRecording(document, tuple(str(v.get("id")) for v in videos))


def _genres(recording: Mapping[str, Any]) -> list[str]:
    """The recording's genres (``inc=genres``; a dump line has them), the most voted first. Tags are a
    free-for-all of words and are not taken."""
    given = recording.get("genres")
    given = given if isinstance(given, list) else []
    found = [g for g in given if isinstance(g, dict) and isinstance(g.get("name"), str)]
    found.sort(key=lambda g: -g["count"] if isinstance(g.get("count"), int) else 0)
    names: list[str] = []
    for genre in found:
        name = genre["name"].strip()
        if name and len(name) <= NAME_LENGTH and name not in names:
            names.append(name)
    return names


def release_recordings(release: Mapping[str, Any], notes: Notes | None = None) -> list[tuple[str, dict[str, Any]]]:
    """The recordings on a release's tracks, each as a recording document, with where it is in the release.

    A JSON dump's recording file holds only the recordings that are on no release: every other recording is
    in the release file, inside its tracks (``media[].tracks[].recording``; also a medium's ``pregap`` and
    ``data-tracks``). A recording without an artist credit of its own takes its track's, else the release's;
    the release's release group is added to its releases, so the album is known without an index.
    """
    release = _object(release, "release")
    group = release.get("release-group")
    found: list[tuple[str, dict[str, Any]]] = []
    for m, medium in enumerate(_list(release.get("media"), "media")):
        at = f"media[{m}]."
        medium = _object(medium, at[:-1])
        tracks: list[tuple[str, Any]] = [("pregap", medium["pregap"])] if medium.get("pregap") is not None else []
        for key in ("tracks", "data-tracks"):
            tracks.extend((f"{key}[{t}]", track) for t, track in enumerate(_list(medium.get(key), f"{at}{key}")))
        for name, track in tracks:
            track = _object(track, f"{at}{name}")
            if track.get("recording") is None:
                if notes is not None:
                    notes.add("release tracks without their recording (fetch releases with inc=recordings)")
                continue
            doc = dict(_object(track.get("recording"), f"{at}{name}.recording"))
            if not doc.get("artist-credit"):
                doc["artist-credit"] = track.get("artist-credit") or release.get("artist-credit")
            if isinstance(group, dict):
                doc["releases"] = [
                    *_list(doc.get("releases"), f"{at}{name}.recording.releases"),
                    {"release-group": group},
                ]
            found.append((f"{at}{name}.recording.", doc))
    return found


def _first_error(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])


def count_relations(doc: Mapping[str, Any], entity: str, notes: Notes) -> None:
    """Counts a release's or a release group's own relationships (songs come from recordings, so none is
    mapped) by type, and the entities it lists."""
    relations = doc.get("relations")
    for rel in relations if isinstance(relations, list) else []:
        if isinstance(rel, dict):
            notes.add(f"{entity} relationships to a {rel.get('target-type')} ({rel.get('type')})")
    count_lists(doc, entity, notes)


def count_lists(doc: Mapping[str, Any], entity: str, notes: Notes) -> None:
    """Counts the entities a document lists (an artist fetched with inc=recordings, a release group with
    inc=releases): only a document of their own says enough about them to import them."""
    for key in LISTS:
        items = doc.get(key)
        if isinstance(items, list) and items:
            notes.add(f"{key} listed in {entity} documents (import them as documents of their own)", len(items))


def work_links(work: Mapping[str, Any], notes: Notes) -> tuple[dict[str, Any], list[str]]:
    """A work as songs need it (its id, title, artist relationships and the larger works it is a part of) and
    the recordings it names as its performances (a work document's ``performance`` relationships point
    backward to recordings). Its other relationships are counted here, once per work."""
    work = _object(work, "work")
    mbid = mbid_of(work)
    keep: list[Mapping[str, Any]] = []
    recordings: list[str] = []
    for index, rel in _relations(work, ""):
        target, kind = rel.get("target-type"), rel.get("type")
        if target == "artist" or _parent_work(rel) is not None:
            keep.append(rel)
        elif target == "recording" and kind == PERFORMANCE:
            at = f"relations[{index}].recording"
            recordings.append(mbid_of(_object(rel.get("recording"), at), f"{at}."))
        else:
            notes.add(f"work relationships to a {target} ({kind})")
    return {"id": mbid, "title": work.get("title"), "relations": keep}, recordings


# --- artists ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArtistFacts:
    """An artist document: the people it describes (the artist, their bands or members) and who is in which."""

    people: list[PersonEntry]
    # (group id, member id) pairs, in the document's order.
    members: list[tuple[str, str]]


def artist_facts(
    artist: Mapping[str, Any], linked: Mapping[str, str] | None = None, notes: Notes | None = None
) -> ArtistFacts:
    linked = linked or {}
    notes = notes if notes is not None else Notes()
    artist = _object(artist, "artist")
    cast = _Cast(NoLookup(), linked, notes)
    cast.name(artist, "")
    own = mbid_of(artist)
    members: list[tuple[str, str]] = []
    for index, rel in _relations(artist, ""):
        at = f"relations[{index}]."
        if rel.get("target-type") == "artist" and rel.get("type") == MEMBER_OF_BAND:
            other = _object(rel.get("artist"), f"{at}artist")
            cast.name(other, f"{at}artist.")
            other_id = node_id(mbid_of(other, f"{at}artist."), linked)
            # Forward: this artist is a member of the other; backward: the other is a member of this group.
            pair = (
                (other_id, node_id(own, linked))
                if rel.get("direction") == "forward"
                else (node_id(own, linked), other_id)
            )
            if pair not in members:
                members.append(pair)
        else:
            notes.add(f"artist relationships to a {rel.get('target-type')} ({rel.get('type')})")
    count_lists(artist, "artist", notes)
    people = cast.entries()
    groups = {group for group, _ in members}
    people = [
        person.model_copy(update={"kind": ArtistKind.GROUP}) if person.key in groups else person for person in people
    ]
    return ArtistFacts(people, members)
