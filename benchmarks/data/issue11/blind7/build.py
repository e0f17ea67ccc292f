#!/usr/bin/env python3
"""Build /work/team/blind7/resumes.jsonl from hand-written part1.py..part4.py. --table prints the README table and counts."""
import collections, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import part1, part2, part3, part4  # noqa: F401  (each appends to common.RECORDS)
from common import RECORDS

ids = [r["id"] for r in RECORDS]
assert ids == [f"g{i:02d}" for i in range(1, 31)], ids
for r in RECORDS:
    assert 1300 <= len(r["text"]) <= 2000, (r["id"], len(r["text"]))
with open(os.path.join(HERE, "resumes.jsonl"), "w", encoding="utf-8") as f:
    for r in RECORDS:
        f.write(json.dumps({k: v for k, v in r.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
if "--table" in sys.argv:
    print("| id | family | level | current_title | kind | format |\n|---|---|---|---|---|---|")
    for r in RECORDS:
        print(f"| {r['id']} | {r['family']} | {r['level']} | {r['current_title']} | {r['_kind']} | {r['_format']} |")
    lv = collections.Counter(r["level"] for r in RECORDS)
    print(f"\nLevels: " + ", ".join(f"{l} {lv[l]}" for l in ["entry", "mid", "senior", "lead", "executive"]))
    print(f"Families: {len({r['family'] for r in RECORDS})} of 24; text lengths {min(len(r['text']) for r in RECORDS)}-{max(len(r['text']) for r in RECORDS)}")
