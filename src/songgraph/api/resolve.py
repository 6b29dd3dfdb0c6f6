"""The glue of every root resolver: selection -> translate (pure) -> one read -> records."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from strawberry.types import Info

from songgraph.api.context import Context
from songgraph.api.errors import bad_input, over_budget, unavailable
from songgraph.api.records import to_records
from songgraph.api.selection import current_field
from songgraph.cypher.selection import Field
from songgraph.cypher.statement import Statement
from songgraph.db import BudgetExceeded, DatabaseUnavailable
from songgraph.errors import BadUserInput


async def run(info: Info[Context, Any], translate: Callable[[Field], Statement | None]) -> Any:
    """The ``result`` column of the one statement that answers this root field (None when no row)."""
    field = current_field(info)
    try:
        statement = translate(field)
    except BadUserInput as error:
        raise bad_input(error) from None
    if statement is None:
        return None
    db = info.context.db
    try:
        # A document with many root fields gets only a few statements running at once, not the whole pool.
        async with info.context.statements:
            rows = await db.read(statement)
    except DatabaseUnavailable as error:
        raise unavailable(error) from None
    except BudgetExceeded as error:
        raise over_budget(error, db.read_timeout) from None
    return to_records(rows[0]["result"]) if rows else None
