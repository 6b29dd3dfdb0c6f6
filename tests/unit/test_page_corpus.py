"""The story-page parser on the corpus of fixture pages, scored per fact kind against their .facts.yaml.

The goal on our own corpus is every stated fact found and every reported fact correct, per kind. The
held-out pages (tests/fixtures/pages/heldout*/) estimate how the parser does on pages it was not tuned on
(``python -m tests.page_corpus tests/fixtures/pages/heldout``); the sets written blind, read for new rules and
brought to issue 12's goal (98% of facts found, 99% of those reported correct) are held here to it (``AT_GOAL``),
not to every fact.
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.page_corpus import KINDS, Score, score_pages, table

PAGES = ROOT / "tests" / "fixtures" / "pages"


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    return score_pages(PAGES)


def test_the_corpus_has_the_pages_and_facts_it_claims() -> None:
    pages = sorted(PAGES.glob("*.txt"))
    assert len(pages) >= 16
    assert all(page.with_suffix(".facts.yaml").exists() for page in pages)


@pytest.mark.parametrize("kind", KINDS)
def test_every_fact_of_the_corpus_is_found_and_correct(kind: str, scores: dict[str, Score]) -> None:
    score = scores[kind]
    assert score.stated > 0, f"no page states a {kind} fact"
    assert (score.recall, score.precision) == (1.0, 1.0), table({kind: score})


def test_the_narrative_kinds_are_well_represented(scores: dict[str, Score]) -> None:
    # The variety issue 12 asks for: many introductions, cast members and quotes, not one of each.
    assert scores["introductions"].stated >= 14
    assert scores["video cast"].stated >= 25
    assert scores["quote sources"].stated >= 15


# Held-out sets kept at the goal once the parser was taught from them, with how many facts each was written with.
AT_GOAL = {
    "heldout": 84,
    "heldout2": 84,
    "heldout3": 87,
    "heldout4": 199,
    "heldout5": 211,
    "heldout6": 344,
    "heldout7": 280,
    "heldout8": 296,
    "heldout9": 237,
    "heldout10": 238,
    "heldout11": 187,
    "heldout12": 288,
    "heldout13": 290,
    "heldout14": 339,
    "heldout15": 355,
    "heldout16": 302,
    "heldout17": 290,
    "heldout18": 267,
    "heldout19": 284,
    "heldout20": 284,
    "heldout21": 284,
    "heldout22": 310,
    "heldout23": 284,
    "heldout24": 278,
    "heldout25": 257,
    "heldout26": 254,
    "heldout27": 250,
    "heldout28": 251,
    "heldout29": 246,
    "heldout30": 255,
    "heldout31": 267,
    "heldout32": 272,
    "heldout33": 279,
    "heldout34": 293,
    "heldout36": 232,
    "heldout38": 341,
    "heldout39": 285,
    "heldout40": 310,
    "heldout41": 280,
    "heldout42": 228,
    "heldout44": 259,
    "heldout45": 261,
    "heldout46": 242,
    "heldout47": 256,
    "heldout48": 227,
    "heldout49": 223,
    "heldout50": 250,
    "heldout51": 262,
    "heldout52": 214,
    "heldout53": 229,
    "heldout54": 269,
    "heldout57": 249,
    "heldout55": 227,
    "heldout56": 260,
    "heldout63": 234,
    "heldout60": 236,
    "heldout62": 244,
    "heldout58": 213,
    "heldout66": 227,
    "heldout67": 249,
    "heldout69": 284,
    "heldout70": 260,
    "heldout71": 335,
    "heldout72": 242,
    "heldout73": 298,
    "heldout74": 255,
    "heldout75": 257,
    "heldout77": 235,
    "heldout78": 247,
    "heldout82": 246,
    "heldout83": 234,
    "heldout87": 225,
    "heldout61": 261,
    "heldout85": 237,
    "heldout88": 257,
    "heldout86": 275,
    "heldout91": 229,
    "heldout89": 271,
    "heldout92": 230,
    "heldout98": 251,
    "heldout99": 251,
    "heldout97": 247,
    "heldout95": 231,
    "heldout106": 230,
    "heldout107": 251,
    "heldout104": 275,
    "heldout109": 238,
    "heldout112": 241,
    "heldout76": 213,
    "heldout117": 264,
    "heldout137": 249,
    "heldout155": 243,
    "heldout154": 216,
    "heldout160": 239,
    "heldout161": 236,
    "heldout168": 249,
    "heldout171": 222,
    "heldout176": 241,
    "heldout178": 240,
    "heldout181": 234,
    "heldout185": 234,
    "heldout190": 228,
    "heldout191": 239,
    "heldout193": 236,
    "heldout197": 242,
    "heldout198": 232,
    "heldout199": 245,
    "heldout200": 235,
    "heldout202": 241,
    "heldout207": 204,
    "heldout210": 234,
    "heldout218": 226,
    "heldout219": 221,
    "heldout222": 228,
    "heldout223": 223,
    "heldout225": 248,
    "heldout226": 236,
    "heldout227": 241,
    "heldout232": 250,
    "heldout238": 255,
    "heldout239": 256,
    "heldout245": 253,
    "heldout246": 273,
    "heldout247": 261,
    "heldout250": 259,
    "heldout254": 268,
    "heldout255": 271,
    "heldout258": 258,
    "heldout259": 274,
    "heldout266": 254,
    "heldout268": 263,
    "heldout271": 302,
    "heldout274": 282,
    "heldout275": 253,
    "heldout273": 262,
    "heldout276": 276,
    "heldout269": 249,
    "heldout267": 288,
    "heldout272": 268,
    "heldout278": 262,
    "heldout279": 237,
    "heldout280": 257,
    "heldout281": 230,
    "heldout284": 244,
    "heldout286": 243,
    "heldout287": 244,
    "heldout288": 248,
    "heldout289": 227,
    "heldout292": 248,
    "heldout285": 238,
    "heldout293": 282,
    "heldout296": 232,
    "heldout301": 220,
    "heldout303": 250,
    "heldout306": 214,
    "heldout307": 237,
    "heldout312": 241,
    "heldout319": 246,
    "heldout326": 224,
    "heldout330": 257,
    "heldout332": 264,
    "heldout333": 226,
    "heldout334": 260,
    "heldout339": 220,
    "heldout341": 276,
    "heldout343": 242,
    "heldout350": 292,
    "heldout352": 251,
    "heldout368": 254,
    "heldout369": 242,
}


@pytest.mark.parametrize("folder", sorted(AT_GOAL))
def test_a_held_out_set_taught_from_stays_at_the_goal(folder: str) -> None:
    scores = score_pages(PAGES / folder)
    stated = sum(score.stated for score in scores.values())
    reported = sum(score.reported for score in scores.values())
    found = sum(score.found for score in scores.values())
    assert stated >= AT_GOAL[folder], f"{folder} holds fewer facts than it was written with"
    assert found / stated >= 0.98 and found / reported >= 0.99, table(scores)
