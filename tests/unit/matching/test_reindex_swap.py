"""``reindex`` builds beside the live index and swaps (embedded Chroma PersistentClient): search
and matching never see an empty index, and a failed build leaves the old one live."""

from __future__ import annotations

from careercopilot.integrations import vector_generations, vectors
from tests.support.reindex_swap import collections, run_swap_scenario


def test_reindex_swaps_without_an_empty_window_and_survives_a_failed_build(sqlite_engine, tmp_path, monkeypatch):
    client = vectors.make_client(path=str(tmp_path / "chroma"))
    index = vectors.VectorIndex(client)
    run_swap_scenario(index, index, monkeypatch)  # one process owns a PersistentClient folder


def test_an_index_from_before_generations_stays_live_and_is_replaced(tmp_path):
    client = vectors.make_client(path=str(tmp_path / "chroma"))
    legacy = vectors.VectorIndex(client)  # no pointer recorded: the unsuffixed names
    assert legacy.generation == "" and legacy.docs_name == f"postings-{vectors.collection_slug()}"
    built = legacy.build_beside()
    assert built.docs_name.startswith(legacy.docs_name + "--") and vectors.VectorIndex(client).generation == ""
    dropped = legacy.promote(built)
    assert set(dropped) == {legacy_name for legacy_name in dropped} and f"postings-{vectors.collection_slug()}" in dropped
    assert vectors.VectorIndex(client).docs_name == built.docs_name == legacy.docs_name
    assert vector_generations.live_generation(client, vectors.collection_slug()) == built.generation
    legacy.set_owner("sqlite:/x.db")  # the owner record keeps the pointer (one metadata dict)
    assert vectors.VectorIndex(client).generation == built.generation and legacy.owner() == "sqlite:/x.db"
    assert f"postings-{vectors.collection_slug()}" not in collections(client)
