"""Match quality: our ranking vs a BM25 keyword baseline on hand-labeled sets, same run.

Data (committed, in data/): four sets, each written and graded 0/1/2 BEFORE it was ever run:

* set 1 — match_resumes.json (8 resumes across professions, with preferences),
  match_written_postings.json + the recorded payloads in tests/fixtures/job-boards (78
  postings), match_labels.json. The weights in ``services.matching`` were tuned on it.
* sets 2-4 — match_set{2,3,4}_{resumes,postings,labels}.json: 4 / 6 / 6 more resumes and
  120 more postings each, written and graded by a separate agent that never saw the
  ranker's code or output (each file's ``_about`` gives the rubric: a preference the
  posting contradicts caps a good fit at 1). Set 2 then served to find bugs in the
  preference checks; set 3 was run once as held-out (ours 0.966 vs BM25 0.963 nDCG@10) and
  then also used to find normalization bugs (provinces, remote regions, "$" in Canada,
  sponsor-register phrases) and to choose the location/work-mode/salary dealbreaker
  factor; set 4 is the final held-out set, run only after all of that.

Every posting gets the same posted date, so freshness carries no signal here. Labels of a
later set cover its new resumes × every posting and the earlier resumes × its new postings.

Prints, per view (set 1; sets 1+2; set 3; set 4; all), per-resume and mean nDCG@10 (gains
2^grade − 1) and precision@10 (grade ≥ 1) for ``ours`` (services.matching.score_posting),
``semantic-only`` (our chunked embedding similarity alone) and ``bm25`` (rank-bm25 Okapi
over the same title + description texts, the resume text as query; IDF over the view's
postings), plus a 95 % paired-bootstrap interval (resumes resampled) of ours − bm25.

    .venv/bin/python benchmarks/match_quality.py [--sensitivity]

``--sensitivity`` also re-ranks all sets with each weight of ``matching.WEIGHTS`` scaled by
0.7 and 1.3 (one at a time) and prints the mean nDCG@10 / P@10 of each, so a tuned point
can be told apart from a spike that exists only at one setting.
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


SETS = (  # (resumes file, labels file) in the order they were written
    ("match_resumes.json", "match_labels.json"),
    ("match_set2_resumes.json", "match_set2_labels.json"),
    ("match_set3_resumes.json", "match_set3_labels.json"),
    ("match_set4_resumes.json", "match_set4_labels.json"),
)


def load_sets() -> tuple[dict, dict, dict]:
    """``(resumes, views, postings)`` of sets 1-4 (see module doc).

    views: ``{view name: {resume id: {posting key: grade}}}``: ``set1`` (8 resumes × its
    78 postings), ``set1+2`` (12 × 198), ``set3`` (its 6 resumes × 318), ``set4`` (its 6
    resumes × all 438 postings: the final held-out set) and ``all`` (24 × 438). Raises
    SystemExit when labels and corpus disagree.
    """
    labels = [json.loads((_corpus.DATA / lab).read_text()) for _, lab in SETS]
    resumes_by_set = [json.loads((_corpus.DATA / res).read_text()) for res, _ in SETS]
    resumes = {rid: r for rs in resumes_by_set for rid, r in rs.items()}
    postings = _corpus.load_postings(same_date=True, include_set2=True, include_set3=True, include_set4=True)
    missing = set(labels[0]["postings"]) - set(postings)
    if missing:
        raise SystemExit(f"set-1 labels name {len(missing)} postings the corpus lacks: {sorted(missing)[:5]}")
    merged: dict[str, dict[str, int]] = {}
    for rid in resumes:
        g: dict[str, int] = {}
        for lab in labels:
            g.update(lab["grades"].get(rid, {}))
        lacking = set(postings) - set(g)
        if lacking:
            raise SystemExit(f"resume {rid!r} has no grade for {len(lacking)} postings: {sorted(lacking)[:5]}")
        merged[rid] = g
    upto = {n: [k for k in postings if not any(k.startswith(f"w{i}:") for i in range(n + 1, 5))] for n in (2, 3)}
    views = {
        "set1": labels[0]["grades"],
        "set1+2": {rid: {k: merged[rid][k] for k in upto[2]} for rid in [*resumes_by_set[0], *resumes_by_set[1]]},
        "set3": {rid: {k: merged[rid][k] for k in upto[3]} for rid in resumes_by_set[2]},
        "set4": {rid: merged[rid] for rid in resumes_by_set[3]},
        "all": merged,
    }
    return resumes, views, postings


def paired_bootstrap(diffs: list[float], n: int = 10_000, seed: int = 1) -> tuple[float, float]:
    """95 % percentile interval of the mean of per-resume differences, resumes resampled."""
    rnd = np.random.default_rng(seed)
    d = np.asarray(diffs)
    means = d[rnd.integers(0, len(d), size=(n, len(d)))].mean(axis=1)
    return float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def evaluate(name: str, rankings: dict[str, dict[str, list[str]]], grades: dict[str, dict[str, int]]) -> np.ndarray:
    """Print the per-resume table of one set; return the per-resume rows."""
    rids = list(grades)
    print(f"\n== {name}: {len(rids)} resumes × {len(next(iter(grades.values())))} postings ==")
    print(f"{'resume':12} {'ours nDCG':>10} {'P@10':>6} {'sem nDCG':>9} {'P@10':>6} {'bm25 nDCG':>10} {'P@10':>6}"
          f" {'ideal P@10':>10}")
    rows = []
    for rid in rids:
        g = grades[rid]
        r = rankings[rid]
        row = [ndcg(r[m], g) if i % 2 == 0 else precision(r[m], g) for m in ("ours", "sem", "bm25") for i in (0, 1)]
        ideal = min(K, sum(1 for v in g.values() if v >= 1)) / K
        rows.append(row)
        print(f"{rid:12} {row[0]:10.3f} {row[1]:6.2f} {row[2]:9.3f} {row[3]:6.2f} {row[4]:10.3f} {row[5]:6.2f} {ideal:10.2f}")
    a = np.asarray(rows)
    m = a.mean(axis=0)
    print(f"{'MEAN':12} {m[0]:10.3f} {m[1]:6.2f} {m[2]:9.3f} {m[3]:6.2f} {m[4]:10.3f} {m[5]:6.2f}")
    lo, hi = paired_bootstrap(list(a[:, 0] - a[:, 4]))
    plo, phi = paired_bootstrap(list(a[:, 1] - a[:, 5]))
    print(f"ours − bm25: nDCG@10 {m[0] - m[4]:+.3f} (95% CI {lo:+.3f}..{hi:+.3f}), P@10 {m[1] - m[5]:+.3f} "
          f"(95% CI {plo:+.3f}..{phi:+.3f}); ours > bm25 nDCG on {int((a[:, 0] > a[:, 4] + 1e-9).sum())}, "
          f"tie {int((abs(a[:, 0] - a[:, 4]) <= 1e-9).sum())}, below on {int((a[:, 0] < a[:, 4] - 1e-9).sum())} resumes")
    return a


def main() -> None:
    from rank_bm25 import BM25Okapi

    from careercopilot.integrations import embeddings as emb
    from careercopilot.services import matching

    resumes, grades, postings = load_sets()
    t0 = time.perf_counter()
    keys_all = list(postings)
    items = matching.embed_postings([postings[k] for k in keys_all])
    chunks = {k: it.chunk_vectors for k, it in zip(keys_all, items)}
    matching.title_vectors([postings[k].title for k in keys_all])  # title component, one batch
    t_embed = time.perf_counter() - t0
    print(f"match quality: model {emb.MODEL_VERSION}, {len(keys_all)} postings embedded in {t_embed:.1f}s")
    profs = {rid: matching.make_profile(r["text"], prefs=r.get("prefs")) for rid, r in resumes.items()}

    def rank_all(set_name: str) -> dict[str, dict[str, list[str]]]:
        g = grades[set_name]
        in_view = set(next(iter(g.values())))
        keys = [k for k in keys_all if k in in_view]  # corpus order
        # BM25's IDF depends on the corpus: built per set, over the same texts we rank.
        bm25 = BM25Okapi([tokenize(f"{postings[k].title} {postings[k].description_text}") for k in keys])
        out = {}
        for rid in g:
            prof = profs[rid]
            ours = sorted(keys, key=lambda k: -matching.score_posting(prof, postings[k], chunks[k], now=_corpus.NOW).score)
            sem = sorted(keys, key=lambda k: -matching.semantic_similarity(prof.chunk_vectors, chunks[k])[0])
            scores = bm25.get_scores(tokenize(resumes[rid]["text"]))
            out[rid] = {"ours": ours, "sem": sem, "bm25": [keys[i] for i in np.argsort(-scores, kind="stable")]}
        return out

    evaluate("set 1 (the weights were tuned on it)", rank_all("set1"), grades["set1"])
    evaluate("sets 1+2 (labeled blind; used to find and fix checks)", rank_all("set1+2"), grades["set1+2"])
    evaluate("set 3 (labeled blind; held out for one run, then used like set 2)", rank_all("set3"), grades["set3"])
    h = evaluate("set 4: FINAL held-out (labeled blind, run only after every change)", rank_all("set4"), grades["set4"])
    a = evaluate("all sets", rank_all("all"), grades["all"])
    for name, arr in (("set 4 held-out", h), ("all", a)):
        m = arr.mean(axis=0)
        print(f"HEADLINE ({name}): ours nDCG@10 {m[0]:.3f} vs bm25 {m[4]:.3f} (ratio {m[0] / m[4]:.2f}); "
              f"P@10 {m[1]:.2f} vs {m[5]:.2f} (ratio {m[1] / m[5]:.2f})")
    m = a.mean(axis=0)
    if "--sensitivity" in sys.argv[1:]:
        base_w = dict(matching.WEIGHTS)
        print(f"sensitivity on all (one weight × 0.7 / × 1.3; baseline mean nDCG@10 {m[0]:.3f}, P@10 {m[1]:.2f}):")
        try:
            for name in base_w:
                out = []
                for f in (0.7, 1.3):
                    matching.WEIGHTS.clear()
                    matching.WEIGHTS.update(base_w, **{name: base_w[name] * f})
                    nd, pr = [], []
                    for rid, prof in profs.items():
                        g = grades["all"][rid]
                        ranked = sorted(keys_all, key=lambda k: -matching.score_posting(
                            prof, postings[k], chunks[k], now=_corpus.NOW).score)
                        nd.append(ndcg(ranked, g))
                        pr.append(precision(ranked, g))
                    out.append(f"×{f}: nDCG {np.mean(nd):.3f} P@10 {np.mean(pr):.2f}")
                print(f"  {name:11} " + "   ".join(out))
        finally:
            matching.WEIGHTS.clear()
            matching.WEIGHTS.update(base_w)
    print(f"weights: {matching.WEIGHTS}  semantic [{matching.SEM_LO}, {matching.SEM_HI}]  lexical "
          f"[{matching.LEX_LO}, {matching.LEX_HI}]  title [{matching.TITLE_LO}, {matching.TITLE_HI}]  "
          f"dealbreakers {matching.DEALBREAKERS}")


if __name__ == "__main__":
    main()
