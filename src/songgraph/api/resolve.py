"""The glue of every root resolver: selection -> translate (pure) -> one read -> records."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Mapping
from typing import Any

from graphql import OperationType
from strawberry.types import Info

from songgraph.api.caching import DocumentCache, variables_key
from songgraph.api.context import Context
from songgraph.api.errors import DOMAIN_ERRORS, from_domain, over_budget
from songgraph.api.fairness import Ticket
from songgraph.api.inflight import Rows, follow
from songgraph.api.limits import lane_full
from songgraph.api.selection import current_field
from songgraph.cypher.selection import Field
from songgraph.cypher.statement import Statement
from songgraph.db import QueryTimedOut, deadline
from songgraph.errors import BadUserInput


async def run(
    info: Info[Context, Any],
    translate: Callable[[Field], Statement | None],
    refuse: Callable[[Field, Mapping[str, Any]], BadUserInput | None] | None = None,
) -> Any:
    """The ``result`` column of the one statement that answers this root field (None when no row).

    ``refuse`` reads the row for an answer the client must narrow down (namesakes), raised as BAD_USER_INPUT.
    """
    try:
        field, statement = _translated(info, translate)
    except BadUserInput as error:
        raise from_domain(error, 0) from None
    if statement is None:
        return None
    context = info.context
    db = context.db
    try:
        if info.operation.operation is OperationType.QUERY:
            rows = await _query(context, statement)
        else:
            # A mutation's read-back: its write had a budget of its own, and the read must not fail for it.
            async with context.statements:
                rows = await db.read(statement)
    except TimeoutError:
        raise over_budget(QueryTimedOut("the request's budget is spent"), db.read_timeout) from None
    except DOMAIN_ERRORS as error:
        raise from_domain(error, db.read_timeout) from None
    if rows and refuse is not None and (problem := refuse(field, rows[0])) is not None:
        raise from_domain(problem, 0)
    return rows[0]["result"] if rows else None


def _translated(
    info: Info[Context, Any], translate: Callable[[Field], Statement | None]
) -> tuple[Field, Statement | None]:
    """The field and its statement; a root field of a query is translated once per document and variables.

    Translation is pure: the same document (kept parsed by the schema), response key and variables always
    give the same statement. A mutation's read-back is not kept: it reads what its own write made.
    """
    raw = info._raw_info
    documents: DocumentCache | None = getattr(info.schema, "documents", None)
    if documents is None or raw.path.prev is not None or raw.operation.operation is not OperationType.QUERY:
        field = current_field(info)
        return field, translate(field)
    known = variables_key(raw.variable_values)
    key = ("translated", raw.path.key, known)
    kept = documents.recall(raw.operation, key) if known is not None else None
    if kept is not None and kept[0] is translate:
        return kept[1], kept[2]
    field = current_field(info)
    statement = translate(field)
    if known is not None:
        documents.remember(raw.operation, key, (translate, field, statement))
    return field, statement


async def _query(context: Context, statement: Statement) -> Rows:
    """A query's read: shared with an identical one already in flight, else run in the request's turn."""
    at = context.started + context.db.read_timeout
    inflight = context.inflight
    key = inflight.key(statement) if inflight is not None else None
    if inflight is None or key is None:
        return await _read_in_turn(context, statement, at)
    async with asyncio.timeout(at - time.monotonic()):
        while (running := inflight.running(key)) is not None:
            context.seat.step_aside()
            rows = await follow(running)
            if rows is not None:
                return rows
    with inflight.lead(key) as future:
        rows = await _read_in_turn(context, statement, at)
        future.set_result(rows)
    return rows


async def _read_in_turn(context: Context, statement: Statement, at: float) -> Rows:
    """One read, when the request's share of statements and its client's turn (or its lane ticket) allow."""
    # The whole request shares one read budget: a document of many root fields (aliases) runs only a few
    # statements at once, not the whole pool, and none past the budget's end.
    async with asyncio.timeout(at - time.monotonic()):
        await context.statements.acquire()
    try:
        async with contextlib.AsyncExitStack() as turn:
            async with asyncio.timeout(at - time.monotonic()):
                seat = context.seat
                if seat.ticket is None and seat.lane is not None:
                    # It stepped aside to follow another read; this one it runs itself, in the lane again.
                    seat.ticket = seat.lane.reserve(context.client)
                    if seat.ticket is None:
                        raise lane_full(seat.lane, context.client)
                ticket = seat.ticket
                if ticket is not None:
                    ticket.users += 1
                    turn.callback(_leave, ticket)
                    if not await ticket.wait():
                        raise lane_full(ticket.lane, context.client)
                    await turn.enter_async_context(ticket.one_at_a_time)
                elif context.share is not None:
                    await turn.enter_async_context(context.share.turn(context.client))
            with deadline(at):
                return await context.db.read(statement)
    finally:
        context.statements.release()


def _leave(ticket: Ticket) -> None:
    ticket.users -= 1
