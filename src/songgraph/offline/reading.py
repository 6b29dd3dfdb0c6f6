"""Songs read, checked and turned into images in a process of their own, while this one gathers them.

Reading (a YAML file, a generated document) and mapping a song costs about as much Python as folding it
into the store's graph; on two cores the offline import does both at once. The reading process sends its
songs in order, a batch at a time, through a pipe whose buffer bounds how far it runs ahead.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
import traceback
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from typing import Any

from songgraph.cypher.bulk import song_image
from songgraph.cypher.write.facts import SongRows
from songgraph.cypher.write.image import Image
from songgraph.ingest.files import DataFileError

# What a song source gives: where the song comes from, and how to read it (DataFileError if it cannot be).
Item = tuple[Any, Callable[[], SongRows]]
# What the reading sends per song: the source, and the song's id and image, or why it could not be read.
Read = tuple[Any, str, Image] | tuple[Any, None, str]

_BATCH = 200
_COLLECT_EVERY = 20_000


class _Failed:
    def __init__(self, trace: str) -> None:
        self.trace = trace


def _read(items: Callable[[], Iterator[Item]], out: Connection) -> None:
    # Ctrl-C reaches the whole process group: the gathering process handles it, and this one ends when the
    # pipe closes.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Mapping makes next to no cycles; the collector's passes over the reading's objects cost a third of it.
    gc.disable()
    try:
        batch: list[Read] = []
        for count, (source, read) in enumerate(items(), start=1):
            try:
                rows = read()
                batch.append((source, rows.id, song_image(rows)))
            except DataFileError as error:
                batch.append((source, None, str(error)))
            if len(batch) >= _BATCH:
                out.send(batch)
                batch = []
            if count % _COLLECT_EVERY == 0:
                gc.collect()
        out.send(batch)
        out.send(None)
    except (BrokenPipeError, EOFError):
        return
    except BaseException:
        out.send(_Failed(traceback.format_exc()))
    finally:
        out.close()


def read_here(items: Iterator[Item]) -> Iterator[Read]:
    """``read_elsewhere`` in this process."""
    for source, read in items:
        try:
            rows = read()
        except DataFileError as error:
            yield source, None, str(error)
        else:
            yield source, rows.id, song_image(rows)


def read_elsewhere(items: Callable[[], Iterator[Item]]) -> Iterator[Read]:
    """The songs of ``items()`` (a picklable function: it runs in the other process), read and mapped there."""
    # Spawned, not forked: the caller may hold threads (an event loop, the driver's) that a fork would copy.
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=_read, args=(items, sending), daemon=True)
    process.start()
    sending.close()
    try:
        while True:
            try:
                message = receiving.recv()
            except EOFError:
                raise RuntimeError(f"the reading process ended (exit code {process.exitcode})") from None
            if message is None:
                return
            if isinstance(message, _Failed):
                raise RuntimeError(f"the reading process failed:\n{message.trace}")
            yield from message
    finally:
        receiving.close()
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join()
