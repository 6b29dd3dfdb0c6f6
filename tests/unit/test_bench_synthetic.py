"""The synthetic catalogue the benchmark loads: deterministic, streamed, everyone credited, skewed."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from synthetic import credit_counts, generate, people, stream


def test_stream_and_generate_give_the_same_documents() -> None:
    catalogue = generate(2000)
    assert catalogue.docs == list(stream(2000))
    assert catalogue.fingerprint == generate(2000).fingerprint
    assert len({doc.key for doc in catalogue.docs}) == 2000


def test_everyone_is_named_by_some_song() -> None:
    named: set[str] = set()
    for doc in stream(3000):
        named.update([*doc.artists, *doc.featured_artists, *doc.writers, *doc.producers])
        if doc.music_video is not None:
            named.update([*doc.music_video.directors, *(c.person for c in doc.music_video.cast)])
        for intro in doc.introductions:
            named.update([intro.introducer, *intro.introduced])
        for entry in doc.people:
            named.update([entry.name, *entry.members])
    assert set(people(3000)) <= named


def test_popularity_is_skewed() -> None:
    counts = credit_counts(stream(3000))
    ranked = sorted(counts.values(), reverse=True)
    # A few prolific people and a long tail: the busiest has many times the median's credits.
    assert ranked[0] >= 20 * ranked[len(ranked) // 2]
