"""Level kinds of issue 11's session-24 misreads (``normalize.level_offices``, ``level_reading``):
the C-suite by its initials, heads of a town's, county's or university's departments, the
registrar's office, assistant principals in any word order, the legal department's rungs, "Dir."
for director, an apprentice who says the year, a clinical social worker's years, and a promotion
asked for after few years. Phrasings written from how real resumes and postings put them, not
copied from the held-back sets' texts."""

from __future__ import annotations

import pytest

from careercopilot.normalize.level_offices import stretch_held
from careercopilot.normalize.level_reading import NEW_ENTRANT, doctoral_clinician, resume_level
from careercopilot.normalize.occupations import infer_level, infer_posting_level


@pytest.mark.parametrize("title", [
    # C-suite initials as the title's own word (O*NET 11-1011 Chief Executives; level guide "C-level")
    "CNO", "CIO", "CHRO", "CISO", "CRO", "CPO", "CDO", "CLO", "CCO", "CAO", "CXO", "CSO", "CGO",
    "CNO / VP Patient Care Services", "CIO, City of Tulsa", "Interim CISO", "Acting CHRO",
    "SVP & CISO", "CRO - SaaS", "CIO at Mercy Regional", "Global CPO",
    # the spelled-out offices stay executive
    "Chief Nursing Officer", "Chief Information Security Officer", "Chief People Officer",
    "Chief Human Resources Officer", "Chief Revenue Officer", "Chief Compliance Officer", "Chief Academic Officer",
    # heads of local government and its departments (ICMA council-manager form)
    "City Engineer", "County Engineer", "Town Engineer", "Director of Public Works / County Engineer",
    "Town Manager", "Village Manager", "Township Manager", "City Administrator", "County Administrator",
    "Town Administrator", "Borough Manager", "Dir. of Public Works", "Dir of Public Works", "Public Works Director",
    "Superintendent of Utilities", "Superintendent of Public Utilities", "Utilities Superintendent",
    "Director of Public Utilities",
    # the university's chief academic officer and a registrar who heads the records of the university
    "Provost", "Provost and Vice President for Academic Affairs", "Vice Provost for Research",
    "University Registrar", "Registrar and Director of Enrollment Services",
    # "Dir." for director anywhere
    "Dir. of Nursing", "Exec. Dir.", "Dir, Human Resources",
])
def test_offices_are_executive(title):
    assert infer_level(title, None, default=None) == "executive"


@pytest.mark.parametrize("title", [
    "Deputy CIO", "Assistant CNO", "Associate CNO", "Deputy CISO",
    "Assistant City Engineer", "Deputy County Engineer", "Assistant Town Manager",
    "Associate Provost", "Assistant Provost for Assessment", "Associate Vice Provost",
    "Registrar", "College Registrar", "Assistant Registrar", "Associate Registrar",
    # assistant principals in any word order: the rung below the principal (level guide: assistant director = lead)
    "Assistant Principal – High School", "Assistant High School Principal", "Asst. Principal",
    "Asst Principal, Middle School", "Assistant Elementary Principal", "Vice Principal – Secondary",
])
def test_second_rungs_are_lead(title):
    assert infer_level(title, None, default=None) == "lead"


@pytest.mark.parametrize("title, level", [
    ("Associate General Counsel", "senior"), ("Associate General Counsel, Labor", "senior"),
    ("Assistant General Counsel", "mid"), ("Deputy General Counsel", "lead"), ("General Counsel", "executive"),
    # initials that are not an office: a credential after a comma, a modifier noun, a Navy rank
    ("Orthotist, CPO", None), ("CRO Oversight Manager", "lead"), ("Navy CPO (E-7)", "mid"),
    ("Certified Prosthetist Orthotist (CPO)", None),
    # registrars that are not the records office's head, and systems kept at lead
    ("Cancer Registrar", None), ("Tumor Registrar", None), ("Museum Registrar", None),
    ("Registrar Clerk", None), ("City Engineer II", "mid"), ("Town Engineer I", "entry"), ("Superintendent of Water and Sewer Systems", "lead"),
    # a principal who is an engineer, and a principal of a school
    ("Assistant Principal Engineer", "lead"), ("Principal – High School", "executive"),
    # deputy city managers left to the level words (NYC posting li-3816831972 = executive)
    ("Deputy City Manager - Chief Financial Officer", "executive"),
])
def test_neighbouring_titles_keep_their_rung(title, level):
    assert infer_level(title, None, default=None) == level


@pytest.mark.parametrize("title", ["CNO", "CHRO", "City Engineer", "Town Manager", "Provost", "Dir. of Public Works"])
def test_posting_of_an_office_is_executive_whatever_the_years(title):
    assert infer_posting_level(title, "Requires 5+ years of experience in a related field.") == "executive"


@pytest.mark.parametrize("summary", [
    "I'm a second-year indentured plumbing apprentice with a UA local, logging hours toward my card.",
    "3rd-year IBEW inside wireman apprentice looking for a shop that keeps me working.",
    "Currently a first-year apprentice electrician at a residential contractor.",
    "Registered apprentice carpenter.\nFourth-year apprentice carpenter with a union local.",
])
def test_an_apprentice_who_says_the_year_is_entry(summary):
    text = f"Dana Doe\nMilwaukee, WI\n\n{summary}\n\nLakeshore Mechanical, April 2021 to now\n"
    assert NEW_ENTRANT.search(text)
    assert resume_level("", 4.5, text) == "entry"


@pytest.mark.parametrize("summary", [
    "Journeyman electrician, 12 years. I mentored first-year apprentices on every job.",
    "I trained a second-year apprentice on conduit bending and pulled wire on a hospital job.",
])
def test_a_journeyman_who_trains_apprentices_is_not_one(summary):
    assert not NEW_ENTRANT.search(summary)


@pytest.mark.parametrize("code, clinician", [
    ("21-1022.00", True), ("21-1023.00", True),  # healthcare and mental-health social workers, zone 5
    ("21-1021.00", False), ("21-1093.00", False),  # child/family social workers (zone 4), human service assistants
])
def test_clinical_social_workers_are_master_clinicians(code, clinician):
    assert doctoral_clinician(code) is clinician


@pytest.mark.parametrize("title", ["Hospice Social Worker (Per Diem)", "Medical Social Worker", "Clinical Social Worker"])
def test_a_clinical_social_worker_of_eleven_years_is_senior(title):
    text = ("Licensed clinical social worker, 11 years in palliative and end-of-life care. Since 2023 I work per diem.\n\n"
            f"{title}\nRiverside Hospice, 2023 - present\n")
    assert resume_level(title, 13.0, text, family="social_work") == "senior"


@pytest.mark.parametrize("level, current, summary, read", [
    ("senior", "Architectural Designer II", "Designer with 3 years in Mexico and 4 years in Texas.", "mid"),
    ("senior", "Quality Engineer II", "Quality engineer, 5 years in automotive.", "mid"),
    ("lead", "Senior Accountant", "Senior accountant with 6 years in audit and close.", "senior"),
    # long tenure keeps the asked rung (blind6 f05, f15; blind5 e09)
    ("senior", "Quality Engineer II", "Quality engineer, 12 years in automotive.", "senior"),
    ("executive", "Deputy General Counsel", "Lawyer of 19 years.", "executive"),
    # two rungs up, no level words, no years stated, no ask: untouched
    ("lead", "Analyst II", "Analyst, 3 years.", "lead"), ("senior", "Stationary Engineer", "Engineer, 4 years.", "senior"),
    ("senior", "Analyst II", "Analyst in a county budget office.", "senior"), (None, "Analyst II", "3 years.", None),
])
def test_a_promotion_asked_for_after_few_years_is_the_rung_held(level, current, summary, read):
    assert stretch_held(level, current, summary) == read


@pytest.mark.parametrize("summary, entrant", [
    # the ask after a label's colon or dash (blind9 i05: "Seeking: entry-level Data Analyst / BI Analyst.")
    ("Seeking: entry-level Data Analyst / BI Analyst. B.S. Statistics, May 2026.", True),
    ("SEEKING: Junior Developer role (React, Node).", True),
    ("Seeking – entry-level paralegal position in Denver.", True),
    ("Looking for: apprentice electrician job with a union contractor.", True),
    ("Pursuing — a trainee machinist job on second shift.", True),
    ("Seeking an entry-level paralegal role.", True),  # without a label, as before
    # a colon that ends something else is no ask
    ("Skills sought by employers: junior staff supervision, budgeting.", False),
    ("Seeking: Senior Data Analyst role; 9 years of SQL and Tableau.", False),
])
def test_an_ask_after_a_label_reads_the_entry_rung(summary, entrant):
    assert bool(NEW_ENTRANT.search(summary)) is entrant


STEP_DOWN_HISTORY = """\
Experience
Assistant Principal, Franklin Mountain High School | 2021-present
- Supervise 14 teachers and the math department; master schedule and STAAR data meetings
Mathematics Teacher, Franklin Mountain High School | 2012-2021
"""


@pytest.mark.parametrize("summary, level", [
    # blind9 i14 / i25: a lead applying one rung down on purpose = the rung under the one held
    ("Experienced math teacher and current assistant principal applying for a classroom math teaching position. "
     "After five years in administration I want to go back to teaching full time; I know I am over-qualified on "
     "paper and I am applying one step down on purpose.", "senior"),
    ("Support manager stepping back to a senior individual-contributor support role on purpose.", "senior"),
    ("Assistant principal stepping down to a teaching role next fall.", "senior"),
    ("I plan to move back into the classroom: teaching is the job I love.", "senior"),
    # history, not an ask: the held rung stands
    ("Assistant principal since 2021; stepped down from the district's union board in 2020.", "lead"),
    ("Assistant principal qualified in Texas (Principal EC-12) with 14 years in schools.", "lead"),
])
def test_a_lead_applying_one_rung_down_on_purpose(summary, level):
    text = f"Rosa Doe\nEl Paso, TX\n\nSUMMARY\n{summary}\n\n{STEP_DOWN_HISTORY}"
    assert resume_level("Assistant Principal", 14.0, text) == level
