"""The people of one page: who a mention means, what the page calls them, and where each credit was read."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from songgraph.ingest.page.layout import KnownPerson, PageIssue
from songgraph.ingest.pagetext import NOT_NAMES, squash
from songgraph.models import ArtistKind, CreditRole, CreditSource, PersonEntry, Source
from songgraph.text import fold

# Lower-case words inside a name that are no surname of their own ("de" of "Ana de Souza").
_PARTICLES = frozenset(
    {"de", "van", "von", "der", "da", "del", "la", "le", "di", "du", "do", "dos", "das", "bin", "al", "ap", "y", "i"}
)


@dataclass
class People:
    """The page's people, to resolve mentions against, and the warnings and provenance gathered on the way."""

    page: str
    known: Mapping[str, KnownPerson]
    warnings: list[PageIssue] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    entries: dict[str, PersonEntry] = field(default_factory=dict)
    credit_sources: list[CreditSource] = field(default_factory=list)
    # The people by folded name, by first word and by each tail of their words ("de vries", "vries"), so that
    # resolving a mention does not read every person of the page (a page can name thousands).
    _by_key: dict[str, str] = field(default_factory=dict)
    _by_first: dict[str, list[str]] = field(default_factory=dict)
    _by_tail: dict[str, list[str]] = field(default_factory=dict)
    # The middle word of a name of three ("Beltrán" of "Lucía Beltrán Ocampo"): a first surname, by which
    # Spanish and Portuguese names are often shortened.
    _by_middle: dict[str, list[str]] = field(default_factory=dict)
    # Another name the page gave someone in quotes ("Scratchy"), which a name or surname of the page's people outranks.
    _by_nickname: dict[str, str] = field(default_factory=dict)
    # A stage name the page says is someone's full name ("Tejas Varma (that's MC Tejas)"): the full name it stands for.
    _same: dict[str, str] = field(default_factory=dict)
    # The people by each shortening of their first name ("lubi" of "Ľubica"), at most two a shortening: whom a
    # nickname told as one ("Lubi, as her bandmates call her") may mean.
    _by_shortening: dict[str, list[str]] = field(default_factory=dict)
    # What the page calls someone ("spanish producer", "producer"), to resolve "the Spanish producer said".
    _described: dict[str, list[str]] = field(default_factory=dict)
    _roles: dict[str, set[str]] = field(default_factory=dict)
    # Who each word before a role describes ("montreal" of "the Montreal crooner"), at most two people a word.
    _by_word: dict[str, list[str]] = field(default_factory=dict)
    _words: dict[str, set[str]] = field(default_factory=dict)
    # How the page refers to someone ("himself", "herself"), learnt from the pronouns that meant them ("" when
    # they disagree).
    selves: dict[str, str] = field(default_factory=dict)
    # The same, learnt only from a noun the page said of the name itself ("his aunt, X", "the actress X"), which
    # tells a man or a woman for sure where a pronoun may have meant someone else ("" when they disagree).
    told_selves: dict[str, str] = field(default_factory=dict)
    # The courtesy title the page wrote before someone's full name ("Mrs" of "Mrs Ada Hale"), by folded name: of two
    # who share a surname, "Mrs Hale" is the one the page titled so, and "Miss Hale" the one it did not.
    honorifics: dict[str, str] = field(default_factory=dict)
    # Capitalised phrases of two words the page wrote between "the" and a role before a name ("lagos afrobeats" of
    # "the Lagos Afrobeats singer X"): where someone is from and their style, so the same words later name no one new.
    epithets: set[str] = field(default_factory=set)
    # The courtesy title the page wrote before someone's surname alone while no one else of the page had it ("Mr" of
    # "Mr Baird" before it names his brother Angus Baird), by folded name: what that title with the surname goes on
    # meaning once another shares the surname.
    surname_titles: dict[str, str] = field(default_factory=dict)
    # Who the page has called by their first name alone ("Ann" of Ann Arbour): of two sharing a surname, a
    # courtesy title before it ("Mrs Arbour") is the more formal way the page speaks of the other.
    given_named: set[str] = field(default_factory=set)
    # Who the page gave a title of rank before their full name ("Professor Ada Hale"), by the title's folded word: "the
    # Professor" alone later means them when they are the one so titled (two are kept, to know when not).
    ranks: dict[str, list[str]] = field(default_factory=dict)
    # Who is whose relative, as the page said of two ("The two are cousins"): (relation, person) -> the other.
    kin: dict[tuple[str, str], str] = field(default_factory=dict)
    # How many sentences have said who someone the page described is ("That sound engineer is X"): a sentence read
    # before one may mean them by the description.
    identified: int = 0
    # Who consigned the object an auction page describes ("Provenance: X, Berlin; the consignor."), whom "the
    # consignor" means; None when the page does not name them.
    consignor: str | None = None
    # Who holds each credit, in order ("the producer" may mean the page's one producer).
    _credited: dict[CreditRole, list[str]] = field(default_factory=dict)
    # Every credit each person holds (``_credited`` keeps only the first few holders of a credit).
    _holds: dict[str, set[CreditRole]] = field(default_factory=dict)

    def may_be(self, person: str, self_word: str | None) -> bool:
        """Whether a pronoun whose reflexive is ``self_word`` ("herself") may mean ``person``: the pronouns that
        meant them so far agree with it, or none has (with no word, only the latter), and nothing the page said of
        them ("his wife, X") tells otherwise."""
        return all(known.get(person, self_word) in (self_word, "") for known in (self.selves, self.told_selves))

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(PageIssue(line, message))

    def source(self, line: int, excerpt: str) -> Source:
        return Source(page=self.page, excerpt=squash(excerpt) or None, line=line)

    def canonical(self, name: str) -> str:
        """The name as the graph knows it (through an alias), or as written; remembers the page's people."""
        name = squash(name).strip(" ,.;:")
        person = self.known.get(fold(name))
        if person is not None:
            self.entries.setdefault(
                person.id,
                PersonEntry(
                    name=person.name,
                    id=person.id,
                    kind=person.kind,
                    aliases=list(person.aliases),
                    description=person.description,
                ),
            )
            name = person.name
        key = fold(name)
        if key not in self._by_key:
            self.names.append(name)
            self._by_key[key] = name
            # A name's words are those between its spaces: a hyphenated word is one ("Min-seo" of "Park Min-seo",
            # folded "min seo"), whose second half alone ("Seo") is no surname of theirs.
            words = [fold(word) for word in name.split()]
            # an act named "Fox & Finch" (or "Fox and Finch") has no first name or surname: "Finch" is its member
            # Daniel Finch
            words = [word for word in words if word] if "&" not in name and "and" not in words else []
            for end in range(1, min(len(words), 3)):  # "Jae-won" of "Jae-won Park", folded "jae won"
                self._by_first.setdefault(" ".join(words[:end]), []).append(name)
            for start in range(1, min(len(words), 4)):
                self._by_tail.setdefault(" ".join(words[start:]), []).append(name)
            if len(words) == 3 and words[1] not in _PARTICLES:
                self._by_middle.setdefault(words[1], []).append(name)
            # ("Ferrer" of "Lluís Ferrer i Puig": two surnames joined by "i" or "y", the first of which stands alone)
            if len(words) == 4 and words[2] in ("i", "y") and words[1] not in _PARTICLES:
                self._by_middle.setdefault(words[1], []).append(name)
            first = words[0].split(" ", 1)[0] if words else ""
            for end in range(2, len(first)):
                shortened = self._by_shortening.setdefault(first[:end], [])
                if len(shortened) < 2:
                    shortened.append(name)
        return name

    def mention(self, text: str) -> str | None:
        """Who a mention means: a full name, an alias, or a surname or first name only one person has."""
        meant = self._mention(text)
        if meant is not None and meant in self._same:
            # "Tejas" after "Tejas Varma (that's MC Tejas)": the one word the two names share is the full name's
            # (a full name is what the page calls someone; the stage name stays the credit's own)
            full = self._same[meant]
            key = fold(squash(text).strip(" ,.;:"))
            if " " not in key and key in fold(full).split():
                return full
        return meant

    def same(self, stage: str, full: str) -> None:
        """Remembers that the page gives ``stage`` as another name of ``full`` ("X (that's MC Y)")."""
        if stage != full:
            self._same.setdefault(stage, full)

    def _mention(self, text: str) -> str | None:
        text = squash(text).strip(" ,.;:")
        if not text or fold(text) in NOT_NAMES:
            return None
        key = fold(text)
        if key in self.known:
            return self.canonical(text)
        if key in self._by_key:
            if " " not in key and len(self._by_first.get(key, ())) == 1:
                # "Ruby" when the page names both a "Ruby" and a "Ruby Calloway": the one word is the full name's
                # first name, the person it is short for
                return self._by_first[key][0]
            return self._by_key[key]
        for index in (self._by_tail, self._by_first):  # the surname first
            matches = index.get(key, [])
            if len(matches) == 1:
                if index is self._by_tail and matches[0] in self.groups():
                    # "Mangembo" when the page names the band Orchestre Super Mangembo and its leader Willy Mangembo
                    # Kasongo: a band is named after its leader, whom the word alone means
                    namesakes = [
                        name
                        for name in self._by_middle.get(key, []) + self._by_tail.get(key, [])
                        if name not in self.groups()
                    ]
                    if len(namesakes) == 1:
                        return namesakes[0]
                if index is self._by_tail and not self._holds.get(matches[0]):
                    # "Lusamba" when the page names the singer Héritier Lusamba Kapinga and his uncredited brother
                    # Jonathan Lusamba: the word is the performer's, as a page calls its artist by a family name and
                    # the relative by first name
                    performers = self.credited(CreditRole.ARTIST, CreditRole.FEATURED_ARTIST)
                    middles = [name for name in self._by_middle.get(key, []) if name in performers]
                    if not middles:
                        # "Garza" when the page names the group's singer Héctor Garza Leal, who wrote the song, and
                        # his uncredited cousin Beto Garza: a credited person's first surname is theirs, as above
                        middles = [name for name in self._by_middle.get(key, []) if self._holds.get(name)]
                    if len(middles) == 1:
                        return middles[0]
                    # "Joaquín" when the page names the band's Joaquín Aránguiz and a neighbour it calls "Upstairs
                    # Joaquín": the word is a credited person's first name and only the last word of someone
                    # uncredited, whose name is then a description before that same first name
                    firsts = [name for name in self._by_first.get(key, []) if self._holds.get(name)]
                    if len(firsts) == 1 and firsts[0] != matches[0]:
                        return firsts[0]
                return matches[0]
            if matches and index is self._by_tail:
                # a surname the song's performer shares with a relative is the performer's: a page calls its
                # artist by surname and the relative by first name ("Ferraguti's brother Matteo"); so is one
                # of the song's credited people (a band's singer who wrote it) with an uncredited relative
                performers = self.credited(CreditRole.ARTIST, CreditRole.FEATURED_ARTIST)
                mine = [name for name in matches if name in performers]
                if not mine:
                    mine = [name for name in matches if self._holds.get(name)]
                return mine[0] if len(mine) == 1 else None
            if matches:
                return None
        middle = self._by_middle.get(key, [])
        if middle:
            return middle[0] if len(middle) == 1 else None
        nicknamed = self._by_nickname.get(key)
        if nicknamed is None and key.count(" ") == 1:
            # "Dee Fitzwilliam" after "Dolores Fitzwilliam, or Dee, ...": the nickname with the surname is the same one
            first, last = key.split(" ")
            nicknamed = self._by_nickname.get(first)
            if nicknamed is not None and fold(nicknamed).rsplit(" ", 1)[-1] != last:
                nicknamed = None
        return nicknamed

    def named(self, text: str) -> bool:
        """Whether the words are the full name of one of the page's people (not a surname or first name alone)."""
        return fold(squash(text).strip(" ,.;:")) in self._by_key

    def shortening(self, nickname: str) -> list[str]:
        """The people (up to two) whose first name the nickname shortens ("Fo" of Folake)."""
        return list(self._by_shortening.get(fold(squash(nickname)), []))

    def alias(self, nickname: str, name: str) -> None:
        """Remembers another name the page gives someone ("Scratchy" of "Oneil 'Scratchy' Barnes")."""
        self._by_nickname.setdefault(fold(squash(nickname)), name)

    def shared(self, text: str) -> bool:
        """Whether a surname or first name belongs to more than one of the page's people ("Albright" when the page
        names Jess and Theo Albright): then it names no one for sure, not even someone just named."""
        key = fold(squash(text).strip(" ,.;:"))
        return len(self._by_tail.get(key, [])) > 1 or len(self._by_first.get(key, [])) > 1

    def sharing(self, text: str) -> list[str]:
        """The page's people a surname or first name may mean."""
        key = fold(squash(text).strip(" ,.;:"))
        return self._by_tail.get(key, []) or self._by_first.get(key, [])

    def describe(self, words: list[str], name: str, placing: bool = True) -> None:
        """Remembers that the page calls ``name`` by these words ("Spanish producer"), and by the last of them; the
        words before the last place them, unless ``placing`` is false ("double" of "double bassist" places no one)."""
        self._roles.setdefault(name, set()).add(fold(words[-1]))
        self._words.setdefault(name, set()).update(fold(word) for word in words)
        for key in {fold(" ".join(words)), fold(words[-1])}:
            named = self._described.setdefault(key, [])
            if name not in named:
                named.append(name)
        for word in words[:-1] if placing else ():
            self.place(word, name)

    def place(self, word: str, name: str) -> None:
        """Remembers a word that places someone ("Norwegian" of "Vik, a Norwegian,"), with no role after it."""
        named = self._by_word.setdefault(fold(word), [])
        if name not in named and len(named) < 2:
            named.append(name)

    def placed(self, word: str) -> str | None:
        """The one person the page described with this word before their role ("Montreal")."""
        named = self._by_word.get(fold(word), [])
        return named[0] if len(named) == 1 else None

    def roles(self, name: str) -> set[str]:
        """What the page has called someone ("rapper", "producer")."""
        return self._roles.get(name, set())

    def called(self, name: str) -> set[str]:
        """Every word the page has described someone with ("spanish", "producer")."""
        return self._words.get(name, set())

    def described(self, words: list[str]) -> str | None:
        """The one person the page has called by these words, if there is exactly one."""
        named = self._described.get(fold(" ".join(words)), [])
        return named[0] if len(named) == 1 else None

    def all_described(self, word: str) -> list[str]:
        """Everyone the page has called by this word."""
        return list(self._described.get(fold(word), []))

    def learn_self(self, person: str, word: str) -> None:
        """Notes how the page refers to someone ("herself"); two different words mean it is not known."""
        if self.selves.setdefault(person, word) != word:
            self.selves[person] = ""

    def learn_titled_self(self, person: str, word: str) -> None:
        """Notes the sex a courtesy title before someone's surname tells ("Miss": "herself"), as ``told_selves`` only:
        it says whom a pronoun cannot mean, not that a pronoun of that sex means them rather than another."""
        if self.told_selves.setdefault(person, word) != word:
            self.told_selves[person] = ""

    def learn_told_self(self, person: str, word: str) -> None:
        """Notes how the page refers to someone by a noun it said of them ("aunt": "herself"), and as a pronoun."""
        self.learn_self(person, word)
        if self.told_selves.setdefault(person, word) != word:
            self.told_selves[person] = ""

    def members(self, group: str) -> list[str]:
        for entry in self.entries.values():
            if fold(entry.name) == fold(group):
                return list(entry.members)
        return []

    def groups(self) -> list[str]:
        return [entry.name for entry in self.entries.values() if entry.kind is ArtistKind.GROUP]

    def credit(self, role: CreditRole, name: str, line: int, excerpt: str) -> None:
        self.credit_sources.append(CreditSource(role=role, person=name, source=self.source(line, excerpt)))
        self._holds.setdefault(name, set()).add(role)
        holders = self._credited.setdefault(role, [])
        if name not in holders and len(holders) < 3:  # past two, "the one" is no one
            holders.append(name)

    def holds(self, name: str) -> set[CreditRole]:
        """The credits someone holds on the page."""
        return self._holds.get(name, set())

    def credited(self, *roles: CreditRole) -> list[str]:
        """Who holds these credits (at most a few: enough to tell whether one person does)."""
        holders: list[str] = []
        for role in roles:
            holders += [name for name in self._credited.get(role, []) if name not in holders]
        return holders
