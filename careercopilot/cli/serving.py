"""Start the app server and announce its URL only once it answers (used by ``run``).

``reflex run --env prod`` prints "App running at …" before the production build and the
backend are ready (about 90 s on a first start). :func:`serve` keeps the child's output,
polls the app until a page is served, and only then prints where to open it.
"""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import httpx
import typer

#: Seconds between readiness polls.
POLL_SECONDS = 1.0


def answers(url: str) -> bool:
    """True when ``url`` (a page of the app) returns HTTP 200."""
    try:
        return httpx.get(url, timeout=3.0, follow_redirects=True).status_code == 200
    except httpx.HTTPError:
        return False


def say(message: str, *, event: str, **fields) -> None:
    """Tell the operator ``message``: a plain line, or with JSON logs (production) one JSON line
    (``event`` plus ``fields``) like every other line of the process."""
    from careercopilot.config import settings

    if settings.json_logs:
        import structlog

        from careercopilot.logging import configure_logging

        configure_logging()  # idempotent
        structlog.get_logger("careercopilot.run").info(event, **fields)
    else:
        typer.echo(message)


def serve(cmd: list[str], *, cwd: Path, url: str, env: dict[str, str] | None = None) -> int:
    """Run ``cmd``; print ``url`` once ``<url>login/`` answers; return the exit code.

    Ctrl-C or SIGTERM stop the child (and its process group: bun, granian workers).
    """
    say("Career Copilot is starting (the first start builds the web app; this takes a minute or two)…",
        event="app.starting", url=url)
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, start_new_session=True)
    import logging

    logging.getLogger("httpx").setLevel(logging.WARNING)  # not one line per readiness poll

    def stop(*_args) -> None:
        try:
            import os

            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass

    previous = signal.signal(signal.SIGTERM, lambda *a: stop())
    try:
        probe = url.rstrip("/") + "/login/"
        while proc.poll() is None:
            if answers(probe):
                say(f"Career Copilot is ready: open {url} in your browser (Ctrl-C to stop)", event="app.ready", url=url)
                break
            time.sleep(POLL_SECONDS)
        return proc.wait()
    except KeyboardInterrupt:
        stop()
        return proc.wait()
    finally:
        signal.signal(signal.SIGTERM, previous)
