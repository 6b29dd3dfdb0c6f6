"""Applies the Cypher files in ``schema/`` (constraints and indexes), idempotently."""

from __future__ import annotations

import re
from pathlib import Path

from songgraph.cypher.statement import Statement
from songgraph.db import Database

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
    return len(statements)
