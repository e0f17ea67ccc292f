"""Run Alembic migrations programmatically (``python -m careercopilot migrate``, tests)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

ROOT = Path(__file__).resolve().parents[2]


def alembic_config(url: str | None = None) -> Config:
    """Alembic config for this repo; ``url`` overrides the settings database URL."""
    cfg = Config(str(ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(ROOT / "alembic"))
    if url:
        cfg.attributes["url"] = url
    return cfg


def _ensure_sqlite_dir(url: str | None) -> None:
    """Create the folder of a SQLite file (a fresh clone has no data directory yet)."""
    from careercopilot.config import settings

    url = url or settings.sqlalchemy_url
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        Path(url[len("sqlite:///") :]).parent.mkdir(parents=True, exist_ok=True)


#: Revisions after which every user with an active resume is rescored (their preferences or
#: the postings' locations changed meaning): 0004_places turns free-text locations into places.
RESCORE_AFTER = ("0004_places",)


def applied_revisions(url: str | None = None) -> set[str]:
    """Every revision applied to the database at ``url`` (its current heads and their ancestors)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine

    from careercopilot.config import settings

    engine = create_engine(url or settings.sqlalchemy_url)
    try:
        with engine.connect() as conn:
            heads = MigrationContext.configure(conn).get_current_heads()
    finally:
        engine.dispose()
    script = ScriptDirectory.from_config(alembic_config(url))
    return {rev.revision for head in heads for rev in script.iterate_revisions(head, "base")}


def upgrade(url: str | None = None, revision: str = "head") -> list[str]:
    """Upgrade the database at ``url`` (default: settings) to ``revision``.

    When this upgrade applies one of :data:`RESCORE_AFTER` to the settings database, every
    user with an active resume is rescored (jobs enqueued after the commit). Returns the
    :data:`RESCORE_AFTER` revisions it applied.
    """
    _ensure_sqlite_dir(url)
    before = applied_revisions(url)
    command.upgrade(alembic_config(url), revision)
    crossed = [r for r in RESCORE_AFTER if r not in before and r in applied_revisions(url)]
    if crossed and url is None and before:
        rescore_everyone()
    return crossed


def rescore_everyone() -> int:
    """Schedule a rescore of every user with an active resume; returns how many."""
    from careercopilot.db import session_scope
    from careercopilot.services.matching.reads import users_with_active_resume
    from careercopilot.services.tx_hooks import schedule_rescore

    with session_scope() as s:
        ids = users_with_active_resume(session=s)
        for uid in ids:
            schedule_rescore(s, uid)
    return len(ids)


def downgrade(url: str | None = None, revision: str = "base") -> None:
    """Downgrade the database at ``url`` (default: settings) to ``revision``."""
    command.downgrade(alembic_config(url), revision)
