"""A requirement named by a noun, shown on a resume by its verb: "Documentation" by "Document work orders …",
"Scheduling" by "Scheduled crews …", "Inspection" by "Inspect rooftop units …" (trial126: tailoring listed
"Documentation" as not on a resume whose bullet reads "Document work orders, parts and photos in ServiceTitan").

Resume bullets open with the verb of the work done (the convention every resume guide teaches), so a verb
counts only where a bullet or clause starts: a line's first word after its bullet mark, or the first word
after ";" — "Reviewed the documents" (a noun) and "a documented process" (mid-clause) show nothing.
Only one-word requirement names ending in a nominal suffix are read (-ation, -ion, -ing, -ment): a
several-word name ("Budget Management") says more than its verb.
"""

from __future__ import annotations

import re

_CLAUSE_START = re.compile(r"(?m)(?:^|;)[ \t]*(?:[-*•·●▪◦‣][ \t]*|\d+[.)][ \t]*)?([A-Za-z]+)")


def _stems(name: str) -> set[str]:
    """Verb stems of a one-word nominal requirement ("documentation" → document; "calibration" → calibrate)."""
    w = name.lower()
    if not re.fullmatch(r"[a-z]{6,}", w):
        return set()
    out: set[str] = set()
    if w.endswith("ation"):
        out |= {w[:-5], w[:-3] + "e"}  # document-ation, install-ation; calibrat-ion + e
    elif w.endswith("ion"):
        out |= {w[:-3], w[:-3] + "e"}  # inspect-ion, supervis-ion + e
    elif w.endswith("ing"):
        out |= {w[:-3], w[:-3] + "e"}  # forecast-ing, schedul-ing + e
    elif w.endswith("ment"):
        out.add(w[:-4])  # procure-ment
    return {s for s in out if len(s) >= 4}


def _forms(stem: str) -> set[str]:
    base = stem[:-1] if stem.endswith("e") else stem
    return {stem, stem + "s", stem + "es", base + "ed", base + "ing", stem + "d"}


def shown_by_verb(names: list[str], resume_text: str) -> set[str]:
    """The ``names`` (one-word nominal requirements) whose verb opens a bullet or clause of ``resume_text``."""
    opening = {m.group(1).lower() for m in _CLAUSE_START.finditer(resume_text)}
    return {n for n in names if any(_forms(s) & opening for s in _stems(n))}
