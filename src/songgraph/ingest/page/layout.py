"""The page as lines and paragraphs, what the parser reports about it, and the people the caller knows."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from songgraph.ingest.pagetext import NORMALISE, Sentences
from songgraph.models import ArtistKind, SongDocument

# The longest page the importer reads (the API and the command alike): with every rule linear in the
# page, this bounds what one page can cost.
MAX_PAGE_CHARS = 200_000
# The page's name (file name or URL) is recorded in every fact's provenance, a Name of the song model.
MAX_SOURCE_CHARS = 200


@dataclass(frozen=True)
class PageIssue:
    """Something the parser could not place (a warning) or that stops the page being read (an error)."""

    line: int
    message: str

    def located(self, page: str) -> str:
        return f"{page}:{self.line}: {self.message}"


@dataclass(frozen=True)
class KnownPerson:
    """A person already in the graph, as the name lookup found them."""

    id: str
    name: str
    kind: ArtistKind = ArtistKind.PERSON
    aliases: tuple[str, ...] = ()
    description: str | None = None


@dataclass(frozen=True)
class PageResult:
    source: str
    document: SongDocument | None
    warnings: tuple[PageIssue, ...] = ()
    errors: tuple[PageIssue, ...] = ()

    @property
    def ok(self) -> bool:
        return self.document is not None and not self.errors


@dataclass
class Line:
    number: int
    raw: str
    text: str  # normalised quotes and dashes, same length as raw


@dataclass
class Paragraph:
    lines: list[Line]

    @cached_property
    def text(self) -> str:
        return self._joined.strip()

    @cached_property
    def _joined(self) -> str:
        # a line's pictographs are blanked for the prose, not for the lists (a list line is read as it is)
        return "\n".join(_unmarked(line.text) for line in self.lines)

    @property
    def raw(self) -> str:
        return "\n".join(line.raw for line in self.lines).strip()

    @property
    def first(self) -> int:
        return self.lines[0].number

    @cached_property
    def _line_starts(self) -> list[int]:
        """Where each line after the first starts in ``text``, found once: a paragraph may hold many matches."""
        joined = self._joined
        lead = len(joined) - len(joined.lstrip())
        starts: list[int] = []
        position = -1
        while (position := joined.find("\n", position + 1)) != -1:
            starts.append(position + 1 - lead)
        return starts

    @cached_property
    def sentences(self) -> Sentences:
        return Sentences(self.text)

    def line_at(self, offset: int) -> int:
        """The page line holding character ``offset`` of ``text``."""
        return self.first + bisect_right(self._line_starts, offset)


def _single_quoted(raw: str, text: str) -> str:
    """A line quoting in single curly marks ('She's ours,' Fen said -- the British way) with its quotation marks
    made double, as the prose rules read quotes; an apostrophe stays one ("She's", "the artists' bar"). Only on a
    line without double marks, where single ones are quotes inside quotes; only a pair whose words hold a space (a
    nickname in single marks, "Everett 'Bucky' Pruitt", is read as it is)."""
    if "\u2018" not in raw or '"' in text:
        return text
    chars = list(text)
    opening = raw.find("\u2018")
    while opening != -1:
        following = raw.find("\u2018", opening + 1)
        stop = len(raw) if following == -1 else following
        closing = possessive = -1
        if opening == 0 or not raw[opening - 1].isalnum():
            for at in range(opening + 1, stop):
                if raw[at] != "\u2019" or (at + 1 < len(raw) and raw[at + 1].isalnum()):
                    continue  # none, or an apostrophe inside a word ("She's")
                if raw[at - 1] == "s" and raw[at + 1 : at + 3].strip()[:1].islower():
                    # "the dancers' van": a plural's apostrophe, unless no other mark closes the quote
                    possessive = at if possessive == -1 else possessive
                    continue
                closing = at
                break
        closing = possessive if closing == -1 else closing
        if closing != -1 and " " in raw[opening + 1 : closing]:
            chars[opening] = chars[closing] = '"'
        opening = following
    return "".join(chars)


def _unmarked(text: str) -> str:
    """A line opened by pictographs (a caption's "📻 Bell on Radio Nord:") with them blanked, so the sentence opens
    where its words do; the same length, and a line of pictographs alone is left as it is."""
    end = 0
    while end < len(text) and (text[end].isspace() or unicodedata.category(text[end]) in _MARKS):
        end += 1
    if end == len(text) or not text[:end].strip():
        return text
    return " " * end + text[end:]


# pictographs, and the variation selector and joiner that build them
_MARKS = frozenset({"So", "Mn", "Cf"})


def is_quote(text: str) -> bool:
    return len(text) >= 2 and text[0] == '"' and text.rstrip()[-1] == '"'


def _joined_quotes(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A quote that runs over a blank line (a paragraph opening a quote it does not close, and the next closing
    it) is one paragraph, as it is one quote."""
    joined: list[Paragraph] = []
    for paragraph in paragraphs:
        if joined and _closes(paragraph.text) and _opens(joined[-1].text):
            joined[-1] = Paragraph([*joined[-1].lines, *paragraph.lines])
        else:
            joined.append(paragraph)
    return joined


def _opens(text: str) -> bool:
    return text.startswith('"') and text.count('"') % 2 == 1


def _closes(text: str) -> bool:
    return not text.startswith('"') and text.rstrip().endswith('"') and text.count('"') % 2 == 1


@dataclass
class Page:
    """The page's lines and paragraphs, and which lines a rule has read (the rest is prose)."""

    lines: list[Line]
    paragraphs: list[Paragraph]
    used: set[int] = field(default_factory=set)
    _prose: tuple[int, list[Paragraph]] | None = None

    @classmethod
    def of(cls, text: str) -> Page:
        lines = [
            Line(number, raw.rstrip(), _single_quoted(raw.rstrip(), raw.rstrip().translate(NORMALISE)))
            for number, raw in enumerate(text.splitlines(), start=1)
        ]
        paragraphs: list[Paragraph] = []
        current: list[Line] = []
        for line in lines:
            if line.text.strip():
                current.append(line)
            elif current:
                paragraphs.append(Paragraph(current))
                current = []
        if current:
            paragraphs.append(Paragraph(current))
        return cls(lines, _joined_quotes(paragraphs))

    def nonblank_after(self, index: int) -> Iterator[tuple[int, Line]]:
        for position in range(index + 1, len(self.lines)):
            if self.lines[position].text.strip():
                yield position, self.lines[position]

    def prose(self) -> Iterable[Paragraph]:
        # Asked for by each prose rule; the lines used only ever grow, so their count says if it changed.
        if self._prose is None or self._prose[0] != len(self.used):
            prose = [p for p in self.paragraphs if not all(line.number in self.used for line in p.lines)]
            self._prose = (len(self.used), prose)
        return self._prose[1]
