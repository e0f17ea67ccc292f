"""The titles a resume's objective asks for when a PDF/DOCX wrapped the sentence over lines
(issue 11, trial 41 finding 4: "Seeking a full-charge bookkeeper or\\naccounting specialist
role" gave the target title "full-charge bookkeeper or") — ``normalize.person_occupation
.stated_titles`` with :func:`unwrap_lines` and the split of two titles at "or"/"and"/"/".

Rows: objective and summary sentences as resumes write them (the trial-41 resume's own line
wrapped at each point, and objective lines of the forms public resume samples use: "Seeking a
position as …", "Looking for a role as …", "… seeking a … position"), wrapped where a PDF or
DOCX line ends. On the old code 12 of the 22 rows failed (a trailing "or" kept, a word cut off, the
second title lost, or no title read)."""

import pytest

from careercopilot.normalize.person_occupation import stated_titles, unwrap_lines

ROWS = [
    # the trial-41 sentence, wrapped at every point of "full-charge bookkeeper or accounting specialist role"
    ("Seeking a full-charge bookkeeper or\naccounting specialist role, remote or in the Columbus area.",
     ["full-charge bookkeeper", "accounting specialist"]),
    ("payroll and month-end close through the trial balance. Seeking a full-charge bookkeeper or\n"
     "accounting specialist role, remote or in the Columbus area.", ["full-charge bookkeeper", "accounting specialist"]),
    ("Seeking a full-charge bookkeeper\nor accounting specialist role.", ["full-charge bookkeeper", "accounting specialist"]),
    ("Seeking a full-charge\nbookkeeper or accounting specialist role.", ["full-charge bookkeeper", "accounting specialist"]),
    ("Seeking a full-charge bookkeeper or accounting\nspecialist role.", ["full-charge bookkeeper", "accounting specialist"]),
    ("Seeking a full-charge bookkeeper or accounting specialist\nrole.", ["full-charge bookkeeper", "accounting specialist"]),
    # wraps after an article, a preposition, a slash; DOCX soft breaks with spaces around them
    ("OBJECTIVE\nSeeking a position as a medical assistant or\nphlebotomist in a busy clinic.",
     ["medical assistant", "phlebotomist"]),
    ("Seeking an entry-level position as a\npharmacy technician.", ["pharmacy technician"]),
    ("Looking for a role as a staff accountant /\nAP specialist", ["staff accountant", "AP specialist"]),
    ("Seeking a paralegal or legal assistant role with\na mid-sized firm.", ["paralegal", "legal assistant"]),
    ("Motivated graduate seeking a junior data analyst\nposition.", ["junior data analyst"]),
    ("Seeking a payroll specialist or  \n  payroll administrator position.", ["payroll specialist", "payroll administrator"]),
    ("Dependable CNA seeking a full-time certified nursing\nassistant position in long-term care.",
     ["certified nursing assistant"]),
    ("Seeking a dental receptionist or\nfront desk coordinator role.", ["dental receptionist", "front desk coordinator"]),
    # two titles joined by "and" / "or" / "/" on one line
    ("Seeking bookkeeper and office manager roles in Columbus.", ["bookkeeper", "office manager"]),
    ("Seeking a bookkeeper or accounting clerk position.", ["bookkeeper", "accounting clerk"]),
    ("Seeking a medical assistant/phlebotomist position.", ["medical assistant", "phlebotomist"]),
    # "and" inside one title stays whole; a heading after the line is never joined
    ("Seeking an accounts payable and receivable specialist role.", ["accounts payable and receivable specialist"]),
    ("Seeking a Full-Charge Bookkeeper\nEXPERIENCE\nBookkeeper — Acme Supply", ["Full-Charge Bookkeeper"]),
    ("Seeking a dental hygienist position.\nSKILLS\nRadiography", ["dental hygienist"]),
    ("Seeking a Staff Accountant role\n- Reconciled 6 bank accounts", ["Staff Accountant"]),
    # a wrap the reader does not join still loses its trailing connector
    ("Seeking a bookkeeper or\n\nEXPERIENCE", ["bookkeeper"]),
]


@pytest.mark.parametrize(("text", "want"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_stated_titles_read_across_wraps(text, want):
    assert stated_titles(text) == want


def test_unwrap_keeps_headings_and_bullets():
    text = "Seeking a bookkeeper or\naccounting specialist role.\nEXPERIENCE\n- Posted deposits"
    assert unwrap_lines(text) == "Seeking a bookkeeper or accounting specialist role.\nEXPERIENCE\n- Posted deposits"

