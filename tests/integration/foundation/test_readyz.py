"""/readyz: 200 when the database (and Redis) answer, 503 when the database is unreachable."""

from __future__ import annotations

from starlette.testclient import TestClient

from careercopilot import api, db
from tests.support import services


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
