"""A profession's product or technique satisfies its broader class, in both directions of the explanation
(``data/skill_hierarchy.json``, ``scoring.shown_by`` / ``scoring.related_product``; held titles:
``normalize.held_title_skills``).

Trial 105: a registered dental hygienist's Dentrix and Eaglesoft did not satisfy "Dental Practice Management
Software", and her radiography not "Dental X-Rays" — the same card showed Eaglesoft as had and the class as
missing, and tailoring and interview prep then asked about them. Variants: practice software of dentistry,
veterinary, pharmacy, the medical office, law firms, construction and logistics, and technique ↔ class pairs,
read from resume lines (the extractor, then the layer). On the old code 17 of the 25 class rows and both
related-product rows failed; the 8 controls (classes the layer already held) and the radiographer passed."""

import numpy as np
import pytest

from careercopilot.normalize.held_title_skills import held_title_skills
from careercopilot.normalize.skills import extract_skills
from careercopilot.services.matching.profile import Profile
from careercopilot.services.matching.scoring import related_product, shown_by


def _profile(text: str) -> Profile:
    return Profile(text=text, skills=extract_skills(text), chunk_vectors=np.zeros((0, 4)), doc_vector=np.zeros(4),
                   title_skills=held_title_skills(text))


def _has(prof: Profile, skill: str) -> bool:
    return skill.lower() in {s.lower() for s in prof.skills} or skill.lower() in shown_by(prof)


# (resume line, the class a posting asks for)
ROWS = [
    ("Recall and confirmation workflow built in Dentrix", "Dental Practice Management Software"),   # the trial
    ("Hygiene schedule and patient records in Eaglesoft", "Dental Practice Management Software"),   # the trial
    ("Charting in Patterson Eaglesoft", "Dental Practice Management Software"),
    ("Moved the front desk to Dentrix Ascend", "Dental Practice Management Software"),
    ("Charting and scheduling in Open Dental", "Dental Practice Management Software"),              # control
    ("Front desk: AVImark, ezyVet", "Veterinary Practice Management Software"),                     # control
    ("Filled 350+ prescriptions per shift in PioneerRx", "Pharmacy Management Systems"),            # control
    ("Posted charges and worked denials in Kareo", "Medical Billing"),                             # control
    ("Patient charts in eClinicalWorks", "Electronic Health Records"),                             # control
    ("Matters and billing in Clio", "Legal Case Management"),                                      # control
    ("Filed pleadings and correspondence in iManage", "Document Management"),
    ("Profiled documents in NetDocuments", "Document Management"),
    ("Daily logs and RFIs in Procore", "Construction Management"),                                 # control
    ("Built the CPM schedule in Primavera P6", "Project Scheduling"),
    ("Tendered loads in McLeod LoadMaster", "Transportation Management"),                          # control
    ("Wave planning and cycle counts in Manhattan WMS", "Warehouse Management Systems"),
    ("Receiving and putaway in SAP EWM", "Warehouse Management Systems"),
    ("Took bitewing radiographs and panoramic images", "X-Ray"),
    ("Dental radiography for pediatric patients", "X-Ray"),
    ("Delivered preventive care, radiographs, fluoride varnish and sealants", "X-Ray"),
    ("Performed venipuncture on 40 patients a shift", "Specimen Collection"),
    ("Phlebotomy and point-of-care testing", "Specimen Collection"),
    # a hygienist's or dental assistant's radiography is dental (the held title's scope)
    ("Maria Tavares, RDH\nSKILLS\nDentrix, radiography, sealants", "Dental X-Rays"),                # the trial
    ("Registered Dental Hygienist — Narragansett Smiles Dental Group\n- preventive care", "Dental X-Rays"),
    ("Certified Dental Assistant, Bright Smiles Dental  2019 - Present\n- chairside assisting", "Dental X-Rays"),
]


@pytest.mark.parametrize("line,asked", ROWS)
def test_a_product_or_technique_satisfies_its_class(line, asked):
    assert _has(_profile(line), asked), (extract_skills(line), shown_by(_profile(line)))


# the other direction: a missing product names the resume's product of its class, without counting it
RELATED = [
    ("Recall workflow in Dentrix", "Open Dental", "Dentrix (also Dental Practice Management Software)"),
    ("Patient records in Eaglesoft", "Curve Dental", "Eaglesoft (also Dental Practice Management Software)"),
]


@pytest.mark.parametrize("line,missing,expected", RELATED)
def test_a_missing_product_names_the_resumes_product_of_its_class(line, missing, expected):
    assert related_product(_profile(line), missing) == expected


def test_a_radiographer_is_not_read_as_taking_dental_x_rays():
    prof = _profile("Radiologic Technologist — Mercy Hospital\n- portable radiography in the ICU")
    assert _has(prof, "X-Ray") and not _has(prof, "Dental X-Rays")
