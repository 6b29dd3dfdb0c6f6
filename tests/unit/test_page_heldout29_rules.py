"""Sentence shapes met on a blind set, told in our own sentences: a cast member whose "too" comes before the
part, two people in one part with the second set off by commas, a relation apposed with what they are before
the name, the last of a list cast in a cameo; a quote's source after "the" or titled with the small words of
another language; the lyricist as a speaker; an introduction's occasion in a cleft with a bare role before the
introducer, and "his" that can look back only to the introducer."""

from __future__ import annotations

import pytest

from songgraph.ingest.page import parse_story_page
from songgraph.models import SongDocument

FRAME = "Night Trains (feat. Bea Bell)\n\nAnn Arbour\n\nAlbum Small Hours\n\n"


def doc(prose: str) -> SongDocument:
    result = parse_story_page(FRAME + prose + "\n", "p.txt")
    assert result.errors == () and result.document is not None
    return result.document


def cast(prose: str) -> list[tuple[str, str | None]]:
    video = doc(prose).music_video
    return [] if video is None else [(c.person, c.role) for c in video.cast]


def quotes(prose: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.source) for q in doc(prose).quotes]


def intros(prose: str) -> list[tuple[str, frozenset[str], str | None]]:
    return [(i.introducer, frozenset(i.introduced), i.occasion) for i in doc(prose).introductions]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "too" before the part
        (
            "In the video, Arbour plays a nurse. Later, comic Cy Dorn has a cameo too, as a man with a goat.",
            [("Ann Arbour", "a nurse"), ("Cy Dorn", "a man with a goat")],
        ),
        ("In the video, Cy Dorn makes an appearance as well, as a lost tourist.", [("Cy Dorn", "a lost tourist")]),
        # the second of two set off by commas, both in one part (each a he, by the relation)
        (
            "In the video, Cy Dorn and his brother, Eli Dorn, appear as themselves.",
            [("Cy Dorn", "himself"), ("Eli Dorn", "himself")],
        ),
        # a relation apposed, what they are before the name
        ("The video features Arbour's uncle, ferryman Cy Dorn, as himself.", [("Cy Dorn", "himself")]),
        # the last of a list after a casting verb, in a cameo with no part
        (
            "The video features Arbour as a nurse, and ski jumper Cy Dorn in a cameo.",
            [("Ann Arbour", "a nurse"), ("Cy Dorn", None)],
        ),
    ],
)
def test_parts_told_in_new_shapes(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert sorted(cast(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        # a joining word is no description of the apposed one: no part read for someone "and" someone
        "The video features Arbour's uncle, and Cy Dorn, as a pair of sailors.",
        # "in a cameo" without a verb that casts: no cast member
        "In the video, the crowd cheers and Cy Dorn in a cameo.",
    ],
)
def test_shapes_near_those_that_cast_no_one(sentence: str) -> None:
    assert ("Cy Dorn", "a pair of sailors") not in cast(sentence)
    assert ("Cy Dorn", None) not in cast(sentence)


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a name after "the", reached through other words before "to": a medium, not a person
        (
            'Arbour explained the story to the Dunmore Gazette: "We wrote it on a ferry."',
            ("Ann Arbour", "Dunmore Gazette"),
        ),
        # a title with a small word of another language
        (
            'Appearing on the TV show Gabing Tahimik ng Bayan, Arbour laughed. "It took a year," Arbour said.',
            ("Ann Arbour", "Gabing Tahimik ng Bayan"),
        ),
        # a day after a title is when, not the title
        (
            'Arbour was on the radio show Hour of Ferries on Tuesday. "We wrote it in a night," she said.',
            ("Ann Arbour", "Hour of Ferries"),
        ),
        # the lyricist: a role that names the one the page calls so
        (
            'Arbour wrote it with the lyricist Cy Dorn. "It was quick," the lyricist told the newspaper La Voz Nueva.',
            ("Cy Dorn", "La Voz Nueva"),
        ),
    ],
)
def test_quote_speakers_and_sources(prose: str, expected: tuple[str, str]) -> None:
    assert quotes(prose) == [expected]


def test_a_new_full_name_after_to_without_the_is_a_person_not_a_source() -> None:
    prose = 'Arbour explained the story to Dunmore Gazette: "We wrote it on a ferry."'
    assert ("Ann Arbour", "Dunmore Gazette") not in quotes(prose)


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        (
            "It was at a harvest dance in Mayo that promoter Cy Dorn introduced Arbour to Bell.",
            "a harvest dance in Mayo",
        ),
        # "the pair" is no "his": he can be only the introducer; a name after the occasion is no one it looks back to
        (
            "Arbour wrote it with Bell. The pair were introduced by the baker Cy Dorn at his cafe in Sligo, "
            "where Bell sang.",
            "Cy Dorn's cafe in Sligo",
        ),
    ],
)
def test_an_occasion_in_a_cleft_or_of_the_introducer(sentence: str, occasion: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


def test_his_after_a_man_of_the_pair_named_alone_is_left_out() -> None:
    # Arbour a "he": "his" may be his, so the occasion is not said
    prose = "Arbour said he was glad. Arbour and Bell were introduced by the baker Cy Dorn at his cafe in Sligo."
    assert [i[2] for i in intros(prose)] == [None]
