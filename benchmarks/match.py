"""Top-20 recommendation latency over a 100k-posting index: our paths vs exact numpy, same run.

Vectors with the structure of real embeddings: ``--base`` posting texts synthesized from the
recorded + written postings (title of one, sentences of others) are embedded with the real
model (chunked, as ingestion does); the other postings are small perturbations of them
(Gaussian noise, renormalized; cosine to the parent ≈ 0.9), so neighbourhoods exist.
Metadata is drawn from realistic shares (work modes, countries, visa, salaries, dates,
sources, 1% private postings). Queries are real resume embeddings plus perturbed postings.

Prints p50/p95 of: ``VectorIndex.query`` unfiltered (HNSW) vs exact numpy brute force over
all vectors; filtered queries (path used per query) vs exact numpy over the same mask;
recall@20 of both against exact search; the ratios; peak RSS of this process (model + index).

    .venv/bin/python benchmarks/match.py            # 100,000 postings (~4–6 min to build)
    .venv/bin/python benchmarks/match.py --n 20000  # smaller
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import tempfile
import time
from collections import Counter

import _corpus
import numpy as np

K = 20


def pct(xs, p):
    return float(np.percentile(np.asarray(xs) * 1000.0, p))


def synth_texts(n: int, rng: random.Random) -> list[str]:
    docs = _corpus.posting_texts()
    sentences = [s.strip() for d in docs for s in d.replace("\n", ". ").split(". ") if len(s.split()) >= 4]
    titles = [d.split("\n", 1)[0] for d in docs]
    out = []
    for i in range(n):
        if i < len(docs):
            out.append(docs[i])
            continue
        out.append(rng.choice(titles) + "\n" + ". ".join(rng.sample(sentences, rng.randint(4, 14))))
    return out


def metadata(rng: random.Random, now: int) -> dict:
    wm = rng.choices(["remote", "hybrid", "onsite", ""], [40, 25, 30, 5])[0]
    country = rng.choices(["US", "DE", "GB", "NL", "FR", "CA", "IN", "ES", "PL", ""],
                          [35, 10, 10, 5, 5, 6, 6, 4, 4, 15])[0]
    visa = rng.choices(["yes", "no", ""], [8, 10, 82])[0]
    lo = hi = None
    if rng.random() < 0.4:
        lo = round(rng.lognormvariate(11.3, 0.4), -3)
        hi = lo * rng.uniform(1.1, 1.4)
    return {"work_mode": wm, "country": country, "visa": visa, "salary_min": lo, "salary_max": hi,
            "posted_at": now - int(rng.expovariate(1 / (20 * 86400))), "is_open": True,
            "source_type": rng.choice(["greenhouse", "lever", "ashby", "remotive", "remoteok", "arbeitnow",
                                       "himalayas", "workable", "smartrecruiters", "jsonld"]),
            "owner_id": rng.randint(2, 500) if rng.random() < 0.01 else 0, "n_chunks": 1}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--base", type=int, default=600, help="postings embedded with the real model")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--sigma", type=float, default=0.025, help="per-dimension perturbation noise")
    args = ap.parse_args()
    rng, nrng = random.Random(7), np.random.default_rng(7)

    from careercopilot.integrations import embeddings as emb
    from careercopilot.integrations import vectors

    t0 = time.perf_counter()
    base_docs = emb.embed_documents(synth_texts(args.base, rng))
    base = np.stack([d for _, d in base_docs])
    t_base = time.perf_counter() - t0
    parents = nrng.integers(0, len(base), args.n)
    mat = base[parents] + nrng.normal(0, args.sigma, (args.n, emb.DIM)).astype(np.float32)
    mat[: len(base)] = base
    mat /= np.linalg.norm(mat, axis=1, keepdims=True)
    mat = mat.astype(np.float32)
    now = int(time.time())
    metas = [metadata(rng, now) for _ in range(args.n)]
    print(f"base: {len(base)} texts embedded in {t_base:.1f}s; mean cos(child, parent) = "
          f"{float(np.mean(np.sum(mat[len(base):len(base)+2000] * base[parents[len(base):len(base)+2000]], axis=1))):.3f}")

    tmp = tempfile.mkdtemp(prefix="ccbench-")
    try:
        index = vectors.VectorIndex(vectors.make_client(path=tmp))
        t0 = time.perf_counter()
        batch = 4000
        for i in range(0, args.n, batch):
            index.docs.upsert(ids=[str(j + 1) for j in range(i, min(args.n, i + batch))], embeddings=mat[i:i + batch],
                              metadatas=[vectors._md(m) for m in metas[i:i + batch]])
        index._bump()
        t_ins = time.perf_counter() - t0
        t0 = time.perf_counter()
        cache = index.cache(force_check=True)
        t_cache = time.perf_counter() - t0
        print(f"index: {args.n} postings inserted in {t_ins:.0f}s ({args.n / t_ins:.0f}/s); numpy cache loaded in {t_cache:.1f}s")
        ids_arr = cache.ids

        resumes = json.loads((_corpus.DATA / "match_resumes.json").read_text())
        rq = np.stack([emb.embed_document(r["text"])[1] for r in resumes.values()])
        qs = [rq[i % len(rq)] for i in range(len(rq))]
        while len(qs) < args.queries:
            v = mat[rng.randrange(args.n)] + nrng.normal(0, 0.03, emb.DIM).astype(np.float32)
            qs.append((v / np.linalg.norm(v)).astype(np.float32))

        def exact(q, mask):
            sub_rows = np.flatnonzero(mask)
            s = cache.mat[sub_rows] @ q
            kk = min(K, len(s))
            top = np.argpartition(-s, kk - 1)[:kk]
            return [int(x) for x in ids_arr[sub_rows[top[np.argsort(-s[top])]]]]

        def brute(q):
            s = cache.mat @ q
            top = np.argpartition(-s, K - 1)[:K]
            return [int(x) for x in ids_arr[top[np.argsort(-s[top])]]]

        viewer = vectors.VectorFilter(viewer_id=1)
        for q in qs[:10]:  # warm-up
            index.query(q, k=K, filters=viewer); brute(q)
        lat_ours, lat_brute, rec = [], [], []
        vmask = index.mask(cache, viewer)
        for q in qs:
            t = time.perf_counter(); res = index.query(q, k=K, filters=viewer); lat_ours.append(time.perf_counter() - t)
            t = time.perf_counter(); brute(q); lat_brute.append(time.perf_counter() - t)
            truth = set(exact(q, vmask))
            rec.append(len(truth & set(res.ids)) / len(truth))
        print("\nUNFILTERED top-20 (viewer rule only)")
        print(f"  ours  p50 {pct(lat_ours, 50):6.2f} ms  p95 {pct(lat_ours, 95):6.2f} ms  recall@20 {np.mean(rec):.3f}")
        print(f"  brute p50 {pct(lat_brute, 50):6.2f} ms  p95 {pct(lat_brute, 95):6.2f} ms  (exact numpy over all {args.n})")
        print(f"  ratio p95 ours/brute = {pct(lat_ours, 95) / pct(lat_brute, 95):.2f}  (target ≤ 0.30)")

        day = 86400
        filters = [
            ("remote", vectors.VectorFilter(viewer_id=1, work_modes=("remote",))),
            ("remote|hybrid", vectors.VectorFilter(viewer_id=1, work_modes=("remote", "hybrid"))),
            ("country=DE", vectors.VectorFilter(viewer_id=1, country="DE")),
            ("country=US", vectors.VectorFilter(viewer_id=1, country="US")),
            ("visa", vectors.VectorFilter(viewer_id=1, visa_only=True)),
            ("7 days", vectors.VectorFilter(viewer_id=1, posted_after=now - 7 * day)),
            ("30 days", vectors.VectorFilter(viewer_id=1, posted_after=now - 30 * day)),
            ("salary≥120k", vectors.VectorFilter(viewer_id=1, salary_floor_usd=120_000)),
            ("source=lever", vectors.VectorFilter(viewer_id=1, source_type="lever")),
            ("DE+visa", vectors.VectorFilter(viewer_id=1, country="DE", visa_only=True)),
            ("remote+30d", vectors.VectorFilter(viewer_id=1, work_modes=("remote",), posted_after=now - 30 * day)),
        ]
        masks = {name: index.mask(cache, f) for name, f in filters}
        lat_f, lat_x, lat_xm, rec_f, paths = [], [], [], [], Counter()
        per = {name: [] for name, _ in filters}
        for i, q in enumerate(qs):
            name, f = filters[i % len(filters)]
            t = time.perf_counter(); res = index.query(q, k=K, filters=f); dt = time.perf_counter() - t
            t = time.perf_counter(); truth = exact(q, masks[name]); dx = time.perf_counter() - t
            t = time.perf_counter(); exact(q, index.mask(cache, f)); dxm = time.perf_counter() - t
            lat_f.append(dt); lat_x.append(dx); lat_xm.append(dxm)
            rec_f.append(len(set(truth) & set(res.ids)) / max(1, len(truth)))
            paths[(name, res.path)] += 1
            per[name].append((dt, dx, res.path, res.selectivity))
        print("\nFILTERED top-20")
        for name, rows in per.items():
            print(f"  {name:14} sel {rows[0][3]:.3f}  path {rows[0][2]:16} ours p50 {pct([r[0] for r in rows], 50):6.2f} ms"
                  f"  exact-mask p50 {pct([r[1] for r in rows], 50):6.2f} ms")
        print(f"  ours        p50 {pct(lat_f, 50):6.2f} ms  p95 {pct(lat_f, 95):6.2f} ms  recall@20 {np.mean(rec_f):.3f}")
        print(f"  exact mask  p50 {pct(lat_x, 50):6.2f} ms  p95 {pct(lat_x, 95):6.2f} ms  (mask given, gather + mat-vec)")
        print(f"  exact+mask  p50 {pct(lat_xm, 50):6.2f} ms  p95 {pct(lat_xm, 95):6.2f} ms  (mask computed too)")
        print(f"  ratio p95 ours/exact-mask = {pct(lat_f, 95) / pct(lat_x, 95):.2f} (target ≤ 1.0), "
              f"ours/exact+mask = {pct(lat_f, 95) / pct(lat_xm, 95):.2f}; ours p95 ≤ 50 ms: {pct(lat_f, 95) <= 50}")
        print(f"  paths: {dict(Counter(p for (_, p) in paths.elements()))}")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"\npeak RSS (model + {args.n} vectors in Chroma + numpy cache): {rss:.0f} MB (target ≤ 1536 MB)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
