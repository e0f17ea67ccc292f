"""The top ten of ``ours`` for chosen resumes of a split, with each posting's grade, curator
family/level and our reading of it — to study the worst resumes of ``match_quality.py``.

    .venv/bin/python benchmarks/top10.py --split blind4 d11 d30
"""

from __future__ import annotations

import argparse

import _corpus
import match_quality as mq


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    ap.add_argument("ids", nargs="+")
    args = ap.parse_args()
    from careercopilot.services import matching

    postings, resumes, grades = mq.load(args.split)
    keys = list(postings)
    jp = {k: mq.to_posting(i, postings[k]) for i, k in enumerate(keys)}
    chunks = mq.embed(keys, jp, True)
    for rid in args.ids:
        r = resumes[rid]
        prof = matching.make_profile(r["text"], prefs=mq.prefs_of(r))
        expl = {k: matching.score_posting(prof, jp[k], chunks[k], now=_corpus.NOW) for k in keys}
        ours = sorted(keys, key=lambda k: -expl[k].score)
        g = grades[rid]
        print(f"\n{rid} {r['family']}/{r['level']} read {prof.family}/{prof.level} nDCG {mq.ndcg(ours, g):.3f}")
        for k in ours[:10]:
            occ = matching.posting_occupation(jp[k])
            print(f"  g{g.get(k, 0)} {expl[k].score:5.1f} {postings[k]['family'][:14]:14} {postings[k]['level']:9} "
                  f"read {str(occ.family)[:14]:14} {occ.level:9} | {postings[k]['title'][:60]}")
        best = [k for k in keys if g.get(k) == 2 and k not in ours[:10]][:5]
        for k in best:
            occ = matching.posting_occupation(jp[k])
            print(f"  missed g2 {expl[k].score:5.1f} rank {ours.index(k) + 1} read {occ.family}/{occ.level} "
                  f"| {postings[k]['title'][:60]}")


if __name__ == "__main__":
    main()
