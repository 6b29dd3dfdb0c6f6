"""Snapshot tests of the translation, in the manner of @neo4j/graphql's TCK: a GraphQL document in, the exact
Cypher and parameters out, for every root field and every mutation.

Each case runs the real schema against a recording ``Database`` that never reaches Neo4j: reads answer no
rows, and the statements of a write transaction are answered from canned rows (a song at version 1, no
namesakes, ...), so a mutation goes through its checks to its writes. The recorded statements are compared
with ``tests/unit/snapshots/<case>.cypher``; a change to the translation shows there as a readable diff.
After a deliberate change, ``SONGGRAPH_UPDATE_SNAPSHOTS=1`` rewrites the files (review the diff).
"""

from __future__ import annotations

import json
import os
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar, cast

import pytest

from songgraph.api.context import Context
from songgraph.api.schema import schema
from songgraph.auth import Principal, Scope
from songgraph.cypher import collaboration, edits
from songgraph.cypher.statement import Statement
from songgraph.db import Database, Transaction
from songgraph.graph import Role
from songgraph.ids import to_global_id

pytestmark = pytest.mark.anyio
T = TypeVar("T")
SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("SONGGRAPH_UPDATE_SNAPSHOTS") == "1"

Rows = list[dict[str, Any]]
Answer = Callable[[Mapping[str, Any]], Rows]

SONG = to_global_id("Song", "glass-orchard")
PERSON = to_global_id("Person", "odile-marsh")
OTHER = to_global_id("Person", "ines-vale")


def _answers() -> dict[str, Answer]:
    """Rows for the statements whose answers steer an edit, by the statement's Cypher text."""
    return {
        edits.lock_song("x").cypher: lambda p: [
            {"version": 1, "title": "Glass Orchard", "updatedBy": None, "hasVideo": True}
        ],
        edits.lock_people([]).cypher: lambda p: [
            {"id": i, "name": i.title(), "nameKey": i, "aliases": [], "aliasKeys": []} for i in p["ids"]
        ],
        edits.links_between("a", "b").cypher: lambda p: [{"direct": [], "introductions": []}],
        edits.taken_song_ids("x").cypher: lambda p: [{"taken": []}],
        # People given by id exist; names are new people.
        edits.find_people([]).cypher: lambda p: [
            {"index": r["index"], "id": r["id"], "name": r["id"].title()} for r in p["refs"] if r["id"]
        ],
        edits.songs_exist([]).cypher: lambda p: [{"id": i} for i in p["ids"]],
        edits.person_names("x", "y").cypher: lambda p: [{"name": "Odile Marsh", "owners": []}],
        edits.credit_count("s", "p", Role.WRITER).cypher: lambda p: [{"count": 0}],
        edits.credit_count("s", "p", Role.CAST).cypher: lambda p: [{"count": 0}],
        edits.remove_credit("s", "p", Role.WRITER).cypher: lambda p: [{"count": 1}],
        edits.next_position("s", Role.WRITER).cypher: lambda p: [{"position": 2}],
        edits.song_neighbours("s").cypher: lambda p: [{"people": ["odile-marsh"], "albums": []}],
        edits.award_owner("a").cypher: lambda p: [{"owner": "Song", "ownerId": "glass-orchard"}],
        collaboration.mark_songs([]).cypher: lambda p: [{"marked": 0}],
        collaboration.mark_songs_of([]).cypher: lambda p: [{"marked": 0}],
        edits.facts("s", "ChartPeak").cypher: lambda p: [
            {"fact": {"id": "glass-orchard--peak--0", "country": "Peru", "chart": None, "ordinal": 0, "position": 4}}
        ],
        edits.facts("s", "Certification").cypher: lambda p: [
            {"fact": {"id": "glass-orchard--cert--peru", "country": "Peru", "chart": None, "ordinal": 0, "position": 0}}
        ],
    }


def _read_result(statement: Statement, written: bool) -> Any:
    """An empty answer of the shape each kind of read returns (a node read back after an edit is found)."""
    cypher = statement.cypher
    if written and cypher.startswith("MATCH (this:") and "{id: $p0}" in cypher.split(")", 1)[0]:
        label = cypher.split(":", 1)[1].split(" ", 1)[0]
        return {"__labels": [label], "id": statement.params["p0"]}
    if "RETURN {rows: rows" in cypher:
        return {"rows": [], "totalCount": 0}
    if "Found:" in cypher:
        return {
            "aFound": True,
            "bFound": True,
            "fromFound": True,
            "toFound": True,
            "same": False,
            "rows": [],
            "maxPeople": 4,
            "path": None,
        }
    if "db.index.fulltext" in cypher:
        return []
    if cypher.startswith("CALL () { MATCH (song:Song)"):
        # stats: one map of the selected aggregations, each empty.
        return {key: [] if key != "songCount" else 0 for key in ("songCount", "songsPerYear", "writers")}
    return None


class RecordingTransaction:
    def __init__(self, db: RecordingDatabase) -> None:
        self.db = db

    async def run(self, statement: Statement) -> Rows:
        return self.db.answer("write", statement)


class RecordingDatabase(Database):
    """Records every statement, reads and writes alike, and answers from ``_answers`` (else no rows)."""

    def __init__(self) -> None:
        super().__init__(cast(Any, None), "neo4j")
        self.log: list[tuple[str, Statement]] = []
        self.answers = _answers()

    def answer(self, kind: str, statement: Statement) -> Rows:
        self.log.append((kind, statement))
        answer = self.answers.get(statement.cypher)
        return answer(statement.params) if answer is not None else []

    async def read(self, statement: Statement) -> Rows:
        # A mutation reads its node back after writing it: found then; a query finds no node.
        written = any(kind == "write" for kind, _ in self.log)
        if "AS result" not in statement.cypher:
            return self.answer("read", statement)
        self.log.append(("read", statement))
        return [{"result": _read_result(statement, written)}]

    async def transact(self, work: Callable[[Transaction], Awaitable[T]]) -> T:
        return await work(cast(Transaction, RecordingTransaction(self)))


CASES: dict[str, tuple[str, dict[str, Any]]] = {
    # Root fields.
    "query_song_by_title": ('{ song(title: "Glass Orchard") { title writers { name } } }', {}),
    "query_song_by_id": ("query($id: ID!) { song(id: $id) { title album { title } } }", {"id": SONG}),
    "query_songs": (
        '{ songs(first: 2, filter: {artist: "Odile Marsh", yearFrom: 2010}, sort: RELEASE_DATE_DESC) '
        "{ totalCount edges { cursor node { title } } pageInfo { hasNextPage } } }",
        {},
    ),
    "query_person": ('{ person(name: "JKash") { name aliases awards { name year } } }', {}),
    "query_people": ('{ people(first: 3, filter: {name: "hale"}) { edges { node { name } } } }', {}),
    "query_album": ('{ album(title: "Harbour Lights") { title songs { title } } }', {}),
    "query_albums": ('{ albums(first: 2, filter: {artist: "Odile Marsh"}) { edges { node { title } } } }', {}),
    "query_music_videos": (
        "{ musicVideos(first: 2, sort: VIEWS_DESC) { edges { node { views song { title } } } } }",
        {},
    ),
    "query_quotes": ('{ quotes(first: 2, filter: {speaker: "Odile Marsh"}) { edges { node { text } } } }', {}),
    "query_stats": (
        '{ stats(filter: {genre: "pop"}) { songCount songsPerYear { year songCount } '
        "writers: mostCredited(role: WRITER, first: 3) { person { name } songCount } } }",
        {},
    ),
    "query_introductions": ("{ introductions(first: 2) { edges { node { occasion introducer { name } } } } }", {}),
    "query_node": ("query($id: ID!) { node(id: $id) { id ... on Person { name } } }", {"id": PERSON}),
    "query_search": ('{ search(text: "harbour light", first: 3) { score node { ... on Song { title } } } }', {}),
    "query_connection": (
        "query($a: ID!, $b: ID!) { connection(from: {id: $a}, to: {id: $b}, maxHops: 3) { length } }",
        {"a": PERSON, "b": OTHER},
    ),
    "query_person_collaborators": (
        '{ person(name: "Odile Marsh") { collaborators(first: 5) { edges { node { person { name } '
        "sharedWorkCount } } } } }",
        {},
    ),
    "query_person_collaborators_with_works": (
        '{ person(name: "Odile Marsh") { collaborators(first: 5) { totalCount edges { node { person { name } '
        "sharedWorkCount works { song { title } roles } } } } } }",
        {},
    ),
    "query_shared_collaborators": (
        "query($a: ID!, $b: ID!) { sharedCollaborators(a: {id: $a}, b: {id: $b}) { person { name } strength } }",
        {"a": PERSON, "b": OTHER},
    ),
    "query_neighborhood": (
        "query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 20) { nodes { id } truncated } }",
        {"id": SONG},
    ),
    # Mutations.
    "mutation_create_song": (
        "mutation($input: SongInput!) { createSong(input: $input) { id } }",
        {
            "input": {
                "title": "Glass Orchard",
                "releaseDate": "2018-01-01",
                "album": "Harbour Lights",
                "artists": [{"id": PERSON}],
                "writers": [{"name": "Priya Dalmont"}],
            }
        },
    ),
    "mutation_update_song": (
        'mutation($id: ID!) { updateSong(id: $id, input: {summary: "new", producers: [{name: "Matteo Grau"}]}, '
        "expectedVersion: 1) { id } }",
        {"id": SONG},
    ),
    "mutation_delete_song": ("mutation($id: ID!) { deleteSong(id: $id) { title } }", {"id": SONG}),
    "mutation_add_credit": (
        "mutation($id: ID!, $p: ID!) { addCredit(songId: $id, person: {id: $p}, role: WRITER) { id } }",
        {"id": SONG, "p": PERSON},
    ),
    "mutation_add_cast_credit": (
        'mutation($id: ID!) { addCredit(songId: $id, person: {name: "Ines Vale"}, role: CAST, part: "a ferryman") '
        "{ id } }",
        {"id": SONG},
    ),
    "mutation_remove_credit": (
        "mutation($id: ID!, $p: ID!) { removeCredit(songId: $id, personId: $p, role: WRITER) { id } }",
        {"id": SONG, "p": PERSON},
    ),
    "mutation_set_music_video": (
        'mutation($id: ID!) { setMusicVideo(songId: $id, input: {views: 2600000000, directors: [{name: "Phil '
        'Pinto"}], cast: [{person: {name: "Mirella Cardoso"}, role: "a keeper"}]}) { id } }',
        {"id": SONG},
    ),
    "mutation_record_introduction": (
        'mutation($s: ID!) { recordIntroduction(input: {introducer: {name: "Vera Lund"}, introduced: [{name: '
        '"Ada Brill"}, {name: "Ola Berg"}], occasion: "a rehearsal", year: 2014, ledTo: [$s]}) { id } }',
        {"s": SONG},
    ),
    "mutation_add_certification": (
        'mutation($id: ID!) { addCertification(songId: $id, input: {country: "Chile", level: GOLD}) { id } }',
        {"id": SONG},
    ),
    "mutation_remove_certification": (
        'mutation($id: ID!) { removeCertification(songId: $id, country: "peru") { id } }',
        {"id": SONG},
    ),
    "mutation_add_chart_peak": (
        'mutation($id: ID!) { addChartPeak(songId: $id, input: {country: "Peru", position: 9}) { id } }',
        {"id": SONG},
    ),
    "mutation_remove_chart_peak": (
        'mutation($id: ID!) { removeChartPeak(songId: $id, country: "Peru", position: 4) { id } }',
        {"id": SONG},
    ),
    "mutation_add_award": (
        'mutation($id: ID!) { addAward(ownerId: $id, input: {name: "Coast Award", year: 2021, '
        'category: "Song of the Year"}) { id } }',
        {"id": SONG},
    ),
    "mutation_remove_award": (
        "mutation($id: ID!) { removeAward(id: $id) { id } }",
        {"id": to_global_id("Award", "glass-orchard--award--coast-award-2021")},
    ),
    "mutation_add_alias": (
        'mutation($p: ID!) { addAlias(personId: $p, alias: "O. Marsh") { id } }',
        {"p": PERSON},
    ),
    "mutation_merge_people": (
        "mutation($k: ID!, $r: ID!) { mergePeople(keep: $k, remove: $r) { id } }",
        {"k": PERSON, "r": OTHER},
    ),
    "mutation_import_story_page_dry_run": (
        'mutation($t: String!) { importStoryPage(text: $t, source: "page.txt", dryRun: true) { written } }',
        {"t": (Path(__file__).parents[1] / "fixtures" / "pages" / "paper-lanterns.txt").read_text(encoding="utf-8")},
    ),
}


def render(document: str, variables: Mapping[str, Any], log: list[tuple[str, Statement]], errors: Any) -> str:
    lines = [f"# {document}", f"# variables: {json.dumps(variables, sort_keys=True)}", ""]
    for index, (kind, statement) in enumerate(log, start=1):
        lines += [f"-- {index} ({kind})", statement.cypher.strip()]
        lines.append(f"params: {json.dumps(statement.params, sort_keys=True, default=str)}")
        lines.append("")
    codes = sorted({str((e.extensions or {}).get("code")) for e in errors or []})
    lines.append(f"-- errors: {', '.join(codes) if codes else 'none'}")
    return "\n".join(lines) + "\n"


def test_every_root_field_and_mutation_has_a_case() -> None:
    query_type, mutation_type = schema._schema.query_type, schema._schema.mutation_type
    assert query_type is not None and mutation_type is not None
    query, mutation = set(query_type.fields), set(mutation_type.fields)
    covered = {document.split("{", 2)[1].split("(")[0].strip() for document, _ in CASES.values()}
    assert query | mutation <= covered, sorted((query | mutation) - covered)


@pytest.mark.parametrize("case", sorted(CASES))
async def test_translation_snapshot(case: str) -> None:
    document, variables = CASES[case]
    db = RecordingDatabase()
    principal = Principal("curator", Scope.WRITE)
    result = await schema.execute(
        document, variable_values=variables, context_value=Context(db=db, principal=principal, request_id="snap")
    )
    assert db.log, "the document ran no statement"
    text = render(document, variables, db.log, result.errors)
    path = SNAPSHOTS / f"{case}.cypher"
    if UPDATE or not path.exists():
        path.write_text(text, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"{path.name} did not exist and was written: review it and run again")
    assert text == path.read_text(encoding="utf-8")
