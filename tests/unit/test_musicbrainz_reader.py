"""The MusicBrainz import's reading process: however the import ends (stopped midway, its process killed,
Ctrl-C), the reading process ends too and its temporary join index is removed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import songgraph
from songgraph.services.musicbrainz import _Artists, _Reader

# Far more artist messages (one artist each) than the queue between the processes holds, so that the reading
# is still going, waiting for room, whenever the importing side stops.
_ARTISTS = 200
_SRC = str(Path(songgraph.__file__).resolve().parents[1])


def artists_file(folder: Path) -> Path:
    path = folder / "artist.jsonl"
    lines = [
        json.dumps({"id": f"00000000-0000-4000-8000-{n:012d}", "name": f"Artist {n}", "sort-name": f"Artist {n}"})
        for n in range(1, _ARTISTS + 1)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def index_files(tmp: Path) -> list[Path]:
    return sorted(tmp.glob("songgraph-mb-*"))


def gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in "ZX"  # ended; a zombie is only waiting for whoever adopted it


def wait_gone(pid: int, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if gone(pid):
            return True
        time.sleep(0.1)
    return gone(pid)


@pytest.fixture
def tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # The reading process makes its index in the temporary folder it inherits.
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    return folder


def test_a_reading_process_stopped_midway_ends_by_itself_and_removes_its_index(tmp_path: Path, tmp: Path) -> None:
    reader = _Reader([artists_file(tmp_path)], {}, batch_size=1, own_process=True)
    try:
        assert isinstance(reader.next(), _Artists)
        assert len(index_files(tmp)) == 1  # the reading's index, while it runs
    finally:
        reader.close()
    assert reader._process is not None and reader._process.pid is not None
    assert gone(reader._process.pid)
    assert reader._process.exitcode == 0  # stopped, not killed
    assert index_files(tmp) == []


# A process that starts an import's reading, takes one message and then ends without a word (killed), or waits
# for Ctrl-C and stops the reading as the import does.
# It takes Ctrl-C as a terminal's foreground job does even when the tests run in the background (a shell starts
# background jobs with SIGINT ignored, and a child inherits that).
_IMPORTER = """
import os, signal, sys, time
from pathlib import Path
from songgraph.services.musicbrainz import _Reader

signal.signal(signal.SIGINT, signal.default_int_handler)

reader = _Reader([Path(sys.argv[1])], {}, batch_size=1, own_process=True)
try:
    reader.next()
    print(reader._process.pid, flush=True)
    if sys.argv[2] == "killed":
        os._exit(9)
    time.sleep(60)
except KeyboardInterrupt:
    print("interrupted", flush=True)
finally:
    reader.close()
"""


def start_importer(tmp_path: Path, how: str) -> tuple[subprocess.Popen[str], int]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([_SRC, os.environ.get("PYTHONPATH", "")])}
    importer = subprocess.Popen(
        [sys.executable, "-c", _IMPORTER, str(artists_file(tmp_path)), how],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        # A process group of its own, as a terminal's foreground job is: Ctrl-C reaches every process in it.
        start_new_session=True,
    )
    assert importer.stdout is not None
    line = importer.stdout.readline()
    assert line.strip().isdigit(), importer.communicate(timeout=30)
    return importer, int(line)


def test_a_reading_process_whose_importer_is_killed_ends_and_removes_its_index(tmp_path: Path, tmp: Path) -> None:
    importer, reading = start_importer(tmp_path, "killed")
    assert importer.wait(timeout=30) == 9
    assert wait_gone(reading), "the reading process waits for ever for an importer that is gone"
    assert index_files(tmp) == []


def test_ctrl_c_stops_the_import_and_its_reading_process(tmp_path: Path, tmp: Path) -> None:
    importer, reading = start_importer(tmp_path, "interrupted")
    os.killpg(importer.pid, signal.SIGINT)
    out, err = importer.communicate(timeout=30)
    assert out.strip() == "interrupted"
    assert wait_gone(reading)
    assert index_files(tmp) == []
    # The reading process leaves Ctrl-C to the importer: no traceback of its own.
    assert "Traceback" not in err
