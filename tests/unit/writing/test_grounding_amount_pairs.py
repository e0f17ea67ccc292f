"""Table of amount-pair variants (:mod:`careercopilot.writing.grounding.amount_pairs`; session 23, set 19's miss "I
grew restaurant sales from $1.3 million to $4.4 million" for "Grew restaurant sales from $3.1M to $4.4M"): a change
stated in amounts is one claim, so both ends must be a resume pair's, in order.

Written for this file in professions of no blind set (a golf club general manager in Arizona, a coffee farm manager
in Brazil, a fleet manager in Germany, a hospital materials head in India, a county revenue officer in Kenya, a
logistics team lead in Korea, a mine planner in Chile, a coffee roaster in Portugal), each resume line in the form of
set 19's amounts ("$3.1M", "R$ 612/ha para R$ 418/ha", "2,6 Mio. €", "₹2.4 crore", "KSh 84 million", "37억 원", "US$
96/m a US$ 71/m") or of an earlier set's pair (:data:`ROASTERY`). Each
unsupported row alters one end as writers do: the difference of the two ends put in place of one (the increase or
the saving, a figure the numbers check derives from the line), digits swapped, an end inflated, the ends reversed.
``True``: the sentence must get a flag; ``False``: no flag at all (the supported twins: exact, rounded, "about", a
bare first end, another currency spelling, "per hectare" for "/ha"). Today is December 2026.

Old code (before session 23): 10 of the 35 unsupported rows got no flag (seven of the eight reversals and the three
differences that the numbers check derives from the line: "$1.4 million" for 4.1 − 2.7, "R$2.7 million" for 5.9 −
3.2, "€0.30" for 1.10 − 0.80; the other 25 got a ``scale`` flag from the numbers check), and 2 of the 27 supported
rows were flagged ("from $2.7 to $4.1 million": "$2.7" read alone; "from about ₩5 billion": the rounding of 5.2).
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, amount_pairs, check

TODAY = date(2026, 12, 3)

GOLF = """Dana R. Whitcomb
General Manager, Golf Operations
Scottsdale, AZ · (480) 555-0172 · dana.whitcomb@example.com

EXPERIENCE
Saguaro Ridge Golf Club — Scottsdale, AZ
General Manager | May 2019 – Present
• Grew annual green-fee revenue from $2.7M to $4.1M
• Cut turf-maintenance spend from $860K to $640K a year
• Manage a staff of 48 and a $6.5M operating budget
"""

COFFEE = """CURRICULUM VITAE
Eng. Agr. Marcos Vinícius Teles
Gerente de fazenda, cafeicultura
Patrocínio, MG · tel. (34) 99821-4410 · marcos.teles@example.com.br

EXPERIÊNCIA PROFISSIONAL
mar/2018 – atual   Gerente de fazenda, Fazenda Boa Esperança Café Ltda., Patrocínio
 - Custo de colheita de R$ 1.840/ha para R$ 1.260/ha com colheita mecanizada
 - Faturamento de R$ 3,2 milhões para R$ 5,9 milhões (farm revenue)
 - 620 ha de café arábica irrigado
"""

FLEET = """Jana Kowalczyk-Brandt
Fuhrparkleiterin
Bremen · Tel. 0172 5518 204 · j.kowalczyk-brandt@example.de

BERUFSERFAHRUNG
04/2017 – heute   Fuhrparkleiterin, Weser Stadtlogistik GmbH, Bremen
 • Wartungskosten von 1,9 Mio. € auf 1,3 Mio. € gesenkt
 • Flotte von 140 Fahrzeugen
"""

HOSPITAL = """Sandeep Kulkarni
Head – Materials Management
Pune · +91 98220 41736 · sandeep.kulkarni@example.in

EXPERIENCE
Sahyadri Multispeciality Hospitals, Pune | Head – Materials Management | Jul 2016 – till date
• Reduced annual consumables spend from ₹6.8 crore to ₹5.1 crore through rate contracts
• Inventory of 4,200 SKUs across 3 hospitals
"""

COUNTY = """Grace Wanjiru Mwangi
Principal Revenue Officer
Nyahururu · +254 722 318 904 · grace.mwangi@example.co.ke

EXPERIENCE
County Government of Nyandarua — Ol Kalou
Principal Revenue Officer | January 2019 – Present
• Raised own-source revenue from KSh 84 million to KSh 132 million a year
• Supervise 26 revenue clerks
"""

LOGISTICS = """이력서
김서연 (KIM Seo-yeon)
물류팀장 (Logistics team lead)
010-3381-2240 · seoyeon.kim@example.co.kr

경력
2018.07 ~ 현재   한솔물류 주식회사 (Hansol Logistics), 물류팀장
 - 연간 물류비 52억 원 → 37억 원 절감
"""

MINE = """Gonzalo Ibáñez Rojas
Jefe de Planificación Mina
Antofagasta · +56 9 7731 4402 · gonzalo.ibanez@example.cl

EXPERIENCIA
marzo 2017 – a la fecha   Jefe de Planificación Mina, Compañía Minera Los Cóndores, Antofagasta
 • Costo de carguío y transporte de US$ 2,14/t a US$ 1,72/t
"""

#: The pair shapes of the blind sets' resume lines: "B (year), up from A in year" (set 11), two amounts labelled
#: with years (set 12), "de A (2019) a B (2024)" (set 13), "A (2021) → B (2025)" (set 14), words and a bracketed
#: year between A and "to" (set 9).
ROASTERY = """Inês Carvalho Matos
Founder and Managing Director, specialty coffee roastery
Porto · +351 912 448 071 · ines.matos@example.pt

EXPERIENCE
Torra Norte, Lda. — Porto | Founder and Managing Director | March 2016 – Present
• Revenue € 1,9 Mio. (2025), up from € 0,42 Mio. in 2017
• Wholesale revenue: 740.000 € (2025), 180.000 € (2018)
• Cut green-coffee cost per kg from € 7,80 in the 2022 harvest year (2022/23) to € 6,10 in 2025
• Custo de logística de 48.000 € (2019) a 31.000 € (2024) (logistics cost)
• Espresso price per cup: 0,80 € (2016) → 1,10 € (2025)
"""

RESUMES = {"golf": GOLF, "coffee": COFFEE, "fleet": FLEET, "hospital": HOSPITAL, "county": COUNTY,
           "logistics": LOGISTICS, "mine": MINE, "roastery": ROASTERY}

VARIANTS = [
    ("golf", "I grew green-fee revenue from $2.7 million to $4.1 million.", False),
    ("golf", "I grew annual green-fee revenue from about $2.7 million to $4.1 million.", False),
    ("golf", "At Saguaro Ridge I grew green-fee revenue from $2.7M to $4.1M a year.", False),
    ("golf", "I grew green-fee revenue from $2.7 to $4.1 million.", False),
    ("golf", "I cut turf-maintenance spend from $860,000 to $640,000 a year.", False),
    ("golf", "I cut turf-maintenance spend by $220,000 a year, from $860,000 to $640,000.", False),
    ("golf", "I grew green-fee revenue from $1.4 million to $4.1 million.", True),  # the increase
    ("golf", "I grew green-fee revenue from $7.2 million to $4.1 million.", True),
    ("golf", "I grew green-fee revenue from $2.7 million to $4.8 million.", True),
    ("golf", "I grew green-fee revenue from $2.7 to $4.6 million.", True),
    ("golf", "I cut turf-maintenance spend from $860K to $220K a year.", True),  # the saving
    ("golf", "I cut turf-maintenance spend from $640,000 to $860,000.", True),  # reversed
    ("coffee", "I cut harvest cost from R$ 1,840 to R$ 1,260 per hectare.", False),
    ("coffee", "I cut harvest cost from R$1,840/ha to R$1,260/ha by mechanising the harvest.", False),
    ("coffee", "I grew farm revenue from R$3.2 million to R$5.9 million.", False),
    ("coffee", "I cut harvest cost from R$1,840/ha to R$580/ha.", True),
    ("coffee", "I cut harvest cost from R$1,480/ha to R$1,260/ha.", True),
    ("coffee", "I cut harvest cost from R$1,260 to R$1,840 per hectare.", True),
    ("coffee", "I grew farm revenue from R$2.7 million to R$5.9 million.", True),
    ("coffee", "I grew farm revenue from R$3.2 million to R$9.5 million.", True),
    ("fleet", "I cut fleet maintenance costs from €1.9 million to €1.3 million.", False),
    ("fleet", "I cut maintenance costs from 1.9 million euros to 1.3 million euros.", False),
    ("fleet", "I cut fleet maintenance costs from €1.9 million to €0.6 million.", True),
    ("fleet", "I cut fleet maintenance costs from €2.6 million to €1.3 million.", True),
    ("fleet", "I cut fleet maintenance costs from €1.3 million to €1.9 million.", True),
    ("hospital", "I reduced annual consumables spend from ₹6.8 crore to ₹5.1 crore.", False),
    ("hospital", "I reduced consumables spend from ₹68 million to ₹51 million a year.", False),
    ("hospital", "I reduced annual consumables spend from ₹6.8 crore to ₹1.7 crore.", True),
    ("hospital", "I reduced annual consumables spend from ₹8.6 crore to ₹5.1 crore.", True),
    ("hospital", "I reduced consumables spend from ₹5.1 crore to ₹6.8 crore.", True),
    ("county", "I raised own-source revenue from KSh 84 million to KSh 132 million a year.", False),
    ("county", "I raised own-source revenue from KSh 84m to KSh 132m.", False),
    ("county", "I raised own-source revenue from KSh 48 million to KSh 132 million.", True),
    ("county", "I raised own-source revenue from KSh 84 million to KSh 216 million.", True),
    ("county", "I raised own-source revenue from KSh 132 million to KSh 84 million.", True),
    ("logistics", "I cut annual logistics costs from ₩5.2 billion to ₩3.7 billion.", False),
    ("logistics", "I cut annual logistics costs from 5.2 billion won to 3.7 billion won.", False),
    ("logistics", "I cut annual logistics costs from about ₩5 billion to ₩3.7 billion.", False),
    ("logistics", "I cut annual logistics costs from ₩5.2 billion to ₩1.5 billion.", True),
    ("logistics", "I cut annual logistics costs from ₩2.5 billion to ₩3.7 billion.", True),
    ("logistics", "I cut annual logistics costs from ₩5.2 billion to ₩7.3 billion.", True),
    ("mine", "I cut load-and-haul cost from US$2.14 to US$1.72 per tonne.", False),
    ("mine", "I cut load-and-haul cost from US$ 2.14/t to US$ 1.72/t.", False),
    ("mine", "I cut load-and-haul cost from US$2.14/t to US$0.42/t.", True),
    ("mine", "I cut load-and-haul cost from US$2.41 to US$1.72 per tonne.", True),
    ("mine", "I cut load-and-haul cost from US$1.72 to US$2.14 per tonne.", True),
    ("mine", "I cut load-and-haul cost by about 20%, from US$2.14 to US$1.72 per tonne.", False),
    ("roastery", "I grew revenue from €420,000 in 2017 to €1.9 million in 2025.", False),
    ("roastery", "I grew revenue to €1.9 million, up from €0.42 million in 2017.", False),
    ("roastery", "I grew wholesale revenue from €180,000 to €740,000.", False),
    ("roastery", "I cut green-coffee cost from €7.80 to €6.10 per kg.", False),
    ("roastery", "I cut logistics cost from €48,000 to €31,000.", False),
    ("roastery", "We raised the espresso price from €0.80 to €1.10 a cup.", False),
    ("roastery", "I grew revenue from €0.42 million to €1.48 million.", True),
    ("roastery", "I grew revenue from €240,000 to €1.9 million.", True),
    ("roastery", "I grew wholesale revenue from €180,000 to €560,000.", True),
    ("roastery", "I grew wholesale revenue from €740,000 to €180,000.", True),
    ("roastery", "I cut green-coffee cost from €7.80 to €1.70 per kg.", True),
    ("roastery", "I cut logistics cost from €48,000 to €17,000.", True),
    ("roastery", "I cut logistics cost from €84,000 to €31,000.", True),
    ("roastery", "We raised the espresso price from €0.30 to €1.10 a cup.", True),
    ("roastery", "We raised the espresso price from €1.10 to €0.80 a cup.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", VARIANTS)
def test_amount_pair_variants(resume, sentence, flagged):
    flags = [(f.kind, f.text) for f in check(sentence, SourceFacts.from_texts(RESUMES[resume], today=TODAY))]
    if flagged:
        assert flags
    else:
        assert not flags, flags


def test_pairs_read_the_ends_with_magnitudes_and_the_cv_languages_connectors():
    [p] = amount_pairs.pairs("Grew restaurant sales from $3.1M to $4.4M", line=True)
    assert (p.a.value, p.b.value, p.a.step) == (3.1e6, 4.4e6, 1e5)
    [p] = amount_pairs.pairs("Custo de defensivos de R$ 612/ha para R$ 418/ha", line=True)
    assert (p.a.value, p.b.value, p.a.currency) == (612, 418, "BRL")
    [p] = amount_pairs.pairs("Kosten van € 11,800 naar € 8,900 per meter", line=True)
    assert (p.a.value, p.b.value) == (11800, 8900)
    # plain figures are :mod:`.changes`' ("from 9.5 to 13 covers"), and "de … para" is read in resume lines only
    assert amount_pairs.pairs("Raised productivity from 9.5 to 13 covers per labor hour") == []
    assert amount_pairs.pairs("I cut costs de R$ 612/ha para R$ 418/ha") == []


def test_a_pair_sharing_no_end_with_a_resume_pair_is_left_to_the_numbers_check():
    lines = ["Grew restaurant sales from $3.1M to $4.4M"]
    assert amount_pairs.unsupported("I grew catering sales from $0.8 million to $1.9 million.", lines) == []
    [(s, e)] = amount_pairs.unsupported("I grew restaurant sales from $1.3 million to $4.4 million.", lines)
    assert "I grew restaurant sales from $1.3 million to $4.4 million."[s:e] == "$1.3 million"
