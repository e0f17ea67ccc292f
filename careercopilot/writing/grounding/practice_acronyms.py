"""A field of work's initials read as a tool (session 31, ground134, issue 12; set 27's false flags "run QA checks in
Xbench", "do my GIS work in QGIS", "VAT refund recoveries" for «saldos a favor de IVA»).

The skills taxonomy files some initials under a practice, not a product: "QA" → Quality Assurance, "GIS" → Geospatial
Analysis, "VAT" → Sales Tax. A sentence uses them to say what kind of work it did, and the claim it makes is then
carried by the rest of the sentence:

* **the work done in a resume's tool** (:func:`work_in_named_tool`): the initials before a noun of work ("QA checks",
  "GIS work", "QA review") and, in the same clause, "in/on/with/using/through <a name the resume writes>" — the
  tool is checked as any name is ("GIS work in ArcGIS" for a QGIS user flags "ArcGIS");
* **a tax the resume names in its own language** (:func:`tax_in_cv_language`): "VAT" for the CV's "IVA", "TVA",
  "MwSt", "BTW" … (:data:`VAT_NAMES`).

Still flagged: the initials alone or with no resume name in the clause ("I run QA checks", "I led GIS projects"), a
product's initials (the taxonomy's canonical name with no practice head: "AWS" → Amazon Web Services), and "VAT" on
a CV that writes no VAT name. Variants in ``tests/unit/writing/test_grounding_set27_forms.py``.
"""

from __future__ import annotations

import re

#: Heads of a practice's canonical name in the skills taxonomy (what kind of work, not which product).
_PRACTICE_HEAD = re.compile(r"(?i)\b(?:assurance|analysis|analytics|tax|testing|control|accounting|compliance|"
                            r"reporting|planning|auditing|inspection|surveying|mapping)$")
#: A noun of work right after the initials ("QA checks", "GIS work", "VAT returns").
_WORK_NOUN = re.compile(r"[ \t]+(?:[a-z-]+[ \t]+)?(?:checks?|work|tasks?|reviews?|testing|tests|analys[ie]s|mapping|"
                        r"layers?|maps|reports?|reporting|returns?|filings?|refunds?|recover\w*|audits?|compliance|"
                        r"projects?|processes|process|workflows?|passes|steps?)\b")
#: The tool the work is done in, within the clause: "… in Xbench", "… using QGIS".
_IN_TOOL = re.compile(r"^[^.;:!?]{0,40}?\b(?:in|on|with|using|through|via)[ \t]+(?:the[ \t]+|my[ \t]+)?"
                      r"(?P<name>[A-Z][\w+.-]*(?:[ \t]+[A-Z][\w+.-]*){0,2})")

#: Value-added tax in the languages of the CVs (the national names and abbreviations the EU's VAT directive
#: 2006/112/EC is transposed under, as listed in the European Commission's "VAT identification numbers" / VIES
#: pages, and the same tax outside the EU: Turkey KDV, Indonesia PPN, the Balkans PDV, Mexico and Latin America IVA,
#: Russia/Ukraine НДС/ПДВ, Greece ΦΠΑ).
VAT_NAMES = ("IVA", "TVA", "MwSt", "MWST", "USt", "BTW", "MOMS", "moms", "ALV", "ÁFA", "AFA", "DPH", "DDV", "PDV",
             "ДДС", "ΦΠΑ", "FPA", "KDV", "PPN", "НДС", "ПДВ", "PVM", "PVN", "käibemaks", "Mehrwertsteuer",
             "Umsatzsteuer", "IVU", "ITBIS")


def work_in_named_tool(text: str, start: int, end: int, canonical: str, named) -> bool:
    """``text[start:end]`` is a practice's initials (all capitals; ``canonical``, its taxonomy name, ends in a
    practice's head) before a noun of work, with a tool the resume writes (``named(name) -> bool``) after "in/on/
    with/using" in the same clause (module doc)."""
    surface = text[start:end]
    if not re.fullmatch(r"[A-Z]{2,4}", surface) or not _PRACTICE_HEAD.search(canonical):
        return False
    noun = _WORK_NOUN.match(text, end)
    if not noun:
        return False
    tool = _IN_TOOL.match(text[noun.end():])
    return bool(tool and named(tool.group("name")))


def tax_in_cv_language(surface: str, original: str) -> bool:
    """``surface`` is "VAT" and the resume ``original`` writes a national name of that tax (:data:`VAT_NAMES`)."""
    if surface != "VAT":
        return False
    return any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", original) for n in VAT_NAMES)
