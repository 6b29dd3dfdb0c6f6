"""The Curator's decisions against a fake transaction: which statements it runs, and what it refuses before
writing anything. (The statements themselves run on the real Neo4j in tests/integration.)"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar, cast

import pytest

from songgraph.cypher import collaboration, edits, feed
from songgraph.cypher.statement import Statement
from songgraph.db import Database, Transaction
from songgraph.errors import BadUserInput
from songgraph.ids import to_global_id
from songgraph.services.curation import Curator

pytestmark = pytest.mark.anyio
T = TypeVar("T")
# Rows to answer, by the Cypher text of the statement asked.
Answers = dict[str, list[dict[str, Any]]]


class FakeTransaction:
    """Records every statement and answers each from ``answers``, keyed by the statement's Cypher text."""

    def __init__(self, answers: Mapping[str, list[dict[str, Any]]]) -> None:
        self.answers = answers
        self.ran: list[Statement] = []

    async def run(self, statement: Statement) -> list[dict[str, Any]]:
        self.ran.append(statement)
        return [dict(row) for row in self.answers.get(statement.cypher, [])]


class FakeDatabase:
    def __init__(self, answers: Mapping[str, list[dict[str, Any]]]) -> None:
        self.tx = FakeTransaction(answers)

    async def transact(self, work: Callable[[Transaction], Awaitable[T]]) -> T:
        return await work(cast(Transaction, self.tx))


def curator(answers: Mapping[str, list[dict[str, Any]]]) -> tuple[Curator, FakeTransaction]:
    db = FakeDatabase(answers)
    return Curator(cast(Database, db), "alice"), db.tx


SONG = to_global_id("Song", "s")
LOCKED: Answers = {edits.lock_song("s").cypher: [{"version": 3, "title": "S", "updatedBy": None, "hasVideo": False}]}
TWO_UNNAMED_PEAKS: Answers = {
    **LOCKED,
    edits.facts("s", "ChartPeak").cypher: [
        {"fact": {"id": "s--peak--0", "country": "Slovakia", "chart": None, "ordinal": 0, "position": 3}},
        {"fact": {"id": "s--peak--1", "country": "Slovakia", "chart": None, "ordinal": 1, "position": 9}},
    ],
}


def _cyphers(tx: FakeTransaction) -> list[str]:
    return [statement.cypher for statement in tx.ran]


async def test_removing_one_of_two_unnamed_peaks_needs_its_position_and_writes_nothing_without() -> None:
    edit, tx = curator(TWO_UNNAMED_PEAKS)
    with pytest.raises(BadUserInput) as refused:
        await edit.remove_chart_peak(SONG, "slovakia", None, None, None)
    assert refused.value.field == "position" and "#3, #9" in str(refused.value)
    assert edits.remove_facts("s", "ChartPeak", []).cypher not in _cyphers(tx)


async def test_removing_a_peak_by_position_deletes_only_that_one_and_stamps_the_song() -> None:
    edit, tx = curator(TWO_UNNAMED_PEAKS)
    await edit.remove_chart_peak(SONG, "Slovakia", None, 9, 3)
    removal = next(s for s in tx.ran if s.cypher == edits.remove_facts("s", "ChartPeak", []).cypher)
    assert removal.params["ids"] == ["s--peak--1"]
    # The song is stamped, and then (last, in the same transaction) the change is recorded in the feed.
    assert tx.ran[-2] == edits.touch_song("s", "alice")
    assert tx.ran[-1].cypher == feed.record([], None).cypher
    assert tx.ran[-1].params["events"] == [{"kind": "Song", "key": "s", "op": "UPDATED"}]


async def test_a_stale_version_is_refused_before_any_write() -> None:
    edit, tx = curator(TWO_UNNAMED_PEAKS)
    with pytest.raises(Exception, match="version 3, not 2"):
        await edit.remove_chart_peak(SONG, "Slovakia", None, 9, 2)
    assert _cyphers(tx) == [edits.lock_song("s").cypher]


async def test_merging_two_people_an_introduction_links_runs_no_move() -> None:
    keep, remove = to_global_id("Person", "a"), to_global_id("Person", "b")
    people = [
        {"id": "a", "name": "Ada Brill", "nameKey": "ada brill", "aliases": [], "aliasKeys": []},
        {"id": "b", "name": "A. Brill", "nameKey": "a brill", "aliases": [], "aliasKeys": []},
    ]
    edit, tx = curator(
        {
            edits.lock_people(["a", "b"]).cypher: people,
            edits.links_between("a", "b").cypher: [{"direct": [], "introductions": ["a rehearsal"]}],
        }
    )
    with pytest.raises(BadUserInput, match="a rehearsal"):
        await edit.merge_people(keep, remove)
    moves = {statement.cypher for statement in edits.merge_people("a", "b", [], [], "alice")}
    assert not moves & set(_cyphers(tx))


async def test_a_namesake_by_the_same_artist_is_refused_and_another_artist_gets_a_longer_id() -> None:
    from songgraph.curation.inputs import PersonRef, SongInput

    title = "Echo"
    found: dict[str, list[dict[str, Any]]] = {
        edits.find_people([]).cypher: [{"index": 0, "id": "odile-marsh", "name": "Odile Marsh"}]
    }
    namesake: Answers = {
        edits.namesakes("echo").cypher: [
            {"id": "echo", "title": "Echo", "artists": [{"id": "charlie-puth", "name": "Charlie Puth"}]}
        ],
        edits.song_exists("echo").cypher: [{"id": "echo"}],
        edits.taken_song_ids("echo-odile-marsh").cypher: [{"taken": []}],
        # A new song's busy people are marked for a new collaborator ranking: here none are.
        collaboration.mark_songs([]).cypher: [{"marked": 0}],
    }
    data = SongInput(title=title, artists=[PersonRef(name="Odile Marsh")])
    edit, tx = curator({**found, **namesake})
    assert await edit.create_song(data) == "echo-odile-marsh"
    created = next(s for s in tx.ran if s.cypher == edits.create_song("x", {}, "alice").cypher)
    assert created.params["id"] == "echo-odile-marsh"

    same_artist: dict[str, list[dict[str, Any]]] = {
        edits.find_people([]).cypher: [{"index": 0, "id": "charlie-puth", "name": "Charlie Puth"}]
    }
    edit, tx = curator({**same_artist, **namesake})
    with pytest.raises(BadUserInput, match="updateSong"):
        await edit.create_song(SongInput(title=title, artists=[PersonRef(name="Charlie Puth")]))
    assert edits.create_song("x", {}, "alice").cypher not in _cyphers(tx)
