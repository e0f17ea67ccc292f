"""The production topology of issue 15 on loopback, without Docker: everything in one temp folder
on free ports, started in dependency order::

    nginx (upstream: N app processes, websocket upgrade, security headers, immutable /assets/)
      → N app processes (one production build; state shared through Redis)
      → M rq workers + rq cron
      → PostgreSQL primary + streaming replica (temporary clusters, tests/support/pg_cluster.py)
      → redis-server with AOF (appendonly yes, appendfsync everysec)
      → chroma run (vector server)        → moto server (S3)

Command line (``scripts/topology.sh`` wraps it)::

    python -m tests.support.topology up [--apps 2] [--workers 2] [--state FILE]   # prints the URL
    python -m tests.support.topology status [--state FILE]
    python -m tests.support.topology failover [--state FILE]
    python -m tests.support.topology cli [-e NAME=VALUE]… [--state FILE] -- <careercopilot command …>
    python -m tests.support.topology down [--state FILE]

``up`` writes a JSON state file (pids, ports, folders; default
``$TMPDIR/careercopilot-topology.json``) that ``status``/``down`` read. Tests use
:func:`start` / :class:`Topology` directly (``tests/topology/conftest.py``).

Every process runs in its own session (process group): ``kill_app(i)`` is a ``kill -9`` of the
whole app process (granian supervisor and its worker), as when a machine dies. The rq workers and
cron run under :mod:`tests.support.supervise`, which starts them again when they exit (compose's
``restart: unless-stopped``); ``kill_worker`` kills the worker under it, as an OOM kill would.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import httpx

from tests.support import app as app_support
from tests.support import services
from tests.support.pg_cluster import PgCluster, temp_base

ROOT = Path(__file__).resolve().parents[2]
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
DEFAULT_STATE = Path(tempfile.gettempdir()) / "careercopilot-topology.json"
#: A fixed development secret of ≥ 32 characters (loopback only; never a real deployment's).
SECRET = "topology-loopback-secret-0123456789abcdef"
S3_BUCKET = "careercopilot-topology"
#: The backup destination's own bucket (README "Backups and restore": never the files' bucket);
#: the first ``backup`` creates it. ``BACKUP_S3_BUCKET`` in the caller's environment wins.
BACKUP_BUCKET = "careercopilot-topology-backups"


@dataclass
class Proc:
    """One started process group: ``pid`` (= its pgid), command, log file, working folder."""

    name: str
    pid: int
    cmd: list[str]
    log: str
    cwd: str

    def alive(self) -> bool:
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        try:  # a zombie child of ours counts as dead
            pid, _ = os.waitpid(self.pid, os.WNOHANG)
            return pid == 0
        except ChildProcessError:
            return True

    def tree(self) -> list[int]:
        """This process and all its live descendants (from /proc), parents first. A child that
        started its own session (``careercopilot run`` starts reflex so) is still found."""
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    raw = Path(f"/proc/{entry}/stat").read_text()
                except OSError:
                    continue
                children.setdefault(int(raw[raw.rindex(")") + 2:].split()[1]), []).append(int(entry))
        out, stack = [], [self.pid]
        while stack:
            pid = stack.pop(0)
            out.append(pid)
            stack.extend(children.get(pid, []))
        return out

    def signal_tree(self, sig: int, pids: list[int] | None = None) -> None:
        """Send ``sig`` to the process group and to every process of :meth:`tree`."""
        pids = pids if pids is not None else self.tree()
        try:
            os.killpg(self.pid, sig)
        except ProcessLookupError:
            pass
        for pid in pids:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass

    def stop(self, timeout: float = 15.0) -> None:
        """SIGTERM the tree, then SIGKILL what is left after ``timeout`` s."""
        pids = self.tree()
        self.signal_tree(signal.SIGTERM, pids)
        deadline = time.monotonic() + timeout
        while any(_alive(p) for p in pids) and time.monotonic() < deadline:
            self.alive()  # reaps our own child
            time.sleep(0.1)
        self.signal_tree(signal.SIGKILL, pids)
        self.alive()

    def kill9(self) -> None:
        """kill -9 of the whole tree at once (no clean-up runs), then wait until all are gone."""
        pids = self.tree()
        self.signal_tree(signal.SIGKILL, pids)

        def gone() -> bool:
            self.alive()  # reaps our own child
            return not any(_alive(p) for p in pids)

        services.wait_until(gone, timeout=10, interval=0.05, what=f"{self.name} to die")


def _alive(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return state[state.rindex(")") + 2:].split()[0] != "Z"


def spawn(name: str, cmd: list[str], *, cwd: Path, env: dict[str, str], log: Path) -> Proc:
    """Start ``cmd`` in a new session, appending its output to ``log``."""
    with open(log, "ab") as out:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    return Proc(name, proc.pid, cmd, str(log), str(cwd))


@dataclass
class Topology:
    """Everything :func:`start` brought up (JSON round-trip: :meth:`save` / :meth:`load`)."""

    base: str
    url: str = ""
    nginx_port: int = 0
    app_ports: list[int] = field(default_factory=list)
    redis_port: int = 0
    chroma_port: int = 0
    s3_port: int = 0
    primary_port: int = 0
    replica_port: int = 0
    database: str = "careercopilot"
    env: dict[str, str] = field(default_factory=dict)
    procs: dict[str, Proc] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)

    # --- handles ------------------------------------------------------------------------
    @property
    def folder(self) -> Path:
        return Path(self.base)

    @property
    def repo(self) -> Path:
        return self.folder / "repo"

    @property
    def primary(self) -> PgCluster:
        return PgCluster(self.folder / "pg-primary", self.primary_port)

    @property
    def replica(self) -> PgCluster:
        return PgCluster(self.folder / "pg-replica", self.replica_port)

    @property
    def redis_url(self) -> str:
        return f"redis://127.0.0.1:{self.redis_port}/0"

    def app_names(self) -> list[str]:
        return sorted((n for n in self.procs if n.startswith("app-")), key=lambda n: int(n.split("-")[1]))

    def worker_names(self) -> list[str]:
        return sorted((n for n in self.procs if n.startswith("worker-")), key=lambda n: int(n.split("-")[1]))

    def log(self, name: str, lines: int = 80) -> str:
        return services.tail(Path(self.procs[name].log), lines)

    # --- persistence --------------------------------------------------------------------
    def save(self, path: Path) -> None:
        data = asdict(self)
        # the state holds the processes' environment (SECRET_KEY, METRICS_TOKEN): owner-only
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(fd, 0o600)  # an existing file keeps its mode on open
        with os.fdopen(fd, "w") as fh:
            fh.write(json.dumps(data, indent=2))

    @classmethod
    def load(cls, path: Path) -> "Topology":
        data = json.loads(path.read_text())
        data["procs"] = {k: Proc(**v) for k, v in data["procs"].items()}
        return cls(**data)

    # --- app processes ------------------------------------------------------------------
    def app_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.app_ports[int(name.split('-')[1]) - 1]}"

    def start_app(self, name: str, timeout: float = 180.0) -> Proc:
        """(Re)start app process ``name`` ("app-2") from the existing build and wait for /healthz."""
        port = self.app_ports[int(name.split("-")[1]) - 1]
        proc = spawn(name, [services.python(), "-m", "tests.support.prebuilt_app", "--port", str(port)], cwd=self.repo,
                     env=self.env, log=self.folder / f"{name}.log")
        self.procs[name] = proc
        _wait_http(f"http://127.0.0.1:{port}/healthz", proc, timeout=timeout)
        return proc

    def kill_app(self, name: str) -> None:
        self.procs[name].kill9()

    def start_worker(self, name: str) -> Proc:
        """Start rq worker ``name`` ("worker-1") under the restart-on-exit supervisor."""
        from jobs.queues import QUEUES

        return self._supervised(name, ["worker", *QUEUES])  # every queue, generations too (a small box)

    def start_cron(self) -> Proc:
        """Start ``careercopilot cron`` under the restart-on-exit supervisor."""
        return self._supervised("cron", ["cron"])

    def _supervised(self, name: str, command: list[str]) -> Proc:
        cmd = [services.python(), "-m", "tests.support.supervise", "--name", name, "--",
               services.python(), "-m", "careercopilot", *command]
        proc = spawn(name, cmd, cwd=self.repo, env=self.env, log=self.folder / f"{name}.log")
        self.procs[name] = proc
        return proc

    def supervised_pid(self, name: str) -> int | None:
        """Pid of the process running under supervisor ``name`` now (the rq worker itself), or None
        between an exit and the restart."""
        sup = self.procs[name].pid
        for pid in self.procs[name].tree()[1:]:
            try:
                raw = Path(f"/proc/{pid}/stat").read_text()
            except OSError:
                continue
            if int(raw[raw.rindex(")") + 2:].split()[1]) == sup and _alive(pid):
                return pid
        return None

    def kill_worker(self, name: str) -> int:
        """kill -9 of the process under supervisor ``name`` and its work-horse (the supervisor
        stays and starts it again); returns the killed pid."""
        pid = services.wait_until(lambda: self.supervised_pid(name), timeout=60, what=f"{name} to run")
        victim = Proc(name, pid, [], self.procs[name].log, self.procs[name].cwd)
        victim.kill9()
        return pid

    def set_upstreams(self, names: list[str]) -> None:
        """Point nginx at the app processes ``names`` only (re-rendered config, ``SIGHUP``: a
        graceful reload — old connections finish on the old workers). Used by benchmarks/ui_load.py."""
        nginx_dir = self.folder / "nginx"
        ports = [self.app_ports[int(n.split("-")[1]) - 1] for n in names]
        (nginx_dir / "nginx.conf").write_text(render_nginx(listen_port=self.nginx_port, app_ports=ports,
                                                           folder=nginx_dir))
        os.kill(self.procs["nginx"].pid, signal.SIGHUP)
        want = {f"127.0.0.1:{p}" for p in ports}

        def reloaded() -> bool:  # new requests reach only the chosen processes
            seen = set()
            for _ in range(3 * len(ports) + 3):
                httpx.get(f"http://127.0.0.1:{self.nginx_port}/healthz", timeout=5)
                seen.add(access_log(nginx_dir)[-1]["upstream"])
            return seen == want

        services.wait_until(reloaded, timeout=30, interval=0.5, what=f"nginx to proxy to {sorted(want)} only")

    def set_database(self, url: str) -> None:
        """Point future processes at ``url`` (the drill's promoted replica) — env and state only."""
        self.env["DATABASE_URL"] = url
        self.env.pop("DATABASE_REPLICA_URL", None)

    def failover(self, *, log=print) -> dict[str, float]:
        """README "Failover": promote the streaming replica and move every process onto it.

        1. stop the app processes, workers and cron FIRST — nothing may write to the old primary
           once the replica is promoted (two writable primaries = split brain);
        2. fence the old primary: stop it if it still runs (``pg_ctl stop -m fast``);
        3. promote the replica (``pg_ctl promote``) and check ``pg_is_in_recovery()`` is false;
        4. ``DATABASE_URL`` → the promoted server, ``DATABASE_REPLICA_URL`` dropped;
        5. start the apps, workers and cron again and wait for ``/readyz`` through nginx.

        Returns seconds from the call to each step's end (``stopped``, ``promoted``, ``serving``)."""
        start = time.monotonic()
        out: dict[str, float] = {}
        for name in [*self.app_names(), *self.worker_names(), "cron"]:
            if name in self.procs:
                self.procs[name].stop(timeout=15)
        out["stopped"] = time.monotonic() - start
        log(f"failover: app, workers and cron stopped ({out['stopped']:.1f} s)")
        if self.primary.running():
            self.primary.stop(mode="fast")
            log("failover: old primary stopped (fenced)")
        self.replica.promote()
        with self.replica.connect(self.database) as conn:
            if conn.execute("SELECT pg_is_in_recovery()").fetchone()[0]:
                raise RuntimeError("the replica is still in recovery after pg_ctl promote")
        out["promoted"] = time.monotonic() - start
        log(f"failover: replica promoted on port {self.replica_port} ({out['promoted']:.1f} s)")
        self.set_database(self.replica.url(self.database))
        for name in self.app_names():
            self.start_app(name)
        for name in self.worker_names():
            self.start_worker(name)
        self.start_cron()
        _wait_http(f"{self.url}/readyz", None, timeout=120)
        out["serving"] = time.monotonic() - start
        log(f"failover: serving on the promoted server, /readyz 200 through nginx ({out['serving']:.1f} s)")
        return out

    # --- teardown -----------------------------------------------------------------------
    def down(self, *, remove: bool = True) -> None:
        """Stop every process (apps first, databases last) and delete the folder."""
        order = [n for n in self.procs if n == "nginx"] + self.app_names() + self.worker_names() + \
            [n for n in self.procs if n not in ("nginx", "redis", "chroma", "s3") and not n.startswith(("app-", "worker-"))] + \
            [n for n in ("chroma", "s3", "redis") if n in self.procs]
        for name in order:
            self.procs[name].stop(timeout=10)
        for cluster in (self.replica, self.primary):
            if cluster.port:
                try:
                    cluster.stop(mode="immediate")
                except Exception:  # noqa: BLE001 - already gone
                    pass
        if remove:
            shutil.rmtree(self.base, ignore_errors=True)


def _wait_http(url: str, proc: Proc | None, *, timeout: float, ok=lambda r: r.status_code == 200) -> None:
    def up() -> bool:
        if proc is not None and not proc.alive():
            raise services.Fatal(f"{proc.name} exited:\n{services.tail(Path(proc.log), 60)}")
        return ok(httpx.get(url, timeout=5))

    services.wait_until(up, timeout=timeout, interval=0.5, what=url)


def access_log(nginx_dir: Path) -> list[dict]:
    """nginx's access log in ``nginx_dir``: one dict per request (deploy/nginx.conf's ``json_access``
    format: ``request_id``, ``method``, ``uri``, ``status``, ``upstream``, ``request_time``, …)."""
    path = nginx_dir / "access.log"
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()] if path.exists() else []


def render_nginx(*, listen_port: int, app_ports: list[int], folder: Path, template: Path | None = None) -> str:
    """A complete nginx.conf: ``deploy/nginx.conf``'s server with the upstream pointed at the
    loopback app processes, listening on ``127.0.0.1:<listen_port>``, files under ``folder``."""
    body = (template or ROOT / "deploy" / "nginx.conf").read_text()
    servers = "".join(f"    server 127.0.0.1:{p} max_fails=1 fail_timeout=5s;\n" for p in app_ports)
    body, n = re.subn(r"(upstream app_servers \{\n)(?:\s*server [^\n]*\n)+", lambda m: m.group(1) + servers, body)
    assert n == 1, "deploy/nginx.conf must have one `upstream app_servers { server …; }` block"
    body, n = re.subn(r"listen 80( default_server)?;", lambda m: f"listen 127.0.0.1:{listen_port}{m.group(1) or ''};",
                      body)
    assert n == 2, "deploy/nginx.conf must have `listen 80 default_server;` (unknown hosts) and `listen 80;`"
    body, n = re.subn(r"access_log /var/log/nginx/access\.log json_access;", f"access_log {folder}/access.log json_access;",
                      body)
    assert n == 2, "deploy/nginx.conf must have `access_log /var/log/nginx/access.log json_access;` in both servers"
    user = "user root root;\n" if os.geteuid() == 0 else ""
    return f"""{user}daemon off;
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    client_body_temp_path {folder}/tmp/body;
    proxy_temp_path {folder}/tmp/proxy;
    fastcgi_temp_path {folder}/tmp/fastcgi;
    uwsgi_temp_path {folder}/tmp/uwsgi;
    scgi_temp_path {folder}/tmp/scgi;
{body}
}}
"""


def app_environment(t: Topology) -> dict[str, str]:
    """The environment of every app, worker and cron process of the topology."""
    data = t.folder / "data"
    return app_support.app_env(data_dir=data, extra={
        "APP_ENV": "test",
        "SECRET_KEY": SECRET,
        "APP_URL": t.url,
        "REFLEX_API_URL": t.url,  # baked into the build: browsers reach the backend through nginx
        "TRUSTED_PROXIES": '["127.0.0.1"]',
        "DATABASE_URL": t.primary.url(t.database),
        "DATABASE_REPLICA_URL": t.replica.url(t.database),
        "REDIS_URL": t.redis_url,
        "GRANIAN_WORKERS": "1",
        "CHROMA_URL": f"http://127.0.0.1:{t.chroma_port}",
        "S3_ENDPOINT_URL": f"http://127.0.0.1:{t.s3_port}",
        "S3_BUCKET": S3_BUCKET,
        "BACKUP_S3_BUCKET": os.environ.get("BACKUP_S3_BUCKET") or BACKUP_BUCKET,
        "S3_ACCESS_KEY_ID": "topology",
        "S3_SECRET_ACCESS_KEY": "topology-secret",
        "DEMO_FEED": "on",
        "EMAIL_VERIFICATION": "off",
        "AUTH_RATE_LIMIT_IP": "500",
    })


def start(*, apps: int = 2, workers: int = 2, base: Path | None = None, extra_env: dict[str, str] | None = None,
          log=print) -> Topology:
    """Bring the whole topology up (see module doc); ``extra_env`` is added to every app, worker
    and cron process's environment. On failure everything started is stopped (logs kept)."""
    base = base or temp_base("cc-topology-")
    t = Topology(base=str(base))
    t.nginx_port = services.free_port()
    t.url = f"http://localhost:{t.nginx_port}"
    t.app_ports = [services.free_port() for _ in range(apps)]
    t.redis_port, t.chroma_port, t.s3_port = services.free_port(), services.free_port(), services.free_port()
    clock = time.monotonic()

    def lap(what: str) -> None:
        nonlocal clock
        t.timings[what] = round(time.monotonic() - clock, 1)
        log(f"topology: {what} in {t.timings[what]} s")
        clock = time.monotonic()

    try:
        primary = PgCluster.init(base / "pg-primary")
        t.primary_port = primary.port
        with primary.connect() as conn:
            conn.execute(f'CREATE DATABASE "{t.database}"')
        replica = primary.replica(base / "pg-replica")
        t.replica_port = replica.port
        lap("postgresql primary + streaming replica")

        from tests.support.redis_server import REDIS_SERVER

        (base / "redis").mkdir()
        t.procs["redis"] = spawn("redis", [REDIS_SERVER, "--save", "", "--appendonly", "yes", "--appendfsync",
                                           "everysec", "--port", str(t.redis_port), "--bind", "127.0.0.1", "--dir",
                                           str(base / "redis"), "--daemonize", "no"],
                                 cwd=base, env=dict(os.environ), log=base / "redis.log")
        bin_dir = Path(services.python()).parent
        t.procs["chroma"] = spawn("chroma", [str(bin_dir / "chroma"), "run", "--path", str(base / "chroma"), "--host",
                                             "127.0.0.1", "--port", str(t.chroma_port)],
                                  cwd=base, env={**os.environ, "ANONYMIZED_TELEMETRY": "False"}, log=base / "chroma.log")
        t.procs["s3"] = spawn("s3", [str(bin_dir / "moto_server"), "-H", "127.0.0.1", "-p", str(t.s3_port)],
                              cwd=base, env=dict(os.environ), log=base / "s3.log")
        import redis as redis_lib

        services.wait_until(lambda: redis_lib.Redis(port=t.redis_port, socket_timeout=2).ping(), timeout=30,
                            what="redis-server")
        _wait_http(f"http://127.0.0.1:{t.s3_port}/", t.procs["s3"], timeout=60)
        _wait_http(f"http://127.0.0.1:{t.chroma_port}/api/v2/heartbeat", t.procs["chroma"], timeout=90)
        lap("redis (AOF), chroma, moto S3")

        app_support.copy_repo(t.repo)
        t.env = {**app_environment(t), **(extra_env or {})}
        # the seed indexes the demo feed in-process (JOBS_INLINE): ~1,000 postings take one rq worker
        # 5–15 min, and the fault tests need idle workers — a backlog would outlast their time limit
        for step, env, limit in ((["migrate"], t.env, 600), (["seed"], {**t.env, "JOBS_INLINE": "true"}, 1500)):
            out = subprocess.run([services.python(), "-m", "careercopilot", *step], cwd=t.repo, env=env,
                                 capture_output=True, text=True, timeout=limit)
            if out.returncode != 0:
                raise RuntimeError(f"careercopilot {step[0]} failed:\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}")
        lap("migrate + seed (demo feed, indexed)")

        # the one production build: app-1 is `careercopilot run` (build + serve); the others
        # serve that build (tests/support/prebuilt_app.py)
        first = spawn("app-1", [services.python(), "-m", "careercopilot", "run", "--port", str(t.app_ports[0])],
                      cwd=t.repo, env=t.env, log=base / "app-1.log")
        t.procs["app-1"] = first
        _wait_http(f"http://127.0.0.1:{t.app_ports[0]}/login/", first, timeout=600)
        lap("production build + app-1")
        for i in range(2, apps + 1):
            t.start_app(f"app-{i}")
        for i in range(1, workers + 1):
            t.start_worker(f"worker-{i}")
        t.start_cron()
        lap(f"{apps - 1} more app process(es), {workers} workers, cron")

        nginx_dir = base / "nginx"
        for sub in ("tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi"):
            (nginx_dir / sub).mkdir(parents=True, exist_ok=True)
        conf = nginx_dir / "nginx.conf"
        conf.write_text(render_nginx(listen_port=t.nginx_port, app_ports=t.app_ports, folder=nginx_dir))
        check = subprocess.run([NGINX, "-t", "-c", str(conf), "-p", str(nginx_dir)], capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError(f"nginx -t failed:\n{check.stderr}")
        t.procs["nginx"] = spawn("nginx", [NGINX, "-c", str(conf), "-p", str(nginx_dir)], cwd=nginx_dir,
                                 env=dict(os.environ), log=base / "nginx.log")
        _wait_http(f"http://127.0.0.1:{t.nginx_port}/login/", t.procs["nginx"], timeout=60)
        lap("nginx")
        t.save(base / "state.json")
        return t
    except BaseException:
        log(f"topology: start failed; logs in {base}")
        t.down(remove=False)
        raise


def setting_names() -> frozenset[str]:
    """Environment names of Career Copilot's settings (``careercopilot.config.Settings`` fields)."""
    from careercopilot.config import Settings

    return frozenset(name.upper() for name in Settings.model_fields)


def cli_environment(state_env: dict[str, str], environ: dict[str, str], overrides: dict[str, str], *,
                    settings: frozenset[str] | None = None) -> tuple[dict[str, str], list[str]]:
    """The environment of a CLI command run against the topology (``topology.sh cli``).

    ``environ`` (the caller's shell) under ``state_env`` (the topology's processes' settings) under
    your overrides: every Career Copilot setting (``settings``, default :func:`setting_names`)
    your shell sets — ``DATABASE_URL=… topology.sh cli restore --yes`` restores into that
    database, not the live one (the README's earlier one-liner let the state win) — then
    ``overrides`` (``-e NAME=VALUE``, any name). Returns the environment and the sorted names
    whose value differs from the state's."""
    settings = setting_names() if settings is None else settings
    env = {**environ, **state_env}
    from_shell = {k: v for k, v in environ.items() if k in settings}
    env.update(from_shell)
    env.update(overrides)
    changed = sorted(k for k in {**from_shell, **overrides} if state_env.get(k) != env[k])
    return env, changed


def cluster_role(cluster: PgCluster, database: str = "postgres") -> str:
    """``primary`` (accepts writes), ``replica`` (in recovery: streaming/standby) or ``DOWN``."""
    if not cluster.port or not cluster.running():
        return "DOWN"
    try:
        with cluster.connect(database) as conn:
            return "replica" if conn.execute("SELECT pg_is_in_recovery()").fetchone()[0] else "primary"
    except Exception as exc:  # noqa: BLE001 - up but not answering
        return f"up, not answering ({type(exc).__name__})"


def status_lines(t: Topology) -> list[str]:
    """``status``: every process (supervised ones with the pid of their child now) and both
    PostgreSQL servers by folder, port and current role — after ``failover`` the promoted
    ``pg-replica`` folder reports ``primary`` and the fenced ``pg-primary`` ``DOWN``."""
    lines = [f"url {t.url} folder {t.base}"]
    for name, proc in t.procs.items():
        state = "up" if proc.alive() else "DOWN"
        if name.startswith("worker-") or name == "cron":
            child = t.supervised_pid(name) if proc.alive() else None
            state += f" (supervised; {'running pid ' + str(child) if child else 'restarting'})" if proc.alive() else ""
        lines.append(f"  {name:10s} pid {proc.pid:7d} {state}")
    in_use = t.env.get("DATABASE_URL", "")
    for label, cluster in (("pg-primary", t.primary), ("pg-replica", t.replica)):
        used = " (DATABASE_URL)" if cluster.port and f":{cluster.port}/" in in_use else ""
        lines.append(f"  {label:10s} port {cluster.port:6d} role {cluster_role(cluster, t.database)}{used}")
    return lines


def up_summary(t: Topology, state: Path) -> list[str]:
    """What ``up`` prints: the URL, the folder, and every listening port, labelled."""
    return [f"Career Copilot topology is up: open {t.url}",
            f"  folder {t.base} (logs: *.log), state {state}",
            f"  ports: nginx {t.nginx_port}, app processes {', '.join(map(str, t.app_ports))}, "
            f"PostgreSQL primary {t.primary_port} / replica {t.replica_port}, redis {t.redis_port}, "
            f"chroma {t.chroma_port}, S3 {t.s3_port}",
            f"  pids: " + ", ".join(f"{n} {p.pid}" for n, p in t.procs.items() if n.startswith(("app-", "worker-"))
                                   or n in ("cron", "nginx"))]


def _parse_overrides(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise SystemExit(f"-e wants NAME=VALUE, got {pair!r}")
        out[name] = value
    return out


def split_cli_args(argv: list[str]) -> tuple[list[str], Path, list[str]]:
    """``cli``'s own options (``-e NAME=VALUE``, ``--state FILE``) up to ``--`` or the first other
    word, then the careercopilot command: (``-e`` values, state file, command)."""
    pairs, state, i = [], DEFAULT_STATE, 0
    while i < len(argv):
        if argv[i] == "--":
            i += 1
            break
        if argv[i] in ("-e", "--env", "--state") and i + 1 < len(argv):
            if argv[i] == "--state":
                state = Path(argv[i + 1])
            else:
                pairs.append(argv[i + 1])
            i += 2
            continue
        break
    return pairs, state, argv[i:]


def _cli(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["cli"]:
        return _run_cli(*split_cli_args(argv[1:]))
    parser = argparse.ArgumentParser(prog="topology", description="The loopback production topology (issue 15).")
    parser.add_argument("command", choices=["up", "down", "status", "failover", "cli"],
                        help="cli [-e NAME=VALUE]… [--state FILE] [--] <careercopilot command …>: run a CLI "
                             "command with the topology's settings; -e and every setting your shell sets win")
    parser.add_argument("--apps", type=int, default=2, help="app processes behind nginx (default 2)")
    parser.add_argument("--workers", type=int, default=2, help="rq workers (default 2)")
    parser.add_argument("--state", type=Path, default=DEFAULT_STATE, help=f"state file (default {DEFAULT_STATE})")
    parser.add_argument("--keep", action="store_true", help="down: keep the folder (logs, data)")
    args = parser.parse_args(argv)
    if args.command == "up":
        if args.state.exists():
            print(f"a topology is already up (state file {args.state}); run `down` first", file=sys.stderr)
            return 1
        t = start(apps=args.apps, workers=args.workers)
        t.save(args.state)
        print("\n".join(up_summary(t, args.state)))
        return 0
    if not args.state.exists():
        print(f"no topology is up (no state file {args.state})", file=sys.stderr)
        return 1 if args.command in ("status", "cli") else 0
    t = Topology.load(args.state)
    if args.command == "status":
        print("\n".join(status_lines(t)))
        return 0
    if args.command == "failover":
        if not t.replica.running():
            print("the replica is not running: nothing to promote", file=sys.stderr)
            return 1
        t.failover()
        t.save(args.state)
        print(f"Career Copilot runs on the promoted server (port {t.replica_port}): {t.url}")
        return 0
    t.down(remove=not args.keep)
    args.state.unlink(missing_ok=True)
    print("topology is down")
    return 0


def _run_cli(pairs: list[str], state: Path, command: list[str]) -> int:
    if not command:
        print("usage: topology.sh cli [-e NAME=VALUE]… [--state FILE] [--] <careercopilot command …>", file=sys.stderr)
        return 2
    if not state.exists():
        print(f"no topology is up (no state file {state})", file=sys.stderr)
        return 1
    t = Topology.load(state)
    env, changed = cli_environment(t.env, dict(os.environ), _parse_overrides(pairs))
    print("topology cli: the state file's settings" + (f"; yours for {', '.join(changed)}" if changed else ""),
          file=sys.stderr)
    cwd = t.repo if t.repo.is_dir() else ROOT
    return subprocess.run([services.python(), "-m", "careercopilot", *command], cwd=cwd, env=env).returncode


if __name__ == "__main__":
    raise SystemExit(_cli())
