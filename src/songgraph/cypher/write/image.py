"""What a song's rows make of the graph, as nodes and relationships instead of Cypher (pure).

(Tuples rather than frozen dataclasses: a million songs make tens of millions of them.)

The offline import (``songgraph.offline``) builds a new store with Neo4j's own importer, which takes the
finished graph as CSV rather than statements. Each fact kind in ``cypher.write.facts`` says next to its
``write`` subquery how the same rows become nodes and relationships here (its ``image``), and
``cypher.bulk.people_image`` does so for the people statements; ``tests/integration/test_offline_import.py``
checks that both ways build the same graph. A node is named by its label and its key (the property its
unique constraint is on, or a made-up key for nodes without one); what a ``MERGE`` of the statements
does to a node already there is said per property by a ``Policy``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, NamedTuple

# A node: its label and its key.
Ref = tuple[str, str]


class Policy(Enum):
    """What a merge does to a property of a node that exists already (the statements' ``SET`` clauses)."""

    # ``ON CREATE SET``: only the occurrence that creates the node sets it.
    ON_CREATE = "on create"
    # ``SET p.x = row.x``: the last occurrence wins, a null removes the property.
    SET = "set"
    # ``SET p.x = coalesce(row.x, p.x)``: the last occurrence with a value wins.
    COALESCE = "coalesce"
    # A list that gains the values it lacks, in order of first appearance.
    UNION = "union"
    # Computed from the node's other properties once every occurrence is in: the value is that function.
    DERIVED = "derived"


class Created(NamedTuple):
    """A node the song owns, created with it (``CREATE``): nothing else writes it. ``key`` names the node for
    the import only; the properties stored are ``props``, as for ``Merged``."""

    label: str
    key: str
    props: Mapping[str, Any]


class Merged(NamedTuple):
    """A node shared with other songs (``MERGE`` on its key), and how this occurrence sets its properties."""

    label: str
    key: str
    props: Mapping[str, tuple[Policy, Any]]


class Link(NamedTuple):
    """A relationship. ``merged``: one per (type, start, end), its properties set by the last occurrence."""

    type: str
    start: Ref
    end: Ref
    props: Mapping[str, Any]
    merged: bool = False


@dataclass
class Image:
    """Everything one song writes, in the order its statements would write it."""

    nodes: list[Created | Merged] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)

    def create(self, label: str, key: str, props: Mapping[str, Any]) -> Ref:
        self.nodes.append(Created(label, key, props))
        return (label, key)

    def merge(self, label: str, key: str, props: Mapping[str, tuple[Policy, Any]]) -> Ref:
        self.nodes.append(Merged(label, key, props))
        return (label, key)

    def link(self, type_: str, start: Ref, end: Ref, props: Mapping[str, Any] | None = None) -> None:
        self.links.append(Link(type_, start, end, props or {}))

    def merge_link(self, type_: str, start: Ref, end: Ref, props: Mapping[str, Any] | None = None) -> None:
        self.links.append(Link(type_, start, end, props or {}, merged=True))


def setting(props: Mapping[str, Any], policy: Policy = Policy.SET) -> dict[str, tuple[Policy, Any]]:
    """Every one of ``props`` under one policy."""
    return {name: (policy, value) for name, value in props.items()}


def person(key: str) -> Ref:
    return ("Person", key)
