"""Browser tests: Playwright drives Debian's Chromium against `songgraph serve` on the real Neo4j.

Where Chromium or Playwright is missing they skip with the reason; with CI=true such a skip is a failure,
so CI cannot pass without having run them. Every request to another host is blocked and recorded, and
so is every console error (a Content-Security-Policy violation is one). Screenshots are kept under
test-output/browser/ (git-ignored), named for the page and the window's width, for people to look at.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest

from songgraph.config import Settings
from songgraph.web.assets import load_bundle
from tests.browser.layout import DESKTOP
from tests.conftest import DATA, ROOT
from tests.integration.conftest import graph_with, wipeable_settings
from tests.server import serve

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Route

CHROMIUM = Path(os.environ.get("SONGGRAPH_CHROMIUM", "/usr/bin/chromium"))
BROWSER_FIXTURES = ROOT / "tests" / "fixtures" / "browser"
OUTPUT = Path(os.environ.get("SONGGRAPH_TEST_OUTPUT", ROOT / "test-output")) / "browser"
# Without these, Chromium phones home at start-up (updates, sync, field trials) on a machine with no internet.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.skipped and os.environ.get("CI") == "true" and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"browser test skipped with CI=true, where it must run: {reason}"
    return report


# Per module, not per session: Playwright's sync API keeps an event loop running in the main thread while it
# is open, which would break every asyncio test that comes after.
@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: `make test` installs Debian's chromium (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is missing: `make install` installs the dev extras")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def settings() -> Settings:
    return wipeable_settings()


@pytest.fixture(scope="module")
def site(settings: Settings) -> Iterator[str]:
    """The app on a free port, over the seed song and the browser fixtures."""
    if load_bundle(settings.web_dist) is None:
        pytest.skip(f"the browser pages are not built in {settings.web_dist}: run `make web`")
    # Once the browser is up, this thread has Playwright's event loop running, and graph_with needs its own.
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(graph_with, settings, DATA, BROWSER_FIXTURES).result()
    yield from serve(settings.neo4j_uri)


@dataclass
class Visit:
    """A page on the site, with what it tried to fetch elsewhere and what went wrong in it."""

    page: Page
    base: str
    offsite: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def screenshot(self, name: str, full_page: bool = False) -> Path:
        """Kept as test-output/browser/NAME-WIDTHpx.png; ``full_page`` takes what scrolls below the window too."""
        OUTPUT.mkdir(parents=True, exist_ok=True)
        size = self.page.viewport_size
        path = OUTPUT / f"{name}-{size['width'] if size else 0}px.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        return path

    def assert_clean(self) -> None:
        assert self.offsite == [], f"requests left the server: {self.offsite}"
        assert self.problems == [], f"errors in the page: {self.problems}"


@pytest.fixture
def viewport(request: pytest.FixtureRequest) -> dict[str, int]:
    """The window's size: a desktop's, unless a test parametrizes it (``indirect=True``) with PHONE too."""
    size: dict[str, int] = getattr(request, "param", DESKTOP)
    return size


@pytest.fixture
def visit(browser: Browser, site: str, viewport: dict[str, int]) -> Iterator[Visit]:
    context = browser.new_context(viewport={"width": viewport["width"], "height": viewport["height"]})
    page = context.new_page()
    seen = Visit(page, site)
    allowed = urlsplit(site).netloc

    def only_our_server(route: Route) -> None:
        if urlsplit(route.request.url).netloc == allowed:
            route.continue_()
        else:
            seen.offsite.append(route.request.url)
            route.abort()

    page.route("**/*", only_our_server)
    page.on("console", lambda message: seen.problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: seen.problems.append(str(error)))
    yield seen
    context.close()
