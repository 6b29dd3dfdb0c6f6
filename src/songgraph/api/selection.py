"""Adapter from the executing GraphQL request to the framework-free selection values.

Arguments are coerced by graphql-core against the schema (literals and variables alike), then turned
into plain data: input objects become dicts keyed by GraphQL names, enum members their names.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from enum import Enum
from typing import Any

from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLField,
    GraphQLIncludeDirective,
    GraphQLNamedType,
    GraphQLResolveInfo,
    GraphQLSkipDirective,
    InlineFragmentNode,
    SelectionSetNode,
    get_named_type,
)
from graphql.execution.values import VariableValues, get_argument_values
from strawberry.types import Info
from strawberry.utils.str_converters import to_camel_case

from songgraph.cypher.selection import Field, Fragment


def plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.name
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {to_camel_case(f.name): plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {to_camel_case(key): plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def _variables(raw: GraphQLResolveInfo[Any]) -> VariableValues:
    # Strawberry hands resolvers the coerced variables as a plain dict.
    values: Any = raw.variable_values
    return values if isinstance(values, VariableValues) else VariableValues(sources={}, coerced=dict(values or {}))


def _included(raw: GraphQLResolveInfo[Any], node: FieldNode | InlineFragmentNode | FragmentSpreadNode) -> bool:
    for directive in node.directives or ():
        if directive.name.value == "skip" and get_argument_values(GraphQLSkipDirective, directive, _variables(raw)).get(
            "if"
        ):
            return False
        if directive.name.value == "include" and not get_argument_values(
            GraphQLIncludeDirective, directive, _variables(raw)
        ).get("if"):
            return False
    return True


def _field(raw: GraphQLResolveInfo[Any], field_def: GraphQLField, node: FieldNode) -> Field:
    arguments = plain(get_argument_values(field_def, node, _variables(raw)))
    named = get_named_type(field_def.type)
    selections = _selections(raw, named, node.selection_set) if node.selection_set else ()
    return Field(node.name.value, node.alias.value if node.alias else None, arguments, selections)


def _selections(
    raw: GraphQLResolveInfo[Any], parent: GraphQLNamedType, selection_set: SelectionSetNode
) -> tuple[Field | Fragment, ...]:
    out: list[Field | Fragment] = []
    for node in selection_set.selections:
        if not _included(raw, node):  # type: ignore[arg-type]
            continue
        if isinstance(node, FieldNode):
            name = node.name.value
            fields: dict[str, GraphQLField] = getattr(parent, "fields", {})
            if name.startswith("__") or name not in fields:
                # Introspection fields are answered by GraphQL itself, not by the graph.
                out.append(Field(name, node.alias.value if node.alias else None))
            else:
                out.append(_field(raw, fields[name], node))
        elif isinstance(node, InlineFragmentNode):
            condition = node.type_condition.name.value if node.type_condition else None
            target = raw.schema.get_type(condition) if condition else parent
            assert target is not None
            out.append(Fragment(condition, _selections(raw, target, node.selection_set)))
        elif isinstance(node, FragmentSpreadNode):
            fragment = raw.fragments[node.name.value]
            condition = fragment.type_condition.name.value
            target = raw.schema.get_type(condition)
            assert target is not None
            out.append(Fragment(condition, _selections(raw, target, fragment.selection_set)))
    return tuple(out)


def _merge(fields: Iterable[Field]) -> Field:
    """A field selected several times under one response key is one field with all sub-selections."""
    first, *rest = fields
    return dataclasses.replace(first, selections=first.selections + tuple(s for f in rest for s in f.selections))


def current_field(info: Info[Any, Any]) -> Field:
    """The field being resolved, with its alias, coerced arguments and sub-selections."""
    raw: GraphQLResolveInfo[Any] = info._raw_info
    field_def = raw.parent_type.fields[raw.field_name]
    return _merge(_field(raw, field_def, node) for node in raw.field_nodes)
