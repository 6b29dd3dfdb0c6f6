"""The change feed without a database: its statements, positions, what a load reports, and slow listeners."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest

from songgraph.cypher import feed
from songgraph.cypher.statement import Statement
from songgraph.cypher.write.facts import SongRows
from songgraph.errors import BadUserInput
from songgraph.feed.changes import (
    Change,
    ChangeKind,
    ChangeOp,
    Event,
    Existing,
    decode_position,
    encode_position,
    record,
    written,
)
from songgraph.feed.hub import Listener, SlowConsumer

pytestmark = pytest.mark.anyio


def test_statements_carry_every_value_as_a_parameter() -> None:
    statement = feed.record([{"kind": "Song", "key": "o'brien\"song", "op": "CREATED"}], "name-with'quote")
    assert "o'brien" not in statement.cypher and "quote" not in statement.cypher
    assert statement.params["events"] == [{"kind": "Song", "key": "o'brien\"song", "op": "CREATED"}]
    assert statement.params["actor"] == "name-with'quote"
    pruning = feed.prune(3_600, 86_400, 1_000, 500)
    assert "3600" not in pruning.cypher and pruning.params["retention"] == 3_600 and pruning.params["keep"] == 1_000


def test_positions_round_trip_and_a_bad_one_names_the_argument() -> None:
    assert decode_position(encode_position("ab12cd", 42), "since") == ("ab12cd", 42)
    for bad in ("42", "ab.", ".42", "ab.-1", "a b.4", "ab.4x", "ab." + "9" * 40):
        with pytest.raises(BadUserInput) as caught:
            decode_position(bad, "since")
        assert caught.value.field == "since"


def rows(song: str, people: list[tuple[str, bool]]) -> SongRows:
    return SongRows(
        id=song,
        people=[{"id": person, "described": described} for person, described in people],
        song={},
        facts={},
    )


def test_a_load_reports_new_songs_and_people_as_created_and_described_ones_as_updated() -> None:
    batch = [rows("new-song", [("new-person", False), ("known-named", False)]), rows("old-song", [("known", True)])]
    changes = written(batch, Existing(songs={"old-song"}, people={"known-named", "known"}))
    assert [(c.kind, c.key, c.op) for c in changes] == [
        (ChangeKind.SONG, "new-song", ChangeOp.CREATED),
        (ChangeKind.SONG, "old-song", ChangeOp.UPDATED),
        (ChangeKind.PERSON, "new-person", ChangeOp.CREATED),
        (ChangeKind.PERSON, "known", ChangeOp.UPDATED),
    ]


class FakeTransaction:
    def __init__(self) -> None:
        self.statements: list[Statement] = []

    async def run(self, statement: Statement) -> list[dict[str, Any]]:
        self.statements.append(statement)
        return []


async def test_record_lists_each_object_once_and_writes_nothing_for_no_change() -> None:
    tx = FakeTransaction()
    await record(tx, [], "someone")  # type: ignore[arg-type]
    assert tx.statements == []
    changes = [
        Change(ChangeKind.SONG, "a", ChangeOp.CREATED),
        Change(ChangeKind.PERSON, "a", ChangeOp.CREATED),
        Change(ChangeKind.SONG, "a", ChangeOp.UPDATED),
    ]
    await record(tx, changes, "someone")  # type: ignore[arg-type]
    assert len(tx.statements) == 1
    assert tx.statements[0].params["events"] == [
        {"kind": "Song", "key": "a", "op": "CREATED"},
        {"kind": "Person", "key": "a", "op": "CREATED"},
    ]


def event(seq: int, kind: ChangeKind = ChangeKind.SONG) -> Event:
    return Event("e1", seq, kind, f"k{seq}", ChangeOp.UPDATED, None, dt.datetime(2026, 1, 1, tzinfo=dt.UTC))


async def test_a_listener_gets_what_it_accepts_in_order() -> None:
    listener = Listener(lambda e: e.kind is ChangeKind.SONG, limit=10)
    for seq, kind in ((1, ChangeKind.SONG), (2, ChangeKind.PERSON), (3, ChangeKind.SONG)):
        assert listener.offer(event(seq, kind))
    assert [(await listener.next()).seq for _ in range(2)] == [1, 3]


async def test_a_listener_that_falls_behind_is_dropped_with_a_reason_not_buffered() -> None:
    told: list[str] = []
    listener = Listener(lambda e: True, limit=3, on_drop=told.append)
    assert all(listener.offer(event(seq)) for seq in range(1, 4))
    assert not listener.offer(event(4))
    assert listener.waiting == 0, "what it held is let go at once"
    assert told and told[0].startswith("SLOW_CONSUMER")
    with pytest.raises(SlowConsumer, match="more than 3 events"):
        await asyncio.wait_for(listener.next(), 1)
