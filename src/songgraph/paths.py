"""Explains a chain of people found in the graph, one sentence per step (pure)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

Node = Mapping[str, Any]

_ROLE_NOUNS = {
    "PERFORMED": "artist",
    "FEATURED_ON": "featured artist",
    "WROTE": "writer",
    "PRODUCED": "producer",
    "DIRECTED": "director",
    "APPEARS_IN": "cast member",
    "CREDITED": "credited",
}
_VIDEO_VERBS = {"DIRECTED": "directed", "APPEARS_IN": "appears in"}
_SONG_VERBS = {"PERFORMED": "", "FEATURED_ON": "featuring", "WROTE": "written by", "PRODUCED": "produced by"}


# Words an occasion may already start with ("at a label party", "through a mutual friend"); any other
# occasion ("a VMA afterparty") is a place or event, said with "at".
_PREPOSITIONS = frozenset(
    {"at", "on", "in", "through", "during", "via", "while", "when", "after", "before", "over", "by", "from"}
    | {"with", "without", "backstage", "across"}
)


def occasion_phrase(occasion: str | None) -> str:
    """`` at a VMA afterparty`` or `` through a mutual friend``: the occasion as the end of a sentence."""
    if not occasion or not occasion.strip():
        return ""
    text = occasion.strip()
    first = text.split(maxsplit=1)[0].casefold()
    return f" {text}" if first in _PREPOSITIONS else f" at {text}"


@dataclass(frozen=True)
class Step:
    """The hop from the chain's ``index``-th person to the next one."""

    index: int
    explanation: str


def _and(names: Sequence[str]) -> str:
    return " and ".join(names)


def _song_by(title: str | None, artists: Sequence[str]) -> str:
    return f"{title or 'an untitled song'}" + (f" by {_and(artists)}" if artists else "")


def _video_and_song(person: str, video_rel: str, song: Node, other: str, song_rel: str) -> str:
    verb = _VIDEO_VERBS.get(video_rel, "worked on")
    if song_rel == "PERFORMED":
        return f"{person} {verb} the video for {song.get('title')} by {other}"
    relation = _SONG_VERBS.get(song_rel, "credited to")
    return f"{person} {verb} the video for {_song_by(song.get('title'), song.get('artists') or [])}, {relation} {other}"


def _introduction(a: str, b: str, intro: Node, a_rel: str, b_rel: str) -> str:
    occasion = occasion_phrase(intro.get("occasion"))
    introduced: list[str] = list(intro.get("introduced") or [])
    if a_rel == "MADE_INTRODUCTION" or b_rel == "MADE_INTRODUCTION":
        introducer, person = (a, b) if a_rel == "MADE_INTRODUCTION" else (b, a)
        partners = [name for name in introduced if name != person]
        return f"{introducer} introduced {person} to {_and(partners) if partners else 'someone'}{occasion}"
    return f"{intro.get('introducer') or 'Someone'} introduced {a} to {b}{occasion}"


def explain_hop(left: Node, middle: Sequence[Node], right: Node, rels: Sequence[Mapping[str, Any]]) -> str:
    """One sentence for the link from ``left`` to ``right`` through the ``middle`` nodes."""
    a, b = left["name"], right["name"]
    first_rel, last_rel = rels[0]["type"], rels[-1]["type"]
    if not middle:
        member, group = (a, b) if rels[0]["from"] == left["eid"] else (b, a)
        return f"{member} is a member of {group}"
    kinds = [set(node["labels"]) for node in middle]
    if "Introduction" in kinds[0]:
        return _introduction(a, b, middle[0], first_rel, last_rel)
    if len(middle) == 2 and "MusicVideo" in kinds[0]:
        return _video_and_song(a, first_rel, middle[1], b, last_rel)
    if len(middle) == 2 and "MusicVideo" in kinds[1]:
        return _video_and_song(b, last_rel, middle[0], a, first_rel)
    work = middle[0]
    if "MusicVideo" in kinds[0]:
        return _shared_video(a, first_rel, b, last_rel, work)
    roles = f"{a} ({_ROLE_NOUNS.get(first_rel, 'credited')}) and {b} ({_ROLE_NOUNS.get(last_rel, 'credited')})"
    return f"{roles} both worked on \u201c{work.get('title')}\u201d"


def _shared_video(a: str, a_rel: str, b: str, b_rel: str, video: Node) -> str:
    what = f"the video for {_song_by(video.get('songTitle'), video.get('songArtists') or [])}"
    if a_rel == b_rel == "APPEARS_IN":
        return f"{a} and {b} both appear in {what}"
    if a_rel == b_rel == "DIRECTED":
        return f"{a} and {b} co-directed {what}"
    director, actor = (a, b) if a_rel == "DIRECTED" else (b, a)
    return f"{director} directed {what}, in which {actor} appears"


def explain(path: Mapping[str, Any]) -> list[Step]:
    """Split the path at each person and explain every hop between consecutive people."""
    nodes: Sequence[Node] = path["nodes"]
    rels: Sequence[Mapping[str, Any]] = path["rels"]
    people_at = [i for i, node in enumerate(nodes) if "Person" in node["labels"]]
    return [
        Step(index, explain_hop(nodes[start], nodes[start + 1 : end], nodes[end], rels[start:end]))
        for index, (start, end) in enumerate(pairwise(people_at))
    ]
