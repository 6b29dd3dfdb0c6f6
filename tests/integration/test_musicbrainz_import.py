"""`import-musicbrainz` on the real Neo4j: each mapping, identity by MBID, re-import, bad lines, the questions."""

from __future__ import annotations

import asyncio
import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest

from songgraph.config import Settings
from songgraph.db import Database
from songgraph.models import PersonEntry, SongDocument
from songgraph.services.loading import load_documents
from songgraph.services.musicbrainz import import_musicbrainz
from tests.conftest import ROOT
from tests.integration.conftest import execute, graph_with
from tests.integration.test_loader import snapshot

pytestmark = pytest.mark.anyio

FIXTURES = ROOT / "tests" / "fixtures" / "musicbrainz"
DOCUMENTS = sorted(FIXTURES.glob("*.json"))
LANTERNS = "7c2e9b10-5d4f-4e21-8c3a-1a9f0e6d0001"
VIDEO = "7c2e9b10-5d4f-4e21-8c3a-1a9f0e6d0003"
MEDLEY = "7c2e9b10-5d4f-4e21-8c3a-1a9f0e6d0002"
PAPER_BOATS = "7c2e9b10-5d4f-4e21-8c3a-1a9f0e6d0004"
MIRA = "6f1d0a52-3c1e-4b7a-9a41-5e0c2d7b0001"
KAITO = "6f1d0a52-3c1e-4b7a-9a41-5e0c2d7b0004"
LAKE = "6f1d0a52-3c1e-4b7a-9a41-5e0c2d7b0011"


async def _import(settings: Settings, paths: list[Path]) -> Any:
    db = Database.connect(settings)
    try:
        return await import_musicbrainz(db, paths)
    finally:
        await db.close()


@pytest.fixture(scope="module")
def imported(settings: Settings) -> Any:
    graph_with(settings)
    report = asyncio.run(_import(settings, DOCUMENTS))
    assert report.ok, (report.rejected, report.songs.failed)
    return report


async def query(db: Database, document: str, variables: dict[str, Any] | None = None) -> Any:
    result = await execute(db, document, variables)
    assert result.errors is None, result.errors
    return result.data


def names(people: list[dict[str, str]]) -> list[str]:
    return [person["name"] for person in people]


async def test_recording_becomes_a_song_with_its_credits(imported: Any, db: Database) -> None:
    data = await query(
        db,
        """query($mbid: String!) { song(mbid: $mbid) {
          title releaseDate length source { page }
          artists { name } featuredArtists { name } producers { name } writers { name }
          credits { role otherRole detail person { name } source { page } }
          externalIds { source id url }
        } }""",
        {"mbid": LANTERNS},
    )
    song = data["song"]
    assert (song["title"], song["releaseDate"], song["length"]) == ("Lanterns Over the Harbour", "2019-05-03", 215000)
    assert song["source"] == {"page": f"https://musicbrainz.org/recording/{LANTERNS}"}
    assert names(song["artists"]) == ["Mira Solberg"]
    # The join phrase " feat. " makes the credits after it featured artists.
    assert names(song["featuredArtists"]) == ["Teodor Ank"]
    assert names(song["producers"]) == ["Ines Halloway"]
    # Writers come from the performed work's composer and lyricist.
    assert names(song["writers"]) == ["Mira Solberg", "森海斗"]
    other = sorted((c["otherRole"], c["detail"], c["person"]["name"]) for c in song["credits"] if c["role"] == "OTHER")
    assert other == [
        ("conductor", None, "Lena Voss"),
        ("engineer", "mix", "Pavel Rusk"),
        ("instrument", "guitar", "Teodor Ank"),
        ("performing orchestra", None, "Northgate Strings"),
        ("vocal", "lead vocals", "Mira Solberg"),
    ]
    work_page = "https://musicbrainz.org/work/8d3fa021-6e50-4f32-9d4b-2b0a1f7e0001"
    assert {c["source"]["page"] for c in song["credits"] if c["role"] == "WRITER"} == {work_page}
    assert {c["source"]["page"] for c in song["credits"] if c["role"] == "PRODUCER"} == {song["source"]["page"]}
    assert song["externalIds"] == [
        {"source": "musicbrainz", "id": LANTERNS, "url": f"https://musicbrainz.org/recording/{LANTERNS}"}
    ]


async def test_video_recording_is_the_songs_music_video(imported: Any, db: Database) -> None:
    data = await query(
        db,
        """query($mbid: String!, $video: String!) {
          song(mbid: $mbid) { musicVideo { releaseDate directors { name } externalIds { id }
                               directorCredits { source { page } } } }
          videoSong: song(mbid: $video) { title }
        }""",
        {"mbid": LANTERNS, "video": VIDEO},
    )
    video = data["song"]["musicVideo"]
    assert names(video["directors"]) == ["Oskar Lind"]
    assert video["externalIds"] == [{"id": VIDEO}]
    assert video["releaseDate"] == "2019-06-14"
    assert video["directorCredits"] == [{"source": {"page": f"https://musicbrainz.org/recording/{VIDEO}"}}]
    # Folded into the song it is the video of, not a song of its own.
    assert data["videoSong"] is None
    assert imported.folded_videos == 1


async def test_release_groups_become_albums(imported: Any, db: Database) -> None:
    data = await query(
        db,
        """query($a: String!, $b: String!) {
          a: song(mbid: $a) { album { title kind releaseDate artists { name } externalIds { url } } }
          b: song(mbid: $b) { album { title artists { name } } }
          paper: song(mbid: "7c2e9b10-5d4f-4e21-8c3a-1a9f0e6d0004") { album { title } releaseDate }
        }""",
        {"a": LANTERNS, "b": MEDLEY},
    )
    assert data["a"]["album"] == {
        "title": "Harbour Lights",
        "kind": "Album",
        "releaseDate": "2019-05-03",
        "artists": [{"name": "Mira Solberg"}],
        "externalIds": [{"url": "https://musicbrainz.org/release-group/9e40b132-7f61-4a43-8e5c-3c1b2a8f0001"}],
    }
    # From a release document: its tracks' recordings are on its release group.
    assert data["b"]["album"] == {"title": "Still Water", "artists": [{"name": "静かな湖"}]}
    # A year alone is not a day: no release date, and the import said so.
    assert data["paper"] == {"album": None, "releaseDate": None}
    assert imported.notes.left_out["dates more partial than a day (YYYY or YYYY-MM)"] >= 1


async def test_several_works_give_all_their_writers(imported: Any, db: Database) -> None:
    data = await query(
        db,
        """query($mbid: String!) { song(mbid: $mbid) {
          title artists { name kind } writers { name } credits { role otherRole detail person { name } }
        } }""",
        {"mbid": MEDLEY},
    )
    song = data["song"]
    assert song["artists"] == [{"name": "静かな湖", "kind": "GROUP"}]
    assert sorted(names(song["writers"])) == sorted(["田辺愛子", "森海斗"])
    # The work's arranger is another credit, with the work it is on.
    assert [(c["otherRole"], c["detail"], c["person"]["name"]) for c in song["credits"] if c["role"] == "OTHER"] == [
        ("arranger", "(work: 湖の歌)", "Jonas Brell")
    ]


async def test_bands_members_and_aliases(imported: Any, db: Database) -> None:
    data = await query(
        db,
        """{
          band: person(name: "the quiet lanterns") { kind members { name } aliases }
          mira: person(mbid: "6f1d0a52-3c1e-4b7a-9a41-5e0c2d7b0001") { name description memberOf { name } }
          lake: person(name: "Shizuka na Mizuumi") { name kind aliases
            aliasDetails { name locale type primary } members { name } }
          kaito: person(name: "kaito mori") { name aliasDetails { name locale type primary } }
          credited: person(name: "Teo Ank") { name }
        }""",
    )
    assert data["band"] == {"kind": "GROUP", "members": [{"name": "Mira Solberg"}, {"name": "Jonas Brell"}],
                            "aliases": ["Quiet Lanterns"]}  # fmt: skip
    assert data["mira"] == {
        "name": "Mira Solberg",
        "description": "Norwegian singer-songwriter",
        "memberOf": [{"name": "The Quiet Lanterns"}],
    }
    lake = data["lake"]
    assert (lake["name"], lake["kind"], names(lake["members"])) == ("静かな湖", "GROUP", ["田辺愛子"])
    assert {"name": "Shizuka na Mizuumi", "locale": "en", "type": "Artist name", "primary": True} in lake[
        "aliasDetails"
    ]
    assert {"name": "しずかなみずうみ", "locale": "ja", "type": "Search hint", "primary": False} in lake["aliasDetails"]
    assert data["kaito"]["name"] == "森海斗"
    assert {"name": "Kaito Mori", "locale": "en", "type": "Artist name", "primary": True} in data["kaito"][
        "aliasDetails"
    ]
    # The name a credit used ("Teo Ank") finds the artist too.
    assert data["credited"] == {"name": "Teodor Ank"}


async def test_search_finds_people_by_alias(imported: Any, db: Database) -> None:
    data = await query(db, '{ search(text: "Mizuumi") { node { ... on Person { name } } } }')
    assert {"name": "静かな湖"} in [hit["node"] for hit in data["search"]]


async def test_shared_collaborators_and_connection_across_recordings(imported: Any, db: Database) -> None:
    data = await query(
        db, '{ sharedCollaborators(a: {name: "Ines Halloway"}, b: {name: "Lena Voss"}) { person { name } } }'
    )
    # Ines produced the song and Lena conducted on it (another credit, which counts as collaboration).
    assert {"Mira Solberg", "Teodor Ank", "Pavel Rusk"} <= set(
        names([r["person"] for r in data["sharedCollaborators"]])
    )
    data = await query(
        db,
        '{ connection(from: {name: "Pavel Rusk"}, to: {name: "田辺愛子"}) '
        "{ length people { name } steps { explanation } } }",
    )
    path = data["connection"]
    assert path["people"][0]["name"] == "Pavel Rusk" and path["people"][-1]["name"] == "田辺愛子"
    assert path["length"] == len(path["steps"]) >= 2


def _content(snap: dict[str, object]) -> list[str]:
    nodes = snap["content"]
    assert isinstance(nodes, list)
    return sorted(repr(node) for node in nodes)


async def test_reimport_changes_nothing(settings: Settings, imported: Any, db: Database) -> None:
    before = await snapshot(db)
    report = await import_musicbrainz(db, DOCUMENTS)
    assert report.ok and report.songs.committed == 3
    after = await snapshot(db)
    # A song's video is deleted and made again, so nodes may come back in another elementId order.
    assert _content(after) == _content(before)
    assert after["links"] == before["links"]
    assert (after["nodes"], after["relationships"]) == (before["nodes"], before["relationships"])


@pytest.fixture
def empty_graph(settings: Settings) -> None:
    graph_with(settings)


# These two start from an empty graph: they run after the tests of the module's import.
@pytest.mark.usefixtures("empty_graph")
async def test_people_are_linked_by_id_never_by_name(db: Database) -> None:
    files = [
        # A namesake from a song file: a different person, left alone.
        SongDocument(title="Fjord Song", artists=["Mira Solberg"]),
        # An explicit link: this person is MusicBrainz's 森海斗.
        SongDocument(title="Written Here", artists=["Kai Mori"], people=[PersonEntry(name="Kai Mori", mbid=KAITO)]),
    ]
    assert (await load_documents(db, files)).ok
    report = await import_musicbrainz(db, [FIXTURES / "recording-lanterns.json"])
    assert report.ok
    data = await query(
        db,
        """{ namesakes: people(filter: {name: "mira solberg"}) { nodes { id externalIds { id } } }
             kai: person(mbid: "6f1d0a52-3c1e-4b7a-9a41-5e0c2d7b0004") { name aliases credits { song { title } } } }""",
    )
    ids = sorted((node["id"], [x["id"] for x in node["externalIds"]]) for node in data["namesakes"]["nodes"])
    # Two people: the song file's, unlinked, and MusicBrainz's.
    assert [external for _id, external in ids] in ([[], [MIRA]], [[MIRA], []])
    kai = data["kai"]
    # The linked person took MusicBrainz's name and aliases and holds both songs' credits.
    assert kai["name"] == "森海斗" and "Kaito Mori" in kai["aliases"]
    assert sorted(c["song"]["title"] for c in kai["credits"]) == ["Lanterns Over the Harbour", "Written Here"]


def _dump(path: Path, members: dict[str, list[bytes]]) -> Path:
    with tarfile.open(path, "w:xz") as archive:
        for name, lines in {"COPYING": [b"CC0\n"], **members}.items():
            data = b"".join(lines)
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def _line(name: str) -> bytes:
    return json.dumps(json.loads((FIXTURES / name).read_text(encoding="utf-8")), ensure_ascii=False).encode() + b"\n"


@pytest.mark.usefixtures("empty_graph")
async def test_dump_archives_stream_and_bad_lines_are_reported(settings: Settings, tmp_path: Path) -> None:
    recordings = _dump(
        tmp_path / "recording.tar.xz",
        {
            "mbdump/recording": [
                _line("recording-lanterns.json"),
                b"{not json\n",
                b'{"id": "7c2e9b10-5d4f-4e21-8c3a-1a9f0e6d0099", "title": "No Credit", "video": false}\n',
                _line("recording-lake-medley.json"),
                b"[1, 2]\n",
                _line("recording-lanterns-video.json"),
            ]
        },
    )
    works = _dump(
        tmp_path / "work.tar.xz", {"mbdump/work": [_line("work-lake-song.json"), _line("work-morning-mist.json")]}
    )
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "songgraph.cli", "import-musicbrainz", str(recordings), str(works)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 1, done.stderr
    where = f"{recordings}:mbdump/recording"
    assert f"{where}:2: not JSON" in done.stderr
    assert f"{where}:3: artist-credit: a recording needs at least one credited artist" in done.stderr
    assert f"{where}:5: expected a JSON object" in done.stderr
    assert "3 rejected" in done.stdout and "wrote 2 song(s)" in done.stdout
    db = Database.connect(settings)
    try:
        data = await query(
            db,
            """{ medley: song(mbid: "7c2e9b10-5d4f-4e21-8c3a-1a9f0e6d0002") { writers { name } }
                 lanterns: song(mbid: "7c2e9b10-5d4f-4e21-8c3a-1a9f0e6d0001") {
                   musicVideo { directors { name } } } }""",
        )
    finally:
        await db.close()
    # The works came from another archive of the same import: joined by id.
    assert sorted(names(data["medley"]["writers"])) == sorted(["田辺愛子", "森海斗"])
    assert names(data["lanterns"]["musicVideo"]["directors"]) == ["Oskar Lind"]
