"""The change feed under load (`make bench-feed`): 1,000 subscribers on one API process.

Starts `songgraph serve` on a free port over the Neo4j that NEO4J_URI names, loads 1,000 songs for the
subscribers to watch, then measures, in order:

1. at rest: the server's CPU and memory with no subscriber, with one (the poll loop alone), then with
   1,000 idle WebSocket subscribers (each on `songChanged` of its own song): poll loop, pings, connections;
2. 50 writes/s for ``--seconds``, spread over the 1,000 songs: every write reaches its song's subscriber;
   commit-to-delivery latency (p50/p95), events lost, server CPU;
3. fan-out: 1,000 subscribers of one `changes` document and 2 writes/s: each write reaches all 1,000
   (they share one execution per event, see `songgraph.api.sharing`).

Latency runs from the writer's commit acknowledgement (the transaction returned) to the moment the
subscriber's client received the message; the writer and the clients run in this process, on the same
clock. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from collections.abc import Generator
from pathlib import Path
from typing import Any, cast

import websockets
from websockets.asyncio.client import ClientConnection
from websockets.typing import Subprotocol

from songgraph.config import Settings
from songgraph.curation.inputs import SongPatch
from songgraph.db import Database
from songgraph.ids import to_global_id
from songgraph.services.curation import Curator
from songgraph.services.loading import load_files
from tests.server import serve

SONGS = 1_000
SONG_QUERY = "subscription($id: ID!) { songChanged(id: $id) { position song { summary } } }"
CHANGES_QUERY = "subscription { changes(kinds: [SONG]) { position node { ... on Song { summary } } } }"


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def server_pid(port: int) -> int:
    """The `songgraph serve` process listening on ``port`` (a child of this process)."""
    me = os.getpid()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
            environ = (entry / "environ").read_bytes()
        except OSError:
            continue
        parent = next(line.split()[1] for line in status.splitlines() if line.startswith("PPid:"))
        if int(parent) == me and f"SONGGRAPH_PORT={port}".encode() in environ:
            return int(entry.name)
    raise RuntimeError("the API process was not found")


async def measure_cpu(pid: int, seconds: float) -> float:
    """Percent of one core the process used over ``seconds``."""
    before, start = cpu_seconds(pid), time.monotonic()
    await asyncio.sleep(seconds)
    return 100 * (cpu_seconds(pid) - before) / (time.monotonic() - start)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


class Subscriber:
    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.received: list[tuple[float, dict[str, Any]]] = []

    async def run(self) -> None:
        try:
            async for raw in self.ws:
                now = time.time()
                message = json.loads(raw)
                if message["type"] == "ping":
                    await self.ws.send('{"type":"pong"}')
                elif message["type"] == "next":
                    self.received.append((now, message["payload"]))
        except websockets.ConnectionClosed:
            return


async def open_subscribers(url: str, documents: list[tuple[str, dict[str, Any]]]) -> list[Subscriber]:
    async def one(query: str, variables: dict[str, Any]) -> Subscriber:
        ws = await websockets.connect(url, subprotocols=[Subprotocol("graphql-transport-ws")], max_queue=None)
        await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": query, "variables": variables}}))
        return Subscriber(ws)

    subscribers: list[Subscriber] = []
    for start in range(0, len(documents), 100):
        subscribers += await asyncio.gather(*(one(q, v) for q, v in documents[start : start + 100]))
    return subscribers


async def write_at(curator: Curator, rate: float, seconds: float, songs: list[str], tag: str) -> dict[str, float]:
    """Writes ``rate`` summaries a second for ``seconds`` (a few writers at once); summary -> commit time."""
    committed: dict[str, float] = {}
    total = int(rate * seconds)
    start = time.monotonic()

    async def writer(offset: int, step: int) -> None:
        for n in range(offset, total, step):
            delay = start + n / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            summary = f"{tag}-{n}"
            await curator.update_song(to_global_id("Song", songs[n % len(songs)]), SongPatch(summary=summary), None)
            committed[summary] = time.time()

    await asyncio.gather(*(writer(offset, 4) for offset in range(4)))
    return committed


def latencies(subscribers: list[Subscriber], committed: dict[str, float], field: str) -> tuple[list[float], int]:
    seen: list[float] = []
    count = 0
    for subscriber in subscribers:
        for received, payload in subscriber.received:
            value = (payload.get("data") or {}).get(field) or {}
            node = value.get("song") or value.get("node") or {}
            summary = node.get("summary")
            if summary in committed:
                seen.append(max(0.0, received - committed[summary]) * 1000)
                count += 1
    return seen, count


async def drained(subscribers: list[Subscriber], quiet: float = 3.0, limit: float = 90.0) -> None:
    """Waits until no subscriber has received anything for ``quiet`` seconds (at most ``limit``)."""
    last, since, start = -1, time.monotonic(), time.monotonic()
    while time.monotonic() - start < limit:
        total = sum(len(s.received) for s in subscribers)
        if total != last:
            last, since = total, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return
        await asyncio.sleep(0.2)


def songs_dir(folder: Path) -> list[str]:
    ids = []
    for n in range(SONGS):
        title = f"Feed Bench {n:04d}"
        (folder / f"{n:04d}.yaml").write_text(f"title: {title}\nartists: [Bench Singer {n % 50}]\n", encoding="utf-8")
        ids.append(f"feed-bench-{n:04d}")
    return ids


async def bench(base: str, settings: Settings, seconds: float) -> None:
    port = int(base.rsplit(":", 1)[1])
    pid = server_pid(port)
    url = base.replace("http://", "ws://") + "/graphql"
    db = Database.connect(settings)
    curator = Curator(db, "bench")
    try:
        with tempfile.TemporaryDirectory() as folder:
            songs = songs_dir(Path(folder))
            report = await load_files(db, [Path(folder)])
            assert report.ok, report.failed[:3]
        rss_empty = rss_mb(pid)
        cpu_empty = await measure_cpu(pid, 10)
        print(f"at rest, no subscriber: CPU {cpu_empty:.2f}% of a core, RSS {rss_empty:.0f} MB")

        # The poll loop alone: one idle subscriber keeps it running (5 statements a second by default).
        (lone,) = await open_subscribers(url, [(SONG_QUERY, {"id": to_global_id("Song", songs[0])})])
        lone_reader = asyncio.create_task(lone.run())
        await asyncio.sleep(2)
        cpu_poll = await measure_cpu(pid, 20)
        print(f"at rest, 1 idle subscriber (the poll loop running): CPU {cpu_poll:.2f}% of a core")
        await lone.ws.close()
        lone_reader.cancel()

        documents = [(SONG_QUERY, {"id": to_global_id("Song", song)}) for song in songs]
        subscribers = await open_subscribers(url, documents)
        readers = [asyncio.create_task(s.run()) for s in subscribers]
        await asyncio.sleep(3)
        rss_idle = rss_mb(pid)
        cpu_idle = await measure_cpu(pid, 20)
        print(
            f"at rest, {len(subscribers)} idle subscribers: CPU {cpu_idle:.2f}% of a core, RSS {rss_idle:.0f} MB "
            f"(+{rss_idle - rss_empty:.0f} MB for the subscribers)"
        )

        cpu_task = asyncio.create_task(measure_cpu(pid, seconds))
        committed = await write_at(curator, 50, seconds, songs, "load")
        cpu_busy = await cpu_task
        await drained(subscribers)
        seen, count = latencies(subscribers, committed, "songChanged")
        print(
            f"50 writes/s for {seconds:g} s over {len(songs)} songs, one subscriber each: {len(committed)} writes, "
            f"{count} delivered, {len(committed) - count} lost; latency p50 {percentile(seen, 0.5):.0f} ms, "
            f"p95 {percentile(seen, 0.95):.0f} ms, max {max(seen, default=0):.0f} ms; server CPU {cpu_busy:.1f}%, "
            f"RSS {rss_mb(pid):.0f} MB"
        )
        for subscriber in subscribers:
            await subscriber.ws.close()
        for task in readers:
            task.cancel()

        fanout = await open_subscribers(url, [(CHANGES_QUERY, {})] * SONGS)
        readers = [asyncio.create_task(s.run()) for s in fanout]
        await asyncio.sleep(3)
        cpu_task = asyncio.create_task(measure_cpu(pid, seconds))
        committed = await write_at(curator, 2, seconds, songs, "fanout")
        cpu_fan = await cpu_task
        await drained(fanout)
        seen, count = latencies(fanout, committed, "changes")
        expected = len(committed) * len(fanout)
        print(
            f"fan-out, {len(fanout)} subscribers of changes, 2 writes/s for {seconds:g} s: {expected} deliveries "
            f"expected, {count} made, {expected - count} lost; latency p50 {percentile(seen, 0.5):.0f} ms, "
            f"p95 {percentile(seen, 0.95):.0f} ms, max {max(seen, default=0):.0f} ms; server CPU {cpu_fan:.1f}%"
        )
        for subscriber in fanout:
            await subscriber.ws.close()
        for task in readers:
            task.cancel()
    finally:
        await db.close()


def load_average() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=30.0, help="length of each loaded phase (default 30)")
    args = parser.parse_args(argv)
    settings = Settings.from_env(os.environ)
    env = {"SONGGRAPH_MAX_SUBSCRIPTION_CONNECTIONS": str(SONGS + 100)}
    print(f"{os.cpu_count()} cores, load average {load_average()} at the start")
    with tempfile.TemporaryDirectory() as folder:
        # The server's log goes to a file: a pipe nobody reads would fill up and stall it.
        servers = cast(Generator[str, None, None], serve(settings.neo4j_uri, env=env, log=Path(folder) / "server.log"))
        base = next(servers)
        try:
            asyncio.run(bench(base, settings, args.seconds))
        finally:
            servers.close()
    print(f"load average {load_average()} at the end; this process used {time.process_time():.0f} s of CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
