"""Songs' images gathered into the graph they make together, as the loader's statements would leave it.

Nodes a song creates (its own facts) go to the CSV files at once. Nodes and relationships that songs share
(people, albums, introductions ...) are merged occurrence by occurrence, by each property's ``Policy``,
in a temporary SQLite file behind a bounded cache, so memory does not grow with the catalogue; they are
written when every song is in (``finish``). A song that would break a uniqueness constraint of the
schema (a MusicBrainz id already another node's, an id given twice) or hold a value Neo4j cannot store is
refused whole, and nothing of it is kept: the online loader refuses the same songs.
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from songgraph.cypher.write.image import Created, Image, Policy, Ref
from songgraph.offline.csvfiles import CsvFiles, Unwritable, check

# Unique (label, property) pairs, from the schema's constraints.
Unique = Mapping[str, tuple[str, ...]]

_LinkKey = tuple[str, Ref, Ref]
_CACHE = 200_000


class Refused(Exception):
    """A song the import leaves out: why, in words."""


class _Table:
    """One SQLite table of pickled states by key, behind a write-back cache of the most recent."""

    def __init__(self, db: sqlite3.Connection, name: str) -> None:
        self._db = db
        self._name = name
        db.execute(f"CREATE TABLE {name} (key BLOB PRIMARY KEY, state BLOB) WITHOUT ROWID")
        self._cache: dict[bytes, Any] = {}

    def get(self, key: bytes) -> Any:
        if key in self._cache:
            return self._cache[key]
        row = self._db.execute(f"SELECT state FROM {self._name} WHERE key = ?", (key,)).fetchone()
        return None if row is None else pickle.loads(row[0])

    def put(self, key: bytes, state: Any) -> None:
        self._cache[key] = state
        if len(self._cache) > _CACHE:
            self.flush()

    def flush(self) -> None:
        self._db.executemany(
            f"INSERT OR REPLACE INTO {self._name} VALUES (?, ?)",
            ((key, pickle.dumps(state)) for key, state in self._cache.items()),
        )
        self._cache.clear()

    def items(self) -> Iterator[tuple[bytes, Any]]:
        self.flush()
        for key, state in self._db.execute(f"SELECT key, state FROM {self._name}"):
            yield key, pickle.loads(state)


def _key(*parts: Any) -> bytes:
    return pickle.dumps(parts)


def _merge(state: dict[str, Any] | None, props: Mapping[str, tuple[Policy, Any]]) -> dict[str, Any]:
    """A merged node's properties after one more occurrence (``state`` None: this occurrence creates it)."""
    new = dict(state) if state is not None else {}
    for name, (policy, value) in props.items():
        if policy is Policy.ON_CREATE:
            if state is None:
                new[name] = value
        elif policy is Policy.SET:
            new[name] = value
        elif policy is Policy.COALESCE:
            if value is not None:
                new[name] = value
        elif policy is Policy.UNION:
            had = new.get(name) or []
            new[name] = had + [item for item in dict.fromkeys(value) if item not in had]
        # DERIVED properties are computed once, in ``finish``.
    return new


class Fold:
    """The graph of the songs added so far; ``finish`` writes what they share."""

    def __init__(self, work: Path, unique: Unique, out: CsvFiles) -> None:
        self._db = sqlite3.connect(work / "fold.sqlite")
        self._db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;")
        self._nodes = _Table(self._db, "nodes")
        self._links = _Table(self._db, "links")
        # Who holds each unique value: (label, property, value) -> the node's key; every node's key as well.
        self._owners = _Table(self._db, "owners")
        self._unique = unique
        self._derived: dict[str, dict[str, Callable[[dict[str, Any]], Any]]] = {}
        self._out = out

    def add(self, image: Image) -> None:
        """Adds one song's image, or raises ``Refused`` and keeps nothing of it."""
        nodes: dict[Ref, tuple[bool, dict[str, Any]]] = {}
        owners: dict[bytes, str | None] = {}
        for node in image.nodes:
            ref = (node.label, node.key)
            if isinstance(node, Created):
                if ref in nodes or self._nodes.get(_key(*ref)) is not None or self._created(ref):
                    raise Refused(f"a {node.label} with the key '{node.key}' exists already")
                props = dict(node.props)
                nodes[ref] = (True, props)
                self._claim(owners, node.label, node.key, None, props)
                continue
            created, state = nodes.get(ref, (False, None))
            if created:
                raise Refused(f"the {node.label} '{node.key}' is created and merged by one song")
            if state is None:
                if self._created(ref):
                    raise Refused(f"the {node.label} '{node.key}' is another song's own")
                state = self._nodes.get(_key(*ref))
            new = _merge(state, node.props)
            for name, (policy, value) in node.props.items():
                if policy is Policy.DERIVED:
                    self._derived.setdefault(node.label, {})[name] = value
            self._claim(owners, node.label, node.key, state, new)
            nodes[ref] = (False, new)
        links: dict[_LinkKey, dict[str, Any]] = {}
        for link in image.links:
            if link.merged:
                key = (link.type, link.start, link.end)
                state = links.get(key)
                links[key] = {**(state if state is not None else (self._links.get(_key(*key)) or {})), **link.props}
        try:
            for _created, props in nodes.values():
                check(props)
            for link in image.links:
                check(link.props)
        except Unwritable as error:
            raise Refused(str(error)) from error
        self._commit(image, nodes, links, owners)

    def _created(self, ref: Ref) -> bool:
        return self._owners.get(_key("", *ref)) is not None

    def _claim(
        self,
        owners: dict[bytes, str | None],
        label: str,
        key: str,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any],
    ) -> None:
        for name in self._unique.get(label, ()):
            old, new = (before or {}).get(name), after.get(name)
            if new == old:
                continue
            if old is not None:
                owners[_key(label, name, old)] = None
            if new is not None:
                slot = _key(label, name, new)
                holder = owners[slot] if slot in owners else self._owners.get(slot)
                if holder is not None and holder != key:
                    raise Refused(f"{label} '{key}': {name} '{new}' is already {label} '{holder}''s")
                owners[slot] = key

    def _commit(
        self,
        image: Image,
        nodes: dict[Ref, tuple[bool, dict[str, Any]]],
        links: dict[_LinkKey, dict[str, Any]],
        owners: dict[bytes, str | None],
    ) -> None:
        for slot, holder in owners.items():
            self._owners.put(slot, holder)
        for ref, (created, props) in nodes.items():
            if created:
                self._owners.put(_key("", *ref), ref[1])
                self._out.node(ref[0], ref[1], props)
            else:
                self._nodes.put(_key(*ref), props)
        for key, props in links.items():
            self._links.put(_key(*key), props)
        for link in image.links:
            if not link.merged:
                self._out.link(link.type, link.start, link.end, link.props)

    def finish(self) -> None:
        """Writes the shared nodes and relationships, as the last song left them."""
        for key, props in self._nodes.items():
            label, name = pickle.loads(key)
            for prop, derive in self._derived.get(label, {}).items():
                props[prop] = derive(props)
            self._out.node(label, name, props)
        for key, props in self._links.items():
            type_, start, end = pickle.loads(key)
            self._out.link(type_, start, end, props)
        self._db.close()
