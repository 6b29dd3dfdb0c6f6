"""Nodes and relationships written as the CSV files of ``neo4j-admin database import full``.

A CSV file has one header, so its rows must hold the same properties with the same types: each file is a
group of nodes of one label (or relationships of one type between two labels) whose present properties
and their types are alike. Properties with no value are left out of a row's group, as Neo4j stores no
null. An empty list cannot be written in this CSV (an empty field is no value at all): such properties are
named in ``EMPTY_LISTS``, which ``admin.finish_store`` turns into empty lists once the store runs.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from songgraph.cypher.write.image import Ref

# Between the items of a list in one field: a control character no text of a song file holds (it is refused).
ARRAY_DELIMITER = "\x1f"
EMPTY_LISTS = "_emptyLists"
_MAX_INTEGER = 2**63 - 1


class Unwritable(ValueError):
    """A value Neo4j cannot store as a property (the online path refuses the song for it too)."""


_SCALARS: dict[type, str] = {bool: "boolean", int: "long", float: "double", str: "string", dt.date: "date"}


def _scalar_type(value: Any) -> str:
    kind = _SCALARS.get(type(value))
    if kind is None:
        if isinstance(value, dt.datetime):
            return "datetime" if value.tzinfo is not None else "localdatetime"
        raise Unwritable(f"a value of type {type(value).__name__} cannot be a property")
    if kind == "string":
        if ARRAY_DELIMITER in value:
            raise Unwritable("a text holds the control character U+001F")
    elif kind == "long" and not -_MAX_INTEGER - 1 <= value <= _MAX_INTEGER:
        raise Unwritable(f"the integer {value} is beyond Neo4j's 64 bits")
    return kind


def value_type(value: Any) -> str | None:
    """The importer's type of a property value; None for an empty list. Raises ``Unwritable``."""
    if type(value) is list or type(value) is tuple:
        if not value:
            return None
        types = {_scalar_type(item) for item in value}
        if len(types) > 1:
            raise Unwritable("a list mixes values of different types")
        return f"{types.pop()}[]"
    return _scalar_type(value)


def check(props: Mapping[str, Any]) -> None:
    """Raises ``Unwritable`` if Neo4j could not store one of ``props``."""
    for value in props.values():
        if value is not None:
            value_type(value)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    return repr(value) if isinstance(value, float) else str(value)


def _field(value: Any) -> str:
    if type(value) is str:
        return value
    return ARRAY_DELIMITER.join(_text(item) for item in value) if isinstance(value, list | tuple) else _text(value)


# The columns of a row's group, its fields as text (quoted by the CSV writer), whether one holds a line break.
Shaped = tuple[tuple[tuple[str, str], ...], list[str], bool]


def shape(props: Mapping[str, Any]) -> Shaped:
    """The group a row belongs to (its present properties and their types) and its fields in that order.
    Raises ``Unwritable``."""
    columns: list[tuple[str, str]] = []
    values: list[str] = []
    empty: list[str] = []
    lines = False
    for name in sorted(props):
        value = props[name]
        if value is None:
            continue
        kind = value_type(value)
        if kind is None:
            empty.append(name)
            continue
        columns.append((name, kind))
        text = _field(value)
        if kind[0] == "s" and ("\n" in text or "\r" in text):
            lines = True
        values.append(text)
    if empty:
        columns.append((EMPTY_LISTS, "string[]"))
        values.append(_field(empty))
    return tuple(columns), values, lines


@dataclass
class _Group:
    path: Path
    file: IO[str]
    writer: Any
    rows: int = 0


@dataclass
class CsvFiles:
    """Open CSV groups under ``folder``; ``arguments`` are the importer's ``--nodes``/``--relationships``."""

    folder: Path
    _groups: dict[tuple[Any, ...], _Group] = field(default_factory=dict)
    _arguments: list[str] = field(default_factory=list)
    # Whether a value holds a line break: the importer then has to read fields across lines (slower).
    multiline: bool = False
    # Labels and relationship types some of whose nodes or relationships hold an empty list.
    empty_list_labels: set[str] = field(default_factory=set)
    empty_list_types: set[str] = field(default_factory=set)
    nodes: int = 0
    relationships: int = 0

    def _group(self, key: tuple[Any, ...], header: Iterable[str], argument: str) -> _Group:
        group = self._groups.get(key)
        if group is None:
            path = self.folder / f"{len(self._groups):04d}-{key[0]}-{key[1]}.csv"
            file = path.open("w", encoding="utf-8", newline="")
            file.write(",".join(header) + "\n")
            # Every field quoted: a quoted empty text stays a text, and the importer reads quoted numbers too.
            group = _Group(path, file, csv.writer(file, quoting=csv.QUOTE_ALL, lineterminator="\n"))
            self._groups[key] = group
            self._arguments.append(f"{argument}={path}")
        return group

    def _write(self, group: _Group, fields: list[str], lines: bool) -> None:
        if lines:
            self.multiline = True
        group.writer.writerow(fields)
        group.rows += 1

    def node(self, label: str, key: str, shaped: Shaped) -> None:
        columns, values, lines = shaped
        if columns and columns[-1][0] == EMPTY_LISTS:
            self.empty_list_labels.add(label)
        header = [f":ID({label})", *(f"{name}:{kind}" for name, kind in columns)]
        group = self._group(("node", label, columns), header, f"--nodes={label}")
        self._write(group, [key, *values], lines)
        self.nodes += 1

    def link(self, type_: str, start: Ref, end: Ref, shaped: Shaped) -> None:
        columns, values, lines = shaped
        if columns and columns[-1][0] == EMPTY_LISTS:
            self.empty_list_types.add(type_)
        header = [f":START_ID({start[0]})", f":END_ID({end[0]})", *(f"{name}:{kind}" for name, kind in columns)]
        group = self._group(("rel", type_, start[0], end[0], columns), header, f"--relationships={type_}")
        self._write(group, [start[1], end[1], *values], lines)
        self.relationships += 1

    def close(self) -> list[str]:
        """Closes every file; the importer's arguments for them."""
        for group in self._groups.values():
            group.file.close()
        return list(self._arguments)
