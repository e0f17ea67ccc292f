"""Match quality: our ranking vs a BM25 keyword baseline on a hand-labeled set, same run.

Data (committed): data/match_resumes.json (8 resumes across professions, with preferences),
data/match_written_postings.json + the recorded payloads in tests/fixtures/job-boards
(78 postings), data/match_labels.json (grade 0/1/2 of every posting for every resume,
written before any weight was tuned). Every posting gets the same posted date, so
freshness carries no signal here.

Prints per-resume and mean nDCG@10 (gains 2^grade − 1) and precision@10 (grade ≥ 1) for:
``ours`` (services.matching.score_posting: semantic chunks + IDF-weighted lexical overlap +
title fit + skills + preferences + freshness; see that module's doc for the calibration), ``semantic-only`` (our chunked embedding similarity alone) and ``bm25``
(rank-bm25 Okapi over the same title + description texts, the resume text as query).

    .venv/bin/python benchmarks/match_quality.py [--sensitivity]

``--sensitivity`` also re-ranks with each weight of ``matching.WEIGHTS`` scaled by 0.7 and
1.3 (one at a time) and prints the mean nDCG@10 / P@10 of each, so a tuned point can be
told apart from a spike that exists only at one setting.
"""

from __future__ import annotations

import json
import math
import re
import sys
import time

import _corpus  # noqa: F401  (sets sys.path)
import numpy as np

K = 10


def ndcg(ranked: list[str], grades: dict[str, int], k: int = K) -> float:
    dcg = sum((2 ** grades.get(key, 0) - 1) / math.log2(i + 2) for i, key in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def precision(ranked: list[str], grades: dict[str, int], k: int = K) -> float:
    return sum(1 for key in ranked[:k] if grades.get(key, 0) >= 1) / k


def tokenize(text: str) -> list[str]:
    return re.findall(r"[a-z0-9+#.]+", text.lower())


def main() -> None:
    from rank_bm25 import BM25Okapi

    from careercopilot.integrations import embeddings as emb
    from careercopilot.services import matching

    labels = json.loads((_corpus.DATA / "match_labels.json").read_text())
    resumes = json.loads((_corpus.DATA / "match_resumes.json").read_text())
    postings = _corpus.load_postings(same_date=True)
    keys = list(postings)
    missing = set(labels["postings"]) ^ set(keys)
    if missing:
        raise SystemExit(f"labels and corpus disagree on {len(missing)} postings: {sorted(missing)[:5]}")
    t0 = time.perf_counter()
    items = matching.embed_postings([postings[k] for k in keys])
    chunks = {k: it.chunk_vectors for k, it in zip(keys, items)}
    matching.title_vectors([postings[k].title for k in keys])  # title component, one batch
    t_embed = time.perf_counter() - t0
    bm25 = BM25Okapi([tokenize(f"{p.title} {p.description_text}") for p in postings.values()])
    rows = []
    for rid, r in resumes.items():
        grades = labels["grades"][rid]
        prof = matching.make_profile(r["text"], prefs=r.get("prefs"))
        ours = sorted(keys, key=lambda k: -matching.score_posting(prof, postings[k], chunks[k], now=_corpus.NOW).score)
        sem = sorted(keys, key=lambda k: -matching.semantic_similarity(prof.chunk_vectors, chunks[k])[0])
        scores = bm25.get_scores(tokenize(r["text"]))
        base = [keys[i] for i in np.argsort(-scores, kind="stable")]
        rows.append((rid, ndcg(ours, grades), precision(ours, grades), ndcg(sem, grades), precision(sem, grades),
                     ndcg(base, grades), precision(base, grades)))
    print(f"match quality: {len(resumes)} resumes × {len(keys)} postings, model {emb.MODEL_VERSION}, "
          f"embedding {t_embed:.1f}s")
    print(f"{'resume':12} {'ours nDCG':>10} {'P@10':>6} {'sem nDCG':>9} {'P@10':>6} {'bm25 nDCG':>10} {'P@10':>6}")
    for row in rows:
        print(f"{row[0]:12} {row[1]:10.3f} {row[2]:6.2f} {row[3]:9.3f} {row[4]:6.2f} {row[5]:10.3f} {row[6]:6.2f}")
    m = np.mean([r[1:] for r in rows], axis=0)
    print(f"{'MEAN':12} {m[0]:10.3f} {m[1]:6.2f} {m[2]:9.3f} {m[3]:6.2f} {m[4]:10.3f} {m[5]:6.2f}")
    print(f"ours/bm25 nDCG@10 ratio: {m[0] / m[4]:.2f}   precision@10 ratio: {m[1] / m[5]:.2f}")
    print(f"ours − bm25: nDCG@10 {m[0] - m[4]:+.3f}, P@10 {m[1] - m[5]:+.3f}; ours ≥ bm25 nDCG on "
          f"{sum(r[1] >= r[5] for r in rows)}/{len(rows)} resumes")
    if "--sensitivity" in sys.argv[1:]:
        profs = {rid: matching.make_profile(r["text"], prefs=r.get("prefs")) for rid, r in resumes.items()}
        base_w = dict(matching.WEIGHTS)
        print(f"sensitivity (one weight × 0.7 / × 1.3; baseline mean nDCG@10 {m[0]:.3f}, P@10 {m[1]:.2f}):")
        try:
            for name in base_w:
                out = []
                for f in (0.7, 1.3):
                    matching.WEIGHTS.clear()
                    matching.WEIGHTS.update(base_w, **{name: base_w[name] * f})
                    nd, pr = [], []
                    for rid, prof in profs.items():
                        grades = labels["grades"][rid]
                        ranked = sorted(keys, key=lambda k: -matching.score_posting(
                            prof, postings[k], chunks[k], now=_corpus.NOW).score)
                        nd.append(ndcg(ranked, grades))
                        pr.append(precision(ranked, grades))
                    out.append(f"×{f}: nDCG {np.mean(nd):.3f} P@10 {np.mean(pr):.2f}")
                print(f"  {name:11} " + "   ".join(out))
        finally:
            matching.WEIGHTS.clear()
            matching.WEIGHTS.update(base_w)
    print(f"weights: {matching.WEIGHTS}  semantic [{matching.SEM_LO}, {matching.SEM_HI}]  lexical "
          f"[{matching.LEX_LO}, {matching.LEX_HI}]  title [{matching.TITLE_LO}, {matching.TITLE_HI}]  "
          f"visa penalty {matching.VISA_PENALTY}")


if __name__ == "__main__":
    main()
