"""Every table with an integer ``id`` is AUTOINCREMENT on SQLite (``models._base.never_reuse_ids``), so a
table added later cannot miss the rule; and the creation-stamp rule of credentials
(``credentials.issued_to``) at its second boundaries (attack145 findings 1–3)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import Column, Integer, MetaData, Table
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateTable
from sqlmodel import SQLModel

import careercopilot.models  # noqa: F401
from careercopilot.models._base import never_reuse_ids, surrogate_id_tables
from careercopilot.services.credentials import issued_to


def test_every_integer_id_table_is_autoincrement_on_sqlite():
    tables = surrogate_id_tables()
    assert len(tables) >= 35 and "user" in {t.name for t in tables} and "jobposting" in {t.name for t in tables}
    for table in tables:
        assert "AUTOINCREMENT" in str(CreateTable(table).compile(dialect=sqlite.dialect())), table.name
    others = set(SQLModel.metadata.tables) - {t.name for t in tables}
    assert others == {"backgroundjob", "matchrefresh"}


def test_a_new_table_gets_the_rule():
    md = MetaData()
    t = Table("later", md, Column("id", Integer, primary_key=True), Column("x", Integer))
    never_reuse_ids(md)
    assert "AUTOINCREMENT" in str(CreateTable(t).compile(dialect=sqlite.dialect()))


CREATED = datetime(2026, 12, 8, 0, 0, 5, 700_000, tzinfo=timezone.utc)


@pytest.mark.parametrize(("issued", "ok"), [
    (CREATED, True),
    (CREATED.replace(microsecond=0), True),  # tokens carry whole seconds: the creation second counts
    (CREATED + timedelta(days=300), True),
    (CREATED - timedelta(seconds=1), False),
    (CREATED - timedelta(days=3), False),
    (CREATED.replace(tzinfo=None), True),  # naive = UTC
])
def test_issued_to(issued, ok):
    assert issued_to(CREATED, issued) is ok
    assert issued_to(CREATED, issued.replace(tzinfo=issued.tzinfo or timezone.utc).timestamp()) is ok


def test_no_account_no_credential():
    assert issued_to(None, CREATED) is False
