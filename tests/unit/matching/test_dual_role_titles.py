"""A title naming two roles relates a person of either role at least as "adjacent" (trial 41).

Trial 41 (session 23): "Administrative Assistant Bookkeeper" (Columbus, semantic 91 %) was
"another field: unlikely" for a full-charge bookkeeper. Table: the two-role titles of the
issue-11 postings / demo feed ("Administrative Assistant Bookkeeper", "Freight Agent / Broker",
"Marketing Coordinator / Graphics Specialist", "Primary Care Nurse Practitioner / Physician
Assistant", "Client Service Associate / Practice Manager", "Architect/Project Manager") and common posting titles ("Administrative Assistant/Bookkeeper",
"Receptionist/Medical Assistant", "Office Manager / Bookkeeper", "Driver/Warehouse Associate",
"Dental Assistant Receptionist", "Cashier Stocker"), each with a person of the role the
title's reading does not lead with. On the old code 6 of the 13 pairs read "other" (the three bookkeeper
rows, Receptionist/Medical Assistant for a medical assistant, Dental Assistant Receptionist for a
receptionist, Architect/Project Manager for a project manager);
the one-role titles at the end were one role before and are still. Left: a part that is an
abbreviation ("Part-Time Medical Assistant/LPN", "Mover/Junk Hauler/Crew Member") is not read as a role.
"""

import pytest

from careercopilot.models import JobPosting
from careercopilot.normalize.dual_roles import title_roles
from careercopilot.services import matching
from careercopilot.services.matching.profile import person_occupations

PAIRS = [
    # (posting title, the person's target title)
    ("Administrative Assistant Bookkeeper", "Full-Charge Bookkeeper"),
    ("Administrative Assistant/Bookkeeper", "Bookkeeper"),
    ("Office Manager / Bookkeeper", "Bookkeeper"),
    ("Receptionist/Medical Assistant", "Medical Assistant"),
    ("Receptionist/Medical Assistant", "Receptionist"),
    ("Driver/Warehouse Associate", "Warehouse Associate"),
    ("Dental Assistant Receptionist", "Receptionist"),
    ("Cashier Stocker", "Stocker"),
    ("Freight Agent / Broker", "Freight Broker"),
    ("Marketing Coordinator / Graphics Specialist", "Graphic Designer"),
    ("Primary Care Nurse Practitioner / Physician Assistant", "Physician Assistant"),
    ("Client Service Associate / Practice Manager", "Practice Manager"),
    ("Architect/Project Manager", "Project Manager"),
]

ONE_ROLE = ["Administrative Assistant", "School Counselor", "Physical Therapist Assistant", "Paralegal Aide",
            "Police Officer", "Senior Data Engineer/Analyst", "Social Media Manager/Specialist",
            "Cloud / .NET Developer", "Remodeling/Insurance Estimator", "Maintenance Technician - Night Shift",
            "Medical Receptionist", "Executive Assistant to the CEO"]


def _relation(posting_title: str, target: str) -> str | None:
    occupations, level = person_occupations([target], [], "", None)
    prof = matching.Profile(text="", skills=[], chunk_vectors=None, doc_vector=None, titles=[target],
                            occupations=occupations, level=level)
    p = JobPosting(id=1, source_type="x", ats_id="1", url="https://x.example/1", title=posting_title,
                   company="Acme", company_key="acme", dedupe_key=posting_title, description_text="",
                   content_hash=posting_title, location_text="")
    return matching.scoring.occupation_relation(prof, p, None)


@pytest.mark.parametrize(("title", "target"), PAIRS)
def test_a_person_of_either_role_is_at_least_next_to_it(title, target):
    assert len(title_roles(title)) == 2
    assert _relation(title, target) in ("code", "same", "adjacent")


@pytest.mark.parametrize("title", ONE_ROLE)
def test_one_role_titles_stay_one_role(title):
    assert title_roles(title) == []
