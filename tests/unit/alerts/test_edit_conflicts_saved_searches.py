"""Two tabs on /alerts: each loads the saved search (``version`` of its row, as AlertsState's
rows carry it), tab A renames/changes it, then tab B's change from the older load is refused
(EditConflict) and A's change is kept."""

from __future__ import annotations

import pytest

from careercopilot.db import session_scope
from careercopilot.models import User
from careercopilot.services.alerts import saved_searches as ss
from careercopilot.services.edit_conflicts import EditConflict
from careercopilot.state import alerts as alerts_state


@pytest.fixture
def ids(sqlite_engine):
    with session_scope() as s:
        ana = User(email="ana@example.com")
        s.add(ana)
        s.flush()
        sid = ss.create(session=s, user_id=ana.id, name="Nurse jobs", query="nurse", filters={}, delivery="in_app").id
        return ana.id, sid


def _loaded(uid: int, sid: int) -> str:
    """The version the /alerts page holds for the search after loading."""
    rows, _ = alerts_state._rows(uid)
    return next(r["version"] for r in rows if r["id"] == str(sid))


CHANGES = [
    ("rename", {"name": "A's name"}, {"name": "B's name"}, lambda r: r.name, "A's name"),
    ("delivery", {"delivery": "daily"}, {"delivery": "weekly"}, lambda r: r.delivery, "daily"),
    ("pause", {"active": False}, {"name": "B's name"}, lambda r: (r.active, r.name), (False, "Nurse jobs")),
]


@pytest.mark.parametrize("kind,a_change,b_change,read,kept", CHANGES, ids=[c[0] for c in CHANGES])
def test_stale_tab_change_is_refused(ids, kind, a_change, b_change, read, kept):
    uid, sid = ids
    tab_a, tab_b = _loaded(uid, sid), _loaded(uid, sid)
    assert tab_a == tab_b != ""
    alerts_state._update(uid, sid, expected_version=tab_a, **a_change)
    with pytest.raises(EditConflict, match="This saved search was changed in another tab or window"):
        alerts_state._update(uid, sid, expected_version=tab_b, **b_change)
    with session_scope() as s:
        assert read(ss.get(session=s, user_id=uid, search_id=sid)) == kept
    alerts_state._update(uid, sid, expected_version=_loaded(uid, sid), **b_change)  # after a reload


def test_without_a_loaded_version_the_last_change_wins(ids):
    uid, sid = ids
    alerts_state._update(uid, sid, name="One")
    alerts_state._update(uid, sid, name="Two")
    with session_scope() as s:
        assert ss.get(session=s, user_id=uid, search_id=sid).name == "Two"
