"""Every row an account import inserts goes through the guards of its normal write (attack80
finding 1: a hostile ``data.json`` stored a SHARED posting with raw script, a javascript: link,
CRLF and U+202E). One row per real-world variant: ``(table, column values, column, check)``."""

from __future__ import annotations

import pytest

from careercopilot.services import import_guards

U = 7  # the target account

_POSTING = {"title": "Engineer", "company": "Acme", "url": "https://jobs.example/1", "ats_id": "1",
            "source_type": "url", "description_html": "<p>Build things</p>", "description_text": "Build things",
            "owner_id": U, "source_id": None, "tags": ["python"]}


def _p(**kw):
    return {**_POSTING, **kw}


def _no(*needles):
    return lambda v: v is not None and not any(n in v for n in needles)


CASES = [
    ("posting-owner-null", "jobposting", _p(owner_id=None), "owner_id", lambda v: v == U),
    ("posting-owner-missing", "jobposting", {k: v for k, v in _POSTING.items() if k != "owner_id"}, "owner_id",
     lambda v: v == U),
    ("posting-owner-other-user", "jobposting", _p(owner_id=2), "owner_id", lambda v: v == U),
    ("posting-source-1", "jobposting", _p(source_id=1), "source_id", lambda v: v is None),
    ("posting-title-script", "jobposting", _p(title="Dev <script>alert(1)</script>"), "title", _no("<", "alert")),
    ("posting-title-rlo", "jobposting", _p(title="INJECTED\u202e GNITSOP"), "title", _no("\u202e")),
    ("posting-title-nel", "jobposting", _p(title="Acme\x85Corp"), "title", _no("\x85")),
    ("posting-title-zwsp", "jobposting", _p(title="Eng\u200bineer"), "title", lambda v: v == "Engineer"),
    ("posting-company-crlf", "jobposting", _p(company="Evil\r\nBcc: x@evil.example"), "company", _no("\r", "\n")),
    ("posting-company-u2028", "jobposting", _p(company="Evil\u2028Bcc"), "company", _no("\u2028")),
    ("posting-html-script", "jobposting", _p(description_html="<p>a</p><script>alert(document.cookie)</script>"),
     "description_html", _no("<script", "alert")),
    ("posting-html-onerror", "jobposting", _p(description_html="<img src=x onerror=alert(1)><p>a</p>"),
     "description_html", _no("onerror")),
    ("posting-html-js-link", "jobposting", _p(description_html='<a href="javascript:alert(2)">apply</a>'),
     "description_html", _no("javascript:")),
    ("posting-html-iframe", "jobposting", _p(description_html='<iframe src="https://evil.example"></iframe><p>x</p>'),
     "description_html", _no("iframe")),
    ("posting-text-from-html", "jobposting", _p(description_html="<p>a</p><script>steal()</script>",
                                                 description_text="<script>steal()</script>"),
     "description_text", _no("steal", "<script")),
    ("posting-url-js", "jobposting", _p(url="javascript:alert(1)"), "url", lambda v: v == ""),
    ("posting-url-data", "jobposting", _p(url="data:text/html,<script>x</script>"), "url", lambda v: v == ""),
    ("posting-apply-js", "jobposting", _p(apply_url="JaVaScRiPt:alert(1)"), "apply_url", lambda v: v is None),
    ("posting-tags-markup", "jobposting", _p(tags=["<b>py</b>", "\u202ego"]), "tags", lambda v: v == ["py", "go"]),
    ("posting-dept-ctrl", "jobposting", _p(department="R&D\x1b[31m"), "department", _no("\x1b")),
    ("application-company-nel", "application", {"company": "Acme\x85Corp", "title": "Dev", "user_id": 99},
     "company", _no("\x85")),
    ("application-user", "application", {"company": "A", "title": "Dev", "user_id": 99}, "user_id", lambda v: v == U),
    ("application-title-crlf", "application", {"company": "A", "title": "Eng\r\nEND:VEVENT"}, "title",
     _no("\r", "\n")),
    ("application-url-js", "application", {"company": "A", "title": "D", "url": "javascript:alert(1)"}, "url",
     lambda v: v is None),
    ("application-stage", "application", {"company": "A", "title": "D", "stage": "pwned"}, "stage",
     lambda v: v == "saved"),
    ("application-notes-nul", "application", {"company": "A", "title": "D", "notes": "a\x00b"}, "notes",
     lambda v: v == "ab"),
    ("contact-url-js", "contact", {"name": "Eve", "profile_url": "javascript:alert(1)"}, "profile_url",
     lambda v: v is None),
    ("contact-name-crlf", "contact", {"name": "Eve\r\nBcc: v@evil.example"}, "name", _no("\n")),
    ("savedsearch-name", "savedsearch", {"name": "Digest\r\nBcc: e@evil.example\u2028X"}, "name",
     _no("\r", "\n", "\u2028")),
    ("notification-link-outside", "notification", {"kind": "search_alert", "title": "t", "dedupe_key": "k",
                                                   "link": "https://evil.example/login"}, "link", lambda v: v == ""),
    ("notification-link-scheme-relative", "notification", {"kind": "search_alert", "title": "t", "dedupe_key": "k",
                                                            "link": "//evil.example"}, "link", lambda v: v == ""),
    ("notification-link-backslash", "notification", {"kind": "search_alert", "title": "t", "dedupe_key": "k",
                                                      "link": "/\\evil.example"}, "link", lambda v: v == ""),
    ("notification-link-app", "notification", {"kind": "search_alert", "title": "t", "dedupe_key": "k",
                                               "link": "/jobs/42"}, "link", lambda v: v == "/jobs/42"),
    ("notification-title-crlf", "notification", {"kind": "search_alert", "title": "a\r\nb", "dedupe_key": "k"},
     "title", _no("\r", "\n")),
    ("writingdocument-title", "writingdocument", {"title": "Letter\u202e<b>x</b>", "text": "ok"}, "title",
     _no("\u202e", "<b>")),
    ("resume-text-nul", "resume", {"text": "CV\x00\x01 text", "filename": "cv.pdf"}, "text",
     lambda v: v == "CV text"),
]


@pytest.mark.parametrize("name,table,values,column,ok", CASES, ids=[c[0] for c in CASES])
def test_imported_row_gets_the_guards_of_a_normal_write(name, table, values, column, ok):
    out = import_guards.guard_row(table, dict(values), user_id=U)
    assert out is not None and ok(out.get(column)), (name, out and out.get(column))


SKIPPED_ROWS = [
    ("posting-title-only-markup", "jobposting", _p(title="<script>alert(1)</script>")),
    ("posting-title-empty", "jobposting", _p(title="\u202e\u200b ")),
    ("notification-unknown-kind", "notification", {"kind": "account_locked", "title": "t", "dedupe_key": "k"}),
]


@pytest.mark.parametrize("name,table,values", SKIPPED_ROWS, ids=[c[0] for c in SKIPPED_ROWS])
def test_rows_a_normal_write_refuses_are_skipped(name, table, values):
    assert import_guards.guard_row(table, dict(values), user_id=U) is None


def test_clean_posting_round_trips_unchanged():
    """What the export of a normal private posting holds imports as it was (round trip)."""
    from careercopilot.normalize.html import clean_html

    safe, text = clean_html("<p>Build <b>things</b> &amp; more</p><ul><li>Python</li></ul>")
    row = _p(description_html=safe, description_text=text, apply_url="https://jobs.example/1/apply",
             company_key="acme", title="Senior Engineer (m/w/d)")
    out = import_guards.guard_row("jobposting", dict(row), user_id=U)
    assert {k: out[k] for k in row} == row
