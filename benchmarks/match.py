"""Top-20 recommendation latency over a 100k-posting index: our paths vs exact numpy, same run.

Vectors with the structure of real embeddings (chosen so the approximate index is judged on
data like ours, not on an adversarial cloud):

* ``--base`` (3,000) posting texts — the recorded + written postings, then synthesized ones
  (the title of one posting + 3–8 sentences drawn from postings of the same title family,
  so synthesized texts stay coherent jobs rather than word salad) — are embedded with the
  real model, chunked and aggregated exactly as ingestion does. Embeddings are memoized in
  the temp dir by a hash of (model version, texts), so re-runs skip the ~2–4 min encode.
* Every other posting is a perturbation of one base vector ``p``:
  ``child = c·p + √(1−c²)·u`` with ``u`` a unit direction orthogonal to ``p`` drawn from the
  **empirical covariance of the real base embeddings** (a random mix of centred real
  vectors), not isotropic 384-d noise; ``c`` (the child's cosine to its parent) is drawn
  from the **measured nearest-neighbour cosines of the real base embeddings** (the
  distance between a real posting and its closest real sibling). Why: isotropic noise of
  the old σ=0.025 put every child of a base at cos≈0.90 to it and ≈0.81 to each other —
  hundreds of near-equidistant points per base, a distribution real text embeddings do not
  have (PLATFORM.md: HNSW recall ≈ 1.0 on real embeddings) and one where "top-20" is decided
  by noise. With ~33 children per base and real intra-cluster distances, neighbourhoods
  have graded distances like real near-duplicate postings (same role, other city/team).
* Metadata is drawn from realistic shares (work modes, countries, visa, salaries, dates,
  sources, 1% private postings). Queries are the 8 real resume embeddings plus postings
  perturbed the same way (a posting-like query that is no stored posting).

Memory: the generated matrix is built in float32 blocks, handed to Chroma and then dropped;
the brute-force baseline runs on the index's own numpy cache (the same 100k vectors), so
this process holds the model, Chroma's HNSW copy and one float32 matrix, as the app does.
Peak RSS = ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` (includes the build phase).

Prints p50/p95 of: ``VectorIndex.query`` unfiltered (HNSW) vs exact numpy brute force over
all vectors; filtered queries (path used per query) vs exact numpy over the same mask;
recall@20 of both against exact search; the ratios; peak RSS of this process (model + index).

    .venv/bin/python benchmarks/match.py            # 100,000 postings (~4–6 min to build)
    .venv/bin/python benchmarks/match.py --n 20000  # smaller
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path

import _corpus
import numpy as np

K = 20
#: Children never closer than this to their parent (exact twins in the base would make
#: the "true" top-20 a coin toss between identical vectors).
MAX_CHILD_COS = 0.995


def pct(xs, p):
    return float(np.percentile(np.asarray(xs) * 1000.0, p))


def synth_texts(n: int, rng: random.Random) -> list[str]:
    """The real posting texts, then synthesized ones: a title + 3–8 sentences of postings of a
    similar title (same head word, e.g. "Engineer", "Nurse"), half the time mixed with any."""
    docs = _corpus.posting_texts()
    by_doc = [[s.strip() for s in d.replace("\n", ". ").split(". ") if len(s.split()) >= 4] for d in docs]
    titles = [d.split("\n", 1)[0] for d in docs]
    family: dict[str, list[int]] = {}
    for i, t in enumerate(titles):
        family.setdefault((t.split() or [""])[-1].lower(), []).append(i)
    every = [s for ss in by_doc for s in ss]
    out = list(docs[:n])
    while len(out) < n:
        i = rng.randrange(len(docs))
        pool = [s for j in family[(titles[i].split() or [""])[-1].lower()] for s in by_doc[j]] or every
        pick = rng.sample(pool, min(len(pool), rng.randint(3, 8)))
        if rng.random() < 0.5:
            pick += rng.sample(every, 2)
        out.append(titles[i] + "\n" + ". ".join(pick))
    return out


def embed_base(texts: list[str]) -> tuple[np.ndarray, bool]:
    """Document vectors of ``texts`` (ingestion's chunk + aggregate), memoized in the temp dir;
    also whether they came from the memo file."""
    from careercopilot.integrations import embeddings as emb

    h = hashlib.sha256("\x1e".join([emb.MODEL_VERSION, *texts]).encode()).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"ccbench-base-{h}.npy"
    if path.exists():
        return np.load(path), True
    base = np.stack([d for _, d in emb.embed_documents(texts)]).astype(np.float32)
    np.save(path, base)
    return base, False


def nn_cosines(base: np.ndarray) -> np.ndarray:
    """Cosine of each real base vector to its nearest other base vector."""
    sims = base @ base.T
    np.fill_diagonal(sims, -1.0)
    return sims.max(axis=1)


def perturb(parents: np.ndarray, cos: np.ndarray, basis: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Unit vectors at cosine ``cos`` to ``parents`` (rows), displaced along directions drawn
    from the real embeddings' covariance (``basis`` = centred real vectors)."""
    g = rng.standard_normal((len(parents), len(basis)), dtype=np.float32)
    u = g @ basis
    u -= np.sum(u * parents, axis=1, keepdims=True) * parents
    u /= np.linalg.norm(u, axis=1, keepdims=True)
    c = np.clip(cos, 0.0, MAX_CHILD_COS).astype(np.float32)[:, None]
    out = c * parents + np.sqrt(1.0 - c * c) * u
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out.astype(np.float32)


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
    ap.add_argument("--base", type=int, default=3000, help="posting texts embedded with the real model")
    ap.add_argument("--queries", type=int, default=200)
    args = ap.parse_args()
    rng, nrng = random.Random(7), np.random.default_rng(7)

    from careercopilot.integrations import embeddings as emb
    from careercopilot.integrations import vectors

    emb.get_model()  # the app process holds the model for the whole run (counted in peak RSS)
    t0 = time.perf_counter()
    base, memo = embed_base(synth_texts(args.base, rng))
    t_base = time.perf_counter() - t0
    nn = nn_cosines(base)
    basis = (base - base.mean(axis=0)) / np.sqrt(len(base))
    parents = nrng.integers(0, len(base), args.n)
    now = int(time.time())
    metas = [metadata(rng, now) for _ in range(args.n)]

    def block(i: int, j: int) -> np.ndarray:
        """Rows i..j of the 100k matrix (float32): the base vectors first, then perturbations."""
        out = np.concatenate([perturb(base[parents[a:min(j, a + 1000)]], nrng.choice(nn, min(j, a + 1000) - a), basis, nrng)
                              for a in range(i, j, 1000)])  # 1,000 rows at a time: small transients
        lo = min(j, len(base))
        if i < lo:
            out[: lo - i] = base[i:lo]
        return out

    print(f"base: {len(base)} texts embedded in {t_base:.1f}s{' (memoized from an earlier run)' if memo else ''}; nearest-neighbour cosine of real base vectors "
          f"p10/p50/p90 = {np.percentile(nn, 10):.3f}/{np.percentile(nn, 50):.3f}/{np.percentile(nn, 90):.3f} "
          f"(children drawn from it); {args.n / len(base):.0f} postings per base")

    tmp = tempfile.mkdtemp(prefix="ccbench-")
    try:
        index = vectors.VectorIndex(vectors.make_client(path=tmp))
        t0 = time.perf_counter()
        batch = 4000
        for i in range(0, args.n, batch):
            j = min(args.n, i + batch)
            index.docs.upsert(ids=[str(x + 1) for x in range(i, j)], embeddings=block(i, j),
                              metadatas=[vectors._md(m) for m in metas[i:j]])
        index._bump()
        del metas
        rss_build = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        vectors.release_heap()  # the app never bulk-inserts 100k in its own process; drop the build's freed heap
        t_ins = time.perf_counter() - t0
        t0 = time.perf_counter()
        cache = index.cache(force_check=True)
        t_cache = time.perf_counter() - t0
        print(f"index: {args.n} postings inserted in {t_ins:.0f}s ({args.n / t_ins:.0f}/s); numpy cache loaded in {t_cache:.1f}s")
        ids_arr = cache.ids
        mat = cache.mat  # the same vectors Chroma holds; no second copy in this process
        print(f"HNSW config: {vectors.HNSW_CONFIG}")

        resumes = json.loads((_corpus.DATA / "match_resumes.json").read_text())
        rq = np.stack([emb.embed_document(r["text"])[1] for r in resumes.values()])
        qs = [rq[i % len(rq)] for i in range(len(rq))]
        while len(qs) < args.queries:
            p = mat[rng.randrange(args.n)][None, :]
            qs.append(perturb(p, nrng.choice(nn, 1), basis, nrng)[0])

        def exact(q, mask):
            """Exact numpy over the mask: gather + mat-vec, or one full mat-vec for dense masks."""
            sub_rows = np.flatnonzero(mask)
            s = (cache.mat @ q)[sub_rows] if len(sub_rows) > len(mask) // 2 else cache.mat[sub_rows] @ q
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
        print(f"  exact mask  p50 {pct(lat_x, 50):6.2f} ms  p95 {pct(lat_x, 95):6.2f} ms  (mask given; gather + mat-vec, full mat-vec if dense)")
        print(f"  exact+mask  p50 {pct(lat_xm, 50):6.2f} ms  p95 {pct(lat_xm, 95):6.2f} ms  (mask computed too)")
        print(f"  ratio p95 ours/exact-mask = {pct(lat_f, 95) / pct(lat_x, 95):.2f} (target ≤ 1.0), "
              f"ours/exact+mask = {pct(lat_f, 95) / pct(lat_xm, 95):.2f}; ours p95 ≤ 50 ms: {pct(lat_f, 95) <= 50}")
        print(f"  paths: {dict(Counter(p for (_, p) in paths.elements()))}")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        cur = next((int(ln.split()[1]) / 1024 for ln in Path("/proc/self/status").read_text().splitlines() if ln.startswith("VmRSS")), float("nan"))
        print(f"\npeak RSS (model + {args.n} vectors in Chroma + numpy cache), whole run incl. building the index: "
              f"{rss:.0f} MB (target ≤ 1536 MB); peak by the end of the build (model loaded, before the numpy cache): {rss_build:.0f} MB; RSS now {cur:.0f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
