"""Table of variants for degrees a resume names in its own language, claimed in English (written for this
file; schools, fields and countries chosen apart from the blind sets).

A CV from Turkey, Czechia, Poland, Finland, Norway, Spain, Vietnam, Japan, Korea or China names its degree by the
national name ("Yüksek Lisans", "Ing.", "Magister", "Filosofian maisteri", "Master i", "Grado en", "Cử nhân",
"学士", "학사", "硕士") and writes the field in its own language, often in another script and with no shared root
("Makine Mühendisliği" for mechanical engineering). Where no reading here parses that field (a field read in English
form, "Mestrado em Fitotecnia", is checked by its cognates), the English field is taken as its translation; the level must
be the resume's, and a school the sentence names must be the entry's (each distinctive word of the name, or its
cognate, on the entry; an entry in another script is not read). Abbreviations of South Asian and West African
degrees ("MSS", "BSS", "MPhil"), study modes after the field ("part-time") and membership grades
("Associate of the Chartered Institute of …", no degree) follow. :func:`.locale_forms.native_degrees`,
``_native_degree`` in :mod:`careercopilot.writing.grounding.degrees`.
``True``: the sentence must get a degree flag; ``False``: no degree flag.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _degree_flagged(resume: str, sentence: str) -> bool:
    facts = SourceFacts.from_texts(resume, today=TODAY)
    return any(f.kind == "degree" for f in check(sentence, facts))


HEAD = "Name Surname\nCity · +00 000 000 · name@example.com\n\nEXPERIENCE\nEngineer | 2019 – present\n\nEDUCATION\n"


@pytest.mark.parametrize("entry,sentence,flagged", [
    # Turkish: Lisans (bachelor), Yüksek Lisans (master)
    ("Yüksek Lisans, Makine Mühendisliği — Boğaziçi Üniversitesi, 2018",
     "I hold a master's degree in mechanical engineering from Boğaziçi University.", False),
    ("Lisans, İşletme — Ankara Üniversitesi, 2010", "I hold a bachelor's degree in business administration.", False),
    ("Lisans, İşletme — Ankara Üniversitesi, 2010", "I hold a master's degree in business administration.", True),
    ("Yüksek Lisans, Makine Mühendisliği — Boğaziçi Üniversitesi, 2018",
     "I hold a bachelor's degree in mechanical engineering.", True),
    # Czech/Slovak: Ing. and Mgr. (master), Bc. (bachelor)
    ("Ing., Stavební inženýrství — Vysoká škola báňská, Ostrava, 2013",
     "I hold an engineering master's in structural engineering from the technical university in Ostrava.", False),
    ("Bc., Účetnictví — Slezská univerzita v Opavě, 2011", "I have a bachelor's degree in accounting.", False),
    # Polish: magister (inżynier) is a master's, licencjat a bachelor's
    ("Magister inżynier, Automatyka i Robotyka — Politechnika Wrocławska, 2017",
     "I hold a Master of Engineering in automation and robotics from Wrocław University of Science and Technology.",
     False),
    ("Licencjat, Stosunki międzynarodowe — Uniwersytet Jagielloński, 2014",
     "I have a bachelor's in international relations from the Jagiellonian University.", False),
    # Finnish, Norwegian
    ("Filosofian maisteri, kemia — Helsingin yliopisto, 2013",
     "I hold a master's degree in chemistry from the University of Helsinki.", False),
    ("Filosofian maisteri, kemia — Helsingin yliopisto, 2013",
     "I hold a master's degree in chemistry from the University of Oulu.", True),
    ("Bachelor i sykepleie — OsloMet, 2016", "I have a bachelor's degree in nursing.", False),
    # Spanish Grado and Máster, Vietnamese Cử nhân
    ("Grado en Derecho — Universidad de Salamanca, 2012",
     "I hold a bachelor's degree in law from the University of Salamanca.", False),
    ("Grado en Derecho — Universidad de Salamanca, 2012",
     "I hold a bachelor's degree in law from the University of Barcelona.", True),
    ("Máster en Logística Integral — Universidad Carlos III de Madrid, 2019",
     "I completed a master's in supply chain management at Carlos III University of Madrid.", False),
    ("Cử nhân Kế toán — Đại học Kinh tế Quốc dân, 2014",
     "I hold a bachelor's degree in accounting.", False),
    # Japanese, Korean, Chinese: the entry is in another script, only the level is read
    ("2012年3月 東京大学 工学部 卒業（学士（工学））", "I earned my bachelor's in engineering from the University of Tokyo.",
     False),
    ("서울대학교 경영학과 학사, 2010",
     "I hold a bachelor's degree in business administration from Seoul National University.", False),
    ("清华大学 计算机科学与技术 工学硕士, 2015", "I hold a master's degree in computer science from Tsinghua University.",
     False),
    ("清华大学 计算机科学与技术 工学学士, 2013", "I hold a master's degree in computer science from Tsinghua University.",
     True),
    # South Asian and West African abbreviations; a study mode is no field
    ("MSS in Sociology — University of Dhaka, 2011", "I hold a master's in sociology from the University of Dhaka.",
     False),
    ("MPhil Economics — University of Cape Coast, 2016", "I hold a master's degree in economics.", False),
    ("M.Sc. Civil Engineering — University of Lagos, 2018 (part-time)",
     "I earned my master's in civil engineering part-time at the University of Lagos.", False),
])
def test_native_degree_names(entry, sentence, flagged):
    assert _degree_flagged(HEAD + entry + "\n", sentence) is flagged


@pytest.mark.parametrize("resume,sentence,flagged", [
    # a job title in the CV's language is no degree: "Inżynier budowy" is a site engineer
    (HEAD.replace("Engineer | 2019 – present", "Inżynier budowy | 03.2015 – 06.2019") + "Technikum Budowlane, 2010\n",
     "I hold a bachelor's degree in civil engineering.", True),
    (HEAD.replace("Engineer | 2019 – present", "Kỹ sư Sản xuất | 07/2015 – 07/2017") + "THPT Chu Văn An, 2011\n",
     "I hold a bachelor's degree in production engineering.", True),
    # a membership grade is no associate degree
    (HEAD + "BSc Accounting — University of Ghana, 2012\nACIM — Associate, Chartered Institute of Marketing\n",
     "I am an Associate of the Chartered Institute of Marketing.", False),
])
def test_native_degree_boundaries(resume, sentence, flagged):
    assert _degree_flagged(resume, sentence) is flagged


@pytest.mark.parametrize("entry,sentence", [
    # the school of such an entry named in English, and its year, are no employer or date of their own
    ("2012年3月 東京大学 工学部 卒業（学士（工学））", "I earned my bachelor's in engineering from the University of Tokyo in 2012."),
    ("서울대학교 경영학과 학사, 2010", "I hold a bachelor's degree in business administration from Seoul National University."),
    ("清华大学 计算机科学与技术 工学硕士, 2015", "I completed a master's in computer science at Tsinghua University in 2015."),
    ("Filosofian maisteri, kemia — Helsingin yliopisto, 2013",
     "I hold a master's degree in chemistry from the University of Helsinki."),
])
def test_native_degree_school_and_year(entry, sentence):
    facts = SourceFacts.from_texts(HEAD + entry + "\n", today=TODAY)
    assert check(sentence, facts) == []
