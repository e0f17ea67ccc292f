"""Writing copilot commands: rotate-secret."""

from __future__ import annotations

import typer


def rotate_secret(
    old: str = typer.Option(..., "--old", prompt=True, hide_input=True, help="The previous SECRET_KEY."),
) -> None:
    """Re-encrypt stored LLM API keys and two-factor secrets after SECRET_KEY changed (the new one is the current setting)."""
    from careercopilot.db import session_scope
    from careercopilot.services import llm_keys

    with session_scope() as s:
        count = llm_keys.rotate(session=s, old_secret=old)
    typer.echo(f"re-encrypted {count} stored key(s) and two-factor secret(s) with the current SECRET_KEY")


def register(app: typer.Typer) -> None:
    """Add the writing commands to the CLI."""
    app.command("rotate-secret")(rotate_secret)
