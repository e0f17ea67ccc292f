"""A large corpus that is already ingested and indexed, built in bulk (no model calls).

Used by the sync-cost tests and ``benchmarks/sync_cost.py``: postings are bulk-inserted with
``index_pending = False`` (as after an indexing run), their vectors written straight to the
vector index (the caller supplies them: random unit vectors in tests, perturbed real
embeddings in the benchmark), so a sync on top of it measures only the sync's own cost.

* :func:`posting_rows` — column dicts of ``JobPosting`` rows with realistic text lengths;
* :func:`insert_postings` — bulk insert (PostgreSQL ``COPY``, SQLite executemany);
* :func:`index_vectors` — ``VectorIndex.upsert`` of (id, vector) pairs in batches;
* :class:`StatementCounter` — counts SQL statements sent to the database (SQLAlchemy
  ``before_cursor_execute``; an executemany counts once).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

import numpy as np
from sqlalchemy import event

TITLES = [
    "Senior Backend Engineer", "Data Scientist", "Registered Nurse - ICU", "Staff Accountant", "Product Designer",
    "Frontend Developer (React)", "DevOps Engineer", "Customer Success Manager", "Sales Development Representative",
    "Machine Learning Engineer", "Site Reliability Engineer", "Financial Analyst", "HR Business Partner",
    "Technical Writer", "Mobile Engineer (iOS)", "Marketing Manager", "Security Engineer", "QA Automation Engineer",
    "Elementary School Teacher", "Electrician", "Warehouse Associate", "Pharmacist", "Project Manager",
]
SENTENCES = [
    "You will design and build scalable REST APIs in Python and Go.",
    "Experience with PostgreSQL, Redis and Kafka is required.",
    "We run Kubernetes on AWS and deploy many times a day.",
    "Provide direct patient care in our intensive care unit; an active RN license and BLS are required.",
    "Prepare monthly close, reconciliations and journal entries under US GAAP; CPA preferred.",
    "Build accessible interfaces with React, TypeScript and a design system.",
    "Own our CI/CD pipelines, Terraform modules and observability stack.",
    "Partner with enterprise customers to drive adoption and renewals.",
    "Train and evaluate machine learning models with PyTorch and scikit-learn.",
    "Collaborate with product managers, designers and engineers across time zones.",
    "We offer a competitive salary, equity, 30 days of paid vacation and a learning budget.",
    "Our company builds software used by thousands of logistics teams across Europe.",
    "Install and maintain electrical systems in commercial buildings; a journeyman license is required.",
    "Plan lessons, assess student progress and communicate with parents.",
    "Write clear documentation for developer-facing APIs and SDKs.",
    "Lead security reviews, threat modeling and incident response.",
    "Visa sponsorship is available for this role.",
    "This is a remote position open to candidates in the EU.",
]
COUNTRIES = ["US", "DE", "GB", "NL", "FR", "CA", "ES", None]
MODES = ["remote", "hybrid", "onsite", None]
CITIES = {"US": "New York", "DE": "Berlin", "GB": "London", "NL": "Amsterdam", "FR": "Paris", "CA": "Toronto",
          "ES": "Madrid"}


def posting_rows(ids: Iterable[int], *, source_id: int | None, source_type: str = "greenhouse",
                 rng: random.Random | None = None, now: datetime | None = None, sentences: int = 12,
                 version: int = 0) -> list[dict]:
    """``JobPosting`` column dicts for ``ids`` (ats id ``"<id>"``), shared, open, not pending.

    Descriptions are ``sentences`` sentences (~1 KB of text, the same again as HTML);
    about half the postings state a salary (annual, USD/EUR/GBP). ``version`` changes the
    text and the fingerprint (a re-synced, edited posting).
    """
    rng = rng or random.Random(0)
    now = now or datetime.now(timezone.utc)
    out = []
    for pid in ids:
        r = random.Random(pid * 7919 + version)
        title = TITLES[pid % len(TITLES)]
        body = [SENTENCES[r.randrange(len(SENTENCES))] for _ in range(sentences)]
        if version:
            body.append(f"Updated requirements, revision {version}.")
        text = " ".join(body)
        country = COUNTRIES[pid % len(COUNTRIES)]
        has_salary = r.random() < 0.5
        lo = float(r.randrange(40, 160) * 1000) if has_salary else None
        out.append({
            "id": pid, "source_id": source_id, "owner_id": None, "source_type": source_type, "ats_id": str(pid),
            "url": f"https://jobs.example.org/{source_type}/{pid}", "apply_url": None, "title": title,
            "company": f"Company {pid % 997}", "company_key": f"company {pid % 997}",
            "dedupe_key": f"company {pid % 997}|{title.lower()}|{pid}", "duplicate_of_id": None,
            "location_text": CITIES.get(country or "", "Remote"), "city": CITIES.get(country or ""), "region": None,
            "country": country, "work_mode": MODES[pid % len(MODES)], "allowed_regions": [],
            "salary_min": lo, "salary_max": lo * 1.3 if lo else None,
            "salary_currency": r.choice(["USD", "EUR", "GBP"]) if lo else None, "pay_period": "year" if lo else None,
            "employment_type": "full_time", "department": None, "visa_sponsorship": None, "visa_evidence": None,
            "description_html": "".join(f"<p>{s}</p>" for s in body), "description_text": text,
            "tags": [], "content_hash": f"{pid:016x}{version:048x}", "fingerprint": f"{pid:032x}{version:032x}",
            "posted_at": now - timedelta(days=r.randrange(0, 60)), "first_seen_at": now, "last_seen_at": now,
            "closed_at": None, "is_open": True, "index_pending": False, "quality_flags": [], "is_flagged": False,
        })
    return out


def insert_postings(session, rows: Sequence[dict]) -> None:
    """Bulk-insert ``rows`` (see :func:`posting_rows`) and move PostgreSQL's id sequence past them."""
    from careercopilot.models import JobPosting
    from careercopilot.services.ingest import _bulk_insert

    _bulk_insert(session, JobPosting.__table__, list(rows))
    if session.connection().dialect.name == "postgresql" and rows:
        session.connection().exec_driver_sql(
            "SELECT setval(pg_get_serial_sequence('jobposting', 'id'), (SELECT max(id) FROM jobposting))")


def index_vectors(index, ids: Sequence[int], vectors: np.ndarray, metadata: Sequence[dict],
                  *, batch: int = 5000) -> None:
    """Write ``vectors`` (unit rows) as each posting's document vector and single chunk."""
    from careercopilot.integrations.vectors import IndexItem

    for i in range(0, len(ids), batch):
        index.upsert([IndexItem(int(pid), vectors[j], vectors[j][None, :], metadata[j])
                      for j, pid in enumerate(ids[i:i + batch], start=i)])


def random_unit_vectors(n: int, dim: int, seed: int = 0) -> np.ndarray:
    """``n`` random unit vectors (float32) — stand-ins for embeddings in tests."""
    v = np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


class StatementCounter:
    """Counts statements an engine sends (``count``) and keeps their SQL text (``statements``)."""

    def __init__(self) -> None:
        self.count = 0
        self.statements: list[str] = []

    def __call__(self, conn, cursor, statement, parameters, context, executemany) -> None:
        self.count += 1
        self.statements.append(statement)


@contextmanager
def count_statements(engine):
    """``with count_statements(engine) as c: ...`` → ``c.count`` statements were executed."""
    counter = StatementCounter()
    event.listen(engine, "before_cursor_execute", counter)
    try:
        yield counter
    finally:
        event.remove(engine, "before_cursor_execute", counter)
