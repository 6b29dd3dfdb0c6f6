"""Regular expressions that run in time linear in the text they read, for everything the page parser
applies to a page: Google's RE2 (the ``google-re2`` package) matches without backtracking, so no page,
however hostile, makes a pattern slow. Python's ``re`` can take time growing with the square of the input
(or worse) on patterns such as a name of capitalised words followed by a verb.

RE2 reads Python's syntax except look-around assertions and backreferences, and its ``\\s``, ``\\w`` and
``\\d`` are ASCII only. ``compile`` gives those escapes the Unicode meaning they have in Python's ``re``,
so a pattern matches what it matched there. ``\\b`` stays ASCII (RE2 has no other); a rule that needs
the Unicode boundary spells it as a consumed character class (``pagetext.NAME_START``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from re2 import _re2  # type: ignore[import-untyped]  # google-re2 ships no type information

# The package's extension module, used directly: its Python layer converts offsets from the start of
# the text on every call (quadratic when matching at many positions) and has no group names in start().
_UNANCHORED = _re2.RE2.Anchor.UNANCHORED
_ANCHOR_START = _re2.RE2.Anchor.ANCHOR_START

# Python's \s on str: the characters str.isspace() accepts.
_SPACES = (
    r"\t\n\x{0b}\x{0c}\r\x{1c}-\x{1f} \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}"
)
# Python's \w on str: letters, digits and numerals (str.isalnum()), and the underscore.
_WORDS = r"\p{L}\p{N}_"
_DIGITS = r"\p{Nd}"
_INSIDE = {"s": _SPACES, "w": _WORDS, "d": _DIGITS}
_OUTSIDE = {
    "s": f"[{_SPACES}]",
    "S": f"[^{_SPACES}]",
    "w": f"[{_WORDS}]",
    "W": f"[^{_WORDS}]",
    "d": _DIGITS,
    "D": r"\P{Nd}",
}


def _unicode_classes(pattern: str) -> str:
    """``pattern`` with \\s \\S \\w \\W \\d \\D written as the Unicode classes Python's ``re`` means by them."""
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            escaped = pattern[index + 1]
            if in_class and escaped in _INSIDE:
                out.append(_INSIDE[escaped])
            elif in_class and escaped in "SWD":
                raise ValueError(f"\\{escaped} inside a character class has no RE2 equivalent: {pattern!r}")
            elif not in_class and escaped in _OUTSIDE:
                out.append(_OUTSIDE[escaped])
            else:
                out.append(pattern[index : index + 2])
            index += 2
            continue
        if char == "[" and not in_class:
            in_class = True
            out.append(char)
            # A ] (or ^]) right after [ is a literal member, not the end of the class.
            if pattern[index + 1 : index + 2] == "^":
                out.append("^")
                index += 1
            if pattern[index + 1 : index + 2] == "]":
                out.append("\\]")
                index += 1
        elif char == "]" and in_class:
            in_class = False
            out.append(char)
        else:
            out.append(char)
        index += 1
    return "".join(out)


class Encoded:
    """A text as RE2 reads it (UTF-8), encoded once, with conversions between character and byte offsets
    that cost the distance from the last one asked for, so that matching at many increasing positions
    of one text stays linear (the package's own ``match(text, pos)`` re-encodes and re-counts from the
    start on every call)."""

    __slots__ = ("_byte", "_char", "ascii", "data", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # A lone surrogate (which UTF-8 cannot hold) reads as "?", one character for one.
        self.data = text.encode("utf-8", "replace")
        self.ascii = len(self.data) == len(text)
        self._char = 0  # the last offset converted, in characters and in bytes
        self._byte = 0

    def to_byte(self, char: int) -> int:
        if self.ascii:
            return char
        if char >= self._char:
            self._byte += _re2.CharLenToBytes(self.data, self._byte, char - self._char)
        else:
            self._byte = _re2.CharLenToBytes(self.data, 0, char)
        self._char = char
        return self._byte

    def to_char(self, byte: int) -> int:
        if byte >= self._byte:
            self._char += _re2.BytesToCharLen(self.data, self._byte, byte)
        else:
            self._char -= _re2.BytesToCharLen(self.data, byte, self._byte)
        self._byte = byte
        return self._char

    def char_spans(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Byte spans as character spans (an unmatched group stays (-1, -1))."""
        if self.ascii:
            return spans
        # In order of offset, so that each conversion goes on from the one before.
        chars = {offset: self.to_char(offset) for offset in sorted({o for span in spans for o in span if o >= 0})}
        chars[-1] = -1
        return [(chars[start], chars[end]) for start, end in spans]


Subject = str | Encoded


class Match:
    """One match: the ``re.Match`` methods the parser uses, by group number or name."""

    __slots__ = ("_names", "_spans", "_text")

    def __init__(self, text: str, spans: list[tuple[int, int]], names: dict[str, int]) -> None:
        self._text = text
        self._spans = spans
        self._names = names

    def _span(self, group: str | int) -> tuple[int, int]:
        return self._spans[self._names[group] if isinstance(group, str) else group]

    def group(self, group: str | int = 0) -> str | Any:
        start, end = self._span(group)
        return None if start < 0 else self._text[start:end]

    def groupdict(self) -> dict[str, str | Any]:
        return {name: self.group(index) for name, index in self._names.items()}

    def start(self, group: str | int = 0) -> int:
        return self._span(group)[0]

    def end(self, group: str | int = 0) -> int:
        return self._span(group)[1]


class Pattern:
    """A compiled RE2 pattern with the ``re.Pattern`` methods the parser uses."""

    __slots__ = ("_names", "_regexp", "source")

    def __init__(self, source: str, ignore_case: bool = False) -> None:
        self.source = source
        options = _re2.RE2.Options()
        options.case_sensitive = not ignore_case
        options.log_errors = False
        self._regexp = _re2.RE2(_unicode_classes(source).encode("utf-8"), options)
        if not self._regexp.ok():
            raise ValueError(f"{source!r}: {self._regexp.error()}")
        self._names: dict[str, int] = {name.decode(): index for name, index in self._regexp.NamedCapturingGroups()}

    def _first(self, anchor: Any, subject: Subject, pos: int) -> Match | None:
        # The parser matches at every mention of a page: a failed match (the common case) costs one call.
        encoded = subject if isinstance(subject, Encoded) else Encoded(subject)
        pos = min(max(pos, 0), len(encoded.text))
        data = encoded.data
        spans = self._regexp.Match(anchor, data, pos if encoded.ascii else encoded.to_byte(pos), len(data))
        if spans[0][0] < 0:
            return None
        return Match(encoded.text, encoded.char_spans(spans), self._names)

    def _start(self, subject: Subject, pos: int) -> tuple[Encoded, int]:
        encoded = subject if isinstance(subject, Encoded) else Encoded(subject)
        return encoded, encoded.to_byte(min(max(pos, 0), len(encoded.text)))

    def search(self, text: Subject, pos: int = 0) -> Match | None:
        return self._first(_UNANCHORED, text, pos)

    def match(self, text: Subject, pos: int = 0) -> Match | None:
        return self._first(_ANCHOR_START, text, pos)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where each match is, as ``finditer`` finds them, without a Match object each (a page's tokens)."""
        encoded = Encoded(text)
        data, size, at = encoded.data, len(encoded.data), 0
        regexp_match = self._regexp.Match
        found: list[tuple[int, int]] = []
        while at <= size:
            start, end = regexp_match(_UNANCHORED, data, at, size)[0]
            if start < 0:
                break
            found.append((start, end))
            if end == at:  # an empty match: step over one character
                at += _re2.CharLenToBytes(data, at, 1) if at < size else 1
            else:
                at = end
        return found if encoded.ascii else encoded.char_spans(found)

    def finditer(self, text: Subject) -> Iterator[Match]:
        encoded, at = self._start(text, 0)
        data = encoded.data
        while at <= len(data):
            spans = self._regexp.Match(_UNANCHORED, data, at, len(data))
            if spans[0][0] < 0:
                return
            yield Match(encoded.text, encoded.char_spans(spans), self._names)
            end = spans[0][1]
            if end == at:  # an empty match: step over one character
                at += _re2.CharLenToBytes(data, at, 1) if at < len(data) else 1
            else:
                at = end

    def findall(self, text: str) -> list[str]:
        """The text of group 1 (the whole match when there is no group) of each match."""
        group = 1 if self._regexp.NumberOfCapturingGroups() else 0
        return [match.group(group) for match in self.finditer(text)]

    def split(self, text: str) -> list[str]:
        """``text`` cut at each match (the pattern has no groups, so nothing else is kept)."""
        pieces: list[str] = []
        end = 0
        for match in self.finditer(text):
            pieces.append(text[end : match.start()])
            end = match.end()
        pieces.append(text[end:])
        return pieces

    def sub(self, replacement: str, text: str) -> str:
        """``text`` with each match replaced by the literal ``replacement``."""
        return replacement.join(self.split(text))


def compile(pattern: str, ignore_case: bool = False) -> Pattern:
    return Pattern(pattern, ignore_case)
