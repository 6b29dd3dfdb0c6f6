"""`make soak`: hostile documents, unfair clients and Neo4j outages against a real server, with figures.

Starts its own Neo4j (scripts/neo4j.sh, on --port) and `songgraph serve`, loads a synthetic catalogue
(bench/synthetic.py), then measures, each phase bounded in time and on loopback only:

1. hostile documents: status, code and server time of each;
2. fairness: a well-behaved client's p95 on an idle server, then while 16 clients send expensive documents;
3. outages: Neo4j paused (SIGSTOP) and killed (SIGKILL) during queries, during a load and during a page
   import: how fast and with which code each request is answered, whether the API recovers without a
   restart, and whether anything was half-written.

It ends with a table of the goals of issue 11 and whether each was met; the exit status is 0 either way
unless the harness itself failed (the table is the result).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import hashlib
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from parse_pages import CONTEXTS, FIXTURES, SHAPES, scaled
from synthetic import Catalogue, generate

from songgraph.config import Settings
from songgraph.cypher.bulk import song_statements
from songgraph.cypher.statement import Statement
from songgraph.db import BudgetExceeded, Database, DatabaseUnavailable, WriteRejected

ROOT = Path(__file__).resolve().parents[1]
NEO4J_SH = ROOT / "scripts" / "neo4j.sh"
PAGE = ROOT / "tests" / "fixtures" / "pages" / "quiet-harbour.txt"
HOSTILE_CLIENTS = 16
READ_TIMEOUT = 5.0
RETRY_SECONDS = 15


def token_entry(name: str, scope: str) -> tuple[str, str]:
    """A secret and its configuration line (the server keeps only the digest)."""
    secret = f"soak-{name}-secret"
    return secret, f"{name}:{scope}:sha256:{hashlib.sha256(secret.encode()).hexdigest()}"


# --- Neo4j and the server -------------------------------------------------------------------------------------


@dataclass
class Neo4j:
    folder: Path
    port: int

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    def pid(self) -> int:
        return int((self.folder / "neo4j.pid").read_text().strip())

    def start(self) -> None:
        subprocess.run([str(NEO4J_SH), "start", str(self.folder), str(self.port)], check=True, timeout=300)

    def stop(self) -> None:
        subprocess.run([str(NEO4J_SH), "stop", str(self.folder), str(self.port)], check=False, timeout=120)

    def pause(self) -> None:
        os.kill(self.pid(), signal.SIGSTOP)

    def resume(self) -> None:
        os.kill(self.pid(), signal.SIGCONT)

    def kill(self) -> None:
        pid = self.pid()
        os.kill(pid, signal.SIGKILL)
        for _ in range(100):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """`songgraph serve` in a subprocess, with the soak's tokens and budget settings."""

    def __init__(self, neo4j_uri: str, tokens: Sequence[str]) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {
            **os.environ,
            "NEO4J_URI": neo4j_uri,
            "SONGGRAPH_PORT": str(self.port),
            "SONGGRAPH_TOKENS": ",".join(tokens),
            "SONGGRAPH_READ_TIMEOUT_SECONDS": str(READ_TIMEOUT),
            "NEO4J_RETRY_SECONDS": str(RETRY_SECONDS),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "songgraph.cli", "serve"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{self.base}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("songgraph serve did not start")
            time.sleep(0.2)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=15)


# --- Requests ---------------------------------------------------------------------------------------------------


@dataclass
class Answer:
    status: int
    code: str
    seconds: float


async def ask(client: httpx.AsyncClient, url: str, query: str, token: str | None = None, **variables: Any) -> Answer:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    start = time.monotonic()
    try:
        response = await client.post(url, json={"query": query, "variables": variables}, headers=headers)
    except httpx.TimeoutException:
        return Answer(0, "CLIENT_TIMEOUT", time.monotonic() - start)
    except httpx.TransportError as error:
        return Answer(0, type(error).__name__, time.monotonic() - start)
    seconds = time.monotonic() - start
    try:
        body = response.json()
    except ValueError:
        return Answer(response.status_code, "NOT_JSON", seconds)
    errors = body.get("errors") or []
    code = (errors[0].get("extensions") or {}).get("code", "UNCODED") if errors else "OK"
    return Answer(response.status_code, code, seconds)


def p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)] if ordered else float("nan")


def deep_credits(depth: int) -> str:
    """Issue 11's walk: ``person { credits { song { writers { credits { ... song { title } } } } } }``.

    ``depth`` counts every level from ``person`` to ``title``, as the depth limit does.
    """
    levels = ["credits", "song", "writers"]
    chain = [levels[i % 3] for i in range(depth - 2)]
    if chain[-1] != "song":
        raise ValueError("the walk ends on a song: depth 4, 7, 10 or 13")
    text = "title"
    for level in reversed(chain):
        text = f"{level} {{ {'name ' if level == 'writers' else ''}{text} }}"
    return f"query($name: String!) {{ person(name: $name) {{ {text} }} }}"


def aliases(count: int, body: str) -> str:
    """``count`` aliases of ``body``; ``$name`` is declared when the body uses it (an unused one is invalid)."""
    declared = "($name: String!)" if "$name" in body else ""
    return f"query{declared} {{" + " ".join(f"a{i}: {body}" for i in range(count)) + "}"


SIMPLE = "query($title: String!) { song(title: $title) { title artists { name } } }"

# Families of expensive documents, each repeated under as many aliases as the limits allow; the fairness
# phase sends whichever of them takes the server longest. A wide walk from a person: every credit's song with
# its people and its other credits; the same over a page of credits; pages of songs with all their people;
# the whole-graph rankings.
WIDE = (
    "person(name: $name) { credits { role song { title writers { name } artists { name } producers { name } "
    "credits { role person { name } } } } }"
)
FAMILIES = {
    "wide walk from the busiest person": WIDE,
    "pages of the busiest person's credits": (
        "person(name: $name) { creditsConnection(first: 100) { nodes { role song { title writers { name } "
        "artists { name } producers { name } credits { role person { name } } } } } }"
    ),
    "pages of songs with their people": (
        "songs(first: 100) { nodes { title artists { name } writers { name } producers { name } "
        "credits { role person { name } } } }"
    ),
    "typo-tolerant searches": (
        'search(text: "midnight lovr songs", first: 100) { score node { ... on Song { title } '
        "... on Person { name } } }"
    ),
    "collaborators of the busiest person": (
        "person(name: $name) { collaborators(first: 100) { nodes { person { name } sharedWorkCount "
        "works { song { title } roles } } } }"
    ),
    "whole-graph rankings": (
        "stats { songsPerYear { year songCount } mostCredited(first: 100) { person { name } songCount } "
        "mostCollaborators(first: 100) { person { name } collaboratorCount } }"
    ),
}


async def most_expensive_allowed(client: httpx.AsyncClient, url: str, star: str, token: str) -> tuple[str, str]:
    """The document the limits let through that takes the server longest: of each family, as many aliases as
    are allowed, then each timed three times (median); its text and a description."""
    allowed: dict[str, str] = {}
    for family, body in FAMILIES.items():
        for count in range(30, 0, -1):
            document = aliases(count, body)
            answer = await ask(client, url, document, token, name=star)
            if answer.code == "OK":
                allowed[f"{count} aliases of {family}"] = document
                break
    timed: dict[str, float] = {}
    for name, document in allowed.items():
        times = sorted([(await ask(client, url, document, token, name=star)).seconds for _ in range(3)])
        timed[name] = times[1]
        print(f"  allowed: {name}: {times[1] * 1000:.0f} ms")
    if not timed:
        return aliases(1, WIDE), "1 alias of the wide walk (every family refused)"
    slowest = max(timed, key=lambda name: timed[name])
    return allowed[slowest], slowest


# --- The store --------------------------------------------------------------------------------------------------


async def scalar(db: Database, cypher: str, params: dict[str, Any] | None = None) -> Any:
    rows = await db.read(Statement(cypher, params or {}))
    return rows[0]["value"] if rows else None


async def load(db: Database, docs: Sequence[Any], concurrency: int = 4) -> tuple[int, int]:
    """Each song in its own transaction: ``(committed, refused)``.

    Like `songgraph load`, it stops at the first refusal (Neo4j down or over budget): the songs not
    attempted are neither committed nor refused.
    """
    gate = asyncio.Semaphore(concurrency)
    done = Counter[str]()

    async def write(doc: Any) -> None:
        async with gate:
            if done["refused"]:
                return
            try:
                await db.write(song_statements(doc))
                done["committed"] += 1
            except (DatabaseUnavailable, BudgetExceeded, WriteRejected):
                done["refused"] += 1

    await asyncio.gather(*(write(doc) for doc in docs))
    return done["committed"], done["refused"]


SONG_DUMP = (
    "UNWIND $ids AS id MATCH (s:Song {id: id}) "
    "OPTIONAL MATCH (s)-[r]-(o) WITH s, r, o ORDER BY type(r), elementId(o) "
    "RETURN s.id AS id, [x IN collect([type(r), coalesce(o.id, o.name, '')]) WHERE x[0] IS NOT NULL] AS rels, "
    "s.title AS title ORDER BY id"
)


async def dump(db: Database, ids: Sequence[str]) -> dict[str, Any]:
    rows = await db.read(Statement(SONG_DUMP, {"ids": list(ids)}))
    return {row["id"]: (row["title"], frozenset(tuple(rel) for rel in row["rels"])) for row in rows}


async def whole_after_rewrite(db: Database, docs: Sequence[Any]) -> tuple[int, int]:
    """Songs of ``docs`` present, and how many of those change when written again (half-written ones)."""
    ids = [doc.key for doc in docs]
    before = await dump(db, ids)
    present = [doc for doc in docs if doc.key in before]
    for _ in range(5):
        # A Neo4j just restarted may refuse the first writes (cold caches, over budget): try again.
        _, failed = await load(db, present)
        if not failed:
            break
        await asyncio.sleep(5)
    else:
        raise RuntimeError("rewriting the songs of a fault run kept failing")
    after = await dump(db, ids)
    changed = [key for key in before if before[key] != after.get(key)]
    if changed:
        key = changed[0]
        was, now = before[key][1], after[key][1] if key in after else frozenset()
        print(f"  e.g. {key}: lost {sorted(was - now)[:5]}, gained {sorted(now - was)[:5]}")
    return len(present), len(changed)


# --- Phases -----------------------------------------------------------------------------------------------------


@dataclass
class Goal:
    name: str
    figure: str
    met: bool


@dataclass
class Report:
    goals: list[Goal] = field(default_factory=list)

    def add(self, name: str, figure: str, met: bool) -> None:
        self.goals.append(Goal(name, figure, met))
        print(f"  {'MET ' if met else 'MISS'} {name}: {figure}", flush=True)


async def hostile(client: httpx.AsyncClient, url: str, star: str, report: Report) -> None:
    print("\n== hostile documents (anonymous) ==")
    documents = {
        "credits walk, depth 7": deep_credits(7),
        "credits walk, depth 10": deep_credits(10),
        "500 aliases of person credits": aliases(500, "person(name: $name) { credits { song { title } } }"),
        "1000 aliases of person credits": aliases(1000, "person(name: $name) { credits { song { title } } }"),
    }
    answers: list[Answer] = []
    for name, document in documents.items():
        answer = await ask(client, url, document, name=star)
        answers.append(answer)
        print(f"  {name:34} {answer.status} {answer.code:24} {answer.seconds:6.2f} s", flush=True)
    bad = [
        a for a in answers if (a.status >= 500 and a.code != "SERVICE_UNAVAILABLE") or a.code == "INTERNAL_SERVER_ERROR"
    ]
    report.add("hostile: 0 HTTP 500, 0 INTERNAL_SERVER_ERROR", f"{len(bad)} of {len(answers)}", not bad)
    slowest = max(a.seconds for a in answers)
    report.add(
        "hostile: answered (data or coded error) in <= 1 s of server time",
        f"slowest {slowest:.2f} s (the run-time budget alone answers within {READ_TIMEOUT:g} s + grace)",
        slowest <= 1.0,
    )
    report.add(
        "hostile: answered within the read budget + 1 s",
        f"slowest {slowest:.2f} s",
        slowest <= READ_TIMEOUT + 1.0,
    )


async def unbudgeted_walk(settings: Settings, star: str, report: Report) -> None:
    """Issue 11's depth-10 walk with a 120 s read budget: only Neo4j's memory limit stands in its way."""
    print("\n== the depth-10 walk with a 120 s budget (in-process), against the memory limit ==")
    from songgraph.api.context import Context
    from songgraph.api.schema import schema

    db = Database.connect(dataclasses.replace(settings, read_timeout_seconds=120.0))
    try:
        start = time.monotonic()
        result = await schema.execute(deep_credits(10), variable_values={"name": star}, context_value=Context(db=db))
        seconds = time.monotonic() - start
        code = (result.errors[0].extensions or {}).get("code", "UNCODED") if result.errors else "OK"
        alive = await db.read(Statement("RETURN 1 AS ok", {})) == [{"ok": 1}]
    finally:
        await db.close()
    print(f"  {code} in {seconds:.1f} s; Neo4j answers afterwards: {alive}")
    report.add(
        "depth-10 walk without a short budget: coded answer, Neo4j still up",
        f"{code} in {seconds:.1f} s, Neo4j {'up' if alive else 'DOWN'}",
        alive and code in {"OK", "QUERY_TOO_COMPLEX", "TIMEOUT"},
    )


async def fairness(
    client: httpx.AsyncClient,
    url: str,
    titles: Sequence[str],
    star: str,
    secrets: Sequence[str],
    good: str,
    seconds: float,
    report: Report,
) -> None:
    print("\n== fairness: a well-behaved client beside 16 expensive ones ==")

    async def polite(duration: float) -> tuple[list[float], Counter[str]]:
        # In a process of its own, as a well-behaved client is: sharing this process's event loop with the
        # sixteen expensive clients, its own timings would include their JSON decoding.
        loop = asyncio.get_running_loop()
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
            times, codes = await loop.run_in_executor(pool, polite_client, url, good, list(titles), duration)
        return times, Counter(codes)

    idle, idle_codes = await polite(seconds / 2)
    # The most expensive document the limits allow: the deep walks of issue 11 are refused by the cost model.
    heavy, described = await most_expensive_allowed(client, url, star, secrets[0])
    print(f"  expensive document: {described}, within the limits")
    stop = asyncio.Event()
    heavy_codes: Counter[str] = Counter()

    async def hostile_client(secret: str) -> None:
        while not stop.is_set():
            answer = await ask(client, url, heavy, secret, name=star)
            heavy_codes[answer.code] += 1

    workers = [asyncio.create_task(hostile_client(secret)) for secret in secrets]
    await asyncio.sleep(1.0)
    busy, busy_codes = await polite(seconds)
    stop.set()
    await asyncio.gather(*workers)
    print(f"  idle: {len(idle)} requests, p95 {p95(idle) * 1000:.0f} ms, codes {dict(idle_codes)}")
    print(f"  busy: {len(busy)} requests, p95 {p95(busy) * 1000:.0f} ms, codes {dict(busy_codes)}")
    print(f"  expensive clients' answers: {dict(heavy_codes)}")
    ratio = p95(busy) / p95(idle)
    report.add("fairness: well-behaved p95 <= 2x idle", f"{ratio:.1f}x ({p95(busy) * 1000:.0f} ms)", ratio <= 2.0)
    errors = sum(count for code, count in busy_codes.items() if code != "OK")
    report.add("fairness: well-behaved client 0 errors", f"{errors} of {len(busy)}", errors == 0)
    internal = heavy_codes["INTERNAL_SERVER_ERROR"] + heavy_codes["UNCODED"]
    report.add(
        "fairness: expensive clients 0 INTERNAL/uncoded", f"{internal} of {sum(heavy_codes.values())}", not internal
    )


def polite_client(url: str, token: str, titles: list[str], duration: float) -> tuple[list[float], dict[str, int]]:
    """A well-behaved client: one light request every 50 ms for ``duration`` s; each answer's time and code."""

    async def run() -> tuple[list[float], dict[str, int]]:
        times: list[float] = []
        codes: Counter[str] = Counter()
        async with httpx.AsyncClient(timeout=httpx.Timeout(120.0)) as client:
            end = time.monotonic() + duration
            i = 0
            while time.monotonic() < end:
                answer = await ask(client, url, SIMPLE, token, title=titles[i % len(titles)])
                times.append(answer.seconds)
                codes[answer.code] += 1
                i += 1
                await asyncio.sleep(0.05)
        return times, dict(codes)

    return asyncio.run(run())


# As many at once as one client may have running (SONGGRAPH_CLIENT_CONCURRENCY), so none is refused for that.
async def burst(
    client: httpx.AsyncClient, url: str, titles: Sequence[str], secret: str, count: int = 4
) -> list[Answer]:
    return await asyncio.gather(*(ask(client, url, SIMPLE, secret, title=titles[i]) for i in range(count)))


async def until_healthy(
    client: httpx.AsyncClient, url: str, titles: Sequence[str], secret: str, limit: float = 60.0
) -> float:
    """When a burst of queries first all answered OK (monotonic time), polling for at most ``limit`` s."""
    start = time.monotonic()
    while time.monotonic() - start < limit:
        if all(a.code == "OK" for a in await burst(client, url, titles, secret)):
            return time.monotonic()
        await asyncio.sleep(0.5)
    return float("inf")


async def until_ready(client: httpx.AsyncClient, base: str, limit: float = 120.0) -> float:
    start = time.monotonic()
    while time.monotonic() - start < limit:
        try:
            if (await client.get(f"{base}/ready")).status_code == 200:
                return time.monotonic() - start
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.5)
    return float("inf")


async def outages(
    client: httpx.AsyncClient,
    server: Server,
    neo4j: Neo4j,
    db_settings: Settings,
    catalogue: Catalogue,
    titles: Sequence[str],
    secret: str,
    writer: str,
    report: Report,
) -> None:
    url = f"{server.base}/graphql"
    print("\n== Neo4j paused (SIGSTOP) during queries ==")
    neo4j.pause()
    try:
        answers = await burst(client, url, titles, secret)
        ready = (await client.get(f"{server.base}/ready")).status_code
    finally:
        neo4j.resume()
    resumed = time.monotonic()
    slowest = max(a.seconds for a in answers)
    print(f"  answers: {Counter(a.code for a in answers)}, slowest {slowest:.2f} s, /ready {ready}")
    report.add(
        f"paused: answered TIMEOUT within the read budget + 1 s ({READ_TIMEOUT + 1:g} s)",
        f"slowest {slowest:.2f} s, codes {sorted({a.code for a in answers})}",
        slowest <= READ_TIMEOUT + 1 and all(a.code == "TIMEOUT" for a in answers),
    )
    report.add("paused: /ready says 503", str(ready), ready == 503)
    back = await until_ready(client, server.base)
    after = await burst(client, url, titles, secret)
    healthy = await until_healthy(client, url, titles, secret)
    report.add(
        "paused: recovery without restarting the API",
        f"ready {back:.1f} s after SIGCONT; first burst {dict(Counter(a.code for a in after))}; "
        f"all OK {healthy - resumed:.1f} s after SIGCONT",
        healthy - resumed < 60,
    )

    print("\n== Neo4j killed (SIGKILL) during queries ==")
    neo4j.kill()
    answers = await burst(client, url, titles, secret)
    ready = (await client.get(f"{server.base}/ready")).status_code
    slowest = max(a.seconds for a in answers)
    print(f"  answers: {Counter(a.code for a in answers)}, slowest {slowest:.2f} s, /ready {ready}")
    report.add(
        f"killed: SERVICE_UNAVAILABLE within NEO4J_RETRY_SECONDS + 1 s ({RETRY_SECONDS + 1} s)",
        f"slowest {slowest:.2f} s, codes {sorted({a.code for a in answers})}",
        slowest <= RETRY_SECONDS + 1 and all(a.code == "SERVICE_UNAVAILABLE" for a in answers),
    )
    report.add("killed: /ready says 503", str(ready), ready == 503)
    neo4j.start()
    restarted = time.monotonic()
    back = await until_ready(client, server.base)
    after = await burst(client, url, titles, secret)
    healthy = await until_healthy(client, url, titles, secret)
    report.add(
        "killed: recovery without restarting the API",
        f"ready {back:.1f} s after the restart; first burst {dict(Counter(a.code for a in after))}; "
        f"all OK {healthy - restarted:.1f} s after the restart",
        healthy - restarted < 60,
    )

    for fault in ("paused", "killed"):
        print(f"\n== Neo4j {fault} during a load ==")
        docs = generate(songs=len(catalogue.docs) + 400, seed=catalogue.seed + (1 if fault == "paused" else 2)).docs[
            -400:
        ]
        db = Database.connect(db_settings)
        try:
            # Only songs new to the graph: a key the catalogue already has would be another song's rewrite.
            existing = await dump(db, [doc.key for doc in docs])
            docs = [doc for doc in docs if doc.key not in existing]
            writing = asyncio.create_task(load(db, docs))
            await asyncio.sleep(1.5)
            started = time.monotonic()
            if fault == "paused":
                # Frozen for a while, then thawed: the writes waiting on it finish or time out, none hangs.
                neo4j.pause()
                await asyncio.sleep(8)
                neo4j.resume()
            else:
                neo4j.kill()
            committed, failed = await asyncio.wait_for(writing, 600)
            ended = time.monotonic() - started
            if fault == "killed":
                neo4j.start()
            await until_ready(client, server.base)
            await until_healthy(client, f"{server.base}/graphql", titles, secret)
            present, changed = await whole_after_rewrite(db, docs)
        finally:
            await db.close()
        print(f"  {committed} committed, {failed} refused, writes ended {ended:.1f} s after the fault")
        report.add(
            f"{fault} during a load: nothing half-written",
            f"{present} songs present, {changed} changed when written again",
            changed == 0 and present >= committed,
        )

    print("\n== Neo4j paused and killed during a page import ==")
    text = PAGE.read_text(encoding="utf-8")
    mutation = 'mutation($text: String!) { importStoryPage(text: $text, source: "soak") { __typename } }'
    db = Database.connect(db_settings)
    try:
        for fault in ("paused", "killed"):
            before = await scalar(db, "MATCH (n) RETURN count(n) AS value")
            rels_before = await scalar(db, "MATCH ()-[r]->() RETURN count(r) AS value")
            task = asyncio.create_task(ask(client, url, mutation, writer, text=text))
            await asyncio.sleep(0.05)
            if fault == "paused":
                neo4j.pause()
            else:
                neo4j.kill()
            answer = await task
            if fault == "paused":
                neo4j.resume()
            else:
                neo4j.start()
            await until_ready(client, server.base)
            nodes = await scalar(db, "MATCH (n) RETURN count(n) AS value")
            rels = await scalar(db, "MATCH ()-[r]->() RETURN count(r) AS value")
            # Either the whole page was written (the answer says so) or nothing: counts unchanged.
            whole = (answer.code == "OK") or (nodes == before and rels == rels_before)
            print(f"  {fault}: {answer.status} {answer.code} in {answer.seconds:.2f} s; nodes {before}->{nodes}")
            budget = 30.0 + 1 if fault == "paused" else RETRY_SECONDS + 1
            report.add(
                f"{fault} during an import: coded answer within budget, nothing half-written",
                f"{answer.code} in {answer.seconds:.2f} s, graph {'unchanged' if nodes == before else 'changed'}",
                whole and answer.code not in {"INTERNAL_SERVER_ERROR", "UNCODED"} and answer.seconds <= budget,
            )
            # The next fault starts from a graph without the page.
            await db.write([Statement("MATCH (s:Song {title: 'Quiet Harbour'}) DETACH DELETE s", {})])
    finally:
        await db.close()


def _parse_seconds(text: str) -> tuple[float, float]:
    """Wall and CPU seconds of one parse (in the worker process of ``long_pages``)."""
    from songgraph.ingest.page import parse_story_page

    started, cpu = time.perf_counter(), time.process_time()
    parse_story_page(text, "soak.txt")
    return time.perf_counter() - started, time.process_time() - cpu


def long_pages(report: Report, size: int = 200_000, timeout: float = 30.0) -> None:
    """The story-page parser on pages of ``size`` characters: every hostile shape of bench/parse_pages.py in
    every context, and the fixture pages scaled up. Each is parsed in one worker process started for the
    purpose (as the API parses pages off its event loop), which is stopped if a page takes ``timeout``."""
    print(f"\n== story pages of {size:,} characters (hostile shapes and scaled-up fixtures) ==")
    pages = [
        (f"{shape!r} in {context}", CONTEXTS[context](SHAPES[shape](size - len(CONTEXTS[context]("")))))
        for shape in SHAPES
        for context in CONTEXTS
    ]
    pages += [(f"{path.stem} scaled", scaled(path.read_text(encoding="utf-8"), size)) for path in FIXTURES]
    slowest, which, cpu = 0.0, "", 0.0
    worker = multiprocessing.get_context("spawn").Pool(1)
    try:
        for name, text in pages:
            try:
                seconds, used = worker.apply_async(_parse_seconds, (text,)).get(timeout)
            except multiprocessing.TimeoutError:
                worker.terminate()
                worker = multiprocessing.get_context("spawn").Pool(1)
                seconds, used = timeout, timeout
            if seconds >= slowest:
                slowest, which, cpu = seconds, name, used
    finally:
        worker.terminate()
    print(f"  {len(pages)} pages; slowest {slowest:.3f} s ({cpu:.3f} s CPU): {which}")
    report.add(
        f"a {size:,}-character page parses in <= 1 s", f"slowest {slowest:.3f} s of {len(pages)}", slowest <= 1.0
    )


async def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=7690, help="bolt port of the soak's own Neo4j")
    parser.add_argument("--folder", default=str(ROOT / ".local" / "neo4j-soak"))
    parser.add_argument("--songs", type=int, default=3000)
    parser.add_argument("--fair-seconds", type=float, default=20.0)
    args = parser.parse_args(argv)

    report = Report()
    long_pages(report)
    neo4j = Neo4j(Path(args.folder), args.port)
    neo4j.stop()
    subprocess.run(["rm", "-rf", str(neo4j.folder)], check=True)
    neo4j.start()
    server: Server | None = None
    try:
        settings = Settings.from_env({**os.environ, "NEO4J_URI": neo4j.uri})
        subprocess.run(
            [sys.executable, "-m", "songgraph.cli", "migrate"],
            env={**os.environ, "NEO4J_URI": neo4j.uri},
            check=True,
            timeout=300,
            stdout=subprocess.DEVNULL,
        )
        catalogue = generate(songs=args.songs)
        db = Database.connect(settings)
        try:
            start = time.monotonic()
            committed, failed = await load(db, catalogue.docs)
            await db.refresh_statistics()
        finally:
            await db.close()
        print(f"loaded {committed} songs ({failed} failed) in {time.monotonic() - start:.0f} s")
        star, credits = catalogue.credit_counts().most_common(1)[0]
        print(f"most credited person: {credits} songs")
        titles = [doc.title for doc in catalogue.docs[:50]]

        hostile_tokens = [token_entry(f"heavy{i}", "read") for i in range(HOSTILE_CLIENTS)]
        good_secret, good_line = token_entry("polite", "read")
        writer_secret, writer_line = token_entry("editor", "write")
        server = Server(neo4j.uri, [line for _, line in hostile_tokens] + [good_line, writer_line])
        url = f"{server.base}/graphql"
        async with httpx.AsyncClient(timeout=httpx.Timeout(120.0), limits=httpx.Limits(max_connections=64)) as client:
            await hostile(client, url, star, report)
            await unbudgeted_walk(settings, star, report)
            await fairness(
                client, url, titles, star, [s for s, _ in hostile_tokens], good_secret, args.fair_seconds, report
            )
            await outages(client, server, neo4j, settings, catalogue, titles, good_secret, writer_secret, report)
    finally:
        if server is not None:
            server.stop()
        neo4j.stop()

    print("\n== summary ==")
    width = max(len(goal.name) for goal in report.goals)
    for goal in report.goals:
        print(f"{'MET ' if goal.met else 'MISS'}  {goal.name:{width}}  {goal.figure}")
    met = sum(goal.met for goal in report.goals)
    print(f"{met} of {len(report.goals)} goals met")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
