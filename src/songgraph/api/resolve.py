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
from songgraph.db import GRACE_SECONDS, BudgetExceeded, DatabaseUnavailable, QueryTimedOut
from songgraph.errors import BadUserInput


def _loop_time(monotonic: float) -> float:
    """A ``time.monotonic()`` instant on the event loop's clock (asyncio deadlines use the latter)."""
    return asyncio.get_running_loop().time() + (monotonic - time.monotonic())


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
        # A statement cut short by the request's budget is cancelled: its connection closes and Neo4j ends it.
        deadline = None
        if info.operation.operation is OperationType.QUERY:
            deadline = context.started + db.read_timeout + GRACE_SECONDS
            if deadline - GRACE_SECONDS <= time.monotonic():
                raise TimeoutError
        async with asyncio.timeout_at(None if deadline is None else _loop_time(deadline)):
            async with context.statements:
                rows = await db.read(statement)
    except TimeoutError:
        raise over_budget(QueryTimedOut("the request's budget is spent"), db.read_timeout) from None
    except DatabaseUnavailable as error:
        raise unavailable(error) from None
    except BudgetExceeded as error:
        raise over_budget(error, db.read_timeout) from None
    return to_records(rows[0]["result"]) if rows else None
