"""Issue 9 finding 3 over real parts: source rows with hostile tokens/base URLs stored
directly in PostgreSQL (as if added before the fix), synced by the SCHEDULED path
(``sync_due_sources`` through a real ``rq`` worker): the loopback server receives ZERO
requests and every row records either its connector's token message or the ONE neutral
text — the same for an open and a closed port. With ``SSRF_ALLOW_HOSTS`` listing the
server's ``host:port``, the same rows sync. The Sources page's test fetch likewise; and a
pasted URL reaches an allow-listed local host only when an admin pastes it.
"""

from __future__ import annotations

import asyncio
import json
import socket
from pathlib import Path

import pytest
from sqlmodel import select

from careercopilot.config import settings
from careercopilot.connectors import ConnectorError
from careercopilot.db import session_scope
from careercopilot.models import Source, SyncRun, User
from careercopilot.services import background, ingest_fetch, sources, url_import
from jobs.ingest import sync_due_sources

FIXTURES = Path(__file__).parents[2] / "fixtures" / "job-boards"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _hostile_rows(port: int, closed: int) -> dict[str, dict]:
    """name → Source fields; every one points at the loopback server (or a closed port)."""
    return {
        "workday-url": dict(type="workday", token=f"http://127.0.0.1:{port}/en-US/Site"),
        "breezy": dict(type="breezy", token=f"127.0.0.1:{port}/x?"),
        "recruitee": dict(type="recruitee", token=f"127.0.0.1:{port}/x?"),
        "jsonld": dict(type="jsonld", token=f"http://127.0.0.1:{port}/careers"),
        "gh-decimal": dict(type="greenhouse", token="vercel", base_url=f"http://2130706433:{port}"),
        "gh-localhost": dict(type="greenhouse", token="acme", base_url=f"http://localhost:{port}"),
        "gh-closed": dict(type="greenhouse", token="closed", base_url=f"http://127.0.0.1:{closed}"),
        "gh-userinfo": dict(type="greenhouse", token="ui", base_url=f"http://jobs.example.com@127.0.0.1:{port}"),
        "linkedin-mapped": dict(type="linkedin_dataset", base_url=f"http://[::ffff:127.0.0.1]:{port}/rows.jsonl"),
        "nyc-short": dict(type="nyc_jobs", base_url=f"http://127.1:{port}"),
    }


def _insert(rows: dict[str, dict]) -> dict[str, int]:
    ids = {}
    with session_scope() as s:
        for name, fields in rows.items():
            src = Source(name=f"hostile {name}", **fields)
            s.add(src)
            s.flush()
            ids[name] = src.id
    return ids


def _scheduled_sync(run_worker, **env: str) -> None:
    """What the schedule does every 5 minutes: ``sync_due_sources`` → one ``sync_source`` per due row."""
    background.enqueue(sync_due_sources)
    proc = run_worker(**env)
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_scheduled_resync_of_hostile_rows_sends_nothing_and_records_the_neutral_error(stack, httpserver):
    port, closed = httpserver.port, _closed_port()
    httpserver.expect_request("/v1/boards/vercel/jobs").respond_with_data("{}")  # would answer if reached
    ids = _insert(_hostile_rows(port, closed))

    _scheduled_sync(stack, SSRF_ALLOW_HOSTS="[]")

    assert httpserver.log == []  # not one request reached the loopback server
    with session_scope() as s:
        rows = {name: s.get(Source, sid) for name, sid in ids.items()}
        runs = {name: s.exec(select(SyncRun).where(SyncRun.source_id == sid)).all() for name, sid in ids.items()}
    for name, row in rows.items():
        assert row.status == "failing" and runs[name] and runs[name][-1].status == "failed", name
        assert "Errno" not in row.last_error and "refused" not in row.last_error.lower(), name
    for name in ("jsonld", "gh-decimal", "gh-localhost", "gh-closed", "linkedin-mapped", "nyc-short"):
        assert rows[name].last_error == ingest_fetch.UNREACHABLE, name  # open port == closed port: no oracle
    assert "Workday careers URL must be https://" in rows["workday-url"].last_error
    assert "Breezy HR company subdomain must be" in rows["breezy"].last_error
    assert "Recruitee company subdomain must be" in rows["recruitee"].last_error
    assert "base URL must be an absolute http(s) URL" in rows["gh-userinfo"].last_error


def test_the_same_rows_sync_when_the_allowlist_lists_the_server(stack, httpserver):
    port = httpserver.port
    pages = json.loads((FIXTURES / "jsonld_pages.json").read_text())["pages"]
    httpserver.expect_request("/careers").respond_with_data(next(iter(pages.values()))["page"], content_type="text/html")
    httpserver.expect_request("/wday/cxs/127/Site/jobs", method="POST").respond_with_data(
        (FIXTURES / "workday.json").read_bytes(), content_type="application/json")
    httpserver.expect_request("/v1/boards/vercel/jobs").respond_with_data(
        (FIXTURES / "greenhouse.json").read_bytes(), content_type="application/json")
    rows = _hostile_rows(port, _closed_port())
    ids = _insert({k: rows[k] for k in ("workday-url", "jsonld", "gh-decimal", "breezy")})

    _scheduled_sync(stack, SSRF_ALLOW_HOSTS=json.dumps([f"127.0.0.1:{port}"]))

    with session_scope() as s:
        got = {name: s.get(Source, sid) for name, sid in ids.items()}
        last = {name: s.exec(select(SyncRun).where(SyncRun.source_id == sid).order_by(SyncRun.id.desc())).first()
                for name, sid in ids.items()}
    for name in ("workday-url", "jsonld", "gh-decimal"):  # 2130706433 is 127.0.0.1: the listed address
        assert got[name].last_error is None and last[name].status == "succeeded" and last[name].new_count > 0, name
    assert "Breezy HR company subdomain must be" in got["breezy"].last_error  # syntax stays refused
    assert {r.path for r, _ in httpserver.log} == {"/careers", "/wday/cxs/127/Site/jobs", "/v1/boards/vercel/jobs"}


@pytest.mark.parametrize(
    ("source_type", "token", "base_url", "expected"),
    [
        ("workday", "http://127.0.0.1:{port}/en-US/Site", None, "Workday careers URL must be https://"),
        ("breezy", "127.0.0.1:{port}/x?", None, "Breezy HR company subdomain must be"),
        ("recruitee", "127.0.0.1:{port}/x?", None, "Recruitee company subdomain must be"),
        ("jsonld", "http://127.0.0.1:{port}/careers-page", None, ingest_fetch.UNREACHABLE),
        ("greenhouse", "pagetest", "http://0x7f.1:{port}", ingest_fetch.UNREACHABLE),
        ("greenhouse", "pagetest2", "http://localhost.:{port}", ingest_fetch.UNREACHABLE),
    ],
)
def test_sources_page_test_fetch_of_hostile_input(stack, httpserver, monkeypatch, source_type, token, base_url,
                                                  expected):
    monkeypatch.setattr(settings, "ssrf_allow_hosts", [])
    httpserver.expect_request("/careers-page").respond_with_data("<html></html>", content_type="text/html")
    port = httpserver.port
    with session_scope() as s:
        admin = User(email=f"admin-{source_type}-{len(token)}@example.com", is_admin=True)
        s.add(admin)
        s.flush()
        with pytest.raises(sources.SourceError) as info:
            sources.create_source(session=s, user_id=admin.id, source_type=source_type, token=token.format(port=port),
                                  base_url=base_url.format(port=port) if base_url else None)
        # a bad token is refused even without the test fetch
        if expected != ingest_fetch.UNREACHABLE:
            with pytest.raises(sources.SourceError, match=expected.split(" must")[0]):
                sources.create_source(session=s, user_id=admin.id, source_type=source_type,
                                      token=token.format(port=port), validate=False)
    assert expected in str(info.value)
    assert httpserver.log == []


def test_only_an_admins_pasted_url_reaches_an_allow_listed_host(stack, httpserver, monkeypatch):
    """SSRF_ALLOW_HOSTS is for destinations an admin points at (the Ollama server...): another user's
    "Add posting from URL" must not reach them — the same neutral text as any refused address."""
    pages = json.loads((FIXTURES / "jsonld_pages.json").read_text())["pages"]
    httpserver.expect_request("/careers/pasted").respond_with_data(next(iter(pages.values()))["page"],
                                                                   content_type="text/html")
    monkeypatch.setattr(settings, "ssrf_allow_hosts", [f"127.0.0.1:{httpserver.port}"])
    url = f"http://127.0.0.1:{httpserver.port}/careers/pasted"
    with session_scope() as s:
        admin, user = User(email="paste-admin@example.com", is_admin=True), User(email="paste-user@example.com")
        s.add_all([admin, user])
        s.flush()
        admin_id, user_id = admin.id, user.id
    with pytest.raises(ConnectorError) as info:
        asyncio.run(url_import.import_posting_async(user_id=user_id, url=url))
    assert str(info.value) == ingest_fetch.UNREACHABLE and httpserver.log == []
    with session_scope() as s, pytest.raises(ConnectorError):
        url_import.add_posting_from_url(session=s, user_id=user_id, url=url)
    assert httpserver.log == []
    done = asyncio.run(url_import.import_posting_async(user_id=admin_id, url=url))
    assert done.title and len(httpserver.log) == 1
