"""GraphQL over HTTP: the graphql-http server audit, media types and status codes, and the browser pages' headers."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator

import httpx
import pytest

from songgraph.config import Settings
from tests.conftest import ROOT
from tests.server import serve

pytestmark = pytest.mark.usefixtures("seed_graph")

AUDIT = ROOT / "web" / "audit.mjs"
GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"


@pytest.fixture(scope="module")
def api(settings: Settings) -> Iterator[str]:
    # The audit sends its requests at once from one address: the per-client fairness limit is not what it checks.
    yield from serve(
        settings.neo4j_uri, env={"SONGGRAPH_CLIENT_CONCURRENCY": "256", "SONGGRAPH_TOTAL_CONCURRENCY": "256"}
    )


def post(api: str, query: str, accept: str) -> httpx.Response:
    return httpx.post(f"{api}/graphql", json={"query": query}, headers={"Accept": accept})


def test_the_graphql_http_audit_finds_no_error_and_no_warning(api: str) -> None:
    node = shutil.which("node")
    if node is None or not (ROOT / "web" / "node_modules" / "graphql-http").is_dir():
        message = "needs node and web/node_modules (run `make web`)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    run = subprocess.run([node, str(AUDIT), f"{api}/graphql"], capture_output=True, text=True, timeout=120)
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    assert (summary["error"], summary["warn"]) == (0, 0), run.stdout
    assert summary["ok"] == summary["total"] > 50
    assert run.returncode == 0


def test_graphql_response_json_is_answered_in_kind(api: str) -> None:
    answer = post(api, '{ person(name: "Phil Pinto") { name } }', f"{GRAPHQL_RESPONSE_JSON}, application/json;q=0.9")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == GRAPHQL_RESPONSE_JSON
    assert answer.json() == {
        "data": {"person": {"name": "Phil Pinto"}},
        "extensions": {"cost": {"requested": 1, "limit": 10_000}},
    }


@pytest.mark.parametrize(
    "query",
    [
        "{ song(title: ) }",  # does not parse
        "{ nosuchfield }",  # does not validate
        '{ person(name: "x") { ' + "credits { song { credits { person { " * 3 + "name" + " } } } }" * 3 + " } }",
    ],
    ids=["parse", "validation", "too-deep"],
)
def test_request_errors_are_400_without_data_for_graphql_response_json(api: str, query: str) -> None:
    answer = post(api, query, GRAPHQL_RESPONSE_JSON)
    assert answer.status_code == 400
    body = answer.json()
    assert "data" not in body and body["errors"]
    assert "Traceback" not in answer.text

    # application/json clients keep GraphQL's classic answer: 200 with data null.
    classic = post(api, query, "application/json")
    assert classic.status_code == 200 and classic.headers["content-type"] == "application/json"
    assert classic.json()["data"] is None and classic.json()["errors"]


def test_a_field_error_is_still_200_for_graphql_response_json(api: str) -> None:
    answer = post(api, "{ songs(first: 1000) { totalCount } }", GRAPHQL_RESPONSE_JSON)
    assert answer.status_code == 200
    body = answer.json()
    assert "data" in body
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


def test_pages_send_a_content_security_policy_and_assets_are_cached(api: str) -> None:
    for path in ("/graphql", "/explore"):
        page = httpx.get(f"{api}{path}", headers={"Accept": "text/html"})
        assert page.status_code == 200
        policy = page.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "connect-src 'self'" in policy and "default-src 'self'" in policy
        assert "http" not in policy  # no other host is allowed anything
        scripts = [part.split('"')[1] for part in page.text.split("<script defer src=")[1:]]
        assert scripts and all(src.startswith("/static/") for src in scripts)
        asset = httpx.get(f"{api}{scripts[0]}")
        assert asset.status_code == 200
        assert asset.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert httpx.get(f"{api}/static/manifest.json").headers["cache-control"] == "no-cache"
    assert httpx.get(f"{api}/static/nothing-here.js").status_code == 404
