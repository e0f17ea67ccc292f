#!/usr/bin/env python3
"""Build /work/team/blind5/resumes.jsonl from the hand-written part1..part4.py files."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import part1, part2, part3, part4  # noqa: F401  (each appends to common.R)
from common import R
R.sort(key=lambda r: r["id"])
with open(os.path.join(HERE, "resumes.jsonl"), "w", encoding="utf-8") as f:
    for r in R:
        rec = {"id": r["id"], "text": r["text"], "family": r["family"], "level": r["level"],
               "current_title": r["current_title"], "name": r["name"], "location": r["location"],
               "preferences": {"titles": r["titles"], "locations": r["locations"], "remote": r["remote"],
                               "salary_floor": {"currency": "USD", "amount": r["salary"]}}}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
if "--table" in sys.argv:
    for r in R:
        print(f"| {r['id']} | {r['family']} | {r['level']} | {r['current_title']} | {r['kind']} | {r['fmt']} |")
print(f"wrote {len(R)} records", file=sys.stderr)
