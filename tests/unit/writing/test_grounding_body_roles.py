"""Organisations named in a non-employer role, or an employer named in another form of the CV's own line, are no
unsupported employer (issue 12; sets 15 and 16 as development data, session 19).

The kinds, each a row of real variants across countries and professions:

* a register or licensing body the resume names by its initials, after "registered as a <title> with" (the title
  before "with" no employment claim): nursing and midwifery councils, medical and health-practitioner boards,
  engineering councils;
* a body, school or register in English for the resume's own-language name, its place an exonym ("Florence" /
  "Firenze", "Lisbon" / "Lisboa") or a rare English word ("Polytechnic" / "Politècnica") — only inside a translation;
* a numbered law, annex, level or standard ("Legislative Decree 81/08" for "D.Lgs. 81/08");
* a place, vessel or employer the CV writes in another script (romanised with ``anyascii``), or in a longer form
  with words in its middle;
* a body joined by "&" whose initials the resume writes;
* the current role's open end followed by a gloss ("8/2021 – nyt (now)"), which hid the employer's current entry.

Controls: a wrong employer, a body claimed as an employer, another register number, another city, another
romanised name and a near-miss English name stay flagged.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _resume(*lines: str, employer: str = "Harbourview Health Services — Springfield") -> str:
    return "\n".join([
        "JANE DOE",
        *lines,
        "",
        "EXPERIENCE",
        employer,
        "Senior Practitioner | 03/2016 – present",
        "• Team of 6; 1,150 client visits a year",
        "",
        "Bayview Clinic — Springfield",
        "Practitioner | 01/2011 – 02/2016",
    ])


def _employer_flags(resume: str, sentence: str) -> list[str]:
    facts = SourceFacts.from_texts(resume, today=TODAY)
    return [f.text for f in check(sentence, facts) if f.kind == "employer"]


#: (country, resume lines, sentence): supported, no employer flag.
SUPPORTED = [
    # registration bodies by their initials, "registered as a <title> with <BODY>"
    ("Australia", ["AHPRA registration: PMD0001742953 (Paramedic)"], "I am registered as a paramedic with AHPRA."),
    ("South Africa", ["ECSA Professional Engineer Reg. No. 20190447"],
     "I am registered as a Professional Engineer with ECSA."),
    ("UK", ["NMC PIN 12A3456E (Registered Nurse, Adult)"], "I am registered as an adult nurse with the NMC."),
    ("South Africa", ["SANC registration 14523698 (Professional Nurse and Midwife)"],
     "I am registered as a professional nurse with SANC."),
    ("New Zealand", ["MCNZ registration 45821 (vocational scope: general practice)"],
     "I am registered as a general practitioner with MCNZ."),
    ("Ireland", ["CORU registration SW012345 (Social Worker)"], "I am registered as a social worker with CORU."),
    ("UK", ["HCPC registration PA12345 (Paramedic)"], "I have been registered as a paramedic with the HCPC since 2016."),
    ("Philippines", ["PRC license no. 0456789 (Civil Engineer)"], "I am licensed as a civil engineer with the PRC."),
    # bodies, registers and schools in English for the CV's own-language name
    ("Italy", ["Iscritta all'Ordine degli Architetti P.P.C. della Provincia di Firenze, n. 8427"],
     "I am registered with the Order of Architects of Florence under number 8427."),
    ("Portugal", ["Membro da Ordem dos Arquitectos, Secção Regional Sul (Lisboa), n.º 71245"],
     "I am a member of the Order of Architects of Lisbon."),
    ("Spain", ["Grado en Ingeniería Mecánica — Universitat Politècnica de València, 2010"],
     "I hold a degree in mechanical engineering from the Polytechnic University of Valencia."),
    ("Spain", ["Máster en Ingeniería Industrial — Universidad Politécnica de Madrid, 2014"],
     "I studied industrial engineering at the Polytechnic University of Madrid."),
    ("Spain", ["Grau en Enginyeria Civil — Universitat Politècnica de Catalunya, 2012"],
     "I graduated from the Polytechnic University of Catalonia in 2012."),
    # numbered laws, annexes, levels and standards
    ("Italy", ["Coordinatore della sicurezza in cantiere (D.Lgs. 81/08, 120 ore), 2015"],
     "I am qualified as a site safety coordinator under Legislative Decree 81/08."),
    ("Mexico", ["Diplomado en Cumplimiento Aduanero y Anexo 24 — Tecnológico de Monterrey, 2018"],
     "I completed a diplomado in customs compliance covering Annex 24."),
    ("Poland", ["• Projekty ETCS poziom 2 dla 3 linii kolejowych, łącznie 412 km torów"],
     "The ETCS Level 2 projects I work on cover 412 km of track."),
    ("Brazil", ["• Contratações pela Lei 14.133/2021 (nova lei de licitações)"],
     "I run procurements under Law 14.133/2021."),
    ("Spain", ["Coordinador de seguridad y salud (Real Decreto 1627/1997), 2013"],
     "I coordinate site safety under Royal Decree 1627/1997."),
    # places, vessels and employers in another script
    ("Greece", ["• Δεξαμενισμός (dry-docking) 3 φορές, Πέραμα"], "I took part in three dry-dockings at Perama."),
    ("Greece", ["M/V Αστέρι του Αιγαίου (bulk carrier, 82,000 dwt)"],
     "I have sailed as chief engineer on the Asteri tou Aigaiou."),
    ("Serbia", [], "At the Vrbas station I handled compulsory vaccination."),
    ("Ukraine", [], "I have been with Podillia Agroinvest for over ten years."),
    ("Serbia", [], "I have worked for Mlekara Bačka Polja for more than ten years."),
    ("Ukraine", ["• Поїздки до Одеса і Харків"], "I travelled between Odesa and Kharkiv every month."),
    # longer forms: words dropped from the middle of the CV's name
    ("Brazil", [], "I have coordinated neurological physiotherapy at Instituto Renascer since 2016."),
    ("Bolivia", ["Licenciatura en Bioquímica — Universidad Mayor de San Andrés, 2009"],
     "I studied biochemistry at Universidad San Andrés."),
    # a body joined by "&" whose initials the resume writes
    ("UK", ["• Diploma in Brewing (IBD), 2016"], "I hold the Institute of Brewing & Distilling's Diploma in Brewing."),
    ("UK", ["• Level 6 Professional Diploma in Procurement and Supply (CIPS), 2018"],
     "I hold the Chartered Institute of Procurement & Supply's Level 6 Professional Diploma."),
    # the current role's open end with a gloss after it
    ("Finland", [], "I have worked at Näsinranta Rehabilitation Centre for almost eleven years."),
    ("Israel", [], "I have worked at Galil-Carmel Medical Center for more than ten years."),
]

#: Employer lines for the rows above that name their employer in the CV's own form.
EMPLOYERS = {
    "I have been with Podillia Agroinvest for over ten years.": "ТОВ «Подільля Агроінвест», Вінниця",
    "At the Vrbas station I handled compulsory vaccination.": "Ветеринарска станица Врбас — Врбас",
    "I have worked for Mlekara Bačka Polja for more than ten years.": "Млекара Бачка Поља — Нови Сад",
    "I have coordinated neurological physiotherapy at Instituto Renascer since 2016.":
        "Instituto Mineiro de Reabilitação Renascer — Belo Horizonte",
    "I have worked at Näsinranta Rehabilitation Centre for almost eleven years.":
        "Kuntoutuskeskus Näsinranta Oy (Näsinranta Rehabilitation Centre Ltd) — Tampere",
    "I have worked at Galil-Carmel Medical Center for more than ten years.":
        "מרכז רפואי גליל-כרמל (Galil-Carmel Medical Center) — חיפה",
}
#: Current roles whose open end carries a gloss.
CURRENT = {
    "I have worked at Näsinranta Rehabilitation Centre for almost eleven years.": "Johtava (Lead SLT) | 8/2021 – nyt (now)",
    "I have worked at Galil-Carmel Medical Center for more than ten years.": "רוקחת (Pharmacist) | 09/2021 – היום (present)",
}


def _row_resume(lines: list[str], sentence: str) -> str:
    text = _resume(*lines, employer=EMPLOYERS.get(sentence, "Harbourview Health Services — Springfield"))
    if sentence in CURRENT:  # the employer's current role with a glossed open end, its earlier role after the bullets
        text = text.replace("Senior Practitioner | 03/2016 – present", CURRENT[sentence] + "\n• Team of 6\n"
                            + "Practitioner | 03/2016 – 07/2021")
    return text


@pytest.mark.parametrize(("country", "lines", "sentence"), SUPPORTED, ids=[f"{c}:{s[:40]}" for c, _, s in SUPPORTED])
def test_an_organisation_in_a_non_employer_role_or_another_form_is_no_employer_claim(country, lines, sentence):
    assert _employer_flags(_row_resume(lines, sentence), sentence) == []


#: (resume lines, employer line or None, sentence, the flagged name): true employer errors.
CONTROLS = [
    ([], None, "I have worked at Lakeshore Medical Group for six years.", "Lakeshore Medical Group"),
    (["AHPRA registration: PMD0001742953 (Paramedic)"], None, "I worked for AHPRA for six years.", "AHPRA"),
    (["Iscritta all'Ordine degli Architetti P.P.C. della Provincia di Firenze, n. 8427"], None,
     "I am registered with the Order of Architects of Venice.", "Order of Architects of Venice"),
    (["Coordinatore della sicurezza in cantiere (D.Lgs. 81/08, 120 ore), 2015"], None,
     "I am qualified under Legislative Decree 90/12.", "Legislative Decree"),
    ([], "ТОВ «Подільля Агроінвест», Вінниця", "I have been with Podillia Agrotrade for over ten years.",
     "Podillia Agrotrade"),
    ([], "Keller Mechanical Contractors — Dayton", "I was a plumber at Kessler Mechanical Contractors for five years.",
     "Kessler Mechanical Contractors"),
    ([], "Instituto Mineiro de Reabilitação Esperança — Belo Horizonte",
     "I coordinated physiotherapy at Instituto Renascer for five years.", "Instituto Renascer"),
]


@pytest.mark.parametrize(("lines", "employer", "sentence", "name"), CONTROLS, ids=[c[2][:40] for c in CONTROLS])
def test_a_wrong_employer_is_still_flagged(lines, employer, sentence, name):
    resume = _resume(*lines, employer=employer or "Harbourview Health Services — Springfield")
    assert any(name in flagged or flagged in name for flagged in _employer_flags(resume, sentence))
