"""Files that ship inside the installed package, and where a development checkout keeps them instead.

A wheel carries the migrations (``songgraph/migrations/*.cypher``, copied from the checkout's ``schema/``) and
the browser bundle (``songgraph/web/dist``, built from ``web/``) as package data; setup.py puts them there. An
editable install has neither copy and reads the checkout's own folders, so an edit shows without a rebuild.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
# Only meaningful in a checkout (src/songgraph/ two levels below the repository root).
_CHECKOUT = _PACKAGE.parents[1]

PACKAGED_MIGRATIONS = _PACKAGE / "migrations"
PACKAGED_WEB_DIST = _PACKAGE / "web" / "dist"
CHECKOUT_MIGRATIONS = _CHECKOUT / "schema"
CHECKOUT_WEB_DIST = _CHECKOUT / "web" / "dist"


def migrations_dir() -> Path:
    """The packaged migrations when this is an installed wheel, else the checkout's ``schema/``.

    The checkout's folder is returned even when it does not exist, so the error can name where we looked.
    """
    return PACKAGED_MIGRATIONS if any(PACKAGED_MIGRATIONS.glob("*.cypher")) else CHECKOUT_MIGRATIONS


def web_dist() -> Path:
    """The packaged browser bundle when this is an installed wheel, else the checkout's ``web/dist``."""
    return PACKAGED_WEB_DIST if (PACKAGED_WEB_DIST / "manifest.json").is_file() else CHECKOUT_WEB_DIST
