"""Tables of variants for the four kinds of miss blind set 20 showed (session 24, ground52; people, employers and
products written for this file, the product names real ones: Ramco Aviation, Maintenix, vintrace, InnoVint, Procore,
Cliniko; licence titles as US/UK/AU regulators write them: "licensed property valuer", "AWS Certified Welding
Inspector", "registered dietitian", "chartered accountant"). Each kind's supported paraphrases sit beside the claims of
the same shape that must stay flagged:

* **Unheard tools** (:mod:`.unheard_tools`, :func:`.names._uncovered_runs`): a product the resume does not list,
  written in lower case ("vintrace"), as a sentence's first word, or as a capitalised name in a list with tools the
  resume lists ("AMOS, TRAX and Ramco Aviation": the names check skipped the last piece of such a list).
* **Licences as title phrases** (:mod:`.licence_titles`): "a licensed property valuer" when the CV lists valuation
  studies only; the resume's licence line, its post-nominal ("RDH", "CPA") or its gloss backs the same title.
* **Results stretched to a whole** (:mod:`.change_reach` through :mod:`.totality`): "cut water use across every
  winery in the appellation" for one winery's figure.
* **Authorship** (:mod:`.authorship`): a guide, paper or manual the resume never lists, or "wrote"/"authored" for the
  resume's "co-authored".

Old code (main at 44c9fd6): the failures are counted in the report of this branch (run this file on main).
``True``: the sentence must get a flag; ``False``: none.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)
HEAD = "Name Surname\nCity · +00 000 000 · name@example.com\n\n"


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(HEAD + resume, today=TODAY))


AVIATION = ("EXPERIENCE\nGulfstream Coast Aviation Services — Miami, FL\nLead Inspector (RII) | May 2019 – Present\n"
            "• Lead C-checks on A320-family aircraft; cut average check length from 31 days to 24\n"
            "CERTIFICATIONS\nFAA Airframe & Powerplant Mechanic certificate, 2012; Inspection Authorization (IA), 2018\n"
            "TOOLS: AMOS, TRAX, Boeing Toolbox, Airbus AirN@v, Olympus IPLEX borescopes\n")
WINERY = ("EXPERIENCE\nBodegas Valdecierzo — Haro (La Rioja)\nHead Winemaker | March 2019 – Present\n"
          "• 1.8 million bottles a year from 420 ha of vineyards\n"
          "• Winery water use cut from 4.2 to 2.6 litres per litre of wine\n"
          "TOOLS: Winegest, Foss OenoFoss, SAP Business One, Excel\n")
CONSTRUCTION = ("EXPERIENCE\nHarbor Point Builders — Tampa, FL\nProject Engineer | June 2018 – Present\n"
                "• Ran RFIs and submittals on a $48 million hospital tower\n"
                "TOOLS: Procore, Bluebeam Revu, Microsoft Project, Primavera P6\n"
                "Computerized Maintenance Management System (CMMS) rollout for the owner's facilities team\n")
THERAPY = ("EXPERIENCE\nBright Steps Therapy (sole trader, ABN 41 824 516 930) — Townsville, QLD\n"
           "Occupational Therapist | Jul 2019 – Present\n• 38–45 NDIS participants at a time\n"
           "TOOLS: Cliniko, Xero, PEDI-CAT\n")

TOOLS = [
    (AVIATION, "I track work packages in AMOS, TRAX and Ramco Aviation.", True),
    (AVIATION, "I track work packages in AMOS, TRAX and Maintenix.", True),
    (AVIATION, "I plan heavy checks in AMOS and Ramco.", True),
    (AVIATION, "I plan heavy checks in maintenix and AMOS.", True),
    (AVIATION, "I track work packages in AMOS and TRAX.", False),
    (AVIATION, "I track work packages in AMOS, TRAX and Boeing Toolbox.", False),
    (AVIATION, "I have led C-checks at Gulfstream Coast Aviation Services and signed them off in AMOS and TRAX.", False),
    (AVIATION, "I look up manuals in Boeing Toolbox and Airbus AirN@v.", False),
    (AVIATION, "I inspect engines with Olympus IPLEX borescopes and sign off work packages in TRAX.", False),
    (WINERY, "I manage production in Winegest and vintrace.", True),
    (WINERY, "I manage production in vintrace.", True),
    (WINERY, "I trace every lot using the vintrace platform.", True),
    (WINERY, "Vintrace and Winegest are the systems I know best.", True),
    (WINERY, "I manage production in Winegest and InnoVint.", True),
    (WINERY, "I manage production in Winegest and analyse wines with Foss OenoFoss.", False),
    (WINERY, "I keep cellar records in Winegest and the accounts in SAP Business One.", False),
    (WINERY, "I manage production in Winegest and spreadsheets.", False),
    (WINERY, "Winegest is the system I use for cellar records.", False),
    (WINERY, "I trained in oenology and work in situ at the winery.", False),
    (CONSTRUCTION, "I run RFIs and submittals in Procore.", False),
    (CONSTRUCTION, "I run RFIs and submittals in procore and Bluebeam.", False),
    (CONSTRUCTION, "I schedule in Primavera P6 and procurement in buildertrend.", True),
    (CONSTRUCTION, "I helped the owner set up its CMMS.", False),
    (THERAPY, "I keep client notes in Cliniko and invoices in Xero.", False),
    (THERAPY, "I keep client notes in Cliniko and halaxy.", True),
    (THERAPY, "I keep client notes in cliniko software.", False),
    # a letter's closing or a phrase in the writer's other languages is vocabulary, not a product (CI, session 24:
    # "Cordialement" of a French letter flagged as a tool)
    # (a closing beside the writer's name the resume holds: both failed before)
    (WINERY, "Je gère la production dans Winegest.\n\nCordialement,\nName Surname", False),
    (WINERY, "Llevo la producción en Winegest.\n\nAtentamente,\nName Surname", False),
]


@pytest.mark.parametrize(("resume", "sentence", "flagged"), TOOLS)
def test_unheard_tools(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


SURVEYOR = ("EXPERIENCE\nZieliński Geodezja — Kraków\nLicensed land surveyor, owner | 03.2019 – present\n"
            "Professional surveying licence no. 24817 (boundary and subdivision surveys) — since June 2014\n"
            "EDUCATION\nPostgraduate studies: real-estate valuation — Cracow University of Economics, 2016\n")
HYGIENIST = ("Name Surname, RDH\nEXPERIENCE\nWasatch Smiles Dental Group — Provo, UT\nHygiene Lead | 2018 – Present\n"
             "LICENCES\nUtah dental hygiene license #8841203-2203, licensed since 2012; local anesthesia permit 2013\n")
WELDER = ("EXPERIENCE\nGreat Lakes Fabrication — Toledo, OH\nWelding Inspector | 2017 – Present\n"
          "• Visual and dye-penetrant inspection of structural welds to AWS D1.1\n"
          "CERTIFICATIONS\nOSHA 30 certificate, 2016; AWS Certified Welder (3G/4G SMAW), 2012\n")
NUTRITION = ("EXPERIENCE\nRiverside Hospital — Albany, NY\nDiet Technician | 2016 – Present\n"
             "CERTIFICATIONS\nNutrition and Dietetics Technician, Registered (NDTR), 2016\n")
ACCOUNTANT = ("EXPERIENCE\nMarlow & Finch LLP — Leeds\nAudit Senior | 2019 – Present\n"
              "QUALIFICATIONS\nACCA — 11 of 13 exams passed (student member)\nAAT Level 4 Diploma in Professional Accounting, 2017\n")
ELECTRICIAN = ("EXPERIENCE\nBright Spark Electric — Denver, CO\nJourneyman Electrician | 2015 – Present\n"
               "LICENSES\nColorado Journeyman Electrician License #JW.109283, 2015\n")
NURSE = ("Name Surname, BSN, RN, CCRN\nEXPERIENCE\nTravel ICU Registered Nurse | March 2020 – Present\n"
         "LICENSURE\nGeorgia RN license #RN289114 (multistate, Nurse Licensure Compact), licensed since July 2012\n")

LICENCES = [
    (SURVEYOR, "I am also a licensed property valuer.", True),
    (SURVEYOR, "As a licensed real-estate appraiser, I value land for developers.", True),
    (SURVEYOR, "I am a licensed land surveyor.", False),
    (SURVEYOR, "I completed postgraduate studies in real-estate valuation.", False),
    (HYGIENIST, "I am a registered dental hygienist.", False),
    (HYGIENIST, "I am a licensed dental hygienist in Utah.", False),
    (HYGIENIST, "I am also a registered dental therapist.", True),
    (WELDER, "I am a certified welding inspector.", True),
    (WELDER, "I am a certified welder.", False),
    (WELDER, "I work as a welding inspector on structural steel.", False),
    (NUTRITION, "I am a registered dietitian.", True),
    (NUTRITION, "I am a registered dietetic technician.", False),
    (ACCOUNTANT, "I am a chartered accountant.", True),
    (ACCOUNTANT, "I am a chartered certified accountant.", True),
    (ELECTRICIAN, "I am a licensed master electrician.", True),
    (ELECTRICIAN, "I am a licensed journeyman electrician in Colorado.", False),
    (ELECTRICIAN, "I am licensed as a journeyman electrician.", False),
    (NURSE, "I have been a registered nurse since 2012.", False),
    (NURSE, "I am also a licensed nurse practitioner.", True),
    (NURSE, "I am a registered nurse and a certified nurse midwife.", True),
    (NURSE, "I work alongside a physician and a certified nurse midwife on every shift.", False),
    (NURSE, "I coordinate care with a registered dietitian and a certified diabetes educator.", False),
]


@pytest.mark.parametrize(("resume", "sentence", "flagged"), LICENCES)
def test_licence_titles(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


SHRIMP = ("EXPERIENCE\nCuu Long Xanh Aquaculture Co., Ltd. — Bac Lieu\nFarm Manager | 04/2020 – present\n"
          "• 2 farms, 64 lined ponds, 38 ha in total; 52 workers\n"
          "• Yield raised from 18 to 31 tonnes per hectare per crop\n• Feed conversion ratio cut from 1.45 to 1.18\n")
DISTRIBUTION = ("EXPERIENCE\nRiverBend Fulfillment — Memphis, TN\nMulti-site Operations Manager | 2021 – Present\n"
                "• Run 3 distribution centers (1.9 million sq ft) in two states\n"
                "• Raised order accuracy from 99.1% to 99.7% across all 3 DCs\n"
                "• Cut cost per unit from $1.46 to $1.09 at the Memphis DC\n")

REACH = [
    (WINERY, "I cut water use across every winery in the Rioja appellation from 4.2 to 2.6 litres per litre of wine.",
     True),
    (WINERY, "I cut water use across all the group's wineries from 4.2 to 2.6 litres per litre of wine.", True),
    (WINERY, "I cut winery water use from 4.2 to 2.6 litres per litre of wine.", False),
    (WINERY, "At our winery I cut water use from 4.2 to 2.6 litres per litre of wine.", False),
    (SHRIMP, "I raised yields from 18 to 31 tonnes per hectare per crop across all shrimp farms in Bac Lieu province.",
     True),
    (SHRIMP, "I raised yields from 18 to 31 tonnes per hectare per crop across both of our farms.", False),
    (SHRIMP, "I cut the feed conversion ratio from 1.45 to 1.18 across every farm in the province.", True),
    (SHRIMP, "I cut the feed conversion ratio on our farms from 1.45 to 1.18.", False),
    (SHRIMP, "I cut the feed conversion ratio from 1.45 to 1.18 across all 64 ponds.", False),
    (DISTRIBUTION, "I raised order accuracy from 99.1% to 99.7% across all 3 DCs.", False),
    (DISTRIBUTION, "I raised order accuracy from 99.1% to 99.7% across all 14 sites in the network.", True),
    (DISTRIBUTION, "I cut cost per unit from $1.46 to $1.09 across every DC in the company.", True),
    (DISTRIBUTION, "I cut cost per unit from $1.46 to $1.09 at the Memphis DC.", False),
]


@pytest.mark.parametrize(("resume", "sentence", "flagged"), REACH)
def test_results_over_a_whole(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


OT_NO_PUBS = THERAPY + "EDUCATION\nBachelor of Occupational Therapy (Honours) — James Cook University, 2012\n"
OT_CO = THERAPY + ("PUBLICATIONS\nCo-authored the Queensland Paediatric OT Network practice guide on sensory "
                   "assessment (2021)\n")
QA = ("EXPERIENCE\nAnatolia Knit Dyeing — Bursa\nProduction Manager | 03/2020 – present\n"
      "• Wrote the dyehouse's recipe-correction manual used on all three shifts\n")
RESEARCH = ("EXPERIENCE\nNorthshore Clinical Research — Boston, MA\nSenior CRA | 2019 – Present\n"
            "PUBLICATIONS\nLee K, Holloway P, Tran M. Risk-based monitoring in oncology trials. Applied Clinical "
            "Trials. 2022;31(4):22-27.\n")

AUTHORSHIP = [
    (OT_NO_PUBS, "I co-authored Occupational Therapy Australia's 2022 practice guide on autism assessment.", True),
    (OT_NO_PUBS, "I wrote a practice guide on autism assessment for NDIS providers.", True),
    (OT_NO_PUBS, "I have published a book chapter on sensory processing.", True),
    (OT_CO, "I co-authored the Queensland Paediatric OT Network practice guide on sensory assessment.", False),
    (OT_CO, "I authored the Queensland Paediatric OT Network practice guide on sensory assessment.", True),
    (OT_CO, "I wrote the network's practice guide on sensory assessment.", True),
    (OT_CO, "I helped write a practice guide on sensory assessment.", False),
    (QA, "I wrote the dyehouse's recipe-correction manual.", False),
    (QA, "I wrote the recipe-correction manual our three shifts use.", False),
    (QA, "I co-authored a handbook on reactive dyeing.", True),
    (RESEARCH, "I co-authored a paper on risk-based monitoring in oncology trials.", False),
    (RESEARCH, "I have published on risk-based monitoring in Applied Clinical Trials.", False),
    (RESEARCH, "I wrote the guide your team published on decentralised trials.", True),
    (RESEARCH, "I would love to write articles for your blog.", False),
]


@pytest.mark.parametrize(("resume", "sentence", "flagged"), AUTHORSHIP)
def test_authorship(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)
