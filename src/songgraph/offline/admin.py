"""Runs Neo4j's importer (``neo4j-admin database import full``) and the project's Neo4j on the store it built.

Both come from the project's launcher (``neo4j-launcher/``, built by ``make``): the importer is part of the
Neo4j jars it runs. A store folder is laid out as ``scripts/neo4j.sh`` starts it (``DIR/data/...``), so the
store built here is served by ``scripts/neo4j.sh start DIR PORT`` or ``make run NEO4J_DATA_DIR=DIR``.
"""

from __future__ import annotations

import os
import socket
import subprocess
from pathlib import Path

from songgraph.offline.csvfiles import ARRAY_DELIMITER

_ROOT = Path(__file__).resolve().parents[3]


class OfflineUnavailable(RuntimeError):
    """The offline import cannot run here (no launcher, a store already in the folder, the importer failed)."""


def launcher_lib() -> Path:
    """The folder of the Neo4j jars the launcher runs on (``SONGGRAPH_NEO4J_LIB`` or the checkout's)."""
    lib = Path(os.environ.get("SONGGRAPH_NEO4J_LIB") or _ROOT / "neo4j-launcher" / "target" / "lib")
    if not any(lib.glob("neo4j-import-tool-*.jar")):
        raise OfflineUnavailable(
            f"Neo4j's importer is not in {lib}: the offline import runs from a checkout of songgraph after `make "
            "install` (or set SONGGRAPH_NEO4J_LIB to the launcher's lib folder)"
        )
    return lib


def require_new(home: Path) -> None:
    """Raises ``OfflineUnavailable`` if ``home`` holds a store already (the importer only makes new ones)."""
    if (home / "data" / "databases" / "neo4j").exists():
        raise OfflineUnavailable(f"{home} holds a Neo4j store already: the offline import only builds a new one")


def run_import(home: Path, arguments: list[str], *, multiline: bool, heap: str = "2g") -> Path:
    """Builds the store in ``home`` from the CSV files the arguments name; returns the importer's log."""
    require_new(home)
    lib = launcher_lib()
    (home / "conf").mkdir(parents=True, exist_ok=True)
    log = home / "import.log"
    command = [
        "java",
        f"-Xmx{heap}",
        "-cp",
        f"{lib}/*",
        "org.neo4j.cli.AdminTool",
        "database",
        "import",
        "full",
        # The database first: every --nodes option takes all the words after it as its files.
        "neo4j",
        f"--array-delimiter=U+{ord(ARRAY_DELIMITER):04X}",
        f"--multiline-fields={'true' if multiline else 'false'}",
        f"--report-file={home / 'import.report'}",
        *arguments,
    ]
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    with log.open("w", encoding="utf-8") as out:
        done = subprocess.run(command, env=env, stdout=out, stderr=subprocess.STDOUT, check=False)
    if done.returncode != 0:
        tail = "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-15:])
        raise OfflineUnavailable(f"Neo4j's importer failed (exit {done.returncode}); the end of {log}:\n{tail}")
    return log


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def neo4j_script(action: str, home: Path, port: int) -> None:
    """``scripts/neo4j.sh ACTION HOME PORT``: the project's own way to start and stop its Neo4j."""
    script = _ROOT / "scripts" / "neo4j.sh"
    done = subprocess.run(
        ["bash", str(script), action, str(home), str(port)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise OfflineUnavailable(f"scripts/neo4j.sh {action} {home} {port} failed: {done.stderr.strip()}")
    if action == "stop" and "not running" in done.stdout:
        raise OfflineUnavailable(f"scripts/neo4j.sh stop {home} {port} found no Neo4j of the project running there")
