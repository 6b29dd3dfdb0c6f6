"""songgraph.cypher.bulk: the batched statements, their parameters, and agreement with the per-song rows."""

from __future__ import annotations

from pathlib import Path

from songgraph.cypher import bulk
from songgraph.cypher.write.facts import song_rows
from songgraph.graph import Role
from songgraph.models import ArtistKind, CertificationEntry, CertificationLevel, PersonEntry, SongDocument

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "we-dont-talk-anymore.yaml"

ONE = SongDocument(
    title="Harbour Lights",
    artists=["Ola Brenner"],
    writers=["Ola Brenner", "Ines Kahl"],
    certifications=[CertificationEntry(country="Norway", level=CertificationLevel.GOLD)],
    people=[PersonEntry(name="Ola Brenner", aliases=["Ola B"])],
)
TWO = SongDocument(title="Quarry", artists=["Ines Kahl"], writers=["Ola Brenner"])


def test_every_value_travels_as_a_parameter() -> None:
    batch = [song_rows(ONE), song_rows(TWO)]
    for statement in (*bulk.people(batch), bulk.upsert_songs(batch), bulk.create_songs(batch), bulk.facts(batch)):
        for text in ("Harbour", "Quarry", "Ola", "Ines", "Norway"):
            assert text not in statement.cypher


def test_every_batch_statement_keeps_its_first_plan() -> None:
    # A load grows the graph from nothing: without the option Neo4j replans these over and over.
    batch = [song_rows(ONE), song_rows(TWO)]
    statements = [
        *bulk.people(batch),
        *bulk.people_facts(batch[0].people, [{"group": "a", "member": "b", "position": 0}]),
        bulk.lock_songs(["quarry"]),
        bulk.release_songs(["quarry"]),
        bulk.upsert_songs(batch),
        bulk.create_songs(batch),
        bulk.facts(batch),
        bulk.drop_orphan_introductions(["x"]),
    ]
    assert len(statements) == 10
    for statement in statements:
        assert statement.cypher.startswith("CYPHER replan=skip\n")


def test_facts_has_one_row_per_song_with_every_kind_of_fact() -> None:
    statement = bulk.facts([song_rows(ONE), song_rows(TWO)])
    songs = statement.params["songs"]
    assert [song["id"] for song in songs] == ["harbour-lights", "quarry"]
    first = songs[0]
    assert [row["person"] for row in first[Role.WRITER.value]] == ["ola-brenner", "ines-kahl"]
    assert first[Role.FEATURED_ARTIST.value] == []
    assert first["certifications"][0]["id"] == "harbour-lights--cert--norway"
    assert first["albums"] == [] and first["videos"] == [] and first["quotes"] == []
    # Each credit role is its own relationship type, spelled from the closed enum.
    for role in (Role.ARTIST, Role.FEATURED_ARTIST, Role.WRITER, Role.PRODUCER):
        assert f"UNWIND song.{role.value} AS row" in statement.cypher
        assert f"CREATE (p)-[:{role.value} {{" in statement.cypher


def test_people_sends_a_description_repeated_alike_and_a_bare_name_once() -> None:
    described, bare = bulk.people([song_rows(ONE), song_rows(TWO), song_rows(ONE)])
    assert described.cypher == bulk.UPSERT_PEOPLE
    # ONE describes Ola twice in the batch, alike: the second row would change nothing.
    assert [row["id"] for row in described.params["people"]] == ["ola-brenner"]
    # TWO names Ola without describing her; ONE names Ines without describing her. A bare row carries only
    # what the statement reads.
    assert sorted(row["id"] for row in bare.params["people"]) == ["ines-kahl", "ola-brenner"]
    assert all(set(row) == {"id", "name", "nameKey", "kind"} for row in bare.params["people"])


def test_people_sends_every_differing_description_in_song_order() -> None:
    renamed = ONE.model_copy(update={"people": [PersonEntry(name="Ola Brenner", aliases=["Ola the Quarry"])]})
    described, _bare = bulk.people([song_rows(ONE), song_rows(renamed), song_rows(ONE)])
    rows = described.params["people"]
    assert [row["aliases"] for row in rows] == [["Ola B"], ["Ola the Quarry"], ["Ola B"]]


def test_people_without_descriptions_is_one_statement() -> None:
    (only,) = bulk.people([song_rows(TWO)])
    assert only.cypher != bulk.UPSERT_PEOPLE
    assert "ON CREATE SET" in only.cypher


def test_lock_release_and_orphans_take_ids() -> None:
    assert bulk.lock_songs(["a", "b"]).params == {"ids": ["a", "b"]}
    assert "s.updatedBy AS updatedBy" in bulk.lock_songs(["a"]).cypher
    assert bulk.release_songs(("a",)).params == {"ids": ["a"]}
    assert bulk.drop_orphan_introductions(["i"]).params == {"ids": ["i"]}
    assert bulk.upsert_songs([song_rows(TWO)]).params["songs"][0]["id"] == "quarry"
    assert bulk.create_songs([song_rows(TWO)]).params["songs"][0]["id"] == "quarry"


def test_members_repeated_by_songs_of_a_batch_are_sent_once_with_the_last_song() -> None:
    band = PersonEntry(name="The Quarrymen", kind=ArtistKind.GROUP, members=["Ola Brenner", "Ines Kahl"])
    first = SongDocument(title="Slate", artists=["The Quarrymen"], people=[band])
    other = SongDocument(title="Chalk", artists=["Ines Kahl"])
    last = SongDocument(title="Flint", artists=["The Quarrymen"], people=[band])
    songs = bulk.facts([song_rows(first), song_rows(other), song_rows(last)]).params["songs"]
    assert [len(song["members"]) for song in songs] == [0, 0, 2]
    assert [row["member"] for row in songs[2]["members"]] == ["ola-brenner", "ines-kahl"]


def test_a_bare_name_already_naming_its_person_is_left_out() -> None:
    # Read in the same transaction: Ines exists and "ines kahl" names her; Ola exists under another spelling.
    (bare,) = bulk.people([song_rows(TWO)], named={("ines-kahl", "ines kahl"), ("ola-brenner", "ola b")})
    assert [row["id"] for row in bare.params["people"]] == ["ola-brenner"]
    assert bulk.people([song_rows(TWO)], named={("ines-kahl", "ines kahl"), ("ola-brenner", "ola brenner")}) == []
