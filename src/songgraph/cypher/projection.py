"""Turns a selection on a GraphQL type into one Cypher map expression (pure).

Nested lists become ``COLLECT {}`` subqueries inside the same expression, so a whole request is
answered by one statement however deep it goes: no query per parent object.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from songgraph.cypher.builder import Builder
from songgraph.cypher.model import TYPES, Custom, Link, Prop, Same
from songgraph.cypher.selection import Field, Fragment, fields_for

# The most items a plain (unpaged) nested list such as ``credits`` or ``writers`` returns for one parent.
# Together with the transaction timeout and memory limit it keeps one statement bounded however deep a
# document nests; lists longer than this in real data need a paged field. Documented in README.
NESTED_LIST_LIMIT = 2000

_PLACEHOLDER = re.compile(r"\{([A-Za-z]+)\}")


def fill(template: str, names: Mapping[str, str]) -> str:
    """Put variable names into a template; a missing name is a bug in the model, so it raises."""
    return _PLACEHOLDER.sub(lambda match: names[match.group(1)], template)


def merged(fields: Iterable[Field], keyed_by_alias: set[str]) -> dict[str, Field]:
    """Selections of one field under the same key, folded into one (their sub-selections combined)."""
    out: dict[str, Field] = {}
    for f in fields:
        key = f.key if f.name in keyed_by_alias else f.name
        if key in out:
            out[key] = replace(out[key], selections=out[key].selections + f.selections)
        else:
            out[key] = f
    return out


class _Fresh(dict[str, str]):
    """A template's names: the object's own, plus fresh variables made only when the template uses them."""

    def __init__(self, projector: Projector, scope: Mapping[str, str]) -> None:
        super().__init__(scope)
        self._projector = projector

    def __missing__(self, key: str) -> str:
        self[key] = self._projector.var(key)
        return self[key]


class Projector:
    """Builds projections for one statement, sharing its parameters and variable names."""

    def __init__(self, builder: Builder) -> None:
        self.builder = builder

    def param(self, value: object) -> str:
        return self.builder.param(value)

    def var(self, prefix: str = "v") -> str:
        return self.builder.var(prefix)

    def project(self, type_name: str, scope: Mapping[str, str], selections: Iterable[Field | Fragment]) -> str:
        """A Cypher map literal holding the selected fields of the object bound to ``scope``."""
        spec = TYPES[type_name]
        fields = [f for f in fields_for(selections, (type_name, *spec.interfaces)) if not f.name.startswith("__")]
        by_alias = {name for name, s in spec.fields.items() if isinstance(s, Custom) and s.by_alias}
        entries: list[str] = []
        if spec.node:
            entries.append(f"`__labels`: labels({scope['n']})")
        for key, f in merged(fields, by_alias).items():
            entries.append(f"`{key}`: {self.value(type_name, f, scope)}")
        return "{" + ", ".join(entries) + "}"

    def value(self, type_name: str, f: Field, scope: Mapping[str, str]) -> str:
        spec = TYPES[type_name].fields[f.name]
        if isinstance(spec, Prop):
            return fill(spec.expr, _Fresh(self, scope))
        if isinstance(spec, Same):
            inner = {name: scope[outer] for name, outer in spec.bind.items()}
            projected = self.project(spec.target, inner, f.selections)
            if spec.nullable:
                return f"CASE WHEN {inner['n']} IS NULL THEN null ELSE {projected} END"
            return projected
        if isinstance(spec, Link):
            local = {**scope, "m": self.var("m"), "r": self.var("r")}
            inner = {name: local[outer] for name, outer in spec.bind.items()}
            projected = self.project(spec.target, inner, f.selections)
            order = f" ORDER BY {fill(spec.order, local)}" if spec.order else ""
            pattern = fill(spec.pattern, local)
            if spec.many:
                return f"COLLECT {{ MATCH {pattern} RETURN {projected}{order} LIMIT {NESTED_LIST_LIMIT} }}"
            return f"head(COLLECT {{ MATCH {pattern} RETURN {projected}{order} LIMIT 1 }})"
        return spec.handler(self, f, scope)
