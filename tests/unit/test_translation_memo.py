"""A root field of a query is translated once per kept document and variables, and never reused wrongly."""

from __future__ import annotations

from typing import Any

import pytest

from songgraph.api.context import Context
from songgraph.api.schema import build_schema
from songgraph.config import Settings
from songgraph.cypher.statement import Statement
from songgraph.db import Database

pytestmark = pytest.mark.anyio

SONG = "query($title: String!) { song(title: $title) { title writers { name } } }"


class RecordingDatabase(Database):
    """Answers every read with no rows, keeping the statements it was sent."""

    sent: list[Statement]

    async def read(self, statement: Any) -> list[dict[str, Any]]:
        self.sent.append(statement)
        return []


@pytest.fixture
async def db() -> Any:
    recording = RecordingDatabase.connect(Settings(neo4j_uri="bolt://127.0.0.1:9", retry_seconds=0))
    recording.sent = []
    yield recording
    await recording.close()


async def test_the_same_document_and_variables_reuse_the_statement(db: RecordingDatabase) -> None:
    schema = build_schema()
    for title in ("Alpha", "Beta", "Alpha"):
        result = await schema.execute(SONG, variable_values={"title": title}, context_value=Context(db=db))
        assert result.errors is None
    first, other, again = db.sent
    assert again is first
    assert other is not first and other.params != first.params and other.cypher == first.cypher
    assert "alpha" in first.params.values() and "beta" in other.params.values()


async def test_a_different_alias_or_document_is_translated_anew(db: RecordingDatabase) -> None:
    schema = build_schema()
    aliased = "query($title: String!) { s: song(title: $title) { title writers { name } } }"
    wider = "query($title: String!) { song(title: $title) { title producers { name } } }"
    for document in (SONG, aliased, wider):
        await schema.execute(document, variable_values={"title": "Alpha"}, context_value=Context(db=db))
    plain, other_alias, other_selection = db.sent
    assert other_alias is not plain
    assert other_selection.cypher != plain.cypher


async def test_a_document_too_long_to_keep_is_not_remembered(db: RecordingDatabase) -> None:
    schema = build_schema()
    padded = SONG + " " * (schema.documents.max_chars + 1)
    for _ in range(2):
        await schema.execute(padded, variable_values={"title": "Alpha"}, context_value=Context(db=db))
    first, second = db.sent
    assert second is not first and second == first
    assert len(schema.documents) == 0
