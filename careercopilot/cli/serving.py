"""Start the app server and announce its URL only once it answers (used by ``run``).

``reflex run --env prod`` prints "App running at …" before the production build and the
backend are ready (about 90 s on a first start). :func:`serve` keeps the child's output,
polls the app until a page is served, and only then prints where to open it.
"""

from __future__ import annotations

import os
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


def serve(cmd: list[str], *, cwd: Path, url: str, env: dict[str, str] | None = None,
          grace_seconds: float | None = None) -> int:
    """Run ``cmd`` in a process group of its own; print ``url`` once ``<url>login/`` answers;
    return its exit code.

    SIGTERM or SIGINT (Ctrl-C) send SIGTERM to the whole group (Reflex, granian's supervisor and
    workers, bun); whatever is still running ``grace_seconds`` later (default
    ``settings.run_stop_grace_seconds``) is SIGKILLed — the group and any descendant that left it.
    The stranger's drill (ops15, finding 2) left granian's supervisor deadlocked in its own
    signal handler (``Event.set`` re-entering a lock its main thread held): SIGTERM alone never
    stopped it. When the server exits by itself, stragglers of its group are killed the same way.
    """
    from careercopilot.config import settings

    grace = settings.run_stop_grace_seconds if grace_seconds is None else grace_seconds
    say("Career Copilot is starting (the first start builds the web app; this takes a minute or two)…",
        event="app.starting", url=url)
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, start_new_session=True)
    import logging

    logging.getLogger("httpx").setLevel(logging.WARNING)  # not one line per readiness poll
    stop = _GroupStop(proc, grace)
    previous = {sig: signal.signal(sig, stop.request) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        probe = url.rstrip("/") + "/login/"
        ready = False
        while proc.poll() is None:
            if stop.requested:
                stop.enforce()
            elif not ready and answers(probe):
                say(f"Career Copilot is ready: open {url} in your browser (Ctrl-C to stop)", event="app.ready", url=url)
                ready = True
            time.sleep(POLL_SECONDS if not stop.requested else 0.2)
        code = proc.wait()
        stop.finish()
        return 0 if stop.requested else code  # a requested stop is a clean exit (systemd, compose)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


class _GroupStop:
    """Stopping the server's process group: SIGTERM first, SIGKILL after the grace period."""

    def __init__(self, proc: subprocess.Popen, grace: float) -> None:
        self.proc = proc
        self.grace = grace
        self.requested = False
        self.forced = False
        self.deadline = 0.0
        #: every descendant seen (pid → start time in clock ticks), to catch those that left the
        #: group; the start time keeps a reused pid from being killed
        self.seen: dict[int, str | None] = {}

    def _remember(self) -> None:
        from careercopilot.services import process_guard

        for pid in process_guard.descendants(self.proc.pid):
            self.seen.setdefault(pid, process_guard._start_ticks(pid))

    def _still(self) -> list[int]:
        from careercopilot.services import process_guard

        return [p for p, ticks in self.seen.items() if _alive(p) and process_guard._start_ticks(p) == ticks]

    def request(self, *_args) -> None:
        """Signal handler (SIGTERM/SIGINT): SIGTERM to the group once; the loop enforces the rest."""
        if self.requested:
            return
        self.requested = True
        self.deadline = time.monotonic() + self.grace
        self._remember()
        _kill_group(self.proc.pid, signal.SIGTERM)

    def enforce(self) -> None:
        """Past the deadline: SIGKILL the group and every descendant seen."""
        self._remember()
        if time.monotonic() >= self.deadline and not self.forced:
            self.forced = True
            say(f"The server did not stop within {self.grace:g} s of the signal: killing its processes",
                event="app.stop_forced", grace_seconds=self.grace, pids=sorted(self._left()))
            self._kill_all()
        elif self.forced:
            self._kill_all()

    def finish(self) -> None:
        """The server's main process exited: give the rest of its group the grace period, then kill it."""
        if not self.requested:
            self.deadline = time.monotonic() + min(self.grace, 5.0)
        while time.monotonic() < self.deadline and self._left():
            time.sleep(0.1)
        self._kill_all()

    def _left(self) -> list[int]:
        return self._still() + _group_members(self.proc.pid)

    def _kill_all(self) -> None:
        _kill_group(self.proc.pid, signal.SIGKILL)
        for pid in self._still():
            try:
                os.kill(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass


def _kill_group(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _alive(pid: int) -> bool:
    """True when ``pid`` runs (a zombie counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[-1].split()[0] != "Z"
    except OSError:
        return False


def _group_members(pgid: int) -> list[int]:
    """Live pids of process group ``pgid`` (``/proc/<pid>/stat`` field 5, proc(5)); zombies excluded."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[-1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[2]) == pgid:
            found.append(int(entry))
    return found
