"""Search costs what its hits cost, not what the corpus costs (issue 9, finding 16; ``benchmarks/search.py``).

On PostgreSQL and SQLite, with the real model for the query and a real Chroma PersistentClient:

* the statements one search sends are the same at 200 and at 2,000 postings that all match
  the query's words (the lexical hits come with their ranking columns from the full-text
  statement; before, every hit was read again by id, 900 ids a statement);
* a search never asks Chroma for the collection's size (``count()``: a COUNT over the whole
  collection on every search with lexical hits outside the vector candidates); the loaded
  vector cache knows it;
* the cosines of lexical hits outside the vector candidates are the index's vectors' (one
  mat-vec now, one dot product per hit before): same values, same order;
* the cap on lexical hits read per search counts hits (postings with enough of the query's
  words), not postings with any one word, and beyond it the total is an estimate
  (``total_about``), not the number that happened to be read.
"""

from __future__ import annotations

import random
from datetime import datetime, timezone

import numpy as np
import pytest
from sqlmodel import Session

from careercopilot.integrations import embeddings as emb
from careercopilot.integrations import vectors
from careercopilot.models import JobPosting, User
from careercopilot.services import matching
from careercopilot.services.matching.search import SEARCH_LEXICAL_CANDIDATES
from tests.support import scale_corpus, services

NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)


@pytest.fixture(params=["sqlite", "postgresql"])
def make_db(request, tmp_path, model):
    made = []

    def make(name: str):
        cm = services.migrated_engine(request.param, tmp_path, f"cc_srch_{name}")
        made.append(cm)
        return cm.__enter__()

    yield make
    for cm in made:
        cm.__exit__(None, None, None)


def _corpus(engine, tmp_path, n: int):
    """``n`` shared postings, every one an "Engineer" title with "Python" in its text, indexed
    with random vectors (far from any query: their hits are lexical), and one user."""
    rows = scale_corpus.posting_rows(range(1, n + 1), source_id=None, rng=random.Random(n), now=NOW)
    for r in rows:
        r["title"] = "Backend Engineer"
        r["description_text"] = "You will design and build scalable REST APIs in Python and Go. " + r["description_text"]
    with Session(engine) as s:
        scale_corpus.insert_postings(s, rows)
        u = User(email=f"search{n}@example.org")
        s.add(u)
        s.commit()
        uid = u.id
    index = vectors.VectorIndex(vectors.make_client(path=str(tmp_path / f"chroma_{n}")))
    meta = [matching.posting_metadata(JobPosting(**r)) for r in rows]
    scale_corpus.index_vectors(index, [r["id"] for r in rows], scale_corpus.random_unit_vectors(n, emb.DIM, seed=n),
                               meta)
    index.cache()  # the app process has its cache loaded
    return uid, index


def _search(engine, index, uid, query="python engineer"):
    with Session(engine) as s:  # warm: model, query embedding
        matching.search_postings(session=s, user_id=uid, query=query, index=index)
    with scale_corpus.count_statements(engine) as c, Session(engine) as s:
        page = matching.search_postings(session=s, user_id=uid, query=query, index=index)
    return c, page


def test_statements_do_not_grow_with_the_corpus(make_db, tmp_path, monkeypatch):
    monkeypatch.setattr("careercopilot.config.settings.shared_cache_seconds", 0)
    counts = {}
    for n in (200, 2000):
        engine = make_db(f"n{n}")
        uid, index = _corpus(engine, tmp_path, n)
        c, page = _search(engine, index, uid)
        # every posting is a lexical hit: all listed at 200; the newest SEARCH_LEXICAL_CANDIDATES
        # listed at 2,000 and the rest estimated (dense ids, uniform: the estimate is exact)
        assert (page.total, page.total_about) == ((n, None) if n <= SEARCH_LEXICAL_CANDIDATES
                                                  else (SEARCH_LEXICAL_CANDIDATES, n))
        counts[n] = c.count
    assert counts[2000] == counts[200], counts


def test_search_never_counts_the_vector_collection(make_db, tmp_path, monkeypatch):
    monkeypatch.setattr("careercopilot.config.settings.shared_cache_seconds", 0)
    engine = make_db("count")
    uid, index = _corpus(engine, tmp_path, 50)
    calls = []
    real = index.docs.count
    monkeypatch.setattr(index.docs, "count", lambda: calls.append(1) or real(), raising=False)
    c, page = _search(engine, index, uid)
    assert page.total == 50 and not calls


def test_lexical_hits_get_the_cosine_of_their_indexed_vector(make_db, tmp_path, monkeypatch):
    monkeypatch.setattr("careercopilot.config.settings.shared_cache_seconds", 0)
    engine = make_db("cos")
    uid, index = _corpus(engine, tmp_path, 60)
    _, page = _search(engine, index, uid)
    cache = index.cache()
    qv = np.asarray(emb.embed_document_cached("python engineer")[1], dtype=np.float32)
    for item in page.items:
        want = float(cache.mat[cache.row_of[item.posting_id]] @ qv)
        assert item.similarity == pytest.approx(round(want, 4), abs=1e-4)
    sims = [i.similarity for i in page.items]
    assert sims == sorted(sims, reverse=True)  # lexical hits of equal share: by cosine


@pytest.mark.parametrize("query, every", [
    ("python engineer", 2),          # both words: every 2nd posting (odd ids) has both
    ("python engineer scala", 3),    # more than half the words' weight: every 3rd has all three
])
def test_lexical_cap_counts_hits_not_single_word_matches(make_db, tmp_path, monkeypatch, query, every):
    """100 postings; the hits are every ``every``-th, the others have one word of the query
    only (and are newer than some hits). The newest 20 hits are listed, the 100 // every in
    all estimated. Before: the newest 20 postings with ANY word were read and about half
    were no hits — fewer listed, and the total was that count."""
    monkeypatch.setattr("careercopilot.config.settings.shared_cache_seconds", 0)
    monkeypatch.setattr("careercopilot.services.matching.search.SEARCH_LEXICAL_CANDIDATES", 20)
    engine = make_db(f"cap{every}")
    rows = scale_corpus.posting_rows(range(1, 101), source_id=None, rng=random.Random(7), now=NOW)
    for r in rows:
        hit = r["id"] % every == 1 % every
        r["title"] = "Backend Engineer"
        r["description_text"] = ("Python and Scala every day." if every == 3 else "Python every day.") if hit \
            else "We use Java."
        r["description_html"] = f"<p>{r['description_text']}</p>"
    with Session(engine) as s:
        scale_corpus.insert_postings(s, rows)
        u = User(email="cap@example.org")
        s.add(u)
        s.commit()
        uid = u.id
    index = vectors.VectorIndex(vectors.make_client(path=str(tmp_path / f"chroma_cap{every}")))
    meta = [matching.posting_metadata(JobPosting(**r)) for r in rows]
    scale_corpus.index_vectors(index, [r["id"] for r in rows], scale_corpus.random_unit_vectors(100, emb.DIM, seed=3),
                               meta)
    index.cache()
    _, page = _search(engine, index, uid, query=query)
    hits = {r["id"] for r in rows if r["id"] % every == 1 % every}
    assert page.total == 20
    assert {i.posting_id for i in page.items} <= hits
    assert page.total_about == pytest.approx(len(hits), abs=2)
