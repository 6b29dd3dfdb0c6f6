"""Subscriptions: changes to a song, to a person, and the whole change feed, resumable by position.

Each event's object is read with the same one-statement translation as a query (``reads.by_id`` on
the event's selection), once per event and selection however many subscribers share them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from typing import Annotated, Any

import strawberry
from graphql import GraphQLError
from strawberry.types import Info

from songgraph.api.context import Context
from songgraph.api.errors import SERVICE_UNAVAILABLE, bad_input, over_budget, unavailable
from songgraph.api.selection import current_field
from songgraph.api.types import Node, Person, Song, describe_values
from songgraph.cypher import reads
from songgraph.db import BudgetExceeded, DatabaseUnavailable
from songgraph.errors import BadUserInput
from songgraph.feed.changes import ChangeKind, ChangeOp, Event, decode_position
from songgraph.feed.hub import PAGE, FeedUnavailable, Listener, SlowConsumer
from songgraph.ids import from_global_id, to_global_id

Ctx = Info[Context, Any]

# Codes of the errors only subscriptions give (README, "Subscriptions").
FEED_EXPIRED = "FEED_EXPIRED"
FEED_RESET = "FEED_RESET"
SLOW_CONSUMER = "SLOW_CONSUMER"
TOO_MANY_SUBSCRIPTIONS = "TOO_MANY_SUBSCRIPTIONS"
TOO_MANY_CONNECTIONS = "TOO_MANY_CONNECTIONS"

ChangeKindEnum = strawberry.enum(ChangeKind, name="ChangeKind", description="The kind of object a change is about.")
ChangeOperation = strawberry.enum(ChangeOp, name="ChangeOperation", description="What happened to the object.")
describe_values(
    ChangeKindEnum,
    {
        "SONG": "A song: its own properties or any of its facts (credits, video, certifications, ...).",
        "PERSON": "A person or group: name, aliases, description, memberships.",
        "ALBUM": "An album.",
        "INTRODUCTION": "An introduction of two or more people to one another.",
    },
)
describe_values(
    ChangeOperation,
    {
        "CREATED": "The object was added to the graph.",
        "UPDATED": "The object, or one of its facts, changed.",
        "DELETED": "The object was removed (for a person, also when merged into another).",
    },
)

_POSITION = "Where the change is in the feed: pass it as `since` to resume after it."
_ACTOR = "The name of the token that made the change; null for `songgraph load` and other local commands."
_AT = "When the change was committed (ISO 8601, UTC)."
_OPERATION = "Whether the object was created, updated or deleted."


def _error(message: str, code: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": code})


async def _read_node(info: Ctx, event: Event) -> Any:
    """The changed object under this field's selection (null once deleted), as ``node(id:)`` would read it."""
    if event.op is ChangeOp.DELETED:
        return None
    hub = info.context.feed
    assert hub is not None
    global_id = to_global_id(event.kind.value, event.key)
    field = dataclasses.replace(current_field(info), arguments={"id": global_id})
    statement = reads.by_id(field, global_id, event.kind.value)
    if statement is None:
        return None
    key = (event.epoch, event.seq, statement.cypher, json.dumps(statement.params, sort_keys=True, default=str))
    db = info.context.db
    try:
        rows = await hub.shared(key, lambda: db.read(statement))
    except DatabaseUnavailable as error:
        raise unavailable(error) from None
    except BudgetExceeded as error:
        raise over_budget(error, db.read_timeout) from None
    return rows[0]["result"] if rows else None


@strawberry.type(description="A change recorded in the change feed.")
class Change:
    event: strawberry.Private[Event]
    position: str = strawberry.field(description=_POSITION)
    kind: ChangeKindEnum = strawberry.field(description="The kind of object that changed.")  # type: ignore[valid-type]
    id: strawberry.ID = strawberry.field(description="The global id of the object that changed.")
    operation: ChangeOperation = strawberry.field(description=_OPERATION)  # type: ignore[valid-type]
    actor: str | None = strawberry.field(description=_ACTOR)
    at: dt.datetime = strawberry.field(description=_AT)

    @strawberry.field(description="The object as it is now; null once deleted.")
    async def node(self, info: Ctx) -> Node | None:
        return await _read_node(info, self.event)  # type: ignore[no-any-return]


@strawberry.type(description="A change to one song.")
class SongChange:
    event: strawberry.Private[Event]
    position: str = strawberry.field(description=_POSITION)
    operation: ChangeOperation = strawberry.field(description=_OPERATION)  # type: ignore[valid-type]
    actor: str | None = strawberry.field(description=_ACTOR)
    at: dt.datetime = strawberry.field(description=_AT)

    @strawberry.field(description="The song as it is now; null when it was deleted.")
    async def song(self, info: Ctx) -> Song | None:
        return await _read_node(info, self.event)  # type: ignore[no-any-return]


@strawberry.type(description="A change to one person.")
class PersonChange:
    event: strawberry.Private[Event]
    position: str = strawberry.field(description=_POSITION)
    operation: ChangeOperation = strawberry.field(description=_OPERATION)  # type: ignore[valid-type]
    actor: str | None = strawberry.field(description=_ACTOR)
    at: dt.datetime = strawberry.field(description=_AT)

    @strawberry.field(description="The person as they are now; null when deleted (or merged into another).")
    async def person(self, info: Ctx) -> Person | None:
        return await _read_node(info, self.event)  # type: ignore[no-any-return]


def _key(global_id: str, type_name: str, path: str) -> str:
    try:
        found, key = from_global_id(global_id, path)
    except BadUserInput as error:
        raise bad_input(error) from None
    if found != type_name:
        raise bad_input(BadUserInput(f"this is the id of a {found}, not of a {type_name}", path))
    return key


async def follow(info: Ctx, accepts: Callable[[Event], bool], since: str | None = None) -> AsyncIterator[Event]:
    """The events ``accepts`` lets through: those after ``since`` first (from Neo4j), then live ones, each once."""
    context = info.context
    hub = context.feed
    if hub is None:
        raise _error("subscriptions are not served here", SERVICE_UNAVAILABLE)
    resume_from = since or (context.live.resume if context.live else None)
    try:
        start = decode_position(resume_from, "since") if resume_from else None
    except BadUserInput as error:
        raise bad_input(error) from None
    listener = Listener(accepts, hub.limits.queue_limit, context.live.on_drop if context.live else None)
    await hub.listen(listener)
    try:
        epoch, last = start if start is not None else (None, 0)
        if start is not None:
            async for event in _backlog(info, start):
                last = event.seq
                if accepts(event):
                    yield event
        while True:
            try:
                event = await listener.next()
            except SlowConsumer as error:
                raise _error(str(error), SLOW_CONSUMER) from None
            if epoch is not None and event.epoch != epoch:
                raise _error("the change feed was reset (the graph was wiped); read again and resubscribe", FEED_RESET)
            epoch = event.epoch
            if event.seq <= last:
                continue  # handed out from the backlog already
            last = event.seq
            if context.live is not None:
                context.live.position = event.position
            yield event
    finally:
        hub.leave(listener)


async def _backlog(info: Ctx, start: tuple[str, int]) -> AsyncIterator[Event]:
    hub = info.context.feed
    assert hub is not None
    epoch, last = start
    while True:
        try:
            feed_epoch, head, events = await hub.backlog(last)
        except FeedUnavailable:
            raise _error("the change feed cannot be read right now; try again shortly", SERVICE_UNAVAILABLE) from None
        if feed_epoch != epoch:
            raise _error(
                "this position belongs to a change feed that no longer exists (the graph was wiped); read the "
                "current state and subscribe without since",
                FEED_RESET,
            )
        first = events[0].seq if events else head + 1
        if first != last + 1 and head > last:
            raise _error(
                f"the changes after position {epoch}.{last} were pruned from the feed; read the current state "
                "and subscribe without since",
                FEED_EXPIRED,
            )
        for event in events:
            last = event.seq
            if info.context.live is not None:
                info.context.live.position = event.position
            yield event
        if len(events) < PAGE:
            return


def _change(event: Event) -> Change:
    return Change(
        event=event,
        position=event.position,
        kind=event.kind,
        id=strawberry.ID(to_global_id(event.kind.value, event.key)),
        operation=event.op,
        actor=event.actor,
        at=event.at,
    )


@strawberry.type(
    description="Live changes, over WebSocket (graphql-transport-ws) or Server-Sent Events (/graphql/stream)."
)
class Subscription:
    @strawberry.subscription(
        description="Every change to one song from now on: the song as it is now, or null once deleted."
    )
    async def song_changed(
        self, info: Ctx, id: Annotated[strawberry.ID, strawberry.argument(description="The song's global id.")]
    ) -> AsyncGenerator[SongChange, None]:
        key = _key(id, "Song", "id")
        async for event in follow(info, lambda e: e.kind is ChangeKind.SONG and e.key == key):
            yield SongChange(event=event, position=event.position, operation=event.op, actor=event.actor, at=event.at)

    @strawberry.subscription(description="Every change to one person from now on.")
    async def person_changed(
        self, info: Ctx, id: Annotated[strawberry.ID, strawberry.argument(description="The person's global id.")]
    ) -> AsyncGenerator[PersonChange, None]:
        key = _key(id, "Person", "id")
        async for event in follow(info, lambda e: e.kind is ChangeKind.PERSON and e.key == key):
            yield PersonChange(event=event, position=event.position, operation=event.op, actor=event.actor, at=event.at)

    @strawberry.subscription(
        description="Every change, in the order they were committed. With `since` (a change's position), first "
        "every change after it that is still in the feed, each once and in order, then the live ones."
    )
    async def changes(
        self,
        info: Ctx,
        kinds: Annotated[
            list[ChangeKindEnum] | None,  # type: ignore[valid-type]
            strawberry.argument(description="Only changes to these kinds of object (all when omitted)."),
        ] = None,
        since: Annotated[
            str | None,
            strawberry.argument(
                description="A change's position: start with every change after it (null: only live changes)."
            ),
        ] = None,
    ) -> AsyncGenerator[Change, None]:
        wanted = frozenset(ChangeKind(kind) for kind in kinds) if kinds else None
        async for event in follow(info, lambda e: wanted is None or e.kind in wanted, since):
            yield _change(event)
