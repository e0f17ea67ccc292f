"""Duplicate submissions of every create (double click, Enter twice, a second tab, a retried event):
the same submission sent twice makes one row, and the user sees it (newcomer finding: two active
tokens named "laptop script", only one secret ever shown).

Reflex queues one client's events per state and runs them one after another, so the second event
of a double click runs after the first finished: each case sends the submission, then the same
submission again, and counts the rows. The "second tab" cases send it from another state tree
(its own form, its own memory). The concurrent case (two sessions at once on PostgreSQL) is
``tests/integration/tracker/test_concurrent_duplicate_creates.py``.
"""

from __future__ import annotations

import asyncio

import pytest
from sqlmodel import func, select

from careercopilot.db import session_scope
from careercopilot.models import ApiToken, Application, Contact, Resume, SavedSearch
from careercopilot.services import applications, submissions, users
from tests.support.tracker_data import make_posting

PASSWORD = "correct horse battery 42"


@pytest.fixture
def uid(sqlite_engine):
    with session_scope() as s:
        return users.create_user(session=s, email="dup@example.org", password=PASSWORD).id


def _count(model, **where) -> int:
    with session_scope() as s:
        q = select(func.count()).select_from(model)
        for k, v in where.items():
            q = q.where(getattr(model, k) == v)
        return int(s.exec(q).one())


def _tree(*classes):
    """A fresh state tree (one browser tab): ``{cls: substate}``."""
    from reflex.state import State

    root = State(_reflex_internal_init=True)
    return {c: root.get_substate(c.get_full_name().split(".")) for c in classes}


def _signed_in(monkeypatch, module, uid: int) -> None:
    async def current_user_id(_state):
        return uid

    async def session_user(_state):
        return users.SessionUser(user_id=uid, email="dup@example.org", is_admin=False, timezone="UTC", session_id=0)

    monkeypatch.setattr(module, "current_user_id", current_user_id, raising=False)
    monkeypatch.setattr(module, "session_user", session_user, raising=False)


async def _drain(out):
    """Run a handler's result: an async generator is iterated, a coroutine awaited."""
    if hasattr(out, "__aiter__"):
        async for _ in out:
            pass
    elif asyncio.iscoroutine(out):
        await out


def _run(handler, state, *args):
    asyncio.run(_drain(handler.fn(state, *args)))


def _app(uid: int) -> int:
    with session_scope() as s:
        return applications.add_manual(session=s, user_id=uid, company="Acme", title="Engineer").id


# --------------------------------------------------------------------------- the token form (the finding)


def _token_states(monkeypatch, uid, tabs: int):
    from careercopilot.state import api_tokens as mod

    _signed_in(monkeypatch, mod, uid)
    return mod, [_tree(mod.ApiTokensState)[mod.ApiTokensState] for _ in range(tabs)]


FORM = {"name": "laptop script", "reauth_password": PASSWORD, "expires_days": "30", "scope_applications": "read"}


def test_token_double_submit_creates_one_and_keeps_its_secret_shown(uid, monkeypatch):
    mod, [tab] = _token_states(monkeypatch, uid, 1)
    _run(mod.ApiTokensState.submit_token, tab, dict(FORM))
    first = tab.new_secret
    assert first.startswith("cc_pat_")
    _run(mod.ApiTokensState.submit_token, tab, dict(FORM))  # the queued second event of the double click
    assert _count(ApiToken, user_id=uid) == 1
    assert tab.new_secret == first, "the first token's secret must stay shown"
    assert "already have an active token named" in tab.error
    with session_scope() as s:
        row = s.exec(select(ApiToken).where(ApiToken.user_id == uid)).one()
        assert first.startswith(row.prefix)


def test_token_from_a_second_tab_is_refused_by_name(uid, monkeypatch):
    mod, [a, b] = _token_states(monkeypatch, uid, 2)
    _run(mod.ApiTokensState.submit_token, a, dict(FORM))
    _run(mod.ApiTokensState.submit_token, b, {**FORM, "name": "  Laptop   SCRIPT "})  # same name, other spelling
    assert _count(ApiToken, user_id=uid) == 1 and b.new_secret == "" and "already" in b.error


def test_token_name_is_free_again_after_revoking(uid, monkeypatch):
    from careercopilot.services import api_tokens

    mod, [tab] = _token_states(monkeypatch, uid, 1)
    _run(mod.ApiTokensState.submit_token, tab, dict(FORM))
    with session_scope() as s:
        row = s.exec(select(ApiToken).where(ApiToken.user_id == uid)).one()
        api_tokens.revoke_token(session=s, user_id=uid, token_id=row.id)
    _run(mod.ApiTokensState.submit_token, tab, dict(FORM))
    assert _count(ApiToken, user_id=uid) == 2 and tab.error == ""


# --------------------------------------------------------------------------- form handlers without a natural key


def _contact_case(monkeypatch, uid):
    from careercopilot.state import application_detail as mod

    aid = _app(uid)
    _signed_in(monkeypatch, mod, uid)
    monkeypatch.setattr(mod, "_route_id", lambda _state: aid)

    def tab():
        st = _tree(mod.ApplicationDetailState)[mod.ApplicationDetailState]
        st.contact_draft = {"name": "Ann Lee", "role": "Recruiter", "email": "ann@example.org"}
        return st

    def send(st):
        _run(mod.ApplicationDetailState.submit_contact, st)
        return st.contact_error

    return tab, send, (Contact, {"application_id": aid})


def _manual_case(monkeypatch, uid):
    from careercopilot.state import applications as mod

    _signed_in(monkeypatch, mod, uid)

    def tab():
        st = _tree(mod.ApplicationsState)[mod.ApplicationsState]
        st.drafts = {"company": "Globex", "title": "Data Engineer", "url": "https://globex.example/jobs/1"}
        return st

    def send(st):
        _run(mod.ApplicationsState.submit_manual, st)
        return st.manual_error

    return tab, send, (Application, {"user_id": uid, "company": "Globex"})


FORM_CASES = {"contact": _contact_case, "manual application": _manual_case}


@pytest.mark.parametrize("case", FORM_CASES)
def test_form_double_submit_creates_one_and_says_nothing_wrong(uid, monkeypatch, case):
    tab, send, (model, where) = FORM_CASES[case](monkeypatch, uid)
    st = tab()
    assert send(st) == "" and st.notice
    assert send(st) == "", "the queued second event found the form cleared: no error under the saved row"
    assert _count(model, **where) == 1


@pytest.mark.parametrize("case", FORM_CASES)
def test_form_sent_again_from_a_second_tab_creates_one(uid, monkeypatch, case):
    tab, send, (model, where) = FORM_CASES[case](monkeypatch, uid)
    a, b = tab(), tab()
    assert send(a) == "" and send(b) == ""
    assert _count(model, **where) == 1 and b.notice  # the second tab is told it is added (it is listed)


@pytest.mark.parametrize("case", FORM_CASES)
def test_a_failed_create_does_not_block_the_corrected_or_retried_submit(uid, monkeypatch, case):
    """The claim of a create that failed is released: the same values can be sent again."""
    from careercopilot.services import application_contacts

    tab, send, (model, where) = FORM_CASES[case](monkeypatch, uid)
    real = {"contact": (application_contacts, "add_contact"), "manual application": (applications, "add_manual")}[case]
    original = getattr(*real)
    calls = []

    def flaky(**kw):
        calls.append(1)
        if len(calls) == 1:
            raise applications.TrackerError("Your tracker is full.")
        return original(**kw)

    monkeypatch.setattr(*real, flaky)
    st = tab()
    assert send(st) == "Your tracker is full."
    assert send(st) == "" and _count(model, **where) == 1


# --------------------------------------------------------------------------- creates with a natural key (services)


def _saved_search(uid):
    from careercopilot.state import save_search

    # the same search submitted again is that search (trial105 finding 8: no "already have a saved search" error)
    return lambda: save_search._create(uid, "Remote data", "data engineer", {"remote": "1"}, "daily"), \
        (SavedSearch, {"user_id": uid}), None


def _save_job(uid):
    from careercopilot.state import job_detail

    with session_scope() as s:
        pid = make_posting(s).id
    return lambda: job_detail._save(uid, pid), (Application, {"user_id": uid}), None


def _resume(uid):
    from careercopilot.services import resumes

    data = b"Ada Lovelace\nada@example.org\nSkills: Python, SQL\n" * 20

    def upload():
        with session_scope() as s:
            return resumes.add_resume(session=s, user_id=uid, filename="cv.txt", data=data).id

    return upload, (Resume, {"user_id": uid}), None


def _api_token(uid):
    from careercopilot.services import api_tokens

    def create():
        with session_scope() as s:
            return api_tokens.create_token(session=s, user_id=uid, name="laptop script", scopes="postings:read",
                                           expires_in_days=30)

    return create, (ApiToken, {"user_id": uid}), api_tokens.NameTaken


KEYED_CASES = {"saved search": _saved_search, "save job": _save_job, "resume upload": _resume, "api token": _api_token}


@pytest.mark.parametrize("case", KEYED_CASES)
def test_natural_key_creates_make_one_row(uid, case):
    create, (model, where), refused = KEYED_CASES[case](uid)
    first = create()
    if refused is None:
        assert create() == first  # the same row again
    else:
        with pytest.raises(refused):
            create()
    assert _count(model, **where) == 1


# --------------------------------------------------------------------------- the claim itself


def test_claim_is_per_user_action_and_values_and_ignores_case_and_spacing():
    vals = {"name": "Ann  Lee", "role": ""}
    assert submissions.first(1, "contact:5", vals)
    assert not submissions.first(1, "contact:5", {"name": "ann lee", "role": ""})
    assert submissions.first(2, "contact:5", vals) and submissions.first(1, "contact:6", vals)
    assert submissions.first(1, "contact:5", {"name": "Ann Lee", "role": "CTO"})
    submissions.release(1, "contact:5", vals)
    assert submissions.first(1, "contact:5", vals)


def test_claim_never_blocks_a_create_when_the_cache_is_down(monkeypatch):
    from careercopilot.services import ratelimit

    def down(*_a, **_k):
        raise ConnectionError("redis unreachable")

    monkeypatch.setattr(ratelimit, "hit", down)
    assert submissions.first(1, "x", {"a": 1}) and submissions.first(1, "x", {"a": 1})
