"""Parse and validate each distinct small document once: clients send the same few documents again and again.

Validation alone cost more Python time per request than everything else together. Only documents up to
``max_chars`` are kept, so the cache's memory stays small whatever clients send. What is worked out from a
kept document and a request's variables (its cost, its Cypher) is kept with it (``recall``, ``remember``),
and so are the completion functions compiled from it (``compiled``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson
from graphql import DefinitionNode, DocumentNode, GraphQLError
from strawberry.extensions import SchemaExtension


@dataclass
class _Entry:
    document: DocumentNode
    # None until the document has been validated once.
    errors: tuple[GraphQLError, ...] | None = None
    # What was worked out from the document and some variables (its cost, its Cypher), least recent first.
    derived: OrderedDict[Hashable, Any] = field(default_factory=OrderedDict)
    # What was compiled from the document alone (api/compiled.py), by selection: bounded by its size.
    compiled: dict[Hashable, Any] = field(default_factory=dict)


# A kept document, or one of its definitions (an operation), by which derived values are found.
Kept = DocumentNode | DefinitionNode


class DocumentCache:
    """A least-recently-used map from document text to its parse tree and validation errors."""

    def __init__(self, maxsize: int = 256, max_chars: int = 16_384, derived_per_document: int = 16) -> None:
        self.maxsize = maxsize
        self.max_chars = max_chars
        self.derived_per_document = derived_per_document
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        # The entry of each kept document and of each of its operations, by node identity (node, entry).
        self._by_node: dict[int, tuple[Kept, _Entry]] = {}

    def get(self, query: str | None) -> _Entry | None:
        if query is None:
            return None
        entry = self._entries.get(query)
        if entry is not None:
            self._entries.move_to_end(query)
        return entry

    def put(self, query: str, document: DocumentNode) -> None:
        if len(query) > self.max_chars or self.maxsize <= 0:
            return
        replaced = self._entries.get(query)
        if replaced is not None:
            self._forget(replaced)
        entry = self._entries[query] = _Entry(document)
        nodes: tuple[Kept, ...] = (document, *document.definitions)
        for node in nodes:
            self._by_node[id(node)] = (node, entry)
        while len(self._entries) > self.maxsize:
            self._forget(self._entries.popitem(last=False)[1])

    def _forget(self, entry: _Entry) -> None:
        for node in (entry.document, *entry.document.definitions):
            if self._by_node.get(id(node), (None,))[0] is node:
                del self._by_node[id(node)]

    def recall(self, node: Kept, key: Hashable) -> Any | None:
        """What was remembered for a kept document (or one of its operations) under ``key``; else None."""
        held = self._by_node.get(id(node))
        if held is None or held[0] is not node:
            return None
        value = held[1].derived.get(key)
        if value is not None:
            held[1].derived.move_to_end(key)
        return value

    def compiled(self, node: Kept) -> dict[Hashable, Any] | None:
        """The compiled selections of a kept document (or one of its operations); None when it is not kept."""
        held = self._by_node.get(id(node))
        if held is None or held[0] is not node:
            return None
        return held[1].compiled

    def remember(self, node: Kept, key: Hashable, value: Any) -> None:
        """Keeps ``value`` with a kept document (a document not kept, too long or evicted, keeps nothing)."""
        held = self._by_node.get(id(node))
        if held is None or held[0] is not node:
            return
        derived = held[1].derived
        derived[key] = value
        derived.move_to_end(key)
        while len(derived) > self.derived_per_document:
            derived.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)


class CachedDocuments(SchemaExtension):
    """Reuses a cached parse tree and validation result; Strawberry still parses and validates the rest.

    The schema, the parse options and the validation rules are fixed per schema, and each schema has its own
    cache, so the document text alone is the key.
    """

    def __init__(self, cache: DocumentCache) -> None:
        super().__init__()
        self.cache = cache

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        entry = self.cache.get(context.query)
        if entry is not None:
            context.graphql_document = entry.document
        yield
        if entry is None and context.query is not None and context.graphql_document is not None:
            self.cache.put(context.query, context.graphql_document)

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        if context.pre_execution_errors is not None:
            # An extension before this one has already refused the request: nothing is validated to keep.
            yield
            return
        entry = self.cache.get(context.query)
        usable = entry is not None and entry.document is context.graphql_document
        if entry is not None and usable and entry.errors is not None:
            context.pre_execution_errors = list(entry.errors)
        yield
        if entry is not None and usable and entry.errors is None:
            entry.errors = tuple(context.pre_execution_errors or ())


def canonical(values: Any) -> bytes | None:
    """Values (variables, a statement's parameters) in one form, keys sorted; None when one has no such form."""
    try:
        return orjson.dumps(values, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)
    except TypeError:
        return None


def variables_key(values: Any, max_bytes: int = 4_096) -> bytes | None:
    """Variables in one canonical form; None when they have none or are too long to be worth keeping."""
    text = canonical(values or {})
    return text if text is not None and len(text) <= max_bytes else None
