"""Issue 10 trial finding: a truncated posting description ("Your goal: <strong>tur") turned the
rest of the job page bold. Stored HTML is sanitized again for display, which closes unbalanced
markup (nh3/html5ever); a table of truncation variants."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from careercopilot.normalize.html import display_html
from careercopilot.schemas import PostingDetail
from careercopilot.services.job_detail_views import detail_view

VOID = {"br", "hr", "img", "wbr", "col", "area", "source"}


class _Balance(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack: list[str] = []
        self.ok = True

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.ok = False
        else:
            self.stack.pop()


def _balanced(html: str) -> bool:
    p = _Balance()
    p.feed(html)
    p.close()
    return p.ok and not p.stack


@pytest.mark.parametrize("stored", [
    "Your goal: <strong>tur",
    "<p>Intro <em>emphasis and <b>bold",
    "<ul><li>Python<li>SQL",
    "<p>Apply at <a href=\"https://example.com/jobs/1\">our site",
    "<b><i>misnested</b></i> after",
    "<h2>Benefits</h2><p>Health <strong",  # cut inside a tag
    "<table><tr><td>Salary<td>$100k",
    "<div><p>nested <span>deep",
    "<p>fine</p>",
])
def test_display_html_is_balanced(stored):
    out = display_html(stored)
    assert _balanced(out), out
    assert "<script" not in out


def test_job_detail_view_closes_a_truncated_strong():
    detail = PostingDetail(posting_id=1, title="Engineer", company="Acme", url="https://acme.example/1",
                           description_html="<p>Your goal: <strong>tur")
    html = detail_view(detail, None, None).description_html
    assert html.endswith("</strong></p>") and _balanced(html)


def test_display_html_still_removes_hostile_markup():
    out = display_html('<img src=x onerror="alert(1)"><script>alert(2)</script><p>ok')
    assert "onerror" not in out and "script" not in out and out.endswith("<p>ok</p>")
