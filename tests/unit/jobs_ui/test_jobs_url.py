"""Issue 10 trial findings: the Jobs page's search and filters live in the URL (bookmark, reload,
Back), and an empty search box really clears the search."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from careercopilot.state.jobs import _EMPTY_FORM, form_from_url, jobs_url


def _params(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def test_defaults_give_the_bare_path():
    assert jobs_url("", dict(_EMPTY_FORM)) == "/jobs"
    assert jobs_url("   ", dict(_EMPTY_FORM), page=1) == "/jobs"


def test_search_filters_and_page_round_trip():
    form = {**_EMPTY_FORM, "work_mode": "remote", "country": "DE", "salary_floor": "80000", "visa_only": "on",
            "posted_within": "7", "source": "greenhouse"}
    url = jobs_url("data engineer & ML", form, page=3)
    assert _params(url) == {"q": ["data engineer & ML"], "mode": ["remote"], "country": ["DE"], "salary": ["80000"],
                            "visa": ["on"], "posted": ["7"], "source": ["greenhouse"], "page": ["3"]}
    flat = {k: v[0] for k, v in _params(url).items()}
    assert form_from_url(flat) == ("data engineer & ML", form, 3)


def test_cleared_search_leaves_the_url():
    form = {**_EMPTY_FORM, "work_mode": "hybrid"}
    assert "q" not in _params(jobs_url("", form))
    assert form_from_url({"mode": "hybrid"}) == ("", form, 1)


def test_hostile_or_odd_parameters_are_capped_and_ignored():
    query, form, page = form_from_url({"q": "x" * 5000, "page": "-4", "evil": "1", "country": "y" * 500})
    assert len(query) == 200 and page == 1 and len(form["country"]) == 40 and "evil" not in form
    assert form_from_url({"page": "abc"})[2] == 1
    assert form_from_url({"page": "99999999"})[2] == 10_000
