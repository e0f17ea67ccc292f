"""``reindex`` against a ``chroma run`` server: another process's reader (its own HttpClient)
sees the full old index during the rebuild, follows the swap, and a failed build leaves the old
index live (tests/support/reindex_swap.py; the PersistentClient twin is in tests/unit/matching)."""

from __future__ import annotations

from careercopilot.integrations import vectors
from tests.support.dependency_servers import chroma_run
from tests.support.reindex_swap import run_swap_scenario


def test_reindex_swaps_on_a_chroma_server(sqlite_engine, tmp_path, monkeypatch):
    monkeypatch.setattr(vectors, "RETIRE_GRACE_SECONDS", 0.5)  # the observer reads after the grace anyway
    with chroma_run(tmp_path / "chroma") as chroma:
        index = vectors.VectorIndex(vectors.make_client(chroma_url=chroma.url))
        observer = vectors.VectorIndex(vectors.make_client(chroma_url=chroma.url))  # "another process"
        run_swap_scenario(index, observer, monkeypatch)
