"""Relationship queries start from an index seek, never from a scan of all nodes or of a label."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from songgraph.config import Settings
from songgraph.cypher import reads, relationships
from songgraph.cypher.selection import Field, Fragment
from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.ids import to_global_id
from tests.conftest import RICH
from tests.integration.conftest import graph_with

pytestmark = pytest.mark.anyio

SCANS = {"AllNodesScan", "NodeByLabelScan"}


def f(field_name: str, /, *selections: Field | Fragment, **arguments: Any) -> Field:
    return Field(field_name, None, arguments, tuple(selections))


PERSON = f("person", f("name"), f("credits", f("role"), f("song", f("title"))))
PERSON_FIELDS = PERSON.selections
STATEMENTS: dict[str, Statement | None] = {
    "sharedCollaborators": relationships.shared_collaborators(
        f(
            "sharedCollaborators",
            PERSON,
            f("viaA", f("song", f("title")), f("roles")),
            f("viaB", f("song", f("title")), f("roles")),
            a={"name": "Oskar Brandt"},
            b={"name": "Lumi Sato"},
        )
    ),
    "connection": relationships.connection(
        f(
            "connection",
            f("length"),
            f("steps", f("from", f("name")), f("to", f("name")), f("explanation")),
            **{"from": {"name": "Aurelio Fenn"}, "to": {"name": "Emrys Toller"}},
        )
    ),
    "collaborators": reads.person(
        f(
            "person",
            f("stats", f("songCount"), f("collaboratorCount")),
            f("collaborators", f("totalCount"), f("edges", f("node", PERSON)), first=10),
            name="Oskar Brandt",
        )
    ),
    "neighborhood": relationships.neighbourhood(
        f("neighborhood", f("truncated"), id=to_global_id("Person", "oskar-brandt"), depth=2)
    ),
    "search": relationships.search(
        f("search", f("score"), f("node", Fragment("Person", PERSON_FIELDS)), text="oskar brnadt")
    ),
    "person by id": reads.person(f("person", f("name"), id=to_global_id("Person", "oskar-brandt"))),
    "song by title": reads.song(f("song", f("title"), f("writers", f("name")), title="Salt Road")),
}


def operators(plan: dict[str, Any]) -> Iterator[str]:
    yield str(plan.get("operatorType", "")).split("@")[0]
    for child in plan.get("children", []):
        yield from operators(child)


def details(plan: dict[str, Any], depth: int = 0) -> Iterator[str]:
    yield "  " * depth + f"{plan.get('operatorType')} {plan.get('args', {}).get('Details', '')}"
    for child in plan.get("children", []):
        yield from details(child, depth + 1)


async def _replan(settings: Settings) -> None:
    db = Database.connect(settings)
    try:
        await db.refresh_statistics()
    finally:
        await db.close()


@pytest.fixture(scope="module")
def rich_graph(settings: Settings) -> None:
    graph_with(settings, RICH)
    # A graph loaded seconds ago has index statistics from when it was empty; a server in use does not.
    asyncio.run(_replan(settings))


@pytest.mark.usefixtures("rich_graph")
@pytest.mark.parametrize("name", sorted(STATEMENTS))
async def test_plan_starts_from_an_index(db: Database, name: str) -> None:
    statement = STATEMENTS[name]
    assert statement is not None
    plan = await db.explain(statement)
    used = list(operators(plan))
    assert used, "EXPLAIN returned no plan"
    scans = SCANS.intersection(used)
    assert not scans, f"{name} plan scans: {used}"
    assert any("Seek" in op or op.startswith("ProcedureCall") for op in used), "\n".join(details(plan))
