"""Table of variants for titles one rung up or in another language (session 20, issue 12: set 16's title misses;
resumes written for this file). A raised rank before a word a header holds as a title ("As chief winemaker" for
"Enóloga (Winemaker)"), a uniformed rank claimed alone ("I am a captain" for a "Senior First Officer"), a title word
of another language as written ("I am now proviseure" for "Principale") and a second title joined by "and" ("a
principal and practice leader") are title claims, held only where one line of the resume holds all their words
(:func:`.titles._rung_mentions`). ``True``: the sentence must get a title flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)
HEAD = "Name Surname\nCity · +00 000 000 · name@example.com\n\nEXPERIENCE\n"

WINE = HEAD + ("Bodega Cerro Azul S.A. — San Rafael\nEnóloga (Winemaker) | marzo 2019 – actualidad\n"
               "Enóloga asistente (Assistant Winemaker) | octubre 2014 – febrero 2019\n")
BREW = HEAD + "Pivovar Horák a.s. — Brno\nVrchní sládek (Head Brewer) | 09/2018 – dosud\nSládek (Brewer) | 03/2014 – 08/2018\n"
PILOT = HEAD + ("Westmoor Airways Ltd — Cardiff\nSenior First Officer, A319/A320/A321 | Jan 2021 – Present\n"
                "First Officer, A320 family | Apr 2016 – Dec 2020\n")
MASTER = HEAD + "Nordsee Reederei GmbH — Emden\nCaptain (Master), container vessels | 2019 – Present\nChief Officer | 2014 – 2019\n"
FIRE = HEAD + "City of Tamworth Fire Service — Tamworth\nWatch Manager | 2020 – Present\nCrew Commander | 2015 – 2020\n"
SCHOOL = HEAD + ("Collège Les Marronniers — Vénissieux\nPrincipale (Head) | depuis septembre 2020\n\n"
                 "Collège Jean Moulin — Bron\nPrincipale adjointe (Deputy Head) | septembre 2016 – août 2020\n")
LAW = HEAD + "Estudio Paz & Ruiz — Córdoba\nAbogada (Lawyer) | 2017 – actualidad\n"
ACTUARY = HEAD + ("Laurier Actuarial Partners Inc. — Québec\nSenior Actuary, Pension Consulting | Mar 2020 – Present\n"
                  "Actuary | Aug 2016 – Feb 2020\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    # a raised rank before a header's title word
    (WINE, "As chief winemaker I sign off every blend we release.", True),
    (WINE, "As head winemaker I sign off every blend.", True),
    (WINE, "I am the senior winemaker of the bodega.", True),
    (WINE, "As winemaker I sign off every blend we release.", False),
    (BREW, "As head brewer I approve the recipes.", False),
    (BREW, "As master brewer I approve the recipes.", True),
    # a uniformed rank alone
    (PILOT, "I am a captain on the A320.", True),
    (PILOT, "I have been a captain since 2021.", True),
    (PILOT, "I am a senior first officer on the A320.", False),
    (MASTER, "I am a captain of container vessels.", False),
    (FIRE, "I am a station commander.", True),
    (FIRE, "I was a crew commander for five years.", False),
    # a title word of another language, as written
    (SCHOOL, "I am now proviseure of a lycée in the Lyon academy.", True),
    (SCHOOL, "I am now principale of a collège in Vénissieux.", False),
    (LAW, "I am an avvocata registered in Milan.", True),
    (LAW, "I am an abogada in Córdoba.", False),
    # a second title joined by "and"
    (ACTUARY, "I am a principal and practice leader at Laurier.", True),
    (ACTUARY, "I am a senior actuary and practice leader at Laurier.", True),
    (ACTUARY, "I am a senior actuary and team leader at Laurier.", True),
])
def test_title_one_rung_up_or_in_another_language(resume, sentence, flagged):
    got = [f.kind for f in check(sentence, SourceFacts.from_texts(resume, today=TODAY))]
    assert ("title" in got) is flagged and (flagged or got == []), got
