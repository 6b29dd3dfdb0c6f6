"""The prose read in order, sentence by sentence: quotes with their speakers and sources, introductions
(told in narration or in a quote), and the video's cast, with who "he", "she", "we" and "the two" are
carried from one sentence to the next (``clauses.Discourse``)."""

from __future__ import annotations

from typing import Any

from songgraph.ingest import linear
from songgraph.ingest.page import cast as casting
from songgraph.ingest.page.clauses import Clause, Discourse
from songgraph.ingest.page.facts import valid
from songgraph.ingest.page.introductions import Doubt, introductions, tells_one
from songgraph.ingest.page.layout import Paragraph, is_quote
from songgraph.ingest.page.quotes import SAYING, attribution
from songgraph.ingest.page.reading import Reading
from songgraph.ingest.page.video import is_about_the_video, read_video_prose, shown_artists
from songgraph.ingest.pagetext import EXCERPT_REACH, Sentences, squash
from songgraph.models import ArtistKind, CastEntry, IntroductionEntry, QuoteEntry
from songgraph.text import fold

_INLINE_QUOTE = linear.compile(r'(?P<mark>:)\s*"(?P<body>[^\n]+)"\s*$')
# A quote after a comma is one only after a speech verb or "according to X" ('Arbour said, "..."'); after
# other words it is a title or a phrase ('their debut single, "Paper Crowns"').
_COMMA_QUOTE = linear.compile(
    rf'(?:\b(?:{SAYING})\b[^",:;]{{0,40}}|\b[Aa]ccording\s+to\s+[^",:;]{{1,60}})(?P<mark>,)\s*"(?P<body>[^\n"]+)"[.!?]?\s*$'
)
# A paragraph that opens with a quote and names its speaker after it: "...," Marsh told Rolling Stone.
# (It may go on after its attribution: "...," Solheim admitted to Dagbladet. "Meeting him ...")
_QUOTE_THEN_SPEAKER = linear.compile(
    r'^"(?P<body>[^"]+)"\s*[,-]?\s*(?P<after>[^"]{3,300}?)(?:\s*"(?P<more>[^"]+)")?\s*$'
)
# What the words after a quote must hold to be its attribution: someone and a speech verb.
_ATTRIBUTION = linear.compile(
    rf"(?:^|\s)(?:\p{{Lu}}[\w'-]*|he|she|they|we|I)\s+(?:\w+\s+)?(?:{SAYING})\b"
    # inverted: '"...," says Bell.', '"...," recalls producer Cy Dorn.'
    rf"|^\s*(?:{SAYING})\s+(?:[a-z][\w'-]*\s+){{0,3}}(?:\p{{Lu}}|he\b|she\b)"
)

# No relation fits in fewer characters ("A as a B." is nine): shorter sentences are not read.
_SHORTEST = 9


class _Narrative:
    def __init__(self, r: Reading) -> None:
        self.r = r
        self.discourse = Discourse(r.people, pair=_the_two(r))
        self.quotes: list[dict[str, Any]] = []
        self.introductions: list[dict[str, Any]] = []
        self.cast: list[CastEntry] = []
        self.video_paragraphs: list[Paragraph] = []
        # Clauses that tell an introduction, read once the whole page is: how the page refers to someone
        # ("her grandmother's chapel" makes Pritchard "herself") may come after the introduction.
        self.told: list[tuple[Clause, Paragraph, int, str | None, str]] = []

    def read(self) -> None:
        lead: tuple[Paragraph, list[Clause]] | None = None
        for paragraph in self.r.page.prose():
            text = paragraph.text
            after = _QUOTE_THEN_SPEAKER.match(text) if text.startswith('"') else None
            if after and not _ATTRIBUTION.search(after.group("after")):
                after = None  # quotes within a quote, not a quote and who said it
            if after is None and is_quote(text):
                self.quote(paragraph, text[1:-1], 1, lead[1] if lead else None)
                lead = None
                continue
            if after:
                clauses = self.narration(paragraph, after.start("after"), after.end("after"))
                body = after.group("body")
                if after.group("more"):
                    body = f"{body} {after.group('more')}"
                self.quote(paragraph, body, 1, clauses)
                lead = None
                continue
            inline = _INLINE_QUOTE.search(text) if ":" in text and '"' in text else None
            if inline is None and text.endswith(('"', '".', '"!', '"?')):
                inline = _COMMA_QUOTE.search(text)
            clauses = self.narration(paragraph, 0, inline.start("mark") if inline else len(text))
            if inline:
                self.quote(paragraph, inline.group("body"), inline.start("body"), clauses)
                lead = None
            else:
                lead = (paragraph, clauses)
        for told in self.told:
            self.add_introductions(*told)
        r = self.r
        for paragraph in self.video_paragraphs:
            self.cast += shown_artists(r, paragraph, self.cast)
        # "A and B play themselves": each as the page's pronouns for them say, once all are read
        r.facts.video.cast = [
            entry.model_copy(update={"role": r.people.selves[entry.person]})
            if entry.role == "themselves" and r.people.selves.get(entry.person)
            else entry
            for entry in self.cast
        ]
        r.facts.quotes = valid(QuoteEntry, self.quotes, r.people.warnings, "quote")
        r.facts.introductions = valid(IntroductionEntry, _unique(self.introductions), r.people.warnings, "introduction")

    def narration(self, paragraph: Paragraph, start: int, end: int) -> list[Clause]:
        """Reads ``paragraph.text[start:end]`` sentence by sentence; returns its clauses."""
        about_video = is_about_the_video(paragraph)
        if about_video:
            read_video_prose(self.r, paragraph)
            self.video_paragraphs.append(paragraph)
        clauses: list[Clause] = []
        text = paragraph.text
        if end - start < _SHORTEST:
            return clauses
        for first, last in Sentences(text[start:end]).spans():
            if last - first < _SHORTEST:
                continue
            offset = start + first
            sentence = text[offset : start + last]
            clause = self.discourse.read(sentence)
            clauses.append(clause)
            self.find_introductions(clause, paragraph, offset, None, sentence)
            if about_video:
                for part in casting.cast(clause):
                    line = paragraph.line_at(offset + part.at)
                    self.cast.append(
                        CastEntry(
                            person=self.r.people.canonical(part.person),
                            role=part.role,
                            source=self.r.people.source(line, _near(sentence, part.at)),
                        )
                    )
            self.discourse.after(clause)
        return clauses

    def quote(self, paragraph: Paragraph, body: str, body_offset: int, lead: list[Clause] | None) -> None:
        told = attribution(lead) if lead else None
        if told is None or told.speaker is None:
            self.r.warn(paragraph.first, "a quote whose speaker the page does not name is not imported")
            return
        speaker = self.r.people.canonical(told.speaker)
        entry: dict[str, Any] = {
            "speaker": speaker,
            "text": squash(body),
            "provenance": self.r.people.source(paragraph.first, paragraph.raw if body_offset == 1 else paragraph.text),
        }
        if told.source:
            entry["source"] = told.source
        if told.year:
            entry["year"] = told.year
        self.quotes.append(entry)
        counterpart = told.others[0] if told.others else self._other_performer(speaker)
        inside = self.discourse.quoting(speaker, counterpart, self._party(speaker))
        for first, last in Sentences(body).spans():
            sentence = body[first:last]
            clause = inside.read(sentence)
            self.find_introductions(clause, paragraph, body_offset + first, speaker, sentence)
            inside.after(clause)
        self.discourse.focus = speaker

    def find_introductions(
        self, clause: Clause, paragraph: Paragraph, offset: int, speaker: str | None, sentence: str
    ) -> None:
        if tells_one(clause.skeleton):
            self.told.append((clause, paragraph, offset, speaker, sentence))

    def add_introductions(
        self, clause: Clause, paragraph: Paragraph, offset: int, speaker: str | None, sentence: str
    ) -> None:
        for found in introductions(clause, speaker, self.r.people):
            line = paragraph.line_at(offset + found.at)
            if isinstance(found, Doubt):
                self.r.warn(line, found.message)
                continue
            people = self.r.people
            row: dict[str, Any] = {
                "introducer": people.canonical(found.introducer),
                "introduced": [people.canonical(found.pair[0]), people.canonical(found.pair[1])],
                "source": people.source(line, _near(sentence, found.at)),
            }
            if found.occasion:
                row["occasion"] = found.occasion
            if found.year:
                row["year"] = found.year
            self.introductions.append(row)

    def _other_performer(self, speaker: str) -> str | None:
        """Who "we" is besides the speaker when the lead names no one: the song's one other main performer."""
        others = [p for p in (*self.r.facts.artists, *self.r.facts.featured_artists) if fold(p) != fold(speaker)]
        return others[0] if len(others) == 1 else None

    def _party(self, speaker: str) -> str | None:
        """The band "us" is when the speaker is one of its members (or the band)."""
        for entry in self.r.people.entries.values():
            if entry.kind is ArtistKind.GROUP and (
                fold(entry.name) == fold(speaker) or fold(speaker) in {fold(m) for m in entry.members}
            ):
                return entry.name
        return None


def _near(sentence: str, at: int) -> str:
    """The sentence as a fact's excerpt, at most EXCERPT_REACH characters either side of where the fact is
    (a sentence of many facts must not be copied whole into each)."""
    return sentence[max(0, at - EXCERPT_REACH) : at + EXCERPT_REACH]


def _the_two(r: Reading) -> tuple[str, str] | None:
    """Who "the two" and "the pair" are before the page names two people together: the song's performers,
    when there are two."""
    performers = [*r.facts.artists, *r.facts.featured_artists]
    return (performers[0], performers[1]) if len(performers) == 2 else None


def _unique(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[str, frozenset[str]]] = set()
    out = []
    for row in rows:
        key = (fold(row["introducer"]), frozenset(fold(p) for p in row["introduced"]))
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def read_narrative(r: Reading) -> None:
    _Narrative(r).read()
