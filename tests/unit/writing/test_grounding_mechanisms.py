"""Tables of the mechanisms that the misses and false flags of the six blind sets led to (session 7):
each row is one variant of a kind, written for this file (not a sentence of the sets)."""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding import entities as ent
from careercopilot.writing.grounding.text import quantities

TODAY = date(2026, 12, 3)


def flags_of(sentence: str, resume: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in check(sentence, SourceFacts.from_texts(resume, today=TODAY))]


# --- employment claimed at an organisation the resume names in another role ---------------------
ORG_RESUME = """Maya Lindqvist
maya@lindqvist.example

EXPERIENCE
Staff Accountant — Harlow Finch Partners, Tulsa, OK — 2018–Present
- Close the books for our largest client, Pinecrest Foods, each month.
- Reconcile vendor statements from Osage Paper Supply.
- Coordinate with external auditors at Bell Rowan CPAs.
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I was a Staff Accountant for Pinecrest Foods.", True),  # a run "<Title> for <Org>"
    ("I worked as a bookkeeper with Osage Paper Supply.", True),  # "<title noun> with <Org>"
    ("As a Bell Rowan CPAs employee, I audited receivables.", True),  # "<Org> employee"
    ("I kept the ledgers on Pinecrest's own accounting staff.", True),  # "<Org>'s own staff"
    ("I spent three years in accounts payable at Osage Paper Supply.", True),
    ("I worked in-house for Pinecrest Foods.", True),
    ("I was a CPA at Bell Rowan CPAs.", True),  # a role written as an acronym
    ("I partner with Pinecrest Foods on the monthly close.", False),  # a verb, not a role
    ("I am a Staff Accountant for Harlow Finch Partners.", False),
])
def test_employment_claims_at_a_non_employer(sentence, flagged):
    employer = [f for f in flags_of(sentence, ORG_RESUME) if f[0] == "employer"]
    assert bool(employer) is flagged, employer


# --- a lower rank may not be dropped from a title ------------------------------------------------
@pytest.mark.parametrize("held,claimed,flagged", [
    ("Assistant Store Manager", "Store Manager", True),
    ("Associate Product Manager", "Product Manager", True),
    ("Junior Graphic Designer", "Graphic Designer", True),
    ("Senior Graphic Designer", "Graphic Designer", False),  # an understatement
    ("Lead Structural Welder", "Structural Welder", False),
    ("Store Manager", "Store Manager", False),
])
def test_lower_rank_words_may_not_be_dropped(held, claimed, flagged):
    resume = (f"{held} — Birch Lane Outfitters, Dayton, OH — 2019–2022\n- Ran the floor.\n\n"
              f"{claimed} — Oakridge Market, Dayton, OH — 2022–Present\n- Ran the store.\n")
    titles = [f for f in flags_of(f"At Birch Lane Outfitters I was {claimed}.", resume) if f[0] == "title"]
    assert bool(titles) is flagged, titles


# --- degrees: written field, level, and the school of that degree --------------------------------
@pytest.mark.parametrize("resume_line,mention,flagged", [
    ("B.S. Computer Engineering, Purdue University, 2012", "a B.S. in Computer Science", True),
    ("B.S. Computer Engineering, Purdue University, 2012", "a B.S. in Computer Engineering", False),
    ("B.A. History, Hollins University, 2010", "a B.A. in Art History", True),
    ("M.S. Speech-Language Pathology, Weston University, 2014", "a doctorate in speech-language pathology", True),
    ("B.A. Spanish, Weston University, 2014", "a B.A. in Spanish", False),
])
def test_degree_field_and_level(resume_line, mention, flagged):
    degree = [f for f in flags_of(f"I hold {mention}.", resume_line) if f[0] == "degree"]
    assert bool(degree) is flagged, degree


@pytest.mark.parametrize("sentence,flagged", [
    ("My bachelor's degree from Weston is in Accounting.", True),  # the field after the school
    ("My bachelor's degree from Weston is in Marketing.", False),
    ("I speak Spanish and hold a B.A. in it.", False),  # a pronoun is not a field
])
def test_degree_field_written_after_the_school(sentence, flagged):
    resume = "B.A. Marketing — Weston University, 2014\nB.A. Spanish — Weston University, 2014"
    degree = [f for f in flags_of(sentence, resume) if f[0] == "degree"]
    assert bool(degree) is flagged, degree


SCHOOL_RESUME = """Nurse Educator — Crestview Health, Akron, OH — 2016–Present
- Precept 4 MSN students per term from Lakeshore University.

EDUCATION
MSN, Crestview University, 2015
B.A. Economics — Hollins College, 2010
Exchange term: Sciences Po (Paris), 2009
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I hold an MSN from Lakeshore University.", True),  # the students' school, on a bullet
    ("I hold an MSN from Crestview University.", False),
    ("I earned my B.A. in economics at Sciences Po.", True),  # the next line's school, not this degree's
    ("I earned my B.A. in economics at Hollins College.", False),
])
def test_the_school_of_a_degree_is_on_its_own_entry(sentence, flagged):
    degree = [f for f in flags_of(sentence, SCHOOL_RESUME) if f[0] == "degree"]
    assert bool(degree) is flagged, degree


# --- numbers derived from the resume's own figures ----------------------------------------------
@pytest.mark.parametrize("resume,sentence,flagged", [
    # a per-item average: money over a count of the same line
    ("- 2024: 25 sales, $8.0M volume", "My 2024 sales averaged about $320,000 each.", False),
    ("- 2024: 25 sales, $8.0M volume", "My 2024 sales averaged about $400,000 each.", True),
    # a pay cycle restated per year
    ("- Run payroll of about $2.1 million gross per biweekly cycle.", "That is roughly $55 million a year.", False),
    ("- Run payroll of about $2.1 million gross per biweekly cycle.", "That is roughly $80 million a year.", True),
    # a comparison states the difference of two figures of one line
    ("- Tickets close in 3 days vs. 8 for the team average.", "My tickets close 5 days faster than the team average.",
     False),
    ("- Tickets close in 3 days vs. 8 for the team average.", "My tickets close 6 days faster than the team average.",
     True),
    # the lower end of a range restated per another period
    ("- Drive 50–60 delivery miles per day.", "I drive roughly 250 to 300 delivery miles a week.", False),
    # a hedge: "close to"
    ("- Perform ~38 scans per 12-hour shift.", "I perform close to 40 scans per 12-hour shift.", False),
    # a rate of another kind is no conflict
    ("- Coded ~500 claims per week; 95% clean-claim rate.", "I code around 500 claims a week.", False),
    # the end of "from X to Y" is a value, not a difference
    ("- Cut cycle time from 10 days to 4.", "I cut cycle time from 10 days to 6.", True),
    # a number after its label must be the resume's number after that label
    ("CERTIFICATIONS\nWSET Level 2 Award in Wines (2021)\n- Mentor 3 new hires per quarter.",
     "I hold the WSET Level 3 Award in Wines.", True),
    ("CERTIFICATIONS\nWSET Level 2 Award in Wines (2021)", "I hold the WSET Level 2 Award in Wines.", False),
    # a team size written before the noun, the resume writing it after "team of"
    ("- Lead a front desk team of 18: agents, auditors and 2 bell captains.\n- 9 years in hotel front desk work.",
     "I lead an 18-person front desk team.", False),
])
def test_numbers(resume, sentence, flagged):
    numbers = [f for f in flags_of(sentence, resume) if f[0] in ("number", "scale")]
    assert bool(numbers) is flagged, numbers


@pytest.mark.parametrize("text,units", [
    ("a team of 12 nurses", [("team", "nurse")]),
    ("6 Columbus State respiratory students", [("respiratory", "student")]),  # names left out
    ("from 8.4 to 8.9. Grew revenue", [(), ()]),  # a unit stays in its clause
    ("3G and 4G positions", []),  # codes, not counts
])
def test_quantity_units(text, units):
    assert [q.unit for q in quantities(text)] == units


# --- dates --------------------------------------------------------------------------------------
DATE_RESUME = """Support Analyst | Kestrel Soft, St. Paul, MN | May 2017 - June 2021
- Named Analyst of the Year in 2019.
- Led the Zendesk-to-Freshdesk migration in 2020.

CERTIFICATIONS
CPIM (ASCM), 2018
CSCP (ASCM), 2021
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I was named Analyst of the Year at Kestrel Soft in 2019.", False),  # range ends are not event years
    ("I was named Analyst of the Year at Kestrel Soft in 2018.", True),
    ("I earned my CSCP in 2018.", True),  # the neighbour line's year is another credential's
    ("I earned my CSCP in 2021.", False),
    ("We finished the Freshdesk migration in 2020.", False),
    ("We completed the Freshdesk migration in 2021.", True),
])
def test_years_of_named_lines(sentence, flagged):
    dates = [f for f in flags_of(sentence, DATE_RESUME) if f[0] == "date"]
    assert bool(dates) is flagged, dates


def test_roles_nested_in_an_employer_range_are_one_entry():
    resume = ("HARBOR FOODS | Boise, ID | 2016–Present\nShift Lead (2019–Present); Line Cook (2016–2019)\n- Ran the line.\n\n"
              "Tide Inn | Tybee, GA\nNight Auditor (2016 – 2018); Desk Agent (2015 – 2016) | 06/2015 – 03/2018\n> Audits.")
    found = [(e.start, e.start_month, e.end, "Shift Lead" in e.header) for e in ctx.entries(resume, 2026)]
    assert found == [(2016, None, 2026, True), (2015, 6, 2018, False)]


@pytest.mark.parametrize("sentence,year,claim", [
    ("I started at Tide Inn in 06/2015 and stayed there until March 2018.", "2015", "start"),
    ("I started at Tide Inn in 2015 and left it in 2018.", "2018", "end"),
    ("I joined in 2019.", "2019", "start"),
])
def test_the_verb_nearest_a_year_decides_its_claim(sentence, year, claim):
    assert ctx.year_claim(sentence, sentence.index(year)) == claim


@pytest.mark.parametrize("a,b", [("closed", "closings"), ("managed", "manager"), ("accounting", "accountant")])
def test_inflections_share_a_stem(a, b):
    assert ctx.content_words(a) == ctx.content_words(b)


def test_resume_lines_are_not_cut_at_abbreviations():
    lines = SourceFacts.from_texts("- Listings sell in 19 days vs. 31 for the area. Next line.", today=TODAY).lines
    assert lines[0] == "- Listings sell in 19 days vs. 31 for the area."


@pytest.mark.parametrize("marker", ["-", "•", "*", ">", "›", "o", "✓", "▪"])
def test_bullet_markers(marker):
    resume = f"Acme Corp | Reno, NV\nAnalyst | 04/2018 – 09/2021\n{marker} Built reports with Vendorly Inc."
    (entry,) = ctx.entries(resume, 2026)
    assert "Vendorly" not in entry.header


# --- acronyms spelled out in the resume, names, links, scope ------------------------------------
@pytest.mark.parametrize("acronym,source,found", [
    ("ABGs", "Run 25 arterial blood gas analyses per day", True),
    ("P&C", "Connecticut Property & Casualty Producer License", True),
    ("MSAs", "Negotiated master service agreements", True),
    ("SAA", "Digital Archives Specialist, Society of American Archivists", True),
    ("SCP", "SHRM Certified Professional (SHRM-CP), 2019", False),  # the resume's own acronym is CP
    ("CRM", "customer service", False),
])
def test_initialism_from_the_resume(acronym, source, found):
    assert ctx.initialism_in(acronym, source) is found


@pytest.mark.parametrize("sentence,flagged", [
    ("I run 30 ABGs a day.", False),
    ("I hold an ACF Certified Executive Chef credential.", False),
    ("I manage leads in kvCORE.", True),  # a product name written in mixed case
    ("I hold ASME Sec. IX pipe qualifications.", False),  # an abbreviation before a numeral
])
def test_acronyms_and_names(sentence, flagged):
    resume = ("- Run 30 arterial blood gas analyses per day.\n- CRM: Follow Up Boss.\n"
              "Certified Executive Chef (CEC), American Culinary Federation, 2019\nASME Section IX, 6G pipe, 2017")
    assert bool(flags_of(sentence, resume)) is flagged


@pytest.mark.parametrize("url,flagged", [
    ("github.com/jdoe", True), ("github.com/jdoe-data", False), ("https://github.com/jdoe-data", False),
])
def test_a_cut_off_link_is_another_address(url, flagged):
    assert bool(flags_of(f"My code is at {url}.", "Jo Doe | github.com/jdoe-data")) is flagged


@pytest.mark.parametrize("sentence,flagged", [
    ("I lead the entire radiology department.", True),
    ("I manage the whole library staff.", True),
    ("I lowered shrink across the entire Lakefront Home & Hardware chain.", True),
    ("I thanked the whole team.", False),
])
def test_department_and_staff_scope(sentence, flagged):
    resume = "Lead CT Technologist — Lakefront Home & Hardware — 2019–Present\n- Lead 9 CT technologists."
    assert bool([f for f in flags_of(sentence, resume) if f[0] == "scale"]) is flagged


def test_title_heads_cover_service_and_trade_roles():
    assert [t for _, _, t in ent.find_titles("I was a Flight Attendant, then a Purser and a Concierge.")] == [
        "Flight Attendant", "Purser", "Concierge"]
