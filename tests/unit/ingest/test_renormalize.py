"""``renormalize`` re-runs ``normalize_posting`` on each posting's STORED INPUTS (revision 0017):
with today's normalizers it changes nothing that ingest just wrote, whatever the reading depended
on (relative dates and the sync time, source hints, entity-encoded HTML, structured pay, demo date
shifts); after a normalizer change it changes exactly the affected rows; a second run changes 0.

The variant table lists readings that the stored OUTPUTS cannot reproduce (the reverted
``renormalize`` of 2b2fde9 re-read those and changed 448 of 1,005 fresh postings)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from careercopilot.connectors import RawPosting
from careercopilot.models import JobPosting
from careercopilot.normalize import posting as posting_module
from careercopilot.services import ingest, ingest_normalize, ingest_sync, posting_inputs, sources, url_import
from careercopilot.services.renormalize import renormalize_postings

#: The sync time: 40 days before the run, so readings relative to "now" would move.
T0 = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(days=40)


def _raw(ats_id: str, **fields) -> RawPosting:
    base = dict(source="greenhouse", ats_id=ats_id, url=f"https://boards.example.com/acme/jobs/{ats_id}",
                title="Backend Engineer", company="Acme", location="Berlin, Germany",
                description_html="<p>Build APIs in Python.</p>")
    return RawPosting(**{**base, **fields})


#: (id, RawPosting fields) — one kind: a reading that depends on more than the stored outputs.
VARIANTS = [
    ("relative-date", {"posted_at": "3 days ago"}),
    ("stale-near-threshold", {"posted_at": (T0 - timedelta(days=170)).isoformat()}),
    ("epoch-ms", {"posted_at": int((T0 - timedelta(days=2)).timestamp() * 1000)}),
    ("datetime-object", {"posted_at": T0 - timedelta(days=1, hours=3)}),
    ("entity-encoded-html", {"description_html": "&lt;p&gt;Range&amp;nbsp;$36&amp;mdash;$48 an hour&lt;/p&gt;"}),
    ("text-only-description", {"description_html": None, "description_text": "Pay: €50,000 – €60,000 a year."}),
    ("structured-salary", {"salary": {"min": 50, "max": 60, "currency": "USD", "period": "HOUR"}}),
    ("salary-text-with-hint", {"salary": "50000-60000", "salary_currency_hint": "EUR"}),
    ("salary-in-description-other-period", {"description_html": "<p>We pay $8,000 - $9,000 per month.</p>"}),
    ("work-mode-hint", {"work_mode_hint": "remote"}),
    ("allowed-regions-hint", {"location": "Remote", "allowed_regions_hint": ["Europe", "UK"]}),
    ("json-ld-location", {"location": {"jobLocationType": "TELECOMMUTE",
                                       "applicantLocationRequirements": {"@type": "Country", "name": "Germany"}}}),
    ("multi-location", {"location": ["Berlin, Germany", "Munich, Germany"]}),
    ("employment-type-raw", {"employment_type": "FULL_TIME"}),
    ("tags-duplicates", {"tags": ["Python", "python", " Go "]}),
    ("company-entities", {"company": "Acme &amp; Co.", "title": "  Senior  Engineer "}),
    ("apply-url-javascript", {"apply_url": "javascript:alert(1)"}),
    ("implausible-pay", {"salary": "$5 - $6 per year"}),
    ("placeholder-pay-and-stale", {"salary": "$1 – $5 / year", "posted_at": (T0 - timedelta(days=316)).isoformat()}),
    ("escaped-markup-in-html", {"description_html": '<p>&lt;p class=&quot;tw-b&quot; style=&quot;x: 0&quot;&gt;'
                                                    "Hi&lt;/p&gt;</p>"}),
    ("quotes-in-html", {"description_html": '<p>We\'re "remote-first" &amp; async.</p><ul><li>one</li></ul>'}),
    ("pay-dict-string-amounts", {"salary": {"currency": "USD", "max": "35098.0", "min": "30580.0",
                                            "period": "Annual"}}),
    ("pay-dict-and-other-pay-in-text", {"salary": {"currency": "USD", "min": 55000.0, "max": 65000.0,
                                                   "period": "year"},
                                        "description_html": "<p>Bonus: $5,000 - $6,000 per month.</p>"}),
    ("weekly-hours-structured", {"work_hours": "20-30 hours per week", "salary": "$25 - $30 per hour"}),
    ("weekly-hours-in-text", {"description_html": "<p>Part-time, 24–32 hours/week, $25–30/hr</p>"}),
]


def _ingest(session, source_id: int, raws: list[RawPosting], *, now: datetime = T0) -> None:
    postings, skipped = ingest_normalize.normalize_all(raws, now=now, quiet=True, workers=1)
    assert skipped == 0
    ingest.upsert_postings(session=session, source_id=source_id, postings=postings, now=now)
    session.commit()


@pytest.mark.parametrize("fields", [v[1] for v in VARIANTS], ids=[v[0] for v in VARIANTS])
def test_fresh_ingest_is_reproduced_exactly(session, make_source, fields):
    src = make_source()
    _ingest(session, src.id, [_raw("1", **fields)])
    stats = renormalize_postings()
    assert (stats.read, stats.changed, stats.skipped, stats.failed) == (1, 0, 0, 0), dict(stats.fields)


def _patched_employment(monkeypatch):
    """A deliberate change of one normalizer: every full-time posting reads as temporary."""
    original = posting_module.normalize_employment_type
    monkeypatch.setattr(posting_module, "normalize_employment_type",
                        lambda v: "temporary" if original(v) == "full_time" else original(v))


def test_a_changed_normalizer_changes_exactly_the_affected_rows_once(session, make_source, monkeypatch):
    src = make_source()
    raws = [_raw(str(i), employment_type=t, title=f"Engineer {i}")
            for i, t in enumerate(["Full-time", "FULL_TIME", "Part-time", None, "Contract", "permanent"])]
    _ingest(session, src.id, raws)
    session.exec(select(JobPosting)).all()
    for p in session.exec(select(JobPosting)):
        p.index_pending = False
        session.add(p)
    session.commit()
    full_time = set(session.exec(select(JobPosting.id).where(JobPosting.employment_type == "full_time")).all())
    assert len(full_time) == 3

    _patched_employment(monkeypatch)
    dry = renormalize_postings(dry_run=True)
    assert (dry.changed, set(dry.changed_ids)) == (3, full_time)
    assert set(session.exec(select(JobPosting.id).where(JobPosting.employment_type == "full_time")).all()) == full_time
    first = renormalize_postings(chunk=2)  # chunks smaller than the table
    assert set(first.changed_ids) == full_time and dict(first.fields) == {"employment_type": 3}
    session.expire_all()
    rows = {p.id: p for p in session.exec(select(JobPosting))}
    assert {i for i, p in rows.items() if p.employment_type == "temporary"} == full_time
    assert {i for i, p in rows.items() if p.index_pending} == full_time  # re-indexed and re-scored as after a sync
    assert all(p.fingerprint == ingest.fingerprint(p.model_dump()) for p in rows.values())
    assert renormalize_postings().changed == 0

    monkeypatch.undo()
    back = renormalize_postings()
    assert set(back.changed_ids) == full_time and renormalize_postings().changed == 0


def test_the_demo_feed_as_seed_loads_it_is_reproduced(session, monkeypatch):
    """The seed path (``cli.ingest.seed`` with the demo feed: ``ensure_demo_sources`` then
    ``sync_source`` each), for the recordings with relative dates, a ``recorded_at`` and date
    shifts; the whole feed is run through the CLI in tests/integration/ingest."""
    ids = sources.ensure_demo_sources(session=session)
    session.commit()
    wanted = {"remoteok", "himalayas", "greenhouse", "nyc_jobs", "linkedin_dataset", "jsonld"}
    from careercopilot.models import Source

    kept = [i for i in ids if session.get(Source, i).type in wanted]
    for sid in kept:
        assert ingest_sync.sync_source(session=session, source_id=sid).status == "succeeded"
        session.commit()
    total = len(session.exec(select(JobPosting.id)).all())
    assert total > 100
    stats = renormalize_postings()
    assert (stats.read, stats.changed, stats.skipped, stats.failed) == (total, 0, 0, 0), dict(stats.fields)
    _patched_employment(monkeypatch)
    full_time = set(session.exec(select(JobPosting.id).where(JobPosting.employment_type == "full_time")).all())
    assert full_time
    changed = renormalize_postings()
    assert set(changed.changed_ids) == full_time and dict(changed.fields) == {"employment_type": len(full_time)}
    assert renormalize_postings().changed == 0


def test_rows_without_inputs_are_counted_and_skipped_with_a_resync_hint(session, make_source, engine):
    a, b = make_source(token="a"), make_source(token="b")
    _ingest(session, a.id, [_raw("1"), _raw("2", title="Analyst")])
    _ingest(session, b.id, [_raw("9")])
    session.exec(select(JobPosting)).all()
    for p in session.exec(select(JobPosting).where(JobPosting.source_id == a.id)):
        p.normalize_inputs, p.inputs_hash = None, None  # as stored before revision 0017
        session.add(p)
    session.commit()
    stats = renormalize_postings()
    assert (stats.read, stats.changed, dict(stats.no_inputs)) == (3, 0, {a.id: 2})
    only_b = renormalize_postings(source_id=b.id)
    assert (only_b.read, only_b.skipped) == (1, 0)
    from careercopilot.cli import app

    out = CliRunner().invoke(app, ["renormalize", "--dry-run"])
    assert out.exit_code == 0, out.output
    assert "re-normalized 1 of 3 postings: 0 would change" in out.output
    assert f"skipped 2 posting(s)" in out.output and f"source {a.id}: 2" in out.output
    assert "sync their source again" in out.output
    assert CliRunner().invoke(app, ["renormalize", "--source", "999"]).exit_code == 2

    # a re-sync of the unchanged feed stores the inputs without counting the rows as updated
    postings, _ = ingest_normalize.normalize_all([_raw("1"), _raw("2", title="Analyst")], now=T0, quiet=True)
    again = ingest.upsert_postings(session=session, source_id=a.id, postings=postings, now=T0)
    session.commit()
    assert (again.new, again.updated, again.unchanged) == (0, 0, 2)
    assert renormalize_postings().skipped == 0


def test_a_changed_source_record_with_the_same_reading_rewrites_only_the_inputs(session, make_source):
    src = make_source()
    _ingest(session, src.id, [_raw("1", title="Backend Engineer")])
    row = session.exec(select(JobPosting)).one()
    row.index_pending = False
    session.add(row)
    session.commit()
    before = posting_inputs.decode(row.normalize_inputs)
    later = T0 + timedelta(hours=6)
    postings, _ = ingest_normalize.normalize_all([_raw("1", title="  Backend   Engineer ")], now=later, quiet=True)
    stats = ingest.upsert_postings(session=session, source_id=src.id, postings=postings, now=later)
    session.commit()
    session.refresh(row)
    after = posting_inputs.decode(row.normalize_inputs)
    assert (stats.updated, stats.unchanged, row.index_pending) == (0, 1, False)
    assert before.fields["title"] == "Backend Engineer" and after.fields["title"] == "  Backend   Engineer "
    # the same record again: the stored inputs (and their reference time) stay as they are
    postings, _ = ingest_normalize.normalize_all([_raw("1", title="  Backend   Engineer ")], now=later + timedelta(1),
                                                 quiet=True)
    ingest.upsert_postings(session=session, source_id=src.id, postings=postings, now=later + timedelta(1))
    session.commit()
    session.refresh(row)
    assert posting_inputs.decode(row.normalize_inputs).now == later
    assert renormalize_postings().changed == 0


def test_private_postings_are_reproduced(session, users):
    _admin, alice, _bob = users
    raw = _raw("https://jobs.example.org/42", source="jsonld", url="https://jobs.example.org/42?utm_source=x",
               posted_at="2 days ago", salary="$120k - $140k")
    posting = ingest_normalize.normalize_raw(raw, now=T0)
    row = url_import.store_posting(session=session, user_id=alice.id, url="jobs.example.org/42", posting=posting,
                                   now=T0)
    session.commit()
    assert row.owner_id == alice.id and row.normalize_inputs is not None
    stats = renormalize_postings()
    assert (stats.read, stats.changed) == (1, 0), dict(stats.fields)


def test_hours_reach_rows_stored_before_they_were_read(session, make_source):
    """Issue 11, trial F7: a row ingested before the hours were read (revision 0018 adds the columns
    NULL) gets them from ``renormalize``; a row that states none is not rewritten, and its stored
    fingerprint is the one it had (hours left out of the fingerprint while None)."""
    src = make_source()
    _ingest(session, src.id, [_raw("1", description_html="<p>Part-time, 24–32 hours/week, $25–30/hr</p>"),
                              _raw("2", title="Analyst")])
    rows = {p.ats_id: p for p in session.exec(select(JobPosting))}
    assert (rows["1"].weekly_hours_min, rows["1"].weekly_hours) == (24.0, 32.0)
    assert (rows["2"].weekly_hours_min, rows["2"].weekly_hours) == (None, None)
    plain = rows["2"].model_dump()
    assert rows["2"].fingerprint == ingest.fingerprint({k: v for k, v in plain.items() if not k.startswith("weekly")})
    rows["1"].weekly_hours_min = rows["1"].weekly_hours = None  # as upgraded from 0017 without a backfill
    session.add(rows["1"])
    session.commit()
    stats = renormalize_postings()
    assert (stats.changed, dict(stats.fields)) == (1, {"weekly_hours_min": 1, "weekly_hours": 1})
    session.expire_all()
    assert session.get(JobPosting, rows["1"].id).weekly_hours == 32.0
    assert renormalize_postings().changed == 0


def test_unset_work_hours_stay_out_of_the_stored_inputs():
    fields = ingest_normalize._normalize_fields(_raw("1"))
    assert "work_hours" not in fields and "raw" not in fields
    assert ingest_normalize._normalize_fields(_raw("1", work_hours="20 hours per week"))["work_hours"] == \
        "20 hours per week"
