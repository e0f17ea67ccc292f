"""Sources service (admin rule, demo seed, due syncs), sync lifecycle and private URL postings."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest
from sqlmodel import select

from careercopilot.connectors import BlockedURLError, HttpFetcher
from careercopilot.models import JobPosting, Source, SyncRun
from careercopilot.services import ingest_fetch, ingest_sync, posting_access, sources, url_import
from tests.support.netstub import public_dns

FIXTURES = Path(__file__).parents[2] / "fixtures" / "job-boards"


def mock_fetcher(handler, **kw) -> HttpFetcher:
    """A MockTransport fetcher whose guard sees every name resolve to a public address."""
    kw.setdefault("resolver", public_dns())
    return HttpFetcher(transport=httpx.MockTransport(handler), per_host_interval_s=0, max_retries=0, **kw)


def serve(body: bytes, status: int = 200, ctype="application/json"):
    return lambda request: httpx.Response(status, content=body, headers={"content-type": ctype})


# --------------------------------------------------------------------------- admin rule


@pytest.mark.parametrize("action", ["create", "pause", "delete"])
def test_non_admin_cannot_manage_sources(session, users, make_source, action):
    _admin, alice, _bob = users
    src = make_source()
    with pytest.raises(PermissionError):
        if action == "create":
            sources.create_source(session=session, user_id=alice.id, source_type="remoteok", validate=False)
        elif action == "pause":
            sources.set_paused(session=session, user_id=alice.id, source_id=src.id, paused=True)
        else:
            sources.delete_source(session=session, user_id=alice.id, source_id=src.id)
    session.rollback()
    assert session.get(Source, src.id).status == "active"


def test_admin_creates_source_after_live_test_fetch(session, users):
    admin = users[0]
    fetcher = mock_fetcher(serve((FIXTURES / "greenhouse.json").read_bytes()))
    src = sources.create_source(session=session, user_id=admin.id, source_type="greenhouse", token="vercel",
                                company="Vercel", fetcher=fetcher)
    assert src.id and src.name == "Vercel (Greenhouse)" and src.created_by == admin.id
    with pytest.raises(sources.SourceError, match="already exists"):
        sources.create_source(session=session, user_id=admin.id, source_type="greenhouse", token="vercel",
                              fetcher=fetcher)


@pytest.mark.parametrize(
    "kind, body, status, message",
    [
        ("greenhouse", b"not json", 200, "not with that board's postings — check the board token"),
        ("greenhouse", b"{}", 404, "HTTP 404: no such board — check the board token"),
        ("nosuchboard", b"{}", 200, "unknown source type"),
    ],
)
def test_failed_test_fetch_shows_connector_error_and_saves_nothing(session, users, kind, body, status, message):
    fetcher = mock_fetcher(serve(body, status))
    with pytest.raises(sources.SourceError, match=message):
        sources.create_source(session=session, user_id=users[0].id, source_type=kind, token="nope", fetcher=fetcher)
    assert session.exec(select(Source)).all() == []


def test_unreachable_board_is_explained_without_library_jargon(session, users):
    def refuse(request):
        raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)

    with pytest.raises(sources.SourceError) as info:
        sources.create_source(session=session, user_id=users[0].id, source_type="greenhouse", token="nope",
                              fetcher=mock_fetcher(refuse))
    msg = str(info.value)
    assert msg == f"Test fetch failed: {ingest_fetch.UNREACHABLE}" and "Errno" not in msg


def test_missing_token_is_refused(session, users):
    with pytest.raises(sources.SourceError, match="board token"):
        sources.create_source(session=session, user_id=users[0].id, source_type="greenhouse", validate=False)


def test_pause_resume_delete_keeps_postings_closed(session, users, make_source):
    admin = users[0]
    src = make_source(is_demo=True, token="vercel", company="Vercel")
    ingest_sync.sync_source(session=session, source_id=src.id)
    session.commit()
    assert sources.set_paused(session=session, user_id=admin.id, source_id=src.id, paused=True).status == "paused"
    assert sources.due_source_ids(session=session) == []
    assert sources.set_paused(session=session, user_id=admin.id, source_id=src.id, paused=False).status == "active"
    sources.delete_source(session=session, user_id=admin.id, source_id=src.id)
    session.commit()
    rows = session.exec(select(JobPosting)).all()
    assert len(rows) == 2 and all(not r.is_open and r.source_id is None for r in rows)


def test_connector_choices_flag_jobspy_unverified():
    choices = {c.key: c for c in sources.connector_choices()}
    assert choices["jobspy"].verified is False and choices["greenhouse"].verified is True


# --------------------------------------------------------------------------- demo seed + syncs


def test_demo_seed_is_idempotent_and_uses_connector_code(session):
    ids = sources.ensure_demo_sources(session=session)
    assert sources.ensure_demo_sources(session=session) == ids
    for sid in ids:
        run = ingest_sync.sync_source(session=session, source_id=sid)
        assert run.status == "succeeded", run.error
    session.commit()
    total = len(session.exec(select(JobPosting)).all())
    assert total >= 30
    for sid in ids:
        run = ingest_sync.sync_source(session=session, source_id=sid)
        assert (run.new_count, run.updated_count, run.closed_count) == (0, 0, 0)
    session.commit()
    assert len(session.exec(select(JobPosting)).all()) == total
    assert all(s.is_demo and s.name.startswith(sources.DEMO_LABEL) for s in session.exec(select(Source)).all())


def test_failing_source_is_marked_and_others_go_on(session, make_source):
    bad = make_source("greenhouse", "broken", base_url="http://feeds.example.com")
    good = make_source("remoteok", None, is_demo=True)
    fetcher = mock_fetcher(serve(b"oops", 500))
    run = ingest_sync.sync_source(session=session, source_id=bad.id, fetcher=fetcher)
    ok = ingest_sync.sync_source(session=session, source_id=good.id)
    session.commit()
    assert run.status == "failed" and "HTTP 500" in run.error
    session.refresh(bad)
    assert bad.status == "failing" and "HTTP 500" in bad.last_error and bad.last_success_at is None
    assert ok.status == "succeeded" and ok.new_count == 2


def test_failed_sync_closes_nothing(session, make_source):
    src = make_source("greenhouse", "vercel", base_url="http://feeds.example.com")
    ok = mock_fetcher(serve((FIXTURES / "greenhouse.json").read_bytes()))
    assert ingest_sync.sync_source(session=session, source_id=src.id, fetcher=ok).new_count == 2
    ingest_sync.sync_source(session=session, source_id=src.id, fetcher=mock_fetcher(serve(b"", 503)))
    session.commit()
    assert all(r.is_open for r in session.exec(select(JobPosting)).all())


def test_posting_removed_from_feed_is_closed(session, make_source):
    data = json.loads((FIXTURES / "greenhouse.json").read_text())
    src = make_source("greenhouse", "vercel", base_url="http://feeds.example.com")
    ingest_sync.sync_source(session=session, source_id=src.id, fetcher=mock_fetcher(serve(json.dumps(data).encode())))
    gone = data["jobs"].pop(0)
    run = ingest_sync.sync_source(session=session, source_id=src.id, fetcher=mock_fetcher(serve(json.dumps(data).encode())))
    session.commit()
    assert (run.new_count, run.updated_count, run.closed_count) == (0, 0, 1)
    row = session.exec(select(JobPosting).where(JobPosting.ats_id == str(gone["id"]))).one()
    assert row.is_open is False and row.closed_at is not None
    assert len(session.exec(select(SyncRun)).all()) == 2


def test_due_sources_follow_each_interval(session, make_source):
    now = datetime.now(timezone.utc)
    fresh = make_source("remoteok", None, last_sync_at=now - timedelta(minutes=5), interval_seconds=3600)
    stale = make_source("remotive", None, last_sync_at=now - timedelta(hours=2), interval_seconds=3600)
    never = make_source("jobicy", None)
    paused = make_source("himalayas", None, status="paused")
    due = sources.due_source_ids(session=session, now=now)
    assert set(due) == {stale.id, never.id}
    assert fresh.id not in due and paused.id not in due


# --------------------------------------------------------------------------- private URL postings

PAGE = """<html><head><title>Careers</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting",
 "title": "Platform Engineer", "hiringOrganization": {"name": "Initech"},
 "description": "<p>Run Kubernetes.</p>", "datePosted": "2026-09-01",
 "jobLocation": {"@type": "Place", "address": {"addressLocality": "Lisbon", "addressCountry": "PT"}}}</script>
</head><body></body></html>"""


def test_url_posting_is_private_to_its_owner(session, users):
    _admin, alice, bob = users
    fetcher = mock_fetcher(serve(PAGE.encode(), ctype="text/html"), allow_hosts=frozenset({"jobs.example.com"}))
    p = url_import.add_posting_from_url(session=session, user_id=alice.id, url="https://jobs.example.com/p/1?utm_source=x",
                                    fetcher=fetcher)
    session.commit()
    assert (p.title, p.company, p.owner_id, p.source_id) == ("Platform Engineer", "Initech", alice.id, None)
    assert posting_access.get_posting(session=session, user_id=alice.id, posting_id=p.id).id == p.id
    with pytest.raises(LookupError):
        posting_access.get_posting(session=session, user_id=bob.id, posting_id=p.id)
    visible_to_bob = session.exec(select(JobPosting).where(posting_access.visible_postings_clause(bob.id))).all()
    assert p.id not in [r.id for r in visible_to_bob]
    again = url_import.add_posting_from_url(session=session, user_id=alice.id, url="https://jobs.example.com/p/1",
                                        fetcher=fetcher)
    assert again.id == p.id


def test_url_posting_refuses_private_addresses(session, users):
    fetcher = mock_fetcher(serve(PAGE.encode(), ctype="text/html"))
    with pytest.raises(BlockedURLError):
        url_import.add_posting_from_url(session=session, user_id=users[1].id, url="http://169.254.169.254/latest/", fetcher=fetcher)
    with pytest.raises(ValueError):
        url_import.add_posting_from_url(session=session, user_id=users[1].id, url="  ", fetcher=fetcher)
    assert session.exec(select(JobPosting)).all() == []
