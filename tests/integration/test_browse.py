"""Browsing and counting on the rich fixture: the new lists, filters, sorts and ``stats``, each answer
checked against what the fixture's song files say (read here with the project's own models)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from songgraph.config import Settings
from songgraph.db import Database
from songgraph.models import CertificationLevel, SongDocument
from songgraph.text import fold
from tests.conftest import RICH
from tests.integration.conftest import execute, graph_with

pytestmark = pytest.mark.anyio

DOCS = [SongDocument.model_validate(yaml.safe_load(path.read_text())) for path in sorted(Path(RICH).glob("*.yaml"))]
# Every spelling (folded) to the person's own name, as the loader resolves aliases.
CANON = {fold(n): p.name for d in DOCS for p in d.people for n in (p.name, *p.aliases)}


def canon(name: str) -> str:
    return CANON.get(fold(name), name)


def song_people(doc: SongDocument) -> set[str]:
    return {canon(n) for n in (*doc.artists, *doc.featured_artists, *doc.writers, *doc.producers)}


@pytest.fixture(scope="module", autouse=True)
def rich_graph(settings: Settings) -> Iterator[None]:
    graph_with(settings, RICH)
    yield


async def ok(db: Database, document: str) -> Any:
    result = await execute(db, document)
    assert result.errors is None, result.errors
    return result.data


async def walk(db: Database, root: str, arguments: str, node: str) -> tuple[list[Any], int]:
    """Every item of a list, two at a time forwards; checks the same items come back two at a time backwards."""
    forwards: list[Any] = []
    after = ""
    total = -1
    while True:
        data = await ok(
            db,
            f"{{ {root}(first: 2{after}{arguments}) {{ totalCount pageInfo {{ hasNextPage endCursor }} "
            f"nodes {{ {node} }} }} }}",
        )
        page = data[root]
        total = page["totalCount"]
        forwards.extend(page["nodes"])
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = f', after: "{page["pageInfo"]["endCursor"]}"'
    backwards: list[Any] = []
    before = ""
    while True:
        data = await ok(
            db,
            f"{{ {root}(last: 2{before}{arguments}) {{ pageInfo {{ hasPreviousPage startCursor }} "
            f"nodes {{ {node} }} }} }}",
        )
        page = data[root]
        backwards = page["nodes"] + backwards
        if not page["pageInfo"]["hasPreviousPage"]:
            break
        before = f', before: "{page["pageInfo"]["startCursor"]}"'
    assert backwards == forwards
    return forwards, total


async def test_albums_in_title_order_and_by_artist(db: Database) -> None:
    albums = {d.album.title: d.album for d in DOCS if d.album}
    items, total = await walk(db, "albums", "", "title")
    assert [a["title"] for a in items] == sorted(albums, key=fold)
    assert total == len(albums) == 4
    items, _ = await walk(db, "albums", ", sort: RELEASE_DATE_DESC", "title releaseDate")
    dates = [a["releaseDate"] for a in items]
    assert dates == sorted(dates, reverse=True)
    owned = await ok(db, '{ albums(filter: {artist: "the velvet orchard"}) { totalCount nodes { title } } }')
    expected = sorted({t for t, a in albums.items() if "The Velvet Orchard" in {canon(n) for n in a.artists}})
    assert [a["title"] for a in owned["albums"]["nodes"]] == expected
    assert owned["albums"]["totalCount"] == len(expected)


async def test_music_videos_by_views_and_by_director(db: Database) -> None:
    videos = [(d.title, d.music_video) for d in DOCS if d.music_video]
    items, total = await walk(db, "musicVideos", ", sort: VIEWS_DESC", "views song { title }")
    assert total == len(videos) == 5
    by_views = sorted(videos, key=lambda v: -(v[1].views or 0))
    assert [v["song"]["title"] for v in items] == [title for title, _ in by_views]
    directed = await ok(db, '{ musicVideos(filter: {director: "Rosalind Achterberg"}) { nodes { song { title } } } }')
    expected = sorted(t for t, v in videos if "Rosalind Achterberg" in v.directors)
    assert sorted(v["song"]["title"] for v in directed["musicVideos"]["nodes"]) == expected


async def test_quotes_by_year_and_by_speaker(db: Database) -> None:
    quotes = [(q, d.title) for d in DOCS for q in d.quotes]
    items, total = await walk(db, "quotes", "", "text year speaker { name } song { title }")
    assert total == len(quotes) == 4
    assert sorted(q["text"] for q in items) == sorted(q.text for q, _ in quotes)
    years = [q["year"] for q in items if q["year"] is not None]
    assert years == sorted(years)
    speaker = canon(quotes[0][0].speaker)
    said = await ok(db, f'{{ quotes(filter: {{speaker: "{speaker}"}}) {{ nodes {{ text speaker {{ name }} }} }} }}')
    assert {q["speaker"]["name"] for q in said["quotes"]["nodes"]} == {speaker}
    assert len(said["quotes"]["nodes"]) == sum(1 for q, _ in quotes if canon(q.speaker) == speaker)


async def test_people_by_role_and_by_number_of_songs(db: Database) -> None:
    writers = {canon(n) for d in DOCS for n in d.writers}
    data = await ok(db, "{ people(first: 100, filter: {role: WRITER}) { totalCount nodes { name } } }")
    assert {p["name"] for p in data["people"]["nodes"]} == writers
    assert data["people"]["totalCount"] == len(writers)
    directors = {canon(n) for d in DOCS if d.music_video for n in d.music_video.directors}
    data = await ok(db, "{ people(first: 100, filter: {role: DIRECTOR}) { nodes { name } } }")
    assert {p["name"] for p in data["people"]["nodes"]} == directors

    songs = Counter(name for d in DOCS for name in song_people(d))
    items, total = await walk(db, "people", ", sort: SONG_COUNT_DESC", "name stats { songCount }")
    assert total == 27
    counts = [p["stats"]["songCount"] for p in items]
    assert counts == sorted(counts, reverse=True)
    assert {p["name"]: p["stats"]["songCount"] for p in items if p["stats"]["songCount"]} == dict(songs)


async def test_song_filters(db: Database) -> None:
    async def titles(song_filter: str) -> list[str]:
        data = await ok(db, f"{{ songs(first: 100, filter: {song_filter}) {{ totalCount nodes {{ title }} }} }}")
        found = [s["title"] for s in data["songs"]["nodes"]]
        assert data["songs"]["totalCount"] == len(found)
        return sorted(found)

    def expected(keep: Any) -> list[str]:
        return sorted(d.title for d in DOCS if keep(d))

    assert await titles('{genre: "DREAM POP"}') == expected(lambda d: "dream pop" in d.genres)
    assert await titles('{album: "windfall"}') == expected(lambda d: d.album and d.album.title == "Windfall")
    platinum = CertificationLevel.PLATINUM.rank
    assert await titles("{certification: {minLevel: PLATINUM}}") == expected(
        lambda d: any(c.level.rank >= platinum for c in d.certifications)
    )
    assert await titles('{certification: {country: "sweden"}}') == expected(
        lambda d: any(c.country == "Sweden" for c in d.certifications)
    )
    top_five = await titles('{chart: {country: "Sweden", positionTo: 5}}')
    assert top_five == expected(lambda d: any(p.country == "Sweden" and p.position <= 5 for p in d.chart_peaks))
    assert top_five  # the fixture has such songs, so the filter is not vacuous
    # One peak must meet every condition: a song at 2 in Sweden and 30 elsewhere is not "30 to 40 in Sweden".
    assert await titles('{chart: {country: "Sweden", positionFrom: 30, positionTo: 40}}') == expected(
        lambda d: any(p.country == "Sweden" and 30 <= p.position <= 40 for p in d.chart_peaks)
    )


async def test_bad_ranges_are_refused_with_the_field(db: Database) -> None:
    result = await execute(db, "{ songs(filter: {chart: {positionFrom: 10, positionTo: 3}}) { totalCount } }")
    assert result.errors is not None
    assert result.errors[0].message == "songs.filter.chart: positionFrom is after positionTo"
    result = await execute(db, "{ stats { mostCredited(first: 500) { songCount } } }")
    assert result.errors is not None
    assert result.errors[0].message == "mostCredited.first: first must be between 1 and 100, got 500"


async def test_graph_wide_stats(db: Database) -> None:
    data = await ok(
        db,
        "{ stats { songCount songsPerYear { year songCount } genres(first: 100) { genre songCount } "
        "writers: mostCredited(role: WRITER, first: 100) { person { name } songCount } "
        "mostCredited(first: 3) { person { name } songCount } "
        "mostCollaborators(first: 100) { person { name } collaboratorCount } "
        "certificationsPerCountry { country certificationCount songCount } } }",
    )
    stats = data["stats"]
    assert stats["songCount"] == len(DOCS) == 22
    years = Counter(d.release_date.year for d in DOCS if d.release_date)
    assert stats["songsPerYear"] == [{"year": y, "songCount": n} for y, n in sorted(years.items())]
    genres = Counter(g for d in DOCS for g in d.genres)
    assert {g["genre"]: g["songCount"] for g in stats["genres"]} == dict(genres)

    writers = Counter(canon(n) for d in DOCS for n in set(d.writers))
    assert {w["person"]["name"]: w["songCount"] for w in stats["writers"]} == dict(writers)
    ranked = sorted(Counter(n for d in DOCS for n in song_people(d)).items(), key=lambda kv: (-kv[1], fold(kv[0])))
    assert [(p["person"]["name"], p["songCount"]) for p in stats["mostCredited"]] == ranked[:3]

    partners: dict[str, set[str]] = {}
    for d in DOCS:
        for name in song_people(d):
            partners.setdefault(name, set()).update(song_people(d) - {name})
    collaborators = {name: len(others) for name, others in partners.items() if others}
    assert {p["person"]["name"]: p["collaboratorCount"] for p in stats["mostCollaborators"]} == collaborators
    counts = [p["collaboratorCount"] for p in stats["mostCollaborators"]]
    assert counts == sorted(counts, reverse=True)

    certifications = Counter(c.country for d in DOCS for c in d.certifications)
    assert sum(c["certificationCount"] for c in stats["certificationsPerCountry"]) == 10
    assert {c["country"]: c["certificationCount"] for c in stats["certificationsPerCountry"]} == dict(certifications)


async def test_stats_of_a_filter_count_only_its_songs(db: Database) -> None:
    data = await ok(
        db,
        '{ stats(filter: {artist: "Oskar Brandt", yearFrom: 2014}) { songCount songsPerYear { year songCount } '
        "producers: mostCredited(role: PRODUCER) { person { name } songCount } } }",
    )
    kept = [
        d
        for d in DOCS
        if "Oskar Brandt" in {canon(n) for n in (*d.artists, *d.featured_artists)}
        and d.release_date
        and d.release_date.year >= 2014
    ]
    assert kept, "the filter should keep some songs of the fixture"
    stats = data["stats"]
    assert stats["songCount"] == len(kept)
    years = Counter(d.release_date.year for d in kept if d.release_date)
    assert stats["songsPerYear"] == [{"year": y, "songCount": n} for y, n in sorted(years.items())]
    producers = Counter(canon(n) for d in kept for n in set(d.producers))
    assert {p["person"]["name"]: p["songCount"] for p in stats["producers"]} == dict(producers)
    empty = await ok(
        db,
        "{ stats(filter: {year: 1900}) { songCount songsPerYear { year } mostCollaborators { collaboratorCount } } }",
    )
    assert empty["stats"] == {"songCount": 0, "songsPerYear": [], "mostCollaborators": []}


@pytest.mark.parametrize(
    "document",
    [
        "{ stats { songCount songsPerYear { year } genres { genre } mostCredited { songCount } "
        "mostCollaborators { person { name credits { song { title } } } } certificationsPerCountry { country } } }",
        "{ albums { totalCount nodes { title artists { name } songs { title writers { name } } } } }",
        "{ musicVideos(sort: VIEWS_DESC) { nodes { song { title } directors { name } cast { person { name } } } } }",
        "{ quotes { nodes { text speaker { name credits { song { title } } } song { title } } } }",
        "{ people(sort: SONG_COUNT_DESC) { totalCount nodes { name credits { song { title } } } } }",
    ],
)
async def test_each_root_field_is_one_statement(db: Database, document: str) -> None:
    before = db.statements_run
    await ok(db, document)
    assert db.statements_run - before == 1
