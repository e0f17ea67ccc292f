"""Options of Reflex's production server (granian) that Reflex does not expose.

Reflex 0.10.1 builds granian's ``Server`` itself (``reflex.utils.exec.run_granian_backend_prod``)
and passes only target, address, port, log settings and ``GRANIAN_WORKERS``; granian reads no
other environment variable outside its own CLI. :func:`apply` (called from ``rxconfig.py``, which
Reflex imports in the process that starts granian) makes the ``Server`` constructor default
``respawn_failed_workers`` to :attr:`Settings.granian_respawn_failed_workers`: without it a
worker that died (the stranger's drill, ops15 finding 2: "Unexpected exit from worker-1") was
not started again and the server stopped serving. Granian's own crash-loop guard still applies:
a worker that dies again within 5.5 s of its respawn stops the server.
"""

from __future__ import annotations

import functools

#: Marker on the wrapped constructor, so :func:`apply` wraps it once per process.
_MARK = "_careercopilot_respawn"


def apply() -> bool:
    """Install the default; True when granian's ``Server`` takes it (False: granian missing)."""
    try:
        from granian.server.common import AbstractServer
    except ImportError:  # pragma: no cover - granian is a dependency of Reflex
        return False
    init = AbstractServer.__init__
    if getattr(init, _MARK, False):
        return True

    @functools.wraps(init)
    def __init__(self, *args, **kwargs):  # noqa: N807 - the constructor it wraps
        from careercopilot.config import settings

        kwargs.setdefault("respawn_failed_workers", settings.granian_respawn_failed_workers)
        init(self, *args, **kwargs)

    setattr(__init__, _MARK, True)
    AbstractServer.__init__ = __init__
    return True
