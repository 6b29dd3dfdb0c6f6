"""The shipped seed song holds the facts of the real "Story of Song" page (../shared/seed/, skip if absent).

The page is not part of the repository; where it is absent (a user's clone) these tests skip.
"""

from __future__ import annotations

import re

import pytest

from songgraph.ingest.files import read_song_file
from songgraph.models import SongDocument
from tests.conftest import DATA, SHARED_SEED

PAGE = SHARED_SEED / "story-of-song-we-dont-talk-anymore.txt"
pytestmark = pytest.mark.skipif(not PAGE.exists(), reason=f"{PAGE} is absent (it ships only with the team's workspace)")

COUNTRY_NAMES = {"the UK": "United Kingdom", "the US": "United States", "UK": "United Kingdom", "US": "United States"}


def country(name: str) -> str:
    name = name.strip()
    name = COUNTRY_NAMES.get(name, name)
    return name.removeprefix("the ")


@pytest.fixture(scope="module")
def page() -> str:
    return PAGE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def song() -> SongDocument:
    return read_song_file(DATA / "we-dont-talk-anymore.yaml")


def test_every_chart_peak_on_the_page_is_in_the_file(page: str, song: SongDocument) -> None:
    rankings = page.split("Chart Rankings", 1)[1].split("Your email", 1)[0]
    page_peaks: list[tuple[str, int]] = []
    for entry in re.findall(r"- (#[^-]+?)(?= - |$)", rankings.strip()):
        positions = [int(p) for p in re.findall(r"#(\d+)", entry)]
        place = re.split(r" (?:in|on various charts in|on the|on various charts in the) ", entry, maxsplit=1)[-1]
        if "US Billboard" in entry:
            place = "United States"
        for position in positions:
            page_peaks.append((country(place.replace("[chart]", "").strip()), position))
    file_peaks = sorted((peak.country, peak.position) for peak in song.chart_peaks)
    assert len(page_peaks) == 42
    assert sorted(page_peaks) == file_peaks


def test_every_certification_on_the_page_is_in_the_file(page: str, song: SongDocument) -> None:
    lines = page.split("following certifications:", 1)[1].split("The lyrics", 1)[0]
    expected: set[tuple[str, str, int]] = set()
    for line in lines.splitlines():
        match = re.match(r"\W*(?:(\d+)x )?(Gold|Platinum) in (.+)", line.strip())
        if not match:
            continue
        multiplier, level, places = match.groups()
        for place in re.split(r", | and | & ", places):
            expected.add((country(place), level.upper(), int(multiplier or 1)))
    found = {(c.country, c.level.value, c.multiplier) for c in song.certifications}
    assert len(expected) == 13
    assert found == expected


def test_credits_and_dates_match_the_page(page: str, song: SongDocument) -> None:
    assert "24th May 2016" in page and str(song.release_date) == "2016-05-24"
    assert "2nd August 2016" in page and song.music_video is not None
    assert str(song.music_video.release_date) == "2016-08-02"
    assert song.music_video.directors == ["Phil Pinto"] and "directed by Phil Pinto" in page
    assert "Charlie Puth, Jacob Kashner Hindlin & Selena Gomez" in page
    assert song.writers == ["Charlie Puth", "Jacob Kashner Hindlin", "Selena Gomez"]
    assert "Taylor Swift introduced us at this VMA afterparty" in page
    assert song.introductions[0].occasion == "a VMA afterparty"
