"""The change feed on the real Neo4j: what each kind of write records, in its own transaction and order."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from songgraph.api.context import Context
from songgraph.api.schema import schema
from songgraph.auth import Principal, Scope
from songgraph.config import Settings
from songgraph.cypher import feed
from songgraph.cypher.statement import Statement
from songgraph.db import Database, Transaction
from songgraph.feed.changes import Change, ChangeKind, ChangeOp, record
from songgraph.feed.hub import FeedLimits, prune
from songgraph.ids import to_global_id
from songgraph.services.importing import import_pages
from songgraph.services.loading import load_files
from tests.conftest import DATA, ROOT
from tests.integration.conftest import graph_with

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("seed")]

CURATOR = Principal("curator", Scope.WRITE)
PAGES = ROOT / "tests" / "fixtures" / "pages"


@pytest.fixture(scope="module")
def seed(settings: Settings) -> Iterator[None]:
    graph_with(settings, DATA)
    yield
    graph_with(settings, DATA)


async def events_after(db: Database, position: int) -> list[dict[str, Any]]:
    rows = await db.read(feed.after(position, 10_000))
    return list(rows[0]["events"])


async def head(db: Database) -> int:
    return int((await db.read(feed.head()))[0]["head"])


async def mutate(db: Database, document: str, variables: dict[str, Any] | None = None) -> Any:
    context = Context(db=db, principal=CURATOR, request_id="test")
    result = await schema.execute(document, variable_values=variables, context_value=context)
    return result


def summary(events: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [(event["kind"], event["key"], event["op"]) for event in events]


async def test_an_edit_records_what_changed_by_whom_and_when(db: Database) -> None:
    before = await head(db)
    result = await mutate(
        db,
        'mutation { createSong(input: {title: "Feed Lantern", artists: [{name: "Orla Feedwright"}]}) { id } }',
    )
    assert result.errors is None
    events = await events_after(db, before)
    assert summary(events) == [("Song", "feed-lantern", "CREATED"), ("Person", "orla-feedwright", "CREATED")]
    assert [event["seq"] for event in events] == [before + 1, before + 2]
    assert {event["actor"] for event in events} == {"curator"}
    assert all(event["at"] is not None for event in events)

    song = to_global_id("Song", "feed-lantern")
    result = await mutate(
        db, 'mutation($id: ID!) { updateSong(id: $id, input: {summary: "lit"}) { id } }', {"id": song}
    )
    assert result.errors is None
    assert summary(await events_after(db, before + 2)) == [("Song", "feed-lantern", "UPDATED")]

    result = await mutate(db, "mutation($id: ID!) { deleteSong(id: $id) { title } }", {"id": song})
    assert result.errors is None, result.errors
    # The person only this song credited goes with it, and is reported gone too.
    assert summary(await events_after(db, before + 3)) == [
        ("Song", "feed-lantern", "DELETED"),
        ("Person", "orla-feedwright", "DELETED"),
    ]


async def test_a_rolled_back_write_records_nothing(db: Database) -> None:
    before = await head(db)
    # New people are created inside the transaction before the missing song is found: all of it rolls back.
    result = await mutate(
        db,
        """mutation($song: ID!) { recordIntroduction(input: {introducer: {name: "Nell Rollback"},
             introduced: [{name: "Ida Rollback"}, {name: "Uma Rollback"}], ledTo: [$song]}) { id } }""",
        {"song": to_global_id("Song", "no-such-song")},
    )
    assert result.errors is not None
    assert await head(db) == before
    assert await events_after(db, before) == []

    async def work(tx: Transaction) -> None:
        await record(tx, [Change(ChangeKind.SONG, "we-dont-talk-anymore", ChangeOp.UPDATED)], "test")
        raise RuntimeError("the write fails after its events were recorded")

    with pytest.raises(RuntimeError):
        await db.transact(work)
    assert await head(db) == before
    assert await events_after(db, before) == []


async def test_concurrent_writes_get_consecutive_positions_in_commit_order(db: Database) -> None:
    version = Statement("MATCH (s:Song {id: 'we-dont-talk-anymore'}) RETURN s.version AS v", {})
    before, first_version = await head(db), (await db.read(version))[0]["v"]
    song = to_global_id("Song", "we-dont-talk-anymore")
    document = "mutation($id: ID!, $s: String) { updateSong(id: $id, input: {summary: $s}) { id } }"
    results = await asyncio.gather(*(mutate(db, document, {"id": song, "s": f"take {n}"}) for n in range(6)))
    assert all(result.errors is None for result in results), [result.errors for result in results]
    events = await events_after(db, before)
    assert [event["seq"] for event in events] == list(range(before + 1, before + 7))
    # Every edit committed (the song went up one version each), and each has exactly one position.
    assert (await db.read(version))[0]["v"] == (first_version or 0) + 6


async def test_a_load_records_each_song_and_new_person(db: Database, tmp_path: Path) -> None:
    song_file = tmp_path / "feed-load.yaml"
    song_file.write_text(
        "title: Quarry Bells\nartists: [Tamsin Loadwell]\nwriters: [Tamsin Loadwell, Bo Inkster]\n", encoding="utf-8"
    )
    before = await head(db)
    report = await load_files(db, [tmp_path])
    assert report.ok, report.failed
    events = await events_after(db, before)
    assert summary(events)[0] == ("Song", "quarry-bells", "CREATED")
    assert sorted(summary(events)[1:]) == [
        ("Person", "bo-inkster", "CREATED"),
        ("Person", "tamsin-loadwell", "CREATED"),
    ]
    assert {event["actor"] for event in events} == {None}
    reloaded = await head(db)
    assert (await load_files(db, [tmp_path], force=True)).ok
    assert summary(await events_after(db, reloaded)) == [("Song", "quarry-bells", "UPDATED")]


async def test_an_import_records_the_song_and_the_people_it_adds(db: Database) -> None:
    page = PAGES / "quiet-harbour.txt"
    before = await head(db)
    report = await import_pages(db, [(str(page), page.read_text(encoding="utf-8"))])
    assert report.pages[0].written, report.pages[0].rejected
    events = await events_after(db, before)
    song = report.pages[0].document.key if report.pages[0].document else None
    assert ("Song", song, "CREATED") in summary(events)
    assert any(kind == "Person" and op == "CREATED" for kind, _key, op in summary(events))
    # Imported again: nothing new, so no write and no event.
    again = await head(db)
    await import_pages(db, [(str(page), page.read_text(encoding="utf-8"))])
    assert await events_after(db, again) == []


async def test_pruning_keeps_the_retention_and_otherwise_the_newest(db: Database) -> None:
    for n in range(5):
        await mutate(
            db,
            "mutation($id: ID!, $s: String) { updateSong(id: $id, input: {summary: $s}) { id } }",
            {"id": to_global_id("Song", "we-dont-talk-anymore"), "s": f"prune {n}"},
        )
    newest = await head(db)
    # Within the retention nothing goes, whatever the count limit says.
    kept = FeedLimits(retention_seconds=3_600, max_events=2, max_age_seconds=7_200)
    assert await prune(db, kept) == 0
    # Past it, all but the newest two go, a batch at a time.
    past = dataclasses.replace(kept, retention_seconds=0)
    assert await prune(db, past, batch=2) > 0
    remaining = await db.read(Statement("MATCH (e:FeedEvent) RETURN e.seq AS seq ORDER BY seq", {}))
    assert [row["seq"] for row in remaining] == [newest - 1, newest]
    # Pruning never moves the head: the next write continues the numbering.
    await mutate(
        db,
        'mutation($id: ID!) { updateSong(id: $id, input: {summary: "after"}) { id } }',
        {"id": to_global_id("Song", "we-dont-talk-anymore")},
    )
    assert await head(db) == newest + 1
