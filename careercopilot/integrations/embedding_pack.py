"""Precomputed chunk vectors shipped with the app, for the recorded demo feed.

A new install's seed indexes the demo feed (``careercopilot/data/demo_feed``): 1,005 postings,
about 3,800 chunks of up to 180 words. MiniLM on the 2-core target takes ~0.2 s per chunk,
so the first ``make run`` (and every test run that seeds) waited 5–15 min before the
first page had matches. The pack holds those chunks' vectors, made by the same model
under the same :data:`~careercopilot.integrations.embeddings.MODEL_VERSION`; the seed
then embeds only what the pack does not hold.

File (``careercopilot/data/demo_embeddings.npz``, NumPy ``savez_compressed``):

* ``model_version`` — 0-d str; the pack is ignored unless it equals ``MODEL_VERSION``
  (a custom model, another package version or another ``EMBEDDING_MAX_SEQ_LENGTH``);
* ``keys`` — ``(n, 16)`` uint8: the first 16 bytes of SHA-256 of each chunk's UTF-8 text;
* ``vectors`` — ``(n, 384)`` float16, as the model gave them (unit rows). float16 halves
  the file; read back they are cast to float32 and re-normalized. The rounding moves a
  cosine by ≤ ~1e-3 (a tenth of a point on the 0–100 match score, never a rank on its own).

The pack is a cache, never a source of truth: a chunk whose text changed (a normalizer
or chunking change) misses and is embedded as usual, so a stale pack costs time only.
``tests/integration/matching/test_embedding_pack.py`` fails when the pack no longer
covers the demo feed the seed stores; ``python -m careercopilot embeddings pack`` rebuilds it.
Setting ``EMBEDDING_PACK=false`` turns lookups off (benchmarks of the model's speed).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

#: Where the pack ships (inside the package, so a wheel or a Docker image carries it).
PACK_PATH = Path(__file__).resolve().parents[1] / "data" / "demo_embeddings.npz"
#: Bytes of SHA-256 kept per key: 128 bits, no collision among a few thousand chunks.
KEY_BYTES = 16

_lock = threading.Lock()
_table: dict[bytes, np.ndarray] | None = None


def key(text: str) -> bytes:
    """The pack key of a chunk text (16 bytes)."""
    return hashlib.sha256(text.encode("utf-8")).digest()[:KEY_BYTES]


def _load(path: Path, model_version: str) -> dict[bytes, np.ndarray]:
    if not path.is_file():
        return {}
    with np.load(path, allow_pickle=False) as z:
        if str(z["model_version"]) != model_version:
            return {}
        keys, vecs = z["keys"], z["vectors"]
    return {bytes(k): v for k, v in zip(keys, vecs)}


def table() -> dict[bytes, np.ndarray]:
    """The pack as ``{key: float16 (384,)}``, loaded once per process ({} if absent or stale)."""
    global _table
    if _table is None:
        from careercopilot.integrations.embeddings import MODEL_VERSION

        with _lock:
            if _table is None:
                _table = _load(PACK_PATH, MODEL_VERSION)
    return _table


def lookup(texts: Sequence[str]) -> dict[int, np.ndarray]:
    """``{position in texts: float32 unit vector (384,)}`` for the texts the pack holds."""
    from careercopilot.config import settings

    if not settings.embedding_pack:
        return {}
    tab = table()
    if not tab:
        return {}
    out: dict[int, np.ndarray] = {}
    for i, text in enumerate(texts):
        v = tab.get(key(text))
        if v is not None:
            f = v.astype(np.float32)
            out[i] = f / max(float(np.linalg.norm(f)), 1e-12)
    return out


def write(path: Path, texts: Sequence[str], vectors: np.ndarray, *, model_version: str) -> int:
    """Write a pack of ``texts`` → ``vectors`` ``(n, 384)`` (duplicates kept once); returns n."""
    seen: dict[bytes, int] = {}
    for i, text in enumerate(texts):
        seen.setdefault(key(text), i)
    order = sorted(seen.items())
    keys = np.frombuffer(b"".join(k for k, _ in order), dtype=np.uint8).reshape(-1, KEY_BYTES)
    vecs = np.asarray(vectors, dtype=np.float32)[[i for _, i in order]].astype(np.float16)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        np.savez_compressed(fh, model_version=np.array(model_version), keys=keys, vectors=vecs)
    return len(order)


def reset() -> None:
    """Forget the loaded table (tests, or after :func:`write` to the shipped path)."""
    global _table
    with _lock:
        _table = None
