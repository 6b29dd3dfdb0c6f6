"""The page parser never raises: arbitrary text and damaged pages give a document or located errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from songgraph.ingest.page import PageResult, parse_story_page
from tests.conftest import ROOT, SHARED_SEED

PAGES = sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.txt")) + sorted(SHARED_SEED.glob("*.txt"))
LAYOUTS = [path.read_text(encoding="utf-8").splitlines() for path in PAGES]
# Moderate example counts: the suite shares two cores with everything else.
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(result: PageResult, text: str) -> None:
    line_count = max(1, len(text.splitlines()))
    for issue in (*result.errors, *result.warnings):
        assert 1 <= issue.line <= line_count + 1, issue
        assert issue.message and "parser bug" not in issue.message, issue
    if result.document is None:
        assert result.errors, "no document and no error says why"


@FAST
@given(st.text(max_size=400))
def test_arbitrary_text(text: str) -> None:
    check(parse_story_page(text, "fuzz.txt"), text)


# Fragments of the layout mixed with arbitrary words, so the rules' patterns get half-matching input.
FRAGMENTS = st.sampled_from(
    [
        "Album ",
        "(feat. ",
        " & ",
        "Release Date",
        "- #",
        "2x Platinum in ",
        "Diamond in the ",
        "directed by ",
        " as ",
        "introduced us at this ",
        "were introduced by ",
        ': "',
        '"',
        "\u201c",
        "\u201d",
        "As of late June 2021, the video has over 2.6 billion views with 11 million likes.",
        "Speaking to ",
        " explained:",
        "\n",
        "\n\n",
        "Added by ",
    ]
)
WORDS = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=12)


@FAST
@given(st.lists(st.one_of(FRAGMENTS, WORDS), max_size=40))
def test_layout_fragments(parts: list[str]) -> None:
    text = "".join(parts)
    check(parse_story_page(text, "fragments.txt"), text)


@st.composite
def mutated_page(draw: st.DrawFn) -> str:
    lines = list(draw(st.sampled_from(LAYOUTS)))
    for _ in range(draw(st.integers(1, 6))):
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "swap", "cut", "blank"]))
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        elif action == "cut":
            line = lines[index]
            lines[index] = line[: draw(st.integers(0, len(line)))]
        else:
            lines.insert(index, "")
    if draw(st.booleans()):
        lines = draw(st.permutations(lines))
    return "\n".join(lines)


@FAST
@given(mutated_page())
def test_mutated_pages(text: str) -> None:
    check(parse_story_page(text, "mutated.txt"), text)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_whole_layouts_parse_without_errors(path: Path) -> None:
    result = parse_story_page(path.read_text(encoding="utf-8"), "page.txt")
    assert result.errors == () and result.document is not None
