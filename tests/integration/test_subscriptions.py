"""Subscriptions as clients meet them: API processes on real ports over one Neo4j, WebSocket and SSE."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import websockets
from websockets.asyncio.client import ClientConnection
from websockets.typing import Subprotocol

from songgraph.api.context import Context, Live
from songgraph.api.schema import schema
from songgraph.auth import Principal, Scope, entry_line
from songgraph.config import Settings
from songgraph.db import Database
from songgraph.feed.hub import FeedLimits, Hub
from songgraph.ids import to_global_id
from songgraph.services.loading import load_files
from tests.server import serve

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("seed_graph")]

WRITER, READER = "sg_feed-writer-token", "sg_feed-reader-token"
TOKENS = ",".join([entry_line("curator", Scope.WRITE, WRITER), entry_line("watcher", Scope.READ, READER)])
SONG = to_global_id("Song", "we-dont-talk-anymore")
PUTH = to_global_id("Person", "charlie-puth")
FAST = {"SONGGRAPH_TOKENS": TOKENS, "SONGGRAPH_FEED_POLL_SECONDS": "0.05"}
UPDATE = "mutation($id: ID!, $s: String) { updateSong(id: $id, input: {summary: $s}) { version } }"
CHANGES = "subscription($since: String) { changes(kinds: [SONG], since: $since) { position id operation actor } }"


@pytest.fixture(scope="module")
def api_a(settings: Settings) -> Iterator[str]:
    yield from serve(settings.neo4j_uri, env=FAST)


@pytest.fixture(scope="module")
def api_b(settings: Settings) -> Iterator[str]:
    yield from serve(settings.neo4j_uri, env=FAST)


async def write(api: str, summary: str) -> None:
    async with httpx.AsyncClient(timeout=30) as client:
        response = await client.post(
            f"{api}/graphql",
            json={"query": UPDATE, "variables": {"id": SONG, "s": summary}},
            headers={"Authorization": f"Bearer {WRITER}"},
        )
    assert response.json().get("errors") is None, response.text


async def connect(api: str, payload: dict[str, Any] | None = None) -> ClientConnection:
    ws = await websockets.connect(
        api.replace("http://", "ws://") + "/graphql", subprotocols=[Subprotocol("graphql-transport-ws")]
    )
    await ws.send(json.dumps({"type": "connection_init", "payload": payload or {}}))
    return ws


async def acked(api: str, payload: dict[str, Any] | None = None) -> ClientConnection:
    ws = await connect(api, payload)
    assert json.loads(await asyncio.wait_for(ws.recv(), 10)) == {"type": "connection_ack"}
    return ws


async def subscribe(ws: ClientConnection, op: str, query: str, variables: dict[str, Any] | None = None) -> None:
    await ws.send(
        json.dumps({"id": op, "type": "subscribe", "payload": {"query": query, "variables": variables or {}}})
    )


async def message(ws: ClientConnection, timeout: float = 15) -> dict[str, Any]:
    """The next message that is not a ping (pings are answered, as graphql-ws clients do)."""
    while True:
        received = json.loads(await asyncio.wait_for(ws.recv(), timeout))
        if received["type"] == "ping":
            await ws.send(json.dumps({"type": "pong"}))
            continue
        return dict(received)


async def started(api: str) -> None:
    """Subscriptions start listening a moment after they are sent: wait until the process has one."""
    await asyncio.sleep(0.5)


async def test_a_write_through_one_process_reaches_a_subscriber_of_another(api_a: str, api_b: str) -> None:
    ws = await acked(api_b)
    try:
        document = "subscription($id: ID!) { songChanged(id: $id) { operation actor song { title summary } } }"
        await subscribe(ws, "s1", document, {"id": SONG})
        await started(api_b)
        await write(api_a, "heard across processes")
        received = await message(ws)
        assert received["type"] == "next" and received["id"] == "s1"
        assert received["payload"]["data"]["songChanged"] == {
            "operation": "UPDATED",
            "actor": "curator",
            "song": {"title": "We Don't Talk Anymore", "summary": "heard across processes"},
        }
    finally:
        await ws.close()


async def test_a_load_outside_the_api_reaches_subscribers(api_b: str, settings: Settings, tmp_path: Path) -> None:
    (tmp_path / "sub-load.yaml").write_text("title: Wirework\nartists: [Pell Marrow]\n", encoding="utf-8")
    ws = await acked(api_b)
    try:
        await subscribe(ws, "s1", "subscription { changes { kind id operation node { ... on Song { title } } } }")
        await started(api_b)
        db = Database.connect(settings)
        try:
            assert (await load_files(db, [tmp_path])).ok
        finally:
            await db.close()
        seen = [(await message(ws))["payload"]["data"]["changes"] for _ in range(2)]
        assert {"kind": "SONG", "id": to_global_id("Song", "wirework"), "operation": "CREATED"}.items() <= seen[
            0
        ].items()
        assert seen[0]["node"] == {"title": "Wirework"}
        assert seen[1]["kind"] == "PERSON" and seen[1]["node"] == {}
    finally:
        await ws.close()


async def test_reconnecting_with_since_after_a_burst_of_100_writes_gets_each_once_in_order(
    api_a: str, api_b: str
) -> None:
    ws = await acked(api_b)
    await subscribe(ws, "s1", CHANGES)
    await started(api_b)
    await write(api_a, "before the burst")
    last_seen = (await message(ws))["payload"]["data"]["changes"]["position"]
    await ws.close()

    for n in range(100):
        await write(api_a, f"burst {n}")

    ws = await acked(api_b)
    try:
        await subscribe(ws, "s1", CHANGES, {"since": last_seen})
        replayed = [(await message(ws))["payload"]["data"]["changes"] for _ in range(100)]
        epoch, first = last_seen.split(".")
        assert [change["position"] for change in replayed] == [f"{epoch}.{int(first) + n}" for n in range(1, 101)]
        assert {(change["id"], change["operation"]) for change in replayed} == {(SONG, "UPDATED")}
        # Then live: the next write comes next, and nothing of the burst again.
        await write(api_a, "after the burst")
        live = (await message(ws))["payload"]["data"]["changes"]
        assert live["position"] == f"{epoch}.{int(first) + 101}"
    finally:
        await ws.close()


async def sse_events(response: httpx.Response, count: int) -> list[dict[str, Any]]:
    """The next ``count`` events of an SSE response as {id, event, data}; ping comments are skipped."""
    events: list[dict[str, Any]] = []
    current: dict[str, Any] = {}
    lines = response.aiter_lines()
    while len(events) < count:
        line = await asyncio.wait_for(anext(lines), 15)
        if line == "":
            if current:
                events.append(current)
            current = {}
        elif not line.startswith(":"):
            name, _, value = line.partition(": ")
            current[name] = json.loads(value) if name == "data" and value else value
    return events


async def test_server_sent_events_deliver_changes_and_resume_from_last_event_id(api_a: str, api_b: str) -> None:
    async with httpx.AsyncClient(timeout=30) as client:
        params = {"query": CHANGES}
        async with client.stream("GET", f"{api_b}/graphql/stream", params=params) as response:
            assert response.status_code == 200
            assert response.headers["content-type"].startswith("text/event-stream")
            await asyncio.sleep(0.5)
            await write(api_a, "over sse")
            (first,) = await sse_events(response, 1)
        assert first["event"] == "next"
        assert first["id"] == first["data"]["data"]["changes"]["position"]

        await write(api_a, "missed 1")
        await write(api_a, "missed 2")
        headers = {"Last-Event-ID": first["id"]}
        async with client.stream("GET", f"{api_b}/graphql/stream", params=params, headers=headers) as response:
            missed = await sse_events(response, 2)
        epoch, seq = first["id"].split(".")
        assert [event["id"] for event in missed] == [f"{epoch}.{int(seq) + 1}", f"{epoch}.{int(seq) + 2}"]


async def test_a_bad_position_is_refused_with_its_argument_named(api_b: str) -> None:
    ws = await acked(api_b)
    try:
        await subscribe(ws, "s1", CHANGES, {"since": "not-a-position"})
        received = await message(ws)
        error = received["payload"]["errors"][0] if received["type"] == "next" else received["payload"][0]
        assert error["extensions"]["code"] == "BAD_USER_INPUT" and error["extensions"]["field"] == "since"
    finally:
        await ws.close()


@pytest.fixture(scope="module")
def private_api(settings: Settings) -> Iterator[str]:
    yield from serve(settings.neo4j_uri, env={**FAST, "SONGGRAPH_PUBLIC_READS": "0"})


async def test_private_reads_need_a_token_in_the_connection_init_payload(private_api: str) -> None:
    ws = await connect(private_api)
    with pytest.raises(websockets.ConnectionClosed) as closed:
        await asyncio.wait_for(ws.recv(), 10)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 4403
    assert closed.value.rcvd.reason.startswith("UNAUTHENTICATED")

    ws = await connect(private_api, {"Authorization": "Bearer sg_not-a-token"})
    with pytest.raises(websockets.ConnectionClosed) as closed:
        await asyncio.wait_for(ws.recv(), 10)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 4403

    ws = await acked(private_api, {"Authorization": f"Bearer {READER}"})
    await ws.close()

    async with httpx.AsyncClient(timeout=30) as client:
        refused = await client.get(f"{private_api}/graphql/stream", params={"query": CHANGES})
        assert refused.status_code == 401
        assert refused.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
        headers = {"Authorization": f"Bearer {READER}"}
        async with client.stream(
            "GET", f"{private_api}/graphql/stream", params={"query": CHANGES}, headers=headers
        ) as ok:
            assert ok.status_code == 200


@pytest.fixture(scope="module")
def limited_api(settings: Settings) -> Iterator[str]:
    env = {
        **FAST,
        "SONGGRAPH_MAX_SUBSCRIPTIONS_PER_CONNECTION": "2",
        "SONGGRAPH_MAX_SUBSCRIPTION_CONNECTIONS": "2",
        "SONGGRAPH_PING_SECONDS": "1",
    }
    yield from serve(settings.neo4j_uri, env=env)


async def test_limits_on_subscriptions_per_connection_and_connections_per_process(limited_api: str) -> None:
    first = await acked(limited_api)
    second = await acked(limited_api)
    try:
        for op in ("a", "b"):
            await subscribe(first, op, CHANGES)
        await subscribe(first, "c", CHANGES)
        refused = await message(first)
        assert refused["type"] == "error" and refused["id"] == "c"
        assert refused["payload"][0]["extensions"]["code"] == "TOO_MANY_SUBSCRIPTIONS"

        third = await websockets.connect(
            limited_api.replace("http://", "ws://") + "/graphql", subprotocols=[Subprotocol("graphql-transport-ws")]
        )
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await asyncio.wait_for(third.recv(), 10)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 1013
        assert closed.value.rcvd.reason.startswith("TOO_MANY_CONNECTIONS")

        async with httpx.AsyncClient(timeout=30) as client:
            full = await client.get(f"{limited_api}/graphql/stream", params={"query": CHANGES})
        assert full.status_code == 503 and full.headers["retry-after"] == "1"
        assert full.json()["errors"][0]["extensions"]["code"] == "TOO_MANY_CONNECTIONS"
    finally:
        await first.close()
        await second.close()


async def test_the_server_pings_and_drops_a_connection_that_never_answers(limited_api: str) -> None:
    answering = await acked(limited_api)
    silent = await acked(limited_api)
    pongs: list[dict[str, Any]] = []

    async def answer() -> None:
        while True:
            pongs.append(await message(answering, timeout=30))

    responder = asyncio.create_task(answer())
    try:
        assert json.loads(await asyncio.wait_for(silent.recv(), 5)) == {"type": "ping"}
        with pytest.raises(websockets.ConnectionClosed) as closed:
            while True:
                await asyncio.wait_for(silent.recv(), 5)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 4009
        assert closed.value.rcvd.reason.startswith("PING_TIMEOUT")
        # The one that answers its pings is still there after the same time, and answers ours.
        await asyncio.sleep(1.5)
        await answering.send(json.dumps({"type": "ping"}))
        while not pongs:
            await asyncio.sleep(0.05)
        assert pongs == [{"type": "pong"}]
    finally:
        responder.cancel()
        await answering.close()
        await silent.close()


async def test_a_subscriber_that_falls_behind_is_dropped_with_slow_consumer(db: Database) -> None:
    hub = Hub(db, FeedLimits(poll_seconds=0.05, queue_limit=3))
    reasons: list[str] = []
    context = Context(db=db, feed=hub, live=Live(on_drop=reasons.append), request_id="slow")
    results: AsyncIterator[Any] = await schema.subscribe(CHANGES, context_value=context)
    try:
        first = asyncio.ensure_future(anext(results))
        while hub.listeners == 0 or not hub.positioned:
            await asyncio.sleep(0.05)
        writer = Context(db=db, principal=Principal("curator", Scope.WRITE), request_id="w")
        for n in range(6):
            done = await schema.execute(UPDATE, variable_values={"id": SONG, "s": f"slow {n}"}, context_value=writer)
            assert done.errors is None
        while not reasons:
            await asyncio.sleep(0.05)
        assert reasons[0].startswith("SLOW_CONSUMER")
        outcome = await asyncio.wait_for(first, 10)
        if outcome.errors is None:  # it took the first event before the others arrived
            outcome = await asyncio.wait_for(anext(results), 10)
        assert outcome.errors is not None and outcome.errors[0].extensions["code"] == "SLOW_CONSUMER"
        with pytest.raises(StopAsyncIteration):
            await asyncio.wait_for(anext(results), 10)
    finally:
        await results.aclose()  # type: ignore[attr-defined]
        await hub.close()
