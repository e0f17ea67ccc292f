"""Backup commands: ``backup`` (make a set now, then prune), ``backup list``, ``restore``.

Exit codes: 0 done; 1 a restore whose comparison with the manifest found differences;
2 refused or failed (message on stderr, nothing changed unless it says so).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

import typer

backup_app = typer.Typer(help="Without a command: make a backup set now (database + uploaded files + manifest) and "
                              "prune by retention. `backup list`: the sets and the backup age. See README "
                              "\"Backups and restore\".",
                         invoke_without_command=True, no_args_is_help=False)


def _fail(exc: Exception) -> None:
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(2) from None


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def _age(seconds: float | None) -> str:
    if seconds is None:
        return "never"
    h, rem = divmod(int(seconds), 3600)
    return f"{h} h {rem // 60} min ago" if h else f"{rem // 60} min {rem % 60} s ago"


@backup_app.callback()
def backup(ctx: typer.Context,
           as_json: bool = typer.Option(False, "--json", help="Print the manifest summary as JSON.")) -> None:
    """Make a backup set now (database + uploaded files + manifest), then prune by retention."""
    if ctx.invoked_subcommand is not None:
        return
    from careercopilot.config import settings
    from careercopilot.metrics import BACKUP_RUNS
    from careercopilot.services import backup as svc

    try:
        result = svc.create_backup(settings)
    except (svc.BackupError, svc.DestinationError) as exc:
        BACKUP_RUNS.labels("failed").inc()
        _fail(exc)
    BACKUP_RUNS.labels("ok").inc()
    svc.forget_age()
    m = result.manifest
    summary = {"id": m.id, "destination": result.destination, "database": m.database_kind,
               "database_bytes": m.database_size, "rows": m.total_rows, "tables": len(m.row_counts),
               "files": len(m.files), "file_bytes": m.total_file_bytes, "pruned": result.pruned,
               "seconds": round(result.seconds, 2)}
    if as_json:
        typer.echo(json.dumps(summary))
        return
    typer.echo(f"backup {m.id} written to {result.destination}: {m.database_kind} dump {_size(m.database_size)} "
               f"({m.total_rows} rows in {len(m.row_counts)} tables), {len(m.files)} files "
               f"({_size(m.total_file_bytes)}) in {result.seconds:.1f} s")
    if result.pruned:
        typer.echo(f"pruned {len(result.pruned)} old set(s): {', '.join(result.pruned)}")


@backup_app.command("list")
def list_(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """List the backup sets (newest last) with the retention rule keeping each, and the backup age."""
    from careercopilot.config import settings
    from careercopilot.services import backup as svc

    try:
        sets = svc.list_sets(settings)
    except svc.DestinationError as exc:
        _fail(exc)
    complete = [i for i in sets if i.manifest]
    age = (datetime.now(timezone.utc) - complete[-1].manifest.created_at).total_seconds() if complete else None
    if as_json:
        typer.echo(json.dumps({"backup_age_seconds": age, "sets": [
            {"id": i.id, "complete": i.manifest is not None, "error": i.error, "kept_by": i.kept_by,
             **({"created_at": i.manifest.created_at.isoformat(), "database": i.manifest.database_kind,
                 "database_bytes": i.manifest.database_size, "rows": i.manifest.total_rows,
                 "files": len(i.manifest.files)} if i.manifest else {})} for i in sets]}))
        return
    typer.echo(f"destination: {svc.get_destination(settings).describe()}")
    for i in sets:
        if i.manifest is None:
            typer.echo(f"  {i.id}  INCOMPLETE: {i.error}")
            continue
        m = i.manifest
        typer.echo(f"  {i.id}  {m.created_at:%Y-%m-%d %H:%M} UTC  {m.database_kind:10} {_size(m.database_size):>9}  "
                   f"{m.total_rows:>8} rows  {len(m.files):>5} files  kept: {', '.join(i.kept_by) or '-'}")
    typer.echo(f"last successful backup: {_age(age)}" + ("" if age is None else f" ({int(age)} s)"))


def restore(
    set_id: str = typer.Option("latest", "--set", help="Set id (see `backup list`) or 'latest'."),
    yes: bool = typer.Option(False, "--yes", help="Required: confirm that the configured database and storage "
                                                 "receive the set."),
    force: bool = typer.Option(False, "--force", help="Replace a database/storage that already holds data."),
) -> None:
    """Restore a backup set into DATABASE_URL and the configured storage, then compare with its manifest."""
    from careercopilot.config import settings
    from careercopilot.services import backup as svc

    if not yes:
        typer.echo("error: restore replaces the configured database and files; stop the app and workers, "
                   "then run again with --yes", err=True)
        raise typer.Exit(2)
    try:
        result = svc.restore_backup(settings, set_id=set_id, force=force)
    except (svc.BackupError, svc.DestinationError) as exc:
        _fail(exc)
    m = result.manifest
    typer.echo(f"restored backup {m.id} ({m.created_at:%Y-%m-%d %H:%M} UTC, revision {m.alembic_revision})")
    typer.echo(f"{'':4} {'what':38} {'backup':>16} {'restored':>16}")
    for c in result.comparisons:
        exp, act = (c.expected, c.actual) if c.kind == "table" else (c.expected[:12], c.actual[:12])
        typer.echo(f"{'ok' if c.ok else 'DIFF':4} {c.kind + ' ' + c.name:38.38} {exp:>16} {act:>16}")
    tables = [c for c in result.comparisons if c.kind == "table"]
    files = [c for c in result.comparisons if c.kind == "file"]
    typer.echo(f"tables: {sum(c.ok for c in tables)}/{len(tables)} equal; files: {sum(c.ok for c in files)}/"
               f"{len(files)} equal" + (f"; {len(result.extra_files)} file(s) not in the backup" if result.extra_files
                                        else ""))
    if not result.ok:
        raise typer.Exit(1)
    typer.echo("next: `python -m careercopilot migrate` (if this code is newer than the backup), then "
               "`python -m careercopilot reindex` (the vector index is not in backups), then start the app")


def register(app: typer.Typer) -> None:
    """Attach ``backup`` (with ``backup list``) and ``restore``."""
    app.add_typer(backup_app, name="backup")
    app.command("restore")(restore)
