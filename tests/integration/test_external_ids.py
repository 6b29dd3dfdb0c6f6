"""MusicBrainz ids on nodes: `externalIds`, and `song(mbid:)` / `person(mbid:)` lookups."""

from __future__ import annotations

import pytest

from songgraph.config import Settings
from songgraph.db import Database
from songgraph.models import AlbumEntry, PersonEntry, SongDocument
from songgraph.services.loading import load_documents
from tests.integration.conftest import execute, graph_with

pytestmark = pytest.mark.anyio


@pytest.fixture
def empty_graph(settings: Settings) -> None:
    graph_with(settings)


SONG = "0b9e5a8c-1111-4c2a-9d3e-000000000001"
ARTIST = "0b9e5a8c-2222-4c2a-9d3e-000000000002"
GROUP = "0b9e5a8c-3333-4c2a-9d3e-000000000003"


@pytest.mark.usefixtures("empty_graph")
async def test_ids_are_written_and_found(db: Database) -> None:
    doc = SongDocument(
        title="Linked Tune",
        artists=["Ada Linked"],
        mbid=SONG.upper(),
        people=[PersonEntry(name="Ada Linked", mbid=ARTIST)],
        album=AlbumEntry(title="Linked Album", mbid=GROUP),
    )
    report = await load_documents(db, [doc])
    assert report.ok and report.committed == 1

    result = await execute(
        db,
        """query($song: String!, $artist: String!) {
          song(mbid: $song) { title externalIds { source id url } album { externalIds { url } } }
          person(mbid: $artist) { name externalIds { id url } }
          plain: person(name: "Ada Linked") { externalIds { id } }
        }""",
        {"song": SONG, "artist": ARTIST.upper()},
    )
    assert result.errors is None, result.errors
    assert result.data["song"] == {
        "title": "Linked Tune",
        "externalIds": [{"source": "musicbrainz", "id": SONG, "url": f"https://musicbrainz.org/recording/{SONG}"}],
        "album": {"externalIds": [{"url": f"https://musicbrainz.org/release-group/{GROUP}"}]},
    }
    assert result.data["person"] == {
        "name": "Ada Linked",
        "externalIds": [{"id": ARTIST, "url": f"https://musicbrainz.org/artist/{ARTIST}"}],
    }
    assert result.data["plain"] == {"externalIds": [{"id": ARTIST}]}


@pytest.mark.usefixtures("empty_graph")
async def test_unknown_mbid_is_null_and_two_keys_are_refused(db: Database) -> None:
    result = await execute(db, '{ song(mbid: "0b9e5a8c-0000-4c2a-9d3e-000000000009") { title } }')
    assert result.errors is None and result.data == {"song": None}
    result = await execute(db, '{ person(name: "x", mbid: "0b9e5a8c-0000-4c2a-9d3e-000000000009") { name } }')
    assert result.errors is not None and "exactly one of id or name or mbid" in result.errors[0].message
