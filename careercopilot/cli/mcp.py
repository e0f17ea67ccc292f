"""`mcp` command: serve the MCP server over stdio for a desktop assistant (issue 14).

``python -m careercopilot mcp --token-env CC_TOKEN`` reads a personal access token from the
environment variable named (never from the command line, where other users of the machine
could read it in the process list) and serves MCP on stdin/stdout; logs go to stderr so stdout
carries only protocol messages. The same tools are served over HTTP at ``/mcp`` by the app.
"""

from __future__ import annotations

import typer


def serve(
    token_env: str = typer.Option("CC_TOKEN", "--token-env",
                                  help="Name of the environment variable holding the personal access token."),
    check: bool = typer.Option(False, "--check", help="Only check the token and print its scopes, then exit."),
) -> None:
    """Serve the MCP tools over stdio, acting with the token in $TOKEN_ENV."""
    import sys

    import structlog

    structlog.configure(logger_factory=structlog.PrintLoggerFactory(sys.stderr))
    from careercopilot.config import named_environment_value

    secret = named_environment_value(token_env).strip()
    if not secret:
        typer.echo(f"error: set {token_env} to a personal access token (Settings → API tokens, or "
                   "`python -m careercopilot token create`)", err=True)
        raise typer.Exit(2)
    from careercopilot.mcp.server import authenticate, run_stdio

    who = authenticate(secret)
    if who is None:
        typer.echo(f"error: the token in {token_env} is unknown, revoked or expired", err=True)
        raise typer.Exit(2)
    if check:
        typer.echo(f"token ok for user {who.user_id}: {', '.join(sorted(who.scopes))}", err=True)
        return
    run_stdio(secret)


def register(app: typer.Typer) -> None:
    """Attach the ``mcp`` command."""
    app.command("mcp")(serve)
