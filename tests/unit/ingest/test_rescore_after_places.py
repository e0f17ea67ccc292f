"""Upgrading the app's database across 0004_places rescores every user with an active resume
(issue 11: "every user is rescored"); an upgrade that does not cross it rescores no one."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from careercopilot import db
from careercopilot.config import settings
from careercopilot.services import migrations, tx_hooks

T0 = "2026-01-01 00:00:00+00:00"


def test_upgrade_across_places_rescores_everyone(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    monkeypatch.setattr(settings, "database_url", url)
    db.set_engine(None)
    rescored: list[int] = []
    monkeypatch.setattr(tx_hooks, "enqueue_rescore", rescored.append)
    try:
        migrations.upgrade(revision="0003_writing")
        engine = create_engine(url)
        with engine.begin() as conn:
            for uid, active in ((1, True), (2, False), (3, True)):
                conn.execute(text('INSERT INTO "user" (id, email, is_admin, timezone, created_at) '
                                  "VALUES (:id, :e, 0, 'UTC', :t)"), dict(id=uid, e=f"u{uid}@example.org", t=T0))
                conn.execute(text("INSERT INTO resume (user_id, version, filename, mime, size_bytes, storage_key, text, "
                                  "fields, skills, content_hash, is_active, created_at, updated_at) VALUES (:u, 1, 'cv.txt', "
                                  "'text/plain', 3, :k, 'cv', '{}', '[]', 'h', :a, :t, :t)"),
                             dict(u=uid, k=f"k{uid}", a=active, t=T0))
        engine.dispose()
        assert migrations.upgrade() == ["0004_places"]
        assert sorted(rescored) == [1, 3]
        rescored.clear()
        assert migrations.upgrade() == [] and rescored == []
    finally:
        db.set_engine(None)
