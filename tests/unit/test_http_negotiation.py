"""GraphQL over HTTP media types (songgraph.api.http), without a server."""

from __future__ import annotations

import pytest
from graphql import GraphQLError
from strawberry.types import ExecutionResult

from songgraph.api.http import GRAPHQL_RESPONSE_JSON, JSON, is_request_error, negotiate


@pytest.mark.parametrize(
    ("accept", "chosen"),
    [
        (None, JSON),
        ("", JSON),
        ("*/*", JSON),
        ("application/json", JSON),
        (GRAPHQL_RESPONSE_JSON, GRAPHQL_RESPONSE_JSON),
        (f"{GRAPHQL_RESPONSE_JSON}, application/json", GRAPHQL_RESPONSE_JSON),
        (f"application/json, {GRAPHQL_RESPONSE_JSON}", GRAPHQL_RESPONSE_JSON),
        (f"application/json;q=0.9, {GRAPHQL_RESPONSE_JSON}", GRAPHQL_RESPONSE_JSON),
        (f"{GRAPHQL_RESPONSE_JSON};q=0.5, application/json", JSON),
        (f"{GRAPHQL_RESPONSE_JSON};q=0", JSON),
        (f"{GRAPHQL_RESPONSE_JSON};q=oops", JSON),
        ("text/html", JSON),
    ],
)
def test_negotiate(accept: str | None, chosen: str) -> None:
    assert negotiate(accept) == chosen


def test_request_errors_have_no_path_and_no_data() -> None:
    assert is_request_error(ExecutionResult(data=None, errors=[GraphQLError("Syntax Error")]))
    field_error = GraphQLError("boom", path=["songs"])
    assert not is_request_error(ExecutionResult(data=None, errors=[field_error]))
    assert not is_request_error(ExecutionResult(data={"songs": None}, errors=[field_error]))
    assert not is_request_error(ExecutionResult(data={"x": 1}, errors=None))
