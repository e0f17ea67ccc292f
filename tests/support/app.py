"""Start the REAL production build of the app as a subprocess (e2e tests).

``python -m careercopilot migrate`` → ``seed`` (when the CLI has it) → ``run --port P``
(``reflex run --env prod``: frontend + backend on one port). Reflex writes ``.web/``
and ``.states/`` into the app folder, so a second instance must run from a copy of the
repository (:func:`copy_repo`) — two builds never share ``.web``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tests.support import services

ROOT = Path(__file__).resolve().parents[2]
#: bun from the Makefile's npm install first, then the machine's copy (PLATFORM.md).
BUN_DIRS = (ROOT / ".tools" / "bun" / "bin", Path("/opt/bun/bin"))


def copy_repo(dest: Path) -> Path:
    """Copy tracked + untracked non-ignored files of the repo to ``dest`` (``.venv`` symlinked).

    Returns ``dest``. Files listed by git but deleted in the worktree are skipped.
    """
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, check=True, capture_output=True,
    ).stdout.decode().split("\0")
    for rel in filter(None, listed):
        src = ROOT / rel
        if not src.is_file():
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target)
    (dest / "assets").mkdir(exist_ok=True)
    venv = dest / ".venv"
    if not venv.exists():
        venv.symlink_to(ROOT / ".venv", target_is_directory=True)
    return dest


def app_env(*, data_dir: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for an app/CLI subprocess: bun on PATH, no telemetry, DATA_DIR, extras."""
    env = dict(os.environ)
    for name in ("DATABASE_URL", "REDIS_URL", "GRANIAN_WORKERS", "JOBS_INLINE", "APP_ENV"):
        env.pop(name, None)  # the caller decides the stack, not the developer's shell
    env.update(
        PATH=os.pathsep.join([*(str(d) for d in BUN_DIRS), env.get("PATH", "")]),
        REFLEX_TELEMETRY_ENABLED="false",
        REFLEX_CHECK_LATEST_VERSION="false",
        NPM_CONFIG_REGISTRY=env.get("NPM_CONFIG_REGISTRY") or "https://registry.npmjs.org/",
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        ANONYMIZED_TELEMETRY="False",
        PYTHONUNBUFFERED="1",
        DATA_DIR=str(data_dir),
        APP_ENV="test",
    )
    env.update(extra or {})
    return env


def cli_has(command: str, *, cwd: Path, env: dict[str, str]) -> bool:
    """True when ``python -m careercopilot`` offers ``command`` (checked with ``--help``)."""
    out = subprocess.run([services.python(), "-m", "careercopilot", command, "--help"], cwd=cwd, env=env,
                         capture_output=True, text=True, timeout=120)
    return out.returncode == 0


@dataclass
class AppProcess:
    """A running app: ``url`` (``http://127.0.0.1:<port>``), its process, log and data dir."""

    url: str
    port: int
    proc: subprocess.Popen
    log_path: Path
    data_dir: Path
    cwd: Path
    env: dict[str, str] = field(repr=False)

    def log(self, lines: int = 200) -> str:
        """The last lines of the app's output."""
        return services.tail(self.log_path, lines)

    def stop(self) -> None:
        """Terminate the app's whole process group (reflex, granian workers, bun)."""
        services.stop_process_group(self.proc)


def _run_step(args: list[str], *, cwd: Path, env: dict[str, str], log, timeout: float) -> None:
    log.write(f"$ python -m careercopilot {' '.join(args)}\n".encode())
    log.flush()
    result = subprocess.run([services.python(), "-m", "careercopilot", *args], cwd=cwd, env=env,
                            stdout=log, stderr=subprocess.STDOUT, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"`careercopilot {' '.join(args)}` exited with {result.returncode}")


def start_app(*, cwd: Path, data_dir: Path, log_path: Path, extra_env: dict[str, str] | None = None,
              timeout: float = 240.0, seed: bool = True) -> AppProcess:
    """Migrate, seed (if available and ``seed``) and start the production build; wait for /healthz
    and /login. ``seed=False`` starts with no postings (tests that need none skip indexing the demo feed).

    Raises RuntimeError with the tail of the app log when it does not come up in ``timeout`` s.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    port = services.free_port()
    env = app_env(data_dir=data_dir, extra=extra_env)
    log = open(log_path, "ab")
    try:
        _run_step(["migrate"], cwd=cwd, env=env, log=log, timeout=300)
        if seed and cli_has("seed", cwd=cwd, env=env):
            # embedding the demo feed's ~1,000 postings: ~5 min on a quiet 2-core machine, twice that
            # when the machine is shared (the CI budget allows it; a timeout here fails every e2e test)
            _run_step(["seed"], cwd=cwd, env=env, log=log, timeout=1500)
        log.write(f"$ python -m careercopilot run --port {port}\n".encode())
        log.flush()
        proc = subprocess.Popen([services.python(), "-m", "careercopilot", "run", "--port", str(port)], cwd=cwd,
                                env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    except Exception as exc:
        log.close()
        raise RuntimeError(f"app setup failed: {exc}\n--- app log ---\n{services.tail(log_path, 150)}") from None
    log.close()
    # "localhost", as `make run` prints: the prerendered forms post to the baked-in localhost origin
    app = AppProcess(f"http://localhost:{port}", port, proc, log_path, data_dir, cwd, env)

    def up() -> bool:
        if proc.poll() is not None:
            raise services.Fatal(f"app exited with {proc.returncode}")
        return (httpx.get(f"{app.url}/healthz", timeout=5).status_code == 200
                and httpx.get(f"{app.url}/login/", timeout=10, follow_redirects=True).status_code == 200)

    try:
        services.wait_until(up, timeout=timeout, interval=1.0, what=f"the app on port {port}")
    except BaseException as exc:  # also pytest-timeout / Ctrl-C: never leak the server
        app.stop()
        if isinstance(exc, Exception):
            raise RuntimeError(f"{exc}\n--- app log ({log_path}) ---\n{app.log(150)}") from None
        raise
    return app
