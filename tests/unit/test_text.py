"""songgraph.text: the folded lookup key of names and titles, and the slug ids derived from them."""

from __future__ import annotations

import re
import unicodedata

import pytest

from songgraph.text import fold, slug


def test_fold_ignores_case() -> None:
    assert fold("CHARLIE Puth") == fold("charlie puth")
    assert fold("CHARLIE Puth") == "charlie puth"


def test_fold_ignores_accents() -> None:
    assert fold("Beyoncé") == fold("beyonce")
    assert fold("Beyoncé") == "beyonce"


def test_fold_ignores_accents_whatever_the_unicode_normal_form() -> None:
    composed = unicodedata.normalize("NFC", "Beyoncé Sigur Rós")
    decomposed = unicodedata.normalize("NFD", "Beyoncé Sigur Rós")
    assert composed != decomposed
    assert fold(composed) == fold(decomposed) == "beyonce sigur ros"


@pytest.mark.parametrize("apostrophe", ["\u2019", "\u2018", "`", "\u00b4", "'"])
def test_fold_treats_typographic_apostrophes_as_ascii(apostrophe: str) -> None:
    assert fold(f"We Don{apostrophe}t Talk Anymore") == fold("we don't talk anymore")
    assert fold(f"We Don{apostrophe}t Talk Anymore") == "we dont talk anymore"


def test_fold_treats_typographic_double_quotes_as_ascii() -> None:
    assert fold("\u201cHello\u201d") == fold('"hello"')


def test_fold_collapses_and_trims_whitespace_including_nbsp() -> None:
    assert fold("  We\u00a0Don't   Talk\tAnymore\n") == "we dont talk anymore"
    assert fold("Selena\u00a0\u00a0Gomez") == fold("selena gomez")


def test_fold_is_idempotent() -> None:
    once = fold("  Beyoncé\u00a0Knowles\u2019 \u201cSong\u201d ")
    assert fold(once) == once


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("We Don't Talk Anymore", "we dont talk anymore"),
        ("J. K. Hindlin", "j k hindlin"),
        ("AC/DC", "ac dc"),
        ("Hello, World! (Remix)", "hello world remix"),
        ("Rock-a-Bye", "rock a bye"),
    ],
)
def test_fold_ignores_punctuation(written: str, typed: str) -> None:
    assert fold(written) == fold(typed) == typed


def test_a_name_of_punctuation_only_keeps_a_key() -> None:
    assert fold("!!!") == "!!!"
    assert fold(" ?! ") == "?!"


def test_fold_keeps_distinct_names_distinct() -> None:
    assert fold("Selena Gomez") != fold("Selena Gomes")


def test_slug_of_a_title_with_a_typographic_apostrophe() -> None:
    assert slug("We Don\u2019t Talk Anymore") == "we-dont-talk-anymore"
    assert slug("We Don't Talk Anymore") == "we-dont-talk-anymore"


def test_slug_drops_accents() -> None:
    assert slug("Beyoncé") == "beyonce"
    assert slug("Sigur Rós") == "sigur-ros"


def test_slug_is_stable_for_accented_names() -> None:
    name = "Zoë Kravitz & Beyoncé"
    composed = unicodedata.normalize("NFC", name)
    decomposed = unicodedata.normalize("NFD", name)
    assert slug(composed) == slug(decomposed) == slug(name) == "zoe-kravitz-beyonce"
    assert slug(slug(name)) == slug(name)


def test_slug_is_url_safe_without_leading_trailing_or_doubled_dashes() -> None:
    value = slug("  --Hello,   World!!  (Remix)--  ")
    assert value == "hello-world-remix"
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", value)


def test_slug_ignores_case_and_spacing_like_fold() -> None:
    assert slug("NINE\u00a0Track   Mind") == slug("nine track mind") == "nine-track-mind"
