"""The direct completion of projected records answers exactly as graphql-core's own executor would."""

from __future__ import annotations

from typing import Any

import pytest
import strawberry
from graphql import OperationDefinitionNode, OperationType, parse
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from songgraph.api import examples
from songgraph.api.context import Context
from songgraph.api.execution import ProjectedExecution
from songgraph.api.limits import Limits
from songgraph.api.schema import build_schema
from songgraph.db import Database

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("seed_graph")]


def _is_query(document: str) -> bool:
    return all(
        d.operation is OperationType.QUERY
        for d in parse(document).definitions
        if isinstance(d, OperationDefinitionNode)
    )


# Every read example of the GraphiQL tabs, and documents that exercise what the direct path hands back to
# graphql-core: aliases, fragments, __typename, directives, abstract types, resolvers with arguments.
DOCUMENTS = [
    *(example.query for example in examples.EXAMPLES.values() if _is_query(example.query)),
    """{ a: song(title: "we don't talk anymore") { __typename id t: title title genres
         writers { __typename id name ...P } credits { role person { name kind } } }
       b: song(title: "we don't talk anymore") { artists { name aliases } } }
       fragment P on Person { name credits { song { title } } }""",
    """query($skip: Boolean = true) { song(title: "we don't talk anymore") {
         title @skip(if: $skip) releaseDate @include(if: $skip) ... on Song { album { title songs { title } } } } }""",
    """{ search(text: "charlie", first: 5) {
         __typename score node { __typename ... on Person { id name } ... on Song { id title } } } }""",
    """{ person(name: "Charlie Puth") { creditsConnection(first: 2) { totalCount edges { cursor node { role } } }
         collaborators(first: 3) { edges { node { person { name } } } } } }""",
    """{ songs(first: 3) { edges { node { id title } } pageInfo { hasNextPage endCursor } } }""",
]


@pytest.mark.parametrize("document", DOCUMENTS)
async def test_same_answer_as_graphql_core(db: Database, document: str) -> None:
    direct = build_schema()
    assert direct.execution_context_class is ProjectedExecution
    general = build_schema()
    general.execution_context_class = StrawberryGraphQLCoreExecutionContext

    async def answer(schema: Any) -> tuple[Any, Any]:
        result = await schema.execute(document, context_value=Context(db=db))
        return result.data, [error.formatted for error in result.errors or []]

    data, errors = await answer(direct)
    assert (data, errors) == await answer(general)
    # A parity over empty answers would prove nothing.
    assert data and any(value is not None for value in data.values()), errors


# Requests with variables, and answers with errors: a field's BAD_USER_INPUT, a variable of the wrong type
# (refused before anything runs), an unknown id.
REQUESTS: list[tuple[str, dict[str, Any] | None]] = [
    *((document, None) for document in DOCUMENTS if "@skip" not in document),
    ("query($t: String) { song(title: $t) { title writers { name } } }", {"t": "we don't talk anymore"}),
    ("query($t: String) { song(title: $t) { title } }", {"t": 5}),
    ("{ songs(first: 500) { totalCount } }", None),
    ('{ a: song(title: "we don\'t talk anymore") { title } b: node(id: "U29uZzpub25l") { id } }', None),
]


class _Pipeline:
    """Counts the requests that went through Strawberry's whole pipeline (the known path does not)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.runs = 0
        through = strawberry.Schema.execute

        async def counted(schema: Any, *args: Any, **kwargs: Any) -> Any:
            self.runs += 1
            return await through(schema, *args, **kwargs)

        monkeypatch.setattr(strawberry.Schema, "execute", counted)


@pytest.mark.parametrize(("document", "variables"), REQUESTS)
async def test_a_known_document_answers_as_the_pipeline_does(
    db: Database, monkeypatch: pytest.MonkeyPatch, document: str, variables: dict[str, Any] | None
) -> None:
    pipeline = _Pipeline(monkeypatch)
    # No document here is costly: costly ones take their turn in the pipeline (the test below).
    schema = build_schema(limits=Limits(costly_cost=10**9))

    async def answer() -> tuple[Any, Any, Any]:
        result = await schema.execute(document, variable_values=variables, context_value=Context(db=db))
        return result.data, [error.formatted for error in result.errors or []], result.extensions

    first = await answer()
    assert pipeline.runs == 1
    assert await answer() == first
    assert pipeline.runs == 1, "the second request of a kept, valid document takes the known path"


async def test_what_the_known_path_leaves_to_the_pipeline(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = _Pipeline(monkeypatch)
    schema = build_schema(limits=Limits(costly_cost=50))
    light, costly = "{ songs(first: 2) { totalCount } }", "{ songs(first: 100) { edges { node { title } } } }"
    anonymous = Context(db=db, public_reads=False)
    for document, context in [(light, anonymous), (costly, Context(db=db)), (light, Context(db=db))]:
        for _ in range(2):
            await schema.execute(document, context_value=context)
    # A reader without a token is refused by the pipeline, a costly query takes its turn there; a reader
    # who may run the light one takes the known path (the anonymous requests had it validated).
    assert pipeline.runs == 4
    result = await schema.execute(light, context_value=anonymous)
    assert result.errors is not None and result.errors[0].extensions == {"code": "UNAUTHENTICATED"}
    assert pipeline.runs == 5
