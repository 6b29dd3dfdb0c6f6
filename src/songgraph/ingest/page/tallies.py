"""Certifications and chart peaks told in the prose rather than in the page's lists.

"It was certified double platinum by the RIAA and gold in Canada", "The BPI certified the single silver",
"it peaked at No. 3 in Ireland", "in the US it stalled at 57 on the Billboard Hot 100". Each level or peak
is read where it stands in its sentence, with the place written right after it (a country, a certifying
body, or a chart); a peak with no place after it takes the one chart the sentence named before it ("debuted
at number five on the UK Singles Chart and peaked at number two"). What the lists already hold is not
repeated; a prose fact that disagrees with them, a sentence about an album, or words inside a quote are
left out (the first two with a warning).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from songgraph.ingest import linear
from songgraph.ingest.page.facts import valid
from songgraph.ingest.page.layout import Paragraph
from songgraph.ingest.page.reading import Reading
from songgraph.ingest.pagetext import EXCERPT_REACH, certifying_body, known_country, split_chart, split_names
from songgraph.models import CertificationEntry, CertificationLevel, ChartPeakEntry
from songgraph.text import fold

# How far before a level or a peak its sentence is read for what it needs ("certified", the chart named
# before): a sentence may be a whole page long, and each of thousands of levels must not read all of it.
_REACH = 300
_LEVEL = linear.compile(r"(?i:silver|gold|platinum|diamond)")
# A multiplier just before the level: "2x", "2 times", "double", "three-times", "4 times".
_MULTIPLIER = linear.compile(
    r"(?i:(?P<digits>\d{1,2})\s*(?:[x\x{00d7}]|[- ]times)|(?P<word>double|triple|quadruple|quintuple|sextuple)"
    r"|(?P<count>two|three|four|five|six|seven|eight|nine|ten)[- ]times)[- ]?\s*$"
)
_COUNTS = {
    "double": 2,
    "triple": 3,
    "quadruple": 4,
    "quintuple": 5,
    "sextuple": 6,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
# A capitalised name of up to four words ("Music Canada", "IFPI Switzerland", "the US").
_PROPER = r"(?:the\s+)?\p{Lu}[\w.&'-]*(?:\s+\p{Lu}[\w.&'-]*){0,3}"
# ("gold in the US and in Canada": the preposition may be said again before each)
_PLACES = rf"{_PROPER}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:in\s+)?{_PROPER})*"
# A body by its full name and abbreviation: "the Recording Industry Association of America (RIAA)".
_BODY = rf"{_PROPER}(?:\s+(?:of|for)\s+{_PROPER})?(?:\s*\(\s*(?P<abbreviation>[\w&.-]{{2,12}})\s*\))?"
_CERTIFIED_WHERE = linear.compile(
    rf"\s+(?:(?P<noun>(?i:status|certification|certificate|disc))\s+)?"
    # "certified platinum for streaming by the RIAJ": what was counted, between the level and the body
    r"(?:for\s+(?:streaming|streams|downloads|digital\s+downloads|sales|shipments)\s+)?"
    rf"(?:(?:by|from)\s+(?P<body>{_BODY})|in\s+(?:both\s+)?(?P<places>{_PLACES}))"
)
# "went Platinum in Ireland and Silver in the UK": the capitalised level after a place is the next level, not
# another place of this one.
_NEXT_LEVEL = linear.compile(
    r"(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:(?i:double|triple|quadruple|quintuple|sextuple)[\s-]+)?"
    r"(?i:silver|gold|platinum|diamond)\b"
)
# "In the UK it went silver": a country told at the start of the sentence, about the song.
_FRONTED_PLACE = linear.compile(
    rf"^\W*(?i:in)\s+(?P<place>{_PROPER})\s*,?\s+(?:it|the\s+(?:song|single|track)|\"[^\"]{{1,150}}\")\s"
)
# "The BPI certified the single silver": the body before the verb, the level after the song.
_BODY_CERTIFIED = linear.compile(
    rf"(?P<body>{_PROPER})\s+(?:has\s+|had\s+|then\s+|later\s+)?certified\s+(?:[\w\"'-]+\s+){{0,4}}$"
)
# "..., and in Poland it went gold": a country told at the start of the level's own clause.
_CLAUSE_PLACE = linear.compile(
    rf"(?:;|\b(?:and|but|while|whereas))\s+(?i:in)\s+(?P<place>{_PROPER})\s*,?\s+(?:it|the\s+(?:song|single|track))\s+"
    r"(?:went|has\s+gone|had\s+gone|turned|was\s+certified|is\s+certified|has\s+been\s+certified)\s+$"
)
# "Music Canada gave it a gold plaque": a body awarding the level, and the award after it.
_BODY_GAVE = linear.compile(
    rf"(?P<body>{_PROPER})\s+(?:gave|awarded|handed|presented)\s+(?:it|the\s+(?:song|single|track)|\"[^\"]{{1,150}}\")\s+"
    r"(?:a|an)\s+$"
)
_AWARD = linear.compile(r"\s+(?i:plaque|disc|record|certification|certificate|award)\b")
# "went gold in the US and platinum in Canada": a level joined to the one before it.
_JOINED_LEVEL = linear.compile(r"^[^.;:!?]{0,80}?(?:,|\band)\s+$")
_WENT = linear.compile(r"(?i:\b(?:went|gone|goes|going|go|turned)\s+)$")
# "earned a gold certification from the BPI", "received platinum status in Canada"
_EARNED = linear.compile(
    r"(?i:\b(?:earned|earning|received|receiving|achieved|achieving|awarded|won|attained|gained|got)\s+"
    r"(?:(?:a|an|its|the|their|her|his)\s+)?)$"
)

_PEAK = linear.compile(
    r"(?i:\b(?:peaked|peaking|peaks|stalled|topped\s+out|maxed\s+out)\s+(?:at|on)|\ba\s+peak\s+(?:position\s+)?of)"
    r"\s+(?i:no\.?\s*|number\s+|#\s*)?(?P<position>\d{1,3}\b|(?i:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b)"
)
# A peak told by the climb to it: "reached number two on", "climbed to No. 4", "crossed over to number 38",
# "spent three weeks at number one on" (the position's word is needed: "reached 10 million streams" is none)
_REACHED = linear.compile(
    r"(?i:\b(?:reached|reaching|climbed\s+to|climbing\s+to|rose\s+to|rising\s+to|crossed\s+over\s+to|made\s+it\s+to|"
    r"(?:got|climbed|rose|went)\s+as\s+high\s+as|got\s+to|spent\s+(?:\w+\s+){1,2}(?:weeks?|months?)\s+at))"
    r"\s+(?i:no\.?\s*|number\s+|#\s*)(?P<position>\d{1,3}\b|(?i:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b)"
)
# A peak at the top told without "peak": "hit No. 1 in Ghana", "debuted at number one on the X",
# "topped the UK Singles Chart", "topped the charts in Kenya".
_AT_THE_TOP = linear.compile(
    r"(?i:\b(?:reached|reaching|hit|hitting|went\s+to|climbed\s+to|rose\s+to|shot\s+to|debuted\s+at|entered\s+at)"
    r"\s+(?:no\.?\s*|number\s+|#\s*)(?:1|one)\b|\b(?:reached|hit|took|claimed)\s+the\s+top\s+(?:spot|position)"
    # "debuted at the top of the Circle Digital Chart": the chart follows "of" (read by _TOP_OF_WHERE)
    r"|\b(?:debuted|debuting|entered|landed|arrived|went\s+straight\s+in)\s+at\s+the\s+top\s+of)"
)
# A second peak joined to the first: "peaked at No. 3 in Ireland and (at) No. 9 in the UK".
_AND_PEAK = linear.compile(
    r"\s*,?\s+(?:and\s+)?(?i:at\s+)?(?i:no\.?\s*|number\s+|#\s*)(?P<position>\d{1,3}\b|(?i:one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b)"
)
# "went on to top the Irish Singles Chart" (not "failed to top", "hoped to top")
_TOPPED = linear.compile(
    rf"\b(?i:topped|topping|(?:went|go|going|would\s+go)\s+on\s+to\s+top)\s+(?:the\s+)?(?:(?i:charts?)\s+in\s+(?P<place>{_PROPER})"
    r"|(?P<chart>[\p{Lu}\d][\w&/.'-]*(?:\s+[\p{Lu}\d][\w&/.'-]*){0,5}))"
)
_POSITION_WORDS = {
    word: number
    for number, word in enumerate(
        [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ],
        start=1,
    )
}
# The chart or the country right after a position: "on the UK Singles Chart", "in Ireland".
_CHART_NAME = r"(?:the\s+)?[\p{Lu}\d][\w&/.'-]*(?:\s+[\p{Lu}\d][\w&/.'-]*){0,5}"
_WHERE = linear.compile(
    rf"\s+(?:on\s+(?P<chart>{_CHART_NAME})(?:\s+chart)?(?:\s+in\s+(?P<chart_place>{_PROPER}))?"
    rf"|in\s+(?P<place>{_PROPER}))"
)
_TOP_OF_WHERE = linear.compile(
    rf"\s+(?P<chart>{_CHART_NAME})(?:\s+chart)?(?:\s+in\s+(?P<chart_place>{_PROPER}))?|\s+(?P<place>\b\B)"
)  # (the place group never matches: it keeps the shape of _WHERE)
# A chart or country named anywhere in a sentence, for a peak with no place of its own.
_NAMED_WHERE = linear.compile(rf"\b(?:on\s+(?P<chart>{_CHART_NAME})|(?i:in)\s+(?P<place>{_PROPER}))")
# What a chart's name holds after its country: "Singles Chart", "Hot 100", "Top 40", "Airplay", "Hitlisten"
_CHART_WORD = linear.compile(r"(?i:chart|top|hot|singles|albums|airplay|hits|list|countdown|\d)")
_ALBUM = linear.compile(r"(?i:\b(?:album|EP|mixtape)\b)")
# Another's recording of the song: a cover, or a version, rendition or remake someone owns ("whose 1996 version", "her
# disco rendition"), not the song's own edits ("the single version")
_OTHER_RECORDING = linear.compile(
    r"(?i:\bcover(?:ed|s)?\b|\b(?:whose|his|her|their|[a-z]+'s)\s+(?:[\w-]+\s+){0,2}(?:version|rendition|remake)s?\b)"
)
# "the lead single from her third album": the album only places the song, the sentence stays about the song
_SINGLE_FROM = linear.compile(
    r"(?i:\b(?:lead|first|second|third|fourth|final|latest|new|debut|next)\s+(?:single|track|cut)\s+(?:from|off)\s+"
    r"(?:(?:the|her|his|their|its|[a-z]+'s)\s+)?(?:(?:first|second|third|fourth|fifth|debut|new|latest|sophomore|"
    r"forthcoming|upcoming)\s+)?(?:studio\s+)?(?:album|EP|mixtape)\b)"
)


def _chart_of(chart: str | None, place: str | None) -> tuple[str | None, str | None]:
    """(country, chart) a place or chart phrase names; (None, None) when it names no known one."""
    if chart:
        chart = chart.strip(" .,;:")
        if chart[:4].casefold() == "the ":
            chart = chart[4:]
        country, name = split_chart(chart)
        stated = known_country(place) if place else None
        if stated and not (country and fold(country) == fold(stated)):
            return stated, chart  # "on the TurnTable Top 100 in Nigeria": the country the sentence states
        return country, name
    if place:
        return known_country(place), None
    return None, None


class _Quoted:
    """Whether an offset of a paragraph is inside a quotation (an odd number of quote marks before it)."""

    def __init__(self, text: str) -> None:
        self.marks = [i for i, char in enumerate(text) if char == '"']

    def inside(self, offset: int) -> bool:
        return bisect_left(self.marks, offset) % 2 == 1


def read_prose_tallies(r: Reading) -> None:
    certifications: list[dict[str, Any]] = []
    peaks: list[dict[str, Any]] = []
    for paragraph in r.page.prose():
        folded = paragraph.text.casefold()
        has_level = any(level in folded for level in ("silver", "gold", "platinum", "diamond"))
        has_peak = any(
            word in folded
            for word in (
                "peak",
                "number",
                "no.",
                "#",
                "stalled",
                "topp",
                "on to top",
                "top of",
                "top spot",
                "top position",
                "maxed out",
                "number one",
                "no. 1",
                "no.1",
                "#1",
            )
        )
        if not (has_level or has_peak):
            continue
        quoted = _Quoted(paragraph.text)
        for start, end in paragraph.sentences.spans():
            sentence = paragraph.text[start:end]
            if has_level:
                certifications.extend(_certifications(r, paragraph, quoted, start, sentence))
            if has_peak:
                peaks.extend(_peaks(r, paragraph, quoted, start, sentence))
    _merge_certifications(r, certifications)
    _merge_peaks(r, peaks)


def _excerpt(sentence: str, at: int) -> str:
    return sentence[max(0, at - EXCERPT_REACH) : at + EXCERPT_REACH]


def _about_album(r: Reading, paragraph: Paragraph, start: int, sentence: str, what: str) -> bool:
    if _OTHER_RECORDING.search(sentence) is not None:
        # "covered forty times, most memorably by X, whose 1996 version went to number one": another's record of
        # the song, whose chart run and sales are not the song's own
        r.warn(paragraph.line_at(start), f"a {what} in a sentence about a cover is left out: '{sentence[:60]}'")
        return True
    if _ALBUM.search(sentence) is None:
        return False
    placed = any(word in sentence for word in ("single", "track", "cut"))
    if placed and not _ALBUM.search(_SINGLE_FROM.sub("", sentence)):
        return False
    r.warn(paragraph.line_at(start), f"a {what} in a sentence about an album is left out: '{sentence[:60]}'")
    return True


def _certifications(
    r: Reading, paragraph: Paragraph, quoted: _Quoted, start: int, sentence: str
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    warned = False
    fronted: str | None = None  # the country the sentence starts with ("In the UK it ..."); "" for none
    encoded = linear.Encoded(sentence)  # matched at many positions
    accepted_end = -1  # where the last level read (and its place) ends
    for level in _LEVEL.finditer(encoded):
        at = level.start()
        if (at and (sentence[at - 1].isalnum())) or (level.end() < len(sentence) and sentence[level.end()].isalnum()):
            continue  # part of a longer word ("Goldie", "golden")
        if quoted.inside(start + at):
            continue
        before = sentence[max(0, at - 30) : at]
        multiplier_match = _MULTIPLIER.search(before)
        multiplier = 1
        if multiplier_match:
            groups = multiplier_match.groupdict()
            multiplier = (
                int(groups["digits"]) if groups["digits"] else _COUNTS[(groups["word"] or groups["count"]).lower()]
            )
            lead = sentence[max(0, at - _REACH) : at - (len(before) - multiplier_match.start())]
        else:
            if before.endswith("-"):
                continue  # "multi-platinum": a level with no number
            lead = sentence[max(0, at - _REACH) : at]
        where = _CERTIFIED_WHERE.match(encoded, level.end())
        where_end = where.end() if where else level.end()
        places = where.group("places") if where else None
        next_level = _NEXT_LEVEL.search(places) if places else None
        if where is not None and places and next_level is not None:
            places = places[: next_level.start()]
            where_end = where.start("places") + next_level.start()
        earned = where is not None and where.group("noun") and _EARNED.search(lead[-30:]) is not None
        tail = lead[-80:]
        gave = _BODY_GAVE.search(tail) if _AWARD.match(sentence, level.end()) else None
        level_start = at - (len(before) - multiplier_match.start()) if multiplier_match else at
        joined = (
            where is not None
            and 0 <= accepted_end <= level_start <= accepted_end + 90
            and _JOINED_LEVEL.match(sentence[accepted_end:level_start]) is not None
        )
        if (
            "certif" not in lead.casefold()
            and _WENT.search(lead[-12:]) is None
            and not earned
            and gave is None
            and not joined
        ):
            continue
        countries: list[str] = []
        if gave is not None:
            body = certifying_body(gave.group("body"))
            countries = [body] if body else []
        elif where and where.group("body"):
            abbreviation = where.group("abbreviation")
            body = certifying_body(where.group("body").split("(")[0]) or (
                certifying_body(abbreviation) if abbreviation else None
            )
            countries = [body] if body else []
        elif places:
            countries = [c for c in (known_country(p.removeprefix("in ")) for p in split_names(places)) if c]
        if not countries:  # "certified the single silver in January": the body before the verb, if any
            by = _BODY_CERTIFIED.search(lead) if "certified" in lead else None
            body = certifying_body(by.group("body")) if by else None
            if body is None and where is None and fronted is None:
                found = _FRONTED_PLACE.match(sentence[:_REACH])  # once a sentence, however many levels
                fronted = known_country(found.group("place")) or "" if found else ""
            place = fronted if body is None and where is None else None
            clause = _CLAUSE_PLACE.search(tail) if body is None and where is None and not place else None
            if clause is not None:
                place = known_country(clause.group("place"))
            countries = [body] if body else [place] if place else []
        if not countries:
            continue
        if not warned and _about_album(r, paragraph, start, sentence, "certification"):
            return []
        warned = True
        accepted_end = where_end
        line = paragraph.line_at(start + at)
        for country in countries:
            rows.append(
                {
                    "country": country,
                    "level": CertificationLevel(level.group(0).upper()),
                    "multiplier": multiplier,
                    "source": r.people.source(line, _excerpt(sentence, at)),
                }
            )
    return rows


def _position(written: str) -> int:
    return int(written) if written.isdigit() else _POSITION_WORDS[written.lower()]


def _peaks(r: Reading, paragraph: Paragraph, quoted: _Quoted, start: int, sentence: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    checked = False
    encoded = linear.Encoded(sentence)  # matched at many positions
    tops = [(m, 1) for m in _AT_THE_TOP.finditer(encoded)] if any(w in sentence for w in ("1", "one", "top")) else []
    # a climb is the peak only when the sentence tells no peak of its own ("reached No. 4 before peaking at 2")
    climbed = "peak" not in sentence.casefold() and any(w in sentence for w in ("No", "no", "umber", "#"))
    reached = _REACHED.finditer(encoded) if climbed else ()
    for peak, at_top in [*((m, 0) for m in _PEAK.finditer(encoded)), *((m, 0) for m in reached), *tops]:
        if quoted.inside(start + peak.start()):
            continue
        position, end, chained = at_top or _position(peak.group("position")), peak.end(), False
        # the peak, then any joined to it with a place of their own ("and No. 9 in the UK"), a few at most
        for _ in range(12):
            where = (_TOP_OF_WHERE if not chained and peak.group(0).endswith("of") else _WHERE).match(encoded, end)
            country, chart = (None, None)
            if where:
                country, chart = _chart_of(where.group("chart"), where.group("chart_place") or where.group("place"))
                named = where.group("chart")
                if (
                    country is None
                    and named
                    and "Billboard" in sentence[max(0, where.start() - _REACH) : where.start()]
                ):
                    # "the top spot on Billboard's Adult Alternative Airplay chart and number 57 on the Hot 100"
                    bare = named[4:] if named[:4].casefold() == "the " else named
                    country, chart = _chart_of(f"Billboard {bare}", where.group("chart_place"))
            if country is None and not chained and (where is None or where.group("place")):
                # none, or "in June": the one chart or country the sentence named before
                earlier = sentence[max(0, peak.start() - _REACH) : peak.start()]
                named = {_chart_of(m.group("chart"), m.group("place")) for m in _NAMED_WHERE.finditer(earlier)}
                named.discard((None, None))
                # ("hosted a programme on France Musique ... went to number one": a station, whose name after
                # its country is no chart's; one named away from the position must read as a chart)
                named = {(c, n) for c, n in named if n is None or _CHART_WORD.search(n)}
                country, chart = next(iter(named)) if len(named) == 1 else (None, None)
            if country is None:
                break
            if not checked and _about_album(r, paragraph, start, sentence, "chart peak"):
                return []
            checked = True
            line = paragraph.line_at(start + peak.start())
            source = r.people.source(line, _excerpt(sentence, peak.start()))
            rows.append({"country": country, "chart": chart, "position": position, "source": source})
            joined = _AND_PEAK.match(encoded, where.end()) if where else None
            if joined is None:
                break
            position, end, chained = _position(joined.group("position")), joined.end(), True
    for top in _TOPPED.finditer(encoded) if "topp" in sentence or "on to top" in sentence else ():
        if quoted.inside(start + top.start()):
            continue
        country, chart = _chart_of(top.group("chart"), top.group("place"))
        if country is None:
            continue
        if not checked and _about_album(r, paragraph, start, sentence, "chart peak"):
            return []
        checked = True
        line = paragraph.line_at(start + top.start())
        source = r.people.source(line, _excerpt(sentence, top.start()))
        rows.append({"country": country, "chart": chart, "position": 1, "source": source})
    return rows


def _merge_certifications(r: Reading, rows: list[dict[str, Any]]) -> None:
    held = {fold(c.country): c for c in r.facts.certifications}
    for entry in valid(CertificationEntry, rows, r.people.warnings, "certification"):
        first = held.get(fold(entry.country))
        if first is None:
            held[fold(entry.country)] = entry
            r.facts.certifications.append(entry)
        elif (first.level, first.multiplier) != (entry.level, entry.multiplier):
            line = entry.source.line if entry.source and entry.source.line else 1
            r.warn(line, f"a second certification for {entry.country} (one is already read) is ignored")


def _merge_peaks(r: Reading, rows: list[dict[str, Any]]) -> None:
    held = {(fold(p.country), fold(p.chart or "")): p for p in r.facts.chart_peaks}
    # "number seven in Britain" beside the list's "#7 on the UK Singles Chart": the same peak, its chart unsaid
    charted = {(fold(p.country), p.position) for p in r.facts.chart_peaks if p.chart}
    # and the other way: "number 4 on the Irish Singles Chart" beside the list's "#4 in Ireland" is the
    # list's peak told with its chart's name, not a second one
    placed = {(fold(p.country), p.position) for p in r.facts.chart_peaks if not p.chart}
    for entry in valid(ChartPeakEntry, rows, r.people.warnings, "chart peak"):
        key = (fold(entry.country), fold(entry.chart or ""))
        if (key[0], entry.position) in (placed if entry.chart else charted):
            continue
        if key not in held and entry.chart:
            key = _shortened(key, held) or key
        first = held.get(key)
        if first is None:
            held[key] = entry
            r.facts.chart_peaks.append(entry)
        elif first.position != entry.position:
            line = entry.source.line if entry.source and entry.source.line else 1
            where = entry.country + (f" ({entry.chart})" if entry.chart else "")
            r.warn(line, f"a second peak for {where} (#{first.position} is already read) is ignored")


def _shortened(key: tuple[str, str], held: dict[tuple[str, str], ChartPeakEntry]) -> tuple[str, str] | None:
    """The one chart of the same country already read whose name holds every word of this one's: "the R&B chart"
    (read as "Billboard R&B") beside the list's "Billboard Hot R&B Sides" is the same chart told short, not another
    one; None when no chart, or more than one, holds them all."""
    words = set(key[1].split())
    fitting = [other for other in held if other[0] == key[0] and other[1] and words <= set(other[1].split())]
    return fitting[0] if len(fitting) == 1 else None
