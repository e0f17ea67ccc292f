"""Occupation families (data of ``normalize.occupations``): :data:`FAMILY_RULES` (O*NET-SOC
prefix → this project's family), :data:`SHARED_WORK` / :func:`work_relation` (families that share
work: scoring), :data:`ADJACENT` (fields a person moves between keeping their rung: level reading),
:data:`FAMILIES`, :data:`FAMILY_LABELS` (words shown to users) and :data:`FAMILY_BOARDS` (where
a family's postings are found). Families follow the published issue-11 definitions
(``benchmarks/data/issue11/families.md``); the grouping is this project's, of the SOC 2018
structure (BLS). Data and one relation; ``normalize.occupations`` re-exports the tables it uses."""

from __future__ import annotations

#: (SOC prefix, family): the longest matching prefix of an O*NET-SOC code wins.
FAMILY_RULES: tuple[tuple[str, str], ...] = (
    ("11-", "policy_program"), ("11-2011", "marketing_communications"), ("11-2021", "marketing_communications"), ("11-2022", "sales"),
    ("11-2032", "marketing_communications"), ("11-2033", "marketing_communications"), ("11-3012", "administrative"), ("11-3013", "administrative"),
    ("11-3021", "software_engineering"), ("11-3031", "finance_accounting"), ("11-3051", "manufacturing"), ("11-3061", "logistics_supply_chain"),
    ("11-3071", "logistics_supply_chain"), ("11-3111", "human_resources"), ("11-3121", "human_resources"), ("11-3131", "human_resources"), ("11-9013", "science_lab"),
    ("11-9021", "construction"), ("11-903", "education"), ("11-9041", "engineering_architecture"), ("11-9051", "hospitality"),
    ("11-9071", "hospitality"), ("11-9072", "hospitality"), ("11-9081", "hospitality"),
    ("11-9111", "administrative"), ("11-9121", "science_lab"), ("11-9141", "sales"), ("11-9151", "social_work"),
    ("11-9161", "public_safety"), ("11-9179", "hospitality"),
    ("13-1", "policy_program"), ("13-1020", "logistics_supply_chain"), ("13-1021", "logistics_supply_chain"), ("13-1022", "logistics_supply_chain"),
    ("13-1023", "logistics_supply_chain"), ("13-1031", "finance_accounting"), ("13-1032", "finance_accounting"), ("13-1041", "policy_program"),
    ("13-1051", "construction"), ("13-1071", "human_resources"), ("13-1074", "human_resources"), ("13-1075", "human_resources"), ("13-1081", "logistics_supply_chain"),
    ("13-1082", "policy_program"), ("13-1121", "hospitality"), ("13-1131", "marketing_communications"), ("13-114", "human_resources"),
    ("13-1151", "education"), ("13-1161", "marketing_communications"), ("13-2", "finance_accounting"), ("13-2053", "finance_accounting"),
    ("13-2020", "sales"), ("13-2023", "sales"),
    ("15-1", "software_engineering"), ("15-1211", "it_infrastructure"), ("15-1212", "it_infrastructure"), ("15-123", "it_infrastructure"), ("15-124", "it_infrastructure"),
    ("15-1242", "it_infrastructure"), ("15-1243", "software_engineering"), ("15-1255", "design_ux"), ("15-1299.02", "data_analysis"),
    ("15-1299.04", "it_infrastructure"), ("15-1299.05", "it_infrastructure"), ("15-1299.06", "it_infrastructure"), ("15-1299.07", "data_analysis"),
    ("15-1299.09", "policy_program"), ("15-2", "data_analysis"), ("15-2011", "finance_accounting"),
    ("17-", "engineering_architecture"),
    ("19-", "science_lab"), ("19-3031", "social_work"), ("19-3033", "social_work"), ("19-3034", "social_work"),
    ("19-3011", "data_analysis"), ("19-3022", "marketing_communications"),
    ("21-", "social_work"), ("23-", "legal"), ("25-", "education"), ("25-4", "education"),
    ("27-1", "design_ux"), ("27-2", "marketing_communications"), ("27-3", "marketing_communications"), ("27-3031", "marketing_communications"), ("27-4", "marketing_communications"),
    ("29-1", "allied_health"), ("29-1141", "nursing"), ("29-1151", "nursing"), ("29-1161", "nursing"),
    ("29-1171", "nursing"), ("29-1051", "allied_health"), ("29-112", "allied_health"), ("29-1122", "allied_health"),
    ("29-1123", "allied_health"), ("29-1124", "allied_health"), ("29-1125", "allied_health"),
    ("29-1126", "allied_health"), ("29-1127", "allied_health"), ("29-1128", "allied_health"),
    ("29-1129", "allied_health"), ("29-1031", "allied_health"), ("29-1292", "allied_health"),
    ("29-2", "allied_health"), ("29-2052", "allied_health"), ("29-2061", "nursing"),
    ("29-2098", "administrative"), ("29-9", "allied_health"),
    ("31-1", "allied_health"), ("31-1131", "nursing"), ("31-2", "allied_health"), ("31-9", "allied_health"),
    ("33-", "public_safety"), ("35-", "hospitality"), ("37-", "skilled_trades"), ("39-", "hospitality"),
    ("39-9011", "education"), ("39-9031", "hospitality"), ("39-7", "hospitality"), ("39-6", "hospitality"),
    ("41-", "sales"), ("41-1011", "sales"), ("41-2", "sales"), ("41-9041", "customer_support"),
    ("43-", "administrative"), ("43-3", "finance_accounting"), ("43-3071", "finance_accounting"), ("43-4051", "customer_support"),
    ("43-4081", "hospitality"), ("43-4181", "hospitality"), ("43-5", "logistics_supply_chain"), ("43-5031", "public_safety"),
    ("43-4161", "human_resources"),
    ("45-", "science_lab"), ("47-", "construction"), ("47-2111", "skilled_trades"), ("47-2152", "skilled_trades"),
    ("47-2031", "skilled_trades"), ("47-2211", "skilled_trades"), ("47-2221", "skilled_trades"), ("47-2181", "skilled_trades"),
    ("47-2141", "skilled_trades"), ("47-2044", "skilled_trades"), ("47-2021", "skilled_trades"), ("47-2121", "skilled_trades"),
    ("47-2131", "skilled_trades"), ("47-2151", "skilled_trades"),
    # Installers and repairers of SOC 47 who practise a trade (families.md: the trades install and repair;
    # construction holds managers, estimators, inspectors, laborers and equipment operators): floor layers
    # and finishers, elevator mechanics, solar PV installers, boilermakers, stonemasons, mechanical
    # insulators, paperhangers, tapers and the trades' helpers (calib108: blind16 "Lead Installer", half B1
    # "Elevator Oversight Team Specialist", both labeled skilled trades).
    ("47-2041", "skilled_trades"), ("47-2042", "skilled_trades"), ("47-2043", "skilled_trades"),
    ("47-4021", "skilled_trades"), ("47-2231", "skilled_trades"), ("47-2011", "skilled_trades"),
    ("47-2022", "skilled_trades"), ("47-2132", "skilled_trades"), ("47-2142", "skilled_trades"),
    ("47-2082", "skilled_trades"), ("47-3011", "skilled_trades"), ("47-3014", "skilled_trades"),
    ("47-3016", "skilled_trades"),
    ("49-", "skilled_trades"), ("51-", "manufacturing"), ("51-4121", "skilled_trades"), ("51-3", "hospitality"),
    ("53-", "logistics_supply_chain"),
    # Aligned with the published family definitions (benchmarks/data/issue11/families.json,
    # "what each family holds"): architects and urban planners are engineering/architecture;
    # stationary engineers, plasterers, drywall installers and trade helpers are skilled
    # trades; custodial and housekeeping work, coaches and fitness instructors are
    # hospitality; EHS and occupational health and safety specialists are public safety;
    # manufacturing/industrial/quality engineers and their technologists, production
    # planners are manufacturing; legal secretaries are legal; procurement clerks are
    # logistics; trainers are education; database administrators are IT infrastructure.
    ("19-3051", "engineering_architecture"), ("51-8021", "skilled_trades"), ("47-2161", "skilled_trades"),
    ("47-2081", "skilled_trades"), ("47-3012", "skilled_trades"), ("47-3013", "skilled_trades"),
    ("47-3015", "skilled_trades"), ("37-1011", "hospitality"), ("37-2", "hospitality"), ("27-2022", "hospitality"),
    ("17-2111", "public_safety"), ("19-5", "public_safety"), ("17-2112", "manufacturing"), ("17-3026", "manufacturing"),
    # calib119: pest control workers (exterminators, termite technicians) are licensed applicators like
    # 37-3012's pesticide handlers (trades), not the custodial work of 37-2 (families.md: hospitality)
    ("37-2021", "skilled_trades"),
    # calib119: school, guidance, career and admissions counselors and academic advisors (21-1012) are school
    # staff (families.md: education "school and admissions staff"; issue-11 A/B1: 2 of 2 labeled education)
    ("21-1012", "education"),
    ("43-5061", "manufacturing"), ("43-6012", "legal"), ("43-3061", "logistics_supply_chain"),
    # Security and loss-prevention managers lead security work (families.md: public safety holds
    # "police, security"; O*NET files them under 11-3013 Facilities Managers and 11-9199
    # Managers, All Other); medical coders and health-information technicians are allied
    # health ("medical coders"; O*NET 29-2072 Medical Records Specialists).
    ("11-3013.01", "public_safety"), ("11-9199.08", "public_safety"), ("29-2072", "allied_health"),
    # Court reporters and simultaneous captioners (27-3092) record court proceedings and depositions for
    # courts and law firms (BLS OOH: most work for state and local government courts and court reporting
    # services): legal, like the legal secretaries beside them — not media (fam76: blind13 m05, an official
    # court reporter read as marketing/communications; legal resumes name court reporters among their vendors).
    ("27-3092", "legal"),
    # Ship engineers (53-5031) run and repair a vessel's engines, boilers, pumps, generators and HVAC: the
    # stationary engineers' and mechanics' work (families.md: skilled trades), not transport; deck officers
    # (53-5021) stay logistics (fam139: blind19 u23, a ship's chief engineer; ``occupation_settings``).
    ("53-5031", "skilled_trades"),
    # Economists (19-3011) are data analysis: families.md lists "statisticians, economists" there, and the labeled
    # postings agree (NYC "Economist", "Economic Analysis Unit Analyst": data_analysis); they were finance, so an
    # assistant professor of economics asking for "Senior Economist" was read as finance (fam90, blind14 n10).
)

#: Fields a person moves between without starting over (symmetric): the level of a move into one of
#: them is kept (``level_reading``), and it is no career change (``person_occupation.changes_field``).
#: Broader than :data:`SHARED_WORK` on purpose (a restaurant manager moving into HR, a deputy general
#: counsel who is also company secretary); the level readings were measured with this table.
_ADJACENT_PAIRS = (
    ("software_engineering", "data_analysis"), ("software_engineering", "it_infrastructure"), ("software_engineering", "design_ux"), ("software_engineering", "policy_program"),
    ("data_analysis", "it_infrastructure"), ("data_analysis", "finance_accounting"), ("data_analysis", "policy_program"), ("data_analysis", "science_lab"), ("data_analysis", "marketing_communications"),
    ("design_ux", "marketing_communications"), ("design_ux", "marketing_communications"), ("it_infrastructure", "policy_program"), ("policy_program", "policy_program"),
    ("policy_program", "policy_program"), ("nursing", "allied_health"), ("nursing", "allied_health"),
    ("nursing", "allied_health"), ("allied_health", "allied_health"), ("allied_health", "allied_health"),
    ("allied_health", "allied_health"), ("allied_health", "allied_health"), ("administrative", "administrative"),
    ("administrative", "allied_health"), ("skilled_trades", "construction"), ("skilled_trades", "manufacturing"),
    ("construction", "engineering_architecture"), ("manufacturing", "engineering_architecture"), ("manufacturing", "logistics_supply_chain"),
    ("logistics_supply_chain", "sales"), ("education", "social_work"), ("hospitality", "sales"), ("legal", "administrative"),
    ("finance_accounting", "policy_program"), ("finance_accounting", "finance_accounting"), ("finance_accounting", "administrative"), ("sales", "marketing_communications"),
    ("sales", "customer_support"), ("sales", "sales"), ("sales", "sales"), ("sales", "finance_accounting"),
    ("marketing_communications", "marketing_communications"), ("human_resources", "administrative"), ("human_resources", "policy_program"), ("customer_support", "administrative"),
    ("customer_support", "sales"), ("public_safety", "social_work"), ("science_lab", "engineering_architecture"),
    ("science_lab", "allied_health"), ("policy_program", "policy_program"), ("skilled_trades", "hospitality"),
    ("skilled_trades", "skilled_trades"), ("hospitality", "allied_health"), ("social_work", "allied_health"),
    ("sales", "finance_accounting"),
)
#: Families that share work: a posting of such a family is a partial fit for the person
#: (:func:`work_relation`, matching's occupation factor; symmetric). The pairs of the labeling guide's adjacency table (benchmarks/data/issue11/families.md, "Adjacency",
#: the definition of grade 1), one pair each. The table here had drifted from it: self-pairs,
#: duplicates, and pairs no one would call neighbours (skilled trades ~ hospitality put a landscaping
#: "Crew Member" first for a journeyman electrician — newcomer trial 2026-12-06; hospitality ~ allied
#: health, social work ~ allied health, public safety ~ social work, logistics ~ sales) while
#: neighbours were missing (legal ~ public safety and policy, education ~ HR, design ~ engineering).
_SHARED_WORK_PAIRS = (
    ("nursing", "allied_health"), ("allied_health", "science_lab"),
    ("skilled_trades", "construction"), ("skilled_trades", "manufacturing"),
    ("construction", "engineering_architecture"),
    ("engineering_architecture", "design_ux"), ("engineering_architecture", "manufacturing"),
    ("manufacturing", "logistics_supply_chain"),
    ("education", "human_resources"), ("education", "social_work"),
    ("hospitality", "customer_support"),
    ("legal", "policy_program"), ("legal", "public_safety"),
    ("finance_accounting", "data_analysis"), ("finance_accounting", "logistics_supply_chain"),
    ("software_engineering", "data_analysis"), ("software_engineering", "design_ux"),
    ("software_engineering", "it_infrastructure"),
    ("data_analysis", "policy_program"), ("data_analysis", "science_lab"),
    ("design_ux", "marketing_communications"),
    ("sales", "customer_support"), ("sales", "marketing_communications"),
    ("human_resources", "administrative"),
    ("customer_support", "administrative"),
    ("administrative", "policy_program"),
    ("social_work", "policy_program"),
)


def _symmetric(pairs: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    """family → the families paired with it, in either order."""
    out: dict[str, frozenset[str]] = {}
    for a, b in pairs:
        out[a] = out.get(a, frozenset()) | {b}
        out[b] = out.get(b, frozenset()) | {a}
    return out


ADJACENT: dict[str, frozenset[str]] = _symmetric(_ADJACENT_PAIRS)
SHARED_WORK: dict[str, frozenset[str]] = _symmetric(_SHARED_WORK_PAIRS)


def pair_relation(table: dict[str, frozenset[str]], a: str | None, b: str | None) -> str | None:
    """"same", "adjacent" (paired in ``table``: :data:`SHARED_WORK` or :data:`ADJACENT`), "other", or
    None when either family is unknown."""
    if not a or not b:
        return None
    if a == b:
        return "same"
    return "adjacent" if b in table.get(a, ()) else "other"


def work_relation(a: str | None, b: str | None) -> str | None:
    """How a posting's family relates to a person's for scoring (:func:`pair_relation` of
    :data:`SHARED_WORK`)."""
    return pair_relation(SHARED_WORK, a, b)


FAMILIES = tuple(sorted({f for _, f in FAMILY_RULES}))

#: Words for each family (shown to users).
FAMILY_LABELS = {
    "administrative": "administrative and office", "allied_health": "allied health", "construction": "construction",
    "customer_support": "customer support", "data_analysis": "data analysis", "design_ux": "design and UX",
    "education": "education", "engineering_architecture": "engineering and architecture",
    "finance_accounting": "finance and accounting", "hospitality": "hospitality and food service",
    "human_resources": "human resources", "it_infrastructure": "IT and infrastructure", "legal": "legal",
    "logistics_supply_chain": "logistics and warehouse", "manufacturing": "manufacturing",
    "marketing_communications": "marketing and communications", "nursing": "nursing",
    "policy_program": "policy and program management", "public_safety": "public safety", "sales": "sales",
    "science_lab": "science and laboratory", "skilled_trades": "skilled trades", "social_work": "social work",
    "software_engineering": "software engineering",
}
#: Where postings of a family are found (issue 11: "suggest where to find such postings"):
#: employers' applicant-tracking career sites this app reads (Sources page: Workday,
#: SmartRecruiters, iCIMS-style JSON-LD pages…) and the kinds of boards that carry them.
FAMILY_BOARDS = {
    "nursing": "hospital and health-system career sites (many run on Workday — add one on the Sources page)",
    "allied_health": "hospital, clinic and rehab-group career sites (Workday, SmartRecruiters)",
    "skilled_trades": "contractors' and facilities employers' career sites (Workday, SmartRecruiters, JSON-LD job pages)",
    "construction": "general contractors' career sites (Workday, SmartRecruiters) and public-works employers",
    "education": "school districts' and universities' career sites (Workday, JSON-LD job pages)",
    "hospitality": "hotel and restaurant groups' career sites (Workday, SmartRecruiters)",
    "legal": "law firms' and legal-aid organizations' career sites (Greenhouse, Lever, JSON-LD job pages)",
    "finance_accounting": "banks', insurers' and accounting firms' career sites (Workday, Greenhouse)",
    "logistics_supply_chain": "carriers' and retailers' distribution-center career sites (Workday, SmartRecruiters)",
    "manufacturing": "manufacturers' career sites (Workday, SmartRecruiters)",
    "public_safety": "city and county government career sites (JSON-LD job pages)",
    "social_work": "nonprofits' and public agencies' career sites (JSON-LD job pages, Workable)",
    "science_lab": "labs', pharma and university career sites (Workday, Greenhouse)",
}
