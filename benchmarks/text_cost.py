"""Cost of reading untrusted resume / posting text (``services.resumes.parse_text``: fields +
skills; ``services.matching.signals`` title reading), as a RATIO to a realistic resume of the
same size measured in the same run — linear work keeps the ratio flat as the size doubles.

Hostile shapes (perf75 probe): long whitespace runs, repeated separators ", " / " and ",
repeated bullets, repeated date lines, one long line, nested parentheses, many skill mentions,
repeated "Remote, ". Before perf75 a 10 KB / 20 KB whitespace run took 6.6 s / 35.6 s and a 50 KB
resume 118–172 s on a loaded 2-core box. Usage: ``python benchmarks/text_cost.py [--kb 10 20 40]
[--shape NAME]``.

Recorded (2-core box shared with other runs, CPU seconds at 10 KB, old = main 9ee2328 / new = perf75):
realistic 0.50 / 0.11; whitespace run 2.94 / 0.02; comma list 3.96 / 0.34; dotted run 7.95 / 0.05;
hyphen words 2.42 / 0.05; url-like run 3.03 / 0.04; one long line 2.89 / 0.57. Old code grows ~4× per
doubling (whitespace run 0.46 → 1.82 s at 4 → 8 KB); new ratios stay flat at 10/20/40 KB (one long
line 5.1 / 5.2 / 5.4, comma list 3.0 / 3.3 / 3.0).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

REALISTIC = (ROOT / "tests/fixtures/resumes/bookkeeper_trial41.txt").read_text()


def _fill(unit: str, size: int, head: str = "Jane Doe\nSoftware Engineer\n\n") -> str:
    return head + unit * max(1, (size - len(head)) // len(unit))


def shapes(size: int) -> dict[str, str]:
    """Hostile text shapes of about ``size`` characters, by name; "realistic" is the baseline."""
    return {
        "realistic": _fill(REALISTIC + "\n", size, ""),
        "whitespace run": _fill(" ", size, "Jane Doe\nPython developer "),
        "mixed whitespace run": _fill(" \t \n ", size),
        "comma list": _fill("python, ", size),
        "and list": _fill("python and ", size),
        "worked-with bullets": _fill("- worked with python, ", size),
        "bullet lines": _fill("- Built Django services with PostgreSQL and Docker\n", size),
        "date lines": _fill("Software Engineer, Acme — Jan 2019 – Mar 2021\n", size),
        "bare date lines": _fill("2019 - 2021\n", size),
        "one long line": _fill("Python Django SQL Excel nursing telemetry ", size).replace("\n", " "),
        "nested parentheses": _fill("(", size // 2) + "python" + ")" * (size // 2),
        "skill mentions": _fill("Python, SQL, Excel, telemetry, ICU, accounts payable and receivable; ", size),
        "remote commas": _fill("Remote, ", size),
        "separator words": _fill("a, b and c or d & ", size),
        "hyphen words": _fill("a-" , size),
        "title lines": _fill("Senior Software Engineer\n", size),
        "pipe line": _fill("Python | ", size),
        "dates on one line": _fill("Jan 2019 - Mar 2021, ", size),
        "newline run": _fill("\n", size, "Jane Doe\nSoftware Engineer 2019 - 2021\n") + "Intern 2019 - 2020 " * 3,
        "dotted run": _fill("a-.", size),
        "email-like run": _fill("a.b%", size),
        "one long word": _fill("a", size),
        "digit run": _fill("1", size),
        "years of experience": _fill("5 years of ", size),
        "url-like run": _fill("www.a", size),
        "slash list": _fill("python/", size),
        "capitalized words": _fill("Senior Python ", size),
        "angle brackets": _fill("<a ", size),
        "open tags": _fill("<b>python ", size),
        "scheme words": _fill("data: ", size),
        "section headings": _fill("Requirements:\n", size),
        "nice-to-have lines": _fill("Nice to have: Python, SQL and Docker is a plus\n", size),
    }


def parse_cost(text: str) -> float:
    """CPU seconds of one full reading of ``text`` as a resume (fields + skills, as on upload) and
    as a posting description (sections + skills, occupation), as on a clip or a board sync."""
    from careercopilot.normalize.occupation_postings import read_posting_occupation
    from careercopilot.normalize.skills import extract_posting_skills
    from careercopilot.services.resumes import parse_text

    t = time.process_time()
    parse_text(text)
    extract_posting_skills(text)
    read_posting_occupation("Software Engineer", text)
    return time.process_time() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kb", type=int, nargs="+", default=[10, 20, 40])
    ap.add_argument("--shape", action="append")
    args = ap.parse_args()
    for text in shapes(500).values():  # lazy tables and first-call costs out of the figures
        parse_cost(text)
    print(f"{'shape':24}" + "".join(f"{f'{kb} KB s':>10}{'ratio':>8}" for kb in args.kb))
    rows: dict[str, list[tuple[float, float]]] = {}
    for kb in args.kb:
        table = shapes(kb * 1000)
        base = parse_cost(table["realistic"])
        for name, text in table.items():
            if args.shape and name not in args.shape and name != "realistic":
                continue
            s = parse_cost(text) if name != "realistic" else base
            rows.setdefault(name, []).append((s, s / max(base, 1e-6)))
    for name, cells in rows.items():
        print(f"{name:24}" + "".join(f"{s:10.3f}{r:8.2f}" for s, r in cells), flush=True)


if __name__ == "__main__":
    main()
