"""Issue 12 (trial126, finding 3): a credential line quoted word for word with its bracketed note ("(exp. 03/2027)")
claims nothing the resume does not — the offline writer's self-check dropped NATE from a letter because the note's
year was flagged (:func:`careercopilot.writing.grounding.quoted_lines.quoted`). A note changed or claimed apart
from its line stays flagged."""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

RESUME = ("LICENSES & CERTIFICATIONS\n"
          "NATE Certified — Air Conditioning & Heat Pump Service, ID 48213907 (exp. 03/2027)\n"
          "Registered Nurse, Ohio Board of Nursing — License RN.123456 (expires 08/2028)\n"
          "PMP — Project Management Institute (valid through 2029)\n"
          "CDL Class A with Hazmat endorsement (renewal due 2028)\n"
          "EXPERIENCE\nHVAC Technician — Sunbelt Comfort Services, 2019 – Present\n- Service 40+ accounts.\n")

#: (sentence, flagged?)
ROWS = [
    ("My credentials include NATE Certified — Air Conditioning & Heat Pump Service, ID 48213907 (exp. 03/2027).", False),
    ("My credentials include Registered Nurse, Ohio Board of Nursing — License RN.123456 (expires 08/2028).", False),
    ("They also include PMP — Project Management Institute (valid through 2029).", False),
    ("My credentials include CDL Class A with Hazmat endorsement (renewal due 2028).", False),
    ("My credentials include NATE Certified — Air Conditioning & Heat Pump Service, ID 48213907 (exp. 03/2028).", True),
    ("My credentials include PMP — Project Management Institute (valid through 2031).", True),
    ("I have held NATE certification (exp. 03/2027) for years.", True),
    ("I earned my PMP (2031) from the Project Management Institute.", True),
]


@pytest.mark.parametrize(("sentence", "flagged"), ROWS)
def test_a_quoted_credential_keeps_its_note(sentence, flagged):
    flags = [f for f in check(sentence, SourceFacts.from_texts(RESUME, today=date(2026, 12, 7))) if f.kind == "date"]
    assert bool(flags) is flagged, (sentence, flags)
