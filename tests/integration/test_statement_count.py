"""One Cypher statement per root field, however deep the selection (counted on the real driver)."""

from __future__ import annotations

import pytest

from songgraph.api.context import Context
from songgraph.api.inflight import InFlight
from songgraph.api.limits import Limits
from songgraph.api.schema import build_schema
from songgraph.db import Database
from tests.integration.conftest import execute

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("seed_graph")]

DEEP = """{
  song(title: "We Don't Talk Anymore") {
    writers { name credits { role song { title writers { name credits { song { title } } } } } }
    musicVideo { cast { person { videoRoles { video { directors { directedVideos { song { title } } } } } } } }
    credits { person { introductionsReceived { introducer { introductionsMade { ledTo { title } } } } } }
    certifications { song { chartPeaks { song { quotes { speaker { name } } } } } }
  }
}"""


async def test_deep_nesting_costs_one_statement(db: Database) -> None:
    before = db.statements_run
    # Its cost (68,656 by the estimates of plain lists) is over the default limit, which is not the point here.
    roomy = build_schema(limits=Limits(max_cost=100_000))
    result = await roomy.execute(DEEP, context_value=Context(db=db))
    assert result.errors is None
    assert db.statements_run - before == 1
    # The nested lists really were filled (not silently empty), so the single statement did the work.
    assert result.data is not None
    writers = result.data["song"]["writers"]
    assert len(writers) == 3
    assert all(credit["song"]["writers"] for writer in writers for credit in writer["credits"])


async def test_each_root_field_is_one_statement(db: Database) -> None:
    before = db.statements_run
    result = await execute(
        db,
        """{ a: song(title: "we don't talk anymore") { title writers { name } }
             b: person(name: "Charlie Puth") { credits { song { title } } }
             songs(first: 5) { totalCount edges { node { title artists { name } } } }
             people(first: 5) { edges { node { name credits { role } } } } }""",
    )
    assert result.errors is None
    assert db.statements_run - before == 4


async def test_aliases_with_different_arguments_stay_apart(db: Database) -> None:
    result = await execute(
        db,
        """{ person(name: "Charlie Puth") {
             all: creditsConnection(first: 10) { totalCount edges { node { role } } }
             writing: creditsConnection(first: 10, roles: [WRITER]) { totalCount edges { node { role } } } } }""",
    )
    assert result.errors is None
    person = result.data["person"]
    assert {edge["node"]["role"] for edge in person["all"]["edges"]} == {"ARTIST", "WRITER", "PRODUCER"}
    assert person["writing"]["totalCount"] == 1
    assert [edge["node"]["role"] for edge in person["writing"]["edges"]] == ["WRITER"]


async def test_relationship_fields_nest_in_one_statement(db: Database) -> None:
    before = db.statements_run
    result = await execute(
        db,
        """{ sharedCollaborators(a: {name: "Charlie Puth"}, b: {name: "Selena Gomez"}) {
               person { credits { song { title writers { name } } } } viaA { song { album { title } } } }
             connection(from: {name: "Mirella Cardoso"}, to: {name: "Taylor Swift"}) {
               steps { from { credits { song { title } } } to { introductionsMade { occasion } } } }
             search(text: "we dont talk") { node { ... on Song { writers { credits { role } } } } }
             person(name: "Charlie Puth") { collaborators { edges { node { person { stats { songCount } } } } } } }""",
    )
    assert result.errors is None
    assert db.statements_run - before == 4
    shared = result.data["sharedCollaborators"][0]
    assert shared["person"]["credits"][0]["song"]["title"] == "We Don't Talk Anymore"
    assert result.data["connection"]["steps"][1]["to"]["introductionsMade"] == [{"occasion": "a VMA afterparty"}]


async def test_identical_reads_in_flight_run_once(db: Database) -> None:
    """Aliases of one field with the same arguments (what a hostile document repeats, or many readers of one
    song at once) run one statement; each alias still gets the whole answer."""
    repeated = " ".join(f'r{i}: song(title: "we don\'t talk anymore") {{ title writers {{ name }} }}' for i in range(6))
    other = 'other: person(name: "Charlie Puth") { name }'
    schema = build_schema()
    before = db.statements_run
    shared = await schema.execute(f"{{ {repeated} {other} }}", context_value=Context(db=db, inflight=InFlight()))
    assert shared.errors is None and shared.data is not None
    assert db.statements_run - before == 2
    answers = [shared.data[f"r{i}"] for i in range(6)]
    assert answers[0]["title"] == "We Don't Talk Anymore" and len(answers[0]["writers"]) == 3
    assert all(answer == answers[0] for answer in answers)
    # Without the registry (a context built by hand) every alias reads for itself: the saving is the registry's.
    before = db.statements_run
    alone = await schema.execute(f"{{ {repeated} {other} }}", context_value=Context(db=db))
    assert db.statements_run - before == 7
    assert alone.data == shared.data
