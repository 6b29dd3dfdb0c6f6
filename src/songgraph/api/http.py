"""GraphQL over HTTP on Strawberry's ASGI view: content negotiation and the status codes the spec asks for.

A client that accepts ``application/graphql-response+json`` gets that media type, and a request that
never reached execution (a parse, validation or variable error) is answered 400 with no ``data`` entry.
Clients asking for ``application/json`` (or anything, or nothing) get 200 as before.

Whatever is not a GraphQL request is refused here with a coded JSON error, before the token is looked at:
a body over the size limit (413, counted while it is read), one that is not UTF-8 JSON, not an object,
or nested too deeply (400). A client that goes away mid-body is simply not answered.
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import logging
import uuid
from collections.abc import Callable
from typing import Any

import orjson
from cross_web import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse
from strawberry.schema import BaseSchema
from strawberry.types import ExecutionResult

from songgraph.api.context import Context
from songgraph.api.errors import BAD_REQUEST, PAYLOAD_TOO_LARGE
from songgraph.api.fairness import CLIENT_STATE
from songgraph.auth import AuthFailure, authenticate
from songgraph.config import Settings
from songgraph.errors import shorten

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
# Bodies larger than this are decoded in a worker thread (see GraphQLView.parse_http_body).
OFF_LOOP_BYTES = 64 * 1024
# The body a worker thread has already decoded for this request, and its value.
_DECODED: contextvars.ContextVar[tuple[bytes, Any] | None] = contextvars.ContextVar("decoded_body", default=None)
JSON = "application/json"
logger = logging.getLogger("songgraph.api")


class BodyTooLarge(Exception):
    """The request body grew past the limit while it was being read."""


def bounded(receive: Receive, limit: int) -> Receive:
    """``receive`` that refuses a body longer than ``limit`` bytes as soon as it gets that long."""
    read = 0

    async def receive_bounded() -> Message:
        nonlocal read
        message = await receive()
        if message["type"] == "http.request":
            read += len(message.get("body", b""))
            if read > limit:
                raise BodyTooLarge
        return message

    return receive_bounded


def json_depth(value: Any, limit: int) -> int:
    """How deeply ``value`` nests (a scalar is 0), counting no further than ``limit + 1``; level by level,
    without recursion, looking at each item once (bodies hold up to a million of them)."""
    depth = 0
    level = [value] if isinstance(value, dict | list) else []
    while level and depth <= limit:
        depth += 1
        level = [
            child
            for item in level
            for child in (item.values() if isinstance(item, dict) else item)
            if child.__class__ in _CONTAINERS
        ]
    return depth


_CONTAINERS = (dict, list)


def _weights(accept: str) -> dict[str, float]:
    weights: dict[str, float] = {}
    for item in accept.split(","):
        media_type, *parameters = (part.strip() for part in item.split(";"))
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        key = media_type.lower()
        weights[key] = max(quality, weights.get(key, 0.0))
    return weights


def negotiate(accept: str | None) -> str:
    """The media type to answer with: graphql-response+json only when named and not ranked below JSON.

    ``*/*`` and a missing header mean application/json, which every GraphQL client understands.
    """
    if not accept:
        return JSON
    weights = _weights(accept)
    wanted = weights.get(GRAPHQL_RESPONSE_JSON, 0.0)
    json = max(weights.get(JSON, 0.0), weights.get("application/*", 0.0), weights.get("*/*", 0.0))
    return GRAPHQL_RESPONSE_JSON if wanted > 0 and wanted >= json else JSON


def is_request_error(result: ExecutionResult) -> bool:
    """Errors raised before execution (parsing, validation, variable coercion) carry no path and leave no data."""
    errors = result.errors or []
    return result.data is None and bool(errors) and all(error.path is None for error in errors)


class GraphQLView(GraphQL[Context, None]):
    """Strawberry's ASGI view with our context, our GraphiQL page and GraphQL over HTTP's media types.

    ``ide_page`` answers a browser's GET; without it there is no GraphiQL (404).
    """

    def __init__(self, schema: BaseSchema, settings: Settings, ide_page: Callable[[], Response] | None) -> None:
        super().__init__(schema, graphql_ide="graphiql" if ide_page else None)
        self._settings = settings
        self._ide_page = ide_page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        limit = self._settings.max_body_bytes
        request = Request(scope=scope, receive=bounded(receive, limit))
        too_large = (
            f"the request body is larger than {limit:,} bytes; send at most that much "
            "(pass long values as variables, split imports)"
        )
        try:
            declared = request.headers.get("content-length", "")
            if declared.isdecimal() and int(declared) > limit:
                raise HTTPException(413, too_large)
            # Read (and bound) the whole body before anything else looks at the request, the token included.
            await request.body()
            response = await self.run(request)
        except BodyTooLarge:
            response = self._error(request, 413, too_large, PAYLOAD_TOO_LARGE)
        except HTTPException as error:
            # Strawberry answers a malformed request in plain text; clients get a coded GraphQL error instead.
            code = PAYLOAD_TOO_LARGE if error.status_code == 413 else BAD_REQUEST
            response = self._error(request, error.status_code, error.reason, code)
        except ClientDisconnect:
            # Nobody is left to answer; not a fault of ours, so no traceback either.
            logger.info("client went away before sending the whole request")
            return
        await response(scope, receive, send)

    def _error(self, request: Request, status: int, reason: str, code: str) -> Response:
        # Strawberry's reasons may quote the request (an unknown operationName): shortened, and ASCII-escaped
        # so that a lone surrogate in it cannot break the encoding of the answer.
        body = {"errors": [{"message": shorten(reason, 300), "extensions": {"code": code}}]}
        media_type = negotiate(request.headers.get("accept"))
        return Response(json.dumps(body), status_code=status, media_type=media_type)

    def encode_json(self, data: object) -> str:
        # Text, not bytes: Strawberry sends bytes over a WebSocket as binary frames, which GraphQL clients
        # (graphql-ws) do not read as messages.
        try:
            return orjson.dumps(data).decode()
        except TypeError:
            # A lone surrogate quoted from a client's input is not UTF-8: json escapes it instead of failing.
            return json.dumps(data, separators=(",", ":"))

    async def parse_http_body(self, request: Any) -> Any:
        # A large body takes milliseconds to seconds of CPU to decode: in a worker thread, so the event loop
        # keeps serving other clients meanwhile. Strawberry then finds the decoded value in parse_json.
        if request.method == "POST":
            body = await request.get_body()
            if isinstance(body, bytes) and len(body) > OFF_LOOP_BYTES:
                decoded = await asyncio.to_thread(self.parse_json, body)
                token = _DECODED.set((body, decoded))
                try:
                    return await super().parse_http_body(request)
                finally:
                    _DECODED.reset(token)
        return await super().parse_http_body(request)

    def parse_json(self, data: str | bytes) -> Any:
        """JSON from the body (bytes) or a query parameter (text), refused with a reason when unusable."""
        decoded = _DECODED.get()
        if decoded is not None and decoded[0] is data:
            return decoded[1]
        what = "the request body" if isinstance(data, bytes) else "a query parameter"
        try:
            value = json.loads(data)
        except UnicodeDecodeError as error:
            raise HTTPException(400, f"{what} is not valid UTF-8 (byte {error.start})") from None
        except RecursionError:
            raise HTTPException(400, f"{what} is JSON nested too deeply") from None
        except json.JSONDecodeError as error:
            raise HTTPException(400, f"{what} is not valid JSON: {error.msg} at character {error.pos}") from None
        except ValueError:
            # Python refuses to convert integers of more than 4,300 digits.
            raise HTTPException(400, f"{what} holds an integer too long to read (over 4,300 digits)") from None
        depth = json_depth(value, self._settings.max_json_depth)
        if depth > self._settings.max_json_depth:
            raise HTTPException(400, f"{what} is JSON nested more than {self._settings.max_json_depth} levels deep")
        # Strawberry takes a body that is not an object (nor a batch) for one: a string, number or null.
        if isinstance(data, bytes) and not isinstance(value, dict | list):
            raise HTTPException(
                400, 'the request body must be a JSON object such as {"query": "...", "variables": {...}}'
            )
        return value

    async def render_graphql_ide(self, request: Request) -> Response:
        assert self._ide_page is not None  # Strawberry only asks when graphql_ide is set
        return self._ide_page()

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
        # A fresh id per request, echoed in a header and in masked errors, to find the server's log line.
        request_id = uuid.uuid4().hex[:16]
        if isinstance(response, Response):
            response.headers["X-Request-ID"] = request_id
        principal, auth_error = None, None
        try:
            principal = authenticate(request.headers.get("authorization"), self._settings.tokens)
        except AuthFailure as error:
            auth_error = str(error)
        return Context(
            db=request.app.state.db,
            principal=principal,
            auth_error=auth_error,
            public_reads=self._settings.public_reads,
            request_id=request_id,
            page_budget_seconds=self._settings.page_budget_seconds,
            client=request.scope.get("state", {}).get(CLIENT_STATE, "-"),
            share=getattr(request.app.state, "share", None),
            inflight=getattr(request.app.state, "inflight", None),
        )

    async def get_sub_response(self, request: Request | WebSocket) -> Response:
        sub_response = await super().get_sub_response(request)
        # Carried to create_response, which is not given the request.
        sub_response.media_type = negotiate(request.headers.get("accept"))
        return sub_response

    async def process_result(self, request: Request, result: ExecutionResult) -> GraphQLHTTPResponse:
        response = await super().process_result(request, result)
        if is_request_error(result) and negotiate(request.headers.get("accept")) == GRAPHQL_RESPONSE_JSON:
            # The spec's mark of a request error: the response has no data entry at all.
            response.pop("data", None)
        return response

    def create_response(
        self, response_data: GraphQLHTTPResponse | list[GraphQLHTTPResponse], sub_response: Response
    ) -> Response:
        response = super().create_response(response_data, sub_response)
        if sub_response.media_type == GRAPHQL_RESPONSE_JSON:
            response.headers["content-type"] = GRAPHQL_RESPONSE_JSON
            if isinstance(response_data, dict) and "data" not in response_data and not sub_response.status_code:
                response.status_code = 400
        return response
