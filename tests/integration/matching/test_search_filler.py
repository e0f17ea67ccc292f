"""Job-search filler does not lose exact-title hits (issue 11 trial finding 7, session 22):
"dental hygienist jobs" / "hygienist position" / "dental hygienist near me" / "RDH openings"
found fewer postings than "dental hygienist". Real model, PostgreSQL full-text index, Chroma;
the Jobs search (``matching.search_postings``) as the trial used it."""

from __future__ import annotations

import pytest

from careercopilot.db import session_scope
from careercopilot.services import matching, tx_hooks

HYGIENE = ("Provide preventive dental care: prophylaxis, scaling and root planing, periodontal charting, "
           "radiographs and patient education. Requirements: state dental hygiene license, CPR/BLS.")


@pytest.fixture
def corpus(make_user, make_posting, index, monkeypatch):
    monkeypatch.setattr(tx_hooks, "enqueue_rescore", lambda *_: None)
    uid = make_user()
    ids = {
        "hygienist": make_posting("Dental Hygienist", HYGIENE),
        "rdh": make_posting("Registered Dental Hygienist (RDH) - Part Time", HYGIENE + " RDH required."),
        "temp": make_posting("Temporary Hygienist", "Fill-in hygienist shifts at a family dental office. RDH."),
        "assistant": make_posting("Dental Assistant", "Chairside assisting, sterilization, X-rays. Dental "
                                                      "assisting certificate preferred."),
        "social_worker": make_posting("Licensed Clinical Social Worker", "Social work case management and "
                                      "counseling for hospital patients. LCSW required."),
        "social_media": make_posting("Social Media Manager", "Plan posts, grow followers, report engagement."),
        "accountant": make_posting("Staff Accountant", "Month-end close, reconciliations, GAAP."),
    }
    with session_scope() as s:
        matching.index_open_postings(session=s, index=index)
    return uid, ids


def _ids(uid, index, q) -> set[int]:
    with session_scope() as s:
        return {c.posting_id for c in matching.search_postings(session=s, user_id=uid, query=q, index=index).items}


@pytest.mark.parametrize("query,title", [
    ("dental hygienist jobs", "dental hygienist"),
    ("hygienist position", "hygienist"),
    ("dental hygienist near me", "dental hygienist"),
    ("dental hygienist job openings near me", "dental hygienist"),
    ("RDH openings", "RDH"),
    ("now hiring RDH", "RDH"),
    ("jobs for dental hygienists", "dental hygienists"),
])
def test_filler_finds_what_the_title_alone_finds(corpus, index, query, title):
    uid, ids = corpus
    alone = _ids(uid, index, title)
    assert alone, title
    assert _ids(uid, index, query) == alone

