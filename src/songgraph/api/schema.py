"""The GraphQL schema: root fields as thin resolvers over ``songgraph.cypher``."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Annotated, Any

import strawberry
import strawberry.tools
from graphql import GraphQLError, GraphQLInputObjectType
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import AddValidationRules, MaxTokensLimiter
from strawberry.schema.config import StrawberryConfig
from strawberry.schema.schema import DEFAULT_ALLOWED_OPERATION_TYPES
from strawberry.types import ExecutionContext, ExecutionResult, Info
from strawberry.types.graphql import OperationType

from songgraph.api.arguments import AFTER, BEFORE, FIRST, LAST, NODE_ID, PERSON_NAME, TITLE
from songgraph.api.browse import BrowseQuery
from songgraph.api.caching import CachedDocuments, DocumentCache
from songgraph.api.context import Context
from songgraph.api.errors import bad_input, should_mask
from songgraph.api.execution import ProjectedExecution
from songgraph.api.extensions import AccessPolicy, ClientErrors
from songgraph.api.fairness import CostlyLane
from songgraph.api.known import KnownDocuments
from songgraph.api.limits import Judge, Limits, RequestLimits
from songgraph.api.list_sizes import ListSizes
from songgraph.api.mutations import Mutation
from songgraph.api.records import read_field
from songgraph.api.resolve import run
from songgraph.api.selection import current_field as current
from songgraph.api.subscriptions import Subscription
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
from songgraph.cypher import browse, reads, relationships
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
    page = Page.parse(arguments, order, DEFAULT_PAGE, str(info.path.key))
    return make_connection(value, page, order)  # type: ignore[no-any-return]


@strawberry.type
class Query:
    @strawberry.field(
        description="A song by global id, by MusicBrainz recording id, or by title (case, accents and "
        "punctuation ignored); a title several songs have is BAD_USER_INPUT listing them: give artist (or id) "
        "to choose."
    )
    async def song(
        self,
        info: Ctx,
        id: Annotated[strawberry.ID | None, NODE_ID] = None,
        title: Annotated[str | None, TITLE] = None,
        artist: Annotated[
            str | None, strawberry.argument(description="With title: an artist's name, to tell covers apart.")
        ] = None,
        mbid: Annotated[
            str | None,
            strawberry.argument(description="A MusicBrainz recording id (a UUID), as musicbrainz.org shows it."),
        ] = None,
    ) -> Song | None:
        return await run(info, reads.song, reads.namesakes_problem)  # type: ignore[no-any-return]

    @strawberry.field(description="Songs, a page at a time, filtered and sorted.")
    async def songs(
        self,
        info: Ctx,
        first: Annotated[int | None, FIRST] = None,
        after: Annotated[str | None, AFTER] = None,
        filter: Annotated[
            SongFilter | None,
            strawberry.argument(description="Only songs matching it (title, artist, year, genre, album, charts...)."),
        ] = None,
        sort: Annotated[
            SongSortEnum,  # type: ignore[valid-type]
            strawberry.argument(description="The order of the list (cursors belong to one order)."),
        ] = SongSortEnum.TITLE_ASC,
        last: Annotated[int | None, LAST] = None,
        before: Annotated[str | None, BEFORE] = None,
    ) -> Connection[Song]:
        order = reads.SONG_ORDER[SongSort(sort).value]
        return await _page(info, reads.songs, order, page_arguments(first, after, last, before))

    @strawberry.field(
        description="A person by global id, by name or alias (case and accents ignored) or by MusicBrainz artist id."
    )
    async def person(
        self,
        info: Ctx,
        id: Annotated[strawberry.ID | None, NODE_ID] = None,
        name: Annotated[str | None, PERSON_NAME] = None,
        mbid: Annotated[
            str | None,
            strawberry.argument(description="A MusicBrainz artist id (a UUID), as musicbrainz.org shows it."),
        ] = None,
    ) -> Person | None:
        return await run(info, reads.person)  # type: ignore[no-any-return]

    @strawberry.field(description="People, a page at a time.")
    async def people(
        self,
        info: Ctx,
        first: Annotated[int | None, FIRST] = None,
        after: Annotated[str | None, AFTER] = None,
        filter: Annotated[
            PersonFilter | None, strawberry.argument(description="Only people matching it (name, role).")
        ] = None,
        sort: Annotated[
            PersonSortEnum,  # type: ignore[valid-type]
            strawberry.argument(description="The order of the list (cursors belong to one order)."),
        ] = PersonSortEnum.NAME_ASC,
        last: Annotated[int | None, LAST] = None,
        before: Annotated[str | None, BEFORE] = None,
    ) -> Connection[Person]:
        order = browse.PEOPLE_ORDER[PersonSort(sort).value]
        return await _page(info, browse.people, order, page_arguments(first, after, last, before))

    @strawberry.field(description="An album by global id or by title.")
    async def album(
        self,
        info: Ctx,
        id: Annotated[strawberry.ID | None, NODE_ID] = None,
        title: Annotated[str | None, TITLE] = None,
    ) -> Album | None:
        return await run(info, reads.album)  # type: ignore[no-any-return]

    @strawberry.field(description="Any object with a global id.")
    async def node(
        self, info: Ctx, id: Annotated[strawberry.ID, strawberry.argument(description="A global id of any type.")]
    ) -> Node | None:
        return await run(info, reads.node)  # type: ignore[no-any-return]

    @strawberry.field(description="Who introduced whom, a page at a time.")
    async def introductions(
        self,
        info: Ctx,
        first: Annotated[int | None, FIRST] = None,
        after: Annotated[str | None, AFTER] = None,
        last: Annotated[int | None, LAST] = None,
        before: Annotated[str | None, BEFORE] = None,
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
        a: Annotated[PersonRef, strawberry.argument(description="One of the two people.")],
        b: Annotated[PersonRef, strawberry.argument(description="The other person; not the same as `a`.")],
        roles: Annotated[
            list[Role] | None,  # type: ignore[valid-type]
            strawberry.argument(
                description="The roles that count as working together, on either side; default: the four song "
                "roles. DIRECTOR and CAST compare music videos."
            ),
        ] = None,
        first: Annotated[int, strawberry.argument(description="How many people, 1 to 100.")] = 10,
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
        from_: Annotated[PersonRef, strawberry.argument(name="from", description="Where the chain starts.")],
        to: Annotated[PersonRef, strawberry.argument(description="Where it ends; not the same person.")],
        max_hops: Annotated[
            int, strawberry.argument(description="The most steps (1 to 10) a chain may take before it is null.")
        ] = 6,
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
    async def neighborhood(
        self,
        info: Ctx,
        id: Annotated[strawberry.ID, strawberry.argument(description="Global id of the node in the middle.")],
        depth: Annotated[int, strawberry.argument(description="How many steps out, 1 to 3.")] = 1,
        limit: Annotated[
            int, strawberry.argument(description="The most nodes returned, 1 to 1000; nearer nodes come first.")
        ] = 200,
    ) -> Neighborhood | None:
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
    async def search(
        self,
        info: Ctx,
        text: Annotated[
            str,
            strawberry.argument(description="Words to look for, in any order; not empty."),
        ],
        first: Annotated[int, strawberry.argument(description="How many results, 1 to 100.")] = 10,
    ) -> list[SearchHit]:
        return list(await run(info, relationships.search))


class SonggraphSchema(strawberry.Schema):
    """Logs what went wrong on our side, with the request id the client is given; a client's mistake is
    answered, not logged with a traceback. Known documents skip Strawberry's per-request pipeline."""

    # The parsed documents, with what was worked out from them (root fields read their Cypher from it).
    documents: DocumentCache
    known: KnownDocuments | None = None

    async def execute(
        self,
        query: str | None,
        variable_values: dict[str, Any] | None = None,
        context_value: Any | None = None,
        root_value: Any | None = None,
        operation_name: str | None = None,
        allowed_operation_types: Iterable[OperationType] | None = None,
        operation_extensions: dict[str, Any] | None = None,
    ) -> ExecutionResult:
        if self.known is not None and not operation_extensions:
            allowed = DEFAULT_ALLOWED_OPERATION_TYPES if allowed_operation_types is None else allowed_operation_types
            result = await self.known.execute(
                self, query, variable_values, context_value, root_value, operation_name, allowed
            )
            if result is not None:
                return result
        return await super().execute(
            query,
            variable_values,
            context_value,
            root_value,
            operation_name,
            allowed_operation_types,
            operation_extensions,
        )

    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        self.report_faults(errors, execution_context.context if execution_context is not None else None)

    @staticmethod
    def report_faults(errors: list[GraphQLError], context: object) -> None:
        request_id = context.request_id if isinstance(context, Context) else "-"
        for error in errors:
            if should_mask(error):
                logger.error("request %s: %s", request_id, error.message, exc_info=error.original_error)


def build_schema(
    max_query_depth: int = 12,
    introspection: bool = True,
    limits: Limits | None = None,
    lane: CostlyLane | None = None,
    sizes: ListSizes | None = None,
) -> SonggraphSchema:
    # The depth limit is RequestLimits' (Strawberry's QueryDepthLimiter walks every spread of a fragment anew,
    # so a kilobyte of fragments spreading fragments takes it exponential time).
    bounds = limits or Limits()
    documents = DocumentCache()
    judge = Judge(bounds, max_query_depth, sizes, documents)
    # The app shares its lane with Admission, which turns away the clients the lane told to retry later.
    lane = lane or CostlyLane(bounds.costly_slots, share=bounds.costly_share)
    extensions: list[Any] = [
        lambda: MaxTokensLimiter(max_token_count=bounds.max_tokens),
        lambda: RequestLimits(judge, lane),
        # After the limits: a document they refuse is never validated, so its refusal is never cached.
        lambda: CachedDocuments(documents),
        AccessPolicy,
        ClientErrors,
    ]
    if not introspection:
        extensions.append(lambda: AddValidationRules([NoSchemaIntrospectionCustomRule]))
    built = SonggraphSchema(
        query=strawberry.type(
            type("Query", (Query, RelationshipQuery, BrowseQuery), {}),
            description="Reading the graph: lookups, pages of every kind, relationships between people, counts.",
        ),
        mutation=Mutation,
        subscription=Subscription,
        config=StrawberryConfig(default_resolver=read_field, scalar_map={Count: COUNT_SCALAR}),
        extensions=extensions,
        execution_context_class=ProjectedExecution,
    )
    built.documents = documents
    if not any(extension._implements_resolve() for extension in built.get_extensions()):
        # The known documents' path runs graphql-core without the extensions' field middleware: none here.
        built.known = KnownDocuments(documents, judge, built.report_faults)
    _check_one_of_natively(built)
    return built


def _check_one_of_natively(built: strawberry.Schema) -> None:
    """Strawberry checks its @oneOf inputs itself, but names no path for a variable's value; graphql-core's
    own check, on when the type says so, does: "Variable '$input' has invalid value at .artists[0]"."""
    for graphql_type in built._schema.type_map.values():
        definition = getattr(graphql_type, "extensions", {}).get("strawberry-definition")
        if isinstance(graphql_type, GraphQLInputObjectType) and getattr(definition, "is_one_of", False):
            graphql_type.is_one_of = True


schema = build_schema()
