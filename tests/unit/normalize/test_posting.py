import inspect
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from careercopilot.normalize.location import Location
from careercopilot.normalize.posting import NormalizedPosting, clean_inline, normalize_employment_type, normalize_posting
from careercopilot.normalize.salary import Salary
from careercopilot.normalize.visa import VisaSponsorship

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "job-boards"
NOW = datetime(2026, 9, 26, tzinfo=timezone.utc)
UTC = timezone.utc


def _load(name):
    return json.loads((FIXTURES / name).read_text())


def test_keyword_contract():
    params = inspect.signature(normalize_posting).parameters
    assert list(params) == [
        "source", "ats_id", "url", "title", "company", "apply_url", "location", "work_mode_hint",
        "allowed_regions_hint", "description_html", "description_text", "posted_at", "salary",
        "salary_currency_hint", "employment_type", "department", "tags", "work_hours", "raw", "now",
    ]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params.values())


def test_greenhouse_hourly_real_record():
    g = _load("greenhouse_hourly_pay_range.json")["jobs"][0]
    p = normalize_posting(
        source="greenhouse", ats_id=str(g["id"]), url=g["absolute_url"] + "?gh_src=x&utm_source=y", title=g["title"],
        company=g["company_name"], location=g["location"]["name"], description_html=g["content"],
        posted_at=g["first_published"], salary=g["pay_input_ranges"], employment_type="Contingent Worker",
        department="Bend Studio", raw=g, now=NOW,
    )
    assert p.url == "https://job-boards.greenhouse.io/sonyinteractiveentertainmentglobal/jobs/6166115004"
    assert p.title == "Community Manager (CONTRACT)"
    assert p.company_key == "playstation global"
    assert p.location == Location(country="US", work_mode="remote", allowed_regions=["US"], raw="United States, Remote")
    assert p.salary == Salary(min_amount=36, max_amount=48, currency="USD", period="hour")
    assert p.posted_at == datetime(2026, 9, 25, 15, 32, 40, tzinfo=UTC)
    assert p.posted_before == p.posted_at
    assert p.employment_type == "contract"
    assert p.department == "Bend Studio"
    assert "$36—$48 USD" in p.description_text
    assert "&lt;" not in p.description_html and "<div><p>" in p.description_html
    assert p.dedupe_key == "playstation global|community manager contract|remote:us"
    assert len(p.content_hash) == 64


def test_salary_falls_back_to_description_range():
    g = _load("greenhouse_hourly_pay_range.json")["jobs"][0]
    p = normalize_posting(source="greenhouse", ats_id="1", url="https://x", title="T", company="C",
                          description_html=g["content"], now=NOW)
    assert p.salary == Salary(min_amount=36, max_amount=48, currency="USD", period="hour")


def test_remoteok_real_record():
    r = _load("remoteok.json")[2]
    p = normalize_posting(
        source="remoteok", ats_id=r["id"], url=r["url"], title=r["position"], company=r["company"],
        apply_url=r["apply_url"], location=r["location"] or None, work_mode_hint="remote",
        description_html=r["description"], posted_at=r["epoch"],
        salary={"salary_min": r["salary_min"], "salary_max": r["salary_max"]}, tags=r["tags"], now=NOW,
    )
    assert p.title == "Mecánico Automotriz Diagnóstico y Presupuestos"
    assert p.url == "https://remoteok.com/remote-jobs/remote-mecanico-automotriz-diagnostico-y-presupuestos-workana-1137429"
    assert p.salary is None
    assert p.location == Location(work_mode="remote", allowed_regions=[])
    assert p.posted_at == datetime(2026, 9, 24, 0, 0, 7, tzinfo=UTC)
    assert "vehículos" in p.description_text


def test_ashby_real_record():
    a = _load("ashby.json")["jobs"][0]
    p = normalize_posting(
        source="ashby", ats_id=a["id"], url=a["jobUrl"], apply_url=a["applyUrl"], title=a["title"], company="Linear",
        location=a["location"], work_mode_hint=a["workplaceType"], description_html=a["descriptionHtml"],
        description_text=a["descriptionPlain"], posted_at=a["publishedAt"], salary=a["compensation"],
        employment_type=a["employmentType"], department=a["department"], now=NOW,
    )
    assert p.location == Location(work_mode="remote", allowed_regions=["EUROPE"], raw="Europe")
    assert p.salary is None
    assert p.employment_type == "full_time"
    assert p.posted_at == datetime(2021, 4, 27, 20, 13, 45, 158000, tzinfo=UTC)
    assert p.apply_url == a["applyUrl"]


def test_recruitee_real_record():
    o = _load("recruitee.json")["offers"][0]
    p = normalize_posting(
        source="recruitee", ats_id=str(o["id"]), url=o["careers_url"], apply_url=o["careers_apply_url"],
        title=o["title"], company=o["company_name"], location=o["location"], work_mode_hint="hybrid" if o["hybrid"] else None,
        description_html=o["description"], posted_at=o["created_at"], salary=o["salary"],
        employment_type=o["employment_type_code"], department=o["department"], now=NOW,
    )
    assert p.location == Location(city="Utrecht", region="Utrecht", country="NL", work_mode="hybrid", raw="Utrecht, Utrecht, Netherlands")
    assert p.salary == Salary(min_amount=3750, max_amount=5250, currency="EUR", period="month")
    assert p.posted_at == datetime(2026, 9, 18, 12, 55, 59, tzinfo=UTC)
    assert p.employment_type == "full_time"


def test_allowed_regions_hint_and_text_only_description():
    p = normalize_posting(
        source="x", ats_id="1", url="https://x.example/j/1/", title="  Backend   Engineer ", company="Acme &amp; Co",
        location="Remote", allowed_regions_hint=["European Union", "Germany"],
        description_text="We sponsor work visas.\nSalary: €60k – €80k per year.", posted_at="Posted 30+ Days Ago",
        salary_currency_hint="EUR", employment_type="FULL_TIME", tags=["Python", "python", "", " Go "], now=NOW,
    )
    assert p.title == "Backend Engineer"
    assert p.company == "Acme & Co"
    assert p.company_key == "acme"
    assert p.url == "https://x.example/j/1"
    assert p.location.allowed_regions == ["EU", "DE"]
    assert p.salary == Salary(min_amount=60000, max_amount=80000, currency="EUR", period="year")
    assert p.visa == VisaSponsorship(value="yes", evidence="We sponsor work visas.")
    assert p.posted_at is None
    assert p.posted_before == datetime(2026, 8, 27, tzinfo=UTC)
    assert p.tags == ["Python", "Go"]
    assert p.description_text == "We sponsor work visas.\nSalary: €60k – €80k per year."


def test_content_hash_stable_and_sensitive():
    kw = dict(source="x", ats_id="1", url="https://x", title="T", company="C", description_html="<p>Hello</p>", now=NOW)
    a, b = normalize_posting(**kw), normalize_posting(**{**kw, "description_html": "<p>Hello </p>", "tags": ["z"]})
    c = normalize_posting(**{**kw, "description_html": "<p>Hello world</p>"})
    assert a.content_hash == b.content_hash != c.content_hash


@pytest.mark.parametrize("field", ["source", "ats_id", "title"])
def test_empty_required_fields_raise(field):
    kw = dict(source="x", ats_id="1", url="https://x", title="T", company="C", now=NOW)
    kw[field] = "   "
    with pytest.raises(ValueError):
        normalize_posting(**kw)


def test_result_is_frozen():
    p = normalize_posting(source="x", ats_id="1", url="https://x", title="T", company="C", now=NOW)
    assert isinstance(p, NormalizedPosting)
    with pytest.raises(Exception):
        p.title = "other"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("FullTime", "full_time"), ("FULL_TIME", "full_time"), ("Full-time", "full_time"), ("full time", "full_time"),
        ("Permanent", "full_time"), ("fulltime_permanent", "full_time"), ("PartTime", "part_time"),
        ("PART_TIME", "part_time"), ("Part-time", "part_time"), ("parttime_permanent", "part_time"),
        ("CONTRACTOR", "contract"), ("Contract", "contract"), ("Freelance", "contract"), ("Contingent Worker", "contract"),
        ("INTERN", "internship"), ("Internship", "internship"), ("Werkstudent", "internship"),
        ("TEMPORARY", "temporary"), ("Temp", "temporary"), ("fulltime_fixed_term", "temporary"), ("Seasonal", "temporary"),
        (["OTHER", "PART_TIME"], "part_time"), ("VOLUNTEER", None), ("PER_DIEM", None), ("OTHER", None),
        ("International", None), ("", None), (None, None), (42, None),
    ],
)
def test_normalize_employment_type(value, expected):
    assert normalize_employment_type(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("  Senior\n  Engineer ", "Senior Engineer"), ("R&amp;D Lead", "R&D Lead"), ("MecÃ¡nico", "Mecánico"),
     ("<b>Bold</b> title", "Bold title"), (None, "")],
)
def test_clean_inline(value, expected):
    assert clean_inline(value) == expected


@pytest.mark.parametrize("salary,location,currency", [
    ("$64,000 – $72,000", "Bolton, ON", "CAD"), ("$90k", "Sydney, NSW", "AUD"), ("$100,000", "Austin, TX", "USD"),
    ("USD 100,000", "Toronto, ON", "USD"), ("US$ 100,000", "Toronto, ON", "USD"), ("$90k", "London, UK", "USD"),
])
def test_bare_dollar_means_the_posting_countrys_dollar(salary, location, currency):
    from datetime import datetime, timezone

    from careercopilot.normalize.posting import normalize_posting

    p = normalize_posting(source="x", ats_id="1", url="https://x.example/1", title="Coordinator", company="C",
                          location=location, salary=salary, now=datetime(2026, 11, 29, tzinfo=timezone.utc))
    assert p.salary is not None and p.salary.currency == currency
