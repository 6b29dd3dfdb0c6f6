"""The wording rules of story pages (pure): typographic normalisation, dates, countries and chart names,
names and name lists, and sentences around a match. ``songgraph.ingest.page`` applies them to a page's layout.
"""

from __future__ import annotations

import datetime as dt
import re

from songgraph.text import TYPOGRAPHIC

# One-to-one replacements, so offsets in the normalised text are offsets in the original line too.
NORMALISE = str.maketrans({**TYPOGRAPHIC, "\u2212": "-", "\u2022": "-", "\t": " "})

MONTHS = {
    name: index + 1
    for index, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_DATE = re.compile(
    rf"\b(?:(?P<d1>{DAY})\s+(?:of\s+)?(?P<m1>{MONTH}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{MONTH})\s+(?P<d2>{DAY}),?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))\b",
    re.IGNORECASE,
)

# A capitalised name of one to five words ("Phil Pinto", "Jacob Kashner Hindlin", "Anna de Vries").
# A period only inside a word or after an initial ("J.R.", "A. Lee"), so "Pinto. The" is not one name.
_WORD = r"(?:[A-Z]\.(?=\s[A-Z])|[A-Z](?:[\w'-]|\.(?=\w))*)"
NAME = rf"{_WORD}(?:\s(?:(?:de|van|von|der|da|del|la|le|di|du)\s)?{_WORD}){{0,4}}"
NAMES = rf"{NAME}(?:(?:,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*){NAME})*"
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*")
# Words that start a sentence and so look like the first word of a name.
_NOT_NAME_START = {"when", "then", "and", "but", "so", "after", "before", "while", "as", "in", "the", "his", "her"}
NOT_NAMES = {"i", "we", "he", "she", "they", "it", "you", "this", "that", "there", "us", "me", "him", "them"}

NOISE = re.compile(r"\[[^\]]*\]")

_ABBREVIATIONS = {
    "us": "United States",
    "usa": "United States",
    "u.s.": "United States",
    "u.s.a.": "United States",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "america": "United States",
}
# Chart names that start with a country ("the US Billboard Hot 100"): enough to split country and chart.
_CHART_COUNTRIES = [
    "United States",
    "United Kingdom",
    "US",
    "USA",
    "UK",
    "U.S.",
    "U.K.",
    "Canada",
    "Canadian",
    "Australia",
    "Australian",
    "Ireland",
    "Irish",
    "Germany",
    "German",
    "France",
    "French",
    "Japan",
    "Japanese",
    "New Zealand",
    "Sweden",
    "Swedish",
    "Norway",
    "Norwegian",
    "Netherlands",
    "Dutch",
    "Italy",
    "Italian",
    "Spain",
    "Spanish",
]
_DEMONYMS = {
    "canadian": "Canada",
    "australian": "Australia",
    "irish": "Ireland",
    "german": "Germany",
    "french": "France",
    "japanese": "Japan",
    "swedish": "Sweden",
    "norwegian": "Norway",
    "dutch": "Netherlands",
    "italian": "Italy",
    "spanish": "Spain",
}


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def split_names(text: str) -> list[str]:
    names = [squash(part).strip(" .;:") for part in _LIST_SPLIT.split(text)]
    return [name for name in names if name]


def looks_like_name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 6 and len(text) <= 80 and not re.search(r"[.!?:;\"#]\s|[\"#]|[.!?]$", text)


def trim_name(name: str) -> str:
    """Drops sentence-start words a capitalised-name match swallowed ("When Taylor Swift" -> "Taylor Swift")."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in _NOT_NAME_START:
        words = words[1:]
    return " ".join(words)


def parse_date(text: str) -> dt.date | None:
    """The first date written in ``text`` ("24th May 2016", "May 24, 2016", "2016-05-24"); None when none is valid."""
    for match in _DATE.finditer(text):
        groups = match.groupdict()
        try:
            if groups["y3"]:
                return dt.date(int(groups["y3"]), int(groups["m3"]), int(groups["d3"]))
            day = groups["d1"] or groups["d2"]
            month = groups["m1"] or groups["m2"]
            year = groups["y1"] or groups["y2"]
            return dt.date(int(year), MONTHS[month.lower().rstrip(".")], int(digits(day)))
        except (ValueError, KeyError):
            continue
    return None


def country_name(text: str) -> str:
    """A country as the data files write it: "the UK" -> "United Kingdom", "the Netherlands" -> "Netherlands"."""
    text = squash(NOISE.sub("", text)).strip(" .,;:")
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    return _ABBREVIATIONS.get(text.lower(), text)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around ``start:end``."""
    head = max((m.end() for m in re.finditer(r"[.!?][\"']?\s+(?=[\"'A-Z])", text[:start])), default=0)
    tail_match = re.search(r"[.!?](?=[\"']?(?:\s|$))", text[end:])
    tail = end + tail_match.end() if tail_match else len(text)
    return squash(text[head:tail].strip(" \"'"))


def looks_like_name_list(text: str) -> bool:
    names = split_names(text)
    return bool(names) and all(looks_like_name(n) and n[:1].isupper() for n in names)


def split_chart(phrase: str) -> tuple[str | None, str | None]:
    """ "US Billboard Hot 100" -> ("United States", "Billboard Hot 100"); the country must lead the chart name."""
    phrase = squash(phrase)
    for country in sorted(_CHART_COUNTRIES, key=len, reverse=True):
        if phrase.lower().startswith(country.lower() + " ") or phrase.lower() == country.lower():
            chart = phrase[len(country) :].strip() or None
            name = _DEMONYMS.get(country.lower(), country)
            return country_name(name), chart
    return None, None
