"""The floor of any HTTP API over this store: a bare Starlette route that runs the statement it is sent, raw.

``bench/run.py`` serves it on a free loopback port beside songgraph and sends it songgraph's own statements,
so that songgraph's time splits into what HTTP itself costs (this server: uvicorn, one route, the driver,
JSON both ways, no access log) and what songgraph's GraphQL layer adds. Bench only: it runs any statement
it is given, so it is never part of the package.

    python -m uvicorn --factory floor:create --port PORT   (with bench/ as the working directory)
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from songgraph.config import Settings
from songgraph.cypher.statement import Statement
from songgraph.db import Database


def create() -> Starlette:
    settings = Settings.from_env(os.environ)
    held: dict[str, Database] = {}

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        held["db"] = Database.connect(settings)
        try:
            yield
        finally:
            await held["db"].close()

    async def statement(request: Request) -> Response:
        body: dict[str, Any] = orjson.loads(await request.body())
        if "cypher" not in body:
            return Response(b"{}", media_type="application/json")  # the bench's readiness probe
        rows = await held["db"].read(Statement(body["cypher"], body["params"]))
        return Response(orjson.dumps({"rows": rows}, default=str), media_type="application/json")

    return Starlette(routes=[Route("/", statement, methods=["POST"])], lifespan=lifespan)
