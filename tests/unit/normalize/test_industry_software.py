"""Industry software of professions outside tech is a skill, and satisfies its product class (session 25,
"session 28"; trial92: a CPhT's "PioneerRx", "McKesson EnterpriseRx" and "CoverMyMeds" were not recognised,
so a pharmacy posting asking for pharmacy software showed it missing). The kind: a profession's own systems
(pharmacy management and dispensing cabinets, ELDs and TMS in trucking, dental and veterinary practice software,
estimating and job-costing in construction, LIS/LIMS and chromatography data systems in labs, SIS in schools,
contact-centre platforms, ePCR and CAD in public safety). Classes follow O*NET Technology Skills commodity
classes (O*NET 29.2, CC BY 4.0), as ``skill_hierarchy.json`` says. On the code before, all 34 product rows,
the 20 class rows and the pharmacy posting row failed; the 5 everyday-word rows passed."""

import pytest

from careercopilot.normalize.skills import extract_posting_skills, extract_skills, skill_ancestors

# (resume or posting line, skill expected)
FOUND = [
    ("Filled 350+ prescriptions per shift in PioneerRx; ran prior auths through CoverMyMeds", "PioneerRx"),
    ("Filled 350+ prescriptions per shift in PioneerRx; ran prior auths through CoverMyMeds", "CoverMyMeds"),
    ("Data entry and adjudication in McKesson EnterpriseRx", "EnterpriseRx"),
    ("Pharmacy systems: QS/1, BestRx, Rx30", "QS/1"),
    ("Pharmacy systems: QS/1, BestRx, Rx30", "BestRx"),
    ("Restocked Pyxis MedStation and Omnicell cabinets on 4 units", "Pyxis"),
    ("Restocked Pyxis MedStation and Omnicell cabinets on 4 units", "Omnicell"),
    ("Calibrated the ScriptPro robot daily", "ScriptPro"),
    ("Logged HOS and DVIRs on Motive (formerly KeepTruckin)", "Motive"),
    ("ELD: Samsara; pre-trip and post-trip inspections", "Samsara"),
    ("Built and tendered loads in McLeod LoadMaster", "McLeod Software"),
    ("Dispatch board in TMWSuite for 60 trucks", "TMW Systems"),
    ("Posted trucks and searched freight on the DAT load board", "DAT Load Board"),
    ("Charting and scheduling in Open Dental; intraoral images with DEXIS", "Open Dental"),
    ("Charting and scheduling in Open Dental; intraoral images with DEXIS", "DEXIS"),
    ("Checked in patients and invoiced visits in Cornerstone", "IDEXX Cornerstone"),
    ("Front desk: AVImark, ezyVet", "AVImark"),
    ("Quantity takeoffs in PlanSwift and bids in HeavyBid", "PlanSwift"),
    ("Quantity takeoffs in PlanSwift and bids in HeavyBid", "HCSS HeavyBid"),
    ("Job cost reports from Sage 300 CRE (Timberline)", "Sage 300 CRE"),
    ("Posted charges and worked denials in Kareo", "Kareo"),
    ("Resulted specimens in Sunquest and Epic Beaker", "Laboratory Information System"),
    ("HPLC assays processed in Empower 3 and ChemStation", "Empower CDS"),
    ("HPLC assays processed in Empower 3 and ChemStation", "ChemStation"),
    ("Vendor bills approved in Bill.com; expense reports in Expensify", "Bill.com"),
    ("Vendor bills approved in Bill.com; expense reports in Expensify", "Expensify"),
    ("Ran biweekly payroll for 220 employees in Paylocity", "Paylocity"),
    ("Entered grades and attendance in PowerSchool and Infinite Campus", "PowerSchool"),
    ("Entered grades and attendance in PowerSchool and Infinite Campus", "Infinite Campus"),
    ("Took 80 calls a day on Five9 and Genesys Cloud", "Five9"),
    ("Took 80 calls a day on Five9 and Genesys Cloud", "Genesys Cloud"),
    ("Completed ePCRs in ImageTrend Elite", "ImageTrend"),
    ("Dispatched units in Spillman CAD", "Spillman Flex"),
    ("Tickets worked in Gorgias for a Shopify store", "Gorgias"),
]

# the everyday word, a surname, another thing of the same name: no product
NOT_FOUND = [
    ("My motive for changing careers is to spend more time with family", "Motive"),
    ("Reported to Sarah McLeod, operations director", "McLeod Software"),
    ("Cornerstone of our culture is respect", "IDEXX Cornerstone"),
    ("Cornerstone Church youth group volunteer", "IDEXX Cornerstone"),
    ("Played on the seesaw with the kids at recess duty", "Seesaw"),
]


@pytest.mark.parametrize("text,skill", FOUND)
def test_industry_software_is_a_skill(text, skill):
    assert skill in extract_skills(text)


@pytest.mark.parametrize("text,skill", NOT_FOUND)
def test_everyday_words_are_not_products(text, skill):
    assert skill not in extract_skills(text)


@pytest.mark.parametrize("product,broader", [
    ("PioneerRx", "Pharmacy Management Systems"), ("EnterpriseRx", "Pharmacy Management Systems"),
    ("CoverMyMeds", "Prior Authorization"), ("Pyxis", "Automated Dispensing Cabinets"),
    ("Samsara", "Hours of Service"), ("Motive", "Fleet Management"), ("McLeod Software", "Transportation Management"),
    ("Open Dental", "Dental Practice Management Software"), ("AVImark", "Veterinary Practice Management Software"),
    ("PlanSwift", "Construction Estimating"), ("Sage 300 CRE", "Job Costing"), ("Kareo", "Medical Billing"),
    ("STARLIMS", "Laboratory Information Management System"), ("Chromeleon", "Chromatography"),
    ("Paycom", "Payroll"), ("PowerSchool", "Student Information Systems"), ("Canvas LMS", "Learning Management Systems"),
    ("Talkdesk", "Call Center"), ("ImageTrend", "Electronic Patient Care Reporting"), ("Mark43", "Emergency Dispatch"),
])
def test_a_product_satisfies_its_class(product, broader):
    assert broader in skill_ancestors(product)


def test_a_pharmacy_posting_asking_for_its_software_is_met_by_the_product():
    posting = extract_posting_skills(
        "Pharmacy Technician\nRequirements:\n- PTCB certification\n- Experience with pharmacy management systems\n"
        "- Prior authorization processing")
    have = set(extract_skills("CPhT. Filled prescriptions in PioneerRx; prior auths via CoverMyMeds."))
    have |= {a for s in have for a in skill_ancestors(s)}
    assert "Pharmacy Management Systems" in posting.required and "Pharmacy Management Systems" in have
