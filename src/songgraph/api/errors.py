"""How failures reach GraphQL clients: a clear message and a code, never a stack trace."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLError

from songgraph.db import BudgetExceeded, DatabaseUnavailable, QueryTooLarge, SchemaMissing, WriteRejected
from songgraph.errors import BadUserInput, EditConflict

# The failures of ours a resolver turns into a coded error for the client, all mapped by ``from_domain``.
DOMAIN_ERRORS = (BadUserInput, EditConflict, WriteRejected, DatabaseUnavailable, BudgetExceeded)

BAD_USER_INPUT = "BAD_USER_INPUT"
SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"
UNAUTHENTICATED = "UNAUTHENTICATED"
FORBIDDEN = "FORBIDDEN"
CONFLICT = "CONFLICT"
TIMEOUT = "TIMEOUT"
INTERNAL = "INTERNAL_SERVER_ERROR"
PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
# A request over one of the limits on its size or shape (songgraph.api.limits); nothing ran.
QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX"
# A request that is not a GraphQL request at all (HTTP level: body, encoding, JSON, operation choice).
BAD_REQUEST = "BAD_REQUEST"
PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE"

# graphql-core's words for a value that does not fit its type (variables and literals alike).
_VALUE_PROBLEMS = (
    "got invalid value",
    "Expected value of type",
    "does not exist in",
    "was not provided",
    "is not defined by type",
    "cannot represent",
    "Expected type",
    # A @oneOf input (PersonRef) with no field or several: graphql-core's words, then Strawberry's.
    "exactly one field must be specified",
    "must specify exactly one key",
)


# graphql-core's words when a document is over the token limit (parse's max_tokens).
_TOKEN_LIMIT = "tokens. Parsing aborted"


def bad_input(error: BadUserInput) -> GraphQLError:
    extensions: dict[str, Any] = {"code": BAD_USER_INPUT, "field": error.field}
    if len(error.problems) > 1:
        extensions["problems"] = [{"field": field, "message": message} for field, message in error.problems]
    return GraphQLError(str(error), extensions=extensions)


def unavailable(error: DatabaseUnavailable) -> GraphQLError:
    if isinstance(error, SchemaMissing):
        # Not the client's doing and not transient: the operator has to migrate the store.
        return GraphQLError(
            "The graph database has not been set up for this (an index is missing); the server's operator must "
            "run `songgraph migrate`.",
            extensions={"code": SERVICE_UNAVAILABLE, "reason": "not_migrated"},
        )
    return GraphQLError(
        "The graph database is not reachable right now; try again shortly.",
        extensions={"code": SERVICE_UNAVAILABLE},
    )


def over_budget(error: BudgetExceeded, timeout: float) -> GraphQLError:
    """A statement Neo4j terminated for its run-time budget: the client learns which budget and how to stay under it."""
    if isinstance(error, QueryTooLarge):
        return GraphQLError(
            "the query needs more memory than one request may use; ask for fewer nested lists or smaller pages",
            extensions={"code": QUERY_TOO_COMPLEX},
        )
    return GraphQLError(
        f"the query did not finish within its time budget of {timeout:g} s; ask for fewer nested lists or "
        "smaller pages, or try again if the server is busy",
        extensions={"code": TIMEOUT, "timeoutSeconds": timeout},
    )


def from_domain(error: Exception, budget_seconds: float) -> GraphQLError:
    """The GraphQL error (message and code) for one of ``DOMAIN_ERRORS``: the one place they are mapped.

    ``budget_seconds`` is the budget of the transaction that ran (read or write), named when it ran out.
    """
    if isinstance(error, BadUserInput):
        return bad_input(error)
    if isinstance(error, EditConflict):
        return GraphQLError(str(error), extensions={"code": CONFLICT})
    if isinstance(error, WriteRejected):
        # A constraint tripped by a concurrent edit; the driver's words stay in the server log.
        return GraphQLError(
            "the edit collided with another one and was rolled back; nothing changed. Try again.",
            extensions={"code": CONFLICT},
        )
    if isinstance(error, DatabaseUnavailable):
        return unavailable(error)
    if isinstance(error, BudgetExceeded):
        return over_budget(error, budget_seconds)
    raise TypeError(f"{type(error).__name__} is not a domain error") from error


def should_mask(error: GraphQLError) -> bool:
    """Hide everything but the errors we raise on purpose, GraphQL's own validation errors and numbers out of
    range (client input the resolvers passed on)."""
    original: Any = error.original_error
    if original is None:
        return False
    return not isinstance(original, GraphQLError | OverflowError)


# Strawberry's own @oneOf check repeats graphql-core's at the same place in other words: one is enough.
_STRAWBERRY_ONE_OF = "must specify exactly one key"


def without_repeats(errors: list[GraphQLError]) -> list[GraphQLError]:
    """The errors, less Strawberry's @oneOf error where graphql-core reported the same place."""
    places = {tuple(error.locations or ()) for error in errors if _STRAWBERRY_ONE_OF not in error.message}
    return [
        error
        for error in errors
        if _STRAWBERRY_ONE_OF not in error.message or tuple(error.locations or ()) not in places
    ]


def code_of(error: GraphQLError) -> str:
    """The code of an error GraphQL itself raised (a document that does not parse or validate)."""
    message = error.message
    if _TOKEN_LIMIT in message:
        return QUERY_TOO_COMPLEX
    if message.startswith("Syntax Error"):
        return PARSE_FAILED
    if any(words in message for words in _VALUE_PROBLEMS):
        return BAD_USER_INPUT
    return VALIDATION_FAILED


def for_client(error: GraphQLError, request_id: str) -> GraphQLError:
    """The error as a client may see it: a code always, and no internals for faults of ours."""
    if should_mask(error):
        return GraphQLError(
            f"Internal error; it has been logged with request id {request_id}.",
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            extensions={"code": INTERNAL, "requestId": request_id},
        )
    if error.extensions and "code" in error.extensions:
        return error
    if isinstance(error.original_error, OverflowError):
        # The driver refuses integers beyond 64 bits; one only comes from the request (a cursor's offset).
        field = ".".join(str(key) for key in error.path or ())
        return GraphQLError(
            f"{field}: a number in this field's arguments (a cursor's position, a count) is out of range",
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            extensions={"code": BAD_USER_INPUT, "field": field},
        )
    return GraphQLError(
        error.message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        original_error=error.original_error,
        extensions={**(error.extensions or {}), "code": code_of(error)},
    )
