"""The synthetic MusicBrainz dump of the benchmark: deterministic, in the shape the import maps without loss."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from musicbrainz_dump import Dump

from songgraph.ingest.musicbrainz import NoLookup, Notes, artist_facts, entity_kind, recording_document


class Works(NoLookup):
    def __init__(self, dump: Dump) -> None:
        self.works = {doc["id"]: doc for doc in dump.lines("work")}
        self.videos = {doc["id"]: doc for doc in dump.lines("recording") if doc["video"]}

    def work(self, mbid: str) -> Mapping[str, Any] | None:
        return self.works.get(mbid)

    def video(self, mbid: str) -> Mapping[str, Any] | None:
        return self.videos.get(mbid)


def test_the_same_dump_every_time() -> None:
    assert list(Dump(300).lines("recording")) == list(Dump(300).lines("recording"))
    assert list(Dump(300, seed=1).lines("recording")) != list(Dump(300).lines("recording"))


def test_every_line_maps_and_each_mapping_is_exercised() -> None:
    dump = Dump(500)
    lookup = Works(dump)
    notes = Notes()
    songs = [
        recording_document(doc, lookup, notes=notes).document for doc in dump.lines("recording") if not doc["video"]
    ]
    assert len(songs) == 500 and len({song.key for song in songs}) == 500
    assert all(song.writers and song.producers and song.other_credits for song in songs)
    assert sum(1 for song in songs if song.featured_artists) > 10
    assert sum(1 for song in songs if song.music_video and song.music_video.directors) == 10
    # Every work a recording performs is in the dump, so no writer is missing.
    assert notes.left_out["works whose writers this import does not hold (import the works too)"] == 0
    kinds = Counter(entity_kind(doc) for entity in ("artist", "work", "release") for doc in dump.lines(entity))
    assert kinds == Counter({"artist": 100, "work": 500, "release": 50})
    members = [pair for doc in dump.lines("artist") for pair in artist_facts(doc).members]
    assert len(members) > 10
