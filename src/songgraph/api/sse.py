"""Subscriptions over Server-Sent Events, for clients that cannot open a WebSocket (``curl -N``, proxies).

One subscription per request (GET with ``query``/``variables``/``operationName`` parameters, or POST
with the usual JSON body), answered as ``text/event-stream``: an ``event: next`` per result whose
``id`` is the change's position, ``event: complete`` at the end, and a ``: ping`` comment every
``ping_seconds``. A reconnecting EventSource sends ``Last-Event-ID``; ``changes`` resumes from it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import uuid
from typing import Any

from graphql import GraphQLError
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.types import Message, Receive, Scope, Send
from strawberry.types import ExecutionResult

from songgraph.api.context import Context, Live
from songgraph.api.errors import BAD_REQUEST, UNAUTHENTICATED, for_client
from songgraph.api.sharing import SharedStreams
from songgraph.api.subscriptions import SLOW_CONSUMER, TOO_MANY_CONNECTIONS
from songgraph.api.websocket import Gate
from songgraph.auth import AuthFailure, authenticate
from songgraph.config import Settings

logger = logging.getLogger("songgraph.api")


class _Refused(Exception):
    def __init__(self, status: int, message: str, code: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


def _json(raw: str | None, what: str) -> Any:
    if raw is None or raw == "":
        return None
    try:
        return json.loads(raw)
    except ValueError:
        raise _Refused(400, f"{what} is not valid JSON", BAD_REQUEST) from None


async def _request(request: Request, settings: Settings) -> tuple[str, dict[str, Any] | None, str | None]:
    """``(query, variables, operationName)`` from the query string (GET) or the JSON body (POST)."""
    if request.method == "GET":
        params = request.query_params
        query, variables, name = (
            params.get("query"),
            _json(params.get("variables"), "variables"),
            params.get("operationName"),
        )
    else:
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > settings.max_body_bytes:
                raise _Refused(413, f"the request body is larger than {settings.max_body_bytes:,} bytes", BAD_REQUEST)
        data = _json(body.decode("utf-8", errors="replace"), "the request body")
        if not isinstance(data, dict):
            raise _Refused(400, 'the request body must be a JSON object such as {"query": "..."}', BAD_REQUEST)
        query, variables, name = data.get("query"), data.get("variables"), data.get("operationName")
    if not isinstance(query, str) or not query.strip():
        raise _Refused(400, "give the subscription document as 'query'", BAD_REQUEST)
    if variables is not None and not isinstance(variables, dict):
        raise _Refused(400, "'variables' must be a JSON object", BAD_REQUEST)
    if name is not None and not isinstance(name, str):
        raise _Refused(400, "'operationName' must be a string", BAD_REQUEST)
    return query, variables, name


def _frame(result: ExecutionResult, request_id: str, position: str | None) -> str:
    payload: dict[str, Any] = {"data": result.data}
    if result.errors:
        payload["errors"] = [for_client(error, request_id).formatted for error in result.errors]
    lines = [f"id: {position}"] if position else []
    lines += ["event: next", f"data: {json.dumps(payload, default=str)}"]
    return "\n".join(lines) + "\n\n"


class EventStream:
    """The ASGI endpoint of ``/graphql/stream``."""

    def __init__(self, schema: SharedStreams, settings: Settings, gate: Gate) -> None:
        self.schema = schema
        self.settings = settings
        self.gate = gate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        request_id = uuid.uuid4().hex[:16]
        try:
            if request.method not in {"GET", "POST"}:
                raise _Refused(405, "subscribe with GET (query parameters) or POST (a JSON body)", BAD_REQUEST)
            query, variables, name = await _request(request, self.settings)
            try:
                principal = authenticate(request.headers.get("authorization"), self.settings.tokens)
            except AuthFailure as error:
                raise _Refused(401, str(error), UNAUTHENTICATED) from None
            if principal is None and not self.settings.public_reads:
                raise _Refused(
                    401, "subscriptions need a token here: send 'Authorization: Bearer <token>'", UNAUTHENTICATED
                )
            if not self.gate.enter():
                raise _Refused(503, self.gate.refusal(), TOO_MANY_CONNECTIONS)
        except _Refused as refused:
            body = {"errors": [{"message": str(refused), "extensions": {"code": refused.code}}]}
            headers = {"Retry-After": str(self.settings.retry_after_seconds)} if refused.status == 503 else None
            await JSONResponse(body, status_code=refused.status, headers=headers)(scope, receive, send)
            return
        try:
            await self._stream(request, send, receive, query, variables, name, principal, request_id)
        finally:
            self.gate.leave()

    async def _stream(
        self,
        request: Request,
        send: Send,
        receive: Receive,
        query: str,
        variables: dict[str, Any] | None,
        name: str | None,
        principal: Any,
        request_id: str,
    ) -> None:
        dropped = asyncio.Event()
        reasons: list[str] = []

        def on_drop(reason: str) -> None:
            reasons.append(reason)
            dropped.set()

        live = Live(on_drop=on_drop, resume=request.headers.get("last-event-id") or None)
        context = Context(
            db=request.app.state.db,
            principal=principal,
            public_reads=self.settings.public_reads,
            request_id=request_id,
            feed=request.app.state.feed,
            live=live,
        )
        lock = asyncio.Lock()
        ping = self.settings.ping_seconds

        async def write(text: str) -> None:
            # A send that takes a whole ping interval means the client stopped reading: it is dropped.
            async with lock, asyncio.timeout(ping):
                await send({"type": "http.response.body", "body": text.encode("utf-8"), "more_body": True})

        async def pump() -> None:
            results = await self.schema.subscribe(
                query, variable_values=variables, context_value=context, operation_name=name
            )
            async with contextlib.aclosing(results):
                async for result in results:
                    await write(_frame(result, request_id, live.position))
            await write("event: complete\ndata: \n\n")

        async def pinger() -> None:
            while True:
                await asyncio.sleep(ping)
                await write(": ping\n\n")

        async def gone() -> None:
            while True:
                message: Message = await receive()
                if message["type"] == "http.disconnect":
                    return

        headers = [
            (b"content-type", b"text/event-stream; charset=utf-8"),
            (b"cache-control", b"no-cache"),
            (b"x-accel-buffering", b"no"),
            (b"x-request-id", request_id.encode()),
        ]
        await send({"type": "http.response.start", "status": 200, "headers": headers})

        async def slow() -> None:
            await dropped.wait()

        tasks = [asyncio.create_task(job()) for job in (pump, pinger, gone, slow)]
        try:
            done, _pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        if dropped.is_set():
            error = GraphQLError(reasons[0], extensions={"code": SLOW_CONSUMER})
            with contextlib.suppress(Exception):
                await write(f"event: next\ndata: {json.dumps({'errors': [error.formatted]})}\n\n")
        for task in done:
            if not task.cancelled() and task.exception() is not None and not isinstance(task.exception(), TimeoutError):
                logger.error("request %s: the event stream failed", request_id, exc_info=task.exception())
        with contextlib.suppress(Exception):
            await send({"type": "http.response.body", "body": b"", "more_body": False})
