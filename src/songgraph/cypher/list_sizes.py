"""The longest each plain nested list is in the stored graph (pure): one statement for all of them.

The cost model (``songgraph.api.cost``) multiplies a plain list's selection by how many items one parent
may have. A declared guess is wrong exactly where it matters: a catalogue's busiest person has a thousand
credits, and a client who asks for them is the one the limit is for. The maxima come from the same walks
the projections make (``songgraph.cypher.model``), one ``CALL`` per label.
"""

from __future__ import annotations

import re

from songgraph.cypher.model import TYPES, Link
from songgraph.cypher.projection import fill
from songgraph.cypher.statement import Statement

_FAR_LABEL = re.compile(r"\(:[A-Za-z]+\)")


def plain_lists() -> dict[str, tuple[str, str]]:
    """Every plain list of a node type, by schema coordinate (``Person.credits``): its label and walk from ``n``."""
    lists: dict[str, tuple[str, str]] = {}
    for type_name, spec in TYPES.items():
        if not spec.node:
            continue
        for field_name, field_spec in spec.fields.items():
            if isinstance(field_spec, Link) and field_spec.many:
                # Without the far node's label the count is the node's degree, which Neo4j keeps: a relationship
                # type joins the same two labels wherever it occurs, and otherwise the count is an upper bound.
                walk = _FAR_LABEL.sub("()", fill(field_spec.pattern, {"n": "n", "r": "", "m": ""}))
                lists[f"{type_name}.{field_name}"] = (type_name, walk)
    return lists


def longest_lists() -> tuple[Statement, dict[str, str]]:
    """The statement returning one row of maxima, and which column holds which coordinate's."""
    by_label: dict[str, list[tuple[str, str]]] = {}
    columns: dict[str, str] = {}
    for coordinate, (label, pattern) in plain_lists().items():
        column = f"c{len(columns)}"
        columns[column] = coordinate
        by_label.setdefault(label, []).append((column, pattern))
    calls = []
    for label, walks in by_label.items():
        maxima = ", ".join(f"coalesce(max(COUNT {{ MATCH {pattern} }}), 0) AS {column}" for column, pattern in walks)
        calls.append(f"CALL {{ MATCH (n:{label}) RETURN {maxima} }}")
    cypher = "\n".join(calls) + "\nRETURN " + ", ".join(columns)
    return Statement(cypher, {}), columns
