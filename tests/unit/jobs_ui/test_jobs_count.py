"""The Jobs page says why it ranks fewer postings than are open (issue 10 trial finding:
"ranked 414 of 909 open" with no word about the rest), with numbers that add up."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from sqlmodel import Session

from careercopilot.models import JobPosting, PostingHide, User
from careercopilot.schemas import JobFilters
from careercopilot.services.jobs_count import ranked_count_note
from careercopilot.state.jobs import _EMPTY_FORM, jobs_url


@pytest.fixture
def feed(sqlite_engine):
    """10 open postings (6 remote, 4 onsite), 1 closed, 1 flagged, 1 duplicate; user hid 2 remote."""
    with Session(sqlite_engine) as s:
        user = User(email="count@example.org")
        s.add(user)
        s.flush()
        ids = []
        for i in range(13):
            p = JobPosting(source_type="greenhouse", ats_id=f"p{i}", url=f"https://jobs.example.org/{i}",
                           title=f"Role {i}", company="Acme", company_key="acme", dedupe_key=f"d{i}",
                           content_hash=f"h{i}", work_mode="remote" if i < 6 else "onsite",
                           is_open=i != 10, is_flagged=i == 11)
            s.add(p)
            s.flush()
            ids.append(p.id)
        dup = s.get(JobPosting, ids[12])
        dup.duplicate_of_id = ids[0]
        s.add_all([dup, PostingHide(user_id=user.id, posting_id=ids[0]), PostingHide(user_id=user.id, posting_id=ids[1])])
        s.commit()
        return sqlite_engine, user.id


def test_every_reason_is_counted_and_the_numbers_add_up(feed):
    engine, uid = feed
    with Session(engine) as s:
        got = ranked_count_note(session=s, user_id=uid, filters=JobFilters(work_mode="remote"), ranked_total=3)
    # open: 10; hidden: 2; not hidden but onsite: 4; remote, not hidden: 4 of which 3 ranked
    assert (got.open_total, got.hidden, got.filtered_out, got.unscored) == (10, 2, 4, 1)
    assert got.open_total == 3 + got.hidden + got.filtered_out + got.unscored
    assert got.note.startswith("3 of 10 open postings are ranked. Not ranked: 1 not scored for your resume")
    assert "4 outside your filters" in got.note and "2 hidden by you" in got.note
    assert got.listable == 4 and got.see_all == "See all 4 in these filters, newest first"


def test_nothing_to_explain_when_everything_is_ranked(feed):
    engine, uid = feed
    with Session(engine) as s:
        other = User(email="other@example.org")
        s.add(other)
        s.commit()
        assert ranked_count_note(session=s, user_id=other.id, filters=None, ranked_total=10).note == ""
        only_unscored = ranked_count_note(session=s, user_id=uid, filters=None, ranked_total=5)
    assert only_unscored.note == ("5 of 10 open postings are ranked. Not ranked: 3 not scored for your resume "
                                  "(only the 400 closest to it and those in your occupation are), 2 hidden by you.")


def test_see_all_link_keeps_the_filters_and_lists_newest_first():
    form = {**_EMPTY_FORM, "work_mode": "remote"}
    assert parse_qs(urlsplit(jobs_url("", form, newest=True)).query) == {"order": ["newest"], "mode": ["remote"]}
    assert "order" not in jobs_url("", form)


@pytest.mark.parametrize("filters,statements", [
    (None, 1),                                       # open and hidden in one count; listable = their difference
    (JobFilters(), 1),
    (JobFilters(work_mode="remote"), 2),             # + one count of the filtered list
    (JobFilters(visa_only=True, posted_within_days=7), 2),
    (JobFilters(source_type="lever"), 2),
])
def test_the_note_counts_and_never_loads_postings(feed, filters, statements):
    """Every Jobs load computes the note (session 11: it used to load a page of the newest-first
    list for its total, 4 statements): counts only, the filtered one only when a filter is set."""
    from sqlalchemy import event

    from careercopilot.services.job_views import browse_postings

    engine, uid = feed
    seen: list[str] = []
    listen = lambda conn, cursor, statement, *rest: seen.append(statement)  # noqa: E731
    event.listen(engine, "before_cursor_execute", listen)
    try:
        with Session(engine) as s:
            got = ranked_count_note(session=s, user_id=uid, filters=filters, ranked_total=0)
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    assert len(seen) == statements, seen
    assert all(" LIMIT " not in q.upper() for q in seen), seen  # no page of postings
    assert got.open_total == got.hidden + got.filtered_out + got.unscored
    with Session(engine) as s:  # "See all N" is the length of the list its link opens
        assert got.listable == browse_postings(session=s, user_id=uid, filters=filters)[1]

