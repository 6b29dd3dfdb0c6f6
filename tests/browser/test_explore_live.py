"""/explore follows the change feed: a song written meanwhile that credits a drawn person is drawn beside them."""

from __future__ import annotations

import asyncio
import tempfile
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from songgraph.config import Settings
from songgraph.db import Database
from songgraph.services.loading import load_files
from tests.browser.conftest import Visit
from tests.browser.test_explore import draw, drawn

pytestmark = pytest.mark.browser


def _load(settings: Settings, title: str, artist: str) -> None:
    async def load() -> None:
        with tempfile.TemporaryDirectory() as folder:
            Path(folder, "live.yaml").write_text(f"title: {title}\nartists: [{artist}]\n", encoding="utf-8")
            db = Database.connect(settings)
            try:
                assert (await load_files(db, [Path(folder)])).ok
            finally:
                await db.close()

    asyncio.run(load())


def test_a_song_written_meanwhile_joins_the_drawing(visit: Visit, settings: Settings) -> None:
    page = visit.page
    page.goto(f"{visit.base}/explore", wait_until="networkidle")
    draw(visit, "Puth", "Charlie Puth")
    before = drawn(visit)
    # The page subscribes when it opens; a write made before the server has the subscription is not seen,
    # so another follows until one is.
    for _attempt in range(5):
        title = f"Harbour Signal {uuid.uuid4().hex[:8]}"
        assert title not in before
        # Playwright's event loop runs in this thread: the load gets a thread (and an event loop) of its own.
        with ThreadPoolExecutor(max_workers=1) as pool:
            pool.submit(_load, settings, title, "Charlie Puth").result()
        try:
            page.wait_for_function(
                "(title) => window.songgraphExplorer.cy.nodes().some((node) => node.data('label') === title)",
                arg=title,
                timeout=5_000,
            )
            break
        except PlaywrightTimeout:
            continue
    else:
        raise AssertionError(f"no new song reached the drawing: {page.locator('#status').inner_text()!r}")
    # Drawn beside the person it credits, linked to them, and nothing that was drawn went away.
    linked = page.evaluate(
        """(title) => {
            const cy = window.songgraphExplorer.cy;
            const song = cy.nodes().filter((node) => node.data('label') === title);
            return song.connectedEdges().connectedNodes().map((node) => node.data('label'));
        }""",
        title,
    )
    assert "Charlie Puth" in linked
    # Charlie Puth's facts were on show: they are read again and list the new credit.
    try:
        page.locator("#facts li", has_text=title).wait_for(timeout=10_000)
    except PlaywrightTimeout:
        facts = page.locator("#facts").inner_text()
        raise AssertionError(f"the facts were not read again: {facts[:400]!r} {visit.problems}") from None
    assert set(before) <= set(drawn(visit))
    visit.screenshot("explore-live-change")
    visit.assert_clean()
