"""Tables of variants for totality claims over any object (:mod:`careercopilot.writing.grounding.totality`)
and possessive organisations before a scope noun (:mod:`.scope`): "I ran the entire kitchen", "I
direct all patient transport operations", "rolled out to all 52 depots", "across the trust's
hospitals" — when the resume describes one section, one site or one programme.

Rows written for this file (session 10) in professions and phrasing of no blind set: a sous-vide
station cook, a hospital porter supervisor, a grain-elevator operator, a translator, a museum
registrar, a marine engineer. ``True``: the sentence must get a ``scale`` flag; ``False``: no flag.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding import totality

TODAY = date(2026, 12, 3)

RESUME = """Tomasz Wiśniewski
Gdańsk, Poland | tomasz.w@example.pl | +48 555 301 442

EXPERIENCE
Portering Supervisor — Pomeranian Hospitals Trust (hospital group, 5 hospitals, approx. 7,400 staff), Gdańsk
March 2020 – Present
- Supervise patient transport on the night shift at St. Adalbert Hospital (11 porters).
- Rolled out a bed-move request app to all wards of St. Adalbert Hospital.
- Ward ranked 3rd out of 52 depots in the regional logistics audit.

Grain Elevator Operator — Baltic Agri Terminal, Gdynia
June 2015 – February 2020
- Operated the wheat intake line; loaded 40 rail cars per week.
- Trained all 6 new intake operators on lockout/tagout.
- Maintained the dust-control system of the north silo.

Freelance Translator (Polish–English)
2012 – 2015
- Translated museum catalogues for the registrar of the Maritime Museum.

SKILLS
Lockout/tagout, forklift, Polish, English, Excel
"""


def _flags(sentence: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in check(sentence, SourceFacts.from_texts(RESUME, today=TODAY))]


@pytest.mark.parametrize("sentence,flagged", [
    # entire / whole + any noun phrase, with a determiner or a possessive
    ("At Pomeranian Hospitals Trust I run the entire patient transport service.", True),
    ("I oversee the trust's entire portering workforce.", True),
    ("At Baltic Agri Terminal I was responsible for the terminal's whole grain intake operation.", True),
    ("I maintained the entire dust-control infrastructure of the terminal.", True),
    ("I supervised the whole 7,400-person workforce of the trust.", True),
    # all / every after a verb of leading, owning, spreading or serving
    ("I direct all patient transport operations at Pomeranian Hospitals Trust.", True),
    ("I manage every porter across the trust.", True),
    ("My bed-move request app was rolled out to all 5 hospitals in the group.", True),
    ("I oversee all 52 depots in the regional logistics network.", True),
    ("I prepared translations for every museum in Gdańsk.", True),
    ("I coordinated all rail freight for Baltic Agri Terminal.", True),
    # possessive organisation before a scope noun
    ("I rolled out the bed-move app across the trust's hospitals.", True),
    ("I led the app rollout across Pomeranian Hospitals' sites.", True),
    # backed: the resume states the totality, or the count as the user's own work
    ("I rolled out a bed-move request app to all wards of St. Adalbert Hospital.", False),
    ("At Baltic Agri Terminal I trained all 6 new intake operators on lockout/tagout.", False),
    ("I trained all six new intake operators on lockout and tagout.", False),
    # not reach claims: time, distribution, values, the user's own history
    ("I loaded about 40 rail cars every week at Baltic Agri Terminal.", False),
    ("I have supervised patient transport every night shift since March 2020.", False),
    ("I believe every patient deserves a safe, calm transfer.", False),
    ("Over my entire career I have put safety first.", False),
    ("I supervise 11 porters on the night shift at St. Adalbert Hospital.", False),
])
def test_totality_claims(sentence, flagged):
    flags = _flags(sentence)
    if flagged:
        assert any(k == "scale" for k, _ in flags), flags
    else:
        assert not flags, flags


@pytest.mark.parametrize("sentence,phrase,count", [
    ("I direct all patient transport operations.", "all patient transport operations", None),
    ("I oversee all 1,250 beds of the hospital.", "all 1,250 beds", "1,250"),
    ("I rolled it out to all of the roughly 300 tablets we manage.", "all of the roughly 300 tablets", "300"),
    ("I ran the entire 12,000 sq ft kitchen.", "the entire 12,000 sq ft kitchen", None),
    ("I handled grain from every major U.S. port.", "every major U.S. port", None),
])
def test_totality_phrase_and_count(sentence, phrase, count):
    [claim] = totality.claims(sentence)
    assert (claim.phrase, claim.count) == (phrase, count)


def test_a_count_in_an_employer_description_or_a_rank_is_no_backing():
    lines = ["Portering Supervisor — Pomeranian Hospitals Trust (hospital group, 5 hospitals)",
             "Ward ranked 3rd out of 52 depots in the regional logistics audit."]
    for sentence in ("I oversee all 5 hospitals of the trust.", "I oversee all 52 depots in the region."):
        [claim] = totality.claims(sentence)
        assert not totality.supported(claim, lines, set())
    [claim] = totality.claims("I trained all 6 intake operators.")
    assert totality.supported(claim, ["Trained 6 intake operators on lockout/tagout."], set())
