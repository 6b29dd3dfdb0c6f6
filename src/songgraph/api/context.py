"""What every resolver can reach: the database, who is asking, and the request's id."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from songgraph.api.fairness import FairShare, Seat
from songgraph.api.inflight import InFlight
from songgraph.auth import Principal
from songgraph.config import Settings
from songgraph.db import Database
from songgraph.feed.hub import Hub

REQUEST_STATEMENTS = 2


@dataclass
class Live:
    """What the operations of one subscription connection (a WebSocket, an SSE stream) share."""

    # Told, with the reason, when a subscription of the connection falls too far behind the feed.
    on_drop: Callable[[str], None] | None = None
    # SSE's Last-Event-ID: where a reconnecting EventSource left off (``changes`` resumes from it).
    resume: str | None = None
    # The position of the last change handed out (an SSE event's id).
    position: str | None = None


@dataclass(frozen=True)
class Context:
    db: Database
    # None for an anonymous request; ``auth_error`` says why a presented token was refused.
    principal: Principal | None = None
    auth_error: str | None = None
    public_reads: bool = True
    request_id: str = "-"
    # Whose share the request counts against (Admission's key: a token's name or an address).
    client: str = "-"
    # The time budget of importStoryPage's parsing and merging (Settings.page_budget_seconds).
    page_budget_seconds: float = Settings.page_budget_seconds
    # Root fields of one document run concurrently; this many statements at a time is their share of the pool.
    statements: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(REQUEST_STATEMENTS))
    # Neo4j's time, shared fairly among the clients of this process (None: statements are not held back).
    share: FairShare | None = None
    # The process's reads in flight: an identical statement already running is waited on, not run again.
    inflight: InFlight | None = None
    # The request's place in the costly lane, if its cost earned it one: its statements then wait for the
    # lane's slot and run one at a time, outside the fair share (the lane bounds them), so light requests
    # never wait behind a heavy walk for a slot.
    seat: Seat = field(default_factory=Seat)
    # When the request began (time.monotonic): its statements together get one read budget from here.
    started: float = field(default_factory=time.monotonic)
    # The process's change feed, and the connection's state, for subscriptions.
    feed: Hub | None = None
    live: Live | None = None
