"""Large already-indexed corpora for the scale benchmarks (``sync_cost.py``, ``search.py``).

A corpus of ``n`` postings is built once per size and kept under ``benchmarks/.cache``
(gitignored) as templates; every benchmark run works on a copy:

* texts: the recorded + written postings, then synthesized ones (``match.synth_texts``:
  a real title + sentences of real postings of the same title family) — realistic words
  and lengths for full-text search;
* vectors: the real postings' texts embedded with the real model once (memoized), every
  other posting a perturbation of the real vector of the posting its text was drawn from
  (``match.perturb``: real nearest-neighbour cosines, real covariance) — embedding 100,000
  postings with the model would take ~45 min here. Written to a Chroma PersistentClient
  (document vectors + metadata; chunks are only needed for postings a sync changes, which
  are embedded for real);
* database (SQLite file and PostgreSQL database ``ccbench_<n>``, migrated to head):
  the postings (bulk insert, ``index_pending`` false: indexed), 200 users with resumes
  (the 24 real benchmark resumes, cycled) and each user's stored scores for the 400
  postings nearest to the resume (the state after a full refresh; values are placeholders
  — only which pairs are stored matters to a sync).

Copies: SQLite file copy, ``CREATE DATABASE … TEMPLATE``, Chroma folder copy.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

import _corpus  # noqa: F401  (puts the repo root on sys.path)
import match as match_bench

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "benchmarks" / ".cache"
#: Bump when the generated data changes (templates are rebuilt).
DATA_VERSION = "scale-v1"
USERS = 200
STORED_PER_USER = 400
NOW = datetime(2026, 11, 29, tzinfo=timezone.utc)
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def resumes() -> list[dict]:
    """The 24 real benchmark resumes (``{"text", "prefs"}``)."""
    out = []
    for name in ("match_resumes.json", "match_set2_resumes.json", "match_set3_resumes.json",
                 "match_set4_resumes.json"):
        out += list(json.loads((_corpus.DATA / name).read_text()).values())
    return out


def _base() -> tuple[list[str], np.ndarray]:
    """Real posting texts and their document vectors (embedded once, memoized in CACHE)."""
    from careercopilot.integrations import embeddings as emb

    texts = _corpus.posting_texts()
    h = hashlib.sha256("\x1e".join([emb.MODEL_VERSION, *texts]).encode()).hexdigest()[:16]
    path = CACHE / f"base-{h}.npy"
    if not path.exists():
        log(f"embedding {len(texts)} real postings once (memoized in {path.name})")
        CACHE.mkdir(parents=True, exist_ok=True)
        np.save(path, np.stack([d for _, d in emb.embed_documents(texts)]).astype(np.float32))
    return texts, np.load(path)


@dataclass
class Corpus:
    n: int
    texts: list[str]
    vectors: np.ndarray  # float32 (n, 384), unit rows; posting id = row + 1


def corpus(n: int) -> Corpus:
    """``n`` texts + vectors (deterministic for ``n``)."""
    rng, nrng = random.Random(n), np.random.default_rng(n)
    base_texts, base = _base()
    texts = match_bench.synth_texts(n, rng)
    # the synthesized text i was drawn from base posting parent[i] (its title); perturb that vector
    titles = {t.split("\n", 1)[0]: i for i, t in enumerate(base_texts)}
    parents = np.array([i if i < len(base) else titles.get(t.split("\n", 1)[0], i % len(base))
                        for i, t in enumerate(texts)])
    nn = match_bench.nn_cosines(base)
    basis = (base - base.mean(axis=0)) / np.sqrt(len(base))
    vecs = np.empty((n, base.shape[1]), dtype=np.float32)
    for a in range(0, n, 2000):
        b = min(n, a + 2000)
        vecs[a:b] = match_bench.perturb(base[parents[a:b]], nrng.choice(nn, b - a), basis, nrng)
    real = min(n, len(base))
    vecs[:real] = base[:real]
    return Corpus(n, texts, vecs)


def _rows(c: Corpus) -> list[dict]:
    from tests.support import scale_corpus

    rows = scale_corpus.posting_rows(range(1, c.n + 1), source_id=None, now=NOW)
    for row, t in zip(rows, c.texts):
        title, _, body = t.partition("\n")
        company, _, body = body.partition("\n") if t.count("\n") >= 2 else ("", "", body)
        row["title"] = title[:500] or row["title"]
        row["description_text"] = body
        row["description_html"] = "".join(f"<p>{p}</p>" for p in body.split(". ") if p)
    return rows


def _stored_scores(c: Corpus) -> list[dict]:
    """MatchScore rows: each user's :data:`STORED_PER_USER` nearest postings (placeholder values)."""
    from careercopilot.integrations import embeddings as emb
    from careercopilot.services.matching import SCORE_MODEL_VERSION

    res = resumes()
    docs = np.stack([emb.embed_document_cached(r["text"])[1] for r in res]).astype(np.float32)
    sims = docs @ c.vectors.T
    k = min(STORED_PER_USER, c.n)
    top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    out = []
    for u in range(USERS):
        r = u % len(res)
        for col in top[r]:
            s = float(sims[r, col])
            out.append({"user_id": u + 1, "resume_id": u + 1, "posting_id": int(col) + 1,
                        "model_version": SCORE_MODEL_VERSION, "score": round(100 * max(0.0, s), 2), "semantic": s,
                        "skills": 0.5, "preference": 0.5, "freshness": 0.5, "explanation": {}, "computed_at": NOW})
    return out


def _as_row(obj) -> dict:
    """Every column of a model instance (defaults included: PostgreSQL COPY needs them all)."""
    return {c.name: getattr(obj, c.name) for c in obj.__table__.columns}


def _fill(engine, c: Corpus) -> None:
    from sqlmodel import Session

    from careercopilot.models import MatchScore, Resume, User
    from careercopilot.services.ingest import _bulk_insert
    from tests.support import scale_corpus

    rows = _rows(c)
    res = resumes()
    with Session(engine) as s:
        for a in range(0, len(rows), 10_000):
            scale_corpus.insert_postings(s, rows[a:a + 10_000])
        _bulk_insert(s, User.__table__, [_as_row(User(id=u + 1, email=f"bench{u + 1}@example.org", created_at=NOW))
                                         for u in range(USERS)])
        _bulk_insert(s, Resume.__table__, [_as_row(Resume(
            id=u + 1, user_id=u + 1, filename="cv.txt", mime="text/plain", storage_key=f"k{u + 1}",
            text=res[u % len(res)]["text"], is_active=True, created_at=NOW, updated_at=NOW)) for u in range(USERS)])
        _bulk_insert(s, MatchScore.__table__, _stored_scores(c))
        if engine.dialect.name == "postgresql":
            for t in ("user", "resume", "matchscore"):
                s.connection().exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('\"{t}\"', 'id'), (SELECT max(id) FROM \"{t}\"))")
        s.commit()


def _pg_exists(name: str) -> bool:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is not None


def _pg(sql: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(sql)


def _pg_db(name: str, sql: str) -> None:
    """Run ``sql`` (autocommit) in database ``name``."""
    import psycopg

    with psycopg.connect(PG_ADMIN.rsplit("/", 1)[0] + f"/{name}", autocommit=True) as conn:
        conn.execute(sql)


def _marker(name: str) -> Path:
    return CACHE / f"{name}.{DATA_VERSION}.ok"


def template(n: int, backend: str) -> str:
    """URL of the migrated template database of ``n`` postings (built when missing)."""
    from careercopilot.db import make_engine
    from careercopilot.services import migrations

    CACHE.mkdir(parents=True, exist_ok=True)
    name = f"ccbench_{n}"
    url = (f"sqlite:///{CACHE / (name + '.db')}" if backend == "sqlite"
           else f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}")
    mark = _marker(f"{name}-{backend}")
    if not mark.exists():
        log(f"building the {backend} template of {n:,} postings")
        t0 = time.perf_counter()
        if backend == "sqlite":
            Path(url[len("sqlite:///"):]).unlink(missing_ok=True)
        else:
            if _pg_exists(name):
                _pg(f'DROP DATABASE "{name}" WITH (FORCE)')
            _pg(f'CREATE DATABASE "{name}"')
        migrations.upgrade(url)
        engine = make_engine(url)
        _fill(engine, corpus(n))
        engine.dispose()
        if backend == "postgresql":
            # what autovacuum does after a bulk load: planner statistics and the GIN pending list
            # merged. Copies made with CREATE DATABASE … TEMPLATE keep both, but see no writes, so
            # autovacuum never gets to them: without this the search benchmark measured plans for a
            # never-analyzed table (every posting's tsvector tested, 800 ms a query at 100,000)
            _pg_db(name, "VACUUM ANALYZE")
        mark.write_text(time.strftime("%Y-%m-%d %H:%M:%S"))
        log(f"built in {time.perf_counter() - t0:.0f}s")
    migrations.upgrade(url)  # a template built before a newer revision
    checkpoint(url)
    return url


def chroma_template(n: int) -> Path:
    """Folder of a Chroma PersistentClient holding the ``n`` document vectors + metadata."""
    from careercopilot.integrations import vectors
    from careercopilot.models import JobPosting
    from careercopilot.services.matching import posting_metadata

    path = CACHE / f"chroma_{n}"
    mark = _marker(f"chroma_{n}")
    if mark.exists():
        return path
    shutil.rmtree(path, ignore_errors=True)
    log(f"building the vector index of {n:,} postings (document vectors, no model calls)")
    t0 = time.perf_counter()
    c = corpus(n)
    rows = _rows(c)
    index = vectors.VectorIndex(vectors.make_client(path=str(path)))
    for a in range(0, n, 4000):
        b = min(n, a + 4000)
        metas = [vectors._md({**posting_metadata(JobPosting(**rows[i])), "n_chunks": 0}) for i in range(a, b)]
        index.docs.upsert(ids=[str(i + 1) for i in range(a, b)], embeddings=c.vectors[a:b], metadatas=metas)
    del index
    mark.write_text(time.strftime("%Y-%m-%d %H:%M:%S"))
    log(f"index built in {time.perf_counter() - t0:.0f}s")
    return path


@dataclass
class Workspace:
    url: str
    chroma: Path
    drop: callable


def copy_state(url: str, chroma: Path, dest_dir: Path, name: str) -> Workspace:
    """Copy a database (SQLite file or PostgreSQL ``TEMPLATE``) and a Chroma folder as ``name``."""
    dest = dest_dir / f"chroma_{name}"
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(chroma, dest)
    if url.startswith("sqlite"):
        work = dest_dir / f"{name}.db"
        shutil.copy(url[len("sqlite:///"):], work)
        return Workspace(f"sqlite:///{work}", dest, lambda: None)
    src = url.rsplit("/", 1)[-1]
    if _pg_exists(name):
        _pg(f'DROP DATABASE "{name}" WITH (FORCE)')
    _pg(f'CREATE DATABASE "{name}" TEMPLATE "{src}"')
    return Workspace(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}", dest,
                     lambda: _pg(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def workspace(n: int, backend: str, tmp: Path) -> Workspace:
    """A working copy of the templates of ``n`` postings (database + vector index)."""
    return copy_state(template(n, backend), chroma_template(n), tmp,
                      f"ccbench_work_{n}_{backend}_{random.randrange(1 << 30):x}")


def checkpoint(url: str) -> None:
    """Fold a SQLite file's WAL into it (so a file copy is complete); no-op for PostgreSQL."""
    if url.startswith("sqlite"):
        import sqlite3

        con = sqlite3.connect(url[len("sqlite:///"):])
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
