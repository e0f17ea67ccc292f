"""Job lifecycle commands: reap stuck job rows, sweep orphan uploads, confirm a suspicious sync."""

from __future__ import annotations

import json

import typer


def reap_jobs() -> None:
    """Reconcile queued/running job rows whose job was lost (dead worker or app, restarted Redis)."""
    from careercopilot.services import job_reaper

    report = job_reaper.reap()
    typer.echo(json.dumps(report.as_dict()))


def sweep_uploads(
    grace: int = typer.Option(None, "--grace", help="Seconds a file without a row is kept (default: setting)."),
) -> None:
    """Delete uploaded files/objects that no row refers to (older than the grace period)."""
    from careercopilot.services import maintenance

    removed = maintenance.sweep_orphan_uploads(grace_seconds=grace)
    typer.echo(f"removed {len(removed)} orphan file(s)")
    for key in removed:
        typer.echo(f"  {key}")


def confirm_sync(
    run_id: int = typer.Argument(..., help="Id of the suspicious sync run (shown on the Sources page)."),
    admin_email: str = typer.Option(..., "--admin", help="Email of the admin who confirms it."),
) -> None:
    """Apply a suspicious sync after all: close the postings it did not see."""
    from sqlmodel import select

    from careercopilot.db import session_scope
    from careercopilot.models import User
    from careercopilot.services import sources, users
    from careercopilot.services.job_views import plural

    try:
        with session_scope() as s:
            user = s.exec(select(User).where(User.email == users.normalize_email(admin_email))).first()
            run = sources.confirm_sync_run(session=s, user_id=user.id if user else None, run_id=run_id)
            typer.echo(f"sync run {run_id}: closed {plural(run.closed_count, 'posting')}")
    except (PermissionError, LookupError, sources.SourceError, users.AccountError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


def register(app: typer.Typer) -> None:
    """Attach the job lifecycle commands."""
    app.command("reap-jobs")(reap_jobs)
    app.command("sweep-uploads")(sweep_uploads)
    app.command("confirm-sync")(confirm_sync)
