"""Written forms of a job title that name the same role as its plain form (``normalize.occupations``
rule 11, session 21, from the issue-11 half-A posting confusions): a plural head noun or abbreviation
("Registered Nurses", "CNAs" — postings for several openings), numbers, requisition codes and "Needed"
appended to a title ("Project Manager #2", "Creative Content Developer (323565)", "LPNs Needed") and
lettered rungs of a civil-service or bank ladder ("Specialist IIIa", "Analyst 2B" → III, 2)."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Mapping

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
    that is itself a head ("sales", "operations") or ends in "ss" is kept; so is anything else. A word one letter
    longer than an abbreviation is its plural only when that letter is "s" (session 31, post132: "Cook" was read as
    "COO" + k, "OTC" as "OT" + c, "MLO" as "ML" + o)."""
    words = key.split()
    if (words and len(words[-1]) > 2 and words[-1].endswith("s") and words[-1][:-1] in abbreviations
            and words[-1] not in ("its", "ops")):
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


#: "X/Y <head>": two one-word modifiers joined by "/" before the words they share ("Linux/RedHat Engineer",
#: "Storage/Backup Administrator", "Shipping/Receiving Clerk"). The title's other separators end the head.
_SHARED_PAIR = re.compile(r"([A-Za-z][\w+#.]*)\s*/\s*([A-Za-z][\w+#.]*)((?:\s+[A-Za-z][\w+#.&']*)+)")
_SEGMENT_END = re.compile(r"\s+(?:at|for|in|to|with|-)\s+.*$", re.IGNORECASE)
_SEGMENT_START = re.compile(r"(?:^|[-–—|(\[,:/]|\s-\s)([^-–—|(\[,:/]*)$")


def shared_head(title: str, is_role: Callable[[str], bool], level_words: Container[str]) -> str:
    """``title`` with a head shared by two one-word modifiers written out for each (session 26, fam83;
    issue-11 postings "Senior Linux/RedHat Engineer" and "STORAGE/BACKUP ADMINISTRATOR" were read from
    the first word alone — a distro, a warehouse — as a civil engineer and a stocker): "Senior
    Linux/RedHat Engineer" → "Senior Linux Engineer / RedHat Engineer". Only when the first modifier
    starts its segment (after level words: "Senior", "Remote") and is no role itself (``is_role``:
    "Mover/Junk Hauler", "Architect/Project Manager" are two roles), and not in a chain ("Admin/HR/Customer
    Support"). Other titles come back unchanged."""
    for m in _SHARED_PAIR.finditer(title or ""):
        before = title[:m.start()]
        if before.rstrip().endswith("/"):
            continue
        lead = _SEGMENT_START.search(before)
        lead_words = (lead.group(1) if lead else before).split()
        if any(w.lower().strip(".") not in level_words for w in lead_words) or is_role(m.group(1)):
            continue
        head = _SEGMENT_END.sub("", m.group(3)).strip()
        if not head:
            continue
        shared = f"{m.group(1)} {head} / {m.group(2)} {head}"
        end = m.start(3) + m.group(3).find(head) + len(head)
        return title[:m.start()] + shared + title[end:]
    return title


#: A rung written after the head noun that is no level word elsewhere (session 26, fam83): a civil-service
#: letter or two-digit grade ("Caretaker X", "Caretaker J", "Agency Attorney 03"), a numeral above V
#: ("Engineer VI"), and the "or" of rung alternatives ("Relationship Banker I or II").
_TRAILING_RUNG = re.compile(r"^(?:[a-z]|\d{1,2}|vi{1,3}|ix|x|or)$")


def without_trailing_rungs(words: list[str], level_words: Container[str]) -> list[str]:
    """``words`` (a normalized title's) without the rung tokens that end it (:data:`_TRAILING_RUNG`, level
    words among them): "caretaker x" → "caretaker", "relationship banker i or ii" (or, its level words
    dropped, "relationship banker or") → "relationship banker", "agency attorney 03" → "agency attorney". At
    least one word stays; a title of one word, or ending in any other word, comes back as it is. Used on the
    keys a title is read by (``occupations._infer_occupation``), not in ``normalize_title``: a role phrase in
    running text ("under the direction of an RN or LPN", ``role_nouns``) ends before its "or"."""
    end = len(words)
    while end > 1 and (_TRAILING_RUNG.match(words[end - 1]) or words[end - 1] in level_words):
        end -= 1
    cut = words[end:]
    if not cut or not any(_TRAILING_RUNG.match(w) and w not in level_words for w in cut):
        return words
    return words[:end]
