"""The wording rules of story pages (pure): typographic normalisation, dates, countries and chart names,
names and name lists, and sentences around a match. ``songgraph.ingest.page`` applies them to a page's layout.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from functools import cached_property

from songgraph.ingest import linear
from songgraph.text import TYPOGRAPHIC, fold

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
# The months' full names, as a regular expression's alternatives.
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# How many people a word counts ("three", "a trio", "a pair"): a band's line-up or a part played by several
GROUP_SIZES = {
    **{word: number for number, word in enumerate(str.split("zero one two three four five six seven eight nine ten"))},
    **{"pair": 2, "duo": 2, "trio": 3, "quartet": 4, "quintet": 5},
}
# Names that tell when, not which event or place ("a party after Christmas", "her last shift before Easter"), folded
WHEN_NAMES = frozenset(
    str.split(
        "christmas xmas easter advent lent ramadan eid diwali hanukkah passover thanksgiving halloween midsummer "
        "hogmanay whitsun pentecost new year year's"
    )
    + MONTH_NAMES.lower().split("|")
    + WEEKDAY_NAMES.lower().split("|")
)
MONTH = rf"(?:{MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
# Whole words only: parse_date checks the boundaries itself (RE2's \b would not see "٢٠١٦" as a word).
_DATE = linear.compile(
    rf"(?:(?P<d1>{DAY})\s+(?:of\s+)?(?P<m1>{MONTH}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{MONTH})\s+(?P<d2>{DAY}),?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))",
    ignore_case=True,
)

# A capitalised name of one to five words ("Phil Pinto", "Jacob Kashner Hindlin", "Anna de Vries").
# A period only inside a word or after an initial ("J.R.", "A. Lee"), so "Pinto. The" is not one name.
# An initial is always followed by a space and the next word (RE2 has no look-ahead to say "followed by a
# capital"); a name the old look-ahead let end on an initial (a fifth word, "A. B. C. D. E." before "Fox")
# now ends on that letter, which canonical() and split_names() read the same after stripping the period.
# A word may carry combining marks ("Ìfẹ́olúwa": e, dot below, then a combining acute), which \w does not match.
_FULL_WORD = r"\p{Lu}[\w\p{M}'-]*(?:\.\w[\w\p{M}'-]*)*"
_PARTICLE = r"(?:de|van|von|der|da|del|la|le|di|du|i)"
# ("Ulises Montaño de la Cruz", "Anna van der Berg": a particle may be two words, "de la", "van der"; "Jordi
# Ballester i Roca": the Catalan "i" joining two surnames)
NAME = rf"(?:\p{{Lu}}\.\s|{_FULL_WORD}\s(?:{_PARTICLE}\s(?:{_PARTICLE}\s)?)?){{0,4}}{_FULL_WORD}"
NAMES = rf"{NAME}(?:(?:,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*){NAME})*"
# What may come before a name that starts a match: the start of the text or a character that is not part
# of a word (Python's Unicode \b, consumed because RE2's \b is ASCII), nor a quote: a quoted capitalised
# phrase is a title. A pattern starting with it reads the name's position from the name's group.
NAME_START = r"(?:^|[^'\"\w])"
WORD_START = r"(?:^|\W)"
WORD_END = r"(?:\W|$)"
_LIST_SPLIT = linear.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*")
# Words that start a sentence and so look like the first word of a name.
_NOT_NAME_START = {"when", "then", "and", "but", "so", "after", "before", "while", "as", "in", "the", "his", "her"}
NOT_NAMES = {"i", "we", "he", "she", "they", "it", "you", "this", "that", "there", "us", "me", "him", "them"}

NOISE = linear.compile(r"\[[^\]]*\]")
_NOT_A_NAME = linear.compile(r"[.!?:;\"#]\s|[\"#]|[.!?]$")
_THE = linear.compile(r"^the\s+", ignore_case=True)
# Where a sentence ends (the next one starts at the quote or capital after the spaces), and a sentence
# end before a space or the end of the text.
# ("Huw counted twelve.) The week ...": a sentence may end inside brackets that close after its stop)
_SENTENCE_BREAK = linear.compile(r"[.!?][\"')]?\s+[\"'\p{Lu}]")
_SENTENCE_STOP = linear.compile(r"[.!?][\"']?(?:\s|$)")
# An excerpt reaches at most this far from its match: a page that is one endless sentence must not make
# every fact in it carry (and the parser copy) the whole page.
EXCERPT_REACH = 500

_ABBREVIATIONS = {
    "us": "United States",
    "usa": "United States",
    "uk": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "america": "United States",
    "uae": "United Arab Emirates",
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
    "Scotland",
    "Scottish",
    "Germany",
    "German",
    # (the two German states of 1949-1990, whose charts pages of the time name: "the West German Singles Chart")
    "West Germany",
    "West German",
    "East Germany",
    "East German",
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
    "Korea",
    "Korean",
    "South Korea",
    "South Korean",
    "Brazil",
    "Brazilian",
    "Mexico",
    "Mexican",
    "Philippines",
    "Philippine",
    "Argentina",
    "India",
    "Indonesia",
    "Vietnam",
    "Switzerland",
    "Swiss",
    "Austria",
    "Austrian",
    "Belgium",
    "Belgian",
    "Denmark",
    "Danish",
    "Finland",
    "Finnish",
    "Poland",
    "Polish",
    "Portugal",
    "Portuguese",
    "Nigeria",
    "Nigerian",
    "South Africa",
    "South African",
    "Colombia",
    "Colombian",
    # ("the Czech Radio Top 100", "the Croatian HR Top 40": central Europe's and the Balkans' charts by their country)
    "Czech Republic",
    "Czech",
    "Slovakia",
    "Slovak",
    "Hungary",
    "Hungarian",
    "Croatia",
    "Croatian",
    "Slovenia",
    "Slovenian",
    "Serbia",
    "Serbian",
    "Romania",
    "Romanian",
    "Bulgaria",
    "Bulgarian",
    "Greece",
    "Greek",
    # ("the Hong Kong Chinese Top 10": the place, then the chart, whose "Chinese" tells its language, not a country)
    "Hong Kong",
    "Taiwan",
    "Singapore",
    "Malaysia",
    "China",
    "Thailand",
    # ("the Icelandic Tónlistinn chart", "the Turkish Radio Top 20": more countries whose charts lead with them)
    "Iceland",
    "Icelandic",
    "Estonia",
    "Estonian",
    "Latvia",
    "Latvian",
    "Lithuania",
    "Lithuanian",
    "Luxembourg",
    "Turkey",
    "Turkish",
    "Israel",
    "Israeli",
    "Ukraine",
    "Ukrainian",
    "Russia",
    "Russian",
    "Chile",
    "Chilean",
    "Peru",
    "Peruvian",
    "Venezuela",
    "Venezuelan",
    "Ecuador",
    "Ecuadorian",
    "Uruguay",
    "Uruguayan",
    "Argentine",
    "Argentinian",
    "Taiwanese",
    "Thai",
    "Vietnamese",
    "Indonesian",
    "Malaysian",
    "Singaporean",
    "Filipino",
    "Indian",
    "Pakistan",
    "Pakistani",
    "Egypt",
    "Egyptian",
    "Morocco",
    "Moroccan",
    "Kenya",
    "Kenyan",
    "Ghana",
    "Ghanaian",
    "Lebanon",
    "Lebanese",
]
# Who may own a chart in the possessive: "Canada's Hot 100", "Billboard's Hot Country Songs".
_CHART_OWNERS = frozenset({*(c.lower() for c in _CHART_COUNTRIES), "billboard"})
_CHART_COUNTRIES_LONGEST_FIRST = sorted(_CHART_COUNTRIES, key=len, reverse=True)
# Billboard charts of no one country ("Billboard Global 200"); its "World" charts ("World Digital Song Sales",
# "World Albums") are of world music in the United States, unless a count follows ("World 100" ranks the world).
_WORLDWIDE = {"global", "worldwide", "international"}
_DEMONYMS = {
    "canadian": "Canada",
    "australian": "Australia",
    "irish": "Ireland",
    "scottish": "Scotland",
    "german": "Germany",
    "west german": "West Germany",
    "east german": "East Germany",
    "french": "France",
    "japanese": "Japan",
    "swedish": "Sweden",
    "norwegian": "Norway",
    "dutch": "Netherlands",
    "italian": "Italy",
    "spanish": "Spain",
    "korean": "South Korea",
    "korea": "South Korea",
    "south korean": "South Korea",
    "brazilian": "Brazil",
    "mexican": "Mexico",
    "philippine": "Philippines",
    "swiss": "Switzerland",
    "austrian": "Austria",
    "belgian": "Belgium",
    "danish": "Denmark",
    "finnish": "Finland",
    "polish": "Poland",
    "portuguese": "Portugal",
    "nigerian": "Nigeria",
    "south african": "South Africa",
    "colombian": "Colombia",
    "czech": "Czech Republic",
    "slovak": "Slovakia",
    "hungarian": "Hungary",
    "croatian": "Croatia",
    "slovenian": "Slovenia",
    "serbian": "Serbia",
    "romanian": "Romania",
    "bulgarian": "Bulgaria",
    "greek": "Greece",
    "icelandic": "Iceland",
    "estonian": "Estonia",
    "latvian": "Latvia",
    "lithuanian": "Lithuania",
    "turkish": "Turkey",
    "israeli": "Israel",
    "ukrainian": "Ukraine",
    "russian": "Russia",
    "chilean": "Chile",
    "peruvian": "Peru",
    "venezuelan": "Venezuela",
    "ecuadorian": "Ecuador",
    "uruguayan": "Uruguay",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "taiwanese": "Taiwan",
    "thai": "Thailand",
    "vietnamese": "Vietnam",
    "indonesian": "Indonesia",
    "malaysian": "Malaysia",
    "singaporean": "Singapore",
    "filipino": "Philippines",
    "indian": "India",
    "pakistani": "Pakistan",
    "egyptian": "Egypt",
    "moroccan": "Morocco",
    "kenyan": "Kenya",
    "ghanaian": "Ghana",
    "lebanese": "Lebanon",
}
# Chart publishers whose name starts their charts' names, each the country it charts ("ARIA Singles Chart",
# "Oricon Singles Chart", "TurnTable Top 100"): the chart keeps its whole name, as Billboard's do.
_CHART_PUBLISHERS = {
    "aria": "Australia",
    "oricon": "Japan",
    "circle": "South Korea",
    "gaon": "South Korea",
    "melon": "South Korea",
    "turntable": "Nigeria",
    "ultratop": "Belgium",
    "fimi": "Italy",
    "snep": "France",
    "rmnz": "New Zealand",
    "irma": "Ireland",
    "promusicae": "Spain",
    "sverigetopplistan": "Sweden",
    "hitlisten": "Denmark",
    "vg-lista": "Norway",
    "monitor latino": "Mexico",
    "amprofon": "Mexico",
}

_CHART_ITSELF = frozenset({"vg-lista", "sverigetopplistan", "hitlisten", "ultratop"})

# The bodies that certify record sales, each the country its certifications are for (a page may name the
# body instead of the country: "certified gold by the RIAA", "Silver in the UK (BPI)"). Folded keys.
_CERTIFYING_BODIES = {
    "riaa": "United States",
    "bpi": "United Kingdom",
    "music canada": "Canada",
    "cria": "Canada",
    "aria": "Australia",
    "rmnz": "New Zealand",
    "recorded music nz": "New Zealand",
    "bvmi": "Germany",
    "snep": "France",
    "fimi": "Italy",
    "promusicae": "Spain",
    "amprofon": "Mexico",
    "ifpi switzerland": "Switzerland",
    "ifpi austria": "Austria",
    "ifpi danmark": "Denmark",
    "ifpi denmark": "Denmark",
    "ifpi norway": "Norway",
    "ifpi norge": "Norway",
    "ifpi sweden": "Sweden",
    "glf": "Sweden",
    "ifpi greece": "Greece",
    "ifpi hong kong": "Hong Kong",
    "irma": "Ireland",
    "nvpi": "Netherlands",
    "bea": "Belgium",
    "ultratop": "Belgium",
    "riaj": "Japan",
    "imi": "India",
    "indian music industry": "India",
    "pro-musica brasil": "Brazil",
    "pmb": "Brazil",
    "afp": "Portugal",
    "zpav": "Poland",
    "capif": "Argentina",
    "musiikkituottajat": "Finland",
    "kmca": "South Korea",
    "rias": "Singapore",
    "ifpi czech republic": "Czech Republic",
    "mahasz": "Hungary",
    "tcsn": "Nigeria",
}
CERTIFYING_BODIES = {fold(body): country for body, country in _CERTIFYING_BODIES.items()}
# Countries a page names for a certification or chart peak in running prose, where a capitalised word
# after "in" may as well be a month or a city: only these are read as the place.
COUNTRIES = {
    fold(name): name
    for name in (
        "United States",
        "United Kingdom",
        "Canada",
        "Australia",
        "New Zealand",
        "Ireland",
        "Germany",
        "Austria",
        "Switzerland",
        "France",
        "Belgium",
        "Netherlands",
        "Luxembourg",
        "Italy",
        "Spain",
        "Portugal",
        "Greece",
        "Sweden",
        "Norway",
        "Denmark",
        "Finland",
        "Iceland",
        "Poland",
        "Czech Republic",
        "Slovakia",
        "Hungary",
        "Romania",
        "Bulgaria",
        "Croatia",
        "Slovenia",
        "Serbia",
        "Estonia",
        "Latvia",
        "Lithuania",
        "Ukraine",
        "Russia",
        "Turkey",
        "Israel",
        "Lebanon",
        "Egypt",
        "United Arab Emirates",
        "Saudi Arabia",
        "Qatar",
        "Morocco",
        "Nigeria",
        "Ghana",
        "Kenya",
        "South Africa",
        "Senegal",
        "Ivory Coast",
        "Cameroon",
        "Tanzania",
        "Uganda",
        "Japan",
        "South Korea",
        "China",
        "Taiwan",
        "Hong Kong",
        "Singapore",
        "Malaysia",
        "Indonesia",
        "Philippines",
        "Thailand",
        "Vietnam",
        "India",
        "Pakistan",
        "Bangladesh",
        "Sri Lanka",
        "Mexico",
        "Guatemala",
        "Costa Rica",
        "Panama",
        "Cuba",
        "Puerto Rico",
        "Dominican Republic",
        "Jamaica",
        "Trinidad and Tobago",
        "Antigua and Barbuda",
        "Bosnia and Herzegovina",
        "Colombia",
        "Venezuela",
        "Ecuador",
        "Peru",
        "Bolivia",
        "Chile",
        "Argentina",
        "Uruguay",
        "Paraguay",
        "Brazil",
        "Scotland",
        "Wales",
        "England",
    )
}

# The first-level parts of a few countries, as written after a town ("Clarksdale, Mississippi", "Moncton, New
# Brunswick"): a place that a comma sets after another is then the same place, told more closely.
REGIONS = frozenset(
    fold(name)
    for name in (
        "Alabama",
        "Alaska",
        "Arizona",
        "Arkansas",
        "California",
        "Colorado",
        "Connecticut",
        "Delaware",
        "Florida",
        "Georgia",
        "Hawaii",
        "Idaho",
        "Illinois",
        "Indiana",
        "Iowa",
        "Kansas",
        "Kentucky",
        "Louisiana",
        "Maine",
        "Maryland",
        "Massachusetts",
        "Michigan",
        "Minnesota",
        "Mississippi",
        "Missouri",
        "Montana",
        "Nebraska",
        "Nevada",
        "New Hampshire",
        "New Jersey",
        "New Mexico",
        "New York",
        "North Carolina",
        "North Dakota",
        "Ohio",
        "Oklahoma",
        "Oregon",
        "Pennsylvania",
        "Rhode Island",
        "South Carolina",
        "South Dakota",
        "Tennessee",
        "Texas",
        "Utah",
        "Vermont",
        "Virginia",
        "Washington",
        "West Virginia",
        "Wisconsin",
        "Wyoming",
        "Alberta",
        "British Columbia",
        "Manitoba",
        "New Brunswick",
        "Newfoundland",
        "Nova Scotia",
        "Ontario",
        "Quebec",
        "Saskatchewan",
        "New South Wales",
        "Queensland",
        "Tasmania",
        "Victoria",
        "Western Australia",
        "South Australia",
    )
)


def certifying_body(text: str) -> str | None:
    """The country whose certifications the body ``text`` names awards ("the RIAA" -> United States), or None."""
    text = text.strip(" .,;:")
    if text[:4].casefold() == "the ":
        text = text[4:]
    return CERTIFYING_BODIES.get(fold(text))


def known_country(text: str) -> str | None:
    """The country ``text`` names ("the US", "Italy"), or None when it is not one of ``COUNTRIES``."""
    name = country_name(text)
    return COUNTRIES.get(fold(name))


def digits(text: str) -> str:
    return "".join(char for char in text if char.isdecimal())


def squash(text: str) -> str:
    # str.split() cuts at the same whitespace as re's \s+ (str.isspace), in one pass.
    return " ".join(text.split())


def split_names(text: str) -> list[str]:
    parts = _LIST_SPLIT.split(text) if "," in text or "&" in text or "and" in text else [text]
    names = [squash(part).strip(" .;:") for part in parts]
    return [name for name in names if name]


def looks_like_name(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= 6
        and len(text) <= 80
        and not (any(mark in text for mark in '.!?:;"#') and _NOT_A_NAME.search(text))
    )


def trim_name(name: str) -> str:
    """Drops sentence-start words a capitalised-name match swallowed ("When Taylor Swift" -> "Taylor Swift")."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in _NOT_NAME_START:
        words = words[1:]
    return " ".join(words)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _word_bounded(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (which starts and ends with a letter or digit) is a whole word to re's
    Unicode \\b, not only to RE2's ASCII one ("2016" in "2016é" is not)."""
    return not (start and _is_word(text[start - 1])) and not (end < len(text) and _is_word(text[end]))


def parse_date(text: str) -> dt.date | None:
    """The first date written in ``text`` ("24th May 2016", "May 24, 2016", "2016-05-24"); None when none is valid."""
    for match in _DATE.finditer(text):
        if not _word_bounded(text, match.start(), match.end()):
            continue
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
    text = squash(NOISE.sub("", text) if "[" in text else text).strip(" .,;:")
    if text[:3].casefold() == "the":
        text = _THE.sub("", text)
    # Full stops are left out of the key: "U.S.A." is written with and without them, and the strip above
    # has already taken the last one.
    return _ABBREVIATIONS.get(text.lower().replace(".", ""), text)


# Abbreviations before a name whose full stop ends no sentence ("Dr. Ana Ruiz", "the St. Cloud Sentinel").
_NAME_ABBREVIATIONS = frozenset({"dr", "mr", "mrs", "ms", "st", "mt", "ft"})
_WORD_BEFORE = linear.compile(r"(?:^|\W)(\w+)\W+$")


# An exclamation mark inside an outlet's name ("Kerrang! Radio", "Yahoo! Music"): glued to a capitalised word and
# followed by the kind of outlet it is, a word that ends the phrase (no sentence of its own).
_EXCLAIMED_OUTLET = linear.compile(r"(?:^|[\s(])\p{Lu}[\p{L}\p{M}]*$")
_OUTLET_KIND_AFTER = linear.compile(r"^!\s+(?:Radio|Magazine|TV|Music|News|Online|Podcast)(?:\s*[.,;:)?!]|\s*$)")


# ("the Serbian magazine Hello! Srbija.": after the kind of outlet it is, one more capitalised word closing the phrase,
# its edition, is the name's too, as no sentence of one word follows an outlet's kind and name)
_ONE_WORD_AFTER = linear.compile(r"^!\s+\p{Lu}[\p{L}\p{M}]*(?:\s*[.,;:)?]|\s*$)")
_OUTLET_KINDS_BEFORE = frozenset(
    str.split("magazine newspaper paper tabloid weekly daily website site show programme program podcast")
) | {"channel", "station"}


def outlet_kind_after(text: str, before: str = "") -> bool:
    """Whether ``text`` (from an exclamation mark on) goes on with the kind of outlet a name ends with ("! Radio."), or,
    when ``before`` (the word before the name) says the kind, with one word closing the name ("! Srbija.")."""
    return _OUTLET_KIND_AFTER.match(text[:16]) is not None or (
        before.lower() in _OUTLET_KINDS_BEFORE and _ONE_WORD_AFTER.match(text[:40]) is not None
    )


def exclaimed_outlet(text: str, stop: int) -> bool:
    """Whether the exclamation mark at ``stop`` is part of an outlet's name ("told Kerrang! Radio.")."""
    named = _EXCLAIMED_OUTLET.search(text[max(0, stop - 30) : stop])
    if text[stop] != "!" or named is None:
        return False
    before = _WORD_BEFORE.search(text[max(0, stop - 30 - 20) : max(0, stop - 30) + named.start() + 1])
    return outlet_kind_after(text[stop:], before.group(1) if before is not None else "")


def _abbreviated(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation before a name rather than a sentence. "St." after
    a capitalised word is a street's ("on Main St. The band ...") and may end one; after a small word ("the St.
    Cloud Sentinel", "in St. Louis") it is a saint's or a town's, and does not. (Or an exclamation mark inside an
    outlet's name: "Kerrang! Radio".)"""
    if text[stop] == "!":
        return exclaimed_outlet(text, stop)
    if text[stop] != "." or stop == 0 or not text[stop - 1].isalpha():
        return False
    if text[stop - 1].isupper() and (stop == 1 or not text[stop - 2].isalpha()):
        return _initial(text, stop - 1)
    start = stop
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start:stop]
    if word.lower() not in _NAME_ABBREVIATIONS or not word[0].isupper():
        return False
    if start > 0 and text[start - 1] not in " (\"'\n":
        return False
    if word.lower() not in ("st", "mt", "ft"):
        return True
    before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    return before is None or not before.group(1)[0].isupper()


# The particles of a name, lower-case words inside it ("van der Merwe", "Miss de la Fontaine", "O Estado de S. Paulo":
# after one, a capital and a full stop are an initial).
# ("den" of "van den Berg", which mid-sentence must start the name at "van" as "der" of "van der Merwe" does)
NAME_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "da", "del", "la", "le", "di", "du", "do", "dos", "das", "bin", "al", "ap"}
    # (the Dutch "ten" and "ter" of "Maarten ten Brink", "Ans ter Horst")
    | {"ten", "ter"}
    # (the Gaelic "a'" between a patronymic and a surname, "Catriona Nic a' Phì", "Iain Mac a' Phearsain")
    | {"a'", "a\u2019"}
)
_INITIAL_BEFORE = linear.compile(r"(?:^|[\s(])\p{Lu}\.\s+$")
_INITIAL_AFTER = linear.compile(r"^\s+\p{Lu}\.\s")


def _initial(text: str, letter: int) -> bool:
    """Whether a capital letter standing alone before a full stop is an initial inside a name, not a sentence's last
    word: one of two initials ("J. R. Hale"), or one after a name's particle ("O Estado de S. Paulo"); "plan B. The
    band ..." ends a sentence."""
    if _INITIAL_AFTER.search(text[letter + 2 : letter + 6]) or _INITIAL_BEFORE.search(
        text[max(0, letter - 4) : letter]
    ):
        return True
    before = _WORD_BEFORE.search(text[max(0, letter - 12) : letter])
    return before is not None and before.group(1) in NAME_PARTICLES


def first_sentence_end(text: str, pattern: linear.Pattern) -> linear.Match | None:
    """The first match of ``pattern`` (a sentence's end, its full stop first) in ``text`` that is no abbreviation's or
    initial's full stop ("O Estado de S. Paulo", "Dr. Ana Ruiz")."""
    for found in pattern.finditer(text):
        if not _abbreviated(text, found.start()):
            return found
    return None


class Sentences:
    """Where the sentences of one text start and end, found once, so that the sentence around each of
    many matches costs a lookup instead of a scan of the text before it."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _heads(self) -> list[int]:
        # The break's last character is the next sentence's first: where that sentence starts.
        text = self.text
        return [m.end() - 1 for m in _SENTENCE_BREAK.finditer(text) if not _abbreviated(text, m.start())]

    @cached_property
    def _tails(self) -> list[int]:
        text = self.text
        return [m.start() + 1 for m in _SENTENCE_STOP.finditer(text) if not _abbreviated(text, m.start())]

    def spans(self) -> list[tuple[int, int]]:
        """Where each sentence starts and ends."""
        starts = [0, *self._heads]
        return list(zip(starts, [*self._heads, len(self.text)], strict=True))

    def around(self, start: int, end: int) -> str:
        """The sentence around ``start:end`` (at most EXCERPT_REACH characters either side of it)."""
        # A sentence starting at ``start`` itself does not count: its capital is not before the match.
        index = bisect_left(self._heads, start)
        head = self._heads[index - 1] if index else 0
        index = bisect_right(self._tails, end)
        tail = self._tails[index] if index < len(self._tails) else len(self.text)
        head, tail = max(head, start - EXCERPT_REACH), min(tail, end + EXCERPT_REACH)
        return squash(self.text[head:tail].strip(" \"'"))


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around ``start:end``."""
    return Sentences(text).around(start, end)


def looks_like_name_list(text: str) -> bool:
    names = split_names(text)
    return bool(names) and all(looks_like_name(n) and n[:1].isupper() for n in names)


def split_chart(phrase: str) -> tuple[str | None, str | None]:
    """ "US Billboard Hot 100" -> ("United States", "Billboard Hot 100"); the country must lead the chart name,
    except on Billboard's charts, which are the United States' unless a country follows ("Billboard Hot 100",
    "Billboard Canadian Hot 100"); its worldwide ones ("Billboard Global 200") are no country's."""
    phrase = squash(phrase)
    owner, mark, rest = phrase.partition("'s ")
    if mark and owner.lower() in _CHART_OWNERS:
        phrase = f"{owner} {rest}"  # "Canada's Hot 100" is Canada's "Hot 100", "Billboard's Hot 100" Billboard's
    if phrase.endswith(" chart"):  # "the Billboard Pop Airplay chart": the word, not part of the name
        phrase = phrase[: -len(" chart")]
    for country in _CHART_COUNTRIES_LONGEST_FIRST:
        if phrase.lower().startswith(country.lower() + " ") or phrase.lower() == country.lower():
            chart = phrase[len(country) :].strip() or None
            name = _DEMONYMS.get(country.lower(), country)
            return country_name(name), chart
    first_words = phrase.lower().split(" ", 2)
    for words in (" ".join(first_words[:2]), first_words[0]):
        # "VG-lista", "Hitlisten": a publisher whose name is its chart's
        if words in _CHART_PUBLISHERS and (len(phrase) > len(words) or words in _CHART_ITSELF):
            return _CHART_PUBLISHERS[words], phrase
    if phrase.lower().startswith("official "):
        # "Official German Charts": the country after "Official", the chart named whole (as Billboard's are)
        after = phrase[len("official ") :].lower()
        for country in _CHART_COUNTRIES_LONGEST_FIRST:
            if after.startswith(country.lower() + " "):
                return country_name(_DEMONYMS.get(country.lower(), country)), phrase
    if phrase.lower().startswith("billboard "):
        after = phrase[len("billboard ") :]
        first, _, then = after.lower().partition(" ")
        if first in _WORLDWIDE or (first == "world" and then.split(" ", 1)[0].isdigit()):
            return None, None
        for country in _CHART_COUNTRIES_LONGEST_FIRST:  # "Billboard Japan Hot 100", "Billboard Canadian ..."
            if after.lower().startswith(country.lower() + " "):
                named = country_name(_DEMONYMS.get(country.lower(), country))
                if named == "United States":
                    # "Billboard U.S. Afrobeats Songs": Billboard's own country said again, which names no other
                    # chart than "Billboard Afrobeats Songs" (as "US Billboard Hot 100" is "Billboard Hot 100")
                    return named, f"{phrase[: len('billboard ')]}{after[len(country) :].strip()}"
                return named, phrase
        return "United States", phrase
    return None, None
