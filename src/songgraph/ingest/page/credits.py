"""Labeled lines ("Release Date", "Music Video Director: ..."), the unlabeled writer and producer lines after
the release date, and the credit lists they fill."""

from __future__ import annotations

from typing import Literal

from songgraph.ingest import linear
from songgraph.ingest.page.layout import Line
from songgraph.ingest.page.reading import Reading
from songgraph.ingest.pagetext import (
    NAME_PARTICLES,
    looks_like_name,
    looks_like_name_list,
    parse_date,
    split_names,
    squash,
    trim_name,
)
from songgraph.models import CreditRole
from songgraph.text import fold

_LABEL = linear.compile(
    r"^(?P<label>Release Date|Music Video Release Date|Music Video Directors?|Directors?|Writers?|Written by|"
    r"Producers?|Produced by|Genres?|Style|Added by)\s*(?P<colon>:?)\s*(?P<value>.*)$",
    ignore_case=True,
)
_HEADING = linear.compile(
    r"^(?:Chart Rankings|Chart Positions|Chart Peaks|Charts|Certifications|Credits|Lyrics)\s*:?$", ignore_case=True
)
_CHART_LINE = linear.compile(r"^[-*\s]*#\d")
# The labels whose value is people's names (without a colon, a line of anything else after one is prose).
_NAMING = frozenset(
    {"music video director", "music video directors", "director", "directors", "writer", "writers", "written by"}
    | {"producer", "producers", "produced by"}
)
_LABEL_STARTS = {"rel", "mus", "dir", "wri", "pro", "gen", "sty", "add"}
CreditList = Literal["writers", "producers"]


def may_be_label(line: str) -> bool:
    """Cheap and never wrong when it says no: a label line starts with one of the labels' first letters.
    (A page of 100,000 short lines must not cost 100,000 calls of each line pattern.)"""
    return line.lstrip()[:3].casefold() in _LABEL_STARTS


def _bare_names(value: str) -> bool:
    """Whether a label's value without a colon is only names: "Producer Cy Dorn came in later." goes on in lowercase
    words no name has (a name's own lowercase words are its particles, "Maarten ten Brink")."""
    return looks_like_name_list(value) and all(
        not word[:1].islower() or word in NAME_PARTICLES for name in split_names(value) for word in name.split()
    )


def read_labels(r: Reading) -> None:
    lines = r.page.lines
    for index, line in enumerate(lines):
        if len(line.text) > 200 or not may_be_label(line.text):
            continue
        match = _LABEL.match(line.text.strip())
        if not match:
            continue
        label = match.group("label").lower()
        value = match.group("value").strip()
        if not match.group("colon") and label in _NAMING and value and not _bare_names(value):
            continue  # "Producer Cy Dorn, for her part, says ...": a sentence that starts with a role, not a label
        r.page.used.add(line.number)
        if label == "release date":
            date_line = line
            if not value:
                following = next(r.page.nonblank_after(index), None)
                if following is None:
                    r.warn(line.number, "'Release Date' is followed by nothing")
                    continue
                index, date_line = following
                value = date_line.text.strip()
                r.page.used.add(date_line.number)
            date = parse_date(value)
            if date is None:
                r.warn(date_line.number, f"cannot read a date in '{squash(value)[:60]}'")
            else:
                r.facts.release_date = date
            _name_lines(r, index)
        elif label == "music video release date":
            date = parse_date(value)
            if date is None:
                r.warn(line.number, f"cannot read a date in '{squash(value)[:60]}'")
            else:
                r.facts.video.release_date = date
        elif label in ("music video director", "music video directors", "director", "directors"):
            add_directors(r, shared_surname(r, split_names(value), line.number), line.number, line.raw)
        elif label in ("writer", "writers", "written by"):
            _credits(r, "writers", value, line)
        elif label in ("producer", "producers", "produced by"):
            _credits(r, "producers", value, line)
        elif label in ("genre", "genres", "style"):
            for genre in split_names(value):
                add_genre(r, genre.lower())
        elif label == "added by":
            if value and looks_like_name(value):
                r.facts.added_by = squash(value)
            else:
                r.warn(line.number, "'Added by' names no one")


def _name_lines(r: Reading, index: int) -> None:
    """After the release date: writers on the first name line, producers on the second."""
    targets: list[CreditList] = ["writers", "producers"]
    for _, line in r.page.nonblank_after(index):
        text = line.text.strip()
        if (
            _HEADING.match(text)
            or (may_be_label(text) and _LABEL.match(text))
            or ("#" in text and _CHART_LINE.match(text))
            or not looks_like_name_list(text)
        ):
            break
        r.page.used.add(line.number)
        if not targets:
            r.warn(line.number, f"a third name line after the release date is not placed: '{text[:60]}'")
            continue
        key = targets.pop(0)
        if getattr(r.facts, key):
            r.warn(line.number, f"{key} are already given by a labeled line; this line is ignored")
            continue
        _credits(r, key, text, line)


def _credits(r: Reading, key: CreditList, text: str, line: Line) -> None:
    names = [r.people.canonical(n) for n in split_names(text) if looks_like_name(n)]
    if not names:
        r.warn(line.number, f"no names in '{squash(text)[:60]}'")
        return
    setattr(r.facts, key, names)
    role = CreditRole.WRITER if key == "writers" else CreditRole.PRODUCER
    for name in names:
        r.people.credit(role, name, line.number, line.raw)


def shared_surname(r: Reading, names: list[str], line: int) -> list[str]:
    """ "Sam and Dorothy Leclerc": first names listed before the last full name share its surname, as English
    leaves it unsaid (two Leclercs). A word the page knows as someone's surname or full name is theirs ("Kilpatrick
    and Alethea Wu"); one that is another person's first name, or a surname that cannot be told from the last
    name's words ("Sam and Mary Jane Hale"), names no one for sure and is left out."""
    if len(names) < 2 or any(" " in squash(name) for name in names[:-1]):
        return names
    words = squash(names[-1]).split(" ")
    if len(words) < 2:
        return names
    at = len(words) - 1
    while at > 1 and words[at - 1].islower():  # "Anna de Vries": the particle is part of the surname
        at -= 1
    surname = " ".join(words[at:]) if at == 1 else None
    out = []
    for name in names[:-1]:
        person = r.people.mention(name)
        if r.people.shared(name) or (person is not None and f" {fold(person)}".endswith(f" {fold(name)}")):
            out.append(name)  # a surname (or the full name) of the page's people: add_directors says whose
        elif surname is not None and (person is None or fold(person) == fold(f"{name} {surname}")):
            out.append(f"{squash(name)} {surname}")
        else:
            r.warn(line, f"director '{squash(name)}' may share the surname of '{squash(names[-1])}'; not imported")
    return [*out, names[-1]]


# A courtesy title of address, then one surname ("Mr Campbell", "Ms. Baird")
_COURTESY = linear.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?P<surname>\p{Lu}[\w\p{M}'-]*)$")


def add_directors(r: Reading, names: list[str], line: int, excerpt: str) -> None:
    for raw in names:
        if not looks_like_name(raw):
            continue
        name = trim_name(raw)
        titled = _COURTESY.match(squash(name))
        if titled is not None:
            # "co-directed by Mr Campbell and ...": a courtesy title before the surname of someone the page names in
            # full is them (else the name stays as written: "Mr Oizo" may be a stage name; a first name after a title
            # is no surname)
            surname = titled.group("surname")
            person = r.people.mention(surname)
            if person is not None and not r.people.shared(surname) and fold(person).endswith(f" {fold(surname)}"):
                name = person
        if " " not in squash(name):
            # "co-directed by Kilpatrick and Alethea Wu": a surname of someone the page names in full is them;
            # one that several of its people share names no one for sure
            if r.people.shared(name):
                r.warn(line, f"director '{squash(name)}' may be any of {', '.join(r.people.sharing(name))}")
                continue
            name = r.people.mention(name) or name
        else:
            # "Ní Bhriain directed the video herself", "de la Cruz directed it": a surname of more than one word
            # is the one person the page names in full with it
            person = r.people.mention(name)
            if person is not None and f" {fold(person)}".endswith(f" {fold(name)}"):
                name = person
        name = r.people.canonical(name)
        if fold(name) not in r.director_keys:
            r.director_keys.add(fold(name))
            r.facts.video.directors.append(name)
            r.people.credit(CreditRole.DIRECTOR, name, line, excerpt)


def add_genre(r: Reading, genre: str) -> None:
    genre = squash(genre.replace("-", " ")).lower()
    if genre and genre not in r.genre_keys:
        r.genre_keys.add(genre)
        r.facts.genres.append(genre)
