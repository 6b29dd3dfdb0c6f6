"""GraphQL over HTTP on Strawberry's ASGI view: content negotiation and the status codes the spec asks for.

A client that accepts ``application/graphql-response+json`` gets that media type, and a request that
never reached execution (a parse, validation or variable error) is answered 400 with no ``data`` entry.
Clients asking for ``application/json`` (or anything, or nothing) get 200 as before.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from cross_web import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse
from strawberry.schema import BaseSchema
from strawberry.types import ExecutionResult

from songgraph.api.context import Context
from songgraph.auth import AuthFailure, authenticate
from songgraph.config import Settings

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
BAD_REQUEST = "BAD_REQUEST"
JSON = "application/json"


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
        request = Request(scope=scope, receive=receive)
        try:
            response = await self.run(request)
        except HTTPException as error:
            # Strawberry answers a malformed request in plain text; clients get a coded GraphQL error instead.
            body = {"errors": [{"message": error.reason, "extensions": {"code": BAD_REQUEST}}]}
            media_type = negotiate(request.headers.get("accept"))
            response = JSONResponse(body, status_code=error.status_code, media_type=media_type)
        await response(scope, receive, send)

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
