"""structlog configuration: JSON lines (LOG_FORMAT=json, or auto in production) or console.

JSON lines carry ``timestamp`` (ISO 8601, UTC), ``level``, ``event``, the context bound by the
request middleware (``request_id``, :mod:`careercopilot.request_context`) or the job runner
(``job_id``, ``func``, ``queue``: ``services.background.run_job``) and, while tracing is on,
``trace_id``/``span_id`` of the active span (Loki → Tempo links). Standard-library log records
(Reflex, RQ, uvicorn/granian) go through the same renderer, so a JSON log is JSON throughout.
"""

from __future__ import annotations

import logging

import structlog

from careercopilot.config import settings


def json_logs() -> bool:
    """Whether log lines are JSON (LOG_FORMAT=json, or auto with APP_ENV=production)."""
    if settings.log_format == "auto":
        return settings.app_env == "production"
    return settings.log_format == "json"


def add_trace_ids(_logger, _name, event_dict):
    """structlog processor: ``trace_id``/``span_id`` of the active span (tracing on only)."""
    from careercopilot import tracing

    ids = tracing.current_ids()
    if ids is not None:
        event_dict.setdefault("trace_id", ids[0])
        event_dict.setdefault("span_id", ids[1])
    return event_dict


def configure_logging() -> None:
    """Configure stdlib logging and structlog once, at ``settings.log_level``."""
    level = getattr(logging, settings.log_level.upper(), logging.INFO)
    renderer = structlog.processors.JSONRenderer() if json_logs() else structlog.dev.ConsoleRenderer(colors=False)
    shared = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        add_trace_ids,
    ]
    if json_logs():
        # stdlib records (Reflex, RQ, granian) rendered as JSON too, with the same context
        handler = logging.StreamHandler()
        handler.setFormatter(structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[structlog.stdlib.add_logger_name, *shared],
            processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                        structlog.processors.format_exc_info, renderer]))
        root = logging.getLogger()
        root.handlers[:] = [handler]
        root.setLevel(level)
    else:
        logging.basicConfig(level=level, format="%(message)s")
    # Reflex checks the schema with alembic at start-up; its INFO lines ("setup plugin …") are noise.
    logging.getLogger("alembic").setLevel(max(level, logging.WARNING))
    structlog.configure(
        processors=[*shared, structlog.processors.format_exc_info, renderer] if json_logs() else [*shared, renderer],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        # one write() per line (PrintLogger writes the newline separately): lines of several
        # processes sharing stdout (granian workers, RQ horses) never interleave
        logger_factory=structlog.WriteLoggerFactory(),
        cache_logger_on_first_use=True,
    )
