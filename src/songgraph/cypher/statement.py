"""The unit that crosses from the pure translation step to the driver."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple


class Statement(NamedTuple):
    """One Cypher statement; every value it needs travels in ``params``, never in ``cypher``."""

    cypher: str
    params: Mapping[str, Any]
