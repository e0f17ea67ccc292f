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


def upgrade(url: str | None = None, revision: str = "head") -> None:
    """Upgrade the database at ``url`` (default: settings) to ``revision``."""
    _ensure_sqlite_dir(url)
    command.upgrade(alembic_config(url), revision)


def downgrade(url: str | None = None, revision: str = "base") -> None:
    """Downgrade the database at ``url`` (default: settings) to ``revision``."""
    command.downgrade(alembic_config(url), revision)
