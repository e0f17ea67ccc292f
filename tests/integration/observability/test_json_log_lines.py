"""With JSON logs (production) every line an app process or a worker prints — library start-up
lines (granian, Reflex, RQ), access lines, a failing job's traceback, shutdown — is one JSON
object; and nginx's JSON access line shares its request id with the app's log line.

The app process is started the way production starts one (Reflex's granian runner,
:mod:`tests.support.prod_backend`); the worker is ``python -m careercopilot worker``; both on the
loopback set-up of :mod:`tests.support.obs_stack` (LOG_FORMAT=json)."""

from __future__ import annotations

import json
import re
import signal
import subprocess
from pathlib import Path

import httpx
import pytest
import redis

from tests.support import services
from tests.support import topology as topo
from tests.support.obs_stack import obs_stack


@pytest.fixture(scope="module")
def st(tmp_path_factory):
    with obs_stack(tmp_path_factory.mktemp("jsonlines")) as stack:
        yield stack


def _start_app(st, *, workers: int = 2):
    port = services.free_port()
    folder = st.tmp / f"prom-{port}"
    folder.mkdir()
    p = st.start([services.python(), "-m", "tests.support.prod_backend", "--port", str(port)], name=f"prod-{port}",
                 extra={"PROMETHEUS_MULTIPROC_DIR": str(folder), "GRANIAN_WORKERS": str(workers)},
                 base_url=f"http://127.0.0.1:{port}")

    def up():
        if p.proc.poll() is not None:
            raise services.Fatal(f"the app exited with {p.proc.returncode}:\n{p.log()}")
        return httpx.get(f"{p.base_url}/healthz", timeout=3).status_code == 200

    services.wait_until(up, timeout=120, interval=0.5, what="the app process")
    return p


def _stop_gracefully(p, *, timeout: float = 30) -> None:
    """SIGTERM to the process (its own shutdown lines get written), then the group."""
    p.proc.send_signal(signal.SIGTERM)
    try:
        p.proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        pass
    p.stop()


def _lines(path: Path) -> list[dict]:
    """Every non-empty line of ``path`` parsed as JSON (AssertionError naming the first that is not)."""
    parsed = []
    for n, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            raise AssertionError(f"{path.name} line {n} is not JSON: {line!r}") from None
        assert isinstance(obj, dict), f"{path.name} line {n} is not a JSON object: {line!r}"
        parsed.append(obj)
    return parsed


def _text(obj: dict) -> str:
    return str(obj.get("event") or obj.get("message") or "")


def test_every_line_of_an_app_process_is_json(st):
    app = _start_app(st)
    for path in ("/healthz", "/readyz", "/no-such-route", "/metrics"):
        httpx.get(f"{app.base_url}{path}", timeout=10)
    httpx.post(f"{app.base_url}/auth/login", content=b"\xff\xfe not a form", timeout=10)
    _stop_gracefully(app)
    lines = _lines(app.log_path)
    texts = [_text(x) for x in lines]
    print(f"\n{len(lines)} lines from the app process, all JSON; first: {texts[:4]}")
    # the library lines this is about are there (as JSON), not just the app's own
    assert any("granian" in t.lower() or x.get("logger") == "_granian" for x, t in zip(lines, texts)), texts
    assert sum(x.get("event") == "http.request" for x in lines) >= 5, texts


def test_every_line_of_a_worker_is_json_with_a_failing_job(st):
    from rq import Queue

    worker = st.start_worker()
    queue = Queue("default", connection=redis.Redis.from_url(st.redis_url))
    ok = queue.enqueue("os.getpid")
    failing = queue.enqueue("json.loads", "{not json")
    services.wait_until(lambda: ok.get_status(refresh=True) == "finished" and failing.get_status(refresh=True) == "failed",
                        timeout=60, what="the two jobs")
    _stop_gracefully(worker)
    lines = _lines(worker.log_path)
    print(f"\n{len(lines)} lines from the worker, all JSON; loggers {sorted({x.get('logger', '-') for x in lines})}")
    assert any(x.get("logger") == "rq.worker" for x in lines), [_text(x) for x in lines]
    tracebacks = [x for x in lines if "JSONDecodeError" in json.dumps(x)]
    assert tracebacks, "the failing job's error is not in the log"


def test_nginx_json_access_line_and_the_app_line_share_the_request_id(st, tmp_path):
    app = _start_app(st, workers=1)
    nginx_dir = tmp_path / "nginx"
    for sub in ("tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi"):
        (nginx_dir / sub).mkdir(parents=True, exist_ok=True)
    port = services.free_port()
    conf = nginx_dir / "nginx.conf"
    conf.write_text(topo.render_nginx(listen_port=port, app_ports=[int(app.base_url.rsplit(":", 1)[1])], folder=nginx_dir))
    with open(tmp_path / "nginx.log", "wb") as out:
        nginx = subprocess.Popen([topo.NGINX, "-c", str(conf), "-p", str(nginx_dir)], stdout=out,
                                 stderr=subprocess.STDOUT, start_new_session=True)
    try:
        services.wait_until(lambda: httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=3).status_code == 200,
                            timeout=30, what="nginx")
        # a client's id and a user agent full of JSON metacharacters
        agent = 'evil "agent" \\ with\tescapes'
        r = httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=10,
                      headers={"X-Request-ID": "client-picked-id", "User-Agent": agent})
        rid = r.headers["x-request-id"]
        assert re.fullmatch(r"[0-9a-f]{32}", rid), rid  # nginx's $request_id, not the client's
        access = services.wait_until(lambda: next((x for x in topo.access_log(nginx_dir) if x["request_id"] == rid),
                                                  None), timeout=10, what="nginx's access line")
    finally:
        services.stop_process_group(nginx)
    assert (access["method"], access["uri"], access["status"]) == ("GET", "/readyz", r.status_code)
    assert access["user_agent"] == agent and access["upstream"] == app.base_url.removeprefix("http://")
    assert isinstance(access["request_time"], float | int)

    def app_line():
        return next((x for x in _lines(app.log_path) if x.get("event") == "http.request" and x.get("request_id") == rid),
                    None)

    line = services.wait_until(app_line, timeout=10, what="the app's access line")
    assert line["route"] == "/readyz" and line["status"] == r.status_code
    print(f"\nrequest {rid}: nginx {access['status']} in {access['request_time']} s, app {line['duration_ms']} ms")
