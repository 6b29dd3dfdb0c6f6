"""Applies the migrations (``*.cypher`` files of constraints and indexes), idempotently, and tells which are missing."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from songgraph.cypher import rekey
from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.packaged import migrations_dir
from songgraph.services import rankings
from songgraph.text import fold

# Rows per write transaction when keys are brought up to date.
_REKEY_BATCH = 2000

# Our schema files hold no string containing "//", so a comment runs from "//" to the end of its line.
_COMMENT = re.compile(r"//[^\n]*")
# The name every statement of ours gives what it creates ("CREATE FULLTEXT INDEX search IF NOT EXISTS ...").
_CREATED_NAME = re.compile(r"CREATE\s+(?:[A-Z]+\s+)?(?:CONSTRAINT|INDEX)\s+`?(\w+)`?", re.IGNORECASE)


_UNIQUE = re.compile(r"FOR\s*\(\s*\w+\s*:\s*(\w+)\s*\)\s*REQUIRE\s+\w+\.(\w+)\s+IS\s+UNIQUE", re.IGNORECASE)


def unique_properties(statements: list[Statement]) -> dict[str, tuple[str, ...]]:
    """Label -> the properties its uniqueness constraints are on, as the migrations declare them."""
    found: dict[str, list[str]] = {}
    for statement in statements:
        match = _UNIQUE.search(statement.cypher)
        if match is not None:
            found.setdefault(match.group(1), []).append(match.group(2))
    return {label: tuple(names) for label, names in found.items()}


class MigrationsMissing(RuntimeError):
    """No ``*.cypher`` file where the migrations should be: applying nothing would leave the store unmigrated."""


def schema_statements(text: str) -> list[Statement]:
    """Split a ``.cypher`` file into statements; ``;`` ends one, ``//`` lines are comments."""
    body = _COMMENT.sub("", text)
    return [Statement(part.strip(), {}) for part in body.split(";") if part.strip()]


def default_schema_dir() -> Path:
    """The migrations shipped in the wheel; in a development (editable) install, the checkout's ``schema/``."""
    return migrations_dir()


def read_migrations(schema_dir: Path) -> list[Statement]:
    """Every statement of every ``*.cypher`` file in ``schema_dir``, files in name order."""
    files = sorted(schema_dir.glob("*.cypher"))
    if not files:
        where = "" if schema_dir.is_dir() else " (no such folder)"
        raise MigrationsMissing(f"no migrations (*.cypher files) in {schema_dir}{where}")
    return [statement for path in files for statement in schema_statements(path.read_text(encoding="utf-8"))]


def declared_names(statements: list[Statement]) -> list[str]:
    """The names of the constraints and indexes the statements create."""
    return [match[1] for statement in statements if (match := _CREATED_NAME.match(statement.cypher))]


async def migrate(db: Database, schema_dir: Path, on_step: Callable[[str], None] | None = None) -> int:
    """Apply every ``*.cypher`` file in name order, then wait for the indexes; returns the statements applied.

    ``on_step`` hears what is being done before each slow part (for a progress line).
    """
    statements = read_migrations(schema_dir)
    if on_step is not None:
        on_step(f"applying {len(statements)} schema statements from {schema_dir}")
    for statement in statements:
        await db.run_schema(statement)
    if on_step is not None:
        on_step("waiting for the indexes to come online")
    await db.run_schema(Statement("CALL db.awaitIndexes(300)", {}))
    await rekey_names(db)
    if await rankings.rank_unranked(db) and on_step is not None:
        on_step("ranked the collaborators of the busiest people")
    return len(statements)


async def missing_schema(db: Database, statements: list[Statement]) -> list[str]:
    """The constraints and indexes ``statements`` declare that the store lacks (or holds but not ONLINE)."""
    indexes = await db.read(Statement("SHOW INDEXES YIELD name, state RETURN name, state", {}))
    constraints = await db.read(Statement("SHOW CONSTRAINTS YIELD name RETURN name", {}))
    present = {row["name"] for row in indexes if row["state"] == "ONLINE"} | {row["name"] for row in constraints}
    return [name for name in declared_names(statements) if name not in present]


def _batches(rows: list[dict[str, object]]) -> list[list[dict[str, object]]]:
    return [rows[start : start + _REKEY_BATCH] for start in range(0, len(rows), _REKEY_BATCH)]


async def rekey_names(db: Database) -> int:
    """Title and name keys written before ``fold`` dropped punctuation, made again; returns how many nodes.

    Every key is a function of the title or name beside it, so this only recomputes them; running it
    again changes nothing. The indexes on the keys follow the new values by themselves.
    """
    changed = 0
    for label in ("Song", "Album"):
        rows = [
            {"id": row["id"], "key": fold(row["text"])}
            for row in await db.read(rekey.titled(label))
            if fold(row["text"]) != row["key"]
        ]
        for batch in _batches(rows):
            await db.write([rekey.set_title_keys(label, batch)])
        changed += len(rows)
    people: list[dict[str, object]] = []
    for row in await db.read(rekey.punctuated_people()):
        aliases = [fold(alias) for alias in row["aliases"]]
        name = fold(row["name"])
        people.append({"id": row["id"], "nameKey": name, "aliasKeys": aliases, "nameKeys": sorted({name, *aliases})})
    for batch in _batches(people):
        await db.write([rekey.set_person_keys(batch)])
    return changed + len(people)
