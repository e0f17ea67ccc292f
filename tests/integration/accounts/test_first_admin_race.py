"""Concurrent sign-ups on a fresh instance make exactly one admin (session 25 probe: 8 parallel
``POST /auth/signup`` made 2 admins — "is there any account yet?" was read before the insert, by
every request at once). SQLite file and PostgreSQL, each a fresh database migrated to head."""

from __future__ import annotations

import threading

import pytest
from sqlmodel import Session, select

from careercopilot.models import User
from careercopilot.services import users
from tests.support.services import migrated_engine

PASSWORD = "tangerine-bicycle-42-x"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_parallel_first_signups_make_one_admin(backend, tmp_path):
    with migrated_engine(backend, tmp_path, "cc_first_admin") as engine:
        start, errors = threading.Barrier(8), []

        def sign_up(i):
            try:
                start.wait(timeout=30)
                with Session(engine, expire_on_commit=False) as s:
                    users.create_user(session=s, email=f"race{i}@example.com", password=PASSWORD,
                                      first_is_admin=True)
                    s.commit()
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append(repr(exc))

        threads = [threading.Thread(target=sign_up, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert not errors
        with Session(engine) as s:
            rows = s.exec(select(User.id, User.is_admin).order_by(User.id)).all()
        assert len(rows) == 8
        assert sum(admin for _, admin in rows) == 1, rows
