"""Collaboration counts kept in the graph (pure: Cypher text and parameters).

Two people who share a song are joined by one ``COLLABORATED`` relationship whose ``songs`` property says how
many songs they share (credited in any song role, in any direction). Ranking someone's collaborators then
reads their own collaboration relationships instead of walking every song of theirs to everyone on it, which
at a million songs is the difference between a few thousand rows and a few hundred thousand.

Each song keeps, in ``crew``, the sorted ids of the people its counts were last taken from. ``account``
brings the counts up to date for some songs: the pairs of the old crew that the new crew no longer has lose
one song, the new pairs gain one, and ``crew`` becomes the new list. Every write that can change a song's
credits runs it in the same transaction, for the songs it wrote (the bulk writer, the API's song edits, a
song's deletion after its credits went, a merge of two people for the kept person's songs); running it for
a song whose credits did not change changes nothing. ``tests/integration/test_collaboration_counts.py``
compares the counts with a computation from scratch after every kind of write.
"""

from __future__ import annotations

from collections.abc import Sequence

from songgraph.cypher.statement import Statement
from songgraph.graph import CREDIT_TYPES

COLLABORATED = "COLLABORATED"

# Pairs a song's crew no longer has lose one song; pairs it gained get one. A pair's relationship goes when
# its count reaches zero, so a pair of people with no song in common has none.
_ACCOUNT = f"""WITH s, coalesce(s.crew, []) AS old,
     COLLECT {{ MATCH (s)<-[:{CREDIT_TYPES}]-(p:Person) RETURN DISTINCT p ORDER BY p.id }} AS people
WITH s, old, people, [p IN people | p.id] AS new
WHERE old <> new
SET s.crew = new
WITH old, new, people
CALL (old, new) {{
  UNWIND old AS a
  UNWIND old AS b
  WITH a, b WHERE a < b AND NOT (a IN new AND b IN new)
  MATCH (:Person {{id: a}})-[c:{COLLABORATED}]-(:Person {{id: b}})
  SET c.songs = c.songs - 1
  WITH c WHERE c.songs <= 0
  DELETE c
}}
CALL (old, people) {{
  UNWIND people AS x
  UNWIND people AS y
  WITH x, y WHERE x.id < y.id AND NOT (x.id IN old AND y.id IN old)
  MERGE (x)-[c:{COLLABORATED}]-(y)
  ON CREATE SET c.songs = 1
  ON MATCH SET c.songs = c.songs + 1
}}
"""

# The songs after ``$after`` (in id order) whose counts were never taken: a store written before the counts
# existed, brought up to date by ``songgraph migrate``.
_UNACCOUNTED = f"""MATCH (s:Song) WHERE s.id > $after
WITH s ORDER BY s.id LIMIT $limit
RETURN s.id AS id, s.crew IS NULL AND EXISTS {{ (s)<-[:{CREDIT_TYPES}]-(:Person) }} AS missing
"""

# From scratch, for the tests and for checking a store: every pair of people and the songs they share.
_FROM_SCRATCH = f"""MATCH (x:Person)-[:{CREDIT_TYPES}]->(s:Song)<-[:{CREDIT_TYPES}]-(y:Person)
WHERE x.id < y.id
WITH x.id AS a, y.id AS b, count(DISTINCT s) AS songs
RETURN a, b, songs ORDER BY a, b
"""

_STORED = f"""MATCH (x:Person)-[c:{COLLABORATED}]-(y:Person)
WHERE x.id < y.id
RETURN x.id AS a, y.id AS b, c.songs AS songs ORDER BY a, b
"""


_SONGS = "UNWIND $ids AS id\nMATCH (s:Song {id: id})\n"
_SONGS_OF = f"UNWIND $ids AS id\nMATCH (:Person {{id: id}})-[:{CREDIT_TYPES}]->(s:Song)\nWITH DISTINCT s\n"


def account(songs: Sequence[str]) -> Statement:
    """Brings the collaboration counts of ``songs`` up to date with their credits (missing songs are skipped)."""
    return Statement(_SONGS + _ACCOUNT, {"ids": list(dict.fromkeys(songs))})


def account_songs_of(people: Sequence[str]) -> Statement:
    """``account`` for every song credited to one of ``people`` (after a merge moved credits onto one)."""
    return Statement(_SONGS_OF + _ACCOUNT, {"ids": list(dict.fromkeys(people))})


def unaccounted(after: str, limit: int) -> Statement:
    """Rows ``{id, missing}``: up to ``limit`` songs after ``after`` in id order, and whether their counts
    were never taken."""
    return Statement(_UNACCOUNTED, {"after": after, "limit": limit})


def from_scratch() -> Statement:
    """Rows ``{a, b, songs}`` (``a < b``): the collaboration counts computed from the credits alone."""
    return Statement(_FROM_SCRATCH, {})


def stored() -> Statement:
    """Rows ``{a, b, songs}`` (``a < b``): the collaboration counts the graph keeps."""
    return Statement(_STORED, {})
