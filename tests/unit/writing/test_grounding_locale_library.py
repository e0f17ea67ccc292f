"""Tables of variants for the resume's locale forms read from library data (issue 12, session 13:
:mod:`careercopilot.writing.grounding.locale_data`): month names of any language (dateparser's CLDR
data), the CV's own word for "present" (its shape or dateparser's "now" words), magnitude words from
CLDR compact decimal patterns (babel), currencies named after a magnitude, and raised ranks in titles.

Written in languages and professions beyond blind set 12 (Finnish, Croatian, Lithuanian,
Greek, Russian, Ukrainian, Chinese …); every row fails on the code before this file.
``True``: the sentence must get a flag; ``False``: no flag.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding.locale_forms import english_forms

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize("line,english", [
    ("marts 2019 – nu", "March 2019 – present"),                  # da
    ("Şubat 2019 – devam ediyor", "February 2019 – present"),     # tr, two-word open end
    ("Mac 2019 – kini", "March 2019 – present"),                  # ms
    ("2019年4月 – 現在", "April 2019 – present"),                  # ja, year first
    ("2018年11月 – 至今", "November 2018 – present"),              # zh
    ("2020년 3월 – 현재", "March 2020 – present"),                 # ko
    ("03.2019 – obecnie", "March 2019 – present"),                # pl
    ("01.2020 – d.d.", "January 2020 – present"),                 # no, "dags dato"
    ("01/2022 – dosud", "01/2022 – present"),                     # cs
    ("04/2019 – nay", "04/2019 – present"),                       # vi
    ("maaliskuu 2018 – nyt", "March 2018 – present"),             # fi
    ("lipanj 2016 – danas", "June 2016 – present"),               # hr ("lipanj" is June, not July)
    ("rugsėjo 2015 – dabar", "September 2015 – present"),         # lt, genitive month
    ("Σεπτέμβριος 2014 – σήμερα", "September 2014 – present"),    # el
    ("сентябрь 2013 – настоящее время", "September 2013 – present"),  # ru
    ("tháng 4 năm 2019 – nay", "April 2019 – present"),           # vi, two-word month and its joiner
    ("Kwiecień 2018 – obecnie", "April 2018 – present"),          # pl, capitalised stand-alone form
    ("listopad 2015 – lipanj 2017", "October 2015 – June 2017"),  # hr: "lipanj" votes for Croatian
])
def test_history_dates_in_any_language_read_in_english(line, english):
    assert english_forms(line + "   Engineer") == english + "   Engineer"


@pytest.mark.parametrize("line,english", [
    ("Cost saving ¥3,800万 per year", "Cost saving ¥38 million per year"),     # ja 万 = 10^4
    ("Savings ₩12억 (2023)", "Savings ₩1.2 billion (2023)"),                     # ko 억 = 10^8
    ("Budget 7,2 tỷ đồng", "Budget VND 7.2 billion"),                            # vi, currency by name
    ("Spend USD 46,5 triệu", "Spend USD 46.5 million"),                          # vi
    ("Revenue 18,6 milyon USD", "Revenue USD 18.6 million"),                     # tr, code after
    ("Contract RM 1.26 bilion", "Contract RM 1.26 billion"),                     # ms
    ("Downloads 8,4 milj. latausta", "Downloads 8.4 million latausta"),          # fi
    ("Tax in dispute 86 mil. Kč", "Tax in dispute CZK 86 million"),              # cs "mil." = 10^6
    ("Revenue 9,6 M€", "Revenue €9.6 million"),                                  # pt, letter before €
    ("Проект 4,5 млн руб.", "Проект 4.5 million руб."),                          # ru
])
def test_magnitude_words_of_any_locale(line, english):
    assert english_forms(line) == english


_VN = """NGUYỄN THỊ LAN
Trưởng phòng Tài chính (Finance Manager), Sông Đà Logistics, Hà Nội      04/2019 – nay
• Tiết kiệm chi phí 12,5 tỷ đồng (2024)
"""
_FI = """Senior Gameplay Programmer — Kaamos Games Oy, Tampere     03/2021 – nyt
• 2,4 milj. latausta (downloads)
Gameplay Programmer — Pohjola Interactive Oy, Espoo           08/2017 – 02/2021
"""
_CZ = """Tax Manager — Vltava Advisory Partners s.r.o., Praha       01/2020 – dosud
"""


@pytest.mark.parametrize("resume,sentence,flagged", [
    (_VN, "I have been finance manager at Sông Đà Logistics since April 2017.", True),
    (_VN, "In 2024 my team saved VND 12.5 billion.", False),
    (_VN, "In 2024 my team saved VND 125 billion.", True),
    (_FI, "I have been a senior gameplay programmer at Kaamos Games since March 2021.", False),
    (_FI, "Our game passed 2.4 million downloads.", False),
    (_FI, "As principal gameplay programmer at Kaamos Games I own the combat systems.", True),
    (_FI, "As a staff gameplay programmer at Kaamos Games I own the combat systems.", True),
    (_CZ, "I have been a tax manager at Vltava Advisory Partners since January 2019.", True),
    (_CZ, "I am a partner at Vltava Advisory Partners.", True),
])
def test_sentences_against_cvs_in_their_own_forms(resume, sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(resume, today=TODAY))
    assert bool(flags) is flagged, flags


_AR = """Psicóloga clínica — Clínica Norte S.A., Rosario        abr. 2016 – actualidad
Licenciatura en Psicología — Universidad Nacional de Rosario (UNR), 2005 – 2011
Curso de gestión, 80 h — Asociación Argentina de Medicina Intensiva, 2019
"""
_TR = """Satış Müdürü (Sales Manager), Ege Tekstil A.Ş., İzmir     Şubat 2019 – devam ediyor
Ankara Üniversitesi, İşletme (BA Business Administration), 2010 – 2014
"""
_RO = """Inginer (Engineer), Carpați Construct SRL, Cluj-Napoca      03/2018 – prezent
Universitatea Tehnică din Cluj-Napoca, 2010 – 2015
"""
_ZA = """Investigative Reporter, Karoo Daily News, Cape Town      Mar 2018 – present
- Tender investigation (2023): R12,4 billion in irregular spending reported
"""
_MY = """Quantity Surveyor — Tanjung Bina Sdn. Bhd., Johor Bahru          Mac 2019 – kini
• Projek terbesar: hospital, RM 265 juta (2021 – 2025)
"""
_DK = """Driftsleder (Operations Lead), Vestkyst Havvind A/S, Esbjerg     marts 2020 – nu
- Tilgængelighed (availability) 97,2 % i 2024; kontraktkrav 95,0 %
"""
_JP = """Hoshino Denki Co., Ltd. (星野電機株式会社), Hamamatsu

Senior Design Engineer (主任)                         2018年10月 – 現在
- Inverter control boards for 11 product lines

Design Engineer                                      2012年4月 – 2018年9月

Military service — Japan Ground Self-Defense Force   2008年4月 – 2010年3月
"""
_IT = """Enologo (Winemaker), Cantina Colle Alto, Montepulciano      set. 2016 – oggi
- Produzione: 250.000 bottiglie/anno; 31 ettari
- 4 cantinieri, 2 enologi
"""
_PT = """Diretora de Marketing — Atlântico Hotéis, Porto       05/2020 – presente
  – Reservas diretas: 18 % (2021) → 33 % (2025)
  – Taxa de cliques: 9 % → 3 %
Empresa Lusa Digital, Lisboa
  Gestora de Conteúdos                                  03/2015 – 04/2020
  – 40 campanhas por ano
  Assistente de Marketing                               01/2012 – 02/2015
"""


@pytest.mark.parametrize("resume,sentence,flagged", [
    # an institution in its own language, named in English (cognates on one resume line, wordfreq-foreign words)
    (_AR, "I hold a licenciatura in psychology from the National University of Rosario.", False),
    (_AR, "I trained with the Argentine Association of Intensive Medicine.", False),
    (_AR, "I trained with the Argentine Association of Intensive Nursing.", True),
    (_AR, "I hold a licenciatura in psychology from the National University of Córdoba.", True),
    (_TR, "I studied business administration at Ankara University.", False),
    (_TR, "I studied business administration at Ankara Technical University.", True),
    (_RO, "I graduated from the Technical University of Cluj-Napoca.", False),
    (_RO, "I graduated from the Technical University of Iași.", True),
    (_RO, "I worked at Carpathia Construct.", True),  # a near-miss name is no translation
    # an amount glued to its currency's letters is no name; its figure is still checked
    (_ZA, "Our tender investigation exposed R12.4 billion in irregular spending.", False),
    (_ZA, "Our tender investigation exposed R124 billion in irregular spending.", True),
    (_MY, "The largest was a RM265 million hospital.", False),
    (_MY, "The largest was a RM365 million hospital.", True),
    # a difference of two percentages in words after "a gain of", "a drop of"
    (_PT, "I grew direct bookings from 18% to 33%, a gain of fifteen points.", False),
    (_PT, "I grew direct bookings from 18% to 33%, a gain of twenty points.", True),
    (_PT, "We cut the click rate from 9% to 3%, a drop of six percentage points.", False),
    (_PT, "We cut the click rate from 9% to 3%, a fall of about two-thirds.", False),  # -66.7 %
    (_PT, "We cut the click rate from 9% to 3%, a fall of nearly 90%.", True),
    # a count whose noun the CV writes in its own language, rounded as a stated figure may be
    (_IT, "We produce over 240,000 bottles a year.", False),
    (_IT, "We produce over 300,000 bottles a year.", True),
    # an employer heading over role blocks after a blank line, up to a block naming its own organisation
    (_JP, "I have been a senior design engineer at Hoshino Denki since October 2018.", False),
    (_JP, "I have worked at Hoshino Denki since April 2012.", False),
    (_JP, "I have worked at Hoshino Denki for more than sixteen years.", True),
    # a figure compared with another across a ";" of one resume line
    (_DK, "In 2024 the park reached 97.2% availability, 2.2 points above the 95.0% contract level.", False),
    (_DK, "In 2024 the park reached 97.2% availability, 3.2 points above the 95.0% contract level.", True),
    # roles indented under an employer heading keep it after the bullets of the role above them
    (_PT, "I spent more than eight years at Lusa Digital.", False),  # 01/2012 – 04/2020
    (_PT, "I spent more than ten years at Lusa Digital.", True),
])
def test_native_names_glued_amounts_differences_and_headings(resume, sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(resume, today=TODAY))
    assert bool(flags) is flagged, flags
