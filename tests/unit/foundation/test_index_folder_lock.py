"""The embedded index folder's process lock (trial55 F1) with a real second process, and the
words a retried job shows instead of the raw exception."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from careercopilot.integrations import vector_folder_lock
from careercopilot.services.job_policy import failure_words

ROOT = Path(__file__).resolve().parents[3]
HOLD = ("import sys, time; from careercopilot.integrations import vector_folder_lock as v; "
        "assert v.try_acquire(sys.argv[1], role=v.RUNS_HANDED_JOBS); print('held', flush=True); time.sleep(60)")


@pytest.fixture()
def other_process(tmp_path):
    folder = tmp_path / "chroma"
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    yield folder, proc
    if proc.poll() is None:
        proc.kill()
        proc.wait()


def test_another_process_holding_the_folder_is_seen_and_refused(other_process):
    folder, proc = other_process
    who = vector_folder_lock.holder(folder)
    assert who is not None and f":{proc.pid}:" in who
    assert vector_folder_lock.try_acquire(folder) is False
    with pytest.raises(vector_folder_lock.IndexHeldElsewhere) as err:
        vector_folder_lock.acquire(folder, wait_seconds=0.3)
    assert f"pid {proc.pid}" in str(err.value) and "stop the app" in str(err.value)
    proc.kill()
    proc.wait()
    assert vector_folder_lock.holder(folder) is None  # the kernel dropped the lock with the process
    try:
        assert vector_folder_lock.try_acquire(folder) and vector_folder_lock.held_here(folder)
        assert vector_folder_lock.holder(folder) is None  # held by this process: nobody else
    finally:
        vector_folder_lock.release(folder)


def test_a_free_folder_has_no_holder(tmp_path):
    assert vector_folder_lock.holder(tmp_path / "none") is None
    assert vector_folder_lock.try_acquire(tmp_path / "c")
    vector_folder_lock.release(tmp_path / "c")
    assert vector_folder_lock.holder(tmp_path / "c") is None


def _chroma_internal():
    from chromadb.errors import InternalError

    return InternalError("Error executing plan: Internal error: Error finding id")


def _sqlite_locked():
    from sqlalchemy.exc import OperationalError

    return OperationalError("UPDATE backgroundjob …", {}, Exception("database is locked"))


#: What failed → words that must appear; the raw text must never appear.
VARIANTS = [
    (_chroma_internal, "changed by another program", ["InternalError", "Error finding id"]),
    (_sqlite_locked, "database was busy", ["OperationalError", "UPDATE"]),
    (lambda: ConnectionError("[Errno 111] Connection refused"), "connection to a service failed", ["Errno"]),
    (lambda: TimeoutError("read timed out"), "took too long", ["TimeoutError"]),
    (lambda: vector_folder_lock.IndexHeldElsewhere(Path("/data/chroma"), "h:b:12:34"), "in use by another program",
     ["/data/chroma"]),
    (lambda: ValueError("could not convert string to float: 'x'"), "unexpected error", ["ValueError", "float"]),
    (lambda: KeyError("1006:0"), "unexpected error", ["KeyError", "1006"]),
]


@pytest.mark.parametrize(("make", "words", "never"), VARIANTS)
def test_retry_messages_are_words_not_exceptions(make, words, never):
    text = failure_words(make())
    assert words in text and "retried" in text
    for raw in never:
        assert raw not in text


def test_holder_identity_written_after_lock(tmp_path):
    assert vector_folder_lock.try_acquire(tmp_path / "x")
    try:
        text = vector_folder_lock.lock_file(tmp_path / "x").read_text()
        assert text.count(":") >= 3 and time.time() > 0
    finally:
        vector_folder_lock.release(tmp_path / "x")


def test_unreadable_chunks_are_left_out_and_handed_for_reembedding(tmp_path, monkeypatch):
    """Chroma's engine failing on one posting's chunks ("Error finding id", trial55 F1): the read
    returns the others and names the unreadable one for re-embedding, instead of failing."""
    import numpy as np

    from careercopilot.integrations import vectors

    index = vectors.VectorIndex(vectors.make_client(path=str(tmp_path / "chroma")))
    unit = np.ones(384, np.float32) / np.sqrt(384)
    index.upsert([vectors.IndexItem(pid, unit, np.stack([unit, unit]), {}) for pid in (1, 2, 3)])
    real = index._get_chunks

    def broken(ids):
        if 2 in ids:
            raise _chroma_internal()
        return real(ids)

    monkeypatch.setattr(index, "_get_chunks", broken)
    handed: list[list[int]] = []
    monkeypatch.setattr(vectors, "on_unreadable", handed.append)
    got = index.get_chunks([1, 2, 3])
    assert sorted(got) == [1, 3] and got[1].shape == (2, 384)
    assert handed == [[2]]
