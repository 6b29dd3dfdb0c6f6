"""Importing story pages on the real Neo4j: merges with data/, idempotent, dry runs write nothing, and the API
shows where each imported fact came from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from songgraph.cli import main
from songgraph.config import Settings
from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.services.importing import import_pages
from tests.conftest import DATA, ROOT, SHARED_SEED
from tests.integration.conftest import execute, graph_with

pytestmark = pytest.mark.anyio

SEED_PAGE = SHARED_SEED / "story-of-song-we-dont-talk-anymore.txt"
needs_seed = pytest.mark.skipif(not SEED_PAGE.exists(), reason=f"{SEED_PAGE} is absent (team workspace only)")
PAGES = ROOT / "tests" / "fixtures" / "pages"

GRAPH = Statement(
    """
    CALL () { MATCH (n) WHERE NOT n:FeedEvent AND NOT n:FeedHead RETURN collect([labels(n), properties(n)]) AS nodes }
    CALL () {
      MATCH (a)-[r]->(b)
      RETURN collect([coalesce(a.id, a.key), type(r), coalesce(b.id, b.key), properties(r)]) AS links
    }
    RETURN nodes, links
    """,
    {},
)


def _clean(value: Any, provenance: bool) -> Any:
    if isinstance(value, dict):
        return {
            k: _clean(v, provenance)
            for k, v in value.items()
            if provenance or not ((k.startswith("source") and k != "source") or k == "addedBy")
        }
    if isinstance(value, list):
        return [_clean(v, provenance) for v in value]
    return value


async def graph(db: Database, provenance: bool = True) -> list[str]:
    """The whole graph as sorted JSON lines; without ``provenance``, the source properties are left out."""
    (row,) = await db.read(GRAPH)
    items = [*row["nodes"], *row["links"]]
    return sorted(json.dumps(_clean(item, provenance), sort_keys=True, default=str) for item in items)


@pytest.fixture
def data_graph(settings: Settings) -> None:
    graph_with(settings, DATA)


@pytest.fixture
def empty_graph(settings: Settings) -> None:
    graph_with(settings)


def page(path: Path, source: str | None = None) -> tuple[str, str]:
    return (source or path.name, path.read_text(encoding="utf-8"))


@needs_seed
@pytest.mark.usefixtures("data_graph")
async def test_seed_page_after_data_adds_only_provenance_and_twice_changes_nothing(db: Database) -> None:
    before = await graph(db, provenance=False)
    report = await import_pages(db, [page(SEED_PAGE, "https://example.org/wdta")])
    assert report.ok
    [result] = report.pages
    assert result.written and result.changes
    assert all(change.fact.startswith(("source of", "added by")) for change in result.changes), result.changes
    assert await graph(db, provenance=False) == before
    with_provenance = await graph(db)
    again = await import_pages(db, [page(SEED_PAGE, "https://example.org/wdta")])
    assert again.pages[0].changes == () and not again.pages[0].written
    assert await graph(db) == with_provenance
    people = await db.read(Statement("MATCH (p:Person) RETURN p.id AS id ORDER BY id", {}))
    assert "jacob-kashner-hindlin" not in {row["id"] for row in people}


@pytest.mark.usefixtures("data_graph")
async def test_dry_run_writes_nothing(db: Database) -> None:
    before = await graph(db)
    report = await import_pages(db, [page(PAGES / "paper-lanterns.txt")], dry_run=True)
    [result] = report.pages
    assert result.changes and not result.written
    assert result.document is not None and result.document.title == "Paper Lanterns"
    assert await graph(db) == before


@pytest.mark.usefixtures("empty_graph")
async def test_fixture_pages_import_idempotently_with_provenance_in_the_api(db: Database) -> None:
    pages = [page(path) for path in sorted(PAGES.glob("*.txt"))]
    first = await import_pages(db, pages)
    assert first.ok and all(p.written for p in first.pages)
    snapshot = await graph(db)
    second = await import_pages(db, pages)
    assert all(p.changes == () for p in second.pages)
    assert await graph(db) == snapshot

    statements = db.statements_run
    result = await execute(
        db,
        """{ song(title: "Paper Lanterns") {
              source { page line } addedBy
              credits { role person { name } source { page excerpt line } }
              certifications { country level source { page excerpt line } }
              chartPeaks { country position source { excerpt } }
              introductions { introducer { name } source { excerpt } }
              musicVideo { cast { person { name } role source { excerpt line } }
                           directorCredits { person { name } source { excerpt } } }
              quotes { speaker { name } source provenance { page line } }
              artists { name kind members { name } }
        } }""",
    )
    assert result.errors is None, result.errors
    assert db.statements_run - statements == 1, "provenance is projected in the one statement of the root field"
    song = result.data["song"]
    assert song["source"] == {"page": "paper-lanterns.txt", "line": 4} and song["addedBy"] == "Hedda"
    assert all(c["source"]["page"] == "paper-lanterns.txt" for c in song["credits"])
    diamond = next(c for c in song["certifications"] if c["level"] == "DIAMOND")
    assert diamond["source"]["excerpt"] == "Diamond in Poland"
    assert {p["source"]["excerpt"] for p in song["chartPeaks"] if p["country"] == "Norway"} == {
        "#3 & #12 & #40 on various charts in Norway"
    }
    assert song["introductions"][0]["introducer"]["name"] == "Oskar Fenn"
    assert "introduced by Oskar Fenn" in song["introductions"][0]["source"]["excerpt"]
    video = song["musicVideo"]
    assert [d["person"]["name"] for d in video["directorCredits"]] == ["Lotte Haver", "Ruben Sastre"]
    assert all("co-directed by" in d["source"]["excerpt"] for d in video["directorCredits"])
    assert all(c["source"]["excerpt"].startswith("It stars") for c in video["cast"])
    assert song["quotes"][0]["provenance"]["page"] == "paper-lanterns.txt"
    [band] = song["artists"]
    assert band["kind"] == "GROUP"
    assert [m["name"] for m in band["members"]] == ["Ines Marlow", "Teo Brandt", "Kasia Lund"]


@pytest.mark.usefixtures("data_graph")
async def test_a_page_name_resolves_to_an_existing_person_through_an_alias(db: Database) -> None:
    text = (PAGES / "salt-and-neon.txt").read_text(encoding="utf-8").replace("Hale Ortiz", "JKash")
    report = await import_pages(db, [("salt.txt", text)])
    assert report.ok
    rows = await db.read(
        Statement("MATCH (p:Person)-[:PRODUCED]->(:Song {id: 'salt-and-neon'}) RETURN p.id AS id ORDER BY id", {})
    )
    assert [row["id"] for row in rows] == ["benno-vail", "jacob-kasher-hindlin"]


@pytest.mark.usefixtures("empty_graph")
def test_cli_dry_run_and_exit_codes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["import-page", "--dry-run", str(PAGES / "quiet-harbour.txt")]) == 0
    out, err = capsys.readouterr()
    assert "would change" in out and "add certification Estonia: 1x PLATINUM" in out
    broken = tmp_path / "broken.txt"
    broken.write_text("nothing here\n", encoding="utf-8")
    assert main(["import-page", str(broken), str(tmp_path / "missing.txt")]) == 1
    out, err = capsys.readouterr()
    assert f"{broken}:1: no song title found" in err and "missing.txt: cannot read" in err
    assert main(["import-page", "--source", "https://example.org/a", str(broken), str(broken)]) == 1


@pytest.mark.usefixtures("empty_graph")
def test_cli_refuses_a_page_over_the_size_limit_and_imports_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, settings: Settings
) -> None:
    from songgraph.ingest.page import MAX_PAGE_CHARS

    fine = PAGES / "quiet-harbour.txt"
    long_page = tmp_path / "long.txt"
    long_page.write_text(fine.read_text(encoding="utf-8") + "x" * MAX_PAGE_CHARS, encoding="utf-8")
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"y" * (4 * MAX_PAGE_CHARS + 1))
    assert main(["import-page", str(long_page), str(huge)]) == 1
    _out, err = capsys.readouterr()
    assert f"{long_page}: not imported, nothing written: the page has" in err
    assert f"a page may have at most {MAX_PAGE_CHARS}" in err
    assert f"{huge}: not imported, nothing written: the file has {4 * MAX_PAGE_CHARS + 1} bytes" in err
    assert graph_is_empty(settings)
    # A page at the limit is read (and only the refused files count as rejected).
    at_limit = tmp_path / "at-limit.txt"
    text = fine.read_text(encoding="utf-8")
    at_limit.write_text(text + " " * (MAX_PAGE_CHARS - len(text)), encoding="utf-8")
    assert main(["import-page", str(at_limit), str(long_page)]) == 1
    out, _err = capsys.readouterr()
    assert "songgraph: 1 page(s) imported, 1 rejected" in out
    assert not graph_is_empty(settings)


def graph_is_empty(settings: Settings) -> bool:
    import asyncio

    async def count() -> int:
        db = Database.connect(settings)
        try:
            (row,) = await db.read(Statement("MATCH (n) RETURN count(n) AS n", {}))
            return int(row["n"])
        finally:
            await db.close()

    return asyncio.run(count()) == 0
