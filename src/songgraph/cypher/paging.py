"""Keyset pagination (pure): page arguments, opaque cursors carrying a row's sort key, and the Cypher
condition that keeps the rows past a cursor.

A cursor is the URL-safe base64 of ``{"o": order, "k": [sort key values]}``: the row's position in one
list's order, never an offset. A page continues from that position whatever was inserted or deleted
since, and a page far down a list costs what the first does when an index provides the order.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from songgraph.cypher.builder import Builder
from songgraph.errors import BadUserInput, shorten

MAX_PAGE_SIZE = 100
# A real cursor is a few hundred characters at most (titles are bounded); anything longer is not ours.
MAX_CURSOR_LENGTH = 2000

Kind = Literal["str", "int", "date"]


@dataclass(frozen=True)
class Key:
    """One term of a list's order. ``expr`` names the row's variables in braces (``{n}.titleKey``).

    ``nulls`` says where rows without a value go ("last" or "first"), None when every row has one.
    """

    expr: str
    kind: Kind
    descending: bool = False
    nulls: Literal["first", "last"] | None = None


@dataclass(frozen=True)
class Order:
    """A list's total order (its last key is unique) and the name its cursors carry."""

    name: str
    keys: tuple[Key, ...]

    def exprs(self, names: Mapping[str, str]) -> list[str]:
        return [key.expr.format(**names) for key in self.keys]

    def order_by(self, names: Mapping[str, str], backwards: bool = False) -> str:
        """The ORDER BY items (without the keywords), reversed for a backwards page."""
        items = []
        for key, expr in zip(self.keys, self.exprs(names), strict=True):
            descending = key.descending != backwards
            if key.nulls is not None:
                nulls_last = (key.nulls == "last") != backwards
                items.append(f"{expr} IS NULL{'' if nulls_last else ' DESC'}")
            items.append(f"{expr}{' DESC' if descending else ''}")
        return ", ".join(items)

    def values(self, names: Mapping[str, str]) -> str:
        """A list expression of the row's sort key, which becomes its cursor."""
        return "[" + ", ".join(self.exprs(names)) + "]"


def encode_cursor(order: str, values: Sequence[Any]) -> str:
    plain = [value.isoformat() if isinstance(value, dt.date) else value for value in values]
    text = json.dumps({"o": order, "k": plain}, separators=(",", ":"), ensure_ascii=False)
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _value(raw: Any, key: Key) -> Any:
    if raw is None:
        if key.nulls is None:
            raise ValueError("null key")
        return None
    if key.kind == "int" and isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if key.kind == "str" and isinstance(raw, str):
        return raw
    if key.kind == "date" and isinstance(raw, str):
        return dt.date.fromisoformat(raw)
    raise ValueError("wrong type")


def decode_cursor(cursor: str, order: Order, field: str) -> tuple[Any, ...]:
    """The sort key a cursor of ``order`` carries; anything else is the client's mistake, named by ``field``."""
    problem = BadUserInput(f"'{shorten(cursor)}' is not a cursor of this list (ordered by {order.name})", field)
    if len(cursor) > MAX_CURSOR_LENGTH:
        raise problem
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        if base64.urlsafe_b64encode(raw).decode().rstrip("=") != cursor:
            raise ValueError("not canonical base64")
        data = json.loads(raw.decode())
        if not isinstance(data, dict) or set(data) != {"o", "k"} or data["o"] != order.name:
            raise ValueError("not ours")
        values = data["k"]
        if not isinstance(values, list) or len(values) != len(order.keys):
            raise ValueError("wrong length")
        return tuple(_value(value, key) for value, key in zip(values, order.keys, strict=True))
    except (binascii.Error, UnicodeDecodeError, ValueError, RecursionError):
        raise problem from None


@dataclass(frozen=True)
class Page:
    """``size`` rows from the start of the list (or from ``after``), or the last ``size`` rows before ``before``."""

    size: int
    backwards: bool = False
    after: tuple[Any, ...] | None = None
    before: tuple[Any, ...] | None = None

    @classmethod
    def parse(cls, arguments: Mapping[str, Any], order: Order, default: int, field: str) -> Page:
        first, last = arguments.get("first"), arguments.get("last")
        if first is not None and last is not None:
            raise BadUserInput("give first or last, not both", field)
        for name, value in (("first", first), ("last", last)):
            if value is not None and value < 0:
                raise BadUserInput(f"{name} must not be negative", f"{field}.{name}")
            if value is not None and value > MAX_PAGE_SIZE:
                raise BadUserInput(f"{name} must be at most {MAX_PAGE_SIZE}, got {value}", f"{field}.{name}")
        after, before = arguments.get("after"), arguments.get("before")
        return cls(
            size=last if last is not None else first if first is not None else default,
            backwards=last is not None,
            after=None if after is None else decode_cursor(after, order, f"{field}.after"),
            before=None if before is None else decode_cursor(before, order, f"{field}.before"),
        )

    def has_next(self, extra_row: bool) -> bool:
        """Whether rows follow the page: the extra row read, or the ``before`` cursor's row."""
        return self.before is not None if self.backwards else extra_row or self.before is not None

    def has_previous(self, extra_row: bool) -> bool:
        return extra_row or self.after is not None if self.backwards else self.after is not None


def _groups(order: Order, names: Mapping[str, str], cursor: Sequence[Any]) -> list[tuple[Key, list[str], list[Any]]]:
    """Runs of keys compared as one list (same direction, never null); a key with nulls stands alone."""
    groups: list[tuple[Key, list[str], list[Any]]] = []
    for key, expr, value in zip(order.keys, order.exprs(names), cursor, strict=True):
        last = groups[-1][0] if groups else None
        if last is not None and last.nulls is None and key.nulls is None and last.descending == key.descending:
            groups[-1][1].append(expr)
            groups[-1][2].append(value)
        else:
            groups.append((key, [expr], [value]))
    return groups


def _past(b: Builder, order: Order, names: Mapping[str, str], cursor: Sequence[Any], forward: bool) -> str:
    """Rows strictly past ``cursor`` when walking the order forward (or strictly before it, backwards).

    Values are compared as lists (``[a, b] > [$x, $y]``): the planner cannot split those into a union of
    index seeks, which would lose the index order that lets a page stop after its last row.
    """
    condition = "false"
    for key, exprs, values in reversed(_groups(order, names, cursor)):
        listed = "[" + ", ".join(exprs) + "]"
        if key.nulls is not None and values[0] is None:
            # The cursor is in the block of rows without a value, which comes after or before the rest.
            nulls_ahead = (key.nulls == "last") == forward
            past = (
                f"{exprs[0]} IS NULL AND ({condition})" if nulls_ahead else f"{exprs[0]} IS NOT NULL OR ({condition})"
            )
        else:
            op = ">" if key.descending != forward else "<"
            given = "[" + ", ".join(b.param(value) for value in values) + "]"
            past = f"{listed} {op} {given}"
            if condition != "false":
                past += f" OR ({listed} = {given} AND ({condition}))"
            if key.nulls is not None and (key.nulls == "last") == forward:
                past = f"{exprs[0]} IS NULL OR {past}"
        condition = past
    return condition


def seek(b: Builder, order: Order, names: Mapping[str, str], page: Page) -> list[str]:
    """Conditions keeping the rows between the page's cursors (none without cursors)."""
    conditions = []
    first, first_expr = order.keys[0], order.exprs(names)[0]
    for cursor, forward in ((page.after, True), (page.before, False)):
        if cursor is None:
            continue
        conditions.append(f"({_past(b, order, names, cursor, forward)})")
        if first.nulls is None:
            # Implied by the condition above, but in a form the planner turns into an index range seek.
            op = ">=" if first.descending != forward else "<="
            conditions.append(f"{first_expr} {op} {b.param(cursor[0])}")
    return conditions


@dataclass(frozen=True)
class Block:
    """Part of a list whose first key is all null or all set, with the order and page inside it."""

    condition: str
    order: Order
    page: Page


def _with_cursor(page: Page, side: str, cursor: tuple[Any, ...] | None) -> Page:
    return replace(page, after=cursor) if side == "after" else replace(page, before=cursor)


def blocks(order: Order, names: Mapping[str, str], page: Page) -> list[Block]:
    """An order whose first key has nulls, as its two blocks (rows with a value, rows without).

    No index holds nulls, and ``ORDER BY x IS NULL, x`` is not an index order; within each block the
    order is an index order again. A block wholly on the far side of a cursor is left out.
    """
    first, rest = order.keys[0], order.keys[1:]
    expr = order.exprs(names)[0]
    valued = Block(f"{expr} IS NOT NULL", Order(order.name, (replace(first, nulls=None), *rest)), page)
    unvalued = Block(f"{expr} IS NULL", Order(order.name, rest), page)
    nulls_last = first.nulls == "last"
    kept = []
    for block, is_null_block in ((valued, False), (unvalued, True)):
        block_page: Page | None = block.page
        for side in ("after", "before"):
            cursor = getattr(page, side)
            if cursor is None or block_page is None:
                continue
            in_null_block = cursor[0] is None
            if in_null_block == is_null_block:
                inner = cursor[1:] if is_null_block else cursor
                block_page = _with_cursor(block_page, side, inner)
                continue
            # The cursor is in the other block: this one lies wholly before or wholly after it.
            block_after_cursor = nulls_last == is_null_block
            wanted_after = side == "after"
            block_page = _with_cursor(block_page, side, None) if block_after_cursor == wanted_after else None
        if block_page is not None:
            kept.append(replace(block, page=block_page))
    return kept if nulls_last else kept[::-1]


def limit(b: Builder, page: Page) -> str:
    # One row beyond the page tells whether there is more without counting everything.
    return f"LIMIT {b.param(page.size + 1)}"


def rows_in_order(rows: Sequence[Any], page: Page) -> tuple[list[Any], bool]:
    """The page's rows in list order, and whether the extra row beyond it was read."""
    extra = len(rows) > page.size
    kept = list(rows[: page.size])
    if page.backwards:
        kept.reverse()
    return kept, extra
