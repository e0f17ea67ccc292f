"""A backend worker that dies is started again (ops15, finding 2b).

The stranger's drill: ``"_granian" "Unexpected exit from worker-1"`` and the worker was not
respawned — Reflex builds granian's server without ``respawn_failed_workers``, so granian shut
the server down. ``careercopilot/server_options.py`` (applied by ``rxconfig.py``) turns it on
(``GRANIAN_RESPAWN_FAILED_WORKERS``, default true). Real processes: Reflex's production server
path (``tests.support.prod_backend``) with one granian worker, killed with SIGKILL.
"""

from __future__ import annotations

import os
import signal
import time

import httpx
import pytest

from tests.support import services
from tests.support.obs_stack import obs_stack
from tests.support.rq_workers import alive


def _workers(pid: int) -> list[int]:
    from careercopilot.services import process_guard

    return [p for p in process_guard.descendants(pid) if alive(p)]


@pytest.mark.parametrize("respawn", [True, False], ids=["respawn", "respawn-off"])
def test_a_killed_backend_worker_is_respawned(tmp_path, respawn):
    with obs_stack(tmp_path) as st:
        port = services.free_port()
        folder = tmp_path / "prom"
        folder.mkdir()
        p = st.start([services.python(), "-m", "tests.support.prod_backend", "--port", str(port)], name="app",
                     extra={"PROMETHEUS_MULTIPROC_DIR": str(folder), "GRANIAN_WORKERS": "1",
                            "GRANIAN_RESPAWN_FAILED_WORKERS": str(respawn).lower()},
                     base_url=f"http://127.0.0.1:{port}")
        health = f"{p.base_url}/healthz"

        def up():
            if p.proc.poll() is not None:
                raise services.Fatal(f"the app exited with {p.proc.returncode}:\n{p.log()}")
            return httpx.get(health, timeout=3).status_code == 200

        services.wait_until(up, timeout=120, interval=0.5, what="the app process")
        before = _workers(p.proc.pid)
        assert before, "no granian worker below the server"
        for pid in before:
            os.kill(pid, signal.SIGKILL)
        if not respawn:  # granian's own behaviour without the option: the server stops
            services.wait_until(lambda: p.proc.poll() is not None, timeout=60, what="the server to stop")
            return
        time.sleep(1)
        services.wait_until(up, timeout=60, interval=0.5, what="a respawned worker to answer")
        after = _workers(p.proc.pid)
        assert after and not set(after) & set(before), (before, after)
        assert "Respawning worker-1" in p.log(), p.log()
        assert p.proc.poll() is None
