"""The built wheel is complete: installed into a fresh virtualenv outside the checkout, it migrates a store
that has no schema and serves GraphiQL from its own bundle.

The wheel is built without build isolation and installed without its dependencies, which the fresh
virtualenv borrows from the test environment through a ``.pth`` line (no download at test time). That line
adds a plain folder to ``sys.path``: the ``.pth`` files inside it, among them the editable install's pointer
to this checkout, are not processed, and the test checks that ``songgraph`` is imported from the wheel.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from songgraph.config import Settings
from songgraph.cypher.statement import Statement
from songgraph.db import Database
from songgraph.migrate import migrate, missing_schema, read_migrations
from tests.conftest import ROOT
from tests.server import STARTUP_SECONDS, free_port

pytestmark = [pytest.mark.neo4j, pytest.mark.wheel]

SEARCH = '{ search(text: "talk") { __typename } }'
# What the wheel is built from; everything else in the checkout (data/, tests/, .venv) stays out of the copy.
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "src", "schema", "web")
_SKIP = shutil.ignore_patterns("__pycache__", "*.egg-info", "node_modules")


def _run(args: list[str | Path], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(arg) for arg in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, f"{args} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a copy of the checkout (a build leaves build/ and egg-info behind)."""
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=_SKIP)
        else:
            shutil.copy2(path, source / name)
    if (ROOT / "web" / "node_modules").is_dir():
        # Only used when web/dist is older than its sources and the build has to bundle it anew.
        (source / "web" / "node_modules").symlink_to(ROOT / "web" / "node_modules")
    out = tmp_path_factory.mktemp("wheelhouse")
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", out, source], out)
    (built,) = out.glob("songgraph-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv holding the wheel; the dependencies come from the test environment."""
    home = tmp_path_factory.mktemp("venv")
    _run([sys.executable, "-m", "venv", "--without-pip", home], home)
    python = home / "bin" / "python"
    purelib = Path(
        _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], home).stdout.strip()
    )
    (purelib / "songgraph-test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    # No bytecode compiling: it is not what this test checks, and it is most of pip's time here.
    install: list[str | Path] = ["install", "--quiet", "--no-compile", "--no-deps", "--no-index", wheel]
    _run([sys.executable, "-m", "pip", "--python", python, *install], home)
    return home


def _environment(settings: Settings, **extra: str) -> dict[str, str]:
    # Nothing may point back into the checkout: make test exports SONGGRAPH_WEB_DIST=<checkout>/web/dist.
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV", "SONGGRAPH_WEB_DIST"}}
    return {**env, "NEO4J_URI": settings.neo4j_uri, **extra}


def test_the_wheel_holds_the_migrations_and_the_bundle(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for migration in sorted((ROOT / "schema").glob("*.cypher")):
            packaged = archive.read(f"songgraph/migrations/{migration.name}")
            assert packaged == migration.read_bytes(), migration.name
        manifest = json.loads(archive.read("songgraph/web/dist/manifest.json"))
    assert {"graphiql.js", "graphiql.css", "explore.js", "explore.css"} <= set(manifest)
    for entry, file in manifest.items():
        assert f"songgraph/web/dist/{file}" in names, f"the manifest names {file} for {entry}, but the wheel lacks it"


async def _drop_schema(db: Database) -> None:
    for row in await db.read(Statement("SHOW CONSTRAINTS YIELD name RETURN name", {})):
        await db.run_schema(Statement(f"DROP CONSTRAINT `{row['name']}`", {}))
    # The two token lookup indexes come with every store and are not ours.
    for row in await db.read(Statement("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", {})):
        await db.run_schema(Statement(f"DROP INDEX `{row['name']}`", {}))


async def _missing(settings: Settings) -> list[str]:
    db = Database.connect(settings)
    try:
        return await missing_schema(db, read_migrations(ROOT / "schema"))
    finally:
        await db.close()


@pytest.fixture
def unmigrated(settings: Settings) -> Iterator[None]:
    """A store without any of our constraints and indexes; migrated again afterwards, whatever happened."""

    async def drop() -> None:
        db = Database.connect(settings)
        try:
            await _drop_schema(db)
        finally:
            await db.close()

    async def restore() -> None:
        db = Database.connect(settings)
        try:
            await migrate(db, ROOT / "schema")
        finally:
            await db.close()

    asyncio.run(drop())
    try:
        yield
    finally:
        asyncio.run(restore())


def _serve(venv: Path, settings: Settings, cwd: Path, log: Path) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    env = _environment(settings, SONGGRAPH_PORT=str(port))
    with log.open("w", encoding="utf-8") as output:
        server = subprocess.Popen(
            [str(venv / "bin" / "songgraph"), "serve"],
            cwd=cwd,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            text=True,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_SECONDS
    while True:
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return server, base
        except httpx.TransportError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            raise AssertionError(f"the installed songgraph did not start:\n{log.read_text(encoding='utf-8')}")
        time.sleep(0.2)


def test_the_installed_wheel_migrates_a_store_and_serves_graphiql(
    venv: Path, settings: Settings, unmigrated: None, tmp_path: Path
) -> None:
    songgraph = venv / "bin" / "songgraph"
    env = _environment(settings)
    # Run from a folder outside the checkout: nothing may be found through the working directory.
    imported = _run([venv / "bin" / "python", "-c", "import songgraph; print(songgraph.__file__)"], tmp_path, env)
    package = Path(imported.stdout.strip()).resolve().parent
    assert package.is_relative_to(venv.resolve()), imported.stdout
    assert _run([songgraph, "--version"], tmp_path, env).stdout.strip() == "songgraph 0.1.0"
    assert len(asyncio.run(_missing(settings))) == len(read_migrations(ROOT / "schema"))

    log = tmp_path / "serve.log"
    server, base = _serve(venv, settings, tmp_path, log)
    try:
        started = log.read_text(encoding="utf-8")
        assert "warning: the store is not migrated" in started, started
        before = httpx.post(f"{base}/graphql", json={"query": SEARCH}, timeout=10).json()
        assert before["errors"][0]["extensions"] == {"code": "SERVICE_UNAVAILABLE", "reason": "not_migrated"}
        assert "songgraph migrate" in before["errors"][0]["message"]

        migrated = _run([songgraph, "migrate"], tmp_path, env)
        assert f"from {package / 'migrations'}" in migrated.stdout, migrated.stdout
        assert asyncio.run(_missing(settings)) == []

        after = httpx.post(f"{base}/graphql", json={"query": SEARCH}, timeout=10).json()
        assert "errors" not in after, after
        page = httpx.get(f"{base}/graphql", headers={"Accept": "text/html"}, timeout=10)
        assert page.status_code == 200, page.text[:300]
        bundle = package / "web" / "dist"
        manifest = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
        script = f"/static/{manifest['graphiql.js']}"
        assert f'src="{script}"' in page.text
        asset = httpx.get(f"{base}{script}", timeout=10)
        assert asset.status_code == 200
        assert asset.content == (bundle / manifest["graphiql.js"]).read_bytes()
    finally:
        server.terminate()
        server.wait(timeout=15)


def test_migrate_with_no_migrations_fails_and_says_where_it_looked(
    venv: Path, settings: Settings, tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = subprocess.run(
        [str(venv / "bin" / "songgraph"), "migrate", "--schema-dir", str(empty)],
        cwd=tmp_path,
        env=_environment(settings),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert f"no migrations (*.cypher files) in {empty}" in result.stderr
