"""The Cypher of edits, compared as text and parameters: values never enter the text."""

from __future__ import annotations

import pytest

from songgraph.curation.inputs import SongInput, SongPatch, path_of, validate
from songgraph.cypher import edits
from songgraph.cypher.statement import Statement
from songgraph.errors import BadUserInput
from songgraph.graph import Role

HOSTILE = "x'}) DETACH DELETE n //"


def test_replace_credits_clears_the_role_then_adds_people_in_order_once_each() -> None:
    clear, add = edits.replace_credits(HOSTILE, Role.WRITER, ["b", "a", "b"], "alice")
    assert clear.cypher == "MATCH (s:Song {id: $id})<-[c:WROTE]-(:Person) DELETE c"
    assert clear.params == {"id": HOSTILE}
    assert "CREATE (p)-[:WROTE {position: row.position, createdBy: $actor, createdAt: datetime()}]->(s)" in add.cypher
    assert add.params == {
        "id": HOSTILE,
        "rows": [{"person": "b", "position": 0}, {"person": "a", "position": 1}],
        "actor": "alice",
    }


def test_an_empty_credit_list_only_clears() -> None:
    assert len(edits.replace_credits("s", Role.PRODUCER, [], "alice")) == 1


@pytest.mark.parametrize(
    "statement",
    [
        edits.lock_song(HOSTILE),
        edits.touch_song(HOSTILE, HOSTILE),
        edits.add_alias(HOSTILE, HOSTILE, HOSTILE, HOSTILE),
        edits.add_video_credit(HOSTILE, HOSTILE, Role.CAST, HOSTILE, HOSTILE),
        edits.link_album(HOSTILE, {"id": HOSTILE, "title": HOSTILE, "titleKey": HOSTILE}, HOSTILE),
        *edits.merge_people(HOSTILE, HOSTILE, [HOSTILE], [HOSTILE], HOSTILE),
        *[statement for _, statement in edits.delete_song_facts(HOSTILE)],
    ],
)
def test_values_travel_only_as_parameters(statement: Statement) -> None:
    assert HOSTILE not in statement.cypher
    assert "DETACH DELETE n" not in statement.cypher


def test_video_credits_take_the_next_position_on_the_video() -> None:
    statement = edits.add_video_credit("s", "p", Role.DIRECTOR, None, "alice")
    assert "OPTIONAL MATCH (v)<-[x:DIRECTED]-(:Person) RETURN coalesce(max(x.position), -1) + 1 AS position" in (
        statement.cypher
    )
    assert statement.params == {"id": "s", "person": "p", "part": None, "actor": "alice"}


def test_validation_names_every_problem_with_its_api_path() -> None:
    with pytest.raises(BadUserInput) as caught:
        validate(SongInput, {"title": " ", "artists": [{"name": "A", "id": "x"}], "releaseDate": "soon"}, "input")
    assert sorted(field or "" for field, _ in caught.value.problems) == [
        "input.artists[0]",
        "input.releaseDate",
        "input.title",
    ]


def test_a_patch_knows_which_fields_were_given_and_refuses_to_clear_required_ones() -> None:
    patch = validate(SongPatch, {"summary": None, "genres": ["pop"]}, "input")
    assert patch.model_fields_set == {"summary", "genres"}
    with pytest.raises(BadUserInput) as caught:
        validate(SongPatch, {"artists": None}, "input")
    assert caught.value.field == "input.artists"


def test_paths_use_the_api_spelling() -> None:
    assert path_of("input", ("featured_artists", 2, "name")) == "input.featuredArtists[2].name"
    assert path_of("", ("alias",)) == "alias"
