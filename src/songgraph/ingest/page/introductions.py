"""Introductions told in a clause: who introduced whom, where and when, in any of the usual shapes.

"A introduced B to C", "A introduced B and C", "A introduced us / me to C / the two", "B and C were
introduced (to each other) by A", "I was introduced to C by A", a relative clause ("A, who introduced the
two at ...", "B, who had been introduced to C by A at ...") and a cleft ("it was A who introduced ..."),
"B and C met through their friend A", "A put B in touch with C". Descriptions between the verb and a name
("by their shared manager Greta Lind") are skipped; a pronoun party is whom the sentence allows (see
``_pronoun_pair``). An occasion that is "his" or "her" something is kept only when the word can mean no one
but the introducer (or the introducer is the subject of "introduced" and the page never calls them otherwise),
and is then theirs by name, as "my" is. What cannot be told for sure is left out with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import chain

from songgraph.ingest import linear
from songgraph.ingest.page.clauses import (
    ADDRESS,
    AND_NEXT_VERB,
    GROUP_NOUNS,
    HEDGE,
    MENTION,
    NATION_WORDS,
    PERSON_ROLE,
    PLURAL_PRONOUNS,
    ROLE_NOUNS,
    STOP_WORDS,
    VENUE_NOUNS,
    Clause,
    Mention,
    before_contact_clause,
    denies,
    first_met,
    gendered,
    placed_word,
    things_before_them,
    titled_one,
)
from songgraph.ingest.page.people import People
from songgraph.ingest.page.quotes import medium
from songgraph.ingest.pagetext import (
    GROUP_SIZES,
    MONTH_NAMES,
    REGIONS,
    WEEKDAY_NAMES,
    WHEN_NAMES,
    WORD_END,
    WORD_START,
    known_country,
    squash,
)
from songgraph.models import MAX_INTRODUCED, CreditRole
from songgraph.text import fold

_P = r"@\d+"
# Every part of a pattern is bounded (the rest of a clause at 300 characters): the patterns are matched at
# each mention, so an unbounded one would read the rest of a long sentence once per mention.
# Words that may stand between a name and its verb, or a preposition and its name.
_ADVERBS = (
    r"(?:(?:first|then|later|also|had|has|eventually|finally|just|originally|once|kindly|personally|himself|herself|"
    # "Grünewald in turn introduced": an adverbial phrase of a few words is one too
    r"themselves|[a-z]+ly|in\s+turn|in\s+return|of\s+course|at\s+last|in\s+the\s+end"
    # "X, who in 1991 had introduced": a year, when, told before the verb
    # ("She also, famously, introduced": an adverb set off by commas after the first)
    r"|in\s+(?:18|19|20)\d\d)(?:\s*,\s*[a-z]{3,}ly\s*,)?\s+){0,2}"
)
# Words that describe the person named after them, with an apposition ("their booking agent, Marta Lindholm",
# "his old teacher, the guitarist Pablo Ferrada"); never another name.
# ("her A&R, X": a word of initials joined by "&" ends the description as any word does)
# ("the band's A&R at the time, X": what they were then, told by a time phrase before the comma)
# ("a mutual friend, the Brussels radio host X": what they are after the comma may take four words)
# ("the president of the music society, X": a post of something, by "of", five words before the comma)
# ("the anthropologist Dr. X": a title with its full stop, which the mentions leave out of the name, ends it)
# ("by a Danish mastering engineer called X": four words before "called", an article, where from, a trade of two)
# ("the French DJ and producer X": two roles joined, the first after where someone is from)
_JOINED_ROLES = "(?:" + "|".join(sorted(ROLE_NOUNS)) + ")"
_DESCRIPTION = (
    # ("by Mr Hauge's sister, X": whose, by a possessive name after a courtesy title)
    # ("by the Association's then secretary, X": whose, by the name of a body after "the")
    # ("a young trumpeter from Cape Coast called X": where they are from, a name, before "called")
    # ("by a harpist from Caernarfon, X": where they are from, a name, before the comma and the one named)
    # ("by none other than our own X": stressed, before whatever else describes them)
    r"(?:none\s+other\s+than\s+)?"
    r"(?:(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+|the\s+)?@\d+'s\s+)?(?:(?:[\w'&-]+\s+){1,4}(?:from\s+@\d+\s+)?(?:called|named)\s+"
    # ("by their music teacher at Hill College, X": where they work, a name, the same)
    r"|(?:an?|the|his|her|their)\s+(?:[\w'&-]+\s+){1,2}(?:from|at)\s+@\d+\s*,\s*"
    # ("by the head of Moon Records, X": what they are of a name, then the one named after the comma)
    r"|(?:an?|the|his|her|their)\s+(?:[\w'&-]+\s+){1,2}of\s+(?:the\s+)?@\d+\s*,\s*|(?:[\w'&-]+\s+){0,4}|"
    # ("by the BBC Radio Manchester presenter X": the name of whom they work for, up to four capitalised words, before
    # what they are there)
    r"(?:an?|the|his|her|their)\s+(?:[A-Z][\w'&-]*\s+){1,4}[a-z][\w-]*\s+|"
    # ("the French DJ and producer X": two roles joined, the first after where someone is from)
    r"(?:the|a|an|his|her|their)\s+(?:[\w'&-]+\s+){0,2}[\w'&-]+\s+and\s+(?:[\w'&-]+\s+)?(?i:"
    + _JOINED_ROLES
    + r")\s+|(?:[\w'&-]+\s+){1,2}of\s+(?:the\s+)?(?:[\w'&-]+\s+)?"
    # ("by the landlord of that very same Crown Inn, X": a demonstrative and a word or two saying which one)
    r"|(?:[\w'&-]+\s+){1,2}of\s+(?:that|this)\s+(?:[\w'&-]+\s+){0,2})"
    # ("a colleague of Olivia's, Dr X": whose, by a possessive name, before the comma)
    # ("Ferguson's allotment neighbour, a retired district nurse called X": four words, then "called", after the comma)
    r"(?:(?:[\w'&-]+|@\d+'s|at\s+the\s+time)\s*,\s*(?:[\w'-]+\s+){0,4}(?:(?:called|named)\s+)?)?"
    # ("by a woman neither of them had ever seen before, the harpist X": a stranger to the two, told by a contact
    # relative clause of having (never) met or seen them, before the comma and the one named)
    r"(?:(?:(?:neither|none|either|both)\s+of\s+)?@\d+\s+(?:had|has|have)\s+(?:ever\s+|never\s+)?"
    r"(?:met|seen|known|heard\s+of)(?:\s+before)?\s*,\s*(?:[\w'-]+\s+){0,4})?"
    # (British style writes "Mrs" without a full stop)
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?"
)
# What may stand between the introducer and the verb: an apposition without names, or a relative clause
# that may name others ("X, who ran the label both artists were signed to, introduced")
# (an apposition may name places and say "his": "DeLoach, a veteran Nashville songwriter with a wall of number ones
# to his name, introduced"; whether it names no one else is checked on the match, see ``_apposition_ok``)
# ("X, who is still, at eighty, a terror, introduced": a relative clause may hold an aside of its own between commas,
# naming no one)
_BETWEEN = (
    # ("X, who'd run the label for years, introduced": "who" with its auxiliary contracted onto it)
    r"(?:\s*,\s*(?:(?:who(?:'d|'s)?|whom|whose)\s[^,]{0,100}?(?:,[^,@]{1,40},[^,]{0,100}?)?,\s*"
    # ("X, the sensale, or marriage broker, of Mussomeli, introduced": an apposition that glosses its own word with
    # "or" between commas)
    # ("X, the gentle, bespectacled host of Y, who introduced": adjectives set off by a comma inside the apposition)
    r"|(?P<between>(?:(?:the|a|an|his|her|their)\s+[a-z][\w-]*,\s+[a-z][\w-]*\s)?"
    # ("X, a ship's cook and, as far as I can tell, everybody's uncle, introduced": a hedge of the teller's between
    # commas inside the apposition)
    # ("X, our old station manager (he ran it for years, bless him), introduced": a bracket closing the apposition may
    # hold commas of its own)
    r"[^,]{0,120}?(?:,\s*or\s+[^,@]{1,40},[^,]{0,60}?|,\s*" + HEDGE + r"\s*,[^,]{0,60}?|\([^()]{1,200}\))?),\s*"
    # ("X, the engineer mentioned above, who also produced the song, introduced": a relative clause after the
    # apposition, about the same one)
    # ("X, a violinist from Y who had settled in Z, and who had known A since school, who introduced": a second
    # relative clause joined on by "and")
    r"(?:(?:and\s+)?who(?:'d|'s)?\s[^,]{0,100}?,\s*)?)?)?"
)
# The verb of a cleft on the introducer ("X was the one who", "I'm the one who": the speaker's "I", "'m" kept)
# ("X is also the one who", "X was in fact the one who": an adverb that adds or insists, not one that doubts)
# ("X was, after all, the one who": such an adverbial set off by commas)
_CLEFT_BE = (
    r"(?:(?:was|is|am)|'m)(?:\s*,\s*(?:after\s+all|of\s+course|in\s+fact|as\s+it\s+happens|in\s+the\s+end)\s*,\s*|\s+)"
    r"(?:(?:also|really|actually|indeed|in\s+fact)\s+)?"
)
# A character of text before a dash set off by spaces (a hyphen inside a word is one: "late-night").
_NO_DASH = r"(?:[^ ]| [^-]| -\S)"
# The rest of an aside between dashes that names the introducer, up to its closing dash: a relative clause about them
# ("a radio DJ - X, who hosts Y - who introduced"), or what they are ("Grandpa Joe - Joe Okafor, a retired
# welder who still fixes the van - brought A and B together"); where the aside opened is checked on the match
# (``_dash_opened``)
_DASH_CLOSES = rf"\s*,\s*(?P<dash_who>(?:who|an?|the|his|her|their)\s{_NO_DASH}{{1,150}}?)\s+-"
_ACTIVE = linear.compile(
    # "I was the one who introduced": a cleft on the introducer
    # ("It was X herself who introduced": the introducer stressed)
    rf"(?P<by>{_P})(?:'s)?(?:\s+(?:himself|herself|themselves))?"
    # "Mrs X of Chapel Row, for many years the sub-postmistress, who introduced": where the introducer lives
    rf"(?:\s+of\s+(?P<home>{_P}))?"
    # "X (then a barmaid on the Rue de Belleville), who introduced": an aside in brackets (checked on the match)
    r"(?:\s*\((?P<bracket>[^()]{1,200})\))?"
    # "It was X - aside - who introduced": an aside between dashes; "It was a radio DJ - X, who hosts Y - who
    # introduced": the introducer named between dashes, with a relative clause about them (checked on the match)
    rf"(?:\s+-\s+(?P<dashed>{_NO_DASH}{{1,200}}?)\s+-|{_DASH_CLOSES})?"
    rf"{_BETWEEN}"
    # ("X, who'd introduced": "had" contracted onto "who")
    rf"\s*(?:{_CLEFT_BE}the\s+(?:one|person)\s+who\s+|who(?:'d)?\s+|that\s+"
    # "It was X who, in 2018, introduced": an aside after "who" ("who, in August of that year,": a month is read as a
    # name, which the aside may hold after "in", as it may a place; checked on the match as any aside is)
    rf"|who\s*,\s*(?P<aside>(?:[^,@]|{_P}){{1,60}}?),\s*"
    # "X, who taught them both at the conservatory and introduced them": the relative clause's second verb
    rf"|who\s+{AND_NEXT_VERB}"
    # "X, the manager who introduced": an apposition that says who did ("the Dutch booker who": where they are from,
    # capitalised, describes them too; "the Radio Polder DJ who": what they are capitalised whole, with a station's
    # name, is read as one name)
    # ("X, a Chicago-born producer and former session drummer who introduced": two things they are, joined by "and",
    # where they are from read as a name first)
    rf"|\s*,\s*(?:the|a|an|his|her|their|{_P}'s)\s+(?:(?P<born>@\d+)\s+)?(?:[A-Za-z][\w-]*\s+){{0,3}}?"
    rf"(?:and\s+(?:[a-z][\w-]*\s+){{1,3}}?)?(?:@\d+\s+)?(?:who|that)\s+"
    # "X, 70, a pianist who has played the city's clubs for decades and who introduced": a relative clause's second
    # verb with its own "who", after the age and what they are (the first clause naming no one, checked on the match;
    # "X, the engineer who had mixed their demo and who": what they are may be a description the page resolves to X)
    rf"|\s*,\s*(?:\d{{1,3}}\s*,\s*)?(?:(?:the|a|an|his|her|their|{_P}'s)\s+(?:[A-Za-z][\w-]*\s+){{0,3}}?|{_P}\s+)?who\s+"
    r"(?P<long_apposed>[^,;.!?\"]{1,160}?)\s+and\s+who\s+)?"
    # "X is credited with introducing", "credits X with introducing", "thanks to X introducing"
    r"(?:(?:is|was|has\s+been)\s+(?:credited|thanked)\s+(?:with|for)\s+|(?:with|for)\s+)?"
    # ("introduces": the story told in the present)
    rf"{_ADVERBS}introduc(?:ed|ing|es)\s+"
    # a description may follow the first person ("introduced Arbour, then a backing singer, to Bell")
    # ("introduced her old schoolfriend X to": a relation of someone's, the pronoun before it read as a mention, by a
    # word of kin or company that ends the description ("introduced her last week to X" has none); tried first, as the
    # pronoun alone would otherwise be read as the one introduced; only for the first one introduced, as whom they
    # were introduced to is read by rules of its own)
    # (the words before the kin word only such as say what kind: "introduced me to his friend X" is no relation of mine)
    r"(?:@\d+\s+(?:(?:old|oldest|best|close|dear|childhood|new|young|younger|elder|eldest|little|big|own|former|late)"
    r"\s+){0,2}[a-z]*(?:friend|mate|cousin|brother|sister|son|daughter|nephew|niece|uncle"
    r"|aunt|partner|neighbour|neighbor|colleague|pupil|student|husband|wife|grandson|granddaughter)(?:-in-law)?\s*,?\s+)?"
    rf"(?:{_DESCRIPTION})?(?P<a>{_P})(?:\s*,\s*[^,@]{{1,60}}?,)?"
    # ("introduced her in turn to X": an adverbial phrase between the one introduced and "to")
    r"(?:\s+(?:in\s+turn|in\s+return|later|then))?"
    # ("introduced the two to each other at the X": "each other at the" is no description of a second person, so
    # the reciprocal is tried first)
    rf"(?:\s+to\s+(?:each\s+other|one\s+another)|\s+(?:and|to)\s+(?:{_DESCRIPTION})?(?P<b>{_P}))?"
    rf"(?:\s+to\s+(?:each\s+other|one\s+another))?(?P<rest>[^.!?;]{{0,300}})"
)
# A preposition that places right before a name ("to the band at her wedding", "to everyone in Leeds"): the name is
# where or whose the place is, not whom one was introduced to
_PLACED_OBJECT = linear.compile(r"\s(?:at|in|on|during|over|after|before|near|outside|inside|behind)\s+$")
_AS_PRESENTED = linear.compile(r"^\s*,?\s+as\s")
# "... to A and B": a second one joined to whom the first was introduced to
# (ending the people: not "to A and B produced it", a new clause)
# ("to Mr A and Mrs B": a courtesy title before the second, as before the first)
_AND_ANOTHER = linear.compile(
    rf"^\s+and\s+(?:the\s+[a-z][\w-]*\s+|{ADDRESS}\s+)?@\d+(?:\s*[,.;:]|\s+(?:at|during|on|in|over|backstage)\b|\s*$)"
)
# "... to A and Mr. B at the fair" read only up to the title's stop: one more joined, whom the clause does not reach
# (left out as unsure rather than read as two)
_AND_TITLE_CUT = linear.compile(r"^\s*,?\s+and\s+(?:Mr|Mrs|Ms|Dr)\s*$")
# "... to A and B", "to A, B and C", "to the fiddler A and to B": the others joined to the one named last (each named
# by a name, a description of up to four words before it allowed), ending the people as ``_AND_ANOTHER`` does;
# "introduced A and B to C": the one they were introduced to, after the two
# ("to A and B one quiet Tuesday at the bar": when, told by "one" and a day or time of day, before where, as
# ``_BEFORE_OCCASION`` reads it; a day's name is read as a mention)
_PEOPLE_END = (
    r"(?:\s*[,.;:]|\s+(?:at|during|on|in|over|backstage|after|when|while|where|who)\b|\s*$"
    rf"|\s+one\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:(?i:night|evening|morning|afternoon|day|weekend|{WEEKDAY_NAMES})\b|@\d+))"
)
# ("to A and her producer, B, at ...": the last told by whose relation they are, the name set off by commas or not)
# ("to Mr A, Ms B and Mrs C": each maybe with the courtesy title the page gives them)
# ("to fiddler A and Breton harpist B": the trade before the name with no article, as terse copy writes it, a
# capitalised word of where from or what kind maybe before it)
_MORE_JOINED = linear.compile(
    rf"^(?P<more>(?:\s*,\s*(?:{ADDRESS}\s+)?@\d+){{0,8}}\s*,?\s+and\s+(?:to\s+)?(?:(?:the|a|an)\s+"
    rf"(?:[a-z][\w-]*\s+){{0,3}}|(?:his|her|their)\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*(?:\s*,)?\s+|{ADDRESS}\s+"
    rf"|(?:\p{{Lu}}[\w&-]*\s+)?(?:{PERSON_ROLE})\s+)?"
    r"@\d+)" + _PEOPLE_END
)
# "was introduced to A and B by X", "to A, B and C by X": the passive's others, all that stands between the one it was
# introduced to and its introducer
# ("to Mr A and Mr B by X": each maybe with the courtesy title the page gives them)
_PASSIVE_JOINED = linear.compile(
    # ("introduced to B and C, by X": the introducer set off by a comma)
    rf"^(?P<more>(?:\s*,\s*(?:{ADDRESS}\s+)?@\d+){{0,8}}\s*,?\s+and\s+(?:{ADDRESS}\s+)?@\d+)\s*,?\s*$"
)
# "introduced A, B and C (to one another)": a list of three or more, all introduced at once (the first after the one
# named first read as the second of the two, the rest as more)
# ("introduced Ms A, Mr B and Mrs C": each maybe with the courtesy title the page gives them)
_LISTED = linear.compile(
    rf"^(?P<listed>\s*,\s*(?:{ADDRESS}\s+)?(?P<first>@\d+)"
    rf"(?P<others>(?:\s*,\s*(?:{ADDRESS}\s+)?@\d+){{0,7}}\s*,?\s+and\s+(?:{ADDRESS}\s+)?@\d+)"
    r"(?:\s+to\s+(?:each\s+other|one\s+another))?)" + _PEOPLE_END
)
# "introduced A, the Welsh drummer B and the guitarist C to one another": the same list with what each one is before
# their name (an article and up to three words), read only when "to one another" closes it, so that a description
# cannot be an apposition to the name before it
_LIST_WHAT = r"(?:(?:the|a|an)\s+(?:[A-Za-z][\w-]*\s+){1,3})?"
# "A, B and C were all introduced by X": the first of a list of three or more opening the sentence, before the two the
# passive's subject reads ("A" here: each one named, set off by commas, and nothing before them)
_LISTED_BEFORE_PASSIVE = linear.compile(
    rf"^\W*(?P<more>(?:(?:{ADDRESS}\s+|{_LIST_WHAT})@\d+\s*,\s*){{1,7}})(?:{ADDRESS}\s+|{_LIST_WHAT})?$"
)
# ("introduced A, B and their bandmate C to one another": one told by whose relation they are, a possessive and a
# word or two before the name, which ``_with_more`` passes over)
_LIST_WHOSE = r"(?:(?:the|a|an)\s+(?:[A-Za-z][\w-]*\s+){1,3}|(?:his|her|their|@\d+(?:'s)?)\s+(?:[a-z][\w-]*\s+){1,2})?"
_LISTED_DESCRIBED = linear.compile(
    rf"^(?P<listed>\s*,\s*{_LIST_WHOSE}(?P<first>@\d+)(?P<others>(?:\s*,\s*{_LIST_WHOSE}@\d+){{0,7}}\s*,?\s+and\s+"
    rf"{_LIST_WHOSE}@\d+)\s+to\s+(?:each\s+other|one\s+another))" + _PEOPLE_END
)
# "to her band - A, the bassist B and the drummer C - by X": the rest of a list set off by dashes after the first
_DASH_OPENED = linear.compile(r"\s-\s+$")
_DASHED_LIST = linear.compile(
    rf"^(?P<more>(?:\s*,\s*{_LIST_WHAT}@\d+){{0,7}}\s*,?\s+and\s+{_LIST_WHAT}@\d+)\s+-\s*,?\s*$"
)
# "introduced A and B to C", "to C and to the producer D", "to C, D and E": the one or more they were introduced to,
# after the two (each maybe described first, "to" maybe said again before each)
_TO_WHAT = r"(?:to\s+)?(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3})?"
_MORE_TO = linear.compile(
    r"^(?P<more>\s+to\s+(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3})?@\d+"
    rf"(?:(?:\s*,\s*{_TO_WHAT}@\d+){{0,7}}\s*,?\s+and\s+{_TO_WHAT}@\d+)?)" + _PEOPLE_END
)
# "introduced A and B to C and ...": whom the two were introduced to goes on in a way not read as a list (left out)
_TO_MORE_UNREAD = linear.compile(
    r"^\s+to\s+(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3})?@\d+\s*,?\s+and\s+(?:to\s|the\s|a\s|an\s|@\d)"
)
# "X later returned the favour, introducing A to B": a participle whose subject is the subject of the short clause
# before it (which names no one else)
# ("X changed that, bringing them together at ...", "..., putting A and B in touch": the same in other words)
_PARTICIPLE = linear.compile(
    rf"(?P<by>{_P})\s+{_ADVERBS}[a-z][\w'-]*(?:\s+[a-z][\w'-]*){{0,4}}\s*,\s*{_ADVERBS}(?:introducing\s+"
    rf"(?:{_DESCRIPTION})?(?P<a>{_P})(?:\s+(?:and|to)\s+(?:{_DESCRIPTION})?(?P<b>{_P}))?"
    rf"(?:\s+to\s+(?:each\s+other|one\s+another))?"
    rf"|(?:bringing|putting)\s+(?P<hooked>{_P})(?:\s+and\s+(?P<also>{_P}))?\s+(?:together|in\s+touch)\b)"
    rf"(?P<rest>[^.!?;]{{0,300}})"
)
# "X had been trying to get the two into one room for years, and finally introduced them at ...": the subject's
# second verb, joined by "and" after a verb phrase of its own (whose objects are checked on the match: no one else
# named, who might be the subject)
_AND_INTRODUCED = linear.compile(
    # ("X had heard her at a talent show in Hull and put the two singers in touch": the same in other words, the two
    # as one plural, checked on the match)
    # ("X played A's demo beside one by B, then put the two of them in touch": the second verb after "then")
    rf"(?P<by>{_P})(?:\s*,)?\s+(?P<first>[a-z][^.!?;:@\"]{{0,160}}?(?:{_P}[^.!?;:@\"]{{0,160}}?){{0,2}})(?:,?\s+and|\s*,\s*then)\s+"
    rf"{_ADVERBS}(?:introduc(?:ed|es)\s+(?:{_DESCRIPTION})?(?P<a>{_P})(?:\s+(?:and|to)\s+(?:{_DESCRIPTION})?(?P<b>{_P}))?"
    rf"(?:\s+to\s+(?:each\s+other|one\s+another))?|(?:put|puts)\s+(?P<hooked>{_P})\s+in\s+touch"
    # ("X sent her a demo and put her in touch with B": one in touch with another)
    rf"(?:\s+with\s+(?:{_DESCRIPTION})?(?P<touched>{_P}))?)"
    rf"(?P<rest>[^.!?;]{{0,300}})"
)
# "The partnership between the two began with a chance meeting, arranged by their A&R X at ...": a first meeting of
# the two, which someone arranged, is their introduction
_MEETING_ARRANGED = linear.compile(
    rf"(?P<a>{_P})(?:\s+and\s+(?P<b>{_P}))?\s+{_ADVERBS}(?:began|started)\s+with\s+(?:a|an|their)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?:first\s+)?(?:meeting|encounter)\s*,?\s+"
    r"(?:arranged|set\s+up|brokered|engineered|organi[sz]ed)\s+by\s+"
    rf"{_DESCRIPTION}(?P<by>{_P})(?P<rest>[^.!?;]{{0,300}})"
)
# Where the subject of such a sentence stands: at its start, after a description set off by a comma before it
# ("Her manager, X, had been ...", "A former flatmate of Bell's, X, ..."), or after what they are ("the poet X")
_SUBJECT_START = linear.compile(
    r"(?:^|[.;:!?])\W*(?:(?:[A-Za-z][\w'-]*|@\d+'s)(?:\s+(?:[a-z][\w'-]*|@\d+'s)){0,6}\s*,\s*)?"
    # ("The Marseille radio host X": a place's word, capitalised, may describe them first)
    r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[A-Za-z][\w'-]*\s+)?(?:[a-z][\w'-]*\s+){1,3})?$"
)
# "It was X who made the introduction between the two, at ...", "X made the introduction of A to B": the introduction
# as a noun, the two after "between" or "of"
# ("X, the band's roadie, was the one who made the introduction": an apposition and a cleft on the introducer, as
# with the verb)
_MADE_BETWEEN = linear.compile(
    rf"(?P<by>{_P})(?:\s+(?:himself|herself))?{_BETWEEN}\s*(?:{_CLEFT_BE}the\s+(?:one|person)\s+who\s+|who\s+)?"
    rf"{_ADVERBS}(?:made|did|handled|arranged)\s+the\s+"
    rf"introduction\s+(?:between|of)\s+(?P<a>{_P})(?:\s+(?:and|to)\s+(?P<b>{_P}))?(?P<rest>[^.!?;]{{0,300}})"
)
# "The introduction between the two was made by X at ...": the same in the passive
_BETWEEN_MADE_BY = linear.compile(
    rf"\b(?i:the)\s+introduction\s+(?:between|of)\s+(?P<a>{_P})(?:\s+(?:and|to)\s+(?P<b>{_P}))?\s+"
    rf"(?:was|had\s+been)\s+(?:made|done|arranged|handled)\s+by\s+{_DESCRIPTION}(?P<by>{_P})(?P<rest>[^.!?;]{{0,300}})"
)
# "converge on the introduction of A to B by X at ...": the same as a noun phrase with its agent, no verb (both people
# named: "the introduction of A by X" may present one person to an audience)
_INTRODUCTION_BY = linear.compile(
    rf"\b(?i:the)\s+introduction\s+(?:between|of)\s+(?P<a>{_P})\s+(?:and|to)\s+(?P<b>{_P})\s+"
    rf"by\s+{_DESCRIPTION}(?P<by>{_P})(?P<rest>[^.!?;]{{0,300}})"
)
_RELATIVE_NEXT = linear.compile(r"\s*,\s*who\s")
_WHOSE = frozenset({"his", "her", "their"})
_COMMA_INTRODUCING = linear.compile(r"\s*,\s*introducing\s")
# "X, then introduced ...": a comma and "then" before the verb, which end a phrase the name was the last of
_COMMA_THEN = linear.compile(r"\s*,\s*then\s")
# "Their mentor, the songwriter X, then put ...": the name ends an apposition to a description that opens the sentence,
# so it is the subject, and "then" goes on to its verb
_OPENING_APPOSITION = linear.compile(
    r"^\W*(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|@\d+'s)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}\s*,\s*"
    r"(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z][\w'-]*\s+){0,3}$"
)
# Where a clause starts: what stands before its subject.
_CLAUSE_START = linear.compile(r"(?:^|[.;:!?]|,|\b(?i:and|but|then|so))\s*$")
# A word for what someone does ("host", "producer"), which a description ends with.
_ROLE = "(?:" + "|".join(sorted(ROLE_NOUNS)) + ")"


def _about(group: str) -> str:
    """A relative clause about one of the two set off by commas, or an apposition that says what they are ("A, a
    Galway-born singer then working nights, and B, a guitarist from Kumasi, were introduced"), in ``group`` (the
    apposition's names must be no one's: checked on the match, see ``_describes_no_one``)."""
    return (
        # ("A, whose first book B had carried for years, was introduced": a relative clause of whose, about A too)
        rf"(?:\s*,\s*(?:(?:who|whose)\s[^,;.!?]{{0,100}}?|(?P<{group}>(?:a|an|the|his|her|their)\s(?:[^,;.!?@]|{_P}){{1,100}}?))"
        r"\s*,)?"
    )


# Verbs of an aside telling who tells or learns what the sentence says ("X, Emre learns, had been ...")
_TELLS_ASIDE = (
    r"(?:learns|learned|learnt|discovers|discovered|says|said|recalls|recalled|explains|explained|notes|noted|"
    r"admits|admitted|reveals|revealed|adds|added|insists|insisted"
    # ("X and Y, Tamsin informs me, were introduced": who tells the writer, the writer as the object)
    r"|(?:tells|told|informs|informed|assures|assured)\s+(?:me|us|@\d+))"
)
_PASSIVE_SUBJECT = (
    # "A and her co-writer B were introduced by": whose co-writer is a pronoun's, not a third person
    # ("A, who was then a student, and B, who ..., were introduced": a relative clause about each of the two)
    # ("A and the Polish singer B were introduced": what the second is, before the name, which may say where from;
    # "A and the Danish cellist B, who were brought together by": a role noun after "the" and up to two words)
    # ("A, a singer from Cork, and B, a guitarist, were introduced": an apposition about each, naming no one)
    # ("A and her co-writer, the Lagos guitarist B, were introduced": the relation, then the one named in apposition,
    # what they are after "the" or "a"; the apposition closes with a comma, checked on the match)
    rf"(?P<a>{_P}){_about('about_a')}(?:\s+and\s+(?:(?:(?P<whose>{_P})|his|her|their|the)\s+(?:[A-Za-z][\w-]*\s+)?"
    r"[A-Za-z][\w-]*(?:\s+|(?P<b_opened>\s*,\s*(?:(?:the|a|an)\s+(?:[A-Za-z][\w-]*\s+){0,3})?))"
    # ("Mr A and Ms B were introduced": a courtesy title before the second, as before the first)
    # ("Madame A and Monsieur B were introduced": any title of address, in the languages a page quotes)
    rf"|the\s+(?:[A-Za-z][\w-]*\s+){{0,2}}{_ROLE}\s+|(?:{ADDRESS}|Mx)\s+)?(?P<b>{_P}){_about('about_b')})?"
    # "Kessinger, in turn, was introduced": a short aside without names between the subject and its verb
    # ("Ostrowska, for her part, was introduced": the aside may say whose with a pronoun, checked on the match)
    # ("A and B, then students at the Conservatorio, were put in touch": what the two were then, which may name where,
    # checked on the match: see ``_names_a_place``)
    # ("Zawadzki, Wójcik's producer since her debut, had been introduced": an apposition of whose relation the subject
    # is, which describes the subject and names no second one)
    # ("Haddad, Emre learns, had been put in touch": an aside of who tells or learns it, no party of it)
    # ("Gagnon, her producer since her first EP, had been introduced": the relation a description of the subject, read
    # as one mention; checked on the match)
    rf"(?:\s*,\s*(?:{_P}\s+{_TELLS_ASIDE}|(?P<aside>(?:[a-z][\w'-]*|{_P}'s|{_P})(?:\s+(?:[a-z0-9][\w'-]*|{_P})){{0,6}}))\s*,)?"
    # ("Her parents, A and B, were introduced": the comma closing the two named in apposition to a plural before
    # them; checked on the match, see ``_PLURAL_BEFORE``)
    # ("The three people who made it - A, B and C - were introduced": the list closed by a dash, checked on the match
    # to have opened after a plural subject, see ``_DASHED_AHEAD``)
    r"(?P<closed>\s*,|\s+-)?"
    # "A and B, who were introduced by X at ..., have ...": the passive in a relative clause about the two
    # ("De Smedt himself was introduced": the subject stressed)
    # ("A and B, a Leeds pair who had been introduced": the two named as a pair in apposition, then the relative clause)
    rf"(?:\s+(?:himself|herself|themselves))?(?:\s*,\s*(?:(?:a|an|the)\s+(?:(?:[a-z][\w'-]*|{_P})\s+){{0,3}}"
    r"(?:pair|duo|couple|twosome)\s+)?who)?\s+"
    # ("Marchetti had herself been introduced": the subject stressed)
    # ("A and B are introduced by X": the story told in the present)
    rf"(?:were|was|are|is|had\s+(?:(?:himself|herself|themselves)\s+)?been|have\s+been|has\s+been|got|first\s+got"
    # ("A joined the following year, having been introduced to B by X": the subject's participle clause after a main
    # clause that names no one)
    r"|(?P<having>[a-z][^@,;:.!?\"()]{0,80}?,\s+having\s+(?:first\s+|already\s+|previously\s+)?been))\s+"
    # ("A and B were connected by X", "A was set up with B by X": an introduction in other words; "set up" only
    # with someone, checked on the match: "A was set up by X" is a trap)
    # ("A had been put in touch with B by X": the idiom, only with someone)
    # ("A and B were brought together by X": the same, the two as subject)
    # ("A was in turn introduced", "A was later put in touch": an adverb before the participle, as before a verb)
    # ("they were put together by their teacher": "put together" as "brought together", the two as subject, checked on
    # the match as "brought together" is: "the band was put together by X" is assembling it)
    # ("A, B and C were all introduced by X", "were both introduced": a quantifier of the subject, floated after the
    # auxiliary)
    rf"(?:(?P<floated>all|both)\s+)?{_ADVERBS}(?P<verb>introduced|connected|set\s+up|put\s+in\s+touch|brought\s+together|put\s+together)"
    # ("A was introduced to her coach, the Dover swimmer X, by Y": a relation of someone's by a pronoun, then the one
    # introduced named in apposition, closed by a comma; whose the relation is, is checked on the match)
    rf"(?:\s+(?P<prep>to|with)\s+(?:each\s+other|one\s+another|(?:(?P<to_owner>{_P})\s+(?:[a-z][\w'-]*\s+){{0,2}}?"
    rf"[a-z][\w'-]*\s*,\s*(?:the\s+(?:[A-Za-z][\w'-]*\s+){{0,3}}?)?|{_DESCRIPTION})?(?P<to>{_P})))?"
    rf"(?P<middle>[^.!?;]{{0,80}}?)\s+(?:by|through|via)\s+"
)
# "Her parents, ", "The band's founders, ": a plural of people, opening a clause, whom the two named after the comma are
# ("The two songwriters at its heart, ": the plural may say where they stand with a short phrase; "The two
# songwriters" read as one mention of the pair, its people checked on the match: see ``_plural_opened``)
_PLURAL_BEFORE = linear.compile(
    r"(?:^|[.;:]\s*|\b(?:and|but|so)\s+)\W*(?:(?:@\d+|(?i:the|his|her|their|its|my|our))\s+(?:[a-z][\w'-]*\s+){0,2}?"
    r"[a-z][\w'-]*s|(?P<two>@\d+))(?:\s+(?:at|in|of|behind)\s+(?:its|the|their|this|that)\s+[a-z][\w'-]*)?\s*,\s*$"
)
# ("by Vantongeren herself, at a jam session": the introducer stressed, then where)
# ("by X, Ms. Y's brother, at ...": a courtesy title's full stop, left in the skeleton before a name, ends no sentence)
_PASSIVE_BY = (
    rf"(?P<by>{_P})(?:\s+(?P<stress>himself|herself|themselves)\s*,?)?"
    rf"(?P<rest>(?:\b(?:Mr|Mrs|Ms|Mx|Dr)\.\s+@|[^.!?;]){{0,300}})"
)
# ("by Ana's landlady in Munich, Frau X": whose relation, where, then the introducer in apposition; the name after
# "in" or "from" must be a place, checked on the match)
_PLACED_DESCRIPTION = (
    r"(?:(?:the\s+)?@\d+'s\s+|(?:the|a|an|his|her|their)\s+)(?:[\w'&-]+\s+){1,3}(?:in|from)\s+(?P<placed>@\d+)\s*,\s*"
    r"(?:[\w'-]+\s+){0,2}"
)
_PASSIVE = linear.compile(
    # ("by the DJ and radio host X": a description of two roles)
    rf"{_PASSIVE_SUBJECT}(?:{_PLACED_DESCRIPTION}|{_DESCRIPTION}(?:and\s+(?:[\w'-]+\s+){{0,2}}{_ROLE}\s+)?){_PASSIVE_BY}"
)
# "He was set up with A by her sister-in-law, Yasmin El-Amrani, at ...": a relation of someone's by a pronoun, then the
# introducer named in apposition (read where the passive's introducer is that pronoun: see ``introductions``)
_PASSIVE_KIN = linear.compile(
    # ("by her pastor, the Reverend X, at ...", "by his cousin, the fiddler X": what the one named is, after "the")
    # ("by her A&R at the time, X": a trade's word of initials, and what they were then, before the comma)
    rf"{_PASSIVE_SUBJECT}(?P<kin>{_P})\s+(?:[a-z][\w'-]*\s+){{0,2}}?(?:[a-z][\w'-]*|\p{{Lu}}{{1,3}}&\p{{Lu}}{{1,3}})"
    r"(?:\s+at\s+the\s+time)?\s*,\s*"
    # (a title the mentions leave out of the name, "Reverend", stays a word of its own, capitalised)
    # ("by her tutor, Professor X": a title before the name, which the mentions leave out of it)
    rf"(?:the\s+(?P<kin_what>(?:[A-Za-z][\w'-]*\s+){{0,2}})|(?:Professor|Prof|Dr|Mrs|Mr|Ms|Miss|Mx)\.?\s+)?{_PASSIVE_BY}"
)
# When, between a meeting and its means: "met B in early 2020 through X", "whom she had met a year earlier through X"
_MET_WHEN = (
    r"(?:(?:in\s+(?:early\s+|late\s+|mid-)?\d{4}|(?:(?:a|one|two|three|four|five|a\s+few|a\s+couple\s+of|several|some)\s+"
    r"(?:days?|weeks?|months?|years?)|days|weeks|months|years)\s+(?:earlier|before|later|ago))\s+)?"
)
# Trades of people who bring musicians together, besides the musical roles: what an introducer is often described as.
_GO_BETWEENS = frozenset(
    {"promoter", "booker", "agent", "publicist", "teacher", "landlady", "landlord", "publisher", "scout", "impresario"}
)


# Whom one is to someone, before their name, in "met through her old flatmate, X" ("boss" only in a relative clause,
# "whom B met through their label boss, X": "A met B through her label boss, X, at a dinner after the Y" would be
# reported with the occasion cut before a name that may be an event's)
# (whom one works for or lives with, and kin: besides the words for what people do)
_MET_RELATION = (
    r"friend|manager|agent|producer|teacher|tutor|colleague|flatmate|housemate|roommate|bandmate|neighbour|"
    r"neighbor|landlady|landlord|cousin|aunt|uncle|niece|nephew|wife|husband|girlfriend|boyfriend|"
    # (close kin, as the wider family is: "through Marcus's sister, X"; not yet a parent or grandparent: "she met Reed
    # through her grandfather, X. He introduced them at Y" came out without Y, whose sentence this reading does not
    # join, a wrong fact where the sentence alone had been left out)
    r"sister|brother|son|daughter|stepmother|stepfather|sister-in-law|"
    r"brother-in-law|" + "|".join(sorted(_GO_BETWEENS))
    # ("met through their publisher, X": one whose trade is bringing musicians together)
)
# (a role shared with someone, "co-writer", "co-producer", is a role too)
_MET_RELATION_WORD = linear.compile(rf"^(?:co-)?(?:{_MET_RELATION}|{PERSON_ROLE}|collaborator)$")
# "A and B met through their friend X", "A met B through X": an introduction when X is someone of the page
# ("A met Mr B through X": the one met with the title of address the page gives them)
# ("A met her co-writer, B, through ...": whom B is to A, set off before the name, its last word a relation or a role,
# checked on the match)
# ("A and B, the band's bassist, met through X": what the second of the two is, set off by commas before the verb)
# (or a description the page reads as a mention of its own, "the bassist": checked on the match to mean no one else)
# ("A and B, a Finnish poet who had moved to Stockholm to study, met through X": where B is from, capitalised, and a
# relative clause of B's; the places and things it names checked on the match to be no one)
# ("A and the Italian songwriter B met through X": what B is, before the name, its last word a role, checked on the
# match, where they are from one capitalised word)
_SUBJECT_DESCRIBED = r"(?P<b_before>(?:the|a|an)\s+(?:\p{Lu}[\w-]*\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+)?"
_SUBJECT_APPOSED = (
    r"(?:\s*,\s*(?:(?:the|a|an|his|her|their|@\d+'s)\s+(?P<b_what>(?:\p{Lu}[\w-]*\s+|@\d+\s+)?(?:[a-z][\w'-]*\s+){0,3}?"
    r"[a-z][\w-]*(?:\s+(?:who|whose)\s(?:[^@,;.()\"]|@\d+){1,160}?)?)|(?P<b_appo>@\d+))\s*,)?"
)
_MET_VIA = linear.compile(
    rf"(?P<a>{_P})(?:\s+and\s+(?:{ADDRESS}\s+|{_SUBJECT_DESCRIBED})(?P<b>{_P}){_SUBJECT_APPOSED})?\s+{_ADVERBS}met\s+"
    # ("A met the producer, B, through ...": whom B is, read as a description of B's, set off before the name; checked
    # on the match)
    rf"(?:(?:{ADDRESS}\s+|(?P<to_what>(?:his|her|their)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s*,\s*"
    rf"|(?P<to_described>{_P})\s*,\s*)?(?P<to>{_P})"
    r"(?P<to_closed>\s*,)?\s+)?"
    rf"{_MET_WHEN}(?:through|via)\s+"
    # ("through the choir director X": what someone does, after "the"; "the DJ X", a role written in capitals)
    # ("through Marcus's sister, X": whose relation, by a possessive name)
    # ("through a cousin of his, X": whose relation, told after it by "of" and a possessive pronoun or name, then the
    # comma of the apposition that names them)
    # ("through their shared booking agent, X": one the two have in common, "shared" as "mutual", before a word of what)
    rf"(?P<role>(?:(?:a|the|their|a\s+mutual|our|his|her)\s+|{_P}'s\s+)?(?:mutual\s+|shared\s+)?(?:[\w-]+\s+)?(?:{_MET_RELATION}|"
    rf"(?i:{PERSON_ROLE}))(?:\s+of\s+(?:his|hers|theirs|ours|mine|{_P}'s)\s*,)?\s*,?\s+"
    # "through their mutual friend, the anime director X,": an apposition that says what the friend is (its last
    # word a role, checked on the match)
    # ("through a mutual friend, the Radio Nord presenter X,": whose the friend's work is, an outlet's name of two
    # capitalised words the page reads as no one (one may be a surname it did not mark), or a name that is no one's,
    # checked on the match)
    # ("through their mutual friend, the Chilean songwriter X,": where the friend is from, one capitalised word)
    rf"(?P<what>(?:the|a|an)\s+(?:\p{{Lu}}[\w-]*\s+(?:\p{{Lu}}[\w-]*\s+)?)?(?:(?:[a-z][\w-]*|{_P})\s+){{0,2}}?[a-z][\w-]*\s+)?)?(?P<by>{_P})(?P<rest>[^.!?;]{{0,300}})"
)
# "A, B and the producer ": names before a subject, joined to it (the subject a list, of which it is the last)
# (not ", and they met": a clause of its own; nor "In Leeds, A met": a place before a comma)
# "A, B and C were introduced": the members of a list before the last two, opening the sentence (or a clause after a
# semicolon), each a name and a comma
_LIST_AHEAD = linear.compile(r"(?:^|[;:]\s*|[.!?]\s+)\W*(?P<more>(?:@\d+\s*,\s*){1,6})$")
# (a list of names opening the sentence before the first of the two, its last member perhaps told by what they are:
# "A, the drummer B and C")
_LISTED_AHEAD = linear.compile(
    r"(?:^|[;:]\s*|[.!?]\s+)\W*(?:@\d+\s*,\s*)*(?P<last>@\d+)\s*,\s*(?:(?:the|a|an|his|her|their)\s+)?"
    r"(?:[a-z][\w'-]*\s+){0,3}$"
)
_LISTED_BEFORE = linear.compile(r"@\d+\s+and\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3})?$")
# "A and B met through X, a promoter known for matchmaking, at a party in Oslo": a new name, then an apposition that
# says what they are (its first words hold a word for what one person does, checked on the match), then where
# ("met through X, the manager they now share, at a showcase": the same with "the", what they are to the two)
_MET_VIA_DESCRIBED = linear.compile(
    rf"(?P<a>{_P})(?:\s+and\s+(?:{ADDRESS}\s+)?(?P<b>{_P}){_SUBJECT_APPOSED})?\s+{_ADVERBS}met\s+(?:(?:{ADDRESS}\s+)?(?P<to>{_P})\s+)?(?:through|via)\s+(?P<by>{_P})\s*,\s*"
    rf"(?P<appo>(?:a|an|the)\s[^;.!?]{{0,200}}?),\s*(?P<rest>(?:at|during)\s[^.!?;]{{0,300}})"
)
# "A, whom B met through their mutual friend the photographer X at ...": the same in a relative clause
# ("A, the Colombian producer B met through X": the same in a contact clause, after what A is, with no "whom")
_WHOM_MET = linear.compile(
    # (or what A is read as a description of A's: checked on the match)
    rf"(?P<a>{_P})\s*,\s*(?:(?:whom|who)\s+|(?:the|a|an)\s+(?:(?:[a-z][\w-]*|{_P})\s+){{0,2}}?[a-z][\w-]*\s+"
    rf"|(?P<apposed_a>{_P})\s+)(?P<b>{_P})\s+{_ADVERBS}met\s+{_MET_WHEN}(?:through|via)\s+"
    # ("through the Antwerp producer X": what someone does, after "the")
    # ("through their label boss, X": whom one works for, as a manager is)
    # ("whom B met through X": a bare name, when X is someone of the page, checked on the match)
    rf"(?P<role>(?:(?:a|the|their|our|his|her)\s+)?(?:mutual\s+|shared\s+)?(?:[\w-]+\s+)?(?:{_MET_RELATION}|boss|"
    # ("through a mutual friend, songwriter X": what the friend does told before the name with no article, as terse
    # copy writes it)
    rf"(?i:{PERSON_ROLE}))\s*,?\s+(?:(?:(?:the|a|an)\s+[\w-]+|(?i:{PERSON_ROLE}))\s*,?\s+)?)?(?P<by>{_P})"
    rf"(?P<rest>[^.!?;]{{0,300}})"
)
# "through her flatmate at the time, a drummer called X": someone's relation, then an apposition that names them
_CALLED = (
    r"(?:his|her|their|our|my|a|a\s+mutual)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?:\s+(?:at\s+the\s+time|then))?"
    r"\s*,\s*(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}?(?:called|named)\s+"
)
# "A met B through ...", "A, whom B met through ...", with the introducer so named
_MET_CALLED = linear.compile(
    rf"(?P<a>{_P})(?:\s+and\s+(?:{ADDRESS}\s+)?(?P<b>{_P}))?\s+{_ADVERBS}met\s+(?:(?:{ADDRESS}\s+)?(?P<to>{_P})\s+)?(?:through|via)\s+"
    rf"(?P<role>{_CALLED})(?P<by>{_P})(?P<rest>[^.!?;]{{0,300}})"
)
_WHOM_MET_CALLED = linear.compile(
    rf"(?P<a>{_P})\s*,\s*(?:whom|who)\s+(?P<b>{_P})\s+{_ADVERBS}met\s+(?:through|via)\s+"
    rf"(?P<role>{_CALLED})(?P<by>{_P})(?P<rest>[^.!?;]{{0,300}})"
)
# "X dragged me to the after-party and said, 'Ann, this is Bea'": an introduction told by presenting someone
_PRESENTED = linear.compile(
    rf"(?P<by>{_P})\s+{_ADVERBS}(?:took|dragged|brought|walked|pulled|led)\s+(?P<a>{_P})\s+"
    rf"(?:(?:over\s+)?to\s+(?P<place>(?:[^@.;!?'\"]|'s\s){{1,100}}?(?:{_P}(?:[^@.;!?'\"]|'s\s){{0,60}}?){{0,3}})\s+)?and\s+said\s*,?\s*"
    rf"'[^'@]{{0,40}}?\bthis\s+is\s+(?P<b>{_P})(?P<rest>)"
)
# "A, whom X had introduced to B at ...": the introduction told in a relative clause about one of the two
# ("A, whom B's manager, X, had introduced to B": the introducer named in an apposition to what they are)
# ("A, the Dutch producer whom X had introduced to B": what A is, the relative clause on it about A)
_WHOM = linear.compile(
    rf"(?P<a>{_P})\s*,\s*(?:(?P<a_what>(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?[a-z][\w-]*|{_P})\s+)?(?:whom|who)\s+(?:[^,;.!?]{{0,60}}?\s|(?P<what>(?:the|a|an|his|her|their|{_P}'s)\s+"
    rf"(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)\s*,\s*)?(?P<by>{_P})(?P<close>\s*,)?\s+{_ADVERBS}introduced\s+to\s+"
    rf"(?:{_DESCRIPTION})?(?P<b>{_P})(?P<rest>[^.!?;]{{0,300}})"
)
# "B, whom X had introduced A to at a fair": the active with its "to" left at the end, where no one follows it
# (a "to" before someone is "introduced A to C", about C, not B)
_OF_ANOTHER = frozenset({"of", "for", "from", "with", "to", "by", "at", "in", "on"})
_WHOM_TO = linear.compile(
    rf"(?P<b>{_P})\s*,\s*(?:whom|who)\s+(?:[^,;.!?@]{{0,40}}?\s|{_P}'s\s+(?:[a-z][\w-]*\s+){{0,2}})?(?P<by>{_P})\s+"
    rf"{_ADVERBS}(?:had\s+|'d\s+)?introduced\s+(?P<a>{_P})\s+to"
    rf"(?P<rest>(?:\s*,|\s+(?:at|during|in|on|backstage|years|when|after|before|over|through)\s"
    # ("whom X had introduced me to a few years before, at a showcase": when, told back, before where)
    r"|\s+(?:a|one|two|three|four|five|a\s+few|a\s+couple\s+of|several|some|many)\s+(?:days|weeks|months|years|"
    r"day|week|month|year)\s+(?:before|earlier|ago)\b)[^.!?;]{0,300})"
)
# "B, to whom A had been introduced at Iceland Airwaves by X": the passive in a relative clause
# ("B, whom A had been introduced to by X": the same with its "to" left at the verb)
_TO_WHOM = linear.compile(
    # ("to whom she'd been introduced": "had" contracted)
    # ("B, an engineer from Osaka, whom A had been introduced to": what B is, set off before the relative clause; a
    # place in it is no one, checked on the match)
    # ("B, the Seoul-based singer whom A had been introduced to": what B is, the relative clause on it, no comma; a
    # description the page resolves, checked on the match to be B's)
    rf"(?P<b>{_P})\s*,\s*(?:(?:(?P<appo>(?:a|an|the)\s+(?:[a-z][\w'-]*\s+){{0,3}}?[a-z][\w'-]*(?:\s+from\s+{_P})?)\s*,\s*)?"
    rf"(?:to\s+whom|whom|who)|(?:(?P<appo_bare>(?:a|an|the)\s+(?:[\w'-]+\s+){{0,3}}?[a-z][\w'-]*)|(?P<described>{_P}))"
    r"\s+(?:to\s+)?whom)"
    rf"\s+(?P<a>{_P})(?:'d\s+been|\s+(?:had\s+been|has\s+been|was|were))\s+(?:first\s+)?"
    r"introduced(?:\s+to\b)?"
    rf"(?P<middle>[^.!?;,]{{0,80}}?)\s+by\s+{_DESCRIPTION}(?P<by>{_P})"
    # (as in _WHO_PASSIVE: the comma closing the introducer's apposition leads on to where, before "at" or "during")
    rf"(?P<rest>(?:\s*,\s*(?:at|during|backstage\s+at)\s)?[^.!?;,]{{0,300}})"
)
# "A, who had been introduced to B by X at the ARIA Awards, says ...": the passive in a relative clause about one
# of the two, which ends at its comma
_WHO_PASSIVE = linear.compile(
    # ("A, an engineer from Limerick, who was introduced to B by X": what A is, set off before the relative clause,
    # as in _TO_WHOM; a place in it is no one, checked on the match)
    rf"(?P<a>{_P})\s*,\s*(?:(?P<appo>(?:a|an|the)\s+(?:[a-z][\w'-]*\s+){{0,3}}?[a-z][\w'-]*(?:\s+from\s+{_P})?)\s*,\s*)?"
    r"who\s+(?:had\s+been|has\s+been|was|were)\s+(?:first\s+|originally\s+)?introduced\s+to\s+"
    rf"(?:{_DESCRIPTION})?(?P<b>{_P})(?P<middle>[^.!?;,]{{0,80}}?)\s+(?:by|through|via)\s+{_DESCRIPTION}(?P<by>{_P})"
    # ("by her teacher, X, at a church supper": the comma that closes the introducer's apposition leads on to
    # where, when an "at" or "during" follows it)
    # ("by X, a DJ at the campus station CISM, during a showcase": an apposition after the introducer, then where;
    # whom it names is checked where the occasion is read, see ``_apposition``)
    rf"(?P<rest>(?:\s*,\s*(?:(?:a|an|the|his|her|their)\s[^,;.!?]{{1,80}}?\s*,\s*)?(?:at|during)\s)?[^.!?;,]{{0,300}})"
)
# "who", which may have an aside after it ("It was Lars who, back in 2019, put A in touch with B")
# ("X is the one who connected A and B": a cleft on the introducer, as with "introduced")
# ("X, who had engineered his early records and put him in touch with B": the relative clause's second verb)
_WHO_ASIDE = (
    rf"(?:(?:{_CLEFT_BE}the\s+(?:one|person)\s+)?who\s+|who\s*,\s*[^,@]{{1,60}}?,\s*"
    rf"|who\s+{AND_NEXT_VERB})?"
)
# "X, an Argentine-Korean who had worked in both cities and who set the two up": an apposition that says who did, its
# relative clause perhaps the second of two joined by "and" (all of it checked on the match as an apposition is)
_APPOSED_WHO = (
    rf"\s*,\s*(?P<apposed>(?:an?|the|his|her|their|{_P}'s)\s+[^,;.!?\"]{{0,60}}?"
    rf"(?:\s+who\s+[^,;.!?\"]{{1,160}}?\s+and)?)\s+who\s+"
)
# "X put A in touch with B", "X brought A and B together": an introduction in other words
# ("X, Sello Dorado's Head of A&R, put ...": an apposition may hold a name that is no one, checked as any is)
_IN_TOUCH = linear.compile(
    # ("She remembers putting the two singers in touch": one's own doing, remembered)
    # ("X, who had sung alongside her in a choir, put her in touch with B": a relative clause about the introducer,
    # as ``_TOGETHER`` allows)
    # ("X, who'd been playing their records, put ...": "who" with its auxiliary contracted onto it)
    rf"(?P<by>{_P})(?:{_DASH_CLOSES}\s+|\s*,\s*(?:who(?:'d|'s)?|whom|whose)\s[^,;]{{0,160}}?,\s*|{_APPOSED_WHO}"
    rf"|\s*,\s*(?:(?P<between>[^,]{{0,60}}?),\s*)?)?\s*{_WHO_ASIDE}{_ADVERBS}"
    # ("X put A and B in touch": the two named, joined)
    rf"(?:put|puts|got|gets|(?:remembers|remembered|recalls|recalled)\s+(?:putting|getting))\s+(?P<a>{_P})"
    rf"(?:\s+and\s+(?P<to>{_P}))?\s+in\s+touch"
    # ("X put them in touch at his party": the two as one plural, with no "with"; checked on the match)
    rf"(?:\s+with\s+(?P<described>{_DESCRIPTION})?(?P<b>{_P}))?(?P<rest>[^.!?;]{{0,300}})"
)
# "X, who had coached both of them, put the two in touch at a gala": the two put in touch with each other, told as one
# plural (checked on the match: no "with" after it, which would name a third)
_IN_TOUCH_BOTH = linear.compile(
    rf"(?P<by>{_P})(?:\s*,\s*(?:who|whom)\s[^,;.!?]{{1,120}}?,)?\s+{_ADVERBS}(?:put|got)\s+(?P<a>{_P})\s+in\s+touch"
    rf"(?:\s+with\s+(?:each\s+other|one\s+another))?(?P<rest>[^.!?;]{{0,300}})"
)
_WITH_NEXT = linear.compile(r"^\s*with\s")
# After the comma of a description before the one named ("with his old teacher, the guitarist X"): nothing, or a
# description of its own, opened by an article or whose
_DESCRIBED_AFTER_COMMA = linear.compile(r"^\s*(?:$|(?:the|a|an|his|her|their|@\d+'s)\s)")
# ("X hooked A and B up", "X hooked them up at a camp": the same in a phrasal verb)
# ("She set them up during Fashion Week", "X connected the two at Glastonbury", "connected A and B": the two joined,
# told as one plural or a pair, with no one after "with" or "to", checked on the match)
# ("it was X, who wrote for a paper and who had heard her sing, who set the two of them up": a relative clause about
# the introducer, which may name places and papers, then the cleft's "who")
# ("X, an old school friend of hers who was then working at a publishing house in Tokyo, connected them": an apposition
# opened by an article may run longer, a relative clause of its own inside, when it names no one: checked on the match,
# see ``_describes_no_one``)
_TOGETHER = linear.compile(
    rf"(?P<by>{_P})(?:{_DASH_CLOSES}\s+|\s*,\s*(?:who|whom|whose)\s[^,;]{{0,160}}?,\s*|{_APPOSED_WHO}"
    r"|\s*,\s*(?:(?:(?P<between>[^,]{0,60}?)|(?P<long_apposed>(?:an?|the|his|her|their)\s[^,]{0,120}?)),\s*)?)?"
    # ("It took X to bring them together": a cleft of "take", the one it took the introducer, checked on the match)
    rf"\s*(?:{_WHO_ASIDE}|(?P<took>to\s+))"
    # ("put the two of them together at a rehearsal": placed side by side, as bringing them together is)
    # ("brought Mr A and Miss B together": a courtesy title before either name)
    rf"{_ADVERBS}(?:(?:brought|put|(?P<bring>bring))\s+(?:{ADDRESS}\s+)?(?P<a>{_P})(?:\s+and\s+"
    # ("brought A and the guitar player B together": what the second one is, told before their name)
    rf"(?:(?:the|a|an|his|her|their)\s+(?:[A-Za-z][\w'-]*\s+){{1,3}}?|{ADDRESS}\s+)?"
    # ("brought the two singers together": one plural; "brought them up" is raising them, no introduction)
    rf"(?P<b>{_P}))?\s+together|hooked\s+(?P<hooked>{_P})(?:\s+and\s+(?P<also>{_P}))?\s+up"
    rf"|(?:set|sets)\s+(?P<setup>{_P})(?:\s+and\s+(?P<setalso>{_P}))?\s+up"
    # ("paired A and B at a writing camp": matched the two, as connecting them does)
    rf"|(?:connected|connects|paired|pairs)\s+(?P<linked>{_P})(?:\s+and\s+(?P<linkedalso>{_P}))?)"
    rf"(?P<rest>[^.!?;]{{0,300}})"
)
# "It took the DJ X to bring them together": the one it took, before "to" (a description of a few words between)
_IT_TOOK = linear.compile(r"\b[Ii]t\s+(?:took|takes|had\s+taken)\s+(?:[\w'-]+\s+){0,4}$")
_JOINED_AFTER = linear.compile(r"^\s*(?:with|to)\s")
# "A wrote the verse, B the bridge, and C put them together in the chorus": what is put together into a part of the
# song is the parts written, not the people who wrote them
_INTO_THE_SONG = linear.compile(
    r"^\s*(?:in|into|for|on)\s+(?:the|a|one|their|his|her)\s+(?:(?:first|second|third|last|final|same|new)\s+)?"
    r"(?:chorus|verse|bridge|hook|refrain|middle\s+eight|outro|intro|melody|lyrics?|song|track|demo|mix)\b"
)
# "X connected A with B at a festival", "X brought A together with a producer from Lodz": the same, told with whom
# the one was joined (a description may come before the second person)
# ("X set me up with Lucía during a camp": the same in a phrasal verb; the words before the second person describe
# them, checked on the match: "set her up with a label run by Y" joins her with no one)
# ("X, who had played A's demos on her show for a year, connected her with B": a relative clause about the introducer,
# as ``_TOGETHER`` allows)
_CONNECTED = linear.compile(
    rf"(?P<by>{_P})(?:{_DASH_CLOSES}\s+|\s*,\s*(?:who|whom|whose)\s[^,;]{{0,160}}?,\s*|{_APPOSED_WHO}"
    rf"|\s*,\s*(?:(?P<between>[^,]{{0,60}}?),\s*)?)?\s*{_WHO_ASIDE}{_ADVERBS}"
    rf"(?:(?:connected|connects|paired|pairs)\s+(?P<a>{_P})\s+{_MET_WHEN}(?:with|to)|(?:brought|brings)\s+(?P<together>{_P})\s+together\s+with"
    rf"|(?:set|sets)\s+(?P<upwith>{_P})\s+up\s+with"
    # ("X made sure A met B during ...", "X arranged for A to meet B": a meeting someone brought about)
    rf"|(?:made|makes|making)\s+sure\s+(?:that\s+)?(?P<sure>{_P})\s+(?:met|meets)"
    rf"|(?:arranged|arranges|arranging)\s+for\s+(?P<arranged>{_P})\s+to\s+meet)\s+"
    rf"(?P<described>{_DESCRIPTION})?(?P<b>{_P})(?P<rest>[^.!?;]{{0,300}})"
)
# "It was X who, in 2017, first put the two artists in the same room": an introduction in other words
# ("I was the one who put them in a room together": the cleft on the introducer, and the room told otherwise)
_SAME_ROOM = linear.compile(
    rf"(?P<by>{_P})\s+(?:who\s*(?:,\s*[^,@]{{0,60}}?,\s*)?|{_CLEFT_BE}the\s+(?:one|person)\s+who\s+)"
    rf"{_ADVERBS}(?:put|got|brought)\s+(?P<a>{_P})"
    rf"(?:\s+and\s+(?P<b>{_P}))?\s+in\s+(?:(?:the\s+same|one)\s+room|a\s+room\s+together)(?P<rest>[^.!?;]{{0,300}})"
)
# "A and B met", "A met B": the two who met (a, b), or one and whom they met (a, to)
# ("A and B first crossed paths", "A crossed paths with B": the same in other words)
_MEETING = (
    rf"(?P<a>{_P})(?:\s+and\s+(?P<b>{_P})\s+{_ADVERBS}(?:met|crossed\s+paths)\b"
    rf"|\s+{_ADVERBS}(?:met|crossed\s+paths\s+with)\s+(?P<to>{_P}))"
)
# "A and B met at the Elbufer Festival, introduced by the booking agent X": the meeting, then who introduced them
# ("They met at a salsa class in Dublin, introduced by their teacher X": the two as one plural subject)
_MET_INTRODUCED = linear.compile(
    rf"(?:{_MEETING}|(?P<met_two>{_P})\s+{_ADVERBS}met)(?P<rest>\s+(?:at|during|backstage\s+at)\s+[^,;.!?]{{1,120}}?)\s*,\s*(?:having\s+been\s+|after\s+being\s+)?"
    rf"introduced\s+(?:to\s+each\s+other\s+)?by\s+{_DESCRIPTION}(?P<by>{_P})"
)
# "A and B met in Oslo, introduced by their friend X, at a gig in Bergen": where only (a place's name) after the
# meeting, then who introduced them, and the occasion after the introducer
_MET_IN_INTRODUCED = linear.compile(
    rf"(?:{_MEETING}|(?P<met_two>{_P})\s+{_ADVERBS}met)\s+in\s+@\d+\s*,\s*(?:having\s+been\s+|after\s+being\s+)?"
    rf"introduced\s+(?:to\s+each\s+other\s+)?by\s+{_DESCRIPTION}(?P<by>{_P})"
    r"(?P<rest>\s*,?\s+(?:at|during)\s[^,;.!?]{1,120}|\s*[.!?;]?\s*$)"
)
# "The man who introduced them, drummer X, had ...": the introducer in an apposition to a relative clause's noun
_NOUN_WHO = linear.compile(
    rf"(?:^|\b)(?i:the)\s+(?:[a-z][\w-]*\s+){{1,2}}who\s+{_ADVERBS}introduced\s+(?P<a>{_P})"
    rf"(?:\s+(?:and|to)\s+(?P<b>{_P}))?\s*,\s*(?:[a-z][\w'-]*\s+){{0,3}}(?P<by>{_P})\s*,(?P<rest>[^.!?;]{{0,300}})"
)
# "..., and he did it at a pub quiz": the introducer doing "it" somewhere, later in the sentence
_DID_IT = linear.compile(r"@(?P<number>\d+)\s+(?:did|made)\s+(?:it|so|the\s+introduction)(?P<after>\s[^.!?;]{0,200})")
# "... introduced them there": where the sentence before said they were
_THERE = linear.compile(r"^\s+there\b")
# A place the clause went to before its "there" ("along to a party", "at her fortieth")
_TO_A_PLACE = linear.compile(r"\b(?:to|at|into)\s+(?:(?:a|an|the|my|our|his|her|their)\s|@\d+'s\s)")
# "I took Kemi along to a party in Leith, and": where someone was taken and by whom, up to the clause's end
# (whose relation the owner is, "my friend X's", not kept)
_TAKEN_ALONG = linear.compile(
    r"(?P<taker>@\d+)\s+(?:took|dragged|brought|invited)\s+@\d+\s+(?:along\s+)?to\s+(?:(?:my|our|his|her|their)\s+[a-z]+\s+)?"
    r"(?P<place>(?:a|an|the|@\d+'s)\s[^,;.!?]{1,120}),\s+(?:and|so)\s+$"
)
# "It happened at a pub quiz.", "That was at a wedding.": the introduction's place told in the next sentence
# ("This was 2018, during a camp in Stockholm": the year first, set off by a comma)
# ("I set them up. We were all at a camp in Hull": the introducer and the two, all three, somewhere)
_HAPPENED = linear.compile(
    r"\s*(?:(?:It|That|This)\s+(?:all\s+)?(?:happened|was|took\s+place)|@\d+\s+were\s+all)"
    r"(?:\s+(?:in\s+)?(?:19|20)\d\d\s*,)?"
    r"(?P<rest>\s+(?:at|during|backstage\s+at)\s"
    r"[^.!?;]{1,200})"
)
_AT_PLACE = linear.compile(r"\s(?:at|during)\s")
# ("At my name day.": the phrase of where alone, no verb of its own)
_WHERE_ALONE = linear.compile(
    r"^\W*(?P<word>At|During)(?P<rest>\s+(?:a|an|the|his|her|their|my|our|@\d+)\s[^.!?;,]{1,120}?)\s*[.!]?\s*$"
)
# A room or part of a place told just before its "at" ("in the back room at the Roundhouse")
_IN_THE_ROOM = linear.compile(r"\bin\s+the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?$")
# ("At a wedding in Oslo."; not "At first.", "At midnight.": a time)
_OPENS_AT = linear.compile(r"^\W*(?P<word>At|During)\s+(?P<what>(?:a|an|the|his|her|their|my|our|its)\s|@\d)")
# "The place?", "And the venue?": a question of where, which the sentence after it answers
_ASKED_WHERE = linear.compile(r"^\W*(?:(?:And|So)\s+)?(?:[Tt]he\s+)?(?i:place|venue|setting|occasion|where)\?\s*$")
# The answer: a phrase with an article or whose it is first, and no verb's clause after it ("Her 30th birthday party.")
_PLACE_ANSWER = linear.compile(
    r"^\W*(?:[Aa]n?|[Tt]he|(?P<whose>@\d+)(?:'s)?)\s+[\w'-]+(?:\s+[\w'@-]+){0,7}\s*[.!]?\s*$"
)
# When only, no where: "in 2019", "that spring"
_WHEN_ONLY = (
    r"(?:(?:in|back\s+in)\s+(?:18|19|20)\d\d|(?:that|this|the\s+next|the\s+following)\s+(?:spring|summer|autumn|fall"
    r"|winter|year|month|week))?[\s,.!]*$"
)
# A clause that ends with its people, or with when only: where is not told there
_ONLY_WHEN = linear.compile(rf"^[\s,]*{_WHEN_ONLY}")
# ", who introduced them in 2015.": the rest of a clause that tells no occasion, when at most, or the introduction
# retold by a relative clause about the introducer with no more
_NO_OCCASION = linear.compile(rf"^[\s,]*(?:who\s+{_ADVERBS}introduced\s+@\d+\s*)?{_WHEN_ONLY}")
_OPENING_SUBJECT = linear.compile(r"^\W*(?:(?:And|But|So|Then)\s+)?@0\s+(?:[a-z]+ly\s+)?[a-z]")


def _about_introducer(clause: Clause, by: str) -> bool:
    """Whether the sentence opens with the introducer as its subject (named, or a pronoun meaning them)."""
    if not clause.mentions or _OPENING_SUBJECT.match(clause.skeleton) is None:
        return False
    return clause.mentions[0].person is not None and fold(clause.mentions[0].person) == fold(by)


# "The introduction was made by the show's casting director, X": of the two the sentence before told were
# introduced (by no one it named) or met
_MADE_BY = linear.compile(
    rf"\b(?i:the)\s+introductions?\s+(?:was|were|had\s+been)\s+(?:made|done|arranged)\s+by\s+{_DESCRIPTION}"
    rf"(?P<by>{_P})"
)
_INTRODUCED_PAIR = linear.compile(
    rf"(?P<a>{_P})(?:\s+and\s+(?P<b>{_P}))?\s+(?:had\s+(?:first\s+)?been|was|were|got)\s+(?:first\s+)?introduced"
    rf"(?:\s+to\s+(?:each\s+other|(?P<to>{_P})))?(?P<rest>[^.!?;]{{0,300}})"
)
# A comma, then a joining word: what follows is another clause, not an apposition naming the one described.
_JOINED = linear.compile(r",\s*(?:and|but|or|so|yet|while|though|although|because|whereas)\s+(?:[\w'-]+\s+){0,3}$")
# "X, an old college friend of Bell's,": an apposition ending on whose friend the one named before it is, where a
# relative clause after it is about that one (the friend), not the owner
_OF_WHOSE_APPOSED = linear.compile(r"@\d+\s*,\s*(?:a|an|the)\s+[^,;:@.!?]{0,60}?\bof\s+$")
_UNSURE_INTRODUCER = "an introduction whose introducer the page does not name for sure is not imported"
_UNSURE_PEOPLE = "an introduction whose people the page does not name for sure is not imported"
# "us" and "we" of a speaker who named whom they mean ("Ines and I ... introduced us"): the two they said, whoever else
# the sentence names before (unlike "the two", which may look back to them)
_FIRST_PLURAL = frozenset({"us", "we"})
_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})


def _writers_we(mention: Mention, speaker: str | None) -> bool:
    """ "and for that we have to thank X, who introduced the two": in the narration, the writer's "we" (no one the
    page names), which is no one "the two" looks back to."""
    return speaker is None and not mention.person and mention.text.lower() == "we"


# A plural that says nothing of whom it means but that they are two ("the two singers" says what they are, which
# the rules reading such a noun weigh)
_BARE_PLURALS = frozenset(
    {"they", "them", "the two", "the pair", "the two of them", "the pair of them", "both of them", "the couple"}
)
_DENIED = "an introduction the page tells as hearsay or denies is not imported"
# An apposition that describes: an article or someone's, then a lower-case word ("a friend of X", "Bell's manager").
# "on Chicago's South Side": a name after a place's possessive, after a preposition of where, is a part of that place
_PLACE_OF_PLACE = linear.compile(r"\b(?:on|in|at|from|near|outside)\s+@\d+'s\s+$")
_DESCRIBES = linear.compile(r"^\s*(?:(?:a|an|the|his|her|their|its)\s+|@\d+'s\s+)[a-z]")
# ("the Ghanaian-born pastor of ...": where they were born, capitalised and so read as a name, before what they are)
_DESCRIBES_PLACED = linear.compile(r"^\s*(?:a|an|the|his|her|their|its)\s+@(?P<placed>\d+)\s+[a-z]")


def _describes(clause: Clause, between: str) -> bool:
    """Whether an apposition opens by saying what someone is ("the pastor of ...", "the Ghanaian-born pastor")."""
    if _DESCRIBES.match(between):
        return True
    opened = _DESCRIBES_PLACED.match(between)
    return opened is not None and placed_word(clause.mentions[int(opened.group("placed"))].text)


# Seating two together: "sat the two of them at the same table", "seated us side by side"
_SEATED = (
    rf"(?:sat|seated)\s+(?P<seated>{_P})\s+(?:down\s+)?"
    r"(?:at\s+the\s+same\s+table|next\s+to\s+each\s+other|side\s+by\s+side)"
)
# "Her pastor, X", "through her old bandmate, X", "B's sister, X": the introducer told as someone's, by a possessive
_OWNED_BY_PRONOUN = linear.compile(r"(?:\b(?i:her|his)|@\d+(?:'s)?)\s+(?:[a-z]+\s+){0,2}[a-z]+\s*,")
# "the boxer's promoter, X": the introducer told as the one of someone the clause names only by a description
# (someone by what they do: "the festival's founder" is no one's)
_OWNED_BY_DESCRIPTION = linear.compile(r"\b(?i:the)\s+(?P<noun>[a-z][\w-]*)'s\s+(?:[a-z]+\s+){0,2}[a-z]+\s*,\s*@\d+")
# "..., who introduced the pair at ...": the introducer introducing the two again, in a clause about them
# ("..., who brought the two of them together at a retreat": the same in other words)
# ("..., who, in the winter of 2017, introduced the pair at ...": when, set off by commas after "who")
# ("..., who introduced A to the producer at ...": the two again, one to the other, each checked on the match)
_AGAIN = linear.compile(
    rf"\b(?:who|and)(?:\s*,\s*[^,@]{{1,60}}?,)?\s+{_ADVERBS}(?:introduced\s+(?P<them>{_P})(?:\s+to\s+(?P<to>{_P}))?|brought\s+(?P<both>{_P})\s+together"
    # ("..., who sat the two of them at the same table at a dinner": seating the two together is the same)
    rf"|{_SEATED}"
    # ("..., who took the pair of them along to a housewarming in Leith": taking the two along to where they met)
    # ("who dragged all three of them along to": how many they are, before the plural)
    rf"|(?:took|brought|dragged)\s+(?:(?:all\s+)?(?:both|two|three|four)\s+of\s+)?(?P<along>{_P})\s+along\s+to)"
    rf"(?P<after>[^.!?;]{{0,300}})"
)
# "A, whom B met through X - he introduced the two of them on a ferry": after a dash, the introduction just told of X
# told again by a pronoun, with where (the pronoun is X's when the page never calls X otherwise, checked on the match)
# ("who B met through X as well: he introduced them at ...": after a colon too)
_DASH_AGAIN = linear.compile(
    rf"^(?:\s+(?:as\s+well|too))?(?:\s+-|\s*:)\s+(?P<he>{_P})\s+{_ADVERBS}introduced\s+(?P<them>{_P})(?P<after>[^.!?;]{{0,300}})"
)
# "..., who introduced A, B and the arranger C to one another": the introducer's own introduction, of three or more
_WHO_INTRODUCED_MORE = linear.compile(
    rf"^\s*,\s*who\s+{_ADVERBS}introduced\s+(?:{ADDRESS}\s+)?{_P}(?:\s*,\s*(?:{ADDRESS}\s+)?{_P})+\s*,?\s+and\s+"
    rf"(?:(?:{ADDRESS}|the\s+[a-z][\w-]*)\s+)?{_P}"
)
# The relative pronoun right after the introducer, whose clause is then theirs
# ("X, a photographer, who", "X, an old friend of B's, who": after an apposition about X that names no one else, or
# whose friend X is, by the double possessive, which a relative clause never leans on)
_WHO_RIGHT_AFTER = linear.compile(
    r"^\s*,\s*(?:(?:a|an|the)\s+(?:[^,;:@.!?\"]{1,60}?|[^,;:@.!?\"]{1,60}?\bof\s+@\d+'s)\s*,\s*)?(?P<who>who)\s"
)
# "A first met B at X; their mutual friend, the stylist C, made the introduction": the introducer told after the
# meeting of the two, in the same sentence
_MADE = linear.compile(rf"(?P<by>{_P})\s*,?\s+{_ADVERBS}(?:made|did|handled)\s+the\s+introductions?\b")
# "How did A and B meet?": the two a question asks about, which the next sentence answers
_MEET_ASKED = linear.compile(rf"\b(?i:did|do)\s+(?P<a>{_P})\s+and\s+(?P<b>{_P})\s+(?:first\s+)?meet\s*\?(?P<rest>)")
_MET_PAIR = linear.compile(rf"{_MEETING}(?P<rest>[^.!?;]{{0,300}})")
# "It was at the Headies afterparty that A met B": the occasion told in a cleft before the meeting
# ", of all places,", ", believe it or not,": the writer's aside on where, set off by commas, no part of it
_WRITERS_ASIDE = (
    r"\s*,\s*(?:of\s+all\s+(?:places|things|days|nights|venues)|believe\s+it\s+or\s+not|"
    r"(?:funnily|oddly|strangely|curiously)\s+enough|of\s+course)\s*,"
)
_MET_CLEFT = linear.compile(
    rf"\b[Ii]t\s+was\s+(?P<phrase>(?:at|during|backstage\s+at)\s+[^,;]{{1,100}}?)(?:{_WRITERS_ASIDE})?\s+that\s+$"
)
# ", on a wet Tuesday night,", ", one cold evening,": an aside of which day or time of day, set off by commas
_DAY_ASIDE = (
    r"\s*,\s*(?i:on|one)\s+(?:(?:a|an|the|that)\s+)?(?:[\w-]+\s+|@\d+\s+){0,3}?"
    rf"(?i:night|evening|morning|afternoon|day|weekend|{WEEKDAY_NAMES})s?"
    # (", one winter night in 2015,": the year of that night, no part of where either)
    r"(?:\s+in\s+(?:18|19|20)\d\d)?\s*,"
)
# "a few months", "two years", "@0 weeks" (a count opening a sentence is read as a name): a span of time counted
_SPAN_COUNTED = (
    r"(?:(?i:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple\s+of|several|some|many)|@\d+)\s+"
    r"(?:days?|weeks?|months?|years?|springs?|summers?|autumns?|winters?)"
)
# "It was at the Fete des Filets in 2014 that the accordionist X introduced": the occasion told in a cleft before
# the introducer (a description of whom may come first)
_INTRODUCED_CLEFT = linear.compile(
    # ("It was here, during a jam session, that ...": the place pointed at, then the occasion set off by commas)
    r"\b[Ii]t\s+was\s+(?:(?:here|there)\s*,\s*(?P<joined>(?:at|during)\s+[^,;]{1,100}?)\s*,"
    r"|(?P<phrase>(?:at|during|backstage\s+at)\s+[^,;]{1,100}?)"
    # ("It was at a poetry slam in Szeged, in the spring of 2019, that ...": when, set off by commas, is no part
    # of where)
    r"(?:\s*,\s*(?:in|back\s+in)\s+(?:the\s+(?:[a-z]+\s+){1,2}of\s+|(?:early|late|mid)[\s-]+|@\d+\s+)?"
    r"(?:18|19|20)\d\d\s*,"
    # ("It was at a bar in Leeds, on a wet Tuesday night, that ...": which day or night, set off by commas, neither)
    rf"|{_DAY_ASIDE}|{_WRITERS_ASIDE}"
    # ("It was at a wake, a few months after that night, that ...": how long after, set off by commas, neither)
    rf"|\s*,\s*{_SPAN_COUNTED}\s+(?:later|earlier|after\s+that(?:\s+[a-z]+)?)\s*,"
    # ("It was at a summer school in Trondheim, where X was teaching and Y were students, that ...": a relative clause
    # on the place, set off by commas, tells what went on there, no part of where)
    r"|\s*,\s*where\s+[^,;:!?\"]{1,150}?,"
    # ("It was at an open mic at the Fox, a bar with six stools, that ...": a noun phrase in apposition to the place,
    # set off by commas, tells what the place is, no part of where)
    r"|\s*,\s*(?:a|an|the)\s+[a-z][^,;:!?\"]{0,150}?,)?)\s+that\s+"
    # ("that his uncle, X, first introduced": the description set off by a comma)
    # ("that publisher X introduced": what the introducer is, without an article)
    # ("that our then chair, Dr X, introduced": the writer's own club's post, by "our")
    r"(?:(?:the|a|an|his|her|their|our|@\d+(?:'s)?)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*,?\s+|(?:[a-z][\w-]*\s+){1,2})?"
    # ("that Mr X introduced": the introducer addressed by a title, which the mention leaves out)
    rf"(?:{ADDRESS}\s+)?$"
)
# "It was through X that A met B"
# ("It was through X, the teacher who ran the folk club, that A and B had first been introduced": an apposition about
# the introducer, checked as any is, and the two in the passive)
_THROUGH_CLEFT = linear.compile(
    # ("It was through A's uncle, the accordionist X, that": whose relation the introducer is, by a name)
    # ("It was by X that A was introduced to B": the passive's agent, clefted as "through" is)
    rf"(?:^|\b)[Ii]t\s+was\s+(?:through|by)\s+(?:{_P}'s\s+)?(?:{_DESCRIPTION})?(?P<by>{_P})"
    # ("It was through X, in turn, that A met B", "through X, too,": an adverb of sequence or addition set off by
    # commas, which says nothing of X)
    # ("through A's uncle, the accordionist X, that": the comma closing an apposition before the introducer)
    rf"(?:\s*,\s*(?:too|also|in\s+turn|as\s+well|again)\s*,|\s*,\s*(?P<between>[^,]{{1,120}}?)\s*,|\s*,)?"
    # ("that A met the film-maker B", "that A met his producer, B": what B is, before B's name)
    # ("that A was introduced to the director B": the one met after the passive's "to")
    rf"\s+that\s+(?P<a>{_P})\s+(?:(?:(?:first\s+)?met|(?:was|were|had\s+been)\s+(?:first\s+)?introduced\s+to)\s+"
    r"(?:(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?"
    # ("that she and B met": the two as one subject of "met", as of the passive)
    rf"[a-z][\w-]*\s*,?\s+)?(?P<b>{_P})|and\s+(?P<to>{_P})\s+(?:(?:had\s+|have\s+)?"
    rf"(?:were\s+|was\s+)?(?:first\s+)?(?:been\s+)?(?:first\s+)?introduced|(?:had\s+)?(?:first\s+)?met)\b)"
    rf"(?P<rest>[^.!?;]{{0,300}})"
)
# "A met B thanks to an introduction from her cousin, the filmmaker X"
_MET_THROUGH = linear.compile(
    rf"(?P<a>{_P})\s+(?:first\s+)?met\s+(?P<b>{_P})\s+(?:thanks\s+to|through|after|via|with)\s+an\s+"
    rf"introduction\s+(?:from|by)\s+(?P<skip>(?:{_P}\s+)?{_DESCRIPTION})"
    rf"(?P<by>{_P})(?:\s*,)?(?P<rest>[^.!?;]{{0,300}})"
)
# "July 2018 - ", "12 June 2019: ", "Late October 2019 - ", "Winter 2018 - ": the date that opens an entry of a
# timeline, then its dash or colon (a month after a day is read as a name: "14 @0 2019: ")
_ENTRY_DATE = (
    rf"^\W*(?:(?i:early|late|mid)[\s-]+)?(?:\d{{1,2}}\s+)?"
    rf"(?:(?:(?i:{MONTH_NAMES}|spring|summer|autumn|fall|winter)|@\d+)\s+)?(?:\d{{1,2}},?\s+)?"
    r"(?:18|19|20)\d\d\s*(?:-|:)\s"
)
# An occasion told at the start of the clause, before the people: "In 2015, at a party in Oslo, X introduced"
# ("..., so at Iceland Airwaves I introduced": after a joining word, the comma may be left out)
# A room or building of someone's where people meet ("her studio", "their kitchen")
_OWN_VENUE = "(?:" + "|".join(sorted(VENUE_NOUNS)) + ")"
_FRONTED = linear.compile(
    # ("In the autumn of 2019, during a camp in Oslo, ...", "But the following spring, at ...": when, told first, is
    # no part of where; "March 2018 - At a showcase in Accra, X introduced": after a timeline entry's date and dash,
    # as after a colon)
    # ("Then, at the festival, it was X who ...": the joining word may be set off by a comma)
    # ("..., and a month later, in her studio, she introduced": a clause joined on, its time and where told first)
    rf"(?:(?:^|[;:]\s*|\.\s+|,\s+(?:and|but|so|then)\s+|{_ENTRY_DATE}\s*)(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Tt]hen)\s*,\s*)?"
    rf"(?:(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Tt]hen)\s+)?(?:(?:[Ii]n|[Bb]ack\s+in)\s+"
    # ("In March 2016, at ...": a month before the year is when as well)
    rf"(?:the\s+(?:[a-z]+\s+){{1,2}}of\s+|(?:{MONTH_NAMES}|@\d+)\s+)?\d{{4}}|(?:[Tt]he|[Tt]hat)\s+(?:following|next|same|previous)\s+[a-z]+"
    # ("That autumn, during a residency in Suffolk, ...": a season or span named by "that", when told first)
    r"|[Tt]hat\s+(?:spring|summer|autumn|fall|winter|year|month|week|weekend|night|evening|morning|afternoon|day)"
    r"|[Ll]ater\s+that\s+[a-z]+"
    # ("Three years ago, at my party in Soweto, I introduced ...": when, counted back from now or from the story; the
    # count opening the sentence is read as a name, which before "years ago" no one's can be)
    rf"|{_SPAN_COUNTED}\s+(?:ago|earlier|before|later)"
    r"|(?i:years|months|weeks)\s+(?:ago|earlier|later))\s*,?\s*)?"
    r"(?P<phrase>(?:[Aa]t|[Dd]uring|[Bb]ackstage\s+at|[Oo]ver)\s+[^,;]{1,100}"
    # ("A month later, in her studio in Hackney, she introduced ...": someone's room or building, told first)
    rf"|[Ii]n\s+(?:his|her|their|my|our|@\d+(?:'s)?)\s+(?:[a-z][\w'-]*\s+){{0,2}}?{_OWN_VENUE}\b[^,;]{{0,80}}),\s*"
    # ("At a showcase in Oslo, her manager X introduced": a description of the introducer before the name; "her
    # manager, X, introduced": the same set off by a comma, the name in apposition; "During a camp in Accra, it was
    # X who ...": a cleft on the introducer; "the band's tour manager X": a description of whose the introducer is)
    # ("the Danish producer X": a word that says where they are from, capitalised, describes them too)
    # ("the DJ X": what they are may be a short abbreviation in capitals)
    r"(?:it\s+was\s+)?(?:(?:the|a|an|his|her|their|my|our|@\d+(?:'s)?)\s+(?:[A-Za-z][\w'-]*\s+){0,2}"
    r"(?:[a-z][\w-]*|\p{Lu}{2,3})(?:\s+|\s*,\s*))?$"
    r"|(?:^|,\s+)(?:so|and|then)\s+(?P<joined>(?:at|during|backstage\s+at)\s+[^,;]{1,100}?)\s*$"
    # ("...: at a wedding in Leeds that autumn he introduced": the occasion opens the clause with no comma before the
    # introducer; whether it holds a clause of its own is checked on the match, see ``_BARE_CLAUSE``)
    r"|(?:^|[;:]\s*|\.\s+)(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Tt]hen)\s+)?(?P<bare>(?:[Aa]t|[Dd]uring)\s+[^,;@]{1,100}?(?:@\d+[^,;@]{0,40}?)?)\s+$)"
)
# Words that would make a comma-less fronted phrase hold a clause of its own, or more than one place
_BARE_CLAUSE = linear.compile(
    r"\b(?:where|when|who|whom|which|while|whilst|as|and|but|or|after|before|until|since|because)\b"
)
# "X was working the door at a ceilidh in Oban when she introduced A to B": where the introducer was (doing something
# there, in a few lower-case words) when the introduction happened, the sentence's subject (checked on the match)
_WAS_AT_WHEN = linear.compile(
    r"(?:^|[,;]\s+|\b(?:and|but|so)\s+)(?P<who>@\d+)\s+(?:was|were|had\s+been)\s+(?:[a-z][\w'-]*\s+){0,4}?"
    r"(?P<phrase>(?:at|during|backstage\s+at)\s+[^,;]{1,100}?)\s+when\s+$"
)
# "A met B at a label party, where they were introduced by X"; "..., where the poet X introduced",
# "..., where his sister, the cellist X, introduced them": a description of the introducer may come first
# ("had been together since a party in Sopot, where X introduced them": what they have been since is where they met)
_WHERE = linear.compile(
    r"\b(?:(?P<phrase>(?:at|during|backstage\s+at)\s+[^,;]{1,100})|since\s+(?P<since>(?:a|an|the)\s+[^,;]{1,100})"
    # ("It goes back to a dinner at X, where": the gathering something is traced to, gone or come to, is where)
    r"|(?:back|went|came)\s+to\s+(?P<back_to>(?:a|an)\s+[^,;@]{1,40}?\s+(?:at|in)\s+[^,;]{1,100}))"
    r",\s*where\s+"
    # ("where the Kerry fiddler X": a word that places them, capitalised, is part of the description)
    r"(?:(?:the|a|an|his|her|their|@\d+(?:'s)?)\s+[A-Za-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}\s*,?\s+){0,2}"
    # ("where the shelter's founder, Dr X,": a courtesy title, which the mention leaves out, before the name)
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$"
    # ("goes back to a ceilidh in Ennis at which the two were introduced by X": the gathering "at which" is of)
    r"|\b(?:to|at)\s+(?P<at_which>(?:a|an|the)\s+[^,;]{1,100}?)\s*,?\s+(?:at|during)\s+which\s+$"
)
# ", where A and B met through X": a "where" clause opening right before the people
_WHERE_OPENS = linear.compile(r",\s*where\s+$")
# "introduced to B two years before the band formed, at a fundraiser in Cork, by X": where, set off by commas as
# the last aside before the introducer, after a time the occasion pattern does not read
_ASIDE_LAST = linear.compile(r",\s*(?P<phrase>(?:at|during|backstage\s+at)\s+[^,;]{1,100}),\s*$")
# An aside set off by commas that tells only where ("who, at a summer school in Hull, introduced")
_SET_OFF_PLACE = linear.compile(r"^(?:at|during|backstage\s+at)\s+[^,;]{1,100}$")
_YEAR = linear.compile(rf"{WORD_START}(?:[Ii]n|[Bb]ack\s+in)\s+(?P<year>(?:18|19|20)\d\d){WORD_END}")
# Time phrases and clauses that end an occasion ("at this VMA afterparty a while back"); matched after
# the occasion (RE2 has no look-ahead), which only the occasion's own groups are read from.
_DASHES = "\u2013\u2014"  # en and em dash
_OCCASION_END = (
    r"(?:\s+(?:a\s+while\s+(?:back|ago)|back\s+in\s+\d{4}|in\s+\d{4}|years\s+ago|last\s+year"
    # ("in '98": a year told by its last two digits, as one says it)
    "|(?:back\\s+)?in\\s+['\u2019]\\d\\d\\b"
    # "in the summer of 2013", "in late 2019", "in May": when, not where
    r"|in\s+the\s+(?:[a-z]+\s+){1,2}of\s+\d{4}|in\s+(?:early|late|mid)[\s-]+\d{4}"
    # ("late in 2019", "early in the summer", "late in @3": a part of a year or season told after the place)
    r"|(?:early|late)\s+in\s+(?:(?:18|19|20)\d\d\b|the\s+[a-z]+\b|@\d+)"
    r"|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    # ("a pop-up in spring 2021", "in late summer": a season is when, as a month is)
    r"|in\s+(?:(?:early|late|mid)[\s-]+)?(?:spring|summer|autumn|fall|winter)\b"
    # "that February", "the following spring", "that same night": when again
    r"|(?:that|this|last|the\s+following|the\s+next|that\s+same|the\s+same|every)\s+(?:january|february|march|april"
    r"|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|night|evening|"
    r"morning|afternoon|day|week|weekend|month|year)\b"
    # "that February" (a month's name is read as a name), "the festival that Bell ran": the occasion ends ("after"
    # as a word, not in "after-party")
    # ("last May", a month read as a name, as "last spring" is when)
    r"|(?:that|last)\s+@\d+"
    # "a mixing session in Tokyo that ran eleven hours over": a relative clause about the occasion, cut as relative
    # clauses are ("that" and a word: its verb, or the time "that night" above)
    r"|that\s+[a-z]"
    # "a few months later", "two years earlier", "the previous spring", "the summer before", "in the first place":
    # a time told relative to another event, not part of where
    # ("about a decade ago", "roughly two years later": a count told roughly is a time as well)
    r"|(?:(?:about|around|roughly|nearly|almost|over|some|more\s+than)\s+)?"
    # ("some nine years ago", "about 15 years ago": any count)
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|\d{1,3}|"
    r"a\s+few|a\s+couple\s+of|several|some|many)\s+(?:days?|weeks?|months?|years?"
    r"|decades?|seasons?|springs?|summers?|autumns?|winters?)(?:\s+or\s+so)?\s+"
    r"(?:later|earlier|before|after|on|previously|ago|back)\b"
    r"|the\s+(?:previous|preceding|prior)\s+(?:[a-z]+\b|@\d+|(?i:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b)"
    r"|the\s+(?:spring|summer|autumn|fall|winter|year|month|week|weekend|night|evening|day)\s+(?:before|after|prior)\b"
    # "the summer I turned nineteen", "the night that Bell sang": a time clause, its subject straight after
    r"|the\s+(?:spring|summer|autumn|fall|winter|year|month|week|weekend|night|evening|morning|afternoon|day)\s+"
    # ("the winter Ms Bell arrived": the subject addressed by a title, which the mention leaves out)
    r"(?:that\s+)?(?:i|we|he|she|they|you|(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?@\d+)\s"
    r"|in\s+the\s+first\s+place\b|(?:earlier|later)\s+(?:that|this|the\s+same)\s+[a-z]+\b"
    # "at a screening of Stalker in their second year", "in his final term": a year of someone's studies or
    # career is when, not where
    # ("in Bea's first term", or a pronoun the mentions read as a person's: whose years, by name)
    r"|in\s+(?:his|her|their|my|our|your|the|@\d+(?:'s)?)\s+(?:first|second|third|fourth|fifth|final|last|freshman|sophomore|junior"
    r"|senior|gap|rookie|debut)\s+(?:year|term|semester|season)\b"
    # "at a ceilidh in Leith on the third night of the tour": a day of a tour or trip is when, not where (a day of a
    # festival, "a fandango on the last night of the fiesta", is the event's own)
    r"|on\s+the\s+[a-z]+\s+(?:day|night|evening|morning|afternoon|week|weekend)\s+of\s+(?:the|our|their|his|her|my|that)"
    r"\s+(?:[a-z]+\s+)?(?:tour|trip|run|journey|residency)\b"
    # ("in the bar of the Federal Palace Hotel on my second night in the country": someone's own night of a stay,
    # counted, is when they were there, as a day of a tour is)
    r"|on\s+(?:his|her|their|my|our|@\d+(?:'s)?)\s+(?:first|second|third|fourth|fifth|last|final|[a-z]+th)\s+"
    r"(?:day|night|evening|morning|afternoon|week|weekend)\b"
    # "at a karaoke bar of all places": the teller's surprise at where, no part of it
    r"|of\s+all\s+(?:places|things|nights|days|times|weeks|people)\b"
    # "in a kebab shop at two in the morning", "at 3am", "at midnight": the hour is when, not where
    r"|at\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}(?:[:.]\d\d)?)"
    r"(?:\s+o'clock)?(?:\s+in\s+the\s+(?:morning|afternoon|evening)|\s+at\s+night|\s*[ap]\.?m\b|\s+o'clock)"
    r"|at\s+(?:midnight|dawn|daybreak|noon|sunrise|sunset)\b"
    # "a jazz brunch in Melville at the time": when, whatever place came before it
    r"|at\s+the\s+time\b"
    # ("a party in Leeds at the end of 2017": a part of a year told by its number is when, not where; "at the end of
    # the street" stays a place, and "the staff party at the end of that season" the party's own)
    r"|at\s+the\s+(?:start|end|beginning|turn|close)\s+of\s+(?:18|19|20)\d\d\b"
    # "her kitchen in Alfama over a pot of caldo verde": what was shared there is no part of where (see ``_PORTION``)
    r"|over\s+(?:a|an|the|some|two|three|several|many)\s+(?:[a-z]+\s+)?(?:plate|cup|bowl|pint|glass|bottle|pot|mug|slice"
    r"|jug|carafe|basket|dish)e?s?\s+of\b"
    # "at a tablao in Triana years before the band existed": a bare count of years is a time as a counted one is
    r"|(?:days|weeks|months|years|decades)\s+(?:later|earlier|before|after|on|previously)\b"
    # ("two Christmases ago", "three Easters ago": any count of a thing before "ago" is when, a feast's name too)
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple\s+of|several|some|many)\s+"
    r"(?:[\w-]+|@\d+)\s+ago\b|and\b|which\b|(?:in|on|at|during)\s+which\b|when\b|where\b|after(?:\s|$)|before\b|because\b|so\b|during\b|while\b)"
    # a dash opens another clause ("at the Reeperbahn Festival, dash, they argued ..."); an aside in brackets
    # ("at the X festival (2019)", "(February 2018)", "(his home town)") is said about the occasion, not part of it
    rf"|[,.;!?\"{_DASHES}]|:(?:\s|$)|\s+-(?:\s|$)|\s*\(|$)"
)
# What may stand between the people and the occasion: a time ("a month later", "in 2019") or a relative
# clause about the introducer (", who had worked with both of them,").
_BEFORE_OCCASION = (
    # ("two summers ago", "last spring": when, told back from now)
    # ("years earlier", "some months before": when, told back from the story's time)
    # ("back in 2015": a year, told looking back)
    r"(?:\s*,?\s*(?:(?:back\s+)?in\s+\d{4}|(?:(?:a|one|two|three|four|five|a\s+few|a\s+couple\s+of|several|some|many)\s+"
    # ("two winters before": a count of seasons tells when, as a count of years does)
    r"(?:days?|weeks?|months?|years?|springs?|summers?|autumns?|winters?)|days|weeks|months|years)\s+(?:earlier|before)"
    r"|(?:a|one|two|three|four|five|a\s+few|a\s+couple\s+of|several)\s+"
    # ("a year or so later": the count told roughly)
    r"(?:days?|weeks?|months?|years?|springs?|summers?|autumns?|winters?)(?:\s+or\s+so)?\s+(?:later|ago)"
    # "in the spring of 2018", "in late 2019", "in May 2018"
    r"|in\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:spring|summer|autumn|fall|winter|january|february|march|april|may|"
    r"june|july|august|september|october|november|december)(?:\s+of)?(?:\s+\d{4})?"
    r"|in\s+(?:early|late|mid)[\s-]+\d{4}"
    r"|years\s+later|soon\s+after(?:wards)?|(?:that|last)\s+(?:night|week|weekend|month|spring|summer|autumn|fall"
    r"|winter|year)|later|first|eventually"
    # ("introduced the pair the following night at a parrilla": when, told from the day the sentence before told)
    r"|the\s+(?:following|next|same|previous)\s+(?:night|day|week|weekend|month|morning|evening|afternoon|year)"
    # ("introduced X to Y on the first evening, at a barbecue": which day of a stay or camp, counted, is when; a day
    # "of" something, "on the last night of the fiesta", is read as the event's own and is not taken here)
    r"|on\s+the\s+(?:first|second|third|fourth|fifth|last|final|opening|closing)\s+"
    r"(?:day|night|evening|morning|afternoon)"
    # "introduced X to Y one wet Tuesday at a gig": when, by "one" and a day or time of day, with no commas (a day's
    # name is read as a mention, and "one" before a name is no one else between the two and where)
    rf"|one\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:(?i:night|evening|morning|afternoon|day|weekend|{WEEKDAY_NAMES})|@\d+)"
    # "had introduced her to X in the first place, at a concert": how the story goes, not where
    r"|in\s+the\s+first\s+place|at\s+first|originally|back\s+then"
    # "were introduced by X too, at CMA Fest": the introduction likened to one told before
    r"|too|as\s+well"
    # "introduced by X, right here at the Windmill": where, pointed at from where the teller stands before it is named
    r"|(?:right\s+|just\s+|back\s+|over\s+)?(?:here|there)"
    # "introduced them in person at an open day": how they met (not by letter or online), as an adverb tells it
    r"|in\s+person|face\s+to\s+face"
    # "introduced them properly during a lesson": how, by an adverb
    r"|[a-z]{3,}ly"
    # "I introduced Ben to Jo myself, at a party": the introducer stressed
    r"|myself|himself|herself|ourselves|themselves)"
    # (", a Dutch producer then based in Norway,": the apposition may say where they are from or based, a place)
    # (", 52,": the introducer's age, as a news agency gives it after a name)
    r"|\s*,\s*\d{1,3}\s*,"
    # (", an Austin filmmaker then known for skateboarding videos,": a place's name may say what kind, before the noun)
    # (", who had used them both, separately, on soundtracks,": an adverb set off by commas inside the relative clause,
    # which goes on after it)
    r"|\s*,\s*(?:who|whom)\s[^,]{0,100}(?:,\s*[a-z]{3,}ly\s*,[^,]{1,100})*,"
    # (", his neighbour in the Kallio district of Helsinki,": where they live, by a part of a place after "the"; not
    # ", a friend of Eda Fenn,", which names someone)
    r"|\s*,\s*(?:a|an|the|their|his|her|its|our|my)\s(?:@\d+\s)?(?:[^,@]|\b(?:in|from)\s+(?:the\s+)?@\d+(?:\s+[a-z]+\s+of\s+@\d+)?){0,60},"
    # (", a sound engineer who shared a flat with X,": an apposition whose relative clause names others, as a relative
    # clause alone may)
    r"|\s*,\s*(?:a|an|the|their|his|her|its|our|my)\s[^,@]{0,60}?\s(?:who|whom|whose)\s[^,]{0,100},"
    # ", Gagnon's cousin,": an apposition about the introducer that says whose relation they are
    r"|\s*,\s*@\d+'s\s[^,@]{0,60},"
    # ", head of A&R at Maison Lumière,", ", then the director of music at X,": a post, by a noun and "of", the
    # article free as a title's is, and where it is held (a place the apposition names is no occasion)
    # (not straight after "of", which may be whose: ", later the manager of Eda Fenn," names another)
    # (", the conductor of the Penrhyn Male Voice Choir,": a body's name after "the", which no person's is)
    r"|\s*,\s*(?:(?:then|now|later)\s+)?(?:(?:a|an|the)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+of\s+"
    r"(?:[^,@]{1,40}?(?:\s+(?:at|in)\s+@\d+)?|the\s+@\d+)\s*,"
    # (", one of her students,", ", one of Bell's oldest friends,": one of a group someone has, set off by commas)
    r"|\s*,\s*(?:one|two|both|either|each)\s+of\s+(?:@\d+(?:'s)?|the|his|her|their|my|our)\s+[a-z][^,@]{0,40},"
    # ", her label's director of A&R,": the same told of a pronoun's ("her" is a mention)
    r"|\s*,\s*@\d+\s+[a-z][\w-]*'s\s[^,@]{0,60},"
    # (", one wet night in March 2013,": when, set off by commas, by "one" and a time of day or year)
    r"|\s*,\s*one\s+(?:[a-z][\w-]*\s+|@\d+\s+){0,3}?(?:night|evening|morning|afternoon|day|weekend|spring|summer"
    r"|autumn|fall|winter)(?:\s+in\s+(?:@\d+\s+)?(?:18|19|20)\d\d)?\s*,"
    # (", one wet Thursday in Ghent,": a day's name, read as a mention, after a word at most, and the town it was in;
    # not ", one friend of X,")
    r"|\s*,\s*one\s+(?:[a-z][\w-]*\s+)?@\d+(?:\s+in\s+@\d+)?\s*,"
    # "introduced X to Y (his wife - yes, really) at a concert": an aside in brackets about the last one named
    # ("by Gaz himself (the club DJ, Gary Whitlock, for the two people who don't know him) at": one naming the
    # introducer, and whom the aside speaks to, is an aside all the same)
    r"|\s*\([^()@]{0,100}\)|\s*\(\s*(?:(?:the|our|their|his|her)\s[^()@,]{1,40},\s*)?@\d+\s*(?:,[^()]{0,120})?\)"
    # ("by the A&R man, X (I've had to look up the spelling, ...), in the bar of": the writer's own aside in
    # brackets, by "I" and a verb, whatever it holds)
    r"|\s*\(\s*(?:@\d+|I)(?:'(?:ve|d|m|ll))?\s+[a-z][^()]{0,160}\)"
    # ("introduced by me, I say with some pride, at my evening class": the writer's word on their own telling, "I" and
    # a verb of saying or owning up with a few words after it, set off by commas)
    r"|\s*,\s*(?:@\d+|I)\s+(?:say|admit|confess|must\s+say|have\s+to\s+say|am\s+proud\s+to\s+say|may\s+add)"
    r"(?:\s+[a-z][\w'-]*){0,4}\s*,"
    # ("I introduced them myself, right here in this studio, at the Christmas session": the teller's "here", where
    # the event was held, set off by commas before the event)
    r"|\s*,\s*(?:right\s+)?here(?:\s+(?:in|at)\s+(?:this|the)\s+(?:very\s+)?(?:studio|room|building|station))?\s*,"
    # ", later the band's manager,": what the introducer became (or then was), set off by commas
    r"|\s*,\s*(?:later|then|now|by\s+then|at\s+the\s+time|soon\s+to\s+be)\s+(?:a|an|the|their|his|her|its|@\d+'s)\s"
    r"[^,@]{0,60}(?:@\d+'s\s[^,@]{0,40})?,"
    # ("Mrs Dorothea Kowalczyk of Bridge Street, the florist, at ...": where the introducer lives, by "of" and a
    # place's name, and what they are after it)
    r"|\s+of\s+@\d+(?:\s*,\s*(?:a|an|the|their|his|her|its|our|my)\s[^,@]{0,60})?\s*,"
    # ("introduced him to X - a quiet bass player who later produced their records - at my wedding": what the last one
    # named is, set off by dashes as by commas; a hyphen inside a word is no dash; a capitalised word before a noun,
    # "a quiet Angolan-Portuguese bass player", is what kind, which ``_occasion`` checks names no one)
    rf"|\s+[-{_DASHES}]\s+(?:a|an|the|their|his|her|its|our|my)"
    rf"(?:\s+(?:[^\s@{_DASHES}-][^\s@{_DASHES}]*|@\d+\s+[a-z][\w'-]*)){{1,25}}\s+[-{_DASHES}]"
    # ("by the pianist X - I first wrote Y there, apologies to both - at a dance-house": the writer's own aside
    # between dashes, by "I" and a verb or an apology, whatever names it holds, is none of the introduction)
    rf"|\s+[-{_DASHES}]\s+(?:@\d+\s+(?:first|always|still|once|originally|wrongly|had|have|think|thought|mean|keep)"
    rf"|(?i:sorry|apologies|no)\s*,)(?:\s+(?:[^\s{_DASHES}-][^\s{_DASHES}]*)){{1,30}}\s+[-{_DASHES}])*"
)
_OCCASION = linear.compile(
    # (a dash may set the occasion off as an afterthought: "connected her with X - during a session in Mumbai")
    # ("introduced ... after a lunchtime recital at X": an event told by "after", when "a" or "an" names it)
    # ("on board a night ferry", "aboard the sleeper": travelling on it, as "on" a train is)
    rf"^{_BEFORE_OCCASION}[\s,]*(?:[-{_DASHES}]\s+)?(?:(?P<on>at|during|on\s+board|aboard|on|backstage\s+at|over)\s+"
    r"(?:(?P<article>this|that|the|a|an|my|our|his|her|their)\s+)?"
    rf"|after\s+(?P<after>a|an)\s+)"
    rf"(?P<occasion>(?:[^,.;:!?\"{_DASHES}]|:\S)+?){_OCCASION_END}",
    ignore_case=True,
)


# Rooms and buildings where people meet, which "in a ..." names as where an introduction happened
_VENUE_NOUNS = "|".join(sorted(VENUE_NOUNS)) + r"|coffee\s+shop|record\s+shop|record\s+store"
# the shared inside of a building, where neighbours meet ("in the stairwell of their building")
_VENUE_NOUNS += r"|stairwell|stairway|staircase|hallway|corridor|foyer"
# where travellers wait and eat at a station or on a ferry ("in the station buffet at X")
_VENUE_NOUNS += r"|buffet|waiting\s+room|concourse"
# where people stand about outside a ground or a venue ("in the car park after a match")
_VENUE_NOUNS += r"|car\s+park|parking\s+lot"
# the places online where people gather and talk, which "in a ..." names as a room is ("in a group chat on X", "in a
# Discord server")
_VENUE_NOUNS += r"|server|forum|chat\s*room|group\s+chat|message\s+board|comments?\s+section"
# Gatherings people meet at, which "in a ..." names as the occasion as "at a ..." does ("in a festival" is a writer's
# "at a festival"); the gathering may qualify the noun after it, which is then the head, when that is a part of the
# gathering or a crowd at it ("in a carnival bloco", "in a festival crowd"; a venue noun, "in a festival tent", is
# read as one): not anything else ("in a wedding dress", "in a party hat" is what someone wore, no occasion)
_EVENT_NOUNS = (
    r"festival|carnival|party|wedding|concert|gig|fair|workshop|course|camp|conference|competition|contest|parade"
    r"|rehearsal|masterclass|jam\s+session|recording\s+session"
)
_EVENT_PARTS = r"bloco|marquee|stage|crowd|audience|queue|field|area|procession|circle"
# "introduced them in her tasca in Mouraria": a place of someone's after "in" (only then: "in Lisbon" is a city)
_IN_WHOSE = linear.compile(
    rf"^{_BEFORE_OCCASION}[\s,]*in\s+(?:(?P<article>my|our|his|her|their)\s+)?"
    rf"(?P<occasion>(?:[^,.;:!?\"{_DASHES}]|:\S)+?){_OCCASION_END}",
    ignore_case=True,
)
# "introduced them in the green room at the X festival": a room or part of a place, then the event or venue it was at,
# is where (but "in the summer at a festival", "in the middle of a set at the X" tell when, checked on the match)
_IN_THE_AT = linear.compile(
    rf"^{_BEFORE_OCCASION}[\s,]*in\s+(?P<article>the)\s+"
    # ("in the queue for the night bus at the X": what the room or line was for, then where it was)
    rf"(?P<occasion>(?P<first>[a-z][\w-]*)(?:\s+[a-z][\w-]*)?(?P<for>\s+for\s+(?:the|a|an)(?:\s+[a-z][\w-]*){{1,3}})?"
    rf"\s+at\s+(?:the|a|an)\s+(?:[^,.;:!?\"{_DASHES}]|:\S)+?)"
    rf"{_OCCASION_END}"
)
# "for" and a span of time after a room ("in the studio for a week at the ..."): how long, not what the room was for
_FOR_A_SPAN = linear.compile(
    r"\s+for\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+)?(?:time|while|hours?|days?|weeks?|months?|years?|minutes?|nights?"
    r"|evenings?|mornings?|afternoons?|weekends?|seasons?|summers?|winters?)$"
)
# "introduced me to Kenji in a tiny karaoke bar in Osaka": after "in" with an article, a place is where only when the
# phrase's head is a room or a building people gather in ("in a band", "in a letter", "in the spring" are not where)
_IN_VENUE = linear.compile(
    # (set off by a dash as an afterthought as well: "introduced her to Y - in the back room of a pub")
    rf"^{_BEFORE_OCCASION}[\s,]*(?:[-{_DASHES}]\s+)?in\s+(?P<article>a|an|the)\s+"
    # ("in a Minecraft server": a name may tell which kind, as a word does)
    rf"(?P<occasion>(?:[a-z][\w'-]*\s+|@\d+\s+){{0,3}}?(?:{_VENUE_NOUNS}|(?:{_EVENT_NOUNS})(?:\s+(?:{_EVENT_PARTS}))?)"
    # ("in the corridor outside her studio", "in the café opposite the station": where the room is, by the place
    # beside it)
    r"(?:\s+(?:in|at|of|on|near|off|behind|above|below|outside|inside|beside|opposite|under)\s+"
    rf"(?:[^,.;:!?\"{_DASHES}]|:\S)+?)?){_OCCASION_END}"
)
_NOT_A_ROOM = frozenset(
    {
        *("same", "first", "end", "middle", "beginning", "start", "course", "wake", "aftermath", "run-up", "lead-up"),
        *("meantime", "days", "weeks", "months", "years", "spring", "summer", "autumn", "fall", "winter", "morning"),
        *("evening", "afternoon", "night", "early", "late", "last", "next"),
    }
)
# "... one wet November night", "one summer evening": when, at the occasion's end, not part of where
_ONE_TIME = linear.compile(
    r"\s+one\s+(?:[a-z][\w-]*\s+|@\d+\s+){0,3}?(?:night|evening|morning|afternoon|day|weekend|spring|summer|"
    r"autumn|fall|winter)$",
    ignore_case=True,
)


# "at a dinner after the X festival": an occasion told by the event it followed is one place, read whole
# (but "at a party after I moved", "after the show ended" tell when: a clause, not an event's name; "in the bar of the
# Hotel Rival after the show": an event told by no word of its own nor where it was held, which says when, not which)
_AFTER_EVENT = linear.compile(
    r"\s+after\s+(?:the|a|an)\s+(?P<words>(?:(?:@\d+|[a-z][\w-]*)\s+){0,3}?)(?:festival|concert|recital|gig|show|premiere|ceremony|"
    r"awards|tour|launch|screening|match|game|final|session)"
    # ("a dinner after a concert of the Warsaw Autumn festival": the event named by the festival it was part of)
    r"(?P<of>\s+(?:of|at)\s+the\s+(?:(?:@\d+|[a-z][\w-]*)\s+){0,3}?@\d+(?:\s+(?:festival|awards|fair|series))?)?"
    # ("a dinner after the Open'er festival in Gdynia": the event told with where it was held, still one place;
    # "a party after a concert at Wembley": a venue's name after "at", the same)
    r"(?P<place>\s+(?:in|at)\s+@(?P<where>\d+))?",
)
# What may follow the event an occasion followed: the occasion's end, as after any occasion.
_EVENT_ENDS = linear.compile(_OCCASION_END)


def _after_event(clause: Clause, rest: str, end: int) -> str:
    """The words that tell the event an occasion followed (at ``end`` of ``rest``), or ""."""
    found = _AFTER_EVENT.match(rest, end)
    if found is None:
        return ""
    stop = found.end()
    dated = False
    if found.group("where") is not None:
        where = clause.mentions[int(found.group("where"))]
        # ("after the concert in May", "at Christmas": a month's or a feast's name tells when, not where)
        dated = fold(where.text) in _MONTHS or set(fold(where.text).split()) <= _WHEN_NAMES
        if dated or not _a_place(where):
            stop = found.start("place")  # "after the final in May": when, not where
    if not dated and _EVENT_ENDS.match(rest, stop) is None:
        return ""  # "after the show ended": a clause, which tells when
    if not found.group("words") and not found.group("of") and (found.group("where") is None or stop != found.end()):
        return ""  # "after the show", "after the show in May": when, not which
    return rest[end:stop]


# "at a backstage party during the Ostuni Festival": the named event the occasion was part of says which party, as
# "after the X festival" does (but "during the band's 2019 tour", unnamed, tells only when)
# ("at a dinner after the Tokyo Music Awards": the named event it followed, the same)
# ("a dinner after the Francofolies in La Rochelle": a named thing held in a place is an event, whatever its words)
# ("a showcase during the Bergenfest festival": the name, then what it is, in lower case)
_DURING_NAMED = linear.compile(
    # ("a dinner during Paris Fashion Week": a named event needs no "the")
    # ("a lock-in after the 2015 Whitby Folk Weekend": the year of the named event, before its name, is part of it)
    r"\s+(?:during|after)\s+(?:the\s+(?:(?:19|20)\d\d\s+)?)?@(?P<number>\d+)(?P<noun>\s+(?:festival|awards|fair|carnival|contest|expo|convention))?"
    r"(?P<place>\s+in\s+@(?P<where>\d+))?"
)
# Names that tell when, not which event: "a party after Christmas" is a party held then
_WHEN_NAMES = WHEN_NAMES
_EVENT_WORDS = frozenset(
    {"festival", "festivals", "awards", "fair", "carnival", "contest", "expo", "convention", "week", "weekend"}
    # ("the coffee morning after the Polish Mass", "a supper after the Easter Vigil": a church's named service)
    | {"mass", "service", "vigil", "liturgy"}
)


def _same(mention: Mention, other: Mention | None) -> bool:
    """Whether two mentions mean the same one person."""
    return other is not None and mention.person is not None and mention.person == other.person


def _a_place(mention: Mention) -> bool:
    """Whether a mention after "in" may be a place: a name that means no one of the page, not a possessive."""
    return mention.kind == "name" and not mention.people and not mention.possessive


def _named_event(clause: Clause, rest: str, end: int) -> str:
    """The words that join the named event an occasion took place during (at ``end`` of ``rest``), or ""."""
    found = _DURING_NAMED.match(rest, end)
    if found is None:
        return ""
    mention = clause.mentions[int(found.group("number"))]
    named = any(word in _EVENT_WORDS for word in fold(mention.text).split())
    # ("during Paris Fashion Week": a name new to the page may be a person's, unless it ends as an event's does)
    new = mention.new and fold(mention.text).split()[-1] not in _EVENT_WORDS
    stop = found.end()
    where = clause.mentions[int(found.group("where"))] if found.group("place") is not None else None
    held = where is not None and _a_place(where) and fold(where.text) not in _MONTHS
    # ("a session during Celtic Connections in Glasgow": no one is "during", and a name held in a place is an event)
    if new and held and rest.startswith("during", found.start() + 1):
        new = False
    # ("a party after Primavera Sound": a bare name right after "after" that is no one's, and not a full name new to the
    # page (which may be a person's), is the event the party followed, unless it says when: a feast, a month or a
    # weekday; "after the Tokyo Marathon", with "the" and no word of an event, stays a thing that tells when)
    after_name = (
        rest.startswith("after ", found.start() + 1)
        and not rest.startswith("after the ", found.start() + 1)
        and found.group("noun") is None
        and not _WHEN_NAMES & set(fold(mention.text).split())
    )
    if mention.kind != "name" or mention.people or new or mention.possessive:
        return ""
    if where is not None and not held:
        stop = found.start("place")
    if _EVENT_ENDS.match(rest, stop) is None:
        return ""  # "after the Proms had ended": a clause, which tells when
    if not held and found.group("noun") is None and not named and not after_name:
        return ""
    return rest[end:stop]


# A time told relative to another event: a year before it is not the introduction's.
_LATER = linear.compile(r"\b(?:later|afterwards|after\s+that)\b")


def _year_before(before: str) -> linear.Match | None:
    """The last year told before the introduction within its clause (not before a ";")."""
    years = list(_YEAR.finditer(before[before.rfind(";") + 1 :]))
    return years[-1] if years else None


_TIME_ONLY = linear.compile(
    r"^(?:(?:the|that|this|a)\s+)?(?:(?:same|next|following|previous|other|very|first|last)\s+)?"
    r"(?:night|day|week|weekend|month|year|evening|morning|afternoon|summer|winter|spring|autumn|fall|"
    rf"{WEEKDAY_NAMES}|\d{{4}})$",
    ignore_case=True,
)

# "at the time", "at that point", "at the moment": a time phrase whatever follows it, no place ("the stage door" is one)
_AT_THE_TIME = linear.compile(r"^(?:(?:the|that|this|a|one|some)\s+)?(?:same\s+)?(?:time|point|moment)\b")

# A date that ends an occasion once its month is read back from a name ("a showcase in Lekki in December 2020",
# "a gala on 3 May 2019", "a party on New Year's Eve 2016"): when, not where, so it is no part of the occasion.
# Read on the occasion's own words, where a month is a word again; a place before it stays ("in Lekki").
_DATE_AFTER = linear.compile(
    rf"\s+(?:(?:in|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:{MONTH_NAMES})(?:\s+(?:of\s+)?(?:18|19|20)\d\d)?"
    rf"|on\s+(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_NAMES})|(?:{MONTH_NAMES})\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"(?:\s*,?\s+(?:18|19|20)\d\d)?"
    r"|on\s+(?:New\s+Year's|Christmas|Valentine's|Halloween|Easter|Thanksgiving|Midsummer)(?:\s+(?:Eve|Day|Night))?"
    r"(?:\s+(?:18|19|20)\d\d)?"
    # "a beach party in Lagos one December", "one wet March night": which month, told with "one"
    rf"|one\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{MONTH_NAMES})(?:\s+(?:night|evening|morning|afternoon|day|weekend))?"
    # "a lock-in in Kehoe's one wet Sunday": which day of the week, told with "one", the same
    r"|one\s+(?:[a-z][\w-]*\s+){0,2}(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s+(?:night|evening|morning|afternoon))?"
    # "a session in a pub on a wet Thursday", "a gig on the Friday night": the day of the week, told with "on", the same
    r"|on\s+(?:a|an|the|that|one)\s+(?:[a-z][\w-]*\s+){0,2}(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s+(?:night|evening|morning|afternoon))?"
    # "the last ferry to Cork one night", "a party one hot summer": a time of day or a season told with "one", the same
    r"|one\s+(?:[a-z][\w-]*\s+){0,2}(?:night|evening|morning|afternoon|summer|winter|spring|autumn))$"
)
# "a wedding in Accra the December before", "a fair the Saturday after": a month or a day of the week told back from
# another event is when, as "the summer before" is (which ``_OCCASION_END`` cuts while the month is still a name); read
# on the occasion's own words, with ``_RELATIVE_TIME`` on what follows them.
_THE_MONTH = linear.compile(rf"\s+the\s+(?:{MONTH_NAMES}|{WEEKDAY_NAMES})$")
_RELATIVE_TIME = linear.compile(r"\s+(?:before|after|earlier|later|previously)\b")


# How people are put in touch at a distance, which is no occasion ("introduced us over email"; but "on a video
# call" is one).
_MEANS = linear.compile(
    r"^(?:e-?mail|phone|telephone|text|texts|zoom|facetime|skype|whatsapp|dms?|direct\s+messages?)$",
    ignore_case=True,
)


@dataclass(frozen=True)
class Introduction:
    introducer: str
    pair: tuple[str, str]
    occasion: str | None
    year: int | None
    at: int  # offset in the clause's text
    # the two told by "them" meaning the last two the page spoke of, outside the sentence ("I introduced them")
    looked_back: bool = False
    # the others introduced with the two at once ("introduced her to A and B": A is one of the pair, B another)
    others: tuple[str, ...] = ()


@dataclass(frozen=True)
class Doubt:
    """An introduction the clause tells but whose people cannot be told for sure."""

    message: str
    at: int


# "The one who introduced him to A was X, at the festival": a cleft put the other way round, the introducer named
# last; anchored at the first of the two (what opens the sentence is checked on the match, ``_ONE_WHO_BEFORE``)
# ("The person who introduced them was the theatre's stage manager, a big kind man called X, at ...": the two by a
# plural, and the introducer described before the name, in apposition too)
_ONE_WHO = linear.compile(
    rf"(?P<a>{_P})(?:\s+to\s+(?P<b>{_P}))?\s+(?:was|is)\s+"
    rf"(?:(?:the|a|an|his|her|their|{_P}'s)\s+(?:[a-z][\w'-]*\s+){{0,3}}[a-z][\w'-]*\s*,\s*)?"
    # (what they are, by an article: "was not X" is no description)
    rf"(?:(?:the|a|an|his|her|their)\s+(?:[\w'&-]+\s+){{0,4}}?(?:(?:called|named)\s+)?)?(?P<by>{_P})(?P<rest>(?:\s*,\s*|\s+)(?:at|on|in|during)\s[^.!?;]{{0,300}}|"
    r"\s*[.!?;]?\s*$)"
)
_ONE_WHO_BEFORE = linear.compile(r"^\W*(?i:the)\s+(?:one|person|man|woman)\s+who\s+(?:first\s+)?introduced\s+$")

_PATTERNS = (
    _WHOM,
    _WHOM_TO,
    _TO_WHOM,
    _WHO_PASSIVE,
    _WHOM_MET,
    _WHOM_MET_CALLED,
    _ACTIVE,
    _PARTICIPLE,
    _AND_INTRODUCED,
    _PASSIVE,
    _MEETING_ARRANGED,
    _MET_THROUGH,
    _MET_VIA,
    _MET_VIA_DESCRIBED,
    _MET_CALLED,
    _IN_TOUCH,
    _IN_TOUCH_BOTH,
    _CONNECTED,
    _TOGETHER,
    _SAME_ROOM,
    _PRESENTED,
    _MET_INTRODUCED,
    _MET_IN_INTRODUCED,
    _MADE_BETWEEN,
    _ONE_WHO,
)


# "X, whom he had known since ", "X, who she has worked with ever since ": a relative clause about X whose time clause
# then speaks of "the two (of them)", which are X and the relative clause's subject, not the last two named together
_RELATIVE_SINCE = linear.compile(
    r"@(?P<antecedent>\d+)\s*,\s*(?:whom|who)\s+@\d+\s+(?:[a-z][\w'-]*\s+){1,6}?(?:ever\s+)?since\s+$"
)


def _two_of_a_relative(clause: Clause, match: linear.Match) -> bool:
    """Whether the passive's subject is "the two" of a relative clause's time clause about someone it leaves out."""
    subject = clause.mention(match.group("a"))
    if subject is None or subject.kind != "two" or match.group("b"):
        return False
    since = _RELATIVE_SINCE.search(clause.skeleton[max(0, match.start() - 120) : match.start()])
    if since is None:
        return False
    antecedent = clause.mentions[int(since.group("antecedent"))]
    return antecedent.person is None or antecedent.person not in subject.people


# "her" then a noun: whose, not an object ("to her pilot by X"); an object "her" goes on with a preposition, a
# conjunction, a time or an adverb ("to her at a party", "to her years later", "to her properly")
_HER_FIRST_WORD = linear.compile(r"^\s+(?P<word>[a-z][\w'-]*)\b")
_AFTER_OBJECT_HER = frozenset(
    {"by", "through", "via", "at", "in", "on", "during", "when", "after", "before", "while", "and", "but", "back"}
    | {"first", "years", "months", "weeks", "days", "once", "over", "that", "this", "last", "as", "too", "only"}
)


def _her_as_whose(middle: str) -> bool:
    """Whether "her" before ``middle`` is whose (a lower-case noun after it), not an object."""
    first = _HER_FIRST_WORD.match(middle)
    if first is None:
        return False
    word = first.group("word")
    return word not in _AFTER_OBJECT_HER and not word.endswith("ly") and not word.endswith("self")


# What may follow each verb of _PASSIVE before the other one introduced (None: no one; each is then "by X").
_PASSIVE_VERB_OK: dict[str, set[str | None]] = {
    "introduced": {"to", None},
    "connected": {"to", "with", None},
    "set": {"with"},
    "put": {"with"},
    "brought": {"with"},
}


def _names_no_one(clause: Clause, words: str | None) -> bool:
    """Whether ``words`` (an apposition's) name no one of the page nor anyone's anything ("from Osaka")."""
    for found in MENTION.finditer(words or ""):
        mention = clause.mentions[int(found.group(1))]
        if mention.kind != "name" or mention.people or mention.possessive:
            return False
    return True


# "Chicago-born", "Berlin-based": a place, and that one is from it
_BORN = linear.compile(r"-(?:born|based|bred|raised)$")


# "A and B met at a wedding in Cobh", "A first met B during a tour": two meeting somewhere, told in their own sentence
_TWO_MET = linear.compile(
    r"@(?P<a>\d+)\s+(?:and\s+@(?P<and>\d+)\s+)?(?:had\s+)?(?:first\s+)?met\s+(?:@(?P<b>\d+)\s+)?(?:at|during)\s"
)
# Words that tell an introduction at another time than a meeting told before ("years later X introduced them again")
_OTHER_TIME = linear.compile(r"\b(?i:again|later|afterwards|after|before|since|earlier|re-?introduced|years|months)\b")
# How many sentences may stand between two meeting and the introduction that tells who brought it about
MET_REACH = 2


def two_met(clause: Clause) -> frozenset[str]:
    """The two a sentence tells meeting somewhere (empty when it tells no such meeting)."""
    met = _TWO_MET.search(clause.skeleton)
    if met is None or (met.group("and") is None) == (met.group("b") is None):
        return frozenset()
    one, other = clause.mention("@" + met.group("a")), clause.mention("@" + (met.group("and") or met.group("b")))
    if one is None or other is None or one.possessive or other.possessive or one.person is None:
        return frozenset()
    if other.person is None or one.person == other.person:
        return frozenset()
    return frozenset({one.person, other.person})


def tells_one(skeleton: str) -> bool:
    """Whether a sentence may tell an introduction (cheaply, before any pattern is matched)."""
    return (
        "introduc" in skeleton
        or " connected " in skeleton
        or " set up with " in skeleton
        # ("... that she and B met, at a fair": "met" before a comma or the full stop as well)
        or (" met" in skeleton and ("through" in skeleton or " via " in skeleton))
        or " in touch" in skeleton
        or " sure " in skeleton
        or " to meet " in skeleton
        or " together" in skeleton
        or "connect" in skeleton
        or " paired " in skeleton
        or " pairs " in skeleton
        or ("hooked " in skeleton and " up" in skeleton)
        or (" set" in skeleton and " up" in skeleton)
        or " this is " in skeleton
        or " same room" in skeleton
        or ("meeting" in skeleton and " by " in skeleton)
        or _behind(skeleton)
    )


def _behind(skeleton: str) -> bool:
    """Whether a sentence may say who was behind a meeting ("The man responsible was X")."""
    return " responsible " in skeleton or " to blame " in skeleton or " to thank " in skeleton


def introductions(
    clause: Clause,
    speaker: str | None,
    people: People,
    before: Clause | None = None,
    after: Clause | None = None,
    last_group: tuple[str, ...] = (),
) -> list[Introduction | Doubt]:
    """The introductions a clause tells; ``before``: the sentence before it in its paragraph, which may tell the
    meeting or the place of an introduction this one completes; ``after``: the sentence after it, which may tell
    where it happened ("It happened at a pub quiz"); ``last_group``: the people of the last introduction the page
    told before, whom "introduced him to the other two" means."""
    if not tells_one(clause.skeleton):
        return []
    found: list[Introduction | Doubt] = []
    encoded = linear.Encoded(clause.skeleton)  # matched at many positions
    # Anchored at each mention: an introduction's occasion runs to the end of its clause, which may hold
    # another introduction ("A introduced B to C, and C later introduced B to D").
    covered = -1  # where the people of the last introduction found end: a mention before is one of them
    for start in clause.starts:
        if start < covered:
            continue
        for pattern in _PATTERNS:
            match = pattern.match(encoded, start)
            if match is None:
                continue
            if pattern is _ONE_WHO and not _ONE_WHO_BEFORE.match(clause.skeleton[:start]):
                continue
            placed = match.groupdict().get("placed")
            where = clause.mention(placed)
            if placed and (where is None or not _a_place(where) or where.new):
                continue  # "by Ana's friend from Cy Dorn, X": a full name, not where the introducer is from
            dashed_ahead = (
                _dashed_ahead(clause, clause.skeleton[:start])
                if pattern is _PASSIVE and match.group("b") and (match.group("closed") or "").endswith("-")
                else None
            )
            if (
                pattern in (_PASSIVE, _PASSIVE_KIN)
                and match.group("b_opened")
                and (match.group("closed") or "").strip() != ","
            ):
                continue  # "A and her co-writer, B and C were introduced": an apposition no comma closes
            if (
                pattern is _PASSIVE
                and match.group("closed")
                and not match.group("b_opened")
                and dashed_ahead is None
                and not (
                    match.group("b") and _plural_opened(clause, clause.skeleton[max(0, match.start() - 60) : start])
                )
                and not (
                    not match.group("b")
                    and not match.group("aside")
                    and _one_opened(clause.skeleton[max(0, match.start() - 60) : start])
                )
            ):
                # a comma before the verb closes an apposition only when a plural of the two opened it, or a relation
                # or role of the one ("Their producer, A, was introduced")
                continue
            if (
                pattern is _PASSIVE
                and not _PASSIVE_VERB_OK.get(match.group("verb").split()[0], set()) & {match.group("prep")}
                and not (
                    match.group("verb").startswith(("put", "brought", "set"))
                    and not match.group("prep")
                    and (match.group("b") or _plural(clause.mention(match.group("a"))))
                )
            ):
                # "introduced with", "A was set up by X": no introduction ("A and B were put in touch by X", "they were
                # brought together by X", "the pair were set up by X" is the two with each other)
                continue
            to = clause.mention(match.groupdict().get("to")) if pattern is _PASSIVE else None
            if (
                to is not None
                and to.kind == "pronoun"
                and to.text.lower() == "her"
                and _her_as_whose(match.group("middle"))
            ):
                continue  # "was introduced to her pilot by X": "her" is whose pilot, not the one introduced to
            if pattern is _PASSIVE and _two_of_a_relative(clause, match):
                continue  # "X, whom he had known since the two of them were introduced": the two are X and "he"
            owner = clause.mention(match.groupdict().get("to_owner"))
            if owner is not None and (
                not ((owner.kind == "pronoun" and owner.text.lower() in ("his", "her", "their")) or owner.possessive)
                or not match.group("middle").startswith(",")
            ):
                # "to Bell yesterday, the skipper X": no relation of someone's before the apposition; "to her coach,
                # the skipper X and Y": an apposition no comma closes
                continue
            if pattern is _PASSIVE and match.group("having") and "@" in clause.skeleton[:start]:
                # "A met B in 2010, having been introduced to C by X": the participle is the sentence's subject's, A's,
                # not the one named last before it
                continue
            if pattern in (_MET_VIA, _WHOM_MET, _MET_CALLED, _WHOM_MET_CALLED) and not (
                _of_page(clause.mention(match.group("by")))
                or (match.group("role") and _new_name(clause.mention(match.group("by"))))
            ):
                continue  # "met through Facebook": no one; "through mutual friend Cy Dorn" is someone, if a full name
            b_appo = clause.mention(match.groupdict().get("b_appo"))
            b_named = clause.mention(match.groupdict().get("b"))
            if b_appo is not None and (
                b_appo.kind != "description" or b_named is None or b_appo.people not in ((), b_named.people)
            ):
                continue  # "A and B, C, met": a list of three, or a description of someone else, not B's apposition
            if not _names_no_one(clause, match.groupdict().get("b_what")):
                continue  # "A and B, a singer who toured with C, met": C may be one the two met through
            b_before = match.groupdict().get("b_before")
            if b_before and (
                b_before.split()[-1].lower() not in ROLE_NOUNS
                or not _names_no_one(clause, b_before)
                or any(w[:1].isupper() and w.lower() not in NATION_WORDS for w in b_before.split()[1:])
            ):
                continue  # "A and the Bell producer B": a capitalised word may be a surname; "the lucky B": no role
            if b_before and _LIST_AHEAD.search(clause.skeleton[: match.start()]):
                continue  # "C, A and the producer B met through X": the last two of a list of three, no pair
            if pattern is _MET_VIA and _LISTED_BEFORE.search(
                clause.skeleton[max(0, match.start() - 80) : match.start()]
            ):
                continue  # "A, B and the producer C met through X": the last of the subjects, not one alone
            if pattern is _MET_VIA and _WHO_INTRODUCED_MORE.match(match.group("rest")):
                continue  # "A met B through X, who introduced A, B and C to one another": more than the two (left out)
            if pattern is _MET_VIA_DESCRIBED and not _describes_one(clause, match.group("appo"), match.group("by")):
                continue  # "met through Cy Dorn, a festival in Oslo": not someone described by what they do
            to_what = match.group("to_what") if pattern is _MET_VIA else None
            to_described = clause.mention(match.group("to_described")) if pattern is _MET_VIA else None
            if to_described is not None and not _same_described(to_described, clause.mention(match.group("to"))):
                continue  # "met A, B, through": a list, not one person described and then named
            if pattern is _MET_VIA and (
                bool(to_what or match.group("to_described")) != bool(match.group("to_closed"))
                or (to_what and not _MET_RELATION_WORD.match(to_what.split()[-1].lower()))
            ):
                continue  # "met her co-writer, B, through": an apposition closes where it opened, after a relation
            what = match.group("what") if pattern is _MET_VIA else None
            if what and (what.split()[-1].lower() not in ROLE_NOUNS or not _names_no_one(clause, what)):
                # "through their friend, the owner of X": what follows is not the friend's name ("the Cy Dorn
                # producer X": nor is a description by someone of the page)
                continue
            capitalised = [word for word in (what or "").split()[1:] if word[:1].isupper()]
            if len(capitalised) == 1 and capitalised[0].lower() not in NATION_WORDS:
                continue  # "the Bell presenter X": one capitalised word may be a surname the page did not mark
            if pattern in (_MET_CALLED, _WHOM_MET_CALLED) and not _names_a_person(match.group("role")):
                continue  # "through a podcast, a show called Tape Hiss": no one
            if pattern in (_TO_WHOM, _WHO_PASSIVE) and not _names_no_one(clause, match.group("appo")):
                continue  # "B, a friend from Cy Dorn's band, whom ...": the apposition speaks of someone else
            bare = match.group("appo_bare") if pattern is _TO_WHOM else None
            if bare and (not _names_no_one(clause, bare) or _OF_ANOTHER & set(bare.split())):
                # ("B, the cousin of a drummer whom A had been introduced to": the relative clause is the drummer's)
                continue
            whom_apposed = (
                clause.mention(match.group("described")) if pattern is _TO_WHOM and match.group("described") else None
            )
            b_told = clause.mention(match.group("b")) if whom_apposed is not None else None
            if whom_apposed is not None and (
                whom_apposed.kind != "description"
                or whom_apposed.person is None
                or b_told is None
                or whom_apposed.person != b_told.person
            ):
                continue  # "B, Cy Dorn whom A had been introduced to": two named, or a description of someone else
            if pattern is _WHOM and bool(match.group("what")) != bool(match.group("close")):
                continue  # an apposition closes where it opened: "whom the manager, X, had introduced"
            if pattern is _WHOM and _OF_ANOTHER & set((match.group("a_what") or "").split()):
                continue  # "A, the friend of a producer whom X introduced": the relative clause is the producer's
            if pattern is _WHOM and (a_what := clause.mention(match.group("a_what"))) is not None:
                named = clause.mention(match.group("a"))
                if a_what.kind != "description" or named is None or a_what.people != named.people:
                    continue  # "A, B whom X introduced": what A is, read as a description of A, or nothing
            if pattern is _ACTIVE and not _bracket_ok(clause, match):
                continue
            if (
                pattern is _ACTIVE
                and match.group("b")
                and clause.skeleton[max(0, match.start("b") - 5) : match.start("b")] == "from "
                and not match.group("rest").lstrip().startswith(", @")
            ):
                # "introduced him to a trumpeter from Cape Coast": a name after "from" is where one is from (one
                # named in apposition after it, "from Hull, X", is read on below)
                continue
            if (
                pattern is _ACTIVE
                and match.group("b")
                and (other_then := _TO_THE_OTHER_COMMA.match(clause.skeleton[match.end("a") : match.start("b")]))
            ):
                # "introduced A to the other three, at a wake in Leith": the comma ends the plural, and the name after
                # "in" is where the occasion is, no second one (read as if the comma were not there)
                at = match.end("a") + other_then.end("other")
                rematch = _ACTIVE.match(linear.Encoded(f"{clause.skeleton[:at]} {clause.skeleton[at + 1 :]}"), start)
                match = rematch if rematch is not None and not rematch.group("b") else match
            if (
                pattern is _ACTIVE
                and not match.group("b")
                and clause.skeleton[max(0, match.start("a") - 2) : match.start("a")] == ", "
                and _APPOSED_THEN_TO.match(match.group("rest"))
            ):
                # "introduced our book writer, A, to B at ...": the comma closes the apposition that named the first
                # one introduced, and whom they were introduced to follows (read as if that comma were not there)
                at = match.end("a")
                rematch = _ACTIVE.match(linear.Encoded(f"{clause.skeleton[:at]}{clause.skeleton[at + 1 :]}"), start)
                match = rematch if rematch is not None and rematch.group("b") else match
            if (
                pattern is _ACTIVE
                and match.group("b")
                and _PLACED_OBJECT.search(clause.skeleton[max(0, match.start("b") - 12) : match.start("b")])
                and not match.group("rest").lstrip().startswith(", @")
            ):
                # "introduced him to the band at her wedding": whom he was introduced to is told by words the page
                # did not read as anyone, and the name (or "her") after "at" is where or whose the occasion is, not
                # a second one introduced (left out as unsure)
                found.append(Doubt(_UNSURE_PEOPLE, clause.at(match.start())))
                covered = match.start("rest")
                break
            more = None
            if pattern in (_ACTIVE, _IN_TOUCH) and match.group("b"):
                joined_by = clause.skeleton[match.end("a") : match.start("b")]
                to_b = pattern is _IN_TOUCH or " to " in joined_by
                more = (_MORE_JOINED if to_b else _MORE_TO).match(match.group("rest"))
                if more is None and (
                    (to_b and _AND_ANOTHER.match(match.group("rest")))
                    or _AND_TITLE_CUT.match(match.group("rest"))
                    or (not to_b and _TO_MORE_UNREAD.match(match.group("rest")))
                ):
                    # "introduced him to A and the B": one to two others, told in a way not read as a group (left out)
                    found.append(Doubt(_UNSURE_PEOPLE, clause.at(match.start())))
                    covered = match.start("rest")
                    break
            if pattern is _PASSIVE and match.group("to") and match.group("prep") == "to" and not match.group("b"):
                # "A was introduced to B and C by X": the others joined to whom the one was introduced to, all of the
                # words between them and "by"
                more = _PASSIVE_JOINED.match(match.group("middle"))
            listed = (
                _LISTED.match(match.group("rest")) or _LISTED_DESCRIBED.match(match.group("rest"))
                if pattern is _ACTIVE and not match.group("b")
                else None
            )
            if (
                pattern is _ACTIVE
                and _AS_PRESENTED.match(match.group("rest"))
                and (not match.group("b") or " to " not in clause.skeleton[match.end("a") : match.start("b")])
            ):
                # "the presenter introduced the pair as "the duet of the year"": presenting them to an audience as
                # something, not to each other (no "to" between them, then "as")
                continue
            if match.groupdict().get("dash_who") is not None and not _dash_opened(clause, match):
                continue
            if pattern is _AND_INTRODUCED and (
                not _SUBJECT_START.search(clause.skeleton[max(0, match.start() - 60) : match.start()])
                or (
                    any(
                        m.kind in ("name", "description") and not _names_a_place(clause, m, match.group("first"))
                        for m in _mentions_in(clause, match.group("first"))
                    )
                    and not _the_two_in_first(clause, match)
                )
                or (
                    match.group("hooked")
                    and not match.group("touched")
                    and (
                        _plural(clause.mention(match.group("hooked"))) is None
                        or _JOINED_AFTER.match(match.group("rest"))
                    )
                )
            ):
                continue  # "A and X had ...", "X called Bell, and ...": not the one subject, or someone else named
            if any(
                not _describes_no_one(clause, match.groupdict().get(group)) for group in ("about_a", "about_b")
            ) or not _relative_names_no_other(clause, match):
                # "A, a friend of Cy Dorn's, and B were introduced", "X, the manager who had signed A and B ...,
                # connected them": an apposition naming someone else, who may be one of the two
                continue
            born = clause.mention(match.groupdict().get("born"))
            if (
                born is not None
                and (born.people or not _BORN.search(born.text))
                and not clause.skeleton.startswith((" who ", " that "), match.end("born"))
            ):
                # "the Chicago-born producer who": where they are from, read as a name of no one ("the Radio Polder DJ
                # who": or what they are, read whole as one name)
                continue
            aside = match.groupdict().get("aside")
            subject = clause.mention(match.groupdict().get("a") or "")
            # ("A and B, the guitarist, were introduced": the aside after the second describes the second)
            second = clause.mention(match.groupdict().get("b") or "")
            if aside and any(
                m.kind != "pronoun"
                and not _names_a_place(clause, m, aside)
                and not _a_month(m)
                and not aside.startswith(f"@{m.number}'s ")
                # ("her producer since her first EP": a description of the subject, and a name of no one, no person's)
                and not (
                    (aside.startswith(f"@{m.number} ") or aside == f"@{m.number}")
                    and m.kind == "description"
                    and (_same(m, subject) or _same(m, second))
                )
                and not (m.kind == "name" and not m.people and not m.new and not aside.startswith(f"@{m.number}"))
                for m in _mentions_in(clause, aside)
            ):
                continue  # "Ostrowska, like Halloran, was introduced": an aside naming someone else
            if pattern is _ACTIVE and _PLACE_OF_PLACE.search(
                clause.skeleton[max(0, match.start("by") - 30) : match.start("by")]
            ):
                continue  # "a church on Chicago's South Side, who introduced": a part of a place, no introducer
            apposed = match.groupdict().get("apposed")
            if apposed and not _apposition_ok(clause, apposed, clause.mention(match.group("by"))):
                continue  # "X, a friend who had worked with A and who set them up": whom "them" means is not sure
            between = match.groupdict().get("between")
            if pattern in (_IN_TOUCH, _CONNECTED) and between and between.split(" ", 1)[0] in ("who", "whom", "whose"):
                continue  # a relative clause, not an apposition: read by the shapes that allow one
            if not _apposition_ok(clause, between, clause.mention(match.group("by"))) and not _cleft_described(
                clause, match.start("by"), between
            ):
                if _RELATIVE_NEXT.match(clause.skeleton, match.end("between")):
                    # "credited to A, and was produced by B, who had introduced": the relative clause is about the
                    # name right before it, which the match from there reads
                    continue
                if _one(clause.mention(match.group("by")), speaker) is None or _PLACE_BEFORE.search(
                    clause.skeleton[max(0, match.start("by") - 12) : match.start("by")]
                ):
                    # "their coach in Tulsa, Imogen Sparrow, who introduced": a place, then the introducer (after "at"
                    # or "in" a name is where, whatever else the page calls by it: "my teacher at Trinity, X,
                    # introduced")
                    continue
                # "Cy Dorn, and later Eda Fenn, introduced ...": not an apposition; nor is the last the introducer
                found.append(Doubt(_UNSURE_INTRODUCER, clause.at(match.start())))
                covered = match.start("rest")
                break
            if match.start("by") > match.start() and _JOINED.search(
                clause.skeleton[max(0, match.start("by") - 60) : match.start("by")]
            ):
                # "introduced years earlier by a mutual friend, and he has said ...": the introducer unnamed, the
                # name after the comma the next clause's subject
                found.append(Doubt(_UNSURE_INTRODUCER, clause.at(match.start())))
                covered = match.start("rest")
                break
            if (
                pattern is _ACTIVE
                and _COMMA_INTRODUCING.match(clause.skeleton, match.end("by"))
                and not _CLAUSE_START.search(clause.skeleton[max(0, match.start("by") - 12) : match.start("by")])
            ):
                # "Cy Dorn thanked Bell, introducing her to ...": the participle is the subject's, not the object's
                continue
            if (
                match.start("by") == match.start()
                and _COMMA_THEN.match(clause.skeleton, match.end("by"))
                and not match.groupdict().get("between")
                and not _CLAUSE_START.search(clause.skeleton[max(0, match.start("by") - 12) : match.start("by")])
                and not _OPENING_APPOSITION.match(clause.skeleton[: match.start("by")])
            ):
                # "Dorn played her demo beside one by Bell, then put the two in touch": the verb after "then" is the
                # subject's second, not the object's before the comma
                continue
            by = clause.mention(match.group("by"))
            if (
                by is not None
                and by.possessive
                and _OF_WHOSE_APPOSED.search(clause.skeleton[max(0, match.start("by") - 80) : match.start("by")])
            ):
                continue  # "X, an old friend of Bell's, who introduced": the relative is about the friend, X
            if pattern is _PASSIVE and by is not None and by.kind == "pronoun" and by.text.lower() in _WHOSE:
                kin = _PASSIVE_KIN.match(encoded, start)
                # ("by her pastor, the husband of X": X is whom the words relate the introducer to, not them)
                what = set((kin.group("kin_what") or "").split()) if kin is not None else set()
                if kin is not None and kin.start("kin") == match.start("by") and not what & _NOT_DESCRIBING:
                    match, by = kin, clause.mention(kin.group("by"))  # the relation of hers, named after a comma
            # ("by the landlord of the old Crown Inn at a party": a new name after "of the" and a word saying which one
            # is the place the introducer is of, not them, unless their name follows in apposition)
            of_a_place = (
                pattern is _PASSIVE
                and by is not None
                and by.kind == "name"
                and by.person is None
                and _PLACE_OF_SOMEONE.search(clause.skeleton[max(0, match.start("by") - 40) : match.start("by")])
                is not None
            )
            if (
                (
                    (_possessive(clause, by, match.end("by")) or of_a_place)
                    and _placed_description(clause, match) is None
                )
                or (by is not None and by.possessive)
                or _not_the_agent(clause, match)
            ):
                # ("introduced by Cy Dorn's manager at a fair": the manager, whom the sentence does not name)
                # "thanks to an introduction from her A&R team": whose team, and the team no one named
                found.append(Doubt(_UNSURE_INTRODUCER, clause.at(match.start())))
                covered = match.start("rest")
                break
            whose = clause.mention(match.groupdict().get("whose"))
            if whose is not None and whose.text.lower() not in ("his", "her", "their"):
                continue
            if pattern is _CONNECTED and _possessive(clause, clause.mention(match.group("b")), match.end("b")):
                continue  # "connected Bell with her old school": with something of hers, not with someone
            if (
                pattern is _CONNECTED
                and match.group("upwith")
                and (_NOT_DESCRIBING | {"by"}) & set((match.group("described") or "").split())
            ):
                continue  # "set Bell up with a label run by X": with something X runs, not with X
            if (
                pattern in (_IN_TOUCH, _IN_TOUCH_BOTH)
                and match.groupdict().get("b") is None
                and match.groupdict().get("to") is None
                and (_plural(clause.mention(match.group("a"))) is None or _WITH_NEXT.match(match.group("rest")))
            ):
                # "X put Bell in touch", "put them in touch with a label": not the two with each other
                continue
            described = match.groupdict().get("described") or ""
            if (
                pattern is _IN_TOUCH
                and "," in described
                and not _DESCRIBED_AFTER_COMMA.match(described.rsplit(",", 1)[1])
            ):
                continue  # "put Bell in touch with a label, sang with Arbour": the comma ends the clause, no apposition
            if (
                pattern is _PARTICIPLE
                and match.group("hooked")
                and (
                    (match.group("also") is None and _plural(clause.mention(match.group("hooked"))) is None)
                    or _JOINED_AFTER.match(match.group("rest"))
                )
            ):
                continue  # "..., bringing Bell together with X", "bringing her together": not two with each other
            if pattern is _TOGETHER and match.group("a") and _INTO_THE_SONG.match(match.group("rest")):
                continue  # "C put them together in the chorus": the parts of a song, joined into one
            if pattern is _TOGETHER and (bool(match.group("took")) != bool(match.group("bring"))):
                continue  # "bring" only after "it took X to", and "to" only before it
            if (
                pattern is _TOGETHER
                and match.group("took")
                and not _IT_TOOK.search(clause.skeleton[max(0, match.start("by") - 60) : match.start("by")])
            ):
                continue  # "Bell asked Dorn to bring them together": what was asked, not done
            joined = match.groupdict().get("setup") or match.groupdict().get("linked")
            if (
                pattern is _TOGETHER
                and joined
                and not (match.group("setalso") or match.group("linkedalso"))
                and (_plural(clause.mention(joined)) is None or _JOINED_AFTER.match(match.group("rest")))
            ):
                continue  # "set Bell up with a label", "connected her with ...": not two with each other
            if pattern is _WHOM_MET and match.group("apposed_a"):
                described, named = clause.mention(match.group("apposed_a")), clause.mention(match.group("a"))
                if (
                    described is None
                    or named is None
                    or described.kind != "description"
                    or described.person is None
                    or described.person != named.person
                ):
                    continue  # "A, X B met through ...": what stands between is no description of A's
            if pattern is _PRESENTED and not _of_page(clause.mention(match.group("b"))):
                continue  # "said, 'this is Abbey Road'": a place, not someone of the page
            covered = match.start("rest")
            if pattern is _WHOM_MET and (dashed := _DASH_AGAIN.match(match.group("rest"))) is not None:
                # "A, whom B met through X - he introduced the two of them": the same introduction, told again
                covered += dashed.end("them")
            if " and " in f" {match.groupdict().get('skip') or ''} ":
                continue  # "an introduction from A and B": not one introducer
            other = (
                _TO_THE_OTHER.match(match.group("rest"))
                if pattern is _ACTIVE and not match.group("b") and more is None
                # ("A was introduced to the other two by X": the passive's, before its introducer)
                else _OTHER_BEFORE_BY.match(match.group("middle"))
                if pattern is _PASSIVE and not match.group("b") and not match.group("to") and not match.group("prep")
                else None
            )
            others_of = last_group
            if other is not None and len(last_group) == GROUP_SIZES[other.group("count")] + 1:
                # "X introduced him to the other two", X one of the three the page introduced last: the two besides X
                doer = _one(clause.mention(match.group("by")), speaker)
                besides = tuple(p for p in last_group if doer is None or fold(p) != fold(doer))
                others_of = besides if len(besides) == len(last_group) - 1 else last_group
            if other is not None and len(others_of) != GROUP_SIZES[other.group("count")]:
                # ("A was introduced to the other three by X", "X introduced A to the other two": the one introduced,
                # named before the plural, counts among whom the sentence named, the introducer not)
                others_of = _line_up_besides(
                    clause,
                    max(match.start(), match.end("a")),
                    GROUP_SIZES[other.group("count")],
                    people,
                    clause.mention(match.group("by")),
                ) or (others_of)
            if other is not None and len(others_of) != GROUP_SIZES[other.group("count")] and before is not None:
                others_of = _set_before(before, GROUP_SIZES[other.group("count")]) or others_of
            if other is not None and len(others_of) != GROUP_SIZES[other.group("count")]:
                # ("A, B and C had been playing as a trio when D arrived, and X introduced her to the other three":
                # the set may open the introduction's own sentence)
                others_of = _set_before(clause, GROUP_SIZES[other.group("count")]) or others_of
            if other is not None and len(others_of) != GROUP_SIZES[other.group("count")]:
                # "introduced him to the other two": the two the page introduced last, when it told just so many
                # (otherwise whom they are is not sure, and no pair of the group is read)
                found.append(Doubt(_UNSURE_PEOPLE, clause.at(match.start())))
                break
            counted = (
                _COUNTED.search(clause.skeleton[: match.start("a")])
                if not (match.groupdict().get("b") or match.groupdict().get("to"))
                else None
            )
            read = _read(
                clause,
                match,
                speaker,
                people,
                subject=pattern in _SUBJECT_INTRODUCES,
                sentence_before=before,
                sentence_after=after,
                agent=(pattern is _PASSIVE and _agent_of_two(clause, match))
                or (pattern in (_MET_VIA, _MET_VIA_DESCRIBED) and _met_through_by_two(clause, match)),
                skip=more.end("more")
                if more is not None and pattern is not _PASSIVE
                else other.end("other")
                if other and pattern is _ACTIVE
                else listed.end("listed")
                if listed is not None
                else 0,
                plural=others_of if other is not None else (),
                last_group=last_group,
                count=counted.group("count") if counted is not None else None,
                listed=listed.group("first") if listed is not None else None,
            )
            if more is not None and isinstance(read, Introduction):
                read = _with_more(clause, read, more.group("more"))
            opened = None
            if pattern is _PASSIVE and match.group("b") and isinstance(read, Introduction):
                # ("Her parents, A and B, were introduced": the two in apposition to a plural, no list)
                opened = (
                    _LISTED_BEFORE_PASSIVE.match(clause.skeleton[: match.start("a")])
                    if not match.group("closed")
                    else None
                )
                if opened is not None and not all(
                    member.person is not None for member in _mentions_in(clause, opened.group("more"))
                ):
                    # "Fittingly, A and B were introduced": a word opening the sentence, no one named ("Dear Editor, A
                    # and B were introduced": no one of the page)
                    opened = None
                if opened is not None:
                    # "A, B and C were introduced by X": all three, not the last two
                    read = (
                        _with_more(clause, read, opened.group("more"))
                        if not match.group("to")
                        else Doubt(_UNSURE_PEOPLE, read.at)
                    )
                elif match.group("floated") == "all":
                    # "... A and B were all introduced by X": "all" tells more than the two read (left out)
                    read = Doubt(_UNSURE_PEOPLE, read.at)
            if listed is not None and isinstance(read, Introduction):
                read = _with_more(clause, read, listed.group("others"))
            if dashed_ahead and isinstance(read, Introduction):
                read = _with_more(clause, read, dashed_ahead)
            if (
                pattern is _PASSIVE
                and match.group("to")
                and isinstance(read, Introduction)
                and _DASH_OPENED.search(clause.skeleton[max(0, match.start("to") - 4) : match.start("to")])
            ):
                # "A was introduced to her band - B, the bassist C and the drummer D - by X": the people of a group
                # listed between dashes after it, each of them introduced (not only the first); a dash that opens
                # something else leaves whom not sure
                dashed = _DASHED_LIST.match(match.group("middle"))
                read = _with_more(clause, read, dashed.group("more")) if dashed else Doubt(_UNSURE_PEOPLE, read.at)
            ahead = (
                _LIST_AHEAD.search(clause.skeleton[:start])
                if pattern is _PASSIVE and match.group("b") and opened is None
                else None
            )
            if ahead is not None and any(
                m.kind != "name" or m.person is None for m in _mentions_in(clause, ahead.group("more"))
            ):
                ahead = None  # "Her parents, A and B, were introduced": a plural the two are in apposition to
            if ahead is not None and read is not None:
                # "A, B and C were introduced to one another by X": the members of a list before the two the pattern
                # read, each introduced too (or, one not sure, none)
                read = _with_more(clause, read, ahead.group("more")) if isinstance(read, Introduction) else read
            elif (
                pattern is _PASSIVE
                and opened is None
                and (listed_ahead := _LISTED_AHEAD.search(clause.skeleton[:start])) is not None
                and getattr(clause.mention(listed_ahead.group("last")), "person", None) is not None
            ):
                # ("A, the drummer B and C were introduced": a member before the two not read as a name, so whom the
                # group holds is not sure)
                read = Doubt(_UNSURE_PEOPLE, clause.at(match.start())) if read is not None else read
            if isinstance(read, Introduction) and counted is not None:
                # ("introduced the three of them to X": the three as one party, which the page may name as a band)
                read = _counted_group(clause, read, match, counted.group("count"), before, people)
            elif isinstance(read, Introduction) and (match.groupdict().get("b") or match.groupdict().get("to")):
                read = _band_as_members(clause, read, match, people)
            if read is not None:
                found.append(read)
            break
    made_by = _BETWEEN_MADE_BY.search(encoded) if not found and "introduction " in clause.skeleton else None
    if made_by is None and not found and "introduction " in clause.skeleton:
        made_by = _INTRODUCTION_BY.search(encoded)
    if made_by is not None:
        read = _read(clause, made_by, speaker, people, sentence_before=before, sentence_after=after)
        if read is not None:
            found.append(read)
    if " the introduction" in clause.skeleton:
        found += _made(clause, encoded, speaker, people)
    if before is not None and not found and "ntroduction" in clause.skeleton:
        found += _made_before(clause, before, speaker, people)
    if before is not None and not found and ("ntroduction" in clause.skeleton or _behind(clause.skeleton)):
        found += _cleft_made(clause, before, speaker, people, after)
    if not found and " came " in clause.skeleton:
        found += _came_from(clause, before, speaker, people)
    if not found and " came " in clause.skeleton and "ntroduction between" in clause.skeleton:
        found += _between_came(clause, speaker, people)
    if not found and " came " in clause.skeleton and "ntroduction to " in clause.skeleton:
        found += _to_came(clause, speaker, people)
    if not found and " came " in clause.skeleton and " who " in clause.skeleton:
        found += _came_from_who(clause, speaker, people)
    if not found and after is not None and clause.skeleton.rstrip().endswith("?"):
        found += _answered(clause, after, speaker, people)
    noun_who = _NOUN_WHO.search(encoded) if not found and " who " in clause.skeleton else None
    if noun_who is not None:
        read = _read(clause, noun_who, speaker, people, sentence_before=before)
        if read is not None:
            found.append(read)
    cleft = _THROUGH_CLEFT.search(encoded) if "through" in clause.skeleton or " by " in clause.skeleton else None
    between = cleft.group("between") if cleft is not None else None
    if (
        cleft is not None
        # (a new full name is someone when the apposition says what they do: "through X, the teacher who ...")
        and (
            _of_page(clause.mention(cleft.group("by")))
            or (between is not None and _describes_one(clause, between, cleft.group("by")))
        )
        and _apposition_ok(clause, between, clause.mention(cleft.group("by")))
    ):
        read = _read(clause, cleft, speaker, people)
        if read is not None:
            found.append(read)
    denied = found and after is not None and denies(after)
    if denied or any(clause.hearsay_at(one.at) for one in found):
        # "It was widely reported that X introduced them", "X introduced them. That is not what happened.": a claim the
        # page tells as hearsay or denies is no fact
        kept = [
            one if isinstance(one, Doubt) or not (denied or clause.hearsay_at(one.at)) else Doubt(_DENIED, one.at)
            for one in found
        ]
        if not denied and " but " in clause.skeleton:
            kept += _but_instead(clause, encoded, speaker, people, before)
        return kept
    return found


# "it was not X who introduced A and B but A's old teacher, Y, at a recital in Z": the cleft denies X and names who did
# instead after "but" (a description set off by commas may come first), and where after them
_NOT_BUT = linear.compile(
    rf"\b(?i:it)\s+(?:was|is)\s*(?:not|n't)\s+{_DESCRIPTION}{_P}\s+who\s+{_ADVERBS}introduced\s+"
    rf"(?P<a>{_P})\s+(?:and|to)\s+(?P<b>{_P})\s+but\s+"
    rf"(?:(?:the|a|an|his|her|their|{_P}'s)\s+(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*\s*,\s*)?"
    rf"(?P<by>{_P})(?P<rest>(?:\s*,|\s+(?:at|during|in|on|backstage)\s)[^.!?;]{{0,300}}|\s*[.!?;]?\s*$)"
)


def _but_instead(
    clause: Clause, encoded: linear.Encoded, speaker: str | None, people: People, before: Clause | None
) -> list[Introduction | Doubt]:
    """The introducer a denying cleft names instead, after "but", of the same two (see ``_NOT_BUT``)."""
    match = _NOT_BUT.search(encoded)
    introducer = clause.mention(match.group("by")) if match is not None else None
    if match is None or introducer is None or introducer.possessive:
        return []
    read = _read(clause, match, speaker, people, sentence_before=before)
    if isinstance(read, Introduction):
        return [replace(read, at=clause.at(match.start("by")))]
    return [read] if read is not None else []


# "The person who brought A and B together? Her bass player, X, at a party in Houston": who introduced the two, asked,
# and the answer, a phrase with no verb of its own, in the next sentence
_WHO_ASKED = linear.compile(
    rf"^\W*(?:[Aa]nd\s+)?(?:[Tt]he|[Ss]o\s+the)\s+(?:person|man|woman|one|friend)\s+(?:who|that)\s+{_ADVERBS}"
    rf"(?:introduced\s+(?P<a>{_P})\s+(?:to|and)\s+(?P<b>{_P})(?:\s+to\s+each\s+other)?"
    rf"|brought\s+(?P<together>{_P})\s+and\s+(?P<also>{_P})\s+together"
    rf"|put\s+(?P<touched>{_P})\s+and\s+(?P<touching>{_P})\s+in\s+touch)\s*\?\s*$"
)
# ("Her bass player, X, at ...": a description of the introducer first, then the name between commas)
_ANSWER = linear.compile(
    r"^\W*(?:(?:@\d+|[Tt]he|[Aa]n?|[Hh]er|[Hh]is|[Tt]heir)\s+(?:[a-z][\w'-]*\s+){0,3}[a-z][\w'-]*\s*,\s*)?(?P<by>@\d+)"
    r"(?P<rest>\s*,[^.!?;]*)?\s*[.!]?\s*$"
)


def _answered(clause: Clause, after: Clause, speaker: str | None, people: People) -> list[Introduction | Doubt]:
    """Who introduced the two the question asks of, told by the answer the next sentence gives."""
    asked = _WHO_ASKED.match(clause.skeleton)
    answer = _ANSWER.match(after.skeleton) if asked is not None else None
    if asked is None or answer is None:
        return []
    a = clause.mention(asked.group("a") or asked.group("together") or asked.group("touched"))
    b = clause.mention(asked.group("b") or asked.group("also") or asked.group("touching"))
    pair = _named_pair(a, b, speaker)
    introducer = after.mention(answer.group("by"))
    by = _one(introducer, speaker) if introducer is not None and not introducer.possessive else None
    if pair is None or by is None:
        return [Doubt(_UNSURE_PEOPLE, 0)]
    if len({fold(by), fold(pair[0]), fold(pair[1])}) != 3:
        return [Doubt("an introduction that names the same person twice is not imported", 0)]
    parties = _Parties(by, pair, speaker, people)
    occasion = _occasion(after, (answer.group("rest") or "").lstrip(" ,"), parties)
    return [Introduction(by, pair, occasion, None, 0)]


# Shapes whose introducer is the subject of the introducing verb ("X introduced A to B at her party").
_SUBJECT_INTRODUCES = (
    _ACTIVE,
    # ("A, whom X had introduced to B at her party": X is the subject of the relative clause's "introduced")
    _WHOM,
    _WHOM_TO,
    _PARTICIPLE,
    _AND_INTRODUCED,
    _IN_TOUCH,
    _IN_TOUCH_BOTH,
    _TOGETHER,
    _CONNECTED,
    _SAME_ROOM,
    _MADE_BETWEEN,
)
# The word after "her" or "their": a noun makes it a possessive ("from her A&R team"), whose owner is no introducer.
_WORD_AFTER = linear.compile(r"\s+(?P<word>\p{Lu}{1,3}&\p{Lu}{1,3}|[\w'-]+)")
_NOT_OWNED = frozenset({"through", "via", "into", "onto", "across", "near", "again", "too", "years", "backstage"})


# "A met B at her cousin's wedding, where X introduced them": the meeting told first, by the two, whose "his" or "her"
# before where they met is one of theirs
_MET_AT = linear.compile(r"(?:^|[,;:]\s+|\band\s+)(?P<a>@\d+)\s+(?:first\s+)?met\s+(?P<b>@\d+)\s+$")
_WHOSE_AT = linear.compile(r"^(?:at|during)\s+@(?P<number>\d+)\s")


def _met_whose(clause: Clause, before: str, phrase: str, parties: _Parties) -> str | None:
    """Whom a "his" or "her" at the start of where the two an introduction is of met means: the one of them the
    word can mean ("Ana met Tom at her sister's wedding", Tom a "he": Ana), "" when either may be meant, None when
    the phrase is no "his" or "her" place of theirs (then read as before)."""
    met = _MET_AT.search(before)
    whose = _WHOSE_AT.match(phrase)
    if met is None or whose is None:
        return None
    pronoun = clause.mentions[int(whose.group("number"))]
    self_word = _POSSESSIVE_SELF.get(pronoun.text.lower())
    a, b = clause.mention(met.group("a")), clause.mention(met.group("b"))
    if self_word is None or a is None or b is None or a.possessive or b.possessive:
        return None
    two = (_one(a, parties.speaker), _one(b, parties.speaker))
    if None in two or set(two) != set(parties.pair):
        return None
    selves = parties.people.selves
    # (the one the page never calls otherwise, the other called the other way: the word can mean only them of the two)
    called = [person for person in two if person and selves.get(person) in (None, self_word)]
    others = [person for person in two if person and selves.get(person) not in (None, "", self_word)]
    if len(called) != 1 or len(others) != 1 or pronoun.person not in (None, called[0]):
        return ""
    return called[0]


_FRONTED_WHOSE = linear.compile(r"^(?:at|during)\s+(?:(?P<word>his)|@(?P<number>\d+))\s")


def _fronted_whose(clause: Clause, at: int, phrase: str, parties: _Parties) -> str | None:
    """Whom a "his" or "her" at the start of where an introduction was, told before the introducer ("X died in 2017,
    and it was at his wake that Y introduced ..."), means: the one person named before it in the sentence whom the
    word can mean, as English reads a possessive before the subject (back, not ahead to the subject); "" when more
    than one may be meant, None when the phrase is no "his" or "her" place or no one else is named before it (then
    read as before, as when the introducer is named before it too)."""
    whose = _FRONTED_WHOSE.match(phrase)
    if whose is None:
        return None
    # ("his" is a word of the skeleton, "her" a mention, as it may be an object too)
    pronoun = clause.mentions[int(whose.group("number"))] if whose.group("number") else None
    word = pronoun.text.lower() if pronoun is not None else whose.group("word")
    self_word = _POSSESSIVE_SELF.get(word)
    if self_word is None or (pronoun is not None and pronoun.kind != "pronoun"):
        return None
    meant = pronoun.person if pronoun is not None else None
    starts = clause.starts
    # (a new full name is someone too, named by its words)
    before = {
        person
        for m in clause.mentions
        if m.number < len(starts) and starts[m.number] < at and m.kind == "name"
        for person in (m.people or ((squash(m.text),) if m.new and not m.possessive and " " in m.text else ()))
    }
    before.discard(parties.speaker or "")
    fitting = {person for person in before if parties.people.may_be(person, self_word)}
    if not fitting or parties.by in fitting:
        # (the introducer named before the word, as the subject of the clause before: read as before)
        return None
    if len(fitting) > 1 or meant not in (None, *fitting):
        return ""
    return fitting.pop()


def _possessive(clause: Clause, mention: Mention | None, end: int) -> bool:
    """Whether a pronoun a pattern read as someone is "her" or "their" before a noun (whose, not who)."""
    if mention is None or mention.kind != "pronoun" or mention.text.lower() not in ("her", "their"):
        return False
    after = _WORD_AFTER.match(clause.skeleton, end)
    word = after.group("word").lower() if after else ""
    return bool(word) and not word.startswith("@") and word not in STOP_WORDS and word not in _NOT_OWNED


# "X, who is still, like Y, a terror, introduced them": a name after a word of comparison is no subject
_COMPARED = linear.compile(r"\b(?i:like|unlike|than|besides|including|except)\s+$")


# "introduced A to a shy guitarist who ... . That guitarist? X.": the other one told first by what they are, then
# named by the next sentence, a fragment asking for them by the same noun and answering with the name
_TO_SOMEONE = linear.compile(
    r"^\s+to\s+an?\s+(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z][\w-]*)(?:\s+(?:who|whom|from|with|at|in|during)\s|\s*[,.;!?]|$)"
)
_THAT_ONE = linear.compile(r"^\W*(?:That|This|The)\s+(?P<noun>[a-z][\w-]*)\s*\?\s*$")
_ONLY_NAMED = linear.compile(r"^\W*(?P<who>@\d+)\s*[.!]?\s*$")


def _revealed(rest: str, after: Clause) -> tuple[int, Mention] | None:
    """ "to a shy guitarist who ...", then "That guitarist? X.": where the noun told first ends in ``rest``, and the
    name the next sentence gives for that someone, when both use the same role noun."""
    told = _TO_SOMEONE.match(rest)
    asked = _THAT_ONE.match(after.skeleton) if told is not None else None
    if told is None or asked is None or told.group("noun") != asked.group("noun") or after.answer is None:
        return None
    answer = _ONLY_NAMED.match(after.answer.skeleton)
    who = after.answer.mention(answer.group("who")) if answer is not None else None
    if told.group("noun") not in ROLE_NOUNS or who is None or who.possessive:
        return None
    return told.end("noun"), who


def _read(
    clause: Clause,
    match: linear.Match,
    speaker: str | None,
    people: People,
    subject: bool = False,
    sentence_before: Clause | None = None,
    sentence_after: Clause | None = None,
    agent: bool = False,
    skip: int = 0,
    plural: tuple[str, ...] = (),
    count: str | None = None,
    listed: str | None = None,
    last_group: tuple[str, ...] = (),
) -> Introduction | Doubt | None:
    """``skip``: how much of the rest names more people introduced at once, read by ``_with_more`` (or the plural
    "to the other two" whose people ``plural`` holds); ``count``: how many "the three of them" before the one
    introduced counts (whom ``_counted_group`` reads after); ``listed``: the second of a list of those introduced
    ("introduced A, B and C"), the rest read by ``_with_more``."""
    at = clause.at(match.start())
    introducer = clause.mention(match.group("by"))
    if subject and _COMPARED.search(clause.skeleton[max(0, match.start("by") - 12) : match.start("by")]):
        return Doubt(_UNSURE_PEOPLE, at)
    groups = match.groupdict()
    if listed is not None:
        groups = {**groups, "b": listed}
    if skip:
        groups = {**groups, "rest": (groups.get("rest") or "")[skip:]}
    if groups.get("hooked"):
        # "hooked A and B up", "put A in touch with B"
        groups = {**groups, "a": groups["hooked"], "b": groups.get("also") or groups.get("touched")}
    if groups.get("setup"):
        groups = {**groups, "a": groups["setup"], "b": groups.get("setalso")}  # "set A and B up"
    if groups.get("linked"):
        groups = {**groups, "a": groups["linked"], "b": groups.get("linkedalso")}  # "connected A and B"
    if groups.get("together"):
        groups = {**groups, "a": groups["together"]}  # "brought A together with B"
    if groups.get("met_two"):
        groups = {**groups, "a": groups["met_two"]}  # "they met at X, introduced by Y"
    if groups.get("upwith"):
        groups = {**groups, "a": groups["upwith"]}  # "set A up with B"
    if groups.get("sure") or groups.get("arranged"):
        groups = {**groups, "a": groups.get("sure") or groups["arranged"]}  # "made sure A met B"
    placed = _placed_description(clause, match)
    if placed is not None:
        introducer = clause.mention(placed.group("by"))
        groups = {**groups, "rest": placed.group("rest")}
    by = _one(introducer, speaker)
    if by is None and introducer is not None and groups.get("a") and (groups.get("b") or groups.get("to")):
        by = _he_of_the_two_here(
            clause, introducer, clause.mention(groups["a"]), clause.mention(groups.get("b") or groups.get("to")), people
        )
    looked_back = False
    told_before = False
    told_apart = False  # (one of the two told in each of the two sentences before)
    other = "b" if groups.get("b") else "to" if groups.get("to") else None
    named_after = _placed_party(clause, groups[other], groups.get("rest") or "") if other else None
    if other and named_after is not None:
        groups = {**groups, other: named_after.group("who"), "rest": named_after.group("rest")}
    a, b = clause.mention(groups["a"]), clause.mention(groups.get("b") or groups.get("to"))
    if (a is not None and a.possessive) or (b is not None and b.possessive):
        return None  # "introduced Arbour to Bell's music": to something of hers, not to her
    if b is None and (groups.get("rest") or "").startswith(("'s", "\u2019s")):
        return None  # "introduced the two to each other's fans": to something of theirs, not to each other
    group: tuple[str, ...] | None = None
    # ("A and B were introduced to C by X": the passive's two and whom they were introduced to, as "met C through X")
    met_third = (
        clause.mention(groups["to"])
        if ("to_closed" in groups or groups.get("prep") == "to") and groups.get("b") and groups.get("to")
        else None
    )
    if (
        by is not None
        and a is not None
        and not groups.get("b")
        and "to_closed" in groups
        and groups.get("to")
        and a.kind == "two"
    ):
        # "they met C through X": the two the plural means and whom they met, all three introduced at once (a plural
        # read as one, a band, may mean its members; "we" is the speaker's party: not sure)
        met_one = _one(clause.mention(groups["to"]), speaker)
        if len(a.people) != 2 or a.text.lower() in _FIRST_PLURAL or met_one is None:
            return Doubt(_UNSURE_PEOPLE, at)
        group = (a.people[0], a.people[1], met_one)
    if group is None and by is not None and met_third is not None:
        # "A and B met their producer, C, through X": the two who met and whom they met, all three introduced at once
        # (each a person the page names; a pronoun or plural among them leaves it unsure)
        three = [_one(m, speaker) if m is not None and m.kind != "two" else None for m in (a, b, met_third)]
        if not all(three):
            return Doubt(_UNSURE_PEOPLE, at)
        group = tuple(p for p in three if p)
    if (
        group is None
        and by is not None
        and a is not None
        and (
            plural
            or (
                b is not None
                and a.kind != "two"
                and b.kind == "two"
                and (b.text.lower() not in _THIRD or _them_the_last_two(b, last_group, by, people))
            )
        )
        # ("introduced us to X": "us" is the speaker's party, read as before)
        and not {a.text.lower(), b.text.lower() if b is not None else ""} & _FIRST_PLURAL
    ):
        # "introduced B to the two of them", "introduced the pair of them to C", "introduced him to the other two":
        # one person and a plural of two or more, all introduced at once (a group, never a pair of it)
        group = _plural_party(clause, a, b, plural, by, speaker, people, sentence_before, last_group)
        if group is None:
            return Doubt(_UNSURE_PEOPLE, at)
    pair: tuple[str, str] | None
    if group is not None:
        pair = (group[0], group[1])
    elif by is not None and a is not None and b is not None and _THIRD & {a.text.lower(), b.text.lower()}:
        pair = _pronoun_pair(clause, by, a, b, speaker, people, sentence_before, last_group)
    elif by is not None and a is not None and b is None and a.text.lower() in ("they", "them"):
        if a.text.lower() == "them" and things_before_them(clause.text[: a.start]):
            return None  # "who brought two drums and set them up in the kitchen": the drums, not two people
        pair = _the_two_before(clause, a, by, people)
        if pair is not None and _each_own_clause(clause, a, pair):
            return Doubt(_UNSURE_PEOPLE, at)
        if pair is None:
            pair = _pair(a, b, speaker)
            looked_back = pair is not None
        if pair is None and sentence_before is not None:
            pair = _the_two_of_before(clause, a, by, sentence_before)
    elif by is not None and a is not None and b is None and a.text.lower() == "us" and not a.people and speaker:
        # "Otto I'd met through X, a string arranger I worked with, who introduced us": in the narration, "us" is the
        # writer and the one other person the sentence named before it
        local = _the_two_before(clause, a, by, people)
        # (a new full name among them too leaves whom "us" means unsure: "Otto and Gil Moss met me through X")
        others = {
            fold(m.person or squash(m.text))
            for m in clause.mentions[: a.number]
            if m.kind == "name" and (m.people or m.new) and not m.possessive
        } - {fold(by), fold(speaker)}
        sure = local is not None and fold(speaker) in {fold(p) for p in local} and len(others) <= 1
        pair = local if sure else None
        if pair is None and local is None and not others:
            # "Hemi introduced us at his party," said one of the duo: "us" of a member of the song's one act, a
            # duo, is its two members, when the sentence names no one else before it
            pair = _duo_of(speaker, by, people)
    elif by is not None and a is not None and b is None and a.kind == "two" and gendered(a.text) is not None:
        # "A met B through X, who introduced the two women": the two the sentence named before, not the introducer
        # (with one or more than two such named before, whom it means is not sure)
        local = _the_two_before(clause, a, by, people, gendered(a.text))
        pair = local or (_pair(a, b, speaker) if not _named_before(clause, a, by) else None)
        # ("the boxer's promoter, X, introduced the two women": whose the introducer is may be one of the two, so
        # the last two the page named together are not sure to be them)
        # (so may a description the clause does not resolve, "the boxer's promoter, X")
        owners = {fold(one) for m in clause.mentions[: a.number] if m.possessive and (one := _one(m, None))}
        owned_by = _OWNED_BY_DESCRIPTION.search(clause.skeleton[: clause.starts[a.number]])
        described = owned_by is not None and owned_by.group("noun") in ROLE_NOUNS - GROUP_NOUNS
        if local is None and pair is not None and (described or owners - {fold(p) for p in pair} - {fold(by)}):
            pair = None
        if local is None and pair is None and introducer is not None:
            pair = _one_and_whose_introducer(clause, a, by, introducer, people, gendered(a.text))
    elif (
        by is not None
        and a is not None
        and b is None
        and a.kind == "two"
        and not a.people
        and a.text.lower() not in _FIRST_PLURAL
        and introducer is not None
        and introducer.number == 2
        and a.number > 2
        and (met_via := _met_object_pronoun(clause, by, people, sentence_before)) is not None
    ):
        # "She met him through X, who introduced the pair": the two who met, "him" read as an object pronoun is
        pair = met_via
    elif (
        by is not None
        and a is not None
        and b is None
        and a.kind == "two"
        and a.text.lower() not in _FIRST_PLURAL
        and introducer is not None
        and introducer.number < a.number
        and _named_before(clause, a, by)
    ):
        # "Drey met him through X, who introduced the two": the two the sentence named before the introducer, not the
        # last two the page named together, unless all it named are of those ("Bell thanked X, who introduced the
        # two"); else whom it means is not sure
        # ("Bell met him through X, who introduced the two": "him", whoever he is, is one of the two)
        # (a relative clause about the introducer, between them and the plural, tells of them: what it names is not
        # whom "the two" looks back to; a name that is no one's, a place or a paper, is no one who could be one of
        # the two, as in an apposition)
        about = _WHO_ABOUT.match(clause.skeleton, clause.starts[introducer.number] + len(f"@{introducer.number}"))
        told = about is not None and not _mentions_in(clause, clause.skeleton[about.end() : clause.starts[a.number]])
        upto = introducer.number if told else a.number
        named = {
            fold(m.person or squash(m.text))
            if m.kind == "name"
            # ("A met him through X, who introduced the two": a "him" before the introducer, whom the text knows)
            else fold(m.person)
            if (told or m.number < introducer.number) and m.person
            else "?"
            for m in clause.mentions[:upto]
            if (m.kind == "name" and (m.people or m.new))
            or (m.kind == "pronoun" and m.text.lower() != "her" and not _writers_we(m, speaker))
        }
        named |= {fold(by)} if upto == introducer.number else set()
        # (a new full name counts among those named: "A, B and Gil Moss" before it leaves the two unsure)
        local = _the_two_before(clause, a, by, people) if len(named - {fold(by)}) <= 2 else None
        # ("through Ellie's flatmate, X, who introduced the two": whose relation the introducer is, no one of the two)
        owner = clause.mentions[introducer.number - 1] if introducer.number else None
        if owner is not None and owner.possessive and owner.person:
            named -= {fold(owner.person)}
        pair = local or (_pair(a, b, speaker) if named - {fold(by)} <= {fold(p) for p in a.people} else None)
    else:
        pair = _pair(a, b, speaker)
    if (
        pair is not None
        and by is not None
        and a is not None
        and b is None
        and sentence_before is not None
        and len(a.people) == 2
        and squash(a.text).lower() in _BARE_PLURALS | {"the two women", "the two men"}
        # (a pair holding the introducer is no reading to correct: whom the plural means is not sure)
        and fold(by) not in {fold(p) for p in pair}
    ):
        # "And how did A know B? Through her bandmate C, who introduced the two of them": a plural right after a
        # sentence that told of exactly two others means those two, not the last two the page named together
        told_two = _the_two_told_before(clause, a, by, sentence_before)
        # (only when the introducer is told as someone's, of one of those two: "Her pastor, X", "B's sister, X")
        owners = {fold(one) for m in clause.mentions[: a.number] if m.possessive and (one := _one(m, None))}
        owned_before = _OWNED_BY_PRONOUN.search(clause.skeleton[: clause.starts[a.number]]) is not None
        if (
            told_two is not None
            and {fold(p) for p in told_two} != {fold(p) for p in pair}
            and (
                owned_before
                or owners & {fold(p) for p in told_two}
                # ("B was A's find. The two had been introduced by X": the plural opening the sentence, as its
                # subject, looks back to the two the sentence just before told of)
                # (when the two it had read share one of them: one of the two the page named last, and a newcomer)
                or (
                    a.number == 0
                    and clause.starts[0] == 0
                    and len({fold(p) for p in told_two} & {fold(p) for p in pair}) == 1
                )
            )
        ):
            pair, told_before = told_two, True
    if (
        pair is None
        and by is not None
        and a is not None
        and b is None
        and sentence_before is not None
        and squash(a.text).lower() in _BARE_PLURALS
    ):
        pair = _the_two_told_before(clause, a, by, sentence_before)
        if pair is None:
            pair = _the_two_told_apart(clause, a, by, sentence_before, people)
            told_apart = pair is not None
        told_before = pair is not None
    if pair is None and by is not None and a is not None and b is None and sentence_after is not None:
        revealed = _revealed(groups.get("rest") or "", sentence_after)
        if revealed is not None:
            pair = _pair(a, revealed[1], speaker)
            groups = {**groups, "rest": (groups.get("rest") or "")[revealed[0] :]}
    if pair is None and by is not None and a is not None and b is None and groups.get("a"):
        pair = _kin_pair(clause, match, by, a, speaker)
        kin_after = _KIN_INTRODUCED_AFTER.match(groups.get("rest") or "") if pair is not None else None
        if kin_after is not None:
            # ("introduced Z to her brother at a barn dance": the occasion follows the relation)
            groups = {**groups, "rest": (groups.get("rest") or "")[kin_after.end() :]}
    met_before = False
    if pair is None and by is not None and a is not None and b is None and a.text.lower() in _FIRST_PLURAL:
        pair = _us_as_met(clause, a, by, speaker)
        met_before = pair is not None
    if by is None and pair is not None and introducer is not None and introducer.text.lower() in _SINGULAR:
        # "Jess and I met through Dev. He introduced us at a barbecue": "he" is whom the sentence (or the one
        # before) named who is neither of the two introduced
        others = {fold(pair[0]), fold(pair[1])} | ({fold(speaker)} if speaker else set())
        unknown = _unknown_before(clause, introducer, others) or (
            # ("... and I hated him for it. He introduced me to X": the sentence before, when "he" opens this one)
            sentence_before is not None
            and clause.starts[introducer.number] == 0
            and _unknown_before(
                sentence_before,
                replace(introducer, number=min(len(sentence_before.mentions), _ANTECEDENTS)),
                others,
            )
        )
        by = None if unknown else _antecedent(clause, introducer, others, people, sentence_before)
        if by is None and sentence_before is not None and clause.starts[introducer.number] == 0:
            by = _new_one_before(sentence_before, others)
        if by is None and not unknown:
            by = _new_one_here(clause, introducer, others)
        if by is not None and a is not None and b is None and a.text.lower() in ("them", "they"):
            # "Her meeting with B, who produced it with C, was C's doing: he introduced them": "them" read as the two
            # the text named before (A and C) leaves "he" to be B, but C, one of those two, named here before "he"
            # may be meant as well (and "them" then someone else): not sure
            # (not when the same "he" told of the introducer earlier in the sentence: "He had played for A and toured
            # with B's band, and he brought them together")
            word = _SINGULAR.get(introducer.text.lower())
            earlier = clause.mentions[: introducer.number]
            # ("A had toured with C's band, and he introduced them": nor when the sentence opens on the introducer as
            # its subject, whom "he" goes on about; "A and C were put in touch by B, and he introduced them": nor when
            # it names both of the two, whom "them" then plainly means)
            opened = bool(earlier) and earlier[0].person == by and _OPENING_SUBJECT.match(clause.skeleton) is not None
            if (
                not opened
                and not any(m.kind == "pronoun" and m.person == by for m in earlier)
                and len(named_of_pair := {m.person for m in earlier if m.kind == "name" and m.person in pair}) == 1
                and all(people.selves.get(str(p), word or "") in (word, "") for p in named_of_pair)
            ):
                by = None
    if by is not None and pair is not None and a is not None and b is None and a.text.lower() in ("us", "we"):
        pair = _us_without(by, pair, speaker, people)
        if any(one in people.groups() and fold(str(speaker)) in map(fold, people.members(one)) for one in pair):
            return Doubt(_UNSURE_PEOPLE, at)  # "us" as a member and their own band of more than two: which of them
    if pair is None and count is not None and by is not None and b is None:
        # "introduced the three of them": no pair, but the group the sentence (or the one before) named just so many
        counted = _counted_people(clause, match, by, count, sentence_before, people)
        pair = (counted[0], counted[1]) if counted is not None else None
    if by is None or pair is None:
        return Doubt(_UNSURE_PEOPLE, at)
    if len({fold(by), fold(pair[0]), fold(pair[1])}) != 3:
        return Doubt("an introduction that names the same person twice is not imported", at)
    rest = _past_named_role(clause, b, groups["rest"] or "")
    apposed = agent and (rest[:1] == "," and _apposition(clause, rest) is not None)
    parties = _Parties(
        by,
        pair,
        speaker,
        people,
        subject,
        groups.get("stress"),
        agent,
        apposed,
        _set_off_agent(clause, introducer, rest),
    )
    occasion = _occasion(clause, rest, parties)
    if occasion is None and groups.get("place"):
        occasion = _occasion(clause, f" at {groups['place']}", parties)  # "took me to the after-party"
    if occasion is None and groups.get("middle"):
        occasion = _occasion(clause, groups["middle"], parties)
        aside = _ASIDE_LAST.search(groups["middle"]) if occasion is None else None
        if aside is not None and not any(_of_page(m) for m in _mentions_in(clause, aside.group("phrase"))):
            occasion = _occasion(clause, " " + aside.group("phrase"), parties)
    set_off = groups.get("aside") or ""
    if (
        occasion is None
        and _SET_OFF_PLACE.match(set_off)
        and not any(_of_page(m) for m in _mentions_in(clause, set_off))
    ):
        # "It was X who, at a summer school in Hull, introduced": where, set off by commas before the verb
        occasion = _occasion(clause, " " + set_off, parties)
    if occasion is None and any(word in rest for word in ("introduced", "together", "sat ", "seated ", " along to ")):
        # "A met B through X, a songwriter who ... and who introduced the pair at a writing session": the
        # introduction told again about the introducer, with where
        again = _AGAIN.search(rest) or _dash_again(clause, rest, by, people)
        again_groups = again.groupdict() if again is not None else {}
        along = again_groups.get("along")
        them = (
            clause.mention(again_groups["them"] or again_groups.get("both") or again_groups.get("seated") or along)
            if again
            else None
        )
        taken_one = along is not None and them is not None and _one_of(clause, them, pair, by)
        to = clause.mention(again_groups.get("to"))
        if (
            to is not None
            and (them is None or {them.person, to.person} != set(pair))
            and not _them_to_one(them, to, pair)
        ):
            them = None  # "who introduced A to C": someone else than the two
        if again is not None and them is not None and (them.kind == "two" or taken_one or to is not None):
            # ("were brought together by X, who introduced them at her party": the "who" right after the introducer is
            # the introducer, the subject of this "introduced", whom its "her" means as a subject's would)
            relative = _WHO_RIGHT_AFTER.match(rest)
            own = relative is not None and again.start() == relative.start("who")
            # (taken along "to" somewhere: where, as "at" tells it)
            after = " at" + again.group("after") if along else again.group("after")
            occasion = _occasion(clause, after, replace(parties, subject=True) if own else parties)
    if occasion is None and (" it" in rest or " so" in rest or " the introduction" in rest):
        # "..., and he did it at a pub quiz": the introducer, introducing, somewhere
        did = _DID_IT.search(rest)
        doer = clause.mentions[int(did.group("number"))] if did else None
        if did is not None and doer is not None and doer.person == by:
            occasion = _occasion(clause, did.group("after"), parties)
    there = _THERE.match(rest) or _THERE.match(groups.get("middle") or "")
    if occasion is None and there:
        # ("X, who was running a jazz brunch at the time, introduced A to B there", "A and B were at a camp; X
        # introduced them there": the one event or place the same sentence told before the "there")
        upto = clause.skeleton.find(" there", match.start())
        if upto != -1:
            occasion = _held_before(replace(clause, skeleton=clause.skeleton[:upto]), parties)
    if occasion is None and sentence_before is not None and there:
        # ("A and B were introduced there by X": the passive's "there", before its introducer)
        occasion = _place_before(sentence_before, parties)
    taken = _TAKEN_ALONG.search(clause.skeleton[: match.start()]) if occasion is None and there else None
    taker = clause.mention(taken.group("taker")) if taken is not None else None
    if (
        taken is not None
        and taker is not None
        and taker.person == by
        and len(_TO_A_PLACE.findall(clause.skeleton[: match.start()])) == 1
    ):
        # "I dragged Kemi along to my friend Ann's fortieth in Leith, and I introduced her to Ben there": the one
        # place the introducer took someone to before is where "there" means (whose friend the owner is, left out;
        # where someone else took the introducer is not read: test_there_pointing_back_to_a_place_in_the_clause)
        occasion = _occasion(clause, " at " + taken.group("place"), parties)
    if occasion is None and there and _TO_A_PLACE.search(clause.skeleton[: match.start()]):
        # "I took Kemi along to a party in Leith, and I introduced her to Ben there": "there" is a place the clause
        # went to before, which is not read; the introduction without it would read as one told nowhere
        return Doubt("an introduction whose place 'there' points back to, not read for sure", at)
    if occasion is None and sentence_before is not None and first_met(sentence_before) == set(pair):
        # "The chorus was born at a wedding, where A first heard B sing. It was C who introduced the two of them.": the
        # two just told meeting somewhere, whom the introduction is of, were introduced where they met
        occasion = _place_before(sentence_before, parties)
    if (
        occasion is None
        and clause.met is not None
        and two_met(clause.met) == set(pair)
        and not _OTHER_TIME.search(clause.skeleton)
    ):
        # "A and B met at a wedding in Cobh. She was singing; he was a guest. It was X who introduced them.": the two
        # told meeting somewhere a sentence or two before, none telling an introduction between, were introduced there
        occasion = _place_before(clause.met, parties)
    if occasion is None and _CLEFT_LATER.search(rest):
        # "... connected A with B, and it was at a conference in Cannes that she got them into one room": a place a
        # later cleft tells, of this introduction or of something else: not read, and half a fact would read as whole
        return Doubt("an introduction whose place a later clause may tell, not for sure", at)
    before = clause.skeleton[max(0, match.start() - 300) : match.start()]
    if occasion is None:
        # told before the people: "In 2015, at a party in Oslo, Cy Dorn introduced ..."
        fronted = _FRONTED.search(before) or _WHERE.search(before) or _INTRODUCED_CLEFT.search(before)
        phrase = (fronted.groupdict().get("phrase") or fronted.groupdict().get("joined")) if fronted else None
        bare = fronted.groupdict().get("bare") if fronted else None
        if phrase is None and bare and not _BARE_CLAUSE.search(bare):
            phrase = bare
        held = fronted.groupdict() if fronted is not None else {}
        gathering = held.get("since") or held.get("back_to") or held.get("at_which")
        if phrase is None and gathering:
            phrase = "at " + gathering
        if phrase and not any(_of_page(m) and not _whose_word(phrase, m) for m in _mentions_in(clause, phrase)):
            told = fronted is not None and fronted.groupdict().get("phrase") is not None
            whose_two = None
            if told and fronted is not None:
                whose_two = _met_whose(clause, before[: fronted.start("phrase")], phrase, parties)
                if whose_two is None:
                    at_phrase = max(0, match.start() - 300) + fronted.start("phrase")
                    whose_two = _fronted_whose(clause, at_phrase, phrase, parties)
            if whose_two is None:
                occasion = _occasion(clause, " " + phrase, parties)
            elif whose_two:
                # "A met B at her party, where X introduced them": the "her" of where the two met is one of theirs
                occasion = _occasion(clause, " " + phrase, replace(parties, by=whose_two, subject=True, agent=False))
            else:
                # either of the two may be the "her": where is told, whose is not sure; half a fact would read as whole
                return Doubt("an introduction whose occasion is someone's not known for sure is not imported", at)
    if occasion is None and _WHERE_OPENS.search(before):
        # "It goes back to the radio station in Leeds, where A and B met through X": where is what the "where" stands
        # for, which the patterns before did not read; half a fact would read as whole
        return Doubt("an introduction whose place the page points back to but does not name for sure", at)
    if occasion is None and " when " in before[-8:]:
        # told before the introducer, of them: "X was working the door at a ceilidh when she introduced ..."
        was_at = _WAS_AT_WHEN.search(before)
        who = clause.mention(was_at.group("who")) if was_at else None
        if (
            was_at is not None
            and who is not None
            and who.person is not None
            and not who.possessive
            and fold(who.person) == fold(by)
            and not any(_of_page(m) for m in _mentions_in(clause, was_at.group("phrase")))
        ):
            occasion = _occasion(clause, " " + was_at.group("phrase"), parties)
    joined = _WHERE_BACK_JOINED.search(before) if occasion is None and " there that" in before[-16:] else None
    if joined is not None:
        # "B sang at the club's dinner in 2017, and it was there that X introduced her to C": where is the one place
        # the first clause of the same sentence told, read as the sentence before's would be
        first = clause.skeleton[: max(0, match.start() - 300) + joined.start()]
        occasion = _held_before(replace(clause, skeleton=first), replace(parties, subject=False, stressed=None))
        if occasion is None:
            return Doubt("an introduction whose place the page points back to but does not name for sure", at)
    colon = _WHERE_BACK_COLON.search(before) if occasion is None else None
    if colon is not None:
        # where is the one place the clause before the colon tells (two: which one cannot be told)
        places = [before[at.start() : colon.start()] for at in _AT_PLACE.finditer(before[: colon.start()])]
        occasion = _occasion(clause, places[0], parties) if len(places) == 1 else None
        if occasion is None:
            return Doubt("an introduction whose place the page points back to but does not name for sure", at)
    if occasion is None and _WHERE_BACK.search(before):
        # "X threw a party at her loft. That is where she introduced A to B": where is what the sentence before held
        # (the introducer is no subject there: a "her" in that sentence is whoever it says)
        elsewhere = replace(parties, subject=False, stressed=None)
        occasion = _held_before(sentence_before, elsewhere) if sentence_before is not None else None
        if occasion is None:
            # the introduction told by where it was, and where cannot be told: half a fact would read as whole
            return Doubt("an introduction whose place the page points back to but does not name for sure", at)
    if (
        occasion is None
        and sentence_after is not None
        and _ASKED_WHERE.match(sentence_after.skeleton)
        and _ONLY_WHEN.match(rest)
    ):
        # "She introduced them in 2019. The place? Her birthday party.": the question after it asks where, and the
        # sentence after the question answers; an answer that cannot be read leaves where untold, not the fact whole
        answer = sentence_after.answer
        reply = _PLACE_ANSWER.match(answer.skeleton) if answer is not None else None
        whose = answer.mention(reply.group("whose")) if answer is not None and reply is not None else None
        # ("Her party.", "Cy's party.": whose it is; not "Cy Dorn knows.", a name and its verb)
        phrase = reply is not None and (whose is None or whose.possessive or whose.text.lower() in ("her", "his"))
        occasion = _occasion(answer, " at " + answer.skeleton, parties) if answer is not None and phrase else None
        if occasion is None:
            return Doubt("an introduction whose place the page tells in an answer it cannot read", at)
    if (
        occasion is None
        and sentence_after is not None
        and (not rest.strip(" ,") or _ONLY_ABOUT_BY.match(rest) or _introducer_goes_on(clause, rest, by))
    ):
        # "X introduced them. It happened at a pub quiz.": the sentence right after, about the introduction and
        # nothing else, says where (only when the introduction's own clause ended with the people, or with a
        # relative clause about the introducer: "were set up by X, who ran the label's office then")
        happened = _HAPPENED.match(sentence_after.skeleton)
        seated = (
            _SEATED_AFTER.match(sentence_after.skeleton)
            if "sat " in sentence_after.skeleton or "seated " in sentence_after.skeleton
            else None
        )
        alone = _WHERE_ALONE.match(sentence_after.skeleton) if happened is None else None
        if happened is not None:
            occasion = _occasion(sentence_after, happened.group("rest"), parties)
        elif alone is not None:
            # "X introduced them. At a wedding in Oslo.": where, a phrase that is all the sentence after
            occasion = _occasion(sentence_after, f" {alone.group('word').lower()}{alone.group('rest')}", parties)
        elif "introduced" in sentence_after.skeleton:
            occasion = _retold(sentence_after, parties) or occasion
        elif seated is not None and _seats_the_two(sentence_after, seated, parties, clause):
            # "She sat us next to each other at a showcase": the introducer seating the two together is the
            # introduction told again, with where
            occasion = _occasion(sentence_after, seated.group("after"), parties)
        elif (beside := _seated_beside(sentence_after, parties, clause)) is not None:
            # "In May 2019, at a barbecue in Leeds, she sat her nephew next to the young drummer": the introducer
            # seating one beside the other, where the sentence opens, is the introduction told again
            occasion = beside
        elif occasion is None and _AT_PLACE.search(sentence_after.skeleton) and _about_introducer(sentence_after, by):
            # "X is the one who connected us. She dragged me across the camping area during Roskilde Festival": the
            # introducer's doing right after, somewhere, may be the introduction told again; half a fact would read
            # as whole
            return Doubt("an introduction whose place the sentence after it may tell, not for sure", at)
    year = _YEAR.search(rest)
    if year is None and not _LATER.search(rest):  # "in 2012 ... a year later": of something else
        year = _year_before(before)
    # (a clause ended by its full stop too: "The man who introduced them was X."; or by a relative clause about where
    # the introducer was, which tells no occasion: "by the chef X, at whose stall they had both been queuing")
    ended = not rest.strip(" ,.") or _WHERE_RELATIVE.match(rest) is not None
    if occasion is None and sentence_before is not None and ended and not _WHEN_ELSE.search(before):
        met = _met_before(sentence_before, parties)
        if met is not None:
            occasion, met_year = met
            year = year or met_year
    joined_meeting = _JOINED_MEETING.search(clause.skeleton[: match.start()]) if occasion is None and ended else None
    if joined_meeting is not None and not _WHEN_ELSE.search(joined_meeting.group("between")):
        # "A met B at a barn dance in 2011; her brother X introduced them", "... - it was her flatmate, X, who
        # introduced them": the same sentence's first clause, cut off by a semicolon or a dash, tells where the two
        # met, as the sentence before would (not "; years later X introduced them", another time)
        met = _met_before(replace(clause, skeleton=clause.skeleton[: joined_meeting.start()]), parties)
        if met is not None:
            occasion, met_year = met
            year = year or met_year
    if occasion is None and met_before:
        # "I met Noor because X took me to a wedding. X introduced us": the sentence that told the meeting may tell
        # where, which is not read; the introduction without it would be half a fact
        return Doubt("an introduction whose place the sentence before may tell is not imported", at)
    owned = _OWNED_OCCASION_NEXT.match(rest) if occasion is None else None
    if owned is not None and (
        owned.group("number") is None or clause.mentions[int(owned.group("number"))].text.lower() in _WHOSE
    ):
        # "A was introduced to B by X at her farewell concert": where is told, but whose "her" is, is not sure; the
        # introduction without it would be half a fact
        return Doubt("an introduction whose occasion is someone's not known for sure is not imported", at)
    if told_before and occasion is None and rest.strip(" ,") and not (told_apart and _NO_OCCASION.match(rest)):
        # the pair read from the sentence before, with an occasion told that could not be read: half a fact that
        # would read as whole (of two told one in each sentence before, when only is told, "in 2015", or the
        # introduction retold with no more, there is none)
        return Doubt("an introduction whose occasion the page tells but not for sure is not imported", at)
    return Introduction(by, pair, occasion, _year_of(year), at, looked_back, group[2:] if group else ())


# ", who ran the label's office at the time": only a relative clause about the introducer, to the clause's end
_ONLY_ABOUT_BY = linear.compile(r"^\s*,\s*(?:who|whose)\s[^,;:]{0,160}?[.!?]?\s*$")
# ", and I would do it again.": a clause joined after the introduction, whose subject is the introducer, that says
# no where (no place or time preposition) and ends the sentence ("...," says X: or the quote, at its comma)
# ("and I will be taking the credit for the rest of my life": a dozen words of it)
_BY_GOES_ON = linear.compile(
    r"^\s*,?\s+(?:and|but)\s+(?P<who>@\d+)\s+(?P<words>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,12})\s*[.!?,]?\s*$"
)
# ", simple as that.", ", no question.": a comment of a few words ending the sentence after the people
_ASIDE_ENDS = linear.compile(r"^\s*,\s*(?P<words>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3})\s*[.!]?\s*$")
# (a time is no comment: ", that summer", ", years ago")
_WHEN_WORDS = frozenset(
    str.split(
        """
    ago later earlier then once first last next year years month months week weeks day days night spring summer
    autumn fall winter
    """
    )
)
_WHERE_WORDS = frozenset(
    {"at", "in", "on", "during", "after", "before", "backstage", "there", "since", "when", "where"}
)


# ", who teaches at the milonga where we shot, at": a relative clause about the one named before it, naming no one
# else (the writer's "we" aside), then where
_WHO_SET_OFF = linear.compile(r"^\s*,\s*who\s+(?P<clause>[^,;.!?]{1,100}?)\s*,\s*(?:at|on|during)\s")
# "who has ", "who runs ": what the subject has is their own, by a "his" or "her" right after
_OWN_BEFORE = linear.compile(r"^(?:who\s+)?(?:has|had|runs|ran|keeps|kept|owns|owned)\s+$")
# A pronoun the page left as a plain word, meaning no one it read
_BARE_PRONOUN = linear.compile(r"\b(?:his|her|their)\b")
# "in " right before a mention: where
_IN_BEFORE = linear.compile(r"\bin\s+$")
# " by ", " by the ceramicist ": the agent of a passive right after, by name or told by what they do first
_BY_BEFORE = linear.compile(r"\sby\s+(?:the\s+(?:[a-z][\w'-]*\s+){1,2})?$")
# "by her cousin, the DJ ": the agent of a passive named in an apposition, set off by a comma before it
_BY_APPOSED = linear.compile(r"\sby\s+(?:(?:@\d+|[a-z][\w'-]*)\s+){0,3}?[a-z][\w'-]*\s*,\s*the\s+(?:[\w'&-]+\s+){0,3}$")


def _dash_again(clause: Clause, rest: str, by: str, people: People) -> linear.Match | None:
    """ "- he introduced the two of them at ...": the introduction of a "met through X" told again after a dash, when
    "he" (or "she") may be X by what the page calls X."""
    again = _DASH_AGAIN.match(rest)
    he = clause.mention(again.group("he")) if again is not None else None
    if he is None or he.kind != "pronoun" or (word := _SINGULAR.get(he.text.lower())) is None:
        return None
    return again if people.selves.get(by, word) == word else None


# "by X and Y", "by X and her husband": a second agent joined to the one named after "by" (who went on to act is no
# agent: "by X and went on to ...", "by X and Y went on to ...", the latter read by what follows)
_AND_AGENT = linear.compile(
    r"^\s+and\s+(?:(?P<kin>(?:his|her|their)\s+(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*)|(?P<other>@\d+))"
    r"(?P<after>\s*(?:[,.;:!?)]|$|\s(?:at|in|on|during|when|while|after|before|back|who|through|from|of|both)\b))"
)
# "by the folk club singaround X ran": the one named after "by" the subject of a relative clause without "who" on the
# noun before them, a verb with no object of its own, so the agent is the thing, not them
_CONTACT_AGENT = linear.compile(
    r"^\s+(?:(?:then|still|once|had|has|used\s+to)\s+)?(?:ran|runs|run|held|holds|led|leads|kept|keeps|threw|throws|"
    r"organi[sz]ed|organi[sz]es|hosted|hosts|owned|owns|managed|manages|founded|started|booked|books|taught|teaches|"
    r"curated|curates|promoted|promotes|presented|presents|co-founded|set\s+up|put\s+on)"
    r"(?:\s+(?:there|then|at\s+the\s+time|for\s+years|back\s+then))?"
    r"\s*(?:[,.;:!?)]|$|\s(?:at|in|on|during|when|while|after|before|back|and|every|each)\b)"
)
_BY_RIGHT_BEFORE = linear.compile(r"\bby\s+(?:[^@.,;:!?()]{0,80}\s)?$")


def _not_the_agent(clause: Clause, match: linear.Match) -> bool:
    """Whether the one named right after a passive's "by" is not its introducer alone: another joined by "and" ("by
    the presenter X and Y", "by X and her husband"), or the subject of a relative clause on a noun before them ("by
    the folk club singaround X ran")."""
    found = match.groupdict()
    rest, by = found.get("rest"), found.get("by")
    if rest is None or by is None:
        return False
    if _BY_RIGHT_BEFORE.search(clause.skeleton[max(0, match.start("by") - 90) : match.start("by")]) is None:
        return False
    if _CONTACT_AGENT.match(rest) is not None:
        return True
    joined = _AND_AGENT.match(rest)
    if joined is None:
        return False
    if joined.group("kin") is not None:
        return True
    other = clause.mention(joined.group("other"))
    # (any name: "by X and Y" with Y not yet named reads as a new name as much as a place)
    return other is not None and other.kind in ("name", "description") and not other.possessive


def _set_off_agent(clause: Clause, introducer: Mention | None, rest: str) -> bool:
    """Whether the introducer is the agent of a passive ("by X") and the text right before the occasion is about them:
    a relative clause on them set off by commas ("by X, who teaches at the school, at one of her classes"), or their
    name given in an apposition ("by her cousin, the DJ X, at his thirtieth"). A "his" or "her" then means them, as
    English reads it, rather than either of the two the passive's subject and "to" name."""
    if introducer is None or introducer.number >= len(clause.starts) or rest[:1] not in (",", " "):
        return False
    before = clause.skeleton[max(0, clause.starts[introducer.number] - 80) : clause.starts[introducer.number]]
    who = _WHO_SET_OFF.match(rest)
    if who is not None and _BY_BEFORE.search(before):
        # ("by the ceramicist X, who has her workshop in Hareid, at her kiln-opening": the clause names no one but the
        # introducer, and places)
        return _names_only_introducer(clause, who.group("clause"), introducer.person, rest[who.end() :])
    return _BY_APPOSED.search(before) is not None and _WHOSE_OCCASION_NEXT.match(rest) is not None


def _names_only_introducer(clause: Clause, words: str, by: str | None, after: str) -> bool:
    """Whether a relative clause on the introducer names no one but them, by a first-person or their own pronoun, and
    places after "in" ("who has her workshop in Hareid, at her kiln-opening": "her" after "has" as the subject's own,
    the introducer's, when the occasion ``after`` it calls them by the same word)."""
    later = {mention.text.lower() for mention in _mentions_in(clause, after) if mention.kind == "pronoun"}
    if any(not later <= {word} for word in _BARE_PRONOUN.findall(words.lower())):
        return False  # "who has his studio in Leeds, at her party": the "her" is someone else's
    return all(
        mention.text.lower() in _FIRST_PERSON
        or (
            mention.kind == "pronoun"
            and later <= {mention.text.lower()}
            and (
                (by is not None and mention.people == (by,))
                or (not mention.people and _OWN_BEFORE.search(words[: words.find(f"@{mention.number}")]) is not None)
            )
        )
        or (_a_place(mention) and _IN_BEFORE.search(words[: words.find(f"@{mention.number}")]) is not None)
        for mention in _mentions_in(clause, words)
    )


def _introducer_goes_on(clause: Clause, rest: str, by: str) -> bool:
    """Whether what follows the introduction's people is only the introducer going on about it ("..., and I would
    do it again."), with no place of its own: the sentence after may then tell where, as after the people alone."""
    found = _BY_GOES_ON.match(rest)
    aside = _ASIDE_ENDS.match(rest) if found is None else None
    if aside is not None:
        # ", simple as that.": a few words of comment set off to end the sentence, naming no one and no where
        return not any(word in _WHERE_WORDS or word in _WHEN_WORDS for word in aside.group("words").split())
    if found is None or any(word in _WHERE_WORDS for word in found.group("words").split()):
        return False
    who = clause.mention(found.group("who"))
    return who is not None and who.person == by


# "She sat us next to each other at ...": the sentence's subject seating the two together (see ``_AGAIN``)
_SEATED_AFTER = linear.compile(rf"^\W*(?:(?:And|But|So|Then)\s+)?@0\s+{_ADVERBS}{_SEATED}(?P<after>[^.!?;]{{0,300}})")
# ", who wrote for a paper and who had heard her sing, who set": a relative clause after the introducer, to the
# cleft's "who" or the verb
_WHO_ABOUT = linear.compile(r"\s*,\s*(?:who|whom|whose)\s[^,;]{0,160}?,\s*(?:who\s+)?")
# The last semicolon or dash (between spaces) in a sentence, and what follows it up to the introduction
# ", at whose stall they queued": a relative clause after the introducer, opened by a preposition
_WHERE_RELATIVE = linear.compile(r"^\s*,\s*(?:at|in|on|by|beside|behind|near|over)\s+(?:whose|which|whom)\s")
_RELATIVE_WORD = linear.compile(r"^(?i:whose|which|whom)\b")
_JOINED_MEETING = linear.compile(rf"(?:;|\s[-{_DASHES}])\s(?P<between>[^;{_DASHES}]*)$")
# ("Years before, X had put them in touch": another time than the meeting the sentence before told)
_WHEN_ELSE = linear.compile(r"\b(?i:later|earlier|before|afterwards|after|years|months|weeks|since|until|then)\b")
_MEANS_WORDS = linear.compile(r"\b(?:through|via|thanks\s+to|introduc\w*|by)\b")


# "... with B, a guitarist she met at a jazz festival": the one named, described, then whom the subject met, where
_MET_DESCRIBED = linear.compile(
    rf"(?P<to>{_P})\s*,\s*(?:a|an|the)\s+(?:(?:[\w'-]+|@\d+)\s+){{0,4}}?(?:whom\s+|that\s+)?(?P<a>{_P})\s+{_ADVERBS}met"
    r"(?P<b>)(?P<rest>[^.!?;]{0,300})"
)


def _met_before(before: Clause, parties: _Parties) -> tuple[str | None, linear.Match | None] | None:
    """ "A and B first met at a house concert in 2018. It was X who put them in touch": where (and when) the sentence
    before says the same two first met, when the introduction's own clause ends with its people and that sentence
    tells no other means of their meeting."""
    told = _MET_PAIR.search(before.skeleton)
    described = told is None
    if described:
        told = _MET_DESCRIBED.search(before.skeleton)
    if told is None or _MEANS_WORDS.search(told.group("rest")):
        return None
    a, b = before.mention(told.group("a")), before.mention(told.group("b") or told.group("to"))
    pair = _named_pair(a, b, parties.speaker)
    if (
        pair is None
        and described
        and a is not None
        and a.text.lower() in ("he", "she")
        and b is not None
        and b.person is not None
        and fold(b.person) in {fold(parties.pair[0]), fold(parties.pair[1])}
    ):
        # "... with B, a guitarist she met at a festival": whom "she" means is the other of the two the introduction
        # is of, when B is one of them
        pair = parties.pair
    if pair is None or {fold(pair[0]), fold(pair[1])} != {fold(parties.pair[0]), fold(parties.pair[1])}:
        return None
    occasion = _occasion(before, told.group("rest"), replace(parties, subject=False, stressed=None))
    cleft = _MET_CLEFT.search(before.skeleton[max(0, told.start() - 150) : told.start()])
    if occasion is None and cleft is not None:
        # "It was at a fish festival that A met B; they were introduced by X": where, in a cleft before the meeting
        occasion = _occasion(before, " " + cleft.group("phrase"), replace(parties, subject=False, stressed=None))
    return (occasion, _YEAR.search(told.group("rest"))) if occasion is not None else None


# "..., and in 2019 he introduced his sister to his boss at a fish fry": the introduction told again, its two told by
# their relation to the introducer
_RETOLD = linear.compile(
    rf"@(?P<number>\d+)\s+{_ADVERBS}introduced\s+(?:his|her|their)\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*\s+to\s+"
    rf"(?:his|her|their)\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*(?P<rest>\s*,?\s+(?:at|during|backstage|over|on|in)\s[^.!?;]{{0,300}})"
)


# One seated: a name, or a description opening on whose or "the" (not "sat on the bench", sitting down oneself)
_SEATED_ONE = r"(?:(?:his|her|their|the|@\d+'s)\s+(?:[\w'@-]+\s+){0,2}[\w'@-]+|@\d+)"
# "... she sat her nephew next to the young drummer": the subject seating one person beside another, each told by a
# description or a name
_SEATED_BESIDE = linear.compile(
    rf"(?P<doer>{_P})\s+{_ADVERBS}(?:sat|seated)\s+(?P<first>{_SEATED_ONE})\s+(?:down\s+)?"
    rf"(?:next\s+to|beside)\s+(?P<second>{_SEATED_ONE})"
)


def _seated_beside(clause: Clause, parties: _Parties, told: Clause) -> str | None:
    """Where the introducer (by name, or a pronoun meaning them) seated one person next to another, told before the
    sentence's subject ("In 2019, at a dinner in Hull, he sat ..."), when the two seated name no one but the two
    introduced (a description naming no one, "his niece", may be either: the sentence before named them)."""
    if " sat " not in clause.skeleton and " seated " not in clause.skeleton:
        return None
    seated = _SEATED_BESIDE.search(clause.skeleton)
    if seated is None:
        return None
    doer = clause.mention(seated.group("doer"))
    if doer is None or not (
        _the_seater(doer, parties, told) if doer.person is None else fold(doer.person) == fold(parties.by)
    ):
        return None
    two = {fold(parties.pair[0]), fold(parties.pair[1])}
    for group in ("first", "second"):
        for mention in _mentions_in(clause, seated.group(group)):
            if (
                mention.new
                or not {fold(p) for p in mention.people} <= two
                or (mention.kind == "pronoun" and not mention.people)
            ):
                return None
    fronted = _FRONTED.search(clause.skeleton[: seated.start()])
    phrase = fronted.group("phrase") if fronted is not None else None
    if not phrase or any(_of_page(m) and fold(str(m.person)) != fold(parties.by) for m in _mentions_in(clause, phrase)):
        # (the introducer named in where is their own place: "at the Okafor house")
        return None
    return _occasion(clause, " " + phrase, parties)


def _seats_the_two(clause: Clause, seated: linear.Match, parties: _Parties, told: Clause) -> bool:
    """Whether the sentence's subject, seating two together, is the introducer: by name, or "he" or "she" right
    after the sentence that ``told`` the introduction naming no one but the two and the introducer, so that the
    word, which is none of the two it seats, can mean only them ("Ana and I were set up by X, who ran the label.
    She sat us side by side")."""
    if _plural(clause.mention(seated.group("seated"))) is None:
        return False
    return _the_seater(clause.mentions[0], parties, told)


def _the_seater(doer: Mention, parties: _Parties, told: Clause) -> bool:
    """Whether ``doer``, seating two together (or making the introduction) in the sentence after the one that
    ``told`` an introduction, is its introducer (see ``_seats_the_two``)."""
    if doer.kind != "pronoun":
        return doer.person is not None and fold(doer.person) == fold(parties.by)
    self_word = _SINGULAR.get(doer.text.lower()) if doer.text.lower() in ("he", "she") else None
    if self_word is None or not parties.people.may_be(parties.by, self_word):
        return False
    named = {
        fold(person)
        for m in told.mentions
        for person in (m.people or ((squash(m.text),) if m.kind == "name" and m.new and not m.possessive else ()))
    }
    two = {fold(parties.pair[0]), fold(parties.pair[1])} | ({fold(parties.speaker)} if parties.speaker else set())
    return named - two == {fold(parties.by)}


def _retold(clause: Clause, parties: _Parties) -> str | None:
    """The occasion of an introduction the sentence before told without one, from a sentence where the introducer (by
    name, or a pronoun that can mean only them) introduces two people named by their relation to them."""
    found = _RETOLD.search(clause.skeleton)
    if found is None:
        return None
    doer = clause.mentions[int(found.group("number"))]
    person = doer.person
    if person is None and doer.kind == "pronoun":
        others = {fold(parties.pair[0]), fold(parties.pair[1])} | (
            {fold(parties.speaker)} if parties.speaker else set()
        )
        person = _antecedent(clause, doer, others, parties.people)
    if person is None or fold(person) != fold(parties.by):
        return None
    return _occasion(clause, found.group("rest"), parties)


# "It was Bell's mother, the singer X, who introduced her daughter to Y": the introducer told as someone's relation,
# and the one introduced as theirs the other way round
_INVERSE_KIN = {
    "mother": ("daughter", "son", "child"),
    "father": ("daughter", "son", "child"),
    "brother": ("sister", "brother", "sibling"),
    "sister": ("sister", "brother", "sibling"),
    "aunt": ("niece", "nephew"),
    "uncle": ("niece", "nephew"),
    "grandmother": ("granddaughter", "grandson", "grandchild"),
    "grandfather": ("granddaughter", "grandson", "grandchild"),
    "husband": ("wife",),
    "wife": ("husband",),
    # ("X's grandson, Y, introduced Z to his grandfather": the younger one introducing the elder)
    "daughter": ("mother", "father", "parent"),
    "son": ("mother", "father", "parent"),
    "niece": ("aunt", "uncle"),
    "nephew": ("aunt", "uncle"),
    "granddaughter": ("grandmother", "grandfather", "grandparent"),
    "grandson": ("grandmother", "grandfather", "grandparent"),
}
# (the homely words for kin, "X's mum", "her auntie", read as the words they stand for)
_KIN_WORDS = {
    "mum": "mother",
    "mom": "mother",
    "mam": "mother",
    "dad": "father",
    "auntie": "aunt",
    "aunty": "aunt",
    "grandma": "grandmother",
    "granny": "grandmother",
    "nan": "grandmother",
    "nana": "grandmother",
    "grandpa": "grandfather",
    "grandad": "grandfather",
    "granddad": "grandfather",
}
# ("X's brother Y, who works in Oslo, introduced his sister": the relation before the name with no comma, a
# restrictive apposition, means the same)
_KIN_INTRODUCER = linear.compile(
    r"@(?P<whose>\d+)'s\s+(?:[a-z][\w-]*\s+){0,2}?(?P<kin>[a-z]+)\s*,?\s*(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3})?$"
)
# "Y, X's aunt and a retired teacher, introduced her niece to Z": the relation told in an apposition after the
# introducer's name (a title of address before the possessive name, "Ms X's aunt", as the page writes it), closed by
# its comma or going on with "and" to what else they are
_KIN_INTRODUCER_AFTER = linear.compile(
    r"\s*,\s*(?:(?:Mrs|Mr|Ms|Miss|Mx|Dr)\.?\s+)?@(?P<whose>\d+)'s\s+(?:[a-z][\w-]*\s+){0,2}?(?P<kin>[a-z]+)"
    r"\s*(?:,|\s+and\s)"
)
# ("introduced her niece to Mr Z": the other with the title of address the page gives them)
_KIN_INTRODUCED = linear.compile(
    r"\bintroduc(?:ed|es|ing)\s+(?:his|her)\s+(?P<kin>[a-z]+)\s+to\s+(?:(?:Mrs|Mr|Ms|Miss|Mx|Dr)\.?\s+)?$"
)
_KIN_INTRODUCED_AFTER = linear.compile(r"\s+to\s+(?:his|her)\s+(?P<kin>[a-z]+)\b")


def _kin_pair(
    clause: Clause, match: linear.Match, by: str, other: Mention, speaker: str | None
) -> tuple[str, str] | None:
    """The two of "X's mother, Y, introduced her daughter to Z": X, the one relation of Y's the page names, and Z."""
    introduced = _KIN_INTRODUCED.search(clause.skeleton[max(0, match.start("a") - 80) : match.start("a")])
    # ("X's sister, Y, who introduced Z to her brother": the relation named second, after "to")
    after = _KIN_INTRODUCED_AFTER.match(clause.skeleton, match.end("a")) if introduced is None else None
    introduced = introduced or after
    described = _KIN_INTRODUCER.search(clause.skeleton[max(0, match.start("by") - 120) : match.start("by")])
    if described is None:
        described = _KIN_INTRODUCER_AFTER.match(clause.skeleton, match.end("by"))
    if introduced is None or described is None:
        return None
    kin = introduced.group("kin")
    relation = _KIN_WORDS.get(described.group("kin"), described.group("kin"))
    if kin not in _INVERSE_KIN.get(relation, ()):
        return None
    whose = clause.mentions[int(described.group("whose"))]
    one = _one(whose, speaker)
    if one is None or fold(one) == fold(by):
        return None
    return _pair(other, whose, speaker) if after is not None else _pair(whose, other, speaker)


# A name in an apposition about the name before it ("X, the president of Bellwether Records,"): what it describes them
# by, not someone else
_IN_APPOSITION = linear.compile(r"@\d+\s*,\s*(?:the|a|an|his|her|their)\s+[^,@]{0,60}$")


# "X, the president of Y, who had signed ...": a relative clause with "who" tells X is someone
_WHO_AFTER = linear.compile(r"\s*,\s*(?:(?:the|a|an|his|her|their)\s[^,]{0,80},\s*)?who\s")
# "a woman called", "a Belgian promoter named": someone new to the text, told by what they are and their name after it
_CALLED_BEFORE = linear.compile(r"\b(?:a|an)\s+(?:\p{L}[\w-]*\s+){1,3}(?:called|named)\s+$")


def _new_one_before(before: Clause, others: set[str]) -> str | None:
    """ "The idea was Cy Dorn's, who had signed both artists. He introduced A to B": "he", opening its sentence, is the
    one new full name the sentence before told as a "who" (when it names no one else of the page than the two
    introduced)."""
    if any(m.person and fold(m.person) not in others for m in before.mentions):
        return None
    new = {
        squash(m.text)
        for m in before.mentions
        if m.kind == "name"
        and m.new
        and not m.possessive
        and " " in m.text
        and not _IN_APPOSITION.search(before.skeleton[max(0, before.starts[m.number] - 80) : before.starts[m.number]])
        and (
            _WHO_AFTER.match(before.skeleton, before.starts[m.number] + len(str(m.number)) + 1)
            # ("A and B have a woman called X to thank. She introduced them": someone new, told as such by "called")
            or _CALLED_BEFORE.search(before.skeleton[max(0, before.starts[m.number] - 40) : before.starts[m.number]])
        )
    }
    return new.pop() if len(new) == 1 else None


def _new_one_here(clause: Clause, pronoun: Mention, others: set[str]) -> str | None:
    """ "The two were put in touch by the genealogist X, and she introduced them at O": "he" or "she" is the one new
    full name the sentence named before it, when all else it named before is of the two introduced."""
    if pronoun.number > _ANTECEDENTS or pronoun.text.lower() not in ("he", "she"):
        return None
    new: set[str] = set()
    for m in clause.mentions[: pronoun.number]:
        if m.people and {fold(p) for p in m.people} <= others and not m.possessive:
            continue
        if m.kind != "name" or not m.new or m.possessive or " " not in m.text:
            return None
        new.add(squash(m.text))
    return new.pop() if len(new) == 1 else None


# "by the Cardiff promoter X": a place in a description of the introducer, named before them (RE2 has no look-behind:
# the article is matched on the words before the place)
_ARTICLE_BEFORE = linear.compile(r"\b(?:the|a|an)\s+$")
_PLACED_BY = linear.compile(rf"^(?P<words>(?:\s+[a-z][\w-]*){{1,2}})\s+(?P<by>{_P})(?P<rest>[^.!?;]{{0,300}})")
# "the Dominion land agent, a Ukrainian called X, at ...": what they do after the place, then their name in apposition
# (told by what they are and "called" or "named" at most), closed by a comma
_PLACED_APPOSED = linear.compile(
    rf"^(?P<words>(?:\s+[a-z][\w-]*){{0,2}})\s*,\s*(?:an?\s+(?:[\w-]+\s+){{0,2}}(?:called|named)\s+)?(?P<by>{_P})"
    r"(?P<rest>\s*,[^.!?;]{0,300})"
)
# "the university's Erasmus coordinator": an article, or an article and whose the post is, before the place
# ("the landlord of that very same Crown Inn, X,": a demonstrative for the article, and a word or two saying which
# one before the place, "same", "old", "local")
_ARTICLE_OWNED_BEFORE = linear.compile(
    r"\b(?:(?:the|a|an)\s+(?:[a-z][\w-]*'s\s+)?|(?:of|from)\s+(?:the|that|this)\s+(?:[a-z][\w-]*\s+){1,2})$"
)
_PLACE_OF_SOMEONE = linear.compile(r"\b(?:from|of)\s+(?:the|that|this)\s+(?:[a-z][\w-]*\s+){0,2}$")
_NOT_DESCRIBING = frozenset({"and", "or", "with", "of", "to", "for", "from", "at", "in", "on", "but", "who", "whom"})


# "by her publisher, X, during ...": whose relation the introducer is, then their name in apposition
_OWNED_APPOSED = linear.compile(
    rf"^\s+(?P<words>(?:[a-z][\w'&-]*\s+){{0,2}}[a-z][\w'&-]*)\s*,\s*(?P<by>{_P})(?P<rest>\s*,[^.!?;]{{0,300}})"
)


def _placed_description(clause: Clause, match: linear.Match) -> linear.Match | None:
    """The introducer named after a description that holds a place, read as the introducer by the pattern: "the
    Cardiff promoter X" (a place that is no one, an article before it, a word or two of what they do after); or after
    whose relation they are, "her publisher, X," (the name in apposition, closed by a comma, someone's full name)."""
    place = clause.mention(match.group("by"))
    if place is not None and _possessive(clause, place, match.end("by")):
        owned = _OWNED_APPOSED.match(clause.skeleton[match.end("by") :])
        named = clause.mention(owned.group("by")) if owned is not None else None
        if (
            owned is None
            or named is None
            or named.kind != "name"
            or named.possessive
            or not (named.person or named.new)
            or _NOT_DESCRIBING & set(owned.group("words").split())
        ):
            return None
        return owned
    start = match.start("by")
    # ("the landlord of that very same Crown Inn, X,": a name after "of the" and a word saying which one is a place
    # the one named in apposition after it is of, though the name, not right after "the", may read as new)
    of_place = place is not None and _PLACE_OF_SOMEONE.search(clause.skeleton[max(0, start - 40) : start]) is not None
    if place is None or place.kind != "name" or place.person is not None or place.possessive:
        return None
    if place.new and not of_place:
        return None
    apposed = _PLACED_APPOSED.match(clause.skeleton[match.end("by") :])
    if apposed is not None and _ARTICLE_OWNED_BEFORE.search(clause.skeleton[max(0, start - 40) : start]):
        # "the university's Erasmus coordinator, X,": the name in apposition, closed by a comma, someone's full name
        named = clause.mention(apposed.group("by"))
        if (
            named is not None
            and named.kind == "name"
            and not named.possessive
            and (named.person or named.new)
            and not _NOT_DESCRIBING & set(apposed.group("words").split())
            # ("her mate from the Romanian Society, X,": with no word of what they do after the place, the place
            # must close a description of someone, not be the introducer named first, with a list after it)
            and (apposed.group("words").strip() or of_place)
        ):
            return apposed
    if place.new or not _ARTICLE_BEFORE.search(clause.skeleton[max(0, start - 5) : start]):
        return None
    placed = _PLACED_BY.match(clause.skeleton[match.end("by") :])
    if placed is None or _NOT_DESCRIBING & set(placed.group("words").split()):
        return None
    return placed


# "to a Breton sergeant named X", "to a widower from Skagafjord, X,": the one introduced told by what they are, with
# a place word, and then named ("called"/"named" after a word or two, or in apposition closed by a comma)
_CALLED_PARTY = linear.compile(
    rf"^(?:\s+[a-z][\w-]*){{1,2}}\s+(?:called|named)\s+(?P<who>{_P})(?P<rest>[^.!?;]{{0,300}})"
)
_APPOSED_PARTY = linear.compile(rf"^\s*,\s*(?P<who>{_P})(?P<rest>\s*,[^.!?;]{{0,300}})")


def _placed_party(clause: Clause, group: str, rest: str) -> linear.Match | None:
    """The one introduced, when the pattern read a place before their name as them ("to a Breton sergeant named X"):
    the name after it, someone's full name or someone of the page, with the rest of the clause after it."""
    place = clause.mention(group)
    if place is None or place.kind != "name" or place.people or place.new or place.possessive:
        return None
    told = _CALLED_PARTY.match(rest) or _APPOSED_PARTY.match(rest)
    named = clause.mention(told.group("who")) if told is not None else None
    if named is None or named.kind != "name" or named.possessive or not (named.people or named.new):
        return None
    return told


# "That is where X introduced", "It was there that": where, told by pointing back to the sentence before
_WHERE_BACK = linear.compile(
    r"(?:^|[.;!?])\s*(?:(?:That|This|It)(?:\s+(?:is|was)|'s)\s+(?:also\s+)?where|It\s+was\s+there\s+that)\s+$"
)
# ", and it was there that X introduced": the same, pointing back to the sentence's first clause
_WHERE_BACK_JOINED = linear.compile(r",\s+(?:and|but|so)\s+it\s+was\s+there\s+that\s+$")
# "you were at the Shetland Folk Festival: that's where A and B were introduced": pointing back past a colon, to the
# clause before it in the same sentence
_WHERE_BACK_COLON = linear.compile(
    r":\s*(?:that|this|it)(?:\s+(?:is|was)|'s)\s+(?:also\s+)?where\s+$", ignore_case=True
)
# "X threw a party at her loft": an event someone held, which is where a "that is where" after it points
# ("was running a jazz brunch", "ran a folk club": an event or a place someone kept going is one they held)
_HELD_VERB = r"\b(?:threw|held|hosted|organi[sz]ed|staged|put\s+on|ran|running)\s+(?:a|an|the|his|her|their)\s"
_HELD = linear.compile(_HELD_VERB)
_HELD_EVENT = linear.compile(
    r"\b(?:threw|held|hosted|organi[sz]ed|staged|put\s+on|ran|running)\s+(?P<event>(?:a|an|the|his|her|their)\s[^.!?;]{1,300})"
)


def _held_before(before: Clause, parties: _Parties) -> str | None:
    """The one event the sentence before says someone held ("threw a Caribana after-party at her loft"), read as an
    occasion, or else the one place it names; with two, which one is meant cannot be told."""
    held = len(_HELD.findall(before.skeleton))
    if held == 0 and len(_AT_PLACE.findall(before.skeleton)) == 1:
        return _place_before(before, parties)  # "She sang at the Roundhouse. That is where ...": its one place
    found = _HELD_EVENT.search(before.skeleton) if held == 1 else None
    return _occasion(before, " at " + found.group("event"), parties) if found is not None else None


def _at_phrases(skeleton: str, start: int) -> list[str]:
    """The phrase from an "at" at ``start`` of ``skeleton``, first from the room told just before it when there is one
    ("in the back room at the Roundhouse": the room at the place is where, as after "introduced")."""
    phrase = skeleton[start : start + 300]
    room = _IN_THE_ROOM.search(skeleton[max(0, start - 40) : start]) if phrase.startswith(" at ") else None
    if room is None:
        return [phrase]
    begin = max(0, start - 40) + room.start()
    return [" " + skeleton[begin : begin + 300], phrase]


def _place_before(before: Clause, parties: _Parties) -> str | None:
    """Where the sentence before says the two were ("first heard her sing at a bonfire in Akureyri"), which an
    introduction "there" means: its one place, when it tells one."""
    found: list[str] = []
    # ("At a wedding in Oslo, believe it or not.": a sentence that opens on where, read as the phrase it is)
    opening = _OPENS_AT.match(before.skeleton)
    fronted = (
        [f" {opening.group('word').lower()} {before.skeleton[opening.start('what') : opening.start('what') + 300]}"]
        if opening
        else []
    )
    at_phrases = (_at_phrases(before.skeleton, at.start()) for at in _AT_PLACE.finditer(before.skeleton))
    for phrases in chain([fronted] if fronted else [], at_phrases):
        # an occasion is read from at most 300 characters, as after "introduced" (a sentence of many "at" must
        # not be read to its end from each); the room before an "at" first, else the "at" phrase alone
        place = next(filter(None, (_occasion(before, phrase, parties) for phrase in phrases)), None)
        if place:
            found.append(place)
            if len(found) > 1:
                return None  # two places: which one "there" is cannot be told
    return found[0] if found else None


def _made_before(clause: Clause, before: Clause, speaker: str | None, people: People) -> list[Introduction | Doubt]:
    """ "A had been introduced to B on a film set. The introduction was made by the casting director, X": the two
    the sentence before told were introduced by no one it named (or met), at where it said."""
    made = _MADE_BY.search(clause.skeleton)
    if made is None and before.skeleton.rstrip().endswith("?"):
        # "How did A and B meet? Their friend X made the introduction": the answer to the question before
        made = _MADE.search(clause.skeleton)
        told = _MEET_ASKED.search(before.skeleton) if made is not None else None
    else:
        told = _INTRODUCED_PAIR.search(before.skeleton) if made is not None else None
        if told is not None and " by " in told.group("rest"):
            return []  # the sentence before named who introduced them
        told = told or (_MET_PAIR.search(before.skeleton) if made is not None else None)
    if made is None or told is None:
        return []
    by = _one(clause.mention(made.group("by")), speaker)
    a, b = before.mention(told.group("a")), before.mention(told.group("b") or told.group("to"))
    pair = _named_pair(a, b, speaker)
    three = _three(by, pair)
    if three is None:
        return [Doubt(_UNSURE_PEOPLE, clause.at(made.start()))]
    by, pair = three
    parties = _Parties(by, pair, speaker, people)
    occasion = _occasion(before, told.group("rest"), parties)
    year = _YEAR.search(told.group("rest"))
    after = clause.skeleton[made.end() : made.end() + 300]
    if occasion is None:
        # "made the introduction (over a late dinner in Oslo, in 2019)": where, after it, maybe in brackets
        occasion = _occasion(clause, " " + after.lstrip(" (").replace(")", ","), parties)
        if "(" in after[:3]:
            year = year or _YEAR.search(after.split(")", 1)[0])  # in the brackets: when the introduction was
    return [Introduction(by, pair, occasion, _year_of(year), clause.at(made.start()))]


# "It was the DJ X, who had played both of them for months, who finally made the introduction": a cleft on who made
# it (a relative clause about them may come first)
_CLEFT_MADE = linear.compile(
    # ("It was Bell's manager, X, who made the introduction": the name as an apposition, closed by its comma)
    rf"^\s*[Ii]t\s+was\s+(?:{_DESCRIPTION})?(?P<by>{_P})(?:\s*,\s*who\s(?P<about>[^,;]{{1,150}}?),)?\s*,?\s*who\s+{_ADVERBS}"
    rf"(?:made|did|handled|arranged)\s+the\s+introductions?\b(?P<rest>[^.!?;]{{0,300}})"
)
# "A and B had never met before 2022", "The two had never met": the two a later introduction is of, told before they
# met
_NEVER_MET_AT_START = linear.compile(
    rf"^\s*(?:(?P<a>{_P})\s+and\s+(?P<b>{_P})|(?P<both>{_P}))\s+(?:had|have)\s+never\s+met\b(?P<rest>)"
)
# "A and B first met at X. The man responsible was the club's barman, Y": who was behind the meeting the sentence
# before told, by what they were ("the one responsible", "the woman to blame", "the person to thank")
_RESPONSIBLE = linear.compile(
    r"^\s*(?i:the)\s+(?:man|woman|person|one|culprit|matchmaker)\s+(?:responsible|to\s+blame|to\s+thank)\s+"
    # (a relative clause about them may follow: "..., who ran the bar", checked on the match to name no one else)
    # or an apposition saying what they are: "..., Bell's old flatmate", naming no one but whose they are: "X, a
    # friend of Y" may be Y's doing)
    rf"(?:was|is)\s+{_DESCRIPTION}(?P<by>{_P})(?P<rest>)(?:\s*,\s*(?:(?P<about>who\s[^,;.!?]{{1,150}})"
    rf"|(?:(?:the|a|an|his|her|their|{_P}'s)\s[^,;.!?@]{{0,80}})))?\s*[.!]?\s*$"
)
# "It was not X who introduced A and B.": the cleft denies X; who did instead, the sentence after may tell ("The
# person responsible was Y"), of the same two
_NOT_WHO = linear.compile(
    rf"\b(?i:it)\s+(?:was|is)\s*(?:not|n't)\s+{_DESCRIPTION}{_P}\s+who\s+{_ADVERBS}introduced\s+"
    rf"(?P<a>{_P})\s+(?:and|to)\s+(?P<b>{_P})(?:\s+to\s+each\s+other)?(?P<rest>)\s*[.!]?\s*$"
)
# ", and it was at X that ...": a cleft later in the sentence, which tells where something happened
_CLEFT_LATER = linear.compile(r"\bit\s+was\s+(?:at|during|in|on|over|backstage\s+at)\s")
_MADE_OF_ELSE = linear.compile(r"^\s+(?:to|of|for|on|with)\b")
# "The pair go back to 2019. It was X who made the introduction": the two a sentence says have known each other
# since, as its subject, are whom the introduction told next is of (not two who did something together: "A and B
# toured together. X made the introduction" may be of another; and when is not where: no "rest")
_TWO_AT_START = linear.compile(
    rf"^\s*(?:(?P<a>{_P})\s+and\s+(?P<b>{_P})|(?P<both>{_P}))\s+(?:(?:go|goes|went)\s+(?:(?:a\s+long\s+)?way\s+)?back"
    r"|(?:have|had)\s+known\s+each\s+other)\b(?P<rest>)"
)


def _names_only_them(before: Clause, told: linear.Match) -> bool:
    """Whether the sentence whose subject is two names no one else (then it is about them alone)."""
    groups = told.groupdict()
    subject = {int(group[1:]) for group in (groups.get("a"), groups.get("b"), groups.get("both")) if group}
    return all(m.number in subject or (m.kind != "name" and not m.people) for m in before.mentions)


# "A and B had never met. Bell's manager, X, made the introduction at Y": who made it as the next sentence's subject
_MADE_AT_START = linear.compile(
    rf"^\s*(?:{_DESCRIPTION})?(?P<by>{_P})\s*,?\s+{_ADVERBS}(?:made|did|handled|arranged)\s+the\s+introductions?\b"
    r"(?P<rest>[^.!?;]{0,300})"
)


# "..., and the harp player X, an old friend of his father, makes the introduction at Y": who made it, later in the
# sentence after a joining word (an apposition about them may come between, checked on the match: it names no one)
_MAKES_JOINED = linear.compile(
    rf"(?:^|,\s*|;\s*)(?:and|so|then)\s+(?:(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){{0,3}})?(?P<by>{_P})"
    rf"(?:\s*,\s*(?P<about>(?:a|an|the|his|her|their)\s[^,;.!?]{{1,80}}?),)?\s+{_ADVERBS}"
    r"(?:makes|made|does|did|handles|handled)\s+the\s+introduction\b(?P<rest>[^.!?;]{0,300})"
)
# "The two singers know each other since 2017.": the two a next sentence's introduction is of
_KNOW_EACH_OTHER = linear.compile(
    rf"^\s*(?:(?P<a>{_P})\s+and\s+(?P<b>{_P})|(?P<both>{_P}))\s+(?:know|knew|have\s+known|had\s+known)\s+"
    r"(?:each\s+other|one\s+another)\b(?P<rest>)"
)


def _cleft_made(
    clause: Clause, before: Clause, speaker: str | None, people: People, after: Clause | None = None
) -> list[Introduction | Doubt]:
    """ "A and B had never met. It was X who made the introduction, at Y": X introduced the two the sentence before
    told (had never) met, or denied someone else introduced, at where this one says (or where they met, or where the
    sentence after says the introducer made it: "She made the introduction at Z")."""
    made = _CLEFT_MADE.search(clause.skeleton) or _MADE_AT_START.search(clause.skeleton)
    if made is None and _behind(clause.skeleton):
        made = _RESPONSIBLE.match(clause.skeleton)
    if made is None and " the introduction" in clause.skeleton:
        made = _MAKES_JOINED.search(clause.skeleton)
    if made is None or _MADE_OF_ELSE.match(made.group("rest")):
        return []  # "made the introduction to her label", "did the introduction on the record": another's or a tune's
    about = made.groupdict().get("about") or ""
    if any(m.kind != "pronoun" and m.text.lower() not in ("they", "them") for m in _mentions_in(clause, about)):
        return []  # a relative clause naming someone else: whose introduction it is may be theirs
    told = (
        _NEVER_MET_AT_START.search(before.skeleton)
        or _MET_PAIR.match(before.skeleton)
        or _KNOW_EACH_OTHER.match(before.skeleton)
        or (_NOT_WHO.search(before.skeleton) if " not " in before.skeleton or "n't " in before.skeleton else None)
    )
    if told is None:
        told = _TWO_AT_START.match(before.skeleton)
        if told is None or not _names_only_them(before, told):
            return []
    at = clause.at(made.start("by"))
    by = _one(clause.mention(made.group("by")), speaker)
    both = before.mention(told.group("both")) if told.groupdict().get("both") else None
    if both is not None:
        # "The two had never met": the two the mention means, when it means two for sure
        pair = (both.people[0], both.people[1]) if both.kind == "two" and len(both.people) == 2 else None
    else:
        a, b = before.mention(told.group("a")), before.mention(told.group("b") or told.groupdict().get("to"))
        pair = _named_pair(a, b, speaker)
    three = _three(by, pair)
    if three is None:
        return [Doubt(_UNSURE_PEOPLE, at)]
    by, pair = three
    parties = _Parties(by, pair, speaker, people)
    occasion = _occasion(clause, made.group("rest"), parties)
    if occasion is None and told.group("rest"):
        occasion = _occasion(before, told.group("rest"), parties)
    made_after = _MADE_AT_START.match(after.skeleton) if after is not None and occasion is None else None
    if after is not None and made_after is not None and _AT_PLACE.search(made_after.group("rest")):
        # "The person responsible was X. She made the introduction at Y": the introduction told again, by whom the
        # sentence before named (not another it named: then where is not told for sure, and half a fact would read
        # as whole)
        doer = after.mention(made_after.group("by"))
        if doer is None or doer.possessive or not _the_seater(doer, parties, clause):
            return [Doubt("an introduction whose place the sentence after it may tell, not for sure", at)]
        occasion = _occasion(after, made_after.group("rest"), parties)
    year = _YEAR.search(made.group("rest")) or _YEAR.search(told.group("rest") or "")
    return [Introduction(by, pair, occasion, _year_of(year), at)]


# "The introduction came courtesy of X, a drummer who ..., at her housewarming": who introduced the two the sentence
# before said had not met yet
_CAME_FROM = linear.compile(
    rf"^\W*(?i:the)\s+introduction\s+came\s+(?:courtesy\s+of|from|via|through)\s+{_DESCRIPTION}(?P<by>{_P})"
    # an apposition about the introducer may name places ("a Santiago-born drummer who plays in Melbourne")
    r"(?:\s*,\s*(?:a|an|the|who)\s[^,;.!?]{1,200}?(?P<rest>,[^.!?;]{0,300})|(?P<plain>[^.!?;]{0,300}))"
)
# "A and B had never met (until 2020)", "A and B had never crossed paths": the two an introduction told next is of
_NEVER_MET = linear.compile(
    rf"(?P<a>{_P})\s+and\s+(?P<b>{_P})\s+(?:had|have)\s+never\s+(?:met|crossed\s+paths|been\s+introduced)\b"
)


# "The introduction came courtesy of X: it was at her party that A first met B": the meeting told after a colon
_COLON_MET = linear.compile(
    rf"^\s*:\s*[Ii]t\s+was\s+(?P<rest>(?:at|during|backstage\s+at)\s+[^,;:]{{1,100}}?)\s+that\s+(?P<a>{_P})\s+"
    rf"{_ADVERBS}met\s+(?P<b>{_P})\s*(?:[.!?]|$)"
)


def _came_from(
    clause: Clause, before: Clause | None, speaker: str | None, people: People
) -> list[Introduction | Doubt]:
    """ "A and B had never crossed paths until 2020. The introduction came courtesy of X, at her housewarming": X
    introduced the two of the sentence before, where the rest of the sentence says; "her" is X's when the sentence
    names neither of the two (X is then all it is about)."""
    came = _CAME_FROM.search(clause.skeleton)
    colon = _COLON_MET.match(came.group("plain") or "") if came is not None else None
    never = _NEVER_MET.search(before.skeleton) if came is not None and colon is None and before else None
    if came is None or (never is None and colon is None):
        return []
    at = clause.at(came.start())
    by = _one(clause.mention(came.group("by")), speaker)
    told, where = (colon, clause) if colon is not None or before is None else (never, before)
    assert told is not None
    a, b = where.mention(told.group("a")), where.mention(told.group("b"))
    pair = _named_pair(a, b, speaker)
    three = _three(by, pair)
    if three is None:
        return [Doubt(_UNSURE_PEOPLE, at)]
    by, pair = three
    named = {person for m in clause.mentions if m.kind != "pronoun" for person in m.people}
    parties = _Parties(by, pair, speaker, people, subject=not named & set(pair))
    rest = " " + colon.group("rest") if colon is not None else came.group("rest") or came.group("plain") or ""
    occasion = _occasion(clause, rest, parties)
    year = _YEAR.search(rest)
    return [Introduction(by, pair, occasion, _year_of(year), at)]


# "The introduction came from X, who walked A across the room to B at ...": the introducer then led one of the two to
# the other (a verb of leading someone somewhere, the other the end of the way)
_CAME_FROM_WHO = linear.compile(
    rf"^\W*(?i:the)\s+introduction\s+came\s+(?:courtesy\s+of|from|via|through)\s+{_DESCRIPTION}(?P<by>{_P})\s*,\s*"
    rf"who\s+(?:had\s+)?{_ADVERBS}(?:walked|led|took|brought|steered|dragged|pulled)\s+(?P<a>{_P})\s+"
    rf"(?:(?:across|over|through|down|up)(?:\s+(?:the|a)\s+[a-z]+)?\s+)?to\s+(?:meet\s+)?(?P<b>{_P})(?P<rest>[^.!?;]{{0,300}})"
)


def _came_from_who(clause: Clause, speaker: str | None, people: People) -> list[Introduction | Doubt]:
    """ "The introduction came from X, who walked A across the room to B at Y": X introduced A and B, at Y."""
    came = _CAME_FROM_WHO.search(clause.skeleton)
    if came is None:
        return []
    at = clause.at(came.start())
    by = _one(clause.mention(came.group("by")), speaker)
    a, b = clause.mention(came.group("a")), clause.mention(came.group("b"))
    pair = _named_pair(a, b, speaker)
    three = _three(by, pair)
    if three is None:
        return [Doubt(_UNSURE_PEOPLE, at)]
    by, pair = three
    parties = _Parties(by, pair, speaker, people)
    rest = came.group("rest")
    year = _YEAR.search(rest)
    return [Introduction(by, pair, _occasion(clause, rest, parties), _year_of(year), at)]


# "The introduction between the two singers came from X, A's manager, at ...": the two told in the sentence itself
_BETWEEN_CAME = linear.compile(
    rf"^\W*(?i:the)\s+introduction\s+between\s+(?P<a>{_P})(?:\s+and\s+(?P<b>{_P}))?\s+came\s+"
    rf"(?:courtesy\s+of|from|via|through)\s+{_DESCRIPTION}(?P<by>{_P})"
    # an apposition about the introducer, then where (as in _CAME_FROM)
    r"(?:\s*,\s*(?:a|an|the|who)\s[^,;.!?]{1,200}?(?P<rest>,[^.!?;]{0,300})|(?P<plain>[^.!?;]{0,300}))"
)


def _between_came(clause: Clause, speaker: str | None, people: People) -> list[Introduction | Doubt]:
    """ "The introduction between the two singers came from X, at Y": X introduced the two, at Y."""
    came = _BETWEEN_CAME.search(clause.skeleton)
    if came is None:
        return []
    at = clause.at(came.start())
    by = _one(clause.mention(came.group("by")), speaker)
    a, b = clause.mention(came.group("a")), clause.mention(came.group("b"))
    pair = _named_pair(a, b, speaker)
    three = _three(by, pair)
    if three is None:
        return [Doubt(_UNSURE_PEOPLE, at)]
    by, pair = three
    parties = _Parties(by, pair, speaker, people)
    rest = came.group("rest") or came.group("plain") or ""
    occasion = _occasion(clause, rest, parties)
    year = _YEAR.search(rest)
    return [Introduction(by, pair, occasion, _year_of(year), at)]


# "The introduction to B came from X, who sat the singer and the producer side by side at ...": the two told by the
# relative clause about the introducer, one of them the one the introduction was to
_TO_CAME = linear.compile(
    rf"^\W*(?i:the)\s+introduction\s+to\s+(?P<to>{_P})\s+came\s+(?:courtesy\s+of|from|via|through)\s+"
    rf"{_DESCRIPTION}(?P<by>{_P})\s*,\s*who\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+(?P<a>{_P})\s+and\s+(?P<b>{_P})"
    r"(?P<rest>[^.!?;]{0,300})"
)
# "at the same table at a dinner": where at the occasion, before the occasion itself
_SAME_SPOT = linear.compile(r"^\s+(?:at|on)\s+the\s+same\s+(?:table|bench|sofa|couch|bar)\b")


def _to_came(clause: Clause, speaker: str | None, people: People) -> list[Introduction | Doubt]:
    """ "The introduction to B came from X, who seated A and B together at Y": X introduced the two, at Y."""
    came = _TO_CAME.search(clause.skeleton)
    if came is None:
        return []
    at = clause.at(came.start())
    by = _one(clause.mention(came.group("by")), speaker)
    to, a, b = (clause.mention(came.group(name)) for name in ("to", "a", "b"))
    pair = _named_pair(a, b, speaker)
    three = _three(by, pair)
    if three is None or to is None or to.possessive or _one(to, speaker) not in three[1]:
        return [Doubt(_UNSURE_PEOPLE, at)]
    by, pair = three
    parties = _Parties(by, pair, speaker, people)
    rest = came.group("rest")
    spot = _SAME_SPOT.match(rest)
    if spot is not None:
        rest = rest[spot.end() :]
    occasion = _occasion(clause, rest, parties)
    if occasion is None and rest.strip(" ,"):
        # "who invited A and B to a supper": what the introducer did may tell where, in words not read for sure
        return [Doubt("an introduction whose occasion the page does not tell for sure is not imported", at)]
    year = _YEAR.search(rest)
    return [Introduction(by, pair, occasion, _year_of(year), at)]


def _made(clause: Clause, encoded: linear.Encoded, speaker: str | None, people: People) -> list[Introduction | Doubt]:
    """ "A met B at X; their friend C made the introduction": C introduced the two the sentence said met (the
    last meeting told before C), at where they met."""
    found: list[Introduction | Doubt] = []
    for made in _MADE.finditer(encoded):
        met = None
        for last in _MET_PAIR.finditer(clause.skeleton[: made.start()]):
            met = last  # the meeting told last before it
        if met is None:
            continue
        at = clause.at(made.start())
        by = _one(clause.mention(made.group("by")), speaker)
        a, b = clause.mention(met.group("a")), clause.mention(met.group("b") or met.group("to"))
        pair = _named_pair(a, b, speaker)
        three = _three(by, pair)
        if three is None:
            found.append(Doubt(_UNSURE_PEOPLE, at))
            continue
        by, pair = three
        parties = _Parties(by, pair, speaker, people)
        # where they met: after the meeting ("met B at X"), or in a cleft before it ("It was at X that ...")
        occasion = _occasion(clause, met.group("rest")[: made.start() - met.start("rest")], parties)
        cleft = _MET_CLEFT.search(clause.skeleton[max(0, met.start() - 150) : met.start()])
        if occasion is None and cleft is not None:
            occasion = _occasion(clause, " " + cleft.group("phrase"), parties)
        year = _YEAR.search(clause.skeleton[max(0, met.start() - 150) : made.start()])
        found.append(Introduction(by, pair, occasion, _year_of(year), at))
    return found


# What opens a bracket that adds someone rather than describing the one before it ("X (and later Y), who ...").
_ADDS = linear.compile(r"^\s*(?:and|or|with|plus|alongside|&|@\d+)(?:\b|$)")


# A subject pronoun opening an aside, and the verb of its clause ("(he ran the station for years)").
_PRONOUN_CLAUSE = linear.compile(r"^\s*@\d+\s+(?P<verb>[a-z][\w']*)")


def _said_of_introducer(aside: str, opening: Mention) -> bool:
    """Whether a bracket after the introducer is a clause of its own about them: opened by "he" or "she" and a
    verb ("(he ran the station for twenty years, bless him)"), not by a pronoun joined to others ("(she and A)")."""
    verb = _PRONOUN_CLAUSE.match(aside)
    return (
        opening.kind == "pronoun"
        and opening.text.lower() in {"he", "she"}
        and verb is not None
        and verb.group("verb") not in {"and", "or", "with", "plus", "alongside"}
    )


# A description that opens an aside, then the relative clause that goes on about the one described.
_RELATIVE_IN_ASIDE = linear.compile(
    r"^\s*(?:a|an|the|his|her|their)\s+(?:[a-z][\w'-]*\s+){0,4}?[a-z][\w'-]*\s+(?P<who>who|whom|whose)\b"
)


def _bracket_ok(clause: Clause, match: linear.Match) -> bool:
    """Whether the introducer of an active match is its own: a bracket after them describes them (it adds no one,
    and names no one of the page), and they do not stand inside one ("X (then at the Rue Y), who introduced":
    the bracket's name before its close is not who introduced)."""
    between = match.group("between") or ""
    if between.count(")") > between.count("("):
        return False
    home = match.group("home")
    if home is not None and (_of_page(clause.mention(home)) or clause.mention(home) is None):
        return False  # "X of Y" where Y is someone is no place X lives in
    for aside in (match.group("bracket"), match.group("dashed")):
        if aside is None:
            continue
        opening = _mentions_in(clause, aside[:8])[:1] if aside.lstrip().startswith("@") else []
        if (
            _ADDS.search(aside)
            and not _NAMED_THEN.match(aside)
            # ("X (Chemistry, and still the loudest man in the room) introduced": what they studied, a name of no one,
            # opens the bracket; its "and" goes on about them)
            and not (opening and opening[0].kind == "name" and opening[0].person is None and not opening[0].new)
            # ("X (he ran the station for twenty years, bless him) introduced": a clause about the introducer, opened
            # by the pronoun that means them)
            and not (opening and _said_of_introducer(aside, opening[0]))
        ):
            return False
        # ("X - a patient woman who has worked with A for years - introduced": a relative clause in the aside says
        # more of the introducer, and whom it names adds no one, as in one between commas)
        relative = _RELATIVE_IN_ASIDE.search(aside)
        if relative is not None:
            aside = aside[: relative.start("who")]
        # ("X - Dona Celeste to everyone - who": the introducer named again, by what they are called, adds no one)
        by = clause.mention(match.group("by"))
        own = None if by is None else by.person or (squash(by.text) if by.new else None)
        if any(
            m.kind != "pronoun" and m.person is not None and m.person != own and not m.possessive
            for m in _mentions_in(clause, aside)
        ):
            return False
    return True


# A description, then a dash that opens an aside naming whom it describes ("a Monterrey radio DJ - X").
_OPEN_DASH = linear.compile(r"\b(?i:the|a|an)\s+(?:@\d+\s+|[a-z][\w-]*\s+){0,3}(?i:[a-z][\w-]*)\s+-\s+$")
# What opens a sentence with a dash before the introducer's full name: a shorter name for them ("Grandpa Joe - "), or a
# relation of someone's, perhaps told again in other words ("Ada's nonno - her grandfather, ")
_OPEN_DASH_SUBJECT = linear.compile(
    r"^\W*(?:(?P<named>@\d+)|@\d+'s\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+-\s+"
    r"(?:(?:his|her|their|the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s*,\s*)?$"
)


def _dash_opened(clause: Clause, match: linear.Match) -> bool:
    """Whether an aside the match reads up to a closing dash after the introducer ("X, a retired welder - brought")
    was opened by a dash before them: after a description ("a radio DJ - X, who hosts Y - who"), or at the start of
    the sentence, after a shorter name of theirs ("Grandpa Joe - Joe Okafor, a welder - brought": a title or an
    honorific before one of their names) or a relation of someone's ("Ada's nonno - Luca Bassi, a baker -
    connected"). What the aside names is no one else of the page."""
    before = clause.skeleton[: match.start("by")]
    by = clause.mention(match.group("by"))
    if by is None:
        return False
    if not _OPEN_DASH.search(before):
        opened = _OPEN_DASH_SUBJECT.match(before)
        if opened is None:
            return False  # "X, who hosts Y - who introduced": the dash closes no aside that X opened
        named = clause.mention(opened.group("named"))
        short = None if named is None or named.kind != "name" else titled_one(squash(named.text))
        if named is not None and (by.kind != "name" or short is None or fold(short) not in fold(by.text).split()):
            return False  # "Ana Ruiz - Bea Cole, her manager - brought": two people, not one named twice
    own = by.person or (squash(by.text) if by.new else None)
    return not any(
        m.kind != "pronoun" and m.person is not None and m.person != own and not m.possessive
        for m in _mentions_in(clause, match.group("dash_who"))
    )


# An aside that starts with what the introducer is called, then says more ("Dona Celeste to everyone"): no one added
_NAMED_THEN = linear.compile(r"^@\d+\s+(?:to|for|as|in|at)\s+[a-z]")


# "It was X, not Y, who introduced": the one who did not, set off by commas, says nothing of who did
_NOT_THEM = linear.compile(r"^\s*not\s+(?:(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){0,3})?@\d+\s*$")


def _apposition_ok(clause: Clause, between: str | None, by: Mention | None = None) -> bool:
    """Whether the words between the introducer and the verb are an apposition about them: a description ("a
    friend of Eda Fenn's"), words naming no one else (places, pronouns, someone's: "the drummer's cousin"), or
    the name of whom a description before it is ("The band's bassist, Cy Dorn, introduced"); "Cy Dorn, Eda
    Fenn, introduced" is a list whose introducer is not known."""
    if not between or "@" not in between or _describes(clause, between) or _NOT_THEM.match(between):
        return True
    named = _mentions_in(clause, between)
    if (
        by is not None
        and by.kind == "description"
        and len(named) == 1
        and between.strip() == f"@{named[0].number}"
        and named[0].person is not None
        and named[0].person == by.person
    ):
        return True
    for mention in named:
        if mention.kind == "pronoun" or mention.possessive:
            continue
        if (
            mention.kind == "description"
            and by is not None
            and by.person is not None
            and set(mention.people) == {by.person}
        ):
            continue  # "X, her keyboard player for six years, who ...": what the page called X, so about X
        if mention.kind == "name" and by is not None and by.person is not None and mention.people == (by.person,):
            continue  # "X, chair of the club (Bernie to everyone), introduced": the introducer called by a nickname
        if mention.kind != "name" or mention.people or mention.new:
            return False
    return True


_IT_WAS = linear.compile(r"(?:^|[.;:!?]|\b(?i:and|but|so))\s*[Ii]t\s+was\s+$")


def _cleft_described(clause: Clause, at: int, between: str | None) -> bool:
    """ "It was X, the producer who made the album with Y, who introduced": the "who" after the apposition is the
    cleft's, so about X whomever the apposition's own relative clause names; what X is must open it, as "It was X, and
    later Y, who" is two."""
    if not between or not _IT_WAS.search(clause.skeleton[:at]):
        return False
    head = between.split(" ", 1)[0]
    first = clause.mention(head) if head.startswith("@") else None
    return _describes(clause, between) or (first is not None and first.kind == "description" and not first.possessive)


def _the_two_in_first(clause: Clause, match: linear.Match) -> bool:
    """ "X played A's demo beside one by B, then put the two of them in touch": the first verb phrase names the two
    whom the plural after the second verb means, exactly two people besides the subject (and places)."""
    plural = clause.mention(match.group("hooked") or match.group("a"))
    if plural is None or plural.kind != "two" or match.group("b") or match.group("touched"):
        return False
    subject = clause.mention(match.group("by"))
    first = match.group("first")
    named: set[str] = set()
    for mention in _mentions_in(clause, first):
        if mention.kind == "name" and mention.person and mention is not subject:
            named.add(mention.person)
        elif not _names_a_place(clause, mention, first):
            return False
    return len(named) == 2 and (subject is None or subject.person not in named)


# "She met him through X": the one who met, then an object pronoun the text has not yet said is anyone
_MET_OBJECT = linear.compile(rf"^\W*@0\s+{_ADVERBS}met\s+@1\s+(?:through|via)\s")


def _met_object_pronoun(clause: Clause, by: str, people: People, before: Clause | None) -> tuple[str, str] | None:
    """ "She met him through X, who introduced the pair": the one who met and whom "him" (or "her") means, read as an
    object pronoun is (the one other person named before whom the page's pronouns allow), or, when neither pronoun is
    sure, as "he met her" is; the sentence names no one else before the introducer."""
    if _MET_OBJECT.match(clause.skeleton) is None:
        return None
    subject, pronoun = clause.mentions[0], clause.mentions[1]
    if pronoun.kind != "pronoun" or pronoun.people or pronoun.text.lower() not in ("him", "her"):
        return None
    if subject.kind == "pronoun" and not subject.people:
        # ("A wrote it with B. She met him through X": "she" and "him" are the two the sentence before named)
        return _he_and_she_before(clause, by, subject, pronoun, people, before)
    if subject.person is None or subject.possessive or len(subject.people) > 1:
        return None
    other = _antecedent(clause, pronoun, {fold(by), fold(subject.person)}, people, before)
    return (subject.person, other) if other is not None else None


def _the_two_before(
    clause: Clause, pronoun: Mention, by: str, people: People, self_word: str | None = None
) -> tuple[str, str] | None:
    """ "A met B in 2019, when X introduced them": the two people the sentence named before "them". A band named
    before is none of two people introduced ("The duo came together through A's bandmate X, who introduced them":
    the duo's members, if "them" says who they are)."""
    if pronoun.number > _ANTECEDENTS:
        return None
    groups = {fold(group) for group in people.groups()}
    named: list[str] = []
    # "as A explained to Svenska Dagbladet, X connected the two women": where A said it is no one of the two
    spoken_to = medium(clause) if self_word is not None and any(m.new for m in clause.mentions) else None
    for mention in clause.mentions[: pronoun.number]:
        if mention is spoken_to:
            continue
        person = mention.person
        if person and fold(person) in groups:
            return None
        called = people.selves.get(str(person), self_word or "")
        if self_word is not None:
            if (
                (mention.possessive and not _of_ones_own(clause, mention))
                or called not in (self_word, "")
                or mention.kind not in ("name", "description")
            ):
                continue  # "the two women": someone's, or a man, is neither
            person = person or (squash(mention.text) if mention.new else None)  # a new full name is someone too
        if person and fold(person) != fold(by) and person not in named:
            named.append(person)
    return (named[0], named[1]) if len(named) == 2 else None


# "@1's old flatmate, the cellist @2": whose relation the introducer is, named by a possessive before them
# ("after @1's grandmother, @2, introduced the two women": the introducer, so described, the subject of the verb)
_WHOSE_INTRODUCER = linear.compile(
    r"@(?P<owner>\d+)'s\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s*,\s*(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?)?"
    r"@(?P<by>\d+)\s*,\s*(?:who|(?:first\s+)?introduced)\b"
)


def _one_and_whose_introducer(
    clause: Clause, plural: Mention, by: str, introducer: Mention, people: People, self_word: str | None
) -> tuple[str, str] | None:
    """ "A came in through B's old flatmate, X, who introduced the two women": the one person the sentence named
    before "the two women" besides the introducer, and the one whose relation the introducer is (B), when both may
    be so called and the sentence names no one else, no band and no new name."""
    whose = _WHOSE_INTRODUCER.search(clause.skeleton[: clause.starts[plural.number]])
    if whose is None or int(whose.group("by")) != introducer.number or self_word is None:
        return None
    owner = clause.mentions[int(whose.group("owner"))]
    groups = {fold(group) for group in people.groups()}
    named = [m for m in clause.mentions[: plural.number] if m is not introducer and m.kind != "pronoun"]
    if len(named) != 2 or owner not in named:
        return None
    other = next(m for m in named if m is not owner)
    two = (other.person, owner.person)
    if other.possessive or other.kind != "name" or None in two or len({fold(str(p)) for p in two} | {fold(by)}) != 3:
        return None
    if any(fold(str(p)) in groups or not people.may_be(str(p), self_word) for p in two):
        return None
    return (str(two[0]), str(two[1]))


# "a friend of Zawadzki's:": a possessive with nothing owned after it, after "of", is the person themselves
_OF_ONES_OWN = linear.compile(r"@\d+'s\s*(?:[:;,.!?]|$)")


def _of_ones_own(clause: Clause, mention: Mention) -> bool:
    """Whether a possessive is a double genitive ("a friend of Zawadzki's"), naming the person, not a thing."""
    start = clause.starts[mention.number]
    return clause.skeleton[:start].endswith(" of ") and _OF_ONES_OWN.match(clause.skeleton, start) is not None


# ", the veteran actor X plays": a coordinate clause of its own, opened after a comma by its subject and a verb
_OWN_CLAUSE = linear.compile(
    rf",\s+(?:and\s+)?(?:(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){{0,3}})?(?P<second>{_P})\s+(?:[a-z]+s|is|was|has)\s"
)


def _each_own_clause(clause: Clause, pronoun: Mention, pair: tuple[str, str]) -> bool:
    """ "A appears as a herder, the actor B plays his father, and X, the harpist who introduced them, is seen":
    the two named before "them" are each the subject of a clause of their own in a list of who does what, not two
    who met, so whom "them" means (an introduction told elsewhere) is not sure. Not when the text before named the
    same two together ("Our couple were A and B. A is Dutch, B is from Bolton, and X introduced them"): the list is
    then about that couple."""
    if clause.pair is not None and {fold(p) for p in clause.pair} == {fold(p) for p in pair}:
        return False
    for found in _OWN_CLAUSE.finditer(clause.skeleton[: clause.starts[pronoun.number]]):
        second = clause.mention(found.group("second"))
        if (
            second is not None
            and second.person == pair[1]
            and any(m.person == pair[0] for m in clause.mentions[: second.number])
        ):
            return True
    return False


# "Static Parade were X and Y": a name that is the subject of a plural verb is a group, not one of two people
_PLURAL_SUBJECT = linear.compile(r"^\s+(?:were|are)\s")


def _the_two_of_before(clause: Clause, pronoun: Mention, by: str, before: Clause) -> tuple[str, str] | None:
    """ "Static Parade were X and Y. The two met in 1980, when Z introduced them": "them" is "the two" the clause
    opened with, which means the two people the sentence before named (only two, a group aside)."""
    opening = clause.mentions[0]
    if opening.number >= pronoun.number or opening.kind != "two" or opening.people or clause.starts[0] > 4:
        return None
    if any(m.person and fold(m.person) != fold(by) for m in clause.mentions[1 : pronoun.number]):
        return None  # someone else named between: whom "them" means is not sure
    named = _named_in(before)
    if len(named) == 1 and clause.earlier is not None:
        # "A sang in Leeds. B played on it. The two met through X": one told of in each of the two sentences before
        earlier = _named_in(clause.earlier)
        named = [*earlier, *named] if len(earlier) == 1 and fold(earlier[0]) != fold(named[0]) else []
    if len(named) != 2 or fold(by) in {fold(p) for p in named}:
        return None
    return named[0], named[1]


def _named_in(before: Clause) -> list[str]:
    """The people a sentence named (a new full name among them), in order, leaving out whose something is and the
    group a plural subject was ("Static Parade were A and B")."""
    named: list[str] = []
    for m in before.mentions:
        one = m.person or (squash(m.text) if m.kind == "name" and m.new else None)
        if m.kind not in ("name", "description") or not one or m.possessive or one in named:
            continue
        if m.number == 0 and _PLURAL_SUBJECT.match(before.skeleton[before.starts[0] + len(f"@{m.number}") :]):
            continue  # the group the two were
        named.append(one)
    return named


def _the_two_told_before(clause: Clause, plural: Mention, by: str, before: Clause) -> tuple[str, str] | None:
    """ "Ana has been dating Ben since May. Her friend X introduced the pair at a party": a plural the clause names no
    one else before is the two people the sentence before told of, when it told of exactly two besides the introducer
    and of no one it could not name (an unknown pronoun or a group leaves whom the plural means unsure)."""
    told = _told_of(before, by)
    if told is None or len(told) != 2 or not _only_these_before(clause, plural, by, told):
        return None
    return told[0], told[1]


def _the_two_told_apart(
    clause: Clause, plural: Mention, by: str, before: Clause, people: People
) -> tuple[str, str] | None:
    """ "A sang in a pub band in Leeds. B, a fiddler from Hull, played on it. X brought the two together": a plural
    the clause names no one else before is the one person each of the two sentences before told of, when neither
    told of anyone else, a newcomer or a band (whom the plural means is then not sure)."""
    told = _told_of(before, by)
    earlier = _told_of(clause.earlier, by) if clause.earlier is not None else None
    if told is None or earlier is None or len(told) != 1 or len(earlier) != 1:
        return None
    first, second = earlier[0], told[0]
    groups = {fold(group) for group in people.groups()}
    if fold(first) == fold(second) or {fold(first), fold(second)} & groups:
        return None
    return (first, second) if _only_these_before(clause, plural, by, [first, second]) else None


def _told_of(before: Clause, by: str) -> list[str] | None:
    """The people a sentence told of besides the introducer and the writer, in order; None when it told of someone
    it could not name (an unknown pronoun)."""
    told: list[str] = []
    for m in before.mentions:
        if m.kind == "name" and not m.people and not m.new:
            continue  # a place, a title, an outlet: no one who could be one of the two
        if m.kind == "pronoun" and m.text.lower() in _FIRST_PERSON:
            continue  # the writer: "them" and "the pair" leave out whoever says "I" or "we"
        one = _one(m, None)
        if one is None:
            return None
        # ("A was brought to B by X. X put the two of them together": the introducer told of too is none of the two)
        if fold(one) not in {fold(p) for p in told} and fold(one) != fold(by):
            told.append(one)
    return told


def _only_these_before(clause: Clause, plural: Mention, by: str, two: list[str]) -> bool:
    """Whether the clause names no one before the plural but the introducer and the two it is read as."""
    for m in clause.mentions[: plural.number]:
        if m.kind == "name" and not m.people and not m.new:
            continue
        one = _one(m, None)
        if one is None or fold(one) not in {fold(by), *(fold(p) for p in two)}:
            return False
    return True


def _named_before(clause: Clause, plural: Mention, by: str) -> bool:
    """Whether the sentence named anyone before a plural ("the two women") besides the introducer."""
    return any(
        m.kind == "name" and not m.possessive and (m.person or m.new) and fold(m.person or squash(m.text)) != fold(by)
        for m in clause.mentions[: plural.number]
    )


def _names_a_person(called: str) -> bool:
    """Whether "a drummer called" (the apposition before the name) says the name is someone's, by what they do."""
    words = called.split()
    return len(words) >= 2 and words[-2] in ROLE_NOUNS and words[-2] not in GROUP_NOUNS


_GO_BETWEEN_ENDS = tuple(sorted(_GO_BETWEENS))


def _describes_one(clause: Clause, apposition: str, by: str) -> bool:
    """Whether an apposition after a new full name says what one person does ("a Swedish promoter based in Berlin"):
    one of its first three words is such a word, and it names no one of the page (a pronoun may stand in an aside)."""
    if not _new_name(clause.mention(by)):
        return False
    words = [word.lower().strip(",()") for word in apposition.split()[1:4]]
    # ("schoolteacher", "concert promoter" written as one: a go-between's word at the end of a compound)
    if not any(
        (word in ROLE_NOUNS and word not in GROUP_NOUNS) or word in _GO_BETWEENS or word.endswith(_GO_BETWEEN_ENDS)
        for word in words
    ):
        return False
    return not any(m.kind == "name" and m.people for m in _mentions_in(clause, apposition))


def _whose_word(phrase: str, mention: Mention) -> bool:
    """Whether ``mention`` is a "his" or "her" before a word of ``phrase`` ("at one of her open-mic nights"): whose
    the occasion is, which ``_occasion`` names only when it can mean the introducer alone, not a party told there."""
    return mention.text.lower() in _POSSESSIVE_SELF and f"@{mention.number} " in phrase


def _of_page(mention: Mention | None) -> bool:
    """A mention of someone the page knows (not merely a new name), not as a possessive ("through Cy's
    sister" is through his sister)."""
    return mention is not None and mention.person is not None and not mention.possessive


_WHOSE_ALTERNATION = "|".join(sorted(_WHOSE))
_WHOSE_WORD = linear.compile(rf"\b(?i:{_WHOSE_ALTERNATION})\b")
# Where, told right after the people as someone's ("at her farewell concert", ", during his residency"; "at our
# New Year's Eve party", the writer's house's, which ``_occasion`` keeps in the page's words)
_OWNED_OCCASION_NEXT = linear.compile(
    rf"^\s*,?\s*(?:at|during|on)\s+(?:(?:@(?P<number>\d+)|{_WHOSE_ALTERNATION})\s+[a-z]|our\s+[A-Za-z@])"
)
# Where, right after a passive's introducer: "... by X at her party", "... by X on his show", "... at her Diwali party"
# ("... by X, at her party": after a comma too; "... by the record-shop owner X, at a listening session in his shop":
# inside the occasion, after a preposition that places it, only when what the word owns is what the description before
# the introducer says is theirs, checked on the match; a "his" the mentions did not read as someone's is the word
# itself: "at his seventieth birthday party")
_WHOSE_OCCASION_NEXT = linear.compile(
    # ("at one of her coffee afternoons": one of several occasions of hers is hers as well)
    r"^\s*,?\s*(?:at|on|in|during)\s+(?:(?:one|some|any|each)\s+of\s+)?(?P<inside>(?:a|an|the)\s+(?:[a-z][\w-]*\s+){1,4}?(?:at|in|of)\s+)?"
    r"(?:@(?P<number>\d+)|(?P<word>his|her))\s+(?:(?P<owned>[a-z][\w-]*)|@\d+\s+[a-z])"
)
# Words of a description that say someone has or runs something ("the record-shop owner", "the club's landlady")
_OWNING = frozenset({"owner", "owners", "landlord", "landlady", "proprietor", "manager", "boss", "founder", "keeper"})
# What a landlord's or landlady's word says they let ("by her landlady X on the stairs of her building"): the owned
# noun the description implies without naming it
_LET = frozenset({"building", "house", "flat", "flats", "guesthouse", "boarding-house", "pub", "inn"})
# Words of a description that say someone presents a programme, and what they present ("the radio presenter X ... on
# the set of her morning show": hers, as the landlady's building is hers)
_HOSTING = frozenset({"presenter", "host", "broadcaster", "dj", "anchor"})
_HOSTED = frozenset({"show", "programme", "program", "podcast"})


# An aside in brackets right after a name ("(Chemistry)", "(Geography, 1998)")
_AGENT_BRACKET = linear.compile(r"^\s*\([^()]{1,160}\)")


def _agent_of_two(clause: Clause, match: linear.Match) -> bool:
    """Whether a passive introduction's subject is the two together ("A and B were introduced", "the pair were
    introduced", nothing else said between the verb and "by") and its introducer is followed right away by where,
    told with "his" or "her" ("by X at her party"): the one person before the word whom it can mean, as the two
    together are no "his" or "her" ("A was introduced to B by X at her party" stays whichever she is)."""
    if match.group("to") or match.group("stress") or (match.group("middle") or "").strip():
        return False
    if match.group("b") is None and _plural(clause.mention(match.group("a"))) is None:
        return False
    rest = _past_tellers_aside(match.group("rest") or "")
    bracket = _AGENT_BRACKET.match(rest) if "(" in rest[:3] else None
    if bracket is not None and not any(m.people or m.new for m in _mentions_in(clause, bracket.group(0))):
        # "by X (Chemistry, and still the loudest man in any room) at his party": an aside in brackets about the
        # introducer, naming no one, stands between them and where as a relative clause may
        rest = rest[bracket.end() :]
    apposed = _apposition(clause, rest) if rest[:1] == "," else None
    after = rest[apposed.end("phrase") :].lstrip(" ,") if apposed else rest
    whose = _WHOSE_OCCASION_NEXT.match(after)
    if whose is None:
        return False
    number = whose.group("number")
    if (whose.group("word") or clause.mentions[int(number)].text.lower()) not in _POSSESSIVE_SELF:
        return False
    if whose.group("inside") is not None:
        # ("A and B were introduced by X at a showcase at her academy": either of the two may be "her"; by "the
        # record-shop owner X ... in his shop", the shop the description gives X)
        described = clause.skeleton[match.start() : match.start("by")].rsplit(" by ", 1)[-1]
        words = set(described.replace("-", " ").replace("'s", " ").replace(",", " ").split())
        let = whose.group("owned") in _LET and bool(words & {"landlord", "landlady"})
        # ("by the radio presenter X, on the set of her morning show": a presenter's word says they have a show)
        owned_after = after[whose.start("owned") :].split()[:3] if whose.group("owned") else []
        hosted = bool(words & _HOSTING) and bool(set(owned_after) & _HOSTED)
        if not (words & _OWNING and (whose.group("owned") in words or let)) and not hosted:
            return False
    # ("A and her co-writer B were introduced by X at her party": the subject says whose too, with its own "her"; up
    # to "by", as "by their friend X" describes the introducer, the two's friend)
    subject = clause.skeleton[match.start() : match.end("middle")]
    return _WHOSE_WORD.search(subject) is None and not any(m.kind == "pronoun" for m in _mentions_in(clause, subject))


def _met_through_by_two(clause: Clause, match: linear.Match) -> bool:
    """Whether "A and B met through X" (or "the four of them met through X") tells where right after the one they met
    through (an apposition about them aside), with "his" or "her": "met through X, a saxophonist, at his jam session".
    The two together, the subject, are no "his" or "her", so the word means X, named right before it, as the passive's
    agent's would be ("A met B through X at his party" stays whichever he is)."""
    if match.group("to") or (match.group("b") is None and _plural(clause.mention(match.group("a"))) is None):
        return False
    rest = match.group("rest") or ""
    if match.groupdict().get("appo") is None:
        apposed = _apposition(clause, rest) if rest[:1] == "," else None
        rest = rest[apposed.end("phrase") :].lstrip(" ,") if apposed else rest
    whose = _WHOSE_OCCASION_NEXT.match(rest)
    if whose is None or whose.group("inside") is not None:
        return False
    if (whose.group("word") or clause.mentions[int(whose.group("number"))].text.lower()) not in _POSSESSIVE_SELF:
        return False
    # ("A and her co-writer B met through X at her party": the subject says whose too, with its own "her")
    subject = clause.skeleton[match.start() : match.end("b") if match.group("b") else match.end("a")]
    return _WHOSE_WORD.search(subject) is None and not any(m.kind == "pronoun" for m in _mentions_in(clause, subject))


# "The three people who made the record - A, " before "B and C - were introduced": a plural subject of words (maybe
# counted, maybe with a relative clause), then the members of the list set off by a dash before the two
_DASHED_AHEAD = linear.compile(
    r"(?:^|[.;:]\s*)\W*(?:(?i:the|all|both)\s+(?P<what>[a-z][^@,;:.!?\"()-]{0,80}?)|(?P<two>@\d+))\s+-\s+"
    r"(?P<more>(?:@\d+\s*,\s*){0,6})$"
)
# Words for people that name more than one without an "s"
_PLURAL_PEOPLE = frozenset({"people", "men", "women", "children"})


def _dashed_ahead(clause: Clause, before: str) -> str | None:
    """The members of a list set off by dashes before the two a passive names ("The three people who made the record
    - A, " before "B and C - were introduced"), "" for none: when a plural subject opens it (counted, the list must
    hold that many), else None."""
    found = _DASHED_AHEAD.search(before)
    if found is None:
        return None
    members = len(MENTION.findall(found.group("more"))) + 2
    if found.group("two"):
        # ("The two singers - A and B - were introduced": a mention of the two, as a plural)
        two = _plural(clause.mention(found.group("two")))
        return found.group("more") if two is not None and len(two.people) in (0, members) else None
    words = found.group("what").split()
    head = words[: next((n for n, w in enumerate(words) if w in ("who", "whom", "that", "whose")), len(words))]
    counts = [GROUP_SIZES[w] for w in head if w in GROUP_SIZES]
    if counts:
        return found.group("more") if counts == [members] else None
    plural = bool(head) and (head[-1] in _PLURAL_PEOPLE or (head[-1].endswith("s") and not head[-1].endswith("ss")))
    return found.group("more") if plural else None


def _plural_opened(clause: Clause, before: str) -> bool:
    """Whether ``before`` (what precedes the two named before a passive's verb) ends with a plural of people and
    its comma: words ("Her parents, ") or a mention of two or more ("The two songwriters, ")."""
    found = _PLURAL_BEFORE.search(before)
    return found is not None and (not found.group("two") or _plural(clause.mention(found.group("two"))) is not None)


# "Their producer, ", "Ann's aunt, the Bergen fiddler ": what one person is to someone (or what they do), opening a
# clause, whom the one named after the comma is (maybe after "the" and a word or two of description)
# ("The actor in it, ", "The drummer on the record, ": the role may say in what, as the plural's may)
_ONE_BEFORE = linear.compile(
    r"(?:^|[.;:]\s*)\W*(?:(?i:the|his|her|their|my|our)|@\d+'s)\s+(?:[a-z][\w'-]*\s+){0,2}?(?P<word>[a-z][\w'-]*)"
    r"(?:\s+(?:in|on)\s+(?:it|(?:its|the|this|that)\s+[a-z][\w'-]*))?"
    r"\s*,\s*(?:(?:the|a|an)\s+(?:[\w'-]+\s+){0,2}?)?$"
)


def _one_opened(before: str) -> bool:
    """Whether ``before`` (what precedes the one named before a passive's verb) ends with a relation or a role of one
    person and its comma ("Their producer, ", "Ann's old flatmate, "), which the one named is in apposition to."""
    found = _ONE_BEFORE.search(before)
    return found is not None and _MET_RELATION_WORD.match(found.group("word").lower()) is not None


def _plural(mention: Mention | None) -> Mention | None:
    """The mention, when it names two or more people at once ("them", "the two singers")."""
    return mention if mention is not None and mention.kind == "two" else None


# "at the Conservatorio", "in Leeds": where, before a name in an aside (one is a student "of Cy Dorn", not "at" him)
_PLACE_BEFORE = linear.compile(r"\b(?:at|in|from)\s+(?:the\s+)?$")


def _names_a_place(clause: Clause, mention: Mention, aside: str) -> bool:
    """Whether a name in an aside about the people introduced is a place: no one of the page, after "at", "in" or
    "from", and a new full name only after "the" ("at the Conservatorio Manuel de Falla")."""
    if mention.kind != "name" or mention.people or mention.possessive:
        return False
    at = aside.find(f"@{mention.number}")
    before = _PLACE_BEFORE.search(aside[max(0, at - 12) : at]) if at >= 0 else None
    return before is not None and (not mention.new or before.group(0).rstrip().endswith("the"))


def _relative_names_no_other(clause: Clause, match: linear.Match) -> bool:
    """Whether the first relative clause about the introducer ("X, who works at B's label and who introduced the
    two") names no one else, but for something of one of the two the plural after it already means ("B's label")."""
    relative = match.groupdict().get("long_apposed")
    introduced = clause.mention(match.group("a")) if relative else None
    # (a plural by a noun, "the two", "the pair": not "them", whom the one named in the relative clause may be among)
    plain = introduced is not None and introduced.kind == "two" and introduced.text.lower() not in ("them", "they")
    theirs = {fold(p) for p in introduced.people} if introduced is not None and plain else set()
    return not relative or all(
        m.kind == "pronoun"
        or (m.kind == "name" and not m.people and not m.new and not m.possessive)
        or (m.possessive and len(theirs) == 2 and m.person is not None and fold(m.person) in theirs)
        for m in _mentions_in(clause, relative)
    )


def _describes_no_one(clause: Clause, apposition: str | None) -> bool:
    """Whether an apposition about one of two names no one else: its names are places or words of where one is
    from ("a Galway-born singer", "a guitarist from Kumasi"), none of the page's people nor a new full name."""
    return not apposition or all(
        m.kind == "pronoun" or (m.kind == "name" and not m.people and not m.new and not m.possessive)
        for m in _mentions_in(clause, apposition)
    )


_MONTHS = frozenset(MONTH_NAMES.lower().split("|"))


def _a_month(mention: Mention) -> bool:
    """Whether a name is a month's alone ("in late October"), read as a name though it is a time and no one."""
    return mention.kind == "name" and not mention.people and not mention.new and fold(mention.text) in _MONTHS


def _new_name(mention: Mention | None) -> bool:
    return mention is not None and mention.kind == "name" and mention.new and not mention.possessive


def _mentions_in(clause: Clause, fragment: str) -> list[Mention]:
    return [clause.mentions[int(number)] for number in MENTION.findall(fragment)]


# "introduced the three of them", "all four of them": a group of more than two, never a pair of it
_COUNTED = linear.compile(r"\b(?i:the|all)\s+(?P<count>three|four|five|six|seven|eight|nine|ten)\s+of\s+$")
# "introduced him to the rest of the band" (the band a mention after it)
_REST_OF_BAND = linear.compile(r"\bthe\s+(?:rest|others)\s+(?:of|in)\s+$")


def _counted_group(
    clause: Clause,
    read: Introduction,
    match: linear.Match,
    count: str,
    sentence_before: Clause | None,
    people: People,
) -> Introduction | Doubt:
    """The introduction of "the three of them": the people the sentence named before it, other than the introducer,
    when they are just as many ("A, B and C met through X, who introduced the three of them"), or, when it named no
    one else before it, the people the sentence before named ("The band are A, B and C. Their teacher X introduced
    the three of them"); otherwise whom the group holds is not sure, and it is left out rather than read as a pair."""
    group = _counted_people(clause, match, read.introducer, count, sentence_before, people)
    if group is None:
        return Doubt(_UNSURE_PEOPLE, read.at)
    return replace(read, pair=(group[0], group[1]), others=tuple(group[2:]), looked_back=False)


def _counted_people(
    clause: Clause,
    match: linear.Match,
    by: str,
    count: str,
    sentence_before: Clause | None,
    people: People,
) -> tuple[str, ...] | None:
    """The people "the three of them" means (see ``_counted_group``), or None when not sure."""
    before = clause.mention(match.group("a"))
    if before is not None and before.text.lower() in ("us", "we") and before.party:
        # "introduced the three of us", said by one of a band: its line-up, when the page names just so many members
        # and the introducer is none of them
        members = people.members(before.party)
        if len(members) == GROUP_SIZES[count] and fold(by) not in map(fold, members):
            return tuple(members)
        return None
    group = _people_named(clause.mentions[: before.number if before is not None else 0], by)
    if group is not None and not group and sentence_before is not None:
        group = _people_named(sentence_before.mentions, by)
    if group is not None and len(group) != GROUP_SIZES[count]:
        # "The band are A, B and C. C wrote it, and X, who produced it, introduced the three of them": fewer named
        # than counted, each of them a member of the one group of the page with just so many members (the
        # introducer none of them), whose line-up the count means
        lineups = [
            members
            for members in (people.members(one) for one in people.groups())
            if len(members) == GROUP_SIZES[count]
            and fold(by) not in map(fold, members)
            and set(map(fold, group)) <= set(map(fold, members))
        ]
        if len(lineups) == 1:
            return tuple(lineups[0])
    if group is None or len(group) != GROUP_SIZES[count]:
        return None
    return tuple(group)


def _band_as_members(clause: Clause, read: Introduction, match: linear.Match, people: People) -> Introduction | Doubt:
    """ "X introduced the three of us to Y" (or "all three of them"), meaning a band: its members, when the page names
    just so many, are introduced to Y each (a count tells people, where "the band" would be the band as one party); a
    band of another size leaves whom not sure. "X introduced Y to the rest of the band": the members other than X
    and Y."""
    counted = _COUNTED.search(clause.skeleton[: match.start("a")])
    b = "b" if match.groupdict().get("b") else "to"
    rest = _REST_OF_BAND.search(clause.skeleton[max(0, match.start(b) - 24) : match.start(b)])
    if counted is None and rest is None:
        return read
    bands = [one for one in read.pair if one in people.groups()]
    if len(bands) != 1:
        return read
    members = people.members(bands[0])
    other = read.pair[1] if read.pair[0] == bands[0] else read.pair[0]
    if rest is not None and counted is None:
        # "Tarr introduced him to the rest of the band": the members besides the introducer and the one introduced
        # to them (one of whom must be a member, else "the rest" of whom is not sure)
        besides = {fold(read.introducer), fold(other)}
        others = [member for member in members if fold(member) not in besides]
        if len(others) == len(members) or not others or len(others) + 1 > MAX_INTRODUCED:
            return Doubt(_UNSURE_PEOPLE, read.at)
        return replace(read, pair=(other, others[0]), others=(*others[1:], *read.others))
    if counted is None or len(members) != GROUP_SIZES[counted.group("count")]:
        return Doubt(_UNSURE_PEOPLE, read.at)
    if fold(read.introducer) in map(fold, members) or fold(other) in map(fold, members):
        return Doubt(_UNSURE_PEOPLE, read.at)
    return replace(read, pair=(members[0], members[1]), others=(*members[2:], other, *read.others))


def _people_named(mentions: list[Mention], by: str) -> list[str] | None:
    """The people mentions name, each once, other than ``by``; None when one of them is no one person (a new full
    name is someone too)."""
    group: list[str] = []
    for mention in mentions:
        words = fold(mention.text).split()
        if mention.kind == "description" and words[:1] == ["the"] and words[1:2] and words[1] in GROUP_NOUNS:
            # ("The band are A, B and C", "it was he who brought the trio together": the group the people named make
            # up, no person of it)
            continue
        one = mention.person if mention.kind in ("name", "description") else None
        if one is None and _new_name(mention) and " " in squash(mention.text):
            one = squash(mention.text)
        if one is None and mention.kind in ("name", "description", "two") and mention.people:
            return None  # someone the sentence names who is no one person
        if one is not None and fold(one) != fold(by) and fold(one) not in map(fold, group):
            group.append(one)
    return group


# "introduced him to the other two": a plural of the people the page introduced last (read by ``_plural_party``)
_TO_THE_OTHER = linear.compile(
    r"^(?P<other>\s+to\s+(?:the|all)\s+other\s+(?P<count>two|three|four|five|six|seven|eight|nine|ten))" + _PEOPLE_END
)

# ("to the other three, at a wake in": the plural, then a comma before where; "backstage at" is where too)
_TO_THE_OTHER_COMMA = linear.compile(
    r"^(?P<other>\s+to\s+(?:the|all)\s+other\s+(?:two|three|four|five|six|seven|eight|nine|ten)),\s+"
    r"(?:backstage\s+)?(?:at|during|on|in)\s"
)
# ", to A": the comma closing an apposition on the first one introduced, then whom they were introduced to
_APPOSED_THEN_TO = linear.compile(r"^,\s+to\s")
_OTHER_BEFORE_BY = linear.compile(
    r"^(?P<other>\s+to\s+(?:the|all)\s+other\s+(?P<count>two|three|four|five|six|seven|eight|nine|ten))\s*,?$"
)


def _line_up_besides(
    clause: Clause, start: int, count: int, people: People, introducer: Mention | None = None
) -> tuple[str, ...]:
    """ "B came along later, through X, who introduced him to the other two", "B was introduced to the other three by
    X": the rest of the one band of the page whose line-up is that many and one more, when the sentence named just one
    of its members (by name) before ``start`` (the introducer aside); none otherwise."""
    line_ups = [line_up for group in people.groups() if len(line_up := people.members(group)) == count + 1]
    if len(line_ups) != 1:
        return ()
    members = {fold(member): member for member in line_ups[0]}
    before = [
        m
        for m, at in zip(clause.mentions, clause.starts, strict=False)
        if at < start and (introducer is None or m.number != introducer.number)
    ]
    # ("A's cousin, X, introduced B to the other two": whose the introducer is, no one introduced)
    named = {fold(m.person) for m in before if m.kind == "name" and m.person is not None and not m.possessive}
    if any(m.kind == "name" and m.person is None for m in before):
        return ()  # a name of no one person of the page: who came along is not sure
    ones = named & members.keys()
    if len(ones) != 1:
        return ()
    return tuple(member for key, member in members.items() if key not in ones)


# "A, B and C had been playing together": a sentence whose subject is a list of names and nothing else, told as
# doing something together (a list told otherwise, "A and B busked", is not sure to be whom "the other two" means)
# ("A, B and C had been playing as a trio": as an act of their number, which must be the list's)
_SET_SUBJECT = linear.compile(
    r"^\W*(?P<set>@\d+(?:\s*,\s*@\d+)*\s*,?\s+and\s+@\d+)\s+(?:[a-z][\w'-]*\s+){1,4}"
    r"(?:together\b|as\s+a\s+(?P<act>duo|trio|quartet|quintet)\b)"
)


def _set_before(before: Clause, count: int) -> tuple[str, ...]:
    """ "A, B and C had been playing together since college. X introduced D to the other three": the people the
    sentence before names as a set, the list of names that opens it as its subject, when they are just so many, each
    one person of the page by name; none otherwise."""
    opened = _SET_SUBJECT.match(before.skeleton)
    if opened is None:
        return ()
    listed = [before.mention(f"@{n}") for n in MENTION.findall(opened.group("set"))]
    names = [m.person for m in listed if m is not None and m.kind == "name" and not m.possessive]
    if len(names) != count or len(listed) != count or None in names:
        return ()
    if opened.group("act") and GROUP_SIZES[opened.group("act")] != count:
        return ()
    people = tuple(name for name in names if name is not None)
    return people if len({fold(p) for p in people}) == count else ()


def _named_others(mentions: list[Mention], by: str, one: str | None, people: People) -> set[str]:
    """The people (folded) mentions name by name or description, none someone's, the introducer, the one, a band."""
    named = {
        fold(m.person or squash(m.text))
        for m in mentions
        if m.kind in ("name", "description") and (m.person or m.new) and not m.possessive
    }
    return named - {fold(by), fold(one or "")} - {fold(group) for group in people.groups()}


def _the_pair_again(clause: Clause, plural: Mention, besides: frozenset[str] | None = None) -> bool:
    """Whether ``plural`` is a noun for two ("the pair", "the two", not "them") that means the pair the page last named
    together, in a sentence that names no one after it either (before it, the introducer and the one are named);
    ``besides``: the people (folded) it may still speak of after it, with the two ("all three of them")."""
    allowed = {fold(p) for p in plural.people} | (besides or frozenset())
    return (
        plural.text.lower() not in PLURAL_PRONOUNS
        and clause.pair is not None
        and len(plural.people) == 2
        and set(plural.people) == set(clause.pair)
        and not any(
            m.people and (besides is None or not {fold(p) for p in m.people} <= allowed)
            for m in clause.mentions[plural.number + 1 :]
        )
    )


def _plural_party(
    clause: Clause,
    a: Mention,
    b: Mention | None,
    plural: tuple[str, ...],
    by: str,
    speaker: str | None,
    people: People,
    sentence_before: Clause | None = None,
    last_group: tuple[str, ...] = (),
) -> tuple[str, ...] | None:
    """The people of an introduction of one to a plural ("introduced B to the two of them", "him to the other two",
    ``plural`` its people): the one first, each one person, none twice nor the introducer; None when any of them is
    not sure ("the two of them" must be just the people the sentence named before it, other than the introducer and
    the one, or when it names no one else, just the people the sentence before named: whom the page spoke of last
    may be others)."""
    if a.possessive or (b is not None and b.possessive) or a.kind == "two":
        return None
    one = _one(a, speaker)
    if plural:
        # (the people the page introduced last: a band among them is no person of the group)
        many = plural if not {fold(p) for p in plural} & {fold(g) for g in people.groups()} else ()
    elif b is not None and b.kind == "two":
        # ("C was introduced to them by X": "them" the two the page introduced last, when it means no one else)
        many = b.people or (last_group if _them_the_last_two(b, last_group, by, people) else ())
        named = _named_others(clause.mentions[: b.number], by, one, people)
        # "A and B are a duo from Leeds. ... (a new paragraph) It was X who introduced C to the pair": a plural noun
        # opening the paragraph's telling, the sentence naming no one else, means the two the page named together
        pair_again = not named and sentence_before is None and _the_pair_again(clause, b)
        # ("A and B met at school. C was another matter. X introduced her to the pair": so too after a sentence that
        # names no one but the one, or the introducer)
        pair_again = pair_again or (
            not named
            and sentence_before is not None
            and not _named_others(sentence_before.mentions, by, one, people)
            and _the_pair_again(clause, b, frozenset({fold(by), fold(one or "")}))
        )
        told_last = not named and _the_last_two(many, last_group, sentence_before, by, one, people)
        if not named and sentence_before is not None:
            named = _named_others(sentence_before.mentions, by, one, people)
        if named != {fold(p) for p in many} and not told_last and not pair_again:
            return None
        if b.text.lower() == "them" and one is not None and fold(one) not in {fold(p) for p in many}:
            # ("Ann introduced me to them at her premiere", after the page told how the duo's two met): "them" of
            # two who are just the members of a group the page names is that group, by its name
            acts = [
                act
                for act in people.groups()
                if {fold(m) for m in people.members(act)} == {fold(p) for p in many} and fold(act) != fold(by)
            ]
            if len(acts) == 1:
                return (one, acts[0])
    else:
        return None
    if one is None and plural and a.kind == "pronoun" and a.text.lower() in ("him", "her") and not a.people:
        # "Y came to the band through X, who introduced him to the other two": "him" is the one person the sentence
        # named before it who is neither the introducer nor one of the others (nor the band)
        named = _named_others(clause.mentions[: a.number], by, None, people) - {fold(p) for p in many}
        if len(named) == 1:
            one = next(
                m.person or squash(m.text)
                for m in clause.mentions[: a.number]
                if m.kind in ("name", "description") and fold(m.person or squash(m.text)) in named
            )
    if one is None:
        return None
    group = (one, *many)
    folded = {fold(p) for p in group}
    if len(many) < 2 or len(folded) != len(group) or fold(by) in folded or len(group) > MAX_INTRODUCED:
        return None
    return group


def _them_the_last_two(them: Mention, last_group: tuple[str, ...], by: str, people: People) -> bool:
    """Whether "them" may mean the two the page introduced last: the page introduced two people (no band, which "them"
    may mean alone, nor the introducer), and the clause reads the word as two people, either no one for sure or just
    those two ("C was introduced to them by X")."""
    return (
        them.text.lower() == "them"
        and them.kind == "two"
        and len(last_group) == 2
        and not {fold(p) for p in last_group} & ({fold(by)} | {fold(g) for g in people.groups()})
        and (not them.people or {fold(p) for p in them.people} == {fold(p) for p in last_group})
    )


def _the_last_two(
    many: tuple[str, ...],
    last_group: tuple[str, ...],
    sentence_before: Clause | None,
    by: str,
    one: str | None,
    people: People,
) -> bool:
    """ "C was introduced to the pair (of them) by X", the sentence naming no one else: the plural is the two the page
    introduced last when it means just them (the pair the page named together last), and the sentence before names
    no one else but them, or only them and the one who introduced them there."""
    if len(many) != 2 or len(last_group) != 2 or {fold(p) for p in many} != {fold(p) for p in last_group}:
        return False
    if sentence_before is None:
        return True
    besides = _named_others(sentence_before.mentions, by, one, people) - {fold(p) for p in many}
    return not besides or (len(besides) == 1 and tells_one(sentence_before.skeleton))


# A possessive's noun (a word or two), then the one it names ("their bandmate C")
_WORD_THEN_NAMED = linear.compile(r"(?:'s)?\s+(?P<word>[a-z][\w-]*)(?:\s+[a-z][\w-]*)?\s+@\d+")


def _with_more(clause: Clause, read: Introduction, words: str) -> Introduction | Doubt:
    """The introduction with the others ``words`` name, each one person of the page by name, none the introducer nor
    one of the two, none twice (otherwise whom the group holds is not sure, and it is left out)."""
    others: list[str] = list(read.others)
    taken = {fold(read.introducer), fold(read.pair[0]), fold(read.pair[1]), *map(fold, read.others)}
    for found in MENTION.finditer(words):
        mention = clause.mention(found.group(0))
        relation = _WORD_THEN_NAMED.match(words, found.end()) if mention is not None else None
        if (
            mention is not None
            and relation is not None
            and relation.group("word") not in ("and", "or", "to", "with")
            and ((mention.kind == "pronoun" and mention.text.lower() in _WHOSE) or mention.possessive)
        ):
            continue  # "her bandmate C", "B's cousin C": whose relation the next one named is, no one more
        one = _one(mention, None)
        if mention is None or mention.kind not in ("name", "description") or mention.possessive or one is None:
            return Doubt(_UNSURE_PEOPLE, read.at)
        if fold(one) in taken:
            return Doubt(_UNSURE_PEOPLE, read.at)
        taken.add(fold(one))
        others.append(one)
    if len(others) == len(read.others) or len(others) + 2 > MAX_INTRODUCED:
        return Doubt(_UNSURE_PEOPLE, read.at)
    return replace(read, others=tuple(others))


def _same_described(described: Mention, named: Mention | None) -> bool:
    """Whether ``described`` is a description ("the producer") of the one person ``named`` names just after it."""
    return (
        named is not None
        and described.kind == "description"
        and named.kind == "name"
        and not described.possessive
        and not named.possessive
        and described.person is not None
        and described.person == named.person
    )


def _one(mention: Mention | None, speaker: str | None) -> str | None:
    """The one person a mention names: someone on the page, a new full name, or "I" in a quote."""
    if mention is None:
        return None
    if mention.person is not None:
        return mention.person
    if mention.kind == "name" and mention.new:
        return squash(mention.text)
    return None


# "introduced A to the director, X, at ...": the name apposed to a role the page resolves to that same person
_APPOSED_NAME = linear.compile(rf"^\s*,\s*(?P<name>{_P})\s*,")


def _past_named_role(clause: Clause, b: Mention | None, rest: str) -> str:
    """What follows the second party, past a name apposed to them when they are told by a role the page resolves to
    that very person ("to the director, X, at the awards": X names no one else, so the occasion is still told)."""
    if b is None or b.kind != "description" or b.person is None or "@" not in rest[:8]:
        return rest
    apposed = _APPOSED_NAME.match(rest)
    named = clause.mention(apposed.group("name")) if apposed is not None else None
    if apposed is None or named is None or named.kind != "name" or named.person is None:
        return rest
    return rest[apposed.end() :] if fold(named.person) == fold(b.person) else rest


def _pair(a: Mention | None, b: Mention | None, speaker: str | None) -> tuple[str, str] | None:
    if a is None:
        return None
    if b is None:
        return (a.people[0], a.people[1]) if len(a.people) == 2 else None
    # "introduced us to X": "us" is one party only when the speaker is one with a band of the page.
    first = a.party if a.text.lower() in ("us", "we") else _one(a, speaker)
    second = _one(b, speaker)
    return (first, second) if first and second else None


def _named_pair(a: Mention | None, b: Mention | None, speaker: str | None) -> tuple[str, str] | None:
    """The two introduced, unless either is told by a possessive ("her manager": whose, and the manager unnamed)."""
    return _pair(a, b, speaker) if not (a and a.possessive) and not (b and b.possessive) else None


# "I owe X to my niece, Y, who introduced us", "I met X through Y, who introduced us": the "I" and the one they came to
# know through the introducer, whose relative clause tells the introduction
_OWED_THROUGH = linear.compile(
    rf"(?P<me>{_P})\s+(?:first\s+)?(?:met|owe|found|got|know|knew)\s+(?P<other>{_P})\s+"
    rf"(?:to|through|via|thanks\s+to)\s+(?:{_DESCRIPTION})?(?P<by>{_P})\s*,\s*who\s+{_ADVERBS}introduced\s+"
    rf"(?P<us>{_P})"
)


def _us_as_met(clause: Clause, us: Mention, by: str, speaker: str | None) -> tuple[str, str] | None:
    """ "I met Rosa through Bell. Bell introduced us": the narrator's "us" is the narrator and the one the text last
    named as meeting them, when the sentence before named that one and this one names no one else but the
    introducer."""
    if us.people or speaker is None:
        return None
    owed = _OWED_THROUGH.search(clause.skeleton) if " who " in clause.skeleton else None
    me, owed_one = (clause.mention(owed.group("me")), clause.mention(owed.group("other"))) if owed else (None, None)
    if (
        owed is not None
        and me is not None
        and me.text.lower() == "i"
        and clause.mention(owed.group("us")) is us
        and owed_one is not None
        and owed_one.kind == "name"
        and owed_one.person is not None
        and (introducer := clause.mention(owed.group("by"))) is not None
        and introducer.person is not None
        and fold(introducer.person) == fold(by)
    ):
        # "I owe Marlon to my niece, X, who introduced us": "us" is the "I" and the one they owe to the introducer
        other = owed_one.person
    elif clause.pair is None or fold(speaker) not in map(fold, clause.pair):
        return None
    else:
        other = clause.pair[1] if fold(clause.pair[0]) == fold(speaker) else clause.pair[0]
        if fold(other) not in map(fold, clause.previous):
            return None
    if fold(other) == fold(by):
        return None
    allowed = {fold(speaker), fold(other), fold(by)}
    # (those named up to "us": who else the clause goes on to name after it, "and told me he was ...", tells no one
    # else into "us", and the occasion is read on its own)
    for mention in clause.mentions[: us.number]:
        if mention.kind in ("name", "description") and not mention.people and not mention.new:
            continue  # a place or an event's name ("the Mayor's charity ball"), no one
        if not mention.people or any(fold(p) not in allowed for p in mention.people):
            return None
    return (speaker, other)


def _duo_of(speaker: str, by: str, people: People) -> tuple[str, str] | None:
    """The two members of the song's one performer, a group of two, when ``speaker`` is one of them and ``by`` is
    not."""
    performers = people.credited(CreditRole.ARTIST, CreditRole.FEATURED_ARTIST)
    if len(performers) != 1 or performers[0] not in people.groups():
        return None
    members = people.members(performers[0])
    folded = {fold(member) for member in members}
    if len(members) != 2 or len(folded) != 2 or fold(speaker) not in folded or fold(by) in folded:
        return None
    return (members[0], members[1])


def _us_without(by: str, pair: tuple[str, str], speaker: str | None, people: People) -> tuple[str, str]:
    """ "Dani introduced us", "us" read as the speaker and the one the lead named (Dani): the introducer is none of
    "us", who are then the song's two performers when the speaker is one of them."""
    if speaker is not None and fold(speaker) in {fold(pair[0]), fold(pair[1])}:
        # "us" read as the speaker and the speaker's own band: the band's two members, when it is a duo
        band = pair[1] if fold(pair[0]) == fold(speaker) else pair[0]
        members = people.members(band) if band in people.groups() else []
        if fold(speaker) in map(fold, members) and len(members) == 2:
            return (members[0], members[1])
    if speaker is None or fold(by) not in {fold(pair[0]), fold(pair[1])}:
        return pair
    performers = people.credited(CreditRole.ARTIST, CreditRole.FEATURED_ARTIST)
    if fold(by) in map(fold, performers):
        return pair
    if len(performers) == 1 and fold(speaker) != fold(performers[0]):
        # ("Hal's sister Rue introduced us", said by a co-writer of a singer's song, "us" first read as the speaker and
        # the sister): the speaker and the song's one performer, as "we" is when the lead names no one
        return (speaker, performers[0])
    if len(performers) != 2 or fold(speaker) not in {fold(p) for p in performers}:
        return pair
    return (performers[0], performers[1])


def _three(by: str | None, pair: tuple[str, str] | None) -> tuple[str, tuple[str, str]] | None:
    """The introducer and the two introduced, when all are named and are three people."""
    if by is None or pair is None or len({fold(by), fold(pair[0]), fold(pair[1])}) != 3:
        return None
    return by, pair


def _year_of(found: linear.Match | None) -> int | None:
    return int(found.group("year")) if found else None


_SINGULAR = {"he": "himself", "him": "himself", "she": "herself", "her": "herself"}


def _one_of(clause: Clause, one: Mention, pair: tuple[str, str], by: str) -> bool:
    """Whether ``one`` is one of the pair: by name, or an object "her" or "him" the clause leaves open when the
    clause calls one person only, of the pair, by that pronoun's word ("She met B through X, who took her along":
    X's "her" is not X, else "herself"), or when everyone the clause names before it, besides the introducer ``by``
    (whose own object it is), is of the pair ("A met B through X, who took her along": A or B, either way one of
    the two)."""
    if one.person is not None:
        return one.person in pair
    word = _SINGULAR.get(one.text.lower())
    if one.kind != "pronoun" or one.people or one.possessive or word is None:
        return False
    before = [m for m in clause.mentions if m.end <= one.start and by not in (m.text, *m.people)]
    if before and all(m.kind == "pronoun" or m.people for m in before):
        named = {person for m in before for person in m.people}
        if named == set(pair):
            return True
    called = {
        m.person
        for m in clause.mentions
        if m is not one and m.kind == "pronoun" and m.person and _SINGULAR.get(m.text.lower()) == word
    }
    return len(called) == 1 and called <= set(pair)


_THIRD = frozenset({*_SINGULAR, "they", "them"})


def _pronoun_pair(
    clause: Clause,
    by: str,
    a: Mention,
    b: Mention,
    speaker: str | None,
    people: People,
    sentence_before: Clause | None = None,
    last_group: tuple[str, ...] = (),
) -> tuple[str, str] | None:
    """ "X introduced him to Y", "X introduced them to him": a pronoun party is someone the sentence named
    before it who is neither the introducer nor the other party (nor, for "him" or "her", a band, or someone
    the page calls otherwise), when exactly one is; "they" and "them" as one party, the one band it named.
    With no one such named before, "he" or "she" is whom the text was about before the sentence."""
    named = None if b.text.lower() in _THIRD else _one(b, speaker)
    first = _antecedent(
        clause, a, {fold(by)} | ({fold(named)} if named else set()), people, sentence_before, last_group
    )
    if a.text.lower() not in _THIRD:
        first = a.party if a.text.lower() in ("us", "we") else _one(a, speaker)
    if first is None:
        return _he_and_she_before(clause, by, a, b, people, sentence_before)
    second = named or _antecedent(clause, b, {fold(by), fold(first)}, people, sentence_before)
    return (first, second) if second else None


def _them_to_one(them: Mention | None, to: Mention, pair: tuple[str, str]) -> bool:
    """ "The band met B through X, who introduced them to the producer": a plural introduced to one of the pair, the
    plural holding the other of the pair (the two, or the other alone), is that other, introduced to the one again."""
    if them is None or them.kind != "two" or to.person not in pair:
        return False
    other = pair[1] if to.person == pair[0] else pair[0]
    return other in them.people


def _he_and_she_before(
    clause: Clause, by: str, a: Mention, b: Mention, people: People, before: Clause | None
) -> tuple[str, str] | None:
    """ "A wrote the music and B the words. He met her through X": "he" and "she" as the two parties are the two
    people the sentence before named, whichever is which, when it named exactly two besides the introducer (no band,
    no new name that may be a third) and what the page knows of them fits a man and a woman; the sentence itself
    names no one before them."""
    words = (_SINGULAR.get(a.text.lower()), _SINGULAR.get(b.text.lower()))
    if None in words or words[0] == words[1]:
        return None
    if any(m.kind == "name" for m in clause.mentions[: a.number]):
        return _he_and_she_here(clause, by, a, words, people)
    if before is None or any(m.kind == "name" and m.person is None and m.new for m in before.mentions):
        return None
    groups = {fold(g) for g in people.groups()}
    two = [p for p in dict.fromkeys(clause.previous) if fold(p) != fold(by)]
    if len(two) != 2 or any(fold(p) in groups for p in two):
        return None
    fits = any(all(people.may_be(p, w) for p, w in zip(order, words, strict=True)) for order in (two, two[::-1]))
    return (two[0], two[1]) if fits else None


def _he_and_she_here(
    clause: Clause, by: str, a: Mention, words: tuple[str | None, str | None], people: People
) -> tuple[str, str] | None:
    """ "A and B owe each other to X, who introduced him to her": "him" and "her" as the two parties are the two
    people the sentence named together before them, whichever is which, when it named no one else but the
    introducer (no band, no new name that may be a third) and what the page knows of them fits a man and a woman."""
    before = clause.mentions[: a.number]
    if any(m.kind not in ("name", "description") or len(m.people) != 1 or m.possessive for m in before):
        return None
    groups = {fold(g) for g in people.groups()}
    two = [p for p in dict.fromkeys(m.people[0] for m in before) if fold(p) != fold(by)]
    if len(two) != 2 or any(fold(p) in groups for p in two) or not _JOINED_PAIR.match(clause.skeleton):
        return None
    fits = [
        order
        for order in (two, two[::-1])
        if all(people.selves.get(p, w) == w for p, w in zip(order, words, strict=True))
    ]
    return (two[0], two[1]) if len(fits) == 1 else None


def _he_of_the_two_here(
    clause: Clause, introducer: Mention, a: Mention | None, b: Mention | None, people: People
) -> str | None:
    """ "A came in through X: he introduced her to B": "he" introducing "her" is, of the two people the sentence
    named before them (and not the one named after "to"), the one the page calls "he" where the other is not (or the
    reverse), when what the page knows of them fits one way only; the sentence names no one else, no band and no new
    name."""
    if a is None or b is None or a.kind != "pronoun" or b.kind != "name" or len(b.people) != 1:
        return None
    words = (_SINGULAR.get(introducer.text.lower()), _SINGULAR.get(a.text.lower()))
    if introducer.text.lower() not in ("he", "she") or None in words or words[0] == words[1]:
        return None
    if any(m.kind == "name" and m.new and not m.people for m in clause.mentions[: b.number]):
        return None
    before = clause.mentions[: introducer.number]
    if not before or any(m.kind not in ("name", "description") or len(m.people) != 1 or m.possessive for m in before):
        return None
    groups = {fold(g) for g in people.groups()}
    two = [p for p in dict.fromkeys(m.people[0] for m in before) if fold(p) != fold(b.people[0])]
    if len(two) != 2 or any(fold(p) in groups for p in two):
        return None
    fits = [order for order in (two, two[::-1]) if all(people.may_be(p, w) for p, w in zip(order, words, strict=True))]
    return fits[0][0] if len(fits) == 1 else None


# The two named together opening the sentence ("A and B owe each other to X"), whom its "him" and "her" may mean
_JOINED_PAIR = linear.compile(r"^\W*@0\s+(?:and|&)\s+@1\s")


def _unknown_before(clause: Clause, pronoun: Mention, others: set[str]) -> bool:
    """ "My manager dragged me there, and I hated him for it. He introduced me to X": an earlier "him" the text could
    not say is anyone is whom the introducer's "he" may go on meaning, rather than anyone the text was about."""
    if pronoun.number > _ANTECEDENTS:
        return True  # too far into the sentence to say whom it means (as ``_antecedent`` reads it)
    word = _SINGULAR.get(pronoun.text.lower())
    return any(
        m.kind == "pronoun"
        and not m.people
        and _SINGULAR.get(m.text.lower()) == word
        # an object ("hated him for it"), not "her" before a noun ("at her birthday", hers whoever "she" is)
        and (m.text.lower() == "him" or _OBJECT_AFTER.match(clause.text[m.end : m.end + 12]) is not None)
        and not _only_the_two_before(clause, m, others)
        for m in clause.mentions[: pronoun.number]
    )


# (a verb's particle after it too, "set her up with", "brought him together with", which no "her" before a noun has)
_OBJECT_AFTER = linear.compile(
    r"^(?:\s*[,.;:!?]|\s+(?:for|to|with|at|in|on|and|from|about|over|up|together|down|off|out)\b)"
)
# "my manager", "her cousin": someone told by whose relation they are, whom a later "him" may mean
_WHOSE_NOUN = linear.compile(r"\b(?i:my|his|her|their|our|your)\s+[a-z]")


def _only_the_two_before(clause: Clause, pronoun: Mention, others: set[str]) -> bool:
    """ "The two had never met, but both of them were friends of him, and he introduced them": an earlier "him" after
    only the two introduced (no one else, and no one told by a relation, "my manager") means no one new, so it is no
    reason to doubt whom the introducer's "he" means, the same one as it."""
    before = clause.mentions[: pronoun.number]
    if not before or any(not m.people or not {fold(p) for p in m.people} <= others for m in before):
        return False
    return _WHOSE_NOUN.search(clause.text[: pronoun.start]) is None


# "July 2018 - ", "12 June 2019: ": a dated entry of a timeline, which opens afresh: whom an earlier entry was about
# is not whom its own "her" is sooner than whose relation it names ("Bell's manager brings her ...")
_DATED_ENTRY = linear.compile(_ENTRY_DATE)


# (any case: the text, not the skeleton, where a sentence may open on "The")
_ANY_ARTICLE_BEFORE = linear.compile(r"\b(?i:a|an|the)\s+$")
_WORD_NEXT = linear.compile(r"\s+(?P<word>[a-z][\w-]*)")


def _attributive(clause: Clause, mention: Mention) -> bool:
    """ "a Hull guitarist", "the Leeds engineer": a name between an article and what someone does says where they are
    from (a place the page may also hold as a name), not someone a pronoun may mean."""
    if mention.possessive or not _ANY_ARTICLE_BEFORE.search(clause.text[max(0, mention.start - 6) : mention.start]):
        return False
    following = _WORD_NEXT.match(clause.text, mention.end)
    return following is not None and following.group("word") in ROLE_NOUNS


_PREPOSITION_BEFORE = linear.compile(r"\b(?i:at|in|on|from|of|near|to|for|with|by)\s+(?:the\s+)?$")


# How many mentions before a pronoun are read for whom it means; with more, the sentence is too tangled to say.
_ANTECEDENTS = 16
# "A arrived through B, who introduced him to C", "A came to them through the producer B, who introduced her to C": the
# subject came by way of someone (described and set off by commas) whose relative clause introduced a pronoun
_CAME_THROUGH_WHO = linear.compile(
    r"^\W*@(?P<subject>\d+)\s+(?:(?:had|has|first|only|originally|eventually|finally)\s+)?"
    r"(?:came|come|arrived|got|joined|landed|ended\s+up)\b[^;:.!?,]{0,40}?\s(?:through|via)\s+"
    r"[^;:.!?]{0,80}?@\d+\s*,\s*who\s+(?:had\s+)?(?:introduced|connected)\s+@(?P<pronoun>\d+)\b"
)


def _introduced_before(before: Clause, others: set[str]) -> str | None:
    """The party the sentence before introduced to one of ``others`` ("A introduced B to C", with C among them): B."""
    if "introduc" not in before.skeleton:
        return None
    found = _ACTIVE.search(before.skeleton)
    if found is None or not found.group("b"):
        return None
    a, b = (before.mention(found.group(side)) for side in ("a", "b"))
    if a is None or b is None or a.person is None or b.person is None:
        return None
    if fold(b.person) in others and fold(a.person) not in others:
        return a.person
    if fold(a.person) in others and fold(b.person) not in others:
        return b.person
    return None


# "B, in turn, introduced her": the subject, then "in turn" (maybe set off by commas), then the verb
_IN_TURN_SUBJECT = linear.compile(r"^\W*@0\s*,?\s+in\s+turn\s*,?\s+[a-z]+\s+$")


def _in_turn_introduced(clause: Clause, pronoun: Mention, others: set[str], last_group: tuple[str, ...]) -> str | None:
    """The other of the two the last introduction introduced, when one of them opens this sentence as its subject
    with "in turn" and the pronoun is the object of its verb right after it."""
    if len(last_group) != 2 or pronoun.number != 1 or not clause.mentions:
        return None
    if _IN_TURN_SUBJECT.match(clause.skeleton[: clause.starts[1]]) is None:
        return None
    subject = clause.mentions[0]
    if subject.person is None or fold(subject.person) not in others:
        return None
    rest = [p for p in last_group if fold(p) != fold(subject.person)]
    return rest[0] if len(rest) == 1 and fold(rest[0]) not in others else None


# A possessive "her" or "his" anywhere in a sentence, by the word the page's pronouns call its owner ("herself")
_OWN_POSSESSIVE = {
    "herself": linear.compile(r"\b(?i:her)\s+[a-z]"),
    "himself": linear.compile(r"\b(?i:his)\s+[a-z]"),
}


def _antecedent(
    clause: Clause,
    pronoun: Mention,
    others: set[str],
    people: People,
    sentence_before: Clause | None = None,
    last_group: tuple[str, ...] = (),
) -> str | None:
    """``last_group``: the people of the last introduction the page told before, which "X, in turn, introduced her
    to Y" goes on from."""
    word = pronoun.text.lower()
    groups = {fold(g) for g in people.groups()}
    if pronoun.number > _ANTECEDENTS:
        return None
    before = [
        m
        for m in clause.mentions[: pronoun.number]
        if m.person and fold(m.person) not in others and not _attributive(clause, m)
    ]
    if word in ("they", "them"):
        bands = {str(m.person) for m in before if fold(str(m.person)) in groups}
        if not bands:  # "The trio ... met Marsh. It was their manager who introduced them to him."
            named = {str(m.person) for m in before if m.kind == "name" and not m.possessive}
            if len(named) > 1:
                # ("A and B were flatmates, and it was their landlord X who introduced them to C": the two people
                # the sentence named before "them" are whom it means sooner than the band the page is about)
                return None
            bands = {p for p in clause.previous if fold(p) in groups and fold(p) not in others}
        return bands.pop() if len(bands) == 1 else None
    self_word = _SINGULAR.get(word)
    if self_word is None:
        return None
    came = _CAME_THROUGH_WHO.match(clause.skeleton)
    if came is not None and int(came.group("pronoun")) == pronoun.number and word in ("him", "her"):
        # "A came to us through B's sister, C, who introduced her to D": whom the one the subject came through
        # introduced is the subject, whoever else the sentence names before the pronoun (B, whose sister C is)
        came_one = clause.mentions[int(came.group("subject"))]
        # (a full name new to the page is someone too: "Gil Moss arrived through ...")
        subject = came_one.person or (squash(came_one.text) if came_one.new and not came_one.possessive else None)
        if subject is not None and fold(subject) not in others | groups:
            return subject if people.may_be(subject, self_word) else None
    bound = _bound_subjects(clause, pronoun)
    if bound:
        # "X knew him from school, but it was Y who introduced him to Z": the same pronoun earlier in the sentence
        # was the object of X's verb, so it is someone else than X, here too
        others = others | bound
        before = [m for m in before if fold(str(m.person)) not in bound]
    candidates = {
        str(m.person) for m in before if fold(str(m.person)) not in groups and people.may_be(str(m.person), self_word)
    }
    focus = clause.focus
    opening = clause.mentions[0] if clause.mentions else None
    if (
        word in ("he", "she")
        and candidates
        and pronoun.number > 0
        and opening is not None
        and opening.kind == "pronoun"
        and opening.text.lower() == word
        and _OPENING_SUBJECT_APPOSED.match(clause.skeleton) is not None
    ):
        # "She had never met him until her sister, X, introduced them, and it was through Y that she met Z": a subject
        # pronoun the sentence opened with, said again, goes on meaning its subject, not someone named in between
        subject = opening.person or _antecedent(clause, opening, others, people, sentence_before)
        return subject if subject is not None and fold(subject) not in others else None
    if len(candidates) == 1:
        only = candidates.pop()
        possessive = all(m.possessive for m in before if m.person == only)
        if (
            possessive
            and focus is not None
            and focus != only
            and fold(focus) not in others | groups
            # the one it was about can be meant only when the page has not called them otherwise ("he", for "her")
            and people.may_be(focus, self_word)
            and not _DATED_ENTRY.match(clause.skeleton)
            # ("Mäkinen's sister introduced him to Y" after a sentence that names no one: the song's performer,
            # whom the page is about, sooner than whom a paragraph before was about)
            and (clause.previous or CreditRole.ARTIST not in people.holds(only))
        ):
            # "Bell's brother introduced her to Cy", after a sentence about Arbour: Bell's or Arbour's introduction
            return None
        if (
            possessive
            and focus is None
            # (the song's performer, whom the page is about, is whom "her" means most readily)
            and not people.holds(only) & {CreditRole.ARTIST, CreditRole.FEATURED_ARTIST}
            and any(
                p != only and fold(p) not in others | groups and people.may_be(p, self_word)
                for p in clause.previous[:1]
            )
        ):
            # "Ann already knew Cy. But it was Cy's brother who introduced her to Bo": the subject of the sentence
            # before may be meant as well as Cy, the owner of the relation
            return None
        return only
    if candidates:
        return None
    if sentence_before is not None and _unknown_subject(sentence_before):
        # "Sam was my engineer for years. I introduced Ana to him": the one the sentence before was about, whom the
        # page names no further, may be whom the pronoun means, rather than anyone the text was about
        return None
    if any(
        m.kind == "name"
        and m.new
        and not m.people
        and not m.possessive
        and fold(m.text) not in others
        # (for an object pronoun, not a name after a preposition, a place's as likely: "her teacher at Scoil Ide")
        and (word in ("he", "she") or _PREPOSITION_BEFORE.search(clause.text[max(0, m.start - 12) : m.start]) is None)
        for m in clause.mentions[: pronoun.number]
    ):
        # "X, new to the page, had followed the band, and it was she who ...": a full name the sentence gave before
        # a subject pronoun may be whom it means, as much as anyone named before the sentence; so may an object
        # pronoun ("Her uncle, X, ran a bar, and she connected Y with him"), unless the name is the introducer's
        # ("X introduced him to Y": someone else)
        return None
    if pronoun.number > 0 and fold(clause.mentions[0].text) not in others and _unknown_subject(clause):
        # "And Dominik only joined us after the gig, where X introduced him to Y": the sentence's subject, named by a
        # name the page gives no one, is whom the pronoun most likely means, not whom the text was about before
        return None
    if word in ("him", "her") and _OBJECT_AFTER.match(clause.text[pronoun.end : pronoun.end + 12]) is not None:
        # "Ann's coach, Eda, put her in touch with Bell. ... he connected her with Cy": an object pronoun goes on
        # meaning whom the same object pronoun of the sentence before meant, rather than the one it was about (the
        # roles run parallel) (matched on a slice: the pattern's "^" is the text's start, not where matching starts)
        parallel = {p for w, p in clause.called if w == self_word and fold(p) not in others | groups}
        if len(parallel) == 1:
            return parallel.pop()
    chained = _introduced_before(sentence_before, others) if sentence_before is not None else None
    if chained is not None and fold(chained) not in groups and people.selves.get(chained, self_word) == self_word:
        # "A introduced B to C at a party. A few weeks later, C introduced her to D": the one the sentence before
        # introduced to this introducer, whom the page calls so, rather than A, whom it was about (when the page has
        # called A nothing, either may be meant: not sure)
        if chained == focus or (people.selves.get(chained) == self_word and people.selves.get(str(focus)) != self_word):
            return chained
        return None
    turned = _in_turn_introduced(clause, pronoun, others, last_group)
    if turned is not None and fold(turned) not in groups and people.may_be(turned, self_word):
        # "It was X who introduced A to B. ... B, in turn, introduced her to C": one introduced who "in turn" introduces
        # the one they were introduced to passes the introduction on, whatever was told between (a quote of X's)
        return turned
    read = pronoun.people[0] if len(pronoun.people) == 1 else None
    if focus is not None and fold(focus) not in others and fold(focus) not in groups:
        if (
            read not in (None, focus)
            and fold(str(read)) not in others | groups
            and people.selves.get(str(read)) == self_word
            and (
                (not people.selves.get(focus) and not people.told_selves.get(focus))
                # ("Her father, X, drove a cab. Next, Cy, whom she was introduced to by Y": the one the text was about
                # is one the page calls otherwise ("father"): whom the text read the pronoun as, whom it calls so)
                or not people.may_be(focus, self_word)
            )
        ):
            # "Eda ... "...," Cy said. Di introduced her to Bo": the one the text was about before Cy, whom the page
            # calls "she", as the text read the pronoun, rather than Cy, whom the page has called nothing
            return read
        return focus if people.may_be(focus, self_word) else None
    if (
        focus is not None
        and fold(focus) in others
        and pronoun.number == 0
        and word in ("he", "she")
        and read is not None
        and fold(read) not in others | groups
        and people.selves.get(read) == self_word
    ):
        # "Ms A wrote it alone. It was produced by B, a Swede. She met Mr B through his sister, C": the sentence
        # before was about B, whom this one names as the other party; the subject pronoun opening it is whom the
        # text read it as, when the page calls them so ("her own")
        return read
    if clause.unnamed_before == self_word and len({fold(p) for p in clause.previous} - others - groups) > 1:
        # "She wrote it with A, and B produced it with C. B, to whom she had been introduced ...": the sentence before
        # was about a "she" it did not say is whom, and named others besides: whom the page calls "she" among those
        # (C) is no surer than that subject, whom this one may go on meaning
        return None
    # the one person the sentence before named who is none of the others (nor one of a band among them:
    # "introduced them [the band] to him")
    members = {fold(m) for band in others if band in groups for m in people.members(band)}
    earlier = {p for p in clause.previous if fold(p) not in others | groups | members and people.may_be(p, self_word)}
    guest = clause.counterpart
    if (
        guest is not None
        and fold(guest) not in others | groups
        and people.selves.get(guest) == self_word
        and not (clause.pair is not None and guest in clause.pair)
        and earlier <= {guest}
    ):
        # "I'm the one who introduced her to X", said by one of an interview's two guests: "her" is the other guest,
        # whom the page has called so, rather than either of two people named together before the quote (when the
        # sentence before named no one else it may mean)
        return guest
    if clause.pair is not None and len(others & {fold(p) for p in clause.pair}) == 1:
        # "The two singers were introduced by ... . A year later it was Farris who introduced him to X": the
        # other of the two the text is about, when one of them is the introducer or the other party
        other = next(p for p in clause.pair if fold(p) not in others)
        if fold(other) not in groups and people.may_be(other, self_word):
            rivals = earlier - {other}
            if (
                sentence_before is not None
                and people.selves.get(other) != self_word
                and not any(m.person == other for m in sentence_before.mentions)
                and _OWN_POSSESSIVE.get(str(self_word)) is not None
                and _OWN_POSSESSIVE[str(self_word)].search(sentence_before.text) is not None
            ):
                # "The connection to X happened through her label. Her manager introduced her to X": the sentence
                # right before said "her" of someone, not the other of the two, whom the page has not called so:
                # which one is meant is not sure
                return None
            if (
                other in clause.previous
                and people.selves.get(other) != self_word
                and any(people.selves.get(rival) == self_word for rival in rivals)
            ):
                # the sentence right before named them and another whom the page has called "she" (or "he"), and
                # not them: which one is meant is not sure
                return None
            nearer = rivals.pop() if len(rivals) == 1 and other not in clause.previous else None
            if nearer is not None and people.selves.get(nearer) == self_word and people.selves.get(other) != self_word:
                # the sentence right before named someone else, and not them ("X's history with the singer goes
                # back further. Her coach had introduced her to X"): the nearer one, when the page has called them
                # "she" (or "he") and the other of the two not
                return nearer
            if nearer is not None and people.selves.get(other) != self_word:
                # the sentence right before named someone else of whom the pronoun may as well be said, and the page
                # has not called the other of the two "he" (or "she") either: the nearer one when that sentence was
                # about them as its subject ("Zoltán came through Fen. Fen introduced me to him"), else which one
                # is meant is not sure
                return nearer if _opened_by(sentence_before, nearer) else None
            if (
                sentence_before is not None
                and people.selves.get(other) != self_word
                # (not when that sentence named the other of the two too: "A was introduced to B by her coach, C. A
                # year later it was B who introduced her to D" is A)
                and not any(m.person == other for m in sentence_before.mentions)
                and any(
                    _may_be_said_of(m, others | groups | {fold(other)}, people, self_word)
                    for m in sentence_before.mentions
                )
            ):
                # "A had been gigging with B for years. He introduced her to C": the sentence right before named
                # someone else, of whom the pronoun may as well be said, and not the other of the two, whom the page
                # has not called "he" (or "she"): which one is meant is not sure
                return None
            return other
    # no one here: the one person the sentence before named who is none of the others
    if len(earlier) == 1:
        return earlier.pop()
    return None if earlier else _kin_of(clause, word, others, people, self_word)


def _may_be_said_of(mention: Mention, others: set[str], people: People, self_word: str) -> bool:
    """Whether a name the sentence before gave is someone else, none of ``others``, of whom a pronoun of that reflexive
    may be said (a possessive, "Bell's", or a place is not)."""
    if mention.kind != "name" or mention.possessive:
        return False
    one = mention.person or (squash(mention.text) if mention.new else None)
    return one is not None and fold(one) not in others and people.may_be(one, self_word)


# Capitalised words opening a sentence that count or pick what follows ("One evening she ..."), or that say people at
# large ("People keep asking how Zuzana came to us"): no one's name
_OPENING_COMMON = frozenset(
    str.split(
        "one two three four five six seven eight nine ten last next every each another some most many few several "
        "people everyone everybody someone somebody nobody anyone anybody fans friends critics listeners readers"
    )
)
# A sentence opening with its subject, maybe set off by an apposition naming no one ("Sam, my drummer, was ...").
_OPENING_SUBJECT_APPOSED = linear.compile(
    r"^\W*(?:(?:And|But|So|Then)\s+)?@0(?:\s*,\s*[^,@.;:!?]{1,60},)?\s+(?:[a-z]+ly\s+)?[a-z]"
)


# "Behind the desk: X.", "Third writer and co-producer: X, the Paris beatmaker.": a label (its capitalised first word
# read as a name) before a colon, then the name it gives and maybe an apposition, and no verb
_LABELLED_NAME = linear.compile(
    r"^\W*@0\s+[a-z][^@:;.!?]{0,60}:\s*@1(?:\s*,\s*[^@;:.!?]{0,60}(?:@\d+[^@;:.!?]{0,30})?)?\.?\s*$"
)


def _opened_by(clause: Clause | None, person: str) -> bool:
    """Whether the sentence opens with ``person`` named as its subject (not whose: "Zoltán's band")."""
    if clause is None or not clause.mentions or _OPENING_SUBJECT_APPOSED.match(clause.skeleton) is None:
        return False
    subject = clause.mentions[0]
    return subject.kind == "name" and not subject.possessive and subject.person == person


def _unknown_subject(clause: Clause) -> bool:
    """Whether the sentence opens with a name as its subject that means no one the page names (a first name only,
    say; not a new full name, which the pronoun may be read as) and no country."""
    if not clause.mentions or _OPENING_SUBJECT_APPOSED.match(clause.skeleton) is None:
        return False
    if _LABELLED_NAME.match(clause.skeleton):
        return False  # "Behind the desk: X.": a label and the one it names, no subject of a verb
    subject = clause.mentions[0]
    return (
        subject.kind == "name"
        and not subject.people
        and not subject.new
        and not subject.possessive
        and not known_country(subject.text)
        and subject.text.lower() not in _OPENING_COMMON
    )


# "Her older brother, Tom Arbour, introduced her to ...": a relative named after the possessive opening the sentence
_KIN_OPENING = linear.compile(
    r"^(?P<whose>Her|His)\s+(?:(?:older|younger|elder|big|little|baby|kid|twin)\s+)?"
    r"(?:brother|sister|cousin|father|mother|dad|mum|mom|aunt|uncle|son|daughter|grandmother|grandfather|niece|"
    r"nephew|husband|wife)\s*,?\s*@(?P<kin>\d+)\b"
)
_POSSESSIVE_OF = {"her": "her", "him": "his"}


def _kin_of(clause: Clause, word: str, others: set[str], people: People, self_word: str) -> str | None:
    """Whose relative opens the sentence, when the pronoun is the same person's: the one other of the page who
    shares the relative's surname, none of the introduction's others (with two or none, no one for sure)."""
    kin = _KIN_OPENING.match(clause.skeleton)
    if kin is None or _POSSESSIVE_OF.get(word) != kin.group("whose").lower():
        return None
    relative = clause.mention(f"@{kin.group('kin')}")
    if relative is None or relative.person is None or " " not in relative.person:
        return None
    surname = relative.person.rsplit(" ", 1)[1]
    sharing = {
        p
        for p in people.sharing(surname)
        if fold(p) not in others and p != relative.person and people.may_be(p, self_word)
    }
    return sharing.pop() if len(sharing) == 1 else None


# A name, a verb (and at most one more word), then an object pronoun: "Dorn knew him", "Dorn had met her"
_SUBJECT_VERB = linear.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}$")


def _bound_subjects(clause: Clause, pronoun: Mention) -> set[str]:
    """Whoever is the subject of a verb whose object is the same object pronoun earlier in the sentence."""
    word = pronoun.text.lower()
    if word not in ("him", "her"):
        return set()
    bound: set[str] = set()
    for number in range(1, min(pronoun.number, _ANTECEDENTS)):
        same, subject = clause.mentions[number], clause.mentions[number - 1]
        if same.text.lower() != word or subject.person is None or subject.possessive:
            continue
        if _possessive(clause, same, clause.starts[number] + len(f"@{number}")):
            continue  # "Holt credits her A&R, X, with introducing her": whose A&R, no object of the verb
        between = clause.skeleton[clause.starts[number - 1] + len(f"@{number - 1}") : clause.starts[number]]
        if _SUBJECT_VERB.search(between) and between.strip() and "," not in between:
            bound.add(fold(subject.person))
    return bound


# "at her barbecue": "her" may be read as a mention (a pronoun); it says whose, as an article would.
_WHOSE_FIRST = linear.compile(r"^@(?P<number>\d+)\s+(?P<rest>\S.*)$")
# "Tully's own birthday party": a possessive name, stressed by "own", heading the occasion
_OWN_FIRST = linear.compile(r"^@(?P<number>\d+)'s\s+own\s+(?P<rest>\S.*)$")


@dataclass(frozen=True)
class _Parties:
    """Who an introduction is of, to tell whom a "his" or "her" before its occasion means."""

    by: str
    pair: tuple[str, str]
    speaker: str | None
    people: People
    # the introducer is the subject of the introducing verb, which "his" or "her" in its clause means first
    subject: bool = False
    # "by X himself, at his studio": the reflexive that stresses the introducer, which a "his" right after means
    stressed: str | None = None
    # "A and B were introduced by X at her party": the introducer is the agent of a passive whose subject is the two
    # together, named right before the "his" or "her", which means them as the subject's would
    agent: bool = False
    # "they were introduced by X, an old friend of the family, at his party": the agent so described right before the
    # word is whom the text is about there, whomever it was about before
    apposed: bool = False
    # "B was introduced to C by X, who teaches there, at one of her classes", "... by her cousin, the DJ X, at his
    # thirtieth": the agent told about in a clause or apposition set off by commas right before the word
    set_off: bool = False


# "the Crown and Anchor open mic": a venue named by two words joined by "and", as pubs are, before what was held
# there; read whole (the "and" of the name joined by a character that is no space, so it does not end the occasion).
_NAME_AND_NAME = linear.compile(
    r"\bthe\s+@(?P<a>\d+)(?P<and>\s+and\s+)@(?P<b>\d+)\s+(?:[a-z][\w-]*\s+){0,2}?(?:open\s+mic|mic\s+night|quiz|"
    r"session|night|gig|party|show|jam|festival|concert|showcase|lock-in|karaoke|residency|singaround)(?:\s|[,.;:!?]|$)"
)
# "a gig at the Hug and Pint": the same, after one event held "at" it (one event is at one place, so the two words
# name one venue; "gigs at the Barrowland and Stereo" may be two)
# ("my fortieth in the Plough and Harrow", "her birthday party in the ..."): a birthday counted by its ordinal is one
# event as a party is, and one held "in" a pub is held at it)
_ONE_EVENT_AT_NAME_AND_NAME = linear.compile(
    r"\b(?:a|an|one|the|their|his|her|my|our)\s+(?:[a-z][\w-]*\s+){0,2}?(?:gig|party|show|session|night|concert|"
    r"showcase|jam|quiz|lock-in|singaround|birthday|[a-z]+tieth|eighteenth|twenty-first)\s+(?:at|in)\s+the\s+"
    r"@(?P<a>\d+)(?P<and>\s+and\s+)@(?P<b>\d+)"
    # (then the occasion's end, or a time told after it: "a few weeks after that", "in 2019", "that spring")
    r"(?:\s*[,.;:!?]|\s*$|\s+(?:a|in|on|that|this|last|one|some|the\s+(?:following|next|same))\s)"
)
_JOINER = "\u2060"


def _venue_and(clause: Clause, rest: str) -> str:
    """``rest`` with the "and" of a venue's name joined (only between two one-word names that are no one's)."""
    found = _NAME_AND_NAME.search(rest) if " and " in rest else None
    if found is None and " and " in rest:
        found = _ONE_EVENT_AT_NAME_AND_NAME.search(rest)
    if found is None:
        return rest
    both = (clause.mentions[int(found.group("a"))], clause.mentions[int(found.group("b"))])
    if any(m.kind != "name" or m.people or m.new or m.possessive or " " in m.text for m in both):
        return rest
    return f"{rest[: found.start('and')]}{_JOINER}and{_JOINER}{rest[found.end('and') :]}"


# "on the last night of the fiesta": "last" after "the" is which night of an event, not "last night" (yesterday), which
# ends an occasion; joined to its noun (by a character that is no space) so that the end is not read there.
_THE_LAST = linear.compile(r"\bthe\s+last\s+")


def _the_last_joined(rest: str) -> str:
    return _THE_LAST.sub(f"the last{_JOINER}", rest) if "the last " in rest else rest


# "in Clarksdale, Mississippi,": a place, then after a comma the region or country it is in (and nothing more of the
# clause before the next comma)
_IN_PLACE_END = linear.compile(r"\bin\s+@\d+$")
_REGION_AFTER = linear.compile(r"\s*,\s*(?P<place>@(?P<number>\d+))\s*(?:[,.;!?]|$)")


def _region(mention: Mention) -> bool:
    if mention.kind != "name" or mention.people or mention.possessive:
        return False
    return fold(mention.text) in REGIONS or known_country(mention.text) is not None


# ", the producer, at a christening": what the page calls the last one named, set off by commas before the occasion
# (", the French choreographer who went on to make the video, at": with a relative clause on it that names no one)
# (", her nephew, who was staying on her couch, in": the relative clause may say "her", "his", "their", a pronoun's
# mention, see ``_pronouns_only``)
_APPOSED_DESCRIPTION = linear.compile(
    r"^\s*,\s*@(?P<number>\d+)(?:\s*,?\s+(?P<who>(?:who|whom|whose|that)\s(?:[^,@]|@\d+){1,100}?))?\s*,"
)


def _pronouns_only(clause: Clause, words: str | None) -> bool:
    """Whether ``words`` (a relative clause's) name no one but by a pronoun ("on her couch")."""
    return all(clause.mentions[int(m.group(1))].kind == "pronoun" for m in MENTION.finditer(words or ""))


# ", an old friend of the @4 family, at": a noun phrase set off by commas, with a noun after its article and maybe an
# "of" phrase ending in a noun, before where (no verb: "who ..." or "was ..." is a clause, not an apposition; "a
# friend of Eda Fenn" says something of another person, whom the words after may be about)
# (", the Armenian oud teacher who taught both of them, at": a capitalised word of where from before the noun, and a
# relative clause on it, which may mean the two, up to the comma; neither may name anyone, see _apposition)
_APPOSED_PHRASE = linear.compile(
    # ("a DJ at the campus station CISM": a trade of initials, and where it is plied, whatever that is named)
    # (", a Benedictine who ran the choir, at": the noun itself capitalised, an order's or a faith's member, checked
    # as the word of where from is)
    # (", Bell's brother, at": what the introducer is to someone named, a relation or a role, checked on the match;
    # ", Ms. Bell's brother, at": the title the mention leaves out of the name)
    r"^\s*,\s*(?P<phrase>(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?@\d+'s\s+(?:[a-z][\w'-]*\s+){0,2}?(?P<relation>[a-z][\w'-]*)"
    r"|(?:a|an|the|his|her|their)\s+(?:(?P<from>(?:@\d+|[A-Z][\w-]*)\s+)?(?:[a-z][\w'-]*\s+){0,3}?"
    r"(?:[a-z][\w'-]*|[A-Z]{2,3})|(?P<noun>@\d+))"
    r"(?:\s+of\s+(?:the|his|her|their|theirs)(?:\s+@\d+)?(?:\s+[a-z][\w'-]*){0,2})?"
    r"(?P<post>\s+(?:at|on|with|for)\s+(?:the|a|an)\s+(?:[a-z][\w'-]*\s+){0,3}?(?:@\d+|[a-z][\w'-]*))?"
    r"(?P<relative>\s+(?:who|that)\s+[a-z][^,;:()]{0,100}?)?"
    # (", the manager they briefly shared, backstage at": a relative clause with no "who", opening on its subject, a
    # pronoun, checked on the match)
    r"(?P<contact>\s+@\d+\s+(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*)?)"
    r"\s*,\s*(?:backstage\s+)?(?:at|on|during)\s"
)


# " who produced both of their debut records, at": a relative clause naming no one, closed by a comma before where
# (" who has her workshop in Hareid, at": no one but the introducer, and places; checked on the match)
_INTRODUCER_RELATIVE = linear.compile(r"^\s*,?\s*(?P<aside>who\s+[a-z][^,;:.!?\"]{1,100}?,)\s*(?:at|on|during)\s")
# "on the grounds that", "on condition that": a reason or a condition, told as a conjunction is, never where
_REASON_ON = linear.compile(r"^\s*on\s+(?:the\s+)?(?:grounds|basis|understanding|condition|assumption)\s+that\b")
# "who introduced the two at a weekender in Hull,": a relative clause that tells the introduction again, and where
_INTRODUCED_AT = linear.compile(r"^who\s+(?:had\s+)?introduced\s[^,]{1,80}?(?P<where>\s(?:at|during)\s[^,]{1,100},)$")


def _apposition(clause: Clause, rest: str) -> linear.Match | None:
    """``_APPOSED_PHRASE`` at the start of ``rest``, when its word of where from and its relative clause name no one
    (a word such as "Armenian" means no one; "them" there may mean the two introduced, who are no third person)."""
    match = _APPOSED_PHRASE.match(rest)
    if match is None:
        return None
    if match.group("relation") and _MET_RELATION_WORD.match(match.group("relation").lower()) is None:
        return None  # (", Bell's old band, at": not what one person is to another)
    added = (
        (match.group("from") or "")
        + " "
        + (match.group("noun") or "")
        + (match.group("relative") or "")
        + (match.group("post") or "")
    )
    for mention in _mentions_in(clause, match.group("contact") or ""):
        if mention.kind not in ("pronoun", "two"):
            return None  # ("the manager Eda Fenn shared": a contact clause's subject may be no one but a pronoun)
    for mention in _mentions_in(clause, added):
        if mention.kind == "two" or (mention.kind == "name" and not mention.people and not mention.new):
            continue
        if mention.possessive and f"@{mention.number}" in (match.group("relative") or ""):
            continue  # ("who ran the choir at Bell's school": whose a thing in the clause is, no one else it is about)
        return None
    return match


# ", of all people, at his party", ", apparently, at ...": the teller's surprise or hedge set off by commas right
# after the introducer, which says nothing of where (nor whose "his" is)
# (", all three at once, at ...", ", both together,": how many were introduced in one go, no more of where)
_TELLERS_ASIDE = linear.compile(
    r"^\s*,\s*(?:of\s+all\s+people|(?:all|both)(?:\s+(?:three|four|five|six))?\s+(?:at\s+once|together)|"
    + HEDGE
    + r")\s*,"
)


def _past_tellers_aside(rest: str) -> str:
    aside = _TELLERS_ASIDE.match(rest) if rest[:2] in (", ", " ,") else None
    return rest if aside is None else " " + rest[aside.end() :].lstrip()


def _occasion(clause: Clause, rest: str, parties: _Parties) -> str | None:
    # ("at the fair \u2192 two weeks later, a chorus": an arrow in notes leads on to what came of it, no part of where)
    rest = _past_tellers_aside(rest.split(" \u2192", 1)[0])
    rest = _the_last_joined(_venue_and(clause, rest))
    apposed = _APPOSED_DESCRIPTION.match(rest)
    if apposed is not None:
        number = int(apposed.group("number"))
        described = clause.mentions[number]
        named = clause.mentions[number - 1] if number > 0 else None
        # only a description that means the one named right before it (or no one of the page) is their apposition;
        # so is their name again in full ("by Eero, Eero Makinen, at a sauna evening")
        if (
            named is not None
            and (
                (described.kind == "description" and described.people in ((), named.people))
                or (described.kind == "name" and bool(named.people) and described.people == named.people)
            )
            and _pronouns_only(clause, apposed.group("who"))
        ):
            rest = rest[apposed.end() - 1 :]
    elif (
        (who_aside := _INTRODUCER_RELATIVE.match(rest)) is not None
        and _REASON_ON.match(rest[who_aside.end("aside") :])
        and (again := _INTRODUCED_AT.match(who_aside.group("aside"))) is not None
    ):
        # "put together by X, who introduced the two at a weekender in Hull, on the grounds that ...": the reason
        # after the aside is no where; the aside's own where is the introduction's
        rest = again.group("where")
    elif (who_aside := _INTRODUCER_RELATIVE.match(rest)) is not None and _names_only_introducer(
        clause, who_aside.group("aside"), parties.by, rest[who_aside.end() :]
    ):
        # "by X himself, who produced both their records, at a listening party": a relative clause about the introducer
        # that names no one, set off by commas, then where
        rest = rest[who_aside.end("aside") :]
    elif rest[:1] == "," or rest[:2] == " ,":
        # ", an old friend of the Marchand family, at his party": an apposition about the introducer (a noun phrase,
        # whoever it names in an "of" phrase), then where
        phrase = _apposition(clause, rest)
        if phrase is not None:
            rest = rest[phrase.end("phrase") :]
    match = _OCCASION.match(rest)
    if match is not None and match.group("on") and _REASON_ON.match(rest[match.start("on") :]):
        return None  # "on the grounds that they were sober": why, not where
    if match is None and " at " in rest:
        inside = _IN_THE_AT.match(rest)
        match = (
            inside
            if inside is not None
            and inside.group("first") not in _NOT_A_ROOM
            and not (inside.group("for") and _FOR_A_SPAN.search(inside.group("for")))
            else None
        )
    if match is None and " in " in f" {rest}":
        venue = _IN_VENUE.match(rest)
        # ("in the same room": which room, not where)
        match = venue if venue is not None and venue.group("occasion").split()[0] not in _NOT_A_ROOM else None
    in_whose = match is None
    if in_whose:
        match = _IN_WHOSE.match(rest)
    if not match:
        return None
    before = rest[: match.start("occasion")]
    if any(d in before for d in _DASHES) and any(
        clause.mentions[int(m.group(1))].people for m in MENTION.finditer(before)
    ):
        return None  # an aside between dashes that names someone says more than what the last one named is
    article = (match.group("article") or match.groupdict().get("after") or "").lower()
    occasion = match.group("occasion")
    if _RELATIVE_WORD.match(occasion):
        return None  # "at whose stall they queued", "at which point": a relative clause, not where
    if (
        (match.groupdict().get("on") or "").lower() in ("on", "on board", "aboard")
        and _VEHICLE.search(occasion)
        and _DURING_EVENT.match(rest, match.end("occasion"))
    ):
        # "introduced them on board a night train during a school exchange": the ride is where they were, the event
        # it was part of the occasion
        return _occasion(clause, rest[match.end("occasion") :], parties)
    if occasion[:5].lower() == "what " and _OVER_BEFORE.search(rest[: match.start("occasion")]):
        # "introduced them, over what she still calls the worst buffet in Norway": what was shared, by someone's
        # word for it, is no occasion (as "over a plate of noodles" is none); where, told before, may be
        return None
    if not article and _AN_HOUR.match(occasion):
        # "introduced them at two in the morning": the hour is when, not where (where may be told before, "met at
        # WOMEX, where he introduced them at two in the morning")
        return None
    portion = _PORTION.match(occasion)
    if portion is not None:
        # "over a plate of noodles at the family's café": what was shared is no occasion; where it was, after it, is
        where = portion.group("where")
        return _occasion(clause, rest[match.start("occasion") + portion.start("where") :], parties) if where else None
    over = _OVER_THE_BEFORE.search(rest[: match.start("occasion")]) is not None
    head_end = _OVER_HEAD_END.search(occasion) if over else None
    if over and not _OVER_SHARED.search(occasion[: head_end.start()] if head_end is not None else occasion):
        # "introduced them over a wheel that neither could work": what they bent over is a thing, no occasion; "over"
        # names one only when it is a meal, a drink or a gathering shared ("over dinner", "over a Sunday roast")
        return None
    if in_whose:
        # "in her tasca": someone's place is where; "in Lisbon", "in 2019", "in the spring" are not occasions
        first = _WHOSE_FIRST.match(occasion)
        if not article and (first is None or clause.mentions[int(first.group("number"))].text.lower() != "her"):
            return None
        occasion = _ONE_TIME.sub("", occasion)
    end = match.end("occasion")
    if " between " in f" {occasion}":
        between = _BETWEEN_AND.match(rest, end) if _BETWEEN_END.search(occasion) else None
        if between is not None:
            # "a night ferry between Helsinki and Tallinn": "and" there joins the two ends of "between", inside the
            # occasion, where elsewhere it ends it
            occasion += rest[end : between.end()]
            end = between.end()
    pointed = _THAT_AFTER.match(rest, end) if _OF_END.search(occasion) else None
    if pointed is not None:
        # "the staff party at the end of that season": "that" right after a preposition points at a noun, no
        # relative clause, and what it points at is part of the occasion
        occasion += pointed.group(0)
        end = pointed.end()
    quoted = _QUOTED_TITLE.match(rest, end) if _BEFORE_A_TITLE.search(occasion) else None
    if quoted is not None:
        # "at a recording of "Night Hours"": the quoted title of what was recorded or shown is part of the occasion,
        # whatever it holds (the quote marks end an occasion elsewhere)
        occasion = occasion.rstrip() + " " + quoted.group("title")
        end = quoted.end()
    titled = _TITLE_AND.match(rest, end) if _FOR_A_TITLE.search(occasion) else None
    if titled is not None and not any(
        clause.mentions[int(m.group(1))].people for m in MENTION.finditer(occasion[-12:] + titled.group(0))
    ):
        # "a rehearsal for Lessons and Carols", "a screening of Pride and Prejudice": "and" between two capitalised
        # words of a work or event's name, after "for" or "of", joins them inside the name (no one of the page)
        occasion += titled.group(0)
        end = titled.end()
    joint = _JOINT_OWNER.match(rest, end) if _NAME_END.search(occasion) else None
    if joint is not None and not any(
        clause.mentions[int(m.group(1))].people for m in MENTION.finditer(occasion[-12:] + joint.group("joined"))
    ):
        # "at the Tyne and Wear Society's open day": "and" between two names that own the occasion together, no
        # one of the page, joins them inside it
        occasion += joint.group("joined")
        end = joint.end("joined")
    region = _REGION_AFTER.match(rest, end) if _IN_PLACE_END.search(occasion) else None
    if region is not None and _region(clause.mentions[int(region.group("number"))]):
        # "a homecoming in Clarksdale, Mississippi": the town told more closely, one place
        occasion += rest[end : region.end("place")]
        end = region.end("place")
    # "a dinner after the Summer Sonic festival": which dinner, not when
    occasion += _after_event(clause, rest, end) or _named_event(clause, rest, end)
    if "@" in occasion:
        # "the block party we threw for the launch": a relative clause without "who" or "that" ends it, as one with does
        occasion = before_contact_clause(clause, occasion, _NOT_RESTRICTED)
    whose = _WHOSE_FIRST.match(occasion) if not article and occasion.startswith("@") else None
    if whose is not None and clause.mentions[int(whose.group("number"))].text.lower() == "her":
        article, occasion = "her", whose.group("rest")
    owned = _OWN_FIRST.match(occasion) if not article else None
    if owned is not None:
        owner = clause.mentions[int(owned.group("number"))]
        if owner.possessive and owner.person is not None and fold(owner.person) == fold(parties.by):
            # "at Tully's own birthday party": "own" stresses whose, the introducer's, named in full as "her own" is
            article, occasion = f"{parties.by}'s", owned.group("rest")
    occasion = _inner_whose(clause, occasion, parties, rest)
    words = squash(clause.words(occasion).replace(_JOINER, " "))
    dated = _DATE_AFTER.search(words)
    if dated is None and _RELATIVE_TIME.match(rest, end):
        dated = _THE_MONTH.search(words)
    if dated is not None:
        words = words[: dated.start()]
    # "on the last bus out of town one wet night (in May)": when, at the end of any occasion, once its date is cut
    words = _ONE_TIME.sub("", words)
    if not words:
        return None
    if _TIME_ONLY.match(f"{article} {words}".strip()) or _AT_THE_TIME.match(f"{article} {words}".strip()):
        return None  # "on the same night", "at the time": when, not where
    if _MEANS.match(words):
        return None  # "over email", "on the phone": how, not where
    if article in ("this", "that") and not words.lower().startswith("very "):
        # ("at this very fair": the very one the writer stands at, whose words say which; "a very fair" says nothing)
        article = "an" if words[:1].lower() in "aeiou" else "a"
    speaker = parties.speaker
    if article == "our":
        # "at our Christmas gig": the writer's band or house, no one person: kept in the page's words, as the
        # facts keep any "our"
        pass
    elif article == "my":
        if speaker is None:
            return None  # whose occasion "my" is cannot be said in the speaker's name
        article = f"{speaker}'s"
    elif (
        article == "their"
        and not in_whose
        and parties.subject
        and parties.by != parties.speaker
        and parties.by not in parties.pair
    ):
        # "X introduced the two part-timers on their first night shift": one person's doing, to two people named
        # right before the word, at an occasion of theirs, kept in the page's words (but "in their kitchen", a place
        # someone keeps, may be a household the introducer shares: not sure)
        pass
    elif article in ("his", "her", "their"):
        if not _the_introducers(clause, article, parties, rest):
            return None  # whose is not certain
        # the introducer's, named as "my" is: the occasion read apart from the page still says whose
        article = f"{parties.by}'s"
    if article.endswith("'s") and words.startswith("own "):
        # "at her own birthday party": "own" stresses the pronoun, which the name now stands for
        words = words[4:]
    return f"{article} {words}".strip()


# Words that are no noun, so a subject pronoun after them opens no relative clause about the occasion
_NOT_RESTRICTED = frozenset(
    str.split("a an the his her their its my our of in at on for to from with by and or but as than like into over")
)
# "between" and one place or thing ending an occasion cut at "and"; what follows the "and" then names the other end
_BETWEEN_END = linear.compile(r"(?:^|\s)between\s+(?:the\s+)?@\d+$")
_BETWEEN_AND = linear.compile(r"\s+and\s+(?:the\s+)?@\d+")
# An occasion cut right after a preposition ("the end of"), and "that" with its one noun after it
_OF_END = linear.compile(r"\s(?:of|from|during|throughout)$")
_THAT_AFTER = linear.compile(r"\s+(?:that|this)\s+[a-z]+\b")
# What one travels on, heading the words after "on" or "aboard" ("a Hayabusa service", "the night ferry to Bergen")
_VEHICLE = linear.compile(
    r"^(?:[\w@'-]+\s+){0,3}?(?:train|service|sleeper|ferry|boat|ship|liner|bus|coach|tram|flight|plane)s?"
    r"(?:\s+(?:to|from|between|out\s+of)\s.*)?$"
)
_DURING_EVENT = linear.compile(r"\s+during\s+(?:a|an|the)\s+(?:[a-z]|@\d)")
# An occasion cut at "and" right after a name, and the second name that owns the rest with it ("the Tyne and Wear
# Society's open day"), to the occasion's end
_NAME_END = linear.compile(r"(?:^|\s)(?:the\s+)?@\d+$")
_JOINT_OWNER = linear.compile(rf"(?P<joined>\s+and\s+@\d+'s\s+[a-z](?:[^,.;:!?\"{_DASHES}]|:\S)*?){_OCCASION_END}")
_FOR_A_TITLE = linear.compile(r"\s(?:for|of)\s+(?:the\s+)?@\d+$")
_TITLE_AND = linear.compile(r"\s+and\s+@\d+")
# An occasion cut before a quote mark, after a word that a work's title follows ("a screening of", "a show called")
_BEFORE_A_TITLE = linear.compile(r"\s(?:of|for|called|named|titled|entitled)\s*$")
_QUOTED_TITLE = linear.compile(r"\s*(?P<title>\"[^\"]{1,80}\")")


# "over" right before an occasion's first words (a free relative after it, "over what X calls ...", is what was shared)
_OVER_BEFORE = linear.compile(r"(?:^|\s)over\s+$", ignore_case=True)
# What "over" names as an occasion: a meal, a drink or a gathering shared, by the head noun of its words (the last word
# before a place or a time is told)
_OVER_SHARED = linear.compile(
    r"(?:^|\s)(?:breakfast|brunch|lunch|dinner|supper|tea|coffee|drink|beer|pint|wine|cocktail|roast|meal|feast|picnic"
    r"|barbecue|braai|curry|pizza|game|match|round|chat|cigarette|smoke|call|phone|email|session|weekend"
    rf"|{_EVENT_NOUNS})(?:e?s)?$",
    ignore_case=True,
)
_OVER_THE_BEFORE = linear.compile(
    r"(?:^|\s)over\s+(?:(?:this|that|the|a|an|my|our|his|her|their)\s+)?$", ignore_case=True
)
# Where the head of the words after "over" ends: a place, a time or what it was of is told after it
_OVER_HEAD_END = linear.compile(r"\s+(?:in|at|on|of|with|for|near|during|after|before|by)\s")
# An hour of the day told after "at", as ``_OCCASION_END`` cuts one after a place
_AN_HOUR = linear.compile(
    r"^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}(?:[:.]\d\d)?)(?:\s+o'clock)?"
    r"(?:\s+in\s+the\s+(?:morning|afternoon|evening)|\s+at\s+night|\s*[ap]\.?m\b|\s+o'clock)"
    r"|(?:midnight|dawn|daybreak|noon|sunrise|sunset)\b)",
    ignore_case=True,
)
# A portion of food or drink ("a plate of dumplings", "two pints of stout"), then maybe where it was had
_PORTION = linear.compile(
    r"^(?:[a-z]+\s+)?(?:plate|cup|bowl|pint|glass|bottle|pot|mug|slice|jug|carafe|basket|dish)e?s?\s+of\s+"
    r".*?(?P<where>\s+at\s.*)?$"
)


_POSSESSIVE_SELF = {"his": "himself", "her": "herself"}
# "a showcase at her academy", "a dinner for his wife": "his", "her" or "my" inside an occasion, after a preposition
# (before a capitalised word too: "the opening night of his Thai restaurant", "at her Lisbon flat"; after a word of
# where as well: "the stairwell outside her flat", "the bench behind his shop")
_INNER_WHOSE = linear.compile(
    r"\s(?:at|in|for|of|on|to|with|outside|inside|behind|beside|near|opposite|above|below|under)\s+(?P<word>his|her|my|@(?P<number>\d+))\s+(?P<noun>[a-z]|\p{Lu}|@\d)"
)


def _inner_whose(clause: Clause, occasion: str, parties: _Parties, rest: str) -> str:
    """``occasion`` with a "his" or "her" inside it named as the introducer's when it can mean only them, as the one
    at its start is, and a "my" as the speaker's (else the page's words, which still read right beside the page's
    people; so does "his own record", whose "own" points back within the occasion)."""
    if " his " not in occasion and " her " not in occasion and " my " not in occasion and "@" not in occasion:
        return occasion
    pieces: list[str] = []
    end = 0
    for found in _INNER_WHOSE.finditer(occasion):
        number = found.group("number")
        word = clause.mentions[int(number)].text.lower() if number is not None else found.group("word")
        if occasion.startswith("own ", found.start("noun")):
            continue
        if word == "my" and parties.speaker is not None:
            # "a party at my studio": the speaker's, named as a "my" at the occasion's start is
            owner = parties.speaker
        elif word in _POSSESSIVE_SELF and (
            _the_introducers(clause, word, parties, rest)
            or _their_work(clause, word, parties, occasion[found.end("word") :])
        ):
            owner = parties.by
        else:
            continue
        pieces += [occasion[end : found.start("word")], f"{owner}'s"]
        end = found.end("word")
    return "".join(pieces) + occasion[end:]


# Who makes what, by a word for their trade: "the launch of his third novel" after "the novelist X" is X's novel
_MAKERS: dict[str, frozenset[str]] = {
    "novelist": frozenset({"novel", "novels", "book"}),
    "author": frozenset({"novel", "book", "memoir"}),
    "poet": frozenset({"poems", "collection", "pamphlet", "book"}),
    "playwright": frozenset({"play"}),
    "photographer": frozenset({"exhibition", "photobook"}),
    "painter": frozenset({"exhibition"}),
    "filmmaker": frozenset({"film", "documentary"}),
    # ("the opening night of his restaurant" after "the chef X": the kitchen a chef runs is theirs as a novel is)
    "chef": frozenset({"restaurant", "bistro", "kitchen"}),
    # ("the launch party for his fiftieth film" after "the film composer X": the films a composer scores are counted
    # as theirs)
    "composer": frozenset({"film", "opera", "symphony", "score", "soundtrack"}),
}
# "his third novel", "her new book": the possessive's noun after up to two words of which or what kind
_OWNED_WORK = linear.compile(r"^\s+(?:[a-z][\w-]*(?:\s+|$)){1,3}")


def _their_work(clause: Clause, word: str, parties: _Parties, after: str) -> bool:
    """Whether "his" or "her" before a work ("the launch of his third novel") means the introducer because the page
    calls them the maker of such works (a novelist) and no one else the clause names so, nor the word otherwise."""
    self_word = _POSSESSIVE_SELF[word]
    selves = parties.people.selves
    if parties.by == parties.speaker or selves.get(parties.by) not in (None, self_word):
        return False
    owned = _OWNED_WORK.match(after)
    if owned is None:
        return False
    words = set(owned.group(0).split())
    makers = {trade for trade, works in _MAKERS.items() if words & works}
    if not makers & parties.people.roles(parties.by):
        return False
    others = ({*parties.pair} | {person for m in clause.mentions for person in m.people}) - {parties.by}
    return not any(makers & parties.people.roles(person) for person in others)


def _the_introducers(clause: Clause, word: str, parties: _Parties, rest: str = "") -> bool:
    """Whether "his" or "her" before the occasion can mean only the introducer: of everyone the clause names
    (the speaker aside, who would say "my"), the one the page does not call otherwise ("at his sister's
    wedding", with the other party a "she"). Then the occasion reads the same in the introduction, whose
    subject the introducer is, as on the page."""
    self_word = _POSSESSIVE_SELF.get(word)
    if self_word is None:
        return False  # "their": the two, or all three
    selves = parties.people.selves
    if parties.stressed == self_word and selves.get(parties.by) in (None, self_word):
        return True
    if (
        parties.agent
        and parties.by != parties.speaker
        and selves.get(parties.by) in (None, self_word)
        and (
            parties.apposed
            or not (clause.focus in parties.pair and parties.people.may_be(str(clause.focus), self_word))
        )
    ):
        # "A and B were introduced by X at her party": X's, the one named right before the word, unless the text was
        # about one of the two, whom it may mean as well ("B wrote it for her mother. A and B were introduced by X
        # at her party")
        return True
    if parties.set_off and parties.by != parties.speaker and selves.get(parties.by) in (None, self_word):
        return True
    if parties.subject and parties.by != parties.speaker and selves.get(parties.by) in (None, self_word):
        # "Tam introduced the pair at her birthday party" (Tam no "he" on the page): the subject's, as English
        # reads it
        return True
    named = {parties.by, *parties.pair} | {person for m in clause.mentions for person in m.people}
    named.discard(parties.speaker or "")
    if {person for person in named if parties.people.may_be(person, self_word)} == {parties.by}:
        return True
    return _the_one_before(clause, self_word, parties, rest)


def _the_one_before(clause: Clause, self_word: str, parties: _Parties, rest: str) -> bool:
    """Whether "his" or "her" can mean only the introducer among the people named one by one before it: "The pair
    were introduced by the chef X at his restaurant" ("the pair" is no "his"; a name after the occasion, "where B
    was washing dishes", is no one the word looks back to). Only when the clause names both of the pair, one by
    one or together, so that no one of the pair is left for the word to mean from an earlier sentence."""
    at = clause.skeleton.find(rest) if rest else -1
    if at < 0:
        return False
    # (a new full name is someone too, named by its words)
    ones = [
        (m, m.person or (squash(m.text) if m.kind == "name" and m.new and not m.possessive else None))
        for m in clause.mentions
    ]
    mentioned = {person for m, one in ones for person in (m.people or ((one,) if one else ()))}
    if not {parties.by, *parties.pair} <= mentioned:
        return False
    starts = clause.starts
    before = {one for m, one in ones if one is not None and m.number < len(starts) and starts[m.number] < at}
    before.discard(parties.speaker or "")
    return {person for person in before if parties.people.may_be(person, self_word)} == {parties.by}
