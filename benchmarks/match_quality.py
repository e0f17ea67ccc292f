"""Match quality on the blind issue-11 set: ours vs BM25 vs a 0.5·BM25 + 0.5·MiniLM hybrid.

Data (``benchmarks/data/issue11``, see its SOURCES.md): 1,345 real public postings (NYC Open
Data Jobs NYC; LinkedIn Job Postings 2023-24, CC BY-SA 4.0) in 24 occupation families, 52
resumes, every (resume, posting) pair graded 2/1/0 by a curator who never saw this code
(2 = same family and level within one step, 1 = same family or adjacent family, 0 = other).
Resumes are split dev (28) / test (24), stratified by family, seed 20261203: tune on dev,
run ``--split test`` once at the end.

    .venv/bin/python benchmarks/match_quality.py [--split dev|test] [--no-cache]

Prints per resume and per profession (= the resume's family) nDCG@10 (gains 2^grade − 1)
and P@10 (grade ≥ 1) of ``ours`` (``services.matching.score_posting`` with the resume's
stated target titles), ``bm25`` (rank-bm25 Okapi over title + description, the resume text
as query) and ``hybrid`` (min-max-normalized BM25 and MiniLM cosine of the resume and
posting document vectors, averaged); the mean, the per-profession minimum, and 95 %
paired-bootstrap intervals (resumes resampled, 10,000 draws) of ours − bm25 and ours −
hybrid. Also: occupation-family and level accuracy of ``normalize.occupations`` on the
split's resumes (current title) and on all postings (labels of the curator), score
calibration (share of grade-2 postings ≥ 75 and of grade-0 postings < 30) and the
candidate stage's recall@50 (nearest ``REFRESH_CANDIDATES`` by document vector vs scoring
every posting). Posting embeddings are cached in ``benchmarks/.cache`` by model version.

Figures (2026-12-04, SCORE_MODEL_VERSION score-3; tuned on dev, test run once after the
changes below; the benchmark passes target titles only, so location/work-mode changes do not
show here):

* dev (28 resumes): nDCG@10 ours 0.887 / bm25 0.703 / hybrid 0.712; P@10 0.971; per-profession
  min 0.624 (hospitality; also below 0.85: construction 0.726, policy_program 0.757,
  science_lab 0.758, logistics_supply_chain 0.765, administrative 0.766, allied_health 0.801,
  human_resources 0.838); ours − bm25 +0.185 (CI +0.128..+0.244), ours −
  hybrid +0.176 (+0.122..+0.230); calibration grade-2 ≥ 75 45.5 %, grade-0 < 30 96.7 %;
  resume family 0.893, resume level 0.607. Steps on dev: generic titles get their profession
  (Scientist, Director, Deputy Director, Lab Manager, "X to the Y") 0.825 → 0.847; resume
  level senior only from 10 years without level words 0.847 → 0.871; "Director of
  <function>" reads as the function 0.871 → 0.881; title fit from the person's majority
  family 0.881 → 0.887.
* test (24 resumes, once): nDCG@10 ours 0.829 / bm25 0.653 / hybrid 0.683; P@10 0.904 / 0.812 /
  0.817; per-profession min 0.188 (skilled_trades: r06, a chief building engineer; also below
  0.85: customer_support 0.553, policy_program 0.557, hospitality 0.640, nursing 0.657,
  manufacturing 0.677, public_safety 0.752, engineering_architecture 0.765, science_lab
  0.817); ours − bm25 +0.175 (CI +0.112..+0.242), ours − hybrid +0.145 (+0.092..+0.198);
  calibration grade-2 ≥ 75 48.8 % (NOT met), grade-0 < 30 96.3 % (met); candidate recall@50
  1.000; resume family 0.917, resume level 0.458; posting family 0.596, posting level 0.749.
  Targets 0.93 / 0.85 per profession: NOT met; dev gains mostly did not carry to test.

Earlier figures (score-2):

* dev (28 resumes): nDCG@10 ours 0.825 / bm25 0.703 / hybrid 0.712; P@10 0.911 / 0.832 / 0.832;
  per-profession min 0.517 (policy_program); ours − bm25 +0.122 (CI +0.071..+0.175), ours −
  hybrid +0.113 (+0.066..+0.161); calibration: grade-2 ≥ 75 45.5 %, grade-0 < 30 95.3 %;
  candidate recall@50 0.999.
* test (24 resumes, once): nDCG@10 ours 0.822 / bm25 0.653 / hybrid 0.683; P@10 0.892 / 0.812 /
  0.817; per-profession min 0.385 (skilled_trades; also below 0.85: customer_support 0.473,
  nursing 0.627, policy_program 0.645, hospitality 0.665, manufacturing 0.677, public_safety
  0.696, engineering 0.737, science_lab 0.817, social_work 0.806, data_analysis 0.815);
  ours − bm25 +0.169 (CI +0.114..+0.232), ours − hybrid +0.139 (+0.092..+0.189); calibration:
  grade-2 ≥ 75 49.3 % (target 90 %: NOT met), grade-0 < 30 95.7 % (met); candidate recall@50
  0.999 (min 0.980); resume family accuracy 0.917 (current title), resume level 0.250; posting
  family 0.586, posting level 0.749 (all postings). Targets 0.93 / 0.85 per profession: NOT met.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import time
from collections import defaultdict
from pathlib import Path

import _corpus  # noqa: F401  (sets sys.path)
import numpy as np

from careercopilot.services.matching.candidates import FAMILY_CANDIDATES

K = 10
#: Characters of each description embedded (the app embeds all of it): on the 2 shared
#: cores, embedding 1,345 full descriptions (~5,000 chunks) takes over an hour; the first
#: 400 characters (one short chunk: the title and the opening lines) keep the run short.
#: Lexical, skills, title and occupation signals read the full text.
EMBED_CHARS = 400
DATA = Path(__file__).resolve().parent / "data" / "issue11"
CACHE = Path(__file__).resolve().parent / ".cache"


def ndcg(ranked: list[str], grades: dict[str, int], k: int = K) -> float:
    dcg = sum((2 ** grades.get(key, 0) - 1) / math.log2(i + 2) for i, key in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def precision(ranked: list[str], grades: dict[str, int], k: int = K) -> float:
    return sum(1 for key in ranked[:k] if grades.get(key, 0) >= 1) / k


def tokenize(text: str) -> list[str]:
    return re.findall(r"[a-z0-9+#.]+", text.lower())


def paired_bootstrap(diffs, n: int = 10_000, seed: int = 1) -> tuple[float, float]:
    """95 % percentile interval of the mean of per-resume differences, resumes resampled."""
    rnd = np.random.default_rng(seed)
    d = np.asarray(diffs)
    means = d[rnd.integers(0, len(d), size=(n, len(d)))].mean(axis=1)
    return float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def load(split: str):
    """``(postings {id: row}, resumes {id: row} of the split, grades {resume: {posting: grade}})``."""
    postings = {r["id"]: r for r in map(json.loads, (DATA / "postings.jsonl").read_text(encoding="utf-8").splitlines())}
    ids = set(json.loads((DATA / "split.json").read_text())[split])
    resumes = {r["id"]: r for r in map(json.loads, (DATA / "resumes.jsonl").read_text(encoding="utf-8").splitlines())
               if r["id"] in ids}
    grades: dict[str, dict[str, int]] = defaultdict(dict)
    with gzip.open(DATA / "grades.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            if g["resume_id"] in resumes:
                grades[g["resume_id"]][g["posting_id"]] = int(g["grade"])
    return postings, resumes, dict(grades)


def to_posting(i: int, r: dict):
    from careercopilot.models import JobPosting

    return JobPosting(id=i + 1, source_type="benchmark", ats_id=r["id"], url=f"https://example.invalid/{r['id']}",
                      title=r["title"][:500], company=(r.get("company") or "Unknown")[:300], company_key="x",
                      dedupe_key=r["id"], location_text=r.get("location") or None, description_text=r["description"],
                      content_hash=r["id"], posted_at=_corpus.NOW, first_seen_at=_corpus.NOW, is_open=True)


def embed(keys: list[str], jp: dict, use_cache: bool) -> dict[str, np.ndarray]:
    """Chunk vectors of every posting, cached in ``benchmarks/.cache`` per model version
    (saved after every batch of 100, so an interrupted run resumes)."""
    from careercopilot.integrations import embeddings as emb
    from careercopilot.services import matching

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"issue11-{re.sub(r'[^A-Za-z0-9.-]', '_', emb.MODEL_VERSION)}.npz"
    got: dict[str, np.ndarray] = {}
    if use_cache and path.exists():
        z = np.load(path, allow_pickle=True)
        got = dict(zip(z["keys"].tolist(), z["chunks"]))
    todo = [k for k in keys if k not in got]
    for i in range(0, len(todo), 100):
        part = todo[i:i + 100]
        short = [jp[k].model_copy(update={"description_text": (jp[k].description_text or "")[:EMBED_CHARS]})
                 for k in part]
        for k, it in zip(part, matching.embed_postings(short)):
            got[k] = it.chunk_vectors
        arr = np.empty(len(got), dtype=object)
        arr[:] = list(got.values())
        np.savez(path, keys=np.array(list(got)), chunks=arr)
        print(f"  embedded {min(i + 100, len(todo))}/{len(todo)}", flush=True)
    return got


def prefs_of(r: dict) -> dict:
    """The resume's stated target titles (the benchmark postings have no normalized places or
    salaries, so location and salary preferences are not passed)."""
    return {"titles": list((r.get("preferences") or {}).get("titles") or [])}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev", choices=("dev", "test"))
    ap.add_argument("--no-cache", action="store_true")
    args = ap.parse_args()
    from rank_bm25 import BM25Okapi

    from careercopilot.integrations import embeddings as emb
    from careercopilot.normalize.occupations import infer_occupation, infer_posting_level
    from careercopilot.services import matching

    postings, resumes, grades = load(args.split)
    keys = list(postings)
    jp = {k: to_posting(i, postings[k]) for i, k in enumerate(keys)}
    t0 = time.perf_counter()
    chunks = embed(keys, jp, not args.no_cache)
    matching.title_vectors([jp[k].title for k in keys])
    docs = np.stack([emb.aggregate(chunks[k]) for k in keys])
    print(f"match quality ({args.split}): model {emb.MODEL_VERSION}, {len(keys)} postings, {len(resumes)} resumes, "
          f"embedded in {time.perf_counter() - t0:.1f}s")
    bm25 = BM25Okapi([tokenize(f"{postings[k]['title']} {postings[k]['description']}") for k in keys])
    rows, fam_of = {}, {}
    calib_hi, calib_lo, recall = [], [], []
    for rid, r in resumes.items():
        prof = matching.make_profile(r["text"], prefs=prefs_of(r))
        scored = {k: matching.score_posting(prof, jp[k], chunks[k], now=_corpus.NOW).score for k in keys}
        ours = sorted(keys, key=lambda k: -scored[k])
        b = bm25.get_scores(tokenize(r["text"]))
        cos = docs @ prof.doc_vector
        norm = lambda x: (x - x.min()) / (x.max() - x.min() + 1e-12)  # noqa: E731
        hyb = 0.5 * norm(b) + 0.5 * norm(cos)
        ranked = {"ours": ours, "bm25": [keys[i] for i in np.argsort(-b, kind="stable")],
                  "hybrid": [keys[i] for i in np.argsort(-hyb, kind="stable")]}
        g = grades[rid]
        rows[rid] = {m: (ndcg(v, g), precision(v, g)) for m, v in ranked.items()}
        fam_of[rid] = r["family"]
        calib_hi += [scored[k] >= 75 for k in keys if g.get(k) == 2]
        calib_lo += [scored[k] < 30 for k in keys if g.get(k, 0) == 0]
        fams = {o.family for o in prof.occupations if o.family}
        cand = {keys[i] for i in np.argsort(-cos)[:matching.REFRESH_CANDIDATES]} | set(
            [k for k in keys if matching.posting_occupation(jp[k]).family in fams][:FAMILY_CANDIDATES])
        recall.append(len(set(ours[:50]) & cand) / 50)
    print(f"\n{'resume':8} {'family':26} {'ours nDCG':>9} {'P@10':>5} {'bm25':>6} {'P@10':>5} {'hybrid':>7} {'P@10':>5}")
    for rid in rows:
        x = rows[rid]
        print(f"{rid:8} {fam_of[rid]:26} {x['ours'][0]:9.3f} {x['ours'][1]:5.2f} {x['bm25'][0]:6.3f} {x['bm25'][1]:5.2f}"
              f" {x['hybrid'][0]:7.3f} {x['hybrid'][1]:5.2f}")
    rids = list(rows)
    arr = {m: np.array([rows[r][m] for r in rids]) for m in ("ours", "bm25", "hybrid")}
    print("\nper profession (mean nDCG@10 over its resumes):")
    per = defaultdict(lambda: defaultdict(list))
    for rid in rids:
        for m in arr:
            per[fam_of[rid]][m].append(rows[rid][m][0])
    mins = {m: min(np.mean(per[f][m]) for f in per) for m in arr}
    for f in sorted(per):
        print(f"  {f:26} ours {np.mean(per[f]['ours']):.3f}  bm25 {np.mean(per[f]['bm25']):.3f}  "
              f"hybrid {np.mean(per[f]['hybrid']):.3f}")
    for m in arr:
        print(f"{m:7} nDCG@10 {arr[m][:, 0].mean():.3f}  P@10 {arr[m][:, 1].mean():.3f}  per-profession min {mins[m]:.3f}")
    for base in ("bm25", "hybrid"):
        d = arr["ours"][:, 0] - arr[base][:, 0]
        lo, hi = paired_bootstrap(d)
        print(f"ours − {base}: nDCG@10 {d.mean():+.3f} (95% CI {lo:+.3f}..{hi:+.3f})")
    print(f"calibration: grade-2 postings scoring ≥ 75: {np.mean(calib_hi):.1%} (target ≥ 90%); "
          f"grade-0 postings scoring < 30: {np.mean(calib_lo):.1%} (target ≥ 95%)")
    print(f"candidate stage recall@50 (nearest {matching.REFRESH_CANDIDATES} ∪ own-family postings vs all): {np.mean(recall):.3f} "
          f"(min {np.min(recall):.3f})")
    # occupation + level accuracy
    rf = [infer_occupation((r.get("current_title") or "")[:200]) for r in resumes.values()]
    print(f"resumes: family accuracy {np.mean([o.family == r['family'] for o, r in zip(rf, resumes.values())]):.3f} "
          f"(current title), level accuracy "
          f"{np.mean([matching.make_profile(r['text']).level == r['level'] for r in resumes.values()]):.3f} "
          f"(from the resume text)")
    pf = [(infer_occupation(p["title"][:200]).family == p["family"],
           infer_posting_level(p["title"], p["description"]) == p["level"]) for p in postings.values()]
    print(f"postings (all {len(pf)}, labels shared by both splits): family accuracy {np.mean([a for a, _ in pf]):.3f}, "
          f"level accuracy {np.mean([b for _, b in pf]):.3f}")


if __name__ == "__main__":
    main()
