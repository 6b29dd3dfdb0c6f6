"""The loader's memory of the people a run wrote: a description repeated as last written is not sent again."""

from __future__ import annotations

from typing import Any

from songgraph.cypher.write.facts import SongRows
from songgraph.services.loading import WrittenPeople, described_digest


def person(key: str, name: str, described: bool = True, aliases: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"id": key, "name": name, "described": described, "aliases": list(aliases)}


def song(key: str, *people: dict[str, Any]) -> SongRows:
    return SongRows(id=key, people=list(people), song={"id": key}, facts={})


def kept(songs: list[SongRows]) -> list[list[str]]:
    return [[f"{row['id']}:{row['name']}" for row in one.people] for one in songs]


def test_a_description_as_last_written_is_left_out_and_a_changed_one_is_kept() -> None:
    written = WrittenPeople()
    written.remember({"ana": described_digest(person("ana", "Ana")), "bo": described_digest(person("bo", "Bo"))})
    songs, last, remembered = written.new_descriptions(
        [song("one", person("ana", "Ana"), person("bo", "Bo", aliases=("Bobo",)), person("cy", "Cy", described=False))]
    )
    # Bo has a new alias; Cy is only named (what that writes depends on the graph, not on the run).
    assert kept(songs) == [["bo:Bo", "cy:Cy"]]
    assert set(last) == {"bo"}
    assert remembered == {"ana"}


def test_a_batch_writes_a_repeated_description_once_and_a_return_to_an_older_one_again() -> None:
    written = WrittenPeople()
    written.remember({"ana": described_digest(person("ana", "Ana"))})
    songs, last, remembered = written.new_descriptions(
        [
            song("one", person("ana", "Ana A.")),
            song("two", person("ana", "Ana A.")),
            song("three", person("ana", "Ana")),
        ]
    )
    # The third song puts the name back to what the run wrote first: after the second song's name, it changes it.
    assert kept(songs) == [["ana:Ana A."], [], ["ana:Ana"]]
    assert last == {"ana": described_digest(person("ana", "Ana"))}
    # Ana is written in this batch, so she was not left out as the run wrote her.
    assert remembered == set()


def test_nothing_is_left_out_before_it_is_remembered_and_the_oldest_are_forgotten() -> None:
    written = WrittenPeople(size=2)
    batch = [song("one", person("ana", "Ana"), person("bo", "Bo"), person("cy", "Cy"))]
    songs, last, _ = written.new_descriptions(batch)
    assert kept(songs) == kept(batch)
    written.remember(last)
    # Only the two written last are kept in mind: Ana is written again (slower, never wrong).
    assert kept(written.new_descriptions(batch)[0]) == [["ana:Ana"]]


def test_people_the_caller_found_gone_are_written_again_and_the_others_still_left_out() -> None:
    written = WrittenPeople()
    written.remember({key: described_digest(person(key, key.title())) for key in ("ana", "bo")})
    batch = [song("one", person("ana", "Ana"), person("bo", "Bo")), song("two", person("ana", "Ana"))]
    songs, _last, remembered = written.new_descriptions(batch)
    assert kept(songs) == [[], []]
    assert remembered == {"ana", "bo"}
    # Ana was merged away since the run wrote her: her description goes once more, in her first song.
    songs, last, remembered = written.new_descriptions(batch, unless={"ana"})
    assert kept(songs) == [["ana:Ana"], []]
    assert set(last) == {"ana"}
    assert remembered == {"bo"}
