"""Table of variants (session 31, ground133; set 27's kinds 6–7): a credential's class, scope or issuing body changed
(:mod:`careercopilot.writing.grounding.credential_scopes`) and a regulator, vendor or issuing body named as the employer
(:func:`careercopilot.writing.grounding.client_employers.client_only` reads a name on a credential's part of a line or
in a product's parentheses as no employer; "I worked for / was employed by <name>" is a claim of employment). Written
for this file, in professions of no blind set (a boiler operator, a nurse anaesthetist, a CNC machinist, a Mexican
auditor).

On the code before this session 3 of the 17 rows failed (a class changed, a scope not held, a vendor as the
employer; the other rows were caught by older checks or are supported). ``True``: the sentence must get a flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

BOILER = """Harold J. Nystrom
Stationary Engineer
Minneapolis, MN · h.nystrom@example.com
Minnesota Chief Engineer License Grade B — since 2016 · Minnesota Boiler Operator Class 1 — since 2011

EXPERIENCE
North Loop District Energy — Minneapolis, MN
Shift Engineer | June 2011 – Present
• Run four 1,200 HP boilers (Cleaver-Brooks CBEX and Fulton VMP)
• Reported two pressure-vessel incidents to the Minnesota Department of Labor and Industry Boiler Inspection Unit
"""

CRNA = """Priya Nandakumar, CRNA
Nurse Anesthetist
Columbus, OH · priya.n@example.com
Ohio APRN-CRNA License — since 2014 · NBCRNA certification — current · ACLS and PALS — current

EXPERIENCE
Scioto Valley Surgical Center — Columbus, OH
Certified Registered Nurse Anesthetist | August 2014 – Present
• Provide general and regional anesthesia for about 1,100 cases a year
"""

AUDITOR = """C.P.C. Mariana Elizondo Paz
Auditora / Auditor
Puebla · +52 222 555 0190 · mariana.elizondo@example.mx
Contadora Pública Certificada en Auditoría, IMCP — desde 2015

EXPERIENCIA
Despacho Elizondo y Asociados S.C. — Puebla
Socia de auditoría | marzo 2015 – actualidad
• Dictámenes fiscales para 40 clientes al año
"""


@pytest.mark.parametrize("resume,sentence,flagged", [
    (BOILER, "I hold a Minnesota Chief Engineer License Grade A.", True),
    (BOILER, "I hold a Minnesota Chief Engineer License Grade B.", False),
    (BOILER, "I hold a Class 2 Minnesota boiler operator license.", True),
    (BOILER, "I have held a Class 1 Minnesota boiler operator license since 2011.", False),
    (BOILER, "I hold a Class I boiler operator license in Minnesota.", False),
    (BOILER, "I worked for the Minnesota Department of Labor and Industry's Boiler Inspection Unit.", True),
    (BOILER, "I reported two pressure-vessel incidents to the Minnesota Department of Labor and Industry.", False),
    (BOILER, "I worked as a Cleaver-Brooks service engineer.", True),
    (BOILER, "I have worked for North Loop District Energy since 2011.", False),
    (CRNA, "I am certified to administer general and regional anesthesia.", False),
    # the area ends where the sentence's next clause begins (the merged session-31 checkers flagged set 27's "RECOVER-
    # certified in both basic and advanced life support and renewed it in 2024", a row of test_grounding_set27_forms.py);
    # an area not held stays flagged with a clause after it
    (CRNA, "I am certified in neonatal resuscitation and renewed it in 2025.", True),
    (CRNA, "I am licensed to prescribe controlled substances.", True),
    (CRNA, "I am certified in neonatal resuscitation.", True),
    (CRNA, "I worked for the NBCRNA as an examiner.", True),
    (CRNA, "I hold the NBCRNA certification.", False),
    (AUDITOR, "The IMCP has certified me in both auditing and tax.", True),
    (AUDITOR, "The IMCP has certified me in auditing.", False),
    (AUDITOR, "I am certified in tax by the IMCP.", True),
])
def test_credential_scopes_and_bodies(resume, sentence, flagged):
    facts = SourceFacts.from_texts(resume, today=TODAY)
    flags = check(sentence, facts)
    assert bool(flags) is flagged, [(f.kind, f.text) for f in flags]
