"""What the page importer reads from the graph (pure): people by spelling, the song a page is about, and a
song read back in the shape of a song document, derived from the fact table."""

from __future__ import annotations

from collections.abc import Sequence

from songgraph.cypher.statement import Statement
from songgraph.cypher.write.facts import FACTS, SOURCE_OF_X

_KNOWN_PEOPLE = """
UNWIND $keys AS key
MATCH (:PersonName {key: key})-[:NAME_OF]->(p:Person)
RETURN key, p.id AS id, p.name AS name, p.kind AS kind, coalesce(p.aliases, []) AS aliases,
       p.description AS description
"""

# The song a page is about: same title, and one of the page's artists (a title alone may be a cover).
_FIND_SONG = """
MATCH (s:Song {titleKey: $title})<-[:PERFORMED]-(p:Person)
WHERE p.id IN $artists
RETURN s.id AS id ORDER BY s.id LIMIT 1
"""

# Everything the loader writes for a song, read back kind by kind (person ids for names).
_READ_SONG = (
    "MATCH (s:Song {id: $id})\n"
    "RETURN coalesce(s.version, 0) AS version, s {.title, .releaseDate, .genres, .summary, .addedBy, .mbid, .length, "
    f"source: {SOURCE_OF_X.replace('x.', 's.')}}} AS song"
    + "".join(f",\n  {kind.read} AS {kind.name}" for kind in FACTS if kind.read is not None)
    + "\n"
)

_PEOPLE = """
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, p.name AS name, p.kind AS kind, coalesce(p.aliases, []) AS aliases, p.description AS description
"""


def known_people(keys: Sequence[str]) -> Statement:
    """Rows ``{key, id, name, kind, aliases, description}``: who answers to each folded spelling."""
    return Statement(_KNOWN_PEOPLE, {"keys": list(keys)})


def find_song(title_key: str, artists: Sequence[str]) -> Statement:
    """At most one row ``{id}``: the song with this title key that one of ``artists`` performed."""
    return Statement(_FIND_SONG, {"title": title_key, "artists": list(artists)})


def read_song(song: str) -> Statement:
    """One row: ``version``, ``song`` (its own properties) and a column per fact kind (see FACTS)."""
    return Statement(_READ_SONG, {"id": song})


def people(ids: Sequence[str]) -> Statement:
    return Statement(_PEOPLE, {"ids": list(ids)})
