"""Every mutation on the real Neo4j: what it changes, what it refuses, and that a refusal changes nothing."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import pytest

from songgraph.api.context import Context
from songgraph.api.schema import schema
from songgraph.auth import Principal, Scope
from songgraph.config import Settings
from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.ids import to_global_id
from tests.integration.conftest import graph_with

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("seed_graph_for_edits")]

CURATOR = Principal("curator", Scope.WRITE)
SEED_SONG = to_global_id("Song", "we-dont-talk-anymore")
PUTH = to_global_id("Person", "charlie-puth")
GOMEZ = to_global_id("Person", "selena-gomez")
KASHER = to_global_id("Person", "jacob-kasher-hindlin")


@pytest.fixture(scope="module")
def seed_graph_for_edits(settings: Settings) -> Iterator[None]:
    from tests.conftest import DATA

    graph_with(settings, DATA)
    yield
    # Later modules expect the seed as loaded, not as these tests left it.
    graph_with(settings, DATA)


async def run(db: Database, document: str, variables: dict[str, Any] | None = None, principal: Any = CURATOR) -> Any:
    context = Context(db=db, principal=principal, request_id="test")
    return await schema.execute(document, variable_values=variables, context_value=context)


async def ok(db: Database, document: str, variables: dict[str, Any] | None = None) -> Any:
    result = await run(db, document, variables)
    assert result.errors is None, [e.formatted for e in result.errors]
    return result.data


async def dump(db: Database) -> list[str]:
    """Every node and relationship with all their properties: equal dumps mean an unchanged graph."""
    # The change feed (FeedHead, FeedEvent) is a log of writes, not part of the graph these tests compare.
    nodes = await db.read(
        Statement(
            "MATCH (n) WHERE NOT n:FeedEvent AND NOT n:FeedHead "
            "RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS p",
            {},
        )
    )
    rels = await db.read(
        Statement(
            "MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, properties(r) AS p, elementId(b) AS b", {}
        )
    )
    return sorted(json.dumps(row, sort_keys=True, default=str) for row in nodes + rels)


async def new_song(db: Database, title: str, **extra: Any) -> str:
    data = await ok(
        db,
        "mutation($input: SongInput!) { createSong(input: $input) { id } }",
        {"input": {"title": title, "artists": [{"name": "Charlie Puth"}], **extra}},
    )
    return str(data["createSong"]["id"])


CREATE = """mutation($input: SongInput!) {
  createSong(input: $input) {
    title releaseDate genres version createdBy updatedBy createdAt
    artists { name } writers { name } producers { name } album { title }
  }
}"""


async def test_create_song_connects_people_by_id_and_alias_and_creates_new_ones(db: Database) -> None:
    data = await ok(
        db,
        CREATE,
        {
            "input": {
                "title": "Paper Lanterns",
                "releaseDate": "2019-04-05",
                "genres": ["synth-pop"],
                "album": "Harbour Lights",
                "artists": [{"id": PUTH}],
                "writers": [{"name": "jacob kashner hindlin"}, {"name": "Odile Marsh"}],
            }
        },
    )
    song = data["createSong"]
    assert song["artists"] == [{"name": "Charlie Puth"}]
    assert song["writers"] == [{"name": "Jacob Kasher Hindlin"}, {"name": "Odile Marsh"}]
    assert song["album"] == {"title": "Harbour Lights"}
    assert (song["version"], song["createdBy"], song["updatedBy"]) == (1, "curator", "curator")
    assert song["createdAt"] is not None
    people = await db.read(Statement("MATCH (p:Person {nameKey: 'jacob kasher hindlin'}) RETURN count(p) AS n", {}))
    assert people == [{"n": 1}]
    created = await ok(db, '{ person(name: "Odile Marsh") { credits { role song { title } } } }')
    assert created["person"]["credits"] == [{"role": "WRITER", "song": {"title": "Paper Lanterns"}}]


async def test_create_song_refuses_a_title_that_is_taken_by_the_same_artist(db: Database) -> None:
    before = await dump(db)
    result = await run(db, CREATE, {"input": {"title": "We Don't Talk Anymore", "artists": [{"name": "charlie puth"}]}})
    (error,) = result.errors
    assert error.extensions["code"] == "BAD_USER_INPUT"
    assert error.extensions["field"] == "input.title"
    assert await dump(db) == before


async def test_update_song_changes_only_what_is_given_and_bumps_the_version(db: Database) -> None:
    song = await new_song(db, "Glass Orchard", releaseDate="2018-01-01", genres=["folk"], summary="first words")
    update = """mutation($id: ID!, $input: SongPatch!, $v: Int) {
      updateSong(id: $id, input: $input, expectedVersion: $v) {
        title releaseDate genres summary version updatedBy artists { name } producers { name }
      }
    }"""
    data = await ok(db, update, {"id": song, "v": 1, "input": {"summary": "second words", "releaseDate": None}})
    assert data["updateSong"] == {
        "title": "Glass Orchard",
        "releaseDate": None,
        "genres": ["folk"],
        "summary": "second words",
        "version": 2,
        "updatedBy": "curator",
        "artists": [{"name": "Charlie Puth"}],
        "producers": [],
    }
    data = await ok(db, update, {"id": song, "input": {"producers": [{"id": GOMEZ}, {"id": PUTH}]}})
    assert data["updateSong"]["producers"] == [{"name": "Selena Gomez"}, {"name": "Charlie Puth"}]
    assert data["updateSong"]["version"] == 3

    before = await dump(db)
    stale = await run(db, update, {"id": song, "v": 2, "input": {"title": "Stale Edit"}})
    (error,) = stale.errors
    assert error.extensions["code"] == "CONFLICT"
    assert "version 3, not 2" in error.message
    assert await dump(db) == before


async def test_concurrent_updates_from_the_same_version_let_exactly_one_through(db: Database) -> None:
    song = await new_song(db, "Two Hands One Pen")
    update = (
        "mutation($id: ID!, $s: String!) { updateSong(id: $id, input: {summary: $s}, expectedVersion: 1) { version } }"
    )
    results = await asyncio.gather(*(run(db, update, {"id": song, "s": f"edit {i}"}) for i in range(4)))
    codes = sorted("ok" if r.errors is None else r.errors[0].extensions["code"] for r in results)
    assert codes == ["CONFLICT", "CONFLICT", "CONFLICT", "ok"]
    winner = next(i for i, r in enumerate(results) if r.errors is None)
    data = await ok(db, "query($id: ID!) { node(id: $id) { ... on Song { summary version } } }", {"id": song})
    assert data["node"] == {"summary": f"edit {winner}", "version": 2}


async def test_concurrent_unversioned_edits_are_all_kept(db: Database) -> None:
    song = await new_song(db, "Many Charts")
    add = "mutation($id: ID!, $c: String!) { addChartPeak(songId: $id, input: {country: $c, position: 5}) { version } }"
    countries = [f"Country {i}" for i in range(6)]
    results = await asyncio.gather(*(run(db, add, {"id": song, "c": c}) for c in countries))
    assert all(r.errors is None for r in results), [r.errors for r in results]
    data = await ok(
        db, "query($id: ID!) { node(id: $id) { ... on Song { version chartPeaks { country } } } }", {"id": song}
    )
    assert sorted(p["country"] for p in data["node"]["chartPeaks"]) == countries
    assert data["node"]["version"] == 1 + len(countries)


async def test_credits_are_added_and_removed_and_duplicates_refused(db: Database) -> None:
    song = await new_song(db, "Low Tide Letters")
    add = """mutation($id: ID!, $p: PersonRef!, $role: Role!) {
      addCredit(songId: $id, person: $p, role: $role) { version writers { name } artists { name } }
    }"""
    data = await ok(db, add, {"id": song, "p": {"name": "JKash"}, "role": "WRITER"})
    assert data["addCredit"]["writers"] == [{"name": "Jacob Kasher Hindlin"}]
    before = await dump(db)
    duplicate = await run(db, add, {"id": song, "p": {"id": KASHER}, "role": "WRITER"})
    assert duplicate.errors[0].extensions == {"code": "BAD_USER_INPUT", "field": "person"}
    assert "already has the WRITER credit" in duplicate.errors[0].message
    no_video = await run(db, add, {"id": song, "p": {"id": GOMEZ}, "role": "CAST"})
    assert no_video.errors[0].extensions["field"] == "role"
    assert await dump(db) == before

    remove = """mutation($id: ID!, $p: ID!, $role: Role!) {
      removeCredit(songId: $id, personId: $p, role: $role) { writers { name } }
    }"""
    data = await ok(db, remove, {"id": song, "p": KASHER, "role": "WRITER"})
    assert data["removeCredit"]["writers"] == []
    last_artist = await run(db, remove, {"id": song, "p": PUTH, "role": "ARTIST"})
    assert "at least one artist" in last_artist.errors[0].message
    not_credited = await run(db, remove, {"id": song, "p": GOMEZ, "role": "PRODUCER"})
    assert not_credited.errors[0].extensions["field"] == "personId"


async def test_set_music_video_replaces_the_video_with_its_cast_and_parts(db: Database) -> None:
    song = await new_song(db, "Neon Harbour")
    set_video = """mutation($id: ID!, $input: MusicVideoInput!) {
      setMusicVideo(songId: $id, input: $input) {
        musicVideo { releaseDate views statsAsOf directors { name } cast { person { name } role } }
      }
    }"""
    first = {
        "releaseDate": "2020-02-02",
        "directors": [{"name": "Phil Pinto"}, {"name": "Ines Vale"}],
        "cast": [{"person": {"name": "Mirella Cardoso"}, "role": "a lighthouse keeper"}],
        "views": 1200,
        "statsAsOf": "2021-06",
    }
    data = await ok(db, set_video, {"id": song, "input": first})
    assert data["setMusicVideo"]["musicVideo"] == {
        "releaseDate": "2020-02-02",
        "views": 1200,
        "statsAsOf": "2021-06",
        "directors": [{"name": "Phil Pinto"}, {"name": "Ines Vale"}],
        "cast": [{"person": {"name": "Mirella Cardoso"}, "role": "a lighthouse keeper"}],
    }
    add_cast = """mutation($id: ID!) {
      addCredit(songId: $id, person: {name: "Selena Gomez"}, role: CAST, part: "herself") {
        musicVideo { cast { person { name } role } }
      }
    }"""
    data = await ok(db, add_cast, {"id": song})
    assert data["addCredit"]["musicVideo"]["cast"][1] == {"person": {"name": "Selena Gomez"}, "role": "herself"}
    data = await ok(db, set_video, {"id": song, "input": {"directors": [{"name": "Phil Pinto"}]}})
    assert data["setMusicVideo"]["musicVideo"]["cast"] == []
    videos = await db.read(Statement("MATCH (:Song {id: 'neon-harbour'})<-[:VIDEO_OF]-(v) RETURN count(v) AS n", {}))
    assert videos == [{"n": 1}]


async def test_record_introduction_links_people_and_songs(db: Database) -> None:
    song = await new_song(db, "Corridor Song")
    record = """mutation($input: IntroductionInput!) {
      recordIntroduction(input: $input) { occasion year introducer { name } introduced { name } ledTo { title } }
    }"""
    data = await ok(
        db,
        record,
        {
            "input": {
                "introducer": {"name": "Phil Pinto"},
                "introduced": [{"id": GOMEZ}, {"name": "Mirella Cardoso"}],
                "occasion": "a rooftop screening",
                "year": 2017,
                "ledTo": [song],
            }
        },
    )
    assert data["recordIntroduction"] == {
        "occasion": "a rooftop screening",
        "year": 2017,
        "introducer": {"name": "Phil Pinto"},
        "introduced": [{"name": "Selena Gomez"}, {"name": "Mirella Cardoso"}],
        "ledTo": [{"title": "Corridor Song"}],
    }
    made = await ok(db, '{ person(name: "Phil Pinto") { introductionsMade { occasion } } }')
    assert made["person"]["introductionsMade"] == [{"occasion": "a rooftop screening"}]


async def test_an_introduction_of_three_people_at_once_is_recorded_whole(db: Database) -> None:
    record = """mutation($input: IntroductionInput!) {
      recordIntroduction(input: $input) { introducer { name } introduced { name } }
    }"""
    group = [{"name": "Wren Okafor"}, {"name": "Ilse Marr"}, {"name": "Tadeo Ruiz"}]
    data = await ok(db, record, {"input": {"introducer": {"name": "Phil Pinto"}, "introduced": group}})
    assert data["recordIntroduction"] == {"introducer": {"name": "Phil Pinto"}, "introduced": group}
    received = await ok(db, '{ person(name: "Tadeo Ruiz") { introductionsReceived { introduced { name } } } }')
    assert received["person"]["introductionsReceived"] == [{"introduced": group}]


async def test_certifications_and_chart_peaks_are_added_and_removed(db: Database) -> None:
    song = await new_song(db, "Copper Sky")
    add_cert = """mutation($id: ID!, $input: CertificationInput!) {
      addCertification(songId: $id, input: $input) { certifications { country level multiplier } }
    }"""
    await ok(db, add_cert, {"id": song, "input": {"country": "Norway", "level": "GOLD"}})
    data = await ok(db, add_cert, {"id": song, "input": {"country": "Brazil", "level": "DIAMOND", "multiplier": 2}})
    assert data["addCertification"]["certifications"] == [
        {"country": "Brazil", "level": "DIAMOND", "multiplier": 2},
        {"country": "Norway", "level": "GOLD", "multiplier": 1},
    ]
    before = await dump(db)
    again = await run(db, add_cert, {"id": song, "input": {"country": "norway", "level": "SILVER"}})
    assert again.errors[0].extensions["field"] == "input.country"
    assert await dump(db) == before

    remove_cert = """mutation($id: ID!, $c: String!) {
      removeCertification(songId: $id, country: $c) { certifications { country } }
    }"""
    data = await ok(db, remove_cert, {"id": song, "c": "NORWAY"})
    assert data["removeCertification"]["certifications"] == [{"country": "Brazil"}]
    missing = await run(db, remove_cert, {"id": song, "c": "Norway"})
    assert missing.errors[0].extensions["field"] == "country"

    add_peak = """mutation($id: ID!, $input: ChartPeakInput!) {
      addChartPeak(songId: $id, input: $input) { chartPeaks { country chart position } }
    }"""
    await ok(db, add_peak, {"id": song, "input": {"country": "Belgium", "chart": "Ultratop Flanders", "position": 18}})
    data = await ok(
        db, add_peak, {"id": song, "input": {"country": "Belgium", "chart": "Ultratop Wallonia", "position": 36}}
    )
    assert len(data["addChartPeak"]["chartPeaks"]) == 2
    same_chart = await run(
        db, add_peak, {"id": song, "input": {"country": "Belgium", "chart": "ultratop flanders", "position": 2}}
    )
    assert same_chart.errors[0].extensions["code"] == "BAD_USER_INPUT"
    remove_peak = """mutation($id: ID!) {
      removeChartPeak(songId: $id, country: "Belgium", chart: "Ultratop Flanders") { chartPeaks { chart } }
    }"""
    data = await ok(db, remove_peak, {"id": song})
    assert data["removeChartPeak"]["chartPeaks"] == [{"chart": "Ultratop Wallonia"}]


async def test_add_alias_makes_the_person_findable_by_it_and_refuses_someone_elses_name(db: Database) -> None:
    add = "mutation($p: ID!, $a: String!) { addAlias(personId: $p, alias: $a) { name aliases } }"
    data = await ok(db, add, {"p": GOMEZ, "a": "Sel G."})
    assert data["addAlias"] == {"name": "Selena Gomez", "aliases": ["Sel G."]}
    found = await ok(db, '{ person(name: "sel g.") { name } }')
    assert found["person"] == {"name": "Selena Gomez"}
    before = await dump(db)
    taken = await run(db, add, {"p": GOMEZ, "a": "charlie puth"})
    assert taken.errors[0].extensions["field"] == "alias"
    assert "mergePeople" in taken.errors[0].message
    own = await run(db, add, {"p": GOMEZ, "a": "SELENA GOMEZ"})
    assert "already a name or alias of Selena Gomez" in own.errors[0].message
    assert await dump(db) == before


async def test_merge_people_moves_every_credit_fact_and_alias_onto_the_kept_person(db: Database) -> None:
    song = await new_song(db, "Double Entry", writers=[{"name": "J. K. Hindlin"}, {"name": "Charlie Puth"}])
    await ok(
        db,
        'mutation { recordIntroduction(input: {introducer: {name: "J. K. Hindlin"}, '
        'introduced: [{name: "Mirella Cardoso"}, {name: "Phil Pinto"}], occasion: "a workshop"}) { year } }',
    )
    duplicate = await ok(db, '{ person(name: "J. K. Hindlin") { id } }')
    merge = """mutation($k: ID!, $r: ID!) {
      mergePeople(keep: $k, remove: $r) { name aliases credits { role song { title } } introductionsMade { occasion } }
    }"""
    data = await ok(db, merge, {"k": KASHER, "r": duplicate["person"]["id"]})
    kept = data["mergePeople"]
    assert kept["name"] == "Jacob Kasher Hindlin"
    assert "J. K. Hindlin" in kept["aliases"]
    assert {"role": "WRITER", "song": {"title": "Double Entry"}} in kept["credits"]
    assert {"role": "WRITER", "song": {"title": "We Don't Talk Anymore"}} in kept["credits"]
    assert kept["introductionsMade"] == [{"occasion": "a workshop"}]
    gone = await ok(db, "query($id: ID!) { node(id: $id) { id } }", {"id": duplicate["person"]["id"]})
    assert gone["node"] is None
    by_old_name = await ok(db, '{ person(name: "j. k. hindlin") { name } }')
    assert by_old_name["person"] == {"name": "Jacob Kasher Hindlin"}
    writers = await ok(db, "query($id: ID!) { node(id: $id) { ... on Song { writers { name } } } }", {"id": song})
    assert writers["node"]["writers"] == [{"name": "Jacob Kasher Hindlin"}, {"name": "Charlie Puth"}]
    same = await run(db, merge, {"k": KASHER, "r": KASHER})
    assert same.errors[0].extensions["field"] == "remove"


async def test_delete_song_says_what_it_removed_and_keeps_what_is_used_elsewhere(db: Database) -> None:
    song = await new_song(
        db,
        "Last Ferry",
        album="Nine Track Mind",
        writers=[{"name": "Quentin Solo"}, {"name": "Selena Gomez"}],
    )
    await ok(
        db,
        'mutation($id: ID!) { addCertification(songId: $id, input: {country: "Chile", level: GOLD}) { id } }',
        {"id": song},
    )
    await ok(
        db,
        'mutation($id: ID!) { setMusicVideo(songId: $id, input: {directors: [{name: "Una Only"}]}) { id } }',
        {"id": song},
    )
    delete = """mutation($id: ID!) {
      deleteSong(id: $id) {
        deletedSongId title removedPeople removedAlbums
        removed { credits musicVideos certifications chartPeaks quotes introductions }
      }
    }"""
    data = await ok(db, delete, {"id": song})
    assert data["deleteSong"] == {
        "deletedSongId": song,
        "title": "Last Ferry",
        "removedPeople": ["Quentin Solo", "Una Only"],
        "removedAlbums": [],
        "removed": {
            "credits": 3,
            "musicVideos": 1,
            "certifications": 1,
            "chartPeaks": 0,
            "quotes": 0,
            "introductions": 0,
        },
    }
    still = await ok(
        db, '{ puth: person(name: "Charlie Puth") { name } album(title: "Nine Track Mind") { songs { title } } }'
    )
    assert still["puth"] == {"name": "Charlie Puth"}
    assert still["album"]["songs"] == [{"title": "We Don't Talk Anymore"}]
    orphans = await db.read(Statement("MATCH (n:PersonName) WHERE n.key IN ['quentin solo', 'una only'] RETURN n", {}))
    assert orphans == []
    again = await run(db, delete, {"id": song})
    assert again.errors[0].extensions == {"code": "BAD_USER_INPUT", "field": "id"}


# Each refused edit: the document, its variables, and the field path the error must name.
REFUSED = [
    (CREATE, {"input": {"title": "   ", "artists": [{"name": "A"}]}}, "input.title"),
    (CREATE, {"input": {"title": "Fine", "artists": [{"name": " \t "}]}}, "input.artists[0].name"),
    (CREATE, {"input": {"title": "Fine", "artists": []}}, "input.artists"),
    # PersonRef is a @oneOf input: GraphQL itself refuses both keys, naming the variable's path.
    (
        CREATE,
        {"input": {"title": "Fine", "artists": [{"name": "A", "id": PUTH}]}},
        "$input' has invalid value at .artists[0]",
    ),
    (CREATE, {"input": {"title": "Fine", "artists": [{"id": "not-an-id"}]}}, "input.artists[0].id"),
    (CREATE, {"input": {"title": "Fine", "artists": [{"id": SEED_SONG}]}}, "input.artists[0].id"),
    (
        CREATE,
        {"input": {"title": "Fine", "artists": [{"id": to_global_id("Person", "nobody-here")}]}},
        "input.artists[0].id",
    ),
    (CREATE, {"input": {"title": "Fine", "artists": [{"name": "A"}], "releaseDate": "2021-02-30"}}, "releaseDate"),
    (
        CREATE,
        {"input": {"title": "Fine", "artists": [{"name": "A"}], "writers": [{"name": "JKash"}, {"id": KASHER}]}},
        "input.writers[1]",
    ),
    (
        'mutation($id: ID!) { addChartPeak(songId: $id, input: {country: "Peru", position: 0}) { id } }',
        {"id": SEED_SONG},
        "input.position",
    ),
    (
        'mutation($id: ID!) { addCertification(songId: $id, input: {country: "Peru", level: GOLD, multiplier: 0}) '
        "{ id } }",
        {"id": SEED_SONG},
        "input.multiplier",
    ),
    (
        "mutation($id: ID!, $l: CertificationLevel!) { "
        'addCertification(songId: $id, input: {country: "Peru", level: $l}) { id } }',
        {"id": SEED_SONG, "l": "BRONZE"},
        "$l",
    ),
    (
        'mutation($id: ID!, $r: Role!) { addCredit(songId: $id, person: {name: "A"}, role: $r) { id } }',
        {"id": SEED_SONG, "r": "SINGER"},
        "$r",
    ),
    (
        'mutation($id: ID!) { addCredit(songId: $id, person: {name: "A"}, role: WRITER, part: "x") { id } }',
        {"id": SEED_SONG},
        "part",
    ),
    (
        'mutation($id: ID!) { setMusicVideo(songId: $id, input: {statsAsOf: "2021-02-30", views: 3}) { id } }',
        {"id": SEED_SONG},
        "input.statsAsOf",
    ),
    (
        "mutation($id: ID!) { setMusicVideo(songId: $id, input: {views: -1}) { id } }",
        {"id": SEED_SONG},
        "input.views",
    ),
    (
        'mutation { recordIntroduction(input: {introducer: {name: "Taylor Swift"}, introduced: '
        '[{name: "taylor swift"}, {name: "Charlie Puth"}]}) { id } }',
        None,
        "input.introduced",
    ),
    (
        'mutation { recordIntroduction(input: {introducer: {name: "Taylor Swift"}, introduced: '
        '[{name: "Charlie Puth"}]}) { id } }',
        None,
        "input.introduced",
    ),
    (
        'mutation { recordIntroduction(input: {introducer: {name: "Taylor Swift"}, introduced: '
        '[{name: "Charlie Puth"}, {name: "Selena Gomez"}, {name: "charlie puth"}]}) { id } }',
        None,
        "input.introduced[2]",
    ),
    (
        'mutation($s: ID!) { recordIntroduction(input: {introducer: {name: "Taylor Swift"}, introduced: '
        '[{name: "Charlie Puth"}, {name: "Selena Gomez"}], ledTo: [$s], year: 1500}) { id } }',
        {"s": to_global_id("Song", "no-such-song")},
        "input.year",
    ),
    ('mutation($p: ID!) { addAlias(personId: $p, alias: "  ") { id } }', {"p": PUTH}, "alias"),
    ('mutation($p: ID!) { mergePeople(keep: $p, remove: "bm9wZTpub3Bl") { id } }', {"p": PUTH}, "remove"),
    (
        "mutation($id: ID!) { updateSong(id: $id, input: {title: null}) { id } }",
        {"id": SEED_SONG},
        "input.title",
    ),
    (
        "mutation($id: ID!) { updateSong(id: $id, input: {artists: []}) { id } }",
        {"id": SEED_SONG},
        "input.artists",
    ),
]


@pytest.mark.parametrize(("document", "variables", "field"), REFUSED)
async def test_a_refused_edit_names_the_field_and_leaves_the_graph_as_it_was(
    db: Database, document: str, variables: dict[str, Any] | None, field: str
) -> None:
    before = await dump(db)
    result = await run(db, document, variables)
    assert result.errors, result.data
    error = result.errors[0]
    assert error.extensions["code"] == "BAD_USER_INPUT", error.formatted
    named = error.extensions.get("field") or ""
    problems = [p["field"] for p in error.extensions.get("problems", [])]
    assert field == named or field in problems or field in error.message, error.formatted
    assert await dump(db) == before


async def test_a_failure_after_people_were_created_rolls_back_everything(db: Database) -> None:
    before = await dump(db)
    # The new writer is created before the album title turns out to be unusable.
    result = await run(
        db, CREATE, {"input": {"title": "Half Written", "artists": [{"name": "Brand New Person"}], "album": "!!!"}}
    )
    assert result.errors[0].extensions["field"] == "input.album"
    assert await dump(db) == before


# Names ignore punctuation, so each of these differs from the others in its letters too.
INJECTIONS = [
    "Robert'); MATCH (n) DETACH DELETE n; //",
    '"}) DETACH DELETE n //',
    "`}) DETACH DELETE m //",
    "})\nDETACH DELETE x //",
    "$id} RETURN 1 //",
    "\u0421harlie Puth",  # a Cyrillic capital Es where "C" should be
    "Se\u200blena Gomez",
]


@pytest.mark.parametrize(("index", "text"), list(enumerate(INJECTIONS)))
async def test_injection_shaped_strings_are_stored_as_plain_values(db: Database, index: int, text: str) -> None:
    title = f"Probe {index} {text}"
    songs_before = await db.read(Statement("MATCH (s:Song) RETURN count(s) AS n", {}))
    people_before = await db.read(Statement("MATCH (p:Person) RETURN p.id AS id ORDER BY id", {}))
    data = await ok(
        db,
        CREATE,
        {"input": {"title": title, "artists": [{"name": text}], "genres": [text], "album": title}},
    )
    assert data["createSong"]["title"] == title
    assert data["createSong"]["artists"] == [{"name": text}]
    assert data["createSong"]["genres"] == [text]
    song = (await ok(db, "query($t: String!) { song(title: $t) { id } }", {"t": title}))["song"]["id"]
    cases: list[tuple[str, dict[str, Any]]] = [
        (
            "mutation($id: ID!, $t: String!) { "
            "addCertification(songId: $id, input: {country: $t, level: GOLD, body: $t}) { id } }",
            {},
        ),
        (
            "mutation($id: ID!, $t: String!) { "
            "addChartPeak(songId: $id, input: {country: $t, chart: $t, position: 1}) { id } }",
            {},
        ),
        (
            "mutation($id: ID!, $t: String!) { "
            "setMusicVideo(songId: $id, input: {cast: [{person: {name: $t}, role: $t}]}) { id } }",
            {},
        ),
        ("mutation($id: ID!, $t: String!) { updateSong(id: $id, input: {summary: $t}) { id } }", {}),
    ]
    for document, variables in cases:
        await ok(db, document, {"id": song, "t": text, **variables})
    stored = await ok(
        db,
        "query($id: ID!) { node(id: $id) { ... on Song { "
        "summary certifications { country body } chartPeaks { chart } musicVideo { cast { role } } } } }",
        {"id": song},
    )
    assert stored["node"] == {
        "summary": text,
        "certifications": [{"country": text, "body": text}],
        "chartPeaks": [{"chart": text}],
        "musicVideo": {"cast": [{"role": text}]},
    }
    songs_after = await db.read(Statement("MATCH (s:Song) RETURN count(s) AS n", {}))
    assert songs_after[0]["n"] == songs_before[0]["n"] + 1
    people_after = {row["id"] for row in await db.read(Statement("MATCH (p:Person) RETURN p.id AS id", {}))}
    assert {row["id"] for row in people_before} <= people_after
    puth = await ok(db, '{ person(name: "Charlie Puth") { credits { song { title } } } }')
    assert {"song": {"title": title}} not in puth["person"]["credits"]

    # The remaining string arguments: a part, an alias, an introduction's words, and removals by name.
    await ok(
        db,
        "mutation($id: ID!, $t: String!) { addCredit(songId: $id, person: {name: $t}, role: CAST, part: $t) { id } }",
        {"id": song, "t": text + " (cameo)"},
    )
    artist = (await ok(db, "query($t: String!) { person(name: $t) { id } }", {"t": text}))["person"]["id"]
    alias = await ok(
        db,
        "mutation($p: ID!, $t: String!) { addAlias(personId: $p, alias: $t) { aliases } }",
        {"p": artist, "t": text + " Jr"},
    )
    assert alias["addAlias"]["aliases"] == [text + " Jr"]
    intro = await ok(
        db,
        "mutation($t: String!, $s: ID!) { recordIntroduction(input: {introducer: {name: $t}, introduced: "
        '[{name: "Charlie Puth"}, {name: "Selena Gomez"}], occasion: $t, outcome: $t, ledTo: [$s]}) '
        "{ occasion outcome introducer { name } } }",
        {"t": text, "s": song},
    )
    assert intro["recordIntroduction"] == {"occasion": text, "outcome": text, "introducer": {"name": text}}
    removed = await ok(
        db,
        "mutation($id: ID!, $t: String!) { a: removeChartPeak(songId: $id, country: $t, chart: $t) { id } "
        "b: removeCertification(songId: $id, country: $t) { chartPeaks { chart } certifications { country } } }",
        {"id": song, "t": text},
    )
    assert removed["b"] == {"chartPeaks": [], "certifications": []}
    seed = await ok(db, '{ song(title: "We Don\'t Talk Anymore") { chartPeaks { country } writers { name } } }')
    assert len(seed["song"]["chartPeaks"]) == 42
    assert [w["name"] for w in seed["song"]["writers"]] == ["Charlie Puth", "Jacob Kasher Hindlin", "Selena Gomez"]


async def test_a_megabyte_string_is_refused_with_its_field_and_nothing_changes(db: Database) -> None:
    huge = "x" * 1_000_000
    before = await dump(db)
    cases: list[tuple[str, dict[str, Any], str]] = [
        (CREATE, {"input": {"title": huge, "artists": [{"name": "A"}]}}, "input.title"),
        (CREATE, {"input": {"title": "Fine", "artists": [{"name": huge}]}}, "input.artists[0].name"),
        (CREATE, {"input": {"title": "Fine", "artists": [{"name": "A"}], "summary": huge}}, "input.summary"),
        (
            "mutation($p: ID!, $a: String!) { addAlias(personId: $p, alias: $a) { id } }",
            {"p": PUTH, "a": huge},
            "alias",
        ),
        ("mutation($p: ID!) { mergePeople(keep: $p, remove: $p) { id } }", {"p": huge}, "keep"),
    ]
    for document, variables, field in cases:
        result = await run(db, document, variables)
        (error,) = result.errors
        assert error.extensions["code"] == "BAD_USER_INPUT"
        assert error.extensions["field"] == field
        assert len(error.message) < 500
    assert await dump(db) == before


IMPORT = """mutation($text: String!, $source: String, $dry: Boolean!) {
  importStoryPage(text: $text, source: $source, dryRun: $dry) {
    source dryRun written songId document rejected changes { kind fact value } warnings { line message } errors { line }
  }
}"""


async def test_import_story_page_dry_run_writes_nothing_then_the_import_records_its_author(db: Database) -> None:
    from tests.conftest import ROOT

    text = (ROOT / "tests" / "fixtures" / "pages" / "copper-kettle-waltz.txt").read_text()
    source = "https://stories.example/copper-kettle-waltz"
    before = await dump(db)
    dry = (await ok(db, IMPORT, {"text": text, "source": source, "dry": True}))["importStoryPage"]
    assert (dry["dryRun"], dry["written"], dry["errors"]) == (True, False, [])
    assert dry["document"]["title"] == "Copper Kettle Waltz"
    assert {"kind": "add", "fact": "certification Iceland", "value": "1x DIAMOND"} in dry["changes"]
    assert await dump(db) == before

    done = (await ok(db, IMPORT, {"text": text, "source": source, "dry": False}))["importStoryPage"]
    assert done["written"] is True
    assert done["changes"] == dry["changes"]
    song = await ok(
        db,
        "query($id: ID!) { node(id: $id) { ... on Song { title version createdBy updatedBy "
        "certifications { country source { page excerpt } } } } }",
        {"id": done["songId"]},
    )
    node = song["node"]
    assert (node["title"], node["version"], node["createdBy"], node["updatedBy"]) == (
        "Copper Kettle Waltz",
        1,
        "curator",
        "curator",
    )
    iceland = next(c for c in node["certifications"] if c["country"] == "Iceland")
    assert iceland["source"]["page"] == source
    assert "Diamond in Iceland" in iceland["source"]["excerpt"]

    after_first = await dump(db)
    again = (await ok(db, IMPORT, {"text": text, "source": source, "dry": False}))["importStoryPage"]
    assert (again["written"], again["changes"]) == (False, [])
    assert await dump(db) == after_first


async def test_import_story_page_refuses_an_empty_page_and_reports_an_unreadable_one(db: Database) -> None:
    before = await dump(db)
    empty = await run(db, IMPORT, {"text": " \n ", "dry": False})
    assert empty.errors[0].extensions == {"code": "BAD_USER_INPUT", "field": "text"}
    unreadable = (await ok(db, IMPORT, {"text": "}) DETACH DELETE n //", "dry": False}))["importStoryPage"]
    assert unreadable["written"] is False
    assert unreadable["errors"] and all(e["line"] >= 1 for e in unreadable["errors"])
    assert await dump(db) == before


async def test_import_story_page_refuses_a_page_over_the_size_limit(db: Database) -> None:
    from songgraph.ingest.page import MAX_PAGE_CHARS

    before = await dump(db)
    result = await run(db, IMPORT, {"text": "A." * (MAX_PAGE_CHARS // 2) + "!", "dry": True})
    (error,) = result.errors
    assert error.extensions == {"code": "BAD_USER_INPUT", "field": "text"}
    # Refused by the request limits before the resolver runs; the resolver's own check says the same.
    assert f"{MAX_PAGE_CHARS:,}" in error.message and f"{MAX_PAGE_CHARS + 1:,}" in error.message
    long_source = await run(db, IMPORT, {"text": "Some page", "source": "s" * 201, "dry": True})
    (error,) = long_source.errors
    assert error.extensions == {"code": "BAD_USER_INPUT", "field": "source"} and "200" in error.message
    assert await dump(db) == before


async def test_import_story_page_parses_in_a_worker_thread_within_its_budget(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from songgraph.ingest import page as story_page
    from tests.conftest import ROOT

    text = (ROOT / "tests" / "fixtures" / "pages" / "paper-lanterns.txt").read_text()
    parse = story_page.parse_story_page
    threads: list[int] = []

    def recording(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        return parse(*args, **kwargs)

    # importing.py asks the page package for the parser at each import (it is loaded on the first).
    monkeypatch.setattr(story_page, "parse_story_page", recording)
    dry = (await ok(db, IMPORT, {"text": text, "dry": True}))["importStoryPage"]
    assert dry["errors"] == [] and dry["document"]["title"] == "Paper Lanterns"
    assert threads and threading.get_ident() not in threads  # never on the event loop's thread

    # No budget left: TIMEOUT names the budget, and nothing is written even for a real import.
    before = await dump(db)
    context = Context(db=db, principal=CURATOR, request_id="test", page_budget_seconds=0)
    result = await schema.execute(IMPORT, variable_values={"text": text, "dry": False}, context_value=context)
    assert result.errors is not None
    (error,) = result.errors
    assert error.extensions == {"code": "TIMEOUT", "budgetSeconds": 0}
    assert "time budget of 0 s" in error.message and "nothing was written" in error.message
    assert await dump(db) == before


async def test_reloading_data_files_keeps_api_edits_unless_forced(db: Database) -> None:
    from songgraph.services.loading import load_files
    from tests.conftest import DATA

    add = 'mutation($id: ID!) { addCertification(songId: $id, input: {country: "Chile", level: GOLD}) { version } }'
    await ok(db, add, {"id": SEED_SONG})
    query = "query($id: ID!) { node(id: $id) { ... on Song { updatedBy certifications { country } } } }"

    kept = await load_files(db, [DATA])
    assert (kept.loaded, kept.failed) == ([], [])
    assert "edited through the API (by curator)" in kept.kept[0][1]
    song = (await ok(db, query, {"id": SEED_SONG}))["node"]
    assert {"country": "Chile"} in song["certifications"]

    forced = await load_files(db, [DATA], force=True)
    assert len(forced.loaded) == 1
    song = (await ok(db, query, {"id": SEED_SONG}))["node"]
    assert {"country": "Chile"} not in song["certifications"]
    assert song["updatedBy"] is None
    assert len((await load_files(db, [DATA])).loaded) == 1


async def test_an_edit_landing_while_a_page_is_imported_is_not_overwritten(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from songgraph.services import importing as importer
    from tests.conftest import ROOT

    text = (ROOT / "tests" / "fixtures" / "pages" / "paper-lanterns.txt").read_text()
    first = (await ok(db, IMPORT, {"text": text, "source": "page", "dry": False}))["importStoryPage"]
    assert first["written"], first
    read_song = importer.read_song

    async def read_then_someone_edits(database: Database, page: Any) -> Any:
        stored = await read_song(database, page)
        add = 'mutation($id: ID!) { addChartPeak(songId: $id, input: {country: "Malta", position: 2}) { version } }'
        await ok(db, add, {"id": first["songId"]})
        return stored

    monkeypatch.setattr(importer, "read_song", read_then_someone_edits)
    edited = text + "\nGenre: chamber pop\n"
    before = await dump(db)
    second = (await ok(db, IMPORT, {"text": edited, "source": "page v2", "dry": False}))["importStoryPage"]
    assert second["written"] is False
    assert "changed while the page was being imported" in second["rejected"]
    after = await dump(db)
    assert len(after) == len(before) + 2  # the concurrent edit's peak node and its PEAKED link, nothing else
    peaks = await ok(
        db, "query($id: ID!) { node(id: $id) { ... on Song { chartPeaks { country } } } }", {"id": first["songId"]}
    )
    assert {"country": "Malta"} in peaks["node"]["chartPeaks"]


async def test_a_page_about_a_namesake_song_by_other_artists_becomes_a_song_of_its_own(db: Database) -> None:
    from tests.conftest import ROOT

    await new_song(db, "Harbour of Small Hours")  # by Charlie Puth; the fixture page is by The Velvet Orchards
    text = (
        (ROOT / "tests" / "fixtures" / "pages" / "paper-lanterns.txt")
        .read_text()
        .replace("\nPaper Lanterns\n", "\nHarbour of Small Hours\n", 1)
    )
    done = (await ok(db, IMPORT, {"text": text, "source": "namesake", "dry": False}))["importStoryPage"]
    assert done["written"], done
    songs = await ok(
        db, '{ songs(first: 10, filter: {title: "Harbour of Small Hours"}) { nodes { id artists { name } } } }'
    )
    artists = sorted(tuple(a["name"] for a in song["artists"]) for song in songs["songs"]["nodes"])
    assert artists == [("Charlie Puth",), ("The Velvet Orchards",)]


async def test_an_edit_costs_a_fixed_number_of_statements(db: Database) -> None:
    song = await new_song(db, "Counted Steps")
    counts = []
    for document in (
        'mutation($id: ID!) { addChartPeak(songId: $id, input: {country: "Fiji", position: 3}) { version } }',
        'mutation($id: ID!) { removeChartPeak(songId: $id, country: "Fiji") { chartPeaks { country } } }',
        'mutation($id: ID!) { updateSong(id: $id, input: {summary: "counted"}) { summary writers { name } } }',
    ):
        before = db.statements_run
        await ok(db, document, {"id": song})
        counts.append(db.statements_run - before)
    # Lock and version check, existing facts (none for a plain update), the write, the bump, the change
    # feed's event, one read back.
    assert counts == [6, 6, 5]
