"""What an installation relies on without a database: where the migrations and the bundle are found, the
names the migrations declare, `songgraph --version`, and the errors for a store or a folder without them."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import pytest

from songgraph import packaged
from songgraph.api.errors import SERVICE_UNAVAILABLE, unavailable
from songgraph.cli import main
from songgraph.db import DatabaseUnavailable, SchemaMissing
from songgraph.migrate import MigrationsMissing, declared_names, read_migrations, schema_statements
from tests.conftest import ROOT


def test_version_is_the_installed_distributions(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"songgraph {version('songgraph')}\n"


def test_a_checkout_reads_its_own_schema_and_bundle() -> None:
    # This test environment is an editable install: no packaged copies beside the code.
    assert not packaged.PACKAGED_MIGRATIONS.exists()
    assert packaged.migrations_dir() == ROOT / "schema"
    assert packaged.web_dist() == ROOT / "web" / "dist"


def test_packaged_copies_win_when_present(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    migrations, dist = tmp_path / "migrations", tmp_path / "dist"
    migrations.mkdir()
    dist.mkdir()
    monkeypatch.setattr(packaged, "PACKAGED_MIGRATIONS", migrations)
    monkeypatch.setattr(packaged, "PACKAGED_WEB_DIST", dist)
    # An empty packaged folder is no installation: the checkout's are used.
    assert packaged.migrations_dir() == ROOT / "schema"
    assert packaged.web_dist() == ROOT / "web" / "dist"
    (migrations / "constraints.cypher").write_text("CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n")
    (dist / "manifest.json").write_text("{}\n")
    assert packaged.migrations_dir() == migrations
    assert packaged.web_dist() == dist


def test_declared_names_are_every_created_constraint_and_index() -> None:
    text = (
        "CREATE CONSTRAINT song_id IF NOT EXISTS FOR (n:Song) REQUIRE n.id IS UNIQUE;\n"
        "CREATE TEXT INDEX title_text IF NOT EXISTS FOR (n:Song) ON (n.titleKey);\n"
        "CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:Song|Person) ON EACH [n.searchText]\n"
        "  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};\n"
        "create index lower_case if not exists for (n:A) on (n.x);\n"
    )
    assert declared_names(schema_statements(text)) == ["song_id", "title_text", "search", "lower_case"]


def test_the_real_migrations_name_everything_they_create() -> None:
    statements = read_migrations(ROOT / "schema")
    names = declared_names(statements)
    assert len(names) == len(statements)
    assert "search" in names


@pytest.mark.parametrize("exists", [True, False])
def test_a_folder_without_migrations_is_an_error(tmp_path: Path, exists: bool) -> None:
    folder = tmp_path / "schema"
    if exists:
        folder.mkdir()
        (folder / "notes.txt").write_text("not a migration\n")
    with pytest.raises(MigrationsMissing, match="no migrations") as raised:
        read_migrations(folder)
    assert str(folder) in str(raised.value)
    assert ("no such folder" in str(raised.value)) is not exists


def test_migrate_without_migrations_exits_2_and_applies_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The folder is read before any statement is sent, so no database is needed to see this.
    assert main(["migrate", "--schema-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"no migrations (*.cypher files) in {tmp_path}" in err
    assert "nothing was applied" in err


def test_migrate_help_names_the_packaged_default(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["migrate", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "the migrations installed with songgraph" in help_text
    assert "in a development install, the checkout's schema/" in help_text


def test_a_missing_index_is_a_coded_error_naming_the_fix() -> None:
    error = unavailable(SchemaMissing("There is no such fulltext schema index: search"))
    assert error.extensions == {"code": SERVICE_UNAVAILABLE, "reason": "not_migrated"}
    assert "songgraph migrate" in error.message
    # An outage keeps its own words.
    assert unavailable(DatabaseUnavailable("refused")).extensions == {"code": SERVICE_UNAVAILABLE}


@pytest.mark.parametrize("command", ["load", "import-musicbrainz"])
def test_new_store_refuses_a_folder_holding_a_store(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "store"
    (home / "data" / "databases" / "neo4j").mkdir(parents=True)
    song = tmp_path / "song.yaml"
    song.write_text("title: Quiet Harbour\nartists: [Ines Valade]\n", encoding="utf-8")
    assert main([command, "--new-store", str(home), str(song)]) == 2
    assert f"{home} holds a Neo4j store already" in capsys.readouterr().err
    # Nothing was written beside the store that was there.
    assert sorted(path.name for path in home.iterdir()) == ["data"]


def test_new_store_says_where_the_importer_is_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SONGGRAPH_NEO4J_LIB", str(tmp_path / "no-jars"))
    assert main(["load", "--new-store", str(tmp_path / "store"), str(ROOT / "data")]) == 2
    assert "Neo4j's importer is not in" in capsys.readouterr().err
    assert not (tmp_path / "store").exists()
