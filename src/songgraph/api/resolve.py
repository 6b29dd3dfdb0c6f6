"""The glue of every root resolver: selection -> translate (pure) -> one read -> records."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from graphql import OperationType
from strawberry.types import Info

from songgraph.api.context import Context
from songgraph.api.errors import bad_input, over_budget, unavailable
from songgraph.api.records import to_records
from songgraph.api.selection import current_field
from songgraph.cypher.selection import Field
from songgraph.cypher.statement import Statement
from songgraph.db import BudgetExceeded, DatabaseUnavailable, QueryTimedOut
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
    context = info.context
    db = context.db
    try:
        # The whole request shares one read budget: a document of many root fields (aliases) runs only a
        # few statements at once, not the whole pool, and those still waiting when it is spent are not run.
        # Not after a mutation's write, which has its own budget: its read-back must not fail for it.
        if info.operation.operation is OperationType.QUERY:
            remaining = context.started + db.read_timeout - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            async with asyncio.timeout(remaining):
                await context.statements.acquire()
        else:
            await context.statements.acquire()
        try:
            rows = await db.read(statement)
        finally:
            context.statements.release()
    except TimeoutError:
        raise over_budget(QueryTimedOut("the request's budget is spent"), db.read_timeout) from None
    except DatabaseUnavailable as error:
        raise unavailable(error) from None
    except BudgetExceeded as error:
        raise over_budget(error, db.read_timeout) from None
    return to_records(rows[0]["result"]) if rows else None
