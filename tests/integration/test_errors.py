"""Faults on our side are logged for operators and hidden from clients; client mistakes are not logged."""

from __future__ import annotations

import dataclasses
import logging

import pytest

from songgraph.api.context import Context
from songgraph.api.schema import schema
from songgraph.config import Settings
from songgraph.db import Database

pytestmark = pytest.mark.anyio


async def test_an_unexpected_database_error_is_masked_and_logged(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    db = Database.connect(dataclasses.replace(settings, neo4j_database="no-such-database"))
    try:
        with caplog.at_level(logging.ERROR):
            result = await schema.execute('{ person(name: "x") { name } }', context_value=Context(db=db))
    finally:
        await db.close()
    assert result.errors is not None
    (error,) = result.errors
    assert error.message == "Internal error; it has been logged with request id -."
    assert error.extensions == {"code": "INTERNAL_SERVER_ERROR", "requestId": "-"}
    assert "no-such-database" not in str(error.formatted)
    assert "no-such-database" in caplog.text or "not found" in caplog.text.lower()


async def test_bad_user_input_is_not_logged_as_an_error(settings: Settings, caplog: pytest.LogCaptureFixture) -> None:
    db = Database.connect(settings)
    try:
        with caplog.at_level(logging.ERROR):
            result = await schema.execute("{ songs(first: 500) { totalCount } }", context_value=Context(db=db))
    finally:
        await db.close()
    assert result.errors is not None
    assert result.errors[0].extensions == {"code": "BAD_USER_INPUT", "field": "songs.first"}
    assert "Traceback" not in caplog.text and "songs.first" not in caplog.text
