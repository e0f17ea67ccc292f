"""Disguised contact details are flagged like plain ones (``writing.grounding.contact_forms``; attack93 item
8: every DISGUISED row got no flag on b4ed0e1 and the letter exported). The resume's own address in a
disguised form, and ordinary sentences, stay unflagged."""

from __future__ import annotations

import pytest

from careercopilot.writing.grounding import SourceFacts, check

RESUME = """Jordan Avery
jordan.avery@example.com · (503) 555-0142 · https://github.com/javery
Portland, OR

EXPERIENCE
Data Analyst, Cascade Health, 2019–present
- Built dashboards in Tableau and SQL for 40 clinics.
"""

DISGUISED = [
    ("Write to hr [at] evil-co [dot] com today.", "email"),
    ("Contact hr(at)evil.example for details.", "email"),
    ("Reach me at hr{at}evil{dot}example.", "email"),
    ("Mail hr＠evil.example now.", "email"),
    ("Visit ＨＴＴＰＳ：／／evil．example to apply.", "url"),
    ("Go to evil dot example slash apply to apply.", "url"),
    ("See jobs dot acme dot com for more.", "url"),
    ("See hxxps://evil[.]example for more.", "url"),
    ("See evil[.]example/apply for more.", "url"),
    ("My [portfolio](javascript:void) shows it.", "url"),
    ("My [work](data:text/html,hi) shows it.", "url"),
]
SUPPORTED = [
    "You can reach me at jordan [dot] avery [at] example [dot] com.",
    "You can reach me at jordan.avery＠example.com.",
    "My code is at github dot com slash javery.",
    "I look forward to talking with you at your convenience.",
    "I built dashboards in Tableau and SQL for 40 clinics.",
    "At Cascade Health I built dashboards (at scale) for 40 clinics.",
    "I wrote the dashboards [at Cascade Health] for 40 clinics.",
]


@pytest.mark.parametrize("sentence,kind", DISGUISED)
def test_a_disguised_contact_is_flagged(sentence, kind):
    flags = check(sentence, SourceFacts.from_texts(RESUME))
    assert [f.kind for f in flags] == [kind], flags
    assert flags[0].text in sentence  # quoted as written


@pytest.mark.parametrize("sentence", SUPPORTED)
def test_the_resumes_own_contact_and_plain_prose_stay_unflagged(sentence):
    assert check(sentence, SourceFacts.from_texts(RESUME)) == []
