"""Tokens: configuration by hash, and who a request's Authorization header names."""

from __future__ import annotations

from pathlib import Path

import pytest

from songgraph.auth import AuthFailure, Principal, Scope, authenticate, digest, entry_line, new_token, parse_entries
from songgraph.cli import main
from songgraph.config import ConfigError, Settings


def _entries(*pairs: tuple[str, Scope, str]) -> str:
    return "\n".join(entry_line(name, scope, token) for name, scope, token in pairs)


def test_a_configured_token_names_its_principal_and_scope() -> None:
    writer, reader = new_token(), new_token()
    entries = parse_entries(_entries(("alice", Scope.WRITE, writer), ("bot", Scope.READ, reader)), "env")
    assert authenticate(f"Bearer {writer}", entries) == Principal("alice", Scope.WRITE)
    assert authenticate(f"bearer   {reader}  ", entries) == Principal("bot", Scope.READ)
    assert not authenticate(f"Bearer {reader}", entries).can_write  # type: ignore[union-attr]


def test_no_header_is_anonymous_and_an_unknown_or_malformed_one_fails() -> None:
    entries = parse_entries(_entries(("alice", Scope.WRITE, "sg_right")), "env")
    assert authenticate(None, entries) is None
    assert authenticate("  ", entries) is None
    for header in ("Bearer sg_wrong", "Basic YWxpY2U6eA==", "Bearer", "sg_right"):
        with pytest.raises(AuthFailure):
            authenticate(header, entries)


def test_the_configuration_holds_only_the_digest() -> None:
    token = new_token()
    line = entry_line("alice", Scope.WRITE, token)
    assert token not in line
    assert line.endswith(digest(token))
    assert len(token) > 40


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("alice:write:" + "a" * 64, "expected name:scope:sha256:HEX"),
        ("alice:admin:sha256:" + "a" * 64, "scope of 'alice' must be read or write"),
        ("al ice:write:sha256:" + "a" * 64, "token name 'al ice'"),
        ("alice:write:sha256:abc", "64 lowercase hex digits"),
        ("alice:write:sha256:" + "a" * 64 + "\nalice:read:sha256:" + "b" * 64, "env:2: a second token named 'alice'"),
    ],
)
def test_bad_entries_are_refused_with_their_line(text: str, complaint: str) -> None:
    with pytest.raises(ValueError, match="env:") as caught:
        parse_entries(text, "env")
    assert complaint in str(caught.value)


def test_a_token_typed_in_clear_is_not_echoed_in_the_error() -> None:
    token = new_token()
    with pytest.raises(ValueError) as caught:
        parse_entries(token, "env")
    assert token not in str(caught.value)


def test_settings_read_tokens_from_the_environment_and_a_file(tmp_path: Path) -> None:
    a, b = new_token(), new_token()
    path = tmp_path / "tokens"
    path.write_text("# curators\n" + entry_line("bob", Scope.READ, b) + "\n")
    settings = Settings.from_env(
        {"SONGGRAPH_TOKENS": entry_line("alice", Scope.WRITE, a), "SONGGRAPH_TOKENS_FILE": str(path)}
    )
    assert authenticate(f"Bearer {a}", settings.tokens) == Principal("alice", Scope.WRITE)
    assert authenticate(f"Bearer {b}", settings.tokens) == Principal("bob", Scope.READ)


def test_settings_refuse_a_missing_tokens_file_and_a_name_configured_twice(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="SONGGRAPH_TOKENS_FILE: cannot read"):
        Settings.from_env({"SONGGRAPH_TOKENS_FILE": str(tmp_path / "absent")})
    path = tmp_path / "tokens"
    path.write_text(entry_line("alice", Scope.READ, "x") + "\n")
    with pytest.raises(ConfigError, match="'alice' is configured twice"):
        Settings.from_env(
            {"SONGGRAPH_TOKENS": entry_line("alice", Scope.WRITE, "y"), "SONGGRAPH_TOKENS_FILE": str(path)}
        )


def test_reads_are_public_unless_configured_off() -> None:
    assert Settings.from_env({}).public_reads
    assert not Settings.from_env({"SONGGRAPH_PUBLIC_READS": "off"}).public_reads
    with pytest.raises(ConfigError, match="SONGGRAPH_PUBLIC_READS"):
        Settings.from_env({"SONGGRAPH_PUBLIC_READS": "maybe"})


def test_the_token_command_prints_a_token_and_the_line_that_accepts_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["token", "alice", "--scope", "read"]) == 0
    out = capsys.readouterr().out.splitlines()
    token = out[0].rsplit(" ", 1)[1]
    entries = parse_entries(out[-1], "printed")
    assert authenticate(f"Bearer {token}", entries) == Principal("alice", Scope.READ)
