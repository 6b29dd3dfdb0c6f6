"""The HTML of the GraphiQL and explorer pages, and the page shown when the bundle is not built.

Each page loads only files from /static and reads its settings from a JSON block: the
Content-Security-Policy (see security.py) allows no inline script and no other host.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from html import escape
from typing import Any

from songgraph.api.examples import Example
from songgraph.web.assets import Bundle


def _json_block(element_id: str, value: Any) -> str:
    # Inside <script> only "</script" could end the element early; escaping every "<", ">" and "&" rules
    # that out whatever the documents contain, and JSON.parse reads the escapes back.
    text = json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" id="{element_id}">{text}</script>'


def _page(title: str, bundle: Bundle, name: str, config_id: str, config: Any, body: str) -> str:
    return f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{escape(title)}</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="{bundle.url(f"{name}.css")}">
  {_json_block(config_id, config)}
  <script defer src="{bundle.url(f"{name}.js")}"></script>
</head>
<body>
{body}
</body>
</html>
"""


def operation_name(title: str) -> str:
    """GraphiQL names a tab after its operation: "Shared collaborators" becomes "SharedCollaborators"."""
    return "".join(word[:1].upper() + word[1:] for word in re.findall(r"[A-Za-z0-9]+", title)) or "Example"


def graphiql_tabs(examples: Mapping[str, Example]) -> list[dict[str, str]]:
    """GraphiQL's ``defaultTabs``; headers are a JSON text, as GraphiQL wants them."""
    tabs = []
    for title, example in examples.items():
        query = example.query
        if query.startswith("{"):
            query = f"query {operation_name(title)} {query}"
        tab = {"query": query}
        if example.headers:
            tab["headers"] = json.dumps(dict(example.headers), indent=2)
        tabs.append(tab)
    return tabs


def graphiql_page(bundle: Bundle, examples: Mapping[str, Example], graphql_path: str = "/graphql") -> str:
    config = {"url": graphql_path, "tabs": graphiql_tabs(examples)}
    body = '<div id="graphiql">Loading GraphiQL…</div>'
    return _page("songgraph · GraphiQL", bundle, "graphiql", "graphiql-config", config, body)


_EXPLORE_BODY = """<header>
  <h1>songgraph explorer</h1>
  <form id="search" role="search">
    <input id="search-text" type="search" placeholder="A person, song or album" aria-label="Search" autofocus>
    <button type="submit">Search</button>
  </form>
  <span id="status" role="status">Search for a person or a song to draw what surrounds it.</span>
  <nav><a href="/graphql">GraphiQL</a></nav>
</header>
<main>
  <div id="graph-area">
    <ul id="hits" aria-label="Search results"></ul>
    <div id="graph" aria-label="Graph of the neighbourhood"></div>
    <details id="legend-box">
      <summary>Legend</summary>
      <ul id="legend" aria-label="Node colours"></ul>
    </details>
  </div>
  <aside id="panel" aria-label="Facts">
    <div id="facts"><p class="muted">Facts about the chosen node appear here.</p></div>
    <details>
      <summary>In the drawing (<span id="drawn-count">0 nodes</span>)</summary>
      <ul id="drawn"></ul>
    </details>
  </aside>
</main>"""


def explore_page(bundle: Bundle, graphql_path: str = "/graphql") -> str:
    return _page("songgraph · explorer", bundle, "explore", "explore-config", {"url": graphql_path}, _EXPLORE_BODY)


def not_built_page(what: str) -> str:
    """Said instead of a page whose bundle is missing; plain HTML with no script, so it works without the build."""
    return f"""<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>songgraph · {escape(what)} not built</title></head>
<body>
  <h1>{escape(what)} is not built</h1>
  <p>The browser pages are bundled from <code>web/</code> with npm. Run <code>make web</code> in the songgraph
  checkout (or <code>cd web &amp;&amp; npm ci &amp;&amp; npm run build</code>), then reload this page; set
  <code>SONGGRAPH_WEB_DIST</code> if the bundle lives elsewhere.</p>
  <p>The API itself works: POST GraphQL requests to <code>/graphql</code>.</p>
</body>
</html>
"""
