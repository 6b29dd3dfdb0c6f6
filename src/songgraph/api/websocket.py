"""Subscriptions over WebSocket (graphql-transport-ws only): the token in connection_init, limits, pings.

Close codes (each reason starts with our error code): 4403 UNAUTHENTICATED, 1013 TOO_MANY_CONNECTIONS
(try again later), 4008 SLOW_CONSUMER (resubscribe with ``since``), 4009 PING_TIMEOUT (no pong in time).
The legacy ``graphql-ws`` protocol is not offered: it lets a client subscribe before connection_init.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import time
from typing import Any

from graphql import GraphQLError
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import BaseGraphQLTransportWSHandler
from strawberry.subscriptions.protocols.graphql_transport_ws.types import (
    ConnectionInitMessage,
    ErrorMessage,
    PongMessage,
    SubscribeMessage,
)

from songgraph.api.context import REQUEST_STATEMENTS, Context, Live
from songgraph.api.fairness import Seat
from songgraph.api.http import GraphQLView
from songgraph.api.sharing import SharedStreams
from songgraph.api.subscriptions import TOO_MANY_CONNECTIONS, TOO_MANY_SUBSCRIPTIONS
from songgraph.auth import AuthFailure, authenticate
from songgraph.config import Settings

logger = logging.getLogger("songgraph.api")

UNAUTHENTICATED_CLOSE = 4403
TOO_MANY_CONNECTIONS_CLOSE = 1013
SLOW_CONSUMER_CLOSE = 4008
PING_TIMEOUT_CLOSE = 4009


class Gate:
    """Counts the subscription connections (WebSocket and SSE) of this process against its limit."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.open = 0

    def enter(self) -> bool:
        if self.open >= self.limit:
            return False
        self.open += 1
        return True

    def leave(self) -> None:
        self.open -= 1

    def refusal(self) -> str:
        return (
            f"{TOO_MANY_CONNECTIONS}: this server holds {self.limit:,} subscription connections, its limit; "
            "try again later"
        )


def _init_header(payload: dict[str, Any]) -> str | None:
    """The Authorization value of a connection_init payload: ``{"Authorization": "Bearer <token>"}``."""
    for name in ("Authorization", "authorization"):
        value = payload.get(name)
        if isinstance(value, str):
            return value
    return None


class SocketHandler(BaseGraphQLTransportWSHandler[Context, None]):
    view: LiveView

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Subscribers of one document share its execution (songgraph.api.sharing).
        self.schema = self.view.shared  # type: ignore[assignment]

    async def handle(self) -> None:
        gate = self.view.gate
        if not gate.enter():
            # A close reason is at most 123 bytes.
            await self.websocket.close(TOO_MANY_CONNECTIONS_CLOSE, f"{TOO_MANY_CONNECTIONS}: server full, retry later")
            return
        self._main = asyncio.current_task()
        self._dropping = False
        self._pong_due: float | None = None
        pinger = asyncio.create_task(self._ping())
        try:
            await super().handle()
        except asyncio.CancelledError:
            if not self._dropping:
                raise
        finally:
            gate.leave()
            pinger.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pinger

    async def handle_connection_init(self, message: ConnectionInitMessage) -> None:
        payload = message.get("payload") or {}
        if isinstance(payload, dict) and not self.connection_init_received:
            header = _init_header(payload)
            context = self.context
            try:
                principal = authenticate(header, self.view.settings.tokens) if header else context.principal
            except AuthFailure as error:
                await self.websocket.close(UNAUTHENTICATED_CLOSE, f"UNAUTHENTICATED: {error}")
                return
            if header is None and context.auth_error is not None:
                await self.websocket.close(UNAUTHENTICATED_CLOSE, f"UNAUTHENTICATED: {context.auth_error}")
                return
            if principal is None and not context.public_reads:
                await self.websocket.close(
                    UNAUTHENTICATED_CLOSE,
                    'UNAUTHENTICATED: send {"Authorization": "Bearer <token>"} as the connection_init payload',
                )
                return
            live = Live(on_drop=self._drop_slow)
            self.context = dataclasses.replace(context, principal=principal, auth_error=None, live=live)
        await super().handle_connection_init(message)

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        limit = self.view.settings.max_subscriptions_per_connection
        if self.connection_acknowledged and message["id"] not in self.operations and len(self.operations) >= limit:
            error = GraphQLError(
                f"this connection already runs {limit} subscriptions, the limit; complete one first",
                extensions={"code": TOO_MANY_SUBSCRIPTIONS},
            )
            await self.send_message(ErrorMessage(id=message["id"], type="error", payload=[error.formatted]))
            return
        # Each operation gets its own budget, statement share and place in the costly lane, not the connection's.
        self.context = dataclasses.replace(
            self.context, started=time.monotonic(), statements=asyncio.Semaphore(REQUEST_STATEMENTS), seat=Seat()
        )
        await super().handle_subscribe(message)

    async def handle_pong(self, message: PongMessage) -> None:
        self._pong_due = None

    async def _ping(self) -> None:
        interval = self.view.settings.ping_seconds
        while True:
            await asyncio.sleep(interval)
            if self._pong_due is not None and time.monotonic() > self._pong_due:
                await self._drop(PING_TIMEOUT_CLOSE, f"PING_TIMEOUT: no pong within {interval:g} s of a ping")
                return
            try:
                async with asyncio.timeout(interval):
                    await self.send_message({"type": "ping"})
            except TimeoutError:
                await self._drop(PING_TIMEOUT_CLOSE, f"PING_TIMEOUT: a ping could not be sent within {interval:g} s")
                return
            except Exception:  # the socket is gone; the handler's receive loop ends on its own
                return
            if self._pong_due is None:
                self._pong_due = time.monotonic() + interval

    def _drop_slow(self, reason: str) -> None:
        asyncio.get_running_loop().create_task(self._drop(SLOW_CONSUMER_CLOSE, reason[:120]))

    async def _drop(self, code: int, reason: str) -> None:
        """Closes the connection; one that cannot even take the close frame is cut off."""
        logger.info("subscription connection dropped: %s", reason)
        try:
            async with asyncio.timeout(2.0):
                await self.websocket.close(code, reason)
        except Exception:
            logger.debug("the close frame could not be sent; cutting the connection off")
        self._dropping = True
        if self._main is not None:
            self._main.cancel()


class LiveView(GraphQLView):
    """The GraphQL view with subscriptions: WebSocket upgrades of /graphql go to ``SocketHandler``."""

    graphql_transport_ws_handler_class = SocketHandler

    def __init__(self, *args: Any, gate: Gate, shared: SharedStreams, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.gate = gate
        self.shared = shared
        self.protocols = (GRAPHQL_TRANSPORT_WS_PROTOCOL,)
        # Our own limit (with a code) is checked first; Strawberry's would answer without one.
        self.max_subscriptions_per_connection = None

    @property
    def settings(self) -> Settings:
        return self._settings

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
        context = await super().get_context(request, response)
        if isinstance(request, WebSocket):
            return dataclasses.replace(context, feed=request.app.state.feed)
        return context
