"""First-run indexing progress (issue 10 trial finding): counted from the posting rows, per user."""

from __future__ import annotations

import json

from careercopilot.db import session_scope
from careercopilot.services.index_progress import IndexProgress, index_progress
from tests.support.tracker_data import make_posting, make_user


def _postings(s, n: int, *, pending: int, **kw) -> list:
    rows = [make_posting(s, **kw) for _ in range(n)]
    for i, p in enumerate(rows):
        p.index_pending = i < pending
        s.add(p)
    s.flush()
    return rows


def test_progress_counts_indexed_of_visible_postings(sqlite_engine):
    with session_scope() as s:
        a, b = make_user(s), make_user(s)
        _postings(s, 5, pending=3)
        _postings(s, 2, pending=2, owner_id=b.id)  # B's private imports: never counted for A
        closed = _postings(s, 1, pending=1)[0]
        closed.is_open = False
        s.add(closed)
        s.flush()
        assert index_progress(session=s, user_id=a.id) == IndexProgress(done=2, total=5)
        assert index_progress(session=s, user_id=b.id) == IndexProgress(done=2, total=7)


def test_nothing_pending_means_no_line(sqlite_engine):
    with session_scope() as s:
        a = make_user(s)
        assert index_progress(session=s, user_id=a.id) is None  # no postings at all
        _postings(s, 3, pending=0)
        assert index_progress(session=s, user_id=a.id) is None


def test_wording_and_percent():
    p = IndexProgress(done=1240, total=5000)
    assert p.text == "Indexing 1,240 of 5,000 postings…"
    assert p.percent == 24
    assert IndexProgress(done=4999, total=5000).percent == 99
    assert IndexProgress(done=0, total=0).percent == 0


def test_jobs_page_shows_the_line_and_watches_it():
    from careercopilot.careercopilot import app  # noqa: F401  (registers the pages)
    from careercopilot import routes
    from careercopilot.templates import REGISTERED

    out = json.dumps(REGISTERED[routes.JOBS].component().render(), default=str)
    assert "jobs-indexing" in out and "jobs-indexing-text" in out
    from careercopilot.state.auth import _PAGE_LOADS, _route_key
    from careercopilot.state.jobs import JobsState

    # the page's loader reads the count with the list and starts the watcher while postings are
    # pending (tests/unit/jobs_ui/test_jobs_page_load.py drives both cases)
    assert JobsState.load_page in _PAGE_LOADS[_route_key(routes.JOBS)]
