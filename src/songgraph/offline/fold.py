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
from songgraph.offline.csvfiles import CsvFiles, Shaped, Unwritable, check, shape

# Unique (label, property) pairs, from the schema's constraints.
Unique = Mapping[str, tuple[str, ...]]

_LinkKey = tuple[str, Ref, Ref]
# Marks the holder of a unique value as a node a song created (no other song may merge into it).
_CREATED = "\x00"
# States kept in memory per table and generation; the rest wait in SQLite.
CACHE = 60_000
_BLOOM_BYTES = 1 << 23
_BLOOM_BITS = _BLOOM_BYTES * 8


_ABSENT = object()
# What ``nodes.get`` gives for a node the song does not create.
_NEW = (False, None)


class Refused(Exception):
    """A song the import leaves out: why, in words."""


class _Table:
    """States by key: the recently used in two dicts (a young and an old generation), the others pickled in
    one SQLite table. Every key ever put is remembered, exactly (by its 64-bit hash, ``exact``) or by a
    Bloom filter, so that a lookup of a key never seen, the most common kind, does not ask SQLite."""

    def __init__(self, db: sqlite3.Connection, name: str, *, exact: bool, cache: int) -> None:
        self._db = db
        self._cache = cache
        self._name = name
        db.execute(f"CREATE TABLE {name} (key BLOB PRIMARY KEY, state BLOB) WITHOUT ROWID")
        self._young: dict[tuple[Any, ...], Any] = {}
        self._old: dict[tuple[Any, ...], Any] = {}
        # Keys put and not stored in SQLite since.
        self._dirty: set[tuple[Any, ...]] = set()
        self._known: set[int] | None = set() if exact else None
        self._seen = bytearray(0 if exact else _BLOOM_BYTES)

    def _bits(self, key: tuple[Any, ...]) -> tuple[int, int, int]:
        h = hash(key) & 0xFFFFFFFFFFFFFFFF
        return h % _BLOOM_BITS, (h >> 21) % _BLOOM_BITS, (h >> 42 ^ h * 0x9E3779B1) % _BLOOM_BITS

    def known(self, key: tuple[Any, ...]) -> bool:
        """Whether ``key`` was ever put (an exact table; two keys share a 64-bit hash about once in 10**12
        lookups of a million-key table, which would take the second for the first)."""
        assert self._known is not None
        return hash(key) in self._known

    def get(self, key: tuple[Any, ...]) -> Any:
        state = self._young.get(key, _ABSENT)
        if state is not _ABSENT:
            return state
        state = self._old.pop(key, _ABSENT)
        if state is not _ABSENT:
            self._young[key] = state
            return state
        if self._known is not None:
            if hash(key) not in self._known:
                return None
        else:
            seen = self._seen
            for bit in self._bits(key):
                if not seen[bit >> 3] & (1 << (bit & 7)):
                    return None
        row = self._db.execute(f"SELECT state FROM {self._name} WHERE key = ?", (pickle.dumps(key),)).fetchone()
        if row is None:
            return None
        state = pickle.loads(row[0])
        self._young[key] = state
        if len(self._young) > self._cache:
            self._write(self._old)
            self._old = self._young
            self._young = {}
        return state

    def put(self, key: tuple[Any, ...], state: Any) -> None:
        if self._known is not None:
            self._known.add(hash(key))
        else:
            seen = self._seen
            for bit in self._bits(key):
                seen[bit >> 3] |= 1 << (bit & 7)
        self._old.pop(key, None)
        self._young[key] = state
        self._dirty.add(key)
        if len(self._young) > self._cache:
            self._write(self._old)
            self._old = self._young
            self._young = {}

    def _write(self, states: dict[tuple[Any, ...], Any]) -> None:
        """Stores those of ``states`` put since they were last stored (the others are in SQLite as they are)."""
        dirty = self._dirty
        self._db.executemany(
            f"INSERT OR REPLACE INTO {self._name} VALUES (?, ?)",
            ((pickle.dumps(key), pickle.dumps(state)) for key, state in states.items() if key in dirty),
        )
        dirty.difference_update(states)

    def items(self) -> Iterator[tuple[tuple[Any, ...], Any]]:
        self._write(self._old)
        self._write(self._young)
        self._old, self._young = {}, {}
        for key, state in self._db.execute(f"SELECT key, state FROM {self._name}"):
            yield pickle.loads(key), pickle.loads(state)


def _inert(props: Mapping[str, tuple[Policy, Any]]) -> bool:
    """Whether the occurrence changes nothing of a node that exists (a bare name of a known person)."""
    for policy, value in props.values():
        if policy is Policy.SET or policy is Policy.COALESCE or (policy is Policy.UNION and value):
            return False
    return True


def _merge(state: dict[str, Any] | None, props: Mapping[str, tuple[Policy, Any]]) -> dict[str, Any] | None:
    """A merged node's properties after one more occurrence (``state`` None: this occurrence creates it), or
    None if the occurrence changes nothing (most do: a busy person is named by thousands of songs alike)."""
    new: dict[str, Any] | None = {} if state is None else None
    for name, (policy, value) in props.items():
        if policy is Policy.ON_CREATE:
            if state is not None:
                continue
        elif policy is Policy.COALESCE:
            if value is None:
                continue
        elif policy is Policy.UNION:
            had = (new if new is not None else state or {}).get(name) or []
            value = had + [item for item in dict.fromkeys(value) if item not in had]
        elif policy is Policy.DERIVED:
            # Computed once, in ``finish``.
            continue
        if new is None:
            assert state is not None
            if state.get(name, _ABSENT) == value:
                continue
            new = dict(state)
        new[name] = value
    return new


class Fold:
    """The graph of the songs added so far; ``finish`` writes what they share."""

    def __init__(self, work: Path, unique: Unique, out: CsvFiles, *, cache: int = CACHE) -> None:
        self._db = sqlite3.connect(work / "fold.sqlite")
        self._db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;")
        self._nodes = _Table(self._db, "nodes", exact=True, cache=cache)
        self._links = _Table(self._db, "links", exact=True, cache=cache)
        # Who holds each unique value: (label, property, value) -> the node's key (marked if a song created it);
        # (label, "", key) for a created node whose key no constraint covers.
        self._owners = _Table(self._db, "owners", exact=False, cache=cache)
        self._unique = unique
        self._derived: dict[str, dict[str, Callable[[dict[str, Any]], Any]]] = {}
        self._out = out

    def add(self, image: Image) -> None:
        """Adds one song's image, or raises ``Refused`` and keeps nothing of it."""
        nodes: dict[Ref, tuple[bool, dict[str, Any]]] = {}
        shaped: dict[Ref, Shaped] = {}
        # Relationships written with the song: created ones, and those merged within it (see below).
        written: list[tuple[str, Ref, Ref, Shaped]] = []
        owners: dict[tuple[Any, ...], str | None] = {}
        try:
            for node in image.nodes:
                ref = (node.label, node.key)
                if isinstance(node, Created):
                    if ref in nodes:
                        raise Refused(f"the song writes the {node.label} '{node.key}' twice")
                    props = dict(node.props)
                    nodes[ref] = (True, props)
                    shaped[ref] = shape(props)
                    # The key itself is claimed too where no constraint does it (the importer's ids must differ).
                    identity = () if props.get("id") == node.key and "id" in self._unique.get(node.label, ()) else ("",)
                    self._claim(owners, node.label, _CREATED + node.key, None, props, identity)
                    continue
                if _inert(node.props) and ref not in nodes and self._nodes.known(ref):
                    continue
                created, state = nodes.get(ref, (False, None))
                if created:
                    raise Refused(f"the song creates the {node.label} '{node.key}' and merges it")
                if state is None:
                    state = self._nodes.get(ref)
                new = _merge(state, node.props)
                if new is None:
                    continue
                if state is None:
                    for name, (policy, value) in node.props.items():
                        if policy is Policy.DERIVED:
                            self._derived.setdefault(node.label, {})[name] = value
                check({name: value for name, value in new.items() if state is None or state.get(name) is not value})
                self._claim(owners, node.label, node.key, state, new, ())
                nodes[ref] = (False, new)
            links: dict[_LinkKey, dict[str, Any]] = {}
            own: dict[_LinkKey, dict[str, Any]] = {}
            for link in image.links:
                if not link.merged:
                    written.append((link.type, link.start, link.end, shape(link.props)))
                    continue
                if nodes.get(link.start, _NEW)[0] or nodes.get(link.end, _NEW)[0]:
                    # A relationship of a node this song creates: no other song can reach it, so it is
                    # merged within the song only and written with it (the song's album link).
                    key = (link.type, link.start, link.end)
                    own[key] = {**own.get(key, {}), **link.props}
                    continue
                key = (link.type, link.start, link.end)
                if not link.props and key not in links and self._links.known(key):
                    continue
                state = links.get(key)
                if state is None:
                    state = self._links.get(key)
                if state is not None and all(state.get(name, _ABSENT) == value for name, value in link.props.items()):
                    continue
                check(link.props)
                links[key] = {**(state or {}), **link.props}
            written.extend((type_, start, end, shape(props)) for (type_, start, end), props in own.items())
        except Unwritable as error:
            raise Refused(str(error)) from error
        self._commit(nodes, shaped, links, written, owners)

    def _claim(
        self,
        owners: dict[tuple[Any, ...], str | None],
        label: str,
        holder: str,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any],
        identity: tuple[str, ...],
    ) -> None:
        """Takes the node's unique values (``holder``: its key, marked if created) from ``before`` to ``after``."""
        for name in (*self._unique.get(label, ()), *identity):
            old = (before or {}).get(name)
            new = holder if name == "" else after.get(name)
            if new == old:
                continue
            if old is not None:
                owners[(label, name, old)] = None
            if new is not None:
                slot = (label, name, new)
                held = owners[slot] if slot in owners else self._owners.get(slot)
                if held is not None and held != holder:
                    raise Refused(
                        f"{label} '{holder.lstrip(_CREATED)}': {name} '{new}' is already that of "
                        f"{label} '{held.lstrip(_CREATED)}'"
                        if name
                        else f"a {label} with the key '{new}' exists already"
                    )
                owners[slot] = holder

    def _commit(
        self,
        nodes: dict[Ref, tuple[bool, dict[str, Any]]],
        shaped: dict[Ref, Shaped],
        links: dict[_LinkKey, dict[str, Any]],
        written: list[tuple[str, Ref, Ref, Shaped]],
        owners: dict[tuple[Any, ...], str | None],
    ) -> None:
        for slot, holder in owners.items():
            self._owners.put(slot, holder)
        for ref, (created, props) in nodes.items():
            if created:
                self._out.node(ref[0], ref[1], shaped[ref])
            else:
                self._nodes.put(ref, props)
        for key, props in links.items():
            self._links.put(key, props)
        for type_, start, end, row in written:
            self._out.link(type_, start, end, row)

    def finish(self) -> None:
        """Writes the shared nodes and relationships, as the last song left them."""
        for (label, name), props in self._nodes.items():
            for prop, derive in self._derived.get(label, {}).items():
                props[prop] = derive(props)
            self._out.node(label, name, shape(props))
        for (type_, start, end), props in self._links.items():
            self._out.link(type_, start, end, shape(props))
        self._db.close()
