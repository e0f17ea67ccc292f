"""Names of employers and schools in a resume, so that their words are not read as skills.

Issue 11 trial finding 1: "Electrician, Integrity Marketing Group, Dallas TX" gave an
electrician the skills Integrity and Marketing; "Staff Accountant at Oracle Health" gave an
accountant Cerner (Oracle Health's EHR); "Analyst at Salesforce", "Nurse, Epic Systems", "Python
Software Foundation", "Kubernetes Academy" name an organization, not what the person can do.
:func:`org_spans` finds, per line, the spans of organization names:

1. **After "at" / "@"**: the run of capitalized words (with "&", "of", "and", "the", "de"
   inside) that follows, unless the word before "at" says how well ("proficient at Excel",
   "skilled at SQL": :data:`SKILL_AT`).
2. **Ending in an organization noun** (:data:`ORG_HEADS`: Group, Inc, LLC, Hospital, Health,
   Hospital, Clinic, University, College, Institute, Academy, Foundation, Bank, Partners,
   Associates, Holdings, Credit Union, …): the capitalized run
   ending in it ("Integrity Marketing Group", "Python Software Foundation"). Nouns that are also
   common in skill phrases (:data:`WEAK_HEADS`: Systems, Software, Services, Health, Insurance,
   Construction, School…) count only in a header's employer position — the run of two words or
   more follows "at", "@", ",", "|" or a dash, or starts a header line (one with a year or a
   " | "): "Nurse, Epic Systems", "RN | Mercy Health", "Mercy Health 2018 – 2023" — not in a
   sentence or a skills line ("Managed Epic Systems upgrades", "Public Health outreach").
3. **Beginning with an organization noun + "of"**: "University of Phoenix", "Bank of America",
   "City of Columbus", "School of Nursing" — the run from it to the run's end.

A run is at most 8 words and never crosses a line, a comma, "|", "–"/"—" or "(". Pure; never
raises on ``str`` input.
"""

from __future__ import annotations

import re

__all__ = ["ORG_HEADS", "SKILL_AT", "WEAK_HEADS", "org_spans"]

#: Organization nouns that end an employer's or school's name wherever it stands.
ORG_HEADS = ("Group", "Inc", "Inc.", "Incorporated", "LLC", "L.L.C.", "LLP", "Ltd", "Ltd.", "Limited", "Corp",
             "Corp.", "Corporation", "Company", "Co.", "Hospital", "Hospitals", "Health System", "Medical Center",
             "Medical Group", "Clinic", "University", "College", "Institute", "Academy", "Foundation", "Bank",
             "Bancorp", "Partners", "Associates", "Holdings", "Industries", "Enterprises", "Credit Union", "Motors",
             "Airlines", "Realty", "Hotel", "Hotels", "Resort", "Casino", "Ministries")
#: Organization nouns that are also common in skill phrases ("Public Health", "Control Systems",
#: "Home Health", "Cloud Services"): they end a name only in a header's employer position
#: (module doc, rule 2).
WEAK_HEADS = ("Systems", "Software", "Labs", "Laboratories", "Technologies", "Technology", "Solutions", "Services",
              "Health", "Healthcare", "Insurance", "Construction", "Electric", "Contractors", "Contracting",
              "Consulting", "Logistics", "Staffing", "Pharmacy", "Pharmaceuticals", "Agency", "Firm", "District",
              "Department", "Authority", "Council", "Trust", "School", "Schools", "Restaurant", "Restaurants",
              "Properties")
#: Words before "at" that make it "how well", not "where" ("proficient at Excel").
SKILL_AT = re.compile(r"\b(?:proficient|skilled|good|expert|adept|experienced|excellent|great|strong|fluent|"
                      r"competent|versed|efficient|effective|quick|fast|comfortable|confident|better|best|"
                      r"talented|gifted|capable|successful|excel|excels|excelled)\s*$", re.IGNORECASE)

_CAP = r"(?:[A-Z][\w'’&.-]*|&)"
_JOIN = r"(?:\s+(?:of|and|the|de|for|&)\s+|\s+)"
_RUN = re.compile(rf"{_CAP}(?:{_JOIN}{_CAP}){{0,7}}")
_LEAD_OF = re.compile(r"\b(?:University|College|School|Institute|Academy|Bank|City|County|State|Department|"
                      r"Commonwealth|Town|Village|Board)\s+of\s+[A-Z]")


def _heads(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                      + r")$")


_HEAD_END = _heads(ORG_HEADS)
_WEAK_END = _heads(WEAK_HEADS)
_AT_BEFORE = re.compile(r"(?:\bat|@)\s*$", re.IGNORECASE)
_HEADER_BEFORE = re.compile(r"(?:[,|@•·]|\bat|\s[-–—])\s*$", re.IGNORECASE)
#: A header line of a resume's experience or education: a year or a "|" separator.
_HEADER_LINE = re.compile(r"\b(?:19|20)\d\d\b|\s\|\s")


def org_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans of employer and school names in ``text`` (module rules), in order."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in (text or "").split("\n"):
        for m in _RUN.finditer(line):
            run = m.group(0).rstrip(" .")
            s, e = m.start(), m.start() + len(run)
            before = line[max(0, s - 40):s]
            if len(run) < 2 or not any(c.isalpha() for c in run):
                continue
            span = None
            if _AT_BEFORE.search(before) and not SKILL_AT.search(_AT_BEFORE.sub("", before)):
                span = (s, e)
            elif _HEAD_END.search(run):
                span = (s, e)
            elif _WEAK_END.search(run) and " " in run and (
                    _HEADER_BEFORE.search(before) or (not line[:s].strip() and _HEADER_LINE.search(line))):
                span = (s, e)
            else:
                lead = _LEAD_OF.search(run)
                if lead:
                    span = (s + lead.start(), e)
            if span:
                out.append((pos + span[0], pos + span[1]))
        pos += len(line) + 1
    return out
