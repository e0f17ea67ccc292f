"""The production topology on loopback: a second app instance (from a repo copy) on PostgreSQL +
Redis with GRANIAN_WORKERS=2, a separate ``rq`` worker process and RQ's cron scheduler."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import datetime, timedelta, timezone

import httpx
import pytest
from playwright.sync_api import expect

from tests.e2e.pages import DEFAULT_PASSWORD, DashboardPage, LoginPage, Nav, SignupPage, unique_email
from tests.support import app as app_support
from tests.support import services


@pytest.fixture(scope="module")
def prod_stack(tmp_path_factory):
    """(app, worker_proc, env) on a throwaway PostgreSQL DB and a dedicated Redis DB."""
    base = tmp_path_factory.mktemp("prod-stack")
    repo = app_support.copy_repo(base / "repo")
    with services.throwaway_pg_database("cc_test_prod", migrate=False) as pg_url, \
            services.dedicated_redis_db() as db:
        redis_url = f"{services.REDIS_HOST_URL}/{db}"
        extra = {
            "DATABASE_URL": pg_url, "REDIS_URL": redis_url, "REDIS_STATE_DB": str(db), "REDIS_RQ_DB": str(db),
            "REDIS_CACHE_DB": str(db), "GRANIAN_WORKERS": "2", "DEMO_FEED": "on",
            # sign-ups here go straight to the dashboard; verification by email has its own tests
            # (production turns EMAIL_VERIFICATION on by default once DATABASE_URL is set)
            "EMAIL_VERIFICATION": "off",
        }
        data_dir = base / "data"
        app = app_support.start_app(cwd=repo, data_dir=data_dir, log_path=base / "app.log", extra_env=extra)
        env = app_support.app_env(data_dir=data_dir, extra=extra)
        worker_log = base / "worker.log"
        # two workers, as production runs them: one on every queue (it spends minutes indexing the
        # demo feed on "match" at start) and one on "ingest" and "default", so syncs and maintenance
        # jobs don't queue behind the indexing. Both append to one log.
        workers = []
        from jobs.queues import QUEUES

        for queues in (list(QUEUES), ["ingest", "default"]):
            with open(worker_log, "ab") as log:
                workers.append(subprocess.Popen([services.python(), "-m", "careercopilot", "worker", *queues],
                                                cwd=repo, env=env, stdout=log, stderr=subprocess.STDOUT,
                                                start_new_session=True))
        worker = workers[0]
        try:
            yield {"app": app, "worker": worker, "worker_log": worker_log, "env": env, "repo": repo,
                   "pg_url": pg_url, "redis_url": redis_url, "db": db, "base": base}
        finally:
            for proc in workers:
                services.stop_process_group(proc)
            app.stop()


@pytest.fixture
def prod_page(browser, prod_stack, request):
    from tests.e2e.conftest import CSP_LISTENER, ConsoleLog

    context = browser.new_context(base_url=prod_stack["app"].url)
    context.set_default_timeout(20_000)
    context.add_init_script(CSP_LISTENER)
    page = context.new_page()
    log = ConsoleLog()
    log.attach(page)
    yield page
    page.screenshot(path=str(app_support.ROOT / "test-results" / "e2e" / "production_stack.png"), full_page=True)
    context.close()
    if log.errors:
        pytest.fail("browser console errors:\n" + "\n".join(log.errors), pytrace=False)


def test_stack_is_ready_on_postgres_and_redis(prod_stack):
    """/readyz reaches 200 with both checks "ok". Polled, as the probes that read it do (compose:
    start_period 120 s with retries; k8s: failureThreshold 3): a process just started warms its place
    tables on the CPU pool while both workers load the embedding model, and its first ``SELECT 1``
    (the dialect's first connect) can miss the 2 s check deadline on 2 shared cores (CI, session 13:
    one 503 "database: error: timeout" right after start)."""
    answers = []

    def ready():
        r = httpx.get(f"{prod_stack['app'].url}/readyz", timeout=10)
        answers.append((r.status_code, r.text))
        return r.status_code == 200

    services.wait_until(ready, timeout=60, interval=1.0, what="/readyz to answer 200")
    status, body = answers[-1]

    assert json.loads(body)["checks"] == {"database": "ok", "redis": "ok"}


def test_signup_login_dashboard_on_the_production_stack(prod_stack, prod_page):
    email = unique_email("prod")
    SignupPage(prod_page).open().signup_ok(email).expect_figures()
    expect(prod_page.locator("#empty-resume")).to_be_visible()
    Nav(prod_page).logout()
    LoginPage(prod_page).open().login_ok(email, DEFAULT_PASSWORD)
    DashboardPage(prod_page).open()
    assert Nav(prod_page).user_email() == email
    # the account really lives in PostgreSQL
    import psycopg

    with psycopg.connect(prod_stack["pg_url"].replace("+psycopg", "")) as conn:
        assert conn.execute('SELECT count(*) FROM "user" WHERE email = %s', (email,)).fetchone()[0] == 1


def test_jobs_run_on_the_separate_worker(prod_stack):
    """A job enqueued through the app's helper (RQ path, same settings) runs in the worker process;
    RQ's cron scheduler (``python -m careercopilot cron``) enqueues the periodic purge too."""
    import psycopg

    pg = prod_stack["pg_url"].replace("+psycopg", "")
    env = prod_stack["env"]
    with psycopg.connect(pg, autocommit=True) as conn:
        uid = conn.execute("""INSERT INTO "user" (email, is_admin, timezone, created_at)
                              VALUES (%s, false, 'UTC', now()) RETURNING id""", (unique_email("purge"),)).fetchone()[0]
        old = datetime.now(timezone.utc) - timedelta(days=9)
        conn.execute("""INSERT INTO authsession (user_id, token_hash, created_at, last_seen_at, expires_at)
                        VALUES (%s, %s, %s, %s, %s)""", (uid, "e" * 64, old, old, old + timedelta(days=7)))
    enqueue = (
        "from careercopilot.services.background import enqueue; "
        "print(enqueue('jobs.maintenance.purge_expired_sessions').id)"
    )
    out = subprocess.run([services.python(), "-c", enqueue], cwd=prod_stack["repo"], env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    job_id = out.stdout.strip().splitlines()[-1]

    def finished():
        with psycopg.connect(pg) as conn:
            row = conn.execute("SELECT status, progress FROM backgroundjob WHERE id = %s", (job_id,)).fetchone()
        return row if row and row[0] in ("finished", "failed") else None

    try:
        status, progress = services.wait_until(finished, timeout=180, what=f"job {job_id}")
    except TimeoutError:
        raise AssertionError(services.tail(prod_stack["worker_log"], 80)) from None
    assert (status, progress) == ("finished", 100)
    assert job_id in services.tail(prod_stack["worker_log"], 400)  # the separate worker ran it
    with psycopg.connect(pg) as conn:
        assert conn.execute("SELECT count(*) FROM authsession WHERE token_hash = %s", ("e" * 64,)).fetchone()[0] == 0

    # RQ cron: interval jobs are enqueued at start, then executed by the worker
    cron_log = prod_stack["base"] / "cron.log"
    with open(cron_log, "wb") as log:
        cron = subprocess.Popen([services.python(), "-m", "careercopilot", "cron"], cwd=prod_stack["repo"], env=env,
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        import redis

        r = redis.Redis.from_url(prod_stack["redis_url"])
        services.wait_until(lambda: r.zcard("rq:cron_job:purge-expired-sessions:jobs") > 0, timeout=60,
                            what="rq cron to enqueue the purge job")
        job_ids = [j.decode() for j in r.zrange("rq:cron_job:purge-expired-sessions:jobs", 0, -1)]
        from rq.job import Job

        def cron_job_done():
            return Job.fetch(job_ids[0], connection=r).get_status() == "finished"

        services.wait_until(cron_job_done, timeout=60, what="the worker to run the cron-enqueued job")
    except TimeoutError:
        raise AssertionError(f"cron log:\n{services.tail(cron_log)}\nworker log:\n"
                             f"{services.tail(prod_stack['worker_log'])}") from None
    finally:
        services.stop_process_group(cron)


def test_sync_now_from_the_sources_page_runs_on_the_worker(prod_stack, prod_page):
    """An admin clicks "Sync now" in the browser: the job goes through Redis to the separate
    ``rq`` worker, and the page shows its live status until it finishes."""
    import psycopg

    email, env = unique_email("admin"), prod_stack["env"]
    made = subprocess.run(
        [services.python(), "-m", "careercopilot", "create-user", email, "--password", DEFAULT_PASSWORD, "--admin"],
        cwd=prod_stack["repo"], env=env, capture_output=True, text=True, timeout=120,
    )
    assert made.returncode == 0, made.stderr
    LoginPage(prod_page).open().login_ok(email, DEFAULT_PASSWORD)
    prod_page.goto("/sources")
    sync_button = prod_page.locator("#sources-table [id^=sync-]").first
    expect(sync_button).to_be_visible(timeout=30_000)
    source_id = int(sync_button.get_attribute("id").removeprefix("sync-"))
    sync_button.click()
    expect(prod_page.locator("#sync-message")).not_to_have_text(re.compile(r"^(queued|running)?$"), timeout=120_000)

    pg = prod_stack["pg_url"].replace("+psycopg", "")

    def finished_sync():
        with psycopg.connect(pg) as conn:
            row = conn.execute(
                "SELECT id, status FROM backgroundjob WHERE func = 'jobs.ingest.sync_source' AND args = %s "
                "AND status IN ('finished', 'failed') ORDER BY created_at DESC LIMIT 1", (f"[{source_id}]",)
            ).fetchone()
        return row

    job_id, status = services.wait_until(finished_sync, timeout=180, what="the sync job")
    assert status == "finished"
    assert job_id in services.tail(prod_stack["worker_log"], 2000)  # the separate worker ran it
    with psycopg.connect(pg) as conn:
        runs = conn.execute("SELECT status FROM syncrun WHERE source_id = %s", (source_id,)).fetchall()
    assert ("succeeded",) in runs
