"""Neo4j paused and killed under a running API: coded answers, /ready, and recovery without a restart.

These tests start a Neo4j of their own (scripts/neo4j.sh, a free port, a temporary folder), since they
freeze and kill it. Outcomes are asserted by code; outer timeouts only keep a failure from hanging.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT
from tests.integration.conftest import wipeable_settings
from tests.server import free_port, serve

NEO4J_SH = ROOT / "scripts" / "neo4j.sh"
QUERY = {"query": '{ song(title: "Nothing by this name") { title } }'}
READ_TIMEOUT, RETRY_SECONDS = 5, 5


class Instance:
    def __init__(self, folder: Path, port: int) -> None:
        self.folder, self.port = folder, port

    def _script(self, command: str) -> None:
        env = {**os.environ, "NEO4J_HEAP": "512m", "NEO4J_PAGECACHE_MB": "32"}
        subprocess.run([str(NEO4J_SH), command, str(self.folder), str(self.port)], check=True, timeout=300, env=env)

    def start(self) -> None:
        self._script("start")

    def stop(self) -> None:
        self._script("stop")

    def signal(self, number: signal.Signals) -> None:
        os.kill(int((self.folder / "neo4j.pid").read_text()), number)


@pytest.fixture(scope="module")
def neo4j(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Instance]:
    wipeable_settings()  # the same gate as every test that needs a real Neo4j
    if not (ROOT / "neo4j-launcher" / "target" / "classes").is_dir():
        pytest.skip("the Neo4j launcher is not built (make test builds it)")
    instance = Instance(tmp_path_factory.mktemp("neo4j-outage"), free_port())
    instance.start()
    try:
        yield instance
    finally:
        instance.signal(signal.SIGCONT)
        instance.stop()


@pytest.fixture(scope="module")
def api(neo4j: Instance) -> Iterator[str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SONGGRAPH_READ_TIMEOUT_SECONDS", str(READ_TIMEOUT))
        yield from serve(f"bolt://127.0.0.1:{neo4j.port}", retry_seconds=RETRY_SECONDS)


def _code(api: str) -> str:
    response = httpx.post(f"{api}/graphql", json=QUERY, timeout=60)
    assert response.status_code == 200
    body = response.json()
    if "errors" not in body:
        return "OK"
    return str(body["errors"][0]["extensions"]["code"])


def _eventually_ok(api: str) -> bool:
    for _ in range(240):
        if httpx.get(f"{api}/ready", timeout=60).status_code == 200 and _code(api) == "OK":
            return True
        time.sleep(0.5)
    return False


def test_a_paused_neo4j_answers_timeout_and_the_api_recovers_when_it_resumes(neo4j: Instance, api: str) -> None:
    assert _eventually_ok(api)  # a new Neo4j's first query plans from cold, which may take longer than the budget
    neo4j.signal(signal.SIGSTOP)
    try:
        # At once: each waits out the read timeout, and three in a row would wait it three times over.
        with ThreadPoolExecutor(3) as pool:
            codes = set(pool.map(_code, [api] * 3))
        ready = httpx.get(f"{api}/ready", timeout=60).status_code
    finally:
        neo4j.signal(signal.SIGCONT)
    assert codes == {"TIMEOUT"}
    assert ready == 503
    assert _eventually_ok(api)


def test_a_stopped_neo4j_answers_service_unavailable_and_the_api_recovers_when_it_is_back(
    neo4j: Instance, api: str
) -> None:
    assert _eventually_ok(api)
    neo4j.signal(signal.SIGKILL)
    for _ in range(100):
        if not Path(f"/proc/{(neo4j.folder / 'neo4j.pid').read_text().strip()}").exists():
            break
        time.sleep(0.1)
    # At once, as clients meet it: identical requests share one read, and each must still say SERVICE_UNAVAILABLE
    # (not TIMEOUT after retrying on its own); sent at once they also wait out the retry budget only once.
    with ThreadPoolExecutor(3) as pool:
        codes = set(pool.map(_code, [api] * 3))
    ready = httpx.get(f"{api}/ready", timeout=60).status_code
    neo4j.start()
    assert codes == {"SERVICE_UNAVAILABLE"}
    assert ready == 503
    assert _eventually_ok(api)
