"""Upsert identity, idempotence, lifecycle and cross-source dedupe on SQLite."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlmodel import select

from careercopilot.models import JobPosting, PostingSighting
from careercopilot.normalize.posting import normalize_posting
from careercopilot.services import ingest, ingest_closing

NOW = datetime(2026, 9, 18, 12, 0, tzinfo=timezone.utc)


def posting(ats_id, title="Senior Backend Engineer", company="Acme Inc.", location="Berlin, Germany",
            url=None, source="greenhouse", description="<p>Build APIs in Python.</p>"):
    return normalize_posting(
        source=source, ats_id=ats_id, url=url or f"https://boards.example.com/{source}/{ats_id}",
        title=title, company=company, location=location, description_html=description, now=NOW,
    )


def test_first_sync_inserts_then_rerun_changes_nothing(session, make_source):
    src = make_source()
    batch = [posting("1"), posting("2", title="Data Analyst")]
    first = ingest.upsert_postings(session=session, source_id=src.id, postings=batch, now=NOW)
    session.commit()
    assert (first.new, first.updated, first.unchanged) == (2, 0, 0)
    again = ingest.upsert_postings(session=session, source_id=src.id, postings=batch, now=NOW)
    session.commit()
    assert (again.new, again.updated, again.unchanged) == (0, 0, 2)
    assert len(session.exec(select(JobPosting)).all()) == 2
    assert len(session.exec(select(PostingSighting)).all()) == 2


def test_changed_field_counts_as_updated_and_is_stored(session, make_source):
    src = make_source()
    ingest.upsert_postings(session=session, source_id=src.id, postings=[posting("1")], now=NOW)
    session.commit()
    stats = ingest.upsert_postings(session=session, source_id=src.id,
                                   postings=[posting("1", description="<p>Now with Rust.</p>")], now=NOW)
    session.commit()
    assert (stats.new, stats.updated) == (0, 1)
    row = session.exec(select(JobPosting)).one()
    session.refresh(row)
    assert row.description_text == "Now with Rust."


@pytest.mark.parametrize(
    "description, text",
    [
        ("&lt;p&gt;Range&amp;nbsp;$36&amp;mdash;$48&lt;/p&gt;", "Range $36—$48"),  # Greenhouse entity-encoded
        ('<p onclick="x()">Build <b>APIs</b></p><script>alert(1)</script><style>p{}</style>', "Build APIs"),
    ],
)
def test_description_stored_as_sanitized_html_and_text(session, make_source, description, text):
    src = make_source()
    ingest.upsert_postings(session=session, source_id=src.id, postings=[posting("1", description=description)], now=NOW)
    session.commit()
    row = session.exec(select(JobPosting)).one()
    assert "script" not in row.description_html and "onclick" not in row.description_html
    assert "&lt;" not in row.description_html and "<p>" in row.description_html
    assert row.description_text == text


def test_repeated_ats_id_in_one_batch_keeps_first(session, make_source):
    src = make_source()
    stats = ingest.upsert_postings(session=session, source_id=src.id,
                                   postings=[posting("1"), posting("1", title="Other")], now=NOW)
    session.commit()
    assert stats.new == 1
    assert session.exec(select(JobPosting.title)).one() == "Senior Backend Engineer"


def test_missing_posting_is_closed_not_deleted_and_reopens(session, make_source):
    src = make_source()
    ingest.upsert_postings(session=session, source_id=src.id, postings=[posting("1"), posting("2", title="QA")], now=NOW)
    closed = ingest_closing.close_missing(session=session, source_id=src.id, seen_ats_ids={"1"}, now=NOW)
    session.commit()
    assert closed == 1
    rows = {r.ats_id: r for r in session.exec(select(JobPosting)).all()}
    assert rows["2"].is_open is False and rows["2"].closed_at == NOW
    assert rows["1"].is_open is True
    stats = ingest.upsert_postings(session=session, source_id=src.id, postings=[posting("2", title="QA")], now=NOW)
    session.commit()
    assert stats.updated == 1
    row = session.exec(select(JobPosting).where(JobPosting.ats_id == "2")).one()
    session.refresh(row)
    assert row.is_open and row.closed_at is None


def test_same_source_different_ats_ids_never_merged(session, make_source):
    src = make_source()
    stats = ingest.upsert_postings(session=session, source_id=src.id,
                                   postings=[posting("1"), posting("2")], now=NOW)  # same company/title/location
    session.commit()
    assert stats.new == 2 and stats.duplicates == 0
    assert all(r.duplicate_of_id is None for r in session.exec(select(JobPosting)).all())


@pytest.mark.parametrize(
    "other",
    [
        dict(title="Senior Backend Engineer", company="ACME, Inc", location="Berlin, Germany"),  # same dedupe key
        dict(title="Backend Engineer, Senior", company="Acme GmbH", location="Berlin"),  # fuzzy: word order, suffix
        dict(title="Totally different", company="Other Co", location="Paris",
             url="https://boards.example.com/greenhouse/1?utm_source=x&gh_src=y"),  # same canonical URL
    ],
)
def test_cross_source_duplicate_points_at_canonical_with_sighting(session, make_source, other):
    a = make_source("greenhouse", "acme")
    b = make_source("remotive", None)
    ingest.upsert_postings(session=session, source_id=a.id, postings=[posting("1")], now=NOW)
    session.commit()
    stats = ingest.upsert_postings(session=session, source_id=b.id,
                                   postings=[posting("r-9", source="remotive", **other)], now=NOW)
    session.commit()
    assert stats.duplicates == 1
    canonical = session.exec(select(JobPosting).where(JobPosting.source_id == a.id)).one()
    dup = session.exec(select(JobPosting).where(JobPosting.source_id == b.id)).one()
    assert dup.duplicate_of_id == canonical.id and canonical.duplicate_of_id is None
    sightings = session.exec(select(PostingSighting).where(PostingSighting.posting_id == canonical.id)).all()
    assert {(s.source_id, s.ats_id) for s in sightings} == {(a.id, "1"), (b.id, "r-9")}


@pytest.mark.parametrize(
    "other",
    [
        dict(title="Frontend Engineer"),
        dict(title="Junior Backend Engineer"),
        dict(location="Paris, France"),
        dict(company="Globex"),
    ],
)
def test_different_jobs_are_not_duplicates(session, make_source, other):
    a = make_source("greenhouse", "acme")
    b = make_source("remotive", None)
    ingest.upsert_postings(session=session, source_id=a.id, postings=[posting("1")], now=NOW)
    stats = ingest.upsert_postings(session=session, source_id=b.id, postings=[posting("r-1", source="remotive", **other)],
                                   now=NOW)
    session.commit()
    assert stats.duplicates == 0


def test_fingerprint_ignores_nothing_that_is_stored():
    base = ingest.posting_row(posting("1"), source_id=1)
    assert base["fingerprint"] == ingest.posting_row(posting("1"), source_id=1)["fingerprint"]
    assert base["fingerprint"] != ingest.posting_row(posting("1", location="Munich"), source_id=1)["fingerprint"]


def test_long_values_are_cut_to_column_lengths():
    row = ingest.posting_row(posting("1", title="x" * 900), source_id=1)
    assert len(row["title"]) == 500
