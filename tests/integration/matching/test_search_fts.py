"""Search through the full-text index (issue 9, finding 16), on PostgreSQL and SQLite.

The table of variants: stemmed prefixes, phrases, words with symbols, hostile query syntax
(FTS5 and tsquery operators, SQL, quotes, NUL-free control text), private postings of
another user, closed postings and duplicates, and the index kept in step by writes
(insert, update of the text, delete). Plus: search reads no description of the hits.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from careercopilot.integrations import vectors
from careercopilot.models import JobPosting, User
from careercopilot.services import matching
from careercopilot.services.matching.search import _lexical_candidates, search_terms
from tests.support import scale_corpus, services

POSTINGS = {
    "backend": ("Senior Backend Engineer", "We are engineering scalable REST APIs in Python and Go on Kubernetes."),
    "ml": ("Machine Learning Engineer", "Train machine learning models with PyTorch; deploy them to production."),
    "learning": ("Learning Designer", "Design learning programs; machine maintenance knowledge is a plus."),
    "cpp": ("Game Developer", "Write engine code in C++ and tools in C#."),
    "csharp": ("Desktop Developer", "Build Windows apps in C# and .NET."),
    "node": ("Full-stack Developer", "React on the front, Node.js and PostgreSQL on the back; CI/CD with GitHub."),
    "nurse": ("Registered Nurse - ICU", "Provide direct patient care; active RN license required. Nurses wanted."),
    "accent": ("Développeur Python", "Équipe à Montréal; télétravail possible."),
}


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path, model):
    with services.migrated_engine(request.param, tmp_path, "cc_fts") as eng:
        yield eng


@pytest.fixture
def corpus(engine):
    ids = {}
    with Session(engine) as s:
        a, b = User(email="a@example.org"), User(email="b@example.org")
        s.add_all([a, b])
        s.flush()
        for i, (key, (title, body)) in enumerate(POSTINGS.items()):
            p = JobPosting(source_type="greenhouse", ats_id=key, url=f"https://jobs.example.org/{key}", title=title,
                           company="Acme", company_key="acme", dedupe_key=key, description_text=body,
                           description_html=f"<p>{body}</p>", content_hash=key, tags=["remote-ok"] if i == 0 else [])
            s.add(p)
            s.flush()
            ids[key] = p.id
        private = JobPosting(source_type="url", ats_id="priv", url="https://careers.example.net/x", owner_id=a.id,
                             title="Backend Engineer at Stealth", company="Stealth", company_key="stealth",
                             dedupe_key="priv", description_text="Python backend engineering.", content_hash="p")
        closed = JobPosting(source_type="greenhouse", ats_id="closed", url="https://jobs.example.org/closed",
                            title="Backend Engineer (closed)", company="Acme", company_key="acme", dedupe_key="c",
                            description_text="Python backend.", content_hash="c", is_open=False)
        s.add_all([private, closed])
        s.flush()
        dup = JobPosting(source_type="lever", ats_id="dup", url="https://jobs.lever.co/acme/dup",
                         title="Senior Backend Engineer", company="Acme", company_key="acme", dedupe_key="backend",
                         description_text=POSTINGS["backend"][1], content_hash="d", duplicate_of_id=ids["backend"])
        s.add(dup)
        s.commit()
        ids.update(private=private.id, closed=closed.id, dup=dup.id, a=a.id, b=b.id)
    return ids


def _hits(engine, user_id, query):
    with Session(engine) as s:
        return set(_lexical_candidates(s, user_id, search_terms(query)))


@pytest.mark.parametrize("query, expected", [
    # stemmed prefix: Engineer, engineering — and "engine" (C++ engine code): Porter and
    # Snowball stem engine/engineer/engineering alike to "engin"
    ("engineer", {"backend", "ml", "cpp"}),
    ("engineers", {"backend", "ml", "cpp"}),
    ("engineering", {"backend", "ml", "cpp"}),
    ("nurse", {"nurse"}),                                  # Nurse, Nurses
    ("nursing", {"nurse"}),                                # Porter/Snowball: nursing → nurs
    ("kubernetes", {"backend"}),
    ("KUBERNETES", {"backend"}),                           # case-folded
    ('"machine learning"', {"ml"}),                        # phrase: adjacent, in order
    ("machine learning", {"ml", "learning"}),              # both words, anywhere
    ('"learning machine"', set()),                         # phrase order matters
    ("c++", {"cpp"}),                                      # symbols: c++ is not c#
    ("c#", {"cpp", "csharp"}),
    ("node.js", {"node"}),
    ("ci/cd", {"node"}),
    ("développeur", {"accent"}),
    ("remote-ok", {"backend"}),                            # tags are indexed
    ("xyzzyqwv", set()),
    # the share rule tested by the index (IDF-weighted, more than half; fulltext.qualifying_groups)
    ("python engineer kubernetes", {"backend"}),           # all three; "ml" has engineer only
    ("python kubernetes nurse", {"backend"}),              # 2 of 3
    ("python xyzzyqwv", set()),                            # one of two is not enough
])
def test_fulltext_variants(engine, corpus, query, expected):
    assert _hits(engine, corpus["b"], query) == {corpus[k] for k in expected}


@pytest.mark.parametrize("query", [
    "'; DROP TABLE jobposting; --", '" OR 1=1 --', "python* OR NEAR(a b)", "title:python", "python & !go | :*",
    "(((", '"', "\\", "a'b\"c", "NOT AND OR", "python)) UNION SELECT 1 --", "🙂 python", "%_%", "{col}: x",
])
def test_hostile_query_syntax_is_plain_text(engine, corpus, query):
    got = _hits(engine, corpus["b"], query)  # never raises
    assert got <= {corpus[k] for k in POSTINGS}
    with Session(engine) as s:
        assert s.exec(select(JobPosting)).all()  # the table is still there


def test_diacritics_folded_on_sqlite_kept_on_postgresql(engine, corpus):
    """FTS5 ``remove_diacritics`` folds é → e; PostgreSQL's ``english`` configuration has no
    ``unaccent``: typing the accent-free spelling finds it on SQLite only."""
    expected = {corpus["accent"]} if engine.dialect.name == "sqlite" else set()
    assert _hits(engine, corpus["b"], "developpeur") == expected


def test_private_closed_and_duplicate_postings_never_match(engine, corpus):
    assert corpus["private"] in _hits(engine, corpus["a"], "backend engineer")
    theirs = _hits(engine, corpus["b"], "backend engineer")
    assert corpus["private"] not in theirs
    assert corpus["closed"] not in theirs and corpus["dup"] not in theirs
    assert corpus["backend"] in theirs


def test_index_follows_inserts_updates_and_deletes(engine, corpus):
    with Session(engine) as s:
        p = s.get(JobPosting, corpus["nurse"])
        p.description_text = "Now hiring a paramedic for the ambulance service."
        s.commit()
    assert _hits(engine, corpus["b"], "paramedic") == {corpus["nurse"]}
    assert _hits(engine, corpus["b"], "patient") == set()
    with Session(engine) as s:
        s.execute(text("DELETE FROM jobposting WHERE id = :id"), {"id": corpus["node"]})
        s.commit()
    assert _hits(engine, corpus["b"], "node.js") == set()


def test_fts_objects_exist_at_head(engine):
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            names = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
            assert {"jobposting_fts_ai", "jobposting_fts_ad", "jobposting_fts_au"} <= names
        else:
            assert conn.execute(text("SELECT indexdef FROM pg_indexes WHERE indexname = "
                                     "'ix_jobposting_search_vector'")).scalar_one().find("gin") > 0


def test_search_postings_end_to_end_reads_no_descriptions(engine, corpus, tmp_path):
    from careercopilot import db

    previous = db._engine
    db.set_engine(engine)
    try:
        index = vectors.VectorIndex(vectors.make_client(path=str(tmp_path / "chroma")))
        with Session(engine) as s:
            matching.index_open_postings(session=s, index=index)
            s.commit()
        with scale_corpus.count_statements(engine) as c, Session(engine) as s:
            page_b = matching.search_postings(session=s, user_id=corpus["b"], query="backend engineer", index=index)
        ids_b = {i.posting_id for i in page_b.items}
        assert corpus["backend"] in ids_b and corpus["private"] not in ids_b and corpus["closed"] not in ids_b
        assert not any("description_html" in st for st in c.statements)
        assert not any("description_text" in st and "jobposting_fts" not in st for st in c.statements)
        with Session(engine) as s:
            page_a = matching.search_postings(session=s, user_id=corpus["a"], query="backend engineer", index=index)
        assert corpus["private"] in {i.posting_id for i in page_a.items}
    finally:
        db.set_engine(previous)
