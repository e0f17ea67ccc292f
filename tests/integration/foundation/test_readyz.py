"""/readyz: 200 when the database (and Redis, the Chroma server, the S3 bucket when configured)
answer; 503 naming the failing check when one is unreachable or hangs past the deadline."""

from __future__ import annotations

import socket
import threading
import time
import uuid

import pytest
from starlette.testclient import TestClient

from careercopilot import api, db
from tests.support import dependency_servers, services


def test_ready_on_postgres_and_redis(rq_settings):
    with TestClient(api.app) as client:
        response = client.get("/readyz")
    assert response.status_code == 200, response.text
    assert response.json()["checks"] == {"database": "ok", "redis": "ok"}
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_unavailable_when_database_port_is_closed(use_pg):
    port = services.closed_port()
    previous = db._engine
    db.set_engine(db.make_engine(f"postgresql+psycopg://postgres@127.0.0.1:{port}/nothing?connect_timeout=2"))
    try:
        with TestClient(api.app) as client:
            response = client.get("/readyz")
    finally:
        db.set_engine(previous)
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["database"].startswith("error: ")
    assert "127.0.0.1" not in response.text  # no connection details leak


def test_unavailable_when_redis_port_is_closed(rq_settings, override_settings):
    override_settings(redis_url=f"redis://127.0.0.1:{services.closed_port()}/0")
    with TestClient(api.app) as client:
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["database"] == "ok"
    assert response.json()["checks"]["redis"].startswith("error: ")


def test_healthz_is_independent_of_the_database(use_pg):
    previous = db._engine
    db.set_engine(db.make_engine(f"postgresql+psycopg://postgres@127.0.0.1:{services.closed_port()}/x"))
    try:
        with TestClient(api.app) as client:
            assert client.get("/healthz").status_code == 200
    finally:
        db.set_engine(previous)


# --- the Chroma server and the S3 bucket (issue 15): real `chroma run` / moto servers, stopped mid-test


def _readyz():
    with TestClient(api.app) as client:
        started = time.monotonic()
        response = client.get("/readyz")
        return response, time.monotonic() - started


def test_chroma_server_ready_then_down(rq_settings, override_settings, tmp_path):
    with dependency_servers.chroma_run(tmp_path) as chroma:
        override_settings(chroma_url=chroma.url)
        up, _ = _readyz()
        assert up.status_code == 200, up.text
        assert up.json()["checks"] == {"database": "ok", "redis": "ok", "chroma": "ok"}
        chroma.stop()
        down, _ = _readyz()
    assert down.status_code == 503
    assert down.json()["status"] == "unavailable"
    checks = down.json()["checks"]
    assert checks["chroma"].startswith("error: ") and checks["database"] == checks["redis"] == "ok", checks
    assert str(chroma.url.rsplit(":", 1)[1]) not in down.text  # the port (no connection details) never leaks


def test_s3_bucket_ready_then_down(use_pg, override_settings, tmp_path):
    with dependency_servers.moto_s3(tmp_path) as moto:
        override_settings(s3_endpoint_url=moto.url, s3_bucket=f"cc-ready-{uuid.uuid4().hex[:8]}",
                          s3_access_key_id="test", s3_secret_access_key="test", s3_region="us-east-1")
        from careercopilot.integrations.storage import get_storage

        missing, _ = _readyz()  # the bucket does not exist yet: S3Storage creates it on first use
        get_storage().put("ready/probe.txt", b"x")
        up, _ = _readyz()
        moto.stop()
        down, elapsed = _readyz()
    assert missing.status_code == 200 and missing.json()["checks"] == {"database": "ok", "s3": "ok"}, missing.text
    assert up.status_code == 200 and up.json()["checks"] == {"database": "ok", "s3": "ok"}, up.text
    assert down.status_code == 503, down.text
    assert down.json()["checks"]["s3"].startswith("error: ") and down.json()["checks"]["database"] == "ok"
    assert elapsed < 5, f"/readyz took {elapsed:.1f} s with S3 down"


@pytest.fixture
def silent_server():
    """A loopback TCP server that accepts connections and never answers (a hung dependency)."""
    sock = socket.create_server(("127.0.0.1", 0))
    sock.listen(64)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept():
        sock.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(sock.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    sock.close()


@pytest.mark.parametrize("part", ["chroma", "s3", "redis"])
def test_a_hung_dependency_answers_timeout_within_the_deadline(part, rq_settings, override_settings, silent_server):
    fields = {
        "chroma": dict(chroma_url=silent_server),
        "s3": dict(s3_endpoint_url=silent_server, s3_bucket="cc-hung", s3_access_key_id="test",
                   s3_secret_access_key="test"),
        "redis": dict(redis_url=silent_server.replace("http://", "redis://") + "/0"),
    }[part]
    override_settings(ready_check_timeout_seconds=1.0, **fields)
    response, elapsed = _readyz()
    print(f"\n/readyz with a hung {part}: {response.status_code} in {elapsed:.2f} s: {response.json()['checks']}")
    assert response.status_code == 503
    assert response.json()["checks"][part].startswith("error: ")
    assert response.json()["checks"]["database"] == "ok"
    assert elapsed < 2.5, f"/readyz took {elapsed:.1f} s (deadline 1 s)"
