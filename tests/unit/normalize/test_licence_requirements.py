"""The licences a posting requires and the ones a resume shows (``normalize.licence_requirements``).

Real wording: the posting lines are from ``benchmarks/data/issue11/postings.jsonl`` (NYC Jobs,
LinkedIn 2023-24; ids in the comments) and the resume lines from the issue-11 resume sets (ids in the
comments). The old code had no reader at all: every row below that expects a requirement (41 of the
58 posting rows) or a held licence (13 of the 24 resume rows) was unknown to the scorer, which is how
a pharmacist posting reached "strong fit 93" for a dental hygienist.
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.licence_requirements import (
    Held,
    LicenceRequirement,
    held_licences,
    licence_gap_text,
    missing_licences,
    required_licences,
)

# (posting text, the requirement groups expected: one tuple of keys per requirement)
POSTINGS = [
    # required, in the postings' own words
    ("Minimum QualificationsMust have open, active, and in good standing CA State Pharmacist License", [("pharmacist",)]),  # li-3708944827
    ("LICENSURE OR CERTIFICATION: Current Pharmacist licensure in Arizona.", [("pharmacist",)]),  # li-805229245
    ("Required Licenses, Certifications, Registration, Etc\nMust be an active and unrestricted licensed pharmacist in state of practice",
     [("pharmacist",)]),  # li-3902750491
    ("Qualifications\nDoctor of Pharmacy (PharmD) required.", [("pharmacist",)]),
    ("Admission to the New York State Bar;", [("attorney",)]),  # nyc-379378
    ("Requirements: - Admission in good standing to any State Bar in the United States.", [("attorney",)]),  # li-3861166245
    ("Must be Licensed and in good standing with CA BAR", [("attorney",)]),  # li-3904955750
    ("About you: You are in good standing and currently licensed to practice law in the State of Hawaiʻi.", [("attorney",)]),  # li-606178500
    ("Qualifications:Juris Doctor degree (J.D.) from an accredited law school", [("attorney",)]),  # li-23221523
    ("Admission to the NYS Bar is required.", [("attorney",)]),  # nyc-425926
    ("QUALIFICATIONS:A passion for caring for our residentsCurrent RN LicenseAbility to Administer Medication", [("rn",)]),  # li-263583866
    ("Licensure or other certifications: Licensed to practice as an RN in Georgia", [("rn",)]),  # li-3778723781
    ("A license and current registration to practice as a Registered Professional Nurse in New York State.", [("rn",)]),  # nyc-197941
    ("Possession of a valid New York State license as a Registered Nurse is required.", [("rn",)]),  # nyc-404659
    ("Active RN license required.", [("rn",)]),  # li-3884429733
    ("Active RN or LPN licensePrior experience in a phone triage role", [("rn", "lpn")]),  # li-3868493438
    ("Current Nurse Practitioner license and certification", [("np",)]),  # li-3767020403
    ("Qualifications Valid license as a Registered Dental HygienistKnowledge of dental procedures", [("rdh",)]),  # li-3866468513
    ("RequirementsAn unrestricted and current license to practice medicine in the state of Alaska", [("physician",)]),  # li-3610591138
    ("Licensed to practice physical therapy in the State of Idaho", [("pt",)]),  # li-3849913605
    ("License/Certification: Physical Therapy License (Required)", [("pt",)]),  # li-3883546874
    ("Requirements: Possess a valid Physical Therapist Assistant license in the State of Michigan", [("pta",)]),  # li-3835918209
    ("License/Certification:Occupational Therapy License (Required)", [("ot",)]),  # li-3684991720
    ("QualificationsA Master's Degree in Speech Language Pathology Current License in Speech Pathology", [("slp",)]),  # li-3785849500
    ("Illinois Respiratory Care Practitioner license", [("rt",)]),  # li-3884430913
    ("A valid New York State License as a Professional Engineer is required.", [("pe",)]),  # nyc-243586
    ("and (2) A valid New York State Professional Engineer’s License.", [("pe",)]),  # nyc-249126
    ("Professional Engineer, PE, license in Georgia is required", [("pe",)]),  # li-3704185899
    ("QualificationsBachelor's or Master's degree in ArchitectureProfessional licensure as an architect", [("architect",)]),  # li-3075721793
    ("A valid New York State Certified Public Accountant license and at least 18 months of accounting experience.", [("cpa",)]),  # nyc-390570
    ("Professional licensure in the state of New Jersey (LSW, LAC, LCSW, LPC,LMFT)", [("lcsw", "lmsw", "lpc", "lmft")]),  # li-3426467577
    ("Candidate must have a valid CDL Class A drivers license with Hazmat, Tanker, Doubles endorsements", [("cdl_a",)]),  # li-3884426885
    ("Job Description: CMD Electric is actively seeking skilled California Licensed Journeyman Electricians to join our team.",
     [("journeyman_electrician",)]),  # li-3804603307
    ("High School diploma or GEDMust possess a certified Journeyman card.", [("journeyman",)]),  # li-3884431494
    # eligibility still requires the licence (the person who can obtain it qualifies)
    ("Current and in good standing Registered Nurse license to practice nursing in the Commonwealth of Virginia, or license eligible;",
     [("rn",)]),  # li-3884426762
    ("- Current state license or eligibility for licensure as an Occupational Therapist", [("ot",)]),  # li-3882279550
    ("Oregon Registered Nurse License upon hire", [("rn",)]),  # li-3884429686
    # numbered alternatives that all name a licence: one choice
    ("Qualification Requirements:\n1. A valid license as a New York State Registered Professional Nurse and 2 years of nursing "
     "experience; or 2. A valid New York State registration as a Physicians' Assistant and 1 year of experience.",
     [("rn", "pa")]),  # nyc-385235
    ("Must possess one of the following valid New York State licenses or certification: Registered Pharmacist, Registered "
     "Professional Nurse, Registered Physician’s Assistant", [("pharmacist", "rn", "pa")]),  # nyc-405240
    ("Graduation from an accredited United States law school as defined in the Rules of the New York Court of Appeals or "
     "admission to the New York State Bar.", [("attorney",)]),  # nyc-281922
    ("A valid Professional Engineer’s or Registered Architect license;", [("pe", "architect")]),  # nyc-425325
    # NOT required: preferred, a plus, an alternative route, some assignments only
    ("Admission to both the NY Bar and NJ Bar is strongly preferred", []),  # li-3736083076
    ("Journeyman license preferred", []),  # li-3838774352
    ("PE or EIT is desirable", []),  # li-3884429619
    ("PE licensure a plus", []),  # li-3884430628
    ("Certified Public Accountant designation preferred", []),  # li-3816172762
    ("MBA or CPA desired", []),  # li-3651735073
    ("LMSW, LCSW or MSW preferred with experience in Trauma Informed Care", []),  # li-3765212611
    ("Engineer in Training (EIT) registration or LEED certification are plusses.", []),  # li-3658924039
    ("1. (A) one year of full-time satisfactory experience in management auditing; or (B) a valid Certified Public "
     "Accountant license issued by the New York State Education Department; or (C) a valid Certified Internal Auditor certificate",
     []),  # nyc-409884
    ("Works independently Class A Commercial Driver’s License valid in the State of New York may be required", []),  # nyc-413941
    ("We are currently seeking a licensed psychologist or masters-level clinician to join our team", []),  # li-3874702220
    # NOT the hire's licence: colleagues, the employer, a bare title
    ("Job requires working closely with licensed physical therapists to assist in providing rehabilitative care", []),  # li-3785146504
    ("The current position will be under the direct supervision of a professional engineer", []),  # nyc-356341
    ("To be eligible for placement to Assignment Level II, individuals other than licensed professional engineers must have",
     []),  # nyc-413198
    ("Keywords: Registered Nurse (RN), Location: Murrieta, CA - 92564", []),  # li-2147609712
    ("Establish policies which maintain the engineering database, including JD Edwards data", []),  # li-3884429551
    ("Valid driver's license required for traveling to client appointments", []),  # li-3836793450
]


@pytest.mark.parametrize(("text", "expected"), POSTINGS)
def test_required_licences_reads_the_posting(text, expected):
    assert [r.keys for r in required_licences(text)] == expected


def test_eligibility_wording_is_kept():
    (req,) = required_licences("Oregon Registered Nurse License upon hire")
    assert req.eligible
    (req,) = required_licences("Active RN license required.")
    assert not req.eligible


def test_a_preferred_section_requires_nothing():
    text = ("Requirements\nBachelor's degree in civil engineering\n\nPreferred Qualifications\n"
            "A valid New York State License as a Professional Engineer")
    assert required_licences(text) == []


# (resume text, keys that must be held, keys that must NOT be held)
RESUMES = [
    ("MARISOL OKAFOR-LIND, RDH\nAmes, IA\nRegistered dental hygienist, licensed in Iowa since 2022.\n"
     "- Read bitewings/FMX on Dexis; flag findings for the dentist before the exam.", {"rdh"}, {"dentist", "pharmacist"}),  # j01
    ("DANIELLE OKAFOR, RN, BSN\nBrooklyn, NY\nLICENSES & CERTIFICATIONS\n- New York State RN License (active)", {"rn"}, set()),  # r01
    ("Staff Pharmacist - Walgreens\nPharmD, University of Iowa", {"pharmacist"}, {"rn"}),  # g02 kind
    ("WENDELL ASHBY - MASTER PLUMBER\nLICENSES\nSouth Dakota Master Plumber license | Minnesota Journeyman Plumber",
     {"master_plumber", "journeyman_plumber", "journeyman"}, {"master_electrician"}),  # j13
    ("Recent law graduate (J.D. 2025, admitted in Maine 2025) finishing a one-year clerkship.", {"attorney"}, set()),  # j19
    ("LICENSES\nTennessee CDL Class A - H, N endorsements", {"cdl_a", "cdl_b", "cdl"}, set()),  # j21
    ("CASPAR MBEKI-ROWLAND, P.E. | Cheyenne, WY", {"pe", "eit"}, set()),  # j15
    ("INGRID SOLBERG-MWANGI, CPA | Mankato, MN", {"cpa"}, set()),  # j20
    ("HOLLIS BRENNAN-TAKEDA, LCPC\nTherapist (part-time)", {"lpc"}, {"lcsw", "psychologist"}),  # j06
    ("JORDAN REYES, PTA\nSKILLS\nTexas PTA license, 2024 (passed NPTE-PTA first attempt)\n"
     "- Progressed post-op knee patients under PT plan of care", {"pta"}, {"pt"}),  # r03
    ("Senior Clinical Social Worker\nLICENSURE\nLCSW, New York", {"lcsw", "lmsw"}, set()),  # b24 kind
    ("Newly licensed RN (NCLEX passed May 2026)\nLICENSES\nRegistered Nurse, Oklahoma (multistate)", {"rn"}, set()),  # g01
    ("Jordan Whitaker, EIT — Civil Engineer\nLICENSE  EIT (NY), 2021 · PE exam (Civil) scheduled", {"eit"}, {"pe"}),  # b07
    # not the person's: colleagues, plans, other meanings of a short form
    ("Maricel Dela Cruz\nOBJECTIVE: To work as Nursing Assistant or LPN in hospital\n"
     "- Report to the charge nurse any changes; continue my study for RN.", set(), {"rn", "lpn"}),  # r02
    ("Home Health Aide\n- 40 hours in sub-acute unit under supervision of the RN\nI am planning to start the LPN program next year.",
     set(), {"rn", "lpn"}),  # b02
    ("Executive Assistant to the CEO\n- Board books in Diligent, minutes drafts for the general counsel", set(), {"attorney"}),  # j11
    ("Office Manager\n- Keep a 30-attorney firm running: facilities, billing", set(), {"attorney"}),  # j12
    ("Foreign-trained lawyer (LL.B.). Not licensed to practise law in the US.\n- Draft support under supervision of attorney.",
     set(), {"attorney"}),  # f13
    ("Imani Castellanos-Webb\nBaltimore, MD | 410-555-0148", set(), {"physician"}),  # h23
    ("Bookkeeper\nVolunteer Treasurer, Oak Ridge Elementary PTA", set(), {"pta"}),  # g13
    ("VP Sales\n- Comfortable with boards, PE sponsors and long enterprise cycles", set(), {"pe"}),  # e16
    ("Rehab Scheduling Coordinator\n- Schedule PT/OT/SLP visits for 9 therapists; K-5 goals under OTR supervision",
     set(), {"pt", "ot", "slp"}),  # i08
    ("Plumber Apprentice (2nd Year)\n- Set carriers and fixtures, help the journeyman with cast iron", set(), {"journeyman"}),  # h04
    ("Marketing Director\n- Physician recruitment marketing; a physician-liaison on staff", set(), {"physician"}),  # j26
]


@pytest.mark.parametrize(("text", "held", "not_held"), RESUMES)
def test_held_licences_reads_the_resume(text, held, not_held):
    got = held_licences(text).held
    assert held <= got and not (not_held & got), sorted(got)


def test_a_degree_or_a_scheduled_exam_makes_the_person_eligible_not_licensed():
    h = held_licences("New graduate nurse (BSN, December 2026; NCLEX-RN scheduled January 2027)")  # j03
    assert "rn" not in h.held and "rn" in h.eligible
    h = held_licences("Case Manager II\nEDUCATION\nMSW, Rutgers University")  # j05 kind
    assert "lmsw" in h.eligible and "lmsw" not in h.held


@pytest.mark.parametrize(("req", "held", "missing"), [
    (LicenceRequirement(("pharmacist",)), Held(frozenset({"rdh"})), True),
    (LicenceRequirement(("rn", "lpn")), Held(frozenset({"lpn"})), False),
    (LicenceRequirement(("rn",), eligible=True), Held(frozenset(), frozenset({"rn"})), False),
    (LicenceRequirement(("rn",), eligible=False), Held(frozenset(), frozenset({"rn"})), True),
    (LicenceRequirement(("journeyman",)), held_licences("Master Electrician, 12 years"), False),
    (LicenceRequirement(("cdl_b",)), held_licences("Class A CDL, clean record"), False),
])
def test_missing_licences(req, held, missing):
    assert bool(missing_licences([req], held)) is missing


def test_gap_text_names_the_licence():
    assert licence_gap_text(LicenceRequirement(("pharmacist",))) == (
        "Requires a pharmacist licence (RPh) — not on your resume")
    assert " or " in licence_gap_text(LicenceRequirement(("rn", "pa")))
