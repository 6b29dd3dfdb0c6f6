"""The direct completion of projected records answers exactly as graphql-core's own executor would."""

from __future__ import annotations

from typing import Any

import pytest
from graphql import OperationDefinitionNode, OperationType, parse
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from songgraph.api import examples
from songgraph.api.context import Context
from songgraph.api.execution import ProjectedExecution
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
