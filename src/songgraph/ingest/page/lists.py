"""The page's lists: certifications (one line per level) and chart peaks (entries separated by " - ")."""

from __future__ import annotations

from typing import Any

from songgraph.ingest import linear
from songgraph.ingest.page.facts import valid
from songgraph.ingest.page.layout import Line
from songgraph.ingest.page.reading import Reading
from songgraph.ingest.pagetext import (
    COUNTRIES,
    NOISE,
    certifying_body,
    country_name,
    known_country,
    split_chart,
    split_names,
    squash,
)
from songgraph.models import CertificationEntry, CertificationLevel, ChartPeakEntry
from songgraph.text import fold

CERTIFICATION = linear.compile(
    r"^[-*\s]*(?:(?P<mult>\d{1,3})\s*[x\x{00d7}]\s*|(?P<word>double|triple|quadruple|quintuple|sextuple)[\s-]+)?"
    r"(?P<level>Silver|Gold|Platinum|Diamond)\s+in\s+(?P<places>.+?)\.?$",
    ignore_case=True,
)
_CHART_LINE = linear.compile(r"^[-*\s]*#\d")
# The " - " between two chart entries, and the "#" and digit of the entry after it; or a " - " with a space
# each side before an entry of other words ("- reached the top 10 on the UK Indie chart"), which ends the
# entry before it though it holds no position of its own.
_CHART_SEPARATOR = linear.compile(r"(?:^|\s)-\s*(?P<entry>#\d)|\s-\s+(?P<other>\S)")
# A position: "#5", or in words among the "#" entries ("No. 5", "Number 11").
_NUMBER_SIGN = r"(?:#|(?i:no\.|no|number|nr\.?)\s*)"
_POSITIONS = linear.compile(
    rf"^{_NUMBER_SIGN}(?P<first>\d+)(?P<more>(?:\s*(?:&|,|and)\s*{_NUMBER_SIGN}\d+)*)\s*(?P<rest>.*)$"
)
_MORE_POSITIONS = linear.compile(rf"{_NUMBER_SIGN}(\d+)")
_SEVERAL_CHARTS = linear.compile(r"^(?:on|in|across)\s+(?:\w+\s+)?charts\s+in\s+(?P<place>.+)$", ignore_case=True)
_IN_PLACE = linear.compile(r"^in\s+(?P<place>.+)$", ignore_case=True)
_ON_CHART = linear.compile(r"^on\s+(?:the\s+)?(?P<chart>.+)$", ignore_case=True)
_LEVELS = ("silver", "gold", "platinum", "diamond")
# "Triple platinum in Spain": a multiplier in words.
_TIMES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5, "sextuple": 6}
# "the UK (BPI)": the certifying body in brackets after the place.
_BODY_AFTER = linear.compile(r"^(?P<place>.*?)\s*\((?P<body>[^()]{1,40})\)$")


# A full stop or colon that ends the places' sentence, before another ("(SNEP). Peaks: number 1 ...").
_SENTENCE_STOP = linear.compile(r"[.:]\s+\p{Lu}")


def _may_be_certification(line: str) -> bool:
    folded = line.casefold()
    return "in" in folded and any(level in folded for level in _LEVELS)


def read_certifications(r: Reading) -> None:
    seen: dict[str, int] = {}
    rows: list[dict[str, Any]] = []
    for line in r.page.lines:
        if line.number in r.page.used or len(line.text) > 300 or not _may_be_certification(line.text):
            continue
        match = CERTIFICATION.match(line.text.strip())
        if not match:
            continue
        r.page.used.add(line.number)
        for level, multiplier, place in _certified_places(match):
            country = _certified_place(r, place, line)
            if not country:
                continue
            if fold(country) in seen:
                first = seen[fold(country)]
                r.warn(line.number, f"a second certification for {country} (first on line {first}) is ignored")
                continue
            seen[fold(country)] = line.number
            rows.append(
                {
                    "country": country,
                    "level": level,
                    "multiplier": multiplier,
                    "source": r.people.source(line.number, line.raw.strip(" -\u2013\u2014")),
                }
            )
    r.facts.certifications = valid(CertificationEntry, rows, r.people.warnings, "certification")


def _level(match: linear.Match) -> tuple[CertificationLevel, int]:
    word = match.group("word")
    multiplier = _TIMES[word.lower()] if word else int(match.group("mult") or 1)
    return CertificationLevel(match.group("level").upper()), multiplier


def _certified_places(match: linear.Match) -> list[tuple[CertificationLevel, int, str]]:
    """Each place of a certification line with its level. A line of prose ("Platinum in Vietnam, Gold in France
    (SNEP). Peaks: ...") ends its places at its first sentence, and a place led by a level of its own is
    certified at that level."""
    places = match.group("places")
    stop = _SENTENCE_STOP.search(places)
    if stop:
        places = places[: stop.start()]
    level, multiplier = _level(match)
    found: list[tuple[CertificationLevel, int, str]] = []
    for place in _places(places):
        joined = CERTIFICATION.match(place) if any(name in place.casefold() for name in _LEVELS) else None
        if joined:
            level, multiplier = _level(joined)
            found.extend((level, multiplier, more) for more in split_names(joined.group("places")))
        else:
            found.append((level, multiplier, place))
    return found


def _places(text: str) -> list[str]:
    """The places of a certification line as a list splits them, a country whose own name holds "and" ("Trinidad
    and Tobago") kept whole."""
    places = split_names(text)
    if " and " not in text:
        return places
    joined: list[str] = []
    for place in places:
        if joined and fold(f"{joined[-1]} and {place}") in COUNTRIES and f"{joined[-1]} and {place}" in squash(text):
            joined[-1] = f"{joined[-1]} and {place}"
        else:
            joined.append(place)
    return joined


def _certified_place(r: Reading, place: str, line: Line) -> str | None:
    """The country of one place of a certification line; a body in brackets must be that country's."""
    # "Gold in France and in Switzerland": the preposition said again before the next place.
    if place[:3].casefold() == "in ":
        place = place[3:].lstrip()
    # A clause of prose after the places ("..., because of all our people in Germany") names no country.
    if place[:1].islower() and place[:4].casefold() != "the ":
        r.warn(line.number, f"no country in the certification '{place[:60]}'")
        return None
    bracketed = _BODY_AFTER.match(place) if place.endswith(")") else None
    if bracketed is None:
        return country_name(place) or None
    body = certifying_body(bracketed.group("body"))
    named = country_name(bracketed.group("place")) if bracketed.group("place") else None
    if body is None:
        if named:
            return named
        r.warn(line.number, f"no country in the certification '{place[:60]}'")
        return None
    if named and fold(named) != fold(body):
        r.warn(line.number, f"the certification '{place[:60]}' names {named} and a body of {body}: left out")
        return None
    return body


def read_chart_peaks(r: Reading) -> None:
    rows: list[dict[str, Any]] = []
    for line in r.page.lines:
        if "#" not in line.text or not _CHART_LINE.match(line.text) or line.number in r.page.used:
            continue
        r.page.used.add(line.number)
        for entry in _chart_entries(line.text.strip()):
            entry = entry.strip(" -*")
            if entry:
                rows.extend(_chart_entry(r, entry, line))
    r.facts.chart_peaks = valid(ChartPeakEntry, rows, r.people.warnings, "chart peak")


def _chart_entries(line: str) -> list[str]:
    """A chart line cut at each " - " that starts another "#N" entry."""
    pieces: list[str] = []
    start = 0
    for separator in _CHART_SEPARATOR.finditer(line):
        entry_at = separator.start("entry") if separator.group("entry") else separator.start("other")
        pieces.append(line[start : separator.start()])
        start = entry_at
    pieces.append(line[start:])
    return pieces


def _chart_entry(r: Reading, entry: str, line: Line) -> list[dict[str, Any]]:
    match = _POSITIONS.match(entry)
    if not match:
        r.warn(line.number, f"cannot read the chart entry '{entry[:60]}'")
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
        name, _, place = on.group("chart").rpartition(" in ")
        country = known_country(place) if name else None
        if country:
            # "on the TurnTable Top 100 in Nigeria": the chart, then its country
            named, chart = split_chart(name)
            chart = chart if named and fold(named) == fold(country) else squash(name)
        else:
            country, chart = split_chart(on.group("chart"))
    if not country:
        r.warn(line.number, f"no country in the chart entry '{entry[:60]}'")
        return []
    source = r.people.source(line.number, entry)
    return [{"country": country, "chart": chart, "position": p, "source": source} for p in positions]
