"""The /explore page: search, draw a neighbourhood, expand a node, read its facts, at phone and desktop widths."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.conftest import Visit
from tests.browser.layout import (
    DESKTOP,
    NARROW,
    PHONE,
    SLACK,
    assert_apart,
    assert_inside,
    assert_no_horizontal_scroll,
    box,
    page_box,
    viewport_box,
)

pytestmark = pytest.mark.browser

LABELS = "() => window.songgraphExplorer.cy.nodes().map((node) => node.data('label'))"
# The seed song's quote with a source and a year (data/we-dont-talk-anymore.yaml); its label on the drawing is
# its opening words only.
QUOTE = (
    "This is the first song where I started to get into my element, in my own way. This is the first "
    "song I felt comfortable showing to people."
)


def drawn(visit: Visit) -> list[str]:
    labels: Any = visit.page.evaluate(LABELS)
    return list(labels)


def click_node(visit: Visit, label: str) -> None:
    """Click the node where it is drawn on the canvas, as a user would.

    The layout starts from random positions: where the legend happens to cover the node, the drawing is first
    panned to put the node in the middle, as a user would drag it into view.
    """
    point: Any = visit.page.evaluate(
        """(label) => {
            const cy = window.songgraphExplorer.cy;
            const node = cy.nodes().filter((n) => n.data('label') === label)[0];
            const graph = document.getElementById('graph');
            const where = () => {
                const box = graph.getBoundingClientRect();
                const at = node.renderedPosition();
                const x = box.left + at.x, y = box.top + at.y;
                return { x, y, onGraph: graph.contains(document.elementFromPoint(x, y)) };
            };
            const point = where();
            if (point.onGraph) return point;
            cy.center(node);
            return where();
        }""",
        label,
    )
    assert point["onGraph"], f"something covers the node {label!r} on the drawing"
    visit.page.mouse.click(point["x"], point["y"])


def draw(visit: Visit, text: str, hit: str) -> None:
    """Search for ``text`` and draw the neighbourhood of the result named ``hit``, its facts shown."""
    page = visit.page
    page.fill("#search-text", text)
    page.press("#search-text", "Enter")
    page.locator("#hits button", has_text=hit).first.click()
    page.wait_for_function("() => window.songgraphExplorer.cy.nodes().length > 1", timeout=30_000)
    page.locator("#facts h2", has_text=hit).wait_for(timeout=30_000)
    page.locator("#facts dl").first.wait_for(timeout=30_000)


def facts_of(scope: Any) -> dict[str, str]:
    """The label and value pairs of a facts list (a <dl> of .fact rows)."""
    pairs: Any = scope.evaluate(
        "(dl) => [...dl.querySelectorAll('.fact')].map((f) => [f.querySelector('dt').innerText, "
        "f.querySelector('dd').innerText])"
    )
    return dict(pairs)


def test_search_draw_and_expand(visit: Visit) -> None:
    page = visit.page
    response = page.goto(f"{visit.base}/explore", wait_until="networkidle")
    assert response is not None and response.ok

    page.fill("#search-text", "Puth")
    page.press("#search-text", "Enter")
    page.locator("#hits button", has_text="Charlie Puth").click()
    page.wait_for_function("() => window.songgraphExplorer.cy.nodes().length > 1", timeout=30_000)
    first = drawn(visit)
    for name in ("Charlie Puth", "Selena Gomez", "Jacob Kasher Hindlin", "Taylor Swift", "We Don't Talk Anymore"):
        assert name in first
    assert "Same Old Love" not in first  # three steps away: only expanding Selena Gomez reaches it

    facts = page.locator("#facts")
    facts.get_by_text("iHeartRadio").wait_for(timeout=30_000)
    assert facts.locator("h2").inner_text() == "Charlie Puth"
    visit.screenshot("explore-charlie-puth")

    click_node(visit, "Selena Gomez")
    page.wait_for_function(
        "() => window.songgraphExplorer.cy.nodes().some((node) => node.data('label') === 'Same Old Love')",
        timeout=30_000,
    )
    expanded = drawn(visit)
    assert set(first) < set(expanded)
    # The heading shows at once; the facts arrive with their query.
    facts.locator("li", has_text="Same Old Love: artist").wait_for(timeout=30_000)
    assert facts.locator("h2").inner_text() == "Selena Gomez"
    visit.screenshot("explore-selena-gomez-expanded")
    visit.assert_clean()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"], indirect=True)
def test_the_drawing_the_facts_and_the_legend_each_have_their_own_room(visit: Visit, viewport: dict[str, int]) -> None:
    page = visit.page
    page.goto(f"{visit.base}/explore", wait_until="networkidle")
    draw(visit, "Puth", "Charlie Puth")
    narrow = viewport["width"] <= NARROW
    screen, whole = viewport_box(page), page_box(page)

    assert_no_horizontal_scroll(page)
    header = [
        box(page.locator("header h1"), "the title"),
        box(page.locator("#search-text"), "the search field"),
        box(page.locator("#search button"), "the search button"),
        box(page.locator("#status"), "the status line"),
        box(page.locator("header nav a"), "the GraphiQL link"),
    ]
    graph = box(page.locator("#graph-area"), "the drawing")
    panel = box(page.locator("#panel"), "the facts panel")
    for part in [*header, graph]:
        assert_inside(part, screen)
    assert_inside(panel, whole)
    assert_apart(*header, graph, panel)
    if narrow:
        # The drawing has the phone's width and most of its height; the facts follow below it.
        assert graph.width >= 0.95 * screen.width and graph.height >= 0.5 * screen.height, graph
        assert panel.top >= graph.bottom - SLACK and panel.width >= 0.95 * screen.width, panel
    else:
        assert graph.width >= 0.6 * screen.width and graph.height >= 0.8 * screen.height, graph
        assert panel.left >= graph.right - SLACK, panel
        assert_inside(panel, screen)

    # The legend folds away; open, it stays on the drawing, off the facts.
    legend = page.locator("#legend-box")
    assert legend.evaluate("(details) => details.open") is not narrow  # folded at first on a phone only
    if narrow:
        assert not page.locator("#legend").is_visible()
        legend.locator("summary").click()
    listed = box(page.locator("#legend"), "the legend's list")
    opened = box(legend, "the open legend")
    assert_inside(listed, opened)
    assert_inside(opened, graph)
    assert_apart(opened, panel)
    assert "Quote" in page.locator("#legend li").all_inner_texts()
    visit.screenshot("explore-legend-open")
    legend.locator("summary").click()
    assert not page.locator("#legend").is_visible()
    visit.screenshot("explore-legend-folded")
    visit.assert_clean()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"], indirect=True)
def test_quote_certification_and_chart_peak_facts_can_be_read(visit: Visit, viewport: dict[str, int]) -> None:
    page = visit.page
    page.goto(f"{visit.base}/explore", wait_until="networkidle")
    draw(visit, "Puth", "Charlie Puth")
    facts = page.locator("#facts")

    # A quote node shows the quote whole, who said it, where and when: not just the opening of its label.
    label = next(text for text in drawn(visit) if text.startswith("This is the first song"))
    assert label != QUOTE  # the drawing shows its opening only
    click_node(visit, label)
    quote = facts.locator("blockquote.quote")
    quote.wait_for(timeout=30_000)
    assert quote.inner_text() == QUOTE
    assert facts.locator("h2").inner_text() == "Quote by Charlie Puth"
    assert facts_of(facts.locator("dl")) == {
        "Speaker": "Charlie Puth",
        "About": "We Don't Talk Anymore",
        "Source": "React (YouTube)",
        "Year": "2019",
    }
    assert_inside(box(quote, "the quote"), page_box(page))
    visit.screenshot("explore-quote", full_page=True)

    # A song's certifications and chart peaks each open on their facts.
    click_node(visit, "We Don't Talk Anymore")
    italy = facts.locator("details[data-kind=Certification]", has_text="Italy")
    italy.wait_for(timeout=30_000)
    italy.locator("summary").click()
    assert facts_of(italy.locator("dl")) == {"Country": "Italy", "Level": "platinum", "Multiplier": "5\u00d7"}
    peak = facts.locator("details[data-kind=ChartPeak]", has_text="Billboard Hot 100")
    peak.locator("summary").click()
    assert facts_of(peak.locator("dl")) == {"Position": "#9", "Chart": "Billboard Hot 100", "Country": "United States"}
    assert_inside(box(peak, "the chart peak"), page_box(page))

    # Where a certification or a peak was read, the panel says so (tests/fixtures/browser/same-old-love.yaml).
    draw(visit, "Same Old Love", "Same Old Love")
    certification = facts.locator("details[data-kind=Certification]")
    certification.locator("summary").click()
    assert facts_of(certification.locator("dl")) == {
        "Country": "United States",
        "Level": "platinum",
        "Multiplier": "3\u00d7",
        "Certified by": "RIAA",
        "Read on": "browser-fixture-notes.md, line 4",
        "It says": "Certified three times platinum by the RIAA.",
    }
    peak = facts.locator("details[data-kind=ChartPeak]")
    peak.locator("summary").click()
    assert facts_of(peak.locator("dl"))["Read on"] == "browser-fixture-notes.md, line 7"
    assert_no_horizontal_scroll(page)
    visit.screenshot("explore-certifications", full_page=True)
    visit.assert_clean()
