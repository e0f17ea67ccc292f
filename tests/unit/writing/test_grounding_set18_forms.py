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
* **Bodies and countries by the resume's initials**: "the Israeli Ministry of Health" for "Israeli MoH", "ESHTE, the
  Estoril Higher School of …" glossing the resume's initialism, "the US" for "ABD", "the United States" for "EE. UU."
  (initials of a country's CLDR name in the CV's language).
* **A title or year bound to its own clause**: "I've been a senior logistics coordinator since 2022, and before that
  … at X" — X's entries are the earlier job's.
* **A profession practised from its entry rank** ("I have been an electrical engineer" counting "Engineer-in-Training",
  "experience as a winemaker" counting "Assistant Winemaker"), never for a managing role ("store manager") or a
  position ("the winery's winemaker", "the producer role": set 16).
* **A per-item figure the sentence derives** from its own total and count ("28,800 kW in total, or 7,200 kW each").
* **A difference tied to its line by a model code** ("The CX-200 produces seventy more cartons per minute" for "CX-200
  cartoner: 220 cartons/min (previous model: 150)").

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


REGULATORY = ("EXPERIENCE\nMedixa Devices Ltd. — Haifa\nRegulatory Affairs Specialist | 2018 – Present\n"
              "• AMAR (Israeli MoH medical device registration) for 9 products\n"
              "• Supported a DoD supplier audit and MoE import permits\n")
HOTEL_PT = ("EXPERIENCE\nHotel Baía Azul — Cascais\nFront Office Manager | 2012 – Present\n\nEDUCATION\n"
            "Licenciatura em Gestão Hoteleira — Escola Superior de Hotelaria e Turismo do Estoril (ESHTE), 2009\n")
SCHOOL_IT = ("EXPERIENCE\nCantina Valori — Montalcino\nEnologo | 2014 – Presente\n\nEDUCATION\n"
             "Laurea Magistrale in Viticoltura ed Enologia — Università degli Studi di Firenze (UNIFI), 2013\n")
EXPORT_TR = ("EXPERIENCE\nİhracat Müdürü (Export Sales Manager) | Şubat 2019 – devam ediyor\n"
             "Pamukkale Ev Tekstili A.Ş., Denizli\n• 23 ülkeye ihracat; ana pazarlar: Almanya, Hollanda, ABD\n")
COFFEE_ES = ("EXPERIENCIA\nJefe de Calidad | abril 2019 – presente\nCafés del Ruiz S.A.S. — Manizales\n"
             "• Clientes en Japón, Corea del Sur, EE. UU. y Alemania\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (REGULATORY, "I obtained AMAR registration with the Israeli Ministry of Health for nine products.", False),
    (REGULATORY, "I obtained AMAR registration with the Ministry of Health for nine products.", False),
    (REGULATORY, "I supported a Department of Defense supplier audit.", False),
    (REGULATORY, "I handled import permits from the Ministry of Trade.", True),
    (REGULATORY, "I obtained registration with the Jordanian Ministry of Health.", True),
    (REGULATORY, "I supported a Department of Energy supplier audit.", True),
    (HOTEL_PT, "I hold a degree in hotel management from ESHTE, the Estoril Higher School of Hotel and Tourism "
               "Studies.", False),
    (HOTEL_PT, "I hold a degree in hotel management from ESHTE, the Lisbon School of Hospitality and Management.",
     True),
    (SCHOOL_IT, "I studied viticulture and oenology at UNIFI, the University of Florence.", False),
    (SCHOOL_IT, "I studied viticulture and oenology at UNIFI, the Polytechnic of Milan.", True),
    (EXPORT_TR, "We export to 23 countries, with Germany, the Netherlands and the US as our main markets.", False),
    (EXPORT_TR, "We export to 23 countries, with Germany, the Netherlands and Canada as our main markets.", True),
    (COFFEE_ES, "We ship to customers in Japan, South Korea, the United States and Germany.", False),
    (COFFEE_ES, "We ship to customers in Japan, South Korea, the United States and Mexico.", True),
])
def test_bodies_and_countries_by_the_resumes_initials(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags


LOGISTICS = ("## Experience\n\n### Senior Logistics Coordinator, Buckeye Crossdock Partners — Groveport, OH (2022–Present)\n"
             "* Coordinate 200 outbound shipments per week\n\n"
             "### Logistics Coordinator, Olentangy Home Goods — Delaware, OH (2018–2022)\n"
             "* Tracked inbound containers\n\n"
             "### Warehouse Associate, Scioto Valley Distribution — Columbus, OH (2016–2018)\n* Picked orders\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (LOGISTICS, "I've been a senior logistics coordinator since 2022, and before that spent four years as a logistics "
                "coordinator at Olentangy Home Goods.", False),
    (LOGISTICS, "I am a senior logistics coordinator; before that I was a logistics coordinator at Olentangy Home "
                "Goods.", False),
    (LOGISTICS, "I was a logistics coordinator at Olentangy Home Goods from 2018, and before that a warehouse "
                "associate at Scioto Valley Distribution.", False),
    (LOGISTICS, "I have been a senior logistics coordinator since 2022, previously at Olentangy Home Goods.", False),
    (LOGISTICS, "I've been a senior logistics coordinator since 2022, and before that I was a senior logistics "
                "coordinator at Olentangy Home Goods.", True),
    (LOGISTICS, "I've been a senior logistics coordinator since 2020, and before that spent two years as a logistics "
                "coordinator at Olentangy Home Goods.", True),
    (LOGISTICS, "I was a senior logistics coordinator at Olentangy Home Goods, and before that a warehouse associate.",
     True),
    (LOGISTICS, "I was a logistics coordinator at Olentangy Home Goods from 2017, and before that a warehouse "
                "associate.", True),
])
def test_titles_and_years_bound_to_their_own_clause(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags


ENGINEER = ("EXPERIENCE\nWindlink Power — Cape Town\nSenior Electrical Engineer | Nov 2020 – Present\n"
            "Electrical Engineer | Feb 2016 – Oct 2020\nEngineer-in-Training | Jan 2013 – Jan 2016\n")
ARCHITECT = ("ESPERIENZA\nStudio Romano Restauri — Firenze\n"
             "Architetto senior (Senior Architect) | gennaio 2019 – oggi\nArchitetto (Architect) | marzo 2014 – dicembre 2018\n"
             "Architetto junior (Junior Architect) | settembre 2011 – febbraio 2014\n")
WINEMAKER = ("ESPERIENZA\nCantina Valori — Montalcino\nEnologa responsabile (Head Winemaker)   set. 2017 – oggi\n"
             "Enologa assistente (Assistant Winemaker)   mar. 2013 – ago. 2017\n")
STORE = ("EXPERIENCE\nGreenway Markets — Tulsa, OK\nStore Manager | March 2018 – Present\n"
         "Assistant Store Manager | June 2015 – February 2018\n")
NURSE = ("EXPERIENCE\nMercy General — Leeds\nStaff Nurse | September 2015 – Present\n"
         "Student Nurse | September 2012 – August 2015\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (ENGINEER, "I have been an electrical engineer for nearly fourteen years.", False),
    (ENGINEER, "I have been an electrical engineer for more than sixteen years.", True),
    (ARCHITECT, "I have practised as an architect for fifteen years.", False),
    (ARCHITECT, "I have practised as an architect for eighteen years.", True),
    (WINEMAKER, "I have more than thirteen years of experience as a winemaker.", False),
    (WINEMAKER, "I have been a head winemaker for more than thirteen years.", True),
    (STORE, "I have been a store manager for more than eight years.", False),
    (STORE, "I have been a store manager for more than eleven years.", True),
    (NURSE, "I have been a nurse for more than eleven years.", False),
    (NURSE, "I have been a nurse for more than fifteen years.", True),
])
def test_a_profession_practised_from_its_entry_rank(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags


SHIP = ("EXPERIENCE\nAegean Bulk Carriers — Piraeus\nChief Engineer | 2017 – Present\n"
        "• 4 main engines MAN 9L40/54, 28,800 kW in total\n• 2 shaft generators\n")
FLEET = ("EXPERIENCE\nNordvind Energi — Esbjerg\nSite Manager | 2019 – Present\n"
         "• 12 wind turbines, 96 MW installed; 3 substations, budget DKK 60 million\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (SHIP, "The ship's four main engines deliver 28,800 kW in total, or 7,200 kW each.", False),
    (SHIP, "Our four main engines deliver 28,800 kW, about 7,200 kW apiece.", False),
    (SHIP, "The ship's four main engines deliver 28,800 kW in total, or 7,500 kW each.", True),
    (SHIP, "The ship's four main engines deliver 28,800 kW in total, or 9,600 kW each.", True),
    (FLEET, "Our 12 wind turbines deliver 96 MW, 8 MW each.", False),
    (FLEET, "Our 12 wind turbines deliver 96 MW, 11 MW each.", True),
    (FLEET, "I manage three substations on a DKK 60 million budget, DKK 20 million each.", False),
    (FLEET, "I manage three substations on a DKK 60 million budget, DKK 25 million each.", True),
    (FLEET, "Our 12 wind turbines deliver 96 MW.", False),
    (FLEET, "Our 14 wind turbines deliver 96 MW, 8 MW each.", True),
])
def test_a_per_item_figure_the_sentence_derives(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags


@pytest.mark.parametrize("resume,sentence,flagged", [
    (WINEMAKER, "I have been the winery's winemaker for more than thirteen years.", True),
    (WINEMAKER, "I have held the winemaker role for more than thirteen years.", True),
    (ARCHITECT, "I have been the studio's architect for fifteen years.", True),
])
def test_a_position_is_not_its_entry_rank(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags


PACKAGING = ("EXPERIENCE\nVelox Packaging — Bologna\nLead Design Engineer | 2016 – Present\n"
             "- Led the design of the CX-200 cartoner: 220 cartons/min (previous model: 150)\n"
             "- Upgraded the TF-80 tray former from 45 to 60 trays per minute\n")
AVIATION = ("EXPERIENCE\nAlpine Air Ambulance — Innsbruck\nChief Pilot | 2015 – Present\n"
            "- PC-12 fleet: dispatch reliability raised from 96.1% to 98.7%\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (PACKAGING, "The CX-200 produces seventy more cartons per minute than its predecessor.", False),
    (PACKAGING, "The CX-200 produces eighty more cartons per minute than its predecessor.", True),
    (PACKAGING, "The CX-200 produces fifty more cartons per minute than its predecessor.", True),
    (PACKAGING, "The CX-200 is seventy units a minute faster than the machine it replaced.", False),
    (PACKAGING, "The CX-200 is ninety units a minute faster than the machine it replaced.", True),
    (PACKAGING, "The TF-80 now forms fifteen more trays per minute.", False),
    (PACKAGING, "The TF-80 now forms twenty more trays per minute.", True),
    (PACKAGING, "The CX-200 produces 220 cartons per minute.", False),
    (AVIATION, "I raised PC-12 dispatch reliability by 2.6 points.", False),
    (AVIATION, "I raised PC-12 dispatch reliability by 3.6 points.", True),
    (AVIATION, "I raised PC-12 dispatch reliability from 96.1% to 98.7%.", False),
    (AVIATION, "I raised PC-12 dispatch reliability by 4 points.", True),
])
def test_a_difference_tied_by_a_model_code(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags
