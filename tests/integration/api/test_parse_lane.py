"""Document parses of the API and the clipper run on the bounded parse pool, a few per user at a
time (issue 11, attack102 item 2), on PostgreSQL through the backend app.

The probe found ``POST /api/v1/resumes`` (a plain ``def`` route) reading the file on Starlette's
~40-thread pool, not on the 2 parse threads the web page uses (``offload.parse``), and the field
and skill reading of 200,000 characters of "python java …" holding the web process's GIL for
15–30 s; ``POST /api/v1/clips`` with a 2.9 MB description the same. Now every entry point (the
two API routes, the clipper window's ``/clip/preview`` and ``/clip/parse``, the Resume page)
parses on ``offload``'s parse pool under ``UPLOADS_AT_ONCE_PER_USER`` slots (``ratelimit.at_once``;
one more waits up to ``offload.PARSE_SLOT_WAIT_SECONDS`` for a slot, then is a 429 with Retry-After), and fields/skills read at most ``resumes.MAX_PARSE_CHARS``.

Old code: both tests failed — the API upload parsed on an "AnyIO worker thread" (the first row;
the clip routes were plain ``def`` routes too) and there was no per-user limit (no setting).
"""

from __future__ import annotations

import threading

import pytest

from careercopilot import offload
from careercopilot.config import settings
from careercopilot.services import clips, resumes
from tests.unit.resumes_service.resume_files import BACKEND_LINES, make_txt

URL = "https://jobs.example.org/postings/42"
JSON_LD = {"@type": "JobPosting", "title": "Backend Engineer", "description": "<p>" + "Python services. " * 40 + "</p>",
           "hiringOrganization": {"name": "Acme"}}


@pytest.fixture
def threads_seen(monkeypatch):
    """The thread each parse entry point ran on."""
    seen: list[str] = []

    def spy(real):
        def wrapped(*args, **kwargs):
            seen.append(threading.current_thread().name)
            return real(*args, **kwargs)
        return wrapped

    monkeypatch.setattr(resumes, "read_resume", spy(resumes.read_resume))
    monkeypatch.setattr(clips, "parse_clip", spy(clips.parse_clip))
    monkeypatch.setattr(clips, "parse_clip_with_notes", spy(clips.parse_clip_with_notes))
    return seen


def _cookie(client, uid: int) -> None:
    from careercopilot.db import session_scope
    from careercopilot.services import users

    with session_scope() as s:
        client.cookies.set(settings.session_cookie_name, users.start_session(session=s, user_id=uid))


def _calls(client, acct):
    origin = settings.app_url.rstrip("/")
    cv = make_txt(BACKEND_LINES * 3)
    return [
        ("api resumes", lambda: client.post("/api/v1/resumes", headers=acct.headers, files={"file": ("cv.txt", cv)})),
        ("api clips", lambda: client.post("/api/v1/clips", headers=acct.headers, json={"url": URL, "json_ld": JSON_LD})),
        ("clip window preview", lambda: client.post("/clip/preview", headers={"Origin": origin},
                                                    json={"url": URL, "html": _page()})),
        ("clip window parse", lambda: client.post("/clip/parse", headers={"Origin": origin},
                                                  json={"url": URL, "html": _page()})),
    ]


def _page() -> str:
    import json

    return f'<html><head><script type="application/ld+json">{json.dumps(JSON_LD)}</script></head><body></body></html>'


def test_every_parse_runs_on_the_parse_pool(client, make_account, threads_seen):
    acct = make_account()
    _cookie(client, acct.user_id)
    for name, call in _calls(client, acct):
        before = len(threads_seen)
        r = call()
        assert r.status_code in (200, 201), (name, r.status_code, r.text[:300])
        assert threads_seen[before:] and all(t.startswith("offload-parse") for t in threads_seen[before:]), \
            (name, threads_seen[before:])


def test_a_users_parses_past_the_limit_are_refused_others_go_on(client, make_account, override_settings, monkeypatch):
    override_settings(uploads_at_once_per_user=2)
    monkeypatch.setattr(offload, "PARSE_SLOT_WAIT_SECONDS", 0.3)  # a route waits this long for a slot, then 429
    busy, other = make_account(), make_account()
    _cookie(client, busy.user_id)
    slots = [offload.user_parse_slot(busy.user_id) for _ in range(2)]
    for slot in slots:  # two parses of this user are running
        slot.__enter__()
    try:
        for name, call in _calls(client, busy):
            r = call()
            assert r.status_code == 429, (name, r.status_code, r.text[:200])
            assert int(r.headers["Retry-After"]) >= 1
        cv = make_txt(BACKEND_LINES * 3)
        r = client.post("/api/v1/resumes", headers=other.headers, files={"file": ("cv.txt", cv)})
        assert r.status_code == 201  # another user's upload is not held up
    finally:
        for slot in slots:
            slot.__exit__(None, None, None)
    r = client.post("/api/v1/clips", headers=busy.headers, json={"url": URL, "json_ld": JSON_LD})
    assert r.status_code == 201 or r.status_code == 200, r.text[:200]  # slots freed: accepted again
