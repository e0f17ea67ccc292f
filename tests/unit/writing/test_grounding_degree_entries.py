"""Table of variants for a degree claimed with the field (and school) the resume's own entry writes in other words
(session 20, ground21, after the false flags of blind sets 10–16; schools, fields and countries here chosen apart
from those sets).

A resume entry names its field in ways the degree reader keeps only in part: glossed in English after a field in
another script ("Μεταπτυχιακό … στην Οικονομική Επιστήμη (Applied Economics)"), transliterable ("Магістр
економіки"), abbreviated ("MSc Eng., Mechatronics"), inflected ("Civil Engineering – Geotechnics" for "geotechnical
engineering"), spelled without a Latin digraph English keeps ("Anestesiología" for "anaesthesiology"), or named by a
national abbreviation the sentence quotes ("a master's in tax law (LL.M.)"). Each field word of the claim must have
its root on the entry's own lines (a dated neighbour line is another entry; "agronegócio" is no "agronomy"), and a
school the sentence names must then be the entry's: each distinctive word a cognate of one the entry writes in
Latin letters, or a region's name in another language ("Pomeranian" for "Pomorski", ISO 3166-2 names via
``pycountry``); a pending entry ("2024 – present") vouches for no school. ``_entry_line`` and ``_school_named`` in
:mod:`careercopilot.writing.grounding.degrees`.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check, degrees

TODAY = date(2026, 12, 3)

HEAD = "Name Surname\nCity · +00 000 000 · name@example.com\n\nEXPERIENCE\nEngineer, Acme Works | 2019 – present\n\nEDUCATION\n"


PERSIAN = ("کارشناسی ارشد مهندسی عمران - ژئوتکنیک، دانشگاه صنعتی امیرکبیر، ۱۳۹۳ (MSc Civil Engineering – Geotechnics, "
           "Amirkabir University of Technology, 2014)")


def _kinds(entry: str, sentence: str) -> set[str]:
    facts = SourceFacts.from_texts(HEAD + entry + "\n", today=TODAY)
    return {f.kind for f in check(sentence, facts)}


@pytest.mark.parametrize("entry,sentence,flagged", [
    # the field glossed in English after its name in another script
    ("Μεταπτυχιακό Δίπλωμα (MSc) στην Οικονομική Επιστήμη (Applied Economics) — Πανεπιστήμιο Μακεδονίας, 2016",
     "I hold a master's in applied economics.", False),
    ("Μεταπτυχιακό Δίπλωμα (MSc) στην Οικονομική Επιστήμη (Applied Economics) — Πανεπιστήμιο Μακεδονίας, 2016",
     "I hold a master's in applied physics.", True),
    # the field in another script, read in Latin letters ("ekonomiky", "arkhitektury")
    ("Магістр економіки — Київський національний економічний університет, 2012",
     "I hold a master's degree in economics.", False),
    ("Магістр економіки — Київський національний економічний університет, 2012",
     "I hold a master's degree in ecology.", True),
    ("Master's degree in архітектури — Харківський національний університет будівництва та архітектури, 2010",
     "I hold a master's degree in architecture.", False),
    # a Greek digraph English keeps ("orthodontics" / "Ortodoncia")
    ("Máster en Ortodoncia — Universidad de Sevilla, 2015", "I hold a master's degree in orthodontics.", False),
    # an abbreviated field word ("Eng.")
    ("Magister inżynier (MSc Eng.), Mechatronika — Politechnika Gdańska, 2015",
     "I hold a master's degree in mechatronics engineering.", False),
    # an inflected field word (in the English gloss of a line in another script)
    (PERSIAN, "My MSc in geotechnical engineering is from Amirkabir University of Technology.", False),
    (PERSIAN, "My MSc in geological engineering is from Amirkabir University of Technology.", True),
    # an entry in English is read by the degree reader alone (its field and school as the sentence must write them)
    ("MBA (Finance concentration) — Queens University of Charlotte, 2012",
     "I hold a Master of Science in Finance from Queens University of Charlotte.", True),
    # a national abbreviation quoted after the English field
    ("LL.M. (Maestría en Derecho Tributario) — Universidad Torcuato Di Tella, 2018",
     "I hold a master's in tax law (LL.M.) from Universidad Torcuato Di Tella.", False),
    ("LL.M. (Maestría en Derecho Tributario) — Universidad Torcuato Di Tella, 2018",
     "I hold a master's in tax law (MBA) from Universidad Torcuato Di Tella.", True),
    # the field of a neighbouring dated entry, and a compound of another root, are not this degree's
    ("2010 – 2014 | Licenciatura em Agronomia — Universidade Federal de Viçosa\n2016 – 2018 | MBA em Gestão — FGV",
     "I hold an MBA in agronomy.", True),
    ("2016 – 2018 | MBA em Agronegócio — FGV", "I hold an MBA in agronomy.", True),
    # a level the resume does not give stays flagged
    ("Postgraduate diploma, Applied Economics — University of Macedonia, 2016",
     "I hold a master's in applied economics.", True),
])
def test_degree_field_on_the_entry(entry, sentence, flagged):
    assert ("degree" in _kinds(entry, sentence)) is flagged


GREEK = "Μεταπτυχιακό Δίπλωμα (MSc) στην Οικονομική Επιστήμη (Applied Economics) — Πανεπιστήμιο Μακεδονίας, 2016"


@pytest.mark.parametrize("entry,sentence,flagged", [
    # the entry's school named in English: a cognate of the romanised name, or a region's name in another language
    (GREEK, "I hold a master's in applied economics from the University of Macedonia.", False),
    (GREEK, "I hold a master's in applied economics from the University of Athens.", True),
    ("Магістр економіки — Київський національний економічний університет, 2012",
     "I hold a master's degree in economics from Kyiv National Economic University.", False),
    ("Magister inżynier (MSc Eng.), Geotechnika — Politechnika Śląska, 2014",
     "My MSc in geotechnical engineering is from the Silesian University of Technology.", False),
    ("Magister (MSc), Zdrowie publiczne (Public Health) — Pomorski Uniwersytet Medyczny, 2014",
     "I hold an MSc in public health from the Pomeranian Medical University.", False),
    ("Magister inżynier (MSc Eng.), Geotechnika — Politechnika Śląska, 2014",
     "I hold an MSc in geotechnical engineering from the Warsaw University of Technology.", True),
])
def test_degree_school_in_other_words(entry, sentence, flagged):
    assert bool(_kinds(entry, sentence)) is flagged


@pytest.mark.parametrize("entry,vouches", [
    ("2016 – 2018   MSc Fizioterápia, Pécsi Tudományegyetem", True),
    # a degree still being studied: an open range, or "in progress" in the CV's language
    ("2024 – present   MSc Fizioterápia, Pécsi Tudományegyetem (part-time)", False),
    ("MSc Fizioterápia (folyamatban), Pécsi Tudományegyetem", False),
    ("MSc Fizjoterapia (w trakcie), Pécsi Tudományegyetem", False),
])
def test_a_pending_entry_vouches_for_no_school(entry, vouches):
    facts = SourceFacts.from_texts(HEAD + entry + "\n", today=TODAY)
    assert degrees._school_named("master", "University of Pécs.", facts) is vouches
