"""Issue 12 (trial126, finding 1): "time away since your last role" is a claim about the resume's dates
(:mod:`careercopilot.writing.grounding.career_gaps`). Unsupported rows must be flagged (kind ``date``);
supported rows — a real return, a real gap, a break the resume writes — must pass with no flag at all
("a gap between two roles": "two" was read as a count the resume lacks)."""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

CURRENT = ("EXPERIENCE\nSenior HVAC Technician — Sunbelt Comfort Services\nPhoenix, AZ | March 2019 – Present\n"
           "- Service 40+ light-commercial accounts under maintenance agreements.\n"
           "HVAC Technician — Valley Breeze Heating & Cooling\nMesa, AZ | June 2017 – February 2019\n"
           "- Installed and serviced split systems and heat pumps.\n")
ENDED = CURRENT.replace("March 2019 – Present", "March 2019 – June 2022")
SPLIT = CURRENT.replace("March 2019 – Present", "March 2022 – Present").replace("June 2017 – February 2019",
                                                                                 "June 2012 – February 2016")
BREAK = ENDED + "Career break — July 2022 – Present\n- Full-time caregiver for a parent.\n"
OPEN = CURRENT.replace("March 2019 – Present", "Since 2019")

#: (resume, sentence, flagged?)
ROWS = [
    (CURRENT, "Your resume shows time away from paid work since your last role: what have you been doing?", True),
    (CURRENT, "Your resume shows a gap between two roles: how would you explain it?", True),
    (CURRENT, "How would you explain the employment gap on your resume?", True),
    (CURRENT, "Tell us about your career break and what you learned.", True),
    (CURRENT, "What prompted your return to the workforce?", True),
    (OPEN, "Your resume shows time away from paid work since your last role.", True),
    (ENDED, "Your resume shows time away from paid work since your last role: what have you been doing?", False),
    (ENDED, "How would you explain the gap in your work history?", False),
    (SPLIT, "Your resume shows a gap between two roles: how would you explain it?", False),
    (SPLIT, "Your resume shows time away from paid work since your last role.", True),
    (BREAK, "Tell us about your career break and what you learned.", False),
    (CURRENT, "Tell us about the 40+ light-commercial accounts you service.", False),
]


@pytest.mark.parametrize(("resume", "sentence", "flagged"), ROWS)
def test_time_away_is_read_against_the_resume_dates(resume, sentence, flagged):
    facts = SourceFacts.from_texts(resume, today=date(2026, 12, 7))
    flags = check(sentence, facts)
    assert (["date"] if flagged else []) == [f.kind for f in flags], (sentence, flags)
