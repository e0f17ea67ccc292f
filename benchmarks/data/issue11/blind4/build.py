#!/usr/bin/env python3
"""Concatenate the hand-written build_part1..5 records into resumes.jsonl (sorted by id)."""
import json, os
import build_part1, build_part2, build_part3, build_part4, build_part5

HERE = os.path.dirname(os.path.abspath(__file__))
records = []
for m in (build_part1, build_part2, build_part3, build_part4, build_part5):
    records.extend(m.RECORDS)
records.sort(key=lambda r: r["id"])
with open(os.path.join(HERE, "resumes.jsonl"), "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"wrote {len(records)} records")
