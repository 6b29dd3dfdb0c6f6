"""The documents of the walking-skeleton contract, answered from the seed song on the real Neo4j."""

from __future__ import annotations

from typing import Any

import pytest

from songgraph.api import examples
from songgraph.db import Database
from tests.integration.conftest import execute

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("seed_graph")]


def names(items: list[dict[str, Any]]) -> list[str]:
    return [item["name"] for item in items]


async def test_song_document_answers_every_fact_of_the_seed(db: Database) -> None:
    result = await execute(db, examples.SONG)
    assert result.errors is None
    song = result.data["song"]
    assert song["title"] == "We Don't Talk Anymore"
    assert song["releaseDate"] == "2016-05-24"
    assert names(song["artists"]) == ["Charlie Puth"]
    assert names(song["featuredArtists"]) == ["Selena Gomez"]
    assert sorted(names(song["writers"])) == ["Charlie Puth", "Jacob Kasher Hindlin", "Selena Gomez"]
    assert names(song["producers"]) == ["Charlie Puth"]
    assert song["album"] == {"title": "Nine Track Mind"}

    video = song["musicVideo"]
    assert video["releaseDate"] == "2016-08-02"
    assert names(video["directors"]) == ["Phil Pinto"]
    assert "Mirella Cardoso" in [member["person"]["name"] for member in video["cast"]]

    certifications = {(c["country"], c["level"], c["multiplier"]) for c in song["certifications"]}
    assert len(song["certifications"]) == 13
    assert {("Italy", "PLATINUM", 5), ("United States", "PLATINUM", 4), ("Germany", "GOLD", 1)} <= certifications
    # Highest certification first.
    assert song["certifications"][0] == {"country": "Italy", "level": "PLATINUM", "multiplier": 5}

    peaks = song["chartPeaks"]
    assert len(peaks) == 42
    by_country: dict[str, list[int]] = {}
    for peak in peaks:
        by_country.setdefault(peak["country"], []).append(peak["position"])
    assert by_country["Italy"] == [1]
    assert sorted(by_country["Belgium"]) == [18, 36]
    assert {"chart": "Billboard Hot 100", "country": "United States", "position": 9} in peaks

    quotes = song["quotes"]
    assert len(quotes) == 3
    assert {q["speaker"]["name"] for q in quotes} == {"Charlie Puth"}
    assert "iHeartRadio" in [q["source"] for q in quotes]
    assert any("we don't talk anymore" in q["text"].lower() for q in quotes)


async def test_taylor_swift_introduced_the_duet_partners(db: Database) -> None:
    result = await execute(db, examples.INTRODUCTIONS_MADE)
    assert result.errors is None
    made = result.data["person"]["introductionsMade"]
    assert len(made) == 1
    assert sorted(names(made[0]["introduced"])) == ["Charlie Puth", "Selena Gomez"]
    assert made[0]["occasion"] == "a VMA afterparty"
    assert made[0]["ledTo"] == [{"title": "We Don't Talk Anymore"}]


async def test_alias_finds_its_person(db: Database) -> None:
    result = await execute(db, examples.ALIAS)
    assert result.errors is None
    person = result.data["person"]
    assert person["name"] == "Jacob Kasher Hindlin"
    assert person["credits"] == [{"role": "WRITER", "song": {"title": "We Don't Talk Anymore"}}]


@pytest.mark.parametrize("title", ["We Don\u2019t Talk Anymore", "WE DON'T TALK ANYMORE", "  we   don't talk anymore "])
async def test_title_lookup_ignores_case_quotes_and_spacing(db: Database, title: str) -> None:
    result = await execute(db, "query($t: String!) { song(title: $t) { title } }", {"t": title})
    assert result.errors is None
    assert result.data == {"song": {"title": "We Don't Talk Anymore"}}


async def test_name_lookup_ignores_accents(db: Database) -> None:
    result = await execute(db, '{ person(name: "Sélena GÓMEZ") { name } }')
    assert result.data == {"person": {"name": "Selena Gomez"}}


async def test_unknown_names_and_ids_are_null(db: Database) -> None:
    result = await execute(
        db,
        '{ song(title: "No Such Song") { title } person(name: "Nobody Here") { name } '
        'album(title: "Nothing") { title } '
        'node(id: "U29uZzpuby1zdWNoLXNvbmc") { id } }',
    )
    assert result.errors is None
    assert result.data == {"song": None, "person": None, "album": None, "node": None}


async def test_every_relationship_walks_both_ways(db: Database) -> None:
    result = await execute(
        db,
        """{ person(name: "Phil Pinto") { directedVideos { song { title } } }
             mirella: person(name: "Mirella Cardoso") { videoRoles { role video { directors { name } } } }
             selena: person(name: "Selena Gomez") { introductionsReceived { introducer { name } } }
             album(title: "nine track mind") { kind artists { name } songs { title } } }""",
    )
    assert result.errors is None
    data = result.data
    assert data["person"]["directedVideos"] == [{"song": {"title": "We Don't Talk Anymore"}}]
    assert data["mirella"]["videoRoles"][0]["video"]["directors"] == [{"name": "Phil Pinto"}]
    assert data["selena"]["introductionsReceived"] == [{"introducer": {"name": "Taylor Swift"}}]
    assert data["album"] == {
        "kind": "debut studio album",
        "artists": [{"name": "Charlie Puth"}],
        "songs": [{"title": "We Don't Talk Anymore"}],
    }


async def test_global_ids_round_trip_through_node(db: Database) -> None:
    first = await execute(db, '{ song(title: "we don\'t talk anymore") { id } person(name: "Charlie Puth") { id } }')
    song_id, person_id = first.data["song"]["id"], first.data["person"]["id"]
    assert song_id != person_id
    again = await execute(
        db,
        "query($s: ID!, $p: ID!) { a: node(id: $s) { __typename ... on Song { title } } "
        "b: node(id: $p) { __typename ... on Person { name } } song(id: $s) { title } person(id: $s) { name } }",
        {"s": song_id, "p": person_id},
    )
    assert again.errors is None
    assert again.data == {
        "a": {"__typename": "Song", "title": "We Don't Talk Anymore"},
        "b": {"__typename": "Person", "name": "Charlie Puth"},
        "song": {"title": "We Don't Talk Anymore"},
        # A song's id asked of person() is an unknown person, not an error.
        "person": None,
    }


async def test_contradictory_arguments_are_bad_user_input(db: Database) -> None:
    result = await execute(db, '{ song(id: "U29uZzp4", title: "x") { title } }')
    assert result.data == {"song": None}
    assert result.errors is not None
    error = result.errors[0]
    assert error.extensions is not None and error.extensions["code"] == "BAD_USER_INPUT"
    assert "song" in error.message and "id or title" in error.message


async def test_charlie_and_selena_share_one_collaborator(db: Database) -> None:
    result = await execute(db, examples.SHARED_COLLABORATORS)
    assert result.errors is None
    (row,) = result.data["sharedCollaborators"]
    assert row["person"] == {"name": "Jacob Kasher Hindlin"}
    assert row["viaA"] == [{"song": {"title": "We Don't Talk Anymore"}, "roles": ["WRITER"]}]
    assert row["viaB"] == [{"song": {"title": "We Don't Talk Anymore"}, "roles": ["WRITER"]}]


async def test_mirella_reaches_taylor_through_charlie(db: Database) -> None:
    result = await execute(db, examples.CONNECTION)
    assert result.errors is None
    path = result.data["connection"]
    assert path["length"] == 2
    first, second = path["steps"]
    assert (first["from"]["name"], first["to"]["name"]) == ("Mirella Cardoso", "Charlie Puth")
    assert (second["from"]["name"], second["to"]["name"]) == ("Charlie Puth", "Taylor Swift")
    assert "video for We Don't Talk Anymore" in first["explanation"]
    assert second["explanation"] == "Taylor Swift introduced Charlie Puth to Selena Gomez at a VMA afterparty"


async def test_search_with_a_typo_finds_charlie_puth_first(db: Database) -> None:
    result = await execute(db, examples.SEARCH)
    assert result.errors is None
    assert result.data["search"][0]["node"] == {"__typename": "Person", "name": "Charlie Puth"}


async def test_charlie_puth_stats_and_collaborators(db: Database) -> None:
    result = await execute(db, examples.COLLABORATORS)
    assert result.errors is None
    person = result.data["person"]
    assert person["stats"] == {"songCount": 1, "collaboratorCount": 2}
    collaborators = person["collaborators"]
    assert collaborators["totalCount"] == 2
    assert {e["node"]["person"]["name"] for e in collaborators["edges"]} == {"Jacob Kasher Hindlin", "Selena Gomez"}
