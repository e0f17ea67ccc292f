"""VectorIndex over a real ``chroma run`` server (HttpClient) and over a PersistentClient."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from careercopilot.integrations import vectors
from tests.support import services


def _unit(rng, n):
    v = rng.normal(size=(n, 384)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _exercise(index: vectors.VectorIndex):
    rng = np.random.default_rng(3)
    docs = _unit(rng, 30)
    items = [vectors.IndexItem(i + 1, docs[i], np.stack([docs[i], docs[i]]),
                               {"country": "DE" if i % 3 == 0 else "US", "work_mode": "remote", "visa": "yes" if i % 5 == 0 else "",
                                "owner_id": 99 if i == 1 else 0, "posted_at": 1_700_000_000 + i})
             for i in range(30)]
    assert index.upsert(items) == 30 and index.count() == 30
    res = index.query(docs[0], k=5, filters=vectors.VectorFilter(viewer_id=1))
    assert res.ids[0] == 1 and res.path == "hnsw" and 2 not in res.ids
    res = index.query(docs[3], k=3, filters=vectors.VectorFilter(viewer_id=1, country="DE", visa_only=True))
    assert set(res.ids) <= {1, 16} and res.path in ("exact-mask", "hnsw+postfilter")
    assert index.query(docs[1], k=1, filters=vectors.VectorFilter(viewer_id=99)).ids == [2]
    chunks = index.get_chunks([5, 6])
    assert chunks[5].shape == (2, 384)
    assert index.delete([5, 500]) == 1 and index.count() == 29
    assert 5 not in index.query(docs[4], k=3, filters=vectors.VectorFilter(viewer_id=1, country="US")).ids


def test_persistent_client(tmp_path):
    _exercise(vectors.VectorIndex(vectors.make_client(path=str(tmp_path / "chroma"))))


def test_model_version_gets_its_own_collection(tmp_path):
    client = vectors.make_client(path=str(tmp_path / "chroma"))
    a = vectors.VectorIndex(client, model_version="model-a")
    b = vectors.VectorIndex(client, model_version="model-b")
    a.upsert([vectors.IndexItem(1, np.ones(384, np.float32) / np.sqrt(384), np.ones((1, 384), np.float32), {})])
    assert a.count() == 1 and b.count() == 0 and a.docs_name != b.docs_name
    assert b.drop_other_versions() == [a.docs_name, a.chunks_name] or set(b.drop_other_versions()) <= {a.docs_name, a.chunks_name}


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    port = services.free_port()
    folder = tmp_path_factory.mktemp("chroma-server")
    log_path = folder / "server.log"
    chroma = str(Path(sys.executable).with_name("chroma"))
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([chroma, "run", "--path", str(folder / "data"), "--host", "127.0.0.1", "--port", str(port)],
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

    def up():
        if proc.poll() is not None:
            raise services.Fatal(f"chroma exited: {services.tail(log_path)}")
        try:
            vectors.make_client(chroma_url=f"http://127.0.0.1:{port}").heartbeat()
            return True
        except Exception:  # noqa: BLE001 - not listening yet
            return False

    try:
        services.wait_until(up, timeout=60, what="chroma run")
        yield f"http://127.0.0.1:{port}"
    finally:
        services.stop_process_group(proc)


def test_http_client_against_chroma_run(chroma_server):
    _exercise(vectors.VectorIndex(vectors.make_client(chroma_url=chroma_server)))


_FOREIGN_WRITE = """
import sys, numpy as np
from careercopilot.integrations import vector_cache, vectors
if sys.argv[4] == "unlisted":
    vector_cache.LOG_MAX_IDS = 0  # the change record says "everything changed"
index = vectors.VectorIndex(vectors.make_client(chroma_url=sys.argv[1]), model_version=sys.argv[2])
pid = int(sys.argv[3])
if pid < 0:
    index.delete([-pid])
else:
    v = np.zeros(384, np.float32); v[pid % 384] = 1.0
    index.upsert([vectors.IndexItem(pid, v, v[None, :], {"country": "DE"})])
"""


def _foreign_write(url: str, model_version: str, posting_id: int, record: str = "listed") -> None:
    """Write one posting (or delete ``-posting_id``) from ANOTHER process (as an rq worker would)."""
    subprocess.run([sys.executable, "-c", _FOREIGN_WRITE, url, model_version, str(posting_id), record], check=True,
                   cwd=Path(__file__).resolve().parents[3], timeout=120)


def _seeded(chroma_server, version):
    index = vectors.VectorIndex(vectors.make_client(chroma_url=chroma_server), model_version=version)
    docs = _unit(np.random.default_rng(5), 60)
    index.upsert([vectors.IndexItem(i + 1, docs[i], docs[i][None, :], {"country": "DE"}) for i in range(60)])
    return index, docs


def test_foreign_writes_are_patched_in_without_a_reload(chroma_server, monkeypatch):
    """Another process's write reaches this cache through its change record: only the written
    ids are read back (no full reload, no background thread), adds and removals alike."""
    index, docs = _seeded(chroma_server, "swr-patch")
    monkeypatch.setattr(vectors, "CACHE_CHECK_SECONDS", 0.0)
    monkeypatch.setattr(vectors, "BACKGROUND_RELOAD_MIN_ROWS", 50)  # "large": a reload would go to a thread
    loads = []
    real_load = vectors.vector_cache.load
    monkeypatch.setattr(vectors.vector_cache, "load", lambda *a, **k: loads.append(1) or real_load(*a, **k))
    before = index.cache(force_check=True)
    loads.clear()
    _foreign_write(chroma_server, "swr-patch", 1000)
    got = index.cache()
    assert got is not before and 1000 in got.row_of and 1000 not in before.row_of
    assert index._reloader is None and loads == []
    v = np.zeros(384, np.float32)
    v[1000 % 384] = 1.0
    assert index.query(v, k=1, filters=vectors.VectorFilter(viewer_id=1, country="DE")).ids == [1000]
    _foreign_write(chroma_server, "swr-patch", -7)
    got = index.cache()
    assert 7 not in got.row_of and got.live == 60 and loads == []
    assert 7 not in index.query(docs[6], k=3, filters=vectors.VectorFilter(viewer_id=1, country="DE")).ids


@pytest.mark.parametrize("background", [True, False])
def test_unlisted_foreign_writes_reload_the_cache(chroma_server, monkeypatch, background):
    """A change record that cannot list its ids (a very large write) reloads the collection:
    a large index on a background thread while queries keep the loaded cache, a small one at once."""
    version = f"swr-{background}"
    index, _ = _seeded(chroma_server, version)
    monkeypatch.setattr(vectors, "CACHE_CHECK_SECONDS", 0.0)
    monkeypatch.setattr(vectors, "BACKGROUND_RELOAD_MIN_ROWS", 50 if background else 10_000)
    before = index.cache()
    assert before.live == 60

    _foreign_write(chroma_server, version, 1000, record="unlisted")
    got = index.cache()
    if background:
        # large index: the query is answered from the loaded cache while a thread reloads
        assert got is before and 1000 not in got.row_of
        reloader = index._reloader
        assert reloader is not None
        reloader.join(timeout=60)
    else:
        assert got is not before and 1000 in got.row_of  # small index: reloaded before answering
    after = index.cache()
    assert 1000 in after.row_of and after.live == 61 and index._reloader is None
    v = np.zeros(384, np.float32)
    v[1000 % 384] = 1.0
    assert index.query(v, k=1, filters=vectors.VectorFilter(viewer_id=1, country="DE")).ids == [1000]
