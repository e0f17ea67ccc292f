"""A job's handle never pairs its status with a progress of another moment (in-process jobs).

An in-process job writes its status to the row (claim commit, final commit) and its progress to
process memory (``background._inline_progress``); ``job_status`` reads both. A poll whose two reads
straddle the job's steps saw "queued 50 %" (tidy68: ``test_progress_and_status_are_visible_while_running``
failed under load: the row was read just before the claim's commit, the memory just after the job's
first report), "finished 90 %", a retry's "queued" row with the failed run's progress instead of its
"Retrying in …" message, or progress falling back to 0 while running.

The harness runs the real :func:`background.run_job` on a thread that pauses before each of its steps
(a commit of its row, a change of its in-memory progress). For every pair ``before < after`` of step
counts, a poll's first read (row or memory, whichever the code takes first) happens after ``before``
steps and its second after ``after`` steps. Every handle (a quiet poll before, the straddling poll, a
quiet poll after) must be a state the job really shows (``VALID`` — the same states a run on RQ shows,
where progress is written to the row) and polls must never go back in that order.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from careercopilot.config import settings
from careercopilot.services import background
from tests.support import jobs as test_jobs

#: Paths of a run: the job, its arguments, and the states a user may see, in the order they occur.
#: A state is (status, progress, start of message). ``failed`` keeps the last progress and message,
#: as an RQ run's row does (report_progress writes it there); a retry's ``queued`` row says "Retrying in".
PATHS = {
    "finishes": ("tests.support.jobs.gated_progress_job", [21], [
        ("queued", 0, None), ("running", 0, None), ("running", 50, "half of item 21"),
        ("running", 90, "almost"), ("finished", 100, "almost"),
    ]),
    "retried": ("tests.support.jobs.flaky_job", None, [  # args: a counter file (per test)
        ("queued", 0, None), ("running", 0, None), ("running", 30, "run 1"), ("queued", 0, "Retrying in"),
    ]),
    "fails": ("tests.support.jobs.failing_job", [3], [
        ("queued", 0, None), ("running", 0, None), ("running", 20, "about to fail"), ("failed", 20, "about to fail"),
    ]),
}
#: Steps of the longest path on the code of session 25 (claim, report, report, final commit, drop
#: the memory); pairs past a path's last step read the ended job.
MAX_STEPS = 5
ROWS = [(path, before, after) for path in PATHS for before in range(MAX_STEPS) for after in range(before + 1, MAX_STEPS + 1)]


class SteppedRun:
    """``background.run_job`` on a thread that waits before each step until :meth:`advance` allows it."""

    def __init__(self, job_id: str, path: str, args: list) -> None:
        self._cond = threading.Condition()
        self._allowed = self._taken = 0
        self._waiting = self.ended = False
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(job_id, path, args), daemon=True)

    def _run(self, job_id, path, args) -> None:
        try:
            background.run_job(job_id, path, args)
        except BaseException as exc:  # pragma: no cover - reported by the test
            self.error = exc
        finally:
            with self._cond:
                self.ended = True
                self._cond.notify_all()

    def gate(self) -> None:
        """Called before a step; on the job's thread, waits for leave to take it."""
        if threading.current_thread() is not self.thread:
            return
        with self._cond:
            self._waiting = True
            self._cond.notify_all()
            if not self._cond.wait_for(lambda: self._allowed > self._taken, timeout=20):
                raise TimeoutError("the test never let the job take its next step")
            self._waiting, self._taken = False, self._taken + 1

    def advance(self, steps: int) -> None:
        """Let the job take ``steps`` more steps and wait until they are done (or the run ended)."""
        with self._cond:
            self._allowed = self._taken + steps
            self._cond.notify_all()
            assert self._cond.wait_for(lambda: self.ended or (self._waiting and self._taken == self._allowed),
                                       timeout=20), "the job did not reach its next step"


class GatedProgress(dict):
    """``_inline_progress`` whose changes are steps of the run and whose reads may move the run on."""

    def __init__(self, run_gate, on_read) -> None:
        super().__init__()
        self._gate, self._on_read = run_gate, on_read

    def __setitem__(self, key, value) -> None:
        self._gate()
        super().__setitem__(key, value)

    def pop(self, *args):
        self._gate()
        return super().pop(*args)

    def get(self, *args):
        value = super().get(*args)
        self._on_read()
        return value


@pytest.fixture(scope="module")
def migrated_file(tmp_path_factory):
    """One SQLite file migrated to head for the module (each test works on a copy: 45 migrations took 4 min)."""
    from careercopilot.services import migrations

    path = tmp_path_factory.mktemp("migrated") / "head.db"
    migrations.upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture
def sqlite_engine(migrated_file, tmp_path):
    """A copy of the migrated file as the process engine (shadows tests/conftest.py's, same contract)."""
    import shutil

    from careercopilot import db

    shutil.copyfile(migrated_file, tmp_path / "test.db")
    engine, previous = db.make_engine(f"sqlite:///{tmp_path / 'test.db'}"), db._engine
    db.set_engine(engine)
    try:
        yield engine
    finally:
        db.set_engine(previous)
        engine.dispose()


@pytest.fixture
def stepped(sqlite_engine, monkeypatch, tmp_path):
    """``start(path_name) -> (run, job_id)``; ``poll(job_id, between=n)`` reads with n steps between its two reads."""
    monkeypatch.setattr(settings, "jobs_inline", True)
    monkeypatch.setattr(background, "_submit_inline", lambda *a, **k: None)  # the retry itself is not run here
    test_jobs.GATE.set()
    state: dict = {"run": None, "between": None, "reads": 0}
    reader = threading.current_thread()

    def on_read() -> None:
        if threading.current_thread() is not reader or state["between"] is None:
            return
        state["reads"] += 1
        if state["reads"] == 1:  # the poll's first source is read: the job moves on before the second
            state["run"].advance(state["between"])

    def run_gate() -> None:
        if state["run"] is not None:
            state["run"].gate()

    monkeypatch.setattr(background, "_inline_progress", GatedProgress(run_gate, on_read))
    real_scope = background.session_scope

    @contextmanager
    def gated_scope():
        with real_scope() as s:
            yield s
            run_gate()  # the commit is the step

    monkeypatch.setattr(background, "session_scope", gated_scope)

    @event.listens_for(sqlite_engine, "after_cursor_execute")
    def _row_read(conn, cursor, statement, *_):
        if statement.lstrip().upper().startswith("SELECT") and "backgroundjob" in statement.lower():
            on_read()

    def start(name: str):
        path, args, _ = PATHS[name]
        args = args if args is not None else [str(tmp_path / "runs"), 1]
        monkeypatch.setattr(background, "dispatch", lambda *a, **k: None)
        job_id = background.enqueue(path, *args).id  # the row only: the stepped thread runs the job
        run = state["run"] = SteppedRun(job_id, path, args)
        run.thread.start()
        run.advance(0)
        return run, job_id

    def poll(job_id: str, *, between: int | None = None):
        state["between"], state["reads"] = between, 0
        try:
            return background.job_status(job_id)
        finally:
            if between is not None:
                assert state["reads"] == 2, f"a poll reads the row and the memory once each, got {state['reads']}"
            state["between"] = None

    yield start, poll
    if state["run"] is not None:
        state["run"].advance(100)
        state["run"].thread.join(timeout=20)
    event.remove(sqlite_engine, "after_cursor_execute", _row_read)


def _shown(handle) -> tuple:
    message = handle.message
    for _, _, valid in PATHS.values():
        for _, _, start in valid:
            if start and message and message.startswith(start):
                message = start
    return handle.status, handle.progress, message


@pytest.mark.parametrize(("path", "before", "after"), ROWS, ids=[f"{p}-{b}-{a}" for p, b, a in ROWS])
def test_a_poll_straddling_the_jobs_steps_shows_a_state_it_really_had(stepped, path, before, after):
    start, poll = stepped
    valid = PATHS[path][2]
    run, job_id = start(path)
    run.advance(before)
    quiet_before = _shown(poll(job_id))
    straddling = _shown(poll(job_id, between=after - before))
    quiet_after = _shown(poll(job_id))
    seen = [quiet_before, straddling, quiet_after]
    assert all(state in valid for state in seen), f"not a state of the job: {seen} (valid: {valid})"
    order = [valid.index(state) for state in seen]
    assert order == sorted(order), f"a later poll went back: {seen}"
    run.advance(100)
    run.thread.join(timeout=20)
    assert run.error is None and not run.thread.is_alive()
