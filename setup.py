"""Puts the migrations and the browser bundle into the wheel as package data (everything else is in pyproject.toml).

- ``schema/*.cypher`` becomes ``songgraph/migrations/``, which `songgraph migrate` applies by default.
- ``web/dist`` (GraphiQL and the explorer, bundled by esbuild) becomes ``songgraph/web/dist``. A bundle at least
  as new as every source in ``web/`` is copied as it is (`make web` built it, or Docker's node stage did);
  otherwise it is built here with Node.js and npm, and the build fails saying so when they are missing.

An editable install (`pip install -e .`) copies nothing: it reads the checkout's own schema/ and web/dist.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.errors import SetupError

ROOT = Path(__file__).resolve().parent
SCHEMA = ROOT / "schema"
WEB = ROOT / "web"
WEB_DIST = WEB / "dist"
WEB_SOURCES = ("package.json", "package-lock.json", "build.mjs", "src")


def _newest_source() -> float:
    """The newest modification time among the bundle's sources (0 when web/ holds none, as in Docker's stage)."""
    times = [0.0]
    for name in WEB_SOURCES:
        path = WEB / name
        if path.is_file():
            times.append(path.stat().st_mtime)
        elif path.is_dir():
            times.extend(item.stat().st_mtime for item in path.rglob("*") if item.is_file())
    return max(times)


def _bundle_is_current() -> bool:
    manifest = WEB_DIST / "manifest.json"
    return manifest.is_file() and manifest.stat().st_mtime >= _newest_source()


def _run(command: list[str], what: str) -> None:
    print(f"songgraph build: {what}", flush=True)
    result = subprocess.run(command, cwd=WEB, check=False)
    if result.returncode != 0:
        raise SetupError(f"songgraph: {what} failed (`{' '.join(command)}` in web/ exited {result.returncode})")


def _build_bundle(out: Path) -> None:
    if not (WEB / "package-lock.json").is_file():
        raise SetupError(
            "songgraph: the wheel needs the browser pages, but web/dist holds no bundle and web/ no sources to "
            "build one from; build from a full checkout, or run `make web` first"
        )
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        raise SetupError(
            "songgraph: the wheel needs the browser pages, and web/dist is missing or older than its sources in "
            "web/; building them needs Node.js 20 or later with npm on PATH, which were not found. Install "
            "them, or run `make web` where they are and build the wheel again"
        )
    modules = WEB / "node_modules" / ".package-lock.json"
    if not modules.is_file() or modules.stat().st_mtime < (WEB / "package-lock.json").stat().st_mtime:
        # The same pinned install as `make web`; no install scripts (esbuild's only checks its binary).
        _run([npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund"], "installing web/'s pinned npm packages")
    _run([node, "build.mjs", str(out)], f"bundling the browser pages into {out}")


class BuildPy(build_py):
    """build_py, then the two kinds of package data that live outside src/."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        package = Path(self.build_lib).resolve() / "songgraph"
        migrations = package / "migrations"
        shutil.rmtree(migrations, ignore_errors=True)
        migrations.mkdir(parents=True)
        sources = sorted(SCHEMA.glob("*.cypher"))
        if not sources:
            raise SetupError(f"songgraph: no migrations (*.cypher files) in {SCHEMA} to put into the wheel")
        for source in sources:
            shutil.copy2(source, migrations / source.name)
        dist = package / "web" / "dist"
        shutil.rmtree(dist, ignore_errors=True)
        if _bundle_is_current():
            shutil.copytree(WEB_DIST, dist)
        else:
            _build_bundle(dist)
        if not (dist / "manifest.json").is_file():
            raise SetupError(f"songgraph: bundling the browser pages left no manifest.json in {dist}")


setup(cmdclass={"build_py": BuildPy})
