"""Typed documents: one song and every fact about it, as written in a data file under ``data/``.

These models are the contract of the data files (their JSON Schema is exported to ``schema/``) and
the input of the loader. They are pure values: no database, no I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from songgraph.text import fold, slug

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=200)]
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# A MusicBrainz id (MBID): a UUID in lower case, as musicbrainz.org writes it.
MBID_PATTERN = r"^(?i:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"
Mbid = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=MBID_PATTERN)]
_MBID = Field(default=None, description="its MusicBrainz id: an explicit link to that MusicBrainz entity")


def partial_date(value: str | None) -> str | None:
    """``value`` when it is a real date written YYYY, YYYY-MM or YYYY-MM-DD (for pydantic validators)."""
    if value is None:
        return value
    if not _PARTIAL_DATE.fullmatch(value):
        raise ValueError("must be YYYY, YYYY-MM or YYYY-MM-DD")
    padded = value + "-01" * (2 - value.count("-"))
    try:
        dt.date.fromisoformat(padded)
    except ValueError:
        raise ValueError(f"{value} is not a real date") from None
    return value


class _Strict(BaseModel):
    # Unknown keys are typos in a hand-written file; reject them rather than drop facts silently.
    model_config = ConfigDict(extra="forbid", frozen=True)


class ArtistKind(StrEnum):
    PERSON = "PERSON"
    GROUP = "GROUP"


class CertificationLevel(StrEnum):
    SILVER = "SILVER"
    GOLD = "GOLD"
    PLATINUM = "PLATINUM"
    DIAMOND = "DIAMOND"

    @property
    def rank(self) -> int:
        return list(CertificationLevel).index(self) + 1


class Source(_Strict):
    """Where an imported fact was read: the page (file name or URL) and the sentence or line it came from."""

    page: Name
    excerpt: str | None = Field(default=None, description="the sentence or line the fact came from")
    line: int | None = Field(default=None, ge=1, description="1-based line of the excerpt in the page")


class CreditRole(StrEnum):
    """The name-list credits of a song file, to say where one of them came from."""

    ARTIST = "ARTIST"
    FEATURED_ARTIST = "FEATURED_ARTIST"
    WRITER = "WRITER"
    PRODUCER = "PRODUCER"
    DIRECTOR = "DIRECTOR"


# The list of a song document (and of the API's song inputs) that holds each song credit role: the one
# place this mapping is written.
SONG_CREDIT_LISTS: dict[CreditRole, str] = {
    CreditRole.ARTIST: "artists",
    CreditRole.FEATURED_ARTIST: "featured_artists",
    CreditRole.WRITER: "writers",
    CreditRole.PRODUCER: "producers",
}


class CreditSource(_Strict):
    """The provenance of one name in ``artists``, ``featured_artists``, ``writers``, ``producers`` or directors."""

    role: CreditRole
    person: Name
    source: Source


class AwardEntry(_Strict):
    """An award or nomination a song or a person won (e.g. a Grammy), as its body names it."""

    name: Name = Field(description="the award, e.g. 'Grammy Award'")
    year: int | None = Field(default=None, ge=1800, le=2100)
    body: str | None = Field(default=None, description="who gives it, e.g. 'The Recording Academy'")
    category: str | None = Field(default=None, description="e.g. 'Best Pop Duo/Group Performance'")

    @property
    def key(self) -> tuple[str, str, int | None]:
        """The same award twice: same name and category in the same year (case and accents ignored)."""
        return (fold(self.name), fold(self.category or ""), self.year)


def _distinct_awards(awards: list[AwardEntry], where: str) -> None:
    seen: dict[tuple[str, str, int | None], int] = {}
    for index, award in enumerate(awards):
        if award.key in seen:
            raise ValueError(f"{where}awards[{index}]: the same award as awards[{seen[award.key]}]")
        seen[award.key] = index


class AliasEntry(_Strict):
    """What one of a person's aliases is: its locale (e.g. 'ja') and type (e.g. 'Artist name', 'Legal name')."""

    name: Name
    locale: str | None = Field(default=None, max_length=40)
    type: str | None = Field(default=None, max_length=80)
    primary: bool = Field(default=False, description="the primary alias for its locale")


class PersonEntry(_Strict):
    """Who someone is, beyond the name a credit uses: their aliases, whether they are a group, members."""

    name: Name
    id: Slug | None = None
    aliases: list[Name] = []
    kind: ArtistKind = ArtistKind.PERSON
    description: str | None = None
    members: list[Name] = []
    awards: list[AwardEntry] = []
    mbid: Mbid | None = _MBID
    alias_details: list[AliasEntry] = Field(
        default=[], description="locale and type of aliases; each name must also be listed in aliases"
    )

    @property
    def key(self) -> str:
        return self.id or slug(self.name)

    @model_validator(mode="after")
    def _members_only_for_groups(self) -> PersonEntry:
        if self.members and self.kind is not ArtistKind.GROUP:
            raise ValueError("members are only allowed when kind is GROUP")
        listed = {fold(alias) for alias in self.aliases}
        for index, detail in enumerate(self.alias_details):
            if fold(detail.name) not in listed:
                raise ValueError(f"alias_details[{index}]: '{detail.name}' is not one of aliases")
        return self


class AlbumEntry(_Strict):
    title: Name
    id: Slug | None = None
    kind: str | None = Field(default=None, description="e.g. 'debut studio album', 'EP', 'compilation'")
    release_date: dt.date | None = None
    artists: list[Name] = []
    mbid: Mbid | None = Field(default=None, description="the MusicBrainz id of its release group")

    @property
    def key(self) -> str:
        return self.id or slug(self.title)


class CastEntry(_Strict):
    person: Name
    role: str | None = Field(default=None, description="who or what they play in the video")
    source: Source | None = None


class MusicVideoEntry(_Strict):
    release_date: dt.date | None = None
    directors: list[Name] = []
    cast: list[CastEntry] = []
    views: int | None = Field(default=None, ge=0)
    likes: int | None = Field(default=None, ge=0)
    stats_as_of: str | None = Field(
        default=None, description="when views and likes were counted: YYYY, YYYY-MM or YYYY-MM-DD"
    )
    mbid: Mbid | None = Field(default=None, description="the MusicBrainz id of the video recording")

    @field_validator("stats_as_of")
    @classmethod
    def _partial_date(cls, value: str | None) -> str | None:
        return partial_date(value)


# People introduced to one another at once: usually two, sometimes a newcomer to a trio or a band's members.
MAX_INTRODUCED = 10


class IntroductionEntry(_Strict):
    """Someone introduced two or more people to one another; listed in a song's file, it led to that song."""

    introducer: Name
    introduced: Annotated[list[Name], Field(min_length=2, max_length=MAX_INTRODUCED)]
    occasion: str | None = None
    year: int | None = Field(default=None, ge=1800, le=2100)
    outcome: str | None = Field(default=None, description="what the introduction led to, in words")
    source: Source | None = None

    @model_validator(mode="after")
    def _distinct_people(self) -> IntroductionEntry:
        keys = {fold(self.introducer), *(fold(n) for n in self.introduced)}
        if len(keys) != 1 + len(self.introduced):
            raise ValueError("the introducer and the people introduced must all be different people")
        return self


class CertificationEntry(_Strict):
    country: Name
    level: CertificationLevel
    multiplier: int = Field(default=1, ge=1, le=100)
    body: str | None = Field(default=None, description="certifying body, e.g. RIAA")
    source: Source | None = None


class ChartPeakEntry(_Strict):
    country: Name = Field(description="country or region, e.g. 'United States', 'CIS'")
    position: int = Field(ge=1, le=1000)
    chart: str | None = Field(default=None, description="chart name when the source gives one")
    source: Source | None = None


class QuoteEntry(_Strict):
    speaker: Name
    text: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    source: str | None = Field(default=None, description="where it was said, e.g. an interview or a show")
    year: int | None = Field(default=None, ge=1800, le=2100)
    provenance: Source | None = Field(default=None, description="the page this quote was imported from")


class OtherCredit(_Strict):
    """A credit outside the lists above, as its source names it: e.g. role 'instrument', detail 'guitar'."""

    person: Name
    role: Name = Field(description="what the person did, e.g. engineer, instrument, vocal, conductor")
    detail: str | None = Field(default=None, description="e.g. the instrument, or 'lead' for a vocal")
    source: Source | None = None


class SongDocument(_Strict):
    """One song file: the song and every fact about it."""

    title: Name
    id: Slug | None = None
    release_date: dt.date | None = None
    genres: list[Name] = []
    summary: str | None = Field(default=None, description="a short summary, in the file author's own words")
    artists: Annotated[list[Name], Field(min_length=1)]
    featured_artists: list[Name] = []
    writers: list[Name] = []
    producers: list[Name] = []
    album: AlbumEntry | None = None
    people: list[PersonEntry] = []
    music_video: MusicVideoEntry | None = None
    introductions: list[IntroductionEntry] = []
    certifications: list[CertificationEntry] = []
    chart_peaks: list[ChartPeakEntry] = []
    quotes: list[QuoteEntry] = []
    awards: list[AwardEntry] = []
    source: Source | None = Field(default=None, description="the story page the song was imported from")
    added_by: Name | None = Field(default=None, description="who added the story page")
    credit_sources: list[CreditSource] = Field(
        default=[], description="where names in the credit lists (and video directors) came from"
    )
    mbid: Mbid | None = Field(default=None, description="the MusicBrainz id of the recording")
    length: int | None = Field(default=None, ge=0, le=2**31 - 1, description="in milliseconds")
    other_credits: list[OtherCredit] = Field(
        default=[], description="engineers, instrumentalists, vocalists ...: each with its role and detail"
    )

    @property
    def key(self) -> str:
        return self.id or slug(self.title)

    @model_validator(mode="after")
    def _consistent(self) -> SongDocument:
        if not slug(self.title) and self.id is None:
            raise ValueError("title: no id can be derived from this title; give the song an id")
        ids: dict[str, str] = {}
        for index, person in enumerate(self.people):
            if not person.key:
                raise ValueError(f"people[{index}]: no id can be derived from '{person.name}'; give it an id")
            if person.key in ids:
                raise ValueError(f"people[{index}]: id '{person.key}' is already used by {ids[person.key]}")
            ids[person.key] = person.name
        owner: dict[str, str] = {}
        for index, person in enumerate(self.people):
            for spelling in {fold(person.name), *(fold(alias) for alias in person.aliases)}:
                if spelling in owner:
                    raise ValueError(f"people[{index}]: '{spelling}' is already a name or alias of {owner[spelling]}")
                owner[spelling] = person.name
        for index, intro in enumerate(self.introductions):
            people = {owner.get(fold(name), fold(name)) for name in (intro.introducer, *intro.introduced)}
            if len(people) != 1 + len(intro.introduced):
                raise ValueError(
                    f"introductions[{index}]: the introducer and the people introduced must all be different "
                    "people (an alias names the same person)"
                )
        _distinct_awards(self.awards, "")
        for index, person in enumerate(self.people):
            _distinct_awards(person.awards, f"people[{index}].")
        countries = [fold(c.country) for c in self.certifications]
        for index, country in enumerate(countries):
            if country in countries[:index]:
                raise ValueError(
                    f"certifications[{index}]: a second certification for {self.certifications[index].country}"
                )
        return self
