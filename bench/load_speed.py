"""Times ``build_store`` (the project's bulk loader) on N synthetic songs into the store at ``NEO4J_URI``.

Run it on an empty, migrated store, under ``/usr/bin/time -v`` for the peak RSS:

    /usr/bin/time -v .venv/bin/python bench/load_speed.py --songs 100000 --neo4j-pid "$(cat DATA/neo4j.pid)"

With ``--new-store DIR`` it times ``songgraph load --new-store`` instead (Neo4j's offline importer into a new
store in DIR, then the schema and rankings on it), with no Neo4j needed beforehand.

It prints the wall time, songs a second, and the CPU seconds of the loader (``getrusage``) and, given its pid,
of the Neo4j process (``/proc/PID/stat``), each per song. ``--statements`` adds the wall time spent in each
kind of statement (its first line), measured around ``Transaction.run``.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import os
import resource
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from store import build_store
from synthetic import song_items, stream

from songgraph.config import Settings
from songgraph.db import Database, Transaction
from songgraph.services.loading import BATCH_SIZE
from songgraph.services.offline import build_new_store


def _neo4j_cpu(pid: int | None) -> float:
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    # utime and stime are fields 14 and 15 of the file (11 and 12 after the command name).
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _loader_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _time_statements(spent: dict[str, list[float]], pid: int | None) -> None:
    """Wall and Neo4j CPU seconds of each kind of statement, and of the rest of each transaction (its commit
    and the Python between statements)."""
    run, transact = Transaction.run, Database.transact

    async def timed_run(self: Transaction, statement: Any) -> list[dict[str, Any]]:
        start, cpu = time.perf_counter(), _neo4j_cpu(pid)
        try:
            return await run(self, statement)
        finally:
            lines = [
                line for line in statement.cypher.strip().splitlines() if not line.startswith(("UNWIND", "CYPHER"))
            ]
            totals = spent[lines[0][:60] if lines else "?"]
            totals[0] += time.perf_counter() - start
            totals[1] += _neo4j_cpu(pid) - cpu

    async def timed_transact(self: Database, work: Any) -> Any:
        start, cpu = time.perf_counter(), _neo4j_cpu(pid)
        before = [sum(totals[i] for totals in spent.values()) for i in (0, 1)]
        try:
            return await transact(self, work)
        finally:
            totals = spent["(commit, Python between statements)"]
            after = [sum(t[i] for t in spent.values()) for i in (0, 1)]
            totals[0] += time.perf_counter() - start - (after[0] - before[0])
            totals[1] += _neo4j_cpu(pid) - cpu - (after[1] - before[1])

    Transaction.run = timed_run  # type: ignore[method-assign]
    Database.transact = timed_transact  # type: ignore[method-assign]


def _new_store(home: Path, songs: int) -> None:
    """Times ``build_new_store`` (``songgraph load --new-store``) from the first document to a served store."""
    started = time.perf_counter()

    def step(what: str) -> None:
        print(f"  {time.perf_counter() - started:7.1f} s  {what}", flush=True)

    # Generated and mapped in a process of their own, as `load --new-store` reads files.
    report = build_new_store(home, functools.partial(song_items, songs), on_step=step)
    seconds = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    phases = ", ".join(f"{name} {value:.1f} s" for name, value in report.seconds.items())
    print(
        f"{report.committed} songs into a new store in {seconds:.1f} s = {report.committed / seconds:.0f} songs/s "
        f"({phases}); {report.nodes:,} nodes, {report.relationships:,} relationships, {len(report.failed)} refused; "
        f"loader CPU {own.ru_utime + own.ru_stime:.1f} s, peak RSS {own.ru_maxrss / 1024:.0f} MB; importer CPU "
        f"{children.ru_utime + children.ru_stime:.1f} s; load average {os.getloadavg()[0]:.1f}"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--songs", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=BATCH_SIZE, help="songs per transaction")
    parser.add_argument("--neo4j-pid", type=int, default=None)
    parser.add_argument("--statements", action="store_true", help="time each kind of statement")
    parser.add_argument(
        "--new-store", metavar="DIR", help="build a new store in DIR offline (load --new-store) instead of loading"
    )
    args = parser.parse_args()
    if args.new_store:
        # It runs its own event loop for the store's last steps: not inside this one.
        await asyncio.to_thread(_new_store, Path(args.new_store), args.songs)
        return
    spent: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    if args.statements:
        _time_statements(spent, args.neo4j_pid)
    db = Database.connect(Settings.from_env(os.environ))
    try:
        neo4j_before, loader_before = _neo4j_cpu(args.neo4j_pid), _loader_cpu()
        report = await build_store(db, stream(args.songs), batch_size=args.batch)
        neo4j_cpu = _neo4j_cpu(args.neo4j_pid) - neo4j_before
        loader_cpu = _loader_cpu() - loader_before
    finally:
        await db.close()
    per_song = 1000 / report.songs
    print(
        f"{report.songs} songs in {report.seconds:.1f} s = {report.songs / report.seconds:.0f} songs/s, "
        f"{report.transactions} transactions; CPU a song: Neo4j {neo4j_cpu * per_song:.2f} ms, "
        f"loader {loader_cpu * per_song:.2f} ms; load average {os.getloadavg()[0]:.1f}"
    )
    if spent:
        print("  wall s   Neo4j CPU ms a song   statement")
    for line, (wall, cpu) in sorted(spent.items(), key=lambda item: -item[1][0]):
        print(f"  {wall:6.1f}   {cpu * per_song:5.3f}   {line}")


if __name__ == "__main__":
    asyncio.run(main())
