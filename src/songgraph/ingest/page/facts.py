"""What the parser has read from a page so far, typed field by field; it becomes a ``SongDocument`` at the end."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from songgraph.ingest.files import field_path
from songgraph.ingest.page.layout import PageIssue
from songgraph.models import (
    CastEntry,
    CertificationEntry,
    ChartPeakEntry,
    CreditSource,
    IntroductionEntry,
    PersonEntry,
    QuoteEntry,
    SongDocument,
    Source,
)

Entry = TypeVar("Entry", bound=BaseModel)


@dataclass
class AlbumFacts:
    title: str
    artists: list[str]
    kind: str | None = None


@dataclass
class VideoFacts:
    release_date: dt.date | None = None
    directors: list[str] = field(default_factory=list)
    cast: list[CastEntry] = field(default_factory=list)
    views: int | None = None
    likes: int | None = None
    stats_as_of: str | None = None

    def empty(self) -> bool:
        return self == VideoFacts()


@dataclass
class PageFacts:
    title: str = ""
    source: Source | None = None
    artists: list[str] = field(default_factory=list)
    featured_artists: list[str] = field(default_factory=list)
    writers: list[str] = field(default_factory=list)
    producers: list[str] = field(default_factory=list)
    release_date: dt.date | None = None
    album: AlbumFacts | None = None
    genres: list[str] = field(default_factory=list)
    video: VideoFacts = field(default_factory=VideoFacts)
    certifications: list[CertificationEntry] = field(default_factory=list)
    chart_peaks: list[ChartPeakEntry] = field(default_factory=list)
    quotes: list[QuoteEntry] = field(default_factory=list)
    introductions: list[IntroductionEntry] = field(default_factory=list)
    added_by: str | None = None

    def document(
        self, people: list[PersonEntry], credit_sources: list[CreditSource], errors: list[PageIssue]
    ) -> SongDocument | None:
        """The song document, or None with ``errors`` told why (the model refused what the page gave)."""
        video = self.video
        values: dict[str, Any] = {
            "title": self.title,
            "source": self.source,
            "artists": self.artists,
            "featured_artists": self.featured_artists,
            "writers": self.writers,
            "producers": self.producers,
            "release_date": self.release_date,
            "genres": self.genres,
            "album": None if self.album is None else vars(self.album),
            "music_video": None if video.empty() else vars(video),
            "certifications": self.certifications,
            "chart_peaks": self.chart_peaks,
            "quotes": self.quotes,
            "introductions": self.introductions,
            "added_by": self.added_by,
            "people": people,
            "credit_sources": credit_sources,
        }
        try:
            return SongDocument.model_validate({k: v for k, v in values.items() if v not in ([], None)})
        except ValidationError as error:
            for item in error.errors(include_url=False):
                errors.append(PageIssue(1, f"{field_path(item['loc'])}: {item['msg']}"))
            return None


def valid(model: type[Entry], rows: list[dict[str, Any]], warnings: list[PageIssue], what: str) -> list[Entry]:
    """Each row as ``model``; a row the model rejects becomes a warning at its line, and the rest still import."""
    out = []
    for row in rows:
        try:
            out.append(model.model_validate(row))
        except ValidationError as error:
            source = row.get("source") or row.get("provenance")
            line = source.line if isinstance(source, Source) and source.line else 1
            problems = "; ".join(f"{field_path(e['loc'])}: {e['msg']}" for e in error.errors(include_url=False))
            warnings.append(PageIssue(line, f"{what} not imported: {problems}"))
    return out
