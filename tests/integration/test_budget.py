"""The run-time budget on the real Neo4j: timeouts, the memory limit, a full pool, admission and disconnects.

No wall time is asserted: a statement that cannot finish (a lock held by another transaction, a range
of a billion rows) shows the budget by the code it ends with. Outer timeouts only keep a failure from hanging.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest

from songgraph.auth import Scope, entry_line
from songgraph.config import Settings
from songgraph.cypher.statement import Statement
from songgraph.db import Database, DatabaseUnavailable, QueryTimedOut, QueryTooLarge, Transaction
from songgraph.ids import to_global_id
from tests.server import serve

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("seed_graph")]

WRITER, OTHER_WRITER = "sg_budget-writer", "sg_budget-other"
TITLE = "We Don't Talk Anymore"
# A billion rows: no budget of a few seconds lets this finish.
ENDLESS = Statement("UNWIND range(1, 1000000000) AS x WITH x WHERE x = -1 RETURN count(x) AS value", {})


async def _song_key(db: Database) -> str:
    rows = await db.read(Statement("MATCH (s:Song {title: $title}) RETURN s.id AS id", {"title": TITLE}))
    return str(rows[0]["id"])


@dataclasses.dataclass
class Lock:
    """A write transaction holding the song's lock until released: writes to the song wait for it."""

    held: asyncio.Event
    release: asyncio.Event
    task: asyncio.Task[None]


async def _hold_lock(db: Database, key: str) -> Lock:
    held, release = asyncio.Event(), asyncio.Event()

    async def work(tx: Transaction) -> None:
        await tx.run(Statement("MATCH (s:Song {id: $id}) SET s.summary = s.summary", {"id": key}))
        held.set()
        await release.wait()

    task = asyncio.create_task(db.transact(work))
    await asyncio.wait_for(held.wait(), 60)
    return Lock(held, release, task)


async def _running(db: Database, words: str = "") -> int:
    """Transactions running (or waiting in) a statement that contains ``words``, as SHOW TRANSACTIONS sees them.

    A transaction between statements (the lock holder, waiting for its release) shows an empty query.
    """
    rows = await db.read(
        Statement(
            "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $words AND currentQuery <> '' "
            "AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n",
            {"words": words},
        )
    )
    return int(rows[0]["n"])


async def _eventually(check: Callable[[], Awaitable[bool]], attempts: int = 120) -> bool:
    for _ in range(attempts):
        if await check():
            return True
        await asyncio.sleep(0.5)
    return False


async def test_a_read_over_its_time_budget_ends_in_query_timed_out(settings: Settings, db: Database) -> None:
    quick = Database.connect(dataclasses.replace(settings, read_timeout_seconds=1.0))
    try:
        with pytest.raises(QueryTimedOut):
            await asyncio.wait_for(quick.read(ENDLESS), 120)
    finally:
        await quick.close()
    # The terminated transaction is gone from the server, not running on behind the client's back.
    assert await _eventually(lambda: _zero(db, "range(1, 1000000000)"))


async def _zero(db: Database, words: str = "") -> bool:
    return await _running(db, words) == 0


async def test_a_read_over_the_memory_limit_ends_in_query_too_large(db: Database) -> None:
    # Tens of millions of integers in one list: far over the launcher's per-transaction limit (192 MiB).
    huge = Statement("UNWIND range(1, 40000000) AS x WITH collect(x) AS xs RETURN size(xs) AS value", {})
    with pytest.raises(QueryTooLarge):
        await asyncio.wait_for(db.read(huge), 120)
    # Neo4j is still serving: the limit failed the transaction, not the server.
    assert await db.read(Statement("RETURN 1 AS ok", {})) == [{"ok": 1}]


async def test_an_exhausted_pool_is_unavailable_not_internal(settings: Settings) -> None:
    db = Database.connect(dataclasses.replace(settings, pool_size=1, pool_wait_seconds=0.5))
    release = asyncio.Event()
    holding = asyncio.Event()

    async def hold(tx: Transaction) -> None:
        await tx.run(Statement("RETURN 1 AS one", {}))
        holding.set()
        await release.wait()

    task = asyncio.create_task(db.transact(hold))
    try:
        await asyncio.wait_for(holding.wait(), 60)
        with pytest.raises(DatabaseUnavailable):
            await asyncio.wait_for(db.read(Statement("RETURN 1 AS ok", {})), 60)
    finally:
        release.set()
        await task
        await db.close()


def _tokens() -> str:
    return ",".join([entry_line("editor", Scope.WRITE, WRITER), entry_line("other", Scope.WRITE, OTHER_WRITER)])


@pytest.fixture(scope="module")
def server(settings: Settings) -> Iterator[str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SONGGRAPH_TOKENS", _tokens())
        patch.setenv("SONGGRAPH_CLIENT_CONCURRENCY", "1")
        patch.setenv("SONGGRAPH_WRITE_TIMEOUT_SECONDS", "60")
        yield from serve(settings.neo4j_uri)


def _update(key: str, summary: str = "budget test") -> dict[str, Any]:
    document = "mutation($id: ID!, $summary: String) { updateSong(id: $id, input: {summary: $summary}) { title } }"
    return {"query": document, "variables": {"id": to_global_id("Song", key), "summary": summary}}


async def test_a_client_over_its_concurrency_gets_503_with_retry_after_at_once(server: str, db: Database) -> None:
    key = await _song_key(db)
    lock = await _hold_lock(db, key)
    async with httpx.AsyncClient(base_url=server, timeout=120) as http:
        first = asyncio.create_task(
            http.post("/graphql", json=_update(key), headers={"authorization": f"Bearer {WRITER}"})
        )
        try:
            assert await _eventually(lambda: _nonzero(db))
            second = await http.post("/graphql", json=_update(key), headers={"authorization": f"Bearer {WRITER}"})
            assert second.status_code == 503
            assert int(second.headers["retry-after"]) >= 1
            assert second.json()["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"
            # Another client is not held back by the first one's share.
            other = await http.post(
                "/graphql", json={"query": "{ song(title: $t) { title } }".replace("$t", f'"{TITLE}"')}
            )
            assert other.status_code == 200 and other.json()["data"] == {"song": {"title": TITLE}}
        finally:
            lock.release.set()
            await lock.task
        answer = await first
        assert answer.json()["data"] == {"updateSong": {"title": TITLE}} and "errors" not in answer.json()


async def _nonzero(db: Database, words: str = "") -> bool:
    return await _running(db, words) > 0


async def test_a_client_that_goes_away_has_its_transaction_terminated(server: str, db: Database) -> None:
    key = await _song_key(db)
    lock = await _hold_lock(db, key)
    try:
        async with httpx.AsyncClient(base_url=server, timeout=120) as http:
            request = asyncio.create_task(
                http.post(
                    "/graphql", json=_update(key, "abandoned"), headers={"authorization": f"Bearer {OTHER_WRITER}"}
                )
            )
            assert await _eventually(lambda: _nonzero(db))
            request.cancel()  # closes the connection: the client has gone away
            with pytest.raises(asyncio.CancelledError):
                await request
        # The edit, still waiting for the lock, is terminated rather than left to write after the client left.
        assert await _eventually(lambda: _zero(db))
    finally:
        lock.release.set()
        await lock.task
    rows = await db.read(Statement("MATCH (s:Song {id: $id}) RETURN s.summary AS summary", {"id": key}))
    assert rows[0]["summary"] != "abandoned"


@pytest.fixture
async def quick_db(settings: Settings) -> AsyncIterator[Database]:
    database = Database.connect(dataclasses.replace(settings, write_timeout_seconds=1.0))
    yield database
    await database.close()


async def test_a_write_over_its_time_budget_leaves_the_graph_as_it_was(db: Database, quick_db: Database) -> None:
    key = await _song_key(db)
    lock = await _hold_lock(db, key)
    try:
        with pytest.raises(QueryTimedOut):
            await asyncio.wait_for(
                quick_db.write([Statement("MATCH (s:Song {id: $id}) SET s.summary = 'late'", {"id": key})]), 120
            )
    finally:
        lock.release.set()
        await lock.task
    rows = await db.read(Statement("MATCH (s:Song {id: $id}) RETURN s.summary AS summary", {"id": key}))
    assert rows[0]["summary"] != "late"
