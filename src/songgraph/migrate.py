"""Applies the Cypher files in ``schema/`` (constraints and indexes), idempotently."""

from __future__ import annotations

import re
from pathlib import Path

from songgraph.cypher import rekey
from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.text import fold

# Rows per write transaction when keys are brought up to date.
_REKEY_BATCH = 2000

# Our schema files hold no string containing "//", so a comment runs from "//" to the end of its line.
_COMMENT = re.compile(r"//[^\n]*")


def schema_statements(text: str) -> list[Statement]:
    """Split a ``.cypher`` file into statements; ``;`` ends one, ``//`` lines are comments."""
    body = _COMMENT.sub("", text)
    return [Statement(part.strip(), {}) for part in body.split(";") if part.strip()]


def default_schema_dir() -> Path:
    # In a checkout the repo's schema/ is beside src/; an installed copy (Docker) runs from a folder holding schema/.
    repo = Path(__file__).resolve().parents[2] / "schema"
    return repo if repo.is_dir() else Path.cwd() / "schema"


async def migrate(db: Database, schema_dir: Path) -> int:
    """Apply every ``*.cypher`` file in name order; returns the number of statements applied."""
    statements = [
        statement
        for path in sorted(schema_dir.glob("*.cypher"))
        for statement in schema_statements(path.read_text(encoding="utf-8"))
    ]
    for statement in statements:
        await db.run_schema(statement)
    await db.run_schema(Statement("CALL db.awaitIndexes(300)", {}))
    await rekey_names(db)
    return len(statements)


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
