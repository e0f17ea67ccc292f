"""Temporary PostgreSQL clusters on loopback: a primary and a streaming replica (issue 15).

Each cluster lives in its own folder under a temp directory on a free port. ``initdb``,
``pg_basebackup`` and ``pg_ctl`` refuse to run as root, so they run as the ``postgres`` user
through ``runuser -u postgres --`` (the folders are handed to that user). The machine's own
PostgreSQL on 5432 is never touched::

    primary = PgCluster.init(base / "primary")            # initdb + start
    replica = primary.replica(base / "replica")           # pg_basebackup -R + start (hot standby)
    replica.set_apply_delay("10s")                        # recovery_min_apply_delay, reloaded
    replica.stop(); replica.start()
    primary.stop(mode="immediate"); replica.promote()     # disaster drill
    primary.url("careercopilot")                          # postgresql+psycopg://postgres@127.0.0.1:<port>/careercopilot
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.support import services

#: Debian's server binaries (postgresql-15 here); the newest installed major wins.
PG_BIN = Path(sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name))[-1]) \
    if glob.glob("/usr/lib/postgresql/*/bin") else Path("/usr/lib/postgresql/15/bin")
#: Settings of every temporary cluster: loopback only, WAL for one streaming replica, no fsync
#: (a throwaway cluster; the drill measures replication, not the disk).
CONF = """
listen_addresses = '127.0.0.1'
port = {port}
unix_socket_directories = '{socket_dir}'
wal_level = replica
max_wal_senders = 5
max_replication_slots = 5
hot_standby = on
hot_standby_feedback = on
wal_keep_size = '64MB'
fsync = off
synchronous_commit = on
full_page_writes = off
max_connections = 100
shared_buffers = '32MB'
logging_collector = off
"""


def temp_base(prefix: str = "cc-pg-") -> Path:
    """A fresh folder under /tmp the ``postgres`` user can enter (mode 755)."""
    base = Path(tempfile.mkdtemp(prefix=prefix))
    base.chmod(0o755)
    return base


def _as_postgres(args: list[str], *, timeout: float = 120, check: bool = True) -> subprocess.CompletedProcess:
    """Run a PostgreSQL program as the ``postgres`` user (it refuses root); raises with its output."""
    cmd = ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd="/")
    if check and out.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} exited with {out.returncode}:\n{out.stdout}\n{out.stderr}")
    return out


def _give_to_postgres(path: Path) -> None:
    if os.geteuid() == 0:
        shutil.chown(path, "postgres", "postgres")


@dataclass
class PgCluster:
    """One temporary cluster: ``folder`` holds ``data/`` and ``server.log``; ``port`` is fixed."""

    folder: Path
    port: int

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def log_path(self) -> Path:
        return self.folder / "server.log"

    def url(self, database: str = "postgres", *, driver: str = "postgresql+psycopg") -> str:
        """SQLAlchemy (default) or libpq (``driver="postgresql"``) URL of ``database``."""
        return f"{driver}://postgres@127.0.0.1:{self.port}/{database}"

    def connect(self, database: str = "postgres", **kwargs):
        """A psycopg connection (autocommit unless told otherwise)."""
        import psycopg

        kwargs.setdefault("autocommit", True)
        kwargs.setdefault("connect_timeout", 3)
        return psycopg.connect(self.url(database, driver="postgresql"), **kwargs)

    # --- lifecycle ---------------------------------------------------------------------
    @classmethod
    def init(cls, folder: Path, *, port: int | None = None) -> "PgCluster":
        """``initdb`` (trust auth, user postgres) in ``folder/data`` and start the cluster."""
        folder.mkdir(parents=True, exist_ok=True)
        _give_to_postgres(folder)
        cluster = cls(folder, port or services.free_port())
        _as_postgres([str(PG_BIN / "initdb"), "-D", str(cluster.data), "-U", "postgres", "-A", "trust",
                      "--no-sync", "-E", "UTF8", "--locale", "C.UTF-8"], timeout=180)
        cluster._write_conf()
        return cluster.start()

    def _write_conf(self) -> None:
        conf = self.data / "postgresql.conf"
        text = conf.read_text()
        marker = "# --- cc temporary cluster ---"
        if marker in text:
            text = text[: text.index(marker)]
        conf.write_text(text + marker + CONF.format(port=self.port, socket_dir=self.folder))

    def replica(self, folder: Path, *, port: int | None = None) -> "PgCluster":
        """A streaming hot standby of this (running) cluster: ``pg_basebackup -R`` + start."""
        folder.mkdir(parents=True, exist_ok=True)
        _give_to_postgres(folder)
        standby = PgCluster(folder, port or services.free_port())
        _as_postgres([str(PG_BIN / "pg_basebackup"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                      "-D", str(standby.data), "-R", "-X", "stream", "-c", "fast", "--no-sync"], timeout=300)
        standby._write_conf()
        return standby.start()

    def running(self) -> bool:
        return _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "status"], check=False).returncode == 0

    def start(self, timeout: float = 60.0) -> "PgCluster":
        """``pg_ctl start`` and wait until it accepts connections (a standby: read-only ones)."""
        if not self.running():
            _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.log_path), "-w",
                          "-t", str(int(timeout)), "start"], timeout=timeout + 10)

        def up() -> bool:
            with self.connect() as conn:
                return conn.execute("SELECT 1").fetchone()[0] == 1

        try:
            services.wait_until(up, timeout=timeout, interval=0.2, what=f"PostgreSQL on port {self.port}")
        except TimeoutError as exc:
            raise RuntimeError(f"{exc}\n{services.tail(self.log_path, 40)}") from None
        return self

    def stop(self, *, mode: str = "fast") -> None:
        """``pg_ctl stop -m fast|immediate`` (immediate = crash: no shutdown checkpoint)."""
        if self.running():
            _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop"], timeout=120)

    def reload(self) -> None:
        _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "reload"])

    def promote(self, timeout: float = 60.0) -> None:
        """``pg_ctl promote -w``: the standby becomes a primary (accepts writes)."""
        _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-w", "-t", str(int(timeout)), "promote"],
                     timeout=timeout + 10)

    def set_apply_delay(self, delay: str) -> None:
        """Set ``recovery_min_apply_delay`` on this standby (e.g. ``"10s"``, ``"0"``) and reload."""
        auto = self.data / "postgresql.auto.conf"
        lines = [ln for ln in auto.read_text().splitlines() if not ln.startswith("recovery_min_apply_delay")]
        lines.append(f"recovery_min_apply_delay = '{delay}'")
        auto.write_text("\n".join(lines) + "\n")
        self.reload()

    def wait_replayed(self, primary: "PgCluster", timeout: float = 30.0) -> None:
        """Wait until this standby replayed everything ``primary`` wrote so far."""
        with primary.connect() as conn:
            lsn = conn.execute("SELECT pg_current_wal_lsn()").fetchone()[0]

        def caught_up() -> bool:
            with self.connect() as conn:
                return conn.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", (str(lsn),)).fetchone()[0]

        services.wait_until(caught_up, timeout=timeout, interval=0.1, what=f"the replica to replay {lsn}")

    def destroy(self) -> None:
        """Stop (immediately) and delete the folder."""
        try:
            self.stop(mode="immediate")
        except Exception:  # noqa: BLE001 - teardown: remove what is left either way
            pass
        shutil.rmtree(self.folder, ignore_errors=True)
