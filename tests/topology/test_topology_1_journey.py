"""The whole journey through nginx on the loopback topology: sign up, upload a resume, see ranked
jobs, track an application — every request through nginx, state in Redis, rows in the PostgreSQL
primary, the resume file in S3 (moto), scoring on the rq workers. Also what nginx adds: the
security headers and immutable caching of the build's hashed assets."""

from __future__ import annotations

import re
import uuid

import httpx
from playwright.sync_api import expect

from tests.e2e.pages import SignupPage
from tests.e2e.test_journey import SCORING_TIMEOUT_MS, _resume_pdf
from tests.support import services
from tests.support import topology as topo


def test_nginx_headers_and_immutable_assets(topology):
    page = httpx.get(f"{topology.url}/login/", timeout=10)
    assert page.status_code == 200
    assert page.headers["x-frame-options"] == "DENY"
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers.get_list("x-frame-options") == ["DENY"]  # once, not the app's + nginx's
    assert "content-security-policy" in page.headers  # the app's (hashes of its inline scripts)
    assets = sorted(set(re.findall(r'(/assets/[^"\']+\.(?:js|css))', page.text)))
    assert assets, "the login page references no /assets/ bundle"
    r = httpx.get(f"{topology.url}{assets[0]}", timeout=10)
    print(f"\n{len(assets)} hashed assets on /login/; {assets[0]}: {r.status_code} {r.headers.get('cache-control')}")
    assert r.status_code == 200
    assert r.headers["cache-control"] == "public, max-age=31536000, immutable"
    for name, value in (("x-content-type-options", "nosniff"), ("x-frame-options", "DENY")):
        assert r.headers.get_list(name) == [value], name  # once on assets too (stranger trial, session 7)
    # a bundle that is not there (a rolling deploy) is not cached for a year
    missing = httpx.get(f"{topology.url}/assets/not-there-0000abcd.js", timeout=10)
    assert missing.status_code == 404 and "immutable" not in missing.headers.get("cache-control", "")
    upstreams = {line["upstream"] for line in topo.access_log(topology.folder / "nginx")}
    print(f"nginx spread requests over {sorted(upstreams)}")


def test_readyz_and_one_request_id_from_nginx_to_the_app_log(topology):
    # a client's own id is replaced by nginx's $request_id, which the app logs and echoes
    r = httpx.get(f"{topology.url}/readyz", headers={"X-Request-ID": "client-picked-id"}, timeout=10)
    assert r.status_code == 200, r.text
    assert r.json()["checks"] == {"database": "ok", "redis": "ok", "chroma": "ok", "s3": "ok"}
    rid = r.headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", rid), rid
    line = services.wait_until(lambda: next((x for x in topo.access_log(topology.folder / "nginx")
                                             if x["request_id"] == rid), None), timeout=10, what="nginx's access line")
    assert (line["method"], line["uri"], line["status"]) == ("GET", "/readyz", 200)
    served_by = next(n for n in topology.app_names()
                     if line["upstream"] == f"127.0.0.1:{topology.app_ports[int(n.split('-')[1]) - 1]}")
    services.wait_until(lambda: rid in topology.log(served_by, 400), timeout=10,
                        what=f"request id {rid} in {served_by}'s log")
    print(f"\nrequest {rid}: nginx line {line} and {served_by}'s log")


def test_journey_through_nginx(topology, topo_page, tmp_path):
    page = topo_page
    email = f"topo-{uuid.uuid4().hex[:8]}@example.com"
    SignupPage(page).open().signup_ok(email)

    resume = tmp_path / "alex-resume.pdf"
    resume.write_bytes(_resume_pdf())
    page.goto("/resume")
    page.locator("#resume-upload input[type=file]").set_input_files(str(resume))
    page.locator("#resume-upload-button").click()
    expect(page.locator("#resume-skills")).to_contain_text("Python", timeout=120_000)

    page.goto("/jobs")
    cards = page.locator("#job-list [id^=job-card-]")
    expect(cards.first).to_be_visible(timeout=SCORING_TIMEOUT_MS)
    # while the first ranking runs the postings are listed unranked: wait for the ranking
    expect(page.locator("#jobs-scoring")).to_have_count(0, timeout=SCORING_TIMEOUT_MS)
    top_title = page.locator("#job-list [id^=job-link-]").first.inner_text()
    page.locator("#job-list [id^=job-link-]").first.click()
    expect(page.locator("#job-title")).to_have_text(top_title, timeout=60_000)
    page.locator("#save-button").click()
    expect(page.locator("#saved-badge")).to_be_visible()

    page.goto("/applications")
    expect(page.locator("#board [id^=app-card-]").first).to_contain_text(top_title, timeout=30_000)

    with topology.primary.connect(topology.database) as conn:
        uid = conn.execute('SELECT id FROM "user" WHERE email = %s', (email,)).fetchone()[0]
        apps = conn.execute("SELECT count(*) FROM application WHERE user_id = %s", (uid,)).fetchone()[0]
        resumes = conn.execute("SELECT count(*) FROM resume WHERE user_id = %s", (uid,)).fetchone()[0]
    import boto3

    s3 = boto3.client("s3", endpoint_url=f"http://127.0.0.1:{topology.s3_port}", aws_access_key_id="topology",
                      aws_secret_access_key="topology-secret", region_name="us-east-1")
    objects = s3.list_objects_v2(Bucket="careercopilot-topology").get("KeyCount", 0)
    print(f"\njourney through nginx: user {uid}, {resumes} resume(s), {apps} application(s), {objects} S3 object(s)")
    assert (apps, resumes) == (1, 1) and objects >= 1
