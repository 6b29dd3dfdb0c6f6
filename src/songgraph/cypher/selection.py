"""A GraphQL selection as plain values, so that translation does not depend on the GraphQL framework."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Field:
    name: str
    alias: str | None = None
    arguments: Mapping[str, Any] = field(default_factory=dict)
    selections: tuple[Field | Fragment, ...] = ()

    @property
    def key(self) -> str:
        """Where the value appears in the response (the alias when there is one)."""
        return self.alias or self.name


@dataclass(frozen=True)
class Fragment:
    """An inline fragment or a fragment spread; ``type_condition`` None applies to any type."""

    type_condition: str | None
    selections: tuple[Field | Fragment, ...] = ()


def fields_for(selections: Iterable[Field | Fragment], type_names: Iterable[str]) -> list[Field]:
    """The fields that apply to an object of one of ``type_names`` (its type and its interfaces)."""
    names = set(type_names)
    found: list[Field] = []
    for item in selections:
        if isinstance(item, Field):
            found.append(item)
        elif item.type_condition is None or item.type_condition in names:
            found.extend(fields_for(item.selections, names))
    return found


def child(fields: Iterable[Field], name: str) -> list[Field]:
    """Every selection of ``name`` among ``fields`` (a field can be selected several times under aliases)."""
    return [f for f in fields if f.name == name]
