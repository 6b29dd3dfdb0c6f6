"""The server's log lines leave the event loop through a queue and are written, in order, by another thread."""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Iterator
from logging.handlers import QueueHandler

import pytest

from songgraph.logs import SERVER_LOGGERS, logs_off_the_loop


class _Stream(io.StringIO):
    """A stream that notes which threads write to it."""

    def __init__(self) -> None:
        super().__init__()
        self.writers: set[str] = set()

    def write(self, text: str) -> int:
        self.writers.add(threading.current_thread().name)
        return super().write(text)


@pytest.fixture
def restored_loggers() -> Iterator[None]:
    """dictConfig changes process-wide loggers: the ones it touches are put back as they were."""
    names = (*SERVER_LOGGERS, "uvicorn.error")
    saved = {name: (logging.getLogger(name).handlers[:], logging.getLogger(name).propagate) for name in names}
    levels = {name: logging.getLogger(name).level for name in names}
    yield
    for name, (handlers, propagate) in saved.items():
        logger = logging.getLogger(name)
        logger.handlers, logger.propagate = handlers, propagate
        logger.setLevel(levels[name])


@pytest.mark.usefixtures("restored_loggers")
def test_access_lines_are_written_in_order_by_a_thread_of_their_own(monkeypatch: pytest.MonkeyPatch) -> None:
    out, err = _Stream(), _Stream()
    # uvicorn's configuration names sys.stdout and sys.stderr, looked up when it is applied.
    monkeypatch.setattr("sys.stdout", out)
    monkeypatch.setattr("sys.stderr", err)
    with logs_off_the_loop():
        access = logging.getLogger("uvicorn.access")
        assert all(isinstance(handler, QueueHandler) for handler in access.handlers) and access.handlers
        for index in range(200):
            access.info('%s - "%s %s HTTP/%s" %d', "127.0.0.1:5000", "POST", f"/graphql?n={index}", "1.1", 200)
        logging.getLogger("uvicorn.error").warning("a warning for operators")
    lines = out.getvalue().splitlines()
    # Every line written once, in the order logged, by the time the server has stopped.
    assert [line.split("?n=")[1].split()[0] for line in lines] == [str(index) for index in range(200)]
    assert all('"POST /graphql?n=' in line and line.endswith("200 OK") for line in lines)
    assert "a warning for operators" in err.getvalue()
    assert threading.current_thread().name not in out.writers | err.writers and out.writers
