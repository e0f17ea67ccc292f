"""The floor on closing postings, seen by an admin in chromium (issue 9, finding 13).

A board that had 12 postings answers with none: the sync stores nothing, closes nothing and
is recorded as suspicious. The Sources page says so; the admin clicks "Close them anyway"
and the 12 postings are closed. The syncs run through the real services in a process on the
app's own database (a loopback-free mock transport stands in for the job board).
"""

from __future__ import annotations

import subprocess
import textwrap

from playwright.sync_api import expect

from tests.e2e.pages import DEFAULT_PASSWORD, LoginPage, unique_email
from tests.support import services

SYNC_TWICE = textwrap.dedent("""
    import json, httpx
    from careercopilot.connectors import HttpFetcher
    from tests.support.netstub import public_dns
    from careercopilot.db import session_scope
    from careercopilot.models import Source
    from careercopilot.services import ingest_sync

    job = json.load(open("tests/fixtures/job-boards/greenhouse.json"))["jobs"][0]
    def board(n):
        jobs = [dict(job, id=810000 + i, title=f"Floor test role {i}",
                     absolute_url=f"https://boards.greenhouse.io/floor/jobs/{810000 + i}") for i in range(n)]
        body = json.dumps({"jobs": jobs, "meta": {"total": n}}).encode()
        return HttpFetcher(transport=httpx.MockTransport(lambda r: httpx.Response(200, content=body)),
                           per_host_interval_s=0, max_retries=0, resolver=public_dns())
    with session_scope() as s:
        src = Source(type="greenhouse", token="e2e-floor", name="Floor Test Board (Greenhouse)",
                     base_url="http://board.invalid")
        s.add(src)
        s.flush()
        sid = src.id
    for n in (12, 0):
        with session_scope() as s:
            run = ingest_sync.sync_source(session=s, source_id=sid, fetcher=board(n))
            print(run.status, run.closed_count, run.withheld_count)
    print("SOURCE", sid)
""")

COUNT_OPEN = ("from sqlmodel import select, func\nfrom careercopilot.db import session_scope\n"
              "from careercopilot.models import JobPosting\nwith session_scope() as s:\n"
              "    print(s.exec(select(func.count(JobPosting.id)).where(JobPosting.source_id == {sid}, "
              "JobPosting.is_open)).one())")


def _python(app_server, code: str) -> str:
    out = subprocess.run([services.python(), "-c", code], cwd=app_server.cwd, env=app_server.env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout


def test_admin_sees_a_suspicious_sync_and_applies_it(app_server, page):
    out = _python(app_server, SYNC_TWICE)
    assert "succeeded 0 0" in out and "suspicious 0 12" in out, out
    sid = int(out.rsplit("SOURCE", 1)[1])
    assert _python(app_server, COUNT_OPEN.format(sid=sid)).strip() == "12"

    email = unique_email("floor-admin")
    made = subprocess.run([services.python(), "-m", "careercopilot", "create-user", email, "--password",
                           DEFAULT_PASSWORD, "--admin"], cwd=app_server.cwd, env=app_server.env,
                          capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    LoginPage(page).open().login_ok(email, DEFAULT_PASSWORD)
    page.goto("/sources")
    warning = page.locator(f"#suspicious-{sid}")
    expect(warning).to_have_text("Suspicious sync: it fetched 0 postings while 12 were open, so closing 12 was "
                                 "held back.", timeout=30_000)
    page.locator(f"#confirm-run-{sid}").click()
    expect(page.locator("#source-notice")).to_have_text("Closed 12 postings.", timeout=30_000)
    expect(warning).to_have_count(0)
    assert _python(app_server, COUNT_OPEN.format(sid=sid)).strip() == "0"
