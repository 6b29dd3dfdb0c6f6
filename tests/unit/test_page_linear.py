"""The story-page parser runs in time linear in the page, whatever the page holds.

Two guarantees that stay true when someone adds a rule: every pattern the parser applies to a page is
an RE2 pattern (``songgraph.ingest.linear``, no backtracking) and the parser's modules cannot reach
Python's ``re``; and the work the parser does, counted as function calls (deterministic, unlike wall
time), grows in proportion to the page on hostile shapes of prose. Hostile pages still parse to the
facts they hold (usually none beyond the heading).
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any

import pytest

from songgraph.ingest import linear, page, pagetext
from songgraph.ingest.page import MAX_PAGE_CHARS, parse_story_page

FRAME = "Some Song (feat. Bea Bell)\n\nAnn Arbour\n\nAlbum Things We Kept\n\n"
# Every module of the page package, so that a rule in a new module is checked too.
PARSER_MODULES = [
    *(importlib.import_module(f"{page.__name__}.{info.name}") for info in pkgutil.iter_modules(page.__path__)),
    pagetext,
]


def _patterns(value: object) -> Iterator[object]:
    """``value``, or what a list, tuple or dict of module-level patterns holds."""
    if isinstance(value, (list, tuple)):
        for item in value:
            yield from _patterns(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _patterns(item)
    else:
        yield value


def _compiled(module: ModuleType) -> list[tuple[str, object]]:
    found = []
    for name, value in vars(module).items():
        for item in _patterns(value):
            if isinstance(item, (linear.Pattern, re.Pattern)) or type(item).__module__.startswith(("re", "regex")):
                found.append((name, item))
    return found


@pytest.mark.parametrize("module", PARSER_MODULES, ids=lambda m: m.__name__)
def test_every_pattern_of_the_parser_is_an_re2_pattern(module: ModuleType) -> None:
    compiled = _compiled(module)
    if module is pagetext:
        assert len(compiled) >= 5, "the parser's patterns were not found: has the module changed shape?"
    backtracking = [name for name, item in compiled if not isinstance(item, linear.Pattern)]
    assert backtracking == [], f"{module.__name__}: compile these with songgraph.ingest.linear: {backtracking}"


@pytest.mark.parametrize("module", [*PARSER_MODULES, linear], ids=lambda m: m.__name__)
def test_the_parser_modules_cannot_use_a_backtracking_engine(module: ModuleType) -> None:
    """Also catches a pattern compiled inside a function (re.search(...) in a rule)."""
    assert module.__file__ is not None
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert imported.isdisjoint({"re", "regex", "fnmatch"}), imported


def test_python_escapes_keep_their_unicode_meaning() -> None:
    space = linear.compile(r"^\s$")
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000 and chr(c).isspace()]
    assert all(space.match(char) for char in spaces)
    assert not space.match("a") and not space.match("\u200b")  # a zero-width space is not a space to re
    word = linear.compile(r"[\w'-]+")
    for text in ["Zoë", "Ünal", "Ōtani", "Шостакович", "李白", "x_y", "٢٠١٦", "O'Neil-Ray"]:
        found = word.search(text)
        assert found is not None and found.group() == text == re.search(r"[\w'-]+", text).group()  # type: ignore[union-attr]
    assert linear.compile(r"\d+").findall("24 ٢٤ x") == ["24", "٢٤"]
    assert linear.compile(r"\S+").findall("a\u3000b") == ["a", "b"]


def test_offsets_are_characters_on_text_with_multibyte_letters() -> None:
    text = "Zoë Ünal said it; then Åsa Öberg explained why, and 李白 told Émile."
    pattern = linear.compile(r"(?P<name>[A-ZÅÖÜÉ]\w*(?: [A-ZÅÖÜÉ]\w*)?) (?:said|explained|told)")
    ours = [(m.start("name"), m.end(), m.group("name")) for m in pattern.finditer(text)]
    theirs = [(m.start("name"), m.end(), m.group("name")) for m in re.finditer(pattern.source, text)]
    assert ours == theirs and len(ours) == 2
    encoded = linear.Encoded(text)
    at = text.index("Åsa")
    match = pattern.match(encoded, at)
    assert match is not None and match.group("name") == "Åsa Öberg" and match.start() == at
    # Asked for an earlier position after a later one, the offsets are still right.
    again = pattern.match(encoded, 0)
    assert again is not None and again.group("name") == "Zoë Ünal"


def test_a_page_with_a_lone_surrogate_still_parses() -> None:
    result = parse_story_page(FRAME + "Ann Arbour said \ud800 it twice.\n", "surrogate")
    assert result.errors == () and result.document is not None
    assert result.document.artists == ["Ann Arbour"]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


# Prose that looks like the start of a name, a list, a cast or a quote, and never finishes one.
HOSTILE = {
    "initials": "A.",
    "spaced initials": "A. ",
    "hyphens": "A-",
    "capitals": "A ",
    "commas": "A, ",
    "ands": "A and ",
    "capitalised words": "Abc Def ",
    "one letter": "a",
    "short lines": "A\n",
    "short paragraphs": "A\n\n",
    "unclosed quote": '"Ann bell ',
    "brackets": "([",
    "speaking": "Speaking to ",
    "numbers": "1,2,3,",
}
CONTEXTS: dict[str, Callable[[str], str]] = {
    "prose": lambda body: FRAME + body + "\n",
    "video": lambda body: FRAME + "The video features " + body + "\n",
    "lead-in": lambda body: FRAME + body + ':\n\n"We met on a ferry."\n',
    "quote": lambda body: FRAME + 'Ann Arbour said:\n\n"' + body + '"\n',
}


def _heading_only(text: str) -> None:
    result = parse_story_page(text, "hostile")
    assert result.errors == () and result.document is not None
    doc = result.document
    assert (doc.title, doc.artists, doc.featured_artists) == ("Some Song", ["Ann Arbour"], ["Bea Bell"])
    assert doc.music_video is None and doc.introductions == [] and doc.certifications == []
    assert doc.chart_peaks == [] and doc.writers == [] and doc.release_date is None
    assert not any("parser bug" in w.message for w in result.warnings)


@pytest.mark.parametrize("shape", sorted(HOSTILE))
def test_a_hostile_page_of_the_largest_size_parses_to_its_heading(shape: str) -> None:
    for context in ("prose", "video"):
        body = _repeat(HOSTILE[shape], MAX_PAGE_CHARS - len(CONTEXTS[context]("")))
        _heading_only(CONTEXTS[context](body))


def test_a_cast_without_end_gives_each_member_a_bounded_role() -> None:
    text = FRAME + "The video features " + _repeat("Ann Arbour as a sailor ", 50_000) + "\n"
    result = parse_story_page(text, "cast")
    # Nothing separates the items (no comma, "and" or full stop): the first member would play the rest
    # of the line, longer than a role may be (MAX_ROLE), so no member is read.
    assert result.errors == () and result.document is not None and result.document.music_video is None
    listed = FRAME + "The video features " + ", ".join(["Ann Arbour as a sailor"] * 2_000) + ".\n"
    members = parse_story_page(listed, "cast").document.music_video.cast  # type: ignore[union-attr]
    # (the same member told 2,000 times is one member)
    assert [(m.person, m.role) for m in members] == [("Ann Arbour", "a sailor")]


def _calls(text: str) -> int:
    """How many Python and C functions one parse of ``text`` calls: a deterministic measure of its work."""
    count = 0

    def profile(_frame: FrameType, event: str, _arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        parse_story_page(text, "counted")
    finally:
        sys.setprofile(None)
    return count


GROWTH_SHAPES = {
    **HOSTILE,
    "cast list": "Ann Arbour as a sailor, ",
    "cast without end": "Ann as Bo ",
    "introductions": "Ann introduced Bo to Cy ",
    "pronoun introductions": "Cy introduced him to Bea ",
    "band introductions": "his band introduced them to him ",
    "shared parts": "Ann and Bea play a priest and a nun and ",
    "both as": "both singers as a nun, ",
    "verb-first attributions": '"Hi," says Bell. ',
    "joined speakers": "Bell told Arbour and Arbour said ",
    "quotes in a paragraph": 'Ann said: "Hi" ',
    "cast as a child": "Ann as a child, played by Bo ",
    "put in touch": "Cy put Ann in touch with Bo together ",
    "directors": "directed by Abe Cole. ",
    "distinct names": None,
    "quotes": 'Ann Arbour said:\n\n"Hi."\n\n',
    "chart line": "- #1 in Iceland ",
    "introduced there": "Bo heard Cy at a fair at a barn at a dance. Ann introduced them there. ",
    "introduction made by": "Ann had been introduced to Bo at a fair. The introduction was made by Cy Dorn. ",
    "did it at": "The man who introduced them, Cy Dorn, had played, and he did it at a fair ",
    "other words for the video": "The visual was shot at a lake by director Abe Cole. It premiered on 2 May 2020. ",
    "headline leads": 'Ann to Radio Nord: "It took a year." ',
    "quotes over a blank line": '"It took\n\na year." ',
    "done with": "she recorded it with Cy Dorn and ",
    "directs it": "The video came out in May. Abe Cole directs it. Its director, Abe Cole, said ",
    "cleft dates": "It was Abe Cole who directed the video, and it was on 2 May 2020 that it was released. ",
    "happened at": "Ann and Bo met. Cy Dorn introduced them. It happened at a fair at a barn. ",
    "answered meeting": "How did Ann and Bo meet? Cy Dorn made the introduction (over a dinner at a barn, in 2019). ",
    "bound pronouns": "Cy knew him from school, but Bo introduced him to Ann at a fair, ",
    "told by": "The story below is told by its co-writer, Cy Dorn. I am in it too, as a porter, ",
    "shared surnames": "Ann and Bo Dorn share the part of a ghost, ",
    "platform sources": "In a video on the Tapes channel on YouTube, Ann explained it to Salt & Pepper, ",
    "hosted programmes": "Ann told Radio Nord 3FM's Bo Lund on the radio show Small Hours with Cy Dorn and ",
    "directed then released": "Directed by Abe Cole and released on 2 May 2020 and shot by Bo with Cy Dorn directing, ",
    "participle places": "Cy appears as a groom left standing at the altar at a fair at the barn and ",
    "stranded to": "Cy Dorn, whom she had been introduced to by Eda Fenn at a fair, whom Ann was introduced to by ",
    "small roles": "Ann is the host, Cy has a small role as a man, Bo is the waitress, ",
    "duo and own": "the duo Fox & Finch introduced them at her own party, the duo Fox & ",
}


def _distinct_names(size: int) -> str:
    return "".join(f"Zed{i:05d} Quill{i:05d} directed by Abe{i:05d} Cole. " for i in range(size // 40 + 1))[:size]


@pytest.mark.parametrize("shape", sorted(GROWTH_SHAPES))
@pytest.mark.parametrize("context", sorted(CONTEXTS))
def test_the_parsers_work_grows_in_proportion_to_the_page(shape: str, context: str) -> None:
    """Four times the page, at most about four times the calls (a quadratic rule would make it 16)."""
    unit = GROWTH_SHAPES[shape]

    def page_of(size: int) -> str:
        return CONTEXTS[context](_distinct_names(size) if unit is None else _repeat(unit, size))

    small, large = _calls(page_of(3_000)), _calls(page_of(12_000))
    assert large <= 5 * small, f"{shape} in {context}: {small} calls for 3,000 characters, {large} for 12,000"


def test_a_page_named_longer_than_provenance_allows_is_an_error_not_a_parser_bug() -> None:
    result = parse_story_page(FRAME + "Ann Arbour said hello.\n", "https://example.org/" + "p" * 300)
    assert result.document is None
    assert [e.message for e in result.errors] == ["the page's name (its source) has 320 characters; at most 200"]
