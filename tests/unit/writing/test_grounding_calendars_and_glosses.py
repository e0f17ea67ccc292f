"""Supported sentences the checker flagged on blind set 13 (session 14), by mechanism, each a table of
variants beyond the set's own lines: years of other calendars (Buddhist era, Hijri), month abbreviations
with inner dots and "present" words with combining marks (Thai, Lao), a native-script employer glossed once
in English, a place named after "before/until …" in a duration's clause, a year on an indented entry's first
line, and languages the resume names in its own words. Each table has rows that must stay flagged."""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding.locale_forms import english_forms, gregorian_years, hijri_to_gregorian

TODAY = date(2026, 12, 3)


def _flags(sentence: str, resume: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in check(sentence, SourceFacts.from_texts(resume, today=TODAY))]


# --- calendars -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("พ.ศ. 2564 ประกาศนียบัตร", "พ.ศ. 2021 ประกาศนียบัตร"),          # Thai era mark
    ("Graduated 2558 B.E., Chiang Mai", "Graduated 2015 B.E., Chiang Mai"),  # the era in Latin letters
    ("ປີ 2565 ວິສະວະກອນ", "ປີ 2022 ວິສະວະກອນ"),                     # Lao script
    ("2019 – 2562 beds", "2019 – 2562 beds"),                        # no era cue: a count stays
    ("Thai CV ภาษาไทย: 2,562 prescriptions", "Thai CV ภาษาไทย: 2,562 prescriptions"),  # grouped figure
    ("2015 (1436هـ)", "2015 (1436 AH (2015))"),                      # Hijri, Arabic mark; the figure kept
    ("graduated 1440 AH", "graduated 1440 AH (2019)"),
    ("AH 1445, Riyadh", "1445 AH (2024), Riyadh"),
    ("1440 employees", "1440 employees"),                            # no mark: a count
])
def test_years_of_other_calendars_in_the_gregorian_one(text, expected):
    assert gregorian_years(text) == expected


@pytest.mark.parametrize(("hijri", "gregorian"), [(1436, 2015), (1440, 2019), (1445, 2024), (1400, 1980)])
def test_hijri_year_to_the_gregorian_year_holding_most_of_it(hijri, gregorian):
    assert hijri_to_gregorian(hijri) == gregorian


@pytest.mark.parametrize(("line", "expected"), [
    ("พ.ค. 2562 – ปัจจุบัน", "May 2019 – present"),
    ("มิ.ย. 2558 – เม.ย. 2562", "June 2015 – April 2019"),
    ("ธ.ค. 2563 – ปัจจุบัน", "December 2020 – present"),
])
def test_thai_month_abbreviations_with_dots_and_present(line, expected):
    assert english_forms(line) == expected


THAI = """ประสบการณ์การทำงาน / WORK EXPERIENCE
พ.ค. 2562 – ปัจจุบัน
เภสัชกรคลินิก (Clinical Pharmacist, Intensive Care Unit)
โรงพยาบาลลานนาเวช (Lanna Vej Hospital, 620 เตียง / beds), เชียงใหม่

มิ.ย. 2558 – เม.ย. 2562
เภสัชกร (Pharmacist, Outpatient Dispensing)
โรงพยาบาลลานนาเวช

การศึกษา / EDUCATION
พ.ศ. 2564  ประกาศนียบัตร สาขาโรคติดเชื้อ
           (Certificate in pharmaceutical care — infectious diseases),
           มหาวิทยาลัยมหิดล (Mahidol University)
"""


@pytest.mark.parametrize(("sentence", "supported"), [
    ("I have been a clinical pharmacist in intensive care since May 2019.", True),
    ("I have been a clinical pharmacist in intensive care since May 2017.", False),
    ("I have worked at Lanna Vej Hospital for more than eleven years.", True),   # the glossed name recurs alone
    ("I have worked at Lanna Vej Hospital for more than fifteen years.", False),
    ("I spent nearly four years in outpatient dispensing before moving to the ICU.", True),
    ("I spent nearly seven years in outpatient dispensing before moving to the ICU.", False),
    ("In 2021 I completed a certificate in infectious-disease pharmaceutical care at Mahidol University.", True),
    ("In 2018 I completed a certificate in infectious-disease pharmaceutical care at Mahidol University.", False),
])
def test_a_thai_cv_in_buddhist_era_years(sentence, supported):
    assert (not _flags(sentence, THAI)) == supported, _flags(sentence, THAI)


BANKS = "Norrbank — Analyst | March 2023 – present\nSparhuset — Retail banking adviser | March 2017 – February 2023\n"


@pytest.mark.parametrize(("sentence", "resume", "supported"), [
    # an indented continuation line belongs to the entry line above it
    ("In 2019 I earned a diploma in welding inspection at Ruhr Academy.",
     "EDUCATION\n2019  Diplom Schweißaufsicht\n      (welding inspection),\n      Ruhr Academy, Bochum\n", True),
    ("In 2017 I earned a diploma in welding inspection at Ruhr Academy.",
     "EDUCATION\n2019  Diplom Schweißaufsicht\n      (welding inspection),\n      Ruhr Academy, Bochum\n", False),
    # a place after "before/until/after": where the person went next, not the stay's employer
    ("I worked six years in retail banking before joining Norrbank.",
     BANKS, True),
    ("I worked six years in retail banking until Norrbank hired me.",
     BANKS, True),
    ("I worked six years at Norrbank before joining Sparhuset.",
     BANKS, False),
])
def test_entry_lines_and_next_places(sentence, resume, supported):
    assert (not _flags(sentence, resume)) == supported, _flags(sentence, resume)


# --- languages a person speaks -----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "languages_line", "supported"), [
    ("I speak Ukrainian natively, English at B2 and Polish at B1.",
     "МОВИ: українська (рідна), англійська (B2), польська (B1)", True),
    ("I speak Swedish, English and some Finnish.", "SPRÅK: Svenska (modersmål), engelska, finska", True),
    ("I speak German and Italian fluently.", "SPRACHEN: Deutsch (Muttersprache), Italienisch (C1)", True),
    ("I speak Hungarian and German.", "NYELVEK: magyar (anyanyelv), angol (B2), német (B1)", True),
    ("I speak Turkish as a native speaker.", "DİLLER: Türkçe (ana dil), İngilizce (C1)", True),
    # a language the resume does not name stays a claim to check
    ("I speak Swedish, English and some Norwegian.", "SPRÅK: Svenska (modersmål), engelska, finska", False),
    ("I speak Ukrainian natively and Russian at C1.", "МОВИ: українська (рідна), англійська (B2)", False),
    # a language name as the adjective of something named is not the language
    ("I won the Hungarian rehabilitation society's award.", "NYELVEK: magyar (anyanyelv), angol (B2)", False),
])
def test_languages_named_in_the_resume_in_its_own_words(sentence, languages_line, supported):
    resume = f"Kyiv Design Bureau — Architect | 2018 – present\n{languages_line}\n"
    assert (not _flags(sentence, resume)) == supported, _flags(sentence, resume)


# --- titles glossed once in English; two titles on one header line ---------------------------------

GLOSSED = """ELIN BERGQVIST
{native} ({english})

ARBETSLIVSERFARENHET
September 2018 – present   {native}, {place}
                           {employer}
"""


@pytest.mark.parametrize(("sentence", "native", "english", "place", "employer", "supported"), [
    ("I have been forest manager for the Umeå district since September 2018.",
     "Skogsförvaltare", "Forest Manager", "förvaltningsområde Umeå", "Vindelälvens Skogsägare", True),
    ("I have been a senior exploration geologist at PT Sulawesi Nikel since September 2018.",
     "Geolog Eksplorasi Senior", "Senior Exploration Geologist", "Kolaka", "PT Sulawesi Nikel", True),
    ("I have been the branch manager at Apotheke am Markt since September 2018.",
     "Filialleiterin", "Branch Manager", "Köln", "Apotheke am Markt", True),
    # the gloss names the title, not a higher one; another title stays unheld
    ("I have been the regional director at Apotheke am Markt since September 2018.",
     "Filialleiterin", "Branch Manager", "Köln", "Apotheke am Markt", False),
    ("I have been a principal exploration geologist at PT Sulawesi Nikel since September 2018.",
     "Geolog Eksplorasi Senior", "Senior Exploration Geologist", "Kolaka", "PT Sulawesi Nikel", False),
])
def test_a_title_glossed_once_holds_where_the_native_title_recurs(sentence, native, english, place, employer,
                                                                   supported):
    resume = GLOSSED.format(native=native, english=english, place=place, employer=employer)
    assert (not _flags(sentence, resume)) == supported, _flags(sentence, resume)


TWO_TITLES = """PT Sulawesi Nikel — Kolaka
Geolog Eksplorasi Senior (Senior Exploration Geologist) | March 2021 – present

PT Geoservices Prima — Bandung
Geolog Junior / Logging Geologist | January 2015 – June 2017
"""


@pytest.mark.parametrize(("sentence", "supported"), [
    ("I bring almost twelve years of experience as a geologist.", True),   # "Junior" is the other title's
    ("I bring almost fifteen years of experience as a geologist.", False),
])
def test_two_titles_on_one_header_line(sentence, supported):
    assert (not _flags(sentence, TWO_TITLES)) == supported, _flags(sentence, TWO_TITLES)


# --- a change between two figures of a line in the CV's language ------------------------------------

def _line_resume(line: str) -> str:
    return f"Werk Härtsfeld — Meister | April 2019 – present\n{line}\n"


@pytest.mark.parametrize(("sentence", "line", "supported"), [
    # the change dates the sentence by the line's years; the years tie it to the line
    ("We cut the scrap rate by 2.4 percentage points between 2019 and 2024.",
     "• Ausschussquote von 3,8 % auf 1,4 % gesenkt (2019–2024)", True),
    ("We cut the scrap rate by 2.4 percentage points between 2017 and 2024.",
     "• Ausschussquote von 3,8 % auf 1,4 % gesenkt (2019–2024)", False),
    ("We cut the scrap rate by 3.4 percentage points between 2019 and 2024.",
     "• Ausschussquote von 3,8 % auf 1,4 % gesenkt (2019–2024)", False),
    ("Average yield rose by more than 12 tonnes per hectare between the 2020/21 and 2024/25 harvests.",
     "• Produtividade média de 78,5 t/ha (safra 2020/21) para 91,2 t/ha (safra 2024/25)", True),
    ("Average yield rose by more than 12 tonnes per hectare between the 2018/19 and 2024/25 harvests.",
     "• Produtividade média de 78,5 t/ha (safra 2020/21) para 91,2 t/ha (safra 2024/25)", False),
    # a cognate of the line's word ("cost" for "coût") and the line's own word ("desserts")
    ("I brought dessert food cost down by seven percentage points.",
     "• Coût matière des desserts ramené de 31 % à 24 %", True),
    ("I brought dessert food cost down by nine percentage points.",
     "• Coût matière des desserts ramené de 31 % à 24 %", False),
    # an initialism of the line spelled out in the sentence ("MTTR": mean time to repair)
    ("We cut mean time to repair by 23 minutes.", "• MTTR réduit de 52 à 29 minutes", True),
    ("We cut mean time to repair by 33 minutes.", "• MTTR réduit de 52 à 29 minutes", False),
    ("We cut mean time to repair by 23 minutes.", "• Rüstzeit von 52 auf 29 Minuten reduziert", False),
])
def test_a_change_between_two_figures_of_a_foreign_line(sentence, line, supported):
    assert (not _flags(sentence, _line_resume(line))) == supported, _flags(sentence, _line_resume(line))


WRAPPED = """PT Sulawesi Nikel — Geolog Eksplorasi Senior | March 2021 – present
• Memimpin program pengeboran laterit nikel: 1.240 lubang bor,
  total 31.850 meter (2021–2025)
• Anggaran eksplorasi 2024: Rp 42,5 miliar
"""


@pytest.mark.parametrize(("sentence", "supported"), [
    ("Between 2021 and 2025 my programme drilled 1,240 holes totalling almost 32,000 metres.", True),
    ("Between 2019 and 2025 my programme drilled 1,240 holes totalling almost 32,000 metres.", False),
    ("Between 2021 and 2026 my programme drilled 1,240 holes totalling almost 32,000 metres.", False),
])
def test_a_bullet_wrapped_over_two_lines_dates_its_figures(sentence, supported):
    assert (not _flags(sentence, WRAPPED)) == supported, _flags(sentence, WRAPPED)


# --- history headers opening with "since <date>"; Hungarian year-first dates --------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("Depuis mars 2020 — Cheffe pâtissière", "March 2020 – present — Cheffe pâtissière"),
    ("seit 04/2019        Meister CNC-Fräserei", "04/2019 – present        Meister CNC-Fräserei"),
    ("sedan maj 2021 | Projektledare", "May 2021 – present | Projektledare"),
    ("Since 2019, I have led the team.", "Since 2019, I have led the team."),   # a sentence, no header
    ("2019. március – jelenleg", "March 2019 – present"),
    ("2014. szeptember – 2019. február", "September 2014 – February 2019"),
])
def test_open_history_headers_and_year_first_months(line, expected):
    assert english_forms(line) == expected


SINCE = """EXPÉRIENCE
Depuis mars 2020 — Cheffe pâtissière
Maison Vernay, restaurant gastronomique, Lyon

Sept. 2016 – févr. 2020 — Sous-cheffe pâtissière
Hôtel Le Grand Bellecour, Lyon
"""

HUNGARIAN = """gyógytornász-fizioterapeuta (physiotherapist)

SZAKMAI TAPASZTALAT
2019. március – jelenleg
Vezető gyógytornász (lead physiotherapist) — Hajdúsági Rehabilitációs Központ, Debrecen

2013. július – 2019. február
Gyógytornász — Nagyerdei Városi Kórház, Debrecen

TANULMÁNYOK
2009 – 2013          BSc Gyógytornász, Debreceni Egyetem
"""


HUNGARIAN_EN_DATES = HUNGARIAN.replace("2019. március – jelenleg", "March 2019 – present").replace(
    "2013. július – 2019. február", "July 2013 – February 2019")


@pytest.mark.parametrize(("sentence", "resume", "supported"), [
    ("I have run the pastry section at Maison Vernay since March 2020.", SINCE, True),
    ("I have run the pastry section at Maison Vernay since March 2018.", SINCE, False),
    ("I have been lead physiotherapist on the neurological ward since March 2019.", HUNGARIAN, True),
    ("I have been lead physiotherapist on the neurological ward since March 2016.", HUNGARIAN, False),
    # the native title glossed once ("gyógytornász-fizioterapeuta (physiotherapist)") holds the earlier job too
    ("I have more than thirteen years of experience as a physiotherapist.", HUNGARIAN, True),
    # the degree's entry is a study, not years as a physiotherapist
    ("I have more than sixteen years of experience as a physiotherapist.", HUNGARIAN, False),
    ("I have more than thirteen years of experience as a physiotherapist.", HUNGARIAN_EN_DATES, True),
    ("I have more than fifteen years of experience as a physiotherapist.", HUNGARIAN_EN_DATES, False),
])
def test_open_headers_year_first_dates_and_lower_case_glosses(sentence, resume, supported):
    assert (not _flags(sentence, resume)) == supported, _flags(sentence, resume)


# --- degrees named in English for the CV's own-language degree -------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("Mestrado em Fitotecnia — ESALQ/USP", "Master's degree in Fitotecnia — ESALQ/USP"),
    ("Magister Teknik Geologi (M.T.), ITB", "Master's degree in Teknik Geologi (M.T.), ITB"),
    ("Licenciatura en Comercio Internacional — UANL", "Bachelor's degree in Comercio Internacional — UANL"),
    ("Laurea magistrale in Scienze Viticole", "Master's degree in Scienze Viticole"),
    ("Licence en droit, Université Lyon 3", "Bachelor's degree in droit, Université Lyon 3"),
    ("Driving licence B", "Driving licence B"),                      # English words stay
    ("Master Electrician, State of Ohio", "Master Electrician, State of Ohio"),
])
def test_degree_words_of_other_languages_in_english(line, expected):
    assert english_forms(line) == expected


@pytest.mark.parametrize(("sentence", "education", "supported"), [
    ("I hold a master's in geological engineering from ITB.",
     "Magister Teknik Geologi (M.T.), Institut Teknologi Bandung (ITB), 2016", True),
    ("I hold a master's in petroleum engineering from ITB.",
     "Magister Teknik Geologi (M.T.), Institut Teknologi Bandung (ITB), 2016", False),
    ("I hold a bachelor's in geological engineering from ITB.",
     "Magister Teknik Geologi (M.T.), Institut Teknologi Bandung (ITB), 2016", False),
    ("I hold a bachelor's degree in international trade from UANL.",
     "Licenciatura en Comercio Internacional — Universidad Autónoma de Nuevo León (UANL), 2013", True),
    ("I hold a master's degree in international trade from UANL.",
     "Licenciatura en Comercio Internacional — Universidad Autónoma de Nuevo León (UANL), 2013", False),
    ("My master's degree in crop science (Fitotecnia) is from ESALQ/USP.",
     "Mestrado em Fitotecnia — ESALQ/USP, Piracicaba, 2019", True),
    ("My master's degree in soil science is from ESALQ/USP.",
     "Mestrado em Fitotecnia — ESALQ/USP, Piracicaba, 2019", False),
    ("I hold an MSc in physiotherapy.", "MSc Fizioterápia, Debreceni Egyetem, 2013", True),
    ("I hold an MSc in psychology.", "MSc Fizioterápia, Debreceni Egyetem, 2013", False),
    # a native word in parentheses beside an English field the resume also writes
    ("I hold an MSc in petroleum engineering (sivilingeniør) from NTNU.",
     "Sivilingeniør / MSc Petroleum Engineering (drilling), NTNU, 2013", True),
    ("I hold an MSc in chemical engineering (sivilingeniør) from NTNU.",
     "Sivilingeniør / MSc Petroleum Engineering (drilling), NTNU, 2013", False),
    # an English field is matched as written: "Architecture" is no "Architectural Studies"
    ("I hold a Bachelor of Architecture (B.Arch).", "Bachelor of Science in Architectural Studies, 2009", False),
])
def test_a_degree_in_english_for_the_cvs_own_language_degree(sentence, education, supported):
    resume = f"EDUCATION\n{education}\n"
    assert (not _flags(sentence, resume)) == supported, _flags(sentence, resume)


# --- a body's name glued to a participle ----------------------------------------------------------------

BODIES = "Project Management Professional (PMP), PMI, 2019\nNorrbank — Analyst | March 2023 – present\n"


@pytest.mark.parametrize(("sentence", "supported"), [
    ("I am a PMI-certified Project Management Professional.", True),
    ("I am an IPMA-certified Project Management Professional.", False),   # a body the resume does not name
    ("At Norrbank I ran a PMI-aligned project office.", True),
    ("At Norrbank I ran an EU-funded pilot.", False),
])
def test_a_body_glued_to_a_participle_is_read_as_the_body(sentence, supported):
    assert (not _flags(sentence, BODIES)) == supported, _flags(sentence, BODIES)
