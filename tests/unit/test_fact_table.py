"""The fact table (songgraph.cypher.write.facts) is complete: every fact a song file holds has one entry,
and the loader, read-back, delete steps, neighbourhood and API agree with it."""

from __future__ import annotations

import re

import pytest

from songgraph.api.mutations import RemovedFacts
from songgraph.cypher import bulk, edits, readback, relationships
from songgraph.cypher.write.facts import ALL_KINDS, FACTS, FactKind, song_rows
from songgraph.cypher.write.rows import People
from songgraph.ingest.files import read_song_file
from songgraph.models import SongDocument
from tests.conftest import DATA, ROOT

# The song's own properties and the lists the credits kind writes; every other field is a fact kind.
_SONG_PROPERTIES = {
    "title",
    "id",
    "release_date",
    "genres",
    "summary",
    "source",
    "added_by",
    "people",
    "mbid",
    "length",
}
_CREDIT_LISTS = {"artists", "featured_artists", "writers", "producers", "credit_sources", "other_credits"}


def test_every_fact_field_of_a_song_document_has_a_kind() -> None:
    fact_fields = set(SongDocument.model_fields) - _SONG_PROPERTIES - _CREDIT_LISTS
    assert fact_fields == {kind.name for kind in FACTS} - {"credits"}


@pytest.mark.parametrize("kind", ALL_KINDS, ids=lambda kind: kind.name)
def test_each_kind_writes_the_rows_it_builds_and_the_links_it_declares(kind: FactKind) -> None:
    doc = SongDocument.model_validate({"title": "Probe", "artists": ["A"]})
    keys = set(kind.rows(doc, People([])))
    assert keys, "a kind builds at least one list of rows"
    for key in keys:
        assert f"song.{key}" in kind.write, f"{kind.name} builds {key} but its write does not read it"
    for link in kind.links:
        assert f":{link}" in kind.write, f"{kind.name} declares {link} but does not write it"


@pytest.mark.parametrize("kind", FACTS, ids=lambda kind: kind.name)
def test_each_song_fact_is_cleared_read_back_and_either_deleted_or_kept_on_purpose(kind: FactKind) -> None:
    assert kind.clear is not None and kind.read is not None
    assert (kind.removed is None) == (kind.delete is None)
    assert kind.clear in bulk._UPSERT_SONGS
    assert kind.read in readback._READ_SONG
    assert kind.write in bulk._FACTS


def test_delete_steps_and_the_api_report_come_from_the_table() -> None:
    removed = [kind.removed for kind in FACTS if kind.removed is not None]
    assert [what for what, _ in edits.delete_song_facts("s")] == removed
    api_fields = {re.sub(r"_(.)", lambda m: m.group(1).upper(), name) for name in RemovedFacts.__annotations__}
    assert api_fields == set(removed)


def test_the_neighbourhood_walks_every_link_of_every_kind() -> None:
    walked = set(relationships.NEIGHBOURHOOD_TYPES.split("|"))
    assert {link for kind in ALL_KINDS for link in kind.links} <= walked


def test_the_seed_rows_are_built_kind_by_kind() -> None:
    doc = read_song_file(DATA / "we-dont-talk-anymore.yaml")
    facts = song_rows(doc).facts
    assert set(facts) == {key for kind in ALL_KINDS for key in kind.rows(doc, People(doc.people))}
    assert len(facts["certifications"]) == len(doc.certifications)
    assert len(facts["chartPeaks"]) == len(doc.chart_peaks)


def test_the_services_and_ingest_hold_no_cypher() -> None:
    clause = re.compile(r"\b(MATCH|MERGE|CREATE|UNWIND|DETACH DELETE)\s*\(")
    folders = [ROOT / "src" / "songgraph" / name for name in ("services", "ingest", "curation", "api")]
    offenders = [
        str(path.relative_to(ROOT))
        for folder in folders
        for path in sorted(folder.rglob("*.py"))
        if clause.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
