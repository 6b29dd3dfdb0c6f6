"""One page being read: its layout, the facts gathered so far and its people, handed to each section's reader."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from songgraph.ingest.page.facts import PageFacts
from songgraph.ingest.page.layout import KnownPerson, Page, PageIssue
from songgraph.ingest.page.people import People


@dataclass
class Reading:
    page: Page
    people: People
    facts: PageFacts = field(default_factory=PageFacts)
    errors: list[PageIssue] = field(default_factory=list)
    # What the lists of directors and genres hold, to check a new one without reading the list.
    director_keys: set[str] = field(default_factory=set)
    genre_keys: set[str] = field(default_factory=set)
    # The players the prose names beside a group whose line-up it never tells ("X -> Lisbon trio. A (vox), B (bass),
    # C (drums)"): whom "the band play themselves" casts, and no one else's business.
    players: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, source: str, known: Mapping[str, KnownPerson]) -> Reading:
        return cls(Page.of(text), People(page=source, known=known))

    def warn(self, line: int, message: str) -> None:
        self.people.warn(line, message)
