"""The registry of reads in flight: followers get the first reader's rows, or run the read themselves."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from songgraph.api.inflight import InFlight, follow
from songgraph.cypher.statement import Statement
from songgraph.db import SchemaMissing

pytestmark = pytest.mark.anyio


def test_the_key_is_the_whole_statement() -> None:
    inflight = InFlight()
    a = inflight.key(Statement("MATCH (s:Song {id: $id}) RETURN s", {"id": "1", "n": 2}))
    same = inflight.key(Statement("MATCH (s:Song {id: $id}) RETURN s", {"n": 2, "id": "1"}))
    other_value = inflight.key(Statement("MATCH (s:Song {id: $id}) RETURN s", {"id": "2", "n": 2}))
    other_text = inflight.key(Statement("MATCH (s:Song {id: $id}) RETURN s.title", {"id": "1", "n": 2}))
    assert a is not None and a == same
    assert len({a, other_value, other_text}) == 3


def test_a_parameter_without_a_canonical_form_is_never_shared() -> None:
    assert InFlight.key(Statement("RETURN $x", {"x": object()})) is None
    # A date has one (ISO text), so it is shared.
    assert InFlight.key(Statement("RETURN $x", {"x": dt.date(2020, 1, 2)})) is not None


async def test_followers_get_the_first_readers_rows() -> None:
    inflight = InFlight()
    key = ("RETURN 1", b"{}")
    with inflight.lead(key) as future:
        running = inflight.running(key)
        assert running is future
        waiting = [asyncio.create_task(follow(running)) for _ in range(3)]
        await asyncio.sleep(0)
        future.set_result([{"result": 1}])
    assert await asyncio.gather(*waiting) == [[{"result": 1}]] * 3
    assert inflight.running(key) is None and len(inflight) == 0


async def test_a_failed_first_reader_leaves_its_followers_to_read_themselves() -> None:
    inflight = InFlight()
    key = ("RETURN 1", b"{}")
    with pytest.raises(TimeoutError), inflight.lead(key) as future:
        follower = asyncio.create_task(follow(future))
        await asyncio.sleep(0)
        raise TimeoutError
    assert await follower is None
    assert inflight.running(key) is None


async def test_a_follower_going_away_does_not_cancel_the_read() -> None:
    inflight = InFlight()
    key = ("RETURN 1", b"{}")
    with inflight.lead(key) as future:
        impatient = asyncio.create_task(follow(future))
        patient = asyncio.create_task(follow(future))
        await asyncio.sleep(0)
        impatient.cancel()
        await asyncio.sleep(0)
        assert not future.cancelled()
        future.set_result([])
    assert await patient == []
    assert impatient.cancelled()


async def test_followers_share_the_first_readers_finding_that_neo4j_is_unreachable() -> None:
    # Read again, each follower would retry for most of its budget and answer TIMEOUT, not SERVICE_UNAVAILABLE.
    inflight = InFlight()
    key = ("RETURN 1", b"{}")
    with pytest.raises(SchemaMissing), inflight.lead(key) as future:
        followers = [asyncio.create_task(follow(future)) for _ in range(2)]
        await asyncio.sleep(0)
        raise SchemaMissing("no index on Song.titleKey")
    outcomes = await asyncio.gather(*followers, return_exceptions=True)
    # Each follower raises one of its own, of the same kind and message.
    assert [type(error) for error in outcomes] == [SchemaMissing, SchemaMissing]
    assert outcomes[0] is not outcomes[1] and str(outcomes[0]) == "no index on Song.titleKey"
    assert inflight.running(key) is None
