"""The hand-off from an upload handler to its background event: one mechanism for every upload.

Reflex 0.10 refuses background upload handlers (``UploadTypeError``) and runs a foreground
handler with the tab's state lock held from its first line to its last (with Redis the lock
expires after 10 s and the handler's result is lost). So an upload handler only reads its file
(a local temporary file: milliseconds), :func:`hold`\\ s the bytes and returns a background
event with the key; that event :func:`take`\\ s them and parses/stores them off the lock
(``ResumeState.process_upload``, ``TrackerExchangeState.process_import``). The chained event
runs in the process the upload arrived at, so a module-level dict is enough.

Bounded (:data:`MAX_HELD`, :data:`MAX_HELD_BYTES`): a full hold refuses the *new* upload with
:data:`BUSY` (shown by the handler) rather than dropping one already accepted, whose user would
otherwise see a failure for a file the server took. Entries not taken within
:data:`HOLD_SECONDS` (the tab closed between the two events) are dropped first.
"""

from __future__ import annotations

import secrets
import time

#: At most this many uploads read and not yet taken (per app process).
MAX_HELD = 32
#: ... and at most this many bytes among them (a 50 MB tracker import + 10 MB resumes: a full
#: hold of large files cannot take more than this much memory).
MAX_HELD_BYTES = 256 * 1024 * 1024
#: An entry not taken after this long is abandoned (its background event starts within
#: milliseconds of the handler's return unless the tab went away).
HOLD_SECONDS = 300.0
#: The upload handler's error when the hold is full.
BUSY = "The server is busy with other uploads right now; please upload the file again in a minute."

#: key -> (file name, bytes, monotonic time held); insertion order = age.
_HELD: dict[str, tuple[str, bytes, float]] = {}


class UploadsBusy(Exception):
    """The hold is full (:data:`MAX_HELD` entries or :data:`MAX_HELD_BYTES` bytes); ``str()`` is :data:`BUSY`."""

    def __init__(self) -> None:
        super().__init__(BUSY)


def _drop_abandoned(now: float) -> None:
    for key, (_, _, at) in list(_HELD.items()):
        if now - at < HOLD_SECONDS:
            break  # insertion order: the rest are newer
        del _HELD[key]


def hold(name: str, data: bytes) -> str:
    """Keep one read upload for its background event; returns its key (random, URL-safe).

    Raises :class:`UploadsBusy` when :data:`MAX_HELD` uploads (or :data:`MAX_HELD_BYTES` bytes
    with this one) are held and not abandoned."""
    now = time.monotonic()
    _drop_abandoned(now)
    held_bytes = sum(len(d) for _, d, _ in _HELD.values())
    if len(_HELD) >= MAX_HELD or held_bytes + len(data) > MAX_HELD_BYTES:
        raise UploadsBusy()
    key = secrets.token_urlsafe(16)
    _HELD[key] = (name, data, now)
    return key


def take(key: str) -> tuple[str, bytes] | None:
    """The (file name, bytes) held under ``key``, removed; None when unknown or dropped."""
    held = _HELD.pop(key, None)
    return None if held is None else (held[0], held[1])
