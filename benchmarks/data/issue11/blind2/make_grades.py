"""Grades of the held-back resume set ``blind2`` (b01–b30, curator curm, session 11) against the
issue-11 postings, by the curator set's own rule (SOURCES.md, "Grading rule"): 2 when the posting's
family equals the resume's and the levels are at most one step apart on entry < mid < senior <
lead < executive; 1 when the family is the same at a level further away, or the posting's family
is adjacent to the resume's in ``families.json``; 0 otherwise. Writes ``grades.jsonl.gz`` next to
this file; run ``python3 benchmarks/data/issue11/blind2/make_grades.py``."""

import gzip
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent


def grade(resume: dict, posting: dict, levels: list[str], adjacent: set[frozenset]) -> int:
    if posting["family"] == resume["family"]:
        return 2 if abs(levels.index(posting["level"]) - levels.index(resume["level"])) <= 1 else 1
    return 1 if frozenset((posting["family"], resume["family"])) in adjacent else 0


def main(here: Path = HERE) -> None:
    """Grades of the set in ``here`` (a folder holding ``resumes.jsonl``; blind3 reuses this)."""
    families = json.loads((DATA / "families.json").read_text())
    levels, adjacent = families["levels"], {frozenset(pair) for pair in families["adjacency"]}
    postings = [json.loads(line) for line in (DATA / "postings.jsonl").read_text(encoding="utf-8").splitlines()]
    resumes = [json.loads(line) for line in (here / "resumes.jsonl").read_text(encoding="utf-8").splitlines()]
    counts = [0, 0, 0]
    with gzip.open(here / "grades.jsonl.gz", "wt", encoding="utf-8") as out:
        for r in resumes:
            for p in postings:
                g = grade(r, p, levels, adjacent)
                counts[g] += 1
                out.write(json.dumps({"resume_id": r["id"], "posting_id": p["id"], "grade": g}) + "\n")
    print(f"{len(resumes)} resumes × {len(postings)} postings: grade 2 {counts[2]}, 1 {counts[1]}, 0 {counts[0]}")


if __name__ == "__main__":
    main()
