"""structlog configuration (JSON in production, console otherwise)."""

from __future__ import annotations

import logging

import structlog

from careercopilot.config import settings


def configure_logging() -> None:
    """Configure stdlib logging and structlog once, at ``settings.log_level``."""
    level = getattr(logging, settings.log_level.upper(), logging.INFO)
    logging.basicConfig(level=level, format="%(message)s")
    # Reflex checks the schema with alembic at start-up; its INFO lines ("setup plugin …") are noise.
    logging.getLogger("alembic").setLevel(max(level, logging.WARNING))
    renderer = (
        structlog.processors.JSONRenderer()
        if settings.app_env == "production"
        else structlog.dev.ConsoleRenderer(colors=False)
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        cache_logger_on_first_use=True,
    )
