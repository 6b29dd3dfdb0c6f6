"""The narrative of story pages, sentence by sentence: introductions, the video's cast, quote speakers and
sources told in the usual shapes of English, and the ambiguous cases left out with a located warning."""

from __future__ import annotations

import pytest

from songgraph.ingest.page import KnownPerson, PageResult, mentioned_names, parse_story_page
from songgraph.ingest.page.clauses import hearsay
from songgraph.ingest.page.people import People
from songgraph.models import ArtistKind, SongDocument
from songgraph.text import fold

# A heading the parser accepts; prose follows from line 7.
FRAME = "Night Trains (feat. Bea Bell)\n\nAnn Arbour\n\nAlbum Small Hours\n\n"


def parse(prose: str, known: dict[str, KnownPerson] | None = None) -> PageResult:
    return parse_story_page(FRAME + prose + "\n", "p.txt", known)


def doc(prose: str) -> SongDocument:
    result = parse(prose)
    assert result.errors == () and result.document is not None
    return result.document


def intros(prose: str) -> list[tuple[str, frozenset[str], str | None]]:
    return [(i.introducer, frozenset(i.introduced), i.occasion) for i in doc(prose).introductions]


def cast(prose: str) -> list[tuple[str, str | None]]:
    video = doc(prose).music_video
    return [] if video is None else [(c.person, c.role) for c in video.cast]


def quotes(prose: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.source) for q in doc(prose).quotes]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cy Dorn introduced Ann Arbour to Bea Bell at a label party in 2015.",
        "Arbour and Bell were introduced by their manager Cy Dorn at a label party.",
        "Ann Arbour was introduced to Bea Bell by Cy Dorn at a label party.",
        "It was the engineer Cy Dorn who introduced Ann and Bea at a label party.",
        "Arbour and Bell owe it all to Cy Dorn, who introduced the two at a label party.",
        "Arbour and Bell met when Cy Dorn introduced them at a label party.",
        "Arbour met Bell through an introduction by her old teacher, the pianist Cy Dorn, at a label party.",
        "The two singers were introduced by their agent, Cy Dorn, at a label party, and wrote all night.",
        "Cy Dorn introduced Ann Arbour to Bea Bell two years later at a label party.",
    ],
)
def test_an_introduction_told_in_narration(sentence: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a label party")]


@pytest.mark.parametrize(
    ("lead", "body", "introduced"),
    [
        ("Speaking to Radio Nord, Arbour said:", "Cy Dorn introduced us at a label party.", {"Ann Arbour", "Bea Bell"}),
        ("Arbour said:", "Cy Dorn introduced me to Bea at a label party.", {"Ann Arbour", "Bea Bell"}),
        ("Arbour said:", "I was introduced to Bea by Cy Dorn at a label party.", {"Ann Arbour", "Bea Bell"}),
    ],
)
def test_an_introduction_told_in_a_quote(lead: str, body: str, introduced: set[str]) -> None:
    assert intros(f'{lead}\n\n"{body}"') == [("Cy Dorn", frozenset(introduced), "a label party")]


def test_the_introducer_in_the_first_person_and_an_occasion_of_theirs() -> None:
    prose = 'In an interview, producer Cy Dorn explained:\n\n"I introduced Ann to Bea at my birthday dinner."'
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "Cy Dorn's birthday dinner")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Arbour sang it with Cy Dorn, whom she had been introduced to by Eda Fenn at a fair.",
        "Arbour sang it with Cy Dorn, who Arbour was introduced to by Eda Fenn at a fair.",
        "Arbour sang it with Cy Dorn, to whom she was introduced by Eda Fenn at a fair.",
    ],
)
def test_a_relative_passive_introduction_with_its_to_left_at_the_verb(sentence: str) -> None:
    assert intros(sentence) == [("Eda Fenn", frozenset({"Ann Arbour", "Cy Dorn"}), "a fair")]


def test_a_relative_clause_about_someone_else_introduced_is_no_introduction_of_theirs() -> None:
    # "whom" is the audience, not a party: no one was introduced to Cy Dorn
    assert intros("Arbour sang it for Cy Dorn, who had been introduced on stage by Eda Fenn.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside about the part, between dashes or commas, is not the part
        (
            "In the video, the role of the ferryman - a gruff old man who softens by the end - went to Cy Dorn.",
            [("Cy Dorn", "the ferryman")],
        ),
        (
            "In the video, the role of the ferryman, a gruff old man, went to the actor Cy Dorn.",
            [("Cy Dorn", "the ferryman")],
        ),
        # dashes around what does not open like an apposition: not cut there
        (
            "In the video, the role of the ferryman - and of his rival - went to Cy Dorn.",
            [("Cy Dorn", "the ferryman - and of his rival -")],
        ),
    ],
)
def test_a_part_given_to_someone_with_an_aside_about_it(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bracket about the introducer, naming a place: the name before it introduced, not the place
        (
            "Arbour credits her flatmate, Cy Dorn (then a barmaid on the Rue de Rivoli, now a tattoo artist), who "
            "introduced her to Bell at a poetry slam.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a poetry slam")],
        ),
        # a bracket that adds someone: who introduced is not told
        ("Arbour credits Cy Dorn (and later Eda Fenn), who introduced her to Bell at a poetry slam.", []),
    ],
)
def test_an_introducer_with_an_aside_in_brackets(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("where", "occasion"),
    [
        # a place of the introducer's after "in", without the time told after it
        ("in her tasca in Mouraria one wet November night", "Cy Dorn's tasca in Mouraria"),
        ("in his kitchen", "Cy Dorn's kitchen"),
        # a city, a season, or "their" (whose is not sure) after "in": no occasion
        ("in Lisbon one wet November night", None),
        ("in the spring", None),
        ("in their kitchen", None),
    ],
)
def test_an_occasion_of_someones_after_in(where: str, occasion: str | None) -> None:
    sentence = f"Arbour and Bell were strangers until the old fadista Cy Dorn introduced them {where}."
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("epithet", "speaker"),
    [
        # a part of the compound role the page gave with the same place word
        ("the Breton songwriter", "Cy Dorn"),
        # a role the page never gave them: no one for sure
        ("the Breton drummer", None),
    ],
)
def test_a_placed_epithet_by_a_part_of_a_compound_role(epithet: str, speaker: str | None) -> None:
    # (a quote whose speaker is not told is not imported)
    prose = (
        "It features the Breton singer-songwriter Cy Dorn, and the producer is Eda Fenn. "
        f'As for how the producer got involved, {epithet} told Libération the story himself: "I brought her in."'
    )
    assert [q.speaker for q in doc(prose).quotes] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside between dashes after the introducer, which may start with what they are called
        (
            "It was the formidable Cy Dorn - Dona Cy to everyone in the street, and the woman who ran the samba "
            "school - who introduced Arbour to Bell at a roda de samba.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a roda de samba")],
        ),
        # the introducer named between dashes after a description, with a relative clause about them
        (
            "It was a Monterrey radio DJ - Cy Dorn, who hosts the show Radio Owl - who introduced Arbour to Bell, "
            "at a lottery night.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a lottery night")],
        ),
        # an aside that adds someone, or a dash that closes nothing the introducer opened: not told for sure
        ("It was Cy Dorn - and later Eda Fenn - who introduced Arbour to Bell at a party.", []),
        ("Arbour thanks Cy Dorn, who hosts the show Radio Owl - who introduced Arbour to Bell at a party.", []),
    ],
)
def test_an_introducer_with_an_aside_between_dashes(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("artist", "expected"),
    [
        # a name that says in another language that its act is siblings: "the band" is that act
        ("Los Hermanos Vela", [("Cy Dorn", frozenset({"Los Hermanos Vela", "Bea Bell"}), "a lottery night")]),
        ("Les Soeurs Vela", [("Cy Dorn", frozenset({"Les Soeurs Vela", "Bea Bell"}), "a lottery night")]),
        # one sibling's name, or the word inside another: no band
        ("Hermano Vela", []),
        ("Los Hermanosos", []),
    ],
)
def test_a_sibling_act_named_in_another_language_is_the_band(
    artist: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    page = f"Night Trains (feat. Bea Bell)\n\n{artist}\n\nAlbum Small Hours\n\n"
    page += "Cy Dorn introduced the band to Bea Bell at a lottery night.\n"
    result = parse_story_page(page, "p.txt")
    assert result.document is not None
    found = [(i.introducer, frozenset(i.introduced), i.occasion) for i in result.document.introductions]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "she'd been": "had" contracted after the pronoun
        (
            "Arbour sang it with Cy Dorn, to whom she'd been introduced by Eda Fenn at a fair.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Cy Dorn"}), "a fair")],
        ),
        (
            "Arbour sang it with Cy Dorn, whom she'd been introduced to by Eda Fenn at a fair.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Cy Dorn"}), "a fair")],
        ),
        # "she'd have been": what would have happened, no introduction
        ("Arbour sang it with Cy Dorn, to whom she'd have been introduced by Eda Fenn at a fair, had she come.", []),
    ],
)
def test_a_relative_passive_introduction_with_had_contracted(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the two the sentence before said had never met; "her" is the introducer's, the only one this sentence names
        (
            "Arbour and Bell had never crossed paths until 2020. The introduction came courtesy of Cy Dorn, a "
            "Santiago-born drummer who plays in half the bands in Melbourne, at her housewarming in Brunswick.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "Cy Dorn's housewarming in Brunswick")],
        ),
        (
            "Arbour and Bell had never met. The introduction came from Cy Dorn at a party.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a party")],
        ),
        # "her" when the sentence names one of the two as well: whose is not sure
        (
            "Arbour and Bell had never met. The introduction came courtesy of Cy Dorn at her housewarming, and "
            "Arbour still thanks her.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        # the sentence before tells no two who had not met
        ("Arbour and Bell had met before. The introduction came courtesy of Cy Dorn at a party.", []),
    ],
)
def test_an_introduction_that_came_from_someone(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("described", "called", "introducer"),
    [
        # the noun for someone of a nation is the one person the page described with its adjective
        ("the Swedish topliner Cy Dorn", "the Swede", "Cy Dorn"),
        ("the Chilean producer Cy Dorn", "the Chilean", "Cy Dorn"),
        # two so described, or none: no one for sure
        ("the Swedish topliner Cy Dorn and the Swedish drummer Eda Fenn", "the Swede", None),
        ("the Danish topliner Cy Dorn", "the Swede", None),
    ],
)
def test_someone_called_by_the_noun_for_their_nation(described: str, called: str, introducer: str | None) -> None:
    prose = f"It was written with {described}. Later it was {called} who introduced Arbour to Bell, over a video call."
    expected = [(introducer, frozenset({"Ann Arbour", "Bea Bell"}), "a video call")] if introducer else []
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cameo, then a relative clause after a comma: the comma ends the name
        (
            "In the video there is a very sweet cameo from Arbour's nani, Cy Dorn, which made my mother cry.",
            [("Cy Dorn", None)],
        ),
        (
            "In the video there are cameos from Cy Dorn and Eda Fenn, which made my mother cry.",
            [("Cy Dorn", None), ("Eda Fenn", None)],
        ),
        # two names only a comma apart before it: one in an apposition or two, not told
        ("In the video there is a cameo from Cy Dorn, Eda Fenn, which made my mother cry.", []),
    ],
)
def test_a_cameo_before_a_relative_clause(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the part in an apposition to the video's lead, which may name a place
        (
            "The video's lead, a chaiwala at Churchgate station, is played by the theatre actor Cy Dorn.",
            [("Cy Dorn", "a chaiwala at Churchgate station")],
        ),
        # an apposition to something else of the video: no part
        ("The video's budget, a fortune at the time, was paid by Cy Dorn.", []),
    ],
)
def test_a_part_in_an_apposition_to_the_videos_lead(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # named in an apposition, in the video, then the part after a comma (a participle's scene cut off)
        (
            "is in it too, playing a neighbour peering over the wall, and she steals every scene.",
            [("Cy Dorn", "a neighbour")],
        ),
        ("is in it too, as a neighbour.", [("Cy Dorn", "a neighbour")]),
        # what one plays that is no part
        ("is in it too, playing the piano.", []),
    ],
)
def test_a_part_after_being_in_the_video_told_of_an_apposition(after: str, expected: list[tuple[str, str]]) -> None:
    assert cast(f"The video stars Eda Fenn as a widower. Arbour's own grandmother, Cy Dorn, {after}") == [
        ("Eda Fenn", "a widower"),
        *expected,
    ]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # what was held or printed there names where the words were said
        ("Arbour had a funnier version during a Twitch stream with fans last year:", "Twitch"),
        ("In her Rolling Stone India cover story, Arbour spoke about writing on the train:", "Rolling Stone India"),
        ("Arbour jumped on Instagram Live the night the song dropped and told fans:", "Instagram"),
        ("Arbour posted a clip of the very first run-through to TikTok, and in it she says:", "TikTok"),
        # one who asked, named in full, is a person; going on a platform is not going live on it
        ("Arbour said when Cy Dorn asked her about it:", None),
        ("Arbour jumped on Facebook the night the song dropped and told fans:", None),
    ],
)
def test_a_source_told_by_what_was_held_there(lead: str, source: str | None) -> None:
    assert quotes(f'{lead} "We wrote it on the last train home."') == [("Ann Arbour", source)]


def test_a_medium_asking_after_the_quote() -> None:
    prose = '"We wrote it on the last train home," Arbour said when Aftonbladet asked her about it.'
    assert quotes(prose) == [("Ann Arbour", "Aftonbladet")]


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        # a group's leader is a role the page gives, which "the leader" means later
        ("It was written by leader Cy Dorn with Eda Fenn.", [("Cy Dorn", "Weverse")]),
        # no one called so: no one for sure
        ("It was written by Cy Dorn with Eda Fenn.", []),
    ],
)
def test_the_leader_is_whom_the_page_called_so(credit: str, expected: list[tuple[str, str | None]]) -> None:
    lead = "During a Weverse livestream the night before, the leader talked fans through the lyric:"
    assert quotes(f'{credit} {lead} "The arcade is where we used to go."') == expected


@pytest.mark.parametrize(
    ("told", "source"),
    [
        # a medium named by digits and letters
        ("told 3voor12", "3voor12"),
        # an ordinal or a decade is none
        ("told 2nd", None),
        ("told 40s", None),
    ],
)
def test_a_medium_named_by_digits_and_letters(told: str, source: str | None) -> None:
    assert quotes(f'"We wrote it on the last train home," Arbour {told}.') == [("Ann Arbour", source)]


def test_members_listed_by_first_names_share_the_last_ones_surname() -> None:
    page = (
        "Night Trains\n\nThe Dalton Sisters\n\nAlbum Small Hours\n\n"
        "It is a single by the trio The Dalton Sisters. The trio is made up of Rhea, Etta and Lou Dalton.\n\n"
        "In the video, Etta and Lou Dalton play two lost brides.\n"
    )
    result = parse_story_page(page, "p.txt")
    assert result.document is not None and result.document.music_video is not None
    cast = [(c.person, c.role) for c in result.document.music_video.cast]
    assert cast == [("Etta Dalton", "two lost brides"), ("Lou Dalton", "two lost brides")]


@pytest.mark.parametrize(
    ("body", "occasion"),
    [
        ("I introduced Ann to Bea at my own birthday dinner.", "Cy Dorn's birthday dinner"),
        # "own" that is no stress on a pronoun stays: it is part of the occasion's name
        ("I introduced Ann to Bea at the Own Goal Club.", "the Own Goal Club"),
    ],
)
def test_own_after_a_possessive_occasion_is_dropped_with_the_pronoun(body: str, occasion: str) -> None:
    prose = f'In an interview, producer Cy Dorn explained:\n\n"{body}"'
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


def test_introduced_us_to_someone_is_the_speakers_band_and_them() -> None:
    page = (
        "Night Trains (feat. Bea Bell)\n\nThe Arbours\n\n"
        "It is a single by the band The Arbours, made up of Ann Arbour and Cy Dorn.\n\n"
        'Arbour said:\n\n"Our manager Eda Fenn introduced us to Bea at a wedding."\n'
    )
    result = parse_story_page(page, "band.txt")
    assert result.document is not None
    [intro] = result.document.introductions
    assert (intro.introducer, set(intro.introduced)) == ("Eda Fenn", {"The Arbours", "Bea Bell"})


def test_introduced_us_to_someone_from_a_solo_artist_is_left_out_with_a_warning() -> None:
    # Who "us" is (the speaker and someone else) cannot be one of the two introduced.
    result = parse('Arbour said:\n\n"Cy Dorn introduced us to Eda Fenn at a wedding."')
    assert result.document is not None and result.document.introductions == []
    assert any(w.line == 9 and "introduction" in w.message for w in result.warnings), result.warnings


def test_a_pronoun_that_could_mean_two_people_leaves_the_introduction_out() -> None:
    prose = "Ann Arbour met Bea Bell in 2014. A year later Cy Dorn introduced her to Eda Fenn."
    result = parse(prose)
    assert result.document is not None and result.document.introductions == []
    assert [w.located("p.txt") for w in result.warnings] == [
        "p.txt:7: an introduction whose people the page does not name for sure is not imported"
    ]


def test_a_pronoun_after_one_person_is_them() -> None:
    prose = "Ann Arbour grew up in Tallinn. In 2014 Cy Dorn introduced her to Eda Fenn at a folk festival."
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Eda Fenn"}), "a folk festival")]


def test_a_capitalised_single_word_is_not_a_new_introducer() -> None:
    result = parse("Mom introduced Ann and Bea at a barbecue.")
    assert result.document is not None and result.document.introductions == []
    assert any("introduction" in w.message for w in result.warnings)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The video stars Mexican actor Tomás Ríos as a baker and Arbour as herself.",
            [("Tomás Ríos", "a baker"), ("Ann Arbour", "herself")],
        ),
        (
            "The video features a cameo from Cy Dorn playing himself, and Bell as a taxi driver who sings.",
            [("Cy Dorn", "himself"), ("Bea Bell", "a taxi driver")],
        ),
        (
            "The video follows Arbour as a night guard and Bell as her sister, while the band plays.",
            [("Ann Arbour", "a night guard"), ("Bea Bell", "her sister")],
        ),
        (
            "In the video, the role of the old captain is played by actor Cy Dorn.",
            [("Cy Dorn", "the old captain")],
        ),
        (
            "In the video Bell appears as herself and Eda Fenn plays the ferry cook.",
            [("Bea Bell", "herself"), ("Eda Fenn", "the ferry cook")],
        ),
        (
            "The video does not feature Bea Bell but Eda Fenn as Arbour's younger self.",
            [("Eda Fenn", "Arbour's younger self")],
        ),
        (
            "The video stars Arbour, with Cy Dorn in the role of her only passenger.",
            [("Cy Dorn", "her only passenger")],
        ),
    ],
)
def test_the_video_cast_with_their_parts(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(sentence) == expected


def test_parts_taken_on_and_shared_without_an_article() -> None:
    assert cast("In the video Arbour and Bell star as rival bakers, and Cy Dorn takes on the role of their judge.") == [
        ("Ann Arbour", "rival bakers"),
        ("Bea Bell", "rival bakers"),
        ("Cy Dorn", "their judge"),
    ]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the meeting first, then who introduced them, as a participle
        (
            "Arbour and Bell met at the Oslo Jazz Festival, introduced by the booking agent Cy Dorn.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "the Oslo Jazz Festival")],
        ),
        # an apposition saying whose relation the introducer is, before the occasion
        (
            "Arbour and Bell were introduced by the fiddler Cy Dorn, Bell's cousin, at a barn party near Bergen.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a barn party near Bergen")],
        ),
        # "there": the one place the sentence before told
        (
            "Arbour first heard Bell sing at a bonfire in Tromso. It was the painter Cy Dorn who introduced them "
            "there.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a bonfire in Tromso")],
        ),
        (
            "Arbour heard Bell at a bonfire in Tromso and at a wedding in Bodo. It was Cy Dorn who introduced them "
            "there.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        # the introduction told by no one, and who made it in the next sentence ("in which" ends the occasion)
        (
            "Arbour had been introduced to Bell on the set of a film in which both were extras. The introduction "
            "was made by the film's casting director, Cy Dorn, who knew them both.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "the set of a film")],
        ),
        # ... but not when the sentence before named who introduced them
        (
            "Arbour had been introduced to Bell by Eda Fenn on a film set. The introduction was made by the casting "
            "director, Cy Dorn.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a film set")],
        ),
        # "the man who introduced them, X" and where "he did it"
        (
            "Arbour was singing backing vocals when she met Bell. The man who introduced them, the drummer Cy Dorn, "
            "had played in both bands, and he did it at a quiz night in Leeds.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a quiz night in Leeds")],
        ),
    ],
)
def test_introductions_told_after_the_meeting_or_over_two_sentences(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


def test_a_band_named_as_kin_is_a_band_with_the_members_listed_after_it() -> None:
    page = (
        "Night Trains (feat. Ola Berg)\n\nThe Dorn Brothers\n\n"
        "The Dorn Brothers - Cy, Abe and Tom Dorn - wrote it in a barn.\n\n"
        "It was Eda Fenn who introduced the brothers to the fiddler Gil Moss, at a dance in Leeds.\n"
    )
    result = parse_story_page(page, "kin.txt")
    assert result.document is not None
    [band] = [p for p in result.document.people if p.name == "The Dorn Brothers"]
    assert (band.kind.value, band.members) == ("GROUP", ["Cy Dorn", "Abe Dorn", "Tom Dorn"])
    assert [(i.introducer, frozenset(i.introduced), i.occasion) for i in result.document.introductions] == [
        ("Eda Fenn", frozenset({"The Dorn Brothers", "Gil Moss"}), "a dance in Leeds")
    ]


def test_an_occasion_may_hold_a_colon_inside_a_name() -> None:
    assert intros("Cy Dorn introduced Ann and Bea backstage at the Melt:Festival in 2018.") == [
        ("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "the Melt:Festival")
    ]


def test_a_quote_that_goes_on_after_its_attribution() -> None:
    [quote] = doc('"It was quiet," Arbour admitted to La Tercera. "Nobody spoke first."').quotes
    # (the comma that led into an attribution ending with a full stop ended the first sentence)
    assert (quote.speaker, quote.source, quote.text) == (
        "Ann Arbour",
        "La Tercera",
        "It was quiet. Nobody spoke first.",
    )


def test_a_quote_holding_a_quote_is_one_quote() -> None:
    prose = 'Arbour said:\n\n"I told him "yes" and left the room."'
    [quote] = doc(prose).quotes
    assert (quote.speaker, quote.text) == ("Ann Arbour", 'I told him "yes" and left the room.')


def test_several_people_in_one_part_are_each_cast_once() -> None:
    assert cast("In the video, Arbour, Bell and Eda Fenn play three sisters on a farm.") == [
        ("Ann Arbour", "three sisters on a farm"),
        ("Bea Bell", "three sisters on a farm"),
        ("Eda Fenn", "three sisters on a farm"),
    ]


def test_a_part_named_like_a_description_is_a_part() -> None:
    # "the engineer" is no one on the page here: the words of a part, not a person.
    assert cast("In the video Bell plays an astronaut and Arbour plays the engineer who waits.") == [
        ("Bea Bell", "an astronaut"),
        ("Ann Arbour", "the engineer"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "is" a part, among the other parts of one clause
        (
            "In the video Bell plays a ferry cook, Eda Fenn is the stowaway who hides in the hold, and Cy Dorn "
            "turns up as a customs officer.",
            [("Bea Bell", "a ferry cook"), ("Eda Fenn", "the stowaway"), ("Cy Dorn", "a customs officer")],
        ),
        # left alone: "is" with no other part, or a role noun, tells no part
        ("In the video Eda Fenn is the stowaway.", []),
        (
            "In the video Bell plays a ferry cook, Eda Fenn is the director of photography.",
            [("Bea Bell", "a ferry cook")],
        ),
        # the second of two told by her relation to the first
        (
            "In the video Eda Fenn and her older brother Cy Fenn play rival chefs.",
            [("Eda Fenn", "rival chefs"), ("Cy Fenn", "rival chefs")],
        ),
        # after "plays", a participle with a bare object and where, or with someone's, tells the scene
        ("In the video Cy Dorn plays a baker kneading dough in a cellar.", [("Cy Dorn", "a baker")]),
        ("In the video Cy Dorn plays a tailor measuring Bell's coat.", [("Cy Dorn", "a tailor")]),
        # ... not after "as", where the whole phrase is the part
        (
            "In the video Cy Dorn appears as a baker kneading dough in a cellar.",
            [("Cy Dorn", "a baker kneading dough in a cellar")],
        ),
    ],
)
def test_parts_among_others_a_relation_named_second_and_a_scene_after_plays(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert cast(sentence) == expected


def test_a_cast_member_in_a_denied_clause_is_not_cast() -> None:
    assert cast("The video does not feature Eda Fenn as a nurse.") == []


def test_a_new_name_after_a_preposition_is_a_place_not_a_cast_member() -> None:
    assert cast("The video was shot in Los Angeles as a tribute, and stars Cy Dorn as a nurse.") == [
        ("Cy Dorn", "a nurse")
    ]


def test_as_outside_a_part_is_not_a_cast_member() -> None:
    # "as" before a word that does not start a part ("as winter falls") is no part.
    assert cast("The video shows New York as winter falls, and Cy Dorn as a nurse.") == [("Cy Dorn", "a nurse")]


@pytest.mark.parametrize(
    ("lead", "speaker", "source"),
    [
        ("In an interview with Nordic Beat, the Swedish singer explained:", "Ann Arbour", "Nordic Beat"),
        ("Looking back, Arbour told the Guardian that it took a year:", "Ann Arbour", "Guardian"),
        ("In 2020, Bea Bell appeared on The Late Hour podcast and talked about it:", "Bea Bell", "The Late Hour"),
        ("After the release, Bell wrote on Instagram:", "Bea Bell", "Instagram"),
        ("In a Facebook post, Bell said:", "Bea Bell", "Facebook"),
        ("On The Morning Sofa in 2021, Arbour said of the song:", "Ann Arbour", "The Morning Sofa"),
        ("Dorn, who produced the track, spoke to Radio Nord about it:", "Cy Dorn", "Radio Nord"),
    ],
)
def test_quote_speakers_and_sources(lead: str, speaker: str, source: str) -> None:
    prose = f'Swedish singer Ann Arbour wrote it with producer Cy Dorn.\n\n{lead}\n\n"It took a year."'
    [quote] = doc(prose).quotes
    assert (quote.speaker, quote.source) == (speaker, source)


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a lead of a name and where, with no verb, as a headline has it
        ('Arbour to Nordlys Magazine: "It took a year to finish."', [("Ann Arbour", "Nordlys Magazine")]),
        ('Bell, on Instagram, launch night: "It took a year to finish."', [("Bea Bell", "Instagram")]),
        # a guest of a programme
        (
            'Bell was on Radio Nord last week and explained the title: "It took a year to finish."',
            [("Bea Bell", "Radio Nord")],
        ),
        # tweeting is saying on Twitter
        ('When it went gold, Bell tweeted: "It took a year to finish."', [("Bea Bell", "Twitter")]),
        # being asked, in the sentence before a quote of the same paragraph
        (
            'Bell kept it short when she was asked about it on the Night Shift podcast. "It took a year. Then a day."',
            [("Bea Bell", "Night Shift")],
        ),
        # a quote over two paragraphs, the first not closing it
        (
            'Bell told Radio Nord:\n\n"It took a year to finish.\n\nThen it took a day to record."',
            [("Bea Bell", "Radio Nord")],
        ),
        # a title after a colon is no quote
        ('Their first album: "Small Hours".', []),
    ],
)
def test_quote_leads_without_a_verb_and_quotes_over_two_paragraphs(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(quote.speaker, quote.source) for quote in doc(prose).quotes] == expected


def test_a_speaker_named_after_the_quote() -> None:
    [quote] = doc('"We wrote it in a night," Bell told Rolling Stone in 2019.').quotes
    assert (quote.speaker, quote.source, quote.year, quote.text) == (
        "Bea Bell",
        "Rolling Stone",
        2019,
        "We wrote it in a night,",
    )


def test_a_pronoun_speaker_is_the_person_the_text_was_about() -> None:
    [quote] = doc('Bell grew up in Oslo. Speaking to CBC Music, she recalled:\n\n"It was cold."').quotes
    assert (quote.speaker, quote.source) == ("Bea Bell", "CBC Music")


def test_a_quote_whose_speaker_is_not_named_is_left_out_with_a_warning() -> None:
    result = parse('"Every map is a love letter."')
    assert result.document is not None and result.document.quotes == []
    assert [w.located("p.txt") for w in result.warnings] == [
        "p.txt:7: a quote whose speaker the page does not name is not imported"
    ]


def test_a_description_that_fits_two_people_names_no_speaker() -> None:
    # Both are called "singer": "the singer explained" could be either, and no one else is named.
    prose = 'Singer Ann Arbour met singer Bea Bell.\n\nThe singer explained:\n\n"It took a year."'
    result = parse(prose)
    assert result.document is not None and result.document.quotes == []


def test_names_resolve_through_the_aliases_the_caller_knows() -> None:
    known = {fold("JKash"): KnownPerson(id="jacob-hindlin", name="Jacob Hindlin", aliases=("JKash",))}
    result = parse("JKash introduced Ann and Bea at a studio party.", known)
    assert result.document is not None
    [intro] = result.document.introductions
    assert intro.introducer == "Jacob Hindlin"
    assert any(p.id == "jacob-hindlin" for p in result.document.people)


def test_new_people_of_the_narrative_are_looked_up_in_the_graph() -> None:
    result = parse("Cy Dorn introduced Ann and Bea at a studio party. The video stars Eda Fenn as a nurse.")
    assert {"Cy Dorn", "Eda Fenn"} <= mentioned_names(result)


def test_billboard_charts_without_a_country_are_american_and_global_ones_no_countrys() -> None:
    result = parse("Chart Rankings\n\n- #9 on the Billboard Hot 100 - #3 on the Billboard Global 200")
    assert result.document is not None
    assert [(p.country, p.chart, p.position) for p in result.document.chart_peaks] == [
        ("United States", "Billboard Hot 100", 9)
    ]
    assert any("no country in the chart entry '#3 on the Billboard Global 200'" in w.message for w in result.warnings)


def test_artists_a_video_shows_are_themselves_as_the_pages_pronouns_say() -> None:
    prose = (
        "It is the lead single from her album. Bea Bell sings the bridge, and he wrote it on a train.\n\n"
        "The video shows Arbour and Bell on a night train. Cy Dorn appears as the conductor."
    )
    # "her album" is the main artist's; "he" after Bea Bell alone is Bea Bell; an artist the page gives
    # no pronoun would be "themselves".
    assert cast(prose) == [("Cy Dorn", "the conductor"), ("Ann Arbour", "herself"), ("Bea Bell", "himself")]


BAND = (
    "Night Trains (feat. Eda Fenn)\n\nThe Arbour Sisters\n\n"
    "It is a single by the folk trio The Arbour Sisters, made up of Ann Arbour, Bea Arbour and Cy Dorn.\n\n"
)


def band_intros(prose: str) -> list[tuple[str, frozenset[str], str | None]]:
    result = parse_story_page(BAND + prose + "\n", "band.txt")
    assert result.document is not None
    return [(i.introducer, frozenset(i.introduced), i.occasion) for i in result.document.introductions]


@pytest.mark.parametrize(
    "sentence",
    [
        "The band's drummer Cy Dorn introduced his bandmates to the poet Eda Fenn at a book fair.",
        "The sisters met Eda Fenn at college, where their tutor Gil Moss introduced them to her at a book fair.",
        "Gil Moss introduced the band to Eda Fenn at a book fair.",
    ],
)
def test_a_band_as_one_party_of_an_introduction(sentence: str) -> None:
    introducer = "Cy Dorn" if "Cy" in sentence else "Gil Moss"
    assert band_intros(sentence) == [(introducer, frozenset({"The Arbour Sisters", "Eda Fenn"}), "a book fair")]


def test_their_band_is_not_the_pages_band_when_the_sentence_is_about_someone_else() -> None:
    # Gil Moss is no member: "his band" is his own, not The Arbour Sisters.
    assert band_intros("Gil Moss introduced his band to Eda Fenn at a book fair.") == []


def test_a_pronoun_party_is_the_one_person_named_before_who_is_neither_introducer_nor_other_party() -> None:
    prose = "Bell grew up in Oslo; it was her cousin, the fiddler Gil Moss, who introduced her to Arbour."
    assert intros(prose) == [("Gil Moss", frozenset({"Bea Bell", "Ann Arbour"}), None)]
    # Fenn's cousin may have introduced Fenn as well as Bell: not said for sure.
    assert intros("Bell met Eda Fenn at school; it was Fenn's cousin Gil Moss who introduced her to Arbour.") == []


def test_how_the_page_refers_to_someone_later_tells_whom_a_pronoun_meant() -> None:
    # Two people could be "him" where the introduction is told; the page says later that Bell is "she".
    told = "Bell met Eda Fenn in 2012; it was Fenn's cousin Gil Moss who introduced him to Arbour a year later."
    assert intros(told) == []
    assert intros(f"{told}\n\nBell wrote the bridge for her mother.") == [
        ("Gil Moss", frozenset({"Eda Fenn", "Ann Arbour"}), None)
    ]


def test_a_year_before_a_later_introduction_is_not_its_year() -> None:
    told = "Bell met Eda Fenn in 2012; it was Gil Moss who introduced Fenn to Arbour a year later."
    [intro] = doc(told).introductions
    assert intro.year is None
    [intro] = doc("Bell met Eda Fenn; in 2012 Gil Moss introduced Fenn to Arbour.").introductions
    assert intro.year == 2012


def test_a_source_named_only_by_what_it_is() -> None:
    [quote] = doc('Bell remembered it in a post on her blog:\n\n"It was cold."').quotes
    assert (quote.speaker, quote.source) == ("Bea Bell", "blog")


@pytest.mark.parametrize(
    ("paragraph", "speaker", "source"),
    [
        ('"It took a year," says Bell.', "Bea Bell", None),
        ('"It took a year," recalls producer Cy Dorn.', "Cy Dorn", None),
        ('"It took a year," Bell tells Variety.', "Bea Bell", "Variety"),
        ('According to Bell, "it took a year."', "Bea Bell", None),
        ('Arbour said in 2019, "It took a year."', "Ann Arbour", None),
        ('As Bell put it to Variety: "It took a year."', "Bea Bell", "Variety"),
        ('Bell recalled to Billboard: "It took a year."', "Bea Bell", "Billboard"),
        ('In a 2019 Billboard interview, Bell said: "It took a year."', "Bea Bell", "Billboard"),
        ('Asked about the song by Vulture, Bell said: "It took a year."', "Bea Bell", "Vulture"),
        (
            'Speaking on BBC Radio 1\'s Breakfast Show, Bell said: "It took a year."',
            "Bea Bell",
            "BBC Radio 1's Breakfast Show",
        ),
        ('Bell later told fans on Twitch: "It took a year."', "Bea Bell", "Twitch"),
        ('Bell said on Tuesday: "It took a year."', "Bea Bell", None),
        # two people named and the verb's subject is the new one
        ('Bell\'s co-writer Cy Dorn remembers it differently: "It took a year."', "Cy Dorn", None),
    ],
)
def test_quote_attributions_in_other_shapes(paragraph: str, speaker: str, source: str | None) -> None:
    [quote] = doc(paragraph).quotes
    assert (quote.speaker, quote.source) == (speaker, source)


def test_a_title_after_a_comma_is_not_a_quote() -> None:
    result = parse('The song followed their debut single, "Paper Crowns".')
    assert result.document is not None and result.document.quotes == [] and result.warnings == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The video features Cy Dorn, who cameos as a priest.", [("Cy Dorn", "a priest")]),
        ("Comedian Cy Dorn guest-stars as a priest in the video.", [("Cy Dorn", "a priest")]),
        ("In the video rapper Cy Dorn appears briefly as a DJ.", [("Cy Dorn", "a DJ")]),
        (
            "The video stars Cy Dorn (as a priest) and Eda Fenn (as a nun).",
            [("Cy Dorn", "a priest"), ("Eda Fenn", "a nun")],
        ),
        (
            "In the video, Cy Dorn and Eda Fenn play a priest and a nun respectively.",
            [("Cy Dorn", "a priest"), ("Eda Fenn", "a nun")],
        ),
        # three parts for two people: whose is which cannot be said
        ("In the video, Cy Dorn and Eda Fenn play a priest, a nun and a ghost.", []),
        ("Cy Dorn plays the priest in the video.", [("Cy Dorn", "the priest")]),
        (
            "Both singers appear as themselves in the video. Arbour wrote it for her mother.",
            [("Ann Arbour", "herself"), ("Bea Bell", "themselves")],
        ),
    ],
)
def test_the_video_cast_in_other_shapes(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann credits Cy Dorn with introducing her to Bea Bell at a label party.",
        "Cy Dorn is credited with introducing Arbour to Bell at a label party.",
        "Bea Bell was introduced to Ann Arbour through Cy Dorn at a label party.",
        "Cy Dorn introduced Arbour, then a backing singer, to Bell at a label party.",
        "In 2015, at a label party, Cy Dorn introduced Ann to Bea.",
        "The two were introduced by Cy Dorn, a mutual friend, at a label party.",
        "Arbour and Bell met through their mutual friend Cy Dorn at a label party.",
        "It was mixed by producer Cy Dorn. It was through Dorn that Ann met Bea, at a label party.",
    ],
)
def test_an_introduction_told_in_other_shapes(sentence: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a label party")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Arbour met Bell through Facebook in 2015.",
        # a name the page has not made someone: a company as likely as a person
        "Arbour and Bell met through Sofar Sounds in 2015.",
    ],
)
def test_meeting_through_something_is_no_introduction(sentence: str) -> None:
    result = parse(sentence)
    assert result.document is not None and result.document.introductions == [] and result.warnings == ()


def test_a_quote_in_the_middle_of_a_paragraph_with_its_attribution_after_it() -> None:
    prose = (
        'Swedish producer Cy Dorn kept it sparse. "Her voice is cold and bright," the Swedish producer '
        'explained to Radio Nord. "Add too much and you melt it."'
    )
    [quote] = doc(prose).quotes
    assert (quote.speaker, quote.source, quote.text) == (
        "Cy Dorn",
        "Radio Nord",
        "Her voice is cold and bright. Add too much and you melt it.",
    )


def test_a_quoted_title_is_not_a_quote() -> None:
    result = parse('"Night Trains" is a single by Ann Arbour. She wrote it in a week.')
    assert result.document is not None and result.document.quotes == [] and result.warnings == ()


def test_the_same_episode_is_the_source_of_the_quote_before() -> None:
    prose = (
        'On an episode of the podcast Tape Hiss, Bell said:\n\n"It took a year."\n\n'
        '"It is about rent," she added later in the same episode.'
    )
    assert [(q.speaker, q.source) for q in doc(prose).quotes] == [("Bea Bell", "Tape Hiss"), ("Bea Bell", "Tape Hiss")]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("Bell told the Canarian newspaper La Provincia:", "La Provincia"),
        ("During an appearance on the talk show Sobremesa, Bell said:", "Sobremesa"),
        ("Bell told the Corriere della Sera:", "Corriere della Sera"),
        ("Writing on Facebook, Bell remembered:", "Facebook"),
        ("In a thread on Twitter, Bell wrote:", "Twitter"),
    ],
)
def test_sources_named_after_what_they_are(lead: str, source: str) -> None:
    [quote] = doc(f'{lead}\n\n"It took a year."').quotes
    assert (quote.speaker, quote.source) == ("Bea Bell", source)


def test_a_speaker_described_by_where_they_are_from() -> None:
    prose = (
        "The Neapolitan singer Bea Bell joined her.\n\n"
        '"It took a year," the Neapolitan singer told Radio Nord.\n\n'
        'The Copenhagen-born singer Ann Arbour sang it live and said: "It still takes a year."'
    )
    assert [(q.speaker, q.source) for q in doc(prose).quotes] == [("Bea Bell", "Radio Nord"), ("Ann Arbour", None)]


def test_a_cast_listed_a_line_a_member() -> None:
    prose = (
        "The video was released on 1st May 2020.\n\nMusic Video Cast:\n\n"
        "- Cy Dorn as the night manager\n- Eda Fenn as a guest who never checks out\n"
    )
    assert cast(prose) == [("Cy Dorn", "the night manager"), ("Eda Fenn", "a guest who never checks out")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The collaboration started with Rio DJ Cy Dorn, who introduced the two at a label party.",
        "Arbour first met Bell in 2019, when her label head, Cy Dorn, introduced them at a label party.",
        "Arbour was introduced to the English songwriter Bea Bell by the BBC producer Cy Dorn at a label party.",
        'Arbour and Bell share a manager, Cy Dorn. Arbour said: "Our manager introduced us at a label party."',
    ],
)
def test_introductions_with_descriptions_around_the_names(sentence: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a label party")]


def test_members_listed_in_another_paragraph_or_by_instrument() -> None:
    for members in (
        "It is a single by the folk band The Arbours.\n\nThe band is made up of Ann Arbour and Cy Dorn.",
        "It is a single by the folk band The Arbours. The band - singer Ann Arbour and drummer Cy Dorn - wrote it.",
    ):
        page = f"Night Trains (feat. Bea Bell)\n\nThe Arbours\n\n{members}\n\n"
        result = parse_story_page(page + 'Arbour said:\n\n"Eda Fenn introduced us to Bea at a wedding."\n', "b.txt")
        assert result.document is not None
        [band] = [p for p in result.document.people if p.name == "The Arbours"]
        assert band.members == ["Ann Arbour", "Cy Dorn"]
        [intro] = result.document.introductions
        assert (intro.introducer, set(intro.introduced)) == ("Eda Fenn", {"The Arbours", "Bea Bell"})


def test_credits_told_in_the_prose_of_a_page_without_name_lines() -> None:
    result = parse(
        "The song was written by Arbour, Bell and Eda Fenn, and produced by Fenn with Cy Dorn. "
        "The album was produced by Gil Moss."
    )
    assert result.document is not None
    assert (result.document.writers, result.document.producers) == (
        ["Ann Arbour", "Bea Bell", "Eda Fenn"],
        ["Eda Fenn", "Cy Dorn"],
    )


def test_a_paragraph_of_very_many_quotes_is_read_only_so_far() -> None:
    result = parse(" ".join(f'"Take {n}," Bell said.' for n in range(60)))
    assert result.document is not None and len(result.document.quotes) == 50
    assert [w.message for w in result.warnings] == ["a paragraph of more than 50 quotes: the rest of it is not read"]


def test_a_quoted_phrase_before_another_clause_is_no_quote_of_the_other() -> None:
    # Bell said something else; what Arbour called the song is Arbour's phrase, not a quote of Bell's
    result = parse('Arbour called the song "a love letter to Oslo," but Bell said it was about Bergen.')
    assert result.document is not None
    assert [q.speaker for q in result.document.quotes] == ["Ann Arbour"]


def test_an_introduction_to_someones_work_or_through_their_description() -> None:
    assert intros("Ann Arbour was introduced to Bea Bell's music by Cy Dorn in 2015.") == []
    assert intros("Cy Dorn introduced Arbour to Bell's producer Eda Fenn at a label party.") == [
        ("Cy Dorn", frozenset({"Ann Arbour", "Eda Fenn"}), "a label party")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Eda Fenn plays the child: Arbour has no part of her own here
        ("The video shows Arbour as a child, played by Eda Fenn.", []),
        ("In the video, Arbour plays herself at sixteen.", [("Ann Arbour", "herself at sixteen")]),
        ("The video was released in May. Cy Dorn plays a priest in it.", [("Cy Dorn", "a priest")]),
    ],
)
def test_parts_that_are_not_what_they_first_look(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Bell told Arbour about the song, and Arbour said:", "Ann Arbour"),
        ("The Swedish singer Ann Arbour met Bell. Later the Swedish singer explained why she wrote it:", "Ann Arbour"),
        ("Arbour's mother, Eda Fenn, recalled:", "Eda Fenn"),
        ("Cy Dorn, Bell's producer, told Billboard:", "Cy Dorn"),
    ],
)
def test_the_speaker_among_several_people(lead: str, speaker: str) -> None:
    [quote] = doc(f'{lead}\n\n"It took a year."').quotes
    assert quote.speaker == speaker


def test_someones_label_is_not_them() -> None:
    result = parse('In a statement, Bell\'s label said:\n\n"It took a year."')
    assert result.document is not None and result.document.quotes == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Cy Dorn put Arbour in touch with Bell at a label party.",
        "Cy Dorn brought Arbour and Bell together at a label party.",
        "Bell met Arbour at a label party, where they were introduced by Cy Dorn.",
    ],
)
def test_an_introduction_in_other_words(sentence: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a label party")]


def test_pronoun_parties_told_in_the_sentence_before() -> None:
    told = (
        "The trio - singer Ann Arbour and drummers Cy Dorn and Gil Moss - met Bell at a festival. "
        "It was their tour manager, Eda Fenn, who introduced them to her."
    )
    page = f"Night Trains (feat. Bea Bell)\n\nThe Arbours\n\nIt is a single by the trio The Arbours.\n\n{told}\n"
    result = parse_story_page(page, "band.txt")
    assert result.document is not None
    assert [(i.introducer, set(i.introduced)) for i in result.document.introductions] == [
        ("Eda Fenn", {"The Arbours", "Bea Bell"})
    ]
    # one person of the sentence before is the other party: "her" is the other one
    assert intros("Ann Arbour met Bea Bell at a party. Cy Dorn introduced her to Bea a year later.") == [
        ("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)
    ]
    assert intros("Ann Arbour met Bea Bell and Eda Fenn. Later Cy Dorn introduced her to Gil Moss.") == []


def test_a_name_after_the_directors_comma_is_the_next_clauses_subject() -> None:
    video = doc("In the video, directed by Gil Moss, Arbour plays a lighthouse keeper.").music_video
    assert video is not None and video.directors == ["Gil Moss"]
    assert [(c.person, c.role) for c in video.cast] == [("Ann Arbour", "a lighthouse keeper")]


def test_an_adverb_before_introduced() -> None:
    prose = "Arbour and Bell first crossed paths in 2012, but Cy Dorn properly introduced them at a label party."
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a label party")]


def test_two_people_in_one_part_after_a_plain_as() -> None:
    assert cast("The video follows Arbour and Bell as two strangers on a night train.") == [
        ("Ann Arbour", "two strangers on a night train"),
        ("Bea Bell", "two strangers on a night train"),
    ]


def test_an_occasion_ends_before_during() -> None:
    assert intros("Cy Dorn introduced Arbour and Bell over a video call during lockdown.") == [
        ("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a video call")
    ]


def quoted(prose: str) -> list[tuple[str, str | None, str]]:
    return [(q.speaker, q.source, " ".join(q.text.split()[:3])) for q in doc(prose).quotes]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a frequency is part of a station's name; a name may start with digits
        ('Speaking on Kiss 100.7, Bell was blunt: "It is a song about trains."', ("Bea Bell", "Kiss 100.7")),
        ('In an interview with 1LIVE, Bell called it "a lullaby for people on night shifts".', ("Bea Bell", "1LIVE")),
        # a programme named by its title, which is no quote
        (
            'In the BBC documentary "Northern Lines", Bell recalls the session: "We had one microphone."',
            ("Bea Bell", "Northern Lines"),
        ),
        # a medium asking someone; an answer "replied"
        ('Radio Nord asked Bell whether the song was sad. "Not sad," she replied.', ("Bea Bell", "Radio Nord")),
        # the sentence before names the speaker and the show they played on
        (
            'When the duo played it on Later Tonight, Bell thanked her father. "He drove me to gigs," she said.',
            ("Bea Bell", "Later Tonight"),
        ),
        ('In a press release, the label quoted Bell: "We made it in one night."', ("Bea Bell", "press release")),
        ('Bell, asked about the song on Radio Nord, kept it short: "It is about trains."', ("Bea Bell", "Radio Nord")),
        ('Arbour described the single to Mojo as "a postcard from a station I never left".', ("Ann Arbour", "Mojo")),
    ],
)
def test_quote_sources_in_more_shapes(prose: str, expected: tuple[str, str]) -> None:
    assert [q[:2] for q in quoted(prose)] == [expected]


def test_a_quote_answered_in_two_parts_is_one_quote() -> None:
    assert quoted('Radio Nord asked Bell about it. "Not sad," she replied. "Just late."') == [
        ("Bea Bell", "Radio Nord", "Not sad. Just")
    ]


def test_a_phrase_then_a_quote_each_have_their_speaker() -> None:
    # the phrase is Arbour's; the quote the next sentence leads into is Bell's, not Arbour's
    prose = (
        'Arbour described it to Mojo as "a postcard from a station I never left". Bell went further in a long '
        'Instagram post:\n\n"We wanted it to sound like a platform at night."'
    )
    assert quoted(prose) == [("Ann Arbour", "Mojo", "a postcard from"), ("Bea Bell", "Instagram", "We wanted it")]


def test_a_phrase_the_speaker_goes_on_from_is_no_quote_of_its_own() -> None:
    prose = 'Bell described the song as "a kettle left on the stove". She went on:\n\n"It hums until you notice it."'
    assert quoted(prose) == [("Bea Bell", None, "It hums until")]


def test_a_pronoun_that_cannot_be_the_person_before_is_no_one() -> None:
    # "she" is not Cy Dorn, whom the page calls "he": the second quote's speaker is not named
    result = parse('The producer Cy Dorn was there. "I kept it short," he told Clash. "It was far too long," she said.')
    assert result.document is not None
    assert [q.speaker for q in result.document.quotes] == ["Cy Dorn"]
    assert any("speaker" in w.message for w in result.warnings)


def test_an_introducer_named_by_a_surname_of_two_words() -> None:
    prose = (
        "The band owes everything to the piper Seán Ó Dálaigh. Arbour was introduced to Bell by Ó Dálaigh in "
        "2012 at a session in Galway."
    )
    assert intros(prose) == [("Seán Ó Dálaigh", frozenset({"Ann Arbour", "Bea Bell"}), "a session in Galway")]


def test_her_after_someones_relative_and_a_sentence_about_another_is_left_out() -> None:
    # "her" may be Bell (whose brother it is) or Arbour (whom the sentence before was about)
    prose = "Arbour joined later. Bell's older brother, Tom Bell, introduced her to Cy Dorn at a party in Leeds."
    result = parse(prose)
    assert result.document is not None and result.document.introductions == []
    assert any("introduction" in w.message for w in result.warnings)


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        (
            "The video features cameos from the skaters Lea Moss and Ivo Lind, both playing themselves.",
            [("Lea Moss", "themselves"), ("Ivo Lind", "themselves")],
        ),
        (
            "The video casts Arbour's uncle, Tom Arbour, as a lighthouse keeper.",
            [("Tom Arbour", "a lighthouse keeper")],
        ),
        ("In the video Cy Dorn sits alone in the front pew, playing a widower.", [("Cy Dorn", "a widower")]),
        # an instrument is played, not a part
        ("In the video Cy Dorn sits alone in the front pew, playing a battered guitar.", []),
        ("In the video, Arbour's teacher is played by the stage actress Eda Fenn.", [("Eda Fenn", "Arbour's teacher")]),
        ("In the video, the role of the ferryman went to the comedian Cy Dorn.", [("Cy Dorn", "the ferryman")]),
        ("In the video, the part of a lost tourist was given to Eda Fenn.", [("Eda Fenn", "a lost tourist")]),
        # a small role is a part; where a participle ending the part after "as" does it is part of it
        (
            "In the video, Eda Fenn has a small role as the old man with the dog.",
            [("Eda Fenn", "the old man with the dog")],
        ),
        (
            "In the video, Cy Dorn appears as a groom left standing at the altar.",
            [("Cy Dorn", "a groom left standing at the altar")],
        ),
        # after "as" the phrase is the part whole, where it is too
        ("In the video, Cy Dorn appears as two riders at a county fair.", [("Cy Dorn", "two riders at a county fair")]),
        ("In the video, Cy Dorn plays a man waiting at the bus stop.", [("Cy Dorn", "a man")]),
        # "X is the Y" first among the parts of a clause that casts someone else
        (
            "The video is a magic show. Eda Fenn is the cheerful waitress, Cy Dorn is cast as a nervous magician.",
            [("Eda Fenn", "the cheerful waitress"), ("Cy Dorn", "a nervous magician")],
        ),
        # alone, "X is the Y" tells no part
        ("The video is a magic show. Eda Fenn is the cheerful waitress.", []),
    ],
)
def test_cast_in_more_shapes(prose: str, expected: list[tuple[str, str]]) -> None:
    assert cast(prose) == expected


@pytest.mark.parametrize(
    ("prose", "directors"),
    [
        ("The video, shot by director Lea Moss in Leeds, came out in May.", ["Lea Moss"]),
        ("The video was helmed by Ivo Lind.", ["Ivo Lind"]),
        # a camera operator shoots too: "shot by" alone names no director
        ("The video was shot by Ivo Lind in one take.", []),
        ("The clip came out on 5 May 2022, with Lea Moss directing.", ["Lea Moss"]),
        # directing something of its own is not the video
        ("The clip shows a choir, with Lea Moss directing the singers.", []),
    ],
)
def test_directors_told_by_other_verbs(prose: str, directors: list[str]) -> None:
    video = doc(prose).music_video
    assert (video.directors if video else []) == directors


@pytest.mark.parametrize(
    ("prose", "directors"),
    [
        # a name as the subject of "directed" with the video as its object, in the past, a cleft or the present
        ("Arbour's cousin Ivo Lind directed the video in a single weekend.", ["Ivo Lind"]),
        ("It was Lea Moss who directed the clip, on a borrowed camera.", ["Lea Moss"]),
        ("The video came out in May. Lea Moss directs it from a rowing boat.", ["Lea Moss"]),
        # the director in apposition, whatever the clause says of them
        ("The video came out in May. Its director, Lea Moss, explained the colours.", ["Lea Moss"]),
        # "it" after a sentence about the song is the song; another record's video is not this one
        ("The song came out in May. Lea Moss directs it on stage every night.", []),
        ("The video came out in May. Ivo Lind directed the video for her album's title track too.", []),
        ("The video came out in May. Ivo Lind directed the video for her previous hit too.", []),
        ("Ivo Lind directed the video for the song in a single night.", ["Ivo Lind"]),
    ],
)
def test_directors_as_the_subject_of_directed(prose: str, directors: list[str]) -> None:
    video = doc(prose).music_video
    assert (video.directors if video else []) == directors


@pytest.mark.parametrize(
    ("prose", "date"),
    [
        ("The video premieres on 2 March 2021, a week after the single.", "2021-03-02"),
        ("It was Lea Moss who directed the video, and it was on 5th June 2020 that it was released.", "2020-06-05"),
        # a cleft about the song, in a sentence that never named the video, is not the video's date
        ("The video came out later. It was on 5th June 2020 that the single was released.", None),
    ],
)
def test_video_dates_in_the_present_and_in_a_cleft(prose: str, date: str | None) -> None:
    video = doc(prose).music_video
    released = video.release_date if video else None
    assert (released.isoformat() if released else None) == date


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        (
            "Bell, whom the label manager Cy Dorn had introduced to Arbour at Roskilde in 2016, wrote the hook.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "Roskilde")],
        ),
        (
            "Arbour and Bell had never spoken; they finally met through mutual friend Cy Dorn, a sound engineer.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        # the time after the occasion is not part of it
        (
            "Their manager, Cy Dorn, introduced them at the Oslo jazz festival that August, and they wrote it there.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "the Oslo jazz festival")],
        ),
        (
            "Cy Dorn introduced Arbour to Bell at a wedding the following spring.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a wedding")],
        ),
    ],
)
def test_introductions_in_more_shapes(prose: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert intros(prose) == expected


def test_the_subject_of_a_sentence_with_a_relative_clause_is_what_it_is_about() -> None:
    prose = (
        'Bell, whom Cy Dorn had introduced to Arbour in 2016, recorded her part in Perth. "Best bathroom in town," '
        "she joked."
    )
    assert quoted(prose) == [("Bea Bell", None, "Best bathroom in")]


def test_the_singer_of_a_singer_and_a_rapper_is_the_one_not_called_a_rapper() -> None:
    prose = (
        "It has a verse from the Leeds rapper Bea Bell. The Oslo-born singer remembers the night well. "
        'Speaking to Radio Nord, she said: "Bell turned up late with a notebook."'
    )
    assert quoted(prose) == [("Ann Arbour", "Radio Nord", "Bell turned up")]


def test_the_singer_of_two_performers_neither_called_otherwise_is_no_one() -> None:
    prose = 'The Oslo-born singer remembers the night well. Speaking to Radio Nord, she said: "We met late."'
    assert quoted(prose) == []


def test_a_shared_surname_told_with_herself_is_the_one_not_called_himself() -> None:
    # two Marrs: Tom is "her brother" (a "he"), so the Marr who posts a video "of herself" is Kit
    prose = (
        "Their manager, Kit Marr, found the studio. Marr's brother, Tom Marr, runs the label. Last spring Marr "
        'posted a TikTok of herself singing the hook. In the caption she wrote: "Spin cycle, but make it a song."'
    )
    assert quoted(prose) == [("Kit Marr", "TikTok", "Spin cycle, but")]


def test_a_shared_surname_with_no_telling_word_is_no_one() -> None:
    prose = (
        "Their manager, Kit Marr, found the studio. Marr's brother, Tom Marr, runs the label. Last spring Marr "
        'posted a TikTok of the hook. In the caption she wrote: "Spin cycle, but make it a song."'
    )
    assert quoted(prose) == []


def test_a_phrase_no_one_of_the_page_called_so_is_no_quote() -> None:
    # fans called it that, not Bell, whom the sentence also names
    assert quoted('After Bell released it, fans called it "the saddest song of the whole year".') == []


def test_a_person_asking_is_no_source() -> None:
    assert quoted('Cy Dorn asked Bell whether the song was sad. "Not sad," she replied.') == [
        ("Bea Bell", None, "Not sad,")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "In the video Cy Dorn walks into the bar, playing a small club in Leeds.",
        "In the video Cy Dorn walks on, playing a Telecaster.",
    ],
)
def test_what_is_played_after_the_subject_that_is_no_part(sentence: str) -> None:
    assert cast(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a reflexive part shared by several: the setting after it is not part of it
        (
            "In the video, Cy Dorn and Eda Fenn appear as themselves on a walk along the canal.",
            [("Cy Dorn", "themselves"), ("Eda Fenn", "themselves")],
        ),
        # the part stops before where the scene is
        (
            "In the video, Cy Dorn and Eda Fenn play two tired waiters at a seaside wedding.",
            [("Cy Dorn", "two tired waiters"), ("Eda Fenn", "two tired waiters")],
        ),
        # a plural description before the first name is not part of it
        (
            "The video is a comedy. Actors Cy Dorn and Eda Fenn play feuding neighbours.",
            [("Cy Dorn", "feuding neighbours"), ("Eda Fenn", "feuding neighbours")],
        ),
        # a part named before its actor, a relative clause (naming people) between them
        (
            "The video shows a ferry. A deckhand who keeps waving at them is played by the comedian Cy Dorn.",
            [("Cy Dorn", "a deckhand")],
        ),
        ("In the video, the ferry's cook (played by Cy Dorn) burns everything.", [("Cy Dorn", "the ferry's cook")]),
        (
            "In the video, the title role of a lost diver is played by Welsh actor Cy Dorn.",
            [("Cy Dorn", "a lost diver")],
        ),
        (
            "In the video Arbour drives; her nervous passenger is played by Cy Dorn.",
            [("Cy Dorn", "her nervous passenger")],
        ),
        (
            "In the video, Tía Marisol, who runs the kiosk, is played by Cy Dorn.",
            [("Cy Dorn", "Tía Marisol")],
        ),
        (
            "In the video, the ferryman who rows them across is played by Arbour's uncle, Cy Dorn.",
            [("Cy Dorn", "the ferryman")],
        ),
        ("The video ends at a dance. The caller who shouts the steps is Cy Dorn.", [("Cy Dorn", "the caller")]),
        # a second part with its verb left out
        (
            "In the video, Cy Dorn plays a cook who never smiles and Eda Fenn a waitress.",
            [("Cy Dorn", "a cook"), ("Eda Fenn", "a waitress")],
        ),
        # cameos with no part
        (
            "The video has cameos from Cy Dorn and the boxer Eda Fenn.",
            [("Cy Dorn", None), ("Eda Fenn", None)],
        ),
        ("In the video, Cy Dorn makes a brief cameo.", [("Cy Dorn", None)]),
    ],
)
def test_the_video_cast_told_in_more_shapes(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "In the video, the director is Cy Dorn.",
        "The clip's highlight is Cy Dorn.",
        "The video was shot by a crew. The idea was Cy Dorn's.",
        "In the video, the owner of the café where it was shot is Cy Dorn's aunt.",
        "The video does not have cameos from Cy Dorn.",
    ],
)
def test_no_part_told_by_these(sentence: str) -> None:
    assert cast(sentence) == []


def test_a_cast_listed_a_line_a_member_with_parts_in_brackets() -> None:
    prose = "The video was released on 1st May 2020.\n\nCast:\nCy Dorn (the night porter)\nEda Fenn (herself)\n"
    assert cast(prose) == [("Cy Dorn", "the night porter"), ("Eda Fenn", "herself")]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "source"),
    [
        ('Bell described her first gig to Le Soir:\n\n"It took a year."', "Bea Bell", "Le Soir"),
        ('Bell spoke about that winter on Radio Nordlys:\n\n"It took a year."', "Bea Bell", "Radio Nordlys"),
        ('Bell spilled everything on KEXP:\n\n"It took a year."', "Bea Bell", "KEXP"),
        ('Bell looked back on Glastonbury:\n\n"It took a year."', "Bea Bell", None),
        # a new full name is whom she spoke to, not where
        ('Bell described her first gig to Cy Dorn:\n\n"It took a year."', "Bea Bell", None),
        ('During a Facebook Live with fans, Bell said: "It took a year."', "Bea Bell", "Facebook Live"),
        (
            '"It took a year," Bell said at the Roskilde press conference, "and then a week."',
            "Bea Bell",
            "Roskilde press conference",
        ),
        # the subject before a participle is whom the sentence is about
        (
            'Bell, interviewed by Politiken, said it was Arbour\'s idea. "It took a year," she recalled.',
            "Bea Bell",
            "Politiken",
        ),
        # the sentence before a short one of speaking says where
        ('On Radio Nord, Bell was asked about it. She laughed. "It took a year."', "Bea Bell", "Radio Nord"),
        # "she" in the sentence before is the speaker; "The" before a nationality starts no name of its own
        (
            'Bell wrote it fast. In a later interview with The Irish Times she was asked why. "It took a year,"'
            " Bell said.",
            "Bea Bell",
            "Irish Times",
        ),
    ],
)
def test_quote_sources_told_in_more_shapes(paragraph: str, speaker: str, source: str | None) -> None:
    [quote] = doc(paragraph).quotes
    assert (quote.speaker, quote.source) == (speaker, source)


def test_the_singer_of_a_band_is_the_member_the_text_is_about() -> None:
    page = (
        "Night Trains\n\nThe Lanterns\n\nAlbum Small Hours\n\n"
        "The Lanterns, the Hull trio of Ann Arbour, Cy Dorn and Eda Fenn, wrote it in a week. "
        'Dorn has always disliked the chorus. "It is too sweet," the singer told NME.\n'
    )
    result = parse_story_page(page, "band.txt")
    assert result.document is not None
    [quote] = result.document.quotes
    assert (quote.speaker, quote.source) == ("Cy Dorn", "NME")


@pytest.mark.parametrize(
    "sentence",
    [
        "Bell, whom Arbour met through their mutual friend the engineer Cy Dorn at a label party, sang it first.",
        "Bell, whom Arbour met via a friend, Cy Dorn, at a label party, sang it first.",
        "The producer Cy Dorn knew them both, so at a label party he introduced Ann to Bea.",
    ],
)
def test_an_introduction_told_in_a_relative_clause_or_after_its_occasion(sentence: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a label party")]


def test_i_after_a_capitalised_occasion_is_the_speaker() -> None:
    prose = 'Cy Dorn told Radio Nord:\n\n"I knew both of them, so at Glastonbury I introduced Ann to Bea."'
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "Glastonbury")]


@pytest.mark.parametrize(
    ("paragraph", "date"),
    [
        ("And then the clip. Premiered on 2 May 2020 and shot in Oslo, it follows Arbour home.", "2020-05-02"),
        ("Released on 2 May 2020, the video follows Arbour home.", "2020-05-02"),
        ("Released on 2 May 2020 and directed by Cy Dorn, it follows Arbour home in the video.", "2020-05-02"),
        ("Directed by Cy Dorn and released on 2 May 2020, the video follows Arbour home.", "2020-05-02"),
        # the second participle is no release: the date is when it was shot
        ("Directed by Cy Dorn and shot on 2 May 2020, the video follows Arbour home.", None),
        # "it" after a sentence about something else is the song
        ("The video came later. Released on 2 May 2020, it topped the charts.", None),
    ],
)
def test_a_video_date_told_in_a_participle_before_its_subject(paragraph: str, date: str | None) -> None:
    video = doc(paragraph).music_video
    assert (str(video.release_date) if video and video.release_date else None) == date


def test_an_introduction_told_by_presenting_someone_in_a_quote() -> None:
    prose = "Arbour said:\n\n\"Cy Dorn dragged me to the label's after-party in Oslo and said, 'Ann, this is Bea.'\""
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "the label's after-party in Oslo")]


def test_presenting_a_place_is_no_introduction() -> None:
    prose = "Arbour said:\n\n\"Cy Dorn took me to the studio and said, 'this is Abbey Road.'\""
    assert intros(prose) == []


# The credit lines after the release date: writers, then producers.
def _credited(writers: str, producers: str = "Gil Moss & Ivo Lind") -> str:
    return f"\n\nAdded by Kim\n\nRelease Date\n\n2nd March 2021\n\n\n{writers}\n\n\n{producers}\n"


def test_a_hyphenated_given_name_gives_no_surname() -> None:
    # Korean order: Seo is the singer's family name; "Min-seo" is the director's given name, not "Seo"
    people = People(page="p.txt", known={})
    people.canonical("Park Min-seo")
    assert people.mention("Seo") is None
    assert people.mention("Min-seo") == "Park Min-seo"  # the hyphenated word is still their given name
    people.canonical("Seo Yun-ah")
    assert people.mention("Seo") == "Seo Yun-ah"
    people.canonical("Rosalind Beaumont-Hale")
    assert (people.mention("Beaumont-Hale"), people.mention("Hale")) == ("Rosalind Beaumont-Hale", None)


def test_a_quote_and_a_part_of_someone_called_by_a_name_another_has_inside_a_hyphenated_word() -> None:
    page = (
        "Second Tongue (feat. Bea Bell)\n\nSeo Yun-ah\n\nAlbum Small Hours\n\n"
        'Speaking to K-Wave Weekly, Seo admitted it scared her: "I practised the verse every night."\n\n'
        "The video was directed by Park Min-seo. Seo and Bell appear as themselves in the final scene.\n\n"
        "Music Video Director: Park Min-seo\n"
    )
    result = parse_story_page(page, "p.txt")
    assert result.document is not None and result.document.music_video is not None
    assert [q.speaker for q in result.document.quotes] == ["Seo Yun-ah"]
    assert {c.person for c in result.document.music_video.cast} == {"Seo Yun-ah", "Bea Bell"}


@pytest.mark.parametrize(
    ("prose", "directors"),
    [
        ("Music Video Director: Sam & Dorothy Leclerc", ["Sam Leclerc", "Dorothy Leclerc"]),
        ("The video was directed by Sam and Dorothy Leclerc.", ["Sam Leclerc", "Dorothy Leclerc"]),
        ("The video was directed by Sam, Jo and Anna de Vries.", ["Sam de Vries", "Jo de Vries", "Anna de Vries"]),
        # the page's own people keep their names: the artist by surname, the featured singer by her name
        ("The video was co-directed by Arbour and Cy Dorn.", ["Ann Arbour", "Cy Dorn"]),
        # whose surname a middle word is cannot be told: the first name alone names no one
        ("Music Video Director: Sam & Mary Jane Hale", ["Mary Jane Hale"]),
        ("The video was directed by Sam Okafor and Lea Moss.", ["Sam Okafor", "Lea Moss"]),
    ],
)
def test_first_names_before_a_full_name_share_its_surname(prose: str, directors: list[str]) -> None:
    video = doc(prose).music_video
    assert video is not None and video.directors == directors


def test_a_first_name_of_someone_else_before_a_full_name_is_left_out_with_a_warning() -> None:
    result = parse("The video was directed by Cy and Dorothy Leclerc." + _credited("Ann Arbour & Cy Dorn"))
    assert result.document is not None and result.document.music_video is not None
    assert result.document.music_video.directors == ["Dorothy Leclerc"]
    assert any("'Cy' may share the surname" in w.message for w in result.warnings)


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # the verb after a relative clause is its subject's, though the clause names another speaking
        ("Cy Dorn, who sings the verse in English while Arbour answers in French, told Radio Nord:", "Cy Dorn"),
        ("Cy Dorn, whom Arbour had asked about it, explained:", "Cy Dorn"),
        # an apposition without a relative clause is read as before
        ("Cy Dorn, Arbour's producer, told Radio Nord:", "Cy Dorn"),
    ],
)
def test_a_speaker_before_a_relative_clause_that_names_others(lead: str, speaker: str) -> None:
    quote = doc(f'{lead} "I sang it once and that was the take."').quotes
    assert [q.speaker for q in quote] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Arbour, in turn, was introduced to Bell by her label boss, Cy Dorn, at the CMA Awards.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "the CMA Awards")],
        ),
        # an aside that names someone is not a plain aside: whom the verb is of is left unsaid
        ("Arbour, unlike Eda Fenn, was introduced to Bell by Cy Dorn at the CMA Awards.", []),
    ],
)
def test_an_aside_between_the_introduced_and_the_passive_verb(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("writers", "expected"),
    [
        # the two writers are the song's two writers, not the producers named just before
        ("Ann Arbour & Cy Dorn", {"Ann Arbour", "Cy Dorn"}),
        # of three writers, which two is not said
        ("Ann Arbour, Cy Dorn & Eda Fenn", None),
    ],
)
def test_the_two_writers_are_the_songs_two_writers(writers: str, expected: set[str] | None) -> None:
    prose = (
        "Arbour wrote it with Cy Dorn, and it was produced by Gil Moss and Ivo Lind.\n\n"
        "The two writers were introduced by the fiddler Lea Moss at a festival in Ennis."
    )
    found = [(i.introducer, set(i.introduced)) for i in doc(prose + _credited(writers)).introductions]
    assert found == ([("Lea Moss", expected)] if expected else [])


def test_the_two_writers_named_together_last_are_that_pair() -> None:
    prose = "Arbour and Eda Fenn wrote the verses. The two writers were introduced by Lea Moss at a festival in Ennis."
    found = [
        (i.introducer, set(i.introduced))
        for i in doc(prose + _credited("Ann Arbour, Cy Dorn & Eda Fenn")).introductions
    ]
    assert found == [("Lea Moss", {"Ann Arbour", "Eda Fenn"})]


def test_us_after_x_and_i_and_he_the_one_other_named_before() -> None:
    # "us" would be Arbour and the song's other singer, Bea Bell, had Arbour not said whom she met
    prose = (
        'Arbour told Radio Nord:\n\n"Eda Fenn and I met through Cy Dorn. He introduced us at a barbecue in Perth, '
        'and we argued all afternoon."'
    )
    assert intros(prose + _credited("Ann Arbour, Cy Dorn & Eda Fenn")) == [
        ("Cy Dorn", frozenset({"Ann Arbour", "Eda Fenn"}), "a barbecue in Perth")
    ]


def test_he_who_may_be_either_of_two_named_before_introduces_no_one() -> None:
    prose = 'Arbour told Radio Nord:\n\n"Eda Fenn and I met Cy Dorn and Gil Moss. He introduced us at a barbecue."'
    result = parse(prose + _credited("Ann Arbour, Cy Dorn & Eda Fenn"))
    assert result.document is not None and result.document.introductions == []
    assert any("does not name for sure" in w.message for w in result.warnings)


@pytest.mark.parametrize(
    ("prose", "directors"),
    [
        # a description of the director between "by" and the name, ending in what they are
        ("The video was directed by the Kenyan filmmaker Wanjiru Kamau-Otieno.", ["Wanjiru Kamau-Otieno"]),
        ("The video was directed by the Finnish photographer-turned-director Aino Salo.", ["Aino Salo"]),
        ("The video was directed by the duo Pia Sandoval and Remy Oduya.", ["Pia Sandoval", "Remy Oduya"]),
        # no such word: the rule leaves these alone
        ("The video was directed by the sea in Cornwall.", []),
        ("The video was inspired by the director Cy Moss.", []),
    ],
)
def test_a_director_described_before_the_name(prose: str, directors: list[str]) -> None:
    video = doc(prose).music_video
    assert (video.directors if video else []) == directors


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause between the cast member and the verb says something of them, not the part
        (
            "In the video, Cy Dorn, who was eleven when it was filmed, plays the king's youngest daughter.",
            [("Cy Dorn", "the king's youngest daughter")],
        ),
        # someone named by a role who "appears in the video" is cast in no part
        ("The dancer Cy Dorn also appears in the video.", [("Cy Dorn", None)]),
        # ... but not with a part, a denial, or a bare name (which may be the performer, as themselves or not)
        ("The dancer Cy Dorn also appears as a waiter in the video.", [("Cy Dorn", "a waiter")]),
        ("The dancer Cy Dorn does not appear in the video.", []),
        ("In the video, Cy Dorn appears in the video.", []),
        # ... and in a scene of it (when, not a part)
        ("The dancer Cy Dorn appears in the video's last scene.", [("Cy Dorn", None)]),
    ],
)
def test_the_video_cast_after_a_relative_clause_and_appearing_with_no_part(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the occasion in a "where" clause whose introducer is described first
        (
            "Arbour first met Bell at a festival in Oslo, where the poet Cy Dorn introduced them.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a festival in Oslo")],
        ),
        (
            "Arbour first met Bell at a festival in Oslo, where his sister, the cellist Cy Dorn, introduced them.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a festival in Oslo")],
        ),
        # an adverbial phrase between the introducer and the verb
        (
            "A year later, Cy Dorn in turn introduced Arbour to Bell at a friend's wedding.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a friend's wedding")],
        ),
        # a "where" clause that says something else before the introduction: its place is not the occasion
        (
            "Arbour played at a festival in Oslo, where the crowd sang along and Cy Dorn introduced her to Bell.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
    ],
)
def test_an_introductions_occasion_in_a_where_clause_and_an_adverbial_before_the_verb(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("lead", "speaker", "source"),
    [
        # a participle's phrase between the speaker and the verb names where, not who
        ("Bell, speaking on the podcast Slow Jam Theory, said it was nearly hers:", "Bea Bell", "Slow Jam Theory"),
        # the title of a programme first, then what it is
        ('Bell tells it in "Quiet Weather", the documentary about her tour:', "Bea Bell", "Quiet Weather"),
        ('In "Nowhere Near Dawn", the film that followed her tour, Bell admits:', "Bea Bell", "Nowhere Near Dawn"),
        # a post put on a platform, told after what was posted
        ("Bell shared a clip from the studio on Instagram with the caption:", "Bea Bell", "Instagram"),
        # left alone: a title that is not said to be a programme, a person after "shared ... with"
        ('Bell tells it in "Quiet Weather", the second verse:', "Bea Bell", None),
        ("Bell shared a flat with Cy Dorn and said:", "Bea Bell", None),
    ],
)
def test_quote_speakers_after_a_participle_and_sources_told_after_what_they_hold(
    lead: str, speaker: str, source: str | None
) -> None:
    prose = f'Swedish singer Ann Arbour wrote it with producer Cy Dorn.\n\n{lead}\n\n"It took a year."'
    [quote] = doc(prose).quotes
    assert (quote.speaker, quote.source) == (speaker, source)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after "plays", a participle's phrase tells what the character is doing, not the part
        ("In the video, Cy Dorn plays a delivery rider waiting out a storm.", [("Cy Dorn", "a delivery rider")]),
        (
            "The video stars Eda Fenn, who plays a diner owner trying to keep the place open.",
            [("Eda Fenn", "a diner owner")],
        ),
        # left alone: an "-ing" word inside the part, a noun in "-ing", and a part told with "as" (kept whole,
        # as the older sets state it)
        # a determiner or a quantifier opens the participle's object as an article does
        (
            "In the video, Cy Dorn plays a tired lighthouse keeper polishing every lamp in the tower.",
            [("Cy Dorn", "a tired lighthouse keeper")],
        ),
        ("In the video, Cy Dorn plays a porter guarding both doors.", [("Cy Dorn", "a porter")]),
        ("In the video, Cy Dorn plays a chef tasting each dish.", [("Cy Dorn", "a chef")]),
        # after "as" the phrase stays whatever opens its object
        (
            "The video stars Cy Dorn as a lighthouse keeper polishing every lamp.",
            [("Cy Dorn", "a lighthouse keeper polishing every lamp")],
        ),
        ("In the video, Cy Dorn plays a struggling actor.", [("Cy Dorn", "a struggling actor")]),
        ("In the video, Cy Dorn plays a wedding singer from Leeds.", [("Cy Dorn", "a wedding singer from Leeds")]),
        ("In the video, Cy Dorn plays a lonely king in exile.", [("Cy Dorn", "a lonely king in exile")]),
        (
            "The video stars Cy Dorn as a ferry captain crossing the lake in a storm.",
            [("Cy Dorn", "a ferry captain crossing the lake in a storm")],
        ),
    ],
)
def test_a_part_after_plays_ends_before_a_participles_phrase(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the part, then who plays it, between commas or dashes
        (
            "The video tells the story of a fisherman's widow, played by Cy Dorn, and her son, played by the "
            "newcomer Eda Fenn.",
            [("Cy Dorn", "a fisherman's widow"), ("Eda Fenn", "her son")],
        ),
        (
            "The video follows a night-shift nurse - played by the Austrian actress Eda Fenn - through the city.",
            [("Eda Fenn", "a night-shift nurse")],
        ),
        # left alone: another's "as" part, and a thing played
        ("The video shows Arbour as a child, played by Eda Fenn.", []),
        ("The video ends on the guitar solo, played by Cy Dorn.", []),
    ],
)
def test_a_part_told_before_played_by_in_an_apposition(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # someone named by a role who turns up in the video, told in a relative clause or with when
        (
            "The clip stars Cy Dorn, who plays a lighthouse keeper, and the dancer Eda Fenn, who only turns up in "
            "the final scene.",
            [("Cy Dorn", "a lighthouse keeper"), ("Eda Fenn", None)],
        ),
        ("The video was shot in Oslo. The dancer Eda Fenn shows up near the end.", [("Eda Fenn", None)]),
        # left alone: a bare name (who may be the performer), and a place in the video that is not a scene
        ("In the video, Cy Dorn, who only turns up in the final scene, is not credited.", []),
        ("The dancer Eda Fenn appears in a photograph on the wall.", []),
    ],
)
def test_someone_who_turns_up_in_the_video_is_cast_in_no_part(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an apposition about the introducer may name places and say "his"
        (
            "Arbour and Bell had never met until Cy Dorn, a veteran Nashville songwriter with a wall of hits to his "
            "name, introduced them at a guitar pull in East Nashville.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a guitar pull in East Nashville")],
        ),
        (
            "It was Cy Dorn, the drummer's cousin and at the time a bar manager in Headingley, who introduced Arbour "
            "to Bell at a pub quiz in Leeds in 2014.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a pub quiz in Leeds")],
        ),
        # ... or someone else, when it describes
        (
            "Cy Dorn, a friend of Eda Fenn, introduced Arbour to Bell at a party.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a party")],
        ),
        # a place before the introducer's name is not one of a list
        (
            "Arbour and Bell first met through their vocal coach in Tulsa, Cy Dorn, who introduced them in 2014.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        # left alone: two names before the verb (a list: whose introduction is not known)
        ("Cy Dorn, and later Eda Fenn, introduced Arbour to Bell at a party.", []),
    ],
)
def test_an_introducer_with_a_long_apposition(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


def test_two_names_before_introduced_leave_the_introduction_out_with_a_located_warning() -> None:
    result = parse("Cy Dorn, and later Eda Fenn, introduced Arbour to Bell at a party.")
    assert result.document is not None and result.document.introductions == []
    assert [(w.line, "introducer" in w.message) for w in result.warnings] == [(7, True)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the occasion told where the introducer is said to have introduced the two, in a clause about them
        (
            "Arbour met Bell through their friend Cy Dorn, a songwriter who had spent a decade in Seoul and who "
            "introduced the pair at a writing session in Tokyo in 2019.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a writing session in Tokyo")],
        ),
        # left alone: where he introduced someone else is not where he introduced the two
        (
            "Arbour met Bell through their friend Cy Dorn, who later introduced Bell to Eda Fenn at a party.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
    ],
)
def test_an_introductions_occasion_told_again_about_the_introducer(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "made the introduction": of the two the sentence said met, where they met
        (
            "It was at a festival in Oslo in 2021 that Arbour first met Bell; their mutual friend, the stylist Cy "
            "Dorn, made the introduction.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a festival in Oslo")],
        ),
        (
            "Arbour and Bell met at a label party, and Cy Dorn made the introduction.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a label party")],
        ),
        # left alone: no meeting told before it
        ("Cy Dorn made the introduction to the album, and Arbour sang.", []),
    ],
)
def test_made_the_introduction(sentence: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # a title with "the" inside, named by what it is before or after it, is read whole
        ("In the documentary Under the Bridge, Bell said:", "Under the Bridge"),
        ("Speaking on the Out of the Blue podcast, Bell said:", "Out of the Blue"),
        # a nationality inside a broadcaster's name after its letters
        ("Bell explained on BBC Asian Network:", "BBC Asian Network"),
        # left alone: "the" after a name that is not said to be a title ends it
        ("Bell told Cy Dorn the story and said:", None),
    ],
)
def test_a_source_whose_name_holds_the_or_a_nationality_is_read_whole(lead: str, source: str | None) -> None:
    prose = f'Swedish singer Ann Arbour wrote it with producer Cy Dorn.\n\n{lead}\n\n"It took a year."'
    [quote] = doc(prose).quotes
    assert (quote.speaker, quote.source) == ("Bea Bell", source)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list going on after a part's comma: the part ends before "and"
        (
            "The video was directed by Gil Moss. Its cast is small: the actor Cy Dorn as a fisherman's son and, "
            "in a cameo, Eda Fenn.",
            ("Cy Dorn", "a fisherman's son"),
        ),
        # left alone: "and" inside a part
        ("The video stars Cy Dorn as a fisherman and his son.", ("Cy Dorn", "a fisherman and his son")),
    ],
)
def test_a_part_never_ends_with_a_joining_word(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in cast(sentence)


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # the event a dinner followed says which dinner
        (
            "Cy Dorn introduced Arbour to Bell at a dinner after the Oslo Jazz festival.",
            "a dinner after the Oslo Jazz festival",
        ),
        # left alone: "after" opening a clause tells when
        ("Cy Dorn introduced Arbour to Bell at a dinner after the show ended.", "a dinner"),
        ("Cy Dorn introduced Arbour to Bell at a party after she moved to Oslo.", "a party"),
    ],
)
def test_an_occasion_told_by_the_event_it_followed(sentence: str, occasion: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # a country's edition of a title is a medium, not a person to whom "us" may refer
        ("Bell recalled when she sat down with Vogue Norway:", "Vogue Norway"),
        # left alone: a surname that is also a country's name is someone's
        ("Bell recalled when she sat down with Kathy Ireland:", None),
    ],
)
def test_a_countrys_edition_of_a_title_is_no_one_new(lead: str, source: str | None) -> None:
    prose = f'Swedish singer Ann Arbour wrote it with producer Cy Dorn.\n\n{lead}\n\n"It took a year."'
    [quote] = doc(prose).quotes
    assert (quote.speaker, quote.source) == ("Bea Bell", source)


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # where it was said, told with more words or other idioms
        ("Bell explained the origins of the whole song to The Oslo Times:", "The Oslo Times"),
        ("Bell posted a short clip to TikTok, explaining:", "TikTok"),
        ("Bell remembered it when she was a guest on NRK P3:", "NRK P3"),
        ("Bell wrote in the liner notes:", "liner notes"),
        ("Bell wrote in the album's liner notes:", "liner notes"),
        # left alone: a new full name after "explained ... to" is whom it was explained to
        ("Bell explained the origins of the whole song to Eda Fenn:", None),
        ("Bell wrote in her notebook:", None),
    ],
)
def test_quote_sources_told_with_more_words_liner_notes_and_guests(lead: str, source: str | None) -> None:
    prose = f'Swedish singer Ann Arbour wrote it with producer Cy Dorn.\n\n{lead}\n\n"It took a year."'
    [quote] = doc(prose).quotes
    assert (quote.speaker, quote.source) == ("Bea Bell", source)


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # a programme and the platform it is on, after "a video on"
        ("In a video on the Green Room channel on YouTube, Bell explained:", "Green Room (YouTube)"),
        ("In a video on the Green Room channel, Bell explained:", "Green Room"),
        # a name of a word either side of an ampersand is one name; longer names either side may be two
        ("Bell explained it in an interview with Salt & Pepper:", "Salt & Pepper"),
        ("Bell explained it to NRK P3 & Radio Nord:", "NRK P3"),
        # printed words, and a title that starts with a role noun (but a role before a name describes it)
        ("Bell was later quoted in Bassist Monthly as saying:", "Bassist Monthly"),
        ("Bell was later quoted in Drummer Today as saying:", "Drummer Today"),
        ("Bell was later quoted in Rolling Stone as saying:", "Rolling Stone"),
        # an adverb between the speaker and the verb
        ("Asked whether she would tour with Cy Dorn, Bell only said:", None),
    ],
)
def test_quote_sources_on_a_platform_with_an_ampersand_or_quoted_in_print(lead: str, source: str | None) -> None:
    prose = f'Swedish singer Ann Arbour wrote it with producer Cy Dorn.\n\n{lead}\n\n"It took a year."'
    [quote] = doc(prose).quotes
    assert (quote.speaker, quote.source) == ("Bea Bell", source)


@pytest.mark.parametrize(
    ("prose", "speaker"),
    [
        # a place of birth said of a producer names them later ("the Oslo-born producer")
        (
            "It was produced by the Oslo-born producer Cy Dorn and the Leeds producer Gil Moss.\n\n"
            '"It took a year," the Oslo-born producer said.',
            "Cy Dorn",
        ),
        # the producer the text is about, described by a nationality the page gave no one
        (
            "It was produced by Cy Dorn and Gil Moss.\n\nThe idea was Dorn's. The Norwegian producer "
            "told NME:\n\n"
            '"It took a year."',
            "Cy Dorn",
        ),
        # left alone: the producer the text is about was called another nationality
        (
            "It was produced by the Danish producer Cy Dorn and the Leeds producer Gil Moss.\n\nThe idea was Dorn's. "
            "The Norwegian "
            'producer told NME:\n\n"It took a year."',
            None,
        ),
    ],
)
def test_a_producer_described_by_where_they_are_from(prose: str, speaker: str | None) -> None:
    result = parse(prose + _credited("Ann Arbour & Bea Bell", "Cy Dorn & Gil Moss"))
    assert result.document is not None
    assert [q.speaker for q in result.document.quotes] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a part given to someone, told at the start of the sentence
        (
            "The video was directed by Gil Moss. The part of a young nurse went to newcomer Cy Dorn.",
            [("Cy Dorn", "a young nurse")],
        ),
        # a brief appearance is a cameo: cast in no part ("in the final scene" says when)
        (
            "The video was directed by Gil Moss. Cy Dorn makes a brief appearance in the final scene.",
            [("Cy Dorn", None)],
        ),
        # the last of a list, told after "in a brief cameo"
        (
            "The video was directed by Gil Moss. It stars Cy Dorn as a nurse and, in a brief cameo, the Oslo chef "
            "Eda Fenn.",
            [("Cy Dorn", "a nurse"), ("Eda Fenn", None)],
        ),
        # when in the video, between the verb and the part
        (
            "The video was directed by Gil Moss. Cy Dorn only turns up in the closing scene, as himself, reading.",
            [("Cy Dorn", "himself")],
        ),
        # left alone: an appearance that is not said to be brief, and a cameo that is not the list's last
        ("The video was directed by Gil Moss. Cy Dorn makes an appearance on the radio.", []),
        (
            "The video was directed by Gil Moss. In a brief cameo, Eda Fenn waves at Cy Dorn from a bus.",
            [],
        ),
    ],
)
def test_parts_given_to_someone_brief_appearances_and_cameos_ending_a_list(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the subject stressed with a reflexive between "had" and "been"
        (
            "Arbour had herself been introduced to Bell by Cy Dorn, years before.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        # an introducer described by two roles joined with "and"
        (
            "Arbour and Bell were introduced at Roskilde Festival by the DJ and radio host Cy Dorn.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "Roskilde Festival")],
        ),
        # left alone: words after "and" that are no role do not describe the name after them
        ("Arbour and Bell were introduced by the band and later met Cy Dorn at a party.", []),
    ],
)
def test_a_passive_introduction_with_a_stressed_subject_or_an_introducer_of_two_roles(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # when, between the meeting and its means; the occasion told again as bringing the two together
        (
            "Arbour met Bell in early 2020 through Cy Dorn, who brought the two of them together at a retreat "
            "outside Oslo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a retreat outside Oslo")],
        ),
        # left alone: bringing something else together says no occasion of the introduction
        (
            "Arbour met Bell in 2020 through Cy Dorn, who brought his band together at a festival in Oslo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
    ],
)
def test_met_through_someone_after_a_time_and_brought_together_at_an_occasion(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    # through someone of the page: Cy Dorn is credited
    assert intros(sentence + _credited("Ann Arbour, Bea Bell & Cy Dorn")) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # putting two people in the same room is introducing them
        (
            "It was Cy Dorn who, in 2017, first put the two singers in the same room, at a party in Oslo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a party in Oslo")],
        ),
        (
            "It was Cy Dorn who put Arbour and Bell in the same room.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        # left alone: someone put in a room alone
        ("It was Cy Dorn who put Arbour in the same room as her old band.", []),
    ],
)
def test_putting_two_people_in_the_same_room_introduces_them(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence + _credited("Ann Arbour, Bea Bell & Cy Dorn")) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bare noun after "before" is still the part; a clause or an article after it tells the scene
        (
            "The video stars Cy Dorn as a ferryman counting his coins before nightfall.",
            [("Cy Dorn", "a ferryman counting his coins before nightfall")],
        ),
        (
            "The video stars Cy Dorn as a ferryman on his last crossing before the bridge opens.",
            [("Cy Dorn", "a ferryman on his last crossing")],
        ),
        # after "plays", a participle with a plural for what the character does tells the scene
        (
            "In the video Cy Dorn plays a porter carrying suitcases up the stairs.",
            [("Cy Dorn", "a porter")],
        ),
        ("In the video Cy Dorn plays a retired boxing coach.", [("Cy Dorn", "a retired boxing coach")]),
        # a part after "his", "her", "their" given to someone
        (
            "In the video Arbour plays a widow, and the role of her daughter went to newcomer Eda Fenn.",
            [("Ann Arbour", "a widow"), ("Eda Fenn", "her daughter")],
        ),
        # leading the cast in a part, with others named after "alongside" in no part
        (
            "In the video Cy Dorn heads the cast as a lighthouse keeper, alongside Eda Fenn and Gil Moss.",
            [("Cy Dorn", "a lighthouse keeper"), ("Eda Fenn", None), ("Gil Moss", None)],
        ),
        # a cast that "includes" its members, one of them named after whose relation they are
        (
            "In the video, its cast includes Eda Fenn, Gil Moss and Arbour's own aunt, Flo Arbour.",
            [("Eda Fenn", None), ("Gil Moss", None), ("Flo Arbour", None)],
        ),
        (
            "The video's cast is tiny: Gil Moss, the actor Eda Fenn as a nurse and, in a short cameo, Flo Ray.",
            [("Gil Moss", None), ("Eda Fenn", "a nurse"), ("Flo Ray", None)],
        ),
        ("The video's cast includes dozens of locals and two dogs.", []),
        # someone the page has named before turning up in the video, in no part
        ("The video follows a nurse home, and Bell turns up in the final scene.", [("Bea Bell", None)]),
        ("The video follows a nurse home, and a stranger turns up in the final scene.", []),
    ],
)
def test_cast_members_in_lists_alongside_others_and_parts_ending_before_the_scene(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected


def test_a_band_plays_a_part_that_is_a_band() -> None:
    page = (
        "Night Trains\n\nThe Arbours\n\nAlbum Small Hours\n\n"
        "It is a single by the band The Arbours, made up of Ann Arbour and Cy Dorn.\n\n"
        "In the video Eda Fenn plays a bride, and the band play the wedding band. Later the band play the old piano.\n"
    )
    result = parse_story_page(page, "band.txt")
    assert result.document is not None and result.document.music_video is not None
    assert [(c.person, c.role) for c in result.document.music_video.cast] == [
        ("Eda Fenn", "a bride"),
        ("The Arbours", "the wedding band"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a cleft with an aside after "who"
        "It was the promoter Cy Dorn who, in 2016, introduced Arbour to Bell at a harvest fair.",
        # an apposition that says who did it
        "It all started with Cy Dorn, the promoter who introduced Arbour to Bell backstage at a harvest fair.",
        # when, told before where
        "Arbour and Bell were strangers until Cy Dorn introduced them in the autumn of 2016 at a harvest fair.",
        "Arbour and Bell were strangers until Cy Dorn introduced them in late 2016 at a harvest fair.",
    ],
)
def test_an_introduction_with_an_aside_an_apposition_or_a_time_before_the_occasion(sentence: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a harvest fair")]


def test_the_two_singers_brought_together_are_whom_them_means_after() -> None:
    prose = (
        "The song was written by Arbour, Gil Moss and Cy Dorn.\n\n"
        "It was Cy Dorn who brought the two singers together. Speaking on Radio Nord, he said:\n\n"
        '"I introduced them at my sister\'s wedding."'
    )
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "Cy Dorn's sister's wedding")]


def test_the_two_in_a_new_paragraph_are_the_songs_two_performers() -> None:
    prose = (
        "Arbour produced it, and Gil Moss and Cy Dorn mixed it.\n\n"
        "The one to thank is Eda Fenn, Bell's manager, who introduced the two at a harvest fair."
    )
    assert intros(prose) == [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a harvest fair")]


SOLO = "Night Trains\n\nAnn Arbour\n\nAlbum Small Hours\n\n"


def test_us_in_a_solo_artists_quote_is_the_speaker_and_whom_the_narration_paired_them_with() -> None:
    prose = (
        "Arbour wrote it with the producer Gil Moss.\n\n"
        "Arbour and Moss had been writing together for years. "
        '"Our manager, Eda Fenn, introduced us over email," Arbour told Radio Nord.\n'
    )
    result = parse_story_page(SOLO + prose, "solo.txt")
    assert result.document is not None
    assert [(i.introducer, set(i.introduced), i.occasion) for i in result.document.introductions] == [
        ("Eda Fenn", {"Ann Arbour", "Gil Moss"}, None)  # "over email": how, not where
    ]


def test_a_name_of_three_words_is_shortened_to_its_middle_word() -> None:
    page = (
        "Night Trains\n\nRosa Ibarra Solís\n\nAlbum Small Hours\n\n"
        "It is a single by Mexican singer Rosa Ibarra Solís.\n\n"
        "Ibarra told Radio Nord:\n\n"
        '"It is about my grandmother."\n'
    )
    result = parse_story_page(page, "ibarra.txt")
    assert result.document is not None
    assert [(q.speaker, q.source) for q in result.document.quotes] == [("Rosa Ibarra Solís", "Radio Nord")]


def said(prose: str) -> list[tuple[str, str, str | None]]:
    """Each quote as its first words, speaker and source."""
    return [(" ".join(q.text.split()[:3]), q.speaker, q.source) for q in doc(prose).quotes]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # words of a quote woven into the sentence after a speech verb and its object
        (
            'Bell disagrees. In a chat for the Dockside podcast she insisted the song "was never about the sea '
            'at all, whatever people think".',
            [("was never about", "Bea Bell", "Dockside")],
        ),
        # after "that" the page reports the saying, quoting a few words of it: no quote of its own
        ('Arbour later joked that Bell "basically wrote the whole thing in a taxi".', []),
        # a phrase someone has described it as
        ('Bell has described it as "a postcard from a bad year".', [("a postcard from", "Bea Bell", None)]),
        # a title with a subtitle, after what it is or before it as an apposition
        (
            '"We argued for a week," Bell said in the documentary Night Roads: A Film About Buses.',
            [("We argued for", "Bea Bell", "Night Roads: A Film About Buses")],
        ),
        (
            '"We argued for a week," Bell said in Small Hours: The Story, a short film made on tour.',
            [("We argued for", "Bea Bell", "Small Hours: The Story")],
        ),
        # a broadcaster's programme, named by its title
        ('"It was cold," Bell told Radio Nord\'s The Long Road.', [("It was cold,", "Bea Bell", "The Long Road")]),
        # a programme named after its host, not a guest on a station
        (
            '"It was cold," Bell said when she appeared on Late Night with Dora Penn.',
            [("It was cold,", "Bea Bell", "Late Night with Dora Penn")],
        ),
        (
            '"It was cold," Bell said when she appeared on Radio Nord with Dora Penn.',
            [("It was cold,", "Bea Bell", "Radio Nord")],
        ),
    ],
)
def test_quotes_woven_into_a_sentence_and_sources_with_titles_hosts_and_subtitles(
    prose: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert said(prose) == expected


def test_she_after_a_sentence_about_a_he_is_the_one_the_page_calls_so() -> None:
    prose = (
        "Arbour released it on her own label.\n\n"
        'On Radio Nord, Bell talked about his verse: "I wrote it on a train."\n\n'
        'Later she posted a photo to Instagram with the caption: "Worth every minute."'
    )
    assert said(prose) == [("I wrote it", "Bea Bell", "Radio Nord"), ("Worth every minute.", "Ann Arbour", "Instagram")]


def test_a_performer_described_by_where_they_are_from_and_a_band_member_by_what_they_play() -> None:
    prose = (
        "It features the Lisbon crooner Bea Bell.\n\n"
        'The Lisbon singer spoke to Radio Nord about his verse: "I sang it twice."'
    )
    assert said(prose) == [("I sang it", "Bea Bell", "Radio Nord")]
    page = (
        "Night Trains\n\nThe Arbours\n\nAlbum Small Hours\n\n"
        "It is a single by the band The Arbours. It was written by the band's drummer, Cy Dorn, and its banjo "
        "player, Ann Arbour.\n\n"
        '"We argued for a week," the band\'s banjo player admitted.\n'
    )
    result = parse_story_page(page, "band.txt")
    assert result.document is not None
    assert [(q.speaker, q.source) for q in result.document.quotes] == [("Ann Arbour", None)]


_ARBOUR_BELL_AT_THE_FAIR = [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a harvest fair in Leeds")]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the story told in the present, with where before the introducer's description
        (
            "It is 2016. At a harvest fair in Leeds, her agent Cy Dorn introduces Arbour to Bell.",
            _ARBOUR_BELL_AT_THE_FAIR,
        ),
        # a relative clause about each of the two introduced, in the passive
        (
            "Arbour, who was then a student, and Bell, who had just moved north, were introduced by Cy Dorn, "
            "Bell's old teacher, at a harvest fair in Leeds in the summer of 2016.",
            _ARBOUR_BELL_AT_THE_FAIR,
        ),
        # where, told in the next sentence about the introduction alone
        (
            "Arbour and Bell met in 2016. Cy Dorn introduced them. It happened at a harvest fair in Leeds.",
            _ARBOUR_BELL_AT_THE_FAIR,
        ),
        # ... but not when the introduction's clause went on, nor when the next sentence is about something else
        (
            "Arbour and Bell met in 2016. Cy Dorn introduced them over the phone. It was at a harvest fair in Leeds.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        (
            "Arbour and Bell met in 2016. Cy Dorn introduced them. Later they played at a harvest fair in Leeds.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
    ],
)
def test_an_introduction_in_the_present_with_relative_clauses_or_its_place_told_after(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


def test_a_pronoun_that_was_a_names_object_earlier_in_the_sentence_is_not_that_name() -> None:
    # "Gil Moss knew him": "him" is not Gil Moss, so the later "him" is not either; it is the one man the
    # sentence before named besides the others
    prose = (
        "The song was written by Arbour, Bell, Gil Moss and Ned Hale.\n\n"
        "Arbour and Gil Moss had played together for years before Ned Hale came along. Gil Moss knew him from "
        "school, but it was Gil Moss's sister, Cy Moss, who introduced him to Arbour, at a harvest fair in Leeds."
    )
    assert intros(prose) == [("Cy Moss", frozenset({"Ned Hale", "Ann Arbour"}), "a harvest fair in Leeds")]


def test_a_pronoun_is_still_the_one_name_before_it_when_nothing_binds_it() -> None:
    prose = (
        "The song was written by Arbour, Bell and Ned Hale.\n\n"
        "Ned Hale was new in town, and Cy Dorn introduced him to Arbour at a harvest fair in Leeds."
    )
    assert intros(prose) == [("Cy Dorn", frozenset({"Ned Hale", "Ann Arbour"}), "a harvest fair in Leeds")]


def test_the_narration_is_told_by_whom_the_page_says_tells_the_story() -> None:
    prose = (
        "The story below is told by its co-writer, Gil Moss, a fiddler from Cork.\n\n"
        "I met Bell in 2019. Her brother, Cy Dorn, introduced me to her at a harvest fair in Leeds.\n\n"
        "The video came out in May. Bell plays a nurse. I am in it too, as a night porter who never sleeps."
    )
    assert intros(prose) == [("Cy Dorn", frozenset({"Gil Moss", "Bea Bell"}), "a harvest fair in Leeds")]
    assert cast(prose) == [("Bea Bell", "a nurse"), ("Gil Moss", "a night porter")]


def test_without_a_teller_the_narrations_i_is_no_one() -> None:
    prose = (
        "Gil Moss co-wrote it.\n\n"
        "I met Bell in 2019. Her brother, Cy Dorn, introduced me to her at a harvest fair in Leeds.\n\n"
        "The video came out in May. I am in it too, as a night porter."
    )
    assert intros(prose) == []
    assert cast(prose) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside about the part between the name and "as"
        (
            "The video casts Arbour as a nurse and the actor Cy Dorn, in his first screen role, as the porter.",
            [("Ann Arbour", "a nurse"), ("Cy Dorn", "the porter")],
        ),
        # someone giving themself a cameo in a part
        ("In the video, Cy Dorn gives himself a cameo as a taxi driver.", [("Cy Dorn", "a taxi driver")]),
        # an aside that is no part's leaves "as" alone
        ("The video was shot by Cy Dorn, in his own studio, as a favour.", []),
    ],
)
def test_a_part_after_an_aside_about_it_or_a_cameo_given_to_oneself(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the introduction answers the question before, with where in brackets after it
        (
            "So how did Arbour and Bell meet? Their old friend Cy Dorn made the introduction (over a late "
            "supper in Leeds, in 2016), after a gig.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a late supper in Leeds")],
        ),
        (
            "How did Arbour and Bell meet? Cy Dorn made the introduction.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        # no question before: whom the introduction was of is not told
        ("Arbour and Bell toured together. Cy Dorn made the introduction.", []),
    ],
)
def test_an_introduction_that_answers_how_two_met(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # first names before the last full name share its surname; "share the part of" casts each
        (
            "In the video, the sisters Ines and Oda Varga share the part of the lighthouse keeper.",
            [("Ines Varga", "the lighthouse keeper"), ("Oda Varga", "the lighthouse keeper")],
        ),
        ("In the video, Ines and Oda Varga play twins.", [("Ines Varga", "twins"), ("Oda Varga", "twins")]),
        # someone of the page keeps their own name; a country is no first name
        (
            "In the video, Arbour and Oda Varga share the part of the keeper.",
            [("Ann Arbour", "the keeper"), ("Oda Varga", "the keeper")],
        ),
        ("In the video, Chile and Oda Varga share the part of the keeper.", []),
    ],
)
def test_first_names_before_a_full_name_in_a_shared_part_share_its_surname(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Cy Dorn introduced Ann Arbour to Bea Bell at a harvest fair in Leeds a few weeks later.",
        "Cy Dorn introduced Ann Arbour to Bea Bell at a harvest fair in Leeds the previous autumn.",
        "Cy Dorn introduced Ann Arbour to Bea Bell at a harvest fair in Leeds the winter before.",
        "Cy Dorn introduced Ann Arbour to Bea Bell at a harvest fair in Leeds two years earlier.",
        "It was Arbour's old tutor, Cy Dorn, who had introduced her to Bea Bell in the first place, at a harvest "
        "fair in Leeds.",
        # a participle whose subject is the short clause's before it
        "Cy Dorn later returned the favour, introducing Arbour to Bell at a harvest fair in Leeds.",
    ],
)
def test_an_occasion_without_the_time_told_around_it(sentence: str) -> None:
    assert intros(sentence) == _ARBOUR_BELL_AT_THE_FAIR


def test_a_participle_after_an_object_is_not_the_objects() -> None:
    # "introducing" is Cy Dorn's, not Bell's, whatever the rest of the sentence does with it
    assert all(i[0] != "Bea Bell" for i in intros("Cy Dorn thanked Bell, introducing Arbour to Eda Fenn at a fair."))


def test_the_introducer_stressed_and_a_new_name_the_next_sentence_means_by_him() -> None:
    prose = (
        "The touring drummer on the record, Gil Moss, joined late. "
        "It was Arbour herself who introduced him to Bell, at her launch party in Leeds."
    )
    assert intros(prose) == [("Ann Arbour", frozenset({"Gil Moss", "Bea Bell"}), "Ann Arbour's launch party in Leeds")]


def test_the_two_women_are_the_two_women_the_sentence_named_not_the_pair_before() -> None:
    prose = (
        "Gil Moss and Ann Arbour wrote it in a week. Bea Bell had sung with Eda Fenn for years by then; the host "
        "Cy Dorn had introduced the two women at a harvest fair in Leeds."
    )
    assert intros(prose) == [("Cy Dorn", frozenset({"Bea Bell", "Eda Fenn"}), "a harvest fair in Leeds")]


def test_the_two_men_are_not_the_pair_before_when_one_of_it_is_a_woman() -> None:
    prose = (
        "Arbour wrote it with her husband, the fiddler Gil Moss, and her producer Cy Dorn. The two men go back "
        "further: they were introduced by the piper Eda Fenn at a harvest fair in Leeds."
    )
    assert intros(prose) == [("Eda Fenn", frozenset({"Gil Moss", "Cy Dorn"}), "a harvest fair in Leeds")]
    # the song's two performers, one of them a woman, and no two men named before: no one for sure (nor is "they"
    # the pair before)
    prose = (
        "Arbour herself sang the verse. The two men go back further: they were introduced by the piper Eda Fenn at "
        "a harvest fair in Leeds."
    )
    assert intros(prose) == []


def test_names_after_the_directors_comma_are_the_subject_of_the_verb_they_run_into() -> None:
    video = doc("In the clip, directed by Gil Moss, Arbour, Bell and Cy Dorn play three nervous burglars.").music_video
    assert video is not None and video.directors == ["Gil Moss"]
    assert [(c.person, c.role) for c in video.cast] == [
        ("Ann Arbour", "three nervous burglars"),
        ("Bea Bell", "three nervous burglars"),
        ("Cy Dorn", "three nervous burglars"),
    ]


def test_chart_entries_whose_position_is_told_in_words() -> None:
    result = parse("Chart Rankings\n\n- #7 in Austria - No. 12 in Denmark - Number 30 in Portugal")
    assert result.document is not None
    assert [(p.country, p.chart, p.position) for p in result.document.chart_peaks] == [
        ("Austria", None, 7),
        ("Denmark", None, 12),
        ("Portugal", None, 30),
    ]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        ('Bell wrote about it in a post on her Patreon: "I sang it twice."', [("I sang it", "Bea Bell", "Patreon")]),
        (
            'In the documentary Letters from the Harbour the singer Bell remembers: "I sang it twice."',
            [("I sang it", "Bea Bell", "Letters from the Harbour")],
        ),
        (
            'In her tour documentary, Ashes on the Tide, Bell recalls: "I sang it twice."',
            [("I sang it", "Bea Bell", "Ashes on the Tide")],
        ),
        # two names joined by "and" after "film" are the film's makers, not its title
        ('In the film Arbour and Cy Dorn made, Bell recalls: "I sang it twice."', [("I sang it", "Bea Bell", None)]),
    ],
)
def test_sources_on_ones_own_platform_and_titles_joined_by_small_words(
    prose: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert said(prose) == expected


def test_a_keyboard_player_and_the_singer_of_a_producers_song() -> None:
    prose = (
        "It was written with keyboard player Cy Dorn.\n\n"
        'The keyboard player added on Radio Nord: "We cut it in one night."'
    )
    assert said(prose) == [("We cut it", "Cy Dorn", "Radio Nord")]
    page = (
        "Night Trains (feat. Bea Bell)\n\nAnn Arbour\n\nAlbum Small Hours\n\n"
        "It is a track by the Leeds producer Ann Arbour, sung by Bea Bell.\n\n"
        'The singer has said of her part: "I sang it lying down."\n'
    )
    result = parse_story_page(page, "p.txt")
    assert result.document is not None
    assert [q.speaker for q in result.document.quotes] == ["Bea Bell"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the passive told in a relative clause about the two, which ends at its comma
        (
            "Bea Bell and Cy Dorn, who were introduced by the engineer Eda Fenn at a studio party in Bergen, have "
            "worked together ever since.",
            [("Eda Fenn", frozenset({"Bea Bell", "Cy Dorn"}), "a studio party in Bergen")],
        ),
        # capitals joined by "&" describe the introducer, they are no one's initials
        (
            "Bea Bell and Cy Dorn were introduced by the A&R scout Eda Fenn at a label dinner.",
            [("Eda Fenn", frozenset({"Bea Bell", "Cy Dorn"}), "a label dinner")],
        ),
        (
            "Bea Bell and Cy Dorn, who were introduced by the R&B singer Eda Fenn at a festival, split in 2020.",
            [("Eda Fenn", frozenset({"Bea Bell", "Cy Dorn"}), "a festival")],
        ),
        # one person in the relative clause, introduced to no one it says: left out
        ("Bea Bell, who was introduced by the engineer Eda Fenn at a party, has sung on every single since.", []),
    ],
)
def test_a_passive_introduction_in_a_relative_clause_and_a_description_with_an_ampersand(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # a date after the occasion is when, not where; the place before it stays
        ("Eda Fenn introduced Ann Arbour to Cy Dorn at a showcase in Lagos in December 2020.", "a showcase in Lagos"),
        ("Eda Fenn introduced Ann Arbour to Cy Dorn at a gala in Turin in late October.", "a gala in Turin"),
        ("Eda Fenn introduced Ann Arbour to Cy Dorn at a gala on 3 May 2019.", "a gala"),
        ("Eda Fenn introduced Ann Arbour to Cy Dorn at a dinner on June 12, 2018.", "a dinner"),
        ("Eda Fenn introduced Ann Arbour to Cy Dorn at a party in Oslo on New Year's Eve 2016.", "a party in Oslo"),
        # a month's name inside the place is the place's
        ("Eda Fenn introduced Ann Arbour to Cy Dorn at the May Day fair in Derby.", "the May Day fair in Derby"),
        ("Eda Fenn introduced Ann Arbour to Cy Dorn at a bar on March Street.", "a bar on March Street"),
        ("Eda Fenn introduced Ann Arbour to Cy Dorn at a pub in County Mayo.", "a pub in County Mayo"),
    ],
)
def test_an_occasion_ends_before_a_date_told_after_it(sentence: str, occasion: str) -> None:
    assert intros(sentence) == [("Eda Fenn", frozenset({"Ann Arbour", "Cy Dorn"}), occasion)]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # someone's own programme named in an apposition that opens the sentence
        ("On her podcast, Quiet Hours, Dorn recalled the session:", "Quiet Hours"),
        ("In his newsletter, Low Tide Notes, Dorn recalled the session:", "Low Tide Notes"),
        # a periodical named by how often it comes out
        ("Dorn told the monthly Sound Pages that it was hard:", "Sound Pages"),
        ("Dorn told the quarterly Le Grand Bruit that it was hard:", "Le Grand Bruit"),
        # "monthly" as a word of time is no periodical
        ("Dorn, who played a monthly residency, recalled the session:", None),
    ],
)
def test_a_source_in_an_opening_apposition_or_after_a_periodicals_kind(lead: str, source: str | None) -> None:
    prose = f'Swedish singer Ann Arbour wrote it with producer Cy Dorn.\n\n{lead}\n\n"It took a year."'
    assert said(prose) == [("It took a", "Cy Dorn", source)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after "as", a past participle after the part's noun keeps where it happens: its phrase is the part
        (
            "In the video Cy Dorn appears as a sailor marooned at a petrol station.",
            "a sailor marooned at a petrol station",
        ),
        ("The clip stars Eda Fenn as a tourist abandoned at the airport.", "a tourist abandoned at the airport"),
        # an adjective in "-ed" right after the article is no participle's phrase, but after "as" the place is the
        # part's all the same
        (
            "In the video Cy Dorn appears as a retired sailor at a petrol station.",
            "a retired sailor at a petrol station",
        ),
        ("In the video Cy Dorn appears as two tired riders at a county fair.", "two tired riders at a county fair"),
    ],
)
def test_a_past_participles_place_stays_in_the_part(sentence: str, expected: str) -> None:
    assert cast(sentence) == [("Cy Dorn" if "Cy" in sentence else "Eda Fenn", expected)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after "plays", a participle with a bare object of two words and then where tells the scene
        ("In the video Cy Dorn plays a ferry cook frying sweet plantain on a gas ring.", "a ferry cook"),
        ("In the video Cy Dorn plays a night porter folding wet laundry behind the hotel.", "a night porter"),
        # "-ing" nouns inside the part are kept
        ("In the video Cy Dorn plays a wedding singer in a cheap suit.", "a wedding singer in a cheap suit"),
        # after "as" the whole phrase stays
        (
            "In the video Cy Dorn appears as a ferry cook frying sweet plantain on a gas ring.",
            "a ferry cook frying sweet plantain on a gas ring",
        ),
    ],
)
def test_a_participle_with_a_two_word_object_after_plays_tells_the_scene(sentence: str, expected: str) -> None:
    assert cast(sentence) == [("Cy Dorn", expected)]


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # a time clause after the occasion, its subject straight after "the summer", "the night (that)"
        (
            "Eda Fenn introduced Ann Arbour to Cy Dorn at a barn dance in Kerry the summer I left school.",
            "a barn dance in Kerry",
        ),
        (
            "Eda Fenn introduced Ann Arbour to Cy Dorn at a wake in Sligo the night that we buried Granny.",
            "a wake in Sligo",
        ),
        ("Eda Fenn introduced Ann Arbour to Cy Dorn at a bar the year Bell moved to Leeds.", "a bar"),
        # without a subject after it, the words are the occasion's own
        ("Eda Fenn introduced Ann Arbour to Cy Dorn at the summer school in Galway.", "the summer school in Galway"),
        ("Eda Fenn introduced Ann Arbour to Cy Dorn at the night market in Taipei.", "the night market in Taipei"),
    ],
)
def test_an_occasion_ends_before_a_time_clause(sentence: str, occasion: str) -> None:
    assert intros(sentence) == [("Eda Fenn", frozenset({"Ann Arbour", "Cy Dorn"}), occasion)]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a title of two parts joined by "and", after what it is and ending its phrase, is one title
        (
            'In the documentary Salt and Stone, Bell recalls: "I sang it twice."',
            [("I sang it", "Bea Bell", "Salt and Stone")],
        ),
        (
            'In the film Rust and Rain, Bell remembers: "I sang it twice."',
            [("I sang it", "Bea Bell", "Rust and Rain")],
        ),
        # the page's people joined by "and" are no title, nor is a title that a verb goes on from
        ('In the documentary Arbour and Cy Dorn, Bell recalls: "I sang it twice."', [("I sang it", "Bea Bell", None)]),
        ('In the film Salt and Stone made, Bell recalls: "I sang it twice."', [("I sang it", "Bea Bell", None)]),
    ],
)
def test_a_title_joined_by_and_that_names_no_one(prose: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert said(prose) == expected


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # a webzine, a zine or a blog named after what it is
        ("In an interview with the webzine Night Owl Notes, Dorn said it was hard:", "Night Owl Notes"),
        ("Dorn told the music blog Loud Porch that it was hard:", "Loud Porch"),
        ("Speaking with the zine Paper Cuts, Dorn said it was hard:", "Paper Cuts"),
    ],
)
def test_a_source_named_as_a_webzine_zine_or_blog(lead: str, source: str) -> None:
    prose = f'Swedish singer Ann Arbour wrote it with producer Cy Dorn.\n\n{lead}\n\n"It took a year."'
    assert said(prose) == [("It took a", "Cy Dorn", source)]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "Her older brother, X": whose relative is the one other of the page sharing X's surname, and "her" after
        # it is she
        (
            "Ann Arbour wrote it with Eda Fenn. Fenn produced it. Her older brother, Tom Arbour, had introduced her "
            "to Fenn years earlier.",
            [("Tom Arbour", frozenset({"Ann Arbour", "Eda Fenn"}), None)],
        ),
        (
            "Ann Arbour wrote it with Eda Fenn. Fenn produced it. Her cousin, Tom Arbour, introduced her to Fenn "
            "at a wedding in Derry.",
            [("Tom Arbour", frozenset({"Ann Arbour", "Eda Fenn"}), "a wedding in Derry")],
        ),
        # no one shares the surname, two do, or the possessive is another's: left out
        (
            "Ann Arbour wrote it with Eda Fenn. Fenn produced it. Her older brother, Tom Rush, had introduced her "
            "to Fenn years earlier.",
            [],
        ),
        (
            "Ann Arbour wrote it with the pianist Eda Fenn and the drummer Jo Arbour. Fenn produced it. Her older "
            "brother, Tom Arbour, had introduced her to Fenn years earlier.",
            [],
        ),
        (
            "Ann Arbour wrote it with Eda Fenn. Fenn produced it. His older brother, Tom Arbour, had introduced her "
            "to Fenn years earlier.",
            [],
        ),
    ],
)
def test_her_after_a_relative_opening_the_sentence_is_whose_surname_they_share(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    result = parse(prose)
    assert result.document is not None
    assert [(i.introducer, frozenset(i.introduced), i.occasion) for i in result.document.introductions] == expected
    if not expected:
        assert any("introduction" in w.message and w.line == 7 for w in result.warnings)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "we" before the quote says whom: "Eda and I" later in it names the other
        (
            "We were introduced by Cy Dorn at a bar in Leeds. Eda and I wrote the chorus that night.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Eda Fenn"}), "a bar in Leeds")],
        ),
        (
            "We were introduced by Cy Dorn at a bar in Leeds, and by closing time me and Eda had a chorus.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Eda Fenn"}), "a bar in Leeds")],
        ),
        # two named with "I", or none: "we" is no one for sure
        ("We were introduced by Cy Dorn at a bar in Leeds. Eda and I wrote it, then Gil and I sang it.", []),
        ("We were introduced by Cy Dorn at a bar in Leeds. We wrote the chorus that night.", []),
    ],
)
def test_we_in_a_quote_named_later_by_x_and_i(
    body: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    prose = f'Arbour told Radio Nord:\n\n"{body}"'
    result = parse_story_page(SOLO + prose + _credited("Ann Arbour, Cy Dorn, Gil Moss & Eda Fenn"), "p.txt")
    assert result.document is not None
    assert [(i.introducer, frozenset(i.introduced), i.occasion) for i in result.document.introductions] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the part told before the actor, who is named after a capitalised nationality
        (
            "In the video, the role of the ferryman went to Welsh comedian Cy Dorn, who sleeps.",
            [("Cy Dorn", "the ferryman")],
        ),
        # in a cameo, glimpsed, spotted: seen in the video as the part
        ("In the video, Cy Dorn turns up in a short cameo as the night porter.", [("Cy Dorn", "the night porter")]),
        ("In the video, Cy Dorn can be glimpsed as a removal man.", [("Cy Dorn", "a removal man")]),
        ("In the video, Cy Dorn is spotted as a removal man.", [("Cy Dorn", "a removal man")]),
        # "takes the role of", also after an apposition
        (
            "In the video, Cy Dorn, a veteran of soap operas, takes the role of the fairground owner.",
            [("Cy Dorn", "the fairground owner")],
        ),
        # no part: where one is glimpsed, by whom one is spotted, a part of a song taken
        ("In the video, Cy Dorn can be glimpsed in the background.", []),
        ("In the video, Cy Dorn is spotted by a removal man.", []),
        ("In the video, Cy Dorn takes the part of the chorus that Bell wrote.", []),
    ],
)
def test_parts_taken_glimpsed_or_in_a_cameo(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside that says whose with a pronoun, between the one introduced and the passive verb
        (
            "Ann Arbour, for her part, was introduced to Bea Bell by the label's talent scout, Cy Dorn, at a "
            "showcase in Oslo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a showcase in Oslo")],
        ),
        # the introducer stressed after "by", then where
        (
            "Ann Arbour was introduced to Bea Bell by Cy Dorn herself, at a showcase in Oslo the following spring.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a showcase in Oslo")],
        ),
        # a cleft with the occasion first, the introducer named by a relation set off by commas
        (
            "It was at a showcase in Oslo that their manager, Cy Dorn, first introduced Ann Arbour to Bea Bell.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a showcase in Oslo")],
        ),
        # a relative clause about the name right before it, after a clause joined by "and"
        (
            "The song is credited to Ann Arbour and Bea Bell, and was produced by Cy Dorn, who had introduced "
            "Arbour to Bell at a showcase in Oslo two winters earlier.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a showcase in Oslo")],
        ),
        # an aside that names someone else: left out
        ("Ann Arbour, like Eda Fenn, was introduced to Bea Bell by Cy Dorn at a showcase in Oslo.", []),
        # a list of two before the verb, no relative clause: whose introduction it is is not sure
        ("Cy Dorn, and later Eda Fenn, introduced Ann Arbour to Bea Bell at a showcase in Oslo.", []),
    ],
)
def test_introductions_with_asides_stressed_introducers_clefts_and_relatives(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


DUO = "Night Trains (feat. Bea Bell)\n\nPale Hours\n\nAlbum Small Hours\n\n"


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the duo's two members named together before: "the two" of the next paragraph are they, not the duo and
        # its guest
        (
            "The song is by the duo Pale Hours, with Bea Bell as its guest, and was written by the duo's two "
            "members, Ann Arbour and Cy Dorn.\n\nThe two have made music since Eda Fenn introduced them at a "
            "party in Oslo.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Cy Dorn"}), "a party in Oslo")],
        ),
        # no two named together: "them" is no one for sure, so left out
        (
            "The song is by the duo Pale Hours, with Bea Bell as its guest.\n\nThe two have made music since "
            "Eda Fenn introduced them at a party in Oslo.",
            [],
        ),
    ],
)
def test_the_two_of_a_duo_and_its_guest_are_not_the_performers(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    result = parse_story_page(DUO + prose + _credited("Ann Arbour & Cy Dorn"), "p.txt")
    assert result.document is not None
    assert [(i.introducer, frozenset(i.introduced), i.occasion) for i in result.document.introductions] == expected


@pytest.mark.parametrize(
    ("sentence", "directors"),
    [
        # the capitalised word after ", and" places the next clause's subject, named after a role noun
        ("The video was directed by Cy Dorn, and Oslo comedian Eda Fenn plays a postman.", ["Cy Dorn"]),
        ("The video was directed by Cy Dorn, and Oslo-based actor Eda Fenn plays a postman.", ["Cy Dorn"]),
        # two directors, and a list of three: each directed
        ("The video was directed by Cy Dorn and Eda Fenn.", ["Cy Dorn", "Eda Fenn"]),
        (
            "The video was directed by Cy Dorn, Eda Fenn and Gil Moss, and it stars Bell.",
            ["Cy Dorn", "Eda Fenn", "Gil Moss"],
        ),
    ],
)
def test_a_director_list_ends_before_a_place_describing_the_next_subject(sentence: str, directors: list[str]) -> None:
    video = doc(sentence).music_video
    assert video is not None and video.directors == directors


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # a show named after its hour
        ("On the breakfast show The Couch at Ten, Dorn said it was hard:", "The Couch at Ten"),
        ("Dorn told the late show Live after Midnight that it was hard:", "Live after Midnight"),
        # "at" before a time of day that is no hour's name ends the name
        ("Dorn told the podcast Deep Cuts at noon that it was hard:", "Deep Cuts"),
    ],
)
def test_a_show_named_after_its_hour(lead: str, source: str) -> None:
    prose = f'Swedish singer Ann Arbour wrote it with producer Cy Dorn.\n\n{lead}\n\n"It took a year."'
    assert said(prose) == [("It took a", "Cy Dorn", source)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In the video, Arbour plays a welder, and Cy Dorn turns up in a cameo.",
            [("Ann Arbour", "a welder"), ("Cy Dorn", None)],
        ),
        ("In the video, Cy Dorn appears in a brief cameo.", [("Cy Dorn", None)]),
        # a part after the cameo is the part
        ("In the video, Cy Dorn turns up in a cameo as a postman.", [("Cy Dorn", "a postman")]),
        # turning up in a cameo of something else's: no one cast
        ("In the video, Cy Dorn turns up in a cameo role he wrote.", []),
    ],
)
def test_a_cameo_turned_up_in_with_no_part(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after "plays", a past participle's phrase stays whole with its place, as after "as"
        (
            "The video follows Arbour, who plays a courier stranded at a border crossing.",
            [("Ann Arbour", "a courier stranded at a border crossing")],
        ),
        (
            "In the video, Arbour plays a courier stranded at a border crossing.",
            [("Ann Arbour", "a courier stranded at a border crossing")],
        ),
        # a present participle's phrase after "plays" is still the scene, cut
        ("In the video, Arbour plays a courier waiting at a border crossing.", [("Ann Arbour", "a courier")]),
        # after "as" the part is whole, either participle
        (
            "In the video, Arbour appears as a courier waiting at a border crossing.",
            [("Ann Arbour", "a courier waiting at a border crossing")],
        ),
        # a place after a part with no participle is where the scene is
        ("In the video, Arbour plays two couriers at a border crossing.", [("Ann Arbour", "two couriers")]),
    ],
)
def test_a_past_participles_place_after_plays(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the second of two told by what they do, one plural part for both
        (
            "In the video, Arbour and the actor Cy Dorn play feuding neighbours mending a fence.",
            [("Ann Arbour", "feuding neighbours"), ("Cy Dorn", "feuding neighbours")],
        ),
        # being in the video told with "turn up as": each of them
        (
            "In the video, Arbour and Bell turn up as themselves.",
            [("Ann Arbour", "themselves"), ("Bea Bell", "themselves")],
        ),
        (
            "In the video, Arbour and Bell show up as rival bakers.",
            [("Ann Arbour", "rival bakers"), ("Bea Bell", "rival bakers")],
        ),
    ],
)
def test_several_people_in_one_part_told_otherwise(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name closing an apposition is the subject of the cameo
        (
            "In the video, Arbour plays a welder, and the local baker, Cy Dorn, makes a cameo.",
            [("Ann Arbour", "a welder"), ("Cy Dorn", None)],
        ),
        ("The band's old teacher, Cy Dorn, makes a brief cameo in the video.", [("Cy Dorn", None)]),
        # a name closing the director's phrase is no subject of it
        ("The video, directed by Cy Dorn, makes a cameo.", []),
    ],
)
def test_a_cameo_made_by_a_name_in_an_apposition(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the introducer named after what the page called them
        (
            "The song is credited to singer Ann Arbour and bassist Cy Dorn.\n\n"
            "The bassist, Cy Dorn, introduced Arbour to Bell at a quiz night in Malmö.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a quiz night in Malmö")],
        ),
        # the same in a relative clause about one of the two
        (
            "Bell, whom Arbour's manager, Cy Dorn, had introduced to Arbour at a quiz night in Malmö, joined later.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a quiz night in Malmö")],
        ),
        # the introducer stressed before the occasion
        (
            "Cy Dorn introduced Arbour to Bell himself, at a quiz night in Malmö.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a quiz night in Malmö")],
        ),
    ],
)
def test_introductions_with_the_introducer_in_an_apposition_or_stressed(
    sentence: str, expected: list[tuple[str, frozenset[str], str]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    "prose",
    [
        # "Cy Dorn, Eda Fenn, introduced": a list, whose introducer is not sure
        "Cy Dorn, Eda Fenn, introduced Arbour to Bell at a quiz night.",
        # what the page called one person, then another's name: not an apposition
        "The song is credited to singer Ann Arbour and bassist Cy Dorn.\n\n"
        "The bassist, Eda Fenn, introduced Arbour to Bell at a quiz night.",
    ],
)
def test_two_people_before_introduced_are_no_apposition(prose: str) -> None:
    assert intros(prose) == []


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # a title whose small words are of another language
        ("In the documentary Vozes na Estrada em Lisboa, Dorn recalls how it began:", "Vozes na Estrada em Lisboa"),
        # a title first, then an apposition saying what it is
        ("In Night Ferries, a documentary about the label, Dorn recalls how it began:", "Night Ferries"),
    ],
)
def test_quote_sources_titled_in_other_shapes(lead: str, source: str) -> None:
    prose = f'Swedish singer Ann Arbour wrote it with producer Cy Dorn.\n\n{lead}\n\n"It took a year."'
    assert said(prose) == [("It took a", "Cy Dorn", source)]


@pytest.mark.parametrize(
    "lead",
    [
        # a place, then a crew: no title
        "In Oslo, a documentary crew followed Dorn, who recalls how it began:",
        # a country is where
        "In Chile, a documentary about the label followed Dorn, who recalls how it began:",
    ],
)
def test_no_title_before_an_apposition_of_these(lead: str) -> None:
    prose = f'Swedish singer Ann Arbour wrote it with producer Cy Dorn.\n\n{lead}\n\n"It took a year."'
    [(_, _, source)] = said(prose)
    assert source not in ("Oslo", "Chile")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # each "by" holds its own list: the one with a part is read for it, the other is a cameo in no part
        (
            "In the video there are cameos by Cy Dorn as a night porter and by Eda Fenn.",
            [("Cy Dorn", "a night porter"), ("Eda Fenn", None)],
        ),
        # a relative named after a comma is the one who makes the cameo
        (
            "In the video there are cameo appearances by Cy Dorn and Arbour's aunt, Mira Arbour.",
            [("Cy Dorn", None), ("Mira Arbour", None)],
        ),
        # a month's name inside the clause starts a name, not a date
        (
            "In the video there are cameo appearances by Cy Dorn and Arbour's aunt, June Arbour.",
            [("Cy Dorn", None), ("June Arbour", None)],
        ),
    ],
)
def test_cameos_in_no_part_told_beside_parts_and_relatives(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        (
            "Bell, who was introduced to Arbour by her old teacher, Cy Dorn, at a church supper, sings on it.",
            "a church supper",
        ),
        # what follows the apposition's comma is no occasion unless "at" or "during" leads it
        ("Bell, who was introduced to Arbour by her old teacher, Cy Dorn, sang at a church supper.", None),
    ],
)
def test_an_occasion_after_the_introducers_apposition(sentence: str, occasion: str | None) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Bea Bell", "Ann Arbour"}), occasion)]


@pytest.mark.parametrize("place", ["Brook County", "Mill Valley", "Stone Library"])
def test_a_place_named_with_a_place_noun_is_no_speaker(place: str) -> None:
    # the place is named first as a two-word name, then by its first word alone before the quote
    prose = (
        f"People in {place} still hum it. Bea Bell, a retired nurse, wrote the second verse.\n\n"
        f'At a {place.split()[0]} reading last fall, she said: "I wrote it on a night shift."'
    )
    assert [(q.speaker, q.text[:7]) for q in doc(prose).quotes] == [("Bea Bell", "I wrote")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a capitalised plural before several full names says what they are
        (
            "Villagers Ona Reyes and Tam Reyes play themselves.",
            [("Ona Reyes", "themselves"), ("Tam Reyes", "themselves")],
        ),
        (
            "Residents Ona Reyes, Tam Reyes and Lu Park play themselves.",
            [("Ona Reyes", "themselves"), ("Tam Reyes", "themselves"), ("Lu Park", "themselves")],
        ),
        # a first name ending in "s" is part of the name
        (
            "James Earl Moss and Ona Reyes play themselves.",
            [("James Earl Moss", "themselves"), ("Ona Reyes", "themselves")],
        ),
    ],
)
def test_a_plural_before_several_names_is_no_part_of_the_first(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(f"The video was shot in a barn. {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relation told by a description or a pronoun, named in an apposition, then "as": the part is whole
        (
            "For the video, director Cy Dorn cast the singer's aunt, Mira Lund, as a ferry pilot crossing the bay.",
            [("Mira Lund", "a ferry pilot crossing the bay")],
        ),
        ("The video features her uncle, Tor Lund, as a night porter.", [("Tor Lund", "a night porter")]),
        # no verb that casts: "as" tells why, not a part
        ("The song was mixed by her friend, Mira Lund, as a favour.", []),
    ],
)
def test_a_relation_in_an_apposition_cast_as_a_part(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("apposition", "speakers"),
    [
        # the apposition says what the page calls him: "the drummer" later means him
        (", the band's drummer,", ["Cy Dorn", "Cy Dorn"]),
        (", their drummer,", ["Cy Dorn", "Cy Dorn"]),
        # no apposition: the page called no one a drummer, so the second quote is no one's
        ("", ["Cy Dorn"]),
    ],
)
def test_a_role_in_an_apposition_names_the_person_later(apposition: str, speakers: list[str]) -> None:
    prose = (
        "Ann Arbour wrote it with Cy Dorn and Eda Fenn.\n\n"
        f'Dorn{apposition} told Radio Nord it took a year: "We nearly gave up."\n\n'
        'The drummer came back to it on Radio Sur: "It was worth the year."'
    )
    assert [q.speaker for q in doc(prose).quotes] == speakers


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("Cy Dorn told the trade title Studio Ledger that it took a year:", "Studio Ledger"),
        ("Cy Dorn told the music publication Studio Ledger that it took a year:", "Studio Ledger"),
        # a saint's abbreviation inside a name
        ("Cy Dorn told the St. Paul Courier that it took a year:", "St. Paul Courier"),
        # a new name on the air is a programme
        ("Cy Dorn sat down with Porch Talk on TV and said:", "Porch Talk"),
        ("Cy Dorn sat down with Porch Talk on the radio and said:", "Porch Talk"),
    ],
)
def test_quote_sources_named_by_a_trade_title_an_abbreviation_or_the_air(lead: str, source: str | None) -> None:
    prose = f'Ann Arbour wrote it with Cy Dorn.\n\n{lead} "It took a whole year."'
    assert said(prose) == [("It took a", "Cy Dorn", source)]


def test_a_new_name_one_sat_down_with_off_the_air_is_no_source() -> None:
    prose = 'Ann Arbour wrote it with Cy Dorn.\n\nCy Dorn sat down with Eda Fenn at a cafe and said: "It took a year."'
    assert "Eda Fenn" not in [source for _, _, source in said(prose)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "play" then a plural part with a participle and a when: the participle's phrase is cut
        (
            "In the video, Cy Dorn and Eda Fenn play an old couple waltzing after midnight.",
            [("Cy Dorn", "an old couple"), ("Eda Fenn", "an old couple")],
        ),
        ("In the video, Cy Dorn plays a porter sweeping across the hall.", [("Cy Dorn", "a porter")]),
        # after "as" the part stays whole; an "-ing" noun after a preposition stays
        ("In the video, Cy Dorn appears as a porter sweeping.", [("Cy Dorn", "a porter sweeping")]),
        (
            "In the video, Cy Dorn plays a tramp stranded at a level crossing.",
            [("Cy Dorn", "a tramp stranded at a level crossing")],
        ),
    ],
)
def test_a_participle_ending_a_part_after_play(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(sentence) == expected


def test_a_clip_that_centres_on_a_scene_is_the_video() -> None:
    prose = "The band's new clip centres on a night ward. Cy Dorn and Eda Fenn play night-shift nurses."
    assert cast(prose) == [("Cy Dorn", "night-shift nurses"), ("Eda Fenn", "night-shift nurses")]
    assert cast("The band's new album centres on a night ward. Cy Dorn and Eda Fenn play night-shift nurses.") == []


def test_a_video_that_follows_the_artist_does_not_cast_them_as_themselves() -> None:
    assert cast("The video follows Arbour across the sea, and Cy Dorn plays a sailor.") == [("Cy Dorn", "a sailor")]
    shown = cast("The video shows Arbour on the deck, and Cy Dorn plays a sailor.")
    assert ("Cy Dorn", "a sailor") in shown and any(person == "Ann Arbour" for person, _ in shown)


@pytest.mark.parametrize(
    ("prose", "speaker"),
    [
        # an apposition between the speaker and the verb after the quote, either way round
        (
            'Arbour wrote it with Cy Dorn. "It took us a whole winter to get right," Eda Fenn, their producer, said.',
            "Eda Fenn",
        ),
        (
            'Arbour wrote it with Cy Dorn. "It took us one winter to get right," their producer, Eda Fenn, told us.',
            "Eda Fenn",
        ),
        # several people listed before the verb: no one speaker
        ('Arbour wrote it with Cy Dorn. "It took us a whole winter to get right," Arbour, Bell, and Dorn said.', None),
    ],
)
def test_a_speaker_after_the_quote_with_an_apposition(prose: str, speaker: str | None) -> None:
    assert [q.speaker for q in doc(prose).quotes] == ([speaker] if speaker else [])


def test_an_introduction_in_a_relative_passive_with_where_after_the_introducers_apposition() -> None:
    said = "Arbour wrote it alone. The arranger was Cy Dorn, to whom she was introduced by her brother, Tom Arbour,"
    assert intros(f"{said} at his graduation recital in Ghent.") == [
        ("Tom Arbour", frozenset({"Ann Arbour", "Cy Dorn"}), "Tom Arbour's graduation recital in Ghent")
    ]
    # what follows the comma is no where: no occasion
    assert intros(f"{said} and they clicked at once.") == [("Tom Arbour", frozenset({"Ann Arbour", "Cy Dorn"}), None)]


def test_an_age_after_a_quote_of_someone_is_them() -> None:
    prose = (
        'Cy Dorn told Radio Nord: "It began as a joke about the night bus."\n\n'
        'On the programme Late Songs, the 34-year-old added: "My father sang it to me."'
    )
    quotes = doc(prose).quotes
    assert [(q.speaker, q.source) for q in quotes] == [("Cy Dorn", "Radio Nord"), ("Cy Dorn", "Late Songs")]
    # with no one the text is about, an age is no one
    assert doc('On the programme Late Songs, the 34-year-old added: "My father sang it to me."').quotes == []
    # an age before a role describes that role's person, not whom the text is about
    producer = (
        'Cy Dorn told Radio Nord: "It began as a joke about the night bus."\n\n'
        'On the programme Late Songs, the 34-year-old producer added: "My father sang it to me."'
    )
    assert [(q.speaker, q.source) for q in doc(producer).quotes] == [("Cy Dorn", "Radio Nord")]


def test_a_multi_instrumentalist_named_before_is_the_one_after_the_quote() -> None:
    prose = (
        "Arbour wrote it with multi-instrumentalist Cy Dorn.\n\n"
        '"It was cold, and then it was warm," the multi-instrumentalist said in an interview with Radio Nord.'
    )
    assert [q.speaker for q in doc(prose).quotes] == ["Cy Dorn"]


# Shapes met on the 29th blind set, told in our own sentences: a cameo's "too" before the part, two people in
# one part with the second set off by commas, a relation apposed with what they are, the last of a list in a
# cameo; a source after "the" or titled in another language's small words; the lyricist as a speaker; a
# cleft's bare role before the introducer, and "his" that can look back only to the introducer.


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
def test_a_quotes_source_after_the_in_another_language_or_before_a_day(prose: str, expected: tuple[str, str]) -> None:
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


# Shapes met on the 30th blind set, told in our own sentences: a Q&A held on a platform; a programme the page named
# once, which later leads carry on from by its name or as "the documentary"; and a speaker after the quote called by
# an epithet the page gave no one, who is the one person the sentence before has speaking.


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("Arbour was more guarded in a Q&A on YouTube:", "YouTube"),
        ("Arbour answered fans in an AMA on Reddit:", "Reddit"),
        # on a day: when it was held, not where
        ("Arbour was more guarded in a Q&A on Tuesday:", None),
        # on someone of the page: what it was about
        ("Arbour wrote it with Cy Dorn. In a Q&A on Dorn, Arbour said:", None),
    ],
)
def test_a_q_and_a_on_a_platform(lead: str, source: str | None) -> None:
    assert quotes(f'{lead} "Some of it happened, but not the bit you think."') == [("Ann Arbour", source)]


_FERRY = "Most of the story comes from the 2021 documentary Ferry Lights.\n\n"
_SAID = '"We wrote it on a ferry in the rain."'


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "the documentary": the one the page named before, in an aside after the speaker, opening the sentence, or
        # after the verb of saying
        (f"{_FERRY}Arbour, in the documentary: {_SAID}", ("Ann Arbour", "Ferry Lights")),
        (f"{_FERRY}Arbour, back in the documentary: {_SAID}", ("Ann Arbour", "Ferry Lights")),
        (f"{_FERRY}In the documentary, Arbour recalls: {_SAID}", ("Ann Arbour", "Ferry Lights")),
        (f"{_FERRY}Arbour said in the documentary: {_SAID}", ("Ann Arbour", "Ferry Lights")),
        (f"The podcast Tape Hiss covered it too.\n\nArbour, back on the podcast: {_SAID}", ("Ann Arbour", "Tape Hiss")),
        # the title alone, which the page has told is a programme: no one's name, so the speaker is the one named
        (f"{_FERRY}Bassist Cy Dorn, also in Ferry Lights: {_SAID}", ("Cy Dorn", "Ferry Lights")),
        # no documentary named before, or two, or one named only after the quote: which one it is is not told
        (f"Arbour, in the documentary: {_SAID}", ("Ann Arbour", None)),
        (
            "The 2021 documentary Ferry Lights and the 2023 documentary Salt Roads both tell it.\n\n"
            f"Arbour, in the documentary: {_SAID}",
            ("Ann Arbour", None),
        ),
        (
            f"Arbour, in the documentary: {_SAID}\n\nIt comes from the 2021 documentary Ferry Lights.",
            ("Ann Arbour", None),
        ),
        # "a documentary" is another one; "the documentary crew" no programme
        (f"{_FERRY}Arbour, in a documentary: {_SAID}", ("Ann Arbour", None)),
        (f"{_FERRY}Arbour, in the documentary crew: {_SAID}", ("Ann Arbour", None)),
        # in a clause about something else: not where the words were said
        (f"{_FERRY}Arbour, who refused to appear in the documentary, said: {_SAID}", ("Ann Arbour", None)),
    ],
)
def test_a_programme_named_before_carried_by_its_kind_or_title(prose: str, expected: tuple[str, str | None]) -> None:
    assert quotes(prose) == [expected]


def test_a_title_never_called_a_programme_is_no_source_nor_a_speaker_left_alone() -> None:
    # "Ferry Lights" may be a person's name as far as the page tells: two people, no speaker
    assert quotes(f"Bassist Cy Dorn, also in Ferry Lights: {_SAID}") == []


@pytest.mark.parametrize(
    ("place", "occasion"),
    [
        # a venue of two words joined by "and", before what was held there
        ("the Crown and Anchor open mic.", "the Crown and Anchor open mic"),
        ("the Rose and Crown quiz night in Leeds.", "the Rose and Crown quiz night in Leeds"),
        # someone after "and": another clause
        ("the Crown and Bell sang at the open mic.", "the Crown"),
        ("the Crown and Kit Moran played the open mic.", "the Crown"),
    ],
)
def test_a_venue_named_with_and(place: str, occasion: str) -> None:
    assert intros(f"Cy Dorn introduced Arbour to Bell at {place}") == [
        ("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)
    ]


_KIT = '"Ann introduced me to Kit at a barn dance."'


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a first name (or surname) the page spells out in full only after the introduction
        (
            f"Bassist Cy Dorn said: {_KIT}\n\nDrummer Kit Moran remembered it differently.",
            [("Ann Arbour", frozenset({"Cy Dorn", "Kit Moran"}), "a barn dance")],
        ),
        (
            "Cy Dorn introduced Arbour to Kit at a barn dance. Drummer Kit Moran remembered it differently.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Kit Moran"}), "a barn dance")],
        ),
        # never in full, or two full names later with that word: whom it means is not told
        (f"Bassist Cy Dorn said: {_KIT}", []),
        (f"Bassist Cy Dorn said: {_KIT}\n\nDrummer Kit Moran and piper Kit Lowe remembered it differently.", []),
    ],
)
def test_someone_named_in_full_only_after_the_introduction(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


_CHALK = '"She brought a chalkboard, with the chords on it,"'


@pytest.mark.parametrize(
    ("setting", "after", "speakers"),
    [
        # the one person the sentence before has saying something
        ("Dorn, 61, recalled the first session in the basement.", "the fiddler-turned-banjoist said.", ["Cy Dorn"]),
        # that sentence names two, or has no one saying anything
        ("Dorn recalled meeting Arbour in the basement.", "the fiddler-turned-banjoist said.", []),
        ("Dorn, 61, grew up in the valley.", "the fiddler-turned-banjoist said.", []),
        # what may speak without being one person, or a word pointing at another
        ("Dorn, 61, recalled the first session in the basement.", "the label said.", []),
        ("Dorn, 61, recalled the first session in the basement.", "the latter said.", []),
        # a programme named in the attribution is no one else
        (
            "Dorn, 61, recalled the first session in the basement.",
            "the fiddler-turned-banjoist said on the radio programme Night Owls Dublin.",
            ["Cy Dorn"],
        ),
        # a person named in it may be the one the words mean
        (
            "Dorn, 61, recalled the first session in the basement.",
            "the fiddler-turned-banjoist told Mara Voss.",
            [],
        ),
        ("Dorn, 61, recalled the first session in the basement.", "the fiddler-turned-banjoist told her.", []),
    ],
)
def test_a_speaker_after_the_quote_called_by_an_epithet_no_one_has(
    setting: str, after: str, speakers: list[str]
) -> None:
    prose = f"Arbour wrote it with Cy Dorn. {setting} {_CHALK} {after}"
    assert [q.speaker for q in doc(prose).quotes] == speakers


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        (
            "It was at a harvest dance in Mayo, in the spring of 2019, that Bell's old teacher, Cy Dorn, introduced "
            "Arbour to Bell.",
            "a harvest dance in Mayo",
        ),
        (
            "It was at a harvest dance in Mayo, in 2019, that Cy Dorn introduced Arbour to Bell.",
            "a harvest dance in Mayo",
        ),
        # an aside that is no time: what stands before it is not told as where for sure
        ("It was at a harvest dance in Mayo, after the judges left, that Cy Dorn introduced Arbour to Bell.", None),
    ],
)
def test_a_cleft_occasion_with_a_time_set_off_by_commas(sentence: str, occasion: str | None) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("prose", "occasion"),
    [
        (
            "Arbour had been introduced to Bell two years before the band formed, at a fundraiser in Cork, by the "
            "broadcaster Cy Dorn.",
            "a fundraiser in Cork",
        ),
        # the aside names someone of the page: whose occasion it is is not read from it
        (
            "It was produced by Eda Fenn. Arbour had been introduced to Bell two years before the band formed, at a "
            "party with Eda Fenn, by the broadcaster Cy Dorn.",
            None,
        ),
    ],
)
def test_a_passives_occasion_set_off_by_commas_before_the_introducer(prose: str, occasion: str | None) -> None:
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "she" after "whom" is not Bell, whom the clause is about: the one other named before, as is "her"
        ("Arbour wrote it with Bea Bell, whom she met through her flatmate.", [("Ann Arbour", "herself"), None]),
        # with no one else named, "she" is not known, and "her" is not said of Bell
        ("It was written with Bea Bell, whom she met through her flatmate.", [None, None]),
        # "she" later in a relative clause about Bell, not right after "who": Bell, the one named before
        ("It was written with Bea Bell, who said she had written the bridge.", [None, ("Bea Bell", "herself")]),
    ],
)
def test_a_pronoun_right_after_whom_is_not_whom_the_clause_is_about(
    sentence: str, expected: list[tuple[str, str] | None]
) -> None:
    shown = cast(f"{sentence}\n\nThe video shows Arbour and Bell on a night train.")
    people = [("Ann Arbour", "themselves"), ("Bea Bell", "themselves")]
    assert shown == [said or default for said, default in zip(expected, people, strict=True)]


def test_a_quote_ending_with_a_quote_it_holds_is_attributed_after_it() -> None:
    prose = (
        "Arbour told the story on the podcast Tape Hiss. \"Cy took me over and said, 'This is Bea, she sings,'\" "
        'she said, "and then he left us to it."'
    )
    assert quotes(prose) == [("Ann Arbour", "Tape Hiss")]
    assert doc(prose).quotes[0].text.startswith("Cy took me over")


@pytest.mark.parametrize(
    ("show", "source"),
    [
        ("La Boîte à Chansons", "La Boîte à Chansons"),
        # a title in sentence case named right after what it is: its lower-case words after the small word, up to
        # the colon, are its own (was "Bonjour", a wrong source)
        ("Bonjour à tous", "Bonjour à tous"),
        # lower-case words that go on past two are not taken into it
        ("Bonjour à tous les amis", "Bonjour"),
    ],
)
def test_a_programmes_title_joined_by_a_french_small_word(show: str, source: str) -> None:
    assert quotes(f'Arbour explained on the radio show {show}: "We wrote it on a ferry."') == [("Ann Arbour", source)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Arbour wrote it with Bea Bell, whom she met through her flatmate at the time, a drummer called Cy Dorn, "
            "at a house party in Leeds.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a house party in Leeds")],
        ),
        (
            "Arbour met Bell through his flatmate, a drummer named Cy Dorn, at a house party in Leeds.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a house party in Leeds")],
        ),
        # what is so called is no person: a show, a band
        ("Arbour met Bell through a podcast, a show called Tape Hiss, at a house party in Leeds.", []),
        ("Arbour met Bell through her flatmate at the time, a band called The Tape Hiss, at a party in Leeds.", []),
    ],
)
def test_met_through_someones_relation_named_in_an_apposition(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


def test_two_named_with_what_each_does_are_the_pair() -> None:
    prose = "The song was written by singer Cy Dorn and guitarist Eda Fenn. The pair were introduced by Gil Hart."
    assert intros(prose) == [("Gil Hart", frozenset({"Cy Dorn", "Eda Fenn"}), None)]


def test_two_named_in_two_clauses_are_not_the_pair() -> None:
    # "and mixed by": another clause, whose words are no role
    prose = "The song was written by Cy Dorn and mixed by Eda Fenn. The pair were introduced by Gil Hart."
    assert frozenset({"Cy Dorn", "Eda Fenn"}) not in [pair for _, pair, _ in intros(prose)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Arbour and Bell were introduced by the Cardiff promoter Cy Dorn, at a fair in Leeds.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair in Leeds")],
        ),
        # the place and the name joined by "and", or "of": no description of one introducer
        ("Arbour and Bell were introduced by the BBC and then Cy Dorn.", []),
        ("Arbour and Bell were introduced by the Cardiff office of Cy Dorn.", []),
    ],
)
def test_an_introducer_described_with_a_place_before_what_they_do(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        (
            "Arbour and Bell had never met before 2022. It was the DJ Cy Dorn, who had been playing both of them in "
            "his sets for months, who finally made the introduction, at a festival in Lagos that July.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a festival in Lagos")],
        ),
        (
            "Arbour and Bell met at a festival in Lagos. It was the DJ Cy Dorn who made the introduction.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a festival in Lagos")],
        ),
        # the sentence before tells no meeting of the two: whose introduction it is is not told
        ("Arbour and Bell toured Japan in 2022. It was the DJ Cy Dorn who made the introduction.", []),
        # a relative clause naming someone else: the introduction may be theirs
        (
            "Arbour and Bell had never met. It was the DJ Cy Dorn, who managed Eda Fenn, who made the introduction.",
            [],
        ),
    ],
)
def test_a_cleft_on_who_made_the_introduction_of_the_two_the_sentence_before_told(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A night-shift guard is played by the singer's own father, Cy Dorn, and the actor Eda Fenn plays a nurse.",
            [("Cy Dorn", "a night-shift guard"), ("Eda Fenn", "a nurse")],
        ),
        # no comma after the relation: "and" may join a second player, whose part is not told for sure
        ("A night-shift guard is played by the singer's father and Cy Dorn.", []),
    ],
)
def test_a_part_played_by_someones_relation_named_after_a_comma(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(f"The video was shot in a car park. {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Belgian actor Cy Dorn is the greengrocer who opens his stall each day, and Arbour appears as a nurse.",
            [("Cy Dorn", "the greengrocer"), ("Ann Arbour", "a nurse")],
        ),
        # what they are in life, not a part
        ("Belgian actor Cy Dorn is a friend of the band, and Arbour appears as a nurse.", [("Ann Arbour", "a nurse")]),
    ],
)
def test_a_part_told_with_is_after_what_the_player_is(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(f"The video was shot on one street. {sentence}") == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        (
            'In her 2020 essay collection Small Coins, Arbour describes the ferry: "We wrote it on a ferry."',
            ("Ann Arbour", "Small Coins"),
        ),
        (
            '"We wrote it on a ferry," Arbour writes in her memoir, Salt on the Strings.',
            ("Ann Arbour", "Salt on the Strings"),
        ),
        ('In her book, Songs of the Sea, Arbour writes: "We wrote it on a ferry."', ("Ann Arbour", "Songs of the Sea")),
        # the writer after the comma, set off by commas or going on to the verb: no title
        ('In his memoir, Cy Dorn, the drummer, recalls the night: "We wrote it on a ferry."', ("Cy Dorn", None)),
        ('In her memoir, Arbour writes: "We wrote it on a ferry."', ("Ann Arbour", None)),
    ],
)
def test_a_book_named_by_its_title_after_what_it_is_is_the_source(prose: str, expected: tuple[str, str | None]) -> None:
    assert quotes(prose) == [expected]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("That was Arbour, posting on Bluesky the night it came out.", [("Ann Arbour", "Bluesky")]),
        # being somewhere is no putting the words out: whose they are is not told
        ("That was Arbour, walking on a beach the night it came out.", []),
    ],
)
def test_a_sentence_after_the_quote_saying_whose_it_was_and_where_posted(
    after: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(f'"We wrote a song about a ferry and people sing it back to us." {after}') == expected


# --- heldout33's rules (branch parser34) ---


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after "plays", a present participle with a bare object then where tells the scene
        ("Cy Dorn plays a chaperone keeping watch over the punch bowl.", [("Cy Dorn", "a chaperone")]),
        # after "as" the part is whole
        (
            "Cy Dorn appears as a chaperone keeping watch over the punch bowl.",
            [("Cy Dorn", "a chaperone keeping watch over the punch bowl")],
        ),
        # a past participle's phrase is the part
        ("Cy Dorn plays a guard posted over the gate.", [("Cy Dorn", "a guard posted over the gate")]),
    ],
)
def test_a_participle_with_a_bare_object_then_over_after_plays(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(f"The video was shot in a barn. {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("the role of the father went to the singer's own father, Cy Dorn.", [("Cy Dorn", "the father")]),
        ("the role of the father went to Bell's brother, Cy Dorn.", [("Cy Dorn", "the father")]),
        # no comma: "and" may join a second person, whose part is not told for sure
        ("the role of the father went to the singer's father and Cy Dorn.", []),
    ],
)
def test_a_role_given_to_someones_relation_named_after_a_comma(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(f"The video was shot in a barn. Eda Fenn plays a nurse, and {sentence}") == [
        ("Eda Fenn", "a nurse"),
        *expected,
    ]


@pytest.mark.parametrize(
    ("opening", "source"),
    [
        ("On the podcast Zwischen den Takten,", "Zwischen den Takten"),
        ("In the documentary Raddir úr Flóanum,", "Raddir úr Flóanum"),
        ("On the Zwischen den Takten podcast,", "Zwischen den Takten"),
    ],
)
def test_a_title_named_next_to_what_it_is_goes_on_over_words_of_other_languages(opening: str, source: str) -> None:
    assert quotes(f'{opening} Arbour described it: "We wrote it on a ferry."') == [("Ann Arbour", source)]


def test_a_word_of_another_language_outside_a_title_joins_no_names() -> None:
    result = parse('In Berlin, Arbour und Cy Dorn described it: "We wrote it on a ferry."')
    names = mentioned_names(result)
    assert "Cy Dorn" in names and not any("und" in name.split() for name in names)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ('he writes in his memoir, Needle and Groove, "mostly because it rained."', ("Cy Dorn", "Needle and Groove")),
        ("he writes in his memoir, Needle and Groove.", ("Cy Dorn", "Needle and Groove")),
        # words after it: the two may be people, or the book's title only their first part
        ("he writes in his memoir, Needle and Groove, with a sigh.", ("Cy Dorn", None)),
        # full names: two people
        ("he writes in his memoir, Eda Fenn and Tam Holt.", ("Cy Dorn", None)),
    ],
)
def test_a_books_title_of_two_parts_joined_by_and_ending_the_clause(after: str, expected: tuple[str, str]) -> None:
    assert quotes(f'Cy Dorn is the reason. "We wrote it on a ferry," {after}') == [expected]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Arbour explained the song at the Festival des Glaces press conference in 2022:",
            ("Ann Arbour", "Festival des Glaces press conference"),
        ),
        # a clause of its own between: where she wrote it, not where she spoke
        ("Arbour explained that she wrote the song at the Festival des Glaces press conference:", ("Ann Arbour", None)),
        # "wrote the song" is the writing of it
        ("Arbour wrote the song at the Festival des Glaces press conference:", ("Ann Arbour", None)),
    ],
)
def test_an_event_where_something_was_told_after_what_was_told(lead: str, expected: tuple[str, str | None]) -> None:
    assert quotes(f'{lead} "We wrote it on a ferry."') == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She looked into the audience, where her grandfather was sitting, and said:", [("Ann Arbour", None)]),
        ("She looked into the audience and then said:", [("Ann Arbour", None)]),
        # others named between: the saying may be of one of them
        ("She watched as Cy Dorn and Eda Fenn sang, and said:", []),
    ],
)
def test_a_subject_whose_second_verb_is_the_saying(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'Arbour\'s label threw a party. {sentence} "Grandad, I am keeping the coat."') == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "The song won Song of the Year at the Premio Vela d'Argento in Genoa, and Arbour dedicated the prize to "
            "her grandfather in her acceptance speech:",
            [("Ann Arbour", "Premio Vela d'Argento")],
        ),
        # someone else named in the lead: the speech's owner is the speaker
        (
            "The song won Song of the Year at the Premio Vela d'Argento in Genoa, and Arbour dedicated the prize to "
            "Cy Dorn in her acceptance speech:",
            [("Ann Arbour", "Premio Vela d'Argento")],
        ),
        (
            "The song won best single at the Urban Harmony Awards, and Arbour's acceptance speech was short. She "
            "looked into the audience and said:",
            [("Ann Arbour", "Urban Harmony Awards")],
        ),
        # no speech told: said elsewhere, maybe later
        (
            "The song won best single at the Urban Harmony Awards, and Arbour was brief. She looked into the "
            "audience and said:",
            [("Ann Arbour", None)],
        ),
        # the speech of two: whose words they are is not told, and the awards are no one
        (
            "The song won Song of the Year at the Premio Vela d'Argento in Genoa, and the two singers dedicated the "
            "prize to their grandfather in their acceptance speech:",
            [],
        ),
    ],
)
def test_an_acceptance_speech_is_its_owners_and_the_awards_are_its_source(
    lead: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(f'{lead} "He used to say that a lemon tree does not know what month it is."') == expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Drummer Cy Dorn has never been sentimental about the track.", [("Cy Dorn", None)]),
        ("Arbour wrote it in May. Cy Dorn, a former trawlerman, came to songwriting late.", [("Cy Dorn", None)]),
        # two people, someone else's doing, another person named: whose words they are is not told
        ("Drummer Cy Dorn and Eda Fenn came to songwriting late.", []),
        ("The band's drummer Cy Dorn came to songwriting late.", [("Cy Dorn", None)]),
        ("With Cy Dorn, Arbour came to songwriting late.", []),
        ("Like drummer Cy Dorn, the song took years to finish.", []),
        # a bare name is narration: nothing says whose words follow
        ("Cy Dorn came to songwriting late.", []),
        ("Meanwhile Cy Dorn came to songwriting late.", []),
        ("Drummer Cy Dorn came to songwriting late, after Eda Fenn taught him.", []),
        # something written that the quote may be
        ("Drummer Cy Dorn kept his grandmother's letter.", []),
    ],
)
def test_a_quote_after_a_sentence_presenting_one_person_as_its_subject(
    before: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(f'{before} "I was forty-one when I finished my first song."') == expected


# heldout34's shapes (parser35)


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        (
            "Arbour had been introduced to Bell by Cy Dorn, later the band's manager, at a label party in 1988.",
            "a label party",
        ),
        ("Arbour was introduced to Bell by Cy Dorn, then a booking agent, at a label party.", "a label party"),
        # the apposition names someone else: whose words follow is not sure
        ("Arbour was introduced to Bell by Cy Dorn, later the manager of Eda Fenn, at a label party.", None),
    ],
)
def test_an_occasion_after_an_apposition_on_what_the_introducer_became(sentence: str, occasion: str | None) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        ("Arbour and Bell were introduced by Cy Dorn himself, at his studio in Leeds.", "Cy Dorn's studio in Leeds"),
        ("Arbour and Bell were introduced by Cy Dorn himself at his studio in Leeds.", "Cy Dorn's studio in Leeds"),
        # the possessive is not the stressed introducer's: whose studio is not sure
        ("Arbour and Bell were introduced by Cy Dorn himself, at her studio in Leeds.", None),
    ],
)
def test_his_after_the_stressed_introducer_of_a_passive_is_theirs(sentence: str, occasion: str | None) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        (
            "Cy Dorn introduced Arbour to Bell at a showcase at her academy in Leeds.",
            "a showcase at Cy Dorn's academy in Leeds",
        ),
        (
            "Cy Dorn introduced Arbour to Bell at a birthday dinner for his wife in Leeds.",
            "a birthday dinner for Cy Dorn's wife in Leeds",
        ),
        # "own" points back within the occasion: the page's words
        ("Cy Dorn introduced Arbour to Bell at a party for his own record.", "a party for his own record"),
        # whose academy is not sure (either of the two may be "her"): not named as anyone's
        (
            "Arbour and Bell were introduced by Cy Dorn at a showcase at her academy in Leeds.",
            "a showcase at her academy in Leeds",
        ),
    ],
)
def test_his_or_her_inside_an_occasion_is_the_introducers_when_only_they_can_be_meant(
    sentence: str, occasion: str
) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Arbour spoke to the BBC Radio Norfolk show Folk on the Hill:", ("Ann Arbour", "Folk on the Hill")),
        (
            "Arbour was a guest on the Radio Kent breakfast show Songs of the Marsh, and said:",
            ("Ann Arbour", "Songs of the Marsh"),
        ),
        # "show" as a verb after a name: no programme
        ("Arbour said the photos would show Bell on the Hill:", ("Ann Arbour", None)),
    ],
)
def test_a_show_titled_after_its_broadcasters_name_is_the_source(lead: str, expected: tuple[str, str | None]) -> None:
    assert quotes(f'{lead} "We wrote it on a ferry."') == [expected]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Arbour looked back on how Cy Dorn had brought her the song:", [("Ann Arbour", None)]),
        (
            "Arbour looks back on the night Cy Dorn called in her memoir, Salt on the Strings:",
            [("Ann Arbour", "Salt on the Strings")],
        ),
        # a look back that is no speaking, then someone else's saying: theirs
        ("Arbour looked back at Cy Dorn, and Cy Dorn said:", [("Cy Dorn", None)]),
    ],
)
def test_looking_back_before_a_quote_is_saying_it(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'{lead} "We wrote it on a ferry and nobody was ever sick."') == expected


@pytest.mark.parametrize(
    ("after", "occasion"),
    [
        (
            "Dorn toured with Bell for years, and in 2019 he introduced his sister to his boss at a fish fry in Leeds.",
            "a fish fry in Leeds",
        ),
        ("Later Dorn introduced his neighbour to his old boss at a fish fry in Leeds.", "a fish fry in Leeds"),
        # someone else introducing their own two: not the introduction told before
        ("Later Eda Fenn introduced her sister to her boss at a fish fry in Leeds.", None),
    ],
)
def test_an_introduction_told_again_with_the_two_as_the_introducers_relations(after: str, occasion: str | None) -> None:
    prose = f"It was Arbour's old friend, Cy Dorn, who brought the two singers together. {after}"
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It was Arbour's mother, the singer Cy Dorn, who introduced her daughter to Bell, at a fair in Leeds.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair in Leeds")],
        ),
        (
            "It was Arbour's older brother, Cy Dorn, who introduced his sister to Bell at a fair in Leeds.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair in Leeds")],
        ),
        # a teacher's daughter is no one the sentence names: who was introduced is not told
        ("It was Arbour's teacher, the singer Cy Dorn, who introduced her daughter to Bell at a fair in Leeds.", []),
    ],
)
def test_the_one_introduced_told_as_the_introducers_relation_the_other_way_round(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        (
            "The duet was the idea of Cy Dorn, the president of Glow Records, who had signed both singers.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair in Leeds")],
        ),
        # a new name told as no "who": a label, not someone
        ("The duet was the idea of Glow Records, which had signed both singers.", []),
    ],
)
def test_he_opening_the_sentence_after_one_new_full_name_is_them(
    before: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(f"{before} He introduced Arbour to Bell at a fair in Leeds.") == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Arbour has since returned to the ferry in her collection of essays, Tea Rings on the Kitchen Table:",
            [("Ann Arbour", "Tea Rings on the Kitchen Table")],
        ),
        # someone else named besides the title's words: whose words these are is not told
        (
            "Arbour has since returned to the ferry with Cy Dorn in her collection of essays, Tea Rings on the Table:",
            [],
        ),
    ],
)
def test_the_words_of_a_titled_source_are_no_one_to_quote(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'{lead} "We wrote it on a ferry and nobody was ever sick."') == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Arbour writes about it in her book on songwriting, Rope and a Lantern:",
            [("Ann Arbour", "Rope and a Lantern")],
        ),
        ("Arbour writes about it in her memoir, Salt and Stone:", [("Ann Arbour", "Salt and Stone")]),
        # "and" joining two people after the book: no title
        ("In her book on songwriting, Arbour and Cy Dorn are remembered; Arbour writes:", [("Ann Arbour", None)]),
    ],
)
def test_a_book_about_something_then_its_title_with_and(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'{lead} "We wrote it on a ferry and nobody was ever sick."') == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Introducing the song from the stage of the Grand Ole Opry, Arbour had her own version:",
            [("Ann Arbour", "Grand Ole Opry")],
        ),
        ("On the stage of Carnegie Hall, Arbour said:", [("Ann Arbour", "Carnegie Hall")]),
        # a stage of someone's: no venue
        ("From the stage of Cy Dorn's barn, Arbour said:", [("Ann Arbour", None)]),
    ],
)
def test_the_stage_the_words_were_said_from_is_the_source(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'{lead} "We wrote it on a ferry and nobody was ever sick."') == expected


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ('"We wrote it on a ferry," Arbour told the fanzine Damp Cardboard.', [("Ann Arbour", "Damp Cardboard")]),
        # a fan who is someone: no medium
        ('"We wrote it on a ferry," Arbour told the fan Cy Dorn.', [("Ann Arbour", None)]),
    ],
)
def test_a_fanzine_named_after_what_it_is_is_the_source(quote: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(quote) == expected


@pytest.mark.parametrize(
    ("said", "occasion"),
    [
        ("Dorn sat me next to her on purpose.", "a party for Cy Dorn's wife"),
        ("Dorn rang her twice.", "a party for Cy Dorn's wife"),
        # "her" before a noun is whose: it may be Dorn's, who is then no "he" for sure
        ("Dorn sat me next to her sister.", "a party for his wife"),
    ],
)
def test_an_object_pronoun_is_not_the_subject_of_its_own_verb(said: str, occasion: str) -> None:
    prose = (
        "The duet was the idea of Cy Dorn, the president of Glow Records, who had signed both singers. He introduced"
        f' Arbour to Bell at a party for his wife.\n\nBell was blunt when he spoke to Radio Nord: "{said}"'
    )
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Arbour was blunt about it when she stopped by the Leeds radio show Night Owls:",
            [("Ann Arbour", "Night Owls")],
        ),
        # stopping by no programme, then someone else says it
        ("Arbour stopped by the studio, and Cy Dorn said:", [("Cy Dorn", None)]),
    ],
)
def test_stopping_by_a_programme_is_speaking_on_it(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'Arbour met Cy Dorn in Leeds. {lead} "We wrote it on a ferry and nobody was ever sick."') == expected


def _band_cast(prose: str) -> list[tuple[str, str | None]]:
    result = parse_story_page("Night Trains\n\nThe Paper Boats\n\nAlbum Small Hours\n\n" + prose + "\n", "p.txt")
    assert result.document is not None
    video = result.document.music_video
    return [] if video is None else [(c.person, c.role) for c in video.cast]


@pytest.mark.parametrize(
    "sentence",
    [
        "The band perform as themselves in the gym, and Cy Dorn plays a janitor.",
        "It was directed by Cy Dorn, who filmed the band performing as themselves in the rain.",
        "All four members appear as themselves in the gym.",
    ],
)
def test_the_band_as_themselves_is_the_pages_one_group(sentence: str) -> None:
    prose = f"The Paper Boats were formed in Leeds in 1999.\n\nThe video was shot in a school gym. {sentence}"
    assert ("The Paper Boats", "themselves") in _band_cast(prose)


def test_the_band_as_themselves_is_no_solo_artist() -> None:
    # the page's artist is no group the page tells of: "the band" are players of their own
    assert cast("The video was shot in a school gym. The band perform as themselves in the gym.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Cy Dorn turns up in the final scene as the driver.", [("Cy Dorn", "the driver")]),
        ("Cy Dorn appears in the opening shot as a postman.", [("Cy Dorn", "a postman")]),
        # in a scene as a whole, no part of anyone's: "as" tells when
        ("Cy Dorn wrote the final scene as a tribute.", []),
    ],
)
def test_a_part_after_the_scene_it_is_in_without_a_comma(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(f"The video was shot on a bus. {sentence}") == expected


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        (
            "For the video, directed by Bell, Arbour travelled to a frozen lake.",
            [("Ann Arbour", "a lone ice fisherman")],
        ),
        (
            "In the clip, produced by Bell, Arbour wanders across a frozen lake.",
            [("Ann Arbour", "a lone ice fisherman")],
        ),
        # no aside: the two named side by side, whom "she" means is not sure
        ("For the video, Bell and Arbour travelled to a frozen lake.", []),
    ],
)
def test_the_subject_after_a_fronted_aside_naming_an_agent_is_whom_she_means(
    first: str, expected: list[tuple[str, str]]
) -> None:
    assert cast(f"{first} She is the only person on screen: she plays a lone ice fisherman.") == expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        (
            "The Paper Boats were the singer Eda Fenn and a former clerk, the pianist Gil Moss.",
            [("Cy Dorn", frozenset({"Eda Fenn", "Gil Moss"}), "a fair in Leeds")],
        ),
        # three people before: which two "the two" are is not sure
        ("The Paper Boats were the singer Eda Fenn, the pianist Gil Moss and the drummer Tom Reed.", []),
    ],
)
def test_the_two_opening_a_sentence_are_the_two_the_sentence_before_named(
    before: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    credits = "It was written by Eda Fenn, Gil Moss and Tom Reed."
    after = "The two met in 1980, when her older brother, Cy Dorn, introduced them at a fair in Leeds."
    prose = f"{credits}\n\n{before} {after}"
    result = parse_story_page("Night Trains\n\nThe Paper Boats\n\nAlbum Small Hours\n\n" + prose + "\n", "p.txt")
    assert result.document is not None
    found = [(i.introducer, frozenset(i.introduced), i.occasion) for i in result.document.introductions]
    assert found == expected


@pytest.mark.parametrize(
    ("line", "part"),
    [
        ("Cy Dorn as a telegram boy who delivers every message to the wrong house", "a telegram boy"),
        ("Cy Dorn as the night-shift hotel manager who never sleeps", "the night-shift hotel manager"),
        # a bare noun: the clause is what names the part
        ("Cy Dorn as a guest who never checks out", "a guest who never checks out"),
    ],
)
def test_a_listed_part_named_with_its_qualifier_ends_before_a_relative_clause(line: str, part: str) -> None:
    prose = f"The video was released on 1st May 2020.\n\nMusic Video Cast:\n\n- {line}\n- Eda Fenn as a nurse\n"
    assert cast(prose) == [("Cy Dorn", part), ("Eda Fenn", "a nurse")]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Arbour posted a clip of herself singing the second verse in a car on TikTok:", [("Ann Arbour", "TikTok")]),
        # a day after "on": when, not where
        ("Arbour posted a clip of herself singing the second verse in a car on Tuesday:", [("Ann Arbour", None)]),
    ],
)
def test_where_a_post_with_a_long_object_was_put_is_the_source(
    lead: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(f'{lead} "We wrote it on a ferry and nobody was ever sick."') == expected


# --- parser36: heldout35's rules ---

_SHOT = "The video was directed by Mae Haugstad in a barn."


@pytest.mark.parametrize(
    "sentence",
    [
        "Actor Cy Dorn, known for the western series Dry Creek, plays a state trooper who pulls them over.",
        "Cy Dorn, best known for his role in the sitcom Dry Creek, appears as a state trooper.",
        "Cy Dorn, famous for the police drama Dry Creek, stars as a state trooper.",
        "Cy Dorn, who starred in Dry Creek, is cast as a state trooper.",
        "Cy Dorn (best known for the soap Dry Creek) plays a state trooper.",
    ],
)
def test_a_name_inside_a_known_for_apposition_is_not_the_performer(sentence: str) -> None:
    assert cast(f"{_SHOT} {sentence}") == [("Cy Dorn", "a state trooper")]


def test_a_known_for_apposition_before_a_cameo_or_a_shared_part() -> None:
    assert cast(f"{_SHOT} Comedian Cy Dorn, known for the panel show Dry Creek, makes a cameo.") == [("Cy Dorn", None)]
    shared = f"{_SHOT} Cy Dorn, known for the film Dry Creek, and Eda Fenn play two sisters."
    assert cast(shared) == [("Cy Dorn", "two sisters"), ("Eda Fenn", "two sisters")]


@pytest.mark.parametrize(
    "sentence",
    [
        # the phrase not closed: who plays the part is not told for sure
        "Cy Dorn, known for the series Dry Creek plays a state trooper.",
        "Cy Dorn, who once starred in Dry Creek plays a state trooper.",
    ],
)
def test_a_name_after_known_for_is_never_cast(sentence: str) -> None:
    assert ("Dry Creek", "a state trooper") not in cast(f"{_SHOT} {sentence}")


def test_an_apposition_of_another_kind_still_names_the_performer() -> None:
    # not "known for": a name in a plain description is read as before
    assert cast(f"{_SHOT} Cy Dorn, a friend of the band, plays a state trooper.") == [("Cy Dorn", "a state trooper")]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # after what it is, one programme: its name may join longer words with "&"
        ("Speaking on the podcast Sweet Tea & Static, Bell said:", "Sweet Tea & Static"),
        # without the word before, two longer names may be two sources: only the first is read, as before
        ("Speaking on Sweet Tea & Static Hour, Bell said:", "Sweet Tea"),
        # a new full name after "&" may be a second person
        ("Speaking on the podcast Sweet Tea & Cy Dorn, Bell said:", "Sweet Tea"),
    ],
)
def test_a_programme_named_after_what_it_is_may_hold_an_ampersand(lead: str, source: str) -> None:
    assert quotes(f'{lead} "I met him at a bar, and he was rude."') == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("tail", "source"),
    [
        ("on the late-night show Buenas Noches, Santiago.", "Buenas Noches, Santiago"),
        # a country after the comma may be where the show is made
        ("on the late-night show Buenas Noches, Chile.", "Buenas Noches"),
        # words after the name: the comma ends the title
        ("on the late-night show Buenas Noches, Santiago, in 2019.", "Buenas Noches"),
        # no word before saying it is a programme
        ("on Buenas Noches, Santiago.", "Buenas Noches"),
    ],
)
def test_a_programme_title_may_end_the_sentence_with_a_comma_and_one_name(tail: str, source: str) -> None:
    assert quotes(f'"It was love, and that is all," Bell said {tail}') == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("inside", "expected"),
    [
        # Dorn's quote names Ann, whom the page calls "her": "she" after it may be either of them
        ('"Ann sang the verse in the hallway because the booth was too hot."', [("Cy Dorn", "Soul Kitchen")]),
        # a quote naming no one: "she" is Dorn, of whom the page says nothing else, as before
        (
            '"The booth was too hot, so we sang in the hallway."',
            [("Cy Dorn", "Soul Kitchen"), ("Cy Dorn", "Velvet Groove")],
        ),
    ],
)
def test_she_after_a_quote_naming_a_woman_is_not_its_speaker_of_unknown_gender(
    inside: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = (
        "Arbour wrote the song with Cy Dorn at her flat in Leeds.\n\n"
        f"Dorn remembered the session in an interview with the radio programme Soul Kitchen. {inside}\n\n"
        'Speaking to the magazine Velvet Groove in 1973, she said: "I had been singing for ten years."'
    )
    assert quotes(prose) == expected


_BAND_PAGE = "Night Trains\n\nThe Paper Boats\n\nAlbum Small Hours\n\n"
_BAND = (
    "The band is singer Oona Falkenrath, Benhaddou on guitar and drummer Abi Thorne. Falkenrath and Benhaddou wrote it."
)
_MET = "The partnership goes back to 2015, when the oud player Karim Benhaddou introduced the two of them at a wedding."


def _band_intros(prose: str, page: str = _BAND_PAGE) -> list[tuple[str, frozenset[str], str | None]]:
    result = parse_story_page(page + prose + "\n", "p.txt")
    assert result.document is not None
    return [(i.introducer, frozenset(i.introduced), i.occasion) for i in result.document.introductions]


def test_a_band_member_named_by_a_credited_persons_surname_is_that_person() -> None:
    page = _BAND_PAGE.replace("Night Trains", "Night Trains (feat. Yusuf Benhaddou)")
    assert _band_intros(f"{_BAND}\n\n{_MET}", page) == [
        ("Karim Benhaddou", frozenset({"Oona Falkenrath", "Yusuf Benhaddou"}), "a wedding")
    ]


@pytest.mark.parametrize(
    "before",
    [
        # the surname alone, then another of the same name: "Benhaddou" may be either
        "",
        # a full name the page only mentions, and the introducer: still either
        "It is built on a loop that guitarist Yusuf Benhaddou recorded. ",
    ],
)
def test_an_introduction_of_a_surname_two_people_share_is_left_out(before: str) -> None:
    assert _band_intros(f"{before}{_BAND}\n\n{_MET}") == []


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Cy Dorn plays a runaway bride stealing one of the wrecks.", "a runaway bride"),
        # after "as" the participle's phrase stays the part's, as before
        (
            "Cy Dorn appears as a runaway bride stealing one of the wrecks.",
            "a runaway bride stealing one of the wrecks",
        ),
    ],
)
def test_a_participle_before_one_of_ends_a_part_after_plays(sentence: str, part: str) -> None:
    assert cast(f"{_SHOT} {sentence}") == [("Cy Dorn", part)]


@pytest.mark.parametrize(
    ("after", "source"),
    [
        ("She was speaking on the late-night music show Amplifier Alley, a week before the split.", "Amplifier Alley"),
        ("She was speaking to the fanzine Fuzz Monthly in 1997.", "Fuzz Monthly"),
        (
            "She made the remark during a session for the BBC radio show The Lamplight Sessions.",
            "The Lamplight Sessions",
        ),
        # someone else speaking, or no programme named: no source
        ("Dorn was speaking on the radio show Amplifier Alley.", None),
        ("He was speaking on the radio show Amplifier Alley.", None),
        ("She was speaking on Tuesday.", None),
    ],
)
def test_where_the_speaker_was_speaking_told_right_after_the_quote_is_its_source(
    after: str, source: str | None
) -> None:
    prose = f'Bell wrote it at her home with Cy Dorn.\n\nAs Bell put it: "The loop is a man with a bucket." {after}'
    assert quotes(prose) == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Bell spent her teens keeping a 1971 Chevy Nova on the road, and, as the frontman put it:",
            [("Bea Bell", None)],
        ),
        # another full name the page does not know may be the frontman
        ("Bell spent her teens on the road with Tam Holt, and, as the frontman put it:", []),
        # two people of the page named: either
        ("Bell spent her teens on the road with Arbour, and, as the frontman put it:", []),
    ],
)
def test_as_the_one_put_it_is_the_one_person_the_clause_named(
    lead: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(f'{lead} "I loved that car more than a person."') == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bell plays a trucker, and Cy Dorn shows up in a cameo, fiddle and all.", [("Cy Dorn", None)]),
        ("Bell plays a trucker, and Cy Dorn can be spotted in a brief cameo.", [("Cy Dorn", None)]),
        # an aside of another kind after the comma is not read as the end of a cameo
        ("Bell plays a trucker, and Cy Dorn shows up in a cameo, his fiddle on his knee.", []),
    ],
)
def test_a_cameo_seen_or_ended_by_a_short_aside(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(f"{_SHOT} {sentence}") == [("Bea Bell", "a trucker"), *expected]


# --- parser37: heldout36's rules ---


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Actor Cy Dorn, best known as the detective in the crime series Dry Creek, portrays a commuter.",
            [("Cy Dorn", "a commuter")],
        ),
        ("Cy Dorn, well known as the host of Dry Creek, plays a state trooper.", [("Cy Dorn", "a state trooper")]),
        # a part that is "known as" someone is the part, not an apposition of the performer
        ("Cy Dorn plays a drifter known as the Captain.", [("Cy Dorn", "a drifter known as the Captain")]),
    ],
)
def test_a_best_known_as_apposition_is_not_the_performer(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(f"{_SHOT} {sentence}") == expected


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("Bell told the trad magazine Reel & Slip Jig:", "Reel & Slip Jig"),
        ("Speaking to the fanzine Fuzz & Bile Weekly, Bell said:", "Fuzz & Bile Weekly"),
        # a podcast may have a second person after "&", as before
        ("Speaking on the podcast Sweet Tea & Cy Dorn, Bell said:", "Sweet Tea"),
        # with no word saying it is printed, longer names either side may be two sources
        ("Bell told Reel & Slip Jig:", "Reel"),
    ],
)
def test_a_printed_title_after_what_it_is_keeps_a_full_name_after_an_ampersand(lead: str, source: str) -> None:
    assert quotes(f'{lead} "I met him at a bar, and he was rude."') == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Cy was singing the melody and she stopped and said, 'No, leave it, that is better than mine.'",
            [("Bea Bell", "Radio Nord")],
        ),
        # no sentence's end inside the closing marks: a phrase, not words said
        ("Cy was singing the melody and she stopped and said 'No Leave It'", []),
    ],
)
def test_a_quote_after_a_telling_sentence_may_end_with_one_it_holds(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = (
        f'Bell wrote it at her home with Cy Dorn.\n\nBell told Radio Nord that the harmony was an accident. "{body}"'
    )
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("tail", "source"),
    [
        ("Bell told the Danish music site Morgenlyd.", "Morgenlyd"),
        ("Bell told the news site Lydbladet.", "Lydbladet"),
        # a site that is a place, with no name after it, is no source
        ("Bell said at the site of the old mill.", None),
    ],
)
def test_a_site_named_after_what_it_is_is_a_source(tail: str, source: str | None) -> None:
    assert quotes(f'"It was love, and that is all," {tail}') == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "who" right after the name is the verb's subject: "her" is someone else, and "he" may still be Dorn
        ("It was Dorn who later introduced her to Gil Moss, at a jam session.", [("Cy Dorn", "Radio Nord")]),
        ("Bell wrote it with Dorn, who later sent her to Gil Moss.", [("Cy Dorn", "Radio Nord")]),
        # "she" as the subject of what Dorn said may be Dorn: "he" is then someone else, as before
        ("It was Dorn who later said she was tired of Gil Moss.", []),
    ],
)
def test_an_object_pronoun_in_a_relative_clause_of_a_name_is_someone_else(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = (
        f"Bell wrote it at her home with Cy Dorn. {sentence}\n\nDorn remembers the song differently. "
        '"We wrote the chorus in an afternoon. The verses took two years," he said on the radio station Radio Nord.'
    )
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            'She met him when her old flatmate, Eda Fenn, introduced them at a party: "Eda put us both on dishes '
            'duty and would not let us out," Bell told the radio programme The Tuesday Wireless.',
            [("Bea Bell", "The Tuesday Wireless")],
        ),
        # a lead that tells of saying keeps the quote, whatever follows it
        (
            'Dorn remembered it differently: "Eda put us both on dishes duty and would not let us out," he said, '
            "and Bell told the radio programme The Tuesday Wireless the same.",
            [("Cy Dorn", None)],
        ),
        # no attribution after the quote: the scene's colon leads into it, and names no speaker
        (
            'They met when a flatmate introduced them at a party: "Eda put us both on dishes duty and would not '
            'let us out." It was a long night.',
            [],
        ),
    ],
)
def test_a_colon_after_a_scene_gives_the_quote_to_its_attribution_after(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(f"Bell wrote it at her home with Cy Dorn.\n\n{paragraph}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (the sentence names Bell too: the subject of the verb says which of the two speaks)
        ("Dorn, for her part, says Bell fought hard for the bridge.", [("Cy Dorn", None)]),
        # an aside with a pronoun and no verb of saying after it tells of no saying
        ("Dorn, for her part, kept the bridge Bell fought for.", []),
        # a name in the aside may be who speaks (or another subject): not the first name for sure
        ("Dorn, unlike Gil Moss, says Bell fought hard for the bridge.", [("Gil Moss", None)]),
    ],
)
def test_a_pronoun_in_an_aside_between_the_speaker_and_the_verb(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = f'Bell wrote it at her home with Cy Dorn.\n\n{sentence} "It took us a whole winter to get it right."'
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("line", "producers", "expected"),
    [
        # a sentence that starts with a role and a name is prose, with its quote
        (
            'Producer Dorn, for her part, says the bridge was hard. "It took a whole winter to get the bridge right."',
            [],
            [("Cy Dorn", None)],
        ),
        ("Produced by Cy Dorn at his barn in Leeds, it took a winter.", [], []),
        # a label without a colon, its value names only
        ("Producer Cy Dorn", ["Cy Dorn"], []),
        ("Produced by Cy Dorn and Gil Moss", ["Cy Dorn", "Gil Moss"], []),
        ("Producers: Cy Dorn, Gil Moss", ["Cy Dorn", "Gil Moss"], []),
    ],
)
def test_a_sentence_starting_with_a_role_is_no_label_line(
    line: str, producers: list[str], expected: list[tuple[str, str | None]]
) -> None:
    document = doc(f"Bell wrote it at her home with Cy Dorn.\n\n{line}")
    assert (document.producers, [(q.speaker, q.source) for q in document.quotes]) == (producers, expected)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("He made the remark during a session for the radio show Night Lamps.", [("Cy Dorn", "Night Lamps")]),
        ("Dorn made those comments on the podcast Loose Wires.", [("Cy Dorn", "Loose Wires")]),
        # a remark of no one the page names, or something else made: no attribution
        ("One critic made the remark in the weekly Soundings.", []),
        ("He made the bridge during a session for the radio show Night Lamps.", []),
    ],
)
def test_a_sentence_after_a_quote_saying_who_made_the_remark(
    after: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = (
        "Bell wrote it at her home with Cy Dorn.\n\n"
        f'Dorn is calmer about it. "The bridge was a mistake we kept. Nobody ever noticed it." {after}'
    )
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        (
            "Years ago, when his van broke down near Hull, he had to walk home in the rain.",
            [("Cy Dorn", "Wexford Courier")],
        ),
        ("Dorn had to walk home from Hull in the rain once.", [("Cy Dorn", "Wexford Courier")]),
        # someone brought in by what they are may be the one the epithet means
        ("Years ago, Dorn hired a session drummer for a tour of Hull.", []),
        # two people, or the one only as an object: no subject for sure
        ("Years ago, when his van broke down near Hull, he and Bell had to walk home.", []),
        ("Years ago, a storm kept him in Hull for a week.", []),
    ],
)
def test_an_epithet_after_a_quote_means_the_sole_subject_of_the_sentence_before(
    before: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = (
        "Bell wrote it at her home with Cy Dorn.\n\n"
        f"The story of the bridge is Dorn's. {before} "
        '"I was furious for an hour. Then I was humming it," the old hand told the Wexford Courier.'
    )
    assert quotes(prose) == expected


_STANDING_QUOTE = '"We were introduced by her brother, Gil Moss, at a barbecue in Leeds. We had the bridge that night."'


@pytest.mark.parametrize(
    ("lead", "after", "expected"),
    [
        (
            "Arbour and Bell found the bridge late, and by chance:",
            "Bell told the story to the radio station Night Lamps in the week it came out.",
            [("Bea Bell", "Night Lamps")],
        ),
        (
            "Arbour and Bell found the bridge late, and by chance:",
            "Bell made the remark on the podcast Loose Wires.",
            [("Bea Bell", "Loose Wires")],
        ),
        # words of their own, not a pointer back at what was quoted: no attribution
        (
            "Arbour and Bell found the bridge late, and by chance:",
            "Bell told the radio station Night Lamps that it came late.",
            [],
        ),
        # a lead that names the speaker keeps the quote
        ("Bell remembers it well:", "Arbour told the story to the radio station Night Lamps.", [("Bea Bell", None)]),
        # what tells the story is no one
        ("Arbour and Bell found the bridge late, and by chance:", "The label told the story to Night Lamps.", []),
        # a lead into something written or sung: the quote may be that, no one's telling
        ("The chorus that Arbour and Bell found goes:", "Bell told the story to the radio station Night Lamps.", []),
    ],
)
def test_a_quote_standing_alone_attributed_by_the_next_paragraph(
    lead: str, after: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(f"{lead}\n\n{_STANDING_QUOTE}\n\n{after}") == expected


def test_an_introduction_in_a_quote_attributed_by_the_next_paragraph() -> None:
    prose = (
        f"Arbour and Bell found the bridge late, and by chance:\n\n{_STANDING_QUOTE}\n\n"
        "Bell told the story to the radio station Night Lamps in the week it came out."
    )
    assert intros(prose) == [("Gil Moss", frozenset({"Ann Arbour", "Bea Bell"}), "a barbecue in Leeds")]


@pytest.mark.parametrize(
    ("tail", "source"),
    [
        ("Bell told the magazine Tunes of the Fenland.", "Tunes of the Fenland"),
        ("Bell told the music blog Notes from the Cheap Seats.", "Notes from the Cheap Seats"),
        ("Bell told the Welsh weekly Voice of the Valleys in 2019.", "Voice of the Valleys"),
        ("Bell said on the YouTube channel Tapes in the Shed.", "Tapes in the Shed"),
        ("Bell told the journal Studies in Folk Song.", "Studies in Folk Song"),
        # a place after the outlet's name is where, not its title's
        ("Bell told the magazine Copper Drum in Leeds.", "Copper Drum"),
        ("Bell told the newspaper Evening Ledger in New York.", "Evening Ledger"),
        ("Bell told the paper Morning Star on Friday.", "Morning Star"),
        # an outlet's word with no article before it is no outlet named
        ("Bell told Tunes.", "Tunes"),
    ],
)
def test_a_title_with_small_words_after_an_outlet_is_one_source(tail: str, source: str | None) -> None:
    assert quotes(f'"It was love, and that is all," {tail}') == [("Bea Bell", source)]


def test_a_title_with_small_words_after_an_outlet_opens_the_lead() -> None:
    prose = 'In a 2020 interview with the fanzine Tales of the Harbour, Bell explained it. "It was love," she said.'
    assert quotes(prose) == [("Bea Bell", "Tales of the Harbour")]


@pytest.mark.parametrize(
    ("tail", "source"),
    [
        ("Bell told Radio Wind und Wetter.", "Radio Wind und Wetter"),
        ("Bell told Sang og Spill in 2019.", "Sang og Spill"),
        ("Bell told Chansons et Paroles.", "Chansons et Paroles"),
        ("Bell told Musik och Ord.", "Musik och Ord"),
        ("Bell told Lieder zu Hause.", "Lieder zu Hause"),
        # a preposition and an article of another language inside a programme's title
        ("Bell told the talk show Laat op de Avond.", "Laat op de Avond"),
        # an English place after the title is no part of it
        ("Bell told Radio Wind in Berlin.", "Radio Wind"),
    ],
)
def test_a_title_joined_by_another_languages_small_word_is_one_source(tail: str, source: str | None) -> None:
    assert quotes(f'"It was love, and that is all," {tail}') == [("Bea Bell", source)]


def test_another_languages_and_between_two_people_of_the_page_joins_no_name() -> None:
    # as with "Dorn and Radio Nord": the person of the page is no part of the source's name
    prose = 'Bell wrote it with Cy Dorn. "It was love, and that is all," Bell told Dorn und Radio Nord.'
    assert quotes(prose) != [("Bea Bell", "Dorn und Radio Nord")]


QUOTED = '"It was love, and that is all,"'


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # an apposition with "a" says what the page calls someone, and where they are from
        (f"Cy Dorn, a Finnish engineer, mixed it. {QUOTED} the Finn said.", [("Cy Dorn", None)]),
        (f"Cy Dorn, a Finnish engineer, mixed it. {QUOTED} the engineer said.", [("Cy Dorn", None)]),
        (f"Cy Dorn, a former session drummer, mixed it. {QUOTED} the drummer said.", [("Cy Dorn", None)]),
        # a nationality alone, as a noun
        (f"Cy Dorn, a Chilean, mixed it. {QUOTED} the Chilean said.", [("Cy Dorn", None)]),
        # two of that nationality, or another nationality: no one for sure
        (
            f"Cy Dorn, a Finnish engineer, and Eda Fenn, a Finnish drummer, mixed it. {QUOTED} the Finn said.",
            [],
        ),
        (f"Cy Dorn, a Finnish engineer, mixed it. {QUOTED} the Swede said.", []),
        # an apposition that does not close is no description of the name before it
        (f"Cy Dorn, a Finnish engineer who loved it, mixed it. {QUOTED} the Finn said.", []),
    ],
)
def test_a_speaker_called_by_what_an_apposition_said_of_them(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        (f"The song was written by Cy Dorn. Bell loved it. {QUOTED} the songwriter said.", [("Cy Dorn", None)]),
        (f"The video was directed by Eda Fenn. Bell loved it.\n\n{QUOTED} the director said.", [("Eda Fenn", None)]),
        (f"The song was produced by Cy Dorn. Bell loved it. {QUOTED} said the producer.", [("Cy Dorn", None)]),
        # two holders of the credit: either may be meant
        (f"The video was directed by Eda Fenn and Gil Moss. Bell loved it.\n\n{QUOTED} the director said.", []),
        # a word before the credit's noun makes it another role
        (f"The video was directed by Eda Fenn. Bell loved it.\n\n{QUOTED} the art director said.", []),
    ],
)
def test_a_speaker_called_by_a_credit_the_page_gives_one_person(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the name after "played by" and a description ends its clause at the comma: the list after it is the
        # subject of the next verb
        (
            "In the video, the lighthouse keeper is played by the actor Cy Dorn, Arbour and Bell play two lost "
            "sailors, and Eda Fenn appears as herself.",
            [
                ("Cy Dorn", "the lighthouse keeper"),
                ("Ann Arbour", "two lost sailors"),
                ("Bea Bell", "two lost sailors"),
                ("Eda Fenn", "herself"),
            ],
        ),
        # a list that starts its own clause is still read as one
        (
            "In the video Cy Dorn, Arbour and Bell play three lost sailors.",
            [
                ("Cy Dorn", "three lost sailors"),
                ("Ann Arbour", "three lost sailors"),
                ("Bea Bell", "three lost sailors"),
            ],
        ),
    ],
)
def test_a_name_after_played_by_and_a_description_is_not_the_first_of_the_next_list(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert sorted(cast(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an adverb of place after "herself" says where she is, not another part
        ("In the video, Cy Dorn appears as himself up on the roof.", [("Cy Dorn", "himself")]),
        ("In the video, Eda Fenn cameos as herself back at her old school.", [("Eda Fenn", "herself")]),
        # a part that only starts with the reflexive word is still whole ("herself at sixteen")
        ("In the video, Eda Fenn appears as herself at sixteen.", [("Eda Fenn", "herself at sixteen")]),
    ],
)
def test_herself_then_an_adverb_of_place_is_herself(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after "as", a place with "the" is the part's own
        ("In the video, Cy Dorn cameos as a barman at the hotel.", "a barman at the hotel"),
        (
            "In the video, Cy Dorn appears as the night porter at the old station, and Bell sings.",
            "the night porter at the old station",
        ),
        # ... and so is a place with "a" (as the corpus's facts state it), but "at the end" tells when
        ("In the video, Cy Dorn cameos as a barman at a hotel.", "a barman at a hotel"),
        ("In the video, Cy Dorn cameos as a barman at the very end.", "a barman"),
        ("In the video, Cy Dorn cameos as a barman at the same time.", "a barman"),
        # after "plays", the place is the scene's as before
        ("In the video, Cy Dorn plays a barman at the hotel.", "a barman"),
    ],
)
def test_a_place_with_the_after_an_as_part_is_the_parts_own(sentence: str, expected: str) -> None:
    assert cast(sentence) == [("Cy Dorn", expected)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # someone who makes videos or streams is described by what they do, as "the singer" is: not a name's word
        ("In the video, the YouTuber Eda Fenn appears as herself.", [("Eda Fenn", "herself")]),
        ("The video opens with TikToker Eda Fenn as a bored cashier.", [("Eda Fenn", "a bored cashier")]),
        ("The Streamer Cy Dorn plays a tired clerk in the video.", [("Cy Dorn", "a tired clerk")]),
        ("In the video, the YouTuber Eda Fenn does not appear as herself.", []),
    ],
)
def test_a_creator_of_online_videos_before_a_name_describes_them(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a description of the introducer that ends in initials ("her A&R") before the apposition naming them
        (
            "Arbour met Bell thanks to an introduction from her A&R, Cy Dorn, at a party in Oslo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a party in Oslo")],
        ),
        (
            "Arbour met Bell thanks to an introduction from their label's A&R, Cy Dorn, at a party in Oslo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a party in Oslo")],
        ),
        # "her" before a noun is whose, not who: the introducer is unnamed (and not whom "her" might mean)
        ("Eda Fenn mixed it. Arbour met Bell thanks to an introduction from her A&R team at a party in Oslo.", []),
        ("Eda Fenn mixed it. Arbour met Bell thanks to an introduction from her label team at a party in Oslo.", []),
        # "her" alone is still someone
        (
            "Eda Fenn mixed it. Arbour and Bell were introduced by her at a party in Oslo.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a party in Oslo")],
        ),
    ],
)
def test_an_introducer_described_with_initials_and_her_before_a_noun(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a description set off by a name in apposition means that name, not whom the page called so before
        (
            "Arbour wrote it with the producer Cy Dorn. Arbour was introduced to Bell by her producer, Eda Fenn, at "
            "a party in Oslo.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a party in Oslo")],
        ),
        (
            "Arbour wrote it with the producer Cy Dorn. Their manager, Eda Fenn, introduced Arbour to Bell at a "
            "party in Oslo.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a party in Oslo")],
        ),
        # without the apposition the description is still the one the page called so
        (
            "Arbour wrote it with the producer Cy Dorn. Arbour was introduced to Bell by her producer at a party in "
            "Oslo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a party in Oslo")],
        ),
        # "the producer" is the one the page called so: another name after it makes the introducer unsure
        (
            "Arbour wrote it with the producer Cy Dorn. The producer, Eda Fenn, introduced Arbour to Bell at a party "
            "in Oslo.",
            [],
        ),
    ],
)
def test_a_description_with_a_name_in_apposition_means_that_name(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the two" after an introducer the sentence named later than a meeting: the two it named before
        (
            "Arbour and Bell go back years, and they wrote it with the drummer Eda Fenn. Fenn was new: Bell met her "
            "through a friend, Cy Dorn, who introduced the two at a party in Oslo.",
            [("Cy Dorn", frozenset({"Bea Bell", "Eda Fenn"}), "a party in Oslo")],
        ),
        # all the sentence named before are of the last two the page named together: those two
        (
            "Arbour and Bell go back years. Bell thanked Cy Dorn, who introduced the two at a party in Oslo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a party in Oslo")],
        ),
        # someone else named before, or someone a pronoun may mean: which two is not sure
        ("Arbour and Bell go back years. Eda Fenn thanked Cy Dorn, who introduced the two at a party in Oslo.", []),
        ("Arbour and Bell go back years. Bell met him through Cy Dorn, who introduced the two at a party in Oslo.", []),
    ],
)
def test_the_two_after_the_introducer_are_the_two_the_sentence_named(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the page called another person by the noun and placed them elsewhere: whom it means is not sure
        (
            'Arbour wrote it with the Danish songwriter Eda Fenn and Cy Dorn. Arbour loved it. "It took a year," the '
            "Bergen-born songwriter said.",
            [],
        ),
        (
            'Arbour wrote it with the Danish songwriter Eda Fenn and Cy Dorn. Dorn remembers it well. "It took a '
            'year," the Norwegian songwriter said.',
            [],
        ),
        # ... unless the text is about them, or the page described them so
        (
            'Arbour wrote it with the Danish songwriter Eda Fenn. Fenn remembers it well. "It took a year," the '
            "Copenhagen-born songwriter said.",
            [("Eda Fenn", None)],
        ),
        (
            'Arbour wrote it with the Danish songwriter Eda Fenn. Arbour loved it. "It took a year," the Danish '
            "songwriter said.",
            [("Eda Fenn", None)],
        ),
        # a noun the page gave no one else is still whom the sentence before has speaking
        (
            'Arbour wrote it with Cy Dorn. Dorn remembers it well. "It took a year," the Norwegian songwriter said.',
            [("Cy Dorn", None)],
        ),
    ],
)
def test_a_placed_description_is_not_one_the_page_placed_elsewhere(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a platform named by whose page of it is, opening the sentence
        ("On his Instagram stories, Cy Dorn posted a photo and wrote:", [("Cy Dorn", "Instagram")]),
        ("On her TikTok page, Bell shared a clip and added:", [("Bea Bell", "TikTok")]),
        ("On the group's YouTube channel, Cy Dorn read out a letter:", [("Cy Dorn", "YouTube")]),
        # what is on it but is no page of it is no source
        ("On his Spotify playlist, Cy Dorn left a note:", [("Cy Dorn", None)]),
    ],
)
def test_a_platform_named_by_whose_page_it_is_opening_the_lead(
    lead: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(f'Arbour wrote it with Cy Dorn.\n\n{lead} "It took a year, and then one more."') == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "hooked them up": an introduction in a phrasal verb, as "brought them together" is
        (
            "Arbour and Bell had never met. Their manager, Cy Dorn, hooked them up at a writing camp in Oslo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a writing camp in Oslo")],
        ),
        (
            "Cy Dorn hooked Arbour and Bell up at a writing camp in Oslo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a writing camp in Oslo")],
        ),
        # up with a thing, or "brought them up" (raised them), or things hooked up: no introduction
        ("Cy Dorn hooked Arbour up with a new amp at a writing camp in Oslo.", []),
        ("Arbour and Bell are sisters. Cy Dorn brought them up on a farm in Oslo.", []),
        ("Cy Dorn hooked the speakers up at a party in Oslo.", []),
    ],
)
def test_hooking_two_people_up_introduces_them(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # someone named by a role or their standing who only "shows up too" (or how briefly) is cast in no part
        (
            "In the video, Arbour plays a nurse, and the blues veteran Cy Dorn shows up too, although nobody knows "
            "why.",
            [("Ann Arbour", "a nurse"), ("Cy Dorn", None)],
        ),
        (
            "In the video, Arbour plays a nurse. Look out for the TikToker Eda Fenn, who pops up for a few seconds "
            "too.",
            [("Ann Arbour", "a nurse"), ("Eda Fenn", None)],
        ),
        # ... not when denied, with a part, somewhere else, or a bare name (who may be the performer)
        (
            "In the video, Arbour plays a nurse. Look out for the TikToker Eda Fenn, who never pops up.",
            [("Ann Arbour", "a nurse")],
        ),
        (
            "In the video, Arbour plays a nurse, and the blues veteran Cy Dorn shows up too, as a cook.",
            [
                ("Ann Arbour", "a nurse"),
                ("Cy Dorn", "a cook"),
            ],
        ),
        (
            "In the video, Arbour plays a nurse, and the blues veteran Cy Dorn shows up at the studio.",
            [("Ann Arbour", "a nurse")],
        ),
        ("In the video, Arbour plays a nurse, and Cy Dorn shows up too.", [("Ann Arbour", "a nurse")]),
    ],
)
def test_someone_described_who_only_turns_up_too_is_cast_in_no_part(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("credit", "expected", "group"),
    [
        # an artist with a leader is a group, and "the group's leader" the one the page called its leader
        ("Static Parade's leader Eda Fenn", [("Eda Fenn", "Loop Weekly")], True),
        # a guitarist may play for anyone: no group, and no one "the group's guitarist" means
        ("Static Parade's guitarist Eda Fenn", [], False),
    ],
)
def test_an_artist_with_a_leader_is_a_group(credit: str, expected: list[tuple[str, str | None]], group: bool) -> None:
    page = (
        f"Night Trains\n\nStatic Parade\n\nAlbum Small Hours\n\nThe song was written by {credit} and Cy Dorn.\n\n"
        f'In a chat with the webzine Loop Weekly, the group\'s {credit.split()[2]} explained it: "It took a year."\n'
    )
    result = parse_story_page(page, "p.txt")
    assert result.document is not None
    assert [(q.speaker, q.source) for q in result.document.quotes] == expected
    kinds = [p.kind for p in result.document.people if p.name == "Static Parade"]
    assert (kinds == [ArtistKind.GROUP]) is group


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a title told by what it is keeps a word that names a role ("Group", "Band") as its own
        ("Arbour went long on the podcast Girl Group Chat:", [("Ann Arbour", "Girl Group Chat")]),
        ("Arbour told the webzine Boy Band Weekly:", [("Ann Arbour", "Boy Band Weekly")]),
        # elsewhere what stands before a role inside a name describes the person named after it
        ("Arbour's friend, Oslo producer Cy Dorn, told the webzine Loop Weekly:", [("Cy Dorn", "Loop Weekly")]),
    ],
)
def test_a_title_after_what_it_is_keeps_its_role_words(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'{lead} "It took a year, and then one more."') == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the page called another a singer, but placed only the one the text is about by the place word given
        (
            "It is a duet of the Chilean singer Eda Fenn and the Welsh singer-songwriter Cy Dorn. Dorn wrote it in a "
            'week.\n\nThe Welsh singer also spoke about it on the radio show Night Roads. "It took a year," he said.',
            [("Cy Dorn", "Night Roads")],
        ),
        # a place word the page gave the other singer: that singer, not the one the text is about
        (
            "It is a duet of the Chilean singer Eda Fenn and the Welsh singer-songwriter Cy Dorn. Dorn wrote it in a "
            'week.\n\nThe Chilean singer also spoke about it on the radio show Night Roads. "It took a year," he said.',
            [("Eda Fenn", "Night Roads")],
        ),
    ],
)
def test_a_place_word_the_page_gave_only_the_focus_names_them_though_the_noun_is_shared(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # what the video was called before music videos: a promotional film or clip, a film for the song
        (
            "A promotional film was shot in a lighthouse. Bell plays a keeper, and the actor Cy Dorn plays a sailor.",
            [("Bea Bell", "a keeper"), ("Cy Dorn", "a sailor")],
        ),
        (
            "The label paid for a short film for the single. The actor Cy Dorn plays a sailor.",
            [("Cy Dorn", "a sailor")],
        ),
        ("Their promo clip was made in a day. The actor Cy Dorn plays a sailor.", [("Cy Dorn", "a sailor")]),
        # a film that is not the song's: its cast is no one in the video
        ("Bell later starred in the film Low Tide. The actor Cy Dorn plays a sailor in it.", []),
        ("Bell made a short film about her town. The actor Cy Dorn plays a sailor.", []),
        ("The band made a film for the album tour. The actor Cy Dorn plays a sailor.", []),
    ],
)
def test_a_promotional_film_is_the_video(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(paragraph) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the instrument is the noun before the words that tell where it is played
        ("In the video Cy Dorn appears as himself, playing the piano on the roof of a bus.", [("Cy Dorn", "himself")]),
        ("In the video Cy Dorn appears as himself, playing a fiddle in a field.", [("Cy Dorn", "himself")]),
        # a part is still a part when where it is comes after it
        (
            "In the video Bell waits in a field, playing a nurse on a night shift.",
            [("Bea Bell", "a nurse on a night shift")],
        ),
    ],
)
def test_an_instrument_played_somewhere_is_no_part(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # fame for a role, told between commas: the name in it (a series) is not the one cast
        (
            "In the video the mime Cy Dorn, later famous as the butler of the series Hall of Echoes, appears as a "
            "porter.",
            [("Cy Dorn", "a porter")],
        ),
        (
            "In the video the clown Cy Dorn, famous as the host of the show Big Top Sunday, plays a porter.",
            [("Cy Dorn", "a porter")],
        ),
    ],
)
def test_fame_for_a_role_between_commas_is_an_aside(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


_SUNG = ' "We sang until the lights went out, and then we sang some more."'


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # a book named by its quoted title, set off by commas
        ('In her memoir, "Small Rooms", Bell remembered the night:', "Small Rooms"),
        # liner notes are printed in a record: the record named by its title is the source
        ('Bell wrote in the liner notes of the 2004 compilation "Night Shift Years":', "Night Shift Years"),
        ('Bell wrote in the liner notes to her album "Night Shift Years":', "Night Shift Years"),
        # a record that is not named leaves the notes as the source
        ("Bell wrote in the liner notes of the reissue:", "liner notes"),
    ],
)
def test_a_quoted_book_or_the_record_of_liner_notes_is_the_source(lead: str, source: str) -> None:
    assert quotes(lead + _SUNG) == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # a preposition of another language with its article joins the title's capitalised words
        ("Bell told the radio show Praten op het Dak in 2001:", "Praten op het Dak"),
        ("Bell told the talk show Nachts auf der Brücke in 2001:", "Nachts auf der Brücke"),
    ],
)
def test_a_title_in_another_language_keeps_its_articled_prepositions(lead: str, source: str) -> None:
    assert quotes(lead + _SUNG) == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # a list of single capitalised words after what the programme is: the title whole
        ("In the radio documentary Salt, Sand and Silver, Bell remembered:", "Salt, Sand and Silver"),
        # people of the page in the list: they are not the title's
        ("In the radio documentary Echoes, Arbour and Bell, Bell remembered:", "Echoes"),
    ],
)
def test_a_title_that_is_a_list_of_words_is_read_whole(lead: str, source: str) -> None:
    assert quotes(lead + _SUNG) == [("Bea Bell", source)]


def test_a_surname_of_two_particles_in_lower_case_names_its_person() -> None:
    credits = "The song was written by Arbour and Rosa de la Cruz."
    assert cast(f"{credits}\n\nIn the video, Arbour and de la Cruz play two nurses.") == [
        ("Ann Arbour", "two nurses"),
        ("Rosa de la Cruz", "two nurses"),
    ]
    assert intros(f"{credits} Arbour and de la Cruz were introduced by Cy Dorn at a party.") == [
        ("Cy Dorn", frozenset({"Ann Arbour", "Rosa de la Cruz"}), "a party")
    ]
    # particles before a lower-case word start no name
    assert cast(f"{credits}\n\nIn the video, Arbour and de la mode play two nurses.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a walk-on or non-speaking part is a part like a small one
        ("In the video Cy Dorn has a walk-on part as a waiter.", [("Cy Dorn", "a waiter")]),
        ("In the video Cy Dorn has a non-speaking part as a guard.", [("Cy Dorn", "a guard")]),
        ("In the video Cy Dorn has a walk-on part, and a waiter brings coffee.", []),
        # "went to" an article and what the person is, in up to four words
        (
            "In the video the part of the ferryman went to the retired county cricket umpire Cy Dorn.",
            [("Cy Dorn", "the ferryman")],
        ),
        ("In the video the part of the ferryman went to the brother of the director of the film Cy Dorn.", []),
        # what someone has with them in a cameo is no part
        ("In the video Cy Dorn turns up in a brief cameo with a parrot on his shoulder.", [("Cy Dorn", None)]),
        ("In the video Cy Dorn turns up in a brief cameo with Ann Arbour.", []),
    ],
)
def test_walk_on_parts_parts_given_to_a_described_person_and_cameos_with_a_thing(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # seen in the video, where or for how long only: cast in no part
        ("Cy Dorn can be glimpsed for a few seconds in the background.", [("Cy Dorn", None)]),
        ("The young Cy Dorn, later a famous jockey, can also be spotted.", [("Cy Dorn", None)]),
        # "on a poster" may be a picture of them; "cannot" denies it; "as" gives a part
        ("Cy Dorn can be seen on a poster.", []),
        ("Cy Dorn cannot be seen at all.", []),
        ("Cy Dorn can be spotted as a waiter.", [("Cy Dorn", "a waiter")]),
    ],
)
def test_someone_who_can_be_glimpsed_in_the_video_is_cast_in_no_part(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(f"In the video, Bell plays a nurse. {sentence}") == [("Bea Bell", "a nurse"), *expected]


@pytest.mark.parametrize(
    ("apposition", "expected"),
    [
        # what someone is, told with "a" and where they are from: "the harpist" later means them
        ("a classically trained harpist from Cork whose chords hold the song together", [("Cy Dorn", "Late Harps")]),
        ("a harpist in a wedding band", [("Cy Dorn", "Late Harps")]),
        # the role describes the name after it, not Dorn
        ("a harpist Eda Fenn had recommended", [("Eda Fenn", "Late Harps")]),
    ],
)
def test_a_role_told_with_a_in_an_apposition_that_goes_on_describes_the_name(
    apposition: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = (
        f"The song was written by Bell and Cy Dorn. Dorn, {apposition}, joined late.\n\n"
        '"We tuned for an hour and played for five minutes. That was the whole session," the harpist said on the '
        "radio show Late Harps."
    )
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # who made the introduction, as the subject of the sentence after the one saying the two had never met
        (
            "The two had never met before 2019. Their manager, Cy Dorn, made the introduction at a barn dance in "
            "Cork, and they wrote the song that night.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a barn dance in Cork")],
        ),
        (
            "The song was written by Bell and Cy Dorn. Bell and Dorn had never met. Their agent Eda Fenn made the "
            "introduction at a barn dance in Cork.",
            [("Eda Fenn", frozenset({"Bea Bell", "Cy Dorn"}), "a barn dance in Cork")],
        ),
        # an introduction to something else, a sentence before that does not say they had never met, a denial
        ("The two had never met before 2019. Cy Dorn made the introduction to his label at a barn dance.", []),
        ("The two had often met. Cy Dorn made the introduction at a barn dance in Cork.", []),
        ("The two had never met before 2019. Cy Dorn did not make the introduction.", []),
    ],
)
def test_the_introduction_made_by_the_subject_after_the_two_had_never_met(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a capitalised word in the part that names no one is the part's
        (
            "In the video Bell plays a nurse, while the Madonna on the poster is played by the dancer Cy Dorn.",
            [("Bea Bell", "a nurse"), ("Cy Dorn", "the Madonna on the poster")],
        ),
        # a person named in it (a new full name, someone of the page): no part for sure
        ("In the video the ghost of Elvis Presley is played by Cy Dorn.", []),
        ("In the video the sister of Ann Arbour is played by Cy Dorn.", []),
        # the part before "and the doctor is played by" ends there
        (
            "In the video Bell plays a nurse and the doctor who saves her is played by Cy Dorn.",
            [("Bea Bell", "a nurse"), ("Cy Dorn", "the doctor")],
        ),
        ("In the video Bell plays the bride and groom.", [("Bea Bell", "the bride and groom")]),
    ],
)
def test_a_part_played_by_someone_may_hold_a_capitalised_word_that_names_no_one(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # a list of three: "the two" may be any two of them
        ("It was written by Ann Arbour, Bea Bell and Gil Moss", []),
        ("It was written by Ann Arbour, Bea Bell, and Gil Moss", []),
        # two named together are the two
        ("It was written by Ann Arbour and Bea Bell", [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair")]),
        # a name with an apposition before "and" is no list of three
        (
            "It was written by Ann Arbour, the singer, and Bea Bell",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair")],
        ),
    ],
)
def test_the_two_after_a_list_of_three_is_no_one_for_sure(
    written: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(f"{written}, and it owes everything to Cy Dorn, who introduced the two at a fair.") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It was Cy Dorn who made the introduction between the two, at a label party in 2015.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a label party")],
        ),
        (
            "Cy Dorn made the introduction of Arbour to Bell at a label party.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a label party")],
        ),
        (
            "The introduction between the two was made by their old teacher, Cy Dorn, at a label party.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a label party")],
        ),
        (
            "The introduction of Arbour and Bell had been arranged by Cy Dorn, at a label party in Oslo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a label party in Oslo")],
        ),
        # what is introduced is no one: a sound, someone's record
        ("Cy Dorn made the introduction of a horn section at the mix.", []),
        ("The introduction of Arbour's record to Bell was made by Cy Dorn at a party.", []),
        # no one named makes it
        ("The introduction between the two was made by a friend at a label party.", []),
    ],
)
def test_an_introduction_named_as_a_noun_between_the_two(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(f"Arbour and Bell wrote the song in a week. {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Arbour and Bell met in 2016 through the session drummer Cy Dorn, whom both knew from a choir in Leeds, "
            "at a wedding in York.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a wedding in York")],
        ),
        (
            "Arbour met Bell through the pianist Cy Dorn at a party in Hull.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a party in Hull")],
        ),
        # a band, or something that is no one, is no introducer
        ("Arbour and Bell met through the band Night Owls at a party in Hull.", []),
        ("Arbour and Bell met through the radio show Night Owls at a party in Hull.", []),
    ],
)
def test_met_through_someone_described_by_what_they_do(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("scene", "dorn"),
    [
        # the subject after a fronted phrase is whom the sentence is about: "he" next is them
        ("Asked how it began, the producer smiles before he answers.", True),
        ("In the studio, the producer never sits down.", True),
        # the sentence is about two people: "he" is not the producer for sure
        ("In the studio, the producer plays while Arbour sings.", False),
        ("In the studio, the producer plays while the drummer sings.", False),
        # no fronted phrase before the description: not the subject after one
        ("They say that the producer never sits down.", False),
    ],
)
def test_a_description_after_a_fronted_phrase_is_whom_the_sentence_is_about(scene: str, dorn: bool) -> None:
    prose = (
        "Arbour and Bell wrote it. It was produced by Cy Dorn. The drummer Gil Moss played on it. Bell sang it "
        "first, and she loved it.\n\n"
        f'{scene} "I introduced Ann to Bea at a wedding in York," he told the radio show Night Owls.'
    )
    assert (("Cy Dorn", "Night Owls") in quotes(prose)) is dorn
    told = ("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a wedding in York")
    assert (told in intros(prose)) is dorn


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # how much of them is seen after "themselves" is no part
        ("Eda Fenn appears as herself only in reflections.", [("Eda Fenn", "herself")]),
        (
            "Arbour and Bell appear as themselves only in reflections.",
            [("Ann Arbour", "themselves"), ("Bea Bell", "themselves")],
        ),
        ("Cy Dorn appears as himself mostly in the background.", [("Cy Dorn", "himself")]),
        # a part of its own after "himself"
        ("Cy Dorn appears as himself at sixteen.", [("Cy Dorn", "himself at sixteen")]),
    ],
)
def test_how_much_is_seen_after_themselves_is_no_part(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(f"{_SHOT} {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The story belongs to the dancers Cy Dorn and Eda Fenn, who play the lovers, two clerks in a rainy town.",
            [("Cy Dorn", "the lovers"), ("Eda Fenn", "the lovers")],
        ),
        (
            "Cy Dorn and Eda Fenn, who both play ghosts, haunt a lighthouse.",
            [("Cy Dorn", "ghosts"), ("Eda Fenn", "ghosts")],
        ),
        # the relative clause is about the last one only when "and" does not join them
        ("It stars Eda Fenn with Cy Dorn, who plays a ghost.", [("Cy Dorn", "a ghost")]),
    ],
)
def test_a_shared_part_told_in_a_relative_clause_about_the_two(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(f"{_SHOT} {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the part is told after "as": "playing" is what they do in it
        ("Eda Fenn appears as herself, playing the reception.", [("Eda Fenn", "herself")]),
        ("Cy Dorn appears as a waiter, playing the spoons.", [("Cy Dorn", "a waiter")]),
        # no "as" before: the part is what they play
        ("Cy Dorn sits at the bar, playing a tired waiter.", [("Cy Dorn", "a tired waiter")]),
    ],
)
def test_playing_after_a_part_told_with_as_is_no_second_part(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(f"{_SHOT} {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Cy Dorn, the village baker, also appears, apron still on, in a brief cameo.", [("Cy Dorn", None)]),
        ("Cy Dorn has a wordless cameo in the dining car.", [("Cy Dorn", None)]),
        ("Cy Dorn turns up in the last scene in a brief cameo.", [("Cy Dorn", None)]),
        # denied, or an aside that names someone else: no one cast
        ("Cy Dorn never has a wordless cameo in the dining car.", []),
        ("Cy Dorn appears, Bell's fiddle in hand, in a brief cameo.", []),
    ],
)
def test_a_cameo_told_with_an_apposition_a_kind_or_when(sentence: str, expected: list[tuple[str, None]]) -> None:
    assert cast(f"{_SHOT} {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Bell plays a nurse, and the director's mother, Eda Fenn, can be glimpsed in the final shot, "
            "buttoning her coat.",
            [("Bea Bell", "a nurse"), ("Eda Fenn", None)],
        ),
        ("Bell's uncle, Cy Dorn, appears in the video.", [("Cy Dorn", None)]),
        ("The dancer Cy Dorn is spotted in the opening scene.", [("Cy Dorn", None)]),
        # "playing" after the comma may tell a part: not cast in none
        (
            "Bell plays a nurse, and the director's mother, Eda Fenn, can be glimpsed in the final shot, "
            "playing a ghost.",
            [("Bea Bell", "a nurse")],
        ),
        # an apposition that does not close: whom it names is not sure
        (
            "Bell plays a nurse, and the director's mother, Eda Fenn can be seen in the final shot.",
            [("Bea Bell", "a nurse")],
        ),
    ],
)
def test_someone_named_by_a_relation_seen_in_the_video_is_cast_in_no_part(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(f"{_SHOT} {sentence}") == expected


@pytest.mark.parametrize(
    "name",
    [
        # combining marks inside a name (an acute after a dotted vowel, a grave on a capital) are of its words
        "Ife\u0323\u0301olu Bankole\u0301",
        "I\u0300yabo\u0323 Dare",
        "Cy Dorn",
    ],
)
def test_a_director_whose_name_holds_combining_marks_is_read_whole(name: str) -> None:
    video = doc(f"The video, directed by {name} and released on 3 May 2021, was shot in a barn.").music_video
    assert video is not None and video.directors == [name]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "his" after someone's unnamed relation is the relation's: Bell stays a "she", and "he" is someone else
        (
            'Bell sang it first, and she loved it. Bell thanked her cousin, to his credit a patient man. "I was there '
            'all along," he told Radio Nord.',
            [],
        ),
        # in a quote, "his" is someone other than the speaker
        (
            'Bell sang it first, and she loved it. "My cousin loves his guitar more than me," Bell said. Bell '
            'laughed about it later. "I was there all along," he told Radio Nord.',
            [("Bea Bell", None)],
        ),
        # a sentence about someone's unnamed relation is not about the one the text was about
        (
            'It was produced by Cy Dorn. Dorn wrote the lyric. His cousin, to his credit, never complained. "It was '
            'fine," he told Radio Nord.',
            [],
        ),
        # named, the relation is whom the sentence is about
        (
            "Bell wrote the lyric with her cousin, Cy Dorn. Her cousin, to his credit, never complained. "
            '"It was fine," he told Radio Nord.',
            [("Cy Dorn", "Radio Nord")],
        ),
    ],
)
def test_his_after_an_unnamed_relation_is_the_relations(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The single has been certified gold in the US and in Canada.",
            [("United States", "GOLD", 1), ("Canada", "GOLD", 1)],
        ),
        (
            "The single went platinum in Ireland, in France and in Belgium.",
            [("Ireland", "PLATINUM", 1), ("France", "PLATINUM", 1), ("Belgium", "PLATINUM", 1)],
        ),
        # "in" before what is no country: a time, not a second place
        ("The single was certified gold in the US and in March it toured.", [("United States", "GOLD", 1)]),
    ],
)
def test_a_certification_whose_places_each_repeat_in(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert [(c.country, c.level.value, c.multiplier) for c in doc(sentence).certifications] == expected


# --- parser40: heldout40's rules ---


@pytest.mark.parametrize(
    "sentence",
    [
        "Actor Cy Dorn, best known from the quiz show Dry Creek, plays a state trooper.",
        "Cy Dorn, known from the soap Dry Creek, appears as a state trooper.",
        "Cy Dorn (well known from the sitcom Dry Creek) is cast as a state trooper.",
    ],
)
def test_a_known_from_apposition_is_read_as_known_for(sentence: str) -> None:
    assert cast(f"{_SHOT} {sentence}") == [("Cy Dorn", "a state trooper")]


def test_a_name_after_known_from_is_never_cast_and_other_froms_are_read_as_before() -> None:
    # not closed: who plays the part is not told for sure, and never the show
    assert ("Dry Creek", "a state trooper") not in cast(
        f"{_SHOT} Cy Dorn, known from the soap Dry Creek plays a trooper."
    )
    # "from" after something else than "known" is a plain description
    assert cast(f"{_SHOT} Cy Dorn, a friend from Galway, plays a state trooper.") == [("Cy Dorn", "a state trooper")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cy Dorn herself turns up in a cameo at the bus stop.",
        "Cy Dorn himself makes a brief cameo.",
        "Bell plays a nurse, and Cy Dorn herself appears in a short cameo near the end.",
    ],
)
def test_an_emphatic_reflexive_after_a_name_keeps_the_cameo(sentence: str) -> None:
    assert ("Cy Dorn", None) in cast(f"{_SHOT} {sentence}")


def test_an_emphatic_reflexive_cameo_is_still_denied_and_never_a_part_of_oneself() -> None:
    assert cast(f"{_SHOT} Cy Dorn herself never makes a cameo.") == []
    assert ("Cy Dorn", "herself") not in cast(f"{_SHOT} Cy Dorn herself turns up in a cameo.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a portal is an outlet like a site: the name after it is the source
        ('Bell told the music portal Tide Lines that it began at sea: "We wrote it on a ferry."', "Tide Lines"),
        ('"We wrote it on a ferry," Bell told the news portal Tide Lines.', "Tide Lines"),
        # no name after it: no source
        ('Bell told a music portal that it began at sea: "We wrote it on a ferry."', None),
    ],
)
def test_a_portal_named_after_what_it_is_is_the_source(sentence: str, expected: str | None) -> None:
    assert quotes(sentence) == [("Bea Bell", expected)]


def _band_quotes(prose: str, page: str = _BAND_PAGE) -> list[tuple[str, str | None]]:
    result = parse_story_page(page + prose + "\n", "p.txt")
    assert result.document is not None
    return [(q.speaker, q.source) for q in result.document.quotes]


_WRITTEN = (
    '"Night Trains" is a single by the band The Paper Boats. It was written by singer Oona Falkenrath and drummer '
    "Abi Thorne.\n\n"
)
_FRONTED = '"We wrote it on a ferry and nobody was ever sick," the frontwoman told the podcast Sea Legs.'


def test_the_frontman_of_the_pages_band_is_its_one_singer_the_text_is_about() -> None:
    prose = f"{_WRITTEN}Falkenrath wrote the words at sea. {_FRONTED}"
    assert _band_quotes(prose) == [("Oona Falkenrath", "Sea Legs")]


@pytest.mark.parametrize(
    ("prose", "page"),
    [
        # the text is about someone the page did not call a singer
        (f"{_WRITTEN}Thorne wrote the words at sea. {_FRONTED}", _BAND_PAGE),
        # two singers: which one fronts the band is not told
        (
            f"{_WRITTEN.replace('drummer Abi', 'singer Abi')}Falkenrath wrote the words at sea. {_FRONTED}",
            _BAND_PAGE,
        ),
        # a featured singer fronts no band
        (
            f"It was written by the singer Oona Falkenrath.\n\nFalkenrath wrote the words at sea. {_FRONTED}",
            _BAND_PAGE.replace("Night Trains", "Night Trains (feat. Oona Falkenrath)"),
        ),
        # no band on the page
        (f"It was written by the singer Oona Falkenrath.\n\nFalkenrath wrote the words at sea. {_FRONTED}", FRAME),
    ],
)
def test_the_frontman_is_no_one_when_the_band_or_its_singer_is_not_told(prose: str, page: str) -> None:
    assert ("Oona Falkenrath", "Sea Legs") not in _band_quotes(prose, page)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a named festival the occasion was part of says which party it was
        (
            "At a dinner during the Lakeside Folk Festival, Bell was introduced to Cy Dorn by the fiddler Ona Pike.",
            [("Ona Pike", frozenset({"Bea Bell", "Cy Dorn"}), "a dinner during the Lakeside Folk Festival")],
        ),
        (
            "Ona Pike introduced Bell to Cy Dorn at a barbecue during the Harbour Awards.",
            [("Ona Pike", frozenset({"Bea Bell", "Cy Dorn"}), "a barbecue during the Harbour Awards")],
        ),
        # an unnamed tour, or a named thing that is no event, tells only when
        (
            "Ona Pike introduced Bell to Cy Dorn at a barbecue during the band's spring tour.",
            [("Ona Pike", frozenset({"Bea Bell", "Cy Dorn"}), "a barbecue")],
        ),
        (
            "Ona Pike introduced Bell to Cy Dorn at a barbecue during the Harbour Regatta.",
            [("Ona Pike", frozenset({"Bea Bell", "Cy Dorn"}), "a barbecue")],
        ),
    ],
)
def test_an_occasion_during_a_named_festival_is_read_whole(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside in brackets after the last one introduced does not hide where
        (
            "Ona Pike introduced Bell to Cy Dorn (her cousin, oddly enough) at a ceilidh in Oban.",
            [("Ona Pike", frozenset({"Bea Bell", "Cy Dorn"}), "a ceilidh in Oban")],
        ),
        (
            "Ona Pike introduced Bell to Cy Dorn (yes - that one) at a ceilidh in Oban.",
            [("Ona Pike", frozenset({"Bea Bell", "Cy Dorn"}), "a ceilidh in Oban")],
        ),
        # without an occasion after it, none
        (
            "Ona Pike introduced Bell to Cy Dorn (her cousin, oddly enough).",
            [("Ona Pike", frozenset({"Bea Bell", "Cy Dorn"}), None)],
        ),
    ],
)
def test_an_aside_in_brackets_before_the_occasion_is_skipped(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a church's title before a first name and surname is no part of the name
        (
            "Bell's minister, Reverend Otis Crane, introduced her to Cy Dorn at a harvest supper.",
            [("Otis Crane", frozenset({"Bea Bell", "Cy Dorn"}), "a harvest supper")],
        ),
        (
            "Bishop Ruth Adeyemi introduced Bell to Cy Dorn at a christening.",
            [("Ruth Adeyemi", frozenset({"Bea Bell", "Cy Dorn"}), "a christening")],
        ),
        # before one name alone it may be the name's own first word (a stage name): kept
        (
            "Pastor Troy introduced Bell to Cy Dorn at a christening.",
            [("Pastor Troy", frozenset({"Bea Bell", "Cy Dorn"}), "a christening")],
        ),
    ],
)
def test_a_clerical_title_before_a_full_name_is_not_part_of_it(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the friend they met through, said what they are in an apposition before the name
        (
            "Bell and Cy Dorn met through their mutual friend, the stage director Ona Pike, at a gala in Derby.",
            [("Ona Pike", frozenset({"Bea Bell", "Cy Dorn"}), "a gala in Derby")],
        ),
        (
            "Bell and Cy Dorn met through a friend, the poet Ona Pike.",
            [("Ona Pike", frozenset({"Bea Bell", "Cy Dorn"}), None)],
        ),
        # what follows is no role: the name is not the friend's
        ("Bell and Cy Dorn met through their friend, the landlord of Ona Pike, at a gala in Derby.", []),
        ("Bell and Cy Dorn met through their friend, the pub Ona Pike, at a gala in Derby.", []),
    ],
)
def test_met_through_a_friend_named_after_an_apposition_with_a_role(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the meeting told after a colon: who met, and where; "her" before the two are named is the introducer's
        (
            "The introduction came courtesy of Ona Pike: it was at her birthday party in Derby that Bell first met "
            "Cy Dorn.",
            [("Ona Pike", frozenset({"Bea Bell", "Cy Dorn"}), "Ona Pike's birthday party in Derby")],
        ),
        (
            "The introduction came courtesy of Ona Pike: it was at a barn dance that Cy Dorn met Bell.",
            [("Ona Pike", frozenset({"Bea Bell", "Cy Dorn"}), "a barn dance")],
        ),
        # someone's relative, or a third person, met: not the two for sure
        ("The introduction came courtesy of Ona Pike: it was at a barn dance that Bell met Cy Dorn's sister.", []),
        ("The introduction came courtesy of Ona Pike: it was at a barn dance that Bell met Cy Dorn and Eda Fenn.", []),
    ],
)
def test_the_introduction_came_from_someone_then_the_meeting_after_a_colon(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a description between dashes after the name, then the verb: the part is the name's, the show in it no one
        (
            "The video was shot in Hull. The radio host Ona Pike - yes, the one from the phone-in show Late Calls - "
            "plays a lighthouse keeper.",
            [("Ona Pike", "a lighthouse keeper")],
        ),
        (
            "The video was shot in Hull. Bell plays a cook, and the boxer Ona Pike - a former champion - plays her "
            "rival.",
            [("Bea Bell", "a cook"), ("Ona Pike", "her rival")],
        ),
        # someone else between the dashes is not a description: no part for sure
        ("The video was shot in Hull. Ona Pike - and Eda Fenn - play two sailors.", []),
    ],
)
def test_a_description_between_dashes_before_the_casting_verb_is_skipped(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a line-up's brackets after a name: an instrument says what its player is called, a role is one
        (
            "The trio is Cy Dorn (cello, harmonies) and Eda Fenn (vocals). The cellist told the radio show Night "
            "Air: “I wanted one song.”",
            [("Cy Dorn", "Night Air")],
        ),
        (
            "The group is Cy Dorn (leader) and Eda Fenn. The leader described it on Instagram: “I wanted one song.”",
            [("Cy Dorn", "Instagram")],
        ),
        # two so called, none so called, or something else in the brackets: no speaker for sure
        (
            "The trio is Cy Dorn (cello) and Eda Fenn (cello). The cellist told the radio show Night Air: “I wanted.”",
            [],
        ),
        ("The trio is Cy Dorn (cello) and Eda Fenn. The drummer told the radio show Night Air: “I wanted one.”", []),
        ("The trio is Cy Dorn (born 1990) and Eda Fenn. The cellist told the radio show Night Air: “I wanted.”", []),
    ],
)
def test_a_line_up_in_brackets_says_what_the_page_calls_each_player(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "a TikTok" is a video on the platform, which is where the words were said
        ("Bell took the song apart in a TikTok last spring: “The bass is a fridge.”", [("Bea Bell", "TikTok")]),
        ("Bell explained it in her TikTok about the tour: “The bass is a fridge.”", [("Bea Bell", "TikTok")]),
        # a name after "in a" that is no platform's post names no source
        ("Bell explained it in a Cadillac last spring: “The bass is a fridge.”", [("Bea Bell", None)]),
    ],
)
def test_a_post_named_by_its_platform_after_in_is_the_source(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after a verb that casts, an apposition about the person before "as": the part is still theirs
        (
            "The video was shot in Hull and stars retired jockey Ona Pike, a three-time Grand National winner, as a "
            "stable hand who oversleeps.",
            [("Ona Pike", "a stable hand")],
        ),
        (
            "The video stars the weather presenter Ona Pike, of Good Morning Tyne, as a lollipop lady.",
            [("Ona Pike", "a lollipop lady")],
        ),
        # an apposition that ends with another's name, or joins someone: whose part it is is not sure
        ("The video stars the jockey Ona Pike, a rival of Cy Dorn, as a stable hand.", []),
        ("The video stars Bell and Ona Pike, a jockey, as a stable hand.", []),
    ],
)
def test_a_person_cast_by_stars_with_an_apposition_before_as(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a nickname in quotes between a first name and a surname is not part of the name
        (
            "The video was shot in Hull. The comedian Ona \u2018Fizz\u2019 Pike plays a bus conductor.",
            [("Ona Pike", "a bus conductor")],
        ),
        (
            "The video was shot in Hull. The comedian Ona 'Fizz' Pike plays a bus conductor.",
            [("Ona Pike", "a bus conductor")],
        ),
    ],
)
def test_a_nickname_in_quotes_inside_a_name_is_left_out_of_it(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the nickname, used alone later, means them
        (
            "The song was produced by Ona \u2018Fizz\u2019 Pike. “Big shout to Fizz, who introduced me to Cy Dorn "
            "at a ceilidh in Oban,” Bell wrote.",
            [("Ona Pike", frozenset({"Bea Bell", "Cy Dorn"}), "a ceilidh in Oban")],
        ),
        # a nickname that is someone else's name means no one for sure
        (
            "The song was produced by Ona \u2018Dorn\u2019 Pike and Cy Dorn. “Big shout to Dorn, who introduced me to "
            "Eda Fenn at a ceilidh in Oban,” Bell wrote.",
            [("Cy Dorn", frozenset({"Bea Bell", "Eda Fenn"}), "a ceilidh in Oban")],
        ),
    ],
)
def test_a_nickname_given_in_quotes_names_the_person_later(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


def test_picking_the_story_up_tells_the_quote_after_it() -> None:
    prose = (
        "Ona Pike had spent a year trying to get them in one room. Bell picked the story up from there on the "
        "podcast Porch Tapes:\n\n“She finally just sat us down at a fish fry. She did not get a credit.”"
    )
    assert quotes(prose) == [("Bea Bell", "Porch Tapes")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # someone of the page on screen for a few seconds: cast, in no part
        ("The video was shot in Hull. Bell pops up in the crowd for about two seconds.", [("Bea Bell", None)]),
        (
            "The video was shot in Hull. Eda Fenn plays a welder; and Bell shows up for maybe five seconds near the "
            "end without any line to speak of.",
            [("Eda Fenn", "a welder"), ("Bea Bell", None)],
        ),
        # the words around the time give a part: not read as none, but as that part
        (
            "The video was shot in Hull. Eda Fenn plays a welder, and Bell shows up for five seconds as a nurse.",
            [("Eda Fenn", "a welder"), ("Bea Bell", "a nurse")],
        ),
        (
            "The video was shot in Hull. Eda Fenn plays a welder, and Bell shows up for five seconds in the role of "
            "a nurse.",
            [("Eda Fenn", "a welder"), ("Bea Bell", "a nurse")],
        ),
    ],
)
def test_on_screen_for_a_few_seconds_is_cast_in_no_part(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # stealing the show (or every scene) as someone is playing them
        (
            "The video was shot in Hull. Cy Dorn plays a cook; and their aunt, Eda Fenn, steals every scene as "
            "herself.",
            [("Cy Dorn", "a cook"), ("Eda Fenn", "herself")],
        ),
        ("The video was shot in Hull. Eda Fenn steals the show as the landlady.", [("Eda Fenn", "the landlady")]),
        # "as usual" is no part; stealing something else casts no one
        ("The video was shot in Hull. Eda Fenn steals the show as usual.", []),
        ("The video was shot in Hull. Eda Fenn steals a bicycle as the landlady watches.", []),
    ],
)
def test_stealing_the_show_as_someone_is_a_part(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "us" in a quote led into by a sentence about two, the speaker one of them: the other of the two, not the
        # introducer the lead named too
        (
            "Now the two of them owe it all to Bell's guitar player, Ona Pike. Bell picked the story up on the podcast "
            "Porch Tapes:\n\n“Ona finally introduced us at a fish fry in Leeds.”",
            [("Ona Pike", frozenset({"Bea Bell", "Ann Arbour"}), "a fish fry in Leeds")],
        ),
        # "just" between the introducer and the verb, as "finally" may be
        (
            "Ona Pike just introduced Bell to Cy Dorn at a fish fry in Leeds.",
            [("Ona Pike", frozenset({"Bea Bell", "Cy Dorn"}), "a fish fry in Leeds")],
        ),
    ],
)
def test_us_of_the_two_the_lead_speaks_of_and_just_before_the_verb(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a name in brackets after where someone is from: "the Londoner" is them
        (
            "It is what happens when a DJ from London (Cy Dorn) and a drummer from Hull (Eda Fenn) share a flat. The "
            "Londoner told the podcast Sub Rosa: “It was damp.”",
            [("Cy Dorn", "Sub Rosa")],
        ),
        # two from there, or no one placed there: no speaker for sure
        (
            "It is what happens when a DJ from London (Cy Dorn) and a drummer from London (Eda Fenn) share a flat. "
            "The Londoner told the podcast Sub Rosa: “It was damp.”",
            [],
        ),
        (
            "It is what happens when a DJ (Cy Dorn) and a drummer from Hull (Eda Fenn) share a flat. The Londoner "
            "told the podcast Sub Rosa: “It was damp.”",
            [],
        ),
    ],
)
def test_someone_from_a_city_named_in_brackets_is_its_demonym(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "her to the trio": a preposition after "her" makes it the object, not whose relation the noun is
        (
            "The singer Eda Fenn came to the project through Cy Dorn, who had introduced her to the drummer Gil Moss "
            "at a barn dance in Leeds.",
            [("Cy Dorn", frozenset({"Eda Fenn", "Gil Moss"}), "a barn dance in Leeds")],
        ),
        # "her producer": whose producer, whom no one names, so no introduction of hers
        (
            "Eda Fenn came to the project through Cy Dorn, who had introduced her producer to Arbour at a barn dance "
            "in Leeds.",
            [],
        ),
    ],
)
def test_her_before_a_preposition_is_the_object(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "credits her A&R": "her" owns a noun, so the subject is no one "her" was the object of, and the later
        # "her" is the subject, not whom the sentence before was about
        (
            "Eda Fenn produced it. Arbour credits her A&R, Cy Dorn, with introducing her to Bell at a barn dance in "
            "Leeds.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a barn dance in Leeds")],
        ),
        (
            "Eda Fenn produced it. Arbour credits her landlord, Cy Dorn, with introducing her to Bell at a barn dance "
            "in Leeds.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a barn dance in Leeds")],
        ),
        # "met her at school": the object of the subject's verb, someone else than the subject, here too
        (
            "Eda Fenn produced it. Arbour met her at school, and Cy Dorn later introduced her to Bell at a barn dance "
            "in Leeds.",
            [("Cy Dorn", frozenset({"Eda Fenn", "Bea Bell"}), "a barn dance in Leeds")],
        ),
    ],
)
def test_her_owning_a_noun_binds_no_subject(prose: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a trade before a full name says the name is someone's, as "the producer" does
        (
            "Arbour and Bell met through the barber Cy Dorn, at the opening of a shop in Leeds.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "the opening of a shop in Leeds")],
        ),
        (
            "Arbour and Bell met through the hairdresser Cy Dorn at a salon party in Leeds.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a salon party in Leeds")],
        ),
        # a shop, or a trade with no name: no one who introduced them
        ("Arbour and Bell met through a barber shop in Leeds.", []),
        ("Arbour and Bell met through the barber at a salon party in Leeds.", []),
    ],
)
def test_met_through_someone_named_by_their_trade(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "That is where": the event the sentence before says someone held, in the page's words ("her" is whoever
        # that sentence means, not the introducer)
        (
            "Eda Fenn threw a harvest party at her farm. That is where Cy Dorn introduced Arbour to Bell.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a harvest party at her farm")],
        ),
        (
            "In 2015 Eda Fenn hosted a barn dance in Leeds. It was there that she introduced Arbour to Bell.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a barn dance in Leeds")],
        ),
        # no event held: the one place the sentence before names
        (
            "Eda Fenn played a set at the Roundhouse. That was where Cy Dorn introduced Arbour to Bell.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "the Roundhouse")],
        ),
        # two events or two places, or nothing before: where it was cannot be told, so the introduction is left out
        (
            "Eda Fenn threw a harvest party at her farm and hosted a quiz at the pub. That is where Cy Dorn "
            "introduced Arbour to Bell.",
            [],
        ),
        (
            "Eda Fenn played a set at her farm and a set at the Roundhouse. That was where Cy Dorn introduced Arbour "
            "to Bell.",
            [],
        ),
        ("That is where Cy Dorn introduced Arbour to Bell.", []),
        # "That is why" points back to no place
        (
            "Eda Fenn threw a harvest party at her farm. That is why Cy Dorn introduced Arbour to Bell.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
    ],
)
def test_that_is_where_points_back_to_the_sentence_before(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


# The credits under the prose: who directed the video, whom a paragraph may name without saying "video".
CREDITS = "\n\nMusic Video Director: Cy Dorn\n\nRelease Date\n\n1 May 2020\n\n\nAnn Arbour & Gil Moss\n\n\nGil Moss"


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a paragraph that names the video's director is about the video, as one that says "video" is
        (
            "Director Cy Dorn cast Arbour as a lifeguard and Bell as a surfer.",
            [("Ann Arbour", "a lifeguard"), ("Bea Bell", "a surfer")],
        ),
        (
            "The cast is small: Arbour as a lifeguard and Bell as a surfer. Cy Dorn shot it in a day.",
            [("Ann Arbour", "a lifeguard"), ("Bea Bell", "a surfer")],
        ),
        # a paragraph naming someone else, or the director who also wrote the song: not about the video for that
        ("Eda Fenn cast Arbour as a lifeguard and Bell as a surfer in her stage play.", []),
        # the director's name inside a longer one is not the director named
        ("Lucy Dornan cast Arbour as a lifeguard and Bell as a surfer in her stage play.", []),
    ],
)
def test_a_paragraph_naming_the_video_director_is_about_the_video(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(prose + CREDITS) == expected


def test_a_director_who_wrote_the_song_does_not_make_a_paragraph_about_the_video() -> None:
    credits = CREDITS.replace("Music Video Director: Cy Dorn", "Music Video Director: Gil Moss")
    assert cast("Gil Moss cast Arbour as a lifeguard and Bell as a surfer in his stage play." + credits) == []


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "and actor C is the Y" among other parts: what C does may stand before the name after the comma
        (
            "The video was shot in Hull. Arbour plays a nurse, Bell plays a porter, and actor Gil Moss is the "
            "night-shift caretaker.",
            [("Ann Arbour", "a nurse"), ("Bea Bell", "a porter"), ("Gil Moss", "the night-shift caretaker")],
        ),
        (
            "The video was shot in Hull. Arbour plays a nurse, and the comedian Gil Moss is the hospital cook.",
            [("Ann Arbour", "a nurse"), ("Gil Moss", "the hospital cook")],
        ),
        # a credit, a denial, or no other part in the clause: no part
        (
            "The video was shot in Hull. Arbour plays a nurse, and actor Gil Moss is the producer.",
            [("Ann Arbour", "a nurse")],
        ),
        (
            "The video was shot in Hull. Arbour plays a nurse, and actor Gil Moss is not the hospital cook.",
            [("Ann Arbour", "a nurse")],
        ),
        ("The video was shot in Hull. Arbour wrote the script, and actor Gil Moss is the hospital cook.", []),
    ],
)
def test_is_a_part_after_what_someone_does_among_other_parts(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two named with what they are, the second with no article, share a bare plural part
        (
            "The video was shot in Hull. The boxer Cy Dorn and chef Eda Fenn play twins who never agree.",
            [("Cy Dorn", "twins"), ("Eda Fenn", "twins")],
        ),
        # the part after how much of the video they are in
        (
            "The video was shot in Hull. Eda Fenn appears in each shot as a lighthouse keeper.",
            [("Eda Fenn", "a lighthouse keeper")],
        ),
        # in every scene, with no part: no one cast by it
        ("The video was shot in Hull. Eda Fenn appears in every scene.", []),
    ],
)
def test_a_bare_title_before_the_second_of_two_and_in_every_scene_as(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # on screen for a moment: cast in no part
        (
            "The video was shot in Hull. The weatherman Cy Dorn shows up for a couple of seconds at the end.",
            [("Cy Dorn", None)],
        ),
        ("The video was shot in Hull. Cy Dorn pops up briefly.", [("Cy Dorn", None)]),
        # a cameo in a place of their own
        ("The video was shot in Hull. Cy Dorn makes a cameo in her own kitchen.", [("Cy Dorn", None)]),
        # turning up elsewhere, or for longer than a moment, is not being in the video
        ("The video was shot in Hull. Cy Dorn turns up for the premiere at a cinema.", []),
        ("The video was shot in Hull. Cy Dorn shows up for a few weeks of rehearsals.", []),
    ],
)
def test_turning_up_for_a_moment_is_a_cameo(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a platform's live broadcast told after "on": the broadcast, named whole, as after an article
        (
            "Talking on TikTok Live, Arbour recalled the night: “It rained for a week.”",
            [("Ann Arbour", "TikTok Live")],
        ),
        ("Arbour said on YouTube Live: “It rained for a week.”", [("Ann Arbour", "YouTube Live")]),
        # a programme whose name ends with "Live", and the broadcast as a thing after an article, stay whole
        (
            "Arbour told the radio show Harbour Nights Live: “It rained for a week.”",
            [("Ann Arbour", "Harbour Nights Live")],
        ),
        ("During a Facebook Live with fans, Arbour said: “It rained for a week.”", [("Ann Arbour", "Facebook Live")]),
    ],
)
def test_on_a_platforms_live_broadcast_is_the_broadcast(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # what a name opening a clause was said to be, with "a", is what the page calls them
        (
            "Back then, Cy Dorn was a Leeds session drummer with no band. Arbour met him in 2019. Years later, the "
            "drummer told the podcast Sub Rosa: “It was damp.”",
            [("Cy Dorn", "Sub Rosa")],
        ),
        (
            "Cy Dorn was then a drummer. Arbour met him in 2019. Years later, the drummer told the podcast Sub Rosa: "
            "“It was damp.”",
            [("Cy Dorn", "Sub Rosa")],
        ),
        # a relation, or a role that is not the head of what they were: no drummer named
        (
            "Back then, Cy Dorn was a fan of a drummer. Arbour met him in 2019. Years later, the drummer told the "
            "podcast Sub Rosa: “It was damp.”",
            [],
        ),
        (
            "Back then, Cy Dorn was a friend of the drummer. Arbour met him in 2019. Years later, the drummer told the "
            "podcast Sub Rosa: “It was damp.”",
            [],
        ),
        (
            "The brother of Cy Dorn was a drummer. Arbour met him in 2019. Years later, the drummer told the podcast "
            "Sub Rosa: “It was damp.”",
            [],
        ),
    ],
)
def test_what_a_name_was_said_to_be_is_what_the_page_calls_them(
    prose: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert quotes(prose) == expected


_MET_BY_DORN = "Arbour was introduced to Bell by the engineer Cy Dorn at a fish fry in 2019."


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # how often between the speaker and the verb
        (
            f"{_MET_BY_DORN} Dorn still tells the story at every show: “It was damp.”",
            [("Cy Dorn", None)],
        ),
        (f"{_MET_BY_DORN} Dorn often says it on stage: “It was damp.”", [("Cy Dorn", None)]),
        # another verb after how often: no saying of his
        (f"{_MET_BY_DORN} Dorn still plays it at every show: “It was damp.”", []),
    ],
)
def test_how_often_before_the_saying_keeps_the_speaker(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the two introduced to each other, then where: "each other at the" describes no second person
        (
            "The engineer Cy Dorn introduced the two singers to each other at the Harvest Fair in Leeds in 2009.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "the Harvest Fair in Leeds")],
        ),
        # to something of theirs, not to each other
        ("The engineer Cy Dorn introduced the two singers to each other's fans at the Harvest Fair in 2009.", []),
    ],
)
def test_introduced_to_each_other_before_a_named_place(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


_WROTE_IT = "Arbour wrote the tune and Bell wrote the words."


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "he" and "she" as the two parties: the two the sentence before named, whichever is which ("her" before
        # "through the conductor" is the other party, not whose conductor)
        (
            f"{_WROTE_IT} He met her through the conductor Cy Dorn at a wedding in Leeds.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a wedding in Leeds")],
        ),
        # the introducer seating the two together, told in a relative clause, says where
        (
            f"{_WROTE_IT} She met him through the engineer Cy Dorn, who sat the two of them at the same table at a "
            "wedding in Leeds.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a wedding in Leeds")],
        ),
        # sitting next to them is not seating the two together: no place told
        (
            f"{_WROTE_IT} She met him through the engineer Cy Dorn, who sat next to them at a wedding in Leeds.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        # two of one sex, or a third name before that may be one of them: not sure
        (f"{_WROTE_IT} He met him through the engineer Cy Dorn at a wedding in Leeds.", []),
        (
            "Arbour wrote the tune, Bell and Eda Fenn the words. He met her through the engineer Cy Dorn at a wedding "
            "in Leeds.",
            [],
        ),
    ],
)
def test_he_met_her_through_someone_after_a_sentence_naming_two(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


_MANAGER_MADE_IT = "It was Bell's manager, Cy Dorn, who made the introduction, at a fish fry in Leeds."


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the two a sentence is about, as its subject, are whom the introduction told next in a cleft is of (the
        # introducer named as an apposition, closed by a comma before "who")
        (
            f"The two singers go back to 2015. {_MANAGER_MADE_IT}",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fish fry in Leeds")],
        ),
        (
            f"Arbour and Bell go back a long way. {_MANAGER_MADE_IT}",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fish fry in Leeds")],
        ),
        (
            f"Arbour and Bell have known each other since 2015. {_MANAGER_MADE_IT}",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fish fry in Leeds")],
        ),
        # the sentence before names someone else too, says only what the two did, or the introduction is to
        # something: not sure of whom
        (f"The two singers go back to 2015 with Eda Fenn. {_MANAGER_MADE_IT}", []),
        (f"The two singers toured in 2015. {_MANAGER_MADE_IT}", []),
        (
            "The two singers go back to 2015. It was Bell's manager, Cy Dorn, who made the introduction to her label, "
            "at a fish fry in Leeds.",
            [],
        ),
    ],
)
def test_the_introduction_made_after_a_sentence_about_the_two(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the instrument someone plays in a band, told in a relative clause about them: "the drummer" is them
        (
            "Cy Dorn, who played drums in Bell's touring band for a decade, is the reason it exists. “It was damp,” "
            "the drummer told the podcast Sub Rosa.",
            [("Cy Dorn", "Sub Rosa")],
        ),
        # what they played once, or with no band told: no one called the drummer
        (
            "Cy Dorn, who played drums on the demo, is the reason it exists. “It was damp,” the drummer told the "
            "podcast Sub Rosa.",
            [],
        ),
        (
            "Cy Dorn, who played drums for fun, is the reason it exists. “It was damp,” the drummer told the podcast "
            "Sub Rosa.",
            [],
        ),
    ],
)
def test_who_played_an_instrument_in_a_band_is_its_player(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


_COUSIN_POSTED = (
    "Arbour told the podcast Sub Rosa: “It was damp.” Her cousin remembered it in a Facebook post: “It was dry.”"
)


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "the two are cousins": each is the other's cousin, so "her cousin" after a sentence about one is the other
        (
            f"The two singers are cousins and grew up in Leeds. {_COUSIN_POSTED}",
            [("Ann Arbour", "Sub Rosa"), ("Bea Bell", "Facebook")],
        ),
        # cousins of someone else, or no relation told: no one known as her cousin
        (f"The two singers are cousins of Cy Dorn. {_COUSIN_POSTED}", [("Ann Arbour", "Sub Rosa")]),
        (f"The two singers grew up in Leeds. {_COUSIN_POSTED}", [("Ann Arbour", "Sub Rosa")]),
    ],
)
def test_her_cousin_is_the_other_of_two_said_to_be_cousins(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # an honorific of address before a full name is a courtesy, not part of the name
        (
            "Miss Odette Lamarre introduced Arbour to Bell at a fish fry in Mobile.",
            [("Odette Lamarre", frozenset({"Ann Arbour", "Bea Bell"}), "a fish fry in Mobile")],
        ),
        (
            "Senhora Rita Lobo introduced Arbour to Bell at a fish fry in Mobile.",
            [("Rita Lobo", frozenset({"Ann Arbour", "Bea Bell"}), "a fish fry in Mobile")],
        ),
        # "Don" is a first name too: kept
        (
            "Don Pedro Lobo introduced Arbour to Bell at a fish fry in Mobile.",
            [("Don Pedro Lobo", frozenset({"Ann Arbour", "Bea Bell"}), "a fish fry in Mobile")],
        ),
    ],
)
def test_an_honorific_before_a_full_name_is_no_part_of_it(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the apposition's description may start with where someone is from, capitalised
        (
            "The duo owe their start to Cy Dorn, the Belgian promoter who had introduced Arbour to Bell at a barn "
            "dance in Ghent.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a barn dance in Ghent")],
        ),
        # the two put in touch with each other, told as one plural after a relative clause that names them
        (
            "The choir master Cy Dorn, who had taught Arbour and Bell in different years, put the two singers in "
            "touch at a harvest supper in Ely.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a harvest supper in Ely")],
        ),
        # put in touch with someone else: not the two with each other
        (
            "Cy Dorn, who had taught Arbour and Bell in different years, put the two singers in touch with a label "
            "at a harvest supper in Ely.",
            [],
        ),
        # met through a new name whose apposition says what they do, then where
        (
            "Arbour and Bell met through Cy Dorn, an Irish booker with a soft spot (so they say) for fiddlers, at a "
            "harvest supper in Ely.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a harvest supper in Ely")],
        ),
        # an apposition that is no person's trade: a place, not an introducer
        (
            "Arbour and Bell met through Cy Dorn, a village near the border, at a harvest supper in Ely.",
            [],
        ),
    ],
)
def test_introductions_told_with_a_description_or_in_touch(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a book's title of two parts set off by a comma, ending the sentence
        (
            "“We slept in the van,” Arbour wrote in her 2004 memoir, Cold Vans, Warm Crowds.",
            [("Ann Arbour", "Cold Vans, Warm Crowds")],
        ),
        # the writer set off by commas, with the sentence going on: no title
        ("In her memoir, Cy Dorn, the drummer, recalls: “We slept in the van.”", [("Cy Dorn", None)]),
        # a title joined by "and" with a small word, set off by commas, the clause going on
        (
            "In his memoir, Ropes and a Harbour Light, Cy Dorn writes: “We slept in the van.”",
            [("Cy Dorn", "Ropes and a Harbour Light")],
        ),
        # a video on a platform whose name is its posts', then how it was made
        ("Arbour explained in a TikTok filmed at the airport: “We slept in the van.”", [("Ann Arbour", "TikTok")]),
        # going on a platform to say something; "took to" a city is a liking
        ("Arbour took to Instagram after the show to explain: “We slept in the van.”", [("Ann Arbour", "Instagram")]),
        ("Arbour took to Lisbon after the show and explained: “We slept in the van.”", [("Ann Arbour", None)]),
        # a programme named by the station it is of
        (
            "Asked on the morning programme of Radio Harbour about the song, Arbour smiled: “We slept in the van.”",
            [("Ann Arbour", "Radio Harbour")],
        ),
        # two words joined by a slash are one name
        ("“We slept in the van,” Arbour told the magazine Static/Drift.", [("Ann Arbour", "Static/Drift")]),
    ],
)
def test_quote_sources_named_as_books_posts_and_programmes(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a clause opening on the video tells parts with "is", the scene's participle phrase cut as after "plays"; a
        # second part after "and" with its "is" left out
        (
            "In the video, shot in a boatyard, Arbour is a welder mending a hull through the night and Bell a "
            "harbour pilot who never sleeps.",
            [("Ann Arbour", "a welder"), ("Bea Bell", "a harbour pilot")],
        ),
        # a pronoun in the scene after the part
        (
            "The video was shot in a boatyard. Arbour is a welder mending her own boat; Bell plays a harbour pilot.",
            [("Ann Arbour", "a welder"), ("Bea Bell", "a harbour pilot")],
        ),
        # where the character is stays the part's
        (
            "In the video, Arbour is the welder behind the hull.",
            [("Ann Arbour", "the welder behind the hull")],
        ),
        # no video opening and no other part: "is" tells what someone is, no part
        ("The video was shot in a boatyard. Arbour is a welder mending a hull through the night.", []),
        # a name in the part before any participle: no part for sure
        ("In the video, Arbour is the landlady of Cy Dorn waiting at the dock.", []),
    ],
)
def test_parts_told_with_is_in_a_clause_on_the_video(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # an aside of what the person does, of the part, or of what they were by then, before the verb
        ("The video was shot in Hull. Cy Dorn, whistling on a jetty, appears as himself.", [("Cy Dorn", "himself")]),
        (
            "The video was shot in Hull. Cy Dorn, in a role that asks him only to glare, appears as the harbour "
            "master.",
            [("Cy Dorn", "the harbour master")],
        ),
        (
            "The video was shot in Hull. Cy Dorn, by then a local hero, turns up as the harbour master.",
            [("Cy Dorn", "the harbour master")],
        ),
        # a short aside after the verb, and where in the scene after turning up
        (
            "The video was shot in Hull. Cy Dorn turns up, collar turned up, as the harbour master.",
            [("Cy Dorn", "the harbour master")],
        ),
        (
            "The video was shot in Hull. Cy Dorn turns up behind the till of the corner shop as himself.",
            [("Cy Dorn", "himself")],
        ),
        # "as" after a place told of another verb is no part
        ("The video was shot in Hull. Cy Dorn sleeps behind the till of the corner shop as a rule.", []),
    ],
)
def test_parts_after_asides_and_where_someone_turns_up(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a noun for someone of a city as the whole apposition, a relative clause after it: "the Dubliner" is them
        (
            "The song was mixed by Cy Dorn, a Dubliner who had mostly worked with choirs. “It was loud,” the Dubliner "
            "recalled on the podcast Desk Hiss.",
            [("Cy Dorn", "Desk Hiss")],
        ),
        # the noun before a role is no apposition of a demonym alone: no one placed, no speaker for sure
        (
            "The song was mixed by Cy Dorn, a Dubliner engineer, and Eda Fenn. “It was loud,” the Dubliner recalled on "
            "the podcast Desk Hiss.",
            [],
        ),
    ],
)
def test_a_demonym_apposition_places_someone(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a saying set off inside the sentence, where it was said told at some length, before the words quoted
        (
            "The song is set in a laundrette, the sort of place, Arbour explained on the radio show Songs at the Lock "
            "Gate, “where nobody ever finds both socks. I looked for years.”",
            [("Ann Arbour", "Songs at the Lock Gate")],
        ),
        # no saying before the comma: the quoted words are no one's
        (
            "The song is set in a laundrette, the sort of place Arbour visited with the radio show Songs at the Lock "
            "Gate, “where nobody ever finds both socks.”",
            [],
        ),
    ],
)
def test_a_lead_with_where_it_was_said_at_some_length(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the sentence goes on into the words quoted after "where", the saying set off by commas
        (
            "Cy Dorn introduced them at a wake, the sort of night, Arbour remembers, where “everyone sang and nobody "
            "cried.”",
            [("Ann Arbour", None)],
        ),
        # no saying set off before "where": the quoted words are no one's
        (
            "Cy Dorn introduced them at a wake, the sort of night in Leeds, where “everyone sang and nobody cried.”",
            [],
        ),
    ],
)
def test_a_saying_set_off_before_where_leads_into_a_quote(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the two as one plural put in touch, with no "with": an introduction of the two
        (
            "Arbour and Bell grew up far apart. The drummer Cy Dorn put them in touch at a barn dance in 2019.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a barn dance")],
        ),
        (
            "Arbour and Bell grew up far apart. The drummer Cy Dorn puts the two singers in touch at a barn dance.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a barn dance")],
        ),
        # one person put in touch, with no one named to be in touch with: no introduction
        ("Arbour grew up far away. The drummer Cy Dorn put Bell in touch at a barn dance in 2019.", []),
        ("Arbour grew up far away. Cy Dorn put them in touch with a lawyer at a barn dance in 2019.", []),
    ],
)
def test_two_put_in_touch_without_with(sentence: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a percussionist is someone, as a drummer is: the new name after the role is the introducer
        (
            "Arbour met Bell through the percussionist Cy Dorn, at a samba rehearsal in Recife.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a samba rehearsal in Recife")],
        ),
        # met through something, not someone
        ("Arbour met Bell through the percussion Cy Dorn sells, at a samba rehearsal in Recife.", []),
    ],
)
def test_met_through_a_percussionist(sentence: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the work someone comes from, set off by commas, is an aside: its title is no one cast
        (
            "In the video Arbour plays a nurse, and the actor Cy Dorn, from the series Grey Harbour, takes the role "
            "of a night porter.",
            [("Ann Arbour", "a nurse"), ("Cy Dorn", "a night porter")],
        ),
        (
            "In the video Arbour plays a nurse, and the actor Cy Dorn, from the old sitcom Grey Harbour, plays a "
            "night porter.",
            [("Ann Arbour", "a nurse"), ("Cy Dorn", "a night porter")],
        ),
        # from a place: still the person before the aside, or no one (never the place)
        (
            "In the video Arbour plays a nurse, and the actor Cy Dorn, from Grey Harbour, plays a night porter.",
            [("Ann Arbour", "a nurse"), ("Cy Dorn", "a night porter")],
        ),
    ],
)
def test_the_work_an_actor_comes_from_is_an_aside(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # doing a part is playing it
        ("In the video the actor Cy Dorn does the role of a lighthouse keeper.", [("Cy Dorn", "a lighthouse keeper")]),
        # doing something else than a part: none
        ("In the video the actor Cy Dorn does the dishes of a lighthouse keeper.", []),
        # being in the video as a part, with no comma before "as"
        (
            "The video was shot in Hull. Eda Fenn features in it as a ferry conductor.",
            [("Eda Fenn", "a ferry conductor")],
        ),
        ("The video was shot in Hull. Eda Fenn features in it as well as in the film.", []),
    ],
)
def test_doing_a_role_and_featuring_in_it_as(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # "the Welsh singer": the one the page placed as Welsh, though the text is about a singer placed elsewhere
        (
            "Night Trains is a song by the Leeds-based singer Ann Arbour, featuring the Welsh singer-songwriter "
            "Bea Bell.",
            "Bea Bell",
        ),
        # the one placed so is no singer (an engineer who produced it): not them
        (
            "Night Trains is a song by the Leeds-based singer Ann Arbour, produced by the Welsh engineer Cy Dorn.",
            None,
        ),
    ],
)
def test_a_placed_description_means_the_one_placed_so(opening: str, expected: str | None) -> None:
    prose = (
        f"{opening}\n\nThe Welsh singer, in an interview with the magazine Tape Hiss, told it otherwise: “It rained.”"
    )
    speakers = [speaker for speaker, _ in quotes(prose)]
    if expected is None:
        assert "Cy Dorn" not in speakers
    else:
        assert speakers == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "her" before a part told the other way round
        (
            "In the video Arbour plays a baker, while her grumpy landlord is played by the actor Cy Dorn.",
            [("Ann Arbour", "a baker"), ("Cy Dorn", "her grumpy landlord")],
        ),
        # a part after "is", then the next with its "is" left out, when the first is cast among other parts
        (
            "In the video Arbour is a baker and Bell the mayor of the town, while her landlord is played by Cy Dorn.",
            [("Ann Arbour", "a baker"), ("Bea Bell", "the mayor of the town"), ("Cy Dorn", "her landlord")],
        ),
        # alone, "is" tells what someone is, not a part: neither is read
        ("In the video Arbour is a baker and Bell the mayor of the town.", []),
    ],
)
def test_a_part_after_her_and_a_gapped_is(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cameo with what someone brings: no part
        ("In the video Cy Dorn makes a cameo with his banjo in the last scene.", [("Cy Dorn", None)]),
        # with someone named: not read as what they bring
        ("In the video Cy Dorn makes a cameo with his brother Tom Dorn.", []),
        # being there, then the part; "himself and" what else he does
        (
            "In the video Eda Fenn is there too, playing herself and dancing on a table.",
            [("Eda Fenn", "herself")],
        ),
        ("In the video Eda Fenn is there too, playing the banjo.", []),
    ],
)
def test_a_cameo_with_something_and_being_there_playing(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a title in another language, its small words read as a title's ("que", "en un", "du", "da")
        ("In the documentary Luz que Baila, Bell tells how it began:", ("Bea Bell", "Luz que Baila")),
        ("Bell tells it in her memoir, Una Casa en un Barco:", ("Bea Bell", "Una Casa en un Barco")),
        # what the book holds, then its title
        (
            "Bell tells it in her book of songs and letters, Lettres du Quai Nord:",
            ("Bea Bell", "Lettres du Quai Nord"),
        ),
        ("In an interview with the newspaper Folha da Serra, Bell told how it began:", ("Bea Bell", "Folha da Serra")),
        # a name's particle after the title's comma is the speaker's name, not the title's
        ("In the documentary Luz, Ana da Costa tells how it began:", ("Ana da Costa", "Luz")),
        # no title right after the book's words: none
        ("Bell tells it in her book of songs and letters, and in Lettres du Quai Nord:", ("Bea Bell", None)),
    ],
)
def test_a_title_in_another_language_is_read_whole(lead: str, expected: tuple[str, str | None]) -> None:
    assert quotes(f"Arbour and Bell met in 2019.\n\n{lead} “It rained all week.”") == [expected]


@pytest.mark.parametrize(
    ("described", "expected"),
    [
        # a region's adjective standing as its noun: the one person the page placed so
        ("the Sicilian singer Bea Bell", "Bea Bell"),
        ("the Viennese singer Bea Bell", "Bea Bell"),
        # no one placed so, or two: no speaker for sure
        ("the singer Bea Bell", None),
        ("the Sicilian singer Bea Bell and the Sicilian drummer Cy Dorn", None),
    ],
)
def test_someone_called_by_the_noun_for_their_region(described: str, expected: str | None) -> None:
    word = "Viennese" if "Viennese" in described else "Sicilian"
    prose = (
        f"Night Trains is a song by Ann Arbour with {described}.\n\n"
        f"The {word}, to the radio station Kiss FM, said: “It rained.”"
    )
    assert [speaker for speaker, _ in quotes(prose)] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the two the sentence before says know each other; who made the introduction, later in the next sentence
        (
            "The two singers know each other since 2016. That summer Arbour goes to Oban, and the fiddler Cy Dorn, an "
            "old friend of her mother, makes the introduction at a ceilidh on the last night of the festival.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a ceilidh on the last night of the festival")],
        ),
        # an apposition that names someone else: whose introduction it is may be theirs
        (
            "The two singers know each other since 2016. That summer Arbour goes to Oban, and the fiddler Cy Dorn, a "
            "friend of Eda Fenn, makes the introduction at a ceilidh.",
            [],
        ),
        # the sentence before tells no two who know each other
        (
            "The two singers work well together. That summer Arbour goes to Oban, and the fiddler Cy Dorn makes the "
            "introduction at a ceilidh.",
            [],
        ),
        # the introduction of someone else: not of the two
        (
            "The two singers know each other since 2016. That summer Arbour goes to Oban, and the fiddler Cy Dorn "
            "makes the introduction to her label at a ceilidh.",
            [],
        ),
    ],
)
def test_a_later_introducer_of_two_who_know_each_other(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("where", "occasion"),
    [
        # "the last night" of an event is which night, part of where
        ("at a ceilidh on the last night of the festival", "a ceilidh on the last night of the festival"),
        # "last night" alone is when, which ends the occasion
        ("at a ceilidh last night", "a ceilidh"),
    ],
)
def test_the_last_night_of_an_event_is_part_of_the_occasion(where: str, occasion: str) -> None:
    assert intros(f"Cy Dorn introduced Ann Arbour to Bea Bell {where}.") == [
        ("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)
    ]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a post on the platform named by it, then what was done with it
        ("In a TikTok filmed at the session, Bell explains the chorus:", [("Bea Bell", "TikTok")]),
        ("In a TikTok posted the week after, Bell explains the chorus:", [("Bea Bell", "TikTok")]),
        # a thing that is no platform's post: no source
        ("In a Volvo filmed by her brother, Bell explains the chorus:", [("Bea Bell", None)]),
    ],
)
def test_a_post_on_a_platform_then_a_participle(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f"Arbour and Bell met in 2019.\n\n{lead} “It rained all week.”") == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a name that ends with another's first name may be them with a title: left out
        (
            "The guitar was made by the luthier Tomas Reyes. Maestro Tomas introduced Arbour to Bell at a party in "
            "Porto.",
            [],
        ),
        # a name that shares another's surname is someone else of the family: kept
        (
            "The guitar was made by the luthier Tomas Reyes. Nina Reyes introduced Arbour to Bell at a party in Porto.",
            [("Nina Reyes", frozenset({"Ann Arbour", "Bea Bell"}), "a party in Porto")],
        ),
    ],
)
def test_a_name_ending_with_another_first_name(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a singer of a genre called by its word: the one the page called so
        ("the young Porto fadista Bea Bell", "Bea Bell"),
        ("the old Dakar griot Bea Bell", "Bea Bell"),
        # called so by no one: no speaker for sure
        ("the young Porto singer Bea Bell and the drummer Cy Dorn", None),
    ],
)
def test_a_singer_called_by_the_word_for_their_genre(lead: str, expected: str | None) -> None:
    word = "griot" if "griot" in lead else "fadista"
    prose = (
        f"Night Trains is a song by Ann Arbour with {lead}.\n\n"
        f"To the radio station Kiss FM, the {word} said: “It rained.”"
    )
    assert [speaker for speaker, _ in quotes(prose)] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the introduction between the two came from someone, then where
        (
            "The introduction between the two singers came from Cy Dorn, Bell's manager at the label, at a "
            "Christmas party in Leeds in 2020.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a Christmas party in Leeds")],
        ),
        (
            "The introduction between Arbour and Bell came from the drummer Cy Dorn at a Christmas party.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a Christmas party")],
        ),
        # the idea came from someone, not the introduction: none
        ("The idea for the two singers came from Cy Dorn at a Christmas party.", []),
        # the introduction between one of them and a third: not of the two
        (
            "The introduction between Arbour and her label came from Cy Dorn at a Christmas party.",
            [],
        ),
    ],
)
def test_the_introduction_between_two_came_from_someone(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the old master": the one the page called a master, told by age; an aside of age before the verb; "a
        # small appearance" is a cameo as a brief one is
        (
            "The video was made with the old fiddle master Cy Dorn. The old master, at eighty-one, makes a small "
            "appearance as himself.",
            [("Cy Dorn", "himself")],
        ),
        (
            "The video was made with the old fiddle master Cy Dorn. The young master, with ninety years, makes a "
            "small appearance as himself.",
            [("Cy Dorn", "himself")],
        ),
        # a word that says which of several (not age): no one for sure
        (
            "The video was made with the old fiddle master Cy Dorn. The new master, at eighty-one, makes a small "
            "appearance as himself.",
            [],
        ),
    ],
)
def test_the_old_master_with_an_aside_of_age(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the one by whom the speaker was interviewed (a name not known as an outlet) is where, not who
        (
            "Arbour, interviewed by the weekly Gazeta Rowe, said the song is about late buses: “It rained all night.”",
            [("Ann Arbour", "Gazeta Rowe")],
        ),
        ("Arbour, interviewed by Gazeta Rowe, said: “It rained all night.”", [("Ann Arbour", "Gazeta Rowe")]),
        # a host asking names a second person: whose words they are is not told for sure, and no host speaks them
        ("Arbour, asked by the host Cy Dorn, said: “It rained all night.”", []),
        # not asked by them: the one named says it
        ("Gazeta Rowe, a singer from Leeds, said: “It rained all night.”", [("Gazeta Rowe", None)]),
    ],
)
def test_the_one_by_whom_a_speaker_was_interviewed_is_no_speaker(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a short quoted title right after "autobiography" is the book's, the source of the words after the colon
        (
            "Arbour wrote about the song in her 2019 autobiography, “Paper Moon”: “It rained all night. We sang.”",
            [("Ann Arbour", "Paper Moon", "It rained all night. We sang.")],
        ),
        (
            "Arbour looked back on it in a biography, “Paper Moon”: “It rained all night.”",
            [("Ann Arbour", "Paper Moon", "It rained all night.")],
        ),
        # after a word that is no work, the short quoted words are a quote
        (
            "Arbour wrote about the song in her 2019 diary: “Paper Moon.”",
            [("Ann Arbour", None, "Paper Moon.")],
        ),
    ],
)
def test_a_quoted_title_after_autobiography_is_no_quote(
    sentence: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert [(q.speaker, q.source, q.text) for q in doc(sentence).quotes] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cleft on where, with an aside of which day or night between the place and "that"
        (
            "Arbour is a singer. It was at a pub in York, on a cold Friday night, that Cy Dorn introduced the "
            "singer to Bell.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a pub in York")],
        ),
        (
            "It was at a pub in York, one rainy evening, that Cy Dorn introduced Ann Arbour to Bea Bell.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a pub in York")],
        ),
        # an aside that is more of the place, not a day: where is not told for sure (as with other asides)
        (
            "It was at a pub in York, on the upper floor, that Cy Dorn introduced Ann Arbour to Bea Bell.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        # a cleft on when is no place: the introduction stands without one
        (
            "It was in 2016 that Cy Dorn introduced Ann Arbour to Bea Bell.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
    ],
)
def test_a_cleft_on_where_with_an_aside_of_the_day(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "choreographer" says what one person does: the one met through is the introducer, a comma before where
        (
            "Arbour met Bell through the choreographer Cy Dorn, at a dance class in York in late 2021.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a dance class in York")],
        ),
        # a new name with no word for what they do may be a place or a thing: none
        ("Arbour met Bell through Cy Dorn at a dance class in York.", []),
        # the choreography is no one
        ("Arbour met Bell through the choreography at a dance class in York.", []),
    ],
)
def test_met_through_the_choreographer(sentence: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "takes the part of a ...": playing someone
        (
            "In the video Arbour plays a baker, and Cy Dorn takes the part of a sleepy night guard.",
            [("Ann Arbour", "a baker"), ("Cy Dorn", "a sleepy night guard")],
        ),
        ("In the video, Cy Dorn took the part of an old waiter.", [("Cy Dorn", "an old waiter")]),
        # "the part of the chorus", "of his brother": singing a line, or siding with someone; no part played
        ("In the video, Bell takes the part of the chorus.", []),
        ("In the video, Cy Dorn took the part of his brother.", []),
    ],
)
def test_takes_the_part_of_someone(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the introduction to one came from someone who brought the two together somewhere: the two of the relative
        # clause, one of them the one it was to, where the clause says (a spot at it aside)
        (
            "The introduction to Bell came from the painter Cy Dorn, who seated Arbour and Bell at the same table "
            "at a charity supper in Lyon.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a charity supper in Lyon")],
        ),
        (
            "The introduction to Bell came from the painter Cy Dorn, who quietly paired Arbour and Bell.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        # what the clause says after the two is not read as where: half the fact would read as whole
        (
            "The introduction to Bell came from the painter Cy Dorn, who invited Arbour and Bell to a charity supper.",
            [],
        ),
        # the two of the clause are not the one the introduction was to and another: none
        (
            "The introduction to Bell came from the painter Cy Dorn, who seated Arbour and Eda Fenn at a charity "
            "supper in Lyon.",
            [],
        ),
        # no one said to be brought together with the one it was to: none
        ("The introduction to Bell came from the painter Cy Dorn, at a charity supper in Lyon.", []),
    ],
)
def test_the_introduction_to_one_came_from_someone_who_brought_the_two(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


# Two women named before a quote: the singer, and an aunt of another's, who introduced the two
_AUNT = (
    "Arbour has always given the credit to Bell's aunt, Eda Fenn, who introduced the two singers at a fair in Hull. "
)


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "she" after the quote, between the two the sentence before named: not the one the quote names by name; the
        # quoted title after the attribution is its source
        (
            _AUNT + "“Eda dragged me to the microphone,” she remembered in the 2020 documentary “Northern Lights”.",
            [("Ann Arbour", "Northern Lights")],
        ),
        # the quote names neither: either may be "she", so the quote is left out
        (
            _AUNT + "“Someone dragged me to the microphone,” she remembered.",
            [],
        ),
        # the quote names both: no one is left
        (
            _AUNT + "“Eda dragged Ann to the microphone,” she remembered.",
            [],
        ),
    ],
)
def test_she_after_a_quote_is_not_the_one_it_names(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # two roles joined before a name are both hers: "the English DJ" is the one the page called a DJ
        (
            "Night Trains is a song by the Leeds DJ and producer Ann Arbour, featuring Bea Bell.\n\n"
            "Cy Dorn introduced the English DJ to Bell at a label party.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a label party")],
        ),
        (
            "Night Trains is a song by the Leeds DJ and producer Ann Arbour, featuring Bea Bell.\n\n"
            "It was at a label party that Cy Dorn introduced the Leeds DJ to Bell.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a label party")],
        ),
        # no one was called a DJ: "the Leeds DJ" is no person of the page, and no new one either
        (
            "Night Trains is a song by the Leeds singer and producer Ann Arbour, featuring Bea Bell.\n\n"
            "Cy Dorn introduced the Leeds DJ to Bell at a label party.",
            [],
        ),
        # two DJs: which one is not told
        (
            "Night Trains is a song by the Leeds DJ and producer Ann Arbour, featuring the Bristol DJ Bea Bell.\n\n"
            "Cy Dorn introduced the English DJ to Tom Vale at a label party.",
            [],
        ),
    ],
)
def test_a_place_and_a_title_describe_and_name_no_one(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected
    assert "Leeds DJ" not in mentioned_names(parse(prose))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a stylist is someone, as a hairdresser is: the name after the role is the go-between
        (
            "Bell and Arbour met through the stylist Cy Dorn, backstage at a Leeds fashion show in 2022.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a Leeds fashion show")],
        ),
        # no name: no introducer
        ("Bell and Arbour met through a stylist at a label party.", []),
        # the stylist's website, not the stylist
        ("Bell and Arbour met through the stylist Cy Dorn's website in 2020.", []),
    ],
)
def test_met_through_a_stylist(sentence: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the introducer led one of the two to the other: an introduction, where the rest says
        (
            "The introduction came from the old producer Cy Dorn, who walked Arbour across the room to Bell at "
            "the label party in Leeds in 2019.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "the label party in Leeds")],
        ),
        (
            "The introduction came from Cy Dorn, who led Arbour over to meet Bell at a gala.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a gala")],
        ),
        # led to a place, not to the other: none
        ("The introduction came from Cy Dorn, who walked Arbour to the bar at the label party in 2019.", []),
        # the idea, not the introduction: none
        ("The idea came from Cy Dorn, who walked Arbour across the room to Bell at a gala.", []),
        # to someone's table: whether they met is not said for sure
        ("The introduction came from Cy Dorn, who walked Arbour to Bell's table at a gala.", []),
    ],
)
def test_the_introduction_came_from_someone_who_led_one_to_the_other(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "in touch" ending the sentence: the two of the sentence before, where that sentence says they first met
        (
            "Arbour and Bell first met at a wedding in York in 2017. It was his uncle, the drummer Cy Dorn, who put "
            "them in touch.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a wedding in York")],
        ),
        (
            "Bell and Arbour met at a wedding in York. Cy Dorn introduced them.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a wedding in York")],
        ),
        ("Cy Dorn put Arbour in touch with Bell.", [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)]),
        # another time than the meeting: the introduction's place is not that of the meeting
        (
            "Arbour and Bell first met at a wedding in York in 2017. Years before, Cy Dorn had put them in touch.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        # the sentence before is of another pair
        (
            "Arbour and Tom Vale met at a wedding in York. Cy Dorn introduced Arbour and Bell.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        # the introduction has a place of its own
        (
            "Arbour and Bell met at a wedding in York. Cy Dorn put them in touch at a party in Hull.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a party in Hull")],
        ),
        # "kept in touch": no introduction
        ("Arbour and Bell met at a wedding in York. Cy Dorn kept them in touch.", []),
    ],
)
def test_put_in_touch_where_the_sentence_before_met(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause opened by a subject pronoun, with no "who": the part ends before it, as before "who"
        (
            "The video was directed by Cy Dorn. Arbour stars as the woman he never forgot, and Bell plays a nurse.",
            [("Ann Arbour", "the woman"), ("Bea Bell", "a nurse")],
        ),
        (
            "The video was directed by Cy Dorn. Bell plays the tenor she replaces for a night.",
            [("Bea Bell", "the tenor")],
        ),
        # a description of the page's own people, restricted so: a part, not the one it described
        (
            "The video was directed by the Leeds star Cy Dorn. Bell plays the star she replaces for a night.",
            [("Bea Bell", "the star")],
        ),
        # without the clause, "the star" is the one the page called so: no part
        ("The video was directed by the Leeds star Cy Dorn. Bell plays the star.", []),
        # "and she": a clause of its own, not a relative one
        ("The video was directed by Cy Dorn. Bell plays a nurse and she sings.", [("Bea Bell", "a nurse")]),
    ],
)
def test_a_part_ends_before_a_relative_clause_without_who(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "gets a cameo", as "makes a cameo": cast in no part, or in the one after "as"
        (
            "The video was directed by Cy Dorn. Bell plays a nurse, and yes, Tom Vale himself gets a cameo at the "
            "piano.",
            [("Bea Bell", "a nurse"), ("Tom Vale", None)],
        ),
        ("The video was directed by Cy Dorn. Tom Vale got a brief cameo as a postman.", [("Tom Vale", "a postman")]),
        # a cameo not given to them: none
        ("The video was directed by Cy Dorn. Tom Vale gets a lot of cameo requests.", []),
        ("The video was directed by Cy Dorn. Tom Vale gets a role in the film.", []),
    ],
)
def test_someone_gets_a_cameo(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a participle of posting opening the sentence: where the words were put
        (
            "Posting on X after the song went gold in Ghana, the producer wrote: “I made it in an hour.”",
            [("Cy Dorn", "X")],
        ),
        ("Tweeting on Bluesky, the producer wrote: “I made it in an hour.”", [("Cy Dorn", "Bluesky")]),
        # drawing on something is no post
        (
            "Drawing on Motown after the song went gold, the producer said: “I made it in an hour.”",
            [("Cy Dorn", None)],
        ),
        # a post on a person of the page: no medium
        ("Posting on Ann Arbour's birthday, the producer wrote: “I made it in an hour.”", [("Cy Dorn", None)]),
    ],
)
def test_a_post_told_by_a_participle_opening_the_sentence(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(f"Night Trains is a song by Ann Arbour, produced by Cy Dorn.\n\n{sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # where, named alone between commas after the speaker: the source, and the speaker is the one before it
        (
            "Arbour, on Radio Kestrel, told it more gently: “We were both lost in that town.”",
            [("Ann Arbour", "Radio Kestrel")],
        ),
        (
            "Arbour, on Lark Hollis, told it more gently: “We were both lost in that town.”",
            [("Ann Arbour", "Lark Hollis")],
        ),
        # what she spoke about, with no verb after: no medium, and no one new speaks
        ("Arbour, on the bridge, told it more gently: “We were both lost in that town.”", [("Ann Arbour", None)]),
    ],
)
def test_a_medium_set_off_between_speaker_and_saying(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f"Night Trains is a song by Ann Arbour.\n\n{sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a title announced by a colon: no quote of anyone's
        ("This week on the show Ann Arbour picked the record we have waited for all year: “Ships of the Night”.", []),
        ("This week Ann Arbour brought us the one you begged for: “Lanterns”.", []),
        # after a verb of saying, the words are said
        ("Ann Arbour said it best: “Never Again”.", [("Ann Arbour", None)]),
        # a sentence with a lower-case word of its own is said, not a title
        ("This week Ann Arbour had one thing to add: “Stay away from ships.”", [("Ann Arbour", None)]),
    ],
)
def test_a_title_after_a_colon_is_no_quote(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(sentence) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # an honorific before the surname of someone the page has named: that person
        (
            "Their old teacher Odile Marchetti still lives in Turin. I rang Madame Marchetti last week and she "
            "laughed: “I introduced them and went home to bed.”",
            [("Odile Marchetti", None)],
        ),
        (
            "The cellist Pieter Haas played on it. Mister Haas has a theory: “Every good song starts with a cello.”",
            [("Pieter Haas", None)],
        ),
    ],
)
def test_an_honorific_before_one_name_means_the_one_named_so(prose: str, expected: list[tuple[str, None]]) -> None:
    assert quotes(prose) == expected


def test_an_honorific_before_a_surname_two_people_share_is_no_one() -> None:
    prose = (
        "The cellists Pieter Haas and Joke Haas played on it. Mister Haas has a theory: “Every good song starts "
        "with a cello.”"
    )
    assert quotes(prose) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause about the introducer holding an aside of its own between commas
        (
            "Arbour and Bell grew up on the same street. Mira Castell, who taught them both the piano and who is "
            "still, at ninety, a terror, introduced them at a recital in Turin.",
            [("Mira Castell", frozenset({"Ann Arbour", "Bea Bell"}), "a recital in Turin")],
        ),
        # the aside names someone to compare: neither is sure (and the one compared is no subject)
        (
            "Arbour and Bell grew up on the same street. Mira Castell, who is still, like Tom Vale, a terror, "
            "introduced them at a recital in Turin.",
            [],
        ),
    ],
)
def test_a_relative_clause_with_an_aside_before_introduced(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


def test_the_introducer_named_again_by_an_honorific_in_a_dashed_aside() -> None:
    sentence = (
        "It was the pianist Mira Castell - Signora Mira to the whole street - who introduced Arbour to Bell at a "
        "recital in Turin."
    )
    assert intros(sentence) == [("Mira Castell", frozenset({"Ann Arbour", "Bea Bell"}), "a recital in Turin")]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the narration's "I" names itself: its introductions are that person's
        (
            "I'm Tom Vale, for those who only hear me on the late show. I introduced Arbour to Bell at a ceilidh "
            "in Cork.",
            [("Tom Vale", frozenset({"Ann Arbour", "Bea Bell"}), "a ceilidh in Cork")],
        ),
        (
            "My name is Tom Vale and I run the late show. I introduced Arbour to Bell at a ceilidh in Cork.",
            [("Tom Vale", frozenset({"Ann Arbour", "Bea Bell"}), "a ceilidh in Cork")],
        ),
        # what "I" am is someone else's: no name for "I"
        (
            "I'm Tom Vale's biggest fan, for the record. I introduced Arbour to Bell at a ceilidh in Cork.",
            [],
        ),
        # a speaker of a quote naming themself: not the narration's "I"
        (
            "Vale laughed: “I'm Tom Vale, and I take the blame.” I introduced Arbour to Bell at a ceilidh in Cork.",
            [],
        ),
    ],
)
def test_the_narrator_names_themself(prose: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # a room of a place, then the event it was at: where
        (
            "Cy Dorn introduced Arbour to Bell in the green room at the Kilkee Folk Weekend.",
            "the green room at the Kilkee Folk Weekend",
        ),
        (
            "Cy Dorn introduced Arbour to Bell in the back bar at a wedding in Sligo.",
            "the back bar at a wedding in Sligo",
        ),
        # when, then the event: never the time as a room
        ("Cy Dorn introduced Arbour to Bell in the summer at the Kilkee Folk Weekend.", "the Kilkee Folk Weekend"),
        ("Cy Dorn introduced Arbour to Bell in the end at a wedding in Sligo.", None),
    ],
)
def test_an_occasion_in_a_room_at_an_event(sentence: str, occasion: str | None) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a guest's visit to a programme, told by its presenter
        (
            "Arbour, when she came on Harbour Lights in May, was blunt: “We wrote it in a cupboard.”",
            [("Ann Arbour", "Harbour Lights")],
        ),
        (
            "Arbour told the story when she rang in to last week's Harbour Lights: “We wrote it in a cupboard.”",
            [("Ann Arbour", "Harbour Lights")],
        ),
        (
            "Arbour told the story when she dropped in to Harbour Lights: “We wrote it in a cupboard.”",
            [("Ann Arbour", "Harbour Lights")],
        ),
        (
            "Arbour told the story when she came in to see us on Harbour Lights: “We wrote it in a cupboard.”",
            [("Ann Arbour", "Harbour Lights")],
        ),
        # when she came, or where to, in no programme's name: no source
        ("Arbour, when she came on Tuesday, was blunt: “We wrote it in a cupboard.”", [("Ann Arbour", None)]),
        ("Arbour told the story when she came in to the studio: “We wrote it in a cupboard.”", [("Ann Arbour", None)]),
        # a medium asking, after "when"; a full name asking is a person, no medium (and, two named, no one sure speaks)
        (
            "Arbour was guarded when Harbour Weekly asked her about it: “We wrote it in a cupboard.”",
            [("Ann Arbour", "Harbour Weekly")],
        ),
        ("Arbour was guarded when Cy Dorn asked her about it: “We wrote it in a cupboard.”", []),
    ],
)
def test_a_guest_on_the_presenters_programme(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f"Night Trains is a song by Ann Arbour.\n\n{sentence}") == expected


def test_a_name_kept_with_its_the_is_no_one() -> None:
    # "The Late Lamp", named first inside a sentence with its "The", is a title: later, without "The", still no one
    prose = (
        "Every week on The Late Lamp we pick one song.\n\nArbour told the story when she came in to see us on The "
        "Late Lamp: “We wrote it in a cupboard.”"
    )
    assert quotes(prose) == [("Ann Arbour", "The Late Lamp")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a second verb of the subject's, in the present, ends the part
        ("Tom Vale plays the night porter and gets the last laugh.", [("Tom Vale", "the night porter")]),
        ("Tom Vale appears as a lifeguard and steals the show.", [("Tom Vale", "a lifeguard")]),
        # two nouns joined by "and" are one part
        ("Tom Vale plays a nurse and midwife.", [("Tom Vale", "a nurse and midwife")]),
    ],
)
def test_a_part_ends_before_a_second_verb(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(f"The video was directed by Cy Dorn. {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the person's age set off by commas after their name
        ("It stars the actor Tom Vale, seventy-two, as a lighthouse keeper.", [("Tom Vale", "a lighthouse keeper")]),
        (
            "It stars Tom Vale, ninety years old and still dancing, as a lighthouse keeper.",
            [("Tom Vale", "a lighthouse keeper")],
        ),
        ("The star is her uncle, Tom Vale, 66, who plays the ferryman.", [("Tom Vale", "the ferryman")]),
        # an aside that names someone else: whose part it is, is not sure
        ("It stars Tom Vale, seventy-two and married to Mira Holm, as a lighthouse keeper.", []),
    ],
)
def test_an_age_between_the_name_and_the_part(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(f"The video was directed by Cy Dorn. {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what they do after a comma, or the person stressed: a cameo in no part
        ("Watch for a cameo from Tom Vale, juggling oranges at the back.", [("Tom Vale", None)]),
        ("There is a cameo from Tom Vale himself, asleep on a bench.", [("Tom Vale", None)]),
        # a participle that gives a part is still the part
        ("There is a cameo from Tom Vale, playing a ticket inspector.", [("Tom Vale", "a ticket inspector")]),
        # how long on screen, then the part
        ("Tom Vale turns up for about three seconds as a ticket inspector.", [("Tom Vale", "a ticket inspector")]),
        ("Tom Vale waits for about three seconds as a joke.", []),
        # the scenes she is in, then the part
        ("The comedian Tom Vale steals every single scene he is in as the landlord.", [("Tom Vale", "the landlord")]),
    ],
)
def test_cameos_and_parts_told_chattily(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(f"The video was directed by Cy Dorn. {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a description of the introducer between dashes, with a relative clause that names someone of the page
        (
            "Her manager, Cy Dorn - a patient man who has worked with Arbour since her first gigs - introduced her "
            "to Bell at a wedding in Kumasi.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a wedding in Kumasi")],
        ),
        # a name between the dashes that is no relative clause's: someone added, so who introduced is not sure
        (
            "Her manager, Cy Dorn - and Tom Vale, who has worked with Arbour since her first gigs - introduced her "
            "to Bell at a wedding in Kumasi.",
            [],
        ),
    ],
)
def test_a_relative_clause_inside_a_dashed_aside_about_the_introducer(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Cy Dorn connected Arbour with Bell at a film festival in Gdynia.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a film festival in Gdynia")],
        ),
        (
            "Cy Dorn, in turn, connected Arbour to the singer Bea Bell at a film festival in Gdynia.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a film festival in Gdynia")],
        ),
        (
            "Cy Dorn brought Arbour together with Bell at a film festival in Gdynia.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a film festival in Gdynia")],
        ),
        # joined with something of hers, not with someone
        ("Cy Dorn connected Arbour with her old school in Gdynia.", []),
        ("Cy Dorn brought Arbour together with her band at a festival in Gdynia.", []),
    ],
)
def test_an_introduction_told_as_connecting_two(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the introducer described, and named by a later sentence that says who that is
        (
            "Arbour and Bell were introduced by the sound engineer at a pub quiz in Derry. That sound engineer, by "
            "the way, is Tom Vale.",
            [("Tom Vale", frozenset({"Ann Arbour", "Bea Bell"}), "a pub quiz in Derry")],
        ),
        (
            "Arbour and Bell were introduced by the sound engineer at a pub quiz in Derry.\n\nThe sound engineer "
            "from Derry, if you had not guessed, is Tom Vale.",
            [("Tom Vale", frozenset({"Ann Arbour", "Bea Bell"}), "a pub quiz in Derry")],
        ),
        # the aside names someone: who says so is not whom the description means
        (
            "Arbour and Bell were introduced by the sound engineer at a pub quiz in Derry. That sound engineer, "
            "according to Mira Holm, is Tom Vale.",
            [],
        ),
        # what someone is, not who someone described is
        (
            "Arbour and Bell were introduced by the sound engineer at a pub quiz in Derry. The drummer is Tom Vale.",
            [],
        ),
    ],
)
def test_a_description_named_by_a_later_sentence(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("said_by", "expected"),
    [
        # the sentence before names only someone else: which two is not sure
        ("Sam Ives", ()),
        # it names one of the two: the two last named together
        ("Cy Dorn", ("Mira Holm", "Cy Dorn")),
    ],
)
def test_the_two_after_a_sentence_about_someone_else_are_not_sure(said_by: str, expected: tuple[str, ...]) -> None:
    from songgraph.ingest.page.clauses import Discourse

    people = People(page="p.txt", known={})
    for name in ("Mira Holm", "Cy Dorn", "Sam Ives"):
        people.canonical(name)
    discourse = Discourse(people)
    for sentence in ("Holm mixed it with Dorn.", f"Let's go back to 2015, as {said_by} always says."):
        discourse.after(discourse.read(sentence))
    clause = discourse.read("The two of them were introduced by a friend.")
    assert [m.people for m in clause.mentions if m.kind == "two"] == [expected]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # defending something in words, on a platform
        (
            "Night Trains is a song by Ann Arbour.\n\nArbour defended the decision on Instagram a week later: “The "
            "stairwell sounds better than any studio.”",
            [("Ann Arbour", "Instagram")],
        ),
        # the presenter's own programme, which "the show" of a guest's visit means
        (
            "We played Night Trains on Harbour Lights again on Sunday.\n\nArbour, when she came on the show in May, "
            "was blunt: “We wrote it in a cupboard.”",
            [("Ann Arbour", "Harbour Lights")],
        ),
        (
            "This is the write-up of episode 40 of Salt & Static, which I recorded on a ferry.\n\nArbour, who joined "
            "me on this podcast in episode 12, was blunt: “We wrote it in a cupboard.”",
            [("Ann Arbour", "Salt & Static")],
        ),
        # "the show" after the page named another show: which one is not sure
        (
            "We played Night Trains on Harbour Lights again on Sunday. Arbour once sang on the radio show Night "
            "Owls.\n\nArbour, when she came on the show in May, was blunt: “We wrote it in a cupboard.”",
            [("Ann Arbour", None)],
        ),
        # someone else played it there: not the narration's programme
        (
            "Cy Dorn played Night Trains on Harbour Lights again on Sunday.\n\nArbour, when she came on the show in "
            "May, was blunt: “We wrote it in a cupboard.”",
            [("Ann Arbour", None)],
        ),
    ],
)
def test_the_presenters_own_programme(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # who introduced them, asked, and answered by a phrase in the next sentence
        (
            "The person who brought Arbour and Bell together? Her drummer, Cy Dorn, at a barn dance in Ohio, where "
            "he was working the bar.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a barn dance in Ohio")],
        ),
        (
            "The one who introduced Arbour to Bell? Their old teacher, Cy Dorn.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        # the next sentence is a clause of its own, no answer naming the introducer
        ("The person who brought Arbour and Bell together? Cy Dorn says it was fate.", []),
        # the question asks of something else
        ("The person who brought Arbour a coffee? Cy Dorn, at a barn dance in Ohio.", []),
    ],
)
def test_who_introduced_them_asked_and_answered(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("prose", "directors"),
    [
        # a description with no article before what the director is: a nationality, a place, a placed word
        ("The video was directed by Icelandic director Sunna Hallsdottir.", ["Sunna Hallsdottir"]),
        ("The clip, directed by Leeds-based filmmaker Tomas Okafor, came out in May.", ["Tomas Okafor"]),
        ("The video was directed by Buenos Aires photographer Lucia Ferraro-Paz.", ["Lucia Ferraro-Paz"]),
        ("Directed by Swiss-Italian filmmaker Marco Bertoli, the video is set in a quarry.", ["Marco Bertoli"]),
        # lower-case words right after "by"
        ("The video was directed by first-time filmmaker Ines Morel.", ["Ines Morel"]),
        # a name before a lower-case word is a director of its own, not a description: the list is read as before
        ("The video was directed by Ines Morel and filmmaker Tomas Okafor.", ["Ines Morel"]),
        # a capitalised word before no role noun is the name
        ("The video was directed by Ines Morel in Leeds.", ["Ines Morel"]),
    ],
)
def test_a_director_described_without_an_article(prose: str, directors: list[str]) -> None:
    video = doc(prose).music_video
    assert (video.directors if video else []) == directors


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two people sharing one part told by a bare plural after "as", last in a list of parts
        (
            "The video was directed by Cy Dorn. It casts Tom Vale as a baker and Arbour and Bell as rival cyclists.",
            [("Tom Vale", "a baker"), ("Ann Arbour", "rival cyclists"), ("Bea Bell", "rival cyclists")],
        ),
        (
            "The video was directed by Cy Dorn. It features Arbour and Bell as twins.",
            [
                ("Ann Arbour", "twins"),
                ("Bea Bell", "twins"),
            ],
        ),
        # a bare word after "as" that is no plural for people: no part
        ("The video was directed by Cy Dorn. It features Arbour and Bell as always.", []),
        ("The video was directed by Cy Dorn. It features Arbour and Bell as promised.", []),
    ],
)
def test_several_people_share_a_bare_plural_part_after_as(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected


def test_a_cast_list_member_who_may_share_the_next_part_is_not_cast_without_one() -> None:
    # "ghosts" is no plural the rules read as a shared part, so Arbour is left out rather than cast in none
    prose = "The video was directed by Cy Dorn. Its cast comprises Tom Vale as a baker, and Arbour and Bell as ghosts."
    assert cast(prose) == [("Tom Vale", "a baker")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a capitalised word before a noun for what someone does, then the name: a description, as "the Istanbul
        # violinist" is, though the noun is no role the page knows
        (
            "The video was directed by Cy Dorn. It features Arbour as a nurse and former Paralympic sprinter Ivo "
            "Brandt in a cameo.",
            [("Ann Arbour", "a nurse"), ("Ivo Brandt", None)],
        ),
        (
            "The video was directed by Cy Dorn. It features Arbour as a nurse and Venetian sculptor Ivo Brandt in a "
            "cameo.",
            [("Ann Arbour", "a nurse"), ("Ivo Brandt", None)],
        ),
    ],
)
def test_a_capitalised_word_before_a_noun_for_a_doer_describes_the_name_after(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the two who met are named together, as "A and B" are: "the pair" after it is them, not two named before
        (
            "The song was written by Tom Vale and Gil Moss, and produced by Arbour. Bell first met Arbour during the "
            "Harvest Fair in York, where the pair were introduced by Cy Dorn.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "the Harvest Fair in York")],
        ),
        (
            "The song was written by Tom Vale, Gil Moss and Eda Fenn. Bell met Arbour during the Harvest Fair in York, "
            "where the two were introduced by Cy Dorn.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "the Harvest Fair in York")],
        ),
        # someone's relation who met another: no pair of the two names, so "the pair" means no one for sure
        (
            "The song was written by Tom Vale, Gil Moss and Eda Fenn. Arbour's manager met Bell during the Harvest "
            "Fair in York, where the pair were introduced by Cy Dorn.",
            [],
        ),
    ],
)
def test_two_who_met_are_the_pair_a_later_plural_means(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


def _duo_page(members: str, story: str) -> str:
    return (
        "Night Trains\n\nTin Owls\n\nAlbum Small Hours\n\n"
        f'"Night Trains" is a single by Tin Owls, the Anglo-Irish duo of {members}.\n\n{story}\n'
    )


def test_a_duos_members_told_with_what_they_are_and_where_from() -> None:
    result = parse_story_page(_duo_page("Leeds-born singer Ann Arbour and Cork fiddler Bea Bell", ""), "p.txt")
    assert result.document is not None
    assert [(p.name, p.members) for p in result.document.people] == [("Tin Owls", ["Ann Arbour", "Bea Bell"])]


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # the last of three told by what they do ("and Welsh producer C") still ends a list: the two after it are
        # no pair, and "the two musicians" of a duo's song are its two members
        (
            "The song was written by Arbour, Bell and Welsh producer Cy Dorn.\n\n"
            "The two musicians were introduced by Gil Moss at a folk night in Leeds.",
            [("Gil Moss", frozenset({"Ann Arbour", "Bea Bell"}), "a folk night in Leeds")],
        ),
        # a pair named after the list is still the pair
        (
            "The song was written by Arbour, Bell and Welsh producer Cy Dorn.\n\n"
            "Bell and Cy Dorn were introduced by Gil Moss at a folk night in Leeds.",
            [("Gil Moss", frozenset({"Bea Bell", "Cy Dorn"}), "a folk night in Leeds")],
        ),
    ],
)
def test_the_two_musicians_of_a_duo_after_a_list_of_three(
    story: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    result = parse_story_page(_duo_page("Leeds-born singer Ann Arbour and Cork fiddler Bea Bell", story), "p.txt")
    assert result.document is not None
    assert [(i.introducer, frozenset(i.introduced), i.occasion) for i in result.document.introductions] == expected


def test_the_two_after_a_list_of_three_with_a_described_last_are_no_one() -> None:
    # a solo artist's page: "the two" after "A, B and Swedish producer C" may be any two of them
    prose = (
        "The song was written by Tom Vale, Gil Moss and Swedish producer Eda Fenn. The two were introduced by Cy Dorn."
    )
    result = parse(prose)
    assert result.document is not None and result.document.introductions == []
    assert any("does not name for sure" in w.message for w in result.warnings)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "connected by", "set up with ... by": an introduction told in the passive with other verbs
        (
            "Arbour and Bell were connected by their old teacher, Cy Dorn, during a choir tour of Wales in 2019.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a choir tour of Wales")],
        ),
        (
            "Arbour was set up with Bell by Cy Dorn at a label party in York.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a label party in York")],
        ),
        (
            "Arbour was connected with Bell by Cy Dorn at a fair.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair")],
        ),
        # "set up" with no one to be set up with is a trap, and "introduced with" no introduction to anyone
        ("Arbour was set up by Cy Dorn at a label party in York, and Bell laughed.", []),
        ("Arbour was introduced with Bell by Cy Dorn at a fair.", []),
    ],
)
def test_an_introduction_told_as_connected_or_set_up(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a possessive name after "by" names whose relation or thing, not the introducer
        "Arbour and Bell were introduced by Cy Dorn's manager at a fair.",
        "Arbour and Bell were connected by Cy Dorn's song at a fair.",
    ],
)
def test_a_possessive_after_by_is_no_introducer(sentence: str) -> None:
    result = parse(sentence)
    assert result.document is not None and result.document.introductions == []
    assert any("introducer the page does not name for sure" in w.message for w in result.warnings)


def test_the_occasion_after_an_apposition_of_a_pronouns_relation() -> None:
    prose = (
        "Arbour was introduced to Bell by Cy Dorn, her label's head of A&R, at the York Fair in Leeds, where both "
        "played."
    )
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "the York Fair in Leeds")]


@pytest.mark.parametrize(
    ("producer", "said"),
    [
        # an attribution after the quote whose speaker's surname opens with a lower-case particle
        ("Luc d'Arcy", "d'Arcy told Radio Nord"),
        ("Anna de Vries", "de Vries told Radio Nord"),
        ("Rui de la Cruz", "de la Cruz told Radio Nord"),
    ],
)
def test_an_attribution_whose_speaker_opens_with_a_particle(producer: str, said: str) -> None:
    prose = (
        f'Night Trains is a song by Ann Arbour, produced by {producer}.\n\n"I made it in an hour, then slept," {said}.'
    )
    assert quotes(prose) == [(producer, "Radio Nord")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside naming where between the one who called it so and the verb
        (
            'Arbour, in a post on Instagram, called the song "the saddest thing I have ever put my name to."',
            [("Ann Arbour", "Instagram")],
        ),
        (
            'Arbour, in a long interview, described it as "the saddest thing I have ever put my name to."',
            [("Ann Arbour", None)],
        ),
        # an aside naming someone else: whose words are quoted is not sure
        (
            'Arbour, according to Cy Dorn, called the song "the saddest thing I have ever put my name to."',
            [],
        ),
    ],
)
def test_a_phrase_called_so_after_an_aside_naming_where(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the passive: the one after "by" called it so, whoever the sentence is about, with no medium of theirs
        ('The song, described by Dorn as "a lullaby for people who work nights," took a week.', [("Cy Dorn", None)]),
        (
            'Arbour told Radio Nord the song, described by Dorn as "a lullaby for people who work nights," took '
            "a week.",
            [("Cy Dorn", None)],
        ),
        # a possessive after "by": someone's label said it, no one the page names
        ('The song, described by Dorn\'s label as "a lullaby for people who work nights," took a week.', []),
    ],
)
def test_a_phrase_described_by_someone_in_the_passive(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f"Night Trains is a song by Ann Arbour, produced by Cy Dorn.\n\n{sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the saying set off by commas inside the sentence: the quoted words after it are the sayer's
        ('The track, Dorn said, was "an argument between a waltz and a drum machine."', [("Cy Dorn", None)]),
        (
            'The track, Dorn told Radio Nord, was "an argument between a waltz and a drum machine."',
            [("Cy Dorn", "Radio Nord")],
        ),
        # no saying before the words: no one's
        ('When Dorn told them, the track was "an argument between a waltz and a drum machine."', []),
        # another clause joined after the comma
        ('In Leeds, Dorn told nobody, but the track was "an argument between a waltz and a drum machine."', []),
        # after "that" the page reports the saying in its own words
        ('Dorn said, wearily, that the track was "an argument between a waltz and a drum machine."', []),
    ],
)
def test_words_woven_after_a_saying_set_off_by_commas(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f"Night Trains is a song by Ann Arbour, produced by Cy Dorn.\n\n{sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a nickname that shortens the first name of someone just named, who is not the one the text is about
        (
            'Ann Arbour wrote it with Rosalind Park. Ros, as everyone calls her, told Radio Nord: "We wrote it in one '
            'night."',
            [("Rosalind Park", "Radio Nord")],
        ),
        (
            "Rosalind Park co-wrote the song with Cy Dorn. Ros, as her friends call her, told Radio Nord: "
            '"We wrote it in one night."',
            [("Rosalind Park", "Radio Nord")],
        ),
        # one that shortens no one's: the performer the text is about
        (
            'Ann Arbour wrote it with Cy Dorn. Nan, as everyone calls her, told Radio Nord: "We wrote it in one '
            'night."',
            [("Ann Arbour", "Radio Nord")],
        ),
        # two whose first names it shortens: no one for sure
        (
            "Valentina Cruz and Valeria Ortiz co-wrote the song. Val, as her friends call her, told Radio Nord: "
            '"We wrote it in one night."',
            [],
        ),
        # no calling: a word no one of the page is called
        ('Ann Arbour wrote it with Cy Dorn. Nan told Radio Nord: "We wrote it in one night."', []),
    ],
)
def test_a_nickname_told_as_what_others_call_someone(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Rosalind Park co-wrote the song. Ros, as her friends call her, introduced Ann Arbour to Bea Bell at a "
            "label party.",
            [("Rosalind Park", frozenset({"Ann Arbour", "Bea Bell"}), "a label party")],
        ),
        (
            "Ann Arbour grew up in Hull. Nan, as everyone calls her, introduced Cy Dorn to Bea Bell at a label party.",
            [("Ann Arbour", frozenset({"Cy Dorn", "Bea Bell"}), "a label party")],
        ),
        # the one the text is about is no performer of the song and has no such first name: no one
        ("Cy Dorn produced it. Dee, as everyone calls her, introduced Ann Arbour to Bea Bell at a label party.", []),
        # the performer is a "she", the nickname a "him"'s
        (
            "Ann Arbour grew up in Hull, where she still lives. Nan, as everyone calls him, introduced Cy Dorn to Bea "
            "Bell at a label party.",
            [],
        ),
        # no calling: "as everyone knows" says nothing of a name
        ("Ann Arbour grew up in Hull. Nan, as everyone knows, introduced Cy Dorn to Bea Bell at a label party.", []),
    ],
)
def test_a_nickname_as_an_introducer(sentence: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        ("Cy Dorn introduced Ann Arbour to Bea Bell two summers ago at a label party.", "a label party"),
        ("Cy Dorn introduced Ann Arbour to Bea Bell last spring at a label party.", "a label party"),
        ("Cy Dorn introduced Ann Arbour to Bea Bell at a label party two summers ago.", "a label party"),
        # a time, and no place: no occasion
        ("Cy Dorn introduced Ann Arbour to Bea Bell two summers ago.", None),
        ("Cy Dorn introduced Ann Arbour to Bea Bell last spring.", None),
    ],
)
def test_an_occasion_after_or_before_a_time_told_back_from_now(sentence: str, occasion: str | None) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # someone unnamed speaks, told by whom they are close to: no one of the page
        ('Arbour has said nothing. A friend of the singer tells Radio Nord: "She cried for a week."', []),
        ('Arbour has said nothing. A source close to Arbour told Radio Nord: "She cried for a week."', []),
        ('Arbour has said nothing. A spokesperson for the singer said: "She cried for a week."', []),
        ('Arbour has said nothing. An insider tells Radio Nord: "She cried for a week."', []),
        # the one named is the speaker: in an apposition, after a time, in "the words of"
        ('A friend of Arbour, Cy Dorn, told Radio Nord: "She cried for a week."', [("Cy Dorn", "Radio Nord")]),
        ('A week later Arbour told Radio Nord: "She cried for a week."', [("Ann Arbour", "Radio Nord")]),
        ('In the words of Arbour: "She cried for a week."', [("Ann Arbour", None)]),
    ],
)
def test_an_unnamed_speaker_told_by_whom_they_are_close_to(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(f"Night Trains is a song by Ann Arbour.\n\n{sentence}") == expected


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # a lead ending "on" a platform, right before its colon, in the present of a gossip column
        ("Arbour fires back on Instagram:", "Instagram"),
        ("Arbour chimes in on TikTok:", "TikTok"),
        ("Arbour gloats on X:", "X"),
        ("Arbour stays coy when Radio Nord asks whether she is dating:", "Radio Nord"),
        ("Arbour replies in the Instagram comments:", "Instagram"),
        ("Arbour reposts the clip on Instagram with a single line:", "Instagram"),
        # what was looked back on, a day, a post with no platform: no source
        ("Arbour looks back on Glastonbury:", None),
        ("Arbour chimes in on Tuesday:", None),
        ("Arbour reposts the clip with a single line:", None),
        ("Arbour is quick to reply in the comments:", None),
    ],
)
def test_a_post_or_a_question_told_in_the_present(lead: str, source: str | None) -> None:
    expected = [("Ann Arbour", source)]
    assert quotes(f'Night Trains is a song by Ann Arbour.\n\n{lead} "We wrote it in a day."') == expected


@pytest.mark.parametrize(
    "lead",
    [
        # a person, not a medium: not the source, and whose the words are is not sure
        "Arbour fires back on Cy Dorn:",
        "Arbour stays coy when Cy Dorn asks whether she is dating:",
    ],
)
def test_a_person_after_on_or_asking_is_no_source(lead: str) -> None:
    assert quotes(f'Night Trains is a song by Ann Arbour.\n\n{lead} "We wrote it in a day."') == []


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a new full name after words that describe it, then a relative clause naming others: whom the sentence is
        # about, and "he" in the next
        (
            "Leeds party king Cy Dorn, who introduced Arbour to Bea Bell at a label party, is now telling everyone. "
            "He jokes on Radio Nord:",
            [("Cy Dorn", "Radio Nord")],
        ),
        # after a preposition's phrase the name is no subject told so: whom "he" means is not sure
        (
            "After the party Cy Dorn, who introduced Arbour to Bea Bell at a label party, is now telling everyone. "
            "He jokes on Radio Nord:",
            [],
        ),
        # a new full name opening the sentence, and "he" after "and" with no one named between: the same subject
        (
            "Arbour and Bea Bell met in Leeds. Her old college roommate, Cy Dorn, takes the credit, and he tells "
            "Radio Nord all about it:",
            [("Cy Dorn", "Radio Nord")],
        ),
        # not after "but", nor with someone named between
        (
            "Her old college roommate, Cy Dorn, takes the credit, but she tells Radio Nord all about it:",
            [("Ann Arbour", "Radio Nord")],
        ),
        ("Cy Dorn met Bea Bell, and she tells Radio Nord all about it:", [("Bea Bell", "Radio Nord")]),
    ],
)
def test_a_new_name_as_the_subject_a_pronoun_goes_on_about(
    sentences: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(f'Night Trains is a song by Ann Arbour.\n\n{sentences} "We wrote it in a day."') == expected


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # the two joined told as one plural, or as a pair, with no one after "with"
        (
            "Arbour and Bell met through a friend. Their mutual pal, DJ Cy Dorn, connected the two at Glastonbury.",
            "Glastonbury",
        ),
        ("Cy Dorn connected Arbour and Bell at Glastonbury.", "Glastonbury"),
        ("Arbour and Bell met through a friend. Cy Dorn set them up during Oslo Fashion Week.", "Oslo Fashion Week"),
        ("Cy Dorn set Arbour and Bell up at a party.", "a party"),
        # an aside after "who" before the verb
        (
            "It was Cy Dorn who, back in 2019, put Arbour in touch with Bell during a songwriting camp in Oslo.",
            "a songwriting camp in Oslo",
        ),
    ],
)
def test_two_set_up_or_connected_told_as_a_plural(sentence: str, occasion: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    "sentence",
    [
        # set up or connected with something, or one person alone: no introduction
        "Cy Dorn set Arbour up with a label at Glastonbury.",
        "Cy Dorn set them up with a label at Glastonbury.",
        "Cy Dorn set up the studio at Glastonbury.",
        "Cy Dorn connected Arbour at Glastonbury.",
        "Cy Dorn connected the two with a label at Glastonbury.",
        "Cy Dorn set the stage up at Glastonbury.",
        "It was Cy Dorn who, back in 2019, produced the record with Bell at a camp in Oslo.",
    ],
)
def test_set_up_or_connected_with_something_is_no_introduction(sentence: str) -> None:
    assert intros(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In the video, Cy Dorn drops in for a cameo as a fussy customer.", [("Cy Dorn", "a fussy customer")]),
        ("In the video, Cy Dorn pops by for a brief appearance as the landlord.", [("Cy Dorn", "the landlord")]),
        # visiting someone, or the place: no part
        ("In the video, Cy Dorn drops in on Arbour as she sings.", []),
        ("In the video, Cy Dorn stops by the bar as Arbour sings.", []),
    ],
)
def test_a_cameo_told_as_dropping_in(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a pronoun after a colon goes on about the sentence's subject, a new full name
        (
            "The video stars Arbour as a bored heiress. Cy Dorn gets in on the fun too: he plays her chauffeur.",
            [("Ann Arbour", "a bored heiress"), ("Cy Dorn", "her chauffeur")],
        ),
        # "her album" after a subject described as no one yet ("the Leeds-born pop star") is not sure to be the
        # rapper's, so he is not taken for a "she" and his "he" later is read
        (
            "Ann Arbour has a new single. The Leeds-born pop star teams up with rapper Cy Dorn on it, the first from "
            "her album. The video stars Arbour as a bored heiress. Dorn gets in on the fun too: he plays her "
            "chauffeur.",
            [("Ann Arbour", "a bored heiress"), ("Cy Dorn", "her chauffeur")],
        ),
    ],
)
def test_a_pronoun_after_a_colon_or_a_described_subject(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # where in the scene, after the name: no part, and no part of the name's phrase
        ("There is a cameo from rugby star Cian Murphy behind the bar.", [("Cian Murphy", None)]),
        ("There is a cameo from Cian Murphy at the bar.", [("Cian Murphy", None)]),
        (
            "There are cameos from Cian Murphy and Eda Fenn in the final scene.",
            [("Cian Murphy", None), ("Eda Fenn", None)],
        ),
        # someone unnamed in the scene: no one
        ("There is a cameo from a man in a hat.", []),
    ],
)
def test_a_cameo_from_someone_somewhere_in_the_scene(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(f"The video is set in a bar. {sentence}") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "as" telling when: a subject and its verb follow, no part
        "In the video, Bea Bell turns up as the band plays.",
        "In the video, Bea Bell appears as the sun sets over the harbour.",
        "In the video, Bea Bell appears as the old lights go down.",
        # what is played, with where it is played
        "In the video, Ann Arbour plays the opening bars on her porch.",
        # a second thing done, told after "then"
        "In the video, Bea Bell plays the guitar and then sings the chorus.",
    ],
)
def test_a_clause_of_time_or_a_thing_played_is_no_part(sentence: str) -> None:
    assert cast(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("In the video, Bea Bell appears as the bride's mother.", "the bride's mother"),
        # a participle's object that could be a verb is the part's
        ("In the video, Bea Bell appears as a gardener raking leaves.", "a gardener raking leaves"),
        ("In the video, Bea Bell appears as a dance teacher.", "a dance teacher"),
        ("In the video, Bea Bell plays a singer in a bar.", "a singer in a bar"),
        ("In the video, Bea Bell played a nurse and then married the doctor.", "a nurse"),
    ],
)
def test_parts_near_a_clause_of_time_or_a_thing_played(sentence: str, part: str) -> None:
    assert cast(sentence) == [("Bea Bell", part)]


@pytest.mark.parametrize(
    "opening",
    ["At the party Cy Dorn took the credit", "Later Cy Dorn laughed", "In 2020, Cy Dorn laughed"],
)
def test_a_pronoun_after_and_goes_on_about_a_new_subject_after_a_time_or_place(opening: str) -> None:
    prose = f"Ann Arbour wrote it in a week. {opening}, and he told Radio Nord: “I knew they would click.”"
    assert quotes(prose) == [("Cy Dorn", "Radio Nord")]


@pytest.mark.parametrize(
    "sentence",
    [
        # the new name is the object of a phrase's preposition, not the subject
        "In the studio with Cy Dorn she laughed, and she told Radio Nord: “I knew it.”",
        # someone named between: the pronoun is not the opening subject's
        "At the party Cy Dorn met Bea Bell, and she told Radio Nord: “I knew it.”",
    ],
)
def test_a_pronoun_after_and_is_not_a_new_name_that_is_no_subject(sentence: str) -> None:
    speakers = [speaker for speaker, _source in quotes(f"Ann Arbour wrote it in a week. {sentence}")]
    assert "Cy Dorn" not in speakers


# Batch 50: liner notes and archival retrospectives


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the list's peak told again in prose without its chart: one peak, the list's
        ("It climbed to number six in Britain that June.", [("United Kingdom", "Singles Chart", 6)]),
        # another position in the same country with no chart named: a second peak, kept as the page says it
        (
            "It climbed to number two in Britain that June.",
            [("United Kingdom", "Singles Chart", 6), ("United Kingdom", None, 2)],
        ),
    ],
)
def test_a_prose_peak_without_its_chart_is_the_listed_peak_at_that_position(
    sentence: str, expected: list[tuple[str, str | None, int]]
) -> None:
    listed = "\n\nChart Rankings\n\n- #6 on the UK Singles Chart"
    assert [(p.country, p.chart, p.position) for p in doc(sentence + listed).chart_peaks] == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a participle of speaking set off after the subject: the words the lead goes into are the subject's
        ("Dorn, speaking to Radio Nord in 1999, handed all the praise to the band:", [("Cy Dorn", "Radio Nord")]),
        ("Fenn was away. Dorn, talking to Radio Nord, was generous about the mix:", [("Cy Dorn", "Radio Nord")]),
        # the saying nearest the quote wins over one in the sentence before ("had insisted" there)
        (
            "It was cut live, which Fenn had insisted on. Dorn, speaking to Radio Nord, handed the praise to the band:",
            [("Cy Dorn", "Radio Nord")],
        ),
        # someone else named after the aside: the words may be theirs
        ("Dorn, speaking to Radio Nord, handed all the praise to Eda Fenn:", []),
        # no speaking in the aside, and two people named before the words
        ("Dorn, sitting with Fenn at the desk, handed all the praise to the band:", []),
    ],
)
def test_a_lead_whose_subject_is_set_off_by_a_participle_of_speaking(
    lead: str, expected: list[tuple[str, str | None]]
) -> None:
    credits = "Night Trains is a song by Ann Arbour, written with Cy Dorn and Eda Fenn.\n\n"
    assert quotes(f'{credits}{lead} "We never did find out who was playing the tambourine."') == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # on a broadcaster's programme: the programme is where it was said
        ("Dorn, appearing on Radio Nord's Tin Roof in 1999, said:", [("Cy Dorn", "Tin Roof")]),
        ("Dorn said on Radio Nord's Tin Roof:", [("Cy Dorn", "Tin Roof")]),
        # a programme named by when it is on needs its broadcaster
        ("Dorn, appearing on Radio Nord's Night Hour in 1999, said:", [("Cy Dorn", "Radio Nord's Night Hour")]),
        # spoken to: the broadcaster's name stays with whoever was spoken to (a host, perhaps)
        ("Speaking to Radio Nord's Tin Roof in 1999, Dorn said:", [("Cy Dorn", "Radio Nord's Tin Roof")]),
    ],
)
def test_a_broadcasters_programme_after_on_is_named_alone(lead: str, expected: list[tuple[str, str | None]]) -> None:
    credits = "Night Trains is a song by Ann Arbour, written with Cy Dorn.\n\n"
    assert quotes(f'{credits}{lead} "We never did find out who was playing the tambourine."') == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the introduction as a noun, after an apposition and a cleft on the introducer
        (
            "Cy Dorn, the studio's tape operator, was the one who made the introduction between Arbour and Bell, "
            "during a quiz night at the Lamb in the winter of 2003.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a quiz night at the Lamb")],
        ),
        (
            "Cy Dorn was the person who made the introduction between Arbour and Bell at a quiz night.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a quiz night")],
        ),
        # an aside naming someone else between the name and the cleft: who made it is not sure
        (
            "Cy Dorn, with Eda Fenn, was the one who made the introduction between Arbour and Bell at a quiz night.",
            [],
        ),
    ],
)
def test_the_introduction_as_a_noun_after_a_cleft_on_its_maker(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # a town, then after a comma the state or country it is in: one place
        (
            "Cy Dorn introduced Arbour to Bell at a barn dance in Lubbock, Texas, in the spring of 1971.",
            "Lubbock, Texas",
        ),
        ("Cy Dorn introduced Arbour to Bell at a barn dance in Kendal, England.", "Kendal, England"),
        # after the comma someone, or a region with more of the clause after it: the town alone
        ("Cy Dorn introduced Arbour to Bell at a barn dance in Lubbock, Eda Fenn said.", "Lubbock"),
        ("Cy Dorn introduced Arbour to Bell at a barn dance in Lubbock, Texas and Utah.", "Lubbock"),
    ],
)
def test_an_occasions_town_keeps_the_region_after_it(sentence: str, occasion: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), f"a barn dance in {occasion}")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the Welsh particle "ap" opens a surname, as "de" or "van" do
        (
            "Arbour and ap Gwilym were introduced by Cy Dorn at a quiz night.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Owain ap Gwilym"}), "a quiz night")],
        ),
        # "Gwilym" alone is the same surname
        (
            "Cy Dorn introduced Arbour to Gwilym at a quiz night.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Owain ap Gwilym"}), "a quiz night")],
        ),
    ],
)
def test_a_surname_opened_by_the_welsh_particle_ap(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(f"Night Trains was written by Ann Arbour and Owain ap Gwilym.\n\n{sentence}") == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # when, between the participle and its preposition, then a work cited by its quoted title and year
        (
            'Dorn, interviewed long afterwards for "Tin Roofs: Voices of the Delta" (2011), was blunt about the band:',
            [("Cy Dorn", "Tin Roofs: Voices of the Delta")],
        ),
        ("Dorn, speaking years later to Radio Nord, was blunt about the band:", [("Cy Dorn", "Radio Nord")]),
        # a quoted title with no year is no cited work ("the song "Blue Fern"")
        ('Dorn, speaking years later about "Blue Fern" to a friend, was blunt about the band:', [("Cy Dorn", None)]),
        # a quoted title and year after no speaking: no source
        ('Dorn, a year after "Tin Roofs" (2011), was blunt about the band:', [("Cy Dorn", None)]),
    ],
)
def test_a_participle_of_speaking_with_when_and_a_cited_work(lead: str, expected: list[tuple[str, str | None]]) -> None:
    credits = "Night Trains is a song by Ann Arbour, written with Cy Dorn and Eda Fenn.\n\n"
    assert quotes(f'{credits}{lead} "We never did find out who was playing the tambourine."') == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the story told to a medium, as "told X" is
        ("Dorn told the story to Rolling Blues in 1982 with a grin:", [("Cy Dorn", "Rolling Blues")]),
        ("Dorn has told the story many times, most recently to The Courier in 2013:", [("Cy Dorn", "The Courier")]),
        # remembering aloud for a medium
        ("Dorn recalled the evening for Radio Nord in 2009:", [("Cy Dorn", "Radio Nord")]),
        (
            "Dorn, looking back on the song for The Courier in 2008, said that it was quick:",
            [("Cy Dorn", "The Courier")],
        ),
        # a song written for someone is no medium; a story told to a friend names none
        ("Dorn wrote the song for Radio Nord and said:", [("Cy Dorn", None)]),
        ("Dorn told the story to a friend in 1982:", [("Cy Dorn", None)]),
    ],
)
def test_a_story_told_to_a_medium_and_memories_for_one(lead: str, expected: list[tuple[str, str | None]]) -> None:
    credits = "Night Trains is a song by Ann Arbour, written with Cy Dorn.\n\n"
    assert quotes(f'{credits}{lead} "We never did find out who was playing the tambourine."') == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the speaker stressed by "herself" before the speech verb
        (
            "Arbour herself spoke about the song to Radio Nord in 1965, after Dorn had left the band:",
            [("Ann Arbour", "Radio Nord")],
        ),
        ("Dorn himself told Radio Nord, with Arbour beside him:", [("Cy Dorn", "Radio Nord")]),
        # "herself" as the object of someone else's verb: Dorn spoke
        ("Arbour asked herself why, and Dorn spoke to Radio Nord about it:", [("Cy Dorn", "Radio Nord")]),
    ],
)
def test_a_speaker_stressed_by_a_reflexive(lead: str, expected: list[tuple[str, str | None]]) -> None:
    credits = "Night Trains is a song by Ann Arbour, written with Cy Dorn.\n\n"
    assert quotes(f'{credits}{lead} "We never did find out who was playing the tambourine."') == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the subject is someone's telling: the words are theirs
        (
            "Arbour's own account, given in her memoir \"Low Tide\" (2003), differs from Dorn's in one detail:",
            [("Ann Arbour", "Low Tide")],
        ),
        ("Dorn's version of that night, which Arbour disputes, is shorter:", [("Cy Dorn", None)]),
        # someone's thing that tells nothing: no one's words
        ("Dorn's guitar is on the cover:", []),
        # a saying of someone else in the clause is read first
        ("Dorn's account was disputed by Arbour, who told Radio Nord:", [("Ann Arbour", "Radio Nord")]),
    ],
)
def test_someones_own_account_as_the_subject_of_a_lead(lead: str, expected: list[tuple[str, str | None]]) -> None:
    credits = "Night Trains is a song by Ann Arbour, written with Cy Dorn.\n\n"
    assert quotes(f'{credits}{lead} "We never did find out who was playing the tambourine."') == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # through someone the page knows, the two in the passive, with an apposition about them
        (
            "It was mixed by producer Cy Dorn. It was through Dorn, the engineer who ran the desk at Pike Studios, "
            "that Arbour and Bell had first been introduced, at a quiz night in Leeds in May 1965.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a quiz night in Leeds")],
        ),
        # a new full name, described by what they do ("schoolteacher": a go-between's word ending a compound)
        (
            "It was through Eda Fenn, the schoolteacher who ran the folk club, that Arbour and Bell were introduced "
            "at a quiz night.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a quiz night")],
        ),
        # a new full name with nothing said of what they do: perhaps no one (a club, a label)
        ("It was through Eda Fenn that Arbour and Bell were introduced at a quiz night.", []),
        # someone else named in the aside: who introduced them is not sure
        (
            "It was mixed by producer Cy Dorn. It was through Dorn, and Gil Moss, that Arbour and Bell were "
            "introduced at a quiz night.",
            [],
        ),
        # another verb than introducing
        ("It was mixed by producer Cy Dorn. It was through Dorn that Arbour and Bell were signed at a quiz night.", []),
    ],
)
def test_an_introduction_in_a_cleft_on_through_in_the_passive(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "put in touch with" in the passive, with when between and the introducer after "by"
        (
            "Arbour had been put in touch with Bell in 1984 by the label's head of A&R, Cy Dorn, who loved her demo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        ("Arbour was put in touch with Bell by Cy Dorn.", [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)]),
        # with no one after "with", or put in touch with no "by": no introducer, no introduction
        ("Arbour was put in touch by Cy Dorn.", []),
        ("Arbour was put in touch with Bell in 1984.", []),
    ],
)
def test_put_in_touch_with_someone_in_the_passive(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one word after "in" that is part of someone's name is a place, not one whom "she" may mean
        (
            "Arbour finished it walking the quays in Paris, and when she spoke to Radio Nord she described it as "
            '"a song for people who work all night."',
            [("Ann Arbour", "Radio Nord")],
        ),
        # the same word after "with": someone, so "she" may be either
        (
            "Arbour finished it walking the quays with Paris, and when she spoke to Radio Nord she described it as "
            '"a song for people who work all night."',
            [],
        ),
    ],
)
def test_part_of_a_name_after_in_is_a_place_for_a_pronoun(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(f"Night Trains is a song by Ann Arbour, written with Jo Paris.\n\n{sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cameo from someone, then what they were then, set off by commas: no part
        (
            "There is also a brief cameo from the actor Gil Moss, then a familiar face from morning radio, who walks "
            "past the window.",
            [("Bea Bell", "a nurse"), ("Gil Moss", None)],
        ),
        # the scene told as the video's ("its"), then the part after "as", kept whole
        (
            "Arbour herself appears in its final scene as a woman selling roses outside a closed cinema.",
            [("Bea Bell", "a nurse"), ("Ann Arbour", "a woman selling roses outside a closed cinema")],
        ),
        # "its final scene" after a verb that casts no one: no part
        ("Arbour wrote its final scene as a favour to the director.", [("Bea Bell", "a nurse")]),
    ],
)
def test_cameos_with_what_they_were_then_and_parts_in_the_videos_scene(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(f"The video stars Bell as a nurse. {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the matchmaker's "set ... up", in a cleft after a relative clause about the introducer naming a paper
        (
            "Arbour was teaching in Leeds when she met Bell, and it was the critic Cy Dorn, who wrote for Harbour "
            "Weekly and who had heard her sing, who set the two of them up, at a supper in Hull in 1962.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a supper in Hull")],
        ),
        (
            "It was mixed by producer Cy Dorn. Dorn set Arbour and Bell up at a supper in Hull.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a supper in Hull")],
        ),
        # "them" of the two the sentence before named is the pair (as "set them up during Fashion Week" above);
        # "set the band up" puts up a stage: no introduction
        (
            "It was mixed by producer Cy Dorn. Arbour met Bell in Hull. Dorn set them up at a supper.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a supper")],
        ),
        ("It was mixed by producer Cy Dorn. Dorn set the band up at a supper in Hull.", []),
        # someone else named between the relative clause and the two: whom "the two" means is not sure
        (
            "Arbour was teaching in Leeds when she met Bell, and it was the critic Cy Dorn, who wrote for Harbour "
            "Weekly, who set Gil Moss and the two of them up at a supper.",
            [],
        ),
    ],
)
def test_the_matchmakers_set_up_after_a_relative_clause_about_them(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # words quoted at the end of a sentence that began before them: the next sentence is its own, no attribution
        (
            'Arbour told Harbour Weekly that the song was "a letter to the night bus driver." Paris told Radio Nord '
            'that she had sung her part "in a stairwell, because the echo was free."',
            [],
        ),
        (
            'Arbour told Harbour Weekly that the song was "a letter to the night bus driver." Paris told Radio Nord: '
            '"I sang my part in a stairwell."',
            [("Jo Paris", "Radio Nord")],
        ),
        # a quote that is a sentence of its own may still be attributed by the sentence after it
        (
            '"It was a letter to the night bus driver." Arbour told Harbour Weekly this in 2019.',
            [("Ann Arbour", "Harbour Weekly")],
        ),
    ],
)
def test_words_ending_a_running_sentence_are_not_attributed_by_the_next(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(f"Night Trains is a song by Ann Arbour, written with Jo Paris.\n\n{sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # an apposition about the introducer that says where they were based or are from: the occasion after it is read
        (
            "Arbour and Bell were introduced by Cy Dorn, a Dutch producer then based in Norway, during a camp in "
            "Bergen.",
            "a camp in Bergen",
        ),
        ("Arbour and Bell were introduced by Cy Dorn, a producer from Leeds, at a party in Hull.", "a party in Hull"),
        # one that names someone else: the occasion is left out
        (
            "Arbour and Bell were introduced by Cy Dorn, a producer then working with Gil Moss, during a camp in "
            "Bergen.",
            None,
        ),
    ],
)
def test_an_occasion_after_an_apposition_placing_the_introducer(sentence: str, occasion: str | None) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a phrase someone called the song, after an aside of whom they were speaking to (a name like a person's)
        (
            'Arbour, speaking to Vida Nueva in 2019, called the song "a letter to the night bus driver," and said '
            "that it took a week.",
            [("Ann Arbour", "Vida Nueva")],
        ),
        # an aside naming someone with the caller: whose calling it is cannot be told
        (
            'Arbour, with Gil Moss, called the song "a letter to the night bus driver," and said that it took a week.',
            [],
        ),
        # "describing it as": a participle of the subject of the sentence's saying
        (
            "In a 2019 interview with the newspaper Harbour Weekly, Arbour explained that the song was written on a "
            'night bus, describing it as "a letter to the driver who never spoke."',
            [("Ann Arbour", "Harbour Weekly")],
        ),
        # someone else named after the saying, or no saying at all: no one's for sure
        (
            "Arbour explained that Gil Moss had written the bridge on a night bus, describing it as "
            '"a letter to the driver who never spoke."',
            [],
        ),
        ('Critics praised the song on its release, describing it as "a letter to the driver who never spoke."', []),
        # a medium's name with a number after a slash
        ('Arbour told the newspaper Página/12: "It was written on the night bus home."', [("Ann Arbour", "Página/12")]),
    ],
)
def test_phrases_called_by_a_speaker_after_a_speaking_aside_or_in_a_participle(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(f"Night Trains is a song by Ann Arbour, written with Jo Paris.\n\n{sentence}") == expected


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # the programme the words were said in, and where it was put out
        ("In a short documentary about the song, released on YouTube, Arbour recalled:", "YouTube"),
        # a date, someone's label, or a record (not a programme) released somewhere: no source
        ("In a short documentary about the song, released on October 3, Arbour recalled:", None),
        ("In a short documentary about the song, released on Gil Moss's label, Arbour recalled:", None),
        ("Arbour, whose single was released on Harbour Records, recalled:", None),
    ],
)
def test_the_source_where_a_programme_was_put_out(lead: str, source: str | None) -> None:
    prose = (
        f'Night Trains is a song by Ann Arbour, written with Jo Paris.\n\n{lead} "We wrote it on the night bus home."'
    )
    assert quotes(prose) == [("Ann Arbour", source)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what the two were then, naming where, between them and the passive; "put in touch by" with the two as subject
        (
            "Arbour and Bell, then students at the Royal Northern College, were put in touch by the luthier Cy Dorn, "
            "who repaired their guitars.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        (
            "Arbour and Bell, then two students in Leeds, were introduced by Cy Dorn at a party.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a party")],
        ),
        # an aside naming a person, or one person put in touch: no introduction
        ("Arbour and Bell, then students of Gil Moss, were put in touch by Cy Dorn.", []),
        ("Arbour was put in touch by Cy Dorn in 2010.", []),
    ],
)
def test_a_passive_introduction_after_an_aside_about_the_two(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "brought together" in the passive, the two as subject, after a relative clause about the introducer
        (
            "In 2016 Arbour and Bell were brought together by Cy Dorn, who had written songs with each of them, at a "
            "birthday dinner in Hull.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a birthday dinner in Hull")],
        ),
        (
            "Arbour met Bell in 2015. They were brought together by Cy Dorn at a party in Hull.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a party in Hull")],
        ),
        (
            "Arbour was brought together with Bell by Cy Dorn at a party.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a party")],
        ),
        # a band brought together (formed) by someone: no two people introduced
        ("The band was brought together by Cy Dorn in 2010.", []),
    ],
)
def test_two_brought_together_by_someone_in_the_passive(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an apposition saying whose relation the subject is, between the subject and the passive
        (
            "Cy Dorn, Arbour's producer since her debut, had himself been introduced to Bell in 2014 by the pianist "
            "Gil Moss.",
            [("Gil Moss", frozenset({"Cy Dorn", "Bea Bell"}), None)],
        ),
        (
            "Cy Dorn, Arbour's producer since 2010, was introduced to Bell by Gil Moss at a party.",
            [("Gil Moss", frozenset({"Cy Dorn", "Bea Bell"}), "a party")],
        ),
        # an aside that joins another to the subject: no introduction
        ("Cy Dorn, like Arbour, was introduced to Bell by Gil Moss at a party.", []),
    ],
)
def test_a_passive_introduction_after_an_apposition_of_whose_relation_the_subject_is(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a quote with its byline on the line under it, after a dash: the name is the speaker; after its comma,
        # where they said it
        (
            '"We cut the whole chorus in a lift between two floors."\n\u2014 Cy Dorn, speaking to Radio Nord',
            [("Cy Dorn", "Radio Nord")],
        ),
        ('"We cut the whole chorus in a lift between two floors."\n\u2014 Bell', [("Bea Bell", None)]),
        # the byline a paragraph of its own after the quote's
        ('"We cut the whole chorus in a lift between two floors."\n\n\u2014 Cy Dorn', [("Cy Dorn", None)]),
        # words after a dash that name no one are no byline: the quote is left as before (no speaker here)
        ('"We cut the whole chorus in a lift between two floors."\n\u2014 and then the lift stopped', []),
        ('"We cut the whole chorus in a lift between two floors."\n\n\u2014 Gold in Ireland', []),
    ],
)
def test_a_byline_under_a_quote_names_its_speaker(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f"Night Trains was written in Hull.\n\n{prose}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the cousin" after a comma means the one just named (the page called her so): one member, not two
        (
            "There is a cameo from Eda Fenn, the cousin who booked the hall, selling tickets.",
            [("Bea Bell", "a nurse"), ("Eda Fenn", None)],
        ),
        # a description meaning someone else after the comma: both are cast
        (
            "There are cameos from Eda Fenn, the drummer and Gil Moss.",
            [("Bea Bell", "a nurse"), ("Eda Fenn", None), ("Cy Dorn", None), ("Gil Moss", None)],
        ),
    ],
)
def test_a_description_apposed_to_a_cameo_is_the_same_member(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = "Arbour's cousin Eda Fenn and the drummer Cy Dorn were there.\n\n"
    assert cast(f"{prose}The video stars Bell as a nurse. {sentence}") == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the director tells the cast in a quote, in a paragraph about the video
        (
            'The video was directed by Cy Dorn, who told Radio Nord: "Bell plays a nurse, and Arbour plays a '
            'porter who never sits down."',
            [("Bea Bell", "a nurse"), ("Ann Arbour", "a porter")],
        ),
        # an actor's "I play ...": the quote's speaker
        (
            'The video was shot in Hull. Eda Fenn, who is in it, told Radio Nord: "I play a porter who never sits '
            'down."',
            [("Eda Fenn", "a porter")],
        ),
        # a quote in a paragraph that is not about the video casts no one
        ('Eda Fenn told Radio Nord about the tour: "I play a porter in a pantomime every winter."', []),
        # what is played in the video is no part
        ('The video was directed by Cy Dorn, who told Radio Nord: "Bell plays the piano in it."', []),
        # a quote of no one's: its "plays" is not read
        ('The video was directed by Cy Dorn. "Bell plays a nurse," someone told me.', []),
    ],
)
def test_the_cast_told_in_a_quote_about_the_video(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the one named presented by a relative clause, or stressed by "herself": the quote after is theirs
        ("Eda Fenn, who now runs a bakery in Hull, is blunt about it.", [("Eda Fenn", None)]),
        ("Eda Fenn herself is unrepentant.", [("Eda Fenn", None)]),
        # someone else named in the relative clause: whose words follow is not sure
        ("Eda Fenn, who sang it with Bell, is blunt about it.", []),
        # a bare name is narration; a letter may be what is quoted; "herself" after a preposition's name
        ("Eda Fenn finished it in Oslo.", []),
        ("Eda Fenn, who kept the letter, is blunt about it.", []),
        ("With Eda Fenn herself, Bell is blunt about it.", []),
    ],
)
def test_a_quote_after_a_sentence_presenting_its_subject_by_a_relative_clause(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = f'Arbour wrote it with Eda Fenn in Hull.\n\n{sentence} "We never rehearsed a single note of it."'
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a dash set off by spaces ends the part: what follows is an aside or a clause of its own
        (
            "The video stars Gil Moss as a night porter locked out of his own hotel - and no, that is not a stunt "
            "double on the roof.",
            [("Gil Moss", "a night porter locked out of his own hotel")],
        ),
        (
            "In the video Bea Bell appears as herself - dripping wet and very cross.",
            [("Bea Bell", "herself")],
        ),
        # a hyphen inside a word is no dash: the part goes on
        (
            "The video stars Gil Moss as a porter on the Leeds-Hull sleeper.",
            [("Gil Moss", "a porter on the Leeds-Hull sleeper")],
        ),
    ],
)
def test_a_part_ends_at_a_dash_set_off_by_spaces(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "her" in a sentence naming no one is not the "he" the text was about, and "she" after it, when no one
        # nearer is called so, is the "she" the text was about before him
        (
            "Jo Paris wrote the verse, and she sang it too. Gil Moss produced it in his garage in Leeds. "
            "The garage belonged to her uncle. “It smelled of engine oil for years,” she told Uncut.",
            [("Jo Paris", "Uncut")],
        ),
        # no "she" before him: no one
        (
            "Gil Moss produced it in his garage in Leeds. The garage belonged to her uncle. "
            "“It smelled of engine oil for years,” she told Uncut.",
            [],
        ),
        # the one before him is not known to be a "she": no one
        (
            "Cy Dorn wrote the verse. Gil Moss produced it in his garage in Leeds. The garage belonged to her uncle. "
            "“It smelled of engine oil for years,” she told Uncut.",
            [],
        ),
    ],
)
def test_she_after_a_sentence_about_a_he_is_the_one_before_him(
    sentence: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert quotes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relation of someone's opening the sentence (after a question it answers, or a label), with whom it is in
        # apposition: the sentence is about that person, not the owner, and "she" after it is them
        (
            "Ann Arbour and Bea Bell had never met. The matchmaker? Bea's flatmate at the time, Cy Dorn. She still "
            "tells the story. “I introduced them at my birthday party,” she told the Hull Times.",
            [("Cy Dorn", "Hull Times")],
        ),
        (
            "Ann Arbour and Bea Bell had never met. Fun fact: Bea's old flatmate, Cy Dorn, made it happen. “I "
            "introduced them at my birthday party,” she told the Hull Times.",
            [("Cy Dorn", "Hull Times")],
        ),
        # a thing of hers in apposition ("her album, X"): still about her
        (
            "Bea Bell made it in Leeds. Bea's album, Harbour Lights, came out first. “I wrote it at my birthday "
            "party,” she told the Hull Times.",
            [("Bea Bell", "Hull Times")],
        ),
        # the relation after "by", not opening the sentence: not the subject, so no change of whom it is about
        (
            "Bea Bell made it in Leeds. It was mixed by Bea's flatmate, Cy Dorn, in a week. “I wrote it at my "
            "birthday party,” she told the Hull Times.",
            [("Bea Bell", "Hull Times")],
        ),
    ],
)
def test_a_relation_in_apposition_opening_a_sentence_is_its_subject(
    sentence: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert quotes(sentence) == expected


def test_the_matchmaker_told_as_a_relation_in_apposition_introduces_in_her_quote() -> None:
    prose = (
        "Ann Arbour and Bea Bell had never met. The matchmaker? Bea's flatmate at the time, Cy Dorn. “I introduced "
        "them at my birthday party,” she told the Hull Times."
    )
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "Cy Dorn's birthday party")]


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # a dash may set the occasion off as an afterthought; what follows it after a comma is not part of it
        (
            "Cy Dorn put Ann Arbour in touch with Bea Bell - during a radio session in Hull, of all places.",
            "a radio session in Hull",
        ),
        ("Cy Dorn introduced Ann Arbour to Bea Bell - at a wedding in Leeds.", "a wedding in Leeds"),
        # "at the time", "at that point": when, not where, with a dash or without
        ("Cy Dorn introduced Ann Arbour to Bea Bell - at the time, neither of them had a record deal.", None),
        ("Cy Dorn introduced Ann Arbour to Bea Bell, at that point a session singer.", None),
        # a name with "Time" in it, a stage door: still places
        (
            "Cy Dorn introduced Ann Arbour to Bea Bell at the stage door of the Hull Odeon.",
            "the stage door of the Hull Odeon",
        ),
        ("Cy Dorn introduced Ann Arbour to Bea Bell at the Time Out party.", "the Time Out party"),
        # a dash opening another clause: no occasion
        ("Cy Dorn introduced Ann Arbour to Bea Bell - and at a wedding they wrote it.", None),
    ],
)
def test_an_occasion_after_a_dash_and_at_the_time(sentence: str, occasion: str | None) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # a digit-led word in lower case ends the station's name after its capitalised words
        ("“I was so nervous,” Bea Bell told Hull 4fm.", "Hull 4fm"),
        ("Bea Bell told Radio Ouse 2xs: “I was so nervous.”", "Radio Ouse 2xs"),
        # an hour, an ordinal, a decade: not part of the name
        ("“I was so nervous,” Bea Bell told Radio Hull 3pm listeners.", "Radio Hull"),
        ("“I was so nervous,” Bea Bell told Radio Hull 2nd time round.", "Radio Hull"),
        ("“I was so nervous,” Bea Bell told Radio Hull 90s fans.", "Radio Hull"),
    ],
)
def test_a_station_name_ending_in_a_lower_case_digit_led_word(sentence: str, source: str) -> None:
    assert quotes(sentence) == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # what was written in the comments under a post is on the post's platform, whoever's post it was
        (
            "“I want a seat on the tram,” Gil Moss joked in the comments under Bea's Instagram announcement.",
            "Instagram",
        ),
        ("“I want a seat on the tram,” Gil Moss wrote in the comment section below a Facebook photo.", "Facebook"),
        # said under a post, with no comments: not told where
        ("“I want a seat on the tram,” Gil Moss said under Bea's Instagram announcement.", None),
        # the comments under a post by someone: no platform named
        ("“I want a seat on the tram,” Gil Moss wrote in the comments under a post by Cy Dorn.", None),
    ],
)
def test_the_comments_under_a_post_are_on_its_platform(sentence: str, source: str | None) -> None:
    assert quotes(sentence) == [("Gil Moss", source)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a capitalised word between "her" and a relation (a school, a scheme) is no one's name: "her" says whose
        "Ann Arbour wrote the song with Gil Moss, whom she had been introduced to by her Erasmus roommate, Cy Dorn, "
        "at a party in Ghent.",
        "Ann Arbour met Gil Moss through her Juilliard teacher, Cy Dorn, at a party in Ghent.",
        # not before a relation: as before
        "Cy Dorn introduced Ann Arbour to Gil Moss at a party in Ghent, after he heard her Oslo concert.",
    ],
)
def test_a_capitalised_word_before_a_relation_after_her(sentence: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Gil Moss"}), "a party in Ghent")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause's second verb, joined by "and", has the relative's subject: the introducer
        (
            "Arbour and Bell owe it all to their old piano teacher, Cy Dorn, who coached them both at a summer school "
            "in Hull and introduced them during a recital in Leeds.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a recital in Leeds")],
        ),
        (
            "Who do Arbour and Bell have to thank? Their landlady, Cy Dorn, who let them rooms in the same house and "
            "later introduced them at a barbecue.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a barbecue")],
        ),
        # a name right before "and": the verb after it may be that name's own ("Gil Moss introduced them"), so the
        # relative's subject is not sure to be the introducer
        (
            "Arbour and Bell owe it all to Cy Dorn, who phoned Gil Moss and introduced them at a barbecue.",
            [],
        ),
    ],
)
def test_an_introduction_as_a_relative_clauses_second_verb(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause's second verb, joined by "and", casts the relative's subject
        (
            "The video is a riot. Watch for Bell's aunt, Rosa Dorn, who drove down from Leeds and plays herself.",
            [("Rosa Dorn", "herself")],
        ),
        ("The video stars Rosa Dorn, who trained as a nurse and plays a surgeon.", [("Rosa Dorn", "a surgeon")]),
        # told in the past, the second verb is of a career, not a part in the video
        (
            "The video is a riot. Watch for Bell's aunt, Rosa Dorn, who grew up in Hull and played a surgeon on TV.",
            [],
        ),
    ],
)
def test_a_part_in_a_relative_clauses_second_verb(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "Blame", "Thank" opening a sentence tell whom to credit: no part of the name after them
        (
            "Blame Bea's old flatmate, Cy Dorn, who put her in touch with Gil Moss during a retreat in Oslo.",
            [("Cy Dorn", frozenset({"Bea Bell", "Gil Moss"}), "a retreat in Oslo")],
        ),
        (
            "Thank Bea's cousin, Cy Dorn, who introduced her to Gil Moss at a wedding in York.",
            [("Cy Dorn", frozenset({"Bea Bell", "Gil Moss"}), "a wedding in York")],
        ),
        # a first name that only looks like one of them is still a name
        (
            "Thanh Nguyen put Bea Bell in touch with Gil Moss at a retreat in Oslo.",
            [("Thanh Nguyen", frozenset({"Bea Bell", "Gil Moss"}), "a retreat in Oslo")],
        ),
    ],
)
def test_blame_and_thank_opening_a_sentence_are_no_part_of_a_name(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the other one told first by what they are, then asked for by the same noun and named in the answer
        (
            "It began at a pub in Hull, where the landlord, Cy Dorn, introduced Ann Arbour to a nervous drummer who "
            "had been tapping on the bar all night. That drummer? Bea Bell.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a pub in Hull")],
        ),
        (
            "Cy Dorn introduced Ann Arbour to a young fiddler at a wake in Sligo. That fiddler? Bea Bell.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a wake in Sligo")],
        ),
    ],
)
def test_an_introduced_one_named_by_the_answer_to_a_question_after_it(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # another noun asked for: not the one introduced
        "Cy Dorn introduced Ann Arbour to a young fiddler at a wake in Sligo. That piper? Bea Bell.",
        # an answer that is more than a name: someone of hers
        "Cy Dorn introduced Ann Arbour to a young fiddler at a wake in Sligo. That fiddler? Bea Bell's brother.",
        # a sentence between: no answer to that question
        "Cy Dorn introduced Ann Arbour to a young fiddler at a wake in Sligo. They got on. That fiddler? Bea Bell.",
    ],
)
def test_no_introduced_one_from_an_answer_that_does_not_fit(sentence: str) -> None:
    assert intros(sentence) == []
    assert any(
        "do not name for sure" in w.message or "does not name for sure" in w.message for w in parse(sentence).warnings
    )


@pytest.mark.parametrize(
    ("sentence", "directors"),
    [
        # where the director is based or born, before their name, describes them
        ("The video, directed by Lisbon-based Rita Moss and shot in a lift, premieres on 3 May.", ["Rita Moss"]),
        ("The video, directed by Osaka-born Kenji Ito, premieres on 3 May.", ["Kenji Ito"]),
        # a hyphen inside a name is no place
        ("The video, directed by Jean-Baptiste Moss, premieres on 3 May.", ["Jean-Baptiste Moss"]),
    ],
)
def test_a_place_based_or_born_before_a_directors_name(sentence: str, directors: list[str]) -> None:
    video = doc(sentence).music_video
    assert video is not None and video.directors == directors


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The two singers were connected by Oslo-based A&R scout Cy Dorn during a songwriting camp in Bergen.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a songwriting camp in Bergen")],
        ),
        (
            "Arbour was introduced to Bell by Leeds-born fiddler Cy Dorn at a wake in Sligo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a wake in Sligo")],
        ),
    ],
)
def test_a_place_based_or_born_before_an_introducers_name(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


def test_a_place_based_word_alone_names_no_introducer() -> None:
    # "the Leeds-based" with no name after it: no one to credit
    sentence = "The two singers were connected by a Leeds-based agency at a wake in Sligo."
    assert intros(sentence) == []


# A heading with one artist: "the two" of the page are whoever the text last named together.
SOLO = "Night Trains\n\nAnn Arbour\n\nAlbum Small Hours\n\n"


def solo_intros(prose: str) -> list[tuple[str, frozenset[str], str | None]]:
    result = parse_story_page(SOLO + prose + "\n", "p.txt")
    assert result.document is not None
    return [(i.introducer, frozenset(i.introduced), i.occasion) for i in result.document.introductions]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "her" is the singer the sentence right before named, whom the page calls "she", not the other of the two
        # last named together
        (
            "Arbour wrote it for her mother, with lyricist Cy Dorn and producer Gil Moss.\n\n"
            "Moss's history with the singer goes back further still. Her old teacher, Eda Fenn, had introduced her "
            "to the producer years earlier at a fair in York.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Gil Moss"}), "a fair in York")],
        ),
        # the sentence before names the other of the two: still them
        (
            "Arbour wrote it for her mother, with lyricist Cy Dorn and producer Gil Moss.\n\n"
            "Moss's history with Dorn goes back further still. Her old teacher, Eda Fenn, had introduced her "
            "to the producer years earlier at a fair in York.",
            [("Eda Fenn", frozenset({"Cy Dorn", "Gil Moss"}), "a fair in York")],
        ),
    ],
)
def test_a_pronoun_party_named_in_the_sentence_before(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert solo_intros(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # how long before the story's time: when, before where
        ("Cy Dorn had introduced Ann Arbour to Bea Bell years earlier at a fair in York.", "a fair in York"),
        ("Cy Dorn had introduced Ann Arbour to Bea Bell some months before, at a fair in York.", "a fair in York"),
        ("Cy Dorn had introduced Ann Arbour to Bea Bell a year earlier during a fair in York.", "a fair in York"),
        # a clause after "before" is no time phrase: where is not told
        ("Cy Dorn had introduced Ann Arbour to Bea Bell years before the fair in York.", None),
    ],
)
def test_a_time_told_back_before_the_occasion(sentence: str, occasion: str | None) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # which month, told with "one", is when, not part of where
        ("Cy Dorn introduced Ann Arbour to Bea Bell at a ceilidh in Oban one February.", "a ceilidh in Oban"),
        ("Cy Dorn introduced Ann Arbour to Bea Bell at a ceilidh in Oban one wet March night.", "a ceilidh in Oban"),
        # a month inside a name stays: where
        ("Cy Dorn introduced Ann Arbour to Bea Bell at the June Festival in Oban.", "the June Festival in Oban"),
    ],
)
def test_one_month_after_the_occasion_is_when(sentence: str, occasion: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after "as", a place with "the" and a name before its noun is the part's own
        (
            "The video stars Arbour as a waitress at the Kelvin diner and Bell as a cook.",
            [("Ann Arbour", "a waitress at the Kelvin diner"), ("Bea Bell", "a cook")],
        ),
        # a name alone after "at the" is no such place: the part ends before it
        (
            "The video stars Arbour as a waitress at the Kelvin and Bell as a cook.",
            [("Ann Arbour", "a waitress"), ("Bea Bell", "a cook")],
        ),
    ],
)
def test_a_named_place_of_the_parts_own_after_as(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # whose relation the introducer is, then their name in apposition
        (
            "Arbour was introduced to Bell by her publisher, Cy Dorn, during a retreat in Oslo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a retreat in Oslo")],
        ),
        (
            "Arbour was introduced to Bell by her old booking agent, Cy Dorn, at a fair in York.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair in York")],
        ),
        # the apposition names someone's relation, or a company: no introducer named for sure
        ("Arbour was introduced to Bell by her publisher, Cy Dorn's wife, at a fair in York.", []),
        ("Arbour was introduced to Bell by her publisher, Nordic Records, at a fair in York.", []),
    ],
)
def test_an_introducer_named_after_whose_relation_they_are(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the subject's second verb, joined by "and" after a verb phrase of its own
        (
            "Their manager, Cy Dorn, had spent a year trying to get the two singers into one room, and finally "
            "introduced them at a wake in Sligo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a wake in Sligo")],
        ),
        (
            "Cy Dorn kept hearing the two singers on the radio and eventually introduced them at a fair in York.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair in York")],
        ),
        # two subjects, or someone else named in the first verb phrase, who might have introduced them: no one
        (
            "Gil Moss and Cy Dorn had spent a year trying to get the two singers into one room, and finally "
            "introduced them at a wake in Sligo.",
            [],
        ),
        (
            "Cy Dorn had phoned Gil Moss about the two singers, and finally introduced them at a wake in Sligo.",
            [],
        ),
    ],
)
def test_an_introduction_told_by_the_subjects_second_verb(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a first meeting of the two that someone arranged is their introduction
        (
            "The partnership between the two singers began with a chance meeting, arranged by their agent Cy Dorn "
            "at a fair in York.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair in York")],
        ),
        (
            "Arbour and Bell started with a blind meeting set up by the promoter Cy Dorn during a retreat in Oslo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a retreat in Oslo")],
        ),
        # a meeting of theirs with someone else, or no meeting at all: no introduction
        ("The tour began with a meeting, arranged by Cy Dorn at a fair in York, with the label's lawyers.", []),
        ("The partnership between the two singers began with a song, arranged by Cy Dorn at a fair in York.", []),
    ],
)
def test_an_introduction_told_as_a_meeting_someone_arranged(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an apposition holding a name that is no one's (a title at a company)
        (
            "Cy Dorn, Nordlys Records' Head of A&R, put the two singers in touch at a fair in York.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair in York")],
        ),
        # an apposition naming someone else: a list, whose introducer is not known
        ("Cy Dorn, Gil Moss, put the two singers in touch at a fair in York.", []),
    ],
)
def test_an_introducer_with_an_apposition_naming_no_one(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "set A up with B": the two joined
        (
            "Cy Dorn set Arbour up with Bell during a retreat in Oslo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a retreat in Oslo")],
        ),
        (
            'Arbour said:\n\n"Cy Dorn set me up with the fiddler Bea Bell during a retreat in Oslo."',
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a retreat in Oslo")],
        ),
        # set up with something someone runs, or with something of hers: no one joined
        ("Cy Dorn set Arbour up with a label run by Bea Bell during a retreat in Oslo.", []),
        ("Cy Dorn set Arbour up with her studio during a retreat in Oslo.", []),
    ],
)
def test_an_introduction_told_as_setting_one_up_with_another(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a participle of speaking opening the lead is its subject's, whoever else the main clause names
        (
            'Speaking to Radio Nord, Arbour credited Bell with the final chorus: "She kept pushing me."',
            [("Ann Arbour", "Radio Nord")],
        ),
        (
            "Speaking on Radio Nord, Arbour traced the song back to her uncle, a fisherman on Inis Mor: "
            '"He sang it on the boat."',
            [("Ann Arbour", "Radio Nord")],
        ),
        # a participle of listening: whose words follow is not told
        (
            'Listening to Radio Nord, Arbour heard Bell sing the chorus: "It was slower then."',
            [],
        ),
    ],
)
def test_a_fronted_participle_of_speaking_tells_the_speaker(prose: str, expected: list[tuple[str, str]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a message to someone, put up on a platform, is where the words were written
        ('In a message to fans on Bluesky, Arbour wrote: "Thank you."', [("Ann Arbour", "Bluesky")]),
        ('In a long note to her followers on Tumblr, Arbour wrote: "Thank you."', [("Ann Arbour", "Tumblr")]),
        # a message on a day: when, not where
        ('In a message to fans on Monday, Arbour wrote: "Thank you."', [("Ann Arbour", None)]),
    ],
)
def test_a_message_to_someone_on_a_platform_is_the_source(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the two" before a noun that is no one's role is the article of a shared part
        (
            "The video stars Cy Dorn as a keeper, with Arbour and Bell appearing as the two ghosts who haunt him.",
            [("Cy Dorn", "a keeper"), ("Ann Arbour", "the two ghosts"), ("Bea Bell", "the two ghosts")],
        ),
        (
            "The video stars Cy Dorn as a keeper, and Arbour and Bell appear as the two sailors.",
            [("Cy Dorn", "a keeper"), ("Ann Arbour", "the two sailors"), ("Bea Bell", "the two sailors")],
        ),
        # "the two singers" is the pair themselves, no part
        (
            "The video stars Cy Dorn as a keeper, and Arbour and Bell appear as the two singers who haunt him.",
            [("Cy Dorn", "a keeper")],
        ),
    ],
)
def test_the_two_as_the_article_of_a_shared_part(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the subject after an apposition of whose relation they are and what they are
        (
            "Arbour and Bell both moved to Leeds in 2015. An old flatmate of Bell's, the poet Cy Dorn, was sure they "
            "belonged together and introduced them at her birthday party in Hull the following spring.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "Cy Dorn's birthday party in Hull")],
        ),
        # the one introducing is not the sentence's subject: no introduction
        (
            "Arbour and Bell both moved to Leeds in 2015. An old flatmate of Bell's told the poet Cy Dorn they "
            "belonged together and introduced them at a party in Hull.",
            [],
        ),
    ],
)
def test_the_subjects_second_verb_after_a_described_subject(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "That's", "there's", "here's" opening a clause point at someone: no part of the name after them
        (
            "The video is lovely. That's Bea playing a lighthouse keeper, and there's Ann as a sailor.",
            [("Bea Bell", "a lighthouse keeper"), ("Ann Arbour", "a sailor")],
        ),
        (
            "The video is lovely. Here's Cy Dorn as a sailor, and that's Bea Bell playing a lighthouse keeper.",
            [("Cy Dorn", "a sailor"), ("Bea Bell", "a lighthouse keeper")],
        ),
        # a name that only starts like one of them is still a name
        ("Thatcher Wills plays a lighthouse keeper in the video.", [("Thatcher Wills", "a lighthouse keeper")]),
    ],
)
def test_a_pointing_contraction_is_no_part_of_the_name_after_it(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after "plays", a present participle's phrase is cut however long the place before it
        (
            "In the video Bea plays a nurse in a small hospital on the coast pushing a trolley down the corridor.",
            [("Bea Bell", "a nurse in a small hospital on the coast")],
        ),
        # after "as" the phrase is kept whole
        (
            "In the video Bea appears as a nurse in a small hospital on the coast pushing a trolley down the corridor.",
            [("Bea Bell", "a nurse in a small hospital on the coast pushing a trolley down the corridor")],
        ),
        # a noun in "-ing" far into the part is no participle
        (
            "In the video Bea plays a porter in a small hotel by the old wedding chapel.",
            [("Bea Bell", "a porter in a small hotel by the old wedding chapel")],
        ),
    ],
)
def test_a_participle_after_a_long_place_ends_a_part_after_plays(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # led in by a colon and attributed after: the words right after the attribution go on with the same quote
        (
            'Bea Bell talked about it in a radio interview: "It is a song about getting lost on purpose," she said. '
            '"And about being found again, eventually."',
            [("It is a song about getting lost on purpose. And about being found again, eventually.", "Bea Bell")],
        ),
        # the words after have an attribution of their own: a quote of their own
        (
            'Bea Bell talked about it in a radio interview: "It is a song about getting lost on purpose," she said. '
            '"I thought it was about a bus timetable," Ann Arbour said.',
            [
                ("It is a song about getting lost on purpose,", "Bea Bell"),
                ("I thought it was about a bus timetable,", "Ann Arbour"),
            ],
        ),
    ],
)
def test_a_quote_led_in_and_attributed_goes_on_after_its_attribution(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(" ".join(q.text.split()), q.speaker) for q in doc(sentence).quotes] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a sentence leading into a quote with a colon, opened by one person as its subject: theirs, not the speaker's
        # of a sentence before it
        (
            'Bea Bell told a magazine that the song was "a small thing", and fair enough. And Ann Arbour once summed '
            'up the whole album in a sentence: "Everything here was recorded in one room."',
            [("Ann Arbour", None)],
        ),
        (
            'Cy Dorn said that the tour was long and cold. Ann Arbour summed up her year in one line: "It rained, and '
            'we played anyway."',
            [("Ann Arbour", None)],
        ),
        # the same person as before: the lead is read whole, and where they spoke is kept
        (
            'Bea Bell spoke to NME about the record for an hour. Bea summed it up in one line: "It rained, and we '
            'played anyway."',
            [("Bea Bell", "NME")],
        ),
        (
            'Bea Bell spoke to NME about the record for an hour. She summed it up in one line: "It rained, and we '
            'played anyway."',
            [("Bea Bell", "NME")],
        ),
    ],
)
def test_a_colon_lead_opened_by_a_name_is_that_persons_quote(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a "he" in a clause put first may mean the subject named right after its comma as well as the one the text
        # was about: not sure, so the saying of that subject tells the speaker
        (
            'Cy Dorn came back from Lagos in May. When he spoke to NME, Bea Bell put it simply: "It was always going '
            'to be a duet."',
            [("Bea Bell", "NME")],
        ),
        # and with no saying of the subject's, the quote is no one's
        (
            'Cy Dorn came back from Lagos in May. When he spoke to NME, Bea Bell was blunt: "It was always going to '
            'be a duet."',
            [],
        ),
        # the subject is someone the page calls "she": "he" is still the one the text was about
        (
            "Ann Arbour says she never plans a record. Cy Dorn came back from Lagos in May. When he spoke to NME, Ann "
            'Arbour was blunt: "It was always going to be a duet."',
            [("Cy Dorn", "NME")],
        ),
        # a pronoun as the subject after the comma: no one else is named
        (
            'Cy Dorn came back from Lagos in May. When he spoke to NME, he was blunt: "It was always going to be a '
            'duet."',
            [("Cy Dorn", "NME")],
        ),
    ],
)
def test_a_pronoun_in_a_clause_put_first_may_mean_the_subject_after_it(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a saying set in an occasion of its own that names no medium ("in some interview"): not where a sentence
        # before had the same person speak
        (
            "Cy Dorn told NME that the tour was long. And in some interview I have lost the link to, he said: "
            '"Bea is the only one who ever made me sing."',
            [("Cy Dorn", None)],
        ),
        (
            "Cy Dorn told NME that the tour was long. On another podcast, he said: "
            '"Bea is the only one who ever made me sing."',
            [("Cy Dorn", None)],
        ),
        # the same occasion again is where it was said
        (
            "Cy Dorn told NME about the long tour. In the same interview, he said: "
            '"Bea is the only one who ever made me sing."',
            [("Cy Dorn", "NME")],
        ),
        # an occasion that names its medium
        (
            "Cy Dorn told NME that the tour was long. In one interview with Radio Nord, he said: "
            '"Bea is the only one who ever made me sing."',
            [("Cy Dorn", "Radio Nord")],
        ),
    ],
)
def test_a_saying_in_an_unnamed_occasion_of_its_own_has_no_source_from_before(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "his" after the sentence's subject may be the subject's or the one the text was about: it tells no one is a
        # "he", so the "she" after it is the subject and "him" the other
        "It was written by Ann Arbour, Bea Bell and Gil Moss, and produced by Cy Dorn. Gil came later. Cy, who mixed "
        "it too, had recorded his old band in Oslo, and she put him in touch with Bea in 2017.",
        # the subject called "he" after it: the same introduction
        "It was written by Ann Arbour, Bea Bell and Gil Moss, and produced by Cy Dorn. Gil came later. Cy had "
        "recorded his old band in Oslo, and he put him in touch with Bea in 2017.",
    ],
)
def test_a_possessive_after_a_new_subject_tells_no_ones_pronoun(sentence: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Bea Bell", "Gil Moss"}), None)]


_CREDITED_THREE = (
    "The song was written by Ann Arbour, Gil Moss and Cy Dorn, and produced by Gil Moss. Ann wrote it with Gil Moss "
    "and Cy Dorn, and Gil produced it. "
)


def test_two_who_met_one_of_them_unknown_are_no_longer_the_last_two_named_together() -> None:
    # "she met Gil": the two the text is about are she and Gil, so "her" is not Cy Dorn, the other of the last two
    # named together; whom "she" means is not sure, so the introduction is left out
    sentence = (
        _CREDITED_THREE + "The story of how she met Gil is a good one. It was her cousin Eda Fenn who introduced her "
        "to Gil at a wedding in Hull."
    )
    assert intros(sentence) == []
    assert any("does not name for sure" in w.message for w in parse(sentence).warnings)


def test_two_who_met_both_named_tell_whom_her_means() -> None:
    sentence = (
        _CREDITED_THREE + "The story of how Ann met Gil is a good one. It was her cousin Eda Fenn who introduced her "
        "to Gil at a wedding in Hull."
    )
    assert intros(sentence) == [("Eda Fenn", frozenset({"Ann Arbour", "Gil Moss"}), "a wedding in Hull")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an interview named by its medium after a demonstrative and a word for it
        ('In that old Radio Nord interview, Bea Bell said: "We wrote it on a ferry."', [("Bea Bell", "Radio Nord")]),
        ('In that old interview, Bea Bell said: "We wrote it on a ferry."', [("Bea Bell", None)]),
        # what someone held on a platform ("did a Reddit AMA"), not one they only read
        (
            'Bea Bell did a Reddit AMA last spring and somebody asked about the bridge. Her answer was: "A ferry, '
            'mostly."',
            [("Bea Bell", "Reddit")],
        ),
        (
            'Bea Bell read a Reddit AMA last spring and somebody asked about the bridge. Her answer was: "A ferry, '
            'mostly."',
            [("Bea Bell", None)],
        ),
        # whom someone's version was given to, set off by commas; an aside of another kind names no medium
        ('Bea Bell\'s version, to Radio Nord, is shorter: "We wrote it on a ferry."', [("Bea Bell", "Radio Nord")]),
        ('Bea Bell\'s version, to be fair, is shorter: "We wrote it on a ferry."', [("Bea Bell", None)]),
    ],
)
def test_sources_told_in_a_fans_words(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cleft on the introducer ("is the one who") before "connected", "put in touch", "brought together"
        (
            "Cy Dorn is the one who connected Ann Arbour and Bea Bell, during a party in Hull.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a party in Hull")],
        ),
        (
            "As for Ann, Cy Dorn is the one who connected her and Bea, during a party in Hull.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a party in Hull")],
        ),
        (
            "Cy Dorn was the person who put Ann Arbour in touch with Bea Bell at a party in Hull.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a party in Hull")],
        ),
        # connecting things is no introduction
        ("Cy Dorn is the one who connected the cables at a party in Hull.", []),
        # the sentence after is about someone else: the introduction stands, with no place
        (
            'Ann Arbour told NME about meeting Bea Bell: "Cy Dorn is the one who connected us. Bea still talks about '
            'it at every show."',
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
    ],
)
def test_an_introduction_in_other_words_with_a_cleft_on_the_introducer(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


def test_an_introducers_doing_somewhere_right_after_leaves_the_place_unsure() -> None:
    # "He dragged me ... during a storm in Hull" may be the introduction told again, or something after it
    sentence = (
        'Ann Arbour told NME about meeting Bea Bell: "Cy Dorn is the one who connected us. He dragged me across the '
        'whole festival site during a storm in Hull."'
    )
    assert intros(sentence) == []
    assert any("may tell, not for sure" in w.message for w in parse(sentence).warnings)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The video is lovely. Their friend Cy Dorn has a tiny cameo as the kiosk owner.",
            [("Cy Dorn", "the kiosk owner")],
        ),
        # an aside in brackets between the member and the verb
        (
            "The video is lovely. Their friend Cy Dorn (Bea's partner in real life) has a tiny cameo as the kiosk "
            "owner.",
            [("Cy Dorn", "the kiosk owner")],
        ),
        (
            "The video is lovely. And Cy Dorn (yes, THAT Cy Dorn, from the soap) shows up as the shop owner who keeps "
            "all the planes in a drawer.",
            [("Cy Dorn", "the shop owner")],
        ),
        # no casting verb after the aside, nor a cameo before "as"
        ("The video is lovely. Their friend Cy Dorn (Bea's partner in real life) filmed it as a favour.", []),
        ("The video is lovely. Cy Dorn has a tiny studio as his office.", []),
    ],
)
def test_a_cameo_after_an_aside_in_brackets(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


# A page with one artist, whose performers are no pair "the two" may mean.
_SOLO = "Night Trains\n\nAnn Arbour\n\nAlbum Small Hours\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no two named together yet: "the two" opening a sentence are the two people the sentence before named
        (
            "It was written by Ann Arbour, Gil Moss and Eda Fenn. Ann had never worked abroad, and Gil was a producer "
            "in Oslo. The two were brought together at a camp in Bergen by the publisher Cy Dorn.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Gil Moss"}), "a camp in Bergen")],
        ),
        # three named there: not sure which two
        (
            "It was written by Ann Arbour, Gil Moss and Eda Fenn. Ann had never worked abroad, Eda had, and Gil was a "
            "producer in Oslo. The two were brought together at a camp in Bergen by the publisher Cy Dorn.",
            [],
        ),
    ],
)
def test_the_two_with_no_pair_yet_are_the_two_the_sentence_before_named(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    result = parse_story_page(_SOLO + sentence + "\n", "p.txt")
    assert result.document is not None
    found = [(i.introducer, frozenset(i.introduced), i.occasion) for i in result.document.introductions]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # whom an aside in brackets names is not whom the sentence is about: the new full name before it is, and
        # "he" in the next sentence means them
        (
            "How it happened: Cy Dorn (Bea's older brother, and a legend) is the reason they exist. He brought Ann and "
            "Bea together during a pub quiz in Leith.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a pub quiz in Leith")],
        ),
        # two named outside the brackets: whom "he" means is not sure
        (
            "How it happened: Cy Dorn (Bea's older brother, and a legend) and Gil Moss ran the pub. He brought Ann and "
            "Bea together during a pub quiz in Leith.",
            [],
        ),
    ],
)
def test_a_name_in_brackets_is_not_whom_the_sentence_is_about(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


_CREDITED_FOUR = "It was written by Ann Arbour, Bea Bell and Gil Moss, and produced by Cy Dorn. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "X is how Y ended up on it": about X, whom "he" after it means; "him" is the other
        (
            _CREDITED_FOUR + "Cy is also how Gil ended up on it. He introduced him to Ann in 2016.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Gil Moss"}), None)],
        ),
        # both named as what the sentence is about: not sure
        (_CREDITED_FOUR + "Cy is also friends with Gil. He introduced him to Ann in 2016.", []),
    ],
)
def test_the_one_said_to_be_how_someone_did_something_is_whom_the_sentence_is_about(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the object of a verb whose subject is a pronoun meaning the one the text is about is someone else ("He put
        # him in it": not himself)
        ("The video was directed by Cy Dorn. He put him in it as a waiter.", []),
        # the subject pronoun itself still means them
        ("The video was directed by Cy Dorn. He appears in it as a waiter.", [("Cy Dorn", "a waiter")]),
    ],
)
def test_an_object_pronoun_after_a_subject_pronoun_is_someone_else(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected


def test_us_introduced_by_one_of_them_is_the_speaker_and_the_other_performer() -> None:
    from songgraph.ingest.page.introductions import _us_without
    from songgraph.models import CreditRole

    people = People(page="p.txt", known={})
    people.credit(CreditRole.ARTIST, "Ann Arbour", 1, "")
    people.credit(CreditRole.FEATURED_ARTIST, "Bea Bell", 1, "")
    # "Cyd introduced us", "us" read as the speaker and Cy Dorn, named in the lead: the introducer is none of "us"
    assert _us_without("Cy Dorn", ("Ann Arbour", "Cy Dorn"), "Ann Arbour", people) == ("Ann Arbour", "Bea Bell")
    # the introducer not among them: as read
    assert _us_without("Cy Dorn", ("Ann Arbour", "Gil Moss"), "Ann Arbour", people) == ("Ann Arbour", "Gil Moss")
    # the speaker no performer: whom "us" means is not known better
    assert _us_without("Cy Dorn", ("Gil Moss", "Cy Dorn"), "Gil Moss", people) == ("Gil Moss", "Cy Dorn")


def test_a_nickname_set_off_after_a_full_name_means_that_person() -> None:
    # ", Cyd to everyone,": what people call the one named before the comma
    sentence = "Their manager Cy Dorn, Cyd to everyone, runs the bar. Cyd introduced Ann Arbour to Bea Bell in Hull."
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)]
    # a one-word name in a list is someone else
    listed = "Their manager Cy Dorn, Cyd, and Gil Moss ran the bar. Cyd introduced Ann Arbour to Bea Bell at a party."
    assert intros(listed) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "She ..., and she ...": the subject goes on, over someone named by a possessive between
        (
            "Short version: Cy Dorn. She was Ann's piano teacher for years, and she introduced the two of them at "
            "her own wedding in Galway.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "Cy Dorn's wedding in Galway")],
        ),
        # someone named between, not by a possessive: not sure whom the second "she" means
        (
            "Short version: Cy Dorn. She was teaching Ann at the time, and she introduced the two of them at a "
            "wedding in Galway.",
            [],
        ),
    ],
)
def test_a_subject_pronoun_repeated_after_and_means_the_same_subject(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


def test_a_sentence_running_on_into_the_next_quote_does_not_attribute_the_one_before() -> None:
    # the words after a quote that ends its own sentence lead into the next quote, not back into it
    prose = (
        'Cy Dorn kept it brief: "The drums came last. They always do." Ann Arbour later told Radio Nord that the '
        'album was "a long goodbye".'
    )
    assert quotes(prose) == [("Cy Dorn", None)]


def test_a_sentence_ending_before_the_next_quote_still_attributes_the_one_before() -> None:
    prose = 'Cy Dorn kept it brief: "The drums came last. They always do." Ann Arbour told Radio Nord. She was "tired".'
    assert quotes(prose) == [("Ann Arbour", "Radio Nord")]


@pytest.mark.parametrize(
    "last",
    [
        'In the one interview he gives, he keeps it short: "Less is more, always."',
        'In the one interview he gives, Moss keeps it short: "Less is more, always."',
    ],
)
def test_the_sentence_leading_straight_into_a_quote_about_one_subject_names_its_speaker(last: str) -> None:
    prose = f"The camera stays on the hands of Cy Dorn at a desk in Leeds while Gil Moss mixes the bridge. {last}"
    assert quotes(prose) == [("Gil Moss", None)]


@pytest.mark.parametrize(
    "last",
    [
        # two people in the sentence leading in
        'Later, Moss and Dorn keep it short: "Less is more, always."',
        # something written, which the words may be
        'Later, Moss reads the note Dorn left: "Less is more, always."',
    ],
)
def test_no_speaker_from_a_leading_sentence_about_two_or_about_something_written(last: str) -> None:
    prose = f"The camera stays on the hands of Cy Dorn at a desk in Leeds while Gil Moss mixes the bridge. {last}"
    assert quotes(prose) == []
    assert any("speaker the page does not name" in w.message for w in parse(prose).warnings)


def test_a_participles_place_after_as_goes_on_with_a_phrase_of_its_own() -> None:
    prose = (
        "In the music video, Cy Dorn stars as a courier waiting at the gate of the farm on his road, and Gil Moss "
        "plays a farmer."
    )
    assert cast(prose) == [
        ("Cy Dorn", "a courier waiting at the gate of the farm on his road"),
        ("Gil Moss", "a farmer"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after "plays" the participle's phrase is the scene, place and all
        (
            "In the music video, Cy Dorn plays a courier waiting at the gate of the farm on his road, and Gil Moss "
            "plays a farmer.",
            [("Cy Dorn", "a courier"), ("Gil Moss", "a farmer")],
        ),
        # after "as", no participle: the place is the part's, and so is where the place is
        (
            "In the video, Cy Dorn appears as a rider at a county fair on the coast, and Gil Moss plays a farmer.",
            [("Cy Dorn", "a rider at a county fair on the coast"), ("Gil Moss", "a farmer")],
        ),
    ],
)
def test_a_place_after_plays_is_cut_and_after_as_kept(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The music video was never made. The song is credited to Cy Dorn and Gil Moss as writers.", []),
        (
            "The music video credits Cy Dorn as a co-director, and Gil Moss appears as a farmer.",
            [("Gil Moss", "a farmer")],
        ),
        (
            "In the music video, which the label credited to Cy Dorn as a tribute, Gil Moss appears as a farmer.",
            [("Gil Moss", "a farmer")],
        ),
    ],
)
def test_people_credited_as_something_are_given_no_part(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cast that is "credited" is still the cast
        (
            "In the music video, its credited cast comprises Cy Dorn as the eldest son and Gil Moss as a neighbour.",
            [("Cy Dorn", "the eldest son"), ("Gil Moss", "a neighbour")],
        ),
        (
            "In the music video, Cy Dorn and Gil Moss appear as writers on a deadline.",
            [
                ("Cy Dorn", "writers on a deadline"),
                ("Gil Moss", "writers on a deadline"),
            ],
        ),
    ],
)
def test_parts_after_a_credited_cast_or_a_plain_as_are_kept(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected


# A page that recaps one episode of a series: the series named by its title and what it is, then what the episode
# shows told in the present
RECAP = (
    "Night Trains is the subject of the third episode of Harbour Songs, the television series that revisits one song "
    "a week. The episode opens in a ferry terminal in Hull.\n\n"
)


@pytest.mark.parametrize(
    ("prose", "source"),
    [
        (RECAP + '"I wrote it on the last boat," Arbour says.', "Harbour Songs"),
        # the title opening the sentence, with what it is as an apposition; a lead of no saying, in the present
        (
            "Small Harbour Hours, the documentary about Ann Arbour that aired last spring, follows her for a year. "
            'The film cuts to a studio in Leeds.\n\nFilmed at the desk, Arbour is blunt: "I never do a second take."',
            "Small Harbour Hours",
        ),
        # a title with a subtitle after a colon, which may name a person
        (
            "The song gets a chapter of Night Owl: A Year with Ann Arbour, the documentary that followed her tour. "
            'The film opens on a night train.\n\nOver archive footage, Arbour explains the title: "It is about the '
            'last train home."',
            "Night Owl: A Year with Ann Arbour",
        ),
        # a piece of another broadcast that the programme replays is from there
        (
            RECAP + "The episode also replays an interview from Radio Nord, in which Arbour says: "
            '"I wrote it on the last boat."',
            "Radio Nord",
        ),
    ],
)
def test_a_quote_told_in_the_present_on_a_page_recapping_one_programme_is_said_in_it(prose: str, source: str) -> None:
    assert quotes(prose) == [("Ann Arbour", source)]


@pytest.mark.parametrize(
    "prose",
    [
        # said before, not in a scene of the programme
        RECAP + '"I wrote it on the last boat," Arbour has said of it.',
        RECAP + 'Arbour told the story years before: "I wrote it on the last boat."',
        # a programme named, but nothing it shows told
        'The song was used in the documentary Salt Sheds.\n\n"I wrote it on the last boat," Arbour says.',
        # no programme named: a person is described as one's maker, a place opens the sentence
        'Cy Dorn, the film director who shot the video, is blunt. The film opens on a pier.\n\n"I wrote it on the '
        'last boat," Arbour says.',
        'In Chile, the documentary about her was a hit. The film opens on a pier.\n\n"I wrote it on the last boat," '
        "Arbour says.",
    ],
)
def test_no_programme_for_a_quote_said_before_or_on_a_page_that_recaps_none(prose: str) -> None:
    assert quotes(prose) == [("Ann Arbour", None)]


def test_a_recap_naming_two_programmes_gives_its_scenes_no_source_and_warns() -> None:
    prose = RECAP + 'The documentary Salt Sheds covers the same years. "I wrote it on the last boat," Arbour says.'
    assert quotes(prose) == [("Ann Arbour", None)]
    assert any("names more than one" in w.message for w in parse(prose).warnings)


# Three men the page has named, any of whom "he" might mean
THREE_MEN = "The engineer Gil Moss and the drummer Cy Dorn both worked on the record with the bassist Tom Reed.\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cleft is about its subject, whom "he" in the next sentence means
        (
            "It was Cy Dorn who put Gil Moss in touch with Tom Reed, whose band he had toured with. Over the footage, "
            'he says: "I knew they would get on."',
            [("Cy Dorn", None)],
        ),
        # a subject set off from its verb by a short aside naming no one
        (
            "Gil Moss, for his part, brought in a second writer, the lyricist Cy Dorn, an old friend. Later he says: "
            '"We needed words."',
            [("Gil Moss", None)],
        ),
    ],
)
def test_he_after_a_sentence_about_its_subject_means_the_subject(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(THREE_MEN + sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # no cleft: the sentence names three, any of whom "he" may be
        "Back then Cy Dorn put Gil Moss in touch with Tom Reed, whose band he had toured with. Over the footage, "
        'he says: "I knew they would get on."',
        # an aside naming another: not one subject alone
        "Gil Moss, like Tom Reed, brought in a second writer, the lyricist Cy Dorn, an old friend. Later he says: "
        '"We needed words."',
    ],
)
def test_he_after_a_sentence_of_several_with_no_clear_subject_means_no_one(sentence: str) -> None:
    assert quotes(THREE_MEN + sentence) == []


@pytest.mark.parametrize(
    "phrase",
    [
        "filmed on a rooftop above the Grand Canal",
        # "by" inside a word, or a word beginning "by", is no agent (phrases past the length of an apposition)
        "filmed on the terrace of a nearby hotel above the Grand Canal late one evening in the rain last winter",
        "photographed beside the old bypass above the Grand Canal late one evening in the rain last winter",
    ],
)
def test_a_past_participles_phrase_between_speaker_and_saying_names_no_speaker(phrase: str) -> None:
    # a past participle's phrase between the speaker and the saying, which may name a place
    prose = f'{THREE_MEN}Later, Moss, {phrase}, recalls the session: "We were freezing."'
    assert quotes(prose) == [("Gil Moss", None)]


@pytest.mark.parametrize(
    "lead",
    [
        # two subjects
        "Later, Moss, and Dorn, filmed on a rooftop, recall the session:",
        # an agent in the phrase (as "asked by the host X"): whose words they are is not sure, and never the agent's
        "Later, Moss, joined by Dorn, recalls the session:",
        "Later, Moss, filmed in a lobby by Dorn, recalls the session:",
        "Later, Moss, filmed on the terrace of a nearby hotel above the Grand Canal late one evening by Dorn, recalls "
        "the session:",
    ],
)
def test_no_speaker_for_sure_past_a_participles_phrase_of_two_or_of_an_agent(lead: str) -> None:
    assert quotes(f'{THREE_MEN}{lead} "We were freezing."') == []


def test_she_in_the_clause_joined_to_a_cleft_by_and_means_the_clefts_subject() -> None:
    prose = 'It was Ann Arbour who found Bea Bell her producer, and she tells the story herself: "I knew them both."'
    assert quotes(prose) == [("Ann Arbour", None)]


@pytest.mark.parametrize(
    "prose",
    [
        # no cleft: either of the two may be "she"
        'Ann Arbour found Bea Bell her producer, and she tells the story herself: "I knew them both."',
        # "but" turns to another
        'It was Ann Arbour who found Bea Bell her producer, but she tells the story differently: "I knew them both."',
    ],
)
def test_she_after_two_with_no_cleft_joined_by_and_means_no_one(prose: str) -> None:
    assert quotes(prose) == []


def test_an_introduction_in_the_passive_with_its_subject_stressed() -> None:
    prose = (
        "Cy Dorn produced it with Gil Moss. Dorn himself was introduced to Moss by his old teacher, Tom Reed, during a "
        "workshop at the Royal Academy in London."
    )
    assert intros(prose) == [
        ("Tom Reed", frozenset({"Cy Dorn", "Gil Moss"}), "a workshop at the Royal Academy in London")
    ]


def test_a_stressed_subject_set_up_by_someone_is_no_introduction() -> None:
    prose = (
        "Cy Dorn produced it with Gil Moss. Dorn himself was set up by his old teacher, Tom Reed, during a workshop "
        "in London."
    )
    assert intros(prose) == []


# Three people of the page, one of whom lives abroad
THREE_WRITERS = "Gil Moss and Cy Dorn wrote it with Tom Reed in Leeds. "


def test_the_one_person_a_sentence_leading_into_a_quote_shows_says_it() -> None:
    prose = (
        THREE_WRITERS + "The film finds Reed, now retired, at his piano in Bergen, cheerfully blunt about it: "
        '"They needed a referee."'
    )
    assert quotes(prose) == [("Tom Reed", None)]


@pytest.mark.parametrize(
    "shown",
    [
        # two people shown
        "The film finds Reed at his piano with Moss, cheerfully blunt about it:",
        # a new full name that is no place: someone else
        "The film finds Reed at his piano beside Astrid Lind, cheerfully blunt about it:",
    ],
)
def test_no_speaker_from_a_sentence_showing_more_than_one(shown: str) -> None:
    assert quotes(f'{THREE_WRITERS}{shown} "They needed a referee."') == []


def test_a_title_before_its_apposition_names_the_programme_not_the_name_after_its_kind() -> None:
    prose = (
        "If you want the story, watch Salt Sheds, the documentary Netflix put out last year. About halfway in, "
        'Arbour sits on the step and says: "It was cold."'
    )
    assert quotes(prose) == [("Ann Arbour", "Salt Sheds")]


def test_a_place_opening_the_sentence_is_no_title_before_an_apposition() -> None:
    assert quotes('In Oslo, the magazine Mojo asked her about it, and Arbour said: "It was cold."') == [
        ("Ann Arbour", "Mojo")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # seen in the video, then what they do in the scene after a comma: no part
        (
            "The music video was shot on a ferry. Bea Bell can be spotted in a brief cameo, pouring tea behind the "
            "counter.",
            [("Bea Bell", None)],
        ),
        # a cameo of someone's, with its part after "as" (a relative clause cut)
        (
            "The music video was shot on a ferry, and Bea Bell's cameo as a cyclist who misses the boat got the "
            "biggest laugh.",
            [("Bea Bell", "a cyclist")],
        ),
    ],
)
def test_a_cameo_glimpsed_or_told_as_someones(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "as" of when, not of a part
        "The music video was shot on a ferry, and Bea Bell's cameo got the biggest laugh as the boat left.",
        # someone of hers appears, not she
        "The music video was shot on a ferry, and Bea Bell's brother appears as a cyclist.",
    ],
)
def test_no_part_for_the_owner_of_a_cameo_told_otherwise(sentence: str) -> None:
    assert cast(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # met through someone described by "the", a place and what they do
        (
            "Moss, whom Dorn had met through the Leeds producer Tom Reed at a jazz night in Hull, plays bass on it.",
            [("Tom Reed", frozenset({"Cy Dorn", "Gil Moss"}), "a jazz night in Hull")],
        ),
        # the introducer as "the one who" connected the two, both named
        (
            "Dorn produced it. He was the one who connected Moss with the bassist Tom Reed, whom he had met years "
            "earlier in Hull.",
            [("Cy Dorn", frozenset({"Gil Moss", "Tom Reed"}), None)],
        ),
    ],
)
def test_an_introduction_through_the_one_described_or_by_the_one_who_connected(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(THREE_MEN + sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # met through a place, not someone
        "Moss, whom Dorn had met through the Leeds pub at a jazz night in Hull, plays bass on it.",
        # connected with something, not someone
        "Dorn produced it. He was the one who connected Moss with a label in Leeds.",
    ],
)
def test_no_introduction_through_a_place_or_with_something(sentence: str) -> None:
    assert intros(THREE_MEN + sentence) == []


def test_an_introducer_named_in_apposition_to_a_relation_of_hers() -> None:
    prose = "Bea Bell produced it. She was set up with Arbour by her sister-in-law, Eda Fenn, at a party in Leeds."
    assert intros(prose) == [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a party in Leeds")]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a name after a place and a comma: the introducer is the name after "by"
        (
            THREE_MEN + "Dorn was introduced to Moss by Tom Reed at a party, Eli Roth and all.",
            [("Tom Reed", frozenset({"Cy Dorn", "Gil Moss"}), "a party")],
        ),
        # the relation unnamed: no introducer for sure
        ("Bea Bell produced it. She was set up with Arbour by her sister-in-law at a party, Eda Fenn said.", []),
    ],
)
def test_no_introducer_from_a_name_that_is_no_apposition_to_the_relation(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


def test_a_subjects_second_verb_in_the_present_is_the_saying_past_a_clause_of_others_in_the_past() -> None:
    prose = (
        THREE_MEN + "Reed is filmed in the studio where Moss mixed it and explains why there are no drums: "
        '"The floor was the drum."'
    )
    assert quotes(prose) == [("Tom Reed", None)]


@pytest.mark.parametrize(
    "lead",
    [
        # a clause of another's in the present: whose the saying is, is not sure
        "Reed watches as Moss plays and explains why there are no drums:",
        # told in the past, where the tenses tell nothing apart
        "Reed was filmed in the studio where Moss mixed it and explained why there were no drums:",
    ],
)
def test_no_speaker_from_a_second_verb_after_a_clause_of_another_in_the_same_tense(lead: str) -> None:
    assert quotes(f'{THREE_MEN}{lead} "The floor was the drum."') == []


def test_a_clause_after_a_colon_whose_subject_goes_on_to_say_names_the_speaker() -> None:
    prose = THREE_MEN + 'Reed gets a moment of his own: Moss plays the riff that opens the song and says: "Four notes."'
    assert quotes(prose) == [("Gil Moss", None)]


def test_no_speaker_when_another_does_something_in_the_present_before_and_says() -> None:
    prose = THREE_MEN + 'Reed gets a moment of his own: he watches as Moss plays the riff and says: "Four notes."'
    assert quotes(prose) == []


def test_a_leading_sentence_about_one_subject_tells_of_no_speaking_without_a_noun_of_it() -> None:
    prose = (
        "The camera stays on the hands of Cy Dorn at a desk in Leeds while Gil Moss mixes the bridge. Later he keeps "
        'the tempo low: "Less is more, always."'
    )
    assert quotes(prose) == []


# Two of THREE_MEN, each in a clause of their own
EACH_ON_THEIR_OWN = (
    "Cy Dorn, then a teacher in Hull, is shown singing psalms; Gil Moss, then a student, is shown recording rain. "
)


def test_they_opening_a_sentence_after_one_that_named_two_apart_means_those_two() -> None:
    prose = THREE_MEN + EACH_ON_THEIR_OWN + "They were introduced by Dorn's flatmate, Tom Reed, at a ceilidh in Leeds."
    assert intros(prose) == [("Tom Reed", frozenset({"Cy Dorn", "Gil Moss"}), "a ceilidh in Leeds")]


def test_they_after_a_sentence_that_named_three_means_no_one() -> None:
    prose = (
        THREE_MEN + "Cy Dorn sings psalms, Gil Moss records rain and Tom Reed films them. They were introduced by "
        "Eli Roth at a ceilidh in Leeds."
    )
    assert intros(prose) == []
    assert any("does not name for sure" in w.message for w in parse(prose).warnings)


@pytest.mark.parametrize(
    "prose",
    [
        # a person named, then whose relation they are: the sentence is about them, not the owner
        "The film cuts to Leeds, and to Eda Fenn, Arbour's manager since 2016. She put the two singers in touch at "
        "a festival in Hull.",
        # one's own doing, remembered
        "Eda Fenn, a manager in Leeds, has the story. She remembers putting the two singers in touch at a festival in "
        "Hull.",
    ],
)
def test_she_after_a_relation_named_last_and_remembering_putting_two_in_touch(prose: str) -> None:
    assert intros(prose) == [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a festival in Hull")]


@pytest.mark.parametrize(
    "prose",
    [
        # a thing of hers, not a relation: "she" is still the owner, one of the two
        "The film cuts to Leeds, and to Salt Hall, Arbour's studio since 2016. She remembers putting the two singers "
        "in touch at a festival in Hull.",
        # putting them somewhere else is no introduction
        "Eda Fenn, a manager in Leeds, has the story. She remembers putting the two singers on a train to Hull.",
    ],
)
def test_no_introduction_by_the_owner_of_a_thing_or_from_putting_two_elsewhere(prose: str) -> None:
    assert intros(prose) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In the video, Mara Dunn, who played a surgeon on TV, appears as herself.", [("Mara Dunn", "herself")]),
        ("In the video, Mara Dunn, who played a surgeon on TV, plays a nurse.", [("Mara Dunn", "a nurse")]),
        # (no casting verb of the sentence's own after the comma: the relative clause tells the part)
        ("The video stars Mara Dunn, who plays a nurse.", [("Mara Dunn", "a nurse")]),
        ("In the video, Mara Dunn, who plays a nurse, walks home.", [("Mara Dunn", "a nurse")]),
    ],
)
def test_a_relative_clause_of_a_career_before_the_sentences_own_part(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "introducer"),
    [
        # what the introducer was then, told by a time phrase before the comma of the apposition
        (
            "Arbour was introduced to Bell by the label's scout at the time, Cy Dorn, during a writing camp in Oslo.",
            "Cy Dorn",
        ),
        (
            "Arbour was introduced to Bell by the band's A&R at the time, Cy Dorn, during a writing camp in Oslo.",
            "Cy Dorn",
        ),
    ],
)
def test_a_passive_introducer_described_by_what_they_were_at_the_time(sentence: str, introducer: str) -> None:
    assert intros(sentence) == [(introducer, frozenset({"Ann Arbour", "Bea Bell"}), "a writing camp in Oslo")]


def test_at_the_time_is_no_description_when_no_name_follows_its_comma() -> None:
    # (the time phrase ends the sentence's own words: no one is named in apposition after it)
    assert intros("Arbour was introduced to Bell by the label at the time, and they wrote in Oslo.") == []


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        # a past participle's phrase stays after "playing"; a name before the place's noun says which place
        (
            "The video shows Bell playing a ferryman stranded at an Oslo boat yard.",
            "a ferryman stranded at an Oslo boat yard",
        ),
        # a present participle's phrase is the scene after "playing", cut with its place
        ("In the video Bell plays a ferryman waiting at an Oslo boat yard.", "a ferryman"),
    ],
)
def test_a_past_participles_place_with_a_name_stays_in_the_part(sentence: str, part: str) -> None:
    assert cast(sentence) == [("Bea Bell", part)]


def test_creator_before_a_name_is_a_description_not_part_of_the_name() -> None:
    prose = "The video stars Bell as a nurse. Creator Cy Dorn, whose cover went viral, appears as himself at the end."
    assert cast(prose) == [("Bea Bell", "a nurse"), ("Cy Dorn", "himself")]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # questions answered on a platform, or on its live broadcast
        ("During a Twitch Q&A last spring, Arbour answered the question everyone asked:", "Twitch"),
        ("During a Facebook Live Q&A last spring, Arbour answered the question everyone asked:", "Facebook Live"),
        # a Q&A named by a city is where it was held, no medium
        ("During a Berlin Q&A last spring, Arbour answered the question everyone asked:", None),
        # a remark put into a conversation already going, on a platform
        ("Arbour chimed in on Twitter an hour later:", "Twitter"),
        ("Arbour chimed in an hour later:", None),
        # a post named by a platform whose posts bear its name
        ("Arbour posted a TikTok the next morning with the caption:", "TikTok"),
        ("Arbour posted a Polaroid the next morning with the caption:", None),
        # a platform's feature, by whose it is
        ("Arbour settled it on her Instagram Stories with a short note:", "Instagram Stories"),
        ("Arbour settled it on her Paris balcony with a short note:", None),
        # a tweet is a post on Twitter
        ("In a since-deleted tweet, Arbour wrote:", "Twitter"),
        ("In a since-deleted post, Arbour wrote:", None),
        # a community's server on a platform
        ("Arbour posted about the chorus on the band's Discord server the next day:", "Discord"),
        # what was posted may name people before where it was posted
        ("Arbour posted the moment Cy Dorn walked in on Threads a year later:", "Threads"),
    ],
)
def test_sources_on_social_platforms(lead: str, source: str | None) -> None:
    assert quotes(f'{lead} "Cy made us both do it."') == [("Ann Arbour", source)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an adverb set off by commas between the one cast and the verb comments on the casting
        (
            "The video stars Bell as a nurse, and Cy Dorn, fittingly, appears as himself, running a bar.",
            [("Bea Bell", "a nurse"), ("Cy Dorn", "himself")],
        ),
        (
            "The video stars Bell as a nurse. Cy Dorn, naturally, plays a lifeguard.",
            [("Bea Bell", "a nurse"), ("Cy Dorn", "a lifeguard")],
        ),
        # no casting verb after the adverb: no part
        ("The video stars Bell as a nurse. Cy Dorn, fittingly, wrote it as a lullaby.", [("Bea Bell", "a nurse")]),
    ],
)
def test_an_adverb_aside_between_the_one_cast_and_the_verb(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    "prose",
    [
        # a relative clause about the introducer between them and "put ... in touch", "her" the one the sentence before
        # was about
        "Bell, for her part, was a fan long before she sang with them. Pianist Cy Dorn, who had sung alongside her in "
        "a church choir for years, put her in touch with Arbour, and she joked about it.",
        "Bell was a fan long before she sang with them. Pianist Cy Dorn, who knew her from school, put her in touch "
        "with Arbour.",
    ],
)
def test_put_in_touch_after_a_relative_clause_about_the_introducer(prose: str) -> None:
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the comma after "with a label" ends the clause: whom "sang with" names was put in touch with no one
        "Pianist Cy Dorn, who had put Bell in touch with a label, sang with Arbour.",
        "Pianist Cy Dorn put Bell in touch with a label, sang with Arbour and left.",
    ],
)
def test_put_in_touch_with_a_thing_then_a_comma_is_no_introduction(sentence: str) -> None:
    assert intros(sentence) == []


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # words put out with a post, after "with the caption" or "and the words": the poster's, however short
        (
            'Arbour posted a TikTok of the two of them at the party with the caption "my best work."',
            [("Ann Arbour", "TikTok")],
        ),
        ('Arbour posted a photo with the caption, "my best work."', [("Ann Arbour", None)]),
        # a tweet of one's own words over another's is a saying on Twitter
        (
            'Arbour quote-tweeted the clip with a row of emojis and the words "he is not lying, he dragged me there."',
            [("Ann Arbour", "Twitter")],
        ),
        # words printed or painted somewhere, with no one's posting: no quote
        ('The single came out in a sleeve with the words "for Cy, who dragged me there" on the back.', []),
        ('Fans made a banner with the caption "my best work" for the show.', []),
    ],
)
def test_words_put_out_with_a_post_are_the_posters(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


REPLIED_TO = 'Cy Dorn posted on Threads a year later: "Two shy people, one tiny room."\n\n'


@pytest.mark.parametrize(
    ("reply", "source"),
    [
        # a reply to the words just quoted, someone else's, is made where they were put
        ("Arbour replied within minutes:", "Threads"),
        # a medium of its own
        ("Arbour replied on Instagram:", "Instagram"),
        # a reply to someone else named, not to the words before
        ("Arbour replied to a fan within minutes:", None),
    ],
)
def test_a_reply_to_the_quote_before_is_made_where_it_was_put(reply: str, source: str | None) -> None:
    prose = f'{REPLIED_TO}{reply} "You should take the credit."'
    assert quotes(prose) == [("Cy Dorn", "Threads"), ("Ann Arbour", source)]


def test_a_reply_after_a_paragraph_between_is_no_reply_to_that_quote() -> None:
    prose = f'{REPLIED_TO}The song came out in May.\n\nArbour replied within minutes: "You should take the credit."'
    assert quotes(prose) == [("Cy Dorn", "Threads"), ("Ann Arbour", None)]


# A sentence about Ann Arbour, then one whose subject's verb takes "her" (someone else than its subject).
WITH_HER = "Ann Arbour recorded it in a barn where she lived then. Cy Dorn has toured with her longer than anyone. "


@pytest.mark.parametrize(
    "prose",
    [
        WITH_HER + "Before the encore she sat on a stool. “This one is for my mother,” she said.",
        # (a "her" opening the next sentence goes on meaning her, and leaves "she" after it as unsure)
        WITH_HER + "Her cousin books the band. Before the encore she sat on a stool. “This one is for my mother,” she "
        "said.",
    ],
)
def test_she_after_a_subject_whose_verb_took_her_is_no_one_for_sure(prose: str) -> None:
    assert quotes(prose) == []
    assert any("speaker the page does not name" in w.message for w in parse(prose).warnings)


def test_she_after_a_subject_whose_verb_took_no_her_is_that_subject() -> None:
    prose = (
        "Ann Arbour recorded it in a barn where she lived then. Cy Dorn has toured longer than anyone. Before the "
        "encore she sat on a stool. “This one is for my mother,” she said."
    )
    assert quotes(prose) == [("Cy Dorn", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the end of a thing that is no stretch of time is a place: the part's own, after "as"
        ("The video stars Arbour as a busker at the end of the line.", "a busker at the end of the line"),
        ("The video stars Arbour as a fishmonger at the end of the pier, and Bell plays a gull.", None),
        # the end of the video, or of a stretch of time, is when: not the part
        ("The video stars Arbour as a busker at the end of the video.", "a busker"),
        ("The video stars Arbour as a busker at the end of the night.", "a busker"),
        ("The video stars Arbour as a waiter at the start of the song.", "a waiter"),
        ("The video stars Arbour as a waiter at the end.", "a waiter"),
    ],
)
def test_the_end_of_a_place_after_as_is_the_parts_own(sentence: str, expected: str | None) -> None:
    found = dict(cast(sentence))
    assert found["Ann Arbour"] == (expected or "a fishmonger at the end of the pier")


@pytest.mark.parametrize(
    ("second", "dorn_is"),
    [
        # "her" there was Arbour: the "her" opening the next sentence goes on meaning her, and says nothing of Dorn
        ("Dorn has toured with her longer than anyone.", None),
        # no "her" before: the one the text is about now, Dorn, whom "her" then calls so
        ("Dorn has toured longer than anyone.", "herself"),
    ],
)
def test_her_opening_a_sentence_after_a_her_that_was_not_the_subject(second: str, dorn_is: str | None) -> None:
    from songgraph.ingest.page.clauses import Discourse

    people = People(page="p.txt", known={})
    for name in ("Ann Arbour", "Cy Dorn"):
        people.canonical(name)
    discourse = Discourse(people)
    for sentence in ("Ann Arbour recorded it in a barn where she lived then.", second, "Her cousin books the band."):
        discourse.after(discourse.read(sentence))
    assert people.selves.get("Cy Dorn") == dorn_is


@pytest.mark.parametrize(
    "sentence",
    [
        "Cy Dorn put Ann Arbour in touch with the singer Bea Bell at a label party.",
        "Cy Dorn put Ann Arbour in touch with his old bandmate Bea Bell at a label party.",
    ],
)
def test_in_touch_with_a_description_before_the_name(sentence: str) -> None:
    # a description with no comma after "in touch with" (the comma check once failed on it and lost the page)
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a label party")]


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        ("Cy Dorn introduced Ann Arbour to Bea Bell in a cramped jazz bar in Leeds.", "a cramped jazz bar in Leeds"),
        ("Cy Dorn introduced Ann Arbour to Bea Bell in an old pub, and they wrote all night.", "an old pub"),
        ("Cy Dorn introduced Ann Arbour to Bea Bell in the kitchen of a squat.", "the kitchen of a squat"),
    ],
)
def test_in_a_room_or_building_is_where_an_introduction_happened(sentence: str, occasion: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a group, a message, a time, a manner and "the same room" are no place where
        "Cy Dorn introduced Ann Arbour to Bea Bell in a band they both joined.",
        "Cy Dorn introduced Ann Arbour to Bea Bell in a long letter.",
        "Cy Dorn introduced Ann Arbour to Bea Bell in the spring.",
        "Cy Dorn introduced Ann Arbour to Bea Bell in a hurry.",
        "Cy Dorn introduced Ann Arbour to Bea Bell in the same room.",
    ],
)
def test_in_a_phrase_whose_head_is_no_room_or_building_is_no_occasion(sentence: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Arbour wrote it with Bea Bell, whom she had met two years earlier through the DJ Cy Dorn at a rave in Hull.",
        "Arbour wrote it with Bea Bell, whom she met in 2015 through the drummer Cy Dorn at a rave in Hull.",
        "Ann Arbour met Bea Bell a few months before through the DJ Cy Dorn at a rave in Hull.",
    ],
)
def test_met_through_someone_with_a_time_between_and_a_role_in_capitals(sentence: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a rave in Hull")]


@pytest.mark.parametrize(
    "sentence",
    [
        # met through no one: a place, a medium
        "Arbour wrote it with Bea Bell, whom she had met two years earlier through the DJ booth at a rave in Hull.",
        "Arbour wrote it with Bea Bell, whom she had met two years earlier through Facebook.",
        # a time after the means is no part of the meeting's shape
        "Arbour wrote it with Bea Bell, whom she had met two years earlier at a rave in Hull.",
    ],
)
def test_met_after_a_time_through_nobody_is_no_introduction(sentence: str) -> None:
    assert intros(sentence) == []


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        (
            "Cy Dorn, who now runs a bakery, went back to the song on Radio Nord Live last week. “We cut it in one "
            "take,” he said.",
            [("Cy Dorn", "Radio Nord Live")],
        ),
        (
            "Cy Dorn came back to it on Kanal Sieben this spring. “We cut it in one take,” he said.",
            [("Cy Dorn", "Kanal Sieben")],
        ),
        # a return to a place, on a day: no programme
        (
            "Cy Dorn went back to the studio on New Year's Day. “We cut it in one take,” he said.",
            [("Cy Dorn", None)],
        ),
        (
            "Cy Dorn returned to his home town on Boxing Day. “We cut it in one take,” he said.",
            [("Cy Dorn", None)],
        ),
    ],
)
def test_coming_back_to_a_song_on_a_programme_is_where_the_words_after_were_said(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        (
            "“We cut it in one take,” said Eda Fenn, who used to manage bands and now hosts the late show on Kanal "
            "Sieben, on her programme last night.",
            [("Eda Fenn", "Kanal Sieben")],
        ),
        (
            "“We cut it in one take,” said Cy Dorn, who presents a weekly folk podcast on Radio Nord, on his own "
            "podcast.",
            [("Cy Dorn", "Radio Nord")],
        ),
        # where she works, with no word that she spoke there
        (
            "“We cut it in one take,” said Eda Fenn, who now hosts the late show on Kanal Sieben.",
            [("Eda Fenn", None)],
        ),
    ],
)
def test_on_her_programme_after_the_show_she_presents_on_a_station_is_that_station(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Cy Dorn, then a shy art student and now a film star, stars as a farmer.", [("Cy Dorn", "a farmer")]),
        ("Cy Dorn, now a regular on daytime television, plays a farmer.", [("Cy Dorn", "a farmer")]),
        ("Cy Dorn, at the time Eda Fenn's flatmate, appears as a farmer.", [("Cy Dorn", "a farmer")]),
        # the aside is no part, and names no one cast
        ("Cy Dorn, then a farmer, appears as himself.", [("Cy Dorn", "himself")]),
    ],
)
def test_what_someone_was_then_or_is_now_between_the_name_and_the_casting_verb(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert cast("The video is short. " + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("There is a cameo from Cy Dorn, of course, holding the ladder.", [("Cy Dorn", None)]),
        ("The clip ends with a cameo from Cy Dorn, naturally.", [("Cy Dorn", None)]),
        # a part after the aside is left to no rule: not read as a cameo without one
        ("There is a cameo from Cy Dorn, again, as a farmer.", []),
        # an aside that says something of the person is no narrator's aside
        ("There is a cameo from Cy Dorn, naturally blond, as a farmer.", []),
    ],
)
def test_a_narrators_aside_after_a_cameos_name(sentence: str, expected: list[tuple[str, None]]) -> None:
    assert cast("The video is short. " + sentence) == expected


@pytest.mark.parametrize(
    "lead",
    [
        "Cy Dorn came back to the song on New Year's Eve.",
        "Cy Dorn went back to the story on Boxing Day.",
        "Cy Dorn talked about it on Christmas Day.",
        "Cy Dorn spoke to the crowd on Good Friday.",
    ],
)
def test_a_feast_day_after_on_is_when_not_where(lead: str) -> None:
    assert quotes(f"{lead} “We cut it in one take,” he said.") == [("Cy Dorn", None)]


def test_a_programme_named_like_a_day_is_still_where() -> None:
    # a name that only ends with a day's word is a programme's
    prose = "Cy Dorn went back to the song on Sunday Brunch Live. “We cut it in one take,” he said."
    assert quotes(prose) == [("Cy Dorn", "Sunday Brunch Live")]


def test_a_name_after_then_is_no_apposition_of_the_name_before() -> None:
    # "X, then Y, ...": Y is the next one named, not what X was then, so X takes no part across it
    assert ("Cy Dorn", "a farmer") not in cast("The video is short. Cy Dorn, then Eda Fenn, plays a farmer.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an adverb in "-ly" after the participle: how the character does it, cut after "plays"
        ("In the video, Mara Dunn plays a night porter sleeping soundly.", [("Mara Dunn", "a night porter")]),
        ("In the video, Mara Dunn plays a clerk humming quietly to himself.", [("Mara Dunn", "a clerk")]),
        # an adjective in "-ly" before the noun is part of it
        (
            "In the video, Mara Dunn plays the old miller's ageing ugly sister.",
            [("Mara Dunn", "the old miller's ageing ugly sister")],
        ),
    ],
)
def test_a_participle_then_an_adverb_after_plays_is_cut(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relation told with a possessive pronoun, then the person's name after a comma: one person
        (
            "The video stars Mara Dunn as a nurse, and there is a cameo from her uncle, Ned Bray, who runs the bar.",
            [("Mara Dunn", "a nurse"), ("Ned Bray", None)],
        ),
        # three names after the relation: whether the first is the relation is not told
        (
            "The video stars Mara Dunn as a nurse, with cameos from her uncle, Ned Bray, Tom Reed, who run the bar.",
            [("Mara Dunn", "a nurse")],
        ),
    ],
)
def test_a_cameo_from_a_relation_told_by_a_possessive_pronoun(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # a portion of food or drink is no occasion; where it was had, after it, is
        (
            "Cy Dorn introduced Ann Arbour to Bea Bell over a bowl of ramen at the noodle bar in Leeds.",
            "the noodle bar in Leeds",
        ),
        ("Cy Dorn introduced Ann Arbour to Bea Bell over two pints of stout at a pub in Hull.", "a pub in Hull"),
        ("Cy Dorn introduced Ann Arbour to Bea Bell over a pot of tea.", None),
        # a meal is one
        ("Cy Dorn introduced Ann Arbour to Bea Bell over a late dinner in Hull.", "a late dinner in Hull"),
    ],
)
def test_an_occasion_over_a_portion_of_food_is_where_it_was_had(sentence: str, occasion: str | None) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


# Two introduced at a party, then the one a later sentence is about
_TWO_MET = (
    "The engineer Gil Moss worked on the record. Ann Arbour and Bea Bell were introduced by Tom Reed at a party in "
    "Hull. "
)
_PARTY = ("Tom Reed", frozenset({"Ann Arbour", "Bea Bell"}), "a party in Hull")


@pytest.mark.parametrize(
    "between",
    [
        "Ann Arbour sings. ",
        # a sentence naming no one but a programme by its title keeps whom the text is about
        "Ann Arbour sings. Last year the talk on the radio show Jody Blue was all about it. ",
    ],
)
def test_the_two_after_someone_who_has_known_her_are_those_two(between: str) -> None:
    prose = _TWO_MET + between + "Moss has known her far longer. Eli Roth connected the two of them at a fair in York."
    assert intros(prose) == [_PARTY, ("Eli Roth", frozenset({"Gil Moss", "Ann Arbour"}), "a fair in York")]


def test_the_two_after_someone_who_has_known_her_unknown_are_no_one() -> None:
    prose = _TWO_MET + "Moss has known her far longer. Eli Roth connected the two of them at a fair in York."
    assert intros(prose) == [_PARTY]
    assert any("does not name for sure" in w.message for w in parse(prose).warnings)


def test_the_two_after_someone_who_has_known_her_relative_are_the_pair() -> None:
    # "her brother": a possessive, no object of the verb; the pair named together is still "the two"
    prose = (
        _TWO_MET + "Ann Arbour sings. Moss has known her brother far longer. Eli Roth connected the two of them at a "
        "fair in York."
    )
    assert intros(prose) == [_PARTY, ("Eli Roth", frozenset({"Ann Arbour", "Bea Bell"}), "a fair in York")]


def test_her_is_not_the_other_of_a_pair_when_the_sentence_before_named_a_she_too() -> None:
    prose = (
        "Ann Arbour says she loves it. It was written by Arbour with Cy Dorn and Gil Moss. Dorn, whom Eda Fenn "
        "introduced to her at a party in Hull, produced it." + _credited("Ann Arbour, Cy Dorn & Gil Moss", "Cy Dorn")
    )
    assert intros(prose) == []
    assert any("does not name for sure" in w.message for w in parse(prose).warnings)


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the name is the object of the first "she"'s verb: the second "she" is that first one, not the name
        (
            'Ann Arbour sings on it. When I ask her how she met Bell, she laughs. "It was at a bus stop," she says.',
            [("Ann Arbour", None)],
        ),
        # whom that first "she" means is not known: no speaker, rather than the name
        (
            'Ann Arbour wrote it with Bea Bell. When I ask her how she met Bell, she laughs. "It was at a bus stop," '
            "she says.",
            [],
        ),
    ],
)
def test_she_after_a_name_that_her_own_verb_took_as_object(prose: str, expected: list[tuple[str, None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        ("Cy Dorn introduced Ann Arbour to Bea Bell at the Glade festival (2016).", "the Glade festival"),
        (
            "Arbour and Bell were introduced by Cy Dorn during a folk weekend in Hull (May 2016).",
            "a folk weekend in Hull",
        ),
        ("Cy Dorn brought Ann Arbour and Bea Bell together at a wake (his uncle's), and left.", "a wake"),
        # an aside in brackets before the occasion is still passed over, and the occasion then ends at its own bracket
        ("Cy Dorn introduced Ann Arbour to Bea Bell (his flatmate) at a barn dance (2016).", "a barn dance"),
    ],
)
def test_an_aside_in_brackets_after_the_occasion_is_no_part_of_it(sentence: str, occasion: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the Cornish piper Cy Dorn who, in April of that year, introduced Ann Arbour to Bea Bell at a ceilidh.",
        "It was Cy Dorn who, in late October, introduced Ann Arbour to Bea Bell at a ceilidh.",
        "It was Cy Dorn who, in Truro, introduced Ann Arbour to Bea Bell at a ceilidh.",
    ],
)
def test_an_aside_after_who_may_name_a_month_or_a_place(sentence: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a ceilidh")]


@pytest.mark.parametrize(
    "sentence",
    [
        # an aside naming someone else: the introducer is not sure
        "It was Cy Dorn who, like Eda Fenn, introduced Ann Arbour to Bea Bell at a ceilidh.",
        "It was Cy Dorn who, in Eda Fenn's view, introduced Ann Arbour to Bea Bell at a ceilidh.",
    ],
)
def test_an_aside_after_who_naming_someone_else_gives_no_introduction_of_the_cleft(sentence: str) -> None:
    assert ("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a ceilidh") not in intros(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Most histories start from the introduction of Arbour to Bell by the Welsh harpist Cy Dorn at a wake.",
        "The band dates from the introduction of Arbour and Bell by Cy Dorn at a wake in Hull.",
    ],
)
def test_the_introduction_of_two_by_someone_as_a_noun_phrase(sentence: str) -> None:
    found = intros(sentence)
    assert [(i[0], i[1]) for i in found] == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}))]
    assert found[0][2] in ("a wake", "a wake in Hull")


@pytest.mark.parametrize(
    "sentence",
    [
        # one person presented, or someone introduced to a thing: no pair
        "The night ended with the introduction of Arbour by Cy Dorn at a wake.",
        "The introduction of Arbour to Bell's music by Cy Dorn came at a wake.",
    ],
)
def test_the_introduction_of_one_or_to_a_thing_by_someone_is_no_pair(sentence: str) -> None:
    assert intros(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Their pairing is put down to Cy Dorn, a Welshman who set the two up at a showcase in Hull.",
        "Their pairing is put down to Cy Dorn, a Welshman who had lived in both towns and who set the two up at a "
        "showcase in Hull.",
        "Arbour and Bell thank Cy Dorn, an agent who brought the two together at a showcase in Hull.",
        "Arbour thanks Cy Dorn, her old agent who put her in touch with Bea Bell at a showcase in Hull.",
    ],
)
def test_an_apposition_that_says_who_put_the_two_together(sentence: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a showcase in Hull")]


@pytest.mark.parametrize(
    "sentence",
    [
        # the first relative clause names someone else, who may be one of the two
        "Arbour thanks Cy Dorn, a Welshman who had toured with Eda Fenn and who set the two up at a showcase in Hull.",
        # not an apposition to the name: a list of two, the second the one who did
        "Arbour thanks Cy Dorn, Eda Fenn who set the two up at a showcase in Hull.",
    ],
)
def test_an_apposition_with_who_naming_someone_else_gives_no_introducer(sentence: str) -> None:
    assert all(i[0] != "Cy Dorn" for i in intros(sentence))


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Arbour's own account of the tour, given to Harbour Monthly in 2020, is wry:",
            ("Ann Arbour", "Harbour Monthly"),
        ),
        ("Arbour's account, offered to The Night Desk, is shorter:", ("Ann Arbour", "The Night Desk")),
        (
            "Arbour's own reflections, offered during a livestream on Twitch, dwell on the chorus:",
            ("Ann Arbour", "Twitch"),
        ),
        # whom the account was given to, by a full name the page has not met: a person, no medium
        ("Arbour's account of the tour, given to Cy Dorn, is wry:", ("Ann Arbour", None)),
        ("Arbour's version, to Cy Dorn, is wry:", ("Ann Arbour", None)),
    ],
)
def test_someones_account_given_to_a_medium(lead: str, expected: tuple[str, str | None]) -> None:
    assert quotes(f'{lead} "We slept in the van for a month."') == [expected]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("In the same feature, Bell gives a longer account:", "Harbour Monthly"),
        ("Bell, quoted in that article, is blunter:", "Harbour Monthly"),
        # another piece: where it was printed is not told
        ("In a later feature, Bell gives a longer account:", None),
    ],
)
def test_the_same_printed_piece_is_the_last_quotes_source(lead: str, source: str | None) -> None:
    prose = f'"I slept in the van," Arbour told Harbour Monthly in 2021.\n\n{lead} "We froze."'
    assert quotes(prose) == [("Ann Arbour", "Harbour Monthly"), ("Bea Bell", source)]


PRODUCED_BY_DORN = "The song was written by Arbour and Bell and produced by Cy Dorn. "


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a sentence ending on someone's own account: the "he" that gives it next is theirs
        (
            "How Arbour and Bell met is set out mostly in the producer's own account. Talking to Mixmag, he recalled:",
            "Cy Dorn",
        ),
        (
            "How Arbour and Bell met is set out mostly in Dorn's recollections. Talking to Mixmag, he recalled:",
            "Cy Dorn",
        ),
        # the role's owner, told by the role, is a mention like a name's
        ("The producer's own account, given to Mixmag, is blunt:", "Cy Dorn"),
        # someone's thing that is no telling: "he" is still no one for sure
        ("How Arbour and Bell met is set out mostly in the producer's studio. Talking to Mixmag, he recalled:", None),
    ],
)
def test_a_sentence_ending_on_someones_own_account_is_about_them(prose: str, expected: str | None) -> None:
    found = quotes(PRODUCED_BY_DORN + prose + ' "We froze."')
    assert [speaker for speaker, _ in found] == ([expected] if expected else [])


def test_the_account_of_a_role_no_one_on_the_page_has_is_no_ones() -> None:
    prose = PRODUCED_BY_DORN + "The engineer's own account, given to Mixmag, is blunt:"
    assert quotes(prose + ' "We froze."') == []


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # after a sentence naming others, a lead that tells of a claim made (a saying) is its subject's
        (
            "Arbour met Bell through her cousin, the painter Eda Fenn. Fenn has since claimed the introduction with "
            "some pride:",
            [("Eda Fenn", None)],
        ),
        ("Arbour met Bell through Eda Fenn. Fenn claims all the credit:", [("Eda Fenn", None)]),
        # a lead that tells of no saying: the words may be anything (a line sung, a sign)
        ("Arbour met Bell through Eda Fenn. Fenn is proud of it:", []),
        ("Arbour met Bell through Eda Fenn. Fenn claimed the top spot in the charts:", []),
    ],
)
def test_a_colon_lead_telling_of_a_claim_after_a_sentence_naming_others(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose + ' "The DJ was dreadful."') == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "There is also a cameo from the juggler Cy Dorn, whose turn has been read as a joke about circuses.",
            [("Cy Dorn", None)],
        ),
        (
            "A cameo from the old crooner Cy Dorn, spotted in a doorway near the end, has been read as a blessing.",
            [("Cy Dorn", None)],
        ),
        # a part after "as" right after the name is still the rules' for parts, not a cameo in no part
        ("There is a cameo from Cy Dorn as a lollipop man.", [("Cy Dorn", "a lollipop man")]),
    ],
)
def test_a_cameo_from_someone_before_a_whose_clause_or_a_participle(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast("The video, directed by Lu Pym, is set in a lido. " + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Arbour herself is kept off screen for most of it, appearing only as a face in a shop window.",
            [("Ann Arbour", "a face in a shop window")],
        ),
        (
            "Arbour stays hidden until the chorus, turning up then as a traffic warden.",
            [("Ann Arbour", "a traffic warden")],
        ),
        # the clause names someone else, who may be the one appearing: no part
        ("Arbour is hidden until Cy Dorn leaves, appearing as a traffic warden.", []),
        # not the sentence's subject
        ("In the last scene, Arbour is hidden, appearing as a traffic warden.", []),
    ],
)
def test_the_subjects_participle_of_appearing_after_its_clause(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast("The video, directed by Lu Pym, is set in a lido. " + sentence) == expected


@pytest.mark.parametrize(
    ("prose", "occasion"),
    [
        # the speaker introduced them at a place of their own: "my" is the speaker's, named
        (
            'Cy Dorn told us how it began. "I introduced Ann and Bea at a party at my flat in Hull," he said.',
            "a party at Cy Dorn's flat in Hull",
        ),
        # the speaker is not the introducer: "my" is still the speaker's
        (
            '"Cy Dorn introduced Ann and Bea at a dinner at my house in Hull," Eda Fenn said.',
            "a dinner at Eda Fenn's house in Hull",
        ),
        # narration has no speaker to name: the page's words stay
        ("Cy Dorn introduced Ann and Bea at a party at my flat in Hull.", "a party at my flat in Hull"),
    ],
)
def test_my_inside_an_occasion_is_the_speakers(prose: str, occasion: str) -> None:
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("prose", "occasion"),
    [
        # an apposition about the introducer whose relative clause names someone else, then where
        (
            "Ann Arbour was connected with Bea Bell by Cy Dorn, a sound engineer who shared a flat with Eda Fenn, "
            "at a label party in Leeds in 2016.",
            "a label party in Leeds",
        ),
        # the same about the last of the two introduced
        (
            "Cy Dorn introduced Ann Arbour to Bea Bell, a fiddler whom Eda Fenn had signed, at a folk night in Hull.",
            "a folk night in Hull",
        ),
        # an apposition naming someone with no relative clause: what it says of them is not sure, nor is where
        ("Ann Arbour was introduced to Bea Bell by Cy Dorn, a friend of Eda Fenn, at a label party in Leeds.", None),
    ],
)
def test_an_apposition_with_a_relative_clause_before_the_occasion(prose: str, occasion: str | None) -> None:
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


def test_her_after_a_he_that_opens_the_sentence_is_not_whom_he_means() -> None:
    # "He" is the one the text is about, so "her brother" is someone else's: the woman the sentence before named
    prose = (
        "The fiddler Ann Arbour wrote it on a train, and she sang it in one take. Cy Dorn produced it. Dorn's history "
        "with the fiddler goes back further. He has known her since they were teenagers, when her brother, Gil Moss, "
        "introduced them at a school play in Hull."
    )
    assert intros(prose) == [("Gil Moss", frozenset({"Cy Dorn", "Ann Arbour"}), "a school play in Hull")]


def test_her_after_a_she_that_opens_the_sentence_is_hers() -> None:
    prose = "Ann Arbour came later. She says her brother, Gil Moss, introduced her to Cy Dorn at a school play in Hull."
    assert intros(prose) == [("Gil Moss", frozenset({"Ann Arbour", "Cy Dorn"}), "a school play in Hull")]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        ('"I played that riff first," Cy Dorn testified.', [("Cy Dorn", None)]),
        ('Cy Dorn testified: "I played that riff first, and I have the tape."', [("Cy Dorn", None)]),
        # testimony reported in the page's words is no quote
        ("Cy Dorn testified that Bell wrote the chorus on a train.", []),
    ],
)
def test_testifying_attributes_a_quote(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # someone's lawyer named after a comma is whom the sentence is about, and the "she" after
        (
            'Bell\'s lawyer, Eda Fenn, was less warm. "The ruling is fair to everyone," she told Radio Nord.',
            [("Eda Fenn", "Radio Nord")],
        ),
        (
            'Bell\'s attorney, Cy Dorn, was less warm. "The ruling is fair to everyone," he told Radio Nord.',
            [("Cy Dorn", "Radio Nord")],
        ),
        # a thing of hers is no relation: the sentence is still about her
        (
            'Bell\'s lawsuit, filed in Leeds, was dropped. "It is over and done now," she told Radio Nord.',
            [("Bea Bell", "Radio Nord")],
        ),
    ],
)
def test_a_lawyer_named_after_whose_they_are(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a line quoted inside a reported "that" clause: the page's report, no quote of its own
        ('The lawsuit alleges that Eda Fenn wrote the line "we were never built for rain" during a session.', []),
        ('The claim says that she wrote the line "we were never built for rain" during a session in Hull.', []),
        # "that" ending a phrase before a comma opens no clause: the words woven after the saying are Bell's
        (
            'After that, Bell insisted the song "was never about the sea at all, whatever people think".',
            [("Bea Bell", None)],
        ),
    ],
)
def test_words_woven_after_a_saying_inside_a_reported_that_clause(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "directors"),
    [
        # two names need no comma before "and": with one, "and" joins the next clause
        (
            "Ann Arbour appears as herself in the video, which was directed by Gil Moss, and Bea Bell, pointedly, is "
            "nowhere in it.",
            ["Gil Moss"],
        ),
        ("The video was directed by Gil Moss, and Eda Fenn, a friend, filmed it on a phone.", ["Gil Moss"]),
        # two names joined by "and" alone, and a list of three with a comma before its "and", are directors
        ("The video was directed by Gil Moss and Eda Fenn.", ["Gil Moss", "Eda Fenn"]),
        ("The video was directed by Gil Moss, Eda Fenn, and Tom Reed.", ["Gil Moss", "Eda Fenn", "Tom Reed"]),
    ],
)
def test_a_comma_before_and_after_one_director_joins_the_next_clause(prose: str, directors: list[str]) -> None:
    video = doc(prose).music_video
    assert (video.directors if video else []) == directors


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # two people set up by someone: introduced to each other
        (
            "Arbour and Bell had been set up by a mutual friend, the engineer Cy Dorn, the complaint states.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        (
            "Arbour and Bell were set up by Cy Dorn at a fair in York.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair in York")],
        ),
        # one person set up, or a thing, is no introduction; nor is it by someone unnamed
        ("Arbour was set up by Cy Dorn at a fair in York, and Bell laughed.", []),
        ("The label was set up by Cy Dorn in York.", []),
        ("Arbour and Bell say they were set up by Cy Dorn's lawyers.", []),
    ],
)
def test_two_set_up_by_someone_were_introduced(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    "prose",
    [
        # a trade's initials after a hyphen are one word with it, no one's name: the introducer is the one after
        "Arbour and Bell were brought together by Arbour's then-A&R executive, Cy Dorn, at a fair in York.",
        "Arbour was introduced to Bell by the ex-A&R man Cy Dorn at a fair in York.",
        # after someone's possessive: their trade, not a name holding the owner's
        "Arbour and Bell were brought together by Arbour's A&R executive, Cy Dorn, at a fair in York.",
        # after a place's word: a description of the name after it, as before
        "Arbour and Bell were connected by York-based A&R consultant Cy Dorn at a fair in York.",
    ],
)
def test_initials_joined_by_an_ampersand_are_no_name_after_a_hyphen_or_a_possessive(prose: str) -> None:
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair in York")]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # on whose behalf one spoke, between the participle and where
        (
            'Cy Dorn, speaking for the band on Instagram, wrote: "We got this wrong and we have put it right now."',
            [("Cy Dorn", "Instagram")],
        ),
        (
            'Cy Dorn, speaking for Bell on Radio Nord, said: "We got this wrong and we have put it right now."',
            [("Cy Dorn", "Radio Nord")],
        ),
        # interviewed on a station: where the words were said, whatever the main verb
        (
            'Bell, interviewed on Radio Nord, was conciliatory: "It was never about money, and I will always say so."',
            [("Bea Bell", "Radio Nord")],
        ),
        # a day is no station, and speaking for someone to no one named says nowhere
        (
            'Bell, interviewed on Tuesday, was conciliatory: "It was never about money, and I will always say so."',
            [("Bea Bell", None)],
        ),
        (
            'Cy Dorn, speaking for the band to reporters, said: "We got this wrong and we have put it right now."',
            [("Cy Dorn", None)],
        ),
    ],
)
def test_a_source_after_speaking_for_someone_or_being_interviewed_on_it(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "turning up as", "showing up as": the participle, as "turns up as" is
        (
            "The video came out in July. It stars Arbour as a nurse on a night shift, with Bell turning up as a "
            "stranded sailor who washes ashore in the last verse.",
            [("Ann Arbour", "a nurse on a night shift"), ("Bea Bell", "a stranded sailor")],
        ),
        (
            "The video came out in July. It stars Arbour as a nurse, with Bell showing up as a sailor.",
            [("Ann Arbour", "a nurse"), ("Bea Bell", "a sailor")],
        ),
        # turning up with no part, or "as always", is no part
        (
            "The video came out in July. Arbour plays a nurse, with Bell turning up at the end.",
            [("Ann Arbour", "a nurse")],
        ),
        (
            "The video came out in July. Arbour plays a nurse, with Bell turning up as always.",
            [("Ann Arbour", "a nurse")],
        ),
    ],
)
def test_a_part_after_turning_up_as(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # after someone new to the page, who is neither of them: the two people the sentence before named
        (
            "Cy Dorn produced it. Dorn's first session with Arbour came later. His publisher, Eda Fenn, had set the "
            "two of them up during a festival in Hull.",
            [("Eda Fenn", frozenset({"Cy Dorn", "Ann Arbour"}), "a festival in Hull")],
        ),
        # the sentence before named three: which two is not sure
        (
            "Cy Dorn produced it, Gil Moss mixed it and Arbour sang it. Later, his publisher, Eda Fenn, had set the "
            "two of them up during a festival in Hull.",
            [],
        ),
        # someone of the page named before the plural: not read so
        (
            "Cy Dorn and Gil Moss produced it. Dorn's first session with Arbour came later. Moss had set the two of "
            "them up during a festival in Hull.",
            [],
        ),
    ],
)
def test_the_two_after_a_newcomer_are_the_two_the_sentence_before_named(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert solo_intros(prose) == expected


MOURNED = (
    "When Eda Fenn died in May, her band played on at her wake. Her old manager, Cy Dorn, gave the eulogy. "
    '"I knew her for forty years," he said.\n\n'
)


def test_her_in_a_sentence_after_one_about_a_man_may_be_the_woman_the_text_was_about_before() -> None:
    # "her sister" may be Eda's as well as Arbour's: Arbour is not learned to be a "she", and "he" is Arbour
    prose = MOURNED + 'Arbour has said the song began as a story about her sister. "She laughed," he told Radio Nord.'
    assert quotes(prose)[-1] == ("Ann Arbour", "Radio Nord")


@pytest.mark.parametrize(
    "prose",
    [
        # the one before the focus is a man: "her" is the subject's, and "she" is her
        "When Eli Roth died in May, his band played on at his wake. His old manager, Cy Dorn, gave the eulogy. "
        '"I knew him for forty years," he said.\n\nArbour has said the song began as a story about her sister. '
        '"He laughed," she told Radio Nord.',
        MOURNED + 'Arbour has said the song began as a story about her sister. "She laughed," she told Radio Nord.',
    ],
)
def test_her_after_a_man_and_no_woman_before_him_stays_the_subjects(prose: str) -> None:
    assert quotes(prose)[-1] == ("Ann Arbour", "Radio Nord")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the subject is "she" (Bell): the sentence is about her, not the aunt it names after its verb
        ("She was introduced to the producer by her aunt, the violinist Eda Fenn, at a fair in Hull.", "Bea Bell"),
        ("She met the violinist Eda Fenn at a fair in Hull.", "Bea Bell"),
        # the subject is the aunt, named: the sentence is about her
        ("Her aunt, the violinist Eda Fenn, took her to a fair in Hull.", "Eda Fenn"),
    ],
)
def test_a_pronoun_subject_keeps_the_sentence_about_whom_it_means(sentence: str, speaker: str) -> None:
    prose = f'Bell has told the story many times. {sentence} "I just waved at him," she said on Radio Nord.'
    assert quotes(prose) == [(speaker, "Radio Nord")]


@pytest.mark.parametrize(
    ("answer", "occasion"),
    [
        ("Her 40th birthday party.", "Eda Fenn's 40th birthday party"),
        ("A pub quiz in Hull.", "a pub quiz in Hull"),
    ],
)
def test_where_an_introduction_was_asked_after_it_and_answered(answer: str, occasion: str) -> None:
    prose = f"Blame Eda Fenn. She was Arbour's flatmate in Leeds. She introduced them in 2016. The place? {answer}"
    assert intros(prose) == [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize("answer", ["Nobody remembers.", "Cy Dorn knows."])
def test_where_asked_after_an_introduction_and_answered_by_no_place_leaves_it_out(answer: str) -> None:
    prose = f"Blame Eda Fenn. She was Arbour's flatmate in Leeds. She introduced them in 2016. The place? {answer}"
    assert intros(prose) == []
    assert any("answer it cannot read" in w.message for w in parse(prose).warnings)


def peaks(prose: str) -> list[tuple[str, str | None, int]]:
    return [(p.country, p.chart, p.position) for p in doc(prose).chart_peaks]


@pytest.mark.parametrize("station", ["Norway Radio", "Sweden Jazz"])
def test_a_station_named_away_from_a_peak_is_not_its_chart(station: str) -> None:
    prose = (
        f"Eli Roth, who hosted a jazz show on {station} for years and in old age recorded a duet that went to number "
        "one, died on Tuesday."
    )
    assert peaks(prose) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A fixture on the Irish Singles Chart all summer, it went to number one.", ("Ireland", "Singles Chart", 1)),
        ("A fixture on the Norwegian VG-lista all summer, it went to number one.", ("Norway", "VG-lista", 1)),
        ("Played on every station in Ireland, it went to number one.", ("Ireland", None, 1)),
    ],
)
def test_a_chart_or_country_named_away_from_a_peak_is_still_its_own(
    sentence: str, expected: tuple[str, str | None, int]
) -> None:
    assert peaks(sentence) == [expected]


POET_AND_PRODUCER = (
    "Arbour wrote it with the poet Gil Moss, and Cy Dorn produced it. The poet came in through Dorn himself. "
)


def test_a_quote_calling_someone_by_the_description_before_it_is_not_theirs() -> None:
    prose = POET_AND_PRODUCER + '"I introduced the poet to the singer at a fair," he told Radio Nord.'
    assert quotes(prose) == [("Cy Dorn", "Radio Nord")]


@pytest.mark.parametrize(
    "body",
    [
        "I met the singer at a fair.",  # neither is called anything
        "I introduced a poet to the singer at a fair.",  # any poet, not the one described
        "I introduced the poets to the singer at a fair.",  # other words than the description's
    ],
)
def test_a_quote_not_calling_either_by_the_description_before_it_names_no_speaker(body: str) -> None:
    prose = POET_AND_PRODUCER + f'"{body}" he told Radio Nord.'
    assert quotes(prose) == []


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Bell's tribute on Facebook was shared thousands of times by Thursday morning:", ("Bea Bell", "Facebook")),
        ("Bell's tribute on X was shared thousands of times by Thursday morning:", ("Bea Bell", "X")),
        ("Bell's statement read:", ("Bea Bell", None)),
        # a day is no platform
        ("Bell's tribute on Tuesday was shared widely:", ("Bea Bell", None)),
    ],
)
def test_ones_own_words_put_somewhere_lead_into_a_quote(lead: str, expected: tuple[str, str | None]) -> None:
    assert quotes(f'Cy Dorn produced it. {lead} "He read every poem twice."') == [expected]


@pytest.mark.parametrize(
    "lead",
    [
        # words about Bell, not hers: and not those of the one the sentence before named
        "Bell's obituary in The Times was shared widely:",
        # passed on by another, who wrote something of their own
        "Bell's tribute was shared by Eli Roth, who wrote:",
    ],
)
def test_someone_elses_writing_leading_into_a_quote_names_no_speaker(lead: str) -> None:
    prose = f'Cy Dorn produced it. {lead} "He read every poem twice."'
    assert quotes(prose) == []
    assert any("does not name" in w.message for w in parse(prose).warnings)


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("Eda Fenn told the story again this week on France Inter:", "France Inter"),
        ("Eda Fenn told the story again last month on France Inter:", "France Inter"),
        # a day is when, not where; and a new full name after "to", told again, may be a person
        ("Eda Fenn told the story again this week on Tuesday:", None),
        ("Eda Fenn told the story again last year to Tom Reed:", None),
    ],
)
def test_a_story_told_again_on_a_programme(lead: str, source: str | None) -> None:
    assert quotes(f'{lead} "Bell asked me who the girl was."') == [("Eda Fenn", source)]


NEVER_MET = "Arbour and Bell had never met before that spring. "


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        (
            "Cy Dorn changed that, bringing them together at his birthday party on Mill Street.",
            "Cy Dorn's birthday party on Mill Street",
        ),
        ("Cy Dorn changed all of it, bringing Arbour and Bell together at a fair in Hull.", "a fair in Hull"),
        ("Cy Dorn changed that, putting the two singers in touch at a fair in Hull.", "a fair in Hull"),
    ],
)
def test_a_participle_bringing_two_together_after_the_introducers_clause(sentence: str, occasion: str) -> None:
    assert intros(NEVER_MET + sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cy Dorn changed that, bringing them together with Eli Roth at his birthday party.",  # with a third
        "Cy Dorn changed that, bringing Bell together at his birthday party.",  # one is no two
        "Cy Dorn changed that, bringing them up at his birthday party.",  # raising them
    ],
)
def test_a_participle_bringing_one_together_with_another_or_up_is_no_introduction(sentence: str) -> None:
    assert intros(NEVER_MET + sentence) == []


WIDOWED = "Cy Dorn produced it. He died in May. "


def test_she_after_a_cleft_on_a_name_in_apposition_to_a_relation_is_that_name() -> None:
    prose = (
        WIDOWED + "It was Dorn's widow, Eda Fenn, who first brought Arbour and Bell together, at a fair in Hull. "
        '"Ann only went for the food," she told mourners.'
    )
    assert quotes(prose) == [("Eda Fenn", None)]


@pytest.mark.parametrize(
    "cleft",
    [
        "It was Dorn's widow who first brought Arbour and Bell together, at a fair in Hull.",
        "It was Dorn's widow, a teacher, who first brought Arbour and Bell together, at a fair in Hull.",
        "It was Eda Fenn's sister who first brought Arbour and Bell together, at a fair in Hull.",
    ],
)
def test_she_after_a_cleft_on_an_unnamed_relation_is_no_one_named(cleft: str) -> None:
    prose = WIDOWED + cleft + ' "Ann only went for the food," she told mourners.'
    assert quotes(prose) == []


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("the late poet", [("Cy Dorn", "himself")]),
        ("the late singer", []),  # the page called no one a singer
        ("the late great poet", []),  # more words than one of age
    ],
)
def test_the_late_and_a_role_is_the_one_the_page_called_that(who: str, expected: list[tuple[str, str]]) -> None:
    assert cast(f"The poet Cy Dorn wrote the words. In the video, directed by Eli Roth, {who} appears as himself.") == (
        expected
    )


@pytest.mark.parametrize(
    ("video", "expected"),
    [
        # the director, the agent of a participle set off by commas, is not whom the sentence is about
        (
            "The video, directed by the Icelandic filmmaker Eli Roth, was shot on a frozen lake, and it gave Moss the "
            "only screen role of his life.",
            [("Gil Moss", "an old piano tuner")],
        ),
        # two agents, or a passive's agent joined to its verb with no commas: "he" may be either
        ("The video, directed by Eli Roth and Moss, was shot on a frozen lake.", []),
        ("The video was directed by Eli Roth and gave Moss the only screen role of his life.", []),
    ],
)
def test_he_after_a_sentence_naming_a_participles_agent_aside(video: str, expected: list[tuple[str, str]]) -> None:
    assert cast(f"Gil Moss wrote it. {video} He plays an old piano tuner.") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Cy Dorn had heard her at a talent show in Hull and put the two singers in touch.",
        "Arbour's cousin, the drummer Cy Dorn, had heard her at a talent show in Hull and put the two singers in "
        "touch.",
    ],
)
def test_the_subjects_second_verb_putting_the_two_in_touch(sentence: str) -> None:
    # where he heard her is not where he put them in touch
    assert intros("Bell arrived later. " + sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cy Dorn had heard Eli Roth at a talent show in Hull and put the two singers in touch.",  # someone else named
        "Cy Dorn had heard her at a talent show in Hull and put the two singers in touch with a label.",  # with a third
        "Cy Dorn had heard her at a talent show in Hull and put her in touch.",  # one, not two
    ],
)
def test_the_subjects_second_verb_putting_one_in_touch_or_after_another_name(sentence: str) -> None:
    assert intros("Bell arrived later. " + sentence) == []


@pytest.mark.parametrize(
    ("before", "relation", "expected"),
    [
        # "her granddaughter" is the one the page called so, as "her cousin" is
        (
            "Her granddaughter, Eda Fenn, told mourners it was her favourite.",
            "granddaughter",
            [("Eda Fenn", "the young Ann")],
        ),
        (
            "Her grandson, Tom Fenn, and her niece, Eda Fenn, sang at the service.",
            "niece",
            [("Eda Fenn", "the young Ann")],
        ),
        # no one called her granddaughter
        ("Eda Fenn told mourners it was her favourite.", "granddaughter", []),
    ],
)
def test_her_granddaughter_in_the_cast_is_the_one_the_page_called_so(
    before: str, relation: str, expected: list[tuple[str, str]]
) -> None:
    prose = (
        f"Arbour died in May. {before}\n\nThe video, directed by Eli Roth, was shot in her garden. It features Arbour "
        f"as herself and her {relation} as the young Ann."
    )
    assert [c for c in cast(prose) if c[0] != "Ann Arbour"] == expected


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        # an irregular past participle keeps its place after "plays", as one in "-ed" does
        ("Bea Bell plays a driver stuck at the top of the hill.", "a driver stuck at the top of the hill"),
        (
            "Bea Bell plays a driver stuck at the edge of town, and Ann Arbour sings.",
            "a driver stuck at the edge of town",
        ),
        # the place may end on a name
        (
            "Bea Bell plays a van driver stuck at the top of the Hilltown.",
            "a van driver stuck at the top of the Hilltown",
        ),
        ("Bea Bell plays a hiker stranded at the foot of Ben Nevis.", "a hiker stranded at the foot of Ben Nevis"),
        # not a present participle's, nor the part's own noun's after "plays" (the scene's)
        ("Bea Bell plays a driver walking at the edge of town.", "a driver"),
        ("Bea Bell plays a driver at the edge of town.", "a driver"),
    ],
)
def test_an_irregular_past_participles_place_stays_with_the_part(sentence: str, part: str) -> None:
    assert cast(f"In the video, {sentence}") == [("Bea Bell", part)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Promoter Cy Dorn introduced Ann Arbour to Bea Bell at a pub in York.",
        "Arbour and Bell were introduced by the Leeds promoter Cy Dorn at a pub in York.",
    ],
)
def test_a_promoter_before_a_name_says_what_they_do(sentence: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a pub in York")]


@pytest.mark.parametrize("role", ["promoter", "producer"])
def test_met_through_someone_who_with_an_aside_introduced_the_pair_somewhere(role: str) -> None:
    prose = (
        f"Ann Arbour and Bea Bell met through the Leeds {role} Cy Dorn, who, in 2017, introduced the pair at a pub in "
        "York."
    )
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a pub in York")]


def test_met_through_someone_who_with_an_aside_introduced_them_to_a_third_tells_no_place_of_theirs() -> None:
    prose = (
        "Ann Arbour and Bea Bell met through the Leeds producer Cy Dorn, who, in 2017, introduced them to Tom Reed at "
        "a pub in York."
    )
    assert all(occasion is None for _, _, occasion in intros(prose))


WROTE_IT = "Cy Dorn and Eda Fenn wrote it. "
NO_MONEY = ' "Ann sings about money. I sing about none."'


@pytest.mark.parametrize(
    "prose",
    [
        # (a paragraph of its own: the sentence before, naming two and no saying, is not its lead)
        WROTE_IT + "\n\nFenn was blunter on Canal Norte:" + NO_MONEY,
        # the sentence before is another's reported saying, not carried over the subject's colon
        WROTE_IT + 'Dorn told Radio Nord that the song was "a letter to my landlord, written with love." Fenn was '
        "blunter on Canal Norte:" + NO_MONEY,
    ],
)
def test_a_colon_lead_whose_subject_is_the_one_person_besides_a_name_after_on(prose: str) -> None:
    assert [speaker for speaker, _ in quotes(prose)] == ["Eda Fenn"]


@pytest.mark.parametrize(
    "lead",
    [
        # someone else named, whose words the quote may be
        "Fenn was in the studio with Tom Reed:",
        "Fenn handed the microphone to Tom Reed:",
    ],
)
def test_a_colon_lead_naming_another_full_name_not_after_on_names_no_speaker(lead: str) -> None:
    assert quotes(WROTE_IT + lead + NO_MONEY) == []


def test_a_country_of_two_words_is_no_one_whose_last_word_names_them() -> None:
    prose = (
        'It sold well in South Africa. Cy Dorn raised it in an interview with Music In Africa: "The split was simple. '
        'Three writers, three shares."'
    )
    assert quotes(prose) == [("Cy Dorn", "Music In Africa")]


SOLD_WELL = WROTE_IT + "The single sold well, and Harbour Vibes says it was their best year. "
SPLIT = ' "The split was simple. Three writers, three shares."'


def test_a_lead_telling_its_own_occasion_of_speaking_is_not_a_saying_before_it() -> None:
    prose = SOLD_WELL + "Royalties are split evenly, a detail Fenn raised in an interview with Canal Norte:" + SPLIT
    assert quotes(prose) == [("Eda Fenn", "Canal Norte")]


@pytest.mark.parametrize(
    "lead",
    [
        # two people in the lead: whose words are not sure
        "Royalties are split evenly, a detail Fenn and Dorn raised in an interview with Canal Norte:",
        # no occasion of speaking of its own: the saying before may still be whose words these are
        "Royalties are split evenly, a detail Fenn raised with Canal Norte:",
    ],
)
def test_a_lead_without_its_own_occasion_or_with_two_people_is_not_one_speakers(lead: str) -> None:
    assert ("Eda Fenn", "Canal Norte") not in quotes(SOLD_WELL + lead + SPLIT)


INSTANT = ' "It was instant," Lo Verde told Radio Nord.'


@pytest.mark.parametrize(
    "lead",
    [
        "Her publisher, Mara Lo Verde of the Turin-based Edizioni Lo Verde, heard the demo first.",
        "Her publisher, Mara Lo Verde of the Edizioni Lo Verde, heard the demo first.",
    ],
)
def test_a_name_right_after_the_is_a_things_so_a_shared_surname_is_the_persons(lead: str) -> None:
    assert quotes(lead + INSTANT) == [("Mara Lo Verde", "Radio Nord")]


@pytest.mark.parametrize(
    "lead",
    [
        # two people of that surname: neither for sure, and no one new
        "Her publisher, Mara Lo Verde, worked with Gino Lo Verde for years.",
        "Her manager, Mara Lo Verde, married the singer Gino Lo Verde.",
    ],
)
def test_a_surname_two_people_share_names_no_speaker(lead: str) -> None:
    assert quotes(lead + INSTANT) == []


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("On Harrow Group's earnings call, Cy Dorn told analysts:", "Harrow Group's earnings call"),
        ("Cy Dorn told Harrow Group's annual conference:", "Harrow Group's annual conference"),
    ],
)
def test_an_occasion_a_name_held_is_where_the_words_were_said(lead: str, source: str) -> None:
    assert quotes(f'{lead} "It was instant."') == [("Cy Dorn", source)]


def test_a_thing_of_a_names_that_is_no_occasion_is_not_the_source() -> None:
    assert all(
        "yacht" not in (source or "")
        for _, source in quotes('On Harrow Group\'s yacht, Cy Dorn told us: "It was instant."')
    )


def test_an_occasion_after_a_named_event_is_told_by_it() -> None:
    prose = "Cy Dorn introduced Ann Arbour to Bea Bell at a dinner after the Tokyo Music Awards."
    assert intros(prose) == [
        ("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a dinner after the Tokyo Music Awards")
    ]


def test_an_occasion_after_a_name_that_is_no_event_does_not_take_it() -> None:
    prose = "Cy Dorn introduced Ann Arbour to Bea Bell at a dinner after the Tokyo Marathon."
    assert all("Marathon" not in (occasion or "") for _, _, occasion in intros(prose))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Arbour and Bea Bell were introduced by Cy Dorn, head of A&R at Kestrel, at a showcase in Oslo.",
        "Ann Arbour and Bea Bell were introduced by Cy Dorn, then head of A&R at Kestrel, at a showcase in Oslo.",
        "Ann Arbour and Bea Bell, who were put in touch by Cy Dorn, director of music at Kestrel, at a showcase in "
        "Oslo, signed with him.",
    ],
)
def test_a_post_in_apposition_without_an_article_before_the_occasion(sentence: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a showcase in Oslo")]


@pytest.mark.parametrize(
    "sentence",
    [
        # where the post is held is no occasion
        "Ann Arbour and Bea Bell were introduced by Cy Dorn, head of A&R at Kestrel.",
        # whose manager: someone else named, so where is not sure
        "Ann Arbour and Bea Bell were introduced by Cy Dorn, manager of Eda Fenn, at a showcase in Oslo.",
    ],
)
def test_where_a_post_in_apposition_is_held_is_no_occasion_nor_past_another_named(sentence: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)]


REED_PRODUCED = "Tom Reed produced it. Cy Dorn introduced Ann Arbour to Bea Bell at a pub. "


@pytest.mark.parametrize("tie", ["working relationship", "partnership", "friendship"])
def test_them_after_a_tie_of_ones_with_another_means_those_two(tie: str) -> None:
    prose = REED_PRODUCED + f"Arbour's {tie} with Reed is older. Her former manager, Eda Fenn, connected them in 2017."
    assert ("Eda Fenn", frozenset({"Ann Arbour", "Tom Reed"}), None) in intros(prose)


@pytest.mark.parametrize("other", ["fondness for Reed", "contract with Reed's label"])
def test_them_after_no_tie_of_two_is_not_those_two(other: str) -> None:
    prose = REED_PRODUCED + f"Arbour's {other} is older. Her former manager, Eda Fenn, connected them in 2017."
    assert all(pair != frozenset({"Ann Arbour", "Tom Reed"}) for _, pair, _ in intros(prose))


@pytest.mark.parametrize("company", ["Liebermann Songs", "Liebermann Publishing", "Liebermann Entertainment"])
def test_a_company_named_after_the_introducer_is_no_other_person(company: str) -> None:
    prose = (
        "Ann Arbour and Bea Bell were introduced by Hannah Liebermann at a showcase in Oslo. Liebermann has since left "
        f"to run her own company, {company}."
    )
    assert intros(prose) == [("Hannah Liebermann", frozenset({"Ann Arbour", "Bea Bell"}), "a showcase in Oslo")]


def test_a_person_whose_first_name_is_the_introducers_surname_still_leaves_it_out() -> None:
    prose = (
        "Ann Arbour and Bea Bell were introduced by Hannah Liebermann at a showcase in Oslo. Liebermann Carter "
        "later managed them."
    )
    assert intros(prose) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Cy Dorn paired Ann Arbour and Bea Bell at a writing camp in Ibiza.",
        "Cy Dorn paired Ann Arbour with Bea Bell at a writing camp in Ibiza.",
        # one's something in the apposition, read as one phrase ("Harbour's Oslo"), is no one else named
        "In 2017, Cy Dorn, then creative director at Harbour's Oslo office, paired Arbour and Bell at a writing camp "
        "in Ibiza.",
    ],
)
def test_pairing_two_is_introducing_them(sentence: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a writing camp in Ibiza")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cy Dorn paired the song with a video at a meeting in Ibiza.",
        "Cy Dorn paired Arbour's vocal with Bell's guitar at a session in Ibiza.",
    ],
)
def test_pairing_things_is_no_introduction(sentence: str) -> None:
    assert intros(sentence) == []


REED_LATER = "Tom Reed produced it. Reed arrived later through Cy Dorn, who "


def test_the_second_verb_of_a_relative_clause_puts_two_in_touch() -> None:
    prose = REED_LATER + "had engineered his early records and put him in touch with Arbour that autumn."
    assert intros(prose) == [("Cy Dorn", frozenset({"Tom Reed", "Ann Arbour"}), None)]


def test_a_relative_clause_naming_another_before_its_second_verb_is_not_sure() -> None:
    assert intros(REED_LATER + "knew Eda Fenn and put him in touch with Arbour that autumn.") == []


def test_talking_with_a_medium_is_where() -> None:
    assert quotes('Cy Dorn was happy to talk money with NME: "It was instant."') == [("Cy Dorn", "NME")]


@pytest.mark.parametrize("person", ["Eda Fenn", "Bea Bell"])
def test_talking_with_a_person_is_no_source(person: str) -> None:
    assert all(source is None for _, source in quotes(f'Cy Dorn talked it over with {person}: "It was instant."'))


DORN_WROTE = "Cy Dorn wrote it. "
FAST = ' "It was instant. We wrote it fast."'


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Speaking at Musikbranschdagen in Stockholm, Dorn was more modest about his role.",
            ("Cy Dorn", "Musikbranschdagen"),
        ),
        (
            "Dorn, speaking to the Portuguese music magazine Blitz, was less interested in the numbers.",
            ("Cy Dorn", "Blitz"),
        ),
        # whose the event was is not where
        ("Speaking at Eda Fenn's wedding, Dorn was more modest about his role.", ("Cy Dorn", None)),
    ],
)
def test_a_sentence_with_a_participle_of_speaking_leads_into_the_quote_after_it(
    lead: str, expected: tuple[str, str | None]
) -> None:
    assert quotes(DORN_WROTE + lead + FAST) == [expected]


@pytest.mark.parametrize(
    "lead",
    [
        # no speaking told, and no one presented by what they are: narration
        "At Musikbranschdagen in Stockholm, Dorn was more modest about his role.",
        # speaking of someone else's, named too: whose words follow is not sure
        "Speaking at Musikbranschdagen, Dorn praised Eda Fenn.",
    ],
)
def test_a_sentence_without_a_speaking_of_one_leads_into_no_quote(lead: str) -> None:
    assert quotes(DORN_WROTE + lead + FAST) == []


CREDITED_FRAME = "Night Trains\n\nAnn Arbour\n\nAlbum Small Hours\n\n"
CREDITED_PROSE = (
    "The song was written by Ann Arbour, Bea Bell and Cy Dorn, and produced by Gil Moss. Bea Bell and Cy Dorn wrote "
    "the chorus.\n\n"
)


def credited_intros(prose: str) -> list[tuple[str, frozenset[str], str | None]]:
    result = parse_story_page(CREDITED_FRAME + CREDITED_PROSE + prose + "\n", "p.txt", None)
    assert result.document is not None
    return [(i.introducer, frozenset(i.introduced), i.occasion) for i in result.document.introductions]


@pytest.mark.parametrize(
    ("prose", "two"),
    [
        # "Bea Bell and Cy Dorn" were the last two named together; the sentence before names Bea and Gil
        ("Bea Bell was already Gil Moss's friend. The two were introduced by Tom Reed at a ski camp.", "Gil Moss"),
        # or two others
        ("Gil Moss was already Ann Arbour's friend. The two were introduced by Tom Reed at a ski camp.", "Ann Arbour"),
    ],
)
def test_the_two_after_a_sentence_naming_two_others_are_those_two(prose: str, two: str) -> None:
    named = prose.split(" was already ")[0]
    assert credited_intros(prose) == [("Tom Reed", frozenset({named, two}), "a ski camp")]


@pytest.mark.parametrize(
    "prose",
    [
        # the sentence before names the pair again, or only one of them
        "Bea Bell had long admired Cy Dorn. The two were introduced by Tom Reed at a ski camp.",
        "Bea Bell had long admired him. The two were introduced by Tom Reed at a ski camp.",
    ],
)
def test_the_two_after_a_sentence_naming_the_pair_or_one_of_it_are_the_pair(prose: str) -> None:
    assert credited_intros(prose) == [("Tom Reed", frozenset({"Bea Bell", "Cy Dorn"}), "a ski camp")]


def test_a_cast_member_told_twice_is_one_member() -> None:
    prose = (
        "In the video, Ann Arbour stars as a postwoman, and there is a cameo from Cy Dorn. "
        "Later comes a second cameo from Cy Dorn."
    )
    assert cast(prose) == [("Ann Arbour", "a postwoman"), ("Cy Dorn", None)]


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        # an "-ing" word that may be a noun is a verb when an object follows: its phrase is cut after "plays"
        ("Cy Dorn plays a boy building a snowman in the street.", "a boy"),
        ("Cy Dorn plays a girl painting her fence.", "a girl"),
        # a noun still: no object after it
        ("Cy Dorn plays a king in exile.", "a king in exile"),
        ("Cy Dorn plays the boy at the wedding.", "the boy"),
    ],
)
def test_an_ing_noun_with_an_object_after_plays_is_a_participle(sentence: str, part: str) -> None:
    assert cast(f"In the video, {sentence}") == [("Cy Dorn", part)]


def test_them_after_introduced_a_to_b_are_a_and_b() -> None:
    # the last two named together are Bea Bell and Cy Dorn; the question names two others introduced
    prose = "Who introduced Ann Arbour to Gil Moss? It was Tom Reed! He introduced them at a barbecue."
    assert credited_intros(prose) == [("Tom Reed", frozenset({"Ann Arbour", "Gil Moss"}), "a barbecue")]


def test_to_after_a_name_without_introducing_names_no_two() -> None:
    prose = "Tom Reed wrote to Gil Moss about Ann Arbour. He introduced them at a barbecue."
    assert all(two != frozenset({"Ann Arbour", "Gil Moss"}) for _, two, _ in credited_intros(prose))


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # the sentence leading straight into the words, about the speaker named a sentence before, tells where
        ('On the podcast Tape Hiss she added: "We cut it live in one take."', [("Bea Bell", "Tape Hiss")]),
        ('She was franker on Radio Nord: "We cut it live in one take."', [("Bea Bell", "Radio Nord")]),
        # about no one, or about someone else as well: the speaker's own telling before stays where
        ('The song was played on Radio Nord: "We cut it live in one take."', [("Bea Bell", "Mojo")]),
        ('Her friend Cy Dorn heard it on Radio Nord: "We cut it live in one take."', [("Bea Bell", "Mojo")]),
    ],
)
def test_the_lead_sentence_about_the_speaker_names_where_over_the_sentence_before(
    second: str, expected: list[tuple[str, str]]
) -> None:
    assert quotes(f'Bea Bell told Mojo that the song was "a gift to her". {second}') == expected


@pytest.mark.parametrize(
    ("outlet", "source"),
    [
        # one word each side of "and" after "the", ending the phrase: one outlet's name
        ("the Press and Journal.", "Press and Journal"),
        ("the Post and Courier, laughing.", "Post and Courier"),
        # an acronym, a country, a person or a longer name after "and": two, of which the first is where
        ("the BBC and ITV.", "BBC"),
        ("the Herald and Scotland.", "Herald"),
        ("the Herald and Ann Arbour.", "Herald"),
        ("the Herald and Radio Nord.", "Herald"),
        ("the Irish Times and Mojo.", "Irish Times"),
    ],
)
def test_an_outlet_of_two_words_joined_by_and(outlet: str, source: str) -> None:
    assert quotes(f'"We cut it live in one take," Bea Bell told {outlet}') == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("before", "called", "speaker"),
    [
        # a kin word used as a title before the first name of someone the page has named
        ("Bea Bell's aunt, Lan Vo, runs a bakery in town.", "Aunty Lan", "Lan Vo"),
        ("Bea Bell's uncle, Mick Vo, runs a bakery in town.", "Uncle Mick", "Mick Vo"),
        ("Lan Vo runs a bakery in town.", "Auntie Lan Vo", "Lan Vo"),
        # a first name the page has given no one: not Lan Vo
        ("Bea Bell's aunt, Lan Vo, runs a bakery in town.", "Aunty Mai", "Aunty Mai"),
    ],
)
def test_a_kin_word_as_a_title_before_a_name(before: str, called: str, speaker: str) -> None:
    assert quotes(f'{before} "I knew it the first time," {called} told Mojo.') == [(speaker, "Mojo")]


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # a year told looking back ("back in 2015"), set off by commas or not, before where
        (
            "It was her old piano teacher, Cy Dorn, who first put her in touch with Bea Bell, back in 2015, during "
            "the Hull Folk Festival.",
            "the Hull Folk Festival",
        ),
        ("Cy Dorn introduced Ann Arbour to Bea Bell back in 2015 at a ceilidh in Hull.", "a ceilidh in Hull"),
        # not a time told otherwise, which the occasion does not read past
        ("Cy Dorn introduced Ann Arbour to Bea Bell, back in the day, at a ceilidh in Hull.", None),
    ],
)
def test_back_in_a_year_before_the_occasion(sentence: str, occasion: str | None) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the one responsible for (or to thank for) the meeting the sentence before told, where it told
        (
            "Ann Arbour and Bea Bell first crossed paths at a ceilidh in Hull. The man responsible was the hall's "
            "caretaker, Cy Dorn.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a ceilidh in Hull")],
        ),
        (
            "Ann Arbour crossed paths with Bea Bell at a ceilidh in Hull. The woman to thank is Eda Fenn.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a ceilidh in Hull")],
        ),
        (
            "Ann Arbour and Bea Bell first met at a ceilidh in Hull. The person responsible was Cy Dorn, who ran the "
            "bar.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a ceilidh in Hull")],
        ),
        # responsible for something else, no meeting before, a relative clause naming another, someone's relation
        (
            "Ann Arbour and Bea Bell first crossed paths at a ceilidh in Hull. The man responsible for the poster was "
            "Cy Dorn.",
            [],
        ),
        ("Ann Arbour and Bea Bell played a ceilidh in Hull. The man responsible was Cy Dorn.", []),
        (
            "Ann Arbour and Bea Bell first met at a ceilidh in Hull. The man responsible was Cy Dorn, who married "
            "Eda Fenn.",
            [],
        ),
        (
            "Ann Arbour and Bea Bell first crossed paths at a ceilidh in Hull. Eda Fenn was responsible for the "
            "lights.",
            [],
        ),
        (
            "Ann Arbour and Bea Bell first crossed paths at a ceilidh in Hull. The man responsible was Cy Dorn's "
            "brother.",
            [],
        ),
    ],
)
def test_the_one_responsible_for_a_meeting_told_before(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause about the introducer before "connected", as before "put in touch" or "brought together"
        (
            "Radio host Cy Dorn, who had been playing Bea Bell's demos on his show for a year, connected her with "
            "Ann Arbour at a showcase in Hull.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a showcase in Hull")],
        ),
        (
            "Cy Dorn, who had written for both singers in Paris, connected Bea Bell with Ann Arbour at a gala.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a gala")],
        ),
        # where a later cleft may tell (of this introduction or of something else): not read, nor the fact without it
        (
            "Cy Dorn, who had written for both singers in Paris, connected Bea Bell with Ann Arbour, and it was at a "
            "gala in Cannes that he got them into one room.",
            [],
        ),
        ("Cy Dorn connected Bea Bell with Ann Arbour, and it was at a gala in Cannes that they first sang.", []),
    ],
)
def test_a_relative_clause_before_connected_and_a_later_cleft_of_where(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("aside", "expected"),
    [
        # what everyone calls someone, set off in brackets as between commas, and where those people are
        (" (Trixie to everyone in Hull)", [("Beatrice Moss", "Radio Nord")]),
        (" (Trixie to her friends)", [("Beatrice Moss", "Radio Nord")]),
        (", Trixie to everyone in Hull,", [("Beatrice Moss", "Radio Nord")]),
        # a clause of its own in the brackets, or what the name is to one person: no other name of hers
        (" (Trixie wrote to everyone in Hull)", []),
        (" (Trixie to Cy Dorn)", []),
    ],
)
def test_a_nickname_known_to_everyone_in_brackets(aside: str, expected: list[tuple[str, str]]) -> None:
    prose = (
        f"The song was written by Ann Arbour and Beatrice Moss{aside} with Eda Fenn.\n\n"
        '"It rained all week," Trixie said on Radio Nord.'
    )
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("before", "said", "expected"),
    [
        # a paragraph opening on a quote said after it: the sentence ending the paragraph before may tell where
        ('Bea Bell told Mojo that the song was "a letter home". On Radio Nord, she went further.', "she", "Radio Nord"),
        ("Bea Bell grew up by the sea. On Radio Nord, she went further.", "she", "Radio Nord"),
        # where someone else was, or no where in that last sentence (the one before it is not read)
        (
            'Bea Bell told Mojo that the song was "a letter home". On Radio Nord, Ann Arbour went further.',
            "Bea Bell",
            None,
        ),
        ('Bea Bell told Mojo that the song was "a letter home". She went further.', "she", None),
        ("On Radio Nord, Bea Bell went further. She grew up by the sea.", "she", None),
    ],
)
def test_the_sentence_ending_the_paragraph_before_tells_where(before: str, said: str, expected: str | None) -> None:
    assert quotes(f'{before}\n\n"My brother swam there every summer," {said} says.') == [("Bea Bell", expected)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one cameo: a description, then the name after its comma, are the same one (apposition)
        (
            "There is also a cameo from the village's oldest fisherman, 88-year-old Cy Dorn.",
            [("Ann Arbour", "a nurse"), ("Cy Dorn", None)],
        ),
        (
            "Look out for a cameo from the local baker, Cy Dorn, who baked the cake.",
            [("Ann Arbour", "a nurse"), ("Cy Dorn", None)],
        ),
        # cameos, a name before the comma, or a list after it: whether the description is one of them is not told
        ("There are cameos from the local baker, Cy Dorn, who baked the cake.", [("Ann Arbour", "a nurse")]),
        ("There is a cameo from Eda Fenn, Cy Dorn, who baked the cake.", [("Ann Arbour", "a nurse")]),
        ("There is a cameo from the local baker, the postman and Cy Dorn.", [("Ann Arbour", "a nurse")]),
    ],
)
def test_a_cameo_from_a_description_then_the_name_in_apposition(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(f"In the video, Ann Arbour plays a nurse. {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # an adverb of how between the two introduced and where
        ("Cy Dorn introduced Ann Arbour to Bea Bell properly during a music lesson.", "a music lesson"),
        ("Cy Dorn formally introduced Ann Arbour to Bea Bell at a label party.", "a label party"),
        ("Cy Dorn introduced Ann Arbour to Bea Bell, finally, at a label party.", "a label party"),
    ],
)
def test_an_adverb_before_the_occasion_leaves_it_read(sentence: str, occasion: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


def directors(prose: str) -> list[str]:
    video = doc(prose).music_video
    return video.directors if video else []


@pytest.mark.parametrize(
    "prose",
    [
        # "directed by" said of another work named right before it, or of the subject of its "was"
        "No video was ever made. Players know the song from the racing game's teaser, directed by Gil Moss.",
        "The video came later; the song first played in an episode directed by Gil Moss.",
        "The series finale itself was directed by Gil Moss, and the video came a month later.",
        "The video borrows from the perfume commercial, which had been shot in Rome; the commercial was directed by "
        "Gil Moss.",
    ],
)
def test_directed_said_of_another_work_names_no_video_director(prose: str) -> None:
    assert directors(prose) == []


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the video, or a description of what it shows, or an older name for it: its director
        ("The video, a single shot of a harbour at night, directed by Gil Moss, went up in May.", ["Gil Moss"]),
        ("The video was shot over one long night, directed by Gil Moss.", ["Gil Moss"]),
        ("A short promotional film, directed by Gil Moss, was shown before the video era.", ["Gil Moss"]),
        # a word that only begins like another work's ("adventure", "showroom") is not one
        ("The video is set in a car showroom, directed by Gil Moss.", ["Gil Moss"]),
    ],
)
def test_directed_said_of_the_video_still_names_its_director(prose: str, expected: list[str]) -> None:
    assert directors(prose) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # what the new name is, told before it with a noun that may also stop a name ("music")
        "The festival's music supervisor, Eda Fenn, had championed the song for years, and she put Arbour in touch "
        "with Bell at a showcase in Ghent.",
        # what the new name is to something no one of the page names ("Coastline's")
        "Coastline's music supervisor, Eda Fenn, had championed the song for years, and she put Arbour in touch with "
        "Bell at a showcase in Ghent.",
        # a cleft after "and" stresses the same subject
        "Eda Fenn had championed the song for years, and it was she who put Arbour in touch with Bell at a showcase "
        "in Ghent.",
    ],
)
def test_a_new_subject_goes_on_as_she_after_and(sentence: str) -> None:
    assert intros(sentence) == [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a showcase in Ghent")]


def test_a_new_subject_goes_on_as_she_over_the_band_as_its_object() -> None:
    page = (
        "Night Trains (feat. Bea Bell)\n\nThe Arbours\n\n"
        "It is a single by the band The Arbours, made up of Ann Arbour and Cy Dorn.\n\n"
        "Coastline's music supervisor, Eda Fenn, had championed the band for years, and it was she who put Arbour in "
        "touch with Bell at a showcase in Ghent.\n"
    )
    result = parse_story_page(page, "band.txt")
    assert result.document is not None
    found = [(i.introducer, frozenset(i.introduced), i.occasion) for i in result.document.introductions]
    assert found == [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a showcase in Ghent")]


THREE_WROTE = (
    "The song was written by singer Ann Arbour, bassist Tom Reed and Gil Moss, the Leeds producer who also produced "
    "it. "
)


@pytest.mark.parametrize(
    "prose",
    [
        # another new name between: either may be "she"
        "Eda Fenn had championed Gil Moss for years, and it was she who put Arbour in touch with Bell at a showcase "
        "in Ghent.",
        # and then neither is the one the text was about before, nor the other of the last two named together
        THREE_WROTE + "Coastline's music supervisor, Eda Fenn, had been following Cy Dorn since 2016, and it was she "
        "who first put Arbour in touch with Moss at a showcase.",
        THREE_WROTE + "Eda Fenn had known Cy Dorn since 2016, and it was she who first put Arbour in touch with Moss "
        "at a showcase.",
    ],
)
def test_she_after_a_new_name_and_another_is_no_one_for_sure(prose: str) -> None:
    result = parse(prose)
    assert result.document is not None and result.document.introductions == []
    assert any("not imported" in w.message for w in result.warnings)


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a new name after a preposition, then what it is to something ("the festival's booking manager") ending the
        # sentence: a person, whom the text is about
        (
            "The idea came from Eda Fenn, the festival's booking manager. She introduced Arbour to Bell at a showcase "
            "in Ghent.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a showcase in Ghent")],
        ),
        # a thing's name ("office") or a capitalised owner ("the Festival's") describes no one
        ("The idea came from Eda Fenn, the festival's booking office. She introduced Arbour to Bell in Ghent.", []),
        ("The idea came from Eda Fenn, the Festival's booking manager. She introduced Arbour to Bell in Ghent.", []),
    ],
)
def test_a_role_of_something_in_apposition_makes_a_new_name_someone(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


REED_CAME = "Ann Arbour wrote it with Bea Bell. The producer Tom Reed came to the record another way. Back in 2019, "


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # the one the sentence before was about, and the one of the pair this sentence names before "the two"
        (
            "Arbour's manager, Eda Fenn, had set the two men up at a dinner in Leeds.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Tom Reed"}), "a dinner in Leeds")],
        ),
        (
            "Arbour's manager, Eda Fenn, had set the two up at a dinner in Leeds.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Tom Reed"}), "a dinner in Leeds")],
        ),
        # both of the pair named: the pair
        (
            "Arbour and Bell's manager, Eda Fenn, had set the two up at a dinner in Leeds.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a dinner in Leeds")],
        ),
        # the newcomer named again: one of the two, the other not sure
        ("Reed's manager, Eda Fenn, had set the two up at a dinner in Leeds.", []),
    ],
)
def test_the_two_after_a_sentence_about_a_newcomer(
    rest: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(REED_CAME + rest) == expected


def test_a_person_named_after_the_possessive_of_a_show_is_cast_and_quoted() -> None:
    # "Coastline's Eda Fenn-Roux": the show's (or film's) person, named on their own after its possessive
    prose = (
        "The video stars Coastline's Eda Fenn-Roux as a ferry pilot, and Arbour plays a lighthouse keeper. "
        'Fenn-Roux posted a still on Instagram: "Two days in the cold."'
    )
    assert cast(prose) == [("Eda Fenn-Roux", "a ferry pilot"), ("Ann Arbour", "a lighthouse keeper")]
    assert quotes(prose) == [("Eda Fenn-Roux", "Instagram")]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a title after the possessive, or words that name a thing, stay the owner's phrase
        ('Arbour told SiriusXM\'s The Highway: "It was instant."', [("Ann Arbour", "The Highway")]),
        ('Arbour told Hal Moss\'s Radio Hour: "It was instant."', [("Ann Arbour", "Hal Moss's Radio Hour")]),
    ],
)
def test_a_title_after_a_possessive_is_no_person(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the page has told of another work's director: "the director" may be theirs or the video's
        ("The song's place in the series is down to the show's director. ", []),
        ("It was the film's director who chose the song. ", []),
        # a casting director is no director of the show, and with no other director told "the director" is the
        # video's one director
        ("The song's place in the series is down to the show's casting director. ", [("Gil Moss", "Variety")]),
        ("", [("Gil Moss", "Variety")]),
    ],
)
def test_the_director_after_another_works_director_is_not_sure(
    lead: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = (
        lead
        + '"It was instant," the director told Variety.\n\nThe video came out in May.\n\nMusic Video Director: Gil Moss'
    )
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # how long they are on screen, then a comma before the part
        (
            "Arbour plays a driver, and Bell appears only briefly, as the voice on his radio.",
            [("Ann Arbour", "a driver"), ("Bea Bell", "the voice on his radio")],
        ),
        ("Bell is seen fleetingly, as a ghost at the window.", [("Bea Bell", "a ghost at the window")]),
        # "as" after the comma joining another clause names no part
        ("Arbour plays a driver, and Bell appears briefly, as does Cy Dorn.", [("Ann Arbour", "a driver")]),
    ],
)
def test_a_part_after_briefly_and_a_comma(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast("The video came out in May. " + sentence) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a medium's own piece, named by the medium's possessive
        ("Arbour admitted in Pitchfork's making-of documentary:", [("Ann Arbour", "Pitchfork")]),
        ("Arbour said in Vogue's cover story:", [("Ann Arbour", "Vogue")]),
        # a person's piece, new to the page or of it, is no medium
        ("Arbour admitted in Tom Reed's documentary:", [("Ann Arbour", None)]),
        ("Arbour admitted in Bell's 2019 interview:", [("Ann Arbour", None)]),
    ],
)
def test_a_mediums_possessive_piece_is_where_it_was_said(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'{lead} "It was instant."') == expected


@pytest.mark.parametrize(
    ("sentence", "last", "dorn_is"),
    [
        # the first "her" meant Arbour, whom the sentence does not name; Dorn, named after it and called nothing yet,
        # may be the second "her" as well as Arbour: not sure, and Dorn is called nothing
        ("The record made her name: a slow duet with the Welsh singer Cy Dorn, taken from her third album.", (), None),
        ("The record made her name: a slow duet with Cy Dorn, taken from her third album.", (), None),
        # no "her" before the name, but the sentence before named Arbour, whom the page calls "she", and Dorn is
        # called nothing yet: either may be meant (see test_her_before_a_noun_after_someone_called_she)
        ("The record is a slow duet with the Welsh singer Cy Dorn, taken from her third album.", (), None),
        # the page already calls Dorn "she" (learned here in advance): the rule does not fire
        ("The record made her name: a slow duet with Cy Dorn, taken from her third album.", ("Cy Dorn",), "herself"),
    ],
)
def test_a_second_her_after_a_name_the_page_calls_nothing_is_not_sure(
    sentence: str, last: tuple[str, ...], dorn_is: str | None
) -> None:
    from songgraph.ingest.page.clauses import Discourse

    people = People(page="p.txt", known={})
    for name in ("Ann Arbour", "Cy Dorn"):
        people.canonical(name)
    if dorn_is and "made her name" in sentence:
        people.learn_self("Cy Dorn", dorn_is)
    discourse = Discourse(people)
    discourse.after(discourse.read("Ann Arbour grew up in Hull, where she still lives."))
    clause = discourse.read(sentence)
    assert [m.people for m in clause.mentions if m.kind == "pronoun"][-1] == last
    assert people.selves.get("Cy Dorn") == dorn_is


def _band_page(prose: str) -> SongDocument:
    result = parse_story_page(
        "Night Trains (feat. Cy Dorn)\n\nThe Paper Boats\n\nAlbum Small Hours\n\n" + prose + "\n", "p.txt"
    )
    assert result.document is not None
    return result.document


@pytest.mark.parametrize(
    ("opening", "group"),
    [
        # a name opening its sentence with a plural verb is several people's
        ("The Paper Boats have a habit of closing with it.", True),
        ("In Leeds it went down well. The Paper Boats were on first.", True),
        # a singular verb, a pair as the subject, or the name inside another subject: no group told
        ("The Paper Boats has a habit of closing with it.", False),
        ("The Paper Boats and Cy Dorn have a habit of closing with it.", False),
        ("Three songs by The Paper Boats were on the radio.", False),
    ],
)
def test_an_artist_opening_a_sentence_with_a_plural_verb_is_a_group(opening: str, group: bool) -> None:
    kinds = [p.kind for p in _band_page(opening).people if p.name == "The Paper Boats"]
    assert (kinds == [ArtistKind.GROUP]) is group


def test_the_two_opening_a_paragraph_after_a_groups_guest_is_the_pair_named_before() -> None:
    # the page's act is a group with a guest: "the two of them" need not be the act and its guest, so the two
    # named together just before are meant
    prose = (
        "The Paper Boats have played it at every show since. It was written by Eda Fenn, Gil Moss and Cy Dorn.\n\n"
        "Eda Fenn and Gil Moss wrote it with Cy Dorn, who joins them on stage.\n\n"
        "The two of them were brought together by a neighbour, Hal Reed, at a barbecue in Leeds."
    )
    introductions = [(i.introducer, frozenset(i.introduced), i.occasion) for i in _band_page(prose).introductions]
    assert introductions == [("Hal Reed", frozenset({"Eda Fenn", "Gil Moss"}), "a barbecue in Leeds")]


def test_the_band_read_as_the_groups_mention_performs_as_themselves() -> None:
    # the group told by its plural verb: "the band" reads as its mention, and is still the band as themselves
    prose = (
        "The Paper Boats have a habit of closing with it.\n\n"
        "The video was shot in a gym. The band perform as themselves."
    )
    video = _band_page(prose).music_video
    assert video is not None
    assert [(c.person, c.role) for c in video.cast] == [("The Paper Boats", "themselves")]


@pytest.mark.parametrize(
    ("introducer", "expected"),
    [
        # the Catalan or Spanish "and" between two surnames is inside the name
        ("Pau Ferrer i Soler", "Pau Ferrer i Soler"),
        ("Nuria Ortega y Gil", "Nuria Ortega y Gil"),
        # right after a first name it joins no surnames: no full name the page may import
        ("Pau i Soler", None),
    ],
)
def test_two_surnames_joined_by_a_lower_case_and(introducer: str, expected: str | None) -> None:
    found = intros(f"Arbour sang it with Bell. Her manager, {introducer}, had introduced her to Bell at a fair.")
    assert found == ([(expected, frozenset({"Ann Arbour", "Bea Bell"}), "a fair")] if expected else [])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the active in a relative clause, its "to" left at the end: the one the clause is about is the other party
        (
            "Eda Fenn, whom Cy Dorn had introduced Arbour to at a fair, played bass.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Eda Fenn"}), "a fair")],
        ),
        # "her" after the introducer told as someone's friend is that someone
        (
            "Eda Fenn, whom Arbour's old friend Cy Dorn had introduced her to at a fair, played bass.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Eda Fenn"}), "a fair")],
        ),
        # a "to" before someone else introduces to them, not to the one the clause is about
        (
            "Eda Fenn, whom Cy Dorn had introduced Arbour to Bell at a fair, played bass.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair")],
        ),
        # nor before what may be others ("to the producers"): no introduction read
        ("Eda Fenn, whom Cy Dorn had introduced Arbour to the producers, played bass.", []),
    ],
)
def test_whom_someone_introduced_another_to(sentence: str, expected: list[tuple[str, frozenset[str], str]]) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a second verb after "and" with the subject of the first: one put in touch with another
        (
            "Bell came later. Cy Dorn sent her a demo in 2018 and put her in touch with Arbour a week after that.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        (
            "Bell came later. Cy Dorn heard her in Hull and put her in touch with Arbour at a fair.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair")],
        ),
        # in touch with no one named, or the first verb naming someone else who may be the subject: none read
        ("Bell came later. Cy Dorn heard her in Hull and put her in touch with a label.", []),
        ("Bell came later. Cy Dorn told Eda Fenn about it and put her in touch with Arbour at a fair.", []),
    ],
)
def test_put_in_touch_with_someone_as_a_second_verb(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


def _solo_intros(prose: str) -> list[tuple[str, frozenset[str], str | None]]:
    result = parse_story_page("Night Trains\n\nAnn Arbour\n\nAlbum Small Hours\n\n" + prose + "\n", "p.txt")
    assert result.document is not None
    return [(i.introducer, frozenset(i.introduced), i.occasion) for i in result.document.introductions]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # no two named together yet: the one the sentence before named and whom its "her" meant
        (
            "Dorn has been with her longer than anyone. Her cousin, Gil Moss, introduced the two of them at a fair.",
            [("Gil Moss", frozenset({"Ann Arbour", "Cy Dorn"}), "a fair")],
        ),
        # a sentence before with no "her": whom "the two of them" means is not sure
        ("Dorn plays the drums. Her cousin, Gil Moss, introduced the two of them at a fair.", []),
    ],
)
def test_the_two_after_one_with_her_when_no_two_were_named_together(
    sentences: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert _solo_intros(f"Arbour wrote it with Cy Dorn.\n\n{sentences}") == expected


@pytest.mark.parametrize(
    ("feeling", "expected"),
    [
        # "him" before, whom the text cannot say is anyone: "he" may be that one, no one sure
        ("I hated him for it", []),
        # no such "him": "he" is the man the text was about
        ("I hated the place", [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)]),
    ],
)
def test_an_introducer_he_after_a_him_not_known(feeling: str, expected: list[tuple[str, frozenset[str], None]]) -> None:
    prose = (
        "Arbour wrote it with Cy Dorn and Bea Bell.\n\n"
        "Dorn has been with her longer than anyone. Her cousin, Gil Moss, introduced the two of them at a fair in "
        "2016, when he was still drumming for bands and she was a waitress.\n\n"
        "Before the encore she sat down and told the story of the song. "
        f'"My manager dragged me to a camp in Bergen, and {feeling}," she said. "He introduced me to Bell there."'
    )
    assert _solo_intros(prose)[1:] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause on its object after the name ends the cameo, as one on its subject does
        (
            "Arbour plays a nurse, and there is a cameo from the skater Cy Dorn, whom the Leeds crowd knew at once.",
            [("Ann Arbour", "a nurse"), ("Cy Dorn", None)],
        ),
        (
            "Arbour plays a nurse, and there is a cameo from Cy Dorn, who the crowd knew at once.",
            [("Ann Arbour", "a nurse"), ("Cy Dorn", None)],
        ),
        # a cameo whose words after the name go on otherwise is left to no rule
        ("Arbour plays a nurse, and there is a cameo from Cy Dorn, Leeds legend.", [("Ann Arbour", "a nurse")]),
    ],
)
def test_a_cameo_before_a_relative_clause_on_its_object(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(f"The video came out in May. {sentence}") == expected


@pytest.mark.parametrize(
    ("looked", "expected"),
    [
        # "she" said again after a name that is her verb's object is the first "she" (not known here), not the name
        ("She looked at Bell, she looked at me, and she told us to talk.", [("Ann Arbour", None), ("Bea Bell", None)]),
        ("She turned to Bell, she turned to me, and she told us to talk.", [("Ann Arbour", None), ("Bea Bell", None)]),
    ],
)
def test_a_subject_pronoun_said_again_after_its_verbs_object(
    looked: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = (
        f'Arbour told the crowd: "My aunt knows everybody. {looked}"\n\n'
        'Bell was still buzzing when I caught him afterwards. "We tried twenty versions," he said.'
    )
    assert quotes(prose) == expected


def test_she_after_a_name_she_looked_at_is_still_the_one_the_text_is_about() -> None:
    # one "she" only: whom the text was about, as before
    assert quotes('Arbour looked at Cy Dorn, and then she laughed: "We tried twenty versions."') == [
        ("Ann Arbour", None)
    ]


# Frames: narration that presents the quotations after it as one person's telling gives them their speaker (and
# where it was told), while the paragraphs after it are quotations; the first person inside resolves to that speaker.
_GUIDE_QUOTES = (
    '"I wrote this one on a night ferry. It took a week to finish."\n\n'
    '"My cousin, Cy Dorn, introduced me to Bea Bell at a fair in Leeds. We wrote the chorus that night."'
)


@pytest.mark.parametrize(
    ("note", "source"),
    [
        ("Editor's note: Ann Arbour took Harbour Weekly through the album track by track.", "Harbour Weekly"),
        ("Editor's note: Arbour went through the record song by song with Harbour Weekly.", "Harbour Weekly"),
        (
            "Editor's note: Arbour walked the readers of Harbour Weekly through the album, one song a week.",
            "Harbour Weekly",
        ),
        ("Editor's note: Arbour wrote a track-by-track guide to the album for Harbour Weekly.", "Harbour Weekly"),
        ("Editor's note: the album came with a guide Arbour wrote herself for Harbour Weekly.", "Harbour Weekly"),
        ("Editor's note: Arbour has a new album out, and a lot to say about it. Here's Arbour.", None),
        ("Arbour did most of the talking when the band sat down with us.", None),
    ],
)
def test_a_frame_gives_the_quotations_after_it_their_speaker(note: str, source: str | None) -> None:
    prose = f"{note}\n\n{_GUIDE_QUOTES}"
    assert quotes(prose) == [("Ann Arbour", source), ("Ann Arbour", source)]
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair in Leeds")]


def test_a_frame_resumes_after_another_voice_is_quoted_with_an_attribution() -> None:
    prose = (
        "Editor's note: Ann Arbour took Harbour Weekly through the album track by track.\n\n"
        '"I wrote this one on a night ferry. It took a week to finish."\n\n'
        'Bea Bell, in a note the magazine printed beside the guide, wrote: "She sang it better than me."\n\n'
        '"The video was shot in Hull. I play a nurse on a night shift."'
    )
    assert quotes(prose) == [
        ("Ann Arbour", "Harbour Weekly"),
        ("Bea Bell", "Harbour Weekly"),
        ("Ann Arbour", "Harbour Weekly"),
    ]
    assert cast(prose) == [("Ann Arbour", "a nurse on a night shift")]


@pytest.mark.parametrize(
    "note",
    [
        # two subjects: either may be speaking
        "Editor's note: Arbour and Bell took Harbour Weekly through the album track by track.",
        # two frames naming two people
        "Editor's note: Arbour took Harbour Weekly through the album. Here's Bell.",
    ],
)
def test_a_frame_naming_two_speakers_gives_none(note: str) -> None:
    result = parse(f"{note}\n\n{_GUIDE_QUOTES}")
    assert result.document is not None and result.document.quotes == []
    assert [w.line for w in result.warnings if "frame that names more than one speaker" in w.message] == [9, 11]


def test_narration_ends_a_frame() -> None:
    prose = (
        "Editor's note: Ann Arbour took Harbour Weekly through the album track by track.\n\n"
        '"I wrote this one on a night ferry. It took a week to finish."\n\n'
        "The video came out in May and was shot in Hull.\n\n"
        '"I play a nurse on a night shift. It was cold."'
    )
    assert quotes(prose) == [("Ann Arbour", "Harbour Weekly")]


def test_a_guide_of_no_one_named_makes_no_frame() -> None:
    # "went through" a place, and a guide no one is said to have written: no frame
    prose = (
        "The band went through Leeds on the way north, and the album came with a guide to its songs.\n\n"
        '"I wrote this one on a night ferry. It took a week to finish."'
    )
    assert quotes(prose) == []


# With no frame, an attribution carries over to the quoted paragraph right after (of more than one sentence).
@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            '"The video was shot in Hull. It rained all day."',
            [("Ann Arbour", "Harbour Weekly"), ("Ann Arbour", "Harbour Weekly")],
        ),
        # one sentence alone may be a line of the song, a motto or a title
        ('"Every road is a long road."', [("Ann Arbour", "Harbour Weekly")]),
    ],
)
def test_an_attribution_carries_over_to_the_next_quoted_paragraph(
    second: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = f'Arbour told Harbour Weekly: "I wrote this one on a night ferry. It took a week."\n\n{second}'
    assert quotes(prose) == expected


def test_no_attribution_carries_over_narration() -> None:
    prose = (
        'Arbour told Harbour Weekly: "I wrote this one on a night ferry. It took a week."\n\n'
        "The single came out in May.\n\n"
        '"The video was shot in Hull. It rained all day."'
    )
    assert quotes(prose) == [("Ann Arbour", "Harbour Weekly")]


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # the teller's surprise at where is no part of it
        (
            "Cy Dorn introduced Ann Arbour to Bea Bell at a bowling alley in Leeds of all places.",
            "a bowling alley in Leeds",
        ),
        ("Cy Dorn introduced Ann Arbour to Bea Bell at a funeral, of all things, in Leeds.", "a funeral"),
        # "of all" that is part of the place's name stays
        (
            "Cy Dorn introduced Ann Arbour to Bea Bell at the Feast of All Saints in Leeds.",
            "the Feast of All Saints in Leeds",
        ),
    ],
)
def test_of_all_places_ends_an_occasion(sentence: str, occasion: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


# In a quote, "my" tells whose relation is named in an apposition, as "her" does in narration, and "myself" is the
# speaker as themself.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("There is a cameo from my mom, Cy Dorn, reading the news.", [("Cy Dorn", None)]),
        ("There is a cameo from my old swimming coach, Cy Dorn, who agreed at once.", [("Cy Dorn", None)]),
        ("The video stars my cousin, Cy Dorn, as a teacher in a village.", [("Cy Dorn", "a teacher in a village")]),
        ("Bell plays a ghost, and I appear as myself, singing.", [("Bea Bell", "a ghost"), ("Ann Arbour", "herself")]),
        # no verb that casts before the relation: paying for the video is no part in it
        ("It was my cousin, Cy Dorn, who paid for it as a favour.", []),
        # helped by a relation, in no part
        ("My cousin, Cy Dorn, helped me with the video as a favour.", []),
    ],
)
def test_my_relation_and_myself_in_a_quote_about_the_video(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = f'Arbour told us about her video: "The video was shot in Hull. {sentence}" She laughed.'
    assert cast(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # when, told back, between the "to" left at the end and where
        (
            "Bea Bell, whom Cy Dorn had introduced Arbour to a few years before, at a showcase in Leeds, is her rock.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a showcase in Leeds")],
        ),
        (
            "Bea Bell, whom Cy Dorn had also introduced Arbour to two months earlier at a showcase, is her rock.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a showcase")],
        ),
        # "to" before someone's words is no "to" left at the end: introduced to a crowd, no one of the two
        ("Bea Bell, whom Cy Dorn had introduced Arbour to a crowd of fans at a showcase, is her rock.", []),
    ],
)
def test_whom_introduced_to_then_when_told_back(sentence: str, expected: list[tuple[str, frozenset[str], str]]) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    "note",
    [
        # going through a hard time, or "it" that is no song at a time, is no telling of the songs
        "Editor's note: Ann Arbour went through a difficult year with Harbour Records before this album.",
        "Editor's note: Ann Arbour went through it all again with Harbour Weekly last spring.",
        # notes written to someone are no guide to the songs
        "Editor's note: Ann Arbour penned the notes for her mother while Cy Dorn drove.",
    ],
)
def test_no_frame_without_a_telling_of_the_songs(note: str) -> None:
    assert quotes(f"{note}\n\n{_GUIDE_QUOTES}") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name inside the first part (a place) is not the first of two sharing the second part
        (
            "The video stars Arbour as a tourist lost at Hollow Cross and Bell as a guide who finds her.",
            [("Ann Arbour", "a tourist lost at Hollow Cross"), ("Bea Bell", "a guide")],
        ),
        (
            "The video stars Arbour as the sister of Cy Dorn and Bell as a neighbour.",
            [("Ann Arbour", "the sister of Cy Dorn"), ("Bea Bell", "a neighbour")],
        ),
        # two named together before one part still share it
        (
            "The video stars Arbour and Bell as two tourists lost at Hollow Cross.",
            [("Ann Arbour", "two tourists lost at Hollow Cross"), ("Bea Bell", "two tourists lost at Hollow Cross")],
        ),
        (
            "The video stars Arbour as a guide, and Bell and Cy Dorn as two tourists.",
            [("Ann Arbour", "a guide"), ("Bea Bell", "two tourists"), ("Cy Dorn", "two tourists")],
        ),
    ],
)
def test_a_name_inside_a_part_does_not_share_the_next_part(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(f"The video came out in May. {sentence}") == expected


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # the sentence before was about someone the page names no further ("Sam"): "him" may be them
        ("Sam was my drummer for years.", []),
        ("Sam, my drummer, was always around.", []),
        # about no one, or about someone of the page: "him" is the other of the two the text is about, as before
        (
            "That was my home for years.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "Cy Dorn's garage in Leith")],
        ),
        (
            "Arbour was my drummer for years.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "Cy Dorn's garage in Leith")],
        ),
    ],
)
def test_him_after_a_sentence_about_someone_the_page_names_no_further(
    told: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    said = f"{told} I introduced Bell to him at my garage in Leith."
    prose = f'Arbour wrote it with Bea Bell and Cy Dorn. Dorn told the radio: "{said}"'
    result = parse(prose)
    assert intros(prose) == expected
    assert any("introduction" in w.message for w in result.warnings) == (not expected)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a verb of the subject's, then the saying it was done for, in the infinitive: the words are the subject's
        (
            "Arbour and Bell met at a fair, by chance, according to their friend, the drummer Cy Dorn, who stops at "
            "the bar to tell Radio Nord",
            [("Cy Dorn", "Radio Nord")],
        ),
        ("Arbour and Bell met at a fair. Cy Dorn walks over to the bar to explain", [("Cy Dorn", None)]),
        ("Cy Dorn stopped to talk to Radio Nord about the song", [("Cy Dorn", "Radio Nord")]),
        # denied, or someone else's saying (another named between): no one sure
        ("Arbour and Bell met at a fair, and Cy Dorn refuses to say how", []),
        ("Arbour and Bell met at a fair. Cy Dorn never stopped to explain", []),
        ("Arbour and Bell met at a fair. Cy Dorn asked Bell to explain", []),
    ],
)
def test_a_saying_in_the_infinitive_after_the_subjects_verb(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'{lead}: "I was there."') == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # going to the microphone, or hardly getting the words out: the one the sentence is about speaks, whoever the
        # sentence before named
        ("Arbour gets to the microphone first", [("Ann Arbour", None)]),
        ("Arbour steps up to the podium", [("Ann Arbour", None)]),
        ("Arbour can barely get the words out", [("Ann Arbour", None)]),
        ("Arbour walks up, and she can barely get the words out", [("Ann Arbour", None)]),
        # no speaking told, something read, or two people in the sentence: no one sure
        ("Arbour points at the screen", []),
        ("Arbour reads the words out", []),
        ("Arbour hands Dorn the microphone", []),
    ],
)
def test_a_sentence_telling_of_speaking_to_the_room(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'Bell and Cy Dorn wave from their table. {lead}: "Thank you all."') == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "a cameo from the telenovela star X": who makes the cameo, described by the kind of work they star in
        (
            "There is a cameo from the telenovela star Cy Dorn as a widow, which gets a scream.",
            [("Ann Arbour", "a nurse"), ("Cy Dorn", "a widow")],
        ),
        # known from a work, named after its kind: no one cast by that name
        ("There is a cameo from the telenovela Dry Creek as a widow.", [("Ann Arbour", "a nurse")]),
        (
            "The actress Cy Dorn, from the telenovela Dry Creek, appears as a widow.",
            [("Ann Arbour", "a nurse"), ("Cy Dorn", "a widow")],
        ),
        # a cameo as a subject, and what it does: cast in no part
        (
            "Meanwhile a cameo from the goalkeeper Cy Dorn gets the loudest cheer of the day.",
            [("Ann Arbour", "a nurse"), ("Cy Dorn", None)],
        ),
        ("Meanwhile a cameo from Cy Dorn is the best bit.", [("Ann Arbour", "a nurse"), ("Cy Dorn", None)]),
        # words after the name that are not what the cameo does: left to no rule
        ("Meanwhile a cameo from Cy Dorn wearing a hat closes it.", [("Ann Arbour", "a nurse")]),
    ],
)
def test_a_cameo_from_someone_described_by_their_work_or_told_as_a_subject(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(f"The video came out in May. Arbour plays a nurse. {sentence}") == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # "these two", "those two": the two the text is about, pointed at, as "the two" are
        ("Reminder that I put these two in touch at my party in Leith.", "Cy Dorn's party in Leith"),
        ("I introduced those two at my party in Leith.", "Cy Dorn's party in Leith"),
        ("I put these two singers in touch at my party in Leith.", "Cy Dorn's party in Leith"),
        # two things pointed at: no one introduced
        ("I introduced these two records to a crowd at my party in Leith.", None),
    ],
)
def test_these_two_as_the_two_introduced(said: str, expected: str | None) -> None:
    prose = f'Arbour wrote it with Bea Bell and Cy Dorn. Dorn posted: "{said}"'
    introduced = [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), expected)] if expected else []
    assert intros(prose) == introduced


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a part told as a rumour the page calls wrong is no part; the one "the part went to" gets it
        (
            "Rumours that the boxer Cy Dorn plays the lighthouse keeper are false: the part went to Eda Fenn, a "
            "retired ferry captain.",
            [("Eda Fenn", "the lighthouse keeper")],
        ),
        # the one it went to described by a relation first, named after a comma
        (
            "Rumours that Cy Dorn plays the lighthouse keeper are false: the part went to Arbour's aunt, Eda Fenn.",
            [("Eda Fenn", "the lighthouse keeper")],
        ),
        # hearsay on its own: no part, and nobody else named
        ("It has long been claimed that Cy Dorn plays the lighthouse keeper.", []),
        # a rumour the page says is true is its own telling
        ("The rumour is true: Cy Dorn plays the lighthouse keeper.", [("Cy Dorn", "the lighthouse keeper")]),
        # the rumour's that-clause ends at its comma: the part after it is the page's fact
        (
            "Contrary to the rumour that he was cut, Cy Dorn plays the lighthouse keeper.",
            [("Cy Dorn", "the lighthouse keeper")],
        ),
        # "the story goes" and "reportedly" are the page's own telling
        ("The story goes that Cy Dorn plays the lighthouse keeper.", [("Cy Dorn", "the lighthouse keeper")]),
        ("Reportedly, Cy Dorn plays the lighthouse keeper.", [("Cy Dorn", "the lighthouse keeper")]),
    ],
)
def test_a_part_told_as_hearsay_and_the_part_given_instead(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(f"The video came out in May. {sentence}") == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # hearsay: no introduction
        ("It was widely reported that Cy Dorn introduced Arbour to Bell at a rodeo in Calgary.", []),
        ("A story that still circulates online says that Cy Dorn introduced Arbour to Bell at a rodeo.", []),
        ("Myth two: Cy Dorn introduced Arbour to Bell at a rodeo.", []),
        ("Claim: Cy Dorn introduced Arbour to Bell at a rodeo.", []),
        # a cleft that denies its subject, with or without an aside
        ("It was not Cy Dorn who introduced Arbour to Bell.", []),
        ("It wasn't the fiddler Cy Dorn who introduced Arbour to Bell.", []),
        # denied by the sentence after it
        ("Cy Dorn introduced Arbour to Bell at a rodeo. That is not what happened.", []),
        ("Cy Dorn introduced Arbour to Bell at a rodeo. Dorn has always denied it.", []),
        # near misses: a "not" of time, a "not" in the next sentence about something else, the page's own story
        (
            "It was not until 2019 that Cy Dorn introduced Arbour to Bell at a rodeo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a rodeo")],
        ),
        (
            "Cy Dorn introduced Arbour to Bell at a rodeo, sure they would hate each other. They did not.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a rodeo")],
        ),
        (
            "Cy Dorn introduced Arbour to Bell at a rodeo. It was not what either of them expected.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a rodeo")],
        ),
        (
            "The story goes that Cy Dorn introduced Arbour to Bell at a rodeo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a rodeo")],
        ),
        (
            "Contrary to the rumours, Cy Dorn introduced Arbour to Bell at a rodeo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a rodeo")],
        ),
    ],
)
def test_an_introduction_told_as_hearsay_or_denied(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


def test_a_denied_introduction_is_left_out_with_a_located_warning() -> None:
    result = parse("It was widely reported that Cy Dorn introduced Arbour to Bell at a rodeo.")
    assert result.document is not None and result.document.introductions == []
    assert any(w.line == 7 and "hearsay or denies" in w.message for w in result.warnings)


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("Rumours that @0 plays the lighthouse keeper are false.", "@0 plays the lighthouse keeper are false"),
        ("It is often said that @0 wrote it, but @1 did.", "@0 wrote it"),
        # borne out: none
        ("The rumours that @0 plays the lighthouse keeper were true.", None),
        ("The claim that @0 wrote it turned out to be right.", None),
        # a cleft denying its subject: the span holds the one denied, not the correction
        ("It was not @0 who wrote it but @1.", "It was not @0"),
        ("It was not until @1 that @0 wrote it.", None),
    ],
)
def test_the_claims_a_sentence_tells_as_hearsay(sentence: str, claim: str | None) -> None:
    spans = hearsay(sentence)
    assert [sentence[start:end] for start, end in spans] == ([claim] if claim else [])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # how they appear, between the verb and "as": still both in the part
        (
            "The clip casts Arbour as a nurse, with Cy Dorn and Eda Fenn appearing briefly as themselves.",
            [("Ann Arbour", "a nurse"), ("Cy Dorn", "themselves"), ("Eda Fenn", "themselves")],
        ),
        ("Cy Dorn and Eda Fenn turn up only as themselves.", [("Cy Dorn", "themselves"), ("Eda Fenn", "themselves")]),
        (
            "Cy Dorn and Eda Fenn appear separately as a nurse and a doctor.",
            [("Cy Dorn", "a nurse"), ("Eda Fenn", "a doctor")],
        ),
        # near miss: a comma after the adverb ends the verb phrase; no part is told for sure
        ("Cy Dorn and Eda Fenn appear early, as themselves.", []),
    ],
)
def test_several_people_appearing_somehow_as_one_part(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(f"The video came out in May. {sentence}") == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # when, then where, both told before the people: where is the occasion
        (
            "In the winter of 2016, during a residency in Tromso, the two were brought together by Cy Dorn.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a residency in Tromso")],
        ),
        (
            "But the next summer, at a barn dance in Kerry, it was Cy Dorn, who knew them both, who introduced "
            "Arbour to Bell.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a barn dance in Kerry")],
        ),
        (
            "Later that year, during a residency in Tromso, Cy Dorn introduced Arbour to Bell.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a residency in Tromso")],
        ),
        # near miss: a fronted phrase that is no time before where: not read as the occasion
        (
            "Tired of waiting, during a residency in Tromso, Cy Dorn introduced Arbour to Bell.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
    ],
)
def test_an_occasion_told_before_the_people_after_a_time(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(f"Arbour and Bell had both moved north. {prose}") == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the cleft denies one introducer and names who did instead, and where
        (
            "It was not Cy Dorn who introduced Arbour and Bell but Bell's old choir master, Eda Fenn, at a carol "
            "service in Leeds.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a carol service in Leeds")],
        ),
        (
            "It wasn't Cy Dorn who introduced Arbour to Bell but Eda Fenn.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        # near misses: the one after "but" is only described, or something of someone's; no one instead
        ("It was not Cy Dorn who introduced Arbour and Bell but her choir master.", []),
        ("It was not Cy Dorn who introduced Arbour and Bell but Eda Fenn's choir.", []),
    ],
)
def test_a_denying_cleft_and_the_introducer_named_instead(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # who is in a picture of the video is no part in it
        ("Arbour plays a nurse; the man on the poster is the actor Cy Dorn.", [("Ann Arbour", "a nurse")]),
        ("Arbour plays a nurse; the girl in the thumbnail is Eda Fenn.", [("Ann Arbour", "a nurse")]),
        # near miss: a part told with "is" stays one
        (
            "Arbour plays a nurse; the man in the red coat is the actor Cy Dorn.",
            [("Ann Arbour", "a nurse"), ("Cy Dorn", "the man in the red coat")],
        ),
    ],
)
def test_who_is_in_a_picture_of_the_video_plays_no_part(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(f"The video came out in May. {sentence}") == expected


@pytest.mark.parametrize(
    "cleft",
    [
        "And it was Arbour, not a label scout, who brought him in.",
        "It was Arbour, not Eda Fenn, who brought him in.",
        "But it was Arbour, not the fiddler Eda Fenn, who brought him in.",
    ],
)
def test_a_cleft_with_the_one_it_was_not_is_about_its_subject(cleft: str) -> None:
    # "him" is not the cleft's subject, and "she" after it is
    prose = f'Arbour and Bell met in 2015. {cleft} "I met him at a party in Turku," she told Radio Nord.'
    assert quotes(prose) == [("Ann Arbour", "Radio Nord")]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was Cy Dorn, not Eda Fenn, who introduced Arbour to Bell at a rodeo.",
        "Cy Dorn, not the fiddler Eda Fenn, introduced Arbour to Bell at a rodeo.",
        # near miss: a "not" in a relative clause about the introducer denies nothing
        "Cy Dorn, who was not yet famous, introduced Arbour to Bell at a rodeo.",
    ],
)
def test_the_one_who_did_not_introduce_set_off_by_commas(sentence: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a rodeo")]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a denial is a saying: its subject speaks the words after the colon, where the lead says
        (
            "It goes like this: Cy Dorn introduced Arbour to Bell at a rodeo. Dorn has denied it several times, most "
            'recently on Radio Nord: "I have never even met Bell. It sounds like a great night."',
            [("Cy Dorn", "Radio Nord")],
        ),
    ],
)
def test_a_quote_led_into_by_a_denial(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a noun for someone of a place before a name is no word of it
        (
            "It was produced by the Dutchman Cy Dorn, to whom Arbour had been introduced by Eda Fenn at a fair.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Cy Dorn"}), "a fair")],
        ),
        (
            "The Swede Cy Dorn introduced Arbour to Bell at a fair.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair")],
        ),
        # where, backstage, after the introducer's apposition in a relative passive
        (
            "It was produced by Cy Dorn, to whom Arbour had been introduced by the engineer Eda Fenn, backstage at "
            "a fair in Ghent.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Cy Dorn"}), "a fair in Ghent")],
        ),
    ],
)
def test_a_demonym_before_a_name_and_where_backstage(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


def test_the_two_after_a_denial_are_the_pair_the_denied_claim_named() -> None:
    prose = (
        "The legend says that Cy Dorn introduced Arbour and Bell at a rodeo. Dorn has denied it. "
        "It was Arbour's uncle, Eda Fenn, who introduced the two of them, at a barn dance."
    )
    assert intros(prose) == [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a barn dance")]


@pytest.mark.parametrize(
    ("identified", "expected"),
    [
        # "he is X": who the man just described is, whom the "he" after it means too
        ("He is Tom Hale, a veteran of the stage, and he plays the porter.", [("Tom Hale", "the porter")]),
        ("The video never says who he is, but he is Tom Hale, and he plays the porter.", [("Tom Hale", "the porter")]),
        # X's relative names no one the "he" is: it goes on meaning whom the text was about, not Tom Hale
        ("He is Tom Hale's brother, and he plays the porter.", [("Cy Dorn", "the porter")]),
    ],
)
def test_a_pronoun_said_to_be_a_name_means_that_one(identified: str, expected: list[tuple[str, str]]) -> None:
    prose = (
        "Arbour wrote it with Cy Dorn.\n\n"
        f"The video was directed by Gil Moss. Cy Dorn waits at the stop. A man in a grey coat climbs on. {identified}"
    )
    assert cast(prose) == expected


VIDEO_OPENS = "The video was directed by Gil Moss and shot in one night in Leeds.\n\n"


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a paragraph right after the video's that walks on through its scenes without saying "video"
        (["In the first shot, Arbour plays a nurse on her last round."], [("Ann Arbour", "a nurse on her last round")]),
        (["By the second chorus Cy Dorn turns up as a lost hiker."], [("Cy Dorn", "a lost hiker")]),
        (["The bridge is a fight in the corridor, and Cy Dorn stars as the porter."], [("Cy Dorn", "the porter")]),
        # a paragraph between two scenes goes on with the walk ...
        (
            [
                "In the first frame, Arbour is asleep.",
                "A man climbs in. Cy Dorn plays the porter.",
                "In the last shot he sleeps.",
            ],
            [("Cy Dorn", "the porter")],
        ),
        # ... and one of someone's words neither goes on with it nor ends it
        (
            ['"We shot it twice," Moss said.', "In the last scene, Cy Dorn plays the porter."],
            [("Cy Dorn", "the porter")],
        ),
        # no scene after it: a paragraph with no word of the video's scenes is about something else
        (["Arbour plays a nurse in the stage play Ward Nine."], []),
        # two such paragraphs end the walk: a scene word after them is not the video's
        (
            [
                "Arbour plays a nurse in Ward Nine.",
                "She also sings in a choir.",
                "In the first scene Dorn stars as a cook.",
            ],
            [],
        ),
    ],
)
def test_scenes_walked_after_the_video_paragraph(paragraphs: list[str], expected: list[tuple[str, str]]) -> None:
    prose = "Arbour wrote it with Cy Dorn.\n\n" + VIDEO_OPENS + "\n\n".join(paragraphs)
    assert cast(prose) == expected


def test_scene_words_with_no_video_before_are_no_cast() -> None:
    assert cast("Arbour wrote it with Cy Dorn.\n\nIn the first shot, Arbour plays a nurse on her last round.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what someone wears or where they are, set off by commas after "in the", before the casting verb
        ("Arbour, in the hotel's grey uniform, plays the night porter.", [("Ann Arbour", "the night porter")]),
        ("Arbour, in her mother's coat, plays a widow.", [("Ann Arbour", "a widow")]),
        # an instrument after "plays" is no part, whatever the aside
        ("Arbour, in the last chorus, plays the piano.", []),
    ],
)
def test_an_aside_opened_by_in_the_before_plays(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(f"The video came out in May. {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause after an apposition of what the person is, naming no one else, is the person's
        ("Next comes Cy Dorn, Arbour's uncle, who appears as himself.", [("Cy Dorn", "himself")]),
        (
            "The verse belongs to Cy Dorn, the Welsh actor who stars as a lighthouse keeper.",
            [("Cy Dorn", "a lighthouse keeper")],
        ),
        ("That is Cy Dorn, a family friend, who turns up as the vicar.", [("Cy Dorn", "the vicar")]),
        # brought to play a part
        ("That is Cy Dorn, the band's manager, who was talked into playing the referee.", [("Cy Dorn", "the referee")]),
        ("That is Cy Dorn, the band's manager, who agreed to play the referee.", [("Cy Dorn", "the referee")]),
        # what someone did not agree to is no part
        ("That is Cy Dorn, the band's manager, who refused to play the referee.", []),
        # an apposition that names someone else: the relative clause may be about that one, so not Cy Dorn's
        ("That is Cy Dorn, the brother of Tom Hale, who appears as himself.", [("Tom Hale", "himself")]),
    ],
)
def test_a_relative_clause_after_an_apposition(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(f"The video came out in May. {sentence}") == expected


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        # a title in sentence case after what it is, its lower-case words after another language's preposition
        ("Arbour said on the podcast Radio po polnocy.", "Radio po polnocy"),
        ("Arbour told the show Noc za oknem, laughing.", "Noc za oknem"),
        # English words after the title are not its own
        ("Arbour said on the podcast Radio Nord last week.", "Radio Nord"),
        # lower-case words that run on past two, or that do not stop the clause, are not taken into it
        ("Arbour said on the podcast Radio po polnocy last week.", "Radio"),
    ],
)
def test_a_sentence_case_title_with_a_foreign_preposition(attribution: str, expected: str) -> None:
    assert quotes(f'"It was the best day we had in the studio," {attribution}') == [("Ann Arbour", expected)]


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # the passive's "there" is where the sentence before put the two
        (
            "It all began at a barn dance in Sligo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a barn dance in Sligo")],
        ),
        # no place before to point to: the introduction with no occasion, as the active's (the unit tests before)
        ("It all began by chance.", [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)]),
    ],
)
def test_introduced_there_by_in_the_passive(
    before: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    prose = f"Arbour wrote it with Bea Bell.\n\n{before} Arbour and Bell were introduced there by Cy Dorn, a fiddler."
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # putting it in a few words for a medium
        ("Arbour summed the whole thing up for Hot Press:", [("Ann Arbour", "Hot Press")]),
        ("Arbour summed it up for Mojo:", [("Ann Arbour", "Mojo")]),
        ("Arbour summed up the night for Mojo:", [("Ann Arbour", "Mojo")]),
        # a medium named with the word "film" reads as no person's name
        ("Arbour explained the bridge to Film Companion:", [("Ann Arbour", "Film Companion")]),
        # for a person, no medium (and with two people named, whose words they are is not sure)
        ("Arbour summed it up for Bea Bell:", []),
    ],
)
def test_summed_up_for_a_medium(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'{lead} "Every band has one song about the sea."') == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the part is X", then that it is a cameo: a part of the video
        ("The ghost is Cy Dorn himself, in a bedsheet, in a cameo.", [("Cy Dorn", "the ghost")]),
        ("The ghost is Cy Dorn in a brief cameo.", [("Cy Dorn", "the ghost")]),
        # without the cameo, "the ghost is X himself" may say who a ghost in the song is: no part
        ("The ghost is Cy Dorn himself, in a bedsheet.", []),
        ("The idea is Cy Dorn's, in a cameo of sorts.", []),
    ],
)
def test_the_part_is_someone_in_a_cameo(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(f"The video came out in May. {sentence}") == expected


@pytest.mark.parametrize(
    ("written", "sentence", "expected"),
    [
        # "van den" mid-sentence starts the name, as "van der" does: the whole name is the one introduced
        (
            "Jan van den Berg",
            "Dorn introduced van den Berg to Arbour at a party in Oslo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Jan van den Berg"}), "a party in Oslo")],
        ),
        (
            "Piet van der Merwe",
            "Dorn introduced van der Merwe to Arbour at a party in Oslo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Piet van der Merwe"}), "a party in Oslo")],
        ),
    ],
)
def test_a_surname_with_two_particles_mid_sentence(
    written: str, sentence: str, expected: list[tuple[str, frozenset[str], str]]
) -> None:
    assert intros(f"Arbour wrote it with {written} and Cy Dorn.\n\n{sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "put A and B in touch": the two named, joined, as "put them in touch" and "put A in touch with B" are
        (
            "Dorn put Arbour and Kent in touch at a party in Oslo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Jo Kent"}), "a party in Oslo")],
        ),
        (
            "It was Dorn who put Arbour and Kent in touch, during Oslo Jazz Week, where both had been booked.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Jo Kent"}), "Oslo Jazz Week")],
        ),
        # the two put in touch with a third, not with each other
        ("Dorn put Arbour and Kent in touch with a label in Oslo.", []),
    ],
)
def test_put_two_named_in_touch(sentence: str, expected: list[tuple[str, frozenset[str], str]]) -> None:
    assert intros(f"Arbour wrote it with Bea Bell, Jo Kent and Cy Dorn.\n\n{sentence}") == expected


def test_two_who_had_known_each_other_are_the_two_of_them() -> None:
    # the sentence before tells of two who knew each other, not of the song's two performers
    prose = (
        "Arbour wrote it with Bea Bell and Jo Kent.\n\n"
        "Arbour and Bell sang it in Oslo. Later, Arbour had known Kent for a while. Her manager, Cy Dorn, introduced "
        "the two of them in 2018."
    )
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Jo Kent"}), None)]


def test_a_b_side_after_whose_it_is_is_no_name() -> None:
    # "an old Arbour B-side" names no one whose first name is Arbour: the introduction of Arbour stands
    prose = (
        "Arbour wrote it with Bea Bell and Jo Kent.\n\n"
        "Cy Dorn introduced Arbour to Kent in 2018, after he heard a remix of an old Arbour B-side."
    )
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Jo Kent"}), None)]


# A transcript: a standfirst telling of the interview, then paragraphs opening on a speaker's label.
_TRANSCRIPT = (
    "{standfirst}\n\n{asker}: How did the song start?\n\n{first}: At a rodeo, mostly.\n\n{second}: Not really.\n"
)


@pytest.mark.parametrize(
    ("standfirst", "asker", "first", "second", "expected"),
    [
        # the guests before the verb, the outlet after it (a journalist "of" it is the one asking)
        (
            "Ann Arbour and Bea Bell spoke to Cy Dorn of Radio Nord about the song.",
            "RADIO NORD",
            "ANN",
            "BEA",
            [("Ann Arbour", "Radio Nord"), ("Bea Bell", "Radio Nord")],
        ),
        # labels of initials; the journalist's own initials are questions
        (
            "Ann Arbour and her co-writer Bea Bell spoke to Cy Dorn of the Night Paper about it.",
            "CD",
            "AA",
            "BB",
            [("Ann Arbour", "Night Paper"), ("Bea Bell", "Night Paper")],
        ),
        # the outlet fronted, the guests after the verb; a label of the outlet's first word
        (
            "For Radio Nord Weekly, Cy Dorn talked to Arbour and her duet partner, the singer Bea Bell, about it.",
            "RADIO NORD",
            "ARBOUR",
            "BELL",
            [("Ann Arbour", "Radio Nord Weekly"), ("Bea Bell", "Radio Nord Weekly")],
        ),
        # joining a host on a show of the outlet's: the outlet is where
        (
            "Arbour and Bell joined Cy Dorn on Radio Nord's late show to talk about it.",
            "Q",
            "ANN",
            "BEA",
            [("Ann Arbour", "Radio Nord"), ("Bea Bell", "Radio Nord")],
        ),
        # "A:" is the one guest the standfirst names
        (
            "Ann Arbour was this week's guest on the Night Shift podcast. Host Cy Dorn asked her about the song.",
            "Q",
            "A",
            "A",
            [("Ann Arbour", "Night Shift"), ("Ann Arbour", "Night Shift")],
        ),
    ],
)
def test_a_transcripts_labelled_answers_are_quotes_of_the_labelled_guest(
    standfirst: str, asker: str, first: str, second: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = _TRANSCRIPT.format(standfirst=standfirst, asker=asker, first=first, second=second)
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("standfirst", "asker", "first", "second"),
    [
        # initials two people of the standfirst share: no one for sure
        ("Ann Arbour and Anna Ames spoke to Radio Nord about the song.", "Q", "AA", "AA"),
        # "A:" of two guests
        ("Ann Arbour and Bea Bell spoke to Radio Nord about the song.", "Q", "A", "A"),
        # the journalist's label is hers, a question, not a guest's answer
        ("Ann Arbour spoke to Eda Fenn of Radio Nord about the song.", "Q", "EDA", "EF"),
        # talking to someone about a thing tells of no interview: no outlet, no transcript
        ("Ann Arbour spoke to reporters about Bea Bell at the launch.", "Q", "ANN", "BEA"),
        # no standfirst that tells of an interview
        ("Ann Arbour wrote the song with Bea Bell in May.", "Q", "ANN", "BEA"),
    ],
)
def test_a_transcripts_label_that_names_no_guest_for_sure_gives_no_quote(
    standfirst: str, asker: str, first: str, second: str
) -> None:
    prose = _TRANSCRIPT.format(standfirst=standfirst, asker=asker, first=first, second=second)
    result = parse(prose)
    assert result.document is not None and result.document.quotes == []


def test_a_transcripts_label_of_two_people_is_warned_about() -> None:
    prose = _TRANSCRIPT.format(
        standfirst="Ann Arbour and Anna Ames spoke to Radio Nord about the song.", asker="Q", first="AA", second="AA"
    )
    assert any("transcript's label" in issue.message for issue in parse(prose).warnings)


def test_a_paragraph_opening_on_a_word_and_a_colon_after_a_standfirst_is_narration() -> None:
    prose = (
        "Ann Arbour spoke to Radio Nord about the song.\n\n"
        'Confession: I never liked it. Bea Bell told Radio Nord: "It grew on me."\n'
    )
    assert quotes(prose) == [("Bea Bell", "Radio Nord")]


def test_words_quoted_inside_a_transcripts_answer_are_part_of_it_and_its_i_is_the_guest() -> None:
    prose = (
        "Ann Arbour and Bea Bell spoke to Radio Nord about the song.\n\n"
        "RADIO NORD: Who introduced you?\n\n"
        'BEA: Cy Dorn introduced me to Ann at a rodeo. He said, "You two should sing." So we did.\n'
    )
    document = doc(prose)
    assert [(q.speaker, q.source, q.text[:6]) for q in document.quotes] == [("Bea Bell", "Radio Nord", "Cy Dor")]
    assert [(i.introducer, frozenset(i.introduced), i.occasion) for i in document.introductions] == [
        ("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a rodeo")
    ]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # answers to a question about the video are about it, whether they say so or not
        ("Tell us about the video.", [("Bea Bell", "a nurse")]),
        # near miss: a question about the record: "plays" is an instrument
        ("Tell us about the record.", []),
    ],
)
def test_a_transcripts_answers_are_about_what_the_question_was(
    question: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = (
        "Ann Arbour and Bea Bell spoke to Radio Nord about the song.\n\n"
        f"RADIO NORD: {question}\n\nANN: Bea plays a nurse.\n\nBEA: I do.\n"
    )
    assert cast(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a comparison after "was" says how someone compares, not whom a part is
        (
            "In the video, Bell has a cameo as a beekeeper. The honey was sweeter than Bell.",
            [("Bea Bell", "a beekeeper")],
        ),
        # near miss: the part, then who it is
        ("The video is set in a garden. The beekeeper is Bea Bell.", [("Bea Bell", "the beekeeper")]),
        ("The video is set in a garden. The beekeeper is really Bea Bell.", [("Bea Bell", "the beekeeper")]),
    ],
)
def test_a_comparison_with_someone_is_no_part_of_theirs(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a possessive after an "-ing" word is its object's: a participle, whose phrase a part after "plays" cuts
        ("In the video, Bell plays a butler polishing everyone's shoes at night.", "a butler"),
        ("In the video, Bell plays a nurse checking somebody's pulse.", "a nurse"),
        # near miss: an "-ing" noun before a possessive's noun stays
        ("In the video, Bell plays a porter in the building's lobby.", "a porter in the building's lobby"),
    ],
)
def test_a_participle_before_a_possessive_ends_a_part_after_plays(sentence: str, expected: str) -> None:
    assert cast(sentence) == [("Bea Bell", expected)]


@pytest.mark.parametrize(
    ("prose", "occasion"),
    [
        # "there" points back to where a sentence opening on "At" put them
        (
            "At a barn dance in Cork, everyone was singing. Cy Dorn introduced Arbour to Bell there.",
            "a barn dance in Cork",
        ),
        # the same in a transcript's answer, the sentence before a fragment
        (
            "Ann Arbour spoke to Radio Nord about the song.\n\nQ: How did you meet Bea?\n\n"
            "A: At a barn dance in Cork, believe it or not. Cy Dorn introduced me to Bea there.",
            "a barn dance in Cork",
        ),
        # near misses: "At first", "At midnight" are when, no place "there" may mean
        ("At first, Arbour hated the idea. Cy Dorn introduced Arbour to Bell there.", None),
        ("At midnight, Arbour was tired. Cy Dorn introduced Arbour to Bell there.", None),
    ],
)
def test_there_after_a_sentence_opening_on_where(prose: str, occasion: str | None) -> None:
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "us" after "Bea and I" is the two the speaker said, whoever else the sentence names before the introducer
        (
            "ANN: Bea and I only met because Cy Dorn's cousin, Eda Fenn, introduced us at her barn dance in Cork.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "Eda Fenn's barn dance in Cork")],
        ),
        # near miss: "the two" after others are named may mean them: not sure
        ("ANN: Cy Dorn and Gil Moss were there, and Eda Fenn introduced the two at her barn dance.", []),
    ],
)
def test_us_of_a_speaker_who_said_whom_is_that_pair(
    answer: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    prose = f"Ann Arbour spoke to Radio Nord about the song.\n\nQ: How did it start?\n\n{answer}\n"
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "we" of the one asked about "you and X" is the two, not the song's other singer
        ("You and Cy come from different worlds. How did you meet?", [frozenset({"Ann Arbour", "Cy Dorn"})]),
        ("Cy and you come from different worlds. How did you meet?", [frozenset({"Ann Arbour", "Cy Dorn"})]),
        # near miss: a question naming no one with the one asked: "we" as before (the song's other singer)
        ("You come from different worlds. How did you meet?", [frozenset({"Ann Arbour", "Bea Bell"})]),
    ],
)
def test_we_answering_a_question_about_you_and_someone(question: str, expected: list[frozenset[str]]) -> None:
    prose = (
        "Ann Arbour was this week's guest on the Night Shift podcast. The song was written by Arbour and Cy Dorn.\n\n"
        f"Q: {question}\n\nA: We were introduced by Eda Fenn at a fair.\n"
    )
    assert [introduced for _, introduced, _ in intros(prose)] == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # "the producer and singer X": two roles under one article describe the one name after them
        ("Cy Dorn introduced Arbour to the producer and singer Eda Fenn at a party.", "Eda Fenn"),
        ("Cy Dorn introduced Arbour to the drummer & singer Eda Fenn at a party.", "Eda Fenn"),
        # one role alone, no name after it: the page's producer, as before
        ("Cy Dorn introduced Arbour to the producer at a party.", "Gil Moss"),
    ],
)
def test_two_roles_under_one_article_describe_the_name_after_them(said: str, expected: str) -> None:
    prose = f"It was produced by Gil Moss. {said}"
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", expected}), "a party")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the name after "by" ends its phrase at the comma: the verb after "then" is the subject's second
        ("Eda Fenn played Arbour's tape next to one by the drummer Cy Dorn, then introduced her to Bell.", []),
        ("Eda Fenn played Arbour's tape beside one by the drummer Cy Dorn, then put her in touch with Bell.", []),
        # "then" with what the introducer was at the time, or the introducer opening the sentence: read as before
        (
            "Eda Fenn played Arbour's tape. The drummer Cy Dorn, then 24, introduced her to Bell at a party.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a party")],
        ),
    ],
)
def test_a_name_before_comma_then_is_no_subject_of_the_verb_after(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        # a dated entry of a timeline opens afresh: "her" after "Bell's manager" is Bell, not whom the last entry
        # was about
        ("June 2019 - Bell's manager, Cy Dorn, brings her together with the drummer Eda Fenn at a fair in Hull.", True),
        (
            "12 June 2019: Bell's manager, Cy Dorn, brings her together with the drummer Eda Fenn at a fair in Hull.",
            True,
        ),
        # no entry's date: Arbour or Bell, not sure
        ("Bell's manager, Cy Dorn, brings her together with the drummer Eda Fenn at a fair in Hull.", False),
        (
            "In June 2019 Bell's manager, Cy Dorn, brings her together with the drummer Eda Fenn at a fair in Hull.",
            False,
        ),
    ],
)
def test_a_her_after_whose_relation_in_a_dated_entry(entry: str, expected: bool) -> None:
    found = intros(f"Arbour wrote the first verse alone.\n\n{entry}")
    assert found == ([("Cy Dorn", frozenset({"Bea Bell", "Eda Fenn"}), "a fair in Hull")] if expected else [])


@pytest.mark.parametrize(
    ("entry", "occasion"),
    [
        # where, told first; then the introducer's description set off by commas, the name in apposition
        ("At a fair in Hull, her manager, Cy Dorn, introduces her to the drummer Eda Fenn.", "a fair in Hull"),
        # where, told first after a timeline entry's date and its dash
        ("March 2019 - At a fair in Hull, Cy Dorn introduces her to the drummer Eda Fenn.", "a fair in Hull"),
        (
            "March 2019 - At a fair in Hull, her manager, Cy Dorn, introduces her to the drummer Eda Fenn.",
            "a fair in Hull",
        ),
        # a clause of its own after where: where is not the introduction's for sure
        ("At a fair in Hull, she sang, and later her manager, Cy Dorn, introduced her to the drummer Eda Fenn.", None),
    ],
)
def test_where_told_first_before_an_apposed_introducer_or_after_an_entry_date(entry: str, occasion: str | None) -> None:
    assert intros(f"Arbour hums.\n\n{entry}") == [("Cy Dorn", frozenset({"Ann Arbour", "Eda Fenn"}), occasion)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the passive in the present, and what the second of the two is before their name
        ("Arbour and Eda Fenn are introduced by Cy Dorn during a fair in Hull.", True),
        ("Arbour is introduced to Eda Fenn by Cy Dorn during a fair in Hull.", True),
        ("Arbour and Eda Fenn have been introduced by Cy Dorn during a fair in Hull.", True),
        ("Arbour and the Welsh drummer Eda Fenn are introduced by the promoter Cy Dorn during a fair in Hull.", True),
        # no second person: no introduction
        ("Arbour and the drums are introduced by Cy Dorn during a fair in Hull.", False),
        ("Arbour is introduced by Cy Dorn during a fair in Hull.", False),
    ],
)
def test_the_passive_in_the_present(sentence: str, expected: bool) -> None:
    found = intros(f"Arbour hums.\n\n{sentence}")
    assert found == ([("Cy Dorn", frozenset({"Ann Arbour", "Eda Fenn"}), "a fair in Hull")] if expected else [])


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # "X, an old friend of his": "his" is someone other than X, and the "he" after it goes on meaning whom "his"
        # meant (the one the text was about), not X
        ("Gil Moss hosts the party. Among the guests is the drummer Cy Dorn, an old friend of his. He", "Gil Moss"),
        ("Gil Moss hosts the party. The drummer Cy Dorn, an old friend of hers, is there. She", "Gil Moss"),
        # after a sentence naming two, whose friend is not sure: no speaker
        ("Arbour brings Bell to Leeds. Among the guests is the drummer Cy Dorn, an old friend of his. He", None),
        # no such apposition: the one named, as before
        ("Gil Moss hosts the party. Among the guests is the drummer Cy Dorn, who sings. He", "Cy Dorn"),
    ],
)
def test_a_he_after_someone_described_as_a_friend_of_his(lead: str, expected: str | None) -> None:
    assert quotes(f'{lead} told Mojo: "I loved it."') == ([(expected, "Mojo")] if expected else [])


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # "the Leeds session drummer X": a word of the trade between the place and the role; the place is no one
        ("Cy Dorn connects Arbour with the Leeds session drummer Eda Fenn.", [("Cy Dorn", "Eda Fenn")]),
        ("Cy Dorn connects Arbour with the Leeds drummer Eda Fenn.", [("Cy Dorn", "Eda Fenn")]),
        # a place, then no role before the name: no one to connect her with for sure
        ("Cy Dorn connects Arbour with Leeds and then Eda Fenn.", []),
    ],
)
def test_a_place_and_a_trade_before_a_role_describe_the_name(said: str, expected: list[tuple[str, str]]) -> None:
    assert intros(f"Arbour sang. {said}") == [(by, frozenset({"Ann Arbour", b}), None) for by, b in expected]


# Eda Fenn and Gil Moss are people of the page by their credits (writer, producer)
_FENN_AND_MOSS = "\n\nAdded by Kim\n\nRelease Date\n\n2nd March 2021\n\n\nAnn Arbour & Eda Fenn\n\n\nGil Moss\n"


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        # "Neither has heard of the other": the two the last two sentences were about, each named alone
        ("Gil Moss plays in a band in Bergen. Neither has heard of the other.", {"Eda Fenn", "Gil Moss"}),
        ("Gil Moss plays in a band in Bergen. Neither knew the other.", {"Eda Fenn", "Gil Moss"}),
        # a third named with one of them, or named in the sentence itself, or no "neither": not those two
        ("Gil Moss and Lou Reyes play in a band. Neither has heard of the other.", {"Ann Arbour", "Bea Bell"}),
        ("Gil Moss plays in a band in Bergen. Neither has heard of Lou Reyes.", {"Ann Arbour", "Bea Bell"}),
        ("Gil Moss plays in a band in Bergen. The band is loud.", {"Ann Arbour", "Bea Bell"}),
    ],
)
def test_neither_after_two_sentences_each_about_one(between: str, expected: set[str]) -> None:
    prose = f"Eda Fenn takes a job in Oslo. {between} At a party that spring, Cy Dorn introduces them."
    assert intros(prose + _FENN_AND_MOSS) == [("Cy Dorn", frozenset(expected), "a party")]


@pytest.mark.parametrize(
    "sentence",
    [
        # where, then "where" and the introducer, described by a place's word and a role
        "Arbour and Bell met at a fair in Hull, where the Yorkshire fiddler Cy Dorn introduced them.",
        "Arbour and Bell met at a fair in Hull, where the fiddler Cy Dorn introduced them.",
        # an apposition of four words after the comma ("a mutual friend, the Leeds radio host X")
        "Arbour and Bell were introduced by a mutual friend, the Leeds radio host Cy Dorn, at a fair in Hull.",
    ],
)
def test_where_and_the_introducer_described_by_place_and_role(sentence: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair in Hull")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "X plays A in a place, Y B": the verb of the second left out, after a first part that names a place
        (
            "Arbour plays a nurse in Leeds, Eda Fenn a doctor.",
            [("Ann Arbour", "a nurse in Leeds"), ("Eda Fenn", "a doctor")],
        ),
        (
            "Arbour plays a nurse in Leeds, and Eda Fenn a doctor waiting at the door.",
            [("Ann Arbour", "a nurse in Leeds"), ("Eda Fenn", "a doctor")],
        ),
        # a person inside the first part: whose the second is, not sure
        ("Arbour plays a nurse with Gil Moss, Eda Fenn a doctor.", [("Ann Arbour", "a nurse")]),
    ],
)
def test_a_gapped_part_after_a_first_part_naming_a_place(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(f"The video came out in May. {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the subject's second verb after ", then", whose plural means the two people the first verb phrase named
        ("Cy Dorn played Gil Moss's tape beside one by the drummer Eda Fenn, then put the two of them in touch.", True),
        ("Cy Dorn played Gil Moss's tape beside one by the drummer Eda Fenn, and put the two of them in touch.", True),
        # the subject described first by a place's word
        (
            "The Leeds radio host Cy Dorn played Gil Moss's tape beside one by Eda Fenn, then put the two in touch.",
            True,
        ),
        # three named, or one: which two, not sure
        (
            "Cy Dorn played Gil Moss's tape beside one by Eda Fenn and Lou Reyes, then put the two of them in touch.",
            False,
        ),
        ("Cy Dorn played Gil Moss's tape, then put the two of them in touch.", False),
    ],
)
def test_then_and_a_second_verb_putting_the_two_the_first_named_in_touch(sentence: str, expected: bool) -> None:
    found = intros(f"Arbour sang. {sentence}{_FENN_AND_MOSS}")
    assert found == ([("Cy Dorn", frozenset({"Eda Fenn", "Gil Moss"}), None)] if expected else [])


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # a report corrected in the same sentence, or set against another teller's version
        (
            "@0 wrote that @1 plays the nurse and @2 the doctor, but it is the other way round.",
            "@1 plays the nurse and @2 the doctor",
        ),
        ("@0 reported that @1 wrote it in Oslo, but that is wrong.", "@1 wrote it in Oslo"),
        (
            "@0 said that @1 introduced them at a party, while @2 placed the meeting at a wedding.",
            "@1 introduced them at a party",
        ),
        # near misses: a "but" or "while" that corrects nothing, and no report
        ("@0 wrote that @1 plays the nurse, but @2 steals the show.", None),
        ("@0 said that @1 introduced them at a party, while @2 produced the record.", None),
        ("@1 introduced them at a party, but it is the other way round.", None),
    ],
)
def test_a_report_corrected_or_disputed_in_its_sentence_is_hearsay(sentence: str, claim: str | None) -> None:
    spans = hearsay(sentence)
    assert [sentence[start:end] for start, end in spans] == ([claim] if claim else [])


def test_parts_a_report_got_the_other_way_round_are_left_out() -> None:
    sentence = (
        "Radio Nord wrote that Arbour plays the nurse and Bell the doctor, but it is the other way round: the video "
        "stars Arbour as a doctor, and Bell appears as a nurse."
    )
    assert cast(f"The video came out in May. {sentence}") == [("Ann Arbour", "a doctor"), ("Bea Bell", "a nurse")]
    # the same parts, told by the page itself, stand
    told = "Arbour plays the nurse and Bell the doctor."
    assert cast(f"The video came out in May. {told}") == [("Ann Arbour", "the nurse"), ("Bea Bell", "the doctor")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two versions of where, from two tellers: neither is the page's fact
        (
            "The Oslo Post reported that Cy Dorn introduced Arbour to Bell at a rodeo, while the Bergen Times placed "
            "the meeting at a wedding.",
            [],
        ),
        # the "while" tells of something else: the report stands as the page's story
        (
            "Cy Dorn introduced Arbour to Bell at a rodeo, while Eda Fenn played the fiddle.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a rodeo")],
        ),
    ],
)
def test_an_introduction_two_tellers_disagree_on(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # "between A and B": the "and" joins the two ends, inside the occasion
        (
            "Cy Dorn introduced Arbour to Bell on a night train between Oslo and Bergen.",
            "a night train between Oslo and Bergen",
        ),
        (
            "Cy Dorn introduced Arbour to Bell on a night train between Oslo and Bergen where he was the conductor.",
            "a night train between Oslo and Bergen",
        ),
        # near miss: an "and" after the occasion that starts a clause of its own still ends it
        ("Cy Dorn introduced Arbour to Bell on a night train to Oslo and Bergen was next.", "a night train to Oslo"),
    ],
)
def test_an_occasion_between_two_places(sentence: str, occasion: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a country's possessive before an outlet's name says where it is from: no word of the name
        ('Arbour told Norway\'s Bergen Tidende: "We wrote it in a day."', [("Ann Arbour", "Bergen Tidende")]),
        ('Arbour told Germany\'s Die Zeit: "We wrote it in a day."', [("Ann Arbour", "Die Zeit")]),
        # near miss: a broadcaster's programme is named with its owner
        ('Arbour told Radio Nord\'s Night Desk: "We wrote it in a day."', [("Ann Arbour", "Radio Nord's Night Desk")]),
    ],
)
def test_a_country_possessive_before_an_outlet(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "directors"),
    [
        # a surname's particle of two words ("de la", "van der") stays inside the director's name
        ("In the video, directed by Lucía Montes de la Vega, Arbour plays a nurse.", ["Lucía Montes de la Vega"]),
        ("The video was directed by Piet van der Berg and shot in Ghent.", ["Piet van der Berg"]),
        # near miss: one particle, as before
        ("The video was directed by Lucía de Vega and shot in Ghent.", ["Lucía de Vega"]),
    ],
)
def test_a_director_whose_surname_has_a_two_word_particle(sentence: str, directors: list[str]) -> None:
    video = doc(sentence).music_video
    assert (video.directors if video else []) == directors


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the outlet someone explained it to is no one of "the two women"
        (
            "As Bell explained to Oslo Dagblad, it was Cy Dorn who connected the two women at a festival in Bergen.",
            [],
        ),
        (
            "As Arbour and Bell explained to Oslo Dagblad, it was Cy Dorn who connected the two women at a festival "
            "in Bergen.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a festival in Bergen")],
        ),
        # near miss: someone of the page told it is a person, one of the two
        (
            "As Arbour told Bell, it was Cy Dorn who connected the two women at a festival in Bergen.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a festival in Bergen")],
        ),
    ],
)
def test_the_outlet_a_telling_was_given_to_is_none_of_the_two(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(f"Arbour wrote it with Bea Bell.\n\n{sentence}") == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a short form of an outlet the page named as one: its first words, or its last after "the"
        (
            'The Brazilian daily Correio do Povo ran an interview in which Bell explained it. "We wrote it in a day," '
            "Bell told Correio.",
            [("Bea Bell", "Correio do Povo")],
        ),
        (
            'Norway\'s Evening Post covered the launch. Bell told the Post: "We wrote it in a day."',
            [("Bea Bell", "Evening Post")],
        ),
        # two outlets it could be short for: left as the page wrote it
        (
            "Norway's Evening Post and Sweden's Morning Post covered the launch. Bell told the Post: \"We wrote it in "
            'a day."',
            [("Bea Bell", "Post")],
        ),
        # "told the paper": the outlet the page named last
        (
            'Norway\'s Aftenbladet ran a long piece on Bell. "We wrote it in a day," Bell told the paper.',
            [("Bea Bell", "Aftenbladet")],
        ),
        (
            'Aftenbladet ran a long piece on Bell. "We wrote it in a day," Bell told the paper.',
            [("Bea Bell", "Aftenbladet")],
        ),
        # near misses: no outlet named before, or a person's piece (a new full name)
        ('"We wrote it in a day," Bell told the paper.', [("Bea Bell", None)]),
        ('Cy Dorn ran a long piece on Bell. "We wrote it in a day," Bell told the paper.', [("Bea Bell", None)]),
    ],
)
def test_an_outlet_referred_back_to(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a telling handed to a medium: "gave X her side", "gave X the same story"
        ('Arbour gave the Post her side of that night: "We wrote it in a day."', [("Ann Arbour", "Post")]),
        ('Arbour gave The Irish Post the same story: "We wrote it in a day."', [("Ann Arbour", "Irish Post")]),
        # near miss: a person given it is no medium
        ('Arbour gave Cy Dorn her side of that night: "We wrote it in a day."', []),
    ],
)
def test_a_telling_given_to_a_medium(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(sentence) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # an outlet as the subject of quoting, asking or interviewing someone: where the words were given
        (
            'Norway\'s Bergens Avis quoted Bell as saying she had cried: "We wrote it in a day."',
            [("Bea Bell", "Bergens Avis")],
        ),
        ('The Oslo Post, for its part, quoted Bell on the mix: "We wrote it in a day."', [("Bea Bell", "Oslo Post")]),
        (
            'Norway\'s Bergens Avis asked Bell about the record. "We wrote it in a day," she said.',
            [("Bea Bell", "Bergens Avis")],
        ),
        (
            "Norway's Bergens Avis ran a longer interview with Bell, who remembered it differently: \"We wrote it in a "
            'day."',
            [("Bea Bell", "Bergens Avis")],
        ),
        (
            'The Post tracked down the woman responsible, the DJ Eda Fenn, who said: "We wrote it in a day."',
            [("Eda Fenn", "Post")],
        ),
        # near miss: a new full name asking is a person, no medium
        ('Cy Dorn asked Bell about the record. "We wrote it in a day," she said.', [("Bea Bell", None)]),
    ],
)
def test_an_outlet_quoting_or_asking_someone(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a cleft with an aside of how the telling goes ("It was X, in turn, who ..."): about X, whom "she" means next
        (
            "It was Bell, in turn, who brought Dorn into the story. She put Arbour in touch with him during Oslo Jazz "
            "Week.",
            [("Bea Bell", frozenset({"Ann Arbour", "Cy Dorn"}), "Oslo Jazz Week")],
        ),
        # "She had known the drummer since school, and she put ...": the object of the first "she"'s verb is not who
        # goes on; the subject is
        (
            "It was Bell who brought Dorn into the story. She had known the drummer since school in Oslo, and she put "
            "Arbour in touch with him during Oslo Jazz Week.",
            [("Bea Bell", frozenset({"Ann Arbour", "Cy Dorn"}), "Oslo Jazz Week")],
        ),
        # near miss: someone named in a clause of their own between the two: whom the second "she" means is not sure
        (
            "Bell had known Dorn for years. She met Eda Fenn, who was singing, and she put Arbour in touch with him "
            "during Oslo Jazz Week.",
            [],
        ),
    ],
)
def test_the_subject_a_she_goes_on_about(
    sentences: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(f"Arbour wrote it with Bea Bell and the drummer Cy Dorn.\n\n{sentences}") == expected


@pytest.mark.parametrize(
    ("quoted", "hers"),
    [
        # "Tom was meant to ..., and Bell came up to fix his harmonies": "his" may be the unknown subject's (Tom), so
        # Bell is not called "he", and "she" later still means her
        ("Tom was meant to sing one song, and Bell came up to fix his harmonies.", True),
        # near miss: a capitalised word opening the sentence that is no subject ("Built on a riff"): "his" is Bell's,
        # who is then no "she"
        ("Built on a riff Bell recorded in his flat, the song came fast.", False),
    ],
)
def test_a_his_after_an_unknown_subject_and_someone_named(quoted: str, hers: bool) -> None:
    prose = (
        "Arbour wrote it with Bea Bell and Cy Dorn.\n\n"
        f'"{quoted}" Arbour said.\n\n'
        "It was Bell who brought Dorn in. She put Arbour in touch with him during Oslo Jazz Week."
    )
    hers_found = ("Bea Bell", frozenset({"Ann Arbour", "Cy Dorn"}), "Oslo Jazz Week") in intros(prose)
    assert hers_found == hers


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the one an outlet quoted is whose the words are, after a lead that names others too
        ('The Oslo Post quoted her, in our translation: "We wrote it in a day."', [("Bea Bell", "Oslo Post")]),
        # near miss: a song of someone's quoted is no speaker
        ('The Oslo Post quoted Dorn\'s song in its headline: "We wrote it in a day."', []),
    ],
)
def test_the_one_an_outlet_quoted(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    prose = (
        "Arbour wrote it with Bea Bell and the drummer Cy Dorn.\n\n"
        "It was Bell, in turn, who brought Dorn into the story. She had known the drummer since school, and she put "
        f"Arbour in touch with him at a festival. {sentence}"
    )
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "do" inside a Portuguese name ("Maria do Rosário Lopes") is a particle, as "da" and "dos" are
        (
            "Arbour plays a nurse, and the singer's grandmother, Maria do Rosário Lopes, makes a cameo as herself.",
            [("Ann Arbour", "a nurse"), ("Maria do Rosário Lopes", "herself")],
        ),
        # near miss: the verb "do" between two names joins no name
        ("Arbour plays a nurse, and Bell and Kent do Oslo proud as themselves.", [("Ann Arbour", "a nurse")]),
    ],
)
def test_do_as_a_name_particle(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(f"The video came out in May. {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # reported speech is about its teller: "he" after it means the teller, whom else the that-clause names
        (
            "Dorn told Norway's Bergens Avis that they owed everything to Eda Fenn, Bell's flatmate in Oslo, who set "
            "them up at a party.",
            [("Cy Dorn", "Bergens Avis")],
        ),
        # near miss: two subjects remembering: whom "he" means is not sure
        (
            "Dorn and Bell both remember that they owed everything to Eda Fenn, Bell's flatmate in Oslo, who set them "
            "up at a party.",
            [],
        ),
    ],
)
def test_a_he_after_reported_speech_is_its_teller(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    prose = (
        f"Arbour wrote it with Bea Bell and Cy Dorn.\n\n{sentence} "
        '"Eda said there was a singer I had to hear," he said, in our translation.'
    )
    assert quotes(prose) == expected


_MET_AT_SCHOOL = "Arbour wrote it with Bea Bell, Jo Kent and Cy Dorn.\n\nArbour and Bell met at school in 2014. "


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # "him" after a sentence whose subject is someone else than the two the text was about: that one, the
        # nearer, not the other of the two
        (
            "Kent came through Dorn. Dorn introduced Bell to him at a party in Oslo.",
            [("Cy Dorn", frozenset({"Bea Bell", "Jo Kent"}), "a party in Oslo")],
        ),
        (
            "Bell told the story on the podcast Night Desk:\n\n"
            "“Kent came through Dorn. Dorn introduced me to him at a party in Oslo.”",
            [("Cy Dorn", frozenset({"Bea Bell", "Jo Kent"}), "a party in Oslo")],
        ),
        # the nearer one named, but not as the subject (nor as whose subject it is): either may be meant
        ("The label heard Kent through Dorn. Dorn introduced Bell to him at a party in Oslo.", []),
        ("Kent's label came through Dorn. Dorn introduced Bell to him at a party in Oslo.", []),
    ],
)
def test_a_pronoun_after_a_sentence_about_someone_new(
    sentences: str, expected: list[tuple[str, frozenset[str], str]]
) -> None:
    result = parse(_MET_AT_SCHOOL + sentences)
    assert intros(_MET_AT_SCHOOL + sentences) == expected
    if not expected:
        assert any("does not name for sure" in w.message and w.line == 9 for w in result.warnings)


_WROTE_WITH_DORN = "Arbour wrote it with Bea Bell and Cy Dorn.\n\n"


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # the two together the passive's subject, "her" right after its introducer: the introducer's, as the
        # subject's would be (the two together are no "her")
        (
            "Arbour and Bell were introduced by the radio host Cy Dorn on her weekly show in 2019.",
            "Cy Dorn's weekly show",
        ),
        (
            "Arbour and Bell were first introduced by Cy Dorn during her residency at the Blue Room.",
            "Cy Dorn's residency at the Blue Room",
        ),
        # the sentence before was about one of the two, a "she": hers as well
        ("Bell says she wrote the bridge. Arbour and Bell were introduced by Cy Dorn at her birthday party.", None),
        # one of them the subject, introduced to the other: either woman's party, or the introducer's
        ("Arbour was introduced to Bell by Cy Dorn at her birthday party.", None),
        # the subject says whose with a "her" of its own
        ("Arbour and her co-writer Bell were introduced by Cy Dorn at her birthday party.", None),
        # an apposition, or where, between the introducer and the "her": not right after them
        ("Arbour and Bell were introduced by Cy Dorn, her manager, at her birthday party.", None),
        ("Arbour and Bell were introduced in Oslo by Cy Dorn at her birthday party.", None),
    ],
)
def test_her_right_after_a_passives_introducer(sentence: str, occasion: str | None) -> None:
    assert intros(_WROTE_WITH_DORN + sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


_SET_UP = "Arbour wrote it with Bea Bell, Jo Kent and Cy Dorn.\n\n"


@pytest.mark.parametrize(
    ("sentences", "occasion"),
    [
        # the introduction's clause ends with a relative clause about the introducer; the sentence after tells the
        # introducer seating the two together, somewhere: where the introduction was
        (
            "Arbour told the story to Night Desk:\n\n“Bell and I were set up by Cy Dorn, who ran the label's office at "
            "the time. She sat us next to each other at a showcase in Bergen and left.”",
            "a showcase in Bergen",
        ),
        (
            "Arbour and Bell were set up by Dorn, who ran the label at the time. He seated them side by side at a "
            "dinner in Bergen.",
            "a dinner in Bergen",
        ),
        # "she" cannot be Dorn, whom the page calls "he"
        (
            "Dorn says he was nervous. Arbour and Bell were set up by Dorn, who ran the label at the time. She sat "
            "them next to each other at a dinner in Bergen.",
            None,
        ),
        # the relative clause names someone else whom "she" may mean
        (
            "Arbour and Bell were set up by Dorn, who had worked with Kent. She sat them next to each other at a "
            "dinner in Bergen.",
            None,
        ),
        # someone else seats them; or the one seated is not the two
        (
            "Arbour and Bell were set up by Dorn, who ran the label at the time. Kent sat them next to each other at "
            "a dinner in Bergen.",
            None,
        ),
        (
            "Arbour and Bell were set up by Dorn, who ran the label at the time. She sat Bell next to Kent at a "
            "dinner in Bergen.",
            None,
        ),
    ],
)
def test_the_introducer_seating_the_two_in_the_sentence_after(sentences: str, occasion: str | None) -> None:
    assert intros(_SET_UP + sentences) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


_SAID_THERE = "Arbour wrote it with Bea Bell and Jo Kent.\n\n"
_WINTER = " “It took me a whole winter to finish it.”"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a fronted programme's name holding a comma: the half after it, set off before the subject, is the title's
        (
            "On the podcast Porch Light, Late Night, Arbour talked about the bridge:",
            [("Ann Arbour", "Porch Light, Late Night")],
        ),
        ("In the magazine Tin Roof, Loud Rain, Bell explained the title:", [("Bea Bell", "Tin Roof, Loud Rain")]),
        (
            "Years later, on the podcast Porch Light, Late Night, Arbour talked about the bridge:",
            [("Ann Arbour", "Porch Light, Late Night")],
        ),
        # what follows the comma is someone's, or someone of the page: no half of the title
        (
            "On the podcast Porch Light, Cy Dorn's show, Arbour talked about the bridge:",
            [("Ann Arbour", "Porch Light")],
        ),
        ("On the podcast Porch Light, Bell, Arbour said:", [("Ann Arbour", "Porch Light")]),
    ],
)
def test_a_programme_named_with_a_comma_before_the_subject(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert quotes(_SAID_THERE + sentence + _WINTER) == expected


_WIND = (
    "\n\nThe charango player, who grew up in Cusco, went further on the podcast Tape Hiss. “The wind is a person, and "
    "it has moods,” he said."
)


@pytest.mark.parametrize(
    ("credits", "expected"),
    [
        # "the Peruvian-born charango player X": "the charango player" later is X, without where X is from
        ("Arbour wrote it with the Peruvian-born charango player Jo Kent.", [("Jo Kent", "Tape Hiss")]),
        # two charango players: either may be meant
        (
            "Arbour wrote it with the Peruvian-born charango player Jo Kent and the Chilean charango player Cy Dorn.",
            [],
        ),
        # another instrument's player is no one of the page
        ("Arbour wrote it with the Peruvian-born cuatro player Jo Kent.", []),
    ],
)
def test_a_role_told_with_where_from_is_the_role_without_it(credits: str, expected: list[tuple[str, str]]) -> None:
    assert quotes(credits + _WIND) == expected


_BOTH_THEMSELVES = "\n\nBoth singers appear as themselves in the video."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "whom" is Bell, the object of "introduced", so "to her" is someone else (Arbour, whom the text was about);
        # "her mother" may be either's, and "she was ten" after an object "her" that meant someone else may be
        # either: the page has called Bell nothing
        (
            "Arbour wrote the words. Bell, whom her mother introduced to her when she was ten, produced it.",
            [("Ann Arbour", "herself"), ("Bea Bell", "themselves")],
        ),
        # no object "her" in the relative clause: "she" is Bell, the one it is about
        (
            "Arbour wrote the words. Bell, whom her mother introduced to Kent when she was ten, produced it.",
            [("Ann Arbour", "themselves"), ("Bea Bell", "herself")],
        ),
        (
            "Arbour wrote the words. Bell, who met her mother at school when she was ten, produced it.",
            [("Ann Arbour", "themselves"), ("Bea Bell", "herself")],
        ),
    ],
)
def test_pronouns_in_a_relative_clause_whose_object_is_whom(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(sentence + _BOTH_THEMSELVES) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "she" left unsure first, then said to be Jo Kent: the "she" after that is her
        (
            "Nobody says who she is, but she is Jo Kent, and she plays the barmaid's grandmother.",
            [("Jo Kent", "the barmaid's grandmother")],
        ),
        # never said who she is: still no one
        ("Nobody says who she is, and she plays the barmaid's grandmother.", []),
    ],
)
def test_a_she_said_to_be_someone_goes_on_meaning_them(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast("The video was directed by Cy Dorn. Arbour and Bell sing it in a bar. " + sentence) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "I have a cameo as": the first person's "have", its "I" the speaker
        ("ANN: Gil Moss shot it. I have a cameo as a lighthouse keeper.", [("Ann Arbour", "a lighthouse keeper")]),
        # "I'm in it as": the contraction's "I" is the speaker too
        ("ANN: Gil Moss shot it. I'm in it as a ferry pilot.", [("Ann Arbour", "a ferry pilot")]),
        # near misses: having no cameo, or being in nothing of the video
        ("ANN: Gil Moss shot it. I have a hunch as a singer.", []),
        ("ANN: Gil Moss shot it. I'm in love with it as a singer.", []),
    ],
)
def test_the_speaker_of_an_answer_cast_in_the_first_person(answer: str, expected: list[tuple[str, str]]) -> None:
    prose = f"Ann Arbour and Bea Bell spoke to Radio Nord about it.\n\nQ: The video is set on a pier.\n\n{answer}\n"
    assert cast(prose) == expected


def test_i_m_opening_the_narration_names_its_teller() -> None:
    prose = "I'm Gil Moss, and I wrote it.\n\nI met Bell in 2019. Cy Dorn introduced me to her at a fair in Leeds."
    assert intros(prose) == [("Cy Dorn", frozenset({"Gil Moss", "Bea Bell"}), "a fair in Leeds")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after an apposition, being in the video between the verb and "as"
        ("The video came out in May. My uncle, Cy Dorn, is in it as a ferry pilot.", [("Cy Dorn", "a ferry pilot")]),
        ("The video came out in May. Cy Dorn, a baker, is in it too, as a cook.", [("Cy Dorn", "a cook")]),
        # near misses: the name closes a phrase of "by", and the verb after its comma is another subject's
        ("The video came out in May. The shop, owned by Cy Dorn, is in it as a backdrop.", []),
        ("The video came out in May. The shop, owned by Cy Dorn, appears as a backdrop.", []),
    ],
)
def test_in_it_as_after_an_apposition(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a cleft on the introducer in the first person ("I'm the one who", "I am the person who")
        ("BEA: I'm the one who introduced Ann to Gil Moss, at a fair in Hull.", ("Bea Bell", "a fair in Hull")),
        ("BEA: I am the person who introduced Ann to Gil Moss, at a fair in Hull.", ("Bea Bell", "a fair in Hull")),
        # near miss: the one who did something else
        ("BEA: I'm the one who told Ann about Gil Moss, at a fair in Hull.", None),
    ],
)
def test_a_first_person_cleft_on_the_introducer(answer: str, expected: tuple[str, str] | None) -> None:
    prose = f"Ann Arbour and Bea Bell spoke to Radio Nord about it.\n\nQ: How did it start?\n\n{answer}\n"
    assert intros(prose) == (
        [] if expected is None else [(expected[0], frozenset({"Ann Arbour", "Gil Moss"}), expected[1])]
    )


@pytest.mark.parametrize(
    ("standfirst", "answer", "expected"),
    [
        # "her", said by one of an interview's two guests, is the other guest the page has called "her", rather than
        # the two it named together before the transcript
        (
            "Ann Arbour and her friend Bea Bell talked to Radio Nord. The song was written by Arbour, Bell and "
            "Cy Dorn, and produced by Dorn and Eda Fenn.",
            "BEA: I'm the one who introduced her to Cy.",
            [("Bea Bell", frozenset({"Ann Arbour", "Cy Dorn"}), None)],
        ),
        # near miss: the page has not called the other guest "her": not sure whom it means
        (
            "Ann Arbour and Bea Bell spoke to Radio Nord. The song was written by Arbour, Bell and Cy Dorn, and "
            "produced by Dorn and Eda Fenn.",
            "BEA: I'm the one who introduced her to Cy.",
            [],
        ),
    ],
)
def test_her_of_one_guest_is_the_other_guest(
    standfirst: str, answer: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(f"{standfirst}\n\nQ: And Cy?\n\n{answer}\n") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the second of the two described by what they do after "the", then the passive in a relative clause about both
        (
            "The singer Ann Arbour and the Welsh fiddler Bea Bell, who were brought together by the DJ Cy Dorn at a "
            "fair in Hull, were the guests on Radio Nord.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair in Hull")],
        ),
        # near miss: "the" before what is no one's role: not the second of two people
        (
            "The singer Ann Arbour and the boat of Bea Bell, which were brought together by the DJ Cy Dorn at a fair "
            "in Hull, were on Radio Nord.",
            [],
        ),
    ],
)
def test_the_second_of_two_described_before_a_passive_relative_clause(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cameo, then what they do in the scene after a comma: cast in no part
        ("The video came out in May. Cy Dorn has a cameo, juggling oranges by the door.", [("Cy Dorn", None)]),
        # near misses: a part after the comma is the part; a relative clause after it says nothing of the scene
        ("The video came out in May. Cy Dorn has a cameo, playing the vicar.", [("Cy Dorn", "the vicar")]),
        ("The video came out in May. Cy Dorn has a cameo, which surprised everyone.", []),
    ],
)
def test_a_cameo_then_what_they_do_after_a_comma(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("middle", "expected"),
    [
        # a new full name opening the sentence, then a relative clause or participle naming someone of the page, then
        # the verb: the sentence is about the new name, whom "she" then means
        ("Gil Moss, who manages Bell, heard it first.", [("Gil Moss", None)]),
        ("Gil Moss, signed to the same label as Bell, heard it first.", [("Gil Moss", None)]),
        # near misses: the one the page named opens the sentence and the new name is in the aside
        ("Bell, who is managed by Gil Moss, heard it first.", [("Bea Bell", None)]),
        ("Bell, whom Gil Moss manages, heard it first.", [("Bea Bell", None)]),
    ],
)
def test_a_new_full_name_before_a_relative_clause_is_the_subject(
    middle: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = f'Ann Arbour wrote it with Bea Bell. {middle} "It was raw, and I loved it," she says.'
    assert quotes(prose) == expected


def test_a_new_introducer_before_a_relative_clause_sets_up_the_two_named_before() -> None:
    prose = (
        "Ann Arbour and Bea Bell had never met. Gil Moss, who manages Bell, finally fixed that. "
        '"I set them up at a fair in Hull," she says.'
    )
    assert intros(prose) == [("Gil Moss", frozenset({"Ann Arbour", "Bea Bell"}), "a fair in Hull")]
    assert quotes(prose) == [("Gil Moss", None)]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # words said "on" a capitalised pair of words: a medium, though the pair reads like a full name
        ("Bell put it more gently on Nordwest Kultur:", "Nordwest Kultur"),
        ("Bell said on Nordwest Kultur:", "Nordwest Kultur"),
        ("Bell put it bluntly on Nordwest Kultur:", "Nordwest Kultur"),
        # near misses: told "to" such a pair, it may be a person
        ("Bell put it bluntly to Gil Moss:", None),
        ("Bell put it more gently to Nordwest Kultur:", None),
    ],
)
def test_said_on_a_new_two_word_name_is_a_medium(lead: str, source: str | None) -> None:
    prose = f'Ann Arbour wrote it with Bea Bell. {lead} "We wrote it fast. It was fun."'
    assert quotes(prose) == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # someone's advice, verdict or answer, right before the words: the words are theirs
        ("Moss's advice is more practical:", [("Gil Moss", None)]),
        ("Moss's verdict was simpler:", [("Gil Moss", None)]),
        ("Moss's answer was shorter:", [("Gil Moss", None)]),
        # near misses: a thing of theirs that says nothing; their advice taken up by someone else who speaks
        ("Moss's studio is more practical:", []),
        ("Moss's advice was ignored by Bell, who said:", []),
    ],
)
def test_someones_advice_or_verdict_before_the_words(lead: str, expected: list[tuple[str, str | None]]) -> None:
    prose = f'Ann Arbour wrote it with Bea Bell and Gil Moss. {lead} "Save often. That is all."'
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("middle", "expected"),
    [
        # someone's publisher named in apposition opening the sentence is its subject
        ("Arbour's publisher, Eda Fenn, is modest about it.", [("Eda Fenn", "Radio Nord")]),
        # the subject, then a relative clause calling someone else "her", then the verb and no one else named: a
        # "she" opening the next sentence goes on meaning the subject
        (
            "Arbour's publisher, Eda Fenn, who had connected her with Bell at a party in Hull, is modest about her "
            "part in it.",
            [("Eda Fenn", "Radio Nord")],
        ),
        (
            "Eda Fenn, who had connected her with Bell at a party in Hull, is modest about her part in it.",
            [("Eda Fenn", "Radio Nord")],
        ),
        # near misses: the main clause names someone else after the verb: "she" may be either
        ("Eda Fenn, who had connected her with Bell at a party in Hull, later played her a demo by Bell.", []),
        ("Arbour's publisher, Eda Fenn, who had connected her with Bell, later sent her a demo by Bell.", []),
    ],
)
def test_she_after_a_subject_whose_relative_clause_called_another_her(
    middle: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = f'Ann Arbour wrote it with Bea Bell. {middle} "I only sat them together," she told Radio Nord.'
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        # a new full name said to be a relation of someone the page named is whom the sentence is about
        ("Eda Fenn is Arbour's cousin.", "Eda Fenn"),
        ("Eda Fenn was Arbour's stylist.", "Eda Fenn"),
        # and so over a second relation of someone else's, joined to the first
        ("Eda Fenn is Arbour's cousin and was, at the time, Bell's stylist.", "Eda Fenn"),
        # near misses: a thing of someone's, not a relation, says nothing of a person
        ("Hull Harbour is Arbour's hometown.", "Ann Arbour"),
        ("Slow Rivers is Arbour's album.", "Ann Arbour"),
    ],
)
def test_a_new_name_said_to_be_someones_relation_is_the_subject(middle: str, speaker: str) -> None:
    prose = f'Ann Arbour wrote it. {middle} "I loved it from the start," she told Radio Nord.'
    assert quotes(prose) == [(speaker, "Radio Nord")]


def test_a_relation_who_introduced_them_at_her_own_party() -> None:
    prose = (
        "Ann Arbour wrote it with Bea Bell. Eda Fenn is Arbour's cousin and was, at the time, Bell's stylist, which "
        'made her the obvious person to get them into the same place. "I introduced them at my own party in Hull," '
        "she told Radio Nord."
    )
    assert intros(prose) == [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "Eda Fenn's party in Hull")]
    assert quotes(prose) == [("Eda Fenn", "Radio Nord")]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the narration's "I" names itself after a few words of lead-in closed by a colon
        (
            "For new readers: I'm Eda Fenn, I run the class, and I have a stake in it.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair in Hull")],
        ),
        (
            "For new readers: I am Eda Fenn.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair in Hull")],
        ),
        # near misses: a lead-in naming someone (a letter of theirs), and "I'm" someone's fan
        ("A letter from Gil Moss: I'm Eda Fenn, I run the class.", []),
        ("For new readers: I'm Arbour's biggest fan.", []),
    ],
)
def test_the_narrator_names_themself_after_a_lead_in_and_a_colon(
    lead: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    prose = (
        f"Ann Arbour wrote it. {lead} Arbour wrote it with Bea Bell, and I was the one who introduced them, at a "
        "fair in Hull."
    )
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a relation of someone's, then a new full name in apposition: the subject "he" after it, and the "He" of the
        # next sentence, mean the one named, not the owner
        (
            "Ann Arbour told Radio Nord: \u201cWe were stuck, and Bea's neighbour, Cy Dorn, said he knew a singer. He "
            "introduced me to Eda Fenn at a pub in Hull.\u201d",
            [("Cy Dorn", frozenset({"Ann Arbour", "Eda Fenn"}), "a pub in Hull")],
        ),
    ],
)
def test_a_relation_apposed_to_a_new_name_is_whom_he_means(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


def test_no_one_person_apposed_to_a_plural_relation() -> None:
    # near miss: "parents" are no one person, so the name after them is not whom "he" means
    prose = (
        "Ann Arbour told Radio Nord: \u201cWe were stuck, and Bea's parents, Cy Dorn, said he knew a singer. He "
        "introduced me to Eda Fenn at a pub in Hull.\u201d"
    )
    assert all(introducer != "Cy Dorn" for introducer, _, _ in intros(prose))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an object "her" in the relative clause after the apposition is the owner, not the one named
        (
            "It was Ann's neighbour, Cy Dorn, who introduced her to Eda Fenn at a pub in Hull.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Eda Fenn"}), "a pub in Hull")],
        ),
    ],
)
def test_an_object_pronoun_after_an_apposed_relation_is_the_owner(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


# After a sentence about someone else, a quote said by the nickname alone
NICKNAME_SAYS = " Eda Fenn sang. Later Ziggy said, \u201cGo again from the top.\u201d"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what people call someone, by a pronoun sure of whom it means, makes the nickname a name of theirs
        ("The director is Cy Dorn. The whole crew calls him Ziggy, because of his hair.", [("Cy Dorn", None)]),
        ("The director is Cy Dorn. Nobody here calls him anything but Ziggy.", [("Cy Dorn", None)]),
        # the callers opening the sentence, capitalised
        ("The director is Cy Dorn. Everyone calls him Ziggy, because of his hair.", [("Cy Dorn", None)]),
        # in a relative clause or apposition after the name
        ("The director is Cy Dorn, a Welsh painter the runners call Ziggy.", [("Cy Dorn", None)]),
        ("The director is Cy Dorn, who grew up in Leeds and whom everyone calls Ziggy.", [("Cy Dorn", None)]),
        # said to be the full name, or said of "he"
        ("Ziggy is Cy Dorn, the director.", [("Cy Dorn", None)]),
        ("The director is Cy Dorn. He is Ziggy to everyone.", [("Cy Dorn", None)]),
        # near misses: a calling denied, and a relative clause in which the one named calls someone
        ("The director is Cy Dorn. Nobody calls him Ziggy.", []),
        ("The director is Cy Dorn. Everybody here calls him Cy, and nobody calls him Ziggy.", []),
        ("The director is Cy Dorn, who calls Ziggy at night.", []),
    ],
)
def test_what_people_call_someone_is_their_nickname(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(sentence + NICKNAME_SAYS) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the one a medium asked, at the end of a lead with no saying of its own, answers in the words after it
        (
            "Arbour told the Daily Post that the song was easy. Dorn, for his part, was blunt when Radio Sur asked him "
            "about the mix:",
            [("Cy Dorn", "Radio Sur")],
        ),
        (
            "Arbour told the Daily Post that the song was easy. Dorn kept it brief when Radio Sur pressed him on the "
            "mix:",
            [("Cy Dorn", "Radio Sur")],
        ),
        # near miss: a saying of the lead's own names whose the words are, not whom the medium asked
        (
            "Arbour told the Daily Post that the song was easy. Dorn was blunt when Radio Sur asked him, and Arbour "
            "said:",
            [("Ann Arbour", "Radio Sur")],
        ),
    ],
)
def test_the_one_a_medium_asked_answers(lead: str, expected: list[tuple[str, str | None]]) -> None:
    prose = f'Cy Dorn produced the song. {lead} "Two people and a very patient engineer."'
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # what someone read or heard somewhere and passes on: the that-clause straight after the verb or the place
        ("@1 read on a music blog that @0 introduced them.", "@0 introduced them"),
        ("@1 had heard from @2 that @0 introduced them.", "@0 introduced them"),
        ("I've heard that @0 introduced them.", "@0 introduced them"),
        # near misses: a relative clause after what was heard, a telling of one's own
        ("@1 heard the demo that @0 made.", None),
        ("@1 told @2 that @0 introduced them.", None),
    ],
)
def test_what_someone_read_or_heard_is_hearsay(sentence: str, claim: str | None) -> None:
    spans = hearsay(sentence)
    assert [sentence[start:end] for start, end in spans] == ([claim] if claim else [])


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a reader's letter passing on what they read: no fact
        ("Dear column, I read on a fan forum that Cy Dorn introduced Arbour to Bell at a rodeo. Is that right?", []),
        # near miss: the page's own telling of what someone told
        (
            "Bell told me that Cy Dorn introduced Arbour to Bell at a rodeo.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a rodeo")],
        ),
    ],
)
def test_an_introduction_someone_read_about_is_hearsay(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what someone was, capitalised, between "former" and the name: where the name starts is not told
        ("The video came out in May. There is a cameo from the former Golden Glover Cy Dorn, smiling.", []),
        # near misses: what they were in small letters; a name alone after "the"
        (
            "The video came out in May. There is a cameo from the former boxer Cy Dorn, smiling.",
            [("Cy Dorn", None)],
        ),
        ("The video came out in May. There is a cameo from the great Cy Dorn, smiling.", [("Cy Dorn", None)]),
    ],
)
def test_a_capitalised_description_after_former_hides_where_the_name_starts(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(sentence) == expected
    assert any(w.line == 7 and "Glover Cy Dorn" in w.message for w in parse(sentence).warnings) == (not expected)


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a description of the subject told to be someone's relation, named after a comma: about the one named
        (
            'The true hero was Arbour\'s sister, Eda Fenn, and she knows it. "We wrote it in a week," she told '
            "Radio Nord.",
            [("Eda Fenn", "Radio Nord")],
        ),
        # near misses: a thing of the owner's, not a relation; a description that is no subject of "was"
        (
            'The true hero was Arbour\'s album, Eda Fenn, and she knows it. "We wrote it in a week," she told '
            "Radio Nord.",
            [("Ann Arbour", "Radio Nord")],
        ),
        (
            'After the show Arbour\'s sister, Eda Fenn, and she met. "We wrote it in a week," she told Radio Nord.',
            [],
        ),
    ],
)
def test_a_description_told_to_be_someones_relation(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "her" after a subject "she" and a name: either may own it, so the name is not learnt to be called "she",
        # and "he" after it means him
        (
            "Arbour wrote it with Cy Dorn. She finished it with Dorn and her cousin in Leeds. Dorn remembers the "
            'first time he heard it. "It was perfect," he said on Radio Nord.',
            [("Cy Dorn", "Radio Nord")],
        ),
        # near miss: no subject "she" before the name: the one name owns "her" and is called "she" from then on
        (
            "Arbour wrote it with Cy Dorn. In Leeds, Dorn finished it with her cousin. Dorn remembers the first "
            'time he heard it. "It was perfect," he said on Radio Nord.',
            [],
        ),
    ],
)
def test_her_after_a_subject_she_and_a_name_is_not_sure(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a guest of a programme: its name, even shaped like a person's, is where the words were said
        ("Arbour went on Mesa Larga a week later and laughed it off:", [("Ann Arbour", "Mesa Larga")]),
        ("Arbour appeared on Mesa Larga in May, grinning:", [("Ann Arbour", "Mesa Larga")]),
        # near misses: whose show it is (a person); "went on" to something else, and no one sure speaks
        ("Arbour went on Cy Dorn's show a week later and laughed it off:", [("Ann Arbour", None)]),
        ("Arbour went on to thank Cy Dorn, grinning:", []),
    ],
)
def test_a_guest_on_a_programme_named_like_a_person(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'{lead} "No wedding, I promise."') == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what was called so a quoted title, then the phrase the subject called it: the subject's words
        (
            'Speaking to Radio Nord, Arbour called "Night Trains" "a song for anyone who missed the last bus".',
            [("Ann Arbour", "Radio Nord")],
        ),
        ('Arbour once called "Night Trains" "a song for anyone who missed the last bus".', [("Ann Arbour", None)]),
        # near misses: no one called it so (a title, then a phrase after no calling); fans, no one of the page
        ('Arbour sang "Night Trains" with "a song for anyone who missed the last bus".', []),
        ('Fans called "Night Trains" "a song for anyone who missed the last bus".', []),
    ],
)
def test_a_phrase_called_after_a_quoted_title(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(sentence) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a new full name opening its sentence, told by a relative clause of who before its verb, is whom the sentence
        # is about; and "as he likes to call it" after a phrase quoted is his saying
        (
            'Cy Dorn, who shared a flat with Bell for years, set them up at a bar, "a blind date, but for music," as '
            "he likes to call it.",
            [("Cy Dorn", None)],
        ),
        # near misses: a relative clause of which (about a thing); liking to call someone something is no saying
        (
            'The bar, which Cy Dorn ran with his brother for years, was the place, "a blind date, but for music," as '
            "he likes to call his friends.",
            [],
        ),
    ],
)
def test_a_new_subject_told_by_who_and_as_he_likes_to_call_it(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


def test_he_after_someone_new_is_not_the_one_the_text_was_about_before() -> None:
    # "he" after a new full name in its sentence is not the one the text was about two sentences before, whom the
    # page calls "he": the new one may be meant
    prose = (
        'Cy Dorn, who shared a flat with Bell for years, set them up at a bar, "a blind date," as he likes to call it. '
        "Ann Arbour came along later. Her old bandmate Eda Fenn had heard the first EP, and he connected her with "
        "Bell at a fair in Leeds."
    )
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a bar")]
    assert any(w.line == 7 and "for sure" in w.message for w in parse(prose).warnings)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # how one appears, an adverb set off by commas after the casting verb, then the part
        (
            "(The video, shot by Cy Dorn, has Arbour as a nurse, and Bell appears, rather stiffly, as a tourist who "
            "misses every bus.)",
            [("Ann Arbour", "a nurse"), ("Bea Bell", "a tourist")],
        ),
        ("(In the video Bell turns up, sheepishly, as a lost hiker.)", [("Bea Bell", "a lost hiker")]),
        # near misses: the adverb after the name alone, no casting verb; a verb that casts no one
        ("(The video was shot by Cy Dorn, quite cheaply, as a favour to Arbour.)", []),
        ("(In the video Bell hums, very quietly, as a tourist would.)", []),
    ],
)
def test_an_adverb_aside_between_the_casting_verb_and_as(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a comment of the teller's on who someone is ("it turns out", "it seems"), between dashes or commas, after
        # the name and before the casting verb
        (
            "(In the video Arbour plays a nurse, and the neighbour - Eda Fenn, it turns out - shows up as a postman.)",
            [("Ann Arbour", "a nurse"), ("Eda Fenn", "a postman")],
        ),
        (
            "(In the video Arbour plays a nurse; her landlord, Eda Fenn, as it happens, appears as a sailor.)",
            [("Ann Arbour", "a nurse"), ("Eda Fenn", "a sailor")],
        ),
        # near miss: the comment, and then no part (what the neighbour was, not whom they play)
        (
            "(In the video Arbour plays a nurse, and the neighbour - Eda Fenn, it turns out - was once a postman.)",
            [("Ann Arbour", "a nurse")],
        ),
    ],
)
def test_a_comment_on_who_someone_is_before_the_casting_verb(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # where someone spoke, "on X" ending the lead but for when ("last winter", "this spring")
        ("Arbour was more candid on Radio Nord last winter:", [("Ann Arbour", "Radio Nord")]),
        ("Arbour sounded calmer on Radio Nord this spring:", [("Ann Arbour", "Radio Nord")]),
        # near misses: a day is no span of the calendar told so; looking back on somewhere is its topic
        ("Arbour was more candid on Radio Nord last Tuesday:", [("Ann Arbour", None)]),
        ("Arbour looked back on Glastonbury last summer:", [("Ann Arbour", None)]),
    ],
)
def test_a_medium_on_which_someone_spoke_then_when(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'{lead} "We sang it in one take. We kept that take."') == expected


_TWO_MORE = (
    "Arbour wrote it in Oslo, where she lived for a year. Cy Dorn and Eda Fenn recorded it with her in a church. "
)


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a "she" no one sure is meant by, in narration where the writer ("I", "me", "my") is with someone and no one
        # else is named: the page's one artist, whom the page calls "she"; and the text is about her from there on
        (
            _TWO_MORE + 'When I ask her about the winter, she laughs. "It was cold and I was poor."',
            [("Ann Arbour", None)],
        ),
        (
            _TWO_MORE + 'Before I go, she tells me about the winter. "It was cold," she says. "I was poor."',
            [("Ann Arbour", None)],
        ),
        # near misses: the writer is not in it ("we" may be anyone); "he", whom the artist is not called; an artist
        # the page has called nothing yet
        (_TWO_MORE + 'When we ask about the winter, she laughs. "It was cold and I was poor."', []),
        (_TWO_MORE + 'When I ask him about the winter, he laughs. "It was cold and I was poor."', []),
        (
            "Arbour wrote it in Oslo. Cy Dorn and Eda Fenn recorded it in a church. When I ask her about the winter, "
            'she laughs. "It was cold and I was poor."',
            [],
        ),
    ],
)
def test_she_with_the_writer_is_the_artist_the_page_is_about(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a platform's page, whoever's it is ("the label's", "the festival's"), is where a post was put
        (
            "The label is run by Cy Dorn. Dorn marked the day with a post on the label's Instagram account: "
            '"Four years, two cities, no sleep. Play it loud."',
            [("Cy Dorn", "Instagram")],
        ),
        (
            "Arbour thanked the crowd in a message on the festival's Facebook page: "
            '"Four years, two cities, no sleep. Play it loud."',
            [("Ann Arbour", "Facebook")],
        ),
        # a clip is put on a platform as a video is
        (
            'In a short clip on YouTube, Arbour said: "Four years, two cities, no sleep. Play it loud."',
            [("Ann Arbour", "YouTube")],
        ),
        # near misses: a clip of someone is no medium; the label's own words, on no platform
        (
            "Arbour marked the day with a post about the label's plans: "
            '"Four years, two cities, no sleep. Play it loud."',
            [("Ann Arbour", None)],
        ),
        (
            'In a short clip of Bea Bell, Arbour said: "Four years, two cities, no sleep. Play it loud."',
            [("Ann Arbour", None)],
        ),
    ],
)
def test_a_platform_page_of_anyone_and_a_clip_on_a_platform(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # "the drummer-turned-producer": what someone turned into is what they are now
        ("the drummer-turned-producer said", [("Cy Dorn", None)]),
        ("the pianist-turned-producer added", [("Cy Dorn", None)]),
        # near misses: what they turned into is no role of anyone's on the page; a word joined by no "turned"
        ("the drummer-turned-teacher said", []),
        ("the drummer-minded-producer said", []),
    ],
)
def test_a_description_of_what_someone_turned_into(said: str, expected: list[tuple[str, str | None]]) -> None:
    prose = (
        "It was produced by Cy Dorn, the album's producer, a former session drummer. The band, though, stayed small. "
        f'"Two people who trust each other," {said}. "Nothing else."'
    )
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause of whose presents its subject as one of who does, whatever it tells of the music; the
        # band, told as whose something is, is no one else the words may be of
        ("Bell, whose piano part carries the second verse, is proud of their run.", [("Bea Bell", None)]),
        (
            "Bell, whose piano part opens the last chorus and who is the band's calmest member, is proud of their run.",
            [("Bea Bell", None)],
        ),
        ("Bell, who is the band's calmest member, is proud of their run.", [("Bea Bell", None)]),
        # near misses: someone else is named in the relative clause; letters told outside it may be the words quoted
        ("Bell, whose sister Eda Fenn runs the band's label, is proud of their run.", []),
        ("Bell, whose piano part carries the second verse, treasures her grandmother's letters.", []),
    ],
)
def test_a_subject_presented_by_a_relative_clause_of_whose(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = f'The band is Ann Arbour and Bea Bell. {sentence} "We played it live for two years. Then they knew it."'
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a programme's title opening the sentence as where, told what it is as an apposition: the title without
        # "In", though it reads like a person's name or the mentions cut it at a small word of another language
        ("In Luz de Noche, the documentary that followed the band on tour, Arbour explains it:", "Luz de Noche"),
        ("In Hav fra Nord, a documentary about the folk scene in Bergen, Arbour describes the night:", "Hav fra Nord"),
        (
            "On Lieder aus Hamburg, the radio series about songwriters, Arbour describes the night:",
            "Lieder aus Hamburg",
        ),
        # near misses: no apposition tells a programme; a programme named in a sentence before, not where she spoke
        ("In Hav fra Nord, a town near Bergen, Arbour describes the night:", None),
        ("Arbour grew up on Luz de Noche, the show her mother loved. Arbour describes the night:", None),
    ],
)
def test_a_programme_title_opening_the_sentence(lead: str, expected: str | None) -> None:
    assert quotes(f'{lead} "We were snowed in. It was cold for a week."') == [("Ann Arbour", expected)]


@pytest.mark.parametrize(
    ("kin", "aside", "expected"),
    [
        # "her cousin" is the one the page said is her cousin, with an aside set off after it too
        ("The pair are cousins.", "Her cousin, to her credit, took the teasing well.", [("Bea Bell", "X")]),
        ("The pair are cousins.", "Her cousin, as ever, took the teasing well.", [("Bea Bell", "X")]),
        # near misses: the page never said who her cousin is; the apposition names another cousin
        ("The pair grew up together.", "Her cousin, to her credit, took the teasing well.", []),
        ("The pair are cousins.", "Her cousin, Eda Fenn, took the teasing well.", [("Eda Fenn", "X")]),
    ],
)
def test_a_relative_by_kin_before_an_aside(kin: str, aside: str, expected: list[tuple[str, str | None]]) -> None:
    prose = (
        f"Arbour and Bell sing it together. {kin} Arbour told a podcast that the song teased her cousin: "
        f'"Every winter she falls in love. We laughed."\n\n{aside} The day the single came out, she posted on X: '
        '"Not true. It was only twice."'
    )
    assert quotes(prose)[1:] == expected


@pytest.mark.parametrize(
    ("before", "said", "expected"),
    [
        # a sentence about someone's telling ("Dorn's memory of it"), then an epithet after the quote: theirs; a noun
        # for someone of a place ("the Dane", read as a name of one word) may be that epithet
        ("Dorn's memory of the session is more domestic.", "the Dane recalled", [("Cy Dorn", None)]),
        ("Dorn's account of the session is simpler.", "the veteran said", [("Cy Dorn", None)]),
        # near misses: a possessive that is no telling; a capitalised word after "the" that is no noun for anyone
        ("Dorn's studio was a converted boathouse.", "the Dane recalled", []),
        ("Dorn's memory of the session is more domestic.", "the Gazette recalled", []),
    ],
)
def test_an_epithet_after_a_sentence_about_someones_telling(
    before: str, said: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = (
        f"The song was written by Arbour and the Oslo producer Cy Dorn. {before} "
        f'"She sent me a voice memo of her humming," {said}. "I kept it."'
    )
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the subject of a sentence telling of a claim ("takes the credit"), named opening it and told by a relative
        # clause, speaks the quote it leads into, whoever the clause and the object name
        ("Cy Dorn, who signed Bell to his label, takes the credit for bringing Arbour in:", [("Cy Dorn", None)]),
        ("Cy Dorn, who signed Bell to his label, took the credit for the duet:", [("Cy Dorn", None)]),
        # near misses: no telling of a claim; no person opens the sentence
        ("Cy Dorn, who signed Bell to his label, took the train to Leeds:", []),
        ("The label that signed Bell takes the credit for bringing Arbour in:", []),
    ],
)
def test_a_claim_by_a_subject_told_by_a_relative_clause(lead: str, expected: list[tuple[str, str | None]]) -> None:
    prose = (
        f"The song was produced by Bea Bell. {lead}\n\n"
        '"Arbour was singing in a choir when I found her. We were in Leeds that night, and it worked."'
    )
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cameo from someone, then a word of their state and where, after a comma: cast in no part
        ("There is also a cameo from Dorn, asleep on the back seat.", [("Cy Dorn", None)]),
        ("There is a cameo from Dorn, barefoot in the rain, near the end.", [("Cy Dorn", None)]),
        # near misses: a list goes on after the comma; a part after the comma is left to no rule
        ("There is a cameo from Dorn, Fenn and the whole crew in the back.", []),
        ("There is a cameo from Dorn, as a guard in the back.", []),
    ],
)
def test_a_cameo_then_a_state_and_where(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    prose = (
        "The song was produced by Cy Dorn. The video was directed by Eda Fenn and shot on a tram. "
        f"Arbour plays the driver. {sentence}"
    )
    assert [c for c in cast(prose) if c[0] != "Ann Arbour"] == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a relative clause ending the lead whose verb tells of speaking: its subject's words ("I play" then casts
        # them); "Opposite"/"Beside" opening the sentence are no name
        ("Opposite her is the actor Cy Dorn, who still laughs about how little he had to do:", "Cy Dorn"),
        ("Beside her is the actor Cy Dorn, who still jokes that he slept through it:", "Cy Dorn"),
        # near misses: another subject ("she") may be the one speaking; the relative clause tells of no speaking
        ("She thanked the actor Cy Dorn, who still laughs about how little he had to do:", None),
        ("Opposite her is the actor Cy Dorn, who still plays the part with pride:", None),
    ],
)
def test_a_relative_clause_of_speaking_ending_the_lead(lead: str, expected: str | None) -> None:
    prose = (
        f"The video was directed by Eda Fenn. Arbour plays a student at the counter. {lead} "
        '"I play a clerk who sleeps through it. Best job I ever had."'
    )
    assert [q[0] for q in quotes(prose)] == ([expected] if expected else [])
    assert (("Cy Dorn", "a clerk") in cast(prose)) == (expected is not None)


_DIARY_OPENINGS = {
    "crew": 'Ida Holm was the gaffer on the "Night Trains" video, shot over two days in a bus depot. Her notes follow.',
    "video for": 'Ida Holm did the catering on the video for "Night Trains". She kept a diary of the shoot.',
    # near misses: the opening says there is no video; it puts no one to work on the video (it names it only)
    "no video": 'There is no video for "Night Trains". Ida Holm kept a diary of the week it was recorded in a depot.',
    "named only": 'Ida Holm loved the "Night Trains" video. She kept a diary of the week she spent in Leeds.',
}
_DIARY_CAST = [("Ann Arbour", "a bus conductor"), ("Cy Dorn", "the inspector")]


@pytest.mark.parametrize(
    ("opening", "entries", "expected"),
    [
        # a diary kept on the shoot: its entries, headed by their day or night, tell the cast though they never say
        # "video" again
        ("crew", ("Day one.", "Day two."), _DIARY_CAST),
        ("video for", ("Second night.", "Third night."), _DIARY_CAST),
        ("crew", ("Tuesday, 4 May.", "Wednesday."), _DIARY_CAST),
        # near misses: no video worked on; a single heading is no diary's entries; entries that do not follow the
        # opening right after it
        ("no video", ("Day one.", "Day two."), []),
        ("named only", ("Day one.", "Day two."), []),
        ("crew", ("Day one.", "Later that week."), []),
    ],
)
def test_a_diary_kept_on_the_shoot_tells_the_cast(
    opening: str, entries: tuple[str, str], expected: list[tuple[str, str | None]]
) -> None:
    prose = (
        f"{_DIARY_OPENINGS[opening]}\n\n{entries[0]} I was in early. Arbour plays a bus conductor who never sleeps.\n\n"
        f"{entries[1]} Rain all morning. Cy Dorn plays the inspector, checking every ticket twice."
    )
    assert cast(prose) == expected


def test_a_diary_opening_after_a_paragraph_between_is_not_the_shoots() -> None:
    # the entries must open right after the paragraph that puts the diary's keeper to work on the video
    prose = (
        'Ida Holm was the gaffer on the "Night Trains" video. Her notes follow.\n\nArbour grew up in Leeds.\n\n'
        "Day one. Arbour plays a bus conductor.\n\nDay two. Cy Dorn plays the inspector."
    )
    assert cast(prose) == []


_LAUNDERETTE = "a launderette in Hull"


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # a building people gather in, after "in a", set off by commas or not, is where they were introduced
        ("Cy Dorn introduced Ann Arbour to Bea Bell, in a launderette in Hull, of all places!", _LAUNDERETTE),
        ("Cy Dorn introduced Ann Arbour to Bea Bell in a gym on Mill Road.", "a gym on Mill Road"),
        ("Cy Dorn introduced Ann Arbour to Bea Bell in a tiny cinema in Leeds.", "a tiny cinema in Leeds"),
        # near misses: the noun is not the phrase's head (a bag, a pass); a room word with no article is no venue
        ("Cy Dorn introduced Ann Arbour to Bea Bell in a gym bag full of tapes.", None),
        ("Cy Dorn introduced Ann Arbour to Bea Bell in a gallery pass he forged.", None),
    ],
)
def test_an_occasion_in_a_building_people_gather_in(sentence: str, occasion: str | None) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the object of the verb of a relation named in apposition ("A's coach, X, who put her in touch") is the
        # relation's owner; and the same object pronoun in the next sentence goes on meaning them, not the one the
        # sentence before was about
        (
            "It was Ann's vocal coach, Eda Fenn, who put her in touch with Bell, by email. Bell grew up in Leeds, and "
            "he returned the favour: he connected her with Cy Dorn at a party in Leeds.",
            [
                ("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), None),
                ("Bea Bell", frozenset({"Ann Arbour", "Cy Dorn"}), "a party in Leeds"),
            ],
        ),
        (
            "Cy Dorn wrote it in his flat. It was Cy's vocal coach, Eda Fenn, who put him in touch with Bell.",
            [("Eda Fenn", frozenset({"Cy Dorn", "Bea Bell"}), None)],
        ),
        # near miss: the owner is one the page calls "he", so "her" is someone else, no one for sure
        ("Cy Dorn wrote it in his flat. It was Cy's vocal coach, Eda Fenn, who put her in touch with Bell.", []),
    ],
)
def test_an_object_pronoun_after_an_apposed_relation_and_in_the_next_sentence(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


_ONE_ARTIST = "Night Trains\n\nAnn Arbour\n\nAlbum Small Hours\n\n"
_THREE_WRITERS = _credited("Ann Arbour, Cy Dorn & Bea Bell", "Bea Bell")


@pytest.mark.parametrize(
    ("partner", "expected"),
    [
        # the quote's own "Cy and I" tells whom its "we" means, rather than the one the narration last named with the
        # speaker (Bell, who is the introducer here)
        ("Cy and I wrote all night.", [("Bea Bell", frozenset({"Ann Arbour", "Cy Dorn"}), "a camp in Leeds")]),
        # near miss: the quote names no partner of its own; "we" is the pair named before, which names Bell twice
        ("We wrote all night.", []),
    ],
)
def test_a_quotes_own_partner_is_whom_we_means(
    partner: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    prose = (
        "Arbour wrote it with Cy Dorn and the producer Bea Bell.\n\nIt was Bell's manager, Eda Fenn, who first "
        "introduced him to Arbour, at a dinner in Hull.\n\nArbour told Radio Nord how she met her co-writer:\n\n"
        f'"We were introduced by Bea at a camp in Leeds. {partner}"'
    )
    result = parse_story_page(_ONE_ARTIST + prose + _THREE_WRITERS, "p.txt")
    assert result.document is not None
    found = [(i.introducer, frozenset(i.introduced), i.occasion) for i in result.document.introductions]
    assert found == [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a dinner in Hull"), *expected]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # words said aloud in a way are a saying: "shouted", "yelled", "whispered"
        ('Cy Dorn directs it. Late that night Arbour shouted, "One more!" and we did it.', [("Ann Arbour", None)]),
        ('Cy Dorn directs it. Between takes Bell whispered, "Keep the lights low."', [("Bea Bell", None)]),
        # near miss: a shout about something, with no words of it quoted, leads into no quote
        ('Cy Dorn directs it. Arbour yelled at the rain. "Night Trains" was finished that week.', []),
    ],
)
def test_words_shouted_or_whispered_are_a_saying(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # what the crew calls someone described with a capitalised word (a place's people) is their nickname
        (
            "The director is Cy Dorn, a Dutch-born Melburnian the crew calls Zig, and Zig hates rain. Arbour sang all "
            'morning. Zig yelled, "Go!"',
            [("Cy Dorn", None)],
        ),
        # near miss: the description names someone else, whose nickname it may be as well: no one sure
        (
            "The director is Cy Dorn, a friend of Eda Fenn the crew calls Zig, and Zig hates rain. Arbour sang all "
            'morning. Zig yelled, "Go!"',
            [],
        ),
    ],
)
def test_a_nickname_after_a_description_with_a_capitalised_word(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after "with" and a preposition, "her"/"his" is whose the thing is, no co-star: the part goes on past it
        (
            "In the video Ann plays a courier with a parcel under her arm.",
            [("Ann Arbour", "a courier with a parcel under her arm")],
        ),
        (
            "In the clip Ann appears as a painter with a brush behind her ear and Bea as a model.",
            [("Ann Arbour", "a painter with a brush behind her ear"), ("Bea Bell", "a model")],
        ),
        # near misses: "with her" then a relation is someone with her, no part of hers; and a co-star named after it
        ("In the video Ann plays a courier with her cousin Cy Dorn.", [("Ann Arbour", "a courier")]),
        (
            "In the video Ann plays a courier with a parcel under her arm with the actor Cy Dorn.",
            [("Ann Arbour", "a courier with a parcel under her arm")],
        ),
    ],
)
def test_a_part_with_a_thing_of_the_players_own(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a relative clause whose own verb is the saying: the one it is about speaks, though the sentence before
        # named others
        (
            "Ann and Bea had never met. The one to blame is the sound engineer Cy Dorn, who explained it on Radio "
            'Nord: "I put them in one room and left."',
            [("Cy Dorn", "Radio Nord")],
        ),
        (
            'Ann and Bea had never met. Then came Cy Dorn, who later told Radio Nord: "I put them in one room."',
            [("Cy Dorn", "Radio Nord")],
        ),
        # near misses: "whom" makes him the one told, and "who was told" the one spoken to: not his words
        (
            'Ann and Bea had never met. Then came Cy Dorn, whom Eda Fenn told on Radio Nord: "I put them in one room."',
            [("Eda Fenn", "Radio Nord")],
        ),
        ('Ann and Bea had never met. Then came Cy Dorn, who was told on Radio Nord: "I put them in one room."', []),
        # nor a relative clause sentences before the words, which tells of him in passing
        (
            "Ann and Bea had never met. Then came Cy Dorn, who explained everything to Ziggy. Eda Fenn sang. Later "
            'Ziggy said, "Go again from the top."',
            [],
        ),
        # and a passive's agent: the words may be the letter he read out as much as his own
        (
            "Ann and Bea had never met. Bell's letter was read out by Cy Dorn, who said on Radio Nord: \"I put them "
            'in one room."',
            [],
        ),
    ],
)
def test_the_speaker_told_by_a_relative_clause_of_saying(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # "in" before a gathering says where, as "at" does; the gathering may qualify the noun after it
        ("Cy Dorn introduced Ann to Bea, in a village fair in Kent.", "a village fair in Kent"),
        ("Cy Dorn introduced Ann to Bea in a street party marquee in Hove.", "a street party marquee in Hove"),
        # near misses: "in" before what is no gathering nor room is not where
        ("Cy Dorn introduced Ann to Bea in a band in Kent.", None),
        ("Cy Dorn introduced Ann to Bea in a letter in 2019.", None),
    ],
)
def test_an_occasion_after_in_that_is_a_gathering(sentence: str, occasion: str | None) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cleft on the introducer with an adverb that adds or insists between "is" and "the one"
        (
            "Cy Dorn is also the one who put Ann in touch with Bea.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        (
            "Cy Dorn was in fact the person who introduced Ann to Bea at a fair.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair")],
        ),
        # near misses: one that denies or doubts it
        ("Cy Dorn is not the one who put Ann in touch with Bea.", []),
        ("Cy Dorn is supposedly the one who put Ann in touch with Bea.", []),
    ],
)
def test_a_cleft_on_the_introducer_with_an_adverb(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        # an object "him" after only the two introduced means no one new: the introducer's "he" after it is the one
        # person the sentence before named besides the two
        ("both of them trusted him", [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair in Leeds")]),
        # near misses: someone told by a relation, or someone else named, before the "him" may be whom it means
        ("their old manager knew them and both of them trusted him", []),
        ("Eda Fenn knew them and both of them trusted him", []),
    ],
)
def test_he_after_him_that_follows_only_the_two_introduced(
    between: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    prose = (
        "The song was produced by Cy Dorn. The story begins with Dorn, the engineer who wrote it with Ann and Bea. "
        f"The two had never met, but {between}, and he introduced them at a fair in Leeds."
    )
    assert intros(prose) == expected
    assert expected or any(w.line == 7 and "for sure" in w.message for w in parse(prose).warnings)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # "knows him since school": the object of the subject's verb, with since when after it, is someone other than
        # the subject (who would be "herself"), so "he" is not the subject either
        ("Cy Dorn produced it.", [("Cy Dorn", frozenset({"Bea Bell", "Ann Arbour"}), "a party")]),
        # near miss: the sentence before named two whom "him" may mean
        ("Ann Arbour wrote it with Cy Dorn.", []),
    ],
)
def test_an_object_pronoun_before_since_is_not_the_subject(
    before: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(f"{before} Bea knows him since school, and he introduced her to Ann at a party.") == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a word two full names of the page end with is a family name, which another name written family name
        # first opens with: the introducer is the one named, not someone called by a title before a first name
        (
            "Ann Arbour wrote it with Bea Bell and with her cousin Min-ji Park. The grandmother of the family, Park "
            "Mi-sook, followed every session. Jin-ho Park introduced Ann to Bea at a noodle bar in Busan.",
            [("Jin-ho Park", frozenset({"Ann Arbour", "Bea Bell"}), "a noodle bar in Busan")],
        ),
        # near miss: no other full name ends with the word, so it may be a first name after a title: left out
        (
            "Ann Arbour wrote it with Bea Bell and with her cousin Jin-ho Park. The grandmother of the family, Park "
            "Mi-sook, followed every session. Jin-ho Park introduced Ann to Bea at a noodle bar in Busan.",
            [],
        ),
    ],
)
def test_a_family_name_two_names_end_with_is_no_first_name(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a sentence ending on a relation of someone's and whom it is, in apposition, is about the one named: "he"
        # after it is them (an aside after a dash may close the sentence)
        (
            "Ask anyone at the label and they will point to Bell's uncle, Cy Dorn. "
            '"I introduced them at my own fortieth birthday," he told Radio Nord.',
            [("Cy Dorn", "Radio Nord")],
        ),
        (
            "Ask anyone at the label and they will point to Bell's uncle, Cy Dorn - Uncle Cy to the whole town. "
            '"I introduced them at my own fortieth birthday," he told Radio Nord.',
            [("Cy Dorn", "Radio Nord")],
        ),
        # near misses: a place of someone's, no relation; the sentence goes on after the name: "she" is still Bell
        (
            "Ask anyone at the label and they will point to Bell's old rehearsal room, Studio Nine. "
            '"I introduced them there," she told Radio Nord.',
            [("Bea Bell", "Radio Nord")],
        ),
        (
            "Ask anyone at the label and they will point to Bell's uncle, Cy Dorn, and his van. "
            '"I introduced them there," she told Radio Nord.',
            [("Bea Bell", "Radio Nord")],
        ),
    ],
)
def test_a_sentence_ending_on_a_relation_and_its_name_is_about_the_name(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


DUO_FRAME = "Night Trains\n\nThe Arbours\n\nAlbum Small Hours\n\n"


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a duo's members set off by dashes after its name are its two, whom "the pair" opening a later paragraph
        # means, even after a sentence that named someone else (the producer)
        (
            "The folk duo The Arbours - Ann Arbour and Bea Bell - wrote it about a train. The Leeds producer Cy Dorn "
            "produced it.\n\nIn 2016 the pair were introduced by Bell's uncle, a retired guard named Ed Fenn, at a "
            "ceilidh in Sligo.",
            [("Ed Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a ceilidh in Sligo")],
        ),
        # near miss: the two are not the act's members, and the sentence before named someone else: not sure
        (
            "The folk duo The Arbours wrote it about a train with Ann Arbour and Bea Bell. The Leeds producer Cy Dorn "
            "produced it.\n\nIn 2016 the pair were introduced by Bell's uncle, a retired guard named Ed Fenn, at a "
            "ceilidh in Sligo.",
            [],
        ),
    ],
)
def test_the_pair_after_someone_else_is_the_duos_two(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    result = parse_story_page(DUO_FRAME + prose + "\n", "p.txt")
    assert result.document is not None
    assert [(i.introducer, frozenset(i.introduced), i.occasion) for i in result.document.introductions] == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a messaging app's group or chat is where the words were written
        ("Their aunt, Eda Fenn, wrote in the family WhatsApp group:", [("Eda Fenn", "WhatsApp")]),
        ("Their aunt, Eda Fenn, wrote in the family Signal chat:", [("Eda Fenn", "Signal")]),
        # near miss: a company's group "of" something is no chat
        ("Their aunt, Eda Fenn, wrote in the Warner group of labels:", [("Eda Fenn", None)]),
    ],
)
def test_a_messaging_apps_group_chat_is_the_source(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'Ann Arbour wrote it with Bea Bell. {lead} "The song is about my kitchen."') == expected


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # an outlet's name in sentence case runs over its lower-case words when an apposition says it is an outlet
        ("Arbour told Dagblaðið vísir, the local paper in Akureyri.", [("Ann Arbour", "Dagblaðið vísir")]),
        # near misses: when, not a word of the name, before the comma
        ("Arbour told Mojo yesterday, the magazine reported.", [("Ann Arbour", "Mojo")]),
        ("Arbour told Mojo recently, the paper said.", [("Ann Arbour", "Mojo")]),
    ],
)
def test_an_outlet_named_in_sentence_case_before_its_apposition(
    told: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(f'Ann Arbour wrote it with Bea Bell. "It was cold," {told}') == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a quote resumed after an attribution that ended with a full stop starts a sentence of its own, which may
        # tell where the introduction its first part told was; the introducer going on about it ("and I would do it
        # again") leaves the place to that sentence
        (
            '"I set them up, and I would do it again," Cy Dorn said on Radio Nord. "It was during a fish supper at my '
            'flat in Hull. Nobody ate."',
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fish supper at Cy Dorn's flat in Hull")],
        ),
        # near miss: the clause joined after the introduction tells of something else, somewhere: where is not sure
        (
            '"I set them up, and they married in Paris," Cy Dorn said on Radio Nord. "It was during a fish supper at '
            'my flat in Hull."',
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
    ],
)
def test_where_told_after_a_resumed_quote(prose: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert intros(f"Ann Arbour wrote it with Bea Bell. {prose}") == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "her" before "since" is an object (no noun of hers follows), someone other than the subject: so the subject
        # is not learnt to be a "she", and "he" next goes on meaning them over a new name of a place
        (
            "Ann Arbour wrote it with Cy Dorn. Dorn had been with her since the start. He was a quiet man who lived "
            'above Fenwick Lane. "I wanted it bare," he told Mojo.',
            [("Cy Dorn", "Mojo")],
        ),
        (
            "Ann Arbour wrote it with Cy Dorn. Dorn had stayed with her until the end. He was a quiet man who lived "
            'above Fenwick Lane. "I wanted it bare," he told Mojo.',
            [("Cy Dorn", "Mojo")],
        ),
        # near miss: "her" before a noun of hers ("sincere" is no "since")
        (
            "Ann Arbour wrote it with Cy Dorn. Dorn had been with her sincere old friend for years. He was a quiet man "
            'who lived above Fenwick Lane. "I wanted it bare," he told Mojo.',
            [("Cy Dorn", "Mojo")],
        ),
    ],
)
def test_her_before_since_or_until_is_an_object(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "a friend of her mother's": a relation of hers, as "her mother" is; the subject, called nothing yet, or the
        # one the text was about (a "she") may own it, so the subject is not learnt to be a "she"
        (
            "Ann Arbour was nineteen when she wrote it with Cy Dorn. She sang it too. Dorn had been a friend of her "
            "mother's long before he became a friend of hers. He was an accordion player from Hull. \"I wanted a "
            'hymn," he told Mojo.',
            [("Cy Dorn", "Mojo")],
        ),
        # (as "a friend of her mother" is read)
        (
            "Ann Arbour was nineteen when she wrote it with Cy Dorn. She sang it too. Dorn had been a friend of her "
            'mother long before he became a friend of hers. He was an accordion player from Hull. "I wanted a '
            'hymn," he told Mojo.',
            [("Cy Dorn", "Mojo")],
        ),
        # near miss: the possessive owns a noun after it, not after "of": read as before
        (
            "Ann Arbour was nineteen when she wrote it. Cy Dorn had played her mother's old piano long before he "
            'met her. He was an accordion player from Hull. "I wanted a hymn," he told Mojo.',
            [("Cy Dorn", "Mojo")],
        ),
    ],
)
def test_a_double_genitive_relation_of_hers(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # a count of seasons before "before" or "earlier" tells when, as a count of years does: where comes after it
        (
            "Bea Bell, whom Cy Dorn had introduced to Ann Arbour two winters before at a folk club in Leeds, was a "
            "farmer's son.",
            "a folk club in Leeds",
        ),
        (
            "Cy Dorn introduced Ann Arbour to Bea Bell three summers earlier at a folk club in Leeds.",
            "a folk club in Leeds",
        ),
        # a time set off by commas, by "one" and a time of day or year, before where
        (
            "It was Cy Dorn who introduced Ann Arbour to Bea Bell, one wet night in March 2013, during a late session "
            "at the Crown.",
            "a late session at the Crown",
        ),
        (
            "It was Cy Dorn who introduced Ann Arbour to Bea Bell, one cold evening, at a pub quiz in Hull.",
            "a pub quiz in Hull",
        ),
        # near misses: seasons counted with no "before" (not a time the pattern knows); "one of" someone, an
        # apposition, is no time
        (
            "Bea Bell, whom Cy Dorn had introduced to Ann Arbour two winters running at a folk club in Leeds, was a "
            "farmer's son.",
            None,
        ),
        (
            "It was Cy Dorn who introduced Ann Arbour to Bea Bell, one of his oldest friends from Leeds and the Crown, "
            "during a late session at the Crown.",
            None,
        ),
    ],
)
def test_a_time_told_before_the_occasion(sentence: str, occasion: str | None) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "everyone knew him as Ceedee": a name he is known by is his nickname, as one he is called is
        (
            'Ann Arbour wrote it. Cy Dorn produced it. Everyone in Leeds knew him as Ceedee. "It was all my idea," '
            "Ceedee told Mojo.",
            [("Cy Dorn", "Mojo")],
        ),
        # near misses: a knowing denied (before the callers' place as well); known as what he does, no name
        (
            'Ann Arbour wrote it. Cy Dorn produced it. Nobody in Leeds knew him as Ceedee. "It was all my idea," '
            "Ceedee told Mojo.",
            [],
        ),
        (
            'Ann Arbour wrote it. Cy Dorn produced it. Everyone in Leeds knew him as a drummer. "It was all my idea," '
            "Ceedee told Mojo.",
            [],
        ),
    ],
)
def test_a_name_someone_is_known_by(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after "plays", a participle with a bare object before "at" (where the part was cut) is cut off too
        ("Cy Dorn plays a deckhand coiling rope at the stern.", [("Cy Dorn", "a deckhand")]),
        ("Cy Dorn plays a boy selling fish at the market.", [("Cy Dorn", "a boy")]),
        # an "-ing" word that describes the bare noun after it ("a struggling actor") is part of the part
        ("Cy Dorn plays a young struggling actor in a bar.", [("Cy Dorn", "a young struggling actor in a bar")]),
        # near misses: after "as" the part is whole; the "-ing" word with an article after it is a participle
        (
            "Cy Dorn appears as a deckhand coiling rope at the stern.",
            [("Cy Dorn", "a deckhand coiling rope at the stern")],
        ),
        ("Cy Dorn plays a young nurse visiting the sick at night.", [("Cy Dorn", "a young nurse")]),
    ],
)
def test_a_participle_cut_before_where_the_part_ends(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(f"The video was directed by Sam Hale. {sentence}") == expected


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # "X had been his agent": no one is their own agent, so "his" is someone other than the subject, who is not
        # learnt to be a "he" (and "her client" and "she" after it go on meaning her)
        ("had been his agent for years", [("Eda Fenn", None)]),
        ("was his long-time agent", [("Eda Fenn", None)]),
        # near miss: "his" owns no relation said to be the subject ("with his band"): read as before, so "his" makes
        # her a "he" and "she" is no one sure
        ("had been with his band for years", []),
    ],
)
def test_a_relation_of_his_said_to_be_the_subject_is_not_the_subjects(
    told: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = (
        f"Ann Arbour and Bea Bell met in 2016, introduced by Eda Fenn at a dinner. Then they wrote it. Fenn {told} "
        'and was the opposite of her client in every way. "I sat them apart on purpose," she told me.'
    )
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # a named thing after "after the", held in a place, is the event the occasion followed (its name need not say
        # "festival")
        (
            "Cy Dorn introduced Ann Arbour to Bea Bell at a dinner after the Proms in London.",
            "a dinner after the Proms in London",
        ),
        # near misses: with no place (nor an event's word) not sure it is an event; "in" someone's house is no place
        # held in
        ("Cy Dorn introduced Ann Arbour to Bea Bell at a dinner after the Proms.", "a dinner"),
        ("Cy Dorn introduced Ann Arbour to Bea Bell at a dinner after the Proms in Eda Fenn's house.", "a dinner"),
    ],
)
def test_an_occasion_after_a_named_event_held_in_a_place(sentence: str, occasion: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a paragraph opening on a title in quotes and ending on a quote of its own is narration, not one quote led
        # into by the paragraph before
        (
            'Cy Dorn produced it at his farm.\n\n"Night Trains" came out of the last of those days. Ann Arbour had the '
            'first verse by noon. "It was the first time we wrote together," Arbour told Mojo, "and the last for a '
            'while."',
            [("Ann Arbour", "Mojo")],
        ),
        # near misses: a paragraph that is one quote, led into by the one before (with a title inside it, too)
        (
            'Cy Dorn produced it at his farm, and he told Mojo about it:\n\n"Night Trains came out of the last of '
            'those days. Ann had the first verse by noon, and it was the last time for a while."',
            [("Cy Dorn", "Mojo")],
        ),
        (
            'Cy Dorn produced it at his farm, and he told Mojo about it:\n\n"We called it "Night Trains" on the last '
            'of those days, and it was the last time for a while."',
            [("Cy Dorn", "Mojo")],
        ),
        # (a quote whole that quotes someone inside it, a sentence and more in its first marks, is no title)
        (
            'Cy Dorn produced it at his farm, and he told Mojo about it:\n\n"Ann came by on the last day. I said, "We '
            'should write one." And we did, in an hour."',
            [("Cy Dorn", "Mojo")],
        ),
    ],
)
def test_a_paragraph_opening_on_a_title_is_no_quote_whole(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a contest's role told before a name opening the sentence ("Runner-up X", "Judge X") describes the name and is
        # no word of it
        ("The video stars Ann Arbour as a baker. Runner-up Cy Dorn plays a lifeguard.", ("Cy Dorn", "a lifeguard")),
        ("The video stars Ann Arbour as a baker. Finalist Cy Dorn appears as himself.", ("Cy Dorn", "himself")),
        ("The video stars Ann Arbour as a baker. Judge Cy Dorn plays a lifeguard.", ("Cy Dorn", "a lifeguard")),
        ("The video stars Ann Arbour as a baker. Contestant Cy Dorn plays a lifeguard.", ("Cy Dorn", "a lifeguard")),
        # near misses: the same words as someone's surname, after the first name, are part of the name
        ("The video stars Ann Arbour as a baker. Mike Judge plays a lifeguard.", ("Mike Judge", "a lifeguard")),
        (
            "The video stars Ann Arbour as a baker, and Ruth Finalist plays a lifeguard.",
            ("Ruth Finalist", "a lifeguard"),
        ),
    ],
)
def test_a_contest_role_before_a_name(prose: str, expected: tuple[str, str]) -> None:
    assert cast(prose) == [("Ann Arbour", "a baker"), expected]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "her" before a phrasal verb's particle ("voted her off", "talked her out of") is the object of the relative
        # clause's verb, whose subject is the one named: someone else, so "he" after it may still mean that one
        (
            "Ann Arbour wrote it. Judge Cy Dorn, who had voted her off in week two, apologised when she came back. "
            '"I got it wrong," he said on Radio Nord.',
            [("Cy Dorn", "Radio Nord")],
        ),
        (
            "Ann Arbour wrote it. Producer Cy Dorn, who had talked her out of quitting, called when she came back. "
            '"I got it wrong," he said on Radio Nord.',
            [("Cy Dorn", "Radio Nord")],
        ),
        # near miss: "her" before a word joined by a hyphen is whose demos, which says nothing of whom it means
        (
            "Ann Arbour wrote it. Producer Cy Dorn, who had sent her up-tempo demos to a label, called when she came "
            'back. "I got it wrong," he said on Radio Nord.',
            [],
        ),
    ],
)
def test_an_object_pronoun_before_a_particle(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a title of kin, in the family's language, before a first name the page gave someone in full is what the
        # family calls them; whether said before that name ("Papi Lucien" in her quote) or as the name's apposition
        (
            "Ann Arbour grew up above the bakery of her grandfather, Lucien Lefort. "
            '"Papi Lucien burnt every loaf," she said. The video stars Ann Arbour as a baker, and Grandpa Lucien plays '
            "a customer.",
            [("Lucien Lefort", "a customer")],
        ),
        (
            "Abuela Rosa - Rosa Quintero, who ran the bakery for forty years - taught Ann Arbour to knead. The video "
            "stars Ann Arbour as a baker, and Abuela Rosa plays a customer.",
            [("Rosa Quintero", "a customer")],
        ),
        (
            "Ann Arbour's aunt, Jasleen Gill, runs the bakery. The video stars Ann Arbour as a baker, and Bhua Jasleen "
            "plays a customer.",
            [("Jasleen Gill", "a customer")],
        ),
        # near misses: no one of the page has the first name (the title and name are all the page calls her); two
        # have it (either may be meant); a first name before it, no title ("Marie Lucien" is someone else)
        (
            "The video stars Ann Arbour as a baker, and Abuela Rosario plays a customer.",
            [("Abuela Rosario", "a customer")],
        ),
        (
            "Ann Arbour's grandfathers, Lucien Lefort and Lucien Diop, run the bakery. The video stars Ann Arbour as a "
            "baker, and Grandpa Lucien plays a customer.",
            [],
        ),
        (
            "Ann Arbour grew up above the bakery of her grandfather, Lucien Lefort. The video stars Ann Arbour as a "
            "baker, and Marie Lucien plays a customer.",
            [("Marie Lucien", "a customer")],
        ),
    ],
)
def test_a_title_of_kin_before_a_first_name(prose: str, expected: list[tuple[str, str]]) -> None:
    assert cast(prose) == [("Ann Arbour", "a baker"), *expected]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a double surname with its particle ("Dorn del Mar") is a tail of the full name just given, whom it means
        (
            "Bea Bell was introduced to Ann Arbour by her coach on the show, Cy Dorn del Mar, at a fair. Dorn del Mar "
            'had been a teacher for years. "She sang like a storm," he said on Radio Nord.',
            [("Cy Dorn del Mar", "Radio Nord")],
        ),
        # near miss: another first name before the particle and surname is someone else
        (
            "Bea Bell was introduced to Ann Arbour by her coach on the show, Cy Dorn del Mar, at a fair. Eva del Mar "
            'had been a teacher for years. "She sang like a storm," she said on Radio Nord.',
            [("Eva del Mar", "Radio Nord")],
        ),
    ],
)
def test_a_double_surname_of_a_new_full_name(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "her" before a noun, in a sentence naming only someone the page has called nothing yet, after a sentence that
        # named someone the page calls "she": either may be meant, so it says nothing of the one named ("he" after it)
        (
            "Ann Arbour cried when she lost, and her coach on the show, Cy Dorn, sent her a note. Dorn had been in her "
            'corner for years. "She sang like a storm," he said on Radio Nord.',
            [("Cy Dorn", "Radio Nord")],
        ),
        # near miss: the one named is called "herself" already, so "her" and "she" after it go on meaning her
        (
            "Ann Arbour cried when she lost, and her coach on the show, Eda Fenn, sent her a note. Fenn herself had "
            'lost once. Fenn had been in her corner for years. "She sang like a storm," she said on Radio Nord.',
            [("Eda Fenn", "Radio Nord")],
        ),
    ],
)
def test_her_before_a_noun_after_someone_called_she(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a sentence opened by "she", with a clause joined after whose own subject, someone named, acts on a "her":
        # the next "she" may mean either of them, so the quote it tells is no one's for sure
        (
            "Ann Arbour auditioned in May. She sang a lullaby, and the judge Eda Fenn stopped her halfway through. "
            '"Start again," she told her on Radio Nord.',
            [],
        ),
        # near misses: the joined clause's subject is no one named; it acts on no one
        (
            "Ann Arbour auditioned in May. She sang a lullaby, and the crowd stopped her halfway through. "
            '"Start again," she told them on Radio Nord.',
            [("Ann Arbour", "Radio Nord")],
        ),
        (
            "Ann Arbour auditioned in May. She sang a lullaby, and Eda Fenn clapped along. "
            '"Start again," she told them on Radio Nord.',
            [("Ann Arbour", "Radio Nord")],
        ),
    ],
)
def test_she_after_a_joined_clause_whose_subject_acts_on_her(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "went further" after another's saying, before a colon: the joined clause's subject says the words after it
        (
            'Ann Arbour sang it at the final. Eda Fenn said that it was "the bravest thing all year", and Cy Brink '
            'went further: "I have waited ten years for that."',
            [("Cy Brink", None)],
        ),
        # near miss: the same subject going further is still the one speaking
        (
            'Ann Arbour sang it at the final. Eda Fenn said that it was "the bravest thing all year", and went '
            'further: "I have waited ten years for that."',
            [("Eda Fenn", None)],
        ),
    ],
)
def test_someone_who_went_further(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the Dutch particles "ten" and "ter" inside a name ("Cy ten Brink"), as "van" and "der" are
        (
            "The video stars Ann Arbour as a baker, and Cy ten Brink plays a lifeguard.",
            [("Ann Arbour", "a baker"), ("Cy ten Brink", "a lifeguard")],
        ),
        (
            "The video stars Ann Arbour as a baker, and Cy ter Horst plays a lifeguard.",
            [("Ann Arbour", "a baker"), ("Cy ter Horst", "a lifeguard")],
        ),
    ],
)
def test_a_dutch_particle_inside_a_name(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(prose) == expected


def test_ten_between_capitalised_words_names_no_one() -> None:
    # near miss: "ten" between a place and a capitalised word is a number, and the one who speaks after is the subject
    prose = 'Ann Arbour sang it in Vienna ten Days after the fire. "I have waited years for that," she said.'
    assert quotes(prose) == [("Ann Arbour", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after "as" a place with "the" is the part's own, when it is named too (a name after "the" is no one's)
        (
            "The video was shot downtown. It stars Arbour as a florist at the Grand Bazaar, and Bell shows up as a "
            "taxi driver.",
            [("Ann Arbour", "a florist at the Grand Bazaar"), ("Bea Bell", "a taxi driver")],
        ),
        # near misses: after "plays" the place is the scene's; at a time of the video, not a place
        ("The video was shot downtown. Arbour plays a florist at the Grand Bazaar.", [("Ann Arbour", "a florist")]),
        (
            "The video was shot downtown. It stars Arbour as a florist at the end, and Bell as a taxi driver.",
            [("Ann Arbour", "a florist"), ("Bea Bell", "a taxi driver")],
        ),
    ],
)
def test_a_part_after_as_keeps_a_named_place_after_the(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a name with a place's noun apposed to it is a place, never whom "he" means; so is a name of a street's word
        # in another language
        (
            'Start at the harbour. Stop one is Kelly Hanlon, a bar with a green door by the window. "Ann played here '
            'every Friday," he told me.',
            [],
        ),
        ('Start at the harbour and walk up Calle Mora. "Ann played here every Friday," he told me.', []),
        # near miss: an apposition whose head is someone's noun ("a club promoter") describes a person
        (
            'Start at the harbour. Stop one is Kelly Hanlon, a club promoter with a green coat. "Ann played here '
            'every Friday," he told me.',
            [("Kelly Hanlon", None)],
        ),
    ],
)
def test_a_place_named_like_a_person_is_no_speaker(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("told", "introducer", "introduced"),
    [
        # "how A found her producer": A and the producer are the two "them" means next; and "her" after someone
        # described is not sure to be the new subject's (who stays the "he" of the next sentence)
        (
            "Tom Reyes, a neighbour, will tell you how Arbour found her producer.",
            "Tom Reyes",
            {"Ann Arbour", "Gil Moss"},
        ),
        (
            "Its landlord, Tom Reyes, has run the quiz for years, and he will tell you how the producer met her "
            "husband.",
            "Tom Reyes",
            {"Ann Arbour", "Bea Bell"},
        ),
        # near misses: what one found is no one of theirs; someone found by name (any finding); "her" of the subject
        (
            "Tom Reyes, a neighbour, will tell you how Arbour found her notebook.",
            "Tom Reyes",
            {"Ann Arbour", "Bea Bell"},
        ),
        ("Tom Reyes, a neighbour, will tell you how Arbour found Gil Moss.", "Tom Reyes", {"Ann Arbour", "Bea Bell"}),
    ],
)
def test_how_someone_found_their_relation_and_her_after_a_description(
    told: str, introducer: str, introduced: set[str]
) -> None:
    said = '"I put them in touch at a fair," he told me.'
    prose = f"The producer Gil Moss mixed it in Leeds. The pub is small. {told} {said}"
    assert intros(prose + _FENN_AND_MOSS) == [(introducer, frozenset(introduced), "a fair")]


def _quote_texts(prose: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in doc(prose).quotes]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the words after a quote attribute it when the speaker's name carries combining marks ("Adébáyọ̀"), and
        # when the speaker is set off as one of a group ("one of them, X, told me"): both parts are theirs
        (
            'Tọ́lá Adébáyọ̀ sang the bridge. "He pointed at me and laughed," Adébáyọ̀ said on the podcast Loose Talk. '
            '"He was half right."',
            [("Tọ́lá Adébáyọ̀", "He pointed at me and laughed. He was half right.")],
        ),
        (
            'The women here know it. "She used to sit on that boat," one of them, Eda Fenn, told me. "Now my '
            'grandchildren play her song."',
            [("Eda Fenn", "She used to sit on that boat. Now my grandchildren play her song.")],
        ),
        # near miss: one of them, described and not named, is no one the page names
        (
            'The women here know it. "She used to sit on that boat," one of them, a fishmonger, told me. "Now my '
            'grandchildren play her song."',
            [],
        ),
    ],
)
def test_an_attribution_after_a_quote_with_marked_letters_or_one_of_a_group(
    prose: str, expected: list[tuple[str, str]]
) -> None:
    assert _quote_texts(prose) == expected


@pytest.mark.parametrize(
    ("where", "introduced", "occasion"),
    [
        # "the two of them" after someone new to the page, when the sentence before told two first meeting: those
        # two, not the pair named together before that; and where they met is where they were introduced
        ("where Arbour first heard Bell sing", {"Ann Arbour", "Bea Bell"}, "a wedding in Leeds"),
        # near misses: the two there, but not told meeting; what one first heard is another's thing, not them (the
        # pair named together goes on)
        ("where Arbour sang with Bell", {"Ann Arbour", "Gil Moss"}, None),
        ("where Arbour first heard Bell's demo", {"Ann Arbour", "Gil Moss"}, None),
    ],
)
def test_the_two_of_them_after_a_newcomer_and_where_they_first_met(
    where: str, introduced: set[str], occasion: str | None
) -> None:
    prose = (
        f"Arbour and Gil Moss wrote it. The chorus was born at a wedding in Leeds, {where}. It was the bride's "
        "uncle, the bandleader Cy Dorn, who introduced the two of them after the cake."
    )
    assert intros(prose + _FENN_AND_MOSS) == [("Cy Dorn", frozenset(introduced), occasion)]


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # a quote after a sentence that tells of remembering aloud, of answering what a medium asked, or of how
        # someone sounded on a programme: the one person the sentence names said it, where the sentence says
        ("Bell looked back on the sessions on the podcast Cold Porch.", [("Bea Bell", "Cold Porch")]),
        (
            "Bell was candid about it when the magazine Lanternfish asked how the chorus started.",
            [("Bea Bell", "Lanternfish")],
        ),
        ("Bell did not sound bitter about it on the radio show Dawn Patrol.", [("Bea Bell", "Dawn Patrol")]),
        # near misses: a bare name doing something else, and a sound that is a recording's, tell of no speaking
        ("Bell was calm about it in the studio.", []),
        ("Bell sounded the last chord on a borrowed piano.", []),
        ("The demo sounded rough on the radio.", []),
    ],
)
def test_a_quote_after_a_sentence_of_looking_back_being_asked_or_sounding(
    before: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(f'{before} "We argued every night. It was worth it."') == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a round, an episode or a judge's seat of a programme, after the saying, is where the words were said
        ('"It was worth it," Bell told the jury in her second audition on Starmaker.', [("Bea Bell", "Starmaker")]),
        ('"It was worth it," Arbour said from her chair on Starmaker.', [("Ann Arbour", "Starmaker")]),
        ('"It was worth it," Bell said in the semi-final of Starmaker.', [("Bea Bell", "Starmaker")]),
        # near miss: a round told of something else, after the saying's time
        ('"It was worth it," Bell said, years after she won the final of Starmaker.', [("Bea Bell", None)]),
        # going live on a platform that broadcasts live; not on any name ("Lanternfish" is no such platform)
        ('Bell went live on Instagram from the van: "It was worth it."', [("Bea Bell", "Instagram")]),
        ('Bell went live on Lanternfish from the van: "It was worth it."', [("Bea Bell", None)]),
        # a diary made for someone's channel on a platform
        (
            '"It was worth it," Bell joked in a video diary for the festival\'s YouTube channel.',
            [("Bea Bell", "YouTube")],
        ),
        # what a programme is, then its name set off by a comma, ending the phrase
        (
            '"It was worth it," Bell said on the festival\'s late-night podcast, Lanternfish.',
            [("Bea Bell", "Lanternfish")],
        ),
        ('"It was worth it," Bell said on the after-show podcast, The Long Table.', [("Bea Bell", "The Long Table")]),
        (
            'Bell set the record straight on the after-show podcast, Out of the Blue: "It was worth it."',
            [("Bea Bell", "Out of the Blue")],
        ),
        # near misses: after a bare "the", a new full name is someone who speaks, not the podcast (set off by commas
        # or not)
        ('On the after-show podcast, Cy Dorn was blunt: "It was worth it."', [("Cy Dorn", None)]),
        ('On the after-show podcast, Cy Dorn, her producer, was blunt: "It was worth it."', [("Cy Dorn", None)]),
    ],
)
def test_where_a_contest_quote_was_said_a_round_a_live_stream_a_named_podcast(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the name ends an apposition to a description opening the sentence: it is the subject, and the verb after
        # "then" is its own
        (
            "Her old teacher, the organist Cy Dorn, then put her in touch with Bell at a party.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a party")],
        ),
        # near miss: the name is the object of the opening subject's verb, whose second verb follows "then"
        ("Her old teacher played it for the organist Cy Dorn, then put her in touch with Bell at a party.", []),
    ],
)
def test_a_name_closing_an_opening_apposition_is_the_subject_before_then(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(f"Arbour grew up in Hull. {sentence}") == expected


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        # after "plays", a participle with a bare object of one word, cut before a preposition of when or whither,
        # is the scene's phrase, not the part
        ("a baker stacking loaf after loaf in the window", "a baker"),
        ("a porter hauling coal to the station", "a porter"),
        # near misses: an "-ing" noun, and a part with no participle at all, are kept
        ("a young king after the war", "a young king"),
        ("a night watchman after closing time", "a night watchman"),
    ],
)
def test_a_participle_with_a_bare_object_before_a_preposition_ends_a_part_after_plays(part: str, expected: str) -> None:
    assert cast(f"In the video, Bell plays {part}.") == [("Bea Bell", expected)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause naming no one between the subject and its cameo
        ("Gil Moss, who came fourth, makes a cameo.", [("Gil Moss", None)]),
        # near miss: the name is the object of "by", whose relative clause is about them, not the cameo's subject
        ("The clip was shot by Gil Moss, who came fourth, makes a cameo.", []),
        # a cameo from someone told by whose relation they are, then named, then the part
        ("There is also a cameo from the band's driver, Gil Moss, as a seagull.", [("Gil Moss", "a seagull")]),
        # near miss: no part after the name, a cameo in none (as before)
        ("There is also a cameo from the band's driver, Gil Moss.", [("Gil Moss", None)]),
    ],
)
def test_a_cameo_after_a_relative_clause_or_from_someone_apposed_with_a_part(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(f"In the video, Bell plays a baker. {sentence}") == [("Bea Bell", "a baker"), *expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a meeting someone brought about is their introduction of the two
        (
            "Her coach, Cy Dorn, made sure Arbour met Bell during a camp in Leeds.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a camp in Leeds")],
        ),
        (
            "Cy Dorn arranged for Arbour to meet Bell at a party.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a party")],
        ),
        # near misses: meeting a thing, or something of someone's, is no introduction
        ("Cy Dorn made sure Arbour met the deadline at a party.", []),
        ("Cy Dorn made sure Arbour met Bell's demands at a party.", []),
    ],
)
def test_a_meeting_someone_made_sure_of_or_arranged_is_an_introduction(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(f"Arbour grew up in Hull. {sentence}") == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # the cleft on the introducer ("I was the one who"), and the room told as "a room together"
        (
            "I was the one who put them in a room together, at a barbecue in Hull.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a barbecue in Hull")],
        ),
        (
            "I was the one who put them in the same room, at a barbecue in Hull.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a barbecue in Hull")],
        ),
        # near miss: a room of their own, not together, is no meeting
        ("I was the one who put them in a room of their own, at a barbecue in Hull.", []),
        # where, told by the sentence after with the year first ("This was 2019, during ...")
        (
            "I was the one who put them in a room together. This was 2019, during a camp in Hull.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a camp in Hull")],
        ),
    ],
)
def test_the_one_who_put_them_in_a_room_together_introduced_them(
    said: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    prose = f'Arbour and Bell wrote it. The producer Cy Dorn tells it differently: "{said}"'
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("round_", "expected"),
    [
        # a contest's round named by the contest (a name of two words at least) is where the words after were said
        ("the Canto Vivo semi-final", "Canto Vivo"),
        ("the Canto Vivo live shows", "Canto Vivo"),
        # near misses: a round named by a place of one word, or by a country, is where the round was
        ("the Wembley final", None),
        ("the Ireland final", None),
    ],
)
def test_a_round_named_by_its_contest_is_where_the_words_were_said(round_: str, expected: str | None) -> None:
    assert quotes(f'After she sang it in {round_}, Bell said: "It was worth it."') == [("Bea Bell", expected)]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # words quoted as the predicate of the sentence's subject, told as theirs by "in her words", whoever else the
        # sentence names
        (
            'Bell had known Gil Moss for years and, in her words on the podcast Lanternfish, "dragged him out of '
            'his shed for one night."',
            [("Bea Bell", "Lanternfish")],
        ),
        ('Bell, in her own words, "took the long way round to this song."', [("Bea Bell", None)]),
        # "his", when the page has called the subject "he"
        (
            "Gil Moss is a drummer, and he lives in Leeds. Gil Moss worked with Bell for years and, in his words, "
            '"took a chance on a stranger."',
            [("Gil Moss", None)],
        ),
        # near misses: "her" or "his" that may mean someone else than the subject; and no "in her words"
        (
            "Arbour is a singer, and she lives in Leeds. Gil Moss worked with Arbour for years and, in her words, "
            '"took a chance on a stranger."',
            [],
        ),
        (
            "Gil Moss is a drummer, and he lives in Leeds. Bell worked with Gil Moss for years and, in his words, "
            '"took a chance on a stranger."',
            [],
        ),
        ('Bell had known Gil Moss for years and, on the podcast Lanternfish, "dragged him out of his shed."', []),
    ],
)
def test_words_quoted_in_her_words_as_the_subjects_predicate(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


_UNCLE_BEFORE = (
    '"Night Trains" made Ann Arbour a star. She wrote it with Eda Fenn and Gil Moss, and Gil produced it together '
    "with Eda.\n\nThe song is about her uncle, a retired baker, Cy Dorn, who taught her to swim in the canal when "
    "she was six.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an object "her" before a verb's particle ("set her up with") goes on meaning whom the sentence before
        # called "her", not the other of the two named together long before
        ("Cy is also the one who set her up with Eda.", [("Cy Dorn", frozenset({"Ann Arbour", "Eda Fenn"}), None)]),
        (
            "Cy is also the one who brought her together with Eda.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Eda Fenn"}), None)],
        ),
        # near misses: "her" before a noun is whose, no object; "aside" is no particle the rule reads
        ("Cy is also the one who set her band up with Eda.", []),
        ("Cy is also the one who set her aside for Eda.", []),
    ],
)
def test_an_object_her_before_a_particle_goes_on_meaning_the_her_before(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(_UNCLE_BEFORE + sentence) == expected


@pytest.mark.parametrize(
    ("after", "occasion"),
    [
        # the introducer seating one beside the other in the sentence after, where told before the subject (after
        # a month and year): the introduction told again, with where
        ("In June 2018, at a barbecue in Hull, he sat his niece next to the Welsh fiddler.", "a barbecue in Hull"),
        ("At a barbecue in Hull, Cy sat his niece beside Eda.", "a barbecue in Hull"),
        # near misses: someone else seated, someone else seating, where told after, where naming another person,
        # sitting down oneself
        ("In June 2018, at a barbecue in Hull, he sat Gil Moss next to the Welsh fiddler.", None),
        ("In June 2018, at a barbecue in Hull, Gil Moss sat his niece next to the Welsh fiddler.", None),
        ("In June 2018, he sat his niece next to the Welsh fiddler at a barbecue in Hull.", None),
        ("In June 2018, at a barbecue with Gil Moss, he sat his niece next to the Welsh fiddler.", None),
        ("In June 2018, at a barbecue in Hull, he sat on the bench next to the Welsh fiddler.", None),
    ],
)
def test_the_introducer_seating_one_beside_the_other_after_says_where(after: str, occasion: str | None) -> None:
    prose = f"Ann Arbour wrote it with Eda Fenn. Cy Dorn is the one who set Ann up with Eda. {after}"
    assert intros(prose + _FENN_AND_MOSS) == [("Cy Dorn", frozenset({"Ann Arbour", "Eda Fenn"}), occasion)]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # "the <place> singer" after a sentence about one who performs the song: them (the page gave them no
        # other place, and called no one else a singer)
        (
            '"Night Trains" is the first single from Ann Arbour\'s album. The Cornish singer introduced Cy Dorn to '
            "Gil Moss at a pub quiz.",
            [("Ann Arbour", frozenset({"Cy Dorn", "Gil Moss"}), "a pub quiz")],
        ),
        # near misses: a noun no performer's; the text about one who does not perform the song; the bare noun,
        # which the heading's two performers may both be
        (
            '"Night Trains" is the first single from Ann Arbour\'s album. The Cornish drummer introduced Cy Dorn to '
            "Gil Moss at a pub quiz.",
            [],
        ),
        ("Gil Moss produced it. The Cornish singer introduced Cy Dorn to Eda Fenn at a pub quiz.", []),
        (
            '"Night Trains" is the first single from Ann Arbour\'s album. The singer introduced Cy Dorn to Gil Moss '
            "at a pub quiz.",
            [],
        ),
    ],
)
def test_a_placed_singer_is_the_performer_the_text_is_about(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose + _FENN_AND_MOSS) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relation that says a man ("uncle") told of the name makes him "himself": the "she" after it is whom the
        # sentence's "her" meant
        (
            "Her uncle is the veteran jazz producer Cy Dorn, and a year later she connected Gil Moss with him.",
            [("Ann Arbour", frozenset({"Cy Dorn", "Gil Moss"}), None)],
        ),
        (
            "Her uncle is the veteran jazz producer Cy Dorn, and a year later he connected Gil Moss with her.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Gil Moss"}), None)],
        ),
        # near misses: a relation that says neither; the relation said to be someone else's friend; a name new to
        # the page set off by commas, whom "him" may mean as well as anyone named before (not the other of the
        # heading's two)
        ("Her cousin is the veteran jazz producer Cy Dorn, and a year later she connected Gil Moss with him.", []),
        ("Her uncle was a friend of the producer Cy Dorn, and a year later she connected Gil Moss with him.", []),
        ("Her uncle, Cy Dorn, ran a bar, and a year later she connected Gil Moss with him.", []),
    ],
)
def test_a_gendered_relation_tells_whom_she_and_him_mean(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    prose = f'"Night Trains" is the first single from Ann Arbour\'s album. {sentence}'
    assert intros(prose + _FENN_AND_MOSS) == expected


def test_a_new_name_after_a_preposition_leaves_an_object_her_as_it_was() -> None:
    # a new name after "at" (a school's, a place's as likely as anyone's) is no reason to doubt whom "her" means
    prose = (
        '"Night Trains" is the first single from Ann Arbour\'s album. It was her old piano teacher at Scoil Bride, '
        "Cy Dorn, who first put her in touch with Gil Moss, during the Galway Arts Festival."
    )
    assert intros(prose + _FENN_AND_MOSS) == [
        ("Cy Dorn", frozenset({"Ann Arbour", "Gil Moss"}), "the Galway Arts Festival")
    ]


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        # a saying stressed by "did" or "does", its verb bare, says as the plain verb does
        ("did share", [("Gil Moss", "Instagram Stories")]),
        ("does share", [("Gil Moss", "Instagram Stories")]),
        # near misses: denied; a verb of no saying
        ("did not share", []),
        ("did keep", []),
    ],
)
def test_a_saying_stressed_by_did_attributes_a_caption(verb: str, expected: list[tuple[str, str | None]]) -> None:
    prose = (
        f"Gil Moss produced it. He {verb} one memory of the session on his Instagram Stories, a photo of a van with "
        'the caption "we slept in here for a week."'
    )
    assert quotes(prose + _FENN_AND_MOSS) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a cleft joined after a clause about something (naming others only inside it) makes the sentence about the
        # one clefted, stressed or not, whom the "he" after the next quote means
        (
            "The story of how Ann and Eda met is well known, and it was Gil Moss himself who told it, on a podcast.",
            [("Gil Moss", None)],
        ),
        ("The story of how Ann and Eda met is well known, and it was Gil Moss who told it.", [("Gil Moss", None)]),
        # near misses: the clause before opens on someone (who may be meant); no cleft
        ("Ann met Eda through Gil Moss, and it was Gil Moss himself who told it, on a podcast.", []),
        ("The story of how Ann and Eda met is well known, and Gil Moss told it, on a podcast.", []),
    ],
)
def test_a_cleft_joined_after_a_clause_about_something_is_what_the_sentence_is_about(
    lead: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(f'{lead} "I sat them at one table," he said.' + _FENN_AND_MOSS) == expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # a repost of the post just quoted, with words of one's own: theirs, where the post was
        ('Ann Arbour reposted it with a single word, "two", and fans loved it.', [("Ann Arbour", "Instagram")]),
        ('Ann Arbour reshared the photo with the words "one take, one coffee".', [("Ann Arbour", "Instagram")]),
        # near misses: a post of one's own (where is not told); no saying at all
        ('Ann Arbour reposted a clip of hers with the words "one take, one coffee".', [("Ann Arbour", None)]),
        ('Ann Arbour kept it with a single word, "two", and fans loved it.', []),
    ],
)
def test_a_repost_with_words_of_ones_own_is_where_the_post_was(
    after: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = f'Gil Moss produced it. On Instagram he posted a photo of the desk: "Ann sang it in one take."\n\n{after}'
    assert quotes(prose + _FENN_AND_MOSS) == [("Gil Moss", "Instagram"), *expected]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # a follow-up to the speaker's own post just quoted is where that post was
        ('"She sang it in one take," Gil said in a follow-up video.', ("Gil Moss", "TikTok")),
        # near misses: someone else's follow-up; another occasion
        ('"She sang it in one take," Ann Arbour said in a follow-up video.', ("Ann Arbour", None)),
        ('"She sang it in one take," Gil said in a later interview.', ("Gil Moss", None)),
    ],
)
def test_a_follow_up_post_is_where_the_speakers_post_was(after: str, expected: tuple[str, str | None]) -> None:
    prose = f'Gil Moss produced it. He posted a TikTok of the session with the caption "my best work."\n\n{after}'
    assert quotes(prose + _FENN_AND_MOSS) == [("Gil Moss", "TikTok"), expected]


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # "her" after someone's relative, when the one the text was about is someone the page calls "he": he cannot
        # be meant, so the one whose relative it is
        (
            "Gil Moss joined later, and he brought a drum machine.",
            [("Tom Bell", frozenset({"Bea Bell", "Cy Dorn"}), "a party in Leeds")],
        ),
        # near misses: the one the text was about is called "she", or nothing, and may be meant as well
        ("Eda Fenn joined later, and she brought a drum machine.", []),
        ("Eda Fenn joined later with a drum machine.", []),
    ],
)
def test_her_after_someones_relative_when_the_one_before_is_a_he(
    before: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    prose = f"{before} Bell's older brother, Tom Bell, introduced her to Cy Dorn at a party in Leeds."
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("denial", "responsible", "made", "expected"),
    [
        # a cleft denying someone introduced the two, then who was responsible, described after a comma, then where
        # that one made the introduction: the one responsible introduced the two the denial named, there
        (
            "It was not Eda Fenn who introduced Ann Arbour and Bea Bell.",
            "The woman responsible was Cy Dorn, Bell's old flatmate.",
            "She made the introduction at a harvest fair in Leeds.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a harvest fair in Leeds")],
        ),
        (
            "It was not Eda Fenn who introduced Ann Arbour to Bea Bell.",
            "The person responsible was Cy Dorn.",
            "Dorn made the introduction during a harvest fair in Leeds.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a harvest fair in Leeds")],
        ),
        # near misses: the sentence before denies something else; the apposition names another who is no owner;
        # "she" after a sentence naming another woman may be her, so where is not told for sure
        (
            "It was not Eda Fenn who produced the record.",
            "The woman responsible was Cy Dorn, Bell's old flatmate.",
            "She made the introduction at a harvest fair in Leeds.",
            [],
        ),
        (
            "It was not Eda Fenn who introduced Ann Arbour and Bea Bell.",
            "The woman responsible was Cy Dorn, a flatmate of Gil Moss.",
            "She made the introduction at a harvest fair in Leeds.",
            [],
        ),
        (
            "It was not Eda Fenn who introduced Ann Arbour and Bea Bell.",
            "The woman responsible was Cy Dorn, Gil Moss's old flatmate.",
            "She made the introduction at a harvest fair in Leeds.",
            [],
        ),
    ],
)
def test_the_one_responsible_after_a_denied_introducer_and_where_they_made_it(
    denial: str, responsible: str, made: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    prose = f"Arbour wrote it in a week. {denial} {responsible} {made}"
    assert intros(prose + _FENN_AND_MOSS) == expected


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # a platform's live broadcast as where someone spoke, after "on" and when told after it: named whole
        ("Bell explained the ending on Instagram Live a week after the release:", "Instagram Live"),
        ("Speaking on Facebook Live, Bell laughed:", "Facebook Live"),
        # near misses: the platform itself, and a show whose name ends with "Live", are as written
        ("Bell explained the ending on Instagram a week after the release:", "Instagram"),
        ("Bell explained the ending on Radio Nord Live a week after the release:", "Radio Nord Live"),
    ],
)
def test_a_platforms_live_broadcast_is_kept_whole(lead: str, source: str) -> None:
    assert quotes(f"The song took a year. {lead} “We never meet at the end.”") == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # a place opening the sentence, then a phrase about a programme that runs on to its own verb: the phrase is
        # the subject, the place only where; no programme for the next sentence's lead
        ("In Tromsø, the film about her sold out for a month.", None),
        ("Back then, in Tromsø, a podcast about the label had few listeners.", None),
        # near misses: the apposition closed by its comma before the subject is the programme's title
        ("In Cold Harbour, the film about her, Arbour is seen at home.", "Cold Harbour"),
        ("Back then, in Cold Harbour, a podcast about the label, Arbour spoke often.", "Cold Harbour"),
    ],
)
def test_a_phrase_after_a_fronted_place_running_to_its_verb_is_no_apposition(
    opening: str, expected: str | None
) -> None:
    prose = f"{opening} Arbour describes the night: “We were snowed in for a week.”"
    assert quotes(prose) == [("Ann Arbour", expected)]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a bare name the page does not know, as the subject of the saying: someone unnamed said it, not the one the
        # sentence before named (nor someone a pronoun before meant)
        ('Wilbur said: "We shot it in one night."', []),
        ('At the wrap party, Wilbur said: "We shot it in one night."', []),
        ('He calls Wilbur every morning. Eda Fenn sang. Later Wilbur said: "We shot it in one night."', []),
        # near misses: the one named before, a description that may be them, and a name inside another's aside
        ('Dorn said: "We shot it in one night."', [("Cy Dorn", None)]),
        ('Then the Tasmanian said: "We shot it in one night."', [("Cy Dorn", None)]),
        ('Dorn, as a fan of the band Wilbur, said: "We shot it in one night."', [("Cy Dorn", None)]),
    ],
)
def test_an_unknown_bare_name_saying_lets_no_one_else_speak(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f"The director is Cy Dorn. {lead}") == expected


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # the lead sets the words on a medium of its own, with an apposition saying what it is: that medium, not
        # the one the sentence before named
        ("Arbour was blunter on Radio Nord, the station's late show:", "Radio Nord"),
        ("Arbour was blunter on Radio Nord, NRK's second channel:", "Radio Nord"),
        # a medium of its own named in a way not read: none, rather than the one before
        ("Arbour was blunter on Radio Nord, a station in Tromsø:", None),
        # near miss: no medium of its own, the lead goes on from the interview before
        ("Arbour was blunter still:", "Mojo"),
    ],
)
def test_a_lead_on_a_medium_of_its_own_takes_no_earlier_source(lead: str, source: str | None) -> None:
    prose = f'In an interview with Mojo, Arbour said that the song was "a postcard". {lead} "It paid the rent."'
    assert quotes(prose)[-1] == ("Ann Arbour", source)


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # an earlier "her" as an object the page cannot say is anyone ("hated her for it"): the introducer's "she"
        # may go on meaning her, so whom it means is not sure
        ("My aunt took me along, and I hated her for it.", []),
        ("My aunt took me along, and I thanked her.", []),
        # near miss: "her" before a noun is whose something is, no one new for "she" to mean
        ("Bea took me along, and I loved her songs.", [("Bea Bell", frozenset({"Ann Arbour", "Gil Moss"}), "a fair")]),
    ],
)
def test_an_unknown_her_as_an_object_before_the_introducers_she(
    told: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    prose = f'Eda Fenn ran the label. Arbour said: "{told} She introduced me to Gil Moss at a fair."'
    assert intros(prose + _FENN_AND_MOSS) == expected


@pytest.mark.parametrize(
    ("after", "occasion"),
    [
        # a gathering qualifying what someone wore or carried after "in a" is no occasion
        ("in a carnival costume", None),
        ("in a birthday party hat", None),
        # near misses: the gathering itself, a part of it or a crowd at it, and a venue noun after it, are where
        ("in a carnival procession", "a carnival procession"),
        ("in a festival audience in Ghent", "a festival audience in Ghent"),
        ("in a wedding marquee", "a wedding marquee"),
        ("in a wedding", "a wedding"),
    ],
)
def test_a_gathering_qualifying_a_noun_after_in_a(after: str, occasion: str | None) -> None:
    prose = f"Eda Fenn introduced Arbour to Gil Moss {after}."
    assert intros(prose + _FENN_AND_MOSS) == [("Eda Fenn", frozenset({"Ann Arbour", "Gil Moss"}), occasion)]


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        # a name further into the "with" phrase after the part (a relation's, or a co-star's) is no word of the part
        ("In the clip, Arbour plays a waitress with the old neighbour of her cousin Gil Moss.", "a waitress"),
        ("In the clip, Arbour plays a waitress with a son of the late drummer Gil Moss.", "a waitress"),
        # near misses: a "with" phrase naming no one is the part's, however long
        (
            "In the clip, Arbour plays a waitress with a tray of cold coffee on her arm.",
            "a waitress with a tray of cold coffee on her arm",
        ),
        (
            "In the clip, Arbour plays a waitress with a long scar across her cheek.",
            "a waitress with a long scar across her cheek",
        ),
    ],
)
def test_a_name_deep_in_a_with_phrase_ends_the_part(sentence: str, part: str) -> None:
    assert cast(sentence) == [("Ann Arbour", part)]


@pytest.mark.parametrize(
    ("prose", "directors"),
    [
        # a surname of two words (a particle and a name) is the one person the page's director line names in full
        (
            "Ní Dhonnchadha directed the video herself.\n\nMusic Video Director: Órla Ní Dhonnchadha",
            ["Órla Ní Dhonnchadha"],
        ),
        ("De la Vega directed the video in a weekend.\n\nMusic Video Director: Paz de la Vega", ["Paz de la Vega"]),
        # two words that end no one's name are a director of their own
        (
            "Lea Moss directed the video in a weekend.\n\nMusic Video Director: Ivo de la Vega",
            ["Ivo de la Vega", "Lea Moss"],
        ),
    ],
)
def test_a_directors_surname_of_two_words_is_the_person_named_in_full(prose: str, directors: list[str]) -> None:
    video = doc(prose).music_video
    assert (video.directors if video else []) == directors


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a fragment in lower case set off by a comma after a saying reported with "that" is the page's report
        ('Arbour said that she wanted Gil Moss to play a pilot in it, "since he flies like one", but no more.', []),
        ('Arbour told Mojo that the chorus came to her on a bus, "of all places", and the rest at home.', []),
        # near misses: a saying with no "that" leads into its quote, and so does "that" telling when
        ('Arbour said, "Since he flies like one, he should play the pilot."', [("Ann Arbour", None)]),
        ('Arbour said that night, "Since he flies like one, he should play the pilot."', [("Ann Arbour", None)]),
    ],
)
def test_a_fragment_inside_a_reported_that_clause_is_no_quote(sentence: str, expected: list[tuple[str, None]]) -> None:
    prose = f"Arbour wrote it with Gil Moss. {sentence}"
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the casting verb after "and" starts a clause of its own: the director before it shares no part
        (
            "The video was directed by Eda Fenn and features Arbour playing a lighthouse keeper.",
            [("Ann Arbour", "a lighthouse keeper")],
        ),
        (
            "The video was shot by Eda Fenn and stars Arbour as a lighthouse keeper.",
            [("Ann Arbour", "a lighthouse keeper")],
        ),
        # near miss: what the second is, before the name, still shares the part
        (
            "In the video, Arbour and footballer Gil Moss play lighthouse keepers.",
            [("Ann Arbour", "lighthouse keepers"), ("Gil Moss", "lighthouse keepers")],
        ),
    ],
)
def test_a_casting_verb_before_the_last_name_shares_no_part(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(f"Arbour wrote it with Gil Moss. {sentence}") == expected


@pytest.mark.parametrize(
    ("after", "part"),
    [
        # after "as" the part is whole: the named town the place is in is the place's
        ("at the harbour in Tallinn", "a fishwife mending nets at the harbour in Tallinn"),
        ("at the fish market in Alesund", "a fishwife mending nets at the fish market in Alesund"),
        # near misses: "in" before someone of the page, or a time, is no town
        ("at the harbour in Gil Moss's boat", "a fishwife mending nets at the harbour"),
        ("at the harbour in the final scene", "a fishwife mending nets at the harbour"),
    ],
)
def test_the_town_a_place_after_as_is_in(after: str, part: str) -> None:
    prose = f"Arbour wrote it with Gil Moss. In the video, Arbour appears as a fishwife mending nets {after}."
    assert cast(prose) == [("Ann Arbour", part)]


@pytest.mark.parametrize(
    ("doing", "expected"),
    [
        # an instrument played after a cameo's comma is what they do there, no part
        ("playing guitar on a balcony", [("Gil Moss", None)]),
        ("playing the accordion by the door", [("Gil Moss", None)]),
        # near miss: "playing" a role is the part
        ("playing the vicar", [("Gil Moss", "the vicar")]),
    ],
)
def test_a_cameo_playing_an_instrument(doing: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(f"Arbour wrote it with Gil Moss. In the video, Moss makes a cameo, {doing}.") == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # what a member of the public is, capitalised as it opens the sentence, is no word of their name
        ('Pensioner Vera Lindqvist was blunter: "I turn it off every time."', "Vera Lindqvist"),
        ('Commuter Vera Lindqvist was blunter: "I turn it off every time."', "Vera Lindqvist"),
        # near miss: a name opening the sentence is kept whole
        ('Vera Lindqvist was blunter: "I turn it off every time."', "Vera Lindqvist"),
    ],
)
def test_a_lay_role_before_a_name_opening_the_sentence(sentence: str, speaker: str) -> None:
    assert quotes(sentence) == [(speaker, None)]


def test_a_lay_role_after_is_a_stays_a_part() -> None:
    # the nouns of members of the public are no descriptions of someone: "is a passenger" is a part still
    prose = "Arbour wrote it with Gil Moss. In the video, Moss is a passenger without a ticket."
    assert cast(prose) == [("Gil Moss", "a passenger without a ticket")]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # a medium told as a channel before its name, and words given in a statement to a medium
        ("Moss told the cable channel Kanal Vest:", "Kanal Vest"),
        ("In a statement to Radio Nord, Moss said:", "Radio Nord"),
        ("In comments to the Harbour Courier, Moss said:", "Harbour Courier"),
        # near misses: a statement to someone is no medium, nor is a channel with no name after it
        ("In a statement to Cy Dorn, Moss said:", None),
        ("Moss told the channel:", None),
    ],
)
def test_a_channel_and_a_statement_to_a_medium(lead: str, source: str | None) -> None:
    assert quotes(f'Arbour wrote it with Gil Moss. {lead} "I cannot surf at all."') == [("Gil Moss", source)]


_SEGMENT_OPENING = (
    "Ann Arbour and Gil Moss were the guests on Friday's edition of Late Lanterns, the night show on Radio Nord, "
    "talking to presenter Eda Fenn about the song.\n\nThe two met at a fair in Hull."
)


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # a write-up of a programme's segment: words quoted with no medium of their own were said on it
        ('"We met over a broken amp," Arbour told Fenn.', "Late Lanterns"),
        ('Reporter Cy Dorn went to a market in Hull. "I hum it all day," said shopper Vera Lind.', "Late Lanterns"),
        ('Moss did not dispute it. "She is right," he said.', "Late Lanterns"),
        # near misses: a medium of their own, and a saying of another time
        ('Moss told the daily Hull Courier: "She is right."', "Hull Courier"),
        ('Years earlier, Moss had told his mother: "She is right."', None),
    ],
)
def test_quotes_of_a_segment_write_up(lead: str, source: str | None) -> None:
    assert quotes(f"{_SEGMENT_OPENING}\n\n{lead}")[-1][1] == source


@pytest.mark.parametrize(
    "opening",
    [
        # the programme named as where the guests were, in other shapes
        "Ann Arbour and Gil Moss were in the studio for Late Lanterns on Radio Nord, telling presenter Eda Fenn.",
        "Ann Arbour joined presenter Eda Fenn on Radio Nord's evening programme, Late Lanterns, on Monday.",
        "The song was the subject of a long segment on Late Lanterns on Radio Nord, and presenter Eda Fenn loved it.",
    ],
)
def test_the_segment_a_page_writes_up(opening: str) -> None:
    prose = f'{opening}\n\nArbour wrote it with Gil Moss.\n\n"We met over a broken amp," Arbour said.'
    assert quotes(prose) == [("Ann Arbour", "Late Lanterns")]


@pytest.mark.parametrize(
    "prose",
    [
        # the page says nothing of the programme beyond naming it (no presenter, no "the programme"): no write-up
        "Ann Arbour was the guest on Friday's edition of Late Lanterns, the night show on Radio Nord.\n\n"
        '"We met over a broken amp," Arbour said.',
        # a programme named only after the opening is no segment the page writes up
        "Arbour wrote it with Gil Moss.\n\nThe two met at a fair.\n\nThey toured Norway.\n\n"
        "Later Arbour was the guest on an edition of Late Lanterns, talking to presenter Eda Fenn.\n\n"
        '"We met over a broken amp," Arbour said.',
    ],
)
def test_no_segment_write_up(prose: str) -> None:
    assert quotes(prose)[-1] == ("Ann Arbour", None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one object and then "as": presenting them to an audience as something, not to each other
        ('Eda Fenn introduced the pair as "the oddest duet of the year".', []),
        ("Eda Fenn introduced Arbour and Moss as the best voices in Hull.", []),
        # near misses: an occasion after the pair, and "as" after two people introduced to each other
        (
            "Eda Fenn introduced the pair at a fair in Hull.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair in Hull")],
        ),
        (
            "Eda Fenn introduced Arbour to Moss as her best friend.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Gil Moss"}), None)],
        ),
    ],
)
def test_introduced_as_presents_them(sentence: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert intros(f"Arbour wrote it with Gil Moss. {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside between dashes names the introducer in full, after a shorter name of theirs with a kin word or a
        # title before it, or after a relation of someone's
        (
            "Grandpa Tomasz - Tomasz Nowak, a retired welder who still fixes the van - brought Arbour and Gil Moss "
            "together at a church fete.",
            [("Tomasz Nowak", frozenset({"Ann Arbour", "Gil Moss"}), "a church fete")],
        ),
        (
            "Uncle Nowak - Tomasz Nowak, a retired welder - is the one who brought Arbour and Gil Moss together at a "
            "church fete.",
            [("Tomasz Nowak", frozenset({"Ann Arbour", "Gil Moss"}), "a church fete")],
        ),
        (
            "Arbour's nonna - her grandmother, Lucia Bassi, a baker from Bari - connected her with Gil Moss at a "
            "wedding.",
            [("Lucia Bassi", frozenset({"Ann Arbour", "Gil Moss"}), "a wedding")],
        ),
        (
            "Auntie Rose - Rose Halloran, who runs the pub - put Arbour in touch with Gil Moss at a wake.",
            [("Rose Halloran", frozenset({"Ann Arbour", "Gil Moss"}), "a wake")],
        ),
        # near misses: two people between the dashes' ends, not one named twice (a first name, or a surname they
        # share, without a title); no dash opening the aside; the aside naming someone else of the page
        ("Tomasz Nowak - Ewa Nowak, a retired welder - brought Arbour and Gil Moss together at a church fete.", []),
        ("Grandpa Tomasz - Ewa Nowak, a retired welder - brought Arbour and Gil Moss together at a church fete.", []),
        ("Ewa Nowak, a retired welder - brought Arbour and Gil Moss together at a church fete.", []),
        (
            "Grandpa Tomasz - Tomasz Nowak, an old friend of Eda Fenn - brought Arbour and Gil Moss together at a "
            "church fete.",
            [],
        ),
    ],
)
def test_an_introducer_named_in_full_between_dashes(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence + _FENN_AND_MOSS) == expected


def test_a_time_between_the_one_connected_and_the_other() -> None:
    # "connected A years later with B": when, told between the two, as between a meeting and its means
    prose = "Eda Fenn connected Arbour two years later with Gil Moss at a fair."
    assert intros(prose + _FENN_AND_MOSS) == [("Eda Fenn", frozenset({"Ann Arbour", "Gil Moss"}), "a fair")]


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # a family's word for a relative, told again in English and named between dashes, is what they are called
        ("Arbour's nonno - her grandfather, Luca Bassi, a retired baker - ran the bar.", [("Luca Bassi", "a waiter")]),
        ("Arbour's oma - her grandmother, Ilse Brandt, who still sews - ran the bar.", [("Ilse Brandt", "a waiter")]),
        # near misses: a role or group of hers, no relation's word; a gloss that is no relation; no gloss at all
        ("Arbour's band - her uncle, Luca Bassi, a retired baker - ran the bar.", []),
        ("Arbour's nonno - her manager, Luca Bassi, a retired baker - ran the bar.", []),
        ("Arbour's nonno, Luca Bassi, ran the bar.", []),
    ],
)
def test_a_family_word_for_a_relative_glossed_and_named(told: str, expected: list[tuple[str, str | None]]) -> None:
    word = told.split("'s ", 1)[1].split()[0].capitalize()
    assert cast(f"{told} In the clip, {word} plays a waiter.") == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # putting it in a few words is saying it; where it was put is the quote's source
        ("Eda Fenn directed it, with Gil Moss in it. Arbour summed up the night on TikTok:", ("Ann Arbour", "TikTok")),
        ("Eda Fenn directed it, with Gil Moss in it. Arbour sums up the tour for Mojo:", ("Ann Arbour", "Mojo")),
        ("Arbour sang, and Eda Fenn summed up the night on TikTok:", ("Eda Fenn", "TikTok")),
        # near misses: a sum added up, no words said, nor a platform after "on" that is a day
        ("Eda Fenn directed it, with Gil Moss in it. Arbour added up the bill at Mojo:", ("Ann Arbour", None)),
        ("Arbour sang, and Eda Fenn summed up the night on Saturday:", ("Eda Fenn", None)),
    ],
)
def test_summing_up_is_saying(lead: str, expected: tuple[str, str | None]) -> None:
    assert quotes(f'{lead} "Nobody slept, and nobody minded."' + _FENN_AND_MOSS)[-1] == expected


@pytest.mark.parametrize(
    ("after", "occasion"),
    [
        # a month or a weekday told back from another event ("the April before") is when, as "the summer before" is
        ("at a fair in Ghent the April before", "a fair in Ghent"),
        ("at a fair in Ghent the Sunday after", "a fair in Ghent"),
        # near misses: a name that is no month or weekday before "before" stays; a month with no "before" stays
        ("at a party at the Ritz before the show", "a party at the Ritz"),
        ("at a fair in Ghent the April", "a fair in Ghent the April"),
    ],
)
def test_a_month_told_back_from_another_event_ends_the_occasion(after: str, occasion: str | None) -> None:
    prose = f"Eda Fenn introduced Arbour to Gil Moss {after}."
    assert intros(prose + _FENN_AND_MOSS) == [("Eda Fenn", frozenset({"Ann Arbour", "Gil Moss"}), occasion)]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # a speech or a toast begun or ended with the words after the colon is its giver's saying, whoever the
        # sentence after it names
        ("The bride's father, Gil Moss, opened his speech that night with:", "Gil Moss"),
        ("At the party, Gil Moss ended her toast with these words:", "Gil Moss"),
        # near miss: a door opened with words is no speech; the sentence after the quote is read as before
        ("The bride's father, Gil Moss, opened the door that night with:", "Ann Arbour"),
    ],
)
def test_words_a_speech_was_opened_with_are_its_givers(lead: str, speaker: str) -> None:
    prose = f'{lead} "We are all one family today." Arbour says the chorus began right there.'
    assert quotes(prose) == [(speaker, None)]


@pytest.mark.parametrize(
    ("name", "speaker"),
    [
        # a title of rank before a full name is no part of the name
        ("Chief Gil Moss", "Gil Moss"),
        ("Alhaji Gil Moss", "Gil Moss"),
        # near miss: before one word it may be a stage name's own first word
        ("Chief Keef", "Chief Keef"),
    ],
)
def test_a_title_of_rank_before_a_full_name(name: str, speaker: str) -> None:
    assert quotes(f'{name} said: "We are all one family today."') == [(speaker, None)]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # words written in a guestbook (or a visitors' book) were given there
        ("The next morning Bea Bell wrote in the guestbook:", "guestbook"),
        ("Bea Bell left a line in the venue's visitors' book:", "visitors' book"),
        ("Bea Bell left a line in Gil Moss's guest book:", "guest book"),
        # near misses: a guestbook found somewhere, a guest room, are not where the words were written
        ("Bea Bell found the guestbook in the hall and said:", None),
        ("Bea Bell wrote in the guest room:", None),
    ],
)
def test_words_written_in_a_guestbook(lead: str, source: str | None) -> None:
    assert quotes(f'{lead} "Lovely day, shame about the rain."') == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("lead", "told"),
    [
        # a post put (or pinned) on a platform, with a caption or a comment under it: the platform is the source, and
        # whoever put it up with the caption is the speaker, whoever the sentence before named
        (
            "Gil Moss sang all night. The venue's manager, Bea Bell, put the reel on Instagram with the caption:",
            ("Bea Bell", "Instagram"),
        ),
        ("When we put a still from the shoot on Facebook, Bea Bell commented:", ("Bea Bell", "Facebook")),
        ("Bea Bell still has the clip pinned on Instagram, with her caption:", ("Bea Bell", "Instagram")),
        # near misses: put on what is no platform is no post
        ("Bea Bell put the kettle on Sunday morning and said:", ("Bea Bell", None)),
        ("Bea Bell put the demo on Radio Nord and said:", ("Bea Bell", None)),
    ],
)
def test_a_post_put_on_a_platform_with_a_caption(lead: str, told: tuple[str, str | None]) -> None:
    assert quotes(f'{lead} "Best night of the year."') == [told]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # words taken from a post, which the page names by its platform, were given there
        ("Bea Bell's version, from a Facebook post she wrote when the album came out, is the shortest:", "Facebook"),
        ("Bea Bell's version, from an old Instagram caption, is the shortest:", "Instagram"),
        # near misses: a friend met on a platform, a post office in a city, are no post
        ("Bea Bell got the idea from a Facebook friend and said:", None),
        ("Bea Bell came back from a Berlin post office and said:", None),
    ],
)
def test_words_from_a_post_named_by_its_platform(lead: str, source: str | None) -> None:
    assert quotes(f'{lead} "I came to sing and I stayed."') == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        # a participle after the clause of two subjects is both of theirs; a reflexive part is one as after "as"
        (
            "Arbour and Gil Moss restaged their first dance for the video, playing themselves.",
            [("Ann Arbour", "themselves"), ("Gil Moss", "themselves")],
        ),
        ("In the video, Arbour sings on a rooftop, playing herself.", [("Ann Arbour", "herself")]),
        # near misses: what two subjects play is no part ("the drums", "it"), nor is a bare plural read as one
        ("In the video, Arbour and Gil Moss dance on a rooftop, playing the drums.", []),
        ("Arbour and Gil Moss wrote the song in a week, playing it every night.", []),
    ],
)
def test_a_part_in_a_participle_after_two_subjects(sentence: str, parts: list[tuple[str, str]]) -> None:
    assert cast(sentence) == parts


@pytest.mark.parametrize(
    ("opening", "occasion"),
    [
        # a time counted back, told first, is no part of where (the count opening the sentence may read as a name)
        ("Three years ago, at a fair in Ghent,", "a fair in Ghent"),
        ("A few months later, at a fair in Ghent,", "a fair in Ghent"),
        # near miss: a phrase of no time before where leaves where unread
        ("Three friends, at a fair in Ghent,", None),
    ],
)
def test_a_time_counted_back_before_a_fronted_occasion(opening: str, occasion: str | None) -> None:
    prose = f"{opening} Eda Fenn introduced Arbour to Gil Moss."
    assert intros(prose + _FENN_AND_MOSS) == [("Eda Fenn", frozenset({"Ann Arbour", "Gil Moss"}), occasion)]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # a speech given, the clause leading straight into its words, is its giver's saying, whoever else it names
        ("Gil Moss was best man, and he gave a speech that Arbour has kept on her phone ever since:", "Gil Moss"),
        ("Bea Bell sat with Arbour while Gil Moss made a short toast to the couple:", "Gil Moss"),
        # near misses: another's saying after the speech is theirs; a lift given is no speech; another subject after
        # the speech may be whose words they are
        ("At the wedding, Gil Moss gave a speech, and Arbour replied:", "Ann Arbour"),
        ("Gil Moss gave Arbour a lift home, and she said:", "Ann Arbour"),
        ("Gil Moss gave a speech and Arbour wept:", None),
    ],
)
def test_words_of_a_speech_given_are_its_givers(lead: str, speaker: str | None) -> None:
    expected = [(speaker, None)] if speaker else []
    assert quotes(f'{lead} "We are all one family today."') == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a passive's agent before "X, who <saying> about ...": X's own telling, when the lead names no one else
        ("The part was played by Cy Dorn, who still laughs about it:", [("Cy Dorn", None)]),
        ("The letter was read out by Cy Dorn, who says that it moved him:", [("Cy Dorn", None)]),
        # near misses: someone else named with the agent; a saying of no "about", which may pass the letter on
        ("Bell's part was played by Cy Dorn, who still laughs about it:", []),
        ("The letter was read out by Cy Dorn, who said on Radio Nord:", []),
    ],
)
def test_a_relative_clause_of_speaking_about_after_a_passives_agent(
    lead: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(f'Ann and Bea had never met. {lead} "I slept through most of it."') == expected


@pytest.mark.parametrize(
    ("prose", "source"),
    [
        # a critic's words printed in a paper: the writing has no object but the words quoted
        ('"A small song about a long winter," wrote Gil Moss in Harbour Weekly.', "Harbour Weekly"),
        ('"A small song about a long winter," Gil Moss wrote in the Courier that spring.', "Courier"),
        ('"A small song about a long winter," wrote Gil Moss in QRM.', "QRM"),
        # near misses: a country or a language after "in" is where, or in what tongue; "wrote it in" is a song's
        # writing
        ('"A small song about a long winter," Gil Moss wrote in Norway.', None),
        ('"A small song about a long winter," Gil Moss wrote in Spanish.', None),
        ('"A small song about a long winter," Gil Moss wrote it in Harbour Weekly.', None),
        # nor is a name a noun after it qualifies ("the Harbour group of papers": a company)
        ('"A small song about a long winter," Gil Moss wrote in the Harbour group of papers.', None),
    ],
)
def test_a_quote_written_in_a_publication(prose: str, source: str | None) -> None:
    assert quotes(prose) == [("Gil Moss", source)]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # a word repeated either side of "by" is an idiom of the title ("step by step")
        ("Speaking on the podcast Shot by Shot in 2020, Gil Moss remembered the day:", "Shot by Shot"),
        ("Talking to the radio show Song by Song, Gil Moss remembered the day:", "Song by Song"),
        # near misses: "by" between other words names whose the programme is, and ends the title
        ("Speaking on the podcast Harbour Lights by Eda Fenn in 2020, Gil Moss remembered the day:", "Harbour Lights"),
        (
            "Speaking on the podcast Notes from the Pier by Eda Fenn, Gil Moss remembered the day:",
            "Notes from the Pier",
        ),
    ],
)
def test_a_programme_titled_with_a_word_repeated_around_by(lead: str, source: str) -> None:
    assert quotes(f'{lead} "We had one night on the pier and nothing else."') == [("Gil Moss", source)]


@pytest.mark.parametrize(
    ("prose", "said"),
    [
        # a title in capitals inside a sentence begun before it, the comma after it the sentence's own
        ('Ten years on from "Harbour Songs", Gil Moss says she still cannot listen to "Night Trains".', []),
        ('After "Harbour Songs", Gil Moss said, "we needed a long break from each other."', ["we needed a long"]),
        # near misses: the same words opening the sentence or the paragraph are said
        ('"Never Again", Gil Moss says of the tour.', ["Never Again"]),
        ('The tour was long. "Never Again", Gil Moss says of it.', ["Never Again"]),
    ],
)
def test_a_title_inside_a_sentence_is_no_quote(prose: str, said: list[str]) -> None:
    assert [" ".join(q.text.split()[:4]) for q in doc(prose).quotes] == said


@pytest.mark.parametrize(
    ("opening", "occasion"),
    [
        # a season named by "that", told first, is when: the occasion after it is still where
        ("That winter, during a residency at Harwick Hall, it was Eda Fenn who", "a residency at Harwick Hall"),
        ("That spring, at a fair in Ghent, Eda Fenn", "a fair in Ghent"),
        # near misses: a time after it is no occasion; nor is one told after the introduction
        ("That spring, at the same time, Eda Fenn", None),
        ("That spring Eda Fenn", None),
    ],
)
def test_an_occasion_after_a_fronted_season(opening: str, occasion: str | None) -> None:
    prose = f"{opening} introduced Arbour to Gil Moss."
    assert intros(prose + _FENN_AND_MOSS) == [("Eda Fenn", frozenset({"Ann Arbour", "Gil Moss"}), occasion)]


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # a year told between "who" (or the subject) and the verb is when
        (
            "Eda Fenn, who in 2003 had introduced Arbour and Gil Moss at a fair in Ghent, now runs a bar.",
            "a fair in Ghent",
        ),
        ("Eda Fenn, who in 2003 introduced Arbour to Gil Moss, now runs a bar.", None),
        ("Eda Fenn in 2003 introduced Arbour to Gil Moss at a fair in Ghent.", "a fair in Ghent"),
    ],
)
def test_a_year_before_the_verb_of_introducing(sentence: str, occasion: str | None) -> None:
    assert intros(sentence + _FENN_AND_MOSS) == [("Eda Fenn", frozenset({"Ann Arbour", "Gil Moss"}), occasion)]


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a year before another verb, or a year that is no time of the introducer's doing
        "Eda Fenn, who in 2003 had warned Arbour about Gil Moss, now runs a bar.",
        "Eda Fenn, who was born in 2003, had heard of Arbour and Gil Moss.",
    ],
)
def test_a_year_before_another_verb_is_no_introduction(sentence: str) -> None:
    assert intros(sentence + _FENN_AND_MOSS) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # an apposition about each of the two, naming places only, before the passive
        "Arbour, a Leeds-born singer then working nights in a bakery, and Gil Moss, a drummer from Hull by way of "
        "York, were introduced by the promoter Eda Fenn at a party.",
        "Arbour, a singer, and Gil Moss, a drummer, were introduced by the promoter Eda Fenn at a party.",
        "Arbour and Gil Moss, a drummer from Hull, were introduced by the promoter Eda Fenn at a party.",
    ],
)
def test_the_two_described_in_apposition_before_the_passive(sentence: str) -> None:
    assert intros(sentence + _FENN_AND_MOSS) == [("Eda Fenn", frozenset({"Ann Arbour", "Gil Moss"}), "a party")]


def test_an_apposition_naming_someone_else_before_the_passive() -> None:
    # near miss: whose friend the first is is someone else, whom the sentence may mean as one of the two
    prose = "Arbour, a friend of Cy Dorn, and Gil Moss were introduced by the promoter Eda Fenn at a party."
    assert intros(prose + _FENN_AND_MOSS) == []


def test_a_sentence_saying_who_something_was_is_about_them() -> None:
    # "The first link was X": whom the sentence specifies is whom "she" in the next one means
    prose = (
        "The first link was Eda Fenn, who had heard Gil Moss sing in Hull. In 1992 she introduced Arbour to Gil Moss."
    )
    assert intros(prose + _FENN_AND_MOSS) == [("Eda Fenn", frozenset({"Ann Arbour", "Gil Moss"}), None)]
    said = (
        "The second link was Eda Fenn herself, who had sung with Gil Moss in Hull. "
        '"I was the one who found the room for them both," she told us.'
    )
    assert [(q.speaker, q.source) for q in doc(said + _FENN_AND_MOSS).quotes] == [("Eda Fenn", None)]


@pytest.mark.parametrize(
    "prose",
    [
        # near misses: what the sentence specifies is a thing of theirs, or the description names another first
        "The first link was a demo of Eda Fenn's, which Gil Moss had heard in Hull. In 1992 she introduced Arbour to "
        "Gil Moss.",
        "The first link with Eda Fenn was Gil Moss, who had heard Arbour sing in Hull. In 1992 she introduced "
        "Arbour to Bea Bell.",
    ],
)
def test_a_sentence_specifying_no_one_leaves_she_unsure(prose: str) -> None:
    assert intros(prose + _FENN_AND_MOSS) == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a long apposition opened by an article, a relative clause inside naming only a place, before "connected"
        (
            "Arbour and Gil Moss had never met when Eda Fenn, an old school friend of hers who was then working at a "
            "Lisbon record shop, connected them over email.",
            True,
        ),
        # near miss: one naming two others, whom "them" may mean as well
        (
            "Arbour and Gil Moss had never met when Eda Fenn, the manager who had signed Gil Moss and Bea Bell to "
            "her label the year before, connected them over email.",
            False,
        ),
    ],
)
def test_a_long_apposition_before_connected_them(sentence: str, found: bool) -> None:
    expected = [("Eda Fenn", frozenset({"Ann Arbour", "Gil Moss"}), None)] if found else []
    assert intros(sentence + _FENN_AND_MOSS) == expected


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # where, set off by commas after when is told first
        ("Ten years later, on Radio Kestrel 98.4, Gil Moss finally explained the verse:", "Radio Kestrel 98.4"),
        ("In 2019, on Harbour FM, Gil Moss finally explained the verse:", "Harbour FM"),
        # near misses: a new full name there is whom the words are about; a feast day is when
        ("Years later, on Eda Fenn, Gil Moss said:", None),
        ("Years later, on Christmas Eve, Gil Moss finally explained the verse:", None),
    ],
)
def test_where_set_off_after_a_fronted_when(lead: str, source: str | None) -> None:
    assert quotes(f'{lead} "I wrote that verse about my grandmother and her rings."') == [("Gil Moss", source)]


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        # two words for what kind of cameo, a comma between them or none
        ("In the video, Gil Moss makes a wordless, rain-soaked cameo in the last scene.", [("Gil Moss", None)]),
        ("In the video, Gil Moss has a short silent cameo.", [("Gil Moss", None)]),
        # near miss: a cameo someone else makes, after a thing the first made
        ("In the video, Gil Moss makes a sandwich, and a dog makes a cameo.", []),
    ],
)
def test_a_cameo_of_two_kinds(sentence: str, members: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == members


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        # after "plays", a participle's object then where between or among things tells the scene, and is cut
        ("In the clip, Arbour plays a widow hanging washing between two fences.", "a widow"),
        ("In the clip, Arbour plays a boy hiding money among the cushions.", "a boy"),
        ("In the clip, Arbour plays a tailor sewing lace beneath a lamp.", "a tailor"),
        # near misses: the same place with no participle before it, and after "as" (where the part is whole)
        ("In the clip, Arbour plays a widow between two fences.", "a widow between two fences"),
        (
            "In the clip, Arbour appears as a widow hanging washing between two fences.",
            "a widow hanging washing between two fences",
        ),
    ],
)
def test_a_participles_place_between_or_among_things_after_plays(sentence: str, part: str) -> None:
    assert cast(sentence) == [("Ann Arbour", part)]


@pytest.mark.parametrize(
    ("where", "occasion"),
    [
        # a relative clause without "who" or "that", opened by a subject pronoun after the occasion's noun, is cut
        ("at the barbecue she threw for her birthday", "the barbecue"),
        ("at a gig we played in Leeds", "a gig"),
        ("during the open day they ran at the college", "the open day"),
        # near misses: a possessive pronoun, or a place after a preposition, goes on with the occasion
        ("at a gig for her students", "a gig for Eda Fenn's students"),
        ("at a gig in Leeds", "a gig in Leeds"),
    ],
)
def test_an_occasion_without_the_relative_clause_a_pronoun_opens(where: str, occasion: str) -> None:
    prose = f"Eda Fenn introduced Arbour to Gil Moss {where}."
    assert intros(prose + _FENN_AND_MOSS) == [("Eda Fenn", frozenset({"Ann Arbour", "Gil Moss"}), occasion)]


@pytest.mark.parametrize(
    ("goes_on", "occasion"),
    [
        # the introducer's own clause after the people, a dozen words long and closed by the quote's comma, says no
        # where: the sentence after the quote tells it
        ("and I will be telling that story for the rest of my days", "a fair in Leeds"),
        ("and I would do it again", "a fair in Leeds"),
        # near miss: the clause says where of its own, so the sentence after may be of that
        ("and I will be telling that story at every party I go to", None),
    ],
)
def test_the_introducers_long_clause_in_a_quote_then_where_after_it(goes_on: str, occasion: str | None) -> None:
    prose = f'"I introduced Arbour to Gil Moss, {goes_on}," says Eda Fenn. It was at a fair in Leeds.'
    assert intros(prose + _FENN_AND_MOSS) == [("Eda Fenn", frozenset({"Ann Arbour", "Gil Moss"}), occasion)]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the teller's own programme, "our" or "my", named after a comma, is where the words were said
        ("Arbour came on our podcast, Slow Hours, and said:", ("Ann Arbour", "Slow Hours")),
        ("On my podcast, Tape Hiss, Arbour explained:", ("Ann Arbour", "Tape Hiss")),
        ("Arbour was a guest on our shop podcast, Tape Hiss, in May:", ("Ann Arbour", "Tape Hiss")),
        # near misses: a name after the comma that goes on to a verb is the speaker; "our neighbour" is no programme
        ("On our podcast, Cy Dorn said:", ("Cy Dorn", None)),
        ("Arbour talked to our neighbour, Cy Dorn, and said:", ("Ann Arbour", None)),
    ],
)
def test_our_own_programme_named_after_a_comma_is_the_source(lead: str, expected: tuple[str, str | None]) -> None:
    assert quotes(f'{lead} "We wrote it in a van."') == [expected]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # a full name told, then the programme they were told on: the programme is where
        ("Arbour told Cy Dorn on Radio Nord:", "Radio Nord"),
        ("Arbour told Eda Fenn on Harbour FM that night:", "Harbour FM"),
        # near misses: a day after "on" is when, and a full name told alone stays as it was read
        ("Arbour told Cy Dorn on Tuesday:", "Cy Dorn"),
        ("Arbour told Cy Dorn:", "Cy Dorn"),
    ],
)
def test_a_name_told_on_a_programme(lead: str, source: str) -> None:
    assert quotes(f'{lead} "We wrote it in a van."') == [("Ann Arbour", source)]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # a name at a post of the shop's staff is someone at work there, no medium
        ("Arbour told Callum on the till:", None),
        ("Arbour told Maddox behind the counter:", None),
        # near misses: a medium told alone, or on the phone
        ("Arbour told Mojo:", "Mojo"),
        ("Arbour told Mojo on the phone:", "Mojo"),
    ],
)
def test_someone_told_at_their_post_is_no_source(lead: str, source: str | None) -> None:
    assert quotes(f'{lead} "We wrote it in a van."') == [("Ann Arbour", source)]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # a sign-on, the writer's name then "here" opening the sentence, names the narration's "I"
        (
            "Eda Fenn here, Saturdays and the jazz racks.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Gil Moss"}), "a fair")],
        ),
        ("Hello, night owls! Eda Fenn here.", [("Eda Fenn", frozenset({"Ann Arbour", "Gil Moss"}), "a fair")]),
        # near misses: "here" that goes on into the sentence, or after a verb, signs no one on
        ("Eda Fenn here is our manager.", []),
        ("Eda Fenn stood here, by the door.", []),
    ],
)
def test_a_sign_on_names_the_narrations_i(opening: str, expected: list[tuple[str, frozenset[str], str]]) -> None:
    prose = f"{opening} I introduced Arbour to Gil Moss at a fair."
    assert intros(prose + _FENN_AND_MOSS) == expected


@pytest.mark.parametrize(
    ("sentence", "her"),
    [
        # an object "her" whose verb's subject is one of the two people the sentence names means the other
        ("Mira Holm told Mojo that it was easy, and Cy Dorn agrees with her.", ("Mira Holm",)),
        ("Mira Holm sang the verse, and Cy Dorn recorded her in one take.", ("Mira Holm",)),
        # near misses: a possessive "her" is no object of the verb; with a third person named, whom is not sure
        ("Mira Holm sang the verse, and Cy Dorn recorded her vocal in one take.", ()),
        ("Mira Holm told Sam Ives that it was easy, and Cy Dorn agrees with her.", ()),
        # near miss: the two joined as one subject, of whom "her" is neither
        ("Mira Holm and Cy Dorn were introduced by her.", ()),
    ],
)
def test_an_object_her_after_one_of_two_named_means_the_other(sentence: str, her: tuple[str, ...]) -> None:
    from songgraph.ingest.page.clauses import Discourse

    people = People(page="p.txt", known={})
    for name in ("Mira Holm", "Cy Dorn", "Sam Ives"):
        people.canonical(name)
    clause = Discourse(people).read(sentence)
    assert [m.people for m in clause.mentions if m.text == "her"] == [her]


def test_he_after_two_named_one_of_them_called_her_quotes_the_other() -> None:
    # the page credits both: "her" is Eda Fenn, so the "he" after is Gil Moss
    prose = (
        'Eda Fenn told Mojo that it was "easy", and Gil Moss agrees with her, mostly. When he played a set for us, '
        'he laughed it off: "Easy for her."'
    )
    assert quotes(prose + _FENN_AND_MOSS)[-1][0] == "Gil Moss"


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # a name, then what it is as an apposition (a session, a podcast), where one came or spoke
        ("Arbour came to Tape Hiss, our Tuesday listening session, and explained:", "Tape Hiss"),
        ("Arbour talked about it on Slow Hours, the little podcast we record upstairs:", "Slow Hours"),
        # the teller's own event, played; an event's name before the set played there
        ("Arbour put it best when she played our Late Lights:", "Late Lights"),
        ("When she did a Tape Hiss set for us, Arbour laughed:", "Tape Hiss"),
        # near misses: a noun after the kind makes the apposition someone's description; a set named by no event
        ("Arbour talked to Gil Moss, the podcast host, and said:", None),
        ("When she did a solo set for us, Arbour laughed:", None),
    ],
)
def test_a_session_or_programme_named_with_what_it_is(lead: str, source: str | None) -> None:
    assert quotes(f'{lead} "We wrote it in a van."') == [("Ann Arbour", source)]


def test_the_lead_naming_its_own_session_goes_before_the_sentence_that_named_the_speaker() -> None:
    # the lead's "he", its "us" and the session it names tell of the speaker alone: where it names is where
    prose = (
        'Eda Fenn told Mojo that it was "easy", and Gil Moss agrees with her. When he did a Tape Hiss set for us, '
        'he laughed it off: "Easy for her."'
    )
    assert quotes(prose + _FENN_AND_MOSS)[-1] == ("Gil Moss", "Tape Hiss")


def _selves_and_pronouns(sentences: list[str]) -> tuple[str | None, list[tuple[str, tuple[str, ...]]]]:
    from songgraph.ingest.page.clauses import Discourse

    people = People(page="p.txt", known={})
    for name in ("Mira Holm", "Cy Dorn", "Sam Ives"):
        people.canonical(name)
    discourse = Discourse(people)
    for sentence in sentences[:-1]:
        discourse.after(discourse.read(sentence))
    clause = discourse.read(sentences[-1])
    return people.selves.get("Cy Dorn"), [(m.text, m.people) for m in clause.mentions if m.kind == "pronoun"]


_HOLM_IS_SHE = "Mira Holm grew up in Leeds, where she learned the fiddle."


@pytest.mark.parametrize(
    ("sentences", "dorn_is"),
    [
        # "his" in a relative clause about the last of two named, the other of whom the page calls "she": that one
        ([_HOLM_IS_SHE, "Holm wrote it with Cy Dorn, who produced it at his studio."], "himself"),
        # near misses: nothing known of Holm; no relative clause about Dorn; a third named before the "his"
        (["Holm wrote it with Cy Dorn, who produced it at his studio.", "x."], None),
        ([_HOLM_IS_SHE, "Holm wrote it with Cy Dorn, and they mixed it at his studio."], None),
        ([_HOLM_IS_SHE, "Holm wrote it with Sam Ives and Cy Dorn, who produced it at his studio."], None),
    ],
)
def test_his_in_a_relative_clause_about_the_other_of_two(sentences: list[str], dorn_is: str | None) -> None:
    assert _selves_and_pronouns([*sentences, "x."])[0] == dorn_is


@pytest.mark.parametrize(
    ("before", "pronoun", "meant"),
    [
        # after a sentence about the two, a "she" or "he" opening the next is the one of them the page calls so
        ("The two of them have worked together for years.", "She", ("Mira Holm",)),
        ("The two of them have worked together for years.", "He", ("Cy Dorn",)),
        # near miss: a sentence about the two and someone else named with them
        ("They have worked together for years with Sam Ives.", "She", ("Sam Ives",)),
    ],
)
def test_a_pronoun_after_a_sentence_about_the_two(before: str, pronoun: str, meant: tuple[str, ...]) -> None:
    sentences = [_HOLM_IS_SHE, "Holm wrote it with Cy Dorn, who produced it at his studio.", before]
    assert _selves_and_pronouns([*sentences, f"{pronoun} told Mojo about it."])[1] == [(pronoun, meant)]


def test_a_pronoun_after_the_two_is_no_one_when_the_page_calls_neither() -> None:
    sentences = ["Holm wrote it with Cy Dorn.", "The two of them have worked together for years."]
    assert _selves_and_pronouns([*sentences, "She told Mojo about it."])[1] == [("She", ())]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # an outlet catching up with someone is an interview, the outlet where the words were said
        ("Arbour was warm about it when the Rye Lane Record caught up with her:", [("Ann Arbour", "Rye Lane Record")]),
        ("Arbour was warm about it when Mojo caught up with her:", [("Ann Arbour", "Mojo")]),
        # near miss: a full name catching up with her is a person, no medium (and either may have said the words)
        ("Arbour was warm about it when Cy Dorn caught up with her:", []),
    ],
)
def test_an_outlet_catching_up_with_someone(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'{lead} "We wrote it in a van."') == expected


@pytest.mark.parametrize(
    ("joined", "expected"),
    [
        # a joined clause of someone's remembering, last in the sentence, is whom the "she" after it means
        ("and Arbour remembers being unimpressed", [("Ann Arbour", "Mojo")]),
        # near miss: a joined clause of another verb leaves the two named unsure
        ("and Arbour hated being there", []),
    ],
)
def test_a_last_clause_of_remembering_is_whom_the_next_she_means(
    joined: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = f"Gil Moss made it in a week. Eda Fenn connected Arbour with him at a fair, {joined}."
    prose += ' "He was rude," she told Mojo.'
    assert quotes(prose + _FENN_AND_MOSS) == expected


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        # after "as" a place with "a" is the part's own, as one with "the" is
        ("In the clip, Arbour turns up briefly as the caller at a barn dance.", "the caller at a barn dance"),
        ("In the clip, Arbour has a cameo too, as a cook at a roadside cafe.", "a cook at a roadside cafe"),
        # near misses: after "plays" the place is the scene's, and after "as" a place that tells when is no part
        ("In the clip, Arbour plays a cook at a roadside cafe.", "a cook"),
        ("In the clip, Arbour appears as a cook at the start of the video.", "a cook"),
    ],
)
def test_a_place_with_a_after_an_as_part_is_the_parts_own(sentence: str, part: str) -> None:
    assert cast(sentence) == [("Ann Arbour", part)]


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # "his daughter, X" sharing a surname with one other: "the elder" of the surname is the other, the parent
        ("His daughter, Ann Arbour, sang it.", [("Tom Arbour", "a lamplighter")]),
        ("His daughter, Ann Arbour, sang it, and Bea Bell joined her.", [("Tom Arbour", "a lamplighter")]),
        # near misses: no relation told, or a daughter of someone else, says nothing of which Arbour is the elder
        ("Ann Arbour sang it.", []),
        ("Gil Moss's daughter, Ann Arbour, sang it.", []),
    ],
)
def test_the_elder_of_two_sharing_a_surname_is_the_parent(told: str, expected: list[tuple[str, str]]) -> None:
    prose = f"It was produced by Tom Arbour. {told} The clip features the elder Arbour as a lamplighter."
    assert cast(prose) == expected


def test_the_younger_of_two_sharing_a_surname_is_the_child() -> None:
    # the page's singer is the elder here: "the younger Arbour" is her son, not the singer a bare surname would mean
    prose = (
        "It was produced by her son, Tom Arbour. The clip stars the younger Arbour as a lamplighter."
        "\n\nAdded by Kim\n\nRelease Date\n\n2nd March 2021\n\n\nAnn Arbour\n\n\nTom Arbour\n"
    )
    assert cast(prose) == [("Tom Arbour", "a lamplighter")]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the parent only named so far (no credit of theirs): still the elder of the two
        (
            "Tom Arbour played fiddle for years, and the single is by his daughter, Ann Arbour. "
            "The clip features the elder Arbour as a lamplighter.",
            [("Tom Arbour", "a lamplighter")],
        ),
        # near miss: two Arbours and no relation told between them: "the elder Arbour" is no one for sure
        (
            "Tom Arbour played fiddle for years, and the single is by Ann Arbour. "
            "The clip features the elder Arbour as a lamplighter.",
            [],
        ),
    ],
)
def test_the_elder_of_a_surname_shared_with_someone_only_named(prose: str, expected: list[tuple[str, str]]) -> None:
    assert cast(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a quoted title set off by a comma outside its quotes and said what it is: a title, no quote
        (
            'Gil Moss played on many records; he is barely heard on: "Lamps of the harbour", the 2019 single by Bea.',
            [],
        ),
        (
            'Gil Moss played on many records; he is barely heard on: "Lamps of the harbour", a song from her debut.',
            [],
        ),
        # near misses: a comma inside the quotes, or what comes after the comma is who said it
        (
            'Gil Moss told the Herald: "Lamps of the harbour were all we had," the single mother said.',
            [("Gil Moss", "Herald")],
        ),
        (
            'Gil Moss told the Herald: "We had nothing but lamps and a harbour", the singer said.',
            [("Gil Moss", "Herald")],
        ),
    ],
)
def test_a_quoted_title_in_apposition_is_no_quote(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # what a post shows, after "of", is no part of the platform's name
        (
            'Cy Dorn posted a clip on Facebook of Bell at the piano, with the words: "She knew."',
            [("Cy Dorn", "Facebook")],
        ),
        ('Cy Dorn shared a photo on Instagram of Eda Fenn, writing: "She knew."', [("Cy Dorn", "Instagram")]),
        # near miss: an outlet whose name has "of" in it keeps it
        ('Cy Dorn told the Voice of Leeds: "She knew."', [("Cy Dorn", "Voice of Leeds")]),
    ],
)
def test_what_a_post_shows_is_no_part_of_its_platform(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("told", "occasion"),
    [
        # where the introducer was, doing something there, when the introduction happened
        (
            "Fenn was pouring drinks at a barn dance in Selby when she introduced Arbour to Gil Moss.",
            "a barn dance in Selby",
        ),
        ("Fenn was at a barn dance in Selby when she introduced Arbour to Gil Moss.", "a barn dance in Selby"),
        # near misses: someone else was there, or it is not told where anyone was
        ("Cy Dorn was pouring drinks at a barn dance in Selby when Fenn introduced Arbour to Gil Moss.", None),
        ("Fenn was pouring drinks for a living when she introduced Arbour to Gil Moss.", None),
    ],
)
def test_where_the_introducer_was_when_introducing(told: str, occasion: str | None) -> None:
    prose = f"Eda Fenn managed the band. {told}"
    assert intros(prose) == [("Eda Fenn", frozenset({"Ann Arbour", "Gil Moss"}), occasion)]


@pytest.mark.parametrize(
    ("apposed", "expected"),
    [
        # an apposition that is what the page called the introducer is about them
        (
            "Fenn, her mandolin player for years, introduced Arbour to Gil Moss at a fair.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Gil Moss"}), "a fair")],
        ),
        (
            "It was Fenn, her mandolin player for years, who introduced Arbour to Gil Moss at a fair.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Gil Moss"}), "a fair")],
        ),
        # near miss: a description of someone else between the name and the verb: whose introduction is not sure
        ("Cy Dorn, like her mandolin player, introduced Arbour to Gil Moss at a fair.", []),
    ],
)
def test_an_apposition_the_page_called_the_introducer(
    apposed: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(f"The folk scene lost the mandolin player Eda Fenn in May. {apposed}") == expected


@pytest.mark.parametrize(
    ("apposed", "expected"),
    [
        # a role in apposition after "the", restricted by a relative clause, is still what the page calls the name
        ("Gil Moss, the drummer who died in May", [("Ann Arbour", "a nurse"), ("Gil Moss", "a cook")]),
        ("Gil Moss, the drummer who toured with her for years", [("Ann Arbour", "a nurse"), ("Gil Moss", "a cook")]),
        # near misses: no role before "who", and an apposition with "a" left open (as before)
        ("Gil Moss, the man who died in May", [("Ann Arbour", "a nurse")]),
        ("Gil Moss, a drummer who toured with her for years", [("Ann Arbour", "a nurse")]),
    ],
)
def test_a_role_in_apposition_before_a_relative_clause(apposed: str, expected: list[tuple[str, str]]) -> None:
    prose = (
        f"Music is mourning {apposed}. In the video, Arbour plays a nurse. Near the end the drummer appears as a cook."
    )
    assert cast(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside of where someone is for the video, set off by commas between the name and the verb
        (
            "In the video, Cy Dorn, in front of the lens at last, turns up as a tram conductor.",
            [("Cy Dorn", "a tram conductor")],
        ),
        (
            "In the video, Cy Dorn, in front of a green screen, appears as a tram conductor.",
            [("Cy Dorn", "a tram conductor")],
        ),
        # near miss: after such an aside, a bare "as" with no verb of appearing casts no one
        ("Cy Dorn directed it, in front of the studio, as a tribute.", []),
    ],
)
def test_an_aside_in_front_of_the_camera(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # whom the words were about, between the verb and "on", and a tribute paid: words said on a medium
        ("Arbour spoke about her mentor on Ondas Vivas a week later:", "Ondas Vivas"),
        ("Arbour paid tribute to him on Ondas Vivas the day after:", "Ondas Vivas"),
        ("Arbour paid tribute on Ondas Vivas the day after:", "Ondas Vivas"),
        # near misses: no "on" before the name, and a tribute paid somewhere that is no medium
        ("Arbour spoke about her mentor Ondas Vivas a week later:", None),
        ("Arbour paid tribute to him at the wake:", None),
    ],
)
def test_a_medium_after_words_about_someone(lead: str, source: str | None) -> None:
    prose = f'Gil Moss died in May.\n\n{lead}\n\n"He never once told us what to write."'
    assert quotes(prose) == [("Ann Arbour", source)]


@pytest.mark.parametrize(
    ("told", "source"),
    [
        # whom the words were said to, told first: the outlet
        ("To the Kestrel Gazette she said only:", "Kestrel Gazette"),
        ("To Kestrel FM she said only:", "Kestrel FM"),
        # near misses: a full name new to the page, or a relation, is someone told, not a medium
        ("To Eda Fenn she said only:", None),
        ("To her sister she said only:", None),
    ],
)
def test_whom_the_words_were_said_to_told_first(told: str, source: str | None) -> None:
    prose = f'Gil Moss died in May. Arbour was quieter. {told} "He never once told us what to write."'
    assert quotes(prose) == [("Ann Arbour", source)]


_BOATS = "Night Trains\n\nThe Paper Boats\n\nAlbum Small Hours\n\nThe Paper Boats are a trio from Leeds. "


@pytest.mark.parametrize(
    ("credits", "introduced"),
    [
        # a list of three, each told by what they do, is no pair: "them" after it may be any two
        ("singer Ann Arbour, guitarist Gil Moss and drummer Eda Fenn", None),
        ("singer Ann Arbour, lead guitarist Gil Moss and drummer Eda Fenn", None),
        # near miss: two so told are the pair "them" means
        ("singer Ann Arbour and guitarist Gil Moss", frozenset({"Ann Arbour", "Gil Moss"})),
    ],
)
def test_a_list_of_three_told_by_their_roles_is_no_pair(credits: str, introduced: frozenset[str] | None) -> None:
    prose = f"The song was written by {credits}. Cy Dorn introduced them at a fair."
    assert intros(prose) == ([("Cy Dorn", introduced, "a fair")] if introduced else [])


@pytest.mark.parametrize(
    ("joined", "introduced"),
    [
        # the one who takes up the telling after another's question is whom "she" next means
        ("and Arbour told the story", frozenset({"Ann Arbour", "Gil Moss"})),
        ("and Arbour took up the story", frozenset({"Ann Arbour", "Gil Moss"})),
        # near misses: a joined clause of no telling says nothing of whom "she" means
        ("and Arbour smiled", None),
        ("and Arbour told the crowd", None),
    ],
)
def test_the_one_who_tells_the_story_is_whom_the_text_goes_on_about(
    joined: str, introduced: frozenset[str] | None
) -> None:
    prose = (
        "The song was written by Arbour, Gil Moss and Eda Fenn. "
        f"Eda Fenn asked how it all began, {joined}. She and Gil Moss were ten when Cy Dorn introduced them at a fair."
    )
    assert intros(prose) == ([("Cy Dorn", introduced, "a fair")] if introduced else [])


@pytest.mark.parametrize(
    ("page", "introduced"),
    [
        # a writer of a band's song is no partner of the band in "us": they may well be of it
        (_BOATS, None),
        # near miss: a performer of the song with a band as its other performer speaks of the two of them
        (
            "Night Trains (feat. The Paper Boats)\n\nOona Falkenrath\n\nAlbum Small Hours\n\n"
            "The Paper Boats are a trio from Leeds. ",
            frozenset({"Oona Falkenrath", "The Paper Boats"}),
        ),
    ],
)
def test_a_band_is_no_partner_in_us_of_one_who_does_not_perform(page: str, introduced: frozenset[str] | None) -> None:
    prose = 'The song was written by Oona Falkenrath. "Cy Dorn paired us up at a fair," Falkenrath said.'
    assert _band_intros(prose, page) == ([("Cy Dorn", introduced, None)] if introduced else [])


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        # a saying set off by commas after a name is the teller's, whom the text was about, not the one named
        ("it was the DJ Cy Dorn, he said, who found the demo", "Gil Moss"),
        # near miss: with no aside, "he" after the quote may be either
        ("it was the DJ Cy Dorn, who found the demo", None),
    ],
)
def test_a_pronoun_in_a_saying_aside_is_not_the_name_before_it(middle: str, speaker: str | None) -> None:
    prose = (
        f'Gil Moss picked up the story. The band toured for years, and {middle}. "Cy rang Eda at midnight," he said.'
    )
    result = parse_story_page(_BOATS + prose + "\n", "p.txt")
    assert result.document is not None
    assert [q.speaker for q in result.document.quotes] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("prose", "speaker"),
    [
        # a band is no "she": not the subject whom the text is about, nor one of those the sentence before named
        ('The band played it for Oona Falkenrath. "I loved it at once," she said.', "Oona Falkenrath"),
        (
            'The band played it for the DJ Cy Dorn and Oona Falkenrath. "Cy loved it at once," she said.',
            "Oona Falkenrath",
        ),
        # near miss: a person as the subject is whom "she" means
        ('Eda Fenn played it for Oona Falkenrath. "I loved it at once," she said.', "Eda Fenn"),
    ],
)
def test_a_band_is_never_he_or_she(prose: str, speaker: str) -> None:
    result = parse_story_page(_BOATS + prose + "\n", "p.txt")
    assert result.document is not None
    assert [q.speaker for q in result.document.quotes] == [speaker]


@pytest.mark.parametrize(
    ("aside", "speaker"),
    [
        # a relation of someone's, then whom it is, then a relative clause about them naming no one, ends the sentence:
        # the one named is whom it is about, not the owner
        (", who has run a bakery there for years", "Cy Dorn"),
        ("", "Cy Dorn"),
        # near miss: a relative clause naming someone else leaves whom "he" means unsure
        (", who taught Arbour to sing", None),
    ],
)
def test_a_relation_named_last_with_a_relative_clause_is_whom_the_sentence_is_about(
    aside: str, speaker: str | None
) -> None:
    prose = (
        f"Arbour wrote it with Gil Moss. Our reporter went to find Moss's uncle, Cy Dorn{aside}. "
        '"She came in every day," he told us.'
    )
    assert [s for s, _ in quotes(prose)] == ([speaker] if speaker else [])


_WRITERS_BLOCK = (
    "\n\nAdded by Fraser\n\nRelease Date\n\nApril 7, 2023\n\n\nAnn Arbour, Gil Moss & Eda Fenn\n\n\nGil Moss\n"
)


@pytest.mark.parametrize(
    ("tie", "introduced"),
    [
        # a tie with one who is not of the two named together before: which two the text is about is not sure
        ("the partnership with Fenn", None),
        ("their friendship with Fenn", None),
        # near misses: a tie with one of the pair, or no tie at all, leaves the pair as it was
        ("the partnership with Moss", frozenset({"Ann Arbour", "Gil Moss"})),
        ("the work with Fenn", frozenset({"Ann Arbour", "Gil Moss"})),
    ],
)
def test_a_tie_with_someone_new_unsettles_the_pair(tie: str, introduced: frozenset[str] | None) -> None:
    prose = (
        "Arbour wrote it with her producer Gil Moss and the Welsh songwriter Eda Fenn, and Moss produced it in a barn. "
        f"She told Rae Cole that {tie} was her manager's doing. Cy Dorn introduced the two songwriters at a fair."
    )
    result = parse_story_page(CREDITED_FRAME + prose + _WRITERS_BLOCK, "p.txt")
    assert result.document is not None
    found = [(i.introducer, frozenset(i.introduced), i.occasion) for i in result.document.introductions]
    assert found == ([("Cy Dorn", introduced, "a fair")] if introduced else [])


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # one presenting people or a thing in words quoted, or calling it so while doing something else, says them
        ("The host Cy Dorn introduced the pair as", "Cy Dorn"),
        ("The host Cy Dorn presented the single as", "Cy Dorn"),
        ("The host Cy Dorn opened the report by calling the track", "Cy Dorn"),
        # near misses: a presenting with no "as" is no naming; fans presenting it so are no one of the page
        ("The host Cy Dorn introduced the pair, singing", None),
        ("Fans presented the single as", None),
    ],
)
def test_words_one_presents_something_as_are_theirs(lead: str, speaker: str | None) -> None:
    prose = f'Arbour and Bell were on the show. {lead} "the most unlikely duet of the whole year", and laughed.'
    assert [s for s, _ in quotes(prose)] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("opening", "source"),
    [
        # a podcast's write-up: its opening names the programme its episode is of, the page speaks of its host,
        # episodes or segments
        ("Harbour Lights, episode 12: host Eda Fenn talks to Ann Arbour.", "Harbour Lights"),
        ("Harbour Lights, season two, episode four. Eda Fenn rings up Ann Arbour.", "Harbour Lights"),
        ("This week on Harbour Lights, host Eda Fenn talks to Ann Arbour.", "Harbour Lights"),
        ("On tonight's Harbour Lights, Eda Fenn talks to Ann Arbour in the first segment.", "Harbour Lights"),
        ("Episode 40 of Harbour Lights is a long one. Host Eda Fenn talks to Ann Arbour.", "Harbour Lights"),
        ("Harbour Lights is back, and this week host Eda Fenn talks to Ann Arbour.", "Harbour Lights"),
        # near misses: an opening naming no programme, a name that is back with no edition, no word of the show
        ("This week, host Eda Fenn talks to Ann Arbour.", None),
        ("Harbour Lights is back in Hull, and host Eda Fenn talks to Ann Arbour.", None),
        ("This week on Harbour Lights, Eda Fenn talks to Ann Arbour.", None),
    ],
)
def test_the_episode_a_podcast_page_writes_up(opening: str, source: str | None) -> None:
    prose = f'{opening}\n\nArbour wrote it with Gil Moss.\n\n"We met over a broken amp," Arbour said.'
    assert quotes(prose) == [("Ann Arbour", source)]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # an earlier visit to the same programme is still on it, whenever it was
        ("Back in 2019, on her first visit to the show, Arbour told Fenn:", "Harbour Lights"),
        ("Arbour, who sat in the guest chair back in episode 7, described it at the time:", "Harbour Lights"),
        # near misses: another time with no word of the show, and an episode of another programme
        ("Back in 2019, Arbour told her mother:", None),
        ("Arbour, who was a guest back in episode 7 of Deep Cuts at the time, said:", None),
    ],
)
def test_an_earlier_visit_to_the_show_a_page_writes_up(lead: str, source: str | None) -> None:
    opening = "This week on Harbour Lights, host Eda Fenn talks to Ann Arbour about the song."
    assert quotes(f'{opening}\n\nArbour wrote it with Gil Moss.\n\n{lead} "We met over a broken amp."') == [
        ("Ann Arbour", source)
    ]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # "on X" after a thing named with "of a" tells where the thing is, no medium
        ("Arbour talked about the beat, built from a recording of a church bell on Harbour Street:", None),
        # near miss: a verb of telling with its own "on X" still tells the medium, whatever it told of
        ("Arbour talked about the beat of a song on Radio Nord:", "Radio Nord"),
    ],
)
def test_a_thing_on_a_street_is_no_source(lead: str, source: str | None) -> None:
    assert quotes(f'Arbour wrote it with Gil Moss. {lead} "We slowed it right down."') == [("Ann Arbour", source)]


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # a time told roughly after where, and a relative clause about where, are no part of the occasion
        ("Cy Dorn introduced Arbour to Bell at a jam in Leeds about a decade ago.", "a jam in Leeds"),
        ("Cy Dorn introduced Arbour to Bell at a jam in Leeds roughly two years later.", "a jam in Leeds"),
        ("Cy Dorn introduced Arbour to Bell at a jam in Leeds that ran until dawn.", "a jam in Leeds"),
        # near misses: a place after the event stays, and "that" as the article opens it
        ("Cy Dorn introduced Arbour to Bell at a jam about Leeds.", "a jam about Leeds"),
        ("Cy Dorn introduced Arbour to Bell at that jam in Leeds.", "a jam in Leeds"),
    ],
)
def test_a_rough_time_and_a_relative_clause_end_an_occasion(sentence: str, occasion: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("opening", "occasion"),
    [
        # a year, then where, before a description telling whose the introducer is ("the band's tour manager X")
        ("In 2017, at the Harbour Awards dinner, the band's tour manager", "the Harbour Awards dinner"),
        ("In 2017, at the Harbour Awards dinner, their tour manager", "the Harbour Awards dinner"),
        # near miss: a description of four words before the name is not read as one
        ("In 2017, at the Harbour Awards dinner, the band's old Swedish tour manager", None),
    ],
)
def test_a_fronted_occasion_before_whose_introducer(opening: str, occasion: str | None) -> None:
    prose = f"{opening} Eda Fenn introduced Arbour to Gil Moss."
    assert intros(prose + _FENN_AND_MOSS) == [("Eda Fenn", frozenset({"Ann Arbour", "Gil Moss"}), occasion)]


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # "their" describing the introducer is the two's, so "her" after the introducer is still the introducer's,
        # and a name may come between "her" and the noun ("her Diwali party")
        ("Arbour and Bell were introduced by their friend Cy Dorn at her Diwali party.", "Cy Dorn's Diwali party"),
        ("Arbour and Bell were introduced by their friend Cy Dorn at her birthday party.", "Cy Dorn's birthday party"),
        # near miss: the subject's own "her" may mean the same one
        ("Arbour and her friend Bell were introduced by Cy Dorn at her Diwali party.", None),
    ],
)
def test_the_introducers_occasion_after_a_description_of_theirs(sentence: str, occasion: str | None) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # someone's review of a thing, and someone's words done in their own voice, lead into their saying
        ("Gil Moss's review of her boots:", "Gil Moss"),
        ("Later Gil Moss does a very good impression of their first meeting:", "Gil Moss"),
        ("Gil Moss did an impersonation of the producer:", "Gil Moss"),
        # near misses: an impression made on someone is no saying, nor is a speech done
        ("Gil Moss made a strong impression on the producer:", None),
        ("Gil Moss does a lot of driving:", None),
    ],
)
def test_a_review_and_an_impression_lead_into_words(lead: str, speaker: str | None) -> None:
    prose = f'Arbour wrote it with Gil Moss. {lead} "We are all one family today."'
    assert [s for s, _ in quotes(prose)] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("asked", "speaker"),
    [
        # "X asks her what ...": "her" is asked, someone other than X, so a "she" answering is not sure to be X
        ("Bea Bell asks her what the title means.", None),
        ("Bea Bell showed her how the riff goes.", None),
        # near miss: no one else asked, the subject goes on
        ("Bea Bell wonders what the title means.", "Bea Bell"),
    ],
)
def test_an_object_her_before_a_question_word(asked: str, speaker: str | None) -> None:
    prose = (
        "On today's Late Lanterns, Cy Dorn is in Hull with the singer Ann Arbour.\n\n"
        "Arbour's version, which she first told on Radio Nord back in 2021, is less flattering: "
        '"He never said hello."'
        f'\n\n{asked} "It means the tide," she says.'
    )
    assert quotes(prose) == [("Ann Arbour", "Radio Nord")] + ([(speaker, None)] if speaker else [])


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # show notes: a name alone, or a name and what the words are about, leads into that one's words
        ("Bell asks about the title. Ann Arbour:", "Ann Arbour"),
        ("Bell asks about the title. Arbour on why she sings it in Welsh:", "Ann Arbour"),
        ("Bell asks about the title.\n\n[12:30] Arbour on singing in Welsh for the first time:", "Ann Arbour"),
        # near misses: two names, a medium after "on", no name at all
        ("Bell asks about the title. Arbour and Bell:", None),
        ("Bell asks about the title. The title:", None),
    ],
)
def test_a_name_on_a_topic_leads_into_words(lead: str, speaker: str | None) -> None:
    prose = f'Arbour wrote it with Gil Moss. {lead} "We sang it in one take."'
    assert [s for s, _ in quotes(prose)] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cameo of any kind ("a wordless cameo"), and two words of someone's state before where they are
        ("In the video the Welsh actor Cy Dorn pops up in a wordless cameo.", [("Cy Dorn", None)]),
        ("In the video there is a cameo from the drummer Cy Dorn, fast asleep on the back seat.", [("Cy Dorn", None)]),
        # near misses: a part after the cameo, and words after the comma that tell no state and where
        ("In the video Cy Dorn pops up in a wordless cameo as a priest.", [("Cy Dorn", "a priest")]),
        ("In the video there is a cameo from the drummer Cy Dorn, Eda Fenn and the rest.", []),
    ],
)
def test_a_cameo_of_any_kind_and_a_state_before_where(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # agreeing in words ("does not dispute it") leads into them, said on the show whatever time the sentence
        # before told of what it narrates
        ("Fenn, who met them years ago, takes the credit. Arbour does not dispute it:", "Late Lanterns"),
        ("Fenn, who met them years ago, takes the credit. Arbour doesn't deny it:", "Late Lanterns"),
        ("Fenn, who met them years ago, takes the credit. Arbour agrees:", "Late Lanterns"),
        # near miss: another time in the clause leading into the words
        ("Fenn takes the credit. Years earlier, Arbour had told her:", None),
    ],
)
def test_agreeing_in_words_on_the_show(lead: str, source: str | None) -> None:
    prose = (
        "This week on Late Lanterns, host Eda Fenn talks to Ann Arbour about the song.\n\n"
        f'Arbour wrote it with Gil Moss. {lead} "She was right about everything."'
    )
    assert quotes(prose) == [("Ann Arbour", source)]


def test_a_dispute_told_is_no_saying() -> None:
    prose = 'Arbour wrote it with Gil Moss. Arbour disputes the date: "We met in Hull."'
    assert quotes(prose) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside of who learns or tells it, between the subject and its passive, names no party of it
        (
            "Arbour, Eda Fenn learns, had been put in touch with Bell by Cy Dorn.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), None)],
        ),
        (
            "Arbour, Eda Fenn recalls, was introduced to Bell by Cy Dorn at a fair.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a fair")],
        ),
        # near miss: an aside naming someone with no verb of telling may be another party ("like X")
        ("Arbour, like Eda Fenn, was introduced to Bell by Cy Dorn.", []),
    ],
)
def test_an_aside_of_who_tells_it_before_a_passive_introduction(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("between", "source"),
    [
        # a timestamp into the recording ties the page to the programme its opening names
        ("[04:15] How it started.", "Harbour Lights"),
        # near misses: "episode" or "the show" alone says no more of it (a TV recap's episode, another show)
        ("The episode was a long one.", None),
        ("She loved the show.", None),
    ],
)
def test_what_ties_show_notes_to_their_programme(between: str, source: str | None) -> None:
    prose = (
        "This week on Harbour Lights, Eda Fenn talks to Ann Arbour about the song.\n\n"
        f'Arbour wrote it with Gil Moss.\n\n{between} "We met over a broken amp," Arbour said.'
    )
    assert quotes(prose) == [("Ann Arbour", source)]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # an honorific before a surname with its particles is the one the page named in full so
        (
            "Élodie de la Fontaine sings the verses. In the video, Miss de la Fontaine plays a mill girl.",
            [("Élodie de la Fontaine", "a mill girl")],
        ),
        # a civic title before a full name is no part of it
        ("In the video, Councillor Bartholomew Ekwueme makes a cameo.", [("Bartholomew Ekwueme", None)]),
        # before one word it stays a name
        ("In the video, Chief Keef makes a cameo.", [("Chief Keef", None)]),
    ],
)
def test_an_honorific_before_a_surname_with_particles_and_a_civic_title(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        # after "plays", a participle straight before a preposition of where starts the scene, not the part
        ("Tom Reed plays a night porter waiting outside the hotel.", "a night porter"),
        ("Tom Reed plays a sentry pacing behind the palace gates.", "a sentry"),
        # near misses: after "as" the phrase is the part whole; a noun in "-ing" before the preposition is the part's
        ("Tom Reed appears as a night porter waiting outside the hotel.", "a night porter waiting outside the hotel"),
        ("Tom Reed plays a king beyond the sea.", "a king beyond the sea"),
    ],
)
def test_a_participle_before_where_it_is_done_ends_a_part_after_plays(sentence: str, part: str) -> None:
    assert cast(f"The video was directed by Cy Dorn. {sentence}") == [("Tom Reed", part)]


@pytest.mark.parametrize(
    ("sentence", "bell"),
    [
        # after "as", a time told by a noun's phrase is the part's, up to the next person's part
        (
            "It casts Bell as a ferryman mending nets before the gale and Tom Reed as a baker.",
            "a ferryman mending nets before the gale",
        ),
        (
            "It stars Bell as a nurse after the long night shift, while Tom Reed plays a baker.",
            "a nurse after the long night shift",
        ),
        # near misses: a clause of time (its subject, then a verb in the present or the past) tells the scene
        ("It casts Bell as a nurse until the bar shuts and Tom Reed as a baker.", "a nurse"),
        ("It casts Bell as a nurse until the ferry docked and Tom Reed as a baker.", "a nurse"),
        ("It stars Bell as a nurse after the bar closes, while Tom Reed plays a baker.", "a nurse"),
    ],
)
def test_a_time_named_by_a_noun_stays_in_a_part_after_as(sentence: str, bell: str) -> None:
    assert cast(f"The video was directed by Cy Dorn. {sentence}") == [("Bea Bell", bell), ("Tom Reed", "a baker")]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # an app named by its owner's name is the product named whole, as "Instagram Live" is
        ("Bell said on the Quayside Lights app:", "Quayside Lights app"),
        ("Bell was briefer on the Harbour app:", "Harbour app"),
        ("Bell, in a short clip for the Quayside Nights app, explained it:", "Quayside Nights app"),
        # near misses: a platform's own app is the platform; a word going on from "app" is another noun
        ("Bell said on the Instagram app:", "Instagram"),
        ("Bell said on the Quayside Lights podcast:", "Quayside Lights"),
    ],
)
def test_an_app_named_by_its_owner_is_the_source_whole(lead: str, source: str) -> None:
    assert quotes(f'Arbour wrote it with Gil Moss.\n\n{lead} "The rain came in sideways."') == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # a station told, or spoken on, named by what it is and then its name set off by commas
        ("Bell told the town's radio station, Quay FM, that it was planned:", "Quay FM"),
        ("Bell, on the town's radio station, Quay FM, this week:", "Quay FM"),
        # where, then when, inside the commas before the verb of telling
        ("Bell, on Quay FM before the gig, remembered the night:", "Quay FM"),
        ("Bell, on Quay FM this morning, told the story:", "Quay FM"),
        # near misses: someone told is no station; a noun after the time makes it no longer a time of its own
        ("Bell told the town's mayor, Cy Dorn, that it was planned:", None),
        ("Bell, on Quay FM before the gig started, remembered the night:", None),
    ],
)
def test_a_station_named_after_what_it_is_or_before_a_time(lead: str, source: str | None) -> None:
    assert quotes(f'Arbour wrote it with Gil Moss.\n\n{lead} "The rain came in sideways."') == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a name set off by commas after what it is, a programme told by whose it is, names the programme, not the
        # one saying: the subject before it is
        ("Bell, asked about it on the town's podcast, Kettle Talk, said it was a joke:", [("Bea Bell", "Kettle Talk")]),
        ("Bell, speaking on the town's radio show, Kettle Talk, said it was a joke:", [("Bea Bell", "Kettle Talk")]),
        # near misses: the programme named before what it is, or a name with no comma closing it, is the subject
        ("On the Kettle Talk podcast, Cy Dorn said it was a joke:", [("Cy Dorn", "Kettle Talk")]),
        ("On his last visit to the show, Cy Dorn told Bell:", [("Cy Dorn", None)]),
    ],
)
def test_a_programme_apposed_after_what_it_is_is_no_speaker(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'Arbour wrote it with Gil Moss.\n\n{lead} "The rain came in sideways."') == expected


@pytest.mark.parametrize(
    ("teller", "expected"),
    [
        # "them" in a retelling by someone the page already has introducing two means those two, not the two the
        # page spoke of last
        ("Cy Dorn", [("Cy Dorn", frozenset({"Ann Arbour", "Tom Reed"}), "a fair in Leeds")]),
        # near miss: someone else telling of an introduction of their own
        (
            "Gil Moss",
            [
                ("Cy Dorn", frozenset({"Ann Arbour", "Tom Reed"}), "a fair in Leeds"),
                ("Gil Moss", frozenset({"Ann Arbour", "Bea Bell"}), None),
            ],
        ),
    ],
)
def test_them_in_a_retelling_by_a_known_introducer(
    teller: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    prose = (
        "Tom Reed, to whom Arbour was introduced by the scout Cy Dorn at a fair in Leeds, booked her first tour.\n\n"
        f'{teller} was modest about it: "I only introduced them because Ann asked me who the tall man was."'
    )
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("words", "occasion"),
    [
        # "we were all at O" right after the introduction: the introducer and the two, all three, somewhere
        ("I set them up. We were all at a writing camp in Hull,", "a writing camp in Hull"),
        # a comment of a few words ending the introduction's sentence leaves the sentence after to tell where
        ("I set them up, simple as that. We were all at a writing camp in Hull,", "a writing camp in Hull"),
        ("I set them up, simple as that. It happened at a writing camp in Hull,", "a writing camp in Hull"),
        # near misses: a time after the people may be of another day; "we were at" without "all" may be two of them
        ("I set them up, that summer. We were all at a writing camp in Hull,", None),
        ("I set them up. We were at a writing camp in Hull,", None),
    ],
)
def test_where_all_three_were_after_an_introduction(words: str, occasion: str | None) -> None:
    prose = f'Cy Dorn was in the tent too. "{words}" she said.'
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what someone does in the scene straight after "a cameo" (no comma) casts them in no part
        ("Tom Reed has a cameo sweeping the stage.", [("Tom Reed", None)]),
        # the one a first name meant before, told by a word about them, then named whole, is the subject
        ("The real Tom, Tom Reed, has a cameo sweeping the stage.", [("Tom Reed", None)]),
        ("The actual Tom, Tom Reed, makes a cameo.", [("Tom Reed", None)]),
        # near misses: "playing" tells a part; a name closing a phrase of "by" is not the subject
        ("Tom Reed has a cameo playing a cook.", [("Tom Reed", "a cook")]),
        ("Lit by the great Tom, Tom Reed, makes a cameo.", []),
    ],
)
def test_a_cameo_with_what_they_do_or_after_who_they_are(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(f"The video was directed by Cy Dorn. It stars Bell as a nurse. {sentence}") == [
        ("Bea Bell", "a nurse"),
        *expected,
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the list's peak with no chart named, told again in prose by its chart's name: one peak, the list's
        ("It reached number five on the Irish Singles Chart in May.", [("Ireland", None, 5)]),
        # near miss: another country's chart at the same position is a peak of its own
        (
            "It reached number five on the UK Singles Chart in May.",
            [("Ireland", None, 5), ("United Kingdom", "Singles Chart", 5)],
        ),
    ],
)
def test_a_prose_peak_by_its_chart_is_the_listed_peak_of_its_country_at_that_position(
    sentence: str, expected: list[tuple[str, str | None, int]]
) -> None:
    assert peaks(sentence + "\n\nChart Rankings\n\n- #5 in Ireland") == expected


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        # after "as", a time told by a plural noun of the calendar is the part's own
        (
            "Tom Reed stars as a teacher on his last day before the summer holidays.",
            "a teacher on his last day before the summer holidays",
        ),
        ("Tom Reed stars as a student in the week after the exams.", "a student in the week after the exams"),
        # near misses: a clause of time (a plural subject and its verb, or a verb in "-s") is the scene's
        ("Tom Reed stars as a teacher on his last day before the bell rings.", "a teacher on his last day"),
        ("Tom Reed stars as a teacher on his last day before the pupils leave.", "a teacher on his last day"),
        ("Tom Reed stars as a teacher on his last day until the school closes.", "a teacher on his last day"),
    ],
)
def test_a_time_by_a_plural_noun_of_the_calendar_stays_in_the_part(sentence: str, part: str) -> None:
    assert cast(f"The video was directed by Cy Dorn. {sentence}") == [("Tom Reed", part)]


@pytest.mark.parametrize(
    ("name", "speaker"),
    [
        # a Japanese or Korean honorific joined to a name by a hyphen is whom the name alone means
        ("Dorn-san", "Cy Dorn"),
        ("Dorn-sensei", "Cy Dorn"),
        ("Bell-ssi", "Bea Bell"),
        # near miss: a hyphenated name whose second word is no honorific is no one the page names
        ("Dorn-Sands", None),
    ],
)
def test_a_name_with_an_honorific_joined_to_it(name: str, speaker: str | None) -> None:
    prose = (
        "Arbour wrote it with Bea Bell. The owner, Cy Dorn, introduced Ann to Bea at a party. "
        f'"It was luck," {name} said.'
    )
    result = parse(prose)
    assert result.document is not None
    assert [q.speaker for q in result.document.quotes] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("after", "source"),
    [
        # the sentence after a quote, its speaker putting "that" or "it" somewhere, tells where the words were read
        ("He posted that on Instagram the week the single came out.", "Instagram"),
        ("He shared it on X the next morning.", "X"),
        # near misses: someone else posting, or a time after "on", is no source of the quote
        ("Bell posted that on Instagram.", None),
        ("He posted that on a Sunday.", None),
    ],
)
def test_where_the_speaker_posted_the_words_just_quoted(after: str, source: str | None) -> None:
    prose = (
        "Arbour wrote it with Bea Bell. Cy Dorn, who wrote the last verse there, has a simpler review of the place: "
        f'"Best bench in the city. Bring a sweater." {after}'
    )
    assert quotes(prose) == [("Cy Dorn", source)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a surname two people share, after a courtesy title: the one the page titled so before her full name
        ("Mrs Arbour plays a bus driver.", [("Nell Arbour", "a bus driver")]),
        # and the other title is the one the page gave no title ("Miss" is not the "Mrs")
        ("Miss Arbour plays a bus driver.", [("Ann Arbour", "a bus driver")]),
        # near miss: a title the page gave neither of them leaves the surname to the reading without titles
        ("Ms Arbour plays a bus driver.", [("Ann Arbour", "a bus driver")]),
    ],
)
def test_a_shared_surname_after_a_courtesy_title(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    prose = (
        "Ann Arbour learnt the song from her grandmother, Mrs Nell Arbour of Mill Lane, who danced at the Palais. "
        f"The video was directed by Cy Dorn. {sentence}"
    )
    assert cast(prose) == expected


def test_a_shared_surname_after_a_courtesy_title_in_a_quote_lead() -> None:
    prose = (
        "Ann Arbour learnt the song from her grandmother, Mrs Nell Arbour of Mill Lane.\n\n"
        'Mrs Arbour remembers it well: "We danced every Saturday until the hall closed."'
    )
    assert quotes(prose) == [("Nell Arbour", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "of" and a place after a titled full name is where they live, no part of the name
        (
            "Arbour and Bell were introduced by Mrs Nell Moss of Mill Lane, the florist, at the flower show.",
            [("Nell Moss", frozenset({"Ann Arbour", "Bea Bell"}), "the flower show")],
        ),
        (
            "It was Mr Gil Moss of Quay Street, for years the harbourmaster, who introduced Arbour to Bell at a fair.",
            [("Gil Moss", frozenset({"Ann Arbour", "Bea Bell"}), "a fair")],
        ),
        # near miss: without the place, the same reading
        (
            "It was Mr Gil Moss, for years the harbourmaster, who introduced Arbour to Bell at a regatta.",
            [("Gil Moss", frozenset({"Ann Arbour", "Bea Bell"}), "a regatta")],
        ),
    ],
)
def test_where_a_titled_introducer_lives(sentence: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert intros(f"Cy Dorn produced it. {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "introducer"),
    [
        # a surname after "the" is a place's short name ("the Hard" of "Ashcombe Hard"), no person
        ("It was Gil Moss, for years the postmaster at the Hard, who introduced Arbour to Bell.", "Gil Moss"),
        # near miss: the full name after "the" stays whom the name is
        ("It was Gil Moss, for years the postmaster, who introduced Arbour to Bell.", "Gil Moss"),
    ],
)
def test_a_surname_after_the_is_no_person(sentence: str, introducer: str) -> None:
    prose = f"The ferry ran between Ashcombe Hard and Hollin Point until 1987. {sentence}"
    assert intros(prose) == [(introducer, frozenset({"Ann Arbour", "Bea Bell"}), None)]


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        # "A wrote it with B and with C": three wrote it together, so "the two of them" after it are not B and C
        (
            "Gil Moss wrote it with the New Zealand songwriter Cy Dorn and with Tom Reed.",
            frozenset({"Cy Dorn", "Tom Reed"}),
        ),
        ("Moss wrote it with the Welsh harp player Cy Dorn, and with Tom Reed.", frozenset({"Cy Dorn", "Tom Reed"})),
    ],
)
def test_the_two_after_a_second_companion(sentence: str, wrong: frozenset[str]) -> None:
    # (a song of one performer: "the two" has no two performers to fall back on)
    prose = (
        f"The song was written by Gil Moss, Cy Dorn and Tom Reed. {sentence}\n\n"
        '"I put the two of them in touch," says Eda Fenn, the harbourmaster, "at the fair."\n'
    )
    document = parse_story_page("Tide Tables\n\nGil Moss\n\nAlbum Harbour Dues\n\n" + prose, "p.txt").document
    assert document is not None
    assert all(frozenset(i.introduced) != wrong for i in document.introductions)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # an oral-history archive, by what it is, is where the words were kept
        ("Cy Dorn described the night in her recording for the Hollin Voices project:", [("Cy Dorn", "Hollin Voices")]),
        (
            "On a tape held in the Hollin Voices collection, Cy Dorn describes the night:",
            [("Cy Dorn", "Hollin Voices")],
        ),
        (
            "Cy Dorn, whose memories are kept in the Hollin Voices archive, recalls the night:",
            [("Cy Dorn", "Hollin Voices")],
        ),
        # near miss: whose the archive is, read with its name as one, is no source
        (
            "Cy Dorn, whose memories are kept in the Society's Hollin Voices recordings, recalls it:",
            [("Cy Dorn", None)],
        ),
    ],
)
def test_an_oral_history_archive_as_the_source(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'{lead} "We danced every Saturday until the hall closed."') == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a question led in by someone's asking is the asker's: someone of the page, or someone it does not name
        # (left out), never the one asked
        ('Arbour asked her: "Why is the song so slow?"', [("Ann Arbour", None)]),
        ('Tom asked her: "Why is the song so slow?"', []),
        ('After we had sung it to her, Tom asked: "Why is the song so slow?"', []),
        ('Tom asked her the question we all had: "Why is the song so slow? It makes me sad."', []),
        ('The first thing Arbour wanted to know was: "Why is the song so slow?"', [("Ann Arbour", None)]),
        (
            'The first thing Tom wanted to know was: "Why is the song so slow?" Bell replied that it was meant to be.',
            [],
        ),
        ('Tom in 7R put his hand up before she had sat down: "Why is the song so slow?" She laughed.', []),
        # near misses: a question told in the page's words is answered by the words after it; a quote that is no
        # question after someone was asked is the answer
        (
            'Der Spiegel asked Bell whether it was slow: "Why would it be fast? Trains are slow."',
            [("Bea Bell", "Der Spiegel")],
        ),
        ('Bell was asked whether it was slow: "Why would it be fast? Trains are slow."', [("Bea Bell", None)]),
    ],
)
def test_a_question_is_the_askers(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f"Bea Bell came to our school in May. {sentence}") == expected


def test_the_answer_after_a_pupils_question_stays_the_answerers() -> None:
    prose = (
        'Bea Bell came to our school in May. Tom asked her: "Why is the song so slow?" '
        '"Because trains are slow," she said.'
    )
    assert quotes(prose) == [("Bea Bell", None)]


def test_a_long_description_before_the_speakers_name_in_an_attribution() -> None:
    # '," her old teacher at the college, X, told Y.': the quote, resumed after it, and the introduction it tells
    prose = (
        '"I introduced Ann to Bea at a folk club in Leeds," their old teacher at the college, Cy Dorn, told Mojo. '
        '"She was the only one with a fiddle."'
    )
    assert quotes(prose) == [("Cy Dorn", "Mojo")]
    assert doc(prose).quotes[0].text.endswith("the only one with a fiddle.")
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a folk club in Leeds")]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # words resumed after an attribution that end with a full stop: the sentence after them is its own
        (" Tom has since told me he wants a fiddle.", [("Bea Bell", None)]),
        (" Arbour has since told me she wants a fiddle.", [("Bea Bell", None)]),
    ],
)
def test_a_quote_resumed_after_its_attribution_ends_its_sentence(
    after: str, expected: list[tuple[str, str | None]]
) -> None:
    prose = f'"That is a Leeds song," Bell told her. "We sing it slow so the sad part cannot catch us."{after}'
    assert quotes(prose) == expected
    assert doc(prose).quotes[0].text.startswith("That is a Leeds song. We sing it slow")


def test_a_quote_resumed_with_an_attribution_of_its_own_is_anothers() -> None:
    assert quotes('"That is a Leeds song," Bell told her. "We sing it slow," Arbour added.') == [
        ("Bea Bell", None),
        ("Ann Arbour", None),
    ]


@pytest.mark.parametrize(
    ("first", "source"),
    [
        # one word asking, among the writer's own company, is someone there, not a medium
        ("Bell did a video call with my Year 10s.", None),
        # near miss: with no company of the writer's told, it is a medium asking
        ("Bell did a video call in May.", "Mixmag"),
    ],
)
def test_someone_of_the_writers_company_asking_is_no_medium(first: str, source: str | None) -> None:
    asker = "Mixmag" if source else "Jayden"
    prose = f'{first} {asker} asked her why the song is slow, and Bell laughed: "Because trains are slow."'
    assert quotes(prose) == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # the answer to a question just quoted, after one sentence opening on someone of the page who did something,
        # is theirs
        (
            'Tom asked her: "Why is it so slow?" Bell pointed at the clock. "Trains are slow, and so are we."',
            [("Bea Bell", None)],
        ),
        (
            'Tom asked: "Can we sing it faster?" Bell smiled and corrected him, very gently. '
            '"A song keeps its own pace."',
            [("Bea Bell", None)],
        ),
        # near misses: no question before; another of the page named in the sentence between
        ('Bell pointed at the clock. "Trains are slow, and so are we."', []),
        ('Tom asked: "Why is it so slow?" Bell pointed at Arbour. "Trains are slow, and so are we."', []),
    ],
)
def test_an_answer_after_a_question_and_what_the_one_asked_did(
    words: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(f"Bea Bell came to our school in May. {words}") == expected


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # "said as much on": what was said, told by what it matched, on a medium
        ("Bell said as much on France Inter:", "France Inter"),
        # near miss: a new full name told something is a person
        ("Bell explained the production choices to Cy Dorn:", None),
    ],
)
def test_a_medium_after_said_as_much(lead: str, source: str | None) -> None:
    assert quotes(f'{lead} "I kept the piano plain on purpose, for the tunings."')[0] == ("Bea Bell", source)


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # the event an occasion followed, told with the town it was held in, says which dinner: one place, read whole
        (
            "Cy Dorn introduced Ann Arbour to Bea Bell at a dinner after the Harbour festival in Leith a few weeks on.",
            "a dinner after the Harbour festival in Leith",
        ),
        (
            "Cy Dorn introduced Ann Arbour to Bea Bell at a dinner after the festival in Leith.",
            "a dinner after the festival in Leith",
        ),
        # a month or a year after the event is when, not part of where
        (
            "Cy Dorn introduced Ann Arbour to Bea Bell at a dinner after the Harbour festival in May.",
            "a dinner after the Harbour festival",
        ),
        (
            "Cy Dorn introduced Ann Arbour to Bea Bell at a dinner after the Harbour festival in 2019.",
            "a dinner after the Harbour festival",
        ),
        # near misses: a clause after the event tells when the dinner was, not which
        ("Cy Dorn introduced Ann Arbour to Bea Bell at a dinner after the show ended.", "a dinner"),
        ("Cy Dorn introduced Ann Arbour to Bea Bell at a dinner after the festival in Leith had ended.", "a dinner"),
    ],
)
def test_an_occasion_after_an_event_held_in_a_town(sentence: str, occasion: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # the introducer's age set off by commas, as a news agency gives it, stands between them and the occasion
        (
            "Arbour and Bell were introduced by the promoter Cy Dorn, 52, at a label party in Leeds in May 2019.",
            "a label party in Leeds",
        ),
        (
            "Arbour and Bell were introduced by the agent Cy Dorn, 52, at a gala broadcast by Radio Nord in May 2021.",
            "a gala broadcast by Radio Nord",
        ),
    ],
)
def test_an_occasion_after_the_introducers_age(sentence: str, occasion: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # an initial after a name's particle, or one of two initials, ends no sentence
        ("Bell wrote for Jornal de S. Tomé for a year.", ["Bell wrote for Jornal de S. Tomé for a year."]),
        ("Bell met J. R. Hale there. Then she left.", ["Bell met J. R. Hale there. ", "Then she left."]),
        # near miss: a lone capital after any other word may end a sentence
        ("It was plan B. Then she left.", ["It was plan B. ", "Then she left."]),
    ],
)
def test_an_initial_inside_a_name_ends_no_sentence(text: str, sentences: list[str]) -> None:
    from songgraph.ingest.pagetext import Sentences

    assert [text[start:end] for start, end in Sentences(text).spans()] == sentences


@pytest.mark.parametrize(
    ("attribution", "source"),
    [
        # an outlet whose name holds an initial after a particle is read whole, the initial's full stop no sentence end
        ("Bell said in a statement to the newspaper Jornal de S. Tomé.", "Jornal de S. Tomé"),
        # a title in another language in sentence case runs over up to four lower-case words to the clause's end
        ("Bell said on the talk show Tard le soir en direct.", "Tard le soir en direct"),
        ("Bell said on the podcast Tard le soir.", "Tard le soir"),
    ],
)
def test_a_source_with_an_initial_or_in_sentence_case(attribution: str, source: str) -> None:
    assert quotes(f'"The rain came in sideways," {attribution}') == [("Bea Bell", source)]


def test_a_sentence_case_title_stops_before_english_words() -> None:
    # near miss: English words after the title are the clause's, not the title's
    found = quotes('"The rain came in sideways," Bell said on the talk show Tard le soir with her band.')
    assert found and found[0][1] is not None and "band" not in found[0][1]


@pytest.mark.parametrize(
    ("named", "later", "expected"),
    [
        # "Maestro" before a full name is a master musician's title, no part of the name
        ("Maestro Cy Dorn, 70, a pianist from Leith", "Dorn himself", ("Cy Dorn", None)),
        ("Maestra Cy Dorn, 70, a pianist from Leith", "Dorn herself", ("Cy Dorn", None)),
    ],
)
def test_maestro_is_a_title_before_a_full_name(named: str, later: str, expected: tuple[str, None]) -> None:
    prose = (
        f"The song is owed to {named}. The video was directed by Gil Moss. It stars Bell as a nurse. "
        f"{later} makes a cameo at the piano."
    )
    assert cast(prose) == [("Bea Bell", "a nurse"), expected]


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # a title with its full stop between the description and the introducer's name ("the painter Dr. X")
        (
            "Arbour was introduced to Bell by the painter Dr. Cy Dorn during a vigil in Leeds in 2022.",
            "a vigil in Leeds",
        ),
        # the named event the occasion was part of, told with what it is in lower case, says which showcase
        (
            "Arbour was introduced to Bell two years earlier by her manager, Cy Dorn, at a showcase during the "
            "Leedsfest festival.",
            "a showcase during the Leedsfest festival",
        ),
        # near misses: a month after the event is when; an unnamed event told by a name alone is not said to be one
        ("Arbour was introduced to Bell by Cy Dorn at a showcase during the Leedsfest festival in May.", "a showcase"),
        ("Arbour was introduced to Bell by Cy Dorn at a showcase during the Proms.", "a showcase"),
    ],
)
def test_an_introducer_with_a_title_and_an_occasion_during_a_named_festival(sentence: str, occasion: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    ("aside", "expected"),
    [
        # an apposition telling what the subject is to the other party, read as a description of the subject, and a
        # name of no one inside it, stand between the subject and "had been introduced"
        (
            "her producer since her first EP",
            [("Cy Dorn", frozenset({"Tom Reed", "Bea Bell"}), "a jam session in Leeds")],
        ),
        # near miss: an aside naming someone else leaves the introduction out
        ("like Gil Moss", []),
    ],
)
def test_a_subject_described_by_an_apposition_before_its_passive(
    aside: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    prose = (
        "The song was produced by Tom Reed and Gil Moss. "
        f"Reed, {aside}, had himself been introduced to Bell by her older brother, the drummer Cy Dorn, at a jam "
        "session in Leeds in 2016."
    )
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        # "and who introduced": a relative clause's second verb with its own "who", after the age and what they are
        (
            "Cy Dorn, 70, a pianist who has been a fixture of the jazz scene for years and who",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a rehearsal at the Teatro Nuovo")],
        ),
        (
            "Cy Dorn, who has played the Leeds clubs for years and who",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a rehearsal at the Teatro Nuovo")],
        ),
        # near miss: the first relative clause names someone else, who may be the one who introduced them
        ("Cy Dorn, a pianist who played with Gil Moss for years and who", []),
    ],
)
def test_a_second_relative_clause_with_its_own_who(
    who: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    prose = f"The album is owed to {who} introduced the two singers during a rehearsal at the Teatro Nuovo in 2022."
    assert intros(prose) == expected


@pytest.mark.parametrize(
    "prose",
    [
        # a radio or television network named after what it is, as a station or a channel is
        '"The rain came in sideways," Bell recalled in an interview with the radio network Cadena Norte.',
        'Asked about that first meeting on the television network Cadena Norte, Bell laughed. "The rain came in '
        'sideways," she said.',
    ],
)
def test_a_broadcasting_network_is_a_source(prose: str) -> None:
    assert quotes(prose) == [("Bea Bell", "Cadena Norte")]


@pytest.mark.parametrize(
    "who",
    [
        # the age set off by commas before a relative clause: the clause's opening comma stays, so the subject plays
        "The singer's grandmother, Eda Fenn, 80, who came to Leeds from York in 1971,",
        "Eda Fenn, 80, who came to Leeds in 1971,",
        # the same without the age, as before
        "Eda Fenn, who came to Leeds in 1971,",
    ],
)
def test_an_age_before_a_relative_clause_about_the_cast(who: str) -> None:
    assert cast(f"The video was directed by Cy Dorn. {who} appears as herself in the final scene.") == [
        ("Eda Fenn", "herself")
    ]


def test_an_age_before_a_relative_clause_that_tells_the_part() -> None:
    # near miss: a relative clause that tells the part, not closed by a comma, still casts its subject in it
    prose = "The video was directed by Cy Dorn. The star is her neighbour, Eda Fenn, 84, who plays the concierge."
    assert cast(prose) == [("Eda Fenn", "the concierge")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "A & B are the ... X and the ... Y": the line's name defined as two other people is one act's
        (
            "Moss & Wren are the Leeds fiddler Cy Dorn and the singer Eda Fenn, and this is their second single.",
            ["Moss & Wren"],
        ),
        ("Moss & Wren are Cy Dorn and Eda Fenn.", ["Moss & Wren"]),
        # near misses: the two told as the line's own names, or described without being named, are two artists
        ("Moss & Wren are old friends from Leeds.", ["Moss", "Wren"]),
        ("Moss & Wren are Moss and Wren, as anyone in Leeds will tell you.", ["Moss", "Wren"]),
    ],
)
def test_an_ampersand_line_defined_as_two_people_is_one_act(sentence: str, expected: list[str]) -> None:
    page = f"Night Trains\n\nMoss & Wren\n\nAlbum Small Hours\n\n{sentence}\n"
    result = parse_story_page(page, "p.txt")
    assert result.document is not None and result.document.artists == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # "agreed to appear" inside what someone was asked is consenting, no saying: the subject after it speaks
        ("Asked by Mojo why she had agreed to appear, Bell said:", [("Bea Bell", "Mojo")]),
        ("Asked why she agreed to do it, Bell said:", [("Bea Bell", None)]),
        # near miss: "agreed" on its own is a saying
        ("Bell agreed:", [("Bea Bell", None)]),
    ],
)
def test_agreeing_to_do_something_is_no_saying(lead: str, expected: list[tuple[str, str | None]]) -> None:
    prose = f'Ann Arbour wrote the verse. Eda Fenn plays the organ in the video. {lead} "I sat there for nine hours."'
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after "as", a year the part lives in stays with it, after its place as well
        (
            "The video casts Bell as a welder at the Tyne shipyard in 1979 and Tom Reed as her son.",
            [("Bea Bell", "a welder at the Tyne shipyard in 1979"), ("Tom Reed", "her son")],
        ),
        ("The video casts Bell as a welder in 1979.", [("Bea Bell", "a welder in 1979")]),
        # a word after a preposition is its object, no verb opening a clause of time ("as the lights go down")
        (
            "The video casts Bell as a nurse and Tom Reed as her son on leave from the navy.",
            [("Bea Bell", "a nurse"), ("Tom Reed", "her son on leave from the navy")],
        ),
        # near miss: "as" then a clause of time is no part
        ("Bell appears as the lights go down.", []),
    ],
)
def test_an_as_part_keeps_its_year_and_a_preposition_s_object(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(f"The video was directed by Cy Dorn. {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an apposition "one of her students" between the people and the occasion is set off like any other
        (
            "It was Eda Fenn who introduced Arbour to Bell, one of her students, at a reading in York in the spring of "
            "2016.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "a reading in York")],
        ),
        # "brought together by X, who introduced them at her party": "who" is X, the subject, whom "her" means
        (
            "Arbour and Bell were brought together by the promoter Eda Fenn, who introduced them at her fortieth "
            "birthday party in Leeds in 2020.",
            [("Eda Fenn", frozenset({"Ann Arbour", "Bea Bell"}), "Eda Fenn's fortieth birthday party in Leeds")],
        ),
    ],
)
def test_an_occasion_after_an_apposition_or_a_relative_clause_of_the_introducer(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # "Of X, he said": X is what the words are about; the subject is the one the text was about before
        ("Of the singer, he said in the same interview:", [("Cy Dorn", None)]),
        ("Of Bell, he said:", [("Cy Dorn", None)]),
        # near miss: without the fronted topic, "he" is still the director
        ("He said:", [("Cy Dorn", None)]),
    ],
)
def test_a_fronted_topic_is_not_the_pronoun_that_follows(lead: str, expected: list[tuple[str, str | None]]) -> None:
    prose = f'The video was directed by Cy Dorn. Dorn loved the shoot. {lead} "Bea rode that bike for eleven hours."'
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        # the page's one performer called "the Icelandic singer" is a singer too: "the singer" is then the performer,
        # not the one other person the page called a singer by name
        ("the Icelandic singer", "Ann Arbour"),
        # near miss: the performer never called a singer, the one named so is the singer
        ("Arbour", "Tom Reed"),
    ],
)
def test_the_singer_once_the_performer_was_so_called(first: str, speaker: str) -> None:
    page = (
        "Night Trains\n\nAnn Arbour\n\nAlbum Small Hours\n\n"
        f"It was written by {first} with Cy Dorn. Dorn met her through the Faroese singer Tom Reed at a camp. "
        'Eda Fenn made the jacket. "I never wanted a video," the singer told Mojo.\n'
    )
    result = parse_story_page(page, "p.txt")
    assert result.document is not None
    assert [(q.speaker, q.source) for q in result.document.quotes] == [(speaker, "Mojo")]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # someone's note or letter opening the lead is in their words; a title of address may stand before the name
        ("Fenn's note on the loan is characteristically dry:", "Eda Fenn"),
        ("Ms Fenn's account, set down in a letter to the saleroom, is worth giving at length:", "Eda Fenn"),
        ("Mr Dorn's letter to the saleroom reads, in part:", "Cy Dorn"),
        # near miss: an obituary of someone is about them, not theirs
        ("Fenn's obituary in the Times was shared widely:", None),
    ],
)
def test_a_note_or_letter_of_someone_is_their_words(lead: str, speaker: str | None) -> None:
    prose = f'Eda Fenn lent the bicycle. Cy Dorn sold it on. {lead} "I lent them the bicycle for one day."'
    assert [s for s, _ in quotes(prose)] == ([speaker] if speaker else [])


def consignor_quotes(provenance: str) -> list[str | None]:
    page = (
        "Night Trains\n\nAnn Arbour\n\nAlbum Small Hours\n\n"
        f"{provenance}\n\nAnn Arbour wrote the song with Bea Bell.\n\n"
        'The consignor\'s note on the lot reads, in part: "I kept it under the bed for eleven years."\n'
    )
    result = parse_story_page(page, "p.txt")
    assert result.document is not None
    return [q.speaker for q in result.document.quotes]


@pytest.mark.parametrize(
    ("provenance", "speaker"),
    [
        # "the consignor" is the holder the provenance's chain ends on, named in the clause before it or with it
        ("Provenance: Eda Fenn, Berlin, who bought it at auction in 2018; the consignor.", "Eda Fenn"),
        ("Provenance: Cy Dorn, the present consignor, who bought it in 2012.", "Cy Dorn"),
        ("Provenance: given by the artist to her manager, Eda Fenn, in 2019; the consignor.", "Eda Fenn"),
        (
            "Provenance: given by Ann Arbour to Eda Fenn in 2019; thence to the present consignor, Ms Fenn herself.",
            "Eda Fenn",
        ),
        ("Provenance: from the collection of the designer Eda Fenn, who kept it; the consignor.", "Eda Fenn"),
        ("Provenance\nGiven by Ann Arbour to Cy Dorn in 2001. Offered by Mr Dorn.", "Cy Dorn"),
        # near misses: the chain ends on someone unnamed, so "the consignor" is no one the page names
        ("Provenance: Eda Fenn, Leeds; by descent to her nephew, the present consignor.", None),
        ("Provenance: given by Ann Arbour to Cy Dorn in 2001; by whom sold to the present owner.", None),
    ],
)
def test_the_consignor_is_whom_the_provenance_ends_on(provenance: str, speaker: str | None) -> None:
    assert consignor_quotes(provenance) == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # an interview given to a medium, set off by commas before the saying
        ("In the one interview he has given about it, to La Voz, Dorn said only:", [("Cy Dorn", "La Voz")]),
        # an answer given to a medium (one word, no person of the page)
        ("Dorn gave Hürriyet one long answer about it:", [("Cy Dorn", "Hürriyet")]),
        # spoken about the song on a medium: the words about it stand between the verb and "on"
        ("Dorn spoke about the song on France Inter shortly after its release:", [("Cy Dorn", "France Inter")]),
        # a newsletter of something of theirs, its name set off by commas
        (
            "Dorn first told the story in his shop's newsletter, Vinyl Notes, and we reprint it:",
            [("Cy Dorn", "Vinyl Notes")],
        ),
        # near misses: an answer given to a full name new to the page is to a person; an interview "with" a person
        # (the two named, whose words they are is not sure either: no quote at all)
        ("Dorn gave Tom Reed one long answer about it:", []),
        ("Dorn spoke about the song to Tom Reed:", [("Cy Dorn", None)]),
    ],
)
def test_a_medium_given_an_interview_or_an_answer(lead: str, expected: list[tuple[str, str | None]]) -> None:
    prose = f'The video was directed by Cy Dorn. {lead} "Bea brings the fire and Ann makes it burn slowly."'
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # "A and B owe each other to X, who introduced him to her": the two named together, the man and the woman the
        # page's pronouns make them
        (
            "Tom Reed sang his part in one take. Eda Fenn wrote her verse on a napkin.",
            [("Cy Dorn", frozenset({"Tom Reed", "Eda Fenn"}), "a fish fry in Leeds")],
        ),
        # near miss: nothing tells which of the two is the man, so whom "him" means is not sure
        ("Tom Reed and Eda Fenn wrote the verse.", []),
    ],
)
def test_him_and_her_are_the_two_named_together_before(
    before: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    prose = (
        f"{before} Reed and Fenn owe each other to the chef Cy Dorn, who introduced him to her at a fish fry in Leeds."
    )
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the introducer's apposition with two relative clauses, the second introducing: "him" is the subject
        (
            "Reed, a drummer from Hull, came to the band through Eda Fenn, the sound engineer who had mixed their demo "
            "and who introduced him to Bell at a Tuesday session in the Crown.",
            [("Eda Fenn", frozenset({"Tom Reed", "Bea Bell"}), "a Tuesday session in the Crown")],
        ),
        # (the apposition a description the page resolves to the introducer)
        (
            "Reed came to the band through Eda Fenn, the engineer who had mixed their demo and who introduced him to "
            "Bell at a session.",
            [("Eda Fenn", frozenset({"Tom Reed", "Bea Bell"}), "a session")],
        ),
        # near miss: the second relative clause is about something else
        ("Reed came to the band through Eda Fenn, the engineer who had mixed their demo and who produced it.", []),
    ],
)
def test_an_introducer_s_apposition_with_a_second_relative_clause(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(f"The song was written by Ann Arbour and Tom Reed. {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "appears, too, as himself": one more of the cast, set off by commas like an adverb of manner
        ("Reed himself appears, too, as himself.", [("Tom Reed", "himself")]),
        # "the sign-painter X" is a painter: "the painter" later is them
        ("The painter himself appears, too, as himself.", [("Tom Reed", "himself")]),
        # near miss: "the co-producer" is no kind of producer's trade, so "the producer" is not Reed by it
        ("The producer appears as himself.", []),
    ],
)
def test_a_trade_s_hyphenated_role_and_an_aside_of_too(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    prose = (
        "The drum head was painted by the Leeds sign-painter Tom Reed, with help from the co-producer Cy Dorn. "
        f"The video was directed by Eda Fenn. Bell stars as a ferry pilot. {sentence}"
    )
    assert cast(prose) == [("Bea Bell", "a ferry pilot"), *expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # where in the song someone is seen, by its part, between being seen and "as"
        (
            "Mr Reed himself can be seen in the second verse as the old man who mends her tyre.",
            [("Tom Reed", "the old man")],
        ),
        ("Reed turns up in the last chorus as a postman.", [("Tom Reed", "a postman")]),
        # near miss: "in the second verse" of someone's singing casts no one
        ("Reed sings in the second verse.", []),
    ],
)
def test_seen_in_a_part_of_the_song_as_a_part(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    prose = f"The song was written by Ann Arbour and Tom Reed. The video was directed by Eda Fenn. {sentence}"
    assert cast(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        # after an apposition's "as" the part is whole, its place too, as after any "as"
        (
            "The video stars Arbour as a nurse, and Arbour's little brother, Tom Reed, as a boy selling lemonade at a "
            "roadhouse.",
            "a boy selling lemonade at a roadhouse",
        ),
        (
            "The video stars Arbour's little brother, Tom Reed, as a boy selling lemonade at a roadhouse.",
            "a boy selling lemonade at a roadhouse",
        ),
        # near miss: after "plays" a present participle's phrase and its place are cut
        ("The video stars Arbour as a nurse, and Tom Reed plays a boy selling lemonade at a roadhouse.", "a boy"),
    ],
)
def test_a_part_after_an_apposition_keeps_its_place(sentence: str, part: str) -> None:
    assert dict(cast(sentence))["Tom Reed"] == part


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # a book told by whom it is for, then its quoted title: the title is the source, and no quote
        ('Bell wrote about it in her book for young singers, "Small Noises":', "Small Noises"),
        ('Bell wrote about it in her memoir about the road, "Small Noises":', "Small Noises"),
        ('Bell wrote about it in her book, "Small Noises":', "Small Noises"),
        # near miss: no title, so the quote has no source
        ("Bell wrote about it in her book for young singers:", None),
    ],
)
def test_a_quoted_book_title_after_whom_the_book_is_for(lead: str, source: str | None) -> None:
    assert quotes(f'{lead} "The best sounds are free. You just have to listen."') == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("place", "occasion"),
    [
        # "his" before a capitalised word inside the occasion is the introducer's, named as at the occasion's start
        ("the opening night of his Thai restaurant", "the opening night of Cy Dorn's Thai restaurant"),
        ("the launch of his Leeds bakery", "the launch of Cy Dorn's Leeds bakery"),
        ("the opening night of his restaurant", "the opening night of Cy Dorn's restaurant"),
    ],
)
def test_his_before_a_capitalised_word_in_an_occasion(place: str, occasion: str) -> None:
    assert intros(f"Cy Dorn introduced Arbour to Bell at {place}.") == [
        ("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)
    ]


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # "her" after a sentence whose subject is someone else than the owner of the introducer's relation: either
        # may be meant, so no introduction
        ("Kahn already knew Reed a little, because they caught the same bus.", []),
        ("Kahn already knew Reed a little.", []),
        # near miss: the sentence before is about the owner alone
        ("Reed came along later.", [("Cy Dorn", frozenset({"Ann Arbour", "Tom Reed"}), "a party in Leeds")]),
    ],
)
def test_her_after_a_relation_of_someone_not_the_subject_before(
    before: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    prose = (
        f"Arbour met the drummer Lia Kahn and the bassist Tom Reed at school. {before} But it was Reed's big "
        "brother, Cy Dorn, who introduced her to Arbour, at a party in Leeds."
    )
    assert intros(prose) == expected


def test_her_after_a_relation_of_the_songs_performer() -> None:
    # the song's performer, whom the page is about, is whom "her" means, though the sentence before opened on another
    prose = (
        "Arbour met the drummer Lia Kahn and the bassist Tom Reed at school. Kahn already knew Arbour a little. But it "
        "was Arbour's big brother, Cy Dorn, who introduced her to Reed, at a party in Leeds."
    )
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Tom Reed"}), "a party in Leeds")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cameo told with ", too" after it, and by someone set off by an apposition whose relative clause names others
        ("Bell plays a nurse, and Lia Kahn makes a cameo, too.", [("Bea Bell", "a nurse"), ("Lia Kahn", None)]),
        ("Bell plays a nurse, and Lia Kahn makes a cameo as well.", [("Bea Bell", "a nurse"), ("Lia Kahn", None)]),
        (
            "Bell plays a nurse. Lia Kahn, the teacher who taught Arbour and Bell, makes a cameo.",
            [("Bea Bell", "a nurse"), ("Lia Kahn", None)],
        ),
        # near misses: a part told after the cameo is the part; a name after "by" is no subject
        (
            "Bell plays a nurse. Lia Kahn, the teacher who taught Arbour and Bell, makes a cameo as a cook.",
            [("Bea Bell", "a nurse"), ("Lia Kahn", "a cook")],
        ),
        (
            "Bell plays a nurse. It was lit by Lia Kahn, the one who taught Bell, makes a cameo.",
            [("Bea Bell", "a nurse")],
        ),
    ],
)
def test_a_cameo_too_or_after_an_apposition_naming_others(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(f"The video was directed by Cy Dorn. {sentence}") == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # "she" as the subject of a verb whose object is one of the two named together before is the other one
        (
            "Arbour wrote the song with Tom Reed, who also produced it. She met Reed",
            [("Cy Dorn", frozenset({"Ann Arbour", "Tom Reed"}), "the Christmas market in Leeds")],
        ),
        # near misses: no two named together before, so "she" may be anyone the text was about; "she" not opening
        # the sentence is told of whoever the text is about
        ("Arbour wrote the song. Tom Reed produced it. She met Reed", []),
        ("Arbour wrote the song with Tom Reed, who also produced it. The story is that she met Reed", []),
    ],
)
def test_she_met_one_of_the_two_named_before(
    opening: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    prose = (
        f"{opening} through her grandfather, Cy Dorn, who plays the fiddle. He introduced them at the Christmas market "
        "in Leeds, in 2012."
    )
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # a piece written for a medium names it as the source
        ("Dorn wrote about that day in his column for the Leeds Courier:", "Leeds Courier"),
        ("Dorn remembered it in an article for Mojo:", "Mojo"),
        # near miss: no piece, so no source
        ("Dorn remembered it fondly:", None),
    ],
)
def test_a_column_or_article_for_a_medium(lead: str, source: str | None) -> None:
    prose = f'The critic Cy Dorn heard it first. {lead} "I did not know I was hearing history. I was just listening."'
    assert quotes(prose) == [("Cy Dorn", source)]


@pytest.mark.parametrize(
    "through",
    [
        # "A met him through X, who introduced the two of them": the two are the two who met, "him" as a name would
        # be, also when the introducer is told as someone's relation
        "Bell's flatmate, Cy Dorn,",
        "Cy Dorn,",
    ],
)
def test_met_him_through_someone_who_introduced_the_two(through: str) -> None:
    prose = (
        "The producer is Tom Reed, a London producer. Arbour met him through "
        f"{through} who introduced the two of them at a karaoke night in Camden."
    )
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Tom Reed"}), "a karaoke night in Camden")]


def test_met_him_through_someone_who_introduced_the_two_near_miss() -> None:
    # near miss: "him" after two named together is either of them, so the two are not sure (and the owner of the
    # introducer's relation is none of them)
    prose = (
        "Tom Reed and Lia Kahn produced it. Arbour met him through Bell's flatmate, Cy Dorn, who introduced the two "
        "of them at a karaoke night in Camden."
    )
    assert intros(prose) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after "plays", a participle whose object is a word of another language still ends the part
        ("Tom Reed plays a street vendor selling acarajé on the beach at Itapuã.", [("Tom Reed", "a street vendor")]),
        ("Tom Reed plays a street vendor selling bread on the beach.", [("Tom Reed", "a street vendor")]),
        # an "-ing" word after "the" is a noun, and the place after "plays" stays with the part
        (
            "Tom Reed plays a lollipop lady on the crossing outside the ground.",
            [("Tom Reed", "a lollipop lady on the crossing outside the ground")],
        ),
        ("Tom Reed plays a ferryman at the landing.", [("Tom Reed", "a ferryman")]),
        # near miss: a participle after the part, with no article before it, is still cut
        ("Tom Reed plays a lollipop lady waving children across the road.", [("Tom Reed", "a lollipop lady")]),
    ],
)
def test_a_participle_after_plays_and_a_noun_in_ing(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(f"The video was directed by Cy Dorn. {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause telling the cameo of the one named before "who"
        ("Look out for the kitman, Tom Reed, who has a cameo hanging up the shirts.", [("Tom Reed", None)]),
        ("Look out for Tom Reed, who makes a cameo too.", [("Tom Reed", None)]),
        # a place, then how they stand (a noun and a past participle), after the cameo
        ("Tom Reed has a cameo on the touchline, arms folded, which is how he always looks.", [("Tom Reed", None)]),
        # a cameo given to someone: "her" is the first clause's subject, not the giver
        ("The tea-bar manager, Tom Reed, was put out by that, so Dorn gave her a cameo as well.", [("Tom Reed", None)]),
        ("Tom Reed was put out, so the director gave him a cameo.", [("Tom Reed", None)]),
        ("Dorn gave Tom Reed a cameo.", [("Tom Reed", None)]),
        # near misses: a cameo that tells a part is the part's; "who" after a part's holder tells a part
        ("Look out for Tom Reed, who has a cameo as a cook.", [("Tom Reed", "a cook")]),
        # (a part told after the aside is no cameo in no part; the rules for parts leave it out)
        ("Tom Reed has a cameo on the touchline, arms folded, as the referee.", []),
    ],
)
def test_a_cameo_told_in_a_relative_clause_after_a_place_or_given(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(f"The video was directed by Cy Dorn. {sentence}") == expected


@pytest.mark.parametrize(
    "opening",
    ["Through Tom Reed, our winger.", "Through Tom Reed, of course.", "Between Tom Reed and Cy Dorn, mostly."],
)
def test_a_preposition_opening_a_sentence_is_no_word_of_the_name_after_it(opening: str) -> None:
    prose = (
        f"How did Bell get involved? {opening} It was at a derby in 2022 that Reed introduced Bell to Eda Fenn. "
        'Reed told Radio Nord: "When I hear it I sing."'
    )
    assert intros(prose) == [("Tom Reed", frozenset({"Bea Bell", "Eda Fenn"}), "a derby")]
    assert quotes(prose) == [("Tom Reed", "Radio Nord")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a post of something before the introducer's name, five words before the comma
        (
            "Arbour and Bell were introduced by the president of the music society, Cy Dorn, at a karaoke night in "
            "Leeds, where Bell sang.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a karaoke night in Leeds")],
        ),
        # "last May" (a month read as a name) is when, no part of the occasion
        (
            "Cy Dorn introduced Bell to Tom Reed, our club DJ, at the club's awards night last May, and that was that.",
            [("Cy Dorn", frozenset({"Bea Bell", "Tom Reed"}), "the club's awards night")],
        ),
        # ", and it was there that": the one place the sentence's first clause told
        (
            "Bell was the singer at the club's Player of the Year dinner in 2017, and it was there that Cy Dorn "
            "introduced her to Tom Reed.",
            [("Cy Dorn", frozenset({"Bea Bell", "Tom Reed"}), "the club's Player of the Year dinner")],
        ),
        # near misses: two places before "there", or none, leave the introduction out
        ("Bell sang at a wedding and at a wake in 2017, and it was there that Cy Dorn introduced her to Tom Reed.", []),
        ("Bell sang with Eda Fenn in 2017, and it was there that Cy Dorn introduced her to Tom Reed.", []),
    ],
)
def test_an_introducer_after_a_long_post_a_month_after_last_and_there_in_the_same_sentence(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a weekday after a broadcaster's possessive is when its show is, no word of its name
        ("Bell was on Radio Nord's Monday night football show after the single charted:", [("Bea Bell", "Radio Nord")]),
        ("Bell was on Radio Nord's Saturday phone-in the week after. She said:", [("Bea Bell", "Radio Nord")]),
        # the interviewer told by a nation's word and what it is, before its name, is where, not who speaks
        ("Bell, interviewed by the Japanese music magazine Ongaku Shimbun, said:", [("Bea Bell", "Ongaku Shimbun")]),
        ("Bell, interviewed by the music magazine Ongaku Shimbun, said:", [("Bea Bell", "Ongaku Shimbun")]),
        # near miss: a show's own title after the possessive stays the source
        ("Bell was on Radio Nord's Tin Roof after the single charted:", [("Bea Bell", "Tin Roof")]),
    ],
)
def test_a_weekday_after_a_broadcasters_possessive_and_an_interviewer_told_by_nation(
    lead: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(f'{lead} "My mother calls me every day and asks why."') == expected


@pytest.mark.parametrize(
    ("aside", "expected"),
    [
        # a one-word name, then in brackets what they are and a full name with the same first letter: their nickname
        (
            "(the club DJ, Gary Whitlock, for anyone who doesn't know him)",
            [("Gary Whitlock", frozenset({"Ann Arbour", "Bea Bell"}), "the club's Christmas do")],
        ),
        ("(Gary Whitlock)", [("Gary Whitlock", frozenset({"Ann Arbour", "Bea Bell"}), "the club's Christmas do")]),
        # near miss: a full name of another letter may be someone else the aside speaks of
        ("(the club DJ, Tom Reed, for anyone who doesn't know him)", []),
    ],
)
def test_a_nickname_told_by_a_full_name_in_brackets(
    aside: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    prose = (
        "Gaz played it first. "
        f"Arbour and Bell were introduced by Gaz himself {aside} at the club's Christmas do in 2015."
    )
    assert intros(prose) == expected


def test_a_nickname_told_in_brackets_goes_on_meaning_them() -> None:
    prose = (
        "Arbour and Bell were introduced by Gaz himself (the club DJ, Gary Whitlock) at the club's Christmas do. "
        'Jamie Rudd told Radio Nord: "We wrote it for the walk-out."\n\n'
        'Gaz was on Marsh FM the week after. "I played it once as a favour," he said.'
    )
    assert quotes(prose) == [("Jamie Rudd", "Radio Nord"), ("Gary Whitlock", "Marsh FM")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the last of two told by a nation's word and what they are, after "the", shares the part
        (
            "Our winger Tom Reed and the Senegalese full-back Eda Fenn appear as themselves.",
            [("Tom Reed", "themselves"), ("Eda Fenn", "themselves")],
        ),
        (
            "Tom Reed and the Icelandic goalkeeper Eda Fenn play two bus drivers.",
            [("Tom Reed", "two bus drivers"), ("Eda Fenn", "two bus drivers")],
        ),
        # near miss: a town's name is no nation's word, and the first is left out rather than guessed
        ("Tom Reed and the Leeds full-back Eda Fenn appear as themselves.", [("Eda Fenn", "themselves")]),
    ],
)
def test_two_sharing_a_part_the_last_told_by_a_nations_word(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(f"The video was directed by Cy Dorn. {sentence}") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the members of a group, named in brackets after it, share the part the group plays
        (
            "The club's drum section (Tom Reed, Eda Fenn and Liam Tierney) play themselves, banging away in the rain.",
            [("Tom Reed", "themselves"), ("Eda Fenn", "themselves"), ("Liam Tierney", "themselves")],
        ),
        (
            "Bell plays a vendor, and the drum section (Tom Reed and Eda Fenn) play two drummers.",
            [("Bea Bell", "a vendor"), ("Tom Reed", "two drummers"), ("Eda Fenn", "two drummers")],
        ),
    ],
)
def test_a_groups_members_in_brackets_share_its_part(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(f"The video was directed by Cy Dorn. {sentence}") == expected


def test_a_nickname_in_brackets_after_an_apposition_and_a_cast_member_of_course() -> None:
    prose = (
        "Bell sang at the club's dinner in 2017, and it was there that Tom Reed, chair of the club since before our "
        "back four were born (Tommo to everyone), introduced her to Eda Fenn.\n\n"
        'Tommo told Radio Nord: "I sat them next to each other on purpose."\n\n'
        "The video was directed by Cy Dorn. Bell plays a mum, and Tommo, of course, appears as himself."
    )
    assert intros(prose) == [("Tom Reed", frozenset({"Bea Bell", "Eda Fenn"}), "the club's dinner")]
    assert quotes(prose) == [("Tom Reed", "Radio Nord")]
    assert cast(prose) == [("Bea Bell", "a mum"), ("Tom Reed", "himself")]


def test_a_nickname_of_another_letter_after_an_apposition_is_no_ones() -> None:
    # near miss: after an apposition, the bracketed name may be what the apposition's own noun is called
    prose = (
        "Tom Reed, chair of the supporters' club (the Blues to everyone), introduced Bell to Eda Fenn at a dinner.\n\n"
        'Blues told Radio Nord: "I sat them next to each other on purpose."'
    )
    assert quotes(prose) == []


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the column one writes in, in the paper that prints it, is where
        (
            "Bell, writing in his supporters' club column in Brickfield Voice, was as modest as ever:",
            "Brickfield Voice",
        ),
        # the match an issue was for, after the paper
        ("Bell wrote in Brickfield Voice for the last game of last season:", "Brickfield Voice"),
        # near miss: writing somewhere for a while is where, not a paper
        ("Bell wrote in Nashville for a month:", None),
    ],
)
def test_a_column_written_in_a_paper_and_an_issue_for_a_match(lead: str, expected: str | None) -> None:
    assert quotes(f'{lead} "We had two drums and a biscuit tin."') == [("Bea Bell", expected)]


@pytest.mark.parametrize(
    "framing",
    [
        "From Nobody Sleeps Anywhere (2021), the road memoir of the tour manager Cy Dorn.",
        "From Cy Dorn's Nobody Sleeps Anywhere.",
        "The following is taken from Load Bay, the memoir of Cy Dorn, who looked after the band for years.",
        "Cy Dorn toured with the band for a decade. This passage comes from her memoir, Load Bay.",
    ],
)
def test_the_writer_named_in_an_extracts_framing_line_is_its_i(framing: str) -> None:
    prose = f"{framing}\n\nI introduced Ann Arbour to Bea Bell at a label party in Leeds."
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a label party in Leeds")]


def test_a_framing_line_about_someones_book_names_no_teller() -> None:
    # near miss: a point of view is no book, and "from there" names no one
    prose = "From Cy Dorn's point of view, it was simple.\n\nI introduced Ann Arbour to Bea Bell at a label party."
    assert intros(prose) == []


def test_an_introduction_the_writer_then_says_they_did_not_make() -> None:
    prose = (
        "From Load Bay, the memoir of Cy Dorn.\n\n"
        "I would love to tell you I introduced Ann Arbour to Bea Bell at a label party. I didn't."
    )
    assert intros(prose) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kit Lamb became Lambo on the first day.",
        "Kit Lamb, who played the drums, became Lambo within a week.",
        "Kit Lamb, the drummer, had been Lambo since school.",
        "Kit Lamb plays drums and was already Lambo when I met him.",
    ],
)
def test_a_one_word_name_someone_became_or_has_long_been_means_them(sentence: str) -> None:
    prose = f"{sentence}\n\nThe video was directed by Cy Dorn. Lambo plays a lighthouse keeper."
    assert cast(prose) == [("Kit Lamb", "a lighthouse keeper")]


def test_a_one_word_name_after_someone_else_named_between_is_no_ones() -> None:
    # near miss: with another person named between, whose name it became is not sure
    prose = (
        "Kit Lamb, who toured with Ann Arbour, became Lambo on the first day.\n\n"
        "The video was directed by Cy Dorn. Lambo plays a lighthouse keeper."
    )
    assert cast(prose) == []


def test_the_writers_own_object_pronoun_is_not_a_pair_with_the_writer() -> None:
    prose = (
        "From Load Bay, the memoir of Cy Dorn.\n\n"
        "Ann Arbour introduced me to Bea Bell at a label party, and left the two of us to it. After a day I was "
        "allowed to join them. Bell's mother, Eda Bell, introduced the pair of them at a christening."
    )
    assert intros(prose) == [("Ann Arbour", frozenset({"Cy Dorn", "Bea Bell"}), "a label party")]


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        # the passive of "plays": a present participle's phrase after the part is the scene, cut as after "plays"
        ("The old ferryman coiling his ropes in the last scene", "the old ferryman"),
        ("A street sweeper pushing a cart past the station", "a street sweeper"),
        # near misses: a past participle's phrase is the part's; an "-ing" word before its noun describes it
        ("A sailor stranded on the pier", "a sailor stranded on the pier"),
        ("The struggling actor", "the struggling actor"),
    ],
)
def test_a_part_played_by_loses_a_participles_phrase(part: str, expected: str) -> None:
    assert cast(f"The video. Bell plays a nurse. {part} is played by the actor Tom Dorn.") == [
        ("Bea Bell", "a nurse"),
        ("Tom Dorn", expected),
    ]


def test_a_title_ending_in_notes_is_no_ones_name() -> None:
    # a service's "Track Notes" heading names a publication, so its first word later is the medium, not a person
    prose = 'Wavelength Track Notes. Bea Bell sang it.\n\n"The riff is the bus," Bell tells Wavelength.'
    assert quotes(prose) == [("Bea Bell", "Wavelength")]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a name, then where the words were said, and no verb: the name is the speaker, whoever the sentence before
        # named
        ("Bell, to Mixmag:", [("Bea Bell", "Mixmag")]),
        ("Bell, the quiet one, on Instagram:", [("Bea Bell", "Instagram")]),
        ("Bell, in her Radio Nord interview:", [("Bea Bell", "Radio Nord")]),
        ("Bell, on his Radio Nord show:", [("Bea Bell", "Radio Nord")]),
        ("Bell, in The Leeds Evening Post:", [("Bea Bell", "The Leeds Evening Post")]),
        # near misses: "on" someone is what the words are about, and the sentence before named two; "in" a place is
        # where she was, no medium
        ("Bell, on Arbour:", []),
        ("Bell, in Lisbon:", [("Bea Bell", None)]),
    ],
)
def test_a_name_and_where_leads_into_the_speakers_words(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'Bea Bell and Ann Arbour wrote it. {lead} "The riff is the bus."') == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "it took X to bring them together": a cleft of "take", X the one who did it
        (
            "It took the DJ Cy Dorn to bring them together, at a party in Leeds in 2019.",
            [("Cy Dorn", frozenset({"Bea Bell", "Ann Arbour"}), "a party in Leeds")],
        ),
        (
            "It took Cy Dorn to bring them together at his birthday party.",
            [("Cy Dorn", frozenset({"Bea Bell", "Ann Arbour"}), "Cy Dorn's birthday party")],
        ),
        # near miss: someone asked to bring them together did not (yet) do it
        ("Tom Hale asked Cy Dorn to bring them together at a party in Leeds.", []),
    ],
)
def test_it_took_someone_to_bring_two_together(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(f"Bell and Arbour grew up four streets apart. {sentence}") == expected


@pytest.mark.parametrize(
    ("where", "source"),
    [
        # whose interview it was, before the medium's name: a possessive pronoun or "the band's"
        ("Bell says in her Radio Nord interview.", "Radio Nord"),
        ("Bell says in the band's Radio Nord interview.", "Radio Nord"),
        # near miss: another person's interview, which may not be where these words were said
        ("Bell says in Arbour's Radio Nord interview.", None),
    ],
)
def test_whose_interview_before_the_medium(where: str, source: str | None) -> None:
    assert quotes(f'Bea Bell and Ann Arbour wrote it. "The riff is the bus," {where}') == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # a label before a colon, then a name: the name is whom the next sentence's pronoun goes on meaning
        (
            "Behind the desk: Tom Hale.",
            [("Cy Dorn", frozenset({"Tom Hale", "Bea Bell"}), "a showcase in Leeds")],
        ),
        (
            "Third writer: Tom Hale, the Paris beatmaker.",
            [("Cy Dorn", frozenset({"Tom Hale", "Bea Bell"}), "a showcase in Leeds")],
        ),
        # near miss: a sentence opening on a name no one has (a first name alone) leaves "him" unsure
        ("Sam ran the desk.", []),
    ],
)
def test_a_labelled_name_is_whom_a_pronoun_after_means(
    label: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    prose = f"Bea Bell wrote it. {label} The manager, Cy Dorn, introduced him to Bell at a showcase in Leeds."
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cameo with an aside before "from", or told after a colon: who makes it, in no part
        ("A cameo, too, from her grandmother, Eda Bell, 88, who sold fish there.", [("Eda Bell", None)]),
        ("In the final shot, a cameo: the actor Tom Dorn.", [("Tom Dorn", None)]),
        # what they are, after the name, is the same one again
        ("In the final shot, a cameo: her father, Tom Bell, the real trucker.", [("Tom Bell", None)]),
        # near miss: "cameos" of several, with a description after the last, may be another one
        ("There are cameos from Tom Dorn, the town baker.", []),
    ],
)
def test_a_cameo_after_an_aside_or_a_colon(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(f"The video. Bell plays a nurse. {sentence}") == [("Bea Bell", "a nurse"), *expected]


def test_a_lower_case_title_of_respect_before_the_one_who_plays_a_part() -> None:
    # "don" in lower case is a title, never a first name, so the name after it is who plays the part
    prose = "The video. Bell plays a nurse. The shop's only customer is played by Bell's grandfather, don Tom Bell, 94."
    assert cast(prose) == [("Bea Bell", "a nurse"), ("Tom Bell", "the shop's only customer")]


@pytest.mark.parametrize(
    "second",
    [
        # a second member told by whose member they are, a possessive among the words, set off by commas or not
        "the band's drummer, Tom Dorn,",
        "the band's drummer Tom Dorn",
    ],
)
def test_two_sharing_a_part_the_second_told_by_a_possessive(second: str) -> None:
    assert cast(f"The video. Arbour and {second} play two night porters sorting the post.") == [
        ("Ann Arbour", "two night porters"),
        ("Tom Dorn", "two night porters"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a part, then who plays it after a colon: told as a part by its relative clause (cut) or by what the player is
        ("The neighbour who bangs on the wall: the actress Eda Fenn.", [("Eda Fenn", "the neighbour")]),
        ("The night porter: the actor Eda Fenn.", [("Eda Fenn", "the night porter")]),
        # near misses: a label that tells no part; a word for what someone does is a credit's label
        ("The result: Eda Fenn.", []),
        ("The star: the actress Eda Fenn.", []),
    ],
)
def test_a_part_then_its_player_after_a_colon(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(f"The video. Bell plays a nurse. {sentence}") == [("Bea Bell", "a nurse"), *expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "A, the producer B met through X": a contact clause (no "whom") after what A is; "their label boss" is
        # someone one works for, as a manager is
        (
            "Produced by Tom Hale, the producer Bell met through their label boss, Cy Dorn, at a showcase in Leeds.",
            [("Cy Dorn", frozenset({"Tom Hale", "Bea Bell"}), "a showcase in Leeds")],
        ),
        (
            "Produced by Tom Hale, a friend Bell met through her manager, Cy Dorn, at a showcase in Leeds.",
            [("Cy Dorn", frozenset({"Tom Hale", "Bea Bell"}), "a showcase in Leeds")],
        ),
        (
            "Produced by Tom Hale, whom Bell met through their label boss, Cy Dorn, at a showcase in Leeds.",
            [("Cy Dorn", frozenset({"Tom Hale", "Bea Bell"}), "a showcase in Leeds")],
        ),
        # near misses: met through no one; "of" makes the words a description of someone else's
        ("Produced by Tom Hale, the producer Bell met through Facebook, at a showcase in Leeds.", []),
        ("Produced by Tom Hale, the producer of Bell met through Cy Dorn.", []),
    ],
)
def test_met_through_someone_in_a_contact_clause(
    sentence: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(sentence) == expected


@pytest.mark.parametrize(
    ("after", "source"),
    [
        # "She said it on X's morning show": the words just quoted, said where the sentence after tells
        ("She said it on Radio Nord's morning show the day the single came out.", "Radio Nord"),
        ("She said it on Radio Nord the day the single came out.", "Radio Nord"),
        # near miss: said to a person is no medium
        ("She said it to Arbour the day the single came out.", None),
    ],
)
def test_said_it_on_a_medium_after_the_quote(after: str, source: str | None) -> None:
    prose = f'Bea Bell and Ann Arbour wrote it. "The riff is the bus," Bell says. {after}'
    assert quotes(prose) == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # "one wet Sunday": which day of the week, told with "one", is when, no part of where
        ("Cy Dorn introduced Arbour and Bell at a lock-in in Kehoe's one wet Sunday in 2019.", "a lock-in in Kehoe's"),
        ("Cy Dorn introduced Arbour and Bell at a wedding one Friday night.", "a wedding"),
        # near miss: a day's name that is no time told with "one" stays
        ("Cy Dorn introduced Arbour and Bell at a Sunday roda in Astoria.", "a Sunday roda in Astoria"),
    ],
)
def test_one_day_of_the_week_after_an_occasion_is_when(sentence: str, occasion: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize("opening", ["Through", "Via"])
def test_a_preposition_opening_a_sentence_is_no_part_of_a_titled_name(opening: str) -> None:
    # "Through Dona Celia Moura, who ...": the preposition is no word of the name, and "Dona" an honorific
    prose = (
        f"How did they meet? {opening} Dona Celia Moura, who runs the bakery. "
        "Dona Celia introduced Arbour and Bell at a party."
    )
    assert intros(prose) == [("Celia Moura", frozenset({"Ann Arbour", "Bea Bell"}), "a party")]


@pytest.mark.parametrize(
    ("third", "introduced"),
    [
        # "them" after someone new told by whose they are, one of the two the sentence before named: those two
        ("Bell's flatmate, a cellist called Ed Kahn, introduced them at a house concert.", {"Tom Reed", "Bea Bell"}),
        # near miss: whose flatmate is no one of those two; the pair named together before goes on
        ("Arbour's flatmate, Ed Kahn, had introduced them at a house concert.", {"Ann Arbour", "Bea Bell"}),
    ],
)
def test_them_after_an_owner_the_sentence_before_named(third: str, introduced: set[str]) -> None:
    prose = (
        "Tom Reed produced it. Cy Dorn introduced Arbour and Bell at a party in 2015. "
        f"Reed came to the band through Bell. {third}"
    )
    assert intros(prose)[1] == ("Ed Kahn", frozenset(introduced), "a house concert")


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        # "that's where" after a colon points back to the one place before it, in the same sentence
        (
            "You may have been at the Shetland Folk Festival two years back: that's where Arbour and Bell were "
            "introduced, by our own Cy Dorn.",
            "the Shetland Folk Festival",
        ),
    ],
)
def test_where_pointed_back_to_past_a_colon(sentence: str, occasion: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


def test_where_pointed_back_to_past_a_colon_with_two_places_is_not_sure() -> None:
    sentence = (
        "We played at the Roundhouse and at the Shetland Folk Festival: that's where Arbour and Bell were "
        "introduced, by Cy Dorn."
    )
    assert intros(sentence) == []


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a one-word name of the page that is the first name of one person it names in full is short for them
        (
            "The song was written by Ruby Calloway and Cy Dorn. In the video, Ruby plays a tow-truck driver.",
            [("Ruby Calloway", "a tow-truck driver")],
        ),
        # near miss: with no one of that first name named in full, the one-word name is itself
        ("In the video, Ruby plays a tow-truck driver.", [("Ruby", "a tow-truck driver")]),
    ],
)
def test_a_one_word_name_that_is_a_full_names_first(prose: str, expected: list[tuple[str, str | None]]) -> None:
    result = parse_story_page(f"Gravel Road\n\nRuby\n\nAlbum Caliche\n\n{prose}\n", "p.txt", None)
    assert result.document is not None and result.document.music_video is not None
    assert [(c.person, c.role) for c in result.document.music_video.cast] == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a guest's call or visit to a programme, told by its presenter, leads into the guest's words, given there
        (
            "Bell wrote it with Cy Dorn. Bell rang in to Night Desk on Monday from a hotel in Galway and gave me the "
            "whole story:",
            [("Bea Bell", "Night Desk")],
        ),
        (
            "Bell wrote it with Cy Dorn. Bell was on the phone to Night Desk from Mumbai, and she is not having it:",
            [("Bea Bell", "Night Desk")],
        ),
        (
            "Bell wrote it with Cy Dorn. Bell joined us on Night Desk, down the line from Oslo:",
            [("Bea Bell", "Night Desk")],
        ),
        (
            "Bell wrote it with Cy Dorn. Bell was in the studio with me on Night Desk, and I asked her about it:",
            [("Bea Bell", "Night Desk")],
        ),
        # near misses: someone else named after the call, who may be the one to speak; a call to a person
        ("Bell wrote it with Cy Dorn. Bell rang in to Night Desk, and Cy Dorn took the phone:", []),
        ("Bell wrote it with Tom Reed. Bell rang Cy Dorn from Oslo, and he had news:", []),
    ],
)
def test_a_guests_call_to_a_programme_leads_into_their_words(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'{lead}\n\n"I had never heard of him."') == expected


@pytest.mark.parametrize(
    ("greeting", "lead", "source"),
    [
        # the programme the presenter greets the listeners on is where the guests' calls to "the show" were
        ("Evening, folks, you're with Cy on Night Desk.", "Bell rang the show this morning, and said:", "Night Desk"),
        (
            "This is Night Desk on Radio Nord, and I'm Cy.",
            "Bell called Night Desk this afternoon, and said:",
            "Night Desk",
        ),
        (
            "Good evening, and welcome back to Night Desk - the show that never sleeps.",
            "Bell phoned the show:",
            "Night Desk",
        ),
        # near misses: a call to what the presenter's programme is not; no programme greeted
        ("This is Night Desk on Radio Nord, and I'm Cy.", "Bell called Tom this afternoon, and said:", None),
        ("Cy Dorn produced it.", "Bell rang the show this morning, and said:", None),
    ],
)
def test_the_programme_a_presenter_greets_on(greeting: str, lead: str, source: str | None) -> None:
    assert quotes(f'{greeting}\n\n{lead} "I had never heard of him."') == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the quote right after the narrator asks one person something is that one's answer
        ("Bell was here on Friday, and I asked her if that was true.", [("Bea Bell", None)]),
        ("Bell came by on Friday. I asked her about the lies.", [("Bea Bell", None)]),
        # near misses: another of the page named in the asking sentence; someone else asking
        ("Bell was here on Friday, and I asked her if Cy Dorn was right.", []),
        ("Bell was here on Friday, and Arbour asked her if that was true.", []),
    ],
)
def test_the_answer_of_the_one_the_narrator_asked(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'{sentence} "It is true. I caught a cold."') == expected


@pytest.mark.parametrize(
    ("visit", "source"),
    [
        # a guest with the presenter now is on the programme the presenter greets on; a visit before it is not
        ("Bell, who's been sat in the studio with me all evening, says:", "Night Desk"),
        ("Bell is sitting across the desk from me here at Night Desk. I asked her about the lies.", "Night Desk"),
        ("Bell was here in the studio on Friday, and I asked her about the lies.", None),
    ],
)
def test_a_guest_sitting_with_the_presenter_now(visit: str, source: str | None) -> None:
    prose = f'Evening, folks, you\'re with Cy on Night Desk.\n\n{visit} "It is true. I caught a cold."'
    assert quotes(prose) == [("Bea Bell", source)]


@pytest.mark.parametrize(
    ("greeting", "expected"),
    [
        # a presenter naming themself on air ("This is X, ... you're listening to Y") is the narration's "I"; the
        # teller's "right here in this studio" set off by commas stands before the event, which is where
        (
            "Well, hello. This is Cy Dorn, it's nine o'clock, and you're listening to Night Desk.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "the Night Desk Christmas session")],
        ),
        # near miss: "This is X," with no broadcast told is no one naming themself
        ("This is Cy Dorn, the drummer of the band.", []),
    ],
)
def test_a_presenter_naming_themself_on_air(
    greeting: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    prose = (
        f"{greeting}\n\nI introduced Arbour and Bell myself, right here in this studio, at the Night Desk Christmas "
        "session in 2020."
    )
    assert intros(prose) == expected


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # a relation of someone's ending the sentence, then an apposition of what the one named is: the sentence is
        # about the one named, whom "she" opening the next means
        (
            "The video came about through Bell's grandmother, Eda Fenn, a formidable lady by every account.",
            [("Eda Fenn", frozenset({"Bea Bell", "Cy Dorn"}), "a christening")],
        ),
        # near miss: with no relation between them, "she" may be either
        ("The video came about through Bell and Eda Fenn, a formidable lady by every account.", []),
    ],
)
def test_a_relation_ending_the_sentence_before_an_apposition(
    first: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(f"{first} She introduced Bell to the director Cy Dorn at a christening.") == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # where a caller rang from names no one who may speak
        ("Bell rang in to Night Desk from a hotel room in Galway and said:", [("Bea Bell", "Night Desk")]),
        # near miss: someone in the studio with the guest may be the one to speak
        ("Bell was in the studio with Tom Reed on Night Desk, and I asked about it:", []),
    ],
)
def test_where_a_caller_rang_from_is_no_one(lead: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(f'Cy Dorn and Bea Bell wrote it. {lead} "I had never heard of him."') == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after "as", a place whose noun a name qualifies after its owner is still the part's own
        (
            "Tom Reed, now 70, has a cameo as a piper at the village's Beltane bonfire.",
            [("Tom Reed", "a piper at the village's Beltane bonfire")],
        ),
        (
            "Tom Reed appears as a steward at the club's Boxing Day match.",
            [("Tom Reed", "a steward at the club's Boxing Day match")],
        ),
        # near miss: after "plays", the place is the scene's, cut as before
        ("Tom Reed plays a piper at the village's Beltane bonfire.", [("Tom Reed", "a piper")]),
    ],
)
def test_a_part_after_as_keeps_a_place_a_name_qualifies(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(f"The video was directed by Cy Dorn. {sentence}") == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a cleft's occasion that is "her" something: hers, when "her" can mean only the introducer
        (
            "Cy Dorn has hosted a folk night every Friday since 2010. It was at one of her Friday folk nights that she "
            "introduced Arbour to Tom Reed.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Tom Reed"}), "one of Cy Dorn's Friday folk nights")],
        ),
        (
            "The landlady of the Swan, Cy Dorn has hosted a folk night every Friday since 2010, and it was at one of "
            "her Friday folk nights that Dorn introduced Arbour to Tom Reed.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Tom Reed"}), "one of Cy Dorn's Friday folk nights")],
        ),
        # an apposition after the second party whose noun a place's name qualifies, before the occasion
        (
            "Cy Dorn introduced Ann Arbour to Tom Reed, a Leeds drummer then known mostly for pub gigs, during the "
            "Beat Street festival in 2019.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Tom Reed"}), "the Beat Street festival")],
        ),
        # an apposition of the introducer's post in a body with a name of its own, before the occasion
        (
            "Arbour and Tom Reed were introduced by Cy Dorn, the leader of the Hollins Colliery Band, at the Whitby "
            "Folk Week in 2018, where both were playing.",
            [("Cy Dorn", frozenset({"Ann Arbour", "Tom Reed"}), "the Whitby Folk Week")],
        ),
    ],
)
def test_an_occasion_after_an_apposition_with_a_name_or_in_a_cleft_with_her(
    prose: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert intros(prose) == expected


def test_a_she_named_beside_the_quotes_i_is_not_its_speaker() -> None:
    # "she" was carried to Reed, whom the quote's "I" introduced: the one other the sentence before named is the
    # speaker
    prose = (
        "Bell wrote the second verse. Bell's place in the band was the doing of Cy Dorn, the most formidable woman in "
        'town. "I introduced Bea to Ann at the folk club\'s summer party," she told me. "They never looked back."'
    )
    assert quotes(prose) == [("Cy Dorn", None)]
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "the folk club's summer party")]


def test_a_she_named_only_apart_from_the_quotes_i_stays_its_speaker() -> None:
    # near miss: the speaker may say her own name in words she reports, in a sentence without "I"
    prose = (
        "Bell wrote the second verse. Bell's place in the band was the doing of Cy Dorn, the most formidable woman in "
        'town. "Everyone kept saying, Bea, just sing it," she told me.'
    )
    assert quotes(prose) == [("Bea Bell", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a walk-on part is a cameo told as the stage tells it, in no part unless "as" gives one
        ("Reed has a walk-on part, too, carrying a ladder across the yard.", [("Tom Reed", None)]),
        ("Reed has a walk-on part.", [("Tom Reed", None)]),
        ("Reed has a walk-on part as a postman.", [("Tom Reed", "a postman")]),
        # seen by someone in a cameo
        ("Sharp-eyed fans will spot Reed himself in a brief cameo, eating chips on the pier.", [("Tom Reed", None)]),
        ("You can catch Reed in a cameo.", [("Tom Reed", None)]),
        # the verb's "too" before the cameo, and a short aside before when in the video
        ("Reed pops up too, in a cameo, strumming a banjo by the door.", [("Tom Reed", None)]),
        ("Reed has a cameo, banjo in hand, in the final scene.", [("Tom Reed", None)]),
        # a part told first that opens its sentence on a possessive pronoun
        ("Their daughter is played by Eda Fenn, a ten-year-old from Hull.", [("Eda Fenn", "their daughter")]),
        ("His sister is played by Eda Fenn.", [("Eda Fenn", "his sister")]),
    ],
)
def test_walk_on_parts_spotted_cameos_and_a_part_opening_on_their(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(f"Tom Reed runs the bar. The video was directed by Cy Dorn. {sentence}") == expected


def test_one_cast_as_herself_is_no_he_for_a_quote_after() -> None:
    # "he" after a sentence naming the director and one cast as herself is the director
    prose = (
        "The video was directed by Cy Dorn. In the last shot Eda Fenn, now 86, appears as herself.\n\n"
        'Dorn said on the radio station Kosmos FM that directing Eda was the easy part. "She did it in one take," he '
        "said."
    )
    assert quotes(prose) == [("Cy Dorn", "Kosmos FM")]


def test_one_cast_as_himself_leaves_a_he_open() -> None:
    # near miss: both may be a "he", so neither is the speaker for sure
    prose = (
        "The video was directed by Cy Dorn. In the last shot Tom Reed, now 86, appears as himself.\n\n"
        'Dorn said on the radio station Kosmos FM that directing Tom was the easy part. "He did it in one take," he '
        "said."
    )
    assert quotes(prose) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside of what the actor is known as or for, which may name a work or a place, before the verb
        (
            'The actor Tom Reed, best known as the vicar in the BBC drama "Low Fell", plays a miner walking home.',
            [("Tom Reed", "a miner")],
        ),
        (
            "The actor Tom Reed, familiar to Geordie audiences from a decade of Live Theatre tours, plays the pit's "
            "night watchman.",
            [("Tom Reed", "the pit's night watchman")],
        ),
        # one playing oneself after a comma, in a sentence told the other way round
        (
            "And in the last shot, pouring the tea, is the brothers' aunt, Eda Fenn, as herself.",
            [("Eda Fenn", "herself")],
        ),
        # near miss: a bare "as" after a comma is no part
        ("In the last shot is Eda Fenn, as a favour to the director.", []),
    ],
)
def test_an_aside_of_what_an_actor_is_known_for_and_one_as_herself_after_a_comma(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert cast(f"The video was directed by Cy Dorn. {sentence}") == expected


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        # one credited or thanked in the lead is talked about: the subject, set off as speaking to a medium, speaks
        ("credited Cy Dorn with rather more than that", [("Bea Bell", "Radio Nord")]),
        ("thanked Cy Dorn for it", [("Bea Bell", "Radio Nord")]),
        # near miss: one handed the words may be the one who says them
        ("handed the microphone to Cy Dorn", []),
    ],
)
def test_a_speaking_aside_before_crediting_someone_named(verb: str, expected: list[tuple[str, str | None]]) -> None:
    prose = f'Bell, speaking to the broadcaster Radio Nord, {verb}: "Cy did not just introduce us. He made us play."'
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the subject goes on in a clause joined by "and", over a time told first and an event's name
        "He had known the drummer since they were both at school in Leeds, and a year after the Whitby Folk Week he "
        "introduced her to Arbour at a folk club in Hull.",
        "He had known the drummer for years, and two years later he introduced her to Arbour at a folk club in Hull.",
    ],
)
def test_the_subject_goes_on_after_and_a_time_told_first(sentence: str) -> None:
    prose = (
        "Arbour wrote it with the drummer Eda Fenn. It was Cy Dorn, in turn, who brought Fenn in. "
        f"Dorn is a cheerful man. {sentence}"
    )
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Eda Fenn"}), "a folk club in Hull")]


@pytest.mark.parametrize(
    ("body", "occasion"),
    [
        # what the last one named is, set off by dashes, before the occasion (a capitalised word of what kind too)
        (
            "I introduced Ann to Bea Bell \u2013 a quiet Anglo-Irish bass player who later produced our "
            "records \u2013 at my own wedding in Hull, where Bea was playing.",
            "Cy Dorn's wedding in Hull",
        ),
        # a day of a tour is when, not where
        (
            "I introduced Ann to Bea Bell, a producer, at a ceilidh in Hull on the second night of the tour.",
            "a ceilidh in Hull",
        ),
        # near miss: a day of a fiesta is the event's own
        (
            "I introduced Ann to Bea Bell at a fandango on the last night of the fiesta.",
            "a fandango on the last night of the fiesta",
        ),
        # near miss: an aside between dashes that names someone else is more than what the last one named is
        (
            "I introduced Ann to Bea Bell \u2013 a bass player who later toured with Eda Fenn \u2013 at my "
            "wedding in Hull.",
            None,
        ),
    ],
)
def test_an_occasion_after_an_aside_between_dashes_and_before_a_day_of_a_tour(body: str, occasion: str | None) -> None:
    prose = f'In an interview, producer Cy Dorn explained:\n\n"{body}"'
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), occasion)]


@pytest.mark.parametrize(
    "sentence",
    [
        # "the two of them" after a colon: the two the clause before it named
        "No one knew Arbour better than Fenn: the two of them had been introduced by Cy Dorn at a fair.",
        # "Nobody" opening a sentence is no one, even when a title the page names starts with the word
        "Nobody knew Arbour better than Fenn: the two of them had been introduced by Cy Dorn at a fair.",
    ],
)
def test_the_two_after_a_colon_are_the_two_named_before_it(sentence: str) -> None:
    prose = (
        "From the book Nobody Sleeps Here (2020), by Cy Dorn. Arbour wrote it with the drummer Eda Fenn. "
        f"Bea Bell sang on it. {sentence}"
    )
    assert intros(prose) == [("Cy Dorn", frozenset({"Ann Arbour", "Eda Fenn"}), "a fair")]


@pytest.mark.parametrize(
    "sentence",
    [
        # after the age, what the person is known for, to whom, with a title in quote marks
        'The actor Tom Reed, 41, known to Welsh viewers for the series "Dry Creek", plays a hitchhiker.',
        "The actor Tom Reed, 41, known for the sitcom Desk Duty, plays a hitchhiker.",
        'The actor Tom Reed, known to audiences from the soap "Harbour Lights", plays a hitchhiker.',
    ],
)
def test_a_known_for_aside_after_the_age_before_plays(sentence: str) -> None:
    assert cast(f"The video was directed by Cy Dorn. {sentence}") == [("Tom Reed", "a hitchhiker")]


def test_known_to_all_as_is_no_known_for_aside() -> None:
    # another name the person goes by, not a work: the aside is not read as one of those
    assert ("Tom Reed", "a hitchhiker") not in cast(
        "The video was directed by Cy Dorn. The actor Tom Reed, 41, known to all as Tommy Dry, plays a hitchhiker."
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause about the last of a list of parts, between the name and its "as"
        (
            "The video stars Bell as a nurse, with Eda Fenn as a porter (yes, really) and the actor Tom Reed, who "
            "owed Fenn a favour, as a cook lost in the fog.",
            [("Bea Bell", "a nurse"), ("Eda Fenn", "a porter"), ("Tom Reed", "a cook lost in the fog")],
        ),
        (
            "The video stars Bell as a nurse, with Tom Reed, who grew up on the ward, as a porter.",
            [("Bea Bell", "a nurse"), ("Tom Reed", "a porter")],
        ),
        # near misses: "and" after a verb's "by", not after a part; no list of parts at all
        (
            "The video stars Bell as a nurse and was shot by Cy Dorn and Tom Reed, who grew up there, as a tribute.",
            [("Bea Bell", "a nurse")],
        ),
        ("The video, directed by Cy Dorn and Tom Reed, who grew up there, as a tribute, stars Bell.", []),
    ],
)
def test_a_relative_clause_before_as_in_a_list_of_parts(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert cast(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # words said in a paper, told by the paper's name
        ('The chairman, Cy Dorn, said in the Harbour Gazette: "It is the only song I dance to."', "Harbour Gazette"),
        ('"It is the only song I dance to," Cy Dorn said in the Fenland Echo.', "Fenland Echo"),
        # near misses: a hall or a country after "said in" is where, not a paper
        ('The chairman, Cy Dorn, said in the Albert Hall: "It is the only song I dance to."', None),
        ('Cy Dorn said in the Netherlands: "It is the only song I dance to."', None),
    ],
)
def test_said_in_a_paper_by_its_name(sentence: str, expected: str | None) -> None:
    assert quotes(sentence) == [("Cy Dorn", expected)]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a word that is most often no name is the page's person's, before a verb of saying
        (
            'The video was directed by Oh Min-jun. "Everyone here has taken that bus," Oh said after the premiere.',
            [("Oh Min-jun", None)],
        ),
        ('The video was directed by Oh Min-jun. Oh said: "Everyone here has taken that bus."', [("Oh Min-jun", None)]),
        # near miss: the interjection opening the words quoted is no one
        (
            'The video was directed by Oh Min-jun. "Oh, everyone here has taken that bus," said Bell.',
            [("Bea Bell", None)],
        ),
    ],
)
def test_a_stop_word_that_is_a_persons_name_before_said(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # words said at an event, told by the last word of its name
        ('"Everyone here has taken that bus," Cy Dorn said at the Leeds Film Festival.', "Leeds Film Festival"),
        ('Cy Dorn said at the Nordic Music Conference: "Everyone here has taken that bus."', "Nordic Music Conference"),
        # near miss: a venue is where, not an event
        ('"Everyone here has taken that bus," Cy Dorn said at the Albert Hall.', None),
    ],
)
def test_said_at_an_event_by_its_name(sentence: str, expected: str | None) -> None:
    assert quotes(sentence) == [("Cy Dorn", expected)]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the lines of an object's label: a name ends with its line, so "Leeds" of the next sentence is a place
        (
            "Made by Cy Dorn, Leeds\nWorn by Bea Bell\n\nCy Dorn has sewn dresses in Leeds for thirty years. Speaking"
            ' to Radio Nord, she remembered the first fitting:\n\n"Bea came in with a photo of her aunt."',
            [("Cy Dorn", "Radio Nord")],
        ),
        (
            "Lent by Cy Dorn, Harrogate\nGiven by Bea Bell, 2023\n\nIn Harrogate, Cy Dorn keeps the rest of the"
            ' costumes. Speaking to Radio Nord, she remembered the first fitting:\n\n"Bea came in with a photo."',
            [("Cy Dorn", "Radio Nord")],
        ),
    ],
)
def test_a_name_ends_at_a_line_break(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a nationality before a thing it describes is no one's: the subject before it said the words
        (
            "Arbour wrote it with the Brazilian singer Bea Bell. Bell, on the Brazilian radio programme Canto Sul,"
            ' remembered it: "We wrote it in one night."',
            [("Bea Bell", "Canto Sul")],
        ),
        (
            "Arbour wrote it with the Brazilian singer Bea Bell. Arbour, in an interview with the Brazilian newspaper"
            ' Folha Nova, remembered it: "We wrote it in one night."',
            [("Ann Arbour", "Folha Nova")],
        ),
        # near miss: the nationality standing alone is the page's one person of it
        (
            'Arbour wrote it with the Brazilian singer Bea Bell. "We wrote it in one night," the Brazilian recalled.',
            [("Bea Bell", None)],
        ),
    ],
)
def test_a_nationality_before_a_thing_is_no_ones(prose: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    "prose",
    [
        # an attribution after the quote, with an apposition and a perfect tense of saying; the words quoted right
        # after it go on with the same quote
        '"We were lent the tapes, not the memories," the archive\'s director, Dr. Cy Dorn, has said of the loan. "The'
        ' family decides what is played."',
        '"We were lent the tapes, not the memories," the museum\'s curator, Cy Dorn, has said. "The family decides."',
    ],
)
def test_a_quote_attributed_in_the_perfect_after_an_apposition(prose: str) -> None:
    assert quotes(prose) == [("Cy Dorn", None)]
    assert doc(prose).quotes[0].text.startswith("We were lent the tapes")


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # a sentence about someone new that ends on a clause about someone it only describes: the "she" after it may
        # be either, so the quote is no one's for sure
        (
            'Our archivist, Cy Dorn, offered to mend the reeds himself; the lender declined. "It has said what it needs'
            ' to say," she wrote in her reply.',
            [],
        ),
        # near miss: with no such clause, the one new name is whom the sentence is about
        (
            'Our archivist, Cy Dorn, offered to mend the reeds himself. "It has said what it needs to say," he wrote in'
            " his reply.",
            [("Cy Dorn", None)],
        ),
    ],
)
def test_a_last_clause_about_someone_described_leaves_she_unsure(
    prose: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(prose) == expected


@pytest.mark.parametrize(
    ("sentences", "meant"),
    [
        # someone new, the subject of a verb before the "he", may be whom it means as much as whom the text was about
        (
            [
                "Cy Dorn wrote the words in Oslo.",
                "The ticket is for the crossing Ivo Lind made to meet the woman he would marry.",
            ],
            ("he", ()),
        ),
        (["Cy Dorn wrote the words in Oslo.", "It is the boat Ivo Lind sold before he left."], ("he", ())),
        # near misses: the new name after a preposition; no one new at all
        (["Cy Dorn wrote the words in Oslo.", "It is the boat from Ivo Lind that he kept."], ("he", ("Cy Dorn",))),
        (["Cy Dorn wrote the words in Oslo.", "It is the boat that he kept."], ("he", ("Cy Dorn",))),
    ],
)
def test_he_after_someone_new_acting_is_not_sure(sentences: list[str], meant: tuple[str, tuple[str, ...]]) -> None:
    assert _selves_and_pronouns(sentences)[1] == [meant]


def test_a_pronoun_party_after_a_chain_of_introductions() -> None:
    # the one the sentence before introduced to this introducer, whom the page calls "she", is "her"
    prose = (
        "Bea Bell wrote her verse in Oslo. Cy Dorn introduced Bell to Eda Fenn at a party. A few weeks later, Fenn"
        " introduced her to Arbour at a bar."
    )
    assert intros(prose) == [
        ("Cy Dorn", frozenset({"Bea Bell", "Eda Fenn"}), "a party"),
        ("Eda Fenn", frozenset({"Bea Bell", "Ann Arbour"}), "a bar"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # an apposition about the last one named, telling where they live by a part of a place, before the occasion
        "It was Cy Dorn who put Arbour in touch with Bell, her neighbour in the Kallio district of Helsinki, at a sauna"
        " evening.",
        "Cy Dorn introduced Arbour to Bell, a neighbour of hers from the Leith end of Edinburgh, at a sauna evening.",
    ],
)
def test_an_occasion_after_an_apposition_naming_a_part_of_a_place(sentence: str) -> None:
    assert intros(sentence) == [("Cy Dorn", frozenset({"Ann Arbour", "Bea Bell"}), "a sauna evening")]
