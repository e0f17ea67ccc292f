"""Two tabs on one cover letter: each loads the document's current version, tab A saves an edit,
then tab B saves its edit of the older version → refused (EditConflict), A's text is kept."""

from __future__ import annotations

import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import DocumentVersion
from careercopilot.services import applications as svc
from careercopilot.services import writing_documents as docs
from careercopilot.services.edit_conflicts import EditConflict
from tests.support.tracker_data import make_user


@pytest.fixture
def ids(sqlite_engine):
    """(user id, document id) of a finished cover letter at version 1."""
    with session_scope() as s:
        user = make_user(s)
        app = svc.add_manual(session=s, user_id=user.id, company="Initech", title="SRE")
        doc = docs.create_document(session=s, user_id=user.id, kind="cover_letter", application_id=app.id)
        docs.add_version(session=s, doc=doc, text="Dear team, first draft.", source="generated")
        doc.status = "done"
        s.add(doc)
        return user.id, doc.id


def _loaded(uid: int, did: int) -> int:
    with session_scope() as s:
        docs.get_document(session=s, user_id=uid, document_id=did)
        return docs.current_version(session=s, document_id=did)


def _edit(uid: int, did: int, text: str, version: int | None) -> None:
    with session_scope() as s:
        docs.save_edit(session=s, user_id=uid, document_id=did, text=text, expected_version=version)


def test_stale_tab_edit_is_refused_and_keeps_the_other_tabs_text(ids):
    uid, did = ids
    tab_a, tab_b = _loaded(uid, did), _loaded(uid, did)
    assert tab_a == tab_b == 1
    _edit(uid, did, "Dear team, A's edit.", tab_a)
    with pytest.raises(EditConflict, match="This document was changed in another tab or window"):
        _edit(uid, did, "Dear team, B's edit.", tab_b)
    with session_scope() as s:
        assert docs.get_document(session=s, user_id=uid, document_id=did).text == "Dear team, A's edit."
        assert len(s.exec(select(DocumentVersion).where(DocumentVersion.document_id == did)).all()) == 2
    _edit(uid, did, "Dear team, B's edit.", _loaded(uid, did))  # after a reload it saves
    with session_scope() as s:
        assert docs.get_document(session=s, user_id=uid, document_id=did).text == "Dear team, B's edit."


def test_a_restore_in_another_tab_also_makes_the_edit_stale(ids):
    uid, did = ids
    seen = _loaded(uid, did)
    _edit(uid, did, "Second.", seen)
    stale = _loaded(uid, did)
    with session_scope() as s:
        docs.restore_version(session=s, user_id=uid, document_id=did, version=1)
    with pytest.raises(EditConflict):
        _edit(uid, did, "Third.", stale)


def test_without_a_loaded_version_the_last_edit_wins(ids):
    uid, did = ids
    _edit(uid, did, "One.", None)
    _edit(uid, did, "Two.", None)
    with session_scope() as s:
        assert docs.get_document(session=s, user_id=uid, document_id=did).text == "Two."
