"""People directed on a task who are not the person's team (session 31, fam131; issue 11 blind18 t02: a
third-year law-firm associate who "supervise[s] 5 contract attorneys on the review platform" read lead,
34 same-rung postings under 75).

``COUNTS`` (14 rows): run on the old code (main b5dd57c), 5 failed — contract, temporary and agency staff,
interns and student workers were counted as the person's reports (two of the 7 were not counted already); the 7 rows of a real team (a crew of
electricians, nurses, contracted guards a manager runs) passed and still pass.
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.level_cues import supervised_count

COUNTS = [
    ("Manage document review: supervise 5 contract attorneys on the review platform", 0),
    ("Supervised 3 temporary paralegals during trial preparation", 0),
    ("Oversaw 12 temp workers during peak season", 0),
    ("Managed 4 interns over the summer", 0),
    ("Led 6 agency nurses on night shift coverage", 0),
    ("Supervise 4 student workers at the circulation desk", 0),
    ("Directed 8 contract reviewers on a second-level review", 0),
    ("Supervise 9 field RNs, 4 LPNs and 6 aides", 19),
    ("Managed a team of 12 engineers", 12),
    ("Led a crew of 6 electricians", 6),
    ("Supervise 6 contracted security officers at the campus", 6),
    ("Direct 14 staff across two clinics", 14),
    ("Supervise 7 technicians and train new hires", 7),
    ("Lead a team of 5 paralegals", 5),
]


@pytest.mark.parametrize("text,count", COUNTS)
def test_supervised_count(text: str, count: int) -> None:
    assert supervised_count(text) == count
