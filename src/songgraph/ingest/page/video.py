"""The music video as the prose tells it: its release date, directors, views and likes, and who it shows."""

from __future__ import annotations

from songgraph.ingest import linear
from songgraph.ingest.page.clauses import OTHER_WORKS, ROLE_NOUNS
from songgraph.ingest.page.credits import add_directors, shared_surname
from songgraph.ingest.page.layout import Paragraph
from songgraph.ingest.page.reading import Reading
from songgraph.ingest.pagetext import (
    DAY,
    MONTH,
    MONTHS,
    NAME,
    NAME_START,
    NAMES,
    WEEKDAY_NAMES,
    WORD_END,
    digits,
    parse_date,
    split_names,
    trim_name,
)
from songgraph.models import CastEntry
from songgraph.text import fold

_NUMBER = linear.compile(
    rf"(?P<value>\d+(?:[.,]\d+)*)\s*(?P<scale>billion|million|thousand|bn|m|k)?\s+(?P<what>views|likes){WORD_END}",
    ignore_case=True,
)
_SCALES = {"billion": 10**9, "bn": 10**9, "million": 10**6, "m": 10**6, "thousand": 10**3, "k": 10**3}
_AS_OF = linear.compile(
    rf"\bAs\s+of\s+(?:(?:early|mid|late|the\s+end\s+of|the\s+start\s+of)[\s-]+)?(?:(?P<day>{DAY})\s+)?"
    rf"(?:(?P<month>{MONTH})\s+)?(?P<year>\d{{4}}){WORD_END}",
    ignore_case=True,
)
_PRONOUN = linear.compile(
    r"\b(?P<pronoun>his|her|their)\s+(?:(?:[a-z][\w-]*\s+){0,3})(?:album|single|song|EP|career)\b"
)
# ("follows X across the sea" is left out: a video may follow someone's story or a character named for them, so
# it does not say X is seen as themselves)
_SHOWS = linear.compile(rf"\b(?i:video|it)\s+(?:shows|depicts)\s+(?:both\s+)?(?P<names>{NAMES})")
_IN_A_PART = linear.compile(r"\s*,?\s+(?:as|playing|in\s+the\s+role)\b")
# A word after a list of names that is the list's verb, not the end of a phrase: lower case, and no preposition,
# conjunction or pronoun that may end "directed by A, B and C".
_A_VERB_NEXT = linear.compile(
    r"\s+(?:(?:also|all|both|then|each|together|now)\s+)?(?:play|plays|played|appear|appears|appeared|star|stars|"
    r"starred|are|were|feature|features|featured|portray|portrays|portrayed|take|takes|took|share|shared|turn|"
    r"turns|turned|show|shows|showed|become|becomes|became|lead|leads|led|spend|spends|spent)\b"
)
# "directed by Mr. Arakawa himself", "by Ms. Ode and Mr. Lund": a courtesy title with its period before a surname
# (NAME ends at a period after a word, so "Mr." alone would be the director); the period is dropped ("Mr Arakawa"),
# as a name holds none before a space, and add_directors says whom the title and surname mean
_TITLE = r"(?:Mrs?|Ms|Mx|Dr)\.\s"
_TITLED_NAME = rf"(?:{_TITLE})?{NAME}"
_TITLED_NAMES = rf"{_TITLED_NAME}(?:(?:,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*){_TITLED_NAME})*"
_TITLE_PERIOD = linear.compile(f"^{_TITLE}")
_DIRECTED = linear.compile(
    # "directed by Bell's brother Cy Bell": a possessive names whose relation directed, not a director
    rf"\b(?:(?i:co-)?(?i:directed)\s+by\s+(?:{NAMES}'s?\s+(?:[a-z][\w-]*\s+){{1,3}}"
    # "directed by the Kenyan filmmaker X", "by the photographer-turned-director X", "by the duo X and Y": a
    # description of the directors ending in what they are, then their names
    rf"|(?:the\s+(?:[\w-]+\s+){{0,3}}?[\w-]*"
    # "directed by Finnish director X", "by Hamburg-based filmmaker X", "by Mexico City filmmaker X", "by acclaimed
    # filmmaker X": with no article, a capitalised place or nationality right before what they are, or lower-case
    # words right after "by" (no lower-case word after a name: "directed by Ana Roth and filmmaker Bo Lee" lists two)
    rf"|{NAME}\s+|(?:[a-z][\w-]*\s+){{0,2}}?)"
    r"(?:director|filmmaker|film-maker|duo|team|collective|photographer|"
    r"animator|artist|choreographer|cinematographer)s?\s+"
    # "directed by Dublin-based Niamh Kyle": where the director is based or born, with no role noun after it, is
    # no part of their name
    r"|\p{Lu}[\w\p{M}]*(?:-[\w\p{M}]+)*-(?:based|born|raised|bred)\s+)?"
    # "shot by director X", "helmed by X": a director told by another verb (a camera operator shoots too, so
    # "shot" and "filmed" need the word "director")
    # ("shot on a frozen lake by director X": where or when it was shot may come between)
    r"|(?:shot|filmed|made)\s+(?:[^.,;:!?\"]{0,60}?\s)?by\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?(?:director|film-?maker)\s+"
    r"|(?i:co-)?helmed\s+by\s+)"
    rf"(?P<names>{_TITLED_NAMES})"
    # "directed by Tran herself with Bradley Kwok": the one stressed, then who directed with them
    rf"(?:\s+(?:himself|herself|themselves)\s+(?:with|and|alongside)\s+(?P<with>{NAME}))?"
)
_COMMA_AND = linear.compile(r",\s*and\s")
# "the game's launch trailer, directed by X", "an episode directed by X", "The finale itself was directed by X":
# "directed by" said of the noun right before it, or of the subject of its "was", tells who directed that work; a
# page on a song placed in a series, film, game or advert names their directors next to the video's ("a promotional
# film" or "a short film" is what a video was called before music videos)
_OTHER_WORK = linear.compile(
    rf"(?:^|[^\w'-])(?:(?P<kind>promotional|promo|short)\s+)?(?i:(?P<film>film)|{OTHER_WORKS})s?"
    r"(?:\s+(?:itself|themselves))?\s*,?\s+"
    r"(?:(?:was|were|is|are|had\s+been|has\s+been)\s+)?$"
)
# What a word placing someone runs into: a role noun (a word or two before it), then the name it describes.
_DESCRIBED_NEXT = linear.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(sorted(ROLE_NOUNS)) + r")\s+\p{Lu}")
# Directors told without "directed by": "the video, which Holloway directed himself", "..., and the director
# Adaeze Nnamdi did not disappoint" (a director as the clause's subject; "inspired by the director X" is not)
_DIRECTED_OTHERWISE = linear.compile(
    rf"\b(?:(?i:video|clip|visual|promo)|MV)\s*,\s+which\s+(?P<which>{NAME})\s+(?:co-)?directed"
    # "which Walsh co-directed with Hamish Corrigan": who directed with them
    rf"(?:\s+(?:with|alongside)\s+(?P<with>{NAME})|\b)"
    rf"|(?:^|[.;!?]\s+|,\s+(?:and|but)\s+|\s+and\s+)(?i:the|its)\s+director\s*,?\s+(?P<subject>{NAME})"
    r"\s*,?\s+(?:did|does|was|is|has|had|gave|made|shot|filmed|kept|went|chose|brought|cast|set)\b"
    # "Its director, Ana Roth, explained ...": the director in apposition, whatever the clause then says
    rf"|(?:^|[.;!?]\s+)(?i:the|its)\s+director\s*,\s+(?P<apposed>{NAME})\s*,"
    # "The clip dropped on 5 May 2022, with Aoife Kinsella directing.": directing with no object of its own
    # ("with Bell directing the choir" directs something else)
    rf"|\bwith\s+(?P<directing>{NAME})\s+(?:co-)?directing(?:\s*[,.;!?]|$)"
)
# "Ana Roth directed the video", "It was Ana Roth who directed the video", "Ana Roth directs it on a boat": a
# name as the subject of "directed" with the video (or "it", right after a sentence about the video) as object
_DIRECTED_ACTIVE = linear.compile(
    rf"{NAME_START}(?P<name>{NAME})(?:\s*,)?\s+(?:who\s+)?(?:co-)?direct(?:ed|s)\s+"
    r"(?:(?P<object>(?i:the|this|its)\s+(?:music\s+)?(?:video|clip|visual|promo)\b)|(?P<it>it)\b)"
)
# "the video ... was released on", "the video arrived two weeks after the single, on": its verb within the
# sentence (no other record the subject of it: "the video, shot before the album came out on ..."), then
# its date before the sentence says anything else ("which", "when" ...).
_VIDEO_RELEASED = linear.compile(
    r"\b(?:(?i:video|clip|visual|promo)|MV)\b(?P<between>[^.]{0,120}?)\b(?:was\s+|is\s+)?(?:released|premiered|published|"
    r"came\s+out|debuted|arrived|dropped|landed|went\s+(?:live|up|online)|was\s+(?:unveiled|uploaded|posted)|followed|"
    # the story told in the present: "the video premieres on"
    r"premieres|comes\s+out|debuts|arrives|drops|lands|goes\s+(?:live|up|online)|"
    # "hit YouTube on": reached a platform
    r"hit\s+\p{Lu}[\w-]*)\b\s*(?:on\s+)?(?:the\s+)?"
)
# "Released on 17th March 2022 and directed by X, it was shot in ...": a participle before the subject, which is
# the video, or "it" right after a sentence about the video (or with the video's other words in the phrase)
_RELEASED_FIRST = linear.compile(
    r"(?:^|[.!?]\s+)(?:Released|Premiered|Unveiled|Published|Dropped"
    # "Directed by X and released on 9th February 2018, the video": the release the second of two participles
    r"|(?:Directed|Shot|Filmed)\s+(?:by\s+)?[^,.;]{1,80}?\s+and\s+(?:released|premiered|unveiled|published|dropped))"
    r"\s+(?:on\s+)?(?P<phrase>[^,.;]{1,120}),\s+"
    r"(?:(?P<video>the\s+(?:music\s+)?(?:video|clip))|(?P<it>it))\s"
)
# "... a single shot of a ferry's wake, directed by X. It was released on 1 May 2018.": "it" right after a
# sentence about the video (and no other record) is the video, when the sentence says no more than its date
_IT_RELEASED = linear.compile(
    r"(?:^|[.!?]\s+)It\s+(?:was\s+(?:released|published|unveiled|uploaded|posted)|premiered|came\s+out|debuted|"
    r"dropped|went\s+(?:live|up|online))\s+(?:on\s+)?(?:the\s+)?"
)
_FOR_ANOTHER = linear.compile(r"\s+(?:for|of|to)\s")
# "It was Ana Roth who directed the video, and it was on 2 May 2020 that it was released": a cleft date, with
# "it" the video when the sentence has named it before
_CLEFT_RELEASED = linear.compile(
    r"\b(?i:it)\s+was\s+(?:on\s+)?(?P<date>[^,.;]{4,40}?)\s+that\s+(?:it|the\s+(?:music\s+)?video)\s+"
    r"(?:was\s+(?:released|published|unveiled|uploaded|posted)|premiered|came\s+out|debuted|dropped)\b"
)
_STOP = linear.compile(r"[.;!?](?:\s|$)")
_THE_VIDEO = linear.compile(r"\b(?:(?i:video|clip)|MV)\b")
_VIDEO_WORDS = linear.compile(r"\b(?:directed|filmed|shot)\b")
_SAID_OF_VIDEO = linear.compile(r"(?i:video|clip)\W{0,3}$")
_OTHER_RECORD = linear.compile(
    r"\b(?i:album|record|EP|mixtape|remix)\b|\b(?i:the|its|his|her|their)\s+(?i:single|song|track)\b"
)
_OF_THE_SONG = linear.compile(r"\b(?i:for|of|to)\s+(?i:the|this|his|her|their)\s+(?i:single|song|track)\b")
_DATE_WINDOW_END = linear.compile(r"[.;]\s|\b(?:which|that|when|while|whose|but|and\s+(?:the|its|his|her|their))\b")


# "The MV premiered ...": K-pop's word for the music video, in capitals
_MV = linear.compile(r"\bMVs?\b")


# "The colourful clip was co-directed by", "the visual, which ...", "the promo went up on": other words for
# the video, as a noun (a verb, a relative or punctuation after it: not "the visual effects", "the clip art")
_OTHER_WORD = linear.compile(
    r"\b(?i:the|its|this|their|his|her)\s+(?:[a-z][\w'-]*\s+){0,2}?(?i:clip|visual|promo)"
    r"(?:\s*[,;:.!?]|\s+(?:was|is|has|had|which|that|for|premiered|dropped|debuted|arrived|landed|hit|went|came|"
    r"co-directed|directed|shot|filmed|sees|shows|features|follows|opens|stars|also|centres|centers|begins|starts|"
    r"ends|unfolds|tells|finds|takes)\b)"
)


# "A promotional film was shot on the crossing", "a short film for the song": what the video was called before
# music videos (a film for an album or of a concert is not the song's)
_FILM = linear.compile(
    r"\b(?i:promotional|promo)\s+(?i:film|clip)\b"
    r"|\b(?i:film)\s+for\s+(?:the|this|his|her|their)\s+(?:song|single|track)\b"
)


# "The cast: X as ..., Y as ...": a paragraph of running prose that opens on the video's cast, told after a colon
_CAST_OPENING = linear.compile(r"^\W*(?:(?i:the|and\s+the|as\s+for\s+the)\s+)?(?i:cast)\s*:\s+\S")


# "There is no music video for "Title"", "No video was ever made": a video the page says does not exist (the
# paragraph goes on to other footage: a scene from the series, a lyric card)
_NO_VIDEO = linear.compile(r"\b(?i:there\s+is\s+no|there\s+was\s+no)\s+(?:official\s+)?(?:music\s+)?video\b")


def is_about_the_video(paragraph: Paragraph) -> bool:
    lower = paragraph.text.lower()
    if "video" in lower and " no " in lower:
        lower = _NO_VIDEO.sub(" ", paragraph.text).lower()
    return (
        "video" in lower
        or "the clip" in lower
        or ("film" in lower and bool(_FILM.search(paragraph.text)))
        or ("MV" in paragraph.text and bool(_MV.search(paragraph.text)))
        or (("clip" in lower or "visual" in lower or "promo" in lower) and bool(_OTHER_WORD.search(paragraph.text)))
        or ("cast" in lower and bool(_CAST_OPENING.match(paragraph.text)))
    )


# What a walk through a video's scenes speaks of, one paragraph after another: its shots, frames and scenes, its camera,
# cameos and cast, and the song's sections as the times things happen on screen ("By the second chorus", "enters in
# the first verse", "The bridge is a dance break")
_SCENE_WORDS = linear.compile(
    r"\b(?i:shots?|frames?|scenes?|camera|close-ups?|cameos?|cast|on\s+screen|end\s+credits)\b"
    # ("The best blink-and-you-miss-it moment?": an appearance on screen too short to catch unless watched for)
    r"|\b(?i:blink)[\s-]+and[\s-]+you(?:['\x{2019}]ll|[\s-]+will)?[\s-]+miss[\s-]+it\b"
    # ("she holds the centre of the film", "the best line in the film": a critic's "the film" for the video just
    # written about)
    r"|\b(?i:of|in)\s+the\s+film\b"
    r"|\b(?i:in|by|during|until|at)\s+the\s+(?:(?:first|second|third|last|final|opening|closing)\s+)?"
    r"(?:verse|chorus|bridge|middle\s+eight|outro|intro)\b"
    r"|\bThe\s+(?:(?:first|second|third|last|final|opening|closing)\s+)?(?:verse|chorus|bridge|middle\s+eight)\s+"
    r"(?:is|was|cuts|brings|belongs|introduces|opens|finds|sees|shows)\b"
)


def continues_the_video(paragraph: Paragraph) -> bool:
    """Whether a paragraph right after one about the video goes on walking through its scenes ("In the opening
    shot ...", "By the second chorus ...") though it does not say "video" again."""
    return bool(_SCENE_WORDS.search(paragraph.text))


# A diary kept on the video's shoot: an opening that puts its keeper to work on the video ("X was the stylist on the
# "Title" video", "kept continuity on the "Title" video", "choreographed the video for "Title""), then entries each
# opening on the day or night they tell of ("Day one.", "Second night.", "Thursday, 9 June.", "Monday.")
_ON_THE_VIDEO = linear.compile(
    r'\bon\s+the\s+"[^"]{1,120}"\s+(?:music\s+)?video\b|\b(?:on|[a-z]+ed)\s+the\s+(?:music\s+)?video\s+for\s+"'
)
_NUMBER_WORD = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_ENTRY = linear.compile(
    rf"^(?:(?:Day|Night|Morning|Evening)\s+{_NUMBER_WORD}"
    r"|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Last|Final)\s+(?:day|night|morning|evening)"
    rf"|(?:{WEEKDAY_NAMES})"
    rf"(?:,?\s+(?:{DAY}\s+{MONTH}|{MONTH}\s+{DAY}))?)\.\s"
)


def shoot_diary(prose: list[Paragraph]) -> list[Paragraph]:
    """The entries of a diary kept on the video's shoot, when the page is one: all the paragraphs from the first
    entry on (what happens on a shoot is the video's, and its entries rarely say "video" again). The opening must
    put its keeper to work on the video (a page that says "there is no music video" does not), the entries open
    right after it, and there are at least two."""
    first = next((at for at, paragraph in enumerate(prose) if _ENTRY.match(paragraph.text)), None)
    if first is None or first == 0 or not _ON_THE_VIDEO.search(prose[first - 1].text):
        return []
    if not any(_ENTRY.match(paragraph.text) for paragraph in prose[first + 1 :]):
        return []
    return prose[first:]


# The writer of the page at work on the video, in the first person: "we shot it", "I cast two actors", "the shoot",
# "on set", "the cast" (a director's memoir of the shoot seldom says "video" again)
_OWN_SHOOT = linear.compile(
    r"\b(?:I|[Ww]e)\s+(?:shot|filmed|cast|hired|wrapped)\b|\b(?i:the|that|a)\s+shoot\b|\b(?i:on\s+set)\b"
    r"|\b(?i:the\s+(?:whole\s+|entire\s+)?cast)\b"
)
# "plays a nurse in the stage play Ward Nine", "starred as a cook in a television advert": a part in another
# production, which a casting sentence on the video's set may still name
_ANOTHER_PRODUCTION = linear.compile(
    r"\b(?i:in|on|for)\s+(?i:the|a|an|his|her|their|its|\p{Lu}[\w\p{M}-]*['\x{2019}]s?)\s+(?:[a-z][\w-]*\s+){0,2}?"
    # ("in the video Arbour plays": "plays" is the verb, and no production's plural)
    r"(?:(?i:play)|(?i:musical|film|movie|series|sitcom|soap|drama|advert|advertisement|commercial|documentary|"
    r"opera|production|episode|pantomime|panto|programme|show)s?)\b"
)


def names_another_production(sentence: str) -> bool:
    """Whether a sentence places its part in a production other than the video ("in the stage play Ward Nine")."""
    return bool(_ANOTHER_PRODUCTION.search(sentence))


def on_the_directors_set(r: Reading, prose: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs of a page its video's director writes about the shoot: when the page is added by one the
    page credits with directing the video (by full name, or the first name of theirs) who has no other part in
    the song, and who tells in the first person of the shoot ("we shot it", "I cast ...", "on set"), every
    paragraph from the first about the video or the shoot on is on the director's set, its "X plays Y" the
    video's cast (save a part the sentence places in another production: ``names_another_production``)."""
    added = _words(r.facts.added_by or "")
    if not added:
        return []
    facts = r.facts
    others = {_words(name) for name in (*facts.artists, *facts.featured_artists, *facts.writers, *facts.producers)}
    directors = [_words(name) for name in facts.video.directors]
    writer = [name for name in directors if name == added or name.startswith(f"{added} ")]
    if len(writer) != 1 or writer[0] in others or any(name.startswith(f"{writer[0].split()[0]} ") for name in others):
        return []
    shoot = [_OWN_SHOOT.search(paragraph.text) is not None for paragraph in prose]
    if not any(shoot):
        return []
    first = next(at for at, paragraph in enumerate(prose) if shoot[at] or is_about_the_video(paragraph))
    return prose[first:]


def names_the_director(r: Reading, paragraph: Paragraph) -> bool:
    """Whether the paragraph names, in full, a director the page credits with the video who has no other part in
    the song ("Director X cast Holt as a lifeguard"): it is about the video even if it never says "video"."""
    facts = r.facts
    others = {_words(name) for name in (*facts.artists, *facts.featured_artists, *facts.writers, *facts.producers)}
    text = f" {_words(paragraph.text)} "
    # whole words: "Al Green" is not named by "Cal Greenwood"
    return any(
        " " in name and _words(name) not in others and f" {_words(name)} " in text for name in facts.video.directors
    )


def _words(text: str) -> str:
    return " ".join("".join(char if char.isalnum() else " " for char in fold(text)).split())


def read_video_prose(r: Reading, paragraph: Paragraph) -> None:
    """Release date, directors and counts in a paragraph about the video."""
    text = paragraph.text
    video = r.facts.video
    for match in _VIDEO_RELEASED.finditer(text):
        between = match.group("between")
        if _OTHER_RECORD.search(_OF_THE_SONG.sub(" ", between) if "the" in between else between):
            continue
        window = text[match.end() : match.end() + 60]
        cut = _DATE_WINDOW_END.search(window)
        date = parse_date(window[: cut.start()] if cut else window)
        if date is not None:
            if video.release_date not in (None, date):
                r.warn(paragraph.line_at(match.start()), "two different music video release dates")
            video.release_date = video.release_date or date
    for match in _RELEASED_FIRST.finditer(text):
        phrase = match.group("phrase")
        if match.group("it") and not (
            _VIDEO_WORDS.search(phrase) or _SAID_OF_VIDEO.search(text[max(0, match.start() - 40) : match.start() + 1])
        ):
            continue  # "Released in May, it topped the charts": the song
        date = parse_date(phrase)
        if date is not None:
            if video.release_date not in (None, date):
                r.warn(paragraph.line_at(match.start()), "two different music video release dates")
            video.release_date = video.release_date or date
    for match in _IT_RELEASED.finditer(text) if "It " in text else ():
        start = match.start() + (0 if text[match.start()] == "I" else 1)
        before = paragraph.sentences.around(max(0, start - 2), max(0, start - 1)) if start > 1 else ""
        if not _THE_VIDEO.search(before) or _OTHER_RECORD.search(before) or _OF_THE_SONG.search(before):
            continue
        window = text[match.end() : match.end() + 40]
        stop = _STOP.search(window)
        date = parse_date(window[: stop.start()]) if stop and stop.start() <= 30 else None
        if date is not None:
            if video.release_date not in (None, date):
                r.warn(paragraph.line_at(match.start()), "two different music video release dates")
            video.release_date = video.release_date or date
    for match in _CLEFT_RELEASED.finditer(text) if " that " in text else ():
        before = text[max(0, match.start() - 300) : match.start()]
        head = max(before.rfind(". "), before.rfind("! "), before.rfind("? "))
        own = before[head + 1 :] if head >= 0 else before
        if "the video" not in text[match.start() : match.end()] and (
            not _THE_VIDEO.search(own) or _OTHER_RECORD.search(own)
        ):
            continue
        date = parse_date(match.group("date"))
        if date is not None:
            if video.release_date not in (None, date):
                r.warn(paragraph.line_at(match.start()), "two different music video release dates")
            video.release_date = video.release_date or date
    for match in _DIRECTED.finditer(text):
        # Only paragraphs that speak of a video get here, so these are the video's directors, unless the words
        # before say another work was directed
        other = _OTHER_WORK.search(text[max(0, match.start() - 60) : match.start()])
        if other and not (other.group("film") and other.group("kind")):
            continue
        sentence = paragraph.sentences.around(match.start(), match.end())
        names = [
            name.replace(".", "", 1) if _TITLE_PERIOD.match(name) else name
            for name in split_names(match.group("names"))
            if not name.endswith(("'s", "'"))
        ]
        if "," in match.group("names") and (
            (" and " not in match.group("names") and "&" not in match.group("names"))
            or _A_VERB_NEXT.match(text, match.end())
        ):
            # "directed by Lotte Peeters, Dufay plays ...": a list ends with "and"; a comma alone ends the phrase
            # ("directed by Ida Berg, Arbour, Bell and Dorn play ...": the names after the comma are the subject
            # of the verb they run into)
            names = names[:1]
        if len(names) == 2 and _COMMA_AND.search(match.group("names")):
            # "directed by Tolu Park, and Okonkwo is nowhere in it": two names need no comma before "and" (a list's
            # last comma comes after three or more); with one, "and" joins the next clause, whose subject it names
            names = names[:1]
        elif len(names) > 1 and _DESCRIBED_NEXT.match(text, match.end()):
            # "directed by Wren Ames, and Melbourne comedian Tash Varga plays ...": the last capitalised word
            # places the next clause's subject, whom a role noun then names; it directed nothing
            names = names[:-1]
        names = shared_surname(r, names, paragraph.line_at(match.start()))
        if match.group("with"):
            names.append(match.group("with"))
        add_directors(r, names, paragraph.line_at(match.start()), sentence)
    for match in _DIRECTED_OTHERWISE.finditer(text) if "direct" in text else ():
        sentence = paragraph.sentences.around(match.start(), match.end())
        directors = [
            match.group("which") or match.group("subject") or match.group("apposed") or match.group("directing")
        ]
        if match.group("with"):
            directors.append(match.group("with"))
        add_directors(r, directors, paragraph.line_at(match.start()), sentence)
    for match in _DIRECTED_ACTIVE.finditer(text) if "direct" in text else ():
        start = match.start("name")
        if match.group("it"):
            # "it" is the video only when the name starts a sentence right after one about the video (and no
            # other record)
            if not text[max(0, start - 2) : start].startswith((". ", "! ", "? ")):
                continue
            last = paragraph.sentences.around(start - 2, start - 1)
            if not _THE_VIDEO.search(last) or _OTHER_RECORD.search(last) or _OF_THE_SONG.search(last):
                continue
        after = text[match.end() : match.end() + 40]
        of_this = _OF_THE_SONG.match(after.lstrip())
        if not match.group("it") and (
            _OTHER_RECORD.search(_OF_THE_SONG.sub(" ", after[:30])) or (_FOR_ANOTHER.match(after) and not of_this)
        ):
            continue  # "directed the video for her album's title track", "... for her last single": another's
        sentence = paragraph.sentences.around(start, match.end())
        add_directors(r, [match.group("name")], paragraph.line_at(start), sentence)
    _counts(r, paragraph)


def _counts(r: Reading, paragraph: Paragraph) -> None:
    text = paragraph.text
    video = r.facts.video
    counted = False
    for match in _NUMBER.finditer(text):
        number = match.group("value")
        value = float(number.replace(",", "")) if "," in number else float(number)
        scale = _SCALES.get((match.group("scale") or "").lower(), 1)
        if value * scale > 10**15:
            r.warn(paragraph.line_at(match.start()), "a view or like count too large to be real")
            continue
        if match.group("what").lower() == "views":
            video.views = round(value * scale)
        else:
            video.likes = round(value * scale)
        counted = True
    as_of = _AS_OF.search(text)
    if counted and as_of:
        year = as_of.group("year")
        month = as_of.group("month")
        if month:
            stamp = f"{year}-{MONTHS[month.lower().rstrip('.')]:02d}"
            day = as_of.group("day")
            stamp = f"{stamp}-{int(digits(day)):02d}" if day else stamp
        else:
            stamp = year
        video.stats_as_of = stamp


def self_role(r: Reading) -> str:
    """How the page refers to the main artist ("his debut album"), to word a self-appearance in a video."""
    for paragraph in r.page.prose():
        if not any(pronoun in paragraph.text for pronoun in ("his", "her", "their")):
            continue
        match = _PRONOUN.search(paragraph.text)
        if match:
            return {"his": "himself", "her": "herself"}.get(match.group("pronoun"), "themselves")
    return "themselves"


def shown_artists(r: Reading, paragraph: Paragraph, cast: list[CastEntry]) -> list[CastEntry]:
    """The song's artists a video "shows" (as themselves) who are not already cast in a part: "himself" or
    "herself" as the page's pronouns for them say (for the main artist, also "his album"), else "themselves"."""
    artists = {fold(a) for a in (*r.facts.artists, *r.facts.featured_artists)}
    main = {fold(a) for a in r.facts.artists}
    in_cast = {fold(c.person) for c in cast}
    added: list[CastEntry] = []
    text = paragraph.text
    for match in _SHOWS.finditer(text):
        if _IN_A_PART.match(text, match.end()):
            continue  # "shows Arbour as a child": a part, read (or left out) by the cast rules
        sentence = paragraph.sentences.around(match.start(), match.end())
        line = paragraph.line_at(match.start())
        for name in split_names(match.group("names")):
            person = r.people.mention(trim_name(name))
            if person is None:
                r.warn(line, f"'{name}' in the video is not a known person")
                continue
            if fold(person) in in_cast or fold(person) not in artists:
                continue
            in_cast.add(fold(person))
            role = r.people.selves.get(person) or (self_role(r) if fold(person) in main else "themselves")
            added.append(CastEntry(person=person, role=role, source=r.people.source(line, sentence)))
    return added
