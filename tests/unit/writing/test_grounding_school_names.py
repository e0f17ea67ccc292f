"""Table of variants for institution names an English sentence writes in another form than the resume
(session 12, after sets 8–11's schools flagged as unknown employers; written for this file):

* the institution's own language → English (:func:`careercopilot.writing.grounding.context.english_institutions`):
  "Universidade do Porto" / "University of Porto", "Universidad de Buenos Aires", "Universität Wien" /
  "University of Vienna" (an exonym), "Technische Universität München" / "Technical University of Munich",
  "Göteborgs universitet" / "University of Gothenburg" (the Nordic order and genitive), "Helsingin yliopisto"
  / "University of Helsinki", "Københavns Universitet" (ø, æ, ł folded as English writes them), "Erasmus Universiteit" / "Erasmus University", "Politecnico di Milano" /
  "Polytechnic of Milan" (the names each institution gives in English on its own site);
* mixed-case initialisms: "UoN" (University of Nairobi), "PolyU" (The Hong Kong Polytechnic University),
  "UniMelb" (University of Melbourne), never a product written as one word ("ServiceTitan"); a clipped first word: "Tec de Monterrey" (Tecnológico de Monterrey);
* never another school: "University of Lisbon" for "Universidade do Porto", "UoM" for the University of
  Nairobi, "University of Washington" for "Washington State University".

``True``: the name is found in the source.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding.context import name_in
from careercopilot.writing.grounding.text import squash


@pytest.mark.parametrize("name,source,found", [
    ("University of Porto", "MA Communication Design, Universidade do Porto, 2020", True),
    ("University of Lisbon", "MA Communication Design, Universidade do Porto, 2020", False),
    ("University of Buenos Aires", "Abogado, Universidad de Buenos Aires (UBA), 2012", True),
    ("University of Vienna", "Mag. phil., Universität Wien, 2012", True),
    ("University of Graz", "Mag. phil., Universität Wien, 2012", False),
    ("Technical University of Munich", "M.Sc. Informatik, Technische Universität München", True),
    ("University of Gothenburg", "kandidatexamen (180 hp), Göteborgs universitet", True),
    ("Stockholm University", "Stockholms universitet, 2010", True),
    ("Lund University", "Stockholms universitet, 2010", False),
    ("University of Helsinki", "FM, Helsingin yliopisto, 2015", True),
    ("University of Copenhagen", "cand.scient., Københavns Universitet", True),
    ("Erasmus University", "MSc Supply Chain Management, Erasmus Universiteit, 2004", True),
    ("Polytechnic of Milan", "Laurea magistrale, Politecnico di Milano", True),
    ("University of Bologna", "Laurea, Università di Bologna", True),
    ("University of Warsaw", "Magister, Uniwersytet Warszawski", True),
    ("UoN", "Treasurer, University of Nairobi Accounting Students' Association", True),
    ("UoM", "Treasurer, University of Nairobi Accounting Students' Association", False),
    ("PolyU", "BBA (Accountancy), The Hong Kong Polytechnic University, 2008", True),
    ("UniMelb", "Bachelor of Science, University of Melbourne", True),
    ("Tec de Monterrey", "Licenciatura en Derecho — Tecnológico de Monterrey (ITESM)", True),
    ("University of Washington", "B.S. Nursing, Washington State University", False),
    ("ServiceTitan", "Tools: ServiceTitan, QuickBooks", True),  # one word in the source stays one word
])
def test_institution_names_in_their_english_form(name, source, found):
    assert name_in(name, squash(source)) is found


RESUME = """Inês Carvalho Duarte
Porto, Portugal | ines.duarte@example.pt

EXPERIENCE
Senior Designer, Estúdio Ribeira - 03/2020 - present
- Led identity projects for 14 cultural clients

EDUCATION
MA Communication Design, Universidade do Porto, 2020
Licenciatura em Design, Universidade de Lisboa, 2017
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I hold an MA in Communication Design from the University of Porto.", False),
    ("My first degree is from the University of Lisbon.", False),
    ("I hold an MA in Communication Design from the University of Coimbra.", True),
])
def test_a_school_in_english_is_no_unknown_employer(sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(RESUME, today=date(2026, 12, 3)))
    assert bool(flags) == flagged, [(f.kind, f.text) for f in flags]
