"""A synthetic MusicBrainz JSON dump: ``artist.tar.xz``, ``work.tar.xz``, ``release.tar.xz`` and
``recording.tar.xz`` in the layout of MusicBrainz's JSON dumps (one entity per line in ``mbdump/<entity>``),
for benchmarking ``songgraph import-musicbrainz``.

    .venv/bin/python bench/musicbrainz_dump.py --recordings 1000000 --out .local/mb-dump

Deterministic for a given ``--recordings`` and ``--seed``. Per recording: one to three credited artists
(one in five with a "feat." join phrase), a producer, an engineer, one or two instrument credits, the work
it performs (one in ten performs two), and its place on a release; one recording in fifty has a music video
(a video recording with a director). Artists (a fifth as many as recordings, a tenth of them bands with
members) carry aliases in another locale. Names are drawn from small syllable lists: many namesakes, as in
the real data, which the import must keep apart by MBID.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tarfile
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

SEED = 16
_SYLLABLES = ("ka", "ri", "mo", "ta", "le", "na", "so", "vi", "den", "ar", "el", "is", "on", "ur", "ba", "chi")
_WORDS = ("light", "harbour", "river", "paper", "night", "morning", "glass", "echo", "winter", "garden", "stone")
_INSTRUMENTS = ("guitar", "bass guitar", "drums (drum set)", "piano", "violin", "synthesizer")


def _mbid(kind: str, n: int, seed: int) -> str:
    # Stable and distinct per (kind, n): the same dump every time, ids that look like MusicBrainz's.
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"songgraph-bench/{seed}/{kind}/{n}"))


class Dump:
    def __init__(self, recordings: int, seed: int = SEED) -> None:
        self.recordings = recordings
        self.seed = seed
        self.artists = max(10, recordings // 5)
        self.works = recordings
        self.releases = max(1, recordings // 10)

    def _rng(self, kind: str, n: int) -> random.Random:
        return random.Random(f"{self.seed}/{kind}/{n}")

    def _name(self, rng: random.Random, parts: int = 2) -> str:
        return " ".join("".join(rng.choice(_SYLLABLES) for _ in range(2)).title() for _ in range(parts))

    def artist_ref(self, n: int) -> dict[str, Any]:
        rng = self._rng("artist", n)
        band = n % 10 == 0
        name = ("The " + self._name(rng, 1) + "s") if band else self._name(rng)
        return {
            "id": _mbid("artist", n, self.seed),
            "name": name,
            "sort-name": name,
            "type": "Group" if band else "Person",
            "disambiguation": "",
        }

    def artist(self, n: int) -> dict[str, Any]:
        doc = self.artist_ref(n)
        rng = self._rng("artist-more", n)
        doc["aliases"] = [
            {"name": doc["name"].upper(), "sort-name": doc["name"], "locale": rng.choice(["en", "ja", "de"]),
             "type": "Artist name", "primary": True, "begin": None, "end": None, "ended": False},
        ]  # fmt: skip
        doc["relations"] = []
        if doc["type"] == "Group":
            for k in range(1, 4):
                member = (n + k) % self.artists
                if member % 10:
                    doc["relations"].append(_rel("member of band", "artist", "backward", self.artist_ref(member)))
        return doc

    def _pick_artist(self, rng: random.Random) -> int:
        # Skewed: a third of the credits go to the busiest hundredth of the artists, the rest to anyone.
        if rng.random() < 0.3:
            return rng.randrange(max(1, self.artists // 100))
        return rng.randrange(self.artists)

    def work(self, n: int) -> dict[str, Any]:
        rng = self._rng("work", n)
        relations = [_rel("composer", "artist", "backward", self.artist_ref(self._pick_artist(rng)))]
        if rng.random() < 0.5:
            relations.append(_rel("lyricist", "artist", "backward", self.artist_ref(self._pick_artist(rng))))
        return {
            "id": _mbid("work", n, self.seed),
            "title": self._title(rng),
            "type": "Song",
            "languages": ["eng"],
            "iswcs": [],
            "disambiguation": "",
            "attributes": [],
            "relations": relations,
        }

    def _title(self, rng: random.Random) -> str:
        return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 3))).capitalize()

    def _short_recording(self, n: int, video: bool = False) -> dict[str, Any]:
        kind = "video" if video else "recording"
        return {"id": _mbid(kind, n, self.seed), "title": self._title(self._rng(kind, n)), "video": video}

    def _credit(self, rng: random.Random) -> list[dict[str, Any]]:
        count = rng.choice((1, 1, 1, 2, 3))
        chosen = list(dict.fromkeys(self._pick_artist(rng) for _ in range(count)))
        featured = len(chosen) > 1 and rng.random() < 0.6
        credits = []
        for i, a in enumerate(chosen):
            ref = self.artist_ref(a)
            join = "" if i == len(chosen) - 1 else (" feat. " if featured and i == 0 else " & ")
            credits.append({"name": ref["name"], "joinphrase": join, "artist": ref})
        return credits

    def recording(self, n: int) -> dict[str, Any]:
        rng = self._rng("recording", n)
        relations = [
            _rel("producer", "artist", "backward", self.artist_ref(self._pick_artist(rng))),
            _rel("engineer", "artist", "backward", self.artist_ref(self._pick_artist(rng)), ["mix"]),
        ]
        for _ in range(rng.randint(1, 2)):
            player = self.artist_ref(self._pick_artist(rng))
            relations.append(_rel("instrument", "artist", "backward", player, [rng.choice(_INSTRUMENTS)]))
        works = [n] if rng.random() > 0.1 else [n, (n + 1) % self.works]
        for w in works:
            relations.append(_rel("performance", "work", "forward", {"id": _mbid("work", w, self.seed)}))
        if n % 50 == 0:
            relations.append(_rel("music video", "recording", "backward", self._short_recording(n, video=True)))
        year = 1960 + n % 60
        return {
            **self._short_recording(n),
            "length": rng.randint(90_000, 420_000),
            "disambiguation": "",
            "first-release-date": f"{year}-{1 + n % 12:02d}-{1 + n % 28:02d}",
            "artist-credit": self._credit(rng),
            "relations": relations,
        }

    def video(self, n: int) -> dict[str, Any]:
        rng = self._rng("video", n)
        return {
            **self._short_recording(n, video=True),
            "length": rng.randint(90_000, 420_000),
            "disambiguation": "music video",
            "artist-credit": self._credit(rng),
            "relations": [
                _rel("video director", "artist", "backward", self.artist_ref(self._pick_artist(rng))),
                _rel("music video", "recording", "forward", self._short_recording(n)),
            ],
        }

    def release(self, n: int) -> dict[str, Any]:
        rng = self._rng("release", n)
        title = self._title(rng)
        group = {
            "id": _mbid("release-group", n, self.seed),
            "title": title,
            "primary-type": rng.choice(("Album", "Album", "Single", "EP")),
            "secondary-types": [],
            "first-release-date": f"{1960 + n % 60}",
            "artist-credit": self._credit(rng),
        }
        tracks = [
            {"id": _mbid("track", t, self.seed), "number": str(t % 10 + 1), "position": t % 10 + 1,
             "recording": self._short_recording(t)}
            for t in range(n * 10, min(self.recordings, n * 10 + 10))
        ]  # fmt: skip
        return {
            "id": _mbid("release", n, self.seed),
            "title": title,
            "status": "Official",
            "release-group": group,
            "media": [{"position": 1, "format": "Digital Media", "tracks": tracks}],
        }

    def lines(self, entity: str) -> Iterator[dict[str, Any]]:
        if entity == "artist":
            yield from (self.artist(n) for n in range(self.artists))
        elif entity == "work":
            yield from (self.work(n) for n in range(self.works))
        elif entity == "release":
            yield from (self.release(n) for n in range(self.releases))
        else:
            for n in range(self.recordings):
                yield self.recording(n)
                if n % 50 == 0:
                    yield self.video(n)


def _rel(kind: str, target: str, direction: str, entity: dict[str, Any], attributes: list[str] | None = None) -> Any:
    return {"type": kind, "direction": direction, "target-type": target, "attributes": attributes or [],
            "attribute-values": {}, "begin": None, "end": None, "ended": False, target: entity}  # fmt: skip


def write_archive(path: Path, entity: str, docs: Iterator[dict[str, Any]], progress: Callable[[int], None]) -> int:
    """One dump archive; the member is spooled to a temporary file first (a tar header needs its size)."""
    count = 0
    with tempfile.TemporaryFile() as spool:
        for doc in docs:
            spool.write(json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")
            count += 1
            if count % 100_000 == 0:
                progress(count)
        size = spool.tell()
        spool.seek(0)
        with tarfile.open(path, "w:xz", preset=1) as archive:
            for name, data in (("COPYING", b"synthetic data for songgraph's benchmark\n"), ("SCHEMA_SEQUENCE", b"0\n")):
                info = tarfile.TarInfo(name)
                info.size = len(data)
                archive.addfile(info, fileobj=io.BytesIO(data))
            info = tarfile.TarInfo(f"mbdump/{entity}")
            info.size = size
            archive.addfile(info, fileobj=spool)
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--recordings", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=Path(".local/mb-dump"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    dump = Dump(args.recordings, args.seed)
    for entity in ("artist", "work", "release", "recording"):
        started = time.monotonic()
        path = args.out / f"{entity}.tar.xz"
        say = f"  {entity}: {{}} lines"

        def progress(n: int, say: str = say) -> None:
            print(say.format(n), file=sys.stderr)

        count = write_archive(path, entity, dump.lines(entity), progress)
        seconds = time.monotonic() - started
        print(f"{path}: {count} {entity} lines, {path.stat().st_size / 1e6:.1f} MB, {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
