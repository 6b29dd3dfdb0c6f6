"""Identical reads in flight at the same time run once: the later ones wait for the first one's rows.

Readers crowd the same things at the same time (a song in the news, the first page of a list, the busiest
person's credits), and a client may repeat one field under many aliases. Each identical statement would
otherwise take a turn on Neo4j and come back with the same rows. Statements are compared whole, text and
parameters: what a statement returns depends on nothing else, so a follower gets exactly the rows its own
statement would have read a moment later.

A follower waits within its own request's budget, holds no statement slot and no place in the costly lane's
turn. When the first reader fails for a reason of its own (its budget, its lane turn, its client went away)
the followers do not inherit its failure: each then runs the statement itself. When it fails because Neo4j
cannot be reached, that is every follower's answer too: run again, each would spend most of its budget
retrying and answer a timeout instead of saying the database is down.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from typing import Any

from songgraph.api.caching import canonical
from songgraph.cypher.statement import Statement
from songgraph.db import DatabaseUnavailable

Rows = list[dict[str, Any]]
# The future of a read whose first reader failed; its followers run the statement themselves.
_NO_ROWS = None
# What a follower waits for: the rows, _NO_ROWS, or Neo4j's unavailability, which it shares.
Outcome = Rows | DatabaseUnavailable | None


class InFlight:
    """The reads running now, by statement, each with the future its followers wait on."""

    def __init__(self) -> None:
        self._running: dict[tuple[str, bytes], asyncio.Future[Outcome]] = {}

    def __len__(self) -> int:
        return len(self._running)

    @staticmethod
    def key(statement: Statement) -> tuple[str, bytes] | None:
        """The statement whole; None when a parameter has no canonical form (it is then never shared)."""
        params = canonical(statement.params)
        return None if params is None else (statement.cypher, params)

    def running(self, key: tuple[str, bytes]) -> asyncio.Future[Outcome] | None:
        return self._running.get(key)

    @contextlib.contextmanager
    def lead(self, key: tuple[str, bytes]) -> Iterator[asyncio.Future[Outcome]]:
        """Registers the first reader of ``key``; the caller sets the rows on the future it is given."""
        future: asyncio.Future[Outcome] = asyncio.get_running_loop().create_future()
        self._running[key] = future
        try:
            yield future
        except DatabaseUnavailable as error:
            if not future.done():
                future.set_result(error)
            raise
        finally:
            if self._running.get(key) is future:
                del self._running[key]
            if not future.done():
                future.set_result(_NO_ROWS)


async def follow(future: asyncio.Future[Outcome]) -> Rows | None:
    """The first reader's rows, or None when it failed; raises its ``DatabaseUnavailable`` (a new one of the same
    kind, each follower's own). Waiting never cancels the first reader's read."""
    outcome = await asyncio.shield(future)
    if isinstance(outcome, DatabaseUnavailable):
        raise type(outcome)(str(outcome)) from outcome
    return outcome
