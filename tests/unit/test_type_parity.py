"""The Strawberry types and the translation's type table (cypher/model.py) match field for field: a field the
API declares but the table lacks would otherwise surface as a KeyError at request time."""

from __future__ import annotations

import pytest
from graphql import GraphQLInterfaceType, GraphQLObjectType

from songgraph.api.schema import schema
from songgraph.cypher.model import TYPES

SCHEMA = schema._schema
# Object types the translation does not project: root types, connections and edges (built from rows by
# api/types.py), the relationship answers assembled in Python, mutation results, and Source (a plain map a
# Prop computes, whose fields are its keys).
NOT_PROJECTED = {
    "Query",
    "Mutation",
    "PageInfo",
    "Source",
    "PersonPath",
    "PathStep",
    "Neighborhood",
    "GraphNode",
    "GraphEdge",
    "SearchHit",
    "DeleteSongResult",
    "RemovedFacts",
    "StoryPageImport",
    "ImportChange",
    "PageIssue",
    # A plain map a Prop computes from the node's mbid, like Source.
    "ExternalId",
    # Built from the one aggregation statement's row (cypher/stats.py), whose keys are the selected fields.
    "SongStats",
    # Subscription payloads, built from a feed event; their object is read by node(id:)'s translation.
    "Subscription",
    "Change",
    "SongChange",
    "PersonChange",
}


def _object_types() -> dict[str, GraphQLObjectType]:
    return {
        name: t for name, t in SCHEMA.type_map.items() if isinstance(t, GraphQLObjectType) and not name.startswith("__")
    }


@pytest.mark.parametrize("name", sorted(TYPES))
def test_each_table_entry_has_exactly_the_fields_of_its_graphql_type(name: str) -> None:
    graphql_type = _object_types().get(name)
    assert graphql_type is not None, f"{name} is in cypher/model.py but not in the schema"
    assert set(graphql_type.fields) == set(TYPES[name].fields)


def test_every_projected_graphql_type_has_a_table_entry() -> None:
    missing = {
        name
        for name in _object_types()
        if name not in TYPES and name not in NOT_PROJECTED and not name.endswith(("Connection", "Edge"))
    }
    assert missing == set()


def test_node_types_are_nodes_on_both_sides() -> None:
    node = SCHEMA.type_map["Node"]
    assert isinstance(node, GraphQLInterfaceType)
    implementing = {t.name for t in SCHEMA.get_implementations(node).objects}
    assert implementing == {name for name, entry in TYPES.items() if entry.node}
    assert all("Node" in TYPES[name].interfaces for name in implementing)
