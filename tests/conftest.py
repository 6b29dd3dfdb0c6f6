"""Shared test fixtures: paths and the anyio backend."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
RICH = ROOT / "tests" / "fixtures" / "rich"
SHARED_SEED = ROOT.parent / "shared" / "seed"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
