"""Reading untrusted resume / posting text costs time linear in its size (perf75).

A security probe found a 50 KB resume parsed for 118–172 s (whitespace runs, repeated ", " lists,
repeated bullets and dates: regexes rescanning the rest of the text from every word, and the whole
text searched again for every skill mention). For each hostile shape of ``benchmarks/text_cost.py``
the CPU time of the full reading at 16 KB must stay under ``MAX_GROWTH`` × its time at 4 KB: 4× is
linear, a quadratic reading is 16× (the old code: 6.6 s → 35.6 s for 10 → 20 KB of spaces).
``time.process_time`` ratios with a wide margin and one retry, so a loaded box does not flake.
"""

from __future__ import annotations

import time
from datetime import date

import pytest

from benchmarks.text_cost import REALISTIC, shapes
from careercopilot.normalize import resume_fields
from careercopilot.normalize.occupation_postings import read_posting_occupation
from careercopilot.normalize.resume_skills import extract_resume_skills
from careercopilot.normalize.skills import extract_posting_skills

SMALL, LARGE = 4_000, 16_000
#: 4× the text: linear work grows ~4× (less with fixed costs), quadratic 16×.
MAX_GROWTH = 8.0
TODAY = date(2026, 12, 1)


def _read(text: str) -> float:
    """CPU seconds of reading ``text`` as a resume and as a posting (the parse cache bypassed)."""
    t = time.process_time()
    resume_fields.read_resume_fields(text, today=TODAY)
    extract_resume_skills(text)
    extract_posting_skills(text)
    read_posting_occupation("Software Engineer", text)
    return time.process_time() - t


@pytest.mark.parametrize("shape", sorted(shapes(SMALL)))
def test_reading_grows_linearly(shape: str) -> None:
    _read("warm up " + REALISTIC)
    small, large = shapes(SMALL)[shape], shapes(LARGE)[shape]
    growth = 0.0
    for _ in range(2):  # one retry: a busy neighbour can slow one large run
        base = max(min(_read(small), _read(small)), 0.01)  # 10 ms floor: sub-tick small runs
        growth = _read(large) / base
        if growth < MAX_GROWTH:
            break
    assert growth < MAX_GROWTH, f"{shape}: {growth:.1f}× for 4× the text"


def test_a_stored_resume_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every posting detail reads the user's resume again; the parse is kept by content."""
    calls = []
    real = resume_fields.read_resume_fields
    monkeypatch.setattr(resume_fields, "read_resume_fields", lambda text, today=None: calls.append(1) or real(text, today=today))
    text = REALISTIC + "\nperf75 once"
    first = resume_fields.parse_resume_fields(text, today=TODAY)
    first.skills.append("Mutated")  # a caller's change does not reach the cache
    second = resume_fields.parse_resume_fields(text, today=TODAY)
    assert len(calls) == 1
    assert "Mutated" not in second.skills
    assert second == real(text, today=TODAY)
    resume_fields.parse_resume_fields(text, today=date(2027, 1, 1))  # "Present" moves: parsed again
    assert len(calls) == 2


@pytest.mark.parametrize("text", [
    "Engineer\nAcme\n2019 - 2021",
    "Engineer\nAcme\n\n\n2019 - 2021",
    "\n\n2019 - 2021",
    "2019 - 2021",
    "Intern\n2019 - 2020\nEngineer 2019 - 2021",
    "a\nb\nc\n  \n2019 - 2021",
    "Summer intern\n\nAcme\n2019 - 2020",
])
def test_lines_above_matches_the_split_it_replaces(text: str) -> None:
    start = text.rfind("\n") + 1
    old = text[:start].rstrip("\n").split("\n")[-2:] if start else []
    assert resume_fields._lines_above(text, start) == old
