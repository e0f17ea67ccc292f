"""Tables of variants for two kinds left on blind set 14 (written for this file; people, employers and figures
chosen apart from the blind sets):

* **Figures derived in words from one line** (:mod:`careercopilot.writing.grounding.derivations`): a line's
  amount in another metric unit, a product ("2 x 9,4 km"), a part's share named with the line's "of which" word
  in its own language, a difference or change on a line in another script (no word to share with the sentence:
  the figures tie it), an initialism shared with the line as distinctive as two words, a difference in the unit
  both figures are in. Wrong figures stay flagged.
* **A held title in other words** (:mod:`careercopilot.writing.grounding.title_words`, ``titles._native_entries``,
  ``durations._translated_role``): one-word titles by cognate ("dentist" / "Médica Dentista") or by the sourced
  table of title words without a shared root ("lawyer" / "Abogada", "nurse" / "Pielęgniarka"), feminine forms, a
  rank head that is the mention's own word ("senior associate" / "Asociada Senior"), the tail of an English gloss
  ("site manager" / "Driftsleder havbruk (Fish Farm Site Manager)") with a company's legal form ("AS") no degree,
  and a translated title's duration measured on its header. A lower rank, a longer title and a wrong length stay
  flagged.

``True``: the sentence must get a flag (of the kind named where given); ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)
HEAD = "Name Surname\nCity · +00 000 000 · name@example.com\n\n"


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(HEAD + resume, today=TODAY))


def _cv(header: str, *bullets: str) -> str:
    return "EXPERIENCE\n" + header + "\n" + "".join(f"• {b}\n" for b in bullets)


@pytest.mark.parametrize("resume,sentence,flagged", [
    # an initialism on both sides ties a Polish line: (7.8 - 2.6) / 7.8 = 67 %
    (_cv("Starszy inżynier SRE | Nordlys Cloud Sp. z o.o. | 03.2019 – obecnie",
         "Skrócenie MTTR incydentów bezpieczeństwa z 9,0 h do 3,1 h (2021–2024)"),
     "I cut the MTTR for security incidents by about two-thirds.", False),
    # lines in another script: Japanese and Korean percentage points
    (_cv("病棟看護師長 | 北浜総合病院 | 2019年4月 – 現在", "夜勤看護師離職率: 16.4%（2020年度）→ 9.1%（2025年度）"),
     "I cut night-shift nurse turnover by more than seven percentage points.", False),
    (_cv("결제 PM | 한빛페이 | 2020.03 – 현재", "간편결제 전환율 61% → 78% (2024)"),
     "In 2024 I lifted checkout conversion by 17 percentage points.", False),
    (_cv("결제 PM | 한빛페이 | 2020.03 – 현재", "간편결제 전환율 61% → 78% (2024)"),
     "In 2024 I lifted checkout conversion by 25 percentage points.", True),
    # another metric unit: kg → tonnes, MW → GW
    (_cv("Enologa | Cantina Valdarno | 2015 – oggi", "Vinificazione di 2.340.000 kg di uve/anno"),
     "Each year we vinify about 2,340 tonnes of grapes.", False),
    (_cv("Enologa | Cantina Valdarno | 2015 – oggi", "Vinificazione di 2.340.000 kg di uve/anno"),
     "Each year we vinify about 3,400 tonnes of grapes.", True),
    (_cv("Projektleiterin | Nordwind Energie GmbH | 2018 – heute", "Betrieb von Windparks mit 1.450 MW Leistung"),
     "I operate wind parks of about 1.45 gigawatts.", False),
    # a product: "2 x 9,4 km", "410.000 sacos de 70 kg"
    (_cv("Proje Müdürü | Anatolia Tünel A.Ş. | 2019 – devam ediyor", "Metro hattı: 2 x 7,3 km TBM tüneli (EPB)"),
     "I manage twin 7.3 km tunnels on a metro line, almost 15 km of tunnel in total.", False),
    (_cv("Proje Müdürü | Anatolia Tünel A.Ş. | 2019 – devam ediyor", "Metro hattı: 2 x 7,3 km TBM tüneli (EPB)"),
     "I manage twin 7.3 km tunnels on a metro line, almost 22 km of tunnel in total.", True),
    (_cv("Jefa de Calidad | Cafés del Quindío | 2018 – actualidad", "Control de 260.000 sacos de 60 kg exportados al año"),
     "I check 260,000 exported 60 kg bags a year, about 15,600 tonnes of coffee.", False),
    # a part named with the line's "of which" word: Italian "di cui", Czech "z toho", French "dont"
    (_cv("Enologa | Cantina Valdarno | 2015 – oggi", "Produzione annua: 520.000 bottiglie, di cui 130.000 Chianti Classico"),
     "Around 25% of the bottles we produce are Chianti Classico.", False),
    (_cv("Enologa | Cantina Valdarno | 2015 – oggi", "Produzione annua: 520.000 bottiglie, di cui 130.000 Chianti Classico"),
     "Around 45% of the bottles we produce are Chianti Classico.", True),
    (_cv("Sládek | Pivovar Kamenice | 2016 – dosud", "Roční výstav 312 000 hl, z toho 128 000 hl ležáku"),
     "About 41% of our annual output of 312,000 hectolitres is lager.", False),
    (_cv("Directrice d'usine | Atelier Rhône SAS | 2017 – aujourd'hui", "Effectif de 240 techniciens, dont 60 techniciens de maintenance"),
     "About 25% of my 240 technicians work in maintenance.", False),
    # a difference in the unit both figures are in, on a line in the CV's language
    (_cv("Sládek | Pivovar Kamenice | 2016 – dosud", "Snížení spotřeby vody z 5,1 hl/hl na 3,8 hl/hl piva"),
     "I cut water consumption by 1.3 hectolitres per hectolitre of beer.", False),
    # a wrong difference stays flagged (34,5 % → 29,8 % is 4.7 points)
    (_cv("Chef de cuisine | Le Comptoir | 2018 – aujourd'hui", "Food cost ramené de 34,5 % à 29,8 %"),
     "I cut food cost by more than six percentage points.", True),
])
def test_figures_derived_from_one_line(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags


@pytest.mark.parametrize("resume,sentence,flagged", [
    # one word by cognate, a feminine form
    ("EXPERIENCE\nMédica Dentista | fev. 2012 – atual\nClínica Dentária Lumiar, Lda. — Lisboa\n",
     "I have worked as a dentist since 2012.", False),
    # one word from the table of title words without a shared root (masculine and feminine forms)
    ("EXPERIENCE\nAbogada | feb. 2016 – actualidad\nEstudio Quiroga & Asociados — Rosario\n",
     "I have worked as a lawyer at Estudio Quiroga & Asociados since 2016.", False),
    ("EXPERIENCE\nProcurador | mar. 2012 – ene. 2016\nEstudio Quiroga & Asociados — Rosario\n",
     "I started my legal career as a paralegal at Estudio Quiroga & Asociados.", False),
    ("EXPERIENCE\nPielęgniarka | 10.2014 – obecnie\nSzpital Wojewódzki w Opolu\n",
     "I have worked as a nurse at Szpital Wojewódzki w Opolu since 2014.", False),
    ("EXPERIENCE\nKsięgowa | 05.2017 – obecnie\nBiuro Rachunkowe Lipa Sp. z o.o.\n",
     "I am an accountant at Biuro Rachunkowe Lipa.", False),
    ("EXPERIENCE\nLehrerin | 08.2015 – heute\nGymnasium am Kurpark, Bad Homburg\n",
     "I have been a teacher at Gymnasium am Kurpark since 2015.", False),
    ("EXPERIENCE\nAvukat | 09.2013 – devam ediyor\nKaya Hukuk Bürosu — İzmir\n",
     "I have practised as a lawyer at Kaya Hukuk Bürosu since 2013.", False),
    # a rank head that is the mention's own word in the CV's language
    ("EXPERIENCE\nEstudio Quiroga & Asociados — Rosario\nAsociada Senior | jul. 2020 – actualidad\n"
     "Asociada | feb. 2015 – jun. 2020\n",
     "I have been a senior associate at Estudio Quiroga & Asociados since July 2020.", False),
    # the tail of an English gloss; "AS" after a company's name is its legal form, no degree
    ("Driftsleder settefisk (Hatchery Site Manager)\n\nARBEIDSERFARING\nNordsalt Smolt AS — lokalitet Vikan\n"
     "Driftsleder | 04.2019 – d.d.\n",
     "I have been site manager at Nordsalt Smolt's Vikan hatchery since April 2019.", False),
    # a translated title's duration, measured on its header
    ("EXPÉRIENCE\nDepuis juin 2019 — Responsable Maintenance\nForges de l'Oise SA\n",
     "I have been a maintenance manager for more than seven years.", False),
    ("EXPÉRIENCE\nDepuis juin 2021 — Responsable Maintenance\nForges de l'Oise SA\n",
     "I have been a maintenance manager for more than seven years.", True),
    ("EXPERIENCE\nEstudio Quiroga & Asociados — Rosario\nAsociada Senior | jul. 2022 – actualidad\n"
     "Asociada | feb. 2015 – jun. 2022\n",
     "I have been a senior associate for more than six years.", True),
    # a lower rank, and a longer title than the header's word, stay flagged
    ("EXPERIENCE\nAsociada | feb. 2015 – actualidad\nEstudio Quiroga & Asociados — Rosario\n",
     "I have been a senior associate at Estudio Quiroga & Asociados since 2015.", True),
    ("EXPERIENCE\nKierowniczka zespołu SOC | 04.2022 – obecnie\nVistula Cyber Sp. z o.o.\n",
     "I was promoted to head of security operations at Vistula Cyber in 2022.", True),
])
def test_held_titles_in_other_words(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags


@pytest.mark.parametrize("resume,sentence,flagged", [
    # a body the resume gives by its initials only, named in English with them ("the Buenos Aires Bar (CPACF)")
    ("Abogada — Tº 96 Fº 311 CPACF\n\nEXPERIENCE\nEstudio Quiroga & Asociados — Rosario\nAbogada | 2016 – actualidad\n",
     "I am registered with the Buenos Aires Bar (CPACF), volume 96, folio 311.", False),
    ("Abogada colegiada n.º 118.204 ICAM\n\nEXPERIENCE\nBufete Salcedo — Madrid\nAbogada | 2015 – actualidad\n",
     "I am a practising member of the Madrid Bar Association (ICAM).", False),
    ("Engenheiro Civil — Membro efetivo OE n.º 74512\n\nEXPERIENCE\nTeixeira Obras, S.A.\nDiretor de obra | 2014 – atual\n",
     "I am a full member of the Order of Engineers (OE).", False),
    ("Makler papierów wartościowych, licencja KNF nr 2931\n\nEXPERIENCE\nDom Maklerski Wisła S.A.\nMakler | 2012 – obecnie\n",
     "My licence number 2931 was issued by the Financial Supervision Authority (KNF).", False),
    # model codes and initialisms whose every word is on one line: a product or method, no organisation
    (_cv("Trưởng nhóm SMT | Linh Dam Electronics | 05/2021 – nay", "Quản lý 14 dây chuyền SMT (Fuji NXT III)"),
     "I manage 14 Fuji NXT III SMT lines.", False),
    (_cv("Proje Müdürü | Anatolia Tünel A.Ş. | 2019 – devam ediyor", "Metro hattı: 2 x 7,3 km TBM tüneli (EPB, Ø 6,6 m)"),
     "I manage twin 7.3 km EPB TBM tunnels.", False),
    (_cv("Automatyk | Zakłady Mięsne Olza | 2017 – obecnie", "Programowanie PLC S7-1500 (Siemens) dla 6 linii"),
     "I program Siemens S7-1500 PLC controllers for six lines.", False),
    (_cv("Kỹ sư quy trình | Linh Dam Electronics | 2016 – nay", "Kiểm tra SPI: KY8030 (Koh Young) trên 14 dây chuyền"),
     "I run Koh Young KY8030 SPI inspection on 14 lines.", False),
    # initials the resume lacks, a credential named with initials it holds only as pending, a maker not in the
    # resume: still flagged
    ("Advogada\n\nEXPERIENCE\nSilva & Costa — Lisboa\nAdvogada | 2016 – atual\n",
     "I am registered with the Lisbon Bar (OA).", True),
    ("Geologist — RPGeo application submitted (2026)\n\nEXPERIENCE\nKestrel Minerals\nGeologist | 2015 – present\n",
     "I am a Registered Professional Geoscientist (RPGeo) in mineral exploration.", True),
    (_cv("Trưởng nhóm SMT | Linh Dam Electronics | 05/2021 – nay", "Quản lý 14 dây chuyền SMT (NXT III)"),
     "I manage 14 Panasonic NXT III SMT lines.", True),
])
def test_organisations_in_non_employer_roles(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags
