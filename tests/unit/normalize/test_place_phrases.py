"""Free-form location text with connectors and work modes (a newcomer's trial: "Denver, CO or
remote" offered only "Denver, CO, US" and silently dropped "or remote"): every part is read,
work-mode words become modes, and what is not understood is returned, never dropped."""

from __future__ import annotations

import pytest

from careercopilot.normalize.place_phrases import read_places
from careercopilot.normalize.places import parse_place_list


@pytest.mark.parametrize(("typed", "labels", "modes", "unresolved"), [
    ("Denver, CO or remote", ["Denver, CO, US", "Remote"], ["remote", "hybrid", "onsite"], []),  # remote anywhere or on site there (trial 41)
    ("Denver, CO / remote", ["Denver, CO, US", "Remote"], ["remote", "hybrid", "onsite"], []),  # remote anywhere or on site there (trial 41)
    ("Austin, TX or remote OK", ["Austin, TX, US", "Remote"], ["remote", "hybrid", "onsite"], []),  # remote anywhere or on site there (trial 41)
    ("hybrid in Austin", ["Austin, TX, US (hybrid)"], ["hybrid"], []),
    ("Boston (hybrid)", ["Boston, MA, US (hybrid)"], ["hybrid"], []),
    ("onsite near Boston, MA", ["Boston, MA, US (on-site)"], ["onsite"], []),
    ("in office in Chicago", ["Chicago, IL, US (on-site)"], ["onsite"], []),
    ("anywhere in NJ", ["New Jersey, US"], [], []),
    ("Bay Area or Seattle", ["Bay Area, US", "Seattle, WA, US"], [], []),
    ("Seattle and Portland, OR", ["Seattle, WA, US", "Portland, OR, US"], [], []),
    ("Berlin & Munich", ["Berlin, DE", "Munich, DE"], [], []),
    ("fully remote", ["Remote"], ["remote"], []),
    ("Denver or Mars Colony", ["Denver, CO, US"], [], ["Mars Colony"]),  # told, not dropped
    # one place whose name has a connector is not split
    ("Trinidad and Tobago", ["Trinidad and Tobago"], [], []),
    ("Bosnia and Herzegovina", ["Bosnia and Herzegovina"], [], []),
    # unchanged forms
    ("Denver, CO, Remote", ["Denver, CO, US", "Remote"], ["remote", "hybrid", "onsite"], []),  # remote anywhere or on site there (trial 41)
    ("Ontario, Canada", ["Ontario, CA"], [], []),
    ("Indianapolis", ["Indianapolis, IN, US"], [], []),
])
def test_every_part_is_read(typed, labels, modes, unresolved):
    reading = read_places(typed)
    assert [p.label for p in reading.places] == labels
    assert reading.work_modes == modes
    assert reading.unresolved == unresolved
    places, left = parse_place_list(typed)
    assert ([p.label for p in places], left) == (labels, unresolved)
