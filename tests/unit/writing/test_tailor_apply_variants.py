"""Tailoring changes applied: every bullet kept exactly once unless dropped (newcomer trial144 finding 2).

Rows: (resume, changes as (kind, role number, bullet number, status, position or new text)) → the expected bullets
of each role. Old code (careercopilot/writing/tailor.py apply before trial148): see the report for its failures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from careercopilot.writing import tailor
from careercopilot.writing.resume_facts import roles

FIX = Path(__file__).resolve().parents[2] / "fixtures" / "writing" / "trial144"
DANA_PDF = (FIX / "dana_pdf.txt").read_text()
DANA_DOCX = (FIX / "dana_docx.txt").read_text()

DUPES = """Jordan Lee
Experience
Shift Lead — Corner Cafe, Austin, TX
2020 – Present
- Trained new staff
- Trained new staff on POS and opening checklists
- Counted the till and closed the store
- Trained new staff
Barista — Corner Cafe, Austin, TX
2018 – 2020
- Counted the till and closed the store
- Made drinks for 300 guests a day
"""

NUMBERED = """Sam Ortiz
Experience
Payroll Clerk, Lakes Payroll Inc., 2019 – Present
1. Processed biweekly payroll for 400 employees in ADP Workforce Now with
   zero late runs.
2. Reconciled garnishments and benefit deductions each
   period.
3. Answered employee pay questions.
Office Assistant, Lakes Payroll Inc., 2016 – 2019
1. Filed records and kept the HR files audit-ready.
2. Scheduled interviews for 3 hiring managers.
"""


def _bullets(text: str) -> list[list[str]]:
    return [r.bullets for r in roles(text)]


def _changes(text: str, ops) -> list[tailor.Change]:
    found = roles(text)
    out = []
    for n, (kind, r, i, status, arg) in enumerate(ops):
        before = found[r].bullets[i]
        if kind == "reorder":
            out.append(tailor.Change(n, found[r].label, before, before, "", "", "reorder", status, position=arg,
                                     slot=[r, i]))
        else:
            out.append(tailor.Change(n, found[r].label, before, arg, "", "", kind, status, slot=[r, i]))
    return out


def _expected(text: str, ops) -> list[list[str]]:
    """What the user asked for: text changes on the bullet itself, reorders by identity, in order."""
    table = [[[i, b] for i, b in enumerate(r.bullets)] for r in roles(text)]
    for kind, r, i, status, arg in ops:
        if status not in ("accepted", "edited"):
            continue
        item = next(x for x in table[r] if x[0] == i)
        if kind == "reorder":
            table[r].remove(item)
            table[r].insert(arg, item)
        else:
            item[1] = arg
    return [[ln for _, b in role for ln in b.split("\n") if ln.strip()] for role in table]


ROWS = {
    # the trial: 4th of 7 to 1st, a PDF whose bullets wrap
    "pdf 4th→1st (trial144)": (DANA_PDF, [("reorder", 0, 3, "accepted", 0)]),
    "docx 4th→1st": (DANA_DOCX, [("reorder", 0, 3, "accepted", 0)]),
    "pdf last→1st": (DANA_PDF, [("reorder", 0, 6, "accepted", 0)]),
    "pdf 2nd→1st": (DANA_PDF, [("reorder", 0, 1, "accepted", 0)]),
    "pdf 7th→3rd": (DANA_PDF, [("reorder", 0, 6, "accepted", 2)]),
    "pdf two reorders in sequence": (DANA_PDF, [("reorder", 0, 3, "accepted", 0), ("reorder", 0, 6, "accepted", 1)]),
    "pdf three reorders, one rejected": (DANA_PDF, [("reorder", 0, 3, "accepted", 0), ("reorder", 0, 6, "rejected", 1),
                                                    ("reorder", 0, 4, "accepted", 1)]),
    "pdf reorder in 2nd role (wrapped time-off)": (DANA_PDF, [("reorder", 1, 2, "accepted", 0)]),
    "pdf rewrite of a wrapped bullet": (DANA_PDF, [("rewrite", 0, 2, "accepted",
                                                    "Build weekly schedules in Kronos (UKG) for 45 associates.")]),
    "pdf term rename then reorder of it": (DANA_PDF, [("term", 0, 6, "accepted",
                                                        "Process payroll changes, leave requests and FMLA paperwork "
                                                        "with the corporate benefits team."),
                                                       ("reorder", 0, 6, "accepted", 0)]),
    "pdf drop a bullet (edited to nothing)": (DANA_PDF, [("rewrite", 0, 5, "edited", "")]),
    "pdf drop then reorder": (DANA_PDF, [("rewrite", 0, 5, "edited", ""), ("reorder", 0, 3, "accepted", 0)]),
    "pdf add a bullet (edit of two lines)": (DANA_PDF, [("rewrite", 0, 0, "edited",
                                                         "Lead a $28M-revenue store with 45 associates.\n"
                                                         "Lead 4 department supervisors.")]),
    "pdf edit of the only bullet of a role": (DANA_PDF, [("rewrite", 2, 0, "edited",
                                                          "Led a 10-person housewares department.")]),
    "pdf changes in two roles": (DANA_PDF, [("reorder", 0, 3, "accepted", 0), ("reorder", 1, 2, "accepted", 0),
                                            ("rewrite", 1, 1, "edited", "Trained 3 associates, all promoted.")]),
    "pdf proposed only (nothing acts)": (DANA_PDF, [("reorder", 0, 3, "proposed", 0)]),
    "duplicate: move the 2nd copy up": (DUPES, [("reorder", 0, 3, "accepted", 0)]),
    "duplicate: rewrite the 2nd copy": (DUPES, [("rewrite", 0, 3, "edited", "Trained 6 new hires")]),
    "duplicate: rewrite the 1st copy": (DUPES, [("rewrite", 0, 0, "edited", "Trained all new staff")]),
    "near-duplicate prefix: move the longer": (DUPES, [("reorder", 0, 1, "accepted", 0)]),
    "same bullet in two roles: rewrite the 2nd role's": (DUPES, [("rewrite", 1, 0, "edited",
                                                                   "Counted the till nightly")]),
    "same bullet in two roles: move the 1st role's": (DUPES, [("reorder", 0, 2, "accepted", 0)]),
    "numbered, wrapped: last→1st": (NUMBERED, [("reorder", 0, 2, "accepted", 0)]),
    "numbered, wrapped: 2nd→1st then rewrite": (NUMBERED, [("reorder", 0, 1, "accepted", 0),
                                                          ("rewrite", 0, 0, "edited",
                                                           "Processed biweekly payroll for 400 employees in ADP.")]),
    "numbered: 2nd role reorder": (NUMBERED, [("reorder", 1, 1, "accepted", 0)]),
}


@pytest.mark.parametrize("name", list(ROWS))
def test_every_bullet_once(name):
    text, ops = ROWS[name]
    got = tailor.apply(text, _changes(text, ops))
    assert _bullets(got) == _expected(text, ops)


def test_untouched_roles_keep_their_text():
    text, ops = ROWS["pdf 4th→1st (trial144)"]
    got = tailor.apply(text, _changes(text, ops))
    tail = text[text.index("Assistant Store Manager"):]
    assert got.endswith(tail)


def test_old_saved_proposal_without_slot():
    found = roles(DANA_PDF)
    b = found[0].bullets[3]
    got = tailor.apply(DANA_PDF, [tailor.Change(0, found[0].label, b, b, "", "", "reorder", "accepted", position=0)])
    assert _bullets(got)[0] == [b] + [x for x in found[0].bullets if x != b]


def test_proposed_reorders_all_accepted_keep_every_bullet():
    posting = ("HR Coordinator\nRequirements:\n- Experience with FMLA, payroll and employee relations.\n"
               "- Onboarding and recruiting experience.\n")
    for text in (DANA_PDF, DANA_DOCX):
        proposal = tailor.propose(text, posting)
        for c in proposal.changes:
            c.status = "accepted"
        got = _bullets(tailor.apply(text, proposal.changes))
        want = _bullets(text)
        assert [len(r) for r in got] == [len(r) for r in want]
        assert sorted(map(len, sum(got, []))) == sorted(map(len, sum(want, [])))
