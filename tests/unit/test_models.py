"""songgraph.models: the SongDocument contract of the data files (pure validation, no I/O beyond reading files)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from songgraph.models import MAX_INTRODUCED, ArtistKind, CertificationLevel, MusicVideoEntry, SongDocument

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "we-dont-talk-anymore.yaml"
RICH_FILES = sorted((ROOT / "tests" / "fixtures" / "rich").glob("*.yaml"))


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _minimal(**extra: Any) -> dict[str, Any]:
    return {"title": "Attention", "artists": ["Charlie Puth"], **extra}


def _error_text(data: dict[str, Any]) -> str:
    with pytest.raises(ValidationError) as caught:
        SongDocument.model_validate(data)
    return str(caught.value)


# --- a minimal document ---------------------------------------------------------------------------------------


def test_minimal_document_is_valid_with_empty_defaults() -> None:
    doc = SongDocument.model_validate(_minimal())
    assert doc.title == "Attention"
    assert doc.artists == ["Charlie Puth"]
    assert doc.id is None
    assert doc.release_date is None
    assert doc.album is None
    assert doc.music_video is None
    assert doc.featured_artists == doc.writers == doc.producers == []
    assert doc.people == []
    assert doc.introductions == []
    assert doc.certifications == []
    assert doc.chart_peaks == []
    assert doc.quotes == []


def test_title_is_required() -> None:
    assert "title" in _error_text({"artists": ["Charlie Puth"]})


def test_at_least_one_artist_is_required() -> None:
    assert "artists" in _error_text({"title": "Attention", "artists": []})
    assert "artists" in _error_text({"title": "Attention"})


def test_blank_title_is_rejected_after_stripping() -> None:
    assert "title" in _error_text({"title": "   ", "artists": ["Charlie Puth"]})


def test_documents_are_frozen() -> None:
    doc = SongDocument.model_validate(_minimal())
    with pytest.raises(ValidationError):
        doc.title = "Other"  # type: ignore[misc]


# --- the seed file ------------------------------------------------------------------------------------------


def test_seed_file_validates() -> None:
    doc = SongDocument.model_validate(_load(SEED))
    assert doc.title == "We Don't Talk Anymore"
    assert doc.key == "we-dont-talk-anymore"
    assert doc.artists == ["Charlie Puth"]
    assert doc.featured_artists == ["Selena Gomez"]


def test_seed_file_has_13_certifications_and_42_chart_peaks() -> None:
    doc = SongDocument.model_validate(_load(SEED))
    assert len(doc.certifications) == 13
    assert len(doc.chart_peaks) == 42


def test_seed_file_certification_levels_and_multipliers_are_typed() -> None:
    doc = SongDocument.model_validate(_load(SEED))
    by_country = {c.country: c for c in doc.certifications}
    assert by_country["Germany"].level is CertificationLevel.GOLD
    assert by_country["Germany"].multiplier == 1
    assert by_country["Italy"].level is CertificationLevel.PLATINUM
    assert by_country["Italy"].multiplier == 5


def test_seed_file_has_the_kashner_alias_for_jacob_kasher_hindlin() -> None:
    doc = SongDocument.model_validate(_load(SEED))
    people = {person.name: person for person in doc.people}
    assert "Jacob Kasher Hindlin" in people
    assert "Jacob Kashner Hindlin" in people["Jacob Kasher Hindlin"].aliases
    # The credit uses the alias spelling; it must not be a separate person entry.
    assert "Jacob Kashner Hindlin" in doc.writers
    assert "Jacob Kashner Hindlin" not in people


@pytest.mark.parametrize("path", RICH_FILES, ids=[p.name for p in RICH_FILES])
def test_every_rich_fixture_validates_and_is_named_after_its_slug(path: Path) -> None:
    doc = SongDocument.model_validate(_load(path))
    assert doc.key == path.stem


def test_rich_fixture_folder_holds_the_22_documented_files() -> None:
    assert len(RICH_FILES) == 22


# --- strictness -------------------------------------------------------------------------------------------


def test_unknown_top_level_key_is_rejected() -> None:
    assert "producer" in _error_text(_minimal(producer=["Charlie Puth"]))


def test_unknown_nested_key_is_rejected() -> None:
    text = _error_text(_minimal(certifications=[{"country": "Germany", "level": "GOLD", "year": 2017}]))
    assert "year" in text


@pytest.mark.parametrize("level", ["BRONZE", "gold", "Platinum", ""])
def test_bad_certification_level_is_rejected(level: str) -> None:
    text = _error_text(_minimal(certifications=[{"country": "Germany", "level": level}]))
    assert "level" in text


def test_every_certification_level_is_accepted_and_ranked_in_order() -> None:
    levels = ["SILVER", "GOLD", "PLATINUM", "DIAMOND"]
    certs = [{"country": f"Country {i}", "level": level} for i, level in enumerate(levels)]
    doc = SongDocument.model_validate(_minimal(certifications=certs))
    assert [c.level.value for c in doc.certifications] == levels
    assert [c.level.rank for c in doc.certifications] == [1, 2, 3, 4]


@pytest.mark.parametrize("multiplier", [0, -1, 101])
def test_certification_multiplier_out_of_range_is_rejected(multiplier: int) -> None:
    text = _error_text(_minimal(certifications=[{"country": "Germany", "level": "GOLD", "multiplier": multiplier}]))
    assert "multiplier" in text


def test_chart_position_must_be_positive() -> None:
    assert "position" in _error_text(_minimal(chart_peaks=[{"country": "Italy", "position": 0}]))


# --- people -----------------------------------------------------------------------------------------------


def test_members_are_allowed_for_a_group() -> None:
    group = {"name": "The Velvet Orchard", "kind": "GROUP", "members": ["Mira Castellan", "Jonah Pike"]}
    doc = SongDocument.model_validate(_minimal(people=[group]))
    assert doc.people[0].kind is ArtistKind.GROUP
    assert doc.people[0].members == ["Mira Castellan", "Jonah Pike"]


@pytest.mark.parametrize("kind", [None, "PERSON"])
def test_members_are_rejected_for_a_person(kind: str | None) -> None:
    person: dict[str, Any] = {"name": "Charlie Puth", "members": ["Selena Gomez"]}
    if kind is not None:
        person["kind"] = kind
    assert "members are only allowed when kind is GROUP" in _error_text(_minimal(people=[person]))


def test_the_same_spelling_for_two_people_is_rejected() -> None:
    people = [
        {"name": "Jacob Kasher Hindlin", "aliases": ["JKash"]},
        {"name": "Jacob Kashner", "aliases": ["jkash"]},
    ]
    text = _error_text(_minimal(people=people))
    assert "people[1]" in text
    assert "jkash" in text


def test_a_name_that_is_another_persons_alias_is_rejected() -> None:
    people = [
        {"name": "Sunniva Hale", "aliases": ["Sunny Hale"]},
        {"name": "SUNNY HALE"},
    ]
    assert "people[1]" in _error_text(_minimal(people=people))


def test_the_same_person_listed_twice_is_rejected() -> None:
    people = [{"name": "Beyoncé"}, {"name": "Beyonce"}]
    assert "people[1]" in _error_text(_minimal(people=people))


def test_an_alias_equal_to_ones_own_name_is_not_a_conflict() -> None:
    doc = SongDocument.model_validate(_minimal(people=[{"name": "Charlie Puth", "aliases": ["charlie puth"]}]))
    assert doc.people[0].aliases == ["charlie puth"]


def test_person_key_is_slug_of_name_unless_id_given() -> None:
    doc = SongDocument.model_validate(
        _minimal(people=[{"name": "Jacob Kasher Hindlin"}, {"name": "Beyoncé", "id": "queen-b"}])
    )
    assert [p.key for p in doc.people] == ["jacob-kasher-hindlin", "queen-b"]


# --- introductions ----------------------------------------------------------------------------------------


def test_a_valid_introduction() -> None:
    intro = {"introducer": "Taylor Swift", "introduced": ["Charlie Puth", "Selena Gomez"], "year": 2015}
    doc = SongDocument.model_validate(_minimal(introductions=[intro]))
    assert doc.introductions[0].introduced == ["Charlie Puth", "Selena Gomez"]


def test_introducing_a_person_to_themself_is_rejected() -> None:
    intro = {"introducer": "Taylor Swift", "introduced": ["Charlie Puth", "Charlie Puth"]}
    assert "must all be different people" in _error_text(_minimal(introductions=[intro]))


def test_introducing_a_person_to_themself_under_another_spelling_is_rejected() -> None:
    intro = {"introducer": "Taylor Swift", "introduced": ["Beyoncé", "BEYONCE"]}
    assert "must all be different people" in _error_text(_minimal(introductions=[intro]))


def test_the_introducer_cannot_be_one_of_the_introduced() -> None:
    intro = {"introducer": "Charlie Puth", "introduced": ["charlie puth", "Selena Gomez"]}
    assert "must all be different people" in _error_text(_minimal(introductions=[intro]))


def test_introducing_a_person_to_themself_by_an_alias_is_rejected() -> None:
    people = [{"name": "Jacob Kasher Hindlin", "aliases": ["JKash"]}]
    intro = {"introducer": "Taylor Swift", "introduced": ["Jacob Kasher Hindlin", "JKash"]}
    with pytest.raises(ValidationError):
        SongDocument.model_validate(_minimal(people=people, introductions=[intro]))


@pytest.mark.parametrize("introduced", [[], ["Charlie Puth"], [f"Guest {n}" for n in range(MAX_INTRODUCED + 1)]])
def test_an_introduction_introduces_two_to_ten_people(introduced: list[str]) -> None:
    intro = {"introducer": "Taylor Swift", "introduced": introduced}
    assert "introduced" in _error_text(_minimal(introductions=[intro]))


def test_a_newcomer_may_be_introduced_to_a_trio_at_once() -> None:
    group = ["Ines Brandt", "Tomas Vik", "Oona Salo", "Pia Laine"]
    doc = SongDocument.model_validate(_minimal(introductions=[{"introducer": "Mara Holt", "introduced": group}]))
    assert doc.introductions[0].introduced == group


def test_a_group_introduction_naming_someone_twice_is_rejected() -> None:
    intro = {"introducer": "Mara Holt", "introduced": ["Ines Brandt", "Tomas Vik", "INES BRANDT"]}
    assert "must all be different people" in _error_text(_minimal(introductions=[intro]))


# --- certifications ---------------------------------------------------------------------------------------


def test_two_certifications_for_one_country_are_rejected() -> None:
    certs = [
        {"country": "Germany", "level": "GOLD"},
        {"country": "France", "level": "GOLD"},
        {"country": "germany", "level": "PLATINUM"},
    ]
    text = _error_text(_minimal(certifications=certs))
    assert "certifications[2]" in text
    assert "second certification" in text


def test_chart_peaks_may_repeat_a_country() -> None:
    peaks = [{"country": "Belgium", "position": 18}, {"country": "Belgium", "position": 36}]
    doc = SongDocument.model_validate(_minimal(chart_peaks=peaks))
    assert [p.position for p in doc.chart_peaks] == [18, 36]


# --- music video stats_as_of ------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["2021", "2021-06", "2021-06-15"])
def test_stats_as_of_accepts_partial_dates(value: str) -> None:
    assert MusicVideoEntry.model_validate({"stats_as_of": value}).stats_as_of == value


@pytest.mark.parametrize("value", ["June 2021", "2021-6", "21-06", "2021/06", "2021-06-15T00:00", ""])
def test_stats_as_of_rejects_other_formats(value: str) -> None:
    with pytest.raises(ValidationError, match="YYYY, YYYY-MM or YYYY-MM-DD"):
        MusicVideoEntry.model_validate({"stats_as_of": value})


def test_stats_as_of_is_validated_inside_a_document() -> None:
    assert "stats_as_of" in _error_text(_minimal(music_video={"stats_as_of": "mid 2021"}))


def test_negative_views_are_rejected() -> None:
    assert "views" in _error_text(_minimal(music_video={"views": -1}))


# --- key --------------------------------------------------------------------------------------------------


def test_key_is_slug_of_title_when_no_id() -> None:
    doc = SongDocument.model_validate({"title": "We Don\u2019t Talk Anymore", "artists": ["Charlie Puth"]})
    assert doc.key == "we-dont-talk-anymore"


def test_key_is_the_id_when_given() -> None:
    doc = SongDocument.model_validate(_minimal(id="attention-2017"))
    assert doc.key == "attention-2017"


@pytest.mark.parametrize("bad_id", ["Attention", "attention 2017", "-attention", "attention--2017", "atténtion"])
def test_id_must_be_a_slug(bad_id: str) -> None:
    assert "id" in _error_text(_minimal(id=bad_id))


def test_album_key_is_slug_of_title_unless_id_given() -> None:
    doc = SongDocument.model_validate(_minimal(album={"title": "Nine Track Mind"}))
    assert doc.album is not None
    assert doc.album.key == "nine-track-mind"
    doc = SongDocument.model_validate(_minimal(album={"title": "Nine Track Mind", "id": "ntm"}))
    assert doc.album is not None
    assert doc.album.key == "ntm"
