"""`token` commands: create, list and revoke personal access tokens for the REST API."""

from __future__ import annotations

import typer

token_app = typer.Typer(help="Personal access tokens for the REST API (/api/v1).", no_args_is_help=True)


def _user_id(session, email: str) -> int:
    from sqlmodel import select

    from careercopilot.models import User
    from careercopilot.services import users

    uid = session.exec(select(User.id).where(User.email == users.normalize_email(email))).first()
    if uid is None:
        typer.echo(f"error: no account {email}", err=True)
        raise typer.Exit(2)
    return int(uid)


def create(
    email: str = typer.Option(..., "--user", help="Email address of the account the token acts for."),
    name: str = typer.Option(..., "--name", help="A name to recognize the token by."),
    scopes: str = typer.Option("postings:read", "--scopes",
                               help="Comma-separated, e.g. postings:read,applications:write (write includes read)."),
    days: int = typer.Option(90, "--days", help="Days until the token expires."),
) -> None:
    """Create a token and print its secret ONCE (only a hash is stored)."""
    from careercopilot.db import session_scope
    from careercopilot.services import api_tokens

    try:
        with session_scope() as s:
            row, secret = api_tokens.create_token(session=s, user_id=_user_id(s, email), name=name, scopes=scopes,
                                                  expires_in_days=days)
            expires = row.expires_at
    except api_tokens.TokenError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"token {row.id} \"{row.name}\" ({', '.join(row.scopes)}), expires {expires:%Y-%m-%d %H:%M} UTC")
    typer.echo("Copy it now, it is not shown again:")
    typer.echo(secret)


def list_(email: str = typer.Option(..., "--user", help="Email address of the account.")) -> None:
    """List the account's tokens (id, name, prefix, scopes, status, expiry, last use)."""
    from careercopilot.db import session_scope
    from careercopilot.services import api_tokens

    with session_scope() as s:
        rows = api_tokens.list_tokens(session=s, user_id=_user_id(s, email))
    for r in rows:
        used = f"{r.last_used_at:%Y-%m-%d %H:%M}" if r.last_used_at else "never"
        typer.echo(f"{r.id}\t{r.name}\t{r.prefix}…\t{','.join(r.scopes)}\t{api_tokens.status(r)}\t"
                   f"expires {r.expires_at:%Y-%m-%d}\tlast used {used}")
    if not rows:
        typer.echo("no tokens")


def revoke(
    token_id: int = typer.Argument(..., help="Token id (from `token list`)."),
    email: str = typer.Option(..., "--user", help="Email address of the account that owns it."),
) -> None:
    """Revoke a token: it stops working at once."""
    from careercopilot.db import session_scope
    from careercopilot.services import api_tokens

    try:
        with session_scope() as s:
            api_tokens.revoke_token(session=s, user_id=_user_id(s, email), token_id=token_id)
    except LookupError:
        typer.echo(f"error: {email} has no token {token_id}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"revoked token {token_id}")


def register(app: typer.Typer) -> None:
    """Attach the ``token`` command group."""
    token_app.command("create")(create)
    token_app.command("list")(list_)
    token_app.command("revoke")(revoke)
    app.add_typer(token_app, name="token")
