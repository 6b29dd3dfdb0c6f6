"""The API as users meet it: uvicorn on a real port, a real GraphQL client over HTTP, the real Neo4j."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from gql import Client, gql
from gql.transport.exceptions import TransportQueryError
from gql.transport.httpx import HTTPXTransport

from songgraph.api import examples
from songgraph.config import Settings
from tests.server import free_port, serve

pytestmark = pytest.mark.usefixtures("seed_graph")


@pytest.fixture(scope="module")
def api(settings: Settings) -> Iterator[str]:
    yield from serve(settings.neo4j_uri)


@pytest.fixture(scope="module")
def api_without_database() -> Iterator[str]:
    yield from serve(f"bolt://127.0.0.1:{free_port()}", retry_seconds=1)


@pytest.fixture
def client(api: str) -> Iterator[Client]:
    with Client(transport=HTTPXTransport(url=f"{api}/graphql"), fetch_schema_from_transport=True) as session:
        yield session


def test_contract_documents_over_http(client: Client) -> None:
    song = client.execute(gql(examples.SONG))["song"]
    assert song["releaseDate"] == "2016-05-24"
    assert [w["name"] for w in song["featuredArtists"]] == ["Selena Gomez"]
    assert song["musicVideo"]["directors"] == [{"name": "Phil Pinto"}]
    assert len(song["certifications"]) == 13 and len(song["chartPeaks"]) == 42

    made = client.execute(gql(examples.INTRODUCTIONS_MADE))["person"]["introductionsMade"]
    assert made[0]["occasion"] == "a VMA afterparty"
    assert made[0]["ledTo"] == [{"title": "We Don't Talk Anymore"}]

    person = client.execute(gql(examples.ALIAS))["person"]
    assert person == {
        "name": "Jacob Kasher Hindlin",
        "credits": [{"role": "WRITER", "song": {"title": "We Don't Talk Anymore"}}],
    }


def test_bad_user_input_reaches_the_client_with_its_code(client: Client) -> None:
    with pytest.raises(TransportQueryError) as caught:
        client.execute(gql("{ songs(first: 1000) { totalCount } }"))
    error = caught.value.errors[0]  # type: ignore[index]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "songs.first" in error["message"] and "100" in error["message"]


def test_health_ready_and_graphiql(api: str) -> None:
    assert httpx.get(f"{api}/health").json() == {"status": "ok"}
    assert httpx.get(f"{api}/ready").status_code == 200
    page = httpx.get(f"{api}/graphql", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert "GraphiQL" in page.text and "we don't talk anymore" in page.text


def test_queries_over_get(api: str) -> None:
    answer = httpx.get(f"{api}/graphql", params={"query": '{ person(name: "Phil Pinto") { name } }'})
    assert answer.status_code == 200
    assert answer.json() == {
        "data": {"person": {"name": "Phil Pinto"}},
        "extensions": {"cost": {"requested": 1, "limit": 10_000}},
    }


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("{not json", "application/json"),
        ('{"query": "{ song(title: ) }"}', "application/json"),
        ('{"query": "{ nosuchfield }"}', "application/json"),
        ('{"query": 42}', "application/json"),
        ("query=x", "text/plain"),
    ],
)
def test_malformed_requests_never_answer_500_or_leak_a_trace(api: str, body: str, content_type: str) -> None:
    answer = httpx.post(f"{api}/graphql", content=body, headers={"Content-Type": content_type})
    assert 400 <= answer.status_code < 500 or (answer.status_code == 200 and answer.json()["errors"])
    assert "Traceback" not in answer.text and 'File "' not in answer.text


def test_a_database_outage_is_a_clear_error_not_a_500(api_without_database: str) -> None:
    assert httpx.get(f"{api_without_database}/ready", timeout=30).status_code == 503
    answer = httpx.post(f"{api_without_database}/graphql", json={"query": '{ person(name: "x") { name } }'}, timeout=30)
    assert answer.status_code == 200
    (error,) = answer.json()["errors"]
    assert error["extensions"]["code"] == "SERVICE_UNAVAILABLE"
    assert "Traceback" not in answer.text
