"""A real SMTP server on loopback for tests (aiosmtpd ``Controller``), stoppable and restartable
on the same port, recording every message it accepted.

While the server is stopped its port stays reserved by a bound socket that does not listen: a
client meets "connection refused" (a server that is down), and no other test's server — another
xdist worker's ``free_port()`` — can be handed the port meanwhile.

``server.received`` lists ``(envelope recipients, message bytes)``; ``count_for(addr)`` counts
messages per recipient. Behaviour per recipient: ``reject`` (550 to RCPT), ``defer`` (451 to RCPT) and ``stall`` (the
DATA reply is delayed ``stall_seconds``: a client timeout after DATA). ``after_each`` is called
(from the server thread) after each accepted message — e.g. to stop the server mid-batch.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Handler:
    def __init__(self, server: "SmtpServer") -> None:
        self.server = server

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.server.reject:
            return "550 5.1.1 No such user"
        if address.lower() in self.server.defer:
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        content = envelope.original_content or envelope.content
        with self.server.lock:
            self.server.received.append((list(envelope.rcpt_tos), bytes(content)))
        if any(r.lower() in self.server.stall for r in envelope.rcpt_tos):
            await asyncio.sleep(self.server.stall_seconds)
        if self.server.after_each is not None:
            self.server.after_each(self.server)
        return "250 Message accepted for delivery"


class SmtpServer:
    """Loopback SMTP server (see the module doc). ``start()``/``stop()`` may be repeated."""

    def __init__(self, port: int | None = None) -> None:
        self._placeholder: socket.socket | None = None
        self.port = self._hold(port or 0)
        self.received: list[tuple[list[str], bytes]] = []
        self.lock = threading.Lock()
        self.reject: set[str] = set()
        self.stall: set[str] = set()
        self.defer: set[str] = set()
        self.stall_seconds = 3.0
        self.after_each: Callable[["SmtpServer"], None] | None = None
        self._controller: Controller | None = None

    def _hold(self, port: int) -> int:
        """Bind (without listening) a socket on 127.0.0.1:``port`` (0: any free port); returns the port."""
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # right after a stop the port has TIME_WAITs
        for _ in range(50):
            try:
                sock.bind(("127.0.0.1", port))
                break
            except OSError:
                time.sleep(0.1)
        else:
            sock.close()
            raise RuntimeError(f"could not reserve 127.0.0.1:{port}")
        self._placeholder = sock
        return sock.getsockname()[1]

    def _release(self) -> None:
        sock, self._placeholder = self._placeholder, None
        if sock is not None:
            sock.close()

    def start(self) -> "SmtpServer":
        self._release()
        for _ in range(50):  # the port may still be in TIME_WAIT/closing right after a stop
            try:
                self._controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port,
                                              server_kwargs={"decode_data": False}, enable_SMTPUTF8=True)
                self._controller.start()
                return self
            except (OSError, RuntimeError):
                time.sleep(0.1)
        raise RuntimeError(f"could not start aiosmtpd on 127.0.0.1:{self.port}")

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()
            self._hold(self.port)

    def close(self) -> None:
        """Stop for good: the port is released too."""
        self.stop()
        self._release()

    @property
    def running(self) -> bool:
        return self._controller is not None

    def count_for(self, addr: str) -> int:
        with self.lock:
            return sum(addr.lower() in (r.lower() for r in rcpts) for rcpts, _ in self.received)

    def messages_for(self, addr: str):
        with self.lock:
            return [message_from_bytes(raw, policy=policy.default) for rcpts, raw in self.received
                    if addr.lower() in (r.lower() for r in rcpts)]
