"""Hostile requests against a served app on the real Neo4j: each gets a coded 4xx, never a 500 or a traceback,
and the server answers a normal query right after."""

from __future__ import annotations

import base64
import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from songgraph.config import Settings
from tests.server import serve

pytestmark = pytest.mark.usefixtures("seed_graph")

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
ORIGIN = "https://app.example.org"
NESTED_PERSON = '{ person(name: "Charlie Puth") { credits { song { title } } } }'


@pytest.fixture(scope="module")
def log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("server") / "serve.log"


@pytest.fixture(scope="module")
def api(settings: Settings, log: Path) -> Iterator[str]:
    yield from serve(settings.neo4j_uri, env={"SONGGRAPH_CORS_ORIGINS": ORIGIN}, log=log)


def post(api: str, content: Any, accept: str = GRAPHQL_RESPONSE_JSON, **headers: str) -> httpx.Response:
    return httpx.post(
        f"{api}/graphql",
        content=content,
        headers={"Content-Type": "application/json", "Accept": accept, **headers},
        timeout=60,
    )


def document(query: str, **extra: Any) -> bytes:
    return json.dumps({"query": query, **extra}).encode()


def still_answers(api: str) -> None:
    answer = post(api, document('{ person(name: "Phil Pinto") { name } }'))
    assert answer.status_code == 200
    assert answer.json()["data"] == {"person": {"name": "Phil Pinto"}}


def coded(answer: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert answer.status_code == status, answer.text[:300]
    assert "Traceback" not in answer.text
    body: dict[str, Any] = answer.json()
    assert "data" not in body
    (error,) = body["errors"]
    assert error["extensions"]["code"] == code
    return error  # type: ignore[no-any-return]


DEEP = b"[" * 100_000 + b"]" * 100_000
BIG_INTEGER = (
    b'{"query": "query($n: Int) { songs(first: $n) { totalCount } }", "variables": {"n": ' + b"9" * 4400 + b"}}"
)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b'"{ __typename }"', "must be a JSON object"),
        (b"42", "must be a JSON object"),
        (b"null", "must be a JSON object"),
        (b"[1, 2]", "Batching is not enabled"),
        (b'{"query": "{ __typename \xff }"}', "not valid UTF-8"),
        (DEEP, "nested too deeply"),
        (b'{"query": "{ __typename }", "variables": {"a": ' + DEEP + b"}}", "nested too deeply"),
        (b'{"query": "{ __typename }", "variables": {"a": ' + b"[" * 40 + b"]" * 40 + b"}}", "more than 32 levels"),
        (BIG_INTEGER, "over 4,300 digits"),
        (document("query A { __typename } query B { __typename }"), "name the one to run in operationName"),
        (document("query A { __typename }", operationName="B\ud800"), "Unknown operation named"),
        (document("query A { __typename }", operationName="B" * 100_000), "Unknown operation named"),
    ],
    ids=[
        "string",
        "number",
        "null",
        "array-of-non-objects",
        "invalid-utf-8",
        "deep-body",
        "deep-variables",
        "variables-past-the-depth-limit",
        "4400-digit-integer",
        "two-operations",
        "operation-name-with-a-lone-surrogate",
        "100000-character-operation-name",
    ],
)
def test_malformed_requests_get_a_coded_400(api: str, body: bytes, words: str) -> None:
    error = coded(post(api, body), 400, "BAD_REQUEST")
    assert words in error["message"] and len(error["message"]) <= 300
    still_answers(api)


def test_query_parameters_are_judged_like_bodies(api: str) -> None:
    deep = "[" * 40 + "]" * 40
    answer = httpx.get(
        f"{api}/graphql",
        params={"query": "{ __typename }", "variables": '{"a": ' + deep + "}"},
        headers={"Accept": GRAPHQL_RESPONSE_JSON},
    )
    assert "a query parameter is JSON nested more than 32" in coded(answer, 400, "BAD_REQUEST")["message"]
    answer = httpx.get(
        f"{api}/graphql", params={"query": "{ __typename }", "variables": '{"a": 1'}, headers={"Accept": "*/*"}
    )
    assert "not valid JSON" in coded(answer, 400, "BAD_REQUEST")["message"]
    still_answers(api)


def test_a_body_over_the_limit_is_refused_while_it_is_read(api: str) -> None:
    declared = post(api, b'{"query": "' + b" " * 3_000_000 + b'{ __typename }"}')
    assert "2,097,152 bytes" in coded(declared, 413, "PAYLOAD_TOO_LARGE")["message"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'{"query": "'
        for _ in range(300):
            yield b" " * 10_000
        yield b'{ __typename }"}'

    coded(post(api, chunks()), 413, "PAYLOAD_TOO_LARGE")
    still_answers(api)


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("{" + " __typename" * 190_000 + " }", "at most 100,000 are accepted"),
        ("{ " + " ".join(f"p{i}: {NESTED_PERSON[1:-1]}" for i in range(500)) + " }", "more than 5000 tokens"),
        ("{ " + " ".join(f"p{i}: {NESTED_PERSON[1:-1]}" for i in range(1000)) + " }", "more than 5000 tokens"),
        (
            "{ "
            + " ".join(f'n{i}: neighborhood(id: "U29uZzp4", depth: 3, limit: 1000) {{ truncated }}' for i in range(20))
            + " }",
            "costs 60,000, over the limit of 10,000",
        ),
        (
            '{ person(name: "Charlie Puth") { credits { song { writers { credits { song { writers { credits { song '
            "{ title } } } } } } } } } }",
            "costs 3,212,852, over the limit of 10,000",
        ),
        (
            "{ ...F0 } "
            + " ".join(f"fragment F{i} on Query {{ __typename ...F{i + 1} ...F{i + 1} }}" for i in range(30))
            + " fragment F30 on Query { __typename }",
            "fields once its fragments are expanded",
        ),
        (
            "{ ...F0 } "
            + " ".join(f"fragment F{i} on Query {{ ...F{i + 1} }}" for i in range(100))
            + " fragment F100 on Query { __typename }",
            "more than 32 deep",
        ),
        ("{ " + "songs { nodes { __typename } } " * 300 + "}", "300 fields are selected at songs"),
    ],
    ids=[
        "2mb-of-typename",
        "500-aliases",
        "1000-aliases",
        "20-neighbourhoods",
        "nested-credits",
        "fragment-fan",
        "fragment-chain",
        "300-merged-fields",
    ],
)
def test_documents_over_a_limit_are_refused_before_the_database(api: str, query: str, words: str) -> None:
    error = coded(post(api, document(query)), 400, "QUERY_TOO_COMPLEX")
    assert words in error["message"]
    # application/json clients get GraphQL's classic 200 with data null, still coded.
    classic = post(api, document(query), accept="application/json")
    assert classic.status_code == 200 and classic.json()["data"] is None
    assert classic.json()["errors"][0]["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    still_answers(api)


def test_a_fragment_cycle_is_a_validation_error(api: str) -> None:
    query = "{ ...A } fragment A on Query { __typename ...B } fragment B on Query { ...A }"
    answer = post(api, document(query))
    assert answer.status_code == 400
    assert {e["extensions"]["code"] for e in answer.json()["errors"]} == {"GRAPHQL_VALIDATION_FAILED"}
    still_answers(api)


@pytest.mark.parametrize(
    ("query", "variables", "field", "status"),
    [
        # A forged cursor (here an old offset cursor past any database integer): a field error, 200.
        (
            "query($a: String) { songs(first: 1, after: $a) { totalCount } }",
            {"a": base64.b64encode(b"offset:" + b"9" * 30).decode()},
            "songs.after",
            200,
        ),
        # Variables judged before running: request errors, 400 without data.
        ("query($t: String!) { search(text: $t) { score } }", {"t": "a" * 10_000}, "search.text", 400),
        ("query($n: String) { person(name: $n) { name } }", {"n": "Charlie \ud800 Puth"}, "person.name", 400),
    ],
    ids=["huge-cursor", "10000-character-search-word", "lone-surrogate"],
)
def test_client_mistakes_are_bad_user_input_naming_the_argument(
    api: str, query: str, variables: dict[str, Any], field: str, status: int
) -> None:
    answer = post(api, json.dumps({"query": query, "variables": variables}).encode())
    assert answer.status_code == status and "Traceback" not in answer.text
    (error,) = answer.json()["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["field"] == field and error["message"].startswith(f"{field}: ")
    still_answers(api)


def test_the_cost_is_in_the_response(api: str) -> None:
    answer = post(api, document("{ songs(first: 3) { nodes { title writers { name } } } }"))
    assert answer.status_code == 200
    assert answer.json()["extensions"] == {"cost": {"requested": 4, "limit": 10_000}}


def test_a_client_leaving_mid_body_is_not_a_fault(api: str, log: Path) -> None:
    host, port = api.removeprefix("http://").split(":")
    for _ in range(3):
        with socket.create_connection((host, int(port))) as raw:
            raw.sendall(
                b"POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
                b'Content-Length: 1000\r\n\r\n{"query": "{ __typ'
            )
            time.sleep(0.2)
    still_answers(api)
    printed = log.read_text(encoding="utf-8")
    assert "Traceback" not in printed and " 500 " not in printed


def test_cors_preflight_is_answered_for_configured_origins_only(api: str) -> None:
    preflight = {
        "Origin": ORIGIN,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type",
    }
    allowed = httpx.options(f"{api}/graphql", headers=preflight)
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == ORIGIN
    assert {"authorization", "content-type"} <= {
        h.strip().lower() for h in allowed.headers["access-control-allow-headers"].split(",")
    }
    assert "POST" in allowed.headers["access-control-allow-methods"]

    refused = httpx.options(f"{api}/graphql", headers={**preflight, "Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in refused.headers

    answer = post(api, document("{ __typename }"), Origin=ORIGIN)
    assert answer.headers["access-control-allow-origin"] == ORIGIN
    assert "X-Request-ID" in answer.headers["access-control-expose-headers"]
