#!/usr/bin/env python3
"""Build resumes.jsonl from part1.py..part4.py. `--table` prints the README records table and counts."""
import collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402
import part1, part2, part3, part4  # noqa: E402,F401

recs = sorted(common.RECORDS, key=lambda r: r["id"])
for r in recs:
    n = len(r["text"])
    assert 1300 <= n <= 2000, (r["id"], n)
assert [r["id"] for r in recs] == [f"f{i:02d}" for i in range(1, 31)], [r["id"] for r in recs]

with open(os.path.join(HERE, "resumes.jsonl"), "w", encoding="utf-8") as f:
    for r in recs:
        out = {k: v for k, v in r.items() if not k.startswith("_")}
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

if "--table" in sys.argv:
    print("| id | family | level | current_title | kind | format |")
    print("|---|---|---|---|---|---|")
    for r in recs:
        print(f"| {r['id']} | {r['family']} | {r['level']} | {r['current_title']} | {r['_kind']} | {r['_fmt']} |")
    print()
    lv = collections.Counter(r["level"] for r in recs)
    print("levels:", ", ".join(f"{k} {lv[k]}" for k in ["entry", "mid", "senior", "lead", "executive"]))
    fm = collections.Counter(r["family"] for r in recs)
    print("families:", ", ".join(f"{k} {v}" for k, v in sorted(fm.items())))
    ln = [len(r["text"]) for r in recs]
    print(f"text length: {min(ln)}-{max(ln)}")
else:
    print(f"wrote {len(recs)} records")
