"""Core commands: migrate, create-user, worker, cron, run."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from careercopilot.config import settings

ROOT = Path(__file__).resolve().parents[2]


def migrate(revision: str = typer.Option("head", help="Alembic revision to upgrade to.")) -> None:
    """Apply database migrations (SQLite or PostgreSQL, from settings)."""
    from careercopilot.cli.serving import say
    from careercopilot.logging import configure_logging
    from careercopilot.services import migrations

    if settings.json_logs:
        configure_logging()  # alembic's records (warnings and up) as JSON lines too
    migrations.upgrade(revision=revision)
    where = settings.sqlalchemy_url.split("@")[-1]
    say(f"database at {where} is at {revision}", event="database.migrated", database=where, revision=revision)


def create_user(
    email: str = typer.Argument(..., help="Email address (login name)."),
    password: str = typer.Option(..., prompt=True, hide_input=True, confirmation_prompt=True, help="Password."),
    admin: bool = typer.Option(False, "--admin", help="Grant the admin role (manage job sources)."),
) -> None:
    """Create an account (migrate first). An admin made here counts as verified: the operator
    vouches for the address, and the first admin must be able to sign in before mail works."""
    from datetime import datetime, timezone

    from careercopilot.db import session_scope
    from careercopilot.services import users
    from careercopilot.services.passwords import PasswordPolicyError

    try:
        with session_scope() as s:
            user = users.create_user(session=s, email=email, password=password, is_admin=admin)
            if admin:  # else locked out until a verification mail arrives (verification is on with PostgreSQL)
                user.email_verified_at = datetime.now(timezone.utc)
            typer.echo(f"created user {user.id} {user.email}{' (admin)' if admin else ''}")
    except (users.AccountError, PasswordPolicyError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


def email_collisions() -> None:
    """List accounts whose addresses share one canonical form (left unmerged by the migration).

    Exit code 0 when there are none, 1 when some are listed (so scripts can check)."""
    from careercopilot.db import session_scope
    from careercopilot.services import users

    with session_scope() as s:
        found = users.email_collisions(session=s)
    for canonical, accounts in found:
        typer.echo(f"{canonical}: " + ", ".join(f"{uid} <{email}>" for uid, email in accounts))
    if not found:
        typer.echo("no colliding addresses")
    raise typer.Exit(1 if found else 0)


def worker(
    queues: list[str] = typer.Argument(None, help="Queues to listen on, in priority order (default: ingest match "
                                                  "default; the writing copilot's queue 'writing' has its own worker)."),
    burst: bool = typer.Option(False, "--burst", help="Exit when the queues are empty."),
) -> None:
    """Start an RQ worker on the configured Redis (REDIS_URL).

    Without queue names it serves the general queues (``jobs.queues.GENERAL_QUEUES``); generations
    run on ``worker writing`` (a worker of their own: a silent model holds only writing workers)."""
    if not settings.rq_redis_url:
        typer.echo("error: REDIS_URL is not set; the embedded default runs jobs in-process.", err=True)
        raise typer.Exit(2)
    from jobs.queues import GENERAL_QUEUES, QUEUES

    unknown = [q for q in queues or () if q not in QUEUES]
    if unknown:
        typer.echo(f"error: unknown queue(s) {', '.join(unknown)}; the queues are {', '.join(QUEUES)}.", err=True)
        raise typer.Exit(2)
    from careercopilot import metrics_server, tracing
    from careercopilot.logging import configure_logging

    configure_logging()
    metrics_server.enable_in_process("worker")
    tracing.setup("worker")
    metrics_server.start_endpoint()
    from jobs.worker import run_worker

    run_worker(list(queues or GENERAL_QUEUES), burst=burst)


def cron() -> None:
    """Start RQ's cron scheduler for jobs/schedule.py (production)."""
    if not settings.rq_redis_url:
        typer.echo("error: REDIS_URL is not set; the embedded default schedules in-process.", err=True)
        raise typer.Exit(2)
    from careercopilot import metrics_server, tracing
    from careercopilot.logging import configure_logging

    configure_logging()
    metrics_server.enable_in_process("cron")
    tracing.setup("cron")
    metrics_server.start_endpoint()
    import redis
    from rq.cron import CronScheduler

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    scheduler = CronScheduler(connection=redis.Redis.from_url(settings.rq_redis_url), logging_level="INFO")
    scheduler.load_config_from_file("jobs.cron_config")
    try:
        scheduler.start()  # what `rq cron jobs.cron_config` runs, in this process (its /metrics)
    except KeyboardInterrupt:
        raise typer.Exit(0) from None


def run(
    port: int = typer.Option(None, help="Port for the app (frontend + backend on one port)."),
) -> None:
    """Migrate, then start the app (production build, one port) with `reflex run`."""
    migrate(revision="head")
    _owner_only_data_dir()
    _instance_secret()
    port = port or settings.frontend_port
    cmd = [str(Path(sys.executable).with_name("reflex")), "run", "--loglevel", "warning"]
    # One port for pages and backend routes: the auth forms post same-origin to /auth/*.
    cmd += ["--env", "prod", "--frontend-port", str(port), "--backend-port", str(port)]
    from careercopilot.cli.serving import serve
    from careercopilot.config import record_app_url

    from careercopilot import metrics_server

    env = server_env(port)
    # granian's backend workers write to one folder that /metrics sums (careercopilot/metrics.py)
    env["PROMETHEUS_MULTIPROC_DIR"] = str(metrics_server.target_dir("app"))
    # CLI commands and workers started later (other shells, no APP_URL) write links to this URL
    record_app_url(settings, env.get("APP_URL") or settings.app_url)
    raise typer.Exit(serve(cmd, cwd=ROOT, url=f"http://localhost:{port}/", env=env))


def _owner_only_data_dir() -> None:
    """Make DATA_DIR owner-only (0700) when this user owns it: the SQLite database and its -wal/-shm,
    uploads, exports and the instance's key inside were readable by every local user through a 0755
    folder (attack129 finding 7: the database files are created 0644 by SQLite). Left alone when
    another user owns the folder (a mounted volume managed elsewhere)."""
    import os

    path = settings.data_dir
    try:
        path.mkdir(parents=True, exist_ok=True)
        if path.stat().st_uid == os.getuid() and path.stat().st_mode & 0o077:
            path.chmod(0o700)
    except OSError as exc:
        typer.echo(f"warning: could not make {path} owner-only: {exc}", err=True)


def _instance_secret() -> None:
    """Give an embedded-default instance (development, SECRET_KEY unset) its own key in DATA_DIR
    (``config.ensure_instance_secret``); when it was just made, re-encrypt the LLM keys and two-factor
    secrets stored under the old default key. The server gets the key through its environment
    (``config.server_environment``)."""
    from careercopilot.config import DEFAULT_SECRET, ensure_instance_secret

    created = ensure_instance_secret(settings)
    if created:
        from careercopilot.db import session_scope
        from careercopilot.services import llm_keys

        with session_scope() as s:
            count = llm_keys.rotate(session=s, old_secret=DEFAULT_SECRET, new_secret=created)
        typer.echo(f"SECRET_KEY is unset: this instance's own key is now in {settings.data_dir / 'secret_key'}"
                   + (f" ({count} stored secret(s) re-encrypted)" if count else ""))


def server_env(port: int) -> dict[str, str]:
    """The server's environment: this process's plus ``GRANIAN_WORKERS`` from settings.

    Granian (through Reflex) reads GRANIAN_WORKERS from its own environment only; a value
    given in ``.env`` or left at its default would otherwise not reach it, and Reflex then
    starts 2 × CPUs + 1 backend workers whenever Redis is configured (issue 9, finding 7)."""
    from careercopilot.config import server_environment

    return server_environment(settings, port=port)


def register(app: typer.Typer) -> None:
    """Attach the core commands."""
    app.command("migrate")(migrate)
    app.command("create-user")(create_user)
    app.command("email-collisions")(email_collisions)
    app.command("worker")(worker)
    app.command("cron")(cron)
    app.command("run")(run)
