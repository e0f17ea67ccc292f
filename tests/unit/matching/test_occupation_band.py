"""Another occupation of the person's field sits in the strong band's lower part (trial 41, finding 2).

Trial 41 (session 23), a full-charge bookkeeper: Claim Manager 96, VP/Director of Finance 96,
Sr. FP&A Analyst 94, Workers' Comp Underwriter 95 (relation "same": her family, another O*NET
occupation) above the Bookkeeper posting, and the band line "your field at your level, no
dealbreaker (not met: title): a strong fit". On the old code both tests below failed: the
other occupation kept 75–100 (a calibrated 60 showed 90, the same as the own occupation), and
the band line did not say "another occupation".
"""

import pytest

from careercopilot.schemas import ScoreSteps
from careercopilot.services.job_detail_views import _band_why
from careercopilot.services.matching.occupation_band import ANOTHER_OCCUPATION_TOP
from careercopilot.services.matching.steps import in_band


@pytest.mark.parametrize("calibrated", [0.0, 20.0, 45.0, 60.0, 80.0, 99.9, 100.0])
def test_another_occupation_stays_strong_but_under_the_own_occupation(calibrated):
    other, own = in_band(calibrated, "same", 1.0), in_band(calibrated, "code", 1.0)
    assert 75.0 <= other <= ANOTHER_OCCUPATION_TOP < 100.0  # still a strong fit: calibration does not move
    assert own == 75.0 + 0.25 * calibrated
    if calibrated > 0:
        assert other < own
    # the order among the family's other occupations is the calibrated order
    assert in_band(calibrated + 0.1, "same", 1.0) > other or calibrated >= 100.0


@pytest.mark.parametrize(("relation", "not_met", "says", "never"), [
    ("same", ["title"], "your field, another occupation (not met: title)", "a strong fit"),
    ("same", [], "your field, another occupation, every preference met", "your occupation"),
    ("code", ["title"], "your occupation at your level, no dealbreaker (not met: title)", "another occupation"),
    ("code", [], "every preference met", "another occupation"),
])
def test_the_band_line_says_which_occupation(relation, not_met, says, never):
    line = _band_why(ScoreSteps(relation=relation, penalty=1.0, calibrated=60.0, score=in_band(60.0, relation, 1.0)),
                     not_met)
    assert says in line and never not in line
