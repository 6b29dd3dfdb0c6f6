"""Reads a "Story of Song" prose page into a song document (pure: text in, document and warnings out).

The page layout: site banner lines, the heading ``Title (feat. A & B)``, the artist line, ``Album X``,
prose paragraphs (quotes, the music video, certifications as one line per level), ``Added by``, then
``Release Date``, the date, and unlabeled name lines (writers, then producers), and ``Chart Rankings``
entries separated by `` - ``. The parser works by rules on that layout, not on any one page's sentences,
and never raises: what it cannot place becomes a warning with its line number, and a page it cannot read
as a song at all gives located errors and no document.

Names are resolved within the page ("Puth" is the Charlie Puth of the heading) and, when the caller passes
``known`` (folded spelling -> person, read from the graph), to existing people through their aliases.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from pydantic import ValidationError

from songgraph.ingest import linear
from songgraph.ingest.files import field_path
from songgraph.ingest.pagetext import (
    DAY,
    MONTH,
    MONTHS,
    NAME,
    NAME_START,
    NAMES,
    NOISE,
    NORMALISE,
    NOT_NAMES,
    WORD_END,
    WORD_START,
    Sentences,
    country_name,
    digits,
    looks_like_name,
    looks_like_name_list,
    parse_date,
    split_chart,
    split_names,
    squash,
    trim_name,
)
from songgraph.models import (
    ArtistKind,
    CastEntry,
    CertificationEntry,
    CertificationLevel,
    ChartPeakEntry,
    CreditRole,
    CreditSource,
    IntroductionEntry,
    PersonEntry,
    QuoteEntry,
    SongDocument,
    Source,
)
from songgraph.text import fold

# The longest page the importer reads (the API and the command alike): with every rule linear in the
# page, this bounds what one page can cost.
MAX_PAGE_CHARS = 200_000
# The page's name (file name or URL) is recorded in every fact's provenance, a Name of the song model.
MAX_SOURCE_CHARS = 200

_FEATURING = linear.compile(r"\s*[(\[]\s*(?:feat\.?|ft\.?|featuring)\s+(?P<names>[^)\]]+)[)\]]\s*", ignore_case=True)
_ALBUM_LINE = linear.compile(r"^Album\s*:?\s+(?P<title>\S.*)$")
_LABEL = linear.compile(
    r"^(?P<label>Release Date|Music Video Release Date|Music Video Directors?|Directors?|Writers?|Written by|"
    r"Producers?|Produced by|Genres?|Style|Added by)\s*:?\s*(?P<value>.*)$",
    ignore_case=True,
)
_HEADING = linear.compile(
    r"^(?:Chart Rankings|Chart Positions|Chart Peaks|Charts|Certifications|Credits|Lyrics)\s*:?$", ignore_case=True
)
_CERT = linear.compile(
    r"^[-*\s]*(?:(?P<mult>\d{1,3})\s*[x\x{00d7}]\s*)?(?P<level>Silver|Gold|Platinum|Diamond)\s+in\s+(?P<places>.+?)\.?$",
    ignore_case=True,
)
_CHART_LINE = linear.compile(r"^[-*\s]*#\d")
# The " - " between two chart entries, and the "#" and digit of the entry after it.
_CHART_SEPARATOR = linear.compile(r"(?:^|\s)-\s*#\d")
_POSITIONS = linear.compile(r"^#(?P<first>\d+)(?P<more>(?:\s*(?:&|,|and)\s*#\d+)*)\s*(?P<rest>.*)$")
_SPEECH_VERBS = (
    r"explained|revealed|said|says|told|recalled|added|spoke|appeared|remembered|admitted|shared|described|"
    r"noted|joked|confessed|reflected|shared|opened up|wrote|tweeted|commented"
)
_SPEAKER = linear.compile(rf"{NAME_START}(?P<name>{NAME})(?:\s+(?:also|later|once|then))?\s+(?:{_SPEECH_VERBS})\b")
# Each with a word it cannot match without, to skip the pattern on a lead-in that lacks it.
_SOURCES = [
    (
        "ing",
        linear.compile(
            rf"{WORD_START}(?:Speaking|Talking|Chatting)\s+(?:to|with)\s+(?P<source>\w[^,]*?)\s+(?:about|in|on|ahead|after){WORD_END}"
        ),
    ),
    ("ing", linear.compile(rf"{WORD_START}(?:Speaking|Talking|Chatting)\s+(?:to|with)\s+(?P<source>\w[^,]*?)\s*,")),
    (
        "appeared",
        linear.compile(
            r"\bappeared\s+on\s+(?:the\s+)?(?:(?:famous|popular|well-known|hit)\s+)?(?P<show>[A-Z][\w' ]*?)\s+"
            r"(?:channel|show|podcast|programme|program|series)\s+on\s+(?P<platform>[A-Z][\w]*)"
        ),
    ),
    ("interview", linear.compile(r"\bin\s+an\s+interview\s+with\s+(?P<source>[A-Z][\w' ]*[\w])")),
    ("appeared", linear.compile(r"\bappeared\s+on\s+(?:the\s+)?(?P<source>[A-Z][\w' ]*[\w])")),
    ("told", linear.compile(r"\btold\s+(?P<source>[A-Z][\w' ]*[\w])")),
]
_YEAR = linear.compile(rf"{WORD_START}[Ii]n\s+(?P<year>(?:18|19|20)\d\d){WORD_END}")
# Time phrases and clauses that end an occasion ("at this VMA afterparty a while back"); matched after
# the occasion (RE2 has no look-ahead), which only the occasion's own groups are read from.
_OCCASION_END = (
    r"(?:\s+(?:a\s+while\s+(?:back|ago)|back\s+in\s+\d{4}|in\s+\d{4}|years\s+ago|last\s+year"
    r"|a\s+few\s+\w+\s+ago|and\b|which\b)|[,.;:!?\"]|$)"
)
_OCCASION = linear.compile(
    rf"^\s*(?:at|during|on|backstage\s+at|over)\s+(?:(?P<article>this|that|the|a|an)\s+)?(?P<occasion>[^,.;:!?\"]+?){_OCCASION_END}",
    ignore_case=True,
)
_INTRO_BY = linear.compile(
    rf"{NAME_START}(?P<by>{NAME})\s+(?:first\s+)?introduced\s+"
    rf"(?P<who>us|them|me\s+to\s+(?P<to>{NAME})|(?P<with>{NAME})\s+and\s+me\b|me\s+and\s+(?P<with2>{NAME})"
    rf"|(?P<a>{NAME})\s+(?:to|and)\s+(?P<b>{NAME}))"
    r"(?P<rest>[^.!?]*)"
)
_INTRO_PASSIVE = linear.compile(
    rf"{WORD_START}(?P<who>[Ww]e|[Tt]hey|I|(?P<a>{NAME})\s+and\s+(?P<b>{NAME}))\s+(?:were|was|had\s+been|got)\s+"
    rf"introduced(?:\s+to\s+(?:each\s+other|(?P<to>{NAME})))?\s+by\s+(?P<by>{NAME})(?P<rest>[^.!?]*)"
)
_NUMBER = linear.compile(
    rf"(?P<value>\d+(?:[.,]\d+)*)\s*(?P<scale>billion|million|thousand|bn|m|k)?\s+(?P<what>views|likes){WORD_END}",
    ignore_case=True,
)
_SCALES = {"billion": 10**9, "bn": 10**9, "million": 10**6, "m": 10**6, "thousand": 10**3, "k": 10**3}
_AS_OF = linear.compile(
    rf"\bAs\s+of\s+(?:(?:early|mid|late|the\s+end\s+of|the\s+start\s+of)[\s-]+)?(?:(?P<day>{DAY})\s+)?"
    rf"(?:(?P<month>{MONTH})\s+)?(?P<year>\d{{4}}){WORD_END}",
    ignore_case=True,
)
_GENRE_INSPIRED = linear.compile(
    r"\bthe\s+(?P<genre>[A-Za-z][A-Za-z-]*(?:\s[A-Za-z][A-Za-z]*)?)[-\s]inspired\s+(?:song|track|single|ballad|tune)"
)
_GENRE_STATED = linear.compile(
    r"\b(?:is|was)\s+an?\s+(?P<genre>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s+(?:song|track|single|ballad)\b\s+(?:by|from)\b"
)
_ALBUM_KIND = linear.compile(
    r"\b(?:his|her|their|its|the)\s+(?P<kind>(?:[a-z][\w-]*\s+){0,3}(?:album|EP|mixtape))\s+\"(?P<title>[^\"]+)\""
)
_PRONOUN = linear.compile(
    r"\b(?P<pronoun>his|her|their)\s+(?:(?:[a-z][\w-]*\s+){0,3})(?:album|single|song|EP|career)\b"
)
_GROUP = linear.compile(r"\b(?:band|group|duo|trio|quartet|quintet)\b", ignore_case=True)
_MEMBERS = linear.compile(rf"\b(?:made\s+up\s+of|consisting\s+of|whose\s+members\s+are|members)\s+(?P<names>{NAMES})")
_CAST_TRIGGER = linear.compile(
    rf"\b(?:does\s+not\s+feature\s+{NAMES}\s+but|doesn't\s+feature\s+{NAMES}\s+but|features|stars|starring|"
    r"featuring|casts?|cast\s+includes)\s+"
)
# The role ends where the next cast member or the sentence starts (matched, not looked ahead at: the
# loop goes on from the end of the role). A role is short: without a bound, a page of "features A as B"
# without a full stop would make every item read (and copy) the rest of the line.
MAX_ROLE = 300
_CAST_ITEM = linear.compile(
    rf"(?P<name>{NAME})\s+as\s+(?P<role>.{{1,{MAX_ROLE}}}?)"
    rf"(?:(?:,\s*(?:and\s+)?|\s+and\s+|\s+with\s+){NAME}\s+as\s|[.;!?](?:\s|$)|$)"
)
_CAST_SEP = linear.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+with\s+)")
_SHOWS = linear.compile(rf"\b(?:video|it)\s+(?:shows|follows|depicts)\s+(?:both\s+)?(?P<names>{NAMES})")
_DIRECTED = linear.compile(rf"\b(?:co-)?directed\s+by\s+(?P<names>{NAMES})")
_VIDEO_RELEASED = linear.compile(r"\bvideo\s+(?:was\s+)?(?:released|premiered|published)\s+(?:on\s+)?(?:the\s+)?")
_QUOTED_TITLE = linear.compile(r'^"([^"]{1,150})"')
_BANDED = linear.compile(r"\bband(?:ed)?\s+together")
_MORE_POSITIONS = linear.compile(r"#(\d+)")
_SEVERAL_CHARTS = linear.compile(r"^(?:on|in|across)\s+(?:\w+\s+)?charts\s+in\s+(?P<place>.+)$", ignore_case=True)
_IN_PLACE = linear.compile(r"^in\s+(?P<place>.+)$", ignore_case=True)
_ON_CHART = linear.compile(r"^on\s+(?:the\s+)?(?P<chart>.+)$", ignore_case=True)
_INLINE_QUOTE = linear.compile(r':\s*"(?P<body>[^\n]+)"\s*$')
_LIST_LINE = linear.compile(r"^[-*]\s*(?:\d+\s*x\s*)?\w+\s+in\s+")


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
class _Line:
    number: int
    raw: str
    text: str  # normalised quotes and dashes, same length as raw


@dataclass
class _Paragraph:
    lines: list[_Line]

    @cached_property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines).strip()

    @property
    def raw(self) -> str:
        return "\n".join(line.raw for line in self.lines).strip()

    @property
    def first(self) -> int:
        return self.lines[0].number

    @cached_property
    def _line_starts(self) -> list[int]:
        """Where each line after the first starts in ``text``, found once: a paragraph may hold many matches."""
        joined = "\n".join(line.text for line in self.lines)
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


@dataclass
class _State:
    """What the parser has gathered so far, and the people of the page to resolve mentions against."""

    page: str
    known: Mapping[str, KnownPerson]
    warnings: list[PageIssue] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    entries: dict[str, PersonEntry] = field(default_factory=dict)
    credit_sources: list[CreditSource] = field(default_factory=list)
    # The people by folded name, first word and last word, so that resolving a mention does not read
    # every person of the page (a page can name thousands).
    _by_key: dict[str, str] = field(default_factory=dict)
    _by_word: tuple[dict[str, list[str]], dict[str, list[str]]] = field(default_factory=lambda: ({}, {}))

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(PageIssue(line, message))

    def source(self, line: int, excerpt: str) -> Source:
        return Source(page=self.page, excerpt=squash(excerpt) or None, line=line)

    def canonical(self, name: str) -> str:
        """The name as the graph knows it (through an alias), or as written; remembers the page's people."""
        name = squash(name).strip(" ,.;:")
        person = self.known.get(fold(name))
        if person is not None:
            self.entries.setdefault(
                person.id,
                PersonEntry(
                    name=person.name,
                    id=person.id,
                    kind=person.kind,
                    aliases=list(person.aliases),
                    description=person.description,
                ),
            )
            name = person.name
        key = fold(name)
        if key not in self._by_key:
            self.people.append(name)
            self._by_key[key] = name
            words = key.split(" ")
            self._by_word[0].setdefault(words[0], []).append(name)
            self._by_word[1].setdefault(words[-1], []).append(name)
        return name

    def mention(self, text: str) -> str | None:
        """Who a mention in the prose means: a full name, an alias, or a surname or first name unique on the page."""
        text = squash(text).strip(" ,.;:")
        if not text or fold(text) in NOT_NAMES:
            return None
        key = fold(text)
        if key in self.known:
            return self.canonical(text)
        if key in self._by_key:
            return self._by_key[key]
        if " " not in key:
            for words in (self._by_word[1], self._by_word[0]):  # the surname first
                matches = words.get(key, [])
                if len(matches) == 1:
                    return matches[0]
        return None

    def credit(self, role: CreditRole, name: str, line: int, excerpt: str) -> None:
        self.credit_sources.append(CreditSource(role=role, person=name, source=self.source(line, excerpt)))


def _lines(text: str) -> list[_Line]:
    return [
        _Line(number, raw.rstrip(), raw.rstrip().translate(NORMALISE))
        for number, raw in enumerate(text.splitlines(), start=1)
    ]


def _paragraphs(lines: list[_Line]) -> list[_Paragraph]:
    out: list[_Paragraph] = []
    current: list[_Line] = []
    for line in lines:
        if line.text.strip():
            current.append(line)
        elif current:
            out.append(_Paragraph(current))
            current = []
    if current:
        out.append(_Paragraph(current))
    return out


def _nonblank_after(lines: list[_Line], index: int) -> Iterator[tuple[int, _Line]]:
    for position in range(index + 1, len(lines)):
        if lines[position].text.strip():
            yield position, lines[position]


def _is_quote(text: str) -> bool:
    return len(text) >= 2 and text[0] == '"' and text.rstrip()[-1] == '"'


class _Parser:
    def __init__(self, text: str, source: str, known: Mapping[str, KnownPerson]) -> None:
        self.lines = _lines(text)
        self.paragraphs = _paragraphs(self.lines)
        self.state = _State(page=source, known=known)
        self.errors: list[PageIssue] = []
        self.doc: dict[str, Any] = {}
        self.used: set[int] = set()  # lines a rule has read
        self._prose: tuple[int, list[_Paragraph]] | None = None
        # What the lists of directors and genres hold, to check a new one without reading the list.
        self.director_keys: set[str] = set()
        self.genre_keys: set[str] = set()

    # The heading: title (with featured artists), the artist line, the album line.
    def heading(self) -> bool:
        lines = self.lines
        album_at = next(
            (
                i
                for i, line in enumerate(lines)
                if len(line.text) < 150
                and line.text.lstrip().startswith("Album")
                and _ALBUM_LINE.match(line.text.strip())
            ),
            None,
        )
        title_at = next(
            (
                i
                for i, line in enumerate(lines[: album_at if album_at is not None else len(lines)])
                if len(line.text) < 200
                and ("(" in line.text or "[" in line.text)
                and _FEATURING.search(line.text)
                and not line.text.strip().startswith('"')
            ),
            None,
        )
        if title_at is None and album_at is not None:
            before = [i for i in range(album_at) if lines[i].text.strip()]
            if len(before) >= 2:
                title_at = before[-2]
        if title_at is None:
            quoted = {fold(m) for p in self.paragraphs for m in _QUOTED_TITLE.findall(p.text)}
            title_at = next(
                (i for i, line in enumerate(lines) if line.text.strip() and fold(line.text) in quoted), None
            )
        if title_at is None:
            self.errors.append(
                PageIssue(1, "no song title found: expected a heading line such as 'Title (feat. Artist)'")
            )
            return False
        title_line = lines[title_at]
        self.used.add(title_line.number)
        heading = title_line.text.strip()
        featuring = _FEATURING.search(heading)
        title = squash(_FEATURING.sub(" ", heading)).strip(' "')
        if not title:
            self.errors.append(PageIssue(title_line.number, "the heading holds no title"))
            return False
        self.doc["title"] = title
        self.doc["source"] = self.state.source(title_line.number, title_line.raw)
        artist_line = next(
            (
                line
                for _, line in _nonblank_after(lines, title_at)
                if not (album_at is not None and line is lines[album_at])
            ),
            None,
        )
        if (
            artist_line is None
            or not looks_like_name(artist_line.text.strip())
            or _ALBUM_LINE.match(artist_line.text.strip())
        ):
            self.errors.append(PageIssue(title_line.number + 1, "no artist line after the title"))
            return False
        self.used.add(artist_line.number)
        artists = [self.state.canonical(n) for n in split_names(artist_line.text)]
        self.doc["artists"] = artists
        for name in artists:
            self.state.credit(CreditRole.ARTIST, name, artist_line.number, artist_line.raw)
        if featuring:
            featured = [self.state.canonical(n) for n in split_names(featuring.group("names"))]
            self.doc["featured_artists"] = featured
            for name in featured:
                self.state.credit(CreditRole.FEATURED_ARTIST, name, title_line.number, title_line.raw)
        if album_at is not None:
            line = lines[album_at]
            self.used.add(line.number)
            match = _ALBUM_LINE.match(line.text.strip())
            assert match is not None
            self.doc["album"] = {"title": match.group("title").strip(' "'), "artists": list(artists)}
        return True

    def prose(self) -> Iterable[_Paragraph]:
        # Asked for by each prose rule; the lines used only ever grow, so their count says if it changed.
        if self._prose is None or self._prose[0] != len(self.used):
            prose = [p for p in self.paragraphs if not all(line.number in self.used for line in p.lines)]
            self._prose = (len(self.used), prose)
        return self._prose[1]

    def band(self) -> None:
        """A main artist the prose calls a band (or group, duo ...) is a group; "made up of" names its members."""
        for artist in self.doc.get("artists", []):
            for paragraph in self.prose():
                text = paragraph.text
                for start in _occurrences(artist, text):
                    window = text[max(0, start - 40) : start + len(artist) + 40]
                    if _GROUP.search(window) and not _BANDED.search(window):
                        members_match = _MEMBERS.search(text)
                        members = split_names(members_match.group("names")) if members_match else []
                        members = [self.state.canonical(m) for m in members if fold(m) != fold(artist)]
                        entry = PersonEntry(name=artist, kind=ArtistKind.GROUP, members=members)
                        known = self.state.known.get(fold(artist))
                        key = known.id if known else entry.key
                        if key in self.state.entries:
                            # Known from the graph: keep its id, aliases and description, add what the page says.
                            old = self.state.entries[key]
                            entry = old.model_copy(update={"kind": ArtistKind.GROUP, "members": members or old.members})
                        self.state.entries[key] = entry
                        return

    def labels_and_name_lines(self) -> None:
        """Labeled lines ("Release Date", "Music Video Director: ...") and the unlabeled name lines."""
        lines = self.lines
        for index, line in enumerate(lines):
            if len(line.text) > 200 or not _may_be_label(line.text):
                continue
            match = _LABEL.match(line.text.strip())
            if not match:
                continue
            label = match.group("label").lower()
            value = match.group("value").strip()
            self.used.add(line.number)
            if label == "release date":
                date_line = line
                if not value:
                    following = next(_nonblank_after(lines, index), None)
                    if following is None:
                        self.state.warn(line.number, "'Release Date' is followed by nothing")
                        continue
                    index, date_line = following
                    value = date_line.text.strip()
                    self.used.add(date_line.number)
                date = parse_date(value)
                if date is None:
                    self.state.warn(date_line.number, f"cannot read a date in '{squash(value)[:60]}'")
                else:
                    self.doc["release_date"] = date
                self.name_lines(index)
            elif label == "music video release date":
                date = parse_date(value)
                if date is None:
                    self.state.warn(line.number, f"cannot read a date in '{squash(value)[:60]}'")
                else:
                    self.video()["release_date"] = date
            elif label in ("music video director", "music video directors", "director", "directors"):
                self.directors(split_names(value), line.number, line.raw)
            elif label in ("writer", "writers", "written by"):
                self.credits("writers", CreditRole.WRITER, value, line)
            elif label in ("producer", "producers", "produced by"):
                self.credits("producers", CreditRole.PRODUCER, value, line)
            elif label in ("genre", "genres", "style"):
                for genre in split_names(value):
                    self.genre(genre.lower())
            elif label == "added by":
                if value and looks_like_name(value):
                    self.doc["added_by"] = squash(value)
                else:
                    self.state.warn(line.number, "'Added by' names no one")

    def name_lines(self, index: int) -> None:
        """After the release date: writers on the first name line, producers on the second."""
        targets = [("writers", CreditRole.WRITER), ("producers", CreditRole.PRODUCER)]
        for _, line in _nonblank_after(self.lines, index):
            text = line.text.strip()
            if (
                _HEADING.match(text)
                or (_may_be_label(text) and _LABEL.match(text))
                or ("#" in text and _CHART_LINE.match(text))
                or not looks_like_name_list(text)
            ):
                break
            self.used.add(line.number)
            if not targets:
                self.state.warn(line.number, f"a third name line after the release date is not placed: '{text[:60]}'")
                continue
            key, role = targets.pop(0)
            if key in self.doc:
                self.state.warn(line.number, f"{key} are already given by a labeled line; this line is ignored")
                continue
            self.credits(key, role, text, line)

    def credits(self, key: str, role: CreditRole, text: str, line: _Line) -> None:
        names = [self.state.canonical(n) for n in split_names(text) if looks_like_name(n)]
        if not names:
            self.state.warn(line.number, f"no names in '{squash(text)[:60]}'")
            return
        self.doc[key] = names
        for name in names:
            self.state.credit(role, name, line.number, line.raw)

    def video(self) -> dict[str, Any]:
        video: dict[str, Any] = self.doc.setdefault("music_video", {})
        return video

    def directors(self, names: list[str], line: int, excerpt: str) -> None:
        directors: list[str] = self.video().setdefault("directors", [])
        for raw in names:
            if not looks_like_name(raw):
                continue
            name = self.state.canonical(trim_name(raw))
            if fold(name) not in self.director_keys:
                self.director_keys.add(fold(name))
                directors.append(name)
                self.state.credit(CreditRole.DIRECTOR, name, line, excerpt)

    def genre(self, genre: str) -> None:
        genre = squash(genre.replace("-", " ")).lower()
        genres: list[str] = self.doc.setdefault("genres", [])
        if genre and genre not in self.genre_keys:
            self.genre_keys.add(genre)
            genres.append(genre)

    def certifications(self) -> None:
        seen: dict[str, int] = {}
        rows: list[dict[str, Any]] = []
        for line in self.lines:
            if line.number in self.used or len(line.text) > 300 or not _may_be_certification(line.text):
                continue
            match = _CERT.match(line.text.strip())
            if not match:
                continue
            self.used.add(line.number)
            level = CertificationLevel(match.group("level").upper())
            multiplier = int(match.group("mult") or 1)
            for place in split_names(match.group("places")):
                country = country_name(place)
                if not country:
                    continue
                if fold(country) in seen:
                    self.state.warn(
                        line.number,
                        f"a second certification for {country} (first on line {seen[fold(country)]}) is ignored",
                    )
                    continue
                seen[fold(country)] = line.number
                rows.append(
                    {
                        "country": country,
                        "level": level,
                        "multiplier": multiplier,
                        "source": self.state.source(line.number, line.raw.strip(" -\u2013\u2014")),
                    }
                )
        self.doc["certifications"] = _valid(CertificationEntry, rows, self.state, "certification")

    def chart_peaks(self) -> None:
        rows: list[dict[str, Any]] = []
        for line in self.lines:
            if "#" not in line.text or not _CHART_LINE.match(line.text) or line.number in self.used:
                continue
            self.used.add(line.number)
            for entry in _chart_entries(line.text.strip()):
                entry = entry.strip(" -*")
                if not entry:
                    continue
                rows.extend(self.chart_entry(entry, line))
        self.doc["chart_peaks"] = _valid(ChartPeakEntry, rows, self.state, "chart peak")

    def chart_entry(self, entry: str, line: _Line) -> list[dict[str, Any]]:
        match = _POSITIONS.match(entry)
        if not match:
            self.state.warn(line.number, f"cannot read the chart entry '{entry[:60]}'")
            return []
        more = match.group("more")
        positions = [int(match.group("first")), *(int(p) for p in _MORE_POSITIONS.findall(more) if more)]
        rest = match.group("rest")
        rest = squash(NOISE.sub("", rest) if "[" in rest else rest)
        country: str | None = None
        chart: str | None = None
        # Each pattern only where its first word is, so that a line of thousands of entries stays cheap.
        start = rest[:2].casefold()
        several = _SEVERAL_CHARTS.match(rest) if "charts" in rest.casefold() else None
        inside = _IN_PLACE.match(rest) if start == "in" else None
        on = _ON_CHART.match(rest) if start == "on" else None
        if several:
            country = country_name(several.group("place"))
        elif inside:
            country = country_name(inside.group("place"))
        elif on:
            country, chart = split_chart(on.group("chart"))
        if not country:
            self.state.warn(line.number, f"no country in the chart entry '{entry[:60]}'")
            return []
        source = self.state.source(line.number, entry)
        return [{"country": country, "chart": chart, "position": p, "source": source} for p in positions]

    def genres_from_prose(self) -> None:
        for paragraph in self.prose():
            text = paragraph.text
            patterns = [_GENRE_INSPIRED] if "inspired" in text else []
            if "is" in text and ("by" in text or "from" in text):
                patterns.append(_GENRE_STATED)
            for pattern in patterns:
                for match in pattern.finditer(text):
                    self.genre(match.group("genre"))

    def album_kind(self) -> None:
        album = self.doc.get("album")
        for paragraph in self.prose():
            if '"' not in paragraph.text:
                continue
            for match in _ALBUM_KIND.finditer(paragraph.text):
                if album is None:
                    album = self.doc["album"] = {"title": match.group("title").strip(), "artists": self.doc["artists"]}
                if fold(match.group("title")) == fold(album["title"]) and match.group("kind").lower() != "album":
                    album.setdefault("kind", squash(match.group("kind")))

    def pronoun(self) -> str:
        """How the page refers to the main artist ("his debut album"), to word a self-appearance in a video."""
        for paragraph in self.prose():
            if not any(pronoun in paragraph.text for pronoun in ("his", "her", "their")):
                continue
            match = _PRONOUN.search(paragraph.text)
            if match:
                return {"his": "himself", "her": "herself"}.get(match.group("pronoun"), "themselves")
        return "themselves"

    def music_video(self) -> None:
        cast: list[dict[str, Any]] = []
        shown: list[tuple[str, int, str]] = []
        for paragraph in self.prose():
            text = paragraph.text
            if _is_quote(text) or "video" not in text.lower():
                continue
            for match in _VIDEO_RELEASED.finditer(text):
                date = parse_date(text[match.end() : match.end() + 40])
                if date is not None:
                    video = self.video()
                    if video.get("release_date") not in (None, date):
                        self.state.warn(paragraph.line_at(match.start()), "two different music video release dates")
                    video.setdefault("release_date", date)
            for match in _DIRECTED.finditer(text):
                # Only paragraphs that speak of a video get here, so these are the video's directors.
                sentence = paragraph.sentences.around(match.start(), match.end())
                self.directors(split_names(match.group("names")), paragraph.line_at(match.start()), sentence)
            encoded = linear.Encoded(text)  # the cast loop matches at many positions of it
            for trigger in _CAST_TRIGGER.finditer(encoded):
                sentence = paragraph.sentences.around(trigger.start(), trigger.end())
                position = trigger.end()
                while True:
                    item = _CAST_ITEM.match(encoded, position)
                    if not item:
                        break
                    person = self.state.mention(trim_name(item.group("name"))) or self.state.canonical(
                        trim_name(item.group("name"))
                    )
                    cast.append(
                        {
                            "person": person,
                            "role": squash(item.group("role")).strip(" ,"),
                            "source": self.state.source(paragraph.line_at(item.start()), sentence),
                        }
                    )
                    separator = _CAST_SEP.match(encoded, item.end("role"))
                    if not separator:
                        break
                    position = separator.end()
            for match in _SHOWS.finditer(text):
                sentence = paragraph.sentences.around(match.start(), match.end())
                for name in split_names(match.group("names")):
                    seen = self.state.mention(trim_name(name))
                    if seen is not None:
                        shown.append((seen, paragraph.line_at(match.start()), sentence))
                    else:
                        self.state.warn(
                            paragraph.line_at(match.start()), f"'{name}' in the video is not a known person"
                        )
            self.video_stats(paragraph)
        artists = {fold(a) for a in (*self.doc.get("artists", []), *self.doc.get("featured_artists", []))}
        self_role = self.pronoun()
        in_cast = {fold(c["person"]) for c in cast}
        for person, line, sentence in shown:
            if fold(person) in in_cast:
                continue
            in_cast.add(fold(person))
            role = self_role if fold(person) in artists else None
            cast.append({"person": person, "role": role, "source": self.state.source(line, sentence)})
        if cast:
            self.video()["cast"] = _valid(CastEntry, cast, self.state, "cast member")

    def video_stats(self, paragraph: _Paragraph) -> None:
        text = paragraph.text
        counted = False
        for match in _NUMBER.finditer(text):
            value = (
                float(match.group("value").replace(",", ""))
                if "," in match.group("value")
                else float(match.group("value"))
            )
            scale = _SCALES.get((match.group("scale") or "").lower(), 1)
            if value * scale > 10**15:
                self.state.warn(paragraph.line_at(match.start()), "a view or like count too large to be real")
                continue
            self.video()[match.group("what").lower()] = round(value * scale)
            counted = True
        as_of = _AS_OF.search(text)
        if counted and as_of:
            year = as_of.group("year")
            month = as_of.group("month")
            if month:
                stamp = f"{year}-{MONTHS[month.lower().rstrip('.')]:02d}"
                day = as_of.group("day")
                stamp = f"{stamp}-{int(digits(day)):02d}" if day else stamp
            else:
                stamp = year
            self.video()["stats_as_of"] = stamp

    def quotes(self) -> None:
        quotes: list[dict[str, Any]] = []
        introductions: list[dict[str, Any]] = []
        paragraphs = self.prose()
        previous: _Paragraph | None = None
        for paragraph in paragraphs:
            text = paragraph.text
            lead: str | None = None
            body: str | None = None
            body_offset = 0
            if _is_quote(text):
                body, body_offset = text[1:-1], 1
                lead = previous.text if previous is not None and not _is_quote(previous.text) else None
                lead_line = previous.first if previous is not None else paragraph.first
            else:
                inline = _INLINE_QUOTE.search(text) if ":" in text and '"' in text else None
                if inline:
                    body, body_offset = inline.group("body"), inline.start("body")
                    lead = text[: inline.start()]
                    lead_line = paragraph.first
                else:
                    introductions.extend(self.introductions(text, 0, paragraph, None, None))
            previous = paragraph
            if body is None:
                continue
            speaker = self.speaker(lead, lead_line if lead is not None else paragraph.first)
            entry: dict[str, Any] = {
                "speaker": speaker,
                "text": squash(body),
                "provenance": self.state.source(paragraph.first, paragraph.raw if body_offset == 1 else text),
            }
            if lead is not None:
                source = _quote_source(lead)
                if source:
                    entry["source"] = source
                year = _YEAR.search(lead)
                if year:
                    entry["year"] = int(year.group("year"))
            if speaker is None:
                self.state.warn(paragraph.first, "a quote without a speaker the page names is not imported")
            else:
                quotes.append(entry)
                other = self.counterpart(lead or "", speaker)
                introductions.extend(self.introductions(body, body_offset, paragraph, speaker, other))
        self.doc["quotes"] = _valid(QuoteEntry, quotes, self.state, "quote")
        self.doc["introductions"] = _valid(IntroductionEntry, _unique_intros(introductions), self.state, "introduction")

    def speaker(self, lead: str | None, line: int) -> str | None:
        if lead is None:
            return None
        for match in _SPEAKER.finditer(lead):
            person = self.state.mention(trim_name(match.group("name")))
            if person is not None:
                return person
        mentioned = [p for p in self.state.people if _mentions(lead, p)]
        if len(mentioned) == 1:
            return mentioned[0]
        artists = self.doc.get("artists") or []
        if artists:
            self.state.warn(line, f"the speaker of this quote is not named; taken to be {artists[0]}")
            return str(artists[0])
        return None

    def counterpart(self, lead: str, speaker: str) -> str | None:
        """Who "us" means besides the speaker: someone the lead-in names, else the song's other main performer."""
        for person in self.state.people:
            if fold(person) != fold(speaker) and _mentions(lead, person):
                return person
        for person in (*self.doc.get("featured_artists", []), *self.doc.get("artists", [])):
            if fold(person) != fold(speaker):
                return str(person)
        return None

    def introductions(
        self, text: str, offset: int, paragraph: _Paragraph, speaker: str | None, other: str | None
    ) -> list[dict[str, Any]]:
        """Introductions told in ``text`` (which starts at ``offset`` of the paragraph); in a quote, "us" and
        "me" are the speaker and ``other``."""
        found: list[dict[str, Any]] = []
        if "introduced" not in text:  # a word both patterns need
            return found
        flat = text.replace("\n", " ")
        sentences = Sentences(flat)
        for pattern, lead_group in ((_INTRO_BY, "by"), (_INTRO_PASSIVE, "who")):
            for match in pattern.finditer(flat):
                # The match may start with the character before the name (see NAME_START).
                start = match.start(lead_group)
                groups = match.groupdict()
                by = self.person(trim_name(groups["by"]))
                who = (groups.get("who") or "").lower()
                pair: list[str | None]
                if groups.get("a") and groups.get("b"):
                    pair = [self.person(trim_name(groups["a"])), self.person(groups["b"])]
                elif groups.get("with") or groups.get("with2"):
                    pair = [speaker, self.person(groups.get("with") or groups["with2"])]
                elif groups.get("to"):
                    first = speaker if who.startswith("me") or who == "i" else None
                    pair = [first, self.person(groups["to"])]
                elif who in ("us", "we"):
                    pair = [speaker, other]
                else:
                    pair = [None, None]
                line = paragraph.line_at(offset + start)
                if by is None or None in pair:
                    self.state.warn(line, "an introduction whose people the page does not name is not imported")
                    continue
                row: dict[str, Any] = {
                    "introducer": by,
                    "introduced": pair,
                    "source": self.state.source(line, sentences.around(start, match.end())),
                }
                occasion = _OCCASION.match(groups["rest"] or "")
                if occasion:
                    article = (occasion.group("article") or "").lower()
                    words = squash(occasion.group("occasion"))
                    if article in ("this", "that"):
                        article = "an" if words[:1].lower() in "aeiou" else "a"
                    row["occasion"] = f"{article} {words}".strip()
                year = _YEAR.search(groups["rest"] or "")
                if year:
                    row["year"] = int(year.group("year"))
                found.append(row)
        return found

    def person(self, text: str) -> str | None:
        # A capitalised phrase in quotes is a title ('Marvin Gaye' the song), not a person.
        if fold(text) in NOT_NAMES or not looks_like_name(text) or text[-1:] in "'\"" or text[:1] in "'\"":
            return None
        return self.state.mention(text) or self.state.canonical(text)

    def leftovers(self) -> None:
        """Short heading-like lines no rule read are worth a warning; prose is expected to hold more than facts."""
        for paragraph in self.paragraphs:
            for line in paragraph.lines:
                text = line.text.strip()
                if line.number in self.used:
                    continue
                if text.startswith(("-", "*")) and _LIST_LINE.match(text) and not _CERT.match(text):
                    self.state.warn(line.number, f"a list line that is not a certification: '{text[:60]}'")

    def document(self) -> SongDocument | None:
        doc = dict(self.doc)
        doc["people"] = list(self.state.entries.values())
        doc["credit_sources"] = self.state.credit_sources
        if doc.get("music_video") == {}:
            del doc["music_video"]
        for key in [k for k, v in doc.items() if v in ([], None)]:
            del doc[key]
        try:
            return SongDocument.model_validate(doc)
        except ValidationError as error:
            for item in error.errors(include_url=False):
                self.errors.append(PageIssue(1, f"{field_path(item['loc'])}: {item['msg']}"))
            return None


def _occurrences(needle: str, text: str) -> Iterator[int]:
    """Where ``needle`` starts in ``text``, without overlaps (as re.finditer of the escaped needle)."""
    if not needle:
        return
    position = text.find(needle)
    while position != -1:
        yield position
        position = text.find(needle, position + len(needle))


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _mentions(text: str, name: str) -> bool:
    """Whether ``text`` holds ``name`` between word boundaries (re's \\b, Unicode-aware)."""
    if not name:
        return False
    starts_word, ends_word = _is_word(name[0]), _is_word(name[-1])
    position = text.find(name)
    while position != -1:
        end = position + len(name)
        before = _is_word(text[position - 1]) if position else False
        after = _is_word(text[end]) if end < len(text) else False
        if before != starts_word and after != ends_word:
            return True
        position = text.find(name, position + 1)
    return False


def _chart_entries(line: str) -> list[str]:
    """A chart line cut at each " - " that starts another "#N" entry."""
    pieces: list[str] = []
    start = 0
    for separator in _CHART_SEPARATOR.finditer(line):
        entry_at = separator.end() - 2  # the "#" of the next entry
        pieces.append(line[start : separator.start()])
        start = entry_at
    pieces.append(line[start:])
    return pieces


_LABEL_STARTS = {"rel", "mus", "dir", "wri", "pro", "gen", "sty", "add"}
_LEVELS = ("silver", "gold", "platinum", "diamond")


def _may_be_label(line: str) -> bool:
    """Cheap and never wrong when it says no: a label line starts with one of the labels' first letters.
    (A page of 100,000 short lines must not cost 100,000 calls of each line pattern.)"""
    return line.lstrip()[:3].casefold() in _LABEL_STARTS


def _may_be_certification(line: str) -> bool:
    folded = line.casefold()
    return "in" in folded and any(level in folded for level in _LEVELS)


def _quote_source(lead: str) -> str | None:
    flat = squash(lead)
    for keyword, pattern in _SOURCES:
        match = pattern.search(flat) if keyword in flat else None
        if not match:
            continue
        groups = match.groupdict()
        if groups.get("show"):
            return f"{squash(groups['show'])} ({groups['platform']})"
        source = squash(groups.get("source") or "")
        if source and fold(source) not in NOT_NAMES:
            return source
    return None


def _unique_intros(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[str, frozenset[str]]] = set()
    out = []
    for row in rows:
        key = (fold(row["introducer"]), frozenset(fold(p) for p in row["introduced"]))
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def _valid(model: type[Any], rows: list[dict[str, Any]], state: _State, what: str) -> list[Any]:
    """Each row as ``model``; a row the model rejects becomes a warning at its line, and the rest still import."""
    out = []
    for row in rows:
        try:
            out.append(model.model_validate(row))
        except ValidationError as error:
            source = row.get("source") or row.get("provenance")
            line = source.line if isinstance(source, Source) and source.line else 1
            problems = "; ".join(f"{field_path(e['loc'])}: {e['msg']}" for e in error.errors(include_url=False))
            state.warn(line, f"{what} not imported: {problems}")
    return out


def parse_story_page(text: str, source: str, known: Mapping[str, KnownPerson] | None = None) -> PageResult:
    """Read one page. ``source`` names it in provenance (a file name or URL); ``known`` maps folded
    spellings (names and aliases) to people already in the graph. Never raises."""
    if len(source.strip()) > MAX_SOURCE_CHARS:
        message = f"the page's name (its source) has {len(source.strip())} characters; at most {MAX_SOURCE_CHARS}"
        return PageResult(source, None, (), (PageIssue(1, message),))
    try:
        parser = _Parser(text, source, known or {})
        if not parser.heading():
            return PageResult(source, None, tuple(parser.state.warnings), tuple(parser.errors))
        parser.labels_and_name_lines()
        parser.certifications()
        parser.chart_peaks()
        parser.band()
        parser.album_kind()
        parser.genres_from_prose()
        parser.music_video()
        parser.quotes()
        parser.leftovers()
        document = parser.document()
        return PageResult(source, document, tuple(parser.state.warnings), tuple(parser.errors))
    except Exception as error:  # the contract is "never raises": a bug here must still be a located message
        return PageResult(source, None, (), (PageIssue(1, f"parser bug, please report: {error!r}"),))


def mentioned_names(result: PageResult) -> set[str]:
    """Every spelling of a person the parsed document uses, to look up in the graph before resolving."""
    doc = result.document
    if doc is None:
        return set()
    names = {*doc.artists, *doc.featured_artists, *doc.writers, *doc.producers}
    if doc.album is not None:
        names.update(doc.album.artists)
    if doc.music_video is not None:
        names.update(doc.music_video.directors)
        names.update(member.person for member in doc.music_video.cast)
    for intro in doc.introductions:
        names.update([intro.introducer, *intro.introduced])
    names.update(quote.speaker for quote in doc.quotes)
    for person in doc.people:
        names.update([person.name, *person.members])
    return names
