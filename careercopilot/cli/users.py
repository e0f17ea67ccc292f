"""`users` commands for admins: reset a user's lost two-factor sign-in, make an account an admin."""

from __future__ import annotations

import getpass

import typer

users_app = typer.Typer(help="Account administration.", no_args_is_help=True)


def _address(email: str) -> str:
    """The address as stored (the one canonical form sign-in uses); as typed when it is not valid,
    so the "no account" error names what the operator typed."""
    from careercopilot.services import users

    try:
        return users.normalize_email(email)
    except users.AccountError:
        return email


def reset_2fa(
    email: str = typer.Argument(..., help="Email address of the account whose authenticator was lost."),
    yes: bool = typer.Option(False, "--yes", help="Do it without asking."),
) -> None:
    """Turn two-factor sign-in off for an account (factor and recovery codes deleted) and sign it out
    everywhere (sessions and first-party clients such as the clipper). Check the person's identity
    first: afterwards their password alone signs in. Recorded in the log (``account.two_factor_reset``)."""
    import structlog
    from sqlmodel import select

    from careercopilot.db import session_scope
    from careercopilot.logging import configure_logging
    from careercopilot.models import User
    from careercopilot.services import totp

    configure_logging()
    log = structlog.get_logger("careercopilot.cli.users")
    address = _address(email)
    if not yes:
        typer.confirm(f"Remove two-factor sign-in of {address} and sign it out everywhere?", abort=True)
    with session_scope() as s:
        user_id = s.exec(select(User.id).where(User.email == address)).first()
        if user_id is None:
            typer.echo(f"error: no account {email}", err=True)
            raise typer.Exit(2)
        had = totp.admin_reset(session=s, user_id=user_id)
    log.warning("account.two_factor_reset", user_id=user_id, email=address, had_factor=had, by="cli",
                operator=getpass.getuser())
    typer.echo(f"two-factor {'removed' if had else 'was not set up'} for {address}; signed out everywhere")


def promote(email: str = typer.Argument(..., help="Email address of the account to make an admin.")) -> None:
    """Give an account the admin role (``User.is_admin``: job sources, writing models, the Admin page).
    Idempotent: an account that already is one is left as it is (exit 0). An unknown address exits 2.
    The way back to an admin after the only one deleted their account (Settings → Your data warns).
    Recorded in the log (``account.admin_promoted``)."""
    import structlog
    from sqlmodel import select

    from careercopilot.db import session_scope
    from careercopilot.logging import configure_logging
    from careercopilot.models import User

    configure_logging()
    log = structlog.get_logger("careercopilot.cli.users")
    address = _address(email)
    with session_scope() as s:
        user = s.exec(select(User).where(User.email == address)).first()
        if user is None:
            typer.echo(f"error: no account {email}", err=True)
            raise typer.Exit(2)
        user_id, already, pending = user.id, user.is_admin, user.deletion_requested_at is not None
        if not already:
            user.is_admin = True
            s.add(user)
    if already:
        typer.echo(f"{address} is already an admin")
    else:
        log.warning("account.admin_promoted", user_id=user_id, email=address, by="cli", operator=getpass.getuser())
        typer.echo(f"{address} is now an admin")
    if pending:
        typer.echo(f"note: {address} asked to delete the account; it is deleted at the end of the grace period "
                   "unless they sign in again", err=True)


def register(app: typer.Typer) -> None:
    """Attach the ``users`` command group."""
    users_app.command("reset-2fa")(reset_2fa)
    users_app.command("promote")(promote)
    app.add_typer(users_app, name="users")
