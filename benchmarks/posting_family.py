"""Posting family accuracy on the issue-11 postings, per half: the matcher's reading vs the label.

Cheap (no resumes, no scoring): every labeled posting of ``benchmarks/data/issue11/postings.jsonl``
(1,345 postings in 24 families, curator labels) is read by ``matching.posting_occupation_full`` —
title, description where the title leaves the family open, nearest O*NET description when the title
names nothing; the reading ranking uses — with the posting chunks from match_quality's cache
(``benchmarks/.cache``, the first 400 characters embedded; missing ones are embedded and cached).

Halves (:func:`match_quality.posting_half`, SHA-256 of the id): A (earlier occupation rules were
developed on it) and B; B again split in two by a second hash (:func:`posting_quarter`: SHA-256 of
``"fam83:" + id``): B1 for development, B2 held out (its accuracy and wrong rows are printed only with
``--show-b2``).

    .venv/bin/python benchmarks/posting_family.py [--show-b2] [--halves A,B1]

Prints accuracy for A and B1 (with ``--show-b2`` also B, B2 and all: B2 is held out, run it once at the
end); then, for the halves shown, a confusion list (label → read, count) with the titles of the wrong ones.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import defaultdict

import _corpus  # noqa: F401  (sets sys.path)
from match_quality import embed, load, posting_half, to_posting


def posting_quarter(posting_id: str) -> str:
    """``"A"``, ``"B1"`` or ``"B2"``: half A as :func:`posting_half`; half B split again by
    SHA-256 of ``"fam83:" + id`` (even → B1, development; odd → B2, held out)."""
    if posting_half(posting_id) == "A":
        return "A"
    return "B1" if int(hashlib.sha256(f"fam83:{posting_id}".encode()).hexdigest(), 16) % 2 == 0 else "B2"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show-b2", action="store_true", help="also list the held-out quarter B2's wrong rows")
    ap.add_argument("--halves", default="A,B1", help="parts whose wrong rows are listed (comma-separated)")
    args = ap.parse_args()
    from careercopilot.services import matching

    postings, _, _ = load("dev")
    keys = list(postings)
    jp = {k: to_posting(i, postings[k]) for i, k in enumerate(keys)}
    chunks = embed(keys, jp, True)
    right: dict[str, list[bool]] = defaultdict(list)
    wrong: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for k, p in postings.items():
        occ = matching.posting_occupation_full(jp[k], chunks[k])
        part = posting_quarter(k)
        ok = occ.family == p["family"]
        for name in dict.fromkeys((part, part[0], "all")):
            right[name].append(ok)
        if not ok:
            wrong[part].append((p["family"], occ.family or "-", p["title"], f"{k} {occ.method}"))
    print("posting family (matcher: posting_occupation_full) vs label")
    # B2 is held out: its accuracy (and B's, all's, which contain it) only with --show-b2
    for name in ("A", "B", "B1", "B2", "all") if args.show_b2 else ("A", "B1"):
        r = right[name]
        print(f"  {name:4} {sum(r):5}/{len(r):<5} {sum(r) / len(r):.3f}")
    show = [h.strip() for h in args.halves.split(",") if h.strip()]
    if args.show_b2 and "B2" not in show:
        show.append("B2")
    show = [h for h in show if h != "B2" or args.show_b2]
    for h in show:
        rows = wrong[h]
        print(f"\n{h}: {len(rows)} wrong — label → read (count): titles")
        by: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for lab, read, title, note in rows:
            by[(lab, read)].append((title, note))
        for (lab, read), items in sorted(by.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print(f"  {lab} → {read} ({len(items)})")
            for title, note in items:
                print(f"      {title}  [{note}]")


if __name__ == "__main__":
    main()
