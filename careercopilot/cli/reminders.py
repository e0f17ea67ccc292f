"""`reminders` commands: list (and deliver) due follow-up reminders; shift due dates for demos
and end-to-end tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import typer

reminders_app = typer.Typer(help="Follow-up reminders (stage-driven; see README \"Follow-ups and calendars\").",
                            no_args_is_help=True)


def _user_id(session, email: str | None) -> int | None:
    if not email:
        return None
    from sqlmodel import select

    from careercopilot.models import User
    from careercopilot.services import users

    uid = session.exec(select(User.id).where(User.email == users.normalize_email(email))).first()
    if uid is None:
        typer.echo(f"error: no account {email}", err=True)
        raise typer.Exit(2)
    return int(uid)


def due(
    email: str | None = typer.Option(None, "--user", help="Only this account (email address)."),
    deliver: bool = typer.Option(False, "--deliver", help="Also announce them now (inbox + email), like the job."),
) -> None:
    """List open reminders due now (all users, or one), then optionally deliver them.

    Delivery is the periodic job's work (``jobs.reminders.deliver_reminders``): idempotent, so
    running it here as well never announces a reminder twice."""
    from careercopilot.db import session_scope
    from careercopilot.models import Application, Reminder, User
    from careercopilot.services import reminder_delivery, reminders

    with session_scope() as s:
        uid = _user_id(s, email)
        reminders.backfill(session=s, user_id=uid)
    with session_scope() as s:
        rows = s.exec(reminder_delivery.due_query(datetime.now(timezone.utc), uid)).all()
        lines = []
        for r in rows:
            app, user = s.get(Application, r.application_id), s.get(User, r.user_id)
            lines.append(f"{r.id}\t{user.email}\t{reminders.label(r.kind, r.sequence)}\t{app.company} — {app.title}"
                         f"\tdue {reminders.effective_due(r):%Y-%m-%d %H:%M} UTC")
    typer.echo("\n".join(lines) if lines else "no reminders due")
    if deliver:
        report = reminder_delivery.deliver_due(user_id=uid)
        typer.echo(f"announced {report.announced}, emailed {report.emailed}, deferred {report.deferred} (quiet hours)")


def shift(
    email: str = typer.Option(..., "--user", help="Account (email address) whose open reminders move."),
    days: float = typer.Option(..., "--days", help="Move due times this many days earlier (negative: later)."),
) -> None:
    """Move an account's open reminders earlier by ``--days`` (demos and end-to-end tests: see a
    follow-up due without waiting a week)."""
    from sqlalchemy import update

    from careercopilot.db import session_scope
    from careercopilot.models import Reminder

    with session_scope() as s:
        uid = _user_id(s, email)
        rows = s.exec(Reminder.__table__.select().where(Reminder.user_id == uid, Reminder.status == "open")).all()
        for row in rows:
            s.execute(update(Reminder).where(Reminder.id == row.id)
                      .values(due_at=row.due_at - timedelta(days=days)))
    typer.echo(f"moved {len(rows)} open reminder(s) of {email} by {days:g} day(s)")


def register(app: typer.Typer) -> None:
    """Attach the ``reminders`` command group."""
    reminders_app.command("due")(due)
    reminders_app.command("shift")(shift)
    app.add_typer(reminders_app, name="reminders")
