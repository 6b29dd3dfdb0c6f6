"""Bearer tokens: how they are configured (by hash, never in clear), and who a request's token names.

Tokens are long random strings, so one SHA-256 is enough to keep the configured value useless to a
reader of the configuration; a slow password hash would only slow every request down.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum


class Scope(StrEnum):
    READ = "read"
    WRITE = "write"


class TokenConfigError(ValueError):
    """A token entry in the configuration cannot be used; the message says which one and why."""


@dataclass(frozen=True)
class TokenEntry:
    name: str
    scope: Scope
    digest: bytes


@dataclass(frozen=True)
class Principal:
    """Whoever presented a known token: its name is recorded on what they write."""

    name: str
    scope: Scope

    @property
    def can_write(self) -> bool:
        return self.scope is Scope.WRITE


class AuthFailure(Exception):
    """A token was presented but is not one we know, or the header is not a bearer token."""


_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$")
_HEX = re.compile(r"^[0-9a-f]{64}$")
PREFIX = "sg_"


def valid_name(name: str) -> bool:
    return _NAME.fullmatch(name) is not None


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> str:
    return PREFIX + secrets.token_urlsafe(32)


def entry_line(name: str, scope: Scope, token: str) -> str:
    """The configuration line for ``token``: what an operator adds to ``SONGGRAPH_TOKENS``."""
    return f"{name}:{scope.value}:sha256:{digest(token)}"


def parse_entries(text: str, origin: str) -> tuple[TokenEntry, ...]:
    """Entries ``name:scope:sha256:HEX``, one per line or separated by commas; ``#`` starts a comment."""
    entries: list[TokenEntry] = []
    names: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        for raw in line.split("#", 1)[0].split(","):
            item = raw.strip()
            if not item:
                continue
            where = f"{origin}:{number}"
            parts = item.split(":")
            if len(parts) != 4 or parts[2] != "sha256":
                raise TokenConfigError(f"{where}: expected name:scope:sha256:HEX, got {_shorten(item)!r}")
            name, scope, _, hex_digest = parts
            if not _NAME.fullmatch(name):
                raise TokenConfigError(f"{where}: token name {name!r} must be 1-64 letters, digits, or _.@-")
            if scope not in {s.value for s in Scope}:
                raise TokenConfigError(f"{where}: scope of {name!r} must be read or write, got {scope!r}")
            if not _HEX.fullmatch(hex_digest):
                raise TokenConfigError(f"{where}: the digest of {name!r} must be 64 lowercase hex digits")
            if name in names:
                raise TokenConfigError(f"{where}: a second token named {name!r}")
            names.add(name)
            entries.append(TokenEntry(name, Scope(scope), bytes.fromhex(hex_digest)))
    return tuple(entries)


def _shorten(text: str) -> str:
    # A mistyped entry might be a token in clear; never echo all of it.
    return text if len(text) <= 12 else text[:8] + "..."


def authenticate(header: str | None, entries: tuple[TokenEntry, ...]) -> Principal | None:
    """The principal behind an ``Authorization`` header; None when there is none.

    Every entry is compared, in constant time, so timing tells nothing about which digest was close.
    """
    if header is None or not header.strip():
        return None
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthFailure("the Authorization header must be 'Bearer <token>'")
    presented = hashlib.sha256(token.strip().encode("utf-8")).digest()
    found: TokenEntry | None = None
    for entry in entries:
        if hmac.compare_digest(presented, entry.digest):
            found = entry
    if found is None:
        raise AuthFailure("the bearer token is not valid")
    return Principal(found.name, found.scope)
