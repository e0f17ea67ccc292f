"""Product names the checker has never heard of (session 21, ground22; set 17's "hyperMILL"): a name written with a
capital inside a lower-case start ("hyperMILL", "eClinicalWorks", "vSphere", "pfSense", "iManage", "nopCommerce") is
a product's trade-mark spelling, not an English word, and no capitalised-name reading (:func:`.entities.find_names`)
sees it. Such a name in a sentence must be in the resume or the allowed strings, whatever the skills taxonomy knows.

Shape, not a list: an ASCII token starting with lower-case letters followed by a capital (camel or all-capitals tail,
digits allowed). Kind ``tool`` (the blind sets' label for a product not listed).
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.facts import SourceFacts
from careercopilot.writing.grounding.text import squash

#: "hyperMILL", "eClinicalWorks", "vSphere", "macOS", "pfSense", "nopCommerce"; five letters at least, so unit symbols
#: and lab terms of the same shape are no products ("pH", "kWh", "mAh", "kPa", "mmHg", "mRNA", "qPCR", "eGFR"), nor a
#: unit after a figure ("120 mmHg") or a nucleic-acid term ("siRNA", "cDNA"); not "e-mail".
PRODUCT_RE = re.compile(r"(?<![\w@./-])(?<!\d )(?=[A-Za-z]{5})(?![a-z]+(?:RNA|DNA|PCR)\b)[a-z]{1,10}[A-Z][A-Za-z0-9]*"
                        r"(?:[ -]?\d+(?:\.\d+)?)?(?![\w@/])")


def products(text: str, facts: SourceFacts) -> list[tuple[int, int, bool]]:
    """``(start, end, written)`` of the product-shaped names of ``text`` (:data:`PRODUCT_RE`); ``written``: the resume
    or the allowed strings write it (case and punctuation ignored: "Hypermill", "hyper-MILL"; a trailing version
    number may be dropped: "vSphere 8" for "vSphere")."""
    out = []
    for m in PRODUCT_RE.finditer(text):
        name = m.group(0)
        base = re.sub(r"[ -]?\d+(?:\.\d+)?$", "", name)
        written = any(f" {squash(form).strip()} " in src or squash(form).replace(" ", "") in src.replace(" ", "")
                      for form in (name, base) for src in (facts.squashed, facts.allowed_squashed))
        out.append((m.start(), m.end(), written))
    return out
