"""The synthetic MusicBrainz dump of the benchmark: deterministic, in the shape the import maps without loss."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from musicbrainz_dump import Dump

from songgraph.ingest.musicbrainz import (
    NoLookup,
    Notes,
    artist_facts,
    entity_kind,
    recording_document,
    release_recordings,
)


class Index(NoLookup):
    """What the import's join index would hold for this dump (works and videos by id)."""

    def __init__(self, dump: Dump) -> None:
        self.works = {doc["id"]: doc for doc in dump.lines("work")}
        self.videos = {doc["id"]: doc for doc in dump.lines("recording") if doc["video"]}
        for release in dump.lines("release"):
            self.videos.update({doc["id"]: doc for _at, doc in release_recordings(release) if doc["video"]})

    def work(self, mbid: str) -> Mapping[str, Any] | None:
        return self.works.get(mbid)

    def video(self, mbid: str) -> Mapping[str, Any] | None:
        return self.videos.get(mbid)


def _recordings(dump: Dump) -> list[dict[str, Any]]:
    """Every audio recording of the dump once: those on releases, then the standalone ones."""
    found: dict[str, dict[str, Any]] = {}
    for release in dump.lines("release"):
        for _at, doc in release_recordings(release):
            found.setdefault(doc["id"], doc)
    for doc in dump.lines("recording"):
        found.setdefault(doc["id"], doc)
    return [doc for doc in found.values() if not doc["video"]]


def test_the_same_dump_every_time() -> None:
    for entity in ("release", "recording", "work"):
        assert list(Dump(300).lines(entity)) == list(Dump(300).lines(entity))
    assert list(Dump(300, seed=1).lines("release")) != list(Dump(300).lines("release"))


def test_most_recordings_are_only_on_releases_as_in_the_real_dumps() -> None:
    dump = Dump(1000)
    standalone = {doc["id"] for doc in dump.lines("recording") if not doc["video"]}
    on_releases = Counter(
        doc["id"] for release in dump.lines("release") for _at, doc in release_recordings(release) if not doc["video"]
    )
    assert len(standalone) == 100 and not standalone & set(on_releases)
    assert len(on_releases) == 900
    # Second editions and compilations put some recordings on more than one release.
    assert 50 < sum(1 for count in on_releases.values() if count > 1) < 300
    kinds = Counter(entity_kind(doc) for entity in ("artist", "work", "release") for doc in dump.lines(entity))
    assert kinds == Counter({"artist": 200, "work": 850, "release": dump.release_count()})
    assert all(entity_kind(doc) == "release-group" for doc in dump.lines("release-group"))


def test_every_recording_maps_and_each_mapping_is_exercised() -> None:
    dump = Dump(500)
    index = Index(dump)
    notes = Notes()
    mapped = [recording_document(doc, index, notes=notes) for doc in _recordings(dump)]
    songs = [m.document for m in mapped]
    assert len(songs) == 500 and len({song.key for song in songs}) == 500
    assert all(song.artists and song.album for song in songs[:450])
    assert 350 < sum(1 for song in songs if song.writers) < 500
    assert 200 < sum(1 for song in songs if song.producers) < 400
    assert sum(1 for song in songs if song.featured_artists) > 10
    assert sum(1 for song in songs if song.music_video and song.music_video.directors) == 10
    # Every work a recording performs is in the dump, so no writer is missing.
    assert notes.left_out["works whose writers this import does not hold (import the works too)"] == 0
    members = [pair for doc in dump.lines("artist") for pair in artist_facts(doc).members]
    assert len(members) > 10
