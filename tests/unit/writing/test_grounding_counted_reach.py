"""Table of variants for "across <a count> <units>": a counted reach is a number claim, not a whole-organisation
scope claim (session 20, ground21, after set 16's "I run surveillance across nine districts" flagged against
"Surveillance across 9 districts"; sentences written for this file).

:mod:`careercopilot.writing.grounding.scope` reads "across the district", "across all 12 districts" and "across every
store" as reach over a whole organisation; a count before the noun ("across nine districts", "across 2 depots",
"across a dozen sites") says how many, and the numbers check judges the count. ``True``: the sentence must be
flagged; ``False``: no flag.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check, scope

TODAY = date(2026, 12, 3)

HEAD = "Name Surname\nCity · +00 000 000 · name@example.com\n\nEXPERIENCE\nOperations Lead, Acme Works | 2019 – present\n"


def _flagged(line: str, sentence: str) -> bool:
    facts = SourceFacts.from_texts(HEAD + "• " + line + "\n", today=TODAY)
    return bool(check(sentence, facts))


@pytest.mark.parametrize("line,sentence,flagged", [
    ("Vaccination surveillance across 7 districts, population approx. 1.1 million",
     "I run vaccination surveillance across seven districts.", False),
    ("Vaccination surveillance across 7 districts, population approx. 1.1 million",
     "I run vaccination surveillance across nine districts.", True),
    ("3 depots (cocheras), 85 mechanics", "I lead 85 mechanics across three depots.", False),
    ("3 depots (cocheras), 85 mechanics", "I lead 85 mechanics across five depots.", True),
    ("Rolled out the new POS in 12 stores", "I rolled out the new POS across 12 stores.", False),
    ("Rolled out the new POS in 12 stores", "I rolled out the new POS across 21 stores.", True),
    # no count: the reach of all of them is still a scope claim
    ("Rolled out the new POS in 12 stores", "I rolled out the new POS across all of our stores.", True),
    ("Rolled out the new POS in 12 stores", "I rolled out the new POS across the entire company.", True),
])
def test_counted_reach(line, sentence, flagged):
    assert _flagged(line, sentence) is flagged


@pytest.mark.parametrize("sentence,claimed", [
    ("I run surveillance across nine districts.", False),
    ("I lead 140 mechanics across two depots.", False),
    ("We deployed it across 40 stores.", False),
    ("We deployed it across twenty-two sites.", False),
    ("We deployed it across all 40 stores.", True),
    ("We deployed it across every store.", True),
    ("We deployed it across the district.", True),
])
def test_a_count_is_no_scope_claim(sentence, claimed):
    assert bool(scope.claims(sentence)) is claimed
