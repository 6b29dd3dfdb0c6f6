"""``create_app(settings)``: the Starlette application, with the driver opened and closed in its lifespan."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute

from songgraph.api.examples import EXAMPLES
from songgraph.api.fairness import Admission, CostlyLane, FairShare
from songgraph.api.inflight import InFlight
from songgraph.api.limits import Limits
from songgraph.api.list_sizes import ListSizes
from songgraph.api.schema import build_schema
from songgraph.api.sharing import SharedStreams
from songgraph.api.sse import EventStream
from songgraph.api.websocket import Gate, LiveView
from songgraph.config import Settings
from songgraph.db import Database
from songgraph.feed.hub import FeedLimits, Hub
from songgraph.web.assets import EXPLORE_ENTRIES, GRAPHIQL_ENTRIES, STATIC_PREFIX, load_bundle, static_files
from songgraph.web.pages import explore_page, graphiql_page, not_built_page
from songgraph.web.security import SecurityHeaders

# How long start-up waits for the first read of the graph's list sizes before serving without them.
FIRST_READ_SECONDS = 5.0


def _cors(settings: Settings) -> list[Middleware]:
    """Browser pages on the configured origins may call the API (preflight answered); none by default."""
    if not settings.cors_origins:
        return []
    return [
        Middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "Accept"],
            expose_headers=["X-Request-ID"],
            max_age=600,
        )
    ]


def feed_limits(settings: Settings) -> FeedLimits:
    return FeedLimits(
        poll_seconds=settings.feed_poll_seconds,
        queue_limit=settings.subscription_queue,
        prune_seconds=settings.feed_prune_seconds,
        retention_seconds=settings.feed_retention_seconds,
        max_age_seconds=settings.feed_max_age_seconds,
        max_events=settings.feed_max_events,
    )


def create_app(settings: Settings, db: Database | None = None) -> Starlette:
    """The app; pass ``db`` to share a driver (tests), otherwise one is opened from ``settings``."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        owned = db is None
        app.state.db = db if db is not None else Database.connect(settings)
        # One feed reader per process (README, "Subscriptions"); it polls only while someone subscribes.
        app.state.feed = Hub(app.state.db, feed_limits(settings))
        app.state.feed.start_pruning()
        app.state.share = FairShare(settings.statement_slots)
        app.state.inflight = InFlight() if settings.shared_reads else None
        # The cost model's list sizes: the first read is awaited (briefly), so that the first requests are
        # already judged by the graph they will walk.
        refreshing = asyncio.create_task(sizes.keep_fresh(app.state.db), name="songgraph-list-sizes")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(sizes.first_read.wait()), FIRST_READ_SECONDS)
        try:
            yield
        finally:
            refreshing.cancel()
            await app.state.feed.close()
            if owned:
                await app.state.db.close()

    def graphiql() -> Response:
        bundle = load_bundle(settings.web_dist)
        if bundle is None or not bundle.has(*GRAPHIQL_ENTRIES):
            return HTMLResponse(not_built_page("GraphiQL"), status_code=503)
        return HTMLResponse(graphiql_page(bundle, EXAMPLES))

    limits = Limits.from_settings(settings)
    lane = CostlyLane(limits.costly_slots, share=limits.costly_share)
    sizes = ListSizes()
    schema = build_schema(settings.max_query_depth, settings.introspection, limits, lane, sizes)
    gate = Gate(settings.max_subscription_connections)
    shared = SharedStreams(schema, settings.subscription_queue)
    graphql = LiveView(schema, settings, ide_page=graphiql if settings.graphiql else None, gate=gate, shared=shared)

    async def health(_request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def ready(request: Request) -> Response:
        if await request.app.state.db.ping():
            return JSONResponse({"status": "ready"})
        return JSONResponse({"status": "unavailable", "detail": "Neo4j does not answer"}, status_code=503)

    async def home(_request: Request) -> Response:
        return RedirectResponse("/graphql")

    async def explore(_request: Request) -> Response:
        bundle = load_bundle(settings.web_dist)
        if bundle is None or not bundle.has(*EXPLORE_ENTRIES):
            return HTMLResponse(not_built_page("The explorer"), status_code=503)
        return HTMLResponse(explore_page(bundle))

    return Starlette(
        routes=[
            Route("/", home),
            Route("/health", health),
            Route("/ready", ready),
            # Every method reaches the view, so an unsupported one is answered as a coded GraphQL error too.
            Route(
                "/graphql",
                Admission(
                    graphql,
                    per_client=settings.client_concurrency,
                    total=settings.total_concurrency,
                    retry_after=settings.retry_after_seconds,
                    tokens=settings.tokens,
                    lane=lane,
                ),
            ),
            # Subscriptions over WebSocket (graphql-transport-ws) on the same path as queries.
            WebSocketRoute("/graphql", graphql),
            Route("/graphql/stream", EventStream(shared, settings, gate), methods=["GET", "POST"]),
            Route("/explore", explore),
            Mount(STATIC_PREFIX, static_files(settings.web_dist), name="static"),
        ],
        middleware=[*_cors(settings), Middleware(SecurityHeaders)],
        lifespan=lifespan,
    )
