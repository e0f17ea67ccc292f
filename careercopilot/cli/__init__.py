"""Command-line interface (Typer). Each module in this package defines ``register(app)``.

Adding a command group is adding a module here; ``--help`` works on every command.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer

app = typer.Typer(help="Career Copilot: a self-hostable job-search copilot.", no_args_is_help=True)


def _load() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)


_load()


def main() -> None:
    """Run the CLI."""
    app()
