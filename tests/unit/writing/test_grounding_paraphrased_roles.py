"""Durations of a role the sentence names by paraphrase (session 25, ground61; set 21's date misses): an owner's
business ("owned my own reporting firm" for "Owner / Freelance Certified Reporter"), a ranked title without an article
at an employer ("head guide at Olare Ridge"), a function done ("inspected apiaries for the state" for "Regional Apiary
Inspector"), a leading post by its function ("run the water treatment plant" for "Chief Operator"), a grade glossed
beside a title in another language ("a journeyman joiner" for "Tischlergeselle (journeyman)"), an employer after a
rename, and "first as X and now as Y". Each row: the sentence, and whether a ``date`` flag is due (unsupported) or not.
Rows failing on main's code before this change: see the session report (counted by running this table there).
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

RESUMES = {
    # ownership marked on the employer line and in the title: Mar 2018 – Dec 2026 = 8 y 9 m
    "reporter": """JANE Q. ORTEGA-LINDQVIST
Certified Reporter — Depositions and Captioning
Tucson, AZ · (520) 555-0142 · jane.ortega@example.com

EXPERIENCE
Mesa Verbatim LLC (own firm) — Tucson, AZ
Owner / Freelance Certified Reporter | March 2018 – Present
• Depositions and arbitrations for 5 law firms
Desert Court Reporters — Phoenix, AZ
Staff Court Reporter | September 2011 – February 2018
• Depositions for civil defence firms

EDUCATION
A.A.S., Court Reporting, GateWay Community College, 2011
""",
    # a proprietor after years as another employer's pastry chef: Jun 2020 – Dec 2026 = 6 y 6 m
    "baker": """TOMAS B. HALVORSEN
Pastry Chef and Bakery Owner
Halifax, NS · tomas.halvorsen@example.com

EXPERIENCE
Harbour Street Bakery — Halifax, NS
Proprietor | June 2020 – Present
• 6 staff; wholesale bread for 14 cafés
Riverside Café — Halifax, NS
Pastry Chef | May 2012 – May 2020
• Laminated doughs and plated desserts
""",
    # a German master joiner: owner since 04.2016 (10 y 8 m), journeyman 09.2008 – 03.2016 (7 y 7 m)
    "joiner": """Lukas Becker
Tischlermeister (master joiner)
Kassel · lukas.becker@example.de

BERUFSERFAHRUNG (EXPERIENCE)
Tischlerei Becker (eigener Betrieb / own business) — Kassel
Inhaber und Tischlermeister | 04.2016 – heute
• 3 Gesellen, 1 Auszubildender
Möbelwerk Nord GmbH — Kassel
Tischlergeselle (journeyman) | 09.2008 – 03.2016
Ausbildung (apprenticeship), Tischler | 08.2005 – 08.2008
""",
    # a chief operator promoted at one utility: Jul 2019 – Dec 2026 = 7 y 5 m; at the utility since Apr 2013
    "water": """NAOMI ATTAKAI
Chief Operator — Water Treatment
Fairbanks, AK · naomi.attakai@example.com

EXPERIENCE
Chena Utilities Cooperative — Fairbanks, AK
Chief Operator, Water Treatment Plant | July 2019 – Present
• Run a 6 MGD conventional filtration plant; 7 operators on rotating shifts
Operator III | April 2013 – June 2019
City of North Pole Public Works — North Pole, AK
Operator I | September 2009 – March 2013
""",
    # an inspector for a state agency after running a honey farm's apiaries: Mar 2018 – Dec 2026 = 8 y 9 m
    "bees": """WINSTON McCRACKEN
Regional Apiary Inspector
Asheville, NC · w.mccracken@example.com

EXPERIENCE
NC Department of Agriculture, Apiary Services — Raleigh, NC
Regional Apiary Inspector (Western Region) | March 2018 – Present
• Inspect ~1,900 colonies a year in 18 western counties
Blue Ridge Honey Company — Hendersonville, NC
Apiary Manager | April 2012 – February 2018
• 600 colonies; queen rearing and pollination contracts
""",
    # a lead crane operator at an employer renamed in 2017: lead since 05.2018 (8 y 7 m), there since 09.2010
    "crane": """ERIK SOLHEIM
Lead Crane Operator
Stavanger · erik.solheim@example.no

EXPERIENCE
NordSea Lifting Services AS (formerly Rogaland Kranservice AS; renamed 2017) — Stavanger
Lead Crane Operator | 05.2018 – present
• Lead 4 crane operators and 6 riggers
Crane Operator | 09.2010 – 04.2018
Bergen Lift og Rigg AS — Bergen
Rigger / Banksman | 06.2006 – 08.2010
""",
    # an employed plumber: no ownership anywhere (2012 – present)
    "plumber": """DANA K. WOJCIK
Licensed Plumber
Dayton, OH · dana.wojcik@example.com

EXPERIENCE
Acme Plumbing & Heating — Dayton, OH
Plumber | 2012 – Present
• Residential service and repipes
""",
    # a freelance translator since Mar 2016 (10 y 9 m) after an in-house post
    "translator": """MARIE VAN DAMME
Freelance Translator (FR/NL/EN)
Ghent · marie.vandamme@example.be

EXPERIENCE
Van Damme Translations — Ghent
Freelance Translator (self-employed) | March 2016 – Present
• Legal and technical translation for 40 agencies and firms
Lingua Services NV — Antwerp
In-house Translator | September 2010 – February 2016
""",
    # a firm's head and an eponymous firm, no owner word: owners, maybe (2017 – present; 2015 – present)
    "architect": """ELENA ROWE
Architect
Portland, OR · elena.rowe@example.com

EXPERIENCE
Rowe Design Studio — Portland, OR
Principal | 2017 – Present
• Residential and small commercial projects
Cascade Architects — Portland, OR
Project Architect | 2010 – 2016
""",
    "carpenter": """Ola Halvorsen
Carpenter
Bergen · ola.halvorsen@example.no

EXPERIENCE
Halvorsen Snekkeri — Bergen
Carpenter | 2015 – Present
• Kitchens and staircases
""",
    # a contractor: on their own account, maybe (2016 – present)
    "contractor": """SAM OKAFOR
Electrical Contractor
Tulsa, OK · sam.okafor@example.com

EXPERIENCE
Green Country Electric — Tulsa, OK
Electrical Contractor | 2016 – Present
• Residential rewiring and panel upgrades
""",
    # a product manager: "owned" a product, no business
    "pm": """PRIYA NAIR
Senior Product Manager
Seattle, WA · priya.nair@example.com

EXPERIENCE
Shopwise Inc. — Seattle, WA
Senior Product Manager, Checkout | January 2022 – Present
• Own the checkout roadmap for 3 squads
Product Manager | June 2019 – December 2021
""",
}

# (resume, sentence, flagged)
ROWS = [
    # owner / proprietor / freelance / self-employed
    ("reporter", "I have owned my own reporting firm for more than ten years.", True),
    ("reporter", "I have owned my own reporting firm for more than eight years.", False),
    ("reporter", "I have run my own business for nearly nine years.", False),
    ("reporter", "I have run my own business for more than twelve years.", True),
    ("reporter", "I have been self-employed for more than ten years.", True),
    ("reporter", "I have been self-employed for more than eight years.", False),
    ("baker", "I have run my own bakery for more than ten years.", True),
    ("baker", "I have run my own bakery for over six years.", False),
    ("baker", "I have owned Harbour Street Bakery for more than nine years.", True),
    ("baker", "I have owned Harbour Street Bakery for over six years.", False),
    ("joiner", "I have run my own joinery for more than twelve years.", True),
    ("joiner", "I have run my own joinery for more than ten years.", False),
    ("translator", "I have worked for myself for more than twelve years.", True),
    ("translator", "I have worked for myself for more than ten years.", False),
    ("translator", "I have been a freelancer for more than thirteen years.", True),
    # no ownership anywhere on the resume: no span for it
    ("plumber", "I have run my own plumbing business for more than five years.", True),
    ("plumber", "I have been self-employed for over ten years.", True),
    ("plumber", "I have worked as a plumber for more than fourteen years.", False),
    ("architect", "I have run my own design studio for more than eight years.", False),
    ("carpenter", "I have run my own carpentry business for more than ten years.", False),
    ("contractor", "I have been self-employed for more than nine years.", False),
    # "owned" a product, no business: not an owner's claim
    ("pm", "I have owned the checkout roadmap for almost five years.", False),
    # a ranked title without an article, at the employer ("head guide at Olare Ridge")
    ("water", "I have been chief operator at Chena for more than nine years.", True),
    ("water", "I have been chief operator at Chena for more than seven years.", False),
    ("crane", "I have been lead crane operator at NordSea for more than ten years.", True),
    ("crane", "I have been lead crane operator at NordSea for more than eight years.", False),
    # a leading post by its function
    ("water", "I have run the water treatment plant for more than nine years.", True),
    ("water", "I have run the water treatment plant for more than seven years.", False),
    ("crane", "I have led the crane crew at NordSea for more than ten years.", True),
    ("crane", "I have led the crane crew at NordSea for more than eight years.", False),
    # the role named by its employer only
    ("baker", "I have been with Harbour Street Bakery for more than eight years.", True),
    ("baker", "I have been with Harbour Street Bakery for more than six years.", False),
    # a function done, for an employer named by paraphrase
    ("bees", "I have inspected apiaries for the state for more than ten years.", True),
    ("bees", "I have inspected apiaries for the state for more than eight years.", False),
    # a grade glossed beside a title in another language
    ("joiner", "I spent more than ten years as a journeyman joiner.", True),
    ("joiner", "I spent more than seven years as a journeyman joiner.", False),
    # an employer after a rename, and "first as X and now as Y"
    ("crane", "I have worked for Rogaland Kranservice for more than sixteen years.", False),
    ("crane", "I have worked for Rogaland Kranservice for more than eighteen years.", True),
    ("water", "I have been at Chena for more than thirteen years, first as an operator and now as chief operator.", False),
    ("water", "I have been at Chena for more than fifteen years, first as an operator and now as chief operator.", True),
]


@pytest.fixture(scope="module")
def facts():
    return {name: SourceFacts.from_texts(text, today=TODAY) for name, text in RESUMES.items()}


@pytest.mark.parametrize(("resume", "sentence", "flagged"), ROWS, ids=[f"{r}-{i}" for i, (r, _, _) in enumerate(ROWS)])
def test_a_paraphrased_role_duration_is_checked_against_that_role(facts, resume, sentence, flagged):
    dates = [f for f in check(sentence, facts[resume]) if f.kind == "date"]
    assert bool(dates) == flagged, [(f.kind, f.text) for f in check(sentence, facts[resume])]
