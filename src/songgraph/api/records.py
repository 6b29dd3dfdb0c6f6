"""Rows from the translated statements as objects the GraphQL types can read.

Projected objects stay the plain dicts the database layer returns: keys are GraphQL field names, or
response keys for fields with arguments, and node objects carry their labels under ``__labels``.
Wrapping every map in a class of its own cost a second walk over every response.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from strawberry.utils.str_converters import to_camel_case

Record = dict[str, Any]


def labels(record: Record) -> list[str]:
    return list(record.get("__labels") or ())


# Called for every field of every object in a response; the schema has few distinct field names.
_graphql_name = cache(to_camel_case)


def read_field(obj: Any, python_name: str) -> Any:
    """Strawberry's default resolver: projected records hold values under their GraphQL names."""
    if type(obj) is dict:
        return obj[_graphql_name(python_name)]
    return getattr(obj, python_name)
