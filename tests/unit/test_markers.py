"""The neo4j and browser markers follow the test folders, so a run without a database can leave them out."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import pytest

from tests.conftest import ROOT, pytest_collection_modifyitems


class _Item:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.markers: list[str] = []

    def add_marker(self, marker: str) -> None:
        self.markers.append(marker)


@pytest.mark.parametrize(
    ("folder", "markers"),
    [("unit", []), ("integration", ["neo4j"]), ("browser", ["browser", "neo4j"])],
)
def test_each_folder_gets_its_markers(folder: str, markers: list[str]) -> None:
    item = _Item(ROOT / "tests" / folder / "test_example.py")
    pytest_collection_modifyitems(cast(Any, None), cast(Any, [item]))
    assert item.markers == markers


def test_every_test_module_lives_in_a_folder_the_hook_knows() -> None:
    folders = {path.relative_to(ROOT / "tests").parts[0] for path in (ROOT / "tests").rglob("test_*.py")}
    assert folders == {"unit", "integration", "browser"}
