"""The statements that bring lookup keys written by an older ``fold`` up to date (pure: text and parameters).

Keys used to keep punctuation ("we don't talk anymore"); they no longer do ("we dont talk anymore"). Only
nodes whose keys still hold a punctuation mark are read back (Java's ``\\p{P}`` is Unicode's punctuation
category, the same one ``fold`` drops), so on an up-to-date graph this reads no rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from songgraph.cypher.statement import Statement

PUNCTUATED = r".*\p{P}.*"

_TITLED = {
    "Song": "MATCH (n:Song) WHERE n.titleKey =~ $pattern RETURN n.id AS id, n.title AS text, n.titleKey AS key",
    "Album": "MATCH (n:Album) WHERE n.titleKey =~ $pattern RETURN n.id AS id, n.title AS text, n.titleKey AS key",
}

_SET_TITLE_KEYS = """
UNWIND $rows AS row
MATCH (n:{label} {{id: row.id}})
SET n.titleKey = row.key, n.searchText = row.key
"""

_PUNCTUATED_PEOPLE = """
MATCH (p:Person)
WHERE p.nameKey =~ $pattern OR any(key IN coalesce(p.aliasKeys, []) WHERE key =~ $pattern)
   OR EXISTS { (n:PersonName)-[:NAME_OF]->(p) WHERE n.key =~ $pattern }
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases
"""

# The person's keys and name nodes become the new ones; a name node no person answers to any more goes.
_SET_PERSON_KEYS = """
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
SET p.nameKey = row.nameKey, p.aliasKeys = row.aliasKeys,
    p.searchText = reduce(text = row.nameKey, a IN row.aliasKeys | text + ' | ' + a)
WITH p, row
CALL (p, row) {
  MATCH (old:PersonName)-[link:NAME_OF]->(p)
  WHERE NOT old.key IN row.nameKeys
  DELETE link
  WITH old WHERE NOT EXISTS { (old)-[:NAME_OF]->() }
  DELETE old
}
CALL (p, row) {
  UNWIND row.nameKeys AS key
  MERGE (n:PersonName {key: key})
  MERGE (n)-[:NAME_OF]->(p)
}
"""


def titled(label: str) -> Statement:
    """Rows ``{id, text, key}`` of the songs or albums (``label``) whose title key holds punctuation."""
    return Statement(_TITLED[label], {"pattern": PUNCTUATED})


def set_title_keys(label: str, rows: Sequence[Mapping[str, Any]]) -> Statement:
    """Rows ``{id, key}``: each node's title key (and search text) becomes ``key``."""
    if label not in _TITLED:
        raise ValueError(f"no title keys on {label}")
    return Statement(_SET_TITLE_KEYS.format(label=label), {"rows": [dict(row) for row in rows]})


def punctuated_people() -> Statement:
    """Rows ``{id, name, aliases}`` of the people with a key or name node that holds punctuation."""
    return Statement(_PUNCTUATED_PEOPLE, {"pattern": PUNCTUATED})


def set_person_keys(rows: Sequence[Mapping[str, Any]]) -> Statement:
    """Rows ``{id, nameKey, aliasKeys, nameKeys}``: the person's keys and name nodes become these."""
    return Statement(_SET_PERSON_KEYS, {"rows": [dict(row) for row in rows]})
