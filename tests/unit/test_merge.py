"""songgraph.ingest.merge: a page's document merged into the song the graph holds, and the planned changes."""

from __future__ import annotations

from typing import Any

from songgraph.ingest.merge import merge_documents, plan
from songgraph.ingest.page import parse_story_page
from songgraph.models import SongDocument
from tests.conftest import ROOT

PAGE = ROOT / "tests" / "fixtures" / "pages" / "paper-lanterns.txt"


def page_doc() -> SongDocument:
    doc = parse_story_page(PAGE.read_text(encoding="utf-8"), PAGE.name).document
    assert doc is not None
    return doc


def without_provenance(doc: SongDocument, **changes: Any) -> SongDocument:
    data = doc.model_dump(exclude={"source", "added_by", "credit_sources"})

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("source", "provenance") or isinstance(v, str)}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return SongDocument.model_validate({**strip(data), **changes})


def test_a_new_song_is_the_page_itself() -> None:
    doc = page_doc()
    assert merge_documents(None, doc) == doc
    assert {change.kind for change in plan(None, doc)} == {"add"}


def test_merging_keeps_the_graphs_wording_and_adds_only_provenance() -> None:
    page = page_doc()
    quote = page.quotes[0]
    existing = without_provenance(
        page,
        summary="Our own words.",
        quotes=[{"speaker": quote.speaker, "text": quote.text.split(",")[0], "source": "Radio Meridian FM"}],
    )
    data = existing.model_dump()
    data["music_video"]["cast"][0]["role"] = "a lighthouse keeper"
    existing = SongDocument.model_validate(data)
    merged = merge_documents(existing, page)
    assert merged.summary == "Our own words."
    assert merged.quotes[0].text == existing.quotes[0].text and merged.quotes[0].source == "Radio Meridian FM"
    assert merged.quotes[0].provenance == quote.provenance
    assert merged.music_video is not None and merged.music_video.cast[0].role == "a lighthouse keeper"
    assert merged.music_video.cast[0].source is not None
    changes = plan(existing, merged)
    assert changes and all(c.fact.startswith(("source of", "added by")) for c in changes), changes
    assert plan(merged, merge_documents(merged, page)) == []


def test_a_level_the_page_states_replaces_the_graphs_and_new_facts_are_added() -> None:
    page = page_doc()
    existing = without_provenance(
        page,
        certifications=[{"country": "Poland", "level": "GOLD"}],
        chart_peaks=[{"country": "Japan", "position": 3}],
        writers=["Someone Else"],
    )
    merged = merge_documents(existing, page)
    assert {c.country: c.level.value for c in merged.certifications}["Poland"] == "DIAMOND"
    assert ("Japan", 3) in {(p.country, p.position) for p in merged.chart_peaks}
    assert merged.writers[0] == "Someone Else" and "Ines Marlow" in merged.writers
    facts = {str(change) for change in plan(existing, merged)}
    assert "change certification Poland: 1x GOLD -> 1x DIAMOND" in facts
    assert "add writer ines-marlow: Ines Marlow" in facts
