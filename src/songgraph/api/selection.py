"""Adapter from Strawberry's view of the request to the framework-free selection values."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from strawberry.types import Info
from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField, Selection

from songgraph.cypher.selection import Field, Fragment


def _convert(items: Iterable[Selection]) -> tuple[Field | Fragment, ...]:
    out: list[Field | Fragment] = []
    for item in items:
        if isinstance(item, SelectedField):
            out.append(Field(item.name, item.alias, dict(item.arguments or {}), _convert(item.selections)))
        elif isinstance(item, (InlineFragment, FragmentSpread)):
            out.append(Fragment(item.type_condition, _convert(item.selections)))
    return tuple(out)


def current_field(info: Info[Any, Any]) -> Field:
    """The field being resolved, with its alias, arguments (variables applied) and sub-selections."""
    converted = _convert(info.selected_fields)
    field = converted[0]
    assert isinstance(field, Field)
    return field
