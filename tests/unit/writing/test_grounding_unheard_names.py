"""Table of variants for claims the checker's vocabularies never listed (session 21, ground22, issue 12: set 17's
tool, certification and scale misses and their kind in sets 11–16; resumes written for this file).

* a product named by its trade-mark spelling ("hyperMILL", "eClinicalWorks", "vSphere") that the resume does not
  write — flagged by its shape, whatever the skills taxonomy knows (:mod:`.product_names`);
* a credential the resume names as not obtained in other words than "in progress" ("coursework completed; CRME exam
  not taken", "did not sit the exam", "results pending") claimed as held (:mod:`.status`);
* reach over several units without a count ("a portfolio of mountain resorts", "several warehouses") for one
  (:mod:`.plural_reach`), a figure held "across every …" and work done for every one of a whole ("I review every
  medication order") (:mod:`.totality`).

``True``: the sentence must get a flag of the kind given; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)
HEAD = "Name Surname\nCity · +00 000 000 · name@example.com\n\n"


def _flags(resume: str, sentence: str) -> list[str]:
    return [f.kind for f in check(sentence, SourceFacts.from_texts(resume, today=TODAY))]


def _assert(resume: str, sentence: str, kind: str, flagged: bool) -> None:
    kinds = _flags(resume, sentence)
    assert (kind in kinds) is flagged and (flagged or kinds == []), kinds


CNC = HEAD + ("EXPERIENCE\nPrecision Axis GmbH — Ulm\nCNC Programmer | 04/2017 – present\n• 5-axis impellers, 0.01 mm\n\n"
              "SOFTWARE: Mastercam, SolidWorks, Heidenhain TNC 640, VMware vSphere, MS Excel\n")
CLINIC = HEAD + ("EXPERIENCE\nPrairie Family Clinic — Regina\nPractice Manager | 2018 – Present\n• 9 physicians\n\n"
                 "SYSTEMS: Med Access EMR, QuickBooks, macOS\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (CNC, "I program five-axis parts in hyperMILL.", True),
    (CNC, "I program five-axis impellers in Mastercam.", False),
    (CNC, "I manage our shop-floor VMs in vSphere 8.", False),
    (CNC, "I simulate toolpaths in camWorks before they reach the machine.", True),
    (CNC, "I log machine inspections in iAuditor.", True),
    (CNC, "I hold coolant at pH 8.8 and log spindle load in kWh.", False),
    (CNC, "I check the compressor at 620 kPa and its motor current in mA.", False),
    (CLINIC, "I track eGFR and mRNA vaccine reminders for our patients.", False),
    (CLINIC, "I moved our charting to eClinicalWorks.", True),
    (CLINIC, "I run the front desk on macOS.", False),
    (CLINIC, "I reconcile payroll in QuickBooks.", False),
    (CLINIC, "I send reminders by e-mail.", False),
    (CLINIC, "I manage the clinic's pfSense firewall.", True),
])
def test_products_by_their_spelling(resume, sentence, flagged):
    # (unit symbols and lab terms of a product's shape get no tool flag; their figures are the numbers check's)
    assert ("tool" in _flags(resume, sentence)) is flagged


HOSPITALITY = HEAD + ("EXPERIENCE\nSilver Pine Lodge — Banff\nGeneral Manager | 2019 – Present\n• P&L for $38M annual revenue\n\n"
                      "CERTIFICATIONS\n• Certified Hotel Administrator (CHA), 2018\n"
                      "• HSMAI Revenue Management Essentials course, 2016 (coursework completed; CRME exam not taken)\n"
                      "• CFP coursework, 2024; exam results pending\n"
                      "• Certified Meeting Professional (CMP) — eligible to sit the exam in 2027\n"
                      "• CPA Canada PEP modules; did not sit the CFE\n")


@pytest.mark.parametrize("sentence,flagged", [
    ("I hold HSMAI's CRME certification.", True),
    ("I completed the HSMAI Revenue Management Essentials coursework.", False),
    ("I hold the CFP certification.", True),
    ("I am a Certified Meeting Professional (CMP).", True),
    ("I hold the CFE designation.", True),
    ("I am a Certified Hotel Administrator.", False),
])
def test_credentials_not_taken_claimed_as_held(sentence, flagged):
    _assert(HOSPITALITY, sentence, "certification", flagged)


LODGES = HEAD + ("EXPERIENCE\nRockies Retreats Ltd. — Canmore\nArea General Manager | 2021 – Present\n"
                 "• Oversee 3 lodges in Banff and Canmore; $52M revenue\n")
ONE_CLINIC = HEAD + ("EXPERIENCE\nHarbourside Physiotherapy Clinics — Halifax\nClinic Manager, Dartmouth clinic | 2020 – Present\n"
                     "• 14 staff; 21,000 visits a year\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (HOSPITALITY, "I have P&L responsibility for a portfolio of mountain resorts.", True),
    (HOSPITALITY, "I run a chain of lodges in the Rockies.", True),
    (HOSPITALITY, "I have P&L responsibility for Silver Pine Lodge.", False),
    (LODGES, "I oversee a portfolio of lodges in the Rockies.", False),
    (LODGES, "I oversee several lodges in Banff and Canmore.", False),
    (ONE_CLINIC, "I run a network of physiotherapy clinics.", True),
    (ONE_CLINIC, "I manage several clinics across Halifax.", True),
    (ONE_CLINIC, "I work with multiple stakeholders.", False),
    (ONE_CLINIC, "I coordinate referrals with several departments at the hospital.", False),
])
def test_reach_over_several_units(resume, sentence, flagged):
    _assert(resume, sentence, "scale", flagged)


DRIVER = HEAD + ("WORK HISTORY\nSelf-employed driver — Calgary | 2019 – Present\n• Uber rating 4.93 over 6,100 trips\n"
                 "• Also drive for Skip and DoorDash\n")
PHARMACY = HEAD + ("EXPERIENCE\nBow River General Hospital — Calgary (420 beds)\nClinical Pharmacist, Oncology | 2018 – Present\n"
                   "• Verify ~180 chemotherapy orders a week\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (DRIVER, "I keep a 4.93 rating across every platform I drive for.", True),
    (DRIVER, "I keep a 4.93 rating on Uber.", False),
    (DRIVER, "I hold a 4.9 rating across all delivery apps.", True),
    (PHARMACY, "I review every medication order in the hospital.", True),
    (PHARMACY, "I verify chemotherapy orders for the oncology unit.", False),
    (PHARMACY, "I advise every ward in the hospital on anticoagulation.", True),
])
def test_figures_and_work_over_every_one_of_a_whole(resume, sentence, flagged):
    _assert(resume, sentence, "scale", flagged)
