"""What every resolver can reach: the database of the running app."""

from __future__ import annotations

from dataclasses import dataclass

from songgraph.db import Database


@dataclass(frozen=True)
class Context:
    db: Database
