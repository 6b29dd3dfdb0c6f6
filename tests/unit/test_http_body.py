"""Large request bodies are decoded off the event loop; the answer is the same as for small ones."""

from __future__ import annotations

import json
import threading
from typing import Any

import httpx
import pytest

from songgraph.api import http
from songgraph.api.schema import build_schema
from songgraph.app import create_app
from songgraph.config import Settings
from songgraph.db import Database

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(("pad", "off_loop"), [(10, False), (200, True)])
async def test_a_large_body_is_decoded_in_a_worker_thread(
    monkeypatch: pytest.MonkeyPatch, pad: int, off_loop: bool
) -> None:
    decoded_on: list[int] = []
    loads = json.loads

    def recording_loads(data: Any, **kwargs: Any) -> Any:
        decoded_on.append(threading.get_ident())
        return loads(data, **kwargs)

    # The app decodes with the json module itself, so its loads is the one to record.
    monkeypatch.setattr(json, "loads", recording_loads)
    settings = Settings(neo4j_uri="bolt://127.0.0.1:9", retry_seconds=0)
    db = Database.connect(settings)
    app = create_app(settings, db)
    body = json.dumps({"query": "{ __typename }", "variables": {"pad": ["x" * 1000] * pad}}).encode()
    assert (len(body) > http.OFF_LOOP_BYTES) is off_loop
    try:
        async with (
            app.router.lifespan_context(app),
            httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client,
        ):
            answer = await client.post("/graphql", content=body, headers={"content-type": "application/json"})
    finally:
        await db.close()
    # json.loads is the json module's own: the calls made before the answer is read are the server's.
    server_decodes = list(decoded_on)
    assert answer.status_code == 200 and answer.json()["data"] == {"__typename": "Query"}
    assert len(server_decodes) == 1, "the body is decoded once"
    assert (server_decodes[0] != threading.get_ident()) is off_loop


def test_answers_are_encoded_as_json_also_with_a_lone_surrogate() -> None:
    view = http.GraphQLView(build_schema(), Settings(neo4j_uri="bolt://127.0.0.1:9"), ide_page=None)
    answer = {"data": {"song": {"title": "Café \u00e9 \U0001f3b5", "views": 2_600_000_000}}}
    assert json.loads(view.encode_json(answer)) == answer
    # Quoted from a client's input, a lone surrogate cannot be UTF-8: escaped, not a failed answer.
    quoted = {"errors": [{"message": "Unknown operation named 'B\ud800'."}]}
    encoded = view.encode_json(quoted)
    assert "\\ud800" in encoded and json.loads(encoded) == quoted
