"""The long-lived heap is kept out of the cyclic collector's full passes (session 11, issue 9
"Availability"): with the embedding model loaded the app held ~650,000 objects and each full
collection paused the event loop ~0.4 s. Frozen at start-up (a lifespan task of the app) and
right after the model loads."""

from __future__ import annotations

import asyncio
import gc
import sys
import types

import pytest


@pytest.fixture
def unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_the_app_freezes_its_heap_when_the_server_starts(unfrozen):
    from careercopilot.careercopilot import _freeze_heap_lifespan, app

    assert _freeze_heap_lifespan in app.get_lifespan_tasks()

    async def start() -> int:
        async with _freeze_heap_lifespan():
            return gc.get_freeze_count()

    assert asyncio.run(start()) > 50_000  # the imported app, its pages and mappers


def test_loading_the_embedding_model_freezes_it(unfrozen, monkeypatch, tmp_path):
    from careercopilot.integrations import embeddings

    class FakeModel:  # the real one takes 7-10 s to load
        def __init__(self, path, **kwargs):
            self.parts = [{"layer": i} for i in range(1000)]

    monkeypatch.setitem(sys.modules, "sentence_transformers", types.SimpleNamespace(SentenceTransformer=FakeModel))
    monkeypatch.setattr(embeddings, "model_path", lambda: tmp_path)
    monkeypatch.setattr(embeddings, "_model", None)
    model = embeddings.get_model()
    assert isinstance(model, FakeModel) and gc.get_freeze_count() > 1000
    assert not gc.is_tracked(model) or model not in gc.get_objects()  # in the permanent generation
