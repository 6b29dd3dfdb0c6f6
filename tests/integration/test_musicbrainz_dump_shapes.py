"""`import-musicbrainz` on archives laid out as MusicBrainz's JSON dumps are, with lines in their shape.

In a real dump the recording file holds only standalone recordings: every recording on a release is inside the
release file's lines (``media[].tracks[].recording``, and a medium's ``pregap`` and ``data-tracks``), the same
recording on every release it is on. Works name their recordings by ``performance`` relationships pointing
backward; artists' band memberships go both ways. The fixtures in ``tests/fixtures/musicbrainz/dump/`` are
invented, one entity per line.
"""

from __future__ import annotations

import asyncio
import io
import tarfile
from pathlib import Path
from typing import Any

import pytest

from songgraph.config import Settings
from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.services.musicbrainz import import_musicbrainz
from tests.conftest import ROOT
from tests.integration.conftest import graph_with
from tests.integration.test_loader import snapshot
from tests.integration.test_musicbrainz_import import _content, _import, names, query

pytestmark = pytest.mark.anyio

DUMP = ROOT / "tests" / "fixtures" / "musicbrainz" / "dump"
SALT = "e2b0c0de-0000-4000-a000-000000000001"
HYMN = "e2b0c0de-0000-4000-a000-000000000002"
VIDEO = "e2b0c0de-0000-4000-a000-000000000003"
INTERLUDE = "e2b0c0de-0000-4000-a000-000000000004"
DATA_TRACK = "e2b0c0de-0000-4000-a000-000000000005"
CHOIR = "d1a0c0de-0000-4000-a000-000000000002"


def archive(directory: Path, entity: str, extra: bytes = b"") -> Path:
    """``<entity>.tar.xz`` as MusicBrainz makes it: its metadata files, then ``mbdump/<entity>`` whose lines
    are joined by newlines, with none after the last."""
    lines = (DUMP / f"{entity}.jsonl").read_bytes().rstrip(b"\n").split(b"\n")
    if extra:
        lines.insert(1, extra)
    path = directory / f"{entity}.tar.xz"
    members = {
        "COPYING": b"invented data for songgraph's tests\n",
        "README": b"one entity per line\n",
        "JSON_DUMPS_SCHEMA_NUMBER": b"1\n",
        "REPLICATION_SEQUENCE": b"1\n",
        "SCHEMA_SEQUENCE": b"30\n",
        "TIMESTAMP": b"2026-12-01 00:00:00+00\n",
        f"mbdump/{entity}": b"\n".join(lines),
    }
    with tarfile.open(path, "w:xz") as out:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            out.addfile(info, io.BytesIO(data))
    return path


@pytest.fixture(scope="module")
def dump(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], Any]:
    graph_with(settings)
    directory = tmp_path_factory.mktemp("mbdump")
    # A malformed line among the releases: reported by archive, member and line, and the rest imports.
    paths = [archive(directory, "release", extra=b'{"id": "a4d0c0de-0000-4000-a000-000000000009", "media": 7}')]
    paths += [archive(directory, entity) for entity in ("work", "artist")]
    report = asyncio.run(_import(settings, paths))
    return paths, report


def test_recordings_on_releases_become_songs_once(dump: tuple[list[Path], Any]) -> None:
    _paths, report = dump
    assert report.rejected == [f"{dump[0][0]}:mbdump/release:2: media: expected a list, got int"]
    # Four audio recordings (two tracks, a pregap, a data track); the one on both releases once; the video folded.
    assert report.songs.committed == 4 and report.read["release track recording"] == 4
    assert report.folded_videos == 1
    assert report.notes.left_out["release relationships to a url (amazon asin)"] == 1
    assert report.notes.left_out["work relationships to a url (wikidata)"] == 1
    assert "recordings a work names as its performances, not in this import" not in report.notes.left_out


async def test_a_works_performances_without_their_recordings_are_counted(
    settings: Settings, dump: tuple[list[Path], Any]
) -> None:
    # The works alone: the two recordings they name are not in this import, and nothing is written.
    report = await _import(settings, [dump[0][1]])
    assert report.songs.committed == 0 and report.rejected == []
    assert report.notes.left_out["recordings a work names as its performances, not in this import"] == 2


async def test_a_release_track_recording_carries_its_credits(dump: Any, db: Database) -> None:
    data = await query(
        db,
        """query($mbid: String!) { song(mbid: $mbid) {
          title releaseDate length genres artists { name } featuredArtists { name } producers { name } writers { name }
          credits { role otherRole detail person { name } }
          album { title kind externalIds { id } }
          musicVideo { releaseDate directors { name } externalIds { id } }
        } }""",
        {"mbid": SALT},
    )
    song = data["song"]
    # "2003-04" is a month, not a day: the date stays empty (and is counted).
    assert (song["title"], song["releaseDate"], song["length"]) == ("Salt on the Window", None, 241000)
    # Its genres, the most voted first (its tags are not taken).
    assert song["genres"] == ["choral", "folk"]
    assert names(song["artists"]) == ["Selma Varga"] and names(song["featuredArtists"]) == ["The Tidewater Choir"]
    assert names(song["producers"]) == ["Bram Keller"] and names(song["writers"]) == ["Ilse Marr"]
    # The piano credit is given twice (two sessions): one credit.
    others = [(c["otherRole"], c["detail"], c["person"]["name"]) for c in song["credits"] if c["role"] == "OTHER"]
    assert others == [("instrument", "piano", "Timo Aalto")]
    # On an album and on a single: the album's release group.
    assert song["album"] == {"title": "Salt and Lanterns", "kind": "Album",
                             "externalIds": [{"id": "f3c0c0de-0000-4000-a000-000000000001"}]}  # fmt: skip
    # The video is a track of the release's DVD, linked by "music video".
    assert song["musicVideo"] == {"releaseDate": "2003-05-02", "directors": [{"name": "Noor Hadid"}],
                                  "externalIds": [{"id": VIDEO}]}  # fmt: skip


async def test_the_works_performances_and_the_tracks_credit_fill_what_the_recording_lacks(
    dump: Any, db: Database
) -> None:
    data = await query(
        db,
        """query($hymn: String!, $intro: String!, $data: String!) {
          hymn: song(mbid: $hymn) { releaseDate length artists { name } writers { name } album { title } }
          intro: song(mbid: $intro) { title artists { name } }
          data: song(mbid: $data) { title }
          credited: person(name: "Selma V.") { name }
          producer: person(name: "B. Keller") { name }
          composer: person(name: "I. Marr") { name }
        }""",
        {"hymn": HYMN, "intro": INTERLUDE, "data": DATA_TRACK},
    )
    # The recording has no artist credit of its own (its track's is used) and no work relationship: the work's
    # backward "performance" names it, and its composer and librettist are the song's writers.
    assert data["hymn"]["releaseDate"] is None and data["hymn"]["length"] is None
    assert names(data["hymn"]["artists"]) == ["Selma Varga"]
    assert sorted(names(data["hymn"]["writers"])) == ["Ilse Marr", "Vera Lund"]
    assert data["hymn"]["album"] == {"title": "Salt and Lanterns"}
    assert data["intro"] == {"title": "Before the Tide (hidden intro)", "artists": [{"name": "Selma Varga"}]}
    assert data["data"] == {"title": "Harbour Sketches"}
    # Names a track, a relationship or a work credits people as find them.
    assert (data["credited"], data["producer"], data["composer"]) == (
        {"name": "Selma Varga"},
        {"name": "Bram Keller"},
        {"name": "Ilse Marr"},
    )


async def test_a_choirs_memberships_both_ways_and_aliases_without_locale(dump: Any, db: Database) -> None:
    data = await query(
        db,
        """query($choir: String!) { choir: person(mbid: $choir) {
            kind members { name } memberOf { name } aliasDetails { name locale type primary } }
          selma: person(name: "セルマ・ヴァルガ") { name } }""",
        {"choir": CHOIR},
    )
    choir = data["choir"]
    assert choir["kind"] == "GROUP"
    # Backward: Vera is a member of the choir; forward: the choir is a member of the collective.
    assert names(choir["members"]) == ["Vera Lund"]
    assert names(choir["memberOf"]) == ["Northern Voices Collective"]
    assert {"name": "Tidewater Singers", "locale": None, "type": "Search hint", "primary": False} in choir[
        "aliasDetails"
    ]
    assert data["selma"] == {"name": "Selma Varga"}


async def test_importing_the_dump_again_changes_nothing(
    settings: Settings, dump: tuple[list[Path], Any], db: Database
) -> None:
    before = await snapshot(db)
    report = await import_musicbrainz(db, dump[0])
    assert report.songs.committed == 4 and len(report.rejected) == 1
    after = await snapshot(db)
    assert _content(after) == _content(before)
    assert (after["nodes"], after["relationships"]) == (before["nodes"], before["relationships"])


async def test_reading_in_a_process_of_its_own_gives_the_same_import(
    dump: tuple[list[Path], Any], db: Database
) -> None:
    # The module's import read its small inputs in this process; read and mapped by a process of its own, the
    # same dump gives the same report and, from an empty graph, the same graph.
    paths, here = dump
    before = await snapshot(db)
    await db.write([Statement("MATCH (n) DETACH DELETE n", {})])
    elsewhere = await import_musicbrainz(db, paths, own_process=True)
    after = await snapshot(db)
    assert elsewhere.rejected == here.rejected
    assert (elsewhere.read, elsewhere.notes.left_out) == (here.read, here.notes.left_out)
    assert (elsewhere.songs.committed, elsewhere.people_written, elsewhere.folded_videos) == (
        here.songs.committed,
        here.people_written,
        here.folded_videos,
    )
    assert _content(after) == _content(before)
    assert sorted(map(repr, after["links"])) == sorted(map(repr, before["links"]))
