"""A title whose head noun is "nurse" is nursing (``normalize.occupation_nurses``, calib96, issue 11).

Real title forms (issue-11 postings li-3884835231 "Remote Utilization Management Nurse" and li-3736994600
"Nurse Injector", both labeled nursing, and the payer/aesthetics/telehealth titles job boards carry). On the
old code 9 of the 12 nurse rows failed (read IT infrastructure, religious workers, skincare specialists);
the 9 control rows passed and still do: a nurse the old reading already placed keeps its O*NET code, and
other heads ("Recruiter", "Educator", "Assistant") and other trades' nurses stay where they were.
"""

import pytest

from careercopilot.normalize.occupations import infer_occupation

NURSES = [
    "Remote Utilization Management Nurse",      # li-3884835231: 15-1211.01 Health Informatics (vote)
    "Utilization Review Nurse",                  # O*NET alternate title of 15-1211.01
    "Utilization Review Nurse (RN) - Remote",
    "Prior Authorization Nurse",                 # voted 21-2099 Religious Workers
    "Nurse Injector",                            # li-3736994600: 39-5094 Skincare Specialists
    "Aesthetic Nurse Injector",
    "Aesthetic Nurse",
    "Telehealth Nurse",                          # exact 15-1211.01
    "Utilization Management Nurse",
    "Clinical Appeals Nurse",
    "Registered Nurse",                          # already nursing (control of the rule's reach)
    "Case Management Nurse",
]


@pytest.mark.parametrize("title", NURSES)
def test_a_nurse_title_is_nursing(title):
    assert infer_occupation(title).family == "nursing"


CONTROLS = [
    # (title, family, code or None)
    ("Psychiatric Nurse", "nursing", "29-1141.02"),          # the old reading's code is kept
    ("Licensed Practical Nurse", "nursing", "29-2061.00"),
    ("Nurse Practitioner", "nursing", "29-1171.00"),
    ("Nursing Assistant", "nursing", "31-1131.00"),
    ("Nurse Recruiter", "human_resources", None),             # the head is the recruiter
    ("Nurse Educator", "education", None),
    ("Dental Nurse", "allied_health", None),                  # the UK's dental assistant
    ("Nursery Nurse", "education", None),                     # childcare
    ("Medical Assistant", "allied_health", None),
]


@pytest.mark.parametrize(("title", "family", "code"), CONTROLS)
def test_other_heads_and_placed_nurses_are_kept(title, family, code):
    occ = infer_occupation(title)
    assert occ.family == family
    assert occ.method != "nurse_head"
    if code:
        assert occ.code == code
