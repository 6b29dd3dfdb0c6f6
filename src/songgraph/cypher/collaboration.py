"""Ranked collaborators kept for the busiest people (pure: Cypher text and parameters).

Ranking someone's collaborators walks every song of theirs to everyone credited on it. For most people
that is a few dozen rows; for the busiest person of a million-song catalogue it is half a million, and
keeping a count per pair of people up to date on every write cost more than the rest of the load. So the
graph keeps the ranking only for people with at least ``MIN_CREDITS`` song credits, on their own node:

- ``collaboratorIds`` / ``collaboratorCounts``: every collaborator sharing at least ``collaboratorsFrom``
  songs with them (in any song role), most shared songs first, and how many they share;
- ``collaboratorsFrom``: that floor; 1 means the lists hold every collaborator;
- ``collaboratorTotal``: how many collaborators they have in all.

A write that changes a song's credits marks the people credited on it (before and after the change) whose
ranking is kept, or who have become busy enough to get one, with ``STALE`` and drops their ranking, in the
same transaction; reads then walk, as for everyone else. ``rank`` takes the ranking again for one marked
person after the write commits (the loader once at the end of a run). A ranking is therefore never out of
date: it is either absent or taken from committed credits after the last change to them.
"""

from __future__ import annotations

from collections.abc import Sequence

from songgraph.cypher.statement import Statement
from songgraph.graph import CREDIT_TYPES

# Below this many song credits the walk is a few thousand rows at most: not worth keeping.
MIN_CREDITS = 200
# The ranking keeps the top ``KEEP`` collaborators and everyone tied with the last of them, unless those
# ties pass ``MOST`` (then the tied count is left out): pages reach 100 rows, two pages fit.
KEEP = 200
MOST = 1000
STALE = "StaleCollaborators"
PROPERTIES = ("collaboratorIds", "collaboratorCounts", "collaboratorsFrom", "collaboratorTotal")

_DROP = "REMOVE " + ", ".join(f"p.{name}" for name in PROPERTIES)
_CREDITS = f"COUNT {{ (p)-[:{CREDIT_TYPES}]->() }}"
# The people ``p`` found by a marking statement's first lines: the busy ones are marked and lose their ranking.
_MARK = f"""WITH DISTINCT p
WHERE (p.collaboratorIds IS NOT NULL OR {_CREDITS} >= $minCredits)
SET p:{STALE}
{_DROP}
RETURN count(p) AS marked
"""

_MARK_SONGS = f"""UNWIND $ids AS id
MATCH (:Song {{id: id}})<-[:{CREDIT_TYPES}]-(p:Person)
{_MARK}"""

_MARK_SONGS_OF = f"""UNWIND $ids AS id
MATCH (:Person {{id: id}})-[:{CREDIT_TYPES}]->(:Song)<-[:{CREDIT_TYPES}]-(p:Person)
{_MARK}"""

# Everyone busy enough without a ranking: a store written before rankings were kept.
_MARK_UNRANKED = f"""MATCH (p:Person)
WHERE p.collaboratorIds IS NULL AND NOT p:{STALE} AND {_CREDITS} >= $minCredits
SET p:{STALE}
RETURN count(p) AS marked
"""

_STALE = f"MATCH (p:{STALE}) RETURN p.id AS id LIMIT $limit"

# Removing the mark first locks the person: a write that marks them again waits for this transaction, and
# its mark (and dropped ranking) lands after this ranking, never before it.
_RANK = f"""MATCH (p:Person {{id: $id}})
WHERE p:{STALE}
REMOVE p:{STALE}
WITH p
WHERE {_CREDITS} >= $minCredits
CALL (p) {{
  MATCH (p)-[:{CREDIT_TYPES}]->(w:Song)<-[:{CREDIT_TYPES}]-(o:Person)
  WHERE o <> p
  WITH DISTINCT o, w
  WITH o, count(*) AS c
  ORDER BY c DESC, o.id
  RETURN collect(o.id) AS ids, collect(c) AS counts
}}
WITH p, ids, counts, CASE WHEN size(ids) <= $keep THEN 1 ELSE counts[$keep - 1] END AS cut
WITH p, ids, counts, CASE WHEN size([c IN counts WHERE c >= cut]) <= $most THEN cut ELSE cut + 1 END AS floor
WITH p, ids, counts, floor, size([c IN counts WHERE c >= floor]) AS kept
SET p.collaboratorIds = ids[..kept], p.collaboratorCounts = counts[..kept],
    p.collaboratorsFrom = floor, p.collaboratorTotal = size(ids)
RETURN kept
"""


# The limits are read when a statement is made, not bound as defaults: the tests lower them to rank small graphs.


def mark_songs(songs: Sequence[str]) -> Statement:
    """Marks the busy people credited on ``songs`` as they are now (run before and after credits change);
    one row ``{marked}``."""
    return Statement(_MARK_SONGS, {"ids": list(dict.fromkeys(songs)), "minCredits": MIN_CREDITS})


def mark_songs_of(people: Sequence[str]) -> Statement:
    """``mark_songs`` for every song credited to one of ``people`` (after a merge moved credits onto one)."""
    return Statement(_MARK_SONGS_OF, {"ids": list(dict.fromkeys(people)), "minCredits": MIN_CREDITS})


def mark_unranked() -> Statement:
    """Marks everyone busy enough whose ranking is missing; one row ``{marked}``."""
    return Statement(_MARK_UNRANKED, {"minCredits": MIN_CREDITS})


def stale(limit: int) -> Statement:
    """Rows ``{id}``: up to ``limit`` marked people."""
    return Statement(_STALE, {"limit": limit})


def rank(person: str) -> Statement:
    """Takes the ranking of one marked person (nothing if they are no longer marked or no longer busy)."""
    return Statement(_RANK, {"id": person, "minCredits": MIN_CREDITS, "keep": KEEP, "most": MOST})
