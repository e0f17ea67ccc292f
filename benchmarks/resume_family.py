"""Resume family accuracy of the matcher on every labeled resume set (issue 11; no posting scored).

The resume's family (``matching.make_profile(text, prefs=…).family``) decides the whole top 10: when
it is wrong, nDCG@10 is ~0. This script reads it for every resume of the first set (dev + test,
``benchmarks/data/issue11/resumes.jsonl``) and of the held-back sets blind2–blind13 (each folder's
``resumes.jsonl``), with the stated target titles (``prefs_of``, as ``match_quality.py`` passes them)
and without, and compares it with the curator's label.

The family is read by ``matching.profile.read_person`` — exactly what ``make_profile`` calls, on the
same arguments (the target titles, ``signals._resume_titles`` of the text, no seniority, as
``prefs_of`` passes none) — so no resume is embedded and the whole run takes seconds.

    .venv/bin/python benchmarks/resume_family.py [--sets dev,blind13] [--hide blind9] [--no-rows]

Prints one line per set (n, accuracy with prefs, accuracy without) and the overall figures; then
every resume read wrong with or without prefs (set, id, current title, label, read with prefs, read without).
``--hide SET``: the set's accuracy is printed but its wrong rows are not (a held-out set).

Figures (412 resumes; right with prefs / without):
  main fb3a426 (score-19)          405 (0.983) / 353 (0.857); blind13 0.767 / 0.600, every other set 1.000 with prefs
  fam76 (``normalize.person_work``) 409 (0.993) / 374 (0.908); blind13 0.900 / 0.767; held-out blind11 1.000 / 0.867 -> 0.967
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import _corpus  # noqa: F401  (sets sys.path)

DATA = Path(__file__).resolve().parent / "data" / "issue11"
SETS = ("dev", "test") + tuple(f"blind{i}" for i in range(2, 21))


def load_set(name: str) -> list[dict]:
    """Resume rows (``id``, ``text``, ``family``, ``current_title``, ``preferences`` …) of one set."""
    if name in ("dev", "test"):
        ids = set(json.loads((DATA / "split.json").read_text())[name])
        path = DATA / "resumes.jsonl"
    else:
        ids, path = None, DATA / name / "resumes.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if ids is None or r["id"] in ids]


def read_family(r: dict, with_prefs: bool) -> str | None:
    """``make_profile(r["text"], prefs=prefs_of(r) if with_prefs else None).family`` without the embedding."""
    from careercopilot.services.matching.profile import read_person
    from careercopilot.services.matching.signals import _resume_titles

    text = r.get("text") or ""
    targets = [str(t) for t in ((r.get("preferences") or {}).get("titles") or []) if str(t).strip()] \
        if with_prefs else []
    return read_person(targets, _resume_titles(text), text, None)[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated set names (default: all)")
    ap.add_argument("--hide", default="", help="comma-separated sets whose wrong rows are not printed")
    ap.add_argument("--no-rows", action="store_true", help="print only the accuracies")
    args = ap.parse_args()
    hidden = {s for s in args.hide.split(",") if s}
    wrong: list[tuple] = []
    tot_n = tot_p = tot_np = 0
    print(f"{'set':8} {'n':>4} {'prefs':>6} {'no prefs':>8}")
    for name in [s for s in args.sets.split(",") if s]:
        rows = load_set(name)
        ok_p = ok_np = 0
        for r in rows:
            fp, fn = read_family(r, True), read_family(r, False)
            ok_p += fp == r["family"]
            ok_np += fn == r["family"]
            if (fp != r["family"] or fn != r["family"]) and name not in hidden:
                wrong.append((name, r["id"], (r.get("current_title") or "")[:48], r["family"], fp, fn))
        tot_n, tot_p, tot_np = tot_n + len(rows), tot_p + ok_p, tot_np + ok_np
        print(f"{name:8} {len(rows):>4} {ok_p / len(rows):>6.3f} {ok_np / len(rows):>8.3f}"
              + ("  (rows hidden)" if name in hidden else ""))
    print(f"{'overall':8} {tot_n:>4} {tot_p / tot_n:>6.3f} {tot_np / tot_n:>8.3f}  ({tot_p} and {tot_np} right)")
    if args.no_rows:
        return
    print(f"\nwrong with or without prefs ({len(wrong)} shown)")
    print(f"{'set':8} {'id':4} {'current title':48} {'label':22} {'read':22} {'no prefs'}")
    for name, rid, title, label, fp, fn in wrong:
        print(f"{name:8} {rid:4} {title:48} {label:22} {str(fp):22} {fn}")


if __name__ == "__main__":
    main()
