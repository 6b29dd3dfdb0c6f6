"""Batched loading on the real Neo4j: the same graph as song-by-song writes, bad songs isolated, edits kept."""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from songgraph.config import Settings
from songgraph.cypher import edits
from songgraph.cypher.bulk import song_statements
from songgraph.cypher.statement import Statement
from songgraph.db import Database, DatabaseUnavailable, Transaction
from songgraph.ids import to_global_id
from songgraph.ingest.files import read_song_file, song_files
from songgraph.models import PersonEntry, SongDocument
from songgraph.services.curation import Curator
from songgraph.services.loading import WrittenPeople, load_documents, load_files
from tests.conftest import DATA, RICH
from tests.integration.conftest import graph_with
from tests.server import free_port

pytestmark = pytest.mark.anyio

DUMP = Statement(
    """
    // The change feed's nodes record when things were written, which differs between the two loads.
    CALL () { MATCH (n) WHERE NOT n:FeedEvent AND NOT n:FeedHead RETURN collect([labels(n), properties(n)]) AS nodes }
    CALL () {
      MATCH (a)-[r]->(b)
      RETURN collect([labels(a), coalesce(a.id, a.key), type(r), properties(r), labels(b), coalesce(b.id, b.key)])
        AS links
    }
    RETURN nodes, links
    """,
    {},
)


async def dump(db: Database) -> tuple[list[str], list[str]]:
    """Every node and relationship, as sorted text: equal dumps mean equal graphs (internal ids aside)."""
    (row,) = await db.read(DUMP)
    return sorted(map(repr, row["nodes"])), sorted(map(repr, row["links"]))


def song(title: str, *artists: str, **fields: object) -> str:
    lines = [f"title: {title}", f"artists: [{', '.join(artists)}]"]
    lines += [f"{key}: {value}" for key, value in fields.items()]
    return "\n".join(lines) + "\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def empty_graph(settings: Settings) -> None:
    graph_with(settings)


async def titles(db: Database) -> list[str]:
    rows = await db.read(Statement("MATCH (s:Song) RETURN s.title AS title ORDER BY title", {}))
    return [row["title"] for row in rows]


@pytest.mark.usefixtures("empty_graph")
async def test_batches_write_the_same_graph_as_one_transaction_per_song(db: Database) -> None:
    files = song_files([DATA, RICH])
    for path in files:
        await db.write(song_statements(read_song_file(path)))
    per_song = await dump(db)
    assert len(per_song[0]) > 100

    await db.write([Statement("MATCH (n) DETACH DELETE n", {})])
    report = await load_files(db, [DATA, RICH], batch_size=5)
    assert report.ok, report.failed
    assert report.batches == math.ceil(len(files) / 5)
    assert await dump(db) == per_song

    # Loading again, batched differently, changes nothing: not even the introductions shared by songs.
    again = await load_files(db, [RICH, DATA], batch_size=7)
    assert again.ok and again.committed == len(files)
    assert await dump(db) == per_song


@pytest.mark.usefixtures("empty_graph")
async def test_a_changed_file_replaces_its_songs_facts_in_a_batch(db: Database, tmp_path: Path) -> None:
    first = write(tmp_path, "a.yaml", song("Tidewater", "Ola Brenner", writers="[Ola Brenner, Ines Kahl]"))
    write(tmp_path, "b.yaml", song("Quarry", "Ines Kahl"))
    assert (await load_files(db, [tmp_path])).ok
    first.write_text(song("Tidewater", "Ola Brenner", writers="[Mara Lind]"), encoding="utf-8")
    assert (await load_files(db, [tmp_path])).ok
    rows = await db.read(
        Statement("MATCH (p:Person)-[:WROTE]->(:Song {id: 'tidewater'}) RETURN collect(p.name) AS names", {})
    )
    assert rows == [{"names": ["Mara Lind"]}]


@pytest.mark.usefixtures("empty_graph")
async def test_statements_per_batch_not_per_song(db: Database, tmp_path: Path) -> None:
    for number in range(12):
        write(tmp_path, f"s{number:02d}.yaml", song(f"Song Number {number}", f"Singer {number % 3}"))
    before = db.statements_run
    report = await load_files(db, [tmp_path], batch_size=5)
    assert report.committed == 12 and report.batches == 3
    # Lock, existing ids (for the change feed), people, songs, facts, the mark of busy people for new
    # collaborator rankings, the feed's events: seven statements a batch, however many songs it holds, and
    # one at the end for the rankings marked (none here). The three singers are written by the first
    # batch; the later two only name them as the graph already does, so they have no people statement.
    assert db.statements_run - before == 7 + 6 + 6 + 1
    assert len(await titles(db)) == 12


@pytest.mark.usefixtures("empty_graph")
async def test_a_bad_file_in_the_middle_of_a_batch_is_rejected_alone(db: Database, tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", song("Before", "Ola Brenner"))
    write(tmp_path, "b.yaml", song("Broken", "Nobody Else", release_date="2016-13-45"))
    write(tmp_path, "c.yaml", song("After", "Ola Brenner"))
    report = await load_files(db, [tmp_path], batch_size=10)
    assert [Path(path).name for path in report.loaded] == ["a.yaml", "c.yaml"]
    ((path, message),) = report.failed
    assert Path(path).name == "b.yaml"
    assert f"{path}:3: release_date:" in message
    assert report.batches == 1
    assert await titles(db) == ["After", "Before"]
    assert await db.read(Statement("MATCH (p:Person {id: 'nobody-else'}) RETURN p", {})) == []


@pytest.mark.usefixtures("empty_graph")
async def test_songs_neo4j_refuses_are_isolated_and_the_rest_of_the_batch_loads(db: Database, tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", song("Alder", "Ola Brenner"))
    # 'U+K' and 'U K' are different countries to the model (a symbol is not punctuation) but make the
    # same certification id: the uniqueness constraint refuses the song inside Neo4j.
    certs = "[{country: U+K, level: GOLD}, {country: U K, level: SILVER}]"
    write(tmp_path, "b.yaml", song("Birch", "Ines Kahl", certifications=certs))
    # Too large for Neo4j's 64-bit integers: the driver refuses to send it.
    write(
        tmp_path,
        "c.yaml",
        song("Cedar", "Mara Lind", music_video="{directors: [Ola Brenner], views: 1" + "0" * 20 + "}"),
    )
    write(tmp_path, "d.yaml", song("Dogwood", "Ola Brenner"))
    report = await load_files(db, [tmp_path], batch_size=10)
    assert [Path(path).name for path in report.loaded] == ["a.yaml", "d.yaml"]
    failed = dict(report.failed)
    assert "rejected by Neo4j, nothing from it was written" in failed[tmp_path / "b.yaml"]
    assert "cannot be sent to Neo4j" in failed[tmp_path / "c.yaml"]
    assert await titles(db) == ["Alder", "Dogwood"]
    people = await db.read(Statement("MATCH (p:Person) RETURN p.name AS name ORDER BY name", {}))
    assert people == [{"name": "Ola Brenner"}]


@pytest.mark.usefixtures("empty_graph")
async def test_songs_edited_through_the_api_are_kept_inside_a_batch_unless_forced(db: Database, tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        write(tmp_path, f"{name}.yaml", song(f"Song {name.upper()}", "Ola Brenner", summary="from the file"))
    assert (await load_files(db, [tmp_path])).ok

    async def edit(tx: Transaction) -> None:
        await tx.run(Statement("MATCH (s:Song {id: 'song-b'}) SET s.summary = 'edited'", {}))
        await tx.run(edits.touch_song("song-b", "curator"))

    await db.transact(edit)
    summaries = Statement("MATCH (s:Song) RETURN s.id AS id, s.summary AS summary, s.updatedBy AS by ORDER BY id", {})

    kept = await load_files(db, [tmp_path], batch_size=10)
    assert [Path(path).name for path in kept.loaded] == ["a.yaml", "c.yaml"]
    ((path, message),) = kept.kept
    assert Path(path).name == "b.yaml" and "edited through the API (by curator)" in message
    assert [row["summary"] for row in await db.read(summaries)] == ["from the file", "edited", "from the file"]

    forced = await load_files(db, [tmp_path], batch_size=10, force=True)
    assert forced.committed == 3 and not forced.kept
    rows = await db.read(summaries)
    assert [(row["summary"], row["by"]) for row in rows] == [("from the file", None)] * 3


HOSTILE = {
    "deep-flow.yaml": "title: Deep\nartists: " + "[" * 3000 + "]" * 3000 + "\n",
    "deep-block.yaml": "title: Deep\nartists:\n" + "".join("  " * level + "-\n" for level in range(1, 200)),
    "huge-int.yaml": "title: Huge\nartists: [A]\nchart_peaks:\n  - {country: X, position: " + "9" * 4400 + "}\n",
    "huge-int.json": '{"title": "Huge", "artists": ["A"], "x": ' + "9" * 4400 + "}",
    "deep.json": '{"title": "Deep", "artists": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "duplicate.yaml": "title: One\nartists: [A]\ntitle: Two\n",
    "laughs.yaml": "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]\n" for i in range(7)),
}


@pytest.mark.usefixtures("empty_graph")
async def test_hostile_files_are_each_rejected_and_the_others_load(db: Database, tmp_path: Path) -> None:
    write(tmp_path, "a-first.yaml", song("First Light", "Ola Brenner"))
    for name, text in HOSTILE.items():
        write(tmp_path, name, text)
    write(tmp_path, "z-last.yaml", song("Last Light", "Ola Brenner"))
    report = await load_files(db, [tmp_path], batch_size=3)
    assert [Path(path).name for path in report.loaded] == ["a-first.yaml", "z-last.yaml"]
    assert sorted(Path(path).name for path, _message in report.failed) == sorted(HOSTILE)
    for path, message in report.failed:
        assert message.startswith(f"{path}:"), message
        assert "Traceback" not in message
    assert await titles(db) == ["First Light", "Last Light"]


@pytest.mark.usefixtures("empty_graph")
async def test_load_documents_streams_an_iterable_and_refuses_a_song_given_twice(db: Database) -> None:
    taken: list[int] = []

    def documents() -> object:
        for number in range(7):
            taken.append(number)
            yield SongDocument(title=f"Generated {number % 6}", artists=[f"Singer {number}"])

    report = await load_documents(db, documents(), batch_size=3)  # type: ignore[arg-type]
    assert taken == list(range(7))
    assert report.committed == 6
    ((source, message),) = report.failed
    assert source == "document 7 (song 'generated-0')"
    assert "already defined by document 1" in message
    assert len(await titles(db)) == 6


CREDITS = Statement(
    "MATCH (p:Person)-[r]->(s:Song) RETURN s.title AS song, type(r) AS role, p.id AS person, p.name AS name "
    "ORDER BY song, role, person",
    {},
)


@pytest.mark.usefixtures("empty_graph")
async def test_a_person_merged_away_during_a_run_is_written_again_with_their_credits(db: Database) -> None:
    """A run does not send a description again as it last wrote it; a person merged away through the API since
    then must still be written, or the next songs' credits to them would link no one."""
    ines = PersonEntry(name="Inés Valcárcel", aliases=["Ines V"], description="a singer")

    def described(title: str) -> SongDocument:
        return SongDocument(title=title, artists=["Inés Valcárcel"], writers=["Tomas Brandt"], people=[ines])

    run = WrittenPeople()
    first = await load_documents(db, [described("First Song"), described("Second Song")], people=run)
    assert first.committed == 2
    await Curator(db, "editor").merge_people(
        to_global_id("Person", "tomas-brandt"), to_global_id("Person", "ines-valcarcel")
    )
    later = await load_documents(db, [described("Third Song")], people=run)
    assert later.committed == 1
    rows = await db.read(CREDITS)
    assert {"song": "Third Song", "role": "PERFORMED", "person": "ines-valcarcel", "name": "Inés Valcárcel"} in rows
    (person,) = await db.read(
        Statement("MATCH (p:Person {id: 'ines-valcarcel'}) RETURN p.description AS d, p.aliases AS a", {})
    )
    assert person == {"d": "a singer", "a": ["Ines V"]}


class _FailsAfter(Database):
    """The real database, made unreachable after ``batches`` transactions (an outage in the middle of a load)."""

    def __init__(self, db: Database, batches: int) -> None:
        super().__init__(db._driver, db._database)
        self._left = batches

    async def transact(self, work):  # type: ignore[no-untyped-def]
        if self._left == 0:
            raise DatabaseUnavailable("connection refused")
        self._left -= 1
        return await super().transact(work)


@pytest.mark.usefixtures("empty_graph")
async def test_an_outage_stops_the_load_and_says_what_was_committed(db: Database, tmp_path: Path) -> None:
    for number in range(10):
        write(tmp_path, f"s{number}.yaml", song(f"Song {number}", "Ola Brenner"))
    report = await load_files(_FailsAfter(db, 2), [tmp_path], batch_size=3)
    assert not report.ok
    assert report.unavailable == "connection refused"
    assert report.committed == 6
    assert report.not_tried == 4
    assert report.first_not_tried == tmp_path / "s6.yaml"
    assert len(await titles(db)) == 6


def test_cli_load_with_neo4j_down_exits_3_with_a_summary(tmp_path: Path) -> None:
    shutil.copy(DATA / "we-dont-talk-anymore.yaml", tmp_path / "one.yaml")
    write(tmp_path, "two.yaml", song("Second", "Ola Brenner"))
    env = {**os.environ, "NEO4J_URI": f"bolt://127.0.0.1:{free_port()}", "NEO4J_RETRY_SECONDS": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "songgraph.cli", "load", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 3
    assert "loaded 0 file(s), 0 rejected" in done.stdout
    assert f"0 file(s) were committed, 2 not loaded, from {tmp_path / 'one.yaml'} on" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.usefixtures("empty_graph")
def test_cli_load_rejects_a_file_over_the_size_limit(settings: Settings, tmp_path: Path) -> None:
    write(tmp_path, "small.yaml", song("Small", "Ola Brenner"))
    write(tmp_path, "large.yaml", song("Large", "Ola Brenner", summary="x" * 5000))
    env = {**os.environ, "NEO4J_URI": settings.neo4j_uri}
    done = subprocess.run(
        [sys.executable, "-m", "songgraph.cli", "load", "--max-file-bytes", "1000", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert f"{tmp_path / 'large.yaml'}: larger than the limit of 1000 bytes" in done.stderr
    assert "loaded 1 file(s), 1 rejected" in done.stdout
