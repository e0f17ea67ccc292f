"""Plain posting fields (title, company, location) keep no markup (trial: a clipped title
"Python Dev <script>window.__xss=2</script>" became "Python Dev window.__xss=2"; a location
kept a raw ``<img onerror=…>``), no script/style text and no control characters."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from careercopilot.normalize.posting import clean_inline, clean_location_value
from careercopilot.services.clips import parse_clip

NOW = datetime(2026, 12, 1, tzinfo=UTC)


@pytest.mark.parametrize("raw,want", [
    ("Python Dev <script>window.__xss=2</script>", "Python Dev"),
    ("Python Dev <SCRIPT type='text/javascript'>window.__xss=2</SCRIPT >", "Python Dev"),
    ("Python Dev &lt;script&gt;window.__xss=2&lt;/script&gt;", "Python Dev"),  # entity-encoded markup
    ("Python Dev &amp;lt;b&amp;gt;x", "Python Dev &lt;b&gt;x"),  # double-encoded: one decode only
    ("Python Dev <style>.a{color:red}</style>", "Python Dev"),
    ("Python Dev <noscript>enable JS</noscript><template>tpl</template>", "Python Dev"),
    ("Python Dev <svg><text>svgtext</text></svg>", "Python Dev"),
    ("Python Dev <script>never closed", "Python Dev"),
    ("Berlin <img src=x onerror=alert(1)>", "Berlin"),
    ("<b>Senior</b> Dev", "Senior Dev"),
    ("C++ & Go <br/> Engineer", "C++ & Go Engineer"),
    ("Nurse\x00 RN\x1b[31m", "Nurse RN"), ("Dev\x00\x07\x7fOps", "DevOps"),
    ("Tab\tand\nnewline", "Tab and newline"),
])
def test_clean_inline_drops_markup_script_text_and_controls(raw, want):
    assert clean_inline(raw) == want


def test_location_values_of_every_shape_are_cleaned():
    assert clean_location_value("Berlin <img src=x onerror=alert(1)>") == "Berlin"
    assert clean_location_value(["Paris<script>x()</script>", "Remote"]) == ["Paris", "Remote"]
    assert clean_location_value({"addressLocality": "Lyon<b>!</b>", "n": 1}) == {"addressLocality": "Lyon !", "n": 1}


def _node(**fields) -> dict:
    return {"@context": "https://schema.org", "@type": "JobPosting", "datePosted": "2026-11-30",
            "description": "<p>" + "Build Python services with PostgreSQL. " * 10 + "</p>", **fields}


def _page(node: dict) -> str:
    ld = json.dumps(node).replace("</", "<\\/")  # as a page writes it inside <script>
    return f'<html><head><script type="application/ld+json">{ld}</script></head><body></body></html>'


@pytest.mark.parametrize("fields", [
    dict(title="Python Dev <script>window.__xss=2</script>",
         hiringOrganization={"@type": "Organization", "name": "Acme<style>.x{}</style>"},
         jobLocation={"@type": "Place", "address": {"@type": "PostalAddress",
                                                    "addressLocality": "Berlin <img src=x onerror=alert(1)>",
                                                    "addressCountry": "DE"}}),
    dict(title="Python Dev &lt;script&gt;window.__xss=2&lt;/script&gt;",
         hiringOrganization={"@type": "Organization", "name": "Acme"},
         jobLocation={"@type": "Place", "address": "Berlin <img src=x onerror=alert(1)>, Germany"}),
])
def test_clipped_posting_fields_are_plain(fields):
    for kw in (dict(html=_page(_node(**fields))), dict(json_ld=_node(**fields))):
        p = parse_clip(url="https://jobs.example.com/1", now=NOW, **kw)
        assert p.title == "Python Dev" and p.company.startswith("Acme")
        shown = f"{p.title} {p.company} {p.location.raw} {p.location.city}"
        for bad in ("xss", "<", "onerror", ".x{}"):
            assert bad not in shown, (bad, shown)
