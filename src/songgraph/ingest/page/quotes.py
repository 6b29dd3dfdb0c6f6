"""Who said a quote and where, read from the clauses that lead into it (or follow it).

The speaker is the subject of a speech verb ("Puth explained", "she recalled", "the Spanish producer
explained", "X, who also produced the track, remembered"), else the one person the lead names. The source
is where it was said: "Speaking to X", "In an interview with X", "told (the) X", "appeared on X (on Y)",
"said on X", "in an X post", "On X, ..." -- a name that is not one of the page's people.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from songgraph.ingest import linear
from songgraph.ingest.page.clauses import (
    ADDRESS,
    DEMONYM_WORDS,
    FOREIGN_PREPOSITIONS,
    FOREIGN_RADIO,
    HEDGE,
    MENTION,
    NOMINATIVES,
    ROLE_NOUNS,
    STOP_WORDS,
    TELLING,
    Clause,
    Mention,
    subject_after_when,
)
from songgraph.ingest.pagetext import MONTH_NAMES, WEEKDAY_NAMES, WORD_END, WORD_START, known_country, squash
from songgraph.text import fold

# A clause's medium (None when it names none) and the ids of the mentions that name it
Source = tuple[str | None, set[int]]

_P = r"@\d+"
# Verbs that attribute a quote, past and present ("Bell recalled", "says Bell").
SAYING = (
    r"said|says|told|tells|explained|explains|revealed|reveals|recalled|recalls|added|adds|remembered|remembers|"
    r"admitted|admits|wrote|writes|joked|jokes|laughed|laughs|confessed|confesses|insisted|insists|noted|notes|"
    r"reflected|reflects|recounted|recounts|tweeted|tweets|posted|posts|continued|continues|shared|shares|"
    r"mused|muses|put\s+it|puts\s+it|replied|replies|answered|answers|responded|responds|quipped|quips|agreed|"
    r"agrees|argued|argues|conceded|concedes|remarked|remarks|observed|observes|declared|declares|deadpanned|"
    r"deadpans|sighed|sighs|testified|testifies|"
    # '"Twice," Cy corrected her.': putting right what was just said is saying it, in the words quoted
    r"corrected|corrects|"
    # '"It was late," Dorn confirmed.': bearing out what was said before is saying it again, in the words quoted
    r"confirmed|confirms|"
    # "Dr X emailed us her side of the story:": words sent in writing are words said to whom they went
    r"emailed|e-mailed|texted|messaged|"
    # words said aloud in a way: "Woo shouted, ...", "Annie yelled, ..."
    r"shouted|shouts|yelled|yells|whispered|whispers|screamed|screams|muttered|mutters|murmured|murmurs|"
    # "X summed up the shoot on Instagram:": putting it in a few words is saying it
    r"summed\s+up|sums\s+up|"
    # "X chimed in on Twitter": a remark put into a conversation already going
    r"chimed\s+in|chimes\s+in|"
    # "X quote-tweeted it with the words": a tweet of one's own words over another's
    r"quote-tweeted|quote-tweets|"
    # "X reposted it with a single word": another's post put out again under words of one's own
    r"reposted|reposts|reshared|reshares|"
    # "the songwriter likes to say", '"a blind date," as he likes to call it': a saying of theirs
    # ('"Forty years," X likes to point out': a point made often is a saying too)
    r"(?:likes|liked|loves|loved)\s+to\s+(?:say|call\s+it|put\s+it|point\s+out)|(?:(?:is|was)\s+)?fond\s+of\s+saying|"
    # ("Nobody planned it, X is keen to stress:": wanting a point made, which the words after make)
    r"(?:(?:is|was|are|were)\s+)?(?:keen|eager|quick|careful|anxious)\s+to\s+(?:stress|point\s+out|add|say|note|"
    r"emphasi[sz]e|insist|explain|clarify)|"
    # '"I never missed one," X would like it known': words one wants put on the record are words said
    r"would\s+like\s+it\s+known"
)
SPEECH_VERBS = (
    rf"{SAYING}|spoke|speaks|appeared|described|describes|opened\s+up|opens\s+up|commented|comments|talked|"
    r"talks|stated|states|announced|mentioned|called|calls|dubbed|dubs|"
    # "X defended the decision on Instagram:": arguing for something, in words ("X has denied it, most recently on
    # Y:": arguing against it)
    r"defended|defends|denied|denies|"
    # "X set the record straight on Facebook:": correcting what others said, in words of one's own
    r"(?:set|sets)\s+the\s+record\s+straight|"
    # "X does not dispute it:", "X doesn't deny it:": agreeing in words, which the words after are
    r"(?:does|did|do)\s+not\s+(?:dispute|deny)|(?:doesn't|didn't|don't)\s+(?:dispute|deny)|"
    # "X said it was brave, and Y went further:": saying more than the one before did, in the words that follow
    r"went\s+further|goes\s+further|"
    # "X went into the production on Y:", "X went into more detail in Y:": going into how the song was made is
    # telling of it (a topic of the song's making, not a place one goes into)
    r"(?:went|goes)\s+into\s+(?:(?:more|greater|further|some|great|much)\s+)?detail|"
    r"(?:went|goes)\s+into\s+(?:the|its|their|his|her)\s+(?:production|making|writing|recording|lyrics?|meaning|"
    r"background|origins?|process|story\s+behind)|"
    # "He made the remark during a session for X": the words quoted were said by the one who made them
    r"(?:made|makes)\s+(?:the|that|this|those|these)\s+(?:remarks?|comments?)|"
    # "X claimed his own share of the credit:": a claim to credit is made in the words that follow
    r"(?:claimed|claims)\s+(?:(?:his|her|their|@\d+)\s+(?:own\s+)?share\s+of\s+|(?:some\s+of\s+)?)the\s+credit"
)
# "X let one thing slip on France Inter:": words given away, which the words after are (kept out of SPEECH_VERBS,
# whose every word is read as a word of saying)
_LET_SLIP = r"(?:let|lets)\s+(?:(?:it|that|this|something|one\s+thing|a\s+(?:little\s+)?detail)\s+)?slip"
# "X gave the modest version to Y:": one's own telling of it handed over, in the words that follow (kept out of
# SPEECH_VERBS, as above)
GAVE_VERSION = r"(?:gave|gives)\s+(?:the|his|her|their|a)\s+(?:[a-z][\w-]*\s+)?(?:version|account)"
# "in one scene he can be heard explaining his approach.": one shown or heard speaking, in a film or a recording, whose
# words follow (kept out of SPEECH_VERBS: "heard" and "seen" alone are no saying)
SHOWN_SPEAKING = (
    r"(?:(?:can|could)\s+(?:also\s+)?be|is|was|are|were)\s+(?:heard|seen|filmed|shown)\s+"
    r"(?:explaining|describing|recalling|telling|saying)"
)
# "X owned up to the drum sound:": confessing, in the words after (kept out of SPEECH_VERBS likewise)
_OWNED_UP = r"(?:owned|owns)\s+up"
# "she is quite clear about why:", "X was refreshingly frank about it:": how plainly someone speaks of a thing, ending
# the lead into the words, which are theirs (kept out of SPEECH_VERBS: "is" and "was" are no saying anywhere else)
_PLAINLY = r"clear|frank|candid|blunt|honest|open|upfront|emphatic|adamant|unapologetic"
_PLAIN_HEAD = (
    r"(?:is|was|are|were)\s+(?:(?:quite|very|perfectly|absolutely|pretty|refreshingly|entirely|typically|[a-z]+ingly)\s+)?"
    rf"(?:{_PLAINLY})\s+about\s+"
)
# What someone speaks plainly about ("was candid about the casting of the smaller roles:": a topic of a few plain
# words, naming no one)
_PLAIN_TOPIC = (
    r"(?:why|how|it|that|this|the\s+reason|the\s+(?:song|track|single|record|lyrics?)"
    r"|the\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){1,5}"
    # ("was honest about her preparation:": a possessive pronoun, read as a mention, and what of theirs; a name's
    # possessive, "@1's", is no pronoun)
    r"|@\d+\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,4})"
)
_PLAIN_ABOUT = (
    _PLAIN_HEAD
    +
    # ("was disarmingly honest about the song": the words that follow are how; see _PLAIN_STOPPED for a full stop)
    rf"{_PLAIN_TOPIC}\s*:?\s*$"
)
# The same lead closed by a full stop before the words ("Anaïs was disarmingly honest about the song. '...'")
_PLAIN_STOPPED = _PLAIN_ABOUT.replace(r"\s*:?\s*$", r"\s*\.\s*$")
# Whether a sentence tells how plainly someone spoke of something (which the words after it may be)
SPOKEN_PLAINLY = linear.compile(rf"\b{_PLAIN_HEAD}")
# "Szabo looked back on how they met:": remembering aloud, which the words after tell
# ("when he stopped by the radio show X": a guest's visit to a programme, where they spoke)
# ("picked the story up from there": going on with the telling another began)
LOOKING_BACK = (
    r"looked\s+back|looks\s+back|reminisced|reminisces|stopped\s+by|dropped\s+by|stops\s+by|drops\s+by|"
    r"(?:picked|picks|took|takes)\s+(?:the\s+story\s+up|up\s+the\s+story)"
)
# ("was shorter with Folha de S.Paulo:", "was a bit blunter on RFI:": a comparative of one word, of how one speaks)
_SAID_SO_COMPARED = (
    r"blunter|franker|shorter|sharper|harsher|kinder|gentler|warmer|cooler|plainer|terser|briefer|clearer|softer|"
    r"milder|drier|funnier|angrier|tougher|straighter|quieter|louder|calmer|happier|sadder|prouder|wiser|nicer"
)
# How one put it, told of the words that follow: "was blunt:", "was characteristically modest:" (and how plainly, as
# above: "was cheerfully honest about it:")
_SAID_SO = rf"{_PLAINLY}|modest|forthright|succinct|terse|philosophical|rueful|wry"
# ("was funnier about it on France Inter:": what about, before where)
_ABOUT_IT = r"(?:\s+about\s+(?:it|that|this))?"
_SPEAKER = linear.compile(
    # an apposition may stand before the verb ("Cy Dorn, Bell's producer, told", "his mother, Eda Fenn, recalled"),
    # or a relative clause, which may name others and say what they did ("Cy Dorn, who sings the verse while Bell
    # answers, told": the verb after the clause is the subject's)
    # ("Holloway, speaking on the podcast Slow Jam Theory, said": a participle's phrase, which may name where)
    # ("Bentinho, in a radio interview with Radio Farol, said": an aside of where or when, which may name where)
    # ("Bell, filmed on a balcony above the Vieux-Port, recalls": a past participle's phrase, which may name where;
    # not an agent, "asked by the host Cy Dorn", whose words they may be; "by" inside a word is none: "in the lobby")
    # ("Cy Dorn, the quietest member of the band, told": whose member (friend, ...) after "of", who is not the speaker)
    # ("Cy Dorn, ward member for Cinder Lane, writes": whom or what they serve, after "for", is not the speaker either)
    # ("X, whom I met off the tram (he had, rightly, assumed I was hungry), told me": the relative clause may end on
    # the teller's own aside in brackets, commas and all)
    # ("Cy Dorn, a regular guest on Radio Nord, told": where they are a guest, named after "on" (or "in", "at"), is
    # the object of its preposition, no subject of the verb after it)
    rf"(?P<speaker>{_P})(?:\s*,\s*(?:[^,@]|@\d+'s|(?:of|for|on|in|at)\s+@\d+){{0,80}}?,|\s*,\s*(?:who|whom|whose|[a-z]+ing)\s[^,;.!?(]{{0,150}}?(?:\([^()]{{1,200}}\))?,"
    rf"|\s*,\s*[a-z]+ed\s(?:[^,;.!?b]|\Bb|b[^y,;.!?]|by\w){{0,150}}?,"
    # ("Cy Dorn, a quiet man from Leeds who had spent years recording choirs, said": a description, where from, then
    # a relative clause telling more of the same one, naming no one else)
    rf"|\s*,\s*(?:an?|the)\s[^,;.!?@]{{0,60}}?(?:(?:of|from|in|at)\s+@\d+\s+)?(?:who|whom)\s[^,;.!?(@]{{0,150}}?,"
    # ("Cy Dorn, the friend who had introduced him to Bell, said": "the friend", a description the page reads as a
    # mention, whose relative clause names another, is still the one who says it; checked on the match to be a
    # description, where a name there, "Cy Dorn, Bea Bell who ...," may list two)
    rf"|\s*,\s*(?P<described>@\d+)\s+(?:who|whom)\s(?:[^,;.!?(@]|@\d+){{0,150}}?,"
    # ("Bell, interviewed by the Lisbon daily Publico, put it plainly": an agent that is an outlet, not someone whose
    # words they may be, which ``_agent_apposed`` checks)
    rf"|\s*,\s*[a-z]+ed\s+by\s+[^,;.!?\"]{{0,60}}?@\d+\s*,"
    # ("Bell, on Radio Nord, told it": where, named alone between commas, which is no speaker)
    # ("Aubert, on her podcast Ondes Courtes, recalled": the possessive pronoun read as whose it is, a mention)
    rf"|\s*,\s*(?:in|on|during|at)\s+(?:an?|the|his|her|their|@\d+)\s[^,;.!?]{{0,100}}?,"
    rf"|\s*,\s*(?:on|to|in)\s+(?:the\s+)?{_P}\s*,"
    # ("Lubi, as her bandmates call her, told": what others call the speaker, who is named so)
    rf"|\s*,\s*as\s+[^,;.!?\"]{{0,80}}?\b(?:call|calls|called|know|knows)\s+{_P}\s*,"
    # ("Bell herself spoke": the speaker stressed)
    # ("the presenter Cy Dorn, who told the story on Radio Nord:": a relative clause whose own verb is the saying,
    # of the one it is about)
    rf"|\s*,\s*who|\s*,|\s+(?:himself|herself))?\s+"
    # ("Wagner has since told the story", "Bell has often said": "has" or "had", then how often or since when)
    r"(?:(?:has|had)\s+(?:(?:since|also|later|once|first|recently|openly|simply|famously|only|just|still|often|"
    r"always|sometimes|[a-z]+ly)\s+)?|"
    r"(?:also|later|once|then|first|recently|"
    # ("Bell only said", "Bell reportedly said": an adverb between; "Bell still tells", "Bell often says": how
    # often, which keeps the saying hers, where "never" would deny it)
    rf"openly|simply|famously|only|just|still|often|always|sometimes|now|[a-z]+ly)\s+)?"
    # "Kincaid was asked where it came from and replied": the answer is the subject's
    # ("was asked on BBC Radio Leeds whether ..., and said": where they were asked, named, and a comma before "and";
    # "asked that on the TV show X": the name after what kind of programme it is, "TV" read as a mention)
    rf"(?:(?:was|were)\s+asked\b(?:[^,;.!?@\"]|\s(?:on|in)\s+(?:the\s+)?(?:(?:[A-Za-z]+|@\d+)\s+){{0,2}}@\d+\b){{0,80}}?\s*,?\s+and\s+)?(?:(?:{SPEECH_VERBS}|{_LET_SLIP}|{GAVE_VERSION}|{_OWNED_UP}|{SHOWN_SPEAKING}|{LOOKING_BACK}|{_PLAIN_ABOUT}"
    # ("He did share one memory", "she does say": a saying stressed by "did", its verb bare)
    r"|(?:did|does)\s+(?:say|share|post|write|tell|admit|explain|add))\b"
    # ("she sat down with the Oral History Project, a tape her granddaughter knows:": an interview's idiom, whose words
    # the quote is, when it ends the lead: the one sat down with, and maybe an apposition of what that is)
    r"|(?:sat|sits)\s+down\s+with\s+(?:the\s+)?@\d+(?:\s+[a-z][\w-]*){0,2}"
    r"(?:\s*,\s*(?:a|an|the)\s[^,;:.!?\"@]{0,80}(?:@\d+[^,;:.!?\"@]{0,60})?)?\s*[:,]?\s*$"
    rf"|{_PLAIN_STOPPED})"
)
# "Bell, for her part, says", "Bell, like him, recalled": an aside naming someone by a pronoun between the speaker
# and the verb (checked on the match to hold pronouns only: "Bell, Cy Dorn, said" may name two, or Cy Dorn by his role)
_SPEAKER_ASIDE = linear.compile(
    rf"(?P<speaker>{_P})\s*,\s*(?P<aside>[^,;:.!?@\"]{{0,40}}?{_P}[^,;:.!?@\"]{{0,40}}?),\s+"
    rf"(?:(?:also|later|once|then|first|has|had|recently|openly|simply|famously|only|just|[a-z]+ly)\s+)?"
    rf"(?:{SPEECH_VERBS})\b"
)
# A guest's call or visit to a programme, told by its presenter, as the lead into the guest's words: "X rang in to Y
# on Monday and gave me the whole story:", "X was on the phone to Y from Mumbai, and she isn't having that:", "X joined
# us on Y, down the line:", "X was in the studio with me on Y, and I asked her ...:" (the visit is the speaking; no one
# else named after it, which ``_visit`` checks)
_VISITING = (
    rf"(?P<speaker>{_P})\s+(?:(?:rang|phoned|called|rings|phones|calls)(?P<into>\s+in(?:\s+to)?)?"
    rf"|(?P<on>(?:was|is)\s+on\s+the\s+(?:phone|line)\s+to|(?:joined|joins)\s+{_P}\s+on)"
    rf"|(?:was|is)\s+(?:here\s+)?in\s+the\s+(?:(?P<studio>{_P})\s+)?studio(?P<with>\s+with\s+{_P}\s+on)?)\s+"
    rf"(?:(?:the|this|our)\s+(?P<show>show|programme)\b|(?:the\s+)?(?P<programme>{_P}))?"
    # ("called in from Harare a bit later in the same programme": the one the page told of)
    r"(?P<same>[^,;:.!?@]{0,60}\bin\s+the\s+same\s+(?:show|programme)\b)?"
)
# (opening the clause, or its second half: "Frau Brandt called X", "..., and she rang the show")
_VISIT = linear.compile(rf"(?:^\W*(?:\p{{Lu}}\w*\s+)?|,?\s+and\s+){_VISITING}")
# (told as when another's words were said, where only: "as Javiera put it when she was in the X studio")
_VISIT_WHEN = linear.compile(rf"\bwhen\s+{_VISITING}")
# "from Auckland", "from a hotel in Galway": where a caller rang from, no one who may speak
_CALLED_FROM = linear.compile(r"\bfrom\s+(?:(?:a|an|the)\s+[a-z][\w' -]{0,40}?\s+in\s+)?$")
# "She looked into the audience, where her grandfather sat, and said": the subject's second verb is the saying,
# when no one else is named between (a name there may be whom the saying is of: "Bell watched as Cy Dorn sang,
# and said"), but for where or when after a preposition, a name or a quoted title ('went on "Night Owls" on Sunday
# and said': no subject; checked on the match: "talked to X, who laughed and said" is X's)
# ("X filmed the case for TikTok and said only:": a platform named after "for" or "to", checked on the match, is where
# it went)
_SPANS = frozenset({"years", "months", "weeks", "days", "long", "shortly", "soon"})
# "... and told the crowd:", "and told the station's listeners:": those who heard it, many and unnamed, none of whom
# the words could be by, so the subject still says them
_TOLD_HEARERS = (
    # ("told Benson's listeners": a host's, whose audience hears the words, not says them)
    r"(?:told|tells)\s+(?:(?:the|his|her|their|its)\s+|the\s+(?:station|show|programme|festival|venue)['\x{2019}]s\s+"
    r"|@\d+['\x{2019}]s\s+)?"
    r"(?:(?:live|studio|radio|home|late-night)\s+)?(?:listeners|audience|crowd|viewers|fans|readers)"
)
_AND_SAID = linear.compile(
    # ("Years after the band had split, X ... and said": a fronted clause of when before the subject; the sentence's
    # first word is read as a name, checked on the match to be a span of time)
    r"^\W*(?:(?:(?P<span>@\d+)\s+(?:after|before)|After|When|Once|Before)"
    r"\s[^;:.!?\"]{1,150}?,\s*)?"
    rf"(?P<speaker>{_P})\s+[a-z][^@;:.!?\"]{{0,200}}?"
    # ("went on the breakfast show X and said": the programme named after what it is; "went on a podcast, X, and
    # said": or its name set off after it, "a podcast, Three Chords and a Kettle,": a name joined by "and" and an
    # article, set off by commas, checked on the match to be no one's)
    r"(?:(?:\b(?:on|in|at)\s+(?:the\s+)?"
    r"(?:(?:[a-z][\w-]*\s+){0,2}(?:show|programme|program|podcast|series|channel|station)\s*,?\s+)?"
    r"(?:@\d+(?:\s+and\s+(?:an?|the)\s+(?P<joined>@\d+)\s*,)?|\"[^\"@;:]{1,60}\")[^@;:.!?\"]{0,100}?){1,2}"
    r"|\s(?:for|to)\s+(?P<platform>@\d+)[^@;:.!?\"]{0,100}?)?"
    rf",?\s+and\s+(?:then\s+)?(?:(?:{SPEECH_VERBS})(?:\s+(?:only|simply|just|merely))?|{_TOLD_HEARERS})\s*[,:]?\s*$"
)
_NAME_THEN_WHO = linear.compile(r"@\d+\s*,\s*(?:who|whom|whose)\b")
# "She rang our drummer, X, who books us, and told him:", "After our guitarist, X, had called the set, Y came up and
# said to me:": the subject's second verb is a saying to someone (its hearer, whom the words are not by), opening the
# clause or after a fronted clause of when; anyone named between is checked on the match to be the hearer
_AND_TOLD_HEARER = linear.compile(
    r"^\W*(?P<fronted>(?:After|When|Once|Before|As\s+soon\s+as|By\s+the\s+time)\s[^;:.!?\"]{1,150}?,\s*)?"
    rf"(?P<speaker>{_P})\s+[a-z][^;:.!?\"]{{0,200}}?,?\s+and\s+(?:then\s+)?"
    rf"(?:(?:said|says|explained|explains|whispered|whispers|shouted|shouts|announced|announces)"
    rf"(?:\s+to\s+(?P<hearer>{_P}))?|(?:told|tells)\s+(?P<told>{_P}))\s*$"
)
# "Dorn, speaking to Radio Nord in 1990, gave the credit to the band:", "Dorn, interviewed for the same programme, was
# modest:": the aside tells that the subject spoke (to a medium), so the words the lead goes into are the subject's,
# whatever the main verb; read only when the clause has no saying of its own and names no one else after the aside
# by name ("gave the credit to Bell:" may go on to quote Bell; "to the band" names no one who could be quoted)
_SPEAKING_ASIDE = linear.compile(
    # ("interviewed many years later for "Miami Sound: An Oral History" (2006),": when, then a quoted title)
    # ("The producer, X, writing in Y, was more technical:": what the speaker is may come first, X in apposition to it)
    # (or a description the mentions read as theirs: "@0, @1, writing in")
    r"^\W*(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|@\d+'s)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s*,\s*"
    r"|(?P<described>@\d+)\s*,\s*)?"
    rf"(?P<speaker>{_P})\s*,\s*(?:speaking|talking|writing|interviewed)(?:\s+[a-z]+){{0,3}}?\s+"
    rf"(?:to|on|for|with|in)\s[^,;.!?]{{0,150}}?,\s+(?P<rest>[a-z][^;.!?\"]{{0,200}})$"
)
# ("X, speaking to Y, credited Leask with more than that:", "thanked Bell for it:": one named as whom the credit or
# the thanks are for is talked about, not handed the words)
_CREDITING = linear.compile(r"^(?:credited|credits|thanked|thanks|praised|praises)\s+@\d+\s+(?:with|for)\s")
# "Speaking to Les Inrockuptibles, Dvořák credited Aubertin with the song's final shape:": a participle of speaking
# opening the sentence is its subject's, so the words the lead goes into are the subject's whatever the main verb
# (read only when the clause has no saying of its own, which might go on to quote the one it names)
# ("Speaking to Blues & Soul,": the phrase may name more than one, a title the mentions read as two names joined)
_SPEAKING_FRONTED = linear.compile(
    rf"^\W*(?i:speaking|talking|appearing)\s+(?:to|on|with|in|at)\s[^,;.!?@]{{0,80}}?(?:{_P}[^,;.!?@]{{0,40}}?){{0,3}},\s+"
    rf"(?P<speaker>{_P})\s+(?P<rest>[a-z][^;.!?\"]{{0,200}})$"
)
# "Solberg's own account, given in her memoir, differs in its details:": the subject is someone's telling, which the
# words the lead goes into are (read only when the clause tells of no saying)
_OWN_ACCOUNT = linear.compile(
    # ("Ms Twomey's account": a title of address before the name, which the name's mention leaves out)
    # ("And X's only comment was:": joined on to the sentence before, the one telling of theirs the words are)
    # ("X's only public comment on the matter came in a caption:": what kind of telling, after "only")
    rf"^\W*(?:(?:And|But|So)\s+)?(?:{ADDRESS}\s+)?(?P<speaker>{_P})'s\s+(?:(?:own|only)\s+)?"
    r"(?:(?:public|published|official|written|first|last|final)\s+)?(?:"
    rf"{TELLING}"
    # "X's tribute on Facebook was shared widely:", "X's statement read:": words of X's own (not "X's obituary", about
    # X, nor "X's eulogy", which may be given for X)
    r"|tribute|statement|post|message|farewell"
    # "X's advice is more practical:", "X's verdict was shorter:": what X says to the matter, in X's words ("X's review
    # of his footwear:" as well)
    r"|advice|verdict|review|answer|reply|response|explanation|comment|remark"
    # "X's note on the loan reads:", "X's letter to the saleroom is worth giving:": a writing of X's, in X's words
    # (not "Editor's note:", a label the words after its colon are the writer's, no quote's lead)
    r"|notes?\s|letter|letters|diary|journal|memoir"
    # "X's side of it, in Rolling Stone:", "X's line on that, on her Instagram, was:", "X's take on the night:": X's
    # part of a telling, or X's words on a matter, given in X's words
    r"|side\s+of\s+(?:it|things|the\s+story)|(?:line|take)\s+on\s+(?:it|that|this|the\s+[a-z]+))\b"
)
# "In X's own telling, on the podcast Y:", "By X's own account:": a lead that is only the fronted phrase naming whose
# telling the words are (and where it was given), with no clause of its own after it ("In X's telling, Cy introduced
# them:" tells of Cy, and is no lead of X's)
_IN_OWN_TELLING = linear.compile(
    rf"^\W*(?:In|By)\s+(?P<speaker>{_P})'s\s+(?:own\s+)?(?:{TELLING}|words)"
    r"(?:\s*,\s*(?:on|in|to|for|with)\s+[^,;:.!?\"]{0,80}?)?\s*[,:.]?\s*$"
)
_SAYS = linear.compile(rf"\b(?:{SPEECH_VERBS})\b")
# "X's only comment, when somebody asked her what she made of it, was:": a question put to the owner of the words, set
# off by commas, is what they answered, no saying of another's
_ASKED_OWNER = linear.compile(r",\s+when\s+[^,;:.!?\"@]{1,60}?\basked\s+@\d+\b[^,;:.!?\"]{0,120},")
# "X's obituary was shared widely:": someone's writing opening the lead, and no verb of saying for anyone
_OWNERS_WORDS = linear.compile(
    rf"^\W*{_P}'s\s+(?:[a-z][\w-]*\s+)?(?:obituary|eulogy|tribute|statement|post|message|letter|note|caption|words)\b"
)
# "was shared thousands of times", "had been posted": a saying in the passive, whose subject is the words (one who
# passed them on is no speaker of them)
_PASSIVE_SAYING = linear.compile(
    r"\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?(?:shared|posted|tweeted|quoted|repeated|read\s+out)\b"
    # ("X's explanation, posted to Instagram:": the same as a participle set off by a comma, where the words went)
    r"|,\s+(?:posted|shared|tweeted|published)\s+(?:on|to|in)\b"
    # ("X's version, on a podcast called Y, is shorter:": "called" naming a thing, no one's saying)
    r"|\b(?:podcast|show|programme|program|station|magazine|zine|blog|channel|series|documentary)\s+(?:called|named)\b"
)
# "Those crossings were described by her on X:", "How he was found was explained by Y when ...": a saying in the
# passive, whose agent speaks the words after (not "was shared by", words passed on: ``_PASSIVE_SAYING``)
_SAID_BY = linear.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
    rf"(?:described|explained|remembered|recalled|recounted|summed\s+up)\s+by\s+(?:the\s+)?(?P<speaker>{_P})"
)
# "dedicated the prize to her grandfather in her acceptance speech:": the speech's owner says what follows
_IN_SPEECH = linear.compile(
    rf"\b(?:in|during|with)\s+(?P<speaker>{_P})(?:'s)?\s+(?:(?:acceptance|victory|winner's|thank-you|award)\s+)?"
    r"speech\s*[,:]?\s*$"
)
# "X opened his speech that night with:", "she ended her toast with these words:": a speech (toast, sermon) begun or
# ended with the words that follow is its giver's saying; ``GIVEN_SPEECH`` is the same told anywhere in a sentence
# (on its text), which tells of speaking as a verb of saying does
_OPEN_OR_END = r"(?:opened|opens|began|begins|started|starts|ended|ends|closed|closes|finished|finishes)"
_SPEECH_GIVEN = r"(?:speech|toast|sermon|address|eulogy|homily|remarks)"
_GIVE_SPEECH = r"(?:gave|gives|giving|made|makes|making|delivered|delivers|delivering)"
GIVEN_SPEECH = linear.compile(
    rf"\b(?:{_OPEN_OR_END}\s+(?:his|her|their)|{_GIVE_SPEECH}\s+(?:a|an|the|his|her|their))\s+"
    rf"(?:[a-z][\w'-]*\s+){{0,2}}?{_SPEECH_GIVEN}\b"
)
_OPENED_SPEECH = linear.compile(
    rf"(?P<speaker>{_P})\s*,?\s+(?:[a-z]+ly\s+)?{_OPEN_OR_END}\s+(?:his|her|their|{_P})\s+(?:[a-z][\w'-]*\s+){{0,2}}?"
    rf"{_SPEECH_GIVEN}\b[^;:.!?\"@]{{0,60}}?\b(?:with|by\s+saying)(?:\s+(?:the|these|this)\s+words?)?\s*[,:]?\s*$"
)
# "and he gave a speech that I have kept ever since:", "X made a toast:": a speech given, the clause leading straight
# into its words (no full stop between), is its giver's saying
# ("X does a very good impression of their first conversation:": someone's words done in the doer's voice are the
# doer's saying, as a speech given is; "made an impression" is none)
_GAVE_SPEECH = linear.compile(
    rf"(?P<speaker>{_P})\s*,?\s+(?:[a-z]+ly\s+)?(?:{_GIVE_SPEECH}|(?P<did>does|did|doing))\s+"
    rf"(?:a|an|the|his|her|their|{_P})\s+(?:[a-z][\w'-]*\s+){{0,2}}?"
    rf"(?:{_SPEECH_GIVEN}|(?P<impression>impression|impersonation|imitation))\b"
    rf"(?P<tail>[^;:.!?\"]{{0,80}}?)\s*:?\s*$"
)
# A lead of a name alone, or a name and "on" what the words are about ("Sakurai on where the hook came from:",
# "Popescu on why he sings in Finnish:", "Seo on singing in Japanese:"), after a timestamp maybe: no verb, the name
# the speaker (the topic opens on a question word, a gerund or an article, not a name: "X on Radio Y:" is a medium)
_NAME_ON_TOPIC = linear.compile(
    rf"^\s*(?:\[\d{{1,2}}(?::\d\d){{1,2}}\]\s*)?(?P<speaker>{_P})"
    r"(?:\s+on\s+(?:what|why|how|where|when|whether|who|which|the|a|an|his|her|their|[a-z]+ing)\b[^;:.!?\"@]{0,120}"
    rf"(?:{_P}[^;:.!?\"@]{{0,80}})?)?\s*:?\s*$"
)
_WITH_ANOTHER = linear.compile(r"\b(?:with|and|alongside)\b")
# A lead that ends by presenting whose the words are about to be read out ("I've got the interview here, listen to
# this, this is X:"): the words are theirs, whoever the teller is; where they are, after "on" or "in", is where they
# said them ("Here's X on the Y podcast:", "Here she is on a Z live in 2022:")
_THIS_IS_SPEAKER = linear.compile(
    rf"(?:^|[,;.!?]\s+|\s-\s+)\W*(?:(?:and|so)\s+)?(?:[Tt]his(?P<this_is>\s+is)|[Hh]ere(?P<is>\s+is|'s)?)\s+(?P<speaker>{_P})"
    r"(?:\s+(?P<is_after>is)|\s+(?:himself|herself|themselves|themself))?"
    rf"(?P<where>\s*,?\s+(?:on|in)\s+(?:[\w'-]+\s+){{0,3}}?(?:{_P})?(?:\s+[\w'-]+){{0,4}})?\s*:?\s*$"
)
# "The paper has the actual story, from X herself:", "Version two, from the producer X himself, on the Y podcast:": the
# words presented as coming from the one named, stressed by the reflexive (where they were said may follow), ending
# the lead
_FROM_ONESELF = linear.compile(
    rf"(?:^|[,;.!?]\s+)\W*(?i:from)\s+(?:(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){{0,2}}?)?(?P<speaker>{_P})\s+"
    rf"(?:himself|herself|themselves|themself)(?:\s*,\s*(?:on|in|to)\s+(?:the\s+)?{_P}(?:\s+[a-z][\w-]*)?)?\s*:?\s*$"
)
# "Bell on TikTok after:", "Bell on Instagram after the shoot:", "Bell on Twitch, a week after:": when, after where,
# told only as after something, which names no one
_AFTER_WHERE = r"\s*,?\s+(?:(?:a|one|two|three|some)\s+(?:days?|weeks?|months?|years?)\s+)?after(?:\s+the\s+[a-z]+)?"
# Nouns of words someone gave ("her verdict", "his answer")
_WORDS_GIVEN = r"(?:verdict|take|answer|reply|response|explanation|advice|comment|version|summary)"
# "Bell, to Radio Nord:", "Bell, the quiet one, on Instagram:", "Bell, in her Radio Nord interview:": a lead of a name
# and where the words were said or printed, no verb: the name is the speaker, as a show's notes set it down (read only
# when what follows "in", "on" or "to" names no one, since "Bell, on Cy Dorn:" may be about him)
_NAME_WHERE = linear.compile(
    # ("And Bell, on X, the day it came out:": joined on to the words before, and when, set off after where)
    rf"^\s*(?:(?:And|So|But)\s+)?(?P<speaker>{_P})(?:\s*,\s*(?:the|a|an|his|her|their)\s[^,;:.!?\"@]{{0,40}}?)?"
    # ("Bell, writing on Instagram:": the participle of the saying before where, still no verb)
    # ("Bell on Radio Nord:", "Bell to the Aftenblad:": a card's or a list's terse lead, the comma left out)
    rf"(?:\s*,\s*(?:(?P<doing>writing|speaking|talking|posting)\s+)?|\s+)(?P<prep>in|on|to)\s+(?P<where>[^,;:.!?\"]{{1,80}}?)"
    r"(?:\s*,\s*(?:the|that|last)\s+(?:day|night|morning|evening|week)(?:\s+[^,;:.!?\"@]{1,40})?"
    rf"|{_AFTER_WHERE})?\s*:?\s*$"
)
# "And ", "So ": a lead joined on to the words before it
_LEAD_JOINED = linear.compile(r"^(?:And|So|But)\s+")
# ("X gave a speech and Y wept:": a clause of another subject after the speech may lead into that one's words)
_OTHER_SUBJECT = linear.compile(r"(?:\b(?:and|but|while|as|when|so|then)|,)\s+(?:@\d+|the\s+[a-z][\w'-]*)\s+[a-z]")
# "X put the reel on Instagram with the caption:", "X has the clip pinned there, with her caption:": the words a post
# was put up with are the poster's
_CAPTIONED_POST = linear.compile(
    rf"(?P<speaker>{_P})\s*,?\s+(?:[a-z]+ly\s+)?(?:put|puts|pinned|pins|posted|posts|shared|shares|uploaded|uploads|"
    rf"has|had|keeps|kept)\s[^;:.!?\"]{{0,120}}?\bwith\s+(?:the|a|an|his|her|their|{_P})\s+(?:[a-z][\w-]*\s+)?"
    r"caption\s*[,:]?\s*$"
)
# "Einar put something on Facebook after:", "Then X put this on Instagram,": a post put on a platform by the clause's
# subject, who wrote the words (the platform checked on the match: "put it on Side B" is no post)
# ("driver. [pause] Einar put": a transcript's bracketed note, which the sentence is not split at, is no word of it)
_PUT_ON_PLATFORM = linear.compile(
    rf"(?:^|[.;!?]\s+)\W*(?:\[[a-z]+(?:\s[a-z]+)?\]\W*)?(?:(?:[Aa]nd|[Ss]o|[Bb]ut|[Tt]hen|[Ll]ater)\s+)?(?P<speaker>{_P})\s+(?:[a-z]+ly\s+)?(?:put|puts)\s+"
    rf"(?:(?:something|this|that|it|one)\s+)?(?:up\s+)?on\s+(?P<platform>{_P})"
)
# A speech told in the lead: the words were said where a prize was won.
_SPEECH_NOUN = linear.compile(r"\b(?:acceptance|victory|winner's|thank-you|award)\s+speech\b")
# "When the band picked up their award at the X Awards, she told the hall:": words said to those present, which the
# lead's prize won at an event places there, as a speech would (an event by its name's last word: "the Albert Hall"
# is a venue)
_TOLD_THOSE_PRESENT = linear.compile(r"\b(?:told|tells|addressed|addresses)\s+the\s+(?:hall|room|crowd|audience)\b")
# "her acceptance speech at the MOBO Awards": the event the speech was given at
_SPEECH_AT = linear.compile(rf"\bspeech\s+at\s+the\s+(?P<source>{_P})")
# "the song won best single at the Urban Harmony Awards": where the prize was given (a name after "the" is no
# person's)
_WON_AT = linear.compile(
    rf"\b(?:won|wins|picked\s+up|collected|accepted|received|took\s+home|scooped)\s[^;:]{{0,100}}?\bat\s+the\s+"
    rf"(?P<source>{_P})"
)
# The words after a quote, verb first ("says Bell", "recalls producer Cy Dorn"), or "according to X".
_SPEAKER_AFTER = linear.compile(
    rf"^\W*(?:(?:{SAYING})\s+(?:[a-z][\w'-]*\s+){{0,3}}?|[Aa]ccording\s+to\s+(?:[a-z][\w'-]*\s+){{0,3}}?)"
    rf"(?P<speaker>{_P})"
)
# ""...," was all she would say", "is all he will tell us": the words after a quote calling them all that someone
# said (a modal or "did", then a saying verb; "was all she would not say" denies it, no match)
ALL_SAID_VERB = (
    r"(?:would|will|could|did|had\s+to|has\s+to|cared\s+to|wanted\s+to|was\s+willing\s+to)\s+"
    r"(?:say|tell|add|offer|reveal|share|volunteer|give)\b"
)
_ALL_SAID = linear.compile(rf"^\W*(?:was|is)\s+(?:all|everything)\s+(?:that\s+)?(?P<speaker>{_P})\s+{ALL_SAID_VERB}")
# "says Bell's big sister, Cy Dorn,": after a saying verb first, someone's kin or colleague named in apposition is the
# speaker, not the one whose they are (the possessive is whose sister, no one saying)
_SPEAKER_AFTER_OWNED = linear.compile(
    rf"^\W*(?:{SAYING})\s+(?:[a-z][\w'-]*\s+){{0,3}}?{_P}'s\s+(?:[a-z][\w'-]*\s+){{0,3}}?[a-z][\w'-]*\s*,?\s*"
    rf"(?P<speaker>{_P})(?:\s*[,;:.!?]|\s*$)"
)
# "In X's words, posted on the band's page:", "In her own words:": a lead that says whose words follow, alone or with
# where they were put out ("posted on", "written in"), no saying of another's
_WORDS_OF_LEAD = linear.compile(
    rf"^\W*[Ii]n\s+(?P<speaker>{_P})(?:'s)?\s+(?:own\s+)?words\s*(?:,\s*(?:posted|written|shared|published|put)\s+"
    r"(?:on|in|to|under)\s+[^;:.!?\"]{0,80})?\s*:?\s*$"
)
# "Bell wrote it with Cy Dorn": wrote a song, not words to quote
# ("Bell and Dorn wrote "Ferry" about a night crossing": a quoted title, then what or whom it is about or for, or
# how it was written, is a song written, not words put out)
_COMPOSED = linear.compile(
    r"\s+(?:it|them|songs|(?:the|this|a)\s+(?:song|track|single|tune|music|lyrics?|melody|chorus|verse)\b|with\b"
    r"|\"[^\"]{1,80}\"\s+(?:about|for|with|together|after|while|when|in\s+\d{4})\b)"
)
# "X, who stops on the carpet to tell Y:", "X paused to explain:": the subject's verb, then the saying it was done
# for, in the infinitive (no one named between: "X asked Y to tell" is Y's saying; nor denied: "X refused to say")
_TO_SAY = linear.compile(
    # ("the producer, X, was pleased to tell": the comma closing an apposition before the verb, as before any saying)
    rf"(?P<speaker>{_P})(?:\s*,\s*who|\s*,)?\s+(?P<doing>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){{0,6}}?)\s+to\s+"
    r"(?:tell|say|explain|add|recall|remember|admit|reflect|talk|speak)\b"
)
# "X quoted her, in our translation:", "X quoted Amano as saying", "quoted Y on the production:": the one quoted is
# whose the words are (not "quoted Y's song", something of theirs)
_QUOTED_WHOM = linear.compile(rf"\b(?:quoted|quotes)\s+(?P<speaker>{_P})(?:\s+as\s+saying\b|\s+on\s|\s*[,:]|\s*$)")
_NOT_DONE = linear.compile(r"\b(?:not|never|refused|refuses|declined|declines|n't)\b")
# "why she had agreed to appear": agreeing to do something is consenting to it, no saying (unlike "she agreed:")
_AGREED_TO_DO = linear.compile(r"\s+to\s+(?:[a-z]+ly\s+)?[a-z]+\b(?:[^'\x{2019}]|$)")
# What may follow "agreed to" that is no verb: what or whom it was agreed to ("agreed to the terms")
_NOT_A_VERB = frozenset(str.split("the a an his her their my our its this that it them him"))
# "added a verse", "added two more guitars": a determiner and the words of the thing (up to a few)
_ADDED_THING = linear.compile(
    r"\s+(?:a|an|some|another|the|his|her|their|its|my|our|two|three|four|a\s+few|more|extra)\s+[a-z][\w'-]*"
    r"(?:\s+[a-z][\w'-]*){0,3}"
)
# what may be added in words: "a note of caution", "a few words", "the following", "one more thing"
_SAID_THING = linear.compile(
    r"\b(?:words?|notes?|comments?|remarks?|thoughts?|caveats?|postscript|footnote|warning|following|thing|things|"
    r"detail|details|story|point|joke|line|lines|quip|reply|answer)\b"
)
_ACCORDING = linear.compile(rf"\b[Aa]ccording\s+to\s+(?:[a-z][\w'-]*\s+){{0,3}}?(?P<speaker>{_P})")
# "said, laughing, on X": how the words were said, a participle set off by commas, between the saying and where
_HOW_SAID = r"(?:\s*,\s*(?:[a-z]+ly\s+)?[a-z]{2,}ing\s*,)?"
# "... sat her down next to Y with the words, according to X, ...": the words came with someone's doing, and "according
# to" there names only who tells of it, not whose words they were
_WITH_THE_WORDS = linear.compile(r"\bwith\s+(?:the|these|those)\s+words\s*,\s*$")
# "Der Spiegel asked her whether ...": a medium asking someone of the page (not someone new: "Cy Dorn asked")
_ASKED = linear.compile(
    # ("when NME asked him": when the medium did)
    # ("stays coy when Glow Weekly asks whether ...": asking, told in the present, of what)
    rf"(?:^|[.;]\s+|,\s+|\bwhen\s+)(?:[Tt]he\s+)?(?P<source>{_P})\s+(?:asked|asks|quizzed|quizzes|pressed|presses|"
    rf"interviewed|interviews)\s+(?:{_P}|(?:whether|if|about|why|how|what)\b)"
)
# "Japan's X quoted Amano as saying", "Billboard Argentina, for its part, quoted Y on the production", "Spain's X asked
# Y about ...", "Nigeria's X ran a longer interview with Y", "Sweden's X got the producer's account", "The X tracked
# down the woman responsible": an outlet doing what outlets do with someone's words, as the subject (the country it is
# from may stand before it; "for its part" says it is no person); a new full name there is read only after a country
# (checked on the match)
_OUTLET_DID = linear.compile(
    rf"(?:^|[.;]\s+|,\s+|\bwhen\s+)(?:[Tt]he\s+)?(?:(?P<country>{_P})'s\s+)?(?P<source>{_P})"
    r"(?:\s*,\s*for\s+its\s+part\s*,)?\s+"
    # ("when the Rye Lane Record caught up with him": an interview's idiom, the outlet finding someone to talk)
    rf"(?:quoted|quotes|interviewed|interviews|asked|asks|tracked\s+down|tracks\s+down|caught\s+up\s+with"
    rf"|catches\s+up\s+with"
    rf"|ran\s+an?\s+(?:[a-z]+\s+){{0,2}}?interview\s+with"
    rf"|got\s+{_P}'s\s+(?:own\s+)?(?:account|side|version|story))\s+(?:{_P}|the\s)"
)
# "in the comments under Zofia's Instagram announcement", "in the replies to her TikTok video": what was written
# under a post is on the post's platform (a name's owner and the platform may be read as one name: "Zofia's Instagram")
_UNDER_POST = linear.compile(
    rf"\b(?:comments|replies|comment\s+section)\s+(?:under|on|to|below|beneath)\s+"
    rf"(?:(?:his|her|their|its|{_P})(?:'s)?\s+|an?\s+|the\s+)?(?:[a-z][\w-]*\s+)?(?P<source>{_P})\s+"
    r"(?:post|announcement|video|photo|picture|story|reel|clip|caption|thread|live)\b"
)
# "Maria Clara's version, to Folha de S.Paulo, is shorter:": whom someone's account was given to
# ("X's own account of the episode, given to Y in 2019,": what it was of, and the participle of its giving; a new full
# name there is whom it was told to, a person, as after the loose verbs below)
# ("the songwriter's own take on the duet, from Y,": words given as one's take, by whom they are told or not, taken
# from a medium; a new full name there is where they are from, not someone else who may have said them)
_ACCOUNT_GIVEN = linear.compile(
    rf"(?:{_P}|(?i:the)\s+[a-z][\w-]*)'s\s+(?:own\s+)?(?:{TELLING}|{_WORDS_GIVEN})"
    r"(?:\s+(?:of|on)\s+(?:[a-z][\w'-]*\s+){0,3}[a-z][\w'-]*)?\s*,\s*"
    r"(?:(?:given|offered|told|related|recounted|provided)\s+)?(?:to|in|on|from)\s+(?:[Tt]he\s+)?"
    rf"(?P<source>{_P})(?:\s+in\s+\d{{4}})?\s*,"
)
# "in IGN's making-of documentary", "in Vogue's cover story": a medium's own piece, named by its owner (a person's
# piece, "in Tom Reed's documentary", is no medium's: checked on the match)
_OWNERS_PIECE = linear.compile(
    rf"\b(?:[Ii]n|[Dd]uring|[Oo]n|[Ff]or)\s+(?P<source>{_P})'s\s+(?:(?:\d{{4}}|[a-z][\w-]*)\s+){{0,2}}?"
    r"(?:interview|episode|documentary|docuseries|special|broadcast|profile|feature|cover\s+story|podcast|"
    r"featurette)\b"
)
# "on the band's podcast, Harlow Hour", "on the contest's after-show podcast, Jalkipeli", "on the late-night show, The
# Back Room.": what it is, then its name set off by a comma and ending the phrase
# ("On his podcast, Back Forty Sessions, X remembered": the same opening the sentence; "On the podcast, Cy Dorn said" is
# someone speaking, the name going on to a verb)
# ("came on our podcast, Late Cuts,": the teller's own, "our" or "my", as a shop's newsletter names its programme)
# ("told the festival's radio station, Harbour FM, that": a station is told, as a programme is spoken on)
# What a programme or a station is called before its name set off by a comma (``_APPOSED_KIND``, ``_PROGRAMME_APPOSED``)
# "on Swedish radio's P4 Morgon", "on public television's X": the programme named after whose it is, a broadcaster
# told only by its kind (and nation), which no mention holds; the programme is where the words were said
_KIND_OWNED = r"(?:(?:\p{Lu}\p{Ll}+\s+|public\s+|state\s+|national\s+)?(?:radio|television|TV)'s\s+)?"
_PROGRAMME_KINDS = r"podcast|show|radio\s+show|radio\s+station|station|channel|series|newsletter"
_APPOSED_KIND = linear.compile(
    # ("on the Rovers' official podcast, X": a plural name's, by its apostrophe alone)
    # ("on a Tokyo radio station, Kaze FM:", "talked with a newspaper, the Harbour Lamp.": one not named before, told
    # by "a", perhaps placed by a capitalised word, then its name)
    rf"\b(?:(?:[Oo]n|[Tt]o|[Ii]n|[Ww]ith|told|tells)\s+(?:the(?:\s+(?:[a-z][\w-]*'s|{_P}'s?))?|an?"
    rf"|(?:his|her|their|our|my|{_P})(?:\s+own)?|{_P}'s)\s+"
    # ("in his shop's newsletter, Kōenji Grooves,": the programme of something of theirs)
    rf"(?:(?:[a-z][\w-]*(?:'s)?|\p{{Lu}}[\w-]*|{_P})\s+)?(?:(?:{_PROGRAMME_KINDS})\s*,\s*"
    # ("told the school magazine, the Onslow Record:": what prints it, then its name with its own "the"; "told the
    # council's staff magazine, Bin There:" without one)
    r"|(?:magazine|newspaper|paper|journal|newsletter|zine|fanzine)\s*,\s*(?:the\s+)?)"
    # ("a story for a newspaper, The Southern Lamp:": a paper written for, not a series, which may be named after a
    # person)
    r"|[Ff]or\s+an?\s+(?:[a-z][\w-]*\s+)?(?:magazine|newspaper|paper|journal|zine|fanzine)\s*,\s*(?:the\s+)?)"
    rf"(?P<source>{_P})"
    r"(?:\s*[,.;:!?]|\s*$)"
)
# "came to Platekveld, our Tuesday listening session,", "on Side Streets, the little podcast we record in the
# basement:": a name, then what it is as an apposition (a programme, a session, a column; a relative clause without
# "that" may say more of it), where one comes, plays or speaks (a word after the kind would make it a description of
# someone: "Eda Fenn, our podcast host")
_KIND_APPOSED = linear.compile(
    rf"\b(?:[Oo]n|[Tt]o|[Ii]n|[Aa]t|played|plays|playing)\s+(?:[Tt]he\s+)?(?P<source>{_P})\s*,\s*"
    # ("on Night Desk, her late-night radio show": a pronoun whose it is, read as a mention)
    rf"(?:our|my|the|his|her|their|{_P}(?:'s)?)\s+(?:(?:[\w'-]+|{_P})\s+){{0,4}}?"
    r"(?:podcast|show|radio\s+show|session|sessions|column|zine|fanzine|newsletter|programme|program|series)"
    r"(?:\s+(?:that|which|@\d+)\s[^,;:.!?\"@]{0,60})?\s*(?:[,;:.!?]|$)"
)
# "when he played our Second Saturday Sessions", "did a Sábado Sesiones set for us": a performance named by the
# teller's own event ("our" and its name) or by the event's name before what was played there, where the words after
# were said
_PLAYED_OURS = linear.compile(
    rf"\b(?:played|plays|playing|came\s+to|comes\s+to)\s+our\s+(?P<source>{_P})\s*(?:[,;:.!?]|$)"
)
_PLAYED_AT = linear.compile(
    rf"\b(?:did|does|doing|played|plays|playing|gave|gives)\s+(?:a|an|the|his|her|their)\s+(?P<source>{_P})\s+"
    r"(?:set|session|showcase|gig)\b"
)
# "after she sang it in the Zing Nederland semi-final": a contest's round, named by the contest before it (a name of
# two words at least, checked on the match: "the Wembley final" is named by where it was)
_ROUND_OF = linear.compile(
    rf"\b(?:[Ii]n|[Oo]n|[Dd]uring|[Aa]t)\s+the\s+(?P<source>{_P})\s+(?:grand\s+)?(?:final|semi-final|quarter-final|"
    r"heats?|auditions?|live\s+shows?)\b"
)
# '"...," wrote Cy Dorn in Melody Maker', '"...," Dorn wrote in the Courier that week': a critic's words printed in a
# paper, the writing taking no object of its own (the words quoted are what was written; "wrote it in Lisbon" is a
# song's writing, and where). One writes in a publication, never in a person, so a new full name there is one; a
# country, a language or a month there is where or when it was written, or in what tongue (checked in ``_source``).
# The name ends its phrase, or a time follows it ("in the NME that October"): "wrote in the Warner group of labels"
# names a company by what it owns.
_WROTE_IN = linear.compile(
    # ("writing in his supporters' club column in X": the column one writes in, in the paper that prints it)
    # ("wrote about the sessions in X:": what about, a noun phrase of a few words or a pronoun, before the paper)
    rf"(?:\b(?:wrote|writes|writing)\s+(?:{_P}\s+|about\s+(?:it|them|this|that)\s+"
    r"|about\s+(?:the|this|that|his|her|their|its|our|my|a|an)\s+(?:[\w'-]+\s+){0,3}?)?"
    # ("reviewed it in X": a review is written in the paper too, what of by a pronoun)
    r"|\b(?:reviewed|reviews|reviewing)\s+(?:it|them|this|that)\s+)"
    rf"in\s+(?:(?:his|her|their|a|an|{_P}'s)\s+(?:[\w'-]+\s+){{0,3}}?"
    rf"(?:column|blog|newsletter|diary)\s+(?:in|for)\s+)?(?:[Tt]he\s+)?(?P<source>{_P})"
    # ("wrote in X for the last game of the season": which issue, by the match or edition it was for; "wrote in
    # Nashville for a month" is where)
    r"(?:\s*[,.;:!?\"]|\s*$|\s+for\s+(?:the|its|their|a)\s+(?:[\w'-]+\s+){0,3}?(?:game|match|issue|edition|derby|final)\b"
    r"|\s+(?:that|this|last|when|while|as|in|on|at|after|before|back|shortly|soon|the\s+same|"
    r"the\s+following|the\s+next|a\s+(?:week|month|year|day)|(?:\d+|a\s+few|some|many)\s+[a-z]+\s+(?:later|after|ago)"
    # ("wrote in X afterwards:", "wrote in X later that year": when, by an adverb of time alone)
    r"|afterwards|afterward|later|recently)\b)"
)
# "X wrote about the shoot for Dancing Times:", "X wrote a piece for The Stage:": a publication written for, the lead
# ending right after it (a name there must read as a paper's or be no full name new to the page: "wrote about it for
# Cy Dorn" is for a person; checked in ``_source``)
_WROTE_FOR = linear.compile(
    # ("wrote about it for the Scotsman": what about, by a pronoun)
    r"\b(?:wrote|writes|writing)\s+(?:about\s+(?:it|them|this|that)\s+"
    r"|about\s+(?:the|this|that|his|her|their|its|our|my|a|an)\s+(?:[\w'-]+\s+){0,3}?"
    r"|(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}?(?:piece|column|article|essay|note|blog\s+post|post)\s+)?"
    rf"for\s+(?:[Tt]he\s+)?(?P<source>{_P})\s*(?::|$)"
)
# "said in the Saltmarsh Gazette:": words said in a paper are the words it printed, told by the paper's name, whose last
# word is one for a paper (checked in ``_source``: "said in the Netherlands", "in the Albert Hall" tell where)
_SAID_IN_PRINT = linear.compile(
    # ("put it more simply in the X": how, an adverb graded by "more", "less" or "most")
    rf"\b(?:{SAYING})(?:\s+(?:(?:more|less|most)\s+)?[a-z]+ly)?\s+in\s+(?:[Tt]he\s+)?(?P<source>{_P})(?:\s*[,:.]|\s*$)"
)
# "was in the Dublin Ledger a few weeks after:", "had the line of the year in X Weekly:": someone in a paper, or their
# words in it, right before the words (checked as ``_SAID_IN_PRINT`` is: "was in the Albert Hall:" tells where)
_BEEN_IN_PRINT = linear.compile(
    r"\b(?:was|were|is|are|(?:had|has|have)\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?(?:line|quote|word|words)"
    r"(?:\s+of\s+the\s+(?:year|week|month|day|night))?)"
    rf"\s+in\s+(?:[Tt]he\s+)?(?P<source>{_P})(?:\s+(?:a\s+few|a|one|two|three|some|several)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:after|later|on))?\s*(?::|$)"
)
# Articles of other tongues that open the names of papers ("Les Echos", "Der Spiegel", "Die Zeit", "Het Parool") but
# hardly a place's (unlike "Le", "La" or "El": "Le Havre", "La Paz", "El Paso"): after "said in", a paper's name
_TITLE_ARTICLES = frozenset({"les", "der", "die", "das", "het"})
_PRINTED = frozenset(
    {"gazette", "times", "post", "herald", "chronicle", "tribune", "courier", "echo", "observer", "guardian", "mirror"}
    | {"express", "telegraph", "journal", "advertiser", "examiner", "argus", "mercury", "bulletin", "newsletter"}
    | {"ledger"}
    | {"news", "magazine", "weekly", "daily", "monthly", "quarterly", "fanzine", "zine", "review"}
)
# A paper's noun in another tongue, which may open its name ("Corriere della Sera", "Gazzetta di Parma")
_PRINTED_ABROAD = frozenset(
    {"corriere", "gazzetta", "giornale", "quotidiano", "diario", "periódico", "periodico", "jornal", "gazeta"}
    | {"zeitung", "tageblatt", "dagblad", "krant", "tidning", "courrier", "gazet"}
    # the news, which papers of many tongues are named for ("Dagens Nyheter", "Het Nieuws", "Ultimas Noticias")
    | {"nyheter", "nyheder", "nieuws", "noticias", "notícias", "nouvelles", "notizie", "nachrichten", "uutiset"}
    # ("Helsingin Sanomat": the Finnish "tidings")
    | {"sanomat"}
)


def _word_of_no_one(mention: Mention | None) -> bool:
    """Whether a mention is one word that names no one and was named before: what may go on a programme's title
    after it ("Sounds of the Sixties", "Like a Version")."""
    return (
        mention is not None
        and mention.kind == "name"
        and mention.person is None
        and not mention.new
        and not mention.possessive
        and " " not in squash(mention.text)
    )


def _capitalised_word_of_no_one(mention: Mention | None) -> bool:
    """The same, capitalised and no acronym ("Focus on Africa", "Session in the Shed")."""
    if mention is None or not _word_of_no_one(mention):
        return False
    return mention.text[:1].isupper() and not mention.text.isupper()


def _one_title_word(word: str) -> bool:
    """Whether a capitalised word after "on" may end an outlet's name: not a day, month, feast, platform or country."""
    folded = fold(word)
    return not (
        folded in STOP_WORDS
        or folded in _PLATFORMS
        or folded in _ON_SERVICES
        or _HOLIDAY.match(word)
        or _WHEN_AFTER.match(f" on {word}")
        or known_country(word)
        or folded in DEMONYM_WORDS
    )


def _foreign_titled(mention: Mention) -> bool:
    """Whether a name is an outlet's by the article in another tongue it opens with ("remembered it for El País"),
    where a new full name may otherwise be someone's spoken to."""
    words = fold(squash(mention.text)).split()
    return len(words) > 1 and words[0] in _TITLED_ARTICLE and not mention.people


def _printed_title(mention: Mention) -> bool:
    """Whether the name after "said in" is a publication's: one whose last word is a paper's ("Gazette"), one with a
    paper's noun in another tongue anywhere in it ("Corriere della Sera"), or a nationality before the trade of its
    readers ("American Songwriter", "Canadian Musician"), which names a magazine, never a place, a tongue ("Scottish
    Gaelic") or a person."""
    words = fold(squash(mention.text)).split()
    if words[-1] in _PRINTED or any(word in _PRINTED_ABROAD for word in words):
        return True
    return len(words) == 2 and words[0] in DEMONYM_WORDS and words[1] in ROLE_NOUNS and not mention.people


# "Oh said at the Seoul Music Video Festival": an event, by the last word of its name, where the words were said
# (checked in ``_source``: "said at the Albert Hall" tells a venue, a place)
# ("told the story at the X Festival", "recounted the whole tale at X": the telling named, as what was told)
_SAID_AT_EVENT = linear.compile(
    rf"\b(?:{SAYING})(?:\s+(?:the|this|that)\s+(?:whole\s+)?(?:story|tale|anecdote))?(?:\s+[a-z]+ly)?\s+at\s+"
    rf"(?:[Tt]he\s+)?(?P<source>{_P})(?:\s*[,:.]|\s*$)"
)
# "said something shorter from the stage at the Green Man festival": the event by its name and what it is, told in
# lower case after the name (the saying's object and "from the stage" may come between)
_SAID_AT_NAMED_EVENT = linear.compile(
    rf"\b(?:{SAYING})(?:\s+something(?:\s+[a-z]+)?)?(?:\s+(?:from|on)\s+(?:the\s+)?stage)?\s+at\s+(?:the\s+)?"
    rf"(?:\d{{4}}\s+)?(?P<source>{_P})\s+(?P<event>festival|conference|summit|awards|ceremony|gala|convention)\b"
)
_EVENT_WORDS = frozenset(
    {"festival", "conference", "summit", "awards", "ceremony", "gala", "convention", "expo", "showcase", "forum"}
    | {"symposium", "congress"}
)
# "Ten years later, on Radio Nord, X explained": where, set off by commas after when is told first, before the subject
# (a number word opening it may be read as a name; a new full name there may be whom the words are about: "Years
# later, on Cy Dorn, Bell was blunt", checked in ``_source``)
_ON_AFTER_WHEN = linear.compile(
    rf"(?:^\s*|[.;]\s+)(?:{_P}\s+)?[A-Za-z][^,;:.!?@\"]{{0,40}},\s+on\s+(?:[Tt]he\s+)?(?P<source>{_P})\s*,\s+{_P}\s"
)
# ("stops to tell X": the infinitive, after a verb of the speaker's)
# "Semana's reviewer, X, was less kind:", "The Irish Times critic X": the paper whose critic said it
_CRITIC_OF = linear.compile(
    rf"^\W*(?:[Tt]he\s+)?(?P<source>{_P})(?:'s)?\s+(?:[a-z][\w-]*\s+)?"
    rf"(?:reviewer|critic|columnist|correspondent|reporter)\s*,?\s*{_P}"
)
# "was asked on France Inter why ...", "X, asked on Radio Nord what it meant, said": the programme the question was put
# on (not "asked on Eda Fenn's show": whose it is)
_ASKED_ON = linear.compile(rf"\b(?:[Aa]sked|[Qq]uestioned)\s+on\s+(?:[Tt]he\s+)?(?P<source>{_P})")
_TOLD = linear.compile(rf"\b(?:told|tells|to\s+tell)\s+(?:[Tt]he\s+)?(?P<source>{_P})")
# "To Corriere della Sera he said only:": whom the words were said to, told first, before the speaker and the verb (a
# person told so is one of the page's people, or a full name new to it: checked on the match)
_TO_FIRST = linear.compile(
    rf"(?:^|[.;:]\s+)\W*To\s+(?:[Tt]he\s+)?(?P<source>{_P})\s*,?\s+{_P}\s+"
    rf"(?:(?:only|later|simply|also|just)\s+)?(?:{SAYING})\b"
)
# An oral history's archive by what it is ("oral-history collection"), and the book printed for a show ("exhibition
# catalogue"): media named by their title after them
_ORAL_HISTORY = r"oral[\s-]history\s+(?:project|collection|archive|archives|series|programme)"
_SHOW_CATALOGUE = r"(?:exhibition|museum|gallery)\s+(?:catalogue|catalog)"
_ARCHIVE = linear.compile(
    rf"\b(?:in|for|from|into)\s+(?:the|{_P}'s)\s+(?P<source>{_P})\s+"
    r"(?:oral[\s-]history\s+)?(?:project|collection|archive|archives|recordings)\b"
)
# "writing on her studio's blog, Saltvaerk Notes,", "in the exhibition catalogue, Tide Marks:": a medium of
# someone's told by what it is, its name set beside it after a comma
_MEDIUM_APPOSED = linear.compile(
    # (a pronoun before it is read as a mention: "on @1 studio's blog")
    rf"\b(?:[Oo]n|[Ii]n|[Ff]or)\s+(?:the|its|his|her|their|our|{_P}(?:'s)?|the\s+[a-z]+'s)\s+(?:[a-z]+'s\s+)?(?:own\s+)?"
    rf"(?:blog|vlog|newsletter|substack|{_SHOW_CATALOGUE})"
    rf"\s*,\s*(?:[Tt]he\s+)?(?P<source>{_P})\s*(?:[,:]|$)"
)
# "recorded for its oral-history archive, Kuulen Sinut, in 2022", "In the museum's oral-history collection, Voices in
# the Case, X remembers": the archive told by what it is, its name set beside it after a comma (a series or programme
# only as an oral history's, since "for its series, X" may name a person the series is about)
_ARCHIVE_APPOSED = linear.compile(
    rf"\b(?:[Ii]n|[Ff]or|[Ff]rom|[Ii]nto)\s+(?:the|its|his|her|their|our|{_P}'s|the\s+[a-z]+'s)\s+(?:same\s+)?"
    r"(?:(?:oral[\s-]history|sound)\s+(?:project|collection|archive|archives|recordings|series|programme)|"
    r"(?:project|collection|archive|archives|recordings))"
    rf"\s*,\s*(?:[Tt]he\s+)?(?P<source>{_P})\s*(?:[,:(]|$)"
)
# "Bell, to Radio Nord:", "Bell, the quiet one, on Instagram:", "Bell, on his Radio Nord show:", "the critic Cy Dorn,
# in The Daily Sound:": the fragment lead of a name and where (no verb), the medium ending it ("in" a name only with
# "The" and three words or more, a publication's, since "in Lisbon" is a place: checked in ``_source``)
_NAME_WHERE_SOURCE = linear.compile(
    # ("Bell's verdict, on CMT:": the words told as a verdict or answer of the one named, where they gave it)
    # ("And here is Bell, on TikTok:", "And Bell, on Instagram the day the video came out:": the lead joined on to what
    # came before, presenting the one named, and when, by a time-of-day noun, after the medium)
    # ("And since we're doing quotes, here's Bell herself, to The Courier on Friday:": why the one presented comes now,
    # before "here's"; herself, not one speaking of her; the outlet by its "the", and the weekday it was)
    r"^\s*(?:(?:And|So|But)\s+)?(?:(?:[a-z](?:[^,;:.!?\"@]|@\d+){0,40},\s+)?(?:[Hh]ere\s+is|[Hh]ere's|[Hh]ere\s+are)\s+)?"
    rf"(?:[Tt]he\s+(?:[a-z][\w-]*\s+){{1,3}})?{_P}(?:'s\s+{_WORDS_GIVEN}|\s+(?:himself|herself|themselves))?"
    r"(?:\s*,\s*(?:the|a|an|his|her|their)\s[^,;:.!?\"@]{0,40}?)?"
    # ("And Bell, live on TikTok the week it went gold:": broadcasting live on the platform, where she spoke)
    # ("Bell on Radio Nord:": the comma left out, as a card's terse lead has it)
    rf"(?:\s*,\s*|\s+)(?:live\s+on|(?:(?:writing|speaking|talking|posting)\s+)?(?P<word>on|to|in))\s+(?P<the>[Tt]he\s+)?"
    rf"(?P<kind_before>(?:an?|his|her|their|{_P})\s+)?(?P<source>{_P})"
    r"(?P<kind>\s+(?:radio\s+show|show|programme|program|podcast|interview|post|column|piece|feature))?"
    # ("Bell, on X, the day it went gold:": when, set off by a comma of its own)
    r"(?:\s*,?\s+(?:the|that|last|the\s+next|the\s+following)\s+(?:day|night|morning|evening|afternoon|week|weekend)"
    rf"(?:\s+[^,;:.!?\"@]{{1,40}})?|\s+on\s+(?P<day>@\d+)|{_AFTER_WHERE})?\s*$"
)
# "was more poetic with Le Parisien:", "was a little more guarded in Vanity Fair Italia:", "is less candid on France
# Inter:": how someone was (than the one quoted before) with, in or on a medium, ending the lead into the words
# (checked in ``_source``: a full name new to the page after "in" or "with" must read as an outlet's)
# ("went further in the Yorkshire Post:": said more than the one quoted before, in a medium named with its "the")
_MORE_SO_ON = linear.compile(
    r"\b(?:(?:was|is|were|are)\s+(?:(?:a\s+(?:little|bit|lot)|much|far|even|rather|slightly)\s+)?"
    rf"(?:(?:more|less)\s+[a-z]+|{_SAID_SO_COMPARED}){_ABOUT_IT}|(?P<further>(?:went|goes|go)\s+(?:even\s+|much\s+|a\s+step\s+)?"
    rf"further)"
    # ("is clear in Le Devoir that it is a street in Sherbrooke:": how plainly it was said, then what, after "that")
    r"|(?:was|is|were|are)\s+(?:(?:quite|very|pretty|perfectly)\s+)?(?:clear|explicit|adamant|emphatic|firm))"
    rf"\s+(?P<word>on|in|with)\s+(?P<the>[Tt]he\s+)?(?P<source>{_P})(?:\s+that\s[^:;\"]{{1,80}}?)?\s*(?::|$"
    # (or how the words were put there, 'X was more modest on Instagram, writing under a photo of the desk:', the
    # same one's doing, which names no one else)
    r"|,\s+(?:writing|posting|tweeting|sharing|captioning)\s[^:;\"@.!?]{1,80}?\s*(?::|$)"
    # (or a sentence of its own before the words, 'X was more playful on Y the night it went to number one. "...,"
    # she said', where the setting's speaker is checked to be the quote's)
    r"|[.!]\s*$|\s+(?:the|that|last|this|one)\s+(?:night|day|week|morning|evening|afternoon)\b[^:;\"]{0,80}?[.!]\s*$)"
)
# "was rather less candid when the Leeds Courier came calling:", "was shorter when Radio Nord asked him:": how someone
# was (than the one quoted before) when a medium sought them out (checked in ``_source``: a new full name must read
# as an outlet's)
_COMPARED_WHEN = linear.compile(
    r"\b(?:was|is|were|are)\s+(?:(?:a\s+(?:little|bit|lot)|much|far|even|rather|slightly)\s+)?"
    rf"(?:(?:more|less)\s+[a-z]+|{_SAID_SO_COMPARED}){_ABOUT_IT}\s+when\s+(?:[Tt]he\s+)?(?P<source>{_P})\s+"
    r"(?:asked|came\s+calling|caught\s+up\s+with|rang|called)\b"
)
# "X, in a short film the label put out, was more practical about it:": how the subject opening the lead spoke (than
# the one quoted before), ending the lead into the words, which are the subject's, whatever a relative clause inside
# an aside of where says someone else did ("the label put out")
# ("In an interview with X, he was characteristically modest:": the same, after a fronted aside of where, and told by
# a word of how one speaks, not compared, that some way of putting it is always told by)
# ("Two decades later, on the podcast X, he was a little kinder:": when, told first, set off by a comma before where;
# a phrase ending on a word of time, whose number word may be read as a mention)
_SUBJECT_COMPARED = linear.compile(
    r"^\W*(?:(?:@\d+\s+)?(?:[A-Za-z][^,;:.!?@\"]{0,40}?\s)?(?:[Ll]ater|[Ee]arlier|[Aa]fterwards|ago|\d{4}),\s*)?"
    r"(?:(?:[Ii]n|[Oo]n|[Dd]uring|[Aa]t)\s+(?:an?|the|his|her|their)\s[^,;.!?@]{0,60}?(?:@\d+[^,;.!?@]{0,30}?)?,\s*)?"
    rf"(?P<speaker>{_P})(?:\s*,\s*(?:in|on|during|at)\s+(?:an?|the|his|her|their)\s[^,;.!?]{{0,100}}?,)?\s+"
    r"(?:was|is|were|are)\s+(?:(?:a\s+(?:little|bit|lot)|much|far|even|rather|slightly)\s+)?"
    rf"(?:(?:more|less)\s+[a-z]+|{_SAID_SO_COMPARED}|(?:[a-z]{{3,}}ly\s+)?(?:{_SAID_SO})){_ABOUT_IT}\s*:?\s*$"
)
_IN_ASIDE = linear.compile(
    rf"(?:^\W*|[.;]\s+){_P}\s*,\s+in\s+(?:[Tt]he\s+)?(?P<source>{_P})\s*,\s+(?:[a-z]+ly\s+)?"
    rf"(?:(?:{SPEECH_VERBS})\b|(?:was|is|were|are)\s+(?:(?:a\s+(?:little|bit|lot)|much|far|even|rather|slightly)\s+)?"
    rf"(?:(?:more|less)\s+[a-z]+|{_SAID_SO_COMPARED})\s*(?::|$))"
)
# What begins an outlet's name (an article of its tongue: "Le Parisien", "El Tiempo", "Il Foglio")
# "On X, ...": where the words were said, set first in the sentence
# ("has said little, but on Instagram she wrote:": fronted in a clause joined on by a conjunction, as in a sentence)
_ON_FRONTED = linear.compile(rf"(?:(?:^|[.;]\s+)On|,\s+(?:but|and|yet|so)\s+on)\s+(?:[Tt]he\s+)?(?P<source>{_P})")
# the subject after such a fronted phrase
_FRONTED_SUBJECT = linear.compile(r"\s*,\s*(?:(?:the|a|an|our|their)\s+[a-z]|(?P<subject>@\d+))")


def _common_subject(clause: Clause, at: int) -> bool:
    """Whether the subject after a fronted phrase ending at ``at`` is a common noun's phrase ("the group", "a crowd"),
    even one the page resolves to a band or person, and not a name."""
    found = _FRONTED_SUBJECT.match(clause.skeleton, at)
    if found is None:
        return False
    subject = clause.mention(found.group("subject"))
    return subject is None or (subject.kind == "description" and subject.text[:1].islower())


_OUTLET_ARTICLE = frozenset({"le", "la", "les", "el", "il", "lo", "der", "die", "das", "het", "de", "o", "a", "os"})
# Articles that open an outlet's name in another tongue ("El País", "Le Parisien", "Die Zeit"), without those that
# also open surnames ("De Vries", "Lo Bianco") or stand alone as a letter
_TITLED_ARTICLE = _OUTLET_ARTICLE - {"de", "lo", "o", "a"}
# After a broadcaster's or a publisher's name, what it put out and that one's own name ("the RNZ programme Music 101")
_OWN_NAME_AFTER = linear.compile(
    r"\s+(?:programme|program|show|radio\s+show|podcast|series|magazine|column)\s+(?P<own>@\d+)"
)
# "said on Annie Mac's old slot on Radio Nord": someone's show or slot (a few words) on a station, which is the medium
# the words went out on, not the one whose slot it is
_SLOT_ON = linear.compile(r"'s\s+(?:[a-z][\w-]*\s+){1,3}?on\s+(?:the\s+)?(?P<station>@\d+)")
# "'s show", "'s podcast": what a name owns, right after it
_WHOSE_SHOW = linear.compile(r"'s\s+(?:[a-z][\w-]*\s+){0,2}(?:show|programme|program|podcast)\b")
# "in an interview with Radio Nord"; ("in a YouTube interview with Radio Nord": the platform it was put on, before
# "interview", is where it went out, the outlet it was with still the source; a broadcaster's name there is held to
# be the source itself, read by the patterns after)
_INTERVIEW_WITH = linear.compile(
    rf"\b[Ii]n\s+an?\s+(?:(?:\d{{4}}|recent|later|new|exclusive|candid|rare|long|lengthy|short|brief|wide-ranging)\s+)?"
    rf"(?:(?P<put_on>{_P})\s+)?(?:(?:interview|conversation|chat|sit-down|Q&A)\s+(?:with|for)"
    # ("in a documentary for TVP": the broadcaster a film or programme was made for is where it went out)
    r"|(?:documentary|docuseries|programme|program|special)\s+for)"
    rf"\s+(?:[Tt]he\s+)?(?P<source>{_P})"
)
# "said on her BBC Radio 1Xtra show", "on his Radio Nord programme": one's own programme named by the station it goes
# out on, which is where the words were said, right after the saying (the pronoun read as a mention; checked in
# ``_source``: the name must read as a station's, since "on her Glastonbury show" names a concert)
_OWN_STATION_SHOW = linear.compile(
    rf"\b(?:{SAYING})\s+(?:on|during)\s+(?:his|her|their|{_P})\s+(?:own\s+)?(?P<source>{_P})\s+"
    r"(?:show|programme|program|slot)\b"
)
_SOURCES = [
    # "the podcast Tape Hiss", "the Canarian newspaper La Provincia", "the talk show Sobremesa"
    # ("the radio network Cadena SER", "the television network TV Cultura": a broadcaster's network, not anyone's)
    linear.compile(
        rf"\b(?:[\w-]+\s+|{_P}\s+)?(?:newspaper|paper|magazine|podcast|talk\s+show|radio\s+show|TV\s+show|"
        r"(?:radio|television|TV|broadcasting)\s+network|"
        rf"show|programme|program|radio\s+station|station|broadcaster|channel|website|site|portal|daily|weekly|monthly|fortnightly|"
        rf"quarterly|tabloid|outlet|webzine|zine|fanzine|e-zine|blog|publication|journal|trade\s+(?:title|paper|press)|"
        # ("a TV programme called Kvarten": the one word of its name, given by "called" or "named")
        rf"series|documentary)(?:\s+(?:called|named))?\s+(?P<source>{_P})"
    ),
    # ("speaking years later to Radio Nord": when, between the verb and where)
    # ("speaking for the band on Instagram", "for Bell on X": on whose behalf, between the verb and where)
    linear.compile(
        rf"\b(?:[Ss]peaking|[Tt]alking|[Cc]hatting|[Ww]riting|[Pp]osting)"
        r"(?:\s+(?:(?:many|some|a\s+few|two|three|\d+)\s+)?(?:years|months|decades|weeks|long|much)\s+"
        r"(?:later|afterwards|after))?"
        rf"(?:\s+for\s+(?:(?:the|his|her|their|both)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|{_P}))?"
        # ("speaking in Breton on X": in what tongue, or in which town, then where it was said)
        rf"(?:\s+in\s+(?:{_P}|\p{{Lu}}[\w-]*))?"
        rf"\s+(?:to|with|on|in)\s+(?:[Tt]he\s+)?(?P<source>{_P})"
    ),
    _TO_FIRST,
    # "X, interviewed on France Inter, was conciliatory": the programme or station the interview was on
    linear.compile(rf"\b[Ii]nterviewed\s+(?:live\s+)?on\s+(?:[Tt]he\s+)?(?P<source>{_P})"),
    _INTERVIEW_WITH,
    _OWN_STATION_SHOW,
    # "Asked on his Sunday show on Radio Nord", "speaking on her show on X": one's own programme on a station, which
    # is where the words went out (whose show it is is told by the pronoun, no name)
    linear.compile(
        rf"\b(?:[Oo]n|[Ii]n|[Dd]uring)\s+(?:his|her|their|{_P}(?:'s)?)\s+(?:(?:[\w-]+|{_P})\s+){{0,2}}?"
        rf"(?:show|programme|program|slot|radio\s+show|podcast)\s+on\s+(?:[Tt]he\s+)?(?P<source>{_P})"
    ),
    linear.compile(
        rf"\b(?:[Aa]sked\s+(?:about\s+(?:[\w'-]+\s+){{1,4}})?|[Ii]nterviewed\s+|[Qq]uoted\s+)by\s+(?:[Tt]he\s+)?"
        rf"(?P<source>{_P})"
    ),
    # "In the one interview he has given about the record, to El Tiempo,": an interview is given to a medium (with a
    # journalist it is had "with" them)
    linear.compile(
        r"\b[Ii]nterviews?\s+(?:@\d+\s+)?(?:has\s+|have\s+|had\s+)?(?:ever\s+)?given\b(?:[^;:.!?\"@,]|@\d+){0,60}?"
        rf",?\s+to\s+(?:[Tt]he\s+)?(?P<source>{_P})\s*[,:.]"
    ),
    # "replays a 2018 interview from BBC Radio 6 Music, in which she says": a piece of a broadcast, by where it is from
    linear.compile(rf"\b(?:interview|clip|excerpt|segment)\s+from\s+(?:[Tt]he\s+)?(?P<source>{_P})"),
    # "was on the front of the Courier the week it came out, and he said": a paper's front page carries its story (one
    # is on it, or makes it; not "stood on the front of the ferry")
    linear.compile(
        r"\b(?:(?:was|were|is|are|been)\s+on|(?:made|makes|make)(?:\s+it\s+(?:onto|on))?)\s+the\s+front(?:\s+page)?\s+of\s+"
        rf"(?:[Tt]he\s+)?(?P<source>{_P})"
    ),
    # "was later quoted in Pianist Weekly as saying": where the words were printed
    linear.compile(rf"\b[Qq]uoted\s+in\s+(?:[Tt]he\s+)?(?P<source>{_P})"),
    # "in her recording for the Voices of Ashcombe project", "a tape held in the X collection", "one of the longest
    # interviews in the Society's X recordings": an oral-history archive, by what it is, where the words were kept
    _ARCHIVE,
    _ARCHIVE_APPOSED,
    _MEDIUM_APPOSED,
    _WROTE_IN,
    _WROTE_FOR,
    # "she wrote in her Sunday Independent column": the paper named before the column one writes in it
    linear.compile(
        rf"\b(?:wrote|writes|writing)\s+in\s+(?:his|her|their|{_P}(?:'s)?)\s+(?:weekly\s+|regular\s+|monthly\s+)?"
        rf"(?P<source>{_P})\s+(?:column|blog|newsletter)\b"
    ),
    _SAID_IN_PRINT,
    _BEEN_IN_PRINT,
    _SAID_AT_EVENT,
    # "asked about the song on BBC Radio 2" ("When a fan asked her about it on Twitter": whom the question was put to)
    linear.compile(rf"\b[Aa]sked\s+(?:@\d+\s+)?about\s+(?:[\w'-]+\s+){{1,4}}?on\s+(?:[Tt]he\s+)?(?P<source>{_P})"),
    _ASKED_ON,
    # '"...," admitted X, the eldest, on Blu Radio.': a saying after the quote, its speaker set off by an apposition,
    # then where it was said
    linear.compile(
        rf"\b(?:{SAYING})\s+{_P}\s*,\s*[^,;:.!?@\"]{{1,50}}?,\s+on\s+(?:[Tt]he\s+)?(?P<source>{_P})\s*(?:[,.;:]|$)"
    ),
    _CRITIC_OF,
    _ASKED,
    _OUTLET_DID,
    # "performed the song on Music Station", "sang it live on Later" ("Playing it live on X, she ...": the participle
    # may open the sentence)
    linear.compile(
        rf"\b(?:[Pp]erformed|[Pp]erforming|[Pp]layed|[Pp]laying|[Ss]ang|[Ss]inging)\s+(?:[\w'-]+\s+){{0,3}}?on\s+"
        r"(?:[Tt]he\s+)?"
        rf"(?P<source>{_P})"
    ),
    # "said in the final of Der Grosse Preis", "told the judges in her first audition on X", "on the audition episode
    # of X", "said from his chair on X": a round, an episode or a seat of a programme, where the saying was
    linear.compile(
        rf"\b(?:{SAYING})(?:\s+(?:[a-z][\w'-]*|{_P})){{0,3}}?\s+(?:in|on|at|during|from)\s+"
        rf"(?:the|an?|his|her|their|its|{_P})\s+(?:[\w'-]+\s+){{0,2}}?"
        r"(?:final|semi-final|quarter-final|heat|audition|auditions|episode|live\s+show|round|chair|seat)\s+"
        rf"(?:of|on)\s+(?:[Tt]he\s+)?(?P<source>{_P})"
    ),
    _ROUND_OF,
    _KIND_APPOSED,
    _PLAYED_OURS,
    _PLAYED_AT,
    _TOLD,
    # "but he did say this to Humo", "she does tell Humo": the saying stressed with "do", then where it was said
    linear.compile(
        rf"\b(?:did|does|do)\s+(?:(?:say|mention)(?:\s+(?:it|this|that|so))?\s+(?:on|to)|tell)\s+(?:[Tt]he\s+)?"
        rf"(?P<source>{_P})"
    ),
    # a guest's visit to a programme, in a presenter's words: "when she came on The Long Night", "when he rang in to
    # last week's X", "when she dropped in to X", "came in to see us on X" (one comes on, or rings in to, a
    # programme, not a person)
    linear.compile(
        rf"\b(?:(?:came|comes|coming)\s+on|(?:rang|rings|ringing|phoned|phones|called|calls|dropped|drops|popped|pops|"
        rf"came|comes)\s+in\s+to(?:\s+(?:see|visit)\s+(?:us|me|@\d+)\s+on)?)\s+"
        rf"(?:(?:last|this|that|next)\s+(?:week|night|month|year)'s\s+|[Tt]he\s+)?(?P<source>{_P})"
    ),
    # "when she visited Onda Sur FM", "came to see me at Radio Nord": a guest's visit to a station, named as one (a
    # town or a friend is visited too; checked on the match)
    _VISITED_STATION := linear.compile(
        r"\b(?:visited|visits|visiting|(?:came|comes|coming)\s+(?:in\s+)?to\s+(?:see|visit)\s+(?:us|me|@\d+)\s+at)\s+"
        rf"(?:[Tt]he\s+)?(?P<source>{_P})"
    ),
    _APPEARED_ON := linear.compile(
        # ("was a guest on BBC Radio Scotland": a guest appears)
        rf"\b(?:[Aa]ppeared|[Aa]ppearing|[Aa]ppearance|[Aa]ppears|an?\s+guest)\s+on\s+(?:the\s+)?(?:(?:famous|popular|well-known|hit)\s+)?"
        rf"(?P<source>{_P})(?:\s+(?:channel|show|podcast|programme|program|series))?(?:\s+on\s+(?P<platform>{_P}))?"
    ),
    # "Appearing on Cy Dorn's show on Radio Nord", "a guest on the late show on Radio Nord": a programme named by whose
    # it is or by what it is, then the station it went out on, which is the source (so with a verb of saying:
    # "recalled on Cy Dorn's show on Radio Nord")
    linear.compile(
        rf"\b(?:[Aa]ppeared|[Aa]ppearing|[Aa]ppears|an?\s+guest|{SPEECH_VERBS})\s+on\s+(?:the|a|an|his|her|their|@\d+'s)\s+"
        r"(?:[a-z][\w'-]*\s+){0,3}?(?:show|programme|program|podcast)\s+on\s+(?:[Tt]he\s+)?"
        rf"(?P<source>{_P})"
    ),
    # "Later, on Cy Dorn's show on Radio Nord, she admitted:", "On his Sunday show on Radio Nord, X said": the same
    # programme and its station, fronted and set off by a comma before the one speaking
    linear.compile(
        # (a pronoun before it is read as a mention: "on @1 Sunday show")
        r"(?:^\W*|,\s+)[Oo]n\s+(?:the|a|an|his|her|their|@\d+(?:'s)?)\s+"
        r"(?:[a-z\p{Lu}][\w'-]*\s+){0,3}?(?:show|programme|program|podcast)\s+on\s+(?:[Tt]he\s+)?"
        rf"(?P<source>{_P})\s*,"
    ),
    linear.compile(
        rf"\b(?:{SPEECH_VERBS})(?:\s+(?:it|this|that|fans|followers|viewers|listeners|readers|"
        r"the\s+(?:song|track|single|record|tune|video)))?(?:\s+(?:simply|"
        # ("put it like this to X", "put it that way on X": how the words were put, before whom they were put to)
        r"briefly|later|once|like\s+(?:this|that)|(?:this|that)\s+way))?"
        rf"\s+(?:on|to)\s+(?:[Tt]he\s+)?{_KIND_OWNED}(?P<source>{_P})"
    ),
    # "told the hosts of Radio Nord's show", "told the listeners of X": those who heard it are of the programme or
    # paper named after them, which is where the words went out ("told listeners of X": the plural needs no article)
    linear.compile(
        rf"\b(?:{SPEECH_VERBS})\s+(?:the\s+)?(?:hosts|presenters|panel|listeners|readers|viewers)\s+of\s+(?:[Tt]he\s+)?"
        rf"(?P<source>{_P})"
    ),
    # ("In that old Vevo interview": a demonstrative, and any one word for it, before the name)
    # ("in her Radio Nord interview", "in the band's Radio Nord interview": whose it was, read as a mention or not)
    # ("I've got the Radio Nord interview here": the printed interview one reads the words out of)
    linear.compile(
        rf"\b(?:(?:[Ii]n|[Dd]uring|[Oo]n|[Ff]or)\s+(?:an?|the|his|her|their|that|this|one|{_P}|the\s+[a-z]+'s)|"
        rf"(?:got|have)\s+the)\s+(?:(?:\d{{4}}|[a-z][\w-]*)\s+)?"
        rf"(?P<source>{_P})\s+(?:post|story|video|livestream|live|caption|AMA|interview|"
        r"episode|session|appearance|Q&A|thread|feature|documentary|special|broadcast|profile|cover\s+story|"
        # ("reply in the Instagram comments": what was written under a post there)
        r"comments|comment\s+section|replies)\b"
    ),
    # "Her Radio Nord interview says the opposite:", "The Radio Nord feature has the actual story": the piece itself,
    # named by its medium, opening its sentence as the subject that tells or holds the words (a pronoun before it is
    # read as a mention)
    linear.compile(
        rf"(?:^|[.;]\s+)\W*(?:The|His|Her|Their|{_P}(?:'s)?)\s+(?P<source>{_P})\s+(?:interview|feature|profile|piece|article)\s+"
        r"(?:has|had|says|said|gives|gave|quotes|quoted|tells|told)\b"
    ),
    # "wrote in the family WhatsApp group:", "a voice note for the family Signal chat": a messaging app's group, where
    # the words were written or said (not "the Warner group of labels", a company's)
    linear.compile(
        rf"\b(?:[Ii]n|[Oo]n|[Ff]or|[Tt]o|[Vv]ia)\s+(?:an?|the|his|her|their|our|that|this)\s+(?:[a-z][\w-]*\s+)?"
        rf"(?P<source>{_P})\s+(?:group\s+chat|group|chat|thread)(?:\s*[,;:.!]|\s*$|\s+(?:[a-np-z]|o[^f\s]|of[\w-]))"
    ),
    _OWNERS_PIECE,
    linear.compile(
        # ("a post on his Substack": whose platform it is; "a Q&A on YouTube": questions answered on it)
        # ("a Q&A with Cy Dorn" is with its host, no medium)
        # ("a behind-the-scenes clip on YouTube": a short video is put on a platform as a longer one is)
        rf"\b(?:(?:post|livestream|stream|broadcast|video|clip|story|interview|session|appearance|thread|episode)\s+"
        rf"(?:on|for|with|of)|(?:Q&A|AMA)\s+on)\s+"
        rf"(?:[Tt]he\s+|(?:his|her|their|its|{_P})(?:\s+own)?\s+)?(?P<source>{_P})"
    ),
    _ON_FRONTED,
    _ON_AFTER_WHEN,
    # "In a message to fans on Weverse, X wrote": where a message to someone was put up
    # ("in a live video for her fans on Instagram": a video made for someone, put up the same way)
    linear.compile(
        rf"\b(?:[Ii]n|[Vv]ia)\s+an?\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:(?:message|note|letter|statement|post)\s+to"
        r"|(?:message|note|letter|statement|post|video|clip|livestream)\s+for)\s+"
        rf"(?:(?:{_P}|[a-z][\w'-]*)\s+){{1,3}}?(?:on|via)\s+(?:[Tt]he\s+)?(?P<source>{_P})"
    ),
    # "Bell, on Radio Nord, told it": where, set off between the speaker and the saying (one is "on" a programme,
    # never on a person; "Bell, on Dorn:" with no verb after may be what she spoke about)
    # ("Bell, on Radio Nord before the gig, told it": when, after where, inside the same commas)
    linear.compile(
        rf"(?:^|[.;]\s+){_P}\s*,\s+on\s+(?:[Tt]he\s+)?(?P<source>{_P})"
        r"(?:\s+(?:before|after|during)\s+(?:the|a|an|his|her|their)\s+[a-z][\w'-]*"
        r"|\s+(?:this|last|that|yesterday|on\s+the)\s+(?:morning|afternoon|evening|night|week|day))?"
        rf"\s*,\s+(?:[a-z]+ly\s+)?(?:{SPEECH_VERBS})\b"
    ),
    # "Bell, in Dagens Nyheter, was more measured:", "Bell, in the Irish Times, said": the paper she was quoted in, set
    # off between the speaker and the saying (checked in ``_source``: the name must read as a publication's, since
    # "Bell, in Buenos Aires, said" is where she was)
    _IN_ASIDE,
    _UNDER_POST,
    # "did a Reddit AMA a while back", "hosted an Instagram Q&A": what was held on a platform, by whoever held it
    # ("did a YouTube live from Seoul": "live" as the noun, ending its phrase; "a BBC live session" is a session)
    linear.compile(
        rf"\b(?:did|does|held|holds|hosted|hosts|ran|runs)\s+(?:an?|his|her|their)\s+(?P<source>{_P})\s+"
        r"(?:(?:AMA|Q&A|livestream|stream|live\s+stream)\b|live(?:\s*[,.;:!?]|\s*$|\s+(?:from|on|in|at|with|after|"
        r"before|and|for|to|last|this|that)\b))"
    ),
    _ACCOUNT_GIVEN,
    # "wrote a long Facebook post about ...": a post named by its platform, after the verb that made it
    linear.compile(
        rf"\b(?:wrote|writes|posted|posts|shared|shares|published|publishes)\s+an?\s+(?:[a-z][\w-]*\s+){{0,2}}"
        rf"(?P<source>{_P})\s+(?:post|thread|caption|status|update|note|story)\b"
    ),
    # "X's version, from a Facebook post he wrote,": words taken from a post, named by its platform (the noun ends its
    # phrase: "from a Berlin post office" is a place)
    linear.compile(
        rf"\b[Ff]rom\s+(?:an?|the|his|her|their|that|this|one)\s+(?:[a-z][\w-]*\s+)?(?P<source>{_P})\s+"
        r"(?:post|caption|thread|status|update|story|comment)"
        r"(?:\s*[,;:.!?]|\s*$|\s+(?:@\d+|that|which|where|from|in|on|about|of|the|a|an)\b)"
    ),
    # "posted a TikTok of herself": a post named by its platform
    linear.compile(rf"\b(?:posted|shared|uploaded)\s+an?\s+(?P<source>{_P})\s+(?:of|in|from|where|showing)\b"),
    # "X's verdict went up on Instagram the day after:": one's words told by what they were, put up on a platform
    # ("a long letter posted to the group's Daum Cafe": or on someone's own page there, named after whose it is; a
    # letter "posted to" a name with no owner may have gone by mail, to a person)
    linear.compile(
        r"\b(?:(?:verdict|message|reply|response|statement|post|note|tribute|answer|thanks|apology|review)\s+"
        rf"(?:(?:went|goes|was|is)\s+)?(?:up|put\s+up|posted)\s+(?:on|to)\s+(?:[Tt]he\s+)?|"
        r"(?:verdict|message|reply|response|statement|post|note|tribute|answer|thanks|apology|review|letter)\s+"
        r"(?:(?:went|goes|was|is)\s+)?(?:up|put\s+up|posted)\s+(?:on|to)\s+"
        rf"(?:the\s+[a-z][\w-]*'s|his|her|their|its|{_P}'s)\s+)(?P<source>{_P})"
    ),
    _APPOSED_KIND,
    # ("On his Instagram stories, X wrote", "On the group's YouTube channel": the same opening the sentence; "a post on
    # the label's Instagram account": whoever's the account is, a platform's page is where the words were put; "a
    # video diary for the contest's YouTube channel": made for it)
    linear.compile(
        rf"\b(?:[Oo]n|[Tt]o|[Ii]n|[Ff]or)\s+(?:the\s+[a-z][\w-]*'s|(?:his|her|their|{_P})(?:\s+own)?|{_P}'s)\s+"
        rf"(?P<source>{_P})\s+(?:page|account|feed|story|stories|channel|profile|post|live|server)\b"
    ),
    # "on the Basement Tapes podcast", "in a piece for Groove magazine": the name before what it is
    linear.compile(
        rf"\b(?:on|in|for|to|with)\s+(?:the\s+)?(?P<source>{_P})\s+(?:podcast|magazine|newspaper|radio\s+show|"
        r"show|programme|program|series|documentary|zine|website)\b"
    ),
    # "in his column for the Hindustan Times", "a piece she wrote for Mojo": a piece written for a medium
    linear.compile(
        r"\b(?:column|piece|article|essay|op-ed|op-eds|columns|pieces|articles|essays)\s+(?:(?:he|she|they|@\d+)\s+"
        rf"(?:wrote|writes|had\s+written)\s+)?for\s+(?:[Tt]he\s+)?(?P<source>{_P})"
    ),
    # "told the story to Blues Weekly in 1982", "has told the story many times, most recently to The Courier": the
    # story told to a medium, as "told X" is ("told the story again this week on France Inter": or on one, which no
    # person is, when it was told again)
    linear.compile(
        r"\b(?:told|tells|recounted|recounts)\s+(?:the|that|this)\s+(?:story|tale|anecdote)"
        r"(?:\s+(?:many|several|countless|a\s+few|a\s+hundred)\s+times)?"
        rf"(?:\s*,\s*(?:most\s+recently|most\s+famously|once|first|again)\s*,?)?"
        r"(?:\s+to|(?:\s+again)?(?:\s+(?:this|last|that)\s+(?:week|month|year|morning|night|weekend))?\s+on)"
        rf"\s+(?:[Tt]he\s+)?(?P<source>{_P})"
    ),
    # "went back to the song on Radio Nord last month", "revisited the record on X": coming back to a work or a story,
    # aloud, on a programme (one talks "on" a programme, never on a person, so a new full name there is one; "returned
    # to the studio on New Year's Day" is no topic, and when)
    linear.compile(
        r"\b(?:(?:went|goes|going|came|comes|coming)\s+back\s+to|returned\s+to|returns\s+to|returning\s+to|revisited|"
        r"revisits|revisiting)\s+(?:it|them|(?:the|that|this|his|her|their|its|@\d+'s)\s+(?:[a-z][\w'-]*\s+){0,2}?"
        r"(?:song|songs|track|single|record|album|tune|story|subject|topic|lyrics?|video|chorus|verse|recording|"
        r"sessions|era|memory|memories|moment))"
        rf"\s+on\s+(?:[Tt]he\s+)?(?P<source>{_P})"
    ),
    # "said X, who presents the breakfast show on BBC Radio Nord, on her programme this week": the programme the speaker
    # presents, where the clause then says she spoke (the station it is on; not without "her programme": where one
    # works is not where one said something)
    linear.compile(
        r"\b(?:presents|presented|hosts|hosted|fronts|fronted|co-hosts|co-hosted)\s+(?:the|a|an|@\d+)\s+"
        r"(?:[a-z][\w'-]*\s+){0,3}?(?:show|programme|program|podcast)\s+on\s+(?:[Tt]he\s+)?"
        rf"(?P<source>{_P})[^.;!?@]{{0,80}}?\bon\s+(?:his|her|their|@\d+)\s+(?:own\s+)?(?:show|programme|program|podcast)\b"
    ),
    # "talked RT\u00c9 Radio 1 through the lyric": whom one talks through something is a medium (not a new
    # full name: "walked Cy Dorn through it" is a person)
    linear.compile(rf"\b(?:talked|talks|walked|walks|took|takes)\s+(?:the\s+)?(?P<source>{_P})\s+through\b"),
    _NAME_WHERE_SOURCE,
    _MORE_SO_ON,
    _COMPARED_WHEN,
    # "This is my favourite, from the Korea JoongAng Daily:": words presented as taken from a publication, named
    # with its "the" right where the lead ends
    linear.compile(rf",\s*from\s+[Tt]he\s+(?P<source>{_P})\s*:?\s*$"),
    # "went on a podcast, Signal Path it's called,": its name set off after what it is, and said to be its name
    linear.compile(
        r"\b(?:podcast|show|programme|program|series|channel|station|blog|newsletter|zine|magazine)\s*,\s*"
        rf"(?P<source>{_P})\s+(?:it's|it\s+is|it\s+was)\s+called\b"
    ),
]
# "Speaking at Musikbranschdagen in Stockholm, X ...": the event one spoke at (not someone's: "at Eda Fenn's wedding"
# names whose; nor a new full name, which may be a person's)
# ("Speaking from the stage at X", "speaking on stage at X": from the event's stage is at the event)
# ("Introducing the song at the Grand Ole Opry, X said": a singer's words before a song, said on stage at the event)
_SPEAKING_AT = linear.compile(
    # (opening the sentence, "Introducing" is read as a name: the mention, checked to be the word, stands for it)
    rf"(?:\b[Ss](?:peaking|poke)|(?:\b[Ii]ntroducing|^(?P<lead>@\d+))\s+(?:the|this|that|their|her|his)\s+song)\s+"
    rf"(?:(?:from|on)\s+(?:the\s+)?(?:main\s+)?stage\s+)?at\s+(?:[Tt]he\s+)?(?P<source>{_P})"
)
# Where someone spoke told with other words before "on" or "to": "described their first meeting to Le Parisien",
# "spoke about that night on RTÉ Radio 1", "spilled the tea on Los40:" (a lead ending at the name), "sat down
# with CMT". A new full name there may be whom they spoke to, so these take only a name that reads as no person's.
_LOOSE = [
    linear.compile(
        # ("stopped to talk to X": the infinitive, after a verb of the speaker's)
        # ("paid tribute to her on BBC Radio Scotland": a tribute paid is words said, on a medium)
        # ("were described by her on X": the passive's agent, the speaker, after the verb)
        rf"\b(?:{SPEECH_VERBS}|to\s+(?:talk|speak|chat)|(?:paid|pays|paying)\s+tribute(?:\s+to\s+@\d+)?|{_LET_SLIP})"
        rf"{_HOW_SAID}\s+"
        rf"(?:by\s+(?:the\s+)?{_P}\s+)?(?:about\s+)?(?:(?:the|their|his|its|our|my|that|this|{_P})\s+)?"
        # ("explained the origins of the collaboration to The Japan Times": what was told may take a few words; "told
        # the story of how the band began to Antena 3": how someone or something began, before whom it was told to)
        rf"(?:(?:story|tale)\s+of\s+how\s+(?:{_P}|the\s+[a-z]+)\s+(?:began|started|met|happened|came\s+together)\s+|"
        rf"(?:[a-z][\w'-]*\s+){{0,5}}?)(?:on|to)\s+(?:[Tt]he\s+)?(?P<source>{_P})"
    ),
    # "recalled the evening for Radio Nord", "looking back on the song for The Courier": remembering aloud for a medium
    # (not "wrote it for", which may be a song written for someone)
    linear.compile(
        r"\b(?:recalled|recalls|recalling|remembered|remembers|remembering|recounted|recounts|reflected|reflecting|"
        # ("reviewing the album for Clash": a critic's words, for the medium that printed the review)
        r"reminisced|reminiscing|looked\s+back|looking\s+back|looks\s+back|spoke|speaking|talked|talking|"
        r"reviewed|reviewing|reviews)\s+"
        r"(?:(?:on|about)\s+)?(?:(?:the|their|his|her|its|that|this)\s+)?(?:[a-z][\w'-]*\s+){0,3}?for\s+"
        rf"(?:[Tt]he\s+)?(?P<source>{_P})"
    ),
    # "summed the whole thing up for X", "sums it up for X": putting it in a few words, for a medium ("summed up the
    # shoot on Instagram": or on one)
    linear.compile(
        r"\b(?:summed|sums|summing)\s+(?:(?:it|this|that|(?:the|their|his|her|its)\s+(?:[a-z][\w'-]*\s+){0,2}?"
        r"[a-z][\w'-]*)\s+)?up\s+"
        rf"(?:(?:it|this|that|the\s+(?:[a-z][\w'-]*\s+){{0,2}}?[a-z][\w'-]*)\s+)?(?:for|on)\s+(?:[Tt]he\s+)?(?P<source>{_P})"
    ),
    # "shared a clip from the studio on X with the caption": where a post was put (after its object)
    # ("first teased the song on Instagram": a preview is put somewhere too)
    linear.compile(
        # ("reposts the whole thing on Instagram": the present, and a post put up again)
        rf"(?:\b(?:(?:re)?posted|(?:re)?posts|shared|shares|uploaded|uploads|published|publishes|teased|teases|previewed|"
        rf"previews|unveiled|unveils)\s+(?:an?|the|some|his|her|their)\s+(?:(?:[\w'-]+|{_P})\s+){{0,12}}?(?:on|to)"
        # ("put this up on Facebook", "put up a picture on Instagram": a post put up is put somewhere too)
        r"|\b(?:put|puts|putting)\s+(?:(?:it|this|that|them)\s+)?up\s+"
        r"(?:(?:an?|the|some|his|her|their)\s+(?:[\w'-]+\s+){0,6}?)?on)"
        rf"\s+(?:[Tt]he\s+)?(?P<source>{_P})"
    ),
    # "In a short documentary about the making of the song, released on YouTube, X recalled": where the programme the
    # words were said in was put out
    linear.compile(
        r"\b(?:documentary|docuseries|film|video|interview|clip|series|programme|program|special|episode|podcast)\b"
        r"[^;:.!?\"]{0,100}?\b(?:released|posted|published|uploaded|broadcast|aired|shown|streamed|premiered)\s+on\s+"
        rf"(?:[Tt]he\s+)?(?P<source>{_P})"
    ),
    # "asked on the late-night programme of Radio Minuit": a programme named by the station it is of
    linear.compile(rf"\b(?:programme|program|show|broadcast)\s+of\s+(?:[Tt]he\s+)?(?P<source>{_P})"),
    # "gave her version to The Scotsman", "X's account, which she gave to Texas Monthly,": a telling handed to a medium,
    # named after it (not "gave a long one to Mojo", which test_adding_a_thing_to_the_song_is_no_saying leaves unread)
    linear.compile(
        r"\b(?:gave|gives|give|giving)\s+(?:(?:(?:his|her|their|its|the|an?|one|@\d+)\s+)?(?:[a-z][\w'-]*\s+){0,2}?"
        r"(?:side|account|version|story|take|answer|interview|verdict)\s+)?"
        rf"to\s+(?:[Tt]he\s+)?(?P<source>{_P})"
    ),
    # "was happy to talk money with NME", "chatted about the split with Pulse": talking with a medium (a name no
    # one's: "talked it over with Cy Dorn" is with a person)
    linear.compile(
        rf"\b(?:talk|talks|talked|talking|chat|chats|chatted|chatting|spoke|speak|speaks)\s+(?:[a-z][\w'-]*\s+){{0,3}}?"
        rf"with\s+(?:[Tt]he\s+)?(?P<source>{_P})"
    ),
    # "gave the Graphic his side of it", "gave The Irish Times the same story": a telling handed to a medium
    linear.compile(
        rf"\b(?:gave|gives|giving|offered|offers)\s+(?:[Tt]he\s+)?(?P<source>{_P})\s+"
        rf"(?:(?:his|her|their|its|the|an?|{_P})\s+)?"
        r"(?:(?:own|same|full|first)\s+)?(?:side|account|version|story|take)\b"
    ),
    # "In a statement to Eko TV, X said", "in comments to Radio Nord": words given to a medium (a new full name there
    # may be whom they were sent to)
    linear.compile(rf"\b(?:statement|comments|remarks|message|note|letter)\s+to\s+(?:[Tt]he\s+)?(?P<source>{_P})"),
    # "when she sat down with CMT", "sitting down with the Irish Times": an interview's idiom
    linear.compile(rf"\b(?:sat|sits|sit|sitting)\s+down\s+with\s+(?:[Tt]he\s+)?(?P<source>{_P})"),
    # "Grünwald to Klangwelt:", "Doherty, to The Long Room Review:", "O'Connell, on Instagram, release day:": a
    # lead of a name and where, with no verb, as a headline has it
    # ('... happy." Youssef, on Instagram, kept it simple:': a lead after a quote may open on a space)
    # ("Bell, on Radio Nord the week it came out:": when, told by a span of the calendar and what it was of)
    # ("Bell added, on Radio Nord:": a verb of saying or going on, then where set off by a comma; "He later added,
    # on YouTube,": when, by an adverb before the verb)
    linear.compile(
        rf"(?:^\s*|[.;]\s+){_P}(?:(?:\s+(?:later|then|also|[a-z]+ly))?\s+(?:added|adds|said|says|continued|continues)\s*,)?\s*,?\s+(?:to|on)\s+"
        rf"(?:[Tt]he\s+)?(?P<source>{_P})"
        # ("Bell, on Radio Nova in Paris:": where the station is, one place after "in")
        r"(?:\s+in\s+@\d+)?"
        r"(?:\s+(?:the|that|this|last)\s+(?:day|night|week|weekend|month|year)\b[^,;:.!?@\"]{0,40}?)?\s*(?:[,:]|$)"
    ),
    # "Bell on Radio Nord gives the only explanation of the title:": the one named and where, as in the lead above,
    # then an account given there as the verb
    linear.compile(
        rf"{_P}\s+(?:on|to|in)\s+(?:[Tt]he\s+)?(?P<source>{_P})\s+(?:gives|gave|offers|offered)\s+"
        r"(?:the|an?|his|her|their)\s+(?:[a-z][\w'-]*\s+){0,2}?(?:explanation|account|version|answer|story|reason)\b"
    ),
    # "which her granddaughter passed on to VG:": words handed on to a medium, which printed them
    linear.compile(
        rf"\b(?:passed|passes|passing)\s+(?:(?:it|them|this|that)\s+)?on\s+to\s+(?:[Tt]he\s+)?(?P<source>{_P})"
    ),
    # "was on Harbour FM last month and explained": a guest of the programme
    linear.compile(rf"\b(?:was|were|is|are)\s+(?:recently\s+|back\s+)?on\s+(?:[Tt]he\s+)?(?P<source>{_P})"),
    _SPEAKING_AT,
    # (not after words that make what follows "on" the topic: "looked back on Glastonbury:"; a platform is where:
    # "fires back on X:"; an inline quote's lead ends before its colon: 'Bell chimes in on TikTok: "..."')
    # ("was more practical on X last winter:": when, told by "last" or "this" and a span of the calendar, may end it;
    # "on X, Y's second channel:", "on X, the station's late show:": an apposition saying what X is, naming no one
    # but whose it is)
    linear.compile(
        # ("looked back on the shoot on Radio Nord's Sunday Sounds:": a station's programme, after its possessive)
        rf"(?:^|\s)(?:[a-z]+\s+)?(?P<word>[\w'-]+)\s+on\s+(?:[Tt]he\s+)?(?P<source>{_P})(?:\s+app|'s\s+@\d+)?"
        r"(?:\s+(?:last|this)\s+(?:year|month|week|weekend|winter|spring|summer|autumn|season)"
        # ("was still laughing about it on X the following week:": when, told after the event before)
        r"|\s+the\s+(?:following|next)\s+(?:day|morning|evening|night|week|weekend|month)"
        r"|\s+the\s+(?:day|morning|night|week)\s+after"
        # ("was honest about this on X in October:": when, by a month, checked on the match, or a year)
        r"|\s+in\s+(?:(?P<month>@\d+)|\d{4}))?"
        r"(?:\s*,\s*(?:(?:the|an?|its)\s|@\d+'s\s)[^,;:.!?@\"]{1,60}?)?\s*:?\s*$"
    ),
]
# Where someone spoke, told by what was held or printed there: "during a Twitch stream", "in her Rolling Stone India
# cover story" ("her" read as a mention), "jumped on Instagram Live", "said when Aftonbladet asked her".
_STREAMED = linear.compile(
    rf"\b(?:[Ii]n|[Dd]uring|[Oo]n|[Ff]or)\s+(?:an?|the|his|their|@\d+)\s+(?P<source>{_P})\s+"
    r"(?:stream|livestream|live\s+stream|cover\s+story|cover\s+interview)\b"
)
_WENT_LIVE = linear.compile(rf"\b(?:jumped|hopped|went|got|came)\s+on\s+(?P<source>{_P})")
# "went live on Instagram from his kitchen": a platform's live broadcast, told by the verb (only a platform that has
# one: "went live on Radio Nord" may be a station's programme, read by the patterns of sources)
_LIVE_ON = linear.compile(rf"\b(?:went|goes|go|going|jumped|hopped)\s+live\s+on\s+(?P<source>{_P})")
_WHEN_ASKED = linear.compile(rf"\b(?:{SPEECH_VERBS})\s+when\s+(?:[Tt]he\s+)?(?P<source>{_P})\s+asked\b")
# "was blunt about it when Mojo asked:": the asking ends the lead, and the quote right after is the answer
_WHEN_ASKED_LAST = linear.compile(rf"\bwhen\s+(?:[Tt]he\s+)?(?P<source>{_P})\s+asked\s*[:,]?\s*$")
# "she said, laughing, when the story came up on X": the talk turned to it on a programme, where the words were said
# (its broadcaster may be told before it in lower case: "on Swedish radio's X")
_CAME_UP_ON = linear.compile(
    r"\bwhen\s+(?:it|(?:the|this|that|her|his|their)\s+(?:[a-z][\w-]*\s+)?(?:story|subject|song|topic|question|matter))"
    r"\s+(?:came|comes|come)\s+up\s+on\s+(?:[Tt]he\s+|(?:\p{Lu}[\w-]*\s+)?[a-z][\w-]*'s\s+)?"
    rf"(?P<source>{_P})"
)
# "broke the track down in a TikTok": a platform whose name is also its posts' ("a TikTok" is a video on it)
_IN_A_POST = linear.compile(
    rf"\b(?:[Ii]n|[Vv]ia|[Tt]hrough)\s+(?:an?|one|the|his|her|their|@\d+)\s+(?P<source>{_P})"
    r"(?:\s+(?:a|an|the|last|later|earlier|this|that|from|about|of|where|in|on)\b|\s*[,:;.!?]|\s*$"
    # ("in a TikTok filmed on the bus home": the post, then how it was made; "in a TikTok he posted": who made it)
    r"|\s+(?:(?:he|she|they|@\d+)\s+)?(?:filmed|recorded|shot|posted|uploaded|made|published|shared)\b)"
)
_POSTED_AS = frozenset({"tiktok", "snapchat", "vine"})
# "took to Instagram to explain": the idiom for going on a platform to say something (only a platform's name: "took
# to Lisbon" is a liking)
_TOOK_TO = linear.compile(rf"\b(?:took|takes|taking|take)\s+to\s+(?P<source>{_P})")
_PLATFORMS = frozenset(
    {"tiktok", "instagram", "twitter", "x", "facebook", "youtube", "snapchat", "reddit", "weibo", "bluesky", "tumblr"}
    # (and those of the 2000s, where a page about a song of then says it was posted)
    | {"livejournal", "myspace"}
)
# "Posting on X after the show, the producer wrote:": where a post went, told by a participle opening the sentence
# (read as a name at its start, so the participle is checked on the match)
_POSTING_ON = linear.compile(rf"(?:^|[.;]\s+)(?P<lead>{_P})\s+on\s+(?P<source>{_P})")
_POSTING = frozenset({"posting", "tweeting", "writing", "blogging"})
# "posted a TikTok the same night with the caption": a post named by a platform whose posts are called by its name
# (only those: "posted a Polaroid" is no medium)
_POSTED_A = linear.compile(rf"\b(?:posted|posts|shared|shares|uploaded|uploads)\s+an?\s+(?P<source>{_P})")
# "shut the rumours down on her Instagram Stories", "reposted it to his Instagram Stories": a platform's feature by
# whose it is (only a name that opens with a platform's: "on her Rolling Stone cover" is no post of hers)
# ("on the band's Instagram": whose by a description of them)
_ON_OWN_PLATFORM = linear.compile(
    rf"\b(?:[Oo]n|[Tt]o)\s+(?:his|her|their|{_P}|the\s+(?:band|group|duo|trio|label|singer|artist)'s)\s+(?P<source>{_P})"
)
# "X's tribute on Facebook", "a statement on Instagram": words put on a platform (only a platform's name: "a tribute
# on Tuesday", "a statement on behalf of" are no source)
# ("put the reel on Instagram", "put a still from the shoot up on Facebook", "has the clip pinned on Instagram": a post
# put on a platform, by whoever put it there)
# ("a post on our Instagram": the narrator's own account, "our" read as no mention; "wrote to us on Facebook": a message
# to the narrator, on a platform)
# ("in a behind-the-scenes film on YouTube", "filmed the case for TikTok": words said in a film made for a platform)
# ("put something on Facebook", "put one up on TikTok": the post told by a pronoun alone)
_PUT_ON = linear.compile(
    r"(?:\b(?:tribute|statement|post|message|farewell|film|video|clip|vlog)\s+on(?:\s+(?:our|my|your))?"
    rf"|\b(?:wrote|writes|messaged|messages)\s+(?:to\s+)?(?:us|me|{_P})\s+on"
    r"|\b(?:put|puts|putting|pinned|pins|pinning)\s+(?:(?:an?|the|his|her|their|some|@\d+'s)\s+"
    rf"(?:(?:[\w'-]+|{_P})\s+){{0,8}}?|(?:something|this|that|it|one)\s+)?(?:up\s+)?(?:on|to)"
    r"|\b(?:filmed|films|filming|recorded|records|recording)\s+(?:(?:an?|the|his|her|their|some|itself|himself|"
    rf"herself|themselves|@\d+'s)\s+(?:(?:[\w'-]+|{_P})\s+){{0,8}}?)?(?:for|on))\s+(?P<source>{_P})"
)
# "went on El Hormiguero a few weeks later", "appeared on Later ...": a guest of a programme, whose name, even one
# shaped like a person's, is no one's (one is not "on" a person; "went on Cy's show" is whose the show is)
# "went on Take the Floor and", "appeared on Top of the Pops:": a title that goes on past its lower-case "the" or "of
# the" to one more capitalised word, where the clause or a new one starts
# ("appearing on Live at the Boatshed,": a title opened by a word of when or how a show airs, which names nothing
# alone, goes on past "at the", "from the" or "in the" to the place it is broadcast from)
# ("appearing on Dinner Quiz on the Block,": a title of two words at least goes on past "on the" to one more word that
# is no broadcaster's letters, as "on the BBC" would be)
# ("appeared on Top of the Pops in 1976": the year it was said in may end the title as a stop does)
# ("on BBC Radio 2's Sounds of the 70s": a decade in digits is that one more word, as "Sixties" is)
_TITLE_GOES_ON = linear.compile(
    r"\s+(?:(?P<place>(?:at|from|in)\s+the)|(?P<on>on\s+the)|the|of\s+the)\s+"
    r"(?:(?P<rest>@\d+)|(?P<decade>['\x{2019}]?(?:\d\d)?\d0s))"
    r"(?:\s*[,;:.]|\s+and\b|\s+in\s+\d{4}\b|\s*$)"
)
# ("went on the television, on X, and said": the medium first, then its programme set off by commas)
_WENT_ON = linear.compile(
    r"\b(?:went|goes|go|going|came|comes|appeared|appears|appearing)\s+on\s+(?:[Tt]he\s+)?"
    rf"(?:(?:television|radio|telly|TV)\s*,\s*on\s+(?:[Tt]he\s+)?)?(?P<source>{_P})"
)
# "she gave Hürriyet one long answer about it", "gave Mojo an interview": an answer given to a medium (a full name new
# to the page may be a person answered, checked on the match)
_GAVE_ANSWER = linear.compile(
    rf"\b(?:gave|gives|give|giving)\s+(?:[Tt]he\s+)?(?P<source>{_P})\s+(?:(?:a|an|one|two|her|his|their|only|rare|"
    # ("gave The Hindu a slightly different version": an account of it, in the words that follow)
    r"single|[a-z]+ly|[a-z]+)\s+){1,3}?(?:answer|interview|quote|statement|comment|reply|version|account)s?\b"
)
# "gave an interview to The Reykjavik Grapevine", "gave the story to La Presse in 2019": the same, the medium after
# "to" (a full name new to the page may be a person told, checked on the match; "gave one interview, to X": the
# medium set off by a comma)
_GAVE_TO = linear.compile(
    r"\b(?:gave|gives|give|giving|granted|grants)\s+(?:(?:a|an|one|the|her|his|their|its|this|that|only|rare|long|short|"
    # ("gave this summary to the Post": the words that follow put short, told by what they are)
    # ("gave the modest version to X": a word of what kind of telling it was, before its noun)
    r"whole|full|same|[a-z]+ly)\s+){1,3}?(?:[a-z][\w-]*\s+)?"
    r"(?:interview|story|account|version|answer|statement|comments?|reply|summary)s?(?:\s*,)?\s+to\s+"
    rf"(?:[Tt]he\s+)?(?P<source>{_P})"
)
# "had the best story, and he gave it to Mojo:": "it" is the words the lead ends on, quoted right after
_GAVE_IT_TO = linear.compile(rf"\b(?:gave|gives|give|giving)\s+it\s+to\s+(?:[Tt]he\s+)?(?P<source>{_P})\s*:?\s*$")
# "left us a review on Hitched", "wrote a glowing review on Google": a review left on a site is written there (a
# full name new to the page may be a person's page, checked on the match)
_REVIEW_ON = linear.compile(
    rf"\b(?:left|leaves|leaving|wrote|writes|posted|posts)\s+(?:(?:us|me|{_P})\s+)?an?\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?:review|rating)\s+on\s+(?:[Tt]he\s+)?(?P<source>{_P})"
)
_HELD = (
    _GAVE_ANSWER,
    _GAVE_TO,
    _GAVE_IT_TO,
    _REVIEW_ON,
    _STREAMED,
    _WENT_LIVE,
    _LIVE_ON,
    _WHEN_ASKED,
    _WHEN_ASKED_LAST,
    _CAME_UP_ON,
    _IN_A_POST,
    _TOOK_TO,
    _POSTING_ON,
    _POSTED_A,
    _ON_OWN_PLATFORM,
    _PUT_ON,
    _WENT_ON,
)
# "explained it to the Skerry Herald": a name after "the" is no person's (one says "to Cy Dorn", not "to the Cy Dorn")
_THE_BEFORE = linear.compile(r"\b(?:the|The)\s+$")
# "in an interview with ", "a long chat for ": one interview, so one outlet's name after it
_ONE_INTERVIEW = linear.compile(
    r"\b(?:an?|one)\s+(?:[a-z-]+\s+){0,2}(?:interview|conversation|chat|sit-down)\s+(?:with|for)\s+$"
)
# "put it more gently on X", "said on X": one says words on a medium, never on a person (verbs that take "on" for
# their topic, "reflected on", "insisted on", "wrote on", are not among these)
# ("spoke about her father on X", "paid tribute to him on X": whom the words were about, between the verb and "on")
_SAID_ON = linear.compile(
    r"\b(?:said|says|put\s+it|puts\s+it|spoke|speaks|explained|explains|admitted|admits|joked|jokes|laughed|laughs"
    rf"|(?:paid|pays|paying)\s+tribute|{_LET_SLIP})"
    # ("said as much on France Inter", "said the same on X": what was said, told by what it matched)
    # ("put it another way on France Inter", "said it differently on X": how, told by "way")
    r"(?:\s+(?:it|so|[a-z]+ly|more|less|best|as\s+much|the\s+same))?(?:\s+[a-z]+ly|\s+(?:another|that|this|his|her|their)\s+way)?"
    # ("spoke about the song on France Inter": what about, by its noun)
    r"(?:\s+(?:about|of|to)\s+(?:him|her|them|(?:(?:his|her|their|the|this|that|its)\s+)?[a-z][\w-]*|@\d+))?"
    rf"{_HOW_SAID}\s+on\s+$"
    # ("described that evening on France Musique", "recounted the story on X": a telling of something, by its noun, is
    # words said on a medium as an explaining is)
    r"|\b(?:described|describes|recounted|recounts)\s+(?:it|(?:the|that|this|his|her|their)\s+[a-z][\w-]*)\s+on\s+$"
    # ("The crossings were described by her on X": the same in the passive, its agent right before "on")
    r"|\b(?:described|explained|recounted|remembered|recalled)\s+by\s+(?:the\s+)?@\d+\s+on\s+$"
)
# "built from a recording of a tram bell on X:": "on" after a thing named with "of a", a description of what
# something is made of or shows, tells where that thing is, not where anyone spoke
_OF_A_THING_ON = linear.compile(r"\bof\s+an?\s+(?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*\s+on\s+(?:[Tt]he\s+)?$")
_TOPIC_ON = frozenset(
    {"back", "reflected", "reflects", "commented", "comments", "focused", "dwelt", "insisted", "looks"}
)
# What names an app after its owner's name ("the Harbour Lights app"), ending there
_APP = linear.compile(r"\s+app(?:[^\w'-]|$)")
# Platforms whose live broadcasts are named "<platform> Live"
_GOES_LIVE = frozenset({"instagram", "facebook", "tiktok", "youtube", "twitch"})
# "During an Instagram Live with fans": a platform's live broadcast
_LIVE = linear.compile(rf"\b(?:an?|the|his|her|their)\s+(?P<source>{_P})")
# "said at the Fuji Rock press conference": the event is the source, named with what it was
# ("explained the song at the X press conference": what a verb of telling about took may come between, after an
# article; not with "wrote", which may be the song's writing, nor a clause of its own: "explained that she wrote it
# at the X press conference" is where she wrote it)
_EVENT = linear.compile(
    rf"\b(?:{SPEECH_VERBS}|[Ss]peaking|[Tt]alking|(?:explained|explains|described|describes|discussed|discusses|"
    r"introduced|introduces|presented|presents|(?:talked|talks|spoke|speaks)\s+about)\s+"
    r"(?:it|(?:the|this|her|his|their)(?:\s+[a-z][\w'-]*){1,3}?))"
    rf"\s+at\s+(?:the|a|an|his|her|their)\s+(?:\d{{4}}\s+)?(?P<source>{_P})\s+"
    r"(?P<event>press\s+conference|news\s+conference|press\s+day|media\s+day|listening\s+party|album\s+launch)\b"
)
# A website named by its address, in lower case ("told backroads.fm", "speaking to popcrush.com"), or capitalised
# as a name is ("an interview with Punknews.org": the name's mention, then its ending, all one address)
_SITE = linear.compile(
    r"\b(?:told|tells|[Ss]peaking\s+to|[Tt]alking\s+to|interview\s+with|(?:wrote|writing)\s+for|said\s+on)\s+"
    r"(?P<site>(?:@\d+|[a-z0-9][a-z0-9-]*)(?:\.[a-z0-9-]+)*\.(?:com|fm|net|org|io|tv|co\.uk|com\.au|co\.nz|de|fr|it|es|ca|mx|ie|nl))"
    r"(?:[^\w.]|\.(?:\s|$)|$)"
)
# A medium named by a word of digits and letters, which no reading of names takes ("told 3voor12", "speaking to
# 1xtra"): not an ordinal, an hour or a decade ("told 2nd", "4am", "90s").
# ("said on 2M": a station named by a number and capitals, which one speaks on as one says "on" a named one; not an
# hour, "at 3AM")
_TOLD_CODE = linear.compile(
    r"\b(?:told|tells|[Ss]peaking\s+to|[Tt]alking\s+to|(?:said|says|spoke|speaks|speaking)\s+on)\s+"
    r"(?P<site>\d+[a-z][a-z]+\d*|\d+[a-z]+\d+|\d+[A-Z]+\d*)(?:[^\w]|$)"
)
# A station that writes its name in lower case by its own style, a word then a lone letter ("told triple j", "said on
# triple j's breakfast show"): a lone letter other than "a", "i" or "o" is no English word, so the two are a name
# (not "told him x" or "told the q": a pronoun or an article is no name's first word)
# ("Speaking on triple j", "in a live session on triple j": spoken on it, or in an interview or a session on it, as on
# any station)
_TOLD_LOWER = linear.compile(
    r"\b(?:told|tells|[Ss]peaking\s+to|[Tt]alking\s+to|[Cc]hatting\s+(?:to|with)|(?:spoke|speaks)\s+to|"
    # ("recalled on triple j's X": any verb attributing a quote, as before a capitalised station's name)
    rf"(?:{SAYING}|spoke|speaks|[Ss]peaking|interview|session|appearance)\s+on)\s+"
    r"(?P<site>(?P<word>[a-z]{3,})\s+[b-hj-np-z])(?:'s\b|[^\w'\x{2019}-]|$)"
)
# "told triple j's Mornings program": a capitalised title a lower-case station owns, called a programme by the word
# after it, is the programme (not "triple j's breakfast show", untitled)
_OWNED_TITLE = linear.compile(r"['\x{2019}]s\s+(?P<title>@\d+)")
# ("told triple j's Like a Version.": the title goes on past an article or a preposition in lower case to one more
# capitalised word that ends the clause or its phrase, where the mentions cut it)
_OWNED_TITLE_GOES_ON = linear.compile(r"\s+(?:a|an|the|of|of\s+the|in|on|at|for)\s+(?P<rest>@\d+)(?:\s*[,;:.!?]|\s*$)")
_PROGRAMME_AFTER = linear.compile(r"\s+(?:program|programme|show|podcast)\b")
_NOT_STYLED = frozenset(str.split("him her them you the his their our your its this that who whom"))
# "When X said ...", "After X told ...": a fronted clause of when, opened by its subject
_FRONTED_WHEN = linear.compile(r"^\W*(?i:when|after|once|as\s+soon\s+as)\s+$")
# "..., and when X appeared on Y some years later he described it:": the same clause of when, opened after "and" or a
# comma inside the sentence, whose main clause may follow it with no comma
_INNER_WHEN = linear.compile(r"(?:,|;|\band|\bbut)\s+(?:when|after|once|as\s+soon\s+as)\s+$")
# "In a column she wrote for Mojo, X described ...": a fronted phrase of the piece the words are from, its relative
# clause's saying (whose "she" is the main clause's subject, told ahead) no speaker of its own
# ("In the notes she posted with the video on Vimeo, X was candid ...": the piece may be plural)
_FRONTED_PIECE = linear.compile(
    r"^\W*(?i:in|on)\s+(?:an?|one|the)\s+(?:[a-z][\w'-]*\s+){0,3}?"
    r"(?:column|piece|article|essay|op-ed|post|blog\s+post|letter|note|newsletter|interview|thread)s?\s+(?:that\s+|which\s+)?$"
)
# The mention a saying's match starts with ("@3 wrote")
_LEADING_MENTION = linear.compile(r"^@\d+")
_JOINED = linear.compile(r"(?:\band\b|\bbut\b|;)")
_TWEETED = linear.compile(rf"{_P}\s+(?:\w+\s+)?(?:quote-)?(?:tweeted|tweets)\b")
# "In a since-deleted tweet, X wrote": a post on Twitter, by what it is called
_IN_A_TWEET = linear.compile(r"\b(?i:in|via)\s+(?:an?|one|the|his|her|their|@\d+)\s+(?:[a-z][\w-]*\s+){0,2}?tweets?\b")
# "in a post on his blog": a source the page names only by what it is.
_OWN_MEDIUM = linear.compile(
    r"\b(?:on|in|to)\s+(?:his|their|the\s+band's|@\d+(?:'s)?)(?:\s+own)?\s+(?P<medium>blog|website|newsletter|vlog)\b"
    r"|\b(?i:in|via)\s+a\s+(?P<release>press\s+release)\b"
    # "wrote in the liner notes", "in the album's liner notes"
    r"|\b(?i:in|on)\s+(?:the|his|her|their|@\d+'s)\s+(?:(?:album|record|LP|EP)'s\s+)?(?P<notes>liner\s+notes)\b"
    # "wrote in the guestbook", "left a line in the venue's visitors' book": a book guests sign, where they wrote
    r"|\b(?i:in|into)\s+(?:the|our|their|his|her|@\d+'s)\s+(?:[a-z][\w'-]*\s+)?"
    r"(?P<book>guest\s*book|guest-book|visitors'?\s+book)\b"
)
# The verbs of saying that a programme is spoken "on" after ('said on "X"', 'recalled on KMET's "X"'), for telling a
# quoted programme's title from quoted words
SAID_ON_VERBS = (
    "said|says|told|tells|spoke|speaks|speaking|talking|talked|recalled|recalls|explained|explains|admitted|joked"
    "|remembered|remembers"
)
# "In the documentary "Fjellstemmer"", "on the BBC series "Late Songs"": a programme named by its title.
# Or the title first, then what it is as an apposition: "in "Quiet Weather", the documentary that followed her".
_TITLED = linear.compile(
    r"\b(?:documentary|film|series|programme|program|show|podcast|special|docuseries)"
    # ('a documentary for RTÉ, "X"': whom it was made for or shown on, then its title apposed)
    r"(?:\s+(?:for|on)\s+(?:the\s+)?\p{Lu}[\w&.'-]*(?:\s+\p{Lu}[\w&.'-]*){0,3}\s*,)?\s*,?\s*\"(?P<title>[^\"]{1,80})\""
    # ('told "X", the podcast': whom the words were told, named so)
    r"|\b(?i:in|on|told|tells|to)\s+\"(?P<first>[^\"]{1,80})\"\s*,\s*(?:the|a|an|his|her|their|@\d+'s)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:documentary|film|series|programme|program|show|podcast|special|docuseries)\b"
    # ('on the "X" podcast': the title, then what it is)
    r"|\b(?i:in|on)\s+the\s+\"(?P<kind_after>[^\"]{1,80})\"\s+"
    r"(?:documentary|film|series|programme|program|show|podcast|special|docuseries)\b"
    # ('went on "X"': a title one goes on, or appears on, is a programme's; not words quoted, 'went on "and on"')
    # ('Appearing on "X", she said': the participle opening the sentence, capitalised)
    r"|\b(?i:went|goes|go|going|came|comes|appeared|appears|appearing)\s+on\s+\"(?P<gone_on>\p{Lu}[^\"]{0,79})\""
    # ('recalled on "X" on RTE 2fm': a title spoken on, then the station it went out on, which makes it a programme's;
    # the programme names the source better than its station)
    rf"|\b(?i:{SAID_ON_VERBS}|admits|jokes)\s+on\s+\"(?P<aired>\p{{Lu}}[^\"]{{0,79}})\"\s*,?\s+on\s+(?:the\s+)?\p{{Lu}}"
    # ('said on KMET's "Morning Rounds"': the programme named after its broadcaster's possessive, where one spoke;
    # checked on the match to be no one's: 'said on Dorn's "Blue"' may be a song of Dorn's)
    rf"|\b(?i:{SAID_ON_VERBS}|say)\s+on\s+(?:the\s+)?(?P<owner>\p{{Lu}}[\w&.-]*(?:\s+\p{{Lu}}[\w&.-]*){{0,3}})['\x{{2019}}]s\s+"
    r"\"(?P<owned>\p{Lu}[^\"]{0,79})\""
)
# "in her memoir, "Salt on the Strings",", "in the liner notes of the 2001 box set "Thirty Summers"": a book, or the
# record the notes were printed in, named by its quoted title (which names the source better than "liner notes")
_QUOTED_WORK = linear.compile(
    r"\b(?:memoir|autobiography|biography|book|novel|essay\s+collection"
    r"|liner\s+notes\s+(?:of|for|to|in)\s+(?:the|his|her|their|its)\s+(?:(?:18|19|20)\d\d\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:compilation|album|record|box\s+set|boxed\s+set|LP|EP|reissue|anthology|retrospective|collection|edition))"
    # ("his book for young musicians, "Tiny Noises"": whom or what the work is for or about, told before its title)
    r"(?:\s+(?:for|about|on)\s+(?:[a-z][\w'-]*\s+){0,3}[a-z][\w'-]*\s*,)?"
    r"\s*,?\s*\"(?P<title>[^\"]{1,80})\""
)
# "interviewed years later for "Harbour Voices: An Oral History" (2006)": a work cited as such, by its quoted title and
# its year in brackets, where someone's words were given
_CITED_WORK = linear.compile(
    r"\b(?:interviewed|speaking|talking|quoted|writing)\b[^\",;:]{0,40}?\s(?:for|in|to)\s+"
    r"\"(?P<title>[^\"]{1,80})\"\s*\(\s*(?:18|19|20)\d\d\s*\)"
)
# A title of capitalised words joined by small ones ("the documentary Songs from the Ridge"), unquoted, after what it
# is, or between commas after it ("in the band's documentary, Salt in the Amps, the drummer ..."): the whole title,
# which the mentions cut at its small words.
# (and those of a title in another language, "Ilhas em Movimento", but not the particles of a name: "de", "van")
# ("Laat op de Avond", "Chansons pour la Nuit": a preposition of another language with its article is one small word;
# "de", "van" alone stay a name's particles, as in "de la Fontaine")
_ARTICLED = (
    r"(?:op|aan|uit|voor|met|bij|naar|onder|over|sur|sous|dans|pour|par|avec|en|em|com|con|sobre|entre|desde|hasta"
    r"|para|por|zu|mit|auf|unter)\s+(?:de|het|den|der|die|das|dem|la|le|les|el|los|las|o|os|as|do|dos|das|del|della)"
)
_SMALL = (
    rf"(?:{_ARTICLED}|of|from|in|on|the|a|an|to|for|at|under|over"
    r"|em|na|no|nos|nas|ao|aos|la|le|les|el|los|las|sur|sous|à|au|aux|dans|sobre|entre|sin|con|im|am|zum|zur|og|på"
    r"|ng|sa|mga"
    # ("Rio que Canta", "Mi Vida en un Fuelle", "Carnets du Pont Bonaparte", "Jornal da Ribeira": a relative word, an
    # article, a preposition of another language; "du", "da" contract "de" with an article, as "del" does)
    r"|que|un|una|en|du|da"
    # ("Rio das Almas", "Jornal do Brasil", "Vale dos Sonhos": Portuguese "de" contracted with its article, as "da" is)
    r"|das|do|dos"
    # ("Hoy por Hoy", "Musica per Tutti", "Chansons pour Toi": "for", "by" in the Romance languages)
    r"|por|para|pour|per"
    # ("Hav fra Nord", "Lieder aus der Stadt": "from" in the Nordic languages and German)
    r"|fra|från|aus"
    # ("Avond aan Zee", "Koffie bij Tante": a Dutch preposition with no article; not "met", which English has too)
    r"|aan|bij|uit|naar|op)"
)  # not "and", "with": two names may be two people
_SMALL_OR_BY = rf"(?:{_SMALL}|by)"
# The small words a title in capitals joins its words by, in English or another language, for the narration's
# telling of a quoted title from quoted words
TITLE_SMALL = _SMALL
# (or after an outlet that prints, posts or broadcasts, named with an article: "told the blog Songs from the Back
# Row", "with the Irish newspaper Voice of the West")
_WORDED_TITLE = linear.compile(
    # ("for its oral-history collection, Voices in the Case,": an oral history's archive, by what it is)
    r"(?:\b(?:documentary|film|series|programme|program|podcast|docuseries|(?:TV|talk|radio)\s+show"
    rf"|{_ORAL_HISTORY}"
    # ("writes in the exhibition catalogue, Dressed to Play:": the book printed for a show, by its title)
    # ("on a podcast called La Vuelta Larga": what it is, then the participle that gives its name)
    rf"|{_SHOW_CATALOGUE})\s*(?P<comma>,\s*)?(?:(?P<called>called|named)\s+)?"
    r"|(?:\b(?:the|a|an|his|her|their|its)|'s)\s+(?:[\w'-]+\s+){0,2}?(?P<outlet>magazine|newspaper|paper|daily|weekly|"
    r"monthly|fortnightly|quarterly|tabloid|journal|publication|webzine|zine|fanzine|e-zine|blog|vlog|site|website|"
    r"newsletter|station|broadcaster|channel|outlet)\s+)"
    rf"(?P<title>\p{{Lu}}[\w'-]*(?:\s+{_SMALL_OR_BY}){{0,2}}\s+\p{{Lu}}[\w'-]*(?:(?:\s+{_SMALL_OR_BY}){{0,2}}\s+\p{{Lu}}[\w'-]*)*)"
    r"(?P<end>\s*,|\s*:|\s*\.|\s+[a-z]|\s*$)"
)


def _worded(title: str) -> tuple[str, bool]:
    """A worded title read up to a "by" that names whose the work is ("the documentary Sea Roads by Cy Dorn"), and
    whether it was cut there; a word repeated either side of "by" is an idiom of the title's own ("the podcast Frame
    by Frame", "the series Step by Step")."""
    words = title.split()
    for at, word in enumerate(words):
        if word == "by" and not (0 < at < len(words) - 1 and fold(words[at - 1]) == fold(words[at + 1])):
            return " ".join(words[:at]), True
    return title, False


# "the BBC Radio Norfolk show Folk on the Hill": a show named after the broadcaster's capitalised name (a plain "show"
# after an article and capitalised words is no verb), its title of capitalised words joined by small ones
_BROADCASTER_SHOW_TITLE = linear.compile(
    r"\b(?:the|a|an)\s+(?:\p{Lu}[\w'-]*\s+){1,4}(?:radio\s+|TV\s+|talk\s+|breakfast\s+|morning\s+)?show\s+"
    rf"(?P<title>\p{{Lu}}[\w'-]*(?:(?:\s+{_SMALL}){{1,2}}\s+\p{{Lu}}[\w'-]*)+)(?P<end>\s*[,:.;!?]|\s+[a-z]|\s*$)"
)
# A title with a subtitle after a colon, unquoted: after what it is ("in the documentary Back Roads: On Tour"), or
# before it as an apposition ("in Fjellsang: The Making Of, a short documentary ...").
_COLON_TITLED = linear.compile(
    r"\b(?:documentary|film|series|programme|program|show|podcast|special|docuseries)\s+"
    r"(?P<title>\p{Lu}[^,.;:!?\"]{0,60}?:\s+\p{Lu}[^,.;:!?\"]{0,60}?)\s*(?:[,.;!?]|$)"
    r"|\b(?i:in|on)\s+(?P<first>\p{Lu}[^,.;:!?\"]{0,60}?:\s+\p{Lu}[^,.;:!?\"]{0,60}?)\s*,\s*(?:the|a|an|his|her|their)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:documentary|film|series|programme|program|show|podcast|special|docuseries)\b"
)
_SMALL_WORD = linear.compile(rf"\s{_SMALL}\s")
# "the radio show Night Roads on Tuesday morning": a day or month after a small word is when, not the title's
_WHEN_AFTER = linear.compile(rf"\s+(?:on|in)\s+(?:{WEEKDAY_NAMES}|{MONTH_NAMES})$")
# "told the magazine Rolling Drum in Berlin": after an outlet, "in", "at" or "from" right before a place's name that
# ends the name (one word, or two that start as places' names do: "New York") is where it (or the talk) was, not
# its title's ("Songs from the Back Row" has its article; "Studies in Popular Song" is no place)
_PLACE_AFTER = linear.compile(
    r"\s+(?:in|at|from)\s+(?:(?:New|San|Santa|Los|Las|Saint|St|Port|Fort|Mount|North|South|East|West|Buenos|Rio)\s+)?"
    r"\p{Lu}[\w'-]*$"
)


def _station_cut(title: str) -> str:
    """A programme's title up to an "on" before a station's name that ends it ("the radio show The Late Lounge on
    Radio Nord"): the station is where the programme went out, no word of its title ("Focus on Africa" keeps its
    "on", since "Africa" is no station's name)."""
    head, on, station = title.rpartition(" on ")
    return head if on and " " in head.strip() and _medium_named(station) else title


# A title of two capitalised parts joined by "and" ("the documentary Salt and Stone"), read whole only when the
# title ends its phrase and names no one of the page: "the film Arbour and Cy Dorn made" is the film two people made.
_AND_TITLE = linear.compile(
    # ("on her blog, Tea and Tangents,": a blog or newsletter of someone's, its name set off by a comma)
    # ("went on a podcast, Three Chords and a Kettle,": set off by a comma, only when an article after "and" shows
    # the second part is no one's name, checked on the match)
    r"\b(?:(?P<kind>documentary|film|series|programme|program|podcast|docuseries)(?P<comma>\s*,)?"
    r"|(?:his|her|their|own)\s+(?:blog|vlog|newsletter|zine|fanzine|substack)\s*,"
    # ("for its oral-history series, Keys and Voices,": an oral history's archive, its name set off the same way)
    rf"|{_ORAL_HISTORY}\s*,"
    # ("on BBC Radio Scotland's Pipes and Strings.": a programme named after the station whose it is, a word each side
    # of "and", as "Radio 98.4's Late Lounge" is; checked on the match for the station's word)
    r"|(?P<station>\p{Lu}[\w.-]*(?:\s+\p{Lu}[\w.-]*){0,3})['\x{2019}]s)\s+"
    r"(?P<title>\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*)?\s+and\s+(?P<article>(?:an?|the)\s+)?\p{Lu}[\w'-]*"
    r"(?:\s+\p{Lu}[\w'-]*)?)(?:\s*(?:[,:.]|$)"
    # ("On the podcast Salt and Stone she said:": the speaker's pronoun and the saying right after the title, a
    # phrase fronted before its clause)
    r"|\s+(?P<said>(?:he|she|they)\s+(?:said|says|told|tells|explained|explains|recalled|recalls|added|adds))\b)"
)
# A title that is a list of single capitalised words ("the documentary Buckets, Spades and Guitars,"), read whole on
# the same terms: it ends its phrase and none of its words is someone ("the documentary Echoes, Bell and Dorn, ...").
_LISTED_TITLE = linear.compile(
    r"\b(?:documentary|film|series|programme|program|podcast|docuseries|(?:TV|talk|radio)\s+show)\s+"
    r"(?P<title>\p{Lu}[\w'-]*(?:\s*,\s*\p{Lu}[\w'-]*){1,3}\s*,?\s+and\s+\p{Lu}[\w'-]*)\s*(?:[,:.]|$)"
)
# A title of capitalised words before an apposition that says what it is, unquoted: "In Frost Lines, a documentary
# about ..." (what follows the kind of programme shows it is one: "In Oslo, a documentary crew" is a place).
_APPOSED_TITLE = linear.compile(
    rf"\b(?i:in|on)\s+(?P<first>\p{{Lu}}[\w'-]*(?:(?:\s+{_SMALL}){{0,2}}\s+\p{{Lu}}[\w'-]*){{0,5}})\s*,\s*"
    r"(?:the|a|an|his|her|their)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:documentary|film|series|programme|program|show|podcast|special|docuseries)"
    r"(?:\s*,|\s+(?:about|on|of|that|which|by|from|made|directed|filmed|shot|following|for)\b)"
)
# What follows an apposition up to the comma (or a lead's colon) that closes it, before the clause's end.
_APPOSITION_CLOSED = linear.compile(r"[^,:;.!?]*[,:]")
# "in his memoir, Salt on the Strings", "In her 2020 essay collection Small Coins,": a book someone wrote, named by its
# title after what it is (a title of capitalised words, joined by small ones), which ends its phrase.
_BOOK_TITLE = linear.compile(
    r"\b(?i:in|from)\s+(?:(?:his|her|their|the|a|an|@\d+'s)\s+)?(?:(?:18|19|20)\d\d\s+)?(?:(?:new|first|second|"
    r"third|last|latest|debut|recent|bestselling)\s+)?"
    r"(?:memoir|autobiography|book|novel|essay\s+collection|collection\s+of\s+essays|poetry\s+collection)"
    # ("her book on songwriting, Three Chords and a Deadline": what the book is about, then its title, whose "and"
    # joins no people: checked on the match)
    # ("his book of poems and notes, X": what the book holds, told the same way)
    r"(?:\s+(?:on|about|of)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*,)?"
    # ("her memoir, Cuaderno de Peñas": "de" joins a book's title as a small word does; a title named no one)
    rf"(?P<comma>\s*,)?\s*(?P<title>\p{{Lu}}[\w'-]*(?:(?:\s+(?:{_SMALL}|and|de)){{0,2}}\s+\p{{Lu}}[\w'-]*){{0,5}})"
    # ("in her book The Calm Evening she writes:": the writer's pronoun and the verb of writing after the title, with no
    # comma between)
    r"(?P<end>\s*[,;:]|\s*[.!?]|\s*$|\s+(?:he|she|they)\s+(?:writes|wrote|explains|explained|recalls|recalled|notes|"
    r"noted|says|said|adds|added)\b)"
)
# The second part of a title after its comma, capitalised words joined by small ones, which ends the clause.
_TITLE_PART = linear.compile(
    rf"\s*(?P<part>\p{{Lu}}[\w'-]*(?:(?:\s+{_SMALL}){{0,2}}\s+\p{{Lu}}[\w'-]*){{0,5}})\s*[.!?]?\s*$"
)
# "he writes in his memoir, Needle and Groove,": a book's title of two parts joined by "and", ending the clause
_BOOK_AND_TITLE = linear.compile(
    r"\b(?i:in|from)\s+(?:(?:his|her|their|the|a|an|@\d+'s)\s+)?(?:(?:18|19|20)\d\d\s+)?"
    r"(?:memoir|autobiography|book|novel|essay\s+collection|collection\s+of\s+essays|poetry\s+collection)\s*,?\s*"
    r"(?P<title>\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*)?\s+and\s+\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*)?)\s*[,;:.!?]?\s*$"
)
# "Domingo Eterno, the documentary Globoplay put out": a title, then what it is as an apposition, up to the kind word
# (not a place it opens with: "In Oslo, the magazine Mojo ...")
_APPOSED_TO = linear.compile(
    rf"(?:^|[^\w\s]\s*|\b(?:is|was|find|watch|see|of)\s+)(?P<title>{_P})\s*,\s*the\s+(?:[a-z][\w'-]*\s+){{0,2}}?"
    r"[a-z][\w'-]*\s+$"
)
# "Apple Music's Zane Lowe": a source named through another.
_OF_SOURCE = linear.compile(rf"'s\s+(?P<source>{_P})")
# "Harrow Group's earnings call", "the label's annual conference": an occasion someone held, in words
_HELD_BY = linear.compile(
    r"'s\s+(?P<event>(?:[a-z][\w-]*\s+){0,2}?(?:call|conference|meeting|summit|briefing|keynote|webinar))\b"
)
# A programme named after its host ("Late Night with Carla Briggs"), when its name says when it is on or what it
# is; matched where the name ends.
_SLOTS = frozenset(
    {
        "night",
        "nights",
        "late",
        "tonight",
        "show",
        "live",
        "later",
        "breakfast",
        "morning",
        "mornings",
        "evening",
        "evenings",
        "weekend",
        "sunday",
        "saturday",
        "lunch",
        "today",
        "hour",
        "sessions",
        "brunch",
        "supper",
        "dinner",
        "drive",
        "afternoon",
    }
)
# "on the Backstage Tapes channel on YouTube": a programme and the platform it is on
_ON_PLATFORM = linear.compile(
    rf"\s+(?:channel|show|podcast|programme|program|series)\s+on\s+(?:the\s+)?(?P<platform>{_P})(?:$|[\s,.;:!?])"
)
# A programme's title, not a person's name: a small word between its capitalised words ("Songs of Tokyo", "Focus on
# Africa", another language's "Samba na Gamboa") or a number ("Music 101")
_TITLE_NOT_NAME = linear.compile(
    # ("Like a Version": an article between capitals, which no one's name has either)
    r"^\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*)*\s+(?:of|on|in|at|and|for|from|to|with|a|an|the|"
    + "|".join(sorted(FOREIGN_PREPOSITIONS))
    + r")\s+\p{Lu}|\s\d+$"
    # ("told DR's P4 Vest": a word of capitals and then digits, a channel's code, which no one's name holds)
    r"|(?:^|\s)\p{Lu}+\d+(?:\s|$)"
    # ("spoke to CBC Radio's As It Happens": a capitalised pronoun, conjunction or verb of being among its words, which
    # a title of a clause has and no one's name does)
    r"|(?:^|\s)(?:As|It|Is|If|When|What|Where|How|We|You|Your|Our|My|This|That|Are|Was|Were|Not)(?:\s|$)"
    # ("told NPR's All Songs Considered": a capitalised quantifier, which a title of a clause opens with and no one's
    # name holds)
    r"|(?:^|\s)(?:All|Every|Each|Some|Any|Many)\s"
    # ("told CBC's Up North", "on Radio Nord's After Hours": a capitalised preposition or adverb of place, which a
    # title of a phrase has and no one's name does)
    r"|(?:^|\s)(?:Up|Down|Out|Off|Over|Under|After|Into|Inside|Outside|Beyond|Across|Behind|Around|Through)(?:\s|$)"
)
# What is broadcast is "on TV", "on the radio", "on air".
# ("On Radio Nord's Tin Roof, she said": the same "on" opening the sentence)
_ON_BEFORE = linear.compile(r"\b[Oo]n\s+$")
# ("on Polish radio station Trójka's Lista Przebojów": "on" the owner the page calls a station, a word or two of where
# or what before it; what one is on is still its programme)
_ON_MEDIUM_BEFORE = linear.compile(
    r"\b[Oo]n\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:radio\s+station|station|broadcaster|channel|network)\s+$"
)
# ("on the BBC World Service's Focus on Africa": the broadcaster's name may take its "the")
_ON_THE_BEFORE = linear.compile(r"\bon\s+(?:the\s+)?$", ignore_case=True)
# "asked by RTÉ's Nationwide": the one who asked, named by whose it is (a host has a full name: "asked by Radio Nord's
# Cy Dorn")
_ASKER_BEFORE = linear.compile(r"\b(?:asked|interviewed|quoted|questioned)\s+by\s+(?:the\s+)?$")
_ON_AIR = linear.compile(r"\s+on\s+(?:the\s+)?(?:TV|television|radio|air)\b")


def _told_about(owners: str) -> str:
    """What was told about, between the one told and where ("told Cy Dorn about the song on ..."): "it", or a noun of
    a word or two after an article or one of the possessives (``owners`` adds more, each after a "|")."""
    return rf"(?:\s+about\s+(?:it|this|that|(?:the|her|his|their|its{owners})(?:\s+[a-z][\w'-]*){{1,2}}))?"


# "told Cy Dorn on Radio Nord": a full name told, then the programme or station they were told on, which is where
# ("told Cy Dorn about the song on Radio Nord": what was told about, a few lower-case words, may come between)
_TOLD_ON = linear.compile(rf"{_told_about('')}\s+on\s+(?:[Tt]he\s+)?(?P<medium>{_P})")
_TO_HOST = linear.compile(r"\b(?:[Ss]peaking|[Tt]alking|[Cc]hatting)\s+(?:to|with)\s+$")
# "Speaking to the host Cy Dorn on Radio Nord", "told the host Cy Dorn on Radio Nord": the one spoken to, a person of
# the page (maybe told by what they do), then where they were on
_HOST_ON = linear.compile(
    r"\b(?:(?:[Ss]peaking|[Tt]alking|[Cc]hatting)\s+(?:to|with)|told|tells)\s+(?:(?:the|a|an|his|her|their)\s+)?"
    rf"(?:[a-z][\w-]*\s+){{0,3}}?(?P<host>{_P})\s+on\s+(?:[Tt]he\s+)?(?P<source>{_P})"
)


def _medium_told_on(medium: Mention) -> bool:
    """Whether what someone spoken to was "on" is a programme or a station: a name no one has, known to the page as
    one (a new name may be someone), no day of the year."""
    return (
        medium.kind == "name"
        and medium.person is None
        and not medium.new
        and not medium.possessive
        and fold(medium.text) not in STOP_WORDS
        and not _HOLIDAY.match(medium.text)
    )


# "told Callum on the till", "Jo behind the bar": a name at a post of a shop's or a venue's staff is someone working
# there, not a medium
# "told the @1 Californian who ...": a capitalised word right after the name, which the mentions left out of it
# ("told the @1 who ran the stall", "told the @1 crowd": someone the relative clause is about, or the name a word
# of a crowd's)
_NAME_RUNS_ON = linear.compile(r"\s+(?:\p{Lu}\p{Ll}|who\b|(?:crowd|audience|fans|locals|faithful)\b)")
# "the Fresno Californians": a name ending in a plural of the people of a place
_PEOPLE_OF_PLACE = linear.compile(r"\s\p{Lu}[\p{L}-]*ans$")
_THE_BEFORE = linear.compile(r"\b[Tt]he\s+$")
# A name then a word for a sales chart ("the UK charts", "the Irish singles chart") names the chart, not a medium
_CHART_AFTER = linear.compile(r"\s+(?:(?:singles|albums|album|airplay|download|downloads)\s+)?charts?\b")
_AT_POST = linear.compile(
    r"\s+(?:on|behind|at)\s+the\s+(?:till|tills|door|counter|desk|front\s+desk|decks|bar|register|checkout|"
    r"shop\s+floor)\b"
)
# "told Eda Fenn about the song on the train": a telling placed where the two were together, travelling or on foot,
# is to someone in person, not to a medium (a full name new to the page there is the one told: checked on the match)
_ON_THE_WAY = (
    r"\s+(?:on|in|during)\s+(?:the|a|an|his|her|their|one|that)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:train|bus|coach|plane|flight|tram|ferry|boat|car|taxi|cab|drive|walk|ride|journey|way\s+(?:home|back|there))"
)
_TOLD_IN_PERSON = linear.compile(_told_about("|my|our") + _ON_THE_WAY + r"\b")
# "wrote the words on the bus back to Galway": where a journey went, after the vehicle or the way, is a place
# travelled to, not a medium the words were given to
_JOURNEY_TO = linear.compile(_ON_THE_WAY + r"(?:\s+(?:back|home|out|over|up|down|across))?\s+to\s+(?:[Tt]he\s+)?$")
# "In a letter posted to Eli Moss", "a card she sent to X": mail, which goes to the one it is addressed to, who is no
# medium the words were said on (a paper's name there is a letter to its editor, which it printed: checked on the
# match)
_MAILED_TO = linear.compile(
    r"\b(?:letter|card|postcard|note|parcel|package|telegram|e-?mail)s?\s+(?:(?:he|she|they|@\d+)\s+)?"
    r"(?:posted|sent|mailed|wrote|written|addressed)\s+to\s+(?:[Tt]he\s+)?$"
)
# "Frame & Focus": a source's name joined by an ampersand to one more capitalised word (a mention of its own)
_AMPERSAND = linear.compile(rf"\s*&\s*(?P<more>{_P})")
# ("the newspaper Página/12": a number after the slash is the name's too)
# "told the Press and Journal.": two words joined by "and" after "the", ending the phrase, as one outlet's name
_AND_NAMED = linear.compile(rf"\s+and\s+(?P<more>{_P})\s*(?:[,.;:!?]|$)")
# "told Sound on Sound:": one capitalised word each side of "on", ending the phrase, is one outlet's name (not a day,
# a month, a feast or a platform after it: "told Mojo on Friday", "told Vogue on Instagram")
# ("told Sound on Sound in 2019:": a year may follow the name)
_IN_THE_NAMED = linear.compile(rf"\s+in\s+the\s+(?P<more>{_P})\s*(?:[,.;:!?]|$)")
_ON_NAMED = linear.compile(rf"\s+on\s+(?P<more>{_P})\s*(?:[,.;:!?]|$|(?:in|back\s+in)\s+\d{{4}}\b)")
# Services one may be told something on, besides the platforms that publish ("told Mojo on Zoom": the outlet is Mojo)
_ON_SERVICES = frozenset(
    {"zoom", "skype", "facetime", "whatsapp", "telegram", "discord", "twitch", "bandcamp", "patreon", "substack"}
    | {"soundcloud", "spotify", "vimeo", "threads", "mastodon", "linkedin", "clubhouse", "signal", "teams", "air"}
)
_CONTINENTS = frozenset({"africa", "asia", "europe", "america", "oceania", "antarctica", "australasia"})
# lower-case words up to "fm" after a name ("RTÉ lyric fm", "Capital xtra fm"): a station's own styling, no English
# words ("fm" is none), so part of the name before them
# ("RTÉ lyric fm's The Quiet Hour": the station's possessive, then what it owns)
_LOWER_FM = linear.compile(r"(?P<rest>(?:\s+[a-z]+){0,2}\s+fm)(?:['\x{2019}]s\s+(?P<owned>@\d+)|[^\w'\x{2019}-]|$)")
# "the BBC Swahili service": a broadcaster's service in one tongue or for one region, named with its "service" in
# lower case, which the capitals alone leave off (where the words were broadcast is the service)
_LOWER_SERVICE = linear.compile(r"(?P<rest>\s+service)(?:\s*[,.;:!?]|\s+(?:in|on|that|about|when|last|this)\b|\s*$)")
_SLASHED = linear.compile(rf"/(?:(?P<more>{_P})|(?P<number>\d+)(?:$|[^\w@/]))")
# What is printed has no co-host or guest: after it, a full name joined by "&" is the title's own
# ("the trad magazine Reel & Slip Jig"), where after a podcast it may be a second person
_PRINT_BEFORE = linear.compile(
    r"\b(?:newspaper|paper|magazine|daily|weekly|monthly|fortnightly|quarterly|tabloid|webzine|zine|fanzine|"
    r"e-zine|journal|publication)\s+$"
)
# ", Santiago." ending the sentence right after a programme's name
_COMMA_WORD = linear.compile(rf"\s*,\s*(?P<more>{_P})\s*[.!?]?\s*$")
# "On the podcast Small Ears, Big Tunes, Bell said": a fronted programme's name, a second name set off by commas,
# then the sentence's subject and its verb
# (after when, maybe: "Years later, on the podcast ...")
_FRONTED_BEFORE = linear.compile(r"^\W*(?:[^,;:.!?]{1,40},\s*)?(?:[Oo]n|[Ii]n)\s+(?:(?:the|a|an|his|her|their)\s+)?$")
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
_COMMA_NAME_SUBJECT = linear.compile(rf"\s*,\s*(?P<more>{_P})\s*,\s*(?P<subject>{_P})\s+(?:[a-z]+ly\s+)?[a-z]")
# "the radio show Night Shift with Tasha Greene": a name the page calls a programme may be named after its host
_PROGRAMME_BEFORE = linear.compile(r"\b(?:show|programme|program|podcast)\s+$")
_HOSTED = linear.compile(rf"\s+with\s+(?P<host>{_P})(?:$|[\s,.;:!?])")
_YEAR = linear.compile(rf"{WORD_START}(?:[Ii]n|[Bb]ack\s+in)\s+(?:an?\s+)?(?P<year>(?:18|19|20)\d\d){WORD_END}")

# Programmes a later lead may refer back to ("in the documentary"), and the one word each is known by.
_KINDS = r"documentary|docuseries|podcast|programme|program|series|show"
_KIND_WORD = {"program": "programme"}
# A programme named with what it is, its title right after ("the 2022 documentary Salt Sheds", "the podcast "Hiss"").
_NAMED_PROGRAMME = linear.compile(rf"\b(?P<kind>{_KINDS})\s+(?:\"(?P<quoted>[^\"]{{1,80}})\"|(?P<name>{_P}))")


# A programme's title of capitalised words joined by small ones (or a name's particles: "Som de Dentro"), or a title
# with a subtitle after a colon ("Afterimage: A Year with Seo Ji-woo"), in the text
_WORDED_PROGRAMME = (
    rf"\p{{Lu}}[\w'-]*(?:(?:\s+(?:{_SMALL}|de|do|di|van|von|der|den|{'|'.join(sorted(FOREIGN_PREPOSITIONS))})){{0,2}}"
    rf"\s+\p{{Lu}}[\w'-]*)*"
)
_PROGRAMME_TITLE = rf"(?:{_WORDED_PROGRAMME}:\s+\p{{Lu}}[^,.;:!?\"]{{0,60}}?|{_WORDED_PROGRAMME})"
# "Brackish Water, the feature-length documentary about ...", "the season opener of Soundcheck Africa, the
# pan-African series that ...": a title, then what it is as an apposition (a few words before the kind, none a
# preposition: "Bell, the subject of the documentary" is a person; what follows the kind shows it ends the
# apposition or goes on about the programme: "Cy Dorn, the film director" is a person)
# ('"Signal", the agency's documentary': a title in quotation marks, which mark it as one even of one word)
_APPOSED_PROGRAMME = linear.compile(
    rf"(?:^\W*(?:(?:In|On)\s+)?|\b(?:of|in|on)\s+)(?:(?P<quoted>\")(?P<title_q>{_PROGRAMME_TITLE})(?:\",|,\")"
    rf"|(?P<title>{_PROGRAMME_TITLE})\s*,)\s*(?:the|an?)\s+"
    rf"(?P<words>(?:[\w'-]+\s+){{0,3}}?)"
    r"(?P<kind>documentary|docuseries|series|programme|program|show|film)"
    r"(?:\s*[,.;:]|\s*$|\s+(?:that|which|about|in\s+which|where|following|from|by|made|directed|produced|filmed|"
    r"shot|set)\b)"
)
# A sentence opening with where, by a programme's title: "In Hav fra Nord, ..."
_IN_TITLE = linear.compile(rf"^\W*(?:In|On)\s+(?P<title>{_PROGRAMME_TITLE})\s*,")
# "the Archive's Lives in Sound series", "the Voices of the Quebrada podcast": a title whose small words the mentions
# cut it at, told before what it is (an owner before it is whose the programme is, no part of its title)
# ("the Off the Record with Cy podcast": between the article and what it is, "with" joins one title, not two people)
_TITLE_BEFORE_KIND = linear.compile(
    rf"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)\s+(?:\p{{Lu}}[\w-]*(?:'s|\x{{2019}}s)\s+)?"
    rf"(?P<title>\p{{Lu}}[\w'-]*(?:(?:\s+(?:{_SMALL}|with)){{0,2}}\s+\p{{Lu}}[\w'-]*)*)\s+"
    r"(?:series|programme|program|podcast|documentary|docuseries|project|collection)\b"
)
# "Hidden Tracks - Reading Group Guide, Chapter Five", "the second chapter of Hidden Tracks": what has chapters is a
# book, which a lead may then name by its title alone ("says in Hidden Tracks")
_CHAPTER_OF = linear.compile(
    rf"^\W*(?P<title>{_PROGRAMME_TITLE})\s+-\s+(?:\p{{Lu}}[\w'-]*\s+){{0,4}}?(?:\p{{Lu}}[\w'-]*\s*,\s*)?"
    r"Chapter\s+(?:\d+|\p{Lu}[a-z]+)\b"
    rf"|\b[Cc]hapters?\s+(?:(?:\d+|[a-z]+)\s+)?of\s+(?P<of>{_PROGRAMME_TITLE})(?:\s*[,.;:!?]|\s+[a-z]|\s*$)"
)
# "the third episode of Hitfabrik": an episode is one of a series
_EPISODE_OF = linear.compile(rf"\b[Ee]pisodes?\s+of\s+(?P<title>{_PROGRAMME_TITLE})(?:\s*[,.;:!?]|\s+[a-z]|\s*$)")
# Words that are no part of a description of a programme before what it is ("the subject of the documentary")
_NOT_DESCRIBING = frozenset({"of", "for", "about", "in", "with", "by", "from", "to", "at", "on", "and", "or", "who"})
# Capitalised words opening a sentence that open no title ("In Chile, ...", "Later that year, ...")
_OPENING_WORDS = frozenset(
    {"when", "while", "later", "then", "since", "as", "but", "so", "yet", "now", "here", "there", "once", "back"}
    | {"early", "elsewhere", "and", "or"}
)
_PLACING = frozenset({"after", "before", "during", "like", "unlike", "over", "under", "through", "between", "across"})
# A sentence of the narration telling what a programme shows, in the present, as a recap of it does: "The episode
# opens on the pier", "Roughly twenty minutes in, the film cuts to Tokyo", "the film shows" (not "the film's", nor
# "the documentary was shown")
_RECAP = linear.compile(
    r"(?:^\W*|[,;:]\s+|\b(?:and|while|as|when|then)\s+)(?:[Tt]he|[Ii]ts)\s+"
    r"(?:film|episode|documentary|docuseries|programme|program|series|chapter|segment)\s+"
    r"(?:(?:then|also|now|first|finally|later|briefly|even|only|still|soon)\s+)?(?P<verb>[a-z]+s)\b"
)
# Kinds of programme whose words reach an audience as sound only: a recap that "cuts to" or "opens on" a scene
# tells of one that is seen
_HEARD = frozenset({"podcast", "book"})  # (a book is read, not seen: no programme a scene is shown in)


# An outlet told as one: "the Brazilian daily X", "the Korean music webzine X" (what it is before its name), "Spain's X"
# (the country it is from, checked on the match), "X ran a long piece on Y" (printing a piece)
_OUTLET_NAMED = linear.compile(
    r"\b(?:newspaper|paper|magazine|daily|weekly|monthly|tabloid|webzine|zine|broadsheet|journal|outlet)\s+"
    rf"(?P<kind>{_P})"
    rf"|(?P<owner>{_P})'s\s+(?P<country>{_P})"
    rf"|(?P<ran>{_P})\s+(?:ran|runs|printed|prints|published|publishes|carried|carries)\s+an?\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    r"(?:piece|interview|profile|article|feature|story|review)\b"
    # ("a reporter from the Oxford Eagle came out": the paper one works for, after "the"; a place so told would take
    # no article, "a reporter from Hull", checked on the match not to be a country: "from the Gambia")
    r"|\b(?:reporter|journalist|correspondent|columnist|critic)\s+(?:from|for|at|with)\s+the\s+"
    rf"(?P<staff>{_P})"
)
# "Bell told Hallyu Weekly that ...": a periodical, by the word its name ends with, told something in the page's own
# words (no quote of its own to carry its name: a later "in the same magazine" means it)
_TOLD_PERIODICAL = linear.compile(rf"\b(?:told|tells)\s+(?P<name>{_P})\s+(?:that\b|about\b)")
_PERIODICAL_ENDS = frozenset({"weekly", "daily", "monthly", "magazine", "times", "gazette", "herald", "journal"})
# "told the paper", "the daily quoted her": an outlet named by what it is, meaning the last the page named
THE_PAPER = linear.compile(
    r"\b(?:told|tells|said\s+to|says\s+to|explained\s+to|to)\s+the\s+(?:paper|newspaper|daily|magazine|weekly)"
    r"(?:\s*[,.;:!?]|\s*$)"
)


def _carried(where: str) -> linear.Pattern:
    """Where a lead says the words were said, in the places that tell it of the quote (not of a clause about
    something else: "Bell, who refused to appear in the documentary, said"): an aside right after the speaker
    ("Bell, back in the documentary:"), the sentence's opening ("In the documentary, Bell recalls"), or after a
    verb of saying ("Bell said in the documentary:")."""
    # (``where`` names its group "{n}", numbered here: RE2 keeps one group of a name)
    return linear.compile(
        # ("Bell, asked about the drums later in the same series, ...": the aside tells what she was asked, then where)
        rf"{_P}\s*,\s*(?:(?:asked|questioned|pressed)\s+(?:about|on)\s+[^@,;:.]{{1,40}}?\s+)?"
        rf"(?:(?:also|back|again|later|still)\s+)?(?:in|on)\s+{where.format(n=1)}\s*(?:[,:]|$)"
        rf"|(?:^|[.;]\s+)\W*(?:(?:Back|Later|Also|Again)\s+(?:in|on)|In|On)\s+{where.format(n=2)}\s*,"
        rf"|\b(?:{SAYING})\s+(?:(?:also|later|again|back|[a-z]+ly)\s+)?(?:in|on)\s+{where.format(n=3)}"
        r"\s*(?:[,:.;!?]|$)"
    )


def _title_after_comma(clause: Clause, match: linear.Match, group: str = "source") -> Mention | None:
    """The second half of a programme's name that holds a comma, when the sentence opens with where and sets the
    half off before its subject: "On the podcast Small Ears, Big Tunes, Bell talked about it" (the subject someone
    of the page, or a personal pronoun: "..., she talked about it"; the half no one of it, nor a country: "On the
    podcast X, Bell, Kent and I talked" is a list); ``group``: the match's group that holds the first half."""
    if _FRONTED_BEFORE.match(clause.skeleton[: match.start()]) is None and (
        _FRONTED_BEFORE.match(clause.skeleton[: match.start(group)]) is None
    ):
        return None
    found = _COMMA_NAME_SUBJECT.match(clause.skeleton, match.end(group))
    if found is None:
        return None
    more, subject = clause.mention(found.group("more")), clause.mention(found.group("subject"))
    if more is None or subject is None:
        return None
    # ("it" may be the programme itself, or the song: no one speaking)
    personal = subject.kind == "pronoun" and fold(subject.text) in _SUBJECT_PRONOUNS
    if not personal and (subject.kind != "name" or subject.person is None):
        return None
    if more.kind != "name" or more.person is not None or more.people or more.possessive:
        return None
    return None if known_country(squash(more.text)) else more


def _either(match: linear.Match, name: str) -> str:
    """The group of that name a ``_carried`` pattern matched, whichever of its places it was in."""
    return next((found for n in (1, 2, 3) if (found := match.group(f"{name}{n}"))), "")


# ("in the same series": the one named before, said outright)
_BACK_TO_KIND = _carried(rf"the\s+(?:same\s+)?(?P<kind{{n}}>{_KINDS})")
_BACK_TO_NAME = _carried(rf"(?P<source{{n}}>{_P})")
# ("she says in the film": a documentary the page named, which "film" names by what it is seen as)
_BACK_TO_FILM = _carried(r"the\s+(?:same\s+)?(?P<kind{n}>film)")
_FILMS = ("documentary", "docuseries")
_RELATIVE_BEFORE = linear.compile(r"\b(?:who|whom|which|that|whose)\b")
# "in @3" in a lead with no relative clause before it, ending the lead or before what the words tell ("explains in @2
# what she sang:"), or opening it ("In @0 @1 remembers")
_IN_KNOWN_TITLE = linear.compile(
    r"\b(?i:in)\s+(?P<title>@\d+)"
    r"(?:\s*(?:[,:.]|$)|\s+(?:what|how|why|where|when)\b|\s+@\d+\s+[a-z]+)"
)


@dataclass
class Programmes:
    """The programmes the page has named so far with what they are ("the 2022 documentary Salt Sheds"). A later
    lead may say where by what it is alone ("Bell, back in the documentary:"), which means the one of that kind the
    page has named (with two, or one whose title it did not read, no one), or by the title alone ("also in Salt
    Sheds"), which the page has told is a programme and no person."""

    by_kind: dict[str, list[str]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    # Titles told before what they are, with small words the mentions cut them at ("Lives in Sound"): the page's
    # later leads may name them alone ("in her interview for Lives in Sound"), read whole (``worded_in``)
    worded: list[str] = field(default_factory=list)
    # Whether the narration tells what a programme shows, in the present ("The episode opens on the pier"): a recap
    # of it, whose quotes told in the present are said in it
    recap: bool = False
    # Outlets the page has named as such (see ``_outlets``), and the last of them: whom "told the paper" means.
    outlets: list[str] = field(default_factory=list)
    last_outlet: str | None = None

    def read(self, clause: Clause) -> None:
        if "@" in clause.skeleton:
            self._outlets(clause)
        if "," in clause.text:
            for found in _APPOSED_PROGRAMME.finditer(clause.text):
                if _NOT_DESCRIBING & set(found.group("words").lower().split()):
                    continue
                # (a title opening the sentence or after "in" or "on" is of two words at least: "In Chile, the
                # documentary about her was a hit" names a place)
                if found.group("quoted"):
                    self._titled(clause, found, found.group("kind"), True, "title_q")
                    continue
                of = clause.text[max(0, found.start("title") - 3) : found.start("title")] == "of "
                self._titled(clause, found, found.group("kind"), of)
        for found in _TITLE_BEFORE_KIND.finditer(clause.text) if " " in clause.text else ():
            title = squash(found.group("title"))
            if _SMALL_WORD.search(f" {title} ") and title not in self.worded:
                self.worded.append(title)
        if "hapter" in clause.text:
            for found in _CHAPTER_OF.finditer(clause.text):
                self._titled(clause, found, "book", True)
        if "pisode" in clause.text:
            for found in _EPISODE_OF.finditer(clause.text):
                self._titled(clause, found, "series", True)
        if not self.recap and _RECAP.search(clause.text) is not None:
            self.recap = all(found.group("verb") != "was" for found in _RECAP.finditer(clause.text))
        for match in _NAMED_PROGRAMME.finditer(clause.skeleton):
            kind = _KIND_WORD.get(match.group("kind"), match.group("kind"))
            mention = clause.mention(match.group("name"))
            title = ""
            if match.group("quoted"):
                title = squash(clause.words(match.group("quoted")))
            elif mention is not None and mention.kind == "name" and not mention.people and not mention.possessive:
                title = squash(mention.text)
                rest = _title_after_comma(clause, match, "name") if "," in clause.skeleton else None
                if rest is not None:
                    # the whole title, as the lead reads it, so that its first half alone later means no programme
                    title = f"{title}, {squash(rest.text)}"
                worded = _WORDED_TITLE.match(clause.text, clause.at(match.start()))
                whole = _worded(worded.group("title"))[0] if worded is not None else ""
                if _SMALL_WORD.search(whole) or " by " in whole:
                    title = ""  # a title the mentions cut at its small words: not read whole here
            known = self.by_kind.setdefault(kind, [])
            if title not in known:
                known.append(title)
            if title:
                self.titles.setdefault(fold(title), title)

    def _outlets(self, clause: Clause) -> None:
        """Outlets the clause names as such: after what they are ("the Brazilian daily X"), after the country they
        are from ("Ghana's X", "Spain's X"), or as the subject of printing a piece ("X ran a long piece on Y")."""
        for match in _OUTLET_NAMED.finditer(clause.skeleton):
            for group in ("kind", "country", "ran", "staff"):
                mention = clause.mention(match.group(group))
                if mention is None or mention.people or mention.possessive or mention.kind != "name":
                    continue
                if group == "country":
                    owner = clause.mention(match.group("owner"))
                    if owner is None or owner.people or known_country(owner.text) is None:
                        continue
                elif group == "staff" and known_country(mention.text) is not None:
                    continue
                elif group == "ran" and mention.new:
                    continue  # a new full name printing something may be a person's
                name = squash(mention.text)
                owner_name, owned, outlet = name.partition("'s ")
                if owned and known_country(owner_name) is not None:
                    name = outlet
                self._outlet(name)
        for match in _TOLD_PERIODICAL.finditer(clause.skeleton) if "told" in clause.skeleton else ():
            mention = clause.mention(match.group("name"))
            if mention is None or mention.people or mention.possessive or mention.kind != "name":
                continue
            if fold(squash(mention.text)).rsplit(" ", 1)[-1] in _PERIODICAL_ENDS and " " in squash(mention.text):
                self._outlet(squash(mention.text))
        if "'s " in clause.text:
            for mention in clause.mentions:
                country, owned, outlet = squash(mention.text).partition("'s ")
                if owned and mention.kind == "name" and not mention.people and known_country(country) is not None:
                    self._outlet(outlet)  # "Ghana's Daily Graphic", read as one name

    def _outlet(self, name: str) -> None:
        if name not in self.outlets:
            self.outlets.append(name)
        self.last_outlet = name

    def outlet(self, source: str) -> str:
        """``source`` as the page first named it, when it is a short form of one outlet named before: its first
        words ("Folha" for "Folha de S.Paulo") or its last ("the Graphic" for "Daily Graphic")."""
        if source in self.outlets:
            return source
        longer = [outlet for outlet in self.outlets if outlet.startswith(f"{source} ") or outlet.endswith(f" {source}")]
        return longer[0] if len(longer) == 1 else source

    def _titled(self, clause: Clause, found: linear.Match, kind: str, one_word: bool, named: str = "title") -> None:
        """A programme the clause names by its title and tells what it is, unless its words are someone of the page
        or a country; ``one_word``: a title of one word may be one (after "of", or in quotation marks); ``named``:
        the group that holds the title, if not "title"."""
        title = squash(found.group(named) or found.group("of"))
        colon = ":" in title
        first, *rest = title.lower().split(" ")
        if first in _OPENING_WORDS or (first in _NOT_DESCRIBING | _PLACING and len(rest) == 1):
            # "Later, the documentary ...", "In Chile, the documentary about her was a hit": when or where, opening
            # the sentence ("Between the Tides", "On the Road" are titles: a preposition and its phrase)
            return
        if not colon and ((" " not in title and not one_word) or "'s" in title or known_country(title)):
            return
        group = named if found.group(named) else "of"
        start, end = found.start(group), found.end(group)
        if not colon and any(m.people for m in clause.within(start, end)):
            return
        kind = _KIND_WORD.get(kind, kind)
        known = self.by_kind.setdefault(kind, [])
        if title not in known:
            known.append(title)
        self.titles.setdefault(fold(title), title)

    def shown(self) -> str | None:
        """The one programme the page names that is seen (no podcast), when it names exactly one and has read the
        title of each."""
        seen = {title for kind, titles in self.by_kind.items() if kind not in _HEARD for title in titles}
        return next(iter(seen)) if len(seen) == 1 and "" not in seen else None

    def worded_in(self, clause: Clause) -> str:
        """A title of small words the page has told is a programme's, when the clause names it whole, or ""."""
        text = squash(clause.text)
        for title in self.worded:
            at = text.find(title)
            if (
                at >= 0
                and not text[at + len(title) : at + len(title) + 1].isalnum()
                and not text[at - 1 : at].isalnum()
            ):
                return title
        return ""

    def referred(self, clause: Clause) -> tuple[str | None, Mention | None]:
        """The programme a lead refers back to, and the mention that names it (if one does)."""
        if " the " in clause.skeleton:
            back = _BACK_TO_KIND.search(clause.skeleton)
            if back is not None:
                kind = _either(back, "kind")
                known = self.by_kind.get(_KIND_WORD.get(kind, kind), [])
                if len(known) == 1 and known[0]:
                    return known[0], None
            if " film" in clause.skeleton and _BACK_TO_FILM.search(clause.skeleton) is not None:
                films = [title for kind in _FILMS for title in self.by_kind.get(kind, [])]
                if len(films) == 1 and films[0]:
                    return films[0], None
        for match in _BACK_TO_NAME.finditer(clause.skeleton):
            mention = clause.mention(_either(match, "source"))
            if mention is not None and not mention.people and fold(mention.text) in self.titles:
                return self.titles[fold(mention.text)], mention
        for match in (
            _IN_KNOWN_TITLE.finditer(clause.skeleton) if self.titles and " in @" in f" {clause.skeleton}" else ()
        ):
            # "X speaks for the first time in Hidden Tracks:", "In Hidden Tracks X remembers it:": a book or programme
            # the page has told is one, named after "in" in the lead itself (not in a clause about something else)
            before = clause.skeleton[: match.start()]
            if _RELATIVE_BEFORE.search(before[before.rfind(",") + 1 :]):
                break  # "X, who read about it in Y, said": where the relative clause tells of, still open
            mention = clause.mention(match.group("title"))
            if mention is not None and not mention.people and fold(mention.text) in self.titles:
                return self.titles[fold(mention.text)], mention
        opening = _IN_TITLE.match(clause.text) if self.titles else None
        if opening is not None and fold(squash(opening.group("title"))) in self.titles:
            # "In Hav fra Nord, the documentary about ..., Bell recalls": a title of several names, which the mentions
            # cut at its small words, opening the sentence as where
            return self.titles[fold(squash(opening.group("title")))], None
        return None, None


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    source: str | None
    year: int | None
    # The people the lead names besides the speaker (who "we" may be).
    others: tuple[str, ...]
    # Whether the lead tells the saying in the present ("he says", "she is unrepentant:"), as a recap of what a
    # programme shows does ("has said", "told" are no scene of it)
    present: bool = False


# An occasion of saying told as one of several, naming no medium: "in some interview", "in another podcast", "on one
# radio show" (a medium named after it is read by the patterns of sources)
_SOME_SETTING = linear.compile(
    r"\b(?i:in|on|during)\s+(?:an?|some|one|another)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:interview|conversation|chat|podcast|show|radio\s+show|programme|program|livestream|stream|Q&A)\b"
    # "Between songs at a gig in Aberdeen, X added:": words said on a stage of no name, not on the medium a sentence
    # before named
    r"|\b(?i:at|during)\s+(?:an?|one|another)\s+(?:[a-z][\w-]*\s+)?(?:gig|concert|show)\b"
    # "Speaking at the album launch in Lima, he added:": a gathering told by what it was for, named by no name of its
    # own (not "the show", which may be the programme)
    r"|\b(?i:at|during)\s+(?:the|an?|his|her|their)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:launch|launch\s+party|release\s+party|premiere|gig|concert|reception|signing|screening)"
    # (then where, or the clause's end: "the launch of Y", "the premiere on Y" may name the medium)
    r"(?:\s+in\s|\s*[,:]|\s*$)"
)


def _visit(clause: Clause, pattern: linear.Pattern = _VISIT) -> list[linear.Match]:
    """The guest's call or visit opening the clause (``_VISIT``), when no one else is named by name after it."""
    found = pattern.search(clause.skeleton)
    if found is None:
        return []
    programme = clause.mention(found.group("programme"))
    placed = found.group("into") or found.group("on") or found.group("with")
    if programme is not None and (programme.people or programme.possessive or (programme.new and not placed)):
        return []  # "X rang Cy Dorn": a call to someone, who may be the one to speak
    for mention in clause.mentions[int(found.group("speaker")[1:]) + 1 :]:
        if mention is programme or mention.kind == "pronoun" or not (mention.people or mention.new):
            continue
        if not _CALLED_FROM.search(clause.text[max(0, mention.start - 60) : mention.start]):
            return []
    return [found]


def _visited(clauses: list[Clause]) -> str | None:
    """The programme a guest's call or visit (``_VISIT``) was to, named after "rang in to", "on the phone to", "joined
    us on", "in the studio with me on" (one to the presenter's own, told otherwise, is read by the narrative)."""
    for clause in clauses:
        for found in _visit(clause):
            named = clause.mention(found.group("programme"))
            if named is None or named.kind != "name" or named.people or named.possessive:
                continue
            if found.group("into") or found.group("on") or found.group("with"):
                return squash(named.text)
    return None


# "X, who's been sat in the studio with me all evening, says", "X is sitting across the desk from me here at Y": a
# guest with the presenter now, on the programme being broadcast (not "was here in the studio on Friday", a visit
# before it)
_SITTING_IN = linear.compile(
    rf"(?:\bis|'s|\bhas)\s+(?:been\s+)?(?:sitting|sat)\b[^.;:!?\"]{{0,80}}?"
    rf"(?:\bin\s+the\s+studio\b|\bhere\s+(?:at|on)\s+(?:the\s+)?(?P<here>{_P}))"
)


def visits_own(clauses: list[Clause], own: str) -> bool:
    """Whether a guest's call or visit (``_VISIT``) the lead tells was to the presenter's own programme, ``own``: "rang
    the show", "called X" or "in the X studio" of their X, "called in ... later in the same programme", or the guest
    sits with them now (``_SITTING_IN``) ("stopped by the station", "was here in the studio on Friday" name none)."""
    for clause in clauses:
        for found in _visit(clause) or _visit(clause, _VISIT_WHEN):
            named = clause.mention(found.group("programme") or found.group("studio"))
            if named is None and (found.group("show") or found.group("same")):
                return True
            if named is not None and named.kind == "name" and fold(squash(named.text)) == fold(own):
                return True
        sitting = (
            _SITTING_IN.search(clause.skeleton) if "sat" in clause.skeleton or "sitting" in clause.skeleton else None
        )
        here = clause.mention(sitting.group("here")) if sitting is not None else None
        if sitting is not None and (here is None or fold(squash(here.text)) == fold(own)):
            return True
    return False


# Someone's words by a noun for them, then a relative clause about how they were kept ("His verdict, which I wrote on
# the track sheet", "Her reply, which I still have,")
_OWNED_WORDS = linear.compile(
    r"^\W*(?:@\d+(?:'s)?|(?i:his|her|their))\s+(?:[a-z]+\s+)?(?:verdict|words|reply|answer|response|comment|advice|instructions?|message|"
    r"note|review|opinion|assessment|summary|judgement|judgment)\s*,\s+(?:which|that)\s"
)


# "half of", "one of": the words before a group's name that make the subject one of its members
_PART_OF = linear.compile(r"\b(?i:one|half|some|each|members?|rest|part)\s+of\s+$")


# ", as X puts it": the opening of an aside that gives its own sentence's words to X
_AS_ASIDE_BEFORE = linear.compile(r"(?:^|,\s*)[Aa]s\s+$")


def attribution(clauses: list[Clause], programmes: Programmes | None = None) -> Attribution:
    """Reads the lead-in (or follow-on) clauses of a quote, the nearest to the quote first; ``programmes``: those the
    page has named before, which the lead may refer back to."""
    speaker: str | None = None
    speaker_clause: Clause | None = None
    said_now: bool | None = None  # the tense of the saying that names the speaker, when one does
    # The lead's clause is asked for its medium by several checks below: each clause's is read once.
    sources: dict[int, Source] = {}

    def source_of(clause: Clause) -> Source:
        if id(clause) not in sources:
            sources[id(clause)] = _source(clause)
        return sources[id(clause)]

    unnamed = False
    # A "he" or "she" saying in the clause right before the words, whom the page cannot tell
    unknown_pronoun = False
    # A "he" or "she" saying anywhere in the lead, whom the page cannot tell
    one_unknown = False
    # The subject of "X, who <saying> about ...", which another possible subject before X made doubtful: the speaker
    # only when nothing else in the lead names one
    in_passing: str | None = None
    for clause in reversed(clauses):
        found = _SPEAKER_AFTER.match(clause.skeleton) or (
            _ALL_SAID.match(clause.skeleton) if " all " in clause.skeleton or "everything" in clause.skeleton else None
        )
        owning = clause.mention(found.group("speaker")) if found is not None else None
        if owning is not None and owning.possessive:
            # "says Bell's sister, Cy Dorn": the one in apposition speaks; with no one named there, no one the page
            # can tell (whose sister she is does not say it)
            found = _SPEAKER_AFTER_OWNED.match(clause.skeleton)
        if found is None and clause is clauses[-1] and "words" in clause.skeleton:
            found = _WORDS_OF_LEAD.match(clause.skeleton)
            whose = clause.mention(found.group("speaker")) if found is not None else None
            if whose is None or not (whose.possessive or whose.text.lower() in ("his", "her", "their")):
                found = None
        if found is None and clause is clauses[-1]:
            compared = _SUBJECT_COMPARED.match(clause.skeleton)
            opening = clause.mention(compared.group("speaker")) if compared is not None else None
            if opening is not None and not opening.possessive and _person(opening) is not None:
                found = compared
        matches = [found] if found else []
        # the first speech verb, unless another clause joined to it has one ("Bell told Arbour about it, and
        # Arbour said:" is Arbour's; "the singer explained why she insisted" the singer's)
        said = sorted(
            [
                *(
                    m
                    for m in _speakers(clause)
                    if not (m.group(0).endswith(("agreed", "agrees")) and _agreed_to_do(clause.skeleton, m.end()))
                    and not (m.group(0).endswith(("added", "adds")) and _added_thing(clause.skeleton, m.end()))
                ),
                *(
                    m
                    for m in _ACCORDING.finditer(clause.skeleton)
                    if not _WITH_THE_WORDS.search(clause.skeleton[max(0, m.start() - 30) : m.start()])
                ),
                *(_QUOTED_WHOM.finditer(clause.skeleton) if "quote" in clause.skeleton else ()),
                *_asides(clause),
                *(
                    m
                    for m in (_TO_SAY.finditer(clause.skeleton) if " to " in clause.skeleton else ())
                    if not _NOT_DONE.search(m.group("doing"))
                ),
                *_visit(clause),
                *(
                    m
                    for m in (_SAID_BY.finditer(clause.skeleton) if " by " in clause.skeleton else ())
                    # (not "by her cousin's friend": whose friend, no agent)
                    if (agent := clause.mention(m.group("speaker"))) is None or not agent.possessive
                ),
            ],
            key=lambda m: m.start(),
        )
        owned = _OWNED_WORDS.match(clause.skeleton) if ", " in clause.skeleton else None
        if owned is not None:
            # "His verdict, which I wrote on the track sheet:": the words are the owner's; the relative clause tells
            # who wrote them down, no saying of theirs
            said = [m for m in said if m.start() < owned.end()]
        for later in range(min(len(said), 8) - 1, 0, -1):  # a few, near: a clause may hold thousands
            between = clause.skeleton[said[0].end() : said[later].start()]
            if len(between) <= 300 and _JOINED.search(between):
                said.insert(0, said.pop(later))
                break
        inner_when = len(said) > 1 and _INNER_WHEN.search(
            clause.skeleton[max(0, said[0].start() - 20) : said[0].start()]
        )
        if inner_when:
            # the main clause's saying goes on from the clause of when, not joined to it by "and" or "but" (which
            # would make it the same subject's second verb)
            main = next(
                (
                    m
                    for m in said[1:4]
                    if m.start() - said[0].end() <= 150
                    and not _JOINED.search(clause.skeleton[said[0].end() : m.start()])
                ),
                None,
            )
            if main is not None:
                said.insert(0, said.pop(said.index(main)))
        elif len(said) > 1 and (
            _FRONTED_WHEN.match(clause.skeleton[: said[0].start()])
            or (
                _FRONTED_PIECE.match(clause.skeleton[: said[0].start()])
                and (leading := _LEADING_MENTION.match(said[0].group(0))) is not None
                and (writer := clause.mention(leading.group(0))) is not None
                and writer.kind == "pronoun"
            )
        ):
            # "When X announced that ..., I told him what I thought": the saying in the fronted clause of when is
            # what the main clause's answers; the main clause's own saying, its subject right after a comma, is it
            main = next((m for m in said[1:4] if clause.skeleton[: m.start()].endswith(", ")), None)
            if main is not None:
                said.insert(0, said.pop(said.index(main)))
        if " and " in clause.skeleton and clause is clauses[-1]:
            told = _told_hearer(clause)
            if told is not None and all(m.start() < told.start("speaker") for m in said):
                # (a saying in the fronted clause of when, "After X had called the set,", is the subject's before)
                said = [told]
        matches += said
        if not matches and " and " in clause.skeleton:
            and_said = _AND_SAID.match(clause.skeleton)
            platform = clause.mention(and_said.group("platform") or "") if and_said is not None else None
            if (
                and_said is not None
                and and_said.group("platform")
                and (platform is None or fold(platform.text) not in _PLATFORMS)
            ):
                and_said = None  # "X talked to Cy Dorn and said": whom the saying may be of
            span = clause.mention(and_said.group("span") or "") if and_said is not None else None
            if and_said is not None and and_said.group("span") and (span is None or fold(span.text) not in _SPANS):
                and_said = None  # "Cy Dorn after ..., X filmed it and said": no span of time opens it
            if and_said is not None and _NAME_THEN_WHO.search(and_said.group(0)):
                and_said = None
            joined = clause.mention(and_said.group("joined") or "") if and_said is not None else None
            if joined is not None and _person(joined) is not None:
                and_said = None  # "a show, Tea and the Cy Dorn,": the joined name may be a guest
            matches += filter(None, [and_said or _AND_TELLS.search(clause.skeleton)])
        if not matches and "speech" in clause.skeleton:
            matches += filter(None, [_IN_SPEECH.search(clause.skeleton)])
        if not matches and " with" in clause.skeleton:
            matches += filter(None, [_OPENED_SPEECH.search(clause.skeleton)])
        if not matches and clause is clauses[-1]:
            given = _GAVE_SPEECH.search(clause.skeleton)
            if (
                given is not None
                and not _OTHER_SUBJECT.search(given.group("tail"))
                and (given.group("did") is None) == (given.group("impression") is None)
            ):
                matches.append(given)
        if not matches and clause is clauses[-1] and _LEAD_JOINED.sub("", clause.skeleton.lstrip())[:1] in "@[":
            # "Tūhoe-Mitchell: ...", "Popescu on why he sings it in Finnish: ...": a lead of a name alone, or of a
            # name and what the words are about, as a headline or show notes have it (no verb for anyone else)
            matches += filter(None, [_NAME_ON_TOPIC.match(clause.skeleton)])
            where = _NAME_WHERE.match(clause.skeleton) if not matches else None
            if where is not None and not any(
                _person(m)
                for m in _mentions_in(clause, where.group("where"))
                # ("Bell to Ouest Matin:": a name new to the page after "to" is whom the words were given to, and
                # no topic they may be about; "Bell, writing to Cy Dorn:" may be a letter's, whose source he is not)
                if m.kind in ("name", "description")
                and not (where.group("prep") in ("to", "on") and m.new and not where.group("doing"))
            ):
                matches.append(where)
        if not matches and clause is clauses[-1] and ("is" in clause.skeleton or "Here's" in clause.skeleton):
            this_is = _THIS_IS_SPEAKER.search(clause.skeleton)
            # ("Here X is", "Here's X", "Here is X": the "is" on either side of the name; "Here X on Y" is no lead;
            # "Here's X on stage with Y:" may be the two of them singing)
            if (
                this_is is not None
                and any(this_is.group(g) for g in ("this_is", "is", "is_after"))
                and not _WITH_ANOTHER.search(this_is.group("where") or "")
            ):
                matches.append(this_is)
        if not matches and clause is clauses[-1] and "self" in clause.skeleton:
            matches += filter(None, [_FROM_ONESELF.search(clause.skeleton)])
        if not matches and "caption" in clause.skeleton:
            matches += filter(None, [_CAPTIONED_POST.search(clause.skeleton)])
        if not matches and clause is clauses[-1] and " put" in clause.skeleton:
            posted = _PUT_ON_PLATFORM.search(clause.skeleton)
            platform = clause.mention(posted.group("platform")) if posted is not None else None
            if posted is not None and platform is not None and fold(platform.text) in _PLATFORMS:
                matches.append(posted)
        if (
            not matches
            and "'s " in clause.skeleton
            and not _SAYS.search(_ASKED_OWNER.sub("", _PASSIVE_SAYING.sub("", clause.skeleton)))
        ):
            # (a saying anywhere in the clause may be another's: "X's account was disputed by Y, who told Z:"; not one
            # in the passive, the words' own: "X's tribute was shared widely:")
            matches += filter(None, [_OWN_ACCOUNT.match(clause.skeleton) or _IN_OWN_TELLING.match(clause.skeleton)])
            if not matches and clause is clauses[-1] and _OWNERS_WORDS.match(clause.skeleton):
                # "X's obituary in The Times was shared widely:": words about X, or X's, right before the quote
                # and no saying: not those of someone a sentence before named
                unnamed = True
                break
        if not matches and clause is clauses[-1] and not _SAYS.search(clause.skeleton):
            asked = _ASKED_WHOM.search(clause.skeleton)
            # (a medium asking, not someone: "when Cy Dorn asked her" names two, either of whom may speak next)
            if asked is not None and _person(clause.mention(asked.group("asker"))) is None:
                matches.append(asked)
        if not matches and "," in clause.skeleton:
            aside = _SPEAKING_ASIDE.match(clause.skeleton)
            described = clause.mention(aside.group("described")) if aside is not None else None
            if (
                aside is not None
                and described is not None
                and (
                    described.kind != "description"
                    or described.person != _person(clause.mention(aside.group("speaker")))
                )
            ):
                aside = None  # "A, B, writing in X,": two people listed, not one described
            if (
                aside is not None
                and not _SAYS.search(aside.group("rest"))
                and (
                    not any(_person(m) for m in _mentions_in(clause, aside.group("rest")) if m.kind == "name")
                    or _CREDITING.match(aside.group("rest"))
                )
            ):
                matches.append(aside)
            fronted = _SPEAKING_FRONTED.match(clause.skeleton) if aside is None else None
            if fronted is not None and not _SAYS.search(fronted.group("rest")):
                matches.append(fronted)
        bare = False
        for match in matches:
            relative = _WHO_SAYING.match(clause.skeleton[match.end("speaker") : match.end()]) is not None
            if relative and clause is clauses[-1] and in_passing is None:
                in_passing = _speaking_about(clause, match)
            if match.group(0).endswith(("wrote", "writes")) and _COMPOSED.match(clause.skeleton, match.end()):
                continue
            frame = _AS_ONE_TELLS_IT.match(clause.skeleton)
            if frame is not None and match.start("speaker") < frame.end():
                continue  # "As X remembers it, Y said:": whose memory the account is, not who said the words
            if (
                _asked_by(clause.skeleton, match.start("speaker"))
                or _agent_apposed(clause, match.end("speaker"))
                or _someone_of(clause.skeleton, match.start("speaker"))
                or (
                    clause.skeleton[match.end("speaker") : match.end("speaker") + 1] == ","
                    and _PROGRAMME_APPOSED.search(
                        clause.skeleton[max(0, match.start("speaker") - 50) : match.start("speaker")]
                    )
                )
            ):
                continue
            if relative and (
                clause is not clauses[-1]
                or _PASSIVE_AGENT_BEFORE.search(
                    clause.skeleton[max(0, match.start("speaker") - 60) : match.start("speaker")]
                )
                or _other_subject_before(clause, match.start("speaker"))
            ):
                # a relative clause tells of the one it is about in passing: its saying is the words' only as the
                # lead straight into them ("X, who calls Ziggy at night. ... Later Ziggy said" is no saying of X's);
                # and "Bell's tribute was shared by X, who wrote:": the words may be the tribute X passed on as much
                # as X's own; "She thanked X, who laughs about it now:" may lead into her words as much as X's
                continue
            mention = clause.mention(match.group("speaker"))
            person = _person(mention)
            if (
                person is None
                and mention is not None
                and mention.kind == "name"
                and not mention.possessive
                # (read only near the clause's start, which is all the pattern allows: a clause may be long)
                and match.start("speaker") <= 80
                and _BARE_SUBJECT.match(clause.skeleton[: match.start("speaker")])
            ):
                # "Ebbe said,", "Later Ziggy said,": a bare name, someone the page does not know, as the subject of the
                # saying; the words are theirs, not those of another the lead names (but "the Queenslander joked" is a
                # description, which may be someone named before), unless another saying in the clause is someone's
                bare = True
                continue
            if (
                person is None
                and mention is not None
                and mention.kind == "pronoun"
                and mention.text.lower() in ("he", "she")
            ):
                # ("she has said, though the band insist": one "he" or "she" is saying, so no group is the one named)
                one_unknown = True
            if (
                person is None
                and mention is not None
                and mention.kind == "pronoun"
                and mention.text.lower() in ("he", "she")
                and clause is clauses[-1]
            ):
                # "I wrote to him, and he answered:": a "he" or "she" whom the page cannot tell is the one saying the
                # words, not someone an earlier clause of the lead names
                unknown_pronoun = True
                continue
            if (
                person is not None
                and unknown_pronoun
                and _AS_ASIDE_BEFORE.search(
                    clause.skeleton[max(0, match.start("speaker") - 8) : match.start("speaker")]
                )
            ):
                # "The person to thank, as Le Goff puts it, is X. I wrote to him, and he answered:": an aside's
                # saying is of its own sentence's words; after a saying by a "he" the page cannot tell, it is no lead
                # into the words
                unnamed = True
                break
            if (
                person is not None
                and unknown_pronoun
                and mention is not None
                and mention.kind == "pronoun"
                and mention.text.lower() in ("i", "we")
            ):
                # "I only wanted to say X was on Y and she said:": the teller's saying is their report of it, the
                # words those of a "she" whom the page cannot tell
                unnamed = True
                break
            if person is not None and _PART_OF.search(
                clause.skeleton[max(0, match.start("speaker") - 20) : match.start("speaker")]
            ):
                # "the Portuguese half of the duo said", "one of the band said": a part of the group says it, not the
                # group, and which member the words alone do not tell
                unnamed = True
                break
            if person is not None:
                speaker, speaker_clause = person, clause
                words = set(_WORD.findall(match.group(0)))
                if words & _PERFECT or words & _PAST_SAYING:
                    said_now = False
                elif words & _PRESENT_SAYING:
                    said_now = True  # else a saying the match does not tell ("X, interviewed there, is blunt")
                break
        if speaker is not None or unnamed:
            break
        if bare:
            unnamed = True
            break
        if not matches and clause is clauses[-1] and "@" in clause.skeleton[:80]:
            subject = _UNKNOWN_SUBJECT.match(clause.skeleton)
            mention = clause.mention(subject.group("speaker")) if subject is not None else None
            if (
                mention is not None
                and mention.kind == "name"
                and mention.new
                and not mention.possessive
                and subject is not None
                and subject.group("verb") not in ("and", "or", "with", "of", "to", "for", "in", "at", "on")
            ):
                # "The critic Eda Fenn was unmoved:", "Le Devoir's reviewer, Eda Fenn, was less kind:": the lead's
                # subject is someone new to the page, whose words these are, not those of one a sentence before named
                speaker, speaker_clause = squash(mention.text), clause
                break
            newcomer = _new_subject(clause) if subject is None else None
            if newcomer is not None:
                speaker, speaker_clause = newcomer, clause
                break
        if _UNNAMED_SAYS.search(clause.skeleton):
            unnamed = True  # "An insider tells X:": someone the page does not name said it, not one named before
            break
    ordered = ([speaker_clause] if speaker_clause else []) + [c for c in reversed(clauses) if c is not speaker_clause]
    if speaker_clause is not None and speaker_clause is not clauses[-1] and _goes_on(clauses[-1], speaker, source_of):
        # "X told NME that ... . On the podcast Y she added:", "He was franker on Radio Z:": the sentence that leads
        # straight into the words, about the speaker (named earlier), tells where they were said
        ordered.insert(0, ordered.pop(ordered.index(clauses[-1])))
    if len(ordered) > 1 and _SOME_SETTING.search(ordered[0].skeleton) and source_of(ordered[0])[0] is None:
        # "X told Radio Nord that ... . And in some interview I can't find, he said:": the saying is set in an
        # occasion of its own that names no medium, not the one a sentence before names
        ordered = ordered[:1]
    if (
        len(ordered) > 1
        and ordered[0] is clauses[-1]
        and any(m.kind == "name" and not m.people and manner_on(ordered[0], m) for m in ordered[0].mentions[:8])
        and source_of(ordered[0])[0] is None
    ):
        # "X told The Quietus that ... . She was more practical on Rás 2, a station in Reykjavík:": the lead sets the
        # words on a medium of its own, even one named in a way not read, not the one a sentence before names
        ordered = ordered[:1]
    source: str | None = None
    source_mentions: set[int] = set()
    for clause in ordered:
        # a programme's title names it better than its broadcaster ("the RTÉ documentary "Sea Roads"")
        titled = _TITLED.search(clause.text) if '"' in clause.text else None
        if titled is not None and (titled.group("title") or "")[:1].islower() and "," in titled.group(0):
            # '"...," he said on the X podcast, "the only minutes ..."': after the comma, the quote going on in small
            # letters, not a title
            titled = None
        if titled is not None and titled.group("owner") and _owned_by_someone(clause, titled.group("owner")):
            titled = None  # 'said on Dorn's "Blue"': a person's work (a song), no programme
        if titled is None and ": " in clause.text:
            titled = _COLON_TITLED.search(clause.text)
        title = (
            squash(
                (
                    titled.group("title")
                    or titled.group("first")
                    or titled.group("kind_after")
                    or titled.group("gone_on")
                    or titled.group("aired")
                    or titled.group("owned")
                    or ""
                ).strip(" ,.")
            )
            if titled
            else ""
        )
        if not title and '"' in clause.text:
            work = _QUOTED_WORK.search(clause.text) or _CITED_WORK.search(clause.text)
            title = squash(work.group("title").strip(" ,.")) if work else ""
        if not title and " " in clause.text:
            worded = _WORDED_TITLE.search(clause.text)
            worded_title, by = _worded(worded.group("title")) if worded is not None else ("", False)
            worded_title = _WHEN_AFTER.sub("", worded_title)
            if worded is not None and worded.group("outlet"):
                worded_title = _PLACE_AFTER.sub("", worded_title)
            worded_title = _station_cut(worded_title)
            if (
                worded is not None
                # ("a podcast called La Vuelta Larga": named as a title by "called", whatever its words)
                and (_SMALL_WORD.search(worded_title) or " by " in worded_title or worded.group("called"))
                # (a title set off by a comma after what it is ends its phrase: the clause goes on after a comma, or
                # ends there, "on the after-show podcast, After the Buzzer:"; a verb after it makes it a subject)
                and (not worded.group("comma") or (not by and worded.group("end").strip() in ("", ",", ":", ".")))
            ):
                title = squash(worded_title)
        if not title and " show " in clause.text:
            title = _broadcaster_show_title(clause)
        if not title and "stage of " in clause.skeleton:
            title = _stage_of(clause)
        if not title and " and " in clause.text:
            title = _and_title(clause)
        if not title and ", " in clause.text:
            title = _apposed_title(clause)
        if not title and ("memoir" in clause.text or "book" in clause.text or "collection" in clause.text):
            title = _book_title(clause)
        if not title and " to " in clause.text:
            title = _front_matter_title(clause)
        if not title and programmes is not None and programmes.worded:
            title = programmes.worded_in(clause)
        if title:
            source = title
            # the title's capitalised words, which the mentions may read as names, are no one
            source_mentions = {id(m) for m in clause.mentions if m.kind == "name" and _within_title(m.text, title)}
            break
        source, source_mentions = source_of(clause)
        if source is not None and fold(source) in _OWN_PLATFORMS and (own_title := _own_medium_title(clause)):
            # "on his Substack, Marginalia:": one's own publication on a platform, its name set off after it, is
            # where the words were put out, as a newsletter's name is
            source = own_title
            source_mentions = {id(m) for m in clause.mentions if m.kind == "name" and _within_title(m.text, own_title)}
        if source is not None and _one_of_the_company(clause, source, clauses):
            source, source_mentions = None, set()
        if source is not None and clause is not speaker_clause and _aired_by(clause, source_mentions):
            # "The song was picked up first by the station X. ... Bell has said:": a medium that played the song, in
            # a sentence of the lead that tells no saying, is no place the words were said
            source, source_mentions = None, set()
            continue
        if source is not None:
            break
    for clause in ordered if source is None else ():
        medium = _OWN_MEDIUM.search(clause.skeleton)
        if medium is not None and medium.group("medium") and (own_title := _own_medium_title(clause)):
            # "in his newsletter, Notes from the Couch:": the medium's own name, set off after it, names it better
            source = own_title
            source_mentions = {id(m) for m in clause.mentions if m.kind == "name" and _within_title(m.text, own_title)}
            break
        if medium is not None:
            source = medium.group("medium") or squash(
                medium.group("release") or medium.group("notes") or medium.group("book")
            )
            break
    if source is None and speaker_clause is not None:
        source = _visited([speaker_clause])
    if source is None and programmes is not None and programmes.by_kind:
        for clause in ordered:
            source, referring = programmes.referred(clause)
            if source is not None:
                if referring is not None:
                    source_mentions.add(id(referring))
                break
    if (
        source is None
        and speaker_clause is not None
        and (_TWEETED.search(speaker_clause.skeleton) or _IN_A_TWEET.search(speaker_clause.skeleton))
    ):
        source = "Twitter"  # "she tweeted:", "in a tweet, she wrote:": said on Twitter
    if source is None and any(_SPEECH_NOUN.search(clause.skeleton) for clause in clauses):
        award = _award(clauses)
        if award is not None:
            source = squash(award.text)
            source_mentions.add(id(award))  # where, not who
    elif source is None and any(_TOLD_THOSE_PRESENT.search(clause.skeleton) for clause in clauses):
        award = _award(clauses)
        if award is not None and fold(squash(award.text)).split()[-1] in _EVENT_WORDS:
            source = squash(award.text)
            source_mentions.add(id(award))  # where, not who

    # In order of first mention; a dict, so that a lead naming thousands stays linear.
    named: dict[str, None] = {}
    # the people whose something a lead's sentence opens on, its subject ("Hana's favourite thing is that Earl ..."):
    # no speaker, yet whom the sentence is about, and so whom an unknown "she" after it may mean
    owners: set[str] = set()
    # new full names the lead gives only inside an aside in brackets ("X (he once toured with Sweeney Todd) was
    # more forthcoming on Y:"): someone the writer brings in passing, who speaks only when no one else is named
    bracketed: dict[str, None] = {}
    for clause in clauses:
        first = clause.mentions[0] if unknown_pronoun and clause.mentions else None
        if (
            first is not None
            and first.possessive
            and first.kind == "name"
            and not clause.text[: first.start].strip()
            and (owner := _person(first)) is not None
        ):
            owners.add(owner)
        for mention in clause.mentions:
            # a new full name is someone too: "Bell's co-writer Cy Dorn remembers" names two people
            # "Bell's label said" names no speaker: a possessive is someone's something
            person = _person(mention) if mention.kind in ("name", "description") and not mention.possessive else None
            if mention.new and manner_on(clause, mention):
                continue  # "X was blunter on France Inter:": a new full name so is no one who spoke
            if one_unknown and mention.kind == "description" and _GROUP_WORD.search(mention.text):
                continue  # "she has said, though the band insist": a group is no "she"
            if (
                mention.kind == "description"
                and _GROUP_WORD.search(mention.text)
                and (_SHARE_OF.search(clause.text[: mention.start]) or _PART_OF.search(clause.text[: mention.start]))
            ):
                # "X, the quieter half of the duo, gave ...": whose group the one named is, no one more; "The Polish
                # half of the duo told Y": a part of it, which member the words alone do not tell
                continue
            if person and id(mention) not in source_mentions:
                if (
                    mention.new
                    and not mention.people
                    and _subject_led(clause)
                    and _in_brackets(clause.text, mention.start)
                ):
                    bracketed.setdefault(person)
                    continue
                named.setdefault(person)
    if not named:
        named = bracketed
    last = clauses[-1] if clauses else None
    if speaker is None and not unnamed and last is not None and last.mentions:
        after_when = subject_after_when(last.text, last.mentions)
        if after_when == len(last.mentions) - 1:
            # "When she sang it, with X at her side, she introduced it in a single line:": the main clause's subject,
            # closing the lead, is whose words follow, not one named in the clause before it (when the page cannot
            # tell whom it means, no one)
            speaker = last.mentions[after_when].person
            unnamed = speaker is None
    if speaker is None and len(named) == 1 and not unnamed and not (owners - set(named)):
        # ("Hana's joke is that Earl ate it. She said:": the "she" the page could not tell may be the owner as much
        # as the one named)
        speaker = next(iter(named))
    if speaker is None:
        speaker = in_passing
    year = None
    for clause in ordered:
        found = _YEAR.search(clause.text)
        if found:
            year = int(found.group("year"))
            break
    if said_now is None:
        said_now = told_now(speaker_clause or clauses[-1]) if clauses else False
    return Attribution(speaker, source, year, tuple(p for p in named if p != speaker), said_now)


def _subject_led(clause: Clause) -> bool:
    """Whether the clause opens on someone of the page by name, its subject ("Cy, a quiet man (...), was ...")."""
    first = clause.mentions[0] if clause.mentions else None
    return (
        first is not None
        and first.kind == "name"
        and bool(first.people)
        and not first.possessive
        and not clause.text[: first.start].strip(" \"\u201c\u2018'")
    )


def _in_brackets(text: str, start: int) -> bool:
    """Whether the text at ``start`` is inside brackets opened before it in the same sentence's text."""
    before = text[max(0, start - 300) : start]
    opened = before.rfind("(")
    return opened >= 0 and before.rfind(")") < opened and ")" in text[start : start + 300]


# The last word of a description of a group of people, which a "he" or "she" cannot mean
_GROUP_WORD = linear.compile(
    r"\b(?:band|group|duo|trio|quartet|quintet|choir|orchestra|ensemble|collective)$", ignore_case=True
)
# What share of a group the one named before it is, in apposition: "X, the quieter half of", "X, one of"
_SHARE_OF = linear.compile(r"\w\s*,\s*(?:the|one)\s+(?:[a-z][\w-]*\s+){0,3}?of\s+$")


# "As X remembers it, ...", "As X tells it,": a fronted clause of whose account the sentence is (the saying in the
# main clause after it is someone else's, or no one's)
_AS_ONE_TELLS_IT = linear.compile(
    r"^\W*(?:(?:And|But|So)\s+)?(?i:as)\s+@\d+\s+(?:(?:now|still|later)\s+)?"
    r"(?:remembers|remembered|recalls|recalled|tells|told|puts|put|has)\s+it\s*,"
)


def _told_hearer(clause: Clause) -> linear.Match | None:
    """ "A rang B, who ..., and told him:": the saying to a hearer joined to the subject's first verb, when all the
    clause names between the subject and the saying is the hearer (else one named there may be whose the saying is:
    "A rang B, who ..., and told me"); with no hearer, only after a fronted clause of when."""
    told = _AND_TOLD_HEARER.match(clause.skeleton)
    if told is None:
        return None
    speaker, hearer = clause.mention(told.group("speaker")), clause.mention(told.group("hearer") or told.group("told"))
    if speaker is None or speaker.possessive or _person(speaker) is None:
        return None
    if hearer is None:
        # "After X had called the set, Y came up and said:": no hearer, after a fronted clause only (else the lead is
        # read as any "and said" is), naming no one after the subject
        return told if told.group("fronted") and speaker.number == len(clause.mentions) - 1 else None
    if hearer.possessive or (hearer.people and set(hearer.people) & set(speaker.people)):
        return None
    between = clause.mentions[speaker.number + 1 : hearer.number]
    if any(m.kind != "pronoun" and (not hearer.people or m.people != hearer.people) for m in between):
        return None
    if any(m.kind == "pronoun" for m in between):
        return None  # "and his manager" / "she said": a pronoun between may be another subject
    return told


def _article_titled(clause: Clause, owned: str) -> bool:
    """Whether what an owner has ("Cadena SER's La Ventana", "Tropicana's El Mañanero") is a title led by its article,
    as "SiriusXM's The Highway" is, which no host's full name is (a surname with its particle the page knows as
    someone's, "Radio Nord's El Idrissi", is a host's)."""
    words = owned.split()
    if len(words) < 2 or not owned[:1].isupper() or fold(words[0]) not in _TITLED_ARTICLE:
        return False
    return not any(
        fold(squash(m.text)) == fold(owned) and (m.people or m.person is not None) for m in clause.mentions
    ) and not any(fold(owned) in fold(person) for m in clause.mentions for person in m.people)


def _owned_by_someone(clause: Clause, owner: str) -> bool:
    """Whether the owner named before a possessive is someone, or a name the page does not know as no one's."""
    named = [m for m in clause.mentions if m.kind == "name" and fold(squash(m.text)) == fold(owner)]
    return not named or any(m.people or m.person is not None for m in named)


def _apposed_after(clause: Clause, encoded: linear.Encoded, match: linear.Match) -> bool:
    """Whether a programme named by its kind and then by its own name set off by a comma follows the owner a pattern
    read as the source ("on the Rovers' official podcast, Front Row Forward")."""
    apposed = _APPOSED_KIND.search(encoded)
    if apposed is None or apposed.start("source") <= match.start("source"):
        return False
    named = clause.mention(apposed.group("source"))
    return named is not None and named.kind == "name" and named.person is None and not named.possessive


def _placed_station(owner: str, outlet: str) -> bool:
    """Whether "owner's outlet" is a station named after where it is from ("Kumasi's Ahenfie FM"): one capitalised
    word that is no broadcaster's (no initials, no station's word) before a name that ends in a station's word ("Seth's
    Radio Hour" may be a person's programme)."""
    return (
        " " not in owner
        and owner[:1].isupper()
        and not owner.isupper()
        and fold(owner) not in _STATION_WORDS
        and " " in outlet
        and fold(outlet.rsplit(" ", 1)[-1]) in _STATION_WORDS
    )


def _airs_only(name: str) -> bool:
    """Whether every word of a name says only when a programme airs ("Breakfast Show", "Sunday Morning"), which needs
    its broadcaster to name it."""
    return all(fold(word) in _SLOTS for word in name.split())


def _slot_named(name: str) -> bool:
    """Whether a name ends on when a programme airs ("Late Night", "Sunday Brunch"), told with "time" after it as
    well ("Drive Time")."""
    words = [fold(word) for word in name.split()]
    if len(words) > 1 and words[-1] == "time":
        words.pop()
    return bool(words) and words[-1] in _SLOTS


def _programme_titled(owned: str) -> bool:
    """Whether what a broadcaster has ("X's owned") is a programme's title, not a host's name: one capitalised word
    ("Trójka"), or words of which one is a programme's ("Weekend Edition") but not all say only when it airs
    ("Breakfast Show" needs its broadcaster to name it); "Bob Harris" is someone's."""
    words = [fold(word) for word in owned.split()]
    if not owned[:1].isupper() or not words:
        return False
    if len(words) == 1:
        return words[0] not in _SLOTS
    return any(word in _PROGRAMME_WORDS for word in words) and not _airs_only(owned)


# How an "owner's X" name was reached, for ``_owned_source``
_Owned = Literal["place", "whole", "post", "apart", "styled", "host", "on_place", "quoted"]


def _owned_parts(name: str) -> tuple[str, str, str]:
    """``name`` split at its owner's possessive: "'s", or a bare apostrophe after a name ending in "s" ("BBC Radio
    Leeds' The Early Shift"), as a plural's is."""
    if "'s " in name:
        return name.partition("'s ")
    owner, owned, rest = name.partition("s' ")
    return (owner + "s", owned, rest) if owned and rest[:1].isupper() else (name, "", "")


def _owned_source(clause: Clause, owner: str, owned: str, start: int, end: int, how: _Owned) -> str | None:
    """The source "owner's owned" names when it is what the owner has (``owned``: a programme, or an outlet of a
    place), or None when it is the whole name (or the owner alone). ``start`` and ``end`` are where the name is in the
    clause's skeleton; ``how`` is how it was reached:

    - "place": read as one name, where the owner may be where the outlet is from ("Austria's Der Standard",
      "Kumasi's Ahenfie FM"), which is no word of it;
    - "whole" ("post" under a post): read as one name ("Radio Nord's Tin Roof", "SiriusXM's The Highway", "NPR's
      Weekend Edition"), the programme when its title says it is one, the whole when what the owner has may be a host
      ("BBC Radio 2's Bob Harris");
    - "apart": the owner's possessive, then what it has as a name of its own ("told Norway's X", "told CBC's Up
      North", "said on WSM's Tennessee Breakdown"), the programme only when the owner is named as a medium is;
    - "styled": after a station styled in lower case ("told triple j's Good Nights");
    - "host": a title going on with its host ("ABC Goldfields' Breakfast with Ollie");
    - "on_place": a one-word title going on with "on" and a place ("the BBC World Service's Focus on Africa");
    - "quoted": a title in quote marks ("KEXP's "Sonarchy"")."""
    before = clause.skeleton[:start]
    if how == "place":
        if known_country(owner) is not None and owned[:1].isupper():
            return owned  # "Austria's Der Standard": the country an outlet is from, told before its name
        if _placed_station(owner, owned) and not any(
            fold(owner) in fold(person).split() for m in clause.mentions for person in m.people
        ):
            return owned  # "Kumasi's Ahenfie FM": the town a station is from, told before its name as a country is
        return None
    if how == "apart":
        if known_country(owner) is not None or _article_titled(clause, owned):
            return owned  # "told Norway's X": X, from Norway
        # (a name the page knows as someone's is a host's even so: "on radio station KEXP's Cy Dorn")
        on_medium = _ON_MEDIUM_BEFORE.search(before[-60:]) is not None and not _owned_by_someone(clause, owned)
        # ("said on Trójka's Nocne Rozmowy": one is on a programme, not on a host, so right after "on" an owner the
        # page knows as no one is a broadcaster whatever its name's shape, and what it has its programme)
        on_no_ones = (
            _ON_BEFORE.search(before[-4:]) is not None
            and not _owned_by_someone(clause, owner)
            and not _owned_by_someone(clause, owned)
        )
        if (_medium_named(owner) or on_medium or on_no_ones) and (
            _programme_titled(owned)
            or _TITLE_NOT_NAME.search(owned)
            or ((_ON_BEFORE.search(before[-4:]) or on_medium) and owned[:1].isupper() and not _airs_only(owned))
        ):
            # "told CBC's Up North", "speaking on Antena 3's Noites Longas": a broadcaster's programme, named by its
            # own title, not its host; an owner that is no medium's name may be someone, whose X is theirs (unless
            # the page calls it a station: "on Polish radio station Trójka's Lista Przebojów")
            return owned
        return None
    if how == "styled":
        if _PROGRAMME_AFTER.match(clause.skeleton, end) and owned[:1].isupper():
            return owned  # "told triple j's Mornings program": called a programme, by its own title
        if (_programme_titled(owned) and " " in owned) or _TITLE_NOT_NAME.search(owned):
            # "told triple j's Good Nights": a title with a programme's word in it, not a host ("triple j's Cy Dorn"
            # keeps the station)
            return owned
        return None
    if how == "host":
        # "on ABC Goldfields' Breakfast with Ollie": the programme titled whole by its host drops the broadcaster that
        # owns it
        return owned if owned[:1].isupper() and _medium_named(owner) else None
    if how in ("on_place", "quoted"):
        # "the BBC World Service's Focus on Africa": a title with "on" between its capitals is a programme's, which no
        # host's name is; "KEXP's "Sonarchy"": a title in quote marks is what the medium has, where it was said
        return owned
    name = f"{owner}'s {owned}"
    if "'s The " in name:
        return "The " + name.split("'s The ", 1)[1]  # "SiriusXM's The Highway": a programme, by its title
    if _article_titled(clause, owned):
        return owned
    if _PROGRAMME_AFTER.match(clause.skeleton, end) and owned[:1].isupper() and (" " in owner or owner.isupper()):
        # "told Radio Nord's Tin Roof programme": called a programme, by its own title (a one-word owner may be the
        # title's own: "the Songwriter's Porch podcast")
        return owned
    if how == "post":
        return owned  # "under Zofia's Instagram post": the platform, not whose post
    if (_ON_BEFORE.search(before[-4:]) or _ON_MEDIUM_BEFORE.search(before[-60:])) and not _airs_only(owned):
        # "appearing on Radio Nord's Tin Roof": one is on a programme (spoken to, "Radio Nord's Cy Dorn" may be a
        # host; "Radio Nord's Breakfast Show", named only by when it airs, needs its broadcaster to name it, where
        # "Radio Nord's Morning Report" has a word of its own)
        return owned
    if _TITLE_NOT_NAME.search(owned):
        # "told NHK World's Songs of Tokyo", "spoke to RNZ's Music 101": a title (a small word between its capitals,
        # or a number), which no host's name is
        return owned
    if " " not in owned and owned[:1].isupper() and fold(owned) not in _SLOTS and _ASKER_BEFORE.search(before[-20:]):
        return owned  # "asked by RTÉ's Nationwide whether": the programme that asked, by its own one-word title
    if _medium_named(owner) and _programme_titled(owned):
        # "told NPR's Weekend Edition", "speaking to Polskie Radio's Trójka": a broadcaster's programme, named by its
        # own title however it was reached (a host keeps the broadcaster: "BBC Radio 2's Bob Harris")
        return owned
    return None


_LETTER_FREQUENCY = linear.compile(r"^\p{Lu}{1,2}\d{2,3}(?:\.\d)?$")


def _medium_named(name: str) -> bool:
    """ "Petőfi Rádió", "NHK World", "ICI Musique": a name shaped like a person's full name that holds a station's word
    or a word of three or more capitals (a broadcaster's initials), or ends in a country's name after two words, which
    no one's name does (not "DJ" or "MC")."""
    words = squash(name).split()
    return (
        # ("Radio-Canada", "Radio-Télévision Suisse": a station's word may be joined to the rest by a hyphen)
        bool(_STATION_WORDS & {fold(part) for word in words for part in word.split("-")})
        # ("J-WAVE", "TV-2": initials may be joined by a hyphen)
        or any(len(bare) >= 3 and bare.isalpha() and bare.isupper() for bare in (w.replace("-", "") for w in words))
        # ("5FM", "2fm": a station's word after its number, as one word)
        or any(word[:1].isdigit() and fold(word.lstrip("0123456789")) in _STATION_WORDS for word in words)
        # ("Xfm", "KissFM": the band glued on after a letter or a word, as no one's name ends)
        or any(len(word) >= 3 and word[:1].isupper() and fold(word).endswith("fm") for word in words)
        # ("Antena 3", "Channel 4": a name ending in a number, which no one's does)
        or (len(words) >= 2 and words[-1].isdigit())
        # ("Q104", "Z100", "B96": a station's letter glued to its frequency)
        or any(_LETTER_FREQUENCY.match(word) is not None for word in words)
        # ("Rolling Stone Chile", "Billboard Argentina"): a title's edition for a country, after two words or more
        or (len(words) >= 3 and known_country(words[-1]) is not None)
    )


def _goes_on(clause: Clause, speaker: str | None, source_of: Callable[[Clause], Source]) -> bool:
    """Whether a clause is about the speaker alone: it names them (or says "he" or "she", whom the page may not have
    resolved) and no one else."""
    about = False
    for mention in clause.mentions:
        if mention.kind == "name" and mention.person is None and not mention.new:
            continue  # a name that is no one's: where, or what
        if mention.kind == "name" and mention.person is None and id(mention) in source_of(clause)[1]:
            continue  # "When he did a Tape Hiss set for us, he said": a new name read as where, no one
        if mention.kind == "pronoun" and not mention.people and mention.text.lower() in ("us", "me"):
            continue  # "a set for us": the narration's own, whom it tells the speaker's words to
        if mention.kind == "pronoun" and not mention.possessive and mention.text.lower() in ("he", "she"):
            if mention.person not in (None, speaker):
                return False
            about = True
            continue
        if mention.person != speaker or mention.possessive:
            return False
        about = True
    return about


_WORD = linear.compile(r"[a-z]+")
# Every word the verbs of saying are written with, read once for the two tenses below
_SAYING_WORDS = frozenset(_WORD.findall(f"{SPEECH_VERBS}|{LOOKING_BACK}"))
# The present forms of the verbs of saying ("says", "recalls", "looks back"), and the auxiliaries of the perfect
_PRESENT_SAYING = frozenset(
    word for word in _SAYING_WORDS if word.endswith("s") and word not in ("is", "was", "has", "times", "this", "s")
)
_PERFECT = frozenset({"has", "had", "have", "was", "were"})
# "X, then a session bassist in Turku, is filmed in the studio where they tracked it and explains why ...": the
# subject's second verb, in the present as its first, is the saying (a clause of others between, told in the past, is
# about the scene: "where they tracked it"; one in the present may be another's doing, "as Dorn sings, and says")
_AND_TELLS = linear.compile(
    # ("X gets a moment of his own: filmed on a rooftop, he plays the riff and says": a clause after a colon, its
    # subject after a participle's phrase of where)
    rf"(?:^\W*|[:;]\s+(?:[a-z]+ed\s[^,;:\"@]{{0,60}}(?:{_P}[^,;:\"@]{{0,20}})?,\s*)?)"
    rf"(?P<speaker>{_P})(?:\s*,\s*[^,;:\"]{{1,80}}?,)?\s+(?:is\s+[a-z]+(?:ed|en)|[a-z]*[a-rt-z]s)\b"
    rf"(?:[^@;:.!?\"]|\b(?:where|when)\s+{_P}\s+(?:had\s+)?[a-z]+ed\b){{0,200}}?"
    rf"\s+and\s+(?:{'|'.join(sorted(_PRESENT_SAYING))})\b[^@;:.!?\"]{{0,120}}$"
)
_PAST_SAYING = frozenset(
    word
    for word in _SAYING_WORDS
    if not word.endswith("s")
    and word not in ("it", "to", "up", "by", "back", "the", "story", "that", "this", "fond")
    and word not in ("those", "these", "say", "saying", "remark", "comment", "are", "is", "of", "in")
    # (of "would like it known", "likes to point out": "better known as", "came out" are no saying)
    and word not in ("would", "like", "known", "point", "out")
)
# A subject (someone, or the programme) and its verb in the present ("Raghunathan, interviewed years later, is
# unrepentant", "she shrugs it off", "The film finds her at her piano"); or a saying before its subject ("says Bell")
_NOW = linear.compile(
    rf"(?:{_P}|\b(?:[Tt]he|[Ii]ts)\s+(?:film|episode|documentary|docuseries|programme|program|series|chapter|camera))"
    r"(?:\s*,[^,;:]{0,120}?,)?(?:\s+(?:[a-z]+ly|then|also|later|still|now|too|again|first|herself|himself))?"
    r"\s+(?P<verb>[a-z]+s)\b"
)


def told_now(clause: Clause) -> bool:
    """Whether a lead's subject does what it does in the present (no "was", "has")."""
    return any(found.group("verb") not in _PERFECT for found in _NOW.finditer(clause.skeleton))


# "Bell, interviewed by the weekly Nord, said": whoever put the questions (or printed the answers) is where the
# words were said, never who said them
_ASKED_BY = linear.compile(
    # ("interviewed by the Japanese music magazine X": what the interviewer is may take a nation's word and three)
    r"\b(?:interviewed|questioned|quoted|asked|contacted|reached|approached)\s+by\s+(?:the\s+)?"
    r"(?:(?:[a-z][\w-]*|\p{Lu}[a-z]+(?:an|ese|ish|ic|i))\s+){0,3}$"
    # ("Moss, joined by Dorn, recalls", "Moss, filmed in a lobby by Dorn, recalls": the agent of a participle's
    # phrase set off after someone, about them)
    rf"|{_P}\s*,\s*[a-z]+ed\s(?:[^,;.!?]{{0,100}}?\s)?by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}$"
)


# "X kept it short when NME asked him about the sessions:", "... as the paper pressed her on the lyrics:": the one a
# medium (no person) asked, told at the end of the lead with no saying of its own, answers in the words that follow
_ASKED_WHOM = linear.compile(
    rf"\b(?:when|as|after)\s+(?:[Tt]he\s+)?(?P<asker>{_P})\s+(?:asked|asks|quizzed|quizzes|pressed|presses|interviewed|interviews)\s+"
    rf"(?P<speaker>{_P})(?:\s+(?:about|on|whether|if|why|how|what)\b[^;.!?@\"]{{0,80}})?\s*[:,]?\s*$"
)


# A relative clause of saying right after its speaker ("X, who wrote:")
_WHO_SAYING = linear.compile(r"^\s*,\s*who\s[^,]*$")
# The agent of any passive, right before their name ("shared by the actor X"): the relative clause then tells of the one
# by whom something else was done (clauses._ASIDE_AGENT_BEFORE is only a participle's, set off by a comma)
_PASSIVE_AGENT_BEFORE = linear.compile(r"\bby\s+(?:[a-z][\w'-]*\s+){0,4}$")


# The relative clause ending the lead telling of its subject's speaking about something ("X, who still laughs about
# how little he had to do", "X, who says that it moved him"), read after the name
_SPEAKING_ABOUT = linear.compile(
    r"\s*,\s*who\s+(?:still\s+|now\s+|often\s+|[a-z]+ly\s+)?"
    r"(?:laughs|laughed|jokes|joked|admits|admitted|insists|insisted|recalls|recalled|remembers|remembered|"
    r"explains|explained|says|said|tells|told)\s+(?:about|that|how|of|it)\b[^;:.!?\"]{0,120}$"
)


def _agreed_to_do(skeleton: str, end: int) -> bool:
    """Whether "agreed" ending at ``end`` is followed by what was agreed to be done ("agreed to appear"), not by
    whom it was agreed with or to ("agreed to the terms", "agreed to @1")."""
    found = _AGREED_TO_DO.match(skeleton, end)
    return found is not None and found.group(0).split()[-1].strip(",.;:!?") not in _NOT_A_VERB


def _added_thing(skeleton: str, end: int) -> bool:
    """Whether "added" ending at ``end`` is followed by a thing put in ("added a verse in Portuguese", "added some
    strings"), which is making, not saying; a thing said keeps it a saying ("added a note of caution:")."""
    found = _ADDED_THING.match(skeleton, end)
    return found is not None and not _SAID_THING.search(found.group(0))


def _speaking_about(clause: Clause, match: linear.Match) -> str | None:
    """The one "X, who <saying> about ..." ends the lead with, when the lead names no one else and has no other
    subject: X's own telling ("The part was played by X, who still laughs about it:", "Opposite her is X, who ...:"),
    though something before X may be another subject ("She thanked X, who laughs about it now:" may lead into her
    words: no one)."""
    if _SPEAKING_ABOUT.match(clause.skeleton, match.end("speaker")) is None:
        return None
    named = clause.mention(match.group("speaker"))
    speaking = _person(named) if named is not None and named.kind == "name" and not named.possessive else None
    if speaking is None or not all(
        m is named
        or m.people == (speaking,)
        or (m.kind == "pronoun" and m.text.lower() not in NOMINATIVES)
        or (m.kind == "name" and not m.people and not m.new)
        for m in clause.mentions
    ):
        return None
    return speaking


_HEDGE = linear.compile(HEDGE)


def _other_subject_before(clause: Clause, start: int) -> bool:
    """Whether a "he", "she", "they", "I" or "we" comes before ``start`` in the clause: someone else who may be the
    subject of its main verb, and so the one speaking ("Arbour and Bell met by chance, according to their friend X,
    who told Y:" names others, but not as the one telling)."""
    # (the teller's "I" in a hedge is no subject of the sentence's verb: "As far as I can work out the band began
    # with X, who told me:")
    hedged = [(found.start(), found.end()) for found in _HEDGE.finditer(clause.skeleton[:start])]
    for found in MENTION.finditer(clause.skeleton[:start]):
        m = clause.mention(found.group(0))
        if m is not None and m.kind == "pronoun" and m.text.lower() in ("he", "she", "they", "i", "we"):
            if m.text.lower() == "i" and any(a <= found.start() < b for a, b in hedged):
                continue
            return True
    return False


# "Bell, asked about it on the band's podcast, Salt Hour, said": a name set off after what it is, a programme or a
# station told by whose it is, set off by commas either side, names that programme, never the one saying (the
# programme named before what it is, "On the Salt Hour podcast, Bell said", or "on a visit to the show, Bell told"
# with no comma closing it, leave the name after the comma the subject)
_PROGRAMME_APPOSED = linear.compile(
    # (a possessive pronoun the page resolved is a mention of its own: "writing in @1 newsletter, X, remembered")
    r"(?:\b(?:the|his|her|their|our|my|the\s+[a-z][\w-]*'s)|@\d+(?:'s)?)\s+(?:[a-z][\w-]*\s+)?"
    rf"(?:{_PROGRAMME_KINDS}|programme|program)\s*,\s*$"
)


# ", interviewed by the daily Levante," right after a speaker: the agent of a past participle set off as an aside
_AGENT_APPOSED = linear.compile(rf"\s*,\s*[a-z]+ed\s+by\s+(?P<agent>[^,;.!?\"]{{0,60}}?{_P})\s*,")


def _agent_apposed(clause: Clause, end: int) -> bool:
    """Whether an aside right after the speaker (which ends at ``end``) names by whom they were asked, and that agent
    is someone, or may be, whose words the quote is."""
    aside = _AGENT_APPOSED.match(clause.skeleton, end)
    if aside is None:
        return False
    # (every mention the agent's words hold: "by Cy Dorn for Levante" names someone as well as the outlet)
    named = [clause.mentions[int(n)] for n in MENTION.findall(aside.group("agent"))]
    return any(m.kind != "name" or _person(m) is not None or m.people for m in named)


def _asked_by(skeleton: str, start: int) -> bool:
    """Whether the mention at ``start`` is the one by whom someone was interviewed or asked (only the words just before
    it are read: a clause may be long)."""
    return _ASKED_BY.search(skeleton[max(0, start - 80) : start]) is not None


# "A friend of the singer tells X", "A spokesperson for Bell said", "One source close to her": a subject unnamed,
# told by whom they are close to, who is the speaker instead (as "Bell's friend" would be); only as the sentence's
# subject ("In the words of Bell" names her as the speaker)
_SOMEONE_OF = linear.compile(
    r"^\W*(?i:an?|one|some|the)\s+(?:\p{Lu}[\w-]*\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+(?:of|for|close\s+to)\s+$"
)


# "An insider tells X:", "A friend of the singer said": a speech verb whose subject is someone unnamed
# What may come before a bare name that is the subject of its clause: nothing, a word of when or joining ("Later",
# "Then", "And"), or a phrase naming no one set off by a comma ("At the premiere,"); not an article ("the
# Queenslander" is a description, which may be someone named before), nor words of another's phrase ("Gaskell, the
# composer of the soap Dockside, said", "X, to the daily Y, explained": the name is not the subject)
_BARE_SUBJECT = linear.compile(
    r"^\W*(?:(?:And|But|So|Then|Later|Afterwards|Now|Still|Today|Finally)\s+|[^,;:.!?@\"]{1,60},\s*)?$"
)
# A lead's subject, a name after the trade it has ("The critic X", "Le Devoir's reviewer, X,"), then its verb
_AGENT = r"[a-z][\w-]*(?:er|or|ist|ic|ian|ant|ent)"
_UNKNOWN_SUBJECT = linear.compile(
    rf"^\W*(?:(?:The|the)\s+(?:[a-z][\w-]*\s+)?{_AGENT}\s+|(?:[Tt]he\s+)?@\d+(?:'s)?\s+(?:[a-z][\w-]*\s+)?{_AGENT}\s*,?\s+)"
    rf"(?P<speaker>{_P})(?:\s*,\s*(?:[^,;:@]|@\d+'s){{1,60}})?,?\s+(?P<verb>[a-z]+)"
)
# A lead opening on its subject, someone new to the page told as one of a group (a team, a band), with no trade
# before the name: "X of the Quizzards had her hand up:", "Their captain, X, was refreshingly honest:", "X, captain
# of Y, took it personally:", "X, who plays for Y, stood up and announced:"; what follows says what they did as the
# words came
_NEW_SUBJECT = linear.compile(
    r"^\W*(?P<lead>(?:Their|His|Her|Our|Its)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s*,\s*)?"
    rf"(?P<speaker>{_P})(?P<member>\s+(?:of|from)\s+(?:the\s+)?{_P})?"
    r"(?:(?P<post>\s*,\s*(?:(?:the|a)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:of|for)\s+(?:the\s+)?@\d+\s*,"
    r"|\s*,\s*who\s+(?:plays|played|sings|sang)\s+(?:for|with|in)\s[^,;:.!?\"]{1,120},)|\s*\([^()]{1,80}\)\s*,|\s*,)?"
    r"\s+(?P<verb>[a-z]+)\b"
)
# "X of Y" read as one name: the person's own name before a group's they belong to ("Terry Muldoon of the Quizzards")
_MEMBER_OF = linear.compile(r"^(?P<name>\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*)+)\s+of\s+(?:the\s+)?\p{Lu}")
_DENYING = linear.compile(
    r"\b(?:never|not|no\s+longer|refused|refuses|declined|declines|won't|wouldn't|didn't|doesn't|can't|couldn't)\b"
)
_NOT_DOING = frozenset({"and", "or", "with", "of", "to", "for", "in", "at", "on", "who", "whose"})


def _new_subject(clause: Clause) -> str | None:
    """The lead's subject, someone new to the page opening it, when what follows says nothing of anyone the page
    knows (the words may then be that one's: "X interviewed Bell:" is left out)."""
    subject = _NEW_SUBJECT.match(clause.skeleton)
    if subject is None or subject.group("verb") in _NOT_DOING:
        return None
    if _DENYING.search(clause.skeleton, subject.start("verb")):
        return None  # ("X never stopped to explain:", "X refused to say:": no words of theirs)
    mention = clause.mention(subject.group("speaker"))
    if mention is None or mention.kind != "name" or mention.possessive or (mention.people and not mention.new):
        return None
    member = _MEMBER_OF.match(mention.text) if not mention.new and not mention.people else None
    if not mention.new and member is None:
        return None
    if member is None and not (subject.group("lead") or subject.group("member") or subject.group("post")):
        return None  # ("X took the train to Leeds:": a newcomer told as no one of a group may be anyone's subject)
    name = squash(member.group("name") if member is not None else mention.text)
    if any(_person(m) not in (None, name) for m in _mentions_in(clause, clause.skeleton[subject.end("verb") :])):
        return None
    return name


_UNNAMED_SAYS = linear.compile(
    # ("An Icelandic friend of the band tells us": where they are from may come first, capitalised)
    r"(?:^|[.;!?]\s+)\W*(?i:an?|one|some|another)\s+(?:\p{Lu}[\w-]*\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:(?:of|for|close\s+to)\s+(?:(?:the|his|her|their)\s+)?(?:@\d+|[a-z][\w-]*)(?:'s\s+[a-z][\w-]*)?\s+)?"
    rf"(?:[a-z]+ly\s+)?(?:{SPEECH_VERBS})\b"
    # ("In it, X's duet partner says": someone told only by whose relation or partner they are, no one by name)
    # ("Her manager said:", "her daughter said": the same told by a pronoun's relation, whom the page names nowhere;
    # the one a sentence before named is not who spoke; '"...," her daughter said': after the words it breaks)
    rf"|(?:^|[.;!?,]\"?\s+)\W*(?:@\d+'s|(?i:his|her|their))\s+(?:[a-z][\w-]*\s+){{1,3}}(?:[a-z]+ly\s+)?"
    rf"(?:{SPEECH_VERBS})\b"
)


def _someone_of(text: str, start: int) -> bool:
    """Whether the mention at ``start`` only says whose friend (source, spokesperson) is the one speaking."""
    return start <= 60 and _SOMEONE_OF.search(text[:start]) is not None


def says(clause: Clause) -> bool:
    """Whether the clause's last words are someone saying, as its subject ("In a podcast he insisted the guitar")."""
    said = sorted([*_speakers(clause), *_asides(clause)], key=lambda m: m.start())
    return bool(said) and _person(clause.mention(said[-1].group("speaker"))) is not None


def last_saying(clause: Clause, end: int) -> tuple[Mention | None, int]:
    """The subject of the clause's last saying that ends by ``end`` of its skeleton, and where that saying ends."""
    said = [m for m in _speakers(clause) if m.end() <= end]
    return (clause.mention(said[-1].group("speaker")), said[-1].end()) if said else (None, 0)


def _speakers(clause: Clause) -> list[linear.Match]:
    """The subjects of the clause's sayings, but one set off by a relative clause after a name, not a description."""
    return [
        match
        for match in _SPEAKER.finditer(clause.skeleton)
        if not match.group("described")
        or ((described := clause.mention(match.group("described"))) is not None and described.kind == "description")
    ]


def _asides(clause: Clause) -> list[linear.Match]:
    """The speakers set off from their verb by an aside that names someone by a pronoun only ("for her part")."""
    if "," not in clause.skeleton:
        return []
    return [
        match
        for match in _SPEAKER_ASIDE.finditer(clause.skeleton)
        if all(clause.mentions[int(n)].kind == "pronoun" for n in MENTION.findall(match.group("aside")))
    ]


def person(mention: Mention | None) -> str | None:
    """The one person a mention names: someone of the page, or a new full name."""
    return _person(mention)


def _and_title(clause: Clause) -> str:
    """A title joined by "and" (or a list) after what it is, when none of its words is someone the page names."""
    found = _AND_TITLE.search(clause.text)
    if found is None and ", " in clause.text:
        found = _LISTED_TITLE.search(clause.text)
    if found is None or (found.groupdict().get("comma") and not found.group("article")):
        return ""
    station = found.groupdict().get("station")
    if station is not None and (
        not _STATION_WORDS & {fold(word) for word in station.split()} or len(found.group("title").split()) != 3
    ):
        return ""  # (a station's presenters, "Radio Nord's Ann Arbour and Cy Dorn", are two people)
    start, end = found.start("title"), found.end("title")
    # (right after what it is, with no comma between, its first words are its name even when they read as a new full
    # name, as for a title of one name: "the podcast Open Doors and Windows,"; a new name after "and" may be a second
    # person's, so is none of it)
    opening = found.groupdict().get("kind") is not None
    # (a fronted phrase closed by its clause's pronoun and saying, "On the podcast Lamp Posts and Loose Ends she
    # said", has no room for a second person joined to the title)
    fronted = opening and found.groupdict().get("said") is not None
    if any(m.people or (m.new and not (fronted or (opening and m.start == start))) for m in clause.within(start, end)):
        return ""
    return squash(found.group("title"))


# "from the stage of the Grand Ole Opry": a stage whose words reach an audience as a broadcast's do
_STAGE_OF = linear.compile(rf"\b(?i:from|on)\s+the\s+stage\s+of\s+(?:the\s+)?(?P<source>{_P})")


def _stage_of(clause: Clause) -> str:
    """The venue whose stage the words were said from, a name that is no one's."""
    found = _STAGE_OF.search(clause.skeleton)
    mention = clause.mention(found.group("source")) if found else None
    if mention is None or mention.kind != "name" or mention.people or mention.possessive:
        return ""
    return squash(mention.text)


# Platforms on which one runs a publication of one's own, under a name of its own
_OWN_PLATFORMS = frozenset({"substack"})
# "in his newsletter, Notes from the Couch:": someone's own blog or newsletter, its name set off by a comma after it
# and closing the phrase (capitalised words, small words between them)
_OWN_MEDIUM_TITLE = linear.compile(
    # ("on his Substack, Marginalia:": the platform's name, capitalised, is the medium word too)
    r"\b(?:his|her|their|own)\s+(?:blog|vlog|newsletter|[Ss]ubstack|website)\s*,\s*"
    # ("Frame by Frame", "Mile after Mile": a small word between two capitalised ones is the title's)
    # ("Casa de Fita", "Carnet du Soir": a small word of another language too)
    r"(?P<title>\p{Lu}[\w'-]*(?:\s+(?:(?:of|from|the|and|on|in|at|for|to|a|an|by|after|with|de|da|do|du|di|del|des|la|le|el)"
    r"\s+){0,2}\p{Lu}[\w'-]*){0,5})"
    # ("..., X wrote on her blog, Casa de Fita.": the lead after the quote, its title closing the sentence)
    r"\s*(?:[,:]|\.?\s*$)"
)


def _own_medium_title(clause: Clause) -> str:
    """The name of someone's own blog or newsletter set off after it, when none of its words is someone of the page."""
    found = _OWN_MEDIUM_TITLE.search(clause.text)
    if found is None:
        return ""
    title = squash(found.group("title"))
    named = [m for m in clause.mentions if m.kind == "name" and _within_title(m.text, title)]
    return "" if any(m.people or m.possessive for m in named) else title


def _within_title(text: str, title: str) -> bool:
    """Whether a mention's words are words of a title (whole words, in order)."""
    return f" {fold(squash(text))} " in f" {fold(title)} "


# "KEXP's "Sonarchy"": a title in quote marks right after its owner's possessive
_OWNED_QUOTED = linear.compile(r"'s\s+[\"“](?P<title>\p{Lu}[^\"“”@]{0,80}?)[,.]?[\"”]")


def _title_naming_no_one(clause: Clause, found: linear.Match | None) -> str | None:
    """The ``title`` group of a match on the clause's text, or None when there is none or any of its words is
    someone the page names."""
    if found is None or any(m.people for m in clause.within(found.start("title"), found.end("title"))):
        return None
    return str(found.group("title"))


def _broadcaster_show_title(clause: Clause) -> str:
    """A show's title after the broadcaster's name and "show", when none of its words is someone the page names."""
    title = _title_naming_no_one(clause, _BROADCASTER_SHOW_TITLE.search(clause.text))
    return "" if title is None else squash(_WHEN_AFTER.sub("", title))


# "in the foreword to "The Boy Who Folded Hills"", "In her translator's note to "The Salt Years"": the book whose front
# or back matter the words were written in, its title in quote marks
_FRONT_MATTER = linear.compile(
    r"\b(?i:in|from)\s+(?:his|her|their|the|an?|@\d+(?:'s)?)\s+(?:[a-z][\w'\x{2019}-]*\s+){0,2}?"
    r"(?:foreword|preface|afterword|introduction|epilogue|prologue|note|notes)\s+to\s+[\"“]"
    r"(?:[Tt]he\s+)?(?P<title>\p{Lu}[^\"“”]{0,80}?)[,.]?[\"”]"
)


def _front_matter_title(clause: Clause) -> str:
    """The title of the book whose foreword or note the words are from, when none of its words is anyone of the page."""
    title = _title_naming_no_one(clause, _FRONT_MATTER.search(clause.text))
    return "" if title is None else squash(title)


def _book_title(clause: Clause) -> str:
    """A book's title after what it is, when none of its words is someone the page names ("in her memoir, Bell
    writes" is Bell writing)."""
    found = _BOOK_TITLE.search(clause.text)
    if found is None:
        return _book_and_title(clause)
    start, end = found.start("title"), found.end("title")
    # A title joined by "and" may be two people ("in his memoir, Eda Fenn and Tam Holt"): it must end the clause
    # ("…, Harlow and Reyes, his bandmates, recall" are people), and none of its words may read as a full name
    # unless a small word says it is no two people ("Three Chords and a Deadline").
    joined = " and " in found.group("title")
    people_like = joined and not _SMALL_WORD.search(f" {found.group('title')} ")
    # ("In her memoir, Four Strings and a Fiddle, the singer writes": with a small word the "and" joins no people, and
    # the title may be set off by commas with the clause going on)
    apposed = not people_like and bool(found.group("comma")) and found.group("end").strip() == ","
    if joined and clause.text[end:].strip(" ,;:.!?") and not apposed:
        return ""
    if any(m.people or m.kind != "name" or (people_like and m.new) for m in clause.within(start, end)):
        return ""
    title = squash(found.group("title"))
    if joined:
        return title
    # ("describes it in her memoir, The Long Night:": the lead's colon right after ends the clause, where no
    # writer set off by commas can stand)
    if found.group("comma") and found.group("end").strip() in (",", ";") and not _SMALL_WORD.search(f" {title} "):
        # "In his memoir, Cy Dorn, the drummer, recalls": the writer set off by commas, not a title; but a second
        # part of capitalised words that ends the clause is the title's own ("in her memoir, Salt Roads, One Song.")
        second = _TITLE_PART.match(clause.text, found.end("end")) if found.group("end").strip() == "," else None
        if second is None or any(m.people for m in clause.within(end, second.end("part"))):
            return ""
        return f"{title}, {squash(second.group('part'))}"
    return title


def _award(clauses: list[Clause]) -> Mention | None:
    """Where a prize was won, when the lead tells of the speech it was accepted with ("the song won best single at
    the Urban Harmony Awards, and her acceptance speech was short"), or the event the speech was given at ("said in
    her acceptance speech at the X Awards"): the words were said there."""
    for clause in clauses:
        won = _WON_AT.search(clause.skeleton) if "at the" in clause.skeleton else None
        mention = clause.mention(won.group("source")) if won else None
        if mention is not None and mention.kind == "name" and not mention.people and not mention.possessive:
            return mention
        given = _SPEECH_AT.search(clause.skeleton) if "speech at" in clause.skeleton else None
        mention = clause.mention(given.group("source")) if given else None
        if (
            mention is not None
            and mention.kind == "name"
            and not mention.people
            and not mention.possessive
            and fold(squash(mention.text)).split()[-1] in _EVENT_WORDS  # "at the Albert Hall": a venue, where
        ):
            return mention
    return None


def _book_and_title(clause: Clause) -> str:
    """A book's title of two parts joined by "and" ("in his memoir, Needle and Groove"), when it ends the clause and
    none of its words is someone the page names or reads as a person's full name: with words after it, the two
    may be people ("in his memoir, Harlow and Reyes, his bandmates, recall ...")."""
    found = _BOOK_AND_TITLE.search(clause.text)
    if found is None:
        return ""
    start, end = found.start("title"), found.end("title")
    if any(m.people or m.new or m.kind != "name" for m in clause.within(start, end)):
        return ""
    return squash(found.group("title"))


def _apposed_title(clause: Clause) -> str:
    """A title before an apposition saying what it is, when none of its words is someone the page names nor a
    country ("In Chile, a documentary about ..." is where); a new name may be one, the apposition says it is no
    person. Opening the sentence, the apposition closes with a comma before the sentence's subject: run on to the
    verb, the phrase is the subject, and what came before it where ("In Bergen, the documentary about her was a
    hit")."""
    found = _APPOSED_TITLE.search(clause.text)
    if found is None:
        return ""
    fronted = clause.text[: found.start()].strip(" \t\"'\u201c(")
    if (not fronted or fronted.endswith(",")) and not _APPOSITION_CLOSED.match(clause.text, found.end()):
        return ""
    start, end = found.start("first"), found.end("first")
    if any(m.people for m in clause.within(start, end)):
        return ""
    title = squash(found.group("first"))
    return "" if known_country(title) else title


def _posting(clause: Clause, match: linear.Match) -> bool:
    lead = clause.mention(match.group("lead"))
    return lead is not None and lead.person is None and fold(lead.text) in _POSTING


# "was blunter on", "is more candid on": how someone was on a medium (or on a subject), told by a copula and an
# adjective before "on"
# ("was a bit more honest with Les Inrockuptibles", "was more guarded in Vanity Fair": with or in an outlet, or
# with a person asking, who is then no speaker either)
_MANNER_ON = linear.compile(
    r"\b(?:was|is|were|are)\s+(?:(?:a\s+(?:little|bit|lot)|much|far|even|rather|slightly)\s+)?"
    rf"(?:(?:more|less)\s+[a-z]+{_ABOUT_IT}\s+(?P<with>with|in)|(?:more|less)\s+[a-z]+{_ABOUT_IT}\s+on"
    rf"|[a-z]+{_ABOUT_IT}\s+on)\s+(?:the\s+)?$"
)


def manner_on(clause: Clause, mention: Mention) -> bool:
    """Whether a mention is what someone was some way on ("was blunter on France Inter"): where they spoke, or
    what about, and never whoever spoke."""
    start = clause.starts[mention.number]
    found = _MANNER_ON.search(clause.skeleton[max(0, start - 60) : start])
    if found is None or not found.group("with"):
        return found is not None
    # (a new full name after "with" or "in" may be whom they spoke to: only an outlet's, by its article or its words)
    return fold(squash(mention.text)).split()[0] in _OUTLET_ARTICLE or _printed_title(mention)


def _mentions_in(clause: Clause, fragment: str) -> list[Mention]:
    return [clause.mentions[int(n)] for n in MENTION.findall(fragment)]


def _person(mention: Mention | None) -> str | None:
    if mention is None:
        return None
    if mention.person is not None:
        return mention.person
    return squash(mention.text) if mention.kind == "name" and mention.new else None


# A day named for a feast, read as a name ("New Year's Eve" read as "New Year's" and "Eve"): when, not where
_HOLIDAY = linear.compile(
    r"^(?:(?:New\s+Year's|New\s+Year|Christmas|Valentine's|Halloween|Easter|Thanksgiving|Midsummer|Hogmanay|Diwali|"
    r"Eid)(?:\s+(?:Eve|Day|Night|Sunday|Monday))?|Good\s+Friday|Boxing\s+Day|Eve|Day)$"
)


_WEEKDAY = linear.compile(rf"^(?:{WEEKDAY_NAMES})$")


def _weekday(mention: Mention | None) -> bool:
    return mention is not None and _WEEKDAY.match(squash(mention.text)) is not None


def medium(clause: Clause) -> Mention | None:
    """The mention the clause names as where someone said something ("explained to Svenska Dagbladet"), read as
    quote sources are: a medium, no one who could be one of the people the clause speaks of."""
    _, mentions = _source(clause)
    return next((m for m in clause.mentions if id(m) in mentions), None)


# A month's name alone ("on X in October"), a time, not where the station is
_MONTHS = frozenset(MONTH_NAMES.lower().split("|"))
# The last word of a public body's or an official's name ("a letter to the Council", "her statement to the
# Sub-Committee", "a letter to the Town Clerk"): whom words were sent or given to, which publishes nothing, so no
# source (words to a paper or a station are)
_BODY_WORDS = frozenset({"council", "committee", "subcommittee", "clerk", "councillors", "cabinet", "tribunal"})


# ("said on The Blue of the Night,": a title that goes on past "of the" to one more capitalised word ending the phrase,
# where the mentions cut it)
_TITLE_OF_THE = linear.compile(r"\s+of\s+the\s+(?P<rest>@\d+)(?:\s*[,;:.!?]|\s*$)")
# Spoken on it, a broadcast, maybe a station's own ("on RTE lyric fm's"): "told The Times of the Beatles" is what about
_SPOKEN_ON_BEFORE = linear.compile(r"\bon\s+(?:[^,;:.!?\s]+\s+){0,3}?(?:[^,;:.!?\s]+['\x{2019}]s\s+)?$")


# ("told Spijkers met Koppen": a title that goes on past the Dutch "met" to one more name of no one, ending the phrase;
# the name reader joins the other tongues' joining words, "La Gazzetta dello Sport", itself, but not "met", an English
# verb between two names: "Ann met Bea")
_TITLE_JOINED = linear.compile(
    r"\s+met\s+(?P<rest>@\d+)(?:\s*[,;:.!?]|\s*$|\s+(?:in|on|that|about|when|after|before|last|this|back)\b)"
)


def _source(clause: Clause) -> Source:
    found, ids = _source_joined(clause, *_source_read(clause))
    # (a title opening on its own "The": "told Mojo of the Beatles" is what about)
    named = [
        (at, m)
        for at, m in enumerate(clause.mentions)
        if id(m) in ids and squash(m.text) == found and m.text.startswith("The ") and not m.possessive
    ]
    if found is None or len(named) != 1:
        return found, ids
    number, title = named[0]
    if _SPOKEN_ON_BEFORE.search(clause.skeleton[max(0, clause.starts[number] - 40) : clause.starts[number]]) is None:
        return found, ids
    goes_on = _TITLE_OF_THE.match(clause.skeleton, clause.starts[number] + len(f"@{number}"))
    rest = clause.mention(goes_on.group("rest")) if goes_on is not None else None
    if rest is None or rest.kind != "name" or rest.people or rest.possessive or " " in squash(rest.text):
        return found, ids
    return squash(clause.text[title.start : rest.end]), {*ids, id(rest)}


def _source_joined(clause: Clause, found: str | None, ids: set[int]) -> Source:
    """A source read as one name, which goes on past the Dutch "met" ("Spijkers met Koppen")."""
    if found is None or " met " not in clause.skeleton:
        return found, ids
    named = [(at, m) for at, m in enumerate(clause.mentions) if id(m) in ids and squash(m.text) == found]
    if len(named) != 1 or named[0][1].possessive or named[0][1].people:
        return found, ids
    number, title = named[0]
    goes_on = _TITLE_JOINED.match(clause.skeleton, clause.starts[number] + len(f"@{number}"))
    rest = clause.mention(goes_on.group("rest")) if goes_on is not None else None
    if rest is None or rest.kind != "name" or rest.people or rest.new or rest.possessive:
        return found, ids
    return squash(clause.text[title.start : rest.end]), {*ids, id(rest)}


def _source_read(clause: Clause) -> Source:
    if "." in clause.skeleton:
        site = _SITE.search(clause.skeleton)
        if site is not None:
            addressed = clause.mention(site.group("site").split(".")[0])
            return clause.words(site.group("site")), set() if addressed is None else {id(addressed)}
    code = _TOLD_CODE.search(clause.skeleton) if "t" in clause.skeleton or " on " in clause.skeleton else None
    if code is not None and not code.group("site").lower().endswith(("st", "nd", "rd", "th", "am", "pm", "s")):
        return code.group("site"), set()
    styled = _TOLD_LOWER.search(clause.skeleton)
    if styled is not None and styled.group("word") not in _NOT_STYLED:
        owned_title = _OWNED_TITLE.match(clause.skeleton, styled.end("site"))
        title = clause.mention(owned_title.group("title")) if owned_title is not None else None
        if owned_title is not None and title is not None and title.kind == "name" and title.person is None:
            owner, start = styled.group("site"), styled.start("site")
            goes_on = _OWNED_TITLE_GOES_ON.match(clause.skeleton, owned_title.end())
            rest = clause.mention(goes_on.group("rest")) if goes_on is not None else None
            if goes_on is not None and rest is not None and _word_of_no_one(rest):
                whole = squash(clause.text[title.start : rest.end])
                programme = _owned_source(clause, owner, whole, start, goes_on.end("rest"), "styled")
                if programme is not None:
                    return programme, {id(title), id(rest)}
            programme = _owned_source(clause, owner, squash(title.text), start, owned_title.end(), "styled")
            if programme is not None:
                return programme, {id(title)}
        return styled.group("site"), set()
    if not any(m.kind == "name" and m.person is None for m in clause.mentions):
        return None, set()  # a source is a name that is no one's: without one, no pattern need be tried
    encoded = linear.Encoded(clause.skeleton)
    event = _EVENT.search(encoded) if " at " in clause.skeleton else None
    if event is not None:
        mention = clause.mention(event.group("source"))
        if mention is not None and mention.person is None and mention.kind == "name":
            return f"{squash(mention.text)} {squash(event.group('event'))}", {id(mention)}
    spoken = _HOST_ON.search(encoded) if " on " in clause.skeleton else None
    if spoken is not None:
        spoken_to, medium = clause.mention(spoken.group("host")), clause.mention(spoken.group("source"))
        if (
            spoken_to is not None
            and spoken_to.person is not None
            and not spoken_to.possessive
            and medium is not None
            and _medium_told_on(medium)
        ):
            # "Speaking to the host Cy Dorn on Radio Nord": someone of the page spoken to, then the station
            return squash(medium.text), {id(medium)}
    staged = _SAID_AT_NAMED_EVENT.search(encoded) if " at " in clause.skeleton else None
    if staged is not None:
        mention = clause.mention(staged.group("source"))
        if mention is not None and mention.person is None and mention.kind == "name" and not mention.possessive:
            return f"{squash(mention.text)} {staged.group('event')}", {id(mention)}
    for pattern in (*_SOURCES, *_LOOSE, *_HELD, _LIVE):
        for match in pattern.finditer(encoded):
            mention = clause.mention(match.group("source"))
            if mention is None or mention.person is not None or mention.kind != "name":
                continue
            if any(m.person is not None and fold(m.person) == fold(squash(mention.text)) for m in clause.mentions):
                continue  # "introduced by the broadcaster X ..., and X tells it": someone the clause goes on to name
            slot = _SLOT_ON.match(clause.skeleton, match.end("source")) if mention.possessive else None
            station = clause.mention(slot.group("station")) if slot is not None else None
            if station is not None and _medium_told_on(station) and not _weekday(station):
                return squash(station.text), {id(station)}
            if mention.possessive and pattern is not _APPOSED_KIND and _apposed_after(clause, encoded, match):
                continue  # "on the Rovers' official podcast, Front Row Forward": whose it is, then its name
            if (
                mention.possessive
                and mention.new
                and not _medium_named(mention.text)
                and _WHOSE_SHOW.match(clause.skeleton, match.end("source"))
            ):
                # "appearing on Cy Dorn's show", "said on Gil Moss's late show on Sunday": whose show it is, a person,
                # never where the words went out, whatever verb led to it
                continue
            if pattern is _INTERVIEW_WITH and match.group("put_on") is not None:
                put_on = clause.mention(match.group("put_on"))
                if put_on is None or fold(put_on.text) not in _PLATFORMS:
                    continue
            if pattern is _OWN_STATION_SHOW and (mention.possessive or not _medium_named(mention.text)):
                continue  # "on her Glastonbury show": a concert, where
            if pattern is _VISITED_STATION and not _medium_named(mention.text):
                continue  # "visited Lisbon", "came to see me at the Crown": no station by its name
            if pattern is _ARCHIVE and "'" in mention.text:
                continue  # "the Society's Voices of Ashcombe recordings" read as one name: whose, not which
            if _AT_POST.match(clause.skeleton, match.end("source")):
                continue  # "told Callum on the till": one of the staff at work, not a medium
            if _JOURNEY_TO.search(clause.skeleton[max(0, match.start("source") - 80) : match.start("source")]):
                continue  # "wrote it on the bus back to Galway": where the journey went
            if _CHART_AFTER.match(clause.skeleton, match.end("source")):
                continue  # "his first appearance on the UK charts": a chart the record was on, no medium spoken on
            if (
                mention.new
                and not (_medium_named(mention.text) or _printed_title(mention) or _foreign_titled(mention))
                and (
                    (pattern is _TOLD and _TOLD_IN_PERSON.match(clause.skeleton, match.end("source")))
                    or _MAILED_TO.search(clause.skeleton[max(0, match.start("source") - 80) : match.start("source")])
                )
            ):
                continue  # "told Eda Fenn about it on the train", "a letter posted to Eli Moss": a person, in person
            if pattern is _TOLD and _NAME_RUNS_ON.match(clause.skeleton, match.end("source")):
                continue  # "told the Fresno Californian who ran it": a name running on in a word, maybe someone
            if (
                pattern is _TOLD
                and _PEOPLE_OF_PLACE.search(squash(mention.text))
                and _THE_BEFORE.search(clause.skeleton[max(0, match.start("source") - 5) : match.start("source")])
            ):
                continue  # "told the Fresno Californians in the crowd": people from a place, no outlet
            own = _OWN_NAME_AFTER.match(clause.skeleton, match.end("source"))
            own_name = clause.mention(own.group("own")) if own is not None else None
            if own_name is not None and own_name.kind == "name" and own_name.person is None:
                continue  # "on the RNZ programme Music 101": the broadcaster's name, the programme's own after it
            told_on = (
                _TOLD_ON.match(clause.skeleton, match.end("source"))
                if mention.new
                and (
                    pattern is _TOLD
                    # "Talking to Cy Dorn on Radio Nord, Bell said": the host spoken to, then the station
                    or (pattern is _SOURCES[1] and _TO_HOST.search(clause.skeleton[: match.start("source")]))
                )
                else None
            )
            told_on_what = clause.mention(told_on.group("medium")) if told_on is not None else None
            if told_on_what is not None and _medium_told_on(told_on_what):
                # the programme the one told was on
                return squash(told_on_what.text), {id(mention), id(told_on_what)}
            if pattern is _SOURCES[0] and ", the " in clause.skeleton:
                apposed = _APPOSED_TO.search(clause.skeleton[max(0, match.start() - 100) : match.start("source")])
                titled = clause.mention(apposed.group("title")) if apposed else None
                if titled is not None and titled.kind == "name" and not titled.people and not titled.possessive:
                    # "Domingo Eterno, the documentary Globoplay put out": what it is, after its title, as an
                    # apposition; the name after it is then the subject of a clause about it
                    return squash(titled.text), {id(titled), id(mention)}
            if pattern in _HELD and (
                mention.possessive
                or (pattern is _WENT_LIVE and not mention.text.endswith(" Live"))
                or (pattern is _LIVE_ON and fold(mention.text) not in _GOES_LIVE)
                or (
                    pattern
                    in (_WHEN_ASKED, _WHEN_ASKED_LAST, _CAME_UP_ON, _GAVE_ANSWER, _GAVE_TO, _GAVE_IT_TO, _REVIEW_ON)
                    and mention.new
                )
                or (pattern in (_IN_A_POST, _POSTED_A) and fold(mention.text) not in _POSTED_AS)
                or (pattern is _ON_OWN_PLATFORM and fold(mention.text).split()[0] not in _PLATFORMS | _OWN_PLATFORMS)
                or (pattern in (_TOOK_TO, _PUT_ON) and fold(mention.text) not in _PLATFORMS)
                or (pattern is _POSTING_ON and (mention.new or not _posting(clause, match)))
            ):
                continue  # "went on Cy's show"; "got on Bell" is no broadcast; a full name asking is a person
            if pattern is _WENT_LIVE:
                # "jumped on Instagram Live": one goes live on the platform, which is where the words were said
                return squash(mention.text).removesuffix(" Live"), {id(mention)}
            if (
                (pattern in _LOOSE or pattern is _ACCOUNT_GIVEN)
                and mention.new
                and not _ON_AIR.match(clause.text, mention.end)
                and not _medium_named(mention.text)
                and not _foreign_titled(mention)
                and not _THE_BEFORE.search(clause.skeleton[max(0, match.start("source") - 5) : match.start("source")])
                and not (
                    pattern is _LOOSE[0]
                    and not mention.possessive
                    and _SAID_ON.search(clause.skeleton[max(0, match.start("source") - 40) : match.start("source")])
                )
            ):
                # "explained the song to Cy Dorn": a person, not a medium (but "sat down with Porch Talk on TV"
                # is a programme, which is on the air, and "put it gently on Radio Kultur" a medium said on)
                continue
            if pattern is _NAME_WHERE_SOURCE and (
                (
                    mention.new
                    and not (match.group("the") and match.group("word") == "to")
                    # ("Bell to Jornal da Ribeira:": a new name that is a paper's or a station's by its words)
                    and not (
                        match.group("word") in ("to", "on") and (_printed_title(mention) or _medium_named(mention.text))
                    )
                )
                or (match.group("day") is not None and not _weekday(clause.mention(match.group("day"))))
                or bool(match.group("kind_before")) != bool(match.group("kind"))
                or (
                    match.group("word") == "in"
                    and not match.group("kind")
                    and not (mention.text.startswith("The ") and len(mention.text.split()) >= 3)
                )
            ):
                continue  # "Bell, to Cy Dorn:" a person; "Bell, in Lisbon:" where she was
            if (
                pattern is _MORE_SO_ON
                and match.group("word") != "on"
                and (
                    known_country(mention.text)
                    # ("went further in Leeds:": without the outlet's "the", where they were)
                    or (match.group("further") is not None and not match.group("the"))
                    or (
                        mention.new
                        and not (match.group("further") and match.group("the"))
                        and len(squash(mention.text).split()) < 3
                        and fold(squash(mention.text)).split()[0] not in _OUTLET_ARTICLE
                        # ("was more measured in Dagens Nyheter:": a paper by its words, "the news" of its tongue)
                        and not _printed_title(mention)
                    )
                )
            ):
                continue  # "was more candid with Cy Dorn:" a person; "more relaxed in Norway:" where
            if pattern is _IN_ASIDE and (
                known_country(mention.text) or not (_printed_title(mention) or _medium_named(mention.text))
            ):
                continue  # "Bell, in Buenos Aires, said": where she was, not a paper
            if (
                pattern is _COMPARED_WHEN
                and mention.new
                and not (_printed_title(mention) or _medium_named(mention.text))
            ):
                continue  # "was shorter when Cy Dorn asked him:": a person asking, not a medium
            if pattern is _CRITIC_OF and mention.new:
                continue  # "Eda Fenn's critic X": a person's
            if pattern is _ASKED_ON and mention.possessive:
                continue
            if pattern is _TO_FIRST and mention.new:
                continue  # "To Eda Fenn she said only": a full name new to the page is someone told, not a medium
            if pattern is _SPEAKING_AT and mention.possessive:
                continue  # "speaking at Eda Fenn's wedding": whose the event was, not where
            lead = clause.mention(match.group("lead")) if pattern is _SPEAKING_AT and match.group("lead") else None
            if lead is not None and squash(lead.text).lower() != "introducing":
                continue
            if (match.groupdict().get("word") or "").lower() in _TOPIC_ON and fold(mention.text) not in _PLATFORMS:
                continue
            if pattern is _LOOSE[-1] and _OF_A_THING_ON.search(clause.skeleton[: match.start("source")]):
                continue  # "a recording of a tram bell on X:": where the thing is, in a description of something
            month = clause.mention(match.groupdict().get("month") or "")
            if month is not None and fold(squash(month.text)) not in _MONTHS:
                continue  # "on Radio Nova in Paris:": where the station is, which only a month would not be
            if pattern is _LIVE and mention.text.endswith((" Q&A", " AMA")):
                # "during a Twitch Q&A", "during a Facebook Live Q&A": questions answered on a platform (or its live
                # broadcast), which is where the words were said; only a platform's ("a Berlin Q&A" is where it was)
                held = squash(mention.text).rsplit(" ", 1)[0]
                held_on = fold(held.removesuffix(" Live"))
                if held_on in _PLATFORMS or held_on in _GOES_LIVE:
                    return held, {id(mention)}
                continue
            if pattern is _LIVE and not mention.text.endswith(" Live"):
                continue
            if fold(mention.text) in STOP_WORDS or _HOLIDAY.match(mention.text):
                continue  # "said on Tuesday", "on Christmas Day": when, not where
            if fold(mention.text).rsplit(" ", 1)[-1] in _BODY_WORDS:
                continue  # "in a letter to the Council": a body written to, no outlet
            if (
                pattern is _ON_FRONTED
                and not clause.skeleton.rstrip().endswith(":")
                and _SAYS.search(clause.skeleton) is None
                and (_common_subject(clause, match.end("source")) or match.group(0).startswith(","))
            ):
                # "On Tornsay, the group ended up at the Anchorage.": no one speaks; where something happened
                # (", and on Tornsay the group ...": after a conjunction, only a clause that says something is read)
                continue
            if pattern is _ON_AFTER_WHEN and mention.new:
                continue  # "Years later, on Cy Dorn, Bell was blunt": whom she spoke of, not where
            if pattern is _SAID_AT_EVENT and fold(squash(mention.text)).split()[-1] not in _EVENT_WORDS:
                continue  # "said at the Albert Hall:": a venue, where
            if (pattern is _SAID_IN_PRINT or pattern is _BEEN_IN_PRINT) and not (
                _printed_title(mention) or fold(squash(mention.text)).split()[0] in _TITLE_ARTICLES
            ):
                continue  # "said in the Albert Hall:": where, not a paper
            if pattern is _WROTE_FOR and (mention.possessive or (mention.new and not _printed_title(mention))):
                continue  # "wrote about it for Cy Dorn:": a person written for, not a paper
            if pattern is _WROTE_IN and (known_country(mention.text) or fold(mention.text) in DEMONYM_WORDS):
                continue  # "wrote in Norway", "wrote in Polish": where, or in what tongue
            if pattern is _ROUND_OF and (" " not in squash(mention.text) or known_country(squash(mention.text))):
                continue  # "in the Wembley final": where the round was, not the contest
            if (pattern is _ASKED or pattern is _OWNERS_PIECE) and mention.new:
                continue  # a full name asking is a person, not a medium (so is one owning a documentary)
            if pattern is _OUTLET_DID and mention.new:
                country = clause.mention(match.group("country"))
                if country is None or country.people or known_country(country.text) is None:
                    continue  # a full name quoting someone may be a person (but "Spain's X" is an outlet of Spain)
            goes_on = (
                _TITLE_GOES_ON.match(clause.skeleton, match.end("source"))
                if pattern in (_WENT_ON, _APPEARED_ON) and not mention.possessive
                else None
            )
            title_rest = clause.mention(goes_on.group("rest")) if goes_on is not None else None
            if (
                goes_on is not None
                and goes_on.group("place")
                and (" " in squash(mention.text) or fold(squash(mention.text)) not in _SLOTS)
            ):
                title_rest = None  # "appeared on Radio Nord at the Folk Festival": where the station was, not a title
            if (
                goes_on is not None
                and title_rest is not None
                and goes_on.group("on")
                and (" " not in squash(mention.text) or squash(title_rest.text).isupper())
            ):
                title_rest = None  # "appeared on Kvelden on the BBC": the programme, then where it went out
            if title_rest is not None and _word_of_no_one(title_rest):
                # "went on Take the Floor and said": a programme's title, its "the" in lower case, read whole
                return squash(clause.text[mention.start : title_rest.end]), {id(mention), id(title_rest)}
            platform = clause.mention(match.groupdict().get("platform"))
            if platform is None and " on " in clause.skeleton:
                on = _ON_PLATFORM.match(clause.skeleton, match.end("source"))
                platform = clause.mention(on.group("platform")) if on else None
            name = squash(mention.text)
            platform_of = name.split(" of ", 1)[0]
            if fold(platform_of) in _PLATFORMS and platform_of != name:
                # "posted a video on Facebook of X tuning up": what the post shows, read into the name by its "of";
                # a platform's name has none
                name = platform_of
            styled = _LOWER_FM.match(clause.skeleton, match.end("source")) if " fm" in clause.skeleton else None
            if styled is None and " service" in clause.skeleton and not mention.possessive and not mention.new:
                styled = _LOWER_SERVICE.match(clause.skeleton, match.end("source"))
            owns = clause.mention(styled.groupdict().get("owned")) if styled is not None else None
            if styled is not None:
                # "told RTÉ lyric fm": a station styled in lower case after its broadcaster's name, ending in the
                # band it is on, is one name (the capitals alone are only its broadcaster)
                owner = f"{name}{styled.group('rest')}"
                if owns is not None and owns.person is None:
                    # "said on RTÉ lyric fm's The Quiet Hour": the styled station's programme, as any broadcaster's
                    start, end = match.start("source"), match.end("source")
                    programme = _owned_source(clause, owner, squash(owns.text), start, end, "apart")
                    if programme is not None:
                        return programme, {id(mention), id(owns)}
                return (f"{owner}'s {squash(owns.text)}", {id(mention), id(owns)}) if owns else (owner, {id(mention)})
            slashed = _SLASHED.match(clause.skeleton, match.end("source")) if "/" in clause.skeleton else None
            other = clause.mention(slashed.group("more")) if slashed else None
            if slashed is not None and slashed.group("number"):
                return f"{name}/{slashed.group('number')}", {id(mention)}
            if other is not None and other.kind == "name" and other.person is None and " " not in other.text:
                # "the magazine Signal/Noise": two words joined by a slash, with no space, are one name
                return f"{name}/{squash(other.text)}", {id(mention), id(other)}
            joined = _AMPERSAND.match(clause.skeleton, match.end("source")) if "&" in clause.skeleton else None
            more = clause.mention(joined.group("more")) if joined else None
            named = pattern is _SOURCES[0]  # after what it is: "the podcast Sweet Tea & Static" is one name
            if (
                more is not None
                and more.kind == "name"
                and more.person is None
                and not more.possessive
                and (
                    (" " not in name and " " not in more.text)
                    or (named and not more.new)
                    or (
                        named
                        and _PRINT_BEFORE.search(
                            clause.skeleton[max(0, match.start("source") - 14) : match.start("source")]
                        )
                        is not None
                    )
                )
            ):
                # one word each side: one name ("Frame & Focus"); longer names either side may be two sources,
                # unless the word before says it is one programme (and the second is no new full name)
                return f"{name} & {squash(more.text)}", {id(mention), id(more)}
            if more is not None and more.kind == "name" and more.person is not None and " " not in name + more.text:
                # "to Blues & Soul" with "Soul" read as someone the page names ("Soul Train"): one word each side is
                # one title by its shape, but the page reads the other as someone; the first word alone would be half
                # a title, so no source is read
                return None, set()
            anded = _AND_NAMED.match(clause.skeleton, match.end("source")) if " and " in clause.skeleton else None
            second = clause.mention(anded.group("more")) if anded else None
            if (
                second is not None
                and second.kind == "name"
                and second.person is None
                and not second.new
                and not second.possessive
                and " " not in name + squash(second.text)
                and not any(word.isupper() or known_country(word) for word in (name, squash(second.text)))
            ):
                before = clause.skeleton[max(0, match.start("source") - 5) : match.start("source")]
                if _THE_BEFORE.search(before) or _ONE_INTERVIEW.search(
                    clause.skeleton[max(0, match.start("source") - 40) : match.start("source")]
                ):
                    # one word each side after "the", neither a country or an acronym: one title ("the Press and
                    # Journal", "the Post and Courier"); "the BBC and ITV" are two. So too after "an interview
                    # with", which is one outlet's ("an interview with Salt and Vinegar.")
                    return f"{name} and {squash(second.text)}", {id(mention), id(second)}
                # ("told Mojo and Uncut:" two outlets, or one "Salt and Vinegar"): which, the page does not say
                return None, set()
            # ("on the BBC World Service's Focus on Africa": a programme of a broadcaster's, whose one-word title
            # goes on with "on" and a place, which after a broadcaster's "'s" is the title's own, no time or where)
            owners_title = name.split("'s ", 1)[1] if "'s " in name else None
            head = owners_title or name
            if " on " in clause.skeleton and " " not in head and not head.isupper() and platform is None:
                onward = _ON_NAMED.match(clause.skeleton, match.end("source"))
                after_on = clause.mention(onward.group("more")) if onward else None
                if (
                    after_on is not None
                    and _capitalised_word_of_no_one(after_on)
                    and (
                        _one_title_word(after_on.text)
                        if owners_title is None
                        else known_country(after_on.text) is not None or fold(after_on.text) in _CONTINENTS
                    )
                ):
                    if owners_title is not None:
                        owner = name.split("'s ", 1)[0]
                        start, end = match.start("source"), match.end("source")
                        name = _owned_source(clause, owner, owners_title, start, end, "on_place") or name
                    return f"{name} on {after_on.text}", {id(mention), id(after_on)}
            if owners_title is not None and " in the " in clause.skeleton and " " not in owners_title:
                # ("on Radio Nord's Session in the Shed": so too a one-word title going on with "in the" and a place's
                # one capitalised word, ending the clause, after a broadcaster's "'s", where no host's name stands)
                inward = _IN_THE_NAMED.match(clause.skeleton, match.end("source"))
                inside = clause.mention(inward.group("more")) if inward else None
                if (
                    inside is not None
                    and _medium_named(name.split("'s ", 1)[0])
                    and owners_title[:1].isupper()
                    and _capitalised_word_of_no_one(inside)
                    and _one_title_word(inside.text)
                ):
                    return f"{owners_title} in the {inside.text}", {id(mention), id(inside)}
            vocative = (
                _COMMA_WORD.match(clause.skeleton, match.end("source")) if named and "," in clause.skeleton else None
            )
            last = clause.mention(vocative.group("more")) if vocative else None
            if last is not None and _word_of_no_one(last) and not known_country(squash(last.text)):
                # "on the late-night show Buenas Noches, Santiago.": one word after a comma ending the sentence,
                # after a programme's name, is the title's own ("Good Morning, Vietnam")
                return f"{name}, {squash(last.text)}", {id(mention), id(last)}
            start, end = match.start("source"), match.end("source")
            owner, owned, outlet = _owned_parts(name)
            if owned:
                name = _owned_source(clause, owner, outlet, start, end, "place") or name
            rest_of_title = _title_after_comma(clause, match) if named and "," in clause.skeleton else None
            if rest_of_title is not None:
                return f"{name}, {squash(rest_of_title.text)}", {id(mention), id(rest_of_title)}
            owner, owned, programme = _owned_parts(name)
            if owned:
                how: _Owned = "post" if pattern is _UNDER_POST else "whole"
                name = _owned_source(clause, owner, programme, start, end, how) or name
            if owned and name == programme:
                # "speaking on BBC Radio 2's Sounds of the Sixties": the programme's title goes on past its lower-case
                # "the" or "of the", as a title reached by "went on" does
                goes_on = _TITLE_GOES_ON.match(clause.skeleton, match.end("source"))
                rest = (
                    clause.mention(goes_on.group("rest"))
                    if goes_on is not None and not goes_on.group("place") and not goes_on.group("on")
                    else None
                )
                if rest is not None and _word_of_no_one(rest):
                    whole = squash(clause.text[mention.start : rest.end])
                    return whole.split("'s ", 1)[1], {id(mention), id(rest)}
                if goes_on is not None and goes_on.group("decade") and not goes_on.group("place"):
                    whole = squash(clause.text[mention.start : clause.at(goes_on.end("decade"))])
                    return whole.split("'s ", 1)[1], {id(mention)}
            quoted = _OWNED_QUOTED.match(clause.skeleton, match.end("source")) if mention.possessive else None
            quoted_title = _title_naming_no_one(clause, quoted)
            if quoted_title is not None:
                quoted_name = squash(quoted_title)
                return _owned_source(clause, name, quoted_name, start, end, "quoted") or quoted_name, {id(mention)}
            held_by = _HELD_BY.match(clause.skeleton, match.end("source")) if mention.possessive else None
            if held_by is not None:
                # "On Harrow Group's earnings call, X told analysts": the occasion the name held is where
                return f"{name}'s {squash(held_by.group('event'))}", {id(mention)}
            whose = _OF_SOURCE.match(clause.skeleton, match.end("source")) if mention.possessive else None
            inner = clause.mention(whose.group("source")) if whose else None
            # ("Marsh FM's Monday night football show": a weekday after the owner is when its show is, not its name)
            if inner is not None and inner.person is None and fold(inner.text) not in STOP_WORDS:
                programme = _owned_source(clause, name, squash(inner.text), start, end, "apart")
                return programme or f"{name}'s {squash(inner.text)}", {id(mention), id(inner)}
            host = _HOSTED.match(clause.skeleton, match.end("source"))
            hosted = clause.mention(host.group("host")) if host else None
            if (
                hosted is not None
                and hosted.kind == "name"
                and hosted.person is None
                and (
                    (
                        _slot_named(name)
                        # ("Late Supper with Ruairí": a host may go by a first name alone, when the title says it is
                        # a programme by when it is on)
                        and (hosted.new or (" " not in hosted.text and fold(hosted.text) not in _PLATFORMS))
                    )
                    or (
                        hosted.new
                        and _PROGRAMME_BEFORE.search(
                            clause.skeleton[max(0, match.start("source") - 12) : match.start("source")]
                        )
                    )
                )
            ):
                # "Late Night with Carla Briggs": a programme named after its host (but "appeared on Radio Nord with
                # Cy Dorn" is with a guest)
                broadcaster, _, by_host = name.partition("'s ") if "'s " in name else name.partition("s' ")
                if by_host:
                    name = _owned_source(clause, broadcaster, by_host, start, end, "host") or name
                return f"{name} with {squash(hosted.text)}", {id(mention), id(hosted)}
            if " app" in clause.skeleton[match.end("source") : match.end("source") + 4] and _APP.match(
                clause.skeleton, match.end("source")
            ):
                # "on the Harbour Lights app": the product named whole, as "Instagram Live" is (a platform's own app
                # is the platform: "on the Instagram app" was said on Instagram)
                name = name if fold(name) in _PLATFORMS else f"{name} app"
            if platform is not None and platform.person is None and _medium_named(platform.text):
                # "the Night Owls programme on Radio Nord": a broadcaster's programme is named by its own title, as
                # "Radio Nord's Night Owls" is (a platform's channel keeps where it is: "Backstage Pass (YouTube)")
                return name, {id(mention), id(platform)}
            if platform is not None and platform.person is None:
                return f"{name} ({squash(platform.text)})", {id(mention), id(platform)}
            return name, {id(mention)}
    return None, set()


# Narration that presents the quotations after it as one person's telling (a frame: an editor's note before a
# track-by-track guide): "X went through the album song by song with Y", "she took Y through it", "X walked the
# listeners of Y through it", "X did most of the talking", "X wrote a track-by-track guide for Y", "a guide X wrote
# herself for Y", "Here's X.", "What follows is X", "In her own words:". The subject is the voice of the quotations
# that follow with no attribution of their own.
_WORKS = r"(?:album|record|LP|EP|songs|tracks|singles|tracklist|track\s+list|catalogue|catalog|set|mixtape)"
_GUIDED = linear.compile(
    rf"(?P<speaker>{_P})\s+(?:[a-z]+ly\s+)?(?:(?:agreed|offered|came\s+in|sat\s+down)\s+to\s+)?"
    r"(?:went|goes|go|talked|talks|talk|walked|walks|walk|took|takes|take|guided|guides|guide|led|leads|lead)\s+"
    rf"(?:(?P<audience>{_P}|the\s+(?:listeners|readers|viewers|audience|subscribers)\s+of\s+{_P})\s+)?through\s+"
    # what is gone through is the songs ("the album", "her second album", "every single they have put out", a quoted
    # title; "it" only one song or track at a time), not a hard year
    rf"(?:(?:it|them)\s+(?:(?:song|track)\s+by\s+(?:song|track)|one\s+(?:song|track)\s+at\s+a\s+time)"
    rf"|(?:the|this|that|{_P}(?:'s)?)\s+(?:[\w-]+\s+){{0,2}}?{_WORKS}|every\s+(?:single\s+)?(?:song|track|"
    rf"single)|each\s+(?:song|track|single)|\"[^\"]{{1,80}}\")(?:\W|$)"
    rf"|(?P<talker>{_P})\s+(?:did\s+(?:most\s+of\s+|much\s+of\s+|all\s+of\s+)?the\s+talking|took\s+turns\s+"
    r"(?:talking|speaking|answering))\b"
)
# ("guide": a guide, commentary, liner notes or an essay of one's own, written about one's songs)
_GUIDE = r"(?:guide|commentary|essay|liner\s+notes)"
_GUIDE_WRITTEN = linear.compile(
    rf"(?P<writer>{_P})\s+(?:[a-z]+ly\s+)?(?:wrote|writes|has\s+written|penned|pens)\s+(?:an?|the|{_P})\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_GUIDE}\b"
    rf"|\b{_GUIDE}\s+(?:that\s+|which\s+)?(?P<owner>{_P})\s+(?:wrote|had\s+written|has\s+written|penned)\b"
)
_PRESENTING = linear.compile(
    rf"^\W*(?:Here's|Here\s+is|Over\s+to|What\s+follows\s+(?:is|are)|Next\s+(?:is|up\s+is))\s+(?P<shown>{_P})"
    # ("Here is X telling it on Y:": the one presented is shown speaking, which the words after are, on a medium; not
    # "talking to Cy Dorn", whom a new name there may be)
    r"(?:\s*(?:[.,:;!]|$)|\s+(?:telling|talking|speaking|explaining|recalling|remembering|describing)"
    r"(?:\s+(?:it|this|that|the\s+story))?(?:\s+(?P<on>on|in)\s|\s*:|\s*$))"
    rf"|^\W*(?i:in)\s+(?P<own>{_P})\s+own\s+words\b"
)
# Where the framed telling was given: the outlet after the frame's verb or its guide ("for Y", "with Y", "on the
# podcast Y"), a name that is no one's.
_FRAMED_FOR = linear.compile(rf"\b(?:for|with|on|to)\s+(?:the\s+(?:[a-z]+\s+)?)?(?P<source>{_P})")


@dataclass(frozen=True)
class Frame:
    """The voice a frame gives the quotations after it: ``speaker`` (none when the frame names two), where the
    telling was given (``source``), and everyone the frame names as telling it (``voices``), whose quotes in it were
    given there too."""

    speaker: str | None
    source: str | None
    voices: frozenset[str]
    # where the frame named more than one speaker (a located warning)
    doubt: bool = False
    # The standfirst of a transcript ("A and B spoke to C of Y"): who put the questions (``hosts``: a label of
    # theirs is a question), and everyone it named, by whom the transcript's labels call the speakers.
    interview: bool = False
    hosts: frozenset[str] = frozenset()
    named: tuple[str, ...] = ()


def frame(clauses: list[Clause], transcript: bool = False) -> Frame | None:
    """The frame a paragraph of narration makes for the quotations after it, if it presents them as someone's
    telling (read in every sentence; the pronoun "they" of two people names two voices and no one speaker); before
    a transcript (``transcript``), the interview it tells of, when no other frame is told."""
    speakers: dict[str, None] = {}
    # who "did most of the talking" in a telling framed already ("the trio went through it"): the one speaking
    talkers: dict[str, None] = {}
    voices: dict[str, None] = {}
    source: str | None = None
    plural = False
    for clause in clauses:
        skeleton = clause.skeleton
        found = [
            *_GUIDED.finditer(skeleton),
            *(_GUIDE_WRITTEN.finditer(skeleton) if "wr" in skeleton or "pen" in skeleton else ()),
            *filter(None, [_PRESENTING.match(skeleton)]),
        ]
        for match in found[:_MOST_FRAMING]:  # a few: a clause may hold thousands
            groups = match.groupdict()
            group = next(name for name in _FRAME_GROUPS if groups.get(name))
            mention = clause.mention(groups[group])
            if mention is None or (mention.possessive and group != "own"):
                continue
            if not mention.people and mention.kind in ("pronoun", "two") and mention.text.lower() == "they":
                # "A, who grew up in X, and B ... and they took turns talking": a "they" the reading left open is
                # some of those the sentence named before it, two voices at least
                plural = True
                before = skeleton[: match.start(group)]
                voices.update(dict.fromkeys(p for m in _mentions_in(clause, before) if (p := _person(m))))
                source = source or _framed_source(clause, match)
                continue
            if not mention.people:
                continue
            joined = _JOINED_BEFORE.search(skeleton[max(0, match.start(group) - 40) : match.start(group)])
            if len(mention.people) > 1 or joined is not None:
                # "they took turns talking", "A and B took Y through it" (the pattern holding the last subject):
                # two voices, neither the speaker
                plural = True
                if joined is not None:
                    voices.update(dict.fromkeys(p for m in _mentions_in(clause, joined.group(0)) if (p := _person(m))))
            else:
                (talkers if group == "talker" else speakers).setdefault(mention.people[0])
            voices.update(dict.fromkeys(mention.people))
            if group == "talker":
                # "X did most of the talking, with Y and Z chipping in": the others named tell some of it too
                voices.update(dict.fromkeys(p for m in clause.mentions if (p := _person(m)) and not m.possessive))
            if source is None:
                source = _framed_source(clause, match)
    if not voices:
        return interview(clauses) if transcript else None
    if talkers:
        speakers = talkers
    if len(speakers) > 1 or plural:
        return Frame(None, source, frozenset(voices), doubt=True)
    return Frame(next(iter(speakers), None), source, frozenset(voices))


# How many framing matches of one sentence are read (each may look at all of its mentions).
_MOST_FRAMING = 4
_JOINED_BEFORE = linear.compile(rf"{_P}\s*(?:,|\band|&)\s*$")
_FRAME_GROUPS = ("speaker", "talker", "writer", "owner", "shown", "own")


def _framed_source(clause: Clause, match: linear.Match) -> str | None:
    """Where a frame's telling was given: whom it was told to ("took Y through it", "walked the listeners of Y
    through it"), else the first outlet after the frame's words ("for Y", "with Y", "on the podcast Y"): a name that is
    no one's."""
    audience = match.groupdict().get("audience") or ""
    places = [f"@{n}" for n in MENTION.findall(audience)][-1:]
    # (from the "on" that a presenting participle's match ends past: "Here is X telling it on Y")
    start = match.start("on") if match.groupdict().get("on") else match.end()
    after = clause.skeleton[start : start + 300]  # near the frame's words: a clause may be long
    places += [found.group("source") for found in _FRAMED_FOR.finditer(after)]
    for place in places:
        mention = clause.mention(place)
        if mention is not None and mention.kind == "name" and not mention.people and not mention.possessive:
            return squash(mention.text)
    return None


# An interview told before its transcript: "A and B spoke to C of Y", "For Y, C talked to A and B", "Y caught up
# with the duo", "A sat down with Y", "A joined C on Y's morning show" (the verb's one side the guests, the page's
# people; the other who asked, or the outlet: a name that is no one's), "C asked A about it" (the subject asks),
# "A was this month's guest on the Y podcast" (where).
_TALKED = linear.compile(
    rf"(?P<subject>{_P})\s+(?:[a-z]+ly\s+)?(?:spoke|speaks|talked|talks|chatted|chats|sat\s+down|sits\s+down|"
    r"caught\s+up|catches\s+up)\s+(?:to|with)\s+(?P<words>(?:[\w'-]+\s+){0,4}?)"
    rf"(?P<object>{_P})(?P<more>[^;:]{{0,200}})"
    rf"|(?P<asker>{_P})\s+(?:asked|asks|interviewed|interviews|quizzed|questioned)\s+(?P<asked>{_P})"
    rf"|(?P<joiner>{_P})\s+(?:joined|joins)\s+(?P<host>{_P})\s+on\s+(?:the\s+)?(?P<show>{_P})"
)
# "... were the guests on this week's episode of Y", "was this month's guest on the Y podcast"
_GUEST_ON = linear.compile(
    r"\b(?:was|were|is|are)\s+(?:(?:the|a|an|our|this|last|next)\s+)?(?:[\w-]+'s\s+)?(?:[\w-]+\s+){0,2}?guests?\s+"
    rf"(?:on|of|in)\s+(?:(?:the|this|last)\s+)?(?:[\w'-]+\s+){{0,4}}?(?P<outlet>{_P})"
)
# "For Y, C talked to A": the outlet the one asking wrote or spoke for, fronted
_FOR_OUTLET = linear.compile(rf"^\W*For\s+(?:the\s+)?(?P<outlet>{_P})\s*,")
# Words between a verb of talking and whom it was to that make the name after them no party to it ("spoke to
# reporters about X", "talked with pride of X")
_NOT_TO = frozenset({"about", "of", "at", "in", "on", "from", "after", "before", "for", "during", "over", "and"})
# A host called so ("host C", "the presenter C")
_ASKER_NOUN = linear.compile(
    r"\b(?:host|hosts|presenter|interviewer|journalist|reporter|DJ|editor|critic|writer|broadcaster)\s*$"
)
# Those joined before a subject: "A and her producer B", "A, B and C", "The singer A and the Danish cellist B"
_JOINED_SIDE = linear.compile(
    rf"(?:{_P}\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)(?:(?:his|her|their|its|the|a|an)\s+)?(?:[\w-]+\s+){{0,2}}?)+$"
)
_MOST_STANDFIRST = 12
# "spoke to Cy Dorn of the Night Paper": whose journalist the one spoken to is
_OF_THE = linear.compile(rf"^\s*of\s+(?:the\s+)?(?P<outlet>{_P})")
# "the three of them", "all four of them": so many people, whom a pronoun for two does not tell
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNTED = linear.compile(r"\b(?i:the|all)\s+(?P<count>(?i:two|three|four|five|six))\s+of\s+$")
# "Mira Albrecht of Stadtfunk": a journalist of the outlet, read as one name (two words or more before "of")
_OF_OUTLET = linear.compile(r"^(?P<who>\p{Lu}[\w'-]+(?:\s+\p{Lu}[\w'-]+)+)\s+of\s+(?:the\s+)?(?P<outlet>\p{Lu}.*)$")
# Guests taking an audience's questions after a screening or a set, on stage, told before its transcript: "A and B
# took questions after the screening", "stayed for questions", "answered questions", "joined us on stage", "joined the
# festival's curator after the programme", "stayed on the quay to talk", "The screening was followed by a conversation
# with A and B". Said where it was held, not to an outlet: the answers are given nowhere but there, unless the
# standfirst says who recorded it (``_RECORDED``).
_ON_STAGE = linear.compile(
    # ("A and B came to the session and answered questions": where they came, then the questions)
    rf"(?P<guest>{_P})\s+(?:(?:came|went|walked)\s+(?:to|on|onto)\s+(?:the\s+)?[a-z]+\s+and\s+)?"
    r"(?:(?:took|take|takes|answered|answer|answers)\s+(?:the\s+|some\s+)?(?:audience's\s+)?questions"
    r"|(?:stayed|stay|stays|came|come|comes)\s+(?:on\s+|back\s+)?(?:for|to\s+take)\s+(?:some\s+)?questions"
    r"|(?:stayed|stay|stays)\s+(?:on\s+)?(?:[a-z]+\s+){0,3}?to\s+(?:talk|chat)\b"
    rf"|(?:joined|joins|join)\s+(?:{_P}|the\s+(?:[\w'-]+\s+){{0,3}}?[a-z]+)\s+(?:on\s+stage|after\s+the)\b)"
    r"|\b(?:followed|closed|ended)\s+(?:by|with)\s+an?\s+(?:[a-z]+\s+){0,2}?(?:conversation|discussion|Q&A|talk)\s+"
    rf"with\s+(?P<with>{_P})(?P<more>[^;:]{{0,200}})"
)
# "The session was recorded by Cool FM", "recorded for the podcast Y": the outlet that took the talk down (a name new
# to the page is an outlet when said what it is)
_RECORDED = linear.compile(
    rf"\b(?:recorded|taped|filmed|broadcast)\s+(?:by|for)\s+(?:the\s+)?(?:(?P<kind>{_PROGRAMME_KINDS})\s+)?"
    rf"(?P<outlet>{_P})"
)


def interview(clauses: list[Clause]) -> Frame | None:
    """The interview a transcript's standfirst tells: its guests (the frame's voices, one of them its speaker), who
    asked, the outlet it was given to (the source), and everyone it named; none when it tells of no guest or no
    outlet."""
    guests: dict[str, None] = {}
    hosts: dict[str, None] = {}
    named: dict[str, None] = {}
    # (those on stage after a screening, whose answers need no outlet)
    live: dict[str, None] = {}
    source: str | None = None
    # (a standfirst is a few sentences: every label of the transcript is looked up among the people it names)
    for clause in clauses[:_MOST_STANDFIRST]:
        skeleton = clause.skeleton
        for mention in clause.mentions[:32]:  # a few: a sentence may hold thousands
            who = _person(mention)
            of = _OF_OUTLET.match(squash(mention.text)) if mention.kind == "name" and not mention.people else None
            if of is not None:
                hosts.setdefault(of.group("who"))
                named.setdefault(of.group("who"))
            elif who is not None:
                named.setdefault(who)
            elif mention.kind != "name":
                named.update(dict.fromkeys(mention.people))
        fronted = _FOR_OUTLET.match(skeleton)
        if fronted is not None:
            source = source or _outlet(clause.mention(fronted.group("outlet")))
        for found in _GUEST_ON.finditer(skeleton[:2000]):
            source = source or _outlet(clause.mention(found.group("outlet")))
            first = clause.mentions[0] if clause.mentions else None
            if first is not None and first.people and not first.possessive and skeleton.startswith("@0"):
                guests.update(dict.fromkeys(first.people))
        for found in list(_TALKED.finditer(skeleton[:2000]))[:_MOST_FRAMING]:
            if found.group("asker"):
                asker, asked = clause.mention(found.group("asker")), clause.mention(found.group("asked"))
                if asker is not None and asked is not None and asked.people and not asked.possessive:
                    hosts.update(dict.fromkeys(p for p in [_person(asker)] if p))
                    guests.update(dict.fromkeys(asked.people))
                continue
            if found.group("joiner"):
                side = _side(clause, found.start("joiner"), found.group("joiner"), "")
                host = clause.mention(found.group("host"))
                if side and host is not None and not host.people:
                    guests.update(dict.fromkeys(side))
                    hosts.update(dict.fromkeys(p for p in [_person(host)] if p))
                    source = source or _outlet(clause.mention(found.group("show")), owner=True)
                continue
            if set(found.group("words").split()) & _NOT_TO:
                continue
            subject = clause.mention(found.group("subject"))
            target = clause.mention(found.group("object"))
            if subject is None or target is None:
                continue
            before = _side(clause, found.start("subject"), found.group("subject"), "")
            after = _side(clause, found.start("object"), found.group("object"), found.group("more"))
            asked_by = _ASKER_NOUN.search(found.group("words")) is not None
            if before and (not after or asked_by):
                guests.update(dict.fromkeys(before))
                hosts.update(dict.fromkeys(p for p in [_person(target)] if p))
                whose = _OF_THE.match(found.group("more"))
                source = source or _outlet(target) or _outlet(clause.mention(whose.group("outlet")) if whose else None)
            elif after and not before:
                guests.update(dict.fromkeys(after))
                hosts.update(dict.fromkeys(p for p in [_person(subject)] if p))
                source = source or _outlet(subject)
        for found in list(_ON_STAGE.finditer(skeleton[:2000]))[:_MOST_FRAMING]:
            group = "guest" if found.group("guest") else "with"
            live.update(dict.fromkeys(_side(clause, found.start(group), found.group(group), found.group("more") or "")))
        for found in list(_RECORDED.finditer(skeleton[:2000]))[:_MOST_FRAMING]:
            recorder = clause.mention(found.group("outlet"))
            if found.group("kind") and recorder is not None and recorder.kind == "name" and not recorder.people:
                source = source or (None if recorder.possessive else squash(recorder.text))
            source = source or _outlet(recorder)
    # (an interview told of in other words is given to an outlet, else it is no interview the page tells)
    if not guests and live:
        guests = live
    elif source is None:
        return None
    if not guests:
        return None
    voices = frozenset(guests)
    return Frame(
        next(iter(voices)) if len(voices) == 1 else None,
        source,
        voices,
        doubt=len(voices) > 1,
        interview=True,
        hosts=frozenset(hosts),
        named=tuple(named),
    )


def _side(clause: Clause, start: int, first: str, more: str) -> list[str]:
    """The page's people on one side of a verb of talking: the mention there and those joined to it before it
    ("A and her producer B spoke to") or after it ("talked to her and her collaborator, the rapper B, about"); "the
    three of them" are the last three people the sentence before named."""
    counted = _COUNTED.search(clause.skeleton[max(0, start - 30) : start])
    if counted is not None:
        count = _COUNTS[counted.group("count").lower()]
        named = [p for p in clause.previous if p]
        return named[-count:] if len(named) >= count else []
    mentions = [clause.mention(first)]
    joined = _JOINED_SIDE.search(clause.skeleton[max(0, start - 120) : start])
    if joined is not None:
        mentions += _mentions_in(clause, joined.group(0))
    if more:
        until = more.split(" about ", 1)[0]
        if until.lstrip().startswith(("and ", ", ")):
            mentions += _mentions_in(clause, until)
    people: dict[str, None] = {}
    for mention in mentions:
        if mention is None or not mention.people:
            continue
        if mention.possessive or mention.new:
            continue
        people.update(dict.fromkeys(mention.people))
    return list(people)


def _outlet(mention: Mention | None, owner: bool = False) -> str | None:
    """The outlet a mention names: a name that is no one's ("Stadtfunk"; "Stadtfunk" of "Mira Albrecht of
    Stadtfunk"); whose show it was, only when ``owner`` ("on Y's morning show")."""
    if mention is None or mention.kind != "name" or mention.people or mention.new:
        return None
    if mention.possessive and not owner:
        return None
    name = squash(mention.text)
    of = _OF_OUTLET.match(name)
    return of.group("outlet") if of is not None else name


# A paragraph of a transcript: a label, a colon, then the words ("MAYA: ...", "Q: ...", "JL: ...", "Maya: ..."): the
# label a speaker's name in capitals (or initials, or the outlet's), "Q" or "A", or one name capitalised.
# ("Q (from the audience): ...": a note in brackets on who asked, or how it was said, is no part of the label)
LABEL = linear.compile(
    r"^\s*(?P<label>\p{Lu}[\p{Lu}\p{M}'&.-]*(?:\s+\p{Lu}[\p{Lu}\p{M}'&.-]*){0,3}|\p{Lu}\p{Ll}[\p{L}\p{M}'-]*)"
    r"(?:\s+\([^()\n]{1,40}\))?\s*:\s+\S"
)
# Labels of the one asking, whatever the standfirst says, and of the one answering
_ASKING_LABELS = frozenset({"q", "question", "interviewer", "host"})
_ANSWER_LABELS = frozenset({"a", "answer"})
Labelled = Literal["answer", "question", "doubt", "unknown"]


def labelled(interview: Frame, label: str) -> tuple[Labelled, str | None]:
    """Whose a transcript's paragraph is, by its label and the interview's standfirst: an ``answer`` of the person the
    label names (a name, first name, surname or initials of one person the standfirst named; "A" when it names one
    guest), a ``question`` (the outlet's label, "Q", or one who asked), in ``doubt`` (initials two people share; "A"
    of several guests) or ``unknown``."""
    key = fold(label)
    if key in _ASKING_LABELS:
        return "question", None
    if key in _ANSWER_LABELS:
        return ("answer", interview.speaker) if interview.speaker is not None else ("doubt", None)
    words = key.split()
    outlet = fold(interview.source or "").split()
    if words[:1] == ["the"]:
        words = words[1:]
    if outlet[:1] == ["the"]:
        outlet = outlet[1:]
    if words and outlet[: len(words)] == words:
        return "question", None  # "BACKBEAT" of Backbeat Weekly
    matches = [name for name in interview.named if key in _label_keys(name)]
    if len(matches) > 1:
        return "doubt", None
    if not matches:
        return "unknown", None
    if matches[0] in interview.hosts:
        return "question", None
    return "answer", matches[0]


def _label_keys(name: str) -> set[str]:
    """What a transcript's label may call someone by: their full name, first name, surname (all after the first
    name, or the last word) or initials (of the words with a capital: "KA" of Kwabena Asante-Mensah)."""
    raw = name.split()
    words = [fold(word) for word in raw]
    keys = {fold(name), words[0], words[-1], " ".join(words[1:])}
    keys.add("".join(fold(word)[:1] for word in raw if word[:1].isupper()))
    return {key for key in keys if key}


_NAME_ENDS = r"(?:\s*[,.;:!?]|\s+(?:on|this|last|to|for|with|and|presented|hosted|is|was)\b|\s*$)"
# The programme a page writes up a segment of, named in its opening as where the guests were: "the guests on Friday's
# edition of X", "a long segment on X", "appeared on X, Y's nightly arts programme", "Y's morning programme, X", "in
# the studio for X on Radio Y", "stopped by X on Radio Y", "on Tuesday's X on Radio Y", "X, presented by Z"
# (a name after "edition of" or "programme" ends there: "an episode of Sound of the North" is a title the mentions cut)
# A podcast's or a show's opening heading its episode: "X, episode 204:", "X, season three, episode nine.", "The X, ep.
# 33,", "Show notes for X, number 57." (the heading's own words, "Show notes", read as a name: ``notes``)
_NUMBERED_HEADING = (
    r"^\W*(?:(?P<notes>@\d+)\s+notes(?:\s+for\b|\s*:)\s*)?(?:The\s+)?"
    # ("Show notes: Owls & Larks, season 3, episode 9.": a title joined by "&", which the mentions cut in two)
    rf"(?P<numbered>{_P})(?:\s+&\s+(?P<joined>{_P}))?\s*,\s*(?:(?:season|series)\s+[\w-]+\s*,\s*)?(?:episode|ep\.|number)\s+[\w-]+\s*[,.;:]"
)
# Words the heading of show notes opens on ("Show notes for X, episode 41.")
_NOTES_HEADING = frozenset({"show", "episode", "podcast", "programme"})
_SEGMENT = linear.compile(
    rf"\b(?:edition|episode|segment)(?:\s+\d+)?\s+(?:of|on)\s+(?P<edition>{_P}){_NAME_ENDS}"
    rf"|(?P<apposed>{_P})\s*,\s*(?:{_P}'s|the|an?)\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:programme|program|show)\b"
    rf"|\b(?:programme|program|show)\s*,?\s+(?P<kind>{_P}){_NAME_ENDS}"
    rf"|\b(?i:on|for|by)\s+(?:\p{{Lu}}[a-z]+day's\s+)?(?P<aired>{_P})\s+on\s+(?P<station>{_P})"
    rf"|(?P<presented>{_P})\s*,\s*(?:presented|hosted)\s+by\s+{_P}"
    # a podcast's or a show's opening heading its episode: "X, episode 204:", "X, season three, episode nine."
    rf"|{_NUMBERED_HEADING}"
    # when the edition is on, fronted: "This week on X,", "Tonight on X,", "On today's X,"
    rf"|^\W*(?:(?:This|Last)\s+(?:week|fortnight|month|morning|evening|afternoon|night|time)|Tonight|Today)"
    rf"\s+on\s+(?P<fronted>{_P})\s*,"
    rf"|^\W*On\s+(?:today|tonight|this\s+(?:week|fortnight|month|morning|evening))'s\s+(?P<dated>{_P})\s*,"
    # back for its new edition: "X is back, and this fortnight Y takes apart ..."
    rf"|^\W*(?P<back>{_P})\s+is\s+back\s*,?\s+(?:and\s+)?(?:this|tonight|today)\b"
)
# What a page says of the programme it writes up, beyond its opening: its presenter or host, "the programme", its
# reporter ("our reporter"), its air, its segments, its listeners, timestamps into it ("the show" is no tie: a page of
# the narration's own show may name another that someone once sang on; nor is "episode": a recap of a TV series'
# episode tells its scenes)
_SEGMENT_TIES = linear.compile(
    # ("wanted listeners to picture their own river", "would rather listeners imagined it": the song's listeners, whom
    # the artist wishes something of, no programme's; matched so to be passed over)
    r"(?P<wished>\b(?:wanted|wants|want|would\s+rather|prefers|preferred)\s+(?:(?:the|his|her|their)\s+)?listeners\b)"
    r"|\b(?i:presenter|presented\s+by|the\s+programme|our\s+reporter|on\s+air|hosts?|hosted\s+by|segments?|listeners)\b"
    # (a timestamp into the recording, as show notes give)
    r"|\[\d{1,2}:\d\d(?::\d\d)?\]"
)


def segment_tied(text: str) -> bool:
    """Whether a paragraph says more of a programme the page writes up (``_SEGMENT_TIES``)."""
    return any(not found.group("wished") for found in _SEGMENT_TIES.finditer(text))


# What a station's name holds ("Radio Tejo", "Eko One TV"): a programme is aired on one
# ("Cadena SER", "Cadena Dial": the Spanish word for a broadcasting network, which leads its stations' names;
# "Georgia Public Broadcasting": named for what it does, which no one's name is)
_STATION_WORDS = frozenset({"radio", "tv", "fm", "television", "tele", "cadena", "broadcasting"}) | FOREIGN_RADIO
# Words of a programme's title that no one's name holds ("Weekend Edition", "Starry Night Radio"; the music it plays:
# "Folk Roots", "Travelling Folk")
_PROGRAMME_WORDS = (
    _SLOTS
    | _STATION_WORDS
    | frozenset({"edition", "report", "session", "club", "special", "hour"})
    # ("KUNM's Singer-Songwriter Showcase": a programme that shows players off, no one's surname)
    | frozenset({"showcase"})
    | frozenset({"folk", "roots", "music", "songs", "sounds", "tunes", "blues", "hits"})
)
# A programme named by when it was on ("Thursday's Lagos Tonight"): the day is no word of its name
_DAYS_OWN = linear.compile(r"^\p{Lu}[a-z]+day's\s+")
# A sentence of the opening that names the programme's presenter is about a visit to it, whatever shape names it
_PRESENTER = linear.compile(r"\b(?i:presenter|presented\s+by)\b")
# ... unless the presenter is the one a saying was told to ("She told the presenter Z on Radio Y:"): the lead of one
# quote, whose medium is read with it, not a visit whose segment the page writes up
_TOLD_PRESENTER = linear.compile(
    r"\b(?:told|tells|said\s+to|says\s+to|explained\s+to|admitted\s+to|confided\s+to)\s+"
    r"(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z][\w-]*\s+)?presenter\b"
)
# An episode named with its number and programme, which the names read as one ("Episode 61 of Second Verse is ...")
_NUMBERED_EPISODE = linear.compile(r"^(?:Episode|Edition)\s+\d+\s+of\s+(?P<title>\p{Lu}.*)$")


def segment(clause: Clause, tied: bool) -> str | None:
    """The programme a sentence of a page's opening names as where its guests were, a segment of which the page
    writes up: named as a programme (after "edition of", "segment on", with what it is, aired on a station, presented
    by someone), or read as a source in a sentence that names its presenter ("was on Radio Y's X, and presenter Z
    ..."); when the page is ``tied`` to it (says more of it: ``_SEGMENT_TIES``), unless the opening heads an episode
    by its number ("X, episode 204:"), which show notes do."""
    for match in _SEGMENT.finditer(clause.skeleton):
        if not tied and not match.group("numbered"):
            continue
        if match.group("numbered") and not _heads_notes(clause, match.group("notes")):
            continue
        group = next(
            g
            for g in ("edition", "apposed", "kind", "aired", "presented", "numbered", "fronted", "dated", "back")
            if match.group(g)
        )
        mention = clause.mention(match.group(group))
        if mention is None or mention.kind != "name" or mention.people or mention.possessive:
            continue
        if group == "aired":
            station = clause.mention(match.group("station"))
            if station is None or station.people or not _STATION_WORDS & set(fold(station.text).split()):
                continue
        name = _DAYS_OWN.sub("", squash(mention.text))
        if group == "numbered" and match.group("joined"):
            joined = clause.mention(match.group("joined"))
            if joined is None or joined.kind != "name" or joined.people or joined.possessive:
                continue
            name = f"{name} & {squash(joined.text)}"
        if name and fold(name) not in STOP_WORDS and not known_country(name):
            return name
    for mention in clause.mentions if tied else ():
        numbered = _NUMBERED_EPISODE.match(squash(mention.text)) if mention.kind == "name" else None
        if numbered is not None and not mention.people and not mention.possessive:
            return numbered.group("title")
    if tied and _PRESENTER.search(clause.skeleton) is not None and _TOLD_PRESENTER.search(clause.skeleton) is None:
        return _source(clause)[0]
    return None


# The opening heading an episode by its number alone ("X, episode 204:"), which show notes do
_HEADING_NUMBER = linear.compile(_NUMBERED_HEADING)


def heads_episode(clause: Clause) -> bool:
    """Whether a sentence of a page's opening heads an episode by its number ("X, episode 204."): the show notes of
    a programme, whose guests the opening goes on to name (or none, when its hosts talk among themselves)."""
    heading = _HEADING_NUMBER.match(clause.skeleton)
    return heading is not None and _heads_notes(clause, heading.group("notes"))


def _heads_notes(clause: Clause, notes: str | None) -> bool:
    """Whether the words before "notes" opening a heading are what the notes are of ("Show notes for X"), not a
    name ("Ann notes for X, ..." tells of someone)."""
    mention = clause.mention(notes) if notes else None
    return notes is None or (mention is not None and fold(mention.text) in _NOTES_HEADING)


# "Priya asked him:", "after they had sung it, Oliver asked:", "Lena asked the question I had hoped for:", "Kwame put
# his hand up before she sat down:", "the first thing Maisie wanted to know was:": a lead that ends on someone asking,
# with no question told in the page's words ("asked him why ..." reports one; the words after it answer it), leads
# into the asker's own question
_ASKING_LEAD = linear.compile(
    rf"(?:^\W*|[,;]\s+|\b(?:and|then|so|when)\s+)(?P<asker>{_P})(?:\s+(?:in|from)\s+[\w-]+)?\s+"
    r"(?:(?:then|also|just|finally|[a-z]+ly)\s+)?"
    rf"(?:(?:asked|asks)(?:\s+{_P})?(?:\s+(?:the|a|one|this|that)\s+(?:[a-z][\w'-]*\s+){{0,2}}?questions?\b"
    rf"[^@;:\"]{{0,60}}?(?:{_P}[^@;:\"]{{0,40}}?)?)?"
    rf"|(?:put|puts)\s+(?:his|her|their)\s+hands?\s+up\b(?:[^@;:\"]{{0,60}}?(?:{_P}[^@;:\"]{{0,40}}?)?)?)\s*$"
    rf"|\b(?:[Tt]he\s+(?:first|one|only|next|last)\s+thing|[Ww]hat)\s+(?P<wanting>{_P})\s+(?:wanted|wants)\s+to\s+know"
    r"(?:\s+(?:was|is))?\s*$"
)
# A quote whose first sentence is a question
_QUESTION = linear.compile(r"^[^.!?]*\?")


def asking(clause: Clause, body: str) -> Mention | None:
    """The one who asks the question the quote ``body`` is, when ``clause`` (the lead, its colon left out) ends on
    their asking: the words are theirs, not those of whom they asked (a mention that may be no one the page knows)."""
    if "?" not in body or _QUESTION.match(body) is None:
        return None
    found = _ASKING_LEAD.search(clause.skeleton)
    if found is None or _SAYS.search(clause.skeleton[found.start() :]):
        return None
    return clause.mention(found.group("asker") or found.group("wanting"))


# "We had Emre on a video call with my Year 10s. Jayden asked him why ...": the writer's own company ("my", "our",
# "us", "we" in the lead)
_WRITERS_COMPANY = linear.compile(r"\b(?:my|our|us|we|We)\b")


# A medium as the one that played or took up a song, the agent of a passive ("was picked up by the station X",
# "played first by X"): what it did with the record, no saying
_AIRED_BY = linear.compile(
    r"\b(?:picked\s+up|played|playlisted|championed|aired|spun|added|broadcast)\s+"
    r"(?:(?:first|early|early\s+on|widely|heavily|again|mostly|later)\s+)?by\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,4}$"
)


def _aired_by(clause: Clause, mentions: set[int]) -> bool:
    """Whether the medium read in ``clause`` (the mentions ``mentions``) is told only as having aired the song."""
    named = [m for m in clause.mentions if id(m) in mentions]
    if len(named) != 1:
        return False
    at = clause.starts[named[0].number]
    return at > 0 and _AIRED_BY.search(clause.skeleton[max(0, at - 80) : at]) is not None


def _one_of_the_company(clause: Clause, source: str, clauses: list[Clause]) -> bool:
    """Whether ``source``, read as a medium asking someone (or doing with their words what outlets do), is a one-word
    name in a lead that tells of the writer's own company, where someone of that company asks: a person there (a
    pupil, a friend), not a medium, which the page would have set the occasion in ("on a call for Radio Nord")."""
    if " " in source or not any(_WRITERS_COMPANY.search(c.text) for c in clauses):
        return False
    found = _ASKED.search(clause.skeleton) or _OUTLET_DID.search(clause.skeleton)
    mention = clause.mention(found.group("source")) if found is not None else None
    return mention is not None and squash(mention.text) == source
