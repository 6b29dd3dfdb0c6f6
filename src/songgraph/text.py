"""Name and title normalisation shared by the loader, the lookups and search."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Typographic quotes, dashes and spaces that pages use interchangeably with their ASCII forms, one
# character for one (so the page parser can normalise a line without moving offsets).
TYPOGRAPHIC = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "`": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2033": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u00a0": " ",
}

_PUNCTUATION = str.maketrans(
    {
        **TYPOGRAPHIC,
        # Letters that Unicode does not decompose into a base letter and an accent.
        "\u00f8": "o",
        "\u00d8": "O",
        "\u00e6": "ae",
        "\u00c6": "AE",
        "\u0153": "oe",
        "\u0152": "OE",
        "\u0142": "l",
        "\u0141": "L",
        "\u0111": "d",
        "\u0110": "D",
        "\u00df": "ss",
        "\u00fe": "th",
        "\u00de": "TH",
    }
)
_SPACES = re.compile(r"\s+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def _unpunctuated(ch: str) -> str:
    # "don't" is "dont", while other marks part words ("J.K.", "AC/DC", "Rock-a-Bye" keep their words).
    if ch == "'":
        return ""
    return " " if unicodedata.category(ch).startswith("P") else ch


# A bulk import folds the same names over and over (every credit, alias and check): remember the recent ones.
@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The lookup key of a name or title: no case, accents, punctuation or extra spaces.

    A name made of punctuation only ("!!!") keeps it, so that it still has a key of its own.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_PUNCTUATION))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    unpunctuated = _SPACES.sub(" ", "".join(_unpunctuated(ch) for ch in stripped)).strip()
    return unpunctuated or _SPACES.sub(" ", stripped).strip()


def slug(text: str) -> str:
    """A stable, URL-safe id derived from a name or title (``We Don't Talk Anymore`` -> ``we-dont-talk-anymore``)."""
    return _NOT_SLUG.sub("-", fold(text).replace("'", "")).strip("-")
