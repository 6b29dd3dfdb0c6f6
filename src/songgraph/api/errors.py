"""How failures reach GraphQL clients: a clear message and a code, never a stack trace."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLError

from songgraph.db import DatabaseUnavailable
from songgraph.errors import BadUserInput

BAD_USER_INPUT = "BAD_USER_INPUT"
SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"


def bad_input(error: BadUserInput) -> GraphQLError:
    return GraphQLError(str(error), extensions={"code": BAD_USER_INPUT, "field": error.field})


def unavailable(_error: DatabaseUnavailable) -> GraphQLError:
    return GraphQLError(
        "The graph database is not reachable right now; try again shortly.",
        extensions={"code": SERVICE_UNAVAILABLE},
    )


def should_mask(error: GraphQLError) -> bool:
    """Hide everything but the errors we raise on purpose and GraphQL's own validation errors."""
    original: Any = error.original_error
    if original is None:
        return False
    return not isinstance(original, GraphQLError)
