"""Lighthouse scores of the production build (issue 10 "Measures"; outside ``make test``).

Targets per page: performance ≥ 90, accessibility ≥ 95, best practices ≥ 95 — the median of
3 runs of Lighthouse 12 (npm ``lighthouse@12.2.3``, ``make lighthouse``; 13.x needs Node 22)
with the desktop preset, Debian's chromium (``CHROME_PATH=/usr/bin/chromium``, headless, no
network beyond loopback) and, for signed-in pages, the session cookie passed as an extra
header. Pages: login, Jobs, a job page, the board (Applications) and Analytics.

The app is started from a copy of this checkout (``tests.support.app.copy_repo`` +
``start_app``: migrate, seed the demo feed, ``run`` = the production build) on the embedded
default, unless ``--url`` names a running one. A user with a resume-less account and one application is created; the job page is the
first open posting. Prints one row per page (median and the three runs) and exits 1 when a
median misses its target. Also writes ``test-results/lighthouse/<page>-<run>.json``.

Run: ``make lighthouse && .venv/bin/python benchmarks/lighthouse.py [--url http://127.0.0.1:3000] [--runs 3]``
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support import app as app_support  # noqa: E402
from tests.support import services  # noqa: E402

LIGHTHOUSE = ROOT / ".tools" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
OUT = ROOT / "test-results" / "lighthouse"
TARGETS = {"performance": 90, "accessibility": 95, "best-practices": 95}
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
                "--disable-background-networking --disable-component-update --disable-sync")
PASSWORD = "orange-Kettle-4812"

_FIRST_POSTING = """
from sqlmodel import select
from careercopilot.db import session_scope
from careercopilot.models import JobPosting
with session_scope() as s:
    print("POSTING", s.exec(select(JobPosting.id).where(JobPosting.is_open).order_by(JobPosting.id)).first())
"""


def _python(app, *args: str) -> str:
    out = subprocess.run([services.python(), *args], cwd=app.cwd, env=app.env, capture_output=True, text=True,
                         timeout=300)
    if out.returncode != 0:
        raise SystemExit(f"{args[:2]} failed:\n{out.stderr[-2000:]}")
    return out.stdout


def _session_cookie(base: str, email: str) -> str:
    """Log in through the real form endpoint and return ``name=value`` of the session cookie."""
    with httpx.Client(base_url=base, follow_redirects=False, timeout=30) as client:
        r = client.post("/auth/login", data={"email": email, "password": PASSWORD},
                        headers={"Origin": base, "Referer": f"{base}/login"})
        for name, value in client.cookies.items():
            if "session" in name:
                return f"{name}={value}"
    raise SystemExit(f"login failed: HTTP {r.status_code} {r.headers.get('location', '')}")


def run_lighthouse(url: str, *, cookie: str | None, out: Path) -> dict[str, float]:
    """One Lighthouse run → ``{category: score 0–100}``."""
    cmd = [str(LIGHTHOUSE), url, "--preset=desktop", "--output=json", f"--output-path={out}", "--quiet",
           "--only-categories=performance,accessibility,best-practices", f"--chrome-flags={CHROME_FLAGS}",
           "--max-wait-for-load=45000"]
    if cookie:
        cmd.append("--extra-headers=" + json.dumps({"Cookie": cookie}))
    env = {**os.environ, "CHROME_PATH": "/usr/bin/chromium"}
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    if proc.returncode != 0 or not out.is_file():
        raise SystemExit(f"lighthouse failed on {url}:\n{proc.stderr[-2000:]}")
    report = json.loads(out.read_text())
    if report.get("runtimeError"):
        raise SystemExit(f"lighthouse runtime error on {url}: {report['runtimeError']}")
    return {k: round(100 * (report["categories"][k]["score"] or 0)) for k in TARGETS}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running app (default: start the production build from this checkout)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse missing: run `make lighthouse`")
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="cc-lighthouse-"))
    app = None
    if args.url:
        base = args.url.rstrip("/")
        env = app_support.app_env(data_dir=Path(os.environ.get("DATA_DIR", ROOT / "data")))
        app = app_support.AppProcess(base, int(base.rsplit(":", 1)[-1]), None, Path("/dev/null"),
                                     Path(env["DATA_DIR"]), ROOT, env)
        owned = None
    else:
        print("starting the production build …", flush=True)
        # a copy of the checkout: the build writes .web/, which a running dev app or e2e session may be using
        repo = app_support.copy_repo(tmp / "repo")
        owned = app = app_support.start_app(cwd=repo, data_dir=tmp / "data", log_path=tmp / "app.log",
                                            extra_env={"DEMO_FEED": "on"})
        base = app.url
    try:
        email = f"lighthouse-{secrets.token_hex(4)}@example.com"
        _python(app, "-m", "careercopilot", "create-user", email, "--password", PASSWORD)
        posting = _python(app, "-c", _FIRST_POSTING).rsplit("POSTING", 1)[1].strip()
        _python(app, "-c", (
            "from sqlmodel import select\nfrom careercopilot.db import session_scope\n"
            "from careercopilot.models import User\nfrom careercopilot.services import applications as a\n"
            f"with session_scope() as s:\n    u = s.exec(select(User).where(User.email == {email!r})).one()\n"
            f"    a.save_posting(session=s, user_id=u.id, posting_id={int(posting)})\n"))
        cookie = _session_cookie(base, email)
        pages = [("login", "/login", None), ("jobs", "/jobs", cookie), ("job-detail", f"/jobs/{posting}", cookie),
                 ("board", "/applications", cookie), ("analytics", "/analytics", cookie)]
        failed = False
        print(f"Lighthouse 12 desktop, median of {args.runs} (targets: perf ≥ 90, a11y ≥ 95, best practices ≥ 95)")
        print(f"{'page':<12} {'perf':>5} {'a11y':>5} {'best':>5}   runs (perf/a11y/best)")
        for name, path, ck in pages:
            runs = [run_lighthouse(base + path, cookie=ck, out=OUT / f"{name}-{i + 1}.json") for i in range(args.runs)]
            med = {k: statistics.median(r[k] for r in runs) for k in TARGETS}
            miss = [k for k, target in TARGETS.items() if med[k] < target]
            failed |= bool(miss)
            detail = "  ".join(f"{r['performance']}/{r['accessibility']}/{r['best-practices']}" for r in runs)
            print(f"{name:<12} {med['performance']:>5.0f} {med['accessibility']:>5.0f} {med['best-practices']:>5.0f}"
                  f"   {detail}{'   BELOW TARGET: ' + ', '.join(miss) if miss else ''}", flush=True)
        return 1 if failed else 0
    finally:
        if owned is not None:
            owned.stop()


if __name__ == "__main__":
    sys.exit(main())
