"""Table of variants (session 31, ground133; set 27's kind 5): "all/every/each/nearly all/most" over a set the resume
gives only a share of — "k of them", "p% of them", "k of N …" in English or the CV's language
(:mod:`careercopilot.writing.grounding.share_claims`). Written for this file, in professions of no blind set (a
sommelier, a customs broker, a wildland firefighter).

On the code before this session 8 of the 15 rows failed (every whole or near-whole claim without a verb of reach).
``True``: the sentence must get a flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

SOMMELIER = """Inès Vautrin
Head Sommelier
Lyon · ines.vautrin@example.fr

EXPERIENCE
Maison Brocard — Lyon
Head Sommelier | March 2019 – Present
• Built a list of 640 wines; 150 of them from the Rhône valley
• Serve about 18,000 covers a year, 35% of them private events
"""

BROKER = """Rafael Quintero Soto
Agente aduanal / Customs Broker
Monterrey · +52 81 5555 0140 · rquintero@example.mx

EXPERIENCIA
Aduanas del Norte S.C. — Monterrey
Gerente de operaciones | enero 2018 – actualidad
• 14 de 16 auditorías del SAT cerradas sin observaciones
• Clear about 2,400 import entries a month
"""

FIREFIGHTER = """Cody Redhawk
Wildland Firefighter (Engine Captain)
Boise, ID · cody.redhawk@example.com

EXPERIENCE
Snake River Fire Cooperative — Boise, ID
Engine Captain | May 2017 – Present
• Led 42 initial-attack fires in 2025, 30 of them contained under 10 acres
"""


@pytest.mark.parametrize("resume,sentence,flagged", [
    (SOMMELIER, "All 640 wines on my list come from the Rhône valley.", True),
    (SOMMELIER, "Every wine on my list comes from the Rhône valley.", True),
    (SOMMELIER, "Most of the 640 wines on my list come from the Rhône valley.", True),
    (SOMMELIER, "I built a list of 640 wines, 150 of them from the Rhône valley.", False),
    (SOMMELIER, "I serve about 18,000 covers a year, nearly all of them private events.", True),
    (SOMMELIER, "I serve about 18,000 covers a year, about a third of them private events.", False),
    (SOMMELIER, "I built the wine list every year.", False),
    (BROKER, "Every SAT audit we faced closed without findings.", True),
    (BROKER, "All sixteen SAT audits we faced closed without findings.", True),
    (BROKER, "Fourteen of sixteen SAT audits we faced closed without findings.", False),
    (FIREFIGHTER, "I led 42 initial-attack fires in 2025, nearly all of them contained under 10 acres.", True),
    (FIREFIGHTER, "Every initial-attack fire I led in 2025 was contained under 10 acres.", True),
    (FIREFIGHTER, "I led 42 initial-attack fires in 2025, most of them contained under 10 acres.", False),
    (FIREFIGHTER, "I led 42 initial-attack fires in 2025, 30 of them contained under 10 acres.", False),
    (FIREFIGHTER, "I check every engine before each shift.", False),
])
def test_share_claims(resume, sentence, flagged):
    facts = SourceFacts.from_texts(resume, today=TODAY)
    flags = check(sentence, facts)
    assert bool(flags) is flagged, [(f.kind, f.text) for f in flags]
