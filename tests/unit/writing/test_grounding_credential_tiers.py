"""Table of variants for a credential ladder's other tier claimed (session 29, ground109; set 25's "I am also an NSP
Certified Patroller" for «NSP Senior Patroller, 2011»). Ladders whose every rung is a credential: NSP (Patroller,
Senior, Certified), the Engineering Council (Incorporated, Chartered), sommeliers (Certified, Advanced, Master), court
interpreters (Registered, Certified). Sentences and lines written for this file.
(:mod:`careercopilot.writing.grounding.credential_steps`.)

``True``: the sentence must be flagged; ``False``: no flag. Old code (main a212c0b) got 2 of 9 rows wrong (missed flags:
"Senior", "Certified", "Chartered" were no rank words).
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)
HEAD = ("Name Surname\nCity · +00 000 000 · name@example.com\n\nEXPERIENCE\nAcme Works — City\n"
        "Operations Lead | 2019 – present\n\nCERTIFICATIONS\n")


def _flagged(line: str, sentence: str) -> bool:
    return bool(check(sentence, SourceFacts.from_texts(HEAD + "• " + line + "\n", today=TODAY)))


@pytest.mark.parametrize("line,sentence,flagged", [
    ("NSP Senior Patroller, 2011", "I am also an NSP Certified Patroller.", True),
    ("NSP Senior Patroller, 2011", "I am an NSP Senior Patroller.", False),
    ("Incorporated Engineer (IEng), Engineering Council, 2016", "I am a Chartered Engineer with the Engineering Council.", True),
    ("Incorporated Engineer (IEng), Engineering Council, 2016", "I am an Incorporated Engineer (IEng).", False),
    ("Court of Master Sommeliers Certified Sommelier, 2018", "I am an Advanced Sommelier of the Court of Master Sommeliers.", True),
    ("Court of Master Sommeliers Certified Sommelier, 2018", "I am a Certified Sommelier.", False),
    ("Registered Court Interpreter (Spanish), Texas JBCC, 2015", "I am a Certified Court Interpreter in Texas.", True),
    ("Registered Court Interpreter (Spanish), Texas JBCC, 2015", "I am a Registered Court Interpreter for Spanish.", False),
    ("Certified Patroller, NSP, 2019", "I am an NSP Certified Patroller.", False),
])
def test_other_tier_of_a_ladder(line, sentence, flagged):
    assert _flagged(line, sentence) is flagged
