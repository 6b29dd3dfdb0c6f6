"""songgraph.cypher.paging (cursors, page arguments) and songgraph.ids (Relay global ids)."""

from __future__ import annotations

import base64
import datetime as dt
import json

import pytest

from songgraph.cypher.builder import Builder
from songgraph.cypher.nested import COLLABORATOR_ORDER
from songgraph.cypher.paging import MAX_PAGE_SIZE, Order, Page, decode_cursor, encode_cursor, rows_in_order, seek
from songgraph.cypher.reads import INTRODUCTION_ORDER, PERSON_ORDER, SONG_ORDER
from songgraph.errors import BadUserInput
from songgraph.ids import from_global_id, to_global_id

TITLES = SONG_ORDER["TITLE_ASC"]
BY_DATE = SONG_ORDER["RELEASE_DATE_DESC"]


def _b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


# --- cursors --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("order", "key"),
    [
        (TITLES, ("we dont talk anymore", "we-dont-talk-anymore")),
        (TITLES, ('ünïcödé "quoted" / +', "x")),
        (BY_DATE, (dt.date(2016, 5, 24), "attention", "attention")),
        (BY_DATE, (None, "no date", "no-date")),
        (INTRODUCTION_ORDER, (2015, "a--b")),
        (COLLABORATOR_ORDER, (12, "Nadia Vell", "nadia-vell")),
    ],
)
def test_cursor_round_trip(order: Order, key: tuple[object, ...]) -> None:
    assert decode_cursor(encode_cursor(order.name, key), order, "songs.after") == key


def test_cursors_are_opaque_url_safe_and_distinct() -> None:
    cursors = {encode_cursor(TITLES.name, (f"title {n}", f"id-{n}")) for n in range(50)}
    assert len(cursors) == 50
    assert all(not set(c) & set("+/= ") and "title" not in c for c in cursors)


@pytest.mark.parametrize(
    "cursor",
    [
        "",
        "garbage",
        "!!!not base64!!!",
        base64.b64encode(b"offset:12").decode(),
        _b64("null"),
        _b64("[]"),
        _b64(json.dumps({"o": "songs:TITLE_ASC"})),
        _b64(json.dumps({"o": "songs:TITLE_ASC", "k": ["a"]})),
        _b64(json.dumps({"o": "songs:TITLE_ASC", "k": ["a", "b", "c"]})),
        _b64(json.dumps({"o": "songs:TITLE_ASC", "k": ["a", 3]})),
        _b64(json.dumps({"o": "songs:TITLE_ASC", "k": [None, "b"]})),
        _b64(json.dumps({"o": "songs:TITLE_ASC", "k": "ab"})),
        _b64(json.dumps({"o": "songs:TITLE_ASC", "k": ["a", "b"], "skip": 10**9})),
        # A cursor of another list, or of the same list in another order, is not one of this list's.
        encode_cursor(PERSON_ORDER["NAME_ASC"].name, ("a", "b")),
        encode_cursor(SONG_ORDER["TITLE_DESC"].name, ("a", "b")),
        _b64(json.dumps({"o": "songs:TITLE_ASC", "k": ["a", "b"]})) + "=",
        "A" * 5000,
        base64.urlsafe_b64encode(b"\xff\xfe\xfd").decode(),
        _b64("[" * 100_000),
    ],
)
def test_forged_or_foreign_cursor_raises_bad_user_input_naming_the_argument(cursor: str) -> None:
    with pytest.raises(BadUserInput) as caught:
        decode_cursor(cursor, TITLES, "songs.after")
    assert caught.value.field == "songs.after"
    assert str(caught.value).startswith("songs.after: ")
    assert len(str(caught.value)) < 200


@pytest.mark.parametrize(
    "key",
    [[True, "a", "b"], ["2016-13-01", "a", "b"], [1.5, "a", "b"], [{"x": 1}, "a", "b"], ["2016-01-01", None, "b"]],
)
def test_cursor_values_of_the_wrong_type_are_refused(key: list[object]) -> None:
    cursor = _b64(json.dumps({"o": BY_DATE.name, "k": key}))
    with pytest.raises(BadUserInput):
        decode_cursor(cursor, BY_DATE, "songs.before")


# --- Page.parse -----------------------------------------------------------------------------------------


def test_page_parse_defaults() -> None:
    assert Page.parse({}, TITLES, 20, "songs") == Page(size=20)


def test_page_parse_uses_first_or_last() -> None:
    assert Page.parse({"first": 5}, TITLES, 20, "songs") == Page(size=5)
    assert Page.parse({"last": 7}, TITLES, 20, "songs") == Page(size=7, backwards=True)


def test_page_parse_continues_from_the_cursors() -> None:
    after = encode_cursor(TITLES.name, ("m", "m-1"))
    before = encode_cursor(TITLES.name, ("t", "t-1"))
    page = Page.parse({"first": 10, "after": after, "before": before}, TITLES, 20, "songs")
    assert page == Page(size=10, after=("m", "m-1"), before=("t", "t-1"))


def test_first_and_last_together_are_refused() -> None:
    with pytest.raises(BadUserInput) as caught:
        Page.parse({"first": 1, "last": 1}, TITLES, 20, "songs")
    assert caught.value.field == "songs"


def test_page_parse_accepts_the_bounds() -> None:
    assert Page.parse({"first": 0}, TITLES, 20, "songs").size == 0
    assert Page.parse({"last": MAX_PAGE_SIZE}, TITLES, 20, "songs").size == MAX_PAGE_SIZE
    assert MAX_PAGE_SIZE == 100


@pytest.mark.parametrize("name", ["first", "last"])
@pytest.mark.parametrize("size", [MAX_PAGE_SIZE + 1, 1000, -1])
def test_sizes_out_of_range_raise_naming_the_argument(name: str, size: int) -> None:
    with pytest.raises(BadUserInput) as caught:
        Page.parse({name: size}, TITLES, 20, "people")
    assert caught.value.field == f"people.{name}"
    assert str(caught.value).startswith(f"people.{name}: ")


@pytest.mark.parametrize("name", ["after", "before"])
def test_garbage_cursor_raises_naming_the_argument(name: str) -> None:
    with pytest.raises(BadUserInput) as caught:
        Page.parse({"first": 10, name: "not-a-cursor"}, TITLES, 20, "Person.songs")
    assert caught.value.field == f"Person.songs.{name}"
    assert "not-a-cursor" in str(caught.value)


def test_page_info_flags_follow_the_direction() -> None:
    forward = Page(size=2, after=("a", "a"))
    assert rows_in_order([1, 2, 3], forward) == ([1, 2], True)
    assert (forward.has_next(True), forward.has_previous(True)) == (True, True)
    assert (Page(size=2).has_next(False), Page(size=2).has_previous(False)) == (False, False)
    # Backwards rows come nearest-the-cursor first and are put back in list order.
    backwards = Page(size=2, backwards=True)
    assert rows_in_order([3, 2, 1], backwards) == ([2, 3], True)
    assert (backwards.has_next(True), backwards.has_previous(True)) == (False, True)
    assert Page(size=2, backwards=True, before=("z", "z")).has_next(False) is True


# --- the seek condition (its results on every cursor are checked on Neo4j in tests/integration/test_paging.py)


def test_seek_compares_lists_so_the_planner_keeps_the_index_order() -> None:
    b = Builder()
    conditions = seek(b, TITLES, {"n": "this"}, Page(size=5, after=("echo", "s01")))
    # An OR of plain comparisons is split by the planner into a union of seeks, which loses the order.
    assert conditions == ["([this.titleKey, this.id] > [$p0, $p1])", "this.titleKey >= $p2"]
    assert b.params == {"p0": "echo", "p1": "s01", "p2": "echo"}


def test_seek_past_a_cursor_in_the_null_block() -> None:
    b = Builder()
    (condition,) = seek(b, BY_DATE, {"n": "this"}, Page(size=5, after=(None, "echo", "s02")))
    assert condition == "(this.releaseDate IS NULL AND ([this.titleKey, this.id] > [$p0, $p1]))"


def test_bad_user_input_without_field_is_just_the_message() -> None:
    error = BadUserInput("something is wrong")
    assert error.field is None
    assert str(error) == "something is wrong"


# --- global ids -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("type_name", "key"),
    [
        ("Song", "we-dont-talk-anymore"),
        ("Person", "jacob-kasher-hindlin"),
        ("Introduction", "taylor-swift--charlie-puth--selena-gomez"),
        ("MusicVideo", "a:key:with:colons"),
        ("Album", "ünïcödé ? & /"),
    ],
)
def test_global_id_round_trip(type_name: str, key: str) -> None:
    global_id = to_global_id(type_name, key)
    assert from_global_id(global_id) == (type_name, key)


def test_global_ids_are_url_safe_and_unpadded() -> None:
    global_id = to_global_id("Album", "ünïcödé ? & / ~~~")
    assert "=" not in global_id
    assert "+" not in global_id
    assert "/" not in global_id


def test_global_ids_differ_by_type() -> None:
    assert to_global_id("Song", "x") != to_global_id("Album", "x")


@pytest.mark.parametrize(
    "global_id",
    [
        "",
        "garbage",
        "!!!",
        to_global_id("Song", "we-dont-talk-anymore")[:3],  # truncated
        base64.urlsafe_b64encode(b"no separator").decode(),
        base64.urlsafe_b64encode(b":no-type").decode(),
        base64.urlsafe_b64encode(b"Song:").decode(),
        base64.urlsafe_b64encode(b"not a type:key").decode(),
        base64.urlsafe_b64encode(b"\xff\xfe:key").decode(),
    ],
)
def test_garbage_global_id_raises_bad_user_input(global_id: str) -> None:
    with pytest.raises(BadUserInput) as caught:
        from_global_id(global_id)
    assert caught.value.field == "id"


def test_garbage_global_id_names_the_given_field() -> None:
    with pytest.raises(BadUserInput) as caught:
        from_global_id("garbage", "node.id")
    assert caught.value.field == "node.id"
    assert "garbage" in str(caught.value)
