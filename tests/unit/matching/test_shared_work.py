"""Which families share work (matching's occupation factor): the labeling guide's adjacency table
(benchmarks/data/issue11/families.md, the definition of grade 1), and nothing else. Newcomer trial of
2026-12-06: a landscaping "Crew Member" (hospitality) ranked first for a journeyman electrician as "an
occupation next to yours" (the old table paired skilled trades with hospitality)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from careercopilot.normalize.occupation_families import FAMILIES, SHARED_WORK, work_relation

GUIDE = Path(__file__).resolve().parents[3] / "benchmarks" / "data" / "issue11" / "families.md"


def _guide_table() -> dict[str, set[str]]:
    rows = re.findall(r"^\| (\w+) \| ([\w, ]+) \|$", GUIDE.read_text("utf-8"), re.M)
    return {fam: {a.strip() for a in adj.split(",")} for fam, adj in rows if fam != "family"}


def test_shared_work_is_the_guides_adjacency_table():
    guide = _guide_table()
    assert set(guide) == set(FAMILIES)
    assert {f: set(SHARED_WORK.get(f, ())) for f in FAMILIES} == guide


@pytest.mark.parametrize(("person", "posting", "relation"), [
    ("skilled_trades", "hospitality", "other"),        # the electrician and the landscaping crew
    ("skilled_trades", "administrative", "other"),
    ("allied_health", "hospitality", "other"),
    ("social_work", "allied_health", "other"),
    ("public_safety", "social_work", "other"),
    ("logistics_supply_chain", "sales", "other"),
    ("skilled_trades", "construction", "adjacent"),
    ("legal", "public_safety", "adjacent"),
    ("education", "human_resources", "adjacent"),
    ("engineering_architecture", "design_ux", "adjacent"),
    ("nursing", "nursing", "same"),
    ("nursing", None, None),
])
def test_work_relation(person, posting, relation):
    assert work_relation(person, posting) == relation
    assert work_relation(posting, person) == relation  # symmetric
