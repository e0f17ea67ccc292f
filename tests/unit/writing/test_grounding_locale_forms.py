"""Tables of variants for a resume's locale forms (:mod:`careercopilot.writing.grounding.locale_forms`),
written for this file in professions of no blind set.

A CV written in Germany, Austria, Switzerland, France, Spain, Brazil, Sweden, the Netherlands, Italy,
India or Indonesia states its figures and dates in its own conventions; a correct English sentence
about them must pass, and a sentence that misreads them (a decimal comma taken for thousands, a
lakh for a million) must still be flagged. ``True``: the sentence must get a flag; ``False``: no flag.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding.locale_forms import decimal_habit, english_number

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize("raw,habit,english", [
    ("1.234.567", "", "1,234,567"),           # several dot groups: thousands
    ("2.480", "comma", "2,480"),              # one dot group in a comma-decimal document
    ("2.480", "dot", None),                   # … and a decimal in a dot-decimal one (left as written)
    ("0.480", "", None),                      # a leading 0 is a decimal
    ("7.200", "", "7,200"),                   # no habit: a trailing 0 is no decimal an English writer keeps
    ("22'750'000", "", "22,750,000"),         # Swiss apostrophes
    ("22’750", "", "22,750"),
    ("5\u202f430\u202f000", "", "5,430,000"),  # narrow NBSP (fr)
    ("5\u00a0430", "", "5,430"),              # NBSP
    ("5 430", "comma", "5,430"),              # plain space in a comma-decimal document
    ("640.000", "dot", "640,000"),            # three zeros after a dot: thousands in any document
    ("1.234,75", "comma", "1,234.75"),        # German thousands and decimals
    ("64,25", "comma", "64.25"),              # decimal comma
    ("64,3", "", "64.3"),                     # a comma before one digit is never English thousands
    ("48,00,000", "", "4,800,000"),           # Indian lakh grouping
    ("2,50,00,000", "", "25,000,000"),        # … and crore
    ("4,750", "comma", None),                 # three digits after a comma: English thousands stay
])
def test_numbers_are_read_from_their_shape_and_the_documents_habit(raw, habit, english):
    assert english_number(raw, habit) == english


@pytest.mark.parametrize("text,habit", [
    ("Umsatz € 2,7 Mio.; Marge 12,5 %; 3.450 Kunden", "comma"),
    ("Revenue $2.7M; margin 12.5%; 3,450 clients", "dot"),
    ("Ventas 8.400 unidades; desde 01.03.2019", ""),   # dates are no decimals
    ("Fee income Rp 9,4 miliar; IELTS 6.5", ""),       # a tie decides nothing
])
def test_decimal_habit(text, habit):
    assert decimal_habit(text) == habit


_VET = """Tierärztin (Veterinarian), Tierklinik Grünwald, Graz          01.02.2019 – heute
• Umsatz der Großtierpraxis € 2,7 Mio. (2025), up from € 2,1 Mio. in 2021
• 3.450 herd visits per year; 12,5 % fewer antibiotic doses since 2022
• Budget for the new surgery wing: 1 850 000 €
"""
_ENGINEER = """Lead Engineer, Hürlimann Tunnelbau AG, Bern     04.2017 – heute
Tunnel refurbishment Lötschberg: construction cost CHF 22'750'000; team of 11 engineers
Noise barriers along the A1: CHF 4,6 Mio., completed 2021
"""
_ANALYST = """Credit Analyst — Sahyadri Co-operative Bank, Pune (Mar 2019 - Present)
- Loan book reviewed: ₹4.2 crore per quarter; recovered ₹65 lakh of overdue loans
- Scorecard applied to 48,00,000 retail accounts
"""
_FARM = """2018-03 – atual | Gerente de Fazenda | Fazenda Boa Esperança, Rio Verde-GO
- 9.750 ha de soja; economia de R$ 1,4 milhões em defensivos (safra 2023/24)
- Receita anual de R$ 52 milhões
"""
_ORCHARD = """Fruit grower, Kebun Apel Batu, Malang                Maret 2015 - sekarang
- Revenue Rp 3,8 miliar (2025); 42 juta seedlings sold since 2019
- Orchard of 1.200 m² under netting
"""
_HR = """2020-09 – pågående   HR Manager, Norrsken Logistik AB, Göteborg
  – 2 300 employees at 4 terminals; HR budget 14 MSEK; recruitment costs 850 tkr
"""


@pytest.mark.parametrize("resume,sentence,flagged", [
    # decimal comma and magnitude words after the amount
    (_VET, "Turnover of the large-animal practice reached €2.7 million in 2025.", False),
    (_VET, "Turnover of the large-animal practice reached €27 million in 2025.", True),
    (_VET, "Turnover grew from €2.1 million to €2.7 million.", False),
    (_VET, "We make about 3,450 herd visits a year.", False),
    (_VET, "We make about 34,500 herd visits a year.", True),
    (_VET, "I cut antibiotic doses by 12.5%.", False),
    (_VET, "I cut antibiotic doses by 125%.", True),
    (_VET, "The new surgery wing has a budget of €1.85 million.", False),
    (_VET, "The new surgery wing has a budget of €18.5 million.", True),
    # apostrophe thousands and Mio. after a currency code
    (_ENGINEER, "I led the CHF 22.75 million refurbishment of the Lötschberg tunnel.", False),
    (_ENGINEER, "I led the CHF 227.5 million refurbishment of the Lötschberg tunnel.", True),
    (_ENGINEER, "The noise barriers along the A1 cost CHF 4.6 million.", False),
    (_ENGINEER, "The noise barriers along the A1 cost CHF 46 million.", True),
    # lakh and crore
    (_ANALYST, "I review a loan book of ₹42 million each quarter.", False),
    (_ANALYST, "I review a loan book of ₹4.2 million each quarter.", True),
    (_ANALYST, "I recovered ₹6.5 million of overdue loans.", False),
    (_ANALYST, "I recovered ₹65 million of overdue loans.", True),
    (_ANALYST, "My scorecard covers 4.8 million retail accounts.", False),
    (_ANALYST, "My scorecard covers 48 million retail accounts.", True),
    # Portuguese: dot thousands, decimal comma, milhões
    (_FARM, "I manage 9,750 ha of soybean.", False),
    (_FARM, "I manage 97,500 ha of soybean.", True),
    (_FARM, "I saved R$1.4 million on crop protection in the 2023/24 season.", False),
    (_FARM, "I saved R$14 million on crop protection in the 2023/24 season.", True),
    (_FARM, "The farm's annual revenue is R$52 million.", False),
    # Indonesian: miliar, juta, dot thousands before m²
    (_ORCHARD, "Revenue reached Rp 3.8 billion in 2025.", False),
    (_ORCHARD, "Revenue reached Rp 38 billion in 2025.", True),
    (_ORCHARD, "We have sold 42 million seedlings since 2019.", False),
    (_ORCHARD, "We grow under 1,200 square metres of netting.", False),
    (_ORCHARD, "We grow under 12,000 square metres of netting.", True),
    # Swedish: space thousands, MSEK, tkr
    (_HR, "I am HR manager for 2,300 employees at four terminals.", False),
    (_HR, "I am HR manager for 23,000 employees at four terminals.", True),
    (_HR, "I run an HR budget of SEK 14 million.", False),
    (_HR, "I run an HR budget of SEK 140 million.", True),
    (_HR, "Recruitment costs were SEK 850,000.", False),
])
def test_locale_figures(resume, sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(resume, today=TODAY))
    assert bool(flags) is flagged, flags


_CHEF = """CHEF DE CUISINE — Brasserie du Vieux Port, Marseille            févr. 2017 – aujourd'hui
SOUS-CHEF — Auberge des Pins, Aix-en-Provence                     sept. 2012 – janv. 2017
"""
_NURSE = """Enfermera — Hospital General de Valencia                   desde marzo de 2019
Enfermera — Clínica Turia, Valencia                        ene. 2014 – feb. 2019
"""
_TEACHER = """Lehrerin, Gymnasium am Dom, Bamberg          seit September 2020
• Fachbetreuerin Mathematik (maths coordinator) seit 03.2023
Referendarin, Kaiser-Heinrich-Gymnasium, Bamberg          Okt. 2018 – Aug. 2020
"""
_PLANNER = """Maart 2016 – heden    Planner, Van Dijk Transport B.V., Tilburg
Mei 2011 – Feb. 2016  Planner, Rivierland Logistiek, Nijmegen
"""


@pytest.mark.parametrize("resume,sentence,flagged", [
    (_CHEF, "Since February 2017 I have worked at Brasserie du Vieux Port.", False),
    (_CHEF, "Since February 2015 I have worked at Brasserie du Vieux Port.", True),
    (_CHEF, "I have run the kitchen at Brasserie du Vieux Port for more than nine years.", False),
    (_CHEF, "I have run the kitchen at Brasserie du Vieux Port for more than twelve years.", True),
    (_CHEF, "I joined Auberge des Pins in September 2012.", False),
    (_NURSE, "Since March 2019 I have worked at Hospital General de Valencia.", False),
    (_NURSE, "Since March 2017 I have worked at Hospital General de Valencia.", True),
    (_NURSE, "I worked at Clínica Turia from January 2014 to February 2019.", False),
    (_TEACHER, "I have taught at Gymnasium am Dom since September 2020.", False),
    (_TEACHER, "I have taught at Gymnasium am Dom since September 2016.", True),
    (_TEACHER, "I began my teacher training at Kaiser-Heinrich-Gymnasium in October 2018.", False),
    (_TEACHER, "I have been the school's maths coordinator since March 2023.", False),
    (_TEACHER, "I have been the school's maths coordinator since March 2021.", True),
    (_PLANNER, "I have been a planner at Van Dijk Transport since March 2016.", False),
    (_PLANNER, "I have been a planner at Van Dijk Transport for more than ten years.", False),
    (_PLANNER, "I have been a planner at Van Dijk Transport for more than twelve years.", True),
    (_PLANNER, "I joined Rivierland Logistiek in May 2011.", False),
])
def test_dates_in_the_cvs_language(resume, sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(resume, today=TODAY))
    assert bool(flags) is flagged, flags
