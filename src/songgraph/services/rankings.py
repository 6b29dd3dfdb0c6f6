"""Bringing the kept collaborator rankings of the busiest people up to date (``cypher.collaboration``).

Writes only mark the people whose ranking they made stale; this takes the rankings again, one person per
transaction, after the writes committed. Until then those people's collaborators are walked, so answers
are right throughout, only slower.
"""

from __future__ import annotations

import contextlib

from songgraph.cypher import collaboration
from songgraph.db import BudgetExceeded, Database, WriteRejected

# Marked people read per step.
_STEP = 100


async def rank_stale(db: Database) -> int:
    """Takes the ranking of every marked person; returns how many were tried.

    Each person is tried once per call: one marked again by a write meanwhile is left to that write's own
    call, so this ends even while others keep writing. A ranking Neo4j refuses or that runs out of time
    leaves its person marked (their collaborators are walked) rather than failing the write before it.
    """
    tried: set[str] = set()
    while True:
        ids = [row["id"] for row in await db.read(collaboration.stale(_STEP + len(tried)))]
        fresh = [person for person in ids if person not in tried]
        if not fresh:
            return len(tried)
        for person in fresh:
            tried.add(person)
            with contextlib.suppress(WriteRejected, BudgetExceeded):
                await db.write([collaboration.rank(person)])


async def rank_unranked(db: Database) -> int:
    """Marks and ranks everyone busy enough without a ranking (a store written before they were kept)."""
    await db.write([collaboration.mark_unranked()])
    return await rank_stale(db)
