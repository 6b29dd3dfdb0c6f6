"""GraphiQL as a new user meets it: served by the app itself, no other host, the example tabs run."""

from __future__ import annotations

from songgraph.api.examples import EXAMPLES
from tests.browser.conftest import Visit


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
    page.locator(".graphiql-execute-button").click()
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
