"""Every table of ``SQLModel.metadata`` is either user-owned (reached by a rule of
``services.ownership``) or declared shared — a new table without an owner rule fails here,
so export and account deletion can never silently leave it out."""

from __future__ import annotations

import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table
from sqlmodel import SQLModel

from careercopilot.services import ownership


def test_every_table_is_classified():
    kinds = ownership.classify()
    assert set(kinds) == set(SQLModel.metadata.tables)
    assert {n for n, k in kinds.items() if k is None} == ownership.SHARED
    assert kinds["user"].kind == "self" and kinds["contact"].column == "user_id"
    assert kinds["jobposting"].column == "owner_id"                       # private postings
    assert kinds["postingsighting"].parents == (("posting_id", "jobposting"),)
    assert kinds["embeddingrecord"].kind == "polymorphic"


def test_shared_tables_hold_no_cascade_to_users():
    """A shared table may reference a user (SET NULL), never be owned through a CASCADE."""
    for name in ownership.SHARED:
        table = SQLModel.metadata.tables[name]
        for col in table.c:
            for fk in col.foreign_keys:
                if fk.column.table.name == "user":
                    assert (fk.ondelete or "").upper() == "SET NULL", (name, col.name)


def test_a_new_table_without_an_owner_rule_fails(monkeypatch):
    stray = Table("stray_notes", SQLModel.metadata, Column("id", Integer, primary_key=True),
                  Column("body", Integer))
    child = Table("stray_child", SQLModel.metadata, Column("id", Integer, primary_key=True),
                  Column("contact_id", Integer, ForeignKey("contact.id", ondelete="CASCADE")))
    try:
        ownership.classify.cache_clear()
        with pytest.raises(ownership.UnclassifiedTable, match="stray_notes"):
            ownership.classify()
        SQLModel.metadata.remove(stray)
        ownership.classify.cache_clear()
        assert ownership.classify()["stray_child"].parents == (("contact_id", "contact"),)  # owned via its parent
    finally:
        for t in (stray, child):
            if t.name in SQLModel.metadata.tables:
                SQLModel.metadata.remove(t)
        ownership.classify.cache_clear()


def test_storage_prefixes_are_per_user():
    assert ownership.storage_prefixes(7) == ["resumes/7/", "exports/7/", "imports/u7-"]
    assert not any(p.startswith(q) for p in ownership.storage_prefixes(7) for q in ownership.storage_prefixes(70))
