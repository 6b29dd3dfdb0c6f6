"""The GraphiQL page served on GET /graphql in a browser, opened on our example documents."""

from __future__ import annotations

import json
from functools import cache

from songgraph.api.examples import EXAMPLES

_PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>songgraph · GraphiQL</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <style>body {{ margin: 0; height: 100vh; }} #graphiql {{ height: 100vh; }}</style>
  <link rel="stylesheet" href="https://unpkg.com/graphiql@3.8.3/graphiql.min.css">
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script crossorigin src="https://unpkg.com/react@18.3.1/umd/react.production.min.js"></script>
  <script crossorigin src="https://unpkg.com/react-dom@18.3.1/umd/react-dom.production.min.js"></script>
  <script crossorigin src="https://unpkg.com/graphiql@3.8.3/graphiql.min.js"></script>
  <script>
    const tabs = {tabs};
    const fetcher = GraphiQL.createFetcher({{ url: window.location.pathname }});
    ReactDOM.createRoot(document.getElementById("graphiql")).render(
      React.createElement(GraphiQL, {{ fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: true }})
    );
  </script>
</body>
</html>
"""


@cache
def graphiql_page() -> str:
    tabs = [{"query": f"# {title}\n{query}"} for title, query in EXAMPLES.items()]
    # Escape "</" so a document can never close the script element early.
    return _PAGE.format(tabs=json.dumps(tabs).replace("</", "<\\/"))
