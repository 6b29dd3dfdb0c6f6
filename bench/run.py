"""songgraph benchmark: songgraph over HTTP, its own Cypher raw, @neo4j/graphql and a naive N+1 schema, one store.

    python bench/run.py [--songs N] [--runs R] [--reload]

Connects with the usual settings (NEO4J_URI, NEO4J_USER, ...). It fills the store with a deterministic
synthetic catalogue (``bench/synthetic.py``, written by ``bench/store.py``'s ``build_store``) unless the
store already holds exactly that catalogue, then, in one interleaved run on that store:

- songgraph as users run it: ``songgraph serve`` on a free port, queried over HTTP;
- the statement songgraph generates for each document, replayed raw through the Python driver;
- the same statement behind a bare HTTP route (``bench/floor.py``): what HTTP alone adds to it;
- @neo4j/graphql 7 under @apollo/server 5 (``bench/peer/``) over the same store, on a free port;
- a naive Strawberry schema with one resolver per field (the N+1 pattern), in process.

Before timing it checks that every system returns the same data for each query and stops if not.
Figures are printed, never asserted: the exit code only reflects correctness.

It wipes the database only when it is empty, already holds a benchmark graph, or ``--reload`` is given.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime as dt
import hashlib
import inspect
import json
import math
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import strawberry
from store import build_store
from strawberry.types import Info
from synthetic import GENERATOR_VERSION, SEED, song_credits, stream

from songgraph import models
from songgraph.api.context import Context
from songgraph.api.schema import schema
from songgraph.config import Settings
from songgraph.cypher.projection import NESTED_LIST_LIMIT
from songgraph.cypher.relationships import search_query
from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.graph import Role
from songgraph.ids import from_global_id
from songgraph.migrate import default_schema_dir, migrate
from songgraph.models import SongDocument
from songgraph.text import fold

MARKER_ID = "songgraph-bench"
HERE = Path(__file__).resolve().parent
PEER_DIR = HERE / "peer"
PAGE_SIZE = 50
FAR_PAGE = 1000


class BenchFailure(RuntimeError):
    """A system failed, the systems disagree, or the graph is not one the benchmark may use."""


class BenchDatabase(Database):
    """A ``Database`` that keeps the statements it reads (to replay and PROFILE them) and can PROFILE."""

    log: list[Statement] | None = None  # set to a list to record; None while timing

    async def read(self, statement: Statement) -> list[dict[str, Any]]:
        if self.log is not None:
            self.log.append(statement)
        return await super().read(statement)

    async def db_hits(self, statement: Statement) -> int:
        """Database hits of a statement, from its PROFILE (deterministic for a given store and plan)."""
        _rows, hits = await self.profile(statement)
        return hits


# --- The store: filled once, recognised afterwards ---------------------------------------------------------------


@dataclass
class Summary:
    """What one pass over the generated stream tells: its digest, who is credited how often, a rich song."""

    songs: int
    fingerprint: str
    credits: dict[str, int]
    detail_title: str


# One pass over a million generated songs takes minutes: its summary is kept on disk, under a name that
# changes with the generator's source and the bench's own summary code (so an edit to either is never stale).
SUMMARIES = HERE.parent / ".local" / "bench-summaries"


def summarise(songs: int) -> Summary:
    """The stream's summary, from the kept file when the same generator already made it."""
    code = (HERE / "synthetic.py").read_text() + inspect.getsource(models) + inspect.getsource(_summarise)
    sources = (code + inspect.getsource(_richness)).encode()
    kept = SUMMARIES / f"{songs}-{SEED}-{hashlib.sha256(sources).hexdigest()[:16]}.json"
    if kept.exists():
        return Summary(**json.loads(kept.read_text()))
    summary = _summarise(songs)
    kept.parent.mkdir(parents=True, exist_ok=True)
    partial = kept.with_suffix(".partial")
    partial.write_text(json.dumps(dataclasses.asdict(summary)))
    partial.replace(kept)
    return summary


def _summarise(songs: int) -> Summary:
    digest = hashlib.sha256(f"v{GENERATOR_VERSION}".encode())
    credits: dict[str, int] = {}
    best: tuple[int, str] = (-1, "")
    for doc in stream(songs):
        digest.update(doc.model_dump_json().encode())
        for name in song_credits(doc):
            credits[name] = credits.get(name, 0) + 1
        richness = _richness(doc)
        if richness > best[0]:
            best = (richness, doc.title)
    return Summary(songs, digest.hexdigest()[:16], credits, best[1])


def _richness(doc: SongDocument) -> int:
    """How much a song's full detail holds: the song-detail query picks the richest (first) one."""
    return (
        4 * (doc.album is not None)
        + 4 * (doc.music_video is not None)
        + 4 * bool(doc.certifications)
        + 4 * bool(doc.chart_peaks)
        + 4 * bool(doc.featured_artists)
        + len(doc.writers)
        + len(doc.producers)
        + len(doc.artists)
    )


async def _scalar(db: Database, cypher: str, params: dict[str, Any] | None = None) -> Any:
    rows = await db.read(Statement(cypher, params or {}))
    return rows[0]["value"] if rows else None


async def wipe(db: Database) -> None:
    """Delete everything, in batches small enough for Neo4j's per-transaction memory limit (192 MiB: a
    person with a thousand credits takes all its relationships with it)."""
    # Relationships first: a node of many relationships deleted with them all can pass the limit alone.
    while await _scalar(db, "MATCH ()-[r]->() RETURN count(r) AS value"):
        await db.write([Statement("MATCH ()-[r]->() WITH r LIMIT $batch DELETE r", {"batch": 10_000})])
    while await _scalar(db, "MATCH (n) RETURN count(n) AS value"):
        await db.write([Statement("MATCH (n) WITH n LIMIT $batch DELETE n", {"batch": 10_000})])


async def prepare(db: Database, summary: Summary, reload: bool) -> str:
    """Make the store hold exactly the catalogue of ``summary``; returns a line saying what was done."""
    nodes = await _scalar(db, "MATCH (n) RETURN count(n) AS value")
    songs = await _scalar(db, "MATCH (s:Song) RETURN count(s) AS value")
    marker = await _scalar(db, "MATCH (m:BenchmarkMarker {id: $id}) RETURN m.fingerprint AS value", {"id": MARKER_ID})
    if not reload and marker == summary.fingerprint and songs == summary.songs:
        return (
            f"the store already holds the synthetic catalogue ({summary.fingerprint}): "
            "load skipped (--reload forces it)"
        )
    if nodes and marker is None and not reload:
        raise BenchFailure(
            f"the database holds {nodes} nodes that are not a benchmark graph; "
            "pass --reload to wipe it (or point NEO4J_URI at a scratch instance)"
        )
    await wipe(db)
    await migrate(db, default_schema_dir())
    report = await build_store(db, stream(summary.songs))
    await db.write(
        [
            Statement(
                "MERGE (m:BenchmarkMarker {id: $id}) SET m.fingerprint = $fingerprint, m.songs = $songs, "
                "m.seed = $seed, m.version = $version",
                {
                    "id": MARKER_ID,
                    "fingerprint": summary.fingerprint,
                    "songs": summary.songs,
                    "seed": SEED,
                    "version": GENERATOR_VERSION,
                },
            )
        ]
    )
    await db.refresh_statistics()
    return (
        f"loaded {report.songs} songs in {report.seconds:.1f} s = {report.songs / report.seconds:.0f} songs/s "
        f"({report.method}, {report.transactions} transactions)"
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


# --- The queries: the same question asked of every system ------------------------------------------------------

SONG_DETAIL = (
    "query($title: String!) { song(title: $title) { id title releaseDate genres "
    "artists { name } featuredArtists { name } writers { name } producers { name } album { title } "
    "musicVideo { views directors { name } } certifications { country level multiplier } "
    "chartPeaks { country chart position } } }"
)
PEER_SONG_DETAIL = (
    "query($key: String!) { songs(where: {titleKey: {eq: $key}}) { id title releaseDate genres "
    "artists { name } featuredArtists { name } writers { name } producers { name } albums { title } "
    "musicVideos { views directors { name } } certifications { country level multiplier } "
    "chartPeaks { country chart position } } }"
)
PERSON_CREDITS = (
    "query($name: String!) { person(name: $name) { name credits { role song { title writers { name } } } } }"
)
PEER_PERSON_CREDITS = (
    "query($key: String!) { people(where: {nameKey: {eq: $key}}) { name "
    "performed { title writers { name } } featuredOn { title writers { name } } "
    "wrote { title writers { name } } produced { title writers { name } } } }"
)
SONGS_PAGE = "query($after: String) { songs(first: 50, after: $after) { edges { node { title artists { name } } } } }"
NAIVE_SONGS_PAGE = "{ songs(first: 50) { edges { node { title artists { name } } } } }"
PEER_SONGS_PAGE = (
    "query($offset: Int!) { songs(limit: 50, offset: $offset, sort: [{titleKey: ASC}, {id: ASC}]) "
    "{ title artists { name } } }"
)
COLLABORATORS = (
    "query($name: String!) { person(name: $name) { collaborators(first: 20) { "
    "edges { node { person { id name } sharedWorkCount } } } } }"
)
PEER_COLLABORATORS = (
    "query($key: String!) { people(where: {nameKey: {eq: $key}}) { collaborators(first: 20) "
    "{ id name sharedWorkCount } } }"
)
SHARED = (
    "query($a: String!, $b: String!) { sharedCollaborators(a: {name: $a}, b: {name: $b}, first: 20) { "
    "person { id name } strength } }"
)
PEER_SHARED = "query($a: String!, $b: String!) { sharedCollaborators(a: $a, b: $b, first: 20) { id name strength } }"
SEARCH = (
    "query($text: String!) { search(text: $text, first: 10) { "
    "node { __typename ... on Person { id name } ... on Song { id title } ... on Album { id title } } } }"
)
PEER_SEARCH = "query($query: String!) { search(query: $query, first: 10) { kind id label } }"

_ROLE_OF_PEER_FIELD = {
    "performed": "ARTIST",
    "featuredOn": "FEATURED_ARTIST",
    "wrote": "WRITER",
    "produced": "PRODUCER",
}


def _key(global_id: str) -> str:
    return from_global_id(global_id)[1]


def _names(people: list[dict[str, Any]]) -> list[str]:
    return sorted(p["name"] for p in people)


def _canon_song(song: dict[str, Any] | None, peer: bool) -> Any:
    if song is None:
        return None
    album = song["albums"] if peer else [song["album"]] if song["album"] else []
    video = song["musicVideos"] if peer else [song["musicVideo"]] if song["musicVideo"] else []
    return {
        "id": song["id"] if peer else _key(song["id"]),
        "title": song["title"],
        "releaseDate": song["releaseDate"],
        "genres": song["genres"],
        # Order of credits is defined by songgraph (position) but not asked of the peer: compared as sets.
        **{k: _names(song[k]) for k in ("artists", "featuredArtists", "writers", "producers")},
        "album": sorted(a["title"] for a in album),
        "video": sorted((int(v["views"]), tuple(_names(v["directors"]))) for v in video),
        "certifications": sorted((c["country"], c["level"].upper(), c["multiplier"]) for c in song["certifications"]),
        "chartPeaks": sorted((c["country"], c["chart"], c["position"]) for c in song["chartPeaks"]),
    }


def canon_song_detail(data: dict[str, Any], peer: bool) -> Any:
    if peer:
        return [_canon_song(s, True) for s in data["songs"]]
    return [_canon_song(data["song"], False)] if data["song"] else []


def canon_person_credits(data: dict[str, Any], peer: bool) -> Any:
    if peer:
        person = data["people"][0] if data["people"] else None
        if person is None:
            return None
        credits = [
            (role, song["title"], tuple(_names(song["writers"])))
            for name, role in _ROLE_OF_PEER_FIELD.items()
            for song in person[name]
        ]
    else:
        person = data["person"]
        if person is None:
            return None
        credits = [(c["role"], c["song"]["title"], tuple(_names(c["song"]["writers"]))) for c in person["credits"]]
    return {"name": person["name"], "credits": sorted(credits)}


def canon_songs_page(data: dict[str, Any], peer: bool) -> Any:
    songs = data["songs"] if peer else [edge["node"] for edge in data["songs"]["edges"]]
    return [(s["title"], tuple(_names(s["artists"]))) for s in songs]


def canon_collaborators(data: dict[str, Any], peer: bool) -> Any:
    if peer:
        return [(c["id"], c["name"], c["sharedWorkCount"]) for c in data["people"][0]["collaborators"]]
    edges = data["person"]["collaborators"]["edges"]
    return [(_key(e["node"]["person"]["id"]), e["node"]["person"]["name"], e["node"]["sharedWorkCount"]) for e in edges]


def canon_shared(data: dict[str, Any], peer: bool) -> Any:
    if peer:
        return [(c["id"], c["name"], c["strength"]) for c in data["sharedCollaborators"]]
    return [(_key(c["person"]["id"]), c["person"]["name"], c["strength"]) for c in data["sharedCollaborators"]]


def canon_search(data: dict[str, Any], peer: bool) -> Any:
    if peer:
        return [(h["kind"], h["id"], h["label"]) for h in data["search"]]
    return [
        (h["node"]["__typename"], _key(h["node"]["id"]), h["node"].get("name") or h["node"].get("title"))
        for h in data["search"]
    ]


@dataclass
class Query:
    name: str
    document: str
    variables: dict[str, Any]
    peer_document: str
    peer_variables: dict[str, Any]
    canon: Callable[[dict[str, Any], bool], Any]
    naive_document: str | None = None
    statement: Statement | None = None  # songgraph's, recorded in process
    peer_statements: list[Statement] = field(default_factory=list)  # the peer's, captured
    size: str = ""


def _typo(name: str) -> str:
    """The name in lower case with one letter of the last word dropped ("charlie pth")."""
    *first, last = fold(name).split()
    return " ".join([*first, last[: len(last) // 2] + last[len(last) // 2 + 1 :]])


@dataclass
class Picks:
    top: str
    # The busiest person whose credits a plain list holds whole (the peer's lists are never capped).
    listed: str
    second: str
    median: str
    typo: str
    title: str
    far_page: int


# A plain list returns at most NESTED_LIST_LIMIT (2,000) items; a person credited on this many songs has
# fewer credits than that even when some songs credit them twice (as artist and writer, say).
WHOLE_LIST_CREDITS = NESTED_LIST_LIMIT * 9 // 10


def picks_of(summary: Summary) -> Picks:
    ranked = sorted(summary.credits, key=lambda name: (-summary.credits[name], name))
    pages = math.ceil(summary.songs / PAGE_SIZE)
    listed = next(name for name in ranked if summary.credits[name] <= WHOLE_LIST_CREDITS)
    return Picks(
        top=ranked[0],
        listed=listed,
        second=ranked[1],
        median=ranked[len(ranked) // 2],
        typo=_typo(ranked[1]),
        title=summary.detail_title,
        far_page=min(FAR_PAGE, pages),
    )


def queries(picks: Picks, far_cursor: str | None) -> list[Query]:
    far_offset = PAGE_SIZE * (picks.far_page - 1)
    return [
        Query(
            "song by title, full detail",
            SONG_DETAIL,
            {"title": picks.title},
            PEER_SONG_DETAIL,
            {"key": fold(picks.title)},
            canon_song_detail,
        ),
        Query(
            "person -> credits -> song -> writers",
            PERSON_CREDITS,
            {"name": picks.listed},
            PEER_PERSON_CREDITS,
            {"key": fold(picks.listed)},
            canon_person_credits,
            naive_document=PERSON_CREDITS,
        ),
        Query(
            "songs page 1 (50, with artists)",
            SONGS_PAGE,
            {"after": None},
            PEER_SONGS_PAGE,
            {"offset": 0},
            canon_songs_page,
            naive_document=NAIVE_SONGS_PAGE,
        ),
        Query(
            f"songs page {picks.far_page} (50, with artists)",
            SONGS_PAGE,
            {"after": far_cursor},
            PEER_SONGS_PAGE,
            {"offset": far_offset},
            canon_songs_page,
        ),
        Query(
            "collaborators top 20, busiest person",
            COLLABORATORS,
            {"name": picks.top},
            PEER_COLLABORATORS,
            {"key": fold(picks.top)},
            canon_collaborators,
        ),
        Query(
            "collaborators top 20, median person",
            COLLABORATORS,
            {"name": picks.median},
            PEER_COLLABORATORS,
            {"key": fold(picks.median)},
            canon_collaborators,
        ),
        Query(
            "shared collaborators of the top two",
            SHARED,
            {"a": picks.top, "b": picks.second},
            PEER_SHARED,
            {"a": fold(picks.top), "b": fold(picks.second)},
            canon_shared,
        ),
        # Only the busiest keeps a collaborator ranking here: the answer is walked, from the quieter side first.
        Query(
            "shared collaborators, busiest and median",
            SHARED,
            {"a": picks.top, "b": picks.median},
            PEER_SHARED,
            {"a": fold(picks.top), "b": fold(picks.median)},
            canon_shared,
        ),
        Query(
            "search with a typo",
            SEARCH,
            {"text": picks.typo},
            PEER_SEARCH,
            {"query": search_query(picks.typo, "search.text")},
            canon_search,
        ),
    ]


async def far_cursor(db: Database, page: int) -> str | None:
    """The cursor that opens page ``page`` of songs(first: 50), walked through the API as a client would."""
    remaining = PAGE_SIZE * (page - 1)
    after: str | None = None
    walk = "query($n: Int!, $after: String) { songs(first: $n, after: $after) { pageInfo { endCursor } } }"
    while remaining > 0:
        step = min(100, remaining)
        result = await schema.execute(walk, variable_values={"n": step, "after": after}, context_value=Context(db=db))
        if result.errors or result.data is None:
            raise BenchFailure(f"walking the songs pages: {result.errors}")
        after = result.data["songs"]["pageInfo"]["endCursor"]
        remaining -= step
    return after


# --- The systems under test ------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """A server process the bench started (and stops): songgraph serve or the peer."""

    name: str
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def tail(self) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-20:])


def start(name: str, command: list[str], env: dict[str, str], url: str, cwd: Path, logs: Path) -> Server:
    log = logs / f"{name}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
    return Server(name, url, process, log)


async def ready(server: Server, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as client:
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                raise BenchFailure(f"{server.name} exited with {server.process.returncode}:\n{server.tail()}")
            try:
                async with client.post(server.url, json={"query": "{ __typename }"}) as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.5)
    raise BenchFailure(f"{server.name} did not answer within {timeout:.0f} s:\n{server.tail()}")


# SERVICE_UNAVAILABLE answers songgraph gave (its costly lane or admission was full), each followed, as a
# well-behaved client does, by the same request again after its Retry-After; printed with the throughput.
RETRIED: Counter[str] = Counter()


async def post(client: aiohttp.ClientSession, url: str, document: str, variables: dict[str, Any]) -> dict[str, Any]:
    while True:
        async with client.post(url, json={"query": document, "variables": variables}) as response:
            status = response.status
            retry_after = response.headers.get("retry-after")
            body = await response.json(content_type=None)
        errors = body.get("errors") or []
        if errors and (errors[0].get("extensions") or {}).get("code") == "SERVICE_UNAVAILABLE":
            RETRIED[url] += 1
            wait = (errors[0].get("extensions") or {}).get("retryAfterSeconds") or retry_after
            await asyncio.sleep(float(wait or 1))
            continue
        break
    if status != 200 or body.get("errors"):
        raise BenchFailure(f"{url}: HTTP {status}: {json.dumps(body.get('errors'))[:500]}")
    return dict(body)


async def post_statement(client: aiohttp.ClientSession, url: str, body: bytes) -> Any:
    async with client.post(url, data=body, headers={"content-type": "application/json"}) as response:
        if response.status != 200:
            raise BenchFailure(f"{url}: HTTP {response.status}: {(await response.text())[:500]}")
        return orjson.loads(await response.read())


def _peer_params(value: Any) -> Any:
    """Parameters as the peer's driver sent them; its integers arrive as {"$int": "n"}."""
    if isinstance(value, dict):
        if set(value) == {"$int"}:
            return int(value["$int"])
        return {k: _peer_params(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_peer_params(v) for v in value]
    return value


# --- Timing ------------------------------------------------------------------------------------------------------


@dataclass
class Samples:
    seconds: list[float] = field(default_factory=list)
    # CPU seconds per request of the process that answered (back to back only; see cpu_seconds).
    cpu: float | None = None

    @property
    def p50(self) -> float:
        return statistics.median(self.seconds) * 1000

    @property
    def p95(self) -> float:
        ordered = sorted(self.seconds)
        return ordered[math.ceil(0.95 * len(ordered)) - 1] * 1000


@dataclass
class Cost:
    statements: int
    db_hits: int


SYSTEMS = ("songgraph", "peer", "raw", "http floor", "naive")
# Back-to-back requests per interleaved round: they are cheap, and more of them steady the median.
BACK_TO_BACK_RUNS = 5


@dataclass
class Bench:
    db: BenchDatabase
    http: aiohttp.ClientSession
    songgraph_url: str
    peer_url: str
    # The same songgraph with SONGGRAPH_SHARED_READS=false: each request runs its own statement.
    unshared_url: str = ""
    # bench/floor.py: songgraph's statement run raw behind a bare HTTP route.
    floor_url: str = ""
    # The process whose CPU each system's requests cost: the servers', and this one's for raw.
    pids: dict[str, int] = field(default_factory=dict)

    def runner(self, system: str, q: Query) -> Callable[[], Awaitable[Any]] | None:
        if system == "songgraph":
            return lambda: post(self.http, self.songgraph_url, q.document, q.variables)
        if system == "songgraph unshared":
            return lambda: post(self.http, self.unshared_url, q.document, q.variables)
        if system == "peer":
            return lambda: post(self.http, self.peer_url, q.peer_document, q.peer_variables)
        if system == "raw":
            statement = q.statement
            assert statement is not None
            return lambda: self.db.read(statement)
        if system == "http floor":
            assert q.statement is not None
            try:
                body = orjson.dumps({"cypher": q.statement.cypher, "params": dict(q.statement.params)})
            except TypeError:
                return None  # a parameter JSON does not carry as it is
            return lambda: post_statement(self.http, self.floor_url, body)
        if q.naive_document is None:
            return None
        document = q.naive_document

        async def naive() -> Any:
            result = await naive_schema.execute(
                document, variable_values=q.variables, context_value=Context(db=self.db)
            )
            if result.errors:
                raise BenchFailure(f"naive {q.name}: {result.errors[0].message}")
            return result.data

        return naive


async def in_process(
    db: BenchDatabase, target: strawberry.Schema, document: str, variables: dict[str, Any]
) -> tuple[Any, list[Statement]]:
    """A document's data, run in the bench process, and the statements it read."""
    db.log = []
    try:
        result = await target.execute(document, variable_values=variables, context_value=Context(db=db))
        statements = db.log
    finally:
        db.log = None
    if result.errors:
        raise BenchFailure(f"{document[:60]}...: {result.errors[0].message}")
    return result.data, statements


async def check_and_cost(bench: Bench, q: Query, capture_url: str) -> dict[str, Cost]:
    """Every system's answer to ``q``, compared; the statements each sends and their database hits."""
    db = bench.db
    ours, statements = await in_process(db, schema, q.document, q.variables)
    if len(statements) != 1:
        raise BenchFailure(f"{q.name}: songgraph ran {len(statements)} statements in process, expected 1")
    q.statement = statements[0]
    expected = q.canon(ours, False)
    if not expected:
        raise BenchFailure(f"{q.name}: songgraph found nothing; the query checks nothing")
    over_http = await post(bench.http, bench.songgraph_url, q.document, q.variables)
    if q.canon(over_http["data"], False) != expected:
        raise BenchFailure(f"{q.name}: songgraph over HTTP differs from songgraph in process")
    captured = await post(bench.http, capture_url, q.peer_document, q.peer_variables)
    peer = q.canon(captured["data"], True)
    if peer != expected:
        raise BenchFailure(
            f"{q.name}: @neo4j/graphql returned different data\n"
            f"  songgraph: {expected!r:.800}\n  peer:      {peer!r:.800}"
        )
    rows = await db.read(q.statement)
    if not rows:
        raise BenchFailure(f"{q.name}: the raw statement returned no rows")
    peer_statements = [
        Statement(s["cypher"], _peer_params(s["params"]))
        for s in captured.get("extensions", {}).get("cypher", [])
        if "dbms.components()" not in s["cypher"]
    ]
    q.peer_statements = peer_statements
    sg_hits = await db.db_hits(q.statement)
    costs = {
        "songgraph": Cost(1, sg_hits),
        "raw": Cost(1, sg_hits),
        "peer": Cost(len(peer_statements), sum([await db.db_hits(s) for s in peer_statements])),
    }
    if q.naive_document is not None:
        naive, statements = await in_process(db, naive_schema, q.naive_document, q.variables)
        if q.canon(naive, False) != expected:
            raise BenchFailure(f"{q.name}: the naive baseline returned different data")
        costs["naive"] = Cost(len(statements), sum([await db.db_hits(s) for s in statements]))
    q.size = _size(expected)
    return costs


def _size(canon: Any) -> str:
    if isinstance(canon, dict) and "credits" in canon:
        return f"{len(canon['credits'])} credits"
    if isinstance(canon, list) and canon and isinstance(canon[0], dict):
        return f"{sum(len(canon[0][k]) for k in ('artists', 'writers', 'producers'))} people"
    return f"{len(canon)} rows"


async def interleaved(
    bench: Bench, found: list[Query], warmup: int, runs: int, naive_runs: int
) -> dict[tuple[str, str], Samples]:
    """Concurrency 1: each round asks every query of every system once, so drift hits all alike.
    The naive schema takes seconds per request, so it is only in the first ``naive_runs`` timed rounds."""
    samples: dict[tuple[str, str], Samples] = {}
    for round_ in range(warmup + runs):
        for q in found:
            for system in SYSTEMS:
                run = bench.runner(system, q)
                if run is None or (system == "naive" and round_ >= warmup + naive_runs):
                    continue
                start = time.perf_counter()
                await run()
                elapsed = time.perf_counter() - start
                if round_ >= warmup:
                    samples.setdefault((q.name, system), Samples()).seconds.append(elapsed)
    return samples


# Back to back: the systems whose processes are ours (songgraph, its statement raw, the HTTP floor).
BACK_TO_BACK = ("songgraph", "raw", "http floor")


async def back_to_back(bench: Bench, found: list[Query], warmup: int, runs: int) -> dict[tuple[str, str], Samples]:
    """Concurrency 1, each system's requests in a run of their own with no pause between them.

    In the interleaved rounds every request follows other systems' requests, tens of milliseconds of the
    peer among them, during which the server process and Neo4j's threads sleep; waking them costs each
    request a millisecond or more on this virtual machine. Here nothing sleeps: what remains is each
    system's own cost per request."""
    samples: dict[tuple[str, str], Samples] = {}
    for q in found:
        for system in BACK_TO_BACK:
            run = bench.runner(system, q)
            if run is None:
                continue
            sample = samples.setdefault((q.name, system), Samples())
            pid = bench.pids.get(system)
            for round_ in range(warmup + runs):
                if round_ == warmup and pid is not None:
                    cpu_before = cpu_seconds(pid)
                start = time.perf_counter()
                await run()
                if round_ >= warmup:
                    sample.seconds.append(time.perf_counter() - start)
            if pid is not None:
                sample.cpu = (cpu_seconds(pid) - cpu_before) / runs
    return samples


def cpu_seconds(pid: int) -> float:
    """User and system CPU seconds a process has used so far (Linux, /proc/PID/stat).

    Its granularity is a clock tick (10 ms), so it is read around a run of requests, never one."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def throughput(bench: Bench, system: str, found: list[Query], clients: int, seconds: float) -> tuple[int, float]:
    """Closed loop: ``clients`` workers each send the next query of the mix as soon as the last answers.
    Returns the requests answered and the seconds until the last one (in flight at the deadline) answered."""
    runners = [bench.runner(system, q) for q in found]
    mix = [r for r in runners if r is not None]
    done = 0
    started = time.perf_counter()
    deadline = started + seconds

    async def worker(offset: int) -> None:
        nonlocal done
        i = offset
        while time.perf_counter() < deadline:
            await mix[i % len(mix)]()
            done += 1
            i += 1

    await asyncio.gather(*(worker(k) for k in range(clients)))
    return done, time.perf_counter() - started


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
    return text in ("-", "") or text.replace(",", "").replace(".", "", 1).replace("x", "", 1).isdigit()


def ms(value: float) -> str:
    return f"{value:.0f}" if value >= 100 else f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def cpu_ms(sample: Samples) -> str:
    return "-" if sample.cpu is None else ms(sample.cpu * 1000)


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x"


async def server_info(db: Database) -> str:
    rows = await db.read(
        Statement("CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS v, edition AS e", {})
    )
    return f"Neo4j {rows[0]['v']} {rows[0]['e']}"


def _peer_version() -> str:
    versions = []
    for package in ("@neo4j/graphql", "@apollo/server"):
        manifest = PEER_DIR / "node_modules" / package / "package.json"
        versions.append(f"{package} {json.loads(manifest.read_text())['version']}")
    return ", ".join(versions)


async def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--songs", type=int, default=30_000, help="songs in the synthetic store (default 30000)")
    parser.add_argument("--runs", type=int, default=20, help="timed rounds at concurrency 1 (default 20)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed rounds first (default 3)")
    parser.add_argument("--naive-runs", type=int, default=5, help="timed rounds of the naive schema (default 5)")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients for throughput (default 16)")
    parser.add_argument("--seconds", type=float, default=30, help="throughput seconds per system (default 30)")
    parser.add_argument("--reload", action="store_true", help="wipe the database and load the store again")
    parser.add_argument("--show-cypher", action="store_true", help="print each system's Cypher for each query")
    args = parser.parse_args(argv)
    if args.songs < 100 or args.runs < 1 or args.warmup < 0 or args.clients < 1 or args.seconds <= 0:
        parser.error("need --songs >= 100, --runs >= 1, --warmup >= 0, --clients >= 1, --seconds > 0")
    if not (PEER_DIR / "node_modules").is_dir() or shutil.which("node") is None:
        print("bench: the peer needs Node and its modules: run `make bench` (npm ci in bench/peer)", file=sys.stderr)
        return 2

    started = time.perf_counter()
    # The naive baseline sends a thousand statements at once: they wait for the pool instead of failing, and the
    # store's load and the PROFILE runs get a generous budget.
    settings = dataclasses.replace(
        Settings.from_env(os.environ), pool_wait_seconds=120.0, read_timeout_seconds=300.0, write_timeout_seconds=600.0
    )
    db = BenchDatabase.connect(settings)
    assert isinstance(db, BenchDatabase)
    servers: list[Server] = []
    logs = Path(tempfile.mkdtemp(prefix="songgraph-bench-"))
    try:
        print(f"songgraph bench, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")
        print(
            f"{await server_info(db)} at {settings.neo4j_uri}; Python {platform.python_version()}, "
            f"Node {subprocess.run(['node', '--version'], capture_output=True, text=True).stdout.strip()}, "
            f"{_peer_version()}; {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs"
        )
        summary = summarise(args.songs)
        print(await prepare(db, summary, args.reload), flush=True)
        nodes = await _scalar(db, "MATCH (n) RETURN count(n) AS value")
        rels = await _scalar(db, "MATCH ()-[r]->() RETURN count(r) AS value")
        people = await _scalar(db, "MATCH (p:Person) RETURN count(p) AS value")
        print(
            f"N = {summary.songs} songs, {people} people, {nodes} nodes, {rels} relationships (seed {SEED}); "
            f"{args.runs} timed rounds after {args.warmup} warm-up rounds"
        )
        picks = picks_of(summary)
        print(
            f"picks: busiest {picks.top!r} ({summary.credits[picks.top]} song credits), second {picks.second!r} "
            f"({summary.credits[picks.second]}), median {picks.median!r} ({summary.credits[picks.median]}); "
            f"song {picks.title!r}; search text {picks.typo!r}; credits of {picks.listed!r} "
            f"({summary.credits[picks.listed]}, the busiest whose credits a plain list holds whole)"
        )

        env = dict(os.environ)
        sg_port, peer_port, capture_port = free_port(), free_port(), free_port()
        # The bench's clients all come from one address: the per-client fairness limit would answer most of
        # the 16 concurrent clients 503, so it is raised to let them all in, as the peer does. No system
        # measured writes a line per request (the peer and the floor log none), so songgraph's is off too.
        sg_env = {
            **env,
            "SONGGRAPH_HOST": "127.0.0.1",
            "SONGGRAPH_PORT": str(sg_port),
            "SONGGRAPH_CLIENT_CONCURRENCY": "64",
            "SONGGRAPH_TOTAL_CONCURRENCY": "64",
            "SONGGRAPH_ACCESS_LOG": "false",
        }
        songgraph_bin = str(Path(sys.executable).with_name("songgraph"))
        peer_env = {**env, "NEO4J_URI": settings.neo4j_uri, "NEO4J_USER": settings.neo4j_user}
        peer_env |= {"NEO4J_PASSWORD": settings.neo4j_password, "NEO4J_DATABASE": settings.neo4j_database}
        servers.append(
            start("songgraph", [songgraph_bin, "serve"], sg_env, f"http://127.0.0.1:{sg_port}/graphql", HERE, logs)
        )
        servers.append(
            start(
                "peer",
                ["node", "server.mjs"],
                {**peer_env, "PEER_PORT": str(peer_port)},
                f"http://127.0.0.1:{peer_port}/",
                PEER_DIR,
                logs,
            )
        )
        capture = start(
            "peer-capture",
            ["node", "server.mjs"],
            {**peer_env, "PEER_PORT": str(capture_port), "PEER_CAPTURE": "1"},
            f"http://127.0.0.1:{capture_port}/",
            PEER_DIR,
            logs,
        )
        servers.append(capture)
        unshared_port = free_port()
        unshared_env = {**sg_env, "SONGGRAPH_PORT": str(unshared_port), "SONGGRAPH_SHARED_READS": "false"}
        unshared_url = f"http://127.0.0.1:{unshared_port}/graphql"
        unshared = start("songgraph-unshared", [songgraph_bin, "serve"], unshared_env, unshared_url, HERE, logs)
        servers.append(unshared)
        floor_port = free_port()
        floor_command = [sys.executable, "-m", "uvicorn", "--factory", "floor:create", "--host", "127.0.0.1"]
        floor_command += ["--port", str(floor_port), "--no-access-log", "--log-level", "warning"]
        floor = start("http-floor", floor_command, env, f"http://127.0.0.1:{floor_port}/", HERE, logs)
        servers.append(floor)
        cursor = await far_cursor(db, picks.far_page)
        for server in servers:
            await ready(server)
        found = queries(picks, cursor)

        # aiohttp rather than httpx: its own cost per request is about a quarter of httpx's (0.25 against
        # 0.9 ms of CPU), and the client's time is not the servers'.
        client_timeout = aiohttp.ClientTimeout(total=120)
        connector = aiohttp.TCPConnector(limit=64)
        async with aiohttp.ClientSession(timeout=client_timeout, connector=connector) as http:
            pids = {"songgraph": servers[0].process.pid, "raw": os.getpid(), "http floor": floor.process.pid}
            bench = Bench(db, http, servers[0].url, servers[1].url, unshared.url, floor.url, pids)
            costs = {}
            for q in found:
                costs[q.name] = await check_and_cost(bench, q, capture.url)
            capture.stop()
            print("every system returned the same data for every query (checked before timing)", flush=True)

            samples = await interleaved(bench, found, args.warmup, args.runs, min(args.runs, args.naive_runs))
            steady = await back_to_back(bench, found, args.warmup, args.runs * BACK_TO_BACK_RUNS)
            counts: dict[str, list[tuple[int, float]]] = {"songgraph": [], "peer": [], "songgraph unshared": []}
            for _ in range(2):
                # Two alternating halves each, so a change in the machine's load hits both systems.
                for system in counts:
                    counts[system].append(await throughput(bench, system, found, args.clients, args.seconds / 2))

        rows = []
        for q in found:
            sg, peer, raw = (samples[(q.name, s)] for s in ("songgraph", "peer", "raw"))
            naive, floor_samples = samples.get((q.name, "naive")), samples.get((q.name, "http floor"))
            rows.append(
                [
                    q.name,
                    ms(sg.p50),
                    ms(sg.p95),
                    ms(peer.p50),
                    ms(peer.p95),
                    ms(raw.p50),
                    ms(raw.p95),
                    ms(floor_samples.p50) if floor_samples else "-",
                    ms(naive.p50) if naive else "-",
                    ratio(sg.p50, peer.p50),
                    ratio(sg.p50, raw.p50),
                    ratio(floor_samples.p50, raw.p50) if floor_samples else "-",
                ]
            )
        print(
            f"\nlatency at concurrency 1, ms ({args.runs} rounds; naive {min(args.runs, args.naive_runs)}); "
            "songgraph and the peer over HTTP, raw and naive in the bench process; http floor: the raw "
            "statement behind a bare HTTP route (bench/floor.py), what HTTP alone costs"
        )
        headers = ["query", "sg p50", "sg p95", "peer p50", "peer p95", "raw p50", "raw p95", "http p50", "naive p50"]
        print(table([*headers, "sg/peer", "sg/raw", "http/raw"], rows))

        rows = []
        for q in found:
            ours, direct = steady[(q.name, "songgraph")], steady[(q.name, "raw")]
            bare = steady.get((q.name, "http floor"))
            rows.append(
                [
                    q.name,
                    ms(ours.p50),
                    ms(direct.p50),
                    ms(bare.p50) if bare else "-",
                    ratio(ours.p50, direct.p50),
                    ratio(bare.p50, direct.p50) if bare else "-",
                    ratio(ours.p50, bare.p50) if bare else "-",
                    cpu_ms(ours),
                    cpu_ms(direct),
                    cpu_ms(bare) if bare else "-",
                ]
            )
        print(
            f"\nlatency back to back, ms ({args.runs * BACK_TO_BACK_RUNS} requests in a row per system and query, "
            "no other system between them): what each costs when nothing has gone to sleep"
        )
        print(
            "CPU per request: of the songgraph server, of the bench process running the raw statement (the "
            "driver's Python side), of the HTTP floor's server; /proc over the whole run, clock ticks of 10 ms"
        )
        headers = ["query", "sg p50", "raw p50", "http p50", "sg/raw", "http/raw", "sg/http"]
        print(table([*headers, "sg cpu", "raw cpu", "http cpu"], rows))

        rows = []
        for q in found:
            c = costs[q.name]
            naive_cost = c.get("naive")
            rows.append(
                [
                    q.name,
                    str(c["songgraph"].statements),
                    str(c["peer"].statements),
                    str(naive_cost.statements) if naive_cost else "-",
                    f"{c['songgraph'].db_hits:,}",
                    f"{c['peer'].db_hits:,}",
                    f"{naive_cost.db_hits:,}" if naive_cost else "-",
                    ratio(c["songgraph"].db_hits, max(1, c["peer"].db_hits)),
                    q.size,
                ]
            )
        print("\nstatements per request and database hits (PROFILE; raw sends songgraph's statement)")
        headers = ["query", "sg stmts", "peer stmts", "naive stmts", "sg db hits", "peer db hits", "naive db hits"]
        print(table([*headers, "sg/peer", "result"], rows))

        total = {system: sum(n for n, _ in parts) for system, parts in counts.items()}
        took = {system: sum(t for _, t in parts) for system, parts in counts.items()}
        rate = {system: total[system] / took[system] for system in counts}
        print(f"\nthroughput on the mix of all {len(found)} queries, {args.clients} clients, closed loop")
        print(
            table(
                ["system", "seconds", "requests", "req/s"],
                [[s, f"{took[s]:.1f}", str(total[s]), f"{rate[s]:.1f}"] for s in counts],
            )
        )
        print(f"songgraph / peer throughput: {rate['songgraph'] / rate['peer']:.2f}x")
        print(
            "songgraph unshared (SONGGRAPH_SHARED_READS=false: identical reads in flight each run their own "
            f"statement) / peer: {rate['songgraph unshared'] / rate['peer']:.2f}x"
        )
        retried, unshared_retried = RETRIED[bench.songgraph_url], RETRIED[bench.unshared_url]
        print(
            f"songgraph answered SERVICE_UNAVAILABLE {retried} times (unshared: {unshared_retried}), each request "
            "sent again after Retry-After"
        )

        if args.show_cypher:
            for q in found:
                assert q.statement is not None
                print(f"\n-- songgraph: {q.name}\n{q.statement.cypher}\n-- params: {dict(q.statement.params)}")
                for statement in q.peer_statements:
                    print(f"\n-- peer: {q.name}\n{statement.cypher}\n-- params: {dict(statement.params)}")
        print(f"\ntotal bench time {time.perf_counter() - started:.0f} s")
        shutil.rmtree(logs, ignore_errors=True)
        return 0
    except BenchFailure as error:
        print(f"bench: FAILED: {error}\n(server logs in {logs})", file=sys.stderr)
        return 1
    finally:
        for server in servers:
            server.stop()
        await db.close()


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
