"""Pure parsing and interface tests (no sockets): registry, shapes, quirks, query filter."""

from __future__ import annotations

import inspect
import json
import sys
import types
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from careercopilot.connectors import (
    REGISTRY,
    ConnectorError,
    MalformedPayloadError,
    RawPosting,
    SearchQuery,
    Site,
    get_source,
)
from careercopilot.connectors.base import (
    coerce_datetime,
    humanize_token,
    matches_query,
    work_mode,
)
from careercopilot.connectors.jsonld import (
    JsonLdSource,
    extract_job_postings,
    repair_json_strings,
)

FIXTURES = Path(__file__).parents[2] / "fixtures" / "job-boards"
TOKENS = {"workday": "acme/External", "jsonld": "https://careers.example.com/jobs/1"}

CONTRACT = [
    "source", "ats_id", "url", "title", "company", "apply_url", "location", "work_mode_hint", "allowed_regions_hint",
    "description_html", "description_text", "posted_at", "salary", "salary_currency_hint", "employment_type",
    "department", "tags", "work_hours", "raw",
]


def make(key: str, **kw: Any):
    cls = REGISTRY[key]
    return get_source(key, token=TOKENS.get(key, "acme") if cls.token_label else None, **kw)


def test_registry_matches_site_enum_and_module_names() -> None:
    assert set(REGISTRY) == {s.value for s in Site}
    for key, cls in REGISTRY.items():
        assert cls.key == key and cls.__module__ == f"careercopilot.connectors.{key}"
        assert cls.kind in {"ats", "aggregator", "page", "scraper"} and cls.label
        assert cls.verified is (key != "jobspy")
        assert inspect.getdoc(cls) and inspect.getdoc(sys.modules[cls.__module__])


def test_get_source_errors() -> None:
    with pytest.raises(ConnectorError, match="unknown job source 'nope'"):
        get_source("nope")
    with pytest.raises(ConnectorError, match="greenhouse.*needs a board token"):
        get_source(Site.greenhouse)


def test_raw_posting_fields_are_the_normalize_contract() -> None:
    assert list(RawPosting.model_fields) == CONTRACT


def test_normalize_hands_every_field_over(monkeypatch: pytest.MonkeyPatch) -> None:
    captured: dict[str, Any] = {}
    fake = types.ModuleType("careercopilot.normalize.posting")
    fake.normalize_posting = lambda **kw: captured.update(kw) or "normalized"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "careercopilot.normalize.posting", fake)
    posting = make("greenhouse").parse_payload((FIXTURES / "greenhouse.json").read_bytes())[0]
    now = datetime(2026, 10, 1, tzinfo=UTC)
    assert posting.normalize(now=now) == "normalized"
    assert set(captured) == {*CONTRACT, "now"} and captured["now"] is now and captured["title"] == posting.title


@pytest.mark.parametrize("key", sorted(REGISTRY))
def test_wrong_shape_is_malformed(key: str) -> None:
    with pytest.raises(MalformedPayloadError):
        make(key).parse_payload({"unexpected": 1})


def test_greenhouse_pay_input_ranges_pass_through() -> None:
    [posting] = make("greenhouse").parse_payload((FIXTURES / "greenhouse_hourly_pay_range.json").read_text())
    assert posting.salary[0]["min_cents"] == 3600 and posting.salary[0]["max_cents"] == 4800
    assert posting.salary[0]["currency_type"] == "USD"
    assert posting.description_html is None or isinstance(posting.description_html, str)


def test_remoteok_skips_legal_notice_and_zero_salary() -> None:
    data = json.loads((FIXTURES / "remoteok.json").read_text())
    data[1]["salary_min"], data[1]["salary_max"] = 90000, 120000
    postings = make("remoteok").parse_payload(data)
    assert [p.ats_id for p in postings] == ["1137431", "1137429"]
    assert postings[0].salary == {"salary_min": 90000, "salary_max": 120000} and postings[0].salary_currency_hint == "USD"
    assert postings[1].salary is None


def test_rippling_merges_same_id_locations() -> None:
    [posting] = make("rippling").parse_payload((FIXTURES / "rippling.json").read_text())
    assert posting.location == ["San Francisco, CA", "New York, NY"]
    assert len(posting.raw["_duplicates"]) == 1


def test_hackernews_skips_non_posts() -> None:
    data = json.loads((FIXTURES / "hackernews.json").read_text())
    data["children"] += [
        {"id": 1, "text": "Is anyone hiring juniors this month?<p>Asking for a friend.", "created_at": "2026-09-02T00:00:00Z"},
        {"id": 2, "text": None, "deleted": True},
        {"id": 3, "text": "Acme | Staff Engineer | Berlin", "dead": True},
    ]
    postings = make("hackernews").parse_payload(data)
    assert [p.ats_id for p in postings] == ["49522903", "49522912", "49522929"]
    quill = postings[1]
    assert quill.salary == "$150 - 210K USD + equity" and quill.apply_url == "https://quill.co/"
    assert postings[2].company == "Open Education Applications / Neon" and "DUTCH REQUIRED" in postings[2].tags


def test_weworkremotely_splits_company_and_role() -> None:
    postings = make("weworkremotely").parse_payload((FIXTURES / "weworkremotely.rss").read_bytes())
    assert [(p.company, p.title) for p in postings] == [
        ("Fin", "Solutions Architect -Spanish Speaking"),
        ("Toptal", "Power Platform Solutions Architect"),
    ]
    assert postings[0].posted_at == "Fri, 11 Sep 2026 07:30:48 +0000" and "<p>" in postings[0].description_html


def test_jsonld_real_pages() -> None:
    pages = json.loads((FIXTURES / "jsonld_pages.json").read_text())["pages"]
    src = JsonLdSource(token="https://careers.example.com/")
    got = {name: src.parse_payload(page) for name, page in pages.items()}
    assert [p.title for p in got["trakstar"]] == ["Garage Sweeper"]  # raw newlines inside JSON strings
    assert got["meta"][0].company == "Meta" and got["meta"][0].location["jobLocation"][0]["name"] == "Paris, France"
    jazz = got["jazzhr"]  # Organization block + JobPosting block
    assert len(jazz) == 1 and jazz[0].company == "Bath Concepts Independent Dealers"
    assert jazz[0].ats_id == "job_20260811210833_FEDCXWLPVWGG30YU" and jazz[0].employment_type == "CONTRACTOR"
    whole_file = src.parse_payload((FIXTURES / "jsonld_pages.json").read_bytes())  # CLI `ingest --file`
    assert [p.title for p in whole_file] == ["Garage Sweeper", "Research Engineer - FAIR, SGT", jazz[0].title]


def test_jsonld_graph_type_list_and_broken_neighbour_block() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "Careers"},
        {"@type": ["JobPosting"], "title": "Data Engineer", "identifier": {"@type": "PropertyValue", "value": "DE-7"},
         "hiringOrganization": "Umbrella", "employmentType": ["FULL_TIME", "CONTRACTOR"], "jobLocationType": "TELECOMMUTE",
         "applicantLocationRequirements": {"@type": "Country", "name": "Canada"}},
    ]}
    page = (
        '<script type="application/ld+json">{"@type": "JobPosting", "title": </script>'
        f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    )
    [posting] = JsonLdSource(token="https://umbrella.example/careers").parse_payload(page)
    assert (posting.title, posting.ats_id, posting.company) == ("Data Engineer", "DE-7", "Umbrella")
    assert posting.employment_type == "FULL_TIME, CONTRACTOR" and posting.work_mode_hint == "remote"
    assert posting.allowed_regions_hint == ["Canada"] and posting.url == "https://umbrella.example/careers"


def test_jsonld_without_blocks_is_empty_and_all_broken_is_malformed() -> None:
    assert extract_job_postings("<html><body>hi</body></html>") == []
    with pytest.raises(MalformedPayloadError, match="JSON-LD"):
        extract_job_postings('<script type="application/ld+json">{oops</script>')


def test_repair_json_strings_only_touches_strings() -> None:
    assert repair_json_strings('{\n "a": "x\ny\t\\"q\\""\n}') == '{\n "a": "x\\ny\\t\\"q\\""\n}'


def test_jobspy_fixture_and_missing_library(monkeypatch: pytest.MonkeyPatch) -> None:
    src = make("jobspy")
    postings = src.parse_payload((FIXTURES / "jobspy_result.json").read_text())
    assert postings[0].salary == {"min_amount": 140000.0, "max_amount": 175000.0, "currency": "USD", "interval": "yearly"}
    assert postings[0].company == "Example Robotics" and postings[1].work_mode_hint == "remote" and postings[1].salary is None
    monkeypatch.setitem(sys.modules, "jobspy", None)
    with pytest.raises(ConnectorError, match=r"python-jobspy is not installed; pip install python-jobspy"):
        src.fetch()


def test_jobspy_fetch_with_stub_library(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = json.loads((FIXTURES / "jobspy_result.json").read_text())
    calls: dict[str, Any] = {}

    class Frame:
        def to_dict(self, orient: str) -> list[dict[str, Any]]:
            assert orient == "records"
            return rows

    def scrape_jobs(**kw: Any) -> Frame:
        calls.update(kw)
        return Frame()

    monkeypatch.setitem(sys.modules, "jobspy", types.SimpleNamespace(scrape_jobs=scrape_jobs))
    postings = get_source("jobspy", token="indeed, linkedin").fetch(SearchQuery(keywords="engineer", limit=5))
    assert [p.title for p in postings] == ["Machine Learning Engineer", "Senior Data Engineer"]
    assert calls["site_name"] == ["indeed", "linkedin"] and calls["search_term"] == "engineer" and calls["results_wanted"] == 5


def test_lever_eu_region_and_workday_url_token() -> None:
    assert get_source("lever", token="acme", region="eu").base_url == "https://api.eu.lever.co"
    wd = get_source("workday", token="https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite")
    assert (wd.tenant, wd.site, wd.base_url) == ("nvidia", "NVIDIAExternalCareerSite", "https://nvidia.wd5.myworkdayjobs.com")
    with pytest.raises(ConnectorError, match="tenant/site"):
        get_source("workday", token="justatenant")


def test_search_query_filter() -> None:
    postings = make("remotive").parse_payload((FIXTURES / "remotive.json").read_text())
    assert [p.title for p in postings if matches_query(p, SearchQuery(keywords="django"))] == ["Frontend Web Application Developer"]
    assert all(matches_query(p, SearchQuery(remote_only=True)) for p in postings)
    since = SearchQuery(since=datetime(2026, 9, 20, tzinfo=UTC))
    assert [p.ats_id for p in postings if matches_query(p, since)] == ["2091144"]
    onsite = RawPosting(source="x", ats_id="1", url="u", title="t", company="c", work_mode_hint="onsite")
    assert not matches_query(onsite, SearchQuery(remote_only=True))


def test_helpers() -> None:
    assert humanize_token("acme-corp") == "Acme Corp" and humanize_token("Ubisoft2") == "Ubisoft2"
    assert [work_mode(v) for v in ("ON_SITE", "OnSite", "Remote", "hybrid", "unspecified", None)] == [
        "onsite", "onsite", "remote", "hybrid", None, None]
    assert coerce_datetime(1782214185805).year == 2026 and coerce_datetime(1790265606).year == 2026
    assert coerce_datetime("2026-09-18 13:27:28 UTC").tzinfo is not None
    assert coerce_datetime("Posted 30+ Days Ago") is None


def test_jsonld_work_hours_reach_the_posting() -> None:
    """schema.org ``workHours`` (issue 11, trial F7) is handed to the normalizer as text."""
    node = {"@type": "JobPosting", "title": "Barista", "hiringOrganization": {"name": "Acme"},
            "description": "<p>Coffee.</p>", "workHours": "20-30 hours per week", "employmentType": "PART_TIME",
            "baseSalary": {"@type": "MonetaryAmount", "currency": "USD",
                           "value": {"@type": "QuantitativeValue", "minValue": 25, "maxValue": 30, "unitText": "HOUR"}}}
    src = make("jsonld")
    raw = src.map_node(node, page_url="https://careers.example.com/jobs/1", company=None)
    assert raw.work_hours == "20-30 hours per week"
    posting = raw.normalize(now=datetime(2026, 10, 1, tzinfo=UTC))
    assert (posting.weekly_hours_min, posting.weekly_hours, posting.employment_type) == (20.0, 30.0, "part_time")
    assert src.map_node({**node, "workHours": ["8am-5pm", "1st shift"]}, page_url="https://careers.example.com/jobs/1", company="A").work_hours == \
        "8am-5pm; 1st shift"
    assert src.map_node({**node, "workHours": 40}, page_url="https://careers.example.com/jobs/1", company="A").work_hours is None
