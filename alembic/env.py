"""Alembic environment: metadata from the SQLModel tables, URL from settings.

A caller may pass a connection in ``config.attributes["connection"]`` (tests and
``careercopilot.services.migrations``) or a URL in ``config.attributes["url"]``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool
from sqlmodel import SQLModel

import careercopilot.models  # noqa: F401  (registers every table on SQLModel.metadata)
from careercopilot.config import settings

config = context.config
target_metadata = SQLModel.metadata


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Leave the full-text search objects (not in the SQLModel metadata) out of autogenerate."""
    from careercopilot.db import SEARCH_INDEX_OBJECTS

    return name not in SEARCH_INDEX_OBJECTS


def _url() -> str:
    return config.attributes.get("url") or settings.sqlalchemy_url


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True, render_as_batch=True,
                      include_object=include_object)
    with context.begin_transaction():
        context.run_migrations()


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = engine_from_config({"sqlalchemy.url": _url()}, prefix="sqlalchemy.", poolclass=pool.NullPool)
    with engine.connect() as conn:
        _run(conn)


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
