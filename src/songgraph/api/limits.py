"""Every request judged and bounded before it reaches Neo4j, and before its token is looked at.

Parsing is bounded first (document characters, then graphql-core's token limit), then the chosen
operation's shape is measured (``songgraph.api.cost``: cost, aliases, expanded fields, depth) and its
string values checked, all before GraphQL's own validation, whose rules are not all linear in the size
of the document. A request over a limit gets ``QUERY_TOO_COMPLEX`` naming the figure and the limit; the
cost of an accepted one is returned in the response's ``extensions``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from graphql import (
    ArgumentNode,
    DocumentNode,
    FragmentDefinitionNode,
    GraphQLError,
    GraphQLSchema,
    ListValueNode,
    ObjectValueNode,
    OperationDefinitionNode,
    OperationType,
    StringValueNode,
    ValueNode,
    VariableNode,
)
from strawberry.extensions import SchemaExtension

from songgraph.api.caching import DocumentCache, variables_key
from songgraph.api.cost import MAX_MERGED, Measure, Shape, TooComplex, most_merged
from songgraph.api.errors import BAD_REQUEST, BAD_USER_INPUT, QUERY_TOO_COMPLEX, SERVICE_UNAVAILABLE
from songgraph.api.fairness import COSTLY_RETRY_SECONDS, CostlyLane, Seat
from songgraph.api.list_sizes import ListSizes
from songgraph.config import Settings
from songgraph.ingest.page import MAX_PAGE_CHARS

# Search words longer than this make Lucene's fuzzy automaton too large; no title or name is this long.
MAX_SEARCH_CHARS = 200
# Arguments whose strings have a limit of their own, by schema coordinate; the others take max_string_length.
STRING_LIMITS = {"Query.search.text": MAX_SEARCH_CHARS, "Mutation.importStoryPage.text": MAX_PAGE_CHARS}


@dataclass(frozen=True)
class Limits:
    """The bounds of one GraphQL request (see README, "Limits and error codes"); the defaults are Settings'."""

    max_document_chars: int = Settings.max_document_chars
    max_tokens: int = Settings.max_tokens
    max_aliases: int = Settings.max_aliases
    max_selections: int = Settings.max_selections
    max_cost: int = Settings.max_cost
    max_string_length: int = Settings.max_string_length
    # Requests costing this much or more take turns: at most ``costly_slots`` of them run at once.
    costly_cost: int = Settings.costly_cost
    costly_slots: int = Settings.costly_slots
    costly_share: float = Settings.costly_share

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        return cls(
            max_document_chars=settings.max_document_chars,
            max_tokens=settings.max_tokens,
            max_aliases=settings.max_aliases,
            max_selections=settings.max_selections,
            max_cost=settings.max_cost,
            max_string_length=settings.max_string_length,
            costly_cost=settings.costly_cost,
            costly_slots=settings.costly_slots,
            costly_share=settings.costly_share,
        )

    def string_limit(self, coordinate: str) -> int:
        """The longest string an argument (``Query.search.text``) takes; the general limit elsewhere."""
        return STRING_LIMITS.get(coordinate, self.max_string_length)


def too_complex(message: str, **extensions: Any) -> TooComplex:
    return TooComplex(message, extensions={"code": QUERY_TOO_COMPLEX, **extensions})


def _bad_input(message: str, field: str) -> GraphQLError:
    return GraphQLError(f"{field}: {message}", extensions={"code": BAD_USER_INPUT, "field": field})


def chosen_operation(
    document: Any, provided_name: str | None
) -> tuple[OperationDefinitionNode | None, GraphQLError | None]:
    """The operation to run; with several and no ``operationName``, a request error (GraphQL spec, 6.1)."""
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if provided_name is None:
        if len(operations) > 1:
            return None, GraphQLError(
                f"the document holds {len(operations)} operations: name the one to run in operationName",
                extensions={"code": BAD_REQUEST},
            )
        return (operations[0] if operations else None), None
    return next((op for op in operations if op.name is not None and op.name.value == provided_name), None), None


def _string_problem(value: str, limit: int) -> str | None:
    if len(value) > limit:
        return f"a string of {len(value):,} characters; at most {limit:,} are accepted here"
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            return f"not valid Unicode: a lone surrogate (U+{ord(value[error.start]):04X}) at character {error.start}"
    return None


def _literal_strings(value: ValueNode, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, StringValueNode):
        yield path, value.value
    elif isinstance(value, ListValueNode):
        for index, item in enumerate(value.values):
            yield from _literal_strings(item, f"{path}[{index}]")
    elif isinstance(value, ObjectValueNode):
        for entry in value.fields:
            yield from _literal_strings(entry.value, f"{path}.{entry.name.value}")


def _path(chain: Any) -> str:
    """``$input.artists[0].name`` from the chain of (parent, key) pairs the walk below keeps."""
    parts: list[str] = []
    while isinstance(chain, tuple):
        chain, key = chain
        parts.append(f"[{key}]" if isinstance(key, int) else f".{key}")
    return str(chain) + "".join(reversed(parts))


def _variable_problem(value: Any, name: str, limit: int) -> tuple[str, str] | None:
    """The first string in a variable's value (keys included) over ``limit`` or not valid Unicode, with its
    path. Iterative, and paths are only spelled out for a problem: a value may hold a million items."""
    stack: list[tuple[Any, Any]] = [(value, name)]
    while stack:
        item, chain = stack.pop()
        if item.__class__ is str:
            problem = _string_problem(item, limit)
            if problem is not None:
                return _path(chain), problem
            continue
        entries = enumerate(item) if item.__class__ is list else item.items() if item.__class__ is dict else ()
        for key, element in entries:
            if key.__class__ is str and (len(key) > limit or not key.isascii()):
                problem = _string_problem(key, limit)
                if problem is not None:
                    return _path(chain), problem
            kind = element.__class__
            if kind is str:
                if len(element) > limit or not element.isascii():
                    stack.append((element, (chain, key)))
            elif (kind is list or kind is dict) and element:
                stack.append((element, (chain, key)))
    return None


def _argument_field(coordinate: str, argument: str) -> str:
    """How the resolvers name an argument in errors: ``search.text`` in queries, ``input`` in mutations."""
    type_name, _, field = coordinate.partition(".")
    return argument if type_name == "Mutation" else f"{field}.{argument}"


def check_strings(
    limits: Limits, arguments: list[tuple[str, ArgumentNode]], variables: Mapping[str, Any]
) -> GraphQLError | None:
    """String arguments and variables over their length limit, or not valid Unicode, named by argument (and
    variable): ``input.title`` for ``$input.title`` when ``$input`` is given as the ``input`` argument."""
    variable_limits: dict[str, int] = {}
    variable_fields: dict[str, str] = {}
    for coordinate, argument in arguments:
        limit = limits.string_limit(f"{coordinate}.{argument.name.value}")
        field = _argument_field(coordinate, argument.name.value)
        if isinstance(argument.value, VariableNode):
            name = argument.value.name.value
            variable_limits[name] = min(limit, variable_limits.get(name, limit))
            variable_fields.setdefault(name, field)
            continue
        for path, text in _literal_strings(argument.value, field):
            problem = _string_problem(text, limit)
            if problem is not None:
                return _bad_input(problem, path)
    for name, value in variables.items():
        found = _variable_problem(value, f"${name}", variable_limits.get(name, limits.max_string_length))
        if found is not None:
            path, problem = found
            if name not in variable_fields:
                return _bad_input(problem, path)
            field = variable_fields[name] + path.removeprefix(f"${name}")
            return _bad_input(f"{problem} (variable ${name})", field)
    return None


def lane_full(lane: CostlyLane, client: str, detail: str = "") -> GraphQLError:
    """The answer to a costly request the lane could not take; its client is held until it may come back."""
    if client != "-":
        lane.cool(client, COSTLY_RETRY_SECONDS)
    return GraphQLError(
        f"{lane.running} costly requests are running, the most this server runs at once, and {lane.waiting} "
        f"are waiting for their turn{detail}: retry shortly, or ask for less",
        extensions={"code": SERVICE_UNAVAILABLE, "retryAfterSeconds": COSTLY_RETRY_SECONDS},
    )


# What a judge found of an operation: its shape (None when it was not measured), whether it is a query, and
# why it is refused (None when it is not).
Verdict = tuple[Shape | None, bool, GraphQLError | None]


# A schema without list sizes judges by this one empty mapping: a kept verdict is reused only while the
# sizes it was judged by are the same object, so a new empty dict per request would never match.
_NO_SIZES: Mapping[str, int] = MappingProxyType({})


class Judge:
    """Measures an operation against the limits before validation, once per kept document, variables and
    list sizes (the verdict is kept with the document; the sizes change when they are read again)."""

    def __init__(
        self,
        limits: Limits,
        max_depth: int,
        sizes: ListSizes | None = None,
        documents: DocumentCache | None = None,
    ) -> None:
        self.limits = limits
        self.max_depth = max_depth
        self.sizes = sizes
        self.documents = documents

    def verdict(
        self, schema: GraphQLSchema, document: DocumentNode, provided: str | None, variables: Mapping[str, Any]
    ) -> Verdict:
        operation, error = chosen_operation(document, provided)
        if error is not None or operation is None:
            return None, False, error
        longest = self.sizes.longest if self.sizes is not None else _NO_SIZES
        known = variables_key(variables)
        key = ("judged", provided, known)
        kept = self.documents.recall(document, key) if self.documents is not None and known is not None else None
        if kept is not None and kept[0] is longest:
            return kept[1]  # type: ignore[no-any-return]
        judged = self._measure(schema, document, operation, variables, longest)
        if self.documents is not None and known is not None:
            self.documents.remember(document, key, (longest, judged))
        return judged

    def costly(self, shape: Shape | None) -> bool:
        """Whether an operation of this shape takes a turn in the costly lane."""
        return shape is not None and shape.cost >= self.limits.costly_cost

    def report(self, shape: Shape | None) -> dict[str, Any]:
        """The response's ``extensions`` for an operation of this shape."""
        if shape is None:
            return {}
        return {"cost": {"requested": shape.cost, "limit": self.limits.max_cost}}

    def _measure(
        self,
        schema: GraphQLSchema,
        document: DocumentNode,
        operation: OperationDefinitionNode,
        variables: Mapping[str, Any],
        longest: Mapping[str, int],
    ) -> Verdict:
        fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
        measure = Measure(schema, fragments, variables, self.max_depth, longest)
        # The other operations are judged too: GraphQL validates the whole document, not only what runs.
        others = [d for d in document.definitions if isinstance(d, OperationDefinitionNode) and d is not operation]
        query = operation.operation is OperationType.QUERY
        shape: Shape | None = None
        try:
            shape = measure.operation(operation)
            # Only what runs has its strings checked (measuring the others may add arguments).
            arguments = list(measure.arguments)
            self._over(shape, operation, fragments)
            for other in others:
                self._over(measure.operation(other), other, fragments)
        except TooComplex as refused:
            return shape, query, refused
        return shape, query, check_strings(self.limits, arguments, variables)

    def _over(
        self, shape: Shape, operation: OperationDefinitionNode, fragments: Mapping[str, FragmentDefinitionNode]
    ) -> None:
        """Raises the refusal of an operation over a limit."""
        limits = self.limits
        if shape.aliases > limits.max_aliases:
            raise too_complex(f"the operation has {shape.aliases} aliases; at most {limits.max_aliases} are accepted")
        if shape.selections > limits.max_selections:
            raise too_complex(
                f"the operation selects {shape.selections:,} fields once its fragments are expanded; at most "
                f"{limits.max_selections:,} are accepted"
            )
        path, merged = most_merged(operation, fragments)
        if merged > MAX_MERGED:
            raise too_complex(
                f"{merged} fields are selected at {path} (merged by response name); at most {MAX_MERGED} are accepted"
            )
        if shape.cost > limits.max_cost:
            raise too_complex(
                f"the operation costs {shape.cost:,}, over the limit of {limits.max_cost:,}: ask for smaller pages "
                "(first), fewer nested lists or fewer aliases",
                cost={"requested": shape.cost, "limit": limits.max_cost},
            )


class RequestLimits(SchemaExtension):
    """Bounds parsing (with graphql-core's ``max_tokens``, set by Strawberry's MaxTokensLimiter) and judges the
    parsed operation before validation; a request over a limit is answered without running anything."""

    def __init__(self, judge: Judge, lane: CostlyLane | None = None) -> None:
        self.judge = judge
        self.limits = judge.limits
        self.lane = lane
        self.shape: Shape | None = None
        self._seat: Seat | None = None
        self._query = False

    def on_operation(self) -> Iterator[None]:
        try:
            yield
        finally:
            if self._seat is not None:
                self._seat.give_back()
                self._seat = None

    def on_parse(self) -> Iterator[None]:
        query = self.execution_context.query or ""
        if len(query) > self.limits.max_document_chars:
            raise too_complex(
                f"the document has {len(query):,} characters; at most {self.limits.max_document_chars:,} are "
                "accepted (send long values as variables)"
            )
        yield

    def on_validate(self) -> Iterator[None]:
        error = self._judge() or self._take_turn()
        if error is not None:
            # Strawberry skips validation when errors are already set, and answers them as request errors.
            self.execution_context.pre_execution_errors = [error]
        yield

    def _take_turn(self) -> GraphQLError | None:
        """A costly request takes a place in the costly lane (its statements wait for the slot), or, when the
        lane's queue is full, is told to retry."""
        # Queries only: a subscription's operation may last as long as it is subscribed, keeping the slot.
        if self.lane is None or not self.judge.costly(self.shape) or not self._query:
            return None
        assert self.shape is not None  # costly() says so
        client = getattr(self.execution_context.context, "client", "-")
        ticket = self.lane.reserve(client)
        seat = getattr(self.execution_context.context, "seat", None)
        if ticket is not None:
            if isinstance(seat, Seat):
                seat.ticket, self._seat = ticket, seat
            else:
                ticket.give_back()
            return None
        return lane_full(self.lane, client, f"; this one costs {self.shape.cost:,}")

    def _judge(self) -> GraphQLError | None:
        execution = self.execution_context
        document = execution.graphql_document
        if document is None:
            return None
        # Strawberry fills in the first operation's name when the client gave none; the spec wants an error.
        provided: str | None = getattr(execution, "_provided_operation_name", None)
        self.shape, self._query, refusal = self.judge.verdict(
            execution.schema._schema, document, provided, execution.variables or {}
        )
        return refusal

    def get_results(self) -> dict[str, Any]:
        return self.judge.report(self.shape)
