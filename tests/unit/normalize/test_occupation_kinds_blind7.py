"""Occupation kinds the issue-11 blind7 run showed (session 19), each a table of real variants
(US city/county/school-district title conventions after the ICMA and NACo department lists, O*NET
alternate and reported titles, the issue-11 postings) with neighbouring titles that must keep
their reading:

1. public-sector department heads and officials are read by the department they head (g06 "Director
   of Public Works / County Engineer" read as a chief executive: policy/program);
2. C-suite titles by the function they head ("Chief Revenue Officer" is sales, read as finance;
   "CNO", "CIO", "CISO" were read as chief executives and "CHRO" as nothing);
3. one title in any word order ("Engineering Director" was an engineering manager and "Director of
   Engineering" software engineering; "Planning Director" had no family);
4. the foreman or superintendent of a trade, the trade named in another segment (g04 "General
   Foreman - Electrical", "General Foreman (Inside Wireman)" read as construction), and the
   functions a supervisor or manager leads that the function table missed ("Bar Supervisor",
   "Preconstruction Manager", "Manager, Data Science & Analytics").
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.occupations import infer_occupation

PUBLIC_HEADS = [
    ("Director of Public Works", "engineering_architecture"),             # policy_program (chief executives)
    ("Public Works Director", "engineering_architecture"),                # policy_program
    ("Director of Public Works / County Engineer", "engineering_architecture"),
    ("Public Works Commissioner", "engineering_architecture"),            # policy_program
    ("Director of Public Works and Utilities", "engineering_architecture"),  # construction
    ("Director of Utilities", "engineering_architecture"),                # construction
    ("Utilities Director", "engineering_architecture"),                   # policy_program
    ("Superintendent of Utilities", "engineering_architecture"),          # construction (foremen)
    ("Director of Water Resources", "engineering_architecture"),          # human_resources ("resources")
    ("Deputy Director of Engineering Services", "engineering_architecture"),  # policy_program (posting)
    ("Town Engineer", "engineering_architecture"),
    ("Engineer-in-Charge", "engineering_architecture"),                   # manufacturing (posting)
    ("Deputy Engineer-in-Charge, Southeast Queens", "engineering_architecture"),  # manufacturing (posting)
    ("Planning Director", "engineering_architecture"),                    # None (military officers)
    ("Superintendent of Water and Sewer Systems", "construction"),        # policy_program (posting)
    ("Water Superintendent", "construction"),                             # policy_program
    ("Street Superintendent", "construction"),                            # policy_program
    ("Chief of Police", "public_safety"),                                 # administrative ("police" → secretaries)
    ("Deputy Chief of Police", "public_safety"),                          # administrative
    ("Police Commissioner", "public_safety"),                             # policy_program
    ("Undersheriff", "public_safety"),                                    # None
    ("Fire Commissioner", "public_safety"),                               # policy_program
    ("Director of Corrections", "public_safety"),
    ("Director of Human Services", "social_work"),                        # human_resources
    ("Health and Human Services Director", "social_work"),                # administrative
    ("Director of Library Services", "education"),                        # administrative (library assistants)
    ("Director of Libraries", "education"),                               # policy_program
    ("Airport Director", "logistics_supply_chain"),                       # administrative (health managers)
    ("Superintendent of Schools", "education"),                           # policy_program
    ("Assistant Superintendent of Schools", "education"),                 # policy_program
    ("Assistant Principal", "education"),                                 # administrative ("Assistant")
    ("Vice Principal", "education"),
    ("Deputy Principal", "education"),                                    # public_safety
    ("Assistant Principal - High School", "education"),
    ("Clerk of Court", "administrative"),                                 # policy_program (managers n.e.c.)
    ("Clerk of the Circuit Court", "administrative"),                     # legal
    ("Clerk of Courts", "administrative"),                                # policy_program
    ("Register of Deeds", "administrative"),
    ("County Assessor", "finance_accounting"),                            # sales (real-estate appraisers)
    ("CITY ASSESSOR", "finance_accounting"),                              # sales (posting)
    ("Tax Assessor", "finance_accounting"),                               # sales
    ("City Manager", "policy_program"),                                   # finance_accounting
    ("Town Manager", "policy_program"),                                   # science_lab (farm managers)
    ("City Administrator", "policy_program"),                             # it_infrastructure
    ("County Administrator", "policy_program"),                           # it_infrastructure
    ("DPW Director", "engineering_architecture"),                         # administrative
    ("Dir. of Public Works", "engineering_architecture"),                 # policy_program
    ("Assistant Superintendent, Business Services", "finance_accounting"),  # policy_program (g14's target)
    ("Associate Registrar", "education"),                                 # allied_health (medical registrars)
    # already right, must stay
    ("County Engineer", "engineering_architecture"),
    ("City Engineer", "engineering_architecture"),
    ("Police Chief", "public_safety"),
    ("Fire Chief", "public_safety"),
    ("Fire Marshal", "public_safety"),
    ("Sheriff", "public_safety"),
    ("Director of Finance", "finance_accounting"),
    ("Finance Director", "finance_accounting"),
    ("City Treasurer", "finance_accounting"),
    ("Comptroller", "finance_accounting"),
    ("Bursar", "finance_accounting"),
    ("Registrar", "education"),
    ("Provost", "education"),
    ("Vice Provost", "education"),
    ("Dean of Students", "education"),
    ("School Superintendent", "education"),
    ("Principal", "education"),
    ("Director of Parks and Recreation", "hospitality"),
    ("Parks and Recreation Director", "hospitality"),
    ("Director of Emergency Management", "public_safety"),
    ("County Clerk", "administrative"),
    ("City Attorney", "legal"),
    ("Building Official", "construction"),
    ("Superintendent", "construction"),
    ("Construction Superintendent", "construction"),
    ("Superintendent of Construction", "construction"),
    ("Director of Transportation", "logistics_supply_chain"),
    ("Principal Engineer", "software_engineering"),
    ("Principal Planner", "engineering_architecture"),
    ("Assistant Principal Planner", "engineering_architecture"),
    ("Director of Infrastructure and Support", "it_infrastructure"),
    ("Deputy Director, Partnerships and Communications", "marketing_communications"),
]

C_SUITE = [
    ("Chief Revenue Officer", "sales"),                                   # finance_accounting (posting)
    ("Chief Revenue Officer (CRO)", "sales"),                             # finance_accounting
    ("EVP & Chief Revenue Officer", "sales"),                             # finance_accounting
    ("Senior Vice President, Chief Revenue Officer", "sales"),            # finance_accounting
    ("Chief Legal Officer & Corporate Secretary", "legal"),               # administrative
    ("VP, Revenue", "sales"),                                             # finance_accounting
    ("Head of Revenue", "sales"),                                         # finance_accounting
    ("SVP Revenue", "sales"),                                             # finance_accounting
    ("Chief Commercial Officer", "sales"),                                # marketing_communications
    ("Chief Risk Officer", "finance_accounting"),
    ("Chief Investment Officer", "finance_accounting"),
    ("Chief Learning Officer", "human_resources"),                        # education (school "learning")
    ("Chief Diversity Officer", "human_resources"),
    ("Chief Customer Officer", "customer_support"),                       # administrative (office supervisors)
    ("Chief Experience Officer", "customer_support"),                     # None
    ("Chief Academic Officer", "education"),                              # None
    ("Chief Advancement Officer", "marketing_communications"),            # None (fund-raising)
    ("CNO", "nursing"),                                                   # policy_program (chief executives)
    ("CIO", "it_infrastructure"),                                         # policy_program
    ("CHRO", "human_resources"),                                          # None
    ("CISO", "it_infrastructure"),                                        # policy_program
    ("Head of Partnerships", "sales"),                                    # hospitality
    ("Director of Partnerships", "sales"),                                # policy_program
    ("Head of Food Services", "hospitality"),
    ("Director of Food Services", "hospitality"),                         # social_work
    ("Food Services Director", "hospitality"),                            # administrative
    ("Policy Lead", "policy_program"),                                    # administrative
    # already right, must stay
    ("Chief Financial Officer", "finance_accounting"),
    ("CFO", "finance_accounting"),
    ("Chief Marketing Officer", "marketing_communications"),
    ("CMO", "marketing_communications"),
    ("Chief Nursing Officer", "nursing"),
    ("Chief Information Officer", "it_infrastructure"),
    ("Chief Technology Officer", "software_engineering"),
    ("CTO", "software_engineering"),
    ("Chief Human Resources Officer", "human_resources"),
    ("Chief People Officer", "human_resources"),
    ("Chief Legal Officer", "legal"),
    ("Chief Operating Officer", "policy_program"),
    ("Chief Sales Officer", "sales"),
    ("Chief Data Officer", "data_analysis"),
    ("Chief Information Security Officer", "it_infrastructure"),
    ("Chief Medical Officer", "allied_health"),
    ("Chief Compliance Officer", "policy_program"),
    ("Executive Assistant to the Chief Revenue Officer", "administrative"),  # the boss's title names no function
    ("Executive Assistant to the CEO", "administrative"),
    ("Director of Revenue", "finance_accounting"),  # a city's tax collection
    ("Revenue Director", "finance_accounting"),
    ("Director of Revenue Cycle", "finance_accounting"),
    ("VP Sales", "sales"),
    ("Director of Business Development", "sales"),
    ("Head of Development", "human_resources"),
]

TRADES_AND_LEADERS = [
    ("General Foreman - Electrical", "skilled_trades"),                   # construction
    ("General Foreman (Inside Wireman)", "skilled_trades"),               # construction
    ("Electrical Superintendent", "skilled_trades"),                      # policy_program
    ("Foreman, Plumbing", "skilled_trades"),                              # construction
    ("Superintendent - Electrical", "skilled_trades"),                    # policy_program
    ("General Foreman (Master Electrician)", "skilled_trades"),          # construction (blind2 b05)
    ("Foreman (Plumber)", "skilled_trades"),                              # construction
    ("Supervisor (Registered Nurse)", "nursing"),                         # administrative (health managers)
    ("Sheet Metal Foreman", "skilled_trades"),                            # construction
    ("Bar Supervisor (casual)", "hospitality"),                           # manufacturing (production supervisors)
    ("Bar Supervisor", "hospitality"),                                    # manufacturing
    ("Bar Lead", "hospitality"),
    ("Preconstruction Manager", "construction"),                          # science_lab (farm managers)
    ("Cost Estimating Manager", "construction"),                          # administrative (posting)
    ("Manager, Data Science & Analytics", "data_analysis"),               # software_engineering
    ("Manager, Corporate Vertical Sales", "sales"),                       # policy_program (posting)
    ("Supervisor, Customer Service", "customer_support"),                 # sales
    ("Planning Team Leader", "engineering_architecture"),                 # policy_program (posting)
    ("Manager, Retail Pharmacy", "allied_health"),                       # sales (posting)
    ("Head of ISV and Tech Alliances", "sales"),                          # hospitality (posting)
    ("VP Ecommerce", "marketing_communications"),                         # policy_program (posting)
    ("Front of House", "hospitality"),                                    # manufacturing (posting)
    ("Front of House Manager", "hospitality"),
    ("Cleaning Personnel", "hospitality"),                                # human_resources (posting)
    # already right, must stay
    ("General Foreman", "construction"),
    ("Electrical Foreman", "skilled_trades"),
    ("Plumbing Supervisor", "skilled_trades"),
    ("Master Electrician", "skilled_trades"),
    ("Foreperson, Commuter Rail", "skilled_trades"),
    ("Team Lead", "education"),
    ("Engineering Manager, Mechanical", "engineering_architecture"),
    ("Estimator - Commercial Construction", "construction"),
]


@pytest.mark.parametrize(("title", "family"), PUBLIC_HEADS + C_SUITE + TRADES_AND_LEADERS)
def test_family_of_heads_and_officials(title, family):
    assert infer_occupation(title).family == family, infer_occupation(title)


#: One title in any word order: "X Director" = "Director of X" = "Director, X" = "Head of X" =
#: "VP X" = "X Lead" (functions whose executive sense differs — revenue — are C_SUITE rows).
ORDER_FUNCTIONS = ["Engineering", "Sales", "Marketing", "Finance", "Nursing", "Human Resources", "Product", "Design",
                   "Analytics", "IT", "Legal", "Customer Success", "Public Works", "Parks and Recreation", "Planning",
                   "Utilities", "Water Resources", "Human Services", "Library Services", "Procurement", "Pharmacy",
                   "Admissions", "Food Services", "Partnerships", "Policy", "Compliance", "Research"]
ORDER_SHAPES = ["{f} Director", "Director, {f}", "Senior Director of {f}", "Head of {f}", "VP {f}", "VP of {f}",
                "Vice President, {f}", "{f} Lead", "{f} VP"]


@pytest.mark.parametrize("function", ORDER_FUNCTIONS)
def test_word_order_keeps_the_family(function):
    want = infer_occupation(f"Director of {function}").family
    assert want is not None
    got = {shape.format(f=function): infer_occupation(shape.format(f=function)).family for shape in ORDER_SHAPES}
    assert all(f == want for f in got.values()), (want, got)


def test_level_stays_the_titles():
    """The department decides the family only: the level is still the title's own."""
    assert infer_occupation("Director of Public Works").level == "executive"
    assert infer_occupation("Chief Revenue Officer").level == "executive"
    assert infer_occupation("City Engineer").level == "executive"  # the department's head (``level_offices``)


def test_public_official_titles_are_keyed_by_lookup_forms():
    """Every key is what ``normalize_title`` makes of some title (a key with a level word could
    never be looked up), and every department and officer code has a family."""
    from careercopilot.normalize.occupation_heads import EXECUTIVE_FUNCTIONS, PUBLIC_DEPARTMENTS, PUBLIC_OFFICIAL_TITLES
    from careercopilot.normalize.occupations import family_of, normalize_title

    for key in PUBLIC_OFFICIAL_TITLES:
        assert normalize_title(key) == key, key
    for table in (PUBLIC_OFFICIAL_TITLES, PUBLIC_DEPARTMENTS, EXECUTIVE_FUNCTIONS):
        assert all(family_of(code) for code in table.values())
