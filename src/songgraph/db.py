"""The one module that talks to the Neo4j driver: read and write transactions, and a statement count."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextvars import ContextVar
from typing import Any, Self, TypeVar

import neo4j
import neo4j.graph
import neo4j.time
from neo4j import AsyncGraphDatabase
from neo4j.exceptions import (
    AuthError,
    ConnectionAcquisitionTimeoutError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)

from songgraph.config import Settings
from songgraph.cypher.statement import Statement

T = TypeVar("T")


class DatabaseUnavailable(RuntimeError):
    """Neo4j could not be reached (or no pooled connection came free in time) or refused our credentials."""


class SchemaMissing(DatabaseUnavailable):
    """A statement needs an index the store lacks: it was never migrated (``songgraph migrate``)."""


class WriteRejected(RuntimeError):
    """Neo4j refused a write (for example a constraint); the transaction was rolled back."""


class BudgetExceeded(RuntimeError):
    """A statement went over its run-time budget; Neo4j terminated the transaction and nothing was written."""


class QueryTimedOut(BudgetExceeded):
    """The transaction ran longer than its timeout (or Neo4j did not answer within it)."""


class QueryTooLarge(BudgetExceeded):
    """The transaction needed more memory than Neo4j allows one transaction (or all of them together)."""


# A client-side deadline a little after the server's own: Neo4j checks timeouts periodically, and a frozen
# or partitioned server never answers at all. Hitting it closes the connection, which ends the transaction.
GRACE_SECONDS = 0.5
# Budgets of the statements songgraph runs on its own behalf, not a client's (replanning after a load).
MAINTENANCE_SECONDS = 90.0

_TIMEOUT_CODES = {
    "Neo.ClientError.Transaction.TransactionTimedOut",
    "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
}
_MEMORY_CODES = {
    "Neo.TransientError.General.TransactionMemoryLimit",
    "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
    "Neo.TransientError.General.OutOfMemoryError",
}


# How Neo4j ends a transaction it terminated, for whatever reason; past its timeout, the reason is the timeout.
_TERMINATED_CODES = {
    "Neo.ClientError.Transaction.LockClientStopped",
    "Neo.ClientError.Transaction.Terminated",
    "Neo.TransientError.Transaction.Terminated",
    "Neo.TransientError.Transaction.LockClientStopped",
}


# How Neo4j answers a statement that names an index the store lacks; nothing else of ours raises these.
_MISSING_INDEX_CODES = {"Neo.ClientError.Schema.IndexNotFound"}
_MISSING_FULLTEXT = "no such fulltext schema index"


def _schema_missing(error: Neo4jError) -> SchemaMissing | None:
    message = error.message or ""
    if error.code in _MISSING_INDEX_CODES or _MISSING_FULLTEXT in message.lower():
        return SchemaMissing(message or str(error.code))
    return None


def _over_budget(error: Neo4jError, elapsed: float, timeout: float) -> BudgetExceeded | None:
    code = error.code or ""
    if code in _TIMEOUT_CODES or (code in _TERMINATED_CODES and elapsed >= timeout):
        return QueryTimedOut(error.message or code)
    if code in _MEMORY_CODES:
        # Transient to the driver, which would retry it; the same statement would only fail again.
        return QueryTooLarge(error.message or code)
    return None


# The end of the time budget shared by everything a request runs (``time.monotonic()``), when it has one.
_REQUEST_DEADLINE: ContextVar[float | None] = ContextVar("songgraph_request_deadline", default=None)


@contextlib.contextmanager
def deadline(at: float) -> Iterator[None]:
    """Statements run inside end by ``at`` (``time.monotonic()``) at the latest, whatever their own budget."""
    token = _REQUEST_DEADLINE.set(at)
    try:
        yield
    finally:
        _REQUEST_DEADLINE.reset(token)


def _no_answer(error: BaseException) -> bool:
    """Whether a connection failed because the server never answered (it is frozen), not because it refused."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, TimeoutError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


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
    """A driver bound to one database name, counting the statements it runs (tests assert on it).

    Every transaction runs under a budget: Neo4j's transaction timeout (``read_timeout`` for reads,
    ``write_timeout`` for writes) backed by a client-side deadline, and is retried after a lost
    connection or a transient error for at most ``retry_seconds``. A task cancelled while it waits
    (a client that went away) closes its connection, and Neo4j then terminates the transaction.
    """

    def __init__(
        self,
        driver: neo4j.AsyncDriver,
        database: str,
        read_timeout: float = 10.0,
        write_timeout: float = 30.0,
        retry_seconds: float = 15.0,
    ) -> None:
        self._driver = driver
        self._database = database
        self.read_timeout = read_timeout
        self.write_timeout = write_timeout
        self._retry_seconds = retry_seconds
        self.statements_run = 0

    @classmethod
    def connect(cls, settings: Settings) -> Self:
        # A connection Neo4j accepts but never answers (it is frozen) fails well before the pool's wait
        # does, so that it is told apart from a full pool: the request retries and ends in TIMEOUT, while a
        # full pool is SERVICE_UNAVAILABLE, as is a stopped Neo4j, which refuses connections at once.
        connect_seconds = min(2.0, settings.pool_wait_seconds / 2)
        driver = AsyncGraphDatabase.driver(
            settings.neo4j_uri,
            auth=(settings.neo4j_user, settings.neo4j_password),
            # Retries are ours (``_attempt``), so they stop at the budget's deadline.
            max_transaction_retry_time=0,
            connection_timeout=connect_seconds,
            max_connection_pool_size=settings.pool_size,
            connection_acquisition_timeout=settings.pool_wait_seconds,
            # No liveness check of idle connections (the default): against a frozen Neo4j it would wait out
            # the pool's wait and read as a full pool. After a restart, the first dead socket found makes
            # the driver close every idle connection to that server, and the retry opens a new one.
            # Planner notices ("label does not exist" on an empty graph) are not worth a log line per query.
            notifications_min_severity=neo4j.NotificationMinimumSeverity.OFF,
        )
        return cls(
            driver,
            settings.neo4j_database,
            read_timeout=settings.read_timeout_seconds,
            write_timeout=settings.write_timeout_seconds,
            retry_seconds=settings.retry_seconds,
        )

    async def close(self) -> None:
        await self._driver.close()

    async def _once(self, mode: str, timeout: float, work: Callable[[neo4j.AsyncTransaction], Awaitable[T]]) -> T:
        async with self._driver.session(database=self._database, default_access_mode=mode) as session:
            tx = await session.begin_transaction(timeout=timeout)
            # Commits when ``work`` returns, rolls back when it raises; cancelled, the connection is dropped.
            async with tx:
                return await work(tx)

    async def _read_once(self, statement: Statement, timeout: float) -> list[dict[str, Any]]:
        # One statement needs no explicit transaction: an auto-commit one is a single round trip (no
        # BEGIN and COMMIT of its own), and reads then cost the driver about a third less CPU.
        async with self._driver.session(database=self._database, default_access_mode=neo4j.READ_ACCESS) as session:
            result = await session.run(neo4j.Query(statement.cypher, timeout=timeout), dict(statement.params))
            return _rows(await result.fetch(1_000_000))

    async def _attempt(self, mode: str, timeout: float, work: Callable[[neo4j.AsyncTransaction], Awaitable[T]]) -> T:
        """``work`` in one transaction, again after a lost connection or a transient error, within budget."""
        return await self._retrying(timeout, lambda budget: self._once(mode, budget, work))

    async def _retrying(self, timeout: float, once: Callable[[float], Awaitable[T]]) -> T:
        """``once(timeout)``, again after a lost connection or a transient error, within budget.

        Retrying stops after ``retry_seconds``, and everything, retries included, after ``timeout`` (plus
        a grace): then a server that refused connections is unavailable, one that never answered timed out.
        """
        at = _REQUEST_DEADLINE.get()
        if at is not None:
            timeout = min(timeout, at - time.monotonic())
            if timeout <= 0:
                raise QueryTimedOut("the request's time budget is spent")
        loop = asyncio.get_running_loop()
        started = loop.time()
        give_up = started + self._retry_seconds
        delay = 0.1
        unreachable: Exception | None = None
        try:
            async with asyncio.timeout(timeout + GRACE_SECONDS):
                while True:
                    try:
                        return await once(timeout)
                    except (AuthError, ConnectionAcquisitionTimeoutError) as error:
                        raise DatabaseUnavailable(str(error)) from error
                    except (ServiceUnavailable, SessionExpired) as error:
                        # A refused connection means Neo4j is down; one it accepted but never answered, that
                        # it is frozen: that ends in TIMEOUT, like a statement it never answers.
                        unreachable = None if _no_answer(error) else error
                        if loop.time() + delay > give_up:
                            if unreachable is None:
                                raise QueryTimedOut(f"Neo4j did not answer within {timeout:g} s") from error
                            raise DatabaseUnavailable(str(error)) from error
                    except Neo4jError as error:
                        over = _over_budget(error, loop.time() - started, timeout)
                        if over is not None:
                            raise over from error
                        missing = _schema_missing(error)
                        if missing is not None:
                            raise missing from error
                        if not error.is_retryable() or loop.time() + delay > give_up:
                            raise
                        unreachable = None
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, 1.0)
        except TimeoutError:
            if unreachable is not None:
                raise DatabaseUnavailable(str(unreachable)) from unreachable
            raise QueryTimedOut(f"Neo4j did not answer within {timeout:g} s") from None

    async def read(self, statement: Statement) -> list[dict[str, Any]]:
        """Run one statement in a read transaction (routed to a secondary in a cluster), within the read budget."""
        return await self._read(statement, self.read_timeout)

    async def _read(self, statement: Statement, timeout: float) -> list[dict[str, Any]]:
        self.statements_run += 1
        return await self._retrying(timeout, lambda budget: self._read_once(statement, budget))

    async def explain(self, statement: Statement) -> dict[str, Any]:
        """The planner's plan for a statement, without running it (``operatorType`` and ``children``)."""

        async def work(tx: neo4j.AsyncTransaction) -> dict[str, Any]:
            result = await tx.run("EXPLAIN " + statement.cypher, dict(statement.params))
            summary = await result.consume()
            return dict(summary.plan or {})

        return await self._attempt(neo4j.READ_ACCESS, self.read_timeout, work)

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
        """Run statements in one write transaction: all of them take effect, or none."""

        async def work(tx: neo4j.AsyncTransaction) -> None:
            for statement in statements:
                result = await tx.run(statement.cypher, dict(statement.params))
                await result.consume()

        self.statements_run += len(statements)
        try:
            await self._attempt(neo4j.WRITE_ACCESS, self.write_timeout, work)
        except Neo4jError as error:
            raise WriteRejected(error.message or str(error)) from error

    async def transact(self, work: Callable[[Transaction], Awaitable[T]]) -> T:
        """Run ``work`` in one write transaction, within the write budget; anything it raises rolls everything back.

        ``work`` may run again from the start after a transient failure (a deadlock between two writers),
        so it must only act through the transaction it is given.
        """

        async def managed(tx: neo4j.AsyncTransaction) -> T:
            return await work(Transaction(tx, self))

        try:
            return await self._attempt(neo4j.WRITE_ACCESS, self.write_timeout, managed)
        except Neo4jError as error:
            raise WriteRejected(error.message or str(error)) from error

    async def run_schema(self, statement: Statement) -> None:
        """Schema commands cannot share a transaction with data writes, so each runs on its own."""
        self.statements_run += 1
        try:
            await self._driver.execute_query(statement.cypher, dict(statement.params), database_=self._database)
        except (ServiceUnavailable, SessionExpired, AuthError) as error:
            raise DatabaseUnavailable(str(error)) from error

    async def run_in_batches(self, statement: Statement) -> None:
        """A maintenance write that commits as it goes (``CALL { ... } IN TRANSACTIONS``): Neo4j runs those only
        outside a transaction of the client's, so it is sent on its own, with no budget and no retries."""
        self.statements_run += 1
        try:
            async with self._driver.session(database=self._database) as session:
                await (await session.run(statement.cypher, dict(statement.params))).consume()
        except (ServiceUnavailable, SessionExpired, AuthError) as error:
            raise DatabaseUnavailable(str(error)) from error
        except Neo4jError as error:
            raise WriteRejected(error.message or str(error)) from error

    async def read_for_maintenance(self, statement: Statement) -> list[dict[str, Any]]:
        """A read songgraph makes on its own behalf over the whole graph, under the maintenance budget."""
        return await self._read(statement, MAINTENANCE_SECONDS)

    async def refresh_statistics(self, timeout_seconds: int = 60) -> bool:
        """Resample index statistics and drop cached plans, so plans reflect a graph just loaded.

        False where the server does not allow it (some hosted setups); plans then catch up on their own.
        """
        statement = Statement("CALL db.prepareForReplanning($timeout)", {"timeout": timeout_seconds})
        try:
            await self._read(statement, max(MAINTENANCE_SECONDS, timeout_seconds + 10.0))
        except (Neo4jError, BudgetExceeded):
            return False
        return True

    async def ping(self, timeout: float = 3.0) -> bool:
        """Whether Neo4j answers ``RETURN 1`` within ``timeout`` seconds (no retrying beyond that)."""
        try:
            rows = await asyncio.wait_for(self._read(Statement("RETURN 1 AS ok", {}), timeout), timeout)
        except (DatabaseUnavailable, BudgetExceeded, TimeoutError):
            return False
        return rows == [{"ok": 1}]


class Transaction:
    """The statements of one write transaction; rows come back as plain Python values."""

    def __init__(self, tx: neo4j.AsyncTransaction, db: Database) -> None:
        self._tx = tx
        self._db = db

    async def run(self, statement: Statement) -> list[dict[str, Any]]:
        self._db.statements_run += 1
        result = await self._tx.run(statement.cypher, dict(statement.params))
        return _rows(await result.fetch(1_000_000))
