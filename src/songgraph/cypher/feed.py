"""The change feed's statements (pure): record a write's events, read them back in order, prune old ones.

The feed is a counter node, ``(:FeedHead {id: 'feed'})``, and one ``(:FeedEvent)`` per change. A write
takes the counter's lock as its last statement and numbers its events from it, so positions follow the
order in which writes commit and have no gaps: the next write waits for the lock until this one has
committed (or rolled back, taking its events and its increment with it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from songgraph.cypher.statement import Statement

HEAD = "feed"

_RECORD = """
MERGE (h:FeedHead {id: $head})
ON CREATE SET h.seq = 0, h.epoch = left(replace(randomUUID(), '-', ''), 12)
SET h._lock = true
REMOVE h._lock
WITH h, h.seq AS base
SET h.seq = base + size($events)
WITH h, base
UNWIND range(0, size($events) - 1) AS i
WITH h, base, i, $events[i] AS event
CREATE (:FeedEvent {
  seq: base + i + 1, kind: event.kind, key: event.key, op: event.op, actor: $actor, at: datetime()
})
// One row, however many events (a loaded batch records a thousand).
WITH h, base, count(*) AS _
RETURN h.epoch AS epoch, base + size($events) AS head
"""

# Loads and imports learn which of their people are new (their songs they know from locking them), and
# which spellings already name them: a file that only names such a person has nothing to write for them. An
# UNWIND of seeks costs less than ``p.id IN $people`` on a list of thousands. The spelling is checked before
# the aggregation: inside ``collect`` the EXISTS ran as a nested plan per row, three times slower (PROFILE).
_EXISTING = """
UNWIND $people AS row
MATCH (p:Person {id: row.id})
WITH p, row, EXISTS { (:PersonName {key: row.nameKey})-[:NAME_OF]->(p) } AS spelled
RETURN collect(DISTINCT p.id) AS people, collect(CASE WHEN spelled THEN [p.id, row.nameKey] END) AS named
"""

_AFTER = """
OPTIONAL MATCH (h:FeedHead {id: $head})
CALL (h) {
  MATCH (e:FeedEvent) WHERE e.seq > $after
  WITH e ORDER BY e.seq LIMIT $limit
  RETURN collect(e {.seq, .kind, .key, .op, .actor, .at}) AS events
}
RETURN h.epoch AS epoch, coalesce(h.seq, 0) AS head, events
"""

_HEAD = "OPTIONAL MATCH (h:FeedHead {id: $head}) RETURN h.epoch AS epoch, coalesce(h.seq, 0) AS head"

# The oldest events first (index order on seq), a batch at a time; an event goes when it is past the
# retention and either past the age limit or more than ``keep`` behind the head.
_PRUNE = """
MATCH (h:FeedHead {id: $head})
MATCH (e:FeedEvent) WHERE e.seq > 0
WITH h, e ORDER BY e.seq LIMIT $batch
WITH h, e WHERE e.at < datetime() - duration({seconds: $retention})
  AND (e.seq <= h.seq - $keep OR e.at < datetime() - duration({seconds: $maxAge}))
DELETE e
RETURN count(*) AS deleted
"""


def record(events: Sequence[Mapping[str, str]], actor: str | None) -> Statement:
    """Appends ``events`` (``{kind, key, op}``) to the feed; the row holds the feed's epoch and new head."""
    return Statement(_RECORD, {"head": HEAD, "events": [dict(event) for event in events], "actor": actor})


def existing(people: Sequence[tuple[str, str]]) -> Statement:
    """One row ``{people, named}`` for ``(id, nameKey)`` pairs: the ids in the graph already, and the pairs
    ``[id, nameKey]`` whose spelling already names that person."""
    return Statement(_EXISTING, {"people": [{"id": person, "nameKey": key} for person, key in people]})


def after(position: int, limit: int) -> Statement:
    """One row ``{epoch, head, events}``: up to ``limit`` events after ``position``, in order."""
    return Statement(_AFTER, {"head": HEAD, "after": position, "limit": limit})


def head() -> Statement:
    """One row ``{epoch, head}``; epoch is null before the first event."""
    return Statement(_HEAD, {"head": HEAD})


def prune(retention_seconds: int, max_age_seconds: int, keep: int, batch: int) -> Statement:
    """Deletes up to ``batch`` of the oldest events that the limits let go; the row says how many."""
    params: dict[str, Any] = {
        "head": HEAD,
        "retention": retention_seconds,
        "maxAge": max_age_seconds,
        "keep": keep,
        "batch": batch,
    }
    return Statement(_PRUNE, params)
