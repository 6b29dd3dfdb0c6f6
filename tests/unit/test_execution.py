"""Errors in projected records are located and propagated by the direct path as graphql-core does."""

from __future__ import annotations

import asyncio
import datetime
import json
from typing import Any

import pytest
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from songgraph.api import types
from songgraph.api.context import Context
from songgraph.api.execution import SLICED_LIST_LENGTH, ProjectedExecution
from songgraph.api.schema import build_schema
from songgraph.config import Settings
from songgraph.cypher import paging
from songgraph.cypher.statement import Statement
from songgraph.db import Database

pytestmark = pytest.mark.anyio


class CannedDatabase(Database):
    """Answers every read with one canned record, as if a statement had projected it."""

    record: Any = None

    async def read(self, statement: Statement) -> list[dict[str, Any]]:
        return [{"result": self.record}]


def person(name: Any, **more: Any) -> dict[str, Any]:
    return {"__labels": ["Person"], "id": "p-" + str(name), "name": name, **more}


SONG = {
    "__labels": ["Song"],
    "id": "s1",
    "title": "A Song",
    "genres": ["pop", "dance"],
    "writers": [person("Ana"), person("Bo")],
    "artists": [person("Cy", aliases=["C"])],
}

CASES = {
    "plain answer": (SONG, '{ song(title: "x") { __typename id title t: title genres writers { id name } } }'),
    "null in a non-null field nulls its parent": (
        {**SONG, "writers": [person("Ana"), person(None)]},
        '{ song(title: "x") { title writers { name } } }',
    ),
    "null in a non-null list of scalars": (
        {**SONG, "genres": ["pop", None]},
        '{ song(title: "x") { title genres } }',
    ),
    "a key the projection left out": (
        {key: value for key, value in SONG.items() if key != "title"},
        '{ song(title: "x") { id title } }',
    ),
    "a list that is not a list": ({**SONG, "writers": 7}, '{ song(title: "x") { writers { name } } }'),
    "a scalar of the wrong kind": ({**SONG, "title": {"not": "a string"}}, '{ song(title: "x") { title } }'),
    "a null deep in a long list": (
        {**SONG, "writers": [person(f"W{i}") for i in range(100)] + [person(None)]},
        '{ song(title: "x") { title writers { name } } }',
    ),
    "a null item in a long list of non-null objects": (
        {**SONG, "writers": [person(f"W{i}") for i in range(100)] + [None]},
        '{ song(title: "x") { title writers { name } } }',
    ),
    "a record of another type": (
        {**SONG, "__labels": ["Person"]},
        '{ song(title: "x") { title } }',
    ),
}


@pytest.mark.parametrize("case", list(CASES))
async def test_errors_match_graphql_core(case: str) -> None:
    record, document = CASES[case]
    db = CannedDatabase.connect(Settings(neo4j_uri="bolt://127.0.0.1:9", retry_seconds=0))
    db.record = record
    general = build_schema()
    general.execution_context_class = StrawberryGraphQLCoreExecutionContext
    try:
        direct = await build_schema().execute(document, context_value=Context(db=db))
        expected = await general.execute(document, context_value=Context(db=db))
    finally:
        await db.close()
    assert direct.data == expected.data
    assert [e.formatted for e in direct.errors or []] == [e.formatted for e in expected.errors or []]
    if case == "plain answer":
        assert direct.errors is None and direct.data is not None and direct.data["song"]["t"] == "A Song"
    else:
        assert direct.errors, "each broken record must produce an error"


class EverySlice(ProjectedExecution):
    """Gives the event loop back after every item of a long list."""

    slice_seconds = 0.0


async def test_a_long_answer_gives_the_event_loop_back_while_it_completes() -> None:
    writers = [person(f"W{i}") for i in range(SLICED_LIST_LENGTH * 3)]
    db = CannedDatabase.connect(Settings(neo4j_uri="bolt://127.0.0.1:9", retry_seconds=0))
    db.record = {**SONG, "writers": writers}
    sliced = build_schema()
    sliced.execution_context_class = EverySlice
    ticks = 0
    done = asyncio.Event()

    async def other_work() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            await asyncio.sleep(0)

    document = '{ song(title: "x") { writers { id name } } }'
    try:
        ticker = asyncio.create_task(other_work())
        result = await sliced.execute(document, context_value=Context(db=db))
        done.set()
        await ticker
        expected = await build_schema().execute(document, context_value=Context(db=db))
    finally:
        await db.close()
    assert result.errors is None and result.data is not None and result.data == expected.data
    assert [w["name"] for w in result.data["song"]["writers"]] == [w["name"] for w in writers]
    # Other work ran while the list was completed, not only before and after it.
    assert ticks > len(writers) // 2


CERTIFIED = {"__labels": ["Certification"], "id": "c1", "country": "Canada", "level": "PLATINUM", "multiplier": 3}
RICH_SONG: dict[str, Any] = {
    **SONG,
    "releaseDate": datetime.date(2019, 5, 3),
    "album": None,
    "musicVideo": {
        "__labels": ["MusicVideo"],
        "id": "v1",
        "views": 12_345_678_901,
        "directors": [person("Di")],
    },
    "certifications": [
        CERTIFIED,
        {"__labels": ["Certification"], "id": "c2", "country": "Japan", "level": "GOLD", "multiplier": 1},
    ],
    "chartPeaks": [{"__labels": ["ChartPeak"], "id": "k1", "country": "Norway", "chart": None, "position": 4}],
}

# Documents that the compiled completions (api/compiled.py) must answer exactly as graphql-core does.
COMPILED = {
    "leaves of every kind": '{ song(title: "x") { id releaseDate genres musicVideo { id views } '
    "certifications { country level multiplier } chartPeaks { country chart position } } }",
    "aliases, a repeated field and __typename at every level": '{ s: song(title: "x") { a: title b: title '
    "title __typename writers { __typename n: name name } album { title } } }",
    "fragments and an inline fragment": 'query { song(title: "x") { ...S } } fragment S on Song { title '
    "... on Song { writers { ...P } } } fragment P on Person { id name }",
    "a nullable object that is null": '{ song(title: "x") { title album { id title } } }',
}


def canned(record: Any) -> CannedDatabase:
    db = CannedDatabase.connect(Settings(neo4j_uri="bolt://127.0.0.1:9", retry_seconds=0))
    db.record = record
    return db


async def general_answer(document: str, db: Database, variables: dict[str, Any] | None = None) -> Any:
    general = build_schema()
    general.execution_context_class = StrawberryGraphQLCoreExecutionContext
    return await general.execute(document, variable_values=variables, context_value=Context(db=db))


def compiled_functions(schema: Any) -> list[Any]:
    stores = [entry.compiled for entry in schema.documents._entries.values()]
    return [value for store in stores for key, value in store.items() if key[0] != "compilable" and value]


SEARCH = (
    '{ search(text: "ana", first: 10) { score node { __typename ... on Person { id name } '
    "... on Song { id title } ... on Album { title } } } }"
)
HITS = [
    {"score": 2.5, "node": person("Ana")},
    {"score": 1.0, "node": {"__labels": ["Song"], "id": "s9", "title": "Ana's Song"}},
]
COMPILED["the members of a union"] = SEARCH
RECORDS = {"the members of a union": HITS}


@pytest.mark.parametrize("case", list(COMPILED))
async def test_compiled_completions_answer_as_graphql_core(case: str) -> None:
    db = canned(RECORDS.get(case, RICH_SONG))
    schema = build_schema()
    try:
        answers = [await schema.execute(COMPILED[case], context_value=Context(db=db)) for _ in range(2)]
        expected = await general_answer(COMPILED[case], db)
    finally:
        await db.close()
    assert expected.errors is None and expected.data is not None
    for answer in answers:
        assert answer.errors is None
        # Equal as JSON text, so that the order of the keys counts too.
        assert json.dumps(answer.data) == json.dumps(expected.data)
    # The answer came from a compiled function, not from the general path.
    assert compiled_functions(schema), "nothing was compiled for a document the cache keeps"


async def test_a_broken_record_after_a_good_one_is_reported_as_graphql_core_does() -> None:
    document = '{ song(title: "x") { title certifications { level multiplier } } }'
    good, broken = (
        canned(RICH_SONG),
        canned({**RICH_SONG, "certifications": [{**CERTIFIED, "level": "TIN"}]}),
    )
    schema = build_schema()
    try:
        first = await schema.execute(document, context_value=Context(db=good))
        second = await schema.execute(document, context_value=Context(db=broken))
        expected = await general_answer(document, broken)
    finally:
        await good.close()
        await broken.close()
    assert first.errors is None and compiled_functions(schema)
    assert second.data == expected.data
    assert [e.formatted for e in second.errors or []] == [e.formatted for e in expected.errors or []]
    assert second.errors, "a level the enum does not hold is an error"


@pytest.mark.parametrize("include", [True, False])
async def test_a_document_whose_fields_depend_on_variables_is_not_compiled(include: bool) -> None:
    document = 'query($w: Boolean!) { song(title: "x") { title writers @include(if: $w) { name } } }'
    db = canned(RICH_SONG)
    schema = build_schema()
    try:
        answers = [
            await schema.execute(document, variable_values={"w": flag}, context_value=Context(db=db))
            for flag in (include, not include)
        ]
        expected = [await general_answer(document, db, {"w": flag}) for flag in (include, not include)]
    finally:
        await db.close()
    assert [a.data for a in answers] == [e.data for e in expected]
    assert ("writers" in answers[0].data["song"]) is include  # type: ignore[index]
    assert not compiled_functions(schema)


@pytest.mark.parametrize(
    "labels",
    [["Video"], ["Person", "Song"]],
    ids=["a record of no member type", "a record of two member types"],
)
async def test_a_union_record_of_no_member_or_of_two_is_left_to_graphql_core(labels: list[str]) -> None:
    hits = [HITS[0], {"score": 0.5, "node": {**person("Bo"), "__labels": labels, "title": "Bo"}}]
    schema = build_schema()
    db = canned(hits)
    try:
        answer = await schema.execute(SEARCH, context_value=Context(db=db))
        expected = await general_answer(SEARCH, db)
    finally:
        await db.close()
    assert json.dumps(answer.data) == json.dumps(expected.data)
    assert [e.formatted for e in answer.errors or []] == [e.formatted for e in expected.errors or []]
    assert compiled_functions(schema)


def count_object_completions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the types graphql-core's completion of one object (which both execution contexts inherit)
    is called for from now on, in order."""
    completed: list[str] = []
    through = StrawberryGraphQLCoreExecutionContext.complete_object_value

    def counted(self: Any, return_type: Any, *args: Any) -> Any:
        completed.append(return_type.name)
        return through(self, return_type, *args)

    monkeypatch.setattr(StrawberryGraphQLCoreExecutionContext, "complete_object_value", counted)
    return completed


async def test_a_list_of_records_under_a_resolver_is_completed_by_the_compiled_function(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    completed = count_object_completions(monkeypatch)
    db = canned(HITS)
    try:
        answer = await build_schema().execute(SEARCH, context_value=Context(db=db))
        assert "SearchHit" not in completed, "the hits were completed one by one by graphql-core"
        expected = await general_answer(SEARCH, db)
    finally:
        await db.close()
    assert answer.errors is None and json.dumps(answer.data) == json.dumps(expected.data)
    assert completed.count("SearchHit") == len(HITS), "graphql-core's own path completes each hit"


async def test_an_operation_with_directives_beside_a_plain_one_in_the_same_document_is_not_compiled() -> None:
    # Whether selections may be compiled is the operation's: the plain one running first must not answer
    # for the other, whose fields depend on its variables.
    document = (
        'query Plain { song(title: "x") { title } } '
        'query Writers($w: Boolean!) { song(title: "x") { title writers @include(if: $w) { name } } }'
    )
    db = canned(RICH_SONG)
    schema = build_schema()
    try:
        await schema.execute(document, operation_name="Plain", context_value=Context(db=db))
        answers = [
            await schema.execute(
                document, variable_values={"w": w}, operation_name="Writers", context_value=Context(db=db)
            )
            for w in (True, False)
        ]
        general = build_schema()
        general.execution_context_class = StrawberryGraphQLCoreExecutionContext
        expected = [
            await general.execute(
                document, variable_values={"w": w}, operation_name="Writers", context_value=Context(db=db)
            )
            for w in (True, False)
        ]
    finally:
        await db.close()
    assert [a.data for a in answers] == [e.data for e in expected]
    assert "writers" not in answers[1].data["song"]  # type: ignore[index]


PAGE_OF_SONGS = {
    "rows": [{"node": {**SONG, "id": f"s{i}", "title": f"Song {i}"}, "key": [f"song {i}", f"s{i}"]} for i in range(3)],
    "totalCount": 7,
}


@pytest.mark.parametrize(
    ("document", "cursors"),
    [
        ("{ songs(first: 2) { totalCount pageInfo { hasNextPage } edges { node { id title } } nodes { id } } }", 0),
        ("{ songs(first: 2) { pageInfo { hasNextPage startCursor endCursor } edges { cursor node { title } } } }", 4),
    ],
    ids=["no cursor selected", "every cursor selected"],
)
async def test_a_connection_is_completed_whole_and_encodes_only_the_cursors_selected(
    monkeypatch: pytest.MonkeyPatch, document: str, cursors: int
) -> None:
    encoded: list[Any] = []
    encode = paging.encode_cursor

    def counted_encode(order: str, values: Any) -> str:
        encoded.append(values)
        return encode(order, values)

    db = canned(PAGE_OF_SONGS)
    try:
        expected = await general_answer(document, db)
        completed = count_object_completions(monkeypatch)
        monkeypatch.setattr(types, "encode_cursor", counted_encode)
        answer = await build_schema().execute(document, context_value=Context(db=db))
    finally:
        await db.close()
    assert answer.errors is None and json.dumps(answer.data) == json.dumps(expected.data)
    edges = answer.data["songs"]["edges"]  # type: ignore[index]
    assert [edge["node"]["title"] for edge in edges] == ["Song 0", "Song 1"]
    assert answer.data["songs"]["pageInfo"]["hasNextPage"] is True  # type: ignore[index]
    # graphql-core hands over the connection (the root field's value) once; its page info, edges and nodes
    # come from the one compiled function, not object by object.
    assert completed == ["SongConnection"]
    assert len(encoded) == cursors
    if cursors:
        assert edges[0]["cursor"] == answer.data["songs"]["pageInfo"]["startCursor"]  # type: ignore[index]
        assert edges[1]["cursor"] == answer.data["songs"]["pageInfo"]["endCursor"]  # type: ignore[index]
