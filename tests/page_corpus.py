"""Scores the story-page parser against pages whose facts are written out by hand, per fact kind.

Each page ``NAME.txt`` has its expected facts in ``NAME.facts.yaml`` beside it. A fact is one comparable
tuple (a chart peak, a cast member with their part, an introduction with its introducer, pair and
occasion ...); the parser *finds* a stated fact when it reports exactly that tuple, and a reported fact
that no page states is *wrong*. Recall is found / stated, precision found / reported.

    .venv/bin/python -m tests.page_corpus tests/fixtures/pages/heldout   # prints the table for a folder
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from songgraph.ingest.page import parse_story_page
from songgraph.models import SongDocument
from songgraph.text import fold

KINDS = [
    "title",
    "release date",
    "artists",
    "featured artists",
    "writers",
    "producers",
    "album",
    "video date",
    "directors",
    "video cast",
    "introductions",
    "quote speakers",
    "quote sources",
    "certifications",
    "chart peaks",
]
Fact = tuple[Any, ...]


def _text(value: object) -> object:
    return fold(value) if isinstance(value, str) else value


# A cast member who plays themself: the page may not say whether as "himself" or "herself", and the
# fact (appearing as oneself) is the same whichever reflexive word tells it.
_SELF = {"himself", "herself", "themselves", "themself"}


def _part(role: str | None) -> str | None:
    return "oneself" if role is not None and fold(role) in _SELF else role


# An outlet is the same with or without its article ("The Irish Times", "Irish Times"): pages and authors differ
# on it, and the parser leaves a leading "the" out.
def _source(name: str) -> str:
    folded = fold(name)
    return folded[4:] if folded.startswith("the ") else folded


def _quote_key(text: str) -> str:
    return fold(" ".join(text.split()[:4]))


# A fact file's `starts` may be a whole short quote ("It has to,") that the page carries on after its attribution
# ("“It has to,” she said. “Otherwise ...”"), which the parser rightly keeps as one quote: a reported quote whose
# key begins with such a shorter expected key is that quote.
def _align_quote_keys(expected: Counter[Fact], reported: Counter[Fact]) -> Counter[Fact]:
    short = {fact[0] for fact in expected if len(fact[0].split()) < 4}
    aligned: Counter[Fact] = Counter()
    for fact, count in reported.items():
        words = fact[0].split()
        key = next((k for k in short if fact not in expected and words[: len(k.split())] == k.split()), fact[0])
        aligned[(key, *fact[1:])] += count
    return aligned


def expected_facts(facts: dict[str, Any]) -> dict[str, Counter[Fact]]:
    video = facts.get("video") or {}
    out: dict[str, list[Fact]] = {
        "title": [(facts["title"],)],
        "release date": [(str(facts["release_date"]),)] if facts.get("release_date") else [],
        "artists": [(a,) for a in facts["artists"]],
        "featured artists": [(a,) for a in facts.get("featured_artists") or []],
        "writers": [(a,) for a in facts.get("writers") or []],
        "producers": [(a,) for a in facts.get("producers") or []],
        "album": [(facts["album"],)] if facts.get("album") else [],
        "video date": [(str(video["release_date"]),)] if video.get("release_date") else [],
        "directors": [(d,) for d in video.get("directors") or []],
        "video cast": [(person, _part(role)) for person, role in video.get("cast") or []],
        "introductions": [
            (i["introducer"], frozenset(fold(p) for p in i["introduced"]), i.get("occasion"))
            for i in facts.get("introductions") or []
        ],
        "quote speakers": [(_quote_key(q["starts"]), q["speaker"]) for q in facts.get("quotes") or []],
        "quote sources": [
            (_quote_key(q["starts"]), _source(q["source"])) for q in facts.get("quotes") or [] if q["source"]
        ],
        "certifications": [tuple(c) for c in facts.get("certifications") or []],
        "chart peaks": [tuple(p) for p in facts.get("chart_peaks") or []],
    }
    return {kind: Counter(tuple(_text(v) for v in fact) for fact in facts_) for kind, facts_ in out.items()}


def reported_facts(doc: SongDocument | None) -> dict[str, Counter[Fact]]:
    if doc is None:
        return {kind: Counter() for kind in KINDS}
    video = doc.music_video
    out: dict[str, list[Fact]] = {
        "title": [(doc.title,)],
        "release date": [(str(doc.release_date),)] if doc.release_date else [],
        "artists": [(a,) for a in doc.artists],
        "featured artists": [(a,) for a in doc.featured_artists],
        "writers": [(a,) for a in doc.writers],
        "producers": [(a,) for a in doc.producers],
        "album": [(doc.album.title,)] if doc.album else [],
        "video date": [(str(video.release_date),)] if video and video.release_date else [],
        "directors": [(d,) for d in video.directors] if video else [],
        "video cast": [(c.person, _part(c.role)) for c in video.cast] if video else [],
        "introductions": [
            (i.introducer, frozenset(fold(p) for p in i.introduced), i.occasion) for i in doc.introductions
        ],
        "quote speakers": [(_quote_key(q.text), q.speaker) for q in doc.quotes],
        "quote sources": [(_quote_key(q.text), _source(q.source)) for q in doc.quotes if q.source],
        "certifications": [(c.country, c.level.value, c.multiplier) for c in doc.certifications],
        "chart peaks": [(p.country, p.chart, p.position) for p in doc.chart_peaks],
    }
    return {kind: Counter(tuple(_text(v) for v in fact) for fact in facts_) for kind, facts_ in out.items()}


@dataclass
class Score:
    stated: int = 0
    reported: int = 0
    found: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.stated if self.stated else 1.0

    @property
    def precision(self) -> float:
        return self.found / self.reported if self.reported else 1.0


def score_pages(folder: Path) -> dict[str, Score]:
    scores = {kind: Score() for kind in KINDS}
    for page in sorted(folder.glob("*.txt")):
        facts = yaml.safe_load(page.with_suffix(".facts.yaml").read_text(encoding="utf-8"))
        for key in ("release_date",):
            if isinstance(facts.get(key), dt.date):
                facts[key] = facts[key].isoformat()
        result = parse_story_page(page.read_text(encoding="utf-8"), page.name)
        expected, reported = expected_facts(facts), reported_facts(result.document)
        for kind in ("quote speakers", "quote sources"):
            reported[kind] = _align_quote_keys(expected[kind], reported[kind])
        for kind in KINDS:
            score = scores[kind]
            found = expected[kind] & reported[kind]
            score.stated += sum(expected[kind].values())
            score.reported += sum(reported[kind].values())
            score.found += sum(found.values())
            score.missed += [f"{page.name}: {fact}" for fact in (expected[kind] - found).elements()]
            score.wrong += [f"{page.name}: {fact}" for fact in (reported[kind] - found).elements()]
    return scores


def table(scores: dict[str, Score]) -> str:
    lines = [f"{'fact kind':<18} {'found/stated':>13} {'recall':>7} {'correct/reported':>17} {'precision':>9}"]
    for kind, s in scores.items():
        lines.append(
            f"{kind:<18} {f'{s.found}/{s.stated}':>13} {s.recall:>7.1%} {f'{s.found}/{s.reported}':>17} "
            f"{s.precision:>9.1%}"
        )
    found = sum(s.found for s in scores.values())
    stated = sum(s.stated for s in scores.values())
    reported = sum(s.reported for s in scores.values())
    lines.append(
        f"{'all':<18} {f'{found}/{stated}':>13} {found / stated:>7.1%} {f'{found}/{reported}':>17} "
        f"{found / reported:>9.1%}"
    )
    for kind, s in scores.items():
        lines += [f"  missed {kind}: {m}" for m in s.missed] + [f"  wrong {kind}: {w}" for w in s.wrong]
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(score_pages(Path(sys.argv[1]))))
