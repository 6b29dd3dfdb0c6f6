"""The collaborator rankings kept for the busiest people equal a from-scratch computation after every write.

The limits are lowered for this module (a person with 3 song credits is "busy", a ranking keeps 4 and at
most 6 tied), so the small graph of ``test_collaboration_answers`` has rankings that hold everyone, rankings
cut below a tie, and people without one. After a load and after each kind of write (a reload of a changed
file, a credit added and one removed through the API, two people merged, a song deleted, a song created)
every kept ranking must equal the reference, no one may be left marked, and every page of everyone's
collaborators, forwards and backwards, must equal the reference's list.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from songgraph.config import Settings
from songgraph.cypher import collaboration
from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.graph import CREDIT_TYPES
from songgraph.ids import to_global_id
from songgraph.services import rankings
from songgraph.services.loading import load_files
from songgraph.text import slug
from tests.integration.conftest import graph_with
from tests.integration.test_collaboration_answers import (
    EDGES,
    Reference,
    _all_pages,
    _remove_credit,
    _song,
    execute,
    write_songs,
)

pytestmark = pytest.mark.anyio

MIN_CREDITS, KEEP, MOST = 3, 4, 6

WORK = "song { id } video { id } roles partnerRoles"
SHARED = f"""query($a: ID!, $b: ID!, $first: Int) {{
  sharedCollaborators(a: {{id: $a}}, b: {{id: $b}}, first: $first) {{
    person {{ id name }} strength viaA {{ {WORK} }} viaB {{ {WORK} }} }} }}"""
KEPT = Statement(
    f"MATCH (p:Person) RETURN p.id AS id, COUNT {{ (p)-[:{CREDIT_TYPES}]->() }} AS credits, "
    "p.collaboratorIds AS ids, p.collaboratorCounts AS counts, p.collaboratorsFrom AS floor, "
    f"p.collaboratorTotal AS total, p:{collaboration.STALE} AS stale",
    {},
)


@pytest.fixture(scope="module")
def small_limits() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(collaboration, "MIN_CREDITS", MIN_CREDITS)
        patch.setattr(collaboration, "KEEP", KEEP)
        patch.setattr(collaboration, "MOST", MOST)
        yield


@pytest.fixture(scope="module")
def song_folder(small_limits: None, settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("ranked-songs")
    rng = random.Random(20261203)
    docs = [_song(rng, number) for number in range(24)]
    # A trio on three songs of their own (rankings that hold everyone) and a one-off guest (no ranking).
    docs += [
        {
            "id": f"trio-{n}",
            "title": f"Trio {n}",
            "artists": ["Quin Vale"],
            "writers": ["Rue Dawson"],
            "producers": ["Tam Ostrow"],
        }
        for n in range(3)
    ]
    docs[-1]["featured_artists"] = ["Sol Pike"]
    write_songs(folder, docs)
    graph_with(settings, folder)
    yield folder
    graph_with(settings)


def expected_ranking(counts: dict[str, int]) -> tuple[list[str], list[int], int]:
    """What the ranking of someone with these shared-song counts holds: ids, counts, floor."""
    ordered = sorted(counts, key=lambda other: (-counts[other], other))
    cut = 1 if len(ordered) <= KEEP else counts[ordered[KEEP - 1]]
    floor = cut if sum(1 for c in counts.values() if c >= cut) <= MOST else cut + 1
    kept = [other for other in ordered if counts[other] >= floor]
    return kept, [counts[other] for other in kept], floor


async def _a_few_at_a_time(checks: list[Coroutine[Any, Any, None]], at_once: int = 4) -> None:
    # Thousands of small reads: one at a time, Neo4j would sit idle while Python checks each answer. Four
    # at once: the costly lane queues at most four requests behind the one it runs.
    gate = asyncio.Semaphore(at_once)

    async def one(check: Coroutine[Any, Any, None]) -> None:
        async with gate:
            await check

    # A task group: the first failure cancels the rest and is the one reported.
    try:
        async with asyncio.TaskGroup() as group:
            for check in checks:
                group.create_task(one(check))
    except BaseExceptionGroup as failed:
        raise failed.exceptions[0] from None


async def check_rankings(db: Database) -> dict[str, str]:
    """Every kept ranking equals the reference; returns the kind of each ranked person's ranking."""
    reference = Reference(await db.read(EDGES))
    kinds: dict[str, str] = {}
    for row in await db.read(KEPT):
        assert not row["stale"], f"{row['id']} left marked"
        if row["credits"] < MIN_CREDITS:
            assert row["ids"] is None, f"{row['id']} has {row['credits']} credits and a ranking"
            continue
        counts = {other: len(works) for other, works in reference.shared(row["id"], None).items()}
        ids, numbers, floor = expected_ranking(counts)
        assert (row["ids"], row["counts"], row["floor"], row["total"]) == (ids, numbers, floor, len(counts)), row["id"]
        kinds[row["id"]] = "everyone" if floor == 1 else "cut"
    people = sorted(reference.names)

    async def shared(a: str, b: str, first: int) -> None:
        variables = {"a": to_global_id("Person", a), "b": to_global_id("Person", b), "first": first}
        answer = (await execute(db, SHARED, variables))["sharedCollaborators"]
        assert answer == reference.shared_collaborators(a, b, None)[:first], (a, b, first)

    async def pages(person: str, size: int) -> None:
        expected = reference.collaborators(person, None)
        assert await _all_pages(db, person, backwards=False, size=size) == expected, (person, size)
        assert await _all_pages(db, person, backwards=True, size=size) == expected, (person, size)

    # Every ordered pair and every person, each with one of the sizes in turn, so each size meets a third of them:
    # every size for each tripled this module's time (most of it Neo4j's), after each of the seven writes.
    pairs = [(a, b) for a in people for b in people if a != b]
    await _a_few_at_a_time(
        [shared(a, b, (1, 3, 100)[n % 3]) for n, (a, b) in enumerate(pairs)]
        + [pages(person, (1, 2, 5)[n % 3]) for n, person in enumerate(people)]
    )
    return kinds


async def test_rankings_of_a_load_hold_both_kinds(db: Database, song_folder: Path) -> None:
    kinds = await check_rankings(db)
    # The fixture is only a good test if it has rankings of both kinds and people without one.
    assert set(kinds.values()) == {"everyone", "cut"}, kinds
    people = {row["id"] for row in await db.read(KEPT)}
    assert people - set(kinds), "everyone is ranked"


async def test_reads_take_the_kept_ranking(db: Database, song_folder: Path) -> None:
    """A ranking that lies shows in the answers: the reads use it (rankings are put right afterwards)."""
    rows = {row["id"]: row for row in await db.read(KEPT) if row["ids"]}
    person = next(key for key, row in sorted(rows.items()) if row["floor"] > 1)
    query = (
        "query($id: ID!) { node(id: $id) { ... on Person { collaborators(first: 1) { nodes { sharedWorkCount } } } } }"
    )
    variables = {"id": to_global_id("Person", person)}
    before = await execute(db, query, variables)
    await db.write(
        [
            Statement(
                "MATCH (p:Person {id: $id}) SET p.collaboratorCounts = [99] + p.collaboratorCounts[1..]", {"id": person}
            )
        ]
    )
    try:
        lied = await execute(db, query, variables)
        assert lied["node"]["collaborators"]["nodes"] == [{"sharedWorkCount": 99}]
        assert before != lied
    finally:
        await db.write([Statement(f"MATCH (p:Person {{id: $id}}) SET p:{collaboration.STALE}", {"id": person})])
        await rankings.rank_stale(db)
    assert await execute(db, query, variables) == before


async def test_shared_collaborators_take_two_kept_rankings(db: Database, song_folder: Path) -> None:
    """Two rankings that hold everyone prove the answer: a lie in one shows in it."""
    variables = {"a": to_global_id("Person", "quin-vale"), "b": to_global_id("Person", "rue-dawson"), "first": 5}
    before = (await execute(db, SHARED, variables))["sharedCollaborators"]
    assert [(row["person"]["name"], row["strength"]) for row in before] == [("Tam Ostrow", 6), ("Sol Pike", 2)]
    lie = "MATCH (p:Person {id: 'quin-vale'}) SET p.collaboratorCounts = [c IN p.collaboratorCounts | c + 10]"
    await db.write([Statement(lie, {})])
    try:
        lied = (await execute(db, SHARED, variables))["sharedCollaborators"]
        assert [row["strength"] for row in lied] == [16, 12]
    finally:
        await db.write([Statement(f"MATCH (p:Person {{id: 'quin-vale'}}) SET p:{collaboration.STALE}", {})])
        await rankings.rank_stale(db)
    assert (await execute(db, SHARED, variables))["sharedCollaborators"] == before


async def test_rankings_follow_every_kind_of_write(db: Database, song_folder: Path) -> None:
    await check_rankings(db)
    reference = Reference(await db.read(EDGES))

    # A reload of a changed file: a new writer, and a producer dropped.
    changed = yaml.safe_load((song_folder / "song-05.yaml").read_text(encoding="utf-8"))
    changed["writers"] = [*changed["writers"], "Mona Zell"]
    dropped = changed["producers"]
    changed["producers"] = []
    write_songs(song_folder, [changed])
    report = await load_files(db, [song_folder / "song-05.yaml"])
    assert report.ok and report.loaded and dropped
    await check_rankings(db)

    # A credit added through the API, and one removed.
    held = {e["person"] for e in reference.edges if e["song"] == "song-07" and e["type"] == "PRODUCED"}
    newcomer = next(person for person in sorted(reference.names) if person not in held)
    await execute(
        db,
        "mutation($s: ID!, $n: ID!) { addCredit(songId: $s, person: {id: $n}, role: PRODUCER) { id } }",
        {"s": to_global_id("Song", "song-07"), "n": to_global_id("Person", newcomer)},
    )
    await check_rankings(db)
    # A writer with no other credit on the song: only the mark taken before the change reaches them.
    writer = next(
        e
        for e in reference.edges
        if e["type"] == "WROTE"
        and e["song"].startswith("song-")
        and [x["type"] for x in reference.edges if (x["person"], x["song"]) == (e["person"], e["song"])] == ["WROTE"]
    )
    await _remove_credit(db, writer["song"], writer["person"], "WRITER")
    await check_rankings(db)

    # Two people merged, a song deleted, a song created with busy people on it.
    await execute(
        db,
        "mutation($k: ID!, $r: ID!) { mergePeople(keep: $k, remove: $r) { id } }",
        {"k": to_global_id("Person", slug("Bram Oduya")), "r": to_global_id("Person", slug("Cleo Marsh"))},
    )
    await check_rankings(db)
    await execute(db, "mutation($s: ID!) { deleteSong(id: $s) { title } }", {"s": to_global_id("Song", "song-03")})
    await check_rankings(db)
    created: dict[str, Any] = {
        "title": "Late Addition",
        "artists": [{"name": "Ada Quill"}],
        "writers": [{"name": "Hugo Brisk"}, {"name": "Newt Farrow"}],
    }
    await execute(db, "mutation($i: SongInput!) { createSong(input: $i) { id } }", {"i": created})
    await check_rankings(db)


async def test_migrate_ranks_a_store_written_before_rankings(db: Database, song_folder: Path) -> None:
    await db.write([Statement("MATCH (p:Person) REMOVE " + ", ".join(f"p.{n}" for n in collaboration.PROPERTIES), {})])
    assert not any(row["ids"] for row in await db.read(KEPT))
    assert await rankings.rank_unranked(db) > 0
    await check_rankings(db)
