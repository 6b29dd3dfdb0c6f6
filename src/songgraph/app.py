"""``create_app(settings)``: the Starlette application, with the driver opened and closed in its lifespan."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route
from strawberry.asgi import GraphQL

from songgraph.api.context import Context
from songgraph.api.graphiql import graphiql_page
from songgraph.api.schema import build_schema
from songgraph.auth import AuthFailure, authenticate
from songgraph.config import Settings
from songgraph.db import Database


class SonggraphGraphQL(GraphQL[Context, None]):
    """Strawberry's ASGI view with our context and our GraphiQL page (example tabs included)."""

    def __init__(self, schema: Any, settings: Settings, **kwargs: Any) -> None:
        super().__init__(schema, **kwargs)
        self.settings = settings

    async def get_context(self, request: Any, response: Any) -> Context:
        # A fresh id per request, echoed in a header and in masked errors, to find the server's log line.
        request_id = uuid.uuid4().hex[:16]
        response.headers["X-Request-ID"] = request_id
        principal, auth_error = None, None
        try:
            principal = authenticate(request.headers.get("authorization"), self.settings.tokens)
        except AuthFailure as error:
            auth_error = str(error)
        return Context(
            db=request.app.state.db,
            principal=principal,
            auth_error=auth_error,
            public_reads=self.settings.public_reads,
            request_id=request_id,
        )

    async def render_graphql_ide(self, request: Any) -> HTMLResponse:
        return HTMLResponse(graphiql_page())


def create_app(settings: Settings, db: Database | None = None) -> Starlette:
    """The app; pass ``db`` to share a driver (tests), otherwise one is opened from ``settings``."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        owned = db is None
        app.state.db = db if db is not None else Database.connect(settings)
        try:
            yield
        finally:
            if owned:
                await app.state.db.close()

    graphql = SonggraphGraphQL(
        build_schema(settings.max_query_depth, settings.introspection),
        settings,
        graphql_ide="graphiql" if settings.graphiql else None,
    )

    async def health(_request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def ready(request: Request) -> Response:
        if await request.app.state.db.ping():
            return JSONResponse({"status": "ready"})
        return JSONResponse({"status": "unavailable", "detail": "Neo4j does not answer"}, status_code=503)

    async def home(_request: Request) -> Response:
        return RedirectResponse("/graphql")

    return Starlette(
        routes=[
            Route("/", home),
            Route("/health", health),
            Route("/ready", ready),
            Route("/graphql", graphql, methods=["GET", "POST"]),
        ],
        lifespan=lifespan,
    )
