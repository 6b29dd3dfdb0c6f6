"""The cost model and the request limits, on the schema executed directly: everything here is refused (or
measured) before any database work, so the database is a driver pointed at a closed port."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from graphql import GraphQLList, GraphQLNonNull, GraphQLObjectType, get_introspection_query, get_named_type, parse

from songgraph.api.context import Context
from songgraph.api.cost import MAX_FRAGMENT_NESTING, MAX_MERGED, WEIGHTS, Measure, weight_of
from songgraph.api.fairness import CostlyLane
from songgraph.api.http import json_depth
from songgraph.api.limits import MAX_SEARCH_CHARS, Limits, check_strings
from songgraph.api.list_sizes import ListSizes
from songgraph.api.schema import build_schema, schema
from songgraph.config import ConfigError, Settings
from songgraph.cypher.list_sizes import plain_lists
from songgraph.cypher.model import TYPES
from songgraph.cypher.projection import NESTED_LIST_LIMIT
from songgraph.db import Database
from songgraph.ingest.page import MAX_PAGE_CHARS

pytestmark = pytest.mark.anyio

HOSTILE = (
    '{ person(name: "X") { credits { song { writers { credits { song { writers { credits { song { title } } } } } } } '
    "} } }"
)


@pytest.fixture
async def db() -> AsyncIterator[Database]:
    database = Database.connect(Settings(neo4j_uri="bolt://127.0.0.1:9"))
    yield database
    await database.close()


async def run(db: Database, document: str, variables: dict[str, Any] | None = None, **limits: int) -> Any:
    chosen = build_schema(limits=Limits(**limits)) if limits else schema
    return await chosen.execute(document, variable_values=variables, context_value=Context(db=db))


async def refusal(db: Database, document: str, variables: dict[str, Any] | None = None, **limits: int) -> Any:
    """The one error of a refused document; nothing reached the database."""
    result = await run(db, document, variables, **limits)
    assert result.data is None
    assert result.errors is not None and len(result.errors) == 1, result.errors
    assert db.statements_run == 0
    return result.errors[0]


def _list_fields() -> list[tuple[str, str]]:
    found = []
    for type_name, graphql_type in schema._schema.type_map.items():
        if type_name.startswith("__") or not isinstance(graphql_type, GraphQLObjectType):
            continue
        for field_name, field in graphql_type.fields.items():
            unwrapped = field.type.of_type if isinstance(field.type, GraphQLNonNull) else field.type
            if isinstance(unwrapped, GraphQLList) or get_named_type(field.type).name.endswith("Connection"):
                found.append((type_name, field_name))
    return found


def test_every_list_and_connection_field_has_a_declared_weight() -> None:
    missing = [f"{t}.{f}" for t, f in _list_fields() if weight_of(t, f) is None]
    assert missing == [], "declare their weights in songgraph.api.cost.WEIGHTS"
    assert len(_list_fields()) > 50


def test_every_declared_weight_names_a_field_of_the_schema() -> None:
    types = schema._schema.type_map
    unknown = [
        name
        for name in WEIGHTS
        if name.partition(".")[2] not in getattr(types.get(name.partition(".")[0]), "fields", {})
    ]
    assert unknown == []


@pytest.mark.parametrize(
    ("document", "cost"),
    [
        ('{ person(name: "x") { name } }', 1),
        # songs: 1, and its 5 nodes each read writers (1 each): 1 + 5 * 1.
        ("{ songs(first: 5) { nodes { title writers { name } } } }", 6),
        # Without `first`, the default page of 20.
        ("{ songs { totalCount nodes { title writers { name } } } }", 21),
        # A fragment counts wherever it is spread: 2 * (1 + 50 * 1) for the person, its credits and their song.
        (
            '{ a: person(name: "x") { ...P } b: person(name: "y") { ...P } } '
            "fragment P on Person { credits { song { title } } }",
            104,
        ),
        # Relationship fields carry their own weight: 100 per allowed hop; depth times limit.
        ('{ connection(from: {name: "a"}, to: {name: "b"}, maxHops: 4) { length } }', 400),
        ('{ neighborhood(id: "x", depth: 2, limit: 300) { nodes { id } } }', 600),
        # person 1 + 50 credits * (1 + song 1 + its 5 writers * (1 + 50 credits * (1 + song 1 + 5 writers *
        # (1 + 50 credits * (1 + song 1))))), worked out from the inside: 3,212,852.
        (HOSTILE, 3_212_852),
        # A browsing list is a page like songs: 1 + 10 albums * their songs (1 each).
        ("{ albums(first: 10) { nodes { title songs { title } } } }", 11),
        # Aggregations cost their pass over the songs (1,000; pairs of credits 2,000) plus their rows:
        # stats 1 + songsPerYear 1,000 + mostCredited 1,000 + 5 people * 1 + mostCollaborators 2,000 + 10 * 1.
        (
            "{ stats { songCount songsPerYear { year } mostCredited(first: 5) { person { name } } "
            "mostCollaborators { person { name } } } }",
            4_016,
        ),
    ],
)
async def test_pinned_costs(db: Database, document: str, cost: int) -> None:
    # With a limit of 0 every document is refused, with its cost, before anything runs.
    error = await refusal(db, document, max_cost=0)
    assert error.extensions["cost"] == {"requested": cost, "limit": 0}


def test_the_graph_is_asked_for_the_length_of_every_plain_list_of_a_node() -> None:
    plain = {name for name, weight in WEIGHTS.items() if weight.plain}
    assert set(plain_lists()) == {name for name in plain if TYPES[name.partition(".")[0]].node}
    # The rest are lists of values the parent already holds (a collaboration's works), built in memory.
    assert plain - set(plain_lists()) == {"Collaboration.works", "SharedCollaborator.viaA", "SharedCollaborator.viaB"}


@pytest.mark.parametrize(
    ("longest", "cost"),
    [
        # Nothing read yet, or shorter than the declared floor of 50: 1 + 1 + 50 * 1.
        (None, 52),
        (3, 52),
        # The busiest person's 1,107 credits: 1 + 1 + 1,107.
        (1107, 1109),
        # Never more than the statements project for one parent.
        (10**6, 2 + NESTED_LIST_LIMIT),
    ],
)
async def test_a_plain_list_costs_the_longest_one_in_the_graph(db: Database, longest: int | None, cost: int) -> None:
    sizes = ListSizes()
    if longest is not None:
        sizes.longest = {"Person.credits": longest, "Song.writers": 1}
    sized = build_schema(limits=Limits(max_cost=0), sizes=sizes)
    result = await sized.execute('{ person(name: "x") { credits { song { title } } } }', context_value=Context(db=db))
    (error,) = result.errors or []
    assert (error.extensions or {})["cost"]["requested"] == cost
    assert db.statements_run == 0


async def test_a_costly_document_is_refused_with_its_cost_and_the_limit(db: Database) -> None:
    error = await refusal(db, HOSTILE)
    assert error.extensions == {"code": "QUERY_TOO_COMPLEX", "cost": {"requested": 3_212_852, "limit": 10_000}}
    assert "3,212,852" in error.message and "10,000" in error.message


async def test_a_document_is_judged_once_for_the_same_variables(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    measured: list[Any] = []
    operation = Measure.operation

    def counted(self: Measure, node: Any) -> Any:
        measured.append(node)
        return operation(self, node)

    monkeypatch.setattr(Measure, "operation", counted)
    chosen = build_schema(limits=Limits(max_cost=0))  # no list sizes, as in process
    document = "query($n: Int) { songs(first: $n) { nodes { title } } }"
    for n in (3, 3, 4, 3):
        result = await chosen.execute(document, variable_values={"n": n}, context_value=Context(db=db))
        assert result.errors is not None and (result.errors[0].extensions or {}).get("code") == "QUERY_TOO_COMPLEX"
    assert len(measured) == 2  # once for n = 3, once for n = 4
    assert db.statements_run == 0


async def test_variables_count_in_the_cost(db: Database) -> None:
    document = "query($n: Int) { songs(first: $n) { nodes { writers { name } } } }"
    assert (await refusal(db, document, {"n": 3}, max_cost=0)).extensions["cost"]["requested"] == 4
    # Beyond the page limit, the resolver refuses it by name; the cost counts the most it would allow.
    assert (await refusal(db, document, {"n": 10**6}, max_cost=0)).extensions["cost"]["requested"] == 101


@pytest.mark.parametrize("count", [500, 1000])
async def test_hundreds_of_aliases_are_refused(db: Database, count: int) -> None:
    fields = " ".join(f'p{i}: person(name: "Charlie Puth") {{ credits {{ song {{ title }} }} }}' for i in range(count))
    # With the default limits their tokens are too many already; with room for the tokens, the aliases are.
    error = await refusal(db, "{ " + fields + " }")
    assert error.extensions["code"] == "QUERY_TOO_COMPLEX"
    assert "more than 5000 tokens" in error.message
    error = await refusal(db, "{ " + fields + " }", max_tokens=100_000, max_document_chars=1_000_000)
    assert error.extensions["code"] == "QUERY_TOO_COMPLEX"
    assert f"{count} aliases" in error.message and "at most 30" in error.message


async def test_twenty_large_neighbourhoods_are_refused_by_cost(db: Database) -> None:
    fields = " ".join(
        f'n{i}: neighborhood(id: "U29uZzp4", depth: 3, limit: 1000) {{ nodes {{ id }} }}' for i in range(20)
    )
    error = await refusal(db, "{ " + fields + " }")
    assert error.extensions["cost"] == {"requested": 20 * 3 * 1000, "limit": 10_000}


async def test_a_two_megabyte_document_is_refused_before_it_is_parsed(db: Database) -> None:
    document = "{" + " __typename" * 190_000 + " }"
    error = await refusal(db, document)
    assert error.extensions == {"code": "QUERY_TOO_COMPLEX"}
    assert f"{len(document):,} characters" in error.message and "100,000" in error.message


async def test_parsing_stops_at_the_token_limit(db: Database) -> None:
    document = "{" + " __typename" * 9_000 + " }"
    assert len(document) < 100_000
    error = await refusal(db, document)
    assert error.extensions == {"code": "QUERY_TOO_COMPLEX"}
    assert "more than 5000 tokens" in error.message


async def test_fragments_expanding_exponentially_are_refused_from_their_size(db: Database) -> None:
    # Each fragment spreads the next twice: 26 fragments expand to 2**26 - 1 selections in a 1.5 KB document.
    fragments = " ".join(f"fragment F{i} on Query {{ __typename ...F{i + 1} ...F{i + 1} }}" for i in range(25))
    document = "{ ...F0 } " + fragments + " fragment F25 on Query { __typename }"
    error = await refusal(db, document)
    assert error.extensions == {"code": "QUERY_TOO_COMPLEX"}
    assert f"{2**26 - 1:,} fields" in error.message


async def test_fragments_nested_too_deep_are_refused(db: Database) -> None:
    count = MAX_FRAGMENT_NESTING + 5
    fragments = " ".join(f"fragment F{i} on Query {{ ...F{i + 1} }}" for i in range(count))
    error = await refusal(db, "{ ...F0 } " + fragments + f" fragment F{count} on Query {{ __typename }}")
    assert error.extensions == {"code": "QUERY_TOO_COMPLEX"}
    assert f"more than {MAX_FRAGMENT_NESTING} deep" in error.message


async def test_many_fields_merged_under_one_response_name_are_refused(db: Database) -> None:
    # graphql-core compares such fields pairwise (in cubic time): 300 of them took it 5 s to validate.
    error = await refusal(db, "{ " + "songs { nodes { __typename } } " * 300 + "}")
    assert error.extensions == {"code": "QUERY_TOO_COMPLEX"}
    assert error.message.startswith("300 fields are selected at songs ") and f"at most {MAX_MERGED}" in error.message
    # Merged one level down, from 51 fragments.
    fragments = " ".join(f"fragment N{i} on SongConnection {{ nodes {{ title }} }}" for i in range(51))
    error = await refusal(db, "{ songs { " + " ".join(f"...N{i}" for i in range(51)) + " } } " + fragments)
    assert error.message.startswith("51 fields are selected at songs.nodes ")


async def test_operations_that_do_not_run_are_judged_too(db: Database) -> None:
    # GraphQL validates every operation of the document, whichever is named to run.
    document = "query A { __typename } query B { " + "songs { nodes { __typename } } " * 300 + "}"
    result = await schema.execute(document, operation_name="A", context_value=Context(db=db))
    assert result.errors is not None and result.errors[0].message.startswith("300 fields are selected at songs")
    assert result.errors[0].extensions == {"code": "QUERY_TOO_COMPLEX"}


async def test_graphiql_introspection_is_within_every_limit(db: Database) -> None:
    query = get_introspection_query(descriptions=True, specified_by_url=True, directive_is_repeatable=True)
    result = await run(db, query)
    assert result.errors is None and result.data["__schema"]["queryType"]["name"] == "Query"
    assert result.extensions == {"cost": {"requested": 50, "limit": 10_000}}
    assert db.statements_run == 0


async def test_fragment_cycles_are_validation_errors(db: Database) -> None:
    result = await run(db, "{ ...A } fragment A on Query { __typename ...B } fragment B on Query { ...A }")
    assert result.errors and all(e.extensions["code"] == "GRAPHQL_VALIDATION_FAILED" for e in result.errors)
    assert "Cannot spread fragment 'A' within itself" in " ".join(e.message for e in result.errors)
    assert db.statements_run == 0


async def test_depth_counts_through_fragments(db: Database) -> None:
    shallow = build_schema(max_query_depth=3)
    document = '{ song(title: "x") { ...W } } fragment W on Song { writers { credits { song { title } } } }'
    result = await shallow.execute(document, context_value=Context(db=db))
    assert result.errors is not None
    assert "exceeds maximum operation depth of 3" in result.errors[0].message
    assert result.errors[0].extensions == {"code": "QUERY_TOO_COMPLEX"}


async def test_several_operations_need_an_operation_name(db: Database) -> None:
    document = "query A { __typename } query B { songs { totalCount } }"
    error = await refusal(db, document)
    assert error.extensions == {"code": "BAD_REQUEST"}
    assert "2 operations" in error.message and "operationName" in error.message
    named = await schema.execute(document, operation_name="A", context_value=Context(db=db))
    assert named.errors is None and named.data == {"__typename": "Query"}


@pytest.mark.parametrize(
    ("document", "variables", "field", "words"),
    [
        (
            "query($t: String!) { search(text: $t) { score } }",
            {"t": "a" * 10_000},
            "search.text",
            f"10,000 characters; at most {MAX_SEARCH_CHARS} are accepted here (variable $t)",
        ),
        ('{ search(text: "' + "a" * 201 + '") { score } }', None, "search.text", "201 characters"),
        (
            "query($n: String) { person(name: $n) { name } }",
            {"n": "ab\ud800"},
            "person.name",
            "lone surrogate (U+D800) at character 2 (variable $n)",
        ),
        ('{ person(name: "' + "x" * 2001 + '") { name } }', None, "person.name", "at most 2,000"),
        (
            "query($f: SongFilter) { songs(filter: $f) { totalCount } }",
            {"f": {"title": "y" * 3000}},
            "songs.filter.title",
            "3,000 characters",
        ),
        (
            # Refused before the token is even looked at (this mutation would need one).
            "mutation($input: SongInput!) { createSong(input: $input) { id } }",
            {"input": {"title": "T", "artists": [{"name": "ok"}, {"name": "x\udc00"}]}},
            "input.artists[1].name",
            "lone surrogate (U+DC00) at character 1 (variable $input)",
        ),
        (
            '{ sharedCollaborators(a: {name: "' + "z" * 2500 + '"}, b: {name: "b"}) { strength } }',
            None,
            "sharedCollaborators.a.name",
            "2,500 characters",
        ),
    ],
)
async def test_strings_over_their_limit_or_not_unicode_are_refused_by_name(
    db: Database, document: str, variables: dict[str, Any] | None, field: str, words: str
) -> None:
    error = await refusal(db, document, variables)
    assert error.extensions == {"code": "BAD_USER_INPUT", "field": field}
    assert error.message.startswith(f"{field}: ") and words in error.message


def test_a_page_may_be_as_long_as_the_importer_takes() -> None:
    document = parse("mutation($t: String!) { importStoryPage(text: $t, dryRun: true) { written } }")
    limits = Limits()
    page = "Long page. " * (MAX_PAGE_CHARS // 11)
    field = document.definitions[0].selection_set.selections[0]  # type: ignore[attr-defined]
    arguments = [("Mutation.importStoryPage", node) for node in field.arguments]
    assert check_strings(limits, arguments, {"t": page}) is None
    refused = check_strings(limits, arguments, {"t": page + "x" * 100})
    assert refused is not None and refused.extensions == {"code": "BAD_USER_INPUT", "field": "text"}


async def test_every_limit_can_be_set(db: Database) -> None:
    assert (await refusal(db, "{ a: __typename b: __typename }", max_aliases=1)).extensions["code"] == (
        "QUERY_TOO_COMPLEX"
    )
    assert "at most 3 are" in (await refusal(db, "{ a b c d }", max_selections=3)).message
    assert "at most 10 are" in (await refusal(db, "{ __typename }", max_document_chars=10)).message
    assert "more than 3 tokens" in (await refusal(db, "{ a b c d }", max_tokens=3)).message
    assert "at most 5 are" in (await refusal(db, '{ person(name: "abcdef") { name } }', max_string_length=5)).message
    assert "costs 1, over the limit of 0" in (await refusal(db, '{ person(name: "x") { name } }', max_cost=0)).message


def test_json_depth_counts_levels_without_recursion() -> None:
    samples: list[Any] = [5, "x", {}, [[]], {"a": [{"b": [1]}]}]
    assert [json_depth(value, 32) for value in samples] == [0, 0, 1, 2, 4]
    nested: Any = []
    for _ in range(100_000):
        nested = [nested]
    assert json_depth(nested, 32) == 33  # stops one level past the limit


def test_limits_come_from_the_environment() -> None:
    settings = Settings.from_env(
        {
            "SONGGRAPH_MAX_BODY_BYTES": "1000",
            "SONGGRAPH_MAX_JSON_DEPTH": "8",
            "SONGGRAPH_MAX_DOCUMENT_CHARS": "500",
            "SONGGRAPH_MAX_TOKENS": "50",
            "SONGGRAPH_MAX_ALIASES": "0",
            "SONGGRAPH_MAX_SELECTIONS": "20",
            "SONGGRAPH_MAX_COST": "99",
            "SONGGRAPH_MAX_STRING_LENGTH": "64",
            "SONGGRAPH_CORS_ORIGINS": "https://app.example.org, http://localhost:5173/",
        }
    )
    assert (settings.max_body_bytes, settings.max_json_depth) == (1000, 8)
    assert Limits.from_settings(settings) == Limits(500, 50, 0, 20, 99, 64)
    assert settings.cors_origins == ("https://app.example.org", "http://localhost:5173")
    assert Settings.from_env({}).cors_origins == ()
    with pytest.raises(ConfigError, match="SONGGRAPH_MAX_COST: must be at least 1"):
        Settings.from_env({"SONGGRAPH_MAX_COST": "0"})
    with pytest.raises(ConfigError, match="SONGGRAPH_CORS_ORIGINS"):
        Settings.from_env({"SONGGRAPH_CORS_ORIGINS": "app.example.org"})


class HeldDatabase(Database):
    """Every read waits until the test opens the gate, so a request can be held while others arrive."""

    gate: asyncio.Event
    reads = 0

    async def read(self, statement: Any) -> list[dict[str, Any]]:
        self.reads += 1
        await self.gate.wait()
        return []


async def test_costly_requests_take_turns_and_light_ones_pass() -> None:
    held = HeldDatabase.connect(Settings(neo4j_uri="bolt://127.0.0.1:9", retry_seconds=0))
    held.gate = asyncio.Event()
    # No queue: a costly request finding the slot taken is refused at once (waiting is test_fairness's).
    lane_schema = build_schema(limits=Limits(costly_cost=100, costly_slots=1), lane=CostlyLane(1, queue=0))
    costly = '{ person(name: "a") { credits { song { writers { name } } } } }'
    light = '{ song(title: "a") { title } }'

    async def execute(document: str) -> Any:
        return await lane_schema.execute(document, context_value=Context(db=held))

    async def reads_reach(count: int) -> None:
        while held.reads < count:
            await asyncio.sleep(0.01)

    try:
        first = asyncio.create_task(execute(costly))
        await asyncio.wait_for(reads_reach(1), 10)
        refused = await asyncio.wait_for(execute(costly), 10)
        (error,) = refused.errors
        assert error.extensions["code"] == "SERVICE_UNAVAILABLE" and "costly" in error.message
        assert held.reads == 1
        cheap = asyncio.create_task(execute(light))
        await asyncio.wait_for(reads_reach(2), 10)
        held.gate.set()
        assert not (await first).errors and not (await cheap).errors
        # The slot was given back: the next costly request runs.
        assert not (await execute(costly)).errors and held.reads == 3
    finally:
        await held.close()
