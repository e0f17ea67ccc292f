"""Table of variants for open history ranges written with the CV's words instead of a dash, and for durations of
one role or of leading work (written for this file; employers and countries chosen apart from the blind sets).

An open range may read "| da marzo 2019 a oggi" (Italian), "| od 06/2018 dosud" (Czech), "| fra 03/2020 til nå"
(Norwegian), "| od 2017 do teraz" (Polish), "| desde enero 2020 hasta hoy" (Spanish) or "| 2021.03 ~ 현재" (Korean,
a tilde): the entry runs to today (:data:`.locale_forms._WORDED_OPEN_RE`, ``_RANGE_START``). A duration claimed for one
role written without an article ("I have been head baker for …") is measured on the entries holding that role, and
leading work of any object ("directed the clinic", "managed purchasing at X", "supervised night shifts") on the
entries whose header holds a leading rank, not on the whole stay (:mod:`.durations`).
``True``: the sentence must get a date flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _flags(resume: str, sentence: str) -> list[str]:
    return [f.kind for f in check(sentence, SourceFacts.from_texts(resume, today=TODAY))]


def _resume(header_line: str, employer: str = "Panificio Moretti S.r.l. — Bologna") -> str:
    return (f"Name Surname\nCity · +00 000 000 · name@example.com\n\nEXPERIENCE\n{employer}\n{header_line}\n"
            "• Daily production of 2,000 loaves\n\nOlder Bakery Ltd — Modena\nBaker | 2010 – 2014\n")


@pytest.mark.parametrize("header_line", [
    "Capo panettiere | da marzo 2020 a oggi",
    "Capo panettiere | od 03/2020 dosud",
    "Capo panettiere | fra 03/2020 til nå",
    "Capo panettiere | od 2020 do teraz",
    "Capo panettiere | desde marzo 2020 hasta hoy",
    "Capo panettiere | 2020.03 ~ 현재",
])
def test_worded_open_range_runs_to_today(header_line):
    resume = _resume(header_line)
    assert _flags(resume, "I have worked at Panificio Moretti since March 2020.") == []
    assert _flags(resume, "I have worked at Panificio Moretti for more than six years.") == []
    assert "date" in _flags(resume, "I have worked at Panificio Moretti for more than nine years.")


LEAD = ("Name Surname\nCity · +00 000 000 · name@example.com\n\nEXPERIENCE\nNordlys Klinikk AS — Tromsø\n"
        "Clinic Director | Jan 2021 – Present\n• Staff of 24\nStaff Physiotherapist | Jan 2012 – Dec 2020\n\n"
        "Fjord Bakeri AS — Bergen\nHead Baker | Mar 2019 – Present\n")


@pytest.mark.parametrize("sentence,flagged", [
    # one role, no article: measured on the entries holding it
    ("I have been head baker for more than seven years.", False),
    ("I have been head baker for more than nine years.", True),
    ("I have been clinic director for almost six years.", False),
    ("I have been clinic director for more than eight years.", True),
    # leading work of any object: the entries with a leading rank, not the whole stay (2012 – today)
    ("I have directed the clinic for almost six years.", False),
    ("I have directed the clinic for more than ten years.", True),
    ("I have managed rehabilitation services at Nordlys Klinikk for more than ten years.", True),
    ("I have supervised weekend shifts at Nordlys Klinikk for more than ten years.", True),
    # work in a field is no role: the whole stay counts
    ("I have worked in physiotherapy for more than fourteen years.", False),
    ("I have been working in physiotherapy for more than fourteen years.", False),
])
def test_role_and_leading_durations(sentence, flagged):
    assert ("date" in _flags(LEAD, sentence)) is flagged
