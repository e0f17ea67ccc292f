"""unique guards (issue 9, findings 4 and 6): canonical account addresses; one row per resume
file per user; one active resume version per user

Revision ID: 0006_unique_guards
Revises: 0005_writing_options
Create Date: 2026-12-03 23:40:00

Data first, then the indexes (each step is a no-op on a database without such rows):

1. ``user.email`` becomes the canonical address (NFKC, IDNA dots, email-validator's domain
   normalization, lower case — the rule of ``services.users.canonical_email``, frozen here so
   later code changes never alter what this revision did). Addresses whose canonical forms
   collide are NOT merged: every row of such a group keeps its address and the group is
   reported (a warning in the migration log; ``python -m careercopilot email-collisions``
   lists them at any time). Addresses the validator refuses stay as they are, reported too.
2. Resume rows with the same ``(user_id, content_hash)`` (the same file uploaded twice at
   once): the active row, else the oldest, is kept; applications pointing at a removed row point
   at the kept one; match scores and embedding records of removed rows are deleted (they are
   recomputed from the kept row). Their files are left to the orphan-upload sweep.
3. Users with several active resume versions keep the newest one active.
4. Partial unique indexes ``uq_resume_user_hash`` (``content_hash <> ''``) and
   ``uq_resume_one_active`` (``is_active``) on SQLite and PostgreSQL.
"""
from __future__ import annotations

import logging
import unicodedata
from collections import defaultdict
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0006_unique_guards'
down_revision: Union[str, None] = '0005_writing_options'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

log = logging.getLogger("alembic.runtime.migration")

_HASHED = sa.text("content_hash <> ''")
_ACTIVE = sa.text("is_active")
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})


def _canonical(email: str) -> str | None:
    """Frozen copy of services.users.canonical_email (None when the validator refuses it)."""
    from email_validator import EmailNotValidError, validate_email

    try:
        folded = unicodedata.normalize("NFKC", (email or "").strip()).translate(_DOTS)
        return validate_email(folded, check_deliverability=False).normalized.lower()
    except EmailNotValidError:
        return None


def canonicalize_emails(conn) -> list[tuple[str, list[int]]]:
    """Step 1; returns the collisions ``[(canonical, [user ids])]`` it left unchanged."""
    rows = conn.execute(sa.text('SELECT id, email FROM "user" ORDER BY id')).all()
    groups: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for uid, email in rows:
        canonical = _canonical(email)
        if canonical is None:
            log.warning("account %s: address %r is not valid; left unchanged", uid, email)
            continue
        groups[canonical].append((uid, email))
    collisions = []
    for canonical, members in groups.items():
        if len(members) > 1:
            collisions.append((canonical, [uid for uid, _ in members]))
            log.warning("accounts %s share the canonical address %r: left unchanged, not merged "
                        "(see `python -m careercopilot email-collisions`)", [u for u, _ in members], canonical)
            continue
        uid, email = members[0]
        if email != canonical:
            conn.execute(sa.text('UPDATE "user" SET email = :e WHERE id = :i'), {"e": canonical, "i": uid})
    return collisions


def dedupe_resumes(conn) -> int:
    """Steps 2 and 3; returns the number of resume rows removed."""
    rows = conn.execute(sa.text(
        "SELECT id, user_id, content_hash, is_active FROM resume WHERE content_hash <> '' ORDER BY id")).all()
    by_file: dict[tuple[int, str], list] = defaultdict(list)
    for row in rows:
        by_file[(row.user_id, row.content_hash)].append(row)
    removed = 0
    for members in by_file.values():
        if len(members) < 2:
            continue
        keep = next((m for m in members if m.is_active), members[0])
        for m in members:
            if m.id == keep.id:
                continue
            params = {"old": m.id, "new": keep.id}
            conn.execute(sa.text("UPDATE application SET resume_id = :new WHERE resume_id = :old"), params)
            conn.execute(sa.text("DELETE FROM matchskill WHERE match_id IN "
                                 "(SELECT id FROM matchscore WHERE resume_id = :old)"), params)
            conn.execute(sa.text("DELETE FROM matchscore WHERE resume_id = :old"), params)
            conn.execute(sa.text("DELETE FROM embeddingrecord WHERE kind = 'resume' AND item_id = :old"), params)
            conn.execute(sa.text("DELETE FROM resume WHERE id = :old"), params)
            removed += 1
    actives = conn.execute(sa.text(
        "SELECT id, user_id FROM resume WHERE is_active ORDER BY user_id, version DESC, id DESC")).all()
    seen: set[int] = set()
    for rid, uid in actives:
        if uid in seen:
            conn.execute(sa.text("UPDATE resume SET is_active = :f WHERE id = :i"), {"f": False, "i": rid})
        seen.add(uid)
    if removed:
        log.warning("removed %d duplicate resume rows (same file, same user)", removed)
    return removed


def upgrade() -> None:
    conn = op.get_bind()
    canonicalize_emails(conn)
    dedupe_resumes(conn)
    with op.batch_alter_table('resume', schema=None) as batch_op:
        batch_op.create_index('uq_resume_user_hash', ['user_id', 'content_hash'], unique=True,
                              sqlite_where=_HASHED, postgresql_where=_HASHED)
        batch_op.create_index('uq_resume_one_active', ['user_id'], unique=True,
                              sqlite_where=_ACTIVE, postgresql_where=_ACTIVE)


def downgrade() -> None:
    with op.batch_alter_table('resume', schema=None) as batch_op:
        batch_op.drop_index('uq_resume_one_active')
        batch_op.drop_index('uq_resume_user_hash')
