"""Number forms a cover letter restates a resume's figures in (writing/grounding/text.py and
numbers.py): shares in words, currency prefixes, unit abbreviations, "top-3" and "#61" ranks,
graded names ("Band 5"), exact decimal differences. Each form is tested both ways: the true
restatement passes, a wrong figure in the same form is flagged."""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

RESUME = """PRIYA NAIR
Toronto, ON | priya.nair@example.org

EXPERIENCE
Operations Lead - Northbay Outfitters, Toronto - August 2021 to Present
- Reduced mis-ships on my shift from 0.9% to 0.3% of orders.
- Reduced first response time on the support queue from 6 hours to 1.5 hours.
- Cut weekly food waste by 31% with a batch-tracking system.
- Identified C$2.3M in annual margin leakage with the merchandising team.
- Raised pick rate from 92 to 118 units per hour.
- Improved the store's Google rating rank from #61 to #34 among Toronto outfitters within 18 months.
- Developed 6 seasonal window displays, including one that became a top-3 traffic driver.
- Installed 480V three-phase distribution and 20kg-rated shelving in the new stockroom.
- Cut cancellations from 6.8% to 4.1% of orders after fixing a slot-booking bug.
- Won a EUR 750,000 regional fit-out grant with the facilities team.

Staff Nurse (Band 5), Acute Medical Unit - Leeds General - 2016 to 2021
- Completed a Post-registration Course (Level 6, 40 credits).
"""
FACTS = SourceFacts.from_texts(RESUME, today=date(2026, 12, 3))


def _flags(sentence: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in check(sentence, FACTS) if f.kind in ("number", "scale")]


@pytest.mark.parametrize("sentence", [
    "I cut mis-ships on my shift by two-thirds.",                          # 0.9 → 0.3 %: −66.7 %
    "I cut first response time on the support queue by three quarters.",  # 6 h → 1.5 h: −75 %
    "I cut weekly food waste by nearly a third.",                          # 31 %
    "I cut weekly food waste by about a third with batch tracking.",
    "I identified over C$2 million in annual margin leakage.",
    "I identified C$2.3M in annual margin leakage.",
    "I raised the pick rate by more than 25%.",                            # +28 %
    "I moved our Google rating rank up 27 places among Toronto outfitters.",
    "A window display of mine became a top-three traffic driver.",
    "I installed 480-volt three-phase distribution in the stockroom.",
    "Response times fell from 6 hours to 1.5 hours on my queue.",
    "After fixing a slot-booking bug, cancellations fell by 2.7 percentage points.",
    "I worked as a Band 5 staff nurse on an acute medical unit.",
    "I completed a Level 6 post-registration course.",
    "I helped win a three-quarters of a million euro regional fit-out grant.",
    "The rank rose within a year and a half.",                              # not a share
])
def test_true_restatements_pass(sentence):
    assert _flags(sentence) == []


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("I cut mis-ships on my shift by three-quarters.", "three-quarters"),  # it was two-thirds
    ("I cut weekly food waste by two-thirds.", "two-thirds"),              # it was 31 %
    ("I identified over C$5 million in annual margin leakage.", "C$5 million"),
    ("I raised the pick rate by more than 60%.", "60%"),
    ("I moved our Google rating rank up 40 places among Toronto outfitters.", "40"),
    ("A window display of mine became a top-two traffic driver.", "two"),
    ("I installed 600-volt three-phase distribution in the stockroom.", "600"),
    ("After fixing a slot-booking bug, cancellations fell by 3.4 percentage points.", "3.4"),
    ("I worked as a Band 7 staff nurse on an acute medical unit.", "7"),
    ("I helped win a quarter of a million euro regional fit-out grant.", "a quarter of a million"),
])
def test_wrong_figures_in_the_same_form_are_flagged(sentence, flagged):
    assert any(flagged in text for _, text in _flags(sentence)), _flags(sentence)
