"""Assembles resumes.jsonl from build_part*.py (hand-written records) and prints the README table."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ns = {}
for i in range(1, 6):
    exec(open(os.path.join(HERE, f"build_part{i}.py"), encoding="utf-8").read(), ns)
R = ns["R"]
keys = ["id", "text", "family", "level", "current_title", "name", "location", "preferences"]
with open(os.path.join(os.path.dirname(HERE), "resumes.jsonl"), "w", encoding="utf-8") as f:
    for r in R:
        f.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")
print("| id | family | level | current_title | kind | format | chars |")
print("|---|---|---|---|---|---|---|")
for r in R:
    print(f"| {r['id']} | {r['family']} | {r['level']} | {r['current_title']} | {r['_kind']} | {r['_format']} | {len(r['text'])} |")
