"""Serve the app with `songgraph serve` on a free port, as users run it (HTTP, browser and audit tests)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

import httpx

# Generous: on a loaded two-core machine a new server has taken over 30 s to answer /health.
STARTUP_SECONDS = 120


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(
    neo4j_uri: str, retry_seconds: int = 15, env: Mapping[str, str] | None = None, log: Path | None = None
) -> Iterator[str]:
    """Yields the base URL while the server runs; stops it afterwards.

    ``env`` adds settings; ``log`` keeps what the server prints in that file (for tests of its log).
    """
    port = free_port()
    environment = {
        **os.environ,
        "NEO4J_URI": neo4j_uri,
        "SONGGRAPH_PORT": str(port),
        "NEO4J_RETRY_SECONDS": str(retry_seconds),
        **(env or {}),
    }
    output = log.open("w", encoding="utf-8") if log is not None else subprocess.PIPE
    server = subprocess.Popen(
        [sys.executable, "-m", "songgraph.cli", "serve"],
        env=environment,
        stdout=output,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                # Stopped first: reading the output of a server still running would wait for ever.
                server.kill()
                printed = server.communicate(timeout=15)[0] if log is None else ""
                raise AssertionError(f"server did not answer /health within {STARTUP_SECONDS} s: {printed}")
            time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=15)
        if log is not None:
            output.close()  # type: ignore[union-attr]
