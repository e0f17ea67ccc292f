"""Words of the posting's company or title are no claim when the document writes that name out (session 25 —
"session 28"; the offline-writer sweep over blind sets 10–16: letters for "Aegis Worldwide", "JD Ross Energy"
and the "Human Resources Manager" position were flagged "Worldwide" (scale), "JD" (degree) and "Human
Resources" (tool) in the greeting and the first line). The kind: a company or title holding a word the checker
reads as a tool, degree, credential, scope or title. The same word used as the user's own claim elsewhere in
the document is still flagged. On the code before, 6 of the 13 name rows failed (the rest were allowed by the blanket rule below); the
claim rows passed.

Also (:mod:`careercopilot.writing.grounding.posting_mentions`): the posting's title and the skills its title or
company names were allowed everywhere, so "I have used Python for five years" passed for a "Python Developer"
posting and "As a Registered Nurse, I …" for a "Registered Nurse" one — the commonest fabrication of a letter
for a job. They are now allowed only as the posting."""

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

RESUME = """Jordan Lee
Planner II, Lakeside County Planning Department, 2019 - Present
- Reviewed 60-80 land-use applications a year; staff reports for the planning commission
- Built GIS maps in ArcGIS Pro
Sales Associate, UrbanStyle Clothing, 2016 - 2019
Education: B.A. Geography, State University, 2016
"""


def flags(text: str, company: str, title: str):
    facts = SourceFacts.from_texts(RESUME, allowed=[company, title], today=date(2026, 12, 3))
    return [(f.kind, f.text) for f in check(text, facts)]


# (company, title, sentence): the posting's name written out — no flag
NAME_ROWS = [
    ("Aegis Worldwide", "Estimation Engineer", "Dear Aegis Worldwide hiring team,"),
    ("Aegis Worldwide", "Estimation Engineer", "I am applying for the Estimation Engineer position at Aegis Worldwide."),
    ("JD Ross Energy", "Business Development Manager", "I would like to join JD Ross Energy as it grows."),
    ("GlobeX Leisure and Travel", "Human Resources Manager",
     "I am writing to apply for the Human Resources Manager position at GlobeX Leisure and Travel."),
    ("Excel Staffing Group", "Planner", "Thank you for considering me for the Planner role at Excel Staffing Group."),
    ("Java House Coffee", "Shift Planner", "I admire how Java House Coffee treats its neighbourhoods."),
    ("Swift Transportation", "Route Planner", "The Route Planner opening at Swift Transportation caught my eye."),
    ("MBA Logistics Partners", "Planner", "I would welcome the chance to plan for MBA Logistics Partners."),
    ("Summit PhD Tutoring", "Scheduler", "Summit PhD Tutoring's mission matters to me."),
    ("Global Planning Associates", "Land Use Planner",
     "I would bring my review work to Global Planning Associates."),
    ("Oracle Health", "Planning Analyst", "I am applying to Oracle Health for the Planning Analyst role."),
    ("Nurse Next Door", "Care Scheduler", "Nurse Next Door's care model is why I applied."),
    ("Lakeside Realty", "Director of Human Resources Planning",
     "I am applying for the Director of Human Resources Planning position."),
]

# the same word as the user's own claim, outside the written-out name: still flagged
CLAIM_ROWS = [
    ("JD Ross Energy", "Business Development Manager", "I also hold a JD.", "JD"),
    ("Oracle Health", "Planning Analyst", "I administered Oracle databases for six years.", "Oracle"),
]


# the posting's title and the tools its title names, as the posting: no flag (:mod:`...posting_mentions`)
POSTING_ROWS = [
    ("Acme", "Python Developer", "I am excited about the Python Developer role."),
    ("Acme", "Python Developer", "I am excited about your Python role."),
    ("Acme", "Senior Salesforce Administrator", "I would bring my planning work to your Salesforce team."),
    ("Acme", "Tableau Developer", "The role calls for Tableau, and I build maps in ArcGIS Pro."),
    ("Acme", "Registered Nurse", "I am applying for the Registered Nurse position at Acme."),
    ("Acme", "Registered Nurse", "I would be glad to join Acme as a Registered Nurse."),
    ("Acme", "Registered Nurse", "I am eager to contribute as a Registered Nurse on your floor."),
    ("Acme", "Tableau Developer", "Tableau is central to the work this team does."),
    ("Salesforce", "Planning Analyst", "I am applying to Salesforce for the Planning Analyst role."),
    ("Salesforce", "Planning Analyst", "Salesforce's mission is why I applied."),
]

# the posting's title or its tools claimed by the user: flagged. Each passed unflagged on the code before
# (the posting's title and its title's skills were allowed everywhere) — 8 of 8 rows failed.
CLAIMED_ROWS = [
    ("Acme", "Python Developer", "I have used Python for five years.", "Python"),
    ("Acme", "Registered Nurse", "As a Registered Nurse, I triaged patients.", "Registered Nurse"),
    ("Acme", "Registered Nurse", "My years as a Registered Nurse taught me patience.", "Registered Nurse"),
    ("Acme", "Tableau Developer", "I built Tableau dashboards for the planning commission.", "Tableau"),
    ("Acme", "Salesforce Administrator", "I administered Salesforce for the county.", "Salesforce"),
    ("Excel Staffing Group", "Planner", "I built every budget model in Excel.", "Excel"),
    ("Java House Coffee", "Shift Planner", "I wrote the county's permit tracker in Java.", "Java"),
    ("Salesforce", "Planning Analyst", "I used Salesforce to track every permit.", "Salesforce"),
]


@pytest.mark.parametrize("company,title,sentence", POSTING_ROWS)
def test_the_posting_named_as_the_posting_is_no_claim(company, title, sentence):
    assert flags(sentence, company, title) == []


@pytest.mark.parametrize("company,title,sentence,word", CLAIMED_ROWS)
def test_the_postings_title_or_tool_claimed_is_flagged(company, title, sentence, word):
    assert any(word in text for _, text in flags(sentence, company, title))


@pytest.mark.parametrize("company,title,sentence", NAME_ROWS)
def test_the_posting_name_written_out_is_no_claim(company, title, sentence):
    assert flags(sentence, company, title) == []


@pytest.mark.parametrize("company,title,sentence,word", CLAIM_ROWS)
def test_the_same_word_as_a_claim_is_still_flagged(company, title, sentence, word):
    assert any(word in text for _, text in flags(sentence, company, title))


# One test of the shared rule (:func:`...posting_mentions.inside_allowed_name`, ground110: it merged the package's
# ``_inside_posting_name`` and the credential check's name loop): (allowed, text, span, cased, inside)
INSIDE_ROWS = [
    (["Aegis Worldwide"], "Dear Aegis Worldwide hiring team,", "Worldwide", False, True),
    (["Aegis Worldwide"], "Dear AEGIS WORLDWIDE hiring team,", "WORLDWIDE", False, True),  # the name in another case
    (["Human Resources Manager"], "the human resources manager position", "human resources", False, True),
    (["Human Resources Manager"], "As a Human Resources Manager, I led hiring.", "Human Resources Manager", False, False),
    (["JD Ross Energy"], "I also hold a JD.", "JD", False, False),  # the name is not written there
    (["barton CPA"], "contributing at Barton CPA.", "CPA", True, True),  # the credential's initials in the name's case
    (["Escapade Tours"], "an ESCAPADE tour", "CAPA", True, False),  # cased: "capa" of the name is no "CAPA"
    (["Escapade Tours"], "an ESCAPADE TOURS trip", "CAPA", False, True),  # uncased: any case
    (["CPA"], "As a CPA, I audited clients.", "CPA", True, False),  # the whole name is no longer name
]


@pytest.mark.parametrize("allowed,text,span,cased,inside", INSIDE_ROWS)
def test_inside_allowed_name_case_rule(allowed, text, span, cased, inside):
    from careercopilot.writing.grounding.posting_mentions import inside_allowed_name

    s = text.index(span)
    assert inside_allowed_name(text, s, s + len(span), allowed, cased=cased) is inside
