#!/usr/bin/env python3
"""Assemble resumes.jsonl from the hand-written part1.py..part4.py (batch blind9, ids i01-i30).

python3 build.py          writes resumes.jsonl (asserts 1,300-2,200 chars per text, ids i01-i30, 24 families, >= 4 per level)
python3 build.py --table  also prints the README records table and counts
"""
import collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import RECORDS  # noqa: E402
import part1, part2, part3, part4  # noqa: E402,F401  (registering records)

fam = json.load(open("/work/main/benchmarks/data/issue11/families.json", encoding="utf-8"))
LEVELS = fam["levels"]

ids = [r["id"] for r in RECORDS]
assert ids == [f"i{n:02d}" for n in range(1, 31)], ids
for r in RECORDS:
    assert 1300 <= len(r["text"]) <= 2200, (r["id"], len(r["text"]))
    assert r["family"] in fam["families"] and r["level"] in LEVELS, r["id"]
fc = collections.Counter(r["family"] for r in RECORDS)
lc = collections.Counter(r["level"] for r in RECORDS)
assert set(fc) == set(fam["families"]), set(fam["families"]) - set(fc)
assert all(lc[l] >= 4 for l in LEVELS), lc

KEYS = ["id", "text", "family", "level", "current_title", "name", "location", "preferences"]
with open(os.path.join(HERE, "resumes.jsonl"), "w", encoding="utf-8") as f:
    for r in RECORDS:
        f.write(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False) + "\n")

if "--table" in sys.argv:
    print("| id | family | level | current_title | kind | format | chars |")
    print("|---|---|---|---|---|---|---|")
    for r in RECORDS:
        print(f"| {r['id']} | {r['family']} | {r['level']} | {r['current_title']} | {r['_kind']} | {r['_fmt']} | {len(r['text']):,} |")
    print()
    print("Levels: " + ", ".join(f"{l} {lc[l]}" for l in LEVELS))
    print("Families: " + ", ".join(f"{k} {v}" for k, v in sorted(fc.items())))
    lens = [len(r["text"]) for r in RECORDS]
    print(f"Text length: {min(lens):,}-{max(lens):,} (mean {sum(lens)/len(lens):,.0f})")
print(f"wrote resumes.jsonl ({len(RECORDS)} records)")
