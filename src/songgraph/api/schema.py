"""The GraphQL schema: root fields as thin resolvers over ``songgraph.cypher``."""

from __future__ import annotations

import logging
from typing import Annotated, Any

import strawberry
import strawberry.tools
from graphql import GraphQLError
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import AddValidationRules, MaxTokensLimiter
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext, Info

from songgraph.api.caching import CachedDocuments, DocumentCache
from songgraph.api.context import Context
from songgraph.api.errors import bad_input, should_mask
from songgraph.api.extensions import AccessPolicy, ClientErrors
from songgraph.api.fairness import CostlyLane
from songgraph.api.limits import Limits, RequestLimits
from songgraph.api.mutations import Mutation
from songgraph.api.records import read_field
from songgraph.api.resolve import run
from songgraph.api.selection import current_field as current
from songgraph.api.types import (
    COUNT_SCALAR,
    Album,
    Connection,
    Count,
    GraphEdge,
    GraphNode,
    Introduction,
    Neighborhood,
    Node,
    PathStep,
    Person,
    PersonFilter,
    PersonPath,
    PersonRef,
    PersonSort,
    PersonSortEnum,
    Role,
    SearchHit,
    SharedCollaborator,
    Song,
    SongFilter,
    SongSort,
    SongSortEnum,
    make_connection,
    page_arguments,
)
from songgraph.cypher import reads, relationships
from songgraph.cypher.nested import DEFAULT_PAGE
from songgraph.cypher.paging import Order, Page
from songgraph.drawing import node_label
from songgraph.errors import BadUserInput
from songgraph.ids import to_global_id
from songgraph.paths import explain

Ctx = Info[Context, Any]
logger = logging.getLogger("songgraph.api")


async def _page(info: Ctx, translate: Any, order: Order, arguments: dict[str, Any]) -> Connection[Any]:
    value = await run(info, translate)
    return make_connection(value, Page.parse(arguments, order, DEFAULT_PAGE, str(info.path.key)), order)


@strawberry.type
class Query:
    @strawberry.field(
        description="A song by global id, by title (case, accents and quotes ignored) or by MusicBrainz recording id."
    )
    async def song(
        self,
        info: Ctx,
        id: strawberry.ID | None = None,
        title: str | None = None,
        artist: Annotated[
            str | None, strawberry.argument(description="With title: an artist's name, to tell covers apart.")
        ] = None,
        mbid: str | None = None,
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
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Song]:
        order = reads.SONG_ORDER[SongSort(sort).value]
        return await _page(info, reads.songs, order, page_arguments(first, after, last, before))

    @strawberry.field(
        description="A person by global id, by name or alias (case and accents ignored) or by MusicBrainz artist id."
    )
    async def person(
        self, info: Ctx, id: strawberry.ID | None = None, name: str | None = None, mbid: str | None = None
    ) -> Person | None:
        return await run(info, reads.person)  # type: ignore[no-any-return]

    @strawberry.field(description="People, a page at a time.")
    async def people(
        self,
        info: Ctx,
        first: int | None = None,
        after: str | None = None,
        filter: PersonFilter | None = None,
        sort: PersonSortEnum = PersonSortEnum.NAME_ASC,  # type: ignore[valid-type]
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Person]:
        order = reads.PERSON_ORDER[PersonSort(sort).value]
        return await _page(info, reads.people, order, page_arguments(first, after, last, before))

    @strawberry.field(description="An album by global id or by title.")
    async def album(self, info: Ctx, id: strawberry.ID | None = None, title: str | None = None) -> Album | None:
        return await run(info, reads.album)  # type: ignore[no-any-return]

    @strawberry.field(description="Any object with a global id.")
    async def node(self, info: Ctx, id: strawberry.ID) -> Node | None:
        return await run(info, reads.node)  # type: ignore[no-any-return]

    @strawberry.field(description="Who introduced whom, a page at a time.")
    async def introductions(
        self,
        info: Ctx,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Introduction]:
        arguments = page_arguments(first, after, last, before)
        return await _page(info, reads.introductions, reads.INTRODUCTION_ORDER, arguments)


def _node_id(key: str, labels: list[str]) -> strawberry.ID:
    # Every node of the graph carries exactly one label.
    return strawberry.ID(to_global_id(labels[0], key))


@strawberry.type
class RelationshipQuery:
    @strawberry.field(description="People who have worked with both A and B (never A or B), strongest evidence first.")
    async def shared_collaborators(
        self,
        info: Ctx,
        a: PersonRef,
        b: PersonRef,
        roles: list[Role] | None = None,  # type: ignore[valid-type]
        first: int = 10,
    ) -> list[SharedCollaborator]:
        result = await run(info, relationships.shared_collaborators)
        try:
            relationships.check_pair(result, current(info), "a", "b")
        except BadUserInput as error:
            raise bad_input(error) from None
        return list(result["rows"])

    @strawberry.field(
        description="The shortest chain of people from one person to another, through shared works, videos, "
        "introductions and bands, each step explained; null when none is within maxHops (at most 10)."
    )
    async def connection(
        self,
        info: Ctx,
        from_: Annotated[PersonRef, strawberry.argument(name="from")],
        to: PersonRef,
        max_hops: int = 6,
    ) -> PersonPath | None:
        result = await run(info, relationships.connection)
        try:
            relationships.check_pair(result, current(info), "from", "to")
        except BadUserInput as error:
            raise bad_input(error) from None
        path = result["path"]
        if path is None:
            return None
        people = list(path["people"])
        if len(people) > result["maxPeople"]:
            return None
        steps = [
            PathStep(from_=people[s.index], to=people[s.index + 1], explanation=s.explanation) for s in explain(path)
        ]
        return PersonPath(length=len(steps), steps=steps, people=people)

    @strawberry.field(description="Nodes and edges within `depth` (at most 3) of a node, at most `limit` nodes.")
    async def neighborhood(self, info: Ctx, id: strawberry.ID, depth: int = 1, limit: int = 200) -> Neighborhood | None:
        result = await run(info, relationships.neighbourhood)
        if result is None:
            return None
        return Neighborhood(
            nodes=[
                GraphNode(id=_node_id(n["key"], n["labels"]), kind=n["labels"][0], label=node_label(n["labels"][0], n))
                for n in result["nodes"]
            ],
            edges=[
                GraphEdge(
                    source=_node_id(e["fromKey"], e["fromLabels"]),
                    target=_node_id(e["toKey"], e["toLabels"]),
                    type=e["type"],
                )
                for e in result["edges"]
            ],
            truncated=result["truncated"],
        )

    @strawberry.field(
        description="Songs, people (names and aliases) and albums matching `text`, best first; case, accents, "
        "quotes and small typos do not matter."
    )
    async def search(self, info: Ctx, text: str, first: int = 10) -> list[SearchHit]:
        return list(await run(info, relationships.search))


class SonggraphSchema(strawberry.Schema):
    """Logs what went wrong on our side, with the request id the client is given; a client's mistake is
    answered, not logged with a traceback."""

    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        context = execution_context.context if execution_context is not None else None
        request_id = context.request_id if isinstance(context, Context) else "-"
        for error in errors:
            if should_mask(error):
                logger.error("request %s: %s", request_id, error.message, exc_info=error.original_error)


def build_schema(
    max_query_depth: int = 12, introspection: bool = True, limits: Limits | None = None
) -> strawberry.Schema:
    # The depth limit is RequestLimits' (Strawberry's QueryDepthLimiter walks every spread of a fragment anew,
    # so a kilobyte of fragments spreading fragments takes it exponential time).
    bounds = limits or Limits()
    documents = DocumentCache()
    lane = CostlyLane(bounds.costly_slots)
    extensions: list[Any] = [
        lambda: MaxTokensLimiter(max_token_count=bounds.max_tokens),
        lambda: RequestLimits(bounds, max_query_depth, lane),
        # After the limits: a document they refuse is never validated, so its refusal is never cached.
        lambda: CachedDocuments(documents),
        AccessPolicy,
        ClientErrors,
    ]
    if not introspection:
        extensions.append(lambda: AddValidationRules([NoSchemaIntrospectionCustomRule]))
    return SonggraphSchema(
        query=strawberry.tools.merge_types("Query", (Query, RelationshipQuery)),
        mutation=Mutation,
        config=StrawberryConfig(default_resolver=read_field, scalar_map={Count: COUNT_SCALAR}),
        extensions=extensions,
    )


schema = build_schema()
