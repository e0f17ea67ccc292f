"""No lost update between two tabs on the application page and board: each tab loads the
application (its version, ``CardRow.version``), tab A saves, then tab B saves what it loaded
earlier → B is refused with EditConflict and A's change is still there. Each save runs in its own
transaction (``session_scope``), as the pages' handlers do."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from careercopilot.db import session_scope
from careercopilot.models import Application
from careercopilot.services import application_changes, application_rows, applications as svc
from careercopilot.services.edit_conflicts import EditConflict, check_unchanged, next_stamp, version_of
from tests.support.tracker_data import make_user


@pytest.fixture
def ids(sqlite_engine):
    """(user id, application id) of a committed application in stage ``offer``."""
    with session_scope() as s:
        user = make_user(s)
        app = svc.add_manual(session=s, user_id=user.id, company="Initech", title="SRE", url="https://initech.example/1")
        application_changes.move_stage(session=s, user_id=user.id, application_id=app.id, to_stage="offer")
        return user.id, app.id


def _loaded_version(uid: int, aid: int) -> str:
    """What a page holds after loading the application (the detail page and the board read it so)."""
    with session_scope() as s:
        return application_rows.detail(session=s, user_id=uid, application_id=aid).card.version


def _read(uid: int, aid: int) -> Application:
    with session_scope() as s:
        return svc.get_application(session=s, user_id=uid, application_id=aid)


# (kind, save(session, uid, aid, value, expected_version), value of tab A, value of tab B, read value)
SAVES = [
    ("notes", lambda s, u, a, v, e: application_changes.set_notes(session=s, user_id=u, application_id=a, notes=v,
                                                                   expected_version=e),
     "A's notes", "B's notes", lambda app: app.notes),
    ("stage move", lambda s, u, a, v, e: application_changes.move_stage(session=s, user_id=u, application_id=a, to_stage=v,
                                                                         expected_version=e),
     "accepted", "withdrawn", lambda app: app.stage),
    ("details form (follow-up)", lambda s, u, a, v, e: application_changes.update_application_form(
        session=s, user_id=u, application_id=a, follow_up_on=v, expected_version=e),
     "2027-01-10", "2027-02-20", lambda app: app.follow_up_on.isoformat()),
    ("follow-up", lambda s, u, a, v, e: application_changes.set_follow_up(session=s, user_id=u, application_id=a,
                                                                           follow_up_on=v, expected_version=e),
     "2027-01-10", "2027-02-20", lambda app: app.follow_up_on.isoformat()),
    ("field update", lambda s, u, a, v, e: application_changes.update_application(session=s, user_id=u, application_id=a,
                                                                                   title=v, expected_version=e),
     "Staff SRE", "Senior SRE", lambda app: app.title),
    ("applied date", lambda s, u, a, v, e: application_changes.set_applied_at(
        session=s, user_id=u, application_id=a, applied=datetime.fromisoformat(v), expected_version=e),
     "2026-03-01T00:00:00+00:00", "2026-04-01T00:00:00+00:00", lambda app: app.applied_at.isoformat()),
]


@pytest.mark.parametrize("kind,save,a_value,b_value,read", SAVES, ids=[k[0] for k in SAVES])
def test_stale_tab_save_is_refused_and_loses_nothing(ids, kind, save, a_value, b_value, read):
    uid, aid = ids
    tab_a, tab_b = _loaded_version(uid, aid), _loaded_version(uid, aid)
    assert tab_a == tab_b != ""
    with session_scope() as s:
        save(s, uid, aid, a_value, tab_a)
    with pytest.raises(EditConflict, match="changed in another tab or window"):
        with session_scope() as s:
            save(s, uid, aid, b_value, tab_b)
    assert read(_read(uid, aid)) == a_value  # A's change is kept
    # tab B reloads and saves again: now accepted
    with session_scope() as s:
        save(s, uid, aid, b_value, _loaded_version(uid, aid))
    assert read(_read(uid, aid)) == b_value


def test_same_tab_saves_one_after_another_are_accepted(ids):
    """A tab that reloads after its own save (the page refreshes) is never refused."""
    uid, aid = ids
    for text in ("first", "second", "third"):
        with session_scope() as s:
            application_changes.set_notes(session=s, user_id=uid, application_id=aid, notes=text,
                                          expected_version=_loaded_version(uid, aid))
    assert _read(uid, aid).notes == "third"


def test_board_card_version_refuses_stale_move(ids):
    """The board's cards carry the version too: a stale board's move is refused."""
    uid, aid = ids
    with session_scope() as s:
        card = next(c for c in application_rows.card_rows(session=s, user_id=uid) if c.id == aid)
    with session_scope() as s:
        application_changes.set_notes(session=s, user_id=uid, application_id=aid, notes="changed elsewhere")
    with pytest.raises(EditConflict):
        with session_scope() as s:
            application_changes.move_stage(session=s, user_id=uid, application_id=aid, to_stage="withdrawn",
                                           expected_version=card.version)
    assert _read(uid, aid).stage == "offer"


def test_without_a_loaded_version_the_last_write_wins(ids):
    """Callers that loaded no version (the API checks If-Match itself) keep their behaviour."""
    uid, aid = ids
    for text in ("one", "two"):
        with session_scope() as s:
            application_changes.set_notes(session=s, user_id=uid, application_id=aid, notes=text)
    assert _read(uid, aid).notes == "two"


def test_next_stamp_always_moves_forward():
    future = datetime.now(timezone.utc) + timedelta(hours=1)
    assert next_stamp(future) == future + timedelta(microseconds=1)  # clock behind the stored stamp
    assert next_stamp(None) <= datetime.now(timezone.utc)
    naive = datetime(2020, 1, 1)
    assert next_stamp(naive) > naive.replace(tzinfo=timezone.utc)


def test_version_token_is_utc_microseconds_and_check_compares_it():
    t = datetime(2026, 12, 6, 11, 0, 0, 5, tzinfo=timezone(timedelta(hours=1)))
    assert version_of(t) == "2026-12-06T10:00:00.000005+00:00"
    assert version_of(None) == ""
    check_unchanged(t, version_of(t), what="x")
    check_unchanged(t, None, what="x")
    with pytest.raises(EditConflict, match="This saved search was changed"):
        check_unchanged(t + timedelta(microseconds=1), version_of(t), what="saved search")


def test_contacts_carry_their_last_edit_and_refuse_a_stale_tab(ids):
    """Contacts have ``updated_at`` (revision 0017): set on add, moved forward on every edit, shown
    on the application page and in the API; an edit made from an older version is refused."""
    from careercopilot.services import application_contacts as contacts

    uid, aid = ids
    with session_scope() as s:
        c = contacts.add_contact(session=s, user_id=uid, application_id=aid, name="Dana Recruiter")
        cid, added = c.id, c.updated_at
    assert added is not None and abs(datetime.now(timezone.utc) - added) < timedelta(minutes=1)
    loaded = version_of(added)
    with session_scope() as s:  # tab A saves
        edited = contacts.update_contact(session=s, user_id=uid, contact_id=cid, name="Dana R.",
                                         expected_version=loaded).updated_at
    assert edited > added
    with session_scope() as s, pytest.raises(EditConflict, match="This contact was changed"):  # tab B, stale
        contacts.update_contact(session=s, user_id=uid, contact_id=cid, name="Dana Old", expected_version=loaded)
    with session_scope() as s:
        assert contacts.get_contact(session=s, user_id=uid, contact_id=cid).name == "Dana R."
        row = application_rows.detail(session=s, user_id=uid, application_id=aid).contacts[0]
        assert (row.name, row.updated) == ("Dana R.", edited.strftime("%Y-%m-%d %H:%M"))
    from careercopilot.apiv1.routes_applications import _contact_out

    with session_scope() as s:
        out = _contact_out(contacts.get_contact(session=s, user_id=uid, contact_id=cid))
    assert version_of(out.updated_at) == version_of(edited)
