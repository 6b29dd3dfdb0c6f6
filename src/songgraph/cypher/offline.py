"""Statements the offline import runs on the store Neo4j's importer built (pure)."""

from __future__ import annotations

from songgraph.cypher.statement import Statement
from songgraph.offline.csvfiles import EMPTY_LISTS

# The importer leaves empty lists out (an empty field is no value); the CSV names them in EMPTY_LISTS.
_EMPTY_NODES = (
    f"MATCH (n:$($label)) WHERE n.{EMPTY_LISTS} IS NOT NULL "
    f"CALL (n) {{ FOREACH (name IN n.{EMPTY_LISTS} | SET n[name] = []) REMOVE n.{EMPTY_LISTS} }} "
    "IN TRANSACTIONS OF 10000 ROWS"
)
_EMPTY_LINKS = (
    f"MATCH ()-[r:$($type)]->() WHERE r.{EMPTY_LISTS} IS NOT NULL "
    f"CALL (r) {{ FOREACH (name IN r.{EMPTY_LISTS} | SET r[name] = []) REMOVE r.{EMPTY_LISTS} }} "
    "IN TRANSACTIONS OF 10000 ROWS"
)


def empty_lists_of_nodes(label: str) -> Statement:
    """Sets the empty lists the CSV named on nodes of ``label`` (a statement for ``Database.run_in_batches``)."""
    return Statement(_EMPTY_NODES, {"label": label})


def empty_lists_of_relationships(type_: str) -> Statement:
    return Statement(_EMPTY_LINKS, {"type": type_})
