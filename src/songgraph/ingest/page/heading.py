"""The heading: the title (with featured artists), the artist line and the album line."""

from __future__ import annotations

from songgraph.ingest import linear
from songgraph.ingest.page.clauses import ROLE_NOUNS
from songgraph.ingest.page.facts import AlbumFacts
from songgraph.ingest.page.layout import PageIssue
from songgraph.ingest.page.reading import Reading
from songgraph.ingest.pagetext import NAME, NAME_START, looks_like_name, looks_like_name_list, split_names, squash
from songgraph.models import CreditRole
from songgraph.text import fold

FEATURING = linear.compile(r"\s*[(\[]\s*(?:feat\.?|ft\.?|featuring)\s+(?P<names>[^)\]]+)[)\]]\s*", ignore_case=True)
ALBUM_LINE = linear.compile(r"^Album\s*:?\s+(?P<title>\S.*)$")
# A title the prose quotes, wherever in a paragraph: a band's single with no album and no featured artist
# has only its bare name as a heading, and the story names it in quotes ("Released in 2019, "X" was ...").
_QUOTED_TITLE = linear.compile(r'"([^"\n]{1,150})"')


# The nouns that make a following "A & B" one act's name ("the Bristol duo Fox & Finch").
_ACT_NOUNS = frozenset({"duo", "band", "group", "trio", "act", "pair", "pairing", "partnership"})
# The same noun in an apposition right after the name ("Fox & Finch, the duo of ...", "Fox & Finch (a Bristol
# trio)"): up to two describing words may stand between the article and the noun.
_ACT_AFTER = linear.compile(
    r"\s*[,(]\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(_ACT_NOUNS)) + r")(?:[^\w'\x{2019}-]|$)",
    ignore_case=True,
)
# The sentence after the one that names "A & B" opening on an act's noun ("Fox & Finch have spent years on it.
# The Bristol duo finally ..."): that noun takes up the act just named, so the two are one act. Only the nouns
# of an act: "the pair" or "the partnership" is what two people are called as well.
_ACT_NEXT = linear.compile(
    r"[^.!?]*[.!?]\s+the\s+(?:[\w-]+\s+){0,2}?(?:duo|band|group|trio|act)(?:[^\w'\x{2019}-]|$)",
    ignore_case=True,
)

# The name said to be two people, each told in full after "are" ("Kettle & Pyre are the Kentucky guitarist
# Jesse-Ray Whitlock and the fiddler Noémie Tremblay-Okafor"): the line is an act's name and these its members.
# Two artists named on the line would be told by their own names, not defined as two others.
_DESCRIBED_MEMBER = (
    rf"(?:(?:the|a|an)\s+)?(?:(?:{NAME}\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?:"
    + "|".join(sorted(ROLE_NOUNS))
    + rf")\s+)?(?P<GROUP>{NAME})"
)
_ACT_DEFINED = linear.compile(
    r"\s+(?:are|were)\s+"
    # ("Fox & Finch are a Bristol duo, A and B": the act's noun may come first, its two people in apposition)
    + r"(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(sorted(_ACT_NOUNS))
    + r")\s*(?:,|:|\s-)\s*)?"
    + _DESCRIBED_MEMBER.replace("GROUP", "first")
    # ("Fox & Finch are A, who grew up in Hull, and B": a relative clause set off by commas tells more of the first)
    + r"(?:\s*,\s+(?:who|whose)\s[^,.;:!?()\"]{1,80},)?"
    + r"\s+and\s+"
    + _DESCRIBED_MEMBER.replace("GROUP", "second")
    + r"(?:[^\w'\x{2019}-]|$)"
)

# The next sentence saying of "they" that they are an act, then naming its people after a comma, colon or dash
# ("... are here to educate you. They're a duo, A B on voice and C D on guitar"): without the people after it,
# "they're a duo" is said of two artists as well, as "A & B are a Leeds duo" is.
_THEY_ACT = linear.compile(
    r"[^.!?]*[.!?]\s+they(?:'re|\x{2019}re|\s+are|\s+were)\s+an?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:duo|band|group|trio)\s*(?:,|:|\s[-\x{2013}])\s*(?P<rest>[^.!?]*)",
    ignore_case=True,
)
_FULL_NAME = linear.compile(rf"{NAME_START}(?P<name>{NAME})")
_WORD = linear.compile(r"\w+")


def _full_names(r: Reading) -> list[list[str]]:
    """The words of each name of two or more words on the page's lines (the heading is read before its people are
    known, so the lines themselves are scanned)."""
    return [
        words
        for line in r.page.lines
        for m in _FULL_NAME.finditer(line.text)
        if len(words := m.group("name").split()) > 1
    ]


def _they_are_the_act(r: Reading, text: str, end: int, names: list[str]) -> bool:
    """Whether the sentence after the line (ending at ``end``) says "they" are an act and names at least two
    people after it, none of them a name of the line: each in full, or by the first name of someone the page
    names in full ("They're a duo: Jo sings, Kit Vale plays guitar" of a page naming Jo Marsh)."""
    told = _THEY_ACT.match(text, end)
    if told is None:
        return False
    found = [m.group("name") for m in _FULL_NAME.finditer(told.group("rest"))]
    people = {fold(name) for name in found if " " in name}
    single = {name for name in found if " " not in name}
    if single and len(people) < 2:
        # (a lone capitalised word may be a weekday or a place; only a first name the page gives in full, to one
        # person, counts, and as that person)
        full: dict[str, set[str]] = {}
        for words in _full_names(r):
            full.setdefault(words[0], set()).add(fold(" ".join(words)))
        people |= {next(iter(full[name])) for name in single if len(full.get(name, ())) == 1}
    return len(people) >= 2 and not people & {fold(name) for name in names}


def _defined_as_members(text: str, end: int, names: list[str]) -> bool:
    """Whether the words after the line (ending at ``end``) define it as two people other than its parts."""
    defined = _ACT_DEFINED.match(text, end)
    if defined is None:
        return False
    members = {fold(defined.group("first")), fold(defined.group("second"))}
    return not members & {fold(name) for name in names}


def _surnames_of_two(r: Reading, names: list[str]) -> bool:
    """Whether the two single words of an "A & B" line are the surnames of two different people the page names in
    full ("Kincaid & Ruelas" of a page naming Dolores Kincaid and Jack Ruelas): an act named after its two people, as
    two artists would each go by their own full name."""
    if any(" " in name or not name[:1].isupper() for name in names):
        return False
    owners: list[set[str]] = [set(), set()]
    for words in _full_names(r):
        for index, name in enumerate(names):
            if words[-1] == name:
                owners[index].add(" ".join(words))
    # (a word that is no one's surname may be a one-word artist's own name)
    return all(owners)


def _never_apart(r: Reading, line: str, names: list[str]) -> bool:
    """Whether the two single words of an "A & B" line are named by the prose only together, as the line ("both
    halves of Kestrel & Vine", "Kestrel & Vine play themselves"), while it names people in full otherwise: the name
    of one act. Two artists would each be named on their own somewhere ("Vine's verse")."""
    if any(" " in name or not name[:1].isupper() for name in names):
        return False
    together = 0
    others: set[str] = set()
    for paragraph in r.page.prose():
        parts = paragraph.text.split(line)
        together += len(parts) - 1
        if any(word in names for part in parts for word in _WORD.findall(part)):
            return False
        others |= {m.group("name") for part in parts for m in _FULL_NAME.finditer(part) if " " in m.group("name")}
    # (and the prose names people in full, at least two, as an act's people are: with none, "Lark & Vale recorded
    # it" may as well be two artists who go by one name each)
    return together > 0 and len(others) >= 2


def _artist_names(r: Reading, line: str) -> list[str]:
    """The artist line's names; an "A & B" line stays one name when the prose puts an act's noun right before
    it ("the duo Fox & Finch") or in an apposition right after it ("Fox & Finch, the duo of ..."), or says who
    its two people are ("Fox & Finch are the singer A and the drummer B", or the next sentence: "They're a duo,
    A on voice and B on guitar"), since the page then calls the pair
    one act rather than two artists."""
    names = split_names(line)
    if len(names) < 2 or "," in line or not ("&" in line or " and " in line):
        return names
    # "A & the Bs" is how a singer and their band are named as one act ("Ruby & the Ironweeds"): a second
    # artist would be named by their own name, not with an article.
    if len(names) == 2 and names[1].lower().startswith("the "):
        return [line]
    if len(names) == 2 and (_surnames_of_two(r, names) or _never_apart(r, line, names)):
        return [line]
    for paragraph in r.page.prose():
        position = paragraph.text.find(line)
        while position != -1:
            before = paragraph.text[max(0, position - 30) : position].split()
            if before and before[-1].lower() in _ACT_NOUNS:
                return [line]
            after = _ACT_AFTER.match(paragraph.text, position + len(line))
            if after is not None or _ACT_NEXT.match(paragraph.text, position + len(line)):
                return [line]
            if _defined_as_members(paragraph.text, position + len(line), names) or _they_are_the_act(
                r, paragraph.text, position + len(line), names
            ):
                return [line]
            position = paragraph.text.find(line, position + len(line))
    return names


def read_heading(r: Reading) -> bool:
    """Reads the heading into ``r.facts``; False (with located errors) when the page has no song heading."""
    lines = r.page.lines
    album_at = next(
        (
            i
            for i, line in enumerate(lines)
            if len(line.text) < 150 and line.text.lstrip().startswith("Album") and ALBUM_LINE.match(line.text.strip())
        ),
        None,
    )
    title_at = next(
        (
            i
            for i, line in enumerate(lines[: album_at if album_at is not None else len(lines)])
            if len(line.text) < 200
            and ("(" in line.text or "[" in line.text)
            and FEATURING.search(line.text)
            and not line.text.strip().startswith('"')
        ),
        None,
    )
    if title_at is None and album_at is not None:
        before = [i for i in range(album_at) if lines[i].text.strip()]
        if len(before) >= 2:
            title_at = before[-2]
    if title_at is None:
        quoted = {fold(m) for p in r.page.paragraphs if '"' in p.text for m in _QUOTED_TITLE.findall(p.text)}
        title_at = next(
            (
                i
                for i, line in enumerate(lines)
                if line.text.strip() and len(line.text) <= 150 and '"' not in line.text and fold(line.text) in quoted
            ),
            None,
        )
    if title_at is None:
        r.errors.append(PageIssue(1, "no song title found: expected a heading line such as 'Title (feat. Artist)'"))
        return False
    title_line = lines[title_at]
    r.page.used.add(title_line.number)
    heading = title_line.text.strip()
    featuring = FEATURING.search(heading)
    title = squash(FEATURING.sub(" ", heading)).strip(' "')
    if not title:
        r.errors.append(PageIssue(title_line.number, "the heading holds no title"))
        return False
    r.facts.title = title
    r.facts.source = r.people.source(title_line.number, title_line.raw)
    artist_line = next(
        (line for _, line in r.page.nonblank_after(title_at) if not (album_at is not None and line is lines[album_at])),
        None,
    )
    if (
        artist_line is None
        # A line of several acts may hold more words than one name does ("A B & C D de la E").
        or not (looks_like_name(artist_line.text.strip()) or looks_like_name_list(artist_line.text.strip()))
        or ALBUM_LINE.match(artist_line.text.strip())
    ):
        r.errors.append(PageIssue(title_line.number + 1, "no artist line after the title"))
        return False
    r.page.used.add(artist_line.number)
    artists = [r.people.canonical(n) for n in _artist_names(r, artist_line.text.strip())]
    r.facts.artists = artists
    for name in artists:
        r.people.credit(CreditRole.ARTIST, name, artist_line.number, artist_line.raw)
    if featuring:
        featured = [r.people.canonical(n) for n in split_names(featuring.group("names"))]
        r.facts.featured_artists = featured
        for name in featured:
            r.people.credit(CreditRole.FEATURED_ARTIST, name, title_line.number, title_line.raw)
    if album_at is not None:
        line = lines[album_at]
        r.page.used.add(line.number)
        match = ALBUM_LINE.match(line.text.strip())
        assert match is not None
        r.facts.album = AlbumFacts(title=match.group("title").strip(' "'), artists=list(artists))
    return True
