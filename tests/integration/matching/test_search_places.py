"""A search that names a place filters by it (issue 11 trial finding 4: "nurse Ohio" listed
nurses in Texas first). Real model, PostgreSQL, Chroma; the Jobs page's own service
(``job_views.jobs_view``) as the trial used it."""

from __future__ import annotations

import pytest

from careercopilot.db import session_scope
from careercopilot.normalize.places import posting_places
from careercopilot.schemas import JobFilters
from careercopilot.services import job_views, matching, tx_hooks

NURSE = ("Provide direct patient care on our medical-surgical unit. Requirements: active RN license, BLS, "
         "two years of acute care nursing.")


def _at(location: str, **kw) -> dict:
    places = [p.model_dump() for p in posting_places(location)]
    first = places[0] if places else {}
    return dict(location_text=location, places=places, country=first.get("country"), region=first.get("region"),
                city=first.get("name") if first.get("kind") == "city" else None, **kw)


@pytest.fixture
def corpus(make_user, make_posting, index, monkeypatch):
    monkeypatch.setattr(tx_hooks, "enqueue_rescore", lambda *_: None)
    uid = make_user()
    ids = {
        "columbus": make_posting("Registered Nurse - Med/Surg", NURSE, **_at("Columbus, OH", work_mode="onsite")),
        "dublin_oh": make_posting("RN, Surgical Unit", NURSE, **_at("Dublin, OH", work_mode="onsite")),
        "cleveland": make_posting("Registered Nurse", NURSE, **_at("Cleveland, Ohio", work_mode="onsite")),
        "houston": make_posting("Registered Nurse - Med/Surg", NURSE, **_at("Houston, TX", work_mode="onsite")),
        "remote_us": make_posting("Telehealth Registered Nurse", NURSE, **_at("United States", work_mode="remote")),
        "electrician_oh": make_posting("Electrician", "Install EMT conduit, pull wire, troubleshoot circuits.",
                                       **_at("Columbus, OH", work_mode="onsite")),
    }
    with session_scope() as s:
        matching.index_open_postings(session=s, index=index)
    return uid, ids


def _ids(uid, index, q, **kw) -> list[int]:
    with session_scope() as s:
        return [c.posting_id for c in matching.search_postings(session=s, user_id=uid, query=q, index=index,
                                                               **kw).items]


@pytest.mark.parametrize("query,expected", [
    ("nurse Ohio", {"columbus", "dublin_oh", "cleveland"}),
    ("nurse ohio", {"columbus", "dublin_oh", "cleveland"}),
    ("Ohio nurse", {"columbus", "dublin_oh", "cleveland"}),
    ("registered nurse in Columbus, OH", {"columbus", "dublin_oh"}),  # Dublin, OH is in Columbus's metro
    ("nurse Texas", {"houston"}),
    ("remote nurse", {"remote_us"}),
    ("electrician Ohio", {"electrician_oh"}),
])
def test_a_named_place_filters_the_search(corpus, index, query, expected):
    uid, ids = corpus
    got = _ids(uid, index, query)
    assert set(got) == {ids[k] for k in expected}, [k for k, v in ids.items() if v in got]


def test_without_a_place_every_nurse_is_found(corpus, index):
    uid, ids = corpus
    assert {ids[k] for k in ("columbus", "dublin_oh", "cleveland", "houston", "remote_us")} <= set(
        _ids(uid, index, "registered nurse"))


def test_the_jobs_page_search_reads_the_place_and_the_page_filters_still_win(corpus, index):
    uid, ids = corpus
    with session_scope() as s:
        view = job_views.jobs_view(session=s, user_id=uid, query="nurse Ohio", index=index)
    assert {r.posting_id for r in view.rows} == {ids["columbus"], ids["dublin_oh"], ids["cleveland"]}
    assert _ids(uid, index, "nurse Ohio", filters=JobFilters(country="CA")) == []  # the page's country wins


def test_a_place_named_in_two_countries_is_read_in_the_searchers_country(make_user, make_posting, index, monkeypatch):
    """Trial finding: "nurse Georgia" from a user in the US read Georgia the country (no hit in
    Atlanta); the user's preferred places say which Georgia they mean (``search.home_country``),
    and a user without preferences keeps the country reading."""
    from careercopilot.services import preferences

    monkeypatch.setattr(tx_hooks, "enqueue_rescore", lambda *_: None)
    atlanta = make_posting("Registered Nurse - ICU", NURSE, **_at("Atlanta, GA", work_mode="onsite"))
    tbilisi = make_posting("Registered Nurse", NURSE, **_at("Tbilisi, Georgia", work_mode="onsite"))
    us_user, nobody = make_user(), make_user()
    with session_scope() as s:
        preferences.save_preferences(session=s, user_id=us_user, locations=["Savannah, GA"])
        matching.index_open_postings(session=s, index=index)
    assert _ids(us_user, index, "nurse Georgia") == [atlanta]
    assert _ids(nobody, index, "nurse Georgia") == [tbilisi]
    assert _ids(us_user, index, "nurse Georgia") == [atlanta]  # the shared cache keys on the home country
