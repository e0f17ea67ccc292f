"""The bookmarklet's ``/clip`` window routes on PostgreSQL through the backend app (middleware
and Origin guard included): with the session cookie and the app's own Origin a handed-over
page becomes the user's posting (same answer as ``POST /api/v1/clips``) and is saved to the
board; without a session 401; from a job site's origin the guard refuses before anything runs."""

from __future__ import annotations

import secrets
from pathlib import Path
from urllib.parse import unquote

from sqlmodel import select

from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models import Application, JobPosting
from careercopilot.services import users
from tests.support import tracker_data

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "clipper"
URL = "https://www.linkedin.com/jobs/view/4392276998"


def _signed_in(client):
    tag = secrets.token_hex(4)
    with session_scope() as s:
        user = users.create_user(session=s, email=f"clip-{tag}@example.com", password=f"correct horse {tag} 9")
        token = users.start_session(session=s, user_id=user.id)
        uid = user.id
    client.cookies.set(settings.session_cookie_name, token)
    return uid


def test_window_parses_saves_and_offers_the_bookmarklet(client):
    origin = settings.app_url.rstrip("/")
    page = client.get("/clip")
    assert page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]
    assert '<script src="/clip/clip.js">' in page.text
    start = page.text.index('href="javascript:') + len('href="')
    code = unquote(page.text[start:page.text.index('"', start)])
    assert f'var A="{origin}"' in code and "w.postMessage(d,A)" in code  # the page goes to the app's origin only
    assert client.get("/clip/clip.js").headers["content-type"].startswith("text/javascript")

    body = {"url": URL, "html": (PAGES / "linkedin_atos.html").read_text()}
    assert client.post("/clip/parse", json=body, headers={"Origin": origin}).status_code == 401
    assert client.post("/clip/preview", json=body, headers={"Origin": origin}).status_code == 401
    uid = _signed_in(client)
    with session_scope() as s:
        tracker_data.active_resume(s, user_id=uid)
    # the window's confirmation step (attack a12 W1): what it read, stored nowhere
    r = client.post("/clip/preview", json=body, headers={"Origin": origin})
    assert r.status_code == 200, r.text
    assert r.json()["title"].startswith("Entry-Level Automation Engineer") and r.json()["site"] == "www.linkedin.com"
    with session_scope() as s:
        assert s.exec(select(JobPosting).where(JobPosting.owner_id == uid)).first() is None
    r = client.post("/clip/parse", json=body, headers={"Origin": origin})
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["posting"]["title"].startswith("Entry-Level Automation Engineer") and data["application_id"] is None
    with session_scope() as s:
        assert s.get(JobPosting, data["posting"]["posting_id"]).owner_id == uid

    saved = client.post("/clip/save", json={"posting_id": data["posting"]["posting_id"]}, headers={"Origin": origin})
    assert saved.status_code == 201
    with session_scope() as s:
        assert s.get(Application, saved.json()["application_id"]).user_id == uid
    again = client.post("/clip/parse", json=body, headers={"Origin": origin})
    assert again.json()["application_id"] == saved.json()["application_id"]

    nothing = client.post("/clip/parse", json={"url": URL, "html": "<html><body></body></html>"}, headers={"Origin": origin})
    assert nothing.status_code == 422 and "no job posting" in nothing.json()["detail"]


def test_a_job_site_cannot_use_the_cookie(client):
    uid = _signed_in(client)
    with session_scope() as s:
        other = tracker_data.make_posting(s).id  # a shared posting the user could save
    body = {"url": URL, "html": (PAGES / "linkedin_atos.html").read_text()}
    for path in ("/clip/parse", "/clip/preview"):
        r = client.post(path, json=body, headers={"Origin": "https://www.linkedin.com"})
        assert r.status_code == 403, path
    r = client.post("/clip/save", json={"posting_id": other}, headers={"Origin": "https://evil.example"})
    assert r.status_code == 403
    with session_scope() as s:
        assert s.exec(JobPosting.__table__.select().where(JobPosting.owner_id == uid)).all() == []
        assert s.exec(Application.__table__.select().where(Application.user_id == uid)).all() == []


def test_save_refuses_another_users_private_posting(client):
    _signed_in(client)
    with session_scope() as s:
        owner = users.create_user(session=s, email=f"o-{secrets.token_hex(4)}@example.com",
                                  password=f"correct horse {secrets.token_hex(3)} 9").id
        private = tracker_data.make_posting(s, owner_id=owner).id
    r = client.post("/clip/save", json={"posting_id": private}, headers={"Origin": settings.app_url.rstrip("/")})
    assert r.status_code == 404
