"""Table of variants (session 31, ground133; set 27's kinds 1–2): a qualification held *now* past its expiry, and a
partial degree claimed as the whole (:mod:`careercopilot.writing.grounding.status`). Written for this file, in
professions of no blind set (a crane operator, a pharmacist, a surveyor, a youth worker).

Resumes write a lapsed credential beside a held one on one line ("NCCCO Mobile Crane Operator — since 2015 · NCCCO
Rigger Level I — expired 2023"), give an end of validity already past ("valid until 06/2024"), or write the lapse in
the CV's language ("caducado", "abgelaufen", "verlopen"); degrees are "Coursework toward B.S.", "sin titulación",
"créditos concluidos", "ohne Abschluss", "62 of 120 credits". A sentence that says the credential is held now ("I still
hold", "I hold", "my … is current") or that the degree is held is flagged; the part said as a part, the other
credential of the line, and the past ("I earned the Rigger Level I in 2018") are not.

On the code before this session 7 of the 22 rows failed ("still/current" rows on a shared line or a past
validity end, the "B.S."-dotted degree, CV-language partial degrees).
``True``: the sentence must get a flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

CRANE = """Dale R. Whitcombe
Mobile Crane Operator
Tulsa, OK · dale.whitcombe@example.com
NCCCO Mobile Crane Operator (TLL) — since April 2015 · NCCCO Rigger Level I — expired 2023
OSHA 30-Hour Construction — 2019 · First Aid/CPR — valid until 06/2024

EXPERIENCE
Redbud Lifting Services — Tulsa, OK
Crane Operator | March 2016 – Present
• Run a 90-ton Grove all-terrain crane on wind-farm and refinery lifts

EDUCATION
Coursework toward B.S. Construction Management, Oklahoma State University (48 of 124 credits, 2010–2012)
A.A.S. Heavy Equipment Technology, Tulsa Community College, 2014
"""

PHARMACIST = """Lucía Ferrer Gallardo
Farmacéutica comunitaria / Community Pharmacist
Valencia · +34 611 402 877 · lucia.ferrer@example.es
Colegiada COF Valencia nº 46-11873 — desde 2012 · Certificado de vacunación en farmacia — caducado 2022

EXPERIENCIA
Farmacia Ruzafa — Valencia
Farmacéutica adjunta | 03/2012 – actualidad

FORMACIÓN
Grado en Farmacia, Universitat de València, 2011
Máster en Atención Farmacéutica, Universidad CEU Cardenal Herrera — créditos concluidos, sin titulación
"""

SURVEYOR = """Jonas Albrecht
Vermessungstechniker / Survey Technician
Leipzig · +49 341 555 0192 · jonas.albrecht@example.de
Drohnenführerschein A2 — gültig bis 03/2029 · Sachkunde Laserschutz — abgelaufen 2021

BERUFSERFAHRUNG
Geo-Mess Sachsen GmbH — Leipzig
Vermessungstechniker | 09/2014 – heute

AUSBILDUNG
Studium Geodäsie (B.Sc.), HTWK Leipzig, 2011–2013 — ohne Abschluss
Ausbildung Vermessungstechniker, 2014
"""

YOUTH = """Keisha Ambrose-Little
Youth Worker
Birmingham, UK · keisha.al@example.co.uk
Enhanced DBS check — current · Level 3 Award in Education and Training — 2019 · Mental Health First Aid — valid to March 2025

EXPERIENCE
Sparkhill Youth Trust — Birmingham
Senior Youth Worker | Jan 2018 – Present

EDUCATION
BA (Hons) Youth and Community Work, Newman University — 2 years completed, did not graduate
"""


@pytest.mark.parametrize("resume,sentence,flagged", [
    (CRANE, "I still hold the NCCCO Rigger Level I certification.", True),
    (CRANE, "My NCCCO Rigger Level I certification is current.", True),
    (CRANE, "I earned the NCCCO Rigger Level I certification before it expired in 2023.", False),
    (CRANE, "I hold the NCCCO Mobile Crane Operator certification.", False),
    (CRANE, "I have been an NCCCO-certified mobile crane operator since April 2015.", False),
    (CRANE, "My first aid and CPR certification is current.", True),
    (CRANE, "I hold a B.S. in Construction Management from Oklahoma State University.", True),
    (CRANE, "I completed 48 of the 124 credits toward a B.S. in Construction Management at Oklahoma State University.",
     False),
    (CRANE, "I completed coursework toward a B.S. in Construction Management at Oklahoma State University.", False),
    (CRANE, "I hold an A.A.S. in Heavy Equipment Technology from Tulsa Community College.", False),
    (PHARMACIST, "I hold a current certificate in pharmacy vaccination.", True),
    (PHARMACIST, "I hold a master's in pharmaceutical care from Universidad CEU Cardenal Herrera.", True),
    (PHARMACIST, "I completed the credits of a master's in pharmaceutical care without taking the degree.", False),
    (PHARMACIST, "I hold a degree in pharmacy from the Universitat de València.", False),
    (SURVEYOR, "I still hold my laser safety certification.", True),
    (SURVEYOR, "I hold an A2 drone licence valid until March 2029.", False),
    (SURVEYOR, "I hold a B.Sc. in geodesy from HTWK Leipzig.", True),
    (SURVEYOR, "I studied geodesy at HTWK Leipzig for two years.", False),
    (YOUTH, "My Mental Health First Aid certificate is still valid.", True),
    (YOUTH, "I hold a current enhanced DBS check.", False),
    (YOUTH, "I hold a BA in Youth and Community Work from Newman University.", True),
    (YOUTH, "I studied for a BA in Youth and Community Work at Newman University but did not graduate.", False),
])
def test_lapsed_and_partial(resume, sentence, flagged):
    facts = SourceFacts.from_texts(resume, today=TODAY)
    flags = check(sentence, facts)
    assert bool(flags) is flagged, [(f.kind, f.text) for f in flags]
