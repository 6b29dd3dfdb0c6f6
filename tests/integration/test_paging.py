"""Keyset pages of songs, people and introductions on the real Neo4j: every order, forwards and
backwards from every cursor, inserts between pages, forged cursors, and the cost of a deep page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

import pytest

from songgraph.cypher import reads
from songgraph.cypher.paging import encode_cursor
from songgraph.cypher.selection import Field
from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.ids import from_global_id
from songgraph.migrate import default_schema_dir, migrate
from tests.integration.conftest import execute

pytestmark = pytest.mark.anyio

WIPE = Statement("MATCH (n) DETACH DELETE n", {})
# Titles and dates repeat, some songs have no date, so every tie-break and the null block are exercised.
SONGS = [
    {"id": f"s{n:02d}", "title": title, "date": date}
    for n, (title, date) in enumerate(
        [
            ("Echo", dt.date(2001, 1, 1)),
            ("Echo", dt.date(2001, 1, 1)),
            ("echo", None),
            ("Amber", dt.date(1999, 5, 1)),
            ("Zephyr", None),
            ("Amber", None),
            ("Lark", dt.date(2001, 1, 1)),
            ("Moth", dt.date(2010, 2, 2)),
            ("Birch", dt.date(1999, 5, 1)),
            ("Quay", dt.date(2020, 3, 3)),
            ("Moth", None),
            ("Fern", dt.date(1980, 1, 1)),
        ]
    )
]
CREATE = Statement(
    "UNWIND $songs AS s CREATE (:Song {id: s.id, title: s.title, titleKey: toLower(s.title), releaseDate: s.date, "
    "releaseYear: s.date.year}) "
    "WITH count(*) AS done UNWIND $people AS p CREATE (:Person {id: p.id, name: p.name, nameKey: toLower(p.name), "
    "kind: 'PERSON'}) "
    "WITH count(*) AS done UNWIND $intros AS i CREATE (:Introduction {id: i.id, year: i.year})",
    {
        "songs": SONGS,
        "people": [{"id": f"p{n}", "name": name} for n, name in enumerate(["Ola", "ola", "Bea", "Cy", "Ola", "Ada"])],
        "intros": [{"id": f"i{n}", "year": year} for n, year in enumerate([2001, None, 1999, 2001, None, 1980])],
    },
)


@pytest.fixture
async def small_store(db: Database) -> AsyncIterator[None]:
    await migrate(db, default_schema_dir())
    await db.write([WIPE, CREATE])
    yield
    await db.write([WIPE])


def expected_songs(sort: str) -> list[str]:
    def key(song: dict[str, Any]) -> tuple[Any, ...]:
        title, date = song["title"].lower(), song["date"]
        if sort in ("TITLE_ASC", "TITLE_DESC"):
            return (title, song["id"])
        day = date.toordinal() if date else 0
        return (date is None, day if sort == "RELEASE_DATE_ASC" else -day, title, song["id"])

    ordered = [str(song["id"]) for song in sorted(SONGS, key=key)]
    return ordered[::-1] if sort == "TITLE_DESC" else ordered


async def page(db: Database, root: str, sort: str | None, arguments: dict[str, Any]) -> dict[str, Any]:
    given = ", ".join(f"{name}: ${name}" for name in arguments)
    declared = ", ".join(f"${name}: {'Int' if name in ('first', 'last') else 'String'}" for name in arguments)
    field = {"songs": "Song", "people": "Person", "introductions": "Introduction"}[root]
    sorted_by = f", sort: {sort}" if sort else ""
    document = (
        f"query({declared}) {{ {root}({given}{sorted_by}) {{ totalCount "
        "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } "
        f"edges {{ cursor node {{ ... on {field} {{ id }} }} }} }} }}"
    )
    result = await execute(db, document, arguments)
    assert result.errors is None, result.errors
    return dict(result.data[root])


def raw_id(global_id: str) -> str:
    return from_global_id(global_id)[1]


ORDERS: list[tuple[str, str | None]] = [
    ("songs", "TITLE_ASC"),
    ("songs", "TITLE_DESC"),
    ("songs", "RELEASE_DATE_ASC"),
    ("songs", "RELEASE_DATE_DESC"),
    ("people", "NAME_ASC"),
    ("people", "NAME_DESC"),
    ("introductions", None),
]


def expected(root: str, sort: str | None) -> list[str]:
    if root == "songs":
        assert sort is not None
        return expected_songs(sort)
    if root == "people":
        people = CREATE.params["people"]
        ordered = [p["id"] for p in sorted(people, key=lambda p: (p["name"].lower(), p["id"]))]
        return ordered if sort == "NAME_ASC" else ordered[::-1]
    intros = CREATE.params["intros"]
    return [i["id"] for i in sorted(intros, key=lambda i: (i["year"] is None, i["year"] or 0, i["id"]))]


@pytest.mark.usefixtures("small_store")
@pytest.mark.parametrize(("root", "sort"), ORDERS)
async def test_pages_from_every_cursor_both_ways(db: Database, root: str, sort: str | None) -> None:
    listed = expected(root, sort)
    whole = await page(db, root, sort, {"first": 100})
    assert [raw_id(e["node"]["id"]) for e in whole["edges"]] == listed
    assert whole["totalCount"] == len(listed)
    cursors = [edge["cursor"] for edge in whole["edges"]]
    for position, cursor in enumerate(cursors):
        after = await page(db, root, sort, {"first": 3, "after": cursor})
        assert [raw_id(e["node"]["id"]) for e in after["edges"]] == listed[position + 1 : position + 4]
        assert after["pageInfo"]["hasNextPage"] is (position + 4 < len(listed))
        assert after["pageInfo"]["hasPreviousPage"] is True
        before = await page(db, root, sort, {"last": 3, "before": cursor})
        assert [raw_id(e["node"]["id"]) for e in before["edges"]] == listed[max(0, position - 3) : position]
        assert before["pageInfo"]["hasPreviousPage"] is (position > 3)
        assert before["pageInfo"]["hasNextPage"] is True
    # A window between two cursors.
    between = await page(db, root, sort, {"first": 100, "after": cursors[1], "before": cursors[-2]})
    assert [raw_id(e["node"]["id"]) for e in between["edges"]] == listed[2:-2]
    last = await page(db, root, sort, {"last": 2})
    assert [raw_id(e["node"]["id"]) for e in last["edges"]] == listed[-2:]
    assert last["pageInfo"]["hasPreviousPage"] is True and last["pageInfo"]["hasNextPage"] is False


@pytest.mark.usefixtures("small_store")
async def test_an_insert_or_delete_between_pages_neither_repeats_nor_skips(db: Database) -> None:
    first = await page(db, "songs", "TITLE_ASC", {"first": 4})
    seen = [raw_id(e["node"]["id"]) for e in first["edges"]]
    assert seen == expected_songs("TITLE_ASC")[:4]
    # One song sorted before the page's end, one after it; and the next song in line deleted.
    await db.write(
        [
            Statement("CREATE (:Song {id: 'early', title: 'Aardvark', titleKey: 'aardvark'})", {}),
            Statement("CREATE (:Song {id: 'late', title: 'Yew', titleKey: 'yew'})", {}),
            Statement("MATCH (s:Song {id: $id}) DETACH DELETE s", {"id": expected_songs("TITLE_ASC")[4]}),
        ]
    )
    rest = await page(db, "songs", "TITLE_ASC", {"first": 100, "after": first["pageInfo"]["endCursor"]})
    later = [raw_id(e["node"]["id"]) for e in rest["edges"]]
    remaining = expected_songs("TITLE_ASC")[5:]
    assert later == [*remaining[: remaining.index("s04")], "late", *remaining[remaining.index("s04") :]]
    assert not set(later) & set(seen)
    # Backwards from the first page's start: the song inserted before it appears, nothing repeats.
    back = await page(db, "songs", "TITLE_ASC", {"last": 100, "before": first["pageInfo"]["startCursor"]})
    assert [raw_id(e["node"]["id"]) for e in back["edges"]] == ["early"]


async def bad(db: Database, document: str, variables: dict[str, Any]) -> tuple[str, str]:
    result = await execute(db, document, variables)
    assert result.errors, "expected an error"
    (error,) = result.errors
    assert error.extensions is not None
    return error.extensions["code"], error.message


FORGED = [
    "nonsense",
    "eyJvIjoic29uZ3M6VElUTEVfQVNDIiwiayI6WzEsMl19",  # {"o":"songs:TITLE_ASC","k":[1,2]}
    encode_cursor("people:NAME_ASC", ["ola", "p0"]),
    encode_cursor("songs:TITLE_DESC", ["echo", "s00"]),
    encode_cursor("songs:TITLE_ASC", ["echo"]),
    "x" * 100_000,
]


@pytest.mark.usefixtures("small_store")
@pytest.mark.parametrize("cursor", FORGED)
@pytest.mark.parametrize("argument", ["after", "before"])
async def test_forged_or_foreign_cursors_are_bad_user_input_naming_the_argument(
    db: Database, cursor: str, argument: str
) -> None:
    code, message = await bad(db, f"query($c: String) {{ songs({argument}: $c) {{ totalCount }} }}", {"c": cursor})
    assert code == "BAD_USER_INPUT"
    assert message.startswith(f"songs.{argument}: ") and len(message) < 200
    code, message = await bad(
        db,
        f'query($c: String) {{ person(name: "Ola") {{ collaborators({argument}: $c) {{ totalCount }} }} }}',
        {"c": cursor},
    )
    assert code == "BAD_USER_INPUT" and message.startswith(f"collaborators.{argument}: ")


@pytest.mark.usefixtures("small_store")
async def test_first_and_last_together_are_refused(db: Database) -> None:
    code, message = await bad(db, "{ songs(first: 1, last: 1) { totalCount } }", {})
    assert code == "BAD_USER_INPUT" and message == "songs: give first or last, not both"
    code, message = await bad(db, "{ people(last: 101) { totalCount } }", {})
    assert message == "people.last: last must be at most 100, got 101"


def f(field_name: str, /, *selections: Field, **arguments: Any) -> Field:
    return Field(field_name, None, arguments, tuple(selections))


BIG = Statement(
    "UNWIND range(0, $count - 1) AS n "
    "CREATE (:Song {id: 's' + n, title: 'Song ' + (n % 997), titleKey: 'song ' + (n % 997), "
    "releaseDate: CASE WHEN n % 11 = 0 THEN null ELSE date({year: 1960 + n % 60, month: 1 + n % 12, day: 1}) END})",
    {"count": 4000},
)


async def test_a_deep_page_reads_about_what_the_first_does(db: Database) -> None:
    await migrate(db, default_schema_dir())
    await db.write([WIPE, BIG])
    await db.refresh_statistics()
    try:
        for sort in ("TITLE_ASC", "TITLE_DESC", "RELEASE_DATE_ASC", "RELEASE_DATE_DESC"):
            order = reads.SONG_ORDER[sort]
            selection = f("nodes", f("title"))
            _, first_hits = await db.profile(reads.songs(f("songs", selection, first=50, sort=sort)))
            # The cursor of the 3,500th song: the next page is page 71 of 50.
            found = await db.read(
                Statement(
                    f"MATCH (n:Song) WITH n ORDER BY {order.order_by({'n': 'n'})} SKIP 3499 LIMIT 1 "
                    f"RETURN {order.values({'n': 'n'})} AS key",
                    {},
                )
            )
            cursor = encode_cursor(order.name, found[0]["key"])
            rows, deep_hits = await db.profile(reads.songs(f("songs", selection, first=50, sort=sort, after=cursor)))
            assert len(rows[0]["result"]["rows"]) == 51
            # Reading the 3,500 songs before the cursor would cost thousands of hits.
            # By release date the first page reads no dateless song (their block is read only when the dated
            # ones run out): about 300 hits, and the deep page's seek about 300 more.
            assert deep_hits <= 3 * first_hits, f"{sort}: page 1 {first_hits}, page 71 {deep_hits} db hits"
            assert deep_hits < 3500, f"{sort}: {deep_hits} db hits"
    finally:
        await db.write([WIPE])
