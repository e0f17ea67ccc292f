"""A loopback job board for e2e syncs that run INSIDE the app process.

:class:`RecordedBoard` is a threaded ``http.server`` on 127.0.0.1 answering recorded board
payloads by path (e.g. a Greenhouse board's ``/v1/boards/<token>/jobs``); a test changes what a
path answers with :meth:`RecordedBoard.serve` between two syncs. The session app lists this one
``127.0.0.1:<port>`` in ``SSRF_ALLOW_HOSTS`` (tests/e2e/conftest.py) — as an operator would
list a board on the local network — so a source whose ``base_url`` points here can be synced
with "Sync now" through the app's real, SSRF-guarded fetcher; every other loopback port stays
refused.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


class RecordedBoard:
    """``url`` (``http://127.0.0.1:<port>``), ``port``; ``serve(path, body)``; ``requests`` (paths asked)."""

    def __init__(self) -> None:
        self._routes: dict[str, bytes] = {}
        self._lock = threading.Lock()
        self.requests: list[str] = []
        board = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                path = urlsplit(self.path).path
                with board._lock:
                    board.requests.append(path)
                    body = board._routes.get(path)
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                self.wfile.write(body or b"")

            def log_message(self, *args) -> None:  # quiet: the test output is not a web log
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True, name="recorded-board")
        self._thread.start()

    def serve(self, path: str, body: bytes) -> None:
        """Answer ``GET path`` (query ignored) with ``body`` (200, JSON) from now on."""
        with self._lock:
            self._routes[path] = body

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
