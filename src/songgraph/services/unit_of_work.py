"""The one place a write transaction runs: every edit, page import and loaded batch goes through ``write``.

Whatever must happen in every write transaction belongs here, once: what the work changed is recorded in
the change feed as the transaction's last statement, so a committed write always has its events and a
rolled-back one has none.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol, TypeVar

from songgraph.db import Transaction
from songgraph.feed.changes import Change, record

T = TypeVar("T")


class Transactor(Protocol):
    """What runs a unit of work: ``Database``, or a fake one in the services' unit tests."""

    async def transact(self, work: Callable[[Transaction], Awaitable[T]]) -> T: ...


async def write(
    db: Transactor,
    work: Callable[[Transaction], Awaitable[T]],
    changed: Callable[[T], Sequence[Change]] | None = None,
    actor: str | None = None,
) -> T:
    """Runs ``work`` in one write transaction: all of it takes effect, or (if it raises) none of it.

    ``changed`` tells, from what ``work`` returned, which objects it created, updated or deleted; they
    are recorded in the change feed (by ``actor``, the token's name) before the transaction commits.
    """
    if changed is None:
        return await db.transact(work)

    async def unit(tx: Transaction) -> T:
        result = await work(tx)
        await record(tx, changed(result), actor)
        return result

    return await db.transact(unit)
