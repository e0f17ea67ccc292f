"""``renormalize`` on a freshly seeded install changes NOTHING (trial17a finding 5: the reverted
command changed 448 of 1,005 postings there), then, with one normalizer deliberately changed,
exactly the postings that reading affects, and a second run nothing.

* Embedded install, as ``make run`` makes it: ``migrate`` and ``seed`` (demo feed, SQLite, jobs
  in process — the index job included) and ``renormalize`` as separate CLI processes.
* PostgreSQL: the demo feed synced as ``seed`` syncs it (``ensure_demo_sources`` +
  ``ingest_sync.sync_source``, COPY inserts), then ``renormalize_postings``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from careercopilot import db
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models import JobPosting, Source
from careercopilot.normalize import posting as posting_module
from careercopilot.services import ingest_sync, sources
from careercopilot.services.renormalize import renormalize_postings

ROOT = Path(__file__).resolve().parents[3]
#: Seeding the whole demo feed (and indexing it) takes minutes on two busy cores.
pytestmark = pytest.mark.timeout(1800)


def _cli(*args: str, data_dir: Path, timeout: float = 1200) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATA_DIR": str(data_dir), "DATABASE_URL": "", "DEMO_FEED": "on", "JOBS_INLINE": "true",
           "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False",
           "PYTHONPATH": str(ROOT)}
    env.pop("REDIS_URL", None)
    env.pop("CHROMA_URL", None)
    return subprocess.run([sys.executable, "-m", "careercopilot", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)


def _patched_employment(monkeypatch) -> None:
    """The deliberate change: every full-time posting reads as temporary."""
    original = posting_module.normalize_employment_type
    monkeypatch.setattr(posting_module, "normalize_employment_type",
                        lambda v: "temporary" if original(v) == "full_time" else original(v))


def _full_time_ids() -> set[int]:
    with session_scope() as s:
        return set(s.exec(select(JobPosting.id).where(JobPosting.employment_type == "full_time")).all())


def _changed_exactly_the_affected(monkeypatch) -> None:
    affected = _full_time_ids()
    assert len(affected) >= 50
    _patched_employment(monkeypatch)
    first = renormalize_postings()
    assert set(first.changed_ids) == affected
    assert dict(first.fields) == {"employment_type": len(affected)}
    with session_scope() as s:
        assert set(s.exec(select(JobPosting.id).where(JobPosting.employment_type == "temporary")).all()) >= affected
        assert set(s.exec(select(JobPosting.id).where(JobPosting.index_pending)).all()) == affected
    assert renormalize_postings().changed == 0


@pytest.fixture()
def seeded_sqlite(tmp_path, monkeypatch):
    assert _cli("migrate", data_dir=tmp_path).returncode == 0
    seed = _cli("seed", data_dir=tmp_path)
    assert seed.returncode == 0, seed.stderr[-3000:]
    new = int(re.search(r"(\d+) new postings", seed.stdout).group(1))
    engine = db.make_engine(f"sqlite:///{tmp_path / 'careercopilot.db'}")
    db.set_engine(engine)
    yield tmp_path, new
    db.set_engine(None)
    engine.dispose()


def test_fresh_embedded_install_then_a_changed_normalizer(seeded_sqlite, monkeypatch):
    data_dir, new = seeded_sqlite
    assert new > 1000
    with session_scope() as s:
        assert not s.exec(select(JobPosting.id).where(JobPosting.index_pending)).all()  # the seed indexed them
    dry = _cli("renormalize", "--dry-run", data_dir=data_dir)
    assert dry.returncode == 0 and f"re-normalized {new} of {new} postings: 0 would change" in dry.stdout, dry.stdout
    out = _cli("renormalize", data_dir=data_dir)
    assert out.returncode == 0 and f"re-normalized {new} of {new} postings: 0 changed" in out.stdout, out.stdout
    _changed_exactly_the_affected(monkeypatch)


@pytest.fixture()
def seeded_pg(pg_url, monkeypatch):
    monkeypatch.setattr(settings, "database_url", pg_url)
    monkeypatch.setattr(settings, "demo_feed", "on")
    engine = db.make_engine(pg_url)
    db.set_engine(engine)
    with session_scope() as s:
        ids = sources.ensure_demo_sources(session=s)
    for sid in ids:
        with session_scope() as s:
            assert ingest_sync.sync_source(session=s, source_id=sid).status == "succeeded"
    with session_scope() as s:
        for p in s.exec(select(JobPosting)):
            p.index_pending = False  # as the index job leaves them
            s.add(p)
    yield ids
    with session_scope() as s:  # the module's database is shared: leave it empty
        for p in s.exec(select(JobPosting)):
            s.delete(p)
        for src in s.exec(select(Source)):
            s.delete(src)
    db.set_engine(None)
    engine.dispose()


def test_fresh_postgresql_install_then_a_changed_normalizer(seeded_pg, monkeypatch):
    with session_scope() as s:
        total = len(s.exec(select(JobPosting.id)).all())
    assert total > 1000
    stats = renormalize_postings()
    assert (stats.read, stats.changed, stats.skipped, stats.failed) == (total, 0, 0, 0), dict(stats.fields)
    _changed_exactly_the_affected(monkeypatch)
