"""Alembic migrations upgrade from empty to head and downgrade back on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect
from sqlmodel import SQLModel

import careercopilot.models  # noqa: F401  (registers every table)
from careercopilot.db import SEARCH_INDEX_OBJECTS  # full-text index objects, not in the models
from careercopilot.services import migrations
from tests.support import services


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"} - SEARCH_INDEX_OBJECTS
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db_url(request, tmp_path):
    """An empty database of each engine (PostgreSQL: its own throwaway DB)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mig.db'}"
    else:
        with services.throwaway_pg_database("cc_test_mig", migrate=False) as url:
            yield url


def test_upgrade_to_head_then_downgrade_to_base(empty_db_url):
    expected = set(SQLModel.metadata.tables)
    assert _tables(empty_db_url) == set()

    migrations.upgrade(empty_db_url)
    assert _tables(empty_db_url) == expected

    migrations.downgrade(empty_db_url, "base")
    assert _tables(empty_db_url) == set()

    # and up again: downgrade left nothing behind that blocks a re-run
    migrations.upgrade(empty_db_url)
    assert _tables(empty_db_url) == expected


def test_head_schema_matches_models(empty_db_url):
    """Autogenerate finds no difference between the migrated schema and the SQLModel tables."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    migrations.upgrade(empty_db_url)
    engine = create_engine(empty_db_url)
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={
                "compare_type": False, "include_object": lambda o, name, *a: name not in SEARCH_INDEX_OBJECTS})
            diff = compare_metadata(ctx, SQLModel.metadata)
    finally:
        engine.dispose()
    assert diff == [], f"models and migrations differ; run ./scripts/regen_migration.sh: {diff}"
