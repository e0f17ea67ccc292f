"""CSV cells whose first character is a formula trigger in NFKC form are neutralized (attack80 finding 7:
a full-width ＝ passed)."""

from __future__ import annotations

import pytest

from careercopilot.services.exchange import neutralize

STARTS = ["=1+1", "+cmd", "-2+3", "@SUM(1)", "\t=1", "\r=1", "\n=1", "＝1+1", "＋cmd", "－2+3", "＠SUM(1)",
          "﹦1+1", "﹢cmd", "﹣2", "﹫SUM(1)", "⁼1", "₌1", "⁺1", "₊1"]
SAFE = ["Engineer", "'=1", " =1", "1=1", "Ｅngineer", "", "ＡＢＣ"]


@pytest.mark.parametrize("text", STARTS)
def test_formula_starts_are_neutralized(text):
    assert neutralize(text) == "'" + text


@pytest.mark.parametrize("text", SAFE)
def test_other_text_is_kept(text):
    assert neutralize(text) == text
