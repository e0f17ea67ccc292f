"""A service title qualified by a clinical domain is read as the domain's profession, and a licensed
occupation the person holds is not outvoted by other targets (trial 55, F3;
``normalize.occupation_domains``, ``normalize.person_licensed``).

Trial 55: a registered respiratory therapist (RRT, 7 years) added the target titles "Pulmonary
Case Manager, Respiratory Case Manager, Patient Educator, Asthma/COPD Educator" and was read as
"Social work / Clinical and Counseling Psychologists". Variants are titles as postings and
resumes write them (AARC disease-management roles, ONS nurse navigators, CMSA case-manager
specialties, dental practice management). On the old code every domain row read the service
role (psychologists, health education specialists, "Managers, All Other"): 16 of the 17
domain rows failed (the nurse navigator already read nursing), 2 of the 4 family rows (social
work) and the title-check row.
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.occupation_domains import domain_occupation, read_title
from careercopilot.services.matching.explanations import occupation_title_fit
from careercopilot.services.matching.profile import read_person

DOMAIN_ROWS = [
    ("Pulmonary Case Manager", "Respiratory Therapists", "allied_health"),
    ("Respiratory Case Manager", "Respiratory Therapists", "allied_health"),
    ("Asthma/COPD Educator", "Respiratory Therapists", "allied_health"),
    ("COPD Educator", "Respiratory Therapists", "allied_health"),
    ("Asthma Educator", "Respiratory Therapists", "allied_health"),
    ("Respiratory Care Educator", "Respiratory Therapists", "allied_health"),
    ("Pulmonary Case Manager (Remote)", "Respiratory Therapists", "allied_health"),
    ("Pulmonary Disease Manager", "Respiratory Therapists", "allied_health"),
    ("Cardiac Case Manager", "Registered Nurses", "nursing"),
    ("Diabetes Case Manager", "Registered Nurses", "nursing"),
    ("Diabetes Educator", "Registered Nurses", "nursing"),
    ("Oncology Nurse Navigator", "Registered Nurses", "nursing"),
    ("Oncology Patient Navigator", "Registered Nurses", "nursing"),
    ("Heart Failure Care Coordinator", "Registered Nurses", "nursing"),
    ("Transplant Care Coordinator", "Registered Nurses", "nursing"),
    ("Dental Office Manager", "Dental Hygienists", "allied_health"),
    ("Veterinary Practice Manager", "Veterinary Technologists and Technicians", "allied_health"),
]

#: Titles with no domain qualifier or no service head: the reader's own reading stands.
PLAIN = ["Case Manager", "Patient Educator", "Health Educator", "Office Manager", "Respiratory Therapist",
         "Special Education Teacher", "Pharmacy Technician", "Dental Assistant", "Registered Nurse",
         "Medical Coder", "Cardiac Sonographer"]


@pytest.mark.parametrize(("title", "occupation", "family"), DOMAIN_ROWS)
def test_a_domain_service_title_reads_as_the_domain_profession(title, occupation, family):
    occ = read_title(title)
    assert (occ.title, occ.family) == (occupation, family)


@pytest.mark.parametrize("title", PLAIN)
def test_other_titles_keep_the_readers_reading(title):
    assert domain_occupation(title) is None


def test_the_level_words_are_kept():
    assert domain_occupation("Senior Cardiac Care Coordinator").level == "senior"


def test_the_title_check_reads_the_target_the_same_way():
    # trial 55: "matches your target 'Pulmonary Case Manager': the same occupation (Clinical and
    # Counseling Psychologists)" on a psychologist posting
    ok, why = occupation_title_fit("Pulmonary Case Manager", "Contract Licensed Clinical or Counseling Psychologist")
    assert not ok and "Respiratory Therapists" in why
    assert occupation_title_fit("Pulmonary Case Manager", "Respiratory Therapist")[0]


RRT = """MARISOL QUINTERO, RRT
Albuquerque, NM
SUMMARY
Registered respiratory therapist with 7 years in adult ICU and pulmonary care.
EXPERIENCE
Respiratory Therapist
Presbyterian Hospital, Albuquerque, NM  2021 – Present
- Manage ventilators for 8-12 adult ICU patients per shift
Respiratory Therapist
Lovelace Medical Center, Albuquerque, NM  2018 – 2021
- Pulmonary function testing and asthma education
CERTIFICATIONS
RRT (NBRC), BLS, ACLS
"""
FIVE = ["Respiratory Therapist", "Pulmonary Case Manager", "Respiratory Case Manager", "Patient Educator",
        "Asthma/COPD Educator"]


@pytest.mark.parametrize(("targets", "family"), [
    (FIVE, "allied_health"),  # the trial: social_work before
    (["Respiratory Therapist", "Case Manager", "Patient Educator", "Health Educator"], "allied_health"),  # held licence
    (["Respiratory Therapist"], "allied_health"),
    (["Data Analyst", "Business Intelligence Analyst"], "data_analysis"),  # a career changer: no target of the licence
])
def test_the_licensed_occupation_held_keeps_the_profession(targets, family):
    from careercopilot.services.matching.signals import _resume_titles

    _, fam, _ = read_person(targets, _resume_titles(RRT), RRT, None)
    assert fam == family
