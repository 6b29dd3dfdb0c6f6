"""Reads a "Story of Song" prose page into a song document (pure: text in, document and warnings out).

The page layout: site banner lines, the heading ``Title (feat. A & B)``, the artist line, ``Album X``,
prose paragraphs (quotes, the music video, certifications as one line per level), ``Added by``, then
``Release Date``, the date, and unlabeled name lines (writers, then producers), and ``Chart Rankings``
entries separated by `` - ``. Each section of the page has its reader (``heading``, ``credits``,
``lists``, ``prose``, ``narrative``), which adds to one typed ``PageFacts``. The parser works by rules on
that layout and on the clauses of the prose (``clauses``), not on any one page's sentences, and never
raises: what it cannot place becomes a warning with its line number, and a page it cannot read as a song
at all gives located errors and no document.

Names are resolved within the page ("Puth" is the Charlie Puth of the heading) and, when the caller passes
``known`` (folded spelling -> person, read from the graph), to existing people through their aliases.
"""

from __future__ import annotations

from collections.abc import Mapping

from songgraph.ingest import linear
from songgraph.ingest.page.credits import read_labels
from songgraph.ingest.page.heading import read_heading
from songgraph.ingest.page.layout import (
    MAX_PAGE_CHARS,
    MAX_SOURCE_CHARS,
    KnownPerson,
    PageIssue,
    PageResult,
)
from songgraph.ingest.page.lists import CERTIFICATION, read_certifications, read_chart_peaks
from songgraph.ingest.page.narrative import read_narrative
from songgraph.ingest.page.prose import read_album_kind, read_band, read_genres, read_provenance
from songgraph.ingest.page.reading import Reading
from songgraph.ingest.page.tallies import read_prose_tallies

__all__ = ["MAX_PAGE_CHARS", "MAX_SOURCE_CHARS", "KnownPerson", "PageIssue", "PageResult", "parse_story_page"]

_LIST_LINE = linear.compile(r"^[-*]\s*(?:\d+\s*x\s*)?\w+\s+in\s+")


def _leftovers(r: Reading) -> None:
    """Short heading-like lines no rule read are worth a warning; prose is expected to hold more than facts."""
    for paragraph in r.page.paragraphs:
        for line in paragraph.lines:
            text = line.text.strip()
            if line.number in r.page.used:
                continue
            if text.startswith(("-", "*")) and _LIST_LINE.match(text) and not CERTIFICATION.match(text):
                r.warn(line.number, f"a list line that is not a certification: '{text[:60]}'")


def parse_story_page(text: str, source: str, known: Mapping[str, KnownPerson] | None = None) -> PageResult:
    """Read one page. ``source`` names it in provenance (a file name or URL); ``known`` maps folded
    spellings (names and aliases) to people already in the graph. Never raises."""
    if len(source.strip()) > MAX_SOURCE_CHARS:
        message = f"the page's name (its source) has {len(source.strip())} characters; at most {MAX_SOURCE_CHARS}"
        return PageResult(source, None, (), (PageIssue(1, message),))
    try:
        r = Reading.of(text, source, known or {})
        if not read_heading(r):
            return PageResult(source, None, tuple(r.people.warnings), tuple(r.errors))
        read_labels(r)
        read_certifications(r)
        read_chart_peaks(r)
        read_prose_tallies(r)
        read_band(r)
        read_album_kind(r)
        read_genres(r)
        read_provenance(r)
        read_narrative(r)
        _leftovers(r)
        document = r.facts.document(list(r.people.entries.values()), r.people.credit_sources, r.errors)
        return PageResult(source, document, tuple(r.people.warnings), tuple(r.errors))
    except Exception as error:  # the contract is "never raises": a bug here must still be a located message
        return PageResult(source, None, (), (PageIssue(1, f"parser bug, please report: {error!r}"),))
