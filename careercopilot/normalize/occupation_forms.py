"""Written forms of a job title that name the same role as its plain form (``normalize.occupations``
rule 11, session 21, from the issue-11 half-A posting confusions): a plural head noun or abbreviation
("Registered Nurses", "CNAs" — postings for several openings), numbers, requisition codes and "Needed"
appended to a title ("Project Manager #2", "Creative Content Developer (323565)", "LPNs Needed") and
lettered rungs of a civil-service or bank ladder ("Specialist IIIa", "Analyst 2B" → III, 2)."""

from __future__ import annotations

import re
from collections.abc import Container, Mapping

#: Numbers ("#2"), requisition codes ("Req 204511", "(323565)": four or more digits) and "needed" /
#: "wanted" appended to a title; removed before the title is looked up.
CODES = re.compile(r"#\s*\d+\b|\b(?:req(?:uisition)?\.?\s*(?:id|no\.?|#)?\s*)?\d{4,}\b|\b(?:needed|wanted)\b")
#: A rung numeral with a letter ("IIIa", "2B"): the numeral is the rung.
LETTERED_RUNG = re.compile(r"\b(i{1,3}|iv|v|[1-5])[a-c]\b")


def singular_head(key: str, heads: Container[str], abbreviations: Mapping[str, str]) -> str:
    """``key`` (a normalized title) with its last word made singular when only the singular is a head
    noun of O*NET titles (``heads``): "registered nurses" → "registered nurse", "electricians" →
    "electrician"; "-ies" → "-y", "-ses"/"-xes"/"-ches"/"-shes" → drop "es", else drop "s". An
    abbreviation's plural is its expansion ("rns" → "registered nurse", ``abbreviations``). A plural
    that is itself a head ("sales", "operations") or ends in "ss" is kept; so is anything else."""
    words = key.split()
    if words and len(words[-1]) > 2 and words[-1][:-1] in abbreviations and words[-1] not in ("its", "ops"):
        return " ".join(words[:-1] + abbreviations[words[-1][:-1]].split())
    if not words or len(words[-1]) < 4 or not words[-1].endswith("s") or words[-1].endswith("ss"):
        return key
    last = words[-1]
    if last in heads:
        return key
    for cand in ((last[:-3] + "y") if last.endswith("ies") else None,
                 last[:-2] if re.search(r"(?:s|x|ch|sh)es$", last) else None, last[:-1]):
        if cand and cand in heads:
            return " ".join(words[:-1] + [cand])
    return key
