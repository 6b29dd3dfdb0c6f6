"""Parse and validate each distinct small document once: clients send the same few documents again and again.

Validation alone cost more Python time per request than everything else together. Only documents up to
``max_chars`` are kept, so the cache's memory stays small whatever clients send.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass

from graphql import DocumentNode, GraphQLError
from strawberry.extensions import SchemaExtension


@dataclass
class _Entry:
    document: DocumentNode
    # None until the document has been validated once.
    errors: tuple[GraphQLError, ...] | None = None


class DocumentCache:
    """A least-recently-used map from document text to its parse tree and validation errors."""

    def __init__(self, maxsize: int = 256, max_chars: int = 16_384) -> None:
        self.maxsize = maxsize
        self.max_chars = max_chars
        self._entries: OrderedDict[str, _Entry] = OrderedDict()

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
        self._entries[query] = _Entry(document)
        while len(self._entries) > self.maxsize:
            self._entries.popitem(last=False)

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
