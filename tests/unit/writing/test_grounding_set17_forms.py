"""Tables of variants for the kinds of false flag blind set 17 showed (session 21, ground23; written for this file:
people, employers and figures chosen apart from the blind sets). Each kind's real-world variety, with wrong claims
of the same shape that must stay flagged:

* **A title in its other word order** (:mod:`careercopilot.writing.grounding.title_order`): "Nursing Director" /
  "Director of Nursing", "Manager of Sales Operations", "Engineering Head" / "Head of Engineering", an adjective or a
  plural for the department ("Financial Director", "Nurse Supervisor" / "Supervisor of Nurses"), the comma form
  ("Director, Clinical Operations"), a lower rank kept in front; never a raised rank ("Head of X" for "X Lead").
* **A degree's concentration** (``entities._CONCENTRATION``): after a comma, a semicolon, or a dash with a cue
  ("track", "concentration in"), behind the degree's initials in parentheses; a minor is no field.
* **A credential holder's adjective** ("IAED-certified Emergency Medical Dispatcher", "CAIIB-qualified"): the title
  after it needs a line with the body; the glued participle is no word of the credential's name.
* **Standards and systems shaped like organisations** (:mod:`careercopilot.writing.grounding.standards`): "NG911"
  for "Next Generation 911", "P25" for "Project 25", "the ISPS Code" for "Código ISPS".
* **A school or employer by initials that name a credential too** ("at the CIA" for "The Culinary Institute of
  America", "joined CISA", "a CSM graduate").
* **Indian magnitudes** in the sentence ("₹470 crore", "Rs 240 cr.", "1.4 lakh", "1,40,000").
* **Compound number words** ("twenty-one years", "forty six staff", "twenty-first").
* **Month/year with a slash** in a Brazilian CV ("ago/2014 – out/2019"), and an open start with a gloss
  ("sinds maart 2020 (since March 2020)").

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


NURSING = ("EXPERIENCE\nMaple Ridge Care Center — Dayton, OH\nDirector of Nursing | March 2019 – Present\n"
           "• Lead 84 nurses and aides\nAssistant Director of Nursing | May 2016 – February 2019\n\n"
           "Kettering Valley Hospital — Dayton, OH\nCharge Nurse | June 2010 – April 2016\n")
SALES_OPS = "EXPERIENCE\nCorvid Analytics — Boston, MA\nSales Operations Manager | April 2018 – Present\n"
HEAD_OF = "EXPERIENCE\nBrightline Robotics — Pittsburgh, PA\nHead of Engineering | January 2020 – Present\n"
LEAD = "EXPERIENCE\nBrightline Robotics — Pittsburgh, PA\nEngineering Lead | January 2020 – Present\n"
FINANCE = "EXPERIENCE\nHalvorsen Foods — Duluth, MN\nDirector of Finance | July 2017 – Present\n"
NURSES = "EXPERIENCE\nSt. Agnes Medical Center — Fresno, CA\nSupervisor of Nurses | 2015 – Present\n"
COMMA = "EXPERIENCE\nPinecrest Health — Boise, ID\nDirector, Clinical Operations | 2019 – Present\n"


@pytest.mark.parametrize("resume,sentence,flagged", [
    (NURSING, "I am the Nursing Director at Maple Ridge Care Center.", False),
    (NURSING, "As Nursing Director I lead 84 nurses and aides.", False),
    (NURSING, "I was the Assistant Nursing Director at Maple Ridge Care Center.", False),
    (NURSING, "I was the Nursing Director at Kettering Valley Hospital.", True),
    (SALES_OPS, "I am the Manager of Sales Operations at Corvid Analytics.", False),
    (SALES_OPS, "I am the Director of Sales Operations at Corvid Analytics.", True),
    (HEAD_OF, "I am the Engineering Head at Brightline Robotics.", False),
    (HEAD_OF, "I am the Engineering Lead at Brightline Robotics.", False),
    (LEAD, "I am the Head of Engineering at Brightline Robotics.", True),
    (FINANCE, "As Finance Director at Halvorsen Foods I closed the books monthly.", False),
    (FINANCE, "As Financial Director at Halvorsen Foods I closed the books monthly.", False),
    (FINANCE, "I was the Director of Marketing at Halvorsen Foods.", True),
    (NURSES, "I have been a Nurse Supervisor at St. Agnes Medical Center since 2015.", False),
    (COMMA, "I am the Clinical Operations Director at Pinecrest Health.", False),
])
def test_titles_in_their_other_word_order(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags
    if flagged:
        assert any(f.kind == "title" for f in flags), flags


def _edu(*lines: str) -> str:
    return "EXPERIENCE\nLakeview Clinic — Austin, TX\nAnalyst | 2016 – Present\n\nEDUCATION\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize("resume,sentence,flagged", [
    (_edu("Master of Public Health (MPH), Epidemiology — Emory University, 2015"),
     "I hold an MPH in epidemiology from Emory.", False),
    (_edu("Master of Public Health (MPH), Epidemiology — Emory University, 2015"),
     "I hold an MPH in biostatistics from Emory.", True),
    (_edu("Master of Science in Nursing, Nursing Education & Leadership — Baylor University, 2014"),
     "I hold an MSN in nursing education.", False),
    (_edu("Master of Science in Nursing, Nursing Education & Leadership — Baylor University, 2014"),
     "I hold an MSN in nursing informatics.", True),
    (_edu("Master of Science in Computer Science – track Machine Learning — Rice University, 2016"),
     "I hold an MS in machine learning from Rice.", False),
    (_edu("Master of Education (M.Ed.), Curriculum and Instruction — Texas State University, 2013"),
     "I hold a master's in curriculum and instruction.", False),
    (_edu("Bachelor of Science in Biology, Minor in Chemistry — Trinity University, 2010"),
     "I hold a BS in chemistry.", True),
    (_edu("Bachelor of Science in Biology — Trinity University, 2010"),
     "I hold a BS in biology from Trinity.", False),
])
def test_degree_concentrations(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags
    if flagged:
        assert any(f.kind == "degree" for f in flags), flags


DISPATCH = ("EXPERIENCE\nCedar County 911 — Cedar Falls, IA\n911 Dispatcher | 2014 – Present\n"
            "• Met the NENA call-answering standard every quarter\n\nCERTIFICATIONS\n"
            "• Emergency Medical Dispatcher (EMD), IAED, 2021\n• APCO Communications Training Officer, 2018\n")
BANKER = ("EXPERIENCE\nKonkan Co-operative Bank — Pune\nBranch Manager | 2012 – Present\n\nCERTIFICATIONS\n"
          "• JAIIB (2010) and CAIIB (2013) — Indian Institute of Banking & Finance\n"
          "• Certified Credit Professional — IIBF, 2017\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (DISPATCH, "I am an IAED-certified Emergency Medical Dispatcher.", False),
    (DISPATCH, "I am an APCO-certified Communications Training Officer.", False),
    (DISPATCH, "I am an IAED-certified Emergency Fire Dispatcher.", True),
    (DISPATCH, "I am a NENA-certified Emergency Medical Dispatcher.", True),
    (BANKER, "I am CAIIB-qualified and an IIBF Certified Credit Professional.", False),
    (BANKER, "I am JAIIB-qualified and an IIBF Certified Credit Professional.", False),
    (BANKER, "I am FRM-qualified and an IIBF Certified Credit Professional.", True),
])
def test_credential_holder_adjectives(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags


STANDARDS = ("EXPERIENCE\nHill Country Emergency Communications — Austin, TX\nOperations Manager | 2018 – Present\n"
             "• Led the move to Next Generation 911 and text-to-911\n"
             "• Built the Project 25 radio backbone for 7 agencies\n"
             "• Certified the port under the Código ISPS\n• Implemented the ISO 45001 standard across 3 sites\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (STANDARDS, "I led our move to NG911.", False),
    (STANDARDS, "I built our P25 radio backbone.", False),
    (STANDARDS, "I certified the port under the ISPS Code.", False),
    (STANDARDS, "I implemented the ISO 45001 Standard.", False),
    (STANDARDS, "I led our move to NG112.", True),
    (STANDARDS, "I built our P26 radio backbone.", True),
    (STANDARDS, "I certified the port under the MARPOL Convention.", True),
    (STANDARDS, "I certified the port under the ISPS Security Code.", True),
    (STANDARDS, "I worked at the ISPS Code.", True),
])
def test_standards_in_the_shape_of_organisations(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags


SCHOOLS = ("EXPERIENCE\nCybersecurity and Infrastructure Security Agency — Denver, CO\n"
           "Security Analyst | 2019 – Present\n"
           "Electronic Arts — Redwood City, CA\nQA Tester | 2015 – 2019\n\nEDUCATION\n"
           "BS, Mining Engineering — Colorado School of Mines, 2014\n"
           "Certificate in Baking — The Culinary Institute of America, 2012\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (SCHOOLS, "I took a baking course at the CIA.", False),
    (SCHOOLS, "I joined CISA in 2019.", False),
    (SCHOOLS, "I worked at EA for four years.", False),
    (SCHOOLS, "I am a CSM graduate.", False),
    (SCHOOLS, "I studied at CSM.", False),
    (SCHOOLS, "I am a CIA.", True),
    (SCHOOLS, "I am CISA-certified.", True),
    (SCHOOLS, "I earned my CSM.", True),
    (SCHOOLS, "I trained at the PMP.", True),
])
def test_initials_of_a_school_or_employer_that_name_a_credential_too(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags


BRANCH = ("EXPERIENCE\nDeccan Co-operative Bank — Nashik\nBranch Head | 2019 – Present\n"
          "• Branch business grew from ₹ 380 crore to ₹ 655 crore (FY 2020-21 to FY 2023-24)\n"
          "• MSME loan book ₹ 150 crore; 2.6 lakh customer accounts\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (BRANCH, "I grew branch business by more than ₹270 crore in three years.", False),
    (BRANCH, "I grew branch business from ₹380 crore to ₹655 crore.", False),
    (BRANCH, "I run an MSME loan book of Rs. 150 crore.", False),
    (BRANCH, "I run an MSME loan book of INR 150 crore.", False),
    (BRANCH, "I run an MSME loan book of Rs 150 cr.", False),
    (BRANCH, "I serve 2.6 lakh customer accounts.", False),
    (BRANCH, "I serve over 2,60,000 customer accounts.", False),
    (BRANCH, "I serve 2.6 lacs customer accounts.", False),
    (BRANCH, "I run an MSME loan book of ₹250 crore.", True),
    (BRANCH, "I run an MSME loan book of ₹15 billion.", True),
    (BRANCH, "I serve 26 lakh customer accounts.", True),
    (BRANCH, "I grew branch business by more than ₹700 crore in three years.", True),
])
def test_indian_magnitudes_in_the_sentence(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags


MACHINIST = ("EXPERIENCE\nOrtmann Präzision GmbH — Ulm\nCNC Machinist | 09/2004 – Present\n"
             "• Lead a cell of 46 employees\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (MACHINIST, "I have worked at Ortmann Präzision for twenty-two years.", False),
    (MACHINIST, "I have worked at Ortmann Präzision for twenty two years.", False),
    (MACHINIST, "I have worked at Ortmann Präzision for over twenty-one years.", False),
    (MACHINIST, "I have worked at Ortmann Präzision for thirty-one years.", True),
    (MACHINIST, "I have worked at Ortmann Präzision for twenty-eight years.", True),
    (MACHINIST, "I have been in machining for over twenty-two years, starting with my apprenticeship in 2004.", False),
    (MACHINIST, "I have been machining for over twenty-one years, since my apprenticeship in 2004.", False),
    (MACHINIST, "I have been in machining for over twenty-nine years, starting with my apprenticeship in 2004.", True),
    (MACHINIST, "I have been a CNC machinist for thirty-two years.", True),
    (MACHINIST, "I lead a cell of forty-six employees.", False),
    (MACHINIST, "I lead a cell of forty six employees.", False),
    (MACHINIST, "I lead a cell of fifty-six employees.", True),
    (MACHINIST, "This is my twenty-third year at Ortmann Präzision.", False),
])
def test_compound_number_words(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags


PORTO = ("EXPERIÊNCIA PROFISSIONAL\nTerminal Sul de Granéis S.A. — Paranaguá – PR\n"
         "Coordenador de Operações (Operations Coordinator) | out/2019 – atual\n"
         "Supervisor de Turno (Shift Supervisor) | ago/2014 – set/2019\n\n"
         "Logística Litoral Ltda. — Curitiba – PR\nAnalista de Logística (Logistics Analyst) | fev/2011 – jul/2014\n")
WATERSCHAP = ("WERKERVARING\nWaterschap Drentse Aa — Assen\nSenior adviseur peilbeheer (Senior Water Level Adviser) | "
              "sinds april 2019 (since April 2019)\nAdviseur peilbeheer (Water Level Adviser) | sept 2013 – mrt 2019\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (PORTO, "I have worked at Terminal Sul de Granéis for more than twelve years.", False),
    (PORTO, "I have worked at Terminal Sul for twelve years.", False),
    (PORTO, "I have worked at Terminal Sul de Granéis for more than fifteen years.", True),
    (PORTO, "I was a shift supervisor from 2014 to 2019.", False),
    (PORTO, "I was a shift supervisor from 2012 to 2019.", True),
    (WATERSCHAP, "I have worked for Waterschap Drentse Aa for more than thirteen years.", False),
    (WATERSCHAP, "I have worked for Waterschap Drentse Aa since 2013.", False),
    (WATERSCHAP, "I have worked for Waterschap Drentse Aa for more than sixteen years.", True),
    (WATERSCHAP, "I have been a senior adviser at the water board for more than nine years.", True),
    (WATERSCHAP, "I have been a senior adviser at the water board for more than seven years.", False),
])
def test_dates_with_a_slash_and_glossed_open_starts(resume, sentence, flagged):
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, flags
