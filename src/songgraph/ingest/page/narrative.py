"""The prose read in order, sentence by sentence: quotes with their speakers and sources, introductions
(told in narration or in a quote), and the video's cast, with who "he", "she", "we" and "the two" are
carried from one sentence to the next (``clauses.Discourse``)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from songgraph.ingest import linear
from songgraph.ingest.page import cast as casting
from songgraph.ingest.page import prose, quotes
from songgraph.ingest.page.clauses import (
    DEMONYM_WORDS,
    GROUP_NOUNS,
    MENTION,
    NOMINATIVES,
    RELATIVE_NOUNS,
    ROLE_NOUNS,
    SOMEONE_WORDS,
    Clause,
    Discourse,
    Mention,
    about_unnamed,
    people_plural,
    titled,
)
from songgraph.ingest.page.credits import CreditList
from songgraph.ingest.page.facts import valid
from songgraph.ingest.page.introductions import MET_REACH, Doubt, introductions, tells_one, two_met
from songgraph.ingest.page.layout import Line, Paragraph, is_quote
from songgraph.ingest.page.people import People
from songgraph.ingest.page.quotes import (
    LABEL,
    LOOKING_BACK,
    SAID_ON_VERBS,
    SAYING,
    SPEECH_VERBS,
    THE_PAPER,
    TITLE_SMALL,
    Attribution,
    Frame,
    Programmes,
    attribution,
    frame,
    heads_episode,
    labelled,
    manner_on,
    person,
    says,
    segment,
    segment_tied,
    visits_own,
)
from songgraph.ingest.page.reading import Reading
from songgraph.ingest.page.video import (
    continues_the_video,
    is_about_the_video,
    names_another_production,
    names_the_director,
    on_the_directors_set,
    read_video_prose,
    shoot_diary,
    shown_artists,
)
from songgraph.ingest.pagetext import (
    EXCERPT_REACH,
    GROUP_SIZES,
    Sentences,
    first_sentence_end,
    known_country,
    squash,
)
from songgraph.models import ArtistKind, CastEntry, CreditRole, IntroductionEntry, QuoteEntry
from songgraph.text import fold

# What ends the words before a quote they lead into: a colon, or a comma after a speech verb or "according
# to X" ('Arbour said, "..."'); after other words a comma is a title's or a phrase's ('their debut single,
# "Paper Crowns"').
# (where it was said may take a few words between the verb and the comma: "explained on the radio show Songs at the
# Lock Gate,")
# The teller's own aside between a saying and the words it leads into, set off by commas or dashes ("A said to X,
# I have it here, ...", "he said - this is A - ...", "told X - hang on, I have it here - ...", "did tell X, and this
# is in an interview, ..."): the lead ends before it (its "I" is no speaker)
_TELLERS_ASIDE = (
    r"(?P<aside>(?:,|\s-)\s+(?:(?:and|hang\s+on|listen)\s*,?\s+)?(?:I|I've|I'm|this\s+is)\b[^\",:;-]{0,40}"
    r"(?:,\s+[a-z][^\",:;-]{0,20})?)\s*[,-]"
)
# (where, a programme's title in quotes among those words, with what it is set off after it: 'said on "Y", the
# podcast,')
_SAID_WHERE = r'[^",:;]{0,60}(?:"[^",:;]{1,40}"(?:,\s+the\s+[a-z]+(?:\s+[a-z]+)?)?[^",:;]{0,30})?'
_LEAD_END = linear.compile(
    rf"(?:(?P<colon>:)|\b(?:{SAYING}|tell)\b{_SAID_WHERE}{_TELLERS_ASIDE}"
    rf'|(?:\b(?:{SAYING})\b{_SAID_WHERE}|\b[Aa]ccording\s+to\s+[^",:;]{{1,60}})(?P<comma>,))'
    # ("the sort of night, Bell remembers, where "...": the sentence goes on into the words quoted, after "where" or
    # "when" that join them to what the saying set off)
    r"(?:\s*(?:where|when))?\s*$"
)
# A particle joined to a surname by an apostrophe, before its capital ("d'Aubigny", "l'Estrange"); one set off by a
# space ("de Vries") leaves the capitalised word after a space, which the pattern reads as it is.
_PARTICLES = r"(?:[dl]')?"
# What the words after a quote must hold to be its attribution: someone and a speech verb.
# (a name's letters may carry combining marks: "Adébáyọ̀ said")
_ATTRIBUTION = linear.compile(
    # ("the band's fiddle player admitted": a description of up to three words)
    # ("d'Aubigny told": a surname may open with a lower-case particle)
    rf"(?:^|\s)(?:{_PARTICLES}\p{{Lu}}[\w\p{{M}}'-]*|he|she|they|we|I|the\s+[\w'-]+)\s+(?:\w+\s+){{0,2}}(?:{SAYING})\b"
    # a sentence of its own saying who made the remark just quoted: '" He made the remark during a session for X.'
    r"|^\s*(?:\p{Lu}[\w\p{M}'-]*(?:\s+\p{Lu}[\w\p{M}'-]*){0,3}|He|She|They)\s+(?:made|makes)\s+(?:the|that|this|those|these)\s+"
    r"(?:remarks?|comments?)\b"
    # inverted: '"...," says Bell.', '"...," recalls producer Cy Dorn.', '"...," said the producer.'
    rf"|^\s*(?:{SAYING})\s+(?:[a-z][\w'-]*\s+){{0,3}}(?:\p{{Lu}}|he\b|she\b|the\s+[a-z])"
    # with an apposition between the subject and the verb: '," Cy Dorn, their producer, told us', '," their
    # producer, Cy Dorn, said' (the speaker is read from it as from any lead-in); '," one of them, Cy Dorn, told me'
    # ('," our director, Cy Dorn, said': the writer's own "our" as well)
    rf"|^\s*,?\s*(?:\p{{Lu}}[\w\p{{M}}'-]*(?:\s+\p{{Lu}}[\w\p{{M}}'-]*){{0,3}}|(?:the|their|his|her|its|our|my)\s+[\w'-]+(?:\s+[\w'-]+)?"
    # ('," her old tutor at the conservatoire, Marc Verbeke, told': a longer description, of where too)
    r"|(?:the|their|his|her|its)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){2,5}"
    r"|one\s+of\s+(?:them|us|(?:the|their|his|her)\s+[\w'-]+))"
    # ('," the archive's director, Dr. X, has said of the loan': a perfect tense of saying)
    rf"\s*,\s*[^,\"]{{1,60}},\s+(?:(?:has|have|had)\s+)?(?:{SAYING})\b"
    # ('," was all he would say.': the words called all that someone said)
    r"|^\s*,?\s*(?:was|is)\s+(?:all|everything)\s+(?:that\s+)?(?:he|she|they|\p{Lu}[\w\p{M}'-]*"
    rf"(?:\s+\p{{Lu}}[\w\p{{M}}'-]*){{0,3}})\s+{quotes.ALL_SAID_VERB}"
    # a sentence of its own that says whose the words were, and how they were put out: '" That was Cy Dorn,
    # posting on X the night it came out.'
    rf"|^\s*(?:That|This)\s+(?:was|is)\s+\p{{Lu}}[\w\p{{M}}'-]*(?:\s+\p{{Lu}}[\w\p{{M}}'-]*){{0,3}}\s*,\s*"
    r"(?:posting|writing|tweeting|speaking|talking|blogging)\b"
)
# '" That explains the second verse.', '" This sums up the band.': the words just quoted as the subject of a verb that
# is also one of saying, the narrator's comment on them (no one's attribution)
_WORDS_EXPLAIN = linear.compile(rf"^\s*(?:That|This|It|Which)\s+(?:[a-z]+ly\s+)?(?:{SAYING})\b")
# A paragraph's opening words in quotes that read as a title, the narration going on after them ('"Night Trains" came
# out of ...'): short, no sentence ending inside (a quote whole may quote someone inside it: '"He said, "Go." So I
# went."'; '"Night Trains", the second single, came out ...': set off by a comma, what it is apposed to it as to a
# title)
_TITLE_OPENING = linear.compile(r'^"[^".!?]{1,60}"\s+[a-z]')
# In a question, someone named with the one asked: "You and Bastiaan ...", "Bastiaan and you ..."
_NAME_WORDS = r"\p{Lu}[\w'-]+(?:\s+\p{Lu}[\w'-]+){0,3}"
_YOU_AND = linear.compile(rf"\b(?:[Yy]ou\s+and\s+(?P<after>{_NAME_WORDS})|(?P<before>{_NAME_WORDS})\s+and\s+you\b)")
# "plays her own grandmother" told again of whom "plays her grandmother" told: "own" after a possessive adds no part
_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})


def _counts(number: str, size: int) -> bool:
    """Whether a count, a word ("four") or figures ("4"), says ``size``."""
    return str(GROUP_SIZES.get(number.lower(), number)) == str(size)


_WHAT_THEY_ARE_LAST = linear.compile(r"(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z][\w-]*\s+){1,2}$")


def _members_in_apposition(
    text: str, group: casting.Part, parts: list[casting.Part], members: list[str] | None
) -> bool:
    """Whether the group's mention is followed, after a comma, by members of it cast in the same part ("the
    surviving Lavonettes, Tibbs and Jean-Baptiste, appear as themselves"): those named say which of the line-up.
    ``members`` None: any cast in the same part, of a line-up not told ("the rest of the band, A and B, appear as
    themselves": those named are the rest)."""
    line_up = {fold(member) for member in members or ()}
    named = sorted(
        other.at
        for other in parts
        if other is not group and other.role == group.role and (members is None or fold(other.person) in line_up)
    )
    if not named or named[0] <= group.at:
        return False
    between = text[group.at : named[0]]
    if members is None:
        # ("the rest of the band, drummer A and bassist B,": what the first named is may come before the name)
        between = _WHAT_THEY_ARE_LAST.sub("", between)
    return between.rstrip().endswith(",") and between.count(",") == 1 and " and " not in between


def _without_own(role: str) -> str:
    words = role.split()
    return " ".join(w for i, w in enumerate(words) if not (w == "own" and i and words[i - 1].lower() in _POSSESSIVES))


# A paragraph that leads into a list of the video's cast ("Music Video Cast:"), and a line of such a list.
_CAST_LEAD = linear.compile(r"(?i)\b(?:cast|starring)\b[^\n]{0,40}:\s*$")
_BULLET = linear.compile(r"\s*[-*\x{2013}\x{2014}\x{2022}]\s*")
# A line of a cast list without a bullet: "Cy Dorn (the priest)", "Cy Dorn as the priest".
# "Cy Dorn \u2013 the priest": the part after a dash with a space each side (not a hyphen in a name).
_MEMBER = linear.compile(
    r"^\s*\p{Lu}[^()]{0,80}?(?:\s*\([^()]{1,300}\)|\s+(?:as|\x{2013}|\x{2014}|-)\s+\S[^()]{0,300})\s*\.?\s*$"
)
# "a telegram boy who delivers every message to the wrong house": a part named by a noun and what qualifies it, then
# a relative clause about what the character does (a bare noun keeps its clause, which is what names the part: "a guest
# who never checks out")
_QUALIFIED_WHO = linear.compile(r"^(?P<part>(?:a|an|the)\s+[\w'-]+(?:\s+[\w'-]+){1,5}?)\s+who\s")


def _beside_i(body: str, person: str) -> bool:
    """Whether a sentence of the quote ``body`` has its speaker's "I" and a word of ``person``'s name, as
    "I introduced Lhamo to Anirban" has Lhamo: someone other than the speaker."""
    parts = {fold(part) for part in person.split()}
    for first, last in Sentences(body).spans():
        words = set("".join(c if c.isalnum() else " " for c in fold(body[first:last])).split())
        if "i" in words and parts & words:
            return True
    return False


def _pronoun_named_beside_i(attributed: Clause, body: str, speaker: str | None) -> bool:
    """Whether the attribution after a quote is an open "he" or "she" carried to ``speaker``, and a sentence of the
    quote has its "I" and, capitalised, a word of the speaker's name ("I was introduced to Cy by Bea" for Cy Dorn):
    someone other than the one who says "I" (a capital is asked for, as "I will" holds no Will)."""
    said = _PRONOUN_SAID.match(attributed.skeleton)
    pronoun = attributed.mention(said.group("who")) if said is not None else None
    if speaker is None or pronoun is None or pronoun.kind != "pronoun" or pronoun.person != speaker:
        return False
    parts = {part for part in speaker.split() if part[:1].isupper()}
    for first, last in Sentences(body).spans():
        tokens = body[first:last].split()
        words = ["".join(c for c in token if c.isalnum()) for token in tokens]
        # ("OK, Kwame, what have you done?": a name after a comma is oneself addressed, as a first word is)
        if "I" in words and any(
            word in parts and not tokens[at - 1].endswith(",") for at, word in enumerate(words) if at
        ):
            return True
    return False


def _named_part(part: str) -> str:
    found = _QUALIFIED_WHO.match(part) if " who " in part else None
    return found.group("part") if found is not None else part


# "The band perform as themselves", "filmed the band performing as themselves", "All five members appear as themselves"
# (or "@0 perform as themselves", the band's noun read as a mention of the page's group)
# ("the three members appear as themselves": the members, each of them when the page lists them)
_BAND_AS_SELVES = linear.compile(
    r"(?:\b(?i:the)\s+(?:band|group)|(?P<band>@\d+)|\b(?P<members>(?i:all|the)\s+(?:(?P<number>two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+)\s+)?(?:of\s+the\s+)?(?:band\s+)?members"
    # ("the four members of X play themselves", "all four members of the band": whose members, the page's group by
    # its name or noun, checked on the match)
    r"(?:\s+of\s+(?:the\s+(?:band|group)|(?P<of_band>@\d+)))?))\s+(?:also\s+)?(?:(?:perform|performs|performing|play|plays|"
    r"playing|appear|appears|appearing|turn\s+up|turns\s+up|turning\s+up)\s+as\s+themselves\b"
    # ("the three band members play themselves": counted members, the verb of a part with the part right after it)
    r"|(?P<bare_play>play|plays|playing)\s+themselves\b)"
    # ("The band play themselves": the verb of a part with the part right after it)
    r"|(?:\b(?i:the)\s+(?:band|group)|(?P<playing>@\d+))\s+(?:also\s+)?(?:play|plays|playing)\s+themselves\b"
    # ("The four of them play themselves": each of the line-up the page names, when as many)
    r"|\b(?i:the|all)\s+(?P<them>two|three|four|five|six)\s+of\s+(?:them|(?P<them_at>@\d+))\s+(?:also\s+)?(?:(?:perform|play|appear)(?:s|ing)?"
    r"|turn(?:s|ing)?\s+up)\s+(?:as\s+)?themselves\b"
)
# "The three band members play switchboard operators in a Texas telephone exchange": the counted members of the
# page's group cast together in a bare plural part, a noun for what people do (maybe with where after it), ending the
# clause; each member of the line-up the page names, when the count agrees (checked on the match)
_MEMBERS_PLAY_PLURAL = linear.compile(
    r"(?:^\W*|[,;]\s+(?:and\s+)?)(?i:the|all)\s+(?P<number>two|three|four|five|six)\s+(?:of\s+them|(?:band\s+)?members"
    # ("the three members of X are cast as ...": the group named, checked on the match to be the page's)
    r"(?:\s+of\s+(?P<band>@\d+))?)"
    r"\s+(?:also\s+)?(?:play|(?P<as>appear\s+as|star\s+as|turn\s+up\s+as|(?P<cast>(?:are|were)\s+cast)\s+as))\s+"
    r"(?P<role>(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*s)"
    # ("cast as guests refusing to check out": after "as" the part keeps a participle's phrase; checked on the match)
    r"(?P<doing>\s+[a-z][\w-]*ing(?:\s+[a-z][\w-]*){0,5})?"
    r"(?:\s+(?:in|at|on)\s+(?:a|an|the)\s+(?:[^@,;:.()\"]|@\d+){1,60}?)?)\s*(?:[,;.!]|$)"
)
# "the three members of the band can be glimpsed in the crowd", "All four of them can be seen, briefly, on the beach":
# the counted members of the page's group seen in the video in no part (a part would follow "as": checked on the
# match); each member of the line-up the page names, when the count agrees
_MEMBERS_GLIMPSED = linear.compile(
    r"(?:^\W*|[,;]\s+(?:and\s+)?)(?i:the|all)\s+(?P<number>two|three|four|five|six)\s+"
    r"(?:of\s+(?:them|(?P<them>@\d+))|(?:band\s+)?members(?:\s+of\s+(?:the\s+(?:band|group)|(?P<band>@\d+)))?)"
    r"\s+(?:also\s+)?(?:can|could)\s+(?:also\s+|briefly\s+|just\s+)?be\s+(?:briefly\s+)?(?:seen|glimpsed|spotted)\b"
)
_AS_PART_AFTER = linear.compile(r"^\s*,?\s*(?:also\s+|briefly\s+)?as\b")
# Plurals ending like nouns for people that are what a band plays ("covers", "numbers"), no part
_NOT_PEOPLE_PLURALS = frozenset({"covers", "numbers", "standards", "originals", "instruments", "bangers", "anthems"})
# A part that counts its players: "two gauchos", "a pair of tourists", "a trio of beekeepers"
_PART_COUNT = linear.compile(
    r"^(?:(?i:a|an)\s+)?(?P<count>(?i:two|three|four|five|six|seven|eight|nine|ten|pair|duo|trio|quartet|quintet)|\d+)\b"
)
# "the landlady herself": a reflexive after a part told with "the" (a part of one, the one the page means) stresses
# it; after "a" it may say what the person is off screen too ("as a nurse herself"), so that is left as told
_STRESSED = linear.compile(r"^the\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}(?P<self>\s+(?:himself|herself|themselves))$")
# "the members of X", "all four members of X": the people of a group the part names, not the group itself
_MEMBERS_OF = linear.compile(
    # ("all four members of X": how many, which a line-up guessed from the page must agree with)
    r"(?:\b(?i:all|the)\s+(?P<number>two|three|four|five|six|seven|eight|nine|ten)\s+)?\b(?i:members)\s+of\s+(?:the\s+)?$"
)
# "the three Marquettes", "all four Larks": a count right before a plural-named band's member word, its members as
# many as that, not the band as one
_COUNTED_BEFORE = linear.compile(r"\b(?i:the|all)\s+(?P<number>two|three|four|five|six|seven|eight|nine|ten)\s+$")
# "Breen as a worker and the rest of the band as passengers": the members other than those cast beside them
_REST_OF = linear.compile(r"\b(?i:the\s+(?:rest|others?)\s+(?:members\s+)?of)\s+(?:the\s+)?$")
_BRACKETED_MEMBER = linear.compile(r"^(?P<name>[^()]{1,80}?)\s*\(\s*(?P<part>[^()]{1,300}?)\s*\)$")
_DASHED_MEMBER = linear.compile(
    r"^(?P<name>[^()\x{2013}\x{2014}]{1,80}?)\s+[-\x{2013}\x{2014}]\s+(?P<part>\S.{0,300})$"
)


def _member_line(text: str) -> bool:
    return _BULLET.match(text) is not None or _MEMBER.match(text) is not None


_CREDITED = linear.compile(
    r"\b(?P<verb>(?:co-)?written|penned|produced)\s+by\s+"
    r"(?P<names>@\d+(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+with\s+|\s+together\s+with\s+)@\d+){0,8})"
)
_THE_SONG = linear.compile(r"\b(?:[Ss]ong|[Tt]rack|[Ss]ingle|[Ii]t)\b")
_NOT_THE_SONG = linear.compile(r"\b(?:album|record|EP|video|remix|version)\b")
# "Munro added:" right after a quote of the same paragraph: said on the same occasion (not "added years later").
# "Sanne and I", "me and Sanne": whom the speaker of a quote names themselves with
_AND_I = linear.compile(
    r"(?P<name>\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*)?)\s+and\s+(?:I|me)\b|\b(?:I|me)\s+and\s+(?P<after>\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*)?)"
)
_ADDED = linear.compile(r"\b(?:added|adds|chimed\s+in|chips\s+in|chipped\s+in)\b")
# "Arbour replied within minutes:": a reply, its subject opening the lead (not "replied to X", whom it answered)
_REPLIED = linear.compile(r"^\W*@\d+\s+(?:[a-z]+ly\s+)?(?:replied|replies|responded|responds)\b(?P<to>\s+to\b)?")
# "she said in a follow-up video": a post following the speaker's own one just quoted, where that one was
_FOLLOW_UP = linear.compile(
    r"\b(?:in|on|during)\s+(?:a|her|his|their)\s+follow-up\s+(?:video|post|clip|story|stream|livestream|tweet)\b"
)
# "X reposted it with ...", "Y reshared the photo": the post just quoted put out again, on the same platform
_REPOSTED = linear.compile(
    r"^\W*@\d+\s+(?:[a-z]+ly\s+)?(?:reposted|reposts|reshared|reshares)\s+(?:it|the\s+(?:post|photo|picture|clip|video))\b"
)
_ANOTHER_TIME = linear.compile(r"\b(?:later|afterwards|since|earlier|before|ago|(?:18|19|20)\d\d)\b")
# "Speaking at the album launch in Lima, he added:": a gathering of its own the lead sets the words at, which is no
# conversation the quote before was from
_AT_A_GATHERING = linear.compile(
    r"\b(?i:at|during)\s+(?:the|an?|his|her|their)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:launch|launch\s+party|release\s+party|premiere|gig|concert|reception|signing|screening)(?:\s+in\s|\s*[,:]|\s*$)"
)
# 'She was speaking on the show X', 'He made the remark during a session for X': the speaker of the quote just
# before, and where they said it
_SPEAKING_AFTER = linear.compile(
    r"^\s*(?P<who>@\d+)\s+(?:(?:was|were|had\s+been)\s+(?:speaking|talking|chatting|writing)\s+(?:to|on|with|in|for)"
    r"|(?:made|makes)\s+the\s+(?:remarks?|comments?)\s+(?:during|on|in|to|while)"
    # "She posted that on X the week it came out": the words just quoted, put where they were read
    r"|(?:posted|shared|wrote|tweeted|published|put)\s+(?:that|it|this|those\s+words)\s+(?:on|in)"
    # "She said it on Radio Nord's morning show the day ...": the words just quoted, said where the clause tells
    r"|(?:said|says)\s+(?:that|it|this|those\s+words)\s+(?:on|in|to))\s"
)
# The words after a quote's closing comma: its speaker and a speech verb, a tail attribution after a lead in (one
# clause: '"...," he said, and Bell told X the same' tells Bell's source, not his)
# ('," she admitted on TikTok, in a video that has since gone round the world.': a phrase on the post or
# programme, after a comma, naming no one, is no clause of its own)
_SAID_AFTER = linear.compile(
    rf"^\s*(?P<who>@\d+)\s+(?:{SAYING})\b[^,;:]*(?:,\s*(?:in|during)\s+(?:a|an|the)\s[^@,;:]*)?$"
)
# The first sentence of a paragraph after one that is a quote alone, telling who had just said it, with words that
# point back at it: "She was speaking to X", "Cy Dorn told the story to X", "He made the remark on X" (not "Bell told X
# that ...", which reports words of its own). Read on the text to decide whether to wait for it, then on the skeleton.
_BACK = (
    r"\s+(?:(?:later|first|once|also|then)\s+)?(?:(?:was|were|had\s+been)\s+(?:speaking|talking|chatting)\s+(?:to|on|with)\b"
    r"|(?:told|tells|recounted|recounts|shared|shares)\s+(?:the|that|this)\s+(?:story|tale|anecdote)\b"
    r"|(?:made|makes)\s+(?:the|that|this|those|these)\s+(?:remarks?|comments?)\b)"
)
_TELLS_BACK_TEXT = linear.compile(rf"^\s*(?:\p{{Lu}}[\w'-]*(?:\s+\p{{Lu}}[\w'-]*){{0,3}}|He|She|They){_BACK}")
_TELLS_BACK = linear.compile(rf"^\W*(?P<who>@\d+){_BACK}")
# "in a message the magazine printed": the outlet a frame named, by what it is
_THE_OUTLET = linear.compile(
    r"\b(?:the|same)\s+(?:magazine|newspaper|paper|podcast|station|website|site|outlet)(?:\s*[,.;:!?]|\s+[a-z]|\s*$)"
)
_SAME_SOURCE = linear.compile(
    r"\b(?:same|that)\s+(?P<kind>episode|interview|conversation|show|programme|podcast|chat|session|broadcast|"
    # ("In the same feature": a printed piece, as a broadcast's episode is)
    r"appearance|livestream|stream|post|thread|video|feature|article|profile|piece|cover\s+story|"
    # ("asked by the same magazine": the outlet of the quote before)
    r"magazine|newspaper|paper|outlet|station)\b"
)
# What of ``_SAME_SOURCE`` one person gives, talking: "the same interview" is the one whose words were quoted from it
_ONES_OWN_TALK = frozenset({"interview", "conversation", "chat", "profile"})
# "she said later in the interview", "Later in the conversation, X said:", "he said on air": the occasion the words
# were said at named by what it is alone, with "the", which means the one the speaker was just quoted from (a
# printed outlet is no "air")
_BACK_TO_OCCASION = linear.compile(
    r"(?:^|\b(?i:later|earlier|elsewhere|also|again|back)\s+)(?i:in|on|during)\s+the\s+"
    r"(?P<kind>interview|conversation|chat|programme|program|show|broadcast|episode|podcast)(?:\s*[,:.;!?]|\s*$)"
    r"|\b(?:said|says|added|adds|told|tells|joked|jokes|recalled|recalls|explained|explains|laughed|laughs)\s+"
    r"(?:(?:later|also|again|then)\s+)?(?:in\s+the\s+(?P<said_in>interview|conversation|chat)|(?P<air>on\s+air))"
    r"(?:\s*[,:.;!?]|\s*$)"
)
# Where a sentence about the speaker puts them on the air: "premiered by the DJ X on her Rinse FM show", "on Radio
# Nord" (the station after "on", "the" or their own "her" before it), "the BBC's world music presenter X" (the
# broadcaster whose presenter they are)
_PUT_ON_AIR = linear.compile(
    r"\bon\s+(?:(?:the|his|her|their)\s+|(?P<own>@\d+)\s+)?(?P<station>@\d+)"
    r"(?:\s+(?:[a-z]+\s+)?(?:show|programme|program|slot)\b|\s*[,.;:!?]|\s+(?:and|in|on|at|last|this|that|one|every)\b|\s*$)"
    r"|(?P<owner>@\d+)'s\s+(?:[a-z][\w-]*\s+){0,3}?(?:presenter|DJ|host|disc\s+jockey|broadcaster)\s+(?P<staff>@\d+)"
    # ("Trojka played it every night, and the presenter, X, said on air": the station the subject playing the song)
    r"|^\W*(?P<player>@\d+)\s+(?:played|plays|aired|airs|spun|spins)\s+(?:it|the\s+(?:song|single|track|record))\b"
)
# Of those, the printed ones, and the kinds of programme (``Programmes.by_kind``) that are heard or seen, not printed
_PRINTED = frozenset({"magazine", "newspaper", "paper"})
_BROADCAST = ("podcast", "show", "programme", "series", "documentary", "docuseries")
# How many quotes one paragraph may hold before the rest of it is left unread (each costs a few hundred
# microseconds; a 200,000-character paragraph of nothing else would hold over ten thousand).
_MOST_QUOTES = 50
_TOO_MANY_QUOTES = f"a paragraph of more than {_MOST_QUOTES} quotes: the rest of it is not read"
# How an attribution right after an unpunctuated quote starts: a name, "the ...", a pronoun or the verb.
_ATTRIBUTION_START = linear.compile(rf"^\s*(?:\p{{Lu}}|the\s|he\s|she\s|they\s|(?:{SAYING})\b)")
# '"Rain Roads" tells the story of ...', '"Rain Roads" tells of ...': the verb of telling with what is told right
# after it (a work's story), not with whom the words are
_WORK_TELLS = linear.compile(
    rf"^\s*(?:{SAYING})\s+(?:(?:the|a|an|its|their)\s+(?:[a-z]+\s+)?(?:story|tale|stories|tales)|of|about|how)\b"
)
_JOINED = linear.compile(r"\b(?:and|but|while|whereas|although|though|because|so|yet|or)\b")
# 'Kwame put his hand up: "Why does the drum start last?" She laughed.': a question ended, and a new sentence after
# it (a capital, where an attribution would go on in lower case: '"Why?" she asked.'), is the other's answer or how
# they took it, no attribution of the question, which the colon's lead-in leads into
# '"...," she told her. "We dance so the sad part cannot catch us." Lena has since told me ...': the words resuming
# after an attribution end their sentence with a full stop, so the sentence after is one of its own, no attribution
# of them (which would follow a comma)
_ENDED_BEFORE = linear.compile(r'\."\s+\p{Lu}')
_ASKED_AND_ANSWERED = linear.compile(r'\?"\s+\p{Lu}')
# A quote that opens inside a running sentence: right after one of its words (not after a colon, comma, dash or the
# end of a sentence).
_MID_SENTENCE = linear.compile(r"\w\s*$")
# Telling an anecdote again ("has told this story forty times"), not saying the words quoted before it
_RETOLD = linear.compile(r"\b(?:told|tells|tell|telling)\s+(?:this|that|the)\s+(?:story|tale|anecdote)\b")
# "The story below is told by its co-writer, X", "This story is told by X": whom the narration's "I" is
_TOLD_BY = linear.compile(
    r"\b(?i:the|this)\s+story\s+(?:below\s+|that\s+follows\s+|here\s+)?(?:is|was)\s+told\s+by\s+"
    r"(?:(?:the\s+song's|its|the\s+track's|the\s+single's)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s*,?\s+)?(?P<by>@\d+)"
)
# "I'm Declan Ryan, for those who only know my voice": the narration's "I" names itself (a name right after, which
# the sentence's next words close; "I'm Ann's biggest fan" names another)
# ("For new subscribers: I'm X,": after a few words of lead-in closed by a colon, naming no one)
# ("X here, and this month I ...", "X here, Sundays and the Latin section": a sign-on, the writer's name then "here"
# opening the sentence, as a newsletter's column starts)
# A greeting of a few words before a sign-on, each closed by a comma or "!", or an aside in brackets
_GREETING = r"(?:(?:[^.!?:,()]{1,80}|[^.!?:,()]{0,80}\([^()]{1,80}\))[,!]\s+|\([^()]{1,80}\)\s+){0,3}"
_I_AM = linear.compile(
    r"^\W*(?:[^@.!?:]{1,60}:\s+)?(?:(?:I|@\d+)'m|(?:I|@\d+)\s+am|(?i:my)\s+name\s+is|(?i:my)\s+name's)\s+"
    # ("I am a trumpet player, X, and ...": what the writer is, then their name as its apposition)
    r"(?:(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*,\s*)?"
    r"(?P<by>@\d+)\s*(?:[,.;:!?-]|\s+and\b|$)"
    r"|^\W*(?P<here>@\d+)\s+here\s*(?:[,.;:!-]|\s+and\b|$)"
    # ("Hello all, it's X, and I am ...", "It's X here with May's letter", "It's X, it's August", "Bonsoir! (I have
    # been practising.) X here with October's letter": a sign-on after a greeting of a few words or an aside in
    # brackets, by "it's" that the writer goes on from in the first person, with what they bring, or with another
    # "it's"; or by "here" with what they bring; not "It's X who wrote it", a cleft)
    rf"|^\W*{_GREETING}(?i:it's)\s+(?P<its>@\d+)(?:\s+here|\s+again)?(?:\s+with\s+(?:my|our|this|@\d+)\b"
    r"|\s*,\s+(?:and\s+@\d+\s+(?:am|have)\b|and\s+these\s+are\b|it's\s))"
    rf"|^\W*{_GREETING}(?P<brings>@\d+)\s+here\s+with\s+(?:my|our|this|@\d+)\b"
    # ("Hej, everyone, X here.", "Friends, X again.", "X, signing in.", "X checking in from the bus", "X, writing from
    # my kitchen table": a sign-on after a greeting of a few words, by "here", "again" closing the sentence, or the
    # writer's own "signing in", "checking in", "writing from my ...")
    r"|^\W*(?:[^@.!?:,]{1,30},\s+){0,2}(?P<signed>@\d+)(?:\s+here\s*(?:[,.;:!-]|\s+and\b|$)"
    r"|\s+again\s*(?:,\s*[a-z]+\s*)?[.!]?\s*$"
    r"|\s*,?\s+(?:signing|checking)\s+in\b|\s*,?\s+writing\s+(?:to\s+you\s+)?from\s+(?:my|our)\s"
    # ("X writing, as ever, between batches", "X, at your service.", "X at the keyboard, which ...": the writer's own
    # "writing" set off by a comma, an offer of service, or the writer at their desk as a column opens)
    r"|\s+writing\s*(?:[,.;:!-]|$)|\s*,\s+at\s+your\s+service\b"
    r"|\s+at\s+the\s+(?:keyboard|keys|typewriter|desk|helm)\s*(?:[,.;:!-]|$))"
)
# "Handout prepared by Dr X.", "These notes were written by X": the line that says who wrote the document the page is,
# whose "I" the narration's is (the document's word may be read as a name when it opens the line, checked on the match)
_PREPARED_BY = linear.compile(
    r"^\W*(?:(?:This|These|The|Our)\s+)?(?:(?P<document>@\d+)|(?:[a-z]+\s+)?(?i:handout|notes|worksheet|guide|newsletter))"
    r"\s+(?:(?:is|was|are|were|has\s+been|have\s+been)\s+)?(?:prepared|written|compiled|put\s+together)\s+by\s+"
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s+)?(?P<by>@\d+)\s*(?:[.;]|$)"
)
_DOCUMENT_WORDS = frozenset({"handout", "notes", "worksheet", "guide", "newsletter"})
# A framing line of an extract from someone's book, which makes its "I" that writer: "From X's Y.", "From Y (2022), the
# memoir of the tour manager X.", "The following is taken from Y, the memoir of X", "Another extract from X's memoir
# Y", "In this extract from her book Y" (her: whom the sentence before was about)
_FRAMING = linear.compile(
    r"^\W*(?:(?:(?i:in\s+)?(?:(?i:this|another|an?)(?:\s+[a-z]+)?|@\d+)\s+(?:extract|excerpt|passage|chapter)"
    r"(?:\s+(?:comes|is|was\s+taken|is\s+taken))?|This\s+(?:is|comes)|The\s+following\s+is(?:\s+taken)?)\s+from"
    r"|From)\s+(?P<rest>.*)$"
)
_BOOK_WORDS = r"(?:memoir|memoirs|autobiography|book|diary|diaries|journal|journals)"
# "..., the road memoir of the Scottish tour manager X", "Y, by X" (the whole line)
_BOOK_OF = linear.compile(
    rf"\b{_BOOK_WORDS}\s+(?:of|by)\s+(?:the\s+(?:[\w-]+\s+){{0,5}}?)?(?P<by>@\d+)|,\s+by\s+(?P<end>@\d+)\s*\W*$"
)
# "X's Y (2022)." or "X's memoir Y", "her book Y": whose book it is, before its title or what it is
_WHOSE_BOOK = linear.compile(
    rf"^(?:@\d+\s*,\s*)?(?:(?P<by>@\d+)(?:'s)?|(?P<pronoun>his|her))\s+(?:(?:[a-z]+\s+){{0,2}}?{_BOOK_WORDS}\b|@\d+"
    r"(?:\s+(?:on|of|the|at|in|and|to)\s+(?:the\s+)?@\d+)*\s*(?:\(\d{4}\))?\s*[.:]?\s*$)"
)
# "This is Hank Lowery, it's a quarter past nine": a presenter naming themself on air (read with ``_ON_AIR_GREETING``)
_THIS_IS = linear.compile(r"^\W*(?:[^@.!?:]{1,60}[.!?]\s+)?This\s+is\s+(?P<by>@\d+)\s*,")
# The programme the narration's "we" or "I" present, as they say so: "We played it on Longwave North again",
# "the write-up of episode 112 of Deep Cuts" (in a sentence of "I" or "we")
_WE_PLAYED_ON = linear.compile(
    r"^\W*(?P<we>@\d+)\s+(?:played|play|have\s+played|had|have\s+had|spun)\b(?:[^.;:!?@]|@\d+){0,80}?\bon\s+"
    r"(?P<programme>@\d+)"
)
_EPISODE_OF = linear.compile(r"\bepisode\s+\d+\s+of\s+(?P<programme>@\d+)")
# ... or as a presenter greets the listeners on it: "you're listening to (the) X", "you're on X with me", "you're with
# Colm on X", "this is X on Radio Y", "it's Dee on X", "Magnus here with X", "welcome (back) to X - the show that"
_GREETED_ON = linear.compile(
    r"(?i:you're|you\s+are)\s+(?:listening\s+to|tuned\s+(?:in\s+)?to|on|with\s+(?:me,\s+)?@\d+\s+on)\s+(?:the\s+)?"
    r"(?P<programme>@\d+)"
    r"|\b(?i:this\s+is|it's)\s+(?P<first>@\d+)\s+on\s+(?:the\s+)?(?P<second>@\d+)"
    r"|@\d+\s+here\s+(?:with|on)\s+(?:the\s+)?(?P<here>@\d+)"
    r"|\b(?i:welcome)\s+(?:back\s+)?to\s+(?:the\s+)?(?P<welcome>@\d+)\s*[-,\x{2013}\x{2014}]\s*the\s+(?:show|programme)\b"
)
# A station's name: "Radio Spree Nord", "Kiss FM", "KXRR" ("this is X on Radio Y": X is the programme)
_STATION = linear.compile(r"\b(?:Radio|FM|AM)\b|^[KW][A-Z]{2,3}$")
# What tells "it's X on Y" is a broadcast's greeting (a station, the listeners, the time of day, a frequency), not
# an artist on a platform ("it's Bell on TikTok")
_ON_AIR_GREETING = linear.compile(
    r"(?i:\blisten|\bradio\b|\bstation\b|\bwith\s+me\b|\bshow\b|\bprogramme\b|\bon\s+air\b|\bevening\b|"
    r"\bmorning\b|\bgood\s+(?:night|afternoon)\b|\bfolks\b|\bwelcome\b|\bhello\b|\b\d{2,3}\.\d\b)"
)
_AMPERSAND_NEXT = linear.compile(r"\s*&\s*(?P<more>@\d+)")
# A guest's visit to "the show" or "this podcast" in the narration of its presenter: their own programme
# ("when he came on the show in March", "who joined me on this podcast")
_ON_OUR_SHOW = linear.compile(
    r"\b(?:came|comes|coming|was|were|joined\s+@\d+|joins\s+@\d+|appeared|dropped\s+in|rang\s+in|called\s+in)"
    r"\s+(?:on|to)\s+(?:the|this|this\s+very|our|my)\s+(?P<kind>show|podcast|programme|program)\b"
)
# A line of a transcript opened by its speaker's name and a colon ("Mira Tomic: ...", then "Tomic: ..."): the name
# in capitalised words, the first time in full
_SPEAKER_LABEL = linear.compile(r"^\s*(?P<label>\p{Lu}[\p{L}\p{M}'-]*(?:\s+\p{Lu}[\p{L}\p{M}'-]*){0,3})\s*:\s+\S")


# What a transcript's line says of someone in the video: who plays whom, who is in it (as themself), a cameo
_CAST_TALK = linear.compile(r"\b(?:plays?|in\s+it|(?:him|her|them)sel(?:f|ves)|cameo)\b")
_MOST_LINES_BETWEEN = 2

# A reader's question put about the video, a letter's few lines signed after a dash ("Who is the man in the video?
# - Tor, Oslo"): the paragraph right after answers it, about the video whether or not it says so (a question the
# narration puts itself, "And the choreography in the video? That's ...", is answered in its own paragraph)
_ASKED = linear.compile(r"\?(?:\s[^?]{0,80}?)?\s[\x{2013}\x{2014}-]\s+\p{Lu}[^?]{0,160}$")
# The longest a sentence saying only that someone shown has no part may be ("No lines, no character, just a cameo.")
_LONGEST_NO_PART = 80
_LONGEST_QUESTION = 300


# A noun phrase alone as a sentence, what someone is ("The director.", "A drummer, too.")
_NOUN_FRAGMENT = linear.compile(
    r"^\W*(?:(?P<what>@\d+)|(?:The|A|An)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?:\s*,\s*too)?\s*[.!]?\s*$"
)


def _spoken_lines(prose: list[Paragraph]) -> dict[int, tuple[str, int]]:
    """The paragraphs of a transcript whose lines each open on their speaker's label, with the speaker's full name
    and where the words after the label start: a label in full ("Mira Tomic:") opens the speaker's first line, and
    their surname (its last words) labels lines after it. Only when two speakers each have lines both ways, as a
    transcript of several voices does ("Music Video Director:" labels no one); a short label two of them share, or
    one before any full label, is no one's."""
    found: list[tuple[int, str, int]] = []
    full: dict[str, str] = {}  # the words of a full label -> the name
    for at, paragraph in enumerate(prose):
        opening = _SPEAKER_LABEL.match(paragraph.text)
        if opening is not None:
            found.append((at, opening.group("label"), opening.end() - 1))
    tails: dict[str, set[str]] = {}
    for _, name, _ in found:
        words = fold(name).split()
        if len(words) > 1:
            full.setdefault(fold(name), name)
            for start in range(1, len(words)):
                tails.setdefault(" ".join(words[start:]), set()).add(name)
    lines: dict[int, tuple[str, int]] = {}
    seen: set[str] = set()
    both: set[str] = set()
    for at, label, end in found:
        key = fold(label)
        if key in full:
            seen.add(full[key])
            lines[id(prose[at])] = (full[key], end)
            continue
        meant = tails.get(key, set())
        if len(meant) == 1 and (name := next(iter(meant))) in seen:
            both.add(name)
            lines[id(prose[at])] = (name, end)
    if len(both) < 2:
        return {}
    return {key: line for key, line in lines.items() if line[0] in both}


_FIRST_PERSON = frozenset({"i", "we"})
_KIND_WORD = {"program": "programme"}
_SENTENCE_END = linear.compile(r"[.!?](?:\s|$)")
# A quote that is said rather than named: words of a sentence (at least four), ending as a sentence ends.
# (a quote may end with one it holds: ".. she said, 'No, leave it.'")
_SAID_WHOLE = linear.compile(r"^\s*\S+(?:\s+\S+){3,}[.!?\x{2026}]'?\s*$")
_SPEECH = linear.compile(rf"\b(?:{SPEECH_VERBS}|{quotes.GAVE_VERSION})\b")
# "... when he was asked about the track on the X podcast." and the answer quoted: being asked tells of speaking
# "Speaking at Musikbranschdagen, X was more modest", "X, speaking to the magazine Blitz, was less interested": a
# participle of speaking somewhere tells of speaking as a verb of saying does
# ("X was on Y talking about the song", "When X went on Y, he owned up:": talking of something, and confessing, tell
# of speaking too)
# ("he can be heard explaining his approach.": shown or heard speaking, see ``quotes.SHOWN_SPEAKING``)
_SPEAKING = linear.compile(
    r"\b(?i:speaking|talking)\s+(?:to|at|on|with|in|about)\s|\b(?:owned|owns)\s+up\b"
    rf"|\b{quotes.SHOWN_SPEAKING}\b"
)
_WAS_ASKED = linear.compile(r"\b(?:was|were|being|got)\s+asked\b")
# "X looked back on it on the podcast Y.", "X was blunt about it when the magazine Y asked how ...", "X did not sound
# upset about it on the after-show podcast": remembering aloud, answering what someone asked, and how one sounded on
# something broadcast tell of speaking too (a sound that is no one's, "the demo sounded rough", names no speaker)
_TOLD_OTHERWISE = linear.compile(
    rf"\b(?:{LOOKING_BACK})\b|\b(?:when|as)\s+[^,;:.!?\"]{{1,60}}?\basked\b"
    r"|\b(?:sound|sounds|sounded)\s+(?:[a-z][\w'-]*\s+){1,5}?on\s+(?:the\s+|an?\s+)?(?:[\w'-]+'s\s+)?(?:[\w-]+\s+)?"
    r"(?:podcast|radio|show|programme|program|air|livestream|stream)\b"
    # ("X was full of praise for the crew in a post on Instagram.": what one wrote in a post is one's saying there)
    r"|\bin\s+(?:a|an|one|his|her|their)\s+(?:[a-z][\w-]*\s+)?post\s+(?:on|to)\s"
)
# A quoted title, not a quote: right after what it is the title of ('the documentary "Sea Roads"').
_TITLE_BEFORE = linear.compile(
    r"\b(?i:documentary|docuseries|film|series|programme|program|show|podcast|special|album|single|song|EP|LP|mixtape|book|"
    r"memoir|autobiography|biography|novel|novella|anthology|play)\s*,?\s*$"
    # ('his book for young musicians, "Tiny Noises"': whom or what a work is for or about, then its title apposed;
    # 'his book of tour diaries, "Snow Roads"': what it is made of)
    r"|\b(?i:book|memoir|autobiography|biography|novel|novella|anthology|documentary|film)\s+(?:for|about|of)\s+"
    r"(?:[a-z][\w'-]*\s+){0,3}[a-z][\w'-]*\s*,\s*$"
    # ('said on KMET's "Morning Rounds"': a programme named after its broadcaster's possessive, where one spoke)
    rf"|\b(?i:{SAID_ON_VERBS})\s+on\s+(?:the\s+)?\p{{Lu}}[\w&.-]*(?:\s+\p{{Lu}}[\w&.-]*){{0,3}}['\x{{2019}}]s\s*$"
)
# A quoted title, not a quote: apposed to a programme told by whom it was made for or shown on ('a documentary for
# RTÉ, "Late Shift", ...'), title-cased, its comma outside its quotes (words said end theirs inside: 'a documentary
# for RTÉ, "I wrote it on a bus," she said')
_TITLE_FOR_BROADCASTER = linear.compile(
    r"\b(?i:documentary|docuseries|film|series|programme|program|show|podcast|special)\s+(?:for|on)\s+(?:the\s+)?"
    r"\p{Lu}[\w&.'-]*(?:\s+\p{Lu}[\w&.'-]*){0,3}\s*,\s*$"
)
# A quoted title, not a quote: spoken on, then the station it went out on ('recalled on "The Late Lounge" on RTE 2fm'):
# a programme's title, read with the narration (words said are not spoken "on" and then "on" a station)
_SAID_ON = linear.compile(rf"\b(?i:{SAID_ON_VERBS}|admits|jokes)\s+on\s*$")
_ON_STATION = linear.compile(r"\s*,?\s+on\s+(?:the\s+)?\p{Lu}")


def _aired_title(text: str, opening: int, closing: int) -> bool:
    """Whether the quote between ``opening`` and ``closing`` is a programme's title said on, then its station."""
    body = text[opening + 1 : closing]
    return (
        _SAID_ON.search(text[max(0, opening - 40) : opening]) is not None
        and _TITLE_CASED.match(body) is not None
        and _ON_STATION.match(text, closing + 1) is not None
    )


def _named_title(text: str, opening: int, closing: int) -> bool:
    """Whether the quote between ``opening`` and ``closing`` is a title in capitals that the words after it say
    what it is of ('"Roof Songs", a documentary', '"Roof Songs" podcast'): no sentence of anyone's."""
    body = text[opening + 1 : closing]
    if _TITLE_APPOSED.match(text, closing + 1) is not None:
        # (said what it is, a title in sentence case too: "Dachy w trasie", a documentary; a quote ending its
        # sentence has its comma or stop inside)
        return body[:1].isupper() and not _SENTENCE_END.search(body) and body.rstrip()[-1:] not in (",", ";", ":")
    return _TITLE_CASED.match(body) is not None and _KIND_NEXT.match(text, closing + 1) is not None


# The kind of the title just quoted, after it ('said on the "X" podcast, "...', 'told "X", the podcast, "...'): when
# a saying leads on past it, the quote after is words said there, no second title
_KIND_AFTER_TITLE = linear.compile(r'"(?:\s*,\s+the)?(?:\s+[a-z]+)?\s+[a-z]+\s*,\s*$')
# A word glossed, not a quote: what a word of another tongue, or of slang, means ('"Neuadd" (that's Welsh for "hall")',
# 'it is Zulu for "go on"', 'the title translates as "little fire"'); a few words, no sentence of anyone's
_GLOSSED = linear.compile(
    r"(?:\b(?:is|was|are|were)|'s)\s+(?:(?:just|basically|literally|old|simply)\s+)?"
    r"(?:\p{Lu}[\w-]*|slang|short|shorthand|code)\s+for\s*$"
    r"|\b(?:means|meant|translates\s+(?:as|to)|translated\s+(?:as|to))\s*$"
)
_GLOSS = linear.compile(r"^[^.!?:;\"]{1,40}$")
# A quoted title, not a quote: set off by a comma outside its quotes and then said what it is, as an apposition
# ('... barely audible: "Les lumières de Limoilou", the 2017 single by his daughter'); a quote ending a sentence has
# its comma inside ('"I sang it," the single mother said')
# ('he explained in "Roof Songs", a TVP documentary about the band': a programme's title, said what it is the same way)
# 'The hook, "we are open late", is what he shouted': words of the song set off by commas after what part of it they
# are, which the song sings whoever first said them (not 'said of the chorus, "It came in the bath."', a lead, whose
# quote ends the sentence)
_SONG_WORDS_BEFORE = linear.compile(
    r"\b(?i:the|its|their|a)\s+(?:[a-z][\w'-]*\s+)?(?i:hook|chorus|refrain|couplet|lyric|line)\s*,\s*$"
)
_TITLE_APPOSED = linear.compile(
    r"\s*,\s*(?:the|a|an|her|his|their|its)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?i:single|song|track|album|EP|duet|ballad|anthem|record|tune|hit"
    r"|documentary|docuseries|film|series|programme|program|show|podcast|special)"
    r"(?:\s+(?:by|from|of|that|which|off|on|with|about|for)\b|\s*[,.;:]|\s*$"
    # ('"Desert Rain", a song Ann wrote for her nephew': what it is, then a relative clause with no "that", whose
    # subject, a name or a pronoun, comes straight after the noun)
    r"|\s+(?:\p{Lu}[\w'-]*|she|he|they|we|you)\s)"
)
# A quoted title, not a quote: what it is named right after its closing mark ('added on the "Roof Songs" podcast')
_KIND_NEXT = linear.compile(
    r"\s+(?i:podcast|programme|program|show|radio\s+show|documentary|docuseries|series|special)\b"
)
# A quoted title, not a quote: set off by a comma outside its quotes and then credited to whom it is by ('explained it:
# "Paper Boats", by the Welsh singer X'), as a title is; words said are not "by" someone so
# ('to write up the song: "Tidewrack" by the Breton singer X': with no comma, the title runs straight into whose it is)
_TITLE_BY = linear.compile(r"\s*,?\s+by\s+(?:(?:the|a|an)\s+(?:[\w'-]+\s+){0,3}?)?\p{Lu}")
# A quoted title, not a quote: set off by a comma outside its quotes and then told about in a "which" clause
# ('"Lavanderia", which they wrote with X, came out in 2020'), as the sentence's subject: "which" is said of a thing,
# not of someone's words (after a lead, 'X said: "Never Again", which ...', it may be words said)
_TITLE_WHICH = linear.compile(r"\s*,\s*which\s")
# A phrase quoted inside a sentence as what someone called something ('Bell described it as "a song for
# night buses"'): a quote, when it is words of a phrase (lower-case first, four words or more), not a title.
# 'Second album: "Parish of Weather".': a title after a colon, when it is no sentence said
_TITLE_AFTER_COLON = linear.compile(r"\b(?i:album|single|EP|B-side|title|debut)\s*:\s*$")
# '... the song you asked for most this year: "Paper Boats".': words in title case, with no end of a sentence, after a
# colon whose sentence tells of no saying, name a title (a quote of so few words after a colon is said with a verb
# of saying: 'she said: "Never Again."')
# ('"Rio das Almas"', '"Amor em Trânsito"': a title in another language joins its words by that language's small ones)
_TITLE_CASED = linear.compile(
    r"^\p{Lu}[\w'-]*(?:,?\s+(?:\p{Lu}[\w'-]*|\d+|a|an|the|of|in|on|at|to|for|and|or|by|with|from|no|is"
    rf"|{TITLE_SMALL}))*[!?]?$"
)
_CALLING = r"(?:described|describes|called|calls|dubbed|dubs|labelled|labels|labeled|termed|terms)"
# ("..., describing it as": the calling told by a participle of the sentence's subject)
_CALLING_PARTICIPLE = r"(?:describing|calling|dubbing|labelling|labeling|terming)"
# (what was called so may be a quoted title: 'Bell called "Night Trains" "a song for ..."')
_CALLED_OBJECT = r"(?:\"[^\"]{1,60}\"\s+|[^\"@.;:!?]{0,60}?\s+)?"
# ("X introduced the pair as": presenting someone, or something, in words of one's own)
_PRESENTING = r"(?:introduced|introduces|presented|presents)"
_CALLED = linear.compile(
    rf"\b(?:{_CALLING}|{_CALLING_PARTICIPLE})\s+{_CALLED_OBJECT}(?:as\s+)?$|\b{_PRESENTING}\s+{_CALLED_OBJECT}as\s+$"
)
# The one who called it so, as the subject of the verb ('Bell described it as', 'Bell, asked about it, called
# it'); 'fans called it "..."' is no one's quote.
_CALLED_BY = linear.compile(
    # ("Bell has described it as": a perfect tense)
    # ("Bell, in a post on Instagram, called it": an aside may name where, checked on the match: no one)
    r"@\d+(?P<aside>\s*,(?:[^,@]|@\d+){0,80},)?\s+(?:(?:has|had|have)\s+)?(?:[a-z]+ly\s+|also\s+|once\s+|later\s+)?"
    rf"{_CALLING}\s+"
    r"(?:\"[^\"]{1,60}\"\s+|[^\".;:!?]{0,60}?\s+)?(?:as\s+)?$"
    # "The song, described by Bell as": the passive, with the one who called it so after "by"
    rf"|\b(?:described|called|dubbed|labelled|labeled|termed)\s+by\s+(?P<agent>@\d+)\s+as\s+$"
    # "Bell explained that ..., describing it as": the participle's subject is the one who said the sentence's
    # saying (checked on the clause: see ``_participle_caller``)
    rf"|(?P<participle>,\s*{_CALLING_PARTICIPLE}\s+(?:[^\".;:!?@]{{0,60}}?\s+)?(?:as\s+)?$)"
    # "X introduced the pair as", "X opened the report by calling the track": the subject presenting someone or
    # something, or doing what it did by calling it so, is the one who called it so
    rf"|(?P<presenter>@\d+)\s+(?:[a-z]+ly\s+)?(?:{_PRESENTING}\s+(?:@\d+|[^\".;:!?@]{{1,60}}?)\s+as"
    rf"|[a-z]+(?:ed|es)\s+[^\".;:!?@]{{1,60}}?\s+by\s+{_CALLING_PARTICIPLE}(?:\s+[^\".;:!?@]{{1,60}}?)?(?:\s+as)?)\s+$"
)
_PHRASE = linear.compile(r"^\p{Ll}\S*(?:\s+\S+){3,}$")
# Words of a quote woven into the sentence after a speech verb and its object ('he insisted the guitar "had all six
# strings"'): the subject of the verb said them. After "that" the page reports the saying in its own words, with
# a few of the speaker's quoted ('joked that Kimura "basically set us up"'), which is no quote of its own.
_SAID_INTO = linear.compile(rf"\b(?:{SAYING})\s+(?:[^\",@.;:!?]{{0,60}}?\s+)?$")
# 'The track, Bell said, was "..."', 'The song, Bell told Radio Nord, is "...": the saying set off by commas inside
# the sentence, the words after it theirs (not another clause joined after the comma: checked on the match)
_SAID_ASIDE = linear.compile(
    rf",\s*[^\",.;:!?]{{1,60}}?\s(?:{SAYING})(?:\s+[^\",.;:!?]{{1,40}}?)?\s*,\s+(?P<rest>[^\",.;:!?]{{0,60}}?\s+)?$"
)
_THAT = linear.compile(r"\bthat\b")
# '"...," Bell says in it': the words are in the thing the sentence before told of (a recording, which it named)
_SAYS_IN_IT = linear.compile(rf"\b(?:{SAYING})\s+in\s+it\b")
_RECORDING = linear.compile(r"\b(?:clip|video|film|recording|reel|documentary|vlog|livestream)\b")
# 'X told us the coffee was "an insult"': a saying reported in a clause of its own subject and verb, its "that" left
# out, which is the page's report as a "that" clause is (not 'X said, "..."', nor 'X called it "..."')
_THAT_LEFT_OUT = linear.compile(
    rf"\b(?:{SAYING})\s+(?:(?:us|me|him|her|them|\p{{Lu}}[\w'-]*(?:\s+\p{{Lu}}[\w'-]*){{0,2}})\s+)?"
    r"(?:it|(?:the|his|her|their|its|this)\s+[^\",.;:!?]{1,40}?)\s+(?:was|is|were|are|had\s+been|has\s+been|would\s+be)\s+"
    # ('X said the song was about "..."': what the thing was about, still the clause's own complement)
    r"(?:(?:about|like)\s+)?"
    # ('X told me the tune was cumbia but "with the bass of a lorry"': the clause's own complement, then more of it
    # joined by "but" or "and", still the page's report)
    r"(?:[^\",.;:!?@]{1,40}?\s+(?:but|and|yet)\s+)?$"
    # ('X told me she was turned down "very politely"': a pronoun of the third person after the saying is its clause's
    # own subject, whatever its verb, the speaker's "I" told in the page's words)
    rf"|\b(?:{SAYING})\s+(?:(?:us|me|him|her|them|\p{{Lu}}[\w'-]*(?:\s+\p{{Lu}}[\w'-]*){{0,2}})\s+)?(?:he|she|they)"
    r"(?:\s+[a-z][\w'-]*){1,4}\s+$"
)
# A verb of speaking or asking after a saying set off by commas: the words quoted after it are its subject's
_ASKING_REST = linear.compile(
    rf"\b(?:{SAYING}|ask|asks|asked|asking|talk|talks|talked|talking|saying|telling|speak|speaks|spoke|speaking"
    r"|mention|mentions|mentioned|mentioning|call|calls|called|calling)\b"
)
# 'X said that she would like Y to play a cabbie in it, "because he drives like one"': a saying reported in the page's
# words ("said that", "told Z that"), with a fragment of the speaker's words set off by a comma after it, the fragment
# opening in lower case as words inside a sentence do (no quote of its own: "She said that night, "It was over"" is)
# Where a page's opening may name the programme it writes up a segment of (its paragraphs in reading order; the
# site's header before them)
_OPENING = 3
# A saying told at another time than the segment a page writes up, or off its air
_ANOTHER_OCCASION = linear.compile(
    r"\b(?:had\s+(?:[a-z]+ly\s+)?(?:told|said|written|wrote|explained|joked|insisted)|once\s+(?:told|said)|"
    r"(?:years?|months?|weeks?|decades?)\s+(?:earlier|ago|before|later)|off\s+(?:the\s+)?air|at\s+the\s+time|"
    r"back\s+then|[Ii]n\s+(?:an?\s+)?(?:18|19|20)\d\d)\b"
)
# A lead placing the saying on the programme a page writes up, whenever it was: "on his first visit to the show",
# "back in episode 98" (an episode of another programme is named with it: "episode 12 of X")
_THE_SEGMENTS_OWN = linear.compile(
    r"\b(?:(?:the|this|our)\s+(?:show|programme|program|podcast)|(?:episode|edition)\s+\d+)\b(?P<of>\s+of\b)?"
)
_REPORTED_LEAD = linear.compile(rf"\b(?:{SAYING})\s+(?:[^\",:;\s]+\s+){{0,3}}?that\s")
# 'posted a clip with the caption "..."', 'quote-tweeted it with the words "..."': words put out with a post, whoever
# posted it wrote them (any words: a caption may be short, "my best work.")
# ('apart from a single post on X ("Grazie, Capri")': the words of a post, in brackets after it)
_CAPTIONED = linear.compile(
    r"\b(?:with|and)\s+(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?(?:caption|words?|message)\s*,?\s*$"
    r"|\b(?:a|an|one|his|her|their)\s+(?:(?:single|short|brief|lone|cryptic|one-line)\s+)?(?:post|tweet)\s+on\s+"
    r"\p{Lu}[\w.-]*(?:\s+\p{Lu}[\w.-]*)?\s*\(\s*$"
)
# '... as "a song for night buses". She went on:' and the quote in full: the phrase is of the statement the
# page goes on to quote, and leads into it rather than being a quote of its own.
_GOES_ON = linear.compile(r"[.,]?\s*(?:He|She|They|I)\s+[^\p{Lu}\"@]{0,60}:\s*$")
# A byline under a quote, on a line of its own after a dash: '"..." / \u2014 Cy Dorn, speaking to Radio Nord'. The
# name is the speaker, as if it said the words; what follows its comma says where, as after "said".
# (the dash is "-" once the text is normalised; the name's words are capitalised, or a particle's short ones)
_BYLINE = (
    r"-\s*(?P<who>\p{Lu}[\w'.-]*(?:\s+(?:\p{Lu}[\w'.-]*|\p{Ll}{1,3})){0,5}?)(?P<rest>\s*,[^\n\"]{1,120}?)?\s*\.?\s*$"
)
_QUOTE_BYLINE = linear.compile(rf'^(?P<quote>"[^"]{{8,}}")\s*\n\s*{_BYLINE}')
_BYLINE_ALONE = linear.compile(rf"^\s*{_BYLINE}")


@dataclass(frozen=True)
class _Quoted:
    """A quote within a paragraph: its body, and either the words leading into it (up to ``mark``) or its
    attribution after it (``after_start:after_end``); ``end`` is where the paragraph's narration resumes."""

    body: str
    body_start: int
    mark: int | None
    after_start: int
    after_end: int
    end: int
    # A quote with neither, right after a sentence of the paragraph: that sentence may attribute it ('Bell
    # told Radio Nord about it. "It was cold."'), when it has a speech verb (read in ``read``).
    follows: bool = False
    # A phrase quoted as what someone called something: theirs only when they are the subject of the calling.
    phrase: bool = False
    # Words woven into a sentence after a speech verb: theirs only when they are its subject.
    woven: bool = False
    # A quote right after a sentence with no speech verb ('Drummer Tilda Rennie has never been sentimental about
    # it. "..."'): the one person that sentence is about, as its subject, says it (read in ``read``).
    after_subject: bool = False


def _ended(body: str, attribution: str) -> str:
    """A quote's first part as it reads before the part that resumes it: the comma that led into an attribution
    ending with a full stop ('"I set them up," he said. "It was at ..."') ended the quote's sentence (the same
    length, so offsets in the body stay true)."""
    if body.endswith(",") and attribution.rstrip()[-1:] in (".", "!", "?"):
        return body[:-1] + "."
    return body


def _attributed(text: str, marks: list[int], index: int) -> str | None:
    """The words after the quote between ``marks[index]`` and the next mark that attribute it ('," she said.'),
    if they do: a speaker and a speech verb in the sentence right after it."""
    opening, closing = marks[index], marks[index + 1]
    following = marks[index + 2] if index + 2 < len(marks) else len(text)
    if (
        index + 3 < len(marks)
        and (
            (
                _TITLE_BEFORE.search(text[max(closing + 1, following - 40) : following])
                # ('," she admitted on the X podcast, "and Cy told me ...": a quote going on in the small letter of a
                # sentence resumed, no title)
                and not text[following + 1 : following + 2].islower()
            )
            or _aired_title(text, following, marks[index + 3])
            or _named_title(text, following, marks[index + 3])
        )
    ):
        # '"...," she recalled in the documentary "Sea Roads".': a quoted title is part of the attribution
        following = marks[index + 4] if index + 4 < len(marks) else len(text)
    after = text[closing + 1 : min(following, closing + 301)]
    stop = first_sentence_end(after, _SENTENCE_END)
    first = after[: stop.start() + 1] if stop else after
    body_end = text[max(opening + 1, closing - 1) : closing]
    if body_end == "'" and text[max(opening + 1, closing - 2) : closing - 1] in (",", ".", "!", "?"):
        # '"... and said, 'This is Ann, she sings,'" he said': the quote ends with one it holds, whose closing
        # mark follows the punctuation
        body_end = text[closing - 2]
    punctuated = body_end in (",", ".", "!", "?", "\u2026") or after.lstrip()[:1] in (",", "-")
    if not punctuated and (opening != 0 or not _ATTRIBUTION_START.match(after) or _WORK_TELLS.match(after)):
        # '"Night Trains" was, Arbour said, ...': a title the sentence goes on about; '"Rain Roads" tells the story
        # of a ferryman from Oslo': a work whose verb of telling has what it tells, no speaker, after it
        return None
    if (
        body_end not in (",", ".", "!", "?", "\u2026")
        and _MID_SENTENCE.search(text[max(0, opening - 3) : opening])
        and _TITLE_CASED.match(text[opening + 1 : closing])
    ):
        # 'Ten years after "Small Hours", Bell says she ...': a title in capitals inside a sentence begun before it,
        # the comma after its closing mark the sentence's own; the saying after it is the sentence going on
        return None
    if body_end in (".", "!", "?", "\u2026") and _MID_SENTENCE.search(text[max(0, opening - 3) : opening]):
        # 'She told X that it was "a song for her mother." Dorn told Y ...': words woven into a sentence that began
        # before them end it; the sentence after is one of its own, not their attribution
        return None
    if (
        body_end in (".", "!", "?", "\u2026")
        and text[max(0, opening - 3) : opening].rstrip().endswith(":")
        and _RETOLD.search(first)
    ):
        # 'The bassist didn't blink: "... room." Y has told this story forty times.': words a colon led into, ending
        # their own sentence, are the lead's; one telling the story again after them is not their speaker
        return None
    if body_end in (".", "!", "?", "\u2026") and stop is None and following < min(len(text), closing + 301):
        # '"... see it." Bell later told X that it was "a note".': after words that end their own sentence, a
        # sentence that runs on into the next quote without ending leads into that one, not back into these
        return None
    said = _ATTRIBUTION.search(first)
    if said is None or _WORDS_EXPLAIN.match(first):
        return None
    # the attribution starts the words after the quote ('," the Swedish producer explained', '," says Bell');
    # '"a love letter," and Bell said it was ...' is a phrase and another clause
    lead = first[: said.start() + 1]
    return first if len(lead.split()) <= 5 and not _JOINED.search(lead) else None


def _tells_of_speaking(text: str, start: int, end: int) -> bool:
    """Whether the last sentence of ``text[start:end]`` (ending at ``end``) has a speech verb."""
    before = text[max(start, end - 400) : max(start, end - 2)]
    stops = [m.end() for m in _SENTENCE_END.finditer(before)]
    last = before[stops[-1] if stops else 0 :]
    return (
        _SPEECH.search(last) is not None
        or _WAS_ASKED.search(last) is not None
        or _SPEAKING.search(last) is not None
        or _TOLD_OTHERWISE.search(last) is not None
        or quotes.GIVEN_SPEECH.search(last) is not None
        or quotes.SPOKEN_PLAINLY.search(last) is not None
    )


def _placed(clause: Clause, name: str) -> bool:
    """Whether a mention of ``name`` in the clause is told after a word of place ("in North Perth")."""
    return any(
        (m.person or squash(m.text)) == name and _PLACE_BEFORE.search(clause.skeleton[max(0, at - 12) : at]) is not None
        for m, at in zip(clause.mentions, clause.starts, strict=False)
    )


# '," she recalled': a pronoun saying, after the quote; or leading into it, maybe after whom it was said to, put first
# ("Speaking to Radio Nord, she explained:")
_PRONOUN_SAID = linear.compile(
    r"^\W*(?:(?:Speaking|Talking|Writing)\s+(?:to|with|on|in|for)\s+[^,;:@]{0,40}@\d+[^,;:@]{0,4},\s*)?"
    rf"(?P<who>@\d+)\s+(?:[a-z]+ly\s+)?(?:{SAYING})\b"
)
# "according to X" set off in the sentence before a quote: X told what it says, the teller whose telling the quote's
# open "he" or "she" goes on with
_ACCORDING_TO = linear.compile(r"\baccording\s+to\s+(?P<who>@\d+)\b")
# The pronouns that call someone a man or a woman.
_THIRD_PERSON = {"he": "himself", "him": "himself", "she": "herself", "her": "herself"}


def _said_by_subject(before: Clause, left: set[str]) -> bool:
    """'Bell said the shoot was cold. "...," she wrote.': the sentence before tells its one named person, its subject
    by name, saying something, and the open "he" or "she" of the quote after goes on with that teller (one named as
    whose something is, or only as an object, is no teller: "Bell's mother said ..." may be the mother's)."""
    said = _PRONOUN_SAID.match(before.skeleton)
    subject = before.mention(said.group("who")) if said is not None else None
    return (
        subject is not None
        and subject.kind == "name"
        and not subject.possessive
        and subject.person is not None
        and subject.person in left
    )


def _quotes(text: str) -> list[_Quoted]:
    """The quotes of a paragraph that are quotes (with a lead-in or an attribution); a quoted title or phrase
    ('"November Glass" is a single') is none, and stays in the narration."""
    marks = [index for index, char in enumerate(text) if char == '"']
    found: list[_Quoted] = []
    index = 0
    # Where the narration before the quote at hand starts: after the last quote that was no title, as a title read
    # with the narration is words of its sentence ('X said in the documentary "Long Road" that ... "..."': the saying
    # is told before the title)
    titles: set[int] = set()
    narration = 0
    while index + 1 < len(marks):
        if index and index - 2 not in titles:
            narration = marks[index - 1] + 1
        opening, closing = marks[index], marks[index + 1]
        body = text[opening + 1 : closing]
        if (
            _PHRASE.match(body)
            and _CALLED.search(text[max(0, opening - 100) : opening])
            and not _GOES_ON.match(text, closing + 1)
        ):
            found.append(_Quoted(body, opening + 1, opening, closing + 1, closing + 1, closing + 1, phrase=True))
            index += 2
            continue
        if (
            _PHRASE.match(body)
            and (woven := _said_into(text[max(0, opening - 160) : opening])) is not None
            and not _THAT.search(woven.group(0))
            and not _THAT_LEFT_OUT.search(woven.group(0))
            and not _GOES_ON.match(text, closing + 1)
        ):
            found.append(_Quoted(body, opening + 1, opening, closing + 1, closing + 1, closing + 1, woven=True))
            index += 2
            continue
        if _CAPTIONED.search(text[max(0, opening - 60) : opening]) and not _GOES_ON.match(text, closing + 1):
            found.append(_Quoted(body, opening + 1, opening, closing + 1, closing + 1, closing + 1, woven=True))
            index += 2
            continue
        if (
            (
                _TITLE_BEFORE.search(text[max(0, opening - 40) : opening])
                and not (
                    _KIND_AFTER_TITLE.search(text[max(0, opening - 40) : opening])
                    and _LEAD_END.search(text[max(0, opening - 100) : opening])
                )
            )
            or (_GLOSSED.search(text[max(0, opening - 40) : opening]) and _GLOSS.match(body) and len(body.split()) <= 4)
            or _aired_title(text, opening, closing)
            or (
                _TITLE_FOR_BROADCASTER.search(text[max(0, opening - 60) : opening])
                and _TITLE_CASED.match(body)
                and text[closing + 1 : closing + 2] == ","
            )
            or (_TITLE_AFTER_COLON.search(text[max(0, opening - 40) : opening]) and not _SAID_WHOLE.match(body))
            or (_TITLE_APPOSED.match(text, closing + 1) and not _SENTENCE_END.search(body))
            or (
                _SONG_WORDS_BEFORE.search(text[max(0, opening - 40) : opening])
                and text[closing + 1 : closing + 2] == ","
            )
            or (_KIND_NEXT.match(text, closing + 1) and _TITLE_CASED.match(body) is not None)
            or (_TITLE_BY.match(text, closing + 1) and _TITLE_CASED.match(body) and not _SENTENCE_END.search(body))
            or (
                _TITLE_WHICH.match(text, closing + 1)
                and _TITLE_CASED.match(body)
                and not _SENTENCE_END.search(body)
                and text[:opening].rstrip()[-1:] in ("", ".", "!", "?")
            )
        ):
            titles.add(index)
            index += 2  # a title, read with the narration (it may name a quote's source)
            continue
        lead = _LEAD_END.search(text[max(0, opening - 100) : opening])
        if (
            lead is not None
            and lead.group("colon")
            and _TITLE_CASED.match(body)
            and not _tells_of_speaking(text, marks[index - 1] + 1 if index else 0, opening)
        ):
            index += 2  # a title the colon announces, read with the narration
            continue
        if (
            lead is not None
            and lead.group("colon")
            and not _tells_of_speaking(text, marks[index - 1] + 1 if index else 0, opening)
            and _attributed(text, marks, index) is not None
            and not _ASKED_AND_ANSWERED.match(text, closing - 1)
        ):
            # 'She met him when Cy introduced them at a party: "...," Bell told X.': a colon after a sentence
            # of no one's saying sets the scene; the words after the quote tell whose it is
            lead = None
        if lead is not None and lead.group("comma") and body[:1].islower() and _REPORTED_LEAD.search(lead.group(0)):
            index += 2  # a fragment inside a reported saying, read with the narration
            continue
        if lead is not None:
            mark = max(0, opening - 100) + lead.start(next(g for g in ("colon", "aside", "comma") if lead.group(g)))
            end = closing + 1
            index += 2
            # (only words that end with a comma, which an attribution follows: a sentence after a full stop may lead
            # into a quote of its own, 'Her cousin remembered it in a post: "..."')
            said = _attributed(text, marks, index - 2) if text[closing - 1 : closing] == "," else None
            if (
                said is not None
                and index + 1 < len(marks)
                and not text[closing + 1 + len(said) : marks[index]].strip()
                and _attributed(text, marks, index) is None
            ):
                # 'X in an interview: "...," he said. "Which is most of us."': led in and attributed too, the quote
                # right after the attribution goes on, as after an attribution alone
                body = f"{_ended(body, said)} {text[marks[index] + 1 : marks[index + 1]]}"
                end = marks[index + 1] + 1
                index += 2
            found.append(_Quoted(body, opening + 1, mark, closing + 1, closing + 1, end))
            continue
        first = _attributed(text, marks, index)
        if first is not None:
            end = closing + 1 + len(first)
            index += 2
            # '"...," he added. "It is really about rent."': a quote right after its attribution goes on
            # (unless it has an attribution of its own)
            if (
                index + 1 < len(marks)
                and not text[end : marks[index]].strip()
                and (_attributed(text, marks, index) is None or _ENDED_BEFORE.match(text, marks[index + 1] - 1))
            ):
                body = f"{_ended(body, first)} {text[marks[index] + 1 : marks[index + 1]]}"
                end = marks[index + 1] + 1
                index += 2
            found.append(_Quoted(body, opening + 1, None, closing + 1, closing + 1 + len(first), end))
            continue
        if (
            _SENTENCE_END.search(text[max(0, opening - 2) : opening])
            and _SAID_WHOLE.match(body)
            and _tells_of_speaking(text, narration, opening)
        ):
            found.append(_Quoted(body, opening + 1, opening, closing + 1, closing + 1, closing + 1, follows=True))
        elif opening and _SENTENCE_END.search(text[max(0, opening - 2) : opening]) and _SAID_WHOLE.match(body):
            found.append(_Quoted(body, opening + 1, opening, closing + 1, closing + 1, closing + 1, after_subject=True))
        index += 2
    return found


# A sentence presenting one person as its subject, by what they are, before anyone else ("Drummer Tilda Rennie has
# never been ...", "Ægisson, a former trawlerman, came to ..."): the page gives them the voice of the quote after
# it. A bare name is narration ("Arbour finished the song in Oslo." says nothing of whose words follow), and a
# capitalised word before the name must be no preposition or adverb ("With Cy Dorn, ..." is about another's doing).
_PRESENTED = linear.compile(
    r"^\s*(?:(?:(?:The|Her|His|Their)\s+(?:[a-z][\w'-]*\s+){1,2}?|(?P<title>[A-Z][\w-]*)\s+(?:[a-z][\w-]*\s+)?)"
    r"(?P<subject>@\d+)\s+[a-z]|(?P<apposed>@\d+)\s*,\s*(?:a|an|the|his|her|their)\s[^,;.@]{1,80},\s*[a-z]"
    # ("Olmedo, who now runs a label in Lima, is ...", "Eze herself is ...": a relative clause or the stressing
    # "herself" presents the one named as a description does; so does one of whose: "Vik, whose voice carries the
    # bridge and who is the band's calmest member, is ...")
    # ("Aubertin herself, interviewed on the podcast X, had ...": a participle phrase set off by commas after it)
    r"|(?P<related>@\d+)\s*(?:,\s*(?P<clause>(?:who|whom|whose)\s[^,;.]{1,140}),|\s+(?:himself|herself)"
    r"(?:\s*,\s*(?P<aside>(?:interviewed|speaking|talking|writing)\s+(?:on|in|for)\s[^,;.]{1,100}),)?)\s*[a-z])"
)
_NOT_A_TITLE = frozenset(
    str.split(
        """
    In At On With For From After Before By To Like Unlike According During Since Until When While As Of About
    Against Without Despite Through Under Over Between Among Beside Behind Once If Although Though But And Or So
    Meanwhile Later Then Now Today Still Even Also Yet Here There Instead Perhaps Sometimes Soon Back Again
    """
    )
)
# Words of something written, read or heard in the sentence before: the quote may be that, not the subject's
# own words ("Arbour kept her grandmother's letter. "...""); a verb of saying is read by the rules of attribution.
_QUOTED_THING = linear.compile(
    r"\b(?:letters?|notes?|diary|diaries|journals?|poems?|signs?|cards?|messages?|texts?|captions?|lyrics?|lines?|"
    r"verses?|chorus|inscription|tattoo|advice|motto|words|saying|phrase|read|reads|heard|hears|wrote|written|"
    r"writes|quoted|quotes|asked|asks)\b"
)


# "The lawsuit alleges that she wrote the line": a saying whose subject opens a reported "that" clause
_REPORTED_SUBJECT = linear.compile(r"\bthat\s+(?:[\w'-]+\s+){1,4}$")


# 'X had worked with Y for years and, in her words on the podcast Z, "dragged him out of ..."', 'X, in his own words,
# "took the long way round"': words quoted as the predicate of the sentence's subject, told as theirs by "in her
# words" (their subject is the sentence's, whoever else it names)
# ("Cy wanted, in his words, "..."", "and Cy was, by his own account, "..."": one verb of the subject's before the
# aside, the subject opening the sentence or its clause after "and"; "by her own account" tells her words as well;
# 'was, in Hekla's words, "the only man ..."': whose words, by name)
_IN_OWN_WORDS = linear.compile(
    # (a "his" or "her" the page has told whom it means stands in the skeleton as a mention)
    r"\b(?:in\s+(?:his|her|their|@\d+|\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*){0,2}'s)\s+(?:own\s+)?words"
    r"|by\s+(?:his|her|their|@\d+)\s+own\s+(?:account|admission))\b[^\",.;:!?]{0,80}?,\s*$"
)
# 'X is played by Y, who was, in Z's words, "...": the words are Z's, whoever the sentence is about
_NAMED_WORDS = linear.compile(r"\bin\s+(?P<whose>@\d+)'s\s+(?:own\s+)?words\s*,\s*$")
_OWN_WORDS_SUBJECT = linear.compile(
    # ("She finds it, in her words, ...": one verb and a pronoun as its object)
    r"(?:^\W*|\band\s+)(?P<subject>@\d+)(?:\s+[^;:\"]{1,200}?\band|\s+[a-z]+(?:\s+(?:it|this|that|them))?|\s*)\s*,\s*"
    r"(?:in\s+(?P<whose>@\d+|his|her|their)\s+(?:own\s+)?words"
    r"|by\s+(?P<account>@\d+|his|her|their)\s+own\s+(?:account|admission))\b"
    r"[^\";:.!?@]{0,80}?(?:@\d+[^\";:.!?@]{0,40}?)?,\s*$"
)

# Another person told of in a "who" clause between the subject and the aside, whose doing the aside may go on with
_ANOTHER_WHO = linear.compile(r"@\d+\s*,\s*who\b")

# "..., where Bell was singing and Cy was, in his own words, "carrying chairs"": the subject of the last clause
# joined in the sentence, its verb "be" before the aside, the words quoted what they were
_OWN_WORDS_JOINED = linear.compile(
    r"(?:\band|\bwhile|\bwhere|\bwhen|,|;)\s+(?P<subject>@\d+)\s+(?:was|is|were|are)\s*,\s*in\s+"
    r"(?P<whose>@\d+|his|her|their)\s+(?:own\s+)?words\s*,\s*$"
)


# The possessive of a subject pronoun of one person, which words told as one's own agree with
_OWN_PRONOUN = {"he": "his", "she": "her"}


def _own_words_speaker(clause: Clause, people: People) -> str | None:
    """Whose words ', in her words, "..."' goes on with: the sentence's subject (a name, not whose), when "her" means
    no one else (a "his" the sentence reads as no mention only when the page has called the subject "he")."""
    # (the subject and its "be" right before the aside, "and Cy was, in his own words,", are read first: whose the
    # words are is then sure whatever the page has called them)
    joined = _OWN_WORDS_JOINED.search(clause.skeleton)
    found = joined or _OWN_WORDS_SUBJECT.search(clause.skeleton)
    if found is None:
        return None
    if _ANOTHER_WHO.search(clause.skeleton[found.end("subject") : found.end()]):
        return None  # ("X was put in touch with Y, who heard her sing and, in her words, ...": the aside may be Y's)
    owner = found.group("whose") or found.groupdict().get("account")
    subject, whose = clause.mention(found.group("subject")), clause.mention(owner)
    # ("She finds it, in her words, ...", "and he was, in his own words, ...": a "he" or "she" the page has told whom
    # it means, whose own words a "his" or "her" agreeing with it says they are)
    agreeing = (
        subject is not None
        and subject.kind == "pronoun"
        and whose is not None
        and whose.kind == "pronoun"
        and _OWN_PRONOUN.get(subject.text.lower()) == whose.text.lower()
        and subject.person is not None
    )
    if subject is None or not (subject.kind == "name" or agreeing) or subject.possessive:
        return None
    speaker = person(subject)
    if speaker is None or (whose is not None and (whose.kind != "pronoun" or whose.person not in (None, speaker))):
        return None  # ("in her words", "her" someone else the page has told of)
    word = {"his": "himself", "her": "herself"}.get(owner or "")
    if joined is not None:
        return speaker if whose is not None or word is not None else None
    # (a subject after "and" follows a clause that may name whose the words are: only the page's own word for the
    # subject makes them theirs)
    later = found.group(0).lstrip().startswith("and ")
    if not agreeing and (whose is None or later) and (word is None or people.selves.get(speaker) != word):
        return None  # ("Bell worked with Gil Moss and, in his words, ...": his may be Moss's)
    return speaker


def _named_words_speaker(clause: Clause) -> str | None:
    """Whose words ', in X's words, "..."' are: X's, one person of the page named right before them."""
    found = _NAMED_WORDS.search(clause.skeleton)
    whose = clause.mention(found.group("whose")) if found is not None else None
    return person(whose) if whose is not None and whose.possessive else None


def _said_into(before: str) -> linear.Match | None:
    """The saying the words quoted after ``before`` are woven into: right before them, or set off by commas (not one
    told inside a "that" clause, where the page reports it in its own words)."""
    near = before[-100:]
    woven = _SAID_INTO.search(near)
    if woven is not None and _REPORTED_SUBJECT.search(before[: len(before) - len(near) + woven.start()]):
        return None
    if woven is None and (" words" in near or " account" in near or " admission" in near):
        woven = _IN_OWN_WORDS.search(near)
    if woven is None and "," in before:
        woven = _SAID_ASIDE.search(before)
        if woven is not None and _JOINED.search(woven.group("rest") or ""):
            return None  # "Bell told no one, but the track was": another clause
        if woven is not None and _ASKING_REST.search(woven.group("rest") or ""):
            # "Cy, who, Bell says, kept asking about "the girl with the fiddle"": words of the one asking, which the
            # teller only reports
            return None
    return woven


# "Bell, speaking to Harbour Weekly in 2019, called it": whom the caller spoke to, set off by commas, did not call it
_SPOKE_TO = linear.compile(r"^\s*,\s*(?:speaking|talking|writing|chatting)\s+(?:to|with|for|in)\s[^,]*,$")


def _participle_caller(clause: Clause, end: int) -> str | None:
    """Who "describing it as" (at ``end`` of the skeleton) is said by: the subject of the sentence's last saying before
    it, when it is a person and no one else is named between (a pronoun of theirs aside)."""
    subject, said = quotes.last_saying(clause, end)
    caller = person(subject) if subject is not None and not subject.possessive else None
    if caller is None:
        return None
    between = _mentions(clause, clause.skeleton[said:end])
    return caller if all(m.people in ((), (caller,)) and not m.new for m in between) else None


def _mentions(clause: Clause, fragment: str) -> list[Mention]:
    return [clause.mentions[int(n)] for n in MENTION.findall(fragment)]


def _names_no_one(clause: Clause, aside: str | None) -> bool:
    """Whether an aside of the skeleton names no person (a medium, a place), or there is none."""
    return not aside or all(
        clause.mentions[int(number)].person is None and not clause.mentions[int(number)].new
        for number in MENTION.findall(aside)
    )


# A quote that ends on a question
_QUESTION_ENDED = linear.compile(r"\?\s*$")


def _asks(text: str) -> bool:
    """Whether a paragraph ends on a question (an interview's marked in stars or underscores: "*Was it hard?*")."""
    return _QUESTION_ENDED.search(text.rstrip("*_ ")) is not None


# "Bell was here on Friday, and I asked her if that was true.": the narration's "I" asking one person, the sentence's
# last clause, with no question quoted
_I_ASKED = linear.compile(
    r"(?:^\W*|,?\s+(?:and|so|then)\s+)(?P<asker>@\d+)\s+(?:then\s+)?(?:asked|ask)\s+(?P<asked>@\d+)"
    r"(?:\s+(?:about|if|whether|why|how|what|who|when|where)\b[^;.!?@\"]{0,80})?\s*[.]?\s*$"
)


def _asked_by_narrator(clause: Clause) -> str | None:
    """The one the narration's "I" asks at the end of the sentence right before a quote ("I asked him about the
    lies."), whose answer it is, when the sentence names no one else of the page."""
    found = _I_ASKED.search(clause.skeleton)
    asker = clause.mention(found.group("asker")) if found is not None else None
    if found is None or asker is None or asker.text != "I":
        return None
    asked = clause.mention(found.group("asked"))
    one = person(asked) if asked is not None and not asked.possessive else None
    if one is None or any(m.kind == "name" and (m.new or m.people not in ((), (one,))) for m in clause.mentions):
        return None
    return one


def _answerer(clause: Clause) -> str | None:
    """The one who answers a question just quoted, told by the one sentence between it and the answer, which opens on
    them as its subject and names no one else of the page ('"Why does it stop?" Patrice pointed at the drummer.
    "Grace is the boss."'; "X smiled and corrected her, very gently."): the answer is theirs."""
    found = _OPENED_BY.match(clause.skeleton)
    subject = clause.mention(found.group("subject")) if found is not None else None
    if subject is None or subject.kind != "name" or subject.possessive or _SPEECH.search(clause.skeleton):
        return None
    speaker = person(subject)
    if speaker is None or any(m.kind == "name" and m.people not in ((), (speaker,)) for m in clause.mentions):
        return None
    return speaker


def _about_one_subject(clause: Clause) -> bool:
    """Whether the sentence presents one person of the page as its subject, by what they are, with no one else
    named in it (a pronoun of theirs aside), and tells of nothing written or heard that the quote may be."""
    found = _PRESENTED.match(clause.skeleton)
    title = found.group("title") if found is not None else None
    if found is None or (title and (title in _NOT_A_TITLE or title.endswith("ly"))):
        return False
    # (what a relative clause of whose tells describes the subject, "whose synth line carries the second verse", and is
    # not what the sentence says they did, which the quote after it may be)
    told = clause.skeleton
    if found.group("clause") and found.group("clause").startswith("whose"):
        told = told[: found.start("clause")] + told[found.end("clause") :]
    if _QUOTED_THING.search(told):
        return False
    subject = clause.mention(found.group("subject") or found.group("apposed") or found.group("related"))
    if subject is None or subject.possessive or subject.kind not in ("name", "description"):
        return False
    speaker = person(subject)
    if speaker is None:
        return False
    # ("Vik, who is the band's calmest member, ...": the band, told as whose something is, is no one else the
    # words may be of)
    # (an aside on where they spoke, "interviewed on the podcast X", names the medium: no one else who may speak)
    aside = (found.start("aside"), found.end("aside")) if found.group("aside") else (0, 0)
    return all(
        m is subject
        or (m.people in ((), (speaker,)) and not m.new)
        or (aside[0] <= clause.starts[m.number] < aside[1] and (m.new or not m.people))
        or (m.possessive and m.kind == "description" and fold(m.text).split()[-1] in GROUP_NOUNS)
        for m in clause.mentions
    )


# How many mentions of a sentence telling an introduction are looked at for someone the page names in full only
# later (a sentence may hold thousands).
_LAST_NAMED_LATER = 16
# No relation fits in fewer characters ("A as a B." is nine): shorter sentences are not read.
_SHORTEST = 9
# A name alone before the colon leading into a quote ("Fenna: "..."", as show notes set down whose words follow):
# shorter than any relation, but the whole lead
_NAME_LABEL = linear.compile(r"^\W*\p{Lu}[\p{L}\p{M}'-]*(?:\s+\p{Lu}[\p{L}\p{M}'-]*){0,2}\s*$")
# "CARD (Mira Tomic):", "NOTE (Mira, back of a flyer):": a label in capitals opening a paragraph, whose writer it
# names in brackets first, before any aside of when or where it was written
_CARD_LABEL = linear.compile(
    r"^\s*\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}\s*\(\s*(?P<by>\p{Lu}[\p{L}\p{M}'-]*(?:\s+\p{Lu}[\p{L}\p{M}'-]*){0,2})"
    r"\s*(?:,[^()]{0,60})?\)\s*:\s+"
)
# A heading run into its paragraph as a sentence of its own in capitals ("STATEMENTS TAKEN.", "SEQUENCE OF EVENTS."):
# its words, which the mentions would read as a full name, are no one's
_RUN_IN_HEADING = linear.compile(r"^\s*\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,4}\s*\.\s*$")
# A line of capitals and numbers alone ("CARD 2/7", "PART 3", "#4"): a card's or a part's heading, no sentence's words
_CARD_HEADING = linear.compile(r"^\s*[\p{Lu}\d#/.·:()\-]+(?:\s+[\p{Lu}\d#/.·:()\-]+){0,3}\s*$")

# A framing paragraph in the third person that presents the page's text as someone's post or writing: "X posted this
# on Y", "X wrote the following", "What follows comes from a thread ...", "Another of X's posts", "This is one of the
# posts X has written", "(Posted to Y by X.)", "He described it in a long post, reproduced here"
_THIS_POST = linear.compile(
    r"^\W*(?:Posted|Written)\s+(?:on|to|in|by)\b"
    r"|\b(?:posted|wrote|written|shared)\s+(?:this|the\s+following)\b"
    r"|\bposted\s+(?:his|her|their)\s+(?:memories|recollections|reminiscences|story|account)\b"
    r"|\b(?:[Ww]hat\s+follows|[Rr]eproduced\s+here|reproduce\s+it|[Oo]ne\s+of\s+the\s+posts|[Aa]nother\s+of)\b"
    r"|\bThis\s+one\s+dates\b"
)
# A name joined to the one before or after it ("Kim Vale and Cy Dorn", "Cy Dorn and Kim Vale")
_JOINED_NAME = linear.compile(r"\s*(?:,|and|&|with)\s+[A-Z]")
_NAME_JOINED = linear.compile(r"[A-Z][\w'\x{2019}-]*\s+(?:and|&|with)\s+$")
# The writer's own "I" in a paragraph (outside its quotes), which no framing paragraph in the third person has
_OWN_I = linear.compile(r"\b(?:I|me|my|I'm|I've|I'd|I'll)\b")
_ONE_OF = linear.compile(r"^\W*(?:Another|One|Some|Many|More)\s+of\b")
_QUOTED_WORDS = linear.compile(r'"[^"]*"|\x{201c}[^\x{201d}]*\x{201d}')
# An interview a relative recorded, whose opening names the one they asked and says the questions are marked apart
# ("I interviewed my grandmother, X, who ...", "I talked to my taid, X, about ...", "My grandad is X."; "My questions
# are in italics"): every "I" of the unmarked paragraphs after it is that one's, the answers
_INTERVIEWED = linear.compile(
    r"\bI\s+(?:interviewed|recorded|talked\s+to|spoke\s+to|spoke\s+with|talked\s+with)\s+my\s+(?:[\w\x{2019}'-]+\s+)?"
    r"[\w\x{2019}'-]+,\s+(?P<asked>\p{Lu}[^,.;:()]{1,60}?)\s*[,.]"
    # (only a grandparent so: "My teacher is X" is no one asked)
    r"|\b(?i:my)\s+(?:grand[a-z]*|granny|nan|nana)\s+is\s+(?P<kin>\p{Lu}[^,.;:()]{1,60}?)\s*[,.]"
)
_QUESTIONS_MARKED = linear.compile(r"\b(?i:my)\s+questions\s+(?:are|were|in)\b|\bput\s+my\s+questions\s+in\b")
# a question of the interview: a paragraph in stars or underscores
_MARKED_QUESTION = linear.compile(r"^\s*(?:\*[^*]+\*|_[^_]+_)\s*$")

# Who writes a piece the page prints, as the page names them (its "I" inside that piece only):
# - a lead that gives the piece to a person: "This month's piece comes from X, who ...:", "this month's Song from the
#   Show is written by our chairwoman, X", "The editor has received the following from Dr X, our newest member:";
# - a label of the one who keeps what the page is a note of: "Dealer: X." (not "Writer: X", a song's credit);
# - a letter's closing: "Yours, X", "Yours sincerely, X (life member ...)".
_PIECE_TITLE = r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Father|Sister|Rev|Revd|Canon)\.?\s+)?"
_OUR_ROLE = r"(?:(?:our|the|their)\s+(?:[a-z][\w'-]*\s+){0,3}?[a-z][\w'-]*\s*,\s+)?"
_PIECE_WORDS = r"(?:piece|column|letter|article|note|write-up|entry|instalment|installment|contribution|story)"
_PIECE_FROM = linear.compile(
    r"\b(?i:this|the|today's|this\s+month's|this\s+week's|this\s+issue's)\s+"
    rf"(?:(?:[a-z][\w'-]*\s+){{0,2}}?{_PIECE_WORDS}|@\d+)\s+"
    r"(?:(?:is|was)\s+(?:written|sent\s+in|contributed)\s+by|(?:comes|came)\s+from|is\s+(?:by|from))\s+"
    rf"{_OUR_ROLE}{_PIECE_TITLE}(?P<by>@\d+)\s*(?:[,.:;]|$)"
    rf"|\bthe\s+following(?:\s+{_PIECE_WORDS})?\s+from\s+{_OUR_ROLE}{_PIECE_TITLE}(?P<from>@\d+)\s*(?:[,.:;]|$)"
)
# (the label's word may be read as a name, opening its line: checked on the match)
_KEEPER_LABEL = linear.compile(rf"^\W*(?P<label>@\d+|\p{{Lu}}\w+)\s*:\s*{_PIECE_TITLE}(?P<by>@\d+)\s*[.;]?\s*$")
_KEEPER_WORDS = frozenset({"dealer", "stallholder", "seller", "columnist", "author"})
# (the closing's words may be read as a name, opening the sentence: checked on the match)
_SIGNED = linear.compile(
    r"^\W*(?P<close>@\d+|\p{Lu}[a-z]+(?:\s+[a-z]+)?)\s*,\s+"
    rf"{_PIECE_TITLE}(?P<by>@\d+)\s*(?:\([^()]*\)\s*)?[.!]?\s*$"
)
_CLOSINGS = frozenset(
    {"yours", "yours sincerely", "yours faithfully", "yours truly", "yours ever", "kind regards", "best wishes"}
)
# (the labels and the closings' first words as a line writes them, capitalised: "Dealer", "Kind\s+regards")
_KEEPER_LABELS = "|".join(sorted(word.capitalize() for word in _KEEPER_WORDS))
_CLOSING_OPENERS = "|".join(
    sorted(
        r"\s+".join(closing.capitalize().split())
        for closing in _CLOSINGS
        if not any(closing.startswith(f"{other} ") for other in _CLOSINGS)
    )
)
# What the words of a sentence must hold to be read for one of those (most sentences hold none): a lead's words of a
# piece, a keeper's label or a letter's closing
_WRITER_WORDS = linear.compile(
    rf"(?i:\b(?:this|today['\x{{2019}}]s)\b[^.!?]*?\b{_PIECE_WORDS}\b|\bthis\s+(?:month|week|issue)['\x{{2019}}]s\b"
    r"|\bthe\s+following\b)"
    rf"|^\W*(?:{_KEEPER_LABELS})\s*:|^\W*(?:{_CLOSING_OPENERS})\b"
)
# A letter's greeting ("Dear Editor, ..."), where a letter signed with no lead before it starts
_SALUTATION = linear.compile(r"^\W*Dear\s+\p{Lu}")
# (the same, looser, for a whole paragraph: whether any of its sentences may be one)
_WRITER_HINT = linear.compile(
    r"(?i:\bthis\b|\btoday['\x{2019}]s\b|\bthe\s+following\b)"
    rf"|\b(?:{_KEEPER_LABELS})\s*:|\b(?:{_CLOSING_OPENERS})\b"
)

# A name the writer corrects as they go: "Takeshi Mori - sorry, Moriyama, Takeshi Moriyama; ... - who", "Henrik
# Kjeldsen - no, Kjeldgaard, Henrik Kjeldgaard, sorry Henrik - at": the name after the correction words stands for the
# one before, and the rest of the aside, up to its closing dash, is the writer's, none of the sentence's
_NAME_WORD = r"\p{Lu}[\w'\x{2019}-]*"
_CORRECTED_NAME = linear.compile(
    rf"(?P<wrong>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s+[-\x{{2013}}\x{{2014}}]\s+"
    r"(?:(?i:sorry)|no|I\s+mean|or\s+rather)\s*,?\s+(?:I\s+mean\s+)?"
    rf"(?:{_NAME_WORD}\s*,\s+)?(?P<right>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
    r"(?P<rest>[^-\x{2013}\x{2014}.!?]{0,160}?)\s+[-\x{2013}\x{2014}]\s"
)


def _corrected(sentence: str) -> str:
    """The sentence with each name the writer corrects in a dashed aside blanked up to the corrected name, and the
    rest of the aside blanked (offsets kept)."""
    if "sorry" not in sentence and "no," not in sentence and "mean" not in sentence and "rather" not in sentence:
        return sentence
    pieces: list[str] = []
    end = 0
    for found in _CORRECTED_NAME.finditer(sentence):
        if found.group("wrong") == found.group("right"):
            continue
        pieces += [sentence[end : found.start("wrong")], " " * (found.start("right") - found.start("wrong"))]
        pieces += [found.group("right"), " " * (found.end() - 1 - found.end("right"))]
        end = found.end() - 1
    return "".join(pieces) + sentence[end:] if pieces else sentence


class _Narrative:
    def __init__(self, r: Reading) -> None:
        self.r = r
        self.discourse = Discourse(r.people, pair=_the_two(r))
        self.quotes: list[dict[str, Any]] = []
        self.introductions: list[dict[str, Any]] = []
        # the pairs each introducer is told introducing so far, by folded names
        self.pairs_by: dict[str, set[frozenset[str]]] = {}
        self.cast: list[CastEntry] = []
        # the parts each member of ``self.cast`` was read with (a member told again is not added twice)
        self.cast_parts: dict[str, set[str | None]] = {}
        self.video_paragraphs: list[Paragraph] = []
        self.reading: Paragraph | None = None
        # The paragraph of the last quote read (a quote "added" to it in the same paragraph shares its source).
        self.quoted_in: Paragraph | None = None
        # the place of each prose paragraph in reading order (whether a quote's paragraph follows another's)
        self.order: dict[int, int] = {}
        self.prose: list[Paragraph] = []
        self.about_video = False
        # whether the paragraph is a scene of the video walked through after one about it (read for its cast)
        self.in_scene = False
        # the paragraphs that walk on through the video's scenes after one about it (``_scenes_walked``)
        self.scenes_walked: set[int] = set()
        # the paragraphs of a page its video's director writes, from the shoot on (``on_the_directors_set``)
        self.on_set: set[int] = set()
        # Clauses that tell an introduction, read once the whole page is: how the page refers to someone
        # ("her grandmother's chapel" makes Pritchard "herself") may come after the introduction.
        # (and how many sentences had said who someone described is when it was read)
        self.told: list[tuple[Clause, Paragraph, int, str | None, str, int]] = []
        # The sentence before each of those in its paragraph ("A met B at X. It was C who introduced them there.")
        self.told_after: dict[int, Clause] = {}
        # the sentence after one that may tell an introduction, in its paragraph, which may say where it was
        self.told_next: dict[int, Clause] = {}
        self.told_ids: set[int] = set()
        # Who "I", "we" and "us" were where each of those was read (the quote's speaker, whom they named
        # themselves with, and their band), to read it again once the whole page is
        self.told_voice: dict[int, tuple[str | None, str | None, str | None]] = {}
        self.voice: tuple[str | None, str | None, str | None] | None = None
        self.last_read: tuple[Paragraph, Clause] | None = None
        # The last sentence that told two first meeting, in its paragraph, and how many sentences were read since
        self.last_met: tuple[Paragraph, Clause, int] | None = None
        # Whom the page says tells its story ("The story below is told by its co-writer, X"): "I" and "me" of the
        # narration after that sentence
        self.narrator: str | None = None
        # The programmes the narration has named so far ("the documentary Salt Sheds"), which later leads may
        # refer back to
        self.programmes = Programmes()
        # The last outlet the page had named when it gave its last quote (another since is a newer one)
        self.outlet_when_quoted: str | None = None
        # The programme the narration's "we" present, which "the show" of a guest's visit means
        self.own_programme: str | None = None
        # The programme the page writes up a segment of, named in its opening as where its guests were ("X were the
        # guests on Friday's edition of Y"): where the words the page quotes with no medium of their own were said
        self.segment: str | None = None
        # When that programme was named only by a heading of its episode's number ("X, episode 204."): the people its
        # paragraph names (its guests, its hosts), the only ones the page tells were on it
        self.on_the_episode: set[str] | None = None
        self.heading: Paragraph | None = None
        self.tied = False
        # The quotes whose lead tells of no source and of a saying in the present, with the line each is on: said in
        # the programme the page recaps, if it recaps one ("The episode opens on the pier. ... she says")
        self.scenes: list[tuple[dict[str, Any], int]] = []
        # The frame the narration last made for the quotations after it ("X took Y through the album track by
        # track"), kept while the paragraphs after it are quotations (led in or attributed, with no narration after)
        self.frame: Frame | None = None
        # In a transcript, whether the question last put (or an answer to it) was about the video, as the answers
        # to it are
        self.asked_of_video = False
        # whom the question last put named together with the one it asked ("You and X ...")
        self.asked_with: str | None = None
        # The narration of the paragraph being read, all of it (between its quotes too)
        self.paragraph_clauses: list[Clause] = []

    def read(self) -> None:
        lead: tuple[Paragraph, list[Clause]] | None = None
        paragraphs = self.r.page.paragraphs
        # the lists a "Music Video Cast:" line leads into (such a line may be read as a label)
        cast_lists = {
            id(after)
            for before, after in pairwise(paragraphs)
            if _CAST_LEAD.search(before.text) and all(_member_line(line.text) for line in after.lines)
        }
        # A paragraph that is one quote whose lead names no speaker, waiting for the next paragraph's first sentence,
        # which may tell who had just said it ("She was speaking to X"): the quote's paragraph, words and lead.
        pending: tuple[Paragraph, str, list[Clause] | None] | None = None
        # paragraphs that are the byline of a quote before them ("\u2014 Cy Dorn"), read with that quote
        bylines: set[int] = set()
        prose = list(self.r.page.prose())
        self.order = {id(paragraph): at for at, paragraph in enumerate(prose)}
        self.prose = prose
        # (a page that writes up a programme's segment says so beyond naming it: its presenter, "the programme")
        self.tied = any(segment_tied(paragraph.text) for paragraph in prose)
        # (a transcript's lines, each opened by its speaker's label)
        speaker_lines = _spoken_lines(prose)
        # (a diary kept on the shoot: its entries are on the video's set, what they tell of who plays whom its cast)
        self.scenes_walked = self._scenes_walked(prose, speaker_lines) | {
            id(paragraph) for paragraph in shoot_diary(prose)
        }
        # (a page its video's director writes of the shoot: its paragraphs from the shoot on are the video's set)
        self.on_set = {id(paragraph) for paragraph in on_the_directors_set(self.r, prose)}
        self.scenes_walked |= self.on_set
        if prose and self.narrator is None:
            self._posted_by(prose)
        if prose and self.narrator is None:
            self._standfirst_writer(prose)
        # (the pieces the page prints and their writers, each "I" of a piece its own writer's, when the page tells
        # of no one narrator)
        pieces = self._pieces(prose) if prose and self.narrator is None else {}
        # (a transcript's lines are each their speaker's, whoever the page says narrates the rest)
        lines = speaker_lines if not pieces else {}
        page_narrator = self.narrator
        interview = self._interviewee(prose) if not pieces and not lines else None
        carded = False  # the paragraph before was a card whose label named its writer
        for at, paragraph in enumerate(prose):
            text = paragraph.text
            start = 0
            if interview is not None and at > interview[0]:
                # (a marked question is the asker's, whose "I" the answers' is not)
                answerer = None if _MARKED_QUESTION.match(text) else interview[1]
                self.narrator = self.discourse.speaker = answerer
            elif (writer := pieces.get(id(paragraph))) is not None:
                self.narrator = self.discourse.speaker = writer
            elif pieces and self.narrator is not None and self.narrator in pieces.values():
                # (past the piece's closing: the page's own voice again, whose "I" no one named)
                self.narrator = self.discourse.speaker = None
            elif (spoken := lines.get(id(paragraph))) is not None:
                # a line of the transcript: its words are its speaker's own, the label no part of them
                self.narrator = self.discourse.speaker = self.r.people.canonical(spoken[0])
                start = spoken[1]
                self.discourse.focus = None
            elif lines:
                self.narrator = self.discourse.speaker = page_narrator
            elif (card := _CARD_LABEL.match(text)) is not None and (writer := self._card_writer(card)) is not None:
                # a card's words are its writer's, each "I" theirs; the label is no part of the narration
                self.narrator = self.discourse.speaker = writer
                start = card.end()
                carded = True
            elif carded:
                self.narrator = self.discourse.speaker = page_narrator
                carded = False
            if pending is not None:
                start = self.told_back(paragraph, *pending)
                pending = None
            if id(paragraph) in cast_lists:
                self.cast_list(paragraph, paragraph.lines)
                lead = None
                self.frame = None
                continue
            if (
                len(paragraph.lines) > 1
                and _CAST_LEAD.search(paragraph.lines[0].text)
                and all(_member_line(line.text) for line in paragraph.lines[1:])
            ):
                # "Cast:" and its members a line each, with no blank line between
                self.cast_list(paragraph, paragraph.lines[1:])
                lead = None
                self.frame = None
                continue
            if id(paragraph) in bylines:
                continue  # the byline of the quote before, read with it
            if self.frame is not None and self.frame.interview and not lines and self.transcribed(paragraph):
                lead = None
                continue
            byline = _QUOTE_BYLINE.match(text) if text.startswith('"') else None
            signed = self._byline(byline)
            if byline is not None and signed is not None:
                # a quote, and on the line under it who said it
                self.quote(paragraph, byline.group("quote")[1:-1], 1, [signed], after=True)
                lead = None
                continue
            quotes = _quotes(text) if '"' in text else []
            # (a paragraph opening on a title in quotes, whose narration goes on to a quote of its own that ends it:
            # '"Night Trains" came out of that week. ... "It was the first," Bell told X, "and the last."')
            titled = (
                bool(quotes)
                and (
                    _TITLE_OPENING.match(text) is not None
                    or _TITLE_APPOSED.match(text, text.find('"', 1) + 1) is not None
                )
                and quotes[0].body_start > text.find('"', 1) + 1
            )
            if (
                is_quote(text)
                and not titled
                and (not quotes or quotes[0].mark is not None or quotes[0].body_start != 1)
            ):
                # a paragraph that is one quote, led into by the paragraph before
                following = prose[at + 1] if at + 1 < len(prose) else None
                alone = _BYLINE_ALONE.match(following.text) if following is not None and '"' not in text[1:-1] else None
                signed = self._byline(alone)
                if following is not None and signed is not None:
                    # the quote's byline is the paragraph after it
                    bylines.add(id(following))
                    self.quote(paragraph, text[1:-1], 1, [signed], after=True)
                elif (
                    following is not None
                    and _TELLS_BACK_TEXT.match(following.text)
                    and not is_quote(following.text)
                    and self._names_no_speaker(lead[1] if lead else None)
                ):
                    pending = (paragraph, text[1:-1], lead[1] if lead else None)
                else:
                    self.quote(paragraph, text[1:-1], 1, lead[1] if lead else None, whole=True)
                lead = None
                continue
            position = start
            if len(quotes) > _MOST_QUOTES:
                # prose does not quote this often: a page made to cost time, read only so far
                self.r.warn(paragraph.line_at(quotes[_MOST_QUOTES].body_start), _TOO_MANY_QUOTES)
                del quotes[_MOST_QUOTES:]
                text = text[: quotes[-1].end]
            last_quote: dict[str, Any] | None = None
            asked: _Quoted | None = None  # the quote before, when it was a question
            for quoted in quotes:
                if quoted.follows:
                    before = self.narration(paragraph, position, quoted.mark or 0)
                    # only the sentence before; the one before it may say where ('On Radio Nord, Bell was asked
                    # about it. She laughed. "..."')
                    self.quote(paragraph, quoted.body, quoted.body_start, before[-1:], before[-2:-1])
                elif quoted.phrase:
                    calling = self.narration(paragraph, position, quoted.mark or 0)
                    called_by = _CALLED_BY.search(calling[-1].skeleton) if calling else None
                    if called_by is not None and called_by.group("agent"):
                        # "The song, described by Bell as": Bell's words, whoever the sentence is about, and
                        # nowhere the sentence says (its medium is whoever's it is about: "X told Radio Nord the
                        # song, described by Bell as")
                        agent = person(calling[-1].mention(called_by.group("agent")))
                        by_agent = Attribution(agent, None, None, ())
                        self.quote(paragraph, quoted.body, quoted.body_start, calling[-1:], told=by_agent)
                    elif called_by is not None and called_by.group("presenter"):
                        presenter = person(calling[-1].mention(called_by.group("presenter")))
                        read = attribution(calling[-1:], self.programmes)
                        if presenter is not None and read.speaker in (None, presenter):
                            others = tuple(p for p in read.others if p != presenter)
                            as_told = Attribution(presenter, read.source, read.year, others, read.present)
                            self.quote(paragraph, quoted.body, quoted.body_start, calling[-1:], told=as_told)
                    elif called_by is not None and called_by.group("participle"):
                        caller = _participle_caller(calling[-1], called_by.start())
                        called = attribution(calling[-1:], self.programmes) if caller is not None else None
                        if called is not None and called.speaker == caller:
                            self.quote(paragraph, quoted.body, quoted.body_start, calling[-1:], told=called)
                    elif called_by is not None and (
                        _names_no_one(calling[-1], called_by.group("aside"))
                        or _SPOKE_TO.match(called_by.group("aside") or "")
                    ):
                        self.quote(paragraph, quoted.body, quoted.body_start, calling[-1:])
                elif quoted.woven:
                    saying = self.narration(paragraph, position, quoted.mark or 0)
                    if saying and says(saying[-1]):
                        self.quote(paragraph, quoted.body, quoted.body_start, saying[-1:], saying[-2:-1])
                    elif saying and (
                        (own := _named_words_speaker(saying[-1])) is not None
                        or (own := _own_words_speaker(saying[-1], self.r.people)) is not None
                    ):
                        told = attribution(saying[-1:], self.programmes)
                        others = tuple(p for p in told.others if p != own)
                        told = Attribution(own, told.source, told.year, others, told.present)
                        self.quote(paragraph, quoted.body, quoted.body_start, saying[-1:], told=told)
                elif quoted.after_subject:
                    before = self.narration(paragraph, position, quoted.mark or 0)
                    answerer = _answerer(before[-1]) if asked is not None and len(before) == 1 else None
                    if answerer is not None:
                        read = attribution(before, self.programmes)
                        others = tuple(p for p in read.others if p != answerer)
                        answer = Attribution(answerer, read.source, read.year, others, read.present)
                        self.quote(paragraph, quoted.body, quoted.body_start, before, told=answer)
                    elif (
                        before
                        and not _QUESTION_ENDED.search(quoted.body)
                        and (asked_one := _asked_by_narrator(before[-1])) is not None
                    ):
                        # "I asked him about the lies. "She told me ..."": the answer of the one the narrator asked
                        read = attribution(before[-1:], self.programmes)
                        others = tuple(p for p in read.others if p != asked_one)
                        source = read.source
                        if source is None and self.own_programme and visits_own(before[-2:], self.own_programme):
                            source = self.own_programme  # "X is sitting across the desk from me here at Y."
                        answer = Attribution(asked_one, source, read.year, others, read.present)
                        self.quote(paragraph, quoted.body, quoted.body_start, before[-1:], told=answer)
                    elif not before or not _about_one_subject(before[-1]):
                        position = quoted.mark or 0  # read with the narration, as a quote of no one
                        continue
                    else:
                        self.quote(paragraph, quoted.body, quoted.body_start, before[-1:], before[-2:-1])
                elif quoted.mark is not None:
                    lead_in = self.narration(paragraph, position, quoted.mark)
                    subject = _colon_subject(lead_in[-1]) if len(lead_in) > 1 and text[quoted.mark] == ":" else None
                    earlier = attribution(lead_in, self.programmes).speaker if subject is not None else None
                    if earlier is not None and earlier != subject:
                        # the sentence before it is another's saying, not carried over the one leading in (nor
                        # where it was said)
                        lead_in = lead_in[-1:]
                    elif (
                        subject is None
                        and len(lead_in) > 1
                        and (
                            lead_in[-2].skeleton.rstrip().endswith(('."', '!"', '?"'))
                            # ('... was "a love letter". Y was less sentimental on Z:': the stop may stand outside
                            # the quote; not when Y heard or read something, which may be the words said before)
                            or (
                                lead_in[-2].skeleton.rstrip().endswith('".')
                                and not _QUOTED_THING.search(lead_in[-1].skeleton)
                            )
                        )
                        and (own := attribution(lead_in[-1:], self.programmes).speaker) is not None
                        and attribution(lead_in[:-1], self.programmes).speaker not in (None, own)
                    ):
                        # 'X said the song was about "...". Y wrote back:': the sentence before is another's saying
                        # in the page's words; neither it nor where it was said carries over to Y's
                        lead_in = lead_in[-1:]
                    elif subject is None and len(lead_in) > 1 and _SPEAKING_NOUN.search(lead_in[-1].skeleton):
                        # "..., a detail X raised in an interview with Y:": the sentence leading in tells an occasion
                        # of speaking of its own, where, and one person, whose words these are (a saying of a
                        # sentence before is another occasion)
                        occasion = attribution(lead_in[-1:], self.programmes)
                        if occasion.speaker is not None and occasion.source is not None and not occasion.others:
                            lead_in = lead_in[-1:]
                    self.quote(paragraph, quoted.body, quoted.body_start, lead_in)
                else:
                    before = self.narration(paragraph, position, quoted.body_start - 1)
                    attributed = self.narration(paragraph, quoted.after_start, quoted.after_end)
                    where = None
                    if not before and lead is not None and position == 0 and not text[: quoted.body_start - 1].strip():
                        # a paragraph opening on the quote: the sentence ending the paragraph before may tell where
                        # ('... On BBC Radio Wales, she went further.' then '"...," she says.'), not who
                        where = lead[1][-1:]
                    self.quote(
                        paragraph,
                        quoted.body,
                        quoted.body_start,
                        attributed,
                        before[-1:],
                        after=True,
                        where=where,
                        earlier=before[:-1],
                    )
                position = quoted.end
                asked = quoted if _QUESTION_ENDED.search(quoted.body) else None
                last_quote = self.quotes[-1] if self.quotes and self.quoted_in is paragraph else None
            clauses = self.narration(paragraph, position, len(text))
            if clauses and quotes and last_quote is not None and position == quotes[-1].end:
                self._speaking_after(clauses[0], last_quote)
            lead = (paragraph, clauses) if clauses else None
            if clauses or not quotes:
                # narration that goes on after its quotes, or tells none, ends a frame (or makes one)
                following = prose[at + 1] if at + 1 < len(prose) else None
                transcript = following is not None and LABEL.match(following.text) is not None
                # (a transcript's standfirst is all the paragraph's narration, whatever titles it quotes)
                self.frame = frame(self.paragraph_clauses if transcript else clauses, transcript) if clauses else None
                self.asked_of_video = False
                self.asked_with = None
        for index, entry in enumerate(self.told):
            again = self._named_later(entry[0], entry[4])
            if again is None and self.r.people.identified > entry[5]:
                again = self._described_later(entry[0], entry[4])
            if again is not None:
                for links in (self.told_after, self.told_next):
                    if id(entry[0]) in links:
                        links[id(again)] = links[id(entry[0])]
                self.told[index] = (again, *entry[1:])
        for entry in self.told:
            self.add_introductions(*entry[:5])
        r = self.r
        for paragraph in self.video_paragraphs:
            self.cast += shown_artists(r, paragraph, self.cast)
        # "A and B play themselves": each as the page's pronouns for them say, once all are read
        r.facts.video.cast = [
            entry.model_copy(update={"role": r.people.selves[entry.person]})
            if entry.role == "themselves" and r.people.selves.get(entry.person)
            else entry
            for entry in self.cast
        ]
        self.scenes_shown()
        r.facts.quotes = valid(QuoteEntry, self.quotes, r.people.warnings, "quote")
        r.facts.introductions = valid(IntroductionEntry, _unique(self.introductions), r.people.warnings, "introduction")

    def _scenes_walked(self, prose: list[Paragraph], lines: dict[int, tuple[str, int]]) -> set[int]:
        """The paragraphs after one about the video that go on through its scenes without saying "video" ("In the
        opening shot ...", "By the second chorus ..."), and a paragraph between two such (the walk goes on through
        it: "At the next stop a man climbs on ..."). A paragraph that opens on someone's words, its narration their
        attribution, comments on the scenes and neither goes on with the walk nor ends it; any other ends it."""
        walked: set[int] = set()
        walking = False
        between: Paragraph | None = None
        quiet = 0  # a transcript's lines since the last about the video or who is in it
        asked = False  # whether the last paragraph was a question put about the video
        for paragraph in prose:
            answers, asked = asked, False
            if is_about_the_video(paragraph) or names_the_director(self.r, paragraph):
                walking = True
                quiet = 0
                # ("*Was there a video?*" on a line of its own, an interview's question: the next paragraph answers it)
                asked = len(paragraph.text) <= _LONGEST_QUESTION and (
                    _ASKED.search(paragraph.text) is not None or _asks(paragraph.text)
                )
            elif walking and id(paragraph) in lines:
                # (the voices of a transcript talk over each other: a line on who is in it, or who plays whom, goes on
                # with the video the lines a little before it talked of, whatever lines came between)
                if _CAST_TALK.search(paragraph.text):
                    walked.add(id(paragraph))
                    quiet = 0
                else:
                    quiet += 1
                    walking = quiet <= _MOST_LINES_BETWEEN
                continue
            elif walking and (answers or continues_the_video(paragraph)):
                walked.add(id(paragraph))
            elif paragraph.text.startswith('"'):
                continue
            elif walking and between is None:
                between = paragraph
                continue
            else:
                walking = False
            if walking and between is not None:
                walked.add(id(between))
            between = None
        return walked

    def scenes_shown(self) -> None:
        """The quotes told in the present on a page that recaps a programme (tells in the present what it shows)
        are said in it: in the one seen programme the page names, or, when it names more or has not read one's
        title, in none (with a warning)."""
        if not self.scenes or not self.programmes.recap:
            return
        shown = self.programmes.shown()
        for entry, line in self.scenes:
            if shown is not None:
                entry["source"] = shown
            elif self.programmes.by_kind:
                self.r.warn(line, "a quote told as a scene of a programme, but the page names more than one: no source")

    def cast_list(self, paragraph: Paragraph, lines: list[Line]) -> None:
        """ "Music Video Cast:" then a line a member: "- Ana Brandão as the astronaut", "Cy Dorn (the priest)"."""
        self.video_paragraphs.append(paragraph)
        offset = 0
        text = paragraph.text
        for line in lines:
            start = text.find(line.text.strip(), offset)
            if start < 0:
                continue
            offset = start + len(line.text.strip())
            bullet = _BULLET.match(text, start)
            begin = bullet.end() if bullet else start
            member = text[begin:offset].rstrip(" .")
            bracketed = _BRACKETED_MEMBER.match(member)
            if bracketed is not None:
                # "Cy Dorn (the priest)": the part in brackets, read as "Cy Dorn as the priest"
                member = f"{bracketed.group('name')} as {bracketed.group('part')}"
            dashed = _DASHED_MEMBER.match(member) if bracketed is None and " as " not in member else None
            if dashed is not None:
                # "Cy Dorn \u2013 the priest": read as "Cy Dorn as the priest"
                member = f"{dashed.group('name')} as {dashed.group('part')}"
            # the line ends its part as a full stop would
            self.read_cast(paragraph, begin, self.discourse.read(f"{member.rstrip()}."), whole_line=True)

    def read_cast(
        self, paragraph: Paragraph, offset: int, clause: Clause, whole_line: bool = False, before: Clause | None = None
    ) -> None:
        parts = casting.cast(clause)
        if before is not None and before.skeleton.endswith("? "):
            parts = parts + casting.asked_part(before, clause)  # "The night porter? She's played by X."
        if not parts and before is not None and clause.skeleton.startswith("And @") and casting.cast(before):
            parts = casting.joined_is_parts(clause)  # "A plays a nurse. And X is a passenger who ..."
        if before is not None and len(clause.skeleton) < _LONGEST_NO_PART:
            # ("You'll miss X buying batteries. Cameo, no part.")
            parts = parts + casting.shown_in_no_part(before, clause)
        for mention in clause.mentions if "former" in clause.text else ():
            if mention.unsure:
                # in a passage about the video, what may be a member of its cast, left out
                self.r.warn(
                    paragraph.line_at(offset + mention.start),
                    f"'{mention.text}': where what they were ends and their name starts is not told; not cast",
                )
        if "themselves" in clause.skeleton:
            line = paragraph.line_at(offset + clause.at(clause.skeleton.find("themselves")))
            parts = parts + self.band_as_themselves(clause, parts, line)
        if " play " in clause.skeleton or " as " in clause.skeleton:
            parts = parts + self.members_in_plural_part(clause, parts)
        if " be " in clause.skeleton:
            parts = parts + self.members_glimpsed(clause, parts)
        if "members of " in clause.text:
            line = paragraph.line_at(offset + clause.at(max(0, clause.skeleton.find("members of "))))
            parts = self.members_as_themselves(clause, parts, line)
        parts = self.group_as_members(clause, parts, lambda at: paragraph.line_at(offset + at))
        if ": " in clause.skeleton and (" as " in clause.skeleton or " play" in clause.skeleton):
            parts = parts + self.each_by_pronoun(clause, parts)
        for part in parts:
            if whole_line and len(parts) == 1:
                # a line of a cast list is one member: the part is the rest of the line ("a guest who never
                # checks out")
                rest = clause.text.find(f" as {part.role}", part.at)
                if rest >= 0:
                    part = casting.Part(part.person, _named_part(squash(clause.text[rest + 4 :]).rstrip(" .")), part.at)
            if part.role is not None and casting.is_purpose(part.role):
                part = casting.Part(part.person, None, part.at)  # in the video, as a favour to someone: no part
            stressed = _STRESSED.search(part.role) if part.role is not None else None
            if part.role is not None and stressed is not None:
                # "stars as the landlady herself": the reflexive stresses the one part the page means, no word of it
                part = casting.Part(part.person, part.role[: stressed.start("self")], part.at)
            person = self.r.people.canonical(part.person)
            if part.role in ("myself", "ourselves"):
                # "I appear as myself" in a quote: its speaker as themself, told as the page's pronouns for them say
                part = casting.Part(part.person, "themselves", part.at)
            told = self.cast_parts.setdefault(person, set())
            if told and (
                part.role is None
                or part.role in told
                or _without_own(part.role) in {_without_own(role) for role in told if role}
            ):
                continue  # told again ("a cameo from X ... a second cameo from X"): one member, not two
            told.add(part.role)
            line = paragraph.line_at(offset + part.at)
            self.cast.append(
                CastEntry(
                    person=person,
                    role=part.role,
                    source=self.r.people.source(line, _near(clause.text, part.at)),
                )
            )

    def members_as_themselves(self, clause: Clause, parts: list[casting.Part], line: int) -> list[casting.Part]:
        """ "The members of Fjordlys play themselves": each member the page lists for the group, as themselves (the
        group is not its own member); none when the page lists no members."""
        out: list[casting.Part] = []
        for part in parts:
            of = _MEMBERS_OF.search(clause.text[max(0, part.at - 60) : part.at])
            if not of:
                out.append(part)
            elif part.role == "themselves":
                members = self.r.people.members(part.person)
                if not members and of.group("number"):
                    roster = prose.counted_roster(self.r, part.person)
                    members = self.count_confirmed(roster, part.person, of.group("number"), of.group(0).strip(), line)
                out += [casting.Part(member, "themselves", part.at) for member in members]
        return out

    def count_confirmed(self, members: list[str], band: str, number: str, said: str, line: int) -> list[str]:
        """ "the four members of X" of a group whose line-up no rule read: the players the page names as the band's
        (``prose.counted_roster``), when exactly as many as the count (a guess at the line-up that the count
        confirms); none, warned, else."""
        if _counts(number, len(members)):
            return members
        self.r.warn(
            line,
            f"'{said}': the page names {len(members)} players of {band}, not as many as the count; no member cast",
        )
        return []

    def group_as_members(
        self, clause: Clause, parts: list[casting.Part], line_of: Callable[[int], int]
    ) -> list[casting.Part]:
        """ "The band turn up as bin men", "the sisters play three widows": a group of the page cast in a part is each
        of its members in it, when the page names them (the group itself when it does not); none when the part
        counts other than the line-up ("two gauchos" of a trio), as which members is then not sure. "The rest of
        the band" is the members the clause casts otherwise, none when it casts none of them."""
        out: list[casting.Part] = []
        for part in parts:
            members = self.r.people.members(part.person) if part.person in self.r.people.groups() else []
            told_by_count = self.counted_members(clause, part, members, line_of(part.at))
            if told_by_count is not None:
                out += [casting.Part(member, part.role, part.at) for member in told_by_count]
                continue
            if not members and part.role == "themselves":
                members = list(self.r.players.get(part.person, []))
            if not members and part.role == "themselves" and part.person in self.r.facts.artists:
                # "the band play themselves" of a group whose line-up no rule read: the players the page names as
                # the band's, when as many as the page says the band is ("the Leeds four-piece X")
                size = prose.stated_size(self.r, part.person)
                roster = prose.counted_roster(self.r, part.person) if size else []
                members = roster if size == len(roster) else []
            if _REST_OF.search(clause.text[max(0, part.at - 20) : part.at]):
                if len(members) < 2:
                    # of a band whose line-up is not told, "A and the rest of the band play themselves" is the band
                    # whole, as "the band" is; "the rest of the band" alone, after others of it were cast apart, is
                    # some of its players, none the page names, and not the band as one
                    if not any(other is not part and other.role == part.role for other in parts):
                        continue
                    if _members_in_apposition(clause.text, part, parts, None):
                        continue  # "the rest of the band, A and B, appear as themselves": those named are the rest
                    out.append(part)
                    continue
                cast = {fold(other.person) for other in parts if other is not part}
                rest = [member for member in members if fold(member) not in cast]
                if len(rest) == len(members) or not rest:
                    continue
                members = rest
            elif len(members) < 2:
                out.append(part)
                continue
            if _members_in_apposition(clause.text, part, parts, members):
                # "the surviving Lavonettes, A and B, appear as themselves": the group only says whose members
                # the ones named after it are; the rest of its line-up is not cast
                continue
            counted = _PART_COUNT.match(part.role or "")
            if counted is not None:
                word = counted.group("count").lower()
                if not _counts(word, len(members)):
                    continue
            out += [casting.Part(member, part.role, part.at) for member in members]
        return out

    def counted_members(self, clause: Clause, part: casting.Part, members: list[str], line: int) -> list[str] | None:
        """ "The three Marquettes appear as ...": a plural-named band told by a count and its member word is that many
        of its people, its line-up when as many (read, or the players the page names as the band's); none, warned,
        when the count differs, as which of them is then not sure. ``None`` when the part is not told so."""
        word = prose.member_word(part.person)
        if word is None or not clause.text.startswith(f"{word}s", part.at):
            return None
        count = _COUNTED_BEFORE.search(clause.text[max(0, part.at - 20) : part.at])
        if count is None:
            return None
        size = prose.stated_size(self.r, part.person)
        if size is not None and not _counts(count.group("number"), size):
            return None  # ("a quartet", then "the three Kites": which three is not told; the band is read as before)
        if _counts(count.group("number"), len(members)):
            return members
        roster = prose.counted_roster(self.r, part.person)
        return self.count_confirmed(roster, part.person, count.group("number"), count.group(0) + f"{word}s", line)

    def each_by_pronoun(self, clause: Clause, parts: list[casting.Part]) -> list[casting.Part]:
        """ "A and B both appear in it: she as a tram driver, he as a passenger": each pronoun is the one of the two
        the page's pronouns so far call so, when they tell it one way only (not when both are called the same, or
        neither is called anything)."""
        added: list[casting.Part] = []
        told = {part.person for part in parts}
        selves = self.r.people.selves
        for (a, b), (one, other), (role, other_role), at in casting.each_by_pronoun(clause):
            called_a, called_b = selves.get(a, ""), selves.get(b, "")
            straight = called_a == one or called_b == other
            crossed = called_a == other or called_b == one
            if straight == crossed or a in told or b in told:
                continue
            first, second = (a, b) if straight else (b, a)
            added += [casting.Part(first, role, at), casting.Part(second, other_role, at)]
        return added

    def members_glimpsed(self, clause: Clause, parts: list[casting.Part]) -> list[casting.Part]:
        """ "The three members of the band can be glimpsed in the crowd": each member of the page's one artist, a group
        whose line-up the page names with as many people as the count says, in no part; none when the count differs,
        a part follows after "as", or one of them is already cast in the clause."""
        artists = self.r.facts.artists
        if len(artists) != 1:
            return []
        members = self.r.people.members(artists[0])
        told = {fold(p.person) for p in parts}
        out: list[casting.Part] = []
        for found in _MEMBERS_GLIMPSED.finditer(clause.skeleton):
            if GROUP_SIZES.get(found.group("number").lower()) != len(members) or told & {fold(m) for m in members}:
                continue
            band = clause.mention(found.group("band"))
            if found.group("band") and (band is None or band.person != artists[0]):
                continue  # "the three members of X" of another group
            them = clause.mention(found.group("them"))
            if found.group("them") and (them is None or them.person not in (None, artists[0])):
                continue  # ("the two of them" told of two people named before: not the band)
            if _AS_PART_AFTER.match(clause.skeleton[found.end() :]):
                continue  # "can be glimpsed as three bin men": a part, read where parts are
            at = clause.at(found.start("number"))
            out += [casting.Part(member, None, at) for member in members]
        return out

    def members_in_plural_part(self, clause: Clause, parts: list[casting.Part]) -> list[casting.Part]:
        """ "The three band members play switchboard operators": each member of the page's one artist, a group whose
        line-up the page names with as many people as the count says, in the bare plural part (a noun for people,
        "operators", "nurses" told by its ending, not "drums" or "covers" of what is played)."""
        artists = self.r.facts.artists
        if len(artists) != 1 or artists[0] not in self.r.people.groups():
            return []
        members = self.r.people.members(artists[0])
        told = {fold(p.person) for p in parts}
        out: list[casting.Part] = []
        for found in _MEMBERS_PLAY_PLURAL.finditer(clause.skeleton):
            if GROUP_SIZES.get(found.group("number").lower()) != len(members) or told & {fold(m) for m in members}:
                continue
            # ("are cast as guests": what they are cast as is a part, whatever its noun)
            plural = people_plural(found.group("head")) or (found.group("cast") and found.group("head") != "themselves")
            if not plural or found.group("head") in _NOT_PEOPLE_PLURALS:
                continue
            if found.group("doing") and not found.group("as"):
                continue  # "play operators working nights": after "play" the participle's phrase is no part's
            band = clause.mention(found.group("band"))
            if found.group("band") and (band is None or band.person != artists[0]):
                continue  # "the three members of X" of another group
            role = squash(clause.words(found.group("role")))
            at = clause.at(found.start("number"))
            out += [casting.Part(member, role, at) for member in members]
        return out

    def band_as_themselves(self, clause: Clause, parts: list[casting.Part], line: int) -> list[casting.Part]:
        """ "The band perform as themselves", "All five members appear as themselves": the page's one artist, when the
        page tells it is a group (so known, or its name taking a plural verb or a plural's apostrophe)."""
        found = _BAND_AS_SELVES.search(clause.skeleton)
        artists = self.r.facts.artists
        if found is None or len(artists) != 1 or any(fold(p.person) == fold(artists[0]) for p in parts):
            return []
        band = artists[0]
        said = clause.mention(
            found.group("band") or found.group("playing") or found.group("them_at") or found.group("of_band")
        )
        if found.group("them_at") and said is not None and said.person not in (None, band):
            return []  # ("the two of them" told of two people named before: not the band)
        if said is not None and said.person != band and not found.group("them_at"):
            return []
        if not (found.group("them_at") or found.group("of_band")) and said is not None and said.kind != "description":
            return []
        counted = found.group("members") and found.group("number")
        if band not in self.r.people.groups() and not counted and prose.stated_size(self.r, band) is None:
            # ("the four members of X": a count of members tells a group, whatever its name's verbs, as "the Leeds
            # four-piece X" does)
            text = " ".join(paragraph.text for paragraph in self.r.page.prose())
            if not any(f"{band}{after}" in text for after in (" were ", " are ", " have ", "' ", "\u2019 ")):
                return []
        at = clause.at(found.start())
        members = self.r.people.members(band) if found.group("members") or found.group("them") else []
        number = found.group("number") or found.group("them")
        if found.group("members") and number and members and not _counts(number, len(members)):
            # "Band members A, B and C wrote it. Bassist D ... The four members play themselves": the line-up read
            # was of some of the band only; the players the page names, when they take in those and are as many as
            # the count
            roster = prose.counted_roster(self.r, band)
            if set(members) <= set(roster) and _counts(number, len(roster)):
                members = roster
        roster = prose.counted_roster(self.r, band) if found.group("members") and number and not members else []
        if roster or (found.group("members") and number and not members and found.group("bare_play")):
            # "the three band members play themselves" of a page naming none of the band's players: who is not sure
            # (a page that names none of the band's players leaves "all five members" the group as one)
            members = self.count_confirmed(roster, band, number, found.group("members"), line)
            if not members:
                return []
        if found.group("them") and GROUP_SIZES.get(number.lower()) != len(members):
            return []  # "the four of them" of no line-up the page gives, or of another count: who is not sure
        if members and (number is None or _counts(number, len(members))):
            # "the three members appear as themselves" when the page has named the three: each of them, as "the
            # members of X" is ("all five members" that disagrees with the page's line-up leaves the group as one)
            return [casting.Part(member, "themselves", at) for member in members]
        if found.group("members") and (members or (found.group("members")[:3].lower() == "the" and number is None)):
            # "the two members appear as themselves" of a trio (or "all five" of a line-up of four), or "the
            # members" of a line-up the page never gave: which members is not sure
            return []
        return [casting.Part(band, "themselves", at)]

    def credits(self, clause: Clause, paragraph: Paragraph, offset: int) -> None:
        """Writers and producers told in the prose, for a page without its name lines: "The song was written by
        A, B and C, and produced by C with D" (not the album's: "the album was produced by E")."""
        facts = self.r.facts
        for match in _CREDITED.finditer(clause.skeleton):
            key: CreditList = "producers" if match.group("verb") == "produced" else "writers"
            if getattr(facts, key):
                continue
            before = clause.skeleton[max(0, match.start() - 200) : match.start()]
            if not _THE_SONG.search(before) or _NOT_THE_SONG.search(before):
                continue
            mentions = [clause.mentions[int(n)] for n in MENTION.findall(match.group("names"))]
            names = [quotes.person(m) for m in mentions]
            if not names or None in names:
                continue
            line = paragraph.line_at(offset + clause.at(match.start()))
            setattr(facts, key, [self.r.people.canonical(str(n)) for n in names])
            role = CreditRole.WRITER if key == "writers" else CreditRole.PRODUCER
            for name in getattr(facts, key):
                self.r.people.credit(role, name, line, _near(clause.text, clause.at(match.start())))

    def narration(self, paragraph: Paragraph, start: int, end: int) -> list[Clause]:
        """Reads ``paragraph.text[start:end]`` sentence by sentence; returns its clauses."""
        if self.reading is not paragraph:  # once a paragraph, however many quotes divide its narration
            self.reading = paragraph
            self.paragraph_clauses = []
            self.about_video = is_about_the_video(paragraph) or names_the_director(self.r, paragraph)
            self.in_scene = not self.about_video and id(paragraph) in self.scenes_walked
            performers = _the_two(self.r)
            at = self.order.get(id(paragraph), 0)
            # ("*How did A and B meet?* / I introduced them ...": an answer's plural is the two its question asked
            # about)
            answering = at > 0 and _asks(self.prose[at - 1].text)
            if performers is not None and not answering:
                self.discourse.pair = performers
        about_video = self.about_video
        if about_video and (not self.video_paragraphs or self.video_paragraphs[-1] is not paragraph):
            # once a paragraph, however many quotes divide its narration
            read_video_prose(self.r, paragraph)
            self.video_paragraphs.append(paragraph)
        clauses: list[Clause] = []
        text = paragraph.text
        labelled = text[end : end + 1] == ":"
        if end - start < _SHORTEST and not labelled:
            return clauses
        spans = Sentences(text[start:end]).spans()
        arrow = text.rfind(" \u2192 ", start + spans[-1][0], end) if labelled and spans else -1
        if arrow != -1:
            # ("X is the reason \u2192 Bea on Radio Nord:": in notes, an arrow leads on to what came of what went
            # before it, as a new sentence would; the lead into the words is only what follows it)
            first, last = spans.pop()
            spans += [(first, arrow - start), (arrow - start + 3, last)]
        if labelled and spans:
            first, last = spans[-1]
            lead_line = text.rfind("\n", start + first, start + last)
            heading_at = text.rfind("\n", start + first, lead_line) + 1 if lead_line != -1 else -1
            if lead_line != -1 and _CARD_HEADING.match(text[max(heading_at, start + first) : lead_line]):
                # ("CARD 2/7\nBea on Radio Nord:": a card's or a part's number on a line of its own heads what follows
                # it, as a sentence's end would; the lead into the words is only the line after it)
                spans.pop()
                before = max(heading_at, start + first) - start
                spans += [*([(first, before)] if text[start + first : start + before].strip() else [])]
                spans.append((lead_line + 1 - start, last))
        if spans:
            first, last = spans[0]
            line_end = text.find("\n", start + first, start + last)
            if line_end != -1 and _CARD_HEADING.match(text[start + first : line_end]):
                # ("CARD 3/7\nBea, in turn, introduced him to Cy": the card's number heads the sentence under it,
                # which opens only after it, as "X, in turn, ..." must)
                spans[0] = (line_end + 1 - start, last)
        for first, last in spans:
            if last - first < _SHORTEST and not (
                labelled and not text[start + last : end].strip() and _NAME_LABEL.match(text[start + first : end])
            ):
                continue
            offset = start + first
            sentence = _corrected(text[offset : start + last])
            if _RUN_IN_HEADING.match(sentence):
                continue  # "STATEMENTS TAKEN.": a heading run into the paragraph, which names no one
            clause = self.discourse.read(sentence)
            clauses.append(clause)
            self.programmes.read(clause)
            if self.segment is None and not self.quotes and self.order.get(id(paragraph), _OPENING) < _OPENING:
                self.segment = segment(clause, self.tied)
                if self.segment is not None and heads_episode(clause):
                    self.on_the_episode, self.heading = set(), paragraph
            if self.on_the_episode is not None and self.heading is paragraph:
                self.on_the_episode.update(
                    self.r.people.canonical(person) for mention in clause.mentions[:32] for person in mention.people
                )
                # ("Bandroom Minutes, episode 130: X of Y.": a guest named with their act, which the mention reads
                # as one name)
                self.on_the_episode.update(
                    guest
                    for mention in clause.mentions[:32]
                    if mention.kind == "name"
                    and not mention.people
                    and " of " in mention.text
                    and (guest := self.r.people.mention(mention.text.split(" of ")[0])) is not None
                )
            if self.own_programme is None and any(
                word in clause.skeleton for word in (" on @", "episode ", " with @", " to @", " here ")
            ):
                self._own_programme(clause)
            if self.narrator is None and (
                any(
                    word in clause.skeleton
                    for word in (
                        "told by",
                        " am ",
                        "'m ",
                        "name",
                        " here",
                        "This is ",
                        " again",
                        " in",
                        "writing",
                        " service",
                        " at the ",
                        "t's @",
                    )
                )
                or "ed by" in clause.skeleton  # ("Handout prepared by X": the document's writer)
            ):
                self._narrator(clause)
            if self.narrator is None and "rom " in clause.skeleton:
                self._framed_by(clause, clauses[-2] if len(clauses) > 1 else None)
            self.find_introductions(clause, paragraph, offset, self.narrator, sentence)
            if "d by" in clause.skeleton or "n by" in clause.skeleton:
                self.credits(clause, paragraph, offset)
            if (about_video or self.in_scene) and not (
                id(paragraph) in self.on_set and names_another_production(clause.text)
            ):
                self.read_cast(paragraph, offset, clause, before=clauses[-2] if len(clauses) > 1 else None)
            self.discourse.after(clause)
        self.paragraph_clauses += clauses
        return clauses

    def transcribed(self, paragraph: Paragraph) -> bool:
        """Reads a paragraph of the transcript an interview's standfirst leads into, when it opens on a label: the
        words after it are a quote of the one it names ("MAYA: ...", "A: ..."), given to the interview's outlet (its
        "I" is theirs; words it quotes are part of it); the interviewer's ("Q: ...", the outlet's or the host's
        label) are questions, no one's quote. A label the standfirst does not tell whose it is gives no quote (a
        located warning). False when the paragraph has no label, or a label in small letters that names no one."""
        interview = self.frame
        found = LABEL.match(paragraph.text)
        if interview is None or found is None:
            self.frame = None  # the transcript is over
            return False
        label = found.group("label")
        kind, speaker = labelled(interview, label)
        if kind == "unknown" and not label.isupper():
            self.frame = None
            return False  # "Confession: ...", a word of the narration's own
        about = is_about_the_video(paragraph) or names_the_director(self.r, paragraph)
        if kind == "question":
            self.asked_of_video = about
            # "You and Bastiaan come from ...": whom the question names with the one it asks, whom "we" answers for
            joined = _YOU_AND.search(paragraph.text, found.end() - 1)
            name = (joined.group("after") or joined.group("before")) if joined is not None else None
            self.asked_with = self.r.people.mention(name) if name else None
            return True
        if kind != "answer" or speaker is None:
            word = "two people of the interview" if kind == "doubt" else "no one the interview names"
            self.r.warn(paragraph.first, f"a transcript's label that may mean {word} ('{label}'): not imported")
            return True
        self.asked_of_video = self.asked_of_video or about
        self.reading = paragraph
        self.about_video = self.asked_of_video
        body = found.end() - 1
        voices = [voice for voice in interview.voices if voice != speaker]
        others = tuple(voices) if len(voices) == 1 and speaker in interview.voices else ()
        if not others and self.asked_with is not None and self.asked_with != speaker:
            others = (self.asked_with,)
        told = Attribution(speaker, interview.source, None, others)
        self.quote(paragraph, paragraph.text[body:].rstrip(), body, None, told=told)
        return True

    def _byline(self, byline: linear.Match | None) -> Clause | None:
        """The byline under a quote read as its attribution: "\u2014 Cy Dorn, speaking to Radio Nord" as "Cy Dorn
        said, speaking to Radio Nord."; none when its words name no one ("\u2014 Gold in Ireland")."""
        if byline is None:
            return None
        clause = self.discourse.read(f"{byline.group('who').strip()} said{byline.group('rest') or ''}.")
        told = attribution([clause], self.programmes)
        if told.speaker is None or not clause.mentions or told.speaker != person(clause.mentions[0]):
            return None
        return clause

    def _names_no_speaker(self, lead: list[Clause] | None) -> bool:
        """Whether the lead into a quote names no one as its speaker, nor tells of something written, read or heard
        that the quote may be ("The chorus goes:" leads into words sung, no one's telling)."""
        if lead and _QUOTED_THING.search(lead[-1].skeleton):
            return False
        told = attribution(lead, self.programmes) if lead else None
        return (told is None or told.speaker is None) and (not lead or _as_the_one_put_it(lead[-1]) is None)

    def told_back(self, paragraph: Paragraph, quoted: Paragraph, body: str, lead: list[Clause] | None) -> int:
        """Reads the quote that stood alone in the paragraph before (``quoted``, its words ``body``, led into by
        ``lead`` with no speaker), attributed by this paragraph's first sentence when it tells who had just said it
        ("Cy Dorn told the story to Radio Nord", "She was speaking to X"); returns where this paragraph's narration
        goes on (after that sentence, when it was read)."""
        first = next(iter(Sentences(paragraph.text).spans()), None)
        if first is None or '"' in paragraph.text[: first[1]]:
            self.quote(quoted, body, 1, lead)
            return 0
        clauses = self.narration(paragraph, 0, first[1])
        found = _TELLS_BACK.match(clauses[0].skeleton) if clauses else None
        subject = clauses[0].mention(found.group("who")) if found else None
        speaker = person(subject) if subject is not None and not subject.possessive else None
        if speaker is None:
            self.quote(quoted, body, 1, lead)
        else:
            told = attribution(clauses[:1], self.programmes)
            others = tuple(p for p in told.others if p != speaker)
            self.quote(
                quoted, body, 1, clauses[:1], told=Attribution(speaker, told.source, told.year, others, told.present)
            )
        return first[1]

    def quote(
        self,
        paragraph: Paragraph,
        body: str,
        body_offset: int,
        lead: list[Clause] | None,
        setting: list[Clause] | None = None,
        after: bool = False,
        told: Attribution | None = None,
        where: list[Clause] | None = None,
        whole: bool = False,
        earlier: list[Clause] | None = None,
    ) -> None:
        """``setting``: the sentence right before a quote attributed after it ('Speaking to Radio Nord, Bell
        was blunt. "...," she said.'), where the speaker's source may be named; ``after``: ``lead`` is that
        attribution; ``told``: the attribution, when read already; ``where``: the sentence ending the paragraph
        before, when the quote opens its own, read for the source alone as ``setting`` is; ``whole``: the quote is a
        paragraph of its own, which a frame or the quote before may give its speaker; ``earlier``: the paragraph's
        sentences before ``setting``, whose saying the words may go on from."""
        asker = quotes.asking(lead[-1], body) if told is None and lead and not after else None
        if asker is not None and lead:
            # a question, led in by its asking: the asker's, or no one's the page can name (not whom it was put to)
            who = person(asker)
            if who is None:
                self.r.warn(paragraph.first, "a question whose asker the page does not name is not imported")
                return
            read = attribution(lead, self.programmes)
            told = Attribution(who, read.source, read.year, tuple(p for p in read.others if p != who), read.present)
        if told is None:
            told = attribution(lead, self.programmes) if lead else None
        if told is not None and told.speaker is not None and not after and lead and len(lead) > 1:
            told = self._not_the_open_pronoun(told, lead)
        if told is not None and told.speaker is None and after and lead and setting:
            epithet = _epithet_speaker(lead[-1], setting[-1], self.programmes, self.r.people)
            if epithet is not None:
                told = Attribution(epithet, told.source, told.year, told.others, told.present)
        if told is not None and told.speaker is None and after and lead and setting:
            unnamed = self._not_named_within(lead[-1], setting[-1], body)
            if unnamed is not None:
                told = Attribution(unnamed, told.source, told.year, told.others, told.present)
        if told is not None and told.speaker is not None and not after and lead and len(lead) > 1:
            # 'A wrote it with B, thanks to C, who runs a folk night. She told X: "I introduced A to B ..."': the same
            # of a lead-in, its "she" carried to one the quote names beside its "I"
            other = self._not_named_within(lead[-1], lead[-2], body, told.speaker)
            if other is not None:
                told = Attribution(other, told.source, told.year, told.others, told.present)
        if told is not None and told.speaker is not None and after and lead and setting:
            # '"I introduced Lhamo to Anirban ...," she told me': whom "she" was carried to is named beside the
            # quote's "I", so is not its speaker; the one other the sentence before named is, as for an open "she"
            other = self._not_named_within(lead[-1], setting[-1], body, told.speaker)
            if other is not None:
                told = Attribution(other, told.source, told.year, told.others, told.present)
            elif _pronoun_named_beside_i(lead[-1], body, told.speaker):
                # ('Dorn came along later. "I was introduced to Cy by Bea," she said': the "she" carried to Dorn,
                # whom the words name beside their "I", as no one names oneself; with no one else left to mean, who
                # spoke is not sure, unless "in the same interview" goes back to the one who gave it)
                told = Attribution(
                    self._same_interviewee(lead[-1], body, told.speaker),
                    told.source,
                    told.year,
                    told.others,
                    told.present,
                )
        if told is not None and told.speaker is None and lead and not after:
            meant = _as_the_one_put_it(lead[-1])
            if meant is not None:
                told = Attribution(meant, told.source, told.year, told.others, told.present)
        if told is not None and told.speaker is None and lead and len(lead) > 1 and not after:
            # "... while he layers a guitar in Accra. In the one interview he gives, he keeps it short:": the
            # sentence that leads straight into the words tells of someone's speaking (by a noun) and is about one
            # person, its subject, whoever the sentences before it named; or a programme shows one person ("The
            # film finds X at her piano, cheerfully unsentimental:") (not when it tells of something written or
            # heard, which the words may be; "Dorn still plays it at every show:" tells of no speaking)
            leading = lead[-1]
            sole = None
            spoken = any(
                found is not None
                for found in (
                    _WORDS_OUT.search(leading.skeleton),
                    _ASKED_FIRST.match(leading.skeleton),
                    _EXPLAINING.search(leading.skeleton),
                )
            )
            if spoken or not _QUOTED_THING.search(leading.skeleton):
                if spoken or _SPEAKING_NOUN.search(leading.skeleton):
                    sole = _sole_subject(leading) or _presented_subject(leading)
                if sole is None and _SHOWN_BY.search(leading.skeleton):
                    sole = _sole_shown(leading)
            if sole is not None:
                others = tuple(p for p in told.others if p != sole)
                told = Attribution(sole, told.source, told.year, others, told.present)
        if (told is None or told.speaker is None) and whole:
            carried = self._carried(paragraph, body, lead)
            if carried is not None:
                told = carried
        if told is not None and told.speaker is None and not after and lead and len(lead) > 1:
            # (an open "she" of the lead-in, when nothing else told whom it means: the one the sentence before named
            # whom the quote does not, as after a quote)
            # (a new name after "in" or "at" is a place's: "lives in North Perth")
            unnamed = self._not_named_within(lead[-1], lead[-2], body)
            if unnamed is not None and not _placed(lead[-2], unnamed):
                told = Attribution(unnamed, told.source, told.year, told.others, told.present)
        if (
            told is not None
            and told.speaker is not None
            and after
            and lead
            and _names_in_third_person(body, told.speaker, lead[-1])
        ):
            # ('Y added the drums. "Y plays like a machine," the producer joked.': "the producer" the text is about
            # is named by the words as another, which no one says of oneself; whom it means instead is not sure)
            # ('"Cy brought Bea over to me," she said': a "she" is the one person the page has called so, when that
            # one is not who the words name)
            told = self._sole_other_so_called(lead[-1], body, told)
        if (
            told is not None
            and told.speaker is not None
            and after
            and lead
            and setting
            and (pronoun := _pronoun_for_the_dead(lead[-1], setting[-1], told.speaker)) is not None
        ):
            # ('A says the song is about her aunts. B died in 2019. "...," she wrote.': "she" is B by nearness, but
            # the words go on from A's saying, which the sentence of B's death only glosses; with no one saying
            # before it, whom "she" means is not sure)
            speaker = self._earlier_speaker(earlier or [], told.speaker, pronoun)
            told = None if speaker is None else Attribution(speaker, told.source, told.year, (), told.present)
        if told is None or told.speaker is None:
            self.r.warn(paragraph.first, "a quote whose speaker the page does not name is not imported")
            return
        speaker = self.r.people.canonical(told.speaker)
        entry: dict[str, Any] = {
            "speaker": speaker,
            "text": squash(body),
            "provenance": self.r.people.source(
                paragraph.first,
                paragraph.raw
                if body_offset == 1
                else paragraph.text[max(0, body_offset - EXCERPT_REACH) : body_offset + len(body) + EXCERPT_REACH],
            ),
        }
        source = told.source
        near = setting or where
        if source is None and near:
            before = attribution(near, self.programmes)
            # the sentence before names the speaker, and where they were ('When the band played it on Late
            # Songs, Arbour thanked her mother. "...," she said.')
            # ('In an interview with X she was asked why. "...," Bell said.': "she" is the speaker too)
            said_of = {before.speaker, *before.others} | {
                m.person for clause in near for m in clause.mentions[:16] if m.kind == "pronoun"
            }
            if before.source is not None and told.speaker in said_of:
                source = before.source
            elif (
                before.source is not None
                and after
                and lead
                and setting
                and _SAYS_IN_IT.search(lead[-1].skeleton)
                and _RECORDING.search(setting[-1].skeleton)
            ):
                # 'X posted a clip to YouTube of her grandmother. "...," the grandmother says in it': the words are in
                # the recording the sentence before put out, whoever put it there
                source = before.source
        same = next((found for clause in lead or [] if (found := _SAME_SOURCE.search(clause.text))), None)
        if source is None and self.quotes and same is not None:
            source = self.quotes[-1].get("source")  # "he added later in the same episode"
            if same.group("kind") in _PRINTED:
                if self.programmes.last_outlet not in (None, self.outlet_when_quoted):
                    # "X told Hallyu Weekly that ... "...," he said in the same magazine": the periodical the page named
                    # since the last quote, whose words were its own report
                    source = self.programmes.last_outlet
                elif any(source in self.programmes.by_kind.get(kind, ()) for kind in _BROADCAST):
                    source = None  # the last quote's podcast or show is no magazine
        back = next((found for clause in lead or [] if (found := _BACK_TO_OCCASION.search(clause.skeleton))), None)
        if (
            source is None
            and back is not None
            and self._quoted_lately(paragraph)
            and self.quotes[-1].get("speaker") == speaker
            and (before_source := self.quotes[-1].get("source"))
            and not (back.group("air") and before_source in self.programmes.outlets)
        ):
            # '"...," she told Radio Nord. / "...," she said later in the interview': the conversation she was just
            # quoted from, in this paragraph or the one before (no one else quoted between)
            source = before_source
        if source is None and back is not None and (back.group("air") or back.group("kind") in _AIRED):
            # 'The track was premiered by the DJ X on her Y show. She said on air: "..."': the one station the
            # sentences leading to the words put the speaker on
            source = _station_of(speaker, [*(near or []), *(lead or [])], self.r.people)
        if (
            source is None
            and lead
            and self.quoted_in is paragraph
            and _ADDED.search(lead[-1].skeleton)
            and not _ANOTHER_TIME.search(lead[-1].skeleton)
            and not _AT_A_GATHERING.search(lead[-1].skeleton)
        ):
            # 'Appearing on X, Reid described it as "...". Munro added: "..."': the same conversation
            source = self.quotes[-1].get("source")
        if (
            source is None
            and lead
            and not after
            and self._quoted_lately(paragraph)
            and self.quotes[-1].get("speaker") != told.speaker
            and (
                ((replied := _REPLIED.match(lead[-1].skeleton)) is not None and not replied.group("to"))
                or _REPOSTED.match(lead[-1].skeleton) is not None
            )
        ):
            # 'Dorn posted on Threads: "...". / Arbour replied within minutes: "..."': a reply to the words just
            # quoted, someone else's, is made where they were put (a lead naming no medium of its own); so is a repost
            # of them with words of one's own ("X reposted it with a single word, "...")
            source = self.quotes[-1].get("source")
        if (
            source is None
            and lead
            and self._quoted_lately(paragraph)
            and self.quotes[-1].get("speaker") == speaker
            and any(_FOLLOW_UP.search(clause.text) for clause in lead)
        ):
            # 'X posted a TikTok ... with the caption "...". / "...," X said in a follow-up video': where the post
            # it follows up was
            source = self.quotes[-1].get("source")
        if source is None and self.own_programme and lead and not after:
            visit = next((v for clause in lead if (v := _ON_OUR_SHOW.search(clause.skeleton))), None)
            kind = visit.group("kind") if visit else ""
            if visit is not None and not self.programmes.by_kind.get(_KIND_WORD.get(kind, kind)):
                source = self.own_programme  # the presenter's own, when the page named no other of the kind
            elif visit is None and not self.programmes.by_kind.get("show") and visits_own(lead, self.own_programme):
                # "X rang the show", "X called Feierabend", "X was in the Passport studio": a guest's call or visit
                source = self.own_programme
        if source is None and self.frame is not None and self.frame.source is not None:
            framed = {self.r.people.canonical(voice) for voice in self.frame.voices}
            if speaker in framed or any(_THE_OUTLET.search(clause.skeleton) for clause in lead or []):
                # the frame's voices tell it where the frame says ("X took Y through the album"), and a quote led in
                # by "the magazine" is given there too
                source = self.frame.source
        if source is None and told.present:
            # a saying told in the present, which on a page that recaps a programme is a scene of it
            self.scenes.append((entry, paragraph.first))
        the_paper = any(THE_PAPER.search(c.skeleton) for c in lead or [])
        if source is None and self.programmes.last_outlet and the_paper:
            source = self.programmes.last_outlet  # "X told the paper": the outlet the page named last
        if (
            source is None
            and the_paper
            and self._quoted_lately(paragraph)
            and self.quotes[-1].get("speaker") == speaker
            and (before_source := self.quotes[-1].get("source"))
            and not any(before_source in self.programmes.by_kind.get(kind, ()) for kind in _BROADCAST)
        ):
            # 'X described the session to Le Devoir. "...," he said. / "...," X told the paper.': with no outlet the
            # page named as one, the paper the same speaker's words were just quoted from (no podcast or show)
            source = before_source
        if (
            source is None
            and self.segment is not None
            # (a year told in a sentence before the lead dates what that sentence narrates, not the saying: "X
            # introduced them at a wedding in 2014. Y's version:" is said on the programme)
            and (not self._another_time(lead) or self._on_the_segments_own(lead))
            and (self.on_the_episode is None or speaker in self.on_the_episode or self._on_the_segments_own(lead))
        ):
            # a write-up of a programme's segment: words quoted with no medium of their own were said on it, unless
            # told of another time than the segment's, not on the programme again
            source = self.segment
        if source:
            entry["source"] = self.programmes.outlet(source)
        if told.year:
            entry["year"] = told.year
        words = fold(entry["text"])
        if len(words.split()) >= 3 and any(
            f" {words} " in f" {fold(earlier['text'])} " and words != fold(earlier["text"]) for earlier in self.quotes
        ):
            # 'X says it is "a complaint with a tune".': a few words of a quotation already given, quoted again when
            # the page comes back to them (a discussion question, a summing up), are no new quote
            return
        self.quotes.append(entry)
        self.quoted_in = paragraph
        self.outlet_when_quoted = self.programmes.last_outlet
        counterpart = _partner_in(lead, speaker)
        if counterpart is None:
            counterpart = told.others[0] if told.others else self._other_performer(speaker)
            if told.others and self._band_of_writer(speaker, counterpart):
                # "Bell explained how the group came together: 'We were introduced by X'": the song's band, named in
                # the lead of one who wrote for it but performs none of it, is whom "we" is of, not the other of two
                counterpart = None
        if (counterpart is None or counterpart == self._paired_with(speaker)) and self._party(speaker) is None:
            # the quote's own "Sanne and I" tells its "we" better than whom the narration last named with the speaker
            counterpart = self._named_with(body, speaker) or counterpart
        inside = self.discourse.quoting(speaker, counterpart, self._party(speaker))
        self.voice = (speaker, counterpart, inside.party)
        called: list[str] = []  # whom the quote named or called "he" or "she", other than its speaker
        unsaid: list[str] = []  # the words ("herself") of its "he" or "she" that meant no one it said
        # in a paragraph about the video, the quote may tell its cast ('the director said: "A plays a nurse"', "I
        # play a clerk" of an actor), its "I" being its speaker
        video = (self.about_video or self.in_scene) if self.reading is paragraph else is_about_the_video(paragraph)
        for first, last in Sentences(body).spans():
            sentence = body[first:last]
            clause = inside.read(sentence)
            if video:
                self.read_cast(paragraph, body_offset + first, clause)
            called += (
                m.person
                for m in clause.mentions
                if m.person
                and m.person != speaker
                and (m.kind == "name" or (m.kind == "pronoun" and m.text.lower() in _THIRD_PERSON))
            )
            unsaid += (
                _THIRD_PERSON[m.text.lower()]
                for m in clause.mentions
                if m.kind == "pronoun" and not m.people and not m.possessive and m.text.lower() in _THIRD_PERSON
            )
            self.find_introductions(clause, paragraph, body_offset + first, speaker, sentence)
            inside.after(clause)
        self.voice = None
        self.discourse.focus = speaker
        self.discourse.quoted = tuple(dict.fromkeys(called))
        # (words that end on a comma go on into the sentence that tells who said them: '"...,"' she told X', whose
        # "she" is the speaker's own; when that sentence was read already, the quote's "she" holds for the next)
        ends = body.rstrip().rstrip("'\"").rstrip()[-1:]
        self.discourse.quoted_unsaid = tuple(dict.fromkeys(unsaid)) if ends != "," or after else ()

    def _quoted_lately(self, paragraph: Paragraph) -> bool:
        """Whether the last quote was put in this paragraph or the one before it (what a reply, a follow-up or "told
        the paper" may go on from)."""
        return (
            bool(self.quotes)
            and self.quoted_in is not None
            and self.order.get(id(paragraph), -2) - self.order.get(id(self.quoted_in), -9) in (0, 1)
        )

    @staticmethod
    def _another_time(lead: list[Clause] | None) -> bool:
        """Whether the words a quote's lead tells were said at another time than the segment the page writes up:
        before it ("had told her", "years earlier", "once said"), or off the air. Only the clause leading into the
        words tells it: a sentence before it may tell of another time for what it narrates ("X, who introduced them
        about a decade ago, takes the credit. Y does not dispute it:" is said on the programme)."""
        return any(_ANOTHER_OCCASION.search(clause.skeleton) for clause in (lead or [])[-1:])

    @staticmethod
    def _on_the_segments_own(lead: list[Clause] | None) -> bool:
        """Whether a quote's lead places the saying on the programme the page writes up, at whatever time ("on his
        first visit to the show", "back in episode 98"; not "episode 12 of X", another programme's)."""
        for clause in lead or []:
            own = _THE_SEGMENTS_OWN.search(clause.skeleton)
            if own is not None and not own.group("of"):
                return True
        return False

    def _earlier_speaker(self, earlier: list[Clause], dead: str, pronoun: str) -> str | None:
        """The one person the last saying of ``earlier`` gives, when the pronoun may mean them and they are not the
        one whose death was told."""
        for clause in reversed(earlier):
            if not says(clause):
                continue
            told = attribution([clause], self.programmes)
            if told.speaker is None or told.others or told.speaker == dead:
                return None
            return told.speaker if self.r.people.may_be(told.speaker, _THIRD_PERSON.get(pronoun)) else None
        return None

    def _carried(self, paragraph: Paragraph, body: str, lead: list[Clause] | None) -> Attribution | None:
        """The speaker (and source) a quote that is a paragraph of its own, with no attribution, takes from what
        introduces it: the frame it is in, when the frame names one speaker; else, right after a quote that ended the
        paragraph before, that quote's speaker, as English carries an attribution over consecutive quoted paragraphs
        (a quote of one sentence may be a line of a song, a motto or a title, and is left)."""
        if self.frame is not None:
            if self.frame.doubt:
                self.r.warn(paragraph.first, "a quote in a frame that names more than one speaker: not imported")
            if self.frame.speaker is None:
                return None
            return Attribution(self.frame.speaker, self.frame.source, None, ())
        if lead or not self.quotes or self.quoted_in is None:
            return None
        if self.order.get(id(paragraph), -2) - self.order.get(id(self.quoted_in), -9) != 1:
            return None
        if sum(1 for _ in Sentences(body).spans()) < 2:
            return None
        before = self.quotes[-1]
        return Attribution(before["speaker"], before.get("source"), None, ())

    def _not_the_open_pronoun(self, told: Attribution, lead: list[Clause]) -> Attribution:
        """'A sings it, which B has said was her idea. Speaking to X, she explained:': the sentence leading straight
        into the words has its own saying, by a "he" or "she" the page could not tell; a saying an earlier sentence
        gave someone the page calls otherwise ("himself") is no lead into these words, whose speaker is then left to
        be read as for any open pronoun, when someone else the lead names may be so called."""
        leading = lead[-1]
        said = _PRONOUN_SAID.match(leading.skeleton)
        pronoun = leading.mention(said.group("who")) if said is not None else None
        if pronoun is None or pronoun.kind != "pronoun" or pronoun.people or told.speaker is None:
            return told
        word = _THIRD_PERSON.get(pronoun.text.lower())
        if word is None or self.r.people.may_be(told.speaker, word):
            return told
        if attribution([leading], self.programmes).speaker is not None:
            return told  # the leading sentence's own saying named them, whatever the page called them before
        if not any(
            m.kind == "name" and m.person not in (None, told.speaker) and self.r.people.may_be(str(m.person), word)
            for clause in lead
            for m in clause.mentions
        ):
            return told  # (no one else the lead names may be meant: what the page learnt of them may be amiss)
        return Attribution(None, told.source, told.year, told.others, told.present)

    def _sole_other_so_called(self, attributed: Clause, body: str, told: Attribution) -> Attribution | None:
        """The speaker of a quote whose "he" or "she" was taken for someone the words name as another: the one person
        the page has so far called by that pronoun alone, not named in the words; None when there is no one such
        (or the attribution calls the speaker by a noun, "the producer", which says nothing of who else it is)."""
        said = _PRONOUN_SAID.match(attributed.skeleton)
        pronoun = attributed.mention(said.group("who")) if said is not None else None
        word = _THIRD_PERSON.get(pronoun.text.lower()) if pronoun is not None and pronoun.kind == "pronoun" else None
        if word is None:
            return None
        words = set("".join(char if char.isalnum() else " " for char in fold(body)).split())
        bands = {fold(g) for g in self.r.people.groups()}
        left = [
            p
            for p, called in self.r.people.selves.items()
            if called == word
            and p != told.speaker
            and fold(p) not in bands
            and not any(fold(part) in words for part in p.split())
        ]
        if len(left) != 1:
            return None
        return Attribution(left[0], told.source, told.year, (), told.present)

    def _same_interviewee(self, attributed: Clause, body: str, not_them: str | None) -> str | None:
        """Whom "she said in the same interview" means when the "she" cannot be ``not_them``: the speaker of the quote
        before, whose interview it was, when the page calls them by that pronoun (or has not said) and the words do
        not name them beside their "I"."""
        same = _SAME_SOURCE.search(attributed.text)
        said = _PRONOUN_SAID.match(attributed.skeleton)
        pronoun = attributed.mention(said.group("who")) if said is not None else None
        word = _THIRD_PERSON.get(pronoun.text.lower()) if pronoun is not None else None
        if same is None or same.group("kind") not in _ONES_OWN_TALK or word is None or not self.quotes:
            return None
        earlier = self.quotes[-1].get("speaker")
        if (
            not isinstance(earlier, str)
            or earlier == not_them
            or self.r.people.selves.get(earlier, word) != word
            or _beside_i(body, earlier)
        ):
            return None
        return earlier

    def _not_named_within(
        self, attributed: Clause, before: Clause, body: str, carried: str | None = None
    ) -> str | None:
        """'A thanked her cousin, B. "B pushed me on stage," she recalled.': "she", left unresolved between the
        people the sentence before named, is the one of them the quote does not name by name (one says "I" of
        oneself), when exactly one of them, who may be called so, is left. ``carried``: whom the pronoun was
        resolved to, set aside (and the one left named instead) only when the quote names them in a sentence
        of its "I" ("I introduced B to C"), which no one says of oneself."""
        said = _PRONOUN_SAID.match(attributed.skeleton)
        if said is None or about_unnamed(before):
            return None  # ("It was Dorn's widow who ...": she may be the widow, whom the sentence does not name)
        pronoun = attributed.mention(said.group("who"))
        if pronoun is None or pronoun.kind != "pronoun" or (carried is None and pronoun.people):
            return None
        if carried is not None and (pronoun.person != carried or not _beside_i(body, carried)):
            return None
        word = {"he": "himself", "she": "herself"}.get(pronoun.text.lower())
        if word is None:
            return None
        spoken = "".join(char if char.isalnum() else " " for char in fold(body)).split()
        words = set(spoken)
        # someone of the page, or a new full name ("her cousin, Eda Fenn,"), not a place's one word ("in Hull"); one
        # of the page named only as whose something is counts too for an open pronoun when the quote names them, so
        # is not its speaker ('A told X that the chorus was really B's. "Nell sang it first," he said': A's words;
        # not an owner opening the sentence: "B's story is told most often by A" may go on with either)
        quoted = {
            m.person
            for m in before.mentions
            if m.person is not None and any(fold(part) in words for part in m.person.split())
        }
        mentioned = [
            m
            for m in before.mentions
            if m.kind in ("name", "description")
            and (not m.possessive or (carried is None and m.kind == "name" and m.person in quoted and m.start > 0))
            and (
                m.person is not None or (m.kind == "name" and m.new and " " in squash(m.text) and not titled(before, m))
            )
        ]
        named = [str(m.person) if m.person is not None else squash(m.text) for m in mentioned]
        # ("it was X, he said, who ...": whom a "he" or "she" there meant is one of them too)
        named += [str(m.person) for m in before.mentions if m.kind == "pronoun" and m.person is not None]
        if carried is not None:
            named.append(carried)
        # (a band is no "he" or "she")
        bands = {fold(g) for g in self.r.people.groups()}
        # ("X appears as herself" in the video: a she, when the page's pronouns have not said)
        cast_selves = {c.person: str(c.role) for c in self.cast if c.role in ("herself", "himself")}
        # ('The poet came in through X. "I introduced the poet to ...," he said': the quote calls the poet by the
        # description the sentence before gave them, which one does not say of oneself)
        joined = f" {' '.join(spoken)} "
        described = {
            str(m.person)
            for m in mentioned
            if m.kind == "description" and m.person is not None and f" {' '.join(fold(m.text).split())} " in joined
        }
        left = {
            p
            for p in named
            if not any(fold(part) in words for part in p.split())
            and p not in described
            and self.r.people.selves.get(p, cast_selves.get(p, word)) in (word, "")
            and fold(p) not in bands
        }
        teller = _ACCORDING_TO.search(before.skeleton) if carried is None else None
        told = before.mention(teller.group("who")) if teller is not None else None
        if (
            told is not None
            and told.kind == "name"
            and told.person in left
            and [m.person for m in mentioned if m.kind == "name"] == [told.person]
        ):
            # ('Getting him back, according to A, took one call. "I rang him," he said': the one the sentence names
            # by name, as its teller, goes on telling; the others it calls only "him" or "her", as what it is about;
            # not 'According to A, B wrote it', where B, named, may be the one who goes on)
            return told.person
        if len(set(named)) < 2 and not (carried is None and len(left) == 1 and _said_by_subject(before, left)):
            return None
        if len(left) != 1:
            return None
        if carried is not None and not any(
            m.kind == "name" and " " in squash(m.text) and (m.person or squash(m.text)) in left for m in mentioned
        ):
            return None  # ("the producer plays while Arbour sings": the one left is named in full, as news, or no one)
        return left.pop()

    def _speaking_after(self, clause: Clause, entry: dict[str, Any]) -> None:
        """'"...," Bell said. She was speaking on the radio show X.': where the words were said, told right after
        the quote by its speaker as the subject."""
        if "source" in entry:
            return
        found = _SPEAKING_AFTER.match(clause.skeleton)
        if found is None and entry["text"].endswith((",", ",'")):
            # 'X says it was the point: "...," she told Radio Nord.': the quote's own tail, after its comma, telling
            # where the words the lead gave to the speaker were said (the comma inside a quote the words end on:
            # '"... and he said, 'Sit,'" she told Radio Nord.')
            found = _SAID_AFTER.match(clause.skeleton)
        subject = clause.mention(found.group("who")) if found else None
        if subject is None or subject.person is None or subject.person != entry["speaker"] or subject.possessive:
            return
        told = attribution([clause], self.programmes)
        if told.source is not None:
            entry["source"] = told.source

    def find_introductions(
        self, clause: Clause, paragraph: Paragraph, offset: int, speaker: str | None, sentence: str
    ) -> None:
        if self.last_read is not None and self.last_read[0] is paragraph and id(self.last_read[1]) in self.told_ids:
            fragment = _NOUN_FRAGMENT.match(clause.skeleton)
            described = clause.mention(fragment.group("what")) if fragment and fragment.group("what") else None
            if fragment is not None and (described is None or described.kind == "description"):
                # "I introduced A to B. The director. At my name day.": a word on the one just named, no sentence of
                # its own; the sentence after it goes on with the introduction
                return
            self.told_next[id(self.last_read[1])] = clause  # "It happened at a pub quiz": where, told after
        if self.last_read is not None and self.last_read[0] is paragraph and self.last_read[1].skeleton.endswith("? "):
            self.last_read[1].answer = clause  # "That guitarist? X.": the question, answered
        met = self.last_met
        tells = tells_one(clause.skeleton)
        if tells:
            if met is not None and met[0] is paragraph and 0 < met[2] <= MET_REACH:
                clause.met = met[1]
            self.last_met = None  # an introduction between: the meeting before may be another's
        elif met is not None:
            self.last_met = (met[0], met[1], met[2] + 1)
        if two_met(clause):
            self.last_met = (paragraph, clause, 0)
        if tells:
            self.told.append((clause, paragraph, offset, speaker, sentence, self.r.people.identified))
            self.told_ids.add(id(clause))
            discourse = self.discourse
            self.told_voice[id(clause)] = self.voice or (discourse.speaker, discourse.counterpart, discourse.party)
            if self.last_read is not None and self.last_read[0] is paragraph:
                self.told_after[id(clause)] = self.last_read[1]
        self.last_read = (paragraph, clause)

    def add_introductions(
        self, clause: Clause, paragraph: Paragraph, offset: int, speaker: str | None, sentence: str
    ) -> None:
        last = tuple(self.introductions[-1]["introduced"]) if self.introductions else ()
        for found in introductions(
            clause, speaker, self.r.people, self.told_after.get(id(clause)), self.told_next.get(id(clause)), last
        ):
            line = paragraph.line_at(offset + found.at)
            if isinstance(found, Doubt):
                self.r.warn(line, found.message)
                continue
            people = self.r.people
            if any(self._bare_shared(name) for name in (found.introducer, *found.pair, *found.others)):
                self.r.warn(line, "an introduction names someone by a word other people of the page share; left out")
                continue
            if any(self._first_name_last(name) for name in (found.introducer, *found.pair, *found.others)):
                self.r.warn(line, "an introduction names someone who may be another of the page's people; left out")
                continue
            by = fold(people.canonical(found.introducer))
            pair = frozenset(fold(people.canonical(p)) for p in (*found.pair, *found.others))
            known = self.pairs_by.get(by, set())
            if found.looked_back and (len(known) > 1 or (known and pair not in known)):
                # "X introduced A to B. ... X: 'I introduced them because ...'": "them" in a retelling by the one the
                # page already has introducing two is most likely those two, whoever the page spoke of last
                self.r.warn(line, "an introduction whose 'them' may mean the two its introducer introduced; left out")
                continue
            if (
                speaker is not None
                and any(fold(people.canonical(speaker)) in told for told in known)
                and pair not in known
                and any(m.text.lower() in ("us", "we") and set(m.people) == set(found.pair) for m in clause.mentions)
            ):
                # "X introduced A to B and C. 'X introduced us,' A said": "us" in the words of one the page already has
                # X introducing is most likely the people of that introduction, whomever else it was read as
                self.r.warn(line, "an introduction whose 'us' may mean the people its introducer introduced; left out")
                continue
            row: dict[str, Any] = {
                "introducer": people.canonical(found.introducer),
                "introduced": [people.canonical(p) for p in (*found.pair, *found.others)],
                "source": people.source(line, _near(sentence, found.at)),
            }
            if found.occasion:
                row["occasion"] = found.occasion
            if found.year:
                row["year"] = found.year
            self.introductions.append(row)
            self.pairs_by.setdefault(by, set()).add(pair)

    def _bare_shared(self, name: str) -> bool:
        """Whether a one-word name ("Benhaddou") is a word of another person's full name on the page (Karim
        Benhaddou, or Yusuf Benhaddou whom the page only named): it may mean either, or someone else."""
        word = fold(squash(name))
        if not word or " " in word:
            return False
        fuller = {fold(n) for n in self.r.people.sharing(name)} | {
            fold(n) for n in self.discourse.newcomers.get(word, [])
        }
        return bool(fuller - {word})

    def _first_name_last(self, name: str) -> bool:
        """Whether a full name ends with the first name of another of the page's people ("Senhor Custodio" after
        "Custodio Sa"): the words before it may be a title, so it may be them, or someone else."""
        # (words as written: a hyphen joins one name, "Min-seo", which folding would split)
        words = squash(name).split()
        if len(words) < 2:
            return False
        if fold(name) in {fold(held) for held in self.r.people.credited(*CreditRole)}:
            # ("Jae-won Han", the featured artist, beside "Han Soon-ja"): a name the credits give whole is that one's
            # first name and surname, no title before another's first name
            return False
        last = fold(words[-1])
        others = [*self.r.people.sharing(last), *self.discourse.newcomers.get(last, [])]
        if any(fold(other.split()[-1]) == last and fold(other) != fold(name) for other in others if " " in other):
            # ("Min-jun Han" beside "Ji-woo Han" and "Han Soon-ja"): a word two full names end with is a family
            # name, which a name written family name first opens with
            return False
        return any(fold(other.split()[0]) == last and fold(other) != fold(name) for other in others if " " in other)

    def _named_later(self, clause: Clause, sentence: str) -> Clause | None:
        """The clause read again, when it calls someone by a first name or surname that only a full name the page
        gives later tells ("Ros introduced me to Kit ..." before "drummer Kit O'Halloran"): the page's people are
        all known now. Only when that is all the reading changes (the same words, and everyone else meaning whom
        they meant), else the first reading stands."""
        people, newcomers = self.r.people, self.discourse.newcomers
        later = {
            id(m)
            for m in clause.mentions[:_LAST_NAMED_LATER]
            if m.kind == "name"
            and not m.people
            and not m.new
            and " " not in m.text
            and (person := people.mention(m.text))
            # (a full name the page used without making it one of its people, with the same word, may be whom it
            # means as well: "drummer Kit Moran and piper Kit Lowe")
            and {fold(named) for named in newcomers.get(fold(m.text), [])} <= {fold(person)}
        }
        if not later:
            return None
        speaker, counterpart, party = self.told_voice.get(id(clause), (None, None, None))
        reader = Discourse(
            people, clause.focus, clause.pair, speaker, counterpart, party, newcomers={}, last_named=clause.previous
        )
        again = reader.read(sentence)
        if again.skeleton != clause.skeleton or len(again.mentions) != len(clause.mentions):
            return None
        for before, now in zip(clause.mentions, again.mentions, strict=True):
            if before.people != now.people and not (id(before) in later and now.kind == "name" and now.person):
                return None
        return again

    def _described_later(self, clause: Clause, sentence: str) -> Clause | None:
        """The clause read again, when a description in it that meant no one when it was read ("introduced by the
        sound engineer") means someone the page later said it is ("That sound engineer is X"). Only when that is
        all the reading changes: every mention of the first reading stands, meaning whom it meant, and each one
        added is such a description."""
        speaker, counterpart, party = self.told_voice.get(id(clause), (None, None, None))
        reader = Discourse(
            self.r.people,
            clause.focus,
            clause.pair,
            speaker,
            counterpart,
            party,
            newcomers={},
            last_named=clause.previous,
        )
        again = reader.read(sentence)
        if len(again.mentions) <= len(clause.mentions):
            return None
        before = {m.start: m for m in clause.mentions}
        kept = 0
        for now in again.mentions:
            first = before.get(now.start)
            if first is None:
                if now.kind != "description" or now.person is None:
                    return None
                continue
            if first.end != now.end or first.people != now.people:
                return None
            kept += 1
        return again if kept == len(clause.mentions) else None

    def _own_programme(self, clause: Clause) -> None:
        """The programme the narration's "we" or "I" say they present, named with no person's name."""
        played = _WE_PLAYED_ON.search(clause.skeleton)
        we = clause.mention(played.group("we")) if played else None
        found = played if we is not None and we.kind == "pronoun" and we.text.lower() in _FIRST_PERSON else None
        if found is None and any(m.kind == "pronoun" and m.text.lower() in _FIRST_PERSON for m in clause.mentions):
            found = _EPISODE_OF.search(clause.skeleton)
        if found is None:
            self._greeted_on(clause)
            return
        mention = clause.mention(found.group("programme")) if found else None
        if found is None or mention is None or mention.kind != "name" or mention.people or mention.possessive:
            return
        name = squash(mention.text)
        joined = _AMPERSAND_NEXT.match(clause.skeleton, found.end("programme"))
        more = clause.mention(joined.group("more")) if joined else None
        if more is not None and more.kind == "name" and not more.people:
            name = f"{name} & {squash(more.text)}"  # "Deep Cuts & Long Walks": one title
        self.own_programme = name

    def _greeted_on(self, clause: Clause) -> None:
        """The programme a presenter greets the listeners on (``_GREETED_ON``), named with no person's name."""
        found = _GREETED_ON.search(clause.skeleton)
        if found is None:
            return
        greeted = found.group("second")
        if greeted and not _ON_AIR_GREETING.search(clause.text):
            return
        station = clause.mention(greeted) if greeted else None
        if station is not None and _STATION.search(station.text):
            greeted = found.group("first")  # "this is Feierabend on Radio Spree Nord": the programme, on its station
        own = found.group("programme") or greeted or found.group("here") or found.group("welcome")
        mention = clause.mention(own)
        if mention is None or mention.kind != "name" or mention.people or mention.possessive:
            return
        if known_country(mention.text) is None:
            self.own_programme = squash(mention.text)

    def _card_writer(self, card: linear.Match) -> str | None:
        """The one person the label of a card names as its writer, in full or by a name only they have."""
        return self._named(squash(card.group("by")))

    def _named(self, name: str) -> str | None:
        """Whom a name a frame gives means: someone of the page by a name only they have, or a full name the page may
        name nowhere else ("my taid, Elis Pugh")."""
        meant = self.r.people.mention(name)
        if meant is None and " " in name:
            meant = self.r.people.canonical(name)
        return meant

    def _narrator(self, clause: Clause) -> None:
        told = _TOLD_BY.search(clause.skeleton) or _I_AM.match(clause.skeleton)
        by = (
            (
                told.group("by")
                or told.groupdict().get("here")
                or told.groupdict().get("signed")
                or told.groupdict().get("its")
                or told.groupdict().get("brings")
            )
            if told
            else None
        )
        prepared = _PREPARED_BY.match(clause.skeleton) if by is None and "ed by" in clause.skeleton else None
        document = clause.mention(prepared.group("document")) if prepared is not None else None
        if prepared is not None and (document is None or fold(document.text) in _DOCUMENT_WORDS):
            by = prepared.group("by")
        if by is None and "This is " in clause.skeleton and _ON_AIR_GREETING.search(clause.text):
            # "This is Hank Lowery, it's a quarter past nine, and you're listening to X": a presenter on air
            greeted = _THIS_IS.match(clause.skeleton)
            by = greeted.group("by") if greeted else None
        teller = person(clause.mention(by))
        mention = clause.mention(by)
        if told is not None and (told.groupdict().get("its") or told.groupdict().get("brings")) and mention is not None:
            teller = teller if mention.kind == "name" else None  # "It's him, and I ...": a sign-on names the writer
        if teller is not None and mention is not None and not mention.possessive:
            self.narrator = teller
            self.discourse.speaker = teller

    def _posted_by(self, prose: list[Paragraph]) -> None:
        """The narration's "I" as a framing paragraph presents the page as one person's post ("X posted this on Y",
        "(Posted to Y by X.)"): a paragraph before the narration's first "I", or one in brackets, in the third person,
        whose sentences that say so name that one person (or "he", "she" for them) and no one else."""
        opening = True
        for paragraph in prose:
            text = _QUOTED_WORDS.sub("", paragraph.text)
            if _OWN_I.search(text):
                opening = False  # the narration has begun: only a line in brackets frames it after this
                continue
            if not (opening or paragraph.text.startswith("(")) or not _THIS_POST.search(text):
                continue
            # ("Another of X's posts": the capitalised word opening the sentence is no word of the name after it)
            one_of = _ONE_OF.match(text)
            text = text if one_of is None else one_of.group(0).lower() + text[one_of.end() :]
            reader = Discourse(self.r.people)
            named: set[str] = set()
            # (the names of the whole paragraph, for a sentence that says so naming no one: "From Y, where X has
            # been posting. This one dates from his time in Stockholm.")
            anyone: set[str] = set()
            groups = {fold(group) for group in self.r.people.groups()}
            for first, last in Sentences(text).spans():
                sentence = reader.read(text[first:last])
                reader.after(sentence)
                posting = _THIS_POST.search(sentence.text) is not None
                for mention in sentence.mentions:
                    # (a subject's "he" or "she" only, "He described the sessions in a long post"; "with her
                    # permission" may be anyone's; "The Kestrel Debt" is a band's name, no poster's)
                    one = person(mention) if mention.kind == "name" else mention.person
                    if mention.kind == "pronoun" and fold(mention.text) not in ("he", "she"):
                        continue
                    if mention.kind not in ("name", "pronoun") or one is None or fold(one).startswith("the "):
                        continue
                    if fold(one) not in groups:
                        # ("By 2000 he had left Wexcombe Mill": what the framing says besides names no poster)
                        (named if posting else anyone).add(one)
            named = named or anyone
            if len(named) == 1:
                self.narrator = self.discourse.speaker = named.pop()
                return

    def _interviewee(self, prose: list[Paragraph]) -> tuple[int, str] | None:
        """Where a relative's interview opens (``_INTERVIEWED``) and whom they asked, one person of the page: the
        opening is a paragraph before the first marked question."""
        for at, paragraph in enumerate(prose):
            text = _QUOTED_WORDS.sub("", paragraph.text)
            if _MARKED_QUESTION.match(paragraph.text):
                return None
            if not _QUESTIONS_MARKED.search(text):
                continue
            found = [squash(one.group("asked") or one.group("kin")) for one in _INTERVIEWED.finditer(text)]
            asked = {meant for name in found if (meant := self._named(name))}
            return (at, asked.pop()) if len(asked) == 1 else None
        return None

    def _standfirst_writer(self, prose: list[Paragraph]) -> None:
        """The narration's "I" as the page's standfirst presents its writer in the third person and the page is added
        by that same person ("Kahu Paewai teaches snowboarding at ..." ... "Added by Kahu"): a paragraph before the
        narration's first "I", with no "I" of its own, names them in full (the added name, or a full name it opens),
        and no one else of the page."""
        added = self.r.facts.added_by or ""
        words = [word for word in added.split() if word.replace("-", "").replace("'", "").isalpha()]
        if not words or len(words) != len(added.split()):
            return
        # (the added name, and up to two capitalised words after it: "Kahu" opening "Kahu Paewai")
        named = linear.compile(r"\b" + r"\s+".join(words) + r"(?:\s+[A-Z][\w'\x{2019}-]+){0,2}")
        for paragraph in prose:
            text = _QUOTED_WORDS.sub("", paragraph.text)
            if _OWN_I.search(text):
                return  # the narration has begun with no standfirst naming its writer
            found = named.search(text)
            if found is None:
                continue
            writer = squash(found.group(0))
            if " " not in writer or not text.rstrip().endswith("."):
                return
            others = [name for name in self.r.people.names if fold(name) != fold(writer) and fold(name) in fold(text)]
            # ("Kim Vale and Cy Dorn share the column": two writers, whose "I" cannot be told)
            joined = _JOINED_NAME.match(text, found.end()) or _NAME_JOINED.search(text[: found.start()])
            narrated = any(_OWN_I.search(_QUOTED_WORDS.sub("", later.text)) for later in prose)
            if not others and joined is None and narrated:
                self.narrator = self.discourse.speaker = self.r.people.canonical(writer)
            return

    def _pieces(self, prose: list[Paragraph]) -> dict[int, str | None]:
        """Whose "I" the paragraphs of each piece the page prints are: the writer its lead, label or letter's
        closing names (``_PIECE_FROM``, ``_KEEPER_LABEL``, ``_SIGNED``), for the paragraphs after the
        lead up to the closing, the next lead or the page's end; no one's when the lead and the closing name two
        people, or the lead names no one. Empty when the page names no such writer."""
        leads: dict[int, str | None] = {}
        signatures: dict[int, str | None] = {}
        # (read on a copy of the page's people: what a sentence read here teaches of them, read out of its turn, would
        # change how the narration reads the sentences before it)
        people: People | None = None
        for at, paragraph in enumerate(prose):
            text = _QUOTED_WORDS.sub("", paragraph.text)
            if not _WRITER_HINT.search(text):
                continue
            # (a lead, byline or label is the frame's third person: a paragraph of the writer's own "I" is none)
            framing = not _OWN_I.search(text)
            spans = list(Sentences(text).spans())
            for n, (first, last) in enumerate(spans):
                if not _WRITER_WORDS.search(text[first:last]):
                    continue
                people = people or copy.deepcopy(self.r.people)
                clause = Discourse(people).read(text[first:last])
                skeleton = clause.skeleton
                found: str | None = None
                if (
                    n == len(spans) - 1
                    and (closing := _SIGNED.match(skeleton)) is not None
                    and fold(word.text if (word := clause.mention(closing.group("close"))) else closing.group("close"))
                    in _CLOSINGS
                ):
                    found = closing.group("by")
                    target = signatures
                elif not framing:
                    continue
                elif (piece := _PIECE_FROM.search(skeleton)) is not None:
                    found = piece.group("by") or piece.group("from")
                    target = leads
                elif (label := _KEEPER_LABEL.match(skeleton)) is not None and (
                    fold(word.text if (word := clause.mention(label.group("label"))) else label.group("label"))
                    in _KEEPER_WORDS
                ):
                    found = label.group("by")
                    target = leads
                else:
                    continue
                mention = clause.mention(found)
                named = person(mention) if mention is not None and mention.kind == "name" else None
                target[at] = None if mention is None or mention.possessive else named
        if not leads and not signatures:
            return {}
        pieces: dict[int, str | None] = {}
        opened: int | None = None
        writer: str | None = None
        for at, paragraph in enumerate(prose):
            if opened is not None:
                pieces[id(paragraph)] = writer
            if at in signatures:
                signed = signatures[at]
                start = opened
                if start is None:
                    # (a letter with no lead starts at its greeting: "Dear Editor, ...")
                    start = next((k for k in range(at, -1, -1) if _SALUTATION.match(prose[k].text)), None)
                if start is not None:
                    same = opened is None or writer is None or (signed is not None and fold(writer) == fold(signed))
                    for k in range(start, at + 1):
                        pieces[id(prose[k])] = signed if same else None
                opened = None
                writer = None
            if at in leads:
                opened = at + 1
                writer = leads[at]
        return pieces

    def _framed_by(self, clause: Clause, before: Clause | None) -> None:
        """A framing line of an extract from someone's book: its writer is the narration's "I" (a possessive pronoun
        for them means whom the sentence before opened on, the one the framing line was about)."""
        framing = _FRAMING.match(clause.skeleton)
        if framing is None:
            return
        rest = framing.group("rest")
        found = _BOOK_OF.search(rest)
        teller: str | None = None
        if found is not None:
            teller = person(clause.mention(found.group("by") or found.group("end")))
        elif (whose := _WHOSE_BOOK.match(rest)) is not None:
            mention = clause.mention(whose.group("by")) if whose.group("by") else None
            if mention is not None and mention.kind == "name" and mention.possessive:
                teller = person(mention)
            elif (mention is None or fold(mention.text) in ("his", "her")) and before is not None:
                opening = before.mentions[0] if before.mentions and before.skeleton.startswith("@0") else None
                teller = person(opening) if opening is not None and opening.kind == "name" else None
        if teller is not None:
            self.narrator = teller
            self.discourse.speaker = teller

    def _other_performer(self, speaker: str) -> str | None:
        """Who "we" is besides the speaker when the lead names no one: the song's one other main performer, else
        the one the narration last named together with the speaker ("Minami and Kurosawa had worked together
        for years. '... introduced us', Minami said")."""
        performers = (*self.r.facts.artists, *self.r.facts.featured_artists)
        # (a band is no other performer of a speaker who performs none of the song: one who writes for a band may well
        # be of it, and "we" the band, or some of it, not the speaker and the band)
        bands = set() if fold(speaker) in {fold(p) for p in performers} else {fold(g) for g in self.r.people.groups()}
        for band in performers:
            members = [m for m in self.r.people.members(band) if fold(m) != fold(speaker)]
            if fold(band) in bands and len(members) < len(self.r.people.members(band)):
                # a member of a performing band speaks for the band: "we" is the band's two, the speaker and the
                # other member, not a guest the song features; with more members, whom "we" means is not sure
                return members[0] if len(members) == 1 else None
        others = [p for p in performers if fold(p) != fold(speaker) and fold(p) not in bands]
        if len(others) == 1:
            paired = self._paired_with(speaker)
            last = self.discourse.last_read
            if paired is not None and {fold(speaker), fold(paired)} <= {
                fold(p) for p in (last.previous if last is not None else ())
            }:
                # ("A and the band's singer B had never met. '... introduced us,' A said": the one the sentence right
                # before named with the speaker is whom "we" means, not the song's other performer)
                return paired
            return others[0]
        return self._paired_with(speaker) if not others else None

    def _band_of_writer(self, speaker: str, other: str | None) -> bool:
        """Whether ``other`` is a band performing the song that ``speaker`` performs none of (one who writes for a
        band may well be of it, as ``_other_performer`` reads)."""
        performers = {fold(p) for p in (*self.r.facts.artists, *self.r.facts.featured_artists)}
        return (
            other is not None
            and fold(speaker) not in performers
            and fold(other) in performers
            and fold(other) in {fold(g) for g in self.r.people.groups()}
        )

    def _paired_with(self, speaker: str) -> str | None:
        """The other of the two people the narration last named together, when the speaker is one of them."""
        pair = self.discourse.pair
        if pair is not None and fold(speaker) in {fold(pair[0]), fold(pair[1])}:
            other = pair[1] if fold(pair[0]) == fold(speaker) else pair[0]
            last = self.discourse.last_read
            before = {fold(p) for p in (last.previous if last is not None else ())}
            if len(before - {fold(speaker), fold(other)}) > 1 and not {fold(speaker), fold(other)} <= before:
                # "A and B are old friends. C arrived later, by way of D. '... introduced us,' A said": the sentence
                # before told of two others, not of the two, so whom "we" is besides the speaker is not sure
                return None
            return other
        return None

    def _named_with(self, body: str, speaker: str) -> str | None:
        """Who "we" is besides the speaker when the quote names them with "X and I" ("me and X") anywhere in it,
        also after a "we" it explains; with two such partners, or one who is not of the page, no one."""
        partners: set[str] = set()
        for match in _AND_I.finditer(body):
            name = match.group("name") or match.group("after")
            person = self.r.people.mention(name)
            if person is None and " " in name:
                person = self.r.people.mention(name.rsplit(" ", 1)[1])  # "Then Sanne and I"
            if person is None:
                return None
            if fold(person) != fold(speaker):
                partners.add(person)
        return partners.pop() if len(partners) == 1 else None

    def _party(self, speaker: str) -> str | None:
        """The band "us" is when the speaker is one of its members (or the band)."""
        for entry in self.r.people.entries.values():
            if entry.kind is ArtistKind.GROUP and (
                fold(entry.name) == fold(speaker) or fold(speaker) in {fold(m) for m in entry.members}
            ):
                return entry.name
        return None


# '," the fiddler-turned-banjoist said.': a speaker after the quote called by what they are, in words that name no one
# the page knows (no mention), and that could be no one but a person of the sentence before.
# ("the Dane recalled": a noun for someone of a place, read as a name of one word when the page called no one so)
_EPITHET = linear.compile(rf"^\W*the\s+(?:(?P<words>(?:[\w'-]+\s+){{0,2}}?[\w'-]+)|(?P<demonym>@\d+))\s+(?:{SAYING})\b")
# What may say something without being one person (a label, a statement), someone else who asks or reports (the
# host), or a word that points at another of several (the latter).
_NO_EPITHET = frozenset(
    {
        *("label", "band", "group", "duo", "trio", "quartet", "company", "magazine", "paper", "newspaper", "station"),
        *("statement", "release", "announcement", "team", "record", "song", "track", "website", "site", "post"),
        *("caption", "spokesperson", "spokesman", "spokeswoman", "representative", "rep", "publicist", "host"),
        *("presenter", "interviewer", "reporter", "journalist", "narrator", "voiceover"),
        *("former", "latter", "other", "others", "two", "pair", "couple", "both"),
    }
)


# "Rutkowski kept the car running, and, as the frontman put it:": the idiom's subject called by what they are
_AS_THE_ONE_PUT_IT = linear.compile(
    r"(?:^|[,;]\s*|\s)(?i:as)\s+the\s+(?P<words>(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*)\s+"
    r"(?:put|puts|said|says|remembers|remembered|recalls|recalled|tells|told|explains|explained)\s+it\s*[,:]?\s*$"
)


# Before a name that is a thing, not someone: an article or a possessive, with a year perhaps ("a 1971 Chevy Nova")
_THING_BEFORE = linear.compile(r"\b(?i:a|an|the|his|her|their|its)\s+(?:\d{4}\s+)?$")


_AIRED = frozenset({"show", "programme", "program", "broadcast"})


def _station_of(speaker: str, clauses: list[Clause], people: People) -> str | None:
    """The one station or broadcaster the clauses put ``speaker`` on the air with, in a clause that names them
    (by name or pronoun); with none, or two, no one."""
    found: set[str] = set()
    for clause in clauses:
        if not any(people.canonical(p) == speaker for m in clause.mentions for p in m.people):
            continue
        for match in _PUT_ON_AIR.finditer(clause.skeleton) if "@" in clause.skeleton else ():
            own = clause.mention(match.group("own"))
            if own is not None and own.kind != "pronoun":
                continue  # "on Ann's Radio Nord show" is someone else's
            staff = clause.mention(match.group("staff"))
            if staff is not None and (staff.person is None or people.canonical(staff.person) != speaker):
                continue  # the broadcaster of another presenter
            station = clause.mention(match.group("station") or match.group("owner") or match.group("player"))
            if station is None or station.kind != "name" or station.people or known_country(station.text):
                continue
            if match.group("player") and station.new:
                continue  # a full name new to the page playing it may be a DJ's
            if match.group("station") and station.possessive:
                continue
            found.add(squash(station.text))
    return next(iter(found)) if len(found) == 1 else None


def _as_the_one_put_it(clause: Clause) -> str | None:
    """Who "as the frontman put it:" ending a clause is: the one person the clause named before it, when the words
    name no one the page knows and no one else is named (a pronoun or a second name could be another)."""
    found = _AS_THE_ONE_PUT_IT.search(clause.skeleton)
    if found is None or fold(found.group("words").split()[-1]) in _NO_EPITHET:
        return None
    people = {person for m in clause.mentions for person in m.people}
    named = [m for m in clause.mentions if m.people]
    if len(people) != 1 or any(m.kind not in ("name", "pronoun") or m.start >= found.start() for m in named):
        return None
    if any(
        m.kind == "name"
        and not m.people
        and m.new
        and not _THING_BEFORE.search(clause.text[max(0, m.start - 12) : m.start])
        for m in clause.mentions
    ):
        return None  # a full name the page does not know may be the one meant (not "a 1971 Chevy Nova", a thing)
    return next(iter(people))


# "Bea Bell died in Lagos in 2019", "Bell passed away": the subject's death, told to open the sentence
_DIED = linear.compile(r"^\W*@(?P<who>\d+)\s+(?:died|passed\s+away)\b")


def _pronoun_for_the_dead(attributed: Clause, before: Clause, speaker: str) -> str | None:
    """The pronoun ("she") that alone gives the speaker after a quote, when it was carried to the one whose death the
    sentence right before tells: the nearest one by the words, but not surely the one who said them."""
    died = _DIED.match(before.skeleton)
    dead = before.mention(f"@{died.group('who')}") if died is not None else None
    if dead is None or dead.person != speaker:
        return None
    own = [m for m in attributed.mentions if m.person == speaker]
    if not own or any(m.kind != "pronoun" for m in own):
        return None
    return own[0].text.lower()


def _names_in_third_person(body: str, speaker: str, attributed: Clause) -> bool:
    """Whether a quote whose speaker its attribution calls only by a noun or pronoun ("the producer", "he") opens on
    the name of whom it was resolved to, as the subject of its first sentence ("Shun plays like ..."), which one does
    not say of oneself."""
    if any(m.person == speaker and m.kind == "name" for m in attributed.mentions):
        return False
    opening = _OPENING_NAME.match(body)
    return (
        opening is not None
        and opening.group("next") not in _NOT_A_VERB
        and fold(opening.group("name")) in fold(speaker).split()
    )


# The first word of a quote, a capitalised name, then the lowercase word of its verb, in any tense ("Shun plays",
# "Ann has", "Bea brought me over"): the one the words open on as their subject
_OPENING_NAME = linear.compile(r"^\W*(?P<name>[A-Z][\w'-]+)\s+(?P<next>[a-z]+)\b")
# (a capitalised first word before a pronoun is a verb of a question or a wish, "Will you ...", "May we ...", not
# a name opening a statement)
_NOT_A_VERB = frozenset({"i", "you", "we", "he", "she", "it", "they", "there"})


def _epithet_speaker(attributed: Clause, before: Clause, programmes: Programmes, people: People) -> str | None:
    """Who '," the fiddler-turned-banjoist said.' is, when the page gives no one that name: the one person the sentence
    right before has saying something, as its subject ("Crane, 61, recalled the first rehearsal."), when that
    sentence names no one else (with two, the words could mean either), and the page called no one else by its noun
    ("the Norwegian songwriter" may be the one the page called "the Danish songwriter X")."""
    found = _EPITHET.match(attributed.skeleton)
    # A programme or title named in it is no one; any person named (or "her") might be the one it means (not a new
    # full name after "the", which is something's: "told the Harbour Gazette"; nor the writer told, "the actress told
    # us", who is not whom the noun means).
    anyone = any(
        (m.kind != "name" and not (m.kind == "pronoun" and m.text.lower() in _WRITER_TOLD))
        or m.people
        or (m.new and not _THE_BEFORE.search(attributed.text[max(0, m.start - 5) : m.start]))
        for m in attributed.mentions
    )
    if found is None or anyone:
        return None
    demonym = attributed.mention(found.group("demonym"))
    if found.group("demonym") and (demonym is None or fold(demonym.text) not in DEMONYM_WORDS):
        return None
    words = [demonym.text] if demonym is not None else found.group("words").split()
    if fold(words[-1]) in _NO_EPITHET or _unnamed_relative(before):
        return None
    if not says(before):
        return _sole_subject(before)
    told = attribution([before], programmes)
    if told.speaker is None or told.others:
        return None
    named = {person for m in before.mentions for person in m.people}
    called = people.described(words[-1:])
    return told.speaker if named <= {told.speaker} and called in (None, told.speaker) else None


def _unnamed_relative(clause: Clause) -> bool:
    """Whether the sentence brings in someone by their relation to another, left unnamed ("Her grandmother, who is
    ninety-one, has her own theory"): whom an epithet after the quote ("the old woman") may mean as well as the one
    the sentence names, and whom its pronouns may mean too. (A relative the page names is a mention, not a word of
    the skeleton; a record label is no one.)"""
    return any(word.lower() in RELATIVE_NOUNS for word in _WORD.findall(clause.skeleton))


_WORD = linear.compile(r"[a-z][\w'-]*")
_WRITER_TOLD = frozenset({"me", "us"})
_THE_BEFORE = linear.compile(r"\b(?i:the)\s+$")


# Nouns of someone's speaking, which a sentence with no verb of saying may lead into their words with
_SPEAKING_NOUN = linear.compile(
    # ("gave this summary to the Post:": the words put short, as one's own account is)
    r"\b(?:interviews?|conversation|answers?|reply|replies|account|voice-over|testimony|monologue|summary)\b"
    # ("X has since claimed the introduction with some pride:", "claims the credit": a claim made is a saying)
    # ("X takes the credit for bringing Y in:": so is taking the credit)
    r"|\b(?:claim(?:s|ed|ing)?|takes|took|taking)\s+(?:the\s+|some\s+|all\s+(?:the\s+)?)?"
    r"(?:credit|introduction|responsibility)\b"
    # ("X gets to the microphone first:", "she steps up to the podium:": where one goes to speak to a room)
    r"|\b(?:microphone|mic|podium|lectern)\b"
)
# "she can barely get the words out:": speaking, with difficulty (the words are hers, not something written or read)
_WORDS_OUT = linear.compile(r"\b(?:get|gets|got|getting)\s+(?:the\s+|her\s+|his\s+|their\s+|any\s+)?words\s+out\b")
# "Asked about it on the radio, he kept it short:": a question put to the subject, opening the sentence; the words
# that follow are their answer (not a question they asked, as "she asked:" leads into)
_ASKED_FIRST = linear.compile(r"^\W*(?:When\s+asked|Asked)\s+(?:about|what|how|why|whether|if)\b[^:;.]*,\s+@\d+\s")
# "X sits in the cab and explains the riff:": explaining, to the camera or a room, is speaking (a verb, so not among
# the nouns above, which also tell when a lead-in of its own stands apart from the sentence before)
_EXPLAINING = linear.compile(r"\b(?:explains|explained)\b")
# A programme (or its camera) showing someone, in the present, as a recap tells it
_SHOWN_BY = linear.compile(
    r"(?:^|[,;:]\s+)\W*(?i:the|its)\s+(?:film|episode|documentary|docuseries|programme|program|series|chapter|camera)"
    r"\s+(?:then\s+|also\s+|now\s+|first\s+|finally\s+|later\s+)?(?:finds|shows|catches|meets|follows|visits|joins)\b"
)
# A place's name after these ("at her piano in Ixelles"): no one
_PLACE_BEFORE = linear.compile(r"\b(?:in|at|from|near|outside|above|below)\s+(?:the\s+)?$")
# The same words of place without "from", after which a name may be someone's ("a letter from X")
_WHERE_BEFORE = linear.compile(r"\b(?:in|at|near|outside|above|below)\s+(?:the\s+)?$")


def _sole_shown(clause: Clause) -> str | None:
    """The one person a sentence leading into a quote shows, as its object too ("The film finds X, now retired, at
    her piano in Ixelles, cheerfully unsentimental about it:"): when it names no one else, no full name the page does
    not know but a place's, and no one by what they are."""
    people = {p for m in clause.mentions for p in m.people}
    if len(people) != 1:
        return None
    placed = {
        m.number
        for m in clause.mentions
        if _PLACE_BEFORE.search(clause.skeleton[max(0, clause.starts[m.number] - 12) : clause.starts[m.number]])
    }
    if any(m.kind == "name" and m.new and not m.people and m.number not in placed for m in clause.mentions):
        return None
    for word in _WORD.findall(clause.skeleton):
        lower = word.lower()
        if lower in SOMEONE_WORDS or lower in ROLE_NOUNS or (lower.endswith("s") and lower[:-1] in ROLE_NOUNS):
            return None
    return next(iter(people))


# "X is a more practical man.": a noun said of the subject is no one else it brings in
_PREDICATED = linear.compile(
    r"^@(?P<subject>\d+)\s+(?:is|was)\s+(?:also\s+|still\s+|always\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}[\w-]+\W*$"
)


def _sole_subject(clause: Clause) -> str | None:
    """The one person a sentence without a saying is about, as a subject ("Years ago, when his truck broke down, he
    had to walk"), for an epithet after the quote that follows it: when it names no one else, no full name the page
    does not know and no one by what they are (a role or a person's noun: "Bell hired a session drummer" brings in
    another whom "the veteran" may mean)."""
    people = {p for m in clause.mentions for p in m.people}
    # ("who retired to a bungalow outside Kilmore Quay": a new name right after a word of where is a place's, no one
    # else an epithet may mean; not after "from", "a call from X")
    if len(people) != 1 or any(
        m.kind == "name"
        and m.new
        and not m.people
        and _WHERE_BEFORE.search(clause.skeleton[max(0, at - 12) : at]) is None
        for m, at in zip(clause.mentions, clause.starts, strict=False)
    ):
        return None
    predicated = _PREDICATED.match(clause.skeleton.lstrip())
    if predicated is not None:
        subject = clause.mention(f"@{predicated.group('subject')}")
        if subject is not None and subject.kind == "name" and not subject.possessive and subject.person in people:
            return subject.person
    for word in _WORD.findall(clause.skeleton):
        lower = word.lower()
        if lower in SOMEONE_WORDS or lower in ROLE_NOUNS or (lower.endswith("s") and lower[:-1] in ROLE_NOUNS):
            return None
    person = next(iter(people))
    opening = clause.skeleton.lstrip()
    for number, mention in enumerate(clause.mentions):
        if mention.person != person or mention.possessive:
            continue
        if mention.kind == "pronoun" and mention.text.lower() in NOMINATIVES:
            return person  # "he", "she": a subject, of whichever clause
        if mention.kind in ("name", "description") and opening.startswith((f"@{number} ", f"@{number}, who ")):
            return person  # the name opening the sentence (perhaps with a relative clause about them after it)
        fronted = _FRONTED.match(opening)
        if mention.kind == "name" and fronted is not None and fronted.group("subject") == str(number):
            return person  # "In one scene, X sits ...": the subject after a short phrase of when or where
    told = _TELLING_OWNED.match(opening)
    owner = clause.mention(told.group("owner")) if told is not None else None
    if owner is not None and owner.person == person and owner.possessive:
        return person  # "Dorn's memory of it is different": their telling, opening the sentence
    return None


# A short phrase of when or where opening a sentence, naming no one, then its comma and the subject ("In one
# scene, X sits", "At the launch, X"); not a clause of its own ("When Y left, X"), which may have a subject of its own
_FRONTED = linear.compile(r"^(?:In|At|During)\b[^@,.;:]{0,40},\s+@(?P<subject>\d+)\s")


# A possessive name opening a sentence, then a noun of what they remember or tell ("Dorn's memory of the night",
# "Bell's account"): the sentence is about their telling.
_TELLING_OWNED = linear.compile(
    r"^(?P<owner>@\d+)'s\s+(?:own\s+)?(?:memory|memories|recollection|recollections|account|version|side)\b"
)


def _presented_subject(clause: Clause) -> str | None:
    """The subject of a sentence that tells of someone's speaking, named opening it and told by a relative clause
    ("X, who signed Y to the label, takes the credit for bringing Z in:"): whom the relative clause or the words after
    the verb name are not the one speaking."""
    found = _PRESENTED.match(clause.skeleton)
    if found is None or not found.group("related") or found.group("clause") is None:
        return None
    subject = clause.mention(found.group("related"))
    if subject is None or subject.possessive or subject.kind != "name":
        return None
    return person(subject)


# "Yannick said that ... . And Joost once summed up the record in one line:": a sentence ending in the colon that
# leads into a quote (the colon not read with it), opened by a name as its subject (after a joining word and an
# adverb at most)
_OPENED_BY = linear.compile(
    r"^\W*(?:(?:And|But|So|Then|Meanwhile)\s+)?(?P<subject>@\d+)\s+(?:(?:once|later|then|also|[a-z]+ly)\s+)?[a-z]"
)


def _colon_subject(clause: Clause) -> str | None:
    """The one person a sentence leading into a quote with a colon is about, named as its subject, when it tells of
    no saying (whose words follow is then whom it is about, not the speaker of a sentence before it) and names no
    one else."""
    found = _OPENED_BY.match(clause.skeleton)
    if found is None or _SPEECH.search(clause.skeleton):
        return None
    subject = clause.mention(found.group("subject"))
    if subject is None or subject.kind != "name" or subject.possessive:
        return None
    speaker = person(subject)
    # ("X was blunter on Radio Nord:": a name after how the subject was "on" is where they spoke, or what about)
    others = (m for m in clause.mentions if m is not subject and not (m.new and manner_on(clause, m)))
    if speaker is None or not all(m.people in ((), (speaker,)) and not m.new for m in others):
        return None
    return speaker


def _near(sentence: str, at: int) -> str:
    """The sentence as a fact's excerpt, at most EXCERPT_REACH characters either side of where the fact is
    (a sentence of many facts must not be copied whole into each)."""
    return sentence[max(0, at - EXCERPT_REACH) : at + EXCERPT_REACH]


def _the_two(r: Reading) -> tuple[str, str] | None:
    """Who "the two" and "the pair" are before the page names two people together: the song's performers,
    when there are two."""
    performers = [*r.facts.artists, *r.facts.featured_artists]
    if len(performers) != 2:
        return None
    groups = {fold(group) for group in r.people.groups()}
    if any(fold(performer) in groups for performer in performers):
        # a duo and its guest: "the two" may as well be the duo's two members, so it is no one for sure here
        return None
    return (performers[0], performers[1])


def _unique(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One introduction per introducer and pair. A later telling that says where ("He introduced us at a
    barbecue" after "we met through Dev") is the fuller one, and takes the first's place (and its year, if it
    tells none)."""
    seen: dict[tuple[str, frozenset[str]], int] = {}
    out: list[dict[str, Any]] = []
    for row in rows:
        key = (fold(row["introducer"]), frozenset(fold(p) for p in row["introduced"]))
        index = seen.get(key)
        if index is None:
            seen[key] = len(out)
            out.append(row)
        elif "occasion" in row and "occasion" not in out[index]:
            first = out[index]
            out[index] = {**row, **({"year": first["year"]} if "year" in first and "year" not in row else {})}
    return out


def read_narrative(r: Reading) -> None:
    _Narrative(r).read()


def _partner_in(lead: list[Clause] | None, speaker: str) -> str | None:
    """Who "we" is besides the speaker when the lead speaks of two, the speaker one of them ("Now the two of them owe
    it all to X. Bell picked the story up: '... introduced us'"): the other of the two (with two such pairs, no one)."""
    partners = {
        person
        for clause in lead or []
        for m in clause.mentions[:16]  # a few: a lead may hold thousands
        if m.kind == "two" and len(m.people) == 2 and speaker in m.people
        for person in m.people
        if person != speaker
    }
    return next(iter(partners)) if len(partners) == 1 else None
