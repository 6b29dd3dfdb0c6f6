"""The schema documents itself: every type, field, argument, input field and enum value has a description.

The schema is read the way GraphiQL's documentation pane reads it, by an introspection query executed on
the schema ``build_schema`` makes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graphql import get_introspection_query

from songgraph.api.schema import build_schema

BUILT_IN = {"String", "Int", "Float", "Boolean", "ID"}


def introspected() -> dict[str, Any]:
    result = build_schema().execute_sync(get_introspection_query(input_value_deprecation=True, one_of=True))
    assert result.errors is None, result.errors
    assert result.data is not None
    return result.data["__schema"]  # type: ignore[no-any-return]


def undescribed(schema: dict[str, Any]) -> Iterator[str]:
    """Schema coordinates (``Type.field(argument)``) of every item whose description is missing or blank."""

    def blank(item: dict[str, Any]) -> bool:
        return not (item.get("description") or "").strip()

    for type_ in schema["types"]:
        name = type_["name"]
        if name.startswith("__") or name in BUILT_IN:
            continue
        if blank(type_):
            yield name
        for field in type_.get("fields") or ():
            if blank(field):
                yield f"{name}.{field['name']}"
            for argument in field["args"]:
                if blank(argument):
                    yield f"{name}.{field['name']}({argument['name']})"
        for input_field in type_.get("inputFields") or ():
            if blank(input_field):
                yield f"{name}.{input_field['name']}"
        for value in type_.get("enumValues") or ():
            if blank(value):
                yield f"{name}.{value['name']}"


def test_every_item_of_the_schema_has_a_description() -> None:
    schema = introspected()
    assert len(schema["types"]) > 60  # the walk sees the whole schema, not an empty answer
    missing = list(undescribed(schema))
    assert missing == [], f"{len(missing)} items without a description: {', '.join(missing)}"


def test_the_walk_finds_an_item_without_a_description() -> None:
    schema = {
        "types": [
            {
                "name": "Thing",
                "description": "A thing.",
                "fields": [{"name": "size", "description": "", "args": [{"name": "unit", "description": None}]}],
            },
            {"name": "Colour", "description": " ", "enumValues": [{"name": "RED", "description": "Red."}]},
            {"name": "String", "description": None},
        ]
    }
    assert list(undescribed(schema)) == ["Thing.size", "Thing.size(unit)", "Colour"]


def test_person_ref_is_a_one_of_input() -> None:
    types = {type_["name"]: type_ for type_ in introspected()["types"]}
    assert types["PersonRef"]["isOneOf"] is True
    assert types["SongFilter"]["isOneOf"] is False
