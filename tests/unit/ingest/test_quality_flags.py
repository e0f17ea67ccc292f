"""Implausible pay and stale postings are flagged at ingest, for every source, and hidden
from listings by default (issue 11); the row and its flag are kept."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlmodel import select

from careercopilot.models import JobPosting
from careercopilot.normalize.posting import normalize_posting
from careercopilot.services import ingest, job_views
from careercopilot.services.matching.common import _listable
from careercopilot.services.matching.reads import quality_notes

NOW = datetime(2026, 9, 18, 12, 0, tzinfo=timezone.utc)


def posting(ats_id, **kw):
    base = dict(source="remoteok", ats_id=ats_id, url=f"https://example.org/{ats_id}", title="Registered Nurse",
                company="Acme Health", location="Denver, CO", description_html="<p>Patient care.</p>", now=NOW)
    return normalize_posting(**{**base, **kw})


def test_flagged_postings_are_stored_and_hidden(session, make_source, users):
    _, alice, _ = users
    src = make_source("remoteok", None)
    batch = [
        posting("ok", salary={"min": 38, "max": 45, "currency": "USD", "period": "hour"}),
        posting("cent", salary={"min": 0.01, "max": 0.01, "currency": "USD", "period": "hour"}),
        posting("mixed", salary="$16.9 - $39,520"),
        posting("old", posted_at="2021-04-01T00:00:00Z"),
    ]
    ingest.upsert_postings(session=session, source_id=src.id, postings=batch, now=NOW)
    session.commit()
    rows = {r.ats_id: r for r in session.exec(select(JobPosting))}
    assert len(rows) == 4
    assert not rows["ok"].is_flagged and rows["ok"].salary_min == 38
    assert rows["cent"].is_flagged and rows["cent"].salary_min is None
    assert [f["kind"] for f in rows["mixed"].quality_flags] == ["pay_inconsistent"]
    assert [f["kind"] for f in rows["old"].quality_flags] == ["stale"]
    assert [pid for pid in rows if _listable(rows[pid], alice.id)] == ["ok"]
    assert quality_notes(rows["cent"].quality_flags)[0].startswith("Pay looks like a placeholder: USD 0.01")
    # the Jobs page's own SQL filter hides them too
    ids = set(session.exec(select(JobPosting.ats_id).where(*job_views._listable_where(alice.id))))
    assert ids == {"ok"}


def test_places_of_a_multi_location_posting_are_stored(session, make_source):
    src = make_source("greenhouse", "acme")
    ingest.upsert_postings(session=session, source_id=src.id,
                           postings=[posting("m", location=["Denver, CO", "Toronto, ON"])], now=NOW)
    session.commit()
    row = session.exec(select(JobPosting)).one()
    assert [(p["name"], p["region"], p["country"]) for p in row.places] == [("Denver", "CO", "US"),
                                                                              ("Toronto", "ON", "CA")]


def test_browse_country_filter_reads_every_place(session, make_source, users):
    """Issue 11 observation 9, on the SQL browse path (users without a resume)."""
    from careercopilot.schemas import JobFilters

    _, alice, _ = users
    src = make_source("greenhouse", "multi")
    ingest.upsert_postings(session=session, source_id=src.id, now=NOW, postings=[
        posting("us-ca", location=["Denver, CO", "Toronto, ON"]),
        posting("latam", location="Remote - LATAM, Canada, USA"),
        posting("de", location="Berlin, Germany"),
    ])
    session.commit()

    def ids(cc):
        cards, _ = job_views.browse_postings(session=session, user_id=alice.id, filters=JobFilters(country=cc), now=NOW)
        return sorted(session.get(JobPosting, c.posting_id).ats_id for c in cards)

    assert ids("CA") == ["latam", "us-ca"]
    assert ids("BR") == ["latam"]
    assert ids("DE") == ["de"]
