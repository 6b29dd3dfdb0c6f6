"""Subscribers of one process asking the same thing share one execution of it.

A thousand dashboards subscribed to the same ``changes`` document would otherwise each run GraphQL on
every event (about a millisecond of CPU apiece): the event's delivery would wait for a thousand
executions. Here the first subscriber of a document starts one stream; later ones with the same
document, variables and caller join it and each get its results through a bounded queue of their own.

Documents that resume from a position (``since``, or SSE's Last-Event-ID) are never shared: each must
replay its own backlog.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections import deque
from collections.abc import AsyncGenerator
from typing import Any

from graphql import GraphQLError
from strawberry.schema import BaseSchema
from strawberry.types import ExecutionResult
from strawberry.types.graphql import OperationType

from songgraph.api.context import Context, Live

SLOW_CONSUMER = "SLOW_CONSUMER"

_DONE = object()


class _Follower:
    def __init__(self, limit: int, live: Live | None) -> None:
        self.results: deque[Any] = deque()
        self.wake = asyncio.Event()
        self.limit = limit
        self.live = live

    def push(self, item: Any) -> bool:
        if len(self.results) >= self.limit:
            reason = f"SLOW_CONSUMER: more than {self.limit:,} results waited for this subscriber; resubscribe"
            self.results.clear()
            error = GraphQLError(reason, extensions={"code": SLOW_CONSUMER})
            self.results.extend([(ExecutionResult(data=None, errors=[error]), None), _DONE])
            self.wake.set()
            if self.live is not None and self.live.on_drop is not None:
                self.live.on_drop(reason)
            return False
        self.results.append(item)
        self.wake.set()
        return True


class _Group:
    def __init__(self, key: tuple[Any, ...]) -> None:
        self.key = key
        self.followers: set[_Follower] = set()
        self.task: asyncio.Task[None] | None = None
        self.live = Live()


class SharedStreams:
    """Stands in for the schema in the WebSocket and SSE handlers: ``stream``/``subscribe`` share where they can."""

    def __init__(self, schema: BaseSchema, queue_limit: int) -> None:
        self._schema = schema
        self._limit = queue_limit
        self._groups: dict[tuple[Any, ...], _Group] = {}

    @property
    def groups(self) -> int:
        return len(self._groups)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._schema, name)

    async def subscribe(self, query: str | None, **kwargs: Any) -> AsyncGenerator[Any, None]:
        return await self.stream(query, allowed_operation_types=(OperationType.SUBSCRIPTION,), **kwargs)

    async def stream(
        self,
        query: str | None,
        variable_values: dict[str, Any] | None = None,
        context_value: Any = None,
        root_value: Any = None,
        operation_name: str | None = None,
        **kwargs: Any,
    ) -> AsyncGenerator[Any, None]:
        context = context_value
        shareable = (
            isinstance(context, Context)
            and query is not None
            and "since" not in query
            and not (context.live is not None and context.live.resume)
            and query.lstrip().startswith("subscription")
        )
        if not shareable:
            return await self._schema.stream(
                query,
                variable_values=variable_values,
                context_value=context_value,
                root_value=root_value,
                operation_name=operation_name,
                **kwargs,
            )
        assert isinstance(context, Context) and query is not None
        who = context.principal.name if context.principal else None
        key = (query, json.dumps(variable_values, sort_keys=True, default=str), operation_name, who)
        group = self._groups.get(key)
        if group is None:
            group = _Group(key)
            self._groups[key] = group
            # The group's own context: no connection's drop hook, since the group never falls behind itself.
            shared = Context(
                db=context.db,
                principal=context.principal,
                public_reads=context.public_reads,
                request_id=context.request_id,
                feed=context.feed,
                live=group.live,
            )
            source = await self._schema.stream(
                query, variable_values=variable_values, context_value=shared, operation_name=operation_name, **kwargs
            )
            group.task = asyncio.create_task(self._produce(group, source), name="songgraph-shared-subscription")
        follower = _Follower(self._limit, context.live)
        group.followers.add(follower)
        return self._follow(group, follower)

    async def _produce(self, group: _Group, source: AsyncGenerator[Any, None]) -> None:
        try:
            async with contextlib.aclosing(source):
                async for result in source:
                    # The position of the change behind the result travels with it (an SSE event's id).
                    item = (result, group.live.position)
                    for follower in list(group.followers):
                        if not follower.push(item):
                            group.followers.discard(follower)
        finally:
            for follower in group.followers:
                follower.results.append(_DONE)
                follower.wake.set()
            if self._groups.get(group.key) is group:
                del self._groups[group.key]

    async def _follow(self, group: _Group, follower: _Follower) -> AsyncGenerator[Any, None]:
        try:
            while True:
                while not follower.results:
                    follower.wake.clear()
                    await follower.wake.wait()
                item = follower.results.popleft()
                if item is _DONE:
                    return
                result, position = item
                if follower.live is not None and position is not None:
                    follower.live.position = position
                yield result
        finally:
            group.followers.discard(follower)
            if not group.followers and group.task is not None and not group.task.done():
                group.task.cancel()
                if self._groups.get(group.key) is group:
                    del self._groups[group.key]
