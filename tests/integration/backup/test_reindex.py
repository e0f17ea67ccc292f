"""``reindex`` rebuilds the Chroma index from the database: after the Chroma folder is wiped,
``match`` returns the same top postings with the same scores (±0.01 of 100) as before (real model, real
PersistentClient, the CLI in subprocesses so no process keeps a handle on the wiped folder)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.integration.backup.conftest import Instance, cli, env_of

POSTINGS = [
    ("Senior Python Backend Engineer", "Build Python services with PostgreSQL, Redis and Kubernetes; FastAPI APIs."),
    ("Data Engineer", "Spark and Airflow pipelines in Python, SQL warehouses, dbt models."),
    ("Frontend Developer", "React and TypeScript single page apps, CSS, accessibility."),
    ("Registered Nurse", "Patient care on a surgical ward, medication administration, night shifts."),
    ("Machine Learning Engineer", "Train PyTorch models, deploy inference services, Python and MLOps."),
    ("Site Reliability Engineer", "Kubernetes, Terraform, Prometheus alerting, on-call for Python services."),
    ("Accountant", "Month-end close, IFRS reporting, reconciliations in Excel."),
    ("Mobile Developer", "Kotlin and Swift apps, offline sync, app store releases."),
    ("Backend Engineer (Go)", "Go microservices, gRPC, PostgreSQL, event streaming with Kafka."),
    ("Electrician", "Install and maintain wiring in commercial buildings, read blueprints."),
    ("Django Developer", "Django and Celery web applications, PostgreSQL, REST APIs in Python."),
    ("Product Designer", "Figma prototypes, user research, design systems."),
]
RESUME = ("Jane Doe — Backend engineer. 8 years of Python: FastAPI and Django services on PostgreSQL and Redis, "
          "deployed on Kubernetes with Prometheus monitoring. Skills: Python, SQL, Docker, Kubernetes, REST APIs.")


def _top(inst: Instance, resume: Path, cwd: Path) -> list[tuple[int, float]]:
    r = cli(inst, "match", "--resume", str(resume), "--top", "5", "--json", cwd=cwd, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    return [(row["posting_id"], round(row["score"], 4)) for row in json.loads(r.stdout[r.stdout.index("["):])]


@pytest.mark.slow
def test_reindex_after_wiping_chroma_gives_the_same_top_results(tmp_path):
    from sqlmodel import Session

    from careercopilot import db
    from careercopilot.models import JobPosting
    from careercopilot.services import migrations

    fields = dict(data_dir=tmp_path / "data", database_url=None, chroma_url=None)
    inst = Instance("sqlite", env_of(fields, tmp_path), fields)
    migrations.upgrade(inst.url)
    engine = db.make_engine(inst.url)
    with Session(engine) as s:
        for n, (title, text) in enumerate(POSTINGS, 1):
            s.add(JobPosting(source_type="greenhouse", ats_id=f"a{n}", url=f"https://jobs.example.org/{n}", title=title,
                             company=f"Company {n}", company_key=f"company-{n}", dedupe_key=f"k{n}",
                             description_text=text, description_html=f"<p>{text}</p>", content_hash=f"h{n}"))
        s.commit()
    engine.dispose()
    resume = tmp_path / "cv.txt"
    resume.write_text(RESUME)
    chroma = tmp_path / "data" / "chroma"

    r = cli(inst, "reindex", cwd=tmp_path, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    assert json.loads(r.stdout.strip().splitlines()[-1])["embedded"] == len(POSTINGS)
    before = _top(inst, resume, tmp_path)
    assert len(before) == 5 and before[0][0] in {1, 11}  # a Python backend role leads

    shutil.rmtree(chroma)  # the vector index is lost (it has no replica and is not backed up)
    degraded = _top(inst, resume, tmp_path)
    assert degraded != before  # without the index the ranking is not the same (the check below can fail)

    shutil.rmtree(chroma, ignore_errors=True)
    r = cli(inst, "reindex", cwd=tmp_path, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    counts = json.loads(r.stdout.strip().splitlines()[-1])
    assert counts["embedded"] == len(POSTINGS)
    after = _top(inst, resume, tmp_path)
    print(f"\nbefore wipe: {before}\nwithout index: {degraded}\nafter reindex: {after}")
    assert [pid for pid, _ in after] == [pid for pid, _ in before]
    # the same vectors up to float32 summation order (scores are 0–100; seen: ±0.0001)
    assert all(abs(a - b) <= 0.01 for (_, a), (_, b) in zip(after, before))


def _fill(url: str, postings) -> None:
    from sqlmodel import Session

    from careercopilot import db
    from careercopilot.models import JobPosting
    from careercopilot.services import migrations

    migrations.upgrade(url)
    engine = db.make_engine(url)
    with Session(engine) as s:
        for n, (title, text) in enumerate(postings, 1):
            s.add(JobPosting(source_type="greenhouse", ats_id=f"a{n}", url=f"https://jobs.example.org/{n}", title=title,
                             company=f"Company {n}", company_key=f"company-{n}", dedupe_key=f"k{n}",
                             description_text=text, description_html=f"<p>{text}</p>", content_hash=f"h{n}"))
        s.commit()
    engine.dispose()


@pytest.mark.slow
def test_restore_drill_reindex_never_touches_the_live_index(tmp_path):
    """ops12 finding 1: the drill's ``reindex`` (DATABASE_URL → the restored copy, CHROMA_URL still
    the live server) dropped the live collections and refilled them from the copy. Now it
    refuses — the live index records its database — and with the drill's own Chroma database
    (CHROMA_DATABASE) it builds a separate index; the live one keeps its postings throughout."""
    from tests.support.dependency_servers import chroma_run

    from careercopilot.integrations import vectors

    with chroma_run(tmp_path / "chroma") as chroma:
        live_fields = dict(data_dir=tmp_path / "live", database_url=None, chroma_url=chroma.url)
        drill_fields = dict(data_dir=tmp_path / "drill", database_url=None, chroma_url=chroma.url)
        live = Instance("sqlite", env_of(live_fields, tmp_path), live_fields)
        drill = Instance("sqlite", env_of(drill_fields, tmp_path), drill_fields)
        _fill(live.url, POSTINGS[:6])           # the live database has postings added after the backup
        _fill(drill.url, POSTINGS[:2])          # the restored (older) copy
        r = cli(live, "reindex", cwd=tmp_path, timeout=600)
        assert r.returncode == 0, r.stderr[-3000:]

        def live_count() -> int:
            return vectors.VectorIndex(vectors.make_client(chroma_url=chroma.url, database="default_database")).count()

        assert live_count() == 6

        refused = cli(drill, "reindex", cwd=tmp_path, timeout=600)   # the drill as the README had it
        assert refused.returncode == 2, refused.stdout + refused.stderr
        assert "CHROMA_DATABASE=restore_drill" in refused.stderr
        assert live_count() == 6                                      # untouched

        drill.env["CHROMA_DATABASE"] = "restore_drill"               # the drill's own index
        r = cli(drill, "reindex", cwd=tmp_path, timeout=600)
        assert r.returncode == 0, r.stderr[-3000:]
        assert json.loads(r.stdout.strip().splitlines()[-1])["embedded"] == 2
        assert live_count() == 6
        drill_index = vectors.VectorIndex(vectors.make_client(chroma_url=chroma.url, database="restore_drill"))
        assert drill_index.count() == 2

        again = cli(live, "reindex", cwd=tmp_path, timeout=600)       # the live instance still owns its index
        assert again.returncode == 0, again.stderr[-3000:]
        assert live_count() == 6
