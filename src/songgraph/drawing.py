"""Short labels for drawing nodes of the graph (pure)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from songgraph.paths import occasion_phrase

_QUOTE_LENGTH = 60


def node_label(kind: str, facts: Mapping[str, Any]) -> str:
    """What a node is called on a drawing: a name or title, or a phrase for the facts without one."""
    if kind == "MusicVideo":
        return f"Music video for {facts.get('songTitle') or 'a song'}"
    if kind == "Certification":
        multiplier = facts.get("multiplier") or 1
        times = f"{multiplier}x " if multiplier > 1 else ""
        return f"{times}{str(facts.get('level', '')).title()} in {facts.get('country')}"
    if kind == "ChartPeak":
        chart = f" on the {facts['chart']}" if facts.get("chart") else ""
        return f"#{facts.get('position')}{chart} in {facts.get('country')}"
    if kind == "Award":
        year = f" {facts['year']}" if facts.get("year") else ""
        category = f": {facts['category']}" if facts.get("category") else ""
        return f"{facts.get('name') or 'Award'}{year}{category}"
    if kind == "Quote":
        text = str(facts.get("text") or "")
        return text if len(text) <= _QUOTE_LENGTH else text[: _QUOTE_LENGTH - 1].rstrip() + "\u2026"
    if kind == "Introduction":
        return f"Introduction{occasion_phrase(facts.get('occasion'))}"
    return str(facts.get("name") or facts.get("title") or facts.get("key") or kind)
