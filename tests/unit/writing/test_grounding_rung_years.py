"""Table of variants (session 31, ground133; set 27's kind 4): a title's years counted from a lower rung — "a senior
landscape architect for more than twelve years" when senior only since 2018, "a critical care paramedic for more than
ten years" counted from the graduate paramedic year (:func:`.lead_spans.ranked_role_span` on compound titles of the CV's
language, :func:`.career_starts.entry_rank_entries` for a graded profession, and numeric "MM-YYYY" history dates read by
:mod:`.locale_forms`). Written for this file, in professions of no blind set (a Dutch interior architect, a flight
nurse, a German site manager).

On the code before this session 6 of the 14 rows failed (each ranked claim on a compound or "MM-YYYY" header, each
graded profession with an entry rank). ``True``: the sentence must get a flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

DUTCH = """Pieter de Wilde-Osei
Senior interieurarchitect / Senior Interior Architect
Rotterdam · +31 6 2845 1190 · p.dewilde@example.nl

WERKERVARING / EXPERIENCE
Havenstaal Ontwerpers B.V. — Rotterdam
Senior interieurarchitect | 06-2020 – heden
Interieurarchitect | 02-2012 – 05-2020
"""

NURSE = """Shauna L. McBride
Flight Nurse
Billings, MT · shauna.mcbride@example.com

EXPERIENCE
Big Sky Air Medical — Billings, MT
Flight Nurse | Apr 2019 – Present
Emergency Department Nurse | Jun 2013 – Mar 2019
Graduate Nurse (residency) | Jun 2012 – May 2013
"""

GERMAN = """Tobias Reinhardt
Bauleiter
München · +49 89 555 2210 · t.reinhardt@example.de

BERUFSERFAHRUNG
Isarbau GmbH — München
Oberbauleiter | 04-2021 – heute
Bauleiter | 09-2013 – 03-2021
"""


@pytest.mark.parametrize("resume,sentence,flagged", [
    (DUTCH, "I have been a senior interior architect for more than ten years.", True),
    (DUTCH, "I have been a senior interior architect for more than six years.", False),
    (DUTCH, "I have worked at Havenstaal Ontwerpers since February 2012.", False),
    (DUTCH, "I have worked at Havenstaal Ontwerpers for more than fourteen years.", False),
    (DUTCH, "I have worked at Havenstaal Ontwerpers for more than sixteen years.", True),
    (NURSE, "I have been a flight nurse for more than ten years.", True),
    (NURSE, "I have been a flight nurse for more than seven years.", False),
    (NURSE, "I have been a nurse for more than fourteen years.", False),
    (NURSE, "I have been a flight nurse since April 2019.", False),
    (GERMAN, "I have worked at Isarbau since September 2013.", False),
    (GERMAN, "I have worked at Isarbau for more than thirteen years.", False),
    (GERMAN, "I have worked at Isarbau for more than fifteen years.", True),
    (GERMAN, "I have been a site manager at Isarbau for more than thirteen years.", False),
    (GERMAN, "I have been at Isarbau since 2011.", True),
])
def test_rung_years(resume, sentence, flagged):
    facts = SourceFacts.from_texts(resume, today=TODAY)
    flags = check(sentence, facts)
    assert bool(flags) is flagged, [(f.kind, f.text) for f in flags]
