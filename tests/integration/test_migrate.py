"""`songgraph migrate` on an empty store creates every constraint and index the schema files name, ONLINE."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.migrate import default_schema_dir, migrate, schema_statements

pytestmark = pytest.mark.anyio

_CREATE = re.compile(
    r"CREATE\s+(?:(?P<kind>RANGE|TEXT|FULLTEXT|POINT)\s+)?(?P<what>CONSTRAINT|INDEX)\s+(?P<name>\w+)\s+IF NOT EXISTS\s+"
    r"FOR\s+\(\w+:(?P<labels>[\w|]+)\)\s+"
    r"(?:REQUIRE\s+\(?(?P<required>[^)]+?)\)?\s+IS\s+UNIQUE|ON\s+(?:EACH\s+)?[\[(](?P<on>[^\])]+)[\])])",
)


@dataclass(frozen=True)
class Declared:
    name: str
    constraint: bool
    index_type: str
    labels: tuple[str, ...]
    properties: tuple[str, ...]


def _properties(text: str) -> tuple[str, ...]:
    return tuple(part.strip().split(".", 1)[1] for part in text.split(","))


def declared() -> list[Declared]:
    found = []
    for path in sorted(default_schema_dir().glob("*.cypher")):
        for statement in schema_statements(path.read_text(encoding="utf-8")):
            match = _CREATE.match(statement.cypher)
            assert match, f"{path.name}: cannot read {statement.cypher!r}"
            constraint = match["what"] == "CONSTRAINT"
            found.append(
                Declared(
                    name=match["name"],
                    constraint=constraint,
                    index_type="RANGE" if constraint else (match["kind"] or "RANGE"),
                    labels=tuple(match["labels"].split("|")),
                    properties=_properties(match["required"] if constraint else match["on"]),
                )
            )
    return found


def test_every_schema_name_is_unique() -> None:
    # A constraint and an index of the same name: IF NOT EXISTS silently skips whichever comes second.
    names = [item.name for item in declared()]
    assert len(names) == len(set(names)), sorted(name for name in names if names.count(name) > 1)


async def _drop_everything(db: Database) -> None:
    await db.write([Statement("MATCH (n) DETACH DELETE n", {})])
    for row in await db.read(Statement("SHOW CONSTRAINTS YIELD name RETURN name", {})):
        await db.run_schema(Statement(f"DROP CONSTRAINT `{row['name']}`", {}))
    # The two token lookup indexes come with every store and are not ours.
    for row in await db.read(Statement("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", {})):
        await db.run_schema(Statement(f"DROP INDEX `{row['name']}`", {}))


async def test_migrate_on_an_empty_store_creates_everything_online(db: Database) -> None:
    await _drop_everything(db)
    assert await db.read(Statement("SHOW INDEXES YIELD type WHERE type <> 'LOOKUP' RETURN type", {})) == []

    applied = await migrate(db, default_schema_dir())

    expected = declared()
    assert applied == len(expected)
    indexes = {
        row["name"]: row
        for row in await db.read(
            Statement(
                "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state, owningConstraint "
                "WHERE type <> 'LOOKUP' RETURN *",
                {},
            )
        )
    }
    constraints = {
        row["name"]: row
        for row in await db.read(
            Statement("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties, ownedIndex RETURN *", {})
        )
    }
    for item in expected:
        if item.constraint:
            assert item.name in constraints, f"constraint {item.name} missing"
            row = constraints[item.name]
            assert (row["type"], tuple(row["labelsOrTypes"]), tuple(row["properties"])) == (
                "UNIQUENESS",
                item.labels,
                item.properties,
            ), item.name
            backing = indexes[row["ownedIndex"]]
            assert backing["state"] == "ONLINE", item.name
        else:
            assert item.name in indexes, f"index {item.name} missing"
            row = indexes[item.name]
            assert row["owningConstraint"] is None, f"{item.name} is a constraint's index, not the declared index"
            assert (row["type"], tuple(row["labelsOrTypes"]), tuple(row["properties"])) == (
                item.index_type,
                item.labels,
                item.properties,
            ), item.name
            assert row["state"] == "ONLINE", f"{item.name} is {row['state']}"
    # Nothing beyond what the files declare (constraints own an index each, under the same name here).
    assert set(indexes) == {item.name for item in expected}
    assert set(constraints) == {item.name for item in expected if item.constraint}
    # Running it again changes nothing.
    assert await migrate(db, default_schema_dir()) == len(expected)
    again = await db.read(Statement("SHOW INDEXES YIELD name WHERE name IS NOT NULL RETURN count(*) AS n", {}))
    assert again[0]["n"] == len(indexes) + 2
