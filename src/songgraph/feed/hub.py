"""One poll loop per API process: reads new events from Neo4j and hands each to the listeners it matches.

Every process polls the feed itself, so a write through any process reaches the subscribers of all of
them, with no server besides Neo4j. The loop runs only while someone listens; it starts when the first
listener arrives, from the feed's head at that moment (a listener that wants older events reads them
itself, see ``backlog``), and pauses when the last one leaves.

Each listener holds at most ``queue_limit`` events; one that falls further behind is dropped with a
reason (``SLOW_CONSUMER``) instead of buffering without bound.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from songgraph.cypher import feed
from songgraph.db import BudgetExceeded, Database, DatabaseUnavailable, Transaction
from songgraph.feed.changes import Event

logger = logging.getLogger("songgraph.feed")

# Events read per statement, by the loop and by a listener catching up.
PAGE = 500
# Node reads shared by the listeners of one event (same event, same statement) are kept this long (entries).
SHARED_READS = 4096


class SlowConsumer(Exception):
    """The listener fell more than its queue behind the feed and was dropped."""


class FeedUnavailable(Exception):
    """The feed could not be read (Neo4j unreachable or over budget)."""


@dataclass(frozen=True)
class FeedLimits:
    poll_seconds: float = 0.2
    queue_limit: int = 1_000
    # Pruning (README, "Subscriptions"): every ``prune_seconds``, events past ``retention_seconds`` go when
    # they are older than ``max_age_seconds`` or more than ``max_events`` behind the head.
    prune_seconds: float = 60.0
    retention_seconds: int = 3_600
    max_age_seconds: int = 7 * 24 * 3_600
    max_events: int = 1_000_000


class Listener:
    """A subscriber's queue: events pass ``accepts``; ``on_drop`` is told when it is dropped as too slow."""

    def __init__(
        self, accepts: Callable[[Event], bool], limit: int, on_drop: Callable[[str], None] | None = None
    ) -> None:
        self._accepts = accepts
        self._limit = limit
        self._on_drop = on_drop
        self._events: deque[Event] = deque()
        self._wake = asyncio.Event()
        self.dropped: str | None = None

    def offer(self, event: Event) -> bool:
        """Queues ``event`` if it matches; False when the listener is (now) dropped."""
        if self.dropped is not None:
            return False
        if not self._accepts(event):
            return True
        if len(self._events) >= self._limit:
            self.dropped = (
                f"SLOW_CONSUMER: more than {self._limit:,} events waited for this subscriber; "
                "resubscribe with since to resume"
            )
            self._events.clear()
            self._wake.set()
            if self._on_drop is not None:
                self._on_drop(self.dropped)
            return False
        self._events.append(event)
        self._wake.set()
        return True

    async def next(self) -> Event:
        while not self._events:
            if self.dropped is not None:
                raise SlowConsumer(self.dropped)
            await self._wake.wait()
            self._wake.clear()
        return self._events.popleft()

    @property
    def waiting(self) -> int:
        return len(self._events)


class Hub:
    def __init__(self, db: Database, limits: FeedLimits | None = None) -> None:
        self.db = db
        self.limits = limits or FeedLimits()
        self._listeners: set[Listener] = set()
        self._task: asyncio.Task[None] | None = None
        self._positioned = asyncio.Event()
        self._someone = asyncio.Event()
        self._shared: OrderedDict[Any, asyncio.Task[Any]] = OrderedDict()
        self.epoch: str | None = None
        self.last = 0
        self.polls = 0
        self.delivered = 0
        self._pruning: asyncio.Task[None] | None = None

    @property
    def listeners(self) -> int:
        return len(self._listeners)

    @property
    def positioned(self) -> bool:
        """Whether the loop knows the feed's head: events after it reach the listeners."""
        return self._positioned.is_set()

    async def listen(self, listener: Listener) -> None:
        """Adds ``listener``; every event after the hub's position (``last``) is offered to it from now on."""
        self._listeners.add(listener)
        self._someone.set()
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="songgraph-feed")
        try:
            # The loop's read of the head: a listener must not start before the hub knows where it is.
            await self._positioned.wait()
        except BaseException:
            self._listeners.discard(listener)
            raise

    def leave(self, listener: Listener) -> None:
        self._listeners.discard(listener)

    async def backlog(self, after: int, limit: int = PAGE) -> tuple[str | None, int, list[Event]]:
        """``(epoch, head, events)``: up to ``limit`` committed events after ``after``, in order."""
        try:
            rows = await self.db.read(feed.after(after, limit))
        except (DatabaseUnavailable, BudgetExceeded) as error:
            raise FeedUnavailable(str(error)) from error
        epoch = rows[0]["epoch"]
        return epoch, rows[0]["head"], [Event.from_row(epoch, row) for row in rows[0]["events"]]

    def shared(self, key: Any, read: Callable[[], Awaitable[Any]]) -> Awaitable[Any]:
        """One read for everyone asking with ``key`` (an event and a statement): a thousand subscribers of
        one song with one selection cost one statement per change, not a thousand."""
        task = self._shared.get(key)
        if task is None or (task.done() and (task.cancelled() or task.exception() is not None)):

            async def run() -> Any:
                return await read()

            task = asyncio.ensure_future(run())
            self._shared[key] = task
            while len(self._shared) > SHARED_READS:
                self._shared.popitem(last=False)
        return asyncio.shield(task)

    async def close(self) -> None:
        for task in (self._task, self._pruning):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._task = self._pruning = None
        for task in self._shared.values():
            task.cancel()
        self._shared.clear()

    async def _start(self) -> None:
        """The feed's current head: listeners without a position start after it."""
        epoch, head, _events = await self.backlog(0, 0)
        self.epoch, self.last = epoch, head

    async def _run(self) -> None:
        delay = self.limits.poll_seconds
        while True:
            try:
                if not self._listeners:
                    # Nobody listens: no polling. The next listener resumes from the head, as the first did.
                    self._positioned.clear()
                    self._someone.clear()
                    await self._someone.wait()
                if not self._positioned.is_set():
                    await self._start()
                    self._positioned.set()
                full = await self._poll()
                delay = self.limits.poll_seconds
                if full:
                    continue
            except FeedUnavailable as error:
                logger.warning("change feed: cannot read the feed (%s); retrying in %.1f s", error, delay)
                delay = min(delay * 2, 5.0)
            except Exception:
                logger.exception("change feed: the poll loop failed; retrying in %.1f s", delay)
                delay = min(delay * 2, 5.0)
            await asyncio.sleep(delay)

    async def _poll(self) -> bool:
        """Hands out the events after ``last``; True when a whole page came (more may be waiting)."""
        self.polls += 1
        epoch, _head, events = await self.backlog(self.last)
        if epoch != self.epoch:
            # The graph was wiped (a new feed): start over from its first event.
            self.epoch, self.last = epoch, 0
            if epoch is not None:
                epoch, _head, events = await self.backlog(0)
        for event in events:
            self.last = event.seq
            for listener in list(self._listeners):
                if not listener.offer(event):
                    self._listeners.discard(listener)
            self.delivered += 1
        return len(events) == PAGE

    def start_pruning(self) -> None:
        """Prunes every ``prune_seconds`` whether or not anyone listens (each process does; it is one statement)."""

        async def every() -> None:
            while True:
                await asyncio.sleep(self.limits.prune_seconds)
                try:
                    deleted = await prune(self.db, self.limits)
                except FeedUnavailable as error:
                    logger.warning("change feed: pruning failed (%s); trying again later", error)
                    continue
                if deleted:
                    logger.info("change feed: pruned %d events", deleted)

        self._pruning = asyncio.create_task(every(), name="songgraph-feed-prune")


async def prune(db: Database, limits: FeedLimits, batch: int = 10_000) -> int:
    """Deletes the events the limits let go, a batch per transaction; returns how many went."""
    statement = feed.prune(limits.retention_seconds, limits.max_age_seconds, limits.max_events, batch)
    total = 0
    while True:

        async def work(tx: Transaction) -> list[dict[str, Any]]:
            return await tx.run(statement)

        try:
            rows = await db.transact(work)
        except (DatabaseUnavailable, BudgetExceeded) as error:
            raise FeedUnavailable(str(error)) from error
        deleted = int(rows[0]["deleted"]) if rows else 0
        total += deleted
        if deleted < batch:
            return total
