"""Sum JUnit XML reports into one closing line, naming each failing test; exit 1 on any failure,
error or missing e2e."""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
per_file = {}
failing = []  # (phase, "classname::name", first line of the failure message)
for name in sys.argv[1:]:
    path = Path(name)
    if not path.exists():
        print(f"missing report {name}")
        totals["errors"] += 1
        continue
    root = ET.parse(path).getroot()
    suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
    counts = {k: sum(int(s.get(k, 0)) for s in suites) for k in totals}
    per_file[path.stem] = counts
    for case in root.iter("testcase"):
        for tag in ("failure", "error"):
            for bad in case.findall(tag):
                message = (bad.get("message") or bad.text or "").strip().splitlines()
                failing.append((path.stem, f"{case.get('classname')}::{case.get('name')}",
                                f"{tag}: {message[0][:300] if message else ''}"))
    for k in totals:
        totals[k] += counts[k]
for stem, c in per_file.items():
    print(f"{stem}: {c['tests'] - c['failures'] - c['errors'] - c['skipped']} passed, "
          f"{c['failures'] + c['errors']} failed, {c['skipped']} skipped")
# The failing tests' names close the log, so a tail of CI's output names them.
for stem, name, message in failing:
    print(f"FAILED [{stem}] {name}\n    {message}")
e2e = per_file.get("e2e", {"tests": 0, "skipped": 0})
print(f"e2e tests that drove chromium: {e2e['tests'] - e2e['skipped']}")
passed = totals["tests"] - totals["failures"] - totals["errors"] - totals["skipped"]
failed = totals["failures"] + totals["errors"]
print(f"{passed} passed, {failed} failed, {totals['skipped']} skipped")
sys.exit(1 if failed or e2e["tests"] == 0 or e2e["skipped"] else 0)
