"""Command-line interface (Typer). Each module in this package defines ``register(app)``.

Adding a command group is adding a module here; ``--help`` works on every command.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import typer

app = typer.Typer(help="Career Copilot: a self-hostable job-search copilot.", no_args_is_help=True)


@app.callback()
def _startup() -> None:
    # Without APP_URL, links in mail written by a command use the URL the running app recorded
    # (``run --port P`` → ``http://localhost:P``; README "Production configuration").
    from careercopilot.config import adopt_recorded_app_url, settings

    adopt_recorded_app_url(settings)


def _load() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)


def _plain_help(typer_app: typer.Typer) -> None:
    """``--help`` shows the commands' docstrings without their reST markup (````--file```` was
    printed as is: trial finding 27); the docstrings keep it for the code's readers."""
    for cmd in typer_app.registered_commands:
        doc = cmd.help or (cmd.callback.__doc__ if cmd.callback else None)
        if doc:
            cmd.help = inspect.cleandoc(doc).replace("``", "")
    for group in typer_app.registered_groups:
        if group.typer_instance is not None:
            _plain_help(group.typer_instance)


_load()
_plain_help(app)


def main() -> None:
    """Run the CLI (``python -m careercopilot``), with one logging setup for every command:
    LOG_FORMAT=json → JSON lines from ``backup`` as from ``migrate`` (``backup`` logged console
    lines before: ops12 finding 16). Here, not in the Typer callback, so that tests invoking
    ``app`` in-process keep their own logging."""
    from careercopilot.logging import configure_logging

    configure_logging()
    from careercopilot.integrations.vector_folder_lock import IndexHeldElsewhere

    try:
        app()
    except IndexHeldElsewhere as exc:  # a command that needs the embedded index while the app has it open
        import sys

        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(3) from None
