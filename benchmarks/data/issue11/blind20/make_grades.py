"""Grades of the held-back resume set ``blind20`` (v01–v30, blind curator, session 29 — "session 32" in the code's counting) against the
issue-11 postings, by the same rule as blind2 (``blind2/make_grades.py``, SOURCES.md "Grading
rule"). Writes ``grades.jsonl.gz`` next to this file; run
``python3 benchmarks/data/issue11/blind20/make_grades.py``."""

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("blind2_grades", HERE.parent / "blind2" / "make_grades.py")
_blind2 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_blind2)

if __name__ == "__main__":
    _blind2.main(HERE)
