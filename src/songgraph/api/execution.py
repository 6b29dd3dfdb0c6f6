"""Completes projected records without graphql-core's per-field machinery for plain fields.

A root field's one statement returns the whole selection as nested maps, so below the root almost every
field is a plain read of a key. graphql-core still runs each of them through its general path: a resolve
info, a resolver call through Strawberry's wrapper, and a chain of type checks per value, which on a
large answer (thousands of credits) costs more than the query itself and holds the event loop while it
runs. This execution context completes the plain fields of a map directly, by the same rules (non-null
checks, leaf coercion, error locations and null propagation through ``handle_field_error``), and hands
everything else — fields with resolvers, abstract types, deferred fragments, non-map sources — to
graphql-core unchanged.

Faster still, a selection of a document the schema's cache keeps is compiled once into a function that
builds the whole answer of an object (api/compiled.py); this path stays as the one that completes what a
compiled function refuses (a broken record, a long list) and reports its errors.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from typing import Any

from graphql import (
    GraphQLAbstractType,
    GraphQLField,
    GraphQLID,
    GraphQLLeafType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLString,
    get_named_type,
)
from graphql.execution.collect_fields import FieldDetails
from graphql.pyutils import Path
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from songgraph.api.compiled import (
    Completion,
    NotCompilable,
    compilable_operation,
    compile_selection,
    is_plain,
    selection_key,
)

FieldDetailsList = list[FieldDetails]

# Lists longer than this are completed a slice of time at a time (``ProjectedExecution.slice_seconds``), so
# that one large answer cannot hold the event loop, and every other request with it, until it is done.
SLICED_LIST_LENGTH = 64

# How a response key of an object type is completed.
_PLAIN = 0  # a key of the record, completed here
_TYPENAME = 1
_RESOLVED = 2  # a field with a resolver of its own: graphql-core's execute_field
# The key under which a document's compiled store says whether an operation's selections can be compiled at all
# (with the operation's name: a document may hold several).
_COMPILABLE = "compilable"


class _Entry:
    __slots__ = ("composite", "details", "field", "key", "kind", "leaf", "name", "parent", "subfields", "text", "type")

    def __init__(
        self, parent: str, key: str, name: str, kind: int, field: GraphQLField | None, details: FieldDetailsList
    ) -> None:
        self.parent = parent
        self.key = key
        self.name = name
        self.kind = kind
        self.field = field
        self.type: GraphQLOutputType | None = field.type if field else None
        # Only objects (and resolvers) can complete to an awaitable; leaves never need the check.
        named = get_named_type(field.type) if field is not None else None
        self.composite = kind == _RESOLVED or (named is not None and not isinstance(named, GraphQLLeafType))
        self.details = details
        # A scalar or enum field (the most common by far) is completed inline, without the recursion.
        inner = field.type.of_type if field is not None and isinstance(field.type, GraphQLNonNull) else None
        bare = inner if inner is not None else (field.type if field is not None else None)
        self.leaf: GraphQLLeafType | None = bare if isinstance(bare, GraphQLLeafType) else None
        # A String or ID field holding a str is its own serialisation (graphql-core would return it as is).
        self.text = bare is GraphQLString or bare is GraphQLID
        # The sub-selection of an object type (the last one seen): every item of a list has the same.
        self.subfields: tuple[GraphQLObjectType, Any, Any] | None = None


class ProjectedExecution(StrawberryGraphQLCoreExecutionContext):
    """graphql-core's executor with a direct path for the plain fields of projected maps."""

    slice_seconds = 0.002

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Strawberry always passes a middleware manager; the direct path is right only when it wraps nothing.
        manager = self.middleware_manager
        self._direct = manager is None or manager.get_field_resolver(is_plain) is is_plain
        # Keyed by the identity of graphql-core's memoized grouped field sets, kept alive beside the plan.
        self._plans: dict[int, tuple[object, list[_Entry] | None]] = {}
        self._completions: dict[int, tuple[object, Completion | None]] = {}
        self._compiled = self._compiled_store()

    def _compiled_store(self) -> dict[Any, Any] | None:
        """Where this document's compiled selections are kept: with the document in the schema's cache, when
        it is kept there and nothing in it depends on the variables; else None (nothing is compiled)."""
        documents = getattr(getattr(self.schema, "_strawberry_schema", None), "documents", None)
        if documents is None or not self._direct:
            return None
        store = documents.compiled(self.operation)
        if store is None:
            return None
        key = (_COMPILABLE, self.operation.name.value if self.operation.name else None)
        compilable = store.get(key)
        if compilable is None:
            compilable = store[key] = compilable_operation(self.operation, self.fragments)
        return store if compilable else None

    def execute_fields(
        self,
        parent_type: GraphQLObjectType,
        source_value: Any,
        path: Path | None,
        grouped_field_set: Any,
        position_context: Any,
    ) -> Any:
        if type(source_value) is not dict or not self._direct or path is None:
            return super().execute_fields(parent_type, source_value, path, grouped_field_set, position_context)
        completion = self._completion(parent_type, grouped_field_set)
        if completion is not None:
            try:
                return completion(source_value)
            except Exception:  # not what the selection expects: the plan below completes it and says why
                pass
        plan = self._plan(parent_type, grouped_field_set)
        if plan is None:
            return super().execute_fields(parent_type, source_value, path, grouped_field_set, position_context)
        return self._object(parent_type, source_value, path, plan, position_context)

    def complete_iterable_value(
        self,
        item_type: GraphQLOutputType,
        field_details_list: FieldDetailsList,
        info: Any,
        path: Path,
        items: Any,
        position_context: Any,
    ) -> Any:
        # A list of records under a field with a resolver (a root field's hits): one compiled call per
        # record instead of graphql-core's completion of each item.
        completed = self._compiled_list(item_type, field_details_list, items)
        if completed is not None:
            return completed
        return super().complete_iterable_value(item_type, field_details_list, info, path, items, position_context)

    def _compiled_list(self, item_type: GraphQLOutputType, details: FieldDetailsList, items: Any) -> list[Any] | None:
        """The list completed by its items' compiled function; None when it cannot be, or an item is not what
        the function expects (graphql-core then completes the list and reports why)."""
        if self._compiled is None or type(items) is not list or len(items) > SLICED_LIST_LENGTH:
            return None
        non_null = isinstance(item_type, GraphQLNonNull)
        object_type = item_type.of_type if isinstance(item_type, GraphQLNonNull) else item_type
        # A type with is_type_of checks each record first; graphql-core does that.
        if not isinstance(object_type, GraphQLObjectType) or object_type.is_type_of is not None:
            return None
        grouped, deferred, *_ = self.collect_subfields(object_type, details)
        completion = None if deferred else self._completion(object_type, grouped)
        if completion is None:
            return None
        try:
            if non_null:
                return [completion(item) for item in items]
            return [None if item is None else completion(item) for item in items]
        except Exception:  # not what the selection expects: graphql-core completes it and says why
            return None

    def _completion(self, parent_type: GraphQLObjectType, grouped_field_set: Any) -> Completion | None:
        held = self._completions.get(id(grouped_field_set))
        if held is not None:
            return held[1]
        completion: Completion | None = None
        store = self._compiled
        if store is not None:
            key = selection_key(parent_type, grouped_field_set)
            if key in store:
                completion = store[key]
            else:
                try:
                    completion = compile_selection(parent_type, grouped_field_set, self._subfields, SLICED_LIST_LENGTH)
                except NotCompilable:
                    completion = None
                store[key] = completion
        self._completions[id(grouped_field_set)] = (grouped_field_set, completion)
        return completion

    def _subfields(self, object_type: GraphQLObjectType, details: FieldDetailsList) -> Any:
        grouped, deferred, *_ = self.collect_subfields(object_type, details)
        if deferred:
            raise NotCompilable
        return grouped

    def _plan(self, parent_type: GraphQLObjectType, grouped_field_set: Any) -> list[_Entry] | None:
        cached = self._plans.get(id(grouped_field_set))
        if cached is not None:
            return cached[1]
        entries: list[_Entry] = []
        plan: list[_Entry] | None = entries
        for key, details in grouped_field_set.items():
            name = details[0].node.name.value
            field = parent_type.fields.get(name)
            if name == "__typename":
                entry = _Entry(parent_type.name, key, name, _TYPENAME, None, details)
            elif field is None or inspect.iscoroutinefunction(field.resolve):
                # Unknown fields are graphql-core's to skip; nested async resolvers keep its concurrent path.
                plan = None
                break
            else:
                entry = _Entry(parent_type.name, key, name, _PLAIN if is_plain(field) else _RESOLVED, field, details)
            entries.append(entry)
        self._plans[id(grouped_field_set)] = (grouped_field_set, plan)
        return plan

    def _object(
        self, parent_type: GraphQLObjectType, source: dict[str, Any], path: Path, plan: list[_Entry], context: Any
    ) -> Any:
        results: dict[str, Any] = {}
        pending: list[str] = []
        for entry in plan:
            field_path = Path(path, entry.key, parent_type.name)
            value: Any
            if entry.kind == _PLAIN:
                try:
                    raw = source[entry.name]
                    if entry.text and type(raw) is str:
                        value = raw
                    elif entry.leaf is not None and raw is not None:
                        value = self.complete_leaf_value(entry.leaf, raw)
                    else:
                        value = self._value(entry.type, entry, parent_type, field_path, raw, context)  # type: ignore[arg-type]
                except Exception as error:  # located and propagated as graphql-core does
                    self.handle_field_error(error, entry.type, entry.details, field_path)  # type: ignore[arg-type]
                    value = None
            elif entry.kind == _TYPENAME:
                value = parent_type.name
            else:
                value = self.execute_field(parent_type, source, entry.details, field_path, context)
            if entry.composite and value is not None and self.is_awaitable(value):
                if entry.kind == _PLAIN:
                    value = self._guarded(value, entry.type, entry.details, field_path)  # type: ignore[arg-type]
                pending.append(entry.key)
            results[entry.key] = value
        if not pending:
            return results
        return self._settle(results, pending)

    async def _settle(self, results: dict[str, Any], pending: list[str]) -> dict[str, Any]:
        for key in pending:
            results[key] = await results[key]
        return results

    def _value(
        self,
        return_type: GraphQLOutputType,
        entry: _Entry,
        parent_type: GraphQLObjectType,
        path: Path,
        value: Any,
        context: Any,
    ) -> Any:
        if isinstance(return_type, GraphQLNonNull):
            completed = self._value(return_type.of_type, entry, parent_type, path, value, context)
            if completed is None:
                raise TypeError(f"Cannot return null for non-nullable field {parent_type.name}.{entry.name}.")
            return completed
        if value is None:
            return None
        if isinstance(return_type, GraphQLList):
            return self._list(return_type.of_type, entry, parent_type, path, value, context)
        if isinstance(return_type, GraphQLLeafType):
            return self.complete_leaf_value(return_type, value)
        if isinstance(return_type, GraphQLAbstractType) or type(value) is not dict:
            return self._general(return_type, entry, parent_type, path, value, context)
        object_type = return_type
        is_type_of: Any = object_type.is_type_of
        if is_type_of is not None and not (getattr(is_type_of, "reads_record_only", False) and is_type_of(value, None)):
            return self._general(return_type, entry, parent_type, path, value, context)
        subfields = entry.subfields
        if subfields is None or subfields[0] is not object_type:
            grouped, deferred, *_ = self.collect_subfields(object_type, entry.details)
            subfields = entry.subfields = (object_type, grouped, deferred)
        _, grouped, deferred = subfields
        if deferred:
            return self._general(return_type, entry, parent_type, path, value, context)
        return self.execute_fields(object_type, value, path, grouped, context)

    def _general(
        self,
        return_type: GraphQLOutputType,
        entry: _Entry,
        parent_type: GraphQLObjectType,
        path: Path,
        value: Any,
        context: Any,
    ) -> Any:
        """graphql-core's own completion of one value, with the resolve info it needs."""
        assert entry.field is not None
        info = self.build_resolve_info(entry.field, [d.node for d in entry.details], parent_type, path)
        return self.complete_value(return_type, entry.details, info, path, value, context)

    def _list(
        self,
        item_type: GraphQLOutputType,
        entry: _Entry,
        parent_type: GraphQLObjectType,
        path: Path,
        values: Any,
        context: Any,
    ) -> Any:
        if type(values) is not list:
            # Other iterables, and values that are not lists at all, take graphql-core's own path.
            return self._general(GraphQLList(item_type), entry, parent_type, path, values, context)
        inner = item_type.of_type if isinstance(item_type, GraphQLNonNull) else item_type
        if isinstance(inner, GraphQLLeafType):
            return [self._leaf_item(item_type, inner, entry, path, index, item) for index, item in enumerate(values)]
        if len(values) > SLICED_LIST_LENGTH:
            return self._sliced(item_type, entry, parent_type, path, values, context)
        out: list[Any] = []
        pending = False
        for index, item in enumerate(values):
            completed = self._item(item_type, entry, parent_type, path, index, item, context)
            if completed is not None and self.is_awaitable(completed):
                pending = True
            out.append(completed)
        if pending:
            return self._settle_list(out)
        return out

    def _leaf_item(
        self, item_type: GraphQLOutputType, leaf: GraphQLLeafType, entry: _Entry, path: Path, index: int, item: Any
    ) -> Any:
        try:
            if item is None:
                if isinstance(item_type, GraphQLNonNull):
                    raise TypeError(f"Cannot return null for non-nullable field {entry.parent}.{entry.name}.")
                return None
            return self.complete_leaf_value(leaf, item)
        except Exception as error:  # as graphql-core's complete_list_item_value
            self.handle_field_error(error, item_type, entry.details, Path(path, index, None))
            return None

    def _item(
        self,
        item_type: GraphQLOutputType,
        entry: _Entry,
        parent_type: GraphQLObjectType,
        path: Path,
        index: int,
        item: Any,
        context: Any,
    ) -> Any:
        item_path = Path(path, index, None)
        try:
            completed = self._value(item_type, entry, parent_type, item_path, item, context)
        except Exception as error:  # as graphql-core's complete_list_item_value
            self.handle_field_error(error, item_type, entry.details, item_path)
            return None
        if completed is not None and self.is_awaitable(completed):
            return self._guarded(completed, item_type, entry.details, item_path)
        return completed

    async def _sliced(
        self,
        item_type: GraphQLOutputType,
        entry: _Entry,
        parent_type: GraphQLObjectType,
        path: Path,
        values: list[Any],
        context: Any,
    ) -> list[Any]:
        """A long list completed a slice at a time, giving the event loop back between slices."""
        out: list[Any] = []
        since = time.perf_counter()
        for index, item in enumerate(values):
            completed = self._item(item_type, entry, parent_type, path, index, item, context)
            if completed is not None and self.is_awaitable(completed):
                completed = await completed
            out.append(completed)
            if time.perf_counter() - since >= self.slice_seconds:
                await asyncio.sleep(0)
                since = time.perf_counter()
        return out

    async def _guarded(
        self, awaitable: Any, return_type: GraphQLOutputType, details: FieldDetailsList, path: Path
    ) -> Any:
        """An awaited completion whose error is located and propagated like a synchronous one."""
        try:
            return await awaitable
        except Exception as error:
            self.handle_field_error(error, return_type, details, path)
            return None

    async def _settle_list(self, items: list[Any]) -> list[Any]:
        return [await item if self.is_awaitable(item) else item for item in items]
