"""JSON-mode logging in one process: library loggers that bring their own text handlers, warnings
and uncaught exceptions all come out as one JSON object per line (the multi-process check is
tests/integration/observability/test_json_log_lines.py)."""

from __future__ import annotations

import json
import logging
import sys
import threading
import warnings

import pytest
import structlog

from careercopilot import config, logging as cc_logging


@pytest.fixture
def json_mode(monkeypatch):
    """LOG_FORMAT=json for the test; root/library handlers, hooks and structlog restored after."""
    monkeypatch.setattr(config.settings, "log_format", "json")
    root = logging.getLogger()
    saved_root = (list(root.handlers), root.level)
    saved = {n: (list(logging.getLogger(n).handlers), logging.getLogger(n).propagate) for n in cc_logging.LIBRARY_LOGGERS}
    hooks = (sys.excepthook, threading.excepthook)
    yield
    root.handlers[:] = saved_root[0]
    root.setLevel(saved_root[1])
    for name, (handlers, propagate) in saved.items():
        logger = logging.getLogger(name)
        logger.handlers[:] = handlers
        logger.propagate = propagate
    sys.excepthook, threading.excepthook = hooks
    logging.captureWarnings(False)
    structlog.reset_defaults()


def _json_lines(text: str) -> list[dict]:
    lines = [line for line in text.splitlines() if line.strip()]
    out = []
    for line in lines:
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            raise AssertionError(f"not JSON: {line!r}") from None
    return out


# what each library does to its loggers before our configuration (or after, for RQ)
LIBRARY_SETUPS = {
    "rq.worker (colorized text handlers, propagate off)": "rq.worker",
    "uvicorn.error (dictConfig: own handler, propagate off)": "uvicorn.error",
    "uvicorn.access": "uvicorn.access",
    "_granian (granian's dictConfig)": "_granian",
    "alembic": "alembic",
    "reflex (Reflex's managed sink)": "reflex",
}


@pytest.mark.parametrize("name", list(LIBRARY_SETUPS.values()), ids=list(LIBRARY_SETUPS))
def test_a_library_logger_with_its_own_text_handler_writes_json(name, json_mode, capsys):
    logger = logging.getLogger(name)
    text_handler = logging.StreamHandler(sys.stderr)
    text_handler.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
    logger.addHandler(text_handler)
    logger.propagate = False
    cc_logging.configure_logging()
    logger.warning("Starting %s on %s", "server", "127.0.0.1:8000")
    lines = _json_lines(capsys.readouterr().err)
    assert len(lines) == 1, lines
    assert lines[0]["event"] == "Starting server on 127.0.0.1:8000" and lines[0]["logger"] == name
    assert lines[0]["level"] == "warning" and lines[0]["timestamp"].endswith("Z")


def test_rq_adds_no_text_handler_after_json_configuration(json_mode, capsys):
    from rq.logutils import setup_loghandlers

    cc_logging.configure_logging()
    setup_loghandlers("INFO", name="rq.worker")  # what Worker.work() calls
    logging.getLogger("rq.worker").info("*** Listening on default...")
    assert _json_lines(capsys.readouterr().err)[0]["event"] == "*** Listening on default..."


def test_warnings_and_uncaught_exceptions_are_json(json_mode, capsys):
    cc_logging.configure_logging()
    warnings.warn("a library is deprecated", UserWarning, stacklevel=1)
    try:
        raise ValueError("boom\nsecond line")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    thread = threading.Thread(target=lambda: 1 / 0, name="helper")
    thread.start()
    thread.join()
    captured = capsys.readouterr()
    lines = _json_lines(captured.err) + _json_lines(captured.out)
    assert any("a library is deprecated" in x["event"] and x["logger"] == "py.warnings" for x in lines), lines
    main = next(x for x in lines if x["event"] == "process.uncaught_exception")
    assert main["level"] == "critical" and "ValueError: boom" in main["exception"]
    thread_line = next(x for x in lines if x["event"] == "thread.uncaught_exception")
    assert thread_line["thread"] == "helper" and "ZeroDivisionError" in thread_line["exception"]


@pytest.mark.parametrize(("log_format", "app_env", "json_lines"), [
    ("json", "development", True), ("console", "production", False), ("auto", "production", True),
    ("auto", "development", False), ("auto", "test", False),
])
def test_the_app_server_gets_reflex_json_mode_with_json_logs(log_format, app_env, json_lines, monkeypatch):
    monkeypatch.setattr(config.settings, "log_format", log_format)
    monkeypatch.setattr(config.settings, "app_env", app_env)
    monkeypatch.delenv("REFLEX_LOG_JSON", raising=False)
    env = config.server_environment(config.settings, port=3000)
    assert (env.get("REFLEX_LOG_JSON") == "true") is json_lines
    assert cc_logging.json_logs() is json_lines


def test_run_announces_its_url_as_json_with_json_logs(json_mode, capsys):
    from careercopilot.cli.serving import say

    say("Career Copilot is ready: open http://localhost:3000/", event="app.ready", url="http://localhost:3000/")
    (line,) = _json_lines(capsys.readouterr().out)
    assert line["event"] == "app.ready" and line["url"] == "http://localhost:3000/"


def test_run_announces_its_url_as_text_on_a_console(monkeypatch, capsys):
    from careercopilot.cli.serving import say

    monkeypatch.setattr(config.settings, "log_format", "console")
    say("Career Copilot is ready: open http://localhost:3000/", event="app.ready", url="http://localhost:3000/")
    assert capsys.readouterr().out == "Career Copilot is ready: open http://localhost:3000/\n"


@pytest.mark.parametrize("log_format", ["json", "console"])
def test_httpx_request_lines_stay_out_of_the_log(json_mode, monkeypatch, capsys, log_format):
    """httpx logs each request with its full URL at INFO (a reindex through the Chroma client
    printed ~120 such lines, session-12 trial); its warnings still reach the log."""
    monkeypatch.setattr(config.settings, "log_format", log_format)
    saved = {n: logging.getLogger(n).level for n in ("httpx", "httpcore")}
    try:
        cc_logging.configure_logging()
        logging.getLogger("httpx").info('HTTP Request: POST http://chroma.local/api?token=s3cret "HTTP/1.1 200 OK"')
        logging.getLogger("httpx").warning("connection pool is full")
        for name in ("httpx", "httpcore"):
            assert not logging.getLogger(name).isEnabledFor(logging.INFO)
            assert logging.getLogger(name).isEnabledFor(logging.WARNING)
        if log_format == "json":  # the console handler belongs to pytest's capture here
            out = capsys.readouterr()
            text = out.out + out.err
            assert "s3cret" not in text and "connection pool is full" in text
    finally:
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)
