"""``python -m careercopilot run`` in production mode (the production build, JSON logs): every
line it prints is one flat JSON object, and SIGTERM stops its whole process tree (ops15,
findings 4 and 2c).

Finding 4: with ``LOG_FORMAT=json`` each app line came out as
``{"logger":"stdout","message":"{\\"route\\": ...}"}`` — Reflex relays the backend's output
through its own supervisor, which passes a line through only when it has ``level`` and
``message`` (our lines had ``event`` only), and gave relayed stderr lines level ``warning``.
Finding 2c: SIGTERM did not stop the tree (granian's supervisor deadlocked in its signal
handler); here the server tree is frozen (SIGSTOP: a signal stays pending, as in a deadlock)
and ``run`` must still leave nothing behind within ``RUN_STOP_GRACE_SECONDS``.

Heavy (a production build, ~2 min): run it under ``flock /tmp/heavy.lock``.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time

import httpx
import pytest

from careercopilot.services import process_guard
from tests.support import services
from tests.support.app import ROOT, app_env
from tests.support.rq_workers import alive

pytestmark = pytest.mark.slow

GRACE = 10.0


def _lines(path) -> list[dict]:
    out = []
    for n, raw in enumerate(path.read_text(errors="replace").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except ValueError:
            raise AssertionError(f"{path.name} line {n} is not JSON: {raw[:300]}") from None
        assert isinstance(obj, dict), f"{path.name} line {n} is not an object: {raw[:300]}"
        out.append(obj)
    return out


def test_run_prints_flat_json_lines_and_stops_its_tree_on_sigterm(tmp_path):
    port = services.free_port()
    env = app_env(data_dir=tmp_path / "data", extra={"LOG_FORMAT": "json", "GRANIAN_WORKERS": "1",
                                                     "RUN_STOP_GRACE_SECONDS": str(GRACE)})
    out_path, err_path = tmp_path / "stdout.log", tmp_path / "stderr.log"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen([services.python(), "-m", "careercopilot", "run", "--port", str(port)], cwd=ROOT,
                                env=env, stdout=out, stderr=err, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    tree: list[int] = []
    try:
        def up() -> bool:
            if proc.poll() is not None:
                raise services.Fatal(f"run exited with {proc.returncode}:\n{services.tail(err_path)}")
            return httpx.get(f"{base}/healthz", timeout=5).status_code == 200

        services.wait_until(up, timeout=900, interval=2.0, what="the app of `careercopilot run`")
        r = httpx.get(f"{base}/healthz", timeout=10)
        rid = r.headers["x-request-id"]
        time.sleep(1.5)

        # 4: one flat JSON object per line, on both streams; the request line carries request_id itself
        lines = _lines(out_path) + _lines(err_path)
        wrapped = [x for x in lines if x.get("logger") in ("stdout", "stderr")
                   and str(x.get("message", "")).lstrip().startswith("{")]
        assert not wrapped, f"double-wrapped lines: {wrapped[:3]}"
        request = [x for x in lines if x.get("request_id") == rid]
        assert request and request[0].get("event") == "http.request" and request[0].get("route") == "/healthz", \
            (rid, request)
        info_on_stderr = [x for x in _lines(err_path) if x.get("level") == "info"]
        relayed_as_warning = [x for x in _lines(err_path) if x.get("logger") == "stderr" and x.get("level") == "warning"
                              and str(x.get("message", "")).lstrip().startswith("{")]
        assert not relayed_as_warning, relayed_as_warning[:3]
        print(f"\n{len(lines)} JSON lines, {len(info_on_stderr)} info lines on stderr keep their level")

        # 2c: the server tree frozen (a deadlocked process never handles SIGTERM); run still stops it
        tree = process_guard.descendants(proc.pid)
        assert tree, "no server process below run"
        for pid in tree:
            os.kill(pid, signal.SIGSTOP)
        start = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        services.wait_until(lambda: proc.poll() is not None and not [p for p in tree if alive(p)],
                            timeout=GRACE + 60, interval=0.2, what="run's tree to be gone")
        took = time.monotonic() - start
        print(f"tree of {len(tree) + 1} processes gone {took:.1f} s after SIGTERM (grace {GRACE:g} s)")
        assert took <= GRACE + 5, took
        assert proc.returncode == 0, proc.returncode
        assert any(x.get("event") == "app.stop_forced" for x in _lines(out_path) + _lines(err_path))
    finally:
        services.stop_process_group(proc)
        for pid in tree:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
