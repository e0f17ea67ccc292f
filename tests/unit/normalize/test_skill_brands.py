"""Bare product names that are also everyday words count only in a tool context, and products satisfy
their O*NET commodity class (skills91, issue 11 / trial 81 MED 4: "Run Toast for orders; Square at our
patio bar" showed no POS Systems; skill_ancestors("Toast POS") was empty)."""

import pytest

from careercopilot.normalize.skills import extract_skills, skill_ancestors

# (text, skill expected, present?) — brand words across professions, with their everyday senses
BRAND_ROWS = [
    ("General Manager, Saguaro Grill (casual dining, 140 seats) ... Run Toast for orders; Square at our patio bar",
     "Toast POS", True),
    ("General Manager, Saguaro Grill (casual dining, 140 seats) ... Run Toast for orders; Square at our patio bar",
     "Square POS", True),
    ("Skills: Toast, Clover, Aloha, cash handling", "Clover POS", True),
    ("Trained 30 servers on Aloha and reconciled end-of-day reports", "Aloha POS", True),
    ("Moved the boutique's checkout to Lightspeed in 2021", "Lightspeed POS", True),
    ("Charted assessments in Epic for 5-6 patients per shift", "Epic", True),
    ("Super-user for Epic flowsheets; unit quality champion", "Epic", True),
    ("Built the weekly bar schedule in When I Work", "When I Work", True),
    ("Scheduled technicians and sent invoices from Jobber", "Jobber", True),
    # negatives: the everyday word, a place, a company, another product of the same name
    ("Gave the toast at my sister's wedding; Toast to the couple!", "Toast POS", False),
    ("Managed a 12,000 square feet store", "Square POS", False),
    ("Our office is near Times Square, Wall Street, Central Park", "Square POS", False),
    ("Epic fail at the launch party, but we recovered.", "Epic", False),
    ("Level designer at Epic Games on Fortnite", "Epic", False),
    ("Working knowledge of Applied Epic; will consider other agency systems", "Epic", False),
    ("At Toast our employees are our secret ingredient", "Toast POS", False),
    ("Backed by GV and Lightspeed, the startup is building a streaming platform", "Lightspeed POS", False),
    ("Member services representative at Clover Health", "Clover POS", False),
    ("When I work with families I listen first.", "When I Work", False),
    ("Aloha! Welcome to our Maui team", "Aloha POS", False),
]


@pytest.mark.parametrize("text,skill,present", BRAND_ROWS)
def test_brand_words_count_only_as_tools(text, skill, present):
    assert (skill in extract_skills(text)) is present


# (product, broader skill it satisfies) — O*NET Technology Skills commodity classes across professions
CLASS_ROWS = [
    ("Toast POS", "POS Systems"), ("Square POS", "POS Systems"), ("Clover POS", "POS Systems"),
    ("Aloha POS", "POS Systems"), ("Lightspeed POS", "POS Systems"), ("Oracle MICROS", "POS Systems"),
    ("7shifts", "Labor Scheduling"), ("HotSchedules", "Scheduling"), ("When I Work", "Labor Scheduling"),
    ("UKG", "Timekeeping"), ("Epic", "Electronic Health Records"), ("Cerner", "Electronic Health Records"),
    ("Meditech", "Electronic Health Records"), ("PointClickCare", "Electronic Health Records"),
    ("QuickBooks", "Bookkeeping"), ("Xero", "Bookkeeping"), ("Procore", "Construction Management"),
    ("Clio", "Legal Case Management"), ("Yardi", "Property Management"), ("ServiceTitan", "Dispatching"),
    ("ADP", "Payroll"),
]


@pytest.mark.parametrize("product,broader", CLASS_ROWS)
def test_products_satisfy_their_class(product, broader):
    assert broader in skill_ancestors(product)


# (resume line, broader skill a posting may ask for) — the whole path from the words to the class
PATH_ROWS = [
    ("Ran payroll and tracked hours in Kronos", "Timekeeping"),
    ("Managed leases and renewals in Yardi Voyager", "Property Management"),
    ("Tracked RFIs and submittals in Procore", "Construction Management"),
    ("Dispatch board in ServiceTitan for 12 HVAC technicians", "Dispatching"),
    ("Opened matters and logged time in Clio", "Legal Case Management"),
    ("Documented MDS assessments in PointClickCare", "Electronic Health Records"),
    ("Closed the books monthly in Xero", "Bookkeeping"),
    ("Built the schedule in 7shifts for 45 staff", "Labor Scheduling"),
]


@pytest.mark.parametrize("text,broader", PATH_ROWS)
def test_a_product_named_in_passing_shows_its_class(text, broader):
    assert any(broader in skill_ancestors(s) for s in extract_skills(text))


def test_restaurant_gm_line_reads_her_pos_systems():
    found = extract_skills("General Manager, Saguaro Grill (casual dining, 140 seats) ... Run Toast for orders; "
                           "Square at our patio bar ...")
    assert {"Toast POS", "Square POS"} <= set(found)
    assert "POS Systems" in skill_ancestors("Toast POS")
