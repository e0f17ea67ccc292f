"""Optimistic concurrency for records a page loads and saves later (no lost update between two
tabs or windows): the page keeps the record's *version* it loaded — its ``updated_at`` as a
string, :func:`version_of` — and hands it back with the save; the service re-reads the row inside
the write transaction (row-locked where the service locks) and refuses the write with
:class:`EditConflict` when the row's version is no longer the loaded one
(:func:`check_unchanged`). Every write of such a record moves its ``updated_at`` forward with
:func:`next_stamp`, so two writes never leave the same version behind.

Rule source: the product standard "bad input gets a clear error and loses nothing … duplicate and
concurrent submissions"; the REST API's ``If-Match`` (``careercopilot.apiv1.etags``, RFC 9110
§13.1.1) is the same precondition for API clients, compared on a digest of the representation.

A caller that loaded no version (``expected`` None or "") is not checked: the API's own
``If-Match`` rules and internal callers keep their behaviour.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone


class EditConflict(Exception):
    """The record changed since the page loaded it; nothing was written. ``str()`` is the
    message shown to the user (the record's name in words, what to do)."""

    def __init__(self, what: str):
        self.what = what
        super().__init__(
            f"This {what} was changed in another tab or window since this page loaded it, so your change "
            "was not saved and nothing was overwritten. Anything you typed is still in the form: copy it, "
            "then reload to see the current version.")


def version_of(updated_at: datetime | None) -> str:
    """The version token of a row: its ``updated_at`` in UTC, ISO 8601 with microseconds
    (``2026-12-06T10:15:00.123456+00:00``); "" for None (a row not stored yet)."""
    if updated_at is None:
        return ""
    if updated_at.tzinfo is None:
        updated_at = updated_at.replace(tzinfo=timezone.utc)
    utc = updated_at.astimezone(timezone.utc)  # a token compared as text, never shown
    return utc.isoformat(timespec="microseconds")


def check_unchanged(updated_at: datetime | None, expected: str | None, *, what: str) -> None:
    """Raise :class:`EditConflict` (``what``: the record in words, "application") unless the
    row's current ``updated_at`` is the version ``expected`` the page loaded. No check when
    ``expected`` is None or "". Call it on the row as re-read inside the write transaction."""
    if expected and version_of(updated_at) != expected:
        raise EditConflict(what)


def next_stamp(previous: datetime | None) -> datetime:
    """The ``updated_at`` of a write: now (UTC), but at least 1 µs after ``previous`` — two
    writes in one clock tick (or after the clock stepped back) still differ in version."""
    now = datetime.now(timezone.utc)
    if previous is not None:
        if previous.tzinfo is None:
            previous = previous.replace(tzinfo=timezone.utc)
        if now <= previous:
            return previous + timedelta(microseconds=1)
    return now
