"""Child processes that die with their parent, and identities of live processes.

Why: a job that forks helpers (the normalizer pool of ``services.ingest_normalize``, RQ's
work-horse and scheduler) must not leave them running when its process is killed with
SIGKILL — nothing can clean up after a kill -9, so the kernel has to. Linux's
``prctl(PR_SET_PDEATHSIG, SIGKILL)`` (prctl(2)) makes the kernel send SIGKILL to a child
when the thread that forked it exits; it survives ``execve`` and is set in the child
right after ``fork``. If the parent already died between ``fork`` and ``prctl`` the
child exits at once (checked with ``getppid``). On other systems these calls are no-ops.

:func:`install_fork_hook` registers this for every ``os.fork`` of the process (and of
its forked children, which inherit the hook): one call at RQ worker start-up covers the
work-horse, RQ's scheduler process and any pool a job starts. :func:`die_with_parent`
is the same thing for ``ProcessPoolExecutor(initializer=...)`` and
``subprocess.Popen(preexec_fn=...)`` (``subprocess`` does not run fork hooks).

Identities: :func:`process_identity` names this process as
``<host>:<boot id>:<pid>:<start ticks>`` (start time in clock ticks after boot, field 22
of ``/proc/<pid>/stat``, proc(5)) so a reused pid is never mistaken for the original;
:func:`identity_alive` tells whether such a process still runs (None when it cannot tell:
another host).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import socket
import sys
from functools import lru_cache

#: prctl(2) option number (linux/prctl.h).
PR_SET_PDEATHSIG = 1
_parent_pid: int | None = None
_hook_installed = False


@lru_cache(maxsize=1)
def _libc():
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:  # pragma: no cover - no libc
        return None


def die_with_parent(parent_pid: int | None = None, sig: int = signal.SIGKILL) -> bool:
    """Ask the kernel to send ``sig`` to this process when its parent (thread) exits.

    ``parent_pid`` is the expected parent (default: the current one); when the real
    parent differs — it died before this call — the process exits with status 1 at once.
    Returns False where unsupported (non-Linux), True otherwise.
    """
    libc = _libc()
    if libc is None:
        return False
    if libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) != 0:  # pragma: no cover - never fails on Linux
        return False
    if parent_pid is not None and os.getppid() != parent_pid:
        os._exit(1)
    return True


def _before_fork() -> None:
    global _parent_pid
    _parent_pid = os.getpid()


def _after_fork_in_child() -> None:
    die_with_parent(_parent_pid)
    _process_start_ticks.cache_clear()


def install_fork_hook() -> None:
    """Make every child forked from now on (and their forked children) die with its parent."""
    global _hook_installed
    if _hook_installed:
        return
    os.register_at_fork(before=_before_fork, after_in_child=_after_fork_in_child)
    _hook_installed = True


def descendants(pid: int) -> list[int]:
    """Pids of every live descendant of ``pid`` (Linux ``/proc``; empty elsewhere)."""
    out: list[int] = []
    todo = [pid]
    while todo:
        parent = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{parent}/task/{tid}/children") as fh:
                    kids = [int(x) for x in fh.read().split()]
            except OSError:
                continue
            for kid in kids:
                if kid not in out:
                    out.append(kid)
                    todo.append(kid)
    return out


# ----------------------------------------------------------------------------- identities


@lru_cache(maxsize=1)
def _boot_id() -> str:
    try:
        with open("/proc/sys/kernel/random/boot_id") as fh:
            return fh.read().strip()[:36]
    except OSError:
        return "noboot"


def _start_ticks(pid: int) -> str | None:
    """Start time of ``pid`` in clock ticks after boot (proc(5) stat field 22), or None."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            stat = fh.read()
    except OSError:
        return None
    # field 2 (comm) may contain spaces and parentheses: split after its closing ")"
    fields = stat[stat.rfind(")") + 2 :].split()
    return fields[19] if len(fields) > 19 else None


@lru_cache(maxsize=1)
def _process_start_ticks() -> str:
    return _start_ticks(os.getpid()) or "0"


def process_identity() -> str:
    """``<host>:<boot id>:<pid>:<start ticks>`` of this process (≤ 150 characters)."""
    host = socket.gethostname()[:64]
    return f"{host}:{_boot_id()}:{os.getpid()}:{_process_start_ticks()}"


def identity_alive(identity: str) -> bool | None:
    """Whether the process named by :func:`process_identity` still runs.

    True/False on this host (a different boot id or start time means it is gone);
    None for another host's process (unknowable here) or an unparsable identity.
    """
    try:
        host, boot, pid, ticks = identity.rsplit(":", 3)
    except ValueError:
        return None
    if host != socket.gethostname()[:64]:
        return None
    if boot != _boot_id():
        return False
    if not pid.isdigit():
        return None
    current = _start_ticks(int(pid))
    return current is not None and current == ticks
