"""An ASGI app served by uvicorn in a thread on a free loopback port (for tests of the backend's
HTTP routes without the Reflex build)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from tests.support import services


@contextmanager
def serve(app, *, lifespan: str = "off") -> Iterator[str]:
    """Serve ``app`` and yield its base URL ``http://127.0.0.1:<port>``; stopped on exit. ``lifespan="on"``
    runs the app's start-up tasks (Reflex's event processor starts there)."""
    import uvicorn

    port = services.free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan=lifespan))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        services.wait_until(lambda: server.started, timeout=30, what="uvicorn to start")
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
