"""Tables of variants for what a CV written in another language does to the other detectors, written
for this file in professions of no blind set: names with accents ("Universität Würzburg" named as
"Universitat Wurzburg" or with its accents), figures as the evidence of where work was done (a line in
Portuguese shares figures, not words, with an English sentence), a percentage a count does not support,
and first-ever claims. ``True``: the sentence must get a flag; ``False``: no flag.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

_ACCENTS = """Zahnärztin (Dentist), Zahnarztpraxis Dr. Köhler, Würzburg        01.03.2019 – heute
• 2.400 patients; implantology
Assistenzzahnärztin, Praxisklinik Süd, Nürnberg                  10.2016 – 02.2019
AUSBILDUNG
2010 – 2016 Staatsexamen Zahnmedizin, Julius-Maximilians-Universität Würzburg
"""
_TWO_JOBS = """2021-03 – atual | Gerente Comercial | Cooperativa Vale do Café, Patrocínio-MG
- Equipe de 8 representantes; faturamento de R$ 64 milhões/ano
2016-05 – 2021-02 | Representante Técnico | Sementes Planalto Ltda., Uberlândia
- Carteira de 120 produtores, R$ 17 milhões/ano em sementes
"""
_COUNTS = """Operations Lead, Harbour Bakeries, Dunedin — 2018 – present
- 20–35 wholesale orders per night; 14 staff across two shifts
- On-time delivery 96% (2025)
"""


@pytest.mark.parametrize("resume,sentence,flagged", [
    (_ACCENTS, "Since March 2019 I have worked at Zahnarztpraxis Dr. Kohler in Wurzburg.", False),
    (_ACCENTS, "Since March 2019 I have worked at Zahnarztpraxis Dr. Köhler in Würzburg.", False),
    (_ACCENTS, "Before that I worked at Praxisklinik Sud in Nurnberg.", False),
    (_ACCENTS, "Before that I worked at Praxisklinik Nord in Nurnberg.", True),
    (_ACCENTS, "At Julius-Maximilians-Universitat Wurzburg I studied dentistry.", False),
    # figures tie a sentence to the entry that states them
    (_TWO_JOBS, "At Sementes Planalto I served 120 growers with a seed portfolio of R$17 million a year.", False),
    (_TWO_JOBS, "At Cooperativa Vale do Café I served 120 growers with a seed portfolio of R$17 million a year.", True),
    (_TWO_JOBS, "At Cooperativa Vale do Café I lead 8 sales reps with revenue of R$64 million a year.", False),
    # a percentage is no count
    (_COUNTS, "On-time delivery reached 96% in 2025.", False),
    (_COUNTS, "On-time delivery reached 35% in 2025.", True),
    (_COUNTS, "We fill up to 35 wholesale orders a night.", False),
    # first-ever claims
    (_COUNTS, "Harbour Bakeries was the first bakery in Dunedin to deliver overnight.", True),
    (_COUNTS, "I was the first operations lead in the company to run two shifts.", True),
    (_COUNTS, "In my first year I organised 14 staff across two shifts.", False),
])
def test_foreign_cv_variants(resume, sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(resume, today=TODAY))
    assert bool(flags) is flagged, flags


_PIONEER_BACKED = """Operations Lead, Harbour Bakeries, Dunedin — 2018 – present
- First bakery in Otago to switch to electric delivery vans (2022)
"""


def test_a_first_ever_claim_the_resume_states_passes():
    facts = SourceFacts.from_texts(_PIONEER_BACKED, today=TODAY)
    assert check("Harbour Bakeries was the first bakery in Otago to switch to electric delivery vans.", facts) == []


_NGO = """Programme Director, Salama Health Initiative, Abuja, Nigeria          since January 2021
- Portfolio of US$21 million across five states; partners in Kenya and Brazil
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I manage a US$21 million portfolio across five Nigerian states.", False),
    ("We work with Kenyan and Brazilian partners.", False),
    ("We work with Ghanaian partners.", True),
    ("I manage a US$31 million portfolio across five states.", True),
])
def test_currency_prefixes_and_place_adjectives_are_no_names(sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(_NGO, today=TODAY))
    assert bool(flags) is flagged, flags


_LAWYER = """Abogada Senior, Despacho Ruiz Pons, Madrid          enero 2019 – actualidad
Abogada, Bufete Lozano, Valencia                    sept. 2014 – dic. 2018
IDIOMAS: español (nativo), inglés (C1), alemán (B2)
Colegiada en el Ilustre Colegio de Abogados de Madrid (ICAM)
"""


@pytest.mark.parametrize("resume,sentence,flagged", [
    (_LAWYER, "I work in Spanish, English and German.", False),
    (_LAWYER, "I work in Spanish, English and Italian.", True),
    (_LAWYER, "Spanish is my native language; I also work in English and German.", False),
])
def test_languages_named_in_the_cvs_language(resume, sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(resume, today=TODAY))
    assert bool(flags) is flagged, flags


_BAKER = """BOULANGER-PÂTISSIER — Maison Fournier, Bordeaux        mars 2016 – aujourd'hui
• Chiffre d'affaires boutique : 640 000 € (2024), 710 000 € (2025)
• Équipe de 6 ; 2 apprentis formés par an
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("Shop turnover reached €710,000 in 2025.", False),
    ("Shop turnover was €640,000 in 2024.", False),
    ("Shop turnover reached €710,000 in 2023.", True),
    ("Shop turnover reached €640,000 in 2025.", True),
])
def test_a_year_stated_with_the_sentences_figure(sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(_BAKER, today=TODAY))
    assert bool(flags) is flagged, flags
