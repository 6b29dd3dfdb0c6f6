"""collaborators and sharedCollaborators equal a from-scratch computation over the raw credit edges.

The graph is written by this module: songs with ties in shared-work counts and in song order,
people with two roles on one song, music videos whose directors and cast are also song credits, a
song without a release date. The reference reads every credit relationship and computes the answers
in Python; the API must agree after every kind of write: a load, a reload of a changed file, credits
added and removed through the API, two people merged, a song deleted.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from songgraph.api.context import Context
from songgraph.api.fairness import CostlyLane
from songgraph.api.limits import Limits
from songgraph.api.schema import build_schema
from songgraph.auth import Principal, Scope
from songgraph.config import Settings
from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.graph import Role
from songgraph.ids import to_global_id
from songgraph.services.loading import load_files
from songgraph.text import slug
from tests.integration.conftest import graph_with

pytestmark = pytest.mark.anyio

CURATOR = Principal("curator", Scope.WRITE)
PEOPLE = [
    "Ada Quill",
    "Bram Oduya",
    "Cleo Marsh",
    "Dov Ertel",
    "Esme Varga",
    "Fitz Lorne",
    "Gia Tamm",
    "Hugo Brisk",
    "Ines Carrow",
    "Jory Pell",
    "Kai Drummond",
    "Lio Fenwick",
]
ROLE_SETS: list[list[str] | None] = [
    None,
    ["WRITER", "PRODUCER"],
    ["DIRECTOR", "CAST"],
    ["ARTIST", "FEATURED_ARTIST", "WRITER", "PRODUCER", "DIRECTOR", "CAST"],
]


def _song(rng: random.Random, number: int) -> dict[str, Any]:
    people = rng.sample(PEOPLE, rng.randint(2, 6))
    doc: dict[str, Any] = {
        # Pairs of songs share a title and a date, so the order of shared works needs its tie-break.
        "id": f"song-{number:02d}",
        "title": f"Tune {number // 2}",
        "artists": people[:1],
        "writers": people[1:3],
        "producers": people[2:4] if rng.random() < 0.5 else people[1:2],
        "featured_artists": people[4:5],
    }
    if number % 7 != 3:
        doc["release_date"] = dt.date(2010 + number % 5, 1 + number % 3, 1).isoformat()
    if number % 3 == 0:
        doc["music_video"] = {
            "directors": rng.sample(PEOPLE, rng.randint(1, 2)),
            "cast": [{"person": name, "role": "themselves"} for name in rng.sample(PEOPLE, rng.randint(1, 3))],
        }
    return doc


def write_songs(folder: Path, docs: list[dict[str, Any]]) -> None:
    for doc in docs:
        (folder / f"{doc['id']}.yaml").write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")


@pytest.fixture(scope="module")
def song_folder(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("collaboration-songs")
    rng = random.Random(20261202)
    write_songs(folder, [_song(rng, number) for number in range(24)])
    graph_with(settings, folder)
    yield folder
    graph_with(settings)


# --- the reference: raw edges in, answers out ------------------------------------------------------------

EDGES = Statement(
    "MATCH (p:Person)-[r:PERFORMED|FEATURED_ON|WROTE|PRODUCED|DIRECTED|APPEARS_IN]->(w) "
    "OPTIONAL MATCH (w)-[:VIDEO_OF]->(s:Song) "
    "WITH p, r, w, CASE WHEN w:Song THEN w ELSE s END AS song "
    "RETURN p.id AS person, p.name AS name, type(r) AS type, elementId(w) AS work, "
    "CASE WHEN w:MusicVideo THEN w.id END AS video, song.id AS song, song.title AS title, "
    "song.releaseDate AS date",
    {},
)


class Reference:
    def __init__(self, edges: list[dict[str, Any]]) -> None:
        self.edges = edges
        self.names = {edge["person"]: edge["name"] for edge in edges}
        self.works = {edge["work"]: edge for edge in edges}

    def shared(self, person: str, roles: list[str] | None) -> dict[str, list[str]]:
        """Each collaborator's shared works (element ids)."""
        types = {Role[name].value for name in roles or ("ARTIST", "FEATURED_ARTIST", "WRITER", "PRODUCER")}
        credited: dict[str, set[str]] = defaultdict(set)
        for edge in self.edges:
            if edge["type"] in types:
                credited[edge["work"]].add(edge["person"])
        found: dict[str, list[str]] = defaultdict(list)
        for work, people in credited.items():
            if person in people:
                for other in people - {person}:
                    found[other].append(work)
        return found

    def roles(self, person: str, work: str, roles: list[str] | None) -> list[str]:
        allowed = roles or ["ARTIST", "FEATURED_ARTIST", "WRITER", "PRODUCER"]
        held = {Role(e["type"]).name for e in self.edges if e["person"] == person and e["work"] == work}
        return sorted((name for name in held if name in allowed), key=lambda name: Role[name].value)

    def work(self, person: str, partner: str, work: str, roles: list[str] | None) -> dict[str, Any]:
        facts = self.works[work]
        return {
            "song": {"id": to_global_id("Song", facts["song"])},
            "video": None if facts["video"] is None else {"id": to_global_id("MusicVideo", facts["video"])},
            "roles": self.roles(person, work, roles),
            "partnerRoles": self.roles(partner, work, roles),
        }

    def _work_order(self, work: str) -> tuple[Any, ...]:
        facts = self.works[work]
        # Cypher's ORDER BY puts nulls last; then the title, the song before its video, the song id.
        return (
            facts["date"] is None,
            facts["date"] or dt.date.min,
            facts["title"],
            facts["video"] is not None,
            facts["song"],
        )

    def person(self, key: str) -> dict[str, str]:
        return {"id": to_global_id("Person", key), "name": self.names[key]}

    def collaborators(self, person: str, roles: list[str] | None) -> list[dict[str, Any]]:
        found = self.shared(person, roles)
        ranked = sorted(found, key=lambda other: (-len(found[other]), self.names[other], other))
        return [
            {
                "person": self.person(other),
                "sharedWorkCount": len(found[other]),
                "works": [self.work(other, person, work, roles) for work in sorted(found[other], key=self._work_order)],
            }
            for other in ranked
        ]

    def shared_collaborators(self, a: str, b: str, roles: list[str] | None) -> list[dict[str, Any]]:
        via_a, via_b = self.shared(a, roles), self.shared(b, roles)
        both = [other for other in via_a if other in via_b and other not in (a, b)]
        ranked = sorted(both, key=lambda o: (-len(via_a[o]) - len(via_b[o]), self.names[o], o))
        return [
            {
                "person": self.person(other),
                "strength": len(via_a[other]) + len(via_b[other]),
                "viaA": [self.work(other, a, w, roles) for w in sorted(via_a[other], key=self._work_order)],
                "viaB": [self.work(other, b, w, roles) for w in sorted(via_b[other], key=self._work_order)],
            }
            for other in ranked
        ]


# --- the API ---------------------------------------------------------------------------------------------

WORK = "song { id } video { id } roles partnerRoles"
COLLABORATORS = f"""query($id: ID!, $roles: [Role!], $first: Int, $after: String, $last: Int, $before: String) {{
  node(id: $id) {{ ... on Person {{
    collaborators(roles: $roles, first: $first, after: $after, last: $last, before: $before) {{
      totalCount pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }}
      nodes {{ person {{ id name }} sharedWorkCount works {{ {WORK} }} }} }} }} }} }}"""
SHARED = f"""query($a: ID!, $b: ID!, $roles: [Role!]) {{
  sharedCollaborators(a: {{id: $a}}, b: {{id: $b}}, roles: $roles, first: 100) {{
    person {{ id name }} strength viaA {{ {WORK} }} viaB {{ {WORK} }} }} }}"""


# These tests check answers, not admission: a costly request (a page of shared collaborators) waits for the
# lane's one slot as long as a loaded machine needs, where the server's two seconds refused one under CI load.
_BOUNDS = Limits()
schema = build_schema(lane=CostlyLane(_BOUNDS.costly_slots, wait_seconds=300, share=_BOUNDS.costly_share))


async def execute(db: Database, document: str, variables: dict[str, Any]) -> Any:
    result = await schema.execute(
        document, variable_values=variables, context_value=Context(db=db, principal=CURATOR, request_id="test")
    )
    assert result.errors is None, [error.formatted for error in result.errors]
    return result.data


async def check_against_reference(db: Database) -> Reference:
    reference = Reference(await db.read(EDGES))
    people = sorted(reference.names)
    assert len(people) >= 8
    for person in people:
        for roles in ROLE_SETS:
            data = await execute(
                db, COLLABORATORS, {"id": to_global_id("Person", person), "roles": roles, "first": 100}
            )
            page = data["node"]["collaborators"]
            expected = reference.collaborators(person, roles)
            assert page["nodes"] == expected, (person, roles)
            assert page["totalCount"] == len(expected)
    for a, b in zip(people, people[1:] + people[:1], strict=True):
        for roles in (None, ["DIRECTOR", "CAST"]):
            data = await execute(
                db, SHARED, {"a": to_global_id("Person", a), "b": to_global_id("Person", b), "roles": roles}
            )
            assert data["sharedCollaborators"] == reference.shared_collaborators(a, b, roles), (a, b, roles)
    return reference


@pytest.mark.usefixtures("song_folder")
async def test_answers_equal_the_reference_with_ties_and_videos(db: Database) -> None:
    reference = await check_against_reference(db)
    # The fixture is only a good test if it has what it is meant to have.
    counts = [len(w) for person in reference.names for w in reference.shared(person, None).values()]
    assert max(counts) >= 3 and counts.count(1) > 1 and counts.count(2) > 1
    two_roles = {(e["person"], e["work"]) for e in reference.edges if e["type"] == "WROTE"} & {
        (e["person"], e["work"]) for e in reference.edges if e["type"] == "PRODUCED"
    }
    assert two_roles, "no one both wrote and produced a song"
    assert any(e["video"] for e in reference.edges)
    assert any(e["date"] is None for e in reference.edges)


async def _all_pages(db: Database, person: str, backwards: bool, size: int) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []
    cursor = None
    for _ in range(100):
        variables: dict[str, Any] = {"id": to_global_id("Person", person), "roles": None}
        if backwards:
            variables |= {"last": size, "before": cursor}
        else:
            variables |= {"first": size, "after": cursor}
        page = (await execute(db, COLLABORATORS, variables))["node"]["collaborators"]
        info = page["pageInfo"]
        assert len(page["nodes"]) <= size
        if backwards:
            seen = page["nodes"] + seen
            assert info["hasNextPage"] is (cursor is not None)
            if not info["hasPreviousPage"]:
                return seen
            cursor = info["startCursor"]
        else:
            seen += page["nodes"]
            assert info["hasPreviousPage"] is (cursor is not None)
            if not info["hasNextPage"]:
                return seen
            cursor = info["endCursor"]
    raise AssertionError("paging did not end")


@pytest.mark.usefixtures("song_folder")
async def test_collaborator_pages_forwards_and_backwards_equal_the_reference(db: Database) -> None:
    reference = Reference(await db.read(EDGES))
    busiest = max(reference.names, key=lambda person: len(reference.shared(person, None)))
    expected = reference.collaborators(busiest, None)
    assert len(expected) > 6
    for size in (1, 3):
        assert await _all_pages(db, busiest, backwards=False, size=size) == expected
        assert await _all_pages(db, busiest, backwards=True, size=size) == expected


async def _remove_credit(db: Database, song: str, person: str, role: str) -> None:
    await execute(
        db,
        "mutation($s: ID!, $p: ID!, $r: Role!) { removeCredit(songId: $s, personId: $p, role: $r) { id } }",
        {"s": to_global_id("Song", song), "p": to_global_id("Person", person), "r": role},
    )


async def test_answers_follow_every_kind_of_write(db: Database, song_folder: Path) -> None:
    reference = await check_against_reference(db)

    # A reload of a changed file: a new writer, and a producer dropped.
    changed = yaml.safe_load((song_folder / "song-05.yaml").read_text(encoding="utf-8"))
    changed["writers"] = [*changed["writers"], "Mona Zell"]
    changed["producers"] = []
    write_songs(song_folder, [changed])
    report = await load_files(db, [song_folder / "song-05.yaml"])
    assert report.ok and report.loaded
    reference = await check_against_reference(db)
    assert "mona-zell" in reference.names

    # A credit added through the API (a song credit, then a cast credit on a video), and one removed.
    def uncredited(song: str, role: str) -> str:
        # A video credit's edge carries the song of its video, so one test covers both kinds.
        held = {e["person"] for e in reference.edges if e["song"] == song and e["type"] == Role[role].value}
        return str(reference.names[next(person for person in sorted(reference.names) if person not in held)])

    for song, role in (("song-07", "PRODUCER"), ("song-09", "CAST")):
        await execute(
            db,
            "mutation($s: ID!, $n: String!, $r: Role!) { addCredit(songId: $s, person: {name: $n}, role: $r) { id } }",
            {"s": to_global_id("Song", song), "n": uncredited(song, role), "r": role},
        )
        reference = await check_against_reference(db)
    writer = next(e for e in reference.edges if e["type"] == "WROTE" and e["song"] == "song-11")
    await _remove_credit(db, "song-11", writer["person"], "WRITER")
    reference = await check_against_reference(db)
    assert not any(
        e["person"] == writer["person"] and e["type"] == "WROTE" and e["song"] == "song-11" for e in reference.edges
    )

    # Two people merged: the kept one inherits every credit, shared works counted once.
    await execute(
        db,
        "mutation($k: ID!, $r: ID!) { mergePeople(keep: $k, remove: $r) { id } }",
        {"k": to_global_id("Person", slug("Bram Oduya")), "r": to_global_id("Person", slug("Cleo Marsh"))},
    )
    reference = await check_against_reference(db)
    assert slug("Cleo Marsh") not in reference.names

    # A song deleted with its credits and video.
    await execute(db, "mutation($s: ID!) { deleteSong(id: $s) { title } }", {"s": to_global_id("Song", "song-03")})
    reference = await check_against_reference(db)
    assert not any(e["song"] == "song-03" for e in reference.edges)


CREDITS = """query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) { ... on Person { creditsConnection(first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    nodes { role song { id } } } } } }"""


@pytest.mark.usefixtures("song_folder")
async def test_credit_pages_forwards_and_backwards_equal_the_reference(db: Database) -> None:
    reference = Reference(await db.read(EDGES))
    song_types = {role.value for role in Role if not role.on_video}
    person = max(reference.names, key=lambda p: sum(e["person"] == p for e in reference.edges))
    credits = [e for e in reference.edges if e["person"] == person and e["type"] in song_types]
    # Newest first with undated songs first (Cypher's DESC puts nulls first), then title, role, song id.
    credits.sort(
        key=lambda e: (e["date"] is not None, -(e["date"] or dt.date.min).toordinal(), e["title"], e["type"], e["song"])
    )
    expected = [{"role": Role(e["type"]).name, "song": {"id": to_global_id("Song", e["song"])}} for e in credits]
    assert len(expected) > 4
    for backwards in (False, True):
        seen: list[dict[str, Any]] = []
        cursor = None
        while True:
            variables: dict[str, Any] = {"id": to_global_id("Person", person)}
            variables |= {"last": 2, "before": cursor} if backwards else {"first": 2, "after": cursor}
            page = (await execute(db, CREDITS, variables))["node"]["creditsConnection"]
            assert page["totalCount"] == len(expected)
            if backwards:
                seen = page["nodes"] + seen
                if not page["pageInfo"]["hasPreviousPage"]:
                    break
                cursor = page["pageInfo"]["startCursor"]
            else:
                seen += page["nodes"]
                if not page["pageInfo"]["hasNextPage"]:
                    break
                cursor = page["pageInfo"]["endCursor"]
        assert seen == expected, backwards
