"""Errors a client caused, as opposed to faults of ours or of the database."""

from __future__ import annotations


class BadUserInput(ValueError):
    """The request cannot be answered as asked; the message says what was wrong and where."""

    def __init__(self, message: str, field: str | None = None) -> None:
        self.field = field
        super().__init__(f"{field}: {message}" if field else message)
