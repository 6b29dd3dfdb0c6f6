"""The shapes MusicBrainz's web service and JSON dumps really use, beyond the one-recording documents:
releases holding their recordings, works naming their performances, browse and search responses, documents
of other entities, relationships repeated or crediting a name of their own."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from songgraph.ingest.musicbrainz import (
    MusicBrainzError,
    NoLookup,
    Notes,
    entity_kind,
    recording_document,
    release_recordings,
    work_links,
)
from songgraph.services.musicbrainz import _Line, _parse
from tests.conftest import ROOT

DUMP = ROOT / "tests" / "fixtures" / "musicbrainz" / "dump"


def lines(entity: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DUMP / f"{entity}.jsonl").read_text(encoding="utf-8").splitlines()]


def artist(n: int, name: str, **more: Any) -> dict[str, Any]:
    return {"id": f"00000000-0000-4000-8000-{n:012d}", "name": name, "sort-name": name, **more}


def credit(a: dict[str, Any], joinphrase: str = "", name: str | None = None) -> dict[str, Any]:
    return {"name": name or a["name"], "joinphrase": joinphrase, "artist": a}


def rel(kind: str, target_type: str, target: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"type": kind, "direction": "backward", "target-type": target_type, target_type: target, **more}


def recording(*credits: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"id": "11111111-0000-4000-8000-000000000001", "title": "T", "video": False,
            "artist-credit": list(credits), **more}  # fmt: skip


def test_a_releases_recordings_are_its_tracks_pregap_and_data_tracks() -> None:
    album = lines("release")[0]
    found = release_recordings(album)
    assert [(where, doc["title"]) for where, doc in found] == [
        ("media[0].pregap.recording.", "Before the Tide (hidden intro)"),
        ("media[0].tracks[0].recording.", "Salt on the Window"),
        ("media[0].tracks[1].recording.", "Lantern Hymn"),
        ("media[0].data-tracks[0].recording.", "Harbour Sketches"),
        ("media[1].tracks[0].recording.", "Salt on the Window"),
    ]
    hymn = found[2][1]
    # No artist credit of its own: its track's (with the name the track credits); the release group joins it.
    assert hymn["artist-credit"] == album["media"][0]["tracks"][1]["artist-credit"]
    assert hymn["releases"] == [{"release-group": album["release-group"]}]
    song = recording_document(hymn).document
    assert song.artists == ["Selma Varga"] and "Selma V." in song.people[0].aliases
    assert song.album is not None and song.album.title == "Salt and Lanterns"


def test_a_release_without_recordings_or_release_group_is_counted_not_refused() -> None:
    track = {"id": "33333333-0000-4000-8000-000000000001", "number": "1"}
    release = {"id": "22222222-0000-4000-8000-000000000001", "title": "R", "media": [{"tracks": [track]}]}
    notes = Notes()
    assert release_recordings(release, notes) == []
    assert notes.left_out == {"release tracks without their recording (fetch releases with inc=recordings)": 1}
    with pytest.raises(MusicBrainzError, match=r"^media\[0\]\.tracks: expected a list, got a string$"):
        release_recordings({**release, "media": [{"tracks": "none"}]})


def test_a_work_names_the_recordings_that_perform_it() -> None:
    hymn = lines("work")[1]
    notes = Notes()
    summary, recordings = work_links(hymn, notes)
    assert recordings == ["e2b0c0de-0000-4000-a000-000000000002"]
    assert [r["type"] for r in summary["relations"]] == ["composer", "librettist"]
    assert notes.left_out == {"work relationships to a url (wikidata)": 1}


class Works(NoLookup):
    def __init__(self, works: Mapping[str, list[Mapping[str, Any]]]) -> None:
        self.works = works

    def works_of(self, recording: str) -> list[Mapping[str, Any]]:
        return list(self.works.get(recording, []))


def test_writers_from_works_that_name_the_recording() -> None:
    summary, recordings = work_links(lines("work")[1], Notes())
    doc = recording(credit(artist(1, "A")), id=recordings[0])
    song = recording_document(doc, Works({recordings[0]: [summary]})).document
    # A librettist writes an opera's words: a writer, like a lyricist.
    assert sorted(song.writers) == ["Ilse Marr", "Vera Lund"]
    # The name the work credits its composer as finds her too.
    assert "I. Marr" in next(p for p in song.people if p.name == "Ilse Marr").aliases
    # Without the lookup the recording has no writers (it names no work itself).
    assert recording_document(doc).document.writers == []


def test_a_work_named_twice_gives_its_writers_once() -> None:
    summary, _ = work_links(lines("work")[0], Notes())
    work = {"id": summary["id"], "title": summary["title"]}
    doc = recording(credit(artist(1, "A")), relations=[rel("performance", "work", work, direction="forward")])
    song = recording_document(doc, Works({doc["id"]: [summary]})).document
    assert song.writers == ["Ilse Marr"] and len(song.credit_sources) == 2


def test_a_relationship_repeated_for_each_of_its_dates_is_one_credit() -> None:
    player = artist(2, "P")
    piano = {"attributes": ["piano"]}
    doc = recording(
        credit(artist(1, "A")),
        relations=[
            rel("instrument", "artist", player, begin="2001", end="2001", **piano),
            rel("instrument", "artist", player, begin="2002", end="2002", **piano),
            rel("instrument", "artist", player, attributes=["organ"]),
        ],
    )
    others = recording_document(doc).document.other_credits
    assert [(c.person, c.role, c.detail) for c in others] == [
        ("P", "instrument", "piano"),
        ("P", "instrument", "organ"),
    ]


def test_a_relationships_target_credit_is_an_alias() -> None:
    doc = recording(credit(artist(1, "A")), relations=[rel("producer", "artist", artist(2, "Bo Lind"),
                                                            **{"target-credit": "B. Lind"})])  # fmt: skip
    song = recording_document(doc).document
    assert song.producers == ["Bo Lind"] and song.people[1].aliases == ["B. Lind"]


def test_an_artist_credited_twice_is_listed_once() -> None:
    a = artist(1, "A")
    song = recording_document(recording(credit(a, " & "), credit(a, name="A again"))).document
    assert song.artists == ["A"] and song.people[0].aliases == ["A again"]


@pytest.mark.parametrize(
    ("doc", "kind"),
    [
        # A dump's artist line: areas, gender, IPIs; a nested area is not what the line is.
        ({**lines("artist")[0]}, "artist"),
        ({**lines("work")[0]}, "work"),
        ({**lines("release")[0]}, "release"),
        ({**lines("release")[0]["release-group"]}, "release-group"),
        ({**lines("release")[0]["media"][0]["tracks"][0]["recording"]}, "recording"),
        # A minimal release lookup: its status (even null) tells it.
        ({"id": "22222222-0000-4000-8000-000000000001", "title": "R", "status": None}, "release"),
        # A label and an area have a sort name and a life span too, but they are not artists.
        (
            artist(
                3,
                "Harbour Records",
                **{"label-code": 1234, "type": "Original Production", "life-span": {"begin": "1990"}},
            ),
            None,
        ),
        (artist(4, "Tidewater", **{"type": "City", "life-span": {"begin": None}}), None),
        (artist(6, "Harbour Publishing", type="Publisher"), None),
        (artist(5, "Nordland", **{"iso-3166-1-codes": ["NO"]}), None),
        (
            {
                "id": "22222222-0000-4000-8000-000000000002",
                "name": "Harbour Hall",
                "coordinates": None,
                "life-span": {},
            },
            None,
        ),
    ],
)
def test_entity_kind_of_real_documents(doc: dict[str, Any], kind: str | None) -> None:
    assert entity_kind(doc) == kind


def test_a_search_or_browse_response_is_its_list_of_entities() -> None:
    found = recording(credit(artist(1, "A")), score=100, video=None)
    response = {"created": "2026-12-01T00:00:00.000Z", "count": 1, "offset": 0, "recordings": [found]}
    assert _parse(_Line("search.json", None, json.dumps(response).encode())) == [
        ("recordings[0]: ", "recording", found)
    ]
    browse = {"release-count": 1, "release-offset": 0, "releases": [lines("release")[1]]}
    assert [e for _w, e, _d in _parse(_Line("browse.json", None, json.dumps(browse).encode()))] == ["release"]
    with pytest.raises(MusicBrainzError, match=r"^works\[1\]: expected an object$"):
        _parse(_Line("browse.json", None, json.dumps({"works": [{}, 3]}).encode()))
    # A dump line is what its file says, whatever its keys.
    assert _parse(_Line("x:mbdump/work:1", "work", b'{"recordings": []}')) == [("", "work", {"recordings": []})]


def test_a_track_with_a_bad_recording_id_costs_only_itself(tmp_path: Path) -> None:
    from songgraph.services.musicbrainz import JoinIndex, MusicBrainzReport, _recordings

    album = lines("release")[0]
    album["media"][0]["tracks"][0]["recording"]["id"] = "not-an-id"
    path = tmp_path / "release.jsonl"
    path.write_text(json.dumps(album) + "\n", encoding="utf-8")
    index = JoinIndex()
    try:
        report = MusicBrainzReport()
        index.add_release(album, report.notes)
        index.commit()
        folded: set[str] = set()
        songs = list(_recordings([path], {path: {"release"}}, index, {}, report, folded))
        assert report.rejected == [f"{path}:1: media[0].tracks[0].recording.id: 'not-an-id' is not a MusicBrainz id"]
        # The other tracks are songs, with the release's release group as their album.
        assert sorted(song.title for song in songs) == [
            "Before the Tide (hidden intro)",
            "Harbour Sketches",
            "Lantern Hymn",
        ]
        assert all(song.album is not None and song.album.title == "Salt and Lanterns" for song in songs)
        # The release's video track is kept for the songs it is the music video of.
        assert list(index.video_ids()) == ["e2b0c0de-0000-4000-a000-000000000003"]
    finally:
        index.close()


def test_what_an_artist_or_release_group_document_lists_is_counted() -> None:
    from songgraph.ingest.musicbrainz import artist_facts, count_relations

    notes = Notes()
    listed = [{"id": "44444444-0000-4000-8000-000000000001", "title": "R", "video": False}]
    artist_facts(artist(1, "A", type="Person", recordings=listed * 2, works=[]), notes=notes)
    count_relations({**lines("release")[0]["release-group"], "releases": listed}, "release group", notes)
    assert notes.left_out == {
        "recordings listed in artist documents (import them as documents of their own)": 2,
        "releases listed in release group documents (import them as documents of their own)": 1,
    }


def test_a_title_or_name_longer_than_a_name_may_be_is_shortened_and_counted() -> None:
    notes = Notes()
    long = "Movement " * 30
    doc = recording(credit(artist(1, "N" * 230)), title=long)
    song = recording_document(doc, notes=notes).document
    assert len(song.title) == 200 and song.title.endswith("…") and song.title.startswith("Movement Movement")
    assert song.artists == ["N" * 199 + "…"] and song.people[0].name == song.artists[0]
    assert notes.left_out == {"titles or names longer than 200 characters (shortened)": 2}


def test_dump_lines_saved_as_a_json_file_are_read_line_by_line(tmp_path: Path) -> None:
    from songgraph.services.musicbrainz import MusicBrainzReport, read_inputs

    several = tmp_path / "some-lines.json"
    several.write_bytes((DUMP / "work.jsonl").read_bytes())
    read = list(read_inputs(several, MusicBrainzReport()))
    assert [(line.where, line.entity) for line in read] == [(f"{several}:1", None), (f"{several}:2", None)]
    assert [_parse(line)[0][1] for line in read] == ["work", "work"]
    # A document, pretty-printed or on one line, is one document.
    for text in (json.dumps(lines("work")[0], indent=2), json.dumps(lines("work")[0]) + "\n"):
        one = tmp_path / "one.json"
        one.write_text(text, encoding="utf-8")
        assert [line.where for line in read_inputs(one, MusicBrainzReport())] == [str(one)]


@pytest.mark.parametrize(
    ("genres", "expected"),
    [
        ([{"name": "pop", "count": 1}, {"name": "rock", "count": 3}, {"name": "pop", "count": 1}], ["rock", "pop"]),
        ([{"name": "jazz"}, {"count": 2}, "blues"], ["jazz"]),
        (None, []),
        ({"name": "odd"}, []),
    ],
)
def test_a_recordings_genres_most_voted_first(genres: Any, expected: list[str]) -> None:
    doc = recording(credit(artist(1, "A")), genres=genres, tags=[{"name": "late night", "count": 9}])
    assert recording_document(doc).document.genres == expected


def test_an_error_response_saved_as_a_document_says_so() -> None:
    answer = {"error": "Not Found", "help": "For usage, please see: https://musicbrainz.org/development/mmd"}
    with pytest.raises(MusicBrainzError, match=r"^a MusicBrainz error response, not an entity: Not Found$"):
        _parse(_Line("gone.json", None, json.dumps(answer).encode()))


def test_the_album_is_a_plain_album_before_a_compilation_or_a_single() -> None:
    def group(n: int, primary: str | None, secondary: list[str], date: str) -> dict[str, Any]:
        return {"id": f"55555555-0000-4000-8000-{n:012d}", "title": f"G{n}", "primary-type": primary,
                "secondary-types": secondary, "first-release-date": date}  # fmt: skip

    groups = [group(1, "Single", [], "2001-01-01"), group(2, "Album", ["Compilation"], "2002"),
              group(3, "Album", [], "2005-06-01"), group(4, None, [], "")]  # fmt: skip
    doc = recording(credit(artist(1, "A")), releases=[{"release-group": g} for g in groups])
    album = recording_document(doc).document.album
    assert album is not None and album.title == "G3"
    doc["releases"] = doc["releases"][:2]
    album = recording_document(doc).document.album
    assert album is not None and (album.title, album.kind) == ("G2", "Album + Compilation")


def test_a_video_recordings_own_document_is_kept_over_a_releases_track() -> None:
    from songgraph.services.musicbrainz import JoinIndex

    album = lines("release")[0]
    video = album["media"][1]["tracks"][0]["recording"]
    # The release as fetched without recording-level-rels: its video track has no director.
    bare = json.loads(json.dumps(album))
    del bare["media"][1]["tracks"][0]["recording"]["relations"]
    for video_first in (True, False):
        index = JoinIndex()
        try:
            if video_first:
                index.add_video(video)
            index.add_release(bare, Notes())
            if not video_first:
                index.add_video(video)
            kept = index.video(video["id"])
            assert kept is not None and "relations" in kept
        finally:
            index.close()


class Library(NoLookup):
    def __init__(self, *works: dict[str, Any]) -> None:
        self.works = {summary["id"]: summary for summary, _ in (work_links(w, Notes()) for w in works)}

    def work(self, mbid: str) -> Mapping[str, Any] | None:
        return self.works.get(mbid)


def test_a_movement_without_writers_takes_its_larger_works() -> None:
    composer = artist(7, "K. Ostrander")

    def work(n: int, title: str, relations: list[dict[str, Any]]) -> dict[str, Any]:
        return {"id": f"66666666-0000-4000-8000-{n:012d}", "title": title, "iswcs": [], "relations": relations}

    symphony = work(1, "Symphony in Grey", [rel("composer", "artist", composer)])
    movement = work(2, "Symphony in Grey: II. Slowly", [rel("parts", "work", {"id": symphony["id"]}),
                                                        rel("arranger", "artist", artist(8, "Arr"))])  # fmt: skip
    performs = [rel("performance", "work", {"id": movement["id"]}, direction="forward")]
    doc = recording(credit(artist(1, "Orchestra")), relations=performs)
    song = recording_document(doc, Library(symphony, movement)).document
    assert song.writers == ["K. Ostrander"]
    assert [(c.person, c.role) for c in song.other_credits] == [("Arr", "arranger")]
    # The source of the writer credit is the larger work, where it was read.
    assert song.credit_sources[-1].source.page == f"https://musicbrainz.org/work/{symphony['id']}"
    # A part with writers of its own keeps them (its larger work's are not added).
    movement["relations"].append(rel("composer", "artist", artist(9, "Other Hand")))
    assert recording_document(doc, Library(symphony, movement)).document.writers == ["Other Hand"]


def test_an_attribute_credit_and_value_are_in_the_detail() -> None:
    player = artist(2, "P")
    doc = recording(
        credit(artist(1, "A")),
        relations=[
            rel("instrument", "artist", player, attributes=["guest", "guitar"],
                **{"attribute-credits": {"guitar": "Stratocaster"}}),
            rel("vocal", "artist", player, attributes=["lead vocals", "take"], **{"attribute-values": {"take": "2"}}),
        ],
    )  # fmt: skip
    others = recording_document(doc).document.other_credits
    assert [c.detail for c in others] == ["guest, guitar (as Stratocaster)", "lead vocals, take: 2"]
