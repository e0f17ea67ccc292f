"""One module per route; importing this package registers every page.

Modules are discovered automatically, so adding a page is adding a module here.
"""

from __future__ import annotations

import importlib
import pkgutil


def load_all() -> list[str]:
    """Import every page module (registers their routes); returns their names."""
    names = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        importlib.import_module(f"{__name__}.{info.name}")
        names.append(info.name)
    return names
