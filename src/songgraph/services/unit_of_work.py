"""The one place a write transaction runs: every edit, page import and loaded batch goes through ``write``.

Whatever must happen in every write transaction (a change-feed event, say) belongs here, once.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol, TypeVar

from songgraph.db import Transaction

T = TypeVar("T")


class Transactor(Protocol):
    """What runs a unit of work: ``Database``, or a fake one in the services' unit tests."""

    async def transact(self, work: Callable[[Transaction], Awaitable[T]]) -> T: ...


async def write(db: Transactor, work: Callable[[Transaction], Awaitable[T]]) -> T:
    """Runs ``work`` in one write transaction: all of it takes effect, or (if it raises) none of it."""
    return await db.transact(work)
