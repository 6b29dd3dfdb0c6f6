"""Completion functions compiled once per selection and kept across requests.

A projected record already has the shape of its selection, so completing it is a copy with checks: each
key read, each leaf coerced, each non-null value checked. Walking the selection for every object (as
``execution.ProjectedExecution`` does) costs more than the copy itself on large answers, so the walk is
done once: for an object type and the field nodes selected on it, this module writes a small Python
function that builds the response map directly (``{key: value, ...}`` with list comprehensions for lists)
and keeps it for the next request with the same document. A union's record is completed as the one member
type whose ``is_type_of`` claims it; interfaces and fields with arguments are left to the general path.

A compiled function only handles records that are exactly what the selection expects. Anything else — a
missing key, a null where the schema says non-null, a value its scalar refuses, a record of another
type, a list long enough to be completed a slice at a time — raises, and the caller completes that object
again by the general path, which reports the error with its location as graphql-core does. So a compiled
function never decides what an error looks like; it only makes the valid case fast.

The generated source holds no text from a request: response keys, field names, scalars and resolvers
are bound as constants (``K3``, ``L1``...) in the function's namespace.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graphql import (
    FieldNode,
    GraphQLField,
    GraphQLID,
    GraphQLLeafType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLString,
    GraphQLUnionType,
    Node,
    OperationDefinitionNode,
    Undefined,
)

Completion = Callable[[Any], dict[str, Any]]


class NotCompilable(Exception):
    """The selection needs the general path (a resolver with arguments, an abstract type, a directive...)."""


class Mismatch(Exception):
    """The record is not what the selection expects; the general path completes it and says why."""


def is_plain(field: GraphQLField) -> bool:
    """A field Strawberry reads from its source with the default resolver (no resolver, no arguments)."""
    return not field.args and (field.resolve is None or bool(getattr(field.resolve, "_is_default", False)))


def _leaf(leaf: GraphQLLeafType, nullable: bool) -> Callable[[Any], Any]:
    """The coercion graphql-core applies to a leaf value (``complete_leaf_value``), raising on what it refuses."""
    coerce = leaf.coerce_output_value

    def complete(value: Any) -> Any:
        if value is None:
            if nullable:
                return None
            raise Mismatch
        coerced = coerce(value)
        if coerced is None or coerced is Undefined:
            raise Mismatch
        return coerced

    return complete


def _self_resolver(field: GraphQLField) -> Callable[[Any], Any] | None:
    """A field's resolver when Strawberry would call it with the record alone (``def id(self)``), else None."""
    definition: Any = field.extensions.get("strawberry-definition")
    resolver = getattr(definition, "base_resolver", None)
    if resolver is None or field.args or definition.extensions or definition.permission_classes:
        return None
    if resolver.is_async or resolver.info_parameter is not None or resolver.arguments:
        return None
    if resolver.self_parameter is None or len(resolver.signature.parameters) != 1:
        return None
    return resolver  # type: ignore[no-any-return]


def _has_directives(node: Node) -> bool:
    """Whether any selection under ``node`` carries a directive (its fields then depend on the variables)."""
    stack: list[Any] = [node]
    while stack:
        current = stack.pop()
        if getattr(current, "directives", None):
            return True
        selection_set = getattr(current, "selection_set", None)
        if selection_set is not None:
            stack.extend(selection_set.selections)
    return False


def compilable_operation(operation: OperationDefinitionNode, fragments: dict[str, Any]) -> bool:
    """A selection of this operation can be compiled once and reused: nothing in it depends on variables."""
    return not _has_directives(operation) and not any(_has_directives(f) for f in fragments.values())


class _Writer:
    """Writes the functions that complete one selection, with every value they use bound as a constant."""

    def __init__(self, subfields: Callable[[GraphQLObjectType, Any], Any], list_limit: int) -> None:
        self.subfields = subfields
        self.list_limit = list_limit
        self.constants: dict[str, Any] = {"Mismatch": Mismatch}
        self.lines: list[str] = []
        self.count = 0

    def constant(self, prefix: str, value: Any) -> str:
        name = f"{prefix}{len(self.constants)}"
        self.constants[name] = value
        return name

    def fresh(self, prefix: str) -> str:
        self.count += 1
        return f"{prefix}{self.count}"

    def object_function(self, object_type: GraphQLObjectType, grouped: Any) -> str:
        is_type_of: Any = object_type.is_type_of
        if is_type_of is not None and not getattr(is_type_of, "reads_record_only", False):
            raise NotCompilable
        name = self.fresh("f")
        body = ["    if type(s) is not dict:", "        raise Mismatch"]
        if is_type_of is not None:
            body += [f"    if not {self.constant('T', is_type_of)}(s, None):", "        raise Mismatch"]
        items: list[str] = []
        for key, details in grouped.items():
            node: FieldNode = details[0].node
            field_name = node.name.value
            key_name = self.constant("K", key)
            if field_name == "__typename":
                items.append(f"{key_name}: {self.constant('N', object_type.name)}")
                continue
            field = object_type.fields.get(field_name)
            if field is None:
                raise NotCompilable
            if is_plain(field):
                read = f"s[{self.constant('K', field_name)}]"
            else:
                resolver = _self_resolver(field)
                if resolver is None:
                    raise NotCompilable
                read = f"{self.constant('R', resolver)}(s)"
            variable = self.fresh("v")
            body.append(f"    {variable} = {read}")
            body += self.complete(field.type, details, variable, "    ")
            items.append(f"{key_name}: {variable}")
        body.append("    return {" + ", ".join(items) + "}")
        self.lines += [f"def {name}(s):", *body, ""]
        return name

    def composite_function(self, composite: GraphQLObjectType | GraphQLUnionType, details: Any) -> str:
        if isinstance(composite, GraphQLObjectType):
            return self.object_function(composite, self.subfields(composite, details))
        return self.union_function(composite, details)

    def union_function(self, union: GraphQLUnionType, details: Any) -> str:
        """A record of a union is of the one member type whose ``is_type_of`` accepts it (Strawberry asks them
        in turn and takes the first); none or several, and the general path decides."""
        members = [(member, self.object_function(member, self.subfields(member, details))) for member in union.types]
        name = self.fresh("u")
        body = ["    if type(s) is not dict:", "        raise Mismatch", "    found = None"]
        for member, function in members:
            is_type_of: Any = member.is_type_of
            if is_type_of is None or not getattr(is_type_of, "reads_record_only", False):
                raise NotCompilable
            body += [
                f"    if {self.constant('T', is_type_of)}(s, None):",
                "        if found is not None:",
                "            raise Mismatch",
                f"        found = {function}",
            ]
        body += ["    if found is None:", "        raise Mismatch", "    return found(s)"]
        self.lines += [f"def {name}(s):", *body, ""]
        return name

    def complete(self, return_type: GraphQLOutputType, details: Any, variable: str, indent: str) -> list[str]:
        """Statements that replace ``variable`` by its completed value, raising Mismatch on what is not valid."""
        nullable = not isinstance(return_type, GraphQLNonNull)
        bare = return_type.of_type if isinstance(return_type, GraphQLNonNull) else return_type
        if isinstance(bare, GraphQLLeafType):
            coerce = self.constant("L", _leaf(bare, nullable))
            if bare is GraphQLString or bare is GraphQLID:
                # A str is its own serialisation for these two; anything else goes through the coercion.
                return [f"{indent}if type({variable}) is not str:", f"{indent}    {variable} = {coerce}({variable})"]
            return [f"{indent}{variable} = {coerce}({variable})"]
        guard = [f"{indent}if {variable} is None:", f"{indent}    raise Mismatch"] if not nullable else []
        inner = f"{indent}    " if nullable else indent
        lines = [f"{indent}if {variable} is not None:"] if nullable else []
        if isinstance(bare, GraphQLList):
            item = self.fresh("x")
            lines += [
                f"{inner}if type({variable}) is not list or len({variable}) > {self.list_limit}:",
                f"{inner}    raise Mismatch",
                f"{inner}{variable} = [{self.item_expression(bare.of_type, details, item)} for {item} in {variable}]",
            ]
            return guard + lines
        if isinstance(bare, GraphQLObjectType | GraphQLUnionType):
            lines.append(f"{inner}{variable} = {self.composite_function(bare, details)}({variable})")
            return guard + lines
        raise NotCompilable  # interfaces: the general path resolves the type

    def item_expression(self, item_type: GraphQLOutputType, details: Any, item: str) -> str:
        """An expression completing one list item held in ``item``."""
        nullable = not isinstance(item_type, GraphQLNonNull)
        bare = item_type.of_type if isinstance(item_type, GraphQLNonNull) else item_type
        if isinstance(bare, GraphQLLeafType):
            coerce = self.constant("L", _leaf(bare, nullable))
            if bare is GraphQLString or bare is GraphQLID:
                return f"({item} if type({item}) is str else {coerce}({item}))"
            return f"{coerce}({item})"
        if isinstance(bare, GraphQLObjectType | GraphQLUnionType):
            function = self.composite_function(bare, details)
            # The object function refuses a None (not a dict), which is right for non-null items.
            return f"(None if {item} is None else {function}({item}))" if nullable else f"{function}({item})"
        # Lists of lists and abstract items: a function of its own, written like a field's completion.
        name = self.fresh("g")
        self.lines += [f"def {name}(v):", *self.complete(item_type, details, "v", "    "), "    return v", ""]
        return f"{name}({item})"


def compile_selection(
    object_type: GraphQLObjectType,
    grouped: Any,
    subfields: Callable[[GraphQLObjectType, Any], Any],
    list_limit: int,
) -> Completion:
    """The function completing a record of ``object_type`` for the fields ``grouped`` (response key -> field
    details, as graphql-core collects them); ``subfields`` collects the fields selected on a nested object."""
    writer = _Writer(subfields, list_limit)
    entry = writer.object_function(object_type, grouped)
    namespace = dict(writer.constants)
    exec(compile("\n".join(writer.lines), f"<completion of {object_type.name}>", "exec"), namespace)
    return namespace[entry]  # type: ignore[no-any-return]


def selection_key(object_type: GraphQLObjectType, grouped: Any) -> tuple[Any, ...]:
    """Names a selection within one parsed document: its type, response keys and the identities of its field
    nodes (the document keeps them alive, so no identity is reused while it is kept)."""
    return (object_type.name, *grouped.keys(), *(id(detail.node) for details in grouped.values() for detail in details))
