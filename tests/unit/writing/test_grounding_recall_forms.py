"""Table of variants for the recall mechanisms of session 22 (ground32, issue 12: set 18's misses and their kind in
sets 8–17; resumes written for this file, employers and places apart from the blind sets, wording of real resumes,
credential registers and award lists):

* durations of a title by its initials, a credential held and a unit led under a nested role line or since a date on
  a bullet, named without an employer (:mod:`.credential_durations`): "a lead PTA for more than eight years", "held my
  Inspection Authorization for …", "licensed as a clinical social worker for …", "led the microbiology laboratory for
  …"; a stay's months on its employer's line when its roles give years only;
* hyphenated credential codes with a tier or specialty ("SHRM-SCP" for "SHRM-CP": :mod:`.credential_codes`);
* a lower-case title after its owner's possessive ("the High Desert Ledger's investigations editor": :mod:`.titles`);
* awards, medals, keynotes, commendations, publications and incidents the resume never states (:mod:`.recognitions`);
* work on an object the employer owns that the resume never names (:mod:`.owned_work`);
* credentials the resume gives as pending in its own language, a part passed, or lapsed (:mod:`.status`).

``True``: the sentence must get a flag of the row's kind; ``False``: no flag at all.
"""

from __future__ import annotations

import pytest

from tests.support.grounding_rows import HEAD, TODAY, assert_flag as _assert, flag_kinds as _kinds


# lead PTA from 10/2020 (6 y 2 m); PTA from 06/2015 (11 y 6 m)
PTA = HEAD + ("Bayview Rehab Partners — Sarasota, FL\nLead Physical Therapist Assistant | October 2020 – Present\n"
              "• Supervise 3 rehab aides\nPhysical Therapist Assistant | June 2015 – September 2020\n\n"
              "LICENSES\n• Florida Physical Therapist Assistant License, 2015\n")
# HR manager from 04/2021 (5 y 8 m), generalist before
HR = HEAD + ("Tri-County Castings, Inc. — Dayton, OH\nHuman Resources Manager | April 2021 – Present\n"
             "HR Generalist | March 2016 – March 2021\n\nCERTIFICATIONS\n• SHRM Certified Professional (SHRM-CP), 2017\n")
# speech-language pathologist from 09/2014 (12 y 3 m)
SLP = HEAD + "Riverbend Schools — Boise, ID\nSpeech-Language Pathologist | September 2014 – Present\n"
# an A&P mechanic since 2012, the Inspection Authorization only from 2020 (at most 6 y 11 m)
IA = HEAD + ("Front Range Aero Services — Pueblo, CO\nAircraft Maintenance Technician | May 2012 – Present\n\n"
             "CERTIFICATES\n• FAA Airframe and Powerplant Mechanic certificate, 2012\n"
             "• FAA Inspection Authorization (IA), 2020\n")
# medical social worker from 2016; the clinical licence 2021 (at most 5 y 11 m)
LCSW = HEAD + ("St. Anselm Hospital — Toledo, OH\nMedical Social Worker | August 2016 – Present\n\n"
               "LICENSES\n• Licensed Clinical Social Worker (Ohio), 2021\n• BLS for Healthcare Providers, renewed 2025\n")
# a P.Eng. since 2013 (13 y 11 m at most), engineering work since 2009
PENG = HEAD + ("Prairie Span Engineering — Regina, SK\nBridge Engineer | July 2009 – Present\n\n"
               "REGISTRATION\nProfessional Engineer (P.Eng.), APEGS — since 2013\n")
# a paramedic from 09/2017; the registration 2017; the degree 2014 – 2017 is a study, no role
MEDIC = HEAD + ("West Midlands Ambulance Trust — Coventry\nParamedic | September 2017 – Present\n\nEDUCATION\n"
                "BSc (Hons) Paramedic Science — University of Wolverhampton, 2014 – 2017\n\n"
                "REGISTRATION\nHCPC registered Paramedic (PA099113), 2017\n")
# a hospital stay from 04/2015; the nested chief line of the microbiology laboratory from 04/2022 (4 y 8 m)
NESTED = ("EXPERIENCE\n2015年4月 – 現在 (April 2015 – present)　北浜市民病院 (Kitahama City Hospital, Clinical Laboratory)\n"
          "　2022年4月 – 現在 (April 2022 – present)　主任臨床検査技師・微生物検査室 (Chief Technologist, Microbiology "
          "Laboratory)\n　　・技師 5名を指導 (supervise 5 technologists)\n"
          "　2015年4月 – 2022年3月 (April 2015 – March 2022)　臨床検査技師 (Technologist)\n")

# a stay read from its roles' years (2017 – 2021), its months on the employer's line (4 y 2 m)
ACTUARY = HEAD + ("Senior Actuarial Analyst (2019 – 2021), Actuarial Analyst (2017 – 2018)\n"
                  "Karoo Mutual Ltd, Bloemfontein | Jan 2017 – Mar 2021\n\n"
                  "Actuarial Student | Sable Consulting (Pty) Ltd, Durban | Jan 2014 – Dec 2016\n")
# a programme led since a date written on a bullet, in the CV's language (from 2021: 5 y 11 m at most)
PROGRAMME = ("EXPERIENCIA\nPsicóloga clínica, Servicio de Salud Mental — Clínica Las Sierras S.A., Mendoza   abr. 2015 – "
             "actualidad\n  • Coordinadora del Programa de Trastornos Alimentarios (eating disorders programme) desde "
             "mar. 2021\n  • ~25 consultas individuales por semana\n")


@pytest.mark.parametrize("resume, sentence, flagged", [
    (ACTUARY, "I spent five years at Karoo Mutual.", True),
    (ACTUARY, "I spent four years at Karoo Mutual.", False),
    (ACTUARY, "I spent more than four years at Karoo Mutual.", False),
    (PROGRAMME, "I have coordinated the eating disorders programme for more than seven years.", True),
    (PROGRAMME, "I have coordinated the eating disorders programme for more than five years.", False),
    (PTA, "I have been a lead PTA for more than eight years.", True),
    (PTA, "I have been a lead PTA for six years.", False),
    (PTA, "I have been a PTA for more than eleven years.", False),
    (HR, "I have been an HR manager for more than seven years.", True),
    (HR, "I have been an HR manager for more than five years.", False),
    (SLP, "I have been an SLP for more than fifteen years.", True),
    (SLP, "I have been an SLP for more than twelve years.", False),
    (IA, "I have held my Inspection Authorization for more than ten years.", True),
    (IA, "I have held my Inspection Authorization for more than six years.", False),
    (LCSW, "I have been licensed as a clinical social worker for more than eight years.", True),
    (LCSW, "I have been licensed as a clinical social worker for more than five years.", False),
    (LCSW, "I have been BLS certified for more than ten years.", False),  # a renewal year dates no start: unknown
    (PENG, "I have been a licensed P.Eng. for more than fifteen years.", True),
    (PENG, "I have been a licensed P.Eng. for more than thirteen years.", False),
    (MEDIC, "I have been a registered paramedic for more than eleven years.", True),
    (MEDIC, "I have been a registered paramedic for more than nine years.", False),
    (NESTED, "I have led the microbiology laboratory for more than seven years.", True),
    (NESTED, "I have led the microbiology laboratory for more than four years.", False),
])
def test_durations_of_a_title_credential_or_led_unit(resume, sentence, flagged):
    _assert(resume, sentence, "date", flagged)


CODES = HEAD + ("Harbor Point Logistics — Tacoma, WA\nHuman Resources Manager | May 2019 – Present\n\nCERTIFICATIONS\n"
                "• SHRM Certified Professional (SHRM-CP), 2018\n• IPMA-D Certified Project Management Associate, 2020\n"
                "• Certified Flight Paramedic (FP C), 2021\n• NCLEX-RN, 2012\n")


@pytest.mark.parametrize("sentence, flagged", [
    ("I hold the SHRM-SCP.", True),
    ("I am SHRM-SCP certified.", True),
    ("I hold the SHRM-CP.", False),
    ("I am IPMA-C certified.", True),
    ("I hold IPMA-B project management certification.", True),
    ("I hold IPMA-D certification.", False),
    ("I am a certified flight paramedic (FP-C).", False),  # written "FP C" on the resume
    ("I am a certified flight paramedic (CFRN-FP).", True),
    ("I passed the NCLEX-RN in 2012.", False),
    ("I passed the NCLEX-PN in 2012.", True),
    ("I am board-certified as a Nurse Executive (NE-BC).", True),
])
def test_hyphenated_credential_codes(sentence, flagged):
    _assert(CODES, sentence, "certification", flagged)


REPORTER = HEAD + ("Mesa Verde Courier — Durango, CO\nSenior Investigative Reporter | March 2018 – Present\n"
                   "Staff Writer | June 2014 – February 2018\n")
NURSE = HEAD + "Cedar Valley Hospital — Waterloo, IA\nInfection Prevention Nurse | May 2017 – Present\n"


@pytest.mark.parametrize("resume, sentence, flagged", [
    (REPORTER, "I am the Mesa Verde Courier's investigations editor.", True),
    (REPORTER, "I am the Courier's managing editor.", True),
    (REPORTER, "I was the Mesa Verde Courier's staff writer.", False),
    (REPORTER, "I am the Mesa Verde Courier's senior investigative reporter.", False),
    (REPORTER, "I am the Courier's photo editor.", True),
    (NURSE, "I am Cedar Valley Hospital's infection prevention nurse.", False),
    (NURSE, "I am Cedar Valley Hospital's nurse educator.", True),
    (NURSE, "I am the hospital's infection prevention nurse.", False),
    (NURSE, "I am the hospital's charge nurse.", True),
    (NURSE, "I have been the hospital's infection prevention nurse since 2017.", False),
])
def test_titles_after_their_owner(resume, sentence, flagged):
    _assert(resume, sentence, "title", flagged)


AWARDS = HEAD + ("Lindqvist Bryggeri AB — Gävle\nHead Brewer | March 2016 – Present\n"
                 "• 3 guldmedaljer, Svenska Mästerskapen i Öl 2019\n"
                 "• Plant won the Gävleborg Regional Safety Award 2022 (zero lost-time injuries)\n"
                 "• Speaker, Nordic Craft Beer Summit 2023\n\nPUBLICATIONS\n"
                 "• Paper on dry-hopping kinetics published in the Journal of the Institute of Brewing, 2021\n")


@pytest.mark.parametrize("sentence, flagged", [
    ("My work on the canning line earned the company a national quality award.", True),
    ("Our plant won the Gävleborg Regional Safety Award in 2022.", False),
    ("I received the company's Brewer of the Year award in 2021.", True),
    ("I gave the keynote at the Nordic Craft Beer Summit 2023.", True),
    ("I spoke at the Nordic Craft Beer Summit 2023.", False),
    ("Our beers took three gold medals at Svenska Mästerskapen i Öl 2019.", False),  # "guldmedaljer"
    ("Our lager won a gold medal at the World Beer Cup.", True),
    ("My dry-hopping paper was published in the Journal of the Institute of Brewing.", False),
    ("My results on yeast vitality were published in a national journal.", True),
    ("The brewery commended me for handling a boiler failure in 2023.", True),
    ("I was a finalist for the Swedish Brewers' Guild prize in 2024.", True),
    ("I led the brewery's recovery from a ransomware attack in 2023.", True),
    ("I would be honored to bring this experience to your team.", False),
])
def test_recognitions_and_incidents(sentence, flagged):
    _assert(AWARDS, sentence, "claim", flagged)


BANK = HEAD + ("Nordkap Sparebank — Tromsø\nCredit Risk Manager | January 2018 – Present\n"
               "• Built the IFRS 9 expected-credit-loss models for the corporate loan book\n"
               "• Set up the bank's collateral revaluation process for commercial property\n"
               "• Led the migration of loan files to a document management system (M-Files)\n")


@pytest.mark.parametrize("sentence, flagged", [
    ("I designed the bank's early-warning system for corporate loans.", True),
    ("I built the bank's IFRS 9 expected-credit-loss models.", False),
    ("I set up the bank's collateral revaluation process.", False),
    ("I also set up the company's own seed-cleaning plant.", True),
    ("I led the bank's switch to automated dispensing cabinets.", True),
    ("I led the bank's migration to M-Files.", False),
    ("I founded Nordkap Sparebank's aquatic therapy programme.", True),
    ("I launched our mobile mortgage calculator.", True),
    ("I led our move to a document management system.", False),
    ("I designed the bank's loan models.", False),
    # no owner: owned_work.py does not read it; acts.py does (session 27, ground89: the resume names no early-warning system)
    ("I designed an early-warning system for corporate loans.", True),
])
def test_work_an_employer_owns(sentence, flagged):
    _assert(BANK, sentence, "claim", flagged)


PENDING = HEAD + ("Andes Topografía S.A.C. — Arequipa\nTopógrafo | March 2018 – Present\n\nCERTIFICACIONES\n"
                  "• Curso de fotogrametría con drones (RPAS), 2019\n• Licencia de piloto RPAS (MTC) — en trámite\n"
                  "• FRM Part I passed (GARP), 2022\n• Fachberater für Unternehmensnachfolge — Prüfung ausstehend\n"
                  "Certifications: Certified Kubernetes Administrator (CKA), 2021; HashiCorp Terraform Associate, 2020 "
                  "(expired 2022)\n• PMP, 2020\n")


@pytest.mark.parametrize("sentence, flagged", [
    ("I hold an RPAS (drone) pilot licence.", True),
    ("I have completed a drone photogrammetry course (RPAS).", False),
    ("My RPAS pilot licence is being processed by the MTC.", False),
    ("I am a certified Financial Risk Manager (FRM).", True),
    ("I have passed FRM Part I.", False),
    ("I am a certified Fachberater für Unternehmensnachfolge.", True),
    ("I hold a current HashiCorp Terraform Associate certification.", True),
    ("I earned the HashiCorp Terraform Associate certification in 2020.", False),
    ("I hold a current Certified Kubernetes Administrator (CKA) certification.", False),
    ("I hold the PMP.", False),
])
def test_credentials_pending_in_the_cvs_language_or_lapsed(sentence, flagged):
    _assert(PENDING, sentence, "certification", flagged)
