"""The shipped embedding pack (integrations/embedding_pack.py): file format, model-version
guard, the setting, and ``embed_texts`` reading hits from it and embedding only the misses."""

from __future__ import annotations

import numpy as np
import pytest

from careercopilot.config import settings
from careercopilot.integrations import embedding_pack, embeddings


def _unit(rows: int, seed: int = 0) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(rows, embeddings.DIM)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


@pytest.fixture
def pack(tmp_path, monkeypatch):
    """A pack of three texts at a temp path, installed as the shipped one."""
    path = tmp_path / "pack.npz"
    vecs = _unit(3)
    texts = ["Backend Engineer at Acme: Python, PostgreSQL", "Nurse at St. Mary's: ICU shifts", "ünïcödé — 東京"]
    n = embedding_pack.write(path, texts + [texts[0]], np.concatenate([vecs, vecs[:1]]),
                             model_version=embeddings.MODEL_VERSION)
    assert n == 3  # a repeated text is stored once
    monkeypatch.setattr(embedding_pack, "PACK_PATH", path)
    embedding_pack.reset()
    yield texts, vecs, path
    embedding_pack.reset()


def test_lookup_returns_unit_float32_close_to_what_was_written(pack):
    texts, vecs, _ = pack
    got = embedding_pack.lookup(["not in the pack", texts[2], texts[0]])
    assert sorted(got) == [1, 2]
    for pos, want in ((1, vecs[2]), (2, vecs[0])):
        assert got[pos].dtype == np.float32
        assert abs(float(np.linalg.norm(got[pos])) - 1.0) < 1e-5
        assert float(got[pos] @ want) > 0.9999  # float16 storage: cosine moves by far less than 1e-3


def test_a_pack_of_another_model_version_is_ignored(tmp_path, monkeypatch):
    path = tmp_path / "other.npz"
    embedding_pack.write(path, ["a text"], _unit(1), model_version="some-other-model-seq128")
    monkeypatch.setattr(embedding_pack, "PACK_PATH", path)
    embedding_pack.reset()
    try:
        assert embedding_pack.lookup(["a text"]) == {}
    finally:
        embedding_pack.reset()


def test_missing_file_and_setting_off_give_no_hits(pack, monkeypatch, tmp_path):
    texts, _, _ = pack
    monkeypatch.setattr(settings, "embedding_pack", False)
    assert embedding_pack.lookup(texts) == {}
    monkeypatch.setattr(settings, "embedding_pack", True)
    monkeypatch.setattr(embedding_pack, "PACK_PATH", tmp_path / "absent.npz")
    embedding_pack.reset()
    assert embedding_pack.lookup(texts) == {}


class _Model:
    """Stands in for SentenceTransformer.encode: records what it was asked to embed."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts, **_kw):
        self.calls.append(list(texts))
        return _unit(len(texts), seed=len(self.calls) + 10)


def test_embed_texts_embeds_only_the_misses_and_keeps_order(pack, monkeypatch):
    texts, vecs, _ = pack
    model = _Model()
    monkeypatch.setattr(embeddings, "get_model", lambda: model)
    asked = ["new one", texts[1], "new two", texts[0]]
    out = embeddings.embed_texts(asked)
    assert model.calls == [["new one", "new two"]]
    assert out.shape == (4, embeddings.DIM) and out.dtype == np.float32
    assert float(out[1] @ vecs[1]) > 0.9999 and float(out[3] @ vecs[0]) > 0.9999
    missed = _unit(2, seed=11)
    assert np.allclose(out[0], missed[0]) and np.allclose(out[2], missed[1])


def test_embed_texts_all_hits_never_loads_the_model(pack, monkeypatch):
    texts, _, _ = pack

    def boom():
        raise AssertionError("the model was loaded for texts the pack holds")

    monkeypatch.setattr(embeddings, "get_model", boom)
    assert embeddings.embed_texts(texts).shape == (3, embeddings.DIM)
