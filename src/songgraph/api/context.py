"""What every resolver can reach: the database, who is asking, and the request's id."""

from __future__ import annotations

from dataclasses import dataclass

from songgraph.auth import Principal
from songgraph.config import Settings
from songgraph.db import Database


@dataclass(frozen=True)
class Context:
    db: Database
    # None for an anonymous request; ``auth_error`` says why a presented token was refused.
    principal: Principal | None = None
    auth_error: str | None = None
    public_reads: bool = True
    request_id: str = "-"
    # The time budget of importStoryPage's parsing and merging (Settings.page_budget_seconds).
    page_budget_seconds: float = Settings.page_budget_seconds
