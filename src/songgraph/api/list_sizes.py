"""How long the stored graph's plain lists get, kept fresh for the cost model (``songgraph.api.cost``).

The longest lists are read with one statement over every node (``songgraph.cypher.list_sizes``), so it is
not read per request: once when the app starts, then again after a pause that grows with how long the read
took, so that keeping it fresh never costs Neo4j more than about 2% of its time. Until the first read, and
while Neo4j cannot be read, the cost model keeps the last figures it had (or its declared estimates).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping

from songgraph.cypher.list_sizes import longest_lists
from songgraph.db import BudgetExceeded, Database, DatabaseUnavailable

logger = logging.getLogger("songgraph.api")

# The pause between reads is at least this, and at least this many times the last read's duration.
MIN_PAUSE_SECONDS = 60.0
PAUSE_PER_READ_SECOND = 50.0
# After a failed read (Neo4j down): the next try.
RETRY_SECONDS = 5.0


class ListSizes:
    """The longest plain list of each schema coordinate (``Person.credits``) as last read from the graph."""

    def __init__(self) -> None:
        self.longest: Mapping[str, int] = {}
        self.read_seconds: float | None = None
        # Set once the first read was tried, whether or not it succeeded.
        self.first_read = asyncio.Event()

    async def refresh(self, db: Database) -> None:
        statement, columns = longest_lists()
        started = time.monotonic()
        rows = await db.read_for_maintenance(statement)
        self.read_seconds = time.monotonic() - started
        if rows:
            self.longest = {columns[column]: int(value or 0) for column, value in rows[0].items() if column in columns}

    def pause(self) -> float:
        return max(MIN_PAUSE_SECONDS, PAUSE_PER_READ_SECOND * (self.read_seconds or 0.0))

    async def keep_fresh(self, db: Database) -> None:
        """Reads the sizes now and again for as long as it runs (cancel it to stop)."""
        while True:
            try:
                try:
                    await self.refresh(db)
                finally:
                    self.first_read.set()
            except (DatabaseUnavailable, BudgetExceeded) as error:
                logger.warning("cannot read the graph's list sizes for the cost model (%s); retrying", error)
                await asyncio.sleep(RETRY_SECONDS)
                continue
            except Exception:
                # Stale figures beat a refresher that died: say so and carry on.
                logger.exception("reading the graph's list sizes failed; trying again later")
            await asyncio.sleep(self.pause())
