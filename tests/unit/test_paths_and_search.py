"""Pure pieces of the relationship queries: step explanations, drawing labels, the search query."""

from __future__ import annotations

from typing import Any

import pytest

from songgraph.cypher.relationships import lucene_escape, search_query
from songgraph.drawing import node_label
from songgraph.errors import BadUserInput
from songgraph.paths import explain


def person(name: str, eid: str) -> dict[str, Any]:
    return {"labels": ["Person"], "name": name, "eid": eid}


def rel(rel_type: str, start: str) -> dict[str, str]:
    return {"type": rel_type, "from": start}


def test_a_cast_member_reaches_the_songs_artist_through_the_video() -> None:
    path = {
        "nodes": [
            person("Mira", "1"),
            {"labels": ["MusicVideo"], "eid": "2"},
            {"labels": ["Song"], "title": "Harbour Song", "eid": "3", "artists": ["Otto"]},
            person("Otto", "4"),
        ],
        "rels": [rel("APPEARS_IN", "1"), rel("VIDEO_OF", "2"), rel("PERFORMED", "4")],
    }
    (step,) = explain(path)
    assert step.index == 0
    assert step.explanation == "Mira appears in the video for Harbour Song by Otto"


def test_an_introducer_step_names_both_people_introduced() -> None:
    intro = {
        "labels": ["Introduction"],
        "eid": "2",
        "occasion": "a festival",
        "introducer": "Nadia",
        "introduced": ["Oskar", "Lumi"],
    }
    forward = {
        "nodes": [person("Oskar", "1"), intro, person("Nadia", "3")],
        "rels": [rel("INTRODUCES", "2"), rel("MADE_INTRODUCTION", "3")],
    }
    between = {
        "nodes": [person("Oskar", "1"), intro, person("Lumi", "3")],
        "rels": [rel("INTRODUCES", "2"), rel("INTRODUCES", "2")],
    }
    assert explain(forward)[0].explanation == "Nadia introduced Oskar to Lumi at a festival"
    assert explain(between)[0].explanation == "Nadia introduced Oskar to Lumi at a festival"


def test_an_introducer_step_names_everyone_the_person_was_introduced_to() -> None:
    intro = {"labels": ["Introduction"], "eid": "2", "introducer": "Nadia", "introduced": ["Oskar", "Lumi", "Ada"]}
    forward = {
        "nodes": [person("Lumi", "1"), intro, person("Nadia", "3")],
        "rels": [rel("INTRODUCES", "2"), rel("MADE_INTRODUCTION", "3")],
    }
    assert explain(forward)[0].explanation == "Nadia introduced Lumi to Oskar and Ada"


@pytest.mark.parametrize(
    ("occasion", "said"),
    [
        ("at a label party", "at a label party"),
        ("through a mutual friend", "through a mutual friend"),
        ("At the Brit Awards", "At the Brit Awards"),
        ("a VMA afterparty", "at a VMA afterparty"),
    ],
)
def test_an_occasion_that_brings_its_own_preposition_is_not_given_another(occasion: str, said: str) -> None:
    intro = {"labels": ["Introduction"], "eid": "2", "occasion": occasion, "introducer": "Nadia"}
    between = {
        "nodes": [person("Oskar", "1"), intro, person("Lumi", "3")],
        "rels": [rel("INTRODUCES", "2"), rel("INTRODUCES", "2")],
    }
    assert explain(between)[0].explanation == f"Nadia introduced Oskar to Lumi {said}"
    assert node_label("Introduction", {"occasion": occasion}) == f"Introduction {said}"


def test_shared_song_membership_and_two_steps() -> None:
    path = {
        "nodes": [
            person("Ana", "1"),
            {"labels": ["Song"], "title": "Salt", "eid": "2"},
            person("Ben", "3"),
            person("The Band", "4"),
        ],
        "rels": [rel("WROTE", "1"), rel("PRODUCED", "3"), rel("MEMBER_OF", "3")],
    }
    first, second = explain(path)
    assert first.explanation == "Ana (writer) and Ben (producer) both worked on \u201cSalt\u201d"
    assert (second.index, second.explanation) == (1, "Ben is a member of The Band")


def test_drawing_labels() -> None:
    assert node_label("Certification", {"level": "PLATINUM", "multiplier": 4, "country": "Canada"}) == (
        "4x Platinum in Canada"
    )
    assert node_label("ChartPeak", {"position": 9, "chart": "Billboard Hot 100", "country": "United States"}) == (
        "#9 on the Billboard Hot 100 in United States"
    )
    assert node_label("MusicVideo", {"songTitle": "Salt"}) == "Music video for Salt"
    long_quote = node_label("Quote", {"text": "word " * 40})
    assert len(long_quote) <= 60 and long_quote.endswith("\u2026")
    assert node_label("Person", {"name": "Ana"}) == "Ana"


def test_search_query_folds_and_allows_typos() -> None:
    assert search_query("Charlie PTH", "search.text") == (
        "(charlie^3 OR charlie~2 OR charlie*) (pth^3 OR pth~1 OR pth*)"
    )
    assert search_query("We Don\u2019t", "search.text") == "(we^3 OR we*) (dont^3 OR dont~1 OR dont*)"


@pytest.mark.parametrize("text", ['AC/DC (live) "x" ~ * && || !', "title:x", "[1 TO 5]", "a\\b"])
def test_search_query_has_no_lucene_operators_from_user_text(text: str) -> None:
    query = search_query(text, "search.text")
    body = query.replace("^3", "").replace("~1", "").replace("~2", "").replace("*", "")
    assert not set(body) & set('+-&|!{}[]^"~?:\\/'), query


def test_search_without_words_is_bad_input() -> None:
    with pytest.raises(BadUserInput, match=r"search\.text: give some words"):
        search_query("!!! ???", "search.text")


def test_lucene_escape() -> None:
    assert lucene_escape('a+b(c)"d"') == 'a\\+b\\(c\\)\\"d\\"'
