"""Issue 9, finding 7: only absolute http(s) links are stored from feeds and rendered as links.

The hostile table follows the browser's own URL parsing (WHATWG URL Standard: leading/trailing
C0 controls and spaces stripped, tab/newline removed anywhere, scheme case-insensitive) and the
script-link spellings of the OWASP XSS filter evasion cheat sheet.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from careercopilot.normalize.posting import normalize_posting
from careercopilot.normalize.urls import http_url
from careercopilot.schemas import PostingDetail, Sighting
from careercopilot.services.job_detail_views import detail_view

NOW = datetime(2026, 9, 26, tzinfo=timezone.utc)

HOSTILE = [
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    "JAVASCRIPT:alert(1)",
    " javascript:alert(1)",
    "\x00javascript:alert(1)",
    "\x01\x02javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\rscript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "javascript&colon;alert(1)",
    "\u200bjavascript:alert(1)",
    "javascript://%0aalert(1)",
    "javascript://example.com/%0aalert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "file:///etc/passwd",
    "ftp://example.com/job",
    "mailto:jobs@example.com",
    "//evil.example/apply",
    "/jobs/1",
    "apply.html",
    "https://",
    "http:///path-only",
    "https://[::1",
    "https://exa mple.com/job",
    "https://" + "a" * 2000 + ".com",
    "",
    "   ",
]

SAFE = [
    ("https://boards.greenhouse.io/acme/jobs/1", "https://boards.greenhouse.io/acme/jobs/1"),
    ("HTTPS://Jobs.Example.com/apply?id=1", "HTTPS://Jobs.Example.com/apply?id=1"),
    ("  http://example.com/job\n", "http://example.com/job"),
    ("https://exa\tmple.com/job", "https://example.com/job"),
    ("https://[2001:db8::1]/job", "https://[2001:db8::1]/job"),
    ("https://bücher.example/stelle", "https://bücher.example/stelle"),
]


@pytest.mark.parametrize("value", HOSTILE)
def test_non_http_links_are_refused(value):
    assert http_url(value) is None


@pytest.mark.parametrize(("value", "expected"), SAFE)
def test_http_links_pass_cleaned(value, expected):
    assert http_url(value) == expected


@pytest.mark.parametrize("value", [None, 42, b"https://x.example", ["https://x.example"]])
def test_non_strings_are_refused(value):
    assert http_url(value) is None


@pytest.mark.parametrize("value", HOSTILE[:20])
def test_ingest_drops_script_links_from_feeds(value):
    p = normalize_posting(source="feed", ats_id="1", url=value, apply_url=value, title="Engineer", company="Acme",
                          now=NOW)
    assert p.apply_url is None
    assert p.url == ""


def test_ingest_keeps_http_links():
    p = normalize_posting(source="feed", ats_id="1", url="https://acme.example/jobs/1",
                          apply_url="https://acme.example/jobs/1/apply", title="Engineer", company="Acme", now=NOW)
    assert (p.url, p.apply_url) == ("https://acme.example/jobs/1", "https://acme.example/jobs/1/apply")


@pytest.mark.parametrize("value", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x"])
def test_rows_stored_before_the_fix_render_no_script_link(value):
    detail = PostingDetail(posting_id=1, title="Engineer", company="Acme", url=value, apply_url=value,
                           sightings=[Sighting(source="feed", source_type="feed", url=value)])
    view = detail_view(detail, None, None)
    assert view.apply_href == ""
    assert [s.url for s in view.sightings] == [""]
    detail = detail.model_copy(update={"apply_url": "https://acme.example/apply"})
    assert detail_view(detail, None, None).apply_href == "https://acme.example/apply"
