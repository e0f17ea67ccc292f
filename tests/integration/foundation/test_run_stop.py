"""``careercopilot run`` stops its whole server tree on SIGTERM/SIGINT (ops15, finding 2c).

The stranger's drill: SIGTERM (twice) did not stop the ``run`` process tree — granian's
supervisor was deadlocked in its own signal handler (``Event.set`` re-entering a lock its main
thread held) and never exited. ``serving.serve`` now SIGTERMs the server's process group and,
after the grace period, SIGKILLs what is left (the group and descendants that left it).

Real processes: a driver process runs ``serve`` (what ``run`` calls) on a stand-in server
whose tree misbehaves in the ways a server tree can; the test signals the driver and checks
that every process of the tree is gone within the grace period (plus the poll step). The
full ``careercopilot run`` (Reflex, granian) is covered by ``test_run_command.py``.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from careercopilot.services import process_guard
from tests.support import services
from tests.support.rq_workers import ROOT, alive

GRACE = 3.0
#: Seconds past the grace period allowed for the kill and the driver's exit (poll step 0.2 s).
MARGIN = 3.0

#: Stand-in servers: ``python -c`` scripts that start their tree, write the pids of every process
#: to ``pids`` (one JSON list) and serve nothing. ``{pids}`` is the file.
SERVERS = {
    "exits on SIGTERM": """
        import json, time
        json.dump([__import__('os').getpid()], open({pids!r}, 'w'))
        time.sleep(600)
    """,
    "ignores SIGTERM": """
        import json, os, signal, time
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        json.dump([os.getpid()], open({pids!r}, 'w'))
        time.sleep(600)
    """,
    "a worker ignores SIGTERM, the supervisor exits": """
        import json, os, signal, subprocess, sys, time
        w = subprocess.Popen([sys.executable, '-c',
                              'import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(600)'])
        json.dump([os.getpid(), w.pid], open({pids!r}, 'w'))
        time.sleep(600)
    """,
    "a worker left the process group and ignores SIGTERM": """
        import json, os, signal, subprocess, sys, time
        w = subprocess.Popen([sys.executable, '-c',
                              'import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(600)'],
                             start_new_session=True)
        json.dump([os.getpid(), w.pid], open({pids!r}, 'w'))
        time.sleep(600)
    """,
    "the supervisor is stuck (stopped), its worker too": """
        import json, os, signal, subprocess, sys, time
        w = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'])
        json.dump([os.getpid(), w.pid], open({pids!r}, 'w'))
        os.kill(w.pid, signal.SIGSTOP)
        os.kill(os.getpid(), signal.SIGSTOP)   # a deadlocked process: SIGTERM stays pending
    """,
}

DRIVER = """
import sys
from pathlib import Path
from careercopilot.cli.serving import serve
code = serve([sys.executable, '-c', sys.argv[1]], cwd=Path('.'), url='http://127.0.0.1:' + sys.argv[2] + '/',
             grace_seconds=float(sys.argv[3]))
print('serve returned', code, flush=True)
raise SystemExit(code)
"""


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
@pytest.mark.parametrize("server", list(SERVERS))
def test_run_stops_the_whole_server_tree_within_the_grace_period(server, sig, tmp_path):
    pids_file = tmp_path / "pids.json"
    script = textwrap.dedent(SERVERS[server]).format(pids=str(pids_file))
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "DATA_DIR": str(tmp_path / "data"), "APP_ENV": "test",
           "PYTHONUNBUFFERED": "1"}
    log_path = tmp_path / "driver.log"
    with open(log_path, "wb") as log:
        driver = subprocess.Popen([sys.executable, "-c", DRIVER, script, str(services.free_port()), str(GRACE)],
                                  cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        services.wait_until(lambda: pids_file.exists() and pids_file.read_text().endswith("]"), timeout=60,
                            what="the stand-in server's tree")
        time.sleep(0.5)
        tree = json.loads(pids_file.read_text())
        tree += [p for p in process_guard.descendants(driver.pid) if p not in tree]
        assert all(alive(p) for p in tree), tree
        start = time.monotonic()
        driver.send_signal(sig)
        services.wait_until(lambda: not [p for p in tree if alive(p)] and driver.poll() is not None,
                            timeout=GRACE + MARGIN + 30, interval=0.1, what="the tree to be gone")
        took = time.monotonic() - start
        print(f"{server}: tree of {len(tree)} gone {took:.1f} s after {sig.name}")
        assert took <= GRACE + MARGIN, f"took {took:.1f} s\n{services.tail(log_path)}"
        assert driver.returncode == 0, services.tail(log_path)  # a requested stop is a clean exit
    finally:
        services.stop_process_group(driver)
        for p in json.loads(pids_file.read_text()) if pids_file.exists() else []:
            try:
                import os

                os.kill(p, signal.SIGKILL)
            except ProcessLookupError:
                pass
