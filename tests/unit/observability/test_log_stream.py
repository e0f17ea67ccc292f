"""A cached logger writes to ``sys.stdout`` as it is at each line, not to the stream of its first use
(session 29: a module logger first used while a test swapped stdout kept the closed buffer, and every later
line of that module raised "I/O operation on closed file" — two writing integration tests failed by order)."""

from __future__ import annotations

import io
import logging
import sys

import pytest
import structlog

from careercopilot import config, logging as cc_logging


@pytest.fixture
def configured(monkeypatch):
    monkeypatch.setattr(config.settings, "log_format", "console")
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    cc_logging.configure_logging()
    yield
    root.handlers[:] = saved[0]
    root.setLevel(saved[1])
    structlog.reset_defaults()


@pytest.mark.parametrize("first_use", ["swapped", "closed after"])
def test_a_logger_first_used_on_a_swapped_stream_follows_stdout(configured, monkeypatch, first_use):
    log = structlog.get_logger("stream-probe")
    swapped = io.StringIO()
    monkeypatch.setattr(sys, "stdout", swapped)
    log.info("first.line")  # the first use: the logger is cached now
    assert "first.line" in swapped.getvalue()
    later = io.StringIO()
    if first_use == "closed after":
        swapped.close()
    monkeypatch.setattr(sys, "stdout", later)
    log.info("second.line")  # raised ValueError: I/O operation on closed file (WriteLoggerFactory())
    assert "second.line" in later.getvalue()
