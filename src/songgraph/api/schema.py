"""The GraphQL schema: root fields as thin resolvers over ``songgraph.cypher``."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry
from strawberry.extensions import MaskErrors, QueryDepthLimiter
from strawberry.schema.config import StrawberryConfig
from strawberry.types import Info

from songgraph.api.context import Context
from songgraph.api.errors import should_mask
from songgraph.api.records import read_field
from songgraph.api.resolve import run
from songgraph.api.types import (
    COUNT_SCALAR,
    Album,
    Count,
    Connection,
    Introduction,
    Node,
    Person,
    PersonFilter,
    PersonSortEnum,
    Song,
    SongFilter,
    SongSortEnum,
    make_connection,
)
from songgraph.cypher import reads
from songgraph.cypher.nested import DEFAULT_PAGE
from songgraph.cypher.paging import Page

Ctx = Info[Context, Any]


async def _page(info: Ctx, translate: Any, first: int | None, after: str | None) -> Connection[Any]:
    value = await run(info, translate)
    return make_connection(value, Page.parse(first, after, DEFAULT_PAGE, info.path.key))


@strawberry.type
class Query:
    @strawberry.field(description="A song by global id, or by title (case, accents and quotes ignored).")
    async def song(
        self,
        info: Ctx,
        id: strawberry.ID | None = None,
        title: str | None = None,
        artist: Annotated[
            str | None, strawberry.argument(description="With title: an artist's name, to tell covers apart.")
        ] = None,
    ) -> Song | None:
        return await run(info, reads.song)  # type: ignore[no-any-return]

    @strawberry.field(description="Songs, a page at a time, filtered and sorted.")
    async def songs(
        self,
        info: Ctx,
        first: int | None = None,
        after: str | None = None,
        filter: SongFilter | None = None,
        sort: SongSortEnum = SongSortEnum.TITLE_ASC,  # type: ignore[valid-type]
    ) -> Connection[Song]:
        return await _page(info, reads.songs, first, after)

    @strawberry.field(description="A person by global id, or by name or alias (case and accents ignored).")
    async def person(self, info: Ctx, id: strawberry.ID | None = None, name: str | None = None) -> Person | None:
        return await run(info, reads.person)  # type: ignore[no-any-return]

    @strawberry.field(description="People, a page at a time.")
    async def people(
        self,
        info: Ctx,
        first: int | None = None,
        after: str | None = None,
        filter: PersonFilter | None = None,
        sort: PersonSortEnum = PersonSortEnum.NAME_ASC,  # type: ignore[valid-type]
    ) -> Connection[Person]:
        return await _page(info, reads.people, first, after)

    @strawberry.field(description="An album by global id or by title.")
    async def album(self, info: Ctx, id: strawberry.ID | None = None, title: str | None = None) -> Album | None:
        return await run(info, reads.album)  # type: ignore[no-any-return]

    @strawberry.field(description="Any object with a global id.")
    async def node(self, info: Ctx, id: strawberry.ID) -> Node | None:
        return await run(info, reads.node)  # type: ignore[no-any-return]

    @strawberry.field(description="Who introduced whom, a page at a time.")
    async def introductions(
        self, info: Ctx, first: int | None = None, after: str | None = None
    ) -> Connection[Introduction]:
        return await _page(info, reads.introductions, first, after)


def build_schema(max_query_depth: int = 12) -> strawberry.Schema:
    return strawberry.Schema(
        query=Query,
        config=StrawberryConfig(default_resolver=read_field, scalar_map={Count: COUNT_SCALAR}),
        extensions=[
            lambda: QueryDepthLimiter(max_depth=max_query_depth),
            lambda: MaskErrors(should_mask_error=should_mask, error_message="Internal error; it has been logged."),
        ],
    )


schema = build_schema()
