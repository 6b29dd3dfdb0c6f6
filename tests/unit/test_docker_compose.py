"""The compose file: valid by the Compose specification's JSON Schema (no Docker engine needed), by Docker's
own validation when the client is available, and its structure always."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft201909Validator

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = ROOT / "docker-compose.yml"
# Taken by `make test` from Docker, Inc.'s docker-compose 1.29.2 wheel on PyPI (compose/config/compose_spec.json),
# byte for byte: the only package of the specification's authors that carries it.
COMPOSE_SCHEMA = ROOT / ".local" / "compose-spec" / "compose_spec.json"
COMPOSE_SCHEMA_SHA256 = "0dc04bd346dcfee1b1419628fff79937bbf076925f298f272a2b490e2b112bac"


def _validator() -> Draft201909Validator:
    if not COMPOSE_SCHEMA.exists():
        reason = f"{COMPOSE_SCHEMA} is missing: `make test` fetches it from PyPI (docker-compose 1.29.2)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    raw = COMPOSE_SCHEMA.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == COMPOSE_SCHEMA_SHA256, f"{COMPOSE_SCHEMA} is not the expected schema"
    schema = json.loads(raw)
    # The draft its $schema names; that URL is not spelled as jsonschema knows it, so it is not looked up.
    Draft201909Validator.check_schema(schema)
    return Draft201909Validator(schema)


def _problems(document: Any) -> list[str]:
    return [
        f"{'/'.join(str(part) for part in error.absolute_path)}: {error.message}"
        for error in _validator().iter_errors(document)
    ]


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)


def _compose() -> dict[str, Any]:
    loaded = yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict), "docker-compose.yml must be a mapping at the top level"
    return loaded


def test_docker_compose_config_is_valid() -> None:
    docker = shutil.which("docker")
    if docker is None:
        pytest.skip("the docker client is not installed, so `docker compose config` cannot run")
    try:
        version = _run([docker, "compose", "version"])
    except subprocess.TimeoutExpired:
        pytest.skip("`docker compose version` did not answer within 60 seconds")
    if version.returncode != 0:
        lines = (version.stderr or version.stdout).strip().splitlines()
        detail = lines[0] if lines else f"exit status {version.returncode}"
        pytest.skip(f"the `docker compose` plugin is not available: {detail}")

    # A default keeps the file valid even when NEO4J_PASSWORD is unset; --quiet prints only errors.
    result = _run([docker, "compose", "config", "--quiet"])

    assert result.returncode == 0, f"docker compose config failed:\n{result.stderr}"


def test_docker_compose_structure() -> None:
    compose = _compose()
    assert "version" not in compose, "the top-level `version` key is obsolete in the Compose specification"

    services = compose["services"]
    neo4j = services["neo4j"]
    api = services["api"]

    assert neo4j["image"] == "neo4j:5.26-community"

    healthcheck = neo4j["healthcheck"]
    assert "cypher-shell" in " ".join(healthcheck["test"])
    for key in ("interval", "timeout", "retries", "start_period"):
        assert key in healthcheck, f"neo4j healthcheck lacks {key}"

    # The image writes every NEO4J_* variable (bar a few control ones) into neo4j.conf, and Neo4j 5
    # refuses to start on an unknown setting, so the password must reach the container only via NEO4J_AUTH.
    assert str(neo4j["environment"]["NEO4J_AUTH"]).startswith("neo4j/")
    assert "NEO4J_PASSWORD" not in neo4j["environment"]

    assert "neo4j-data" in compose["volumes"], "the named volume neo4j-data is not declared"
    assert "neo4j-data:/data" in neo4j["volumes"], "the neo4j-data volume is not mounted at /data"

    assert api["build"]["context"] == "."
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert api["environment"]["NEO4J_URI"] == "bolt://neo4j:7687"

    for service in (neo4j, api):
        for port in service["ports"]:
            assert str(port).startswith("127.0.0.1:"), f"port {port} is not bound to loopback"


def test_docker_compose_is_valid_by_the_compose_specification_schema() -> None:
    assert _problems(_compose()) == []


def test_the_schema_check_catches_what_compose_would_refuse() -> None:
    # The check can fail: a misspelt key, a port of the wrong type and an unknown top-level section.
    for path, value in (
        (("services", "api", "enviroment"), {}),
        (("services", "neo4j", "ports"), 7687),
        (("secretz",), {}),
    ):
        broken = copy.deepcopy(_compose())
        target = broken
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        assert _problems(broken), f"{'.'.join(path)} = {value!r} was accepted"


def test_the_api_gets_its_tokens_from_the_environment_or_dot_env() -> None:
    # Compose reads ${...} from the shell's environment and from .env beside the file; unset means read-only.
    api = _compose()["services"]["api"]
    assert api["environment"]["SONGGRAPH_TOKENS"] == "${SONGGRAPH_TOKENS:-}"
