"""songgraph.cypher.paging (cursors, page arguments) and songgraph.ids (Relay global ids)."""

from __future__ import annotations

import base64

import pytest

from songgraph.cypher.paging import MAX_PAGE_SIZE, Page, decode_cursor, encode_cursor
from songgraph.errors import BadUserInput
from songgraph.ids import from_global_id, to_global_id


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# --- cursors --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("offset", [0, 1, 19, 99, 12345, 10**12])
def test_cursor_round_trip(offset: int) -> None:
    assert decode_cursor(encode_cursor(offset), "songs.after") == offset


def test_cursors_are_opaque_and_distinct() -> None:
    cursors = {encode_cursor(n) for n in range(50)}
    assert len(cursors) == 50
    assert all(not c.isdigit() for c in cursors)


@pytest.mark.parametrize(
    "cursor",
    [
        "",
        "garbage",
        "!!!not base64!!!",
        _b64("offset:"),
        _b64("offset:-1"),
        _b64("offset:1.5"),
        _b64("offset:abc"),
        _b64("12"),
        _b64("page:3"),
        base64.b64encode(b"\xff\xfe\xfd").decode(),
    ],
)
def test_garbage_cursor_raises_bad_user_input_naming_the_after_argument(cursor: str) -> None:
    with pytest.raises(BadUserInput) as caught:
        decode_cursor(cursor, "songs.after")
    assert caught.value.field == "songs.after"
    assert str(caught.value).startswith("songs.after: ")


def test_cursor_with_a_non_ascii_digit_raises_bad_user_input() -> None:
    with pytest.raises(BadUserInput):
        decode_cursor(_b64("offset:\u00b2"), "songs.after")


# --- Page.parse -----------------------------------------------------------------------------------------


def test_page_parse_defaults() -> None:
    assert Page.parse(None, None, 20, "songs") == Page(offset=0, size=20)


def test_page_parse_uses_first_when_given() -> None:
    assert Page.parse(5, None, 20, "songs") == Page(offset=0, size=5)


def test_page_parse_continues_after_the_cursor() -> None:
    page = Page.parse(10, encode_cursor(29), 20, "songs")
    assert page == Page(offset=30, size=10)


def test_page_parse_accepts_the_bounds() -> None:
    assert Page.parse(0, None, 20, "songs").size == 0
    assert Page.parse(MAX_PAGE_SIZE, None, 20, "songs").size == MAX_PAGE_SIZE
    assert MAX_PAGE_SIZE == 100


@pytest.mark.parametrize("first", [MAX_PAGE_SIZE + 1, 1000])
def test_first_above_the_maximum_raises_naming_first(first: int) -> None:
    with pytest.raises(BadUserInput) as caught:
        Page.parse(first, None, 20, "songs")
    assert caught.value.field == "songs.first"
    assert str(first) in str(caught.value)


@pytest.mark.parametrize("first", [-1, -100])
def test_negative_first_raises_naming_first(first: int) -> None:
    with pytest.raises(BadUserInput) as caught:
        Page.parse(first, None, 20, "people")
    assert caught.value.field == "people.first"
    assert str(caught.value).startswith("people.first: ")


def test_garbage_after_raises_naming_after() -> None:
    with pytest.raises(BadUserInput) as caught:
        Page.parse(10, "not-a-cursor", 20, "Person.songs")
    assert caught.value.field == "Person.songs.after"
    assert "not-a-cursor" in str(caught.value)


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
