"""Table of variants for a language's adjective before a currency or a credential in a CV of that language (session
20, ground21, after set 14's "7.8 billion Turkish lira" and set 16's "an unrestricted Polish design licence",
flagged as the tools "Turkish"/"Polish" and the credential "Polish design licence"; CVs written for this file).

A CV that names its language in its own words ("Türkçe (ana dil)", "polski – ojczysty") says where it is from; the
language's adjective before a currency (babel's CLDR English currency names: "Turkish lira", "Polish zloty") or a
credential's noun ("licence", "certificate", "registration" …) tells where the money or the credential is from,
no language skill and no tool; the credential is checked without it. Before other nouns the adjective stays a
claim to check ("the Hungarian rehabilitation society's award" names a body the resume does not).
``True``: the sentence must be flagged; ``False``: no flag.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

TURKISH = ("Ayşe Demir\nİstanbul · +90 532 000 00 00 · ayse@example.com\n\nİŞ DENEYİMİ\nProje Müdürü, Acme İnşaat | "
           "Mart 2019 – halen\n• Proje bedeli: 4,2 milyar TL\n\nDİLLER\nTürkçe (ana dil), İngilizce (C1)\n")
POLISH = ("Jan Kowalski\nKraków · +48 600 000 000 · jan@example.com\n\nDOŚWIADCZENIE\nProjektant, Acme Sp. z o.o. | "
          "03.2019 – obecnie\n\nUPRAWNIENIA\nUprawnienia budowlane do projektowania w specjalności drogowej "
          "(road design licence)\n\nJĘZYKI\npolski – ojczysty, angielski – C1\n")
HUNGARIAN = ("Kiss Anna\nBudapest · +36 30 000 0000 · anna@example.com\n\nSZAKMAI TAPASZTALAT\nGyógytornász, Acme Klinika | "
             "2019 – jelenleg\n• Lokomat bevezetése\n\nNYELVEK\nmagyar (anyanyelv), angol (B2)\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (TURKISH, "The project is worth 4.2 billion Turkish lira.", False),
    (TURKISH, "The project is worth 2.4 billion Turkish lira.", True),
    (POLISH, "I hold a Polish road design licence.", False),
    (POLISH, "I hold a Polish bridge design licence.", True),
    (POLISH, "The project was worth 12 million Polish zlotys.", True),  # no such figure
    (HUNGARIAN, "My Lokomat programme received the Hungarian rehabilitation society's innovation award.", True),
    (HUNGARIAN, "I speak Hungarian natively.", False),
])
def test_language_adjectives(resume, sentence, flagged):
    facts = SourceFacts.from_texts(resume, today=TODAY)
    assert bool(check(sentence, facts)) is flagged
