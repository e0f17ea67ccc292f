"""The rung a person is hired into next (issue 11, level reading — ``normalize.level_reading``):
the rung the resume's own words ask for, a journey card, a title the person says overstates
the rung, a new graduate of a licensed field, the working rung of a short-order ladder, and the
public ladders named by a title's phrase (licensed master trades, the kitchen brigade, state
support classes named "<class> Senior"). Phrasings written from how real resumes put them."""

from __future__ import annotations

import pytest

from careercopilot.normalize.level_reading import asked_level, journey_level, resume_level, title_rung


@pytest.mark.parametrize(("text", "level"), [
    # long tenure without a title change, asking for the senior title
    ("Journeyman stationary engineer, 20 years at one hospital plant.\n"
     "Looking for a Senior Stationary Engineer position at a campus.", "senior"),
    ("911 telecommunicator for 11 years at a county center.\nSeeking a Senior Dispatcher role.", "senior"),
    # a law-firm senior associate who supervises juniors on her matters asks for senior counsel
    ("Seventh-year litigation associate; supervise associates on my matters.\n"
     "Seeking an in-house Senior Counsel role.", "senior"),
    # a civil-service support class asking for the next support class
    ("Office support in state government, 6 years.\nSeeking an Administrative Assistant 3 position.", "mid"),
    # a head of engineering asking for the executive office
    ("Engineering leader, 16 years.\nLooking for VP Engineering or CTO roles at growth-stage companies.", "executive"),
    ("Charge nurse, 9 years on a cardiac step-down unit.\nSeeking a Nurse Manager position.", "lead"),
    # a returner asks high: the summary's cap still holds (at most mid)
    ("Returning to the workforce after a five-year career break.\nSeeking a Nurse Manager position.", "mid"),
])
def test_asked_level_is_the_rung_the_resume_asks_for(text, level):
    assert asked_level(text) == level


@pytest.mark.parametrize("text", [
    "Seeking a data analyst role in healthcare.",  # names no rung
    "Seeking a paralegal or senior paralegal role.",  # one of two names one: no majority
    "Operations lead with 6 years in fulfillment centers.",  # asks for nothing
])
def test_asked_level_without_a_named_rung_is_none(text):
    assert asked_level(text) is None


@pytest.mark.parametrize(("text", "held"), [
    ("Journeyman operating engineer (IUOE) with 4 seasons on excavators.", True),
    ("TRAINING\nIUOE Local apprenticeship completed 2021 (journeyman card)", True),
    ("Washington State General Journey Level Electrician certificate, 2019", True),
    ("Completed the 5-year UA Local 130 apprenticeship in 2020.", True),
    ("Red Seal carpenter (Ontario), moved to Buffalo in 2024.", True),
    ("Licensed journeyman plumber, member of UA Local 130.", True),
    # not the person's card: worked under a journeyman, or still to come
    ("Pulled wire and set boxes under the journeyman; foreman signed my hours.", False),
    ("Second-year apprentice working toward my journeyman card in 2027.", False),
    ("Mentor 1st-4th year apprentices on jobsite safety.", False),
])
def test_journey_level_reads_the_persons_own_card(text, held):
    assert journey_level(text) is held


@pytest.mark.parametrize(("title", "years", "text", "family", "level"), [
    # a journeyman in a job-zone-2 occupation is the journey rung, not entry
    ("Heavy Equipment Operator", 5.0, "Journeyman operating engineer (IUOE) with 4 seasons on excavators.",
     "construction", "mid"),
    ("Construction Laborer", 1.5, "Laborers' Local 79 apprenticeship completed 2024 (journeyman card).",
     "construction", "mid"),
    ("Construction Laborer", 1.5, "Second-year apprentice working toward my journeyman card.", "construction", "entry"),
    # a title the person says overstates the rung: at most senior
    ("Vice President", 10.0, "Commercial credit underwriter, 9 years. Vice President is an officer title at "
     "my bank: I am an individual contributor with no direct reports.", "finance_accounting", "senior"),
    ("Design Director", 10.0, "Design director at a five-person studio; in practice I am a senior IC.",
     "design_ux", "senior"),
    ("Director of Finance", 12.0, "Director of finance; lead a team of 9 accountants.", "finance_accounting",
     "executive"),
    # a new graduate of any licensed field says so
    ("Personal Trainer", 6.0, "New graduate Physical Therapist Assistant moving from the fitness floor "
     "into outpatient orthopedic rehab.", "allied_health", "entry"),
    ("Retail Store Manager", 4.0, "New-grad pharmacist (PharmD 2025) seeking a hospital pharmacy role.",
     "allied_health", "entry"),
    ("Registered Nurse", 9.0, "Staff RN, 9 years on med-surg. Precept new graduate nurses.", "nursing", "mid"),
    # a short-order ladder's working rung: three stated years (level guide "mid = 2-5 yrs")
    ("Line Cook", 7.0, "Line cook, 3+ years on busy lines (saute, grill).", "hospitality", "mid"),
    ("Line Cook", 4.0, "Line cook with 2 years on the grill.", "hospitality", "entry"),
])
def test_resume_level_kinds(title, years, text, family, level):
    assert resume_level(title, years, "Summary\n" + text, family=family) == level


@pytest.mark.parametrize(("title", "level"), [
    # state licensing: the master holds the contractor's licence and runs journeymen (level guide: lead)
    ("master electrician", "lead"),
    ("master plumber", "lead"),
    ("ri master plumber · ma journeyman plumber", "lead"),
    ("master hvac technician", "lead"),
    # Washington's Secretary → Secretary Senior → Secretary Supervisor: "Senior" names the class
    ("secretary senior", "mid"),
    ("office assistant senior", "mid"),
    ("senior secretary", None),  # the level word in front is left to the level words
    # the kitchen brigade: chef de partie and junior sous are working rungs; the sous chef is senior
    ("junior sous chef", "mid"),
    ("sous chef (junior)", "mid"),
    ("chef de partie - garde manger", "mid"),
    ("sous chef", "senior"),
])
def test_title_rungs_of_public_ladders(title, level):
    assert title_rung(title)[1] == level
