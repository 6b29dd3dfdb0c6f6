"""A synthetic MusicBrainz JSON dump in the shape of MusicBrainz's own: ``artist.tar.xz``, ``work.tar.xz``,
``release-group.tar.xz``, ``release.tar.xz`` and ``recording.tar.xz``, one entity per line in
``mbdump/<entity>``, for benchmarking ``songgraph import-musicbrainz``.

    .venv/bin/python bench/musicbrainz_dump.py --recordings 1000000 --out .local/mb-dump

As in the real dumps, most recordings are only inside release lines (``media[].tracks[].recording``, with
their artist credit, their artist, work, video and url relationships), and the recording file holds only
the recordings on no release (one in ten here) and some video recordings. Per N audio recordings:

- releases of about ten tracks (album, single or EP release groups); one album in eight has a second
  release (another edition: the same recordings again), and one release in twenty is a compilation of
  earlier releases' recordings under a release group of its own, so most recordings are on one release
  and some on two or three;
- a recording credits one to three artists (some with ``feat.``), a producer (three in five), an engineer
  (two in five), zero to two instrumentalists or a vocalist; nine in ten perform a work (one in ten of
  those a second: a medley); one in fifty has a music video, a video recording with a director that is
  on a DVD medium of its release (half of them) or in the recording file;
- 0.85 N works with a composer, and a lyricist or a writer, naming their performances (backward
  relationships to recordings, as the real work lines do); one work in a hundred is a movement of a larger
  work and has no writers of its own;
- N/5 artists (a tenth of them groups, with members), each with aliases in other locales and url
  relationships; a third of all credits go to the busiest hundredth of the artists, and names are drawn
  from small syllable lists: many namesakes, which the import must keep apart by MBID.

Deterministic for a given ``--recordings`` and ``--seed``; every line is made from its own number, so memory
stays flat however many recordings are asked for.
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
ENTITIES = ("artist", "work", "release-group", "release", "recording")
_SYLLABLES = ("ka", "ri", "mo", "ta", "le", "na", "so", "vi", "den", "ar", "el", "is", "on", "ur", "ba", "chi")
_WORDS = ("light", "harbour", "river", "paper", "night", "morning", "glass", "echo", "winter", "garden", "stone")
_INSTRUMENTS = ("guitar", "bass guitar", "drums (drum set)", "piano", "violin", "synthesizer")
_GENRES = ("rock", "pop", "folk", "jazz", "electronic", "hip hop", "classical", "soul")
# An album's recordings: this many numbers in a row, less the standalone ones among them.
_ALBUM_SPAN = 11


def _mbid(kind: str, n: int | str, seed: int) -> str:
    # Stable and distinct per (kind, n): the same dump every time, ids that look like MusicBrainz's.
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"songgraph-bench/{seed}/{kind}/{n}"))


def standalone(n: int) -> bool:
    """Is recording ``n`` on no release (so only in the recording file)?"""
    return n % 10 == 9


def has_video(n: int) -> bool:
    return n % 50 == 0


def video_on_release(n: int) -> bool:
    return has_video(n) and not standalone(n) and (n // 50) % 2 == 0


def medley(n: int) -> bool:
    return n % 10 == 3


class Dump:
    def __init__(self, recordings: int, seed: int = SEED) -> None:
        self.recordings = recordings
        self.seed = seed
        self.artists = max(10, recordings // 5)
        self.works = max(1, recordings * 85 // 100)
        self.albums = max(1, -(-recordings // _ALBUM_SPAN))

    def _rng(self, kind: str, n: int) -> random.Random:
        return random.Random(f"{self.seed}/{kind}/{n}")

    def _id(self, kind: str, n: int | str) -> str:
        return _mbid(kind, n, self.seed)

    def _name(self, rng: random.Random, parts: int = 2) -> str:
        return " ".join("".join(rng.choice(_SYLLABLES) for _ in range(2)).title() for _ in range(parts))

    def _title(self, rng: random.Random) -> str:
        return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 3))).capitalize()

    # --- artists -----------------------------------------------------------------------------------------

    def artist_ref(self, n: int) -> dict[str, Any]:
        """An artist as other entities' lines carry it."""
        rng = self._rng("artist", n)
        band = n % 10 == 0
        name = ("The " + self._name(rng, 1) + "s") if band else self._name(rng)
        return {"id": self._id("artist", n), "name": name, "sort-name": name, "type": "Group" if band else "Person",
                "type-id": None, "disambiguation": "", "aliases": [], "tags": [], "genres": []}  # fmt: skip

    def artist(self, n: int) -> dict[str, Any]:
        doc = self.artist_ref(n)
        rng = self._rng("artist-more", n)
        doc["aliases"] = [
            {"name": doc["name"].upper(), "sort-name": doc["name"], "locale": rng.choice(["en", "ja", "de"]),
             "type": "Artist name", "type-id": None, "primary": True, "begin": None, "end": None, "ended": False},
        ]  # fmt: skip
        if rng.random() < 0.3:
            doc["aliases"].append(
                {"name": self._name(rng), "sort-name": doc["name"], "locale": None, "type": "Search hint",
                 "type-id": None, "primary": None, "begin": None, "end": None, "ended": False}
            )  # fmt: skip
        doc.update({"life-span": {"begin": str(1940 + n % 60), "end": None, "ended": False}, "area": None,
                    "country": None, "gender": None, "ipis": [], "isnis": [], "annotation": None,
                    "rating": {"value": None, "votes-count": 0}})  # fmt: skip
        relations = [
            _rel("discogs", "url", "forward", {"id": self._id("url", n), "resource": f"https://d.example/{n}"})
        ]
        if doc["type"] == "Group":
            for k in range(1, 4):
                member = (n + k) % self.artists
                if member % 10:
                    relations.append(_rel("member of band", "artist", "backward", self._artist_stub(member)))
        doc["relations"] = relations
        return doc

    def _artist_stub(self, n: int) -> dict[str, Any]:
        # A relationship's target artist: no aliases, tags or genres.
        ref = self.artist_ref(n)
        return {k: ref[k] for k in ("id", "name", "sort-name", "type", "type-id", "disambiguation")}

    def _pick_artist(self, rng: random.Random) -> int:
        # Skewed: a third of the credits go to the busiest hundredth of the artists, the rest to anyone.
        if rng.random() < 0.3:
            return rng.randrange(max(1, self.artists // 100))
        return rng.randrange(self.artists)

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

    # --- works -------------------------------------------------------------------------------------------

    def performs(self, n: int) -> list[int]:
        """The works recording ``n`` performs: one in ten none; the first works' first recordings, then
        covers of them; a medley a second one."""
        if n % 10 == 7:
            return []
        first = n if n < self.works else (n - self.works) % self.works
        return [first, (first + 1) % self.works] if medley(n) else [first]

    def performances(self, w: int) -> list[int]:
        """The recordings that perform work ``w`` (the inverse of ``performs``)."""
        found: set[int] = set()
        for first in (w, (w - 1) % self.works):
            for n in range(first, self.recordings, self.works):
                if w in self.performs(n):
                    found.add(n)
        return sorted(found)

    def _work_stub(self, w: int) -> dict[str, Any]:
        title = self._title(self._rng("work", w))
        return {"id": self._id("work", w), "title": title, "type": "Song", "disambiguation": "", "iswcs": [],
                "language": "eng", "languages": ["eng"], "attributes": []}  # fmt: skip

    def work(self, w: int) -> dict[str, Any]:
        rng = self._rng("work-more", w)
        doc = {**self._work_stub(w), "aliases": [], "annotation": None, "genres": [], "tags": [],
               "rating": {"value": None, "votes-count": 0}}  # fmt: skip
        relations: list[dict[str, Any]] = []
        if w % 100 == 50 and w > 0:
            # A movement: its writers are its larger work's.
            relations.append(_rel("parts", "work", "backward", self._work_stub(w - 1)))
        else:
            relations.append(_rel("composer", "artist", "backward", self._artist_stub(self._pick_artist(rng))))
            kind = rng.choice(("lyricist", "lyricist", "writer", None))
            if kind is not None:
                relations.append(_rel(kind, "artist", "backward", self._artist_stub(self._pick_artist(rng))))
        for n in self.performances(w):
            relations.append(_rel("performance", "recording", "backward", self._recording_stub(n)))
        if rng.random() < 0.2:
            relations.append(
                _rel("wikidata", "url", "forward", {"id": self._id("work-url", w), "resource": "https://w.example"})
            )
        doc["relations"] = relations
        return doc

    # --- recordings --------------------------------------------------------------------------------------

    def _recording_stub(self, n: int, video: bool = False) -> dict[str, Any]:
        kind = "video" if video else "recording"
        rng = self._rng(kind, n)
        return {"id": self._id(kind, n), "title": self._title(rng), "disambiguation": "",
                "length": rng.randint(90_000, 420_000), "video": video}  # fmt: skip

    def recording(self, n: int) -> dict[str, Any]:
        """Audio recording ``n`` whole, as a release's track or the recording file carries it."""
        rng = self._rng("recording-more", n)
        relations = []
        if rng.random() < 0.6:
            relations.append(_rel("producer", "artist", "backward", self._artist_stub(self._pick_artist(rng))))
        if rng.random() < 0.4:
            relations.append(_rel("engineer", "artist", "backward", self._artist_stub(self._pick_artist(rng)), ["mix"]))
        for _ in range(rng.choice((0, 1, 1, 2))):
            player = self._artist_stub(self._pick_artist(rng))
            relations.append(_rel("instrument", "artist", "backward", player, [rng.choice(_INSTRUMENTS)]))
        if rng.random() < 0.2:
            relations.append(
                _rel("vocal", "artist", "backward", self._artist_stub(self._pick_artist(rng)), ["lead vocals"])
            )
        for w in self.performs(n):
            relations.append(_rel("performance", "work", "forward", self._work_stub(w)))
        if has_video(n):
            relations.append(_rel("music video", "recording", "forward", self._recording_stub(n, video=True)))
        if rng.random() < 0.1:
            relations.append(
                _rel(
                    "free streaming", "url", "forward", {"id": self._id("rec-url", n), "resource": "https://s.example"}
                )
            )
        genres = [{"id": self._id("genre", g), "name": _GENRES[g], "count": rng.randint(1, 5), "disambiguation": ""}
                  for g in sorted(rng.sample(range(len(_GENRES)), rng.choice((0, 0, 1, 2))))]  # fmt: skip
        year = 1960 + n % 60
        return {
            **self._recording_stub(n),
            "first-release-date": f"{year}-{1 + n % 12:02d}-{1 + n % 28:02d}",
            "aliases": [], "annotation": None, "isrcs": [f"XXA{n:09d}"], "tags": [], "genres": genres,
            "rating": {"value": None, "votes-count": 0},
            "artist-credit": self._credit(self._rng("recording", n)),
            "relations": relations,
        }  # fmt: skip

    def video(self, n: int) -> dict[str, Any]:
        """The music video of recording ``n`` (a video recording)."""
        rng = self._rng("video-more", n)
        return {
            **self._recording_stub(n, video=True),
            "first-release-date": f"{1960 + n % 60}-06-01",
            "aliases": [], "annotation": None, "isrcs": [], "tags": [], "genres": [],
            "rating": {"value": None, "votes-count": 0},
            "artist-credit": self._credit(self._rng("recording", n)),
            "relations": [
                _rel("video director", "artist", "backward", self._artist_stub(self._pick_artist(rng))),
                _rel("music video", "recording", "backward", self._recording_stub(n)),
            ],
        }  # fmt: skip

    # --- releases ----------------------------------------------------------------------------------------

    def release_count(self) -> int:
        """Albums, their second editions (one in eight) and compilations (one release in twenty)."""
        return self.albums + self.albums // 8 + self.albums // 19

    def _album_of(self, r: int) -> tuple[int, int] | None:
        """Release ``r`` as (album, edition), or None for a compilation."""
        if r < self.albums:
            return r, 0
        if r < self.albums + self.albums // 8:
            return (r - self.albums) * 8, 1
        return None

    def release_group(self, g: int) -> dict[str, Any]:
        """Release group ``g``: album ``g``'s, or (past the albums) compilation ``g - albums``'s."""
        rng = self._rng("release-group", g)
        compilation = g >= self.albums
        return {
            "id": self._id("release-group", g),
            "title": self._title(rng),
            "primary-type": "Album" if compilation else rng.choice(("Album", "Album", "Single", "EP")),
            "primary-type-id": None, "secondary-types": ["Compilation"] if compilation else [],
            "secondary-type-ids": [], "first-release-date": f"{1960 + g % 60}-{1 + g % 12:02d}-{1 + g % 28:02d}",
            "disambiguation": "", "aliases": [], "genres": [], "tags": [],
            "artist-credit": self._credit(rng),
        }  # fmt: skip

    def release_group_line(self, g: int) -> dict[str, Any]:
        doc = self.release_group(g)
        doc["rating"] = {"value": None, "votes-count": 0}
        doc["annotation"] = None
        doc["relations"] = [
            _rel("wikidata", "url", "forward", {"id": self._id("rg-url", g), "resource": "https://w.example"})
        ]
        return doc

    def _track(self, key: str, position: int, recording: dict[str, Any]) -> dict[str, Any]:
        return {"id": self._id("track", f"{key}/{position}"), "number": str(position),
                "position": position, "title": recording["title"], "length": recording["length"],
                "recording": recording, "artist-credit": recording["artist-credit"]}  # fmt: skip

    def release(self, r: int) -> dict[str, Any]:
        rng = self._rng("release", r)
        found = self._album_of(r)
        if found is not None:
            album, edition = found
            group = self.release_group(album)
            numbers = [n for n in range(album * _ALBUM_SPAN, min(self.recordings, (album + 1) * _ALBUM_SPAN))]
            numbers = [n for n in numbers if not standalone(n)]
        else:
            c = r - self.albums - self.albums // 8
            group = self.release_group(self.albums + c)
            # Earlier albums' recordings, a track from each of fifteen.
            numbers = sorted({album * _ALBUM_SPAN + rng.randrange(_ALBUM_SPAN - 1) for album in
                              (rng.randrange(self.albums) for _ in range(15))})  # fmt: skip
            numbers = [n for n in numbers if n < self.recordings and not standalone(n)]
            edition = 0
        key = f"{r}"
        media = [{"position": 1, "title": "", "format": "CD", "format-id": None, "track-count": len(numbers),
                  "track-offset": 0, "discs": [],
                  "tracks": [self._track(key, i + 1, self.recording(n)) for i, n in enumerate(numbers)]}]  # fmt: skip
        videos = [self.video(n) for n in numbers if video_on_release(n)] if found is not None and edition == 0 else []
        if videos:
            media.append({"position": 2, "title": "Videos", "format": "DVD-Video", "format-id": None,
                          "track-count": len(videos), "track-offset": 0, "discs": [],
                          "tracks": [self._track(f"{key}v", i + 1, v) for i, v in enumerate(videos)]})  # fmt: skip
        return {
            "id": self._id("release", r),
            "title": group["title"] + (" (deluxe edition)" if edition else ""),
            "status": "Official", "status-id": None, "quality": "normal", "packaging": None, "barcode": None,
            "asin": None, "date": group["first-release-date"], "country": "XW", "disambiguation": "",
            "annotation": None, "aliases": [], "genres": [], "tags": [], "label-info": [],
            "text-representation": {"language": "eng", "script": "Latn"},
            "artist-credit": group["artist-credit"],
            "release-group": group,
            "media": media,
            "relations": [_rel("purchase for download", "url", "forward",
                               {"id": self._id("release-url", r), "resource": "https://b.example"})],
        }  # fmt: skip

    # --- the files ---------------------------------------------------------------------------------------

    def lines(self, entity: str) -> Iterator[dict[str, Any]]:
        if entity == "artist":
            yield from (self.artist(n) for n in range(self.artists))
        elif entity == "work":
            yield from (self.work(w) for w in range(self.works))
        elif entity == "release-group":
            groups = self.albums + self.albums // 19
            yield from (self.release_group_line(g) for g in range(groups))
        elif entity == "release":
            yield from (self.release(r) for r in range(self.release_count()))
        else:
            for n in range(self.recordings):
                if standalone(n):
                    yield self.recording(n)
                if has_video(n) and not video_on_release(n):
                    yield self.video(n)


def _rel(kind: str, target: str, direction: str, entity: dict[str, Any], attributes: list[str] | None = None) -> Any:
    return {"type": kind, "type-id": None, "direction": direction, "target-type": target,
            "attributes": attributes or [], "attribute-values": {}, "attribute-ids": {}, "begin": None, "end": None,
            "ended": False, "source-credit": "", "target-credit": "", target: entity}  # fmt: skip


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
    for entity in ENTITIES:
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
