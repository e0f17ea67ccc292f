"""Table of variants for durations scoped to one role, one led unit or one field (session 20, issue 12: set 16's date
misses; resumes written for this file, employers and places chosen apart from the blind sets).

A duration of a role named by the noun "role"/"position" ("I have been in a senior design role for …", "I have held
the producer role for …"), of a role after its owner ("the winery's winemaker"), of a field before it ("I have worked in
revenue management for …"), or of leading work whose object a header names ("managed the fleet", "led Collège X",
"led the SOC") is measured on the entries holding that role, field or unit — not on the whole career or an earlier
leading role elsewhere; a deputy's line ("Principale adjointe (Deputy Head)") leads nothing; a field is practised over
the whole stay at an employer naming it (an "Assistant Quantity Surveyor" works in quantity surveying)
(:mod:`.durations`). ``True``: the sentence must get a date flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)
HEAD = "Name Surname\nCity · +00 000 000 · name@example.com\n\nEXPERIENCE\n"


def _flags(resume: str, sentence: str) -> list[str]:
    return [f.kind for f in check(sentence, SourceFacts.from_texts(resume, today=TODAY))]


# senior from 03/2019 (7 y 9 m), the role before from 2013 (13 y 9 m in all)
DESIGN = HEAD + ("Kolejtech Projekty Sp. z o.o. — Gdańsk\nStarszy projektant (Senior Bridge Design Engineer) | 03.2019 – obecnie\n"
                 "• 12 viaducts\nProjektant (Bridge Design Engineer) | 03.2013 – 02.2019\n")
# producer from 2020.03 (6 y 9 m), assistant producer before
PRODUCER = HEAD + ("(주)하늘게임즈 (Skygate Games Co.) — 서울\n프로듀서 (Producer) | 2020.03 – 현재 (present)\n"
                   "어시스턴트 PD (Assistant Producer) | 2016.07 – 2020.02\n")
# winemaker from 03/2019 (7 y 9 m), assistant winemaker before
WINE = HEAD + ("Bodega Cerro Azul S.A. — San Rafael\nEnóloga (Winemaker) | marzo 2019 – actualidad\n"
               "Enóloga asistente (Assistant Winemaker) | octubre 2014 – febrero 2019\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (DESIGN, "I have been in a senior design role for more than nine years.", True),
    (DESIGN, "I have been in a senior design role for more than seven years.", False),
    (DESIGN, "I have held a senior design position for over nine years.", True),
    (DESIGN, "I have held the senior design post for nearly eight years.", False),
    (DESIGN, "I have been in a design role for more than thirteen years.", False),
    (PRODUCER, "I have held the producer role for more than eight years.", True),
    (PRODUCER, "I have held the producer role for more than six years.", False),
    (PRODUCER, "I have served in the producer position for ten years.", True),
    (WINE, "I have been the winery's winemaker for ten years.", True),
    (WINE, "I have been the winery's winemaker for almost eight years.", False),
    (WINE, "I have been the bodega's winemaker for over nine years.", True),
    (WINE, "I have been our company's winemaker for more than seven years.", False),
])
def test_role_named_by_its_noun_or_after_its_owner(resume, sentence, flagged):
    assert ("date" in _flags(resume, sentence)) is flagged and (flagged or _flags(resume, sentence) == [])


# leading entries: fleet manager from 05/2019 (7 y 7 m) after a workshop supervisor from 2015 at the same employer
FLEET = HEAD + ("Autobuses del Segura S.A. — Murcia\nJefe de Mantenimiento de Flota (Fleet Maintenance Manager) | "
                "desde mayo 2019\nJefe de Taller (Workshop Supervisor) | febrero 2015 – abril 2019\n\n"
                "Talleres Norte S.L. — Lorca\nTécnico (Technician) | 2009 – 2015\n")
# head of one school from 09/2020 (6 y 3 m) after a deputy head elsewhere from 2016
SCHOOL = HEAD + ("Collège Les Marronniers — Vénissieux\nPrincipale (Head) | depuis septembre 2020\n\n"
                 "Collège Jean Moulin — Vaulx-en-Velin\nPrincipale adjointe (Deputy Head) | septembre 2016 – août 2020\n\n"
                 "Lycée Ampère — Lyon\nProfesseure (Teacher) | septembre 2008 – août 2016\n")
# a SOC lead from Jul 2021 (5 y 5 m) after a senior analyst from 2018
SOC = HEAD + ("Harbourline Digital Ltd — Dunedin\nSOC Lead | Jul 2021 – Present\nSenior Security Analyst | Feb 2018 – Jun 2021\n\n"
              "Otago Data Services — Dunedin\nSecurity Analyst | Mar 2014 – Jan 2018\n")
# a plant named in the header (01/2021, 5 y 11 m) after a senior engineer's role from 2017
PLANT = HEAD + ("Delta Water Co. — Mansoura\nPlant Operations Manager, North Talkha WTP | 01/2021 – present\n"
                "Senior Operations Engineer | 03/2017 – 12/2020\n")
# a team lead written in Vietnamese ("Trưởng nhóm", 05/2021: 5 y 7 m) over the same team's engineer from 2017
VN_LEAD = HEAD + ("Công ty TNHH Điện tử Hải Long (Hai Long Electronics Co., Ltd.) — Hải Phòng\n"
                  "Trưởng nhóm Kỹ sư Kiểm thử ICT | 05/2021 – nay\nKỹ sư Kiểm thử ICT | 08/2016 – 04/2021\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (FLEET, "I have managed the fleet for ten years.", True),
    (FLEET, "I have managed the fleet for more than seven years.", False),
    (FLEET, "I have run the bus fleet for over eight years.", True),
    (FLEET, "I have led the maintenance workshop for more than thirteen years.", True),
    (SCHOOL, "I have led Collège Les Marronniers for more than eight years.", True),
    (SCHOOL, "I have led Collège Les Marronniers for more than six years.", False),
    (SCHOOL, "I have headed a school for more than eight years.", True),
    (SOC, "I have led the SOC for more than seven years.", True),
    (SOC, "I have led the SOC for more than five years.", False),
    (SOC, "I have managed the SOC for eight years.", True),
    (PLANT, "I have managed the North Talkha plant for over seven years.", True),
    (PLANT, "I have managed the North Talkha plant for nearly six years.", False),
    (VN_LEAD, "I have led the ICT test engineering team for more than six years.", True),
    (VN_LEAD, "I have led the ICT test engineering team for more than five years.", False),
])
def test_leading_work_measured_on_the_unit_led(resume, sentence, flagged):
    assert ("date" in _flags(resume, sentence)) is flagged and (flagged or _flags(resume, sentence) == [])


# revenue manager from 01/2021 after a revenue analyst from 04/2018 and a receptionist from 2015
REVENUE = HEAD + ("Grupo Hotelero Sol Urbano, S.L. — Valencia\nRevenue Manager de Clúster | ene. 2021 – actualidad\n\n"
                  "Hoteles Bahía Azul, S.A. — Alicante\nRevenue Analyst | abr. 2018 – dic. 2020\n\n"
                  "Hostal Mirador — Elche\nRecepcionista | jun. 2015 – mar. 2018\n")
# a quantity surveyor from 2015, an assistant one from Jul 2011 at another employer
QS = HEAD + ("Lough Cost Consultants Ltd — Sligo\nSenior Quantity Surveyor | Sep 2019 – Present\n"
             "Quantity Surveyor | Jun 2015 – Aug 2019\n\nAtlantic Build Ltd — Ennis\nAssistant Quantity Surveyor | "
             "Jul 2011 – May 2015\n")
# the field named from 02/2016, but a graduate geologist at the same employer from Jan 2014 (12 y 11 m)
GEO = HEAD + ("Senior Exploration Geologist | Redrock Gold Ltd            Mar 2021 - Current\n"
              "Exploration Geologist | Mulga Nickel Pty Ltd              Feb 2016 - Feb 2021\n"
              "Graduate Geologist | Mulga Nickel Pty Ltd                 Jan 2014 - Jan 2016\n")
# a plant quality manager (French header, 01/2021: 5 y 11 m) after a customer quality engineer from 2017
QUALITY = HEAD + ("Atlas Câblage SARL — Kénitra\nResponsable Qualité Usine | depuis janvier 2021\n"
                  "Ingénieur Qualité Client (Customer Quality Engineer) | sept. 2017 – déc. 2020\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (REVENUE, "I have worked in revenue management for more than nine years.", True),
    (REVENUE, "I have worked in revenue management for more than five years.", False),
    (REVENUE, "I have been working in revenue management for over ten years.", True),
    (QS, "I have worked in quantity surveying for fifteen years.", False),
    (QS, "I have worked in quantity surveying for more than eighteen years.", True),
    (GEO, "I have nearly thirteen years in exploration geology.", False),
    (GEO, "I have worked in exploration geology for more than fifteen years.", True),
    (QUALITY, "I have been plant quality manager for more than eight years.", True),
    (QUALITY, "I have been plant quality manager for almost six years.", False),
])
def test_field_before_the_duration_and_translated_role(resume, sentence, flagged):
    assert ("date" in _flags(resume, sentence)) is flagged and (flagged or _flags(resume, sentence) == [])
