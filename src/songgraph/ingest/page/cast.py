"""The music video's cast as a clause tells it: who plays whom.

"X as a sailor", "stars actor X as ...", "X appears as herself", "a cameo from X playing himself",
"X plays the compass maker", "with X in the role of ...", "the role of ... is played by X", and several in
one clause ("follows X as ... and Y as ..."). A part starts like one ("a", "the", "his", a possessive name,
"herself") and ends where the clause does; a person in a denied clause ("does not feature X") is not cast.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from songgraph.ingest import linear
from songgraph.ingest.page.clauses import (
    ADDRESS,
    AND_NEXT_VERB,
    CLERICAL_TITLE,
    GROUP_NOUNS,
    KEEPER_NOUNS,
    MENTION,
    NATION_WORDS,
    PERSON_ROLE,
    PLURAL_PRONOUNS,
    ROLE_NOUNS,
    VENUE_NOUNS,
    Clause,
    Mention,
    before_contact_clause,
    people_plural,
    person_noun,
)
from songgraph.ingest.pagetext import WHEN_NAMES, known_country, squash
from songgraph.text import fold

_P = r"@\d+"
# A part is at most this long (a clause without an end must not make one read the rest of the page).
MAX_ROLE = 300
# ("myself": in a quote, its speaker as themself, "I appear as myself"; "as Ms X's aunt": whose relation the part is,
# told with the title of address the page gives them)
# ("cast as young Wyatt": someone the page names, at an earlier age, with no article)
_ROLE_START = (
    rf"(?:(?:a|an|the|his|her|their|its|one|two|three|himself|herself|themselves|myself|ourselves)\b|{_P}(?:'s)?"
    rf"|{ADDRESS}\s+{_P}(?:'s)?|(?:young|younger|teenage|little)\s+{_P}(?:'s)?)"
)
# A clause of when after "as" ("as the cab winds along a coast road"): its subject, then a verb of going before a
# preposition of where, which a plural noun of a part does not take ("as the village elders" stays a part)
_WHEN_CLAUSE = (
    # (one word at most before the verb: "a baker carrying loaves across the ice" is a part, its participle's object
    # before the preposition)
    r"(?:the|a|an|his|her|their|its)\s+(?:[a-z][\w'-]*\s+)?[a-z]{2,}s\s+"
    # ("as the car pulls away.": the clause may end on its adverb)
    r"(?:through|across|past|along|towards?|around|away|off)\b"
)
_STARTS_WHEN_CLAUSE = linear.compile(rf"^{_WHEN_CLAUSE}")
# A clause of manner after "as" ("as the director wanted", "as her agent had asked her to"): someone's wish or word
# that things went by, its verb ending the phrase, no part ("a man wanted by the police" goes on past the verb)
_MANNER_CLAUSE = linear.compile(
    rf"^(?:(?:the|a|an|his|her|their|its|my|our|{_P}(?:'s)?)\s+(?:[a-z][\w'-]*\s+)?[a-z][\w'-]*|{_P})\s+"
    r"(?:(?:had|has|have|would|did)\s+)?(?:wanted|asked|intended|suggested|insisted|hoped|requested|promised|planned|"
    rf"demanded|said|predicted|feared|expected|wished)(?:\s+(?:it|him|her|them|us|me|so|{_P})(?:\s+to)?|\s+to)?\s*$"
)
# When in the video, by a stretch of it ("in the last scene"), which tells no part
# ("in the final market scene": the scene named by where it is set, one word before its noun)
_SCENE_WHEN = (
    r"(?:in|during)\s+the\s+(?:very\s+)?(?:final|last|closing|opening|flashback|dream)\s+"
    r"(?:[a-z][\w-]*\s+)?(?:scenes?|shots?|seconds|moments|sequences?)"
)
# After the part, more stretches of the video than ``_SCENE_WHEN``'s (before "is played by" the facts keep "the old
# fisherman in the harbour scenes" whole)
# ("in the present-day scenes", "in the wedding scenes": a set of the video's scenes, named by what they show or when
# they are set; "a man seen in the kitchen scenes of an old film" is checked after as the others are)
# ("plays the girl's mother in both timelines": the video's two stretches of time, both of which the part is in)
_SCENES_WHEN = (
    rf"(?:{_SCENE_WHEN}|(?:in|during)\s+the\s+(?:[a-z][\w-]*\s+){{1,2}}(?:scenes|sequences)"
    r"|in\s+both\s+(?:the\s+)?(?:timelines|storylines|eras|halves|stories))"
)
# Where a part ends: punctuation, the next cast member, or a clause word (matched, not looked ahead at).
_ROLE_END = (
    # a dash set off by spaces opens an aside or a new clause ("as a lonely sailor - and yes, that is ..."); a hyphen
    # inside a word ("mission-control", "the Lagos-Ibadan road") has none
    rf"(?:[,;:.!?()\"]|\s+-\s"
    # ("and spends most of her scene dancing": a second verb of the subject's, its object a share of something, which
    # no plural noun of the part takes after it; before the co-star's name below, which "her" would be read as)
    r"|\s+and\s+[a-z]{2,}s\s+(?:most|much|half|all|part|some|none)\s+of\s"
    rf"|\s+(?:and|with|alongside|while)\s+(?:[\w-]+\s+){{0,3}}{_P}"
    # "opposite" is a co-star only before the name or a determiner and a word or two before it: "on opposite sides
    # of Paris", "at opposite ends of the bar" (a plural noun right after it) are where, still the part
    rf"|\s+opposite\s+(?:(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){{0,2}})?{_P}"
    # ("a student with a friend of her sister X": a name further into the "with" phrase is still someone with the
    # part, or someone's relation, not the part's own words; a mention before a noun, "across her cheek", is whose
    # the noun is)
    rf"|\s+with\s+(?:[\w-]+\s+){{4,6}}{_P}(?:\s*$|\s*[,;:.!?()\"]|\s+(?:and|who|whom|as|in|at|on|from|while)\b)"
    r"|\s+(?:who|whose|which|that|while|when|where|in\s+a\s+cameo|respectively|throughout)\b"
    # "plays a nurse and the doctor is played by X": the next part, told the other way round
    r"|\s+and\s+(?:the|a|an|his|her|their)\s+(?:[^@,;.()]|@\d+){1,80}?\s+(?:is|was|are|were)\s+(?:played|portrayed)\s+by\b"
    # "plays a worker and the other three play passengers": others cast in a clause of their own ("and his wife, X,
    # plays the bride": with the name of one of them set off by commas)
    r"|\s+and\s+(?:the|his|her|their|all|both)\s+(?:[\w'-]+\s+){0,3}?(?:[\w'-]+\s*,\s*@\d+\s*,\s+)?"
    r"(?:play|plays|appear|appears|turn\s+up|turns\s+up|(?:is|are)\s+cast|star|stars)\s"
    # ("stars A as a teacher and her father, B, as himself": the next one's part, its verb gapped, after their name set
    # off by commas)
    r"|\s+and\s+(?:the|his|her|their)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s*,\s*@\d+\s*,\s+as\s"
    # "before the club closes", "after his shift": where the scene goes on; "his last shift before retirement"
    # (a bare noun after it) is still the part
    rf"|\s+(?:before|after|until)\s+(?:(?:the|a|an|his|her|their|its|he|she|they|we|it|one)\b|{_P}|[a-z][\w-]*\s+[a-z])"
    r"|\s+in\s+(?:the|this)\s+(?:music\s+)?(?:video|clip|film)\b|\s+in\s+it\b"
    # "appear as two dancers in the last scene": when in the video, not the part, ending the clause ("a man seen in
    # the last scene of an old film" is the part's own phrase; "in the flashback scenes", "in the dream sequence":
    # which stretch of the video, told by its kind)
    # ("themselves as the cab winds along a coast road": "as" opening a clause of when)
    rf"|\s+as\s+{_WHEN_CLAUSE}"
    rf"|\s+{_SCENES_WHEN}"
    # ("as the organist in the closing scene inside the church": when, then where that scene is set, by a preposition
    # of place, which "of" is not: "a man seen in the last scene of an old film")
    r"(?:\s*[,;:.!?()\"]|$|\s+(?:inside|outside|at|on|aboard|beside|within)\s)"
    # ("plays her mother in a short flashback scene set in the kitchen", "in a series of flashbacks": a flashback is
    # always a stretch of the video, whatever is told of it after; "in a series of dreamlike flashbacks": one word of
    # what kind before it, which a flashback's stretch still is)
    r"|\s+(?:in|during)\s+(?:(?:a|the|one|some|several|two|three)\s+)?"
    r"(?:(?:short|brief|quick|long|series\s+of|couple\s+of|few|number\s+of)\s+){0,2}(?:[a-z][\w-]*\s+)?flashbacks?\b"
    # "plays the concierge and gets the last word": a second verb of the subject's, with its object (a plural noun
    # after "and" takes no article after it: "a nurse and doctor", "the bride and bridesmaids")
    # (in the present, as a video's story is told: "played the opening bars and explained the title" is what someone
    # did, not a part)
    r"|\s+and\s+(?:also\s+|finally\s+)?[a-z]{2,}s\s+"
    r"(?:the|a|an|his|her|their|its|him|them|it|up|out|off|away|back|home|into|over)\b"
    # ("a passenger in a red coat and sleeps through the song", "and wanders across the set": a second verb of the
    # subject's before a preposition of where or how long, which a plural noun of the part does not take)
    r"|\s+and\s+[a-z]{2,}s\s+(?:through|across|past|along|towards?)\s"
    # ("plays the bride's father and looks heartbroken", "and quietly steals the show": a second verb of how they seem,
    # or one after an adverb, which no noun of a part takes)
    r"|\s+and\s+(?:looks|seems|sounds|feels|stays|remains|grows|becomes)\s"
    # ("It stars X as a keeper's daughter and was filmed on the pier": a second verb of the sentence's subject, in the
    # passive, which a part's noun phrase does not hold outside a relative clause)
    r"|\s+and\s+(?:is|was|are|were)\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|[a-z]{2,}en|shot|made|set|shown|sung)\s"
    r"|\s+and\s+(?:quietly|promptly|duly|nearly|really|only|finally|eventually|briefly|rather|somehow)\s+[a-z]{2,}s\s"
    # ("plays a commuter late for a train and never once looked late in real life": an adverb of how often, which
    # opens no noun of a part, starts a second verb of the subject's in any tense)
    r"|\s+and\s+(?:never|always|seldom|rarely|hardly|barely|scarcely)\s"
    # told in the past after "then" ("played the opening bars on his porch and then explained the title")
    r"|\s+and\s+then\s+[a-z]{2,}ed\s+(?:the|a|an|his|her|their|its|him|them|it|up|out|off|away|back|home)\b"
    # "two rival riders at a county fair": where the scene is, not the part; "her rival on the opposing team":
    # which side (but "commuters stuck on a stalled train" is the part; so is "stranded on the wrong side of the bay",
    # the side of a place, told by "of", where they are)
    # ("plays a waitress at her family's restaurant": a possessive's place is the scene's as an article's is)
    r"|\s+at\s+(?:a|an|the|his|her|their)\s|\s+on\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
    r"(?:team\b|squad\b|side(?:\s*$|\s*[^\w\s]|\s+(?:[^o\s]|o[^f]|of\w))))"
)
_VERBS = (
    r"(?:appears?|appearing|stars?|starring|is|was|are|were|cast|features?|cameos?|cameoing|guest[- ]stars?|"
    r"co-stars?|"
    # "got cast as the cook": cast, told with "get" as with "be"
    r"(?:gets?|got|getting)\s+cast|"
    # "was roped in as the village blacksmith", "got drafted in as a waiter": brought into the cast for a part
    r"(?:(?:is|was|are|were|gets?|got|been)\s+)?(?:roped|drafted)\s+in|"
    # "turns up behind the bar of the pub as herself": where in the scene, after turning up
    r"(?:turns?|turned|shows?|showed|pops?|popped)\s+up\s+(?:behind|outside|inside|near|at|in|on)\s+(?:the|a|an)\s+"
    r"(?:[a-z][\w'-]*\s+){0,5}?[a-z][\w'-]*|"
    # "appears in the doorway as the man": the same with appearing, where in the scene in a few words (checked on the
    # match: no picture, record or show, "appears on the album as a guest", which is no scene of the video)
    r"(?:appears?|appeared)\s+(?:behind|outside|inside|near|at|in|on)\s+(?:the|a|an)\s+(?:[a-z][\w'-]*\s+){0,2}?"
    r"[a-z][\w'-]*|"
    # ("can be glimpsed in the crowd scene as a woman selling corn": seen somewhere in it, the same, in plain words:
    # "spotted in a blink-and-you'll-miss-it shot as" is no scene)
    r"(?:can\s+be|is|was|are|were)\s+(?:seen|glimpsed|spotted)\s+(?:behind|outside|inside|near|at|in|on)\s+"
    r"(?:the|a|an)\s+(?:[a-z]+\s+){0,2}?[a-z]+|"
    # "turns up, hat tipped low, as the landlord": a short aside of a few lower-case words, set off by commas, after
    # turning up (after a name it is an apposition: "Ona Pike, a jockey, as")
    # ("pops up too, lantern in hand, as": one more of those in it, then the aside)
    r"(?:turns?|turned|shows?|showed|pops?|popped)\s+up(?:\s+too|\s+as\s+well)?\s*,\s*[a-z][\w'-]*(?:\s+[a-z][\w'-]*){1,3}\s*,|"
    r"shows?\s+up|turns?\s+up|pops?\s+up|popping\s+up|turning\s+up|showing\s+up|"
    # "drops by as a fortune teller", "drops in as a wedding planner": a short visit to the video, in a part
    r"drops?\s+(?:by|in)|dropped\s+(?:by|in)|dropping\s+(?:by|in)|"
    # "makes a brief appearance as a swimmer", "has a cameo as himself" ("I have a cameo as": in a quote, its speaker)
    # ("puts in a brief appearance as a swimmer": an appearance put in, as one made)
    r"(?:makes?|made|making|has|have|had|having|gets?|got|getting|(?:puts?|putting)\s+in)\s+an?\s+"
    # ("a blink-and-you'll-miss-it cameo as": how brief, in a phrase of words joined by hyphens)
    r"(?:brief\s+|short\s+|small\s+|tiny\s+|quick\s+|fleeting\s+|guest\s+|special\s+|[a-z]+(?:-[a-z']+){2,5}\s+)?"
    # ("I have a brief cameo, as a man sheltering": the comma may set the part off from the cameo)
    # ("A and B have a cameo together as an old couple": the two in one part, in one scene)
    r"(?:cameo(?:\s+appearance)?|appearance)(?:\s+together)?(?:\s*,)?|"
    # ("A and B appear together as twins", "turn up together as": the same, told by appearing)
    r"(?:appears?|appeared|appearing|(?:turns?|turned|turning|shows?|showed|pops?|popped)\s+up)\s+together|"
    # ("has a sweet cameo as", "makes a wordless cameo as": any one word of what the cameo is like, a cameo being
    # a part whatever it is called; not so before "appearance", which may be how someone looks: "has a striking
    # appearance as a child")
    r"(?:makes?|made|making|has|have|had|having|gets?|got|getting)\s+an?\s+[a-z]{3,}\s+cameo|"
    # "drops in for a cameo as a fussy customer": a short visit to the scene, told as one (not bare: "drops in as
    # the sun sets" tells when; "turns up for a short cameo as": the same visit)
    r"(?:(?:drops?|dropped|dropping|pops?|popped|stops?|stopped)\s+(?:in|by)|(?:turns?|turned|shows?|showed)\s+up)"
    r"\s+for\s+an?\s+(?:brief\s+|short\s+|quick\s+"
    r"|fleeting\s+)?(?:cameo(?:\s+appearance)?|appearance)|"
    # "has a small role as the old man"
    # ("has a walk-on part as a waiter": a part with a line or none)
    r"(?:has|had|having|plays|played|takes|took)\s+an?\s+(?:small|minor|brief|short|bit|supporting|tiny|walk-on|"
    r"non-speaking|speaking|silent)\s+"
    r"(?:role|part)|"
    # ("has a walk-on as a fisherman": the walk-on itself, a part with no line, "part" left unsaid)
    r"(?:has|had|having|gets?|got|getting)\s+an?\s+(?:brief\s+|short\s+|silent\s+)?walk-on|"
    # "the director gives herself a cameo as a bus conductor"
    r"(?:gives?|gave|giving)\s+(?:himself|herself|themselves)\s+an?\s+(?:brief\s+|short\s+|small\s+)?(?:cameo|part|role)|"
    # "I am in it too, as a delivery man"
    r"am|"
    # ("can be spotted in a blink-and-you'll-miss-it cameo as": how brief, in a phrase of words joined by hyphens)
    r"in\s+an?\s+(?:(?:brief|short|fleeting|small|quick)\s+|[a-z]+(?:-[a-z']+){2,5}\s+)?cameo|"
    # "can be glimpsed as a removal man", "is spotted as": seen in the video as the part
    # ("can briefly be seen as the conductor", "can also be spotted as": how long or how else, between the modal and
    # "be")
    r"(?:can\s+(?:briefly\s+|also\s+|just\s+|even\s+)?be|is|was|are|were)\s+(?:seen|glimpsed|spotted)|also|briefly|"
    # ("is featured as a retired lineman": the passive of "the video features X as")
    r"(?:is|was|are|were)\s+(?:also\s+)?featured|"
    r"only|even|again|"
    # "leads the cast as a driver"
    r"(?:leads?|led|heads?|headed|fronts?|fronted)\s+the\s+cast|"
    # "steals every scene as herself", "stole the show as the landlady": standing out in a part
    # ("steals every single scene she is in as": the scenes she is in, told in a clause of their own)
    r"(?:steals?|stole|stealing)\s+(?:the\s+show|the\s+video|the\s+scene|(?:every|each)\s+(?:single\s+)?scene"
    r"(?:\s+(?:@\d+|he|she|they)\s+(?:is|was|are|were|appears|appeared)\s+in)?)|"
    # "and Rios herself as a taxi driver": the person stressed, not a part
    r"himself|herself|themselves)"
)
# "the lead role of", "the title part of": the words for a part, not the part
_LEAD = r"(?:(?:lead|leading|main|title|starring|central|principal)\s+)?"
# Appearing somewhere before "as" ("appears in the doorway as"): the words after it must tell a scene of the video
_APPEARS_WHERE = linear.compile(
    r"\b(?:appear(?:s|ed)?|seen|glimpsed|spotted)\s+(?:behind|outside|inside|near|at|in|on)\s+(?:the|a|an)\s+"
    r"[a-z]"
)
# "Eda Fenn, a friend of the band, makes a cameo as herself": an apposition between the person and the verb
# (after one, or a comma, a bare "as" is not enough: "directed by Gil Moss, as a tribute")
# ("Ottilie Marchetti, who was eleven when it was filmed, plays ...": a relative clause is one too)
# ("X, drumming on a canoe, appears as himself", "X, in a role that asks little, appears as", "X, by now a local
# celebrity, turns up as", "X, in front of the camera for once, turns up as": an aside of what they do, of the part,
# of where they are for it, or of what they were by then; "X, at eighty-one,
# makes an appearance as himself": an aside of age, naming no one)
# ("X (yes, THAT X, from the soap) shows up as", "X (Rafa's partner in real life) has a cameo as": an aside in brackets)
# ("X, then an unknown drama student and now a star, stars as": what they were then, or are now, before the verb;
# not "X, then Y, appear as", where a name after "then" is the next one of a list)
_APPOSITION = (
    # ("Father X, our pastor, has a cameo as": the teller's or the parish's own, "our", "my", as "his" is)
    # ("X, whom I had hired in Leeds, plays": a relative clause whose object they are)
    rf"(?:\s*,\s*(?:a|an|the|his|her|their|our|my|who|whom|whose|{_P}'s|in\s+(?:an?|the|his|her|their|{_P}(?:'s)?|front\s+of)|"
    # ("X, to whom the song owes so much, has a cameo as": a relative clause whose object they are, as for a glimpse)
    r"by\s+(?:now|then)|(?:to|for|with)\s+whom|"
    # ("X, never one to turn down a free dinner, turns up as": what kind of one they always were, or never)
    r"(?:never|always|not|ever|forever)\s+(?:one|the\s+one|a|an|the)|"
    rf"[a-z]{{2,}}ing)\s[^,;.()]{{0,80}}?,"
    rf"|\s*,\s*(?:then|now|later|once|formerly|at\s+the\s+time)\s+(?:{_P}'s\s|[a-z0-9])[^,;.()]{{0,80}}?,"
    # ("X, who is, as Y promised, Z's cousin, appears as": a relative clause with the teller's aside of "as" inside it)
    r"|\s*,\s*who\s[^,;.()]{0,80}?,\s*as\s[^,;.()]{1,60}?,\s*[^,;.()]{1,80}?,"
    # ("X (Nonna Pina to the whole town, apparently), steals the show as": an aside in brackets, a comma after it)
    r"|\s*\([^()]{1,120}\)(?:\s*,)?"
    r"|\s*,\s*(?:with|at|aged)\s[^@,;.()]{0,40}?\b(?:years?|years\s+old|[a-z]+-[a-z]+|\d+)\s*,"
    # ("X, fittingly, appears as herself": an adverb set off by commas, a comment on the casting)
    # ("X, meanwhile, makes a cameo as", "X, however, appears as": a connective of one word that links the sentence to
    # the one before, the same aside)
    r"|\s*,\s*(?:[a-z]{3,}ly|meanwhile|however|though|too|also|instead|likewise|again)\s*,"
    # ("X, best known as the minister in the drama "Y", plays", "X, familiar to audiences from Z, plays": what they
    # are known as or for, which may name a work or a place)
    r"|\s*,\s*(?:(?:best|better|widely|most)\s+)?(?:known|familiar|remembered|famous)\s+(?:to|as|for|from)\s"
    r"[^,;.()]{0,100}?,"
    # ("Bernie, of course, appears as herself", "X, as ever, turns up as": the same told by a set phrase)
    # ("X, for her part, appears as": the subject's share, after others' were told)
    r"|\s*,\s*(?:of\s+course|as\s+(?:ever|always|usual)|for\s+(?:his|her|their|its|@\d+)\s+part)\s*,"
    # ("X, I am glad to say, appears as", "X, I'm told, turns up as": the teller's own aside about the casting, a
    # feeling then a verb of telling, naming no one else)
    rf"|\s*,\s*{_P}(?:\s+am|'m)\s+(?:(?:delighted|pleased|glad|happy|proud|thrilled|sorry|sad|amused)\s+to\s+"
    r"(?:report|say|add|note|tell\s+you)|told)\s*,"
    # ("X, bless her, is cast as": the teller's blessing, whose pronoun is the subject's and no one else's)
    r"|\s*,\s*(?:(?:God|god|heaven)\s+)?bless\s+(?:her|him|them|@\d+)(?:\s+heart)?\s*,"
    # ("the uncle - X, it turns out - turns up as": a comment of the teller's on who it is, closed by a comma or dash)
    r"|\s*,\s*(?:it\s+(?:turns|turned)\s+out|it\s+(?:seems|seemed|emerges|emerged)|as\s+it\s+(?:happens|happened))"
    r"\s*[,-]|\s*,)"
)
_PLAYING = (
    # ("plays the part of a nurse": the part after its words, tried before the verb alone would take them as the part)
    # ("got the part of", "landed the role of": given the part, as "gets the part of" is)
    rf"(?:(?:in|takes\s+on|took\s+on|plays|played|playing|play|gets|got|landed|lands|won|wins)\s+the\s+{_LEAD}"
    r"(?:role|part)\s+of"
    # "play" of several, or of a band ("The band play the wedding band")
    r"|playing|plays|play|played|portrays|portraying|portrayed"
    # "takes the role of the owner" (but "takes the part of the chorus" is singing it)
    rf"|(?:takes|took|taking)\s+the\s+{_LEAD}role\s+of"
    # "does the role of the old owner": doing a part is playing it
    rf"|(?:does|did|doing)\s+the\s+{_LEAD}(?:role|part)\s+of"
    # "takes the part of a lost tourist": a part of someone (checked on the match: "a" or "an" starts it)
    rf"|(?:takes|took|taking)\s+the\s+{_LEAD}part\s+of)"
)
# "takes the part of": before a part that starts "a" or "an", playing someone; "takes the part of the chorus", "took
# the part of her sister" may be singing a line or siding with someone
_TAKES_PART = linear.compile(
    r"\b(?:takes|took|taking|gets|got|landed|lands|won|wins)\s+the\s+(?:[a-z]+\s+)?part\s+of\s+$"
)
_SOMEONE = linear.compile(r"^(?:a|an)\s")
_NAMED_ONE = linear.compile(r"^\s*@(\d+)\s*$")
# ("takes the part of the caller", "the part of the bride's mother": "the" someone, when the words are no sung part's
# nor anyone's side)
_THE_ONE = linear.compile(r"^the\s+(?:[a-z][\w'-]*\s+){0,3}?(?P<head>[a-z][\w-]*)$")
_SUNG_PARTS = frozenset(
    {"chorus", "verse", "verses", "melody", "harmony", "harmonies", "line", "lines", "solo", "bridge", "hook"}
    | {"refrain", "part", "parts", "lead", "vocal", "vocals", "tune", "song", "choir", "band", "descant", "underdog"}
    | {"argument", "case", "side", "team", "crowd", "audience", "group"}
)
# "turns up in the closing scene, as herself": when in the video, between the verb and the part
_WHEN_IN = (
    # ("turns up in the final scene as the driver": the comma may be left out; "in its final scene": the video's)
    # ("can be seen in the second verse as the old man": where in the song, by its part)
    # ("appears only in the last minute, as a hitchhiker": the last of the video, by its minute, and only then)
    # ("in the last few seconds": a few of them)
    r"(?:\s+(?:only\s+)?(?:in|during)\s+(?:the|its)\s+(?:final|last|closing|opening|first|second|third)\s+(?:few\s+)?"
    r"(?:scenes?|shots?|seconds|minutes?|moments|verse|chorus|bridge)\s*,?"
    # "is in it too, as": being in the video, then the part
    # ("features in it as a conductor": the comma may be left out before "as")
    # ("the choir are in it too, of course, as themselves": a set phrase of the teller's after that comma)
    r"|\s+in\s+(?:it|the\s+(?:music\s+)?(?:video|clip))(?:\s+too|\s+as\s+well)?\s*,?"
    r"(?:\s*(?:of\s+course|as\s+(?:ever|always|usual)|naturally)\s*,)?"
    # "stars alongside her as a second nurse": beside whom, then the part (checked on the match: a pronoun after a verb)
    r"|\s+(?:alongside|opposite|beside)\s+@\d+\s*,?"
    # "has a cameo too, as a passenger": the verb's "too", then the part
    # ("appears only briefly, as the voice on the radio": how long, with the comma the same)
    r"|\s+(?:too|as\s+well|briefly|fleetingly)\s*,"
    # "with X in the passenger seat as the son", "in the background as a waiter": where in the frame they are, by a
    # seat or the frame's own depth, then the part
    r"|\s+in\s+the\s+(?:(?:passenger|back|front|driver's|rear)\s+seat|background|foreground)\s*,?"
    # "is there too, playing himself": being there, in the video, then the part
    r"|\s+there(?:\s+too|\s+as\s+well)?\s*,"
    # "X, in his first screen role, as the lamplighter": an aside about the part after the name
    r"|\s*,\s*in\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,4}?(?:role|part|appearance|debut)\s*,"
    # "turns up near the end as a snowplough driver": when, told by the end or the start, with or without a comma
    # ("turns up right at the end as": the same, narrowed by "right" or "just")
    r"|\s+(?:(?:right|just)\s+)?(?:near|at|towards?)\s+the\s+(?:very\s+)?(?:end|start|beginning)"
    r"(?:\s+of\s+the\s+(?:music\s+)?(?:video|clip))?\s*,?"
    # "turns up halfway through as a waiter", "appears midway through the clip as": when, told by how far into the
    # video, with or without a comma
    r"|\s+(?:halfway|half-way|midway|partway|part-way)\s+through(?:\s+the\s+(?:music\s+)?(?:video|clip))?\s*,?"
    # ("appears throughout as the postwoman", "is seen throughout the clip as": for the whole of the video)
    r"|\s+throughout(?:\s+the\s+(?:music\s+)?(?:video|clip))?\s*,?"
    # "turns up for his verse as a magician": for which of the song's parts, then the part
    r"|\s+for\s+(?:his|her|their|its)\s+(?:own\s+)?(?:verse|verses|rap|solo|chorus|bridge|cameo|scene|scenes|line|lines)"
    r"\s*,?"
    # "appears in every scene as a painter": how much of the video, then the part
    r"|\s+in\s+(?:every|each)\s+(?:scene|shot|frame)\s*,?"
    # "appears in his old uniform as the fire chief": what the person wears, their own clothes told by "his" or "her"
    # and a word or two of which, then the part
    r"|\s+in\s+(?:his|her|their|full)\s+(?:[a-z][\w-]*\s+){0,2}?(?:uniforms?|costumes?|dress|dresses|suits?|gowns?"
    r"|robes?|overalls|coats?|jackets?|helmets?|apron|aprons|habit|habits|regalia|finery)\s*,?"
    # "turns up for about four seconds as a waiter": how long on screen, then the part
    r"|\s+for\s+(?:(?:about|maybe|just|only|barely|roughly|around|perhaps|all\s+of)\s+)?(?:a\s+few|a\s+couple\s+of|"
    r"\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:seconds?|secs|minutes?|frames?|shots?)\s*,?)"
    # ("I am in it too, for about four seconds, as a man": two of these asides, one after the other)
    r"{0,2}"
)
# "appears, very awkwardly, as a tourist": how one appears, an adverb (and a word grading it) set off by commas
# after the casting verb (not after the name alone: "directed by X, quite cheaply, as a favour" casts no one)
# ("appears, too, as himself": one more of those in it, the same aside of one word)
_MANNER = (
    r"\s*,\s*(?:(?:(?:very|rather|quite|somewhat|almost|most|so|a\s+little|a\s+bit)\s+)?[a-z]{3,}ly|too|also|again)\s*,"
)
# "X is magnificent as the night porter", "X is quietly devastating as": a reviewer's word of praise for how the part
# is played, between being and "as" (a word of how one is known or listed, "is known as", "is credited as", is none)
_PRAISED = (
    r"(?:(?:very|so|quite|simply|just|utterly|quietly|wonderfully|terribly|genuinely|truly|[a-z]{3,}ly)\s+)?"
    r"(?:magnificent|superb|wonderful|terrific|excellent|brilliant|marvell?ous|great|good|fine|perfect|moving|funny|"
    r"hilarious|touching|convincing|unforgettable|extraordinary|remarkable|splendid|memorable|riveting|tremendous|"
    r"outstanding|delightful|lovely|unrecogni[sz]able|sensational|fantastic|mesmeri[sz]ing|devastating|chilling|"
    r"menacing|heartbreaking|impressive|glorious|believable|credible|irresistible|formidable|charming|tender)"
)
# (not "asked to play", "offered to play", "agreed to play": a part not yet sure to be played)
# ("X gets to play a bus driver": the part is had, and played)
_WILLING = (
    r"(?:\s+(?:was|were|is|are)\s+(?:finally\s+)?persuaded\s+to(?:\s+appear)?"
    r"|\s+(?:(?:also|finally)\s+)?(?:gets|got)\s+to(?:\s+appear)?)?"
)
_AS = linear.compile(
    # ("I'm in it as": in a quote, the speaker's "I" and the contraction's "am")
    # ("X gamely appears as", "X reluctantly plays": how, an adverb before the verb; "X was persuaded to play": a
    # part taken on after being asked; "X was persuaded to appear as": the same, told by appearing)
    rf"(?P<person>{_P})(?:(?:'m)?(?:\s+[a-z]{{3,}}ly)?(?:(?:\s+{_VERBS}){{0,3}}|{_WILLING}){_WHEN_IN}\s+(?:as|{_PLAYING})"
    rf"|(?:\s+{_VERBS}){{1,3}}{_MANNER}\s+as"
    rf"|\s+(?:is|was|are|were)\s+{_PRAISED}\s+as"
    # ("a cameo from X, too, playing a choir leader": one more of those in it, set off by commas, then the part told
    # by "playing" (not "as": "directed by X, too, as a favour" casts no one)
    r"|\s*,\s*(?:too|as\s+well)\s*,\s+playing"
    # ("my nan, X, is in it as": after an apposition too, when in the video between the verb and "as")
    # ("X himself, then 76, makes a cameo as": the name made emphatic first)
    rf"|(?:\s+(?:himself|herself|themselves))?{_APPOSITION}(?:\s+[a-z]{{3,}}ly)?(?:(?:\s+{_VERBS}){{0,3}}\s+{_PLAYING}|(?:\s+{_VERBS}){{1,3}}{_WHEN_IN}\s+as)"
    rf"|\s*\(\s*(?:as|playing)"
    # ("X's in it as a rider": "is" contracted onto the name, see ``_IS_CONTRACTED``)
    r"|'s\s+(?:also\s+)?in\s+(?:it|the\s+(?:music\s+)?(?:video|clip))\s+as)\s+"
    rf"(?P<role>{_ROLE_START}.{{0,{MAX_ROLE}}}?){_ROLE_END}"
)
# "X's in it as a rider": "is" contracted onto the name, told by being in the video as a part, which no one owns (the
# name's mention reads as a possessive)
_IS_CONTRACTED = linear.compile(r"'s\s+(?:also\s+)?in\s+(?:it|the\s+(?:music\s+)?(?:video|clip))\s+as\s")
# "X herself is heard rather than seen until the final shot, appearing then as a voice on the radio": the subject's
# participle after its clause (of being or staying somehow, naming no one else) gives the subject's part
_LATER_APPEARING = linear.compile(
    rf"(?P<person>{_P})(?:\s+(?:himself|herself|themselves))?\s+(?:is|was|are|were|stays|stayed|remains|remained)\s+"
    r"[a-z][^@,;.()\"]{0,100},\s*(?:appearing|turning\s+up|showing\s+up)"
    r"(?:\s+(?:then|later|only|finally|briefly|at\s+last))?\s+as\s+"
    rf"(?P<role>{_ROLE_START}.{{0,{MAX_ROLE}}}?){_ROLE_END}"
)
# "the only people who ...", "the one who ...": a word for anyone at all, whom only a relative clause after it tells
_NO_ONE_IN_PARTICULAR = linear.compile(r"(?:the|a)\s+(?:only\s+)?(?:ones?|people|person)\b")
# "... is the brothers' mother, X, as herself.": the one named, then a comma, then themselves as the part (a bare
# "as" after a comma is no part: "directed by X, as a tribute"; one playing oneself is)
_COMMA_AS_SELF = linear.compile(
    # ("our treasurer, X, as himself, fussing over his telescope": what they do there, a participle's phrase after it)
    # ("follows X, as herself, through a rainy night": where the scene takes them, a preposition of place or way)
    rf"(?P<person>{_P})\s*,\s+as\s+(?P<role>himself|herself|themselves|themself)\s*(?:[.;!]|$|,\s+[a-z]{{2,}}ing\s"
    r"|,\s+(?:through|across|along|around|past|into|down|up|over)\s)"
)
# "X appears on the far bank as herself", "X reads the news on the radio as himself": the subject, one verb of the
# scene and what and where it is done (naming no one but by "his" or "her": "in the corner of her shop"; no
# punctuation but a comma before "as"), then themselves as the part, closing the clause or before the next one joined
# on (", and Y plays ..."; checked on the match: the subject opens the sentence or a clause of a list of parts, the
# words between name no one else, and nothing denies it). Only a reflexive part: after a verb's object, "as a boy" may
# be what the object is.
_DOING_AS_SELF = linear.compile(
    rf"(?P<person>{_P})\s+(?:also\s+|then\s+|just\s+)?[a-z]{{3,}}(?:s|ed)\s+(?P<doing>[a-z][^,;:.!?()\"]{{0,80}}?)"
    r"\s*,?\s+as\s+"
    # ("wades across the frame as himself, holding a ball": what they do there, a participle's phrase after it)
    # ("walks in as himself, asks for directions, and walks out": the next of a series of the subject's verbs)
    r"(?P<role>himself|herself|themselves|themself)\s*(?:[.;!]|$|,\s+(?:and|while|but)\s|,\s+[a-z]{2,}ing\s"
    r"|,\s+[a-z]{3,}s\s[^@;.!?]{1,120}?,?\s+and\s+(?:then\s+)?[a-z]{3,}s\s)"
)
_OWNING_PRONOUNS = frozenset({"his", "her", "their", "its"})
# (the subject opening a sentence or a later clause of a list of parts: "..., Y plays a nurse, and X reads ...";
# "In the last shot, the actor X walks in": after what they are, a few words after an article)
_CLAUSE_OPENS = linear.compile(r"(?:^\W*|[,;]\s+(?:and\s+)?|\s+and\s+)(?:(?:the|an?)\s+(?:[\w'-]+\s+){1,3})?$")
# "Two people are in it: the actor X, as a night porter, and (2) the dancer Y, ...": a member of a list after a colon
# whose lead tells who is in the video, each member's part set off by a comma after their name (checked on the match:
# the list's lead, and what opens the member; "directed by X, as a tribute" casts no one)
_LISTED_COMMA_AS = linear.compile(
    rf"(?P<person>{_P})\s*,\s+as\s+(?P<role>(?:a|an|the|his|her|their|himself|herself|themselves)\b.{{0,{MAX_ROLE}}}?)"
    rf"{_ROLE_END}"
)
# (what opens a member of such a list: the colon, or a comma or "and" after the member before, a number in brackets,
# and a few words of what the member is)
_LIST_MEMBER_OPENS = linear.compile(
    r"(?::|;|,|,?\s+and)\s+(?:\(\d+\)\s+|\d+\)\s+)?(?:(?:the|a|an|our|their|his|her)\s+(?:[\w'-]+\s+){0,3}?)?$"
)
# (the lead before the colon: being in the video, appearing or being cast)
_IN_IT_LEAD = linear.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:also\s+)?in\s+(?:it|the\s+(?:music\s+)?(?:video|clip))|appears?|appeared|"
    r"(?:the\s+)?cast\s+(?:is|are|was|were|includes|included)|features?|featured)\b[^:;.!?\"@]{0,40}:"
)
# "X, as the grandmother, gets the best line", "X, as a boy sneaking in, is the surprise": the part as an aside set off
# by commas between the name and the sentence's own verb, in the present as a video's story is told (checked on the
# match: not "as a child" alone, a time of life, nor a credit's noun, "as the producer")
_AS_ASIDE = linear.compile(
    rf"(?P<person>{_P})\s*,\s*as\s+(?P<role>(?:a|an|the|his|her|their)\s(?:[^@,;:.()\"]|{_P}){{1,120}}?)\s*,\s*"
    r"(?:(?:also|then|still|quietly|simply|almost)\s+)?(?:is|has|gets|steals|[a-z]{3,}s)\s+(?:the|a|an|his|her|their|its|it|one)\b"
)
# "The only speaking role goes to the actress X, as a girl from the village": the part given to someone, then told
# after a comma by "as" (checked on the match: a role just said to go to them, ``_ROLE_GOES_BEFORE``; a bare "as"
# after a comma is otherwise no part, "directed by X, as a tribute")
_GIVEN_COMMA_AS = linear.compile(
    # ("the cast is completed by X, appearing as himself": the participle of appearing before the part)
    rf"(?P<person>{_P})\s*,\s+(?:appearing\s+)?as\s+(?P<role>(?:a|an|the|himself|herself|themselves)\b"
    rf".{{0,{MAX_ROLE}}}?){_ROLE_END}"
)
_ROLE_GOES_BEFORE = linear.compile(
    r"(?:\b(?:part|role)\s+(?:went|goes|was\s+given|is\s+given|fell|falls)\s+to"
    # ("the real stars are the actor X, as a leading man": who the video's stars are, each with a part after a comma)
    # ("the cast is completed by X, as": the last of the cast, told by the one who completes it)
    r"|\b(?:the\s+(?:real\s+|true\s+)?stars?\s+(?:is|are|was|were)"
    r"|\bcast\s+(?:is|was)\s+(?:completed|rounded\s+(?:out|off))\s+by))\s+(?:(?:the|a|an)\s+)?"
    # ("the Chilean actress X": what they are, a people's word among the words)
    r"(?:(?:[a-z][\w-]*|\p{Lu}[\w-]*(?:an|ese|ish|ic|i))\s+){0,4}$"
)
# a time of life, not a part, when nothing else is told of it ("X, as a child, loved ...")
_LIFE_STAGE = linear.compile(
    r"^(?:a|an)\s+(?:(?:young|small|little)\s+)?(?:child|kid|boy|girl|teenager|teen|student|youngster|baby|toddler)$"
)
# "A as a fishwife, with B as the skipper and C, who owed B a favour, as a deckhand": a member of a list of parts with
# a relative clause about them before their "as" (checked on the match: after "and" or "with" right after another's
# part, "B as the skipper and C"; "directed by X, who grew up there, as a tribute" casts no one)
_LISTED_WHO_AS = linear.compile(
    rf"(?P<person>{_P})\s*,\s*who\s[^,;:.()\"]{{1,120}}?,\s+as\s+(?P<role>{_ROLE_START}.{{0,{MAX_ROLE}}}?){_ROLE_END}"
)
# (the part before it, then "and" or "with" and a few words before the name: "and our centre-half C")
_PART_LISTED_BEFORE = linear.compile(
    rf"{_P}\s+as\s+{_ROLE_START}[^;:.\"@]{{0,100}}?\s+(?:and|with)\s+(?:[\w'-]+\s+){{0,3}}$"
)
# ("A as a farmer, with his wife, B, as the farmer's wife": the next member of the list after "with" or "and", named
# after whose relation they are, set off by commas)
_PART_LISTED_APPOSED = linear.compile(
    rf"{_P}\s+as\s+{_ROLE_START}[^;:.\"]{{0,100}}?\s*,?\s+(?:and|with)\s+(?:his|her|their|the|@\d+'s)\s+[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*)?\s*,\s*$"
)
# ("a cameo from C, who presents the news on Radio Nord, as herself": one making a cameo, the same relative clause
# between the name and the part; the cameo, not a list, says the name is cast)
_CAMEO_BEFORE = linear.compile(r"\bcameo(?:\s+appearance)?\s+(?:from|by)\s+(?:[\w'-]+\s+){0,3}$")
# The start of a sentence, before its subject.
_OPENING = linear.compile(r"^\W*$")
# A name after "by" that a comma ends: "directed by Ida Berg, Arbour and Bell play ...", "is played by the comedian
# Ida Berg, Arbour and Bell play ..." (what comes before the name, then the name and its comma).
_BY_BEFORE = linear.compile(r"\bby\s+(?:[a-z][\w'-]*\s+){0,4}$")
_THEN_COMMA = linear.compile(r"^@\d+\s*,")
# A clause opened by its subject and one verb, up to the verb's object ("Cy Dorn conducts them"): a participle
# that cannot be said of the object is the subject's
_SUBJECT_VERB = linear.compile(r"^\W*(?P<subject>@\d+)\s+[a-z]{3,}(?:s|ed)\s+$")
# A clause opened by its subject and a verb of coming or being there, up to the object of a preposition after it
# ("Cy Dorn turns up from the band", "Cy Dorn appears with them"): an aside after that object is the subject's
_SUBJECT_VERB_WITH = linear.compile(
    r"^\W*(?:(?i:only|just|even)\s+)?(?P<subject>@\d+)\s+(?:(?:turns|turned|shows|showed|pops|popped)\s+up|appears|appeared)\s+"
    r"(?:from|with|alongside|among|beside)\s+$"
)
# A plural object or pronoun, which a singular "herself" or "himself" cannot mean
# How one appears, between the verb and "as" ("appearing briefly as themselves").
_HOW = r"(?:(?:[a-z]+ly|only|just|also|together|too)\s+)?"
# "in a brief cameo", "in short cameos": the cameo the people appear in
_IN_CAMEOS = r"in\s+(?:an?\s+)?(?:(?:brief|short|fleeting|small|quick|tiny)\s+)?cameos?"
# A capitalised word for where someone is from ("Senegalese", "Brazilian", "Polish", "Icelandic"), by its ending.
# (or one of the nationalities the page reader knows, whatever its ending: "French", "Dutch", "Greek", "Thai")
_NATION_WORD = (
    r"(?:\p{Lu}[a-z]+(?:an|ese|ish|ic|i)|"
    + "|".join(sorted(word.capitalize() for word in NATION_WORDS if word.isalpha()))
    + ")"
)
# "the supporters' club drum section (": a group told by an article and a few lower-case words, opening a bracket
_GROUP_BRACKETED = linear.compile(r"\b(?i:the|our|their|his|her)\s+(?:[\w'-]+\s+){0,4}[a-z][\w-]*\s*\(\s*$")
# A mention, with the title of address written before it ("Ms @3")
# ("Ms A and Father B play themselves": a title of address or a churchman's before a name)
_TITLE = rf"(?:{ADDRESS}|{CLERICAL_TITLE})"
_TITLED = rf"(?:{_TITLE}\s+)?{_P}"
# What one is, told before the name: a trade, maybe after an article and a capitalised word of where from or what kind
# ("comedian", "the Welsh harpist", "R&B singer"; not "stars dancer", the casting verb before the trade)
_DOER_BEFORE = rf"(?:(?:(?:the|a|an)\s+)?(?:\p{{Lu}}[\w&-]*\s+)?(?i:{PERSON_ROLE})\s+)"
# Several people in one part: "A, B and C play three queens".
# ("her father ": a relation of someone named, told before a member of a list after the first)
_KIN = r"(?:(?:his|her|their)\s+(?:[a-z][\w'-]*\s+){1,2}?)"
_SHARED = linear.compile(
    # "A and B, both playing themselves"; "A and her younger sister B play twins": the last told by a relation,
    # or by what they do ("A and the actress B play siblings")
    # ("Ms A and Mr B appear as themselves": each after the first with a title of address before the name)
    # ("A, her father B and her mother C all play themselves": a member after the first told by a relation too)
    # (the match opens on a mention, so the first member has no relation before it)
    # ("A, the bassist B and the drummer C play themselves": what a member after the first is, before the name)
    rf"(?P<people>(?:(?:{_KIN}|{_DOER_BEFORE})?{_TITLED}\s*,\s*){{0,8}}(?:{_KIN}|{_DOER_BEFORE})?{_TITLED}\s*,?\s+(?:and|&)\s+"
    # ("A and his wife, B, appear as themselves": the relation set off by commas)
    # ("A and the Senegalese full-back B": a nation's word among them)
    # ("A and the band's drummer, B, play ...": whose relation or member they are, a possessive among the words)
    # ("A and the Lisburn-born actor B": where they were born, a place's name before "-born")
    # ("A and his wife, the actress B, play ...": the relation, then what the last is, in the apposition)
    # ("A and the Lafayette fiddler B": where they are from, a capitalised word, before their trade)
    rf"(?:(?:his|her|their|the)\s+(?:(?:(?:[a-z][\w'-]*|{_NATION_WORD}|\p{{Lu}}[\w']*-born"
    rf"|\p{{Lu}}[\w'-]*\s+{PERSON_ROLE})\s+){{1,3}}?|(?:(?:[a-z][\w'-]*\s+){{0,2}}[a-z][\w-]*\s*,\s*(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){{1,2}}?)?))"
    # ("A and footballer B play neighbours": what the last is, as a title before the name, with no article)
    rf"|(?:[a-z][\w-]*\s+){{1,2}}?)?{_TITLED})"
    # ("the dancers A and B, who play the lovers": the part told in a relative clause about the two)
    # ("A and B each play a tourist": the one part told of every one of them, a part each)
    r"(?:\s+(?:(?:all|both|each)\s+)?|\s*,\s*(?:all|both|each)\s+|\s*,\s*who\s+(?:(?:all|both|each)\s+)?|\s*,\s+"
    # ("the drum section (A, B and C) play themselves": the members of a group named before, in brackets; checked on
    # the match to open on a bracket after a noun)
    # ("the band (A, B and C, for newcomers) play themselves": an aside inside the brackets after the last, naming no
    # one)
    r"|(?P<bracketed>(?:\s*,\s*[a-z][^@()\"]{0,60}?)?\s*\)\s+)"
    # ("A and B, a married couple from down the road, appear as": what the two are, in an apposition naming no one)
    r"|\s*,\s*(?:a|an|the|two|their|our)\s[^@,;:.()\"]{1,80}?,\s+"
    # ("A and B, both old friends of C's, turn up as": what the two both are, whoever else it names)
    r"|\s*,\s*(?:both|all)\s+[a-z][^,;:.()\"]{1,80}?,\s+)"
    # "A and B turn up as themselves": being in the video told otherwise ("appearing briefly as": how, before "as")
    # ("A and B appear in a brief cameo as fishermen": the cameo's words between the verb and "as")
    # ("A and B are both cast as ferry passengers": all of them, told after the verb)
    # ("A and B cameo as two inspectors": the noun as a verb, the plural of "X cameos as")
    # ("A and B turn up in the back seat as themselves": where in a scene of the video, before "as"; checked on the
    # match to be no record, picture or show)
    rf"(?:play|playing|(?:appear|appearing|star|cameo|cameoing|(?:turn|show|pop)\s+up)\s+{_HOW}(?:{_IN_CAMEOS}\s+)?"
    r"(?P<where>(?:in|at|on|behind|outside|inside|near)\s+(?:the|a|an)\s+[a-z][^@,;:.()\"]{0,50}?\s+)?as|"
    r"are\s+(?:(?:all|both)\s+)?cast\s+as|"
    r"are\s+seen\s+as|"
    # ("A and B are in it too, as two passengers": being in the video, then the part after a comma, as for one person)
    r"(?:are|were)\s+(?:(?:also|both|all)\s+)?in\s+(?:it|the\s+(?:music\s+)?(?:video|clip))(?:\s+too|\s+as\s+well)?\s*,?\s*as|"
    # "A and B have cameos as two bakers": a cameo each, in the one part
    # ("A and B make a cameo as two tourists": one cameo the two share, in the one part)
    # ("A and B have a tiny cameo as", "make wordless cameos as": any one word of what the cameo is like, as for one)
    # ("A and B have a cameo together as an old couple": the one scene they share, told)
    # ("A and B put in brief appearances as themselves": appearances put in, as made)
    r"(?:have|had|make|made|get|got|put\s+in)\s+(?:an?\s+(?:[a-z]{3,}\s+)?"
    r"cameo(?:\s+appearance)?(?:\s+together)?\s+as|(?:brief\s+|short\s+|small\s+|fleeting\s+|quick\s+|tiny\s+|wordless\s+)?"
    r"(?:cameos|cameo\s+appearances|appearances)\s+as)|"
    # ("A and B both have small parts as deckhands": a small part each, in the one part, as "has a small part as")
    r"(?:have|had|get|got|take|took)\s+(?:small|minor|brief|short|bit|tiny|walk-on|non-speaking|speaking|silent)\s+"
    r"(?:parts|roles)\s+as|"
    # "A and B share the part of the ghost"
    rf"share\s+the\s+{_LEAD}(?:role|part)\s+of|shared\s+the\s+{_LEAD}(?:role|part)\s+of)\s+"
    rf"(?P<role>(?:{_ROLE_START}|[a-z]).{{0,{MAX_ROLE}}}?){_ROLE_END}"
    # "features Vik and Holm as two strangers": the part of both, as it starts like one
    # ("and Vik and Holm as passengers": or as a bare plural for people, checked on the match: not "as always")
    # ("stars Vik and comedian Holm as two strangers": what each after the first is, a trade before the name, with an
    # article or, as terse copy writes it, none)
    # ("Vik + Holm as two strangers": a card's plus for "and")
    rf"|(?P<listed>(?:{_DOER_BEFORE}?{_TITLED}\s*,\s*){{0,8}}{_TITLED}\s*,?\s+(?:and|&|\+)\s+{_DOER_BEFORE}?{_TITLED})\s+as\s+"
    rf"(?P<as_role>(?:{_ROLE_START}|(?P<bare>[a-z])).{{0,{MAX_ROLE}}}?){_ROLE_END}"
)
# ("X, the director's niece, who appears as herself", "X, the actor who stars as a nun": after an apposition of what
# X is, naming no one else, the relative clause is X's; "who was talked into playing the referee", "who agreed to
# play": brought to play it)
_WHO_PLAYS = linear.compile(
    # (a capitalised word after the article that names no one: "the Norwegian-Nigerian actor", checked on the match)
    rf"(?P<person>{_P})(?:\s*,\s*(?:(?:a|an|the)\s(?:{_P}\s)?|{_P}'s\s)[^,;.()@\"]{{0,80}}?(?:\s*,\s*|\s+)|,?\s+)"
    r"who\s+"
    r"(?:(?:was|were)\s+(?:talked|persuaded|coaxed|roped)\s+into\s+playing|(?:agreed|offered|volunteered)\s+to\s+play"
    r"|ended\s+up\s+playing|"
    rf"(?:(?:{_VERBS})\s+){{0,2}}(?:plays|played|portrays|as)"
    # ("X, who flew in from Recife and plays herself": the relative clause's second verb, in the present as the
    # video's story is told; "who grew up in Hull and played a surgeon on TV" tells of a career)
    rf"|{AND_NEXT_VERB}(?:plays|portrays))\s+"
    rf"(?P<role>{_ROLE_START}.{{0,{MAX_ROLE}}}?){_ROLE_END}"
)
# ", appears as", ", plays": the sentence's own casting verb, right after a relative clause closed by a comma
# (which may go on past the part it tells of: 'who plays the villain in "Rio Escuro", stars as', "who played a nurse
# on TV for years, appears as")
_MAIN_CASTS = linear.compile(
    r"[^,;:.!?()]{0,80}?\s*,\s*(?:(?:also|briefly|only|just|now)\s+)?(?:appears|appeared|plays|played|stars|starred|portrays"
    r"|turns\s+up|turned\s+up|shows\s+up|showed\s+up|pops\s+up|popped\s+up)\s"
)
_PLAYED_BY = linear.compile(
    rf"(?:(?i:the)\s+{_LEAD}(?:role|part)\s+of\s+)?"
    # a part starts like one ("her radio operator": "her" is a mention), or is a name of its own ("Abuela
    # Rosario, who ..., is played by"), and ends before a relative clause about it ("a bus conductor who
    # refuses to let them off is played by": the relative clause may name people)
    # ("the Madonna on the billboard is played by": a capitalised word in it that names no one, checked on the match)
    # ("her jealous uncle is played by": "her" read as no one's mention is a part's start as "his" is)
    # ("Their daughter is played by": a sentence may open on the pronoun)
    # ("the bit that made our day: the fisherman is played by": a colon ends a part and a relative clause, as "." does)
    rf"(?P<role>(?:(?i:the|a|an)\s|his\s|her\s|their\s|(?:His|Her|Their)\s|{_P}(?:'s)?\s)(?:[^@,;:.()]|{_P}){{1,{MAX_ROLE}}}?|{_P})"
    # ("the nurse in the final scene is played by", "the grandmother in the opening shot, watering her geraniums, is
    # played by": when in the video, no part of the part)
    rf"(?:\s+{_SCENE_WHEN})?"
    # ("the old man who runs the funicular (a small railway up the hill) is played by": a gloss in brackets that names
    # no one may end the relative clause)
    # ("the old man who rides the tram all night, never getting off, is played by": a participle's phrase about what
    # the relative clause tells, set off by commas, naming no one)
    rf"(?:\s+(?:who|that|whose)\s[^,;:.()\"]{{1,200}}?(?:\s*\([^()@\"]{{1,120}}\))?"
    # ("a man who never arrives, seen only from behind, is played by": a past participle's phrase, how the part is
    # shown)
    r"(?:\s*,\s*(?:(?:never|not|still|always|just)\s+)?(?:[a-z]{2,}ing|[a-z]{2,}ed|seen|shown|heard|hidden|known)"
    r"(?:\s[^@,;:.()\"]{1,80}?)?\s*,)?"
    rf"|\s*,\s*(?:who|whose)\s[^;:.()\"]{{1,200}}?,"
    # ("the conductor (there is one; it is that sort of video) is played by": the teller's aside in brackets after the
    # part, naming no one)
    rf"|\s*\([^()@\"]{{1,120}}\)"
    # ("the cinema's owner, a man who has not paid anyone since spring, is played by": an apposition of what the part
    # is, naming no one; checked on the match to be played: "the cover, a photograph, was taken by X" is a credit)
    # ("the old porter, the one who rolls his eyes at both of them, is played by": a pronoun or a description in it
    # is someone the page told of, no new name; checked on the match)
    rf"|\s*,\s*(?P<what>(?:a|an)\s)(?P<what_words>(?:[^@;:.()\"]|{_P}){{1,200}}?),"
    # ("a driver named Lola, the character the song is addressed to, is played by": the same after "the", with no
    # comma inside, so that "In the last scene, the mother, a widow, is played by" does not make the scene the part)
    rf"|\s*,\s*(?P<what_the>the\s)(?P<what_the_words>(?:[^@,;:.()\"]|{_P}){{1,200}}?),"
    # ("the young Setsuko, in the flashbacks, is played by": when or where in the video the part is, set off by commas)
    rf"|\s*,\s*(?P<when>in\s)(?:the|a|an|his|her|their|its)\s[^@,;:.()\"]{{1,60}}?,"
    # ("the keeper, seen only in the opening shots, is played by": how the part is shown, a past participle's phrase
    # set off by commas right after it, naming no one, as after a relative clause)
    r"|\s*,\s*(?:(?:never|not|still|always|just|only)\s+)?(?:seen|shown|heard|glimpsed)\s[^@,;:.()\"]{1,80}?,"
    # ("the young Setsuko, stepping off a ferry in a borrowed coat, is played by": what the part does in the scene, a
    # participle's phrase set off by commas, naming no one, as after a relative clause)
    # ("stepping off a plane at Heathrow": a place's name in it, checked on the match to name no one)
    r"|\s*,\s*(?:(?:never|not|still|always|just)\s+)?[a-z]{2,}ing\s(?P<doing>(?:[^@,;:.()\"]|@\d+){1,80}?),"
    # ("the hedgehog - the big one, in a costume you have to see - is played by": an aside between dashes, naming
    # no one)
    rf"|\s+-\s[^@;:.()\"]{{1,200}}?\s-)?"
    # "the preacher himself is played by": the part is the preacher
    rf"(?:\s+(?:himself|herself|itself|themselves))?(?:\s+(?:is|was)\s+|\s*\(\s*)"
    # "played by the comedian X", "by Icelandic actress X", "by Bell's father, Tom Bell"
    # ("by Bäumer's younger sister Merle Bäumer": the comma may be left out)
    # ("by the singer's own father, X": a relation of someone the page names by a description)
    rf"(?:played|portrayed|taken)\s+by\s+(?:[\w-]+\s+){{0,4}}?(?:{_P}'s\s+(?:[\w-]+\s+){{0,2}}?[\w-]+\s*,?\s*|[a-z][\w-]*'s\s+(?:[\w-]+\s+){{0,2}}?[\w-]+\s*,\s*)?"
    # ("by her grandfather, don X": a title of respect in lower case, which no first name is)
    rf"(?:(?:don|doña|dona|dom)\s+)?"
    # ("by a local kid, X", "by her real niece, little X": a description of the player set off by a comma before the
    # name, perhaps with a word of endearment; checked on the match not to be a name's possessive, "by the coach, X's")
    # ("by my grandson, X", "by our neighbour, X": the teller's own relation)
    rf"(?P<described>(?:a|an|the|his|her|their|my|our)\s+(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*\s*,\s*)?"
    rf"(?:(?:little|young|tiny|wee|baby)\s+)?"
    # ("by a lovely old actor from Caernarfon called X": a description of the player, then the name after "called")
    rf"(?:(?:a|an)\s+[^,;:.()\"]{{1,80}}?\s+(?:called|named)\s+)?(?P<person>{_P})"
)
# "A petrol attendant is played by X; a farmer's widow, by Y": the next part told the same way with "is played" left
# out, the comma standing for it (matched right after a _PLAYED_BY match; a description of the player may come
# before the name)
# ("is played by A and the nurse by B": joined by "and" alone, a short part with no comma before "by", checked on the
# match to end on no past participle: "and the car driven by B" is no part)
_GAPPED_PASSIVE = linear.compile(
    rf"(?:\s*[;,]\s*(?:and\s+)?|\s+and\s+)(?P<role>(?:a|an|the|his|her|their)\s[^@,;:.()\"]{{1,80}}?)"
    r"(?P<comma>\s*,)?\s+by\s+"
    rf"(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){{0,3}}(?P<person>{_P})(?:\s*[,;.!?]|\s*$|\s+and\s)"
)


# Past participles of making ("and the whole thing shot by B"), which end no part told without its comma
_MADE_WORDS = frozenset(str.split("shot made done sung written sewn built cut set run put drawn grown"))


# what every _PLAYED_BY match holds
def _aside_cut(encoded: linear.Encoded, skeleton: str, match: linear.Match) -> linear.Match:
    """A part told after the teller's aside between dashes ("and - this is the bit I love - the lifeguard is played
    by X"): the part starts after the aside's closing dash, which a part's words never cross; the match read again
    from there (an aside between the part and "is played", "the hedgehog - the big one - is played by", stays)."""
    dash = skeleton.rfind(" - ", match.start(), match.start("person"))
    if dash < 0:
        return match
    again = _PLAYED_BY.match(encoded, dash + 3)
    return again if again is not None and again.end() == match.end() else match


# "the young Setsuko is played by X": someone the page names, at an earlier age, is a part of its own
_YOUNGER_SELF = linear.compile(rf"^(?i:the)\s+(?:young|younger|teenage|little|child)\s+{_P}$")
_PLAYER_CUE = linear.compile(r"(?:played|portrayed|taken)\s+by\s")
# "The old couple who steal the show are played by A and B": a part of two or more, told the other way round (the part
# as in _PLAYED_BY, each player as in a list)
_PLAYED_BY_SEVERAL = linear.compile(
    rf"(?:^|[.;!?]\s+|,\s+(?:and|while|but)\s+)(?P<role>(?i:the)\s(?:[^@,;:.()]){{1,80}}?)"
    rf"(?:\s+(?:who|that)\s[^,;:.()\"@]{{1,120}}?)?\s+(?:are|were)\s+(?:played|portrayed)\s+by\s+"
    # ("by the Nollywood actors A and B": a capitalised word that names no one may tell what they are)
    rf"(?:(?:[a-z][\w-]*|\p{{Lu}}[a-z]+)\s+){{0,3}}?(?P<people>(?:{_P}\s*,\s*){{0,6}}{_P}\s*,?\s+(?:and|&)\s+{_P})"
)
# "it tells the story of a fisherman's widow, played by X, and her son, played by Y", "follows a nurse - played
# by X - through ...": the part, then who plays it, as an apposition between commas or dashes
_APPOSED_PLAYER_AFTER = (
    # ("competing for the same customer, who is played by X": a relative clause in the passive, about the noun
    # phrase right before its comma, as a bare participle is)
    rf"(?:\s*,|\s+-)\s*(?P<who_is>who\s+(?:is|was)\s+)?(?:played|portrayed)\s+by\s+(?:[\w-]+\s+){{0,4}}?"
    # ("a young girl, played by the director's own daughter, X,": a relation of someone the page names, then the name,
    # as after "is played by"; "by Arbour's cousin X": the comma may be left out, as there)
    rf"(?:{_P}'s\s+(?:[\w-]+\s+){{0,2}}?[\w-]+\s*,?\s*)?(?P<person>{_P})"
    # ("a pair of nurses, played by X and Y, still in their scrubs": two players of the part, the second named last
    # before the apposition closes)
    rf"(?:\s+and\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?)?(?P<second>{_P})(?:\s*[,;.!?]|\s*$))?"
)
_APPOSED_PLAYER = linear.compile(
    rf"(?P<role>(?:(?i:the|a|an)\s|his\s|her\s|their\s|{_P}(?:'s)?\s)[^@,;.()\"]{{1,{MAX_ROLE}}}?)"
    + _APPOSED_PLAYER_AFTER
)
# ("a young Viennese choirboy, played by X": a capitalised word before the part's noun, read as a mention, which must
# name no one; tried where the plain one found no part for that player)
# ("a young boxer from Peckham, played by X": a place's name ending the part, which must name no one as well)
_APPOSED_PLAYER_NAMED = linear.compile(
    rf"(?P<role>(?:(?i:the|a|an)\s|his\s|her\s|their\s|{_P}(?:'s)?\s)(?:[^@,;.()\"]|@\d+\s+[a-z]){{1,{MAX_ROLE}}}?"
    r"(?:@\d+)?)" + _APPOSED_PLAYER_AFTER
)
# Words that open a part without being it: "the story of a fisherman's widow" is the widow.
_STORY_OF = linear.compile(r"^(?:the|a)\s+(?:story|tale|life|lives|journey|adventures?|fate|plight)\s+of\s+")
# A part told after "plays" ends where a participle's phrase about what the character does starts ("plays a
# delivery rider waiting out a storm"): the phrase tells the scene, also after a place of several words ("a
# shopkeeper in a small village on the coast pulling down ..."). The participle is known by what follows it,
# an article, a pronoun, a determiner or quantifier ("winding every clock", "feeding two cats") or a particle ("a
# wedding singer", "a struggling actor" are whole parts).
# (A past participle's phrase stays: "plays a mechanic stranded in the desert" is the part. Several people's
# part may start without an article: "play rival lifeguards guarding a pool".)
# (A verb of two letters makes a short participle: "a nurse going home", "a man lying in the road", "a baker
# icing a cake", "a pilot using the radio".)
_PARTICIPLE = linear.compile(
    # (the part may open on whose it is: "plays Ines's uncle waiting at the gate")
    # ("play sisters running a stall": several people's part may be one plural noun alone)
    r"^(?P<part>(?:[a-z][\w-]*|\p{Lu}[\w-]*'s)\s+[^\s]+(?:\s+[^\s]+){0,7}?|[a-z][\w-]*[a-hj-rtv-z]s)\s+(?P<verb>(?:[a-z]{3,}|go|do|ly|dy|ty|vy|ic|us)ing)"
    # the participle may end the part as read ("an old couple dancing" before "after closing time", a when)
    r"(?:$|\s+"
    r"(?:(?:a|an|the|his|her|their|its|out|up|off|to|in|on|at|for|through|from|with|down|away|home|back|over|into|"
    r"around|round|by|under|after|before|across|along|past|until|toward|towards|beneath|every|each|some|all|any|"
    r"both|"
    # ("a couple arguing about the bill": what it is done about)
    r"about|"
    # ("a passenger travelling without a ticket": how, by a preposition of lacking or being within)
    r"without|within|"
    # ("a driver waiting outside the door", "a guard pacing behind the gate": where it is done, straight after it)
    r"outside|inside|behind|beside|near|between|among|against|beyond|"
    # ("a coach living next door", "a lodger sleeping upstairs": where, by an adverb of place)
    r"next|nearby|upstairs|downstairs|"
    # ("a trucker heading north", "a fisherman rowing ashore": whither, by an adverb of direction)
    r"north|south|east|west|northwards?|southwards?|eastwards?|westwards?|inland|ashore|abroad|overseas|uphill|"
    r"downhill|upstream|downstream|"
    r"several|many|no|this|these|those|one|two|three|four|five|six|seven|"
    # ("an attendant folding other people's laundry", "a nurse helping others": whose or what else, a determiner)
    r"other|others|another|"
    r"eight|nine|ten|twelve|dozens|hundreds)\b"
    # ("a student copying someone else's notes", "a guard watching everyone": an indefinite pronoun as its object,
    # someone's or someone else's)
    r"|(?:someone|somebody|everyone|everybody|anyone|anybody|nobody|something|everything|anything|nothing)"
    r"(?:\s+else)?(?:'s)?(?:\s|$)"
    # or a plural for what it does ("a nurse working double shifts", "a boy selling newspapers")
    r"|(?:[a-z][\w-]*\s+)?[a-z][a-z-]*[a-rtv-z]s\b"
    # "counting cash in a laundromat", "frying sweet plantain from a stall", "reading Ines's palm", "keeping watch
    # over the punch bowl": a bare object of a word or two then where, or someone's ("reading everyone's mail")
    # ("pouring glass after glass", "carrying crates to the van": the same before a preposition of when or whither)
    # ("hanging washing between two fences", "hiding sweets among the cushions": of where between things)
    # (the object may be a word of another language, "selling acarajé on the beach")
    # ("making tea for a houseful of visitors": for whom it is done, after its object)
    # ("learning Polish off old tapes", "reading Dickens by a fire": the bare object may be a language's or a
    # writer's name)
    r"|\p{L}\p{Ll}*(?:\s+\p{Ll}+)?\s+(?:in|at|on|for|from|behind|outside|inside|under|by|over|beside|near|after|"
    r"before|across|along|through|to|into|onto|off|around|past|towards?|between|among|amongst|beneath|below|above)\s"
    r"|\p{L}[\w-]*'s\s"
    # "a fisherman waiting patiently", "a clerk humming quietly to himself": an adverb in "-ly" after it tells how it
    # is done, ending the part or before a preposition ("a smiling, elderly man": "elderly" before a noun is an
    # adjective)
    # ("a widow dancing alone at the edge of the party", "a couple eating together at a corner table": "alone" and
    # "together" tell how as an "-ly" adverb does)
    r"|(?:[a-z]{2,}ly|alone|together)(?:$|\s+(?:to|for|at|in|on|by|with|through|behind|beside|near|under|over)\b)))"
)
# Nouns ending in "-ing" that a part may hold ("a king in exile", "the darling of the town").
_ING_NOUNS = frozenset(
    str.split(
        """
    king ring thing wedding evening morning ceiling darling sibling spring string wing building ending painting
    clothing pudding duckling earring offspring warning lightning sling swing viking
    """
    )
)
# "-ing" words that stand before a noun as what it is like ("a struggling actor", "an aspiring singer"): before a
# bare noun they describe it, and the part goes on.
_ING_ADJECTIVES = frozenset(
    str.split(
        """
    struggling aspiring budding ageing aging ailing grieving
    """
    )
)
_BARE_NOUN = linear.compile(r"\s+(?P<word>[a-z][\w-]*)(?:\s|$)")
# (an article, a determiner or a preposition after it is its object's or where it is done: a participle)
_NOT_NOUNS = frozenset(
    str.split(
        """
    a an the his her their its my our your this that these those some any every each all both no one two three
    in at on to for from with by into over under through out up down off away home back around after before
    """
    )
)
# Words a part never ends with: a list going on after a comma ("as a fisherman's son and, in a cameo, X").
_DANGLING = frozenset({"and", "or", "but", "while", "with"})
# "she treats the singer as one face among many", "regards X as the heart of it": the person the object of a verb of
# how they are thought of or described, and what follows "as" that view of them, no part played
_REGARDED_BEFORE = linear.compile(
    r"\b(?:treats?|treated|treating|regards?|regarded|regarding|views?|viewed|viewing|describes?|described|describing"
    r"|dismiss(?:es|ed|ing)?|(?:thinks?|thought|thinking)\s+of)\s+$"
)
# ("Playing a florist ... is X": the verb opening the sentence too)
_PLAY_VERB_BEFORE = linear.compile(r"\b(?:plays|play|played|(?i:p)laying|portrays|portrayed|(?i:p)ortraying)\s+$")
_AS_BEFORE = linear.compile(r"\bas\s+$")
# "the part of", "the role of" right before a part: the words after it name the part whole
_PART_OF_BEFORE = linear.compile(r"\b(?:role|part)\s+of\s+$")
_IN_IT_AFTER = linear.compile(r"\s+in\s+(?:it|the\s+(?:music\s+)?(?:video|clip))$")
_AS_WORD = linear.compile(r"\bas\b")
_PLAY_PLURAL = linear.compile(r"\bplay\s+$")
_LISTED_BEFORE = linear.compile(rf"{_P}\s*(?:,\s*|\s+and\s+|\s*&\s*)$")
_ARTICLE = linear.compile(r"^(?i:a|an|the|his|her|their|@\d+'s)$")
_PREPOSITIONS = frozenset(
    str.split("of with in at from on for to by about under behind near into onto over through like than and or")
)
# "his real-life granddaughter, X", "Bell's uncle, X": whose relation someone is, then their name after a comma
# (optional: before the name of one a part is told of after "is")
_RELATION_NAMED = rf"(?:(?:his|her|their|our|my|{_P}(?:'s)?)\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*\s*,\s*)?"
# "The choir mistress who finally chases them out is X.": a part, then who is it, ending the clause (not "the dog
# was better than X", a comparison: a word "than" before the name)
_IS_NAMED = linear.compile(
    rf"(?:^|;\s*|,?\s+(?:and|while|whereas)\s+)(?P<role>(?i:the|a|an)\s+(?:his\s+|their\s+)?[a-z][^@,;.()\"]{{0,80}}?)"
    rf"(?:\s+(?:who|that|whose)\s[^,;.()\"]{{1,200}}?)?"
    # ("The cook in the last scene is X": when in the video the part is seen, no word of it)
    rf"(?:\s+{_SCENE_WHEN})?"
    # ("the auctioneer, rattling through the lots, is X": what the part does, set off by commas)
    r"(?:\s*,\s*[a-z]{2,}ing\s[^@,;.()\"]{1,80}?,)?"
    # ("is the Norwegian actor X": what they are, a people's word among the words; "is none other than X": the
    # same said with emphasis; "is his real-life granddaughter, X": whose relation, then the name after a comma)
    rf"\s+(?:is|was)\s+(?P<between>(?:none\s+other\s+than\s+)?(?:(?:[a-z][\w-]*|{_NATION_WORD})\s+){{0,4}}?"
    rf"{_RELATION_NAMED})"
    # ("is the actor X, who is eighty": a relative clause about the one named, after the name)
    rf"(?P<person>{_P})(?:\s*(?:[.;!]|$|,\s*who\s)"
    # ("The cook is X, in his first acting role": an aside that calls it a part of theirs)
    r"|\s*,\s*in\s+[^;.()\"]{0,60}?\b(?:role|part)\s*[.;!]"
    # ("The comet is X herself, in a foil suit, in a cameo": the person stressed and what they wear, then that it is a
    # cameo, which says it is a part of the video)
    rf"|(?:\s+(?:himself|herself|themselves))?(?:\s*,\s*(?:in|wearing|with)\s[^@,;.()\"]{{1,60}})?\s*,?\s+"
    r"in\s+an?\s+(?:brief\s+|short\s+|small\s+|quick\s+)?cameo\b)"
)
# "The whole thing was directed by X", "the set was built by X": what someone did to the video, by a verb other than
# playing, is no part ("the landlady is played by X" is one)
_BY_OTHER_DOING = linear.compile(r"^(?:[a-z][\w-]*\s+)?(?:[a-z][\w-]*\s+)by\s+$")
_BY_PLAYING = linear.compile(r"^(?:[a-z][\w-]*\s+)?(?:played|portrayed|voiced)\s+by\s+$")
# "Playing the grumpy bus driver is comedian X": the part first, then who plays it ("Appearing as the nurse is X":
# the verb that takes "as", put first the same way; "is the veteran actor X": up to an article, a word of age or
# standing and a trade before the name)
# ("..., and playing the last passenger is X": the same opening a clause joined by "and"; "is Bell's uncle, X": whose
# relation, then the name after a comma)
_PLAYING_FIRST = linear.compile(
    r"(?:^|[.;!?]\s+|,\s+and\s+)(?:(?i:p)laying|(?i:s)tarring\s+as|(?i:c)ast\s+as|(?i:a)ppearing\s+as"
    # ("Turning up as a warden is X", "Popping up as the vicar is X": the same, told by turning up in the video)
    r"|(?i:t)urning\s+up\s+as|(?i:s)howing\s+up\s+as|(?i:p)opping\s+up\s+as)\s+"
    # ("a florist packing up her stall": whose, a pronoun, inside the part; "a warden writing out a ticket for the
    # whole band": whom the part does something for; "the Leeds actor X": a place before the trade; each checked on
    # the match)
    # ("Playing Arbour's mother is X": whose relation the part is, the page's person)
    rf"(?P<role>(?:(?i:the|a|an|his|her|their)\s|@\d+'s\s)(?:[^@,;.()\"]|@\d+){{1,{MAX_ROLE}}}?)"
    # ("Playing a nurse who loses her keys is X", "Playing a nurse in the final scene is X": a relative clause and
    # when in the video are no part of the part, as after "plays")
    rf"(?:\s+(?:who|whose|that|which)\s(?:[^@,;.()\"]|@\d+){{1,120}}?|\s+{_SCENE_WHEN})?\s+(?:is|was)\s+"
    r"(?:(?:[a-z][\w-]*|[A-Z][a-z][\w-]*|@\d+)\s+){0,3}?"
    rf"{_RELATION_NAMED}(?P<person>{_P})"
)


def _only_whose_and_where(clause: Clause, match: linear.Match) -> bool:
    """Whether the mentions inside a part told first ("Playing a florist packing up her stall is the Leeds actor X")
    are only a "his", "her" or "their" in the part (or a relative clause after it) and places before the player's
    trade: no one else named there."""
    role = clause.skeleton[match.start("role") : match.end("role")]
    before_person = clause.skeleton[match.end("role") : match.start("person")]
    for found in _PRONOUN_IN.finditer(role):
        mention = clause.mention(found.group())
        # (whom the part does something for or to is told by "the band", no name: "a nurse to Bell" may be her own)
        for_whom = role[: found.start()].endswith((" for ", " to ")) and not _named_one(clause, found.group())
        # ("Playing the singer's mother": a relation of someone the page names, opening the part)
        whose_first = found.start() == 0 and mention is not None and mention.possessive
        if mention is None or (
            not for_whom
            and not whose_first
            and (mention.kind != "pronoun" or mention.text.lower() not in ("his", "her", "their"))
        ):
            return False
    for found in _PRONOUN_IN.finditer(before_person):
        mention = clause.mention(found.group())
        if mention is None:
            return False
        # (a "her" in a relative clause after the part; "is Arbour's cousin, X": whose relation the player is)
        whose = mention.possessive or (mention.kind == "pronoun" and mention.text.lower() in ("his", "her", "their"))
        if not whose and (mention.kind != "name" or mention.people or mention.new):
            return False
    return True


# Words that make "the X is Y" something other than a part ("the director is", "the idea was"; "the man on the
# thumbnail is Y" says who is in a picture of the video, not whom he plays in it).
_NOT_PARTS = (ROLE_NOUNS - KEEPER_NOUNS) | frozenset(
    str.split(
        """
    video clip film song single album track record result idea concept reason inspiration one person first
    last only setting location star lead cast credit camera cinematographer editor choreographer stylist
    voice sound highlight moment focus surprise standout twist hero winner shot scene end ending finale centre
    center heart point thumbnail thumbnails poster posters artwork photo photos photograph photographs screenshot
    """
    )
)
# "Collins plays a driver who cannot sleep and Te Whata a waitress": the verb of the second left out
# ("X plays a bridge operator in Amsterdam, Y a cyclist": the first part may name a place, checked on the match)
# ("and C, who had never acted, a tourist", "and C, for reasons no one gave, a seagull": an aside about the person
# between the name and the part, set off by commas)
_GAP_ASIDE = r"(?P<aside>\s*,\s*(?:who|for|despite|after|as|in|of)\s(?:[^,;:.!?()\"@]|@\d+){1,120}?,)?"
# ("A plays a sailor and Mr B a policeman": a title before the next name, outside its mention)
_GAP_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr)\.?\s+)?"
# ("A plays the groom and the dancer B the bride": what the next person is, a few lower-case words after an article)
_GAP_WHAT = r"(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,3}?)?"
_GAPPED = linear.compile(
    rf"(?P<first>{_P})\s+(?:plays|played|portrays|portrayed)\s+(?P<part>(?:a|an|the|his|her|their)\s"
    rf"(?:[^;@()\"]|{_P}){{1,200}}?)"
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+){_GAP_WHAT}{_GAP_TITLE}(?P<person>{_P}){_GAP_ASIDE}\s+"
    # ("and B her only passenger": whose the part is, by a pronoun read as a mention; checked on the match)
    rf"(?P<role>(?:a|an|the|his|her|their|(?P<whose>{_P}))\s.{{0,{MAX_ROLE}}}?){_ROLE_END}"
)
# A possessive pronoun that may open a gapped part ("and B her only passenger"); a name there ("and B Ann's ...") is
# left alone, as the next person of a list may be
_WHOSE_PRONOUNS = frozenset({"his", "her", "their"})
# "A appears as a seamstress, and B, in a cameo, as a singer": the same with a verb that takes "as", whose "as" the
# second part keeps
_GAPPED_AS = linear.compile(
    rf"(?P<first>{_P})\s+(?:appears|appeared|(?:turns|turned)\s+up|(?:is|was)\s+cast|stars|starred)\s+as\s+"
    rf"(?P<part>(?:a|an|the|his|her|their)\s(?:[^;@()\"]|{_P}){{1,200}}?)"
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+){_GAP_TITLE}(?P<person>{_P}){_GAP_ASIDE}\s+as\s+"
    rf"(?P<role>(?:a|an|the|his|her|their)\s.{{0,{MAX_ROLE}}}?){_ROLE_END}"
)
# "A plays a tourist, B a seller, and C a florist": the next part left without its verb, read on from the one before
# it (whose person stands for the verb's subject, as "first"), once a first gapped part was read
_GAPPED_AGAIN = linear.compile(
    rf"(?P<first>{_P})\s+(?P<part>(?:a|an|the|his|her|their)\s(?:[^;@()\"]|{_P}){{1,200}}?)"
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+){_GAP_WHAT}{_GAP_TITLE}(?P<person>{_P}){_GAP_ASIDE}\s+"
    rf"(?P<role>(?:a|an|the|his|her|their)\s.{{0,{MAX_ROLE}}}?){_ROLE_END}"
)
# "there are cameos from A and the AFL player B", "with cameo appearances by A and B": cast in no part
# ("a cameo, too, from X": an aside between; "In the final shot, a cameo: X": who makes it, after a colon)
_CAMEOS = linear.compile(
    # ("A cameo is made by X": the same told in the passive)
    r"\bcameos?(?:\s+(?:appearances?\s+)?|\s*,\s*(?:too|also|as\s+well)\s*,\s*|\s+(?:is|was)\s+(?:also\s+)?made\s+)"
    r"(?:from|by)\s+|\ban?\s+cameo\s*:\s+"
    # ("there is a brief appearance from X": a cameo told by how short the appearance is, which makes it one)
    r"|\b(?:brief|short|fleeting|quick)\s+appearances?\s+(?:from|by)\s+"
    # ("A dozen of our members have cameos too, among them A and B": some of those making them, listed after)
    # (checked on the match: "them" is read as a mention)
    r"|\bcameos(?:\s+(?:too|as\s+well))?\s*,\s*among\s+(?P<them>@\d+)\s+"
)
# "no cameos from", "not a single cameo from", "without cameos from": the cameos denied
_NO_CAMEOS_BEFORE = linear.compile(r"\b(?:no|not\s+(?:a|any|one)|never\s+any|without(?:\s+any)?)\s+(?:single\s+)?$")
# ("a cameo from X, carrying a baguette": what they do in the scene after a comma; "a cameo from X herself":
# the person stressed, no part; "a cameo from X, then a face from daytime television,": what they were then, no part)
# ("a cameo from X behind the bar": where in the scene, after the name)
# ("a cameo from X, whose presence ...", "a cameo from X, glimpsed at a window,": a relative clause, or how they are
# seen, after a comma; "a cameo from X, whom the crowd knew": the relative clause's object, as its subject)
_CAMEO_END = linear.compile(
    r"[.;!?()\"]|\s+(?:in\s+the\s+(?:video|clip|film)|too|as\s+well|who|whom|whose|which|while|himself|herself|"
    r"themselves)\b|"
    # ("cameos from A and B, neither of whom has a line": the list closed by what none of them does)
    r"\s*,\s*(?:neither|none)\s+of\s+(?:whom|them)\b|"
    # ("a cameo from X, no lines, just a look", "a cameo from X, fiddle case and all": that it has no part, or what they
    # bring along, after a comma)
    # (not "X, no lines, playing the vicar": a part after all)
    r"\s*,\s*(?:no|without\s+(?:a|any))\s+(?:lines?|words?|part|role|dialogue)\s*(?:[.;!?]|$|,\s+(?:just|only|but|though)\b)"
    r"|\s*,\s*(?:[a-z]+\s+){1,2}and\s+all\s*(?:[.;!?]|$)|\s*,\s*[a-z]{2,}(?:ing|ed)\b|\s*,\s*(?:then|now|later|once|by\s+then|at\s+the\s+time)\s"
    # ("a cameo from X, of course, holding the ladder": an aside of the narrator's after the name, then what they do
    # or the sentence's end; not a part: "X, again, as a farmer" is left to no rule)
    r"|\s*,\s*(?:of\s+course|naturally|inevitably|obviously|fittingly|again)\s*(?:[.;!?]|$|,\s*(?:[a-z]{2,}ing|and|but)\b)"
    r"|\s+(?:behind|at|near|outside|inside|on|in|by)\s+(?:the|a|an|his|her|their)\s"
    # ("a cameo from her mother, X, in her nurse's uniform": what they wear or where they are, after a comma)
    rf"|\s*,\s*(?:in|wearing)\s+(?:the|a|an|his|her|their|{_P})\s"
    # ("a cameo from X somewhere on the top deck": where in the scene, not told for sure)
    r"|\s+somewhere\s+(?:behind|at|near|outside|inside|on|in|by|among)\s"
    # ("a cameo from X, asleep on the back seat", "fast asleep on the luggage rack": a word or two of their state, then
    # where, after a comma)
    # ("asleep across the back seat", "slumped against the window": any preposition of where)
    r"|\s*,\s*(?:[a-z]{3,}\s+)?[a-z]{3,}\s+(?:behind|at|near|outside|inside|on|in|under|beside|across|against|along|"
    r"among|beneath)\s+(?:the|a|an|his|her|their)\s"
    # ("a cameo from X gets the loudest cheer": the cameo, as a subject, and what it does)
    r"|\s+(?:gets|got|draws|drew|earns|earned|wins|won|brings|brought|steals|stole|raises|raised|is|was)\s"
)
# "the local postman", "the @0's longest-serving regular": a description of one, an article or whose and lower-case
# words, naming no one of its own
_DESCRIBED_FIRST = linear.compile(
    rf"^(?:the|a|an|his|her|their|its|my|our|{_P}'s)\s+(?:(?:{_P}'s|[a-z][\w'-]*)\s+){{0,4}}[a-z][\w-]*$"
)
# ("the AFL player X": what describes them may hold a capitalised word)
_CAMEO_ONE = linear.compile(rf"^(?:(?:the|a|an)\s+)?(?:(?:[\w-]+|{_P})\s+){{0,3}}(?P<person>{_P})$")
# "so the director gave her a cameo as well": a cameo given to someone, in no part
_GIVEN_CAMEO = linear.compile(
    rf"\b(?:gave|gives|give|offered|offers|handed|hands)\s+(?P<person>{_P})\s+an?\s+(?:(?:brief|short|small|little)\s+)?"
    r"cameo(?:\s+appearance)?(?:\s+(?:too|as\s+well|in\s+the\s+(?:video|clip)))?\s*(?:[.;!]|,\s+(?:and|while|but)\b|$)"
)
# "The tea-bar manager, X, was put out, so the director gave her a cameo": whom an object pronoun of the giving means,
# the first clause's subject (named, perhaps after a description), someone other than the giver
_SUBJECT_THEN_GIVER = linear.compile(
    r"^\W*(?:(?i:the|a|an)\s+[^@,;.]{1,60},\s*)?(?P<subject>@\d+)\s*,?\s+(?:is|was|were|felt|seemed|got)\b"
    r"[^@;:\"]{0,120}?,?\s+(?:and\s+)?(?:so|and|but)\s+(?P<giver>@\d+)\s+$"
)
# "..., and, in a brief cameo, the Beirut chef X.": the last of a list, cast in no part
_IN_CAMEO = r"in\s+an?\s+(?:brief\s+|short\s+|fleeting\s+)?cameo"
_IN_A_CAMEO = linear.compile(
    rf"\b{_IN_CAMEO}\s*,\s*(?P<cameo_words>(?:(?:the|a|an)\s+)?(?:(?:[\w-]+|{_P})\s+){{0,3}})"
    rf"(?P<person>{_P})\s*(?:[.;!]|$)"
)
# ("turns up in a short cameo, blessing X": a participle after the comma tells what the one in the cameo does, and X
# is its object, not one more in the video)
_CAMEO_DOING = linear.compile(r"^[a-z]+ing\s")
# A clause joined on after a cameo's words (", and", " but")
_JOINED_NEXT = linear.compile(r"(?:,\s+|\s)(?:and|while|but)\s*$")
# "viewers will spot X herself in a brief cameo, eating chips": seen by someone in a cameo, in no part
_SPOTTED_IN_CAMEO = linear.compile(
    rf"\b(?:spot|see|catch|glimpse|notice)\s+(?P<person>{_P})(?:\s+(?:himself|herself|themselves))?\s+{_IN_CAMEO}"
    r"\s*(?:[.;!]|$|(?P<doing>,))"
)
# "features A as a cook, and the skier B in a cameo.": the last of a list after a casting verb, cast in no part
_AND_IN_CAMEO = linear.compile(
    rf"(?:,\s*|\s)and\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,3}}(?P<person>{_P})\s+{_IN_CAMEO}\s*(?:[.;!]|$)"
)
# Words that join two people, which no description of one holds ("Bell's father, and X, as ...").
_JOINING = frozenset({"and", "or", "but", "with", "nor"})
# "its cast includes A, B and C", "the cast is small: A, B and C": the members, each checked as a cameo's
_CAST_LIST = linear.compile(
    r"\b(?i:cast)\s+(?:also\s+)?(?:includes|included|include|comprises|(?:is|was)\s+[a-z]+\s*:)\s+"
    r"(?P<list>[^;.!?()\"]{1,400}?)\s*(?:[.;!?]|$)"
)
_CAMEO_LEAD = linear.compile(rf"^{_IN_CAMEO}$")
# "A as a baker, and B and C as ghosts": a member joined by "and" to one told with a part may share it
_SHARES_NEXT = linear.compile(rf"(?P<person>{_P})\s*,?\s+(?:and|&)\s+(?:[\w-]+\s+){{0,3}}{_P}\s+as\s")
# "Bell's own grandfather": whose relation, then the relation's name after a comma
# ("her grandmother, X": whose told by a possessive pronoun)
_RELATED = linear.compile(rf"^(?:{_P}'s|his|her|their|my|our)\s+(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*$")
_ONE_MENTION = linear.compile(rf"^{_P}$")
# "cameos by A as a DJ and by B": where the second "by" starts another list
_CAMEO_BY = linear.compile(r"\s*,?\s+and\s+(?:by|from)\s+")
# A member of such a list: a name, with what they are before it ("the Beirut chef X")
_MEMBER = linear.compile(rf"^(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,3}}(?P<person>{_P})$")
# "..., alongside A and B.": the clause ends with them
_ALONGSIDE = linear.compile(
    rf"(?:,\s*|\s+)(?:alongside|with)\s+(?P<people>{_P}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_P}){{0,5}})\s*(?:[.;!]|$)"
)
# "X stars alongside the dancer Y, who plays a porter": the subject stars, in no part the clause tells, beside one whose
# own part the relative clause gives (one named subject, the clause's first words)
_STARS_BESIDE_PLAYER = linear.compile(
    rf"^\W*(?P<person>{_P})\s+(?:stars|starred|co-stars|co-starred)\s+(?:alongside|opposite|beside)\s+"
    rf"(?:[a-z][\w-]*\s+){{0,3}}?{_P}\s*,\s*who\s+(?:plays|played|portrays|portrayed)\s"
)
# "X makes a brief cameo.": cast in no part
_MAKES_CAMEO = linear.compile(
    # "the village baker, X, makes a cameo": the name may close an apposition (checked by _APPOSED_BEFORE)
    # ("X, the village baker, makes a cameo": an apposition after the name; "X herself turns up in a cameo": an
    # emphatic reflexive after the name, which is still the subject)
    # ("X, who came fourth, makes a cameo": a relative clause naming no one, after the subject; checked on the match to
    # follow no preposition: "directed by X, who ..., makes" is not X's)
    # ("X, who really did teach A maths, has a cameo": the relative clause may name others, the cameo still X's)
    rf"(?P<person>{_P})(?:\s+(?:himself|herself|themselves|themself))?"
    # ("X, the cousin responsible for all this, has a cameo": the apposition's noun may be one the page has called X
    # by, read as a description of X, with words of its own after it (not "the real X, X, has": a name apposed to
    # a name, read by the comma's alternative); checked on the match)
    # ("Mr X, I am amused to see, has a cameo": the teller's aside between the subject and the verb; checked on the
    # match to be the teller's "I" or "we", after no preposition)
    rf"(?:\s*,\s*(?P<teller>{_P})\s+(?:am|was|are|were)\s+(?:[a-z]+\s+)?to\s+(?:see|say|report|hear|learn)\s*,"
    # ("X, a friend of the band, has a cameo": the apposition may end on whose friend X is, a mention)
    # ("X, a friend of Ann's from the neighbourhood, has a cameo": whose told by a possessive, then where from)
    rf"|\s*,\s*(?:a|an|the|his|her|their)\s[^@,;.()\"]{{1,60}}?(?:\s+of\s+@\d+(?:'s?(?:\s+[a-z][^@,;.()\"]{{0,40}})?)?)?,"
    rf"|\s*,\s*(?P<apposed>{_P})\s+[a-z][^@,;.()\"]{{0,60}},"
    # ("X, of market-stall fame, has a cameo": what X is known for, told with "of ... fame"; "X, of course, has")
    r"|\s*,\s*of\s+(?:course|[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}\s+fame)\s*,"
    # ("X, now ninety-one, has a cameo", "X, then 76,": their age, set off by commas)
    r"|\s*,\s*(?:now|then|aged)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*,"
    # ("X, in a green coat, makes a cameo": what X wears or carries, set off by commas, naming no one)
    r"|\s*,\s*(?:in|wearing|with)\s+(?:a|an|the|his|her|their)\s[^@,;.()\"]{1,60},"
    rf"|(?P<related>\s*,\s*(?:who|whose)\s[^,;.()\"]{{1,80}},)"
    # ("X, the teacher who brought A and B together, makes a cameo": an apposition whose relative clause names others)
    # ("X, the sister who first brought them together, has a cameo": the apposition read as a description of X)
    rf"|(?P<apposed_related>\s*,\s*(?:(?:a|an|the|his|her|their)\s(?:[a-z][\w'-]*\s+){{0,3}}?|(?P<described>{_P})\s+)"
    r"(?:who|that)\s[^,;.()\"]{1,80},)"
    # ("the kitman, X, who has a cameo": a relative clause telling it of the one named before "who")
    # ("Look out for X, too, who makes a cameo": the reader told to watch for X, then the relative clause's cameo)
    # ("X does not sing in the video at all but has a short cameo": what X does not do, then the cameo, "but")
    rf"|(?P<comma>\s*,)|\s*,\s*who|(?:\s*,)?\s+too\s*,\s*who"
    r"|\s+(?:does|did)(?:\s+not|n't|n\x{2019}t)\s+[a-z][^@,;.()\"]{0,60}?,?\s+but)?\s+(?:also\s+)?"
    # ("has a wordless cameo": what kind of cameo, a word; "makes a wordless, soaking-wet cameo": two, perhaps with a
    # comma between)
    # ("gets a cameo at the piano": given one)
    # ("I have a cameo": the narration's own, "have" checked on the match to follow "I")
    # ("makes an appearance too": appearing in the video, told with "make" and no word of how brief)
    # ("makes a blink-and-you'll-miss-it cameo": how brief, in words joined by hyphens, one with an apostrophe)
    # ("makes only a short appearance": "only" tells how little, still a cameo)
    r"(?:(?:makes|made)\s+an\s+appearance|(?:makes|made|has|had|have|gets|got)\s+(?:only\s+)?an?\s+"
    r"(?:[a-z][\w'-]*(?:\s*,)?\s+){0,2}"
    # "makes a brief appearance in the final scene": a cameo told otherwise ("has a walk-on part": as the stage says)
    # ("makes a brief and silent appearance": two words of how, joined)
    # ("makes a two-second appearance": how brief, in seconds)
    r"(?:cameo(?:\s+appearance)?|(?:brief|short|fleeting|[a-z]+-second)(?:\s+and\s+[a-z][\w-]*)?\s+appearance"
    r"|walk-on(?:\s+(?:part|role))?)"
    # ("has a little cameo of her own": one's own, as the others in the video have parts)
    r"(?:\s+of\s+(?:his|her|their|@\d+)\s+own)?"
    # ("has a short cameo with no role": the cameo said outright to be no part)
    # ("has a cameo with no part at all": no part, stressed)
    r"(?:\s+(?:with\s+no|without\s+(?:a|any))\s+(?:role|part)\b(?:\s+at\s+all)?)?"
    # "X cameos at the harmonium.": the cameo told as a verb, which names no part without an "as" after it
    r"|cameos|cameoed"
    # "X turns up in a cameo.", "X appears in a brief cameo.": the same told with "in"
    r"|(?:(?:turns|turned|shows|showed|pops|popped)\s+up|appears|appeared"
    # "can be spotted in a brief cameo": seen in the video
    r"|(?:can\s+be|is|was|are|were)\s+(?:seen|spotted|glimpsed))"
    # ("turns up in the last scene in a cameo", "appears, needle in hand, in a cameo": when, or a short aside)
    r"(?:\s+(?:in|during)\s+the\s+(?:final|last|closing|opening|first)\s+(?:scenes?|shots?|seconds|moments)"
    # ("pops up in a wordless cameo": what kind of cameo, a word, as after "has")
    # ("pops up too, in a cameo": the verb's "too", then how)
    r"|\s*,\s*[a-z][\w'-]*(?:\s+[a-z][\w'-]*){1,3}\s*,|\s*,?\s+too\s*,)?\s+in\s+an?\s+"
    r"(?:[a-z][\w-]*\s+)?cameo(?:\s+appearance)?"
    # ("turns up for a short cameo": the cameo the visit is made for)
    r"|(?:turns|turned|shows|showed)\s+up\s+for\s+an?\s+(?:[a-z][\w-]*\s+)?cameo(?:\s+appearance)?"
    # ("wanders through a couple of shots": passing through the picture a moment, as turning up for it is)
    r"|(?:wanders|wandered|walks|walked)\s+(?:briefly\s+)?through\s+(?:(?:a|one)\s+(?:shot|scene)|(?:a\s+few|a\s+couple\s+of"
    r"|two|three)\s+(?:shots|scenes))"
    # "X turns up for a few seconds near the end": a moment on screen, in no part
    # ("turns up for about four seconds": how long, hedged; "appears briefly, carrying a tray": appearing, said to be
    # brief, is the same)
    r"|(?:(?:turns|turned|shows|showed|pops|popped)\s+up|(?P<appeared>appears|appeared))(?:\s+(?:only\s+)?(?:briefly"
    r"|for\s+(?:(?:about|maybe|just|only|barely|roughly|around|perhaps)\s+)?(?:a|one)\s+(?:second|moment)"
    # ("for a second or two": a single one, and maybe the next)
    r"(?:\s+or\s+two)?"
    r"|for\s+(?:(?:about|maybe|just|only|barely|roughly|around|perhaps)\s+)?"
    r"(?:a\s+few|a\s+couple\s+of|a\s+handful\s+of|two|three|four|five|six|seven|eight|nine|ten)\s+(?:seconds|moments|shots))"
    # ("turns up, briefly and without explanation, in a lift": how brief set off by commas, perhaps with a few words
    # more of how joined by "and", then where)
    r"|\s*,\s*(?:only\s+|very\s+)?(?:briefly|fleetingly)(?:\s+and\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2})?\s*,"
    r"\s+(?:at|in|on|near|outside|inside|behind|by)\s+(?:the|a|an|his|her|their)\s+[a-z][^@,;.()\"]{0,60}?))"
    # ("makes a cameo, too": the same set off by a comma)
    r"(?:\s+(?:in\s+the\s+(?:video|clip)|too|as\s+well|near\s+the\s+end|at\s+the\s+end)|\s*,\s+(?:too|as\s+well)"
    # ("has a cameo, fiddle in hand, in the final scene": a short aside, then when)
    r"|\s*,\s*[a-z][\w'-]*(?:\s+[a-z][\w'-]*){1,3}\s*,\s+(?:in|during)\s+the\s+(?:final|last|closing|opening|first)\s+"
    r"(?:scenes?|shots?|seconds|moments)"
    # "makes a brief cameo at the depot": where, not a part
    # ("turns up in a brief cameo with a knotted scarf on his head": what they have with them, not a part)
    # ("makes a cameo in his own barber's chair", "with his harp in the last scene": a place of theirs, or what they
    # have with them, told with a possessive, a pronoun read as a mention)
    # ("in a borrowed Stetson": what they wear or hold may be a capitalised word, a name of no one, checked on the
    # match)
    # ("makes a short cameo on one of the moving walkways": one of several such places)
    r"|\s+(?:at|in|on|near|outside|inside|behind|by|with)\s+(?:(?:one|some|each)\s+of\s+)?"
    r"(?:the|a|an|his|her|their|@\d+(?:'s)?)\s+[a-z][^@,;.()\"]{0,60}?"
    r"(?:\s+(?P<thing>@\d+))?"
    # ("makes a cameo at a piano that was carried up four flights of stairs for a shot that lasts six seconds": a
    # relative clause about the place or the thing, naming no one, which may run long; checked on the match to hold
    # no "as" nor "play")
    r"(?:\s+(?:that|which|where)\s+(?P<place_told>[a-z][^@,;.()\"]{1,120}?))?)?"
    # ("has a cameo, though you only see his back": a concession joined on, as "but" is; "has a cameo, as does Y": the
    # same said of another)
    r"\s*(?:[.;!]|,\s+(?:and|while|but|though|although|as\s+(?:does|did|do))\b|\s+(?:and|while|but)\s|$"
    # ("has a cameo, fast asleep in a gondola.": the state they are seen in, ending the sentence, no part)
    # ("asleep in a compartment with her headphones on": their own things told with a pronoun, checked on the match)
    # ("makes a cameo, asleep at the counter, and the owner ...": or before the next clause joined on, of its own
    # subject; not "..., and plays a nurse", the same subject's part)
    r"|,\s+(?:fast\s+|sound\s+)?(?:asleep|awake|barefoot)\b(?P<state>[^,;.()\"]{0,60}?)\s*(?:[.!]|$"
    r"|,\s+(?:and|while|but)\s+(?:(?i:the|a|an|his|her|their)\s|@\d+))"
    # ("makes a cameo - she's the one walking past the gate": a dash, then the reader shown which one in the scene is
    # them, no part)
    r"|\s*[\x{2013}\x{2014}-]{1,2}\s*(?:he|she|they|@\d+)(?:['\x{2019}](?:s|re)|\s+(?:is|are))\s+the\s+ones?\s+"
    r"(?P<shown>in|with|at|on|by|behind|[a-z]{2,}ing)\s"
    # ("has a small cameo: he walks past with a crate, without any role.": what they do told after a colon, of
    # the one making it, and then that it is no part, ending the sentence)
    r"|\s*:\s+(?P<colon_who>he|she|they|@\d+)\s+(?P<colon_does>[a-z][^@,;.:()\"]{1,80}),\s+(?:with\s+no|without\s+(?:a|any))\s+(?:role|part)"
    r"\s*(?:[.!]|$)"
    # ("makes a wordless cameo: you can see him cycling past": a colon, then the reader told what they will see them
    # do in the scene, no part)
    r"|\s*:\s+you\s+(?:(?:can|will|may|might|could)\s+)?(?:also\s+|just\s+)?(?:see|spot|catch|glimpse)\s+"
    r"(?:him|her|them|@\d+)\s+(?P<seen_doing>[a-z]{2,}ing)\s"
    # ("has a walk-on, no lines.", "has a cameo, without a word": that they say nothing, ending the sentence)
    # ("appears briefly at the end, no part, just smiling.": no part said outright, then what they do there)
    # ("turns up in the background, uncredited, with no part;": left out of the credits, then no part; "at a petrol
    # station, no part, just a cameo.": what it is instead)
    r"|,\s+(?:uncredited\s*,\s+)?(?P<silent>(?:no|not\s+a|with\s+no|without\s+(?:a|any))\s+(?:single\s+)?"
    r"(?:lines?|words?|dialogue|part|role)(?:\s+and\s+no\s+[a-z]+)?)\s*(?:[.;!]|$|,\s+(?:just\s+)?an?\s+cameo\s*(?:[.;!]|$)"
    r"|,\s+(?:just\s+)?(?P<after_silent>[a-z]{2,}ing)\b[^@,;:.()\"]{0,60}?\s*(?:[.!]|$))"
    # "shows up in a cameo, fiddle and all.": an aside of a few words ending the sentence (not a part after "as")
    r"|,\s+(?:[a-z][\w'-]*\s+){0,3}and\s+all\s*(?:[.;!]|$)"
    # "makes a cameo in the front row, notebook in hand.": what they hold, an absolute phrase ending the sentence (no
    # part after "as")
    r"|,\s+(?:[a-z][\w'-]*\s+){1,3}in\s+hand\s*(?:[.!]|$)"
    # "has a cameo, right at the back of the class.": where in the scene, set off by a comma, ending the sentence
    # (checked on the match to hold no "as": "has a cameo, in the last scene as a nurse" tells a part)
    r"|,\s+(?:right\s+|just\s+|somewhere\s+|way\s+)?(?:at|in|on|near|behind|beside)\s+(?:the|a|an|his|her|their)\s+"
    r"(?P<where>[a-z][^@,;.()\"]{0,60}?)\s*(?:[.!]|$)"
    # "makes a cameo that we will not spoil here.": a relative clause about the cameo whose subject is the writer or
    # the reader, ending the sentence (checked on the match to hold no "as" nor "play": those may tell a part)
    r"|\s+(?:that|which)\s+(?P<remark>(?:we|you|I|@\d+)\s[^@,;.()\"]{1,60}?)\s*(?:[.!]|$)"
    # "has a cameo in the crowd, which made the whole room cheer.": a relative clause about the cameo, what it did,
    # ending the sentence (checked on the match to hold no "as" nor "play", as a remark is)
    # ("makes a brief appearance too, which seems only fair.": the teller's judgement of it)
    r"|,\s+which\s+(?P<effect>(?:made|got|had|drew|earned|won|brought|caused|left|seems|seemed|feels|felt)\s"
    r"[^@,;.()\"]{1,60}?)\s*(?:[.!]|$)"
    # "has a cameo on the touchline, arms folded, which ...": how they stand, a noun and a past participle, no part
    r"|,\s+(?:(?:his|her|their)\s+)?[a-z]+s\s+[a-z]{3,}ed\s*(?:[.;!]|,\s+(?:which|and|while|but)\b|$)"
    # "has a cameo, dancing at the back": what they do in the scene after a comma (checked on the match: not "playing")
    # ("has a cameo mopping the platform": or straight after it)
    r"|(?P<doing>,)|\s+(?P<scene>[a-z]{2,}ing)\s)"
)
# "van Amerongen can be glimpsed in the background", "The young X, later a football commentator, can also be
# spotted.": seen in the video, in no part, when the clause ends there or says only where in the picture or for how
# long ("can be seen on a poster" may be a picture of them, not them)
_GLIMPSED = linear.compile(
    # ("Ms X and Mr Y can be spotted": two seen together, each perhaps with a title of address; checked on the match
    # to be two names)
    # ("and the producer, X, can be spotted": what they are, then their name set off by commas, checked on the match
    # to close where it opened; what they are may be a description the page resolves to them, also checked)
    # ("and if you look closely, X is glimpsed": the reader told how to see them, set off by commas)
    # ("And our very own X can be seen": the sentence joined on to the last by "And")
    # ("The band barely turn up: X can be spotted": after a colon that leads into who is seen)
    # ("The manager himself, X, is briefly seen": the description stressed)
    # ("A's grandmother, X, is seen": whose relative, told with another's name)
    r"(?:^|[.;!?:]\s+|,\s+(?:and|while|but)\s+|,\s+(?:and\s+)?if\s+you\s+look\s+(?:closely|carefully|hard)\s*,\s+)"
    # ("and the store's real owner, X, can be seen": what they are may be whose, a thing's)
    r"(?:And\s+)?(?:(?P<apposing>(?:(?:(?i:the|his|her|their|our)|@\d+'s)\s+(?:[a-z][\w-]*(?:['\x{2019}]s|s['\x{2019}])?\s+){0,3}?"
    rf"[a-z][\w-]*|(?P<described>{_P})(?:\s+(?:himself|herself))?)\s*,\s*)|(?:(?i:the|a|an)\s+)?(?:[a-z][\w-]*\s+){{0,3}})"
    rf"(?:{_TITLE}\s+)?"
    rf"(?P<person>{_P})(?:\s+(?:and|&)\s+(?:{_TITLE}\s+)?(?P<other>{_P}))?"
    # ("X (Big X, to all of you) can be seen": what they are called, in brackets; checked on the match to name no one
    # else)
    r"(?:\s*\((?P<called>[^()]{1,60})\))?"
    # ("X, who started it all, can be glimpsed": a relative clause about them, naming no one else; "X, to whom they
    # owe so much, can be glimpsed": its object, after a preposition, whatever others it names)
    # ("X, in a white suit, can be spotted": what they wear, set off by commas; checked on the match to tell no part)
    # ("X, the Danish-born co-producer, can be seen": a word of a place in it, no one of the page; checked on the match)
    r"(?:\s*,\s*(?:later|now|then|once|still|a|an|the|who)\s(?P<appos>(?:[^@,;.()\"]|@\d+){1,80}?),"
    r"|\s*,\s*(?P<wearing>in\s+(?:a|an|his|her|their)\s[^@,;.()\"]{1,60}?),"
    # ("X, who flew in from Lyon for the shoot, can be spotted": a relative clause naming a place, a single word no one
    # of the page is, checked on the match)
    r"|\s*,\s*(?P<who_placed>who\s[^,;.()\"]{1,80}?),"
    r"|\s*,\s*(?:to|for|with)\s+whom\s[^,;.()\"]{1,80}?,)?"
    # ("X flew over for a day and can be spotted": what the subject did, then seen, the same subject's second verb)
    # ("X was persuaded to bring her own chair and can be seen": the same, told in the passive; checked on the match
    # to name no one but by a pronoun)
    # (after the comma that closes an apposition: "A's grandmother, X, was persuaded to ... and can be seen")
    r"(?P<closing>\s*,)?"
    r"(?:\s+(?:(?:was|were)\s+[a-z]+ed|[a-z]+(?:ed|ew|ame|ent))\s(?P<did>(?:[^@,;:.()\"]|@\d+){1,60}?)\s+and)?"
    # ("X is glimpsed buying bread": seen so, told in the present as the video's story is)
    # ("X is briefly seen feeding coins into a machine": seen told in the present, for a moment)
    # ("X is only ever seen from behind": never seen otherwise)
    # ("X and Y are glimpsed": the two seen together, told in the plural and the present, as the video's story is
    # ("were seen at a party by a reporter" is no scene); checked on the match to be two)
    r"\s+(?:(?:also\s+)?(?:(?:can|could)\s+(?:also\s+|briefly\s+|just\s+)?be|is|was|(?P<plural>are))\s+"
    r"(?:(?:only\s+|also\s+)?briefly\s+|only\s+(?:ever\s+)?)?"
    # ("can be spotted on the dance floor": glimpsed on a place in the scene; "seen on a poster" may be a picture,
    # so "seen on" only where no word of a picture or a show is: checked on the match)
    # ("is seen briefly walking a dog", "can be seen briefly at a petrol station": for a moment, said after it)
    # ("can be glimpsed on deck", "on stage": a place told without an article, as a set phrase is)
    r"(?:(?:glimpsed|spotted|(?P<seen_on>seen))\s+on\s+(?:(?:the|a|an)\s+[^@,;.()\"]{1,60}?|(?:deck|stage|board|set))"
    r"|(?:seen|glimpsed|spotted)"
    # ("can be seen, very briefly, carrying a crate": how brief set off by a comma, what they do after the next one)
    # ("is glimpsed only briefly", "is seen from behind": how brief, or from where)
    r"(?:\s+(?:only\s+)?(?:briefly|fleetingly|momentarily)|\s*,\s*(?:very\s+|only\s+)?(?:briefly|fleetingly|momentarily)"
    r"|\s+from\s+(?:behind|afar|above|below))?"
    # ("can be seen, fiddle case under one arm, in the last shot": how they carry something, set off by commas;
    # checked on the match not to open on an "-ing" word)
    r"(?:\s*,\s*(?P<carrying>(?:[a-z][\w-]*\s+){1,2}(?:under|in|on|over|across|around)\s+"
    r"(?:(?:one|both|his|her|their|an?|the)\s+)?[a-z][\w-]*)\s*,)?"
    # ("can be spotted in a brief cameo, pouring tea behind the counter": what they do in the scene, after a comma)
    # ("can be seen for about two seconds waving from a bus stop": for how long, then what they do)
    # ("is glimpsed only briefly, behind the decks": where, set off by a comma; checked on the match to tell no part)
    # ("are glimpsed only in silhouette": seen no other way than so; checked on the match to be no picture of them,
    # "only in reflections", "only on a screen")
    r"(?:(?:\s+|\s*,\s*(?P<aside>))(?P<only>only\s+)?(?:for|in|at|among|behind|near|during|towards?)\s+"
    r"(?P<where>[^@,;.()\"]{1,60}?)"
    r"(?:\s+(?P<then_doing>[a-z]{2,}ing\s[^@;:.()\"]{1,80}?))?"
    # ("can be glimpsed bowing a cello on the rocks": what they do in the scene, straight after it, naming no one;
    # checked on the match to be no part: not "playing" or "portraying", and no "as")
    # ("can be seen cutting cloth behind her": a pronoun in it, checked on the match to be the only mention)
    r"|\s+(?P<doing>[a-z]{2,}ing\s(?:[^@;:.()\"]|@\d+){1,120}?)"
    # ("can be glimpsed asleep against a window": the state they are seen in, maybe where)
    r"|\s+(?:fast\s+|sound\s+)?(?:asleep|awake|barefoot)"
    r"(?:\s+(?:against|in|on|at|by|behind|near|under|beside)\s+[^@,;.()\"]{1,60}?)?)?)"
    # ("X is in there too, fiddling on a jetty", "X is in it as well.": in the video, in no part it tells; not "X is
    # in it too: he is the porter", whose part the words after the colon tell)
    # ("X is in it for about four seconds with a scarf over his face": how long, and what they wear or hold)
    r"|(?:is|was)\s+(?:also\s+)?in\s+(?:(?:it|there|the\s+(?:music\s+)?(?:video|clip))\s+(?:too|as\s+well"
    r"|for\s+(?:(?:about|maybe|just|only|barely|roughly|around|perhaps)\s+)?(?:a|one|a\s+few|a\s+couple\s+of|two|three"
    r"|four|five|six|seven|eight|nine|ten)\s+(?:seconds?|moments?|shots?)"
    r"(?:\s+with\s+(?:a|an|the|his|her|their)\s+[^@,;:.()\"]{1,60}?)?)"
    # ("X is in the last shot for a moment, holding a bouquet": in one shot of the video, perhaps for how long)
    r"|the\s+(?:last|final|closing|opening|first)\s+(?:shot|scene)(?:\s+(?:too|as\s+well|for\s+(?:(?:about|just|only)\s+)?"
    r"(?:a|one|a\s+few|two|three)\s+(?:seconds?|moments?)))?))"
    # ("X is in it too, though only briefly", "X is in it too, somewhere on the top deck", "X can be seen in the crowd,
    # if you look closely": a concession or a vague where after the comma, no part)
    # ("can be seen on the top deck, asleep.": the state they are seen in, ending the sentence)
    # (", which he maintains was not acting": a relative clause on being seen so, no part)
    # ("can be spotted in the crowd, no part, just X in a raincoat": that they play no part, said after a comma)
    # ("can be glimpsed, without a part, behind a cart": said outright to be in no part; not "without a speaking part",
    # which may be a silent one; "at the rail, without a part.": or ending the sentence)
    # ("X is in there too, just sitting on a wall": what they do, narrowed by "just"; "can be seen behind the counter,
    # mostly laughing": or by an adverb of how)
    # ("can be spotted dancing with the aunties, and the henna artist is played by X": a new clause with a subject of
    # its own after ", and", as a full stop would end it)
    r"\s*(?:[.;!]|$|,\s*(?:just\s+|[a-z]{2,}ly\s+)?(?P<after_doing>[a-z]{2,}ing)\b"
    r"|,\s*(?:though|albeit|if|somewhere|which)\s|,\s*no\s+part\b"
    # ("and the neighbour, a retired postman named X, plays a man": the new clause's subject may have an apposition,
    # and its verb may cast them)
    r"|,\s*(?:and|but|while)\s+(?:the|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
    r"(?:\s*,\s*(?:a|an|the)\s(?:[^@,;.()\"]|@\d+){1,60}?,)?\s+(?:is|was|plays|played|appears|appeared)\s"
    r"|,\s*without\s+(?:a|any)\s+(?:part|role)\s*(?:[,.;!]|$)"
    # ("can be spotted in the back seat, asleep: no part, just a cameo": no part said after a colon)
    r"|,\s*(?:fast\s+|sound\s+)?(?:asleep|awake|barefoot)\s*(?:[.;!]|$)|,\s*with\s+no\s+part\b"
    r"|(?:,\s*(?:fast\s+|sound\s+)?(?:asleep|awake|barefoot))?\s*:\s*no\s+part\b)"
)
# "and yes, that's X folding sheets in the background", "that is our X drying dishes in the background: no lines":
# the reader shown who someone in the background is, doing something, in no part
_THAT_IS_THEM = linear.compile(
    r"(?:^|[.;!?:]\s+|,\s+)(?:(?i:and|so)\s+)?(?:yes\s*,\s+)?(?i:that)(?:['\x{2019}]s|\s+is|\s+was)\s+"
    r"(?:(?:our|your)\s+(?:very\s+)?(?:own\s+)?)?"
    rf"(?P<person>{_P})\s+(?P<doing>[a-z]{{2,}}ing\s[^@,;:.()\"]{{1,80}}?)\s+in\s+the\s+background"
    r"(?:\s+of\s+(?:the|a|an)\s+[^@,;:.()\"]{1,40}?)?\s*(?:[.;!:]|$)"
)
# "Look out, too, for X in the very last shot", "Look for a brief appearance by X himself, behind the counter": the
# reader told to watch for someone somewhere in the video, in no part
_LOOK_FOR = linear.compile(
    # (a sentence's first "Look" may be read as a name: checked on the match)
    rf"(?:^|[.;!?]\s+)\W*(?:(?:And|So|Oh,?)\s+)?(?P<look>(?i:look|watch)|{_P})(?:\s+out)?(?:\s*,\s*(?:too|also)\s*,|\s+(?:too|also))?\s+for\s+"
    r"(?:(?:an?\s+(?:brief\s+|short\s+|quick\s+|fleeting\s+)?(?:appearance|cameo)\s+(?:by|from)\s+)"
    r"|(?:the\s+(?:[a-z][\w-]*\s+){0,2}))?"
    rf"(?P<person>{_P})(?:\s+(?:himself|herself|themselves))?(?:\s*,?\s+(?:in|at|during|near|towards?|behind|on|among)\s+"
    r"(?:the|a|an|his|her|their|its)\s"
    # ("Look out for X too: he doesn't have a part, but ...": after a colon, that they play no part)
    r"|(?:\s+too|\s+as\s+well)?\s*:\s+(?:he|she|they|@\d+)\s+(?:(?:doesn|don|didn)['\x{2019}]t|(?:does|do|did)\s+not)\s+"
    r"have\s+(?:a|any)\s+(?:real\s+|proper\s+)?(?:part|role)\b"
    # ("watch for X walking a dog across the back of the frame: no part": what they do, then no part after a colon)
    r"|\s+[a-z]{2,}ing\s[^@,;:.()\"]{1,80}?:\s*no\s+part\b)"
)
# "Look closely at the dessert trolley and you'll spot X", "Watch the back row and you will see X, who ...": the reader
# told where to look, then whom they will see there, in no part (a relative clause after the name may tell more of
# them, checked on the match to give no part)
_LOOK_THEN_SPOT = linear.compile(
    # (a sentence's first "Look" may be read as a name: checked on the match)
    rf"(?:^|[.;!?]\s+)\W*(?P<look>(?i:look|watch)|{_P})\s+(?:(?:very|really|quite|[a-z]{{3,}}ly)\s+){{0,3}}"
    r"(?:at|in|on|behind|near|towards?|among)\s+(?:the|a|an|his|her|their|its)\s+(?P<where>[^@,;:.()\"]{1,60}?)"
    r"\s*,?\s+and\s+you(?:'ll|\x{2019}ll|\s+will|\s+can|\s+may|\s+might|\s+should)\s+(?:also\s+|just\s+)?"
    rf"(?:spot|see|catch|glimpse|notice)\s+(?P<person>{_P})"
    r"(?P<who>\s*,\s*who\s[^@;:.()\"]{1,80}?)?\s*(?:[.;!]|$)"
)
# "if you look at the balcony in the second verse you will see X, hanging out washing", "Keep your eyes on the car
# deck and you will see X, for about a second, leaning on a camper van", "in the final shot you can spot X reading on
# the harbour wall": the reader told where or when to look, then whom they will see there (the sentence's rest is
# checked on the match to tell no part and no picture of them)
_YOU_WILL_SEE = linear.compile(
    r"(?:^|[.;!?:]\s+|,\s+(?:and\s+)?)\W*(?:(?i:and|but|so)\s+)?"
    r"(?:(?i:if|when)\s+you\s+(?:look|watch|pause|keep|peer|squint)\b(?:[^@.;!?]|@\d+){0,80}?"
    rf"|(?P<look>(?i:look|watch|keep)|{_P})\s(?:[^@.;!?]|@\d+){{0,80}}?\s+and"
    # (a time or place told first is one of the video's: "in the final shot", "at the two-minute mark")
    r"|(?i:in|at|near|towards?|during|around)\s+(?:the|a|an)\s[^@.;!?,]{0,40}?"
    r"\b(?:shots?|scenes?|verses?|chorus|choruses|minutes?|mark|end|frames?|background|video|clip|bridge|seconds?)\b)"
    r"\s*,?\s+you(?:'ll|\x{2019}ll|\s+will|\s+can|\s+may|\s+might|\s+should)\s+(?:also\s+|just\s+|even\s+)?"
    r"(?:spot|see|catch|glimpse|notice)\s+"
    # ("you will spot our own night porter, X,": what they are, the name set off by commas, checked on the match)
    rf"(?:(?P<apposing>(?:(?i:the|his|her|their|our|my)|{_P}'s)\s+(?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*)\s*,\s*"
    r"|(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,3})?"
    rf"(?P<person>{_P})(?:\s+(?:himself|herself|themselves))?"
    r"(?P<rest>(?:[^@.;!?]|@\d+){0,200}?)\s*(?:[.;!?]|$)"
)
# What follows the one seen: the sentence's end, a comma, or where and what they do ("X walking past", "X at the bar")
_SEEN_NEXT = linear.compile(
    r"^(?:\s*(?:[,.;!?\x{2013}\x{2014}-]|$)|\s+(?:[a-z]+ing|at|on|in|by|behind|near|among|for)\b)"
)
# "no part", "without a line or a part": said of one who is in the video in none (read before the words of a part)
_NO_PART_SAID = linear.compile(
    r"\b(?:no|without\s+(?:a|any))\s+(?:(?:lines?|words?|speaking)\s+(?:or\s+(?:a\s+)?)?)?(?:part|role|lines?)\b"
)


# What a name closing an apposition is told as before it: "the village baker, X," at the start of a clause (not
# "directed by X,", whose comma ends the director's phrase)
# ("The real Piet, X, has a cameo": the one a name was said of before, told by a word about them, then named whole)
# ("the Vice-Chancellor, Professor X, makes a cameo": a post may be capitalised, and a title stand before the name)
# ("Our driver that summer, X, has a cameo": whose told by the teller's "our" or "my", and when, before the comma)
# ("And her grandmother, X, makes a cameo": a sentence opening with "And" or "But" joins on to the one before, the
# apposition still opening its clause)
_APPOSED_BEFORE = linear.compile(
    rf"(?:^(?:(?i:and|but)\s+)?|[;,]\s*|\s(?:and|while|but)\s+)(?i:the|a|an|his|her|their|our|my|{_P}'s)\s+"
    rf"(?:[a-z][\w'-]*\s+){{0,3}}"
    rf"[A-Za-z][\w-]*\s*,\s*(?:(?:Professor|Prof|Dr|Doctor|Sir|Dame|Mr|Mrs|Ms|Miss)\.?\s+)?$"
    rf"|(?:^(?:(?i:and|but)\s+)?|[;,]\s*|\s(?:and|while|but)\s+)(?i:the)\s+(?:[a-z][\w'-]*\s+){{1,2}}{_P}\s*,\s*$"
)
# A preposition right before a name: its object, not a clause's subject
# "A friend of X", "the sister of X" opening the sentence: someone told of by whose they are, whom a verb after
# it is told of, not X
_SOMEONES_BEFORE = linear.compile(r"(?:^|[.;!?]\s+)(?i:a|an|the|one)\s+(?:[a-z][\w-]*\s+){1,2}of\s+$")
# ... but "the members of X", "the rest of X" are X's own, whom other rules give their parts
_MEMBERS_OF = linear.compile(r"\b(?:members|rest)\s+of\s+$")
_PREPOSITION_BEFORE = linear.compile(r"\b(?:by|with|from|of|to|for|at|in|on|about|like)\s+$")
# "X of the boy group Y, a labelmate, makes a cameo": a name told as of what the next name is (a group, a firm), the
# first name opening its sentence or clause, is the subject; the second only says whose member X is (after anything
# else, "the drummer of the band Y makes a cameo", the one making it is not sure)
_MEMBER_OF_BEFORE = linear.compile(
    r"(?:(?P<opens>^|[.;!?]\s+|,\s+(?:and|while|but)\s+)(?P<owner>@\d+)\s+)?\bof\s+(?:the|a|an)\s+"
    r"(?:[a-z][\w'-]*\s+){1,3}$"
)
# "Footballer A and comedian B make cameos.": several cast in no part
# ("Ms A and Mr B both appear ...": a title before the next name, outside its mention)
_MAKE_CAMEOS = linear.compile(
    rf"(?P<people>{_P}(?:\s*,\s*(?:[a-z][\w-]*\s+){{0,3}}{_GAP_TITLE}{_P}){{0,5}}\s*,?\s+(?:and|&)\s+"
    rf"(?:[a-z][\w-]*\s+){{0,3}}{_GAP_TITLE}{_P})"
    # ("Bell's parents, A and B, make a cameo": the two closing an apposition to whose relation they are, checked on
    # the match by what stands before them)
    r"(?P<closed>\s*,)?"
    # ("A and B make wordless cameos": what kind of cameos, a word or two, as of one person's)
    r"\s+(?:both\s+|also\s+)?(?:(?:make|made)\s+(?P<kind>(?:[a-z][\w'-]*\s+){0,2}?)cameos?(?:\s+appearances)?"
    # ("A and B make a brief appearance in a lay-by": a cameo told otherwise, as of one person; "A and B both appear
    # in the back row": "both", then where, no part; "both appear briefly among the crowd": for how long, then where)
    r"|(?:make|made)\s+(?:only\s+)?(?:a\s+)?(?:brief|short|fleeting)\s+appearances?"
    r"|both\s+(?:appear|appeared)\s+(?:(?:briefly|fleetingly|momentarily)\s+)?(?:at|in|on|among|amongst)\s+"
    r"(?:the|a|an)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}"
    # ("A and B turn up briefly behind the counter", "pop up at a bus stop": arriving in the scene, then where)
    r"|(?:turn|turned|show|showed|pop|popped)\s+up\s+(?:(?:briefly|fleetingly|momentarily)\s+)?"
    # (where told by a word of a place within the scene: "turned up at the studio" may be the story's, not the video's)
    r"(?:among|amongst|behind|beside)\s+(?:the|a|an)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}"
    # ("A and B can both be spotted in the opening shot", "are briefly glimpsed among the crowd": seen, then where)
    r"|(?:(?:can|could)\s+(?:both\s+|also\s+)?be\s+|(?:are|were)\s+(?:both\s+|also\s+)?)(?:(?:briefly|fleetingly)\s+)?"
    r"(?:seen|spotted|glimpsed)\s+(?:at|in|on|among|amongst|behind|beside|outside|inside|near)\s+(?:the|a|an)\s+"
    r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3})"
    # (", without any lines,": that they say nothing, set off by commas, before where they are)
    r"(?:\s*,\s*(?:without\s+(?:any\s+)?(?:lines|words|dialogue)|wordlessly|silently)\s*,)?"
    r"(?:\s+(?:in\s+the\s+(?:video|clip)|too|as\s+well)"
    # ("both make cameos on a tandem", "in the back row": where they are in the scene, with an article, ending it)
    # ("among the passengers": among those in the scene)
    # ("at a bus stop in the second verse": where, then when in the song, each a phrase of its own)
    r"|(?:\s+(?:at|in|on|near|outside|inside|behind|by|among|amongst)\s+(?:the|a|an)\s+[a-z][\w'-]*"
    r"(?:\s+[a-z][\w'-]*){0,3}){1,2})?"
    # (", eating pasties.": what they do there, after a comma, to the sentence's end)
    # (", asleep on a bench.": the state they are seen in, ending the sentence, as for one person; checked on the
    # match to hold no "as" nor "play", which would tell a part)
    # (", dancing in the Plaza Mayor.": where they do it may be a place's name, after a preposition, ending the
    # sentence; checked on the match to be no "playing")
    r"\s*(?:[.;!]|,\s+(?:and|while|but)\b|,\s+[a-z]+ing\s[^@;:]*[.;!]|$"
    r"|,\s+(?P<doing>[a-z]+ing)(?:\s[^@;:.]*?)?\s(?:in|at|on|outside|inside|by|near)\s+(?:the\s+)?@\d+\s*[.;!]"
    r"|,\s+(?:fast\s+|sound\s+)?(?:asleep|awake|barefoot)\b(?P<state>[^@,;.()\"]{0,60}?)\s*(?:[.!]|$)"
    # (", one holding a recorder and the other looking unhappy.": what each of them does, in turn; checked on the
    # match to tell no part, "one playing the vicar")
    r"|,\s+(?P<each>(?:one|each)\s+(?:of\s+them\s+)?[a-z]+ing\s[^@;:]*?)\s*(?:[.;!]|$))"
)
# ("are glimpsed in a cafe, playing themselves, arguing": the part after a comma, whatever follows it)
_PLAYING_NEXT = linear.compile(r",\s+(?:playing|portraying)\s")
# "casts Bell's father, Tom Bell, as an old farmer": a person told as an apposition to a possessive
# ("cast the singer's father, X, as", "features her grandmother, X, as": whose relation told by a pronoun or a
# description, after a verb that casts, so that "helped by her friend, X, as a favour" is no part)
_APPOSED = linear.compile(
    rf"(?:{_P}'s|\b(?:cast|casts|casting|features|featured|featuring|stars|starred|starring|"
    # ("a cameo from the contest's host, X, as a seagull": who makes the cameo, told the same way)
    r"(?:cameo|appearance)\s+from)\s+"
    # ("stars my cousin, X, as": whose told by the speaker's "my" in a quote)
    r"(?:the\s+[a-z][\w-]*'s|his|her|their|my|our))"
    # ("features Bell's grandfather, fisherman X, as himself": what the relation is, before the name)
    rf"\s+(?:[\w-]+\s+){{0,3}}[\w-]+\s*,\s*(?P<what>(?:[a-z][\w-]*\s+){{0,2}})(?P<person>{_P})\s*,\s+as\s+"
    rf"(?P<role>{_ROLE_START}.{{0,{MAX_ROLE}}}?){_ROLE_END}"
)
# "there is a cameo from X, as a street painter": the one making the cameo named straight after "from", then the part
# set off by a comma, as after an apposition
_CAMEO_FROM_AS = linear.compile(
    rf"\b(?:cameos?|appearances?)\s+from\s+(?P<what>)(?P<person>{_P})\s*,\s+as\s+"
    rf"(?P<role>{_ROLE_START}.{{0,{MAX_ROLE}}}?){_ROLE_END}"
)
# "stars retired boxer X, a two-time champion, as a coach", "stars the host X, of Wake Up Leeds, as a nurse": the
# person straight after a verb that casts, with an apposition about them before "as" (a description, or the show
# they are "of")
_STARS_APPOSED = linear.compile(
    r"\b(?:cast|casts|casting|features|featured|featuring|stars|starred|starring)\s+(?:the\s+)?"
    rf"(?P<what>(?:[a-z][\w-]*\s+){{0,3}})(?P<person>{_P})\s*,\s*"
    # (a name inside the description only before a noun it qualifies: "a two-time Super Bowl champion")
    rf"(?:(?:a|an|the)\s(?:[^,;.()@\"]|{_P}\s+[a-z]){{1,80}}?|of\s+(?:the\s+)?{_P})\s*,\s+as\s+"
    rf"(?P<role>{_ROLE_START}.{{0,{MAX_ROLE}}}?){_ROLE_END}"
)
# "stars a pair of dancers, X and Y, as two clerks", "features a local fisherman, X, as himself": who they are,
# described as anyone (an article or a number), before the name or the two names it is set off from by commas
_DESCRIBED_APPOSED = linear.compile(
    r"\b(?:cast|casts|casting|features|featured|featuring|stars|starred|starring)\s+"
    r"(?:an?|two|three|four|an?\s+(?:pair|couple|trio|handful)\s+of)\s+"
    rf"(?:(?:[\w-]+|{_P})\s+){{0,3}}[a-z][\w-]*\s*,\s*"
    rf"(?P<people>(?P<person>{_P})(?:\s+(?:and|&)\s+(?P<other>{_P}))?)\s*,\s+as\s+"
    rf"(?P<role>{_ROLE_START}.{{0,{MAX_ROLE}}}?){_ROLE_END}"
)
# "Bell reads her verse from the pulpit, playing a priest": the sentence's subject, a few words on
# ("A and B restaged their first dance for it, playing themselves": two subjects, each in the part; "herself": a
# reflexive part as after "as")
_PLAYING_AFTER = linear.compile(
    # ("The Oslo radio DJ X has a cameo, playing herself": what they are before the name, with a place's name or an
    # initialism among its words)
    # ("A appears as a DJ, and B and C are seen in a cafe, playing themselves": a clause joined by ", and" after
    # another of its own subject)
    rf"(?:^|[.;!?]\s+|(?P<joined>,\s+and\s+))(?:\p{{Lu}}[a-z]*(?:\s+[a-z]+){{0,3}}\s*,?\s+"
    rf"|(?i:the|a|an)\s+(?:(?:@\d+|[a-z][\w-]*|\p{{Lu}}{{2,4}})\s+){{1,3}})?"
    rf"(?P<people>(?P<person>{_P})(?:\s+(?:and|&)\s+(?P<other>{_P}))?)"
    # ("X, who had never been to Hanoi, appears on a TV set, playing ...": a relative clause about them, set off)
    rf"(?:\s*,\s*who\s(?:[^@,;.()\"]|@\d+){{1,80}}?,)?\s+[a-z][^@,;.()\"]{{0,80}},\s+playing\s+"
    rf"(?P<role>(?:a|an|the|his|her|their)\s[a-z][^@]{{0,{MAX_ROLE}}}?|himself|herself|themselves){_ROLE_END}"
)
# What stands right before a name that a phrase opening the sentence ends on: "and", joining it to one more subject
# ("The band and X appear, playing ...": whose part it is, not X's alone)
_JOINED_BEFORE = linear.compile(r"\s(?:and|&)\s+$")
# What someone does, before their name ("actor", "the comedian", "a local DJ").
_DOER = "(?:(?:the|a|an)\\s+)?(?:[a-z][\\w-]*\\s+)?(?:" + "|".join(sorted(ROLE_NOUNS)) + ")"
# "..., and in the very last shot C is a fisherman": which shot of the video, fronted before the one in it
_IN_SHOT = r"(?:in\s+the\s+(?:very\s+)?(?:first|last|final|opening|closing)\s+(?:shot|scene|frame)\s*,?\s+)?"
# "A plays a lifeguard, B is the swimmer who ..., and C ...": "is" a part among other parts of one clause (read
# only when the clause casts someone else: alone, "B is the singer" tells no part)
_IS_AMONG = linear.compile(
    # ("B is the host, A is cast as a magician": the first of the parts, at the clause's start)
    # ("Belgian actor X is the greengrocer who ...": what they are may come first, as it does before any name)
    # ("..., and actor C is the night guard": after the comma too, what C does may come before the name)
    # ("...; and C is the pianist", "..., while C is the milkmaid who ...": the last of the parts, joined on)
    # ("..., and the singer's niece, C, is the girl who ...": who C is to someone, apposed before the name)
    rf"(?:^(?:(?i:the)\s+)?(?:\p{{Lu}}[\w-]*\s+)?(?:[a-z][\w-]*\s+){{0,2}}|,\s+(?:(?:and|while)\s+)?{_IN_SHOT}(?:{_DOER}\s+)?"
    rf"|;\s+(?:and\s+)?|,\s+(?:and|while)\s+(?:the|his|her|their|{_P}'s)\s+(?:[a-z][\w'-]*\s+){{0,3}}[a-z][\w-]*\s*,\s*)"
    rf"(?P<person>{_P})(?:\s*,)?\s+"
    rf"(?:is|was)\s+(?P<role>(?:a|an|the)\s[^@,;:.()\"]{{1,{MAX_ROLE}}}?){_ROLE_END}"
)
# The same, with a pronoun in the part's scene ("B is a florist closing up her stall"): the part is what comes before
# the participle (as after "plays"), which must hold no one
_IS_DOING = linear.compile(
    rf"(?:^(?:(?i:the)\s+)?(?:\p{{Lu}}[\w-]*\s+)?(?:[a-z][\w-]*\s+){{0,2}}|,\s+(?:and\s+)?{_IN_SHOT}|;\s+)(?P<person>{_P})\s+"
    rf"(?:is|was)\s+(?P<role>(?:a|an|the)\s(?:[^@,;:.()\"]|@\d+){{1,{MAX_ROLE}}}?){_ROLE_END}"
)
# "X, the stalwart of the National Theatre, is the leading man", "the actor X, who has worked with Y on all his films,
# is the ferryman", "X from our Saturday class is the boy": what X is, or a relative clause about X, between the name
# and "is"; when no other part is told, only "the" part a relative clause in the present tells of, as a story is told
# ("is the boy who won't let her join", not "is a teacher who lives in Leeds")
_IS_APPOSED = linear.compile(
    rf"(?:^(?:(?i:the)\s+)?(?:\p{{Lu}}[\w-]*\s+)?(?:[a-z][\w-]*\s+){{0,2}}|,\s+(?:and\s+)?(?:{_DOER}\s+)?|;\s+(?:{_DOER}\s+|(?i:the|a|an)\s+{_NATION_WORD}\s+{_DOER}\s+)?)"
    # (the aside may name others: "who has worked with Y", "of the National Theatre"; it is still about X)
    # ("the actor X, in his first role for years, is the ferryman": when or how, set off by commas)
    rf"(?P<person>{_P})(?:\s*,\s*(?:the|a|an|who|in)\s(?:[^;:.()\"@]|{_P}){{1,120}}?,|\s+from\s+(?:our|the|their|his|her)\s"
    rf"(?:[^,;:.()\"@]|{_P}){{1,60}}?)?\s+(?:is|was)\s+"
    rf"(?P<role>(?P<article>a|an|the)\s[^@,;:.()\"]{{1,{MAX_ROLE}}}?)(?:\s+who\s+(?P<verb>[a-z][\w']*)|{_ROLE_END})"
)
_CAREER_VERBS = frozenset(
    str.split("lives works teaches writes sings owns manages produces directs records performs tours plays runs")
)
# The present of a relative clause's verb that tells what a character does ("who won't", "who collapses").
_STORY_VERB = linear.compile(
    r"^(?:won't|can't|cannot|doesn't|never|always|keeps|still|[a-z]{2,}(?:[^s']s|ches|shes|ses|xes))$"
)
# "A is a gardener and B a weatherman": a second part with its "is" left out, after "and"
_GAPPED_IS = linear.compile(
    rf"\s+and\s+(?P<person>{_P})\s+(?P<role>(?:a|an|the)\s[^@,;:.()\"]{{1,{MAX_ROLE}}}?){_ROLE_END}"
)
# The word after "as" in an idiom of comparison or of how things went ("as well", "as always", "as planned"), no part
_AS_IDIOM = frozenset(
    str.split(
        "well always usual ever before expected planned promised agreed such yet far much soon long often though if"
    )
)
# "In the video, ...": a clause that opens on the video tells its parts with "is" too, as a list of parts does
_IN_THE_VIDEO = linear.compile(r"^\s*(?i:in)\s+the\s+(?:music\s+)?(?:video|clip)\s*,")
# What one plays that is no part: an instrument, a song (a trad tune's kind too: "playing the air on the
# slipway", "playing a reel"), a show.
_NOT_A_PART = frozenset(
    str.split(
        """
    guitar guitars piano keyboard keyboards drums drum bass violin fiddle cello organ harp flute saxophone sax
    trumpet harmonica ukulele accordion banjo mandolin pipes synth synths song songs tune tunes melody chords
    clarinet trombone tuba viola oboe bassoon bagpipes tambourine xylophone marimba zither lute sitar tabla oud
    bouzouki kora ngoni balafon djembe kalimba
    keytar darbuka cajon bongos congas timbales charango bandoneon theremin vibraphone glockenspiel harpsichord
    mellotron synthesiser synthesizer synthesisers synthesizers mpc sampler samplers turntable turntables
    chord solo riff set gig show shows game games cards record records track tracks club clubs venue bar pub
    concert festival stage room hall crowd part bars notes intro outro chorus choruses verse verses hook licks
    video videos clip clips album albums
    air airs reel reels jig jigs hornpipe hornpipes strathspey strathspeys lament laments ballad ballads polka
    polkas slide slides whistle whistles concertina concertinas bodhran bodhrán melodeon melodeons
    """
    )
)
# "the role of the bus driver went to comedian X"
# ("the role of the captain - a gruff old man who softens - went to X": an aside about the part, set off by dashes or
# commas, is not the part; the part itself holds no dash then)
_GIVEN_TO = linear.compile(
    rf"\b(?i:the|a)\s+{_LEAD}(?:role|part)\s+of\s+(?P<role>(?:(?:the|a|an|his|her|their)\s|{_P}'s\s)[^@,;.]{{1,{MAX_ROLE}}}?)"
    r"(?:\s+-\s+(?:a|an|the|who|whose)\s[^@;.]{1,200}?\s+-|\s*,\s*(?:a|an|the|who|whose)\s[^@,;.]{1,200}?,)?\s+"
    # ("went to the former rugby league player X": an article, then what they are in up to four words)
    rf"(?:went|goes|was\s+given|is\s+given|fell|falls)\s+to\s+(?:(?:the|a|an)\s+)?(?:\p{{L}}[\w-]*\s+){{0,4}}(?P<person>{_P})"
)
# "The video's lead, a chaiwala at Churchgate station, is played by X": the part in an apposition to the words for
# the lead (which may name a place)
# ("The lead role, a motorcycle courier crossing the city, is played by X": the words for the lead part alone)
_LEAD_PLAYED_BY = linear.compile(
    r"\b(?i:the)\s+(?:(?:(?:music\s+)?video's|clip's|film's)\s+(?:lead|protagonist|hero|heroine|main\s+character|"
    r"central\s+character)|(?:lead|leading|main|central|title)\s+(?:role|part))\s*,\s*"
    rf"(?P<role>(?:a|an|the|his|her|their)\s[^,;.()\"]{{1,{MAX_ROLE}}}?)\s*,\s*"
    rf"(?:is|was)\s+(?:played|portrayed)\s+by\s+(?:[\w-]+\s+){{0,4}}?(?P<person>{_P})"
)
# "Bell's own grandmother, X, is in it too, playing a neighbour": someone named in an apposition, in the video, then
# the part after a comma
_APPOSED_IN_IT = linear.compile(
    rf"(?:{_P}'s|\b(?i:the|a|an|his|her|their))\s+(?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*\s*,\s*(?P<person>{_P})\s*,\s*"
    r"(?:is|was|are|were|appears|appeared)\s+(?:also\s+)?in\s+(?:it|the\s+(?:music\s+)?(?:video|clip))"
    rf"(?:\s+too|\s+as\s+well)?\s*,\s*(?:playing|as)\s+(?P<role>{_ROLE_START}.{{0,{MAX_ROLE}}}?){_ROLE_END}"
)
# "the role of the father went to the singer's own father, X": given to someone's relation, named after a comma
# (without the comma "and" could join a second person, whose part is not told for sure)
_GIVEN_TO_RELATION = linear.compile(
    rf"\b(?i:the|a)\s+{_LEAD}(?:role|part)\s+of\s+(?P<role>(?:(?:the|a|an|his|her|their)\s|{_P}'s\s)[^@,;.]{{1,{MAX_ROLE}}}?)\s+"
    rf"(?:went|goes|was\s+given|is\s+given|fell|falls)\s+to\s+(?:[\w-]+\s+){{0,2}}?(?:{_P}|[a-z][\w-]*)'s\s+"
    rf"(?:[\w-]+\s+){{0,2}}?[\w-]+\s*,\s*(?P<person>{_P})"
)
# "The cast includes Ann Arbour (the driver), Bea Bell (a nurse), Cy Dorn (himself)": each part in brackets after
# the name, in a clause that says it lists the cast.
_CAST_WORDS = linear.compile(r"\b(?i:cast|starring|stars|features|featuring|includes)\b")
_BRACKETED = linear.compile(
    rf"(?P<person>{_P})\s*\(\s*(?P<role>(?:a|an|the|his|her|their)\s[^()]{{1,{MAX_ROLE}}}?|himself|herself|themselves)\s*\)"
)
# A list of parts ("a priest, a nun and a ghost"), each starting as a part does.
_PARTS = linear.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_COMMA_AND = linear.compile(r"^\s*,\s*and\s")
_ONE_PART = linear.compile(r"^(?:a|an|the|his|her|their)\s")
_LIST_STOP = linear.compile(r"[;.!?:()\"@]")
# A finite verb in a piece of a list ("play a couple, and the taxi driver is played by X"): a clause of its own after
# the list, which ends before it; a part is a noun phrase
_PIECE_CLAUSE = linear.compile(r"\s(?:is|are|was|were|has|have|had)\s")
# The last words of a list of parts when they run into a name: a description of that person ("the rodeo rider X"),
# not a part played opposite them ("a nun opposite X")
# ("play a couple at a bus stop, the Dutch actor X turns up as ...": where they are from may come first, capitalised)
_DESCRIBES_NEXT = linear.compile(r"^(?:a|an|the)\s+(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){1,3}$")
# A name in commas ("..., and a retired boxer, X, turns up"): the apposition closed after the name
_CLOSED_APPOSITION = linear.compile(rf"{_P}\s*,")
_NOT_DESCRIBING = _PREPOSITIONS | frozenset(
    str.split("opposite alongside beside against as among beneath toward towards inside outside")
)
_LIST_TAIL = linear.compile(
    r"\s+(?:respectively|who|whose|which|that|while|before|after|until|when|where|throughout|with|alongside"
    r"|in\s+the\s+(?:music\s+)?(?:video|clip|film))\b"
)
_SELF_THEN = linear.compile(
    r"^(?P<self>himself|herself|themselves|myself|ourselves)\s+(?:and|in|at|on|during|throughout|for|from|while|when|with|alongside|"
    r"behind|beside|by|under|over|near|inside|outside|among|around|across|through|between|against|opposite|"
    # ("themselves only in fragments": how much of them is seen, not a part)
    r"briefly|again|too|also|as\s+well|only|just|mostly|largely|mainly|partly|barely|fleetingly|\w+ing|"
    # "himself up in the booth", "herself back at home": an adverb of place, then where
    r"up|down|out|off|back|there|here|upstairs|downstairs|above|below|onstage|offstage|nearby|"
    # ("himself halfway through", "herself later on", "themselves towards the end": when in the video)
    r"halfway|midway|partway|later|towards?|until|"
    # ("themselves as a band stuck in a lift", "himself as the bandleader": what situation or capacity they are
    # themselves in, not another part)
    r"as\s+(?:a|an|the)\s)"
)
_PLAYED_BY_OTHER = linear.compile(r"[\s,(]*(?:played|portrayed)\s+by\b")
# "herself at sixteen": a part of its own, not herself
# ("himself as a boy", "herself as a young woman": the same told by a stage of life)
_AGED = linear.compile(
    r"^\w+\s+as\s+(?:a|an)\s+(?:young\s+(?:man|woman)|(?:(?:young|small|little)\s+)?(?:child|kid|boy|girl|teenager|"
    r"teen|youngster|baby|toddler|schoolboy|schoolgirl))\b|"
    r"^\w+\s+(?:at|aged)\s+(?:the\s+age\s+of\s+)?(?:\d|age\b|[a-z]+teen\b|ten\b|eleven\b|twelve\b|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b)"
)
# A relative clause about a part ("a nurse who"), which a denial after it is inside; and someone named after "and"
_DENIAL_IN_RELATIVE = linear.compile(r"\bas\s+(?:a|an|the)\s+[^@,;]{1,60}?\s+(?:who|that|which)\s")
_NEXT_NAMED = linear.compile(r"\band\s+(?:[\w-]+\s+){0,3}$")
_DENIED = linear.compile(r"(?:\bnot\b|n't\b|\bnever\b|\bno\s+longer\b)[^,;]*$")
# "The song is credited to A and B as writers", "listed Bell as a co-producer": a credit given to the people after
# these words, with what they did for the song after "as", which is no part in the video
_CREDITED_BEFORE = linear.compile(
    r"\b(?:credited|credits|co-credited|listed|named|registered)\s+(?:(?:to|with)\s+)?(?:both\s+)?$"
)
# "a fisherman named X": "named" after a noun with its article is what X is called, no credit
_NOUN_NAMED_BEFORE = linear.compile(r"(?:^|[^\w@'])(?:[Aa]n?)\s+(?:[\w'-]+\s+){1,4}named\s+$")
# "X's cameo as a cyclist", "her brief turn as the landlady": the part of the one whose cameo it is
_OWN_CAMEO = linear.compile(
    rf"(?P<person>{_P})'s\s+(?:(?:brief|short|fleeting|small|silent|wordless|own)\s+)?"
    rf"(?:cameo(?:\s+appearance)?|appearance|turn)\s+as\s+(?P<role>{_ROLE_START}.{{0,{MAX_ROLE}}}?){_ROLE_END}"
)
# A new name right after one of these is a place ("in Los Angeles as ...").
_PLACE_BEFORE = linear.compile(r"\b(?:in|at|on|across|through|around|near|outside|inside|into)\s+(?:the\s+)?$")
# A part that holds another "X as ..." ran over a separator the rules do not know: it is not one part.
_RUN_ON = linear.compile(rf"{_P}\s+(?:as|plays|playing)\s")
_CLAUSE_START = linear.compile(r"(?:\bbut\b|[;])")
# A word every rule above needs: a clause without one casts no one, and is not matched at each mention.
_TELLS_A_PART = linear.compile(
    r"\b(?:as|play\w*|portray\w*|role|part|taken|features|stars|starring|cameos?|is|was|appears|appeared|appear|up|"
    # ("A and B both appear in the back row", "A and B appear in the crowd scenes": several in no part)
    # ("has a walk-on": a cameo, as the stage says)
    # ("that's X folding sheets in the background": the reader shown who someone seen is)
    # ("A and B are both in the crowd": being in a scene of the video, told of several)
    # ("A and B are glimpsed in silhouette": seen, told of several)
    r"appearance|cast|be|spot|walk-on|both\s+appear(?:ed)?|background|are\s+(?:both\s+)?in"
    r"|are\s+(?:[a-z]+\s+)?(?:seen|glimpsed|spotted))\b|\(|\sfor\s@"
    # ("Look behind the bar and you'll see X": the reader told whom they will see)
    r"|\byou(?:'ll|\x{2019}ll|\s+will|\s+can|\s+may|\s+might|\s+should)\s+(?:also\s+|just\s+)?"
    r"(?:see|catch|glimpse|notice)\s"
)
# "The video also features the model Linh Pham.": cast in no part, when the clause ends with the names (or a clause
# of its own follows, about someone else: "The video stars A and B, and C appears as herself")
_FEATURES = linear.compile(
    rf"\b(?P<subject>(?i:video|clip|it))\s+(?:also\s+)?(?P<verb>features|stars|starring|includes)\s+(?:the\s+)?"
    rf"(?P<words>(?:[a-z][\w-]*\s+){{0,2}})(?P<people>{_P}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_P}){{0,5}})"
    rf"\s*(?:[.;!]|$|,\s+(?:and|while|but)\s+{_P}\s+(?:also\s+)?(?:appears|plays|makes|turns\s+up|shows\s+up|"
    r"cameos|is\s+cast)\b)"
)

# "The dancer X also appears in the video.": cast in no part, when the clause ends there (not "appears in the
# video as ...", a part; not "appears in the video's last scene", where)
# ("the dancer X, who only turns up in the final scene": told in a relative clause, and when in the video, which
# does not make it a part; "appears in a photograph on the wall" is no one in the video)
_APPEARS_IN = linear.compile(
    # ("the director's mother, X, can be glimpsed in the final shot": someone's relation, named in an apposition)
    # ("the Steinway's owner, X, appears ...": whose told by a name of a thing, capitalised)
    rf"(?:^|[.;!?]\s+|,\s+(?:and|while|but)\s+)(?:(?P<related>(?i:the\s+[a-z][\w-]*'s|(?:the\s+)?{_P}'s|his|her|their)\s+"
    rf"(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*\s*,\s*)|(?i:the\s+)?(?P<words>(?:[a-z][\w-]*\s+){{0,2}}))(?P<person>{_P})"
    # ("X himself shows up in the last minute": the person stressed)
    r"(?:\s+(?:himself|herself|themselves))?"
    r"(?P<closed>\s*,)?(?P<who>\s*,\s*who)?\s+(?:also\s+|briefly\s+|only\s+|just\s+)?"
    r"(?:appears|appeared|turns\s+up|turned\s+up|shows\s+up|showed\s+up|pops\s+up|popped\s+up"
    # ("appears only in the final shot": how little, after the verb as before it)
    r"|(?:can\s+be|is|was|are|were)\s+(?:seen|glimpsed|spotted))\s+(?:briefly\s+|only\s+|just\s+)?"
    r"(?:in\s+(?:the\s+(?:music\s+)?(?:video|clip)|it)|(?:in|during)\s+(?:the|its)\s+(?:(?:video|clip)'s\s+)?"
    r"(?:very\s+)?(?:final|last|closing|opening|first)\s+(?:scenes?|shots?|seconds|moments|minute)|(?:at|near|towards?)\s+the\s+"
    r"(?:very\s+)?end)(?:\s+(?:too|as\s+well|briefly))?"
    # ("turns up in the last scene with a thermos": what they have with them, checked on the match to tell no part)
    r"(?P<having>\s+(?:with|without)\s+(?:a|an|the|his|her|their)\s[^@,;:.()\"]{1,40}?)?\s*(?P<end>[.;!,]|$)"
)
# Words a sentence may open with before its subject, set off by a comma and naming no one ("And there, at the bus
# stop, eating a cone, X ...": where, and what the subject does), read only before a person's time on screen or place
_FRONTED = r"(?:And\s+|But\s+|Then\s+)?(?:[A-Za-z][^@,;:.()\"]{0,60}?,\s+){1,3}"
# "Pike turns up in the stands for about four seconds", "turns up for maybe three seconds right at the end": on screen
# for a while told, in no part (the words around the time in lower case, none of them giving a part: checked)
_ON_SCREEN = linear.compile(
    # ("; and X turns up": the "and" joins the clause, before the words that may describe X)
    # ("At the bus stop, eating a cone, X appears for three seconds": where and what they do, told first and set off
    # by a comma, naming no one)
    # ("the Norwegian actor X": a nationality after "the", before the words that describe X)
    rf"(?:^|[.;!?,]\s+(?:and|while|but)\s+|[.;!?]\s+)(?:{_FRONTED})?(?i:the\s+(?:\p{{Lu}}[a-z]+\s+)?)?"
    rf"(?P<words>(?:[a-z][\w-]*\s+){{0,2}})"
    rf"(?P<person>{_P})(?P<who>\s*,\s*who)?\s+(?:also\s+|briefly\s+|only\s+|just\s+)?"
    r"(?:appears|appeared|turns\s+up|turned\s+up|shows\s+up|showed\s+up|pops\s+up|popped\s+up)"
    # ("for all of three seconds": how short, stressed)
    r"(?P<between>(?:\s+[a-z][\w'-]*){0,8}?)\s+for\s+(?:all\s+of\s+)?"
    r"(?:(?:about|maybe|just|only|barely|roughly|around|perhaps)\s+)?"
    r"(?:a\s+few|a\s+couple\s+of|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:seconds|secs)"
    r"(?P<tail>(?:\s+[a-z][\w'-]*){0,10}?)"
    # (", no lines, no part in the credits, just that face": the teller's asides of what they lack, naming no one)
    r"(?:(?:\s*,\s+no\s[^@,;:.()\"]{1,40}?){1,3}(?:\s*,\s+just\s+(?:that|his|her|their)\s[^@,;:.()\"]{1,20}?)?)?"
    # (", marking a pile of homework": what they do meanwhile, to the sentence's end, checked on the match to tell no
    # part and name no one)
    r"(?P<doing>\s*,\s+(?P<verb>[a-z]+ing)\s(?:[^@,;:.()\"]|@\d+){1,80}?)?\s*(?P<end>[.;!]|$)"
)
# "The comedian X pops up briefly on the back seat of her bus, eating chips", "X appears at the very end with a tray
# of scones", "pops up in the background with a pint": popping up or appearing, told only with where (or when) in the
# scene and what they have with them, is being in the video in no part (who is checked as for "appears in the video")
_POPS_UP_WHERE = linear.compile(
    rf"(?:^|[.;!?]\s+|,\s+(?:and|while|but)\s+)(?:{_FRONTED})?(?i:the\s+)?(?P<words>(?:[a-z][\w-]*\s+){{0,2}})"
    # ("turns up with her banjo in the last scene": turning up, and what they have with them told before where)
    # ("A and B turn up in the pub at the end": two people the page has named, with the plural of the verb; checked on
    # the match to be the plural after two and the singular after one)
    rf"(?P<person>{_P})(?:\s+(?:and|&)\s+(?P<other>{_P}))?\s+(?:also\s+|briefly\s+|only\s+|just\s+|both\s+)?"
    # ("can be seen at her sewing machine in the opening shot": being seen is turning up, checked as it is to be in a
    # scene of the video, not "can be seen on Globo every night")
    r"(?P<verb>pops\s+up|popped\s+up|pop\s+up|(?P<turns>turns\s+up|turned\s+up|shows\s+up|showed\s+up|turn\s+up"
    # ("A and B are both in the crowd outside the bar": several being there, told in the present as the video's story
    # is, checked as turning up is to be in a scene of the video, not "are in the band"; one who "is in" it is left:
    # "Tam is in the video!" told beside the part he plays)
    r"|show\s+up|(?:can|could)\s+be\s+(?:seen|glimpsed|spotted)|are(?:\s+both)?)|appears|appeared|appear)"
    r"(?:\s+(?:briefly|fleetingly|again|too))?"
    # ("appears, baton in hand, in the final scene", "turns up, guitar on her back, in the last shot": an absolute
    # phrase of what they hold or carry, set off by commas, which is no part)
    r"(?:\s*,\s*(?:(?:a|an|the|@\d+)\s+)?[a-z][\w-]*\s+(?:in|on|under|over)\s+(?:(?:@\d+|one)\s+)?[a-z][\w-]*\s*,)?"
    # ("appears for a moment at the end", "pops up for about three seconds in the crowd": how long, then where)
    r"(?:\s+for\s+(?:literally\s+|about\s+|just\s+|only\s+|barely\s+)?(?:a\s+few|a|one|two|three|four|five|"
    r"several|\d{1,2})\s+(?:seconds?|moments?))?"
    r"(?P<having>\s+(?:with|without)\s+(?:a|an|the|his|her|their|@\d+)\s(?:[^@,;:.()\"]|@\d+){1,40}?)?"
    r"\s+(?P<where>(?:right\s+|just\s+|somewhere\s+)?(?:in|on|at|behind|beside|near|among|towards?)\s+"
    # ("on the back seat of her bus": a pronoun read as a mention, checked on the match to be one)
    r"(?:the|a|an|his|her|their|@\d+)\s(?:[^@,;:.()\"]|@\d+){1,60}?)"
    # ("with a pint", "without a line": what they have with them, or lack)
    r"(?P<tail>\s+(?:with|without)\s+(?:a|an|the|his|her|their|any|@\d+)\s(?:[^@,;:.()\"]|@\d+){1,60}?)?"
    # (", eating chips": what they do, checked on the match; ", for reasons nobody explained": the teller's aside)
    r"\s*(?:(?P<end>[.;!]|$|,\s+for\s+(?:reasons|no\s+(?:obvious\s+|apparent\s+|particular\s+)?reason)\b"
    r"[^@,;:.()\"]{0,60}?\s*(?:[.;!]|$)"
    # (", which got a laugh": what the appearance did, in a relative clause that names no one and ends the sentence)
    # (", which I'm taking to be a thank-you": the teller's "I" in it, read as a mention, checked to be a pronoun)
    r"|,\s+which\s(?:[^@,;:()\"]|@\d+){0,80}?\s*(?:[.;!]|$)"
    # (", though neither has a part as such", ", although she has no lines": a concession that they are there in no
    # part, the pronoun read as a mention checked on the match as a pronoun)
    r"|,\s+(?:though|although|but)\s+(?:neither(?:\s+of\s+(?:them|@\d+))?\s+(?:has|had)|@\d+\s+(?:has|had|have)\s+no)"
    r"\s+(?:(?:a|any)\s+)?(?:real\s+|speaking\s+)?(?:part|role|lines?)(?:\s+as\s+such|\s+to\s+speak\s+of)?\s*(?:[.;!]|$))"
    # (", and blink and you'll miss Y as a barmaid": a clause joined on, checked on the match to give any part to
    # someone else it names)
    r"|(?P<joined>,\s+(?:and|while|but)\s)|(?P<doing>,))"
)
# Where in the video itself someone turns up: a scene or shot of it ("in the last scene", "in the background"), or
# among those filmed watching ("in the crowd", "in the audience": whom a turning up told of a day is not among)
# ("in the back seat for the final chorus": a section of the song, which the video plays along, tells when in it)
_IN_A_SCENE = linear.compile(
    r"\b(?:scenes?|shots?|frames?|background|foreground|video|clip|crowd|audience|choruses|chorus|verses?|outro)\b"
)
# ("turns up in the pub at the end": a place, then the end, the video's, which turning up at a place told alone is not)
_AT_THE_END = linear.compile(r"\s(?:at|near|towards?)\s+the\s+(?:very\s+)?end$")
# The verbs of turning up told of one person, and of several ("A and B turn up")
_ONE_TURNS_UP = frozenset({"pops up", "turns up", "shows up", "appears"})
_SEVERAL_TURN_UP = frozenset({"pop up", "turn up", "show up", "appear", "are"})
# "Eagle-eyed viewers will spot X, in a bobble hat, at the back of the bus": someone the reader may see, told only
# with where in the scene (and what they wear, set off by commas), is in the video in no part, checked as for
# popping up (no part's words, no place that is no scene, no one else named; who is checked as for "appears")
_SPOTTED_WHERE = linear.compile(
    r"\b(?:will|can|could|may|might|should|must)\s+(?:also\s+)?(?:spot|see|catch|glimpse|notice)\s+"
    rf"(?i:the\s+)?(?P<words>(?:[a-z][\w-]*\s+){{0,2}})(?P<person>{_P})"
    r"(?:\s*,\s*(?:in|wearing|with)\s+(?:a|an|the|his|her|their)\s[^@,;:.()\"]{1,40}?\s*,)?"
    r"\s+(?P<where>(?:right\s+|just\s+|somewhere\s+)?(?:in|on|at|behind|beside|near|among)\s+"
    r"(?:the|a|an|his|her|their)\s[^@,;:.()\"]{1,60}?)\s*(?P<end>[.;!]|$)"
)
# A part's words, or "is", in a clause joined on after someone popped up (whom any part there is of is checked)
_JOINED_PART = linear.compile(
    r"(?:^|\s)(?:as|playing|plays|played|portraying|is|was|are|were|(?:role|part)\s+of)(?:\s|$)|[.;!]"
)
# What shows someone's likeness in a scene without them in it ("seen only in reflections")
_IMAGES = frozenset(str.split("reflection reflections mirror mirrors"))
# Where someone "appears" that is no scene of the video: a picture, a record, a show or an event
_NOT_A_SCENE = frozenset(
    str.split(
        """
    photograph photographs photo photos picture pictures poster posters portrait painting mural billboard screen
    screens television tv radio album albums record records remix remixes track tracks single song songs ep version
    versions cover sleeve artwork soundtrack credits credit show shows programme program podcast festival concert
    gig tour premiere launch ceremony awards stage studio interview documentary film series episode magazine
    newspaper page chart charts lineup bill website
    """
    )
)
# What gives a part, which the words around a time on screen may not hold ("in the role of", but not "without any
# role to speak of").
# ", on the top deck of a bus going the other way.": where they are in that shot, to the sentence's end, naming no
# one and telling no part
_WHERE_TO_END = linear.compile(
    r"\s*(?:on|in|at|behind|beside|outside|inside|under|near|by|across|through)\s+(?:the|a|an|his|her|their)\s"
    r"(?:[^@,;:.()\"]|\x{2019})*?\s*[.!]?\s*$"
)
_PART_WORDS = linear.compile(r"(?:^|\s)(?:as|playing|plays|played|portraying|(?:role|part)\s+of)(?:\s|$)")
# "the veteran X shows up too, although ...", "the TikToker X, who pops up for a few seconds too": turning up, said
# of someone named by a role, and only that ("too" or how briefly), in a paragraph about the video; the words before
# the name may be capitalised ("TikToker"), and a relative clause may stand anywhere
# Nouns that name a person by their standing, as a role noun names them by what they do ("the reggaeton veteran X")
_RENOWNED = frozenset({"veteran", "legend", "icon", "star", "superstar", "newcomer"})
_TURNS_UP = linear.compile(
    rf"(?:(?:^|[.;!?]\s+|,\s+(?:and|while|but)\s+)(?i:the\s+)?(?P<words>(?:[A-Za-z][\w-]*\s+){{1,2}})(?P<person>{_P})"
    rf"|\b(?i:the)\s+(?P<who_words>(?:[A-Za-z][\w-]*\s+){{1,2}})(?P<who_person>{_P})\s*,\s*who)"
    r"\s+(?:also\s+|briefly\s+|only\s+|just\s+)?(?:turns|turned|shows|showed|pops|popped)\s+up"
    r"(?:\s+for\s+(?:a\s+few|a|one|two|three|several)\s+(?:seconds?|moments?|minutes?|shots?|scenes?))?"
    r"(?:\s+(?:too|as\s+well))?\s*(?:[.;!]|$|,\s+(?:although|though|even\s+though|but)\b)"
)


# ", buttoning her coat": what they do in the scene after a comma, which is no part (but "playing" may tell one)
# ("in my apron,", "with a tray,": what someone wears or holds, set off by commas before what they do)
_WORN_ASIDE = linear.compile(r"\s*(?:in|with)\s+(?:my|his|her|their|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*,")
# ("makes a brief appearance on the back seat, knitting.": the participle alone may end the sentence)
# ("pops up at the end, fiddle under her arm, just walking past": what they carry set off by commas first, and the
# doing narrowed by "just")
_DOING_NEXT = linear.compile(
    r"\s*(?:(?:[a-z][\w-]*\s+){1,2}(?:under|in|on|over|across)\s+(?:(?:one|both|his|her|their|an?|the|@\d+)\s+)?"
    r"[a-z][\w-]*\s*,\s*)?(?:just\s+|still\s+)?(?P<verb>[a-z]+ing)(?:\s|[.!]?\s*$)"
)
_PHRASE_END = linear.compile(r"[,;:.!?()\"]")
# ("appear in the performance scenes, wrapped in overcoats": a past participle with where it puts them, how they look;
# not "dressed as", which tells a part)
_HOW_THEY_LOOK = linear.compile(
    r"\s*[a-z]{2,}ed\s+(?:in|under|behind|beneath|inside|against|among)\s+(?:(?:one|both|his|her|their|an?|the)\s+)?[a-z]"
)
_PARTS_NEXT = frozenset({"playing", "portraying", "starring", "being"})
# "playing a nurse", "portraying the vicar": a part told by its article (their own things, "his charango", are none)
_A_PART_PLAYED = linear.compile(r"(?:playing|portraying)\s+(?:a|an|the)\s")
_SEEN = linear.compile(r"\b(?:seen|glimpsed|spotted)\b")
# "A and B are both in the crowd": being in a scene of the video, which ``_POPS_UP_WHERE`` reads as turning up there
_BEING_IN = linear.compile(r"\sare\s+(?:both\s+)?in\s")


# "Little Isla McCready, six, plays ...": a word of fondness for a small or old one, capitalised as the sentence's first
# word and read into the name; a full name of two words after it is the person (a stage name of two, "Little Simz",
# keeps it)
_ENDEARED = linear.compile(r"^(?:Little|Young|Tiny|Wee|Old|Baby)\s+(?P<name>\p{Lu}[\w'-]+\s+\p{Lu}[\w'-]+)$")


# "turns up as himself to buy the room a round": one playing oneself, then what for (an infinitive), which is what
# they do in the scene, not the part
_SELF_FOR_A_PURPOSE = linear.compile(
    r"^(?P<self>himself|herself|themselves|myself|ourselves)\s+(?:in\s+order\s+)?to\s+[a-z]"
)


@dataclass(frozen=True)
class Part:
    person: str
    role: str | None
    at: int  # offset in the clause's text


# No cast list names thousands of people; a clause that does (a hostile page) is tried at its first 2,000
# mentions only (as many as a plain list of the API returns), so that a 200,000-character page of names
# is read within a second.
_MAX_ANCHORS = 2_000
# "Actor X, known for the western series Dry Creek, plays a trooper", "X, who starred in Dry Creek, appears as":
# an apposition after a name telling what the person is known for; a name inside it (a show, a film, a band)
# is never the performer, and the person is the name before it. Set off by commas or brackets, it is blanked
# out (spaces keep the offsets) so that the casting verb reads as the name's own.
# What a performer may be known from: a work with a title ("the series Y", "the hit telenovela Y").
_WORK = (
    r"(?:series|sitcom|soap|telenovela|film|movie|show|drama|serial|musical|programme|program|miniseries|web\s+series"
    r"|play|opera|comedy|thriller|franchise|saga)"
)
_KNOWN = (
    r"(?:(?:(?:best|well|widely|most|perhaps\s+best|probably\s+best|also)\s+)?"
    r"(?:known|famous|remembered|loved|recognised|recognized)\s+for"
    # ("known to Spanish audiences for the series Y": to whom, told between; "known to all as" may be another name)
    r"|(?:(?:best|well|widely|most|also)\s+)?(?:known|familiar)\s+to\s+(?:[\w'-]+\s+){1,4}?(?:for|from)"
    # "best known from the sitcom Desk Duty": where the person is known from, told the same way
    r"|(?:(?:best|well|widely|most|perhaps\s+best|probably\s+best|also)\s+)?(?:known|remembered|recogni[sz]ed)\s+from"
    # "best known as the detective in Spree Nord": a role the person is known by (a bare "known as" gives another
    # name of the person, which is read as before)
    r"|(?:best|well|widely|most|perhaps\s+best|probably\s+best)\s+(?:known|remembered|recogni[sz]ed)\s+as"
    # "later famous as the concierge of the series Les Voisins": fame for a role, told when it came ("later
    # known as" may give another name of the person, read as before)
    r"|(?:(?:later|now|since|then|once|still)\s+)?(?:(?:best|most|very|world)\s+)?famous\s+as"
    r"|who\s+(?:(?:has|had|also|once)\s+)?(?:starred|stars|co-starred|appeared|appears)\s+in"
    # "the actress X, from the series Y, plays ...": the work the person comes from, told the same way
    rf"|from\s+(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_WORK})\s"
)
# "a cameo from", "an appearance from": who makes it follows "from"
_CAMEO_FROM = linear.compile(r"\b(?:cameos?|appearances?)\s+(?:appearances?\s+)?\s*from\s")
_WORK_PERSON = linear.compile(rf"\b{_WORK}\s+[a-z][\w-]*\s+{_P}$")
_KNOWN_WORDS = linear.compile(r"(?i:known|famous|remembered|loved|recogni[sz]ed|who|from)\s")
# (a work's title in quote marks, "known for the series "Y", plays", is one of the aside's words)
_KNOWN_ASIDE = rf"\s*,\s*{_KNOWN}[^,;.()\"]{{1,120}}?(?:\"[^,;.()\"]{{1,80}}\"[^,;.()\"]{{0,40}}?)?,"
_KNOWN_FOR = linear.compile(rf"{_P}(?P<aside>{_KNOWN_ASIDE}|\s*\(\s*{_KNOWN}[^,;.()\"]{{1,120}}?\))")
# "The host X - yes, the one from the quiz show Y - plays a fisherman": a description of the person between dashes,
# before the casting verb; blanked out as a "known for" apposition is (a name inside it is never the performer).
# Only a description ("the one from", "a former sprinter", "who ..."), not "X - and Y - play ..."; its words may
# hold a hyphen ("late-night"), none starts with a dash.
_DASHED_ASIDE = linear.compile(
    rf"{_P}(?P<aside>\s+-\s+(?:(?:yes|yep|yeah|no)\s*,\s*)?(?:the|a|an|who|whose)(?:\s+[^-\s;.()\"][^\s;.()\"]*){{1,20}}\s+-)"
    r"\s+(?:plays|played|stars|starred|appears|appeared|turns\s+up|shows\s+up|cameos)\s"
)
# "the actor X, from Lagos, plays ...": where the person is from, set off by commas after their name; a name inside it
# is never the performer, so it is blanked out as a "known for" apposition is.
_FROM_ASIDE = linear.compile(rf"{_P}(?P<aside>\s*,\s*from\s+[^,;.()\"]{{1,80}}?,)")
# "stars X, eighty-one years old and utterly magnificent, as ...", "X, 84, who plays ...": the person's age set off
# by commas after their name (and what else they are then, naming no one), blanked out as a "from" aside is
_AGE = (
    r"(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|"
    r"eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
# ("X, six and fearless, plays", "X, sixteen and in her first role, plays": the words after "and" tell more of them,
# and may hold their pronoun, before its noun; a name there, "married to Mira Holm,", makes whose part it is unsure)
_AGE_ASIDE = linear.compile(
    rf"{_P}(?P<aside>\s*,\s*(?:aged\s+)?{_AGE}(?:\s+years?\s+old)?(?:\s+and\s+[a-z](?:[^,;.()\"@]|@\d+\s+[a-z]){{0,60}}?)?\s*,)"
)
# "X, 80, who came to Berlin in 1971, appears as herself": the age before a relative clause closed by a comma, blanked
# without the comma that opens the clause ("X, 84, who plays the concierge": a clause that tells the part, unclosed,
# is read with the age blanked whole)
_AGE_BEFORE_WHO = linear.compile(
    rf"{_P}(?P<aside>\s*,\s*(?:aged\s+)?{_AGE}(?:\s+years?\s+old)?)\s*,\s*who\s[^,;.!?\"]{{1,160}},"
)
# "X, 41, known for the series Y, plays": the same apposition after the person's age, blanked with it
_AGE_THEN_KNOWN = linear.compile(rf"{_P}(?P<aside>\s*,\s*(?:aged\s+)?{_AGE}(?:\s+years?\s+old)?{_KNOWN_ASIDE})")
# A name such a phrase holds, closed or not ("X, known for the series Dry Creek plays ..."): not cast either way.
_KNOWN_TITLE = linear.compile(rf"(?:^|[,(]\s*|\s)(?i:{_KNOWN})[^,;.()\"@]{{0,80}}?(?P<title>{_P})")


def _gapped(clause: Clause, encoded: linear.Encoded) -> list[linear.Match]:
    """The parts told with the verb of the second left out, each read from the last "X plays" before the one left
    out ("A plays a tourist, B plays a seller, and C a florist": a first part that runs over another's "plays" is read
    again from inside it, where B's is C's verb)."""
    found: list[linear.Match] = []
    at = 0
    while (m := _GAPPED.search(encoded, at)) is not None:
        # (a name inside the first part is a place's, no one's: "a nurse with Y, Z a doctor" is left alone; a pronoun,
        # "a schoolgirl cramming for her finals", names no other one)
        whose = clause.mention(m.group("whose"))
        if m.group("whose") is not None and (whose is None or whose.text.lower() not in _WHOSE_PRONOUNS):
            at = m.start("part")
        elif _played_thing(m.group("role")) is None and _gap_clear(clause, m):
            found.append(m)
            at = m.end()
            nxt = m
            while (again := _GAPPED_AGAIN.match(encoded, nxt.start("person"))) is not None:
                if (
                    _played_thing(again.group("role")) is not None
                    or not _gap_clear(clause, again)
                    or _ing_left(clause, again.group("role"))
                ):
                    break
                found.append(again)
                at = max(at, again.end())
                nxt = again
        else:
            at = m.start("part")
    # (only with an aside between the name and its "as": "and B as a passenger eating chips" is a member of a list of
    # parts, read whole after "as" by the anchored readers, which an aside stops)
    found += (
        m
        for m in _GAPPED_AS.finditer(encoded)
        if m.group("aside") and _played_thing(m.group("role")) is None and _gap_clear(clause, m)
    )
    return found


# "at 4 a.m.", "until 11 p.m.": an hour whose full stops are an abbreviation's, not the end of the part
_CLOCK_CUT = linear.compile(r"\d\s*[ap]$")


def _is_named(encoded: linear.Encoded) -> list[linear.Match]:
    """The matches of ``_IS_NAMED``, each "; " that ends one also opening the next ("the baker is X; the girl is Y")."""
    found: list[linear.Match] = []
    for first in _IS_NAMED.finditer(encoded):
        m: linear.Match | None = first
        while m is not None:
            found.append(m)
            m = _IS_NAMED.search(encoded, m.end() - 1) if m.group(0).endswith(";") else None
    return found


# "the lady is X; she plays a florist": the subject of the clause after the semicolon, and its verb
_NEXT_SUBJECT = linear.compile(r"^\s*(?P<who>@\d+)\s")


def _part_told_next(clause: Clause, match: linear.Match) -> bool:
    """Whether the clause after the semicolon that ends a "the lady is X" tells X's part ("; she plays a florist"):
    the noun before the name then only says which one on screen X is, no part."""
    if not match.group(0).endswith(";"):
        return False
    rest = clause.skeleton[match.end() :]
    subject = _NEXT_SUBJECT.match(rest)
    named, again = clause.mention(match.group("person")), clause.mention(subject.group("who")) if subject else None
    if named is None or again is None or not named.people or again.people != named.people:
        return False
    return _PART_WORDS.search(_PHRASE_END.split(rest)[0]) is not None


# Beside whom one stars, between the verb and "as" ("stars alongside her as")
_BESIDE_WHOM = linear.compile(r"^(?P<verb>\s+[a-z][\w-]*)?.*?\s(?:alongside|opposite|beside)\s+(?P<other>@\d+)")


# One who stars beside the name just before it ("B stars alongside X as", "the video stars B opposite X as")
_BESIDE_TAIL = linear.compile(
    r"\s(?:stars?|starring|appears?|appearing|features?|featuring)(?:\s+@\d+)?\s+(?:alongside|opposite|beside)\s+$"
)
_OWN_PART = linear.compile(r"\s(?:as|plays?|playing|portrays?|portraying)\s")


def _beside_uncast(before: str) -> bool:
    """Whether the name ending ``before`` follows one who stars beside it with no part of their own yet in the
    clause: "B stars alongside X as a second mannequin" may give the part to B or to X, so to no one; after B's own
    part ("B plays a singer, opposite X as a sailor") it is X's."""
    tail = _BESIDE_TAIL.search(before)
    return tail is not None and _OWN_PART.search(before[: tail.start()] + " ") is None


def _beside_one_before(clause: Clause, between: str) -> bool:
    """Whether whom one stars beside before "as" ("stars alongside her as a nurse") leaves the part the subject's:
    one the page has cast already, told by a pronoun after a verb; "stars alongside Cy Dorn as a nurse" may give the
    part to either."""
    beside = _BESIDE_WHOM.search(between)
    if beside is None:
        return True
    other = clause.mention(beside.group("other"))
    return (
        beside.group("verb") is not None
        and beside.group("verb").strip() not in ("alongside", "opposite", "beside")
        and other is not None
        and other.kind == "pronoun"
    )


def _past_clock(skeleton: str, start: int, role_text: str) -> str:
    """The part read on past "a.m." or "p.m." when it was cut at the abbreviation's first full stop."""
    end = start + len(role_text)
    if _CLOCK_CUT.search(role_text) and skeleton[start:end] == role_text and skeleton[end : end + 3] in (".m.", ".m"):
        return role_text + skeleton[end : end + 3]
    return role_text


def _ing_left(clause: Clause, role: str) -> bool:
    """Whether an "-ing" word stays in a part once a participle's phrase is cut ("a vendor selling grilled corn": what
    the vendor does, or a word of the part, cannot be told), for a part read past a list's second."""
    words = _before_participle(squash(clause.words(role)).strip(" ,")).split()[1:]
    return any(word.endswith("ing") and word not in _ING_NOUNS for word in words)


def _gap_clear(clause: Clause, match: linear.Match) -> bool:
    """Whether a gapped part's words before the next person, and the aside about that person, name no one: a
    pronoun is no name ("cramming for her finals", "who had never acted in his life")."""
    said = match.group("part") + (match.group("aside") or "")
    return not any(n.kind != "pronoun" and (n.people or n.new) for n in _mentions(clause, said))


# "one of them plays the flute", "some of us appear as ...": one or a few of the people named, not which: no one is cast
# (blanked whole; "each of them", "both of them", "all of them" are every one)
_SOME_OF = linear.compile(
    rf"(?P<aside>\b(?i:one|some|none|any|either|neither|most|several|few|many)\s+of\s+(?P<whom>{_P}))(?:[^'\d]|$)"
)

_OPENS_NOUN = linear.compile(r"\s+[a-z]")


def _some_of_people(clause: Clause) -> Callable[[linear.Match], bool]:
    """Whether a "most of @N" aside is some of the people named, not a share of a thing whose a possessive pronoun
    tells ("spends most of her scene dancing": "her" opens a noun, no one of whom some are cast)."""

    def blank(match: linear.Match) -> bool:
        whom = clause.mention(match.group("whom"))
        whose = whom is not None and whom.kind == "pronoun" and whom.text.lower() in _WHOSE
        return not (whose and _OPENS_NOUN.match(clause.skeleton, match.end("whom")))

    return blank


def _named_one(clause: Clause, group: str) -> bool:
    """Whether a mention a pattern captured ("@3") is someone: a name, none the clause has, or a description of one
    person ("the director"), not of a band ("the whole band")."""
    mention = clause.mention(group)
    if mention is None or mention.kind == "name":
        return True
    words = mention.text.lower().split()
    return mention.kind == "description" and not (words and words[-1] in GROUP_NOUNS)


def cast(clause: Clause) -> list[Part]:
    if _TELLS_A_PART.search(clause.skeleton) is None:
        return _part_then_colon(clause, set()) if ": " in clause.skeleton else []
    if _KNOWN_WORDS.search(clause.skeleton):
        clause = _without(_without_known_for(clause), _AGE_THEN_KNOWN)
    if " - " in clause.skeleton:
        clause = _without(clause, _DASHED_ASIDE)
    if ", from " in clause.skeleton:
        clause = _without(clause, _FROM_ASIDE)
    if ", " in clause.skeleton:
        clause = _without(_without(_without(clause, _AGE_BEFORE_WHO), _AGE_ASIDE), _RESTATED)
    if " of @" in clause.skeleton:
        clause = _without(clause, _SOME_OF, _some_of_people(clause))
    if " (@" in clause.skeleton:
        clause = _without_bracketed_subject(clause)
    if ", " in clause.skeleton:
        clause = _without_described_aside(_without_comma_aside(clause))
    skeleton = clause.skeleton
    found: list[Part] = []
    seen: set[int] = set()
    if _KNOWN_WORDS.search(skeleton):
        for title in _KNOWN_TITLE.finditer(skeleton):
            if _CAMEO_FROM.search(skeleton[max(0, title.start() - 30) : title.start() + 6]) and _WORK_PERSON.search(
                title.group(0)
            ):
                # "a cameo from the telenovela star X": "from" names who makes it (told by a noun after the work's
                # kind), not what they are known from
                continue
            mention = clause.mention(title.group("title"))
            if mention is not None:
                seen.add(id(mention))
    encoded = linear.Encoded(skeleton)  # matched at many positions
    matches = [
        m
        # (the cue first: _PLAYED_BY's program is too large for RE2's DFA, so its search runs at NFA speed, which on a
        # clause of tens of thousands of characters takes seconds)
        for m in (
            _aside_cut(encoded, skeleton, m)
            for m in (_PLAYED_BY.finditer(encoded) if _PLAYER_CUE.search(encoded) else ())
        )
        # ("the young sailor she falls for is played by X": a contact clause's pronoun is the clause's, not the part's)
        if (
            # ("a florist packing up her stall is played by X": the participle's phrase, cut from the part, may hold
            # whose the thing it does something to is)
            _names_no_one(clause, _before_phrase(clause, _before_contact_clause(clause, m.group("role"))))
            or _YOUNGER_SELF.match(m.group("role")) is not None
        )
        and not ((m.group("what") or m.group("what_the") or m.group("when")) and " taken by " in m.group(0))
        and not (m.group("described") and skeleton.startswith("'s", m.end()))
        and not (m.group("doing") and not _scene_names_no_one(clause, m.group("doing")))
        and _apposed_names_no_one(clause, m.group("what_words") or m.group("what_the_words") or "")
        # ("the flute solo in the bridge is played by X": an instrument or a piece of the music is played, no part)
        and _played_head(m.group("role")) not in _NOT_A_PART
    ]
    # "the fisherman mending his nets is played by X": the passive of "plays", whose part loses a present
    # participle's phrase as after "plays"
    for m in list(matches):
        gapped = _GAPPED_PASSIVE.match(encoded, m.end())
        if gapped is None:
            continue
        role = gapped.group("role")
        words = role.split()
        if (
            _names_no_one(clause, role)
            and _played_thing(role) is None
            and (
                gapped.group("comma")
                or (len(words) <= 5 and _PAST_PARTICIPLE.match(words[-1]) is None and words[-1] not in _NO_GAPPED_ENDS)
            )
        ):
            matches.append(gapped)
    passive = {id(m) for m in matches}
    if "re played by " in skeleton or "re portrayed by " in skeleton:
        for several in _PLAYED_BY_SEVERAL.finditer(encoded):
            role = several.group("role")
            last = role.rsplit(" ", 1)[-1]
            if (
                _NOT_PARTS & _bare_words(role)
                or _played_thing(role) is not None
                or _played_thing(last.removesuffix("s")) is not None
                or _denied(skeleton, several.end())
            ):
                continue  # "the songs are played by A and B": what is played, no part
            role = "t" + role[1:]  # (the part starts its sentence: "The old couple")
            found += _shared(clause, several.group("people"), role, several.start("role"), seen)
    if " to " in skeleton:
        matches += _GIVEN_TO.finditer(encoded)
        matches += _GIVEN_TO_RELATION.finditer(encoded)
    if " in it" in skeleton or " in the " in skeleton:
        matches += _APPOSED_IN_IT.finditer(encoded)
    if ("'s " in skeleton or " role, " in skeleton or " part, " in skeleton) and "ed by " in skeleton:
        leads = list(_LEAD_PLAYED_BY.finditer(encoded))
        # ("The lead role, a courier, is played by X": the part is the apposition, not the words for the lead)
        lead_players = {m.start("person") for m in leads}
        matches = [m for m in matches if m.start("person") not in lead_players] + leads
    after_as: set[int] = set()  # the matches that tell a part after "as"
    if ", as " in skeleton:
        # (a part after an apposition's "as" is whole, as after any "as": "A's brother, X, as a boy selling lemonade
        # at a roadhouse")
        for pattern in (_APPOSED, _STARS_APPOSED, _CAMEO_FROM_AS):
            for m in pattern.finditer(encoded):
                if not _JOINING & set(m.group("what").split()):
                    matches.append(m)
                    after_as.add(id(m))
        for m in _DESCRIBED_APPOSED.finditer(encoded):
            if m.group("other"):
                found += _shared(clause, m.group("people"), m.group("role"), m.start("role"), seen)
            else:
                matches.append(m)
                after_as.add(id(m))
    if ", playing " in skeleton:
        for m in _PLAYING_AFTER.finditer(encoded):
            # "The band appear as themselves, playing the reception": the part is told before, and "playing" is what
            # they do in it
            if _played_thing(m.group("role")) is not None or _AS_WORD.search(
                skeleton[m.end("person") : m.start("role")]
            ):
                continue
            if m.group("joined") and "," in _SENTENCE_STOP.split(skeleton[: m.start()])[-1]:
                continue  # "stars A, B, and C in a cafe, playing": C may close a list, not open a clause of its own
            before = skeleton[m.end("joined") if m.group("joined") else m.start() : m.start("person")]
            if _PREPOSITION_BEFORE.search(before) or _JOINED_BEFORE.search(before):
                continue  # "A friend of X has a cameo, playing", "The band and X appear, playing": X is not the subject
            if m.group("other"):
                found += _shared(clause, m.group("people"), m.group("role"), m.start("role"), seen)
            else:
                matches.append(m)
    if " is " in skeleton or " was " in skeleton:
        matches += (
            m
            for m in _is_named(encoded)
            if not _NOT_PARTS & _bare_words(m.group("role"))
            and _played_head(m.group("role")) not in _NOT_A_PART
            and ("than" not in m.group("between").split() or m.group("between").startswith("none other than "))
            # ("the young man is X, who plays a groom": the relative clause tells X's part, the noun before only who X
            # is to the story)
            and not (m.group(0).endswith("who ") and _PART_WORDS.search(_PHRASE_END.split(skeleton[m.end() :])[0]))
            and not _part_told_next(clause, m)
            and not (_BY_OTHER_DOING.match(m.group("between")) and not _BY_PLAYING.match(m.group("between")))
        )
        matches += (
            m
            for m in _PLAYING_FIRST.finditer(encoded)
            if _played_thing(m.group("role")) is None and _only_whose_and_where(clause, m)
        )
    if " and " in skeleton or ", " in skeleton:
        matches += _gapped(clause, encoded)
    apposed: dict[int, str] = {}  # the part each ", played by X" match tells, from where it starts
    if "ed by " in skeleton:
        players: set[str] = set()
        for m in _APPOSED_PLAYER.finditer(encoded):
            part = _apposed_part(skeleton, m)
            each = _each_apposed_player(clause, m, part, seen)
            if each:
                found += each  # "a welder and a pilot, played by A and B": each part by its player, in order
                continue
            if part is not None and not _ONE_MENTION.match(part.split(" ", 1)[0]):
                players.add(m.group("person"))  # (not "@1 choirboy": the plain one cut at the capitalised word)
            if part is not None:
                apposed[id(m)] = part
                matches.append(m)
        for m in _APPOSED_PLAYER_NAMED.finditer(encoded):
            part = _apposed_part(skeleton, m) if m.group("person") not in players else None
            if part is not None and "@" in part and _names_no_one(clause, part):
                apposed[id(m)] = part
                matches.append(m)
    # Anchored at each mention: a part's end may be the next member's name, which must stay matchable.
    # Where the last member's words run to before their part: a mention inside them ("Eda Fenn, a friend of
    # both singers, appears as herself") is said of that member, not cast itself.
    covered = -1
    part_until = -1  # where the last part told runs to
    for at in clause.starts[:_MAX_ANCHORS]:
        if at < covered:
            continue
        # "X as a commuter stranded at Clapham Junction and Y as an announcer": a name inside X's part is of the part
        # (a place, someone the part is related to), not the first of several sharing Y's
        shared = _SHARED.match(encoded, at) if at >= part_until else None
        if (
            shared is not None
            and _THEN_COMMA.match(skeleton[at : at + 12])
            and _BY_BEFORE.search(skeleton[max(0, at - 60) : at])
        ):
            # "directed by Ida Berg, Arbour and Bell play twins": the name after "by" is the phrase's, not cast
            shared = None
        if shared is not None and _NOT_A_SCENE.intersection((shared.group("where") or "").split()):
            shared = None  # "A and B appear on the album as guests": a record, picture or show, no scene of the video
        if (
            shared is not None
            and shared.group("bare")
            and not any(people_plural(word) for word in shared.group("as_role").split()[:3])
        ):
            shared = None  # "A and B as always": no part
        if (
            shared is not None
            and shared.group("role")
            and shared.group("role").split(" ", 1)[0].strip(",;:.!?") in _AS_IDIOM
        ):
            shared = None  # "A and B appear as well", "have cameos as expected": no part after "as"
        if (
            shared is not None
            and shared.group("bracketed")
            and not _GROUP_BRACKETED.search(skeleton[max(0, at - 60) : at])
        ):
            shared = None  # "(A and B) play": only the members of a group the words before the bracket name
        if shared is not None and _CREDITED_BEFORE.search(skeleton[max(0, at - 60) : at]):
            shared = None  # "credited to A and B as writers": a credit, not a part
        if shared is not None and _CAST_WORDS.search(shared.group("people") or shared.group("listed")):
            # "directed by A and features B playing a nurse": the word before the last name is the video's casting
            # verb, which starts a clause of its own (not what B is, as in "A and footballer B play neighbours")
            shared = None
        if shared is not None:
            people, role = ("people", "role") if shared.group("people") else ("listed", "as_role")
            if not seen & {id(m) for m in _mentions(clause, shared.group(people))}:
                shared_role = shared.group(role)
                role_at, role_end = shared.start(role), shared.end(role)
                shared_as = _AS_BEFORE.search(skeleton[max(0, role_at - 10) : role_at]) is not None
                if " at " in skeleton[role_end : role_end + 5] and (
                    shared_as or _PLAY_VERB_BEFORE.search(skeleton[max(0, role_at - 20) : role_at])
                ):
                    # "A and B star as two strangers sharing a cab at a rank in Leeds": after "as" the shared part is
                    # whole, a participle's place with it, as one person's is; after "play" only a past participle's
                    # ("play two radio operators trapped at a weather station"), as after one person's "plays"
                    shared_role += _participles_place(
                        skeleton, clause.words(shared_role), role_end, shared_as, shared_as, clause
                    )
                elif shared_role == skeleton[role_at:role_end]:
                    shared_role += _with_a_thing(clause, skeleton, role_end)
                found += _shared(clause, shared.group(people), shared_role, role_at, seen)
        for pattern in (
            _WHO_PLAYS,
            _AS,
            _LATER_APPEARING,
            _COMMA_AS_SELF,
            _DOING_AS_SELF,
            _LISTED_WHO_AS,
            _AS_ASIDE,
            _LISTED_COMMA_AS,
            _GIVEN_COMMA_AS,
        ):
            match = pattern.match(encoded, at)
            if match is None:
                continue
            if pattern is _LISTED_COMMA_AS and not (
                _LIST_MEMBER_OPENS.search(skeleton[max(0, at - 60) : at]) and _IN_IT_LEAD.search(skeleton[:at])
            ):
                continue
            if pattern is _GIVEN_COMMA_AS and not (
                _ROLE_GOES_BEFORE.search(skeleton[max(0, at - 80) : at])
                or _PART_LISTED_APPOSED.search(skeleton[max(0, at - 200) : at])
            ):
                continue
            if pattern is _AS_ASIDE and (
                _LIFE_STAGE.match(match.group("role")) or _NOT_PARTS & _bare_words(match.group("role"))
            ):
                continue
            if (
                pattern is _LISTED_WHO_AS
                and not _PART_LISTED_BEFORE.search(skeleton[max(0, at - 200) : at])
                and not _CAMEO_BEFORE.search(skeleton[max(0, at - 60) : at])
            ):
                continue
            if pattern is _DOING_AS_SELF and (
                not _CLAUSE_OPENS.search(skeleton[max(0, at - 60) : at])
                or _denied(skeleton, match.end("role"))
                or any(fold(m.text) not in _OWNING_PRONOUNS for m in _mentions(clause, match.group("doing")))
            ):
                continue
            if pattern is _COMMA_AS_SELF and _PREPOSITION_BEFORE.search(skeleton[max(0, at - 12) : at]):
                # "X turns up from the band, as himself": the one the preposition names is not cast; the aside is
                # the subject's when the clause opens on them and their coming there, else no one's
                found.extend(_subject_cast(clause, _SUBJECT_VERB_WITH.search(skeleton[:at]), match, seen))
                covered = match.end("role")
                break
            if pattern is _LATER_APPEARING and not _OPENING.match(skeleton[:at]):
                continue  # the subject only, opening its sentence
            if (
                pattern is _AS
                and skeleton[match.end("person") : match.start("role")].strip() == "as"
                and _NO_ONE_IN_PARTICULAR.match(match.group("role"))
            ):
                # "with the band as the only people who may make a noise": with no verb of appearing, a bare "as"
                # before "the ones"/"the only people" tells what they are to the idea, which a relative clause says
                continue
            between = skeleton[match.end("person") : match.start("role")]
            appeared = _APPEARS_WHERE.search(between) if pattern is _AS else None
            if appeared is not None and _NOT_A_SCENE.intersection(between[appeared.start() :].split()):
                continue  # "appears on the album as a guest": a record, picture or show, no scene of the video
            if pattern is _AS and not _beside_one_before(clause, skeleton[match.end("person") : match.start("role")]):
                continue
            if pattern is _AS and _beside_uncast(skeleton[:at]):
                continue
            if pattern is _AS and _PLAY_VERB_BEFORE.search(skeleton[max(0, at - 20) : at]):
                # "X plays the singer as a child": the one named is what X plays, and "as a child" is of X's part,
                # no part of the named one's own
                continue
            if (
                pattern in (_AS, _COMMA_AS_SELF, _AS_ASIDE)
                and _THEN_COMMA.match(skeleton[at : at + 12])
                and _BY_BEFORE.search(skeleton[max(0, at - 60) : at])
            ):
                # "The shop, owned by Cy Dorn, is in it as a backdrop": the name closes a phrase of "by", and the
                # verb after its comma is the sentence's subject's, not the name's
                continue
            if pattern is _WHO_PLAYS and any(
                (m.people or m.new) and not m.possessive
                for m in _mentions(clause, skeleton[match.end("person") : match.start("role")])
            ):
                continue  # "X, the Y actor who": the word after the article is a place or a people, no one
            if pattern is _WHO_PLAYS and _MAIN_CASTS.match(skeleton, match.end("role")):
                # "X, who played a surgeon on TV, appears as herself": the relative clause tells of a career,
                # the clause it sits in of the video
                continue
            both = clause.mention(match.group("person"))
            if both is not None and _number_clash(both, match.group("role")):
                # "X conducts them, playing herself": one playing herself is not "them"; the participle after the
                # object is said of the clause's subject, when that opens the clause, one person, with one verb
                # between them
                found.extend(_subject_cast(clause, _SUBJECT_VERB.search(skeleton[:at]), match, seen))
                covered = match.end("role")
                break
            covered = match.start("role")
            part_until = match.end("role")
            joined = _JOINED_BEFORE_THEY.search(skeleton[:at]) if both is not None and both.kind == "two" else None
            if joined is not None and both is not None and both.text.lower() == "they" and id(both) not in seen:
                # "her nephews, A and B, and they play two peanut sellers": "they" opening a clause joined right
                # after two people named together is those two, not a pair the page named before
                together = joined.group("people") or joined.group("subject")
                found += _shared(clause, together, match.group("role"), match.start("role"), seen)
                seen.add(id(both))
            elif both is not None and both.kind == "two" and len(both.people) == 2 and id(both) not in seen:
                # "both singers appear as themselves": each of the two
                who: list[tuple[str | None, int]] = [(person, at) for person in both.people]
                found += _share(clause, who, match.group("role"), _listed(clause, match.start("role")))
                seen.add(id(both))
            else:
                matches.append(match)
                if pattern is not _WHO_PLAYS or _AS_BEFORE.search(skeleton[max(0, covered - 10) : covered]):
                    # ("X, who appears as a customs officer checking passports at the end": a relative clause's
                    # "as" keeps the whole part as any "as" does)
                    after_as.add(id(match))
            break
    # "Starring: A (the lifeguard), B (...)": the cast word may be read as a name, so it is looked for in the text
    if "(" in skeleton and _CAST_WORDS.search(clause.text):
        matches += _BRACKETED.finditer(encoded)
    owned = list(_OWN_CAMEO.finditer(encoded)) if "'s " in skeleton else []
    matches += owned
    owners = {id(match) for match in owned}  # the matches whose person is rightly possessive
    for match in matches:
        mention = clause.mention(match.group("person"))
        if (
            mention is None
            or id(mention) in seen
            or (
                mention.possessive
                and id(match) not in owners
                and _IS_CONTRACTED.match(skeleton, match.end("person")) is None
            )
        ):
            continue
        if " as " in skeleton[match.end("person") : match.end("person") + 4] and _REGARDED_BEFORE.search(
            skeleton[max(0, match.start("person") - 30) : match.start("person")]
        ):
            continue
        person = _person(mention)
        role_text = apposed.get(id(match), match.group("role"))
        role_end = match.end("role")
        if id(match) not in apposed and " with " in skeleton[role_end : role_end + 6]:
            role_end = _past_whose(clause, role_end)
            role_text = skeleton[match.start("role") : role_end]
        if id(match) not in apposed and " at @" in role_text:
            # "plays a waitress at her family's restaurant": a possessive pronoun's place is the scene's, as an
            # article's is (a name after "at" may be the place itself: "a commuter stranded at Clapham Junction")
            owner = _AT_OWNER.search(role_text)
            whose = clause.mention(owner.group("owner")) if owner is not None else None
            if owner is not None and whose is not None and whose.text.lower() in _WHOSE:
                role_end = match.start("role") + owner.start()
                role_text = skeleton[match.start("role") : role_end]
            named_at = _AT_NAME_LAST.search(role_text)
            if (
                named_at is not None
                and _PLAY_VERB_BEFORE.search(skeleton[max(0, match.start("role") - 20) : match.start("role")])
                and _plain_noun_phrase(role_text[: named_at.start()])
            ):
                # "plays a lighthouse keeper at Cape Reinga": after "plays" a named place is the scene's, as "at
                # the harbour" is (not where a past participle's or a place's phrase goes on: "plays a commuter
                # stranded at Clapham Junction", "a busker on the quay at Slussen")
                role_end = match.start("role") + named_at.start()
                role_text = skeleton[match.start("role") : role_end]
        role_text = _before_backdrop(role_text)
        role_end = match.start("role") + len(role_text)
        the_one = _THE_ONE.match(role_text)
        # ("takes the part of Lan": someone the story named, played, as "plays Lan" is)
        named_one = _NAMED_ONE.match(role_text)
        if _TAKES_PART.search(skeleton[max(0, match.start("role") - 40) : match.start("role")]) and not (
            _SOMEONE.match(role_text)
            or (the_one is not None and the_one.group("head") not in _SUNG_PARTS)
            or (named_one is not None and clause.mentions[int(named_one.group(1))].kind == "name")
        ):
            continue
        # where the part was cut before "at" (its scene), which tells a participle's object as well ("plays a
        # deckhand coiling rope at the stern")
        cut_at = " at " if " at " in skeleton[role_end : role_end + 5] else ""
        if cut_at:
            # after "as" the part is whole; after "plays" only a past participle's phrase is the part's
            played = id(match) not in after_as and _PLAY_VERB_BEFORE.search(
                skeleton[max(0, match.start("role") - 20) : match.start("role")]
            )
            if id(match) in after_as or played:
                own = _AS_BEFORE.search(skeleton[max(0, match.start("role") - 10) : match.start("role")]) is not None
                place = _participles_place(skeleton, clause.words(role_text), role_end, not played, own, clause)
                role_text += place
                cut_at = "" if place else cut_at  # (the part goes on past "at": it was not cut there)
            steering = _STEERING.match(skeleton, role_end) if cut_at else None
            if steering is not None and role_text.split()[0] not in _SELVES:
                # "plays the dad at the wheel of the family car": at the wheel, the helm, the controls is who the
                # part is (driving, steering), no place of the scene's ("himself at the wheel" takes no phrase)
                role_text += steering.group("steering")
                cut_at = ""
        role_text = _past_clock(skeleton, match.start("role"), role_text)
        if (
            id(match) in after_as
            and not cut_at
            and " " in skeleton[role_end : role_end + 1]
            and _AS_BEFORE.search(skeleton[max(0, match.start("role") - 10) : match.start("role")])
        ):
            # "as a ferryman rowing home before the storm": after "as" the part is whole, and a time told by a noun's
            # phrase is part of it, as "before retirement" is ("before the bar closes", a clause, tells the scene's)
            when = _WHEN_PHRASE.match(skeleton, role_end)
            last = when.group("phrase").rsplit(" ", 1)[-1] if when is not None else ""
            if (
                when is not None
                and not _a_clause(when.group("phrase"))
                and (not _TENSED.search(last) or last in _PLURAL_TIMES)
                and (when.group("counted") is None or _PARTICIPLE.match(clause.words(role_text)) is not None)
            ):
                role_text += when.group("when")
            elif when is None:
                # ("as a nurse on her last shift before Christmas": a feast's, a month's or a day's name is a time too)
                named = _NAMED_WHEN.match(skeleton, role_end)
                feast = clause.mention(named.group("named")) if named is not None else None
                if (
                    named is not None
                    and feast is not None
                    and feast.kind == "name"
                    and not (feast.people or feast.possessive)
                    and set(fold(feast.text).split()) <= WHEN_NAMES
                ):
                    role_text += named.group("when")
        if role_text == skeleton[match.start("role") : role_end]:
            role_text += _with_a_thing(clause, skeleton, role_end)
        # a gapped second part is denied or not as its verb is ("A plays a man who can't sleep and B a nurse")
        denial_at = match.start("first") if "first" in match.groupdict() else match.start("person")
        restricted = _before_contact_clause(clause, role_text)
        # "plays the star she replaces": a description the clause after it restricts is a part, not the one the page
        # called so
        described = _ONE_MENTION.match(restricted) is not None and restricted != role_text.strip()
        role_text = restricted
        if person is None or _denied(skeleton, denial_at) or not (described or _role_ok(clause, role_text, person)):
            continue
        credited = skeleton[max(0, match.start("person") - 60) : match.start("person")]
        if _CREDITED_BEFORE.search(credited) and not (
            # ("a fisherman named X plays himself": what X is called, then X's own verb; "a paper named X as its
            # dancer of the year" is still the credit)
            _NOUN_NAMED_BEFORE.search(credited) and not skeleton.startswith(" as ", match.end("person"))
        ):
            continue  # "credited Bell as a co-writer": what she did for the song, not a part
        if mention.person is None and _PLACE_BEFORE.search(
            skeleton[max(0, match.start("person") - 20) : match.start("person")]
        ):
            continue  # "shot in Los Angeles as a tribute": a place, not someone new
        told_by_whose = _SOMEONES_BEFORE.search(skeleton[max(0, match.start("person") - 40) : match.start("person")])
        if told_by_whose is not None and not _MEMBERS_OF.search(told_by_whose.group()):
            continue  # "A friend of Bell has a cameo as herself": the friend's cameo, not Bell's
        role = squash(clause.words(role_text)).strip(" ,")
        head, _, last = role.rpartition(" ")
        if head and last in _DANGLING:
            role = head  # "as a fisherman's son and, in a cameo, X": the part ends before the list goes on
        if not role or len(role) > MAX_ROLE or (_RUN_ON.search(role_text) and not _at_a_stage(role_text)):
            continue
        if role.startswith(("The ", "A ", "An ", "His ", "Her ", "Their ")):
            role = _lower_first(role)  # a part that starts its sentence ("The caller who ... is X")
        story = _STORY_OF.match(role)
        role = role[story.end() :] if story else role
        if id(match) in passive:
            # ("the glassblower in it is played by X": "in it" is the video, where the part is, not the part's)
            role = _IN_IT_AFTER.sub("", role)
            if not _PART_OF_BEFORE.search(skeleton[max(0, match.start("role") - 20) : match.start("role")]):
                # ("the part of a fisherman mending his nets is played by X": named as the part, its phrase whole, as
                # after "as")
                role = _before_participle(role)
        elif "first" in match.groupdict() or _PLAY_VERB_BEFORE.search(
            skeleton[max(0, match.start("role") - 20) : match.start("role")]
        ):
            # (or before another preposition the part was cut at: "plays a tea seller pouring glass after glass")
            cut = _CUT_BEFORE.match(skeleton, role_end) if not cut_at else None
            role = _before_participle(role, cut_at or (f" {cut.group('word')} " if cut else ""))
            if _played_thing(" ".join(role.split()[:4])) is not None:
                # "the band play the old piano", "plays the opening bars on her porch": an instrument or what is
                # played, no part (its first words only: "a singer in a bar" is a part)
                continue
            if _PLAY_PLURAL.search(skeleton[match.end("person") : match.start("role")]) and _LISTED_BEFORE.search(
                skeleton[max(0, match.start("person") - 16) : match.start("person")]
            ):
                continue  # "A and B play a priest, a nun and a ghost": the last of several, read as a list
        if match.start("person") < match.start("role") and _PLAYED_BY_OTHER.match(skeleton, role_end):
            continue  # "Arbour as a child, played by Eda Fenn": Eda Fenn's part, not Arbour's
        itself = _SELF_THEN.match(role)
        if itself is not None and not _AGED.match(role):
            role = itself.group("self")  # "herself in the final scene", "himself, singing": the part is herself
        seen.add(id(mention))
        found.append(Part(person, role, clause.at(match.start("person"))))
        second = clause.mention(match.group("second")) if match.groupdict().get("second") else None
        if (
            second is not None
            and id(second) not in seen
            and not second.possessive
            and _person(second) is not None
            # ("a welder and a pilot, played by A and B": a part each, which one is not read here)
            and " and " not in role
        ):
            seen.add(id(second))
            found.append(Part(str(_person(second)), role, clause.at(match.start("second"))))
    if "cast " in skeleton:
        found += _cast_list(clause, seen)
    if "alongside " in skeleton or "with " in skeleton:
        found += _alongside(clause, found, seen)
    if "star" in skeleton:
        found += _starring_beside(clause, found, seen)
    if (found or _IN_THE_VIDEO.match(skeleton)) and (" is " in skeleton or " was " in skeleton):
        found += _is_parts(clause, seen) + _is_apposed(clause, seen, bool(found))
    elif " who " in skeleton and (" is " in skeleton or " was " in skeleton):
        found += _is_apposed(clause, seen, False)
    found += _featured(clause, seen)
    if (
        "appear" in skeleton
        or " up " in skeleton
        or " spot " in skeleton
        or _SEEN.search(skeleton)
        or _BEING_IN.search(skeleton)
    ):
        found += _appearing(clause, seen)
    # ("A and B both appear in the back row": several in no part, told with no word of a cameo)
    # ("X appears briefly, carrying a tray": appearing, said to be brief)
    # ("turns up, briefly, in a lift": how brief set off by commas)
    cameo_words = (
        *("cameo", "appearance", " up ", " up,", "walk-on", " both appear"),
        *("appears briefly", "appeared briefly", "appears,", "appeared,"),
        *(" through a ", " through one ", " through two ", " through three "),
    )
    # ("A and B can both be spotted in the first shot": seen there, told with no word of a cameo either)
    if any(word in skeleton for word in cameo_words) or _SEEN.search(skeleton):
        found += _cameos(clause, seen)
    # ("X is glimpsed on a balcony, without a part": no word of a cameo, but one shown in no part)
    found += _present_without_part(clause, seen)
    if (
        " be " in skeleton
        or any(f" in {where} " in skeleton for where in ("it", "there", "the video", "the clip"))
        or " for " in skeleton  # ("Look out for X in the last shot", "Look for a brief appearance by X")
        or " you" in skeleton  # ("Look at the back row and you'll spot X")
        or " briefly " in skeleton  # ("X is briefly seen")
        or " only " in skeleton  # ("X is only ever seen from behind", "X is glimpsed only briefly, at the bar")
        or " in the " in skeleton  # ("X is in the last shot", "that's X folding sheets in the background")
    ):
        found += _glimpsed(clause, seen)
    if " you" in skeleton:
        found += _you_see(clause, seen)
    if " twice" in skeleton:
        found += _twice(clause, seen)
    if " does " in skeleton or " did " in skeleton:
        found += _so_does(clause, found, seen)
    if ": " in skeleton:
        found += _part_then_colon(clause, seen)
        found += _there_then_played(clause, seen)
    found.sort(key=lambda part: part.at)
    found = [
        replace(part, person=endeared.group("name")) if (endeared := _ENDEARED.match(part.person)) else part
        for part in found
    ]
    found = [
        replace(part, role=purpose.group("self"))
        if part.role is not None and (purpose := _SELF_FOR_A_PURPOSE.match(part.role))
        else part
        for part in found
    ]
    parts = [part for part in found if part.role is None or not _a_clause(part.role)]
    denied = [part for part in parts if clause.hearsay_at(part.at)]
    if not denied:
        return parts
    # "Rumours that X plays the sheriff are wrong": a part told as hearsay is no fact; "the part went to Y" after it
    # gives the part to the one the page says has it
    return [part for part in parts if part not in denied] + _went_instead(clause, denied)


# "..., the part went to Y", "the role went to the singers' uncle, Y": the part just named goes to someone else, named
# (as anyone given a part is) or described by their relation to someone, then named after a comma
_WENT_INSTEAD = linear.compile(
    r"\b(?i:the)\s+(?:part|role)\s+(?:went|goes|was\s+given|is\s+given|fell|falls)\s+to\s+"
    rf"(?:(?:the\s+)?(?:{_P}'s|[a-z][\w-]*'s|[a-z][\w-]*s')\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*\s*,\s*(?P<kin>{_P})"
    rf"|(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){{0,4}}?(?P<person>{_P}))(?:[,;:.!?]|\s+(?:who|and|as)\b|\s*$)"
)
# What follows the part in a that-clause told as hearsay: the verb of the claim's own noun ("Rumours that X plays the
# sheriff are wrong"), no word of the part
_HEARSAY_VERB = linear.compile(r"\s+(?:are|is|were|was|have|has|had|remain|remains)\s.*$")


def _went_instead(clause: Clause, denied: list[Part]) -> list[Part]:
    """The part the sentence denied someone, given instead to the one "the part went to" names after the denial; only
    when one part was denied, so that "the part" is sure."""
    roles = {_HEARSAY_VERB.sub("", part.role) for part in denied if part.role is not None}
    if len(roles) != 1 or len(denied) != 1:
        return []
    role = roles.pop()
    for match in _WENT_INSTEAD.finditer(clause.skeleton):
        group = "kin" if match.group("kin") else "person"
        mention = clause.mention(match.group(group))
        person = _person(mention) if mention is not None and not mention.possessive else None
        at = clause.at(match.start(group))
        if person is not None and at > denied[0].at and not clause.hearsay_at(at) and role:
            return [Part(person, role, at)]
    return []


# A time after a part, told by a noun's phrase ("before the storm", "after the last ferry"), to its clause's end or
# the next person's part (a name or a verb after it would make it a clause: "before Cy leaves", "after the bar shuts")
# ("after the last ferry of the night": the noun's own "of" phrase, a determiner and one word, goes with it)
_WHEN_PHRASE = linear.compile(
    r"(?P<when>\s+(?:before|after|until)\s+(?P<phrase>(?:the|a|an|his|her|their|its)\s+[a-z][\w'-]*"
    r"(?:\s+[a-z][\w'-]*){0,2}?(?:\s+of\s+(?:the|a|an|his|her|their|its)\s+[a-z][\w'-]*)?"
    # ("as a sailor coming home after years at sea": a stretch of time, bare, and where it was spent)
    r"|(?:many\s+|several\s+|long\s+)?(?:years|months|weeks|decades)\s+(?:at|in|on|abroad|away|overseas)"
    r"(?:\s+[a-z][\w'-]*){0,2}"
    # ("as a clerk counting the hours until closing time", "a baker working before dawn": a time of the day, bare)
    r"|(?:(?:closing|opening|lunch|dinner|tea|supper|bed|knocking-off|home)\s+time|dawn|daybreak|sunrise|sunset|dusk|"
    r"nightfall|midnight|noon|midday|lunchtime|teatime|bedtime|curfew)"
    # ("as a singer returning home after many years": a stretch of time counted, alone, how long the participle's
    # doing waited; checked on the match to follow a participle, as "returns as a nurse after ten years" is the
    # actor's own time)
    r"|(?P<counted>(?:many|several|so\s+many|a\s+few|a\s+dozen|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|forty|fifty|\d+)\s+(?:long\s+)?(?:years|months|weeks|decades))))"
    r"(?:\s*[,;:.!?()\"]|\s*$|\s+(?:and|while)\s+@\d+)"
)
# "before Christmas", "until March": a time named, closing the clause (checked on the match to be one)
# "as a driver with a broken-down Holden": "with", an indefinite article, lower-case words and one capitalised word
# ending the clause (a make, a breed: no one's name stands after "a" and an adjective)
# ("a driver with a broken-down Holden and no patience left": a second thing joined by "and", in lower-case words to the
# clause's end, is had as well; a name in it would be someone's part gapped after "and")
_WITH_A_NAMED_THING = linear.compile(
    r"(?P<with>\s+with\s+(?:a|an)\s+(?:[a-z][\w'-]*\s+){1,3}(?P<thing>@\d+)"
    r"(?:\s+and\s+(?:a|an|no|some)(?:\s+[a-z][\w'-]*){1,3})?)(?:\s*[,;:.!?()\"]|\s*$)"
)


def _with_a_thing(clause: Clause, skeleton: str, role_end: int) -> str:
    """The words a part goes on with past where it was cut before "with", when they tell a thing the part has, by a
    one-word name the page made no one's ("two hitchhikers with a broken-down Commodore"); else nothing."""
    found = _WITH_A_NAMED_THING.match(skeleton, role_end) if skeleton.startswith(" with ", role_end) else None
    thing = clause.mention(found.group("thing")) if found is not None else None
    if (
        found is None
        or thing is None
        or thing.kind != "name"
        or thing.people
        or thing.new
        or thing.possessive
        or " " in squash(thing.text)
    ):
        return ""
    return str(found.group("with"))


_NAMED_WHEN = linear.compile(
    r"(?P<when>\s+(?:before|after|until)\s+(?P<named>@\d+))(?:\s*[,;:.!?()\"]|\s*$|\s+(?:and|while)\s+@\d+)"
)
# A last word that may be a verb told in the present or the past ("until the bar shuts", "after the ferry docked"):
# the phrase may be a clause, whose time is the scene's (a plural noun, "before the holidays", is left out with it)
_TENSED = linear.compile(r"(?:[^s]s|ed)$")
# Plural nouns that name a stretch of the calendar, never a verb ("before the summer holidays", "after the exams"):
# with one of them last the phrase is a time, whatever its "-s" looks like
_PLURAL_TIMES = frozenset(
    str.split(
        """
    holidays vacations hols exams examinations finals playoffs festivities celebrations rains monsoons
    midterms nineties eighties seventies sixties twenties thirties forties fifties
    years months weeks decades
    """
    )
)


# Words that determine a noun: after one, an "-ing" word is a noun, not a participle ("the crossing", "a clearing",
# "her landing"), and a word opens a clause's subject ("as the band plays").
_DETERMINERS = frozenset(str.split("a an the his her their its my our your this that these those every each no"))
# "turns up as the band plays", "appears as the lights go down": "as" there tells when, and a clause (a subject and
# its verb) follows, no part ("a groundskeeper raking leaves": a participle's object is no verb)
_WHEN_VERBS = frozenset(
    str.split(
        """
    plays play sets rises rise goes go falls fall fades fade begins begin ends end starts start closes close opens
    open rolls roll dims dim swells swell builds build drops drop kicks kick comes come arrives arrive leaves leave
    sings sing dances dance turns turn breaks break finishes finish passes pass sleeps sleep waits wait watches
    watch walks walk runs run
    """
    )
)


# "at the wheel (of the family car)": driving or steering, told of a person; to its clause's end ("at the
# handlebars" of a bicycle or a scooter, "at the tiller" of a boat, as "at the helm")
_STEERING = linear.compile(
    r"(?P<steering>\s+at\s+the\s+(?:wheel|helm|controls|handlebars|tiller)(?:\s+of\s+(?:the|a|an|his|her|their|its)"
    r"(?:\s+[a-z][\w'-]*){1,3})?)(?:\s*[,;:.!?()\"]|\s*$|\s+and\s)"
)
_SELVES = frozenset({"himself", "herself", "themselves", "myself", "ourselves"})
# Determiners of one thing only, whose noun's verb in the present ends in "-s"
_ONE_DETERMINERS = frozenset({"a", "an", "each", "every", "this", "that"})


def _a_clause(role: str) -> bool:
    """Whether a part is a clause of time: a determiner, a noun with up to two words before it, and a verb."""
    words = role.split()
    if len(words) < 3 or words[0] not in _DETERMINERS:
        return False
    for at, word in enumerate(words[1:4], start=1):
        if word.endswith("ing") or not word.replace("'", "").replace("-", "").isalpha() or not word.islower():
            return False
        if word in _PREPOSITIONS:
            return False  # "her son on leave": a word after a preposition is its object, no verb of a clause
        # ("plays a ghost light come to life", "a dream come true": after "a" the noun is one, and its verb in the
        # present would take "-s"; a bare "come" is a participle of the part)
        if at >= 2 and word in _WHEN_VERBS and (words[0] not in _ONE_DETERMINERS or word.endswith("s")):
            return True
    return False


_PRONOUN_IN = linear.compile(r"@\d+")


def _pronouns_spelled(clause: Clause, fragment: str) -> str:
    """``fragment`` with each pronoun's own word in place of its mention (a name's mention stays: it names someone)."""
    pieces: list[str] = []
    end = 0
    for found in _PRONOUN_IN.finditer(fragment):
        mention = clause.mention(found.group(0))
        if mention is not None and mention.kind == "pronoun":
            pieces += [fragment[end : found.start()], mention.text]
            end = found.end()
    return "".join(pieces) + fragment[end:]


def _is_parts(clause: Clause, seen: set[int]) -> list[Part]:
    """Parts told with "is" in a clause that tells others or opens on the video, each without the participle's phrase
    about what the character does (as after "plays"), and a second part after "and" with its "is" left out."""
    skeleton = clause.skeleton
    found: list[Part] = []
    matches = [*_IS_AMONG.finditer(skeleton), *(_IS_DOING.finditer(skeleton) if "@" in skeleton else [])]
    for match in matches:
        gapped = _GAPPED_IS.match(skeleton, match.end("role"))
        for told in (match, gapped):
            if told is None:
                continue
            mention = clause.mention(told.group("person"))
            role_text = told.group("role")
            if " with " in skeleton[told.end("role") : told.end("role") + 6]:
                # ("is a student with a guitar case he keeps dropping": the part runs on past "with", as after "plays")
                role_text = skeleton[told.start("role") : _past_whose(clause, told.end("role"))]
            role = _before_participle(squash(_pronouns_spelled(clause, _before_contact_clause(clause, role_text))))
            if "@" in role and _names_no_one(clause, role):
                # "is a commuter on the evening ferry to Kadikoy": a capitalised word of a place, no one, in the part
                role = squash(clause.words(role))
            person = _person(mention) if mention is not None and mention.kind == "name" else None
            if person is None or mention is None or id(mention) in seen or mention.possessive or "@" in role:
                break
            if _NOT_PARTS & _bare_words(role) or _denied(skeleton, told.start("person")):
                break
            seen.add(id(mention))
            found.append(Part(person, role, clause.at(told.start("person"))))
    return found


def joined_is_parts(clause: Clause) -> list[Part]:
    """Parts told with "is" in a sentence opened by "And" that goes on from one which cast others ("A plays a
    nurse. And X is a passenger who keeps falling asleep."), read as after ", and" in the same sentence."""
    return _is_parts(clause, set()) if _AND_OPENING.match(clause.skeleton) else []


_AND_OPENING = linear.compile(r"^\W*And\s+@\d+\s+(?:is|was)\s")


def _is_apposed(clause: Clause, seen: set[int], among: bool) -> list[Part]:
    """Parts told with "is" after an apposition or a relative clause about the one named; ``among`` other parts told
    in the clause, or else only a part that a relative clause in the present says what it does."""
    found: list[Part] = []
    for match in _IS_APPOSED.finditer(clause.skeleton):
        verb = match.group("verb")
        if not among and (
            verb is None or not _STORY_VERB.match(verb) or verb in _CAREER_VERBS or match.group("article") != "the"
        ):
            continue  # ("X is a teacher who lives in Leeds", "X is the one who runs the label": what X is, not a part)
        mention = clause.mention(match.group("person"))
        person = _person(mention) if mention is not None and mention.kind == "name" else None
        role = _before_participle(squash(match.group("role")))
        if person is None or mention is None or id(mention) in seen or mention.possessive:
            continue
        if _NOT_PARTS & _bare_words(role) or _denied(clause.skeleton, match.start("person")):
            continue
        seen.add(id(mention))
        found.append(Part(person, role, clause.at(match.start("person"))))
    return found


# "X plays a night clerk, which is to say he plays himself": what follows "which is to say" or "in other words" retells
# the part just told in other words, no second part of the same one (blanked to the sentence's end)
_RESTATED = linear.compile(r",(?P<aside>\s*(?:(?:which|that)\s+is\s+to\s+say|in\s+other\s+words)\b[^;:!?\"]*)")


def _without_known_for(clause: Clause) -> Clause:
    """The clause with each "known for ..." apposition after a name blanked out, offsets kept."""
    return _without(clause, _KNOWN_FOR)


# "our own X (Engineering), who ..., turns up as": a bracket right after a name holding one capitalised word or phrase
# that names no one (what they studied, in a class's notes)
_BRACKETED_SUBJECT = linear.compile(rf"{_P}(?P<aside>\s*\(\s*(?P<inner>{_P})\s*\))")


def _without_bracketed_subject(clause: Clause) -> Clause:
    """The clause with each bracket after a name that names no one blanked out, offsets kept."""

    def names_no_one(found: linear.Match) -> bool:
        inner = clause.mention(found.group("inner"))
        return inner is not None and not inner.people and not inner.new and inner.kind == "name"

    return _without(clause, _BRACKETED_SUBJECT, names_no_one)


# "X, yes, the same man, turns up as", "X, at the helm of his own yacht, plays", "X, persuaded by his sister, plays":
# an aside of lower-case words set off by commas between a name and its casting verb (one inner comma after a "yes"
# or "no"); blanked so that the verb reads as the name's own. An aside naming anyone (but whose: "at the director's
# insistence", or by a pronoun: "for reasons no one has explained to me"), telling a part itself ("who plays a
# cook") or joining a next clause ("and then") is left as it is.
_COMMA_ASIDE = linear.compile(
    rf"{_P}(?P<aside>\s*,\s*(?:(?:yes|yep|yeah|no|well)\s*,\s*)?(?P<words>[a-z](?:[^,;:.!?()\"@]|{_P}){{1,100}}?)\s*,)"
    # (not "played by": "the widow, played by X", where the name before the comma is another's)
    # ("A and B, who played on the record, both appear as themselves": the verb's plural, the two together)
    r"\s+(?:plays|played\s+(?:a|an|the|his|her|their|himself|herself|themselves)|(?:both\s+)?appears?\s+as|"
    r"(?:both\s+)?appeared\s+as|"
    r"turns\s+up|turned\s+up|shows\s+up|cameos|(?:was|were|is|are)\s+persuaded)\s"
)
# (a pronoun opening the words starts a clause of its own: "In Hull, it tells the story of ...")
_ASIDE_NOT = linear.compile(
    r"^(?:and|or|but|while|nor|plus|it|he|she|they|we|i|you|there)\b"
    r"|\b(?:as|plays?|played|playing|portray\w*|role|part|cameo|stars?)\b"
)
# "who played on the record", "who played bass on the single": a relative clause on the recording, where "played" is
# the music's and tells no part in the video
_PLAYED_ON_RECORD = linear.compile(
    r"^who\s+(?:also\s+|had\s+)?played\s+(?:[a-z]+\s+)?on\s+(?:the|that|this|their|her|his)\s+"
    r"(?:original\s+)?(?:record|single|song|track|album|recording|session)s?$"
)


def _without_comma_aside(clause: Clause) -> Clause:
    """The clause with each comma aside between a name and its casting verb blanked out, offsets kept."""

    def an_aside(found: linear.Match) -> bool:
        words = found.group("words")
        if words.startswith("in what "):
            # ("X, in what must be recorded as his debut, plays": a remark on the casting itself, whose "as" tells what
            # the appearance is, no part)
            words = words.replace(" as ", " ")
        # (a name in it, but for whose something is, may be the next one of a list)
        return (not _ASIDE_NOT.search(words) or _PLAYED_ON_RECORD.match(words) is not None) and all(
            m.kind == "pronoun" or m.possessive for m in _mentions(clause, found.group("words"))
        )

    return _without(clause, _COMMA_ASIDE, an_aside)


# "X, the friend from the barbecue, has a cameo as": an apposition opened by what the page has called X before (a
# description read as X), set off by commas between the name and its casting verb
_DESCRIBED_ASIDE = linear.compile(
    # ("X, the harpist who introduced them, is seen as herself": a relative clause of the description may name others)
    rf"(?P<person>{_P})(?P<aside>\s*,\s*(?P<described>{_P})(?:\s+[a-z][^,;:.!?()\"@]{{0,60}}?"
    rf"|\s+who\s+[a-z][^,;:.!?()\"]{{0,60}}?)?\s*,)"
    r"\s+(?:plays|played|appears|appeared|turns\s+up|turned\s+up|shows\s+up|cameos|has|had|makes|made|gets|got"
    # ("is seen as herself", "is cast as": the part told in the passive)
    r"|(?:is|was)\s+(?:seen|glimpsed|spotted|cast))\s"
)


# "The middle brothers, A and B, play two fishermen": a description of several opening the sentence, then the people
# it describes, named together and set off by commas before their casting verb; whom it means is they, not a band or
# pair the page called so before
_DESCRIBED_THEN_NAMED = linear.compile(
    rf"^(?P<aside>(?P<described>{_P})\s*,\s*)(?P<named>(?:{_P}\s*,\s*)*{_P}\s+and\s+{_P})\s*,"
    r"\s+(?:play|played|appear|appeared|turn\s+up|turned\s+up|show\s+up|showed\s+up|cameo|have|had|make|made|"
    r"are\s+(?:seen|cast)|were\s+(?:seen|cast))\s"
)


def _without_described_aside(clause: Clause) -> Clause:
    """The clause with each apposition describing the one named before it blanked out, offsets kept; and a
    description opening the clause before the several people it describes."""

    def described_several(found: linear.Match) -> bool:
        described = clause.mention(found.group("described"))
        return (
            described is not None
            and described.kind == "description"
            and not described.possessive
            and all(m.kind == "name" and not m.possessive for m in _mentions(clause, found.group("named")))
        )

    clause = _without(clause, _DESCRIBED_THEN_NAMED, described_several)

    def same_one(found: linear.Match) -> bool:
        person, described = clause.mention(found.group("person")), clause.mention(found.group("described"))
        return (
            person is not None
            and described is not None
            and described.kind == "description"
            and not described.possessive
            and len(person.people) == 1
            and described.people == person.people
        )

    return _without(clause, _DESCRIBED_ASIDE, same_one)


def _without(clause: Clause, pattern: linear.Pattern, blank: Callable[[linear.Match], bool] | None = None) -> Clause:
    """The clause with each aside ``pattern`` finds after a name (and ``blank`` accepts) blanked out, offsets kept."""
    skeleton = clause.skeleton
    asides = [(m.start("aside"), m.end("aside")) for m in pattern.finditer(skeleton) if blank is None or blank(m)]
    if not asides:
        return clause
    pieces: list[str] = []
    end = 0
    for start, stop in asides:
        pieces += [skeleton[end:start], " " * (stop - start)]
        end = stop
    pieces.append(skeleton[end:])
    return replace(clause, skeleton="".join(pieces))


# "as the preacher left waiting at the altar": where a participle ending the part does it is part of it, as the
# participle is ("two riders at a county fair" is still where the scene is); lower-case words only, to a clause's end
# ("the woman waiting at the last village on his route": the place may go on with a phrase of its own)
# ("stranded at an Arctic weather station": a name before the place's noun says which one, as in ``_OWN_PLACE``)
# "at @1 family's restaurant": a place told by whose it is, the owner a mention in the skeleton
_AT_OWNER = linear.compile(r"\s+at\s+(?P<owner>@\d+)\s+[a-z]")
# A part that ends on "at" and a name alone ("a lighthouse keeper at Cape Reinga"), or a name and the place's noun
# ("a porter at Carlisle station"), the name possessive as a shop's or a pub's is ("a barber at Doyle's", "a cook at
# Rosa's diner")
_AT_NAME_LAST = linear.compile(r"\s+at\s+@\d+(?:'s)?(?:\s+[a-z][a-z'-]*){0,2}$")
_LOWER_WORD = linear.compile(r"^[a-z][a-z'-]*$")
_PARTICIPLES_PLACE = linear.compile(
    # ("at the top of the Hilltown": a name may end it)
    # ("waiting at her window for the rain to stop": a possessive's place is the participle's as an article's is)
    r"(?P<place>\s+at\s+(?:a|an|the|his|her|their|@\d+(?:'s)?)\s+(?:@\d+\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,6}?"
    r"(?:\s+@\d+)?)"
    r"(?:[,;:.!?()\"]|\s+(?:and|or|but|who|which|that|while|when|where|in|as)\b|$)"
)


# "as a waitress at the diner", "as the bandleader at a wedding": after "as", the place is the part's own, as the
# phrase after "as" is the part whole (after "plays" it is the scene's), unless it tells when ("at the end", "at the
# same time")
# ("as a fishmonger at the Ribeira market": a name before the place's noun says which one)
# ("as a busker at the end of the line": a word of time with "of" and a thing that is no stretch of time is a place)
# ("as a florist at the Grand Bazaar": a name of several words after "the" is a place's or a thing's, never a
# person's, and the place is the part's own too)
# ("as a dhol player at the garden's Bihu celebrations": a name between an owner and the noun says which one)
# ("as a judge at a county show baking contest": nouns that name the place may run to four words)
_OWN_PLACE = linear.compile(
    r"(?P<place>\s+at\s+(?:the|a|an|his|her|their|@\d+(?:'s)?)\s+(?P<words>(?:@\d+\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?"
    r"(?:\s+@\d+\s+[a-z][\w'-]*)?|@\d+)"
    r"(?:\s+of\s+(?:the|a|an)\s+(?P<of>[a-z][\w'-]*))?"
    # ("as a fishwife at the market in Alfama": the town the place is in, named, is the place's too; "as two riders at
    # a county fair on the coast": so is where the place is; "at the cable station on Fanning Island": an island or
    # a street named after "on" is the place's town; "at a checkpoint on the mountain road": the noun after "the" may
    # have a word before it; "at a petrol station outside Tamworth", "near Oban": a town the place is just out of)
    # ("as a trainer at a gym on the High Road": a street named after "the" is where the place is, as a lower-case
    # one is; "as the DJ at the party in the community hall": so is a room or hall it is in, when its noun is a venue's)
    r"(?:(?P<town>\s+(?:in|on|outside|near)\s+@\d+)|\s+(?:on|by|near|off)\s+the\s+(?:[a-z][\w'-]*\s+)?(?:[a-z][\w'-]*|@\d+)"
    r"|(?P<within>\s+in\s+(?:the|a|an)\s+(?:[a-z][\w'-]*\s+)?(?P<venue>[a-z][\w'-]*)))?"
    # ("as a crane operator at the steelworks in 1981": the year the part lives in is the part's too, as the place is)
    r"(?P<year>\s+in\s+(?:the\s+)?(?:1[5-9]|20)\d\d(?:s|'s)?)?)"
    # ("as a fishwife at the market - her first role": a spaced dash opens an aside, as a comma does; so does a
    # bracket after a space: "at a fair in Denbigh (he cannot ride)")
    r"(?:[,;:.!?()\"]|\s+\(|\s+-\s|\s+(?:and|or|but|who|which|that|while|when|where|in|as)\b|$)"
)
# ("at the same time", "at the same moment": the noun tells when, not "same", which a place may take too: "as a
# waitress at the same diner" is the part's own place)
_WHEN_WORDS = frozenset(
    {"end", "start", "beginning", "time", "moment", "minute", "close", "finale", "climax", "outset", "height"}
    | {"instant"}
)
# What a word of time "of" may be the end or start of: the video itself, a part of it, a stretch of time, an event.
_SPANS = frozenset(
    [
        "video",
        "clip",
        "film",
        "song",
        "track",
        "story",
        "scene",
        "shot",
        "sequence",
        "verse",
        "chorus",
        "bridge",
        "day",
        "night",
        "evening",
        "morning",
        "afternoon",
        "week",
        "weekend",
        "month",
        "year",
        "summer",
        "winter",
        "spring",
        "autumn",
        "season",
        "shoot",
        "show",
        "set",
        "concert",
        "gig",
        "party",
        "wedding",
        "tour",
        "race",
        "game",
        "match",
        "dance",
        "war",
        "storm",
    ]
)


# A past participle by its regular ending ("stranded", "trapped", "abandoned"); a noun in "-ed" of five letters or
# more is rare in a part ("a newlywed" has its article before it, so is never the third word)
_PAST_PARTICIPLE = linear.compile(r"^[a-z]{3,}ed$")
# Irregular ones that are no noun a part would end on ("a driver stuck at the top of the hill", "a sailor lost at sea")
_IRREGULAR_WORDS = (
    "stuck caught lost held bound torn broken frozen hidden forgotten stolen driven thrown kept sworn beaten bitten "
    "chosen fallen taken shaken woken worn hung struck sunk swept sent spent stranded left"
)
_IRREGULAR_PARTICIPLES = frozenset(_IRREGULAR_WORDS.split())
# The last words a gapped part told without its comma never ends on ("and the car driven by B")
_NO_GAPPED_ENDS = _IRREGULAR_PARTICIPLES | _MADE_WORDS


# ("as a cleaner at the Philharmonic", "as an usher at the Opera": a capitalised word alone that is the noun of a
# house of music or learning names the place by what it is, as "the Kelvin" does not)
_INSTITUTIONS = frozenset(
    {"philharmonic", "symphony", "opera", "orchestra", "conservatoire", "conservatory", "academy", "museum"}
    | {"gallery", "library", "university", "cathedral", "palladium", "coliseum", "hippodrome"}
)


def _an_institution(named: Mention | None) -> bool:
    """Whether a name of one word alone is a house of music or learning's noun, so a place ("the Philharmonic")."""
    return named is not None and not named.people and not named.possessive and named.text.lower() in _INSTITUTIONS


# "in the background", "in the foreground": where in the frame someone is, after the part
_IN_THE_BACKGROUND = linear.compile(r"\s+in\s+the\s+(?:background|foreground)\b")


def _before_backdrop(role_text: str) -> str:
    """A part cut before where in the frame it is seen, after a plain noun phrase ("glimpsed as a bus conductor in the
    background of the street scene", "appear as street musicians in the background"): the scene's, not the part's."""
    backdrop = _IN_THE_BACKGROUND.search(role_text) if " in the " in role_text else None
    if backdrop is not None and _bare_noun_phrase(role_text[: backdrop.start()]):
        return role_text[: backdrop.start()]
    return role_text


def _bare_noun_phrase(role_text: str) -> bool:
    """Whether a part is an article and a few lower-case words, no phrase of its own ("a bus conductor", not "the
    barman polishing a glass" nor "the presenter on the television"), so where in the frame it is told after it is the
    scene's, not the part's; a plural may go without its article ("appear as street musicians in the background": a
    part several people share)."""
    words = role_text.split()
    plural = (
        1 <= len(words) <= 3
        and words[-1].endswith("s")
        and not words[-1].endswith("ss")
        # ("figures painted in the background": with no article the participle may be the second word)
        and not any(_PAST_PARTICIPLE.match(word) or word in _IRREGULAR_PARTICIPLES for word in words[1:])
    )
    return (
        ((2 <= len(words) <= 4 and _ARTICLE.match(words[0]) is not None) or plural)
        and _plain_noun_phrase(role_text)
        and not any(word.endswith("ing") for word in words[1:])
    )


def _plain_noun_phrase(role_text: str) -> bool:
    """Whether a part is lower-case words with no phrase of its own ("a lighthouse keeper", not "a busker on the
    quay" or "a lighthouse keeper snowed in"), so a place told after it is the scene's."""
    words = role_text.split()
    return (
        bool(words)
        and all(_LOWER_WORD.match(word) for word in words)
        and not _PREPOSITIONS & set(words)
        and not any(_PAST_PARTICIPLE.match(word) or word in _IRREGULAR_PARTICIPLES for word in words[2:])
    )


def _participles_place(
    skeleton: str, role_text: str, end: int, doing_too: bool = True, own: bool = False, clause: Clause | None = None
) -> str:
    """Where a participle ending the part does it; ``doing_too``: a present participle's place as well (after
    "as", where the part is whole), or a past participle's only (after "plays", where a present participle's
    phrase tells the scene and is cut); ``own``: the part follows "as", so a place with "the" is its own."""
    words = role_text.split()
    last = words[-1] if words else ""
    # ("a swimming coach blowing her whistle at an empty lane": the participle's object between, the place still
    # where it does it)
    doing = _PARTICIPLE.match(role_text)
    # a past participle after the part's noun keeps its place too ("a hitchhiker stranded at a bus stop"), as its
    # phrase is the part; after an article alone it is an adjective ("a retired" is no part yet)
    # ("farmhands stranded at the edge of a field": several people's part may be a plural noun alone before it)
    past = (
        len(words) >= 2
        and (_PAST_PARTICIPLE.match(last) is not None or last in _IRREGULAR_PARTICIPLES)
        and not _ARTICLE.match(words[-2])
    )
    # ("stuck in a cloud at the summit": the participle's "in" phrase, then its place; "at the end" tells when)
    past_in = not past and _past_then_in(words)
    past = past or past_in
    place = _OWN_PLACE.match(skeleton, end) if own else None
    alone = place is not None and place.group("words").startswith("@") and place.group("words")[1:].isdigit()
    named = clause.mention(place.group("words")) if place is not None and alone and clause is not None else None
    if alone and (named is None or " " not in named.text) and not _an_institution(named):
        place = None  # ("as a waitress at the Kelvin": a name of one word alone is not sure to be a place)
    if place is not None and (
        not _WHEN_WORDS & set(place.group("words").split())
        or (place.group("of") is not None and place.group("of") not in _SPANS)
    ):
        town = place.group("town")
        if town and (clause is None or not _a_town(clause, town)):
            return skeleton[place.start("place") : place.start("town")]
        if place.group("within") and place.group("venue") not in VENUE_NOUNS:
            # "at the party in the final scene" tells when; only a venue's noun says the place is in it (or a
            # participle's phrase, the part's whole after "as": "as a man waiting at a bus stop in the rain")
            cut = skeleton[place.start("place") : place.start("within")]
            participle = past or (doing is not None and doing.group("verb") not in _ING_NOUNS)
            return cut + (_place_goes_on(skeleton, place.start("within")) if participle else "")
        return place.group("place")
    if not past and not doing_too:
        return ""
    if (
        not past
        and not (last.endswith("ing") and len(last) > 4 and last not in _ING_NOUNS)
        and (doing is None or doing.group("verb") in _ING_NOUNS)
    ):
        return ""
    found = _PARTICIPLES_PLACE.match(skeleton, end)
    # ("a woman dancing on a rooftop at the very end": the end is the video's, when the scene comes, not where the
    # participle's doing is, as after "as")
    if (
        found is None
        or (past_in and _WHEN_WORDS & set(found.group("place").split()))
        or (not past and _tells_when(found.group("place")))
    ):
        return ""
    # (after "as" a present participle's phrase is the part's whole as well: "as a man waiting at a stop in the rain")
    return found.group("place") + (_place_goes_on(skeleton, found.end("place")) if past or own else "")


def _place_goes_on(skeleton: str, end: int) -> str:
    """ "a commuter stuck at a bus stop in the rain": what a participle's place is in, a short phrase closing the
    clause, which is the part's too (not "in the final scene", which tells when in the video, nor "in the background",
    where in its frame)."""
    more = _PAST_PLACE_GOES_ON.match(skeleton, end)
    if more is None or (_WHEN_WORDS | _SPANS) & set(more.group("words").split()):
        return ""
    return "" if _IN_A_SCENE.search(more.group("words")) else more.group("in")


def _tells_when(place: str) -> bool:
    """Whether a phrase with "at" is the video's own end or start ("at the very end", "at the end of the clip"), when
    the scene comes rather than where or when the participle's doing is ("at the mainland end" of a bridge, "at the
    end of the pier", "hired at the last minute", "at the end of a night shift")."""
    words = [word.strip(',;:.!?()"') for word in place.split()]
    if len(words) < 3 or words[:2] != ["at", "the"]:
        return False
    rest = words[3:] if words[2] == "very" else words[2:]
    if not rest or rest[0] not in _VIDEO_ENDS:
        return False
    if len(rest) == 1:
        return True
    # ("at the end of a night shift": the end of the character's own stretch of time, not the video's)
    return rest[1:] in (["of", "the", noun] for noun in _VIDEO_SPANS)


# The ends of the video a scene comes at, of ``_WHEN_WORDS``
_VIDEO_ENDS = frozenset({"end", "start", "beginning", "close", "finale", "climax", "outset"})
# The video itself, or a stretch of it or of its song, which "the end of" may tell when in it
_VIDEO_SPANS = frozenset({"video", "clip", "film", "song", "track", "scene", "shot", "sequence", "verse", "chorus"})


def _past_then_in(words: list[str]) -> bool:
    """Whether the part's words end on a past participle after its noun and a short "in" or "on" phrase ("a
    porter stuck in a lift", "a guard trapped on the night train"), which a place with "at" goes on from."""
    for at in range(max(2, len(words) - 5), len(words) - 3):
        word = words[at]
        if (
            (_PAST_PARTICIPLE.match(word) is not None or word in _IRREGULAR_PARTICIPLES)
            and not _ARTICLE.match(words[at - 1])
            and words[at + 1] in ("in", "on")
            and _ARTICLE.match(words[at + 2])
            and not _PREPOSITIONS & set(words[at + 3 :])
        ):
            return True
    return False


# What a past participle's place is in or at, a short phrase closing the clause ("stuck at a bus stop in the rain",
# "stuck in a lift at the top floor")
_PAST_PLACE_GOES_ON = linear.compile(
    r"(?P<in>\s+(?:in|at|on)\s+(?:a|an|the)\s+(?P<words>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?))(?:[,;:.!?()\"]|\s+and\b|$)"
)


def _a_town(clause: Clause, town: str) -> bool:
    """Whether the name after "in" (``town``: " in @N") is a place's: no one of the page, nor anyone's."""
    named = clause.mention(town.split()[-1])
    return named is not None and named.kind == "name" and not named.people and not named.possessive and not named.new


def _phrase_start(skeleton: str, end: int) -> int:
    """Where the phrase that runs up to ``end`` opens: after the last comma, semicolon, colon, stop or bracket."""
    return max(skeleton.rfind(mark, 0, end) for mark in ",;:.()") + 1


# A mention alone, with no "'s": a possessive pronoun ("her") read as a mention before its noun
_A_MENTION = linear.compile(r"^@\d+$")
# ", played by X on the recording": what is played on a record is an instrument, whatever its name, not a part
_ON_THE_RECORDING = linear.compile(
    r"\s+(?:on|for)\s+(?:the|its|their|his|her)\s+(?:original\s+|studio\s+)?(?:recording|record|track|single|album)\b"
)


# "played by A and B": a second player joined to the first, the players' list ending there
_AND_PLAYER = linear.compile(
    r"\s+(?:and|&)\s+(?P<other>@\d+)(?:\s+respectively)?(?:\s*[,;:.)]|\s+(?:who|in|on|at)\s|\s*$)"
)


def _each_apposed_player(clause: Clause, match: linear.Match, part: str | None, seen: set[int]) -> list[Part]:
    """The parts of two players named together after a list of two parts ("follows a retired welder and a harbour
    pilot, played by A and B"): one each, in the order told, as with "A and B play a welder and a pilot". Nothing
    when the parts are not a list as long as the players (a part of two, "a couple, played by A and B", is read
    elsewhere)."""
    other = _AND_PLAYER.match(clause.skeleton, match.end("person"))
    if part is None or other is None or " and " not in part:
        return []
    if clause.skeleton[: match.start("role")].rstrip().endswith(","):
        return []  # ("a welder, a pilot and a nurse, played by A and B": the last two of a longer list, no pairs)
    role_at = match.start("role") + match.group("role").rfind(part)
    listed = _listed(clause, role_at)
    if listed is None or len(listed) != 2:
        return []
    people = clause.skeleton[match.start("person") : other.end("other")]
    return _shared(clause, people, part, role_at, seen)


def _apposed_part(skeleton: str, match: linear.Match) -> str | None:
    """The part told before ", played by X", when it is one: not another's "as" part ("Arbour as a child, played
    by X" is X playing Arbour), not run over a dash, and not a thing ("the guitar solo, played by X"). It starts
    at its last article after a word that is no preposition ("The video follows a nurse" -> "a nurse"; "the
    mother of the bride", "a nurse with a secret" stay whole)."""
    role = match.group("role")
    if " - " in role or _AS_BEFORE.search(skeleton[max(0, match.start("role") - 10) : match.start("role")]):
        return None
    words = role.split(" ")
    if "as" in words:
        return None
    if match.groupdict().get("who_is") is not None:
        return _relative_antecedent(words)
    start = 0
    for index in range(1, len(words)):
        # ("cuts between the two singers and a young choirboy, played by X": someone named, then the part joined to
        # them by "and", which the apposition is about, being the nearer)
        joined = words[index - 1] == "and" and index > 1 and _ONE_MENTION.match(words[index - 2]) is not None
        if _ARTICLE.match(words[index]) and (words[index - 1].lower() not in _PREPOSITIONS or joined):
            start = index
    last = words[-1].lower()
    # ("passes a street musician, played by X": a trade told with "a" and a word before it is someone new in the
    # story, a part; "the drummer, played by X" may be the band's own)
    # ("a trumpet solo from a session musician, played by X": a noun with a phrase of its own is no such part)
    character = (
        last in ROLE_NOUNS
        and start + 2 < len(words)
        and words[start].lower() in ("a", "an")
        and not any(word.lower() in _PREPOSITIONS or word.startswith("@") for word in words[start + 1 :])
    )
    if (last in _NOT_PARTS and not character) or last in _NOT_A_PART or _ON_THE_RECORDING.match(skeleton, match.end()):
        return None
    if words[start].lower() in _WHOSE or _A_MENTION.match(words[start]):
        # ("a cyclist who keeps crossing his path, played by X": a pronoun's thing ending a relative clause is not the
        # part, the noun the clause is about is; the clause is cut, as after any part)
        # ("her path": "her" read as a mention, where the role matched opens)
        phrase, at_thing = words, start
        if start == 0:
            before = skeleton[_phrase_start(skeleton, match.start("role")) : match.start("role")].split()
            phrase, at_thing = before + words, len(before)
        relative = next((at for at in range(at_thing - 1, 0, -1) if phrase[at] in ("who", "that")), None)
        if relative is not None:
            opens = max((at for at in range(relative) if phrase[at].lower() in ("a", "an", "the")), default=None)
            if opens is None or relative - opens > 5 or phrase[relative - 1].lower() in _NOT_PARTS:
                return None
            return " ".join(phrase[opens:relative])
    return " ".join(words[start:])


def _relative_antecedent(words: list[str]) -> str | None:
    """The part a relative clause in the passive is about ("for the same customer, who is played by X"): the noun
    phrase its comma closes, from its last article, even after a preposition ("who" takes the nearest noun, where a
    bare "played by" may be about a phrase of several); none when that phrase is another's ("the mother of the
    bride, who": which of the two is played is not told), holds a name, or a clause of its own."""
    start = max((at for at, word in enumerate(words) if _ARTICLE.match(word)), default=None)
    if start is None or (start > 0 and words[start - 1].lower() == "of"):
        return None
    phrase = words[start:]
    if len(phrase) > 5 or any(word.startswith("@") or word in ("who", "that", "which") for word in phrase[1:]):
        return None
    if phrase[0].startswith("@") or phrase[-1].lower() in _NOT_PARTS or phrase[-1].lower() in _NOT_A_PART:
        return None
    return " ".join(phrase)


# "a student with a cello on her back": after "with" and a preposition, a possessive pronoun is whose the thing is,
# not a co-star's name (as "with the actor X" is), so the part goes on past it, to its next end
# ("a trader with her goods on her head": the thing may be the pronoun's own as well, checked on the match)
_WITH_WHOSE = linear.compile(
    r"\s+with\s+(?:(?P<owner>@\d+)\s+)?(?:[\w-]+\s+){0,2}(?P<place>[a-z]+)\s+(?P<pronoun>@\d+)\s+[a-z]"
)
_PLACE_WORDS = frozenset(
    str.split("on in at under behind over across from near into onto through around beneath beside above below against")
)
_WHOSE = frozenset({"his", "her", "their", "its"})
_RELATIVE_WORDS = frozenset({"whom", "which", "that"})
# The rest of such a part: naming no one (a name in it would make the pronoun someone's among others)
_PART_GOES_ON = linear.compile(rf"(?P<rest>[^@]{{0,{MAX_ROLE}}}?){_ROLE_END}")


def _past_whose(clause: Clause, end: int) -> int:
    """Where a part that seemed to end before "with ... her back" ends, when the pronoun there is a possessive
    after a preposition ("a student with a cello on her back"); ``end`` when it is not one."""
    skeleton = clause.skeleton
    found = _WITH_WHOSE.match(skeleton, end)
    owner = clause.mention(found.group("owner")) if found is not None and found.group("owner") else None
    if found is not None and found.group("owner") and (owner is None or owner.text.lower() not in _WHOSE):
        return end  # "with the actor X on ...": a co-star after "with", no thing of the part's
    if found is not None and found.group("place") not in _PLACE_WORDS:
        # ("a student with a guitar case he keeps hitting people with": a subject pronoun right after the thing opens
        # a relative clause about it, no co-star; the part runs to it, and the clause is cut)
        # ("a hitchhiker with a birdcage whom they pick up": "whom" opens it before the subject, which may be a
        # "they" the page reads as two people; the part keeps the thing and the clause is cut at "whom")
        mention = clause.mention(found.group("pronoun"))
        relative = found.group("place") in _RELATIVE_WORDS
        subject = (
            mention is not None
            and (mention.kind == "pronoun" or relative)
            and mention.text.lower() in ("he", "she", "they")
        )
        if subject and relative:
            return len(skeleton[: found.start("place")].rstrip())
        return found.start("pronoun") if subject else end
    if found is None:
        return _with_own(clause, end)
    mention = clause.mention(found.group("pronoun"))
    if mention is None or mention.kind != "pronoun" or mention.text.lower() not in _WHOSE:
        return end
    rest = _PART_GOES_ON.match(skeleton, found.end("pronoun"))
    return end if rest is None else rest.end("rest")


# "a student sneaking out with her dancing shoes in a paper bag": "with" right before a possessive pronoun and a thing
# is what the part has, not a co-star; "dancing with her sister", "with their kids" are people, and in "dancing
# with her all night" (a word that opens no noun after it) "her" is the one danced with
_WITH_OWN = linear.compile(r"\s+with\s+(?P<pronoun>@\d+)\s+[a-z]")
_NO_NOUN_AFTER = frozenset(
    str.split("all again now then there here until till as so too instead once every each before after for to")
)


def _with_own(clause: Clause, end: int) -> int:
    """Where a part that seemed to end before "with her ..." ends, when the pronoun is whose the thing after it is
    and the rest names no one; ``end`` when it is not."""
    found = _WITH_OWN.match(clause.skeleton, end)
    mention = clause.mention(found.group("pronoun")) if found is not None else None
    if found is None or mention is None or mention.kind != "pronoun" or mention.text.lower() not in _WHOSE:
        return end
    rest = _PART_GOES_ON.match(clause.skeleton, found.end("pronoun"))
    words = rest.group("rest").split() if rest is not None else []
    if (
        rest is None
        or not words
        or words[0] in _NOT_CONTACT_NOUNS
        or words[0] in _NO_NOUN_AFTER
        or words[0].endswith("ly")
        or any(person_noun(word) for word in words)
    ):
        return end
    return rest.end("rest")


_NOT_CONTACT_NOUNS = (
    _PREPOSITIONS | _DANGLING | frozenset({"a", "an", "the", "his", "her", "their", "its", "as", "plays"})
)


def _before_contact_clause(clause: Clause, role_text: str) -> str:
    """A part without the relative clause that a subject pronoun opens right after its noun ("the star she replaces
    for one night" -> "the star"), as one opened by "who" ends it."""
    return _before_contracted_contact(before_contact_clause(clause, role_text, _NOT_CONTACT_NOUNS))


# "the young quarryman she's looking for", "the girl he'd left behind": a subject pronoun with its verb contracted
# onto it opens a relative clause too, though the sentence reads no one in it
_CONTRACTED_CONTACT = linear.compile(
    r"(?P<noun>\b[a-z][\w'-]*)\s+(?P<pronoun>(?:he|she|they|we|I|you)['\x{2019}](?:s|re|d|ll|ve|m))\s+[a-z]"
)


def _before_contracted_contact(role_text: str) -> str:
    found = _CONTRACTED_CONTACT.search(role_text)
    if found is None or found.group("noun").lower() in _NOT_CONTACT_NOUNS:
        return role_text
    return role_text[: found.start("pronoun")].rstrip()


# "a boy building a snowman": an object after an "-ing" word that may be a noun makes it a verb (no noun is followed
# by "a": "a king in exile", "a wedding in Lagos")
_ITS_OBJECT = linear.compile(r"\s+(?:a|an|the|his|her|their|its)\s")


# A preposition right after where a part was cut, which a participle's bare object before it goes on to
_CUT_BEFORE = linear.compile(
    r"\s+(?P<word>after|before|across|along|through|to|into|onto|around|past|towards?|in|on|from|by|over|under|"
    r"behind|beside|near)\s"
)


# A part that is a name (up to three capitalised words), then a participle's phrase of what they do there
_NAME_THEN_PARTICIPLE = linear.compile(
    r"^(?P<part>\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*){0,2})\s+(?P<verb>[a-z]{3,}ing)\s+"
    r"(?:a|an|the|his|her|their|its|off|out|up|down|on|in|at|from|into|with|through|across|along|past|over|away|"
    r"home|back)\b"
)


# "a beach vendor selling grilled corn": a bare object of a word or two ending the part, after a noun of two words
# whose last is someone by its ending (before the "-ing" an adjective may stand: "a giant talking pencil", "a very old
# talking parrot"); or after such a noun alone, when what it does is a bare noun of no ending of someone's ("a cyclist
# delivering bread", but "a computer gaming champion" is one part)
_SOMEONE_SUFFIX = r"er|or|ist|ian|man|woman|boy|girl|lady"
_BARE_OBJECT_LAST = linear.compile(
    rf"^(?P<part>(?:a|an|the)\s+[a-z][\w-]*\s+[a-z][\w-]*(?:{_SOMEONE_SUFFIX}))"
    r"\s+(?P<verb>[a-z]{3,}ing)\s+[a-z]+(?:\s+[a-z]+)?$"
)
_BARE_OBJECT_ALONE = linear.compile(
    rf"^(?P<part>(?:a|an|the)\s+[a-z][\w-]*(?:{_SOMEONE_SUFFIX}))"
    r"\s+(?P<verb>[a-z]{3,}ing)\s+(?P<object>[a-z]+)$"
)
# (an object that is someone by its ending, a plural, or a noun that an activity's "-ing" word stands before as what
# it is for, "a winter sailing instructor", "a computer gaming champion", "a water skiing club", is no bare object)
_ACTIVITYS = r"club|team|coach|class|lesson|partner|trip|session|contest|kit"
_SOMEONE_ENDING = linear.compile(rf"(?:{_SOMEONE_SUFFIX}|s|ion|{_ACTIVITYS})$")
# "an amateur cycling club in ...": an "-ing" word before a noun of what the activity has is no participle
_ACTIVITYS_NOUN = linear.compile(rf"\s+(?:{_ACTIVITYS}|champion|instructor)(?:\s|$)")


def _before_phrase(clause: Clause, role: str) -> str:
    """A part's words, mentions kept, up to where a participle's phrase would be cut from it (read with its pronouns
    spelled: "a florist selling her roses" -> "a florist")."""
    kept = _before_participle(_lower_first(_pronouns_spelled(clause, role)))
    return " ".join(role.split()[: len(kept.split())])


def _lower_first(role: str) -> str:
    """A part that opens its sentence ("A florist ..."), read as where it stands inside one."""
    return role[:1].lower() + role[1:]


def _before_participle(role: str, cut: str = "") -> str:
    """A part after "plays" without the participle's phrase that follows it ("a delivery rider waiting out a
    storm" -> "a delivery rider"), unless the "-ing" word is a noun ("a king in exile"). ``cut``: the preposition
    the part was cut before (" at "), which the participle's phrase went on with."""
    named = _NAME_THEN_PARTICIPLE.match(role)
    if named is not None and named.group("verb") not in _ING_NOUNS:
        return named.group("part")  # "Eda stepping off the ferry": the one played is named, then what they do
    found = _PARTICIPLE.match(role + cut)
    if found is None and not cut:
        found = _BARE_OBJECT_LAST.match(role)
    if found is None and not cut:
        alone = _BARE_OBJECT_ALONE.match(role)
        if alone is not None and _SOMEONE_ENDING.search(alone.group("object")) is None:
            found = alone
    if found is None or found.end("verb") > len(role):
        return role
    if found.group("verb") in _ING_NOUNS and not _ITS_OBJECT.match(role, found.end("verb")):
        return role
    if _ACTIVITYS_NOUN.match(role + cut, found.end("verb")):
        return role  # "an amateur cycling club", "a young rowing coach": the "-ing" word tells what the noun is for
    before_verb = found.group("part").rsplit(" ", 1)[-1]
    if _PAST_PARTICIPLE.match(before_verb) is not None or before_verb in _IRREGULAR_PARTICIPLES:
        # "the groom left standing at the altar", "a boy caught stealing": the "-ing" word completes the past
        # participle before it, whose phrase stays
        return role
    if before_verb in _DETERMINERS:
        return role  # "a lollipop lady on the crossing outside the ground": an "-ing" word after "the" is a noun
    if found.group("part").endswith(" of") and _BARE_NOUN.match(role + cut, found.end("verb")):
        return role  # "a troupe of strolling players": an "-ing" word after "of", before its noun, describes it
    noun = _BARE_NOUN.match(role + cut, found.end("verb")) if found.group("verb") in _ING_ADJECTIVES else None
    if noun is not None and noun.group("word") not in _NOT_NOUNS and not noun.group("word").endswith("ly"):
        return role  # "a young struggling actor in a bar": the "-ing" word describes the noun after it
    # ("a pair of twins squabbling over", its object a clause cut off: an "-ing" word left with a preposition after
    # it, which no object follows, is a verb, not a noun)
    stranded = role[found.end("verb") :].split() in ([word] for word in _PREPOSITIONS - {"of", "and", "or", "than"})
    if found.end() == len(role) and _PREPOSITIONS & set(found.group("part").split()) and not stranded:
        return role  # "a courier stranded at a border crossing": an "-ing" last after a preposition is its noun
    return found.group("part")


def _bare_words(text: str) -> set[str]:
    """The words of ``text`` in lower case without a possessive ("The clip's star" -> the, clip, star)."""
    return {word.removesuffix("'s") for word in text.lower().split()}


def _related_joined(pieces: list[str]) -> list[str]:
    """A list's pieces with "Bell's own grandfather, Cy Bell" taken as the one person named after the comma."""
    joined: list[str] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        index += 1
        if _RELATED.match(piece) and index < len(pieces) and _ONE_MENTION.match(pieces[index]):
            piece = pieces[index]
            index += 1
        joined.append(piece)
    return joined


def _cameos(clause: Clause, seen: set[int]) -> list[Part]:
    """Who makes a cameo with no part told: "cameos from A and the AFL player B" (all of the list or none),
    "X makes a brief cameo"."""
    skeleton = clause.skeleton
    found: list[Part] = []
    for match in _CAMEOS.finditer(skeleton):
        if _NO_CAMEOS_BEFORE.search(skeleton[max(0, match.start() - 20) : match.start()]):
            continue  # "there were no cameos from A or B": denied, each of them
        them = clause.mention(match.group("them"))
        if match.group("them") is not None and (them is None or them.text.lower() != "them"):
            continue  # "cameos, among Ann's friends": not a list of those making them
        rest = skeleton[match.end() : match.end() + MAX_ROLE]
        one_cameo = not match.group(0).startswith("cameos") and "appearances" not in match.group(0)
        end = _CAMEO_END.search(rest)
        # "cameos by A as a DJ and by B": each "by" holds its own list; one telling a part is left to the
        # rules for parts, and the others stay cameos in no part
        for group in _CAMEO_BY.split(rest[: end.start()] if end else rest):
            if " as " in group:
                continue
            # ("a cameo from Bell's nani, X, which ...": the comma before the relative clause ends no one's name;
            # "from A, B, which": whether B is A or another is not told)
            closed = group.rstrip(" ,")
            listed = _related_joined([squash(piece) for piece in _PARTS.split(closed)])
            if one_cameo and len(listed) == 2 and _DESCRIBED_FIRST.match(listed[0]) and _CAMEO_ONE.match(listed[1]):
                # "a cameo from the local postman, X": one cameo, so the description and the name after its comma
                # are the same one (apposition), not two members
                listed = listed[1:]
            elif (
                one_cameo
                and len(listed) == 2
                and _CAMEO_ONE.match(listed[0])
                and _DESCRIBED_FIRST.match(listed[1])
                and all(m.possessive for m in _mentions(clause, listed[1]))
            ):
                # "a cameo: X, the real trucker", "a cameo from X, Bea's cousin,": one cameo, so the description after
                # the comma is X again (someone named in it only as whose relation X is)
                listed = listed[:1]
            if closed != group.rstrip() and len(listed) > 1 and not _JOINING & set(closed.split()):
                continue
            ones = [_CAMEO_ONE.match(piece) for piece in listed]
            mentions = [clause.mention(one.group("person")) if one else None for one in ones]
            # "a cameo from X, the cousin who ...": a description after a comma that means the one before it is
            # that one again (apposition), not a second member
            kept = [
                index
                for index, mention in enumerate(mentions)
                if not (
                    index
                    and mention is not None
                    and mention.kind == "description"
                    and mention.person is not None
                    and (earlier := mentions[index - 1]) is not None
                    and earlier.person == mention.person
                )
            ]
            ones, mentions = [ones[i] for i in kept], [mentions[i] for i in kept]
            people = [
                _person(m) if m is not None and not m.possessive and id(m) not in seen else None for m in mentions
            ]
            if not people or None in people:
                continue
            for mention, person, one in zip(mentions, people, ones, strict=True):
                if mention is None or person is None or one is None or _denied(skeleton, match.start()):
                    return found
                seen.add(id(mention))
                found.append(Part(person, None, clause.at(clause.starts[mention.number])))
    for match in _MAKE_CAMEOS.finditer(skeleton):
        members = [m for m in _mentions(clause, match.group("people")) if not m.possessive]
        people = [_person(m) for m in members if id(m) not in seen]
        if len(people) != len(MENTION.findall(match.group("people"))) or None in people:
            continue  # all of them or none
        if _denied(skeleton, match.start()):
            continue
        if match.group("state") and {"as", "playing", "plays"} & set(match.group("state").split()):
            continue  # "make cameos, asleep on a bench as two tramps": a part told after all, left to its rules
        if match.group("doing") in ("playing", "portraying") or _PLAYING_NEXT.search(match.group(0)):
            continue  # "make a cameo, playing the Mayor of X": a part after all
        if match.group("each") and _PART_WORDS.search(match.group("each")):
            continue  # "make cameos, one playing the vicar and the other the curate": a part each after all
        if match.group("closed") and not _APPOSED_BEFORE.search(skeleton[: match.start("people")]):
            continue  # "directed by A and B, make ...": the comma closes no apposition, so they are not the subject
        if {"no", "not", "never"} & set((match.group("kind") or "").split()):
            continue  # "A and B make no cameos": denied
        for member, person in zip(members, people, strict=True):
            seen.add(id(member))
            found.append(Part(str(person), None, clause.at(clause.starts[member.number])))
    last_cameos = list(_AND_IN_CAMEO.finditer(skeleton)) if "cameo" in skeleton and _CAST_WORDS.search(skeleton) else []
    given = list(_GIVEN_CAMEO.finditer(skeleton)) if "cameo" in skeleton else []
    spotted = list(_SPOTTED_IN_CAMEO.finditer(skeleton)) if "cameo" in skeleton else []
    for match in (*_MAKES_CAMEO.finditer(skeleton), *_IN_A_CAMEO.finditer(skeleton), *last_cameos, *given, *spotted):
        mention = clause.mention(match.group("person"))
        member_of = _MEMBER_OF_BEFORE.search(skeleton[: match.start("person")])
        if member_of is not None and match.start("person") == match.start():
            # "X of the boy group Y, a labelmate, makes a cameo": X's cameo, Y only whose member X is
            owner = clause.mention(member_of.group("owner"))
            if owner is None or member_of.group("opens") is None or owner.kind != "name":
                continue
            if _denied(skeleton, member_of.start()):
                continue
            mention = owner
        if mention is not None and mention.kind == "pronoun" and any(match is one for one in given):
            mention = _given_to(clause, skeleton[: match.start()])
        person = _person(mention) if mention is not None and not mention.possessive else None
        if mention is None or person is None or id(mention) in seen or _denied(skeleton, match.start()):
            continue
        if " have " in match.group(0) and mention.text != "I":
            continue  # "they have a cameo": only the teller's "I" is one person of "have"
        teller = clause.mention(match.groupdict().get("teller"))
        if match.groupdict().get("teller") and (
            teller is None
            or teller.text.lower() not in ("i", "we")
            or _PREPOSITION_BEFORE.search(skeleton[max(0, match.start("person") - 12) : match.start("person")])
        ):
            continue  # "X, she was sad to say, has ...", "directed by X, I am glad to say, has": no sure subject
        if match.groupdict().get("comma") and not _APPOSED_BEFORE.search(skeleton[: match.start("person")]):
            continue  # "directed by X, makes ...": X is not the subject
        if (
            match.groupdict().get("related") or match.groupdict().get("apposed_related")
        ) and _PREPOSITION_BEFORE.search(skeleton[max(0, match.start("person") - 12) : match.start("person")]):
            continue  # "directed by X, who also shot it, makes ...": X is not the subject
        described = clause.mention(match.groupdict().get("described"))
        if described is not None and (described.kind != "description" or described.people not in ((), (person,))):
            continue  # "X, Bea's cousin who ...": an apposition the page reads as someone else is no sure subject
        apposed = clause.mention(match.groupdict().get("apposed"))
        if apposed is not None and (apposed.kind != "description" or apposed.people != (person,)):
            continue  # "X, Bea's cousin, ...", "X, the singer, ...": only an apposition read as X is sure to be X
        if _CAMEO_DOING.match(match.groupdict().get("cameo_words") or ""):
            continue  # "in a short cameo, blessing X": X is what the one in the cameo blesses
        if match.groupdict().get("after_silent") and not _doing_next(skeleton, match.start("after_silent")):
            continue  # "no lines, playing the vicar": a part after all
        if match.groupdict().get("appeared") and not (
            match.groupdict().get("doing") or match.groupdict().get("silent")
        ):
            continue  # "X appears briefly, as does Y": only what they do in the scene tells it is a cameo, no part
        if match.groupdict().get("scene") and not _doing_next(skeleton, match.start("scene")):
            continue  # "has a cameo playing the vicar": a part
        if match.groupdict().get("doing") and not _doing_next(skeleton, _past_worn(skeleton, match.end("doing"))):
            continue  # "has a cameo, playing the vicar", "has a cameo, as ...": a part, or words that are no scene
        shown = match.groupdict().get("shown")
        if shown is not None and (
            (shown.endswith("ing") and not _doing_next(skeleton, match.start("shown")))
            or _part_remarked(skeleton, match.start("shown"))
        ):
            continue  # "makes a cameo - she's the one playing the nurse": a part after all
        if match.groupdict().get("colon_who") is not None:
            who = clause.mention(match.group("colon_who"))
            if (who is not None and _person(who) != person) or _NO_PART_REMARK.search(match.group("colon_does")):
                continue  # "has a cameo: Y walks past ...", "has a cameo: he plays a waiter ...": no sure cameo
        if match.groupdict().get("seen_doing") is not None and (
            not _doing_next(skeleton, match.start("seen_doing")) or _part_remarked(skeleton, match.start("seen_doing"))
        ):
            continue  # "makes a cameo: you can see him playing the vicar": a part after all
        if any(m is None or m.kind != "pronoun" for m in _mentions(clause, match.groupdict().get("state") or "")):
            continue  # "has a cameo, asleep beside Y": someone else named in the scene, who may be cast too
        place_told = match.groupdict().get("place_told")
        if place_told is not None and _NO_PART_REMARK.search(place_told):
            continue  # "has a cameo at the bar where he plays the landlord": a part told in the relative clause
        effect = match.groupdict().get("effect")
        if effect is not None and _NO_PART_REMARK.search(effect):
            continue  # "has a cameo, which had him playing the vicar": a part told in the relative clause
        remark = match.groupdict().get("remark")
        if remark is not None and (
            not _WRITER_OR_READER_REMARK.match(clause.words(remark)) or _NO_PART_REMARK.search(remark)
        ):
            continue  # "has a cameo that sees him play the vicar": a part told in the relative clause
        thing = clause.mention(match.groupdict().get("thing"))
        if thing is not None and (thing.people or thing.new or thing.kind != "name"):
            continue  # "has a cameo with the singer Ann Bell": someone else, who may be cast too
        if " as " in f" {match.groupdict().get('where') or ''} ":
            continue  # "has a cameo, in the last scene as a nurse": a part after where
        said = max(
            [match.end(g) for g, text in match.groupdict().items() if text is not None and g != "person"], default=-1
        )
        if _PART_AFTER.search(skeleton[max(said, match.end("person")) : match.end()]):
            continue  # "turns up briefly in a lift as a porter": a part after where, left to the rules for parts
        if _BARE_APPEARANCE.search(match.group(0)) and not _TOO.search(match.group(0)):
            continue  # "makes an appearance on the radio": not said to be brief, nor one more of those in the video
        if "walk-on" in match.group(0) and _JOINED_NEXT.search(match.group(0)):
            continue  # "has a walk-on part, and a waiter brings coffee": the clause joined on may tell the part
        seen.add(id(mention))
        found.append(Part(person, None, clause.at(match.start())))
    return found


# "X turns up for a cameo, asleep on the back seat", "X walks past in one shot, cameo, no part", "The co-writer X
# turns up in the last shot, buying bread, without a part": the sentence's subject is in the video (turns up, walks
# past, is seen), and the rest of its sentence calls it a cameo or says it is no part, naming no one else (not after
# a colon: "Cy has a small cameo: Eda walks past, without any role" leaves whose cameo it is not sure)
# ("..., and X is glimpsed once, on a balcony, without a part": the last clause of a sentence that cast others; "And
# that's X at the jukebox, in a cameo, no lines": the one shown pointed out)
_PRESENT_WITHOUT_PART = linear.compile(
    # ("A appears as herself, while X is only seen on a TV set, without a role of his own": the clause after "while")
    r"(?:^|[.;!?]\s+|,\s+(?:and|while)\s+)(?:(?i:and)\s+)?"
    rf"(?:(?i:that's|that\s+is)\s+(?P<that>{_P})"
    rf"|(?:(?i:the|our|their)\s+(?:[a-z][\w-]*\s+){{1,3}})?(?P<person>{_P})\s+"
    # ("X is in it as well, without a line", "X is there too, in the background, with no part": present in the video,
    # said in so many words; "X wanders through the background without any part": passing through a shot)
    r"(?:also\s+)?(?:(?:turns|turned|shows|showed|pops|popped)\s+up|appears|appeared|(?:walks|walked)\s+(?:past|by)"
    r"|(?P<there>(?:wanders|wandered)\s+(?:past|by|through|across)|is\s+(?:also\s+)?(?:in\s+it|there)\b"
    r"|was\s+(?:also\s+)?in\s+it\b)"
    r"|(?:is|was|can\s+(?:also\s+)?be)\s+(?:briefly\s+|only\s+)?(?:seen|glimpsed|spotted)))\b"
    r"(?P<rest>[^.;!?@]{0,140}?)(?P<said>\bcameo\b|\b(?:no|without\s+(?:a|any))\s+(?:part|role|lines?)\b)"
    r"(?:\s+of\s+@\d+\s+own)?[^.;!?@]{0,80}(?:[.;!?]|$)"
)


def _present_without_part(clause: Clause, seen: set[int]) -> list[Part]:
    """Cameos told by one in the video (``_PRESENT_WITHOUT_PART``), when nothing in the sentence tells a part."""
    found: list[Part] = []
    skeleton = clause.skeleton
    if "cameo" not in skeleton and " no " not in skeleton and "without" not in skeleton:
        return found
    for match in _PRESENT_WITHOUT_PART.finditer(skeleton):
        mention = clause.mention(match.group("person") or match.group("that"))
        person = _person(mention) if mention is not None and not mention.possessive else None
        if mention is None or person is None or id(mention) in seen or _denied(skeleton, match.start()):
            continue
        rest = _AS_WELL.sub(" ", match.group("rest"))
        if _NO_PART_REMARK.search(rest) or _PART_AFTER.search(skeleton[match.end("said") : match.end()]):
            continue  # "turns up as a porter, in a cameo", "a cameo, playing the vicar": a part told after all
        if match.group("there") and _NOT_A_SCENE & {w.strip(".,;:!?").lower() for w in match.group(0).split()}:
            continue  # "is there too, at the launch party, with no part": not in the video (being "seen on a
            # television set" in it is)
        seen.add(id(mention))
        found.append(Part(person, None, clause.at(clause.starts[mention.number])))
    return found


# A relative clause after a cameo whose subject is the writer or the reader, telling no part
_WRITER_OR_READER_REMARK = linear.compile(r"^(?i:we|you|I)\s(?:[a-z][\w'-]*\s+){0,8}?[a-z][\w'-]*$")
# "as well" after a verb of being there, which tells no part ("X is in it as well, without a line")
_AS_WELL = linear.compile(r"\bas\s+well\b")
_NO_PART_REMARK = linear.compile(r"\b(?:as|play|plays|playing|played|part|role)\b")
_SENTENCE_STOP = linear.compile(r"[.;!?]")
_BARE_APPEARANCE = linear.compile(r"\b(?:makes|made)\s+an\s+appearance\b")
_TOO = linear.compile(r"\b(?:too|also|as\s+well)\b")
# A part told after where someone turns up ("in a lift as a porter"), not "as well" nor "as does Y"
_PART_AFTER = linear.compile(
    r"\s(?:as|playing|portraying)\s+(?:a|an|the|his|her|their|himself|herself|themselves|themself)\b"
)


def _given_to(clause: Clause, before: str) -> Mention | None:
    """Whom "so Y gave her a cameo" gives it to: the first clause's named subject, not the giver (the pronoun's own
    reading is left alone, as it may have been taken as whom the text was about before)."""
    found = _SUBJECT_THEN_GIVER.match(before)
    if found is None:
        return None
    subject, giver = clause.mention(found.group("subject")), clause.mention(found.group("giver"))
    if subject is None or giver is None or subject.kind != "name" or subject.possessive:
        return None
    person = _person(subject)
    return subject if person is not None and person != _person(giver) else None


def _scene_names_no_one(clause: Clause, words: str) -> bool:
    """Whether words about what a part does in the scene name no one: a place's name ("at Heathrow") or a pronoun
    ("in her coat") is no one else, a person the page names or a new full name may be the one meant."""
    for number in MENTION.findall(words):
        mention = clause.mentions[int(number)]
        if mention.kind == "pronoun":
            continue
        if mention.kind != "name" or mention.people or mention.new or mention.possessive:
            return False
    return True


def _apposed_names_no_one(clause: Clause, words: str) -> bool:
    """Whether an apposition after a part ("the one who rolls his eyes at both of them") names no one: a pronoun or a
    description stands for someone told of before, who is not the player; a name may be the player or another part."""
    return all(clause.mentions[int(number)].kind != "name" for number in MENTION.findall(words))


def _names_no_one(clause: Clause, role: str) -> bool:
    """Whether a part's words after its first name no one: a capitalised word that is nobody of the page nor a new
    full name ("the Madonna on the billboard"), not "the sister of Ann Arbour"."""
    for number in MENTION.findall(role.split(" ", 1)[1] if " " in role else ""):
        mention = clause.mentions[int(number)]
        if mention.kind != "name" or mention.people or mention.new or mention.possessive:
            return False
    return True


# "X turns up twice, first as a hitchhiker and later as a priest": one person in two parts, each told after "as" (so
# whole), the sentence ending after the second
_TWICE = linear.compile(
    rf"(?P<person>{_P})\s+(?:(?:turns|turned|shows|showed|pops|popped)\s+up|appears|appeared)\s+twice\s*,\s*"
    r"(?:first|once)\s+as\s+(?P<first>(?:a|an|the)\s[^@,;:.()\"]{1,80}?)\s+and\s+"
    r"(?:later|then|again|afterwards|finally)\s+as\s+(?P<second>(?:a|an|the)\s[^@,;:.()\"]{1,80}?)\s*(?:[.;!]|$)"
)


def _twice(clause: Clause, seen: set[int]) -> list[Part]:
    """One person told in two parts ("turns up twice, first as A and later as B"): a part each."""
    found: list[Part] = []
    for match in _TWICE.finditer(clause.skeleton):
        mention = clause.mention(match.group("person"))
        person = _person(mention) if mention is not None and not mention.possessive else None
        if mention is None or person is None or id(mention) in seen or _denied(clause.skeleton, match.start()):
            continue
        seen.add(id(mention))
        at = clause.at(match.start())
        found += [Part(person, squash(match.group(side)), at) for side in ("first", "second")]
    return found


# "X plays herself, and so does Y", "X plays a nurse, as does Y": the verb and its part said once, for a second person
# too, who ends the clause or is followed only by a relative clause about them
_SO_DOES = linear.compile(rf",?\s+(?:and\s+so(?:\s+too)?|as)\s+(?:does|did)\s+(?P<person>{_P})(?:\s*[,.;!]|\s*$)")


def _so_does(clause: Clause, found: list[Part], seen: set[int]) -> list[Part]:
    """The one "and so does Y" adds, in the part said before it; only when every part before it in the clause is one
    and the same (after "A plays a nurse and B a doctor, and so does C", C's part is unsure)."""
    more: list[Part] = []
    for match in _SO_DOES.finditer(clause.skeleton):
        mention = clause.mention(match.group("person"))
        person = _person(mention) if mention is not None and mention.kind == "name" else None
        if mention is None or person is None or mention.possessive or id(mention) in seen:
            continue
        at = clause.at(match.start())
        before = [part for part in found if part.at < at]
        if not before or len({part.role for part in before}) != 1 or person in {part.person for part in found}:
            continue
        # ("A plays a driver, and B appears briefly, as does C": C does what B does, told by no part found here)
        named = {_person(m) for m in clause.mentions if m.end <= at and m.kind == "name" and not m.possessive}
        if not named <= {part.person for part in before}:
            continue
        seen.add(id(mention))
        more.append(Part(person, before[0].role, clause.at(match.start("person"))))
    return more


def _glimpsed(clause: Clause, seen: set[int]) -> list[Part]:
    """Who "can be glimpsed" or "spotted" in the video, with no part told."""
    found: list[Part] = []
    looked = [
        m
        for m in (_LOOK_THEN_SPOT.finditer(clause.skeleton) if " you" in clause.skeleton else ())
        if not _PART_WORDS.search(m.group("who") or "")
        and not _NOT_A_SCENE.intersection(m.group("where").lower().split())
    ]
    shown = _THAT_IS_THEM.finditer(clause.skeleton) if " background" in clause.skeleton else ()
    for match in [*_GLIMPSED.finditer(clause.skeleton), *_LOOK_FOR.finditer(clause.skeleton), *looked, *shown]:
        look = match.groupdict().get("look")
        if look is not None and look.startswith("@"):
            told = clause.mention(look)
            if told is None or told.text.lower() not in ("look", "watch"):
                continue
        named: list[tuple[Mention, str]] = []
        for group in ("person", "other"):
            if match.groupdict().get(group) is None:
                continue
            mention = clause.mention(match.group(group))
            person = _person(mention) if mention is not None and mention.kind == "name" else None
            if mention is None or person is None or mention.possessive or id(mention) in seen:
                named = []  # both seen or neither: one of two that is no one's name leaves the pair unsure
                break
            named.append((mention, person))
        if not named or len({person for _, person in named}) < len(named):
            continue
        if match.groupdict().get("plural") is not None and len(named) < 2:
            continue  # "the parents of X are glimpsed": whoever is seen, the one named alone is not said to be
        # ("A's grandmother, X, who insisted on it, can be seen": the comma before a relative clause or an aside
        # about X closes the apposition too)
        aside = any(match.groupdict().get(group) is not None for group in ("appos", "wearing", "who_placed"))
        closing = match.groupdict().get("closing") is not None
        if (match.groupdict().get("apposing") is None and closing) or (
            match.groupdict().get("apposing") is not None and not (closing or aside)
        ):
            continue  # "the producer, X can be spotted", "X, can be spotted": an apposition not closed where it opened
        # ("X, who refused to be left out of anything she had started, can be glimpsed": a pronoun in the relative
        # clause, whoever it means, leaves X the one seen; but not one telling a part, "who plays her aunt")
        who = match.groupdict().get("who_placed") or ""
        if match.groupdict().get("appos") is not None and clause.skeleton.endswith("who ", 0, match.start("appos")):
            who = "who " + match.group("appos")
        told_of = _told_of(clause, who) if not _PART_WORDS.search(who) else None
        if any(
            m.kind != "name" or m.people or " " in squash(m.text) or m.possessive
            for m in _mentions(clause, match.groupdict().get("who_placed") or "")
            if id(m) not in (told_of or set())
        ):
            continue  # "X, who flew in with Y, can be spotted": the relative clause names someone else
        if any(
            (m.kind != "name" or m.person is not None or m.people or m.possessive or " " in squash(m.text))
            # ("X, who insisted on being in it, can be seen": "it" is the video or the song, never someone)
            and not (m.kind == "pronoun" and m.text.lower() == "it")
            for m in _mentions(clause, match.groupdict().get("appos") or "")
            if id(m) not in (told_of or set())
        ):
            continue  # "X, the Y co-producer, can be seen": the apposition names someone, not what X is
        described = clause.mention(match.groupdict().get("described") or "")
        if match.groupdict().get("described") is not None and (
            described is None or described.kind != "description" or described.person != named[0][1]
        ):
            continue  # "Bell, Cy Dorn, can be spotted": two named, or a description of someone else
        if _denied(clause.skeleton, match.start("person")):
            continue
        called = match.groupdict().get("called")
        if called is not None and any(
            (m.kind != "name" or m.person != named[0][1] or len(named) > 1)
            and m.text.lower() not in ("us", "you", "me")  # "(Big X, to all of us)": the teller's and readers'
            for m in _mentions(clause, called)
        ):
            continue  # "X (with Y) can be seen": the brackets name someone else
        # ("can be spotted mopping the floor behind them": a plural pronoun, like a singular one, names no one new)
        if any(
            m.kind != "pronoun" and not (m.kind == "two" and m.text.lower() in PLURAL_PRONOUNS)
            for m in _mentions(clause, match.groupdict().get("doing") or "")
        ):
            continue  # "can be seen talking to Cy Dorn": someone else named in what they do
        doing = (match.groupdict().get("doing") or match.groupdict().get("then_doing") or "").split()
        # ("can be glimpsed playing banjo on a porch": an instrument played is what they do, no part)
        instrument = doing[:1] == ["playing"] and "as" not in doing and _played_thing(" ".join(doing[1:])) is not None
        if doing and (doing[0] in ("playing", "portraying") or "as" in doing) and not instrument:
            continue  # "can be glimpsed playing a nurse": a part, read by the rules for parts
        if (
            match.groupdict().get("after_doing")
            and _A_PART_PLAYED.match(clause.skeleton, match.start("after_doing"))
            and not _doing_next(clause.skeleton, match.start("after_doing"))
        ):
            continue  # "can be seen, very briefly, playing a nurse": a part (not "playing his charango", "a guitar")
        if any(m.kind != "pronoun" for m in _mentions(clause, match.groupdict().get("did") or "")):
            continue  # "X flew over with Y and can be spotted": someone else named in what the subject did
        wearing = match.groupdict().get("wearing") or ""
        if _PART_WORDS.search(wearing) or {"role", "part", "guise", "character"} & set(wearing.lower().split()):
            continue  # "X, in his role as the baker, can be seen": a part, not what they wear
        if match.groupdict().get("aside") is not None and "as" in _bare_words(
            match.group(0)[match.end("aside") - match.start() :]
        ):
            continue  # "is seen, at the end, as a nurse": a part after the comma, read by the rules for parts
        carrying = match.groupdict().get("carrying")
        if carrying is not None and carrying.split()[0].endswith("ing"):
            continue  # "can be seen, playing in the band, at the back": what they do, not what they carry
        only = match.groupdict().get("only") is not None and match.group("where") is not None
        where = _bare_words(match.group("where")) if only else set()
        if where & (_NOT_A_SCENE | _IMAGES):
            continue  # "is seen only in reflections in the windows": an image of them, never they in the scene
        seen_on = match.group(0)[match.end("seen_on") - match.start() :] if match.groupdict().get("seen_on") else ""
        if seen_on and _NOT_A_SCENE & {word.strip(".,;:!?") for word in _bare_words(seen_on)}:
            continue  # "can be seen on a poster behind the bar": a picture of them, not them
        for mention, person in named:
            seen.add(id(mention))
            found.append(Part(person, None, clause.at(match.start("person"))))
    return found


def _you_see(clause: Clause, seen: set[int]) -> list[Part]:
    """Whom the reader is told they will see in the video ("if you look at the window you will see X"), in no part:
    only when the sentence's rest tells no part ("playing the nurse", "as a porter") and no picture of them."""
    found: list[Part] = []
    skeleton = clause.skeleton
    for match in _YOU_WILL_SEE.finditer(skeleton):
        look = match.group("look")
        if look is not None and look.startswith("@"):
            looked = clause.mention(look)
            if looked is None or looked.text.lower() not in ("look", "watch", "keep"):
                continue  # "Ann Bell and you will see": a name, not the reader told to look
        mention = clause.mention(match.group("person"))
        if mention is None or mention.kind != "name" or mention.possessive or id(mention) in seen:
            continue
        person = _person(mention)
        rest = match.group("rest")
        if person is None or not _SEEN_NEXT.match(rest):
            continue  # "you will see X's name", "you will see X tell": not X in the scene
        if (
            match.group("apposing") is not None
            and not rest.lstrip().startswith((",", "\u2013", "\u2014"))
            and rest.strip()
        ):
            continue  # "you will spot the manager, X at the bar": an apposition not closed where it opened
        said = _NO_PART_SAID.sub(" ", match.group(0))
        if _PART_WORDS.search(said) or _NOT_A_SCENE & {w.strip(".,;:!?").lower() for w in said.split()}:
            continue  # "you will see X playing the nurse", "you will see X on a poster": a part, or a picture
        if _denied(skeleton, match.start("person")):
            continue
        seen.add(id(mention))
        found.append(Part(person, None, clause.at(match.start("person"))))
    return found


# "appears as a favour to the director", "as a nod to the old show": why someone is in the video, not a part
_PURPOSE = linear.compile(
    r"^(?:a|an)\s+(?:little\s+|personal\s+|small\s+|last\s+|final\s+)?"
    r"(?:favou?r|nod|tribute|thank-you|gift|courtesy|homage)(?:\s+(?:to|for|from)\b.*)?$"
)


def is_purpose(role: str) -> bool:
    """Whether what follows "as" tells why someone appears rather than whom they play."""
    return _PURPOSE.match(role) is not None


def _told_of(clause: Clause, relative: str) -> set[int]:
    """The pronouns of a relative clause ("who ... she had started"): whoever they mean, the clause tells of the one
    it hangs on, so they leave who that is unchanged."""
    if not relative.startswith("who"):
        return set()
    return {id(m) for m in _mentions(clause, relative) if m.kind == "pronoun"}


def _played_head(role: str) -> str:
    """The noun a part told before "is played by" ends on before its first preposition ("the flute solo in the
    bridge" -> "solo"; "the owner of the club" -> "owner"), or its last word."""
    words = [word.strip(".,") for word in role.lower().split()]
    return next((before for before, word in pairwise(words) if word in _PREPOSITIONS), words[-1] if words else "")


def _played_thing(role: str) -> str | None:
    """The instrument or piece a "playing ..." names ("playing a battered guitar"), which is no part; also when
    words after it tell where ("playing the organ on the back of a truck": the noun before the first preposition
    is what is played)."""
    words = [word.strip(".,") for word in role.lower().split()]
    if words and words[-1] in _NOT_A_PART:
        return words[-1]
    for before, word in pairwise(words):
        if word in _PREPOSITIONS:
            return before if before in _NOT_A_PART else None
    return None


def _cast_list(clause: Clause, seen: set[int]) -> list[Part]:
    """The members a clause says the cast includes, with no part told: "its cast includes A, B and Bell's own
    grandfather, C" (all of the list or none; a member told with a part is read by the rules for parts)."""
    found: list[Part] = []
    for match in _CAST_LIST.finditer(clause.skeleton):
        pieces = [squash(piece) for piece in _PARTS.split(match.group("list"))]
        sharing = (
            {m.group("person") for m in _SHARES_NEXT.finditer(match.group("list"))}
            if " as " in match.group("list")
            else set()
        )
        members: list[Mention] = []
        index = 0
        while index < len(pieces):
            piece = pieces[index]
            index += 1
            if not piece or " as " in piece or _CAMEO_LEAD.match(piece) or piece in sharing:
                # a part told ("X as a nurse"), the words that lead into a cameo, or one who may share the part
                # of the next ("B and C as ghosts", read by the rules for parts)
                continue
            related = _RELATED.match(piece)
            if related is not None and index < len(pieces) and _ONE_MENTION.match(pieces[index]):
                piece = pieces[index]  # "Bell's own grandfather, Cy Bell": the one named after the comma
                index += 1
            one = _MEMBER.match(piece)
            mention = clause.mention(one.group("person")) if one else None
            if mention is None or mention.possessive or mention.kind != "name" or _person(mention) is None:
                return found  # a list of something else
            members.append(mention)
        if _denied(clause.skeleton, match.start()):
            continue
        for mention in members:
            if id(mention) not in seen:
                seen.add(id(mention))
                found.append(Part(str(_person(mention)), None, clause.at(clause.starts[mention.number])))
    return found


def _alongside(clause: Clause, found: list[Part], seen: set[int]) -> list[Part]:
    """ "X leads the cast as a driver, alongside A and B": those the clause ends with after a member cast in a
    part, with no part of their own."""
    if not found:
        return []
    added: list[Part] = []
    for match in _ALONGSIDE.finditer(clause.skeleton):
        if clause.at(match.start()) < found[0].at:
            continue
        mentions = _mentions(clause, match.group("people"))
        people = [_person(m) if m.kind == "name" and not m.possessive and id(m) not in seen else None for m in mentions]
        if None in people or _denied(clause.skeleton, match.start()):
            continue
        for mention, person in zip(mentions, people, strict=True):
            seen.add(id(mention))
            added.append(Part(str(person), None, clause.at(clause.starts[mention.number])))
    return added


def _starring_beside(clause: Clause, found: list[Part], seen: set[int]) -> list[Part]:
    """ "X stars alongside Y, who plays a porter": X in the cast with no part, when nothing else in the clause gave X
    one ("X stars alongside Y as a nurse" is read elsewhere, and may be either's)."""
    match = _STARS_BESIDE_PLAYER.search(clause.skeleton)
    if match is None:
        return []
    mention = clause.mention(match.group("person"))
    if mention is None or mention.kind != "name" or mention.possessive or id(mention) in seen:
        return []
    person = _person(mention)
    if person is None or any(part.person == person for part in found) or _denied(clause.skeleton, match.end()):
        return []
    seen.add(id(mention))
    return [Part(person, None, clause.at(match.start("person")))]


def _featured(clause: Clause, seen: set[int]) -> list[Part]:
    """Who a video "features" with no part: only people the words before name by a role ("the model"); a bare
    name may be the song's own performer, of whom the clause does not say whether they appear as themselves."""
    if "features" not in clause.skeleton and "star" not in clause.skeleton and "includes" not in clause.skeleton:
        return []
    found: list[Part] = []
    for match in _FEATURES.finditer(clause.skeleton):
        words = match.group("words").split()
        # "The video stars A and B.": a video stars people, in no part the page tells, when it is named as the
        # subject ("It features X" may be the song featuring a guest, and "features footage of X" shows no one cast)
        starred = not words and match.group("verb") == "stars" and match.group("subject").lower() in ("video", "clip")
        if not starred and (not words or words[-1] not in ROLE_NOUNS):
            continue  # "features footage of X": not X in the cast
        for number in MENTION.findall(match.group("people")):
            mention = clause.mentions[int(number)]
            person = _person(mention)
            if person is None or id(mention) in seen or mention.kind != "name":
                return []
            seen.add(id(mention))
            found.append(Part(person, None, clause.at(clause.starts[int(number)])))
    return found


def _appearing(clause: Clause, seen: set[int]) -> list[Part]:
    """Who "appears in the video" with no part: as with "features", only someone the words before name by a
    role ("the dancer X"), as a bare name may be the song's performer, who would appear as themselves."""
    found: list[Part] = []
    on_screen = (
        [
            m
            for m in _ON_SCREEN.finditer(clause.skeleton)
            if not _PART_WORDS.search(m.group("between"))
            and not _PART_WORDS.search(m.group("tail"))
            and (
                m.group("doing") is None
                or (
                    m.group("verb") not in _PARTS_NEXT
                    and not _PART_WORDS.search(m.group("doing"))
                    and all(clause.mentions[int(n)].kind == "pronoun" for n in MENTION.findall(m.group("doing")))
                )
            )
        ]
        if " for " in clause.skeleton
        else []
    )
    where = [
        m
        for m in _joined_on(_POPS_UP_WHERE, clause.skeleton)
        if not _PART_WORDS.search(f"{m.group('having') or ''}{m.group('where')}{m.group('tail') or ''}")
        and not _NOT_A_SCENE.intersection(m.group("where").lower().split())
        # (turning up is said of a visit too, "turned up in the afternoon": only in a scene of the video itself, or
        # at its end)
        and (
            m.group("turns") is None
            or _IN_A_SCENE.search(m.group("where")) is not None
            or _AT_THE_END.search(m.group("where")) is not None
        )
        # (the verb agrees with one person or two: "A and B turn up", "A turns up")
        and " ".join(m.group("verb").split()) not in (_ONE_TURNS_UP if m.group("other") else _SEVERAL_TURN_UP)
        and (m.group("other") is not None or " both " not in m.group(0))
        and all(
            clause.mentions[int(n)].kind == "pronoun"
            for n in MENTION.findall(m.group(0)[m.end("other" if m.group("other") else "person") - m.start() :])
        )
        and (m.group("doing") is None or _doing_next(clause.skeleton, m.end("doing")))
        and (m.group("joined") is None or _joined_of_another(clause, m.end("joined"), m.group("person")))
    ]
    spotted = [
        m
        for m in (_SPOTTED_WHERE.finditer(clause.skeleton) if " spot" in clause.skeleton else ())
        if not _PART_WORDS.search(m.group("where")) and not _NOT_A_SCENE.intersection(m.group("where").lower().split())
    ]
    appears_in = [m for m in _APPEARS_IN.finditer(clause.skeleton) if not _PART_WORDS.search(m.group("having") or "")]
    for match in [*appears_in, *on_screen, *where, *spotted]:
        words = (match.group("words") or "").split()
        mention = clause.mention(match.group("person"))
        if mention is None or mention.kind != "name" or id(mention) in seen:
            continue
        groups = match.groupdict()  # (an on-screen match names no relation)
        related = groups.get("related") is not None
        if related != (groups.get("closed") is not None):
            continue  # an apposition closes where it opened
        if not related and ((words and words[-1] not in ROLE_NOUNS) or (not words and mention.person is None)):
            continue  # "the dancer X", or someone the page has named before ("Dufresne-Roy turns up ...")
        if (
            match.group("end") == ","
            and not match.group("who")
            and not _doing_next(clause.skeleton, match.end("end"))
            and not (
                _WHERE_TO_END.match(clause.skeleton, match.end("end"))
                and not _PART_WORDS.search(clause.skeleton[match.end("end") :])
            )
        ):
            continue  # "X appears in the video, ...": the clause may go on to give a part
        person = _person(mention)
        if person is None or mention.possessive:
            continue
        other = clause.mention(groups.get("other"))
        if groups.get("other") is not None:
            # ("A and B turn up in the pub at the end": each of the two, both people the page has named before, or
            # neither)
            if (
                other is None
                or other.kind != "name"
                or other.possessive
                or other.person is None
                or id(other) in seen
                or (not related and mention.person is None)
                or _person(other) in (None, person)
            ):
                continue
            seen.add(id(other))
            found.append(Part(str(_person(other)), None, clause.at(match.start("other"))))
        seen.add(id(mention))
        found.append(Part(person, None, clause.at(match.start("person"))))
    if " up" in clause.skeleton:
        for match in _TURNS_UP.finditer(clause.skeleton):
            named, words = (
                ("person", match.group("words")) if match.group("person") else ("who_person", match.group("who_words"))
            )
            mention = clause.mention(match.group(named))
            if mention is None or mention.kind != "name" or id(mention) in seen or mention.possessive:
                continue
            noun = words.split()[-1].lower()
            if (noun not in ROLE_NOUNS and noun not in _RENOWNED) or _denied(clause.skeleton, match.start(named)):
                continue  # "the dancer X", not a bare name (who may be the performer)
            person = _person(mention)
            if person is None:
                continue
            seen.add(id(mention))
            found.append(Part(person, None, clause.at(match.start(named))))
    return found


_THIRD_PERSON = frozenset(str.split("he him his she her hers they them their"))


def _joined_on(pattern: linear.Pattern, text: str) -> Iterator[linear.Match]:
    """The pattern's matches, each looked for again from the clause a match's ``joined`` group joins on ("X appears in
    the final scene, and Y can be seen in the opening shot": the second one pops up as well, after the same ", and"
    that ended the first)."""
    at = 0
    while (match := pattern.search(text, at)) is not None:
        yield match
        at = match.start("joined") if match.group("joined") is not None else match.end()
        at = max(at, match.start() + 1)


def _joined_of_another(clause: Clause, at: int, person: str) -> bool:
    """Whether the clause joined on at ``at`` after someone popped up gives no part to them: it tells none, or it
    names someone else before any part it tells, and no pronoun that may mean the one who popped up."""
    rest = clause.skeleton[at:]
    part = _JOINED_PART.search(rest)
    if part is None or part.group(0) in ".;!":
        return True  # no part told before the sentence ends
    before = MENTION.findall(rest[: part.start()])
    mentions = [clause.mentions[int(number)] for number in before]
    own = clause.mention(person)
    if any(m.kind == "pronoun" and m.text.lower() in _THIRD_PERSON for m in mentions):
        return False  # "and he is the barman": the one who popped up, perhaps
    # (a new full name, "and Bell's aunt, Jo Fenn, plays a nun", is someone else too)
    return own is not None and any(
        m.kind == "name" and not m.possessive and ((m.people and m.people != own.people) or (m.new and not m.people))
        for m in mentions
    )


def _past_worn(skeleton: str, at: int) -> int:
    """Where the words after a short aside of what someone wears or holds end ("has a cameo, in my apron, shouting"):
    the scene they act goes on after it."""
    worn = _WORN_ASIDE.match(skeleton, at)
    return worn.end() if worn is not None else at


def _doing_next(skeleton: str, at: int) -> bool:
    """Whether a participle of what someone does in the scene follows ``at`` (not "playing", which may tell a part)."""
    doing = _DOING_NEXT.match(skeleton, at)
    if doing is not None and doing.group("verb") == "playing":
        # "makes a cameo, playing guitar on a balcony": an instrument played is what they do, no part
        rest = skeleton[doing.end() : doing.end() + MAX_ROLE]
        stop = _PHRASE_END.search(rest)
        played = rest[: stop.start()] if stop is not None else rest
        return _played_thing(played) is not None
    if doing is None:
        return _looking(skeleton, at)
    return doing.group("verb") not in _PARTS_NEXT


def _looking(skeleton: str, at: int) -> bool:
    """Whether a past participle of how someone looks in the scene follows ``at`` ("wrapped in overcoats"), and no
    part is told after it in the sentence (as "dressed as a nurse" would)."""
    look = _HOW_THEY_LOOK.match(skeleton, at)
    if look is None:
        return False
    rest = skeleton[look.end() :]
    stop = _SENTENCE_STOP.search(rest)
    return not _PART_WORDS.search(rest[: stop.start()] if stop is not None else rest)


# "A and the rest of the band appear as ...": the band's other members, named by none of their names, so no one the
# page can give the part to (the band is not one of the players)
_REST_OF = linear.compile(
    r"\b(?:the\s+rest|(?:the\s+)?(?:other|remaining)\s+(?:members|players|musicians))\s+of\s+(?:the\s+)?$"
)


# "her nephews, A and B, and they": two named together right before a clause joined on "they"; or "A and B are in
# the stands, and they": the two the sentence opens on, its subject, with no one else named before "they"
_JOINED_BEFORE_THEY = linear.compile(
    r"(?:(?:^|[^@\w]\s*)(?P<people>@\d+\s+and\s+@\d+),?|^(?P<subject>@\d+\s+and\s+@\d+)\s[^@]*,)\s+and\s+$"
)


def _shared(clause: Clause, people: str, role_text: str, role_at: int, seen: set[int]) -> list[Part]:
    numbers = [
        int(found.group(0)[1:])
        for found in MENTION.finditer(people)
        if not _REST_OF.search(people[max(0, found.start() - 40) : found.start()])
    ]
    mentions = [clause.mentions[number] for number in numbers]
    who = [(_person(mention), clause.starts[number]) for mention, number in zip(mentions, numbers, strict=True)]
    surname = _their_surname(mentions)
    if surname is not None:
        # "the twins Rhea and Rosa Dalton": first names before the last full name share its surname, as English
        # leaves it unsaid
        who = [
            (f"{squash(m.text)} {surname}" if person is None else person, at)
            for m, (person, at) in zip(mentions, who, strict=True)
        ]
    # "A and B play rival lifeguards guarding a pool": after "play", as for one person's part
    played = _PLAY_VERB_BEFORE.search(clause.skeleton[max(0, role_at - 20) : role_at]) is not None
    listed = _listed(clause, role_at)
    role_text = _before_backdrop(role_text) if listed is None else role_text
    role_end = role_at + len(role_text)
    named_at = _AT_NAME_LAST.search(role_text) if played and listed is None else None
    if named_at is not None and _plain_noun_phrase(role_text[: named_at.start()]):
        # "A and B play two fishermen at Porthleven": after "play" a named place is the scene's, as for one person's
        # part ("plays a lighthouse keeper at Cape Reinga")
        role_text = role_text[: named_at.start()]
    if (
        listed is None
        and " at " in clause.skeleton[role_end : role_end + 5]
        and _AS_BEFORE.search(clause.skeleton[max(0, role_at - 10) : role_at])
    ):
        # "A and B turn up as two riders at a county fair": after "as" the part is whole, its place its own, as for
        # one person's part
        role_text += _participles_place(clause.skeleton, clause.words(role_text), role_end, True, True, clause)
    parts = _share(clause, who, role_text, listed, played)
    if parts:
        seen.update(id(clause.mentions[int(number)]) for number in MENTION.findall(people))
    return parts


def _their_surname(mentions: list[Mention]) -> str | None:
    """The surname of the last of several names, when each before it is a lone first name the page has not used
    (a word that names no one) and the last a new full name of two words."""
    last = mentions[-1]
    words = squash(last.text).split(" ")
    if not (last.kind == "name" and last.new and last.person is None and len(words) == 2) or len(mentions) < 2:
        return None
    for mention in mentions[:-1]:
        if mention.kind != "name" or mention.people or mention.new or mention.possessive or " " in mention.text:
            return None
        if not mention.text[:1].isupper() or not mention.text.isalpha() or known_country(mention.text):
            return None  # "Chile and Ana Roth": a place, not a first name
    return words[1]


def _listed(clause: Clause, role_at: int) -> list[str] | None:
    """The parts of a list of parts starting at ``role_at`` ("a priest, a nun and a ghost"), when it is one."""
    segment = clause.skeleton[role_at : role_at + MAX_ROLE]
    stop = _LIST_STOP.search(segment)
    pieces = _PARTS.split(segment[: stop.start()] if stop else segment)
    described = stop is not None and stop.group() == "@" and _DESCRIBES_NEXT.match(pieces[-1]) is not None
    if described and len(pieces) > 1 and pieces[-1].split()[-1] not in _NOT_DESCRIBING:
        # "play the church choir, and the stunt rider X has a cameo": the last words run into a name, which they
        # describe; a new clause of its own, not one more part
        pieces.pop()
    elif (
        stop is not None
        and stop.group() == "@"
        and len(pieces) > 2
        and not pieces[-1]
        and _DESCRIBES_NEXT.match(f"{pieces[-2]} ")
        and pieces[-2].split()[-1] not in _NOT_DESCRIBING
        and _CLOSED_APPOSITION.match(clause.skeleton, role_at + stop.start())
    ):
        # "play a couple at a bus stop, and a retired boxer, X, turns up as ...": the words set off by commas before
        # a name that a comma closes describe that person (a new clause of its own), not one more part
        del pieces[-2:]
    if len(pieces) == 2 and _COMMA_AND.match(segment[len(pieces[0]) :]) and not _plain_noun_phrase(pieces[1]):
        # "play a couple at breakfast, and the song runs over their walk": a comma before "and" joins two things
        # mostly as the last of three or more; with two, and more than a plain noun phrase after it, it opens a new
        # clause, not a second part ("play a priest, and a nun" is still two parts)
        return None
    parts = []
    for piece in pieces:
        tail = _LIST_TAIL.search(piece)
        piece = squash(piece[: tail.start()] if tail else piece)
        if not _ONE_PART.match(f"{piece} ") or _PIECE_CLAUSE.search(f" {piece} "):
            break
        parts.append(piece)
        if tail:
            break
    joins = [join.group() for join in _PARTS.finditer(segment)]
    if len(parts) > 1 and "and" not in joins[len(parts) - 2]:
        # "appear as a couple under an umbrella, a joke their fans caught": a list ends on "and" before its last part;
        # a noun phrase after a comma alone is set beside the part, a comment on it, and no second part
        return None
    return parts if len(parts) > 1 else None


def _share(
    clause: Clause,
    who: list[tuple[str | None, int]],
    role_text: str,
    listed: list[str] | None,
    played: bool = False,
) -> list[Part]:
    """The part of several people, or a part each when the part is a list as long as theirs ("A and B play
    a priest and a nun (respectively)"); a list that does not go one to one with them is no one's. ``played``:
    told after "play", where a participle's phrase ends the part."""
    role = squash(clause.words(role_text)).strip(" ,")
    if not role or len(role) > MAX_ROLE or _RUN_ON.search(role_text) or not _role_ok(clause, role_text):
        return []
    if played and listed is None:
        role = _before_participle(role)
    elif played and listed is not None:
        # ("play a fisherwoman selling fish and a porter": each part of the list is told after "play" as one alone is)
        listed = [_before_participle(each) for each in listed]
    itself = _SELF_THEN.match(role)
    if itself is not None and not _AGED.match(role):
        role = itself.group("self")  # "play themselves on a night out": the part is themselves
    roles = listed or _the_pair(role, len(who)) or [role] * len(who)
    if len(roles) != len(who):
        return []
    parts = []
    for (person, at), each in zip(who, roles, strict=True):
        if person is None or _denied(clause.skeleton, at):
            return []  # all of them or none: one that is not a person makes the list something else
        parts.append(Part(person, each, clause.at(at)))
    return parts


# "the bride and groom", "the king and queen": two nouns sharing one "the", which two people play one each
_THE_PAIR = linear.compile(r"^the\s+(?P<one>[a-z][a-z-]*)\s+and\s+(?P<two>[a-z][a-z-]*)$")


def _the_pair(role: str, players: int) -> list[str] | None:
    """The two parts of two players whose part is two nouns under one "the" ("A and B play the bride and groom"),
    one each in the order told, as with "the bride and the groom"; not a possessive's ("the bride and groom's
    parents" is one part, of the pair) nor an adjective's, which may be the first noun's alone or both's."""
    pair = _THE_PAIR.match(role)
    if pair is None or players != 2:
        return None
    return [f"the {pair.group('one')}", f"the {pair.group('two')}"]


def _mentions(clause: Clause, fragment: str) -> list[Mention]:
    return [clause.mentions[int(number)] for number in MENTION.findall(fragment)]


# "The grandmother who shushes them both: the actress X.": a part, then who plays it after a colon, as show notes set a
# cast down (the whole sentence; its relative clause cut; a description of the player before the name)
_PART_THEN_COLON = linear.compile(
    rf"^\W*(?P<role>(?:The|A|An)\s[^@,;:.()\"]{{1,80}}?)(?P<who>\s+who\s[^,;:.()\"]{{1,200}}?)?\s*:\s*"
    rf"(?P<described>(?:the|a|an)\s+(?:[a-z][\w-]*\s+){{0,2}}?)?(?P<person>{_P})\s*\.?\s*$"
)


def _part_then_colon(clause: Clause, seen: set[int]) -> list[Part]:
    """A part told as a label before the one who plays it ("The night porter: the actor X."); not a credit's
    label ("The director: X", "The star: X": a word for what someone does is no part)."""
    match = _PART_THEN_COLON.match(clause.skeleton)
    if match is None or not (match.group("who") or match.group("described")):
        # ("The result: X" names no part: a part is someone, told so by what they do, or the player by what they are)
        return []
    mention = clause.mention(match.group("person"))
    role = squash(match.group("role"))
    if (
        mention is None
        or id(mention) in seen
        or mention.possessive
        or role.split()[-1].lower() in ROLE_NOUNS - KEEPER_NOUNS
    ):
        return []
    person = _person(mention)
    if person is None:
        return []
    seen.add(id(mention))
    return [Part(person, _lower_first(role), clause.at(match.start("person")))]


# "The old watchmaker in the last scene? He's played by the actor X.": a part asked about as a question of its own
# (naming no one), then answered by who plays it, the part told by "he" or "she"; or by who it is ("And the waiter
# who brings them the bill? That is X, in a fake moustache."), the question led on by "and" and its relative clause
# cut as a part's always is
_ASKED_PART = linear.compile(
    r"^\W*(?:(?:And|But|So)\s+)?(?P<role>(?:[Tt]he|[Aa]n?|His|Her|Their|his|her|their)\s[^@,;:.()?!\"]{1,120}?)"
    r"(?:\s+(?:who|that)\s[^,;:()?!\"]{1,160}?)?\s*\?\s*$"
)
# Who plays it, after "played by": a few words describing them ("the actor X"), or whose relative they are, set off
# by a comma as the name's apposition ("X's uncle, Y", "his mother, Y")
_PLAYER = (
    r"(?:(?:(?:@\d+'s|his|her|their)\s+)(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s*,\s*|(?:[\w-]+\s+){0,4}?)"
    rf"(?P<person>{_P})"
)
_ANSWERED_PLAYER = linear.compile(
    r"^\W*(?:(?:(?:He|She)(?:'s|\s+is|\s+was)|(?P<pronoun>@\d+)\s+(?:is|was))\s+(?:played|portrayed)\s+by\s+"
    rf"{_PLAYER}"
    rf"|(?:That|It)(?:'s|\s+is|\s+was)\s+(?:(?:none\s+other\s+than|actually|really)\s+)?(?P<named>{_P})"
    r"\s*(?:[,.!]|$))"
)


# "The old man with the dog is there too, in a way: he is played by X": a part said to be in the video, then, after
# a colon, who plays it, the part told by "he" or "she"
_THERE_THEN_PLAYED = linear.compile(
    r"^\W*(?P<role>(?:The|A|An)\s[^@,;:.()?!\"]{1,120}?)\s+(?:is|was)\s+(?:also\s+)?(?:there|in\s+it)"
    r"(?:\s+(?:too|as\s+well))?(?:\s*,\s*[^@,;:.()?!\"]{1,40}?)?\s*:\s*(?P<pronoun>@\d+)\s+(?:is|was)\s+"
    rf"(?:played|portrayed)\s+by\s+{_PLAYER}\s*(?:[,.;!]|$)"
)


_TOLD_NO_PART = linear.compile(r"\b(?:cameo|(?:no|without\s+(?:a|any))\s+(?:part|role|lines?))\b")


def _there_then_played(clause: Clause, seen: set[int]) -> list[Part]:
    told = _THERE_THEN_PLAYED.match(clause.skeleton)
    return [] if told is None else _part_answered(clause, told, squash(told.group("role")), seen)


def _part_answered(clause: Clause, told: linear.Match, role: str, seen: set[int]) -> list[Part]:
    """The part ``role`` played by the one ``told`` names, when a pronoun tells it is "he" or "she" and the part is
    not a word for what someone does."""
    pronoun = clause.mention(told.group("pronoun")) if told.group("pronoun") else None
    if pronoun is not None and (pronoun.kind != "pronoun" or pronoun.text.lower() not in ("he", "she")):
        return []
    mention = clause.mention(told.group("person") or told.groupdict().get("named"))
    person = _person(mention) if mention is not None and not mention.possessive else None
    if (
        person is None
        or mention is None
        or id(mention) in seen
        or role.split()[-1].lower() in ROLE_NOUNS - KEEPER_NOUNS
    ):
        return []
    seen.add(id(mention))
    return [
        Part(
            person,
            _lower_first(role),
            clause.at(told.start("person") if told.group("person") else told.start("named")),
        )
    ]


def asked_part(question: Clause, answer: Clause) -> list[Part]:
    """The part a question of its own asks about, when the sentence after it tells who plays it ("The night porter?
    She is played by X.")."""
    asked = _ASKED_PART.match(question.skeleton)
    told = _ANSWERED_PLAYER.match(answer.skeleton) if asked is not None else None
    if asked is None or told is None or (told.group("named") and _TOLD_NO_PART.search(answer.skeleton)):
        # ("And the old man at the back? That is X, who has no part at all": the one seen, in no part)
        return []
    return _part_answered(answer, told, squash(asked.group("role")), set())


# A sentence of its own that only says the one just shown has no part ("Cameo, no part.", "No lines, no character,
# just a cameo.", "That's his whole cameo.")
_NO_PART_WORDS = r"(?:(?:just\s+|only\s+)?(?:a\s+)?cameo|no\s+(?:part|lines?|role|character|dialogue))"
# ("He has no part.", "She has no part, she is just sitting there.": said of them, with what they do and no one else)
_NO_PART_FRAGMENT = linear.compile(
    rf"^\s*(?:(?i:that's|that\s+is)\s+(?:his|her|their)\s+(?:whole\s+|only\s+|entire\s+)?cameo|(?i:{_NO_PART_WORDS})"
    rf"(?:\s*,\s*{_NO_PART_WORDS})*"
    r"|(?:He|She)\s+has\s+no\s+(?:part|lines?|role)(?:\s*,\s*(?:he|she)\s[^.;:!?\"\x{201c}]{1,80})?)\s*[.!]?\s*$"
)


def shown_in_no_part(shown: Clause, fragment: Clause) -> list[Part]:
    """The one a sentence about the video shows ("Blink and you'll miss X buying batteries."), cast in no part when
    the next sentence is only that it has none ("Cameo, no part."): when the sentence names no one else, tells no
    part and credits no one ("shot by X")."""
    if _NO_PART_FRAGMENT.match(fragment.text) is None or _NO_PART_REMARK.search(shown.skeleton):
        return []
    if " by @" in shown.skeleton:
        return []
    named = {
        person
        for m in shown.mentions
        if not m.possessive
        and m.kind != "pronoun"
        # ("Blink and you'll miss X": the word opening the sentence, capitalised as any is there, is no one)
        and not ((person := _person(m)) is None and shown.starts[m.number] == 0 and " " not in m.text.strip())
    }
    if (
        len(named) != 1
        or None in named
        or any(m.kind == "pronoun" and m.people and m.person not in named for m in shown.mentions)
    ):
        return []
    return [Part(str(next(iter(named))), None, fragment.at(0))]


def _number_clash(mention: Mention, role: str) -> bool:
    """Whether a singular reflexive part ("herself") is given to a plural mention ("them", "the two of them")."""
    if role.lower() not in ("himself", "herself"):
        return False
    return mention.kind == "two" or len(mention.people) > 1 or mention.text.lower() in PLURAL_PRONOUNS


def _person(mention: Mention) -> str | None:
    if mention.person is not None and mention.kind in ("name", "pronoun", "description"):
        return mention.person
    if mention.kind == "name" and mention.new and not mention.possessive:
        return squash(mention.text)
    return None


def _part_remarked(skeleton: str, at: int) -> bool:
    """Whether the rest of the sentence from ``at`` remarks on a part ("she's the one playing the nurse")."""
    stop = _SENTENCE_STOP.search(skeleton, at)
    return _NO_PART_REMARK.search(skeleton[at : len(skeleton) if stop is None else stop.start()]) is not None


def _subject_cast(clause: Clause, subject: linear.Match | None, match: linear.Match, seen: set[int]) -> list[Part]:
    """The clause's subject (``subject``, its match) in the part ``match`` tells, when it is one person not yet cast."""
    lone = clause.mention(subject.group("subject")) if subject is not None else None
    person = _person(lone) if lone is not None and id(lone) not in seen else None
    if lone is None or person is None:
        return []
    seen.add(id(lone))
    return [Part(person, match.group("role"), match.start("role"))]


# A present participle's phrase right after a part's name ("Eda stepping off the ferry"), which the part is cut before
_PARTICIPLE_AFTER = linear.compile(r"\s+[a-z]+ing\b")
# "@3 on a makeshift stage", "@3 in a hotel bar": a phrase of where after a description (a place's own words)
_WHERE_AFTER = linear.compile(r"\s+(?:on|in|at|behind|inside|outside)\s+(?:a|an|the)\s+[a-z][^@]*$")
# "the singer as a child": the rest of a part that is someone named, at a time of their life
_AS_LIFE_STAGE = linear.compile(r"\s+as\s+(?P<stage>[a-z][a-z ]*)$")


# Capitalised words for an elder of the family that a part may be called by ("plays Nani", "plays Grandpa"), in the
# languages the pages' families speak
_KIN_PARTS = frozenset(
    {
        "nan",
        "nana",
        "nanna",
        "nani",
        "nanu",
        "dadi",
        "dada",
        "gran",
        "granny",
        "grandma",
        "grandpa",
        "grandad",
        "granddad",
        "nonna",
        "nonno",
        "oma",
        "opa",
        "abuela",
        "abuelo",
        "yiayia",
        "papou",
        "babcia",
        "dziadek",
        "mamie",
        "papi",
        "babushka",
        "lola",
        "lolo",
        "mum",
        "mom",
        "dad",
        "mama",
        "papa",
    }
)


# What stands around a one-word name that makes it a part's own: "as" before it ("stars as Selvi"), or a description
# of a person set off after it ("plays Selvi, the fisherman's daughter"; not "plays Glastonbury in the rain")
_PERSON_APPOSED = linear.compile(r",\s+(?:the|a|an|his|her|their)\s+[a-z]")


def _named_part(clause: Clause, number: str) -> bool:
    """Whether mention ``number``, one capitalised word that is no one of the page, is a part's own name, told as
    the story's people are, by a first name alone."""
    word = squash(clause.mentions[int(number)].text)
    if " " in word or not (word[:1].isupper() and word[1:].islower()) or known_country(word) is not None:
        return False
    skeleton = clause.skeleton
    at = clause.starts[int(number)]
    end = at + len(number) + 1
    return _AS_BEFORE.search(skeleton[max(0, at - 6) : at]) is not None or (
        _PERSON_APPOSED.match(skeleton, end) is not None
    )


def _at_a_stage(role: str) -> bool:
    """Whether a part is someone named at a time of their life and nothing more ("@3 as a child")."""
    number = role[1:].split(" ", 1)[0] if role.startswith("@") else ""
    stage = _AS_LIFE_STAGE.match(role, len(number) + 1) if number.isdigit() else None
    return stage is not None and _LIFE_STAGE.match(stage.group("stage")) is not None


def _role_ok(clause: Clause, role: str, person: str | None = None) -> bool:
    """A part that starts with a mention is a possessive name ("Puth's love interest") or "her"; or, for ``person``
    cast, a description the page called them by, alone or which a phrase of where restricts ("Bell stars as the singer
    on a rooftop stage": the words are the part's, as "a singer on a rooftop stage" would be)."""
    if _STARTS_WHEN_CLAUSE.match(role):
        return False  # "squeezed in between them as the cab winds along the road": "as" tells when, no part follows
    if _MANNER_CLAUSE.match(role):
        return False  # "has a cameo, as the director wanted": "as" tells how it went, by someone's wish
    if not role.startswith("@"):
        return True
    number = role[1:].split("'", 1)[0].split(" ", 1)[0]
    if not number.isdigit():
        return False
    mention = clause.mentions[int(number)]
    if (
        person is not None
        and mention.kind == "description"
        and not mention.possessive
        and mention.people == (person,)
        and mention.text.lower().startswith("the ")
        # ("Dorn plays the organist" of the page's organist Cy Dorn: the words of their own trade are the part)
        and (role == f"@{number}" or _WHERE_AFTER.match(role, len(number) + 1))
    ):
        return True
    if role == f"@{number}" or _PARTICIPLE_AFTER.match(role, len(number) + 1):
        # a part that is a name of its own ("Abuela Rosario"): a new name, no one of the page; or someone the story
        # told of ("Bell plays Eda", "plays Aunt Eda stepping off the boat": the grandmother named before)
        if mention.kind != "name" or mention.possessive:
            return False
        if mention.person is None and not mention.new and mention.text.lower() in _KIN_PARTS:
            return True  # "plays Nani": a word for an elder of the family, no one the page names (seen in the title)
        if mention.person is None and not mention.new and not mention.people and _named_part(clause, number):
            return True
        return (mention.new and mention.person is None) or mention.person is not None
    if _at_a_stage(role) and mention.kind != "pronoun":
        # "plays the singer as a child": someone at a time of their life is a part, as "a young X" is
        return not mention.possessive
    if mention.kind == "two" and mention.text.lower() == "the two" and role[len(number) + 1 :].startswith(" "):
        # "appearing as the two ghosts": "the two" read as the pair is the article of the part's noun
        return role[len(number) + 2 : len(number) + 3].islower()
    if mention.kind == "two" and mention.text.lower().startswith("the two "):
        # ("A and B appear as the two girls on the line": "the two girls" read as the pair is the part's own noun
        # phrase, as "the two sailors" is, alone or with a phrase of where)
        return role == f"@{number}" or _WHERE_AFTER.match(role, len(number) + 1) is not None
    return mention.possessive or mention.text.lower() in ("her", "his", "their")


def _denied(skeleton: str, at: int) -> bool:
    """Whether the clause before ``at`` (from its last "but" or ";") denies what follows."""
    before = skeleton[max(0, at - 200) : at]
    last = 0
    for match in _CLAUSE_START.finditer(before):
        last = match.end()
    aside = _DASHED_JUST_BEFORE.search(before, last)
    if aside is not None:
        # "and - she could not resist - X as the stationmaster's wife": the "not" of an aside closed right before the
        # name is the aside's own (one before the aside, "does not feature - sadly - X", still denies)
        before = before[: aside.start()]
    denied = _DENIED.search(before[last:])
    if denied is not None and _DENIAL_IN_RELATIVE.search(before[last:][: denied.start() + 1]):
        # "casts A as a nurse who can't stop yawning and B as a tourist": the "not" of a relative clause about the
        # part before is that part's; the next one named after "and" is no part of it
        return _NEXT_NAMED.search(before[last + denied.start() :]) is None
    return denied is not None


# An aside set off by spaced dashes, closed right before a name ("- she could not resist -": the teller's words)
_DASHED_JUST_BEFORE = linear.compile(r"\s-\s[^-;]{1,80}?\s-\s*$")


# "A and B both appear in it: she as a tram driver, he as a passenger": the two named before the colon, each told after
# it by a pronoun of their own with the verb left out (which one each pronoun means is read from the page's pronouns
# for them, by the caller)
# ("A stars alongside the actor B: she plays a tram driver, and he plays a passenger": one starring with the other, the
# same two; each part told after "plays" as well, the same verb for both)
_EACH_BY_PRONOUN = linear.compile(
    rf"(?P<first>{_P})\s+(?:and\s+(?P<second>{_P})\s+(?:both\s+)?(?:appear|star|feature|are\s+(?:both\s+)?in\s+"
    rf"(?:it|the\s+(?:music\s+)?(?:video|clip)))|(?:stars|starred|appears|appeared)\s+(?:alongside|opposite)\s+"
    rf"(?:(?:the|a|an)\s+(?:[a-z]+\s+){{0,2}}?)?(?P<costar>{_P}))\b[^:;.!?\"@]{{0,40}}:\s*"
    rf"(?P<one>{_P})\s+(?P<verb>as|plays|played)\s+(?P<role>(?:a|an|the)\s[^@,;:.!?()\"]{{1,{MAX_ROLE}}}?)\s*,\s*"
    rf"(?:and\s+)?(?P<other>{_P})\s+(?P<other_verb>as|plays|played)\s+(?P<other_role>(?:a|an|the)\s[^@,;:.!?()\"]{{1,{MAX_ROLE}}}?)"
    r"(?:\s+(?:who|whose|which|that|while|when|where)\b|\s*[,;.!?]|\s*$)"
)
_HE_OR_SHE = {"he": "himself", "she": "herself"}


def each_by_pronoun(clause: Clause) -> list[tuple[tuple[str, str], tuple[str, str], tuple[str, str], int]]:
    """The two people and the two parts of "A and B both appear in it: she as X, he as Y": ((A, B), the word each
    pronoun calls its one ("herself", "himself"), their parts, where the first part starts). Two different pronouns
    only, and two people the page names."""
    found = []
    for match in _EACH_BY_PRONOUN.finditer(clause.skeleton):
        first = clause.mention(match.group("first"))
        second = clause.mention(match.group("second") or match.group("costar"))
        one, other = clause.mention(match.group("one")), clause.mention(match.group("other"))
        if first is None or second is None or one is None or other is None:
            continue
        a, b = _person(first), _person(second)
        words = (_HE_OR_SHE.get(one.text.lower()), _HE_OR_SHE.get(other.text.lower()))
        if (
            a is None
            or b is None
            or a == b
            or first.possessive
            or second.possessive
            or words[0] is None
            or words[1] is None
            or words[0] == words[1]
            or match.group("verb") != match.group("other_verb")
        ):
            continue
        roles = (match.group("role"), match.group("other_role"))
        if match.group("verb") != "as":
            roles = (_before_participle(roles[0]), _before_participle(roles[1]))  # after "plays", as for one alone
        found.append(((a, b), (str(words[0]), str(words[1])), roles, match.start("role")))
    return found
