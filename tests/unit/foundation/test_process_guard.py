"""Children die with their parent on kill -9 (PR_SET_PDEATHSIG; issue 9, finding 9).

A real parent process forks a process pool (like the normalizer pool) and a grandchild,
then is killed with SIGKILL. With the guard every descendant is gone within seconds;
the control run without it shows the orphans the probe found (and cleans them up).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from careercopilot.services import process_guard
from tests.support.services import wait_until

ROOT = Path(__file__).resolve().parents[3]

PARENT = textwrap.dedent("""
    import multiprocessing, os, sys, time
    from concurrent.futures import ProcessPoolExecutor
    from careercopilot.services import process_guard

    GUARD = sys.argv[1] == "guard"
    if GUARD:
        process_guard.install_fork_hook()

    def work(_):
        pid = os.fork()  # a pool child that forks again (fork hooks are inherited)
        if pid == 0:
            time.sleep(120)
            os._exit(0)
        time.sleep(120)
        return os.getpid()

    if __name__ == "__main__":
        init = (process_guard.die_with_parent, (os.getpid(),)) if GUARD else (None, ())
        pool = ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("fork"),
                                   initializer=init[0], initargs=init[1])
        futures = [pool.submit(work, i) for i in range(2)]
        print("ready", flush=True)
        time.sleep(120)
""")


def _run_parent(tmp_path: Path, mode: str) -> tuple[subprocess.Popen, list[int]]:
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    proc = subprocess.Popen([sys.executable, str(script), mode], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout.readline().strip() == "ready"
    # two pool workers, each with one forked grandchild
    kids = wait_until(lambda: (d := process_guard.descendants(proc.pid)) and len(d) >= 4 and d, timeout=30,
                      what="the pool and its grandchildren")
    return proc, kids


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux-only")
def test_kill_9_of_the_parent_takes_its_children_along(tmp_path):
    proc, kids = _run_parent(tmp_path, "guard")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    wait_until(lambda: not any(_alive(k) for k in kids), timeout=20, what="every child to die")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux-only")
def test_without_the_guard_children_outlive_a_kill_9(tmp_path):
    """Control: what the probe saw (orphan normalizers) — proves the test above can fail."""
    proc, kids = _run_parent(tmp_path, "none")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    time.sleep(1.0)
    try:
        assert any(_alive(k) for k in kids)
    finally:
        for k in kids:
            try:
                os.kill(k, signal.SIGKILL)
            except ProcessLookupError:
                pass


def test_child_of_an_already_dead_parent_exits(tmp_path):
    """The race: the parent died between fork and prctl — the child must not live on."""
    pid = os.fork()
    if pid == 0:  # child: claim a parent that is not ours
        try:
            process_guard.die_with_parent(parent_pid=1 if os.getppid() != 1 else 2)
        finally:
            os._exit(7)  # reached only if die_with_parent did not exit
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == (1 if sys.platform.startswith("linux") else 7)
