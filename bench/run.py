"""songgraph benchmark: latency and statements per request on a large synthetic graph, against baselines.

    python bench/run.py [--songs N] [--runs R] [--reload]

Connects with the usual settings (NEO4J_URI, NEO4J_USER, ...). It loads a deterministic synthetic
catalogue through the project's own write path (``song_statements`` + ``Database.write``, one
transaction per song) unless the graph already holds exactly that catalogue, then times GraphQL
documents on ``songgraph.api.schema.schema`` and, in the same run, two baselines: a naive
resolver-per-field schema (one Cypher query per parent object, the N+1 pattern) and a
``toLower(...) CONTAINS`` label scan instead of the full-text index. Figures are printed, never
asserted: only correctness (one statement per request, the same data as the baseline) sets the exit code.

It wipes the database only when it is empty, already holds a benchmark graph, or ``--reload`` is given.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import gc
import logging
import math
import os
import platform
import statistics
import sys
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import strawberry
from strawberry.types import Info
from synthetic import GENERATOR_VERSION, Catalogue, generate

from songgraph.api.context import Context
from songgraph.api.schema import schema
from songgraph.auth import Principal, Scope
from songgraph.config import Settings
from songgraph.cypher import relationships
from songgraph.cypher.selection import Field, Fragment
from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.graph import Role
from songgraph.ids import to_global_id
from songgraph.ingest.writes import song_statements
from songgraph.migrate import default_schema_dir, migrate
from songgraph.text import fold, slug

MARKER_ID = "songgraph-bench"


class BenchFailure(RuntimeError):
    """A document failed or the graph is not one the benchmark may use."""


class RetryCounter(logging.Filter):
    """Counts (and silences) the driver's "will be retried" warnings: concurrent loads deadlock now and then."""

    def __init__(self) -> None:
        super().__init__()
        self.retries = 0

    def filter(self, record: logging.LogRecord) -> bool:
        if "will be retried" in record.getMessage():
            self.retries += 1
            return False
        return True


RETRIES = RetryCounter()
logging.getLogger("neo4j.session").addFilter(RETRIES)


class RecordingDatabase(Database):
    """A ``Database`` that keeps the last statement it read, to show the Cypher behind a slow document."""

    last: Statement | None = None

    async def read(self, statement: Statement) -> list[dict[str, Any]]:
        self.last = statement
        return await super().read(statement)


# --- The graph: load the synthetic catalogue once, recognise it afterwards -------------------------------------


@dataclass(frozen=True)
class GraphState:
    nodes: int
    songs: int
    fingerprint: str | None


async def _scalar(db: Database, cypher: str, params: dict[str, Any] | None = None) -> Any:
    rows = await db.read(Statement(cypher, params or {}))
    return rows[0]["value"] if rows else None


async def graph_state(db: Database) -> GraphState:
    return GraphState(
        nodes=await _scalar(db, "MATCH (n) RETURN count(n) AS value"),
        songs=await _scalar(db, "MATCH (s:Song) RETURN count(s) AS value"),
        fingerprint=await _scalar(
            db, "MATCH (m:BenchmarkMarker {id: $id}) RETURN m.fingerprint AS value", {"id": MARKER_ID}
        ),
    )


async def wipe(db: Database) -> None:
    """Delete everything, in batches so no transaction holds the whole graph."""
    while await _scalar(db, "MATCH (n) RETURN count(n) AS value"):
        await db.write([Statement("MATCH (n) WITH n LIMIT $batch DETACH DELETE n", {"batch": 20_000})])


async def load(db: Database, catalogue: Catalogue, concurrency: int) -> tuple[float, int]:
    """Write every song (one transaction each, ``concurrency`` at a time): ``(seconds, statements)``."""
    gate = asyncio.Semaphore(concurrency)

    async def write(statements: list[Statement]) -> None:
        async with gate:
            await db.write(statements)

    before = db.statements_run
    start = time.perf_counter()
    await asyncio.gather(*(write(song_statements(doc)) for doc in catalogue.docs))
    elapsed = time.perf_counter() - start
    await db.write(
        [
            Statement(
                "MERGE (m:BenchmarkMarker {id: $id}) SET m.fingerprint = $fingerprint, m.songs = $songs, "
                "m.seed = $seed, m.version = $version",
                {
                    "id": MARKER_ID,
                    "fingerprint": catalogue.fingerprint,
                    "songs": len(catalogue.docs),
                    "seed": catalogue.seed,
                    "version": GENERATOR_VERSION,
                },
            )
        ]
    )
    return elapsed, db.statements_run - before


async def prepare(db: Database, catalogue: Catalogue, reload: bool, concurrency: int) -> str:
    """Make the graph hold exactly ``catalogue``; returns a line saying what was done."""
    state = await graph_state(db)
    if not reload and state.fingerprint == catalogue.fingerprint and state.songs == len(catalogue.docs):
        return (
            f"graph already holds the synthetic catalogue ({catalogue.fingerprint}): load skipped (--reload forces it)"
        )
    if state.nodes and state.fingerprint is None and not reload:
        raise BenchFailure(
            f"the database holds {state.nodes} nodes that are not a benchmark graph; "
            "pass --reload to wipe it (or point NEO4J_URI at a scratch instance)"
        )
    await wipe(db)
    await migrate(db, default_schema_dir())
    retries = RETRIES.retries
    seconds, statements = await load(db, catalogue, concurrency)
    songs = len(catalogue.docs)
    return (
        f"loaded {songs} songs in {seconds:.1f} s = {songs / seconds:.0f} songs/s "
        f"({statements} statements, one transaction per song, {concurrency} concurrent, "
        f"{RETRIES.retries - retries} transactions retried after a deadlock)"
    )


# --- The naive baseline: a resolver per field, one Cypher query per parent object ------------------------------

NAIVE_PERSON = (
    "MATCH (:PersonName {key: $key})-[:NAME_OF]->(p:Person) "
    "RETURN p.id AS id, p.name AS name ORDER BY p.nameKey = $key DESC, p.id LIMIT 1"
)
NAIVE_CREDITS = (
    "MATCH (p:Person {id: $id})-[r:PERFORMED|FEATURED_ON|WROTE|PRODUCED]->(s:Song) "
    "RETURN type(r) AS role, s.id AS id, s.title AS title ORDER BY s.releaseDate DESC, s.title, type(r)"
)
NAIVE_SONG_PEOPLE = {
    Role.ARTIST: (
        "MATCH (s:Song {id: $id})<-[r:PERFORMED]-(p:Person) "
        "RETURN p.id AS id, p.name AS name ORDER BY r.position, p.name"
    ),
    Role.WRITER: (
        "MATCH (s:Song {id: $id})<-[r:WROTE]-(p:Person) RETURN p.id AS id, p.name AS name ORDER BY r.position, p.name"
    ),
}
NAIVE_SONG_PAGE = "MATCH (s:Song) RETURN s.id AS id, s.title AS title ORDER BY s.titleKey, s.id LIMIT $first"
NAIVE_SONG_COUNT = "MATCH (s:Song) RETURN count(s) AS n"


async def _people(info: Info[Context, None], role: Role, song_id: str) -> list[NaivePerson]:
    rows = await info.context.db.read(Statement(NAIVE_SONG_PEOPLE[role], {"id": song_id}))
    return [NaivePerson(key=row["id"], name=row["name"]) for row in rows]


@strawberry.type(name="Song")
class NaiveSong:
    key: strawberry.Private[str]
    title: str

    @strawberry.field
    async def artists(self, info: Info[Context, None]) -> list[NaivePerson]:
        return await _people(info, Role.ARTIST, self.key)

    @strawberry.field
    async def writers(self, info: Info[Context, None]) -> list[NaivePerson]:
        return await _people(info, Role.WRITER, self.key)


@strawberry.type(name="Credit")
class NaiveCredit:
    role: Role
    song: NaiveSong


@strawberry.type(name="Person")
class NaivePerson:
    key: strawberry.Private[str]
    name: str

    @strawberry.field
    async def credits(self, info: Info[Context, None]) -> list[NaiveCredit]:
        rows = await info.context.db.read(Statement(NAIVE_CREDITS, {"id": self.key}))
        return [NaiveCredit(role=Role(row["role"]), song=NaiveSong(key=row["id"], title=row["title"])) for row in rows]


@strawberry.type(name="SongEdge")
class NaiveSongEdge:
    node: NaiveSong


@strawberry.type(name="SongConnection")
class NaiveSongConnection:
    edges: list[NaiveSongEdge]

    @strawberry.field
    async def total_count(self, info: Info[Context, None]) -> int:
        rows = await info.context.db.read(Statement(NAIVE_SONG_COUNT, {}))
        return int(rows[0]["n"])


@strawberry.type(name="Query")
class NaiveQuery:
    @strawberry.field
    async def person(self, info: Info[Context, None], name: str) -> NaivePerson | None:
        rows = await info.context.db.read(Statement(NAIVE_PERSON, {"key": fold(name)}))
        return NaivePerson(key=rows[0]["id"], name=rows[0]["name"]) if rows else None

    @strawberry.field
    async def songs(self, info: Info[Context, None], first: int = 20) -> NaiveSongConnection:
        rows = await info.context.db.read(Statement(NAIVE_SONG_PAGE, {"first": first}))
        return NaiveSongConnection(edges=[NaiveSongEdge(node=NaiveSong(key=r["id"], title=r["title"])) for r in rows])


naive_schema = strawberry.Schema(query=NaiveQuery)

# A label scan: what a lookup without the full-text index does (no folding of accents, no typos).
SCAN_SEARCH = (
    "CALL () { "
    "MATCH (n:Person) WHERE toLower(n.name) CONTAINS $text RETURN n, n.name AS label "
    "UNION ALL MATCH (n:Song) WHERE toLower(n.title) CONTAINS $text RETURN n, n.title AS label "
    "UNION ALL MATCH (n:Album) WHERE toLower(n.title) CONTAINS $text RETURN n, n.title AS label } "
    "RETURN labels(n)[0] AS kind, label ORDER BY label LIMIT $first"
)


def _scan(text: str) -> Statement:
    return Statement(SCAN_SEARCH, {"text": text, "first": 10})


def _ranked_scan(rows: list[dict[str, Any]]) -> list[str]:
    return [row["label"] for row in rows]


def _ranked_fulltext(rows: list[dict[str, Any]]) -> list[str]:
    return [hit["node"].get("name") or hit["node"].get("title") for hit in rows[0]["result"]]


def fulltext_statement(text: str) -> Statement:
    """The statement songgraph's ``search(text:)`` runs, from its own translation."""
    node = Field(
        "node",
        selections=(
            Fragment("Person", (Field("name"),)),
            Fragment("Song", (Field("title"),)),
            Fragment("Album", (Field("title"),)),
        ),
    )
    return relationships.search(
        Field("search", arguments={"text": text, "first": 10}, selections=(Field("score"), node))
    )


# --- The documents ---------------------------------------------------------------------------------------------

PERSON_CREDITS = (
    "query($name: String!) { person(name: $name) { name credits { role song { title writers { name } } } } }"
)
SONGS_PAGE = "{ songs(first: 50) { totalCount edges { node { title artists { name } writers { name } } } } }"
COLLABORATORS = (
    "query($name: String!) { person(name: $name) { name collaborators(first: 20) { totalCount "
    "edges { node { person { name } sharedWorkCount works { song { title } roles partnerRoles } } } } } }"
)
SHARED = (
    "query($a: String!, $b: String!) { sharedCollaborators(a: {name: $a}, b: {name: $b}) { "
    "person { name } strength viaA { song { title } roles } viaB { song { title } roles } } }"
)
CONNECTION = (
    "query($a: String!, $b: String!) { connection(from: {name: $a}, to: {name: $b}, maxHops: 10) { "
    "length steps { from { name } to { name } explanation } } }"
)
SEARCH = (
    "query($text: String!) { search(text: $text) { score "
    "node { __typename ... on Person { name } ... on Song { title } ... on Album { title } } } }"
)
NEIGHBORHOOD = (
    "query($id: ID!) { neighborhood(id: $id, depth: 2) { truncated "
    "nodes { id kind label } edges { source target type } } }"
)


@dataclass(frozen=True)
class Case:
    name: str
    document: str
    variables: dict[str, Any]
    size: Callable[[dict[str, Any]], str]
    baseline: bool = False


def _connection_pair(catalogue: Catalogue) -> tuple[str, str, int]:
    """Two people far apart in the person graph (sharing a song or video, an introduction, a band)."""
    adjacent: dict[str, set[str]] = {name: set() for name in catalogue.people}

    def link(group: Sequence[str]) -> None:
        for person in group:
            adjacent.setdefault(person, set()).update(p for p in group if p != person)

    for doc in catalogue.docs:
        work = [*doc.artists, *doc.featured_artists, *doc.writers, *doc.producers]
        if doc.music_video is not None:
            work += [*doc.music_video.directors, *(c.person for c in doc.music_video.cast)]
        link(work)
        for intro in doc.introductions:
            link([intro.introducer, *intro.introduced])
        for entry in doc.people:
            for member in entry.members:
                link([entry.name, member])
    best = ("", "", -1)
    for source in sorted(adjacent, key=lambda p: (len(adjacent[p]), p))[:40]:
        distance = {source: 0}
        queue = deque([source])
        while queue:
            person = queue.popleft()
            for other in sorted(adjacent[person]):
                if other not in distance:
                    distance[other] = distance[person] + 1
                    queue.append(other)
        target = max(distance, key=lambda p: (distance[p], -len(adjacent[p])))
        if distance[target] > best[2]:
            best = (source, target, distance[target])
    return best


def _typo(name: str) -> str:
    """The name in lower case with one letter of the last word dropped ("charlie pth")."""
    *first, last = fold(name).split()
    return " ".join([*first, last[: len(last) // 2] + last[len(last) // 2 + 1 :]])


def cases(catalogue: Catalogue) -> tuple[list[Case], dict[str, Any]]:
    ranked = [name for name, _ in catalogue.credit_counts().most_common()]
    top, second = ranked[0], ranked[1]
    far_a, far_b, hops = _connection_pair(catalogue)
    typo = _typo(second)
    picks = {"top": top, "second": second, "far": (far_a, far_b, hops), "typo": typo}
    found = [
        Case(
            "person -> credits -> song -> writers",
            PERSON_CREDITS,
            {"name": top},
            lambda d: f"{len(d['person']['credits'])} credits",
            baseline=True,
        ),
        Case(
            "songs(first: 50) + artists, writers",
            SONGS_PAGE,
            {},
            lambda d: f"{len(d['songs']['edges'])} of {d['songs']['totalCount']} songs",
            baseline=True,
        ),
        Case(
            "person.collaborators(first: 20)",
            COLLABORATORS,
            {"name": top},
            lambda d: f"20 of {d['person']['collaborators']['totalCount']} collaborators",
        ),
        Case(
            "sharedCollaborators(a, b)",
            SHARED,
            {"a": top, "b": second},
            lambda d: f"{len(d['sharedCollaborators'])} people",
        ),
        Case(
            "connection(from, to)",
            CONNECTION,
            {"a": far_a, "b": far_b},
            lambda d: f"length {d['connection']['length']}" if d["connection"] else "no path",
        ),
        Case(
            "search(text) with a typo",
            SEARCH,
            {"text": typo},
            lambda d: f"{len(d['search'])} hits, target {'1st' if _first_hit(d) == second else 'NOT 1st'}",
        ),
        Case(
            "neighborhood(depth: 2)",
            NEIGHBORHOOD,
            {"id": to_global_id("Person", slug(top))},
            lambda d: f"{len(d['neighborhood']['nodes'])} nodes{' (cut)' if d['neighborhood']['truncated'] else ''}",
        ),
    ]
    return found, picks


def _first_hit(data: dict[str, Any]) -> str | None:
    hits = data["search"]
    return hits[0]["node"].get("name") if hits else None


# --- Timing ------------------------------------------------------------------------------------------------------


@dataclass
class Timing:
    statements: set[int] = field(default_factory=set)
    seconds: list[float] = field(default_factory=list)
    data: Any = None

    @property
    def median_ms(self) -> float:
        return statistics.median(self.seconds) * 1000

    @property
    def p95_ms(self) -> float:
        ordered = sorted(self.seconds)
        return ordered[math.ceil(0.95 * len(ordered)) - 1] * 1000

    @property
    def per_request(self) -> str:
        return "/".join(str(n) for n in sorted(self.statements))


async def measure(db: Database, run: Callable[[], Awaitable[Any]], warmup: int, runs: int) -> Timing:
    timing = Timing()
    for _ in range(warmup):
        timing.data = await run()
    gc.collect()
    for _ in range(runs):
        before = db.statements_run
        start = time.perf_counter()
        timing.data = await run()
        timing.seconds.append(time.perf_counter() - start)
        timing.statements.add(db.statements_run - before)
    return timing


def graphql(db: Database, target: strawberry.Schema, case: Case) -> Callable[[], Awaitable[Any]]:
    async def run() -> Any:
        result = await target.execute(case.document, variable_values=case.variables, context_value=Context(db=db))
        if result.errors:
            raise BenchFailure(f"{case.name}: {result.errors[0].message}")
        return result.data

    return run


def cypher(db: Database, statement: Statement) -> Callable[[], Awaitable[Any]]:
    async def run() -> Any:
        return await db.read(statement)

    return run


ADD_PEAK = (
    "mutation($id: ID!, $c: String!) { addChartPeak(songId: $id, input: {country: $c, position: 1}) { version } }"
)
REMOVE_PEAK = "mutation($id: ID!, $c: String!) { removeChartPeak(songId: $id, country: $c) { version } }"
_RAW_ADD = "MATCH (s:Song {id: $id}) CREATE (s)-[:PEAKED]->(:ChartPeak {id: $peak, country: $c, position: 1})"
_RAW_REMOVE = "MATCH (:Song {id: $id})-[:PEAKED]->(c:ChartPeak {id: $peak}) DETACH DELETE c"


async def write_rows(db: Database, catalogue: Catalogue, args: argparse.Namespace) -> list[list[str]]:
    """An edit costs validation, the song's lock, a version bump and reading the result back; the
    baseline is the bare pair of writes. Each run leaves the graph as it found it (but for the version)."""
    song = catalogue.docs[0].key
    writer = Context(db=db, principal=Principal("bench", Scope.WRITE), request_id="bench")
    runs = iter(range(10**9))

    async def through_api() -> None:
        variables = {"id": to_global_id("Song", song), "c": f"Bench {next(runs)}"}
        for document in (ADD_PEAK, REMOVE_PEAK):
            result = await schema.execute(document, variable_values=variables, context_value=writer)
            if result.errors:
                raise BenchFailure(f"writes: {result.errors[0].message}")

    async def bare() -> None:
        params = {"id": song, "peak": f"bench-{next(runs)}", "c": "Bench"}
        await db.write([Statement(_RAW_ADD, params)])
        await db.write([Statement(_RAW_REMOVE, params)])

    rows = []
    for name, run in (("addChartPeak + removeChartPeak", through_api), ("bare CREATE + DETACH DELETE", bare)):
        timing = await measure(db, run, args.warmup, args.runs)
        rows.append([name, "2", timing.per_request, ms(timing.median_ms), ms(timing.p95_ms)])
    return rows


# --- Output ------------------------------------------------------------------------------------------------------


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain-text table; columns holding numbers are right-aligned."""
    widths = [max(len(str(x)) for x in column) for column in zip(headers, *rows, strict=True)]
    numeric = [all(_numeric(str(row[i])) for row in rows) for i in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            str(c).rjust(w) if n else str(c).ljust(w) for c, w, n in zip(cells, widths, numeric, strict=True)
        ).rstrip()

    return "\n".join([line(headers), "  ".join("-" * w for w in widths), *(line(row) for row in rows)])


def _numeric(text: str) -> bool:
    return text.replace(".", "", 1).replace("x", "", 1).replace("/", "").isdigit()


def ms(value: float) -> str:
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


async def server_info(db: Database) -> str:
    rows = await db.read(
        Statement("CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS v, edition AS e", {})
    )
    return f"Neo4j {rows[0]['v']} {rows[0]['e']}"


async def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--songs", type=int, default=3000, help="songs in the synthetic graph (default 3000)")
    parser.add_argument("--runs", type=int, default=30, help="timed runs per document (default 30)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs first (default 3)")
    parser.add_argument("--reload", action="store_true", help="wipe the database and load the graph again")
    parser.add_argument("--concurrency", type=int, default=4, help="song transactions in flight while loading")
    parser.add_argument("--show-cypher", action="store_true", help="print the Cypher behind each document")
    args = parser.parse_args(argv)
    if args.songs < 10 or args.runs < 1 or args.warmup < 0 or args.concurrency < 1:
        parser.error("need --songs >= 10, --runs >= 1, --warmup >= 0, --concurrency >= 1")

    started = time.perf_counter()
    settings = Settings.from_env(os.environ)
    catalogue = generate(args.songs)
    db = RecordingDatabase.connect(settings)
    try:
        assert isinstance(db, RecordingDatabase)
        print(f"songgraph bench, {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}")
        print(
            f"{await server_info(db)} at {settings.neo4j_uri}; Python {platform.python_version()}, "
            f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs"
        )
        print(await prepare(db, catalogue, args.reload, args.concurrency))
        nodes = await _scalar(db, "MATCH (n) RETURN count(n) AS value")
        rels = await _scalar(db, "MATCH ()-[r]->() RETURN count(r) AS value")
        people = await _scalar(db, "MATCH (p:Person) RETURN count(p) AS value")
        print(
            f"N = {len(catalogue.docs)} songs, {people} people, {nodes} nodes, {rels} relationships "
            f"(seed {catalogue.seed}); {args.runs} timed runs per document after {args.warmup} warm-ups"
        )
        found, picks = cases(catalogue)
        far_a, far_b, hops = picks["far"]
        counts = catalogue.credit_counts()
        print(
            f"people: {picks['top']!r} ({counts[picks['top']]} credits), {picks['second']!r} "
            f"({counts[picks['second']]}); connection {far_a!r} -> {far_b!r} ({hops} people-steps apart by BFS); "
            f"search text {picks['typo']!r}"
        )
        problems: list[str] = []

        timings: dict[str, Timing] = {}
        generated: list[tuple[str, Statement]] = []
        rows = []
        for case in found:
            timing = await measure(db, graphql(db, schema, case), args.warmup, args.runs)
            timings[case.name] = timing
            if timing.statements != {1}:
                problems.append(f"{case.name}: {timing.per_request} statements per request, expected 1")
            statement = db.last
            assert statement is not None
            # The same statement without GraphQL: what Neo4j and the driver take; the rest is Python.
            raw = await measure(db, cypher(db, statement), args.warmup, args.runs)
            rows.append(
                [
                    case.name,
                    timing.per_request,
                    ms(timing.median_ms),
                    ms(timing.p95_ms),
                    ms(raw.median_ms),
                    case.size(timing.data),
                ]
            )
            generated.append((case.name, statement))
        print("\nsonggraph: one statement per GraphQL request")
        print(table(["document", "statements", "median ms", "p95 ms", "cypher-only median", "result"], rows))

        rows = []
        for case in found:
            if not case.baseline:
                continue
            ours = timings[case.name]
            naive = await measure(db, graphql(db, naive_schema, case), args.warmup, args.runs)
            if naive.data != ours.data:
                problems.append(f"{case.name}: the baseline returned different data")
            rows.append(
                [
                    case.name,
                    ours.per_request,
                    ms(ours.median_ms),
                    ms(ours.p95_ms),
                    naive.per_request,
                    ms(naive.median_ms),
                    ms(naive.p95_ms),
                    f"{naive.median_ms / ours.median_ms:.1f}x",
                ]
            )
        print("\nbaseline: naive resolver per field (one Cypher query per parent object), same documents and data")
        headers = [
            "document",
            "sg stmts",
            "sg median",
            "sg p95",
            "naive stmts",
            "naive median",
            "naive p95",
            "speed-up",
        ]
        print(table(headers, rows))

        right = fold(picks["second"])
        variants = [
            ("full-text index (songgraph)", picks["typo"], fulltext_statement(picks["typo"]), _ranked_fulltext),
            ("full-text index (songgraph)", right, fulltext_statement(right), _ranked_fulltext),
            ("toLower(...) CONTAINS scan", right, _scan(right), _ranked_scan),
            ("toLower(...) CONTAINS scan", picks["typo"], _scan(picks["typo"]), _ranked_scan),
        ]
        rows = []
        for method, text, statement, ranked in variants:
            timing = await measure(db, cypher(db, statement), args.warmup, args.runs)
            names = ranked(timing.data)
            where = "1st" if names[:1] == [picks["second"]] else "found" if picks["second"] in names else "missing"
            rows.append(
                [
                    method,
                    repr(text),
                    timing.per_request,
                    ms(timing.median_ms),
                    ms(timing.p95_ms),
                    str(len(names)),
                    where,
                ]
            )
        print("\nbaseline: search as a label scan, against the full-text index (raw statements, no GraphQL)")
        print(table(["method", "text", "statements", "median ms", "p95 ms", "hits", "target"], rows))

        print("\nwrites: a chart peak added then removed through the API, against the same two writes as bare Cypher")
        print(
            table(
                ["method", "transactions", "statements", "median ms", "p95 ms"], await write_rows(db, catalogue, args)
            )
        )

        if args.show_cypher:
            for name, statement in generated:
                print(f"\n-- {name}\n{statement.cypher}\n-- params: {dict(statement.params)}")
        print(f"\ntotal bench time {time.perf_counter() - started:.0f} s")
        for problem in problems:
            print(f"PROBLEM: {problem}")
        return 1 if problems else 0
    except BenchFailure as error:
        print(f"bench: {error}", file=sys.stderr)
        return 2
    finally:
        await db.close()


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
