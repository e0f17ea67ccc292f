"""Rung-lookalike words of job titles (``normalize.level_lookalikes``, trial 41 finding 4b).

Real titles (job boards and public postings: "Full-Charge Bookkeeper" is trial 41's own
resume; the nursing, childcare, maritime and billing titles are common posting titles), with
the level a recruiter reads. On the old code (before session 23) 35 of the 49 rows failed:
"Full-Charge Bookkeeper" read lead, "Charge Nurse" lead, "Lead Teacher" lead, "Senior Living
Coordinator" senior, "Head Start Teacher" lead, "Scrum Master" senior, "Chief Mate" executive,
a bare "Principal" lead. The last rows are read as before (checked, kept).
"""

import pytest

from careercopilot.normalize.occupations import infer_level, infer_posting_level

TABLE = [
    # scope or duty words: no rung
    ("Full-Charge Bookkeeper", None), ("Full Charge Bookkeeper", None), ("Bookkeeper - Full Charge", None),
    ("Full Charge Bookkeeper/Office Administrator", None), ("Senior Full-Charge Bookkeeper", "senior"),
    ("Charge Entry Specialist", None), ("Charge Capture Analyst", None), ("Charge Description Master Coordinator", None),
    ("Lead Generation Specialist", None), ("Lead Abatement Worker", None), ("Lead Inspector/Risk Assessor", None),
    # the people or programme served
    ("Senior Living Coordinator", None), ("Senior Center Coordinator", None), ("Senior Services Coordinator", None),
    ("Senior Living Community Relations Director", "executive"), ("Head Start Teacher", None),
    ("Head Start Family Advocate", None), ("Senior Care Aide", "entry"),
    # things
    ("Master Data Analyst", None), ("Master Scheduler", None), ("Scrum Master", None),
    ("Master's Level Therapist", None), ("Masters Level Clinician", None),
    # another rung than the generic word's
    ("Charge Nurse", "senior"), ("RN Charge Nurse - Med/Surg", "senior"), ("Registered Nurse - Charge", "senior"),
    ("LPN Charge Nurse", "mid"), ("Charge Nurse (LPN)", "mid"), ("Charge Nurse Manager", "lead"),
    ("Lead Teacher", "mid"), ("Lead Preschool Teacher", "mid"), ("Infant Lead Teacher", "mid"),
    ("Lead Toddler Teacher", "mid"), ("Head Start Lead Teacher", "mid"),
    ("Chief Mate", "lead"), ("Chief Steward", "lead"), ("Chief Cook", "lead"),
    ("Principal", "executive"), ("Elementary School Principal", "executive"),
    # kept as they read
    ("Principal Engineer", "lead"), ("Principal Software Engineer", "lead"), ("Master Electrician", "lead"),
    ("Head Cashier", "lead"), ("Head Teller", "lead"), ("Executive Assistant", None), ("Executive Chef", "lead"),
    ("Senior Accountant", "senior"), ("Senior Program Manager", "lead"), ("Master Barber", "senior"),
]


@pytest.mark.parametrize(("title", "level"), TABLE)
def test_title_level(title, level):
    assert infer_level(title, None, default=None) == level


def test_full_charge_bookkeeper_posting_reads_its_description():
    """Without a rung word the posting's level comes from what it asks (3 years → mid), not "lead"."""
    assert infer_posting_level("Full-Charge Bookkeeper", "Requires 3+ years of bookkeeping experience.") == "mid"


_CHARGE = "SUMMARY\nRegistered nurse, 8 years on a med-surg unit.\n\nEXPERIENCE\nCharge Nurse, Med-Surg | Valley Regional | 2018 - present\n- {duty}\n"


def test_a_charge_nurse_reads_lead_only_when_the_resume_says_they_supervise():
    from careercopilot.normalize.occupations import resume_level

    assert resume_level("Charge Nurse", 8.0, _CHARGE.format(duty="Take charge of the unit on nights.")) == "senior"
    assert resume_level("Charge Nurse", 8.0, _CHARGE.format(duty="Supervise 9 RNs and 4 CNAs on nights.")) == "lead"
