"""Reads a sentence as the people it names and the words between them.

Each capitalised name, pronoun and description ("the Spanish producer") of a sentence becomes a
*mention*, resolved to the page's people where it can be: by name, surname or first name, an alias the
caller knows, what the page has called someone ("Spanish producer Javier Solano"), or, for a pronoun, the
person the text was last about (``Discourse``). The sentence is then written as a *skeleton*: its words
with each mention replaced by ``@N`` ("@0 introduced @1 to @2 at a label party"), on which the relation
rules (introductions, the video's cast, quote speakers and sources) are short RE2 patterns that do not
depend on how a name is spelled, how long it is or what describes it.

Why no English parser from PyPI: none ships a model made by its own authors on the registry (spaCy's
and Stanza's models are downloaded from their sites at run time; PyPI holds only third parties'
re-uploads, which the project does not take), and NLTK's taggers need its data downloader. The relations
a story page states are few and written in a narrow register, so this reader over the RE2 tokenisation
stays pure, offline and linear in the page, and costs well under a millisecond per sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal

from songgraph.ingest import linear
from songgraph.ingest.page.people import People
from songgraph.ingest.pagetext import (
    COUNTRIES,
    GROUP_SIZES,
    MONTH_NAMES,
    NAME_PARTICLES,
    REGIONS,
    WEEKDAY_NAMES,
    known_country,
    outlet_kind_after,
    squash,
)
from songgraph.models import CreditRole
from songgraph.text import fold

# A word (with inner apostrophes and hyphens, and a possessive's apostrophe) or one other character. A word may carry
# combining marks ("Adébáyọ̀": o, dot below, grave accent), which \w does not match. Capitals joined by "&" are one
# word ("A&R", "R&B"), a trade's or a genre's, not two people's initials; so are they after a hyphen ("then-A&R").
# A number with a decimal point is one word too ("Zol 106.5's", a station by its frequency), not a full stop; so is
# it after the capitals it is joined to ("KQ104.3's", a station's call letters and frequency as one word).
_TOKEN = linear.compile(
    r"(?:\w[\w\p{M}]*-)*\p{Lu}{1,3}&\p{Lu}{1,3}\b|\p{Lu}{0,4}\d+(?:\.\d+)+(?:'s\b)?"
    r"|\w[\w\p{M}]*(?:['-]\w[\w\p{M}]*)*'?|[^\w\s]"
)
MENTION = linear.compile(r"@(\d+)")
# The plural pronouns a mention of two or more may be, beside nouns ("the pair", "the two of them")
PLURAL_PRONOUNS = frozenset({"them", "they", "both", "us", "we"})
# A hedge of whoever tells the story, set off inside a sentence ("as far as I can tell", "I'm told", "apparently")
HEDGE = (
    r"(?:[Aa]s\s+far\s+as\s+@\d+\s+(?:can\s+tell|know|can\s+see|can\s+work\s+out|can\s+make\s+out)"
    r"|@\d+\s+(?:think|gather|believe|suspect|hear)"
    r"|@\d+(?:'m|\s+am|\s+was|\s+were|'re)\s+told|apparently|reportedly|by\s+all\s+accounts|it\s+seems|of\s+course)"
)
# A sentence whose subject is its first name, the others being in a relative clause about it ("A, whom B had
# introduced to C, sent ..."): what it is about is the subject.
# The same with a participle ("A, interviewed by X, said ...", "A, speaking to X, said ...").
# "A wrote it with B and C, and C is the reason ...": the subject of the sentence's last joined clause, which
# the next sentence goes on about when no one is named after it.
# (", and X remembers being unimpressed": a joined clause of X's remembering, which what X says next goes on with)
# ("X asked how the band began, and Y told the story": the one who takes up the telling, whom what follows is about)
# (", and the band's singer, X, admits she ...": the subject named in an apposition after what X is; admitting, as
# remembering, is X's own account, which what X says next goes on with)
_LAST_SUBJECT = linear.compile(
    r"(?:,\s+(?:and|but|so)\s+|;\s*)(?:the\s+(?:[a-z][\w'-]*\s+){0,2}[a-z][\w-]*,\s+@(?P<named>\d+),|@(?P<number>\d+))\s+"
    r"(?:(?:is|was|has|had)\s+[a-z]|(?:remembers|recalls)\s+[a-z]|(?:admits|admitted|concedes|conceded)\s+(?:[a-z]|@\d)"
    r"|(?:told|tells|recounted|recounts|took\s+up|takes\s+up)\s+(?:the|that|this)\s+story\b)"
)
# "..., and the lifeguard is played by X, who ...": the passive of "plays" in the last joined clause, whose player is
# its doer and whom the next sentence goes on about (after an aside of the teller's between dashes, "and - this is
# the best bit - the lifeguard is played by X")
_LAST_PLAYER = linear.compile(
    r"(?:,\s+(?:and|but|so)\s+|;\s*)(?:-\s[^;:.]{1,120}?\s-\s+)?(?:the|an?)\s+[a-z][^@,;:.]{0,60}?\s+(?:is|was)\s+"
    r"(?:played|portrayed)\s+by\s+(?:[a-z][\w-]*\s+){0,3}(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?@(?P<number>\d+)"
)
# "..., and the judge X stopped her": a joined clause whose subject (after a few words that describe it) is someone
# named, acting on a "him" or "her"
_JOINED_SUBJECT = linear.compile(
    r",\s+(?:and|but|so|until)\s+(?:the\s+(?:[a-z][\w-]*\s+){0,2})?@(?P<number>\d+)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+@\d+\b"
)
# "For the video, directed by X, Y travelled ...": a fronted phrase, an aside naming an agent, then the subject and
# its verb
_FRONTED_SUBJECT = linear.compile(
    r"^\W*[A-Z][^@,;]{0,80},\s*[a-z]+ed\s+by\s+@\d+\s*,\s*@(?P<number>\d+)\s+(?:[a-z]+ly\s+)?[a-z][\w-]*(?:ed|s)\s"
)
# "who taught them both at the conservatory and ", "who flew in from Recife and ": a relative clause's first verb and
# what follows it, up to the "and" that joins its second verb, whose subject is the relative's too (after a word that
# is no one, or a place: in "who told Cy and Bea introduced them", Bea is the subject of a clause of its own)
AND_NEXT_VERB = (
    r"[a-z][\w'-]*(?:\s+[^\s,;:.!?\"()]+){0,12}?"
    r"\s+(?:[^\s,;:.!?\"()@][^\s,;:.!?\"()]*|(?:in|at|near|from)\s+@\d+)\s+and\s+"
)
# "@0's old flatmate at the time, @1": a relation of someone's (a few words), then whom it is, set off by a comma,
# opening the sentence (or after a question or label it answers: "The matchmaker? @0's flatmate, @1."), or a clause
# joined to a first one ("We were stuck, and @0's flatmate, @1, said ...")
_OWNERS_RELATION = linear.compile(
    # ("The real matchmaker was Kenji's flatmate, X": the relation told as whom a description of the subject means)
    r"^\W*(?:[^@?:]{1,80}[?:]\s+|[^?:;,]{1,80},\s+(?:and|but|so)\s+"
    r"|(?:The|And\s+the)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+(?:is|was)\s+)?"
    # ("Niamh's uncle is X": the relation said to be someone by the copula)
    r"@(?P<owner>\d+)'s\s+(?P<words>(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*)(?:\s*,\s*|\s+(?:is|was)\s+)@(?P<named>\d+)"
)
# "Joost is also how Yannick ended up on it", "X was basically why the band exists": the subject, then a clause of how
# or why that names others
# "The story of how @0 got involved ...": someone named only inside a clause of how (or why) that is part of a
# subject told by a noun, not the subject
_EMBEDDED_OPENING = linear.compile(
    r"^\W*(?i:the)\s+(?:[a-z][\w-]*\s+){0,2}of\s+(?:how|why|where|when)\s+@(?P<number>\d+)\s"
)
_IS_HOW = linear.compile(r"^\W*@0\s+(?:is|was)\s+(?:[a-z]+ly\s+|also\s+|partly\s+|really\s+)?(?:how|why)\s")
# "... and to @0, @1's manager since 2016.": a person named, then whose relation they are, in apposition, ending the
# sentence (the sentence is about the one named, not the owner)
_RELATION_AFTER = linear.compile(
    r"@(?P<named>\d+)\s*,\s*@(?P<owner>\d+)'s\s+(?P<words>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
    r"(?:\s+(?:since|from|in|at)\s+[\w-]+(?:\s+[\w-]+)?)?\s*[.!?]?\s*$"
)
# "X, Kenji's long-time engineer, handled the mix": the sentence's subject, then whose relation they are in
# apposition, closed by a comma before the subject's verb: about the one named, not the owner
_SUBJECT_RELATION_APPOSED = linear.compile(
    r"^\W*@(?P<named>\d+)\s*,\s*@(?P<owner>\d+)'s\s+(?P<words>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s*,\s*"
    r"(?P<next>[a-z]+)\b"
)
# "... and they will point to Kwabena's aunt, Akosua Asante-Darko.": a relation of someone's, then whom it is, in
# apposition, ending the sentence (maybe with an aside after a dash: "- Auntie Akosua to half the town"): the
# sentence ends on the one named, whom it is about, not the owner
_RELATION_LAST = linear.compile(
    r"@(?P<owner>\d+)'s\s+(?P<words>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s*,\s*@(?P<named>\d+)"
    # ("Sandhu's uncle, Jaswinder Sandhu, who has run a sweet shop there for years.": a relative clause about the one
    # named, which names no one, ends it as well)
    # (or "..., a formidable lady by every account.": an apposition of what the one named is, naming no one)
    r"(?:\s+-\s+[^.!?;:\"]{1,80}?|\s*,\s*who\s[^@.!?;:\"]{1,150}?|\s*,\s*(?:a|an)\s[^@.!?;:\"]{1,80}?)?\s*[.!?]?\s*$"
)
# "... a story that Kofi's cousin, the Accra chemist X, never tires of": a relation of someone's, then whom it is, told
# by what they do, in apposition closed by a comma, then the verb the one named is the subject of
_RELATION_DESCRIBED_SUBJECT = linear.compile(
    r"@(?P<owner>\d+)'s\s+(?P<words>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s*,\s*the\s+(?:[A-Za-z][\w-]*\s+){0,2}"
    r"[a-z][\w-]*\s+@(?P<named>\d+)\s*,\s*(?P<next>[a-z]+)\b"
)
# Words after a comma that go on with more than the apposition's own verb ("the chef X, and Y")
_NO_VERB_NEXT = frozenset({"and", "or", "but", "who", "whom", "which", "whose", "then", "so"})
# A subject's relative clause, participle or short aside set off by commas, then the subject's verb
_AFTER_SUBJECT = (
    r"\s*,\s*(?:(?:who|whom|whose|[a-z]+ed|[a-z]+ing)\s[^,;]{0,200}"
    # ("Dorn, for his part, brought in X": a short aside naming no one)
    r"|[a-z][^,;@]{0,40}),\s+[a-z][\w-]*\s"
)
# (or an apposition told with "a", which may name a place or someone, then "was" or "has": "X, a songwriter from Y
# who has cuts with Z, was the one who ...")
# A name opening the sentence, then its verb in the past or present ("Dorn recorded", "Dorn keeps"), no aside between
_PLAIN_SUBJECT = linear.compile(r"^@0\s+(?:[a-z]+ly\s+)?[a-z]{2,}(?:ed|s)\s")
# ("Moss, the producer, who has worked with Dorn since ..., confirmed it": the subject may be described in apposition
# first, a mention of its own, which must then be the same person: see ``_subject``)
_SUBJECT = linear.compile(
    rf"^\W*@0(?:\s*,\s*@(?P<apposed>1))?(?:{_AFTER_SUBJECT}|\s*,\s*an?\s[^,;]{{0,200}},\s+(?:was|is|has|had)\s)"
)
# "X went on to produce "Title", which A and B wrote together": the subject and its verb, then a thing as the object
# (a quoted title or a noun with its article), whom a relative clause on "which" names others about: the sentence is
# about the subject, not those the clause about the thing names
_OBJECT_WHICH = linear.compile(
    r"^\W*@0\s+(?:[a-z][\w'-]*\s+){1,6}?(?:[\"“][^\"“”]{1,80}[\"”]"
    r"|(?:the|a|an|his|her|their|its)\s+(?:[a-z][\w'-]*\s+){0,3}[a-z][\w'-]*)\s*,\s*which\s"
)
# "Their youngest daughter, (Doña) X, the cousins' great-aunt, is ...": a relation of someone's told by a pronoun,
# then whom it is in apposition (maybe after a title), an aside about them naming no one, then the verb: the one named
# is the subject
_KIN_APPOSED_SUBJECT = linear.compile(
    r"^\W*(?:[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s*,\s*(?:\p{Lu}[\w.]*\s+)?"
    r"@(?P<named>\d+)\s*,\s*(?:the|a|an|who|whose|now|still)\s[^,;@]{1,80},\s+[a-z][\w-]*\s"
)
# "X, in turn, was Y's doing": a name opening the sentence (maybe with a short aside), said to be what someone else did
_WHOSE_DOING = linear.compile(
    r"^\W*@0(?:\s*,\s*[^,@;:.!?]{1,40}?\s*,)?\s+(?:is|was)\s+(?:(?:all|entirely|largely|mostly|also)\s+)?@\d+'s\s+"
    r"(?:doing|idea|work|suggestion|find|discovery)\b"
)
# "Eda Fenn is Arbour's cousin and ...": a name opening the sentence, said to be a relation (or role) of someone's;
# the words run on past one so that a relation told with a word before it is seen ("Arbour's older sister")
_IS_RELATION = linear.compile(
    r"^\W*@(?P<named>0)\s+(?:is|was)\s+(?:also\s+|now\s+|still\s+|then\s+)?@(?P<owner>\d+)'s\s+"
    r"(?P<words>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b"
)
# "Kenji's publisher, Aoife Gallagher, who had connected him with X, is modest about it": the one named in apposition
# to a relation of someone's, opening the sentence, is its subject, whatever the relative clause names
_APPOSED_SUBJECT = linear.compile(
    rf"^\W*@\d+'s\s+(?:[a-z][\w-]*\s+){{0,5}}?[a-z][\w-]*\s*,\s*@(?P<named>\d+){_AFTER_SUBJECT}"
)
# "X told (Poland's) Y that ...", "X said that ...": a sentence reporting its subject's words
_REPORTING = linear.compile(
    r"^\W*@0\s+(?:(?:told|tells|said|says|explained|explains|wrote|writes|recalled|recalls|insisted|insists|"
    r"admitted|admits)\s+(?:(?:the\s+)?(?:@\d+'s\s+)?@\d+\s+)?that|(?:said|explained|wrote)\s+to\s+(?:the\s+)?"
    r"(?:@\d+'s\s+)?@\d+\s+that)\s"
)
# What one's telling of events is called ("account", "recollections", "reflections").
TELLING = r"(?:account|version|recollections?|reflections?|reminiscences?|telling|memory|memories)"
# "... are documented chiefly in the producer's own account.": a sentence that ends by pointing to someone's telling,
# which the text then gives ("Speaking to X, he recalled:"), is about whose telling it is
_ACCOUNT_LAST = linear.compile(rf"\b(?:in|from|by|on)\s+@(?P<number>\d+)'s\s+(?:own\s+)?{TELLING}\s*[.!?]?\s*$")
# "The band's founding story is told most often by X.": a band's story, told by the one the sentence ends on, is about
# its teller, whose words the text then gives (a band is no "he" or "she" the next sentence may mean instead)
_BAND_STORY_TOLD_BY = linear.compile(
    rf"^\W*@0's\s+(?:[a-z][\w-]*\s+){{0,2}}(?:story|stories|history|{TELLING})\s+(?:is|was|has\s+been|gets)\s+"
    r"(?:[a-z]+\s+){0,3}?told\s+(?:[a-z]+\s+){0,3}?by\s+@(?P<number>\d+)\s*[.!?]?\s*$"
)
# "She was introduced to ...", "He met ...": a pronoun opening the sentence as its subject, then its verb
_PRONOUN_SUBJECT = linear.compile(r"^\W*@0\s+(?:[a-z]+ly\s+)?[a-z]")
# "X finally introduced her to Y": the one introduced told by an object pronoun, the one named after "to" whom they met
# (the introducer the sentence's plain subject, after a description at most: not "Her brother X, who ..., introduced")
_INTRODUCED_PRONOUN_TO = linear.compile(
    r"^\W*(?:[Tt]he\s+(?:[a-z]+\s+){0,3})?@(?P<subject>\d+)\s+(?:[a-z]+ly\s+)?introduced\s+@(?P<number>\d+)\s+to\s+@\d+\b"
)
# "It was Dorn who connected A with B": a cleft, whose subject the sentence is about
# ("It was Bell's widow, Eda Fenn, who ...": the one named in apposition to a relation of someone's; "And it was X,
# not a label scout, who ...": joined to the sentence before, and the one it was not, set off by commas)
_CLEFT = linear.compile(
    r"^\W*(?:(?:And|But|So)\s+it|It)\s+(?:was|is)\s+"
    r"(?:(?:@\d+'s|the|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*,\s*)?"
    r"@(?P<number>\d+)(?:\s*,\s*not\s+(?:(?:a|an|the|his|her|their)\s+[a-z][^,;:.!?@\"]{0,60}?)?(?:\s*@\d+)?,)?"
    # ("It was Eze, in turn, who ...": an aside of how the telling goes, set off by commas, before "who")
    r"(?:\s*,\s*(?:in\s+turn|too|again|once\s+more|of\s+course|in\s+fact|after\s+all|[a-z]+ly)\s*,)?"
    # ("It was Eze, then working for a label in @1, who ...": what the one told was doing at the time, a participle
    # after "then" or "still" set off by commas, a place named in it at most)
    r"(?:\s*,\s*(?:then|still)\s+[a-z]+ing\s[^,;:.!?\"@]{0,60}(?:@\d+[^,;:.!?\"@]{0,20})?,)?"
    # ("It was Eze himself who ...": the one told stressed)
    r"(?:\s+(?:himself|herself))?\s*,?\s+who\s"
)
# "The story of how A and B met is well known, and it was X himself who told it": a cleft joined after a clause about
# something (no one its subject), which names others only inside it: the sentence is about the one clefted
_JOINED_CLEFT = linear.compile(
    r"^\W*(?:The|This|That|Their|His|Her|Its)\s+[a-z][^@,;:.!?]*(?:@\d+[^@,;:.!?]*){0,4},\s*(?:and|but|so)\s+it\s+"
    r"(?:was|is)\s+@(?P<number>\d+)(?:\s+(?:himself|herself))?\s*,?\s+who\s"
)
# "The first link was Eda Fenn, Bell's agent, who ...", "The matchmaker was Cy Dorn himself.": a sentence that says who
# something of the story was, told by a description of what ("the first link", "the matchmaker"), is about whom it names
_SPECIFIED = linear.compile(
    r"^\W*(?:(?:The|Their|His|Her)\s+(?:[a-z][\w-]*\s+){1,3}"
    # ("The man who brought A and B together is X", "The one who introduced them was a skipper I crewed for: X": a
    # pseudo-cleft, the subject a person known by what they did, said by the copula to be X, maybe described first)
    r"|The\s+(?:[a-z][\w-]*\s+){0,2}?(?:man|woman|one|person)\s+(?:who|that)\s+[^;:.!?\"()]{1,100}?\s+"
    r")(?:was|is)\s+(?:(?:a|an|the|my|our)\s+[^,;:.!?\"()]{1,60}?:\s+)?@(?P<number>\d+)(?:\s+(?:himself|herself))?"
    r"(?:\s*[,;.]|\s*$)"
)
# "It was Dorn's widow who ...", "It was her old teacher, a pianist, who": a cleft on someone named by a relation only
_CLEFT_UNNAMED = linear.compile(
    r"^\W*It\s+(?:was|is)\s+(?:@\d+'s|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
    r"(?:\s*,\s*(?:a|an|the)\s+[a-z][^,@]{0,60},)?\s+who\s"
)
# "..., and she tells", "X gets in on the fun too: he plays": the subject's next clause (the pronoun's start follows)
# ("..., and it was she who put them in touch": a cleft after the "and" stresses its subject, who goes on)
# ("..., and a year after the Eisteddfod he ...", "..., and two years later she ...": when, told before the subject)
# ("..., and in 1975 she ...", "..., and then in Oslo he ...", "..., and that winter she ...": an adverbial of time or
# place, a preposition or a demonstrative and a few words, told before the subject)
_AND_GOES_ON = linear.compile(
    r"^[^@;:.!?\"]{0,120}(?:,?\s+and(?:\s+it\s+was)?"
    r"(?:\s+(?:a|one|two|three|four|five|a\s+few|several)\s+(?:days?|weeks?|months?|years?)\s+"
    r"(?:later|after\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?)\s*,?"
    r"|(?:\s+(?:then|later|afterwards|eventually|finally|soon|once|still))?"
    r"(?:\s+(?:in|on|at|by|during|after|before|around|that|one|last)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)?\s*,?)?|:)\s+$"
)
# The same subject after words that describe it ("Ibiza party king X, who ..., is now telling")
_DESCRIBED_SUBJECT = linear.compile(
    r"^\W*(?P<before>(?:@\d+\s+|[\w'-]+\s+){1,4}?)@(?P<number>\d+)\s*,\s*(?:who|whom|whose)\s[^,;]{0,200},\s+"
    r"[a-z][\w-]*\s"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that say which of several holders of a role ("the new master", "the other producer"): no kind of it, so not
# the one person the page called by the role
_WHICH_OF_SEVERAL = _words("new other former current first second third last next previous present late another same")
# An age that stands for a person ("the 34-year-old added").
_AGED = linear.compile(r"^\d{1,3}-year-old$")
# Who keeps a pub or a house ("the landlady, X", whom "the landlady" later means): of ``ROLE_NOUNS``, but a part
# someone may play in a video as well ("X is the landlady").
KEEPER_NOUNS = _words("landlady landlord publican")
# Nouns that describe a person by what they do; before a name ("producer Oren Vale") or instead of one
# ("the Spanish producer explained").
ROLE_NOUNS = (
    _words(
        """
    singer songwriter singer-songwriter rapper producer actor actress director model pianist cellist
    guitarist drummer bassist violinist fiddler poet photographer engineer manager coach host friend
    cousin brother sister musician artist star comedian dancer vocalist composer dj band duo group trio
    granddaughter grandson niece nephew godmother godfather
    quartet presenter journalist writer frontman frontwoman keyboardist saxophonist trumpeter organist jockey
    harpist lyricist topliner arranger mentor leader label-mate footballer cricketer athlete boxer chef author novelist
    maknae
    painter barber hairdresser stylist tailor conductor choreographer promoter consignor
    youtuber tiktoker influencer vlogger streamer podcaster creator
    player crooner instrumentalist multi-instrumentalist banjoist mandolinist accordionist piper harper flautist flutist
    percussionist fadista griot sonero troubadour balladeer chanteuse cantaor cantaora master
    judge contestant finalist semi-finalist semifinalist runner-up
    """
    )
    | KEEPER_NOUNS
)


# Verbs of playing a part, after which "the singers" is the part played, not the song's performers
_PLAYING_A_PART = frozenset({"play", "plays", "played", "playing", "portray", "portrays", "portrayed", "portraying"})


def _performers(text: str) -> bool:
    """Whether a plural names performers ("both singers", "the two rappers")."""
    return fold(text.split()[-1]).removesuffix("s") in _PERFORMER_NOUNS | {"artist", "musician"}


def _credit_plural(text: str) -> CreditRole | None:
    """The credit a plural names ("the two writers", "both co-producers"), if it names one."""
    return _CREDIT_NOUNS.get(fold(text.split()[-1]).removesuffix("s").replace(" ", "-"))


# Plurals that name the holders of one of the song's credits ("the two writers" are its writers, not whichever
# two people were named last).
_CREDIT_NOUNS = {
    "writer": CreditRole.WRITER,
    "songwriter": CreditRole.WRITER,
    "co-writer": CreditRole.WRITER,
    "producer": CreditRole.PRODUCER,
    "co-producer": CreditRole.PRODUCER,
    "director": CreditRole.DIRECTOR,
}
# "the song's producer": what a credit of the song is told as belonging to, by the song's own words
_SONG_OWNERS = frozenset({"song's", "track's", "single's", "record's"})
# What "the singer" may mean: the heading's performer, when it names only one.
# Roles that mean the one holder of a credit of the song when said alone ("the songwriter said").
_BY_CREDIT = frozenset({"songwriter", "director"})
# Works other than the music video that a song is placed in, and have directors of their own (a pattern's words)
OTHER_WORKS = (
    r"trailer|teaser|episode|finale|premiere|pilot|advert|advertisement|ad|commercial|campaign|spot|series|season|"
    r"show|documentary|docuseries|movie|film|sequence|scene|opener|cutscene"
)
# "the film's director", "the episode's director": the page tells of another work's director, whom "the director"
# may then mean as well as the video's
_OTHER_DIRECTOR = linear.compile(rf"\b(?i:{OTHER_WORKS})(?:'s|s')\s+director\b")
_PERFORMER_NOUNS = frozenset({"singer", "singer-songwriter", "rapper", "vocalist", "star"})
# What a song's artist who sings it may be called, when nothing else was said of them (and what a band's singer
# may have been called before "frontman")
_SINGER_NOUNS = frozenset({"singer", "singer-songwriter", "vocalist"})
# What someone who does not sing on a record is called ("the Hamburg producer"), for whom "the singer" is not.
_NON_VOCAL = frozenset(
    {"producer", "dj", "beatmaker", "drummer", "guitarist", "bassist", "pianist", "keyboardist", "cellist", "violinist"}
)
GROUP_NOUNS = frozenset({"band", "duo", "group", "trio", "quartet"})
# A word for what one person does ("director", "pianist"), not a band, as a pattern
PERSON_ROLE = "(?:" + "|".join(sorted(ROLE_NOUNS - GROUP_NOUNS)) + ")"
# Words for a band that are not descriptions of one person: "the brothers", "his bandmates".
# "the choir", "the orchestra": the credited act whose name ends in that word ("The Fenwick Youth Choir")
_ENSEMBLES = frozenset({"choir", "orchestra"})
_KIN_GROUPS = frozenset({"brothers", "sisters", "siblings"})
# What a company of dancers or players is called, whose name follows it ("the dance crew X"): no one's name
_COMPANIES = frozenset({"crew", "troupe", "collective", "ensemble", "company"})
# ("the four members play themselves": a band's members together, as the band)
# (only after "the" and at most a count, which must be the band's size)
_MEMBER_WORDS = frozenset({"members"})
_COUNT_WORDS = {word: size for word, size in GROUP_SIZES.items() if size > 1 and word not in GROUP_NOUNS | {"pair"}}
# "brought his own drum and tambourine and set ", "carried two amplifiers in and plugged ": a first verb's object, a few
# words opened by whose or a determiner, then the second verb joined by "and", whose "them" may mean that object
_THINGS_THEN_VERB = linear.compile(
    r"\s(?:his|her|their|its|my|our|the|two|three|some|both|all)\s+(?:own\s+)?(?:[a-z][\w'-]*\s+){0,2}?"
    r"(?P<one>[a-z][\w'-]*)(?:\s+and\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?P<other>[a-z][\w'-]*))?"
    r"(?:\s+(?:in|out|over|along|back))?\s+and\s+(?:then\s+)?[a-z][\w'-]*\s+$"
)
# "the three of ", "all four of ": a count of more than two before a plural pronoun
_MORE_THAN_TWO_OF = linear.compile(r"\b(?i:the|all)\s+(?:three|four|five|six|seven|eight|nine|ten)\s+of\s+$")
_BAND_WORDS = GROUP_NOUNS | _ENSEMBLES | {"bandmates"} | _KIN_GROUPS | _MEMBER_WORDS
# What "his band", "their bandmates" may be: the page's one band, when the sentence is about one of it.
_OWN_BAND = frozenset({"band", "bandmates", "group"})
# A point of the compass, which opens a nationality of two words ("South Korean", "North African")
_COMPASS = frozenset({"north", "south", "east", "west", "central"})
# Capitalised words that describe (a nationality) rather than name.
_NATIONS = _words(
    """
    american british english scottish welsh irish canadian australian mexican spanish catalan valencian
    basque portuguese brazilian argentinian argentine colombian chilean peruvian cuban french belgian
    dutch german austrian swiss italian swedish norwegian danish finnish icelandic estonian latvian
    lithuanian polish czech slovak hungarian romanian bulgarian greek turkish russian ukrainian japanese
    korean chinese taiwanese indian pakistani filipino indonesian thai vietnamese ghanaian nigerian
    kenyan senegalese south-african egyptian moroccan lebanese israeli iranian jamaican texan
    angolan mozambican congolese cameroonian zimbabwean ivorian malian ugandan tanzanian zambian beninese
    togolese liberian ethiopian rwandan namibian gambian sudanese tunisian algerian
    jordanian syrian iraqi saudi emirati kuwaiti qatari bahraini omani yemeni palestinian libyan
    kurdish armenian azerbaijani afghan persian arab arabic
    californian scandinavian nordic latin african asian european
    """
)
# Nouns for someone of a nation, and the word that describes them ("the Swede" is whom the page called Swedish); a
# nationality that is its own noun too ("the Chilean") stands for itself.
_DEMONYMS = {
    "swede": "swedish",
    "dane": "danish",
    "finn": "finnish",
    "scot": "scottish",
    "brit": "british",
    "pole": "polish",
    "turk": "turkish",
    "spaniard": "spanish",
    "frenchman": "french",
    "frenchwoman": "french",
    "dutchman": "dutch",
    "dutchwoman": "dutch",
    "irishman": "irish",
    "irishwoman": "irish",
    "englishman": "english",
    "englishwoman": "english",
    "welshman": "welsh",
    "welshwoman": "welsh",
    "icelander": "icelandic",
    # someone of a city, the word that places them ("the Dubliner": whom the page said was from Dublin)
    "dubliner": "dublin",
    "londoner": "london",
    "berliner": "berlin",
    "glaswegian": "glasgow",
    "mancunian": "manchester",
    "quebecer": "quebec",
} | {nation: nation for nation in _NATIONS if nation.endswith("an") and nation not in ("latin", "european")}
DEMONYM_WORDS = frozenset(_DEMONYMS)
# The nationalities, for readers elsewhere that let one stand among the words before a name ("the French dancer X")
NATION_WORDS = _NATIONS
# Words for a region that name an edition of a title after it ("Billboard Latin", "Vogue Scandinavia"): never a
# nationality of one person, so never a word of a described name
_EDITION_WORDS = frozenset({"latin", "nordic", "scandinavian", "european", "asian", "african"})
# The nouns among them that are no adjective nor anyone's first name ("the Dutchman", "the Swede"; not "the Finn",
# "the American")
_DEMONYM_NOUNS = frozenset(noun for noun, place in _DEMONYMS.items() if noun != place) - {"finn", "dane"}
# What may follow a noun for someone of a place that is a whole apposition ("a Glaswegian who", "a Swede,")
# ("the Scot of the three": which of a group they are, still the one placed)
_AFTER_DEMONYM = frozenset({",", "who", "whose", "with", "by", "from", "then", "now", "and", ";", ".", ")", "of"})
# Capitalised words that start a sentence or clause without being part of a name.
# ("Born in a Lagos suburb, he ...", "Raised in Gary, she ...": a fronted participle of where one comes from, whose
# subject comes after it)
_STOP = _words(
    """
    a about according after afterward afterwards album all also although an and april as asked at august back because
    before both
    but by chart charts chatting december despite during each earlier either even every february for friday from
    he her here him his how however i if in instead it its january july june just later like looking
    lyrics many march may me meanwhile monday most music my neither no not november now october of
    official oh on once only our over producer saturday september she since singer single so some song
    speaking still sunday talking that the their them then there these they this those though thursday
    to today together tonight track tuesday under until us video we wednesday what when where which
    while who why with within without writing yes you your interviewed quoted appearing performing playing
    starring cast turning showing popping
    rumour rumours rumor rumors myth myths claim claims contrary
    opposite alongside beside dear
    nobody everybody somebody anybody everyone someone anyone
    i'm i'll i've i'd
    that's there's here's it's he's she's
    blame thank ask
    through via
    born raised
    """
)
STOP_WORDS = _STOP
# Verbs of saying after a stop word that may be someone's name ("Oh said", "May recalled")
_SAID_AFTER = frozenset(
    {"said", "says", "told", "tells", "added", "adds", "recalled", "recalls", "explained", "explains", "wrote"}
    | {"writes", "remembered", "remembers", "admitted", "admits", "laughed", "laughs", "joked", "jokes"}
)
# A sentence that only tells who said the quote before it ("Cy said."): a speaker whom the text turns to for a quote
# and leaves
_ATTRIBUTION_ONLY = linear.compile(rf"^\W*@\d+\s+(?:{'|'.join(sorted(_SAID_AFTER))})\W*$")
# A present participle ("working", "living"), of a phrase going on about whom an apposition describes
_PARTICIPLE = linear.compile(r"^[a-z]{3,}ing$")
# A verb in the past tense of the usual spelling ("joined", "arrived").
_PAST_VERB = linear.compile(r"^[a-z]{2,}ed$")
# The nouns among them, which may describe a subject before its name ("The show's music supervisor, X, ...") as
# no preposition or clause word does
_STOP_NOUNS = _words("album chart charts lyrics music producer singer single song track video official")
_MONTH_WORDS = _words(MONTH_NAMES.lower().replace("|", " "))
_WEEKDAYS = _words(WEEKDAY_NAMES.lower().replace("|", " "))
# Words that make a day's name after them a time ("every Wednesday", "last Friday")
_WHICH_DAY = _words("every each last next other alternate first second third fourth")
# Words that make a month's name after them a date ("in June", "since March", "last May").
# What may follow a role told with "a" in an apposition that goes on ("a cellist from Belfast", "a drummer in a
# wedding band"): where they are from or work, not a name the role describes
_FROM = _words("from in of at with for on")
# Words before a month's name, besides those that date it, that make it the month ("the June issue", "that June",
# "every May", "June or July")
_MONTH_BEFORE = _words("the that this every each or a an its their our")
# Words after a month's name that make it the month ("June and July", "June of that year", "May or June")
_MONTH_AFTER = frozenset(_MONTH_WORDS | _words("of or through to until issue edition tour session sessions"))
# What opens a sentence or a quoted stretch before its first word
_SENTENCE_OPENERS = frozenset({".", "!", "?", ";", ":", '"', "“", "(", "\u2018"})
_DATING = _words("in on by since until till from during through last this next early late mid of before after")
# Words that place someone ("the Galway-born fiddler"), read as a nationality is.
_PLACED = ("-born", "-based", "-raised", "-bred")
# How old someone is, told before their name as where they are from is ("Eight-year-old Ada Roe")
_AGE_SUFFIXES = ("-year-old", "-month-old")
# An instrument or part in a line-up, and what its player is called ("Ana Vik (cello)": "the cellist").
PLAYER_OF = {
    "vocals": "vocalist",
    "guitar": "guitarist",
    "guitars": "guitarist",
    "bass": "bassist",
    "drums": "drummer",
    "piano": "pianist",
    "keyboards": "keyboardist",
    "keys": "keyboardist",
    "cello": "cellist",
    "violin": "violinist",
    "fiddle": "fiddler",
    "banjo": "banjoist",
    "mandolin": "mandolinist",
    "accordion": "accordionist",
    "saxophone": "saxophonist",
    "trumpet": "trumpeter",
    "organ": "organist",
    "harp": "harpist",
}
# The kind of an instrument, told before it in a line-up ("double bass", "lead guitar"), and before its player's
# noun ("the double bassist")
_PLAYING_KINDS = frozenset({"double", "upright", "lead", "rhythm", "slide", "pedal", "acoustic", "electric"})
# What a band's member is called by what they play or do in it ("the bassist", "the singer")
PLAYER_NOUNS = frozenset(PLAYER_OF.values()) | _words(
    "singer drummer percussionist multi-instrumentalist frontman frontwoman"
)
_TITLES = frozenset({"dj", "dr", "mr", "mrs", "ms", "sir", "dame", "mc", "lord", "lady"})
# Capitalised words for what was held on a platform, after its name ("a Reddit AMA").
# ("an old Kagawa B-side": a record's side, after whose it is, no word of a name)
_FORMATS = frozenset({"AMA", "AMAs", "B-side", "B-sides", "A-side", "A-sides"})
# Titles written in mixed case ("Dr", "Mr"): in capitals they are a name's initials ("DR P3", Danish radio).
_MIXED_TITLES = frozenset({"dr", "mr", "mrs", "ms"})


def _title(word: str) -> bool:
    lower = word.lower()
    return lower in _TITLES and not (lower in _MIXED_TITLES and word.isupper())


# A church's titles, before a full name ("Bishop Ada Nwosu", "Reverend Tom Hale"): also first names or a whole
# stage name's first word ("Bishop Ndlovu"), so a title only when a first name and surname follow.
# ("Canon Ann Hale", "Monsignor Tom Hale": a cathedral's or the pope's honour, a title like the others; "Deacon" is left
# out, a surname and a band's first word too)
_CLERICAL = frozenset(
    {"bishop", "archbishop", "reverend", "pastor", "rabbi", "imam", "cardinal", "father", "canon", "monsignor"}
)
# The same written before a name whose mention leaves it out ("Father Iglesias can be seen"), where a pattern reads
# past it to the name
CLERICAL_TITLE = "(?:" + "|".join(sorted(word.capitalize() for word in _CLERICAL)) + ")"


# How high a churchman's "Reverend" is: "the Very Reverend" (a dean), "the Right Reverend" (a bishop), "the Most"
_REVEREND_STYLES = frozenset({"very", "right", "most"})


def _clerical(words: list[str], skip: int) -> bool:
    return words[skip].lower() in _CLERICAL and len(words) - skip >= 3


# Titles of office or standing before a full name ("Chief Ada Okafor", "Councillor Ben Ekwueme")
_OFFICES = frozenset({"professor", "chief", "councillor", "councilor", "alderman"})
# Titles of rank or office before a full name that, capitalised after "the" alone, are how one speaks of its holder
# ("the Professor", "the Bishop").
_RANKS = (_CLERICAL - {"father"}) | _OFFICES


def _clerical_alone(words: list[str], skip: int) -> bool:
    """A church's title before one name ("Father Aloysius", "Bishop Nwosu"): tried as the one the page has named so
    (the title and the name together are tried first, for a stage name such as "Bishop Ndlovu")."""
    return words[skip].lower() in _CLERICAL and len(words) - skip == 2 and _capital(words[skip + 1])


# Honorifics of address, in English and the languages a page quotes ("Miss Ada Hale", "Dona Rita Lobo", "Madame
# Odile Roux"): a courtesy before a full name, not a part of it; like a church's title, only before a first name and
# a surname ("Miss Ada" alone may be what she is called). "Don" and "Dom" are left out: they are first names too
# ("Don Van Vliet").
_HONORIFICS = frozenset(
    {
        "miss",
        "mister",
        "dona",
        "doña",
        "señora",
        "senora",
        "señor",
        "senor",
        "senhora",
        "senhor",
        "madame",
        "mme",
        "monsieur",
        "mademoiselle",
        "mlle",
        "frau",
        "herr",
        "signora",
        "signor",
    }
    # (kin words used as titles, of an elder of the family or a neighbour: "Aunty Lan", "Uncle Mick Doyle"; "Nan"
    # and "Nana" are left out, first names too)
    | {"aunty", "auntie", "aunt", "uncle", "granny", "grandma", "grandpa", "grandad", "granddad"}
    # (and the same words in the languages a page's family speaks: "Abuelo Tomás", "Papi Lucien", "Bhua Jasleen";
    # those that are first names too, "Lola", "Zia", "Tia", "Nani", "Mamie", are left out)
    | {"abuelo", "abuela", "abuelito", "abuelita", "tío", "tía", "papi", "papy", "pépé", "mémé", "tonton"}
    | {"nonno", "nonna", "opa", "oma", "onkel", "tante", "babcia", "dziadek", "vovô", "vovó", "avô", "avó"}
    | {"bhua", "dadi", "chacha", "chachi", "mausi", "lolo", "kuya"}
    # (titles of rank or standing, before a full name only: "Chief Ada Okafor", "Alhaji Musa Bello", "Councillor Ben
    # Ekwueme"; "Chief Keef", two words, stays a stage name)
    | _OFFICES
    | {"alhaji", "alhaja"}
    # (a proprietress's courtesy, "Madam Ada Okafor", and a master musician's in Hindustani music, "Pandit Ravi
    # Rao", "Ustad Imran Khan": before a full name only)
    | {"madam", "pandit", "ustad"}
    # (and ranks at sea or in arms, before a full name: "Captain Ana Ruiz" commands a ship; "Captain Beefheart",
    # two words, stays a stage name; "Major" and "General" are left out, ordinary words at a sentence's start)
    | {"captain", "commodore", "admiral", "commander", "colonel", "lieutenant", "sergeant"}
    # (and a ward's titles, before a full name: "Nurse Ada Okafor", "Matron Joan Hale"; "Nurse Ratched", two words,
    # stays a name)
    | {"nurse", "matron"}
)
# A title of address as written before a surname ("Ms Twomey", "Monsieur Le Goff"), where a pattern reads past it to
# the name (a quote's lead, an auction lot's owners)
ADDRESS = r"(?:Ms|Mr|Mrs|Miss|Dr|Monsieur|Madame|Mme|Mademoiselle|Mlle|Señor|Señora|Herr|Frau|Signor|Signora)\.?"
# A master musician's title, before a full name only ("Maestro Enzo Capasso"; "Maestro Tomas" alone may be anyone
# named Tomas, so it stays a name of its own). Hindustani music's "Ustad" and "Pandit" are among _HONORIFICS.
_FULL_NAME_TITLES = frozenset({"maestro", "maestra"})


# A nurse's grade before the title "Nurse" ("Staff Nurse X", "Charge Nurse X"): a word of the title, not of the name
_NURSING_GRADES = frozenset({"staff", "charge"})


def _honorific(words: list[str], skip: int) -> bool:
    graded = words[skip].lower() in _NURSING_GRADES and skip + 1 < len(words) and words[skip + 1] == "Nurse"
    return (
        (words[skip].lower() in _HONORIFICS or words[skip].lower() in _FULL_NAME_TITLES or graded)
        and len(words) - skip >= 3
        and all(_capital(w) for w in words[skip + 1 : skip + 3])
        and words[skip + 1].lower() not in NAME_PARTICLES
    )


# A name, then a Japanese ("-san", "-sama", "-sensei", "-chan", "-kun", "-senpai") or Korean ("-ssi", "-nim")
# honorific joined to it by a hyphen
_HONORIFIC_AFTER = linear.compile(r"^(?P<name>.+?)-(?:san|sama|sensei|chan|kun|senpai|ssi|nim)$")


def _honorific_alone(words: list[str], skip: int) -> bool:
    """An honorific before one name ("Madame Roux", "Miss de la Fontaine": a surname with its particles): the one
    the page has named so, if it has (never a new full name: "Madame Roux" the page has not named is no first name
    and surname)."""
    rest = words[skip + 1 :]
    return (
        words[skip].lower() in _HONORIFICS
        and bool(rest)
        and _capital(rest[-1])
        and all(w.lower() in NAME_PARTICLES for w in rest[:-1])
    )


# The sex a courtesy title tells, as the reflexive the page's pronouns give a person ("Mr" is one the page calls "he").
_COURTESY_SELVES = {
    "mr": "himself",
    "mister": "himself",
    "monsieur": "himself",
    "mrs": "herself",
    "ms": "herself",
    "miss": "herself",
    "madame": "herself",
    "mme": "herself",
    "mademoiselle": "herself",
    "mlle": "herself",
}
# Courtesy titles of address that tell apart people who share a surname ("Mrs Halász", "Miss Halász").
# ("Dr Venkataraman" when the page titled only the aunt "Dr": an academic title tells them apart as well)
_COURTESIES = frozenset(_COURTESY_SELVES) | {"dr"}


def _courtesy(words: list[str], skip: int) -> str:
    """The courtesy title right before the name that starts at ``skip`` ("mrs" of "Mrs Ada Hale"), else ""."""
    if not skip:
        return ""
    word = words[skip - 1]
    lower = word.lower().rstrip(".")
    return lower if lower in _COURTESIES and not word.isupper() else ""


def _dotted_courtesy(tokens: list[tuple[int, int, str]], first: int) -> str:
    """The courtesy title written with a full stop right before the name that starts at token ``first`` ("mr" of
    "Mr. Hale"): the stop ends the run of capitalised words, so the title is not among the name's words."""
    if first < 2 or tokens[first - 1][2] != "." or tokens[first - 2][1] != tokens[first - 1][0]:
        return ""
    return _courtesy([tokens[first - 2][2]], 1)


def _surname_only(words: list[str]) -> bool:
    """Whether the words are a surname alone, with its particles ("Halász", "van der Heijden")."""
    return bool(words) and all(word.lower() in NAME_PARTICLES for word in words[:-1])


def titled_one(text: str) -> str | None:
    """The one name after a title or an honorific ("Tomás" of "Abuelo Tomás", "Roux" of "Madame Roux"), else None."""
    words = text.split()
    if len(words) != 2 or not _capital(words[1]):
        return None
    return words[1] if _title(words[0]) or words[0].lower() in _HONORIFICS else None


# ("Hoy por Hoy", "Leiðin til Malmö", "Música para Todos", "Samba na Gamboa"): another language's "by", "to", "for" or
# "in the", which lower-case is no English word, inside a title (and no particle of anyone's name)
FOREIGN_PREPOSITIONS = frozenset({"por", "para", "til", "na"})
# Lower-case words inside a name of several words ("Rolling Stone en Español", "Festival of Lights",
# "BBC Radio nan Gàidheal", "Raidió na Gaeltachta").
# ("Radio Nacht und Nebel", "Lyd og Bilde", "Ceol agus Caint", "Stimme zu Hause": another language's "and", "to" or
# article; the Catalan "i" of "Pau Ferrer i Soler", which lower-case is no English word; the Breton article "ar" of
# "Penn ar Bed", "Ti ar Vro"; the Manx article "ny" of "Claare ny Gael")
_CONNECTORS = frozenset(
    {"en", "y", "e", "i", "of", "des", "do", "della", "dello", "delle", "degli", "dei", "nan", "na", "nam", "ar", "ny"}
    | {"und", "et", "og", "och", "agus", "zu", "den"}
    | FOREIGN_PREPOSITIONS
)
# Of those, the words for "and": they may join two people ("Ana y Pedro"), not one name.
_AND_CONNECTORS = frozenset({"y", "e", "und", "et", "og", "och", "agus"})
# The word "radio" in languages that spell it otherwise once folded ("Radyo Eksen", Estonian "raadio"):
# a station's word, as "radio" is ("Rádió", "Rádio" fold to it already)
FOREIGN_RADIO = _words("radyo raadio")
# Words that make a capitalised phrase a place, a medium or an event rather than a person.
_NOT_PERSON = FOREIGN_RADIO | _words(
    """
    festival radio records music magazine mag show channel podcast sessions session weekly daily news times
    club studio studios hall arena theatre theater street road boulevard hills city party awards chart
    charts hot billboard youtube instagram twitter tiktok facebook vimeo spotify guardian post tribune
    journal review university college school church chapel bar cafe hotel tour album ep fm tv live late
    morning night tonight sofa sound pulse beat current today monthly county province district valley
    river lake avenue island library museum film cinema
    songs publishing entertainment recordings management group notes sport sports
    calle rua avenida plaza praça piazza parque mercado square market
    station central terminus airport harbour harbor
    """
)
# Rooms, buildings and places people gather in: a phrase apposed to a capitalised name that ends with one ("X, a pub
# with a red door") says the name is a place's, never a person's (and an introduction "in a ..." one is where it was).
VENUE_NOUNS = _words(
    """
    bar bars pub club nightclub café cafe restaurant diner bistro tavern kitchen studio basement cellar garage tent
    hotel lobby bookshop bookstore shop hall church chapel warehouse lounge canteen bakery room loft attic backyard
    garden courtyard laundromat launderette laundrette gym salon gallery library cinema theatre theater
    refuge hut cabin lodge
    """
)
_PLACE_NOUNS = VENUE_NOUNS | _words("market square street park bridge quarter neighbourhood neighborhood district")
# What may follow the head noun of a phrase apposed to a name (the phrase ends there or goes on to say more of it)
_AFTER_PLACE_NOUN = frozenset(
    {",", ".", ";", ":", "!", "?", ")", "with", "in", "on", "at", "near", "off", "where", "that", "which", "whose"}
    | {"run", "owned", "behind", "above", "below", "by", "from", "of", "and"}
)
# Countries that are also surnames ("Kathy Ireland", "Harry England"): a name may end with them.
_COUNTRY_SURNAMES = frozenset({"england", "ireland", "israel", "wales", "scotland", "turkey", "jamaica", "chile"})
_PRONOUNS: dict[str, Literal["me", "us", "one", "two"]] = {
    "i": "me",
    "me": "me",
    "we": "us",
    "us": "us",
    "he": "one",
    "him": "one",
    "she": "one",
    "her": "one",
    "they": "two",
    "them": "two",
}
# The writer of the narration, in the first person ("When I ask her", "she tells me", "into my hand").
_NARRATOR = linear.compile(r"\b(?:I|me|my)\b")
_SELVES = {"he": "himself", "him": "himself", "she": "herself", "her": "herself"}
# "... that she recorded over a weekend with Sydney producer X": someone who did something with someone, the
# two that "the two" and "they" mean next (when no two were named together)
# ('A wrote "Chalk Hearts" with the guitarist B': what was done may be a title in quote marks)
_DONE_WITH = linear.compile(r"^\s+[^,;:()\"]{0,80}?(?:\"[^\"]{1,60}\"[^,;:()\"]{0,40}?)?\bwith\s+(?:[\w'-]+\s+){0,3}$")
_MAX_NAME_WORDS = 6
# How many words after a shared surname are read for the "herself" that tells whom it means.
_REFLEXIVE_REACH = 12
# Relatives the page names someone by, which say how it refers to them ("her brother, Theo Albright").
_KIN_SELF = {"brother": "himself", "sister": "herself"}
_KIN = frozenset({"brother", "sister", "cousin", "friend"})
# Relations two may be said to have to each other ("The two are cousins"), and what each is of the other.
# "Ada's nonno - her grandfather, Luca Bassi, ...": a word of someone's, told again in English as a relation of theirs,
# then the one named (after a comma, the whole set off by a dash: an apposition of an apposition)
_GLOSSED_KIN = linear.compile(
    r"^\W*@\d+'s\s+(?P<word>[a-z][\w-]*)\s+-\s+(?:his|her|their)\s+(?P<kin>[a-z][\w-]*)\s*,\s*@(?P<named>\d+)\s*[,-]"
)
# Words that are no name of a relative's, whatever gloss follows them ("Ada's own - her grandfather, X,"; nor is a
# role's or a group's: "Ada's band - her uncle, X, ...")
_NOT_KIN_WORDS = frozenset({"own", "old", "late", "beloved", "dear", "favourite", "favorite", "first", "only"})
_KIN_PLURALS = {"cousins": "cousin", "siblings": "sibling", "twins": "twin"}
_ARE_KIN = linear.compile(
    r"^\W*@(?P<number>\d+)\s+are\s+(?:(?:first|second|distant)\s+)?(?P<kin>cousins|siblings|twins)\b"
    r"(?P<of>\s+(?:of|to)\b)?"
)
_SINGULAR_SELF = {"his": "himself", "her": "herself"}
# "X wrote it with her husband, the jazz pianist Y": the subject's spouse, named in apposition after "her" or "his"
# (no one else named between; "her husband" alone later means Y)
_SPOUSE_NAMED = linear.compile(
    r"^\W*(?:(?:And|But|So)\s+)?@(?P<owner>\d+)\s+(?:[a-z][\w'-]*\s+){1,8}?(?P<whose>her|his)\s+"
    r"(?P<kin>husband|wife)\s*,\s*(?:(?:the|a|an)\s+(?:[A-Za-z][\w-]*\s+){0,3})?@(?P<name>\d+)(?:\s*[,.;:]|\s*$)"
)
_SPOUSES = frozenset({"husband", "wife"})
# A child or a parent told before a name ("his daughter, X"), which says who is the younger and who the elder of two
# people sharing a surname ("the elder Vance" is then the parent)
_GENERATION = {
    **dict.fromkeys(_words("daughter son"), "younger"),
    **dict.fromkeys(_words("father mother dad mum mom"), "elder"),
}
_OTHER_GENERATION = {"younger": "elder", "elder": "younger"}
# "the elder Vance", "the younger Vance": which of the two sharing a surname, by generation
_AGE_BEFORE = {"elder": "elder", "older": "elder", "younger": "younger"}
# Relations that say a man or a woman, and what the page then calls them
_KIN_SELVES = {
    **dict.fromkeys(
        _words(
            "father stepfather godfather grandfather brother half-brother stepbrother uncle son stepson nephew husband "
            "boyfriend dad grandpa"
        ),
        "himself",
    ),
    **dict.fromkeys(
        _words(
            "mother stepmother godmother grandmother sister half-sister stepsister aunt daughter stepdaughter niece "
            "wife girlfriend mum mom grandma"
        ),
        "herself",
    ),
}
# "her grandmother, ", "Ana's brother ": whose relative, right before a first name alone (a brother, sister,
# parent, child or grandparent, who most often shares the family name; a spouse, cousin, aunt or uncle as often
# does not, nor does a friend or a godparent)
# "her brother ", "his younger sister, ": a "his" or "her" before a sibling whose name follows
_SIBLING_NAMED = linear.compile(
    r"^(?:[Hh]is|[Hh]er)\s+(?:(?:older|younger|elder|big|little|twin)\s+)?(?:brother|sister)\s*,?\s*$"
)
# "told me ", "tells us that ": a telling whose words are reported after it
_TOLD_WHOM_BEFORE = linear.compile(r"\b(?:told|tells|tell)\s+(?:me|us|him|her|them)\s+(?:that\s+)?$")
# A clause of when opened inside a sentence, whose subject comes next ("on the night he played", "when she sang")
_WHEN_CLAUSE_BEFORE = linear.compile(
    r"\b(?:when|whenever|while|until|once|(?:the|that)\s+(?:night|day|evening|morning|afternoon|week|year|time))\s+$"
)
# What may stand before a sentence's first word that is no word of it: spaces and opening quotation marks
_OPENING_MARKS = " \"'\u201c\u2018"
# A clause with no relative word after what the verb's object is ("everything she has released", "all he wrote"),
# whose subject comes next: it may be the sentence's subject or anyone else
# ("the same church he sang in", "the same label she left": what "the same" picks out is told by such a clause too)
_CONTACT_CLAUSE_BEFORE = linear.compile(
    r"\b(?:everything|anything|nothing|whatever|all|the\s+same\s+(?:\p{Lu}[\w'-]*\s+)?[a-z][\w'-]*)\s+$"
)
_KIN_FIRST_NAME = linear.compile(
    r"(?:^|[\s(])(?P<owner>[Hh]is|[Hh]er|\p{Lu}[\w\p{M}-]*'s)\s+(?:(?:late|older|younger|elder|big|little|twin)\s+)?"
    r"(?P<kin>brother|sister|twin|mother|father|mum|mom|dad|grandmother|grandfather|grandma|grandpa|granny|grandson|"
    r"granddaughter|son|daughter)\s*,?\s*$"
)
# "his three sons, Boone, Lyle and ", "her daughters Ada and ": relatives in the plural, then the first names they are
# listed by, up to the one at hand (each of whom has the family name of whose relatives they are)
_KIN_LISTED = linear.compile(
    r"(?:^|[\s(])(?P<owner>[Hh]is|[Hh]er|\p{Lu}[\w\p{M}-]*'s)\s+(?:(?:two|three|four|five|six|seven|eight)\s+)?"
    r"(?:(?:older|younger|elder|twin)\s+)?(?P<kin>brothers|sisters|sons|daughters)\s*,?\s*"
    r"(?:\p{Lu}[\w\p{M}-]*\s*,\s*){0,6}(?:\p{Lu}[\w\p{M}-]*\s*,?\s+(?:and|&)\s+)?$"
)
# "The Vances ... the youngest, Cy,": one of a family the sentence named by its plural family name, by their age
_FAMILY_MEMBER = linear.compile(
    r"\b(?:the|their)\s+(?:youngest|eldest|oldest)(?:\s+(?:son|daughter|brother|sister|child|sibling))?\s*,\s*$"
)
_SIBLINGS = frozenset({"brother", "sister", "twin"})
# Family names that change with who bears them: patronymics (Einarsson, Sigurðardóttir: a child's is made from a
# parent's first name) and names with a woman's and a man's form (Nováková and Novák, Kowalska and Kowalski,
# Papadopoulou and Papadopoulos, Ivanova and Ivanov); folded
_FORMED_FAMILY_NAME = ("son", "dottir", "ova", "eva", "ovna", "evna", "ska", "ski", "sky", "aite", "yte", "iene",
                       "ou", "ina", "aya")  # fmt: skip
# Family names that open a name written family name first (Park Ji-woo, Wang Fang, Nguyen Van An), whose last word
# is then a given name; folded
_FAMILY_NAME_FIRST = frozenset({
    "kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin",
    "kwon", "hwang", "ahn", "song", "yoo", "hong", "jeon", "ko", "moon",
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo",
    "he", "lin", "gao", "luo", "zheng", "liang", "xie", "tang",
    "nguyen", "tran", "le", "pham", "hoang", "phan", "vu", "vo", "dang", "bui", "do", "ngo", "duong", "ly",
})  # fmt: skip
_PAIR_NEXT = linear.compile(r"[^.;!?]{0,60}\bthe\s+(?:two|pair)\b")
# Nouns that say a man or a woman, said of someone the page names ("the actress X", "a man called X"), and what the
# page then calls them (words used of either, as "actor", "chairman" or "host" often are, are left out)
_GENDERED_NOUNS = {
    **dict.fromkeys(
        _words("man gentleman boy frontman landlord businessman widower cantaor"),
        "himself",
    ),
    **dict.fromkeys(
        _words(
            "woman lady girl frontwoman landlady actress waitress hostess songstress chanteuse cantaora businesswoman "
            "widow"
        ),
        "herself",
    ),
}
_GENDERED_ALTERNATION = "|".join(sorted(_GENDERED_NOUNS, key=len, reverse=True))
# "a patient, bearded man called ", "the Chilean actress ", "a woman named ": right before the name
_GENDERED_BEFORE = linear.compile(
    rf"(?:^|[\s(])(?i:a|an|the)\s+(?:[\w-]+,?\s+){{0,3}}?(?P<noun>{_GENDERED_ALTERNATION})"
    r"(?:\s+(?:called|named)\s+|\s+)$"
)
# ", a retired landlady,", " plays herself": right after the name (an apposition that closes, or the reflexive of a
# part the name plays as themself)
_GENDERED_AFTER = linear.compile(
    rf"\s*,\s*(?:a|an|the)\s+(?:[a-z][\w-]*\s+){{0,2}}(?P<noun>{_GENDERED_ALTERNATION})\s*[,.;]"
    r"|\s+(?:plays|played|appears\s+as|appeared\s+as)\s+(?P<self>himself|herself)\b"
)
# "the Galway man", "the Lagos woman": what the page would call the one so described
_MAN_OR_WOMAN = {"man": "himself", "woman": "herself"}
_PRONOUN_SELF = {"she": "herself", "her": "herself", "he": "himself", "him": "himself"}
# Possessive words that own a relation without naming whose it is ("her uncle", not "Ana's uncle")
_OWNER_WORDS = frozenset({"my", "his", "her", "their", "our"})
# Whose relation, then what they are said to be or set off by a comma, right before a name: "her godfather is the
# veteran producer ", "his uncle, ", "Ana's sister was the singer "
_KIN_SELF_BEFORE = linear.compile(
    r"(?:^|[\s(])(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|\p{Lu}[\w\p{M}-]*'s)\s+(?:(?:late|older|younger|elder|big|little)\s+)?"
    rf"(?P<kin>{'|'.join(sorted(_KIN_SELVES, key=len, reverse=True))})"
    # ("his wife of fifty years, X": how long they have been so)
    r"(?:\s+of\s+(?:[a-z0-9][\w-]*\s+){1,2}(?:years|decades|months))?"
    # ("Declan's aunt, the formidable X": what the relative is like, after "the", in the apposition that names them)
    r"(?:\s*,\s*(?:the\s+(?:[a-z][\w-]*\s+){1,3})?|\s+(?:is|was)\s+(?:(?:the|a|an)\s+(?P<words>(?:[a-z][\w-]*\s+){1,4}))?)$"
)
# Words that may come between "was" and "a" in what someone is said to be ("was then a rapper")
_PREDICATE_ADVERBS = frozenset({"then", "once", "already", "still", "long", "briefly"})
# How much someone is of a place, said before it ("is proudly Welsh", "is very Texan")
_PLACED_ADVERBS = frozenset({"proudly", "fiercely", "very", "so", "thoroughly"})
# Words that may follow the role in what someone is said to be: the clause goes on about them, not the role
_AFTER_PREDICATE = frozenset({"with", "and", "but", "who", "from", "in", "at", "on", "when", "before", "until", "by"})
# What a band's lead singer is called (the page may have called them by a _SINGER_NOUNS word instead, "singer X").
_FRONT = frozenset({"frontman", "frontwoman"})
# Words that may stand before a name inside its phrase ("DJ", "Irish", "producer"), and at a clause start.
_BEFORE_A_NAME = _STOP | _TITLES | _NATIONS | NAME_PARTICLES | ROLE_NOUNS
# Nouns that tell what a member of the public is, capitalised before a name opening a sentence ("Student X was
# harsher", "Reporter X went to the market", "Backer X introduced them" in an update to a crowdfunding's backers), and
# what someone is in a group ("Member X plays a driver", as K-pop writing names a group's member): no word of the
# name. (Not read as descriptions of their own, as ``ROLE_NOUNS`` are: "X is a passenger" may be a part.)
_LAY_ROLES = _words(
    """
    student courier passenger shopper commuter pensioner resident listener trader teacher nurse reporter correspondent
    retiree tourist fisherman farmer
    backer supporter donor subscriber
    member bandmate
    """
)
# Prepositions that may open a sentence before a name ("Through Thiago, our winger, ..."), no word of it.
_OPENING_PREPOSITIONS = _words("through between among amongst behind across against beyond towards toward via amid")
_STOP_OR_ROLE = _STOP | ROLE_NOUNS | _LAY_ROLES | _OPENING_PREPOSITIONS
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that"})
# Words that open a time or place told before a sentence's subject ("At the party", "Later", "In 2020,")
_FRONTING = frozenset({"at", "in", "on", "during", "after", "before", "later", "earlier", "then", "soon", "since"})
_FRONTING_ALONE = frozenset({"later", "earlier", "then", "soon"})
# Words that make what stands before a name a clause of its own, not words that describe it ("The song is about the
# crossing X made"): a copula, or a preposition that takes an object
_NOT_DESCRIBING = frozenset({"is", "was", "are", "were", "be", "been", "about", "of", "for", "with", "into", "to"})
# How many mentions of a sentence are remembered for the next one (a sentence may hold thousands).
_LAST_NAMED = 16
# "That sound engineer, by the way, is X", "The soft-spoken producer from Lodz, if you haven't guessed, is X": who
# someone described is, told in a sentence of its own
_IDENTITY = linear.compile(
    r"^\W*(?:The|That|This|And\s+the|And\s+that)\s+(?P<words>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
    r"(?:\s+from\s+(?P<place>@\d+))?(?:\s*,\s*(?P<aside>[^,;.!?]{1,60}),)?\s+(?:is|was)\s+(?P<name>@\d+)"
    r"\s*(?:[,.;:!?]|\s+and\b|$)"
)
# The words before a place or a medium ("On France Inter", "at Abbey Road"): what stands after them is no person.
_WHERE_BEFORE = linear.compile(r"(?:^|\s)(?:[Oo]n|[Aa]t|[Ii]n)\s+(?:the\s+)?$")

# A claim the sentence tells as hearsay it does not vouch for: a rumour, myth or legend, what is "often said" or "was
# widely reported", a story that "circulates" ("Rumours that X plays the sheriff are wrong", "It was widely reported
# that X introduced them", "contrary to the claim that ..."). The claim is the that-clause, to the end of its own
# clause (a comma, semicolon or colon ends it: "contrary to the rumour that he was cut, X is in it too" tells X as
# fact). "The story goes that" and "reportedly" are the page's own telling, so no hearsay.
_HEARSAY = linear.compile(
    r"(?:\b(?i:rumou?rs?|myths?|legends?|misconceptions?|claims?"
    r"|(?:often|widely|commonly|long|frequently|falsely|wrongly|mistakenly)\s+(?:been\s+)?"
    r"(?:said|reported|claimed|assumed|believed|repeated|suggested|written)"
    r"|lore\s+has\s+it|circulat\w*(?:\s+[^,;:.!?\"]{1,60}?)?\s+(?:says?|said|claims?|claimed))(?:\s+[a-z]+){0,3}?"
    # ("I read on a fan forum that X introduced them", "X had heard that ...": what someone came across somewhere and
    # passes on, as a reader's question does; the that-clause straight after the verb or where it was read, not a
    # relative clause after an object: "I heard the demo that X made")
    r"|(?:\bI|@\d+)(?:\s+(?:have|had)|'ve|'d)?\s+(?:once\s+|always\s+|somewhere\s+)?(?:read|heard|was\s+told)"
    r"(?:\s+(?:on|in|at|from|online|somewhere)\b[^,;:.!?\"]{0,60}?)?)"
    r"\s+that\s+(?P<claim>[^,;:.!?\"]+)"
)
# "Myth one: the song was written on a trawler.", "Claim: X introduced the two singers.": a sentence that states a
# claim under such a label, to be weighed after it; the rest of the sentence is the claim.
_HEARSAY_LABEL = linear.compile(
    r"^\W*(?:Myths?|Claims?|Rumou?rs?|Legends?|Misconceptions?)"
    r"(?:\s+(?:number\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|#\d{1,2}))?"
    r"\s*:\s*(?P<claim>[^.!?\"]+)"
)
# "Rumours that X was in the video were true", "the claim that ... turned out to be right": hearsay borne out, told
# at the end of the claim's own clause
_BORNE_OUT = linear.compile(
    r"\s(?:is|are|was|were|turned\s+out(?:\s+to\s+be)?|proved(?:\s+to\s+be)?)\s+(?:[a-z]+ly\s+)?"
    r"(?:true|right|correct|accurate|confirmed)\s*$"
)
# "it was not X who introduced them", "It wasn't X who ...": a cleft that denies its subject did it (the span from the
# negation to the name holds the one denied; a correction after it, "but Y", is outside it)
_DENIED_CLEFT = linear.compile(
    r"\b(?i:it)\s+(?:was|is|had\s+been)\s*(?:not|n't)\s+(?:(?:the|a|an|his|her|their|@\d+'s)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}(?P<claim>@\d+)(?:\s*,\s*[^,;:.!?\"]{1,80}?,)?\s+(?:who|that)\s"
)

# "X, not Y, introduced them", "it was X, not the manager Y, who ...": the one denied, set off by commas
_DENIED_ASIDE = linear.compile(
    r",\s*not\s+(?:(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){0,3})?(?P<claim>@\d+)\s*,"
)
_NOT_DENYING = frozenset({"until", "till", "only", "just", "long", "least", "yet"})
# What someone reported, then set against another account or corrected in the same sentence: "X wrote that A plays
# the guide, but it is the other way round", "X reported that A introduced them at Y, while Z placed the meeting at W"
# (two tellings that disagree: the page vouches for neither in the first, so no fact is read from it). The claim is
# the that-clause up to the comma before "but", "while" or "whereas"; "but" counts only before a correction ("but
# it is the other way round", "but that is wrong", "but it got the year wrong"), "while"/"whereas" only before
# another teller's verb of placing or telling.
_REPORTED_AGAINST = linear.compile(
    r"\b(?:reported|wrote|writes|said|says|claimed|claims|printed|stated|had\s+it)\s+that\s+(?P<claim>[^,;:.!?\"]+)"
    r",\s+(?:but\s+(?:(?:it|that|this)\s+(?:is|was|'s)\s+(?:(?:the\s+)?other\s+way\s+(?:round|around)|wrong|"
    r"not\s+(?:so|true|right|correct|the\s+case)|a\s+mistake)"
    r"|(?:it|they|he|she|@\d+)\s+(?:got|had)\s+(?:it|that|this|the\s+[a-z]+)\s+wrong)"
    r"|(?:while|whereas)\s+(?:[a-z][\w'-]*\s+){0,3}?@\d+\s+(?:placed|places|put|puts|dated|dates|set|sets|"
    r"located|locates|reported|reports|wrote|writes|said|says|claimed|claims|had\s+it)\b)"
)

# "she still thinks she introduced us at a party", "He believes they met in Cork": what someone else believes, which
# the sentence does not vouch for (a third person's verb; "I think" is the teller's own hedge, and tells the fact)
_BELIEVED = linear.compile(
    r"@\d+\s+(?:(?:still|really|honestly|genuinely|firmly|wrongly|mistakenly|always)\s+){0,2}"
    r"(?:thinks|believes|is\s+convinced|is\s+sure|swears|imagines|assumes)(?:\s+that)?\s+(?P<claim>[^,;:.!?\"]+)"
)


def hearsay(skeleton: str) -> list[tuple[int, int]]:
    """Where a sentence's skeleton tells a claim as hearsay or denies who did something: the spans (skeleton offsets)
    of what no fact may be read from."""
    spans: list[tuple[int, int]] = []
    if ":" in skeleton:
        label = _HEARSAY_LABEL.match(skeleton)
        if label is not None:
            spans.append((label.start("claim"), label.end("claim")))
    if " that " in skeleton:
        for found in _HEARSAY.finditer(skeleton):
            if not _BORNE_OUT.search(found.group("claim")):
                spans.append((found.start("claim"), found.end("claim")))
        if ", " in skeleton:
            spans += [(found.start("claim"), found.end("claim")) for found in _REPORTED_AGAINST.finditer(skeleton)]
    if "s " in skeleton:
        spans += [(found.start("claim"), found.end("claim")) for found in _BELIEVED.finditer(skeleton)]
    if "not " in skeleton:
        spans += [(found.start("claim"), found.end("claim")) for found in _DENIED_ASIDE.finditer(skeleton)]
    if "t " in skeleton:
        spans += [
            (found.start(), found.end("claim"))
            for found in _DENIED_CLEFT.finditer(skeleton)
            # "it was not until June that X ...", "not only X": a time or a stress, no one denied
            if not _NOT_DENYING & set(found.group().lower().split())
        ]
    return spans


# A sentence that denies what the sentence before it told as a whole: "That is not what happened.", "That story is
# wrong.", "X has denied it.", "False." ("They did not." may deny only the clause before it: "X set them up, convinced
# they would fall in love. They did not.")
_DENIES = linear.compile(
    r"^\W*(?:(?:That|This|It|(?:That|This|The)\s+(?:story|claim|account|version))\s+(?:is|was|'s)\s+"
    r"(?:simply\s+|just\s+|also\s+)?(?:not\s+(?:(?:what|how)\s+(?:it\s+|really\s+|actually\s+)?(?:happened|went)"
    r"|true|so|the\s+case)|wrong|false|untrue|a\s+myth)\b"
    r"|@\d+\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+|always\s+|since\s+)?(?:denied|denies|deny)\s+"
    r"(?:it|this|that|so|the\s+(?:story|claim|rumou?r|account))\b"
    r"|(?:False|Untrue|Not\s+true|Wrong)\s*[.;:!]"
    # ("I would love to tell you I introduced them. I didn't.": the one said to have done it, saying they did not)
    r"|(?P<doer>@\d+)\s+(?:didn't|did\s+not|never\s+did|did\s+no\s+such\s+thing)\s*[.;:!])"
)


def denies(clause: Clause) -> bool:
    """Whether the sentence denies what the one before it told (see ``_DENIES``)."""
    found = _DENIES.search(clause.skeleton)
    doer = clause.mention(found.group("doer")) if found is not None else None
    # ("set the two of them up, convinced they would fall in love. They did not.": two who did not do what the
    # sentence before said they would, no denial of who brought them together)
    return found is not None and (doer is None or (doer.kind != "two" and doer.text.lower() not in ("they", "we")))


# "the star she replaces", "the party we threw for the launch": a subject pronoun right after a noun, then its verb (a
# relative clause without "who" or "that"; "the girl he'd left behind": its verb may be contracted onto the pronoun)
_CONTACT_CLAUSE = linear.compile(r"(?P<noun>[a-z][\w'-]*|@\d+)\s+(?P<pronoun>@\d+)(?:'(?:s|re|d|ll|ve|m))?\s+[a-z]")
_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "you"})
# ("a hitchhiker the driver picks up at a petrol station", "the song the label turned down"): the same relative clause
# with a noun of its own for subject, "the" and one word, then a verb in "-s" or "-ed" and more; read right after
# the head noun of the piece only, where nothing else of the sentence can stand ("a cop the week the film opens" has
# no verb after "the week")
_CONTACT_THE = linear.compile(
    r"^(?P<head>(?:a|an|the)\s+(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*)\s+the\s+[a-z][\w'-]*\s+[a-z]+(?:s|ed)(?:\s+[a-z]|\s*$)"
)


def before_contact_clause(clause: Clause, text: str, not_nouns: frozenset[str]) -> str:
    """``text`` (a piece of the clause's skeleton: a part, an occasion) without the relative clause that a subject
    pronoun opens right after its noun ("the star she replaces for one night" -> "the star"), as one opened by "who"
    ends it; ``not_nouns``: words before the pronoun that are no noun such a clause restricts."""
    found = _CONTACT_CLAUSE.search(text)
    if found is None:
        led = _CONTACT_THE.match(text)
        if led is None:
            return text
        head = led.group("head").split()
        # ("a nurse riding the last bus home", "a pilot carrying the band across": a participle takes "the" as its
        # object, whatever follows looks like a verb)
        if "the" in head[1:] or head[-1] in not_nouns | STOP_WORDS or head[-1].endswith("ing"):
            return text
        return str(led.group("head"))
    if found.group("noun").lower() in not_nouns:
        return text
    noun = clause.mention(found.group("noun")) if found.group("noun").startswith("@") else None
    if noun is not None and noun.kind != "description":
        return text  # "plays Rosa she ...": a name, not a noun a clause restricts
    mention = clause.mention(found.group("pronoun"))
    # ("they" may be read as two people the page named, still the pronoun)
    if mention is None or mention.kind not in ("pronoun", "two") or mention.text.lower() not in _SUBJECTS:
        return text
    return text[: found.start("pronoun")].rstrip()


Kind = Literal["name", "pronoun", "description", "two"]


@dataclass
class Mention:
    """A name, pronoun or description in a sentence, and who it means (``people``: one, or the two of a
    plural; empty when it means no one the page names)."""

    start: int
    end: int
    text: str
    kind: Kind
    people: tuple[str, ...] = ()
    # A capitalised phrase the page has not named before that reads as a person's full name.
    new: bool = False
    # "us" as one party (the speaker's band), when the clause treats it as one ("introduced us to X").
    party: str | None = None
    possessive: bool = False
    # A capitalised phrase that holds a description and a name with no telling where one ends ("the former All
    # Black Tane Rawiri"): no one, with a warning where a fact would have named them.
    unsure: bool = False
    # Its place among the sentence's mentions ("@3" is number 3).
    number: int = -1

    @property
    def person(self) -> str | None:
        return self.people[0] if len(self.people) == 1 else None


@dataclass
class Clause:
    """A sentence as its skeleton and mentions; offsets are in ``text``."""

    text: str
    skeleton: str
    mentions: list[Mention]
    # Where each mention's "@N" starts in the skeleton.
    starts: list[int] = field(default_factory=list)
    # Skeleton offsets where the shift to text offsets changes, and the shift from there on.
    _at: list[int] = field(default_factory=list)
    _shift: list[int] = field(default_factory=list)
    # Whom the text was about before this sentence (what "he" or "she" with no one named before means).
    focus: str | None = None
    # The people (and bands) the sentence before named, in order.
    previous: tuple[str, ...] = ()
    # The sentence before the one before this (whose people ``previous`` does not hold).
    earlier: Clause | None = field(default=None, compare=False, repr=False)
    # The last two people the text named together before this sentence ("A and B", "the two singers").
    pair: tuple[str, str] | None = None
    # In a quote, the one its speaker speaks with or of (an interview's other guest), when known.
    counterpart: str | None = None
    # Whom the sentence before meant by an object "him" or "her" (by the word, "herself"), someone other than its
    # subject: whom the same object pronoun here may go on meaning.
    called: tuple[tuple[str, str], ...] = ()
    # The word ("herself") of a "he" or "she" the sentence before opened on as its subject without saying whom it
    # means: whom a pronoun here may go on meaning, rather than anyone that sentence named.
    unnamed_before: str | None = None
    # For a question, the sentence right after it in its paragraph, which may answer it ("That guitarist? X.").
    answer: Clause | None = None
    # For a sentence that may tell an introduction, one a few sentences before it in its paragraph that told two
    # first meeting ("A and B met at a wedding in Cobh. ... It was X who introduced them"), none telling one between.
    met: Clause | None = None
    # The text spans of the claims the sentence tells as hearsay or denies, once asked for.
    _hearsay: list[tuple[int, int]] | None = field(default=None, compare=False, repr=False)

    def hearsay_at(self, offset: int) -> bool:
        """Whether ``text[offset]`` is inside a claim the sentence tells as hearsay or denies (see ``hearsay``)."""
        if self._hearsay is None:
            self._hearsay = [(self.at(start), self.at(end)) for start, end in hearsay(self.skeleton)]
        return any(start <= offset < end for start, end in self._hearsay)

    def mention(self, group: str | None) -> Mention | None:
        """The mention a pattern's group captured ("@3")."""
        if not group or not group.startswith("@"):
            return None
        return self.mentions[int(group[1:])]

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions that overlap ``text[start:end]`` (the words of a title, say)."""
        return [m for m in self.mentions if m.start < end and m.end > start]

    def words(self, fragment: str) -> str:
        """A piece of the skeleton written back with the mentions' own words."""
        if "@" not in fragment:
            return fragment
        pieces: list[str] = []
        end = 0
        for match in MENTION.finditer(fragment):
            pieces += [fragment[end : match.start()], self.mentions[int(match.group(1))].text]
            end = match.end()
        pieces.append(fragment[end:])
        return "".join(pieces)

    def at(self, skeleton_offset: int) -> int:
        """The offset in ``text`` of a skeleton offset (the start of the mention or word there)."""
        index = bisect_right(self._at, skeleton_offset)
        shift = self._shift[index - 1] if index else 0
        return max(0, min(len(self.text), skeleton_offset + shift))


@dataclass
class Discourse:
    """Who the text is about as it goes on: the last person a sentence was about (for "he", "she"), the last
    two named together (for "they", "the two"), and in a quote its speaker (for "I") and who "we" are."""

    people: People
    focus: str | None = None
    pair: tuple[str, str] | None = None
    speaker: str | None = None
    counterpart: str | None = None
    party: str | None = None
    # Full names the text has used that are not yet the page's people, by each of their words, so that
    # "Lindqvist" later in the sentence means the "Abe Lindqvist" just named.
    newcomers: dict[str, list[str]] = field(default_factory=dict)
    # Those full names by each shortening of their first word (two at most), for a nickname told as one.
    _new_shortenings: dict[str, list[str]] = field(default_factory=dict)
    # The people the last sentence named (for a pronoun whose person this sentence does not name).
    last_named: tuple[str, ...] = ()
    # Others its pronouns meant ("She wrote it with A, and B produced it": she is a third one besides the two named)
    last_also_meant: tuple[str, ...] = ()
    # The role a plural gave the names listed after it ("the singers A and B"), and the token after the last.
    _listing: tuple[str, int] | None = None
    # In a quote, the speaker and the one they named themselves with ("Jess and I"): whom "we" and "us" mean
    # from there on, as the speaker has just said.
    said_pair: tuple[str, str] | None = None
    # Whom the quote just read called "he" or "she" (someone other than its speaker), until the next sentence.
    quoted: tuple[str, ...] = ()
    # The words ("herself") of a "he" or "she" in the quote just read that meant someone other than its speaker whom it
    # did not say, until the next sentence.
    quoted_unsaid: tuple[str, ...] = ()
    # The subject pronouns ("he") of the sentence just read that were left meaning no one sure, each with whom the
    # text was about then (the one they might have meant), until the next sentence.
    unsure_subjects: frozenset[tuple[str, str | None]] = frozenset()
    # The words ("himself") of a "his" (or "her") of the sentence just read that meant no one sure, until the next.
    unsure_whose: frozenset[str] = frozenset()
    # The one person the text was about before the focus: whom "she" means when the focus is a "he" and no one
    # nearer may be meant ("A wrote it. B produced it in his studio. ... she said" is A).
    earlier: str | None = None
    # Whether the text has told of the director of a work other than the video ("the film's director")
    other_director: bool = False
    # Whom the last sentence's "him" or "her" meant (by the word "himself" or "herself"): when someone other than
    # its subject, whom a "his" or "her" opening the next sentence may go on meaning.
    called: tuple[tuple[str, str], ...] = ()
    # When the sentence before named one person besides the pair and "him" or "her" as their verb's object ("A has
    # known her for years"): that person and whom the pronoun meant (None when not known), the two it was about.
    one_and_other: tuple[str, str | None] | None = None
    # The last sentence read (which may deny what the one before it told: "X has denied it.")
    last_read: Clause | None = None
    read_before: Clause | None = None
    # The people the sentence before the last one named (``last_named`` one sentence further back), and for each of
    # the two, whether it named someone new to the page besides them (who is not in either).
    named_before: tuple[str, ...] = ()
    _newcomers_named: tuple[bool, bool] = (False, False)
    # Whom the sentence before the last one opened on by name as its subject (see ``_opened_on``), if anyone.
    earlier_opened: str | None = None
    # The focus, when the sentence before was about its subject and named everyone else only in a relative clause or
    # aside set off inside the subject ("X, who had connected her with Y, is modest about it."): whom a "he" or "she"
    # opening the next sentence goes on meaning, though the aside called someone else so.
    subject_over_aside: str | None = None
    # Whom a "he" or "she" of the sentence read last meant as the one the writer is with ("she tells me"), when it
    # names no one: whom the text is about from there on
    interviewed: str | None = None
    # One-word names seen inside a sentence ("they were Hana and Dodo"): a nickname, not a
    # word that only opens a sentence ("Nothing did.")
    _names_seen: set[str] = field(default_factory=set)
    # Whether the sentence read last opened on such a name as its subject ("My learner Dariusz played it"): a "he" of
    # the narration after it may be them, not the page's artist the writer is with
    _unknown_opened: bool = False
    # The word ("herself") of a "he" or "she" the sentence read last opened on as its subject, meaning no one sure.
    unnamed_opening: str | None = None

    def quoting(self, speaker: str | None, counterpart: str | None, party: str | None) -> Discourse:
        return Discourse(self.people, speaker, self.pair, speaker, counterpart, party, self.newcomers)

    def read(self, text: str) -> Clause:
        nicknames: list[tuple[int, str]] = []
        if "'" in text or '"' in text:
            text, nicknames = _without_nicknames(text)
        if " call" in text:
            called = _CALLED_SO.match(text)
            if called is not None:
                self._note_called(called.group("nick"), called.group("pronoun").lower())
        if "director" in text and _OTHER_DIRECTOR.search(text):
            self.other_director = True
        tokens = [(start, end, text[start:end]) for start, end in _TOKEN.spans(text)]
        mentions: list[Mention] = []
        self._listing = None
        # Where "his" (and "her" before a relation) stands: no mention, but what it says of whom it means
        # ("himself") is worth learning.
        his: list[tuple[int, str]] = []
        # Where "her cousin", "his manager" stand for someone the page does not name: a "his" after one is theirs
        unnamed: list[int] = []
        index = 0
        # (a run of capitalised words ends at a line break: where the run read last ends, for the words after the break)
        lines = "\n" in text
        run_end = -1
        while index < len(tokens):
            start, end, word = tokens[index]
            lower = word.lower()
            following = tokens[index + 1][2].lower() if index + 1 < len(tokens) else ""
            if lower in ("his", "her", "their") and following in _OWN_BAND:
                band = self._own_band(mentions)
                if band is not None:
                    end = tokens[index + 1][1]
                    mentions.append(Mention(start, end, text[start:end], "description", (band,)))
                    index += 2
                    continue
            if (
                lower in ("her", "his")
                and following.isalpha()
                and following.islower()
                and owned_by_unnamed(text[:start])
            ):
                # "It follows a girl and her grandmother": the girl's, whom the page does not name; it says nothing
                # of anyone the page names
                index += 2
                continue
            if lower == "his":
                his.append((start, "himself"))
            if (
                lower in ("her", "his")
                and index + 1 < len(tokens)
                and (relative := self._relative(tokens[index + 1][2].lower(), lower)) is not None
                and not (index + 2 < len(tokens) and _capital(tokens[index + 2][2]))
                and not (index + 3 < len(tokens) and tokens[index + 2][2] == "," and _capital(tokens[index + 3][2]))
            ):
                # "Her cousin shared ...": the one the page said is a cousin of whom the text is about (not "her
                # cousin, X" nor "her cousin X", which name whom they mean; "her cousin, to his credit," is an aside)
                end = tokens[index + 1][1]
                mentions.append(Mention(start, end, text[start:end], "description", (relative,)))
                index += 2
                continue
            if lower == "her" and _relation_after(tokens, index + 1):
                # "her cousin, Fiona Munro", "by her manager": whose cousin, as "his" would be, not a party of
                # the sentence (the relation itself is someone when the page has called someone that)
                his.append((start, "herself"))
                described = self._description(tokens, index, text)
                if described is not None:
                    mention, index = described
                    mentions.append(mention)
                else:
                    unnamed.append(start)
                    index += 1
                    if _capital(tokens[index][2]):
                        index += 1  # "her Erasmus roommate": the word before the relation is no one's name
                continue
            if lower in _PRONOUNS:
                mentions.append(self._pronoun(start, end, word, lower))
                index += 1
                continue
            if (lower.endswith("'d") and lower[:-2] in _PRONOUNS) or lower == "i'm":
                # "to whom she'd been introduced", "I'm in it as a nurse": the pronoun of a contraction ("'d", "'m"
                # stay in the skeleton)
                mentions.append(self._pronoun(start, end - 2, word[:-2], lower[:-2]))
                index += 1
                continue
            if lower == "both" and _plural_noun(following):
                # "both singers": the two, as "the two singers" is
                mentions.append(self._plural(start, tokens[index + 1][1], text[start : tokens[index + 1][1]]))
                index += 2
                continue
            if (
                lower in ("the", "these", "those")
                and index + 1 < len(tokens)
                and tokens[index + 1][2].lower() in ("two", "pair")
                # ("these two records": two things pointed at, not the two people)
                and (lower == "the" or not _things_after(tokens, index + 2))
            ):
                last = index + 1
                # "the two singers", "the pair of them": one plural ("these two", "those two": the same, pointed at)
                if last + 1 < len(tokens) and (
                    _plural_noun(tokens[last + 1][2].lower())
                    or tokens[last + 1][2].lower() in _GENDERED
                    # ("the two part-timers", "the two first-timers": a compound plural for what people are, by its
                    # ending; a plain one, "the two sailors", may be a part the two play, read as before)
                    or (
                        "-" in tokens[last + 1][2]
                        and _plural_people(tokens[last + 1][2].replace("-", "").capitalize())
                        and tokens[last + 1][2].islower()
                    )
                ):
                    last += 1
                elif [t[2].lower() for t in tokens[last + 1 : last + 3]] == ["of", "them"]:
                    last += 2
                mentions.append(self._plural(start, tokens[last][1], text[start : tokens[last][1]]))
                index = last + 1
                continue
            if (
                lower == "the"
                and index + 1 < len(tokens)
                and tokens[index + 1][2].islower()
                and _plural_noun(tokens[index + 1][2])
                and _performers(tokens[index + 1][2])
                and not (index + 2 < len(tokens) and _capital(tokens[index + 2][2]))
                # ("A and B play the musicians in the band": after a verb of playing a part, the part, no one)
                and not (index and tokens[index - 1][2].lower() in _PLAYING_A_PART)
            ):
                # "The singers were introduced by ...": the two performers, as "the two singers" are (not "the
                # singers Bayo and Ire", a description of the names after it)
                mentions.append(self._plural(start, tokens[index + 1][1], text[start : tokens[index + 1][1]]))
                index += 2
                continue
            if (
                lower == "the"
                and following in _DEMONYM_NOUNS
                and index + 2 < len(tokens)
                and _capital(tokens[index + 1][2])
                and _capital(tokens[index + 2][2])
                and tokens[index + 2][2].lower() not in _STOP
                # (a city's noun with one word after it is the start of a title: "the Berliner Zeitung")
                and (
                    _DEMONYMS[following] in _NATIONS
                    or (index + 3 < len(tokens) and _capital(tokens[index + 3][2]))
                    or self.people.mention(tokens[index + 2][2]) is not None
                )
            ):
                # "the Dutchman Henrik Berg": a noun for someone of a place, before the name it describes (as "the
                # Dutch producer" would be), is no word of the name
                index += 2
                continue
            if (
                lower == "the"
                and "-" in following
                and all(part in _NATIONS for part in following.split("-"))
                and index + 3 < len(tokens)
                and _capital(tokens[index + 2][2])
                and _capital(tokens[index + 3][2])
                and tokens[index + 2][2].lower() not in _STOP
            ):
                # "the British-Ghanaian Kojo Mensah": a nationality of two nations joined, before the name it
                # describes, is no word of the name (as "the Dutchman" is not)
                index += 2
                continue
            if (
                lower == "the"
                # ("the Corsican": a region's adjective standing as its noun, as a nation's does)
                and (following in _DEMONYMS or following.endswith(("an", "ese")))
                and (demonym := self._demonym(tokens, index, text))
            ):
                mentions.append(demonym)
                index += 2
                continue
            if lower in ("the", "our", "my", "their", "his"):
                described = self._description(tokens, index, text)
                if described is None and lower == "the":
                    described = self._gendered_focus(tokens, index, text)
                if described is not None:
                    mention, index = described
                    mentions.append(mention)
                    continue
                if lower == "his" and _relation_after(tokens, index + 1):
                    unnamed.append(start)
            if word in _FORMATS or "&" in word:
                index += 1  # "a Reddit AMA", "the A&R executive": no one's name
                continue
            if (
                lower in _COMPASS
                and index + 1 < len(tokens)
                and tokens[index + 1][2].lower() in _NATIONS
                and index > 0
                and tokens[index - 1][2].lower() in ("the", "a", "an")
            ):
                index += 1  # "the South Korean director X": a part of a nationality, as the nationality is no name
                continue
            if (
                _capital(word)
                or _numbered_word(word)  # "1LIVE"
                or (lower in NAME_PARTICLES and index + 1 < len(tokens) and _capital(tokens[index + 1][2]))
                # "Castellanos and de la Fontaine": a surname of two particles and a capitalised word
                or (
                    lower in NAME_PARTICLES
                    and index + 2 < len(tokens)
                    and tokens[index + 1][2].lower() in NAME_PARTICLES
                    and _capital(tokens[index + 2][2])
                )
            ):
                if lines and index < run_end:
                    group = run_end  # the rest of a run of capitalised words cut at a line break (found once)
                else:
                    group = run_end = _group_end(tokens, index, self.people.mention, self.people.members)
                if lines:
                    group = _line_end(text, tokens, index, group)
                stop = _after_owner(tokens, index, self._one_of_two(tokens, index, group), self._named_in_full)
                quoted = start > 0 and text[start - 1] in "'\""
                named = None if quoted else self._name(tokens, index, stop, text)
                if (
                    named is not None
                    and named.person is None
                    and stop + 1 < len(tokens)
                    and (
                        (_agent_noun(tokens[stop][2]) and _capital(tokens[stop + 1][2]))
                        # ("the London mix engineer X", "the Lagos session drummer X": a word of the trade before the
                        # role)
                        or (
                            stop + 2 < len(tokens)
                            and tokens[stop][2].isalpha()
                            and tokens[stop][2].islower()
                            and tokens[stop][2] not in _STOP
                            and tokens[stop + 1][2] in ROLE_NOUNS
                            and _capital(tokens[stop + 2][2])
                        )
                    )
                ):
                    # "the Istanbul violinist Deniz Aksoy", "the BBC producer Helen Tait", "former Olympic fencer X": a
                    # description
                    named = None
                if named is not None:
                    self._note_description(tokens, index, named)
                    self._note_apposition(tokens, stop, named)
                    self._note_predicate(tokens, index, stop, named)
                    self._note_playing(tokens, stop, named)
                    self._note_on_instrument(tokens, stop, named)
                    self._note_from(tokens, index, stop, named)
                    if stop == index + 1 and named.person is None and not named.possessive:
                        self._note_kin_first_name(text, named, mentions)
                    self._note_kin_self(text, named)
                    self._note_gendered_noun(text, named)
                    mentions.append(named)
                index = stop
                continue
            index += 1
        names = iter(m for m in mentions if m.kind == "name")
        holder: Mention | None = next(names, None)
        for at, nickname in nicknames:  # both in order of where they stand: one walk, however many
            while holder is not None and holder.end <= at:
                holder = next(names, None)
            if holder is not None and holder.start < at:
                self._note_nickname(holder, nickname)
        if " to " in text:
            self._note_known_to(text, mentions)
        if "(" in text:
            self._note_named_in_brackets(text, mentions)
            self._note_same_in_brackets(text, mentions)
        focus = self.focus
        pair = self.pair
        objects_before = self.called
        self._refer(text, mentions, his, unnamed)
        clause = _clause(text, mentions)
        if " call" in text or " is " in text or " as " in text or _BEEN_NICK_HINT.search(text):
            self._note_calls(clause)
        if " - " in clause.skeleton and "'s " in clause.skeleton:
            self._note_kin_word(clause)
        clause.focus = focus
        clause.previous = self.last_named
        clause.earlier = self.read_before
        clause.pair = pair
        clause.counterpart = self.counterpart
        clause.called = objects_before
        clause.unnamed_before = self.unnamed_opening
        return clause

    def after(self, clause: Clause) -> None:
        """Moves the focus to whom the sentence was about: the one person it named, else no one (with two or
        more, "he" or "she" in the next sentence could mean either)."""
        if " are " in clause.skeleton:
            self._note_kin(clause)
        if " husband" in clause.skeleton or " wife" in clause.skeleton:
            self._note_spouse(clause)
        if " is " in clause.skeleton or " was " in clause.skeleton:
            self._note_identity(clause)
        if _aside_in_brackets(clause.text):
            # "She said it twice. (Huw counted twelve.) She ...": a sentence set in brackets is the teller's aside;
            # the text goes on about whom it was about before it
            return
        previous = self.focus
        last_named, named_before = self.last_named, self.named_before
        self._move_focus(clause)
        contrast = _BUT_SUBJECT_LAST.search(clause.skeleton) if ", but " in clause.skeleton else None
        if (
            contrast is not None
            and contrast.group("number") == "1"
            and self.focus in (None, clause.mentions[0].person)
            and _OPENS_ON_FIRST.match(clause.skeleton)
        ):
            # "A died in 2009, but her daughter, B, remembers the evening.": a last clause set against the first with
            # a subject of its own is what the text goes on about (the "she" after it is B)
            other = clause.mentions[int(contrast.group("number"))]
            # (a new full name so told is a person of the page from then on)
            if (
                other.kind == "name"
                and not other.possessive
                and (other.person or (other.new and " " in squash(other.text)))
                and other.person != self.focus
            ):
                self._adopt(other)
                self.focus = other.person
                self.subject_over_aside = self.focus
        said = _SAYS_LAST.search(clause.skeleton) if ", and " in clause.skeleton else None
        if said is not None and self.focus is not None:
            number = int(said.group("number"))
            teller = clause.mentions[number]
            if (
                teller.kind == "name"
                and not teller.possessive
                and teller.person not in (None, self.focus)
                and not any(m.kind in ("name", "description") for m in clause.mentions[number + 1 :])
            ):
                # "X brought the two together, and Y says it took her four bars": the one telling of it, named last
                # as the subject of their own clause, is whom a "she" after it goes on about, not X
                self.focus = teller.person
        kin_last = _KIN_SUBJECT_LAST.search(clause.skeleton) if ", and " in clause.skeleton else None
        kin_named = _KIN_NAMED.search(clause.skeleton[: kin_last.start()]) if kin_last is not None else None
        if (
            kin_last is not None
            and kin_named is not None
            and kin_named.group("kin") == kin_last.group("kin")
            and kin_named.group("owner").lower() == kin_last.group("owner").lower()
            and kin_last.group("kin") in _RELATIVES
        ):
            relative = clause.mentions[int(kin_named.group("named"))]
            if (
                relative.kind == "name"
                and not relative.possessive
                and (relative.person or (relative.new and " " in squash(relative.text)))
            ):
                # "A was introduced to B by her aunt, C, ..., and her aunt will tell anyone how it went": the relation
                # named in apposition, told again as the subject of the clause the sentence ends on, is whom a "she"
                # after it goes on about (a new full name so told is a person of the page from then on)
                self._adopt(relative)
                self.focus = relative.person
        self._names_seen.update(
            fold(m.text.removesuffix("'s"))
            for m in clause.mentions
            if m.kind == "name" and m.start and " " not in m.text
        )
        if previous is not None and self.focus != previous:
            self.earlier = previous
        # (the sentence read last becomes the one before it: whom it opened on, checked while it is still the last)
        opening = self.last_read.mentions[0].person if self.last_read is not None and self.last_read.mentions else None
        self.earlier_opened = opening if opening is not None and self._opened_on(opening) else None
        self.read_before, self.last_read = self.last_read, clause
        self.named_before = last_named
        newcomers = self._newcomers_named
        self._newcomers_named = (
            any(m.kind == "name" and m.new and not m.person for m in clause.mentions),
            newcomers[0],
        )
        if (
            self.focus is not None
            and self.earlier not in (None, self.focus)
            and last_named == (self.focus,)
            and named_before == (self.earlier,)
            and newcomers == (False, False)
            and not any(m.person or m.kind == "name" for m in clause.mentions)
            and _NEITHER.match(clause.skeleton)
            and not {self.focus, self.earlier} & set(self.people.groups())
        ):
            # "A takes a job in Oslo. B plays in a band. Neither has heard of the other.": the two the last two
            # sentences were about, each named alone, are the two "them" means from there on
            self.pair = (str(self.earlier), self.focus)

    def _move_focus(self, clause: Clause) -> None:
        self.subject_over_aside = None
        self._unknown_opened = False
        opening = clause.mentions[0] if clause.mentions else None
        self.unnamed_opening = (
            _SELVES[opening.text.lower()]
            if opening is not None
            and opening.kind == "pronoun"
            and opening.text.lower() in ("he", "she")
            and not opening.people
            and _PRONOUN_SUBJECT.match(clause.skeleton)
            else None
        )
        interviewed, self.interviewed = self.interviewed, None
        last: list[str] = []
        for mention in clause.mentions[:_LAST_NAMED]:
            if mention.kind in ("name", "description") and mention.person and mention.person not in last:
                last.append(mention.person)
        self.last_named = tuple(last)
        self.last_also_meant = tuple(
            m.person
            for m in clause.mentions[:_LAST_NAMED]
            if m.kind == "pronoun" and m.person and m.person not in last and not m.possessive
        )
        self.one_and_other = None
        objects = [
            m
            for m in clause.mentions[:_LAST_NAMED]
            if m.kind == "pronoun"
            and m.text.lower() in ("him", "her")
            and _OBJECT_PRONOUN.match(clause.text[m.start : m.start + 40])
        ]
        if len(last) == 1 and len(objects) == 1 and objects[0].person != last[0]:
            self.one_and_other = (last[0], objects[0].person)
        self.quoted = ()
        self.quoted_unsaid = ()
        # "The Oslo-born singer remembers it well. She said ...": a description names whom the text is about too
        # ("X (Priya's older brother, and a legend) is the reason ...": whom an aside in brackets names is not whom
        # the sentence is about)
        bracketed = [(m.start(), m.end()) for m in _BRACKETS.finditer(clause.text)] if "(" in clause.text else []
        named = {
            m.person
            for m in clause.mentions
            if m.person is not None
            and (
                m.kind == "name"
                or (m.kind == "description" and (not clause.text[: m.start].strip() or _after_fronted(clause, m)))
            )
            and not (bracketed and _within(bracketed, m.start))
        }
        apposed = self._apposed_relation(clause) if "'s " in clause.skeleton else None
        if apposed is not None:
            # "The matchmaker? Kenji's flatmate at the time, Aoife Gallagher.": about the relation, not its owner
            named.discard(apposed[0])
            # ("X is A's cousin and was B's stylist": each owner of a relation X is, not whom it is about)
            named -= {
                str(m.person)
                for m in clause.mentions[:_LAST_NAMED]
                if m.possessive and m.person != apposed[1] and _relation_owned(clause.text, m.end)
            }
            named.add(apposed[1])
            found = _APPOSED_SUBJECT.match(clause.skeleton) if len(named) > 1 else None
            if found is not None and clause.mentions[int(found.group("named"))].person == apposed[1]:
                self.focus = apposed[1]
                if not _names_after(clause, found.end()):
                    self.subject_over_aside = apposed[1]
                return
        presented = self._presented_newcomer(clause)
        if presented is not None:
            self.focus = presented
            return
        kin = _KIN_APPOSED_SUBJECT.match(clause.skeleton)
        if kin is not None:
            one = clause.mentions[int(kin.group("named"))]
            if (
                one.kind == "name"
                and not one.possessive
                and (one.person or (one.new and " " in squash(one.text)))
                # (anyone else of the page it names only as whose something is: "lives with Joaquín's family")
                and all(m is one or m.possessive or not m.people for m in clause.mentions[:_LAST_NAMED])
            ):
                # "Their youngest daughter, Doña X, the cousins' great-aunt, is eighty-seven": about X, whose relation
                # to someone the text has named opens the sentence (a new full name so told is a person of the page)
                self._adopt(one)
                self.focus = one.person
                return
        opener = clause.mentions[0] if clause.mentions else None
        if (
            opener is not None
            and any(m.kind == "name" and (m.person or m.new) for m in clause.mentions[1:])
            and opener.kind == "name"
            and not opener.people
            and not opener.new
            and not opener.possessive
            and " " not in squash(opener.text)
            and not clause.text[: opener.start].strip(_OPENING_MARKS)
            and fold(squash(opener.text)) not in COUNTRIES
            and _PASSIVE_BY.match(clause.text[opener.end :]) is not None
        ):
            # "Bartek was introduced to me by my flatmate, X, at her party. ... He was standing there": the sentence is
            # about its subject, a one-word name the page has made no one's (a pet name, perhaps), not whom the
            # by-phrase names; a "he" after it may mean either: not sure
            self.focus = None
            return
        if (
            len(named) == 1
            and self.focus not in (None, *named)
            and all(_in_subject_phrase(clause.text, m) for m in clause.mentions if m.person in named)
        ):
            # "The connection to X happened through her label.": about the connection, X named only inside its
            # phrase; a "her" after it may mean X as well as the one the text was about: not sure
            self.focus = None
            return
        if len(named) == 1 and _owner_in_subject(clause, named):
            # "The bartender at X's wedding is the real hero. He ...": about the one its subject describes by something
            # of X's, not X, whom a "he" after it may mean as well: not sure
            self.focus = None
            return
        if not named:
            # "The session bassist, Cy Dorn, joined later. He ...": a new full name, when the sentence names no one
            # of the page, is whom it is about
            # (not the object of a preposition or an article's noun: "talking to the Loose Change podcast")
            named = {
                squash(m.text)
                for m in clause.mentions
                if m.kind == "name"
                and m.new
                and not m.possessive
                and (
                    not _PLACED_NAME.search(clause.text[max(0, m.start - 8) : m.start])
                    # ("For X, a mother of three in Leeds, it has become ...": whom the sentence opens on as the one it
                    # is so for, described as someone after a comma, is whom it is about)
                    or (_FOR_OPENING.match(clause.text[: m.start]) and _DESCRIBED_AFTER.match(clause.text, m.end))
                    # ("an interview made in 1964 with X (1899-1987)": a full name with a lifespan after it is a
                    # person's, whatever word before it)
                    or _lifespan_after(clause.text, m.end)
                )
                # ("on the radio show Highlife Hour": a title, after what it is)
                and _word_before(clause.text, m.start) not in _TITLED_BY | _PRINTED
                and not _before_fronted_subject(clause, m)
            }
            if named and _OTHER_SUBJECT_LAST.search(clause.skeleton):
                # "X offered to replace them himself; the lender declined.": the clause the sentence ends on is about
                # someone it only describes, whom a "she" after it may mean as well as X: not sure
                self.focus = None
                return
        owned = bool(clause.mentions) and _WRITERS_OWN.match(clause.text[: clause.mentions[0].start]) is not None
        if (
            not named
            # ("My learner Dariusz played it on his phone": his own, so the "his" says nothing of anyone else)
            and (owned or _says_no_one_else(clause))
            and _unknown_opening(clause.text, clause.mentions, self._names_seen)
        ):
            self._unknown_opened = True
            # "Dodo went in with a recorder.": about one the page called by a name it has made no one's (a nickname,
            # perhaps), whom a "he" after it may mean as well as the one the text was about: not sure
            self.focus = None
            return
        if not named and interviewed is not None:
            self.focus = interviewed
            return
        first = clause.mentions[0] if clause.mentions else None
        if (
            not named
            and self.focus is None
            and first is not None
            and first.kind == "pronoun"
            and first.text.lower() in ("he", "she")
            and len(first.people) == 1
            and not clause.text[: first.start].strip()
        ):
            # "I introduced Daze to Tobias. He listened twice.": a "he" opening a sentence that names no one, sure of
            # whom it means where the text was about no one sure, is whom the text is about from there on
            self.focus = first.people[0]
            return
        if not named and _opens_with_relation(clause) and not self._other_sex_relative(clause):
            # "Her cousin, to his credit, took it well.": about someone the page does not name, not whom it was about
            self.focus = None
            return
        opening = clause.mentions[0] if clause.mentions else None
        if (
            named
            and opening is not None
            and opening.kind == "pronoun"
            and len(opening.people) == 1
            and opening.text.lower() in ("he", "she")
            and _PRONOUN_SUBJECT.match(clause.skeleton)
        ):
            # "She was introduced to X by her aunt, Y.": whom the sentence is about is its subject, the one "she"
            # means, not the others it names
            self.focus = opening.people[0]
            joined = _JOINED_SUBJECT.search(clause.skeleton)
            other = clause.mentions[int(joined.group("number"))] if joined is not None else None
            if other is not None and other.kind == "name" and other.person not in (None, self.focus):
                # "She sang a lullaby, and the judge X stopped her": a joined clause with a subject of its own, who
                # acts on the first, is whom the next "she" may mean as well: not sure
                self.focus = None
            return
        if self._introduced_again(clause):
            # "A had been sending demos for years. X finally introduced her to B. She told ...": the one the text was
            # about, told again only by the object pronoun of the introduction, is still whom it is about (not X, who
            # is new, nor B, whom she met)
            return
        # "Gil Moss, who manages Bell, finally fixed that.": a new full name opening the sentence, then a relative
        # clause or short aside naming someone of the page, then its verb: the sentence is about the new name
        newly = (
            opening is not None
            and opening.kind == "name"
            and opening.new
            and not opening.possessive
            and not opening.people
            and " " in squash(opening.text)
        )
        if len(named) > 1 and "'s " in clause.skeleton and _WHOSE_DOING.match(clause.skeleton):
            # "Claes, in turn, was Vermeulen's doing.": the subject is what the other one did, so a "she" after it may
            # as well mean the one who did it as the one it was done for: about neither for sure
            self.focus = None
            return
        subject = _subject(clause) if len(named) > 1 or (named and newly) else None
        if subject is None and len(named) > 1 and ", which " in clause.skeleton:
            subject = _object_which(clause)
        described = self._described_subject(clause) if " who" in clause.skeleton else None
        if subject is None and len(named) > 1 and (" how " in clause.skeleton or " why " in clause.skeleton):
            # "Joost is also how Yannick ended up on it": the one said to be how (or why) someone else did something
            subject = _IS_HOW.match(clause.skeleton)
        account = _ACCOUNT_LAST.search(clause.skeleton) if "'s " in clause.skeleton else None
        if (
            account is None
            and "'s " in clause.skeleton
            and clause.mentions
            and clause.mentions[0].person in self.people.groups()
        ):
            account = _BAND_STORY_TOLD_BY.match(clause.skeleton)
        if account is not None and clause.mentions[int(account.group("number"))].person is not None:
            self.focus = clause.mentions[int(account.group("number"))].person
        elif (
            (subject is not None or (len(named) > 1 and _REPORTING.match(clause.skeleton)))
            and clause.mentions[0].kind == "name"
            and (clause.mentions[0].person or (subject is not None and newly))
        ):
            # ("X told Poland's Y that they owed everything to Z, ...": reported speech is about its teller, whatever
            # the that-clause names)
            # "Ellison, whom Rasmussen had introduced to Crane, sent her vocal from Perth": about Ellison
            self._adopt(clause.mentions[0])
            self.focus = clause.mentions[0].person
            if subject is not None and not _names_after(clause, subject.end()):
                self.subject_over_aside = self.focus
        elif described is not None:
            self.focus = described
        elif (
            len(named) > 1
            and (cleft := _CLEFT.match(clause.skeleton) or _JOINED_CLEFT.match(clause.skeleton)) is not None
            and (clefted := clause.mentions[int(cleft.group("number"))]).kind == "name"
            and not clefted.possessive
            and (clefted.person in named or (clefted.new and " " in squash(clefted.text)))
        ):
            # ("It was Bell's widow, Eda Fenn, who ...": a new full name so told is a person of the page from then on)
            self._adopt(clefted)
            self.focus = clefted.person
        elif (
            len(named) > 1
            and (specified := _SPECIFIED.match(clause.skeleton)) is not None
            and (one := clause.mentions[int(specified.group("number"))]).kind == "name"
            and not one.possessive
            and (one.person in named or (one.new and " " in squash(one.text)))
        ):
            # (a new full name so told is a person of the page from then on, as in a cleft)
            self._adopt(one)
            self.focus = one.person
        elif (
            (cleft := _CLEFT.match(clause.skeleton)) is not None
            and (clefted := clause.mentions[int(cleft.group("number"))]).kind == "pronoun"
            and clefted.text.lower() in ("he", "she")
            and len(clefted.people) == 1
        ):
            # "It was he who introduced A to B": about whom the stressed pronoun means, as a cleft name is
            self.focus = clefted.people[0]
        elif _CLEFT_UNNAMED.match(clause.skeleton):
            # "It was Dorn's widow who brought A and B together": about the widow, whom the page does not name
            self.focus = None
        elif len(named) == 1 and any(
            m.person in named
            and _OF_HIS.match(clause.text, m.end) is not None
            and _OF_HIS_OWN.match(clause.text, m.end) is None
            for m in clause.mentions[:_LAST_NAMED]
        ):
            # "Among the guests is X, an old friend of his.": about whom "his" means, not X, whose friend they are:
            # whom the text was about before, if anyone but X
            self.focus = None if self.focus in named else self.focus
        elif (
            len(named) == 1
            and opening is not None
            and opening.kind == "pronoun"
            and opening.text.lower() in ("he", "she")
            and not opening.people
            and _PRONOUN_SUBJECT.match(clause.skeleton)
        ):
            # "He produced it, together with X.": about whom the opening "he" means, not sure who, and not X, whom
            # it names only after its verb: a "she" after it may mean X as well as one named before
            self.focus = None
        elif (
            len(named) == 1
            and (embedded := _EMBEDDED_OPENING.match(clause.skeleton)) is not None
            and clause.mentions[int(embedded.group("number"))].person in named
            and (
                newcomer := next(
                    (
                        m
                        for m in clause.mentions[int(embedded.group("number")) + 1 : _LAST_NAMED]
                        if m.kind == "name" and m.new and not m.person and not m.possessive and " " in squash(m.text)
                    ),
                    None,
                )
            )
            is not None
        ):
            # "The story of how X got involved belongs to their agent, Y Z, ...": X is named only inside the subject's
            # clause of how, and someone new is named after it, whom a "she" after it may mean as well: not sure,
            # unless the sentence goes on to present the newcomer by a relative clause ("Y Z, who tells it best"),
            # whom it is then about (a person of the page from then on)
            self.focus = None
            # (whose the newcomer is, "the duo's booking agent", is no one else the sentence is about)
            others = [
                m for m in clause.mentions[: newcomer.number] if (m.people or m.kind == "pronoun") and not m.possessive
            ]
            after = clause.starts[newcomer.number] + len(f"@{newcomer.number}")
            if len(others) == 1 and _PRESENTED_BY_WHO.match(clause.skeleton, after) is not None:
                self._adopt(newcomer)
                self.focus = newcomer.person
        elif len(named) == 1:
            self.focus = named.pop()
            later = [
                m
                for m in clause.mentions[:_LAST_NAMED]
                if m.kind == "pronoun" and m.text.lower() in NOMINATIVES and m.people != (self.focus,)
            ]
            at = [m.start for m in clause.mentions[:_LAST_NAMED] if m.person == self.focus and m.kind == "name"]
            between = clause.text[at[-1] : later[-1].start] if later and at and later[-1].start > at[-1] else ""
            if between and not _CLAUSE_WORD.search(between):
                # "When I ask her how she met Bramwell, she laughs": the subject the sentence ends on, which is not
                # the one it named (as that one's object), is whom it is about
                self.focus = later[-1].person
        elif len(actors := named - _agents_aside(clause) - _along_last(clause)) == 1:
            # "The video, directed by X, was shot in January, and it gave Y the only role of his life": the agent of
            # a participle set off by commas is not whom the sentence is about; nor is one the sentence ends on as
            # going along with its subject ("X played it on Radio Nord, with Y on guitar")
            self.focus = actors.pop()
        elif (fronted := _FRONTED_SUBJECT.match(clause.skeleton)) is not None and (
            clause.mentions[int(fronted.group("number"))].person in named
        ):
            # "For the video, directed by X, Y travelled to a lake": the subject after the aside, not the agent in it
            self.focus = clause.mentions[int(fronted.group("number"))].person
        elif named and (last_subject := self._last_subject(clause)) is not None:
            self.focus = last_subject
        elif len(named) > 1 and (ending := _pronoun_subject_last(clause)) in named:
            # "by A, with B singing, and A used to drive, he did nights": about whom the subject pronoun the sentence
            # ends on means for sure, when no one is named after it
            self.focus = ending
        elif named:
            self.focus = None

    def _introduced_again(self, clause: Clause) -> bool:
        """Whether the sentence's one pronoun is the object of "introduced ... to" and means for sure whom the text
        was about ("X introduced her to Y", "her" the one the sentence before was about)."""
        found = _INTRODUCED_PRONOUN_TO.search(clause.skeleton)
        if found is None or self.focus is None:
            return False
        one = clause.mentions[int(found.group("number"))]
        introducer = clause.mentions[int(found.group("subject"))]
        if introducer.kind != "name" or not introducer.new or introducer.people or introducer.possessive:
            return False  # (one of the page's people, or someone already known, may be whom the sentence is about)
        pronouns = [m for m in clause.mentions if m.kind == "pronoun"]
        return (
            one.kind == "pronoun"
            and one.text.lower() in ("him", "her")
            and one.people == (self.focus,)
            and pronouns == [one]
        )

    def _apposed_relation(self, clause: Clause) -> tuple[str, str] | None:
        """ "Kenji's old flatmate, Aoife Gallagher, ...": the owner and the person a relation of theirs is, named in
        apposition after it as the sentence's subject (a full name new to the page is a person of it from then on);
        only a relation or role ("flatmate", "vocal coach"), not a thing of theirs ("Bea's album, Static Bloom")."""
        match = _OWNERS_RELATION.match(clause.skeleton) or _RELATION_AFTER.search(clause.skeleton)
        if match is None:
            match = _IS_RELATION.match(clause.skeleton) or _RELATION_LAST.search(clause.skeleton)
        if match is None:
            described = _RELATION_DESCRIBED_SUBJECT.search(clause.skeleton) or _SUBJECT_RELATION_APPOSED.match(
                clause.skeleton
            )
            match = described if described is not None and described.group("next") not in _NO_VERB_NEXT else None
        if match is None:
            return None
        owner = clause.mentions[int(match.group("owner"))]
        mention = clause.mentions[int(match.group("named"))]
        words = match.group("words").split()
        relation = next((n for n, w in enumerate(words) if w in ROLE_NOUNS or w in _RELATIVES), None)
        if (
            relation is None
            or relation > 2
            or "label" in words[: relation + 1]
            or any(w in _NO_RELATION for w in words[:relation])
            or not owner.possessive
            or owner.person is None
            or mention.kind != "name"
            or mention.possessive
            or not (mention.person or (mention.new and " " in squash(mention.text)))
        ):
            return None
        self._adopt(mention)
        return owner.person, str(mention.person)

    def _presented_newcomer(self, clause: Clause) -> str | None:
        """ "I made the trip with Jaume Pons, a guide from Sóller who has led walkers for years": a new full name the
        sentence goes on to present by a relative clause ("who ..."), when it names no one of the page but inside
        that clause, is whom the sentence is about (and a person of the page from then on); whom the clause names
        ("a hostel run by X, who remembers Bell as a boy") is not."""
        if " who " not in clause.skeleton:
            return None
        for mention in clause.mentions[:_LAST_NAMED]:
            if mention.people and mention.kind != "pronoun":
                return None  # someone of the page named before it: no telling whom the sentence is about
            if mention.kind != "name" or not mention.new or mention.possessive or " " not in squash(mention.text):
                continue
            if not _OBJECT_BEFORE.search(clause.text[max(0, mention.start - 12) : mention.start]):
                # (the object of a preposition or of meeting: a name opening the sentence, or after a phrase told
                # first, "After the party X, who ..., is now telling", is its subject, whose verb comes later)
                return None
            found = _PRESENTED_BY_WHO.match(clause.skeleton, clause.starts[mention.number] + len(f"@{mention.number}"))
            if found is None:
                return None
            self._adopt(mention)
            return mention.person
        return None

    def _described_subject(self, clause: Clause) -> str | None:
        """ "Ibiza party king Rafael Moreau-Sato, who introduced Vale to Bettina, is now telling ...": the subject, a
        name after the words that describe it (no preposition among them, and no one else), then a relative clause
        naming others and the subject's verb; a new full name so told is a person of the page from then on."""
        found = _DESCRIBED_SUBJECT.match(clause.skeleton)
        if found is None:
            return None
        before = found.group("before")
        words = [w.lower() for w in before.split() if not w.startswith("@")]
        if any(w in _STOP and w not in _DETERMINERS for w in words):
            return None
        if any(m.people for m in clause.mentions[: int(found.group("number"))]):
            return None
        mention = clause.mentions[int(found.group("number"))]
        if mention.kind != "name" or mention.possessive or not (mention.person or mention.new):
            return None
        self._adopt(mention)
        return mention.person

    def _new_subject(self, text: str, mentions: list[Mention], number: int) -> str | None:
        """The new full name opening a sentence (after words that describe it, with no preposition among them), whom a
        pronoun after "and" with no one named between goes on about ("X takes full credit, and she tells ..."); so
        too the new name in apposition to a description of what it is to something no one of the page names ("The
        show's music supervisor, X,", "Harrow Lane's music supervisor, X,"), and over a band named as an object
        ("X had followed the band for years, and she ...": a band is no "she")."""
        first = mentions[0]
        at = 0
        if (
            number >= 2
            and first.kind == "name"
            and first.possessive
            and not first.people
            and _OF_WHAT_APPOSED.match(text[first.end : mentions[1].start])
            and text[mentions[1].end : mentions[1].end + 1] == ","
        ):
            first, at = mentions[1], 1
        if first.kind != "name" or not first.new or first.possessive or first.people:
            return None
        groups = set(self.people.groups()) if number > at + 1 else set()
        if any(
            (not m.people or not set(m.people) <= groups) and not (not m.new and _in_a_place(text, m))
            for m in mentions[at + 1 : number]
        ):
            # (a place the adverbial names, "and in Oslo she", is no one who may be meant)
            return None
        if not _AND_GOES_ON.search(text[first.end : mentions[number].start]):
            return None
        words = [w.strip(",").lower() for w in text[: first.start].split()]
        fronted = words and words[0] in _FRONTING and len(words) <= 6
        if fronted and (words[-1] not in _STOP or words[-1] in _FRONTING_ALONE):
            # "At the party X took the credit", "Later X laughed", "In 2020, X": a time or place before the subject
            # (but "In an interview with X": X is the phrase's, no subject)
            words = []
        if any(w in _STOP and w not in _DETERMINERS and w not in _STOP_NOUNS for w in words):
            return None
        if any(w in _NOT_DESCRIBING or w in _DETERMINERS for w in words[1:]):
            # "The song is about the crossing X made, and he said": a clause before the name (its verb, a second
            # article), whose subject is something else, not words that describe X; who "he" is, is not sure
            return None
        self._adopt(first)
        return first.person

    def _last_subject(self, clause: Clause) -> str | None:
        """The person a sentence's last joined clause is about, when it names no one after them."""
        last = None
        for match in _LAST_SUBJECT.finditer(clause.skeleton):
            last = match
        player = None
        if " by " in clause.skeleton:
            for match in _LAST_PLAYER.finditer(clause.skeleton):
                player = match
        if player is not None and (last is None or player.start() > last.start()):
            one = clause.mentions[int(player.group("number"))]
            after = [
                m for m in clause.mentions[int(player.group("number")) + 1 :] if m.person or m.kind == "description"
            ]
            if one.kind != "name" or one.possessive or after:
                return None
            if one.person is None and one.new and " " in squash(one.text):
                # (a new full name given a part is a person of the page from then on, as the cast makes them)
                self._adopt(one)
            return one.person
        if last is None:
            return None
        number = int(last.group("number") or last.group("named"))
        mention = clause.mentions[number]
        later = [m for m in clause.mentions[number + 1 :] if m.kind in ("name", "description")]
        if mention.kind != "name" or mention.possessive or mention.person is None or later:
            return None
        return mention.person

    def _last_two(self, duo: bool = False) -> tuple[str, str] | None:
        """The two people the sentence before named, when it named exactly two and no band (with ``duo``, also a duo
        told with its line-up: "X are the singer A and the pianist B", whose two members "the two" then means)."""
        groups = set(self.people.groups())
        named = [one for one in self.last_named if one not in groups]
        told = [one for one in self.last_named if one in groups and set(self.people.members(one)) == set(named)]
        if len(named) != 2 or len(self.last_named) != 2 + (len(told) if duo else 0):
            return None
        if self.last_also_meant:
            return None  # a third one, called by a pronoun, was of that sentence too: which two is not sure
        return (named[0], named[1])

    def _other_than(self, subject: str, self_word: str | None, meant: set[str]) -> str | None:
        """Whom an object pronoun means after its subject ``subject`` (someone else): the one the text was about
        before (or before a sentence that named several), when the sentence named only the subject and the page
        calls that one by the pronoun's word."""
        focus = self.focus if self.focus is not None else self.earlier
        if focus in (None, subject, self.speaker) or meant - {subject} or self_word is None:
            return None
        return focus if self.people.selves.get(str(focus)) == self_word else None

    def _about(self, pair: tuple[str, str]) -> bool:
        """Whether the sentence before opened with the two of ``pair`` as its subject ("The two of them ...")."""
        last = self.last_read
        return (
            last is not None
            and bool(last.mentions)
            and last.mentions[0].kind == "two"
            and set(last.mentions[0].people) == set(pair)
        )

    def _named_only(self, pair: tuple[str, str]) -> bool:
        """Whether the sentence before named the two of ``pair`` and no one else but the narration's "I"."""
        last = self.last_read
        if last is None:
            return False
        named = {
            m.person
            for m in last.mentions
            if m.person is not None and not (m.kind == "pronoun" and m.text.lower() in ("i", "me", "my"))
        }
        return named == set(pair) and not any(m.new and not m.people for m in last.mentions if m.kind == "name")

    def _opened_on(self, person: str) -> bool:
        """Whether the sentence before opened on ``person`` by name as its subject ("Dorn recorded it at Bell's
        home."), whom a pronoun the page calls the other one otherwise goes on about, though the page has called
        them nothing yet."""
        last = self.last_read
        if last is None or not last.mentions:
            return False
        first = last.mentions[0]
        return (
            first.kind == "name"
            and not first.possessive
            and first.person == person
            and not last.text[: first.start].strip()
            and _PLAIN_SUBJECT.match(last.skeleton) is not None
        )

    def _only_one_so_called(self, people: Iterable[str], self_word: str) -> str | None:
        """The one of two people the page may call by ``self_word`` ("herself"), when it calls the other otherwise
        ("himself"); no one else."""
        fits = [p for p in people if self.people.may_be(p, self_word)]
        others = [p for p in people if p not in fits and self.people.selves.get(p)]
        return fits[0] if len(fits) == 1 and len(others) == 1 else None

    def _other_of_two(self, text: str, mentions: list[Mention], number: int, meant: set[str]) -> str | None:
        """Whom an object "him" or "her" means when the sentence named two people and one of them is the subject of
        its verb ("Eda told Mojo that it was easy, and Gil agrees with her"): the other, unless the page calls that
        one otherwise; no one when either could be the subject."""
        word = _SELVES.get(mentions[number].text.lower())
        subjects = [person for person in meant if _object_of_subject(text, mentions, number, person)]
        if word is None or len(subjects) != 1:
            return None
        subject = next(m for m in reversed(mentions[:number]) if subjects[0] in m.people)
        if not _OPENS_JOINED.search(text[max(0, subject.start - 12) : subject.start]):
            return None  # "A and B were introduced by her": the two are one subject, and "her" neither of them
        other = next(iter(meant - {subjects[0]}))
        return other if self.people.may_be(other, word) else None

    def _owner_as_object(self, text: str, mentions: list[Mention], number: int, meant: set[str]) -> str | None:
        """Whom an object "him" or "her" means right after a relation named in apposition, who is its verb's subject
        ("Ann's coach, Eda Fenn, who put her in touch with Bell", "Ann's brother, Cy Dorn, drove her there"): the
        owner of the relation, the one other person the sentence has named (when the page may call them so)."""
        if not 2 <= number < _SUBJECT_REACH or mentions[number].text.lower() in NOMINATIVES:
            return None
        owner, named = mentions[number - 2], mentions[number - 1]
        if owner.person is None or named.person is None or {owner.person, named.person} != meant:
            return None
        if not _owner_of_apposed(text, mentions, number - 2) or not _object_of_subject(
            text, mentions, number, named.person
        ):
            return None
        self_word = _SELVES.get(mentions[number].text.lower())
        return owner.person if self.people.may_be(owner.person, self_word) else None

    def _both_may_be(self, person: str, reflexive: str) -> bool:
        """Whether the focus, as well as ``person``, may be whom a "his" (``reflexive``: "himself") means: the page
        has called neither of them anything else. When the page calls the focus otherwise, the one the text was
        about before it may be meant, if the page has called them so: "A died in May. B gave the eulogy ... he said.
        C has said the song began as a joke about her father" is A's father as much as C's."""
        focus = str(self.focus)
        selves = self.people.selves
        if not self.people.may_be(person, reflexive):
            return False
        if self.people.may_be(focus, reflexive):
            return True
        return self.earlier not in (None, person) and selves.get(str(self.earlier)) == reflexive

    def _pronoun(self, start: int, end: int, word: str, lower: str) -> Mention:
        kind = _PRONOUNS[lower]
        people: tuple[str, ...] = ()
        party = None
        if kind == "me" and self.speaker:
            people = (self.speaker,)
        elif kind == "us" and self.speaker:
            party = self.party
            people = (self.speaker, self.counterpart) if self.counterpart else ()
        # "he", "she", "they" are resolved once the whole sentence is read (see _refer).
        return Mention(start, end, word, "two" if kind == "two" or len(people) == 2 else "pronoun", people, party=party)

    def _subject_of_the_sex(self, word: str) -> str | None:
        """The subject of the sentence before, a name, when it named one other person and the page calls that one by
        the reflexive other than ``word`` (and nothing it said of the subject tells against ``word``)."""
        last = self.last_read
        if last is None or not last.mentions:
            return None
        subject = last.mentions[0]
        if subject.kind != "name" or subject.person is None or last.text[: subject.start].strip(_OPENING_MARKS):
            return None
        others = {p for m in last.mentions for p in m.people} - {subject.person}
        if len(others) != 1 or any(m.kind == "name" and not m.people for m in last.mentions):
            return None  # (a name the page has made no one's may be someone all the same)
        other = next(iter(others))
        if self.people.selves.get(other) in (None, "", word) or not self.people.may_be(subject.person, word):
            return None
        return subject.person

    def _other_sex_relative(self, clause: Clause) -> bool:
        """ "A grew up by the sea. Her father worked on the ferry.": a sentence about the relative of the one the text
        is about, told by "her" (or "his") as the page calls them, leaves the text about them when the relation says
        the other sex (a "she" after it cannot mean the father; "her cousin" or "her sister" might be meant)."""
        opening = _OPENS_WHOSE.match(clause.text)
        if opening is None or self.focus is None:
            return False
        owner = "herself" if clause.text.lstrip(_OPENING_MARKS).startswith("Her") else "himself"
        known = {self.people.selves.get(self.focus), self.people.told_selves.get(self.focus)} - {None, ""}
        sexes = {_KIN_SELVES[word] for word in opening.group("rest").split() if word in _KIN_SELVES}
        return known == {owner} and len(sexes) == 1 and owner not in sexes

    def _two_first_met(self) -> bool:
        """Whether the sentence before told the two it named first meeting ("where A first heard B sing")."""
        last_two = self._last_two()
        return last_two is not None and self.last_read is not None and first_met(self.last_read) == set(last_two)

    def _newcomer_after_a_tie(self, mentions: list[Mention], number: int) -> bool:
        """ "B had known C since she was sixteen. Her aunt, the choir director X, introduced them": "them" after only
        someone new to the page, when the sentence before told how long the two it named had known each other, is
        those two (whose tie the introduction began), not a pair named before that."""
        last_two = self._last_two()
        if mentions[number].text.lower() != "them" or last_two is None or self.last_read is None or not number:
            return False
        known = _KNOWN_SINCE.search(self.last_read.skeleton)
        if known is None:
            return False
        one, other = self.last_read.mention("@" + known.group("a")), self.last_read.mention("@" + known.group("b"))
        if one is None or other is None or other.possessive or {one.person, other.person} != set(last_two):
            return False
        # (new full names only, each no one but themselves: whoever is known already may be one of the two)
        return all(
            m.kind == "name" and m.new and not m.possessive and m.people in ((), (m.person,)) for m in mentions[:number]
        )

    def _the_two_besides(self, before: list[Mention]) -> tuple[str, str] | None:
        """The two people the sentence before named besides whom ``before`` names, when ``before`` names only people
        of the page that sentence named too (no possessive, no one unknown) and exactly two others are left, no band."""
        last = self.last_read
        if last is None:
            return None
        # (each of them named there too: "the one who made it happen was C. C introduced them")
        there = {fold(m.person or squash(m.text)) for m in last.mentions if m.kind in ("name", "description")}
        again: set[str] = set()
        for m in before:
            if m.kind not in ("name", "description") or m.possessive or not m.person or fold(m.person) not in there:
                return None
            again.add(str(m.person))
        rest = [p for p in self.last_named if p not in again]
        if len(rest) != 2 or set(rest) & set(self.people.groups()):
            return None
        return (rest[0], rest[1])

    def _fronted_two(self) -> tuple[str, ...] | None:
        """The two a sentence before told knowing each other with the object put first ("Castellano she knew
        already", "Reed he had met once"): whom the subject pronoun meant, then the one named first; none when the
        pronoun's person is not known."""
        last = self.last_read
        if last is None or len(last.mentions) != 2:
            return None
        found = _FRONTED_OBJECT.match(last.skeleton)
        if found is None:
            return None
        named, subject = last.mentions
        if named.kind != "name" or named.possessive or subject.text.lower() not in NOMINATIVES:
            return None
        if not named.person:
            return None
        if not subject.person or named.person == subject.person:
            return ()  # whom the subject means is not known: which two "them" means is not sure
        return (subject.person, named.person)

    def _another_two(self, pair: tuple[str, str]) -> bool:
        """Whether the sentence before named exactly two people, one of them outside the pair ("A and B wrote it.
        B was already C's friend. The two girls were introduced by X": the two just named, B and C)."""
        last_two = self._last_two()
        if last_two is None or set(last_two) == set(pair):
            return False
        shared = set(last_two) & set(pair)
        last = self.last_read
        if shared and last is not None:
            # ("A wrote it with B. It was produced by C, and it opens A's album. The pair had been introduced by X": one
            # of the pair named there only as whose something is, beside someone else, leaves the pair the two)
            of_shared = [m for m in last.mentions if m.person in shared]
            if of_shared and all(m.possessive for m in of_shared):
                return False
        return True

    def _one_of_pair_beside_a_newcomer(self, pair: tuple[str, str]) -> bool:
        """Whether the sentence before named one of ``pair`` and someone new to the page by a full name ("Ann Arbour
        wrote it with Cy Dorn"), who may be the other of the two a plural after it means."""
        last = self.last_read
        if last is None:
            return False
        # (exactly one of the pair, by name or by a pronoun: "They were introduced by Bell's uncle, X" is both)
        meant = {p for m in last.mentions for p in m.people}
        if len(meant & set(pair)) != 1:
            return False
        # (someone new whom a description before the name placed already is new all the same: "the pianist Cy Dorn")
        return any(
            m.kind == "name" and m.new and not set(m.people) & set(pair) and not m.possessive and " " in m.text.strip()
            for m in last.mentions
        )

    def _owner_then_newcomer(self, mentions: list[Mention], number: int, pair: tuple[str, str]) -> bool:
        """ "Noor came to the record through Jens. Jens's flatmate, Pieter Claes, had introduced them": "them" after
        someone new told by whose they are, one of the two the sentence before named (and they named no one of the
        pair besides), is those two, not the pair named before."""
        if mentions[number].text.lower() not in ("them", "they") or not self._another_two(pair):
            return False
        before = mentions[:number]
        owners = [m for m in before if m.possessive]
        return (
            len(owners) == 1
            and owners[0].person in (self._last_two() or ())
            and _only_newcomers([m for m in before if not m.possessive])
        )

    def _newcomer_and_one(self, before: list[Mention], pair: tuple[str, str]) -> tuple[str, ...] | None:
        """The one person the sentence before named, none of ``pair``, and the one of the page's people named in
        ``before`` (one of ``pair``; a full name new to the page there is someone else, the one who acts). When
        ``before`` names that one person again ("Reed's manager had set the two up"), they are one of the two and
        the other is not sure: no one."""
        if (
            len(self.last_named) != 1
            or not self._elsewhere(pair)
            or (self.last_read is not None and denies(self.last_read))
        ):
            # ("X introduced A and B. X has denied it. It was Y who introduced the two of them": a denial goes on
            # about the claim before it, not about someone new)
            return None
        newcomer = self.last_named[0]
        named = {m.person for m in before if m.person and m.kind in ("name", "description") and not m.new}
        if len(named) != 1 or newcomer in self.people.groups():
            return None
        one = named.pop()
        if one == newcomer and self._pair_goes_on(before, one, pair):
            return None
        if one == newcomer:
            return ()
        if not self._subject_before(newcomer):
            # ("It is built around a guitar, which C played himself. A's uncle X introduced the pair": one named only
            # in passing, not whom the sentence was about, is no sooner one of the two than the pair named before)
            return None
        return (one, newcomer) if one in pair else None

    def _subject_before(self, one: str) -> bool:
        """Whether the sentence before opened on ``one`` as its subject (after a description at most: "The producer
        C came to it another way"), with no clause of its own opened before them."""
        last = self.last_read
        if last is None or not last.mentions or last.mentions[0].person != one:
            return False
        return _SUBJECT_OPENING.match(last.text[: last.mentions[0].start]) is not None

    def _pair_goes_on(self, before: list[Mention], one: str, pair: tuple[str, str]) -> bool:
        """ "Their producer was X, who is the reason they met. X introduced the pair at a fair": the one person the
        sentence before named, named again as themselves (not as someone's, "X's manager"), while that sentence's
        plural meant ``pair``: the two it told of are still the pair, and X is no one of them."""
        if any(m.person == one and m.possessive for m in before) or self.last_read is None:
            return False
        plurals = [m for m in self.last_read.mentions if m.kind == "two"]
        return bool(plurals) and all(set(m.people) == set(pair) for m in plurals)

    def _acts_two_after_one(self, pair: tuple[str, str], mention: Mention) -> bool:
        """Whether ``pair`` is the two the page is about (the song's two artists, or the two members of its one act)
        and the sentence before named one other person only: "the pair" opening a sentence still means them, as no
        two are named since ("they" may mean others: a plural pronoun is not so sure)."""
        if len(self.last_named) != 1 or mention.text.lower() in _PRONOUNS:
            return False
        artists = self.people.credited(CreditRole.ARTIST, CreditRole.FEATURED_ARTIST)
        if len(artists) == 1:
            artists = self.people.members(artists[0])
        return len(artists) == 2 and set(artists) == set(pair)

    def _duo_told(self, mentions: list[Mention]) -> tuple[str, str] | None:
        """The two members of a duo a sentence names with both of them and no one else ("X are a duo: A sings, and B
        plays guitar"), who are the pair the text goes on about as any two named together are."""
        named = {m.person for m in mentions if m.kind in ("name", "description") and m.person}
        duos = [one for one in named if len(self.people.members(one)) == 2]
        if len(duos) != 1 or named - {duos[0]} != set(members := self.people.members(duos[0])):
            return None
        return (members[0], members[1])

    def _two_profiled(self, text: str, mention: Mention) -> tuple[str, str] | None:
        """The two people the last two sentences were each about alone ("A was a singer. B was a guitarist."), each
        opening on their own name as its subject and naming no one else, not even someone new to the page: whom a
        plural opening the next sentence means."""
        if text[: mention.start].strip() or mention.text.lower() not in ("they", "the two", "the pair"):
            return None
        focus, earlier = self.focus, self.earlier
        if (
            focus is None
            or earlier is None
            or focus == earlier
            or self.last_named != (focus,)
            or self.named_before != (earlier,)
            or self._newcomers_named != (False, False)
            or self.last_also_meant
            or {focus, earlier} & set(self.people.groups())
            or not self._opened_on(focus)
            or self.earlier_opened != earlier
        ):
            return None
        return (earlier, focus)

    def _elsewhere(self, pair: tuple[str, str]) -> bool:
        """Whether the sentence before named only people other than the pair (whom "the two" opening this one may
        then not mean)."""
        return bool(self.last_named) and not set(self.last_named) & set(pair)

    def _performers(self, pair: tuple[str, str] | None) -> tuple[str, ...]:
        """Whom "both singers" means: the pair named last when each of them may sing, else the song's artists
        when there are exactly two. One credited only otherwise (the video's director, a writer) and never
        called a singer is no singer: "Five writers share the credit: ..., A and B. The two singers ..." are
        the song's two performers; when the other of the pair is called a singer, the two are no one for sure."""
        artists = self.people.credited(CreditRole.ARTIST, CreditRole.FEATURED_ARTIST)
        if pair is not None and all(self._may_sing(person) for person in pair):
            return pair
        if pair is not None and any(self.people.roles(person) & _PERFORMER_NOUNS for person in pair):
            return ()  # one of them is called a singer: the two singers may be that pair or the song's two
        if len(artists) == 2:
            return (artists[0], artists[1])
        members = self.people.members(artists[0]) if len(artists) == 1 else []
        if len(members) == 2:
            return (members[0], members[1])  # "the two musicians" of a duo's song: its two members
        return ()

    def _holders(self, credit: CreditRole, pair: tuple[str, str] | None) -> tuple[str, ...]:
        """Whom "the two writers" means: the pair named last when both hold the credit, else the song's two
        holders of it when it has exactly two (and no one for sure otherwise)."""
        if pair is not None and all(credit in self.people.holds(person) for person in pair):
            return pair
        holders = self.people.credited(credit)
        return (holders[0], holders[1]) if len(holders) == 2 else ()

    def _may_sing(self, person: str) -> bool:
        holds = self.people.holds(person)
        performs = {CreditRole.ARTIST, CreditRole.FEATURED_ARTIST}
        return bool(holds & performs or self.people.roles(person) & _PERFORMER_NOUNS or not holds - performs)

    def _interviewed(self, text: str, mentions: list[Mention], self_word: str) -> bool:
        """Whether a "he" or "she" of the narration that means no one sure is whom the writer ("I", "me", "my", no
        one the page names) is with: a sentence naming no one else, on a page of one artist, a person whom the page
        has called by ``self_word`` ("herself")."""
        if self.speaker is not None or self._unknown_opened or not _NARRATOR.search(text):
            return False
        if any(m.people or m.new for m in mentions if m.kind != "pronoun" or fold(m.text) in ("i", "me", "we", "us")):
            return False
        artists = self.people.credited(CreditRole.ARTIST)
        return (
            len(artists) == 1
            and artists[0] not in self.people.groups()
            and self.people.selves.get(artists[0]) == self_word
        )

    def _fit(self, people: tuple[str, ...], self_word: str) -> bool:
        """Whether each of two people may be called by ``self_word`` ("herself"): the page calls them nothing else."""
        return len(people) == 2 and all(self.people.may_be(p, self_word) for p in people)

    def _gendered(self, before: list[Mention], self_word: str) -> tuple[str, ...]:
        """Whom "the two women" ("men") means: the last two people the sentence named before it who may be so
        called, else the two of those the sentence before named; no one unless exactly two fit."""
        named: list[str] = []
        for mention in reversed(before):
            person = mention.person
            if person and not mention.possessive and mention.kind in ("name", "description") and person not in named:
                named.append(person)
            if len(named) == 2:
                break
        if len(named) == 2:
            return (named[1], named[0]) if self._fit((named[1], named[0]), self_word) else ()
        if named:
            return ()
        earlier = [p for p in self.last_named if self.people.may_be(p, self_word)]
        return (earlier[0], earlier[1]) if len(earlier) == 2 else ()

    def _plural(self, start: int, end: int, text: str) -> Mention:
        return Mention(start, end, text, "two")

    def _description(self, tokens: list[tuple[int, int, str]], index: int, text: str) -> tuple[Mention, int] | None:
        """ "the Spanish producer" not followed by a name: the person the page has called that."""
        words: list[str] = []
        lower = tokens[index][2].lower()
        position = index + 1
        # "the Yorkshire singer": a capitalised word of no known nationality places someone too, but then only
        # the role itself says who (the page's one producer, the heading's one singer)
        proper = False
        # "the band's singer": the one the page called the singer, when the page has one band
        # ("the band's fiddle player": a word may say what they play)
        of_band = (
            lower == "the"
            and position + 1 < len(tokens)
            and tokens[position][2].lower().removesuffix("'s") in GROUP_NOUNS
            and tokens[position][2].lower().endswith("'s")
            and (
                tokens[position + 1][2].lower() in ROLE_NOUNS
                or (
                    position + 2 < len(tokens)
                    and tokens[position + 1][2].isalpha()
                    and tokens[position + 1][2].islower()
                    and tokens[position + 2][2].lower() in ROLE_NOUNS
                )
            )
            and len(self.people.groups()) == 1
        )
        if of_band:
            position += 1
        song_credit = self._song_credit(tokens, index, text)
        if song_credit is not None:
            return song_credit
        while position < len(tokens) and len(words) < 3:
            word = tokens[position][2].lower()
            # "the producer's own account": the role's owner, as a name's ("@3's") is; the mention ends before "'s"
            owner = word.endswith("'s") and word.removesuffix("'s") in ROLE_NOUNS and not of_band
            word = word.removesuffix("'s") if owner else word
            # "the drummer-turned-producer": one who was the first and is now the second, which is what they are
            before_turn, turned, now = word.rpartition("-turned-")
            if turned and before_turn and now in ROLE_NOUNS:
                word = now
            if (
                lower == "the"
                and not words
                and _AGED.match(word)
                # ("the 26-year-old singer plays": the age describes the noun after it, read as a description)
                and not (
                    position + 1 < len(tokens)
                    and (
                        tokens[position + 1][2].lower() in ROLE_NOUNS | _BAND_WORDS or _placing(tokens[position + 1][2])
                    )
                )
                and self.focus is not None
                and self.focus not in self.people.groups()
            ):
                # "Ibarra told El Sur ... the 34-year-old added": an age, which only whom the text is about has
                end = tokens[position][1]
                return Mention(tokens[index][0], end, text[tokens[index][0] : end], "description", (self.focus,)), (
                    position + 1
                )
            if word in ROLE_NOUNS or word in _BAND_WORDS:
                spelled = tokens[position][2]
                if spelled[:1].isupper() and not spelled.isupper():
                    return None  # "told the Toronto Star", "the Morning Star": a title, capitalised, not a role
                if word in GROUP_NOUNS and not all(_placing(w) for w in words):
                    return None  # "the wedding band", "the house band": what a band is there, not the page's band
                if word in _MEMBER_WORDS and (
                    lower != "the"
                    or not all(w in _COUNT_WORDS for w in words)
                    or (position + 1 < len(tokens) and tokens[position + 1][2].lower() == "of")
                ):
                    # "the crew members", "two members": not the page's band, or not all of it ("the members of X":
                    # whose, read as a plural of X's)
                    return None
                words.append(word)
                # "the producer and singer X": two roles under one article describe one person, the name after them
                # (two people would each have their own: "the producer and the singer X")
                joined = position + 1
                while (
                    joined + 2 < len(tokens)
                    and tokens[joined][2].lower() in ("and", "&")
                    and tokens[joined + 1][2].lower() in ROLE_NOUNS
                ):
                    joined += 2
                named = tokens[joined][2] if joined < len(tokens) else ""
                if joined > position + 1 and _capital(named) and named.lower() not in _STOP:
                    return None
                after = tokens[position + 1][2] if position + 1 < len(tokens) else ""
                if _capital(after) and after.lower() not in _STOP:
                    return None  # "the producer Oren Vale": a description before a name
                named = tokens[position + 2][2] if after == "," and position + 2 < len(tokens) else ""
                if lower != "the" and _capital(named) and named.lower() not in _STOP:
                    # "her producer, Oren Vale,": a relation to someone, which the apposition names ("the bassist, X,"
                    # is whom the page called the bassist, and another name after it makes it unsure)
                    return None
                if (
                    lower == "the"
                    and _capital(named)
                    and named.lower() not in _STOP
                    and self.people.described(words) is None
                    and _subject_apposed(tokens, index, position + 2, text)
                ):
                    # "As Bell tells it, the director, Gil Moss, introduced her": a sentence's subject told by a role
                    # the prose gave no one (only a credit did: the video's director may not be the show's), then a
                    # full name set off by commas before the verb, names whom the role means there (a list would join
                    # its last with "and"); after a verb or preposition ("to the director, X, during") the same words
                    # may be a list, and the role stays the page's; one the prose called so stays unsure
                    return None
                # "our manager": only whom the page called that ("his band" is the page's only when his is
                # one of it, see _own_band)
                if of_band:
                    person = self._band_member(words)
                elif proper:
                    person = self._by_role(word) if lower == "the" else None
                    if person is None and lower == "the":
                        person = self._placed(words, word)
                    if person is None and lower == "the" and len(words) == 2:
                        person = self._focus_placed_unlike_others(words[0], word)
                else:
                    # ("plays the choir director": a word before a credit's noun may make it another role)
                    bare = len(words) == 1 or word not in _BY_CREDIT
                    # ("the brothers": the two or more the page so named, never one of them; see _by_role)
                    described = self.people.described(words) if word not in _KIN_GROUPS else None
                    person = described or (self._by_role(word) if lower == "the" and bare else None)
                    counted = [_COUNT_WORDS[w] for w in words if w in _COUNT_WORDS]
                    if (
                        word in _MEMBER_WORDS
                        and person is not None
                        and counted not in ([], [len(self.people.members(person))])
                    ):
                        person = None  # "the four members" of a band of three: not the page's band
                if lower == "the" and not of_band and len(words) == 1 and self._focus_is(word):
                    # "Arakawa was struck by her voice. '...,' the singer told X": the singer the text is about,
                    # though the page may call another singer so too ("the French singer" says which); not a guest
                    # of a band's song whose line-up told its singer ("A is the singer, B plays ...": "the singer" is
                    # the band's)
                    person = self._band_singer(word) or self.focus
                if (
                    lower == "the"
                    and not of_band
                    and len(words) == 1
                    and person not in (None, self.focus)
                    and word in _SINGER_NOUNS
                ):
                    # "Ibáñez was happy to give her the credit. '...,' the singer told the room": the song's own
                    # singer the text is about, though the page named another "the singer X" (its featured guest);
                    # with no one the text is about, the song's singer may be meant as well as the other: not sure
                    person = self.focus if self._sings_focus(word) else None if self._another_sings(person) else person
                if (
                    person is None
                    and lower == "the"
                    and not of_band
                    and len(words) > 1
                    and all(_placing(w) for w in words[:-1])
                    and (self._focus_is(word) or self._performs_focus(word))
                    and (self.people.described([word]) in (None, self.focus) or self._placed_as(self.focus, words))
                    and not self._places(str(self.focus)) - set(words)
                    # ("the Turkish producer" of a song its singer produced with another: the word placing them may
                    # tell the other, one who only produced it, unless the page placed the singer so)
                    and not (
                        word in _CREDIT_NOUNS
                        and self.focus in self.people.credited(CreditRole.ARTIST)
                        and len(self.people.credited(_CREDIT_NOUNS[word])) > 1
                        and not self._placed_as(self.focus, words)
                    )
                ):
                    # "Solberg's idea. The Norwegian producer told NME": the producer the text is about, when the
                    # page has called no one else that and gave them no other nationality
                    person = self.focus
                if person is None and not proper and len(words) > 1 and all(_placing(w) for w in words[:-1]):
                    person = self.people.described(words[-1:])  # "the Swedish producer": the one producer
                    # (not one the page placed elsewhere: "the Seoul-born singer" is not "the English singer X",
                    # unless the text is about them: "Haas told X ... the Viennese songwriter admitted")
                    person = None if person is None or self._placed_otherwise(person, words) else person
                if person is None and len(words) > 1 and lower == "the" and all(_placing(w) for w in words[:-1]):
                    person = self._by_role(word)  # "the German producer": the page's one producer
                    person = None if person is None or self._placed_otherwise(person, words) else person
                if person is None and lower == "the" and not of_band and len(words) == 2 and words[0] in _AGE_WORDS:
                    # "the old master": the one the page called a master, told by their age ("the old accordion
                    # master X")
                    person = self.people.described(words[-1:])
                if person is not None and lower == "the" and not of_band and not self._placed_as(person, words):
                    # "the Goan singer" after "the Mumbai-based singer X, featuring the Goan singer-songwriter Y":
                    # the one the page placed so, not the singer the text is about, placed elsewhere
                    person = self._placed_instead(words, word, person)
                if person is None and lower == "the" and not of_band and len(words) == 2:
                    # "the Louisiana-born singer" after "Crane, a Louisiana-born singer who ...", though the page
                    # called another a singer too: the one it placed so, when the noun fits them
                    person = self._placed_one(words, word)
                if (
                    person is not None
                    and lower == "the"
                    and len(words) > 1
                    and _placing(words[0])
                    and word in _PERFORMER_NOUNS
                    and not self.people.described(words)
                    and person not in self.people.credited(CreditRole.ARTIST, CreditRole.FEATURED_ARTIST)
                    and not self._placed_as(person, words)
                    and not any(word in role.replace("-", " ").split() for role in self.people.roles(person))
                ):
                    # "the Colombian singer" of a band's song: not the member the text is about, whom the page never
                    # placed so nor called by the noun (a bare "the singer" may be them)
                    person = None
                if (
                    person is None
                    and lower == "the"
                    and not of_band
                    and not proper
                    and len(words) == 2
                    and words[0].isalpha()
                    and not _placing(words[0])
                    and words[0] not in ROLE_NOUNS | _AGE_WORDS | _WHICH_OF_SEVERAL
                    and self.focus is not None
                    and self.people.described([word]) == self.focus
                ):
                    # "Ms Vik is modest about it. '...,' the tour manager said": a noun of what kind before the role,
                    # which the page said of no one, of the one person it called by the role, when the text is about
                    # them
                    person = self.focus
                if (
                    person is None
                    and lower in ("his", "her", "their")
                    and not of_band
                    and not proper
                    and len(words) == 2
                    and words[0].isalpha()
                    and not _placing(words[0])
                    and words[0] not in ROLE_NOUNS | _WHICH_OF_SEVERAL
                ):
                    # "Their old coach said", "their vocal coach said": a word of what kind (or how long ago)
                    # between the owner and the relation, which the page said of no one, is still the one person it
                    # called by the relation ("their new coach" may be another)
                    person = self.people.described([word])
                if person is None:
                    return None  # "plays the engineer": words, when they mean no one on the page
                if (
                    lower == "the"
                    and word in _PERFORMER_NOUNS
                    and len(words) > 1
                    and all(_placing(w) for w in words[:-1])
                    and person in self.people.credited(CreditRole.ARTIST, CreditRole.FEATURED_ARTIST)
                ):
                    # "the Icelandic singer" is the song's performer, so called from here on: a bare "the singer"
                    # later is no longer only the other one the page called a singer by name ("the Faroese singer X")
                    self.people.describe(words, person)
                end = tokens[position][1] - (2 if owner else 0)
                return Mention(
                    tokens[index][0], end, text[tokens[index][0] : end], "description", (person,), possessive=owner
                ), position + 1
            if (
                lower == "the"
                and not words
                and word in ("whole", "entire")
                and position + 1 < len(tokens)
                and tokens[position + 1][2].lower() in GROUP_NOUNS
            ):
                position += 1  # "the whole band": all of the band, which is the band
                continue
            if not (word.isalpha() or "-" in word):
                return None
            if _capital(tokens[position][2]) and not _placing(word):
                if words or position + 1 >= len(tokens) or tokens[position + 1][2].lower() not in ROLE_NOUNS:
                    return None
                proper = True
            words.append(word)
            position += 1
        return None

    def _song_credit(self, tokens: list[tuple[int, int, str]], index: int, text: str) -> tuple[Mention, int] | None:
        """ "the song's producer told me": the one holder of that credit of the song (the page's one credited
        producer), when no name follows to say whom ("the song's producer, X" names them); with two, no one."""
        if index + 2 >= len(tokens) or tokens[index][2].lower() != "the":
            return None
        owner, noun = tokens[index + 1][2].lower(), tokens[index + 2][2].lower()
        after = tokens[index + 3][2] if index + 3 < len(tokens) else ""
        # (the video's director is no credit of the song itself, and "the song's co-writer" is one of several)
        if owner not in _SONG_OWNERS or noun not in ("producer", "writer", "songwriter") or after in (",", "and", "&"):
            return None
        if _capital(after) and after.lower() not in _STOP:
            return None
        holders = self.people.credited(_CREDIT_NOUNS[noun])
        if len(holders) != 1:
            return None
        start, end = tokens[index][0], tokens[index + 2][1]
        return Mention(start, end, text[start:end], "description", (holders[0],)), index + 3

    def _gendered_focus(self, tokens: list[tuple[int, int, str]], index: int, text: str) -> tuple[Mention, int] | None:
        """ "Mr Deasún remembers it differently. '...,' the Galway man said": "the" and where from, then "man" or
        "woman", is whom the text is about when the page calls them so ("himself", or by a courtesy title), no one
        else is placed there and no name or relative clause follows ("the Galway man who ...", "the Galway man X")."""
        if index + 3 >= len(tokens):
            return None
        place, noun, after = tokens[index + 1][2], tokens[index + 2][2], tokens[index + 3][2]
        self_word = _MAN_OR_WOMAN.get(noun)
        focus = self.focus
        placed = self.people.placed(place) if self_word is not None else None
        if placed is not None and placed != focus and self._self_word(placed) == self_word:
            # "Ms Breck told X ... The Galway man remembers it differently": the one person the page placed there
            # (not whom the text was about), whom it calls so too ("Mr Ó Dálaigh")
            focus = placed
        if (
            self_word is None
            or focus is None
            or not (_capital(place) or _placing(place.lower()))
            or place.lower() in _STOP
            or (_capital(after) and after.lower() not in _STOP)
            or after.lower() in ("who", "that", "whom", "whose", "with", "of", "from", "in", "at")
            or focus in self.people.groups()
            or self.people.placed(place) not in (None, focus)
            or (self._places(focus) and place.lower() not in self._places(focus))
        ):
            return None
        if self._self_word(focus) != self_word:
            return None
        start, end = tokens[index][0], tokens[index + 2][1]
        return Mention(start, end, text[start:end], "description", (focus,)), index + 3

    def _self_word(self, person: str) -> str | None:
        """How the page refers to someone ("herself"), told by a pronoun or by a courtesy title ("Mr")."""
        return self.people.selves.get(person) or _COURTESY_SELVES.get(self.people.honorifics.get(fold(person), ""))

    def _demonym(self, tokens: list[tuple[int, int, str]], index: int, text: str) -> Mention | None:
        """ "the Swede", "the Chilean" standing alone (no role or name after it): the one person the page described
        with that nationality ("the Swedish topliner X")."""
        word = tokens[index + 1][2]
        after = tokens[index + 2][2] if index + 2 < len(tokens) else ""
        if (
            not _capital(word)
            or after.lower() in ROLE_NOUNS
            or (_capital(after) and after.lower() not in _STOP)
            # "on the Brazilian radio programme X": the nationality of a thing named after it, no one's
            or after.lower() in _DEMONYM_THINGS
        ):
            return None
        person = self.people.placed(_DEMONYMS.get(word.lower(), word.lower()))
        if person is None:
            return None
        start, end = tokens[index][0], tokens[index + 1][1]
        return Mention(start, end, text[start:end], "description", (person,))

    def _placed(self, words: list[str], noun: str) -> str | None:
        """ "the Montreal singer": the one person the page placed there ("the Montreal crooner X"), when the noun
        fits them (a singer who performs on the song, or what the page called them)."""
        places = [w for w in words[:-1] if not _placing(w)]
        person = self.people.placed(places[0]) if len(places) == 1 else None
        if person is None:
            return None
        # ("the Breton songwriter" is the one the page called "the Breton singer-songwriter": a part of a compound)
        roles = self.people.roles(person)
        fits = (
            self._may_sing(person)
            if noun in _PERFORMER_NOUNS
            else any(noun == role or noun in role.replace("-", " ").split() for role in roles)
        )
        return person if fits else None

    def _placed_instead(self, words: list[str], noun: str, person: str) -> str:
        """Whom "the <place> <noun>" means when ``person``, the page's one <noun>, was not placed there: the one
        person the page placed there by the same words, if the noun fits them; else ``person``."""
        other = self._placed_one(words, noun)
        return person if other is None else other

    def _placed_one(self, words: list[str], noun: str) -> str | None:
        """The one person the page placed by the words of "the <place> <noun>", if the noun fits them."""
        places = words[:-1]
        if len(places) != 1 or not _placing(places[0]):
            return None
        other = self.people.placed(places[0])
        if other is None:
            return None
        # (what the page called them, or a performer's credit for a performer's noun: no one merely uncredited)
        performs = {CreditRole.ARTIST, CreditRole.FEATURED_ARTIST}
        fits = any(noun == role or noun in role.replace("-", " ").split() for role in self.people.roles(other)) or (
            noun in _PERFORMER_NOUNS and bool(self.people.holds(other) & performs)
        )
        return other if fits else None

    def _band_member(self, words: list[str]) -> str | None:
        """ "the band's singer": the one person the page called a singer, when they may be of its one band (its
        members are not known, or they are one)."""
        person = self.people.described(words)
        members = {fold(m) for m in self.people.members(self.people.groups()[0])}
        return person if person is not None and (not members or fold(person) in members) else None

    def _band_singer(self, noun: str) -> str | None:
        """The one member of the song's band (its one credited performer) the page called its singer, when whom the
        text is about is a guest on the song and no member: a bare "the singer" is the band's, as its line-up said."""
        focus = self.focus
        performers = self.people.credited(CreditRole.ARTIST, CreditRole.FEATURED_ARTIST)
        artists = self.people.credited(CreditRole.ARTIST)
        groups = {fold(g) for g in self.people.groups()}
        if noun not in _SINGER_NOUNS or focus is None or len(artists) != 1 or fold(artists[0]) not in groups:
            return None
        if focus not in performers or CreditRole.FEATURED_ARTIST not in self.people.holds(focus):
            return None
        members = {fold(m) for m in self.people.members(artists[0])}
        if fold(focus) in members:
            return None
        vocal = {name for role in _SINGER_NOUNS for name in self.people.all_described(role)}
        singers = {name for name in vocal if fold(name) in members}
        return next(iter(singers)) if len(singers) == 1 else None

    def _placed_as(self, person: str | None, words: list[str]) -> bool:
        """Whether the page placed ``person`` by every word of where from that ``words`` hold, and by one at least:
        "the Colombian singer" is the one the page called Colombian, though it called another a singer too."""
        placed = {w for w in words if _placing(w)}
        return person is not None and bool(placed) and placed <= self._places(person)

    def _focus_placed_unlike_others(self, place: str, noun: str) -> str | None:
        """ "Nkosi's production leans on ... The Midrand producer described it": of a song's two producers, the one the
        text is about, when the page placed them nowhere and every other holder of the credit somewhere else ("the
        Lisbon-based producer Y"), so the place said of them can mean no other."""
        focus = self.focus
        credit = _CREDIT_NOUNS.get(noun)
        if focus is None or credit is None or credit not in self.people.holds(focus) or self._places(focus):
            return None
        if self.people.placed(place) not in (None, focus):
            return None
        others = [p for p in self.people.credited(credit) if p != focus]
        # ("the Lisbon producer" may be the one the page called "Lisbon-based")
        if not others or not all(
            self._places(p) and place not in {w.split("-", 1)[0] for w in self.people.called(p)} for p in others
        ):
            return None
        return focus

    def _placed_otherwise(self, person: str, words: list[str]) -> bool:
        """Whether the page described ``person``, who is not whom the text is about, with a word of where they are
        from that ``words`` do not hold."""
        return person != self.focus and bool(self._places(person) - set(words))

    def _places(self, person: str) -> set[str]:
        """The words of where from the page called ``person`` ("colombian", "galway-born")."""
        return {w for w in self.people.called(person) if _placing(w)}

    def _focus_is(self, noun: str) -> bool:
        """Whether whom the text is about may be called "the <noun>": the page called them that (or a compound
        of it: a "singer-songwriter" is a singer), or the noun names a credit of the song they hold."""
        focus = self.focus
        if focus is None or noun in _BAND_WORDS or noun in _KIN:
            return False
        if any(noun == role or noun in role.replace("-", " ").split() for role in self.people.roles(focus)):
            return True
        if noun in _FRONT:
            return self._fronts(focus)
        credit = _CREDIT_NOUNS.get(noun)
        return credit is not None and credit in self.people.holds(focus)

    def _performs_focus(self, noun: str) -> bool:
        """Whether ``noun`` is a performer's and whom the text is about performs the song ("X's debut album ... The
        Valencian singer wrote it"): said only with where they are from, which the bare noun does not tell."""
        focus = self.focus
        performs = {CreditRole.ARTIST, CreditRole.FEATURED_ARTIST}
        return noun in _PERFORMER_NOUNS and focus is not None and bool(self.people.holds(focus) & performs)

    def _sings_focus(self, noun: str) -> bool:
        """Whether whom the text is about is the song's credited artist, a singer the page called nothing else, so that
        a bare "the singer" may be them."""
        focus = self.focus
        if noun not in _SINGER_NOUNS or focus is None or CreditRole.ARTIST not in self.people.holds(focus):
            return False
        return not self.people.roles(focus) - _SINGER_NOUNS

    def _another_sings(self, person: str) -> bool:
        """Whether ``person`` is the song's featured guest and its credited artist someone else, by a full name (no
        band's), a singer the page called nothing else."""
        holds = self.people.holds(person)
        if CreditRole.FEATURED_ARTIST not in holds or CreditRole.ARTIST in holds:
            return False
        return any(
            not self.people.roles(artist) - _SINGER_NOUNS and artist not in self.people.groups() and " " in artist
            for artist in self.people.credited(CreditRole.ARTIST)
            if artist != person
        )

    def _fronts(self, focus: str) -> bool:
        """Whether whom the text is about may be "the frontman" of the page's one band: the one person the page
        called a singer or vocalist, who is of the band (when its members are told) and not credited as a performer
        or producer in their own name (a featured singer fronts no band)."""
        groups = self.people.groups()
        singers = {name for role in _SINGER_NOUNS for name in self.people.all_described(role)}
        if len(groups) != 1 or singers != {focus}:
            return False
        members = {fold(m) for m in self.people.members(groups[0])}
        if members:
            return fold(focus) in members
        return not self.people.holds(focus) & {CreditRole.ARTIST, CreditRole.FEATURED_ARTIST, CreditRole.PRODUCER}

    def _by_role(self, noun: str) -> str | None:
        """ "the band", "the brothers" is the page's one group; "the producer" the page's one credited producer (so
        "the songwriter", "the director" for writers and directors); "the singer" (or rapper ...) the heading's one
        performer when it names only one person; other roles only through what the page called someone."""
        if noun in _ENSEMBLES:
            named = [
                p
                for p in self.people.credited(CreditRole.ARTIST, CreditRole.FEATURED_ARTIST)
                if fold(p).split()[-1:] == [noun]
            ]
            return named[0] if len(named) == 1 else None
        if noun in _BAND_WORDS:
            if noun in _KIN_GROUPS and self.people.all_described(noun):
                # "the band are the brothers A and B Quiñones and the accordionist C": "the brothers" later are the
                # two so named, not the whole band (nor one person)
                return None
            groups = self.people.groups()
            return groups[0] if len(groups) == 1 else None
        if noun == "consignor":
            return self.people.consignor  # "the consignor's note": whom an auction lot's provenance names so
        if noun == "director" and self.other_director:
            return None  # "the film's director. ... the director told X": the film's or the video's
        if noun == "producer" or noun in _BY_CREDIT:
            # ("the songwriter": the page's one credited writer; "the director": the video's one director)
            holders = self.people.credited(_CREDIT_NOUNS[noun])
            return holders[0] if len(holders) == 1 else None
        if noun in _PERFORMER_NOUNS:
            performers = self.people.credited(CreditRole.ARTIST, CreditRole.FEATURED_ARTIST)
            if len(performers) > 1:
                # "the singer" of a singer and a rapper: the performer the page has not called another performer
                # (a "vocalist" is not another performer than "the singer": its words are one another's)
                others = _PERFORMER_NOUNS - ({noun} | (_SINGER_NOUNS if noun in _SINGER_NOUNS else set()))
                performers = [p for p in performers if not self.people.roles(p) & others]
            if len(performers) > 1:
                # "the singer" of a song by "the producer X" featuring Y: not the one the page called only by a role
                # that performs no vocal part
                performers = [
                    p
                    for p in performers
                    if not self.people.roles(p) & _NON_VOCAL or self.people.roles(p) & _PERFORMER_NOUNS
                ]
            bands = {fold(g) for g in self.people.groups()}
            if len(performers) == 1 and fold(performers[0]) not in bands:
                return performers[0]
            # the band's members the page called its singers ("A (vocals, bass), B (drums)")
            singers: set[str] = set()
            if len(performers) == 1 and fold(performers[0]) in bands and noun in _SINGER_NOUNS:
                members = {fold(m) for m in self.people.members(performers[0])}
                vocal = {name for role in _SINGER_NOUNS for name in self.people.all_described(role)}
                singers = {name for name in vocal if fold(name) in members}
                if len(singers) == 1:
                    # "the singer" is the one member on vocals, whoever the text is about
                    return next(iter(singers))
            if len(performers) == 1 and self.focus is not None:
                # a band's song: "the singer" is the member the text is about ('Doyle has always been wary of
                # it. "...," the singer told NME.'), unless the page said others sing and not them
                members = {fold(m) for m in self.people.members(performers[0])}
                if fold(self.focus) in members and (not singers or self.focus in singers):
                    return self.focus
        return None

    def _own_band(self, mentions: list[Mention]) -> str | None:
        """ "his band", "their bandmates": the page's one group, when the sentence so far (or, before it names
        anyone, the person it is about) is that group or one of its members."""
        groups = self.people.groups()
        if len(groups) != 1:
            return None
        band = groups[0]
        members = {fold(m) for m in self.people.members(band)} | {fold(band)}
        # the people of the last few mentions (a sentence may hold thousands)
        about = [m.person for m in mentions[-16:] if m.person] or ([self.focus] if self.focus else [])
        return band if any(fold(person) in members for person in about) else None

    def _one_of_two(self, tokens: list[tuple[int, int, str]], first: int, stop: int) -> int:
        """Where a run of capitalised words joined by another language's "and" ends: at that word when the words
        on either side of it name someone the text has named ("Bell y Dorn" are two people, as "Bell and Dorn"
        are), unless the whole run does ("José Ortega y Gasset")."""
        for position in range(first + 1, stop - 1):
            if tokens[position][2] not in _AND_CONNECTORS:
                continue
            before = " ".join(t[2] for t in tokens[first:position])
            after = " ".join(t[2] for t in tokens[position + 1 : stop]).removesuffix("'s")
            whole = " ".join(t[2] for t in tokens[first:stop]).removesuffix("'s")
            if any(self.people.mention(side) or self._newcomer(side) for side in (before, after)) and not (
                self.people.mention(whole)
            ):
                return position
        return stop

    def _name(self, tokens: list[tuple[int, int, str]], first: int, stop: int, text: str) -> Mention | None:
        if stop - first > _MAX_NAME_WORDS and not _on_owned_title(tokens, first, stop):
            return None
        registered = self._register_entry(tokens, first, stop)
        if registered is not None:
            start, end = tokens[first][0], tokens[first][1]
            return Mention(start, end, text[start:end], "name", (registered,))
        words = [tokens[i][2] for i in range(first, stop)]
        possessive = words[-1].endswith(("'s", "'"))
        end = tokens[stop - 1][1]
        if possessive:  # the mention stops before the "'s", which stays in the skeleton ("@3's part")
            cut = 2 if words[-1].endswith("'s") else 1
            words[-1] = words[-1][:-cut]
            end -= cut
        if len(words) > 2 and words[-1] == "." and words[-2] in _GENERATIONS:
            words.pop()  # "Tate Jr.": the stop is the abbreviation's, in the mention but no word of the name
        # The longest tail of the phrase that names someone on the page ("DJ Kofi Mensah" -> "Kofi Mensah").
        # "his mother, June Whitlock": a month's name inside a clause that no preposition dates ("in June
        # Okafor ...") starts the name rather than standing before it
        named_month = (
            len(words) > 1
            and words[0].lower() in _MONTH_WORDS
            and first > 0
            and tokens[first - 1][2] not in ';:"('
            and tokens[first - 1][2].lower() not in _DATING
        )
        for skip in range(len(words)):
            if skip and (
                (
                    words[skip - 1].lower() not in _BEFORE_A_NAME
                    and not placed_word(words[skip - 1])
                    and not _honorific(words, skip - 1)
                    and not _honorific_alone(words, skip - 1)
                    and not _clerical_alone(words, skip - 1)
                )
                or (skip == 1 and named_month)
            ):
                break
            candidate = " ".join(words[skip:])
            if not candidate or (
                fold(candidate) in _STOP
                # "Oh said at the festival": a word that is most often no name ("Oh", "May") is the page's person's
                # when it is their name and a verb of saying follows it
                # ("Oh joined later": or any verb in the past tense, which no interjection or month stands before
                # without a comma)
                and not (
                    stop < len(tokens)
                    and (tokens[stop][2] in _SAID_AFTER or _PAST_VERB.match(tokens[stop][2]))
                    and self.people.mention(candidate) is not None
                )
                and not self._month_named(candidate, tokens, first, stop)
            ):
                continue
            courtesy = _courtesy(words, skip) or (_dotted_courtesy(tokens, first) if not skip else "")
            if courtesy and _surname_only(words[skip:]):
                titled = self._by_courtesy(candidate, courtesy)
                if titled is not None:
                    start = tokens[first + skip][0]
                    return Mention(start, end, text[start:end], "name", (titled,), possessive=possessive)
            if (
                skip == 0
                and len(words) == 1
                and first > 0
                and (
                    tokens[first - 1][2] == "the"
                    # "the veteran Oakland actor X": a word of age or standing between the article and the word
                    # leaves it the word of a place or a kind before the role noun
                    or (
                        first > 1
                        and tokens[first - 1][2] in _AGE_WORDS
                        and tokens[first - 2][2].lower() == "the"
                        and stop < len(tokens)
                        and tokens[stop][2] in ROLE_NOUNS
                    )
                )
                and fold(candidate) not in self.people.known
                and not self.people.named(candidate)
            ):
                ranked = self.people.ranks.get(candidate.lower(), []) if candidate.lower() in _RANKS else []
                if len(ranked) == 1 and not possessive:
                    # "When I rang the Professor": a title of rank alone, capitalised after "the", is the one the page
                    # titled so before their full name ("Professor Ruth Hale"), as one speaks of them
                    start = tokens[first][0]
                    return Mention(start, end, text[start:end], "name", (ranked[0],))
                # "at the Hard", "the Palais cloakroom": one says "Hale", not "the Hale", of a person, so a surname or
                # first name after "the" is a place's or a thing's short name (the page's "Ashcombe Hard")
                break
            age = _AGE_BEFORE.get(tokens[first - 1][2].lower()) if skip == 0 and first >= 2 else None
            elder = self.people.kin.get((age, fold(candidate))) if age is not None else None
            if age is not None and tokens[first - 2][2].lower() == "the" and (elder or self._sharers(candidate) > 1):
                # "the elder Vance": of two sharing the surname, the one the page told is the parent (or the
                # child); with no such relation told, no one for sure
                if elder is None:
                    return None
                start = tokens[first][0]
                return Mention(start, end, text[start:end], "name", (elder,), possessive=possessive)
            person = self.people.mention(candidate) or (
                self._by_reflexive(candidate, tokens, stop)
                if self.people.shared(candidate)
                # ("any time in Rio de Janeiro ... records made in Rio": one is in a place, not in a person, so a word
                # of a full name new to the page, after "in", is no shortening of it; one's something is someone's)
                else None
                if first + skip > 0 and tokens[first + skip - 1][2] == "in" and not possessive
                else self._newcomer(candidate)
            )
            honoured = _HONORIFIC_AFTER.match(candidate) if person is None and "-" in candidate else None
            if honoured is not None and not self.people.shared(honoured.group("name")):
                # "Saitō-san", "Park-ssi": a name with a Japanese or Korean honorific joined to it is whom the name
                # alone means (the honorific tells how one speaks of them, not who they are)
                person = self.people.mention(honoured.group("name")) or self._newcomer(honoured.group("name"))
            if person is not None:
                if courtesy and not _surname_only(words[skip:]):
                    self.people.honorifics.setdefault(fold(person), courtesy)
                elif courtesy and len(self.people.sharing(candidate)) == 1 and fold(candidate) != fold(person):
                    # "Mr Baird" while the page has named one Baird: the way it goes on speaking of him once it names
                    # his brother ("Mr Baird's brother, Angus Baird") is by that same title
                    self.people.surname_titles.setdefault(fold(person), courtesy)
                if courtesy in _COURTESY_SELVES and _surname_only(words[skip:]) and fold(candidate) != fold(person):
                    # "Mlle Beaulieu", "Mr Hale": a courtesy title before the surname of someone the page named in full
                    # tells a woman or a man as surely as "the actress X" does, so a "his" near her is someone else's
                    self.people.learn_titled_self(person, _COURTESY_SELVES[courtesy])
                # (the writer's own words: in a quote a friend may call them so where the writer would not)
                first_only = skip == len(words) - 1 and fold(candidate) == fold(person).split(" ", 1)[0]
                if first_only and not courtesy and self.speaker is None:
                    self.people.given_named.add(person)
                start = tokens[first + skip][0]
                return Mention(start, end, text[start:end], "name", (person,), possessive=possessive)
        # Leading sentence words and titles are not part of the phrase; "The" is, inside a sentence ("told
        # The Late Hour"), and so is a nationality ("Irish Times"), though it never starts a person's name.
        skip = 0
        # ("March 2018 - At a showcase ...": a dash after a timeline's date opens the clause as a colon does; "[ON
        # SCREEN: ...]": a script's note in square brackets opens as a bracketed aside does)
        clause_start = first == 0 or tokens[first - 1][2] in ';:"([-\u2013\u2014'
        while skip < len(words) and (
            # ("DJ Mag", "MC Weekly": a title before words that name an outlet, not a person, is the outlet's own word)
            (_title(words[skip]) and not all(fold(w) in _NOT_PERSON for w in words[skip + 1 :] or ["x"]))
            or _clerical(words, skip)
            # ("the Very Reverend X", "the Right Reverend X": the style of a dean or bishop before the church's title)
            or (
                words[skip].lower() in _REVEREND_STYLES
                and skip + 1 < len(words)
                and words[skip + 1].lower() == "reverend"
                and _clerical(words, skip + 1)
            )
            or _honorific(words, skip)
            # "Dublin-based Niamh Kyle", "London-based A&R consultant X": where someone is based or born describes
            # them and is no part of a name; nor is a trade's word of initials ("A&R") after it (alone, it is kept as
            # the word it was)
            or (placed_word(words[skip]) and skip + 1 < len(words))
            # "Grammy-winning Ada Roe", "the Bafta-nominated X": a prize a name is joined to by a participle praises
            # them and is no part of their name
            or (_acclaim_word(words[skip]) and skip + 1 < len(words))
            # "every second Wednesday Ann Arbour runs a folk night": a day's name told as when is no one's first
            # name (not "the show Sunday Sofa", a title's first word)
            or (
                skip == 0
                and words[0].lower() in _WEEKDAYS
                and len(words) > 1
                and first > 0
                and tokens[first - 1][2].lower() in _WHICH_DAY
            )
            or (skip > 0 and placed_word(words[skip - 1]) and "&" in words[skip])
            # "Dancers Léo Matsuda and ...": a plural role before the first of several names describes them
            or (clause_start and (words[skip].lower() in _STOP_OR_ROLE or _plural_role(words[skip].lower())))
            # "Neighbours Orville Janssen and Pearl Janssen play ...": a plural before the first of several
            # full names says what they are (not "Anders Holm and ...", whose rest is one word)
            or (
                clause_start
                and skip == 0
                and len(words) >= 3
                and _plural_people(words[0])
                and stop < len(tokens)
                and tokens[stop][2] in ("and", "&", ",")
            )
        ):
            if words[skip] == "The" and first + skip > 0:
                break
            skip += 1
        kept = words[skip:]
        # "Rio DJ Thiago Resende": what stands before a title or a role inside the phrase describes the name
        inner = [i for i, w in enumerate(kept[:-1]) if _title(w) or w.lower() in ROLE_NOUNS]
        if inner and all(fold(w) in _NOT_PERSON for w in kept[inner[-1] + 1 :]):
            inner = []  # "Pianist Today", "Drummer Weekly": a title that starts with a role, not a described name
        if inner and first > 0 and tokens[first - 1][2].lower() in _TITLED_BY | _PRINTED:
            inner = []  # "the podcast Girl Group Chat": a title told by what it is, whose words are all its own
        if inner == [0] and first > 0 and tokens[first - 1][2] == "the" and kept[0][1:].islower() and skip == 0:
            # "on the Group Chat podcast", "the Band Talk show": a role's noun capitalised after "the" opens a title;
            # before a name it is written in lower case ("the band X"), or as initials ("the DJ X")
            inner = []
        if inner:
            skip += inner[-1] + 1
            kept = words[skip:]
        if (
            len(kept) >= 2
            and kept[-1].lower() in ("dj", "mc")
            and all(w.lower() in _NATIONS or placed_word(w) for w in kept[:-1])
        ):
            # "the French DJ and producer X": where someone is from and their trade in capitals describe them, and
            # name no one
            return None
        if not kept or all(w.lower() in _NATIONS for w in kept) or kept == ["The"]:
            # "The" alone ("The Irish Times": a nationality starts a name of its own) names nothing
            return None
        start = tokens[first + skip][0]
        surface = text[start:end]
        # "the former All Black Tane Rawiri", "a former Spice Girl ...": what someone was, capitalised, stands between
        # "former" and the name, and where it ends the words do not tell (a name of the page in it is found above)
        unsure = first > 0 and tokens[first - 1][2].lower() == "former" and len(kept) >= 3
        kinned = _honorific_alone(kept, 0)
        new = (
            2 <= len(kept) <= 4
            and kept[0].lower() not in NAME_PARTICLES
            # "on The Early Gist": a name kept with its "The" is a title's, never a person's
            and kept[0] != "The"
            and all(
                _capital(w) or w.lower() in NAME_PARTICLES or _joining_surnames(kept, n) for n, w in enumerate(kept)
            )
            and not any(fold(w) in _NOT_PERSON for w in kept)
            and not any(w.lower() in _NATIONS for w in kept[_given_nation(tokens, first, kept, skip) :])
            and not any(c.isdigit() for w in kept for c in w)  # "DR P3": no one's name holds a digit
            # "the Leeds DJ and producer Ann Arbour": a title ends no one's name; it is what the place before it
            # describes
            and not _title(kept[-1])
            # "Rolling Stone India", "Vogue Australia": a country's edition of a title, not a surname
            and not (fold(kept[-1]) in COUNTRIES and fold(kept[-1]) not in _COUNTRY_SURNAMES)
            # "South Africa", "New Zealand": a country's name of two words is no one's
            and fold(" ".join(kept)) not in COUNTRIES
            # "the Milan-based Edizioni Lo Russo": a name right after "the" (and where it is based) is a thing's; one
            # says "Lo Russo", not "the Lo Russo", of a person (one described by what they do is past a role word)
            and not (first > 0 and tokens[first - 1][2] == "the" and all(placed_word(w) for w in words[:skip]))
            # "dancers from the Seoul crew Prism Step": a name right after a word for a company of performers is
            # the company's, as "the band X" is a band's
            and not (first > 0 and skip == 0 and tokens[first - 1][2] in _COMPANIES)
            and not unsure
            # "Lo Russo" after "Francesca Lo Russo" and "Gino Lo Russo": the surname of two named before, so no one
            # new, and neither of them for sure
            # "Northgate's Amsterdam office": one's something, read as one phrase, is no one's name
            and not any(w.endswith("'s") for w in kept[:-1])
            and not self.people.shared(surface)
            and len(self.newcomers.get(fold(surface), ())) < 2
            # "Grandpa Lucien" after Lucien Lefèvre and Lucien Diop: one of them, not someone new
            and not (kinned and (self.people.sharing(kept[1]) or fold(kept[1]) in self.newcomers))
            and not _apposed_place(tokens, stop)
            and not _town_of_region(tokens, first + skip, stop)
            and fold(surface) not in self.people.epithets
            # "going to Notting Hill Carnival": a run ending on an event's word is the event's name, no one's (so
            # "Carnival" or "Notting Hill" later means no one either)
            and fold(kept[-1]) not in _EVENT_ONLY_ENDS
        )
        courtesy = _courtesy(words, skip)
        if new and courtesy and not kinned:
            self.people.honorifics.setdefault(fold(surface), courtesy)
        if new and skip and words[skip - 1].lower() in _RANKS:
            ranked = self.people.ranks.setdefault(words[skip - 1].lower(), [])
            if len(ranked) < 2 and surface not in ranked:
                ranked.append(surface)
        # "Abuelo Tomás - Tomás Treviño Salinas": an honorific or a title of kin before one name is what someone is
        # called, no first name and surname, so its words go on meaning whom the page names in full ("Tomás")
        if new and not kinned:
            # the first word and each tail of the rest: the last word, the last two when they are a surname of two
            # ("Ó Cuív", "de Vries"), the last three of a double surname with its particle ("Fernández del Río")
            tails = {fold(kept[0])} | {fold(" ".join(kept[cut:])) for cut in range(1, len(kept))}
            if len(kept) >= 3:
                # "Anh Thư" of "Anh Thư Reid": a first name of two words, as ``People`` keeps it for the page's people
                tails.add(fold(" ".join(kept[:2])))
            for word in tails:
                named = self.newcomers.setdefault(word, [])
                # Two are enough to know the word alone names no one for sure (and keep this linear).
                if len(named) < 2 and surface not in named:
                    named.append(surface)
            opening = fold(kept[0]).split(" ", 1)[0]
            for cut in range(2, len(opening)):
                shortened = self._new_shortenings.setdefault(opening[:cut], [])
                if len(shortened) < 2 and surface not in shortened:
                    shortened.append(surface)
        return Mention(start, end, surface, "name", (), new=new, possessive=possessive, unsure=unsure)

    def _register_entry(self, tokens: list[tuple[int, int, str]], first: int, stop: int) -> str | None:
        """ "...: Mirabella, Concetta, 17, single": a register's or a list's entry, surname first, then the first name
        and an age, is one person, "Concetta Mirabella", one of the page's people from there on, whom either word alone
        goes on meaning; None when the words are not such an entry or either word already names someone."""
        if (
            stop - first != 1
            or stop + 3 >= len(tokens)
            or tokens[stop][2] != ","
            or tokens[stop + 2][2] != ","
            or not (tokens[stop + 3][2].isdigit() and len(tokens[stop + 3][2]) <= 3)
            or (first > 0 and tokens[first - 1][2] not in ':;("')
        ):
            return None
        surname, given = tokens[first][2], tokens[stop + 1][2]
        if not (_capital(surname) and _capital(given) and surname.isalpha() and given.isalpha()):
            return None
        if any(
            fold(word) in _STOP or fold(word) in _NATIONS or fold(word) in COUNTRIES or fold(word) in _NOT_PERSON
            for word in (surname, given)
        ) or any(self.people.mention(word) or self.newcomers.get(fold(word)) for word in (surname, given)):
            return None
        return self.people.canonical(f"{given} {surname}")

    def _by_reflexive(self, word: str, tokens: list[tuple[int, int, str]], stop: int) -> str | None:
        """A surname two people share, told with "himself" or "herself" in its clause ("Albright posted a video of
        herself"): the one of them the page may call so, when the page calls the other otherwise."""
        for _, _, following in tokens[stop : stop + _REFLEXIVE_REACH]:
            if following in ',.;:!?"':
                return None
            self_word = following.lower()
            if self_word in ("himself", "herself"):
                sharing = self.people.sharing(word)
                fits = [p for p in sharing if self.people.may_be(p, self_word)]
                return fits[0] if len(fits) == 1 and len(sharing) > 1 else None
        return None

    def _by_courtesy(self, surname: str, courtesy: str) -> str | None:
        """A surname several people share, after a courtesy title ("Mrs Halász" when the page names Mrs Erzsébet
        Halász and her granddaughter Zsófia): the one the page titled so before her full name, or, when it titled
        none of them so, the one it gave no other title ("Miss Halász" is not the "Mrs"). None when the page titled
        none of them at all (the reading without titles decides) or the titles do not tell one."""
        sharing = {fold(name): name for name in self.people.sharing(surname) + self.newcomers.get(fold(surname), [])}
        if len(sharing) < 2:
            return None
        titles = {key: self.people.honorifics.get(key) for key in sharing}
        if not any(titles.values()):
            # ("Mr Baird" after "Mr Baird's brother, Angus Baird"): the one the page titled so by surname alone while
            # no one else had that surname
            by_surname = [sharing[key] for key in sharing if self.people.surname_titles.get(key) == courtesy]
            if len(by_surname) == 1:
                return by_surname[0]
            # ("Mr Prydderch" when the page names Siân Prydderch, "her", and her grandfather Emrys, "his"): the one
            # whom the page's pronouns make the title's sex, when they make each of the others the other sex
            self_word = _COURTESY_SELVES.get(courtesy)
            selves = {key: self.people.selves.get(name, "") for key, name in sharing.items()}
            fits = [sharing[key] for key, word in selves.items() if word == self_word]
            others = [word for word in selves.values() if word != self_word]
            fitting = self_word is not None and len(fits) == 1
            if fitting and all(word in ("himself", "herself") for word in others):
                return fits[0]
            # ("Mr Dorn" when the page calls Wynne Dorn "Cy's aunt" and gives Cy Dorn no pronoun at all): the one the
            # page does not make the other sex, when a noun it said of each of the others made them so (a pronoun
            # alone may have meant someone else)
            contrary = {"himself": "herself", "herself": "himself"}.get(self_word or "")
            told = {key: self.people.told_selves.get(name, "") for key, name in sharing.items()}
            unlike = [key for key, word in told.items() if word != contrary]
            if contrary and len(unlike) == 1 and selves[unlike[0]] == "":
                return sharing[unlike[0]]
            # ("Mrs Arbour" when the page calls Ann Arbour "Ann" and names her grandmother Ida Arbour): the
            # one the page never called by first name alone, when it has so called each of the others, and the
            # title's sex is not what the page's pronouns make them
            formal = [key for key, name in sharing.items() if name not in self.people.given_named]
            if self_word is not None and len(formal) == 1 and selves[formal[0]] != contrary:
                return sharing[formal[0]]
            # ("Mrs Royle" when the page calls Jan Royle "her" and gives her son Dan Royle no pronoun at all, neither
            # called by first name alone): the one the pronouns make the title's sex, when they make none of the
            # others anything
            if fitting and others and all(word == "" for word in others) and len(formal) == len(sharing):
                return fits[0]
            return None
        same = [sharing[key] for key, title in titles.items() if title == courtesy]
        if same:
            return same[0] if len(same) == 1 else None
        untitled = [sharing[key] for key, title in titles.items() if title is None]
        return untitled[0] if len(untitled) == 1 else None

    def _month_named(self, word: str, tokens: list[tuple[int, int, str]], first: int, stop: int) -> bool:
        """A month's name alone that is the first name of someone the page named in full ("June Okafor"), where no
        date can be meant: no dating word before it ("in June", "by June", "from May to June"), no day or year
        after it ("June 12", "June 2019"), and not "the June issue" ("and June and Rene play themselves",
        "introduced to June years before", "June in turn introduced")."""
        lowered = word.lower()
        if lowered not in _MONTH_WORDS or self.people.mention(word) is None:
            return False
        before = tokens[first - 1][2].lower() if first > 0 else ""
        if before in _DATING or before in _MONTH_BEFORE or before.isdigit():
            return False
        if before == "to" and any(
            t[2].lower() in _MONTH_WORDS or t[2].isdigit() or t[2].lower() == "from"
            for t in tokens[max(0, first - 4) : first - 1]
        ):
            return False  # "from May to June", "10 May to June": a span of months
        if stop < len(tokens) and (tokens[stop][2][:1].isdigit() or tokens[stop][2].lower() in _MONTH_AFTER):
            return False
        if (
            stop + 1 < len(tokens)
            and tokens[stop][2] in {"and", "&", ","}
            and tokens[stop + 1][2].lower() in _MONTH_WORDS
        ):
            return False  # "June and July": two months
        # "May the road rise": at a sentence's start, "May" is as often the wish
        return not (lowered == "may" and (not before or before in _SENTENCE_OPENERS))

    def _sharers(self, word: str) -> int:
        """How many people a surname may mean: the page's people and the full names the text has used with it."""
        sharing = self.people.sharing(word) + self.newcomers.get(fold(word), [])
        return len({fold(name) for name in sharing})

    def _named_in_full(self, words: str) -> bool:
        """Whether the words are the full name of one of the page's people or of someone the text has named."""
        return self.people.named(words) or any(
            fold(name) == fold(words) for name in self.newcomers.get(fold(words.split(" ", 1)[0]), ())
        )

    def _newcomer(self, word: str) -> str | None:
        named = self.newcomers.get(fold(word), []) if word.count(" ") <= 2 else []
        return named[0] if len(named) == 1 else None

    def _note_description(self, tokens: list[tuple[int, int, str]], first: int, mention: Mention) -> None:
        """ "Spanish producer Javier Solano": remember what the page calls the person named right after; a
        new name so described is a person of the page from then on ("Solano" alone means them)."""
        while first < len(tokens) and tokens[first][0] < mention.start:
            first += 1  # the mention may start after leading words of its group ("Singer Ann Arbour")
        self._note_listed(tokens, first, mention)
        # "the brothers A and B", "the brothers Ivo and B": whom "the brothers" later means (see _by_role), a new
        # name too
        kin = first - 1 if first >= 2 and tokens[first - 1][2].lower() in _KIN_GROUPS else first - 3
        if kin >= 1 and kin < first - 1 and tokens[first - 1][2] != "and":
            kin = -1
        if kin >= 1 and tokens[kin][2].lower() in _KIN_GROUPS and tokens[kin - 1][2].lower() == "the":
            named = mention.person or (self.people.canonical(mention.text) if mention.new else None)
            if named is not None and not mention.possessive:
                self.people.describe([tokens[kin][2].lower()], named)
        words: list[str] = []
        place = ""
        position = first - 1
        if position >= 1 and tokens[position][2] == "," and tokens[position - 1][2].lower() in ROLE_NOUNS:
            if _said_of_a_name(tokens, position - 1):
                # "A is the drummer, B plays bass": the role is said of the copula's subject, and the name after the
                # comma opens a clause of its own
                return
            position -= 1  # "share a manager, Priya Raman"
        while position >= 0 and len(words) < 3:
            word = tokens[position][2].lower()
            if not words and word not in ROLE_NOUNS:
                # "the Lafayette sign-painter X": a trade named by what the role works on, then the role's noun, is
                # that role ("the painter" later means them); not a prefix ("co-producer", "ex-drummer")
                trade, _, head = word.rpartition("-")
                if head not in ROLE_NOUNS or not trade.isalpha() or len(trade) < 3 or trade in _NOT_TRADES:
                    return
                word = head
            # "the Osaka-born producer Sōta Fujiwara": where someone is from, capitalised, is what they are called
            placed = word.endswith(_PLACED) and word.replace("-", "").isalpha()
            # ("the sean-nós singer X": a lower-case word of letters joined by hyphens says which kind, as one does)
            if word in ROLE_NOUNS or word in _NATIONS or placed or (_lettered(word) and word == tokens[position][2]):
                words.insert(0, word)
                position -= 1
                continue
            if (
                word.isalpha()
                and _capital(tokens[position][2])
                and word not in _STOP
                and position > 0
                and tokens[position - 1][2].lower() in ("the", "a", "an")
            ):
                # "the Montreal crooner X": a capitalised word between the article and the role places them
                words.insert(0, word)
                place = word
            elif (
                word.isalpha()
                and _capital(tokens[position][2])
                and words
                and position > 1
                and tokens[position - 1][2].isalpha()
                and _capital(tokens[position - 1][2])
                and tokens[position - 2][2].lower() in ("the", "a", "an")
                and not {word, tokens[position - 1][2].lower()} & _STOP
            ):
                # "the Lagos Afrobeats singer X": two capitalised words between the article and the role describe
                # them (a place and a style, say), which of the two which is not told; the phrase names no one new
                self.people.epithets.add(fold(f"{tokens[position - 1][2]} {tokens[position][2]}"))
            break
        # "the radio DJ X": the word before the role, right after "the", says which one ("the radio DJ" later means
        # them, though "the DJ" may mean another)
        compound = (
            words[1:]
            if len(words) == 3
            and words[0] == "the"
            and _lettered(words[1])
            and words[1] not in ROLE_NOUNS | _DETERMINERS | _NATIONS
            and words[2] in ROLE_NOUNS
            else []
        )
        while (
            words
            and words[0] not in ROLE_NOUNS
            and words[0] not in _NATIONS
            and not words[0].endswith(_PLACED)
            and words[0] != place
            and len(words) > 1
            and (words[0] in _DETERMINERS or words[-1] != "player" or len(words) > 2)
        ):
            # "the", "their", "shared": not part of what they are called (but "fiddle player" is what one plays)
            words.pop(0)
        if not words:
            return
        if mention.person is None and mention.new and not mention.possessive:
            mention.people = (self.people.canonical(mention.text),)
        if words[-1] in GROUP_NOUNS and mention.person not in self.people.groups():
            return  # "X are a duo, A and B": the act whose members are listed, not what the first of them is
        if mention.person is not None:
            self.people.describe(words, mention.person)
            if compound and compound != words:
                self.people.describe(compound, mention.person)
            plain = words[1:] if _placing(words[0]) else []
            if len(plain) > 1:
                # "the Peruvian-born charango player X": "the charango player" later means them too (a one-word role
                # left is in the page's words already)
                self.people.describe(plain, mention.person)
            for word in words:
                if word in _KIN_SELF:
                    self.people.learn_self(mention.person, _KIN_SELF[word])
            self._note_joined_role(tokens, first, mention.person)

    def _note_joined_role(self, tokens: list[tuple[int, int, str]], first: int, person: str) -> None:
        """ "the Leeds DJ and producer Ann Arbour": the first of two roles joined before a name is theirs too, with
        the place or nationality before it ("the Bristol DJ" later means them)."""
        if first < 3 or tokens[first - 2][2] != "and":
            return
        role, noun = tokens[first - 3][2].lower(), tokens[first - 1][2].lower()
        if role not in ROLE_NOUNS or noun not in ROLE_NOUNS or role == noun:
            return
        words = [role]
        if first >= 5 and tokens[first - 5][2].lower() in _DETERMINERS:
            before = tokens[first - 4][2]
            lower = before.lower()
            if lower in _NATIONS or lower.endswith(_PLACED) or (_capital(before) and lower not in _STOP):
                words.insert(0, lower)
        self.people.describe(words, person)

    def _note_apposition(self, tokens: list[tuple[int, int, str]], stop: int, mention: Mention) -> None:
        """ "Zielinski, the group's drummer, told ...": an apposition of a role right after a name of the page says
        what the page calls them ("the drummer" later means them), as a role before the name does."""
        if not mention.possessive and stop + 2 < len(tokens) and tokens[stop][2] == "(":
            self._note_bracketed(tokens, stop + 1, mention)
            return
        if mention.possessive or stop + 3 >= len(tokens) or tokens[stop][2] != ",":
            return
        if mention.person is None and not mention.new:
            return
        position = stop + 1
        # ("Vik, a Norwegian engineer, kept it sparse": what someone is, said with "a", is what they may be called;
        # "Ruth Abernethy, a classically trained cellist from Belfast whose ...")
        article = tokens[position][2].lower()
        if article not in ("the", "his", "her", "their", "a", "an"):
            return
        position += 1
        # ("Sven Ek, the Swede, plays bass": the one Swede of the page, by "the", as by "a")
        if article in ("a", "an", "the") and self._note_demonym(tokens, position, mention):
            return
        placed = tokens[position][2]
        if article in ("a", "an") and _capital(placed) and placed.lower().endswith(_PLACED):
            # "Crane, a Louisiana-born singer who lives in Nashville": where they were born or are based is theirs,
            # whatever the relative clause goes on to say (as "a Glaswegian who ..." places them)
            self._adopt(mention)
            self.people.place(placed.lower(), str(mention.person))
            # (and what they are after it: "a Belfast-born guitarist" is "the guitarist" too)
            position += 1
        owner = tokens[position][2]
        if owner.endswith("'s") and (owner.removesuffix("'s") in GROUP_NOUNS or (article == "the" and owner.islower())):
            position += 1  # "the band's drummer", "the game's audio director"
        words: list[str] = []
        while position < len(tokens) and len(words) < 3:
            word = tokens[position][2]
            # a nationality, capitalised, tells where they are from ("a Norwegian engineer": "the Norwegian")
            if not (word.replace("-", "").isalpha() and (word.islower() or word.lower() in _NATIONS)):
                break
            words.append(word.lower())
            position += 1
            if word in ROLE_NOUNS:
                break
        else:
            return
        # only an apposition that closes ("the group's drummer, told") or goes on in lower case ("a cellist from
        # Belfast"): "X, the drummer Y" describes Y
        if not words:
            return
        # (or ends the sentence: "The idea was X's, the game's audio director.")
        # ("Moss, the producer who died in May": a relative clause after "the" role says which one they are, still
        # them; after "a" it may tell only of some, and is read as no description, as any apposition left open)
        if position < len(tokens) and not (
            tokens[position][2] in (",", ".")
            or (article in ("a", "an") and tokens[position][2] in _FROM)
            # ("a painter by trade": what they do for a living, still a painter)
            or (
                article in ("a", "an")
                and tokens[position][2] == "by"
                and position + 1 < len(tokens)
                and tokens[position + 1][2].lower() in ("trade", "profession")
            )
            # ("a guitarist working nights at the depot": a participle going on about the one described)
            or (article in ("a", "an") and _PARTICIPLE.match(tokens[position][2]) is not None)
            # ("a producer based in Manchester who ...", "a singer born in Lagos,": a past participle and where, one
            # capitalised word that ends the apposition or opens a relative clause, still about the one described)
            or (
                article in ("a", "an")
                and (_PAST_VERB.match(tokens[position][2]) is not None or tokens[position][2] == "born")
                and position + 3 < len(tokens)
                and tokens[position + 1][2] in _FROM
                and _capital(tokens[position + 2][2])
                and tokens[position + 3][2] in (",", ".", "who", "whose")
            )
            or (tokens[position][2] == "who" and article == "the" and words[-1] in ROLE_NOUNS)
            # ("Groot, a Dutch songwriter he has worked with for years": a relative clause with no "who", whose own
            # subject opens it, says what they are to him, still a songwriter)
            or (article in ("a", "an") and tokens[position][2] in ("he", "she", "they", "I", "we"))
        ):
            return
        role = words[-1] in ROLE_NOUNS
        if not role and not (len(words) == 1 and words[0] in _NATIONS):
            return
        self._adopt(mention)
        if role:
            self.people.describe([w for w in words[:-1] if w in _NATIONS] + words[-1:], str(mention.person))
            if words[-1] == "player" and len(words) > 1 and words[-2] not in _NATIONS:
                # ("X, the band's keyboard player,": what they play tells which player, "the keyboard player" later)
                self.people.describe(words[-2:], str(mention.person))
            after = tokens[position + 1][2] if position + 1 < len(tokens) else ""
            following = tokens[position + 2][2] if position + 2 < len(tokens) else "."
            if (
                article in ("a", "an")
                and tokens[position][2] == "from"
                and _capital(after)
                and after.lower() not in _STOP
                and (following in (",", ".", ";", ")") or following.lower() in ("who", "whose", "and"))
            ):
                # "Lund, a producer from Bergen who ...": one word after "from", ending the apposition or opening a
                # relative clause, is where they are from ("the Bergen producer" may mean them later)
                self.people.place(after.lower(), str(mention.person))
        else:
            self.people.place(words[0], str(mention.person))  # "Vik, a Norwegian, kept it": the nationality alone

    def _note_kin_self(self, text: str, mention: Mention) -> None:
        """ "Her godfather is the veteran producer X", "his aunt, X": a relation that says a man or a woman, told of
        a name as what they are, is what the page may call them ("himself")."""
        # ("introduced by Keiko's husband, Bernd Schulz": a full name new to the page is someone by its words)
        person = mention.person or (
            squash(mention.text).strip(" ,.;:") if mention.new and mention.kind == "name" else None
        )
        if not person or mention.possessive or mention.start == 0:
            return
        found = _KIN_SELF_BEFORE.search(text[max(0, mention.start - 120) : mention.start])
        if found is None:
            return
        if mention.person is None and found.group(0).lstrip(" (").split()[0].lower() in _OWNER_WORDS:
            # (a new name only as the relation of someone named, "Keiko's husband, X": "her uncle, X" may be of
            # whoever "her" is, and a "him" after it may mean another as well; but "his wife, X" is a woman, whom a
            # "him" cannot mean)
            self.people.learn_titled_self(person, _KIN_SELVES[found.group("kin").lower()])
            # ("Her mother, Nomvula Mokoena, ..." on a page about Thandeka Mokoena: the one other of the family name
            # is whose mother, so "the elder Mokoena" is the new name)
            self._note_generation(found, person)
            return
        words = (found.group("words") or "").split()
        if words and (words[-1] not in ROLE_NOUNS or any(w in _STOP for w in words[:-1])):
            return  # "her brother was a friend of X": what the relation is said to be must be X
        self.people.learn_told_self(person, _KIN_SELVES[found.group("kin").lower()])
        if mention.person is not None:
            self._note_generation(found, mention.person)

    def _note_gendered_noun(self, text: str, mention: Mention) -> None:
        """ "a bearded man called X", "the Chilean actress X", "X, a retired landlady,", "X plays herself": a word
        that says a man or a woman, said of the name itself, is what the page may call them ("himself"). (Never read
        from the first name: only what the page says.)"""
        person = mention.person or (
            squash(mention.text).strip(" ,.;:") if mention.new and mention.kind == "name" else None
        )
        if not person or mention.kind != "name":
            return
        before = _GENDERED_BEFORE.search(text[max(0, mention.start - 80) : mention.start])
        after = None if mention.possessive else _GENDERED_AFTER.match(text, mention.end)
        said = {
            _GENDERED_NOUNS.get(word.lower(), word.lower())
            for found in (before, after)
            if found is not None
            for word in (found.group("noun"), found.group("self") if found is after else None)
            if word
        }
        if len(said) == 1:
            self.people.learn_told_self(person, said.pop())

    def _note_kin_first_name(self, text: str, mention: Mention, before: list[Mention]) -> None:
        """ "Ana Ruiz's brother, Tomás", "her grandmother Setsuko": a relative the page names by first name alone has
        the family name of whose relative they are (Tomás Ruiz), a person of the page from then on, whom the first
        name alone goes on meaning. Whose a "his" or "her" is: the one person the sentence named before it whom the
        word may mean (the text's focus when it named no one), never when a pronoun of the same kind stands before."""
        offset = max(0, mention.start - 80)
        found = _KIN_FIRST_NAME.search(text[offset : mention.start]) or _KIN_LISTED.search(text[offset : mention.start])
        if found is None:
            self._note_family_member(text, mention, before)
            return
        # (whose relatives they are is named by the relation, not among the names listed after it)
        before = [m for m in before if m.end <= offset + found.end("kin")]
        first = squash(mention.text)
        if (
            found is None
            or not first.isalpha()
            or not _capital(first)
            or any(fold(first) in words for words in (_STOP, _NATIONS, COUNTRIES, _NOT_PERSON))
            or self.people.mention(first) is not None
            or self.people.sharing(first)
            or self.newcomers.get(fold(first))
        ):
            return
        owner_word = found.group("owner").lower()
        owner: str | None = None
        if owner_word.endswith("'s"):
            last = before[-1] if before else None
            if (
                last is not None
                and last.possessive
                and last.start <= offset + found.start("owner") < last.end
                and not _PAIR_NEXT.match(text, mention.end)
            ):
                # (not when "the two of them" follows: whom the relative brings together with the owner is then
                # not sure yet, and a name would let the pair of the paragraph before be read as theirs)
                owner = last.person
        else:
            self_word = _SINGULAR_SELF[owner_word]
            if any(m.kind == "pronoun" and _PRONOUN_SELF.get(m.text.lower()) == self_word for m in before):
                return  # "she ... her sister Ana": whose may be the pronoun's, not known while the sentence is read
            # (a new full name is someone too, whom the word may mean)
            named = {
                m.person or squash(m.text)
                for m in before
                if m.kind == "name" and (m.person is not None or (m.new and not m.possessive))
            }
            if not named and self.focus is not None:
                named = {self.focus}
            may = [p for p in named if self.people.may_be(p, self_word)]
            if len(may) == 1 and len(named) == 1:
                owner = may[0]
        if owner is None or " " not in owner:
            return
        given, surname = owner.split(" ", 1)
        called = fold(found.group("owner").removesuffix("'s"))
        if owner_word.endswith("'s") and " " in surname and called in fold(surname).split()[:-1]:
            # "Lusamba's brother, Jonathan" of Héritier Lusamba Kapinga: the family name the page calls the owner by
            # is the one it gives their kin (Jonathan Lusamba)
            surname = next(word for word in surname.split() if fold(word) == called)
        if fold(given) in _FAMILY_NAME_FIRST:
            return  # "Park Ji-woo's sister, Soo-ah": "Ji-woo" is no family name
        family = [word for word in surname.split() if fold(word) not in NAME_PARTICLES]
        kin = found.group("kin").lower().removesuffix("s")
        if kin not in _SIBLINGS:
            # a parent's or a child's family name is the owner's only when it is one unchanging word ("Lopes Cunha",
            # two family names, is a father's and a mother's, of which a child passes on one)
            if len(family) != 1 or fold(family[0]).endswith(_FORMED_FAMILY_NAME):
                return
        elif fold(family[-1]).endswith(_FORMED_FAMILY_NAME):
            # a brother's or a sister's is the owner's when both are men or both are women
            owner_self = (
                _SINGULAR_SELF[owner_word] if owner_word in _SINGULAR_SELF else self.people.selves.get(owner, "")
            )
            if not owner_self or owner_self != _KIN_SELVES.get(kin, ""):
                return
        mention.people = (self.people.canonical(f"{first} {surname}"),)

    def _note_family_member(self, text: str, mention: Mention, before: list[Mention]) -> None:
        """ "The Lindqvists are the children of a pastor, and they have played since the youngest, Per, was five": one
        of a family named by its plural family name in the sentence, by first name alone, has that family name, when
        the page has named one of them in full (Per Lindqvist), a person of the page from then on."""
        if _FAMILY_MEMBER.search(text[max(0, mention.start - 40) : mention.start]) is None:
            return
        first = squash(mention.text)
        if (
            not first.isalpha()
            or any(fold(first) in words for words in (_STOP, _NATIONS, COUNTRIES, _NOT_PERSON))
            or self.people.mention(first) is not None
            or self.people.sharing(first)
            or self.newcomers.get(fold(first))
        ):
            return
        families = {
            m.text.removesuffix("s")
            for m in before
            if m.kind == "name"
            and not m.people
            and " " not in m.text
            and m.text.endswith("s")
            and text[max(0, m.start - 4) : m.start].lower() == "the "
            and self.people.sharing(m.text.removesuffix("s"))
        }
        if len(families) == 1:
            mention.people = (self.people.canonical(f"{first} {families.pop()}"),)

    def _sibling_owner(self, text: str, start: int, named: Mention, reflexive: str) -> str | None:
        """ "her brother Ramiro Diaz": whose brother, by the family name, when one other of the page's people has it
        and the page may call them so (None otherwise)."""
        if named.kind != "name" or named.possessive or not named.person or " " not in named.person:
            return None
        if _SIBLING_NAMED.match(text[start : named.start]) is None:
            return None
        surname = named.person.split()[-1]
        others = [p for p in self.people.sharing(surname) if fold(p) != fold(named.person)]
        if len(others) != 1 or not self.people.may_be(others[0], reflexive):
            return None
        return others[0]

    def _note_generation(self, found: linear.Match, person: str) -> None:
        """ "his daughter, Ada Vance" when one other of the page's people is a Vance: she is the younger of the two
        and the other the elder, whom "the elder Vance" means. Only a relation of whose the page says nothing else
        ("his", "her", or the other Vance's own name): "Gil Moss's daughter, Ada Vance" tells nothing of Vances."""
        generation = _GENERATION.get(found.group("kin").lower())
        surname = person.split()[-1] if " " in person else ""
        if generation is None or not surname:
            return
        # (the other may be a full name the text has used but not yet made one of the page's people)
        sharing = self.people.sharing(surname) + self.newcomers.get(fold(surname), [])
        others = list({fold(name): name for name in sharing if fold(name) != fold(person)}.values())
        if len(others) != 1:
            return
        whose = found.group(0).split()[0].lstrip("(")
        if whose.endswith("'s") and self.people.mention(whose[:-2]) != others[0]:
            return
        self.people.kin.setdefault((generation, fold(surname)), person)
        self.people.kin.setdefault((_OTHER_GENERATION[generation], fold(surname)), others[0])

    def _note_predicate(self, tokens: list[tuple[int, int, str]], first: int, stop: int, mention: Mention) -> None:
        """ "Before the single, Dex Cole was a Leeds mixtape rapper with ...": what a name opening a clause is said to
        be, with "a", is what the page may call them ("the rapper" later means them), as an apposition of it is.
        Not a relation ("was a friend of X"), nor a name after another's words ("the brother of X was a rapper")."""
        if mention.possessive or (mention.person is None and not mention.new) or stop + 3 >= len(tokens):
            return
        # (", and X is a Norwegian singer": a clause of its own joined on after a comma opens on the name as well)
        joined = first > 1 and tokens[first - 1][2].lower() in ("and", "but") and tokens[first - 2][2] == ","
        if first > 0 and tokens[first - 1][2] not in (",", ";", ":") and not joined:
            return
        if tokens[stop][2].lower() not in ("was", "is"):
            return
        position = stop + 1
        if tokens[position][2].lower() in _PREDICATE_ADVERBS:
            position += 1  # "was then a ...", "is already a ..."
        if self._note_placed_predicate(tokens, position, mention):
            return
        if position + 1 >= len(tokens) or tokens[position][2].lower() not in ("a", "an", "the"):
            return
        if tokens[position][2].lower() in ("a", "an") and self._note_demonym(tokens, position + 1, mention):
            return  # "X is a Quebecer who came over for a term": placed there, as "X, a Quebecer who ..." is
        definite = tokens[position][2].lower() == "the"
        position += 1
        words: list[str] = []
        while position < len(tokens) and len(words) < 4:
            token = tokens[position][2]
            word = token.lower()
            if not (token.isalpha() or "-" in token):
                return
            if word in ROLE_NOUNS:
                words.append(word)
                break
            if word in _STOP or not (token.islower() or _capital(token)):
                return  # "was a fan of the drummer": what they are is not the role after it
            words.append(word)
            position += 1
        else:
            return
        after = tokens[position + 1][2].lower() if position + 1 < len(tokens) else ""
        if not words or words[-1] not in ROLE_NOUNS or words[-1] in _KIN or after in ("of", "to", "for"):
            return
        if after in ROLE_NOUNS or (after.isalpha() and after not in _AFTER_PREDICATE and not _capital(after)):
            return  # "was a singer songwriter", "was a producer turned ...": the role goes on
        if joined and after in ("who", "and", "but", "when", "until", "before"):
            # (", and X is a sound engineer who mixed our gigs": read only when the role closes a joined clause, whose
            # going on may tell more of whom the page's plurals look back to)
            return
        if definite and (after not in (",", ".", ";") or len(words) > 1 or words[-1] not in PLAYER_NOUNS):
            # "A is the drummer, B plays bass": the one part a line-up gives them, closed there (not "was the
            # drummer in his first band", "is the only drummer"; "X is the landlady" may be a part in a film)
            return
        self._adopt(mention)
        self.people.describe([w for w in words[:-1] if w in _NATIONS] + words[-1:], str(mention.person))

    def _note_placed_predicate(self, tokens: list[tuple[int, int, str]], position: int, mention: Mention) -> bool:
        """ "X is Welsh", "X is as Welsh as they come", "X is proudly Welsh, and ...": a capitalised word of where
        someone is from, said of a name opening its clause with nothing after it but the clause's end or a comparison,
        places them there ("the Welsh singer" may mean them later)."""
        if position < len(tokens) and tokens[position][2].lower() in _PLACED_ADVERBS:
            position += 1
        compared = position + 2 < len(tokens) and tokens[position][2].lower() == "as"
        if compared:
            position += 1  # "is as Welsh as ...": the comparison's "as" on either side
        if position >= len(tokens):
            return False
        word = tokens[position][2]
        after = tokens[position + 1][2].lower() if position + 1 < len(tokens) else "."
        if (
            not _capital(word)
            or word.lower() in _STOP
            or not _placing(word.lower())
            or (after != "as" if compared else after not in (",", ".", ";", "and", "but", "through"))
        ):
            return False
        self._adopt(mention)
        self.people.place(word.lower(), str(mention.person))
        return True

    def _note_identity(self, clause: Clause) -> None:
        """ "That sound engineer, by the way, is Joost Mol": a sentence that says who someone the page described is
        names them; the words are what the page may call them (so "the sound engineer" of an earlier sentence, read
        again, is them). Only a description of lower-case words that ends with a role, and an aside that names no
        one."""
        found = _IDENTITY.match(clause.skeleton)
        if found is None:
            return
        words = found.group("words").split()
        if words[-1] not in ROLE_NOUNS or any(w in _STOP or w in _KIN for w in words):
            return
        asides = [clause.mention(n) for n in MENTION.findall(found.group("aside") or "")]
        place = clause.mention(found.group("place"))
        if any(m is None or m.kind != "pronoun" for m in asides) or (place is not None and place.person):
            return
        mention = clause.mention(found.group("name"))
        if (
            mention is None
            or mention.kind != "name"
            or mention.possessive
            or (mention.person is None and not mention.new)
        ):
            return
        self._adopt(mention)
        self.people.describe(words, str(mention.person))
        self.people.identified += 1

    def _relative(self, noun: str, whose: str) -> str | None:
        """Whom "her cousin" means: the one the page said is a cousin of whom the text is about, when "her" may be
        them (the page has not called them "himself")."""
        focus = self.focus
        if focus is None or (noun not in _KIN_PLURALS.values() and noun not in _SPOUSES):
            return None
        if not self.people.may_be(focus, _SINGULAR_SELF[whose]):
            return None
        return self.people.kin.get((noun, focus)) or None

    def _note_spouse(self, clause: Clause) -> None:
        """ "X wrote it with her husband, the pianist Y": Y is X's husband (a second, other one leaves it unsure)."""
        found = _SPOUSE_NAMED.match(clause.skeleton)
        if found is None:
            return
        owner = clause.mentions[int(found.group("owner"))]
        named = clause.mentions[int(found.group("name"))]
        if owner.kind != "name" or owner.possessive or owner.person is None:
            return
        if named.kind != "name" or named.possessive or named.person is None or named.person == owner.person:
            return
        if not self.people.may_be(owner.person, _SINGULAR_SELF[found.group("whose")]):
            return
        key = (found.group("kin"), owner.person)
        if self.people.kin.get(key, named.person) != named.person or clause.skeleton.count(found.group("kin")) > 1:
            self.people.kin[key] = ""  # two told: whom "her husband" means is not sure
            return
        self.people.kin[key] = named.person

    def _note_kin(self, clause: Clause) -> None:
        """ "The two are cousins": each of the two is the other's cousin."""
        found = _ARE_KIN.match(clause.skeleton)
        if found is None or found.group("of"):
            return  # "are cousins of X": of someone else, not of each other
        both = clause.mentions[int(found.group("number"))]
        if both.kind != "two" or len(both.people) != 2:
            return
        noun = _KIN_PLURALS[found.group("kin")]
        first, second = both.people
        self.people.kin[(noun, first)] = second
        self.people.kin[(noun, second)] = first

    def _note_playing(self, tokens: list[tuple[int, int, str]], stop: int, mention: Mention) -> None:
        """ "Tomlinson, who played bass in her road band for years,": an instrument someone plays in a band, told in a
        relative clause about them, is what the page may call them ("the bassist" later means them). Not what they
        played once ("who played bass on the demo"), nor with no band or act told ("who plays bass for fun")."""
        if mention.possessive or (mention.person is None and not mention.new) or stop + 6 >= len(tokens):
            return
        if tokens[stop][2] != "," or tokens[stop + 1][2].lower() != "who":
            return
        position = stop + 2
        if tokens[position][2].lower() in ("had", "has", "still", "also"):
            position += 1
        if tokens[position][2].lower() not in ("played", "plays") or position + 2 >= len(tokens):
            return
        player = PLAYER_OF.get(tokens[position + 1][2].lower())
        if player is None or tokens[position + 2][2].lower() not in ("in", "for", "with"):
            return
        band = tokens[position + 3][2] if position + 3 < len(tokens) else ""
        if band.lower() not in ("a", "an", "the", "his", "her", "their") and not _capital(band):
            return  # "who played bass for fun": no band
        self._adopt(mention)
        self.people.describe([player], str(mention.person))

    def _note_on_instrument(self, tokens: list[tuple[int, int, str]], stop: int, mention: Mention) -> None:
        """ "Rafferty Cole on bass, Theo Marsh on drums", "Gil Vos, Dutch, on fiddle;": the instrument a line-up gives
        right after a name of the page (maybe after a nationality set off by commas) is what the page may call them
        ("the bassist", "the Dutch fiddler" later mean them). Not when more follows the instrument ("on bass for the
        demo")."""
        if mention.possessive or (mention.person is None and not mention.new):
            return
        position, words = stop, []
        if (
            position + 2 < len(tokens)
            and tokens[position][2] == ","
            and tokens[position + 1][2].lower() in _NATIONS
            and tokens[position + 2][2] == ","
        ):
            words.append(tokens[position + 1][2].lower())
            position += 3
        if position + 1 >= len(tokens) or tokens[position][2].lower() != "on":
            return
        player = PLAYER_OF.get(tokens[position + 1][2].lower())
        after = tokens[position + 2][2].lower() if position + 2 < len(tokens) else "."
        if player is None or after not in (",", ";", ".", ")", "and", "-", "\u2013", "\u2014"):
            return
        self._adopt(mention)
        self.people.describe([*words, player], str(mention.person))

    def _note_demonym(self, tokens: list[tuple[int, int, str]], position: int, mention: Mention) -> bool:
        """ "Tam Holt, a Glaswegian who ...": a noun for someone of a city or nation, as the whole apposition (a
        relative clause or a comma may follow it), places them there ("the Glaswegian" may mean them later)."""
        word = tokens[position][2]
        # ("a Quebecer who'd come over": the relative word with its verb contracted onto it)
        following = tokens[position + 1][2].lower().partition("'")[0] if position + 1 < len(tokens) else ""
        place = _DEMONYMS.get(word.lower())
        if place is None or place == word.lower() or not _capital(word) or following not in _AFTER_DEMONYM:
            return False
        self._adopt(mention)
        self.people.place(place, str(mention.person))
        return True

    def _note_nickname(self, named: Mention, nickname: str) -> None:
        """ "Oneil 'Scratchy' Barnes": the name read without its nickname, which from then on means them too (when it
        means no one else of the page)."""
        if named.possessive or (named.person is None and not named.new):
            return
        if named.person is None:
            # a new full name given a nickname is a person of the page from then on
            named.people = (self.people.canonical(named.text),)
        if self.people.mention(nickname) is None and not self.people.sharing(nickname):
            self.people.alias(nickname, str(named.person))

    def _note_calls(self, clause: Clause) -> None:
        """What people call someone: "the crew calls him Dec", "nobody calls her anything but Bea", "X, whom everyone
        calls Dee", "X, a fiddler the band calls Fee", "Dee is Dana Ruiz" and "he is Dee to everyone": a one-word name
        the page gives no one else is that person's nickname from then on (the pronoun's only when it is sure whom
        it means; "nobody calls him Dee" names nothing)."""
        skeleton = clause.skeleton
        for found in _CALLS_NAMED.finditer(skeleton) if "call" in skeleton else ():
            named = clause.mentions[int(found.group("named"))]
            nick = clause.mentions[int(found.group("nick"))]
            between = clause.mentions[named.number + 1 : nick.number]
            if found.group("callers") in _RELATIVE_WORDS:
                continue  # "X, who calls Ziggy at night": X calls someone, no one calls X so
            if named.kind == "name" and (named.person or named.new) and not any(m.people or m.new for m in between):
                # ("X, who met Y, whom everyone calls Z": whose nickname is not sure)
                self._nickname_of(named, nick)
        for found in (
            *(_KNOWN_AS.finditer(skeleton) if "known" in skeleton else ()),
            *(_OR_AS_CALLED.finditer(skeleton) if ", or @" in skeleton else ()),
        ):
            named = clause.mentions[int(found.group("named"))]
            nick = clause.mentions[int(found.group("nick"))]
            if named.kind != "name" or not (named.person or named.new):
                continue
            if " " in squash(named.text):
                self._known_as(named, nick)  # (a full name's other name may be of two words: "Don Aurelio")
            else:
                self._nickname_of(named, nick)
        for found in _CALLS_PRONOUN.finditer(skeleton) if "call" in skeleton or " as @" in skeleton else ():
            named = clause.mentions[int(found.group("pronoun") or found.group("known"))]
            nick = clause.mentions[int(found.group("nick"))]
            if len(named.people) != 1 or named.kind != "pronoun" or named.text.lower() not in ("him", "her"):
                continue
            # ("Everyone", "Nobody" opening a sentence are read as names: their words)
            callers = " ".join(
                clause.mentions[int(w[1:])].text if w[:1] == "@" and w[1:].isdigit() else w
                for w in found.group("callers").split()
            )
            # ("Nobody in Leeds calls him Bo": the callers' words before a place they are in deny it as well)
            lead = clause.words(skeleton[max(0, found.start() - 24) : found.start()]).split()[-3:]
            if _NOBODY.search(" ".join((*lead, callers))) is None or found.group("but"):
                self._nickname_of(named, nick)  # (but "nobody calls him Dee": not what he is called)
        for found in _IS_NICK.finditer(skeleton):
            first = clause.mentions[int(found.group("first"))]
            second = clause.mentions[int(found.group("second"))]
            if first.kind == "pronoun" and first.text.lower() in NOMINATIVES and len(first.people) == 1:
                self._nickname_of(first, second)  # "he is Dee to everyone"
            elif first.kind == "name" and second.kind == "name" and " " in squash(second.text) and not first.people:
                self._nickname_of(second, first)  # "Dee is Dana Ruiz, the director"
        for found in _BEEN_NICK.finditer(skeleton) if _BEEN_AT.search(skeleton) else ():
            first = clause.mentions[
                int(
                    found.group("first")
                    or found.group("who")
                    or found.group("apposed")
                    or found.group("described")
                    or found.group("pronoun")
                )
            ]
            if found.group("who") is not None and (closest := _NAMED_BEFORE_WHO.search(found.group(0))) is not None:
                # ("X travelled with her guitarist, Y, who was Z to the crew": the relative clause is the name's just
                # before it)
                first = clause.mentions[int(closest.group("named"))]
            nick = clause.mentions[int(found.group("nick"))]
            between = clause.mentions[first.number + 1 : nick.number]
            others = [m for m in between if (m.people or m.new) and m.people != first.people]
            if others or fold(nick.text) in DEMONYM_WORDS or nick.new:
                continue  # ("X, who worked with Y, was ...": whose name it is is not sure)
            if found.group("pronoun") is not None or first.kind == "pronoun":
                # ("He was Opal within a week": a pronoun opening the sentence is read by the first branch)
                if first.kind == "pronoun" and first.text.lower() in NOMINATIVES and len(first.people) == 1:
                    self._nickname_of(first, nick)  # "so he has been Magro ever since"
            elif first.kind == "name" and (first.person or first.new):
                self._nickname_of(first, nick)  # "X, the drummer, had been Tola since primary school"

    def _note_kin_word(self, clause: Clause) -> None:
        """ "Ada's nonno - her grandfather, Luca Bassi, ...": a word of someone's for a relative, told again as a
        relation in English and then named, is what the family calls that one: capitalised as a name ("Nonno"), it
        means them from then on (when it means no one else of the page)."""
        found = _GLOSSED_KIN.match(clause.skeleton)
        if found is None or found.group("kin") not in _KIN_SELVES or found.group("word") in _NOT_KIN_WORDS | ROLE_NOUNS:
            return
        named = clause.mentions[int(found.group("named"))]
        if named.kind == "name" and " " in squash(named.text):
            self._note_nickname(named, found.group("word").capitalize())

    def _nickname_of(self, named: Mention, nick: Mention) -> None:
        """Gives ``named`` (a name, or a pronoun sure of whom it means) the one-word name ``nick``."""
        if nick.kind != "name" or nick.people or nick.possessive or named.possessive or " " in squash(nick.text):
            return
        if fold(nick.text) in _NATIONS:
            return
        if named.kind == "pronoun":
            person = named.people[0]
            if self.people.mention(nick.text) is None and not self.people.sharing(nick.text):
                self.people.alias(nick.text, person)
        else:
            self._note_nickname(named, nick.text)
        if named.person is not None and self.people.mention(nick.text) == named.person:
            nick.people = (named.person,)

    def _known_as(self, named: Mention, nick: Mention) -> None:
        """ "Aurelio Martínez, known to everyone as Don Aurelio": the name set off after a full name as what people
        know them by, of one word or more ("Don" is a first name too, so no title to read past), means them from
        then on (when it means no one else of the page)."""
        if nick.kind != "name" or nick.possessive or named.possessive or nick.people not in ((), named.people):
            return
        if fold(nick.text) in _NATIONS or len(squash(nick.text).split()) > 3:
            return
        self._note_nickname(named, squash(nick.text))
        if named.person is not None and self.people.mention(nick.text) == named.person:
            nick.people = (named.person,)
            nick.new = False

    def _note_known_to(self, text: str, mentions: list[Mention]) -> None:
        """ "his tour manager Daniela Ferraz, Dani to everyone, ...": a one-word name set off after a full name as what
        people call them is that person's nickname from then on."""
        for number in range(1, len(mentions)):
            nick, named = mentions[number], mentions[number - 1]
            # ("Alberto Guajardo - Tío Beto to the whole family -": a name of two words is told so as well, the words
            # after it saying it is what people call the one before, not someone new)
            words = len(squash(nick.text).split())
            if nick.kind != "name" or nick.people or named.kind != "name" or words > 2 or (nick.new and words < 2):
                continue
            if not _KNOWN_TO.match(text, nick.end):
                continue
            if not _COMMA_OR_BRACKET.match(text[named.end : nick.start]) and not (
                # ("Bernadette Colquhoun, chair of the club since 1998 (Bernie to everyone)": after an apposition, in
                # brackets, of a name with the same first letter)
                fold(nick.text)[:1] == fold(named.text)[:1] and _APPOSED_BRACKET.match(text[named.end : nick.start])
            ):
                continue
            if words > 1:
                # ("Tomasz (Tommy Wee to the regulars)": a one-word name of someone of the page, as a full name is)
                if " " in squash(named.text) or named.person is not None:
                    self._known_as(named, nick)
                continue
            self._note_nickname(named, nick.text)
            if named.person is not None and self.people.mention(nick.text) == named.person:
                nick.people = (named.person,)

    def _note_named_in_brackets(self, text: str, mentions: list[Mention]) -> None:
        """ "introduced by Gaz himself (the club DJ, Gary Whitlock, for ...)": a one-word name no one of the page has,
        then in brackets (after what they are) a full name beginning with the same letter, is that person's nickname
        from then on."""
        for number in range(1, len(mentions)):
            nick, named = mentions[number - 1], mentions[number]
            if nick.kind != "name" or nick.people or nick.new or nick.possessive or " " in squash(nick.text):
                continue
            if named.kind != "name" or named.possessive or " " not in squash(named.text):
                continue
            if fold(nick.text)[:1] != fold(named.text)[:1] or fold(nick.text) in _NATIONS:
                continue
            if not _BRACKETED_AFTER.match(text[nick.end : named.start]) or not _NAME_CLOSED.match(text, named.end):
                continue
            self._note_nickname(named, nick.text)
            if named.person is not None and self.people.mention(nick.text) == named.person:
                nick.people = (named.person,)

    def _note_same_in_brackets(self, text: str, mentions: list[Mention]) -> None:
        """ "written by Tejas Varma (that's MC Tejas)": a full name, then in brackets another name of the page's said
        to be the same one, tells that the two are one person; a word they share then means the full name."""
        for number in range(1, len(mentions)):
            full, other = mentions[number - 1], mentions[number]
            if full.kind != "name" or other.kind != "name" or full.possessive or other.possessive:
                continue
            if (full.person is None and not full.new) or other.person is None or " " not in squash(full.text):
                continue
            if _SAME_BRACKETED.match(text[full.end : other.start]) and _BRACKET_CLOSED.match(text, other.end):
                self._adopt(full)  # (a new full name so told is a person of the page from then on)
                self.people.same(other.person, str(full.person))

    def _note_called(self, nickname: str, pronoun: str) -> None:
        """ "Lubi, as her bandmates call her, ...": a name the page has not used, opening a sentence, is another name of
        whom "her" (or "him") means: the one person of the page whose first name it shortens ("Lubi" of Ľubica, "Fo"
        of Folake); with no such person, the focus when it is one of the song's performers ("Nell" of Eleanor, just
        named); with two such, or when the pronoun may not mean them, no one."""
        if self.people.mention(nickname) is not None or self.people.sharing(nickname):
            return
        self_word = _SELVES[pronoun]
        shortened = self.people.shortening(nickname)
        for surface in self._new_shortenings.get(fold(nickname), []):
            name = self.people.mention(surface)
            if name not in shortened:
                shortened.append(name or self.people.canonical(surface))
        if shortened:
            meant = shortened[0] if len(shortened) == 1 else None
        elif self.focus in self.people.credited(CreditRole.ARTIST, CreditRole.FEATURED_ARTIST):
            meant = self.focus
        else:
            meant = None
        if meant is not None and self.people.may_be(meant, self_word):
            self.people.alias(nickname, meant)

    def _adopt(self, mention: Mention) -> None:
        """A new full name the page described or placed (as an apposition or a role before it would) is a person of
        the page from then on."""
        if mention.person is None:
            mention.people = (self.people.canonical(mention.text),)

    def _note_from(self, tokens: list[tuple[int, int, str]], first: int, stop: int, mention: Mention) -> None:
        """ "a DJ from Dublin (Orla Keane)": a name in brackets after where someone is from places them there ("the
        Dubliner" may mean them later)."""
        if first < 3 or stop >= len(tokens) or tokens[stop][2] != ")" or tokens[first - 1][2] != "(":
            return
        place = tokens[first - 2][2]
        if tokens[first - 3][2].lower() != "from" or not _capital(place) or mention.possessive:
            return
        if mention.person is None and not mention.new:
            return
        self._adopt(mention)
        self.people.place(place, str(mention.person))

    def _note_bracketed(self, tokens: list[tuple[int, int, str]], position: int, mention: Mention) -> None:
        """ "Ana Vik (vocals, banjo)", "Eda Fenn (leader)": a line-up's brackets after a name of the page, their
        first items each a role or an instrument, say what the page may call them ("the banjoist", "the leader")."""
        if mention.person is None and not mention.new:
            return
        roles: list[list[str]] = []
        while position + 1 < len(tokens) and len(roles) < 4:
            word, after = tokens[position][2].lower(), tokens[position + 1][2]
            kind = after.lower()
            if word in _PLAYING_KINDS and kind in PLAYER_OF and position + 2 < len(tokens):
                # "Ada Obi (double bass)": the kind of instrument before it, which the page may call them by too
                # ("the double bassist", as "the bassist")
                position, after = position + 1, tokens[position + 2][2]
                if after not in (",", ")"):
                    break
                roles.append([word, PLAYER_OF[kind]])
                if after == ")":
                    break
                position += 2
                continue
            role = word if word in ROLE_NOUNS else PLAYER_OF.get(word)
            if role is None or after not in (",", ")"):
                break
            roles.append([role])
            if after == ")":
                break
            position += 2
        if roles:
            self._adopt(mention)
        for words in roles:
            self.people.describe(words, str(mention.person), placing=False)

    def _note_listed(self, tokens: list[tuple[int, int, str]], first: int, mention: Mention) -> None:
        """ "the singers Cy Dorn and Eda Fenn": a plural role before a list of the page's people says what each
        of them is (as "the singer Cy Dorn" says it of one)."""
        before = tokens[first - 1][2].lower() if first else ""
        listed = self._listing
        if _plural_role(before):
            role = before[:-1]
        elif listed is not None and all(t[2].lower() in (",", "and", "&") for t in tokens[listed[1] : first]):
            role = listed[0]
        else:
            self._listing = None
            return
        end = first
        while end < len(tokens) and tokens[end][0] < mention.end:
            end += 1
        self._listing = (role, end)
        if mention.person is not None and not mention.possessive:
            self.people.describe([role], mention.person)

    def _refer(self, text: str, mentions: list[Mention], his: list[tuple[int, str]], unnamed: list[int]) -> None:
        """What "he", "she" and "they" mean: the one person the sentence named before them (none if it named
        more), else the focus; the last two people named together ("A and B"), here or before. "his" (or "her"
        before a relation) is not a mention, but says the same of the person it means as "he" (or "she") does."""
        pair = self.pair
        self.interviewed = None
        called: list[tuple[str, str]] = []
        doubted: set[str] = set()
        # The subject pronouns ("he", "she") the sentence has used so far without saying whom they mean
        unknown_subjects: set[str] = set()
        # the same, each with whom the text was about (kept for the next sentence: ``unsure_subjects``)
        unsure_now: set[tuple[str, str | None]] = set()
        unsure_whose: set[str] = set()  # the words of the sentence's "his" left unsure
        # whom the sentence's first "he"/"him" and "she"/"her" meant, by the word ("herself")
        first_meant: dict[str, str] = {}
        # the same, of an object "him" or "her" that cannot be the subject of its verb, someone the sentence names
        object_meant: dict[str, str] = {}
        # the same, of its first "his" (or "her" before a relation), and where it stands
        whose_meant: dict[str, tuple[int, str]] = {}
        named: set[str] = set()
        # the owners of a relation named in apposition ("Kofi's neighbour, Ama Owusu, said she"): a subject "she"
        # after it goes on about the one named, not the owner (an object "her" may well mean the owner)
        owners: set[str] = set()
        before: set[str] = set()  # the people named before each "his", read once along the sentence (up to two)
        crowded = False  # whether more than two were named before it
        upto = 0
        relations = 0  # how many of ``unnamed`` stand before the "his" read (both lists are in the text's order)
        # what the sentence's first "he" or "she" before any name calls whom it means (the focus, with no one named)
        first_called: str | None = None
        for start, reflexive in his:
            while relations < len(unnamed) and unnamed[relations] < start:
                relations += 1
            while upto < len(mentions) and mentions[upto].start < start:
                # a new full name counts too: "Zoya and I were introduced by Vikram Sethi at his sister's
                # wedding" says nothing of Zoya
                mention = mentions[upto]
                if not before and first_called is None and mention.kind == "pronoun" and not mention.people:
                    first_called = _SELVES.get(mention.text.lower())
                # (a new name where something is, "On France Inter, Benali recalled his verse", is no one's)
                where = mention.person is None and _WHERE_BEFORE.search(text[max(0, mention.start - 8) : mention.start])
                # (so does a name no one of the page has that opens the sentence as its subject: "Temi was meant to
                # sing one song, and Chiamaka came up to correct his harmonies" may mean Temi's)
                unknown_subject = (
                    not mention.people
                    and not mention.possessive
                    and (
                        (not text[: mention.start].strip() and _SUBJECT_VERB.match(text, mention.end) is not None)
                        # ("My learner Dariusz, who passed in March, played it on his phone": his own)
                        or (_WRITERS_OWN.match(text[: mention.start]) and _NEWCOMER_VERB.match(text, mention.end))
                    )
                )
                if (
                    (mention.kind == "name" or (mention.kind == "description" and mention.person))
                    and (mention.person or mention.new or unknown_subject)
                    and not where
                ):
                    # ("X will tell you how the band's singer found her producer": someone described counts as one
                    # named does)
                    if len(before) < 2:
                        before.add(str(mention.person or mention.text))
                    elif str(mention.person or mention.text) not in before:
                        crowded = True  # a third named before it: which of the two it may mean is no telling
                elif (
                    mention.kind == "pronoun"
                    and upto
                    and (
                        _WHOM_BEFORE.match(text[mentions[upto - 1].end : mention.start])
                        # ("X, a guitarist from Y whom she met through her cousin": the same after an apposition)
                        or _described_before_whom(text, mentions, upto) is not None
                    )
                ):
                    # "Cy Dorn, whom she met through her flatmate": "her" may be the one who met, not Cy Dorn
                    before.add(f"@{upto}")
                elif mention.kind == "two" and mention.text.lower() not in _PRONOUNS and before:
                    # "It features X, and the two of them wrote it with her producer": either of the two may be
                    # whose, not only X, the one named before
                    before.add(f"@{upto}")
                upto += 1
            if upto and mentions[upto - 1].person and _WHOM_BEFORE.match(text[mentions[upto - 1].end : start]):
                # "Cy Dorn, whom her mother introduced to her": Cy's mother, or the mother of the one Cy met
                before.add(f"@{upto}")
            described = mentions[upto - 1] if upto else None
            # (a few mentions back, an apposition's length at most: a sentence may hold thousands)
            copula_subject = next(
                (mentions[at] for at in range(upto - 1, max(-1, upto - 5), -1) if mentions[at].person), None
            )
            if (
                copula_subject is not None
                and copula_subject is not described
                and start - copula_subject.end <= 200
                and _APPOSED_IS_HIS.match(text[copula_subject.end : start]) is not None
                and _role_after_his(text, start)
            ):
                # ("Cy, a producer who has lived in Oslo for years, is her collaborator": the same of one an
                # apposition describes, whatever it names in passing)
                described = copula_subject
            # "X, an old friend of his": whose friend is someone other than the one the apposition describes
            other_than = (
                described.person
                if described is not None
                and described.person
                and (
                    (_OF_HIS.match(text, described.end) is not None and _OF_HIS_OWN.match(text, described.end) is None)
                    # ("Cy had been his agent for years": Cy is no agent of his own)
                    or (
                        not text[described.end : start].strip(" ,")
                        and text[described.end : start].count(",") == 1
                        and (relation := _APPOSED_RELATION.match(text, start)) is not None
                        and (relation.group("noun") in ROLE_NOUNS or relation.group("noun") in _RELATIVES)
                        and relation.group("next") not in ("and", "or", "nor")
                    )
                    or (
                        (
                            _IS_HIS.match(text[described.end : start]) is not None
                            or _APPOSED_IS_HIS.match(text[described.end : start]) is not None
                        )
                        and _role_after_his(text, start)
                    )
                )
                else None
            )
            before.discard(other_than)
            person = next(iter(before)) if len(before) == 1 else None if before else self.focus
            if person is None and len(before) == 2 and not crowded and upto and mentions[upto - 1].person in before:
                # "Maggie wrote it with Lamont, who produced it at his studio": in a relative clause about the last of
                # the two named before it, that one, when the page calls the other otherwise
                who = _WHO_DOES.match(text[mentions[upto - 1].end : start])
                last_named = mentions[upto - 1].person
                if who is not None and not _CLAUSE_BREAK.search(who.group("rest")):
                    person = last_named if self._only_one_so_called(before, reflexive) == last_named else None
            if other_than is not None and person == other_than:
                person = None
            if not before and first_called not in (None, reflexive):
                # "He had known her since her brother ...": the focus is the "he" before it, so "her" is someone else
                person = None
            if before and first_called == reflexive:
                # "She wrote it with Cy and her cousin": the subject "she", before any name, may be whose cousin as well
                # as Cy: not sure (and Cy is not learnt to be called "she")
                person = None
            if not before and person is not None and not self.people.selves.get(person):
                # "Cy has been with her for years. Her cousin ...": the one the sentence before called so (not
                # Cy, its subject), rather than Cy, whom the page has called nothing yet
                person = next((p for word, p in self.called if word == reflexive and p != person), person)
            if (
                person is not None
                and before
                and self.focus not in (None, person)
                and mentions
                and mentions[0].person == person
                and not text[: mentions[0].start].strip()
                and self._both_may_be(person, reflexive)
            ):
                # "David came later. Oona, who produced it, had recorded his old band": the sentence's subject, a new
                # one, or the one the text was about may be meant
                person = None
            last = mentions[upto - 1].start if upto else -1
            if relations and unnamed[relations - 1] > last:
                person = None  # "Her cousin, to his credit, ...": the cousin's, whom the page does not name
            if (
                person is not None
                and self.focus not in (None, person)
                and any(m.person == person and _in_subject_phrase(text, m) for m in mentions[:upto])
            ):
                # "The connection to X happened through her label": X is named only inside the subject's phrase, and
                # the one the text was about may be meant as well: not sure
                person = None
            if not before and _FRONTED_NONFINITE.match(text[:start]):
                # "Asked by Radio-Canada what his verse was about, Théo laughed": a "his" inside a fronted clause with
                # no subject of its own is the main clause's subject, named after it (no one when not named)
                person = _fronted_subject(text, mentions, start)
            if person is not None and person == self.speaker:
                person = None  # in a quote, "his" is someone other than the one speaking, who says "my"
            if not before and upto < len(mentions):
                # "Her brother Ramiro Diaz introduced her to Cy" after a sentence about Cy: a sibling named in full
                # shares the family name of whose sibling they are, the one other of the page with it
                person = self._sibling_owner(text, start, mentions[upto], reflexive) or person
            if not before and person and not self.people.may_be(person, reflexive):
                # "X produced it in his studio. It belonged to her grandfather.": a "her" the sentence names no one
                # for is not the one the page calls "he" (someone else's), so it says nothing of him
                person = None
            elif (
                len(before) == 1
                and person
                and upto
                and mentions[upto - 1].person == person
                and not any(mark in text[mentions[upto - 1].end : start] for mark in ",;:()")
                and self.focus not in (None, person)
                and self.people.selves.get(person) not in (None, "", reflexive)
                and self.people.selves.get(self.focus) == reflexive
            ):
                # "Cy was an odd choice. Ann had admired his records": the one named right before, in the same
                # clause, is the page's "she", and the one the text is about its "he", whose the records are (the
                # page's word for either may have been misread, so only when nothing comes between the two)
                person = self.focus
            if person and self.people.told_selves.get(person) not in (None, "", reflexive):
                # "Mlle Beaulieu, whose English is better than his French": a "his" is not one the page titled a
                # woman (nor a "her" one it titled a man), whoever else it means
                person = None
            if not before and person and reflexive in self.unsure_whose:
                # "... the duet that made his name (A's or B's). His second album ...": a "his" going on from one the
                # sentence before left unsure, with no one named between, is just as unsure (not the focus)
                person = None
            if _SOMEONE_WHOSE.search(text[max(0, start - 160) : start]) is not None:
                # "she sings about someone who has made up his mind": the "his" of a relative clause about someone the
                # page does not name is that someone's, no one of the page's (nor a word of what they are called)
                continue
            if not person:
                unsure_whose.add(reflexive)
            if person:
                self.people.learn_self(person, reflexive)
                whose_meant.setdefault(reflexive, (start, person))
        # whom a "he" or "she" the sentence says who it is names ("she is X"), by the word
        identified: dict[str, str] = {}
        for mention, named_next in pairwise(mentions[:_SUBJECT_REACH]):
            if (
                mention.kind == "pronoun"
                and mention.text.lower() in NOMINATIVES
                and not mention.people
                and named_next.kind == "name"
                and not named_next.possessive
                and (named_next.person is not None or named_next.new)
                and _IS_NAMED.match(text[mention.end : named_next.start])
                and _CLAUSE_OPENS.search(text[: mention.start])
            ):
                # "He is Cy Dorn, a veteran of the stage, and he plays ...": a clause that says who "he" is (someone
                # just described, not the one the text was about) names whom it and a "he" after it mean
                self._adopt(named_next)
                mention.people = named_next.people
                self.people.learn_self(str(named_next.person), _SELVES[mention.text.lower()])
                identified.setdefault(mention.text.lower(), str(named_next.person))
        for mention in mentions:
            # "It was Arbour herself who introduced him": the one stressed is so called, and "him" is someone else
            stressed = _STRESSED.match(text, mention.end) if mention.person and not mention.possessive else None
            if stressed is not None:
                self.people.learn_self(str(mention.person), stressed.group("word").lower())
        # "the French singer explained why she ...": a description names someone too (a band is no "she")
        bands = set(self.people.groups()) if any(m.kind in ("description", "pronoun") for m in mentions) else set()
        writer: set[str] = set()  # whom the sentence's "I" and "me" so far mean
        newcomers: tuple[Mention, Mention] | None = None  # the first two newcomers named together
        met_pair: tuple[str, str] | None = None  # in a quote, the speaker and whom they say they met or knew
        # where the sentence's first new full name that is the subject of a verb stands (found once: one walk)
        acting = next((n for n, m in enumerate(mentions) if _newcomer_acting(text, m)), len(mentions))
        for number, mention in enumerate(mentions):
            if _PRONOUNS.get(mention.text.lower()) == "me":
                writer.update(mention.people)
            if number == 0 and (taken_up := _dislocated(text, mentions)) is not None:
                # "Tod Hale, he plays a doctor.": the one the sentence opens on is whom its "he" or "she" means (it
                # returns the pronoun's place, never the first)
                self._adopt(mention)
                mentions[taken_up].people = mention.people
            if number < 2 and (named_as := _identified(text, mentions)) is not None and named_as[0] == number:
                # "That's X, and in D's video she plays", "Her name is X, and she appears as ...": the one identified
                # is whom the "he" or "she" after means (and whose name it is)
                self._adopt(mention)
                mentions[named_as[1]].people = mention.people
                if number:
                    mentions[0].people = mention.people
            if (
                mention.kind in ("name", "description")
                and mention.person
                and mention.person not in bands
                and not _in_a_place(text, mention)
            ):
                named.add(mention.person)
                if (
                    (
                        _owner_of_apposed(text, mentions, number)
                        and any(m.kind == "pronoun" and m.text.lower() in NOMINATIVES for m in mentions[number + 2 :])
                    )
                    or _apposed_subject(text, mentions, number)
                    or _owner_of_described(text, mentions, number)
                ):
                    # a new full name so apposed, with a "he" or "she" after it, is a person of the page from then on
                    self._adopt(mentions[number + 1])
                    owners.add(mention.person)
            if (
                number
                and mention.kind == "name"
                and mention.new
                and not mention.person
                and not mention.possessive
                and mentions[number - 1].person
                and not mentions[number - 1].possessive
                and _ROMANCE_WITH.match(text[mentions[number - 1].end : mention.start].strip().lower())
            ):
                self._adopt(mention)  # "A has been dating the hockey player B": B is a person of the page
            if (
                number
                and mention.kind == "name"
                and (mention.new or mention.person)
                and not mention.possessive
                and mentions[number - 1].person
                and mentions[number - 1].possessive
                and _PARTNER_APPOSED.match(text[mentions[number - 1].end : mention.start])
                and _APPOSITION_CLOSED.match(text[mention.end : mention.end + 2])
            ):
                self._adopt(mention)  # "B's late wife, C": C is a person of the page, and the two are tied (below)
            if number and mention.person and mentions[number - 1].person:
                left = mentions[number - 1]
                between = text[left.end : mention.start].strip().lower()
                if left.possessive:  # "Eze's and Falana's demos": the two of them too
                    between = between.removeprefix("'s").removeprefix("'").strip()
                joined = (
                    between in ("and", "&")
                    or _and_role(between)
                    or _WHO_THEN_AND.match(between) is not None
                    # (not of a subject of two or more, "A and B wrote it with C": three made it, no pair)
                    or (
                        not left.possessive
                        and _MADE_WITH.match(between) is not None
                        and not (number >= 2 and text[mentions[number - 2].end : left.start].strip() in ("and", "&"))
                    )
                )
                if joined and left.person != mention.person:
                    pair = (str(left.person), mention.person)
                    if self.speaker is not None and self.speaker in pair:
                        self.said_pair = pair  # "Jess and I"
                elif (
                    (
                        _MET.match(between)
                        or (not left.possessive and _ROMANCE_WITH.match(between))
                        or (left.possessive and _TIE_WITH.match(between))
                        # ("a song about B's late wife, C": a spouse or partner, whose tie an introduction may have
                        # begun)
                        or (
                            left.possessive
                            and _PARTNER_APPOSED.match(text[left.end : mention.start])
                            and _APPOSITION_CLOSED.match(text[mention.end : mention.end + 2])
                        )
                        or (between in _CAME_TO and _THROUGH_AFTER.match(text[mention.end : mention.end + 12]))
                        # ("it was B who brought C into the song": one brings the other into a work or group, a tie
                        # of the two as a meeting is)
                        or (_BROUGHT.match(between) and _INTO_AFTER.match(text[mention.end : mention.end + 16]))
                    )
                    and left.person != mention.person
                    and not (number >= 2 and text[mentions[number - 2].end : left.start].strip() in ("and", "&"))
                ):
                    # "A first met B": the two who met (not "Eda and I met B", whose subject is two)
                    pair = (str(left.person), mention.person)
                    if (
                        self.speaker is not None
                        and left.person == self.speaker
                        and left.kind == "pronoun"
                        and _MET.match(between)
                    ):
                        # "I knew Phuong from the studio scene, but it was X who introduced us": the one the speaker
                        # says they met or knew is whom "we" and "us" mean in the rest of the sentence (told in a
                        # sentence before, the meeting's place is often there too, which the introduction would miss)
                        met_pair = pair
                elif (
                    _FOUND.match(between)
                    and mention.kind == "description"
                    and _OWN_RELATION.match(mention.text)
                    and left.person != mention.person
                ):
                    # "how the singer found her producer": the two whose tie the sentence tells, as "met" does (only
                    # one's own relation found: "A found B" alone may be any finding)
                    pair = (str(left.person), mention.person)
                elif (
                    between == "to"
                    and left.person != mention.person
                    and _INTRODUCING.search(text[max(0, left.start - 20) : left.start])
                ):
                    # "Who introduced Zanele to Ravi? ... He introduced them at a braai": the two introduced
                    pair = (str(left.person), mention.person)
            elif number and newcomers is None and _two_newcomers(text, mentions[number - 1], mention):
                # "Our couple were Ana Ruiz and Ben Cole", "Ana Ruiz married Ben Cole": two people new to the page,
                # each by a full name, named together (or as marrying) are the two "them" means from the next
                # sentence on (in their own sentence, "the two" after another name may mean others: left as it was)
                newcomers = (mentions[number - 1], mention)
            elif (
                number
                and mention.kind == "name"
                and mention.new
                and not mention.possessive
                and " " in squash(mention.text)
                and (left_one := mentions[number - 1].person)
                and not mentions[number - 1].possessive
                and _MET.match(text[mentions[number - 1].end : mention.start].strip().lower())
            ):
                # "He had married Gurdev Kaur in 1931; they had been introduced by X": a new full name met or married
                # by the one before it makes the two the text is about, as a name the page knew does
                pair = (str(left_one), squash(mention.text))
            elif (
                number
                and mention.person
                and mentions[number - 1].kind == "pronoun"
                and not mentions[number - 1].people
                and (
                    _MET.match(text[mentions[number - 1].end : mention.start].strip().lower())
                    or (
                        number == 1
                        and not text[: mentions[0].start].strip()
                        and text[mentions[0].end : mention.start].strip() in ("and", "&")
                    )
                )
            ):
                # "The story of how she met Tomas": two who met, one of them not known, are the two the text is about
                # now, not the last two named together before; so are two joined by "and" as the sentence's opening
                # subject ("She and Tomas worked at a camp, where X introduced them")
                pair = None
            if (
                number == 0
                and mention.person
                and not mention.possessive
                and self.focus not in (None, mention.person)
                and _THE_TIE.match(text[: mention.start].lstrip())
            ):
                # "The partnership with Cy came about by chance.": a sentence opening on a tie of no one named with
                # one named is of the one the text is about, and the two of it are the two it is about now
                pair = (self.focus, mention.person)
            elif (
                pair is not None
                and mention.person
                and mention.person not in pair
                and not mention.possessive
                and _A_TIE_WITH.search(text[max(0, mention.start - 60) : mention.start])
            ):
                # "She said the partnership with Mäkelä was her manager's doing": a tie with someone who is not of the
                # pair named before, so the two the text is about now are not sure
                pair = None
            if _last_listed(text, mentions, number):
                # "A, B and C": the last two of a list of three are no pair, and "the two" after it may be any two
                pair = None
            if mention.text in ("we", "We", "us", "Us") and (met_pair or self.said_pair) is not None:  # not "the US"
                mention.people, mention.kind = met_pair or self.said_pair or (), "two"
                continue
            if mention.people or _PRONOUNS.get(mention.text.lower()) in ("me", "us"):
                continue
            if mention.kind == "two" and (through := _came_through(text, mentions, number)) is not None:
                # "He came in through A's manager, X, who had introduced the two of them": the subject and the one whose
                # manager (friend, ...) brought them in are the two brought together (no one sure when "he" is not)
                mention.people = through
            elif mention.kind == "two" and _performers(mention.text):
                # "both singers": the pair only if they sing, else the song's two artists (when it has two)
                mention.people = self._performers(pair)
            elif mention.kind == "two" and (credit := _credit_plural(mention.text)) is not None:
                mention.people = self._holders(credit, pair)
            elif mention.kind == "two" and (before_colon := _two_before_colon(text, mentions, number)) is not None:
                # "Nobody went back further with her than Julián: the two of them had met at school": a clause after a
                # colon or semicolon that opens on "the two" means the two the clause before it named, as a sentence
                # opening on them means the two the sentence before named
                mention.people = before_colon
            elif (
                mention.kind == "two"
                and (other := self.one_and_other) is not None
                and (pair is None or other[0] not in pair)
                and not any(m.people for m in mentions[:number] if m.kind == "two")
            ):
                # "A has known her far longer. Her brother connected the two of them": the one the sentence before
                # named and whom its "her" meant, not the pair named before it (no one, if "her" is not known), nor the
                # two the sentence before named, when no two were named together
                mention.people = (other[0], other[1]) if other[1] is not None else ()
            elif mention.text.lower() == "them" and (fronted := self._fronted_two()) is not None:
                # "A and B met at a party. C she knew already. Her sister had introduced them": a sentence opening on
                # whom its subject knew or had met is about those two, whom "them" after it means, not the pair before
                mention.people = fronted
            elif (
                mention.text.lower() == "them"
                and pair
                and number
                and (besides := self._the_two_besides(mentions[:number])) is not None
                and set(besides) != set(pair)
            ):
                # "A said yes to B, and the one who made it happen was C. C introduced them": "them" after only
                # people of the page is the two others the sentence before named, not a pair named before it
                mention.people = besides
            elif mention.kind == "two" and number == 0 and (profiled := self._two_profiled(text, mention)) is not None:
                # "A was twenty-six, a singer. B was a guitarist from the north. They met through X": a plural opening
                # the sentence after two that were each about one person alone, by name, is those two (the pair named
                # together before them is older news); the two the text is about from here on
                mention.people = profiled
                pair = profiled
            elif mention.kind == "two" and newcomers is not None:
                # "A and B are old friends, and X introduced them", "A and B wrote it, and the two of them were
                # introduced by X": two new to the page named together at the sentence's opening are whom its plural
                # means, after one other person at most (who did it to them); never a pair named before the sentence
                # (after more, as "A and B met C and D, and X introduced them", which two is not sure; nor in a quote,
                # where the plural may be the speaker's own pair: "Cy and Gil were there, and Eda introduced the two")
                since = mentions[mentions.index(newcomers[1]) + 1 : number]
                mention.people = (
                    (self.people.canonical(newcomers[0].text), self.people.canonical(newcomers[1].text))
                    if self.speaker is None
                    and len(since) <= 1
                    and all(m.kind == "name" and not m.possessive for m in since)
                    else ()
                )
            elif (
                mention.kind == "two"
                and pair
                and number
                and mention.text.lower() not in _PRONOUNS
                and (newcomer_pair := self._newcomer_and_one(mentions[:number], pair)) is not None
            ):
                # "C came to it another way. Back then, A's manager, X, had set the two men up": the one the sentence
                # before was about, no one of the pair, and the one of the pair this sentence names before the plural
                mention.people = newcomer_pair
            elif (
                mention.kind == "two"
                and pair
                and number
                and mention.text.lower() not in _PRONOUNS
                and _only_newcomers(mentions[:number])
                and not self._two_first_met()
                and self._one_of_pair_beside_a_newcomer(pair)
            ):
                # ("A and C wrote it. X had introduced the two of them", C new to the page: after someone new, "the two"
                # may be the pair the text was about or the two the sentence before named; not sure which)
                mention.people = ()
            elif (
                mention.kind == "two"
                and pair
                and not (
                    # ("It was her uncle, X, who introduced the two of them": after someone new, "the two" may be the
                    # two the sentence before named as well, as opening the sentence; "them" goes on with the pair)
                    (
                        number == 0
                        or (
                            mention.text.lower() not in _PRONOUNS
                            and _only_newcomers(mentions[:number])
                            and self._two_first_met()
                        )
                        or self._newcomer_after_a_tie(mentions, number)
                    )
                    and (
                        (self._elsewhere(pair) and not self._acts_two_after_one(pair, mention))
                        or self._another_two(pair)
                    )
                )
                and not self._owner_then_newcomer(mentions, number, pair)
            ):
                # ("A worked with B. Let's go back, as C says. The two of them ...": after a sentence that named
                # someone else, which two open the next is not sure)
                mention.people = pair
            elif (
                mention.kind == "two"
                and (
                    number == 0
                    or _only_newcomers(mentions[:number])
                    or self._owner_then_newcomer(mentions, number, pair or ("", ""))
                    or self._newcomer_after_a_tie(mentions, number)
                )
                and (
                    pair is None
                    or (mention.text in ("They", "they") and self._elsewhere(pair))
                    or self._another_two(pair)
                )
                and (last_two := self._last_two(duo=True)) is not None
            ):
                # "A had never worked abroad, and B was a producer. The two were brought together by X": no two named
                # together yet, the two people the sentence before named; and "A, then a teacher, is shown singing; B
                # is shown recording rain. They were introduced by X": whom "they" opening the next one means, each
                # named there on their own (not the pair named before that sentence, which named others); so too
                # after someone new to the page, who is neither of them ("His publisher, X, had set the two of them
                # up")
                mention.people = last_two
            if mention.text.lower() == "them" and len(mention.people) == 2 and writer & set(mention.people):
                # "after a day I was allowed to join them": the object of the writer's own verb is others than the
                # writer, not a pair the writer was one of (nor is that pair "the pair of them" after it)
                mention.people = ()
                pair = None
            if mention.text.lower() == "them" and mention.people and things_before_them(text[: mention.start]):
                # "who brought his own drum and tambourine and set them up in the kitchen": the object of a second verb
                # is the things the first one took, not two people
                mention.people = ()
            if (
                mention.text.lower() == "them"
                and len(mention.people) == 2
                and _MORE_THAN_TWO_OF.search(text[max(0, mention.start - 20) : mention.start])
                and set(mention.people) & set(self.people.groups())
            ):
                # "the three of them turn up" after someone and a group named together: three people, neither the two
                # nor a part of them for sure (after two people, the three most likely hold them: read as before)
                mention.people = ()
            gender = gendered(mention.text) if mention.kind == "two" else None
            if gender is not None and not self._fit(mention.people, gender):
                # "the two women" when the pair last named holds a man: the two last named who may be women
                mention.people = self._gendered(mentions[:number], gender)
                if not mention.people:
                    pair = None  # "they" after it is the same two, who are not known: not the pair before
            if mention.kind == "two" and len(mention.people) == 2 and mention.text.lower() not in _PRONOUNS:
                # "the two singers" names a pair, whom "them" means from there on
                pair = (mention.people[0], mention.people[1])
            elif mention.kind == "pronoun":
                meant = named
                # the one a "whom" right before the pronoun is about, whom it cannot mean
                whom_object: set[str] = set()
                if (
                    number
                    and mentions[number - 1].person
                    and (
                        _WHOM_BEFORE.match(between := text[mentions[number - 1].end : mention.start])
                        or _PREPOSITION_WHOM_BEFORE.match(between)
                    )
                ):
                    # "She wrote it with Cy Dorn, whom she met at a party": the subject of a relative clause is
                    # someone other than whom the clause is about
                    whom_object = {str(mentions[number - 1].person)}
                    meant = named - whom_object
                elif number and (apposed := _described_before_whom(text, mentions, number)) is not None:
                    # "X, a guitarist from Cachoeira whom she met": the same when a place named in the apposition
                    # stands between the one described and "whom" (which means a person, never the place)
                    whom_object = {apposed}
                    meant = named - whom_object
                elif (
                    number == 1
                    and mentions[0].person
                    and mention.text.lower() in NOMINATIVES
                    and _TOPIC_FRONTED.match(text[: mentions[0].start])
                    and _COMMA_BEFORE.match(text[mentions[0].end : mention.start])
                ):
                    # "Of the singer, he said:", "About Cy, she wrote": the one put first is what the words are
                    # about; the subject after it is someone else (of themself they would say "Of himself")
                    meant = named - {mentions[0].person}
                elif (
                    number == 1
                    and mentions[0].person
                    and mention.text.lower() in NOMINATIVES
                    and not text[: mentions[0].start].strip()
                    and not text[mentions[0].end : mention.start].strip()
                    and _KNEW_AFTER.match(text, mention.end) is not None
                ):
                    # "Castellano she knew already": whom the subject knew, put first; the subject is someone else
                    meant = named - {mentions[0].person}
                elif (
                    number
                    and mentions[number - 1].person
                    and mention.text.lower() in NOMINATIVES
                    and _ASIDE_SAYING.match(text, mention.end) is not None
                    and _COMMA_BEFORE.match(text[mentions[number - 1].end : mention.start])
                ):
                    # "it was the DJ X, he said, who ...": the teller set off by commas after a name is someone other
                    # than the one named (who is told of): the one the text was about, not anyone the sentence names
                    meant = set()
                elif mention.text.lower() in NOMINATIVES and (objects := _fronted_objects(text, mentions, number)):
                    # "Speaking to the host X on Y, she said": whom a fronted clause with no subject of its own names
                    # is its object, someone other than its understood subject, the main clause's "she"
                    meant = (named - owners or named) - objects
                elif mention.text.lower() in NOMINATIVES and named - owners:
                    meant = named - owners
                focus = next(iter(meant)) if len(meant) == 1 else None if meant else self.focus
                if (
                    focus is None
                    and not meant
                    and number == 0
                    and mention.text.lower() in NOMINATIVES
                    and not text[: mention.start].strip(_OPENING_MARKS)
                ):
                    # "Cy came in late, when Ann felt it was too polite. He added drums.": of the two the sentence
                    # before named, one the page calls by the other word cannot be meant; its subject can
                    focus = self._subject_of_the_sex(_SELVES[mention.text.lower()])
                if focus is None and len(meant) > 1 and mention.text.lower() in NOMINATIVES:
                    # "by A, with B singing, and A used to drive, he did nights": a clause spliced on by a comma goes on
                    # about the subject of the clause just before it, when nothing else that may be someone stands
                    # between
                    focus = _spliced_subject(text, mentions, number, self.people, bands)
                if focus is None and len(meant) == 2 and mention.text.lower() in NOMINATIVES:
                    focus = _subject_with_partner(text, mentions, number, self.people)
                if (
                    len(meant) == 1
                    and focus is not None
                    and _FROM_ONES_RECORD.match(text, mention.start) is not None
                    and _word_before(text, mention.start) in ("from", "off")
                    and self.people.holds(focus) & {CreditRole.FEATURED_ARTIST}
                    and not self.people.holds(focus) & {CreditRole.ARTIST}
                ):
                    # "The song features X and is the second single from her album": the album a single is from is its
                    # performer's, not its featured guest's: the song's one artist, if the page may call them so
                    performers = self.people.credited(CreditRole.ARTIST)
                    self_word = _SELVES.get(mention.text.lower())
                    focus = (
                        performers[0]
                        if len(performers) == 1
                        and performers[0] not in bands
                        and self.people.may_be(performers[0], self_word)
                        else None
                    )
                    meant = set()
                if (
                    number == 0
                    and focus is not None
                    and not meant
                    and len(mentions) > 1
                    and mentions[1].person is not None
                    and _WROTE_IT_WITH.match(text[: mentions[1].start]) is not None
                    and CreditRole.WRITER not in self.people.holds(focus)
                    and self.people.credited(CreditRole.WRITER)
                ):
                    # "B produced it. She co-wrote it with C": who wrote the song is one of its credited writers, not
                    # the one the text was about when the page does not credit them so: the one writer besides C whom
                    # the page may call so
                    self_word = _SELVES.get(mention.text.lower())
                    writers = [
                        w
                        for w in self.people.credited(CreditRole.WRITER)
                        if w != mentions[1].person and w not in bands and self.people.may_be(w, self_word)
                    ]
                    focus = writers[0] if len(writers) == 1 else None
                if focus is None and len(meant) == 2:
                    focus = self._owner_as_object(text, mentions, number, meant)
                if focus is None and len(meant) == 2 and mention.text.lower() not in NOMINATIVES:
                    focus = self._other_of_two(text, mentions, number, meant)
                if (
                    focus is not None
                    and meant
                    and (
                        first := (object_meant if mention.text.lower() in NOMINATIVES else first_meant).get(
                            str(_SELVES.get(mention.text.lower()))
                        )
                    )
                    is not None
                    and first not in named
                    and first != focus
                    and not self.people.selves.get(focus)
                ):
                    # "It changed her life: a duet with B, from her album": the first "her" meant someone the
                    # sentence does not name, and B, whom the page has not called "she" yet, may be meant by
                    # the second as well as that one: not sure; so too a subject "she" after an object "her" that
                    # meant someone else ("Cy, whom her mother introduced to her when she was ten": Cy or her)
                    focus = None
                if (
                    number >= 2
                    and mentions[number - 2].kind == "pronoun"
                    and mentions[number - 2].text.lower() == mention.text.lower()
                    and mentions[number - 1].person is not None
                    and mentions[number - 1].person == focus
                    and _ONE_VERB.match(text[mentions[number - 2].end : mentions[number - 1].start])
                ):
                    # "how she met Bramwell, she laughs": the name is the object of the first "she"'s verb, so that
                    # "she" is someone else, whom the second goes on about
                    focus = mentions[number - 2].person
                if len(meant) > 1 and (cleft := _cleft_subject(text, mentions, number)) in meant:
                    focus = cleft  # "It was X who found Y a producer, and she tells the story": X, the cleft's
                if (
                    focus is not None
                    and any(other != focus for other in self.last_named)
                    and mention.text.lower() in NOMINATIVES
                    and number
                    and mentions[number - 1].person == focus
                    and _SAYING_THAT.match(text[mentions[number - 1].end : mention.start])
                    and _ECHOED_PREDICATE.match(text, mention.end)
                ):
                    # "A says he won. B says he did not.": a reported clause that only echoes the sentence before's
                    # predicate ("did not") may go on about that sentence's subject as well as the one saying it
                    focus = None
                if focus is not None and meant and _opens_described(text, mentions):
                    # "The Istanbul-born pop star teams up with rapper X on ..., from her album": the subject, a
                    # description the page has not given anyone, may be whom "her" means as well as X
                    focus = None
                if (
                    not meant
                    and 1 <= number < _SUBJECT_REACH
                    and (opening := self._new_subject(text, mentions, number)) is not None
                ):
                    focus = opening  # "Her roommate, Dominique Achterberg, takes the credit, and she tells ..."
                elif (
                    not meant
                    and focus is not None
                    and mention.text.lower() in NOMINATIVES
                    and (
                        acting < number
                        or (number and _unknown_opening(text, mentions, self._names_seen))
                        or _newcomer_in_fronted_when(text, mentions, number)
                    )
                ):
                    # "the crossing Renato Dimaano made to meet the woman he would marry": someone new to the page, the
                    # subject of a verb before the "he", may be meant as well as whom the text was about: not sure
                    focus = None
                if (
                    focus is None
                    and not meant
                    and self.pair is not None
                    and mention.text.lower() in NOMINATIVES
                    and number + 1 < len(mentions)
                    and mentions[number + 1].person in self.pair
                    and text[mention.end : mentions[number + 1].start].strip() in ("and", "&")
                ):
                    # "How she and Kofi met": "she" joined to one of the two the text is about is the other of them,
                    # when the page calls that one so
                    partner = next(p for p in self.pair if p != mentions[number + 1].person)
                    if self.people.selves.get(partner) == _SELVES.get(mention.text.lower()):
                        focus = partner
                same = _same_subject_again(text, mentions, number) or _fronted_subject_again(text, mentions, number)
                if same is not None:
                    # "She was Siobhán's teacher, and she introduced the two": the subject goes on, over a possessive
                    focus = same
                elif (
                    len(meant) > 1
                    and (over := _subject_over_relative(text, mentions, number)) is not None
                    and over[1]
                    and self.people.may_be(over[0], _SELVES[mention.text.lower()])
                    and all(self.people.selves.get(p) not in (None, "", _SELVES[mention.text.lower()]) for p in over[1])
                ):
                    # "Yoo, who co-produced it with Kang, has kept quiet, though she posted ...": the main clause's
                    # subject goes on, when the page calls whoever the relative clause names otherwise
                    focus = over[0]
                if _presented_just_before(text, mentions, number):
                    # "Georgia said, this is Dom, he has a box of songs": a "he" spliced on right after the one
                    # presented is that one, whoever else was named before (no one sure when the name is no one's)
                    focus = mentions[number - 1].person
                if (
                    focus is not None
                    and (meant or number < _SUBJECT_REACH)
                    and (
                        _object_of_subject(text, mentions, number, focus)
                        or _compared_with_subject(text, mentions, number, focus)
                        or _relative_of_predicate(text, mentions, number, focus)
                    )
                ):
                    # "Cy sat me next to her": the object of Cy's verb is someone other than Cy; "Cy has been with
                    # her for years" after a sentence about Eda, whom the page calls "she": Eda; when the page has
                    # called the one the text was about nothing yet and Cy is the one person the sentence names, still
                    # that one ("Cy has known her for years")
                    subject = focus
                    uncalled = (
                        meant == {subject}
                        and self.focus not in (subject, self.speaker)
                        and self.people.selves.get(str(self.focus), "") == ""
                    )
                    # ("Eda ... "...," Cy said. Di introduced her to Bo": the one the text was about before Cy, whom
                    # the page calls "she", rather than Cy, whom it has called nothing and turned to only for a quote)
                    called_earlier = (
                        self.earlier
                        if uncalled
                        and self.earlier not in (None, subject, self.speaker)
                        and self.people.selves.get(str(self.earlier)) == _SELVES.get(mention.text.lower())
                        and not self.people.told_selves.get(str(self.focus))
                        and self.last_read is not None
                        and _ATTRIBUTION_ONLY.match(self.last_read.skeleton) is not None
                        else None
                    )
                    focus = self._other_than(subject, _SELVES.get(mention.text.lower()), meant) or (
                        called_earlier or self.focus if uncalled else None
                    )
                    if focus is not None and focus != subject:
                        object_meant.setdefault(str(_SELVES.get(mention.text.lower())), focus)
                if (
                    focus is not None
                    and mention.text.lower() in NOMINATIVES
                    and _apposed_no_one(text, mentions, number)
                ):
                    # "alongside Ann's sister, Ida, and she introduced him": the sentence goes on about the one named
                    # in apposition, whom the page does not know; not the owner of the relation, nor anyone before
                    focus = None
                if focus is not None and focus == self.speaker:
                    focus = None  # in a quote, "she" is someone other than the one speaking ("I")
                if focus is not None and focus in bands:
                    # a band (or any group) is no "he" or "she": "Morais joined in 2023. The band held no auditions.
                    # Her solo ...": the one the text was about before the band, when the page calls them so and no
                    # one else it named of late, nor anyone this sentence names before it
                    word = _SELVES.get(mention.text.lower())
                    earlier = self.earlier
                    focus = (
                        earlier
                        if earlier is not None
                        and earlier not in bands
                        and earlier != self.speaker
                        and not meant
                        and word is not None
                        and self.people.selves.get(earlier) == word
                        and not any(
                            p != earlier and self.people.selves.get(p) == word
                            for p in (*(pair or ()), *self.last_named)
                        )
                        else None
                    )
                if (
                    focus is not None
                    and meant == {focus}
                    and mention.text.lower() not in NOMINATIVES
                    and not self.people.selves.get(focus)
                    and any(
                        p != focus and self.people.selves.get(p) == _SELVES.get(mention.text.lower())
                        for p in self.last_named
                    )
                ):
                    # "... a demo in her inbox. X had been in her corner since the auditions": the one the sentence
                    # before named, whom the page calls "she", may be meant as well as X, whom it has called nothing
                    focus = None
                self_word = _SELVES.get(mention.text.lower())
                titled = (
                    _COURTESY_SELVES.get(self.people.honorifics.get(fold(focus), ""))
                    or self.people.told_selves.get(focus)
                    if focus
                    else None
                )
                if titled and self_word and titled != self_word and not self.people.selves.get(str(focus)):
                    # "Mr Ed Crabtree ... She told me": a courtesy title of the other sex is someone else (so is one
                    # before the surname alone, "Mr. Crabtree", or a noun of the other sex said of them, "her uncle")
                    focus = None
                ahead = _subject_after_fronted(text, mentions, number) if focus is not None and not meant else None
                if ahead not in (None, focus) and self.people.may_be(str(ahead), self_word):
                    # "When he spoke to X, Tobi put it simply": the subject after a clause put first may be whom
                    # its "he" means as well as the one the text was about: not sure
                    focus = None
                if focus and self_word and not self.people.may_be(focus, self_word):
                    # "she" after a sentence about someone the page calls "he": someone else, the one of the last
                    # two named together (or of those the sentence before named) the page has called so
                    fits = {
                        person
                        for person in (*(pair or ()), *self.last_named)
                        if person != self.speaker and self.people.selves.get(person) == self_word
                    }
                    if (
                        not fits
                        and not named
                        and self.earlier not in (None, focus, self.speaker)
                        # ("Her old bandmate X had heard the EP, and he connected her with Y": not when someone new to
                        # the page stands before it, who may be meant)
                        and not any(
                            m.kind == "name" and m.new and not m.people and not m.possessive
                            for m in mentions[: min(number, _SUBJECT_REACH)]
                        )
                    ):
                        # no one nearer is so called: the one the text was about before, if the page calls them so
                        fits = {p for p in (self.earlier,) if p and self.people.selves.get(p) == self_word}
                    # ("Her father, X, drove a bus. Next, Cy, whom she was introduced to by Y": the one "whom" is
                    # about, named before "she", is no one it may mean)
                    focus = fits.pop() if len(fits) == 1 and not named - whom_object else None
                    whose = whose_meant.get(self_word)
                    if (
                        focus is None
                        and whose is not None
                        and whose[0] < mention.start
                        and whose[1] not in named
                        and not any(self.people.may_be(person, self_word) for person in named)
                    ):
                        # "Her godfather is X, and she connected Y with him": no one the sentence names may be called
                        # so, and its "her" before meant someone: the same one
                        focus = whose[1]
                elif (
                    focus
                    and self_word
                    and not meant
                    and not self.people.selves.get(focus)
                    and not (focus == self.subject_over_aside and number == 0)
                    # ("our own Mrs Edith Crabtree ... She told me": the courtesy title the page gave the focus
                    # tells the pronoun's sex as the page's pronouns would)
                    and _COURTESY_SELVES.get(self.people.honorifics.get(fold(focus), "")) != self_word
                ):
                    # "she" meaning the focus, whom the page has called nothing yet, when someone the sentence
                    # before named, or the focus's own quote just before called "she", is so called: either may be
                    # meant ("Odum remembered: '... she wouldn't let him.' Speaking to X, she said")
                    # (or the one whom the sentence before called so besides its subject: "Cy has been with her")
                    so_called = (p for word, p in self.called if word == self_word)
                    # ("The two of them wrote it; Cy produced it. She met ...": so may either of the two the sentence
                    # before opened with, when the focus was the subject of a clause of its own after them, not named
                    # with them: "They have worked for years with Cy")
                    last_clause = self.last_read
                    opened_with = (
                        pair
                        if pair is not None
                        and last_clause is not None
                        and self._about(pair)
                        and any(
                            focus in (m.person, squash(m.text)) and last_clause.text[: m.start].rstrip().endswith(";")
                            for m in last_clause.mentions
                        )
                        else ()
                    )
                    others = {
                        p
                        for p in (*self.last_named, *self.quoted, *so_called, *opened_with)
                        if p not in (focus, self.speaker)
                    }
                    if any(self.people.selves.get(person) == self_word for person in others):
                        focus = None
                    elif self_word in self.quoted_unsaid:
                        # "Rui remembered: 'She sang it to me ...' Later she posted": the quote's "she" was someone
                        # other than Rui, whom the page has called nothing; either may be meant
                        focus = None
                if (
                    not focus
                    and self_word
                    and not meant
                    and number == 0
                    and pair
                    and (self._about(pair) or self._named_only(pair))
                ):
                    # "The two of them have worked together since her first EP. She told X ...": after a sentence
                    # about the two, the one of them the page calls so, when it calls the other otherwise
                    # ("I introduced Daze to Tobias in the bar. He listened": so too after one that named only them)
                    focus = self._only_one_so_called(pair, self_word)
                if (
                    not focus
                    and self_word
                    and not meant
                    and mention.text.lower() in NOMINATIVES
                    and (two := self._last_two()) is not None
                    and self._named_only(two)
                    and (number == 0 or _subject_after_fronted_clause(text, mentions, number))
                    and (one := self._only_one_so_called(two, self_word)) is not None
                    and (self.people.selves.get(one) == self_word or self._opened_on(one))
                ):
                    # "... in which A can be seen laughing at B. Asked on Facebook what was so funny, she wrote": after
                    # a sentence that named only two, the one of them the page has called so, when it calls the other
                    # otherwise (the subject of the main clause, after a fronted clause that names no one of the page)
                    focus = one
                if (
                    not focus
                    and self_word
                    and not meant
                    and number == 0
                    and pair
                    and mention.text.lower() in NOMINATIVES
                    # (opening the sentence: "The story of how she met B" is told of whoever the text is about)
                    and not text[: mention.start].strip()
                    and len(mentions) > 1
                    and mentions[1].person in pair
                    and not mentions[1].possessive
                    and _MET.match(text[mention.end : mentions[1].start].strip().lower())
                ):
                    # "A wrote it with B. She met B through her grandfather": the one who met one of the two named
                    # together before is the other, when the page may call them so (not "He introduced A to B", whose
                    # subject is someone else)
                    one_met = pair[0] if mentions[1].person == pair[1] else pair[1]
                    if one_met != self.speaker and one_met not in bands and self.people.may_be(one_met, self_word):
                        focus = one_met
                if not focus and self_word and self._interviewed(text, mentions, self_word):
                    # "When I ask her about a follow-up, she laughs": the narration's "I" talks with the one the page
                    # is about, its one artist, whom the page calls so, when no one else is named
                    focus = self.people.credited(CreditRole.ARTIST)[0]
                    self.interviewed = focus
                subject_word = mention.text.lower() if mention.text.lower() in NOMINATIVES else None
                if (
                    focus
                    and subject_word
                    and (subject_word, self.focus) in self.unsure_subjects
                    and focus == self.focus
                    # (the page has called them nothing yet: the doubt was whether the pronoun is theirs at all)
                    and not self.people.selves.get(focus)
                    and not any(m.kind in ("name", "description") for m in mentions[:number])
                ):
                    # "He never sang for money. 'I only played at wakes,' he said": a "he" going on from one the
                    # sentence before left unsure, with no one named between, is just as unsure (not the focus)
                    focus = None
                object_word = _OBJECT_SUBJECT.get(mention.text.lower()) if not mention.possessive else None
                if focus and object_word in unknown_subjects and focus != identified.get(str(object_word)):
                    # "He was a friend of the groom, and as X tells it there was nowhere else to put him": an object
                    # pronoun after a subject pronoun of the same sex the sentence left unsure may well mean that
                    # one, so it is no surer
                    focus = None
                if focus and subject_word in unknown_subjects and focus != identified.get(str(subject_word)):
                    # "She looked at X, she looked at me, and she told us": a subject pronoun said again in the
                    # sentence goes on meaning whom it meant there; when that was no one sure, neither is this
                    # (unless the sentence said who it is since: "who she is, but she is X, and she plays ...")
                    focus = None
                if (
                    focus is not None
                    and meant == {focus}
                    and mention.text.lower() in NOMINATIVES
                    and not self.people.selves.get(focus)
                ):
                    # a subject pronoun taken for someone the page has called nothing yet, by what comes right before
                    said_before = text[max(0, mention.start - 24) : mention.start]
                    if (
                        self.focus not in (None, focus)
                        and self.people.selves.get(str(self.focus)) == self_word
                        and (
                            _TOLD_WHOM_BEFORE.search(said_before) is not None
                            or _WHEN_CLAUSE_BEFORE.search(said_before) is not None
                        )
                    ):
                        # "I had no idea who he was. Kasia told me he used to be famous": the "he" of what someone
                        # the page has called nothing yet told may be the teller or the one the text was about, whom
                        # the page calls so: not sure; so is the subject of a clause of when inside the sentence ("X
                        # was doing the sound on the night he played there": X's, or the one the text was about)
                        focus = None
                    elif (
                        any(p != focus and word == self_word for p, word in self.people.selves.items())
                        and _CONTACT_CLAUSE_BEFORE.search(said_before) is not None
                    ):
                        # "X has produced everything she has released since": the subject of a clause with no
                        # relative word after the object may be X, or another the page calls so
                        focus = None
                if (
                    focus is not None
                    and mention.text.lower() in ("her", "him")
                    and number + 1 < len(mentions)
                    and mentions[number + 1].person == focus
                    and text[mention.end : mentions[number + 1].start].strip().lower() == "to"
                    and _INTRODUCING.search(text[max(0, mention.start - 16) : mention.start]) is not None
                ):
                    # "Her brother X introduced her to Cy" after a sentence about Cy: whom "her" means is introduced to
                    # Cy, so is someone other than Cy (not sure who: none)
                    focus = None
                mention.people = (focus,) if focus else ()
                if (
                    focus
                    and number
                    and mention.text.lower() in ("him", "her")
                    and (left_person := mentions[number - 1].person) not in (None, focus)
                    and _MET.match(text[mentions[number - 1].end : mention.start].strip().lower())
                ):
                    # "A met him through X, who introduced the two of them": the two who met, as with a name
                    pair = (str(left_person), focus)
                if not focus and subject_word:
                    unknown_subjects.add(subject_word)
                    unsure_now.add((subject_word, self.focus))
                if focus and self_word:
                    first_meant.setdefault(self_word, focus)
                if not focus and self_word:
                    doubted.add(self_word)
                first_named = mentions[0] if number and mentions[0].start == 0 else None
                if (
                    focus
                    and self_word
                    and not (
                        first_named is not None
                        and first_named.kind == "name"
                        and first_named.new
                        and not first_named.people
                        and all(m.person != focus for m in mentions[:number])
                    )
                ):
                    # ("Gunnel Ortega rents out the room in her flat": a new name opening the sentence may well be
                    # whom its pronoun means, so it teaches nothing of how the page calls the one it was taken to mean)
                    self.people.learn_self(focus, self_word)
                if focus and self_word and mention.text.lower() not in NOMINATIVES:
                    called.append((self_word, focus))  # (an object's: a subject's is the sentence's focus)
        if newcomers is not None:
            # (the page's people from now on; this sentence's own reading of them is left as it was)
            pair = (self.people.canonical(newcomers[0].text), self.people.canonical(newcomers[1].text))
        if (
            pair is not None
            and "?" in text
            and _TWO_ASKED.search(text)
            and not set(pair) <= {m.person for m in mentions if m.kind == "name"}
        ):
            # "How did the singer and the Michelin-starred heartthrob find each other?": the two the answer tells
            # of are the two asked about, not a pair named before; when the question named no pair sure, no one
            pair = None
        if (
            pair is not None
            and pair != self.pair
            and set(pair) <= {m.person for m in mentions if m.kind == "name"}
            and (done_with := _done_with(text, mentions)) is not None
            and _pair_told_after(mentions, done_with, pair)
        ):
            # "A wrote it with B, and it was produced by B and C": two pairs told in one sentence, the two who did
            # something together and, after them, two named together, B named in each; which of them "the two" means
            # next is not sure (not "A wrote it with B and C", three who did it together, B named once, nor "B and C
            # wrote it with A, and B produced it with D", the pair the sentence opened on)
            pair = None
        elif pair is None:
            pair = _done_with(text, mentions)
        if pair is None:
            pair = self._duo_told(mentions)
        self.pair = pair
        # (a "she" left unsure goes on being so in the next sentence: "... with her. Then she sat. 'Hi,' she said.")
        words = {word for word, _ in called}
        self.called = (*called, *(c for c in self.called if c[0] in doubted - words))
        self.unsure_subjects = frozenset(unsure_now)
        self.unsure_whose = frozenset(unsure_whose)


def _pair_told_after(mentions: list[Mention], done_with: tuple[str, str], pair: tuple[str, str]) -> bool:
    """Whether two people named together (B and C) are named after two who did something together (A with B), one
    of each pair the same person named in each, the other of the pair named together only after the other of theirs."""
    if len(set(done_with) & set(pair)) != 1:
        return False
    shared = (set(done_with) & set(pair)).pop()
    (ours,) = set(done_with) - {shared}
    (theirs,) = set(pair) - {shared}
    named = [m.person for m in mentions if m.kind == "name"]
    return named.count(shared) > 1 and ours in named and theirs in named and named.index(ours) < named.index(theirs)


# Words of where before a town's name ("a preacher's daughter from Muscle Shoals, Alabama")
_TOWN_BEFORE = frozenset({"from", "in", "near", "outside", "at", "to"})


def _town_of_region(tokens: list[tuple[int, int, str]], first: int, stop: int) -> bool:
    """ "from Muscle Shoals, Alabama,", "in Gallatin, Tennessee.": a name after a word of where, set before a
    state, a province or a country by a comma that closes it, is a town's, as an address writes it; no one's."""
    if first == 0 or tokens[first - 1][2].lower() not in _TOWN_BEFORE or stop >= len(tokens) or tokens[stop][2] != ",":
        return False
    words: list[str] = []
    for position in range(stop + 1, min(stop + 4, len(tokens))):
        word = tokens[position][2]
        if not _capital(word):
            # (the place closes: "Alabama, had", "Alabama." - not "Georgia Dorn", a name going on)
            return bool(words) and word in (",", ".", ";", ")", ":") and _region(" ".join(words))
        words.append(word)
    return len(words) < 3 and stop + 1 + len(words) == len(tokens) and _region(" ".join(words))


def _region(words: str) -> bool:
    return fold(words) in REGIONS or known_country(words) is not None


def _apposed_place(tokens: list[tuple[int, int, str]], stop: int) -> bool:
    """ "X, a pub with a red door", "X, the old flower market": a phrase apposed to the name whose head is a place's
    noun, which no person is (not "X, a club promoter" nor "X, the bar's owner", whose head is someone's)."""
    if stop + 2 >= len(tokens) or tokens[stop][2] != "," or tokens[stop + 1][2].lower() not in ("a", "an", "the"):
        return False
    for position in range(stop + 2, min(stop + 6, len(tokens))):
        word = tokens[position][2]
        if not (word.isalpha() and word.islower()):
            return False
        if word in _PLACE_NOUNS:
            following = tokens[position + 1][2] if position + 1 < len(tokens) else "."
            return following in _AFTER_PLACE_NOUN
    return False


# A clause put before its sentence's subject, opened by a word of time or condition ("When he spoke to X, Tobi ...")
_FRONTED_CLAUSE = linear.compile(
    r"^\W*(?:(?:And|But|So)\s+)?(?i:when|whenever|while|after|before|once|since|although|though|if|until|as\s+soon\s+as)"
    r"\s[^,;:.!?\"]{0,150}$"
)


def _subject_after_fronted(text: str, mentions: list[Mention], number: int) -> str | None:
    """When the pronoun ``mentions[number]`` stands in a clause put first ("When he ...,"), no one named before it:
    the person named right after that clause's comma, the sentence's subject."""
    if mentions[number].start > 160 or any(m.kind == "name" for m in mentions[:number]):
        return None  # (such a clause is short: a long sentence is not read again for each pronoun)
    comma = text.find(",", mentions[number].end, mentions[number].end + 200)
    if comma < 0 or _FRONTED_CLAUSE.match(text[:comma]) is None:
        return None
    after = next((m for m in mentions[number + 1 :] if m.start > comma), None)
    if after is None or after.kind != "name" or after.possessive or not _COMMA_ONLY.match(text[comma : after.start]):
        return None
    return after.person


# "It was X who ..., and ": a cleft's clause, then the next clause joined to it, where a subject pronoun starts
_CLEFT_THEN = linear.compile(r"^\W*It\s+(?:was|is)\s+$")
_AND_THEN = linear.compile(r"^\s+who\s[^;:.!?\"]{0,200},\s+and\s+$")


def _cleft_subject(text: str, mentions: list[Mention], number: int) -> str | None:
    """The subject of a cleft opening the sentence ("It was X who ..."), when the pronoun at ``number`` starts the
    clause joined to it by "and" (which goes on about X)."""
    first = mentions[0]
    if first.kind != "name" or first.possessive or not _CLEFT_THEN.match(text[: first.start]):
        return None
    if not _AND_THEN.match(text[first.end : mentions[number].start]):
        return None
    return first.person


# "walking the sea wall in Havana": one word after "in" that is only part of someone's name is a place (no one is
# in a person), which "she" after it cannot mean
_IN_BEFORE = linear.compile(r"(?:^|\s)[Ii]n\s+$")


_BRACKETS = linear.compile(r"\([^()]{0,200}\)")


def _aside_in_brackets(text: str) -> bool:
    """Whether a sentence stands inside brackets that hold more than it: it opens them and does not close them, or
    closes ones it did not open (a sentence before it did). (A sentence wholly set in a pair of its own may be a
    paragraph of its own, about the video, whose people the text goes on about: not read so.)"""
    text = text.strip()
    opens, closes = text.count("("), text.count(")")
    if text.startswith("("):
        return closes == 0 and opens == 1
    return opens == 0 and closes == 1 and text.endswith(")")


def _within(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` lies inside one of ``spans`` (in order, not overlapping)."""
    index = bisect_right(spans, (at, at)) - 1
    return index >= 0 and spans[index][0] < at < spans[index][1]


def _described_before_whom(text: str, mentions: list[Mention], number: int) -> str | None:
    """Whom a "whom" right before the pronoun ``mentions[number]`` is about, when it closes an apposition describing
    the person named before it and only names of no one (places) stand between ("X, a guitarist from Y whom she")."""
    at = number - 1
    while at >= 0 and mentions[at].kind == "name" and not mentions[at].people and not mentions[at].possessive:
        at -= 1
    if at < 0 or at == number - 1 or mentions[at].possessive or not mentions[at].person:
        return None
    between = text[mentions[at].end : mentions[number].start]
    if any(word in between.split() for word in ("who", "which", "that", "whose")):
        return None
    return str(mentions[at].person) if _APPOSED_UP_TO_WHOM.match(between) else None


def _pronoun_subject_last(clause: Clause) -> str | None:
    """Whom a "he" or "she" spliced on by a comma means for sure, when it is the last of the sentence's mentions
    that may be someone (a place after it, "out of Brixton", is no one); else None."""
    people = [
        m
        for m in clause.mentions[:_LAST_NAMED]
        if m.kind != "name"
        or m.people
        or (m.new and " " in squash(m.text))
        or not _PLACED_NAME.search(clause.text[max(0, m.start - 8) : m.start])
    ]
    last = people[-1] if people else None
    if last is None or last.kind != "pronoun" or last.text.lower() not in NOMINATIVES or len(last.people) != 1:
        return None
    # (only a clause spliced on by a bare comma: "Arbour's sister, Eda Fenn, and she met" leaves whom "she" means
    # as unsure as it was)
    return last.people[0] if clause.text[: last.start].rstrip().endswith(",") else None


def _in_a_place(text: str, mention: Mention) -> bool:
    return (
        mention.kind == "name"
        and " " not in mention.text
        and fold(mention.text) != fold(str(mention.person))
        and _IN_BEFORE.search(text[max(0, mention.start - 4) : mention.start]) is not None
    )


# "him", or "her" as an object (before a preposition, an adverb or the clause's end, not a noun it would be whose)
_OBJECT_PRONOUN = linear.compile(
    # ("has known him since school", "knows her since 2013": since when, after the object)
    # ("asks her what it means", "showed him how": a question word opening what is asked or shown, no noun of hers)
    # ("followed him a year later": "him" is never whose something is, so whatever follows it, it is an object)
    r"^(?i:him)\b|^(?i:him|her)(?:\s+(?:on|in|at|to|for|with|from|about|again|back|once|twice|and|but|that|so|since|what|whether|how"
    r"|why|where|which|if)\b|\s*[,.;:!?]|\s*$"
    # "has been with her longer than anyone": a comparison after it (no noun of hers between)
    r"|\s+(?:[a-z]{2,}er|more|less)\s+than\b"
    # ("has known her far longer", "introduced to her over dinner": an adverb or preposition, a word of its own)
    # ("had voted her off", "talked her out of it": a phrasal verb's particle, no noun of hers)
    r"|\s+(?:over|into|through|during|when|while|far|well|longer|ever|too|off|out|away|down|up)(?:\s|[,.;:!?]|$)"
    # ("stayed with him until the end": a word of time, never a noun she owns, as "since" above)
    r"|\s+(?:until|till)\b"
    # ("had met her the winter before", "gave her a guitar": an article after it, which no "her" of whose stands
    # before)
    r"|\s+(?:the|a|an)\s)"
)
# What joins another clause between a subject and a pronoun (which may then be theirs: "Cy said that he ...").
# ", and X ...", "; X ...": a clause joined to the one before, whose subject follows
_OPENS_JOINED = linear.compile(r"[,;]\s*(?:(?:and|but|so|while|whereas)\s+)?$")
_CLAUSE_BREAK = linear.compile(
    r"[,;:()]|\b(?i:and|but|or|that|who|whom|which|when|while|because|if|so|as|after|before)\b"
)


# A sentence opening with someone described by what they do ("The Istanbul-born pop star teams up with ...")
_DESCRIBED_OPENING = linear.compile(
    r"^\W*(?:The|A|An)\s+(?:[\w'-]+\s+){0,3}?(?P<noun>[a-z][\w-]*)\s+(?:[a-z]+ly\s+)?[a-z]+(?:s|ed)\s"
)


def _opens_described(text: str, mentions: list[Mention]) -> bool:
    """Whether the sentence's subject is a description of someone that names no one the page knows (its words read
    as no person's mention)."""
    found = _DESCRIBED_OPENING.match(text)
    if found is None or found.group("noun") not in ROLE_NOUNS:
        return False
    return not any(m.people or m.kind != "name" for m in mentions if m.start < found.end("noun"))


def _apposed_no_one(text: str, mentions: list[Mention], number: int) -> bool:
    """Whether the mention right before ``mentions[number]`` is a name of no one the page knows, set off in apposition
    to a relation of the one before it ("Ann's sister, Ida, and she ..."): a "he" or "she" after it may well be that
    one, whom the page cannot name."""
    if number < 2:
        return False
    owner, named = mentions[number - 2], mentions[number - 1]
    return (
        owner.possessive
        and named.kind == "name"
        and named.person is None
        and not named.people
        and not named.possessive
        and text[named.end : named.end + 1] == ","
        and _OF_WHAT_APPOSED.match(text[owner.end : named.start]) is not None
        and text[owner.end : named.start].replace(",", " ").split()[-1].lower() in _APPOSED_RELATIONS
    )


# "'s cousin, the London restaurateur ": a relation, then what the one it is does, before their name in apposition
_RELATION_DESCRIBED = linear.compile(
    r"^'s?\s+(?:[a-z][\w-]*\s+){0,2}(?P<relation>[a-z][\w-]*)\s*,\s*the\s+(?:[A-Za-z][\w-]*\s+){0,2}[a-z][\w-]*\s+$"
)


def _owner_of_described(text: str, mentions: list[Mention], number: int) -> bool:
    """Whether ``mentions[number]`` owns a relation that a new full name in apposition names, told by what they do
    ("Kofi's cousin, the Accra chemist Ama Owusu, ..."): a relation and a trade say the one named is a person, of the
    page from then on (with no "he" or "she" after it as well)."""
    mention = mentions[number]
    if not mention.possessive or number + 1 >= len(mentions):
        return False
    named = mentions[number + 1]
    described = _RELATION_DESCRIBED.match(text[mention.end : named.start])
    return (
        described is not None
        and described.group("relation").lower() in _APPOSED_RELATIONS
        and named.kind == "name"
        and named.new
        and named.person is None
        and " " in squash(named.text)
        and not named.possessive
        and text[named.end : named.end + 1] == ","
    )


def _owner_of_apposed(text: str, mentions: list[Mention], number: int) -> bool:
    """Whether ``mentions[number]`` owns a relation named in apposition right after it ("Kofi's neighbour, Ama Owusu,
    said she ..."): the sentence goes on about the one named, whom a "he" or "she" after it means."""
    mention = mentions[number]
    if not mention.possessive or number + 1 >= len(mentions):
        return False
    named = mentions[number + 1]
    return (
        named.kind == "name"
        and (named.person is not None or (named.new and " " in squash(named.text)))
        and not named.possessive
        and text[named.end : named.end + 1] == ","
        and (
            (
                _OF_WHAT_APPOSED.match(text[mention.end : named.start]) is not None
                and text[mention.end : named.start].replace(",", " ").split()[-1].lower() in _APPOSED_RELATIONS
            )
            # ("Niamh's uncle is X, the singer, and he knows everyone": the relation said to be someone by the copula,
            # set off by a comma as an apposition is)
            or (
                (owned := _OWNER_IS.match(text[mention.end : named.start])) is not None
                and owned.group("relation").lower() in _APPOSED_RELATIONS
            )
        )
    )


# "Bell's old teacher, Mrs Eda Fenn of Hull, is ...": a relation, then the one it is by a full name (after a courtesy
# title, with where they are from), set off by commas as the sentence's subject before its verb
_APPOSED_SUBJECT_HEAD = linear.compile(
    r"^'s?\s+(?:[a-z][\w-]*\s+){0,2}(?P<relation>[a-z][\w-]*)\s*,\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+)?$"
)
_APPOSED_SUBJECT_VERB = linear.compile(
    r"\s*,\s*(?:is|was|has|had|says|said|remains|became|runs|ran|taught|teaches|still)\b"
)


# "this is X, " / "that's X, ": presenting someone, up to the name
_PRESENTING_BEFORE = linear.compile(r"\b(?:[Tt]his|[Tt]hat|[Hh]ere)(?:['\x{2019}]s|\s+is|\s+was)\s+$")


def _presented_just_before(text: str, mentions: list[Mention], number: int) -> bool:
    """Whether the "he" or "she" at ``number`` follows, after a comma alone, a name the clause before presents ("this
    is Dom, he has ..."): the one presented is whom it takes up."""
    if number < 1 or mentions[number].kind != "pronoun" or mentions[number].text.lower() not in NOMINATIVES:
        return False
    name = mentions[number - 1]
    return (
        name.kind == "name"
        and not name.possessive
        and text[name.end : mentions[number].start].strip() == ","
        and _PRESENTING_BEFORE.search(text[: name.start]) is not None
    )


def _dislocated(text: str, mentions: list[Mention]) -> int | None:
    """Where the "he" or "she" stands that takes up as the subject the name the sentence opens on, set off by a comma
    ("Tod Hale, he plays a doctor."): a person the page knows or a new full name. None when the sentence is no such."""
    if len(mentions) < 2 or _DISLOCATED_OPENING.match(text[: mentions[0].start]) is None:
        return None
    name = mentions[0]
    if name.kind != "name" or name.possessive or not (name.person or (name.new and " " in squash(name.text))):
        return None
    # ("Tod Hale, she's Bea's cousin, she ...": only someone whose relation the aside tells may stand between)
    number = next((n for n, m in enumerate(mentions[1:4], 1) if not m.possessive), None)
    if number is None:
        return None
    pronoun = mentions[number]
    between = _DISLOCATED_BETWEEN.match(text[name.end : pronoun.start])
    if (
        pronoun.kind == "pronoun"
        and pronoun.text.lower() in ("he", "she")
        and between is not None
        and between.group("aside") in (None, pronoun.text.lower())
        and _DISLOCATED_VERB.match(text, pronoun.end) is not None
    ):
        return number
    return None


# ("- Tod Hale, he plays": a speaker's line taken up again after someone broke in, opened by a dash)
_DISLOCATED_OPENING = linear.compile(r"^[\s\x{2014}\x{2013}-]*$")
# ("Tod Hale, yes, he plays": a speaker's word of assent or hesitation between the name and its "he"; "Tod Hale,
# she's Bea's cousin, she ...": what the one named is, told in an aside of its own)
_DISLOCATED_BETWEEN = linear.compile(
    r"^,\s(?:(?i:yes|yeah|well|oh|right)\s*,\s|(?P<aside>he|she)(?:['\x{2019}]s|\s+is|\s+was)\s+[^,;:.()\"]{1,60}?,\s)?$"
)
# A verb after the "he" of a dislocated name (not an aside: "Tod Hale, he says, plays ...")
# ("Tod Hale, she's Bea's cousin, she ...": the "is" said short)
_DISLOCATED_VERB = linear.compile(r"(?:\s+[a-z][\w'-]*|['\x{2019}]s)\s")

# Who the sentence opens by saying someone is ("That's X", "The poor soaked man is X"), and what may come between
# the name and a "he" or "she" of the clause joined on: an apposition ("a stage actor from Lyon"), the video fronted
# ("in Eda Fenn's video"), after "and" or a semicolon
_IDENTIFYING = linear.compile(r"^\W*(?:(?:That|This)(?:'s|\s+is|\s+was)|The\s+(?:[a-z][\w-]*\s+){1,4}(?:is|was))\s+$")
# "Her name is X", "His real name was X": a sentence that opens by giving the name of one it spoke of
_NAME_GIVEN = linear.compile(r"^\W*(?P<whose>(?i:his|her))\s+(?:(?:real|full|first)\s+)?name\s+(?:is|was)\s+$")
_IDENTIFIED_THEN = linear.compile(
    r"^(?:,\s+(?:a|an)\s+[^,;:]{1,60})?(?:,\s+and|;)\s+"
    r"(?:(?:in|on)\s+(?:the|[^,;:\s]+(?:\s+[^,;:\s]+){0,3}'s?)\s+(?:music\s+)?(?:video|clip),?\s+)?$"
)


def _identified(text: str, mentions: list[Mention]) -> tuple[int, int] | None:
    """Where the one the sentence opens by identifying is named, and where the "he" or "she" stands that takes them
    up ("That's X, and in Eda Fenn's video she plays ..."): the one identified is the subject of the clause joined on,
    not someone whose video it is; so too one whose name the sentence opens by giving ("Her name is X, and she plays
    ...", the pronoun the name's "his" or "her" told). None when the sentence is no such."""
    # ("Her" may be read as a mention of its own, which the name then means too)
    at = 1 if mentions and mentions[0].kind == "pronoun" and mentions[0].text.lower() in ("his", "her") else 0
    if len(mentions) < at + 2:
        return None
    name = mentions[at]
    if name.kind != "name" or name.possessive or not (name.person or (name.new and " " in squash(name.text))):
        return None
    given = _NAME_GIVEN.match(text[: name.start])
    if given is None and (at or _IDENTIFYING.match(text[: name.start]) is None):
        return None
    said = ("he" if given.group("whose").lower() == "his" else "she",) if given is not None else ("he", "she")
    for number, pronoun in enumerate(mentions[at + 1 : at + 5], at + 1):
        if pronoun.kind != "pronoun":
            continue
        if (
            pronoun.text.lower() in said
            and _IDENTIFIED_THEN.match(text[name.end : pronoun.start]) is not None
            and _DISLOCATED_VERB.match(text, pronoun.end) is not None
        ):
            return at, number
        return None
    return None


def _apposed_subject(text: str, mentions: list[Mention], number: int) -> bool:
    """Whether ``mentions[number]`` opens the sentence owning a relation whom a new full name in apposition names,
    that apposition the sentence's subject ("Kofi's neighbour, Ama Owusu of Tema, was ..."): the sentence is about
    the one named, a person of the page from then on."""
    mention = mentions[number]
    if number != 0 or not mention.possessive or len(mentions) < 2 or text[: mention.start].strip():
        return False
    named = mentions[1]
    if named.kind != "name" or named.possessive or not (named.new and " " in squash(named.text)):
        return False
    head = _APPOSED_SUBJECT_HEAD.match(text[mention.end : named.start])
    if head is None or head.group("relation").lower() not in _APPOSED_RELATIONS:
        return False
    end = named.end
    if text[end : end + 4] == " of " and len(mentions) > 2 and not mentions[2].people and mentions[2].kind == "name":
        if text[end + 4 : mentions[2].start].strip():
            return False
        end = mentions[2].end  # "of Llandeilo": where they are from
    return _APPOSED_SUBJECT_VERB.match(text, end) is not None


def _same_subject_again(text: str, mentions: list[Mention], number: int) -> str | None:
    """Whom a "he" or "she" opening a clause joined by "and" means when the same word opened the sentence as its
    subject and no one is named between but by a possessive: the same person."""
    pronoun, first = mentions[number], mentions[0]
    word = pronoun.text.lower()
    if number == 0 or number >= _SUBJECT_REACH or word not in NOMINATIVES:
        return None  # (a clause joined so is near its sentence's start: a long sentence is not read again)
    if first.kind != "pronoun" or first.text.lower() != word:
        return None
    if first.person is None or text[: first.start].strip(" \"'(") or pronoun.start - first.end > 200:
        return None
    for between in mentions[1:number]:
        if between.kind not in ("name", "description", "two") or between.possessive or _in_a_place(text, between):
            continue
        if between is mentions[1] and between.kind != "two" and _VERB_OF.match(text[first.end : between.start]):
            # "She had known the producer since school, and she put ...": the object of the subject's own verb is
            # not who goes on; the subject is
            continue
        if between is mentions[1] and between.kind == "name" and _in_predicate(text[first.end : between.start]):
            # ("He had produced a demo for Jolene, and he said ...": a name further on in the subject's own
            # predicate, no clause opened before it, is no subject either)
            continue
        if between.kind == "name" and not between.people and not between.new:
            continue  # ("a year after the Eisteddfod he ...": a name that is no one's, an event's or a place's)
        if (
            between.kind == "two"
            and first.person in between.people
            and _VERB_OF.match(text[first.end : mentions[1].start])
        ):
            # ("He had known the producer since they were both students, and he ...": the subject and the object
            # together, told of in passing)
            continue
        return None
    return first.person if _AND_GOES_ON.search(text[first.end : pronoun.start]) else None


# "X, who co-produced it with Y, ": a relative clause set off by commas right after the sentence's opening subject
_RELATIVE_SET_OFF = linear.compile(r"\s*,\s*(?:who|whose)\s[^,;:.!?\"]{1,120},")
# "... has kept quiet about it, though ": the main clause's predicate, then a clause joined on whose subject follows
_JOINED_CLAUSE_OPENS = linear.compile(
    r"^\s+[a-z][^;:.!?\"]{0,160}?(?:,\s*(?:and|but|yet|though|although|while)|\s+(?:and|but|though|although))\s+$"
)


def _subject_over_relative(text: str, mentions: list[Mention], number: int) -> tuple[str, set[str]] | None:
    """ "Yoo, who co-produced it with Kang, has kept quiet, though she posted a photo": a "he" or "she" opening a
    clause joined on to a main clause whose subject, a name opening the sentence, a relative clause set off by
    commas follows: that subject, and the people the relative clause names (who may be meant too, unless the page
    calls them otherwise); none when anyone else is named in the main clause but by a possessive."""
    pronoun, first = mentions[number], mentions[0]
    if number < 2 or number >= _SUBJECT_REACH or pronoun.text.lower() not in NOMINATIVES:
        return None
    if first.kind != "name" or first.person is None or first.possessive or text[: first.start].strip(" \"'("):
        return None
    relative = _RELATIVE_SET_OFF.match(text, first.end)
    if relative is None or relative.end() > pronoun.start:
        return None
    if _JOINED_CLAUSE_OPENS.match(text[relative.end() : pronoun.start]) is None:
        return None
    named: set[str] = set()
    for between in mentions[1:number]:
        if between.start < relative.end():
            named.update(between.people)
        elif between.kind != "pronoun" or (not between.possessive and between.text.lower() not in ("her", "his")):
            return None  # ("X, who ..., told Y, though she": someone named in the main clause may be meant)
    return first.person, named - {first.person}


# "My learner ", "Our old neighbour ": the writer's own relation opening the sentence, before the name it describes
_WRITERS_OWN = linear.compile(r"^\W*(?:My|Our)\s+(?:[a-z][\w-]*\s+){1,2}$")
# "was introduced to me by", "had been sent over by": a passive verb whose doer a by-phrase names
_PASSIVE_BY = linear.compile(r"^\s+(?:was|were|had\s+been|has\s+been)\s+[a-z]+(?:ed|en|t)\b[^,;:.!?\"]{0,40}?\sby\s")
# After a name, a lower-case word that may be its verb (no preposition, article or joining word)
_NEWCOMER_VERB = linear.compile(
    # ("Cy Dorn, who did the late show on Radio Nord, played it": a relative clause set off by commas before the verb)
    r"(?:\s*,\s*(?:who|whose)\s[^,;:.!?\"]{1,120},)?"
    r"\s+(?:was|is|had|has|did|does|would|could|will|[a-z]+ed|made|took|gave|went|came|wrote|sang|met|kept|sold|"
    r"bought|told|said|found|left|brought|began|ran|saw|knew|got|built|won|lost)\b"
)


# ("Chi had sung on three of his records": a sentence that says something of another, by a pronoun, keeps the focus)
_THIRD_PERSON_WORDS = frozenset({"he", "she", "him", "her", "his", "hers"})
_THIRD_PERSON_WORD = linear.compile(r"\b(?i:" + "|".join(sorted(_THIRD_PERSON_WORDS)) + r")\b")


def _says_no_one_else(clause: Clause) -> bool:
    """Whether each "he", "his", "she" or "her" of the sentence (if any) is one it left meaning no one sure: none says
    something of whom the text was about ("Opal's version, which he gave me": a "he" that may be Opal's)."""
    words = sum(1 for _ in _THIRD_PERSON_WORD.finditer(clause.text)) if "h" in clause.text else 0
    unsure = sum(
        1 for m in clause.mentions if m.kind == "pronoun" and not m.people and m.text.lower() in _THIRD_PERSON_WORDS
    )
    return words == unsure


def _unknown_opening(text: str, mentions: list[Mention], seen: set[str]) -> bool:
    """Whether the sentence opens on a one-word name the page has made no one's, as the subject of a verb ("Dodo went
    in") or as whose something is ("Opal's version, which he gave me"): a nickname, perhaps, not tied to anyone
    (``seen``: such names the page used inside a sentence before, which a word opening a sentence is not)."""
    first = mentions[0] if mentions else None
    # ("My learner Dariusz, who passed in March, played it": after the writer's own relation, a capitalised word is a
    # name, used before or not)
    owned = first is not None and _WRITERS_OWN.match(text[: first.start]) is not None
    return (
        first is not None
        and (owned or fold(squash(first.text).removesuffix("'s")) in seen)
        and first.kind == "name"
        and not first.people
        and not first.new
        and " " not in squash(first.text)
        and (owned or not text[: first.start].strip(_OPENING_MARKS))
        and fold(squash(first.text).removesuffix("'s")) not in COUNTRIES
        and (first.possessive or _NEWCOMER_VERB.match(text, first.end) is not None)
    )


_WRITERS = frozenset({"i", "we", "me", "us"})
# A clause of when put first, up to the comma before the main clause's subject ("When I rang X to ask, he ...")
# (an aside in brackets inside it may hold commas of its own: "When I rang X (yes, I did), he ...")
_FRONTED_WHEN_CLAUSE = linear.compile(
    r"^\W*(?:When|After|Once|As\s+soon\s+as|Before|While)\s(?:[^,;:.!?\"()]|\([^()]*\))*,\s*$"
)


# "When she ", "After he ": a fronted clause of when opened by its subject pronoun (the pronoun's start follows)
# (and a fronted clause of a participle of asking, whose question is about its own understood subject: "Asked later
# whether she would do it again, she laughed": the one asked, the main clause's subject; a fronted clause of reason
# or concession, "Although she ...", "Because he ...", and a topic that is a question, "As for how she ...", put
# first in the same way: the same pronoun again as the main clause's subject is the same person)
_WHEN_OPENER = linear.compile(
    r"^\W*(?:When|After|Once|As\s+soon\s+as|Before|While|Although|Though|Because"
    r"|As\s+(?:for|to)\s+(?:how|why|when|where|whether)"
    r"|(?:Asked|Pressed|Questioned)(?:\s+(?:later|again|once|afterwards|[a-z]+ly))?\s+(?:whether|if))\s+$"
)
# The rest of that clause, asides set off by commas and all, up to the main clause's subject
_WHEN_CLAUSE_REST = linear.compile(r"^\s[^;:.!?\"()]{1,240},\s*$")


def subject_after_when(text: str, mentions: list[Mention]) -> int | None:
    """Where the "he" or "she" opening the main clause stands (its number) after a fronted clause of when whose own
    subject was the same word ("When she sang it, with X at her side, she introduced it"), if the sentence is so."""
    if len(mentions) < 3 or mentions[0].kind != "pronoun" or mentions[0].text.lower() not in NOMINATIVES:
        return None
    if not _WHEN_OPENER.match(text[: mentions[0].start]):
        return None
    for number in range(1, min(len(mentions), _SUBJECT_REACH)):
        pronoun = mentions[number]
        if pronoun.kind == "pronoun" and pronoun.text.lower() == mentions[0].text.lower():
            # (with no one between, the sentence needs no reading of this kind)
            rest = text[mentions[0].end : pronoun.start]
            return number if number > 1 and _WHEN_CLAUSE_REST.match(rest) else None
    return None


def _fronted_subject_again(text: str, mentions: list[Mention], number: int) -> str | None:
    """Whom that main clause's "he" or "she" means: the same person as the fronted clause's, whoever that clause or an
    aside after it names."""
    return mentions[0].person if subject_after_when(text, mentions[: number + 1]) == number else None


def _newcomer_in_fronted_when(text: str, mentions: list[Mention], number: int) -> bool:
    """Whether a "he" or "she" opening the main clause after a fronted clause of when follows a full name the page has
    made no one's in that clause ("When I rang Pekka Lindroos to ask, he laughed"): the one rung may be meant as well
    as whom the text was about."""
    if not 1 < number < _SUBJECT_REACH or not _FRONTED_WHEN_CLAUSE.match(text[: mentions[number].start]):
        return False
    # (only the writer's own "I" or "we" as its subject: "When X asked him about it, he said" goes on with "him", the
    # one X asked, and X may be no one at all, but a station)
    if any(m.kind == "pronoun" and m.text.lower() not in _WRITERS for m in mentions[:number]):
        return False
    return mentions[0].kind == "pronoun" and any(
        m.kind == "name" and m.person is None and not m.people and not m.possessive and " " in m.text.strip()
        for m in mentions[1:number]
    )


def _newcomer_acting(text: str, mention: Mention) -> bool:
    """Whether a mention is a new full name the page has not made anyone's, standing as the subject of a verb."""
    return (
        mention.kind == "name"
        and mention.new
        and not mention.people
        and not mention.possessive
        and _PLACED_NAME.search(text[max(0, mention.start - 8) : mention.start]) is None
        and _NEWCOMER_VERB.match(text, mention.end) is not None
    )


# A verb right after a name, which makes it the subject ("Temi was meant to ...", not "Built on a riff, ...")
# A sentence opening with a clause of a participle ("Asked by X what ...", "Looking back on ...", "When pressed on
# ..."), up to a point before its closing comma: its understood subject is the main clause's
_FRONTED_NONFINITE = linear.compile(
    r"^\W*(?:(?:When|Once|After|Before|While|Though|Although|If|Until)\s+)?"
    r'(?:Asked|Told|Pressed|Invited|Questioned|Reminded|Shown|[A-Z][a-z]+ing)\s[^,;:!?"“”]{0,150}$'
)


def _fronted_subject(text: str, mentions: list[Mention], start: int) -> str | None:
    """The person named as the subject of the main clause after a fronted clause holding ``start``: the name right
    after its comma, followed by its verb."""
    comma = text.find(",", start)
    after = next((m for m in mentions if m.start > comma), None) if comma >= 0 else None
    if after is None or after.kind != "name" or not after.person or after.possessive:
        return None
    if text[comma + 1 : after.start].strip():
        return None
    return str(after.person) if _SUBJECT_VERB.match(text, after.end) else None


_SUBJECT_VERB = linear.compile(
    r"\s+(?:was|is|were|are|had|has|did|does|would|could|will|can|should|might|must|[a-z]+ed)\b"
)
# Between a subject pronoun and its verb's object: the verb, in lower-case words only
_VERB_OF = linear.compile(r"^\s+(?:[a-z][\w'-]*\s+){1,3}$")
# The same with the verb's own object and a preposition ("had produced a demo for "), no word opening a clause
_PREDICATE_WORDS = linear.compile(r"^\s+(?:[a-z][\w'-]*\s+){4,6}$")
_CLAUSE_WORDS = frozenset(
    _words("and but or when while because who whom whose which that after before until since if though although as so")
)


def _in_predicate(between: str) -> bool:
    """Whether ``between``, after a subject pronoun, is its verb, the verb's object and a preposition: lower-case
    words that open no clause of their own ("had produced a demo for ")."""
    return _PREDICATE_WORDS.match(between) is not None and not _CLAUSE_WORDS & set(between.split())


NOMINATIVES = frozenset({"he", "she"})
# The subject pronoun an object pronoun would be of the same one ("him": "he")
_OBJECT_SUBJECT = {"him": "he", "her": "she"}
# What may stand before a sentence's subject: an opening word or two and an article with a trade ("The producer",
# "Then the engineer"), no comma nor a clause of its own ("..., which C played")
_SUBJECT_OPENING = linear.compile(r"^\W*(?:[A-Za-z][\w'-]*\s+){0,3}$")
# "..., and A used to drive, he ...": a name opening a clause (the sentence, or one joined on by "and", "but", "so")
_CLAUSE_OPENED = linear.compile(r"(?:^|[,;]\s+(?:and|but|so)\s+|;\s+)$")
# its verb and a few words more, then the comma splicing on a clause whose subject is the pronoun
_SPLICED_ON = linear.compile(r"^\s+[a-z][a-z' -]{0,50}?,\s+$")
# words that may bring someone else in before the pronoun (an article, a possessive), or open a clause of its own
_NOT_SPLICED = frozenset(
    {"a", "an", "the", "his", "her", "their", "my", "our", "who", "whom", "which", "that", "when", "while", "because"}
    | {"if", "as"}
)


def _spliced_subject(text: str, mentions: list[Mention], number: int, people: People, bands: set[str]) -> str | None:
    """The person named as the subject of the clause a subject pronoun's own clause is spliced onto by a comma
    ("and Kofi used to drive, he did minicabs"), when the page may call them so; else None."""
    if not number:
        return None
    left, pronoun = mentions[number - 1], mentions[number]
    person = left.person
    if left.kind != "name" or person is None or left.possessive or person in bands:
        return None
    between = text[left.end : pronoun.start]
    if _CLAUSE_OPENED.search(text[: left.start]) is None or _SPLICED_ON.match(between) is None:
        return None
    if set(between.replace(",", " ").lower().split()) & _NOT_SPLICED:
        return None
    return person if people.may_be(person, _SELVES.get(pronoun.text.lower())) else None


# "A produced it with B, and": what the subject made with someone, then a clause joined on (in "went on to produce
# the record alongside B" the verb's words may run longer); no relative or subordinate clause between
_DONE_WITH_PARTNER = linear.compile(r"^\s+[a-z][a-z' -]{0,50}?\s(?:with|alongside)\s+$")
_DONE_WITH_NOT = frozenset(
    {"who", "whom", "which", "that", "when", "while", "because", "if", "as", "and", "but", "met"}
)
# ", and he", ", and on the podcast X she": the joined clause, maybe with where it was said put first
_JOINED_ON = linear.compile(r"^\s*,\s+and\s+(?:(?:on|in)\s+(?:the|an?|his|her|their)\s+[a-z][\w -]{0,40}?\s+)?$")


def _subject_with_partner(text: str, mentions: list[Mention], number: int, people: People) -> str | None:
    """ "Adebayo produced it with Frida Nyström, and on the podcast Backline Stories he owned up": a "he" or "she"
    opening a clause joined onto one where a named subject made something with someone goes on about the subject,
    when the page may call them so and has not called the partner so too (then either may be meant)."""
    if number < 2 or number >= _SUBJECT_REACH:
        return None
    subject, partner, pronoun = mentions[0], mentions[1], mentions[number]
    if text[: subject.start].strip() or any(
        m.kind != "name" or m.possessive or m.person is None for m in (subject, partner)
    ):
        return None
    made = _DONE_WITH_PARTNER.match(text[subject.end : partner.start])
    if made is None or set(made.group(0).split()) & _DONE_WITH_NOT:
        return None
    # (the words between may name where it was said, never someone: "on the podcast X")
    joined = text[partner.end : pronoun.start]
    for between in mentions[2:number]:
        joined = joined.replace(between.text, "x" if between.kind == "name" and not between.people else "@")
    if "@" in joined or _JOINED_ON.match(joined) is None or {"with", "by", "and"} & set(joined.split()[2:]):
        return None
    self_word = _SELVES.get(pronoun.text.lower())
    if people.selves.get(str(partner.person)) == self_word or not people.may_be(str(subject.person), self_word):
        return None
    return subject.person


# ", he said, who ...", ", she recalls,": a saying set off by commas as an aside (its subject read before it)
_ASIDE_SAYING = linear.compile(
    r"\s+(?:said|says|recalled|recalls|remembered|remembers|explained|explains|insisted|insists|added|adds|"
    r"admitted|admits|claimed|claims|joked|jokes)\s*,"
)
_COMMA_BEFORE = linear.compile(r"^\s*,\s*$")
# "B says ", "B insisted that ": a verb of saying whose reported clause follows, its subject next
_SAYING_THAT = linear.compile(r"^\s+(?:says|said|insists|insisted|claims|claimed|maintains|maintained)(?:\s+that)?\s+$")
# "he absolutely did not.", "she did too.": a reported clause of an auxiliary alone, its predicate left out as one
# said just before
_ECHOED_PREDICATE = linear.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:did|does|was|is|had|has|could|would|will)(?:\s+(?:not|too)|n['\x{2019}]t)?\s*[.!;]"
)
# Prefixes of a hyphenated role that make it no kind of the role's trade ("co-producer", "vice-president")
_NOT_TRADES = frozenset({"co", "ex", "vice", "non", "self", "anti", "pre", "post", "sub", "turned", "would", "wannabe"})
# A topic put first in its sentence, before a comma and the subject ("Of the singer, he said"; "As for Cy, she ...")
_TOPIC_FRONTED = linear.compile(r"^\W*(?:[Oo]f|[Aa]bout|[Aa]s\s+for|[Aa]s\s+to)\s+$")
# Between a possessive and the name apposed to what it has ("Harrow Lane's music supervisor, X"): a few lower-case
# words telling what, and the apposition's comma
_OF_WHAT_APPOSED = linear.compile(r"^'s?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*,\s*$")
_OWNER_IS = linear.compile(r"^'s?\s+(?:[a-z][\w-]*\s+){0,2}(?P<relation>[a-z][\w-]*)\s+(?:is|was)\s+$")
# How many mentions into a sentence a subject pronoun's own clause is looked for (a sentence may hold thousands).
_SUBJECT_REACH = 16


# "had heard her playing at a hotel bar", "saw him singing.": after a verb of perceiving, "her" and an "-ing" word
# with no noun after it are whom one perceived and what they did (an object), not a "her" owning a gerund
_PERCEIVED_BEFORE = linear.compile(
    r"\b(?:heard|hears?|saw|sees?|seen|watched|watch(?:es)?|noticed|notices?|spotted|caught|catch(?:es)?)\s+$"
)
_DOING_AFTER = linear.compile(
    r"\s+[a-z]{2,}ing(?:\s+(?:at|in|on|to|for|with|from|about|into|through|under|over|by|a|an|the)\b|\s*[,.;:!?]|\s*$)"
)


def _subject(clause: Clause) -> linear.Match | None:
    """The sentence's opening subject and its verb after an aside (``_SUBJECT``), any description set in apposition
    right after the subject being the subject itself ("Moss, the producer, who ...": not "Moss, Bell's producer", a
    second person)."""
    found = _SUBJECT.match(clause.skeleton)
    if found is None or found.group("apposed") is None:
        return found
    subject, apposed = clause.mentions[0], clause.mentions[1]
    same = apposed.kind == "description" and subject.person is not None and apposed.people == (subject.person,)
    return found if same and not subject.possessive else None


def _object_of_subject(text: str, mentions: list[Mention], number: int, person: str) -> bool:
    """Whether the pronoun ``mentions[number]`` is the object of a verb whose subject, earlier in the same clause,
    is ``person`` (who would then be "himself" or "herself")."""
    pronoun = mentions[number]
    if not _OBJECT_PRONOUN.match(text[pronoun.start : pronoun.start + 40]) and not (
        _PERCEIVED_BEFORE.search(text[max(0, pronoun.start - 16) : pronoun.start])
        and _DOING_AFTER.match(text, pronoun.end)
    ):
        return False
    for earlier in reversed(mentions[:number]):
        if person in earlier.people or earlier.person == person:
            between = text[earlier.end : pronoun.start]
            who = _WHO_DOES.match(between) if "who" in between else None
            if not earlier.possessive and who is not None and not _CLAUSE_BREAK.search(who.group("rest")):
                return True  # "It was Cy who introduced her to Gil": "who" is Cy, the subject of the verb
            one = _WAS_THE_ONE.match(between) if "one" in between else None
            if not earlier.possessive and one is not None and not _CLAUSE_BREAK.search(one.group("rest")):
                return True  # "Cy, a DJ from Leeds who ..., was the one who introduced her to Gil": Cy is "the one"
            whom = _WHOM_DONE.match(between) if "whom" in between else None
            if not earlier.possessive and whom is not None and not _WORD_BREAK.search(whom.group("rest")):
                # "Cy, whom her mother, Ana Vik, introduced to her": "whom" is Cy, the verb's object, so its other
                # object is someone else (an apposition set off by commas may stand between)
                return True
            # ("Y says it took her four bars": a clause reported with no "that", whose own subject the pronoun is
            # the object of, may mean the teller)
            return not earlier.possessive and not _CLAUSE_BREAK.search(between) and not _REPORTED.search(between)
    return False


def _compared_with_subject(text: str, mentions: list[Mention], number: int, person: str) -> bool:
    """Whether the pronoun ``mentions[number]`` is a "he" or "she" right after "than" that compares the sentence's
    opening subject ``person`` with someone ("X remembers it better than she does"): someone other than X, as an
    object of X's verb is (no one else named between, no clause opened, the verb left out after the pronoun)."""
    pronoun = mentions[number]
    if pronoun.text.lower() not in NOMINATIVES or number != 1 or pronoun.people not in ((), (person,)):
        return False
    subject = mentions[0]
    if subject.possessive or subject.kind != "name" or subject.person != person or text[: subject.start].strip():
        return False
    between = text[subject.end : pronoun.start]
    return (
        _THAN_LAST.search(between) is not None
        and not _CLAUSE_BREAK.search(between)
        # (its verb left out, said by an auxiliary alone: "than she does."; not "than he had ever been", X himself)
        and _ELIDED_VERB.match(text, pronoun.end) is not None
    )


def _relative_of_predicate(text: str, mentions: list[Mention], number: int, person: str) -> bool:
    """Whether the pronoun ``mentions[number]`` is a "he" or "she" opening a relative clause with no relative word,
    right after the noun said of ``person`` by "is a" ("X is a Berlin engineer she had admired for years"): X is
    that clause's object, so the pronoun is someone other than X."""
    pronoun = mentions[number]
    if pronoun.text.lower() not in ("he", "she") or not number:
        return False
    before = number - 1
    while before > 0 and mentions[before].kind == "name" and not mentions[before].people:
        before -= 1  # ("a Berlin engineer": a place's name inside the noun phrase)
    subject = mentions[before]
    if subject.possessive or subject.person != person:
        return False
    said = _PREDICATE_NOUN.match(text[subject.end : pronoun.start])
    # (a noun for someone: "was a bit more measured when he spoke" is no noun phrase the pronoun's clause is about)
    return said is not None and (person_noun(said.group("noun")) or said.group("noun") in SOMEONE_WORDS)


# "The connection to ", "The road to ": a sentence's subject, a thing, and the preposition of its phrase
_SUBJECT_PHRASE = linear.compile(r"^\W*The\s+(?:[a-z][\w-]*\s+){1,2}?(?:to|with|between)\s+$")


def _in_subject_phrase(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is the object of the preposition in the phrase of a sentence's subject, a thing ("The
    connection to X happened ..."), not the subject itself."""
    return not mention.possessive and _SUBJECT_PHRASE.match(text[: mention.start]) is not None


# " is a Berlin engineer ", " was the producer ": a copula and the noun phrase said of its subject, right before a
# pronoun (a few words, no clause opened between)
_PREDICATE_NOUN = linear.compile(r"^\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}?(?P<noun>[a-z][\w-]*)\s+$")


# "than" as the last word before a pronoun ("better than ", "longer than ")
_THAN_LAST = linear.compile(r"\sthan\s+$")
# An auxiliary standing for a verb left out, closing its clause ("she does.", "he did,")
_ELIDED_VERB = linear.compile(r"\s+(?:does|did|do|can|could|would|will|has|had)\s*(?:[.,;:!?]|$)")


def _subject_after_fronted_clause(text: str, mentions: list[Mention], number: int) -> bool:
    """Whether ``mentions[number]`` is the subject right after a fronted clause with no subject of its own ("Asked on
    Facebook what was so funny, she wrote"), whose mentions before it are names of no one of the page."""
    if any(m.people or m.kind != "name" or m.possessive for m in mentions[:number]):
        return False
    before = text[: mentions[number].start].rstrip()
    return before.endswith(",") and _FRONTED_NONFINITE.match(before[:-1]) is not None


def _fronted_objects(text: str, mentions: list[Mention], number: int) -> set[str]:
    """The people named (not as whose something is) in a fronted clause of a participle with no subject of its own
    ("Speaking to the host X on Y,", "Asked by X about it,"), when ``mentions[number]`` is the subject right after its
    comma: none of them is that subject, which the participle's understood one is."""
    before = text[: mentions[number].start].rstrip()
    if not number or not before.endswith(",") or _FRONTED_NONFINITE.match(before[:-1]) is None:
        return set()
    # (the opening word no part of a name: "Sterling Dorn, he said" opens on someone)
    if not text[: mentions[0].start].strip():
        return set()
    return {
        str(m.person) for m in mentions[:number] if m.person and not m.possessive and m.kind in ("name", "description")
    }


# A verb of saying or knowing, then the subject of the clause it reports, with no "that" between
_REPORTED = linear.compile(
    r"\b(?:says|said|thinks|thought|reckons|recalls|remembers|admits|admitted|insists|insisted|believes|knows|knew)"
    r"\s+(?:it|there|he|she|they|we|the)\s"
)


# A relative clause right after a name, whose subject "who" is that name, up to the pronoun with no other clause
# joined between ("Cy, who later introduced "; "Cy, not a label scout, who brought ": the one it was not, set off
# by commas, between)
# A relative clause about someone unnamed, the object of a preposition ("waiting for someone who ...", "a song about a
# man who ..."), running in lower-case words to a "his" or "her" (not "X is someone who", where it is X's)
# ("A retired porter who makes boats for his grandson is played by X": or the subject opening its clause, someone
# unnamed by the indefinite article, whatever noun says what they are)
_SOMEONE_WHOSE = linear.compile(
    r"(?:\b(?:about|for|to|with|by|from|of|on)\s+(?:someone|somebody|anyone|anybody|"
    r"(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}?(?:man|woman|boy|girl|lover|stranger))"
    r"|(?:^|[;:]\s*|,\s+(?:and|but)\s+)\W*(?:A|An|a|an)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
    r"\s+who\s+(?:[a-z][\w'-]*\s+){1,10}$"
)
_WHO_DOES = linear.compile(r"^\s*(?:,\s*not\s+[^,;:()\"@]{1,60})?,?\s*who\s+(?P<rest>[^,;:()\"@]*)$")


# A name the subject of "was the one who ...", an apposition set off by commas between ("Cy, a DJ from Leeds who
# ran a club, was the one who introduced "), up to the pronoun with no other clause joined
_WAS_THE_ONE = linear.compile(r"^\s*(?:,[^,;:()\"@]{1,160},)?\s*(?:was|is)\s+the\s+one\s+who\s+(?P<rest>[^,;:()\"@]*)$")


# A relative clause right after a name, whose object "whom" is that name, up to the pronoun (at most one apposition
# set off by commas between: "Cy, whom her mother, Ana Vik, introduced to ")
_WHOM_DONE = linear.compile(r"^\s*,\s*whom\s+(?P<rest>[^,;:()\"@]*(?:,[^,;:()\"@]*,[^,;:()\"@]*)?)$")
_WORD_BREAK = linear.compile(r"\b(?i:and|but|or|that|who|whom|which|when|while|because|if|so|as|after|before)\b")


# Words that join another clause with a subject of its own ("X called, and she laughed": "she" may be X)
# (and "than": "X remembers it better than she does" compares X with her, and is still about X)
_CLAUSE_WORD = linear.compile(r"\b(?:and|but|so|then|while|because|when|who|which|than)\b")


# A pronoun's one verb before a name, its object ("she met Bramwell"; "she looked at Bramwell": a verb and its
# preposition)
_ONE_VERB = linear.compile(r"^\s+[a-z]+(?:\s+(?:at|to|with|for|about|after|over|into|on))?\s+$")


# "'s stylist", "'s old flatmate": a possessive's relation or role, a few words after it
_OWNED_WORDS = linear.compile(r"(?:'s|')\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")


def _relation_owned(text: str, end: int) -> bool:
    """Whether the possessive name ending at ``end`` owns a relation or role ("Bell's stylist")."""
    found = _OWNED_WORDS.match(text, end)
    return found is not None and any(w in ROLE_NOUNS or w in _RELATIVES for w in found.group(1).split())


def _object_which(clause: Clause) -> linear.Match | None:
    """The opening of a sentence whose subject's object is a thing a relative clause on "which" is about, when the
    object names no one (a title read as names is no one's)."""
    found = _OBJECT_WHICH.match(clause.skeleton)
    if found is None:
        return None
    inside = (m for m, start in zip(clause.mentions, clause.starts, strict=False) if 0 < start < found.end())
    return None if any(m.people or m.kind != "name" for m in inside) else found


def _names_after(clause: Clause, skeleton_offset: int) -> bool:
    """Whether the sentence names anyone (by a name or description, not a pronoun) from ``skeleton_offset`` on."""
    return any(
        m.kind in ("name", "description") and start >= skeleton_offset
        for m, start in zip(clause.mentions, clause.starts, strict=False)
    )


def _word_before(text: str, at: int) -> str:
    """The word right before ``at`` (read from a short window), in lower case."""
    window = text[max(0, at - 16) : at].split()
    return window[-1].lower() if window else ""


# Words before a name that make it a title or a place rather than someone the text is about.
# A last clause, after a semicolon, whose subject is someone only described ("; the lender declined.") and which names
# no one
# "Mrs X died in 2009, ...": a sentence opening on its first mention, a title before it aside
_OPENS_ON_FIRST = linear.compile(r"^\W*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?@0\s+(?:[a-z]+ly\s+)?[a-z]")
# "..., but her daughter, X, remembers the evening.": the sentence's last clause, set against the first by "but", with a
# subject of its own (a relation set off before the name may describe them) and its verb, naming no one after
_BUT_SUBJECT_LAST = linear.compile(
    r",\s+but\s+(?:(?:his|her|their|the)\s+[a-z][\w-]*\s*,\s*)?@(?P<number>\d+)\s*,?\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+s|[a-z]+ed)\s[^@;:]*$"
)
# "X brought them together at a jam session, and Y says it took her four bars": a last joined clause whose subject,
# named, tells of it, then names no one else
_SAYS_LAST = linear.compile(
    r",\s+and\s+@(?P<number>\d+)\s+(?:says|said|recalls|recalled|remembers|admits|admitted|insists|insisted)\s"
    r"[^;:\"]*$"
)
# "..., and her aunt will tell anyone ...": a relation told by a pronoun's possessive, the subject of a joined clause
# the sentence ends on, naming no one after it
_KIN_SUBJECT_LAST = linear.compile(
    r",\s+and\s+(?P<owner>his|her|their)\s+(?P<kin>[a-z][\w-]*)\s+(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*\s[^@;:\"]*$"
)
# "her aunt, @2,": the same relation named in apposition before it
_KIN_NAMED = linear.compile(r"\b(?P<owner>[Hh]is|[Hh]er|[Tt]heir)\s+(?P<kin>[a-z][\w-]*)\s*,\s*@(?P<named>\d+)\s*,")
_OTHER_SUBJECT_LAST = linear.compile(r";\s*(?:the|her|his|their)\s+[a-z][\w'-]*\s+[a-z][^@;]*$")
_PLACED_NAME = linear.compile(r"\b(?i:the|a|an|to|on|in|at|from|of|for|with|by|via|into)\s+$")
# A sentence opening on whom something is so for ("For X, ..."), and what they are after the name, set off by commas
_FOR_OPENING = linear.compile(r"^\W*For\s+$")
# A lifespan in brackets right after a name ("(1899-1987)", "(born 1950)", "(b. 1950)")
_LIFESPAN_AFTER = linear.compile(
    r"\s*\(\s*(?:(?P<born>born|b\.)\s*)?(?P<from>(?:1[5-9]|20)\d\d)\s*(?:[-\x{2013}]\s*(?P<to>(?:1[5-9]|20)\d\d)\s*)?\)"
)


# "In a documentary about the album, X: The Making Of, he explains": a phrase put first, opened by a preposition, then
# the subject after its comma
_FRONTED_PREPOSITION = linear.compile(
    r"^\W*(?:In|On|At|During|After|Before|Throughout|Over|Across|Through|From|Since|Until|Between)\s"
)


def _before_fronted_subject(clause: Clause, mention: Mention) -> bool:
    """Whether ``mention`` stands inside a phrase put first, before the sentence's subject "he" or "she", which means
    someone sure: the sentence is about that one, and a name in the phrase is its object (a title, perhaps).
    ("Speaking on NHK's Pop Hour, she said": a clause with no subject of its own put first, a participle's, is such
    a phrase too, whatever word opens it)"""
    prepositional = _FRONTED_PREPOSITION.match(clause.text) is not None
    return any(
        m.kind == "pronoun"
        and m.text.lower() in ("he", "she")
        and len(m.people) == 1
        and m.start > mention.start
        and clause.text[: m.start].rstrip().endswith(",")
        and (prepositional or _FRONTED_NONFINITE.match(clause.text[: m.start].rstrip()[:-1]) is not None)
        for m in clause.mentions
    )


def _lifespan_after(text: str, end: int) -> bool:
    """Whether a person's lifespan follows ``end``: a birth year told so, or two years a lifetime apart (a run of a
    few years, "(2019-2021)", is a programme's or a band's as much)."""
    found = _LIFESPAN_AFTER.match(text, end) if text[end : end + 3].lstrip().startswith("(") else None
    if found is None:
        return False
    if found.group("born"):
        return True
    return found.group("to") is not None and 20 <= int(found.group("to")) - int(found.group("from")) <= 110


_DESCRIBED_AFTER = linear.compile(r"\s*,\s*(?:a|an)\s+[a-z][^,;:.!?\"()]{0,80},")


# "A, who sings, and B": the first of two joined by "and" told of in a short relative clause set off by commas
_WHO_THEN_AND = linear.compile(r"^,\s*who\s+[a-z][^,;:.!?\"()]{0,60}?,\s*(?:and|&)$")
# "A wrote it with B", "A co-wrote the song with her keyboard player B": a work made together joins the two as "A and B"
# does (the pair "the two of them" after it means)
_MADE_WITH = linear.compile(
    r"^(?:(?:first|also|then)\s+)?(?:co-?)?(?:wrote|write|writes|produced|recorded|made)\s+"
    r"(?:it|(?:the|this)\s+(?:song|track|single))\s+(?:together\s+)?with"
    r"(?:\s+(?:her|his|their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)?$"
)
_WHO_THEN_COMMA = linear.compile(r"^,\s*who\s+[a-z][^,;:.!?\"()]{0,60}?,$")


def _and_role(between: str) -> bool:
    """ "singer A and guitarist B": "and" and what the second one does (a word or two, without an article: "and the
    drummer B" may be one more of several) join the two as well."""
    words = between.split()
    return (
        2 <= len(words) <= 3
        and words[0] in ("and", "&")
        and words[-1] in ROLE_NOUNS
        and all(word.isalpha() and word.islower() and word not in _DETERMINERS for word in words[1:])
    )


# "Asked how it began, ", "In Leeds, ": a phrase before the subject, set off by a comma
_FRONTED_PHRASE = linear.compile(r"^\W*\p{Lu}[^@,;:()\"]{0,80},\s*$")
# A fronted phrase of whom one spoke to ("In an interview with X,", "Speaking to X's Y,", "In a long chat with X,")
_FRONTED_SPOKEN_TO = linear.compile(
    r"^\W*(?:In\s+an?\s+(?:[a-z][\w-]*\s+){0,2}(?:interview|conversation|chat)\s+(?:with|for)|"
    r"(?:Speaking|Talking|Chatting)\s+(?:to|with))\s"
)


# "She co-wrote it with", "He wrote the song with": a subject pronoun opening its sentence as one of the song's
# writers
_WROTE_IT_WITH = linear.compile(
    r"^\W*(?:She|He)\s+(?:also\s+)?(?:co-?wrote|wrote)\s+(?:it|the\s+song|the\s+track)\s+with\s+$"
)
# "from her album", "off his new record": a pronoun whose album (or record) a single is taken from
_FROM_ONES_RECORD = linear.compile(r"(?:his|her)\s+(?:[a-z]+\s+){0,2}(?:album|record|LP|EP)\b")


def titled(clause: Clause, mention: Mention) -> bool:
    """Whether a name stands right after what it is the title of ("the podcast Sidespor", "the magazine X") or
    after "on" ("Appearing on Programa X"): a programme's or a paper's name, no one's."""
    return _word_before(clause.text, mention.start) in _TITLED_BY | _PRINTED | {"on"}


# After a subject's apposition: what may not open the predicate ("the director, X, and Y": a list; "who": a relative)
_NOT_A_PREDICATE = frozenset({"and", "or", "nor", "but", "who", "whom", "whose", "which", "that", "the", "a", "an"})


def _subject_apposed(tokens: list[tuple[int, int, str]], index: int, name: int, text: str) -> bool:
    """Whether the description at ``index`` opens its sentence (or follows a fronted phrase naming no one: "As Bell
    tells it,") and the name at ``name`` is a full name of two or more words closed by a comma, then a lower-case word
    that can open the predicate."""
    before = text[: tokens[index][0]]
    if before.strip(" \"\u201c\u2018'") and _FRONTED_PHRASE.match(before) is None:
        return False
    end = name
    while end < len(tokens) and _capital(tokens[end][2]) and tokens[end][2].lower() not in _STOP:
        end += 1
    if end - name < 2 or end + 1 >= len(tokens) or tokens[end][2] != ",":
        return False
    verb = tokens[end + 1][2]
    return verb.isalpha() and verb.islower() and verb not in _NOT_A_PREDICATE


def _after_fronted(clause: Clause, mention: Mention) -> bool:
    """Whether a mention opens its sentence after a fronted phrase of no one ("Asked how it began, the producer
    laughs"): the sentence's subject, whom it is about when it names no one else ("In it, the singer dances and the
    rapper sings" is about both)."""
    return (
        # ("On the podcast Sidespor, the producer was asked ...": a title after what it is, in the fronted phrase,
        # is no one)
        mention.number >= 0
        and _FRONTED_PHRASE.match(clause.text[: mention.start]) is not None
        and (
            all(
                m.kind == "name" and not m.people and not m.possessive and titled(clause, m)
                for m in clause.mentions[: mention.number]
            )
            # ("In an interview with Radio Nord's Jen Nolan, the producer laughed": whom one spoke to, and whose
            # programme it was, are never the one who spoke, the subject after them)
            or (
                _FRONTED_SPOKEN_TO.match(clause.text) is not None
                and all(m.kind == "name" and not m.people for m in clause.mentions[: mention.number])
            )
        )
        and all(m.person == mention.person for m in clause.mentions if m.people)
    )


def _someone(mention: Mention) -> bool:
    """A name or description of one person (of the page, or a new full name), not as someone's."""
    return (
        mention.kind in ("name", "description")
        and not mention.possessive
        and (mention.person is not None or (mention.kind == "name" and mention.new))
    )


_AFTER_COLON = linear.compile(r"[:;]\s*$")


def _two_before_colon(text: str, mentions: list[Mention], number: int) -> tuple[str, str] | None:
    """The two people named before a colon or semicolon right before the plural ``mentions[number]`` ("the two of
    them"), when the sentence named exactly two there (by name, or a pronoun known to mean one), no band."""
    if not number or not _AFTER_COLON.search(text[: mentions[number].start]):
        return None
    named: list[str] = []
    for mention in mentions[:number]:
        if mention.kind not in ("name", "description", "pronoun") or len(mention.people) != 1:
            return None  # one not known, or a plural: which two is not sure
        if mention.person not in named:
            named.append(str(mention.person))
    return (named[0], named[1]) if len(named) == 2 else None


# A sentence that puts whom its subject knew first, before the subject pronoun ("Castellano she knew already", "Reed he
# had known for years"): the object told first, then who knew them; nothing else named.
_KNEW = r"(?:had\s+)?(?:already\s+|long\s+|also\s+)?(?:knew|known|met|had\s+met)\b"
_FRONTED_OBJECT = linear.compile(rf"^@0\s+@1\s+{_KNEW}[^@]{{0,60}}$")
_KNEW_AFTER = linear.compile(rf"\s+{_KNEW}")


def _only_newcomers(mentions: list[Mention]) -> bool:
    """Whether the mentions are all names new to the page (at most two), whom the sentence before did not name."""
    return 0 < len(mentions) <= 2 and all(
        m.kind == "name" and m.new and not m.people and not m.possessive for m in mentions
    )


def _last_listed(text: str, mentions: list[Mention], number: int) -> bool:
    """Whether the mention at ``number`` ends a list of three or more people ("A, B and C", "A, B, and C")."""
    if number < 2 or not all(_someone(m) for m in mentions[number - 2 : number + 1]):
        return False
    first, second, third = mentions[number - 2 : number + 1]
    if len({m.person or squash(m.text) for m in (first, second, third)}) != 3:
        return False  # "A, the singer, and B": an apposition, not a third person
    last = text[second.end : third.start].strip()
    comma = text[first.end : second.start].strip()
    # ("A, B and Brazilian producer C": the last told by what they do, as "singer A and guitarist B" may be; so may
    # the second, "singer A, guitarist B and drummer C")
    # ("A, who sings, B and C", "A, B, who drums, and C": one of them told of in a relative clause on the way)
    return (
        comma == ","
        or (comma.startswith(",") and _and_role("and " + comma[1:].lower()))
        or _WHO_THEN_COMMA.match(comma) is not None
    ) and (
        last in ("and", ", and", "&")
        or _and_role(last.removeprefix(",").lower())
        or _WHO_THEN_AND.match(last) is not None
    )


# "A first met B": the two who met are named together, as "A and B" are ("..., where the pair were introduced")
# ("A had known B for a while": two who knew each other before, a pair as two who met are)
# ("A herself had only met B the year before": the subject stressed, and how far back the meeting was, say the same)
_MET = linear.compile(
    # ("He had married B in 1931; they had been introduced by X": a marriage ties the two as a meeting does)
    # ("Bell, meanwhile, had known B": a one-word aside set off by commas after the subject)
    r"^(?:,\s*[a-z]+\s*,\s*)?(?:(?:himself|herself)\s+)?(?:had\s+)?"
    # ("she would never have met him without X": a meeting told by what would not have been without someone)
    r"(?:(?:would|could|might)(?:n't)?\s+(?:never\s+|not\s+)?have\s+)?"
    r"(?:(?:first|already|originally|long|only|just)\s+)?"
    r"(?:met|meets|known|knew|married|marries|wed)$"
)
# "He came in through", "she had come to the band through": joining someone by way of another, the subject told first
_CAME_THROUGH = linear.compile(
    r"^(?:had\s+)?(?:first\s+)?(?:came|comes|come|got|gets|arrived|arrives)\s+"
    r"(?:in\s+|aboard\s+|on\s+board\s+|along\s+|to\s+(?:it|them|us|the\s+[a-z]+)\s+)?through$"
)


def _came_through(text: str, mentions: list[Mention], number: int) -> tuple[str, ...] | None:
    """Whom "the two" after "He came in through A's manager, X, who ..." means: the sentence's subject and A (none
    when the subject is not known); None when the sentence does not open so."""
    if number < 3 or text[: mentions[0].start].strip():
        return None
    subject, owner = mentions[0], mentions[1]
    if not owner.possessive or owner.person is None:
        return None
    if not _CAME_THROUGH.match(text[subject.end : owner.start].strip().lower()):
        return None
    if subject.person is None or subject.person == owner.person:
        return ()
    return (subject.person, owner.person)


# "A has been dating the hockey player B", "A married B": two a romance ties, a pair as two who met are (the one dated
# may be told by what they are, and named in full for the first time)
_ROMANCE_WITH = linear.compile(
    r"^(?:(?:has|had|have)\s+been\s+|is\s+|was\s+|(?:started|began)\s+)?(?:dating|dated|married|"
    r"(?:got\s+)?engaged\s+to)(?:\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)?$"
)
# "How did A and the chef find each other?", "When did the two singers first meet?": a question about how two met,
# which the next sentence answers
_TWO_ASKED = linear.compile(
    r"\b(?:How|When|Where|how|when|where)\s+(?:did|do|had|have|does)\s+[^?;:]{1,80}?\s+and\s+[^?;:]{1,80}?\s+"
    r"(?:(?:first|ever|actually)\s+)?(?:meet|find\s+each\s+other|find\s+one\s+another|get\s+together|"
    r"end\s+up\s+together|hook\s+up|cross\s+paths)\s*\?"
)
# "introduced A to B": the verb before the first of two introduced
_INTRODUCING = linear.compile(r"\b(?:introduced|introduces|introduce|introducing)\s+$")
# "where A first heard B sing", "A first met B at a party": a sentence that tells where two met
# "B had known C since she was sixteen", "B, for his part, has known C for years": a tie two already had
_KNOWN_SINCE = linear.compile(
    r"@(?P<a>\d+)(?:\s*,[^,@]{1,30},)?\s+(?:had|has|have)\s+(?:long\s+|already\s+)?known\s+@(?P<b>\d+)\s+(?:since|for)\s"
)
_FIRST_MET = linear.compile(r"@(?P<a>\d+)\s+(?:had\s+)?first\s+(?:met|heard|saw|spotted)\s+@(?P<b>\d+)")


def first_met(clause: Clause) -> set[str | None]:
    """The two a sentence tells first meeting (empty when it tells none): not "first heard B's demo", B's thing."""
    met = _FIRST_MET.search(clause.skeleton)
    if met is None:
        return set()
    one, other = clause.mention("@" + met.group("a")), clause.mention("@" + met.group("b"))
    if one is None or other is None or other.possessive or one.person is None or other.person is None:
        return set()
    return {one.person, other.person}


# "how A found her producer": one who found someone of their own, and that one, are two of a tie as two who met are
_FOUND = linear.compile(r"^(?:first\s+|finally\s+|eventually\s+)?(?:found|finds)$")
_OWN_RELATION = linear.compile(r"^(?i:his|her|their)\s+(?:new\s+|first\s+)?[a-z][\w-]*$")
# "Rosa came to me through X", "I came to Rosa via X": one found by the other through someone, two who met
_CAME_TO = frozenset({"came to", "first came to", "come to", "had come to"})
_BROUGHT = linear.compile(r"^(?:who\s+|that\s+)?(?:had\s+)?(?:first\s+|originally\s+)?(?:brought|brings|pulled)$")
_INTO_AFTER = linear.compile(r"^\s+(?:into|onto|in\s+on|in\s+to|on\s+board|aboard)\s")
_THROUGH_AFTER = linear.compile(r"^\s+(?:through|via)\s")
# "Eze's working relationship with Tunde": the two of a tie of one's with another, as two who met are
_TIE_WITH = linear.compile(
    r"^(?:[a-z][\w-]*\s+){0,2}(?:relationship|partnership|collaboration|friendship|bond|connection|history)"
    r"\s+with$"
)
# "B's late wife, C", "B's partner, C": whose spouse or partner someone is, named in apposition to the relation (the
# apposition closed right after the name: see ``_APPOSITION_CLOSED``)
_PARTNER_APPOSED = linear.compile(
    r"^'s?\s+(?:(?:late|former|first|second|future|longtime|long-time)\s+)?"
    r"(?:wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?|widow|widower|spouse)\s*,\s*$"
)
_APPOSITION_CLOSED = linear.compile(r"^\s*(?:[,.;)]|$)")
# "the partnership with ", "their old friendship with ": a tie of someone (not named before it) with the one after
_A_TIE_WITH = linear.compile(
    r"\b(?:the|this|that|their|his|her|a)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:relationship|partnership|collaboration|friendship|bond|connection)\s+with\s+$"
)
# "The partnership with ": the tie opening its sentence, whose it is told by no word (the one the text is about)
_THE_TIE = linear.compile(r"^(?i:the)\s+(?:[a-z][\w-]*\s+){0,2}?(?:partnership|collaboration)\s+with\s+$")
# ", whom she", ", who he": a pronoun right after the relative pronoun of a clause about the name before them
# "Neither has heard of the other", "Neither had met the other": a sentence about two, by a word for each of them
_NEITHER = linear.compile(r"^\W*Neither\s+(?:has|had|have|is|was|knew|knows)\b")
# ", an old friend of his", ", a cousin of hers": an apposition that tells whose relation the one before it is
_OF_HIS = linear.compile(r"\s*,\s*(?:(?:a|an|the|one)\s+)?(?:[a-z][\w-]*\s+){0,3}of\s+(?:his|hers|theirs)\b")
# "Dunbar, the guitarist, added a line of his own": "of his own" is the subject's own, not someone else's relation
_OF_HIS_OWN = linear.compile(r"\s*,\s*(?:(?:a|an|the|one)\s+)?(?:[a-z][\w-]*\s+){0,3}of\s+(?:his|her|their)\s+own\b")
# "X had been his agent", "X is her cousin": a relation or role of someone's said to be the subject, whose it is not
_IS_HIS = linear.compile(
    r"^\s+(?:(?:had|has|have)\s+(?:[a-z]+ly\s+)?been|was|is|were|are|became|becomes|remained|remains)\s+"
    r"(?:[a-z]+ly\s+)?$"
)
# The same copula after an apposition describing the one named before it, set off by commas ("Cy, a producer who
# lives in Oslo, is her collaborator"): the mentions inside it are not whom the copula is of
_APPOSED_IS_HIS = linear.compile(
    r"^\s*,\s+(?:a|an|the)\s+[^,;:.!?\"]{1,150},"
    r"\s+(?:(?:had|has|have)\s+(?:[a-z]+ly\s+)?been|was|is|were|are|became|becomes|remained|remains)\s+"
    r"(?:[a-z]+ly\s+)?$"
)
# (the relation may have up to two words before it: "his long-time agent")
_WORDS_AFTER_HIS = linear.compile(r"\w+\s+(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")


def _role_after_his(text: str, start: int) -> bool:
    """Whether the possessive at ``start`` is followed by a role or a relation ("his long-time agent", "her
    collaborator")."""
    owned = _WORDS_AFTER_HIS.match(text, start)
    return owned is not None and any(word in ROLE_NOUNS or word in _RELATIVES for word in owned.group("words").split())


_WHOM_BEFORE = linear.compile(r"^\s*,\s*(?:whom|who)\s+$")
# "Ortiz, his long-time writing partner, had recorded it": a relation or role after "his" closed by a comma of its own
# (and no "and" after it, which would make it a list: "Arbour, her uncle, and her aunt") is an apposition describing
# the one named before it, whose relation it is not; "Arbour, her uncle Tom Reed and ..." names the relation instead
_APPOSED_RELATION = linear.compile(r"\w+\s+(?:[a-z][\w-]*\s+){0,3}(?P<noun>[a-z][\w-]*)\s*,\s*(?P<next>[a-z]+)\b")
# An apposition describing the one named before it, up to a "whom" whose clause the pronoun after it opens: "X, a
# quiet guitarist from @1 whom": only a lower-case description and names of no one (places) between
_APPOSED_UP_TO_WHOM = linear.compile(r"^\s*,\s*(?:an?|the)\s+[^;:.!?\"()]{0,80}?\s+whom\s+$")
# The same with a preposition before "whom" ("X, to whom she had been introduced"): the subject after it is not X
_PREPOSITION_WHOM_BEFORE = linear.compile(r"^\s*,\s*(?:to|with|for|from|by|through|alongside|under)\s+whom\s+$")
# Between a subject pronoun and the name that says who it is ("She is X", "he was in fact X")
_IS_NAMED = linear.compile(r"^\s+(?:is|was)\s+(?:(?:actually|in\s+fact|really|none\s+other\s+than)\s+)?$")
# Where a clause opens: the sentence's start, or a conjunction after a comma or a semicolon ("..., but she is X")
_CLAUSE_OPENS = linear.compile(r"(?:^\W*|[,;]\s+(?:(?:and|but|yet|so)\s+)?|[,;]?\s+(?:and|but)\s+)$")
_STRESSED = linear.compile(r"\s+(?P<word>himself|herself)\b")


# What joins two newcomers into a pair: "and", or the one marrying the other
# (not "&", which joins the words of a title or a firm: "the podcast Sweet Tea & Cy Dorn")
_NEWCOMERS_JOINED = linear.compile(r"^\s*(?:and|(?:later\s+|then\s+)?(?:married|marries|wed))\s*$")
# Where two newcomers stand as the subject or the complement of a copula ("Our couple were A and B"), not as the
# object of someone else's doing ("wrote it with A and B"), a place ("at Usher Hall and Albert Hall") or a work's name
# ("the podcast Sweet Tea and Cy Dorn")
_NEWCOMERS_OPEN = linear.compile(r"(?:^\W*|\b(?:were|are)\s+)$")


def _two_newcomers(text: str, left: Mention, right: Mention) -> bool:
    """Whether two mentions are full names new to the page (no one's yet, nor anyone's possession) joined by "and" or
    by a verb of marrying, opening the sentence or after "were"."""
    return (
        left.kind == "name"
        and right.kind == "name"
        and left.new
        and right.new
        and not left.people
        and not right.people
        and not left.possessive
        and not right.possessive
        and " " in left.text
        and " " in right.text
        and _NEWCOMERS_JOINED.match(text[left.end : right.start]) is not None
        and _NEWCOMERS_OPEN.search(text[max(0, left.start - 12) : left.start]) is not None
    )


def _done_with(text: str, mentions: list[Mention]) -> tuple[str, str] | None:
    """The first two people of a sentence one of whom did something "with" the other, each named (or "he",
    "she") and not as someone's."""
    for left, right in pairwise(mentions):
        if left.possessive or right.possessive or right.kind != "name" or left.kind not in ("name", "pronoun"):
            continue
        between = text[left.end : right.start]
        if _AND_WITH.match(between):
            # "A wrote it with B and with C": C is the subject's second companion, not B's, and the three did it
            # together, so no two of them are the pair
            return None
        if left.person and right.person and left.person != right.person and _DONE_WITH.match(between):
            return (left.person, right.person)
    return None


_AND_WITH = linear.compile(r"^\s*,?\s*(?:and|&)\s+(?:also\s+)?with\s+(?:[\w'-]+\s+){0,3}$")


# Relatives and others someone is named by after "her" ("her grandmother", "her old flatmate").
_RELATIVES = _words(
    """
    mother father mum mom dad parents grandmother grandfather grandma grandpa nan aunt uncle husband wife partner
    boyfriend girlfriend fiance fiancee daughter son niece nephew godmother godfather flatmate roommate neighbour
    neighbor bandmate colleague collaborator teacher boss agent mentor label
    lawyer attorney solicitor publicist publisher spokesperson spokesman spokeswoman
    """
)
# Relations that are companies, not people ("her label")
_COMPANY_RELATIONS = frozenset({"label"})
# (the same, for other modules: someone a sentence brings in by their relation to another, a person)
RELATIVE_NOUNS = _RELATIVES - _COMPANY_RELATIONS


# Words for someone by what they are, besides the roles: whom a sentence may bring in without naming them ("a
# stranger gave him a lift")
SOMEONE_WORDS = frozenset(
    {"man", "woman", "men", "women", "boy", "girl", "kid", "guy", "stranger", "someone", "somebody", "fan", "fans"}
    | {"people", "neighbour", "neighbor", "farmer", "driver", "fisherman", "owner", "teacher", "veteran"}
)
# "a girl and her grandmother", "an old man with his dog": someone brought in unnamed, then a possessive joined
# right after, which is theirs (not the one the text is about)
_UNNAMED_OWNER = linear.compile(r"\b(?i:a|an)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]+)\s+(?:and|with)\s+$")


def owned_by_unnamed(before: str) -> bool:
    """Whether a "his" or "her" right after ``before`` is the possessive of someone unnamed just brought in."""
    found = _UNNAMED_OWNER.search(before[-60:])
    return found is not None and (found.group("noun") in SOMEONE_WORDS or found.group("noun") in ROLE_NOUNS)


# Words for people that are no relation nor what someone does ("with her kids", "with his whole family")
_PEOPLE_WORDS = _words("family kids kid children child people friends crew team entourage gang")


def person_noun(word: str) -> bool:
    """Whether a lower-case word names a person or people: a relation or what someone does, in the singular or the
    plural ("sisters", "bandmates"), or a word for a company of people ("family")."""
    singular = word[:-1] if word.endswith("s") else word
    return any(
        w in ROLE_NOUNS or w in _RELATIVES or w in _PEOPLE_WORDS or w.rsplit("-", 1)[-1] in ROLE_NOUNS
        for w in (word, singular)
    )


# "Her cousin", "His old manager" opening a sentence: someone's relation as its subject
_OPENS_WHOSE = linear.compile(r"^\W*(?:Her|His)\s+(?P<rest>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")


# ", directed by the Icelandic filmmaker ": a participle's agent set off by a comma, right before their name (an aside;
# quotes._PASSIVE_AGENT_BEFORE is the agent of any passive, "was shared by the actor", read on the skeleton)
_ASIDE_AGENT_BEFORE = linear.compile(r",\s*[a-z]+(?:ed|en)\s+by\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3})?$")


def _agents_aside(clause: Clause) -> set[str]:
    """The people a sentence names as the agents of participles set off by commas ("The video, directed by X, ...")."""
    if "ed by " not in clause.text and "en by " not in clause.text:
        return set()
    return {
        m.person
        for m in clause.mentions
        if m.person is not None
        and m.kind == "name"
        and _ASIDE_AGENT_BEFORE.search(clause.text[max(0, m.start - 60) : m.start])
        and clause.text[m.end : m.end + 3].lstrip().startswith((",", "."))
    }


# ", with @3 on acoustic guitar.", ", with @3 as a special guest.": the sentence ends on someone who went along with its
# subject, told by "with" and the part they had; whom the sentence is about is the subject, not the one along with them
_ALONG_WITH_LAST = linear.compile(r",\s*with\s+@(?P<number>\d+)\s+(?:as|on|at|behind)\s+[^@,;:()\"]{1,60}?[.!?]?\s*$")


def _along_last(clause: Clause) -> set[str]:
    """The one a sentence names, at its end, as going along with its subject ("X toured it, with Y as a guest")."""
    found = _ALONG_WITH_LAST.search(clause.skeleton) if "with " in clause.skeleton else None
    if found is None:
        return set()
    one = clause.mentions[int(found.group("number"))]
    return {one.person} if one.kind == "name" and not one.possessive and one.person is not None else set()


def about_unnamed(clause: Clause) -> bool:
    """Whether the sentence is about someone it names only by a relation, as a cleft's subject ("It was Dorn's widow
    who ..."): a "she" after it may be them, whoever else it names."""
    return "It " in clause.skeleton[:12] and _CLEFT_UNNAMED.match(clause.skeleton) is not None


# "The bartender at @0's wedding is", "A cousin of @0's husband was": a subject of someone, told by a noun for a
# person, then something of the one named after a preposition, then its verb
_OWNER_IN_SUBJECT = linear.compile(
    r"^\W*(?i:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*)\s+"
    r"(?:at|of|from|in|on|for|with|behind|near)\s+@(?P<number>\d+)'s\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+"
    r"(?:is|was|are|were|has|had|does|did|will|would|can|could|[a-z]+ed)\b"
)


def _owner_in_subject(clause: Clause, named: set[str]) -> bool:
    """Whether the sentence's one named person is named only as the owner of something inside its subject, a person
    told by a noun ("The bartender at X's wedding is the hero"): the sentence is about that other person."""
    found = _OWNER_IN_SUBJECT.match(clause.skeleton)
    if found is None:
        return False
    head = found.group("head")
    owner = clause.mentions[int(found.group("number"))]
    return (
        (_agent_noun(head) or head in _RELATIVES)
        and owner.possessive
        and owner.person in named
        and all(m.possessive for m in clause.mentions if m.person in named)
    )


def _opens_with_relation(clause: Clause) -> bool:
    """Whether the sentence opens with "her" or "his" and a relation that is no mention of anyone."""
    opening = _OPENS_WHOSE.match(clause.text)
    if opening is None or any(m.start < opening.end() for m in clause.mentions):
        return False
    words = opening.group("rest").split()
    relation = next(
        (word for word in words if word in ROLE_NOUNS or word in _RELATIVES or word.rsplit("-", 1)[-1] in ROLE_NOUNS),
        None,
    )
    # ("Her label at the time folded. ... She wrote": a company of hers, which no "she" after it means, is what the
    # sentence is about; the text is still about her)
    return relation is not None and relation not in _COMPANY_RELATIONS


def _double_genitive(tokens: list[tuple[int, int, str]], first: int) -> bool:
    """Whether ``tokens[first]`` is a possessive after "of" and a "her" or "his" ("a friend of her mother's"), which
    names the relation as a plain "her mother" would."""
    return first >= 2 and tokens[first][2].endswith("'s") and tokens[first - 2][2].lower() == "of"


# Words that cannot stand between "her" and a relation it owns: an article or a preposition starts another phrase.
def _relation_after(tokens: list[tuple[int, int, str]], first: int) -> bool:
    """Whether the words from ``first`` are a relation with at most two words before it ("cousin", "old
    friend", "long-time co-writer"): then the "her" before them says whose, as "his" does."""
    for number, token in enumerate([t[2] for t in tokens[first : first + 3]]):
        # ("a friend of her mother's": a double genitive, the relation standing for the friend's owner)
        word = token[:-2] if number == 0 and _double_genitive(tokens, first) else token
        if (
            number == 0
            and word.isalpha()
            and word[:1].isupper()
            and word[1:].islower()
            and first + 1 < len(tokens)
            and tokens[first + 1][2] in _RELATIVES
        ):
            continue  # "her Erasmus roommate", "his Juilliard teacher": a school or scheme before the relation
        if not word.replace("-", "").isalpha() or not word.islower():
            return False
        if word in ROLE_NOUNS or word in _RELATIVES or word.rsplit("-", 1)[-1] in ROLE_NOUNS:
            return True
        if word in _NO_RELATION:
            # "introduced her to the trio", "met her through the conductor X": "her" is the object, the role
            # noun after a preposition someone else's
            return False
    return False


# What someone's is, a relation or role, that names one person in apposition ("Kofi's flatmate, X"; not "parents",
# nor a "label")
_APPOSED_RELATIONS = (_RELATIVES | ROLE_NOUNS) - {"label", "parents"}
# Articles and prepositions, which no words describing a relation hold ("her through the manager": no relation of
# hers, where "her high-school music teacher" is one).
_NO_RELATION = frozenset(
    {"a", "an", "the", "through", "via", "into", "onto", "across", "over", "about", "around", "behind", "beside"}
    | {"to", "at", "in", "on", "by", "with", "from", "for", "of", "and", "or", "but", "as"}
)


# Plurals that say whether the two are men or women, as "himself" or "herself" says of one.
_GENDERED = {
    "men": "himself",
    "boys": "himself",
    "brothers": "himself",
    "women": "herself",
    "girls": "herself",
    "sisters": "herself",
}


def gendered(text: str) -> str | None:
    """ "herself" for "the two women", "himself" for "both men": what a plural says its two are called."""
    words = text.split()
    return _GENDERED.get(words[-1].lower()) if words else None


def _things_after(tokens: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the token at ``at`` is a lower-case plural noun for no people ("records", "songs")."""
    if at >= len(tokens):
        return False
    word = tokens[at][2]
    return word.islower() and word.endswith("s") and not people_plural(word)


def things_before_them(before: str) -> bool:
    """Whether the words before a "them" end in a first verb's object of things, then "and" and the verb of "them"
    ("brought his own drum and tambourine and set ", "packed the amplifiers and set "): no person's word among them."""
    found = _THINGS_THEN_VERB.search(before[-90:])
    if found is None:
        return False
    one, other = found.group("one"), found.group("other")
    if other is None:
        return _things_after([(0, 0, one)], 0)
    return all(w.islower() and w not in ROLE_NOUNS and not people_plural(w) for w in (one, other))


def _lettered(word: str) -> bool:
    """A word of letters, or of letters joined by hyphens ("sean-nós")."""
    return all(part.isalpha() for part in word.split("-"))


def _plural_noun(word: str) -> bool:
    """A plural of a role ("singers", "artists") or of a credit ("co-writers"), as in "the two ..." or "both ..."."""
    if not word.endswith("s"):
        return False
    singular = word[:-1]
    return singular in ROLE_NOUNS or singular == "artist" or singular in _CREDIT_NOUNS


def _plural_role(word: str) -> bool:
    """ "dancers", "actors": what several people do (not kin: "Brothers Osborne" is a name)."""
    return word.endswith("s") and word[:-1] in ROLE_NOUNS and word[:-1] not in _KIN


# Endings of plural nouns for people ("neighbours", "villagers", "residents", "locals"), none of which a first name
# ends with (so "James", "Lucas", "Agnes" are names).
_PLURAL_ENDINGS = ("ers", "ors", "ours", "ents", "ants", "ists", "ians", "ees", "als", "ics")


def _plural_people(word: str) -> bool:
    """ "Neighbours", "Villagers": a capitalised plural for what several people are."""
    return word.isalpha() and word[1:].islower() and word.lower().endswith(_PLURAL_ENDINGS)


# Words that end like a noun for someone who does something ("-er", "-or") but are none.
_NOT_AGENTS = _words(
    """
    after under over ever never however whenever wherever whatever whoever together another other whether either
    neither rather earlier later further former latter sooner better longer bigger faster closer higher louder
    upper lower inner outer major minor prior
    """
)
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "eur", "ee")


def _agent_noun(word: str) -> bool:
    """A noun for someone by what they do: a role ("violinist") or a lower-case word of six letters or more that
    ends like one ("fencer", "sculptor", "chauffeur", "nominee"; not "whether", "later")."""
    return word in ROLE_NOUNS or (
        len(word) >= 6
        and word.islower()
        and word.replace("-", "").isalpha()
        and word.endswith(_AGENT_ENDINGS)
        and word not in _NOT_AGENTS
    )


def people_plural(word: str) -> bool:
    """ "passengers", "rivals", "twins": a lower-case plural noun for several people (not "always", "this")."""
    return word.islower() and (
        (word.replace("-", "").isalpha() and word.endswith(_PLURAL_ENDINGS))
        or word in _KIN_PLURALS
        or _plural_noun(word)
    )


# Words of age or standing that describe whoever the noun after them is, not which of several ("the old master").
# ("the late poet": one who has died, told by the same one word as an age)
_AGE_WORDS = frozenset({"old", "young", "elderly", "veteran", "legendary", "late"})


def placed_word(word: str) -> bool:
    """A capitalised word of where someone is from or based ("Dublin-based", "Osaka-born"), or of their age opening
    a sentence ("Eight-year-old"), which no name holds."""
    return word.lower().endswith(_PLACED + _AGE_SUFFIXES) and word.replace("-", "").isalpha()


def _acclaim_word(word: str) -> bool:
    """A capitalised word joined by a hyphen to a participle ("Emmy-nominated", "Chart-topping"): what someone has
    won or done, which no name holds (a name's hyphened parts are capitalised: "Afolabi-Clarke")."""
    head, _, tail = word.rpartition("-")
    return bool(head) and tail.isalpha() and tail.islower() and len(tail) > 4 and tail.endswith(("ed", "ing"))


def _placing(word: str) -> bool:
    """A word that says where someone is from: a nationality, "Galway-born", "Neapolitan", "Viennese"."""
    return word in _NATIONS or word.endswith(_PLACED) or word.endswith(("an", "ese", "ish"))


def _capital(word: str) -> bool:
    """A word that can be part of a name: a capital first, or a brand's lower-case first letter ("iHeart")."""
    if not word or not word[0].isalpha():
        return False
    if word[:3].lower() in _ARABIC_ARTICLES and word[3:4].isupper():
        return True  # "Noor el-Haddad", "Yusuf al-Amin": the Arabic article joined to the surname it leads
    return word[0].isupper() or any(c.isupper() for c in word[1:3])


# The Arabic article, lower-case and hyphened to the capitalised surname it is part of
_ARABIC_ARTICLES = frozenset({"al-", "el-"})


def _numbered(word: str) -> bool:
    """A number that can end a name ("Radio 2", "Hot 100", "Channel 4's"), not a year; a station's frequency with its
    decimal point too ("Zol 106.5's")."""
    digits = word[:-2] if word.endswith("'s") else word
    whole, point, tenths = digits.partition(".")
    if point and not (tenths.isdigit() and len(tenths) <= 2):
        return False
    return whole.isdigit() and len(whole) <= 3


def _four_digits(word: str) -> bool:
    digits = word[:-2] if word.endswith("'s") else word
    return digits.isdigit() and len(digits) == 4


# What digits end with that is an ordinal, a decade, an hour or a measure ("2nd", "90s", "3pm", "5km"), no name's end
_NUMBER_ENDINGS = frozenset(
    {"st", "nd", "rd", "th", "s", "am", "pm", "km", "kg", "mm", "cm", "ft", "mb", "gb", "k", "m"}
)


def _numbered_tail(word: str) -> bool:
    """A word of a digit or two then lower-case letters that ends a name after its capitalised words ("RTÉ 2fm",
    "Channel 4music"); not an ordinal, a decade, an hour or a measure."""
    word = word[:-2] if word.endswith("'s") else word
    letters = word.lstrip("0123456789")
    return (
        0 < len(word) - len(letters) <= 2
        and len(letters) >= 2
        and letters.isalpha()
        and letters.islower()
        and letters not in _NUMBER_ENDINGS
    )


def _numbered_word(word: str) -> bool:
    """A word of digits then capitalised letters that can end a name ("1Xtra", "6Music", "2FM's"), not "1990s"
    or "2nd"; a station's call letters may follow one small letter of its band ("95bFM")."""
    word = word[:-2] if word.endswith("'s") else word
    letters = word.lstrip("0123456789")
    capitals = letters[:1].isupper() or (len(letters) >= 3 and letters[1:].isupper())
    return 0 < len(word) - len(letters) <= 2 and len(letters) >= 2 and capitals and letters.isalpha()


# A business of someone's, told by a word of its name ("X's Keystone Sound", "X's Apex Records") or a lower-case
# noun after it ("X's Keystone label"); not a place's ("New York's Apollo Theater" may be a town's)
_OWNED_NOUNS = frozenset(
    {"label", "imprint", "company", "orchestra", "band", "records", "sound", "studio", "studios", "music"}
    | {"publishing", "entertainment", "recordings", "management", "productions"}
)


def _owned_thing(tokens: list[tuple[int, int, str]], owner: int, stop: int, rest: list[str]) -> bool:
    """Whether the words after a possessive inside a run name a business: a word of one among them ("Keystone
    Sound"), or a noun of one right after the run ("Keystone label")."""
    after = tokens[stop][2] if stop < len(tokens) else ""
    return any(w.lower() in _OWNED_NOUNS for w in rest[1:]) or after.lower() in _OWNED_NOUNS


def _person_shaped(owners: list[str], words: list[tuple[int, int, str]]) -> bool:
    """Whether the words before a possessive read as a person's full name: two or three capitalised words, none a
    thing's, a nation's or a title."""
    return (
        2 <= len(owners) <= 3
        and all(_capital(t[2]) for t in words)
        and not any(w in _NOT_PERSON or w in _NATIONS or _title(w) or w in COUNTRIES for w in owners)
    )


def _after_owner(
    tokens: list[tuple[int, int, str]], first: int, stop: int, named: Callable[[str], bool] | None = None
) -> int:
    """Where a run of capitalised words ends when a possessive inside it is followed by a person's full name
    ("Harrow Lane's Saoirse Quinn"): at the possessive, whose owner (a show, a film) is told before the person,
    who is named on their own. The words after it must read as a person's name: two
    to four capitalised words, none a thing's ("Northgate's Amsterdam Office" stays one phrase)."""
    if stop - first < 3 or stop - first > _MAX_NAME_WORDS:
        return stop
    owner = next((p for p in range(stop - 3, first - 1, -1) if tokens[p][2].endswith("'s")), None)
    if owner is None or stop - owner - 1 > 4:
        return stop
    if named is not None:
        # ("The Guardian's Eda Fenn", "On St Patrick's Day Eda Fenn": the words that end the run after a possessive
        # are the full name of one of the page's people, whoever the owner is, a paper's or a day's; "Children's
        # Hospital" names no one)
        for tail in range(owner + 1, stop - 1):
            if named(" ".join(t[2] for t in tokens[tail:stop])):
                return tail
    rest = [t[2] for t in tokens[owner + 1 : stop]]
    # ("Radio Nord's Tin Roof": a broadcaster's, a label's or a magazine's is a programme or a title)
    owners = [t[2].lower().removesuffix("'s") for t in tokens[first : owner + 1]]
    if _owned_thing(tokens, owner, stop, rest) and _person_shaped(owners, tokens[first : owner + 1]):
        # ("Saul Abramowitz's Keystone Sound label": a person's full name, then the name of a thing of theirs)
        return owner + 1
    if (
        any(w in _NOT_PERSON for w in owners)
        or rest[0].lower() in NAME_PARTICLES
        or rest[0] == "The"  # "SiriusXM's The Highway": a title of the owner's
        or not all(_capital(w) or w.lower() in NAME_PARTICLES for w in rest)
        or any(w.lower() in _NOT_PERSON or w.lower() in _NATIONS or _title(w) or "'" in w for w in rest)
        or any(c.isdigit() for w in rest for c in w)
        or fold(" ".join(rest)) in COUNTRIES
    ):
        return stop
    return owner + 1


# The "and" that joins a Catalan or Spanish person's two surnames ("Pau Ferrer i Soler", "Ana Ortega y Gil").
_SURNAME_JOINERS = frozenset({"i", "y"})


def _joining_surnames(words: list[str], number: int) -> bool:
    """Whether ``words[number]`` joins two surnames: a joiner between two capitalised words, after a first name (or
    the Gaelic article inside a surname after its patronymic, "Calum Mac an t-Saoir")."""
    return (
        (words[number] in _SURNAME_JOINERS or (words[number] == "an" and words[number - 1] in _GAELIC_PATRONYMS))
        and 2 <= number < len(words) - 1
        and _capital(words[number - 1])
        and _capital(words[number + 1])
    )


def _line_end(text: str, tokens: list[tuple[int, int, str]], first: int, stop: int) -> int:
    """Where a run of capitalised words ends at the first line break inside it: the lines of an object's label
    ("Made by Comfort Asamoah, Peckham" over "Worn by ...") each end where their words do, and no name is written
    over two lines of a page."""
    for position in range(first + 1, stop):
        if "\n" in text[tokens[position - 1][1] : tokens[position][0]]:
            return position
    return stop


def _group_text(tokens: list[tuple[int, int, str]], position: int) -> str:
    """The tokens from ``position`` on, joined as the text spaced them (enough to read a few words after it)."""
    parts: list[str] = []
    for at in range(position, min(len(tokens), position + 4)):
        if at > position and tokens[at][0] > tokens[at - 1][1]:
            parts.append(" ")
        parts.append(tokens[at][2])
    return "".join(parts)


# Words before a name that make it whom something was told ("told X", "an interview with X")
_TOLD_PLACE = frozenset({"told", "tells", "tell", "with", "to"})


def _said_of_a_name(tokens: list[tuple[int, int, str]], role: int) -> bool:
    """Whether the role noun at ``role`` is a name's predicate: "A is the drummer", "A was the new bassist" (not
    "It was the landlady", a cleft, nor "A's cousin")."""
    position = role - 1
    while position > 0 and role - position <= 3 and tokens[position][2].isalpha() and tokens[position][2].islower():
        if tokens[position][2] in ("the", "a", "an"):
            before = tokens[position - 1][2].lower()
            name = tokens[position - 2][2] if position >= 2 else ""
            return before in ("is", "was") and _capital(name) and name.lower() not in _STOP
        position -= 1
    return False


def _one_name_of_two(tokens: list[tuple[int, int, str]], first: int, named: Callable[[str], object]) -> bool:
    """Whether the capitalised word at ``first``, "and" and one more after it are one thing's name of two by what
    stands before them: "the" ("the Plough and Harrow", but not a plural: "the Reeds and Fenn" may be a band), what
    a title is ("the podcast Valleys and Vinyl"), or "a" with a noun the name describes after it ("a Punch and Judy
    operator": people are not counted with "a", and a name before a noun says what kind of thing it is)."""
    before = tokens[first - 1][2]
    if before == "the":
        return not tokens[first][2].endswith(("s", "'"))
    if named(tokens[first][2]):
        return False
    if before.lower() in _TITLED_BY | _PRINTED:
        return True
    after = first + 3
    return before in ("a", "an") and after < len(tokens) and tokens[after][2].isalpha() and tokens[after][2].islower()


def _group_end(
    tokens: list[tuple[int, int, str]],
    first: int,
    named: Callable[[str], object],
    members: Callable[[str], list[str]],
) -> int:
    """Where a run of capitalised words (with particles and initials inside) ends; ``named`` tells a word that names
    one of the page's people, ``members`` a group's members."""
    position = first + 1
    while position < len(tokens):
        word = tokens[position][2]
        if word == "I" and (position + 1 >= len(tokens) or tokens[position + 1][2] != "."):
            break  # "at Iceland Airwaves I introduced ...": the speaker, not a name's last word
        if word in ("I'd", "I'm", "I've", "I'll"):
            break  # "Otávio I'd known since the Stockholm days": the speaker with a verb contracted onto "I"
        if word == "!" and tokens[position - 1][1] == tokens[position][0] and position + 1 < len(tokens):
            kind = tokens[first - 1][2] if first else ""
            if not (_capital(tokens[position - 1][2]) and outlet_kind_after(_group_text(tokens, position), kind)):
                break
            position += 2  # "Kerrang! Radio": the mark inside an outlet's name, and the kind of outlet after it
            continue
        if word in _FORMATS:
            break  # "a Reddit AMA": what was held on the platform, not part of its name
        if "&" in word and tokens[position - 1][2].endswith(("'s", "'")):
            break  # "Arbour's A&R executive": the trade of someone's, no word of a name with the owner's
        if word.lower() in _WEEKDAYS and tokens[position - 1][2].endswith("'s"):
            break  # "Marsh FM's Saturday phone-in": the day of the owner's show, no word of the owner's name
        if _capital(word) and word.lower() not in _NATIONS:
            position += 1
        elif (
            word == "on"
            and position == first + 1
            and fold(tokens[first][2]) in COUNTRIES
            and first
            and tokens[first - 1][2].lower() in _TOLD_PLACE
            and position + 1 < len(tokens)
            and tokens[position + 1][2].lower() in _WEEKDAYS
            and (position + 2 == len(tokens) or not _capital(tokens[position + 2][2]))
        ):
            # "told Scotland on Sunday", "an interview with Wales on Sunday": no one tells a country, so the day after
            # it is its newspaper's (a Sunday paper named for where it is read)
            position += 2
        elif (
            word == "and"
            and position + 1 < len(tokens)
            and fold(f"{tokens[position - 1][2]} and {tokens[position + 1][2]}") in COUNTRIES
        ):
            # "the Trinidad and Tobago Newsday": a country whose own name holds "and", one name with what follows it
            position += 2
        elif (
            word == "and"
            and position == first + 1
            and first
            and _one_name_of_two(tokens, first, named)
            and position + 1 < len(tokens)
            and _capital(tokens[position + 1][2])
            and tokens[position + 1][2] != "I"
            and (position + 2 == len(tokens) or not _capital(tokens[position + 2][2]))
            and not named(tokens[position + 1][2])
            and not any(w.isupper() or known_country(w) for w in (tokens[first][2], tokens[position + 1][2]))
        ):
            # "on the Kennet and Avon", "at the Plough and Harrow": one word after "the", then "and" and one more, is a
            # canal's or a pub's name of two; people are not named with "the", and a band so named is a plural
            # ("the Reeds and Fenn"), but the word after "and" may be someone the page named ("crossing the Sahara and
            # Owusu-Ansah as a mechanic"); a country or letters make two ("the Herald and Scotland", "the BBC and ITV")
            position += 2
        elif (
            _capital(word)
            and tokens[position - 1][2].isupper()
            and len(tokens[position - 1][2]) > 1
            and position + 1 < len(tokens)
            and _capital(tokens[position + 1][2])
            and tokens[position + 1][2].lower() not in _NATIONS
        ):
            position += 1  # "BBC Asian Network": a nationality inside a broadcaster's name, after its letters
        elif (
            word == "&"
            and position + 1 < len(tokens)
            and _capital(tokens[position + 1][2])
            and (position + 2 >= len(tokens) or not _capital(tokens[position + 2][2]))
            and len(members(" ".join(tokens[at][2] for at in range(first, position + 2)))) >= 2
        ):
            # "Fox & Finch play themselves": a group's name joined by "&" whose members the page told, one name, not
            # two people (a group whose members it did not tell is read by its halves, maybe its members' surnames)
            position += 2
        elif (
            word == "&"
            and position >= first + 2
            and len(tokens[first][2]) >= 3
            and tokens[first][2].isalpha()
            and tokens[first][2].isupper()
            and position + 1 < len(tokens)
            and _capital(tokens[position + 1][2])
            and tokens[position + 1][2] != "I"
            and (position + 2 >= len(tokens) or not _capital(tokens[position + 2][2]))
        ):
            # "BBC Coventry & Warwickshire": a regional station of a broadcaster named by its letters covers two
            # places joined by "&" (no one's name opens with three capitals, so the "&" joins no two people)
            position += 1
        elif (
            _capital(word)
            and tokens[position - 1][2].isupper()
            and len(tokens[position - 1][2]) > 1
            and (position + 1 >= len(tokens) or tokens[position + 1][2] in (":", ",", ".", ";", ")"))
        ):
            # "spoke to SBS Vietnamese:": a language after a broadcaster's letters, ending the phrase (so describing
            # no noun after it), is the service's name
            position += 1
        elif (
            position == first + 1
            and word.lower() in _EDITION_WORDS
            and _capital(tokens[first][2])
            and tokens[first][2].lower() not in _NATIONS
            and (
                position + 1 >= len(tokens)
                or tokens[position + 1][2] in (":", ",", ".", ";", ")")
                # ("the Hitmakers Nordic podcast": then what the title is, as after a title of any words)
                or (tokens[position + 1][2] in _TITLED_BY and tokens[first - 1][2].lower() == "the")
            )
        ):
            # "an interview with Billboard Latin.": a region's edition after a one-word title, ending the phrase (so
            # describing no noun after it), is the edition's name
            position += 1
        elif (
            word.lower() in _NATIONS
            # ("The New Indian Express": the capitalised article of a paper's name may stand before that word)
            and (position == first + 1 or (position == first + 2 and tokens[first][2] == "The"))
            and _capital(tokens[position - 1][2])
            and tokens[position - 1][2].isalpha()
            and tokens[position - 1][2].lower() not in _NATIONS | _STOP
            and not named(tokens[position - 1][2])
            and position + 1 < len(tokens)
            and _capital(tokens[position + 1][2])
            and tokens[position + 1][2] != "I"
            and tokens[position + 1][2].lower() not in _NATIONS
        ):
            # "an interview with Great American Country": a nationality between two capitalised words is one
            # word of a name, no description of what follows (which would stand first: "the American X")
            position += 1
        elif (
            position == first + 1
            and word.lower() in _NATIONS
            and word.lower().endswith("an")
            and _capital(tokens[first][2])
            and tokens[first][2].isalpha()
            and tokens[first][2].lower() not in _NATIONS
            and first >= 2
            and tokens[first - 1][2] == "the"
            and tokens[first - 2][2].lower() in _TOLD_PLACE
            and (position + 1 >= len(tokens) or tokens[position + 1][2] in (":", ",", ".", ";", ")", "that"))
        ):
            # "told the Bakersfield Californian that ...": a place, then the word for someone of it, after "the" whom
            # someone told, ending the phrase (so describing no noun after it), is a newspaper's name
            position += 1
        elif (
            word == "the"
            and position + 1 < len(tokens)
            and _capital(tokens[position + 1][2])
            and _titled(tokens, first, position + 1)
        ):
            position += 1  # "the documentary Behind the Halo", "the Off the Record podcast": a title of words
        elif (
            word in ("at", "after")
            and position + 1 < len(tokens)
            and tokens[position + 1][2] in _HOURS
            and _titled(tokens, first, position + 1)
        ):
            position += 1  # "the breakfast show The Couch at Ten": a show named after its hour
        elif (
            word == "in"
            and position + 2 < len(tokens)
            and tokens[position + 1][2] == "the"
            and tokens[position + 2][2] in _DAY_PARTS
            and (position + 3 == len(tokens) or not _capital(tokens[position + 3][2]))
        ):
            # "on Sway in the Morning": a show named after the part of the day it is on (capitalised after a
            # lower-case "the", a word no plain "in the morning" capitalises)
            position += 3
        elif (
            _foreign_word(word)
            and position + 1 < len(tokens)
            and _capital(tokens[position + 1][2])
            and _titled(tokens, first, position + 1)
        ):
            position += 1  # "the podcast Zwischen den Takten", "the documentary Raddir úr Flóanum"
        elif (
            _foreign_word(word)
            and position + 2 < len(tokens)
            and (tokens[position + 1][2] in NAME_PARTICLES or _foreign_word(tokens[position + 1][2]))
            and _capital(tokens[position + 2][2])
            and _titled(tokens, first, position + 2)
        ):
            position += 2  # "the talk show Laat op de Avond": a preposition and an article
        elif (
            _foreign_word(word)
            and first
            and tokens[first - 1][2].lower() in _TITLED_BY
            and (rest := _sentence_case_rest(tokens, position + 1)) is not None
        ):
            # "said on the podcast Kino po godzinach.": a title in sentence case, named right after what it is, whose
            # words after another language's preposition run in lower case to where the clause stops
            position = rest
            break
        elif position == first + 1 and (rest := _sentence_case_outlet(tokens, first)) is not None:
            # "on Český rozhlas Vltava,", "the Brno weekly Kulturní týdeník:": a name in another language's sentence
            # case (its first word written with letters English does not use), named where an outlet stands, runs
            # over its lower-case words to where the clause stops
            position = rest
            break
        elif word.islower() and (rest := _outlet_in_sentence_case(tokens, position)) is not None:
            # "told Bæjarins besta, the local paper in Ísafjörður": an outlet's name in sentence case, which the
            # apposition after it says is one, runs over its lower-case words to the comma
            position = rest
            break
        elif (rest := _owned_title_rest(tokens, first, position)) is not None:
            # "said on RTHK Radio 2's Made in Hong Kong.", "recalled on Triple J's Like a Version.": what one is on
            # is a programme, never its host, so the title its owner has runs over its small words to the stop
            position = rest
            break
        elif (
            (word in _TITLE_PREPOSITIONS or word in ("and", "&"))
            and position + 1 < len(tokens)
            and _capital(tokens[position + 1][2])
            and (
                _titled_after(tokens, first, position + 1)
                or (word in ("and", "&") and _event_named_after(tokens, position, first))
            )
        ):
            # "the Sound on Sound podcast", "the Salt and Vinegar podcast", "the Salt & Vinegar podcast": a preposition
            # or an "and" inside a title that what it is ends
            position += 1
        elif (
            (word in _TITLE_PREPOSITIONS or word in ("at", "of"))
            and position + 1 < len(tokens)
            and _numbered(tokens[position + 1][2])
            and _titled_after(tokens, first, position + 1)
        ):
            # "the Britpop at 25 podcast": a title may end on a number after its preposition, which what it is still
            # closes ("Bell at 25" alone is an age)
            position += 2
        elif (
            word == "of"
            and position + 2 < len(tokens)
            and tokens[position + 1][2] == "the"
            and _capital(tokens[position + 2][2])
            and _titled(tokens, first, position + 2)
        ):
            position += 2  # "the Out of the Blue podcast"
        elif (
            _four_digits(word)
            and first > 0
            and tokens[first - 1][2].lower() in _TITLED_BY | _PRINTED
            and _capital(tokens[position - 1][2])
        ):
            # "the magazine Ciao 2001": four digits may be a year after a name ("Sounds 1985"), but not in a title named
            # right after what it is
            position += 1
        elif (
            (_numbered(word) or _numbered_word(word) or _numbered_tail(word))
            and (
                position - 1 > first
                or tokens[position - 1][2].lower() not in _STOP
                # ("the RNZ programme Music 101": one word that may be a common one, then its number, named right
                # after what it is, is a title; "in May 5" or "Music 101" alone are not)
                or (first > 0 and tokens[first - 1][2].lower() in _TITLED_BY)
            )
            and _capital(tokens[position - 1][2])
        ):
            position += 1  # "BBC Radio 2", "Channel 4's", "Apple Music 1", "BBC Radio 1Xtra"
            if (
                position + 1 < len(tokens)
                and tokens[position][2] == "."
                and tokens[position + 1][2].isdigit()
                and len(tokens[position + 1][2]) <= 2
                and tokens[position][0] == tokens[position - 1][1]
                and tokens[position + 1][0] == tokens[position][1]
            ):
                position += 2  # a frequency: "Hot 104.3", "Kiss 100.7"
        elif word == "." and len(tokens[position - 1][2]) == 1 and position + 1 < len(tokens):
            position += 1  # an initial: "J. R. Hale"
        elif (
            word == "."
            and tokens[position - 1][2] in ("St", "Mt", "Ft")
            and position + 1 < len(tokens)
            and _capital(tokens[position + 1][2])
        ):
            position += 1  # "the St. Cloud Sentinel": a saint's or a mount's abbreviation inside a name
        elif (
            word == "."
            and tokens[position - 1][2] in _GENERATIONS
            and position - first >= 2
            and tokens[position][0] == tokens[position - 1][1]
            and position + 1 < len(tokens)
            and not _capital(tokens[position + 1][2])
        ):
            # "X Tate Jr., who runs it": a generation's abbreviation closes a person's name, its stop with it (not
            # a stop before a capital, which may end the sentence)
            position += 1
            break
        elif word == "of" and position - first >= 2 and _courtesy([tokens[first][2]], 1):
            # "Mrs Winifred Oyelaran of Chapel Row": a courtesy title says a person's name follows, and where they
            # live, after "of", is no part of it
            break
        elif (
            word.lower() in NAME_PARTICLES | _CONNECTORS
            and position + 1 < len(tokens)
            and _capital(tokens[position + 1][2])
        ):
            position += 1  # "Anna de Vries", "Rolling Stone en Español"
        elif (
            word == "an"
            and tokens[position - 1][2] in _GAELIC_PATRONYMS
            and position + 1 < len(tokens)
            and _capital(tokens[position + 1][2])
        ):
            # "Calum Mac an t-Saoir", "Màiri Nic an Tòisich": the Gaelic article after a patronymic is inside the
            # surname (only there: "gave Bell an Oscar" is two things)
            position += 1
        elif (
            word.lower() in NAME_PARTICLES
            and position + 2 < len(tokens)
            and tokens[position + 1][2].lower() in NAME_PARTICLES
            and _capital(tokens[position + 2][2])
        ):
            position += 2  # "Johan van der Merwe", "Ana de la Cruz"
        else:
            break
    return position


def _given_nation(tokens: list[tuple[int, int, str]], first: int, kept: list[str], skip: int) -> int:
    """1 when the first word of ``kept``, a nationality, is a given name ("the comedian Danish Farooqui"): right after a
    role's noun in lower case it describes nothing, since a description stands before the noun ("the Danish comedian");
    else 0."""
    return int(
        skip == 0
        and len(kept) >= 2
        and first > 0
        and tokens[first - 1][2] in ROLE_NOUNS
        and kept[0].lower() in _NATIONS
        and not any(w.lower() in _NATIONS for w in kept[1:])
    )


# The Gaelic patronymics, "son of" and "daughter of", which the article "an" may follow inside a surname
_GAELIC_PATRONYMS = frozenset({"Mac", "Nic"})
# A generation's abbreviation after a surname ("Tate Jr.", "Hale Sr."), the last word of a person's name
_GENERATIONS = frozenset({"Jr", "Sr"})


# What a programme or publication is called, told before or after its title ("the podcast X", "the X podcast").
_TITLED_BY = frozenset(
    {"documentary", "podcast", "show", "series", "programme", "program", "film", "docuseries", "special"}
)


# What a publication is called before its title ("the webzine X").
_PRINTED = frozenset({"magazine", "webzine", "zine", "blog", "newsletter", "newspaper"})


# Lower-case words of other languages that a title may hold ("Zwischen den Takten", "Sous les Ponts", the Finnish
# "ja" of "Kuu ja Meri"; the Japanese "no" of "Kaze no Uta", which English puts between two capitalised words of a
# title no more than the others): none is an English word there, so a title named next to what it is ("the
# podcast X") goes on over them, where an English "on", "from" or "with" may end it ("the podcast Slow Jam Theory
# on Spotify").
_FOREIGN_TITLE_WORDS = frozenset(
    str.split(
        """
    den dem die im am zum zur vom und auf aus bei mit nach zu het een uit naar voor bij op och og til fra om ur av af
    med le la les des du aux au sur sous dans pour avec sans et une en entre il lo gli nel nella sul sulla con tra fra
    los las el po za od pod nad przy dla bez ja no
    """
    )
)


# What an outlet is called in an apposition after its name ("X, the local paper in Y", "X, the regional daily").
_OUTLET_KINDS = frozenset(
    {"paper", "newspaper", "daily", "weekly", "magazine", "tabloid", "broadsheet", "station", "broadcaster"}
)


# Things a nationality may describe ("the Brazilian radio programme", "the Welsh festival"): after "the Brazilian",
# one of them makes the word an adjective, not the noun for the page's one Brazilian.
_DEMONYM_THINGS = (
    _TITLED_BY
    | _PRINTED
    | _OUTLET_KINDS
    | (_NOT_PERSON - {"late", "morning", "night", "tonight", "today", "live", "daily", "weekly", "monthly", "current"})
    # "at the Hungarian consulate", "the Norwegian coast": a country's institution or its land, no one of the page
    | frozenset(
        {
            "consulate",
            "embassy",
            "government",
            "ministry",
            "parliament",
            "border",
            "capital",
            "countryside",
            "coast",
            "language",
            "folk",
            "national",
            "state",
            "institute",
            "cultural",
            # "on the Malian television programme X" (as "tv" and "radio" are)
            "television",
        }
    )
)


# Words of when that may end a clause after whom one told ("told Mojo yesterday, the magazine's ...").
_WHEN_WORDS = frozenset({"yesterday", "again", "too", "afterwards", "earlier", "later", "once", "anyway", "back"})


def _outlet_in_sentence_case(tokens: list[tuple[int, int, str]], position: int) -> int | None:
    """Where a name's lower-case words from ``position`` end (one or two, no English function word, adverb or
    date), when a comma and an apposition saying it is an outlet follow them ("Bæjarins besta, the local paper")."""
    end = _lower_case_to_stop(tokens, position)
    if end is None or end + 1 >= len(tokens) or tokens[end][2] != "," or tokens[end + 1][2] != "the":
        return None
    if any(_english_or_when(tokens[at][2]) for at in range(position, end)):
        return None
    kinds = [tokens[at][2] for at in range(end + 2, min(end + 5, len(tokens)))]
    return end if any(word in _OUTLET_KINDS for word in kinds) else None


# Words right before which an outlet's name stands ("spoke on X", "told X", "the weekly X")
_OUTLET_NAMED = _OUTLET_KINDS | _TITLED_BY | _PRINTED
_OUTLET_BEFORE = frozenset({"on", "to", "told", "tells"}) | _OUTLET_NAMED
_SAID_ON_VERBS = frozenset(
    str.split(
        "said says recalled recalls remembered remembers explained explains admitted admits laughed laughs joked jokes"
    )
)


_TOLD_SUBJECTS = frozenset({"he", "she", "they", "we"})
# Lower-case words of where, which may follow whom one spoke to ("speaking to Åsa backstage,")
_PLACE_ADVERBS = frozenset(
    str.split("backstage onstage offstage outside inside upstairs downstairs abroad home there here afterward tonight")
)


def _sentence_case_outlet(tokens: list[tuple[int, int, str]], first: int) -> int | None:
    """Where an outlet's name in sentence case that opens at ``first`` ends: a capitalised word written with letters
    English does not use, one or two lower-case words that are no English function word, adverb, date or verb form,
    then maybe more capitalised words, up to punctuation (or the text's end). None when it is no such name."""
    if not first or tokens[first - 1][2].lower() not in _OUTLET_BEFORE or tokens[first][2].isascii():
        return None
    if tokens[first][2].endswith(("'s", "'")):
        return None  # "on Kōbe's community station KKCR": a place's (or someone's), whose thing is told after it
    end = first + 1
    while end < len(tokens) and end <= first + 2:
        word = tokens[end][2]
        if not (word.isalpha() and word.islower()) or _english_or_when(word) or word.endswith(("ed", "ing")):
            break
        end += 1
    if end == first + 1:
        return None
    # "told Lidové noviny she agreed": whom one told, right before the subject that opens what they were told, is
    # the whole name
    told_then_subject = (
        tokens[first - 1][2].lower() in ("told", "tells")
        and end < len(tokens)
        and tokens[end][2].lower() in _TOLD_SUBJECTS
    )
    if end < len(tokens) and _capital(tokens[end][2]):
        while end < len(tokens) and _capital(tokens[end][2]):
            end += 1
    elif told_then_subject:
        return end
    elif (
        tokens[first - 1][2].lower() not in _OUTLET_NAMED
        and not (
            # "told Lidové noviny:": whom one told, right before the colon that opens their words or the stop that
            # ends the sentence ('"...," she told Lidové noviny.'), is the whole name
            tokens[first - 1][2].lower() in ("told", "tells") and (end == len(tokens) or tokens[end][2] in (":", "."))
        )
        and not (
            # "she recalled on Český rozhlas.": said on it, the name running to where the sentence stops
            tokens[first - 1][2].lower() == "on"
            and first >= 2
            and tokens[first - 2][2].lower() in _SAID_ON_VERBS
            and end < len(tokens)
            and tokens[end][2] == "."
        )
        and not (
            # "Speaking to Večernji list, she said:": whom one was speaking to, fronted and set off by the comma
            # before the one speaking, is the whole name (never one lower-case word of place or time: "Speaking to
            # Åsa backstage, ...")
            tokens[first - 1][2].lower() == "to"
            and first >= 2
            and tokens[first - 2][2].lower() in ("speaking", "talking")
            and end == first + 2
            and end < len(tokens)
            and tokens[end][2] == ","
            and tokens[first + 1][2] not in _PLACE_ADVERBS
        )
    ):
        return None  # "introduced Sigrún to Blåval backstage.": a lower-case word after a bare "to" may be the clause's
    return end if end == len(tokens) or tokens[end][2] in (".", ",", ";", ":", "!", "?") else None


def _english_or_when(word: str) -> bool:
    """Whether a lower-case word is an English function word, adverb or date, which no title in another language
    holds."""
    return word in _STOP or word in _MONTH_WORDS or word in _WHEN_WORDS or word.endswith("ly") or word in _DATING


def _sentence_case_rest(tokens: list[tuple[int, int, str]], position: int) -> int | None:
    """Where a sentence-case title's lower-case words from ``position`` end: one or two of them up to punctuation, or
    up to four when the sentence ends there ("on the programme Tout le monde en parle."), where nothing the clause
    goes on with can stand after them; never over an English function word, adverb or date."""
    rest = _lower_case_to_stop(tokens, position)
    if rest is None:
        rest = _lower_case_to_stop(tokens, position, 4)
        if rest is None or any(_english_or_when(tokens[at][2]) for at in range(position, rest)):
            return None
        words = [tokens[at][2] for at in range(position, rest)]
        # ("told the programme Tout le monde en parle, to applause": up to a comma too, when another word of the
        # title's language is among them and none is an English verb form, which the clause might go on with)
        comma = (
            rest < len(tokens)
            and tokens[rest][2] == ","
            and any(map(_foreign_word, words))
            and not any(word.endswith(("ed", "ing")) for word in words)
        )
        if not comma and (rest + 1 != len(tokens) or tokens[rest][2] != "."):
            return None  # (a lead cut before its colon ends with no full stop: its clause goes on into the quote)
    return rest


def _lower_case_to_stop(tokens: list[tuple[int, int, str]], position: int, most: int = 2) -> int | None:
    """Where one to ``most`` lower-case words from ``position`` end, when punctuation (or the text's end) follows
    them."""
    for end in range(position + 1, position + most + 1):
        if end > len(tokens) or not all(
            tokens[at][2].isalpha() and tokens[at][2].islower() for at in range(position, end)
        ):
            return None
        if end == len(tokens) or tokens[end][2] in (".", ",", ";", ":", "!", "?"):
            return end
    return None


def _foreign_word(word: str) -> bool:
    """A lower-case word of another language inside a title: one of the usual articles and prepositions, or one
    written with letters English does not use ("úr", "við", "þar")."""
    if not word.isalpha() or not word.islower():
        return False
    return word in _FOREIGN_TITLE_WORDS or not word.isascii()


# Parts of the day a show may be named after ("Sway in the Morning", "Jazz in the Evening").
_DAY_PARTS = frozenset({"Morning", "Afternoon", "Evening", "Night"})
# Hours a show may be named after ("Live at Five", "News after Midnight").
_HOURS = frozenset(
    {
        "One",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "Eleven",
        "Twelve",
        "Noon",
        "Midnight",
        "Dark",
        "Dawn",
        "Sunset",
        "Sunrise",
    }
)


# Lower-case prepositions a programme's title may hold between its capitalised words ("Sound on Sound")
_TITLE_PREPOSITIONS = frozenset({"on", "in", "for", "with", "to", "from", "by", "under", "over"})


# The small words a title's capitalised words take between them ("Made in Hong Kong", "Like a Version")
_TITLE_SMALL_WORDS = _TITLE_PREPOSITIONS | frozenset({"of", "at", "a", "an", "the"})
# Where a clause stops after a title
_TITLE_STOPS = frozenset({".", ",", ";", ":", "!", "?", '"', "\u201d"})


def _owned_title_rest(tokens: list[tuple[int, int, str]], first: int, position: int) -> int | None:
    """Where a programme's title ends when the run opened by "on" is an owner's possessive, one capitalised word, a
    small word at ``position`` and capitalised words up to where the clause stops ("on Triple J's Like a Version."):
    one is on a programme, not on a host, and a host named in two words ("on Radio Nord's Cy Dorn in Paris") or a
    clause going on after the capitals ("on Radio Nord's Tin Roof in Paris last year") is not joined."""
    if not first or tokens[first - 1][2].lower() != "on" or tokens[position][2] not in _TITLE_SMALL_WORDS:
        return None
    if position - 2 < first or not tokens[position - 2][2].endswith(("'s", "\u2019s")):
        return None
    title = tokens[position - 1][2]
    if not _capital(title) or title.isupper() or title.lower() in _WEEKDAYS:
        return None
    end = position + 1
    while end < len(tokens) and _capital(tokens[end][2]):
        end += 1
    if end == position + 1 or (end < len(tokens) and tokens[end][2] not in _TITLE_STOPS):
        return None
    if any(tokens[at][2].lower() in _WEEKDAYS | _MONTH_WORDS for at in range(position + 1, end)):
        return None  # "on Radio Göta's Morgonpasset on Thursday": when the programme was on, no word of its title
    return end


def _on_owned_title(tokens: list[tuple[int, int, str]], first: int, stop: int) -> bool:
    """Whether a long run is an owner's name and a programme's title (``_owned_title_rest``: "on RTHK Radio 2's Made in
    Hong Kong"), each within what a name may hold, not one long name."""
    owner = next((at for at in range(first, stop - 1) if tokens[at][2].endswith(("'s", "\u2019s"))), None)
    return (
        owner is not None
        and (
            _owned_title_rest(tokens, first, owner + 2) == stop
            # ("on BBC Radio 2's The Late Shift": a title of capitals alone, said on, the same)
            or (
                first > 0
                and tokens[first - 1][2].lower() == "on"
                and all(_capital(tokens[at][2]) for at in range(owner + 1, stop))
            )
        )
        and max(owner + 1 - first, stop - owner - 1) <= _MAX_NAME_WORDS
    )


def _titled_after(tokens: list[tuple[int, int, str]], first: int, resume: int) -> bool:
    """Whether the run opened by "the" at ``first`` ends right on what a title is ("the Sound on Sound podcast", "the
    Sound on Sound magazine"): only then is a preposition inside the run the title's, not where a clause goes on
    ("Bell on Sunday")."""
    if not first or tokens[first - 1][2].lower() != "the":
        return False
    end = resume
    while end < len(tokens) and _capital(tokens[end][2]):
        end += 1
    if end == resume and end < len(tokens) and _numbered(tokens[end][2]):
        end += 1  # "the Britpop at 25 podcast": a number closing the title
    return end > resume and end < len(tokens) and tokens[end][2].lower() in _TITLED_BY | _PRINTED


# The last word of an event's own name ("the Skate and Surf Festival"), capitalised as part of it.
_EVENT_NAME_ENDS = frozenset(
    {"festival", "fest", "awards", "ball", "fair", "carnival", "weekender", "showcase", "expo"}
)


# Of those, the words no one has for a surname ("Ball", "Fair" are some people's).
_EVENT_ONLY_ENDS = _EVENT_NAME_ENDS - {"ball", "fair"}


def _event_named_after(tokens: list[tuple[int, int, str]], and_at: int, first: int) -> bool:
    """Whether "the X and Y Festival" is one event's name: one capitalised word after "the", then "and", then a
    capitalised run that ends on an event's word. Two names before "and" ("the Hammersmith Odeon and Reading
    Festival") may be two places, and a possessive ("the Roxy and Bea's Festival") someone's, so neither is joined."""
    if not first or tokens[first - 1][2].lower() != "the" or and_at != first + 1:
        return False
    end = and_at + 1
    while (
        end < len(tokens) and _capital(tokens[end][2]) and "'" not in tokens[end][2] and "\u2019" not in tokens[end][2]
    ):
        end += 1
    return end > and_at + 1 and tokens[end - 1][2].lower() in _EVENT_NAME_ENDS


# Prepositions that open a title of a preposition, "the" and a noun ("Across the Line", "Over the Moon")
_TITLE_OPENING_PREPOSITIONS = _OPENING_PREPOSITIONS | _words("under over into along around above below beneath")
# What stands before a sentence's or clause's first word, capitalised as such, not as a title's
_CLAUSE_OPENERS = frozenset(';:"([-\u2013\u2014\u201c\u2018.!?')


def _titled(tokens: list[tuple[int, int, str]], first: int, resume: int) -> bool:
    """Whether a capitalised run with a lower-case "the" inside is one title: what it is stands right before it
    ("the documentary Behind the Halo") or right after it ("the Off the Record podcast"). Elsewhere "the" ends a
    name ("Adler the producer", "told Marisol the story")."""
    if first and tokens[first - 1][2].lower() in _TITLED_BY:
        return True
    opening = resume - 2
    if (
        opening >= first
        and tokens[opening][2].lower() in _TITLE_OPENING_PREPOSITIONS
        and (tokens[opening - 1][2].endswith(("'s", "\u2019s")) if opening > first else first > 0)
        and tokens[opening - 1][2] not in _CLAUSE_OPENERS
    ):
        # "on BBC Radio Ulster's Across the Line", "played Under the Bridge": a preposition capitalised inside a
        # sentence opens a title, alone or after its owner (capitalised as a sentence's first word, it is only the
        # preposition)
        return True
    end = resume
    while end < len(tokens) and _capital(tokens[end][2]):
        end += 1
    return end > resume and end < len(tokens) and tokens[end][2].lower() in _TITLED_BY


# "Lubi, as her bandmates call her, writes ...", "Nell, as everyone from her mum to her mates calls her,": a nickname
# opening a sentence, told as what others call someone
# Where a nickname ends: the clause, or a word that goes on after it ("calls him @1 because ...")
_NICK_ENDS = r"(?:\s*(?:[,.;)]|$)|\s+(?:and|but|because|since|within|on|at|in)\s)"
# "the crew calls him @1", "nobody calls her anything but @1", "@0, whom everyone calls @1", "@0, a fiddler the
# band calls @1", "@0, who grew up in @1 and whom the grips call @2": what people call someone, by a pronoun or in a
# relative clause or apposition after their name
# ("@0, a Dutch-born @1 the crew calls @2": the apposition may hold a capitalised word, a place's people, which is
# no one; whether the words between name anyone is checked on the match)
_CALLS_NAMED = linear.compile(
    r"@(?P<named>\d+)\s*,\s*(?:(?:a|an)\s+[^,;:.!?\"()]{1,60}?\s+|who\s+[^,;:.!?\"()]{1,120}?\s+and\s+)?"
    r"(?:(?:whom|who|that)\s+)?(?P<callers>(?:the\s+)?[a-z]+(?:\s+(?:here|on\s+(?:this|the)\s+[a-z]+))?)"
    r"\s+(?:calls|call|called)\s+@(?P<nick>\d+)" + _NICK_ENDS
)
_CALLS_PRONOUN = linear.compile(
    r"(?P<callers>(?:@\d+|\b[A-Za-z]+)(?:\s+[a-z]+){0,4}?)\s+(?:(?:calls|call|called|(?:were|was)\s+calling)\s+"
    r"@(?P<pronoun>\d+)\s+"
    # ("everyone in town knew him as Bo": known by a name, as called by it)
    r"(?P<but>anything\s+(?:but|other\s+than)\s+)?|(?:know|knows|knew)\s+@(?P<known>\d+)\s+as\s+)@(?P<nick>\d+)"
    + _NICK_ENDS
)
# "@0, known to everyone in @1 as @2,", "@0, affectionately known as @1.", "@0, better known as @1": another name of
# the one named before the comma, what people know them by (the people who call them so, if told, name no one;
# "best known as the detective" is a part, no name)
_KNOWN_AS = linear.compile(
    r"@(?P<named>\d+)\s*,\s*(?:(?:also|affectionately|universally|simply|locally|better|widely)\s+)?known\s+"
    r"(?:(?:to|in|among|around)\s+[^,;:.!?\"()]{1,60}?\s+)?as\s+@(?P<nick>\d+)" + _NICK_ENDS
)
# "@0, or @1, as the whole of @2 calls her,": the other name set off after "or" with who calls them so
_OR_AS_CALLED = linear.compile(
    r"@(?P<named>\d+)\s*,\s*or\s+@(?P<nick>\d+)\s*,\s*as\s+(?:[^,;:.!?\"()@]{1,60}?|[^,;:.!?\"()]{0,40}?@\d+)"
    r"\s+(?:calls|call|know|knows)\s+@\d+\b"
)
# ", who has ...", ", a mountain guide from @3 who has ...": the relative clause (after an apposition of what they are)
# presenting the one named just before
_PRESENTED_BY_WHO = linear.compile(r"\s*,\s*(?:(?:a|an|the)\s+[^,;:.!?\"@()]{1,60}?(?:\s+@\d+)?\s+)?who\s+[a-z]")
_OBJECT_BEFORE = linear.compile(r"\b(?:by|with|to|from|for|of|met|meet|meets|joined|found)\s+(?:the\s+)?$")
_RELATIVE_WORDS = frozenset({"who", "whom", "that", "which"})
# "nobody", "no one", "never", "not": a calling denied
_NOBODY = linear.compile(r"\b(?i:nobody|no\s+one|never|not|none)\b|n't\b")
# "@0 is @1 to everyone", "@0 is @1, and": someone said to be a one-word name; "@0 is @1 (a full name)": the same
_IS_NICK = linear.compile(
    r"@(?P<first>\d+)\s+is\s+@(?P<second>\d+)"
    r"(?:\s*(?:[,.;)]|$)|\s+to\s+(?:everyone|everybody|all|the\s+[a-z]+)\b)"
)
# "@0 became @1 on the first day", "@0, the drummer, had been @1 since school", "@0 - bass, Welsh - was @1 by
# lunchtime", "@0, who ... within a week, was @1 to the whole crew", "@0 plays guitar and was already @1 when",
# "she was @1 to her band", "so he has been @1 ever since", "@0 from @1 who has therefore been @2 to every crew": a
# one-word name someone is (or became, or has long been) to others, or from some time on
_BEEN = r"(?:(?:has|had|have)\s+(?:[a-z]+ly\s+|always\s+|already\s+|therefore\s+)?been|was|is|became|becomes)"
_BEEN_NICK_HINT = linear.compile(r"\b(?:been|was|is|became|becomes)\s+(?:already\s+|therefore\s+)?\p{Lu}")
_BEEN_AT = linear.compile(r"\b(?:been|was|is|became|becomes)\s+(?:already\s+|soon\s+|quickly\s+|still\s+)?@")
_BEEN_NICK = linear.compile(
    r"(?:^\W*@(?P<first>\d+)(?:\s*(?:,|\s-)\s*[^;:!?\"]{1,120}?(?:,|\s-)|\s*,\s*who\s+[^;:.!?\"]{1,80}?"
    r"|\s+(?:[a-z][\w'-]*\s+){1,4}and)?"
    r"|@(?P<who>\d+)[^;:.!?\"@]{0,40}?(?:@\d+[^;:.!?\"@]{0,60}?){0,3}\bwho"
    # ("her guitarist, @1, who within a week of landing in @2 was @3 to the crew": the name just before a relative
    # clause, which may say when or where before its verb)
    r"|@(?P<apposed>\d+)\s*,\s*who\s+[^;:.!?\"@]{1,80}?(?:@\d+[^;:.!?\"@]{0,40}?)?"
    # ("Her producer, @1, was already @2", "His steel player, a Cajun from @1 named @2, was @3,": the name set beside
    # what the subject is, as the subject)
    r"|^\W*(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Tt]he)\s+[^,;:.!?\"@]{1,40}?,\s*"
    r"(?:(?:[^,;:.!?\"@]|@\d+){1,80}?\s(?:named|called)\s+)?@(?P<described>\d+)\s*,"
    r"|(?:^\W*|\b(?:and|so|but)\s+(?:of\s+course\s+)?|@\d+\s+)@(?P<pronoun>\d+))"
    rf"\s+{_BEEN}\s+(?:already\s+|soon\s+|quickly\s+|still\s+)?@(?P<nick>\d+)"
    r"(?:\s*(?:[,.;)]|\s-|$)|\s+(?:to|by|within|since|on|from|ever|after|when|because|as|like)\b)"
)
_NAMED_BEFORE_WHO = linear.compile(r"@(?P<named>\d+)\s*,\s*who\s")
_CALLED_SO = linear.compile(
    r"^\W*(?P<nick>\p{Lu}[\p{Ll}\p{M}]+)\s*,\s*as\s+[^,;:.!?\"@]{1,80}?\s+(?:call|calls|called|know|knows)\s+"
    r"(?P<pronoun>her|him)\s*,"
)
# ", Dani to everyone,", ", Rafa to his friends,": what people call the one named before the comma
# ("(Bea to everyone in Launceston)": the same in brackets, and where those people are)
# ("Adaeze - Daze to the crew, a name she hated -", "Graciela - Chela, to her family and within a month to us - was":
# set off by dashes, the ones who call them so a crew, a band, and maybe a comma before them)
# ("Emmanuel Addo, Manny to all of us (bass section, ...), played": "all of us", and an aside in brackets after it)
_KNOWN_TO = linear.compile(
    # ("Gosia to all of us": the callers a group the teller is one of)
    r"\s*,?\s+to\s+(?:everyone|everybody|all(?:\s+of\s+(?:us|them|you))?|fans|friends|us(?:\s+all)?"
    # ("Tommy Wee to the studio regulars": a group by what they are, one word before it perhaps)
    r"|(?:his|her|their|the|our)\s+(?:(?:whole|[a-z]+)\s+)?(?:friends|mates|family|fans|bandmates|crew|band|team|"
    r"regulars|locals|staff|neighbours|neighbors|colleagues|musicians|players|kids|lads|students))"
    # ("(Seun to everyone on the street)": where, "on" a street as "in" a town)
    r"(?:\s+(?:in|at|on|from|around|back\s+home\s+in)\s+[^,;:.!?()\"]{1,40}?)?(?:\s*[,)]|\s+\(|\s+-\s|\s+and\s)"
)
# " himself (the club DJ, ": an opening bracket after a one-word name, and what they are, before their full name
_BRACKETED_AFTER = linear.compile(
    r"^(?:\s+(?:himself|herself))?\s*\(\s*(?:(?:the|our|their|his|her)\s+[^,()@\"]{1,40},\s*)?$"
)
_NAME_CLOSED = linear.compile(r"\s*[,)]")
# "X (that's Y)", "X (aka Y)", "X (i.e. Y)": the bracket says the name in it is X's other name
_SAME_BRACKETED = linear.compile(
    r"^\s*\(\s*(?:that's|that\s+is|aka|a\.k\.a\.?|also\s+known\s+as|better\s+known\s+as|i\.e\.?)\s+$"
)
_BRACKET_CLOSED = linear.compile(r"\s*\)")
_COMMA_ONLY = linear.compile(r"^\s*,\s*$")
_COMMA_OR_BRACKET = linear.compile(r"^(?:\s*[,(]|\s+-)\s*$")
_APPOSED_BRACKET = linear.compile(r"^\s*,\s*[^,;:()\"]{1,100}\(\s*$")
# "Oneil 'Scratchy' Barnes": a nickname in quotes between a first name and a surname (one word each, capitalised)
_NICKNAME = linear.compile(
    # ('Maria Eduarda "Duda" Simões': the nickname in double quotes as in single)
    r"(?:^|[\s(])\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?P<nick>\s+(?:'(?P<word>\p{Lu}[\p{L}\p{M}]+)'"
    r'|"(?P<dword>\p{Lu}[\p{L}\p{M}]+)"))'
    r"\s+\p{Lu}[\p{Ll}\p{M}]"
)


def _without_nicknames(text: str) -> tuple[str, list[tuple[int, str]]]:
    """The text with each nickname between a first name and a surname blanked out (offsets kept), and the
    nicknames with where they stood."""
    found = [(m.start("nick"), m.end("nick"), m.group("word") or m.group("dword")) for m in _NICKNAME.finditer(text)]
    if not found:
        return text, []
    pieces: list[str] = []
    end = 0
    for start, stop, _ in found:
        pieces += [text[end:start], " " * (stop - start)]
        end = stop
    pieces.append(text[end:])
    return "".join(pieces), [(start, word) for start, _, word in found]


# A Spanish exclamation or question set around a name ("told ¡Hola!", "on ¿Quién Sabe?"): the marks are the title's
# own, so the skeleton writes them into its mention ("told @1."), not as words or a sentence's end around it
_SPANISH_MARKS = {"¡": "!", "¿": "?"}


def _marked_name(text: str, mention: Mention) -> tuple[int, int]:
    """Where ``mention`` stands in ``text`` with the Spanish marks that open and close around it."""
    start, end = mention.start, mention.end
    if start and end < len(text) and _SPANISH_MARKS.get(text[start - 1]) == text[end]:
        return start - 1, end + 1
    return start, end


def _clause(text: str, mentions: list[Mention]) -> Clause:
    pieces: list[str] = []
    starts: list[int] = []
    at: list[int] = []
    shift: list[int] = []
    end = 0
    length = 0
    for number, mention in enumerate(mentions):
        mention.number = number
        first, last = _marked_name(text, mention)
        pieces.append(text[end:first])
        length += first - end
        token = f"@{number}"
        starts.append(length)
        at.append(length)
        shift.append(first - length)
        pieces.append(token)
        length += len(token)
        at.append(length)
        shift.append(last - length)
        end = last
    pieces.append(text[end:])
    return Clause(text, "".join(pieces), mentions, starts, at, shift)
