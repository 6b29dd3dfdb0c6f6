"""Relay global IDs: an opaque id that says which type it belongs to (pure)."""

from __future__ import annotations

import base64
import binascii

from songgraph.errors import BadUserInput, shorten


def to_global_id(type_name: str, key: str) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{key}".encode()).decode().rstrip("=")


def from_global_id(global_id: str, field: str = "id") -> tuple[str, str]:
    """``(type name, key)``; a string that is not one of our ids is the client's mistake."""
    padded = global_id + "=" * (-len(global_id) % 4)
    try:
        text = base64.urlsafe_b64decode(padded.encode()).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        text = ""
    type_name, sep, key = text.partition(":")
    if not sep or not type_name.isidentifier() or not key:
        raise BadUserInput(f"'{shorten(global_id)}' is not a songgraph id", field)
    return type_name, key
