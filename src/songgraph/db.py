"""The one module that talks to the Neo4j driver: read and write transactions, and a statement count."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import neo4j
import neo4j.graph
import neo4j.time
from neo4j import AsyncGraphDatabase
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable, SessionExpired

from songgraph.config import Settings
from songgraph.cypher.statement import Statement

T = TypeVar("T")


class DatabaseUnavailable(RuntimeError):
    """Neo4j could not be reached or refused our credentials."""


class WriteRejected(RuntimeError):
    """Neo4j refused a write (for example a constraint); the transaction was rolled back."""


def _plain(value: Any) -> Any:
    """Driver values as plain Python: Neo4j dates become ``datetime.date``, nodes their property maps.

    Called on every value of every row, so exact type checks come first: most values are strings and numbers.
    """
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if kind is dict:
        return {key: _plain(item) for key, item in value.items()}
    if kind is list:
        return [_plain(item) for item in value]
    if kind is neo4j.time.Date:
        return dt.date(value.year, value.month, value.day)
    if kind is neo4j.time.DateTime:
        return value.to_native()
    if isinstance(value, neo4j.graph.Entity):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _rows(records: list[neo4j.Record]) -> list[dict[str, Any]]:
    # One walk over the values: ``Record.data()`` would walk them once more before ``_plain`` does.
    return [{key: _plain(value) for key, value in zip(record.keys(), record, strict=True)} for record in records]


class Database:
    """A driver bound to one database name, counting the statements it runs (tests assert on it)."""

    def __init__(self, driver: neo4j.AsyncDriver, database: str) -> None:
        self._driver = driver
        self._database = database
        self.statements_run = 0

    @classmethod
    def connect(cls, settings: Settings) -> Database:
        driver = AsyncGraphDatabase.driver(
            settings.neo4j_uri,
            auth=(settings.neo4j_user, settings.neo4j_password),
            max_transaction_retry_time=settings.retry_seconds,
            connection_timeout=5,
            # Planner notices ("label does not exist" on an empty graph) are not worth a log line per query.
            notifications_min_severity=neo4j.NotificationMinimumSeverity.OFF,
        )
        return cls(driver, settings.neo4j_database)

    async def close(self) -> None:
        await self._driver.close()

    async def read(self, statement: Statement) -> list[dict[str, Any]]:
        """Run one statement in a managed read transaction (routed to a secondary in a cluster)."""

        async def work(tx: neo4j.AsyncManagedTransaction) -> list[dict[str, Any]]:
            result = await tx.run(statement.cypher, dict(statement.params))
            return _rows(await result.fetch(1_000_000))

        self.statements_run += 1
        try:
            async with self._driver.session(database=self._database) as session:
                return await session.execute_read(work)
        except (ServiceUnavailable, SessionExpired, AuthError) as error:
            raise DatabaseUnavailable(str(error)) from error

    async def explain(self, statement: Statement) -> dict[str, Any]:
        """The planner's plan for a statement, without running it (``operatorType`` and ``children``)."""

        async def work(tx: neo4j.AsyncManagedTransaction) -> dict[str, Any]:
            result = await tx.run("EXPLAIN " + statement.cypher, dict(statement.params))
            summary = await result.consume()
            return dict(summary.plan or {})

        async with self._driver.session(database=self._database) as session:
            return await session.execute_read(work)

    async def profile(self, statement: Statement) -> tuple[list[dict[str, Any]], int]:
        """Runs a read statement under PROFILE: its rows, and the database hits of its whole plan.

        Hits are deterministic for a given graph and plan, so tests can bound a query's cost with them.
        """

        def hits(plan: dict[str, Any]) -> int:
            return int(plan.get("dbHits", 0)) + sum(hits(child) for child in plan.get("children", []))

        cypher = statement.cypher.lstrip()
        version = ""
        if cypher.startswith("CYPHER "):
            # A language-version prefix (as other libraries send) must stay first: PROFILE goes after it.
            version, _, cypher = cypher.partition("\n")
            version += " "

        async def work(tx: neo4j.AsyncManagedTransaction) -> tuple[list[dict[str, Any]], int]:
            result = await tx.run(f"{version}PROFILE {cypher}", dict(statement.params))
            rows = _rows(await result.fetch(1_000_000))
            summary = await result.consume()
            return rows, hits(dict(summary.profile or {}))

        async with self._driver.session(database=self._database) as session:
            return await session.execute_read(work)

    async def write(self, statements: Sequence[Statement]) -> None:
        """Run statements in one managed write transaction: all of them take effect, or none."""

        async def work(tx: neo4j.AsyncManagedTransaction) -> None:
            for statement in statements:
                result = await tx.run(statement.cypher, dict(statement.params))
                await result.consume()

        self.statements_run += len(statements)
        try:
            async with self._driver.session(database=self._database) as session:
                await session.execute_write(work)
        except (ServiceUnavailable, SessionExpired, AuthError) as error:
            raise DatabaseUnavailable(str(error)) from error
        except Neo4jError as error:
            raise WriteRejected(error.message or str(error)) from error

    async def transact(self, work: Callable[[Transaction], Awaitable[T]]) -> T:
        """Run ``work`` in one managed write transaction; anything it raises rolls everything back.

        Neo4j may run ``work`` again from the start after a transient failure (a deadlock between two
        writers), so it must only act through the transaction it is given.
        """

        async def managed(tx: neo4j.AsyncManagedTransaction) -> T:
            return await work(Transaction(tx, self))

        try:
            async with self._driver.session(database=self._database) as session:
                return await session.execute_write(managed)
        except (ServiceUnavailable, SessionExpired, AuthError) as error:
            raise DatabaseUnavailable(str(error)) from error
        except Neo4jError as error:
            raise WriteRejected(error.message or str(error)) from error

    async def run_schema(self, statement: Statement) -> None:
        """Schema commands cannot share a transaction with data writes, so each runs on its own."""
        self.statements_run += 1
        try:
            await self._driver.execute_query(statement.cypher, dict(statement.params), database_=self._database)
        except (ServiceUnavailable, SessionExpired, AuthError) as error:
            raise DatabaseUnavailable(str(error)) from error

    async def refresh_statistics(self, timeout_seconds: int = 60) -> bool:
        """Resample index statistics and drop cached plans, so plans reflect a graph just loaded.

        False where the server does not allow it (some hosted setups); plans then catch up on their own.
        """
        try:
            await self.read(Statement("CALL db.prepareForReplanning($timeout)", {"timeout": timeout_seconds}))
        except Neo4jError:
            return False
        return True

    async def ping(self, timeout: float = 3.0) -> bool:
        """Whether Neo4j answers ``RETURN 1`` within ``timeout`` seconds (no retrying beyond that)."""
        try:
            rows = await asyncio.wait_for(self.read(Statement("RETURN 1 AS ok", {})), timeout)
        except (DatabaseUnavailable, TimeoutError):
            return False
        return rows == [{"ok": 1}]


class Transaction:
    """The statements of one write transaction; rows come back as plain Python values."""

    def __init__(self, tx: neo4j.AsyncManagedTransaction, db: Database) -> None:
        self._tx = tx
        self._db = db

    async def run(self, statement: Statement) -> list[dict[str, Any]]:
        self._db.statements_run += 1
        result = await self._tx.run(statement.cypher, dict(statement.params))
        return _rows(await result.fetch(1_000_000))
