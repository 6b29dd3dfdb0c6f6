"""GraphiQL as a new user meets it: served by the app itself, no other host, the example tabs run, and with the
explorer open every tab and every line of the query stays in sight, at phone and desktop widths."""

from __future__ import annotations

from typing import Any

import pytest

from songgraph.api.examples import EXAMPLES
from songgraph.web.pages import graphiql_tabs
from tests.browser.conftest import Visit
from tests.browser.layout import (
    DESKTOP,
    PHONE,
    assert_apart,
    assert_inside,
    assert_no_horizontal_scroll,
    box,
    boxes,
    page_box,
)

pytestmark = pytest.mark.browser


def test_graphiql_loads_from_the_server_alone_and_runs_the_first_tab(visit: Visit) -> None:
    page = visit.page
    response = page.goto(f"{visit.base}/graphql", wait_until="networkidle")
    assert response is not None and response.ok
    assert "script-src 'self'" in response.headers["content-security-policy"]

    tabs = page.locator(".graphiql-tab")
    tabs.first.wait_for(timeout=30_000)
    assert tabs.count() == len(EXAMPLES)
    assert tabs.first.inner_text().strip() == "Song"

    tabs.first.click()
    # The editor must hold the tab's document before the run, and the run must reach the server: waiting on
    # both makes a slow machine wait instead of failing, and says which step failed when one does.
    page.locator(".graphiql-query-editor .CodeMirror-line").get_by_text("song(title:").wait_for(timeout=30_000)
    # The tab's own request: on a slow machine GraphiQL's introspection can still be on its way.
    with page.expect_response(
        lambda answer: (
            answer.request.method == "POST"
            and answer.url.endswith("/graphql")
            and "__schema" not in (answer.request.post_data or "")
        ),
        timeout=30_000,
    ) as answered:
        page.locator(".graphiql-execute-button").click()
    assert answered.value.ok and "Phil Pinto" in answered.value.text()
    result = page.locator(".result-window")
    result.get_by_text('"Phil Pinto"').wait_for(timeout=30_000)
    text = result.inner_text()
    # The result editor only renders the lines near the view: these are the first of the answer.
    for fact in ("We Don't Talk Anymore", "2016-05-24", "Selena Gomez", "Jacob Kasher Hindlin", "Nine Track Mind"):
        assert f'"{fact}"' in text

    visit.screenshot("graphiql")

    # The explorer plugin builds queries from the schema, which GraphiQL fetched from the server too.
    page.get_by_label("Show GraphiQL Explorer").click()
    page.locator(".graphiql-plugin").get_by_text("sharedCollaborators").wait_for(timeout=30_000)
    visit.assert_clean()


# Each rendered line of the query editor: its box, and the height of one line of text in it.
_LINES = """() => {
    const editor = document.querySelector('.graphiql-query-editor .CodeMirror');
    const lines = [...editor.querySelectorAll('pre.CodeMirror-line')].map((line) => {
        const r = line.getBoundingClientRect();
        return { text: line.textContent.replaceAll('\u00a0', ' '), left: r.left, right: r.right, height: r.height };
    });
    return { lines, lineHeight: editor.CodeMirror.defaultTextHeight() };
}"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"], indirect=True)
def test_with_the_explorer_open_every_tab_and_line_stays_in_sight(visit: Visit, viewport: dict[str, int]) -> None:
    page = visit.page
    page.goto(f"{visit.base}/graphql", wait_until="networkidle")
    page.locator(".graphiql-tab").first.wait_for(timeout=30_000)
    page.get_by_label("Show GraphiQL Explorer").click()
    page.locator(".graphiql-plugin").get_by_text("sharedCollaborators").wait_for(timeout=30_000)
    whole = page_box(page)
    assert_no_horizontal_scroll(page)

    # Every tab and the new-tab button whole, side by side, clear of the explorer and the editor.
    tabs = [*boxes(page.locator(".graphiql-tab"), "tab"), box(page.locator(".graphiql-tab-add"), "the new-tab button")]
    assert len(tabs) == len(EXAMPLES) + 1
    explorer = box(page.locator(".graphiql-plugin"), "the explorer")
    editor = box(page.locator(".graphiql-query-editor .CodeMirror"), "the query editor")
    toolbar = box(page.locator(".graphiql-query-editor .graphiql-toolbar"), "the editor's buttons")
    for tab in tabs:
        assert_inside(tab, whole)
    assert_apart(*tabs, explorer, editor)
    assert_apart(editor, toolbar)
    assert_inside(editor, whole)
    assert explorer.width >= 0.6 * min(viewport["width"], 500), explorer  # room for its field names

    # The first tab's lines, and a line longer than any screen is wide, wrap inside the editor instead of
    # running on under its buttons or off the page.
    page.locator(".graphiql-query-editor .CodeMirror").click()
    page.keyboard.press("Control+End")
    page.keyboard.type("\n# " + " ".join(["a comment that runs on"] * 12))
    measured: Any = page.evaluate(_LINES)
    lines, line_height = measured["lines"], measured["lineHeight"]
    query = graphiql_tabs(EXAMPLES)[0]["query"]
    assert [line["text"].rstrip() for line in lines[:-1]] == query.splitlines()
    for line in lines:
        assert editor.left <= line["left"] and line["right"] <= editor.right + 0.5, line
    assert lines[-1]["height"] > 2.5 * line_height, lines[-1]  # wrapped onto three lines or more
    visit.screenshot("graphiql-explorer-open", full_page=True)

    # The answer shows beside or below, inside the page too (its first lines: the editor draws those in view).
    page.locator(".graphiql-execute-button").click()
    result = page.locator(".result-window")
    result.get_by_text('"We Don\'t Talk Anymore"').wait_for(timeout=30_000)
    answer = box(result, "the result")
    assert_inside(answer, page_box(page))
    assert_apart(answer, editor, explorer)
    visit.screenshot("graphiql-explorer-answer", full_page=True)
    visit.assert_clean()
