"""Staffing-agency postings (issue 12, newcomer trial F9): a letter for a job an agency places for a client
addresses the client when the posting names it, and never applies "for the QC Chemist position at Robert Half".
Rows: the phrasings of the largest US agencies' postings (Robert Half, Aerotek, Kelly, Adecco, Insight Global,
TEKsystems, Randstad, Actalent, Apex Systems) and direct employers' lookalikes. Old code: all 17 placed rows
addressed the agency (17/17 failed); the 6 direct-employer rows were right."""

from __future__ import annotations

import pytest

from careercopilot.normalize.agency_postings import is_agency, placed_for
from careercopilot.writing.offline import WritingInput, cover_letter

# (company, posting opening, client: a name, "" unnamed, None not placed for a client)
ROWS = [
    ("Robert Half", "Robert Half is partnering with a pharmaceutical manufacturer in NJ to hire a QC Chemist on a "
     "contract-to-hire basis.", ""),
    ("Robert Half", "Our client, a pharmaceutical manufacturer in NJ, is seeking a QC Chemist.", ""),
    ("Robert Half", "Robert Half is recruiting on behalf of Pfizer for a QC Chemist in Groton, CT.", "Pfizer"),
    ("Aerotek", "Aerotek is hiring a QC Chemist for a contract-to-hire opportunity with a leading pharmaceutical "
     "company in Rahway, NJ.", ""),
    ("Kelly Services", "Kelly Science & Clinical is seeking a QC Chemist for one of our top clients, Novartis, in "
     "East Hanover, NJ.", "Novartis"),
    ("Adecco", "Adecco is proud to be partnering with Eli Lilly to hire QC Chemists at its Indianapolis site.",
     "Eli Lilly"),
    ("Insight Global", "Insight Global is looking for a QC Chemist to join one of our largest pharmaceutical clients "
     "in Indianapolis.", ""),
    ("TEKsystems", "TEKsystems is seeking a QC Analyst for a Fortune 500 client in the medical device space.", ""),
    ("Actalent", "Job Title: QC Chemist\nClient: Catalent\nLocation: Bloomington, IN", "Catalent"),
    ("Randstad", "Our client, Johnson & Johnson, is seeking a QC Chemist for a 12-month contract.",
     "Johnson & Johnson"),
    ("Cypress Staffing Solutions", "We are recruiting on behalf of our client, Bristol Myers Squibb, for a QC Chemist.",
     "Bristol Myers Squibb"),
    ("Apex Systems", "Apex Systems has a contract-to-hire opening with a global biotech firm for a QC Chemist.", ""),
    ("Hudson Partners", "Our client is seeking a QC Chemist to support stability testing.", ""),
    # recorded postings (benchmarks/data/issue11)
    ("The Viscusi Group", "The Viscusi Group is recruiting an outside salesperson on behalf of one of our clients, a "
     "leading boutique manufacturer of custom rugs.", ""),
    ("Robert Half", "Established business and wealth management firm in Manhattan Beach has partnered with Robert Half "
     "legal in their search to secure an experienced Legal Assistant.", ""),
    ("Aston Carter", "Aston Carter has an exciting new opportunity in Morrisville, NC, to become a Patient Experience "
     "Specialist at a company that has been established for decades.", ""),
    ("Staffing Theory", "A leading pharmaceutical company committed to developing innovative medicines is hiring.", ""),
    # direct employers and an agency's own job: no client
    ("Pfizer", "Pfizer is seeking a QC Chemist to join our Groton site and test our clients' samples.", None),
    ("Robert Half", "Robert Half is hiring a Recruiter to join our internal team. You will place candidates with "
     "our clients.", None),
    ("Deloitte", "Deloitte is seeking a Senior Consultant to serve our clients in the life sciences sector.", None),
    ("Kelly Services", "Kelly is hiring a Branch Recruiter for our Troy, MI office.", None),
    ("Merck", "Merck is partnering with a local university to train QC Chemists.", None),
    ("Smith & Lee LLP", "Our client service team is seeking a Paralegal.", None),
]


@pytest.mark.parametrize("company, text, client", ROWS)
def test_placed_for(company, text, client):
    got = placed_for(company, text)
    assert (None if got is None else got.client) == client


@pytest.mark.parametrize("name, agency", [("Robert Half", True), ("Aerotek, Inc.", True), ("TEKsystems", True),
                                          ("Cypress Staffing Solutions", True), ("Pfizer", False), ("Kelly Moore Paint", False)])
def test_is_agency(name, agency):
    assert is_agency(name) is agency


RESUME = """Dana Whitfield
Columbus, OH | dana@example.com

EXPERIENCE
Chemistry Teacher, Whetstone High School, Columbus, OH, 2015 - present
- Ran UV-Vis and titration labs for 120 students each year
- Maintained the chemical inventory in Excel for 400+ reagents
- Weekly calibration of balances and pH meters

Lab Assistant, Ohio State University, Columbus, OH, 2012 - 2015
- Operated HPLC and GC instruments for undergraduate labs
- Recorded results in lab notebooks following GLP
"""
REQ = "\n\nRequirements:\n- HPLC, GC, titration and UV-Vis\n- Excel\n- GLP\n"


@pytest.mark.parametrize("company, text, client", [r for r in ROWS if r[2] is not None])
def test_letter_is_for_the_client(company, text, client):
    inp = WritingInput(RESUME, company=company, title="QC Chemist", posting_text=text + REQ)
    letter = cover_letter(inp)
    greeting = letter.splitlines()[0]
    assert f"at {company}" not in letter and f"what {company} needs" not in letter
    if client:
        assert greeting == f"Dear {client} hiring team," and f"position at {client}" in letter or f"role at {client}" in letter
    else:
        assert greeting == f"Dear {company.removeprefix('The ')} recruiting team," and "with your client" in letter
    assert inp.prose()["company"] in letter


@pytest.mark.parametrize("company, text, client", [r for r in ROWS if r[2] is None])
def test_direct_employer_letter_unchanged(company, text, client):
    letter = cover_letter(WritingInput(RESUME, company=company, title="QC Chemist", posting_text=text + REQ))
    assert letter.splitlines()[0].endswith(" hiring team,") and "your client" not in letter


@pytest.mark.parametrize("language, phrase", [("es", "con su cliente"), ("fr", "chez votre client")])
@pytest.mark.parametrize("company, text, client", [r for r in ROWS if r[2] == ""][:4])
def test_unnamed_client_in_spanish_and_french(language, phrase, company, text, client):
    letter = cover_letter(WritingInput(RESUME, company=company, title="QC Chemist", posting_text=text + REQ,
                                       language=language))
    assert phrase in letter and f"en {company}" not in letter and f"chez {company}" not in letter
