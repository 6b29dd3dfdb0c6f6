"""What the prose says about the song itself: a band and its members, the album's kind, genres, and on an auction
lot's page who consigned the lot."""

from __future__ import annotations

from collections.abc import Iterator

from songgraph.ingest import linear
from songgraph.ingest.page.clauses import ADDRESS, PLAYER_NOUNS, PLAYER_OF, ROLE_NOUNS
from songgraph.ingest.page.credits import add_genre
from songgraph.ingest.page.facts import AlbumFacts
from songgraph.ingest.page.reading import Reading
from songgraph.ingest.pagetext import GROUP_SIZES, NAME, NAMES, Sentences, split_names, squash
from songgraph.models import ArtistKind, PersonEntry
from songgraph.text import fold

_GENRE_INSPIRED = linear.compile(
    r"\bthe\s+(?P<genre>[A-Za-z][A-Za-z-]*(?:\s[A-Za-z][A-Za-z]*)?)[-\s]inspired\s+(?:song|track|single|ballad|tune)"
)
_GENRE_STATED = linear.compile(
    r"\b(?:is|was)\s+an?\s+(?P<genre>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?)\s+(?:song|track|single|ballad)\b\s+(?:by|from)\b"
)
_ALBUM_KIND = linear.compile(
    r"\b(?:his|her|their|its|the)\s+(?P<kind>(?:[a-z][\w-]*\s+){0,3}(?:album|EP|mixtape))\s+\"(?P<title>[^\"]+)\""
)
# "a few months after his mixtape "X"": a work told as what came before or after the song, not what holds it (a
# single "released weeks before her album "X"" may or may not be on it: no album read)
_TIMED_BY = linear.compile(r"\b(?:after|before|since|following|until)\s+$")
_GROUP = linear.compile(r"\b(?:band|group|duo|trio|quartet|quintet|\w+-piece)\b", ignore_case=True)
# A member told with what they are before the name ("Lisbon-born singer A", "guitarist B"): a role noun, after a word
# or two that may place them
# ("consists of the Lima-born singer A": maybe after "the"; "the Osaka drummer and programmer A": two things they do)
_ROLE = "(?:" + "|".join(sorted(ROLE_NOUNS)) + ")"
_DESCRIBED = rf"(?:(?:the\s+)?(?:{NAME}\s+)?(?:[a-z][\w-]*\s+){{0,2}}?{_ROLE}(?:\s+and\s+[a-z][\w-]*)?\s+)?{NAME}"
# ("made up of the leader A, B from Osaka, C from Bangkok and the youngest member, D": each may be told where they are
# from after the name, a town's name or two capitalised words, or be the one of them told by a superlative, the name
# set off after it by a comma)
_MEMBER_TOLD = (
    rf"(?:{_DESCRIBED}(?:\s+from\s+\p{{Lu}}[\w'-]*(?:\s+\p{{Lu}}[\w'-]*)?)?"
    rf"|the\s+[a-z]{{2,}}est\s+(?:member|one)\s*,\s*{NAME})"
)
_MEMBERS = linear.compile(
    rf"\b(?:made\s+up\s+of|consist(?:s|ed|ing)\s+of|whose\s+members\s+are|members|formed\s+by|"
    # "the Leeds four-piece of A, B, C and D"
    rf"(?:\w+-piece|duo|trio|quartet|quintet)\s+of)\s+"
    # ("the duo of Lisbon-born singer A and São Paulo guitarist B": each may be described)
    rf"(?P<names>{_MEMBER_TOLD}(?:(?:,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*){_MEMBER_TOLD})*)"
)
# The name that ends a described member ("Lisbon-born singer Beatriz Sá" is Beatriz Sá).
_NAME_AT_END = linear.compile(rf"{NAME}$")
# "The band - singer Fern Holloway, guitarist Billy Nakamura and drummer Aroha Ngata -"
# (a second player of the same instrument has none before the name: "guitarists A and B")
_PLAYER_AT = rf"(?:[a-z][\w-]*\s+){{1,3}}{NAME}"
_NEXT_PLAYER_AT = rf"(?:[a-z][\w-]*\s+){{0,3}}{NAME}"
_PLAYERS = linear.compile(
    rf"\b(?:[Tt]he\s+(?:band|group|duo|trio|quartet)|(?:[Ii]ts|[Tt]heir)\s+members)"
    rf"(?:\s*[-:(]\s*|\s+(?:is|are|was|were|consists\s+of)\s+)"
    rf"(?P<list>{_PLAYER_AT}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_NEXT_PLAYER_AT}){{1,8}})"
)
# "The band is A, B and the Cork-born fiddler C.": the group's line-up told whole, a list closed by "and" and then the
# clause's end (a list cut short, "The band is A and B's old friend", is no line-up); each may be described, after an
# article and a word placing them
# ("the Zimbabwean singer and producer A": two roles joined, one person)
_DESCRIBED_AFTER_ARTICLE = (
    rf"(?:(?:the|a|an)\s+)?(?:(?:{NAME}|[a-z][\w-]*)\s+){{0,2}}?(?:{_ROLE}\s+(?:and|&)\s+)?{_ROLE}\s+{NAME}"
)
# ("The trio are Miss A, Miss B and Mr. C": each maybe after a courtesy title, its stop no end of the list)
_TITLED_NAME = rf"(?:{ADDRESS}\s+)?{NAME}"
# ("The five members, who debuted in 2021, are A, ... and the maknae E": the members counted, perhaps told about in a
# relative clause, the count agreeing with the names, checked where it is read; "..., and its members are A, B and
# C": the clause joined on by "and")
_LINE_UP = linear.compile(
    r"(?:(?:^|[.!?]\s+)(?:[Tt]he\s+(?:band|group|trio|quartet|quintet|line-?up)|(?:[Ii]ts|[Tt]heir)\s+(?:members|line-?up)"
    r"|[Tt]he\s+(?P<count>two|three|four|five|six|seven|eight|nine)\s+members(?:\s*,\s*who\s[^,.;:!?]{1,100},)?)"
    r"\s+(?:is|are|was|were)\s+|,\s+and\s+(?:its|their)\s+(?:members|line-?up)\s+(?:is|are|was|were)\s+)"
    rf"(?P<names>(?:{_TITLED_NAME}|{_DESCRIBED_AFTER_ARTICLE})(?:\s*,\s*(?:{_TITLED_NAME}|{_DESCRIBED_AFTER_ARTICLE}))*"
    rf"\s*,?\s+and\s+(?:{_TITLED_NAME}|{_DESCRIBED_AFTER_ARTICLE}))"
    # ("The band are A and B, who have played together since school, and the bassist C": a relative clause on the
    # ones listed first, then one more joined by "and", told by what they play)
    rf"(?:\s*,\s*who\s+[^,.;:!?]{{1,100}},\s*and\s+(?P<more>{_DESCRIBED_AFTER_ARTICLE}))?\s*(?:[,.;:!?]|$)"
)
# "Conjunto Fagulha are singer A, guitarist B and drummer C.", "X are three: the singer A, ... and the fiddler C":
# the same whole line-up told after the group's own name opening its sentence (read from right after the name)
# ("Fox & Finch are a duo, A and B": the act's noun first, the line-up after a comma, colon or dash; a noun that counts
# them must agree with the names, checked where it is read)
# ("X is a duo, A and B", "X is a trio from Montreal: A, B and C": a singular verb only before the act's noun, which
# may be placed by where the act is from; checked where it is read)
# ("the Lisbon three-piece X, who are A, B and C": a relative clause on the name, wherever it stands)
# ("X are A from Utrecht, B from Galway and C from Bilbao": each member told where they are from, a town's name or
# two capitalised words, which is no member)
_FROM_TOWN = r"\s+from\s+\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*)?"
_MEMBER_FROM = rf"(?:{NAME}|{_DESCRIBED_AFTER_ARTICLE})(?:{_FROM_TOWN})?"
_NAMED_LINE_UP = linear.compile(
    r"^(?:\s*,\s*(?P<who>who))?\s+(?:are|were|(?P<single>is|was))\s+(?:(?:two|three|four|five|six|seven)\s*:\s*"
    r"|(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<act>duo|trio|quartet|quintet|band|group)"
    rf"(?:{_FROM_TOWN})?\s*(?:,|:|\s-)\s*)?"
    rf"(?P<names>{_MEMBER_FROM}(?:\s*,\s*{_MEMBER_FROM})*\s*,?\s+and\s+{_MEMBER_FROM})\s*(?:[,.;:!?]|$)"
)
_FROM_TOWN_AFTER = linear.compile(_FROM_TOWN)
# "They are A, B and C.", "They're A, B and C, and ...": a whole line-up of full names told of "they", read only where
# "they" can be no one but the group (checked on the match: the sentence follows one opening on the group's name, or
# opens a paragraph right after a paragraph that does)
_THEY_LINE_UP = linear.compile(
    r"\W*(?:They\s+(?:are|were)|They['\x{2019}]re)\s+"
    rf"(?P<names>{NAME}(?:\s*,\s*{NAME})*\s*,?\s+and\s+{NAME})\s*(?:[,.;:!?]|$)"
)
# "Everyone in the band has a writing credit: the singer A, the guitarist B and the accordionist C.": the whole band
# said to do something, then listed after a colon, each member told by what they play before the name (a list of bare
# names may be anyone the band did it with)
_EVERYONE_LISTED = linear.compile(
    r"(?:^|[.!?]\s+)(?:Everyone|Everybody|Each\s+member|Every\s+member)\s+(?:in|of)\s+the\s+(?:band|group)\b"
    r"[^.:;!?@]{0,80}:\s*"
    rf"(?P<names>{_DESCRIBED_AFTER_ARTICLE}(?:\s*,\s*{_DESCRIBED_AFTER_ARTICLE})*\s*,?\s+and\s+"
    rf"{_DESCRIBED_AFTER_ARTICLE})\s*(?:[.;!?]|$)"
)
# "X are a Tokyo trio: A on vocals, B on guitar, and C on drums.", "X are a Sheffield four-piece - A on vocals and
# guitar, B on keys ... -", "X are four young musicians from Cardiff: A sings, B plays bass and C is the drummer": a
# counted line-up after the group's own name, each member followed by what they play (read from right after the name)
# ("X are a trio from Austin, Texas. A sings, B plays guitar and C plays the rest": the list may fill the next
# sentence, after where they are from, each member then doing something, checked on the match)
# ("a south London three-piece", "a north-east trio": a point of the compass before the place's name, in lower case)
_COMPASS_WORD = r"(?:north|south|east|west)(?:-(?:east|west))?"
_COUNTED_LINE_UP = linear.compile(
    # ("X, despite the name, are not a choir at all but three people: A on vocals, ...": an aside set off by commas
    # before the verb, and what they are not before what they are)
    r"^(?:\s*,[^,.;:!?\n]{1,40}?,)?"
    rf"\s+(?:are|were|(?P<single>is|was))\s+(?:not\s+[^,.;:!?\n]{{1,30}}?\s+but\s+)?(?:(?:a|an)\s+(?:{_COMPASS_WORD}\s+)?(?:[\p{{Lu}}][\w'-]*\s+){{0,2}}"
    r"(?P<group>duo|trio|quartet|quintet|"
    r"(?:two|three|four|five|six)-piece|(?P<band>band|group|outfit|combo))"
    # ("X are a four-piece from the streets behind the quay - A (vocals), B (guitar) ... -": where they are from, a
    # place told with its article, before a list set off by a dash, checked on the match)
    r"(?:(?P<where>\s+from\s+(?:the|a|an)\s+[^.:;()\x{2013}\x{2014}]{1,60}?)"
    # ("X were a trio out of Dublin: A on vocals, ...": a place's name "out of" it, before a colon, checked on the
    # match; "X are a four-piece from Valparaíso: ..." is left as it was, the corpus casting such a band as one)
    r"|(?P<placed>\s+out\s+of\s+[\p{Lu}][\w'-]*(?:\s+[\p{Lu}][\w'-]*)?))?"
    # ("X are a duo, which is to say two people who rarely agree: A, who sings, and B, ...": a clause glossing the
    # noun, within its sentence, closed by the colon before the list, checked on the match)
    r"(?P<gloss>,\s+[^.;:!?\n\x{2013}\x{2014}]{1,200}?)?|"
    r"(?P<number>two|three|four|five|six)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:musicians|friends|players|women|men|people)(?:\s+from\s+[\p{Lu}][\w'-]*(?:\s+[\p{Lu}][\w'-]*)?)?"
    # ("X are three people, and I like to think of them as a family tree of their own: A, B and C": a clause after
    # the count, within its sentence, closed by the colon before the list, checked on the match)
    r"(?P<aside>,\s+[^.;:!?\n\x{2013}\x{2014}]{1,200}?)?|"
    # ("X are three Glaswegians and a Welshman: A sings, ...", "two Cornishmen and a Londoner": counted by where they
    # are from, the counts added up; "X are three Londoners - A, B and C": one count alone, maybe with a few words
    # more about them before the list, "three Londoners by way of elsewhere -", "by way of Cork -")
    r"(?P<from>two|three|four|five)\s+[\p{Lu}][\w'-]*(?:s|men)"
    r"(?:\s+and\s+(?P<more>a|an|one|two|three)\s+[\p{Lu}][\w'-]*|(?:\s+[a-z]+){1,4}?(?:\s+[\p{Lu}][\w'-]*)?)?|"
    # ("X are from Cardiff: A sings, B and C play guitars and D plays drums": uncounted, only where they are from)
    r"(?P<origin>from)\s+[\p{Lu}][\w'-]*(?:\s+[\p{Lu}][\w'-]*)?)"
    r"\s*(?::|\s[-\x{2013}\x{2014}]|(?P<next>(?:\s+from\s+[\p{Lu}][\w'-]*(?:\s+[\p{Lu}][\w'-]*)?"
    r"(?:,\s+[\p{Lu}][\w'-]*(?:\s+[\p{Lu}][\w'-]*)?)?"
    # ("a trio from Dundee by way of Oslo, Lyon and Lisbon.": where else they came from, places listed)
    r"(?:\s+by\s+way\s+of\s+[\p{Lu}][\w'-]*(?:,\s+[\p{Lu}][\w'-]*)*(?:,?\s+and\s+[\p{Lu}][\w'-]*)?)?)?"
    r"\.\s))\s*(?P<list>[^.;\x{2013}\x{2014}()]+)"
)
_DASH_AFTER = linear.compile(r"^\s[-\x{2013}\x{2014}]")
# An apposition right after a group's name that counts it ("X, a Leeds four-piece", "X, a trio"), before its line-up
_COUNTED_APPOSITION_HEAD = (
    rf"^\s*,\s+(?:a|an)\s+(?:{_COMPASS_WORD}\s+)?(?:[\p{{Lu}}][\w'-]*\s+){{0,2}}"
    r"(?P<group>duo|trio|quartet|quintet|(?:two|three|four|five|six)-piece)"
)
# "X, a trio from Lisbon with members from three countries: the singer A, who is Portuguese, the guitarist B, who ...,
# and the keyboard player C, who ...": a counted apposition, maybe with a phrase on its members, then each member after
# what they play, told about in a relative clause (read from right after the name; the count must agree)
# ("a trio from Glasgow by way of everywhere else: A on vocals, ...": a few lower-case words more on where from)
_COUNTED_APPOSITIVE_TOLD = linear.compile(
    _COUNTED_APPOSITION_HEAD
    + r"(?:\s+(?:from|out\s+of)\s+[\p{Lu}][\w'-]*(?:\s+[\p{Lu}][\w'-]*)?(?:\s+[a-z][\w'-]*){0,6})?"
    r"(?:\s+with\s+[^@:.;!?()]{1,60}?)?"
    r"\s*:\s*(?P<list>[^.;:!?()\x{2013}\x{2014}]+)"
)
# "the Polish duo X, which is A on vocals and accordion and B on guitars": the line-up told in a relative clause on
# the name, each member a full name with what they play (read from right after the name)
_WHICH_IS_PLAYERS = linear.compile(r"^\s*,\s+which\s+(?:is|are|was|were)\s+(?P<list>[^.;:!?()\x{2013}\x{2014}]+)")
# "by X, a trio from Stroud - A, B and C - and ...", "X, a Leeds four-piece: A, B, C and D.": a counted line-up in an
# apposition right after the group's name, where they are from maybe told before the list set off by a dash or a
# colon (read from right after the name)
# ("X, a trio out of Leith: A, B and C": "out of" a place, as "from" it)
_COUNTED_APPOSITIVE = linear.compile(
    _COUNTED_APPOSITION_HEAD + r"(?:\s+(?:from|out\s+of)\s+[\p{Lu}][\w'-]*(?:\s+[\p{Lu}][\w'-]*)?"
    r"(?:,\s+[\p{Lu}][\w'-]*(?:\s+[\p{Lu}][\w'-]*)?)?)?"
    rf"\s*(?::|\s[-\x{{2013}}\x{{2014}}])\s*(?P<names>{NAMES})(?:\s*[.;,\x{{2013}}\x{{2014}}]|\s+-|$)"
)
# "The trio - A, B and C - wrote", "the three members of the group, A, B and C", "written by all three members:
# singer A, guitarist B and drummer C": a counted line-up set off after its count, each member maybe described
# ("the group's three members - A, 34, B, 32, and C, 35 -": the members owned by the band's noun, and each one's age
# after the name, as news copy gives it)
_AGED = r"(?:\s*,\s*\d{1,2}\b)?"
_COUNTED_APPOSED = linear.compile(
    r"\b(?:(?i:the|all)|(?i:the)\s+(?:band|group)(?:'s|\x{2019}s))\s+(?:(?P<number>two|three|four|five|six)\s+members"
    r"(?:\s+of\s+the\s+(?:band|group))?|"
    r"(?P<group>duo|trio|quartet|quintet|(?:two|three|four|five|six)-piece))\s*(?:,|:|\s[-\x{2013}\x{2014}]|\()\s*"
    rf"(?P<names>{_DESCRIBED}{_AGED}(?:(?:,\s*(?:and\s+)?|\s+and\s+){_DESCRIBED}{_AGED})*)"
)
# "The Ohio quartet was singer A, guitarist B, bassist C and drummer D.", "The four-piece was ...": a counted group
# said to be its members, each maybe described
_COUNTED_COPULA = linear.compile(
    r"\b(?i:the)\s+(?:[\p{Lu}][\w'-]*\s+)?(?P<group>duo|trio|quartet|quintet|(?:two|three|four|five|six)-piece)\s+"
    rf"(?:was|were|is|are)\s+(?P<names>{_DESCRIBED}(?:(?:,\s*(?:and\s+)?|\s+and\s+){_DESCRIBED})*)\s*[.;]"
)
# "The band is a trio: singer A, who grew up in X; multi-instrumentalist B, a Krakow native; and drummer C, from Y.":
# one member to each item of a list split by semicolons, what they play before the name and about them after it
_COUNTED_ITEMS = linear.compile(
    r"\b(?i:the)\s+(?:band|group)\s+(?:is|was|are|were)\s+(?:a|an)\s+"
    r"(?P<group>duo|trio|quartet|quintet|(?:two|three|four|five|six)-piece)\s*:\s*(?P<list>[^.!?:]+)"
)
_ITEM_MEMBER = linear.compile(rf"^\s*(?:and\s+)?(?:[a-z][\w-]*\s+){{0,3}}(?P<name>{NAME})\s*(?:,|$)")
# "The band are A, who sings; B, who plays fiddle; and C, who plays keys.": an uncounted line-up of one member to each
# item of a list split by semicolons, each a full name told about in a relative clause (read from a sentence's start)
_ITEMS_LINE_UP = linear.compile(
    r"(?:^|[.!?][\"\x{201d}\x{2019})]*\s+)\W*(?:[Tt]he\s+(?P<band>band|group)|They)\s+(?:are|were)\s+(?P<list>[^.!?:]+)"
)
_WHO_ITEM = linear.compile(rf"^\s*(?:and\s+)?(?P<name>{NAME})\s*,\s+who\s")
# "X are A, who grew up in Leeds, and B, who grew up in Hull and, for a year, in Luton.": the same list joined by commas
# after the group's own name opening its sentence, each relative clause but the last free of commas (read from right
# after the name)
_WHO_LISTED = linear.compile(
    rf"^\s+(?:are|were)\s+(?P<list>(?:{NAME}\s*,\s+who\s[^,.;:!?]{{1,100}},\s+){{1,5}}and\s+{NAME}\s*,\s+who\s)"
)
_WHO_LISTED_NAME = linear.compile(rf"(?:^|,\s+)(?:and\s+)?(?P<name>{NAME})\s*,\s+who\s")
# What a member of an uncounted line-up plays, right after the name ("A on vocals")
_PLAYING_ON = linear.compile(r"^\s+on\s+[a-z]")
# ("A on vocals, B on drums and C, the Lyon-born bassist and ...": or what they play told in an apposition after the
# name, a word or two placing them before the player's noun)
_PLAYING_APPOSED = linear.compile(
    r"^\s*,\s+(?:the|our|their)\s+(?P<words>(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(PLAYER_NOUNS)) + r"))\b"
)
# Where a player was born or is based, before the noun ("the Lyon-born bassist")
_PLACED_WORD = linear.compile(r"^\p{Lu}[\w]*-(?:born|based|raised|bred)$")
# What a member of an uncounted line-up does, right after the name: "A on vocals", "A sings", "A plays drums", or a
# second name doing it with them ("B and C play guitars")
# ("C is on drums, and D does the keyboards": the copula before "on", or "does the" and what they play)
# ("D, who is from Gothenburg, plays the drums": a relative clause about them between the name and what they do;
# "B, he's Basque, on guitar", "C, from Auckland, on drums": where they are from, told the same way)
_ABOUT_THEM = r"(?:\s*,\s*(?:who|(?:he|she)(?:'s|\s+is)|from)\s[^,.;:!?@]{1,60},)?"
_DOING = linear.compile(
    rf"^{_ABOUT_THEM}\s+(?:(?:is\s+)?on\s+[a-z]|does\s+the\s+[a-z]|(?:and\s+{NAME}\s+)?(?:sings?|plays?|raps?|drums|produces?)\b"
    # ("A is the singer": what they are in the band, told by its player's noun)
    r"|is\s+the\s+(?:singer|vocalist|drummer|bassist|guitarist|pianist|keyboardist)\b)"
)
# What a member does, told right after their name, that the page may call them by later ("A sings": "the singer"; "C
# plays the drums": "the drummer")
# ("D does the keyboards": what they do in the band, as playing it)
_DOES = linear.compile(rf"^{_ABOUT_THEM}\s+(?:(?P<sings>sings)\b|(?:plays|does)\s+(?:the\s+)?(?P<thing>[a-z]+))")
# One member of such a list: a name at the list's start or after a comma or "and" (what they play is in lower case),
# maybe after what they play told before it ("A, who sings, the guitarist B and the percussionist C")
# ("the Czech guitarist B": what they play may follow where they are from)
_COUNTED_MEMBER = linear.compile(
    rf"(?:^|,\s*(?:and\s+)?|\sand\s+)(?:the\s+(?:\p{{Lu}}[\w-]*\s+)?[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?)?(?P<name>{NAME})"
)
# The teller's "I" of an aside inside such a list ("B, who plays the drums and, I'm told, most of everything else"):
# a capitalised word, never a member
_TELLER = linear.compile(r"^I(?:['\x{2019}](?:m|d|ve|ll))?$")
_PLAYER = linear.compile(rf"(?:^|,\s*|\s)(?:and\s+)?(?:[a-z][\w-]*\s+){{0,3}}(?P<name>{NAME})")
# "Moonveil's leader Han Seo-yeon", "the band's members": what only a group has ("Adele's guitarist" may be hers)
_HAS_MEMBERS = linear.compile(
    r"^(?:'s|\x{2019}s)\s+(?:leader|members?|bandmates?|frontman|frontwoman|lineup|line-up)\b"
)
# "the three members of Kite Season", "a founding member of Kite Season": what only a group has, told before its name
_MEMBERS_OF = linear.compile(r"\bmembers?\s+of\s+$")
_BANDED = linear.compile(r"\bband(?:ed)?\s+together")
# "by Kite Season - a name, I am told, with no kite in it - a four-piece from Hull": an aside set off by dashes right
# after the name, and then what the name is, a group (read from right after the name)
_GROUP_PAST_ASIDE = linear.compile(
    r"^\s+[-\x{2013}\x{2014}]\s+[^-\x{2013}\x{2014}.!?\n]{1,160}?\s+[-\x{2013}\x{2014}]\s+(?:an?|the)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:band|group|duo|trio|quartet|quintet|\w+-piece)\b"
)
# "The Reeds, as the younger members call them, are a trio from Salisbury": a band's name shortened to "The" and its
# last word, opening its sentence, an aside set off by commas, then what it is, a group (read from right after it)
_GROUP_PAST_COMMA_ASIDE = linear.compile(
    r"^\s*,\s*[^,.;:!?\n]{1,100}?,\s*(?:are|were|is|was)\s+(?:an?|the)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:band|group|duo|trio|quartet|quintet|\w+-piece)\b"
)
# A name opening its sentence that takes a plural verb ("Kite Season have a habit of ..."): no one person is
# "have", so the name is several people's (one of a pair, "A and B have", is no such opening, nor "A, B")
_PLURAL_VERB = linear.compile(r"^\s+(?:have|are|were|haven't|aren't|weren't)\s")
# ("X, despite the name, are not a choir": the same past an aside set off by commas, which no list of names is)
_PLURAL_PAST_ASIDE = linear.compile(r"^\s*,\s+[^,.;:!?\n]{1,40}?,\s+(?:have|are|were)\s")
# ("For anyone who has been away: Kite Season are A, B and C": a colon opens a clause as a full stop does)
_SENTENCE_OPEN = linear.compile(r"(?:^|[.!?:;]\s+)\W*$")
# A name that says it is of several people: "The Marrow Sisters", "The Okafor Brothers".
_KIN_NAME = linear.compile(r"\s(?i:sisters|brothers|siblings|twins|cousins)$")
# The same in another language, whose word may come first ("Los Hermanos Quintanar", "Les Soeurs Boulay").
_KIN_WORDS = (
    r"(?i:hermanos|hermanas|irmãos|irmãs|fratelli|sorelle|frères|freres|soeurs|sœurs|brüder|schwestern|broers|zussen)"
)
_KIN_NAME_ABROAD = linear.compile(rf"^(?i:los|las|os|as|les|i|le|die|de|the)\s+{_KIN_WORDS}\s|\s{_KIN_WORDS}$")
# Its members in an apposition right after it: "The Marrow Sisters - June, Hattie and Lou Marrow - wrote ..."
_APPOSED_MEMBERS = linear.compile(rf"^\s*(?:-|\()\s*(?P<names>{NAMES})\s*(?:-|\))")
# The same set off by dashes only, of a short name (its dashes may be en or em dashes, each with a space before it)
_APPOSED_LINE_UP = linear.compile(
    rf"^\s+[-\x{{2013}}\x{{2014}}]\s+(?P<names>{NAMES})\s+[-\x{{2013}}\x{{2014}}]\s+\p{{Ll}}"
)

# A kin-named group's members told as the kin: "The brothers, A and B Quiroga, wrote", "the sisters, A, B and C
# Hollowell,", "X are three brothers, A, B and C Lind," (the count agreeing with the names), "trio of brothers A,
# B and C Quintero", "A Hollis and B Hollis, the sisters,"
_KIN = r"(?:brothers|sisters|siblings|twins|cousins)"
# ("three sisters from County Clare - A, B and C Ní D - and a fiddler": where they are from before the names, set
# off by dashes)
# (Matched at the places its lead finds: a first unanchored match of so long a pattern costs RE2 some 30 ms once a
# process, building its reverse automaton, where an anchored one does not)
_KIN_LEAD = linear.compile(rf"\b(?:(?i:the)|two|three|four|five)\s+{_KIN}|\b(?:duo|trio|quartet|quintet)\s+of\s+{_KIN}")
_KIN_APPOSED = linear.compile(
    rf"(?:\b(?:(?i:the)|two|three|four|five)\s+{_KIN}(?:\s+from(?:\s+[\p{{Lu}}][\w'-]*){{1,3}})?"
    rf"(?:,|\s[-\x{{2013}}\x{{2014}}])\s+|\b(?:duo|trio|quartet|quintet)\s+of\s+{_KIN}\s+)"
    rf"(?P<names>{NAMES})(?:\s*[,.;:]|\s+\p{{Ll}}|\s+[-\x{{2013}}\x{{2014}}])"
)
# ("- A and B, the sisters, who sing": the same as an item of a list, after its dash or bullet)
_KIN_AFTER = linear.compile(
    rf"(?:^|[.!?]\s+)(?:[-*\x{{2013}}\x{{2014}}\x{{2022}}]\s+)?(?P<names>{NAMES}),\s+the\s+{_KIN}\b"
)


def _occurrences(needle: str, text: str) -> Iterator[int]:
    """Where ``needle`` starts in ``text``, without overlaps (as re.finditer of the escaped needle)."""
    if not needle:
        return
    position = text.find(needle)
    while position != -1:
        yield position
        position = text.find(needle, position + len(needle))


def read_band(r: Reading) -> None:
    """A main artist the prose calls a band (or group, duo ...) is a group; "made up of" names its members, and
    failing any line-up, the players named beside it (``_cued_members``)."""
    _read_band(r)
    for artist in r.facts.artists:
        if r.people.members(artist):
            continue
        cued = _cued_members(r, artist)
        if not cued:
            continue
        if artist in r.people.groups():
            # a group told without its line-up stays one to the rest of the narrative (whose readings of "the band",
            # "us" and "the three of them" lean on a line-up told whole); its players are whom "the band play
            # themselves" casts
            r.players[artist] = _member_names(r, artist, cued)
            continue
        _as_group(r, artist, cued)
        return


def _family_named(artist: str, members: list[str]) -> bool:
    """Whether ``artist`` is the plural of the surname all of ``members`` share ("The Lovells" of "A, B and C
    Lovell", "The Marches" of the Marches), the way a family band is named."""
    words = artist.split()
    if len(words) != 2 or words[0] != "The" or not members:
        return False
    surnames = {member.rsplit(" ", 1)[-1] for member in members}
    if len(surnames) != 1 or any(" " not in member for member in members):
        return False
    surname = surnames.pop()
    return words[1] in (f"{surname}s", f"{surname}es")


def _read_band(r: Reading) -> None:
    for artist in r.facts.artists:
        if _KIN_NAME.search(artist) or _KIN_NAME_ABROAD.search(artist):
            _as_group(r, artist, _apposed_members(r, artist) or _kin_members(r) or _members(r, "", artist))
            return
    for artist in r.facts.artists:
        kin = _kin_members(r) if artist.startswith("The ") and artist.endswith("s") else []
        if _family_named(artist, kin):
            # ("The Lovells are three sisters, A, B and C Lovell": a band named for a family by its plural surname,
            # the kin the page tells by that surname its members)
            _as_group(r, artist, kin)
            return
    for artist in r.facts.artists:
        for paragraph in r.page.prose():
            text = paragraph.text
            for start in _occurrences(artist, text):
                window = _own_sentence(text, start, start + len(artist))
                after = text[start + len(artist) : start + len(artist) + 30]
                if (
                    (_GROUP.search(window) and not _BANDED.search(window))
                    or _HAS_MEMBERS.match(after)
                    or (
                        _SENTENCE_OPEN.search(text[max(0, start - 10) : start])
                        and _full_names_told(text, start, artist)
                    )
                    or _MEMBERS_OF.search(text[max(0, start - 12) : start])
                    or _GROUP_PAST_ASIDE.match(text[start + len(artist) : start + len(artist) + 260])
                    or (
                        (_PLURAL_VERB.match(after) or _PLURAL_PAST_ASIDE.match(text[start + len(artist) : start + 80]))
                        and _SENTENCE_OPEN.search(text[max(0, start - 10) : start])
                    )
                ):
                    # ("The duo Lantern Row - A and B - wrote it": the members set off right after the name)
                    _as_group(r, artist, _apposed_members(r, artist) or _members(r, text, artist))
                    return
    for artist in r.facts.artists:
        words = artist.split()
        if len(words) < 3 or words[0] != "The":
            continue
        short = f"The {words[-1]}"
        for paragraph in r.page.prose():
            text = paragraph.text
            for start in _occurrences(short, text):
                after = text[start + len(short) : start + len(short) + 200]
                if _SENTENCE_OPEN.search(text[max(0, start - 10) : start]) and _GROUP_PAST_COMMA_ASIDE.match(after):
                    _as_group(r, artist, _apposed_members(r, artist) or _members(r, text, artist))
                    return
                # ("The Reeds - A, B and C - rehearse in a barn": the short name opening its sentence, then its
                # line-up of several full names set off by dashes, is the group's)
                opens = _SENTENCE_OPEN.search(text[max(0, start - 10) : start])
                listed = _APPOSED_LINE_UP.match(after) if opens else None
                if listed is not None:
                    names = [squash(name) for name in split_names(listed.group("names"))]
                    if len(names) > 1 and all(" " in name for name in names):
                        _as_group(r, artist, names)
                        return
    if len(r.facts.artists) == 1:
        # "The group - singer A, accordionist B and C": the page's one artist is that group, wherever it says so
        for paragraph in r.page.prose():
            listed = _PLAYERS.search(paragraph.text) if "he " in paragraph.text else None
            if listed is not None:
                names = [squash(name.group("name")) for name in _PLAYER.finditer(listed.group("list"))]
                _as_group(r, r.facts.artists[0], names)
                return
        # ("The band are from Cardiff: A sings, B plays bass and C drums": told of "the band" as of its name)
        # ("Four of them. A sings, B plays guitar, C plays bass, D drums.": a count of "them", then the line-up)
        stated = (
            _counted_stated(r)
            or _counted_members(r, "The band")
            or _counted_them(r)
            or _players_stated(r, r.facts.artists[0])
        )
        if stated:
            _as_group(r, r.facts.artists[0], stated)
            return
        # "The band are A, B and C, and they have known each other since school": a line-up told whole of "the
        # band", with the page's one artist never called a band by name, is that artist's
        for paragraph in r.page.prose():
            line_up = _LINE_UP.search(_unbracketed(paragraph.text)) if "band" in paragraph.text else None
            if line_up is not None and line_up.group(0).lstrip(".!? ").startswith(("The band", "the band")):
                _as_group(r, r.facts.artists[0], _line_up_names(line_up))
                return
        items = _items_line_up(r, r.facts.artists[0])
        if items:
            _as_group(r, r.facts.artists[0], items)


# What a member plays, after "on" or in brackets ("A on drums", "B (lead vocals, bass)")
_INSTRUMENT = (
    r"(?:(?:lead|backing|rhythm|bass|slide|electric|acoustic)\s+)?(?:"
    + "|".join(sorted(PLAYER_OF))
    + r"|vocal|voice|percussion|keyboard|synths?|sax|horns|flute|clarinet|ukulele|harmonica|bouzouki|turntables"
    r"|programming|beats|vox|gtrs?|kbds?|perc)\b"
)
_PLAYER_NOUN = (
    r"(?:" + "|".join(sorted(PLAYER_NOUNS)) + r"|(?:keyboard|bass|piano|guitar)\s+player|lead\s+singer|singer"
    # (a vocal group's voices: "lead tenor A", "the baritone B")
    r"|tenor|baritone|soprano|contralto)"
)
# A name told as a member by what they play or do in the band: the noun before it ("the singer A", "their drummer
# B"), or after it ("C on bass", "D (vocals, keys)", "E, the guitarist", "E, the band's keyboard player", "F plays the
# fiddle", "G sings")
_CUED_BEFORE = linear.compile(rf"(?i:\b{_PLAYER_NOUN})\s+$")
_CUED_AFTER = linear.compile(
    rf"^(?:\s+on\s+(?i:{_INSTRUMENT})|\s*\(\s*(?i:{_INSTRUMENT})|\s*,\s+(?:the|their|its)\s+"
    rf"(?:(?:band|group)['\x{{2019}}]s\s+)?(?:[a-z][\w-]*\s+)?"
    rf"{_PLAYER_NOUN}\b|\s*,\s+who\s+(?:sings|plays)\b|\s+(?:sings\b|plays\s+(?:the\s+)?(?i:{_INSTRUMENT})))"
)
_THE_BAND_OPENING = linear.compile(r"^\W*The\s+(?:band|group)(?:\s+(?:is|are)\b|['\x{2019}]s\s)")
_NAME_IN_SENTENCE = linear.compile(NAME)
# A nickname in quotes inside a name ("Tobiah 'Toby' Marchbanks"), which the full name is told without
_NICKNAME = linear.compile(r"\s[\"'\x{2018}\x{201c}]\p{Lu}[\w-]*[\"'\x{2019}\x{201d}]\s")
# The artist told as one player ("Haruka Imai, the Osaka-born, Manchester-raised singer, ..."): a person, no group
_ONE_PLAYER_AFTER = linear.compile(rf"^\s*,\s+(?:the|a|an)\s+[^.;:!?]{{0,60}}?\b{_PLAYER_NOUN}\b")
# A group's size told in the sentence that names it ("a trio from Lisbon", "the Lisbon three-piece")
_GROUP_SIZE = linear.compile(
    r"\b(?i:(?P<group>duo|trio|quartet|quintet)|(?P<piece>two|three|four|five|six)(?:-piece|\s+(?:people|members|of\s+them)))\b"
)
# "X is from Oban: A on vocals, ...": a singular verb of a name that no word calls a group may be one person's
_SINGULAR_AFTER = linear.compile(r"^\s+(?:is|was|has)\b")


def _sizes(sentence: str) -> set[int]:
    """The group sizes a sentence tells ("a trio", "the Lisbon three-piece", "four people")."""
    return {GROUP_SIZES[(m.group("group") or m.group("piece")).lower()] for m in _GROUP_SIZE.finditer(sentence)}


def _cued_members(r: Reading, artist: str) -> list[str]:
    """The members of ``artist`` when no line-up rule read them: the people named in full in the sentences that
    name the artist, each told by what they play or do in a band ("a trio from Lisbon: the singer A, who ..., the
    guitarist B and C on keys"); none unless at least two, none when the sentence counts the group otherwise, and
    never a featured artist or a director, whom a page also calls "the singer" or may place beside the band."""
    others = {fold(name) for name in (artist, *r.facts.featured_artists, *r.facts.video.directors)}
    found: dict[str, str] = {}
    sizes: set[int] = set()
    for paragraph in r.page.prose():
        text = paragraph.text
        counted_before = False
        for head, tail in paragraph.sentences.spans():
            sentence = _NICKNAME.sub(" ", text[head:tail])
            # ("Os Vizinhos -> Lisbon trio. A (vox/gtr), B (bass), C (drums)": the sentence after one that names and
            # counts the group; "The band is Ximena, B on guitar and C on drums": one told of "the band" of the page's
            # one artist)
            beside = counted_before or (len(r.facts.artists) == 1 and _THE_BAND_OPENING.match(sentence) is not None)
            counted_before = False
            if artist in sentence:
                at = sentence.index(artist)
                if _CUED_BEFORE.search(sentence[max(0, at - 40) : at]) or _ONE_PLAYER_AFTER.match(
                    sentence[at + len(artist) : at + len(artist) + 100]
                ):
                    return []
                counted = _sizes(sentence)
                if not counted and not _GROUP.search(sentence) and _SINGULAR_AFTER.match(sentence[at + len(artist) :]):
                    return []
                sizes |= counted
                counted_before = bool(counted)
            elif beside:
                sizes |= _sizes(sentence)
            else:
                continue
            for name in _NAME_IN_SENTENCE.finditer(sentence):
                full = squash(name.group(0))
                if " " not in full or fold(full) in others or artist in full:
                    continue
                meant = r.people.mention(full)
                if meant is not None and fold(meant) != fold(full):
                    continue  # "Ní Mhurchú, the band's fiddler": a surname of two words, someone named in full
                if _CUED_BEFORE.search(sentence[max(0, name.start() - 40) : name.start()]) or _CUED_AFTER.match(
                    sentence[name.end() : name.end() + 60]
                ):
                    found.setdefault(fold(full), full)
    names = list(found.values())
    if len(names) < 2 or (sizes and sizes != {len(names)}):
        return []
    return names


# A sentence that speaks of a band: its name, a word for a group, or whose a player is ("the band's singer A, their
# oud player B and keyboard player C": the words that tell a player is one of the band's own, not a hired hand)
_BAND_SPOKEN_OF = linear.compile(r"\b(?i:band|group|duo|trio|quartet|quintet|\w+-piece|members|their|its)\b")
# A player told by any instrument before "player" ("their oud player A", "B, the group's banjo player"), beside the
# nouns of a player
_ANY_PLAYER = rf"(?:{_PLAYER_NOUN}|[a-z][\w-]*\s+player)"
_ROSTER_BEFORE = linear.compile(rf"(?i:\b{_ANY_PLAYER})\s+$")
_ROSTER_AFTER = linear.compile(
    rf"^\s*,\s+(?:the|their|its)\s+(?:(?:band|group)['\x{{2019}}]s\s+)?(?:[a-z][\w-]*\s+)?{_ANY_PLAYER}\b"
)
# "Band members A, B and C wrote it", "his bandmates A and B": each of a list that a word for the band's own members
# opens is one of them
_ROSTER_LISTED = linear.compile(
    rf"\b(?i:(?:band|group|fellow)\s+members|bandmates)\s+(?:{NAME}\s*,\s*){{0,6}}(?:{NAME}\s*,?\s+(?:and|&)\s+)?$"
)
# (Matched at the places its lead finds, as ``_KIN_APPOSED`` is: its first unanchored match in a process cost RE2 some
# 100 ms building its reverse automaton)
_ROSTER_LEAD = linear.compile(r"\b(?i:(?:band|group|fellow)\s+members|bandmates)\s")
# "Bassist A, who joined later, takes no credit": a sentence opening on a player's noun and a name speaks of one of
# the band, as one naming the band does
_PLAYER_OPENING = linear.compile(rf"^\W*(?i:{_ANY_PLAYER})\s+(?P<name>{NAME})")


def _listed_before(text: str) -> bool:
    """Whether ``text`` ends in a list of names that a word for the band's own members opens (``_ROSTER_LISTED``)."""
    return any(_ROSTER_LISTED.match(text, lead.start()) for lead in _ROSTER_LEAD.finditer(text))


def stated_size(r: Reading, artist: str) -> int | None:
    """How many the page says the group is ("the Manchester four-piece X", "X are a trio", "X, second single.
    Four-piece out of Salford: ..."), told in a sentence that names it, the one right after such a sentence, or one
    opening on "The band"; none when the page never says, or says two sizes."""
    sizes: set[int] = set()
    for paragraph in r.page.prose():
        text = paragraph.text
        named_before = False
        for head, tail in paragraph.sentences.spans():
            sentence = text[head:tail]
            named = artist in sentence
            if named or named_before or _THE_BAND_OPENING.match(sentence):
                sizes |= _sizes(sentence)
            named_before = named
    return next(iter(sizes)) if len(sizes) == 1 else None


def member_word(artist: str) -> str | None:
    """What one member of a band named as a plural is called ("a Marquette" of The Marquettes, "the four Larks" of The
    Velvet Larks): its name's last word without the plural's "s"; none for a name that is no plural ("The Cure",
    "The Kiss")."""
    words = artist.split()
    last = words[-1] if len(words) > 1 else ""
    if (
        words[0] != "The"
        or len(last) < 4
        or not last[0].isupper()
        or not last.isalpha()
        or not last.endswith("s")
        or last.endswith("ss")
    ):
        return None
    return last[:-1]


# After a plural-named band's member word, before a name: in apposition ("the youngest Marquette, A"), or a list
# that the word opens, maybe with what they are ("Marquettes singers A and B"). Matched from the word's end rather than
# compiled for each band's word, which cost RE2 about a second a page
_MEMBER_APPOSED = linear.compile(r"s?\s*,\s+$")
_MEMBERS_LISTED = linear.compile(rf"s\s+(?:[a-z][\w-]*\s+)?(?:{NAME}\s*,\s*){{0,6}}(?:{NAME}\s*,?\s+(?:and|&)\s+)?$")


def counted_roster(r: Reading, artist: str) -> list[str]:
    """The people the prose names in full as players of a band, anywhere on the page, in sentences that speak of the
    band ("the band's singer A", "B, the group's banjo player", "the drummer C" in "X are a four-piece: ..."): whom a
    counted cast ("the four members of X play themselves") means when no line-up rule read the group's members. It
    is a guess at the line-up, so it is used only where a count says how many to expect; never a featured artist or a
    director, whom a page also calls "the singer" or places beside the band."""
    others = {fold(name) for name in (artist, *r.facts.featured_artists, *r.facts.video.directors)}
    found: dict[str, str] = {}
    word = member_word(artist)
    for paragraph in r.page.prose():
        text = paragraph.text
        for head, tail in paragraph.sentences.spans():
            sentence = _NICKNAME.sub(" ", text[head:tail])
            opening = _PLAYER_OPENING.match(sentence)
            by_word = word is not None and word in sentence
            if artist not in sentence and _BAND_SPOKEN_OF.search(sentence) is None and opening is None and not by_word:
                continue
            for name in _NAME_IN_SENTENCE.finditer(sentence):
                full = squash(name.group(0))
                # (the capitalised noun opening the sentence reads as the name's first word: "Bassist A")
                named_at = opening.start("name") if opening is not None else -1
                opened = name.start() < named_at < name.end()
                if opened:
                    full = squash(sentence[named_at : name.end()])
                if " " not in full or fold(full) in others or artist in full:
                    continue
                if (
                    opened
                    or _ROSTER_BEFORE.search(sentence[max(0, name.start() - 40) : name.start()])
                    or _listed_before(sentence[max(0, name.start() - 300) : name.start()])
                    or _CUED_AFTER.match(sentence[name.end() : name.end() + 60])
                    or _ROSTER_AFTER.match(sentence[name.end() : name.end() + 60])
                    or (by_word and _by_member_word(sentence[max(0, name.start() - 300) : name.start()], word))
                ):
                    person = r.people.mention(full)
                    if person is None and by_word:
                        # ("The other two Larks, baritone A and second tenor B": named once, in a sentence that tells
                        # them the band's by its member word, which no other reading took a name from)
                        person = full
                    if person is not None:
                        found.setdefault(fold(person), person)
    return list(found.values())


def _by_member_word(before: str, word: str | None) -> bool:
    """Whether the text before a name tells it as one of a plural-named band by the band's member word."""
    if word is None:
        return False
    for text, after in ((before[-40:], _MEMBER_APPOSED), (before, _MEMBERS_LISTED)):
        at = text.find(word)
        while at >= 0:
            if (at == 0 or not text[at - 1].isalnum()) and after.match(text, at + len(word)) is not None:
                return True
            at = text.find(word, at + 1)
    return False


# The end of a sentence: its stop, then the space before the next one ("... louder than the band. That's where X")
_SENTENCE_END = linear.compile(r"[.!?][\"\x{201d}\x{2019})]*\s+")


def _own_sentence(text: str, start: int, end: int) -> str:
    """About 40 characters either side of the name at ``start:end``; a group word of the sentence before says
    something of the name only when the name opens its own sentence ("We hired a band. X, three old friends, ...");
    deep in one ("the compressor was louder than the band. That's where X made it") it says nothing of it."""
    first = max(0, start - 40)
    stops = [stop.end() for stop in _SENTENCE_END.finditer(text[first:start])]
    if stops and text[first + stops[-1] : start].strip():
        first += stops[-1]
    return text[first : end + 40]


# A courtesy title before a member's first name and surname ("Miss Ada Hale", "Mr. Tom Hale"): a courtesy, not a
# part of the name (before one name alone, "Miss Hale", it stays: the title may be all that tells who is meant)
_TITLED_MEMBER = linear.compile(rf"^{ADDRESS}\s+(?P<name>[\p{{Lu}}][\w'-]*\s+\S.*)$")


def _untitled(name: str) -> str:
    """The member's name without a courtesy title before a first name and surname."""
    found = _TITLED_MEMBER.match(name)
    return found.group("name") if found is not None else name


def _as_group(r: Reading, artist: str, names: list[str]) -> None:
    """Records ``artist`` as a group of ``names`` (the artist itself left out)."""
    members = _member_names(r, artist, names)
    entry = PersonEntry(name=artist, kind=ArtistKind.GROUP, members=members)
    known = r.people.known.get(fold(artist))
    key = known.id if known else entry.key
    if key in r.people.entries:
        # Known from the graph: keep its id, aliases and description, add what the page says.
        old = r.people.entries[key]
        entry = old.model_copy(update={"kind": ArtistKind.GROUP, "members": members or old.members})
    r.people.entries[key] = entry


def _member_names(r: Reading, artist: str, names: list[str]) -> list[str]:
    """The page's people ``names`` means as members of ``artist`` (the artist itself left out)."""
    members: list[str] = []
    for name in map(_untitled, names):
        if fold(name) == fold(artist):
            continue
        if " " not in name.strip() and r.people.sharing(name):
            # "Benhaddou on guitar": a surname (or first name) of the page's people is one of them, never a person
            # of its own, whom the word alone would then mean wherever the page uses it; when two share it, the
            # one the page's people say it means, else no member is known
            person = r.people.mention(name)
            if person is not None:
                members.append(person)
            continue
        meant = r.people.mention(name) if " " in name.strip() else None
        if meant is not None and fold(meant) != fold(name):
            # "Mac Giolla" of Ciarán Mac Giolla, "de Souza" of Ana de Souza: a surname of two words is still one of
            # the page's people's, not the full name of someone new
            members.append(meant)
            continue
        members.append(r.people.canonical(name))
    return members


def _apposed_members(r: Reading, artist: str) -> list[str]:
    """The members listed between dashes or in brackets right after the artist's name; first names before the
    last full name share its surname ("June, Hattie and Lou Marrow")."""
    for paragraph in r.page.prose():
        for start in _occurrences(artist, paragraph.text):
            listed = _APPOSED_MEMBERS.match(paragraph.text[start + len(artist) : start + len(artist) + 300])
            if listed is None:
                continue
            return _sharing_surname([squash(name) for name in split_names(listed.group("names"))])
    return []


_SURNAME_PARTS = frozenset({"Ní", "Nic", "Mac", "Mhic", "Ó", "Uí", "Ua"})


def _sharing_surname(names: list[str]) -> list[str]:
    """First names before the last full name share its surname ("June, Hattie and Lou Marrow")."""
    last = names[-1].split(" ") if names else []
    # ("Aoife, Niamh and Siobhán Ní Bhriain": an Irish surname of two words, its first "Ní", "Nic", "Mac" or "Ó")
    surname = last[1] if len(last) == 2 else None
    if len(last) == 3 and last[1] in _SURNAME_PARTS:
        surname = " ".join(last[1:])
    if len(names) > 1 and surname is not None and all(" " not in name for name in names[:-1]):
        return [f"{name} {surname}" for name in names[:-1]] + [names[-1]]
    return names


# An aside in brackets after a member's name ("A (vocals, and the one who books the gigs), B and C")
_ASIDE_BRACKETED = linear.compile(r"\s*\([^()]{0,160}\)")


def _unbracketed(text: str) -> str:
    """The text without its bracketed asides, so that a line-up whose members are each told something in brackets
    reads as the bare list of names."""
    return _ASIDE_BRACKETED.sub("", text) if "(" in text else text


def _line_up_names(line_up: linear.Match) -> list[str]:
    names = _line_up_listed(line_up)
    count = line_up.group("count")
    # ("The five members are A, B and C": a count the names do not agree with leaves the line-up unsure)
    return names if count is None or GROUP_SIZES.get(count) == len(names) else []


def _line_up_listed(line_up: linear.Match) -> list[str]:
    """The names of a line-up told of "the band", with one more joined after a relative clause on the others."""
    more = line_up.group("more")
    return _names_at_end(line_up.group("names")) + (_names_at_end(more) if more else [])


def _names_at_end(listed: str) -> list[str]:
    """The name ending each piece of a list ("the fiddler C" is C), squashed; a piece with no name gives none."""
    ends = [_NAME_AT_END.search(name) for name in split_names(listed)]
    return [squash(name.group(0)) for name in ends if name is not None]


def _kin_members(r: Reading) -> list[str]:
    """The members of a group named for kin, told as the kin ("The sisters, June, Dolly and Ada Hollowell, wrote";
    "trio of brothers A, B and C Quintero"), first names sharing the last one's surname; a count before the kin
    must agree with the names."""
    for paragraph in r.page.prose():
        text = paragraph.text
        if "brothers" not in text and "sisters" not in text and "siblings" not in text and "twins" not in text:
            continue
        apposed = (_KIN_APPOSED.match(text, lead.start()) for lead in _KIN_LEAD.finditer(text))
        for found in (next((m for m in apposed if m is not None), None), _KIN_AFTER.search(text)):
            if found is None:
                continue
            names = _sharing_surname([squash(name) for name in split_names(found.group("names"))])
            counted = found.group(0).split(" ", 1)[0].lower()
            if len(names) < 2 or GROUP_SIZES.get(counted, len(names)) != len(names):
                continue
            if counted in GROUP_SIZES and any(" " not in name for name in names):
                # ("three brothers, Ernesto, Julian and Ramiro,": first names alone, whose surname is not told)
                continue
            return names
    return []


def _counted_apposed(r: Reading) -> list[str]:
    """ "The trio - A, B and C - wrote", "all three members: singer A, ...": the line-up set off after its count, when
    as many names are listed as the count says."""
    for paragraph in r.page.prose():
        for found in _COUNTED_APPOSED.finditer(paragraph.text):
            names = _names_at_end(found.group("names"))
            word = (found.group("group") or found.group("number")).split("-")[0].lower()
            if len(names) == GROUP_SIZES.get(word):
                return names
    return []


def _counted_stated(r: Reading) -> list[str]:
    """ "The Ohio quartet was singer A, guitarist B, bassist C and drummer D", "The band is a trio: singer A, ...;
    B, ...; and drummer C, ...": a counted group said to be its members, when as many are listed as the count says
    (which tells a band of its own, so also of a page's one artist that the prose never calls a band by name)."""
    for paragraph in r.page.prose():
        # (each member may be told something in brackets: "The four-piece is A (guitar, vocals), B (drums) and ...")
        for found in _COUNTED_COPULA.finditer(_unbracketed(paragraph.text)):
            names = _names_at_end(found.group("names"))
            if len(names) == GROUP_SIZES.get(found.group("group").split("-")[0].lower()):
                return names
        for found in _COUNTED_ITEMS.finditer(paragraph.text):
            items = [_ITEM_MEMBER.match(item) for item in found.group("list").split(";")]
            word = found.group("group").split("-")[0].lower()
            # every item must be a member, as many as the count says
            if all(items) and len(items) == GROUP_SIZES.get(word):
                return [squash(item.group("name")) for item in items if item is not None]
    return []


def _listed_members(listed: str) -> tuple[list[linear.Match], list[str]]:
    """The members a line-up lists (not the teller's "I" of an aside inside it), and their names."""
    members = [m for m in _COUNTED_MEMBER.finditer(listed) if not _TELLER.match(m.group("name"))]
    return members, [squash(member.group("name")) for member in members]


def _counted_members(r: Reading, artist: str) -> list[str]:
    """ "X are a Tokyo trio: A on vocals, B on guitar, and C on drums": the members of a counted line-up told after
    the group's name opening a sentence; none unless as many names are listed as the count says."""
    for paragraph in r.page.prose():
        for start in _occurrences(artist, paragraph.text):
            window = paragraph.text[start + len(artist) : start + len(artist) + 400]
            apposed = _COUNTED_APPOSITIVE.match(window)
            if apposed is not None:
                # (anywhere in its sentence: the apposition tells the name it follows)
                names = [squash(name) for name in split_names(apposed.group("names"))]
                if len(names) == GROUP_SIZES.get(apposed.group("group").split("-")[0].lower()):
                    return names
            told = _COUNTED_APPOSITIVE_TOLD.match(window)
            if told is not None:
                # (each member after "the" and what they play, or opening the list: "who grew up in Kumasi and in
                # London" names no member, as its places follow no comma nor "and" of the list)
                listed = told.group("list")
                members, names = _listed_members(listed)
                if len(names) == GROUP_SIZES.get(told.group("group").split("-")[0].lower()) and all(
                    " " in name for name in names
                ):
                    return names
            which = _WHICH_IS_PLAYERS.match(window)
            if which is not None:
                listed = which.group("list")
                members, names = _listed_members(listed)
                if (
                    len(names) > 1
                    and all(" " in name for name in names)
                    and all(_PLAYING_ON.match(listed[member.end() :]) for member in members)
                ):
                    return names
            if _SENTENCE_OPEN.search(paragraph.text[max(0, start - 10) : start]) is None:
                continue
            # (each member may be told something in brackets: "A (vocals), B (guitar) and C (drums)")
            window = _unbracketed(window)
            found = _COUNTED_LINE_UP.match(window)
            if found is None:
                continue
            if found.group("where") and not _DASH_AFTER.match(window[found.end("where") :]):
                continue
            if found.group("placed") and not window[found.end("placed") :].lstrip().startswith(":"):
                continue
            if any(found.group(g) and not window[found.end(g) :].lstrip().startswith(":") for g in ("aside", "gloss")):
                continue
            if found.group("single") and not found.group("group"):
                continue  # ("X is a three-piece": a singular verb only of a group's noun; "X is from Leeds" may be one)
            listed = found.group("list").strip()
            members, names = _listed_members(listed)
            if found.group("next") is not None and not all(_DOING.match(listed[m.end() :]) for m in members):
                continue  # the next sentence is a line-up only when each name in it does something
            if found.group("origin") or found.group("band"):
                # uncounted: "X are from Cardiff: A sings, B and C play guitars" (every member a full name doing
                # something) or "X are a New Orleans outfit: A on vocals, B on trumpet and C on drums" (each member
                # named with what they play; "plus whoever else turns up" adds no one named)
                doing = _DOING if found.group("origin") else _PLAYING_ON
                full = found.group("band") or all(" " in name for name in names)
                if len(names) > 1 and full and all(doing.match(listed[m.end() :]) for m in members):
                    return names
                continue
            if found.group("from"):
                more = (found.group("more") or "").lower()
                count = GROUP_SIZES[found.group("from")] + (
                    (1 if more in ("a", "an") else GROUP_SIZES[more]) if more else 0
                )
            else:
                count = GROUP_SIZES.get((found.group("group") or found.group("number")).split("-")[0], -1)
            if len(names) == count:
                return names
    return []


# "For the record, four of them. A sings, B plays guitar, C plays bass, D drums.", "There are three of them: ...": how
# many "they" are, as a sentence of its own, then the line-up right after it
# ("There are three people in X: A sings, ...", "three of them in X": how many are in the group, by its name or "the
# band", checked on the match to be the page's artist)
_COUNT_OF_THEM = linear.compile(
    r"(?:^|[.!?:;]\s+)\W*(?:(?:(?P<there>There\s+(?:are|were))|They\s+are|They're)\s+)?"
    r"(?:(?P<count>(?i:two|three|four|five|six))\s+(?:(?:of\s+them|people|members)\s+in\s+"
    r"(?P<group>the\s+(?:band|group)|(?:The\s+)?\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*){0,3})|of\s+them)"
    # ("They're a three-piece. A on vocals, ...": the count told as what they are)
    r"|an?\s+(?P<piece>(?:two|three|four|five|six)-piece|duo|trio|quartet|quintet))"
    r"\s*[.:]\s+(?P<list>[^.;:()\x{2013}\x{2014}]+)"
)


# "Whatever the name suggests, they are no folk group: A sings, B plays bass and C drums": what "they" are (or are
# not) told in a sentence ending in a colon, then the line-up after it (read only of a page whose one artist is a
# group, each member a full name doing something)
_THEY_ARE_COLON = linear.compile(
    r"(?:^|[.!?;]\s+)\W*(?:[^.!?:;\"]{0,60}?\s)?"
    r"(?:(?:[Tt]hey|[Tt]he\s+band)\s+(?:are|were|aren't|weren't)|[Tt]hey['\x{2019}]re)\s"
    r"[^.!?:;\"]{1,80}:\s+(?P<list>[^.;:()\x{2013}\x{2014}]+)"
)


# "For the newcomers: the Lanterns are A on vocals, B on guitar and C on drums": the group, by its name or by the
# last words of it, said to be people each told with what they play (the list read from the copula on)
_PLAYERS_STATED = linear.compile(
    r"(?:^|[.!?:;]\s+)\W*(?P<name>(?:[Tt]he\s+)?\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*){0,3})\s+(?:are|were)\s+"
    r"(?P<list>[^.;:()\x{2013}\x{2014}]+)"
)


def _players_stated(r: Reading, artist: str) -> list[str]:
    """ "The Lanterns are A on vocals, B on guitar and C on drums": the artist, named whole or by the last
    words of its name after "the", said to be two or more full names each followed by what they play; else none."""
    artist = fold(artist).removeprefix("the ")
    for paragraph in r.page.prose():
        if " on " not in paragraph.text:
            continue
        for found in _PLAYERS_STATED.finditer(paragraph.text):
            named = fold(found.group("name")).removeprefix("the ")
            if not (named == artist or (found.group("name")[:4].lower() == "the " and artist.endswith(" " + named))):
                continue
            listed = found.group("list")
            members, names = _listed_members(listed)
            if (
                len(names) > 1
                and all(" " in name and fold(name) != artist for name in names)
                and all(
                    _PLAYING_ON.match(listed[member.end() :]) or _PLAYING_APPOSED.match(listed[member.end() :])
                    for member in members
                )
            ):
                for member, name in zip(members, names, strict=True):
                    apposed = _PLAYING_APPOSED.match(listed[member.end() :])
                    if apposed is not None:
                        # "C, the Lyon-born bassist": what the page may call the member later ("the bassist", "the
                        # Lyon-born bassist"), as the same words before the name would be
                        words = apposed.group("words").split()
                        words = [w for w in words[:-1] if _PLACED_WORD.match(w)] + words[-1:]
                        r.people.describe([w.lower() for w in words], r.people.canonical(name))
                return names
    return []


def _counted_them(r: Reading) -> list[str]:
    """The members of a line-up told right after how many "they" are ("Four of them. A sings, B plays guitar, ..."):
    as many full names as the count, each doing something (singing, playing), none the page's artist; else none."""
    artist = fold(r.facts.artists[0])
    for paragraph in r.page.prose():
        for found in _COUNT_OF_THEM.finditer(paragraph.text):
            group = found.group("group")
            if group is not None and (not found.group("there") or fold(group) not in (artist, "the band", "the group")):
                continue
            names = _each_doing(r, found.group("list"), artist)
            count = (found.group("count") or found.group("piece").split("-")[0]).lower()
            if len(names) == GROUP_SIZES[count]:
                _describe_doing(r, found.group("list"))
                return names
    return []


def _they_are_colon(r: Reading) -> list[str]:
    """The members of a line-up told after a colon closing what "they" are ("they are not a choir at all: A sings, B
    plays bass, C plays drums"): two or more full names, each doing something (singing, playing), none the page's
    artist; else none."""
    artist = fold(r.facts.artists[0])
    for paragraph in r.page.prose():
        for found in _THEY_ARE_COLON.finditer(paragraph.text) if ":" in paragraph.text else ():
            names = _each_doing(r, found.group("list"), artist)
            if len(names) > 1:
                _describe_doing(r, found.group("list"))
                return names
    return []


def _describe_doing(r: Reading, listed: str) -> None:
    """ "A sings, B plays the bass guitar and C plays the drums": what each member of a line-up does names what the
    page may call them later ("the singer", "the bassist", "the drummer")."""
    for member in _COUNTED_MEMBER.finditer(listed):
        does = _DOES.match(listed[member.end() :])
        noun = None if does is None else "singer" if does.group("sings") else PLAYER_OF.get(does.group("thing"))
        if does is None or noun is None:
            continue
        person = r.people.canonical(squash(member.group("name")))
        r.people.describe([noun], person)
        if not does.group("sings"):
            # ("the keyboard player": the player of the thing, named by it, as by the noun for its player)
            thing = does.group("thing")
            thing = thing.removesuffix("s") if thing != "bass" else thing
            r.people.describe([thing, "player"], person)


def _each_doing(r: Reading, listed: str, artist: str) -> list[str]:
    """The full names a line-up lists, when each is followed by what they do (singing, playing) and none is the
    page's artist (folded); else none. A first name alone stands for the one person the page names in full by it
    ("Jo sings, Kit Vale plays guitar" of a page crediting Jo Marsh)."""
    members, names = _listed_members(listed)
    names = [name if " " in name else r.people.mention(name) or name for name in names]
    if (
        all(" " in name and fold(name) != artist for name in names)
        and len(set(names)) == len(names)
        and all(_DOING.match(listed[member.end() :]) for member in members)
    ):
        return names
    return []


def _members(r: Reading, text: str, artist: str) -> list[str]:
    """The members the prose lists: "made up of A, B and C" in the paragraph that calls the artist a band,
    else where another paragraph says it of the band ("The band is made up of ..."); or each after their
    instrument ("The band - singer A, guitarist B and drummer C -")."""
    # (each member may be told something in brackets: "the trio of A (vocals), B (guitar) and C (drums)")
    found = _MEMBERS.search(_unbracketed(text))
    if found is None:
        for paragraph in r.page.prose():
            bare = _unbracketed(paragraph.text)
            found = _MEMBERS.search(bare)
            if found is not None:
                before = bare[max(0, found.start() - 60) : found.start()]
                if _GROUP.search(before) or artist in before:
                    break
                found = None
    if found is not None:
        # "made up of June, Etta and Marnie Harlow": three sisters, each a Harlow
        return _sharing_surname(_names_at_end(_FROM_TOWN_AFTER.sub("", found.group("names"))))
    for prose in [text, *(p.text for p in r.page.prose())]:
        line_up = _LINE_UP.search(_unbracketed(prose))
        if line_up is not None and _line_up_names(line_up):
            # "The band is A, B and the fiddler C": the last word of each piece's name
            return _line_up_names(line_up)
    # (told of "the band" as of its name: "The band are from Cardiff: A sings, ...", as "The band is A, B and C")
    counted = (
        _counted_members(r, artist)
        or _counted_apposed(r)
        or _counted_stated(r)
        or _counted_members(r, "The band")
        or _players_stated(r, artist)
        or ((_they_are_colon(r) or _counted_them(r)) if len(r.facts.artists) == 1 else [])
    )
    if counted:
        return counted
    for paragraph in r.page.prose():
        everyone = _EVERYONE_LISTED.search(paragraph.text)
        if everyone is not None:
            return _names_at_end(everyone.group("names"))
    for paragraph in r.page.prose():
        for start in _occurrences(artist, paragraph.text):
            opens = _SENTENCE_OPEN.search(paragraph.text[max(0, start - 10) : start])
            # (each member may be told something in brackets: "X are A (vocals, and the one who drives), B (bass)")
            window = _unbracketed(paragraph.text[start + len(artist) : start + len(artist) + 400])
            named = _NAMED_LINE_UP.match(window)
            if (
                named is not None
                and (opens is not None or named.group("who"))
                and (named.group("act") or not named.group("single") or _counted_full_names(window, named))
            ):
                names = _names_at_end(_FROM_TOWN_AFTER.sub("", named.group("names")))
                if len(names) == GROUP_SIZES.get(named.group("act") or "", len(names)):
                    return names
    they = _they_line_up(r, artist) or _items_line_up(r, artist)
    if they:
        return they
    for prose in [text, *(p.text for p in r.page.prose())]:
        listed = _PLAYERS.search(prose)
        if listed is not None:
            return [squash(name.group("name")) for name in _PLAYER.finditer(listed.group("list"))]
    return []


def _full_names_told(text: str, start: int, artist: str) -> bool:
    """ "Dos Lunas is A B and C D, two voices and one ukulele": the name at ``start`` said with a singular verb to be
    two or more people each named in full (no act's noun, no one from a town), then counted by an apposition that
    agrees with the names (uncounted, "X is A and B" may be one act's two names)."""
    window = _unbracketed(text[start + len(artist) : start + len(artist) + 400])
    return _counted_full_names(window, _NAMED_LINE_UP.match(window))


def _counted_full_names(window: str, named: linear.Match | None) -> bool:
    """``_full_names_told`` of the text after the name (``window``, unbracketed) and its line-up read there."""
    if named is None or not named.group("single") or named.group("act") or named.group("who"):
        return False
    names = _names_at_end(named.group("names"))
    counted = _COUNTED_APPOSITION.match(window, named.end()) if named.group(0).endswith(",") else None
    return (
        counted is not None
        and GROUP_SIZES.get(counted.group("count").lower()) == len(names)
        and all(" " in name for name in names)
        and _FROM_TOWN_AFTER.search(named.group(0)) is None
    )


# ", two voices and ...": the count of those just named, opening an apposition
_COUNTED_APPOSITION = linear.compile(r"\s*(?P<count>two|three|four|five|six)\s+[a-z]")


def _opens_on(text: str, artist: str) -> bool:
    """Whether ``text`` opens on the name ``artist`` (as a whole word, maybe after a quote mark)."""
    text = text.lstrip(" \"'\u201c\u2018")
    return text.startswith(artist) and not text[len(artist) : len(artist) + 1].isalnum()


def _items_line_up(r: Reading, artist: str) -> list[str]:
    """ "The band are A, who sings; B, who plays fiddle; and C, who plays keys.": a line-up split by semicolons, each
    item a full name with a relative clause on it, told of "the band" or of "they" in a paragraph opening on the
    group's name (or joined by commas after the name opening its sentence, ``_WHO_LISTED``); two items at least and
    every one a member, else none."""
    for paragraph in r.page.prose():
        text = paragraph.text
        for found in _ITEMS_LINE_UP.finditer(text):
            if found.group("band") is None and not _opens_on(text, artist):
                continue
            items = [_WHO_ITEM.match(item) for item in found.group("list").split(";")]
            names = [squash(item.group("name")) for item in items if item is not None]
            if (
                len(items) >= 2
                and len(names) == len(items)
                and all(" " in name and fold(name) != fold(artist) for name in names)
            ):
                return names
        for start in _occurrences(artist, text):
            listed = _WHO_LISTED.match(text[start + len(artist) : start + len(artist) + 600])
            if listed is None or _SENTENCE_OPEN.search(text[max(0, start - 10) : start]) is None:
                continue
            names = [squash(item.group("name")) for item in _WHO_LISTED_NAME.finditer(listed.group("list"))]
            if all(" " in name and fold(name) != fold(artist) for name in names):
                return names
    return []


def _they_line_up(r: Reading, artist: str) -> list[str]:
    """ "X are the only band I know. ... (a new paragraph) They are A, B and C.": the line-up told of "they" in a
    sentence right after one opening on the group's name, or opening a paragraph right after a paragraph that does;
    every member a full name, none the group's; else none."""
    paragraphs = list(r.page.prose())
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text
        if "They" not in text:
            continue
        spans = Sentences(text).spans()
        for number, (first, _) in enumerate(spans):
            found = _THEY_LINE_UP.match(text, first)
            if found is None:
                continue
            if number:
                before = text[spans[number - 1][0] : first]
            elif index:
                before = paragraphs[index - 1].text
            else:
                continue
            names = [squash(name) for name in split_names(found.group("names"))]
            if (
                _opens_on(before, artist)
                and len(names) >= 2
                and all(" " in name and fold(name) != fold(artist) for name in names)
            ):
                return names
    return []


def read_album_kind(r: Reading) -> None:
    for paragraph in r.page.prose():
        if '"' not in paragraph.text:
            continue
        for match in _ALBUM_KIND.finditer(paragraph.text):
            if _TIMED_BY.search(paragraph.text[max(0, match.start() - 12) : match.start()]):
                continue
            album = r.facts.album
            if album is None:
                album = r.facts.album = AlbumFacts(title=match.group("title").strip(), artists=list(r.facts.artists))
            if fold(match.group("title")) == fold(album.title) and match.group("kind").lower() != "album":
                album.kind = album.kind or squash(match.group("kind"))


def read_genres(r: Reading) -> None:
    for paragraph in r.page.prose():
        text = paragraph.text
        patterns = [_GENRE_INSPIRED] if "inspired" in text else []
        if "is" in text and ("by" in text or "from" in text):
            patterns.append(_GENRE_STATED)
        for pattern in patterns:
            for match in pattern.finditer(text):
                add_genre(r, match.group("genre"))


# An auction lot's provenance: its owners in order, one a clause, the last "the consignor" ("Provenance: X, Berlin,
# who bought it in 2018; the consignor.", "given by A to B, ...; thence to the present consignor, Ms B herself.")
_PROVENANCE = linear.compile(r"^Provenance\s*(?::\s*(?P<text>[^\n]*))?$")
# Who held the lot at the end of one clause of the chain: the one it went to ("given by A to B", "sold to his friend,
# B,"), the collection it came from, or the owner the clause opens on ("X, Berlin, who bought it ...")
_RECEIVED = linear.compile(
    r"\b(?i:given|sold|lent|passed|left|bequeathed|presented|gifted|thence|returned)\b[^;]*?\bto\s+"
    rf"(?:(?:his|her|their|the)\s+(?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*\s*,\s*|the\s+present\s+consignor\s*,\s*)?"
    rf"(?:{ADDRESS}\s+)?(?P<name>{NAME})"
)
_COLLECTION = linear.compile(rf"^(?i:from\s+the\s+collection\s+of)\s+(?:the\s+(?:[\w-]+\s+){{0,3}}?)?(?P<name>{NAME})")
_OPENING_OWNER = linear.compile(rf"^(?:{ADDRESS}\s+)?(?P<name>{NAME})\s*(?:,|$)")
# The same, told as someone's owning it with no name ("by descent to her nephew", "sold to the present owner"): the
# holder is then no one the page names
_UNNAMED_HOLDER = linear.compile(r"\bto\s+(?:his|her|their|the|a|an)\s+[a-z]")
_CONSIGNOR = linear.compile(r"\b(?:the\s+(?:present\s+)?consignor|the\s+present\s+owner)\b")
# "Offered by Monsieur Le Goff": the consignor named outright
_OFFERED_BY = linear.compile(rf"^(?:Offered|Consigned|Sold)\s+by\s+(?:{ADDRESS}\s+)?(?P<name>{NAME})\s*\.?$")


def read_provenance(r: Reading) -> None:
    """The consignor an auction lot's provenance names: the holder the clause before "the consignor" ends on, or
    the one named with it; no one when that holder is unnamed ("by descent to her nephew, the present consignor")."""
    paragraphs = list(r.page.prose())
    for index, paragraph in enumerate(paragraphs):
        if not paragraph.text.startswith("Provenance"):
            continue
        first, _, below = paragraph.text.partition("\n")
        found = _PROVENANCE.match(first)
        if found is None:
            continue  # "Provenance is everything with a guitar like this": a sentence, no heading
        # (a heading alone: the chain is on the lines under it, or in the paragraph after)
        text = (found.group("text") or "").strip() or below.strip()
        if not text and index + 1 < len(paragraphs):
            text = paragraphs[index + 1].text
        r.people.consignor = _consignor(r, text)
        return


def _consignor(r: Reading, text: str) -> str | None:
    holder: str | None = None
    clauses = [part.strip() for sentence in text.split(". ") for part in sentence.split(";")]
    for clause in clauses:
        offered = _OFFERED_BY.match(clause)
        if offered is not None:
            return _holder(r, offered.group("name"))
        consigned = _CONSIGNOR.search(clause)
        if consigned is not None:
            received = _RECEIVED.search(clause)
            if received is not None:
                return _holder(r, received.group("name"))
            owner = _OPENING_OWNER.match(clause)
            if owner is not None and owner.start("name") < consigned.start():
                return _holder(r, owner.group("name"))
            if consigned.start() > 4:
                return None  # "by descent to her nephew, the present consignor": someone unnamed
            return holder
        received = _RECEIVED.search(clause) or _COLLECTION.match(clause) or _OPENING_OWNER.match(clause)
        if received is not None:
            holder = _holder(r, received.group("name"))
        elif _UNNAMED_HOLDER.search(clause):
            holder = None
    return None


def _holder(r: Reading, name: str) -> str | None:
    """The person a holder's name means: someone the page has, by their name or surname, else a new full name."""
    known = r.people.mention(name)
    if known is not None:
        return known
    return r.people.canonical(name) if " " in squash(name) else None
