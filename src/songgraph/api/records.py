"""Rows from the translated statements as objects the GraphQL types can read."""

from __future__ import annotations

from functools import cache
from typing import Any

from strawberry.utils.str_converters import to_camel_case


class Record(dict[str, Any]):
    """One projected object: keys are GraphQL field names, or response keys for fields with arguments."""

    @property
    def labels(self) -> list[str]:
        return list(self.get("__labels") or ())


def to_records(value: Any) -> Any:
    if isinstance(value, dict):
        return Record({key: to_records(item) for key, item in value.items()})
    if isinstance(value, list):
        return [to_records(item) for item in value]
    return value


# Called for every field of every object in a response; the schema has few distinct field names.
_graphql_name = cache(to_camel_case)


def read_field(obj: Any, python_name: str) -> Any:
    """Strawberry's default resolver: projected records hold values under their GraphQL names."""
    if isinstance(obj, Record):
        return obj[_graphql_name(python_name)]
    return getattr(obj, python_name)
