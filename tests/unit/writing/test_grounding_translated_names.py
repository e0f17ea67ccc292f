"""Supported sentences the checker flagged on blind sets 11–13 (session 15), by mechanism, each a table of
variants written for this file (not the sets' lines), with rows that must stay flagged:

* a job title the sentence gives in English for a header in the CV's language, matched by cognates
  (head noun, every rank word, half the words: "maintenance methods engineer" / "Ingénieur méthodes maintenance");
* a country the resume names in its own language or by its ISO code ("Belgium" / "NL en BE", "Germany" /
  "Almanya"; babel's CLDR territory names);
* a taxonomy skill inside a body's name ("the Ministry of Health", "Czech Chamber of Tax Advisers") is no tool;
* a career's length anchored after its end point ("since finishing my degree at X": from X's end to today;
  ", beginning with my apprenticeship in 2007": from that year to today);
* an award someone "named me" (like "won"): a claim the resume must state.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _flags(sentence: str, resume: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in check(sentence, SourceFacts.from_texts(resume, today=TODAY))]


# --- titles in the CV's language -------------------------------------------------------------

_TITLE_CVS = {
    "fr": "EXPÉRIENCE\nMars 2017 – aujourd'hui — Ingénieur méthodes maintenance\nCâbleries du Nord SA, Lille\n"
          "Sept. 2012 – Févr. 2017 — Technicien maintenance\nAciéries Valmont, Valenciennes\n",
    "nl": "WERKERVARING\nmrt. 2018 – heden  Senior adviseur waterbeheer  Rijnland Ingenieurs B.V., Leiden\n"
          "sep. 2012 – feb. 2018  Adviseur waterbeheer  Deltawerk B.V., Delft\n",
    "es": "EXPERIENCIA\nEne. 2016 – actualidad  Ingeniero de procesos senior, Cervecería Andina S.A., Quito\n"
          "Mar. 2011 – Dic. 2015  Ingeniero de procesos, Lácteos del Sur, Cuenca\n",
    "ro": "EXPERIENȚĂ PROFESIONALĂ\n2019 – prezent  Inginer proiectant instalații, Termoconstruct SRL, Cluj-Napoca\n"
          "2014 – 2019  Inginer instalații, Electroterm SA, Oradea\n",
    "pt": "EXPERIÊNCIA\nabr. 2015 – atual  Analista financeiro sênior, Banco Serrano S.A., Curitiba\n"
          "fev. 2011 – mar. 2015  Analista financeiro, Cooperativa Vale Verde, Londrina\n",
    "de": "BERUFSERFAHRUNG\n04/2016 – heute  Projektingenieur Elektrotechnik, Stadtwerke Kaltenbach GmbH\n"
          "09/2011 – 03/2016  Elektroingenieur, Anlagenbau Rhein GmbH\n",
}


@pytest.mark.parametrize(("cv", "sentence"), [
    ("fr", "I have been a maintenance methods engineer at Câbleries du Nord since 2017."),
    ("fr", "I worked as a maintenance technician at Aciéries Valmont."),
    ("nl", "I have been a senior water management adviser at Rijnland Ingenieurs since 2018."),
    ("nl", "I spent more than five years as a water management adviser at Deltawerk."),
    ("es", "I have been a senior process engineer at Cervecería Andina since 2016."),
    ("es", "I worked as a process engineer at Lácteos del Sur."),
    ("pt", "I have been a senior financial analyst at Banco Serrano since 2015."),
])
def test_a_title_in_english_for_a_header_in_the_cvs_language_passes(cv, sentence):
    assert not [f for f in _flags(sentence, _TITLE_CVS[cv]) if f[0] == "title"]


@pytest.mark.parametrize(("cv", "sentence"), [
    ("fr", "I have been a maintenance manager at Câbleries du Nord since 2017."),      # another head noun
    ("fr", "I have been a senior maintenance methods engineer at Câbleries du Nord."),  # a rank added
    ("nl", "I have been a lead water management adviser at Rijnland Ingenieurs since 2018."),
    ("nl", "I have been a principal adviser at Rijnland Ingenieurs since 2018."),
    ("es", "I have been a process engineering manager at Cervecería Andina since 2016."),
    ("pt", "I have been a chief financial officer at Banco Serrano since 2015."),
    ("de", "I have been a senior project engineer at Stadtwerke Kaltenbach since 2016."),
])
def test_a_title_the_cv_does_not_give_in_any_language_stays_flagged(cv, sentence):
    assert [f for f in _flags(sentence, _TITLE_CVS[cv]) if f[0] == "title"]


# --- countries in the CV's words ---------------------------------------------------------------

@pytest.mark.parametrize(("resume", "sentence"), [
    ("• 9 magazijnen in NL en BE, 1.200 FTE", "I run nine warehouses in the Netherlands and Belgium."),
    ("• ihracat: Almanya, Fransa, İtalya", "We export mainly to Germany, France and Italy."),
    ("• Vertrieb in Österreich und der Schweiz", "I built the sales channel in Austria and Switzerland."),
    ("• Exportação para Alemanha, Espanha e Itália", "I opened export markets in Germany, Spain and Italy."),
    ("• Експорт: Польща, Румунія, Молдова", "I set up exports to Poland, Romania and Moldova."),
    ("• Projekty w Niemczech i Czechach; klienci z DE i CZ", "I delivered projects in Germany and the Czech Republic."),
])
def test_a_country_the_cv_names_in_its_language_or_by_code_is_no_unknown_name(resume, sentence):
    assert not [f for f in _flags(sentence, resume) if f[0] == "employer"]


@pytest.mark.parametrize(("resume", "sentence"), [
    ("• ihracat: Almanya, Fransa", "We export mainly to Germany and Brazil."),
    ("• 9 magazijnen in NL en BE", "I run nine warehouses in the Netherlands and Luxembourg."),
    ("• Ventas en México, Colombia y Perú", "I managed sales in Mexico, Chile and Peru."),
])
def test_a_country_or_name_the_cv_does_not_give_stays_flagged(resume, sentence):
    assert [f for f in _flags(sentence, resume) if f[0] == "employer"]


# --- skills inside a body's name -----------------------------------------------------------------

_BODY_CV = "Member, Hotel and Tourism Association.\nSkills: Excel, SAP\n"


@pytest.mark.parametrize(("resume", "sentence"), [
    ("• Registrace u Komory daňových poradců ČR (2015)", "I am registered with the Czech Chamber of Tax Advisers."),
    ("• Kementerian Kesehatan: izin edar 2019", "I obtained the licence from the Ministry of Health in 2019."),
])
def test_a_language_or_common_word_in_a_bodys_name_is_no_tool_claim(resume, sentence):
    assert not [f for f in _flags(sentence, resume) if f[0] == "tool"]


@pytest.mark.parametrize("sentence", [
    "I used Tableau for the Chamber of Tax Advisers.",   # a tool outside the name is still a tool
    "I ran Kubernetes at the Ministry of Health.",
])
def test_a_tool_outside_a_bodys_name_stays_flagged(sentence):
    assert [f for f in _flags(sentence, _BODY_CV) if f[0] == "tool"]


# --- careers anchored at their start -----------------------------------------------------------

_CAREER_CV = ("EDUCATION\nMSc Forestry, Lakeland University, 2008 – 2013\n"
              "EXPERIENCE\nJun 2013 – present  Forest Planner, Northwood Timber Ltd\n")
_APPRENTICE_CV = ("09/2006 – 01/2010  Ausbildung zum Industriemechaniker, Maschinenbau Kessler GmbH\n"
                  "02/2010 – heute  Industriemechaniker, Maschinenbau Kessler GmbH\n")


@pytest.mark.parametrize(("resume", "sentence"), [
    (_CAREER_CV, "I have more than thirteen years of forestry experience since finishing my degree at Lakeland University."),
    (_CAREER_CV, "I have more than thirteen years of experience since graduating at Lakeland University."),
    (_APPRENTICE_CV, "I have worked in machining for nearly two decades, beginning with my apprenticeship in 2006."),
    (_APPRENTICE_CV, "I have been in mechanical maintenance for twenty years, starting as an apprentice in 2006."),
])
def test_a_career_length_from_its_start_point_passes(resume, sentence):
    # (the start year itself is the date check's: "Ausbildung" is no written "apprenticeship")
    assert not [f for f in _flags(sentence, resume) if f[0] in ("date", "number") and not re.fullmatch(r"\d{4}", f[1])]


@pytest.mark.parametrize(("resume", "sentence"), [
    (_CAREER_CV, "I have more than sixteen years of forestry experience since finishing my degree at Lakeland University."),
    (_APPRENTICE_CV, "I have worked in machining for over twenty-five years, beginning with my apprenticeship in 2006."),
])
def test_a_career_length_longer_than_since_its_start_point_stays_flagged(resume, sentence):
    assert [f for f in _flags(sentence, resume) if f[0] in ("date", "number") and not re.fullmatch(r"\d{4}", f[1])]


# --- awards someone named the user -------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "In 2023 the guild named me pastry chef of the year.",
    "The magazine voted me Winemaker of the Year in 2022.",
    "The regional press named me its young entrepreneur of the year.",
])
def test_an_award_someone_named_me_that_the_cv_does_not_state_is_flagged(sentence):
    resume = "2015 – present  Head Pastry Chef, Maison Duval, Lyon\n• Menus for 3 restaurants\n"
    assert ("claim" in {k for k, _ in _flags(sentence, resume)}) or _flags(sentence, resume)


def test_an_award_the_cv_states_passes():
    resume = "2015 – present  Pastry Chef, Maison Duval, Lyon\n• Named Pastry Chef of the Year 2023 by Guide Lyonnais\n"
    assert not [f for f in _flags("In 2023 Guide Lyonnais named me pastry chef of the year.", resume) if f[0] == "claim"]


# --- names with their head moved, initials glossed in the sentence --------------------------------

@pytest.mark.parametrize(("resume", "sentence"), [
    ("Academy of Merchant Marine of Aspropyrgos, diploma 2009", "I graduated from the Aspropyrgos Merchant Marine Academy."),
    ("School of Nursing of Coimbra (ESEnfC), 2012", "I trained at the Coimbra School of Nursing."),
    ("Institute of Chemical Technology of Prague, 2015", "I studied at the Prague Institute of Chemical Technology."),
    ("Conservatory of Music of Puerto Rico, 2010", "I studied piano at the Puerto Rico Conservatory of Music."),
])
def test_a_name_with_its_head_moved_is_the_resumes_name(resume, sentence):
    assert not [f for f in _flags(sentence, resume) if f[0] == "employer"]


@pytest.mark.parametrize(("resume", "sentence"), [
    ("Academy of Merchant Marine of Aspropyrgos, diploma 2009", "I graduated from the Piraeus Merchant Marine Academy."),
    ("Institute of Chemical Technology of Prague, 2015", "I studied at the Brno Institute of Chemical Technology."),
])
def test_a_moved_name_with_another_word_stays_flagged(resume, sentence):
    assert [f for f in _flags(sentence, resume) if f[0] == "employer"]


@pytest.mark.parametrize(("resume", "sentence"), [
    ("• registro OEA (Operador Económico Autorizado), 2022", "We obtained Authorized Economic Operator (OEA) status in 2022."),
    ("• Status AEO erteilt 2021 (Zollverwaltung)", "We became an Authorised Economic Operator (AEO) in 2021."),
    ("• QP (Personne Qualifiée) pour la libération des lots", "I act as Qualified Person (QP) for batch release."),
])
def test_a_title_shaped_phrase_glossing_the_resumes_initials_is_no_title_claim(resume, sentence):
    assert not [f for f in _flags(sentence, resume) if f[0] == "title"]


# --- figures with their unit symbol or a noun in the CV's language -----------------------------------

@pytest.mark.parametrize(("resume", "sentence"), [
    ("• Responsável por 38.400 ha de cana\n• Controle biológico em 14.000 ha", "I am responsible for more than 38,000 hectares."),
    ("• 62 ettari vitati, di cui 48 ha Sangiovese", "The estate has 62 hectares under vine."),
    ("• Portfolio: 1,2 GW; 14 parków\n• Budowa 310 MW w 2024", "I manage a 1.2 GW portfolio of 14 parks."),
    ("• Produktion 12.500 hl Bier, 3 Brauereien\n• 900 hl Versuchsbräu", "We brew about 12,500 hectolitres of beer."),
    ("• Zespół 18 techników w 3 brygadach\n• 4 elektryków", "I supervise 18 technicians in three teams."),
])
def test_a_figure_with_its_unit_symbol_or_noun_in_the_cvs_language_passes(resume, sentence):
    assert not [f for f in _flags(sentence, resume) if f[0] in ("number", "scale")]


@pytest.mark.parametrize(("resume", "sentence"), [
    ("• Responsável por 38.400 ha de cana\n• Controle biológico em 14.000 ha", "I am responsible for 45,000 hectares."),
    ("• Produktion 12.500 hl Bier\n• 900 hl Versuchsbräu", "We brew about 20,000 hectolitres of beer."),
])
def test_a_figure_the_resume_does_not_state_stays_flagged(resume, sentence):
    assert [f for f in _flags(sentence, resume) if f[0] in ("number", "scale")]


# --- organisations the resume names only as an employer's relative; "<ROLE> of <employer>" ----------

_GROUP_CV = """Chief Operating Officer   03-2019 – present
Nordhaven Logistics B.V. (NHL), Tilburg – a Dijkstra Holding company (sister company of Dijkstra Freight)
• Responsible for 9 warehouses and 1,400 FTE
Account Director   2014 – 2019
Brightline Media, London — clients: Nordal Foods, Kestrel Bank
• Subsidiary of Brightline Group; partner agency of Harlow & Finch
"""


@pytest.mark.parametrize("sentence", [
    "As COO of Dijkstra Freight I am responsible for 9 warehouses.",
    "At Nordal Foods I ran the media budget.",
    "I joined Kestrel Bank in 2014 as account director.",
    "At Harlow & Finch I led the agency's accounts.",
])
def test_an_organisation_the_resume_names_only_as_a_relative_is_no_employer(sentence):
    assert [f for f in _flags(sentence, _GROUP_CV) if f[0] == "employer"]


@pytest.mark.parametrize("sentence", [
    "As COO of Nordhaven Logistics I am responsible for 9 warehouses.",
    "I managed the Nordal Foods account at Brightline Media.",
    "At Brightline Media I was account director for Kestrel Bank.",
])
def test_the_employer_and_its_relatives_named_as_such_pass(sentence):
    assert not [f for f in _flags(sentence, _GROUP_CV) if f[0] == "employer"]


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("I have served as COO of Nordhaven Logistics for more than seven years.", False),
    ("I have served as COO of Nordhaven Logistics for nearly ten years.", True),
    ("I served as Account Director of Brightline Media for five years.", False),
    ("I served as Account Director of Brightline Media for eight years.", True),
])
def test_a_duration_as_a_role_of_an_employer_is_that_employers(sentence, flagged):
    assert bool([f for f in _flags(sentence, _GROUP_CV) if f[0] == "date"]) is flagged


# --- leading work without a title: the years of the leading headers ------------------------------------

_LEAD_CVS = {
    "pt": "EXPERIÊNCIA\nCoordenador de Manutenção | abr. 2021 – atual\nLaticínios Serra Azul S.A.\n"
          "Técnico de Manutenção | fev. 2014 – mar. 2021\nLaticínios Serra Azul S.A.\n",
    "en": "EXPERIENCE\nSenior Geologist | Kestrel Gold Ltd | June 2020 – present\n"
          "Geologist | Kestrel Gold Ltd | January 2015 – May 2020\n",
    "es": "EXPERIENCIA\nJefe de Logística, Cementos del Norte | Feb. 2022 – actualidad\n"
          "Analista de Logística, Cementos del Norte | Ene. 2016 – Ene. 2022\n",
    "de": "BERUFSERFAHRUNG\n04/2019 – heute  Teamleiter Instandhaltung (maintenance team leader), Kaltwerk GmbH\n"
          "09/2012 – 03/2019  Instandhaltungstechniker, Kaltwerk GmbH\n",
}


@pytest.mark.parametrize(("cv", "sentence"), [
    ("pt", "I have led the maintenance team for more than six years."),
    ("en", "I have held senior geology roles for more than seven years."),
    ("en", "I have held a senior role for over eight years."),
    ("es", "I have run the company's logistics department for six years."),
    ("de", "I have headed the maintenance crew for over eight years."),
    ("en", "I have managed exploration programmes as a senior geologist for more than eight years."),
])
def test_leading_work_longer_than_the_leading_headers_is_flagged(cv, sentence):
    assert [f for f in _flags(sentence, _LEAD_CVS[cv]) if f[0] == "date"]


@pytest.mark.parametrize(("cv", "sentence"), [
    ("pt", "I have led the maintenance team for more than five years."),
    ("en", "I have held senior geology roles for more than six years."),
    ("es", "I have run the company's logistics department for nearly five years."),
    ("de", "I have headed the maintenance crew for over seven years."),
    ("en", "I have managed exploration programmes as a senior geologist for more than six years."),
])
def test_leading_work_within_the_leading_headers_passes(cv, sentence):
    assert not [f for f in _flags(sentence, _LEAD_CVS[cv]) if f[0] == "date"]


# --- lower-case titles after a step into them or an organisation's possessive; "senior" added ---------

_STEP_CV = """EXPERIENCE
Audit Manager | Adeyemi & Co, Lagos | October 2020 – present
Sr. Audit Associate | Adeyemi & Co | 2017 – 2020
Senior Machine Learning Engineer | Bolwerk Commerce | May 2022 – present
"""


@pytest.mark.parametrize("sentence", [
    "I was promoted to senior audit manager in 2020.",
    "In 2020 I was promoted to audit director.",
    "I became the firm's senior audit manager in 2020.",
    "I am the company's finance director.",
    "I was appointed head of audit in 2020.",
])
def test_a_lower_case_title_never_held_is_flagged(sentence):
    assert [f for f in _flags(sentence, _STEP_CV) if f[0] == "title"]


@pytest.mark.parametrize("sentence", [
    "I was promoted to audit manager in 2020.",
    "I am the firm's audit manager.",
    "I was a senior audit associate from 2017.",
    "I have been a senior ML engineer at Bolwerk Commerce since May 2022.",
])
def test_a_lower_case_title_held_passes(sentence):
    assert not [f for f in _flags(sentence, _STEP_CV) if f[0] == "title"]


# --- a passed exam level written with punctuation before "passed" -----------------------------------

@pytest.mark.parametrize(("resume", "sentence"), [
    ("CFA Level I — passed, 2015", "I am a CFA charterholder."),
    ("CFA Level II: passed (2019)", "I am a CFA charterholder."),
    ("• FRM Level 1 (passed, 2021)", "I am FRM certified."),
    ("CAIA Level I – passed 2020", "I hold the CAIA charter."),
])
def test_a_credential_with_only_a_level_passed_is_not_held(resume, sentence):
    assert [f for f in _flags(sentence, resume) if f[0] == "certification"]


@pytest.mark.parametrize(("resume", "sentence"), [
    ("CFA Level I — passed, 2015", "I passed CFA Level I in 2015."),
    ("CFA charterholder, 2018", "I am a CFA charterholder."),
])
def test_a_level_passed_or_a_charter_held_passes(resume, sentence):
    assert not [f for f in _flags(sentence, resume) if f[0] == "certification"]
