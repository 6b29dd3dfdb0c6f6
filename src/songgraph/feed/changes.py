"""What a write changed, recorded in its own transaction: the one call every write path makes.

``record`` is the only way events enter the feed. It runs as the write's last statement, so the
feed's lock is held only for the moment before the commit, and an event exists exactly when its
write committed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from songgraph.cypher import feed
from songgraph.db import Transaction
from songgraph.errors import BadUserInput, shorten

if TYPE_CHECKING:
    from songgraph.cypher.write.facts import SongRows


class ChangeKind(StrEnum):
    """The kinds of object the feed reports; each value is the node's label."""

    SONG = "Song"
    PERSON = "Person"
    ALBUM = "Album"
    INTRODUCTION = "Introduction"


class ChangeOp(StrEnum):
    CREATED = "CREATED"
    UPDATED = "UPDATED"
    DELETED = "DELETED"


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    key: str
    op: ChangeOp


def created(kind: ChangeKind, keys: Iterable[str]) -> list[Change]:
    return [Change(kind, key, ChangeOp.CREATED) for key in keys]


def updated(kind: ChangeKind, keys: Iterable[str]) -> list[Change]:
    return [Change(kind, key, ChangeOp.UPDATED) for key in keys]


def deleted(kind: ChangeKind, keys: Iterable[str]) -> list[Change]:
    return [Change(kind, key, ChangeOp.DELETED) for key in keys]


async def record(tx: Transaction, changes: Sequence[Change], actor: str | None) -> None:
    """Appends ``changes`` to the feed inside ``tx`` (each object once, its first-listed change kept).

    Call it last in the transaction: it takes the feed's lock, which other writers wait for.
    """
    first: dict[tuple[ChangeKind, str], Change] = {}
    for change in changes:
        first.setdefault((change.kind, change.key), change)
    unique = list(first.values())
    if not unique:
        return
    events = [{"kind": change.kind.value, "key": change.key, "op": change.op.value} for change in unique]
    await tx.run(feed.record(events, actor))


@dataclass(frozen=True)
class Existing:
    songs: set[str]
    people: set[str]
    # (person id, name key) of the batch whose spelling already names that person (``bulk.people`` skips
    # the bare rows these make redundant).
    named: frozenset[tuple[str, str]] = frozenset()


async def existing(tx: Transaction, batch: Sequence[SongRows], songs: Iterable[str]) -> Existing:
    """Which people of ``batch`` are in the graph, read before a load or an import writes them, with ``songs``:
    those of its songs that are (the caller locked them, and knows)."""
    people = sorted({(row["id"], row["nameKey"]) for song in batch for row in song.people})
    (row,) = await tx.run(feed.existing(people))
    return Existing(set(songs), set(row["people"]), frozenset((person, key) for person, key in row["named"]))


def written(batch: Sequence[SongRows], before: Existing) -> list[Change]:
    """What writing ``batch`` changed: each song, new people, and the people it describes.

    A person only named (not described) by a file is left as it was when it exists, so that is no change.
    """
    changes = [
        Change(ChangeKind.SONG, song.id, ChangeOp.UPDATED if song.id in before.songs else ChangeOp.CREATED)
        for song in batch
    ]
    for song in batch:
        for row in song.people:
            if row["id"] not in before.people:
                changes.append(Change(ChangeKind.PERSON, row["id"], ChangeOp.CREATED))
            elif row["described"]:
                changes.append(Change(ChangeKind.PERSON, row["id"], ChangeOp.UPDATED))
    return changes


@dataclass(frozen=True)
class Event:
    """One committed change as the feed holds it, at ``seq`` in the feed of ``epoch``."""

    epoch: str
    seq: int
    kind: ChangeKind
    key: str
    op: ChangeOp
    actor: str | None
    at: dt.datetime

    @property
    def position(self) -> str:
        return encode_position(self.epoch, self.seq)

    @classmethod
    def from_row(cls, epoch: str, row: dict[str, Any]) -> Event:
        return cls(epoch, row["seq"], ChangeKind(row["kind"]), row["key"], ChangeOp(row["op"]), row["actor"], row["at"])


def encode_position(epoch: str, seq: int) -> str:
    """A position clients hand back as ``since``: the feed's epoch (a wiped graph starts a new one) and seq."""
    return f"{epoch}.{seq}"


def decode_position(value: str, field: str) -> tuple[str, int]:
    epoch, sep, seq = value.partition(".")
    if not sep or not epoch.isalnum() or not seq.isdecimal() or len(seq) > 18:
        raise BadUserInput(f"'{shorten(value)}' is not a position of the change feed", field)
    return epoch, int(seq)
