"""The GraphQL object types. They hold no logic: values come from the projected records.

Fields without arguments are read by the schema's default resolver (``records.read_field``); fields
with arguments read their value under the response key, because the same field may be selected
twice with different arguments under two aliases.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated, Any, Generic, NewType, TypeVar

import strawberry
from strawberry.types import Info

from songgraph.api.records import Record, labels
from songgraph.cypher.nested import COLLABORATOR_ORDER, CREDIT_ORDER, DEFAULT_PAGE
from songgraph.cypher.paging import Order, Page, encode_cursor, rows_in_order
from songgraph.graph import NODE_LABELS
from songgraph.graph import Role as GraphRole
from songgraph.ids import to_global_id
from songgraph.models import ArtistKind as ModelArtistKind
from songgraph.models import CertificationLevel as ModelCertificationLevel

Role = strawberry.enum(GraphRole, description="What a person did on a song or on its music video.")
ArtistKind = strawberry.enum(ModelArtistKind, description="A single person or a group such as a band.")
CertificationLevel = strawberry.enum(ModelCertificationLevel)

T = TypeVar("T")

Count = NewType("Count", int)
COUNT_SCALAR = strawberry.scalar(
    name="Count",
    serialize=int,
    parse_value=int,
    description="A whole number that may exceed the 32 bits of Int (view counts).",
)


class FromGraph:
    """Lets GraphQL tell which concrete type a record is (for ``Node`` and search hits) by its labels."""

    @classmethod
    def is_type_of(cls, obj: Any, _info: Any) -> bool:
        return type(obj) is dict and cls.__name__ in labels(obj)


@strawberry.interface(description="An object with a global id, fetchable with `node(id:)`.")
class Node:
    @strawberry.field(description="Global, opaque id.")
    def id(self) -> strawberry.ID:
        record: Record = self  # type: ignore[assignment]
        type_name = next(label for label in labels(record) if label in NODE_LABELS)
        return strawberry.ID(to_global_id(type_name, record["id"]))


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type(
    description="A page of a list: `first`/`after` move forwards, `last`/`before` backwards. Cursors carry "
    "the item's place in the list's order, so pages neither repeat nor skip items when others are added."
)
class Connection(Generic[T]):
    total_count: int = strawberry.field(description="How many items the whole list holds.")
    page_info: PageInfo
    edges: list[Edge[T]]
    nodes: list[T]


def make_connection(value: Record, page: Page, order: Order) -> Connection[Any]:
    """A connection from projected ``{rows, totalCount}``; a row is ``{node, key}``, and one extra row is
    read beyond the page when more follow in the direction of travel."""
    rows, extra = rows_in_order(value["rows"], page)
    edges = [Edge(cursor=encode_cursor(order.name, row["key"]), node=row["node"]) for row in rows]
    return Connection(
        total_count=value["totalCount"],
        page_info=PageInfo(
            has_next_page=page.has_next(extra),
            has_previous_page=page.has_previous(extra),
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        edges=edges,
        nodes=[edge.node for edge in edges],
    )


def page_arguments(first: int | None, after: str | None, last: int | None, before: str | None) -> dict[str, Any]:
    return {"first": first, "after": after, "last": last, "before": before}


def _connection(root: Any, info: Info, order: Order, arguments: dict[str, Any]) -> Connection[Any]:
    key = str(info.path.key)
    return make_connection(root[key], Page.parse(arguments, order, DEFAULT_PAGE, key), order)


@strawberry.type(description="Where an imported fact was read: a story page and the sentence or line on it.")
class Source:
    page: str = strawberry.field(description="The page: the file name or the URL given at import.")
    excerpt: str | None = strawberry.field(description="The sentence or line the fact came from.")
    line: int | None = strawberry.field(description="Its line number on the page.")


@strawberry.type(description="An id the object has in another catalogue (MusicBrainz), with its page there.")
class ExternalId:
    source: str = strawberry.field(description="The catalogue: `musicbrainz`.")
    id: str = strawberry.field(description="The id there (for MusicBrainz, the MBID).")
    url: str = strawberry.field(description="The object's page there; an imported object's provenance.")


@strawberry.type(description="A song and everything known about it.")
class Song(Node, FromGraph):
    title: str
    release_date: dt.date | None
    genres: list[str]
    summary: str | None = strawberry.field(description="A short summary in songgraph's own words.")
    length: int | None = strawberry.field(description="Its length in milliseconds, when known.")
    source: Source | None = strawberry.field(description="The story page the song was imported from, if any.")
    added_by: str | None = strawberry.field(description="Who added that story page.")
    artists: list[Person] = strawberry.field(description="Primary artists, in credit order.")
    featured_artists: list[Person]
    writers: list[Person]
    producers: list[Person]
    credits: list[Credit] = strawberry.field(description="Every song credit, each with its role.")
    album: Album | None
    music_video: MusicVideo | None
    certifications: list[Certification] = strawberry.field(description="Highest level first.")
    chart_peaks: list[ChartPeak] = strawberry.field(description="Best position first.")
    quotes: list[Quote]
    introductions: list[Introduction] = strawberry.field(description="Introductions that led to this song.")
    version: int = strawberry.field(
        description="Goes up by one with every edit; pass it as `expectedVersion` so a concurrent edit is not lost."
    )
    created_by: str | None = strawberry.field(description="Name of the token that created it through the API.")
    created_at: dt.datetime | None
    updated_by: str | None = strawberry.field(description="Name of the token behind its latest edit.")
    updated_at: dt.datetime | None
    external_ids: list[ExternalId] = strawberry.field(description="Its MusicBrainz recording, when imported.")


@strawberry.type
class PersonStats:
    song_count: int = strawberry.field(description="Songs with a credit of this person's.")
    collaborator_count: int = strawberry.field(description="People who share a song credit with this person.")


@strawberry.type(description="One of a person's aliases, with its locale and type as MusicBrainz gives them.")
class Alias:
    name: str
    locale: str | None = strawberry.field(description="e.g. en, ja, ko_KR.")
    type: str | None = strawberry.field(description="e.g. Artist name, Legal name, Search hint.")
    primary: bool = strawberry.field(description="The primary alias for its locale.")


@strawberry.type(description="A person or a group (a band) credited on songs or videos.")
class Person(Node, FromGraph):
    name: str
    aliases: list[str] = strawberry.field(description="Other spellings that find this person.")
    alias_details: list[Alias] = strawberry.field(description="Aliases whose locale or type is known.")
    kind: ArtistKind  # type: ignore[valid-type]
    description: str | None
    members: list[Person] = strawberry.field(description="For a group: its members, when known.")
    member_of: list[Person] = strawberry.field(description="Groups this person belongs to.")
    credits: list[Credit] = strawberry.field(description="Every song credit, newest song first.")
    directed_videos: list[MusicVideo]
    video_roles: list[VideoRole] = strawberry.field(description="Appearances in music videos.")
    introductions_made: list[Introduction]
    introductions_received: list[Introduction]
    quotes: list[Quote]
    albums: list[Album]
    stats: PersonStats
    external_ids: list[ExternalId] = strawberry.field(description="Its MusicBrainz artist, when linked.")

    @strawberry.field(description="Song credits, a page at a time, optionally only some roles.")
    def credits_connection(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        roles: list[Role] | None = None,  # type: ignore[valid-type]
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Credit]:
        return _connection(self, info, CREDIT_ORDER, page_arguments(first, after, last, before))

    @strawberry.field(
        description="People who share a work with this person, most shared works first. Song roles "
        "(the default) compare song credits; DIRECTOR and CAST compare music videos."
    )
    def collaborators(
        self,
        info: Info,
        roles: list[Role] | None = None,  # type: ignore[valid-type]
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Collaboration]:
        return _connection(self, info, COLLABORATOR_ORDER, page_arguments(first, after, last, before))


@strawberry.type
class Credit:
    role: Role  # type: ignore[valid-type]
    song: Song
    person: Person
    source: Source | None = strawberry.field(description="Where an imported credit was read; null from data files.")
    other_role: str | None = strawberry.field(
        description="For an OTHER credit: what the person did, as the source names it (engineer, instrument, vocal)."
    )
    detail: str | None = strawberry.field(description="For an OTHER credit: e.g. the instrument played.")


@strawberry.type
class VideoRole:
    role: str | None = strawberry.field(description="Who or what the person plays.")
    video: MusicVideo
    person: Person
    source: Source | None


@strawberry.type
class CastMember:
    person: Person
    role: str | None = strawberry.field(description="Who or what the person plays.")
    video: MusicVideo
    source: Source | None


@strawberry.type(description="A director of a music video, with where that was read.")
class DirectorCredit:
    person: Person
    video: MusicVideo
    source: Source | None


@strawberry.type
class Album(Node, FromGraph):
    title: str
    kind: str | None = strawberry.field(description="e.g. debut studio album, EP.")
    release_date: dt.date | None
    artists: list[Person]
    songs: list[Song]
    external_ids: list[ExternalId] = strawberry.field(description="Its MusicBrainz release group, when imported.")


@strawberry.type
class MusicVideo(Node, FromGraph):
    release_date: dt.date | None
    views: Count | None = strawberry.field(description="View count as of `statsAsOf`.")
    likes: Count | None = strawberry.field(description="Like count as of `statsAsOf`.")
    stats_as_of: str | None = strawberry.field(description="When views and likes were counted (YYYY[-MM[-DD]]).")
    song: Song | None
    directors: list[Person]
    director_credits: list[DirectorCredit] = strawberry.field(description="Directors with their provenance.")
    cast: list[CastMember]
    external_ids: list[ExternalId] = strawberry.field(description="Its MusicBrainz video recording, when imported.")


@strawberry.type(description="Someone introduced two people; it led to songs.")
class Introduction(Node, FromGraph):
    occasion: str | None
    year: int | None
    outcome: str | None = strawberry.field(description="What the introduction led to, in words.")
    introducer: Person | None
    introduced: list[Person]
    led_to: list[Song]
    source: Source | None


@strawberry.type
class Certification:
    country: str
    level: CertificationLevel  # type: ignore[valid-type]
    multiplier: int = strawberry.field(description="e.g. 4 for 4x Platinum.")
    body: str | None
    source: Source | None
    song: Song | None


@strawberry.type
class ChartPeak:
    country: str = strawberry.field(description="Country or region.")
    chart: str | None = strawberry.field(description="Chart name, when the source gives one.")
    position: int
    source: Source | None
    song: Song | None


@strawberry.type
class Quote:
    text: str
    source: str | None = strawberry.field(description="Where it was said, e.g. an interview or a show.")
    year: int | None
    provenance: Source | None = strawberry.field(description="The story page this quote was imported from.")
    speaker: Person | None
    song: Song | None


@strawberry.type(description="One work two people share, with each side's roles on it.")
class SharedWork:
    song: Song
    video: MusicVideo | None = strawberry.field(description="Set when the shared work is the song's video.")
    roles: list[Role] = strawberry.field(description="The collaborator's roles.")  # type: ignore[valid-type]
    partner_roles: list[Role] = strawberry.field(  # type: ignore[valid-type]
        description="The other person's roles on the same work."
    )


@strawberry.type
class Collaboration:
    person: Person
    shared_work_count: int
    works: list[SharedWork]


class SongSort(Enum):
    TITLE_ASC = "TITLE_ASC"
    TITLE_DESC = "TITLE_DESC"
    RELEASE_DATE_ASC = "RELEASE_DATE_ASC"
    RELEASE_DATE_DESC = "RELEASE_DATE_DESC"


class PersonSort(Enum):
    NAME_ASC = "NAME_ASC"
    NAME_DESC = "NAME_DESC"


SongSortEnum = strawberry.enum(SongSort)
PersonSortEnum = strawberry.enum(PersonSort)


@strawberry.input
class SongFilter:
    title: str | None = strawberry.field(default=None, description="Part of the title (case, accents ignored).")
    artist: str | None = strawberry.field(default=None, description="Name or alias of an artist or featured artist.")
    year: int | None = None
    year_from: int | None = None
    year_to: int | None = None


@strawberry.input
class PersonFilter:
    name: str | None = strawberry.field(default=None, description="Part of a name or alias.")


@strawberry.input(description="A person, by global id or by name/alias: give exactly one.")
class PersonRef:
    id: strawberry.ID | None = None
    name: str | None = None


@strawberry.type(description="Someone who has worked with both A and B, with the evidence on each side.")
class SharedCollaborator:
    person: Person
    via_a: list[SharedWork] = strawberry.field(description="Works shared with A.")
    via_b: list[SharedWork] = strawberry.field(description="Works shared with B.")
    strength: int = strawberry.field(description="How many works back it up, on both sides together.")


@strawberry.type
class PathStep:
    from_: Person = strawberry.field(name="from")
    to: Person
    explanation: str


@strawberry.type(description="The shortest chain of people linking two people.")
class PersonPath:
    length: int = strawberry.field(description="Number of steps (people in the chain minus one).")
    steps: list[PathStep]
    people: list[Person] = strawberry.field(description="Everyone on the chain, in order.")


@strawberry.type
class GraphNode:
    id: strawberry.ID
    kind: str = strawberry.field(description="Song, Person, Album, MusicVideo, Introduction, Quote, ...")
    label: str


@strawberry.type
class GraphEdge:
    source: strawberry.ID
    target: strawberry.ID
    type: str = strawberry.field(description="The relationship type, e.g. WROTE or APPEARS_IN.")


@strawberry.type(description="Nodes and typed edges around one node, nearest first, for drawing.")
class Neighborhood:
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    truncated: bool = strawberry.field(description="True when `limit` cut the neighbourhood short.")


SearchResult = Annotated[Song | Person | Album, strawberry.union("SearchResult")]


@strawberry.type
class SearchHit:
    score: float
    node: SearchResult
