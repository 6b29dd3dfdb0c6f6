"""Generated documents of the schema (hypothesis-graphql), valid and invalid, against a served app on the real
Neo4j: whatever the document, no 5xx, every error coded, and none of them internal."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from hypothesis import HealthCheck, given, settings, strategies
from hypothesis_graphql import Mode, queries

from songgraph.api.schema import schema
from songgraph.config import Settings
from tests.server import serve

pytestmark = pytest.mark.usefixtures("seed_graph")


@pytest.fixture(scope="module")
def client(settings: Settings) -> Iterator[httpx.Client]:
    for base in serve(settings.neo4j_uri):
        with httpx.Client(base_url=base, timeout=60) as session:
            yield session


DOCUMENTS = strategies.one_of(queries(schema._schema), queries(schema._schema, mode=Mode.NEGATIVE))


@settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(document=DOCUMENTS)
def test_generated_documents_get_coded_answers(client: httpx.Client, document: str) -> None:
    answer = client.post("/graphql", json={"query": document}, headers={"Accept": "application/graphql-response+json"})
    assert answer.status_code < 500, answer.text[:500]
    body = answer.json()
    codes = [error.get("extensions", {}).get("code") for error in body.get("errors", [])]
    assert None not in codes, body
    assert "INTERNAL_SERVER_ERROR" not in codes, body
