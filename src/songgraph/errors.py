"""Errors a client caused, as opposed to faults of ours or of the database."""

from __future__ import annotations

from collections.abc import Sequence


class BadUserInput(ValueError):
    """The request cannot be answered as asked; the message says what was wrong and where.

    ``problems`` holds every ``(field path, message)`` found, so a client can fix all of them at once.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        self.field = field
        self.problems: list[tuple[str | None, str]] = [(field, message)]
        super().__init__(f"{field}: {message}" if field else message)

    @classmethod
    def many(cls, problems: Sequence[tuple[str, str]]) -> BadUserInput:
        field, message = problems[0]
        error = cls(message, field)
        error.problems = list(problems)
        if len(problems) > 1:
            error.args = ("; ".join(f"{path}: {text}" for path, text in problems),)
        return error


class EditConflict(RuntimeError):
    """The object changed since the version the client based its edit on; nothing was written."""


def shorten(value: str, limit: int = 60) -> str:
    """A value quoted in a message: enough to recognise, never a megabyte echoed back."""
    return value if len(value) <= limit else value[: limit - 3] + "..."
