"""Backup fixtures: an instance (database + storage) filled with a row in every table, and the
CLI run as a subprocess against it.

* ``pg_instance`` — a throwaway PostgreSQL database (migrated, owned by the test: dropped by the
  test or at teardown) and a fresh bucket on the moto server, installed as this process's
  engine/storage settings; ``sqlite_instance`` — the same on a SQLite file and local storage in a
  temp dir. Both yield an :class:`Instance`.
* :func:`fill` gives two accounts a row in every owned table (``tests/support/account_data.py``)
  plus a row in the tables that helper does not reach (alerts, shared source data), and asserts
  that every table of the metadata ends up with rows.
* :func:`cli` runs ``python -m careercopilot …`` with the environment of an instance (cwd is a
  temp dir so no ``.env`` is read).
"""

from __future__ import annotations

import hashlib
import os
import secrets
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from tests.integration.datarights.conftest import make_account, no_rescore  # noqa: F401  (fixture)
from tests.integration.storage.conftest import s3_endpoint  # noqa: F401  (fixture)
from tests.support import services

ROOT = Path(__file__).resolve().parents[3]


@dataclass
class Instance:
    """Settings of one instance: ``env`` for subprocesses, ``fields`` for ``override_settings``."""

    kind: str
    env: dict[str, str]
    fields: dict = field(default_factory=dict)

    @property
    def url(self) -> str:
        return self.fields.get("database_url") or f"sqlite:///{Path(self.fields['data_dir']) / 'careercopilot.db'}"


def base_env(tmp: Path) -> dict[str, str]:
    """This process's environment without any Career Copilot setting, plus test basics."""
    from careercopilot.config import Settings

    names = {n.upper() for n in Settings.model_fields}
    env = {k: v for k, v in os.environ.items() if k.upper() not in names and not k.startswith("PG")}
    env.update(APP_ENV="test", JOBS_INLINE="true", SCHEDULER_ENABLED="false", PYTHONPATH=str(ROOT),
               DATA_DIR=str(tmp / "data"))
    return env


def s3_fields(endpoint: str, bucket: str, backup_bucket: str) -> dict:
    return dict(s3_endpoint_url=endpoint, s3_bucket=bucket, s3_access_key_id="test", s3_secret_access_key="test",
                s3_region="us-east-1", backup_s3_bucket=backup_bucket, backup_s3_prefix="nightly")


def env_of(fields: dict, tmp: Path) -> dict[str, str]:
    env = base_env(tmp)
    for k, v in fields.items():
        if v is not None:
            env[k.upper()] = str(v)
    return env


def cli(inst: Instance, *args: str, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    """``python -m careercopilot ARGS`` with ``inst``'s environment; output captured as text."""
    return subprocess.run([sys.executable, "-m", "careercopilot", *args], env=inst.env, cwd=cwd,
                          capture_output=True, text=True, timeout=timeout)


def table_counts(url: str) -> dict[str, int]:
    """Rows per table of the database at ``url`` (every table, counted independently of the app)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            names = inspect(conn).get_table_names()
            return {n: conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one() for n in names}
    finally:
        engine.dispose()


def storage_checksums(fields: dict) -> dict[str, str]:
    """``{key: sha256}`` of every object of the instance's storage (bucket or local folder)."""
    from careercopilot.integrations.storage import LocalStorage, S3Storage

    if fields.get("s3_bucket"):
        st = S3Storage(bucket=fields["s3_bucket"], endpoint_url=fields["s3_endpoint_url"], access_key_id="test",
                       secret_access_key="test", create_bucket=False)
    else:
        st = LocalStorage(Path(fields["data_dir"]) / "files")
    return {o.key: hashlib.sha256(st.get(o.key)).hexdigest() for o in st.list_objects("") if not o.temporary}


def fill(override_settings, inst: Instance) -> None:
    """Two populated accounts (``tests.support.account_data.populate``: a row in every owned table,
    a stored resume each) plus the shared tables."""
    from sqlmodel import SQLModel, select

    from careercopilot import db
    from careercopilot.db import session_scope
    from careercopilot.models import LLMProvider, Source, SyncRun

    override_settings(**inst.fields)
    engine = db.make_engine(inst.url)
    previous = db._engine
    db.set_engine(engine)
    try:
        make_account("alice", 1)
        make_account("bob", 2)
        with session_scope() as s:
            source = s.exec(select(Source)).first()
            s.add(SyncRun(source_id=source.id, status="succeeded"))
            s.add(LLMProvider(name=f"local-{secrets.token_hex(2)}", base_url="http://127.0.0.1:1/v1", model="m"))
    finally:
        db.set_engine(previous)
        engine.dispose()
    counts = table_counts(inst.url)
    empty = [t.name for t in SQLModel.metadata.sorted_tables if not counts.get(t.name)]
    assert not empty, f"tables without rows (add them to fill()): {empty}"


@pytest.fixture
def pg_instance(override_settings, s3_endpoint, tmp_path, no_rescore):  # noqa: F811
    """A migrated throwaway PostgreSQL database + fresh file and backup buckets (moto)."""
    url = services.create_pg_database("cc_backup")
    try:
        from careercopilot.services import migrations

        migrations.upgrade(url)
        fields = dict(database_url=url, data_dir=tmp_path / "data", redis_url=None, jobs_inline=True,
                      **s3_fields(s3_endpoint, f"cc-files-{secrets.token_hex(4)}", f"cc-bk-{secrets.token_hex(4)}"))
        yield Instance("postgresql", env_of(fields, tmp_path), fields)
    finally:
        services.drop_pg_database(url)


@pytest.fixture
def sqlite_instance(override_settings, tmp_path, no_rescore):  # noqa: F811
    """A migrated SQLite file and local storage under ``tmp/data``; backups to ``tmp/backups``."""
    from careercopilot.services import migrations

    fields = dict(database_url=None, data_dir=tmp_path / "data", redis_url=None, jobs_inline=True, s3_bucket=None,
                  backup_dir=tmp_path / "backups", backup_s3_bucket=None)
    inst = Instance("sqlite", env_of(fields, tmp_path), fields)
    migrations.upgrade(inst.url)
    return inst


@pytest.fixture(autouse=True)
def _fresh_backup_age():
    """The process's cached backup time never leaks between tests (settings change per test)."""
    from careercopilot.services import backup

    backup.forget_age()
    yield
    backup.forget_age()
