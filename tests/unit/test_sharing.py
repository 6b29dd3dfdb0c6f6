"""Subscribers of one document share one execution; resuming ones never do; a slow one is dropped alone."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from typing import Any

import pytest
from strawberry.types import ExecutionResult

from songgraph.api.context import Context, Live
from songgraph.api.sharing import SharedStreams

pytestmark = pytest.mark.anyio

DOCUMENT = "subscription { changes { position } }"


class FakeSchema:
    """Counts the streams it starts; each yields what is put on its queue."""

    def __init__(self) -> None:
        self.started: list[asyncio.Queue[Any]] = []

    async def stream(self, query: str | None, **kwargs: Any) -> AsyncGenerator[Any, None]:
        queue: asyncio.Queue[Any] = asyncio.Queue()
        self.started.append(queue)

        async def results() -> AsyncGenerator[Any, None]:
            while True:
                yield await queue.get()

        return results()


def context(live: Live | None = None) -> Context:
    return Context(db=None, live=live or Live())  # type: ignore[arg-type]


async def test_subscribers_of_one_document_share_one_stream() -> None:
    schema = FakeSchema()
    shared = SharedStreams(schema, queue_limit=10)  # type: ignore[arg-type]
    first = await shared.stream(DOCUMENT, context_value=context())
    second = await shared.stream(DOCUMENT, context_value=context())
    assert len(schema.started) == 1 and shared.groups == 1
    one = ExecutionResult(data={"changes": {"position": "e.1"}}, errors=None)
    schema.started[0].put_nowait(one)
    assert await asyncio.wait_for(anext(first), 1) is one
    assert await asyncio.wait_for(anext(second), 1) is one
    await first.aclose()
    await second.aclose()
    await asyncio.sleep(0)
    assert shared.groups == 0, "the last subscriber to leave ends the shared stream"


async def test_a_resuming_subscription_gets_a_stream_of_its_own() -> None:
    schema = FakeSchema()
    shared = SharedStreams(schema, queue_limit=10)  # type: ignore[arg-type]
    resuming = "subscription($p: String) { changes(since: $p) { position } }"
    await shared.stream(resuming, variable_values={"p": "e.1"}, context_value=context())
    await shared.stream(resuming, variable_values={"p": "e.1"}, context_value=context())
    await shared.stream(DOCUMENT, context_value=context(Live(resume="e.4")))
    assert len(schema.started) == 3 and shared.groups == 0


async def test_a_slow_subscriber_is_dropped_and_the_others_keep_their_results() -> None:
    schema = FakeSchema()
    shared = SharedStreams(schema, queue_limit=2)  # type: ignore[arg-type]
    told: list[str] = []
    slow = await shared.stream(DOCUMENT, context_value=context(Live(on_drop=told.append)))
    quick = await shared.stream(DOCUMENT, context_value=context())
    received: list[Any] = []

    async def read_quickly() -> None:
        async for result in quick:
            received.append(result)

    reader = asyncio.create_task(read_quickly())
    for n in range(4):
        schema.started[0].put_nowait(ExecutionResult(data={"n": n}, errors=None))
        await asyncio.sleep(0.01)
    assert told and told[0].startswith("SLOW_CONSUMER")
    dropped = await asyncio.wait_for(anext(slow), 1)
    assert dropped.errors[0].extensions["code"] == "SLOW_CONSUMER"
    with pytest.raises(StopAsyncIteration):
        await asyncio.wait_for(anext(slow), 1)
    assert [result.data for result in received] == [{"n": n} for n in range(4)]
    reader.cancel()
