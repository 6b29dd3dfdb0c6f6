"""The browser side without a browser: page HTML, tab config, bundle manifest, headers, the not-built page."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest

from songgraph.api.examples import EXAMPLES, Example
from songgraph.app import create_app
from songgraph.config import Settings
from songgraph.web.assets import Bundle, load_bundle
from songgraph.web.pages import explore_page, graphiql_page, graphiql_tabs, operation_name
from songgraph.web.security import CONTENT_SECURITY_POLICY

BUNDLE = Bundle(
    files={
        "graphiql.js": "graphiql-AAAA1111.js",
        "graphiql.css": "graphiql-BBBB2222.css",
        "explore.js": "explore-CCCC3333.js",
        "explore.css": "explore-DDDD4444.css",
    }
)


def config_of(page: str, element_id: str) -> object:
    found = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', page, re.S)
    assert found
    return json.loads(found.group(1))


def test_every_example_is_a_named_tab_in_order() -> None:
    tabs = graphiql_tabs(EXAMPLES)
    assert len(tabs) == len(EXAMPLES)
    assert tabs[0]["query"].startswith("query Song {")
    assert "headers" not in tabs[0]


def test_a_tab_carries_its_headers_as_json_text() -> None:
    example = Example("mutation AddQuote { x }", headers={"Authorization": "Bearer <your-token>"})
    (tab,) = graphiql_tabs({"Add a quote": example})
    assert tab["query"] == "mutation AddQuote { x }"  # named documents are left alone
    assert json.loads(tab["headers"]) == {"Authorization": "Bearer <your-token>"}


@pytest.mark.parametrize(
    ("title", "name"), [("Song", "Song"), ("Shared collaborators", "SharedCollaborators"), ("!!", "Example")]
)
def test_operation_name(title: str, name: str) -> None:
    assert operation_name(title) == name


def test_the_graphiql_page_has_no_inline_script_and_survives_a_closing_tag_in_a_document() -> None:
    examples = {"Tricky": Example('{ search(text: "</script><script>alert(1)</script>") { score } }')}
    page = graphiql_page(BUNDLE, examples)
    assert page.count("</script>") == 2  # the JSON block and the bundle, nothing smuggled in
    config = config_of(page, "graphiql-config")
    assert isinstance(config, dict)
    assert "</script><script>alert(1)</script>" in config["tabs"][0]["query"]
    assert '<script defer src="/static/graphiql-AAAA1111.js"></script>' in page
    assert '<link rel="stylesheet" href="/static/graphiql-BBBB2222.css">' in page
    # Every script element is either JSON data or loaded from the server.
    for tag in re.findall(r"<script[^>]*>", page):
        assert 'type="application/json"' in tag or 'src="/static/' in tag


def test_the_explore_page_points_at_its_bundle_and_the_api() -> None:
    page = explore_page(BUNDLE)
    assert config_of(page, "explore-config") == {"url": "/graphql"}
    assert 'src="/static/explore-CCCC3333.js"' in page and 'id="search-text"' in page


def test_load_bundle(tmp_path: Path) -> None:
    assert load_bundle(tmp_path) is None
    (tmp_path / "manifest.json").write_text("not json")
    assert load_bundle(tmp_path) is None
    (tmp_path / "manifest.json").write_text(json.dumps(BUNDLE.files))
    bundle = load_bundle(tmp_path)
    assert bundle == BUNDLE and bundle.url("explore.js") == "/static/explore-CCCC3333.js"


def test_the_policy_allows_nothing_from_elsewhere() -> None:
    directives = dict(d.split(" ", 1) for d in CONTENT_SECURITY_POLICY.split("; "))
    assert directives["script-src"] == "'self'"
    assert directives["connect-src"] == "'self'" and directives["default-src"] == "'self'"
    assert "unsafe" not in CONTENT_SECURITY_POLICY and "http" not in CONTENT_SECURITY_POLICY


@asynccontextmanager
async def client_for(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """The app in process, lifespan included (the driver it opens connects only when used)."""
    app = create_app(settings)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app")
    async with app.router.lifespan_context(app), client:
        yield client


@pytest.mark.anyio
async def test_without_the_bundle_the_pages_say_how_to_build_it(tmp_path: Path) -> None:
    async with client_for(Settings(web_dist=tmp_path / "missing")) as client:
        for path in ("/graphql", "/explore"):
            page = await client.get(path, headers={"Accept": "text/html"})
            assert page.status_code == 503
            assert "make web" in page.text and "<script" not in page.text
            assert "script-src 'self'" in page.headers["content-security-policy"]
        assert (await client.get("/static/graphiql.js")).status_code == 404


@pytest.mark.anyio
async def test_the_bundle_is_served_with_cache_headers(tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text(json.dumps(BUNDLE.files))
    (tmp_path / "explore-CCCC3333.js").write_text("1")
    async with client_for(Settings(web_dist=tmp_path)) as client:
        assert (await client.get("/explore")).status_code == 200
        assert (await client.get("/static/explore-CCCC3333.js")).headers["cache-control"].endswith("immutable")
        assert (await client.get("/static/manifest.json")).headers["cache-control"] == "no-cache"


@pytest.mark.anyio
async def test_graphiql_can_be_switched_off(tmp_path: Path) -> None:
    async with client_for(Settings(web_dist=tmp_path, graphiql=False)) as client:
        assert (await client.get("/graphql", headers={"Accept": "text/html"})).status_code == 404
