"""Console logs (the embedded default) print plain tracebacks without local variables (session 25
probe: structlog's default Rich traceback printed every frame's locals — part of an API token among
them — and a RecursionError 500 frames deep took 9.5 minutes of the event loop to render)."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
import structlog

from careercopilot import config, logging as cc_logging


@pytest.fixture
def console_mode(monkeypatch):
    monkeypatch.setattr(config.settings, "log_format", "console")
    root = logging.getLogger()
    saved = (list(root.handlers), root.level, sys.excepthook, threading.excepthook)
    yield
    root.handlers[:], _ = saved[0], root.setLevel(saved[1])
    sys.excepthook, threading.excepthook = saved[2], saved[3]
    structlog.reset_defaults()


def _deep(n, credentials):
    if n == 0:
        raise RecursionError("maximum recursion depth exceeded")
    return _deep(n - 1, credentials)


def test_an_exception_is_logged_without_locals_and_in_bounded_length(console_mode, capsys):
    cc_logging.configure_logging()
    log = structlog.get_logger("probe")
    secret = "cc_pat_" + "SECRET" * 3  # built, so the source line printed in the traceback does not hold it
    try:
        _deep(400, credentials=secret)
    except RecursionError:
        log.exception("api.unhandled", path="/api/v1/clips")
    out = capsys.readouterr()
    text = out.out + out.err
    assert "api.unhandled" in text and "RecursionError" in text
    assert "cc_pat_SECRET" not in text, "a frame's local variables were printed"
    assert len(text.splitlines()) < 100, "repeated frames are collapsed, not printed 400 times"
