"""outgoing mail: send-log (mailmessage), topic opt-outs, user.email_verified_at

Revision ID: 0009_mail
Revises: 0008_search_fts
Create Date: 2026-12-04 04:30:00

* ``mailmessage``: one row per outgoing message, unique per (user, kind, dedupe key) — the
  idempotency record written before a message is handed to SMTP (issue 13, "Email").
* ``mailoptout``: one row per (user, topic) unsubscribed (RFC 8058 one-click).
* ``user.email_verified_at``: accounts that existed before this revision are marked verified
  (at their creation time): verification only applies to sign-ups from now on.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import careercopilot.models._base

revision: str = "0009_mail"
down_revision: Union[str, None] = "0008_search_fts"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    utc = careercopilot.models._base.UTCDateTime(timezone=True)
    op.create_table(
        "mailmessage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("dedupe_key", sa.String(length=200), nullable=False),
        sa.Column("topic", sa.String(length=40), nullable=True),
        sa.Column("to_addr", sa.String(length=254), nullable=False),
        sa.Column("to_name", sa.String(length=120), nullable=True),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("body_html", sa.Text(), nullable=True),
        sa.Column("message_id", sa.String(length=255), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(length=1000), nullable=True),
        sa.Column("created_at", utc, nullable=False),
        sa.Column("next_attempt_at", utc, nullable=True),
        sa.Column("last_attempt_at", utc, nullable=True),
        sa.Column("sent_at", utc, nullable=True),
        sa.Column("read_at", utc, nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "kind", "dedupe_key", name="uq_mailmessage_user_kind_key"),
    )
    op.create_index(op.f("ix_mailmessage_user_id"), "mailmessage", ["user_id"], unique=False)
    op.create_index(op.f("ix_mailmessage_status"), "mailmessage", ["status"], unique=False)
    op.create_table(
        "mailoptout",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=40), nullable=False),
        sa.Column("created_at", utc, nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "topic", name="uq_mailoptout_user_topic"),
    )
    op.create_index(op.f("ix_mailoptout_user_id"), "mailoptout", ["user_id"], unique=False)
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("email_verified_at", utc, nullable=True))
    op.execute('UPDATE "user" SET email_verified_at = created_at')


def downgrade() -> None:
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.drop_column("email_verified_at")
    op.drop_index(op.f("ix_mailoptout_user_id"), table_name="mailoptout")
    op.drop_table("mailoptout")
    op.drop_index(op.f("ix_mailmessage_status"), table_name="mailmessage")
    op.drop_index(op.f("ix_mailmessage_user_id"), table_name="mailmessage")
    op.drop_table("mailmessage")
