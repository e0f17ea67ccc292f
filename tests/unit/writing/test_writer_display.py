"""Prose forms of names in the offline writer's documents (issue 12 finding 12; session 22).

Each table's rows are real forms: company names and titles of ``benchmarks/data/issue11/postings.jsonl``
(LinkedIn and NYC Open Data rows), names of the issue-11 resumes' headers, and the trial's
"Todd Reeves DMD". ``OLD`` is what the session-21 writer printed for the row (the raw value; a
salutation "Dear <raw company> hiring team,"; the raw name after "Sincerely,", or the closing alone):
rows where it differs from the expected form failed on the old code (counted in each table's test).
"""

from __future__ import annotations

import pytest

from careercopilot.writing.display import (
    article, company_display, person_name, salutation, sign_off_name, title_display,
)
from careercopilot.writing.offline import WritingInput, cover_letter, follow_up_email

# (company, contact, tone, language) → salutation line
SALUTATIONS = [
    ("Todd Reeves DMD", "", "professional", "en", "Dear Dr. Reeves,"),  # the trial's finding 12
    ("Jane Smith, DDS", "", "professional", "en", "Dear Dr. Smith,"),
    ("Dr. Ana Ruiz", "", "professional", "en", "Dear Dr. Ruiz,"),
    ("Bright Smiles Dental", "Maria Lopez, RN", "professional", "en", "Dear Maria Lopez,"),
    ("Acme Health", "Dr. Priya Natarajan", "professional", "en", "Dear Dr. Natarajan,"),
    ("Acme Health", "JOHN O'NEIL, PhD", "professional", "en", "Dear Dr. O'Neil,"),
    ("Acme Health", "Ms. Karen Wu", "professional", "en", "Dear Ms. Wu,"),
    ("Acme Health", "Reeves, Todd", "professional", "en", "Dear Todd Reeves,"),
    ("Acme Health", "Robert J. Miller Jr., CPA", "professional", "en", "Dear Robert J. Miller Jr.,"),
    ("Grow West MD, LLC", "", "professional", "en", "Dear Grow West MD hiring team,"),  # a brand, not Dr. Grow West
    ("Radial Inc.", "", "professional", "en", "Dear Radial hiring team,"),
    ("PACIFIC ARCHITECTURAL WOOD PRODUCTS, LLC", "", "professional", "en",
     "Dear Pacific Architectural Wood Products hiring team,"),
    ("Houston Cancer Institute, PA", "", "professional", "en", "Dear Houston Cancer Institute hiring team,"),
    ("City of New York - Department Of City Planning", "", "professional", "en", "Dear Hiring Manager,"),
    ("", "", "professional", "en", "Dear Hiring Manager,"),
    ("The Judge Group", "", "professional", "en", "Dear Judge Group hiring team,"),
    ("Todd Reeves DMD", "", "warm", "en", "Hello Dr. Reeves,"),
    ("Encon Safety Products, Inc.", "", "warm", "en", "Hello Encon Safety Products team,"),
    ("Blackland Home Inspections, PLLC", "", "professional", "es",
     "Estimado equipo de selección de Blackland Home Inspections:"),
    ("Todd Reeves DMD", "", "professional", "fr", "Docteur,"),
    ("City of New York - Nyc Housing Authority", "", "professional", "fr", "Madame, Monsieur,"),
]


def _old_salutation(company: str, tone: str, language: str) -> str:
    if language == "es":
        return f"Hola, equipo de {company}:" if tone == "warm" else f"Estimado equipo de selección de {company}:"
    if language == "fr":
        return (f"Bonjour à toute l'équipe de {company}," if tone == "warm"
                else f"Bonjour à l'équipe de recrutement de {company},")
    return f"Hello {company} team," if tone == "warm" else f"Dear {company} hiring team,"


@pytest.mark.parametrize("company, contact, tone, language, expected", SALUTATIONS)
def test_salutation(company, contact, tone, language, expected):
    assert salutation(company, contact=contact, tone=tone, language=language) == expected


def test_salutation_table_old_failures():
    old_fail = sum(_old_salutation(c, t, lang) != exp for c, _, t, lang, exp in SALUTATIONS)
    assert len(SALUTATIONS) >= 10 and old_fail == 21  # every row: the old form was always "<raw company> hiring team"


# raw posting company → prose form
COMPANIES = [
    ("Todd Reeves DMD", "the practice of Dr. Todd Reeves"),
    ("Radial Inc.", "Radial"),
    ("Encon Safety Products, Inc.", "Encon Safety Products"),
    ("SilverSpace Technologies Inc", "SilverSpace Technologies"),
    ("Blackland Home Inspections, PLLC", "Blackland Home Inspections"),
    ("Global Law Advocates PLLC", "Global Law Advocates"),
    ("Houston Cancer Institute, PA", "Houston Cancer Institute"),
    ("Grow West MD, LLC", "Grow West MD"),
    ("PACIFIC ARCHITECTURAL WOOD PRODUCTS, LLC", "Pacific Architectural Wood Products"),
    ("ABHI IT SYSTEMS INC", "Abhi IT Systems"),
    ("LANE PUBLIC SCHOOL", "Lane Public School"),
    ("COLORADO VETERINARY SPECIALTY GROUP", "Colorado Veterinary Specialty Group"),
    ("City of New York - Admin For Children'S Svcs", "City of New York – Admin for Children's Svcs"),
    ("City of New York - Nyc Housing Authority", "City of New York – NYC Housing Authority"),
    ("barton CPA", "Barton CPA"),
    ("Siemens AG", "Siemens"),
    ("YETI", "YETI"),  # one word in capitals may be the brand's own form
    ("myGwork - LGBTQ+ Business Community", "myGwork – LGBTQ+ Business Community"),
    ("MD Esthetics Brand", "MD Esthetics Brand"),
    ("Nestlé Health Science", "Nestlé Health Science"),
    ("Children's Nebraska", "Children's Nebraska"),
]


@pytest.mark.parametrize("raw, expected", COMPANIES)
def test_company_display(raw, expected):
    assert company_display(raw) == expected


def test_company_table_old_failures():
    assert sum(raw != exp for raw, exp in COMPANIES) == 17


# raw posting title → prose form (and its article)
TITLES = [
    ("Dental Hygienist - PT - 2024-118", "Dental Hygienist", "a"),  # the trial's finding 12
    ("COMPUTER SPECIALIST (SOFTWARE)", "Computer Specialist (Software)", "a"),
    ("Creative Content Developer (323565)", "Creative Content Developer", "a"),
    ("#13635 - Salesforce Manual Tester", "Salesforce Manual Tester", "a"),
    ("Senior Director, Epidemiology (REMOTE 100%)", "Senior Director, Epidemiology", "a"),
    ("2024-2025 GENERAL RESOURCE TEACHER - NEVADA LEARNING ACADEMY",
     "General Resource Teacher – Nevada Learning Academy", "a"),
    ("CNC Machine Operator 3rd shift", "CNC Machine Operator", "a"),
    ("ENGINEERING TECHNICIAN 03", "Engineering Technician", "an"),
    ("CERTIFIED IT ADMINISTRATOR (LAN/WAN), LEVEL III", "Certified IT Administrator (LAN/WAN), Level III", "a"),
    ("ABA Therapist/Special Education Paraprofessional - Various locations!",
     "ABA Therapist/Special Education Paraprofessional", "an"),
    ("Licensed Healthcare Insurance Agent - Work from Home", "Licensed Healthcare Insurance Agent", "a"),
    ("Court Representative, Litigation Division (3 Positions)", "Court Representative, Litigation Division", "a"),
    ("DHS OVERDOSE PREVENTION COORDINATOR", "DHS Overdose Prevention Coordinator", "a"),
    ("Administrative Assistant", "Administrative Assistant", "an"),
    ("HR Generalist/Placement Coordinators", "HR Generalist/Placement Coordinators", "an"),
    ("Unit Clerk", "Unit Clerk", "a"),
    ("Staff Attorney - Housing", "Staff Attorney – Housing", "a"),  # a specialty, kept
    ("Maintenance Supervisor (Signals) II (Instructor)", "Maintenance Supervisor (Signals) II (Instructor)", "a"),
    ("NPE 2024 Exhibition Event Worker", "NPE Exhibition Event Worker", "an"),
    ("Early Childhood Associate 2024-25 School Year", "Early Childhood Associate", "an"),
    ("416550 - Postdoctoral Appointee - CSE - Heavy Element Chemistry and Separation Science Group",
     "Postdoctoral Appointee – CSE – Heavy Element Chemistry and Separation Science Group", "a"),
    ("CPA", "CPA", "a"),
]


@pytest.mark.parametrize("raw, expected, art", TITLES)
def test_title_display(raw, expected, art):
    shown = title_display(raw)
    assert shown == expected
    assert article(shown) == art


def test_title_table_old_failures():
    # the old writer printed the raw title, and "a {title}" in the warm opening
    assert sum(raw != exp for raw, exp, _ in TITLES) == 17
    assert sum(art == "an" for _, _, art in TITLES) == 6


# the user's name → sign-off name ('' = no closing phrase at all)
SIGN_OFFS = [
    ("Jane Doe, RN, BSN", "Jane Doe"),
    ("DANIELLE OKAFOR", "Danielle Okafor"),
    ("MARY O'NEIL, PhD", "Mary O'Neil"),
    ("Dr. Ana Ruiz", "Ana Ruiz"),
    ("Robert J. Miller Jr., CPA", "Robert J. Miller Jr."),
    ("Marisol Vega-Thompson, MSN, FNP-BC", "Marisol Vega-Thompson"),
    ("JEAN-LUC PICARD, MBA", "Jean-Luc Picard"),
    ("SEAN MCDONALD", "Sean McDonald"),
    ("Thaddeus O. Mbeki-Larsen", "Thaddeus O. Mbeki-Larsen"),
    ("Ana María García-López", "Ana María García-López"),
    ("Kim", "Kim"),
    ("", ""),
    ("   ", ""),
]


@pytest.mark.parametrize("raw, expected", SIGN_OFFS)
def test_sign_off_name(raw, expected):
    assert sign_off_name(raw) == expected


def test_sign_off_table_old_failures():
    # the old templates printed the name as given, and "Sincerely," / "Best regards," even without one
    assert sum(raw.strip() != exp or exp == "" for raw, exp in SIGN_OFFS) == 10


def test_person_name_reads_post_nominals_and_order():
    p = person_name("Todd Reeves DMD")
    assert (p.given, p.family, p.honorific, p.postnominals) == ("Todd", "Reeves", "Dr.", ("DMD",))
    assert person_name("Reeves, Todd").full == "Todd Reeves"
    assert person_name("Bright Smiles Dental") is None
    assert person_name("Grow West MD") is None


RESUME_NO_NAME = """EXPERIENCE
Dental Hygienist — Lakeside Family Dentistry, Austin, TX        2019 – present
- Performed prophylaxis and periodontal maintenance for 8-10 patients a day using Dentrix.
- Took and read digital radiographs; charted periodontal exams in Dentrix.
- Educated patients on home care and fluoride; scheduled recall visits.

EDUCATION
A.A.S. Dental Hygiene, Austin Community College, 2019
"""


@pytest.mark.parametrize("kind", ["follow_up", "thank_you"])
def test_email_without_a_name_ends_on_a_sentence(kind):
    inp = WritingInput(RESUME_NO_NAME, company="Todd Reeves DMD", title="Dental Hygienist - PT - 2024-118")
    assert inp.name == ""
    text = follow_up_email(inp, kind=kind)
    assert "Dear Dr. Reeves," in text and "DMD" not in text and "2024-118" not in text
    assert not text.rstrip().endswith(",")
    assert "Best regards" not in text


def test_email_with_a_name_signs_it_without_post_nominals():
    inp = WritingInput(RESUME_NO_NAME, company="Radial Inc.", title="Dental Hygienist", name="Jane Doe, RDH")
    text = follow_up_email(inp)
    assert text.rstrip().endswith("Best regards,\nJane Doe")
    assert "Dear Radial hiring team," in text and "Inc." not in text


def test_letter_uses_prose_forms_and_no_empty_sign_off():
    inp = WritingInput(RESUME_NO_NAME, company="Todd Reeves DMD", title="Dental Hygienist - PT - 2024-118",
                       posting_text="Dental hygienist. Requirements: Dentrix, radiographs, periodontal charting.")
    text = cover_letter(inp)
    assert text.startswith("Dear Dr. Reeves,")
    assert "the practice of Dr. Todd Reeves" in text and "Dental Hygienist position" in text
    assert "DMD" not in text and "2024-118" not in text and " - PT" not in text
    assert not text.rstrip().endswith(",")
