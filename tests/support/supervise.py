"""A restart-on-exit supervisor for the loopback topology's rq workers and cron — what compose's
``restart: unless-stopped`` (and systemd's ``Restart=always``) give the production topology.

    python -m tests.support.supervise [--name worker-1] -- <command …>

Runs ``command`` as its child and starts it again whenever it exits (any status, a ``kill -9``
included) after :data:`RESTART_DELAY` s, doubled for every exit within :data:`QUICK_EXIT` s of a
start (a crash loop) up to :data:`MAX_DELAY` s. The child stays in the supervisor's process group,
so a SIGTERM to the group (``Proc.stop``) reaches it once (rq's warm shutdown: a second SIGTERM
would be a cold one, so the supervisor does not pass it on); SIGTERM/SIGINT end the supervisor
once the child has exited — a stopped topology stays stopped.
Each start and exit is one line on stdout (the process's log): ``supervise: worker-1 started
pid 123`` / ``supervise: worker-1 pid 123 exited with -9; restart 1 in 1.0 s``.
"""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import time

#: Seconds before a restart (compose's first restart delay is of this order).
RESTART_DELAY = 1.0
#: An exit sooner than this after the start counts as a crash loop: the delay doubles.
QUICK_EXIT = 10.0
#: Upper bound of the doubled delay, seconds.
MAX_DELAY = 30.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="supervise")
    parser.add_argument("--name", default="child")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    cmd = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not cmd:
        parser.error("a command is required after --")
    stopping = False
    child: subprocess.Popen | None = None

    def on_stop(signum, _frame) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, on_stop)
    signal.signal(signal.SIGINT, on_stop)
    delay, restarts = RESTART_DELAY, 0
    while not stopping:
        started = time.monotonic()
        child = subprocess.Popen(cmd)
        print(f"supervise: {args.name} started pid {child.pid}", flush=True)
        code = child.wait()
        if stopping:
            break
        delay = min(delay * 2, MAX_DELAY) if time.monotonic() - started < QUICK_EXIT else RESTART_DELAY
        restarts += 1
        print(f"supervise: {args.name} pid {child.pid} exited with {code}; restart {restarts} in {delay:.1f} s",
              flush=True)
        deadline = time.monotonic() + delay
        while not stopping and time.monotonic() < deadline:
            time.sleep(0.1)
    if child is not None and child.poll() is None:
        child.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
