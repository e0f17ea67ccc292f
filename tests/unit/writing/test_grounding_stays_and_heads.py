"""Tables of variants for session 10's duration and title mechanisms (written for this file, in
professions of no blind set: an audiologist, a sonographer, a cartographer, a midwife, a solicitor).

Durations (:mod:`careercopilot.writing.grounding.durations`): the employer of "N years at X in
<city>" is X alone; the role of "as a <role> at X for N years" is read before the employer; "in
<employer>" binds like "at"; "a full/whole year" means at least a year; "N years of <data>" is no stay.
Titles (:mod:`.titles`, :mod:`.entities`): O*NET occupation heads by suffix ("Audiologist",
"Sonographer", "Generalist") are title heads; a standing word ("qualified", "registered") before a
lower-case title is no title word; a header's "Sonographer (Vascular)" holds "vascular sonographer".
``True``: the sentence must get a flag of the kind; ``False``: it must get no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

RESUME = """Ingrid Solberg
Bergen, Norway | ingrid.solberg@example.no | +47 555 12 345

EXPERIENCE
Senior Audiologist — Fjordlyd Hearing Clinic, Bergen
March 2021 – present
- Fit about 30 hearing aids a month; run the tinnitus clinic.

Audiologist — Vestland Hospital Trust, Bergen
August 2017 – February 2021
- Ran newborn hearing screening in the maternity unit.

Sonographer (Vascular) — Nordkapp Imaging AS, Tromsø
September 2015 – June 2017

Audiology Assistant — Vestland Hospital Trust, Bergen
January 2015 – July 2015

Cartography Intern — Kartverket, Hønefoss
June 2014 – November 2014
- Digitised 40 years of survey records for the coastal atlas.

EDUCATION
MSc Audiology, University of Bergen, 2017
"""


def _kinds(sentence: str) -> list[str]:
    return [f.kind for f in check(sentence, SourceFacts.from_texts(RESUME, today=TODAY))]


@pytest.mark.parametrize("sentence,flagged", [
    # the employer alone, not the city after it (two Bergen employers)
    ("I spent ten years at Fjordlyd Hearing Clinic in Bergen.", True),
    ("I spent five years at Fjordlyd Hearing Clinic in Bergen.", False),
    # the role before "at X for N years": that role's entries only
    ("I worked as an audiologist at Vestland Hospital Trust for four years.", False),
    ("I worked as an audiology assistant at Vestland Hospital Trust for two years.", True),
    # "in <employer>" binds like "at"
    ("I spent two years scanning in the Nordkapp Imaging department in Tromsø.", False),
    ("I spent four years scanning in the Nordkapp Imaging department in Tromsø.", True),
    # "a full / whole year": at least that long
    ("I interned at Kartverket for a full year.", True),
    ("I spent a whole year as an intern at Kartverket.", True),
    ("I interned at Kartverket for about six months.", False),
    # "N years of <data>": the length of a record, not of a stay
    ("At Kartverket I digitised 40 years of survey records for the coastal atlas.", False),
])
def test_duration_variants(sentence, flagged):
    kinds = _kinds(sentence)
    assert ("date" in kinds) == flagged, kinds
    if not flagged:
        assert not kinds, kinds


@pytest.mark.parametrize("sentence,flagged", [
    # O*NET heads by suffix are titles, checked against the history like hand-listed ones
    ("As Senior Audiologist at Vestland Hospital Trust, I ran newborn screening.", True),
    ("As Audiologist at Vestland Hospital Trust, I ran newborn hearing screening.", False),
    ("I was a Sonographer at Fjordlyd Hearing Clinic.", True),
    ("I worked as a Cartographer at Kartverket.", True),
    ("I was a Midwife at Vestland Hospital Trust.", True),  # (never held: title, or tool via the skills taxonomy)
    # a standing word before a lower-case title; a header's qualifier in parentheses
    ("I have worked as a qualified audiologist since August 2017.", False),
    ("I worked as a vascular sonographer at Nordkapp Imaging AS.", False),
    ("I worked as a cardiac sonographer at Nordkapp Imaging AS.", True),
])
def test_title_variants(sentence, flagged):
    kinds = _kinds(sentence)
    if flagged:
        assert {"title", "tool"} & set(kinds), kinds
    else:
        assert not kinds, kinds


# --- dates and names written in other conventions (session 10) ---------------------------------------
FORMS_RESUME = """Mateus Okonkwo-Lima
Curitiba, Brazil | mateus.ol@example.com.br

WORK HISTORY
2022-03 → present    Responsible Pharmacist, Farmácia Araucária, Curitiba
    * Cut stock write-offs by 12% in FY2024 with weekly expiry checks
2019-08 → 2022-02    Pharmacist, Drogaria Paraná Saúde, Londrina

EDUCATION
Bacharelado em Farmácia — Universidade Federal do Paraná, 2019
Especialização em Gestão — Escola Superior de Administração e Gerência, 2021
"""


@pytest.mark.parametrize("sentence,flagged", [
    # "FY2024" states the year 2024
    ("At Farmácia Araucária I cut stock write-offs by 12% in fiscal 2024.", False),
    ("At Farmácia Araucária I cut stock write-offs by 12% in fiscal 2021.", True),
    # ISO 8601 months with an arrow are a dated history
    ("I joined Drogaria Paraná Saúde in August 2019.", False),
    ("I joined Drogaria Paraná Saúde in March 2018.", True),
    ("I spent two and a half years at Drogaria Paraná Saúde.", False),
    ("I spent five years at Drogaria Paraná Saúde.", True),
    # the pronoun after a title is no grade "I"
    ("As Responsible Pharmacist I cut stock write-offs by 12% in FY2024.", False),
    # initialisms that skip linking words of other languages
    ("I completed a management specialization at ESAG.", False),
    ("I completed a management specialization at ESPM.", True),
])
def test_other_conventions(sentence, flagged):
    flags = [(f.kind, f.text) for f in check(sentence, SourceFacts.from_texts(FORMS_RESUME, today=TODAY))]
    assert bool(flags) == flagged, flags


# --- lower-case title claims after more cues (session 10) ---------------------------------------------
CUES_RESUME = """Kwame Asante-Berg
Accra, Ghana | kwame.ab@example.com.gh

EXPERIENCE
Senior Machine Learning Engineer — Volta Grid Analytics, Accra
June 2022 – present

Site Foreman — Akosombo Builders Ltd, Tema
2018 – 2022

Carpenter, then Lead Carpenter — Akosombo Builders Ltd, Tema
2013 – 2018
"""


@pytest.mark.parametrize("sentence,flagged", [
    # "the position/title/post of", "rose from … to", a capital "As", an adverb after "I'm", an acronym word
    ("At Akosombo Builders I held the position of site foreman.", False),
    ("At Akosombo Builders I held the position of construction manager.", True),
    ("At Akosombo Builders I hold the title of project superintendent.", True),
    ("At Akosombo Builders Ltd I rose from carpenter to lead carpenter.", False),
    ("At Akosombo Builders Ltd I rose from carpenter to site engineer.", True),
    ("As site foreman at Akosombo Builders, I ran daily toolbox talks.", False),
    ("As project manager at Akosombo Builders, I ran daily toolbox talks.", True),
    ("I'm currently the senior ML engineer at Volta Grid Analytics.", False),
    ("I'm currently the ML team lead at Volta Grid Analytics.", True),
    # a lower-case title tied to an employer right after it, without a rank word
    ("I was a carpenter at Akosombo Builders Ltd in Tema.", False),
    ("I was a site foreman at Volta Grid Analytics.", True),
])
def test_title_cues(sentence, flagged):
    flags = [(f.kind, f.text) for f in check(sentence, SourceFacts.from_texts(CUES_RESUME, today=TODAY))]
    if flagged:
        assert any(k == "title" for k, _ in flags), flags
    else:
        assert not flags, flags


# --- seasonal date ranges and names the resume abbreviates (session 10) -------------------------------
SEASON_RESUME = """Pita Havili
Auckland, New Zealand | pita.havili@example.nz

EXPERIENCE
Surveying Technician
Tonkin Lane Surveyors, Auckland
Autumn 2021 – present
- Coordinate road closures with AT and the NZTA for kerbside surveys.

Field Assistant (seasonal)
Ruapehu Alpine Lifts — Whakapapa
Winter 2018 – Summer 2020
"""


@pytest.mark.parametrize("sentence,flagged", [
    # "Winter 2018 – Summer 2020" is a dated history entry: the employer is listed, its dates hold
    ("At Ruapehu Alpine Lifts I worked as a seasonal field assistant.", False),
    ("I worked at Ruapehu Alpine Lifts from 2018 to 2020.", False),
    ("I joined Ruapehu Alpine Lifts in 2015.", True),
    # a name spelled out where the resume writes its initials
    ("I coordinate kerbside surveys with the New Zealand Transport Agency.", False),
    ("I was employed by the New Zealand Transport Agency on kerbside surveys.", True),
    ("I coordinate kerbside surveys with the Northern Zone Transport Authority.", True),
])
def test_seasons_and_spelled_out_initialisms(sentence, flagged):
    flags = [(f.kind, f.text) for f in check(sentence, SourceFacts.from_texts(SEASON_RESUME, today=TODAY))]
    assert bool(flags) == flagged, flags


# --- "N years of industry experience": the working life from the first dated entry (session 10) -------
CAREER_RESUME = """Oluwaseun Varga
Budapest, Hungary | o.varga@example.hu

EXPERIENCE
Data Engineer — Danube Rail Analytics, Budapest
March 2021 – present

Junior Data Engineer — Tisza Logistics Kft., Szeged
September 2019 – February 2021

EDUCATION
BSc Computer Science, University of Szeged, 2015
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I bring seven years of industry experience in data engineering.", False),
    ("I bring over six years of professional experience.", False),
    ("I bring a decade of industry experience in data engineering.", True),
    ("I have more than eleven years of professional experience.", True),
])
def test_industry_experience(sentence, flagged):
    kinds = [f.kind for f in check(sentence, SourceFacts.from_texts(CAREER_RESUME, today=TODAY))]
    assert ("date" in kinds) == flagged, kinds
