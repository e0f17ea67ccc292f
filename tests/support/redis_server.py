"""A redis-server of the test's own: free loopback port, temp folder, AOF on or off.

Fault tests restart, stop and kill it; the machine's Redis on 6379 is never touched
(PROTOCOL.md). Used through the ``redis_server`` factory fixture of
``tests/integration/conftest.py``; later work (several workers, the topology issue)
reuses it::

    server = redis_server(appendonly=True)   # AOF + appendfsync everysec, like docker-compose.yml
    server.url                               # redis://127.0.0.1:<port>
    server.restart()                         # graceful: SIGTERM (AOF flushed), same port and folder
    server.restart(hard=True)                # kill -9, then start again
    server.kill()                            # kill -9, stays down (.start() brings it back)

Without AOF (``appendonly=False``, the old compose file's ``--save "" --appendonly no``)
a restart loses every key: queued RQ jobs, RQ registries, rate-limit counters.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import redis

from tests.support import services

#: redis-server from Debian (PLATFORM.md); ``REDIS_SERVER`` is not read: tests need no setting.
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


@dataclass
class RedisServer:
    """One redis-server process (see module doc). ``port`` stays the same across restarts."""

    folder: Path
    appendonly: bool = True
    port: int = field(default_factory=services.free_port)
    proc: subprocess.Popen | None = None
    #: Persistence options instead of the ``appendonly`` default (e.g. the production
    #: compose file's command, see :func:`compose_redis_args`); ``--dir``/``--port`` are ours.
    persistence_args: list[str] | None = None

    @property
    def url(self) -> str:
        """``redis://127.0.0.1:<port>`` (no database number)."""
        return f"redis://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.folder / "redis.log"

    def client(self, db: int = 0) -> redis.Redis:
        """A client on logical database ``db`` (short timeouts: the server may be down)."""
        return redis.Redis(host="127.0.0.1", port=self.port, db=db, socket_timeout=5, socket_connect_timeout=2)

    def start(self, timeout: float = 30.0) -> "RedisServer":
        """Start the server (AOF replayed when on) and wait until it answers PING."""
        if self.proc is not None and self.proc.poll() is None:
            return self
        self.folder.mkdir(parents=True, exist_ok=True)
        persistence = self.persistence_args if self.persistence_args is not None else [
            "--save", "", "--appendonly", "yes" if self.appendonly else "no", "--appendfsync", "everysec"]
        args = [REDIS_SERVER, *persistence, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.folder),
                "--daemonize", "no", "--logfile", str(self.log_path)]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
                                     start_new_session=True)

        def up() -> bool:
            if self.proc.poll() is not None:
                raise services.Fatal(f"redis-server exited with {self.proc.returncode}:\n{services.tail(self.log_path)}")
            return bool(self.client().ping())

        services.wait_until(up, timeout=timeout, interval=0.1, what=f"redis-server on port {self.port}")
        return self

    def stop(self) -> None:
        """Graceful shutdown (SIGTERM: the AOF is flushed); no-op when not running."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        """kill -9 (with ``appendfsync everysec`` up to the last second of writes may be lost)."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.kill()
        self.proc.wait(timeout=10)

    def restart(self, *, hard: bool = False) -> "RedisServer":
        """Stop (``hard``: kill -9) and start again on the same port and folder."""
        self.kill() if hard else self.stop()
        return self.start()

    def close(self) -> None:
        """Stop for good (fixture teardown)."""
        self.kill()


def start_redis_server(folder: Path, *, appendonly: bool = True,
                       persistence_args: list[str] | None = None) -> RedisServer:
    """A started :class:`RedisServer` keeping its files in ``folder``."""
    return RedisServer(folder=folder, appendonly=appendonly, persistence_args=persistence_args).start()


def compose_redis_args(compose_file: Path | None = None) -> list[str]:
    """The ``redis-server`` options of the production compose file's ``redis`` service
    (without the program name and ``--dir``, which a test sets itself)."""
    import yaml

    path = compose_file or Path(__file__).resolve().parents[2] / "docker-compose.yml"
    command = list(yaml.safe_load(path.read_text())["services"]["redis"]["command"])
    assert command[0] == "redis-server", command
    args, out = command[1:], []
    skip = False
    for i, arg in enumerate(args):
        if skip:
            skip = False
            continue
        if arg == "--dir":
            skip = True
            continue
        out.append(arg)
    return out
