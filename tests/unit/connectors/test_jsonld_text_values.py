"""JSON-LD text properties that are lists, value objects or other non-strings (attack145 finding 4,
session 32): the posting gets their text, never a Python repr.

Old code (63bebf9): 9 of the 14 rows of :data:`VARIANTS` stored a repr (``"['Senior Engineer',
'Ingeniero']"``, ``"{'@value': 'Data Engineer', …}"``, ``"True"``) or a non-text value; the plain
rows held.
"""

from __future__ import annotations

import json

import pytest

from careercopilot.connectors.jsonld import JsonLdSource


def _page(node: dict) -> str:
    base = {"@context": "https://schema.org", "@type": "JobPosting", "description": "<p>Build pipelines.</p>",
            "hiringOrganization": {"@type": "Organization", "name": "Acme"}, "title": "Engineer",
            "datePosted": "2026-11-20"}
    return ('<html><head><script type="application/ld+json">' + json.dumps(base | node)
            + "</script></head><body></body></html>")


#: (label, JobPosting properties, field, expected value)
VARIANTS = [
    ("title as a list", {"title": ["Senior Engineer", "Ingeniero"]}, "title", "Senior Engineer"),
    ("title as a value object", {"title": {"@value": "Data Engineer", "@language": "en"}}, "title", "Data Engineer"),
    ("title as a list of value objects", {"title": [{"@value": "Analyst", "@language": "en"}]}, "title", "Analyst"),
    ("title a boolean, name given", {"title": True, "name": "Welder"}, "title", "Welder"),
    ("title a bare object, name given", {"title": {"x": 1}, "name": "Nurse"}, "title", "Nurse"),
    ("company name as a list", {"hiringOrganization": {"name": ["Acme", "Acme GmbH"]}}, "company", "Acme"),
    ("company as a list of organizations", {"hiringOrganization": [{"name": "Beta"}, {"name": "Gamma"}]},
     "company", "Beta"),
    ("company name as a value object", {"hiringOrganization": {"name": {"@value": "Delta"}}}, "company", "Delta"),
    ("department as a list", {"occupationalCategory": ["15-1252.00", "Software"]}, "department", "15-1252.00"),
    ("currency as a list", {"salaryCurrency": ["EUR"]}, "salary_currency_hint", "EUR"),
    ("employment type list with a non-text", {"employmentType": ["FULL_TIME", {"a": 1}]}, "employment_type",
     "FULL_TIME"),
    ("plain title", {"title": "Plumber"}, "title", "Plumber"),
    ("plain company", {"hiringOrganization": {"name": "Omega"}}, "company", "Omega"),
    ("numeric identifier", {"identifier": 12345}, "ats_id", "12345"),
]


@pytest.mark.parametrize("label,node,field,expected", VARIANTS, ids=[v[0] for v in VARIANTS])
def test_jsonld_text_values_are_read_as_text(label, node, field, expected):
    (posting,) = JsonLdSource(token="https://jobs.example.com/").parse_payload(_page(node), page_url="https://jobs.example.com/p/1")
    value = getattr(posting, field)
    assert value == expected
    assert "[" not in str(value) and "{" not in str(value)


def test_a_description_that_is_no_text_is_dropped_not_repr():
    (posting,) = JsonLdSource(token="https://jobs.example.com/").parse_payload(_page({"description": {"@type": "Thing"}, "responsibilities": ["<p>Weld.</p>"]}),
                                              page_url="https://jobs.example.com/p/2")
    assert "Thing" not in (posting.description_html or "") and "<p>Weld.</p>" in posting.description_html
