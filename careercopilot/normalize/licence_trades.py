"""Trade and operating licences of building, plant and refrigeration work: the table rows
``licence_requirements.LICENCES`` adds to its professional ones.

Why (issue 11, trial127 finding 2): a NYC "Stationary Engineer" posting requiring "A valid license
for High Pressure Boiler Operating Engineer issued by the New York City Department of Buildings"
showed "Nothing required is missing" to an HVAC technician: the licence table had no boiler,
stationary-engineer or refrigeration-operator rows, and a possessive ("Master Electrician's
License") or a "license for/as <trade>" order escaped the rows it had.

Shape: :data:`TRADE_LICENCES` — rows ``(key, label, posting, weak, resume)``: ``posting`` a
case-insensitive pattern naming the licence as a requirement by itself, ``weak`` a short form
that names it only beside a licence word ("" for none), ``resume`` the phrases that show it held
on a resume. :data:`TRADE_IMPLIES` — key → the keys it also satisfies; :data:`TRADE_NARROWER` —
a generic key → the narrower keys that win over it when one phrase names both. Written as
``<jurisdiction> <trade> licence/license`` and its variants: "NYC High Pressure Boiler Operating
Engineer licence", "a valid license for High Pressure Boiler Operating Engineer", "High Pressure
Boiler Operating Engineer's License", "Stationary Engineers License", "1st Class Stationary
Engineer license", "Certificate of Qualification for Refrigeration Systems Engineer", "Refrigerating
System Operating Engineer license", "EPA 608 Universal certification", "EPA Section 608 Type II".

Sources: the issue-11 postings and demo feed (NYC Jobs: "A valid High Pressure Boiler Operating
Engineer's License issued by the New York City Department of Buildings", "a valid NYC Stationary
Engineers License and Certificate of Qualification for Refrigeration Systems Engineer (Unlimited
Tonnage)", "a valid New York City Locksmith License", "A valid Welder's License issued by the New
York City Department of Buildings"); NYC DOB licence titles (High/Low Pressure Boiler Operating
Engineer, Refrigerating System Operating Engineer, Master/Special Electrician, Welder, Locksmith
is DCWP's); 40 CFR 82 Subpart F (§82.161: EPA 608 Type I, II, III and Universal technician
certification — Universal = all three types; the law requires it to open refrigerant circuits).
"""

from __future__ import annotations

_L = r"licen[cs](?:e|ed|es|ure|ing)?"
#: Between a trade and "licence": a possessive or plural and up to 3 non-word characters
#: ("Engineer's License", "Engineers License", "Engineer’s Licence", "Operator - License").
_POSS = r"\W{0,3}(?:s\W{0,3})?"
#: Before a trade after "licence": "license for", "license as a", "licensed as an", "license to operate".
_FOR = rf"{_L}\s+(?:(?:for|as|of)\s+(?:an?\s+)?|to\s+operate\s+(?:an?\s+)?|\(\s*)"
_CLASS = r"(?:1st|2nd|3rd|4th|first|second|third|fourth|chief|[A-D])[- ]class"

_HP_BOILER = r"high[- ]pressure\s+boiler(?:s)?(?:\s+operat(?:ing|or|ion)s?)?(?:\s+engineer)?"
_LP_BOILER = r"low[- ]pressure\s+boiler(?:s)?(?:\s+operat(?:ing|or|ion)s?)?(?:\s+engineer)?"
_REFRIG = r"refrigerat(?:ing|ion)\s+(?:systems?\s+|machine\s+|plant\s+)?(?:operat(?:ing|or)\s+)?(?:engineer|operator)"
_EPA = r"(?-i:EPA)\s*(?:section\s*|sec\.?\s*|§\s*)?608"

#: (key, label, posting, weak, resume)
TRADE_LICENCES: tuple[tuple[str, str, str, str, str], ...] = (
    ("boiler_hp", "a high-pressure boiler operating licence",
     rf"{_HP_BOILER}{_POSS}{_L}|{_FOR}{_HP_BOILER}|licensed\s+{_HP_BOILER}",
     "",
     rf"{_HP_BOILER}{_POSS}{_L}|licensed\s+{_HP_BOILER}|{_L}\w*\s+(?:for|as)\s+(?:an?\s+)?{_HP_BOILER}"),
    ("boiler", "a boiler operator licence",
     rf"{_LP_BOILER}{_POSS}{_L}|{_FOR}{_LP_BOILER}|\bboiler\s+(?:operat(?:or|ing)(?:\s+engineer)?\s*){_POSS}{_L}|"
     rf"\bboiler{_POSS}{_L}|{_FOR}boiler\s+operat\w+|{_CLASS}\s+boiler|licensed\s+boiler\s+operator",
     "",
     rf"\bboiler\s+(?:operat(?:or|ing)(?:\s+engineer)?\s*)?{_POSS}{_L}|licensed\s+boiler\s+operator|{_CLASS}\s+boiler"),
    ("stationary_engineer", "a stationary engineer licence",
     rf"stationary\s+engineer(?:ing)?{_POSS}{_L}|{_FOR}(?:{_CLASS}\s+)?stationary\s+engineer|"
     rf"licensed\s+stationary\s+engineer|{_CLASS}\s+(?:stationary\s+)?engineer{_POSS}{_L}|"
     rf"{_CLASS}\s+stationary\s+engineer",
     "",
     rf"stationary\s+engineer(?:ing)?{_POSS}{_L}|licensed\s+stationary\s+engineer|{_CLASS}\s+(?:stationary\s+)?engineer\b"),
    ("refrigeration_operator", "a refrigeration operating engineer licence",
     rf"{_REFRIG}{_POSS}(?:{_L}|certificate)|(?:{_FOR}|certificate\s+of\s+qualification\s+(?:for|as)\s+(?:an?\s+)?){_REFRIG}|"
     rf"licensed\s+{_REFRIG}|refrigeration{_POSS}{_L}",
     "",
     rf"{_REFRIG}{_POSS}(?:{_L}|certificate)|licensed\s+{_REFRIG}|certificate\s+of\s+qualification\s+(?:for|as)\s+{_REFRIG}|"
     rf"refrigeration{_POSS}{_L}"),
    ("welder_licence", "a welder's licence",
     rf"\bwelder{_POSS}{_L}|{_FOR}(?:a\s+)?welder\b|licensed\s+welder",
     "", rf"\bwelder{_POSS}{_L}|licensed\s+welder"),
    ("locksmith", "a locksmith licence",
     rf"locksmith{_POSS}{_L}|{_FOR}locksmith|licensed\s+locksmith",
     "", rf"locksmith{_POSS}{_L}|licensed\s+locksmith"),
    ("epa608_universal", "EPA 608 Universal certification",
     rf"{_EPA}\W{{0,3}}(?:\w+\W{{1,3}}){{0,3}}?universal|universal\s+{_EPA}",
     "", rf"{_EPA}\W{{0,3}}(?:\w+\W{{1,3}}){{0,3}}?universal|universal\s+{_EPA}"),
    ("epa608_type1", "EPA 608 Type I certification",
     rf"{_EPA}\W{{0,3}}(?:\w+\W{{1,3}}){{0,2}}?type\s*(?:I|1)\b(?!\s*I)",
     "", rf"{_EPA}\W{{0,3}}(?:\w+\W{{1,3}}){{0,2}}?type\s*(?:I|1)\b(?!\s*I)"),
    ("epa608_type2", "EPA 608 Type II certification",
     rf"{_EPA}\W{{0,3}}(?:\w+\W{{1,3}}){{0,2}}?type\s*(?:II|2)\b(?!\s*I)",
     "", rf"{_EPA}\W{{0,3}}(?:\w+\W{{1,3}}){{0,2}}?type\s*(?:II|2)\b(?!\s*I)"),
    ("epa608_type3", "EPA 608 Type III certification",
     rf"{_EPA}\W{{0,3}}(?:\w+\W{{1,3}}){{0,2}}?type\s*(?:III|3)\b",
     "", rf"{_EPA}\W{{0,3}}(?:\w+\W{{1,3}}){{0,2}}?type\s*(?:III|3)\b"),
    ("epa608", "EPA 608 technician certification",
     rf"{_EPA}\b",
     "", rf"{_EPA}\b"),
)

TRADE_IMPLIES: dict[str, tuple[str, ...]] = {
    "boiler_hp": ("boiler",),
    "epa608_universal": ("epa608_type1", "epa608_type2", "epa608_type3", "epa608"),
    "epa608_type1": ("epa608",), "epa608_type2": ("epa608",), "epa608_type3": ("epa608",),
}

TRADE_NARROWER: dict[str, tuple[str, ...]] = {
    "boiler": ("boiler_hp",),
    "epa608": ("epa608_universal", "epa608_type1", "epa608_type2", "epa608_type3"),
    # "Universal" named beside a type is the type's alternative, not a narrower one: both stay
}
