"""Starting songgraph does not load the story-page parser, whose patterns take seconds of CPU to compile."""

from __future__ import annotations

import json
import subprocess
import sys

LOADED = (
    "import json, sys\n"
    "import songgraph.app, songgraph.cli, songgraph.api.schema, songgraph.services.importing\n"
    "from songgraph.config import Settings\n"
    "songgraph.app.create_app(Settings())\n"
    "print(json.dumps(sorted(m for m in sys.modules if m.startswith('songgraph.ingest.page'))))\n"
    "from songgraph.ingest.page import parse_story_page\n"
    "print(json.dumps('songgraph.ingest.page.parser' in sys.modules))\n"
)


def test_the_app_starts_without_the_page_parser_and_loads_it_when_asked() -> None:
    # A fresh interpreter: this test process may have imported the parser already.
    run = subprocess.run([sys.executable, "-c", LOADED], capture_output=True, text=True, timeout=120, check=True)
    at_start, after = (json.loads(line) for line in run.stdout.splitlines())
    # The page package itself is there (its limits and result types), the parser is not.
    assert "songgraph.ingest.page" in at_start and "songgraph.ingest.page.layout" in at_start
    assert not [module for module in at_start if module.endswith((".parser", ".narrative", ".prose"))], at_start
    assert after is True
