#!/usr/bin/env python3
"""Validate blind20/resumes.jsonl: keys, family in families.json, level in the ladder, unique ids, lengths. Prints OK."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
def _families_json():
    """families.json: --families PATH, else ../families.json next to this folder."""
    for i, a in enumerate(sys.argv):
        if a == "--families" and i + 1 < len(sys.argv):
            return sys.argv[i + 1]
        if a.startswith("--families="):
            return a.split("=", 1)[1]
    rel = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "families.json")
    return rel


FAMILIES_JSON = _families_json()
KEYS = {"id", "text", "family", "level", "current_title", "name", "location", "preferences"}
PREF_KEYS = {"titles", "locations", "remote", "salary_floor"}
MIN_CHARS, MAX_CHARS = 1200, 2600

fam = json.load(open(FAMILIES_JSON, encoding="utf-8"))
families, levels = set(fam["families"]), list(fam["levels"])
assert levels == ["entry", "mid", "senior", "lead", "executive"], levels

errors, ids = [], []
path = os.path.join(HERE, "resumes.jsonl")
with open(path, encoding="utf-8") as f:
    lines = [l for l in f.read().split("\n") if l.strip()]
for n, line in enumerate(lines, 1):
    try:
        r = json.loads(line)
    except json.JSONDecodeError as e:
        errors.append(f"line {n}: bad JSON ({e})"); continue
    rid = r.get("id", f"line{n}")
    ids.append(rid)
    def err(msg): errors.append(f"{rid}: {msg}")
    if set(r) != KEYS: err(f"keys {sorted(r)} != {sorted(KEYS)}")
    if not re.fullmatch(r"v(0[1-9]|[12][0-9]|30)", str(rid)): err("id not in v01..v30")
    if r.get("family") not in families: err(f"family {r.get('family')!r} not in families.json")
    if r.get("level") not in levels: err(f"level {r.get('level')!r} not in ladder")
    for k in ("text", "current_title", "name", "location"):
        if not isinstance(r.get(k), str) or not r.get(k).strip(): err(f"{k} empty or not a string")
    t = r.get("text", "")
    if not (MIN_CHARS <= len(t) <= MAX_CHARS): err(f"text length {len(t)} outside {MIN_CHARS}-{MAX_CHARS}")
    for e in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", t):
        if not e.endswith("@example.com"): err(f"email {e} not @example.com")
    for p in re.findall(r"555-\d{4}", t):
        if not p.startswith("555-01"): err(f"phone {p} not 555-01xx")
    if not re.search(r"555-01\d\d", t): err("no 555-01xx phone")
    p = r.get("preferences")
    if not isinstance(p, dict) or set(p) != PREF_KEYS:
        err(f"preferences keys {sorted(p) if isinstance(p, dict) else p}"); continue
    if not (isinstance(p["titles"], list) and p["titles"] and all(isinstance(x, str) and x for x in p["titles"])): err("preferences.titles")
    if not (isinstance(p["locations"], list) and p["locations"] and all(isinstance(x, str) and x for x in p["locations"])): err("preferences.locations")
    if not isinstance(p["remote"], bool): err("preferences.remote not bool")
    sf = p["salary_floor"]
    if not (isinstance(sf, dict) and set(sf) == {"currency", "amount"} and sf["currency"] == "USD"
            and isinstance(sf["amount"], int) and 15000 <= sf["amount"] <= 500000): err(f"salary_floor {sf}")

if len(ids) != len(set(ids)): errors.append("duplicate ids: " + str(sorted({i for i in ids if ids.count(i) > 1})))
if len(ids) != 30: errors.append(f"{len(ids)} records, expected 30")
fams = {json.loads(l)["family"] for l in lines}
if len(fams) != 24: errors.append(f"only {len(fams)} families, expected 24")

if errors:
    print("\n".join(errors)); sys.exit(1)
print(f"OK blind20 ({len(ids)} records, {len(fams)} families)")
