"""Cross-user isolation of /api/v1, generated from the OpenAPI document (issue 14).

For EVERY operation of ``/api/openapi.json``, user B (a token with every scope) calls it
on user A's resources — A's application, contact, resume and private posting fill the path
parameters — and gets 404/403 with none of A's data; operations without an id of A's
(lists, creation) answer B with B's own data only. An operation missing from :data:`CASES`
fails the test, so a new route cannot ship without its cross-user case. Afterwards A's rows
are unchanged.
"""

from __future__ import annotations

import secrets

from careercopilot.db import session_scope
from careercopilot.models import Application, Contact, Resume
from careercopilot.services import applications
from tests.support import tracker_data

#: (METHOD, path) → request arguments for B. ``json``/``files`` bodies are valid, so a 404
#: comes from ownership, not validation. ``{posting_id}`` in a body is A's private posting.
CASES: dict[tuple[str, str], dict] = {
    ("GET", "/postings"): {},
    ("GET", "/postings/{posting_id}"): {},
    ("GET", "/resumes"): {},
    ("POST", "/resumes"): {"files": {"file": ("empty.txt", b"", "text/plain")}},
    ("GET", "/resumes/{resume_id}"): {},
    ("POST", "/resumes/{resume_id}/activate"): {},
    ("GET", "/preferences"): {},
    ("PUT", "/preferences"): {"json": {"titles": ["Nurse"]}},
    ("GET", "/applications"): {},
    ("POST", "/applications"): {"json": {"posting_id": "{posting_id}"}, "owned": True},
    ("GET", "/applications/{application_id}"): {},
    ("PATCH", "/applications/{application_id}"): {"json": {"notes": "B was here"}, "headers": {"If-Match": "*"}},
    ("POST", "/applications/{application_id}/stage"): {"json": {"stage": "offer"}},
    ("GET", "/applications/{application_id}/history"): {},
    ("GET", "/applications/{application_id}/contacts"): {},
    ("POST", "/applications/{application_id}/contacts"): {"json": {"name": "B's friend"}},
    ("PUT", "/contacts/{contact_id}"): {"json": {"name": "B renamed"}},
    ("DELETE", "/contacts/{contact_id}"): {},
    ("GET", "/follow-ups"): {},
    ("GET", "/analytics"): {},
}


def _fill(value, ids: dict[str, int]):
    if isinstance(value, str) and value.startswith("{") and value.endswith("}"):
        return ids[value[1:-1]]
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    return value


def test_user_b_gets_nothing_of_user_a_on_every_operation(client, make_account):
    a, b = make_account(), make_account()
    marker = f"ALICE{secrets.token_hex(4)}"
    with session_scope() as s:
        posting = tracker_data.make_posting(s, owner_id=a.user_id, title=f"{marker} private role", company=marker)
        app = applications.add_manual(session=s, user_id=a.user_id, company=marker, title=f"{marker} title",
                                      notes=f"{marker} notes")
        s.flush()
        applications.set_follow_up(session=s, user_id=a.user_id, application_id=app.id, follow_up_on="2020-01-01")
        contact = applications.add_contact(session=s, user_id=a.user_id, application_id=app.id, name=f"{marker} contact")
        resume = tracker_data.active_resume(s, user_id=a.user_id)
        resume.text = f"{marker} resume text"
        ids = {"application_id": app.id, "contact_id": contact.id, "resume_id": resume.id, "posting_id": posting.id}

    doc = client.get("/api/openapi.json").json()
    server = doc["servers"][0]["url"]
    operations = {(m.upper(), p) for p, item in doc["paths"].items() for m in item}
    missing = sorted(operations - set(CASES))
    assert not missing, f"operations without a cross-user case (add them to CASES): {missing}"
    assert not set(CASES) - operations, f"stale cases: {sorted(set(CASES) - operations)}"

    leaks = []
    for (method, path), case in sorted(CASES.items()):
        url = server + path.format(**ids)
        kwargs = {k: _fill(v, ids) for k, v in case.items() if k in ("json", "files")}
        r = client.request(method, url, headers={**b.headers, **case.get("headers", {})}, **kwargs)
        owned = "{" in path or case.get("owned")
        if r.status_code >= 500 or marker in r.text:
            leaks.append(f"{method} {path}: {r.status_code} {r.text[:200]}")
        elif owned and r.status_code not in (403, 404):
            leaks.append(f"{method} {path}: expected 403/404, got {r.status_code} {r.text[:200]}")
    assert leaks == [], "\n".join(leaks)

    with session_scope() as s:  # A's rows are untouched
        row = s.get(Application, ids["application_id"])
        assert (row.stage, row.notes, row.user_id) == ("saved", f"{marker} notes", a.user_id)
        assert s.get(Contact, ids["contact_id"]).name == f"{marker} contact"
        assert s.get(Resume, ids["resume_id"]).is_active
    mine = client.get(f"{server}/applications/{ids['application_id']}", headers=a.headers)
    assert mine.status_code == 200 and mine.json()["company"] == marker  # the ids were A's indeed
