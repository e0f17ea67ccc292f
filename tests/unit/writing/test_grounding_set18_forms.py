"""Tables of variants for the kinds of false flag blind set 18 showed, and the same kinds in sets 7–17 (session 22,
ground33; people and employers written for this file, court, school and unit forms from public usage — the Bluebook's
court abbreviations, schools' own initials, Swedish road-fuel figures). Each kind's real-world variety, with wrong
claims of the same shape that must stay flagged:

* **Courts, districts and agencies in citation form** (:mod:`careercopilot.writing.grounding.abbreviations`):
  "the Southern District of New York" for "S.D.N.Y.", "the District of Minnesota" for "D. Minn.", "the Northern
  District of Illinois" for "N.D. Ill.", "the Court of Appeal" for "Ct. App.", two districts under one plural head
  ("the Southern and Eastern Districts of New York"); a role the resume writes with the body on its own line ("a
  sworn translator at the Court of Appeal of Ghent").
* **A career measured from a start the sentence names** (:mod:`careercopilot.writing.grounding.career_starts`):
  "…, beginning in child welfare", "…, starting as a paralegal in 2013", "…, beginning as a contract recruiting
  coordinator in January 2017", "…, going back to January 2017".
* **Shares in words against a change the line states** ("cut shrink nearly in half, from 2.6 to 1.4 percent"),
  bounds kept; "one in four years" is a period, no ratio.
* **School initials and a degree's major**: "PUP" for "Polytechnic University of the Philippines", a BSBA's major
  ("major in Financial Management").
* **A figure per Scandinavian mil or per 100 km restated per kilometre**, exactly.

``True``: the sentence must get a flag (of the kind named where given); ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)
HEAD = "Name Surname\nCity · +00 000 000 · name@example.com\n\n"


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(HEAD + resume, today=TODAY))


def _kinds(resume: str, sentence: str) -> set[str]:
    return {f.kind for f in _flags(resume, sentence)}


PARALEGAL_NY = ("EXPERIENCE\nHalvorsen Pratt LLP — New York, NY\nSenior Litigation Paralegal | March 2018 – Present\n"
                "• Prepared exhibit lists for 5 jury trials in S.D.N.Y. and E.D.N.Y.\n"
                "• Filed motions in N.D. Ill. and the Cal. Ct. App. through PACER\n")
PARALEGAL_MN = ("EXPERIENCE\nVossberg & Lund LLP, Minneapolis, MN\nParalegal | 2017 – Present\n"
                "– Supported the trial team in a 2-week federal jury trial (D. Minn.)\n"
                "– Docketed appeals before the 8th Cir. and the Minn. Ct. App.\n")
TRANSLATOR = ("EXPERIENCE\nFreelance legal translator — Antwerp | 2014 – Present\n"
              "- Sworn translator (beëdigd vertaler), Court of First Instance of Antwerp - sworn in 2016\n"
              "- Certified interpreter, Antwerp Provincial Court - since 2019\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (PARALEGAL_NY, "I prepared exhibit lists for five jury trials in the Southern and Eastern Districts of New York.",
     False),
    (PARALEGAL_NY, "I prepared exhibit lists for jury trials in the Southern District of New York.", False),
    (PARALEGAL_NY, "I prepared exhibit lists for jury trials in the Eastern District of New York.", False),
    (PARALEGAL_NY, "I filed motions in the Northern District of Illinois.", False),
    (PARALEGAL_NY, "I filed motions in the California Court of Appeal.", False),
    (PARALEGAL_NY, "I prepared exhibit lists for jury trials in the Northern and Western Districts of New York.",
     True),
    (PARALEGAL_NY, "I prepared exhibit lists for jury trials in the Western District of New York.", True),
    (PARALEGAL_NY, "I filed motions in the Southern District of Illinois.", True),
    (PARALEGAL_MN, "I supported a two-week federal jury trial in the District of Minnesota.", False),
    (PARALEGAL_MN, "I docketed appeals before the Minnesota Court of Appeals.", False),
    (PARALEGAL_MN, "I supported a two-week federal jury trial in the District of Montana.", True),
    (PARALEGAL_MN, "I docketed appeals before the Wisconsin Court of Appeals.", True),
    (TRANSLATOR, "I have been a sworn translator at the Court of First Instance of Antwerp since 2016.", False),
    (TRANSLATOR, "I have been a staff interpreter at the Court of First Instance of Antwerp since 2016.", True),
    (TRANSLATOR, "I have been a sworn translator at the Court of Appeal of Antwerp since 2016.", True),
])
def test_courts_in_citation_form_and_roles_at_a_body(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags


SOCIAL = ("EXPERIENCE\nCounty Department of Human Services — Albany, NY\n"
          "Clinical Social Worker | August 2017 – Present\n"
          "Child Welfare Case Manager | June 2013 – July 2017\n")
BPO = ("SUMMARY\nBPO customer care professional\n\nEXPERIENCE\nTeam Leader | NorthPoint Contact Solutions | March 2018 – Present\n"
       "Customer Service Representative | Apex Teleservices, Makati City | June 2015 – February 2018\n")
LAW_ES = ("EXPERIENCIA\nEstudio Ferreyra & Asociados — Córdoba\nAsociada | feb. 2016 – presente\n"
          "Estudio Quintana — Córdoba\nProcuradora | mar. 2013 – ene. 2016\n")
HR = ("WORK HISTORY\n2021-02 → present    HR Generalist, Catawba Mills, Charlotte, NC\n"
      "2017-01 → 2021-01    Recruiting Coordinator (contract), Lakeview Staffing, Charlotte, NC\n")
PARA = ("EXPERIENCE\nSenior Paralegal\nHaverford LLP, St. Paul, MN\nSeptember 2020 to present\n\n"
        "Paralegal\nRamsey County Attorney's Office, St. Paul, MN\nJanuary 2017 to August 2020\n\n"
        "Legal Assistant (part-time)\nTenant Rights Clinic, St. Paul, MN\n2015 – 2016\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (SOCIAL, "I have been a social worker for more than thirteen years, beginning in child welfare.", False),
    (SOCIAL, "I have been a social worker for more than thirteen years, starting out in child welfare.", False),
    (SOCIAL, "I have been a social worker for more than fifteen years, beginning in child welfare.", True),
    (BPO, "My BPO career spans more than eleven years, starting as a customer service representative in 2015.",
     False),
    (BPO, "My BPO career spans more than eleven years, starting as a customer service representative in 2014.",
     True),
    (LAW_ES, "I have more than thirteen years of legal practice, starting as a paralegal in 2013.", False),
    (LAW_ES, "I have more than thirteen years of legal practice, starting as a paralegal in 2012.", True),
    (HR, "I've worked in HR and recruiting for almost ten years, beginning as a contract recruiting coordinator "
         "in January 2017.", False),
    (HR, "I've worked in HR and recruiting for almost ten years, beginning as a contract recruiting coordinator "
         "in March 2017.", True),
    (PARA, "Altogether I have nearly ten years of paralegal experience, going back to January 2017.", False),
    (PARA, "Altogether I have nearly ten years of paralegal experience, going back to January 2014.", True),
])
def test_careers_measured_from_a_named_start(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags
    if flagged:
        assert "date" in {f.kind for f in flags}, flags


SHRINK = "EXPERIENCE\nGreenway Markets — Tulsa, OK\nStore Manager | 2018 – Present\n• Cut shrink from 2.6% to 1.4% of sales\n"
WASTE = ("EXPERIENCE\nRiverside Bakery — Leeds\nProduction Manager | 2019 – Present\n"
         "• Reduced dough waste from 9% to 3% of output\n")
SAFETY = ("EXPERIENCE\nKestrel Builders — Reno, NV\nSite Superintendent | 2019 – Present\n"
          "• Cut recordable injuries from 6 in 2020 to 1 in 2024\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (SHRINK, "I cut shrink nearly in half, from 2.6 to 1.4 percent of sales.", False),
    (SHRINK, "I cut shrink almost in half, from 2.6% to 1.4% of sales.", False),
    (SHRINK, "I cut shrink in half, from 2.6% to 1.4% of sales.", False),
    (SHRINK, "I cut shrink by two-thirds, from 2.6 to 1.4 percent of sales.", True),
    (SHRINK, "I cut shrink by a third, from 2.6 to 1.4 percent of sales.", True),
    (WASTE, "I cut dough waste by two-thirds, from 9% to 3% of output.", False),
    (WASTE, "I cut dough waste by nearly two-thirds, from 9% to 3% of output.", False),
    (WASTE, "I cut dough waste in half, from 9% to 3% of output.", True),
    (WASTE, "I cut dough waste by three-quarters, from 9% to 3% of output.", True),
    (SAFETY, "I cut recordable injuries on my projects from six to one in four years.", False),
    (SAFETY, "I cut recordable injuries from 6 to 1 in four years.", False),
    (SAFETY, "I cut recordable injuries on my projects from nine to one in four years.", True),
])
def test_shares_in_words_of_a_stated_change(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags


PUP = ("EXPERIENCE\nMeralco Shared Services — Pasig City\nFinance Officer | 2015 – Present\n\nEDUCATION\n"
       "Bachelor of Science in Business Administration, major in Financial Management — Polytechnic University of "
       "the Philippines, 2011\n")
UNAM = ("EXPERIENCE\nGrupo Tecnoval — Ciudad de México\nIngeniera de Procesos | 2016 – Presente\n\nEDUCACIÓN\n"
        "Ingeniería Química — Universidad Nacional Autónoma de México, 2015\n")
BSN = ("EXPERIENCE\nSt. Luke's Medical Center — Quezon City\nStaff Nurse | 2017 – Present\n\nEDUCATION\n"
       "Bachelor of Science in Nursing — University of the Philippines Manila, 2016\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (PUP, "I hold a BSBA in financial management from PUP.", False),
    (PUP, "I hold a BSBA in financial management from the Polytechnic University of the Philippines.", False),
    (PUP, "I hold a BSBA major in financial management.", False),
    (PUP, "I hold a BSBA in marketing management from PUP.", True),
    (PUP, "I hold a BSBA in financial management from PUC.", True),
    (UNAM, "I studied chemical engineering at UNAM.", False),
    (UNAM, "I studied chemical engineering at the UAM.", True),
    (BSN, "I earned my BSN from UPM in 2016.", False),
    (BSN, "I earned my BSN from UPLB in 2016.", True),
    (BSN, "I earned my BSN in 2016.", False),
])
def test_school_initials_and_a_degree_major(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags


TRUCK = ("ERFARENHET\nNorrfrakt AB — Umeå\nLastbilschaufför | 2016 – nu\n"
         "• Bränsleförbrukning sänkt från 5,9 till 5,1 l/mil\n")
TRUCK_100 = ("EXPERIENCE\nAlpenTrans GmbH — Linz\nLong-haul driver | 2015 – Present\n"
             "• Cut fuel use from 31.5 to 28.4 l/100 km\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (TRUCK, "I cut my fuel use from 0.59 to 0.51 litres per kilometre.", False),
    (TRUCK, "I cut my fuel use to 0.51 litres per kilometre.", False),
    (TRUCK, "I cut my fuel use from 0.61 to 0.51 litres per kilometre.", True),
    (TRUCK, "I cut my fuel use from 0.59 to 0.49 litres per kilometre.", True),
    (TRUCK_100, "I cut my fuel use from 0.315 to 0.284 litres per kilometre.", False),
    (TRUCK_100, "I cut my fuel use from 0.325 to 0.284 litres per kilometre.", True),
])
def test_figures_per_distance_restated_per_kilometre(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags
