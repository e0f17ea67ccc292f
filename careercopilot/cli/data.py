"""Data-rights commands: export an account, import an export into an empty account, delete an account."""

from __future__ import annotations

import json
from pathlib import Path

import typer


def _user_id(session, email: str) -> int:
    from sqlmodel import select

    from careercopilot.models import User
    from careercopilot.services import users

    try:
        user = session.exec(select(User).where(User.email == users.normalize_email(email))).first()
    except users.AccountError:
        user = None
    if user is None:
        typer.echo(f"error: no account {email}", err=True)
        raise typer.Exit(2)
    return user.id


def export(
    user: str = typer.Option(..., "--user", help="Email of the account to export."),
    out: Path = typer.Option(..., "--out", help="Zip file to write (data.json, csv/, files/)."),
) -> None:
    """Write the full export of an account (every owned row as JSON and CSV, plus uploaded files)."""
    from careercopilot.db import session_scope
    from careercopilot.services import data_export

    with session_scope() as s:
        counts = data_export.build_zip(session=s, user_id=_user_id(s, user), out=out)
    typer.echo(f"wrote {out}: {json.dumps(counts)}")


def import_(
    user: str = typer.Option(..., "--user", help="Email of the (empty) account to restore into."),
    file: Path = typer.Option(..., "--file", help="An export zip or its data.json."),
) -> None:
    """Restore an export into an account that has no data yet (rows get new ids; files are stored again)."""
    from sqlalchemy.exc import DataError, IntegrityError

    from careercopilot.db import session_scope
    from careercopilot.services import data_import

    try:
        with session_scope() as s:
            result = data_import.restore(session=s, user_id=_user_id(s, user), path=file)
    except (data_import.ImportFormatError, data_import.AccountNotEmpty) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    except (IntegrityError, DataError) as exc:  # a value the database refuses: name it, no traceback
        typer.echo(f"error: the database refused a row of the export ({type(exc.orig).__name__}: "
                   f"{str(exc.orig).splitlines()[0][:200]}); nothing was imported", err=True)
        raise typer.Exit(2) from None
    typer.echo(json.dumps({"inserted": result.inserted, "skipped": result.skipped, "files": result.files}))


def register(app: typer.Typer) -> None:
    """Attach the data-rights commands."""
    app.command("export")(export)
    app.command("import")(import_)
    app.command("delete-user")(delete_user)


def delete_user(
    email: str = typer.Argument(..., help="Email of the account to delete."),
    yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation."),
) -> None:
    """Delete an account now, with no grace period (admin): every row, stored file and vector."""
    from careercopilot.db import session_scope
    from careercopilot.services import account_deletion

    with session_scope() as s:
        user_id = _user_id(s, email)
    if not yes:
        typer.confirm(f"Delete account {email} (id {user_id}) and all its data now?", abort=True)
    report = account_deletion.purge_user(user_id=user_id)
    typer.echo(json.dumps({"user_id": user_id, "rows": report.rows, "files": report.files, "vectors": report.vectors}))
