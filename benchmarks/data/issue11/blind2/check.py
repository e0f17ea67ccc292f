#!/usr/bin/env python3
"""Validate resumes.jsonl of the held-back resume set. Prints OK or exits non-zero with the problems."""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAMILIES = Path("/work/main/benchmarks/data/issue11/families.json")
KEYS = {"id", "text", "family", "level", "current_title", "name", "location", "preferences"}
PREF_KEYS = {"titles", "locations", "remote", "salary_floor"}
CITY_ST = re.compile(r"^[A-Z][A-Za-z .'-]+, [A-Z]{2}$")


def main(path=HERE / "resumes.jsonl"):
    meta = json.loads(FAMILIES.read_text())
    families, levels = set(meta["families"]), meta["levels"]
    errs = []
    lines = [l for l in Path(path).read_text(encoding="utf-8").split("\n") if l.strip()]
    if len(lines) != 30:
        errs.append(f"expected 30 lines, got {len(lines)}")
    ids, seen_fam, lvl_count = [], set(), {l: 0 for l in levels}
    for n, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errs.append(f"line {n}: bad JSON ({e})"); continue
        rid = r.get("id", f"line{n}")
        if set(r) != KEYS:
            errs.append(f"{rid}: keys {sorted(set(r) ^ KEYS)} differ")
        ids.append(rid)
        if r.get("family") not in families:
            errs.append(f"{rid}: unknown family {r.get('family')!r}")
        else:
            seen_fam.add(r["family"])
        if r.get("level") not in levels:
            errs.append(f"{rid}: unknown level {r.get('level')!r}")
        else:
            lvl_count[r["level"]] += 1
        t = r.get("text", "")
        if not (1200 <= len(t) <= 3500):
            errs.append(f"{rid}: text length {len(t)} outside 1200..3500")
        for k in ("current_title", "name", "location"):
            if not isinstance(r.get(k), str) or not r[k].strip():
                errs.append(f"{rid}: empty {k}")
        p = r.get("preferences", {})
        if not isinstance(p, dict) or set(p) != PREF_KEYS:
            errs.append(f"{rid}: preferences keys wrong"); continue
        if not (isinstance(p["titles"], list) and 2 <= len(p["titles"]) <= 4 and all(isinstance(x, str) and x for x in p["titles"])):
            errs.append(f"{rid}: preferences.titles must be 2-4 strings")
        if not (isinstance(p["locations"], list) and p["locations"] and all(isinstance(x, str) and CITY_ST.match(x) for x in p["locations"])):
            errs.append(f"{rid}: preferences.locations must be 'City, ST' strings")
        if not isinstance(p["remote"], bool):
            errs.append(f"{rid}: preferences.remote must be bool")
        sf = p["salary_floor"]
        if sf is not None and not (isinstance(sf, dict) and set(sf) == {"currency", "amount"}
                                   and isinstance(sf["currency"], str) and isinstance(sf["amount"], (int, float)) and sf["amount"] > 0):
            errs.append(f"{rid}: salary_floor must be null or {{currency, amount}}")
        if re.search(r"@(?!example\.com)[\w.-]+\.\w+", t):
            errs.append(f"{rid}: e-mail outside example.com")
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if sorted(ids) != [f"b{i:02d}" for i in range(1, 31)]:
        errs.append("ids are not exactly b01..b30")
    missing = families - seen_fam
    if missing:
        errs.append(f"families missing: {sorted(missing)}")
    mins = {"entry": 4, "senior": 4, "lead": 4, "executive": 2}
    for l, m in mins.items():
        if lvl_count[l] < m:
            errs.append(f"level {l}: {lvl_count[l]} < {m}")
    if errs:
        print("\n".join(errs)); sys.exit(1)
    print("levels:", lvl_count)
    print("OK")


if __name__ == "__main__":
    main(*sys.argv[1:])
