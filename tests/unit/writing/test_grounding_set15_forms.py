"""Set 15's false flags by kind (session 18; tests/fixtures/writing/grounding_blind15): durations at an employer whose
earlier roles follow the first role's bullets without their own employer line, percentages written with a space
before the sign, and shares and multiples in words derived from one resume line (also a line in the CV's language).
Each row is a real variant of the set's resumes, shortened; each table has controls that must stay flagged."""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding.text import quantities

TODAY = date(2026, 12, 3)


def _flags(resume: str, sentence: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in check(sentence, SourceFacts.from_texts(resume, today=TODAY))]


#: (resume, supported duration at the employer) — "with/at <employer>" counts earlier roles at the same employer
#: written after the first role's bullets (or right under it) without the employer's line again.
SAME_EMPLOYER = [
    ("ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ (Professional experience)\nAegean Blue Ferries Ναυτιλιακή Α.Ε. — Πειραιάς\n"
     "Α' Μηχανικός (Chief Engineer) | Μάιος 2020 – σήμερα\n• Ομάδα μηχανοστασίου 14 ατόμων\n"
     "Β' Μηχανικός (Second Engineer) | Ιούνιος 2016 – Απρίλιος 2020\n• Δεξαμενισμός (dry-docking) 3 φορές\n\n"
     "Hellenic Tanker Management Inc. — Πειραιάς\nΓ' Μηχανικός (Third Engineer) | Σεπτέμβριος 2012 – Μάιος 2016\n",
     "I have been with Aegean Blue Ferries for over ten years."),
    ("سوابق کاری | Experience\nمهندسین مشاور پایدار سازه آرین (Payedar Sazeh Arian Consulting Engineers) — تهران\n"
     "مهندس سازه ارشد (Senior Structural Engineer) | مهر ۱۳۹۸ – تاکنون (10/2019 – present)\n• Seismic retrofit of 14 schools\n"
     "مهندس سازه (Structural Engineer) | شهریور ۱۳۹۴ – شهریور ۱۳۹۸ (09/2015 – 09/2019)\n• Design of 6 buildings\n",
     "I have worked at Payedar Sazeh Arian for more than eleven years."),
    ("EXPERIENCE\nHimsheetal Logistics Pvt. Ltd. — Pune\nOperations Manager, Chakan Cold-Chain Hub | August 2020 – present\n"
     "• Hub of 12,000 pallets\nAssistant Manager – Warehouse, Bhiwandi DC | January 2017 – July 2020\n• GDP audits\n\n"
     "Sahyadri Pharma Distributors — Nagpur\nInventory Executive | June 2013 – December 2016\n",
     "I have been with Himsheetal Logistics for almost ten years."),
    ("PENGALAMAN KERJA (Experience)\nPT Anoa Nikel Sultra — Konawe, Sulawesi Tenggara\n"
     "Geolog Eksplorasi Senior | Februari 2021 – sekarang\n• 48.500 meter pengeboran\n"
     "Geolog Eksplorasi | Juli 2017 – Januari 2021\n• Pemetaan geologi\n",
     "I have been with PT Anoa Nikel Sultra for more than nine years."),
    ("Berufserfahrung\nHartl & Wegener Steuerberatungsgesellschaft mbH — Nürnberg\nSenior Managerin | seit 04/2022\n"
     "• Mandate mit Umsatz 20–400 Mio. €\nManagerin | 01/2018 – 03/2022\n• Betriebsprüfungen\n",
     "I have worked at Hartl & Wegener for almost nine years."),
    # roles on consecutive lines right under one employer's line
    ("EXPERIENCE\nAkin & Udeh Chartered Accountants — Lagos\nAudit Senior | January 2015 – June 2017\n"
     "Audit Associate | October 2012 – December 2014\n",
     "I spent more than four years at Akin & Udeh."),
]


@pytest.mark.parametrize("resume,sentence", SAME_EMPLOYER)
def test_a_stay_counts_the_earlier_roles_written_under_the_first_ones_employer(resume, sentence):
    assert _flags(resume, sentence) == []


@pytest.mark.parametrize("resume,sentence", [
    (SAME_EMPLOYER[0][0], "I have been with Aegean Blue Ferries for more than thirteen years."),
    (SAME_EMPLOYER[2][0], "I have been with Himsheetal Logistics for over twelve years."),
    # a section title over the first role is no employer of the roles after it
    ("EXPERIENCE\nSenior Analyst, Brightwater Health | March 2021 – present\n• Claims analytics\n"
     "Analyst, Northgate Insurance | May 2015 – February 2021\n• Reporting\n",
     "I have been with Brightwater Health for over eight years."),
])
def test_an_overstated_stay_at_that_employer_is_still_flagged(resume, sentence):
    assert ("date" in {k for k, _ in _flags(resume, sentence)})


@pytest.mark.parametrize("text,value", [("rose by roughly 30 % under", 30.0), ("more than 80 %.", 80.0),
                                        ("from 4.1 % to 2.3 %", 4.1), ("a cut of 12\u00a0%", 12.0)])
def test_a_percentage_with_a_space_before_the_sign_is_a_percentage(text, value):
    q = quantities(text)[0]
    assert q.kind == "percent" and (value is None or q.value == value)


#: (resume line(s), supported sentence): shares and multiples in words, derived from one line.
DERIVED_IN_WORDS = [
    ("• Урожайність кукурудзи: з 7,9 т/га до 10,2 т/га (2020–2025)", "Maize yields rose by roughly 30 % under my management."),
    ("• Temperature excursions reduced from 1.8% to 0.3% of shipments", "I cut temperature excursions by more than 80 %."),
    ("• Wallet monthly active users grew from 1.1 million to 2.7 million",
     "On the consumer wallet, monthly active users grew roughly two and a half times."),
    ("• Beoordeling van 68 km dijk (WBI 2017); 41 km voldoet niet aan de norm",
     "Roughly three-fifths of the 68 km of dike we assessed fell short of the standard."),
    ("• Önkéntes fluktuáció: 21,4 % → 12,6 % (2021–2025)", "I cut voluntary attrition by almost nine percentage points."),
    ("• Förlossningsskador (OASIS): andel minskad från 4,1 % till 2,3 % (2020–2025)",
     "Obstetric anal sphincter injuries fell from 4.1 % to 2.3 %, a reduction of more than 40 %."),
    ("IDIOMAS: español (nativo), quechua (nativo), inglés (avanzado)", "Quechua is one of my native languages."),
]


@pytest.mark.parametrize("line,sentence", DERIVED_IN_WORDS)
def test_a_share_or_multiple_in_words_derived_from_one_line_is_supported(line, sentence):
    resume = "EXPERIENCE\nAcme Ltd — City\nManager | January 2019 – present\n" + line + "\n"
    assert _flags(resume, sentence) == []


@pytest.mark.parametrize("line,sentence", [
    ("• Wallet monthly active users grew from 1.1 million to 2.7 million",
     "On the consumer wallet, monthly active users grew roughly four times."),
    ("• Önkéntes fluktuáció: 21,4 % → 12,6 % (2021–2025)", "I cut voluntary attrition by almost fourteen percentage points."),
    # a line in the CV's language ties a figure stated closely, never one under a bound
    ("• Produtividade de soja: 54,0 → 58,2 sc/ha (2021–2024)", "I raised average soybean yields by more than 10%."),
    ("• Beoordeling van 68 km dijk (WBI 2017); 41 km voldoet niet aan de norm",
     "Roughly four-fifths of the 68 km of dike we assessed fell short of the standard."),
])
def test_a_share_or_multiple_the_line_does_not_give_is_still_flagged(line, sentence):
    resume = "EXPERIENCE\nAcme Ltd — City\nManager | January 2019 – present\n" + line + "\n"
    assert _flags(resume, sentence) != []
