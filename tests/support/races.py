"""Helpers for race tests: run one call on several real threads released together, and count rows.

Each thread opens its own session (the callers' ``fn`` does), so the database sees concurrent
transactions as two tabs or two app processes would make them."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlmodel import func, select

from careercopilot.db import session_scope


def at_once(n: int, fn, *, catch: tuple[type[BaseException], ...] = ()) -> list[Any]:
    """``fn()`` on ``n`` threads released together by a barrier: the results in thread order, an
    exception of a ``catch`` type returned in place of its result (any other propagates)."""
    barrier = threading.Barrier(n)

    def one(_i: int):
        barrier.wait()
        try:
            return fn()
        except catch as exc:
            return exc

    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(one, range(n)))


def count_rows(model, **where) -> int:
    """Rows of ``model`` whose columns equal ``where`` (``count_rows(Contact, application_id=7)``)."""
    with session_scope() as s:
        q = select(func.count()).select_from(model)
        for column, value in where.items():
            q = q.where(getattr(model, column) == value)
        return int(s.exec(q).one())
