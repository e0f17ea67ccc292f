"""Request bodies refuse what they do not define and values of the wrong kind (attack145 finding 5 and
INFO 6, session 32).

Old code (63bebf9): 10 of the 13 rows of :data:`REFUSED` were accepted (held: the two
``ApplicationUpdate`` extra-key rows — that model already forbade extras — and ``resume_id`` false, read
as 0 and refused by its bound) — a misspelt ``"title"`` in ``PUT /preferences``
(which replaces every field) cleared the stored titles; ``true`` was read as posting 1; a deadline in
year 1 was stored. The rows of :data:`ACCEPTED` held before and after.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from careercopilot.apiv1 import schemas

#: (model, body) that must be refused (422)
REFUSED = [
    (schemas.PreferencesIn, {"title": ["Data Engineer"]}),
    (schemas.PreferencesIn, {"titles": ["Data Engineer"], "location": ["Denver, CO"]}),
    (schemas.ApplicationCreate, {"company": "Acme", "title": "Engineer", "user_id": 2}),
    (schemas.ApplicationCreate, {"posting_id": True}),
    (schemas.ApplicationCreate, {"posting_id": "7"}),
    (schemas.ApplicationCreate, {"posting_id": 7.0}),
    (schemas.ApplicationUpdate, {"offer_deadline": "0001-01-01"}),
    (schemas.ApplicationUpdate, {"follow_up_on": "9999-12-31"}),
    (schemas.ApplicationUpdate, {"resume_id": False}),
    (schemas.ApplicationUpdate, {"archive": True}),
    (schemas.ApplicationUpdate, {"stage": "offer"}),
    (schemas.StageMove, {"stage": "interviewing", "from_stage": "applied"}),
    (schemas.ContactIn, {"name": "Sam", "phone": "555-0100"}),
]

#: (model, body) that must still be accepted
ACCEPTED = [
    (schemas.PreferencesIn, {"titles": ["Data Engineer"]}),
    (schemas.ApplicationCreate, {"posting_id": 7}),
    (schemas.ApplicationCreate, {"company": "Acme", "title": "Engineer", "work_mode": "remote"}),
    (schemas.ApplicationUpdate, {"offer_deadline": "2026-12-31", "follow_up_on": "2027-01-05"}),
    (schemas.ApplicationUpdate, {"offer_deadline": None, "resume_id": 3}),
    (schemas.StageMove, {"stage": "interviewing"}),
    (schemas.ContactIn, {"name": "Sam", "role": "Recruiter"}),
]


@pytest.mark.parametrize("model,body", REFUSED, ids=[f"{m.__name__}-{sorted(b)}-{i}" for i, (m, b) in enumerate(REFUSED)])
def test_bodies_with_unknown_keys_or_wrong_kinds_are_refused(model, body):
    with pytest.raises(ValidationError):
        model.model_validate(body)


@pytest.mark.parametrize("model,body", ACCEPTED, ids=[f"{m.__name__}-{i}" for i, (m, _b) in enumerate(ACCEPTED)])
def test_well_formed_bodies_are_accepted(model, body):
    model.model_validate(body)
