"""songgraph.config (settings from an explicit environment) and songgraph.migrate (splitting schema files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from songgraph.config import ConfigError, Settings
from songgraph.migrate import default_schema_dir, schema_statements

ROOT = Path(__file__).resolve().parents[2]
CONSTRAINTS = ROOT / "schema" / "constraints.cypher"


# --- Settings.from_env ----------------------------------------------------------------------------------


def test_empty_environment_gives_the_defaults() -> None:
    settings = Settings.from_env({})
    assert settings == Settings()
    assert settings.neo4j_uri == "bolt://127.0.0.1:7687"
    assert settings.neo4j_user == "neo4j"
    assert settings.neo4j_database == "neo4j"
    assert settings.host == "127.0.0.1"
    assert settings.port == 8000
    assert settings.max_query_depth == 12
    assert settings.graphiql is True
    assert settings.access_log is True


def test_variables_are_read() -> None:
    env = {
        "NEO4J_URI": "neo4j://db.example:7688",
        "NEO4J_USER": "reader",
        "NEO4J_PASSWORD": "s3cret",
        "NEO4J_DATABASE": "songs",
        "SONGGRAPH_HOST": "0.0.0.0",
        "SONGGRAPH_PORT": "9090",
        "SONGGRAPH_MAX_QUERY_DEPTH": "5",
        "SONGGRAPH_GRAPHIQL": "0",
        "SONGGRAPH_SHARED_READS": "false",
        "SONGGRAPH_ACCESS_LOG": "off",
    }
    assert Settings.from_env(env) == Settings(
        neo4j_uri="neo4j://db.example:7688",
        neo4j_user="reader",
        neo4j_password="s3cret",
        neo4j_database="songs",
        host="0.0.0.0",
        port=9090,
        max_query_depth=5,
        graphiql=False,
        shared_reads=False,
        access_log=False,
    )


def test_page_budget_is_a_positive_number_of_seconds() -> None:
    assert Settings.from_env({}).page_budget_seconds == 5
    assert Settings.from_env({"SONGGRAPH_PAGE_BUDGET_SECONDS": "2"}).page_budget_seconds == 2
    for raw in ("0", "-1", "soon"):
        with pytest.raises(ConfigError, match="SONGGRAPH_PAGE_BUDGET_SECONDS"):
            Settings.from_env({"SONGGRAPH_PAGE_BUDGET_SECONDS": raw})


def test_unrelated_variables_are_ignored() -> None:
    assert Settings.from_env({"PORT": "1", "URI": "x", "HOME": "/root"}) == Settings()


def test_empty_values_fall_back_to_the_defaults() -> None:
    env = {"NEO4J_URI": "", "SONGGRAPH_PORT": "", "SONGGRAPH_MAX_QUERY_DEPTH": "", "SONGGRAPH_GRAPHIQL": ""}
    assert Settings.from_env(env) == Settings()


@pytest.mark.parametrize(
    ("raw", "enabled"), [("0", False), ("false", False), ("no", False), ("1", True), ("yes", True)]
)
def test_graphiql_switch(raw: str, enabled: bool) -> None:
    assert Settings.from_env({"SONGGRAPH_GRAPHIQL": raw}).graphiql is enabled


@pytest.mark.parametrize("name", ["SONGGRAPH_PORT", "SONGGRAPH_MAX_QUERY_DEPTH"])
@pytest.mark.parametrize("raw", ["eighty", "80.5", "8o8o"])
def test_non_integer_raises_config_error_naming_the_variable(name: str, raw: str) -> None:
    with pytest.raises(ConfigError) as caught:
        Settings.from_env({name: raw})
    assert name in str(caught.value)
    assert raw in str(caught.value)


def test_config_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="SONGGRAPH_PORT"):
        Settings.from_env({"SONGGRAPH_PORT": "http"})


# --- schema_statements ----------------------------------------------------------------------------------


def test_schema_statements_split_on_semicolons() -> None:
    text = (
        "CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;\n"
        "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x);\n"
    )
    statements = schema_statements(text)
    assert [s.cypher for s in statements] == [
        "CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE",
        "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x)",
    ]
    assert all(s.params == {} for s in statements)


def test_schema_statements_drop_comment_lines_and_blank_parts() -> None:
    text = "// header; with a semicolon\n\n  // indented comment\nSTATEMENT ONE;\n;\n// between\nSTATEMENT\n  TWO;\n\n"
    assert [s.cypher for s in schema_statements(text)] == ["STATEMENT ONE", "STATEMENT\n  TWO"]


def test_schema_statements_keep_a_last_statement_without_semicolon() -> None:
    assert [s.cypher for s in schema_statements("A;\nB")] == ["A", "B"]


def test_schema_statements_of_only_comments_is_empty() -> None:
    assert schema_statements("// nothing\n// here\n\n") == []


def test_real_schema_statements_are_all_idempotent() -> None:
    text = CONSTRAINTS.read_text(encoding="utf-8")
    statements = schema_statements(text)
    expected = sum(1 for line in text.splitlines() if line.startswith("CREATE "))
    assert expected > 0
    assert len(statements) == expected
    for statement in statements:
        assert statement.cypher.startswith("CREATE ")
        assert "IF NOT EXISTS" in statement.cypher
        assert "//" not in statement.cypher
        assert ";" not in statement.cypher


def test_real_schema_multiline_statement_is_kept_whole() -> None:
    statements = schema_statements(CONSTRAINTS.read_text(encoding="utf-8"))
    fulltext = [s.cypher for s in statements if "FULLTEXT" in s.cypher]
    assert len(fulltext) == 1
    assert "OPTIONS" in fulltext[0]


def test_default_schema_dir_in_a_checkout_is_the_repo_schema_folder() -> None:
    assert default_schema_dir() == ROOT / "schema"
