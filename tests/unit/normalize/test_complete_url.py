"""Issue 10 trial finding: a URL typed without https:// was refused instead of completed."""

from __future__ import annotations

import pytest

from careercopilot.normalize.urls import complete_url
from careercopilot.services import applications as svc
from careercopilot.services import url_import


@pytest.mark.parametrize("typed,expected", [
    ("acme.example/jobs/1", "https://acme.example/jobs/1"),
    ("  www.acme.example  ", "https://www.acme.example"),
    ("boards.greenhouse.io/acme/jobs/123?gh_src=x", "https://boards.greenhouse.io/acme/jobs/123?gh_src=x"),
    ("jobs.lever.co/acme#apply", "https://jobs.lever.co/acme#apply"),
    ("localhost:8080/x", "https://localhost:8080/x"),
    ("acme.example:8443/jobs", "https://acme.example:8443/jobs"),
    ("//cdn.acme.example/a", "https://cdn.acme.example/a"),
    ("http://acme.example/a", "http://acme.example/a"),
    ("https://acme.example/a", "https://acme.example/a"),
    ("HTTPS://ACME.EXAMPLE", "HTTPS://ACME.EXAMPLE"),
    # not a host: left alone for the caller's validation to refuse
    ("jobs at acme", "jobs at acme"),
    ("javascript:alert(1)", "javascript:alert(1)"),
    ("mailto:a@b.example", "mailto:a@b.example"),
    ("user@acme.example", "user@acme.example"),
    ("acme", "acme"),
    ("ftp://acme.example/x", "ftp://acme.example/x"),
    ("", ""),
    (None, ""),
])
def test_complete_url(typed, expected):
    assert complete_url(typed) == expected


def test_tracker_and_url_import_complete_a_bare_host():
    assert svc.clean_url("acme.example/jobs/7") == "https://acme.example/jobs/7"
    assert url_import.check_url("acme.example/jobs/7") == "https://acme.example/jobs/7"
    with pytest.raises(svc.TrackerError):
        svc.clean_url("javascript:alert(1)")
    with pytest.raises(svc.TrackerError):
        svc.clean_url("jobs at acme")
