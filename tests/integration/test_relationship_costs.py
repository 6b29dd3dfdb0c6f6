"""Relationship answers cost in proportion to the people asked about and the page, not to the histories
of their collaborators: doubling every collaborator's unrelated credits leaves the database hits
(PROFILE, deterministic) of collaborators(first: 20), sharedCollaborators, a neighbourhood whose first
ring fills its limit, and stats unchanged.
"""

from __future__ import annotations

from typing import Any

import pytest

from songgraph.config import Settings
from songgraph.cypher import reads, relationships
from songgraph.cypher.selection import Field
from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.ids import to_global_id
from songgraph.migrate import default_schema_dir, migrate

pytestmark = pytest.mark.anyio

COLLABORATORS = 40


def f(field_name: str, /, *selections: Field, **arguments: Any) -> Field:
    return Field(field_name, None, arguments, tuple(selections))


# Hub Person has a song with each of 40 collaborators (some on two songs, some in two roles); Hub Two
# shares songs with half of them. Each collaborator also has `history` songs with strangers.
BUILD = Statement(
    """
    CREATE (hub:Person {id: 'hub', name: 'Hub Person', nameKey: 'hub person'}),
           (hub2:Person {id: 'hub-two', name: 'Hub Two', nameKey: 'hub two'})
    WITH hub, hub2
    UNWIND range(0, $collaborators - 1) AS i
    CREATE (c:Person {id: 'c-' + i, name: 'Collaborator ' + (i % 7), nameKey: 'collaborator ' + (i % 7)})
    CREATE (s:Song {id: 'hub-song-' + i, title: 'Hub Song ' + i, titleKey: 'hub song ' + i})
    CREATE (hub)-[:PERFORMED {position: 0}]->(s), (c)-[:WROTE {position: 0}]->(s)
    FOREACH (_ IN CASE WHEN i % 3 = 0 THEN [1] ELSE [] END |
      CREATE (c)-[:PRODUCED {position: 0}]->(s)
      CREATE (t:Song {id: 'hub-extra-' + i, title: 'Hub Extra ' + i, titleKey: 'hub extra ' + i})
      CREATE (hub)-[:WROTE {position: 0}]->(t), (c)-[:PERFORMED {position: 0}]->(t))
    FOREACH (_ IN CASE WHEN i % 2 = 0 THEN [1] ELSE [] END |
      CREATE (u:Song {id: 'two-song-' + i, title: 'Two Song ' + i, titleKey: 'two song ' + i})
      CREATE (hub2)-[:PERFORMED {position: 0}]->(u), (c)-[:PRODUCED {position: 0}]->(u))
    WITH c, i
    UNWIND range(1, $history) AS k
    CREATE (x:Person {id: 'x-' + i + '-' + k, name: 'Stranger ' + i + ' ' + k, nameKey: 'stranger'})
    CREATE (h:Song {id: 'history-' + i + '-' + k, title: 'History ' + k, titleKey: 'history ' + k})
    CREATE (c)-[:PERFORMED {position: 0}]->(h), (x)-[:WROTE {position: 0}]->(h), (x)-[:PRODUCED {position: 0}]->(h)
    """,
    {"collaborators": COLLABORATORS},
)

PERSON = (f("name"),)
WORKS = f("works", f("song", f("title")), f("roles"), f("partnerRoles"))
QUERIES = {
    "collaborators, counts only": reads.person(
        f(
            "person",
            f("collaborators", f("totalCount"), f("nodes", f("person", *PERSON), f("sharedWorkCount")), first=20),
            name="Hub Person",
        )
    ),
    "collaborators with evidence": reads.person(
        f("person", f("collaborators", f("edges", f("node", f("person", *PERSON), WORKS)), first=20), name="Hub Person")
    ),
    "sharedCollaborators with evidence": relationships.shared_collaborators(
        f(
            "sharedCollaborators",
            f("person", *PERSON),
            f("strength"),
            f("viaA", f("song", f("title")), f("roles")),
            f("viaB", f("song", f("title")), f("partnerRoles")),
            a={"name": "Hub Person"},
            b={"name": "Hub Two"},
        )
    ),
    # Hub Person's 54 songs fill the limit on the first ring: the rings beyond are never walked.
    "neighborhood, depth 3": relationships.neighbourhood(
        f("neighborhood", f("truncated"), id=to_global_id("Person", "hub"), depth=3, limit=50)
    ),
    "stats": reads.person(f("person", f("stats", f("songCount"), f("collaboratorCount")), name="Hub Person")),
}


WIPE = Statement("MATCH (n) DETACH DELETE n", {})


async def _hits_with_history(db: Database, history: int) -> dict[str, tuple[int, Any]]:
    await db.write([WIPE])
    await db.write([Statement(BUILD.cypher, {**BUILD.params, "history": history})])
    # Person lookups by name go through PersonName nodes, which the loader writes.
    await db.write(
        [
            Statement(
                "MATCH (p:Person) WHERE p.id STARTS WITH 'hub' CREATE (:PersonName {key: p.nameKey})-[:NAME_OF]->(p)",
                {},
            )
        ]
    )
    await db.refresh_statistics()
    measured = {}
    for name, statement in QUERIES.items():
        assert statement is not None
        rows, hits = await db.profile(statement)
        measured[name] = (hits, rows[0]["result"])
    return measured


async def test_cost_does_not_grow_with_collaborators_unrelated_histories(db: Database, settings: Settings) -> None:
    await migrate(db, default_schema_dir())
    short = await _hits_with_history(db, history=4)
    long = await _hits_with_history(db, history=8)
    await db.write([WIPE])
    for name in QUERIES:
        (short_hits, short_answer), (long_hits, long_answer) = short[name], long[name]
        if name.startswith("neighborhood"):
            # Ties at one distance are broken by element id, which differs between the two builds.
            short_answer = (short_answer["truncated"], len(short_answer["nodes"]))
            long_answer = (long_answer["truncated"], len(long_answer["nodes"]))
        assert short_answer == long_answer, name
        # Every collaborator's history doubled (4 -> 8 songs each, 160 more songs in all); the answer's
        # cost must not follow it.
        assert long_hits <= short_hits * 1.05, f"{name}: {short_hits} -> {long_hits} db hits"
    rows = short["collaborators with evidence"][1]["collaborators"]["rows"]
    assert len(rows) == 21 and rows[0]["node"]["works"], "the page (and the row telling there is more) was not built"
    assert short["sharedCollaborators with evidence"][1]["rows"], "no shared collaborators found"


# Ana and Ben each have one song, both with Hub Person, who also has `others` songs with two strangers each.
BRIDGE = Statement(
    """
    CREATE (ana:Person {id: 'ana', name: 'Ana', nameKey: 'ana'}), (ben:Person {id: 'ben', name: 'Ben', nameKey: 'ben'}),
           (hub:Person {id: 'hub', name: 'Hub Person', nameKey: 'hub person'})
    CREATE (ana)-[:PERFORMED {position: 0}]->(:Song {id: 'ana-song', title: 'Ana Song'})<-[:WROTE {position: 0}]-(hub)
    CREATE (ben)-[:PERFORMED {position: 0}]->(:Song {id: 'ben-song', title: 'Ben Song'})
           <-[:PRODUCED {position: 0}]-(hub)
    WITH hub
    UNWIND range(1, $others) AS i
    CREATE (s:Song {id: 'hub-' + i, title: 'Hub ' + i})
    CREATE (hub)-[:PERFORMED {position: 0}]->(s),
           (:Person {id: 'x-' + i, name: 'X ' + i})-[:WROTE {position: 0}]->(s),
           (:Person {id: 'y-' + i, name: 'Y ' + i})-[:PRODUCED {position: 0}]->(s)
    """,
    {},
)


async def _connection_hits(db: Database, others: int) -> tuple[int, Any]:
    await db.write([WIPE])
    await db.write([Statement(BRIDGE.cypher, {"others": others})])
    await db.refresh_statistics()
    statement = relationships.connection(
        f(
            "connection",
            f("length"),
            f("people", f("name")),
            **{"from": {"id": to_global_id("Person", "ana")}, "to": {"id": to_global_id("Person", "ben")}},
        )
    )
    rows, hits = await db.profile(statement)
    path = rows[0]["result"]["path"]
    # Element ids differ between the two builds: the chain is told by names, titles and relationship types.
    chain = (
        None
        if path is None
        else (
            [node["name"] or node["title"] for node in path["nodes"]],
            [rel["type"] for rel in path["rels"]],
        )
    )
    return hits, chain


async def test_a_connection_through_a_busy_person_does_not_walk_their_other_songs(db: Database) -> None:
    """The chain is searched from both ends and meets at the busy person in the middle, whose other songs (a
    search from one end would read them all before reaching the other end) are never read. (At a million
    songs ``SHORTEST 1`` ran out of memory where ``shortestPath`` answers; a graph this small cannot show
    that, see bench/README.md, "Connections and shared collaborators at a million songs".)"""
    await migrate(db, default_schema_dir())
    few_hits, few = await _connection_hits(db, others=20)
    many_hits, many = await _connection_hits(db, others=200)
    await db.write([WIPE])
    assert few == (
        ["Ana", "Ana Song", "Hub Person", "Ben Song", "Ben"],
        ["PERFORMED", "WROTE", "PRODUCED", "PERFORMED"],
    )
    assert many == few
    assert many_hits <= few_hits * 1.05, f"{few_hits} -> {many_hits} db hits"


# Quiet Person has one song, with Cal; Cal has one song with Busy Person, who has `busy` other songs with two
# strangers each; Cal has `cal` songs of their own with a stranger.
SHARED = Statement(
    """
    CREATE (quiet:Person {id: 'quiet', name: 'Quiet Person', nameKey: 'quiet person'}),
           (busy:Person {id: 'busy', name: 'Busy Person', nameKey: 'busy person'}),
           (cal:Person {id: 'cal', name: 'Cal', nameKey: 'cal'})
    CREATE (quiet)-[:PERFORMED {position: 0}]->(:Song {id: 'quiet-song', title: 'Quiet Song'})
           <-[:WROTE {position: 0}]-(cal)
    CREATE (busy)-[:PERFORMED {position: 0}]->(:Song {id: 'busy-song', title: 'Busy Song'})
           <-[:PRODUCED {position: 0}]-(cal)
    FOREACH (i IN range(1, $busy) |
      CREATE (s:Song {id: 'busy-' + i, title: 'Busy ' + i})
      CREATE (busy)-[:PERFORMED {position: 0}]->(s),
             (:Person {id: 'bx-' + i, name: 'BX ' + i})-[:WROTE {position: 0}]->(s),
             (:Person {id: 'by-' + i, name: 'BY ' + i})-[:PRODUCED {position: 0}]->(s))
    FOREACH (i IN range(1, $cal) |
      CREATE (cal)-[:PERFORMED {position: 0}]->(s:Song {id: 'cal-' + i, title: 'Cal ' + i})
             <-[:WROTE {position: 0}]-(:Person {id: 'cx-' + i, name: 'CX ' + i}))
    """,
    {},
)


async def _shared_hits(db: Database, busy: int, cal: int) -> tuple[int, Any]:
    await db.write([WIPE])
    await db.write([Statement(SHARED.cypher, {"busy": busy, "cal": cal})])
    await db.refresh_statistics()
    statement = relationships.shared_collaborators(
        f(
            "sharedCollaborators",
            f("person", *PERSON),
            f("strength"),
            f("viaA", f("song", f("title"))),
            f("viaB", f("song", f("title"))),
            a={"id": to_global_id("Person", "busy")},
            b={"id": to_global_id("Person", "quiet")},
        )
    )
    rows, hits = await db.profile(statement)
    return hits, [
        (
            r["person"]["name"],
            r["strength"],
            [w["song"]["title"] for w in r["viaA"]],
            [w["song"]["title"] for w in r["viaB"]],
        )
        for r in rows[0]["result"]["rows"]
    ]


async def test_shared_collaborators_of_a_busy_and_a_quiet_person_do_not_walk_the_busy_ones_other_songs(
    db: Database,
) -> None:
    """The quiet one's co-credited people are matched to the busy one's works from their own side when they have
    fewer credits in all than the busy one; a busy candidate is matched from the busy one's side instead."""
    await migrate(db, default_schema_dir())
    few_hits, few = await _shared_hits(db, busy=20, cal=0)
    many_hits, many = await _shared_hits(db, busy=400, cal=0)
    # Cal now has more credits than the busy one: the busy one's side is walked, with the same answer.
    _, busy_cal = await _shared_hits(db, busy=20, cal=40)
    await db.write([WIPE])
    expected = [("Cal", 2, ["Busy Song"], ["Quiet Song"])]
    assert few == many == busy_cal == expected
    assert many_hits <= few_hits * 1.05, f"{few_hits} -> {many_hits} db hits"
