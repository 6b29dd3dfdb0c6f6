"""Admission to the GraphQL endpoint: a bounded number of running requests per client and in all.

A request over either limit is answered at once (503, ``Retry-After``, a coded ``SERVICE_UNAVAILABLE``
body) rather than queued, so one client cannot hold every connection of the driver's pool while others
wait. A client that comes back before the costly lane's Retry-After has passed is held until then. A
client is its token's name when it sends a valid token, else its address.

A request whose client disconnects before the answer is cancelled: Uvicorn only reports the disconnect
through ``receive()``, which nothing reads once the body is in, so a watcher reads it and cancels the
request's task; the database driver then drops the connection and Neo4j ends the transaction.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import time
from collections import Counter, deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from songgraph.api.errors import SERVICE_UNAVAILABLE
from songgraph.auth import AuthFailure, TokenEntry, authenticate

logger = logging.getLogger("songgraph.api")

# Where Admission leaves the client's key in the ASGI scope's state, for the GraphQL context.
CLIENT_STATE = "songgraph_client"
# How many clients the lane remembers turning away; beyond it, the oldest are forgotten first.
MAX_COOLING = 10_000
# A request from a client told to retry within this many seconds is held until then rather than refused:
# a client that ignores Retry-After and retries in a tight loop would otherwise cost the server (and the
# machine) a refusal each time. At most MAX_HELD requests are held in all, ``per_client`` per client.
MAX_HOLD_SECONDS = 2.0
MAX_HELD = 1_000
# When a costly request the lane could not take is told to come back (its client is held until then).
COSTLY_RETRY_SECONDS = 1
# A client that sent a request this recently is asking: the costly lane leaves it some of the cores.
ACTIVE_SECONDS = 2.0


def client_of(scope: Scope, tokens: tuple[TokenEntry, ...]) -> str:
    """Whose share a request counts against: a valid token's name, else the address it came from."""
    try:
        principal = authenticate(Headers(scope=scope).get("authorization"), tokens)
    except AuthFailure:
        principal = None
    if principal is not None:
        return f"token {principal.name}"
    client = scope.get("client")
    return f"address {client[0]}" if client else "address unknown"


class Admission:
    """ASGI middleware in front of one app (the GraphQL view); ``per_client`` and ``total`` running requests."""

    def __init__(
        self,
        app: ASGIApp,
        per_client: int,
        total: int,
        retry_after: int,
        tokens: tuple[TokenEntry, ...] = (),
        lane: CostlyLane | None = None,
    ) -> None:
        self.app = app
        self.lane = lane
        self.per_client = per_client
        self.total = total
        self.retry_after = retry_after
        self._tokens = tokens
        self._running: Counter[str] = Counter()
        self._held: Counter[str] = Counter()

    @property
    def running(self) -> int:
        return sum(self._running.values())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = client_of(scope, self._tokens)
        # The GraphQL context names the client too, so the costly lane can tell us whom it turned away.
        scope.setdefault("state", {})[CLIENT_STATE] = client
        cooling = self.lane.cooling(client) if self.lane is not None else 0.0
        if cooling > 0:
            held = self._held[client] < self.per_client and sum(self._held.values()) < MAX_HELD
            if cooling > MAX_HOLD_SECONDS or not held:
                await self._refuse(
                    send, "this client was told to retry its costly request later", retry_after=math.ceil(cooling)
                )
                return
            # Held, not counted among the running requests, until the client should have come back.
            self._held[client] += 1
            try:
                await asyncio.sleep(cooling)
            finally:
                self._held[client] -= 1
                if not self._held[client]:
                    del self._held[client]
        if self._running[client] >= self.per_client:
            await self._refuse(send, f"this client already has {self.per_client} requests running")
            return
        if self.running >= self.total:
            await self._refuse(send, f"the server already has {self.total} requests running")
            return
        self._running[client] += 1
        if self.lane is not None:
            self.lane.seen(client)
        try:
            await self._watched(scope, receive, send)
        finally:
            self._running[client] -= 1
            if not self._running[client]:
                del self._running[client]

    async def _refuse(self, send: Send, reason: str, retry_after: int | None = None) -> None:
        retry_after = self.retry_after if retry_after is None else retry_after
        message = f"{reason}; try again in {retry_after} s"
        body = json.dumps(
            {"errors": [{"message": message, "extensions": {"code": SERVICE_UNAVAILABLE, "reason": "overloaded"}}]}
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 503,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"retry-after", str(retry_after).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def _watched(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Runs the app with the watcher as the only reader of ``receive`` (one message ahead, for back-pressure);
        a client that goes away before it is answered has its request cancelled."""
        inbox: asyncio.Queue[Message] = asyncio.Queue(maxsize=1)
        answered = False
        abandoned = False
        # The app runs in this task (a task of its own per request cost a tenth of a light request's time):
        # the watcher cancels this one, and tells its own cancellation from any other by ``abandoned``.
        request = asyncio.current_task()
        assert request is not None

        async def app_receive() -> Message:
            return await inbox.get()

        async def app_send(message: Message) -> None:
            nonlocal answered
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                answered = True
            await send(message)

        async def watch() -> None:
            nonlocal abandoned
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    if not answered:
                        logger.info("client went away; cancelling its request to %s", scope.get("path"))
                        abandoned = True
                        request.cancel()
                    await inbox.put(message)
                    return
                await inbox.put(message)

        watcher = asyncio.create_task(watch())
        try:
            await self.app(scope, app_receive, app_send)
        except asyncio.CancelledError:
            # Cancelled for the client that left, the request ends here; cancelled from elsewhere too (the
            # server shutting down), the cancellation goes on.
            if not abandoned or request.uncancel() > 0:
                raise
        else:
            if abandoned:
                # The app ended without the cancellation reaching it: it is not left pending on this task.
                request.uncancel()
        finally:
            watcher.cancel()


class CostlyLane:
    """At most ``slots`` costly requests (by the cost model's estimate) run at once in this process.

    Two cores serve a few heavy walks at a time; sixteen at once leave a light request waiting behind all of
    them. With ``share`` below 1 a slot also rests after each request, in proportion to how long that one
    held it, so costly work keeps at most that share of the slot's time. A costly request that finds every
    slot taken waits its turn, first come first served, for at most ``wait_seconds``, and only ``queue`` of
    them wait: past either it is refused (``SERVICE_UNAVAILABLE``) and its client is told when to retry;
    until then Admission holds that client's requests at the door, before their bodies are read or parsed,
    so a client that retries in a tight loop costs the server almost nothing while light requests keep
    their latency and heavy ones take turns. A waiting request holds no connection to Neo4j.
    """

    def __init__(self, slots: int, queue: int | None = None, wait_seconds: float = 2.0, share: float = 1.0) -> None:
        self.slots = slots
        self.queue = 4 * slots if queue is None else queue
        self.wait_seconds = wait_seconds
        self.share = share
        self.running = 0
        # When each resting slot may be taken again. Kept as times, not counted down by timers alone, so
        # that the lane stays right when the event loop that scheduled a wake-up is gone (tests, restarts).
        self._resting: list[float] = []
        self._waiting: deque[asyncio.Future[None]] = deque()
        self._until: dict[str, float] = {}
        # When each client last sent a request (Admission tells): a slot rests only when someone else asks.
        self._seen: dict[str, float] = {}

    @property
    def waiting(self) -> int:
        return len(self._waiting)

    def free(self, now: float | None = None) -> int:
        """Slots neither held nor resting."""
        now = time.monotonic() if now is None else now
        self._resting = [until for until in self._resting if until > now]
        return self.slots - self.running - len(self._resting)

    def seen(self, client: str) -> None:
        now = time.monotonic()
        if len(self._seen) >= MAX_COOLING:
            self._seen = {key: at for key, at in self._seen.items() if now - at < ACTIVE_SECONDS}
            while len(self._seen) >= MAX_COOLING:
                del self._seen[next(iter(self._seen))]
        self._seen.pop(client, None)
        self._seen[client] = now

    def others_active(self, client: str) -> bool:
        """Whether a client other than ``client`` sent a request in the last ACTIVE_SECONDS."""
        now = time.monotonic()
        return any(key != client and now - at < ACTIVE_SECONDS for key, at in reversed(self._seen.items()))

    def reserve(self, client: str = "-") -> Ticket | None:
        """A place in the lane, taken when a document is judged (synchronously): a slot at once when one is
        free, else a place in the queue; None when the queue is full (or no event loop runs: nothing to wait
        in, as in a synchronous execution)."""
        try:
            turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        except RuntimeError:
            return None
        now = time.monotonic()
        if not self._waiting and self.free(now) > 0:
            self.running += 1
            turn.set_result(None)
            return Ticket(self, turn, now, client, granted_at=now)
        if len(self._waiting) >= self.queue or self.wait_seconds <= 0:
            return None
        self._waiting.append(turn)
        if self._resting:
            # Woken in this loop when the first resting slot may be taken again.
            asyncio.get_running_loop().call_later(min(self._resting) - now, self._wake)
        return Ticket(self, turn, now + self.wait_seconds, client)

    def _abandon(self, turn: asyncio.Future[None]) -> None:
        """A turn still waiting stops waiting (its request gave up or went away)."""
        if not turn.done():
            turn.cancel()
            self._waiting.remove(turn)

    def leave(self, held_seconds: float = 0.0, client: str = "-") -> None:
        """``client``'s request that held a slot for ``held_seconds`` is done: after the slot's rest (see
        ``share``), it goes to the longest-waiting request, or is freed. The slot rests only while other
        clients are asking: with no one else to leave the cores to, resting would only slow the one asking."""
        self.running -= 1
        rest = held_seconds * (1 / self.share - 1)
        if rest > 0 and self.others_active(client):
            self._resting.append(time.monotonic() + rest)
            asyncio.get_running_loop().call_later(rest, self._wake)
        self._wake()

    def _wake(self) -> None:
        """Hands the free slots to the longest-waiting requests."""
        while self._waiting and self.free() > 0:
            turn = self._waiting.popleft()
            if turn.done() or turn.get_loop().is_closed():
                continue
            self.running += 1
            turn.set_result(None)

    def cool(self, client: str, seconds: float) -> None:
        """``client`` was told to retry in ``seconds``: its requests before then are refused at the door."""
        if len(self._until) >= MAX_COOLING:
            now = time.monotonic()
            self._until = {key: until for key, until in self._until.items() if until > now}
            while len(self._until) >= MAX_COOLING:
                del self._until[next(iter(self._until))]
        self._until[client] = time.monotonic() + seconds

    def cooling(self, client: str) -> float:
        """Seconds until ``client`` may come back (0 when it may now)."""
        until = self._until.get(client)
        if until is None:
            return 0.0
        left = until - time.monotonic()
        if left <= 0:
            del self._until[client]
            return 0.0
        return left


@dataclass
class Ticket:
    """A costly request's place in the lane: taken when its document is judged, waited on by its statements
    (which then run one at a time), given back when the operation ends."""

    lane: CostlyLane
    turn: asyncio.Future[None]
    deadline: float
    client: str = "-"
    granted_at: float | None = None
    one_at_a_time: asyncio.Lock = field(default_factory=asyncio.Lock)
    # The request's statements waiting for the slot or running in it (a request may have several root fields).
    users: int = 0

    @property
    def granted(self) -> bool:
        return self.turn.done() and not self.turn.cancelled()

    async def wait(self) -> bool:
        """True once the slot is this request's; False when the wait ran past the lane's ``wait_seconds``."""
        if not self.turn.done():
            try:
                await asyncio.wait({self.turn}, timeout=max(0.0, self.deadline - time.monotonic()))
            finally:
                self.lane._abandon(self.turn)
        if self.granted and self.granted_at is None:
            self.granted_at = time.monotonic()
        return self.granted

    def give_back(self) -> None:
        if self.granted:
            self.lane.leave(time.monotonic() - (self.granted_at or time.monotonic()), self.client)
        else:
            self.lane._abandon(self.turn)


@dataclass
class Seat:
    """Where a request keeps its ticket of the costly lane, when its document earned it one."""

    ticket: Ticket | None = None
    # The lane whose ticket the request gave back to follow an identical read: a read it must still run
    # itself takes a new place in it.
    lane: CostlyLane | None = None

    def step_aside(self) -> None:
        """Gives the ticket back while none of the request's statements waits for it or holds it: a request
        that waits for another's identical read needs no turn of its own, and its place goes to one that does."""
        ticket = self.ticket
        if ticket is not None and not ticket.users:
            ticket.give_back()
            self.ticket, self.lane = None, ticket.lane

    def give_back(self) -> None:
        if self.ticket is not None:
            self.ticket.give_back()
            self.ticket = None


class FairShare:
    """At most ``slots`` statements of GraphQL requests run on Neo4j at once in this process, and when more
    wait, the next slot goes to the waiting client that has had the least of Neo4j's time lately.

    A client's recent use is the time its statements held slots, halved every ``half_life`` seconds. A client
    that asks now and then has almost none, so its statement is next whatever others have queued: it waits
    for one running statement to end, not behind everyone's queue (round-robin would make it wait for one of
    each). Slots near the number of cores keep each statement at full speed rather than sharing the cores
    among dozens. A waiting statement holds no connection to Neo4j; its request's budget still runs.
    """

    def __init__(self, slots: int, half_life: float = 2.0) -> None:
        self.slots = slots
        self.half_life = half_life
        self.running = 0
        self._waiting: dict[str, deque[asyncio.Future[None]]] = {}
        self._use: dict[str, tuple[float, float]] = {}

    @property
    def waiting(self) -> int:
        return sum(len(queue) for queue in self._waiting.values())

    @contextlib.asynccontextmanager
    async def turn(self, client: str) -> AsyncIterator[None]:
        await self._acquire(client)
        started = time.monotonic()
        try:
            yield
        finally:
            self._used(client, time.monotonic() - started)
            self._release()

    def use(self, client: str, now: float | None = None) -> float:
        """``client``'s recent use of Neo4j, in decayed seconds."""
        amount, at = self._use.get(client, (0.0, 0.0))
        now = time.monotonic() if now is None else now
        decay: float = 0.5 ** ((now - at) / self.half_life)
        return amount * decay

    def _used(self, client: str, seconds: float) -> None:
        now = time.monotonic()
        self._use[client] = (self.use(client, now) + seconds, now)
        if len(self._use) > MAX_COOLING:
            # Forget the clients whose use has decayed to nothing (a client is an address or a token).
            self._use = {key: value for key, value in self._use.items() if self.use(key, now) > 1e-3}

    async def _acquire(self, client: str) -> None:
        if self.running < self.slots and not self._waiting:
            self.running += 1
            return
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(client, deque()).append(turn)
        try:
            await turn
        except asyncio.CancelledError:
            if turn.done() and not turn.cancelled():
                # The slot was handed over as the request went away: pass it on.
                self._release()
            else:
                queue = self._waiting.get(client)
                if queue is not None and turn in queue:
                    queue.remove(turn)
                    if not queue:
                        del self._waiting[client]
            raise

    def _release(self) -> None:
        now = time.monotonic()
        while self._waiting:
            client = min(self._waiting, key=lambda key: self.use(key, now))
            queue = self._waiting[client]
            turn = queue.popleft()
            if not queue:
                del self._waiting[client]
            if not turn.done():
                turn.set_result(None)
                return
        self.running -= 1
