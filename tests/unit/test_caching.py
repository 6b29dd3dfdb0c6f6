"""The document cache: a repeated document is parsed and validated once, and answers exactly as before."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import graphql
import pytest
from strawberry.schema import schema as strawberry_schema

from songgraph.api.caching import DocumentCache
from songgraph.api.context import Context
from songgraph.api.schema import build_schema
from songgraph.config import Settings
from songgraph.db import Database

pytestmark = pytest.mark.anyio

INVALID = "{ song(title: 1) { nope } }"


@pytest.fixture
async def unreachable_db() -> AsyncIterator[Database]:
    # Only documents that fail before any query is sent are executed here.
    db = Database.connect(Settings(neo4j_uri="bolt://127.0.0.1:9", retry_seconds=0))
    yield db
    await db.close()


class Counting:
    """Counts calls to one of Strawberry's module-level functions while the test runs."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
        self.calls = 0
        original = getattr(strawberry_schema, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(strawberry_schema, name, counted)


async def test_an_invalid_document_is_validated_once_and_refused_every_time(
    monkeypatch: pytest.MonkeyPatch, unreachable_db: Database
) -> None:
    parses = Counting(monkeypatch, "parse")
    validations = Counting(monkeypatch, "validate_document")
    schema = build_schema()
    results = [await schema.execute(INVALID, context_value=Context(db=unreachable_db)) for _ in range(3)]
    messages = [[error.message for error in result.errors or []] for result in results]
    assert messages[0], "the document is invalid"
    assert messages == [messages[0]] * 3
    assert (parses.calls, validations.calls) == (1, 1)


async def test_a_syntax_error_is_never_cached(monkeypatch: pytest.MonkeyPatch, unreachable_db: Database) -> None:
    parses = Counting(monkeypatch, "parse")
    schema = build_schema()
    for _ in range(2):
        result = await schema.execute("{ song(", context_value=Context(db=unreachable_db))
        assert result.errors and result.errors[0].message.startswith("Syntax Error")
    assert parses.calls == 2


def test_large_documents_are_not_kept_and_the_oldest_entry_goes_first() -> None:
    cache = DocumentCache(maxsize=2, max_chars=40)
    document = graphql.parse("{ a }")
    cache.put("{ a }", document)
    cache.put("{ b }", graphql.parse("{ b }"))
    assert cache.get("{ a }") is not None  # now the most recently used
    cache.put("{ c }", graphql.parse("{ c }"))
    assert cache.get("{ b }") is None
    assert cache.get("{ a }") is not None and cache.get("{ c }") is not None
    big = "{ " + "a " * 30 + "}"
    cache.put(big, graphql.parse(big))
    assert cache.get(big) is None
    assert len(cache) == 2


async def test_a_refusal_that_depends_on_variables_is_never_reused(unreachable_db: Database) -> None:
    schema = build_schema()
    document = "query($n: Int) { songs(first: $n) { nodes { credits { person { credits { song { title } } } } } } }"

    async def code(first: int) -> str:
        result = await schema.execute(document, variable_values={"n": first}, context_value=Context(db=unreachable_db))
        assert result.errors
        return str((result.errors[0].extensions or {}).get("code"))

    # Small pages pass the limits and reach the (unreachable) database; a huge page is refused before it.
    assert [await code(n) for n in (1, 100, 1, 100)] == [
        "SERVICE_UNAVAILABLE",
        "QUERY_TOO_COMPLEX",
        "SERVICE_UNAVAILABLE",
        "QUERY_TOO_COMPLEX",
    ]
