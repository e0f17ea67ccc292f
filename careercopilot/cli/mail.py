"""Mail commands: ``send-test-email`` (check SMTP end to end) and ``show-outbox`` (read the
messages written to an address — the way to get a reset link on an instance with no SMTP)."""

from __future__ import annotations

import uuid

import typer

from careercopilot.config import settings


def send_test_email(to: str = typer.Option(..., "--to", help="Recipient address.")) -> None:
    """Send one test message through the configured SMTP server now and say what happened.

    Exit codes: 0 sent (the server answered 250), 1 not sent (reason printed), 2 SMTP_HOST unset."""
    from careercopilot.db import session_scope
    from careercopilot.models import MailMessage
    from careercopilot.services import account_mail, mail

    if not settings.smtp_configured:
        typer.echo("SMTP_HOST is not set: this instance sends no email (messages go to the in-app Outbox).", err=True)
        raise typer.Exit(2)
    try:
        with session_scope() as s:
            row_id = account_mail.send_test(session=s, to_addr=to, dedupe_key=f"cli:{uuid.uuid4().hex}")
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    report = mail.deliver_due()
    with session_scope() as s:
        row = s.get(MailMessage, row_id)
    server = f"{settings.smtp_host}:{settings.smtp_port}"
    if row is not None and row.status == "sent":
        typer.echo(f"sent to {to} via {server} ({report.sent} message(s) delivered in this run)")
        return
    typer.echo(f"not sent to {to} via {server}: {row.status if row else '?'}: {row.last_error if row else ''}", err=True)
    raise typer.Exit(1)


def show_outbox(to: str = typer.Option(..., "--to", help="Address whose messages to print."),
                last: int = typer.Option(3, help="How many of the newest messages.")) -> None:
    """Print the newest messages written to an address (subject, time, status, text)."""
    from sqlalchemy import func
    from sqlmodel import select

    from careercopilot.db import session_scope
    from careercopilot.models import MailMessage
    from careercopilot.services import users

    key = users.limit_key(to)
    with session_scope() as s:
        rows = s.exec(select(MailMessage).where(func.lower(MailMessage.to_addr) == key.lower())
                      .order_by(MailMessage.created_at.desc()).limit(max(1, last))).all()
    if not rows:
        typer.echo(f"no messages to {key}")
        raise typer.Exit(1)
    for row in rows:
        typer.echo(f"--- {row.created_at:%Y-%m-%d %H:%M} UTC · {row.status} · {row.subject}")
        typer.echo(row.body_text)


def register(app: typer.Typer) -> None:
    """Add the mail commands."""
    app.command("send-test-email")(send_test_email)
    app.command("show-outbox")(show_outbox)
