"""A deterministic synthetic catalogue: ``SongDocument`` values for N songs and about 2N/3 people.

Pure: no database, no I/O. The same ``(songs, seed)`` always gives the same documents, so the
benchmark can rebuild them in memory to pick its query arguments without reloading the graph.

Popularity is skewed (a few prolific artists, writers and producers, a long tail of one-off
credits) so that person lookups with nested credits and collaborator queries have real fan-out.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from songgraph.models import (
    AlbumEntry,
    ArtistKind,
    CastEntry,
    CertificationEntry,
    CertificationLevel,
    ChartPeakEntry,
    IntroductionEntry,
    MusicVideoEntry,
    PersonEntry,
    QuoteEntry,
    SongDocument,
)
from songgraph.offline.reading import Item
from songgraph.services.loading import document_items
from songgraph.text import fold, slug

SEED = 20_240_611
# Bump when the generator changes: the graph's marker then no longer matches and the graph is reloaded.
GENERATOR_VERSION = 2


def _words(text: str) -> list[str]:
    return text.split()


_FIRST = _words(
    "Ada Aiko Alba Amara Anouk Arlo Astrid Aurelio Beatriz Bodhi Caio Camille Chiara Cosmo Dagny Dario Elif Emeka "
    "Esme Fenna Florian Freya Gianni Hana Ilse Imani Ines Ivo Jarrah Joaquim Kaito Kalani Lena Leif Linnea Lucien "
    "Maren Matteo Mika Nadia Nico Nilufar Noor Odile Orla Pavel Priya Quentin Rafael Rhea Rosalind Sami Saoirse "
    "Selim Solveig Tamsin Teodor Uma Valentin Wren Yara Yusuf Zora Zoë José Björn Chloé Renée Søren Émile"
)
_LAST = _words(
    "Abara Ahlgren Albescu Amsel Aranda Bakshi Baptiste Bellweather Brandvold Castellano Cheval Chowdhury Dahlquist "
    "Delacroix Dimitriou Drummond Eskildsen Falkner Ferreira Fitzgerald Gallo Garnier Grünwald Halloran Haruki "
    "Ibarra Iversen Jablonski Jovanović Kaczmarek Kapoor Kestrel Lachance Lindqvist Lombardi Machado Marchetti "
    "Moreau Nakamura Novak Okafor Oyelaran Pacheco Petrov Quintero Rasmussen Rinaldi Sandoval Szabo Takeda "
    "Thorsen Uchenna Valdés Vasquez Whitlock Wojcik Xenakis Yamamoto Zaragoza Zielinski"
)
_ADJ = _words(
    "Golden Electric Silent Velvet Broken Midnight Neon Paper Wild Hollow Crimson Gentle Restless Burning Frozen "
    "Silver Distant Endless Fading Lucky Lonely Heavy Hidden Sweet Bitter Brave Quiet Sudden Wicked Tender Violet "
    "Northern Southern Secret Shining Wandering Careless Honest Reckless Sleepless Painted"
)
_NOUN = _words(
    "Hour Heart Summer Rain River Fire Mirror Highway Garden Ocean Thunder Letter Shadow Signal Echo Window Harbor "
    "Satellite Horizon Stranger Promise Diamond Feather Lantern Island Machine Paradise Mountain Avenue Daydream "
    "Tide Runaway Compass Orbit Carousel Skyline Whisper Wildfire Nightfall Sunrise Gravity Ember Velocity"
)
_VERB = _words("Chasing Holding Dancing Losing Finding Calling Burning Falling Running Waiting Dreaming Leaving")
_GENRES = (
    "pop",
    "dance-pop",
    "R&B",
    "hip hop",
    "indie rock",
    "synth-pop",
    "soul",
    "folk",
    "electronic",
    "country",
    "funk",
    "alt-pop",
)
_COUNTRIES = ("United States", "United Kingdom", "Canada", "Australia", "Germany", "France", "Brazil", "Japan")
_BODIES = {"United States": "RIAA", "United Kingdom": "BPI", "Canada": "Music Canada", "Australia": "ARIA"}
_CHARTS = {"United States": "Billboard Hot 100", "United Kingdom": "UK Singles Chart"}
_CAST_ROLES = (None, "Lead", "Dancer", "Love interest", "Narrator", "The stranger", None)
_OCCASIONS = (None, "at a songwriting camp", "backstage at a festival", "through a mutual friend", "at a label party")
_ALBUM_KINDS = ("debut studio album", "studio album", "EP", "compilation")
_START = dt.date(1990, 1, 1).toordinal()
_END = dt.date(2024, 12, 31).toordinal()


@dataclass
class _Draft:
    title: str
    release: dt.date
    genres: list[str]
    artists: list[str]
    featured: list[str] = field(default_factory=list)
    writers: list[str] = field(default_factory=list)
    producers: list[str] = field(default_factory=list)
    album: AlbumEntry | None = None
    video: MusicVideoEntry | None = None
    introductions: list[IntroductionEntry] = field(default_factory=list)
    certifications: list[CertificationEntry] = field(default_factory=list)
    peaks: list[ChartPeakEntry] = field(default_factory=list)
    quotes: list[QuoteEntry] = field(default_factory=list)

    def names(self) -> set[str]:
        found = {*self.artists, *self.featured, *self.writers, *self.producers}
        if self.video is not None:
            found.update(self.video.directors)
            found.update(c.person for c in self.video.cast)
        for intro in self.introductions:
            found.update((intro.introducer, *intro.introduced))
        found.update(q.speaker for q in self.quotes)
        return found


class _Pool:
    """People of one role, drawn with a Zipf-like skew: rank r weighs 1 / (r + offset)."""

    def __init__(self, rng: random.Random, people: Sequence[str], offset: float) -> None:
        self.people = list(people)
        rng.shuffle(self.people)
        total = 0.0
        self._cum: list[float] = []
        for rank in range(1, len(self.people) + 1):
            total += 1.0 / (rank + offset)
            self._cum.append(total)

    def draw(self, rng: random.Random, k: int, avoid: Sequence[str] = ()) -> list[str]:
        """``k`` distinct people, none of them in ``avoid``."""
        chosen: list[str] = []
        for _ in range(50 * k + 50):
            if len(chosen) == k:
                break
            person = rng.choices(self.people, cum_weights=self._cum)[0]
            if person not in chosen and person not in avoid:
                chosen.append(person)
        return chosen


@dataclass(frozen=True)
class Catalogue:
    docs: list[SongDocument]
    people: list[str]
    seed: int

    @property
    def fingerprint(self) -> str:
        """A digest of every document: equal digests mean the same graph."""
        return fingerprint(self.docs)

    def credit_counts(self) -> Counter[str]:
        """Song credits (any role, each song once) per person name."""
        return credit_counts(self.docs)


def fingerprint(docs: Iterable[SongDocument]) -> str:
    """A digest of every document (a stream is read once): equal digests mean the same graph."""
    digest = hashlib.sha256(f"v{GENERATOR_VERSION}".encode())
    for doc in docs:
        digest.update(doc.model_dump_json().encode())
    return digest.hexdigest()[:16]


def credit_counts(docs: Iterable[SongDocument]) -> Counter[str]:
    """Song credits (any role, each song once) per person name."""
    counts: Counter[str] = Counter()
    for doc in docs:
        counts.update(song_credits(doc))
    return counts


def song_credits(doc: SongDocument) -> set[str]:
    return {*doc.artists, *doc.featured_artists, *doc.writers, *doc.producers}


def _unique_names(rng: random.Random, count: int) -> list[str]:
    combos = [f"{first} {last}" for first in _FIRST for last in _LAST]
    rng.shuffle(combos)
    names: list[str] = []
    seen: set[str] = set()
    for name in combos:
        if slug(name) not in seen:
            seen.add(slug(name))
            names.append(name)
        if len(names) == count:
            return names
    # More people than combinations: numbered namesakes ("Ada Novak 2") keep names and ids unique.
    extra = 2
    while len(names) < count:
        for name in combos[: count - len(names)]:
            names.append(f"{name} {extra}")
        extra += 1
    return names


class _Titles:
    """Unique song and album titles (by slug). While the combinations last they are drawn at random and
    remembered; past that, numbered titles are unique by construction, so memory stays bounded."""

    _REMEMBER = 60_000

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.numbered = 0

    def draw(self, rng: random.Random) -> str:
        if len(self.used) < self._REMEMBER:
            for _ in range(100):
                pattern = rng.randrange(4)
                if pattern == 0:
                    title = f"{rng.choice(_ADJ)} {rng.choice(_NOUN)}"
                elif pattern == 1:
                    title = f"{rng.choice(_NOUN)} of the {rng.choice(_ADJ)} {rng.choice(_NOUN)}"
                elif pattern == 2:
                    title = f"{rng.choice(_VERB)} the {rng.choice(_NOUN)}"
                else:
                    title = f"{rng.choice(_ADJ)} {rng.choice(_NOUN)} {rng.choice(_NOUN)}"
                if slug(title) and slug(title) not in self.used:
                    self.used.add(slug(title))
                    return title
        # No drawn title ends in digits, so a counter keeps these apart from them and from each other.
        self.numbered += 1
        return f"{rng.choice(_ADJ)} {rng.choice(_NOUN)} {self.numbered}"


def generate(songs: int = 3000, seed: int = SEED) -> Catalogue:
    """The whole catalogue in memory (small sizes: tests, helpers); the same documents as ``stream``."""
    return Catalogue(docs=list(stream(songs, seed)), people=people(songs, seed), seed=seed)


def people(songs: int, seed: int = SEED) -> list[str]:
    """Every person's name in the catalogue of ``songs`` songs: each is credited somewhere."""
    return _unique_names(random.Random(seed), _people_count(songs))


def _people_count(songs: int) -> int:
    return max(30, songs * 2 // 3)


def stream(songs: int = 3000, seed: int = SEED) -> Iterator[SongDocument]:
    """The catalogue one document at a time. Memory is bounded by the number of people (about 2N/3 names),
    never by the documents, so a million songs can be generated and loaded as a stream."""
    rng = random.Random(seed)
    total_people = _people_count(songs)
    names = _unique_names(rng, total_people)

    # Who is who: a fifth of the people sing, some of those are bands with members from the rest.
    artists = names[: max(6, total_people // 5)]
    groups = set(artists[: max(1, len(artists) // 20)])
    others = names[len(artists) :]
    members: dict[str, list[str]] = {
        group: rng.sample(others, rng.randint(2, 4)) for group in sorted(groups) if len(others) >= 4
    }
    titles = _Titles()
    # Some people are known under a second spelling: a stage name that search and lookups also find.
    taken = {fold(name) for name in names}
    aliases: dict[str, str] = {}
    for name in rng.sample(names, total_people // 20):
        alias = f"{name.split()[0]} {rng.choice(_NOUN)}"
        if fold(alias) not in taken:
            taken.add(fold(alias))
            aliases[name] = alias
    del taken
    entries: dict[str, PersonEntry] = {}
    for name in sorted({*groups, *aliases}):
        entries[name] = PersonEntry(
            name=name,
            aliases=[aliases[name]] if name in aliases else [],
            kind=ArtistKind.GROUP if name in groups else ArtistKind.PERSON,
            description="A synthetic band." if name in groups else None,
            members=members.get(name, []),
        )

    artist_pool = _Pool(rng, artists, offset=8)
    writer_pool = _Pool(rng, names, offset=40)
    producer_pool = _Pool(rng, names[: max(10, total_people // 6)], offset=6)
    director_pool = _Pool(rng, names[: max(5, total_people // 15)], offset=4)
    cast_pool = _Pool(rng, names, offset=200)

    # Everyone appears somewhere: people the pools have not drawn yet join songs as they stream by,
    # spread evenly over the catalogue (each newcomer once, taken in a shuffled order).
    newcomers = list(names)
    rng.shuffle(newcomers)
    credited: set[str] = set()
    visited = 0
    waiting: list[str] = []

    album_of: dict[str, list[AlbumEntry]] = {}
    for index in range(songs):
        release = dt.date.fromordinal(rng.randrange(_START, _END))
        d = _Draft(
            title=titles.draw(rng),
            release=release,
            genres=rng.sample(_GENRES, rng.randint(1, 2)),
            artists=artist_pool.draw(rng, 1 if rng.random() < 0.8 else 2),
        )
        if rng.random() < 0.3:
            d.featured = artist_pool.draw(rng, 1, avoid=d.artists)
        d.writers = writer_pool.draw(rng, rng.randint(1, 4))
        if d.artists[0] not in groups and d.artists[0] not in d.writers and rng.random() < 0.5:
            d.writers = [d.artists[0], *d.writers[:3]]
        d.producers = producer_pool.draw(rng, rng.randint(1, 2))
        if rng.random() < 0.45:
            albums = album_of.setdefault(d.artists[0], [])
            if not albums or (len(albums) < 3 and rng.random() < 0.3):
                albums.append(
                    AlbumEntry(
                        title=titles.draw(rng),
                        kind=rng.choice(_ALBUM_KINDS),
                        release_date=release,
                        artists=[d.artists[0]],
                    )
                )
            d.album = rng.choice(albums)
        if rng.random() < 0.35:
            cast_names = cast_pool.draw(rng, rng.randint(0, 3))
            if rng.random() < 0.5 and d.artists[0] not in cast_names:
                cast_names.append(d.artists[0])
            d.video = MusicVideoEntry(
                release_date=dt.date.fromordinal(release.toordinal() + rng.randint(0, 60)),
                directors=director_pool.draw(rng, 1 if rng.random() < 0.9 else 2),
                cast=[CastEntry(person=p, role=rng.choice(_CAST_ROLES)) for p in cast_names],
                views=rng.randint(10_000, 3_000_000_000),
                likes=rng.randint(100, 20_000_000),
                stats_as_of="2024-06",
            )
        _credit(credited, d, members)
        due = (index + 1) * len(newcomers) // songs
        while visited < due:
            if newcomers[visited] not in credited:
                waiting.append(newcomers[visited])
            visited += 1
        while waiting and _place(d, waiting[-1]):
            _credit(credited, d, members, waiting.pop())
        _extras(rng, d, names)
        yield _document(d, entries)
    if waiting:
        # Cannot happen while there are more songs than people; a silent gap would skew every count.
        raise AssertionError(f"{len(waiting)} people were never credited")


def _credit(credited: set[str], d: _Draft, members: dict[str, list[str]], name: str | None = None) -> None:
    found = d.names() if name is None else {name}
    credited.update(found)
    credited.update(m for group in found for m in members.get(group, ()))


def _place(d: _Draft, name: str) -> bool:
    """Add a newcomer to the song (a writer, else a producer, else the video's cast) if it has room."""
    if name in d.names():
        return True
    if len(d.writers) < 4:
        d.writers.append(name)
    elif len(d.producers) < 2:
        d.producers.append(name)
    elif d.video is not None:
        d.video = d.video.model_copy(update={"cast": [*d.video.cast, CastEntry(person=name)]})
    else:
        return False
    return True


def _extras(rng: random.Random, d: _Draft, names: Sequence[str]) -> None:
    """Introductions, certifications, chart peaks and quotes."""
    crew = list(dict.fromkeys([*d.artists, *d.featured, *d.writers, *d.producers]))
    if len(crew) >= 2 and rng.random() < 0.1:
        pair = rng.sample(crew, 2)
        introducer = rng.choice(names)
        while introducer in pair:
            introducer = rng.choice(names)
        d.introductions.append(
            IntroductionEntry(
                introducer=introducer,
                introduced=pair,
                occasion=rng.choice(_OCCASIONS),
                year=max(1990, d.release.year - rng.randint(0, 3)),
            )
        )
    if rng.random() < 0.08:
        for country in rng.sample(_COUNTRIES, rng.randint(1, 2)):
            d.certifications.append(
                CertificationEntry(
                    country=country,
                    level=rng.choice(list(CertificationLevel)),
                    multiplier=rng.choice((1, 1, 1, 2, 3)),
                    body=_BODIES.get(country),
                )
            )
    if rng.random() < 0.1:
        for country in rng.sample(_COUNTRIES, rng.randint(1, 3)):
            d.peaks.append(ChartPeakEntry(country=country, position=rng.randint(1, 100), chart=_CHARTS.get(country)))
    if rng.random() < 0.03:
        d.quotes.append(QuoteEntry(speaker=d.artists[0], text=f"We wrote {d.title} in one night.", year=d.release.year))


def _document(d: _Draft, entries: dict[str, PersonEntry]) -> SongDocument:
    return SongDocument(
        title=d.title,
        release_date=d.release,
        genres=d.genres,
        artists=d.artists,
        featured_artists=d.featured,
        writers=d.writers,
        producers=d.producers,
        album=d.album,
        music_video=d.video,
        introductions=d.introductions,
        certifications=d.certifications,
        chart_peaks=d.peaks,
        quotes=d.quotes,
        people=_described(d, entries),
    )


def _described(d: _Draft, entries: dict[str, PersonEntry]) -> list[PersonEntry]:
    """The ``people:`` section of a song: every described person (alias or band) it names, and band members."""
    named = d.names()
    if d.album is not None:
        named.update(d.album.artists)
    named.update(m for name in list(named) if name in entries for m in entries[name].members)
    return [entries[name] for name in sorted(named) if name in entries]


def song_items(songs: int, seed: int = SEED) -> Iterator[Item]:
    """``stream`` as the offline import's items (``services.offline.build_new_store``)."""
    return document_items(stream(songs, seed))
