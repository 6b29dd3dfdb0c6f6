"""Accumulates the parameters and fresh variable names of one Cypher statement as it is built."""

from __future__ import annotations

from typing import Any


class Builder:
    def __init__(self) -> None:
        self.params: dict[str, Any] = {}
        self._names = 0

    def param(self, value: Any) -> str:
        """A new parameter holding ``value``; returns its reference (``$p3``) for the Cypher text."""
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f"${name}"

    def var(self, prefix: str = "v") -> str:
        """A variable name no other part of the statement uses (subqueries see outer names)."""
        self._names += 1
        return f"{prefix}{self._names}"
