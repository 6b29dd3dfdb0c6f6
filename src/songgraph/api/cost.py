"""What a document asks of the graph, judged from its shape alone before anything runs (pure).

A field's cost is its weight's ``base`` for each object it is selected on, plus its sub-selection's cost
times the number of objects it yields (``items``): a page yields ``first`` (or the default page), a plain
list the longest such list in the stored graph (``sizes``, read by ``songgraph.api.list_sizes``; never
less than the estimate declared below, nor more than the statements project), a single object one.
Relationship fields carry the weight of the walk they make. Fragments count wherever they are spread,
aliases as separate fields: the result is an upper bound of the objects the statements may project, in
the spirit of GitHub's and Shopify's query costs.

Fragments are measured once each and reused, so a document of fragments spreading fragments is judged in
time linear in its size, however large the selection it expands to.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from graphql import (
    ArgumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLNamedType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
    get_named_type,
)

from songgraph.api.errors import QUERY_TOO_COMPLEX
from songgraph.cypher.nested import DEFAULT_PAGE
from songgraph.cypher.paging import MAX_PAGE_SIZE
from songgraph.cypher.projection import NESTED_LIST_LIMIT
from songgraph.cypher.relationships import MAX_DEPTH, MAX_HOPS, MAX_NEIGHBOURHOOD

Arguments = Mapping[str, Any]
Amount = int | Callable[[Arguments], int]

# Bounds of the walk below, which recurses through fields and fragments: deeper documents are refused.
MAX_FRAGMENT_NESTING = 32
MAX_NESTING = 64
# Fields merged under one response path (`songs` selected 300 times, or `nodes` under 20 `songs` 20 times
# each): graphql-core's OverlappingFieldsCanBeMerged compares them pairwise, in time growing with the cube.
MAX_MERGED = 50


@dataclass(frozen=True)
class Weight:
    """``base``: what one selection of the field costs per parent object; ``items``: objects it yields."""

    base: Amount = 1
    items: Amount = 1
    # A plain list of a node: as many items as the graph's longest one, when that is known and longer.
    plain: bool = False


def _argument(name: str, default: int, maximum: int) -> Callable[[Arguments], int]:
    """An integer argument as the resolvers will take it; beyond ``maximum`` they refuse it themselves."""

    def value(arguments: Arguments) -> int:
        given = arguments.get(name)
        number = given if isinstance(given, int) and not isinstance(given, bool) else default
        return max(0, min(number, maximum))

    return value


def _page(default: int = DEFAULT_PAGE) -> Callable[[Arguments], int]:
    return _argument("first", default, MAX_PAGE_SIZE)


def _hops(arguments: Arguments) -> int:
    return 100 * _argument("maxHops", 6, MAX_HOPS)(arguments)


def _neighbourhood(arguments: Arguments) -> int:
    return _argument("depth", 1, MAX_DEPTH)(arguments) * _argument("limit", 200, MAX_NEIGHBOURHOOD)(arguments)


def _estimate(items: int) -> Weight:
    """A plain list (no paging): a floor for how many items one object has, until the graph says more."""
    return Weight(base=1, items=items, plain=True)


_AGGREGATION = 1000
# A ranking yields ``first`` people (default 10), each projected with its selection.
_ranking = _argument("first", 10, MAX_PAGE_SIZE)

# Lists of scalars are properties of the object already read; lists built in memory cost no walk.
_FREE = Weight(base=0, items=1)

# Every field that returns a list or a connection, by "Type.field" (a test checks none is missing).
WEIGHTS: dict[str, Weight] = {
    "Query.songs": Weight(1, _page()),
    "Query.people": Weight(1, _page()),
    "Query.introductions": Weight(1, _page()),
    "Query.albums": Weight(1, _page()),
    "Query.musicVideos": Weight(1, _page()),
    "Query.quotes": Weight(1, _page()),
    # A fuzzy search costs Neo4j about what a hundred projected objects do (Lucene expands each word).
    "Query.search": Weight(100, _page(10)),
    "Query.sharedCollaborators": Weight(100, _page(10)),
    "Query.connection": Weight(_hops, 1),
    "Query.neighborhood": Weight(_neighbourhood, 1),
    "Song.genres": _FREE,
    "Song.artists": _estimate(3),
    "Song.featuredArtists": _estimate(3),
    "Song.writers": _estimate(5),
    "Song.producers": _estimate(5),
    "Song.credits": _estimate(15),
    "Song.certifications": _estimate(10),
    "Song.chartPeaks": _estimate(20),
    "Song.quotes": _estimate(5),
    "Song.awards": _estimate(5),
    "Song.introductions": _estimate(2),
    "Person.aliases": _FREE,
    # A property of the node (at most one id per source), read with it.
    "Song.externalIds": _FREE,
    "Person.externalIds": _FREE,
    "Person.aliasDetails": _estimate(10),
    "Album.externalIds": _FREE,
    "MusicVideo.externalIds": _FREE,
    "Person.members": _estimate(5),
    "Person.memberOf": _estimate(3),
    "Person.credits": _estimate(50),
    "Person.creditsConnection": Weight(1, _page()),
    "Person.collaborators": Weight(20, _page()),
    "Person.directedVideos": _estimate(10),
    "Person.videoRoles": _estimate(10),
    "Person.introductionsMade": _estimate(5),
    "Person.introductionsReceived": _estimate(5),
    "Person.quotes": _estimate(10),
    "Person.awards": _estimate(5),
    "Person.albums": _estimate(10),
    "Album.artists": _estimate(3),
    "Album.songs": _estimate(15),
    "MusicVideo.directors": _estimate(2),
    "MusicVideo.directorCredits": _estimate(2),
    "MusicVideo.cast": _estimate(10),
    "Introduction.introduced": _estimate(2),
    "Introduction.ledTo": _estimate(3),
    "Collaboration.works": _estimate(5),
    "SharedCollaborator.viaA": _estimate(5),
    "SharedCollaborator.viaB": _estimate(5),
    "SharedWork.roles": _FREE,
    "SharedWork.partnerRoles": _FREE,
    # Aggregations read every song of their filter (the whole graph without one), whatever they return:
    # their base is that pass, so that two of them over the whole graph take the costly lane.
    "SongStats.songsPerYear": Weight(_AGGREGATION, 1),
    "SongStats.genres": Weight(_AGGREGATION, 1),
    "SongStats.mostCredited": Weight(_AGGREGATION, _ranking),
    "SongStats.certificationsPerCountry": Weight(_AGGREGATION, 1),
    # Every pair of people credited on the same song.
    "SongStats.mostCollaborators": Weight(2 * _AGGREGATION, _ranking),
    # The walk is counted by `connection`'s and `neighborhood`'s own weight; these only project it.
    "PersonPath.steps": Weight(0, MAX_HOPS),
    "PersonPath.people": Weight(0, MAX_HOPS + 1),
    "Neighborhood.nodes": _FREE,
    "Neighborhood.edges": _FREE,
    "DeleteSongResult.removedPeople": _FREE,
    "DeleteSongResult.removedAlbums": _FREE,
    "StoryPageImport.changes": _FREE,
    "StoryPageImport.warnings": _FREE,
    "StoryPageImport.errors": _FREE,
}
# Introspection is answered from memory, but a whole schema is a large answer.
_INTROSPECTION = {"__schema": Weight(50, 0), "__type": Weight(5, 0), "__typename": _FREE}
_OBJECT = Weight(1, 1)


def weight_of(type_name: str, field_name: str) -> Weight | None:
    """The declared weight of a list or connection field; a connection's edges and nodes are its page."""
    if type_name.endswith("Connection") and field_name in ("edges", "nodes"):
        return _FREE
    return WEIGHTS.get(f"{type_name}.{field_name}")


class TooComplex(GraphQLError):
    """The document's shape is over a limit; nothing was run."""


@dataclass
class Shape:
    """What a selection asks: its cost, aliases, fields once fragments are expanded, and depth."""

    cost: int = 0
    aliases: int = 0
    selections: int = 0
    depth: int = 0

    def add(self, other: Shape, times: int = 1) -> None:
        self.cost += times * other.cost
        self.aliases += other.aliases
        self.selections += other.selections
        self.depth = max(self.depth, other.depth)


@dataclass
class Measure:
    """Measures the operation of a document against a schema; ``arguments`` collects every argument seen,
    with the schema coordinate of its field (``Query.search``), for the checks of string values.

    Introspection and unknown fields are walked too, for their size (validation compares what they select),
    but cost nothing; introspection does not count towards the depth limit (GraphiQL's own query is deep).
    ``sizes``: the longest plain list of each coordinate (``Person.credits``) in the stored graph.
    """

    schema: GraphQLSchema
    fragments: Mapping[str, FragmentDefinitionNode]
    variables: Mapping[str, Any]
    max_depth: int
    sizes: Mapping[str, int] = field(default_factory=dict)
    arguments: list[tuple[str, ArgumentNode]] = field(default_factory=list)
    _measured: dict[str, Shape] = field(default_factory=dict)
    _open: list[str] = field(default_factory=list)

    def operation(self, operation: OperationDefinitionNode) -> Shape:
        return self._selection(operation.selection_set, self.schema.get_root_type(operation.operation), 0, 0)

    def _refuse(self, message: str, node: Any) -> TooComplex:
        return TooComplex(message, nodes=node, extensions={"code": QUERY_TOO_COMPLEX})

    def _too_deep(self, node: Any) -> TooComplex:
        return self._refuse(f"the operation exceeds maximum operation depth of {self.max_depth}", node)

    def _selection(
        self, selection_set: SelectionSetNode, parent: GraphQLNamedType | None, level: int | None, nesting: int
    ) -> Shape:
        """``level``: how many fields enclose this selection, None within introspection; fields deeper than
        the limit are refused on the way down. ``nesting`` counts every enclosing field, so that the walk's
        own recursion stays bounded."""
        shape = Shape()
        for node in selection_set.selections:
            if isinstance(node, FieldNode):
                shape.add(self._field(node, parent, level, nesting))
            elif isinstance(node, InlineFragmentNode):
                condition = parent
                if node.type_condition is not None and parent is not None:
                    condition = self.schema.get_type(node.type_condition.name.value)
                shape.add(self._selection(node.selection_set, condition, level, nesting))
            elif isinstance(node, FragmentSpreadNode):
                shape.add(self._fragment(node, level, nesting))
        return shape

    def _fragment(self, node: FragmentSpreadNode, level: int | None, nesting: int) -> Shape:
        name = node.name.value
        if name in self._measured:
            shape = self._measured[name]
            if level is not None and level + shape.depth > self.max_depth:
                raise self._too_deep(node)
            return shape
        definition = self.fragments.get(name)
        if definition is None or name in self._open:
            # An unknown fragment or a cycle: validation names it; it adds nothing here.
            return Shape()
        if len(self._open) >= MAX_FRAGMENT_NESTING:
            raise self._refuse(f"fragments are spread within fragments more than {MAX_FRAGMENT_NESTING} deep", node)
        condition = definition.type_condition.name.value
        # Fragments on introspection types are measured like introspection: for their size only.
        target = None if condition.startswith("__") else self.schema.get_type(condition)
        self._open.append(name)
        try:
            shape = self._selection(definition.selection_set, target, level, nesting)
        finally:
            self._open.pop()
        # Measured relative to where it is spread: the depth it adds, whatever the level.
        self._measured[name] = shape
        return shape

    def _field(self, node: FieldNode, parent: GraphQLNamedType | None, level: int | None, nesting: int) -> Shape:
        if level is not None and level > self.max_depth:
            raise self._too_deep(node)
        if nesting > MAX_NESTING:
            raise self._refuse(f"the operation nests fields more than {MAX_NESTING} deep", node)
        name = node.name.value
        shape = Shape(aliases=1 if node.alias else 0, selections=1)
        fields = getattr(parent, "fields", {}) if parent is not None else {}
        if name in _INTROSPECTION:
            shape.cost = _amount(_INTROSPECTION[name].base, {}) if level is not None else 0
            if node.selection_set is not None:
                inner = self._selection(node.selection_set, None, None, nesting + 1)
                shape.aliases += inner.aliases
                shape.selections += inner.selections
            return shape
        if parent is None or name not in fields:
            # Unknown (validation names it) or within introspection: its size counts, not its cost.
            if node.selection_set is not None:
                child_level = None if level is None else level + 1
                child = self._selection(node.selection_set, None, child_level, nesting + 1)
                shape.add(child, 0)
                shape.depth = child.depth + 1 if level is not None else 0
            return shape
        coordinate = f"{parent.name}.{name}"
        self.arguments.extend((coordinate, argument) for argument in node.arguments or ())
        named = get_named_type(fields[name].type)
        weight = weight_of(parent.name, name) or (_OBJECT if node.selection_set else _FREE)
        arguments = self._argument_values(node)
        shape.cost = _amount(weight.base, arguments)
        if node.selection_set is not None:
            child = self._selection(node.selection_set, named, None if level is None else level + 1, nesting + 1)
            items = _amount(weight.items, arguments)
            if weight.plain:
                items = min(NESTED_LIST_LIMIT, max(items, self.sizes.get(coordinate, 0)))
            shape.add(child, items)
            shape.depth = child.depth + 1
        return shape

    def _argument_values(self, node: FieldNode) -> dict[str, Any]:
        """The integer arguments, literal or variable; anything else is left for coercion to judge."""
        values: dict[str, Any] = {}
        for argument in node.arguments or ():
            value = argument.value
            if isinstance(value, IntValueNode):
                # A literal of thousands of digits is out of any range; int() of it would be refused too.
                values[argument.name.value] = int(value.value) if len(value.value) <= 18 else 10**18
            elif isinstance(value, VariableNode):
                values[argument.name.value] = self.variables.get(value.name.value)
        return values


def _amount(amount: Amount, arguments: Arguments) -> int:
    return amount(arguments) if callable(amount) else amount


def most_merged(operation: OperationDefinitionNode, fragments: Mapping[str, FragmentDefinitionNode]) -> tuple[str, int]:
    """The response path (``songs.nodes``) selected by the most fields once fragments are expanded and fields
    merged, with their number. The walk expands everything, so it runs only once the expanded size is known
    to be within the limit; it is iterative and skips fragment cycles."""
    counts: dict[str, int] = {}
    stack: list[tuple[SelectionSetNode, str, frozenset[str]]] = [(operation.selection_set, "", frozenset())]
    while stack:
        selection_set, path, active = stack.pop()
        for node in selection_set.selections:
            if isinstance(node, FieldNode):
                key = f"{path}.{(node.alias or node.name).value}".lstrip(".")
                counts[key] = counts.get(key, 0) + 1
                if node.selection_set is not None:
                    stack.append((node.selection_set, key, active))
            elif isinstance(node, InlineFragmentNode):
                stack.append((node.selection_set, path, active))
            elif isinstance(node, FragmentSpreadNode):
                name = node.name.value
                if name in fragments and name not in active:
                    stack.append((fragments[name].selection_set, path, active | {name}))
    return max(counts.items(), key=lambda item: item[1], default=("", 0))
