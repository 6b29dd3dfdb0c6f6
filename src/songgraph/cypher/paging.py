"""Cursor pagination arguments: validation and opaque cursors (pure)."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from songgraph.errors import BadUserInput

MAX_PAGE_SIZE = 100
_PREFIX = "offset:"


def encode_cursor(offset: int) -> str:
    return base64.b64encode(f"{_PREFIX}{offset}".encode()).decode()


def decode_cursor(cursor: str, field: str) -> int:
    try:
        text = base64.b64decode(cursor.encode(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        text = ""
    digits = text[len(_PREFIX) :]
    if not text.startswith(_PREFIX) or not (digits.isascii() and digits.isdecimal()):
        raise BadUserInput(f"'{cursor}' is not a cursor returned by this API", field)
    return int(digits)


@dataclass(frozen=True)
class Page:
    """Rows ``offset`` .. ``offset + size - 1`` of an ordered list."""

    offset: int
    size: int

    @classmethod
    def parse(cls, first: int | None, after: str | None, default: int, field: str) -> Page:
        size = default if first is None else first
        if size < 0:
            raise BadUserInput("first must not be negative", f"{field}.first")
        if size > MAX_PAGE_SIZE:
            raise BadUserInput(f"first must be at most {MAX_PAGE_SIZE}, got {size}", f"{field}.first")
        offset = 0 if after is None else decode_cursor(after, f"{field}.after") + 1
        return cls(offset, size)
