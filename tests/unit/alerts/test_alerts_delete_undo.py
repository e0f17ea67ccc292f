"""/alerts Delete has Undo (trial finding 6) and outcomes show next to the card (finding 7):
the helpers behind AlertsState on SQLite, and the rendered card (Delete hands focus to Undo)."""

from __future__ import annotations

import json

import pytest

from careercopilot.db import session_scope
from careercopilot.models import User
from careercopilot.services.alerts import saved_searches as ss
from careercopilot.state import alerts as alerts_state


@pytest.fixture
def two(sqlite_engine):
    with session_scope() as s:
        ana, ben = User(email="ana@example.com"), User(email="ben@example.com")
        s.add_all([ana, ben])
        s.flush()
        sid = ss.create(session=s, user_id=ana.id, name="Nurse jobs kb", query="nurse",
                        filters={"work_mode": "onsite"}, delivery="in_app").id
        ss.update(session=s, user_id=ana.id, search_id=sid, active=False)
        return ana.id, ben.id, sid


def test_delete_then_undo_brings_the_search_back_as_it_was(two):
    ana, ben, sid = two
    with pytest.raises(LookupError):
        alerts_state._delete(ben, sid)  # another user's search: not theirs to delete
    saved = alerts_state._delete(ana, sid)
    assert alerts_state._rows(ana)[0] == []
    new_id = alerts_state._restore(ana, saved)
    searches, _ = alerts_state._rows(ana)
    assert [(r["id"], r["name"], r["what"], r["delivery"], r["active"]) for r in searches] == [
        (new_id, "Nurse jobs kb", "“nurse” · work mode: onsite", "in_app", "")]
    with pytest.raises(ValueError, match="already have a saved search named"):
        alerts_state._restore(ana, saved)  # undo twice (two tabs): a clear error, no second copy
    assert alerts_state._rows(ben)[0] == []


def test_delete_hands_focus_to_undo_and_outcomes_sit_in_the_card():
    from careercopilot.views import alerts as views

    row = {"id": "7", "name": "n", "what": "w", "delivery": "daily", "active": "1", "href": "/jobs", "deleted": ""}
    out = json.dumps(views._search_row(row).render(), default=str).replace('\\"', '"')
    assert 'id:"search-delete-7"' in out and '"data-refocus":"search-undo-7"' in out.replace(" ", "")
    assert 'id:"search-undo-7"' in out  # the deleted state of the same card holds Undo
    assert 'id:"alerts-card-message"' in out and '"aria-label":"Delete n"' in out
