"""Plans of the browsing lists and the ``stats`` aggregations (EXPLAIN on the rich fixture).

Pages read in the order of a composite index, never a scan of a label. An aggregation over the whole
graph starts from where the graph keeps what it counts (the count store, the release-year index, the
certifications, the people), never from a scan of every song, except ``genres``, a list on each song. The
same aggregations over a filter naming an artist or an album start from that index seek and scan nothing.
"""

from __future__ import annotations

from typing import Any

import pytest

from songgraph.cypher import browse, reads, stats
from songgraph.cypher.selection import Field
from songgraph.cypher.statement import Statement
from songgraph.db import Database
from tests.integration.test_plans import SCANS, details, f, operators, rich_graph

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures(rich_graph.__name__)]

PERSON = f("person", f("name"), f("credits", f("song", f("title"))))


def page(root: str, translate: Any, selection: Field, **arguments: Any) -> Statement:
    statement: Statement = translate(f(root, f("edges", f("cursor"), f("node", selection)), first=10, **arguments))
    return statement


LISTS: dict[str, Statement] = {
    "albums by title": page("albums", browse.albums, f("title")),
    "albums by title, backwards": browse.albums(f("albums", f("nodes", f("title")), last=3, sort="TITLE_DESC")),
    "albums by date": page("albums", browse.albums, f("title"), sort="RELEASE_DATE_DESC"),
    "videos by date": page("musicVideos", browse.music_videos, f("views")),
    "videos by views": page("musicVideos", browse.music_videos, f("views"), sort="VIEWS_DESC"),
    "quotes": page("quotes", browse.quotes, f("text")),
    "writers by name": page("people", browse.people, f("name"), filter={"role": "WRITER"}),
    "songs of an album": page("songs", reads.songs, f("title"), filter={"album": "Windfall"}),
    "songs certified": page("songs", reads.songs, f("title"), filter={"certification": {"minLevel": "GOLD"}}),
    "songs charted": page("songs", reads.songs, f("title"), filter={"chart": {"country": "Sweden", "positionTo": 5}}),
    "songs of a genre": page("songs", reads.songs, f("title"), filter={"genre": "dream pop"}),
}

AGGREGATES = {
    "songsPerYear": f("songsPerYear", f("year"), f("songCount")),
    "mostCredited": f("mostCredited", PERSON, f("songCount")),
    "writers": f("mostCredited", PERSON, f("songCount"), role="WRITER"),
    "directors": f("mostCredited", PERSON, f("songCount"), role="DIRECTOR"),
    "mostCollaborators": f("mostCollaborators", PERSON, f("collaboratorCount")),
    "certificationsPerCountry": f("certificationsPerCountry", f("country"), f("songCount")),
    "genres": f("genres", f("genre"), f("songCount")),
}


async def plan_of(db: Database, statement: Statement) -> tuple[list[str], str]:
    plan = await db.explain(statement)
    used = list(operators(plan))
    assert used, "EXPLAIN returned no plan"
    return used, "\n".join(details(plan))


@pytest.mark.parametrize("name", sorted(LISTS))
async def test_list_pages_read_an_index_in_order(db: Database, name: str) -> None:
    used, text = await plan_of(db, LISTS[name])
    assert not SCANS.intersection(used), text
    assert any(op.startswith("NodeIndex") for op in used), text
    # The order comes from the index: nothing sorts the rows read. An order whose first key may be null
    # reads its two blocks (with and without a value) in index order, and only merges their few rows.
    assert not {"Sort", "PartialSort", "PartialTop"}.intersection(used), text
    assert "Top" not in used or "Unwind" in used, text


async def test_the_block_without_a_value_is_read_only_when_the_page_needs_it(db: Database) -> None:
    """Every video of the fixture has a view count: a page by views never reads the block without one."""
    by_views = {"sort": "VIEWS_DESC"}
    page_of_two = browse.music_videos(f("musicVideos", f("nodes", f("views")), first=2, **by_views))
    everything = browse.music_videos(f("musicVideos", f("nodes", f("views")), first=100, **by_views))
    _rows, two = await db.profile(page_of_two)
    rows, whole = await db.profile(everything)
    assert len(rows[0]["result"]["rows"]) == 5
    # The whole list runs out of valued rows and reads the other block: the id index, one hit per video
    # and its views at least. The short page stops after three rows of the first block.
    assert whole - two >= 2 * 5, (two, whole)


async def test_song_count_is_read_from_the_count_store(db: Database) -> None:
    used, text = await plan_of(db, stats.stats(f("stats", f("songCount"))))
    assert "NodeCountFromCountStore" in used, text
    assert not SCANS.intersection(used), text


@pytest.mark.parametrize("name", sorted(set(AGGREGATES) - {"genres"}))
async def test_graph_wide_aggregations_do_not_scan_every_song(db: Database, name: str) -> None:
    used, text = await plan_of(db, stats.stats(f("stats", AGGREGATES[name])))
    assert "AllNodesScan" not in used, text
    assert "NodeByLabelScan@neo4j song:Song" not in text, text
    if name == "songsPerYear":
        assert "NodeIndexScan" in used, text


@pytest.mark.parametrize("flt", [{"artist": "Oskar Brandt", "yearFrom": 2012}, {"album": "Windfall"}])
async def test_aggregations_of_an_artist_or_album_start_from_its_index(db: Database, flt: dict[str, Any]) -> None:
    selection = f("stats", f("songCount"), *AGGREGATES.values(), filter=flt)
    used, text = await plan_of(db, stats.stats(selection))
    assert not SCANS.intersection(used), text
    assert any("Seek" in op for op in used), text


async def test_people_by_song_count_read_each_credit_once(db: Database) -> None:
    """The ranking is computed per request: every person and their credits, and nothing else."""
    statement = browse.people(f("people", f("nodes", f("name")), first=5, sort="SONG_COUNT_DESC"))
    used, text = await plan_of(db, statement)
    assert "AllNodesScan" not in used, text
    assert "NodeByLabelScan@neo4j song:Song" not in text and "this:Song" not in text, text
    _rows, hits = await db.profile(statement)
    # Per person: the label check, its credit relationships and their songs, and its sort key: a few
    # hits for each of the fixture's 27 people and 70-odd credits, far from a walk of the whole graph.
    credits = await db.read(
        Statement("MATCH (:Person)-[r:PERFORMED|FEATURED_ON|WROTE|PRODUCED]->() RETURN count(r) AS n", {})
    )
    people = await db.read(Statement("MATCH (p:Person) RETURN count(p) AS n", {}))
    assert hits <= 4 * (credits[0]["n"] + people[0]["n"]) + 100, text
