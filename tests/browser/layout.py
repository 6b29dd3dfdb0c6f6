"""Where elements sit on the page: boxes read from the browser, and the checks the layout tests make of them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1440, "height": 900}
# The pages switch to their one-column layout at this width and below (explore.css, graphiql.css).
NARROW = 760
# Sub-pixel rounding: a border shared by two neighbours must not count as an overlap.
SLACK = 0.5


@dataclass(frozen=True)
class Box:
    """An element's border box in page coordinates (CSS pixels from the top left of the document)."""

    name: str
    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def overlaps(self, other: Box) -> bool:
        return (
            self.left < other.right - SLACK
            and other.left < self.right - SLACK
            and self.top < other.bottom - SLACK
            and other.top < self.bottom - SLACK
        )

    def inside(self, other: Box) -> bool:
        return (
            self.left >= other.left - SLACK
            and self.top >= other.top - SLACK
            and self.right <= other.right + SLACK
            and self.bottom <= other.bottom + SLACK
        )


_BOX = """(element) => {
    const r = element.getBoundingClientRect();
    return { left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY };
}"""


def box(locator: Locator, name: str | None = None) -> Box:
    """The box of the one element the locator finds, which must be visible (laid out, not hidden)."""
    assert locator.is_visible(), f"{name or locator} is not visible"
    found: Any = locator.evaluate(_BOX)
    return Box(name or str(locator), found["left"], found["top"], found["right"], found["bottom"])


def boxes(locator: Locator, name: str) -> list[Box]:
    return [box(locator.nth(i), f"{name} #{i + 1}") for i in range(locator.count())]


def page_box(page: Page) -> Box:
    """The document's own width (no horizontal scrolling) and full height."""
    size: Any = page.evaluate("() => ({ width: innerWidth, height: document.documentElement.scrollHeight })")
    return Box("the page", 0, 0, size["width"], size["height"])


def viewport_box(page: Page) -> Box:
    """What the screen shows without scrolling."""
    size = page.viewport_size
    assert size is not None
    return Box("the viewport", 0, 0, size["width"], size["height"])


def assert_no_horizontal_scroll(page: Page) -> None:
    widths: Any = page.evaluate("() => [document.documentElement.scrollWidth, innerWidth]")
    assert widths[0] <= widths[1], f"the page is {widths[0]} px wide in a {widths[1]} px window"


def assert_apart(*placed: Box) -> None:
    """No two of the boxes overlap."""
    for i, first in enumerate(placed):
        for second in placed[i + 1 :]:
            assert not first.overlaps(second), f"{first} overlaps {second}"


def assert_inside(inner: Box, outer: Box) -> None:
    assert inner.inside(outer), f"{inner} is not inside {outer}"
