"""The GraphQL object types. They hold no logic: values come from the projected records.

Fields without arguments are read by the schema's default resolver (``records.read_field``); fields
with arguments read their value under the response key, because the same field may be selected
twice with different arguments under two aliases.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import Enum
from typing import Annotated, Any, Generic, NewType, TypeVar

import strawberry
from strawberry.types import Info

from songgraph.api.arguments import AFTER, BEFORE, FIRST, LAST, ROLES
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
CertificationLevel = strawberry.enum(
    ModelCertificationLevel, description="Certification levels, lowest first; the thresholds differ by country."
)


def describe_values(enum: Any, descriptions: Mapping[str, str]) -> None:
    """Descriptions for the values of an enum the API shares with the graph's code (a missing one raises)."""
    for value in enum.__strawberry_definition__.values:
        value.description = descriptions[value.name]


describe_values(
    Role,
    {
        "ARTIST": "A primary artist: the song is theirs.",
        "FEATURED_ARTIST": "A guest artist featured on the song.",
        "WRITER": "A songwriter (words, music or both).",
        "PRODUCER": "A producer of the recording.",
        "DIRECTOR": "A director of the song's music video.",
        "CAST": "Someone appearing in the song's music video.",
        "OTHER": "Any other credit of the recording (engineer, instrument, vocal ...): see otherRole and detail.",
    },
)
describe_values(
    ArtistKind, {"PERSON": "A single person.", "GROUP": "A band, duo or other group, which may list its members."}
)
describe_values(
    CertificationLevel,
    {
        "SILVER": "Silver, the lowest level; not every country awards it.",
        "GOLD": "Gold.",
        "PLATINUM": "Platinum; with a multiplier, multi-platinum.",
        "DIAMOND": "Diamond, the highest level.",
    },
)

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
        return type(obj) is dict and cls.__name__ in (obj.get("__labels") or ())

    # Tells the executor (api/execution.py) it may call this without building a resolve info.
    is_type_of.__func__.reads_record_only = True  # type: ignore[attr-defined]


@strawberry.interface(description="An object with a global id, fetchable with `node(id:)`.")
class Node:
    @strawberry.field(description="Global, opaque id.")
    def id(self) -> strawberry.ID:
        record: Record = self  # type: ignore[assignment]
        type_name = next(label for label in labels(record) if label in NODE_LABELS)
        return strawberry.ID(to_global_id(type_name, record["id"]))


def _cursor(record: Record, key: str) -> str | None:
    """The cursor of the sort key held under ``key``: encoded only when a client selects it."""
    values = record[key]
    return None if values is None else encode_cursor(record["order"], values)


# Pages are projected records too (dicts under the GraphQL names, built by ``make_connection``), so the
# executor's compiled completion covers a whole connection; a cursor is a resolver reading the sort key.
@strawberry.type(description="Where a page is in its list.")
class PageInfo:
    has_next_page: bool = strawberry.field(
        description="Whether items follow this page in the list's order (true going backwards when `before` was given)."
    )
    has_previous_page: bool = strawberry.field(
        description="Whether items come before this page (true going forwards when `after` was given)."
    )

    @strawberry.field(description="The cursor of the page's first item, for `before`; null on an empty page.")
    def start_cursor(self) -> str | None:
        return _cursor(self, "startKey")  # type: ignore[arg-type]

    @strawberry.field(description="The cursor of the page's last item, for `after`; null on an empty page.")
    def end_cursor(self) -> str | None:
        return _cursor(self, "endKey")  # type: ignore[arg-type]


@strawberry.type(description="One item of a page and its cursor.")
class Edge(Generic[T]):
    node: T = strawberry.field(description="The item.")

    @strawberry.field(description="This item's place in the list's order: pass it as `after` or `before`.")
    def cursor(self) -> str:
        return _cursor(self, "key")  # type: ignore[arg-type, return-value]


@strawberry.type(
    description="A page of a list: `first`/`after` move forwards, `last`/`before` backwards. Cursors carry "
    "the item's place in the list's order, so pages neither repeat nor skip items when others are added."
)
class Connection(Generic[T]):
    total_count: int = strawberry.field(description="How many items the whole list holds.")
    page_info: PageInfo = strawberry.field(description="Where the page is in the list, and the cursors to move on.")
    edges: list[Edge[T]] = strawberry.field(description="The page's items, each with its cursor.")
    nodes: list[T] = strawberry.field(description="The page's items, without cursors.")


def make_connection(value: Record, page: Page, order: Order) -> Any:
    """A connection's record from projected ``{rows, totalCount}``; a row is ``{node, key}``, and one extra
    row is read beyond the page when more follow in the direction of travel."""
    rows, extra = rows_in_order(value["rows"], page)
    name = order.name
    return {
        "totalCount": value["totalCount"],
        "pageInfo": {
            "hasNextPage": page.has_next(extra),
            "hasPreviousPage": page.has_previous(extra),
            "order": name,
            "startKey": rows[0]["key"] if rows else None,
            "endKey": rows[-1]["key"] if rows else None,
        },
        "edges": [{"node": row["node"], "order": name, "key": row["key"]} for row in rows],
        "nodes": [row["node"] for row in rows],
    }


def page_arguments(first: int | None, after: str | None, last: int | None, before: str | None) -> dict[str, Any]:
    return {"first": first, "after": after, "last": last, "before": before}


def _connection(root: Any, info: Info, order: Order, arguments: dict[str, Any]) -> Connection[Any]:
    key = str(info.path.key)
    return make_connection(root[key], Page.parse(arguments, order, DEFAULT_PAGE, key), order)  # type: ignore[no-any-return]


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
    title: str = strawberry.field(description="The title as released.")
    release_date: dt.date | None = strawberry.field(description="First release date (YYYY-MM-DD); null when not known.")
    genres: list[str] = strawberry.field(description="Genres as the song file gives them; empty when none is known.")
    summary: str | None = strawberry.field(description="A short summary in songgraph's own words.")
    length: int | None = strawberry.field(description="Its length in milliseconds, when known.")
    source: Source | None = strawberry.field(description="The story page the song was imported from, if any.")
    added_by: str | None = strawberry.field(description="Who added that story page.")
    artists: list[Person] = strawberry.field(description="Primary artists, in credit order.")
    featured_artists: list[Person] = strawberry.field(description="Artists featured on the song, in credit order.")
    writers: list[Person] = strawberry.field(description="Songwriters, in credit order.")
    producers: list[Person] = strawberry.field(description="Producers, in credit order.")
    credits: list[Credit] = strawberry.field(description="Every song credit, each with its role.")
    album: Album | None = strawberry.field(description="The album the song is on; null for a single without one.")
    music_video: MusicVideo | None = strawberry.field(
        description="The official music video; null when there is none in the graph."
    )
    certifications: list[Certification] = strawberry.field(description="Highest level first.")
    chart_peaks: list[ChartPeak] = strawberry.field(description="Best position first.")
    quotes: list[Quote] = strawberry.field(description="What people said about the song, in the order of its file.")
    awards: list[Award] = strawberry.field(description="Awards the song won, oldest first.")
    introductions: list[Introduction] = strawberry.field(description="Introductions that led to this song.")
    version: int = strawberry.field(
        description="Goes up by one with every edit; pass it as `expectedVersion` so a concurrent edit is not lost."
    )
    created_by: str | None = strawberry.field(description="Name of the token that created it through the API.")
    created_at: dt.datetime | None = strawberry.field(
        description="When it was created through the API (UTC); null for songs loaded from files."
    )
    updated_by: str | None = strawberry.field(description="Name of the token behind its latest edit.")
    updated_at: dt.datetime | None = strawberry.field(
        description="When it was last edited through the API (UTC); null if never."
    )
    external_ids: list[ExternalId] = strawberry.field(description="Its MusicBrainz recording, when imported.")


@strawberry.type(description="Counts over a person's song credits.")
class PersonStats:
    song_count: int = strawberry.field(description="Songs with a credit of this person's.")
    collaborator_count: int = strawberry.field(description="People who share a song credit with this person.")


@strawberry.type(description="One of a person's aliases, with its locale and type as MusicBrainz gives them.")
class Alias:
    name: str = strawberry.field(description="The alias as written, in its own script.")
    locale: str | None = strawberry.field(description="e.g. en, ja, ko_KR.")
    type: str | None = strawberry.field(description="e.g. Artist name, Legal name, Search hint.")
    primary: bool = strawberry.field(description="The primary alias for its locale.")


@strawberry.type(description="A person or a group (a band) credited on songs or videos.")
class Person(Node, FromGraph):
    name: str = strawberry.field(description="The name this person or group is credited under.")
    aliases: list[str] = strawberry.field(description="Other spellings that find this person.")
    alias_details: list[Alias] = strawberry.field(description="Aliases whose locale or type is known.")
    kind: ArtistKind = strawberry.field(description="A single person, or a group such as a band.")  # type: ignore[valid-type]
    description: str | None = strawberry.field(
        description="A few words on who they are (e.g. singer-songwriter); null when not known."
    )
    members: list[Person] = strawberry.field(description="For a group: its members, when known.")
    member_of: list[Person] = strawberry.field(description="Groups this person belongs to.")
    credits: list[Credit] = strawberry.field(description="Every song credit, newest song first.")
    directed_videos: list[MusicVideo] = strawberry.field(description="Music videos they directed, oldest first.")
    video_roles: list[VideoRole] = strawberry.field(description="Appearances in music videos.")
    introductions_made: list[Introduction] = strawberry.field(
        description="Introductions they made between other people."
    )
    introductions_received: list[Introduction] = strawberry.field(
        description="Introductions in which they were one of the people introduced."
    )
    quotes: list[Quote] = strawberry.field(description="What they said about songs, oldest first.")
    awards: list[Award] = strawberry.field(description="Awards the person won, oldest first.")
    albums: list[Album] = strawberry.field(description="Albums they released as an artist, oldest first.")
    stats: PersonStats = strawberry.field(description="Counts over their song credits.")
    external_ids: list[ExternalId] = strawberry.field(description="Its MusicBrainz artist, when linked.")

    @strawberry.field(description="Song credits, a page at a time, optionally only some roles.")
    def credits_connection(
        self,
        info: Info,
        first: Annotated[int | None, FIRST] = None,
        after: Annotated[str | None, AFTER] = None,
        roles: Annotated[list[Role] | None, ROLES] = None,  # type: ignore[valid-type]
        last: Annotated[int | None, LAST] = None,
        before: Annotated[str | None, BEFORE] = None,
    ) -> Connection[Credit]:
        return _connection(self, info, CREDIT_ORDER, page_arguments(first, after, last, before))

    @strawberry.field(
        description="People who share a work with this person, most shared works first. Song roles "
        "(the default) compare song credits; DIRECTOR and CAST compare music videos."
    )
    def collaborators(
        self,
        info: Info,
        roles: Annotated[
            list[Role] | None,  # type: ignore[valid-type]
            strawberry.argument(
                description="The roles that make a shared work: song roles (default: all four) or video roles "
                "(DIRECTOR, CAST), not both."
            ),
        ] = None,
        first: Annotated[int | None, FIRST] = None,
        after: Annotated[str | None, AFTER] = None,
        last: Annotated[int | None, LAST] = None,
        before: Annotated[str | None, BEFORE] = None,
    ) -> Connection[Collaboration]:
        return _connection(self, info, COLLABORATOR_ORDER, page_arguments(first, after, last, before))


@strawberry.type(description="A person's credit on a song, in one role.")
class Credit:
    role: Role = strawberry.field(description="What the person did on the song.")  # type: ignore[valid-type]
    song: Song = strawberry.field(description="The song credited.")
    person: Person = strawberry.field(description="The person or group credited.")
    source: Source | None = strawberry.field(description="Where an imported credit was read; null from data files.")
    other_role: str | None = strawberry.field(
        description="For an OTHER credit: what the person did, as the source names it (engineer, instrument, vocal)."
    )
    detail: str | None = strawberry.field(description="For an OTHER credit: e.g. the instrument played.")


@strawberry.type(description="An appearance of a person in a music video.")
class VideoRole:
    role: str | None = strawberry.field(description="Who or what the person plays.")
    video: MusicVideo = strawberry.field(description="The music video.")
    person: Person = strawberry.field(description="The person appearing in it.")
    source: Source | None = strawberry.field(description="Where an imported appearance was read; null from data files.")


@strawberry.type(description="Someone appearing in a music video, and who or what they play.")
class CastMember:
    person: Person = strawberry.field(description="The person appearing in the video.")
    role: str | None = strawberry.field(description="Who or what the person plays.")
    video: MusicVideo = strawberry.field(description="The music video.")
    source: Source | None = strawberry.field(description="Where an imported appearance was read; null from data files.")


@strawberry.type(description="A director of a music video, with where that was read.")
class DirectorCredit:
    person: Person = strawberry.field(description="The director.")
    video: MusicVideo = strawberry.field(description="The music video.")
    source: Source | None = strawberry.field(
        description="Where an imported director credit was read; null from data files."
    )


@strawberry.type(description="An album (or EP) that songs of the graph are on.")
class Album(Node, FromGraph):
    title: str = strawberry.field(description="The album's title.")
    kind: str | None = strawberry.field(description="e.g. debut studio album, EP.")
    release_date: dt.date | None = strawberry.field(description="Release date (YYYY-MM-DD); null when not known.")
    artists: list[Person] = strawberry.field(description="Artists who released it, in credit order.")
    songs: list[Song] = strawberry.field(
        description="Its songs in the graph (not necessarily the whole track list), oldest release first."
    )
    external_ids: list[ExternalId] = strawberry.field(description="Its MusicBrainz release group, when imported.")


@strawberry.type(description="The official music video of a song.")
class MusicVideo(Node, FromGraph):
    release_date: dt.date | None = strawberry.field(description="Release date (YYYY-MM-DD); null when not known.")
    views: Count | None = strawberry.field(description="View count as of `statsAsOf`.")
    likes: Count | None = strawberry.field(description="Like count as of `statsAsOf`.")
    stats_as_of: str | None = strawberry.field(description="When views and likes were counted (YYYY[-MM[-DD]]).")
    song: Song | None = strawberry.field(description="The song it is the video of.")
    directors: list[Person] = strawberry.field(description="Directors, in credit order.")
    director_credits: list[DirectorCredit] = strawberry.field(description="Directors with their provenance.")
    cast: list[CastMember] = strawberry.field(
        description="People appearing in it, with who they play, in credit order."
    )
    external_ids: list[ExternalId] = strawberry.field(description="Its MusicBrainz video recording, when imported.")


@strawberry.type(description="Someone introduced two or more people to one another; it led to songs.")
class Introduction(Node, FromGraph):
    occasion: str | None = strawberry.field(description="Where or how it happened, in words; null when not known.")
    year: int | None = strawberry.field(description="The year it happened; null when not known.")
    outcome: str | None = strawberry.field(description="What the introduction led to, in words.")
    introducer: Person | None = strawberry.field(description="Who made the introduction; null when not known.")
    introduced: list[Person] = strawberry.field(description="The people introduced to one another, two or more.")
    led_to: list[Song] = strawberry.field(description="Songs that came of it, oldest first.")
    source: Source | None = strawberry.field(
        description="Where an imported introduction was read; null from data files."
    )


@strawberry.type(description="A sales or streaming award for a song in one country or region.")
class Certification(Node, FromGraph):
    country: str = strawberry.field(description="Country or region of the certifying body, e.g. Sweden.")
    level: CertificationLevel = strawberry.field(description="The award level (with `multiplier`: 4x PLATINUM).")  # type: ignore[valid-type]
    multiplier: int = strawberry.field(description="e.g. 4 for 4x Platinum.")
    body: str | None = strawberry.field(description="The certifying body, e.g. RIAA; null when not given.")
    source: Source | None = strawberry.field(
        description="Where an imported certification was read; null from data files."
    )
    song: Song | None = strawberry.field(description="The song certified.")


@strawberry.type(description="The best position a song reached on one chart.")
class ChartPeak(Node, FromGraph):
    country: str = strawberry.field(description="Country or region.")
    chart: str | None = strawberry.field(description="Chart name, when the source gives one.")
    position: int = strawberry.field(description="The best position the song reached, 1 being the top.")
    source: Source | None = strawberry.field(description="Where an imported chart peak was read; null from data files.")
    song: Song | None = strawberry.field(description="The song charted.")


@strawberry.type(description="An award a song or a person won, as the awarding body names it.")
class Award(Node, FromGraph):
    name: str = strawberry.field(description="The award's name, e.g. Grammy Award.")
    year: int | None = strawberry.field(description="The year it was given; null when not known.")
    body: str | None = strawberry.field(description="Who gives it, e.g. The Recording Academy; null when not known.")
    category: str | None = strawberry.field(
        description="The category, e.g. Best Pop Duo/Group Performance; null when the award has none."
    )
    song: Song | None = strawberry.field(description="The song it went to, when it went to a song.")
    person: Person | None = strawberry.field(description="The person it went to, when it went to a person.")


@strawberry.type(description="Something a person said about a song.")
class Quote(Node, FromGraph):
    text: str = strawberry.field(description="What was said, word for word.")
    source: str | None = strawberry.field(description="Where it was said, e.g. an interview or a show.")
    year: int | None = strawberry.field(description="The year it was said; null when not known.")
    provenance: Source | None = strawberry.field(description="The story page this quote was imported from.")
    speaker: Person | None = strawberry.field(description="Who said it.")
    song: Song | None = strawberry.field(description="The song it is about.")


@strawberry.type(description="One work two people share, with each side's roles on it.")
class SharedWork:
    song: Song = strawberry.field(description="The song (for a shared video: the song it is the video of).")
    video: MusicVideo | None = strawberry.field(description="Set when the shared work is the song's video.")
    roles: list[Role] = strawberry.field(description="The collaborator's roles.")  # type: ignore[valid-type]
    partner_roles: list[Role] = strawberry.field(  # type: ignore[valid-type]
        description="The other person's roles on the same work."
    )


@strawberry.type(description="Someone who shares works with the person asked about, and the works.")
class Collaboration:
    person: Person = strawberry.field(description="The collaborator.")
    shared_work_count: int = strawberry.field(
        description="How many works (songs, or videos for DIRECTOR and CAST) the two share."
    )
    works: list[SharedWork] = strawberry.field(description="The shared works, oldest first.")


class SongSort(Enum):
    TITLE_ASC = "TITLE_ASC"
    TITLE_DESC = "TITLE_DESC"
    RELEASE_DATE_ASC = "RELEASE_DATE_ASC"
    RELEASE_DATE_DESC = "RELEASE_DATE_DESC"


class PersonSort(Enum):
    NAME_ASC = "NAME_ASC"
    NAME_DESC = "NAME_DESC"
    SONG_COUNT_DESC = "SONG_COUNT_DESC"


SongSortEnum = strawberry.enum(SongSort, description="The order of `songs`; each ends with the id, so it is total.")
PersonSortEnum = strawberry.enum(PersonSort, description="The order of `people`.")
describe_values(
    SongSortEnum,
    {
        "TITLE_ASC": "By title, A to Z (case, accents and quote marks ignored).",
        "TITLE_DESC": "By title, Z to A.",
        "RELEASE_DATE_ASC": "Oldest first, then by title; songs without a release date last.",
        "RELEASE_DATE_DESC": "Newest first, then by title; songs without a release date last.",
    },
)
describe_values(
    PersonSortEnum,
    {
        "NAME_ASC": "By name, A to Z (case and accents ignored).",
        "NAME_DESC": "By name, Z to A.",
        "SONG_COUNT_DESC": "Most songs credited first (any song role), then by name. Ranks everyone on each "
        "request, so it costs a pass over every person's credits.",
    },
)


@strawberry.input(description="Songs with a certification matching every condition given (one certification).")
class CertificationFilter:
    country: str | None = strawberry.field(
        default=None, description="Country or region as the certification names it (case ignored), e.g. Sweden."
    )
    min_level: CertificationLevel | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="At least this level: PLATINUM also finds DIAMOND; any multiplier counts."
    )


@strawberry.input(description="Songs with a chart peak matching every condition given (one peak).")
class ChartFilter:
    country: str | None = strawberry.field(default=None, description="Country or region of the chart (case ignored).")
    chart: str | None = strawberry.field(default=None, description="Chart name (case ignored), e.g. Billboard Hot 100.")
    position_from: int | None = strawberry.field(
        default=None, description="Best position counted, 1 or more (1 is the top of the chart)."
    )
    position_to: int | None = strawberry.field(
        default=None, description="Lowest position counted: positionTo 10 finds songs that reached the top 10."
    )


@strawberry.input(description="Songs matching every condition given; an empty filter keeps every song.")
class SongFilter:
    title: str | None = strawberry.field(default=None, description="Part of the title (case, accents ignored).")
    artist: str | None = strawberry.field(default=None, description="Name or alias of an artist or featured artist.")
    year: int | None = strawberry.field(default=None, description="Released in this year; not with yearFrom/yearTo.")
    year_from: int | None = strawberry.field(default=None, description="Released in this year or later.")
    year_to: int | None = strawberry.field(default=None, description="Released in this year or earlier.")
    genre: str | None = strawberry.field(default=None, description="One of the song's genres, whole (case ignored).")
    album: str | None = strawberry.field(default=None, description="The album's title, whole (case, accents ignored).")
    certification: CertificationFilter | None = strawberry.field(
        default=None, description="Only songs with such a certification."
    )
    chart: ChartFilter | None = strawberry.field(default=None, description="Only songs with such a chart peak.")


@strawberry.input(description="People matching every condition given.")
class PersonFilter:
    name: str | None = strawberry.field(default=None, description="Part of a name or alias.")
    role: Role | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Only people with at least one credit in this role (DIRECTOR, CAST: on a video)."
    )


@strawberry.input(
    one_of=True,
    description="A person, by global id or by name/alias: exactly one of the two (a @oneOf input).",
)
class PersonRef:
    id: strawberry.ID | None = strawberry.field(description="The person's global id.")
    name: str | None = strawberry.field(
        description="A name or alias, whole (case and accents ignored). In a mutation, a name nobody has yet "
        "creates that person."
    )


@strawberry.type(description="Someone who has worked with both A and B, with the evidence on each side.")
class SharedCollaborator:
    person: Person = strawberry.field(description="The collaborator both have worked with.")
    via_a: list[SharedWork] = strawberry.field(description="Works shared with A.")
    via_b: list[SharedWork] = strawberry.field(description="Works shared with B.")
    strength: int = strawberry.field(description="How many works back it up, on both sides together.")


@strawberry.type(description="One step of a chain: two people and what links them.")
class PathStep:
    from_: Person = strawberry.field(name="from", description="The person this step starts from.")
    to: Person = strawberry.field(description="The person it reaches.")
    explanation: str = strawberry.field(
        description="One sentence saying what links the two, e.g. a song both are credited on."
    )


@strawberry.type(description="The shortest chain of people linking two people.")
class PersonPath:
    length: int = strawberry.field(description="Number of steps (people in the chain minus one).")
    steps: list[PathStep] = strawberry.field(description="The steps in order, from `from` to `to`.")
    people: list[Person] = strawberry.field(description="Everyone on the chain, in order.")


@strawberry.type(description="A node of a drawn neighbourhood.")
class GraphNode:
    id: strawberry.ID = strawberry.field(
        description="The node's global id (usable with `node(id:)` for the Node types)."
    )
    kind: str = strawberry.field(description="Song, Person, Album, MusicVideo, Introduction, Quote, ...")
    label: str = strawberry.field(description="A short caption: a title, a name, or a few words of a quote.")


@strawberry.type(description="A relationship between two nodes of a drawn neighbourhood.")
class GraphEdge:
    source: strawberry.ID = strawberry.field(description="Global id of the node the relationship starts from.")
    target: strawberry.ID = strawberry.field(description="Global id of the node it points to.")
    type: str = strawberry.field(description="The relationship type, e.g. WROTE or APPEARS_IN.")


@strawberry.type(description="Nodes and typed edges around one node, nearest first, for drawing.")
class Neighborhood:
    nodes: list[GraphNode] = strawberry.field(description="The nodes, nearest to the start first.")
    edges: list[GraphEdge] = strawberry.field(description="The relationships between the nodes listed.")
    truncated: bool = strawberry.field(description="True when `limit` cut the neighbourhood short.")


SearchResult = Annotated[
    Song | Person | Album,
    strawberry.union("SearchResult", description="What `search` finds: a song, a person or an album."),
]


@strawberry.type(description="A search result and how well it matches.")
class SearchHit:
    score: float = strawberry.field(description="Relevance (higher is better); comparable within one answer only.")
    node: SearchResult = strawberry.field(description="The song, person or album found.")
