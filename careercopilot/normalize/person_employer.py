"""A firm's rank read by the firm's trade (issue 11, fam89; blind14 n25, n06, n17).

Why: "Principal", "Partner", "Associate", "Shareholder", "Member" and "Owner" are ranks a firm gives its
people whatever they do. O*NET files a bare "Principal" under school administrators (11-9031), so an
architecture firm's co-owner asking for "Director of Architecture" was read as a school principal
(blind14 n25, nDCG@10 0.21); "Partner" is voted an HR specialist and "Owner" a urologist (the latter already
reads as no work, ``person_occupation.OWNERSHIP``). The work is in the firm's name: "Kowalczyk Marino
Architects", "Ramírez Plumbing LLC", "Whitfield & Lund CPAs".

Rule (:func:`firm_reading`): a resume title that is a rank alone (:data:`FIRM_RANK`, ownership and
parenthesized asides allowed: "PRINCIPAL (co-owner)", "Managing Partner", "Owner, Ramírez Plumbing LLC")
is read as the trade its employer's name names (:data:`FIRM_TRADES`: the employer is the rest of the
title's line or the line under it, :func:`employer_of`). A "Principal" whose employer names a school
(:data:`SCHOOL`) or names no firm (no trade, no firm form such as "LLC", "Architects") keeps the
school-administrator reading; another rank without a trade keeps its own (generic) reading. Returns None
when the rule does not apply, so the caller keeps ``own_title_occupation``.
"""

from __future__ import annotations

import re

from careercopilot.normalize.occupations import Occupation, infer_occupation

__all__ = ["FIRM_RANK", "FIRM_TRADES", "SCHOOL", "employer_of", "firm_reading", "firm_trade"]

#: A firm's rank alone (after asides and ownership words are dropped): "Principal", "Managing Principal",
#: "Senior Partner", "Equity Partner", "Shareholder", "Member", "Senior Associate", "Owner".
FIRM_RANK = re.compile(r"^(?:(?:senior|sr|managing|founding|associate|equity|income|name|named|general|junior|"
                       r"co)[- ]?)*(?:principals?|partners?|shareholders?|members?|associates?|owners?|"
                       r"proprietors?|founders?)$", re.IGNORECASE)
#: Words of an employer's name → the O*NET title of the trade it practises (first match wins). Sources:
#: the firm-name conventions of the trades and professions (state licensing boards require the licensed
#: practice in a firm's name: "… Architects", "… CPAs", "… Plumbing", "… Electric").
FIRM_TRADES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.IGNORECASE), t) for p, t in (
    (r"\barchitect(?:s|ure|ural)?\b", "architect"),
    (r"\b(?:structural|civil|consulting|geotechnical) engineer(?:s|ing)\b|\bengineering (?:group|associates|"
     r"consultants|firm)\b", "civil engineer"),
    (r"\bplumbing\b", "plumber"),
    (r"\belectric(?:al)?\b(?! vehicles?)", "electrician"),
    (r"\b(?:hvac|heating|air conditioning|refrigeration)\b", "hvac technician"),
    (r"\broofing\b", "roofer"),
    (r"\bpainting\b", "painter"),
    (r"\b(?:cabinetry|carpentry|millwork)\b", "carpenter"),
    (r"\bcpas?\b|\b(?:accounting|accountants|tax (?:advisors|services))\b", "accountant"),
    (r"\b(?:law (?:firm|group|offices?)|attorneys|lawyers|legal (?:group|services))\b", "lawyer"),
    (r"\b(?:landscap\w*|lawn care)\b", "landscaper"),
    (r"\b(?:general contractors?|construction|builders|contracting)\b", "construction manager"),
    (r"\b(?:graphic design|design studio|creative studio|branding)\b", "graphic designer"),
    (r"\binsurance agency\b", "insurance sales agent"),
    (r"\b(?:staffing|recruiting)\b", "recruiter"),
))
#: An employer that is a school ("Lincoln Elementary School", "St. Mary Academy", "Dayton Public Schools").
SCHOOL = re.compile(r"\b(?:schools?|academy|elementary|middle|high|prep|preparatory|isd|usd|district|charter|"
                    r"montessori|k-?12|education|learning|campus|parish|diocese|archdiocese)\b", re.IGNORECASE)
#: A firm's legal or professional form ("LLC", "LLP", "Inc.", "PC", "Architects", "Partners").
FIRM_FORM = re.compile(r"\b(?:llc|llp|pllc|pc|p\.c|inc|corp|co|ltd|group|partners|associates|architects|"
                       r"consultants|consulting|advisors|capital|studio)\b\.?", re.IGNORECASE)
_ASIDE = re.compile(r"\([^)]*\)")
_SPLIT = re.compile(r"\s*(?:,|\||\s[-–—]\s|[–—]|\bat\b|\bof\b)\s*", re.IGNORECASE)
_OWNERSHIP_WORDS = re.compile(r"\b(?:co[- ]?owners?|owners?|co[- ]?founders?|founders?|sole proprietors?|"
                              r"self[- ]employed)\b", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[-•▪●*·–—]")


def _rank(title: str) -> tuple[str, str]:
    """(the rank words of ``title``'s first part, the rest of the title: an inline employer)."""
    bare = " ".join(_ASIDE.sub(" ", title or "").split())
    parts = [p for p in _SPLIT.split(bare, maxsplit=1) if p is not None]
    head = parts[0].strip(" /&") if parts else ""
    rest = parts[1].strip() if len(parts) > 1 else ""
    return head, rest


def employer_of(title: str, text: str) -> str:
    """The employer named beside ``title`` in ``text``: the rest of the title (“Owner, Ramírez Plumbing LLC”),
    else the rest of the first line holding the title and the next line when it is no bullet; "" when none."""
    _, inline = _rank(title)
    if inline:
        return inline
    lines = (text or "").splitlines()
    low = (title or "").strip().lower()
    for i, line in enumerate(lines[:200]):
        at = line.lower().find(low) if low else -1
        if at < 0:
            continue
        rest = line[at + len(low):].strip(" \t-–—|,:")
        nxt = lines[i + 1].strip() if i + 1 < len(lines) and not _BULLET.match(lines[i + 1]) else ""
        return " ".join(x for x in (rest, nxt) if x)
    return ""


def firm_trade(employer: str) -> Occupation | None:
    """The occupation of the trade an employer's name names (:data:`FIRM_TRADES`), or None."""
    for pattern, trade in FIRM_TRADES:
        if pattern.search(employer or ""):
            occ = infer_occupation(trade)
            return occ if occ.family else None
    return None


def firm_reading(title: str | None, occ: Occupation | None, text: str) -> Occupation | None:
    """The occupation of a firm's rank ``title`` (module doc) given its own reading ``occ``; None when the rule
    does not apply (not a rank alone, or a rank whose employer names no trade and no firm)."""
    if not title or occ is None:
        return None
    head, _ = _rank(title)
    core = " ".join(_OWNERSHIP_WORDS.sub(" ", head).split()) or head
    if not FIRM_RANK.match(core.replace(".", "")) and not FIRM_RANK.match(head.replace(".", "")):
        return None
    employer = employer_of(title, text)
    school_head = (occ.code or "")[:7] in ("11-9031", "11-9032")
    if school_head and (not employer or SCHOOL.search(employer)):
        return None  # a school's principal
    trade = firm_trade(employer)
    if trade is not None:
        return Occupation(trade.code, trade.title, trade.family, infer_occupation(title[:200]).level, "firm_trade",
                          trade.matched)
    if school_head and FIRM_FORM.search(employer):
        from careercopilot.normalize.person_occupation import NO_WORK

        return NO_WORK  # a firm's principal, the firm's trade unnamed: the earlier titles decide
    return None
