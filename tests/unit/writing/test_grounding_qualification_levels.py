"""Table of variants for qualifications claimed one level up or of another type, across countries (session 25,
ground62; written for this file: trades, schools and places chosen apart from set 21's t13/t18 except where noted).

A German Meisterprüfung is no Dipl.-Ing. (FH) and no degree; a Diplom (FH) is a bachelor's level, not a master's
(KMK, 2001); a Norwegian Fagbrev (trade certificate) is no fagskole degree; an HND is no university degree; a
Chilean Técnico de Nivel Superior is no licenciatura; a diploma or a certificate is no college degree. The same
qualification named in English, or by its national name, passes. ``True``: the sentence must be flagged (a
``degree`` flag, or a name flag the claim's span overlaps first: "Dipl", "FH"); ``False``: no flag at all.
:mod:`careercopilot.writing.grounding.qualification_levels`,
:func:`.locale_forms.national_degree_levels` (the FH Diplom's level) and :func:`.entities.find_degrees` (a Nordic
company's "AS" is no Associate of Science).
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

HEAD = "Name Surname\nCity · +00 000 000 · name@example.com\n\nEXPERIENCE\n{job}\n\nEDUCATION\n{edu}\n"

MEISTER = HEAD.format(job="Elektrobetrieb Huber GmbH — Rosenheim\nElektromeister | 03.2016 – heute",
                      edu="Meisterprüfung Elektrotechnikerhandwerk (master craftsman), HWK München, 2015\n"
                          "Gesellenbrief Elektroniker (journeyman), 2009")
FH = HEAD.format(job="Krones AG — Neutraubling\nKonstrukteur | 09.2012 – heute",
                 edu="Dipl.-Ing. (FH) Maschinenbau (mechanical engineering), Hochschule Regensburg, 2012")
UNI = HEAD.format(job="Siemens Energy AG — Görlitz\nBerechnungsingenieur | 10.2011 – heute",
                  edu="Dipl.-Ing. Maschinenbau (mechanical engineering), Technische Universität Dresden, 2011")
FAGBREV = HEAD.format(job="Vestland Elektro AS — Bergen\nElectrician | 08.2008 – present",
                      edu="Fagbrev (trade certificate), Elektriker, 2008\nVg2 Elektrofag, Bergen, 2006")
FAGSKOLE = HEAD.format(job="Tromsø Kraft AS — Tromsø\nPower Systems Technician | 08.2012 – present",
                       edu="Fagskole (technical college), Elkraft (electrical power), Fagskolen i Troms, 2012")
HND = HEAD.format(job="Clyde Marine Ltd — Greenock\nMarine Fitter | 06.2010 – present",
                  edu="HND Mechanical Engineering, Glasgow Kelvin College, 2010")
TECNICO = HEAD.format(job="Codelco — Calama\nElectricista Industrial | mar. 2011 – actualidad",
                      edu="Técnico de Nivel Superior en Electricidad Industrial, INACAP Calama, 2011")
LICENCIATURA = HEAD.format(job="Banco Estado — Santiago\nAnalista Comercial | 2009 – actualidad",
                           edu="Licenciatura en Administración de Empresas, Universidad de Talca, 2009")
DIPLOMA = HEAD.format(job="Maasai Trails Ltd — Narok\nField Ranger | 2010 – present",
                      edu="Diploma, Wildlife Management, Kenya Wildlife Service Training Institute, 2010")
CERTIFICATE = HEAD.format(job="Keystone Lock & Key — Dayton, OH\nLocksmith | 2008 – present",
                          edu="Certificate, Locksmithing, Penn Foster Career School, 2008")
ASSOCIATE = HEAD.format(job="Mortenson — Minneapolis, MN\nElectrician | 2012 – present",
                        edu="A.A.S., Electrical Technology, Hennepin Technical College, 2012")
BACHELOR = HEAD.format(job="Mesa Geotech — Grand Junction, CO\nGeologist | 2008 – present",
                       edu="B.S., Geology, Colorado Mesa University, 2008")

ROWS = [
    # Meister (DQR 6, no degree) and the journeyman's Gesellenbrief
    (MEISTER, "I hold a Dipl.-Ing. (FH) in electrical engineering.", True),
    (MEISTER, "I hold a master's degree in electrical engineering.", True),
    (MEISTER, "I hold a university degree in electrical engineering.", True),
    (MEISTER, "I hold a technical college degree in electrical engineering.", True),
    (MEISTER, "I am a qualified master craftsman in the electrical trade.", False),
    (MEISTER, "I also hold a journeyman's certificate (Gesellenbrief).", False),
    # a Diplom from a Fachhochschule: bachelor level; from a university: master level
    (FH, "I hold a master's degree in mechanical engineering from Hochschule Regensburg.", True),
    (FH, "I hold a graduate degree in mechanical engineering.", True),
    (FH, "I hold a bachelor's degree in mechanical engineering from Hochschule Regensburg.", False),
    (FH, "I hold a university degree in mechanical engineering.", False),
    (UNI, "I hold a graduate degree in mechanical engineering.", False),
    (UNI, "I hold a master's degree in mechanical engineering.", False),
    # Norway: Fagbrev (trade certificate, upper secondary) vs fagskole (tertiary vocational)
    (FAGBREV, "I hold a technical college degree (fagskole) in electrical engineering.", True),
    (FAGBREV, "I hold an associate degree in electrical technology.", True),
    (FAGBREV, "I hold a college degree in electrical engineering.", True),
    (FAGBREV, "My trade certificate is a fagbrev.", False),
    (FAGSKOLE, "I completed a fagskole degree in electrical power.", False),
    (FAGSKOLE, "I hold a university degree in electrical power engineering.", True),
    # UK HND
    (HND, "I hold an HND in mechanical engineering.", False),
    (HND, "I hold a university degree in mechanical engineering.", True),
    (HND, "I hold a bachelor's degree in mechanical engineering.", True),
    # Chile: Técnico de Nivel Superior (two-year tertiary) vs licenciatura
    (TECNICO, "I hold a Técnico de Nivel Superior in industrial electricity.", False),
    (TECNICO, "I hold a two-year degree in industrial electricity.", False),
    (TECNICO, "I hold a licenciatura in electrical engineering.", True),
    (LICENCIATURA, "I hold a licenciatura in business administration.", False),
    (LICENCIATURA, "I hold a graduate degree in business administration.", True),
    # diplomas and certificates: no degree
    (DIPLOMA, "I hold a diploma in wildlife management.", False),
    (DIPLOMA, "I hold a college degree in wildlife management.", True),
    (DIPLOMA, "I hold a bachelor's degree in wildlife management.", True),
    (CERTIFICATE, "I hold a diploma in locksmithing.", True),
    (CERTIFICATE, "I hold a college degree in locksmithing.", True),
    # US associate and bachelor's degrees by their kind
    (ASSOCIATE, "I hold a two-year degree in electrical technology.", False),
    (ASSOCIATE, "I hold a college degree in electrical technology.", False),
    (ASSOCIATE, "I hold a university degree in electrical technology.", True),
    (BACHELOR, "I hold a university degree in geology.", False),
    (BACHELOR, "I hold a college degree in geology.", False),
    (BACHELOR, "I hold a graduate degree in geology.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", ROWS)
def test_a_qualification_one_level_up_or_of_another_type_is_flagged(resume, sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(resume, today=TODAY))
    if flagged:
        assert flags
    else:
        assert not flags, flags
