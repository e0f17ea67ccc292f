"""Alert commands: ``alerts run`` (match new postings, deliver instant alerts and due digests
now, as the periodic job does) and ``alerts digest`` (preview or send one user's digest)."""

from __future__ import annotations

import typer

alerts_app = typer.Typer(help="Saved-search alerts and digests.", no_args_is_help=True)


@alerts_app.command("run")
def run() -> None:
    """Match new postings against saved searches, deliver instant/in-app alerts and build the
    digests that are due (idempotent: running it twice sends nothing twice)."""
    from careercopilot.db import session_scope
    from careercopilot.services import alerts
    from careercopilot.services.alerts import digest

    with session_scope() as s:
        counts = alerts.run_after_sync(session=s)
    with session_scope() as s:
        built = digest.build_due_digests(session=s)
    typer.echo(f"{counts['postings']} new postings checked, {counts['hits']} new hits for {counts['searches']} "
               f"saved searches, {counts['mails']} alert emails, {counts['held']} held back, {len(built)} digests")


@alerts_app.command("digest")
def digest_cmd(user: str = typer.Option(..., "--user", help="The account's email address."),
               dry_run: bool = typer.Option(False, "--dry-run", help="Print the digest; claim and send nothing."),
               now: bool = typer.Option(False, "--now", help="Do not wait for the user's digest hour (still one "
                                                               "digest per local day / week).")) -> None:
    """Preview (``--dry-run``) or build the user's waiting digests. Exit 1: unknown user or nothing waiting."""
    from sqlmodel import select

    from careercopilot.db import session_scope
    from careercopilot.models import User
    from careercopilot.services import users
    from careercopilot.services.alerts import digest
    from careercopilot.services.job_views import plural

    with session_scope() as s:
        uid = s.exec(select(User.id).where(User.email == users.normalize_email(user))).first()
        if uid is None:
            typer.echo(f"no account {user}", err=True)
            raise typer.Exit(1)
        built = digest.build_due_digests(session=s, user_id=uid, dry_run=dry_run, force=now or dry_run)
    if not built:
        typer.echo("nothing waiting for a digest (or this period's digest was already sent)")
        raise typer.Exit(1)
    for d in built:
        typer.echo(f"--- {d.cadence} digest {d.period}: {plural(d.count, 'posting')}, {d.skipped} skipped"
                   + ("" if dry_run else (" · mailed" if d.mailed else " · in-app only")))
        for name, items in d.groups:
            typer.echo(name)
            for it in items:
                score = f" · {it.score_text}/100" if it.score_text else ""
                typer.echo(f"  - {it.title} — {it.company}{score}  {it.url}")


def register(app: typer.Typer) -> None:
    """Add the ``alerts`` command group."""
    app.add_typer(alerts_app, name="alerts")
