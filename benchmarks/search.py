"""Search latency at 100,000 postings vs 1,000, PostgreSQL and SQLite (issue 9, finding 16).

``services.matching.search_postings`` (query embedding, vector candidates, full-text lexical
candidates, ranking, the page's cards) over a committed mix of :data:`QUERIES` (20 queries:
occupations, skills, words with symbols, a quoted phrase, places, a visa ask, filler words,
gibberish), with the shared result cache off. Corpus: ``_scale`` templates (cached under ``benchmarks/.cache``, copied per run;
realistic texts, perturbed real vectors, 200 users). Each query runs once to warm up (the
query embedding is memoized in-process, as in the app), then :data:`REPEATS` times; p50/p95
over all timed runs per size and backend, and the ratio largest / smallest size.
Target: p95 at 100,000 ≤ 3 × p95 at 1,000.

    .venv/bin/python benchmarks/search.py                          # both backends, 1,000 and 100,000
    .venv/bin/python benchmarks/search.py --backend sqlite --sizes 1000,10000
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np

import _scale

#: The committed query mix (do not edit between measurements you compare).
QUERIES = [
    "backend engineer", "python developer", "registered nurse", "staff accountant", "data scientist",
    "product designer", "kubernetes", "react typescript", "c++", "node.js", '"machine learning"',
    "customer success manager", "sales berlin", "remote devops", "visa sponsorship software engineer",
    "teacher", "electrician", "who is looking for a senior engineer", "postgresql redis kafka", "xyzzyqwv blorptang",
]
REPEATS = 5


def run(n: int, backend: str, tmp: Path) -> list[float]:
    from sqlmodel import Session

    from careercopilot.db import make_engine
    from careercopilot.integrations import vectors
    from careercopilot.services import matching

    ws = _scale.workspace(n, backend, tmp)
    engine = make_engine(ws.url)
    try:
        index = vectors.VectorIndex(vectors.make_client(path=str(ws.chroma)))
        index.cache()  # the app process has its cache loaded
        lat = []
        for q in QUERIES:
            with Session(engine) as s:
                matching.search_postings(session=s, user_id=1, query=q, index=index)
            for _ in range(REPEATS):
                t0 = time.perf_counter()
                with Session(engine) as s:
                    page = matching.search_postings(session=s, user_id=1, query=q, index=index)
                lat.append(time.perf_counter() - t0)
            _scale.log(f"{backend} {n:,}: {q!r}: {page.total} hits, {np.median(lat[-REPEATS:]) * 1000:.0f} ms")
        return lat
    finally:
        engine.dispose()
        ws.drop()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,100000")
    ap.add_argument("--backend", default="postgresql,sqlite")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    from careercopilot.config import settings
    from careercopilot.integrations import embeddings as emb

    # every timed run computes its hits: the 30 s shared cache (SHARED_CACHE_SECONDS) would answer
    # the repeats of a query from memory and measure a cache hit
    settings.shared_cache_seconds = 0

    emb.get_model()
    for backend in args.backend.split(","):
        for n in sizes:
            _scale.template(n, backend)
            _scale.chroma_template(n)
        res = {}
        with tempfile.TemporaryDirectory(prefix="ccsearch-") as tmp:
            for n in sizes:
                res[n] = run(n, backend, Path(tmp))
        print(f"\n== {backend}: search_postings over {len(QUERIES)} committed queries × {REPEATS} runs")
        for n in sizes:
            ms = np.asarray(res[n]) * 1000
            print(f"{n:>9,} postings: p50 {np.percentile(ms, 50):7.1f} ms   p95 {np.percentile(ms, 95):7.1f} ms")
        lo, hi = sizes[0], sizes[-1]
        ratio = np.percentile(res[hi], 95) / np.percentile(res[lo], 95)
        print(f"ratio p95 {hi:,}/{lo:,}: {ratio:.2f}x (target <= 3x: {'MET' if ratio <= 3 else 'NOT MET'})")


if __name__ == "__main__":
    main()
