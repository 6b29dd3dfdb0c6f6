"""The /explore page: search, draw a neighbourhood, expand a node, read its facts."""

from __future__ import annotations

from typing import Any

from tests.browser.conftest import Visit

LABELS = "() => window.songgraphExplorer.cy.nodes().map((node) => node.data('label'))"


def drawn(visit: Visit) -> list[str]:
    labels: Any = visit.page.evaluate(LABELS)
    return list(labels)


def click_node(visit: Visit, label: str) -> None:
    """Click the node where it is drawn on the canvas, as a user would."""
    point: Any = visit.page.evaluate(
        """(label) => {
            const node = window.songgraphExplorer.cy.nodes().filter((n) => n.data('label') === label)[0];
            const box = document.getElementById('graph').getBoundingClientRect();
            const at = node.renderedPosition();
            return { x: box.left + at.x, y: box.top + at.y };
        }""",
        label,
    )
    visit.page.mouse.click(point["x"], point["y"])


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
