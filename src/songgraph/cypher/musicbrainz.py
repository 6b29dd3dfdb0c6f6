"""Statements of the MusicBrainz import that the song loader does not already send (pure)."""

from __future__ import annotations

from songgraph.cypher.statement import Statement

# Nodes that a song file linked to a MusicBrainz id explicitly (their own id is not ``mb-<mbid>``): an
# import writes onto them instead of making a namesake. Few, since only hand-written files link them.
_LINKED = " UNION ALL ".join(
    f"MATCH (n:{label}) WHERE n.mbid IS NOT NULL AND NOT n.id STARTS WITH 'mb-' RETURN n.mbid AS mbid, n.id AS id"
    for label in ("Song", "Person", "Album")
)


def linked_nodes() -> Statement:
    """Rows ``{mbid, id}``: the nodes song files linked to a MusicBrainz id."""
    return Statement(_LINKED, {})
