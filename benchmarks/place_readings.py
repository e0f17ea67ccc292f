"""How the posting place reader reads the recorded location strings, and where the two place
readers (preferences: ``parse_place_list``; postings: ``posting_places``) disagree.

Data: ``benchmarks/data/issue11/postings.jsonl`` (1,345 LinkedIn US postings, 518 distinct
location strings — all in the US) and the demo feed ``careercopilot/data/demo_feed`` (1,005
postings through their connectors' ``parse_payload``, 385 distinct location values).

    .venv/bin/python benchmarks/place_readings.py [-v]

Prints, per data set, postings (distinct values) whose location gives no place, whose places
lie outside the US (issue 11 set only: every posting there is in the US), and whose text the
two readers read differently (areas such as "EMEA" and the remote place are left out of the
comparison: postings keep them as work mode / allowed regions). ``-v`` lists them.

Figures (2026-12-06): issue 11 — no place 1 (1) → 0; outside the US 36 (31) → 0 ("Blue
Bell, PA" was Panama, "Ladson, SC" the Seychelles, "Belgrade, MT" Malta); readers disagree
377 (134) → 330 (92), what remains being NYC agency addresses ("1 Centre St., N.Y., New
York, NY") the preference reader cannot read whole. Demo feed — no place 9 (8) → 8 (7)
(area-only texts: "Europe", "North America Only"); disagree 52 (47) → 2 (2): "Remote, USA
Only" (the preference reader leaves "USA Only" unread) and "Remote, PT/ET hours preferred"
(it reads "PT" as Portugal; the posting reader drops time-zone notes).

2026-12-07 (prefs65: time zones, parts of states, neighbourhoods, towns sharing a state): issue
11 unchanged (no place 0, outside the US 0, disagree 520 (110)); demo feed disagree 10 (5) → 9
(4): "Remote, PT/ET hours preferred" is now a time-zone window of the remote place
(``normalize.place_zones``), no longer Portugal.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from careercopilot.normalize.places import parse_place_list, posting_places  # noqa: E402

ISSUE11 = ROOT / "benchmarks/data/issue11/postings.jsonl"


def _demo_locations() -> Counter:
    from careercopilot.connectors import get_source
    from careercopilot.services.sources import demo_manifest, demo_payloads

    out: Counter = Counter()
    for e in demo_manifest():
        c = get_source(e["type"], token=e["token"], base_url=e.get("base_url"), company=e.get("company"),
                       fetcher=None)
        for payload in demo_payloads(e["type"], e["token"]):
            for raw in c.parse_payload(payload, company=e.get("company")):
                out[json.dumps(raw.location, sort_keys=True, default=str)] += 1
    return out


def _triples(places) -> list[tuple]:
    return [(p.name, p.region, p.country) for p in places if p.kind in ("city", "region", "country")]


def measure(name: str, values: Counter, *, us_only: bool, verbose: bool) -> None:
    counts = {"no place": [0, 0], "outside the US": [0, 0], "readers disagree": [0, 0]}
    for key, n in values.items():
        value = json.loads(key)
        posted = posting_places(value)
        hits = {"no place": not posted,
                "outside the US": us_only and any(p.country != "US" for p in posted),
                "readers disagree": isinstance(value, str)
                and _triples(posted) != _triples(parse_place_list(value)[0])}
        for what, hit in hits.items():
            if hit:
                counts[what][0] += n
                counts[what][1] += 1
                if verbose:
                    print(f"  {what}: {n} × {value!r} → {_triples(posted)}")
    total = sum(values.values())
    print(f"{name}: {total} postings, {len(values)} distinct location values")
    for what, (n, d) in counts.items():
        if what != "outside the US" or us_only:
            print(f"  {what}: {n} postings ({d} distinct)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    issue11 = Counter(json.dumps(json.loads(line)["location"]) for line in ISSUE11.open(encoding="utf-8"))
    measure("issue 11 postings", issue11, us_only=True, verbose=args.verbose)
    measure("demo feed", _demo_locations(), us_only=False, verbose=args.verbose)


if __name__ == "__main__":
    main()
