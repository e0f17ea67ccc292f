"""ASGI entry of the backend routes (``careercopilot.api.app``: /auth/*, /api/v1, /healthz,
/readyz, /metrics) wrapped exactly as the Reflex app wraps its backend
(:func:`careercopilot.request_context.wrap`: request ids, access log, tracing), for tests that
run it under granian with several worker processes without a Reflex build::

    granian --interface asgi --workers 2 tests.support.obs_backend:app
"""

from __future__ import annotations

from careercopilot import api, request_context, tracing
from careercopilot.logging import configure_logging

configure_logging()
tracing.setup("app")
app = request_context.wrap(api.app)


def create_app():
    """The app, for servers that take a factory (Reflex's granian runner: ``factory=True``)."""
    return app
