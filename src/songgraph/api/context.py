"""What every resolver can reach: the database, who is asking, and the request's id."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from songgraph.auth import Principal
from songgraph.config import Settings
from songgraph.db import Database

REQUEST_STATEMENTS = 2


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
    # When the request began (time.monotonic): its statements together get one read budget from here.
    started: float = field(default_factory=time.monotonic)
