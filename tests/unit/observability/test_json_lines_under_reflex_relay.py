"""Our JSON log lines pass through Reflex's output relay unchanged (ops15, finding 4).

``careercopilot run`` with JSON logs runs ``reflex run`` below Reflex's supervisor
(``reflex_base.utils.log.supervise_output``), which relays every line the backend prints: a
line passes through only when it is a JSON object with ``level`` and ``message``; any other
line becomes the ``message`` of a new record (logger ``stdout``/``stderr``, level ``info`` /
``warning``). Our lines had ``event`` only: ``{"logger":"stdout","message":"{\\"route\\": …}"}``.
Here a real process logs through :func:`careercopilot.logging.configure_logging` (structlog on
stdout, standard-library records on stderr, a plain print) under the real relay.
The whole ``careercopilot run`` is covered by tests/integration/observability/test_run_command.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

CHILD = """
import logging, structlog
from careercopilot.logging import configure_logging
configure_logging()
structlog.contextvars.bind_contextvars(request_id="rid-0123")
structlog.get_logger("careercopilot.request").info("http.request", route="/healthz", status=200)
structlog.contextvars.clear_contextvars()
logging.getLogger("granian").info("Started worker-1")
logging.getLogger("careercopilot.db").error("database unreachable")
print("a plain line", flush=True)
"""

RELAY = """
import sys
from reflex_base.utils import log
raise SystemExit(log.supervise_output([sys.executable, "-c", sys.argv[1]]))
"""


def test_every_line_is_one_flat_json_object_after_the_relay(tmp_path):
    env = {**os.environ, "LOG_FORMAT": "json", "APP_ENV": "test", "DATA_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    env.pop("REFLEX_OUTPUT_SUPERVISED", None)
    out = subprocess.run([sys.executable, "-c", RELAY, CHILD], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    lines = [json.loads(x) for x in (out.stdout + out.stderr).splitlines() if x.strip()]
    assert all(isinstance(x, dict) for x in lines)
    wrapped = [x for x in lines if str(x.get("message", "")).lstrip().startswith("{")]
    assert not wrapped, wrapped
    request = next(x for x in lines if x.get("event") == "http.request")
    assert request["request_id"] == "rid-0123" and request["route"] == "/healthz" and request["level"] == "info"
    started = next(x for x in lines if x.get("event") == "Started worker-1")
    assert started["level"] == "info" and started["logger"] == "granian"  # not re-levelled "warning" (stderr)
    assert next(x for x in lines if x.get("event") == "database unreachable")["level"] == "error"
    plain = next(x for x in lines if x.get("message") == "a plain line")  # wrapped once, as Reflex does
    assert plain["logger"] == "stdout"
