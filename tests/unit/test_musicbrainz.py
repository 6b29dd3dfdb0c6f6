"""The MusicBrainz mapping (pure): JSON in, song documents and artist facts out."""

from __future__ import annotations

import copy
import io
import json
import tarfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from songgraph.ingest.musicbrainz import (
    MusicBrainzError,
    NoLookup,
    Notes,
    artist_facts,
    entity_kind,
    recording_document,
)
from songgraph.models import ArtistKind
from songgraph.services.musicbrainz import MusicBrainzReport, read_inputs
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "musicbrainz"


def load(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def artist(n: int, name: str, **more: Any) -> dict[str, Any]:
    return {"id": f"00000000-0000-4000-8000-{n:012d}", "name": name, "sort-name": name, **more}


def credit(a: dict[str, Any], joinphrase: str = "") -> dict[str, Any]:
    return {"name": a["name"], "joinphrase": joinphrase, "artist": a}


def recording(*credits: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {
        "id": "11111111-0000-4000-8000-000000000001",
        "title": "T",
        "video": False,
        "artist-credit": list(credits),
        **more,
    }


@pytest.mark.parametrize(
    ("phrases", "main", "featured"),
    [
        ([" feat. ", ""], ["A"], ["B"]),
        ([" ft. ", " & ", ""], ["A"], ["B", "C"]),
        ([" Featuring ", ""], ["A"], ["B"]),
        ([" (feat. ", ")"], ["A"], ["B"]),
        ([" & ", ""], ["A", "B"], []),
        ([" x ", " feat. ", ""], ["A", "B"], ["C"]),
        # "ft" inside a word is not a join phrase for featuring.
        ([" left ", ""], ["A", "B"], []),
    ],
)
def test_join_phrases_tell_featured_from_main_artists(phrases: list[str], main: list[str], featured: list[str]) -> None:
    people = [artist(i, name) for i, name in enumerate("ABC"[: len(phrases)])]
    doc = recording_document(recording(*(credit(p, j) for p, j in zip(people, phrases, strict=True)))).document
    assert (doc.artists, doc.featured_artists) == (main, featured)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("recording-lanterns.json", "recording"),
        ("work-lake-song.json", "work"),
        ("release-still-water.json", "release"),
        ("release-group-harbour-lights.json", "release-group"),
        ("artist-quiet-lake.json", "artist"),
    ],
)
def test_entity_kind_from_the_keys(name: str, kind: str) -> None:
    assert entity_kind(load(name)) == kind


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r.pop("id"), "id: missing"),
        (lambda r: r.update(id="not-an-mbid"), "id: 'not-an-mbid' is not a MusicBrainz id"),
        (lambda r: r.update(title=""), "title: missing"),
        (lambda r: r.update({"artist-credit": []}), "artist-credit: a recording needs at least one credited artist"),
        (lambda r: r.update({"artist-credit": {}}), "artist-credit: expected a list, got an object"),
        (lambda r: r["artist-credit"][0]["artist"].pop("id"), "artist-credit[0].artist.id: missing"),
        (
            lambda r: r.update(relations=[{"type": "producer", "target-type": "artist", "artist": 3}]),
            "relations[0].artist: expected an object, got int",
        ),
        (lambda r: r.update(length=2**31), "length: Input should be less than or equal to 2147483647"),
    ],
)
def test_malformed_recordings_name_the_field(change: Any, message: str) -> None:
    doc = recording(credit(artist(1, "A")))
    change(doc)
    with pytest.raises(MusicBrainzError) as error:
        recording_document(doc)
    assert str(error.value) == message


def test_namesakes_on_one_recording_stay_two_people() -> None:
    one = artist(1, "John Smith", disambiguation="guitarist")
    two = artist(2, "John Smith", disambiguation="composer")
    doc = recording(
        credit(one),
        relations=[{"type": "instrument", "target-type": "artist", "artist": two, "attributes": ["piano"]}],
    )
    people = recording_document(doc).document.people
    assert [(p.name, p.mbid) for p in people] == [
        ("John Smith", one["id"]),
        ("John Smith (composer)", two["id"]),
    ]


def test_an_alias_two_artists_share_is_left_to_their_own_imports_and_counted() -> None:
    a = artist(1, "A", aliases=[{"name": "Shared", "locale": None, "type": "Search hint"}])
    b = artist(2, "B", aliases=[{"name": "Shared", "locale": None, "type": "Search hint"}])
    notes = Notes()
    doc = recording_document(recording(credit(a, " & "), credit(b)), notes=notes).document
    assert [p.aliases for p in doc.people] == [["Shared"], []]
    assert sum(notes.left_out.values()) == 1


def test_credited_name_becomes_an_alias() -> None:
    a = artist(1, "Teodor Ank")
    doc = recording_document(recording({"name": "Teo Ank", "joinphrase": "", "artist": a})).document
    assert doc.people[0].aliases == ["Teo Ank"]
    assert doc.artists == ["Teodor Ank"]


class Known(NoLookup):
    def __init__(self, works: Mapping[str, Any] = {}, artists: Mapping[str, Any] = {}) -> None:
        self.works, self.artists = works, artists

    def work(self, mbid: str) -> Mapping[str, Any] | None:
        return self.works.get(mbid)

    def artist(self, mbid: str) -> Mapping[str, Any] | None:
        return self.artists.get(mbid)


def test_writers_come_from_the_lookup_when_the_work_is_not_inline() -> None:
    medley = load("recording-lake-medley.json")
    notes = Notes()
    alone = recording_document(medley, notes=notes).document
    assert alone.writers == []
    assert notes.left_out["works whose writers this import does not hold (import the works too)"] == 2
    works = {w["id"]: w for w in (load("work-lake-song.json"), load("work-morning-mist.json"))}
    joined = recording_document(medley, Known(works=works)).document
    assert sorted(joined.writers) == sorted(["田辺愛子", "森海斗"])
    writer_pages = {s.source.page for s in joined.credit_sources if s.role.value == "WRITER"}
    # A writer of both works keeps the first one's page (one provenance per credit).
    assert writer_pages and writer_pages <= {f"https://musicbrainz.org/work/{mbid}" for mbid in works}


def test_artist_kind_and_aliases_come_from_the_lookup() -> None:
    band = artist(5, "Band")
    known = {band["id"]: {**band, "type": "Group", "aliases": [{"name": "The Band", "locale": "en", "type": None}]}}
    doc = recording_document(recording(credit(band)), Known(artists=known)).document
    assert doc.people[0].kind is ArtistKind.GROUP
    assert doc.people[0].aliases == ["The Band"]


def test_a_video_without_an_audio_recording_is_its_own_music_video() -> None:
    video = copy.deepcopy(load("recording-lanterns-video.json"))
    video["relations"] = [r for r in video["relations"] if r["type"] != "music video"]
    doc = recording_document(video).document
    assert doc.music_video is not None and doc.music_video.directors == ["Oskar Lind"]
    assert doc.music_video.mbid == doc.mbid


def test_linked_ids_are_used_instead_of_new_nodes() -> None:
    a = artist(1, "A")
    doc = recording_document(recording(credit(a)), linked={a["id"]: "a-from-a-file"}).document
    assert doc.people[0].key == "a-from-a-file"
    assert doc.key == "mb-11111111-0000-4000-8000-000000000001"


def test_membership_direction() -> None:
    band = load("artist-quiet-lanterns.json")
    facts = artist_facts(band)
    group = "mb-" + band["id"]
    assert facts.members == [
        (group, "mb-6f1d0a52-3c1e-4b7a-9a41-5e0c2d7b0001"),
        (group, "mb-6f1d0a52-3c1e-4b7a-9a41-5e0c2d7b0010"),
    ]
    # Seen from the member: forward, to the band.
    member = artist(1, "M", relations=[{"type": "member of band", "target-type": "artist", "direction": "forward",
                                       "artist": artist(2, "G")}])  # fmt: skip
    facts = artist_facts(member)
    assert facts.members == [("mb-00000000-0000-4000-8000-000000000002", "mb-00000000-0000-4000-8000-000000000001")]
    assert {p.name: p.kind for p in facts.people} == {"M": ArtistKind.PERSON, "G": ArtistKind.GROUP}


def test_archives_are_read_member_by_member_with_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "dump.tar.xz"
    with tarfile.open(path, "w:xz") as archive:
        for name, data in (("README", b"x\n"), ("mbdump/work", b'{"a": 1}\n\n{"b": 2}\n'), ("mbdump/other", b"{}\n")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    report = MusicBrainzReport()
    lines = list(read_inputs(path, report))
    assert [(line.where, line.entity, line.raw) for line in lines] == [
        (f"{path}:mbdump/work:1", "work", b'{"a": 1}\n'),
        (f"{path}:mbdump/work:3", "work", b'{"b": 2}\n'),
    ]
    # Another entity's dump is passed over, and said once however often the archive is read.
    list(read_inputs(path, report))
    assert report.notes.left_out == {"dump files of entities this import does not map (labels, areas, ...)": 1}


def test_an_unreadable_archive_is_reported_once(tmp_path: Path) -> None:
    path = tmp_path / "broken.tar.xz"
    path.write_bytes(b"not xz at all")
    report = MusicBrainzReport()
    assert list(read_inputs(path, report)) == []
    assert list(read_inputs(path, report)) == []
    assert len(report.rejected) == 1 and report.rejected[0].startswith(f"{path}: cannot read:")


class RefusingTransaction:
    """Refuses any statement that writes the person ``refused``; records the others."""

    def __init__(self, refused: str, written: list[str]) -> None:
        self.refused, self.written = refused, written

    async def run(self, statement: Any) -> list[dict[str, Any]]:
        ids = [row["id"] for row in statement.params.get("people", [])]
        if self.refused in ids:
            from songgraph.db import WriteRejected

            raise WriteRejected("Neo4j said no")
        self.written.extend(ids)
        return []


class RefusingDatabase:
    def __init__(self, refused: str) -> None:
        self.refused = refused
        self.written: list[str] = []

    async def transact(self, work: Any) -> Any:
        # A refused transaction writes nothing: statements run on a scratch list, kept only on success.
        scratch: list[str] = []
        result = await work(RefusingTransaction(self.refused, scratch))
        self.written.extend(scratch)
        return result


@pytest.mark.anyio
async def test_an_artist_neo4j_refuses_costs_only_itself() -> None:
    from songgraph.cypher.write.facts import SongRows
    from songgraph.cypher.write.rows import people_rows
    from songgraph.services.loading import WrittenPeople
    from songgraph.services.musicbrainz import _write_artists

    pending = [(f"artist.jsonl:{n}", artist_facts(artist(n, f"Person {n}"))) for n in range(1, 5)]
    db = RefusingDatabase(refused="mb-00000000-0000-4000-8000-000000000003")
    report = MusicBrainzReport()
    written = WrittenPeople()
    await _write_artists(db, pending, report, written)  # type: ignore[arg-type]
    assert sorted(db.written) == [f"mb-00000000-0000-4000-8000-00000000000{n}" for n in (1, 2, 4)]
    assert report.people_written == 3
    assert report.rejected == ["artist.jsonl:3: rejected by Neo4j, nothing from it was written: Neo4j said no"]
    # A song describing these artists alike writes only the one Neo4j refused: the others are in the graph.
    rows = [row for _where, facts in pending for row in people_rows(facts.people)]
    (song,), _, _ = written.new_descriptions([SongRows(id="a-song", people=rows, song={}, facts={})])
    assert [row["id"] for row in song.people] == ["mb-00000000-0000-4000-8000-000000000003"]
