"""Ingest embedding stage throughput vs raw ``model.encode`` over exactly the same chunks, same run.

The stage is ``services.matching.embed_postings`` (posting text → chunks → one batched
encode → document vectors + index items). The baseline encodes the chunk list that stage
produces with ``SentenceTransformer.encode`` directly (same batch size, normalized).
Prints postings/s of both and the ratio (target ≥ 0.9).

    .venv/bin/python benchmarks/embed.py [--n 200]
"""

from __future__ import annotations

import argparse
import time

import _corpus


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=156, help="postings (the corpus repeated as needed)")
    args = ap.parse_args()
    from careercopilot.config import settings
    from careercopilot.integrations import embeddings as emb
    from careercopilot.services import matching

    settings.embedding_pack = False  # the model's own speed: no vectors read from the shipped pack
    corpus = list(_corpus.load_postings(same_date=False).values())
    postings = [corpus[i % len(corpus)] for i in range(args.n)]
    docs = [matching.posting_document(p) for p in postings]
    chunks = [c for t, pre in docs for c in emb.chunk_text(t, prefix=pre)]
    model = emb.get_model()
    model.encode(chunks[:32], batch_size=settings.embedding_batch_size)  # warm-up
    t0 = time.perf_counter()
    matching.embed_postings(postings)
    t_stage = time.perf_counter() - t0
    t0 = time.perf_counter()
    model.encode(chunks, batch_size=settings.embedding_batch_size, normalize_embeddings=True, convert_to_numpy=True)
    t_raw = time.perf_counter() - t0
    print(f"{len(postings)} postings → {len(chunks)} chunks (model {emb.MODEL_VERSION}, batch {settings.embedding_batch_size})")
    print(f"stage: {len(postings) / t_stage:6.2f} postings/s ({len(chunks) / t_stage:6.1f} chunks/s, {t_stage:.1f}s)")
    print(f"raw  : {len(postings) / t_raw:6.2f} postings/s ({len(chunks) / t_raw:6.1f} chunks/s, {t_raw:.1f}s)")
    print(f"ratio stage/raw = {t_raw / t_stage:.3f} (target ≥ 0.9)")


if __name__ == "__main__":
    main()
