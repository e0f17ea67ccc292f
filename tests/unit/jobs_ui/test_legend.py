"""The Jobs legend's example chips are neutral (issue 10 trial: "Python" / "Kafka" shown to a nurse)."""

from __future__ import annotations

import json

from careercopilot.components.jobs import LEGEND_CHIPS, score_legend
from careercopilot.normalize import skills


def test_legend_chips_name_no_skill_of_any_profession():
    for chip in LEGEND_CHIPS:
        assert skills.canonical_skill(chip) is None, chip
    assert not {c.casefold() for c in LEGEND_CHIPS} & {s.casefold() for s in skills.all_skills()}


def test_the_rendered_legend_shows_only_those_chips():
    out = json.dumps(score_legend().render(), default=str)
    for chip in LEGEND_CHIPS:
        assert json.dumps(chip)[1:-1] in out
    found = [s for s in skills.all_skills() if f'\\"{s}\\"' in out]
    assert not found, found
