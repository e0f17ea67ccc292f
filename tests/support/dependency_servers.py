"""Real servers of the production dependencies on loopback, started as subprocesses for a test:
``chroma run`` (the vector server) and ``moto_server`` (an S3 API). Each is a context manager
yielding its ``http://127.0.0.1:<port>`` URL once it answers, and stops the process group on exit
(so a test may also stop it early with the returned handle's ``stop()``)::

    with chroma_run(tmp_path) as chroma:      # chroma.url, chroma.stop()
        ...
"""

from __future__ import annotations

import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.support import services


@dataclass
class Server:
    """A started server: its URL, process and log file."""

    url: str
    proc: subprocess.Popen
    log_path: Path

    def stop(self) -> None:
        services.stop_process_group(self.proc)


def _bin(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


@contextmanager
def _serve(cmd: list[str], *, port: int, folder: Path, name: str, ready_path: str, timeout: float) -> Iterator[Server]:
    folder.mkdir(parents=True, exist_ok=True)
    log_path = folder / f"{name}.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    server = Server(f"http://127.0.0.1:{port}", proc, log_path)

    def up() -> bool:
        if proc.poll() is not None:
            raise services.Fatal(f"{name} exited with {proc.returncode}:\n{services.tail(log_path)}")
        with urllib.request.urlopen(f"{server.url}{ready_path}", timeout=2) as resp:
            return resp.status == 200

    try:
        services.wait_until(up, timeout=timeout, what=name)
        yield server
    finally:
        server.stop()


def chroma_run(folder: Path, *, timeout: float = 60) -> Iterator[Server]:
    """``chroma run`` on a free port with its data under ``folder``; ready when its heartbeat answers."""
    port = services.free_port()
    return _serve([_bin("chroma"), "run", "--path", str(folder / "chroma-data"), "--host", "127.0.0.1",
                   "--port", str(port)], port=port, folder=folder, name="chroma", ready_path="/api/v2/heartbeat",
                  timeout=timeout)


def moto_s3(folder: Path, *, timeout: float = 30) -> Iterator[Server]:
    """``moto_server`` (S3 and the other mocked AWS APIs) on a free port; any credentials work."""
    port = services.free_port()
    return _serve([_bin("moto_server"), "-H", "127.0.0.1", "-p", str(port)], port=port, folder=folder,
                  name="moto", ready_path="/moto-api/", timeout=timeout)
