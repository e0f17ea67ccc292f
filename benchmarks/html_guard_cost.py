"""Cost of the untrusted-HTML path with the linear guard (``normalize.html_guard``), as a ratio
against parsing a NORMAL page of the same byte size, measured in the same run.

For each hostile shape of about ``--kb`` KB (default 660, attack54 row 302's size) it prints:
guard time, guard + the parsers that follow it (lxml ``document_fromstring``, ``nh3.clean``),
and ``ratio`` = that total ÷ (lxml + nh3 on a normal page of the same size). Before the guard,
the attribute flood alone cost lxml 0.5 s at 10k attributes, 2.7 s at 20k, 9.9 s at 40k (attack54
row 315); ``--unguarded`` adds that column here for the shapes small enough to time (may take
minutes). Usage: ``python benchmarks/html_guard_cost.py [--kb 660] [--unguarded]``
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _fill(unit: str, size: int, head: str = "", tail: str = "") -> str:
    return head + unit * max(1, (size - len(head) - len(tail)) // len(unit)) + tail


def shapes(size: int) -> dict[str, str]:
    attrs = " ".join(f"a{i}='x'" for i in range(size // 9))
    normal = _fill("<div class='section'><h3>About the role</h3><p>We build <a href='/t'>Python</a> services with "
                   "Django and PostgreSQL for <b>hospitals</b>.</p><ul><li>Remote</li><li>Berlin</li></ul></div>\n",
                   size, "<html><head><title>Senior Python Engineer</title></head><body>", "</body></html>")
    return {
        "normal page": normal,
        "attribute flood": f"<p {attrs[:size]}>Senior Python Engineer at Acme</p>",
        "duplicate attributes": _fill(" a='x'", size, "<p", ">t</p>"),
        "namespace flood": "<p " + " ".join(f"xmlns:n{i}='u'" for i in range(size // 14)) + ">t</p>",
        "deep nesting": _fill("<div>", size // 2, "", "x") + _fill("</div>", size // 2),
        "unclosed nesting": _fill("<b>", size, "", "x"),
        "long attribute value": _fill("x", size, "<p title='", "'>t</p>"),
        "many small elements": _fill("<span>x</span>", size),
        "comments": _fill("<!-- c -->", size),
        "CDATA": _fill("<![CDATA[x]]>", size),
        "huge text node": _fill("word ", size, "<p>", "</p>"),
    }


def _time(fn, arg) -> float:
    t = time.perf_counter()
    try:
        fn(arg)
    except Exception:  # noqa: BLE001 - a parser refusing the shape is still its cost
        pass
    return time.perf_counter() - t


def main() -> None:
    import lxml.html
    import nh3

    from careercopilot.normalize.html_guard import bound_markup

    ap = argparse.ArgumentParser()
    ap.add_argument("--kb", type=int, default=660)
    ap.add_argument("--unguarded", action="store_true", help="also time the parsers on the raw shape")
    args = ap.parse_args()
    pages = shapes(args.kb * 1000)

    def parse(page: str) -> float:
        return _time(lxml.html.document_fromstring, page) + _time(nh3.clean, page)

    base = min(parse(pages["normal page"]) for _ in range(3))
    print(f"normal page {len(pages['normal page'])} B: lxml+nh3 {base:.3f} s")
    print(f"{'shape':24} {'bytes':>9} {'guard s':>8} {'guard+parse s':>14} {'ratio':>6} {'attrs/tags dropped':>20}"
          + ("  unguarded s" if args.unguarded else ""))
    for name, page in pages.items():
        t = time.perf_counter()
        out = bound_markup(page)
        guard = time.perf_counter() - t
        total = guard + parse(out.html)
        row = (f"{name:24} {len(page):9d} {guard:8.3f} {total:14.3f} {total / base:6.1f} "
               f"{out.dropped_attributes:>10d}/{out.dropped_tags:<9d}")
        if args.unguarded and name != "normal page":
            row += f"  {parse(page):10.3f}"
        print(row, flush=True)


if __name__ == "__main__":
    main()
