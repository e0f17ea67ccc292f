"""``POST /api/v1/clips`` on PostgreSQL with saved job pages (tests/fixtures/clipper/SOURCES.md,
tests/fixtures/job-boards/jsonld_pages.json): each page becomes the user's private posting
through URL import's parser — with the match explanation of the active resume (real model,
real Chroma index) — clipping again updates the same row, the posting can be saved to the
board, and every refusal is a clear problem (no token, read-only token, no job, bad URL,
too large). Nothing is fetched: the pages come in the request bodies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careercopilot.db import session_scope
from careercopilot.models import JobPosting
from tests.support import tracker_data

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
PAGES = FIXTURES / "clipper"
JSONLD = json.loads((FIXTURES / "job-boards" / "jsonld_pages.json").read_text())["pages"]
CV = ("Sam Example — Systems Administrator and IT support intern, Baltimore.\n"
      "Experience: Linux server administration, monitoring, backups, scripting in Bash and Python.\n"
      "Skills: Linux, Windows Server, Bash, Python, Active Directory, networking, security.")

#: (page file, page URL, expected title, expected company, a phrase of the description)
SAVED = [
    ("greenhouse_riotgames.html", "https://www.riotgames.com/en/work-with-us/job/7977844?gh_jid=7977844",
     "APAC Esports Partnership Manager", "Riot Games", "media rights partnership"),
    ("lever_wordpress_developer.html",
     "https://jobs.lever.co/example/6f1f3c1e-4a52-4a4f-9d4f-2f1b2f0c1a11",
     "Lever Posting Fixture", "Example", "WordPress Developer"),  # the board slug, not the ATS host
    ("workday_bah_systems_admin_intern.html",
     "https://bah.wd1.myworkdayjobs.com/BAH_Jobs/job/Annapolis-Junction-MD/Systems-Administrator-Intern_R0249565",
     "Systems Administrator Intern", "BAH", "system administration"),
    ("linkedin_atos.html", "https://www.linkedin.com/jobs/view/4392276998",
     "Entry-Level Automation Engineer | 2026 Graduate", "Atos", "Young Professionals"),
]


@pytest.fixture
def index(tmp_path):
    from careercopilot.integrations import embeddings, vectors

    embeddings.get_model()
    idx = vectors.VectorIndex(vectors.make_client(path=str(tmp_path / "chroma")))
    vectors.set_index(idx)
    yield idx
    vectors.set_index(None)


def _with_resume(make_account):
    acct = make_account()
    with session_scope() as s:
        tracker_data.active_resume(s, user_id=acct.user_id).text = CV
    return acct


@pytest.mark.timeout(600)
def test_saved_pages_become_scored_private_postings(client, make_account, index):
    acct = _with_resume(make_account)
    for name, url, title, company, phrase in SAVED:
        r = client.post("/api/v1/clips", headers=acct.headers, json={"url": url, "html": (PAGES / name).read_text()})
        assert r.status_code == 200, (name, r.text)
        body = r.json()
        posting = body["posting"]
        assert posting["title"].startswith(title), (name, posting["title"])
        assert posting["company"] == company, (name, posting["company"])
        assert phrase in posting["description_html"], name
        assert posting["url"].startswith(url.split("?")[0]), name
        assert body["match"] is not None and 0 <= body["match"]["score"] <= 100, name
        assert body["application_id"] is None
        with session_scope() as s:
            row = s.get(JobPosting, posting["posting_id"])
            assert row.owner_id == acct.user_id and row.source_type == "url"
        # the same answer as the posting's detail
        detail = client.get(f"/api/v1/postings/{posting['posting_id']}", headers=acct.headers).json()
        assert detail["posting"] == posting and detail["match"]["score"] == body["match"]["score"]

    # the Workday intern posting matches a systems-administration resume better than the esports one
    listed = client.get("/api/v1/postings", headers=acct.headers, params={"limit": 50}).json()["items"]
    scores = {p["title"]: p["score"] for p in listed}
    assert scores["Systems Administrator Intern"] > scores["APAC Esports Partnership Manager"]


@pytest.mark.parametrize("name", ["jazzhr", "meta", "trakstar"])
def test_json_ld_pages_as_html_read_their_job_posting(client, make_account, name):
    acct = make_account()
    page = JSONLD[name]
    r = client.post("/api/v1/clips", headers=acct.headers, json={"url": page["url"], "html": page["page"]})
    assert r.status_code == 200, r.text
    posting = r.json()["posting"]
    expected = {"jazzhr": ("Bathroom Remodeling Subcontractor Crews Wanted", "Bath Concepts Independent Dealers"),
                "meta": ("Research Engineer - FAIR, SGT", "Meta"),
                "trakstar": ("Garage Sweeper", "A Services Group (ASG)")}[name]
    assert (posting["title"], posting["company"]) == expected
    assert r.json()["match"] is None  # no resume yet: no score, still stored


def test_json_ld_scoped_to_the_posting_in_view_and_clip_again_updates(client, make_account):
    """The extension sends the JobPosting nodes it found; the one whose url is the page's wins.
    Clipping the same page again updates the one row (deduplicated by canonical URL)."""
    acct = make_account()
    nodes = []
    for page in JSONLD.values():
        from careercopilot.connectors.jsonld import extract_job_postings

        nodes += extract_job_postings(page["page"], base_url=page["url"])
    jazz = next(n for n in nodes if "Bathroom" in n["title"])
    url = jazz["url"]
    first = client.post("/api/v1/clips", headers=acct.headers, json={"url": url, "json_ld": nodes})
    assert first.status_code == 200, first.text
    assert first.json()["posting"]["title"] == jazz["title"]

    changed = dict(jazz, title="Bathroom Remodeling Crews (updated)")
    again = client.post("/api/v1/clips", headers=acct.headers, json={"url": url + "#apply", "json_ld": changed})
    assert again.status_code == 200
    assert again.json()["posting"]["posting_id"] == first.json()["posting"]["posting_id"]
    assert again.json()["posting"]["title"] == "Bathroom Remodeling Crews (updated)"
    with session_scope() as s:
        assert len(s.exec(JobPosting.__table__.select().where(JobPosting.owner_id == acct.user_id)).all()) == 1

    # save to the board, then the clip shows the application
    saved = client.post("/api/v1/applications", headers=acct.headers,
                        json={"posting_id": first.json()["posting"]["posting_id"]})
    assert saved.status_code == 201, saved.text
    third = client.post("/api/v1/clips", headers=acct.headers, json={"url": url, "json_ld": changed})
    assert third.json()["application_id"] == saved.json()["id"]


def test_hostile_html_is_sanitized_like_url_import(client, make_account):
    acct = make_account()
    page = JSONLD["jazzhr"]["page"].replace(
        "<b><u>Bathroom", "<script>alert(document.cookie)<\\/script><img src=x onerror=alert(1)>"
                          "<a href=\\\"javascript:alert(2)\\\">x<\\/a><b><u>Bathroom")
    assert "onerror" in page
    r = client.post("/api/v1/clips", headers=acct.headers, json={"url": JSONLD["jazzhr"]["url"], "html": page})
    assert r.status_code == 200, r.text
    html = r.json()["posting"]["description_html"]
    assert "Bathroom Remodeling" in html
    for bad in ("<script", "onerror", "javascript:", "alert(document.cookie)"):
        assert bad not in html


def test_refusals_are_clear_problems(client, make_account, override_settings):
    acct = make_account()
    page = (PAGES / "lever_wordpress_developer.html").read_text()
    url = "https://jobs.lever.co/example/1"

    r = client.post("/api/v1/clips", json={"url": url, "html": page})
    assert r.status_code == 401 and r.headers["content-type"].startswith("application/problem+json")
    wrong = client.post("/api/v1/clips", headers={"Authorization": "Bearer cc_pat_wrong"}, json={"url": url, "html": page})
    assert wrong.status_code == 401 and "unknown, revoked or expired" in wrong.json()["detail"]
    reader = make_account(scopes=["postings:read"])
    r = client.post("/api/v1/clips", headers=reader.headers, json={"url": url, "html": page})
    assert r.status_code == 403 and "postings:write" in r.json()["detail"]

    empty = client.post("/api/v1/clips", headers=acct.headers,
                        json={"url": url, "html": "<html><head></head><body><nav>Sign in</nav></body></html>"})
    assert empty.status_code == 422 and "no job posting" in empty.json()["detail"]
    about = client.post("/api/v1/clips", headers=acct.headers,  # a titled page with a few words is no posting
                        json={"url": url, "html": "<html><head><title>About us</title></head><body><main><p>We make "
                                                  "tools for teams.</p></main></body></html>"})
    assert about.status_code == 422 and "no job posting" in about.json()["detail"]
    nothing = client.post("/api/v1/clips", headers=acct.headers, json={"url": url})
    assert nothing.status_code == 422 and "html or its json_ld" in nothing.json()["detail"]
    bad_url = client.post("/api/v1/clips", headers=acct.headers, json={"url": "javascript:alert(1)", "html": page})
    assert bad_url.status_code == 422 and "web address" in bad_url.json()["detail"]
    no_title = client.post("/api/v1/clips", headers=acct.headers,
                           json={"url": url, "json_ld": {"@type": "JobPosting", "description": "x"}})
    assert no_title.status_code == 422

    override_settings(clip_max_bytes=10_000)
    big = client.post("/api/v1/clips", headers=acct.headers, json={"url": url, "html": page + " " * 20_000})
    assert big.status_code == 413 and "larger than 10000 bytes" in big.json()["detail"]
    with session_scope() as s:  # nothing was stored by any refusal
        assert s.exec(JobPosting.__table__.select().where(JobPosting.owner_id == acct.user_id)).all() == []


def test_same_url_clipped_by_two_users_gives_two_private_postings(client, make_account):
    a, b = make_account(), make_account()
    page = JSONLD["meta"]
    ra = client.post("/api/v1/clips", headers=a.headers, json={"url": page["url"], "html": page["page"]}).json()
    rb = client.post("/api/v1/clips", headers=b.headers, json={"url": page["url"], "html": page["page"]}).json()
    assert ra["posting"]["posting_id"] != rb["posting"]["posting_id"]
    assert client.get(f"/api/v1/postings/{ra['posting']['posting_id']}", headers=b.headers).status_code == 404
    with session_scope() as s:
        assert s.get(JobPosting, ra["posting"]["posting_id"]).owner_id == a.user_id
        assert s.get(JobPosting, rb["posting"]["posting_id"]).owner_id == b.user_id


def test_clip_loses_bidi_and_invisible_format_characters(client, make_account):
    """Attack a12 W2: a title "Engineer \\u202etpircs.exe" displayed as "Engineer exe.script"."""
    acct = make_account()
    page = {"@type": "JobPosting", "title": "Engineer \u202etpircs.exe", "description": "Pay\u200b \u2066day\u2069 " * 30,
            "hiringOrganization": {"name": "Good\u202eCorp\u2066x"}, "jobLocation": "Ber\u200dlin \u202bX\u202c",
            "occupationalCategory": "ops", "employmentType": "FULL_TIME"}
    r = client.post("/api/v1/clips", headers=acct.headers, json={"url": "https://bidi.example/job/1", "json_ld": page})
    assert r.status_code == 200, r.text
    posting = r.json()["posting"]
    assert posting["title"] == "Engineer tpircs.exe"
    assert posting["company"] == "GoodCorpx"
    with session_scope() as s:
        row = s.get(JobPosting, posting["posting_id"])
        for field in ("title", "company", "location_text", "description_text", "description_html"):
            value = getattr(row, field) or ""
            assert not any(ch in value for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200d"), \
                (field, value)
    # a typed tracker card loses them too
    r = client.post("/api/v1/applications", headers=acct.headers,
                    json={"company": "Evil\u202eCorp", "title": "\u2067Dev\u2069\u200e"})
    assert r.status_code == 201 and (r.json()["company"], r.json()["title"]) == ("EvilCorp", "Dev")
