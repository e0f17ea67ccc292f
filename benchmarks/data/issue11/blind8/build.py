#!/usr/bin/env python3
"""Build /work/team/blind8/resumes.jsonl from part1.py..part4.py; asserts ids h01..h30 and 1,300-2,000 chars per text.
`python3 build.py --table` also prints the README table and counts."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import part1, part2, part3, part4  # noqa: E402

items = part1.RECORDS + part2.RECORDS + part3.RECORDS + part4.RECORDS
ids = [it["record"]["id"] for it in items]
assert ids == [f"h{i:02d}" for i in range(1, 31)], ids
fams = json.load(open("/work/main/benchmarks/data/issue11/families.json", encoding="utf-8"))
for it in items:
    r = it["record"]
    n = len(r["text"])
    assert 1300 <= n <= 2000, (r["id"], n)
    assert r["family"] in fams["families"], (r["id"], r["family"])
    assert r["level"] in fams["levels"], (r["id"], r["level"])
assert len({it["record"]["family"] for it in items}) == 24
lv = Counter(it["record"]["level"] for it in items)
assert all(lv[l] >= 4 for l in fams["levels"]), lv

with open(os.path.join(HERE, "resumes.jsonl"), "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it["record"], ensure_ascii=False) + "\n")
lens = [len(it["record"]["text"]) for it in items]
print(f"wrote {len(items)} records, text {min(lens)}-{max(lens)} chars")

if "--table" in sys.argv:
    print("| id | family | level | current_title | kind | format |")
    print("|---|---|---|---|---|---|")
    for it in items:
        r = it["record"]
        print(f"| {r['id']} | {r['family']} | {r['level']} | {r['current_title']} | {it['kind']} | {it['format']} |")
    fc = Counter(it["record"]["family"] for it in items)
    print("\nfamilies:", ", ".join(f"{k} {v}" for k, v in sorted(fc.items())))
    print("levels:", ", ".join(f"{l} {lv[l]}" for l in fams["levels"]))
