"""nyc_jobs and linkedin_dataset connectors on their recorded real rows (demo feed files)
and on malformed input (a real column-shifted NYC export, junk payloads)."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from careercopilot.connectors import REGISTRY, MalformedPayloadError, get_source
from careercopilot.connectors.datasets import column_key, dataset_rows

ROOT = Path(__file__).resolve().parents[3]
DEMO = ROOT / "careercopilot" / "data" / "demo_feed"
FIXTURES = ROOT / "tests" / "fixtures" / "job-boards"


def test_both_are_registered():
    assert {"nyc_jobs", "linkedin_dataset"} <= set(REGISTRY)


def test_nyc_rows_map_every_field():
    c = get_source("nyc_jobs")
    raws = c.finalize(c.parse_payload((DEMO / "nyc_jobs.jsonl").read_bytes()))
    assert len(raws) == 303
    r = raws[0]
    assert (r.ats_id, r.title, r.company) == ("175362", "Clerical Associate, Bureau of Vital Statistics",
                                              "NYC Dept Of Health/Mental Hygiene")
    assert r.salary == {"min": "32086.0", "max": "51981.0", "currency": "USD", "period": "Annual"}
    assert r.employment_type == "Full-time" and "JobOpeningId=175362" in r.url
    p = r.normalize(now=datetime(2019, 12, 17, tzinfo=timezone.utc))
    assert (p.salary.min_amount, p.salary.max_amount, p.salary.period) == (32086.0, 51981.0, "year")
    assert [(pl["name"], pl["region"]) for pl in p.places] == [("New York City", "NY")]
    assert "Minimum qualifications" in p.description_html and "â€" not in p.description_text  # mojibake repaired


def test_nyc_socrata_api_field_names_read_the_same():
    row = json.loads((DEMO / "nyc_jobs.jsonl").read_text().splitlines()[1])
    api_row = {column_key(k): v for k, v in row.items()}  # the Socrata API's snake_case names
    c = get_source("nyc_jobs")
    (a,), (b,) = c.parse_payload([row]), c.parse_payload(json.dumps([api_row]))
    assert (a.ats_id, a.title, a.salary, a.posted_at) == (b.ats_id, b.title, b.salary, b.posted_at)


def test_nyc_column_shifted_rows_are_read_without_crashing():
    c = get_source("nyc_jobs")
    raws = c.parse_payload((FIXTURES / "nyc_jobs_column_shifted.jsonl").read_bytes())
    assert len(raws) == 3
    for r in raws:
        p = r.normalize(now=datetime(2019, 12, 17, tzinfo=timezone.utc))
        assert p.title and p.posted_at is None  # "Posting Date" holds text: no date invented


def test_linkedin_rows_map_every_field():
    c = get_source("linkedin_dataset")
    raws = c.finalize(c.parse_payload((DEMO / "linkedin_dataset.jsonl").read_bytes()))
    assert len(raws) == 664
    r = raws[0]
    assert (r.ats_id, r.title, r.company, r.location) == ("1755471110", "Front Desk Administrator", "NeuroJust",
                                                          "Metairie, LA")
    assert r.posted_at == 1713550000000 and r.url.startswith("https://www.linkedin.com/jobs/view/1755471110")
    paid = [x for x in raws if x.salary]
    assert paid and all(x.salary["period"] in ("hour", "day", "week", "month", "year") for x in paid)


def test_linkedin_biweekly_pay_becomes_weekly():
    row = {"job_id": "1", "title": "Nurse", "company_name": "A", "min_salary": "3000", "max_salary": "3400",
           "pay_period": "BIWEEKLY", "currency": "USD", "job_posting_url": "https://www.linkedin.com/jobs/view/1/"}
    (r,) = get_source("linkedin_dataset").parse_payload([row])
    assert r.salary == {"min": 1500.0, "max": 1700.0, "currency": "USD", "period": "week"}


def test_linkedin_csv_export_reads_like_json_lines():
    import csv
    import io

    rows = [json.loads(x) for x in (DEMO / "linkedin_dataset.jsonl").read_text().splitlines()[:5]]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]))
    w.writeheader()
    w.writerows(rows)
    c = get_source("linkedin_dataset")
    assert [r.model_dump() for r in c.parse_payload(buf.getvalue())] == [r.model_dump() for r in c.parse_payload(rows)]


@pytest.mark.parametrize("payload", [b'{"a": 1}\n{not json', b"\x00\x01", 42 and b"[1, 2]"])
def test_junk_payloads_are_clear_errors(payload):
    with pytest.raises(MalformedPayloadError):
        dataset_rows(payload, what="rows")


def test_rows_without_id_or_title_are_skipped():
    c = get_source("linkedin_dataset")
    assert c.parse_payload([{"job_id": "", "title": "x"}, {"job_id": "2", "title": ""}]) == []
