"""GraphiQL runs subscriptions: the Live changes tab, over graphql-transport-ws, shows a change made meanwhile."""

from __future__ import annotations

import asyncio
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from playwright.sync_api import TimeoutError as PlaywrightTimeout

from songgraph.config import Settings
from songgraph.db import Database
from songgraph.services.loading import load_files
from tests.browser.conftest import Visit


def _load_a_song(settings: Settings, artist: str) -> None:
    async def load() -> None:
        with tempfile.TemporaryDirectory() as folder:
            text = f"title: Lantern Relay {artist}\nartists: [{artist}]\n"
            Path(folder, "live.yaml").write_text(text, encoding="utf-8")
            db = Database.connect(settings)
            try:
                assert (await load_files(db, [Path(folder)])).ok
            finally:
                await db.close()

    asyncio.run(load())


def test_the_live_changes_tab_shows_a_change_as_it_happens(visit: Visit, settings: Settings) -> None:
    page = visit.page
    page.goto(f"{visit.base}/graphql", wait_until="networkidle")
    tab = page.locator(".graphiql-tab").filter(has_text="LiveChanges")
    tab.wait_for(timeout=30_000)
    tab.click()
    # Run only once the editor holds the tab's document (GraphiQL switches tabs asynchronously).
    editor = page.locator(".graphiql-query-editor").filter(has_text="subscription LiveChanges")
    editor.wait_for(timeout=30_000)
    # An edit makes GraphiQL read the tab's operation name anew (a click on Run alone may send the first tab's).
    editor.locator(".CodeMirror").click()
    page.keyboard.press("End")
    page.keyboard.press("Space")
    # GraphiQL reads the operation name from the edited document after a short debounce.
    page.wait_for_timeout(1_500)
    page.locator(".graphiql-execute-button").click()
    # The subscription starts on the server a moment after the socket opens, which GraphiQL opens on the
    # first run: a change made before then is not shown, so another one follows until one is.
    result = page.locator(".result-window")
    for attempt in range(6):
        artist = f"Ivo Strand {attempt}"
        # Playwright's event loop runs in this thread: the load gets a thread (and an event loop) of its own.
        with ThreadPoolExecutor(max_workers=1) as pool:
            pool.submit(_load_a_song, settings, artist).result()
        try:
            # GraphiQL shows the latest result: the load's last event, the person it created with the song.
            result.get_by_text(f'"{artist}"').wait_for(timeout=5_000)
            break
        except PlaywrightTimeout:
            continue
    else:
        raise AssertionError(f"no change reached the Live changes tab: {result.inner_text()[:300]!r} {visit.problems}")
    assert '"CREATED"' in result.inner_text() and '"PERSON"' in result.inner_text()
    visit.screenshot("graphiql-live-changes")
    visit.assert_clean()
