"""Database pool and statement metrics on a SQLAlchemy engine (``careercopilot.db.make_engine``).

* ``cc_db_pool_checked_out`` / ``cc_db_pool_open`` — connections in use / open, per process
  (livesum gauges: summed over the live processes of a scrape target), from the pool's
  ``checkout``/``checkin``/``connect``/``close`` events (SQLAlchemy "Core Events: PoolEvents");
* ``cc_db_query_seconds`` — every statement's time (``before/after_cursor_execute``);
* ``cc_db_slow_queries_total`` — statements slower than SLOW_QUERY_SECONDS, each also logged
  (``db.slow_query`` with the statement's first 200 characters, never its parameters).
"""

from __future__ import annotations

import time

import structlog
from sqlalchemy import event

from careercopilot import metrics
from careercopilot.config import settings

log = structlog.get_logger(__name__)


def instrument(engine) -> None:
    """Attach the listeners to ``engine`` (once)."""
    if getattr(engine, "_cc_metrics", False):
        return
    engine._cc_metrics = True

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, record):
        metrics.DB_POOL_OPEN.inc()
        record.info["cc_open"] = True

    @event.listens_for(engine, "close")
    def _close(dbapi_conn, record):
        if record.info.pop("cc_open", False):
            metrics.DB_POOL_OPEN.dec()

    @event.listens_for(engine, "close_detached")
    def _close_detached(dbapi_conn):
        metrics.DB_POOL_OPEN.dec()

    @event.listens_for(engine, "detach")
    def _detach(dbapi_conn, record):
        record.info.pop("cc_open", None)  # counted down by close_detached

    @event.listens_for(engine, "checkout")
    def _checkout(dbapi_conn, record, proxy):
        metrics.DB_POOL_CHECKED_OUT.inc()
        record.info["cc_out"] = True

    @event.listens_for(engine, "checkin")
    def _checkin(dbapi_conn, record):
        if record.info.pop("cc_out", False):
            metrics.DB_POOL_CHECKED_OUT.dec()

    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn, cursor, statement, parameters, context, executemany):
        conn.info.setdefault("cc_query_start", []).append(time.perf_counter())

    @event.listens_for(engine, "after_cursor_execute")
    def _after(conn, cursor, statement, parameters, context, executemany):
        starts = conn.info.get("cc_query_start")
        if not starts:
            return
        elapsed = time.perf_counter() - starts.pop()
        metrics.DB_QUERY_LATENCY.observe(elapsed)
        if elapsed >= settings.slow_query_seconds:
            metrics.DB_SLOW_QUERIES.inc()
            log.warning("db.slow_query", seconds=round(elapsed, 3), statement=" ".join(statement.split())[:200])

    @event.listens_for(engine, "handle_error")
    def _error(context):
        conn = context.connection
        if conn is not None and conn.info.get("cc_query_start"):
            conn.info["cc_query_start"].pop()
