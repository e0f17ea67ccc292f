"""Whether a posting's name for a skill names the same thing as the resume's wording (tailoring's
"term" changes: :func:`careercopilot.writing.tailor.propose`).

The skills taxonomy (``data/skills.json``) files a product's editions as aliases of one skill
("QuickBooks Online" and "QBO" under QuickBooks, "Epic Hyperspace" and "EpicCare" under Epic,
"AutoCAD Civil 3D" under AutoCAD, "SAP S/4HANA" under SAP), and task skills match as a verb with
its object ("Processed payroll" is Payroll). So "the same skill" is not "the same name": renaming the
resume's "QuickBooks" in "QuickBooks Desktop" to the posting's "QuickBooks Online" wrote "QuickBooks
Online Desktop", a product the person never named, and renaming "Processed payroll" to "payroll"
dropped the verb (trial 41 finding 5).

:func:`same_name` ``(resume surface, posting surface) -> bool`` is True only when the two spell one
name; both are compared as word lists (case folded, a plural ``s`` dropped, ``.``/``-``/``/``
inside a word removed: "Node.js" = "nodejs", "A/P" = "ap"):

* equal after dropping a vendor's name (:data:`VENDORS`: "MS Excel" = "Microsoft Excel" = "Excel",
  "Intuit QuickBooks" = "QuickBooks");
* written together or apart ("PowerPoint" = "Power Point");
* a one-word name and a short form of it: the longer ends in at most 3 more letters ("Postgres" =
  "PostgreSQL", "Node" = "Node.js"; "Epic" ≠ "EpicCare", "Go" ≠ "Golang") that are not a word-forming
  ending (:data:`WORD_FORM_ENDINGS`: "dispatch" ≠ "dispatching", "audit" ≠ "auditor" — another part of
  speech, trial101 finding 2), its initials ("JS" =
  "JavaScript" by its capitals, "AP" = "Accounts Payable", "QBO" = "QuickBooks Online" but ≠
  "QuickBooks"), or a numeronym ("K8s" = "Kubernetes").

Any other difference — a word more or less ("QuickBooks" vs "QuickBooks Online", "AutoCAD" vs
"AutoCAD Civil 3D", "Processed payroll" vs "payroll"), or two unrelated words ("SFDC" vs
"Salesforce", "Civil 3D" vs "AutoCAD") — is another name: an edition, a product or a verb that the
rename would add or drop, so no rename is proposed. :func:`only_case_or_number` marks pairs that
differ by letter case or a plural alone ("pivot tables" / "Pivot Table"): the same words, nothing to
rename.
"""

from __future__ import annotations

import re

#: Software vendors whose name before a product's is not part of the product's name (the vendors of
#: the taxonomy's office, accounting, design and cloud products). "SAP" and "Oracle" are not listed:
#: they are product names too ("SAP" the ERP, "Oracle" the database).
VENDORS = frozenset("microsoft ms intuit adobe google autodesk apple amazon ibm atlassian".split())

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+#/&'-]*")


def _words(surface: str) -> list[str]:
    out = []
    for w in _WORD.findall(surface):
        w = re.sub(r"[.\-/&']", "", w.lower())
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        if w:
            out.append(w)
    return out


def _initials(surface: str) -> str:
    """Initials of the words and of their capitalised parts ("JavaScript" → "js", "QuickBooks Online" →
    "qbo", "accounts payable" → "ap")."""
    parts: list[str] = []
    for w in _WORD.findall(surface):
        if w.lower() in VENDORS:
            continue
        parts += re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", w) or [w]
    return "".join(p[0].lower() for p in parts if p)


#: Endings that make another word of the same stem ("dispatch" → "dispatching", "bill" → "billing",
#: "audit" → "auditor", "account" → "accountant"): a word form, not a short form of one name — renaming
#: "flag HOS conflicts to dispatch" to "… to dispatching" changed the part of speech and the meaning
#: (trial101 finding 2). English inflectional and derivational suffixes of ≤ 3 letters.
WORD_FORM_ENDINGS = frozenset("s es ed d ing er ers or ors ion al ly ist ism ity ive ant ent ure ery ary age ize ise "
                              "ive ful ous ian ee ees ic ory".split())


def _word_form_ending(short: str, tail: str) -> bool:
    """Whether ``short`` + ``tail`` is another word of ``short``'s stem: an ending of :data:`WORD_FORM_ENDINGS`,
    also after a doubled last consonant ("plan" → "planner", "ship" → "shipped")."""
    return tail in WORD_FORM_ENDINGS or (len(tail) > 1 and tail[0] == short[-1] and tail[1:] in WORD_FORM_ENDINGS)


def _short_form(short: str, long_surface: str) -> bool:
    long_words = [w for w in _words(long_surface) if w not in VENDORS]
    joined = "".join(long_words)
    if (len(long_words) == 1 and len(short) >= 4 and joined.startswith(short) and len(joined) - len(short) <= 3
            and not _word_form_ending(short, joined[len(short):])):
        return True
    if len(short) >= 2 and short == _initials(long_surface):
        return True
    m = re.fullmatch(r"([a-z])(\d+)([a-z])", short)
    raw = re.sub(r"[^a-z0-9]", "", long_surface.lower())
    return bool(m and len(long_words) == 1 and raw[0] == m.group(1) and raw[-1] == m.group(3)
                and len(raw) - 2 == int(m.group(2)))


def same_name(resume_surface: str, posting_surface: str) -> bool:
    """Whether the two surfaces spell one name (see the module doc)."""
    a, b = _words(resume_surface), _words(posting_surface)
    if not a or not b:
        return False
    if a == b or "".join(a) == "".join(b):
        return True
    av, bv = [w for w in a if w not in VENDORS], [w for w in b if w not in VENDORS]
    if av and av == bv:
        return True
    if len(av) == 1 and _short_form(av[0], posting_surface):
        return True
    return len(bv) == 1 and _short_form(bv[0], resume_surface)


def only_case_or_number(resume_surface: str, posting_surface: str) -> bool:
    """The same words, differing only in letter case or a plural ("pivot tables" / "Pivot Table")."""
    return _words(resume_surface) == _words(posting_surface)
