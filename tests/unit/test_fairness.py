"""A client the costly lane told to retry later is refused at the door until then, before its body is read."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from starlette.types import Receive, Scope, Send

from songgraph.api.context import Context
from songgraph.api.fairness import COSTLY_RETRY_SECONDS, Admission, CostlyLane, FairShare, Seat
from songgraph.api.inflight import InFlight
from songgraph.api.limits import Limits
from songgraph.api.schema import build_schema
from songgraph.config import ConfigError, Settings
from tests.unit.test_limits import HeldDatabase

pytestmark = pytest.mark.anyio


async def until(condition: Callable[[], bool]) -> None:
    """Waits (at most 10 s) for tasks started by the test to reach a state."""

    async def poll() -> None:
        while not condition():
            await asyncio.sleep(0.01)

    await asyncio.wait_for(poll(), 10)


class Inner:
    """The app behind Admission: counts the requests that reach it and reads their bodies."""

    def __init__(self) -> None:
        self.reached = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.reached += 1
        await receive()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})


async def post(app: Admission, address: str) -> httpx.Response:
    transport = httpx.ASGITransport(app=app, client=(address, 1234))
    async with httpx.AsyncClient(transport=transport, base_url="http://songgraph.test") as client:
        return await client.post("/graphql", json={"query": "{ __typename }"})


async def test_a_cooling_client_is_refused_without_reaching_the_app() -> None:
    inner = Inner()
    lane = CostlyLane(1)
    app = Admission(inner, per_client=4, total=32, retry_after=1, lane=lane)
    lane.cool("address 10.0.0.1", 30)

    refused = await post(app, "10.0.0.1")
    assert refused.status_code == 503
    assert refused.headers["retry-after"] == "30"
    assert refused.json()["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"
    assert inner.reached == 0

    # Another client is not held back by it.
    assert (await post(app, "10.0.0.2")).status_code == 200
    assert inner.reached == 1

    # Once its time has passed, the client is let in again.
    lane.cool("address 10.0.0.1", 0)
    assert lane.cooling("address 10.0.0.1") == 0
    assert (await post(app, "10.0.0.1")).status_code == 200


async def test_a_client_back_before_its_retry_after_is_held_until_then() -> None:
    inner = Inner()
    lane = CostlyLane(1)
    app = Admission(inner, per_client=2, total=32, retry_after=1, lane=lane)
    lane.cool("address 10.0.0.1", 0.3)
    held = [asyncio.create_task(post(app, "10.0.0.1")) for _ in range(2)]
    await until(lambda: sum(app._held.values()) >= 2)
    # Held requests do not reach the app, nor count among the running ones; past the client's share of
    # held requests, it is refused at once.
    assert inner.reached == 0 and app.running == 0
    refused = await post(app, "10.0.0.1")
    assert refused.status_code == 503 and inner.reached == 0
    # When its time has come, the held requests are served.
    answers = await asyncio.wait_for(asyncio.gather(*held), 10)
    assert [answer.status_code for answer in answers] == [200, 200]
    assert inner.reached == 2 and not app._held


def test_the_lane_remembers_a_bounded_number_of_clients() -> None:
    from songgraph.api.fairness import MAX_COOLING

    lane = CostlyLane(1)
    for i in range(MAX_COOLING + 10):
        lane.cool(f"address {i}", 60)
    assert lane.cooling(f"address {MAX_COOLING + 9}") > 0
    assert lane.cooling("address 0") == 0  # the oldest were forgotten


async def test_the_lane_cools_the_client_it_refuses() -> None:
    held = HeldDatabase.connect(Settings(neo4j_uri="bolt://127.0.0.1:9", retry_seconds=0))
    held.gate = asyncio.Event()
    lane = CostlyLane(1, queue=0)
    schema = build_schema(limits=Limits(costly_cost=100, costly_slots=1), lane=lane)
    costly = '{ person(name: "a") { credits { song { writers { name } } } } }'
    try:
        first = asyncio.create_task(schema.execute(costly, context_value=Context(db=held, client="token a")))
        await until(lambda: lane.running >= 1)
        refused = await schema.execute(costly, context_value=Context(db=held, client="token b"))
        assert refused.errors and (refused.errors[0].extensions or {}).get("code") == "SERVICE_UNAVAILABLE"
        assert 0 < lane.cooling("token b") <= COSTLY_RETRY_SECONDS
        assert lane.cooling("token a") == 0
        held.gate.set()
        assert not (await first).errors
    finally:
        await held.close()


async def test_costly_requests_wait_their_turn_in_a_bounded_queue() -> None:
    held = HeldDatabase.connect(Settings(neo4j_uri="bolt://127.0.0.1:9", retry_seconds=0))
    held.gate = asyncio.Event()
    lane = CostlyLane(1, queue=2, wait_seconds=60)
    schema = build_schema(limits=Limits(costly_cost=100, costly_slots=1), lane=lane)
    costly = '{ person(name: "a") { credits { song { writers { name } } } } }'

    def execute(client: str) -> asyncio.Task[Any]:
        return asyncio.create_task(schema.execute(costly, context_value=Context(db=held, client=client)))

    try:
        first = execute("token a")
        await until(lambda: held.reads == 1)
        second, third = execute("token b"), execute("token c")
        await until(lambda: lane.waiting == 2)
        # The queue is full: the next is refused at once and its client cooled.
        refused = await asyncio.wait_for(schema.execute(costly, context_value=Context(db=held, client="token d")), 10)
        assert refused.errors and (refused.errors[0].extensions or {}).get("code") == "SERVICE_UNAVAILABLE"
        assert "2 are waiting" in refused.errors[0].message and lane.cooling("token d") > 0
        # A waiting request whose client went away leaves the queue; the others keep their places.
        second.cancel()
        await until(lambda: lane.waiting == 1)
        assert held.reads == 1 and lane.running == 1
        held.gate.set()
        assert not (await first).errors and not (await third).errors
        assert held.reads == 2 and lane.running == 0 and lane.waiting == 0
    finally:
        await held.close()


async def test_requests_waiting_for_an_identical_read_give_their_place_in_the_lane_back() -> None:
    held = HeldDatabase.connect(Settings(neo4j_uri="bolt://127.0.0.1:9", retry_seconds=0))
    held.gate = asyncio.Event()
    lane = CostlyLane(1, queue=1, wait_seconds=60)
    schema = build_schema(limits=Limits(costly_cost=100, costly_slots=1), lane=lane)
    inflight = InFlight()
    costly = '{ person(name: "a") { credits { song { writers { name } } } } }'

    def execute(context: Context, document: str = costly) -> asyncio.Task[Any]:
        return asyncio.create_task(schema.execute(document, context_value=context))

    try:
        first = execute(Context(db=held, client="token a", inflight=inflight))
        await until(lambda: held.reads == 1)
        # More followers than the queue holds: each steps aside once it waits for the first one's read.
        contexts = [Context(db=held, client=f"token {n}", inflight=inflight) for n in range(3)]
        followers = []
        for context in contexts:
            followers.append(execute(context))
            await until(functools.partial(lambda seat: seat.lane is lane, context.seat))
        assert lane.waiting == 0 and lane.running == 1
        # A different costly document still queues, and waits for the slot.
        other = execute(Context(db=held, client="token b", inflight=inflight), costly.replace('"a"', '"b"'))
        await until(lambda: lane.waiting == 1)
        held.gate.set()
        answers = await asyncio.gather(first, *followers, other)
        assert all(not answer.errors for answer in answers)
        assert held.reads == 2 and lane.running == 0 and lane.waiting == 0
    finally:
        await held.close()


def test_a_seat_keeps_a_ticket_its_statements_wait_for_or_hold() -> None:
    async def scenario() -> None:
        lane = CostlyLane(1)
        ticket = lane.reserve("token a")
        seat = Seat(ticket)
        assert ticket is not None
        ticket.users = 1
        seat.step_aside()
        assert seat.ticket is ticket and lane.running == 1
        ticket.users = 0
        seat.step_aside()
        assert seat.ticket is None and seat.lane is lane and lane.running == 0

    asyncio.run(scenario())


async def test_aliases_of_one_queued_costly_field_share_their_request_s_ticket() -> None:
    """The aliases that follow their own request's first read keep its place in the queue for it."""
    held = HeldDatabase.connect(Settings(neo4j_uri="bolt://127.0.0.1:9", retry_seconds=0))
    held.gate = asyncio.Event()
    lane = CostlyLane(1, queue=1, wait_seconds=60)
    schema = build_schema(limits=Limits(costly_cost=100, costly_slots=1), lane=lane)
    inflight = InFlight()
    field = 'person(name: "{}") {{ credits {{ song {{ writers {{ name }} }} }} }}'
    try:
        first = asyncio.create_task(
            schema.execute("{ " + field.format("a") + " }", context_value=Context(db=held, inflight=inflight))
        )
        await until(lambda: held.reads == 1)
        aliased = "{ " + " ".join(f"x{n}: " + field.format("b") for n in range(3)) + " }"
        second = asyncio.create_task(schema.execute(aliased, context_value=Context(db=held, inflight=inflight)))
        await until(lambda: lane.waiting == 1 and len(inflight) == 2)
        held.gate.set()
        assert not (await first).errors
        answer = await second
        assert not answer.errors and answer.data is not None and len(answer.data) == 3
        assert held.reads == 2 and lane.running == 0 and lane.waiting == 0
    finally:
        await held.close()


async def test_a_request_that_waited_too_long_is_refused() -> None:
    lane = CostlyLane(1, queue=4, wait_seconds=0.05)
    first = lane.reserve()
    assert first is not None and first.granted
    late = lane.reserve()
    assert late is not None and not await late.wait()
    assert lane.waiting == 0 and lane.running == 1
    first.give_back()
    again = lane.reserve()
    assert lane.running == 1 and again is not None and again.granted


async def test_with_a_share_below_one_a_slot_rests_after_each_request() -> None:
    lane = CostlyLane(1, queue=1, wait_seconds=60, share=0.5)
    assert lane.reserve("token heavy") is not None
    # Alone, the client that held it would find the slot free at once.
    lane.leave(0.05, "token heavy")
    assert lane.free() == 1
    # With another client asking, a slot held for 0.05 s rests as long again before it is anyone's.
    lane.seen("token heavy")
    lane.seen("token light")
    assert lane.reserve("token heavy") is not None
    lane.leave(0.05, "token heavy")
    assert lane.running == 0 and lane.free() == 0
    waiting = lane.reserve()
    assert waiting is not None and not waiting.granted
    assert await asyncio.wait_for(waiting.wait(), 10)
    assert lane.running == 1
    lane.leave(0.0)
    assert lane.running == 0 and lane.free() == 1


def test_a_rest_ends_without_the_event_loop_that_began_it() -> None:
    """The in-process schema's lane outlives each test's event loop: a rest begun in one is over in the next."""
    lane = CostlyLane(1, queue=1, wait_seconds=60, share=0.5)

    async def hold_then_leave() -> None:
        lane.seen("token other")
        assert lane.reserve() is not None
        lane.leave(0.05)
        assert lane.free() == 0

    asyncio.run(hold_then_leave())

    async def next_request() -> bool:
        ticket = lane.reserve()
        return ticket is not None and await asyncio.wait_for(ticket.wait(), 10)

    assert asyncio.run(next_request())


def test_the_share_comes_from_the_environment() -> None:
    assert Settings.from_env({"SONGGRAPH_COSTLY_SHARE": "0.5"}).costly_share == 0.5
    for wrong in ("0", "1.5", "half"):
        with pytest.raises(ConfigError, match="SONGGRAPH_COSTLY_SHARE"):
            Settings.from_env({"SONGGRAPH_COSTLY_SHARE": wrong})


async def test_neo4j_time_goes_first_to_the_client_that_had_least_of_it() -> None:
    share = FairShare(1)
    order: list[str] = []
    hold = asyncio.Event()

    async def statement(client: str) -> None:
        async with share.turn(client):
            order.append(client)
            await hold.wait()

    first = asyncio.create_task(statement("token busy"))
    await until(lambda: share.running >= 1)
    # The busy client has had a second of Neo4j lately and queues three more; a quiet client comes after.
    share._used("token busy", 1.0)
    busy = [asyncio.create_task(statement("token busy")) for _ in range(3)]
    await until(lambda: share.waiting >= 3)
    quiet = asyncio.create_task(statement("token quiet"))
    await until(lambda: share.waiting >= 4)
    hold.set()
    await asyncio.wait_for(asyncio.gather(first, quiet, *busy), 10)
    assert order == ["token busy", "token quiet", "token busy", "token busy", "token busy"]
    assert share.running == 0 and share.waiting == 0
    assert share.use("token busy") > share.use("token quiet") > 0


async def test_a_statement_whose_request_went_away_leaves_the_queue() -> None:
    share = FairShare(1)
    hold = asyncio.Event()

    async def statement(client: str) -> None:
        async with share.turn(client):
            await hold.wait()

    first = asyncio.create_task(statement("a"))
    await until(lambda: share.running >= 1)
    gone = asyncio.create_task(statement("b"))
    await until(lambda: share.waiting >= 1)
    gone.cancel()
    with pytest.raises(asyncio.CancelledError):
        await gone
    assert share.waiting == 0
    hold.set()
    await first
    assert share.running == 0
