"""Jobs page queries in SQL (issue 9, finding 16), on PostgreSQL and SQLite: the salary floor
filtered by the database with the Python rule's result on a table of salary variants, source
choices without a scan, and list queries that never read description text or HTML."""

from __future__ import annotations

import re

import pytest
from sqlmodel import Session, select

from careercopilot.models import JobPosting, Source, User
from careercopilot.schemas import JobFilters
from careercopilot.services import job_views, matching
from tests.support import scale_corpus, services

#: (key, salary_min, salary_max, currency, period)
SALARIES = [
    ("year-usd", 90_000, 120_000, "USD", "year"),
    ("year-usd-low", 50_000, 70_000, "USD", "year"),
    ("hour-usd", 45, 60, "USD", "hour"),            # 124,800 a year at the max
    ("hour-low", 20, 25, "USD", "hour"),
    ("day-eur", 400, None, "EUR", "day"),           # min only: 104,000 EUR
    ("week-gbp", 1500, 2000, "GBP", "week"),
    ("month-chf", 9000, 11000, "CHF", "month"),
    ("no-period", 100_000, None, "USD", None),      # unknown period = year
    ("lower-cur", 95_000, 110_000, "usd", "year"),
    ("unknown-cur", 200_000, 250_000, "XXX", "year"),  # not quoted by the ECB: dropped
    ("bad-period", 200_000, 250_000, "USD", "semester"),
    ("none", None, None, None, None),
]


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    with services.migrated_engine(request.param, tmp_path, "cc_jobsq") as eng:
        yield eng


@pytest.fixture
def data(engine):
    ids = {}
    with Session(engine) as s:
        a, b = User(email="a@example.org"), User(email="b@example.org")
        gh, lv, idle = Source(type="greenhouse", name="GH"), Source(type="lever", name="LV"), \
            Source(type="ashby", name="closed only")
        s.add_all([a, b, gh, lv, idle])
        s.flush()
        for i, (key, lo, hi, cur, period) in enumerate(SALARIES):
            p = JobPosting(source_id=gh.id if i % 2 else lv.id, source_type="greenhouse" if i % 2 else "lever",
                           ats_id=key, url=f"https://jobs.example.org/{key}", title=f"Role {key}", company="Acme",
                           company_key="acme", dedupe_key=key, salary_min=lo, salary_max=hi, salary_currency=cur,
                           pay_period=period, description_text="long text", description_html="<p>long</p>",
                           content_hash=key)
            s.add(p)
            s.flush()
            ids[key] = p.id
        s.add(JobPosting(source_id=idle.id, source_type="ashby", ats_id="c", url="https://x.example/c", title="Closed",
                         company="Z", company_key="z", dedupe_key="c", content_hash="c", is_open=False))
        s.add(JobPosting(source_type="url", ats_id="priv", url="https://x.example/p", title="Private", company="Q",
                         company_key="q", dedupe_key="p", content_hash="p", owner_id=a.id))
        s.commit()
        ids.update(a=a.id, b=b.id)
    return ids


@pytest.mark.parametrize("floor", [60_000, 100_000, 105_000, 130_000])
def test_salary_floor_in_sql_matches_the_python_rule(engine, data, floor):
    expected = set()
    for key, lo, hi, cur, period in SALARIES:
        ylo, yhi, _ = matching.annual_usd(lo, hi, cur, period)
        top = yhi if yhi is not None else ylo
        if top is not None and top >= floor:
            expected.add(data[key])
    with Session(engine) as s, scale_corpus.count_statements(engine) as c:
        cards, total = job_views.browse_postings(session=s, user_id=data["b"], page_size=50,
                                                 filters=JobFilters(salary_floor=floor, salary_currency="USD"))
    assert {card.posting_id for card in cards} == expected and total == len(expected)
    assert expected, "the table must keep something at every floor tried"
    assert len(c.statements) == 2  # count + page
    assert not any("description_html" in st or "description_text" in st for st in c.statements)


def test_source_choices_without_a_scan(engine, data):
    with Session(engine) as s, scale_corpus.count_statements(engine) as c:
        assert job_views.source_choices(session=s, user_id=data["b"]) == ["greenhouse", "lever"]
        assert job_views.source_choices(session=s, user_id=data["a"]) == ["greenhouse", "lever", "url"]
    assert not any("DISTINCT jobposting.source_type" in st and "source_id IS NULL" not in st for st in c.statements)


def test_ranked_page_decodes_only_its_own_explanations(engine, data, tmp_path):
    """A ranked Jobs page reads the stored scores counted and paged by the database and the
    cards' skill lists of the page's postings only (issue 9: a page load decoded every
    stored explanation); the profession note's two fields, read from the JSON by the database,
    give the rule's answer on a table of stored relations (best row first)."""
    from datetime import datetime, timezone

    from careercopilot.integrations import vectors
    from careercopilot.models import MatchScore, Resume

    index = vectors.VectorIndex(vectors.make_client(path=str(tmp_path / "chroma")))
    uid = data["b"]
    shared = [pid for key, pid in data.items() if key not in ("a", "b")]
    now = datetime(2026, 12, 1, tzinfo=timezone.utc)
    cases = [  # ((relation, person family) per stored row, best first) → expected gap family (None: no note)
        ([("other", "nursing"), ("adjacent", "nursing"), (None, "nursing")], "nursing"),
        ([("other", "nursing"), ("same", "nursing"), ("other", "nursing")], None),
        ([("code", "nursing"), ("other", "nursing")], None),
        ([(None, None), ("other", ""), ("other", "teaching"), ("other", "nursing")], "teaching"),
        ([("other", None)], None),  # the profession is unknown
    ]
    for i, (relations, family) in enumerate(cases):
        with Session(engine) as s:
            s.exec(MatchScore.__table__.delete())
            s.exec(Resume.__table__.delete())
            r = Resume(user_id=uid, filename="cv.txt", mime="text/plain", storage_key=f"k{i}", text="Nurse",
                       is_active=True, created_at=now, updated_at=now)
            s.add(r)
            s.flush()
            for rank, (pid, (rel, person)) in enumerate(zip(shared, relations)):
                s.add(MatchScore(user_id=uid, resume_id=r.id, posting_id=pid, model_version=matching.SCORE_MODEL_VERSION,
                                 score=90.0 - rank, computed_at=now,
                                 explanation={"occupation_relation": rel, "person_family": person,
                                              "matched_skills": [{"skill": f"skill{rank}", "required": True}]}))
            s.commit()
        with Session(engine) as s, scale_corpus.count_statements(engine) as c:
            page = matching.rank_postings(session=s, user_id=uid, page=1, page_size=1, index=index)
        assert [card.matched_skills for card in page.items] == [["skill0"]]
        assert page.total == len(relations)
        gap = page.profession_gap  # a few of the profession among other work is the scarce note (few_count)
        assert (gap.family if gap and not gap.few_count else None) == family, relations
        # never the whole explanation column: keys extracted by the database, the cards' skill
        # lists for the page's ids only, the profession fields stopping at one row (LIMIT)
        touching = [st for st in c.statements if re.search(r"matchscore\.explanation", st, re.I)]
        assert not [st for st in touching
                    if re.search(r"(?<!json_extract\()matchscore\.explanation\s*(,|\s+FROM\b)", st, re.I)], touching
        assert [st for st in touching if re.search(r"matchscore\.posting_id IN", st, re.I)], touching
        assert all(re.search(r"matchscore\.posting_id IN|\bLIMIT\b", st, re.I) for st in touching), touching


def _loc(ok):
    return [{"name": "title", "ok": True, "reason": ""}] + (
        [] if ok == "none" else [{"name": "location", "ok": ok, "reason": ""}])


#: ((relation, location check ok — "none": no location check, the person chose no places) per
#: stored row, best first) → the far note's count (None: no far note). ux100: a CPhT in Pittsburgh
#: whose pharmacy-technician postings were all elsewhere was told nothing (old code: no far note at all).
FAR_CASES = [
    ([("other", True), ("same", False), ("code", False)], 2),   # all own postings far: 2
    ([("code", False)], 1),
    ([("same", False), ("code", True)], None),                  # one is near
    ([("same", False), ("same", None)], None),                  # place unknown: may be near
    ([("same", "none"), ("code", "none")], None),               # no places chosen
    ([("other", False), ("adjacent", False)], None),            # none of the profession: the other note
    ([("code", False), ("other", True), ("same", False), ("same", False)], 3),
]


@pytest.mark.parametrize("rows,far", FAR_CASES)
def test_profession_far_from_the_users_places(engine, data, tmp_path, rows, far):
    """Postings of the person's profession exist but every one is outside their places: the
    ranked page's gap says how many and where (``matching.profession_near``), read best first
    and stopping at the first near one, with a LIMIT."""
    from datetime import datetime, timezone

    from careercopilot.integrations import vectors
    from careercopilot.models import MatchScore, Resume

    index = vectors.VectorIndex(vectors.make_client(path=str(tmp_path / "chroma")))
    uid = data["b"]
    shared = [pid for key, pid in data.items() if key not in ("a", "b")]
    towns = ["Columbus, OH", "Denver, CO", "Austin, TX", "Boise, ID", "Reno, NV", "Tulsa, OK"]
    now = datetime(2026, 12, 1, tzinfo=timezone.utc)
    with Session(engine) as s:
        for pid, town in zip(shared, towns):
            p = s.get(JobPosting, pid)
            p.location_text = town
            s.add(p)
        r = Resume(user_id=uid, filename="cv.txt", mime="text/plain", storage_key="k", text="CPhT",
                   is_active=True, created_at=now, updated_at=now)
        s.add(r)
        s.flush()
        for rank, (pid, (rel, ok)) in enumerate(zip(shared, rows)):
            s.add(MatchScore(user_id=uid, resume_id=r.id, posting_id=pid, model_version=matching.SCORE_MODEL_VERSION,
                             score=90.0 - rank, computed_at=now,
                             explanation={"occupation_relation": rel, "person_family": "allied_health",
                                          "checks": _loc(ok), "matched_skills": []}))
        s.commit()
    with Session(engine) as s, scale_corpus.count_statements(engine) as c:
        page = matching.rank_postings(session=s, user_id=uid, page=1, page_size=5, index=index)
    gap = page.profession_gap
    if far is None:
        assert gap is None or not gap.far_count, rows
        return
    assert gap is not None and gap.family == "allied_health" and gap.far_count == far, rows
    own = [towns[i] for i, (rel, _) in enumerate(rows) if rel in ("code", "same")]
    assert gap.far_places == "; ".join(own[:3])
    note = job_views.far_note(gap)
    assert note.startswith(f"No allied health postings near your places yet: {far} allied health posting")
    assert "Widen your places or add Remote on Preferences, or add a source" in note
    touching = [st for st in c.statements if re.search(r"matchscore\.explanation", st, re.I)]
    assert all(re.search(r"matchscore\.posting_id IN|\bLIMIT\b", st, re.I) for st in touching), touching


#: ((relation, location check ok) per stored row, best first) → the scarce note's count (None: no such
#: note). trial105: a dental hygienist's feed held 3 dental postings among 900 and the list filled up with
#: other work without a word (old code: no note in any of these rows).
FEW_CASES = [
    ([("code", True), ("other", True), ("other", True)], 1),
    ([("other", True), ("same", True), ("adjacent", True), ("same", False)], 2),
    ([("same", True), ("code", True), ("same", None), ("code", False), ("other", True)], 4),
    ([("same", True)] * 5 + [("other", True)], None),           # five of the profession: enough
    ([("same", True), ("code", True)], None),                   # the whole feed is of the profession
    ([("code", False), ("other", True)], None),                 # all far: the far note instead
]


@pytest.mark.parametrize("rows,few", FEW_CASES)
def test_profession_scarce_in_the_feed(engine, data, tmp_path, rows, few):
    """Fewer than ``profession_near.FEW_OWN`` postings of the person's own occupation, one near, and
    other postings scored: the ranked page's gap says how few (``few_count``) and the Jobs note says
    the rest is other work and where more are listed."""
    from datetime import datetime, timezone

    from careercopilot.integrations import vectors
    from careercopilot.models import MatchScore, Resume

    index = vectors.VectorIndex(vectors.make_client(path=str(tmp_path / "chroma")))
    uid = data["b"]
    shared = [pid for key, pid in data.items() if key not in ("a", "b")]
    assert len(shared) >= len(rows)
    now = datetime(2026, 12, 1, tzinfo=timezone.utc)
    with Session(engine) as s:
        r = Resume(user_id=uid, filename="cv.txt", mime="text/plain", storage_key="k", text="RDH",
                   is_active=True, created_at=now, updated_at=now)
        s.add(r)
        s.flush()
        for rank, (pid, (rel, ok)) in enumerate(zip(shared, rows)):
            s.add(MatchScore(user_id=uid, resume_id=r.id, posting_id=pid, model_version=matching.SCORE_MODEL_VERSION,
                             score=90.0 - rank, computed_at=now,
                             explanation={"occupation_relation": rel, "person_family": "allied_health",
                                          "checks": _loc(ok), "matched_skills": []}))
        s.commit()
    with Session(engine) as s:
        page = matching.rank_postings(session=s, user_id=uid, page=1, page_size=5, index=index)
    gap = page.profession_gap
    if few is None:
        assert gap is None or not gap.few_count, rows
        return
    assert gap is not None and gap.few_count == few and not gap.far_count, rows
    note = job_views.few_note(gap)
    assert note.startswith(f"Only {few} posting") and "of your own occupation" in note
    assert "other work in allied health" in note and "Add a source" in note


def test_owned_postings_are_found_through_the_owner_index(engine, data):
    """"Does the user own a listable posting" (every search) reaches owned postings through the
    owner_id index — not a walk over every posting through the is_flagged index, which SQLite
    (no statistics) chose for ``owner_id = ?`` next to the listable conditions."""
    from sqlalchemy import event

    from careercopilot.services.matching.search import _has_private

    seen = []

    def keep(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        with Session(engine) as s:
            assert _has_private(s, data["a"]) is True and _has_private(s, data["b"]) is False
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    assert len(seen) == 2
    if engine.dialect.name == "sqlite":
        statement, parameters = seen[0]
        with engine.connect() as conn:
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))
        assert "ix_jobposting_owner_id" in plan, plan


def test_a_ranked_jobs_view_is_counted_and_paged_by_the_database(engine, data, tmp_path):
    """Issue 9, session 12: an unfiltered ranked Jobs view reads the user's stored scores counted
    and one page of them — no statement returns every stored score row (the view loaded all
    ~400–1,000 of them to show 20) — in a fixed number of statements (13 here: 12, and since session 28 one bounded read of
    the own-occupation scores for the "none of your profession near you" note, ``profession_near``), and
    the page and total are the list's rule: best score first, then posting id; closed, flagged,
    duplicate, other users' private and hidden postings left out."""
    from datetime import datetime, timezone

    from careercopilot.integrations import vectors
    from careercopilot.models import MatchScore, PostingHide, Resume

    index = vectors.VectorIndex(vectors.make_client(path=str(tmp_path / "chroma")))
    uid, other = data["b"], data["a"]
    then, now = datetime(2026, 11, 1, tzinfo=timezone.utc), datetime(2026, 12, 1, tzinfo=timezone.utc)
    with Session(engine) as s:
        ids = [p.id for p in s.exec(select(JobPosting).order_by(JobPosting.id))]
        flagged, duplicate, hidden = ids[1], ids[2], ids[3]
        for pid, changes in ((flagged, {"is_flagged": True}), (duplicate, {"duplicate_of_id": ids[0]})):
            row = s.get(JobPosting, pid)
            for name, value in changes.items():
                setattr(row, name, value)
            s.add(row)
        s.add(PostingHide(user_id=uid, posting_id=hidden))
        r = Resume(user_id=uid, filename="cv.txt", mime="text/plain", storage_key="k", text="Backend engineer",
                   is_active=True, created_at=then, updated_at=then)
        s.add(r)
        s.flush()
        scores = {pid: float(50 + (i * 7) % 13) for i, pid in enumerate(ids)}  # ties broken by posting id
        for pid, score in scores.items():  # every posting, the closed one and A's private one included
            s.add(MatchScore(user_id=uid, resume_id=r.id, posting_id=pid, model_version=matching.SCORE_MODEL_VERSION,
                             score=score, computed_at=now,
                             explanation={"matched_skills": [{"skill": f"s{pid}", "required": True}],
                                          "missing_skills": [], "occupation_relation": "same"}))
        s.commit()
        shown = {p.id for p in s.exec(select(JobPosting).where(
            JobPosting.is_open, JobPosting.duplicate_of_id.is_(None), JobPosting.is_flagged.is_(False),
            JobPosting.owner_id.is_(None) | (JobPosting.owner_id == uid)))} - {hidden}
    expected = sorted(shown, key=lambda pid: (-scores[pid], pid))
    assert other and len(expected) == len(ids) - 5  # closed, A's private, flagged, duplicate, hidden left out
    for page in (1, 2, 3):
        with Session(engine) as s, scale_corpus.count_statements(engine) as c:
            view = job_views.jobs_view(session=s, user_id=uid, page=page, page_size=3, index=index)
        assert not view.browsing and not view.scoring
        assert view.total == len(expected) and view.pages == 3
        assert [row.posting_id for row in view.rows] == expected[(page - 1) * 3: page * 3]
        assert [row.matched for row in view.rows] == [[f"s{pid}"] for pid in expected[(page - 1) * 3: page * 3]]
        assert len(c.statements) == 13, c.statements
        unpaged = [st for st in c.statements if re.search(r"\bFROM matchscore\b", st, re.I)
                   and not re.search(r"\bLIMIT\b|matchscore\.posting_id IN|\bcount\(", st, re.I)]
        assert not unpaged, unpaged


def test_a_card_says_which_required_licence_the_resume_does_not_show(engine, data, tmp_path):
    """The licence gap that keeps a posting of the person's own field under the strong band
    (score-17, ``MatchExplanation.missing_licences``) reaches the Jobs card from the stored JSON,
    on SQLite and PostgreSQL; a row stored before score-17 has no such key and reads as none."""
    from datetime import datetime, timezone

    from careercopilot.integrations import vectors
    from careercopilot.models import MatchScore, Resume

    index = vectors.VectorIndex(vectors.make_client(path=str(tmp_path / "chroma")))
    uid = data["b"]
    shared = [pid for key, pid in data.items() if key not in ("a", "b")][:2]
    now = datetime(2026, 12, 1, tzinfo=timezone.utc)
    gap = "Requires a pharmacist licence (RPh) — not on your resume"
    with Session(engine) as s:
        r = Resume(user_id=uid, filename="cv.txt", mime="text/plain", storage_key="lic", text="RDH",
                   is_active=True, created_at=now, updated_at=now)
        s.add(r)
        s.flush()
        s.add(MatchScore(user_id=uid, resume_id=r.id, posting_id=shared[0], model_version=matching.SCORE_MODEL_VERSION,
                         score=74.0, computed_at=now, explanation={"missing_licences": [gap], "matched_skills": []}))
        s.add(MatchScore(user_id=uid, resume_id=r.id, posting_id=shared[1], model_version=matching.SCORE_MODEL_VERSION,
                         score=70.0, computed_at=now, explanation={"matched_skills": []}))
        s.commit()
    with Session(engine) as s:
        page = matching.rank_postings(session=s, user_id=uid, page=1, page_size=5, index=index)
    by_id = {c.posting_id: c for c in page.items}
    assert by_id[shared[0]].missing_licences == [gap] and by_id[shared[1]].missing_licences == []
    assert job_views.job_row(by_id[shared[0]]).licence_gap == gap and job_views.job_row(by_id[shared[1]]).licence_gap == ""
