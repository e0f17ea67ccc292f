"""Table of variants (ground142; set 28's doctorates and MBAs claimed but not held): a research doctorate claimed for a
professional one (:mod:`careercopilot.writing.grounding.doctorates`) and a degree the resume gives as being studied —
"currently enrolled", "expected May 2027", credits of a total in the CV's language, a range to the present — claimed as
held (:mod:`careercopilot.writing.grounding.status`). Written for this file, in professions and layouts of no blind set
(a US pharmacist, a Philippine physician, a Canadian audiologist, a German chemist with a real doctorate, a Spanish
engineer part-way through a master's, a Finnish nurse with a range to the present, a Kenyan accountant enrolled in an MBA).

On the code before ground142 7 of the 16 rows failed; all pass now.
``True``: the sentence must get a flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

PHARMACIST = """Renee Castellanos, PharmD, BCPS
Clinical Pharmacist
Tucson, AZ · (520) 555-0143 · r.castellanos@example.com

EXPERIENCE
Clinical Pharmacist, Saguaro Regional Medical Center | July 2017 – Present
• Anticoagulation clinic for 420 patients

EDUCATION
Doctor of Pharmacy (PharmD), University of Arizona, 2017
B.S. Chemistry, Arizona State University, 2013
"""

PHYSICIAN = """Dr. Miguel Santos Reyes
Internal Medicine Physician
Quezon City, Philippines · +63 917 555 0192 · miguel.reyes@example.ph

EXPERIENCE
Consultant, Internal Medicine — St. Luke's Medical Center | 2019 – Present

EDUCATION
Doctor of Medicine, University of the Philippines Manila, 2012
BS Biology, University of the Philippines Diliman, 2008
"""

AUDIOLOGIST = """Chloé Tremblay, Au.D.
Audiologist
Ottawa, ON · 613-555-0178 · chloe.tremblay@example.ca

EXPERIENCE
Audiologist, Rideau Hearing Clinic | 2018 – Present

EDUCATION
Doctor of Audiology (Au.D.), Salus University, 2018
"""

CHEMIST = """Dr. rer. nat. Lena Hoffmann
Senior Chemist
Mainz · +49 6131 555 014 · lena.hoffmann@example.de

BERUFSERFAHRUNG
Senior Chemist, Rheinchem AG | 2016 – heute

AUSBILDUNG
2012 – 2016  Ph.D. (Dr. rer. nat.) in Chemistry, Johannes Gutenberg University Mainz
2007 – 2012  Diplom-Chemikerin, Universität Heidelberg
"""

ENGINEER = """Pablo Ruiz Navarro
Ingeniero de Caminos
Valencia · +34 612 555 019 · pablo.ruiz@example.es

EXPERIENCIA
Jefe de obra, Constructora Levante S.A. | 2019 – actualidad

FORMACIÓN
2024 – actualidad  Máster en Ingeniería de Estructuras, Universitat Politècnica de València (60 ECTS de 90)
2013 – 2018  Grado en Ingeniería Civil, Universitat Politècnica de València
"""

ACCOUNTANT = """Wanjiku Mwangi, CPA(K)
Senior Accountant
Nairobi, Kenya · +254 722 555 013 · wanjiku.mwangi@example.co.ke

EXPERIENCE
Senior Accountant, Savannah Tea Holdings PLC | 2020 – Present

EDUCATION
MBA (Finance), Strathmore University — currently enrolled (part-time), expected June 2027
Bachelor of Commerce (Accounting), University of Nairobi, 2015
"""

ROWS = [
    # a research doctorate for a professional one
    (PHARMACIST, "I earned a PhD in pharmacy from the University of Arizona.", True),
    (PHARMACIST, "I hold a Ph.D. from the University of Arizona.", True),
    (PHARMACIST, "I earned my Doctor of Pharmacy at the University of Arizona in 2017.", False),
    (PHARMACIST, "I hold a PharmD from the University of Arizona.", False),
    (PHYSICIAN, "I completed a PhD in medicine at the University of the Philippines Manila.", True),
    (PHYSICIAN, "I earned my Doctor of Medicine at the University of the Philippines Manila.", False),
    (AUDIOLOGIST, "I hold a PhD in audiology from Salus University.", True),
    (AUDIOLOGIST, "I hold a doctorate in audiology from Salus University.", False),
    (CHEMIST, "I hold a PhD in chemistry from Johannes Gutenberg University Mainz.", False),
    # a degree being studied, claimed as held
    (ENGINEER, "I hold a master's degree in structural engineering from the Universitat Politècnica de València.", True),
    (ENGINEER, "I am completing a master's in structural engineering at the Universitat Politècnica de València.", False),
    (ENGINEER, "I hold a civil engineering degree from the Universitat Politècnica de València.", False),
    (ACCOUNTANT, "I hold an MBA in finance from Strathmore University.", True),
    (ACCOUNTANT, "I have an MBA from Strathmore University.", True),
    (ACCOUNTANT, "I am studying part-time for an MBA, due in 2027.", False),
    (ACCOUNTANT, "I hold a Bachelor of Commerce from the University of Nairobi.", False),
]


@pytest.mark.parametrize(("resume", "sentence", "flagged"), ROWS, ids=[r[1][:60] for r in ROWS])
def test_held_degrees(resume, sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(resume, today=TODAY))
    assert bool(flags) == flagged, flags
