"""Root fields of the API as single Cypher statements (pure): lookups, lists and ``node(id)``.

Each function takes the root field's selection and returns one ``Statement`` whose single row holds
the whole answer in a column ``result``, or ``None`` when the answer is known to be null without
asking the database (an id of another type).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from songgraph.cypher.builder import Builder
from songgraph.cypher.filters import filter_of, person_where, song_where
from songgraph.cypher.nested import connection_parts, page_of, row
from songgraph.cypher.paging import Key, Order, Page, blocks, limit, seek
from songgraph.cypher.projection import Projector
from songgraph.cypher.selection import Field
from songgraph.cypher.statement import Statement
from songgraph.errors import BadUserInput
from songgraph.graph import NODE_LABELS
from songgraph.ids import from_global_id, to_global_id
from songgraph.text import fold

THIS = "this"

_TITLE = Key("{n}.titleKey", "str")
_ID = Key("{n}.id", "str")
# Each list order ends with the unique id, and has a composite index in that order (schema/constraints.cypher).
SONG_ORDER = {
    "TITLE_ASC": Order("songs:TITLE_ASC", (_TITLE, _ID)),
    "TITLE_DESC": Order("songs:TITLE_DESC", (Key("{n}.titleKey", "str", True), Key("{n}.id", "str", True))),
    "RELEASE_DATE_ASC": Order("songs:RELEASE_DATE_ASC", (Key("{n}.releaseDate", "date", nulls="last"), _TITLE, _ID)),
    "RELEASE_DATE_DESC": Order(
        "songs:RELEASE_DATE_DESC", (Key("{n}.releaseDate", "date", True, nulls="last"), _TITLE, _ID)
    ),
}
PERSON_ORDER = {
    "NAME_ASC": Order("people:NAME_ASC", (Key("{n}.nameKey", "str"), _ID)),
    "NAME_DESC": Order("people:NAME_DESC", (Key("{n}.nameKey", "str", True), Key("{n}.id", "str", True))),
}
INTRODUCTION_ORDER = Order("introductions", (Key("{n}.year", "int", nulls="last"), _ID))


def one(builder: Builder, match: str, order: str, type_name: str, f: Field) -> Statement:
    """``match`` binds ``this``; the first row in ``order`` is projected (after the LIMIT, not before)."""
    projected = Projector(builder).project(type_name, {"n": THIS}, f.selections)
    cypher = f"{match} WITH {THIS} ORDER BY {order} LIMIT 1 RETURN {projected} AS result"
    return Statement(cypher, builder.params)


def _exactly_one(f: Field, *names: str) -> tuple[str, Any]:
    given = [(name, f.arguments[name]) for name in names if f.arguments.get(name) is not None]
    if len(given) != 1:
        listed = " or ".join(names)
        problem = "not several" if given else "none was given"
        raise BadUserInput(f"give exactly one of {listed} ({problem})", f.key)
    return given[0]


def _id_key(f: Field, value: str, type_name: str) -> str | None:
    found_type, key = from_global_id(value, f"{f.key}.id")
    return key if found_type == type_name else None


# Covers and reissues share a title: the earliest release is the one people usually mean.
EARLIEST = f"{THIS}.releaseDate IS NULL, {THIS}.releaseDate, {THIS}.id"


def by_id(f: Field, value: str, label: str) -> Statement | None:
    """``label`` by global id (labels come from the closed NODE_LABELS); another type's id is None."""
    key = _id_key(f, value, label)
    if key is None:
        return None
    b = Builder()
    return one(b, f"MATCH ({THIS}:{label} {{id: {b.param(key)}}})", f"{THIS}.id", label, f)


# How many namesakes a refusal lists at most (the message names each).
MAX_NAMESAKES = 10


def by_mbid(f: Field, value: str, label: str) -> Statement:
    """``label`` by its MusicBrainz id (labels come from the closed NODE_LABELS)."""
    b = Builder()
    return one(b, f"MATCH ({THIS}:{label} {{mbid: {b.param(value.strip().lower())}}})", f"{THIS}.id", label, f)


def song(f: Field) -> Statement | None:
    """A song by id, by MusicBrainz id, or the one song with the title (and artist); with namesakes, rows
    ``namesakes`` instead.

    Two songs with one title are different songs (a cover, a namesake by other artists): rather than pick
    one, the answer lists them in a column ``namesakes``, which ``namesakes_problem`` turns into a refusal.
    """
    name, value = _exactly_one(f, "id", "title", "mbid")
    if name == "id":
        return by_id(f, value, "Song")
    if name == "mbid":
        return by_mbid(f, value, "Song")
    b = Builder()
    # titleKey has a text index too (for CONTAINS); the hint keeps equality on the range index's seek.
    match = f"MATCH ({THIS}:Song {{titleKey: {b.param(fold(value))}}}) USING RANGE INDEX {THIS}:Song(titleKey)"
    artist = f.arguments.get("artist")
    if artist is not None:
        match += (
            f" WHERE EXISTS {{ MATCH (:PersonName {{key: {b.param(fold(artist))}}})-[:NAME_OF]->(:Person)"
            f"-[:PERFORMED|FEATURED_ON]->({THIS}) }}"
        )
    projected = Projector(b).project("Song", {"n": THIS}, f.selections)
    found, other, credit, person = b.var("found"), b.var("s"), b.var("r"), b.var("p")
    cypher = (
        f"{match} WITH {THIS} ORDER BY {EARLIEST} LIMIT {b.param(MAX_NAMESAKES + 1)} "
        f"WITH collect({THIS}) AS {found} "
        f"RETURN CASE WHEN size({found}) = 1 THEN [{THIS} IN {found} | {projected}][0] END AS result, "
        f"CASE WHEN size({found}) > 1 THEN [{other} IN {found} | {{id: {other}.id, title: {other}.title, "
        f"artists: COLLECT {{ MATCH ({other})<-[{credit}:PERFORMED]-({person}:Person) "
        f"RETURN {person}.name ORDER BY {credit}.position }}}}] END AS namesakes"
    )
    return Statement(cypher, b.params)


def namesakes_problem(f: Field, row: Mapping[str, Any]) -> BadUserInput | None:
    """The refusal of ``song(title:)`` when several songs answer to it, naming each with its id."""
    namesakes = row.get("namesakes")
    if not namesakes:
        return None
    listed = "; ".join(
        f"'{song['title']}' by {' and '.join(song['artists']) or 'no credited artist'} "
        f"(id {to_global_id('Song', song['id'])})"
        for song in namesakes[:MAX_NAMESAKES]
    )
    more = " and more" if len(namesakes) > MAX_NAMESAKES else ""
    if f.arguments.get("artist") is None:
        return BadUserInput(
            f"several songs have this title: {listed}{more}; give artist (or id) to choose", f"{f.key}.artist"
        )
    return BadUserInput(
        f"several songs by this artist have this title: {listed}{more}; give id to choose", f"{f.key}.id"
    )


def person_match(b: Builder, ref_name: str, value: str, var: str, field: str) -> tuple[str, str]:
    """``(MATCH clause, ORDER BY)`` finding a person by id or by any spelling of their name."""
    if ref_name == "id":
        found_type, key = from_global_id(value, field)
        # A wrong-type id matches nothing, which reads as "not found" to the caller.
        key_param = b.param(key if found_type == "Person" else None)
        return f"MATCH ({var}:Person {{id: {key_param}}})", f"{var}.id"
    name_key, spelling = b.param(fold(value)), b.var("spelling")
    # A name shared by several people: prefer whose own name (not alias) it is, then a stable order.
    # The key also has a text index (for CONTAINS); the hint keeps equality on the unique index's seek.
    return (
        f"MATCH ({spelling}:PersonName {{key: {name_key}}})-[:NAME_OF]->({var}:Person) "
        f"USING RANGE INDEX {spelling}:PersonName(key)",
        f"{var}.nameKey = {name_key} DESC, {var}.id",
    )


def person(f: Field) -> Statement | None:
    name, value = _exactly_one(f, "id", "name", "mbid")
    if name == "id":
        return by_id(f, value, "Person")
    if name == "mbid":
        return by_mbid(f, value, "Person")
    b = Builder()
    match, order = person_match(b, name, value, THIS, f"{f.key}.name")
    return one(b, match, order, "Person", f)


def album(f: Field) -> Statement | None:
    name, value = _exactly_one(f, "id", "title")
    if name == "id":
        return by_id(f, value, "Album")
    b = Builder()
    return one(b, f"MATCH ({THIS}:Album {{titleKey: {b.param(fold(value))}}})", EARLIEST, "Album", f)


def node(f: Field) -> Statement | None:
    type_name, _key = from_global_id(f.arguments["id"], f"{f.key}.id")
    return by_id(f, f.arguments["id"], type_name) if type_name in NODE_LABELS else None


def connection(
    b: Builder, f: Field, label: str, where: list[str], order: Order, type_name: str, connection_type: str
) -> Statement:
    """A page of ``label`` nodes matching ``where``, in ``order``, with ``totalCount`` when asked.

    The page is a seek: the rows past the cursor, read in the order of the list's composite index and
    stopped after the page, so a page far down the list reads about as much as the first one.
    """
    page = page_of(f, order)
    names = {"n": THIS}
    node_selection, want_total = connection_parts(f, connection_type)
    condition = f" WHERE {' AND '.join(where)}" if where else ""
    projected = Projector(b).project(type_name, {"n": THIS}, node_selection)
    total = (
        f"CALL () {{ MATCH ({THIS}:{label}){condition} RETURN count({THIS}) AS totalCount }} "
        if want_total
        else "WITH null AS totalCount "
    )
    if order.keys[0].nulls is None:
        rows = f"{_ordered(b, label, where, order, names, page)} "
    else:
        # Rows with the first key set, then those without (or the reverse): each part in index order. The
        # part the page reaches second is read only when the first could not fill the page (and the row
        # beyond it), so a page of a list where every row has a value never walks the other part's index.
        walked = blocks(order, names, page)
        if page.backwards:
            walked.reverse()
        found: list[str] = []
        rows = ""
        for block in walked:
            part = _ordered(b, label, [*where, block.condition], block.order, names, block.page)
            name = b.var("found")
            if found:
                # LIMIT 1 tells the planner at most one row goes on, so it checks the condition before the
                # scan and still reads the scan in index order (a bare WHERE is checked after the scan).
                part = f"WITH {found[-1]} LIMIT 1 WHERE size({found[-1]}) <= {b.param(page.size)} {part}"
            rows += f"CALL ({', '.join(found)}) {{ {part} RETURN collect({THIS}) AS {name} }} "
            found.append(name)
        rows += f"UNWIND {' + '.join(found)} AS {THIS} " if found else f"MATCH ({THIS}:{label}) WHERE false "
        rows += f"WITH {THIS} ORDER BY {order.order_by(names, page.backwards)} {limit(b, page)} "
    cypher = (
        f"{total}"
        f"CALL () {{ {rows}RETURN collect({row(projected, order, names)}) AS rows }} "
        "RETURN {rows: rows, totalCount: totalCount} AS result"
    )
    return Statement(cypher, b.params)


def _ordered(b: Builder, label: str, where: list[str], order: Order, names: dict[str, str], page: Page) -> str:
    # Every property of the order's index must be non-null for the planner to read in index order.
    present = [f"{expr} IS NOT NULL" for key, expr in zip(order.keys, order.exprs(names), strict=True) if not key.nulls]
    conditions = " AND ".join([*where, *present, *seek(b, order, names, page)])
    return (
        f"MATCH ({THIS}:{label}) WHERE {conditions} "
        f"WITH {THIS} ORDER BY {order.order_by(names, page.backwards)} {limit(b, page)}"
    )


def songs(f: Field) -> Statement:
    b = Builder()
    where = song_where(b, filter_of(f.arguments), THIS, f"{f.key}.filter")
    order = SONG_ORDER[str(f.arguments.get("sort") or "TITLE_ASC")]
    return connection(b, f, "Song", where, order, "Song", "SongConnection")


def people(f: Field) -> Statement:
    """People in name order; ranked orders (computed per request) are ``browse.people``'s."""
    b = Builder()
    where = person_where(b, filter_of(f.arguments), THIS)
    order = PERSON_ORDER[str(f.arguments.get("sort") or "NAME_ASC")]
    return connection(b, f, "Person", where, order, "Person", "PersonConnection")


def introductions(f: Field) -> Statement:
    b = Builder()
    return connection(
        b,
        f,
        "Introduction",
        [],
        INTRODUCTION_ORDER,
        "Introduction",
        "IntroductionConnection",
    )
