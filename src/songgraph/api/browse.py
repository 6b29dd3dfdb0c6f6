"""Root fields for browsing and counting: albums, music videos and quotes a page at a time, and ``stats``."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from songgraph.api.arguments import AFTER, BEFORE, FIRST, LAST
from songgraph.api.context import Context
from songgraph.api.resolve import run
from songgraph.api.types import (
    Album,
    Connection,
    MusicVideo,
    Person,
    Quote,
    Role,
    SongFilter,
    make_connection,
    page_arguments,
)
from songgraph.cypher import browse, stats
from songgraph.cypher.nested import DEFAULT_PAGE
from songgraph.cypher.paging import Order, Page

Ctx = Info[Context, Any]

RANKING = strawberry.argument(description="How many rows, 1 to 100 (default 10).")


async def _page(info: Ctx, translate: Any, order: Order, arguments: dict[str, Any]) -> Connection[Any]:
    value = await run(info, translate)
    page = Page.parse(arguments, order, DEFAULT_PAGE, str(info.path.key))
    return make_connection(value, page, order)  # type: ignore[no-any-return]


class AlbumSort(Enum):
    TITLE_ASC = strawberry.enum_value("TITLE_ASC", description="By title, A to Z (case and accents ignored).")
    TITLE_DESC = strawberry.enum_value("TITLE_DESC", description="By title, Z to A.")
    RELEASE_DATE_ASC = strawberry.enum_value(
        "RELEASE_DATE_ASC", description="Oldest first; albums without a release date last."
    )
    RELEASE_DATE_DESC = strawberry.enum_value(
        "RELEASE_DATE_DESC", description="Newest first; albums without a release date last."
    )


class MusicVideoSort(Enum):
    RELEASE_DATE_ASC = strawberry.enum_value(
        "RELEASE_DATE_ASC", description="Oldest first; videos without a release date last."
    )
    RELEASE_DATE_DESC = strawberry.enum_value(
        "RELEASE_DATE_DESC", description="Newest first; videos without a release date last."
    )
    VIEWS_DESC = strawberry.enum_value("VIEWS_DESC", description="Most viewed first; videos without a count last.")


AlbumSortEnum = strawberry.enum(AlbumSort, description="The order of `albums`.")
MusicVideoSortEnum = strawberry.enum(MusicVideoSort, description="The order of `musicVideos`.")


@strawberry.input(description="Albums matching every condition given.")
class AlbumFilter:
    title: str | None = strawberry.field(default=None, description="Part of the title (case, accents ignored).")
    artist: str | None = strawberry.field(
        default=None, description="Name or alias of an artist who released the album (case, accents ignored)."
    )


@strawberry.input(description="Music videos matching every condition given.")
class MusicVideoFilter:
    director: str | None = strawberry.field(default=None, description="Name or alias of a director.")
    cast_member: str | None = strawberry.field(default=None, description="Name or alias of someone in the cast.")


@strawberry.input(description="Quotes matching every condition given.")
class QuoteFilter:
    speaker: str | None = strawberry.field(default=None, description="Name or alias of who said it.")
    song: str | None = strawberry.field(
        default=None, description="Title of the song it is about, whole (case, accents and quotes ignored)."
    )


@strawberry.type(description="Songs released in one year.")
class YearSongCount:
    year: int = strawberry.field(description="The release year (songs without a release date are not counted).")
    song_count: int = strawberry.field(description="Songs of the filter released that year.")


@strawberry.type(description="Songs of one genre.")
class GenreSongCount:
    genre: str = strawberry.field(description="The genre, spelled as the song files give it.")
    song_count: int = strawberry.field(description="Songs of the filter with this genre.")


@strawberry.type(description="A person and the songs of the filter credited to them in the role asked.")
class PersonSongCount:
    person: Person = strawberry.field(description="The person or group.")
    song_count: int = strawberry.field(
        description="Distinct songs (a writer who also produced a song counts it once); for DIRECTOR and CAST, "
        "songs whose music video credits them."
    )


@strawberry.type(description="A person and how many people share a song credit with them.")
class PersonCollaboratorCount:
    person: Person = strawberry.field(description="The person or group.")
    collaborator_count: int = strawberry.field(
        description="Distinct other people credited on the same songs of the filter (any song role)."
    )


@strawberry.type(description="The certifications of one country or region.")
class CountryCertificationCount:
    country: str = strawberry.field(description="Country or region, as the certifications name it.")
    certification_count: int = strawberry.field(description="Certifications there, of every level.")
    song_count: int = strawberry.field(description="Distinct songs holding them.")


def _by_key(root: Any, info: Info) -> Any:
    return root[str(info.path.key)]


@strawberry.type(
    description="Counts over the songs of a filter (the whole graph without one). Each field selected is "
    "computed in the same statement; rankings break ties by name."
)
class SongStats:
    song_count: int = strawberry.field(description="How many songs match the filter.")
    songs_per_year: list[YearSongCount] = strawberry.field(
        description="Songs per release year, oldest year first; years without songs are left out."
    )

    @strawberry.field(description="The most common genres, most songs first (ties: genre name).")
    def genres(self, info: Info, first: Annotated[int, RANKING] = 10) -> list[GenreSongCount]:
        return _by_key(self, info)  # type: ignore[no-any-return]

    @strawberry.field(
        description="The people credited on the most songs of the filter, most first (ties: name, then id)."
    )
    def most_credited(
        self,
        info: Info,
        role: Annotated[
            Role | None,  # type: ignore[valid-type]
            strawberry.argument(description="Only credits in this role; null: any song role (not video roles)."),
        ] = None,
        first: Annotated[int, RANKING] = 10,
    ) -> list[PersonSongCount]:
        return _by_key(self, info)  # type: ignore[no-any-return]

    @strawberry.field(
        description="The people sharing song credits with the most others on the songs of the filter, most first."
    )
    def most_collaborators(self, info: Info, first: Annotated[int, RANKING] = 10) -> list[PersonCollaboratorCount]:
        return _by_key(self, info)  # type: ignore[no-any-return]

    @strawberry.field(description="Certifications per country or region, most first (ties: country name).")
    def certifications_per_country(
        self,
        info: Info,
        first: Annotated[int, strawberry.argument(description="How many countries, 1 to 100 (default 50).")] = 50,
    ) -> list[CountryCertificationCount]:
        return _by_key(self, info)  # type: ignore[no-any-return]


@strawberry.type
class BrowseQuery:
    @strawberry.field(description="Albums, a page at a time, filtered and sorted.")
    async def albums(
        self,
        info: Ctx,
        first: Annotated[int | None, FIRST] = None,
        after: Annotated[str | None, AFTER] = None,
        filter: Annotated[AlbumFilter | None, strawberry.argument(description="Only albums matching it.")] = None,
        sort: Annotated[
            AlbumSortEnum,  # type: ignore[valid-type]
            strawberry.argument(description="The order of the list (cursors belong to one order)."),
        ] = AlbumSortEnum.TITLE_ASC,
        last: Annotated[int | None, LAST] = None,
        before: Annotated[str | None, BEFORE] = None,
    ) -> Connection[Album]:
        order = browse.ALBUM_ORDER[AlbumSort(sort).name]
        return await _page(info, browse.albums, order, page_arguments(first, after, last, before))

    @strawberry.field(description="Music videos, a page at a time, filtered and sorted.")
    async def music_videos(
        self,
        info: Ctx,
        first: Annotated[int | None, FIRST] = None,
        after: Annotated[str | None, AFTER] = None,
        filter: Annotated[MusicVideoFilter | None, strawberry.argument(description="Only videos matching it.")] = None,
        sort: Annotated[
            MusicVideoSortEnum,  # type: ignore[valid-type]
            strawberry.argument(description="The order of the list (cursors belong to one order)."),
        ] = MusicVideoSortEnum.RELEASE_DATE_ASC,
        last: Annotated[int | None, LAST] = None,
        before: Annotated[str | None, BEFORE] = None,
    ) -> Connection[MusicVideo]:
        order = browse.MUSIC_VIDEO_ORDER[MusicVideoSort(sort).name]
        return await _page(info, browse.music_videos, order, page_arguments(first, after, last, before))

    @strawberry.field(description="Quotes about songs, a page at a time, oldest year first (undated last).")
    async def quotes(
        self,
        info: Ctx,
        first: Annotated[int | None, FIRST] = None,
        after: Annotated[str | None, AFTER] = None,
        filter: Annotated[QuoteFilter | None, strawberry.argument(description="Only quotes matching it.")] = None,
        last: Annotated[int | None, LAST] = None,
        before: Annotated[str | None, BEFORE] = None,
    ) -> Connection[Quote]:
        return await _page(info, browse.quotes, browse.QUOTE_ORDER, page_arguments(first, after, last, before))

    @strawberry.field(
        description="Counts over the songs matching `filter`, or over every song without one: songs per year, "
        "genres, the most credited people, the best connected, certifications per country."
    )
    async def stats(
        self,
        info: Ctx,
        filter: Annotated[
            SongFilter | None, strawberry.argument(description="The songs to count, as in `songs(filter:)`.")
        ] = None,
    ) -> SongStats:
        return await run(info, stats.stats)  # type: ignore[no-any-return]
