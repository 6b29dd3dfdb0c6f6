"""Parsing the real seed page gives the facts of data/we-dont-talk-anymore.yaml, field by field.

The page lives in ../shared/seed/, outside the repository; where it is absent (a user's clone) these skip.

Compared exactly: title, release date, genres, artists, featured artists, writers, producers, album (title,
kind, artists), the music video (date, directors, views, likes, as-of date, cast and roles), certifications,
chart peaks, introductions (introducer, the two introduced, occasion) and quotes (speaker, year).

Compared loosely, because the data file is an edited transcription:
- quote text: the file keeps an excerpt of each quote, so the file's text must occur in the page's quote;
- quote source: the page writes "iHeart Radio", the file the brand's spelling "iHeartRadio": spaces ignored.

Not compared, because a page cannot hold them: the file's ``summary`` and an introduction's ``outcome`` (both
in the file author's own words), and ``people`` (descriptions and aliases are not on the page). Provenance
(``source``, ``credit_sources``, ``added_by``) exists only in the parsed document.
"""

from __future__ import annotations

from collections import Counter

import pytest

from songgraph.ingest.files import read_song_file
from songgraph.ingest.page import PageResult, parse_story_page
from songgraph.models import SongDocument
from songgraph.text import fold
from tests.conftest import DATA, SHARED_SEED

PAGE = SHARED_SEED / "story-of-song-we-dont-talk-anymore.txt"
pytestmark = pytest.mark.skipif(not PAGE.exists(), reason=f"{PAGE} is absent (it ships only with the team's workspace)")


@pytest.fixture(scope="module")
def parsed() -> PageResult:
    return parse_story_page(PAGE.read_text(encoding="utf-8"), PAGE.name)


@pytest.fixture(scope="module")
def page(parsed: PageResult) -> SongDocument:
    assert parsed.errors == ()
    assert parsed.document is not None
    return parsed.document


@pytest.fixture(scope="module")
def file() -> SongDocument:
    return read_song_file(DATA / "we-dont-talk-anymore.yaml")


def test_song_fields(page: SongDocument, file: SongDocument) -> None:
    assert page.key == file.key
    assert page.title == file.title
    assert page.release_date == file.release_date
    assert page.genres == file.genres
    assert page.added_by == "Tala"


def test_credits(page: SongDocument, file: SongDocument) -> None:
    assert page.artists == file.artists
    assert page.featured_artists == file.featured_artists
    assert page.writers == file.writers
    assert page.producers == file.producers


def test_album(page: SongDocument, file: SongDocument) -> None:
    assert page.album is not None and file.album is not None
    assert (page.album.title, page.album.kind, page.album.artists) == (
        file.album.title,
        file.album.kind,
        file.album.artists,
    )


def test_music_video(page: SongDocument, file: SongDocument) -> None:
    assert page.music_video is not None and file.music_video is not None
    ignore = {"cast"}
    assert page.music_video.model_dump(exclude=ignore) == file.music_video.model_dump(exclude=ignore)
    assert [(c.person, c.role) for c in page.music_video.cast] == [(c.person, c.role) for c in file.music_video.cast]


def test_certifications(page: SongDocument, file: SongDocument) -> None:
    def key(doc: SongDocument) -> set[tuple[str, str, int]]:
        return {(c.country, c.level.value, c.multiplier) for c in doc.certifications}

    assert len(page.certifications) == 13
    assert key(page) == key(file)


def test_chart_peaks(page: SongDocument, file: SongDocument) -> None:
    def key(doc: SongDocument) -> Counter[tuple[str, str | None, int]]:
        return Counter((p.country, p.chart, p.position) for p in doc.chart_peaks)

    assert len(page.chart_peaks) == 42
    assert key(page) == key(file)


def test_introduction(page: SongDocument, file: SongDocument) -> None:
    def key(doc: SongDocument) -> list[tuple[str, frozenset[str], str | None]]:
        return [(i.introducer, frozenset(i.introduced), i.occasion) for i in doc.introductions]

    assert key(page) == key(file)


def test_quotes(page: SongDocument, file: SongDocument) -> None:
    assert len(page.quotes) == len(file.quotes) == 3
    for ours, theirs in zip(page.quotes, file.quotes, strict=True):
        assert ours.speaker == theirs.speaker
        assert ours.year == theirs.year
        assert fold(" ".join(theirs.text.split())) in fold(ours.text)
        assert (fold(ours.source or "").replace(" ", "")) == (fold(theirs.source or "").replace(" ", ""))


def test_a_song_title_in_the_prose_is_not_a_person(page: SongDocument) -> None:
    assert not any("marvin" in fold(name) for name in _names(page))


def test_every_fact_names_its_line(parsed: PageResult, page: SongDocument) -> None:
    lines = PAGE.read_text(encoding="utf-8").splitlines()
    sources = [
        *(c.source for c in page.certifications),
        *(p.source for p in page.chart_peaks),
        *(i.source for i in page.introductions),
        *(c.source for c in (page.music_video.cast if page.music_video else [])),
        *(q.provenance for q in page.quotes),
        *(c.source for c in page.credit_sources),
    ]
    assert len(sources) == 13 + 42 + 1 + 2 + 3 + 7
    for source in sources:
        assert source is not None and source.page == PAGE.name and source.line and source.excerpt
        # The excerpt starts on the line it names (a sentence may run on over the next lines).
        first_words = " ".join(source.excerpt.split()[:3])
        assert fold(first_words) in fold(" ".join(lines[source.line - 1].split())), source


def _names(doc: SongDocument) -> set[str]:
    names = {*doc.artists, *doc.featured_artists, *doc.writers, *doc.producers}
    if doc.music_video:
        names |= {*doc.music_video.directors, *(c.person for c in doc.music_video.cast)}
    for intro in doc.introductions:
        names |= {intro.introducer, *intro.introduced}
    return names | {q.speaker for q in doc.quotes}
