#!/usr/bin/env python3
"""Build blind20/resumes.jsonl from the hand-written part1..part4 (common.rec).
--table prints the Markdown records table and counts for README.md."""
import collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import part1, part2, part3, part4  # noqa: E402

def _families_json():
    """families.json: --families PATH, else ../families.json next to this folder."""
    for i, a in enumerate(sys.argv):
        if a == "--families" and i + 1 < len(sys.argv):
            return sys.argv[i + 1]
        if a.startswith("--families="):
            return a.split("=", 1)[1]
    rel = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "families.json")
    return rel


fam = json.load(open(_families_json(), encoding="utf-8"))
LEVELS = fam["levels"]
items = part1.RECORDS + part2.RECORDS + part3.RECORDS + part4.RECORDS
recs = [it["record"] for it in items]

ids = [r["id"] for r in recs]
assert ids == [f"v{n:02d}" for n in range(1, 31)], ids
for r in recs:
    assert 1200 <= len(r["text"]) <= 2600, (r["id"], len(r["text"]))
    assert r["family"] in fam["families"], r["id"]
    assert r["level"] in LEVELS, r["id"]
assert len(set(r["family"] for r in recs)) == 24, set(fam["families"]) - set(r["family"] for r in recs)
lv = collections.Counter(r["level"] for r in recs)
assert all(lv[l] >= 4 for l in LEVELS), lv

with open(os.path.join(HERE, "resumes.jsonl"), "w", encoding="utf-8") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

if "--table" in sys.argv:
    print("| id | family | level | current_title | location | chars | kind | format |")
    print("|---|---|---|---|---|---|---|---|")
    for it in items:
        r = it["record"]
        print(f"| {r['id']} | {r['family']} | {r['level']} | {r['current_title']} | {r['location']} | {len(r['text'])} | {it['kind']} | {it['format']} |")
    print()
    print("Levels: " + ", ".join(f"{l} {lv[l]}" for l in LEVELS))
    fc = collections.Counter(r["family"] for r in recs)
    print("Families: " + ", ".join(f"{f} {fc[f]}" for f in fam["families"]))
    lens = [len(r["text"]) for r in recs]
    print(f"Text length: {min(lens)}-{max(lens)} characters")
    print("Formats: " + ", ".join(f"{k} {v}" for k, v in collections.Counter(it['format'] for it in items).items()))
else:
    print(f"wrote {len(recs)} records to resumes.jsonl")
