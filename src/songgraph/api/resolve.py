"""The glue of every root resolver: selection -> translate (pure) -> one read -> records."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from strawberry.types import Info

from songgraph.api.context import Context
from songgraph.api.errors import bad_input, unavailable
from songgraph.api.selection import current_field
from songgraph.cypher.selection import Field
from songgraph.cypher.statement import Statement
from songgraph.db import DatabaseUnavailable
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
    try:
        rows = await info.context.db.read(statement)
    except DatabaseUnavailable as error:
        raise unavailable(error) from None
    return rows[0]["result"] if rows else None
