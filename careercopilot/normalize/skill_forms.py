"""Verb-phrase forms of task skills: "Inventory Management" is also written "manage inventory",
"managing inventory", "managed the inventory"; "Lesson Planning" is "plan lessons".

Postings and resumes name most task skills as a verb and its object ("schedule appointments",
"verify insurance", "reconcile accounts") while a taxonomy names them as a nominalization
("Appointment Scheduling"). :func:`verb_object_forms` turns a taxonomy term whose last word is
a nominalization of :data:`NOMINAL_VERBS` and whose first one or two words are its object into
the verb-object forms, every inflection of the verb, with an optional article ("the", "a",
"all") before the object. The object's plural is left to the matcher (``skills._compile_source``
accepts a plural ``s``/``es`` at the end of any case-insensitive term).

Source of the table: the English derivational pairs of the nominalizations that end the
taxonomy's two- and three-word names (``careercopilot/data/skills.json``: "management" 178
names, "analysis" 57, "planning" 44, "testing" 41, "installation" 31 …), with their irregular
inflections (plan → planning/planned, write → writing/written). Nouns that are also
verbs ("repair", "review", "design") are included: "repair engines" is "Engine Repair".
"""

from __future__ import annotations

import re

__all__ = ["NOMINAL_VERBS", "elided_terms", "verb_object_forms"]

#: Nominalization → the verb's forms (base, 3rd person, -ing, past).
NOMINAL_VERBS: dict[str, tuple[str, ...]] = {
    "management": ("manage", "manages", "managing", "managed"),
    "analysis": ("analyze", "analyzes", "analyzing", "analyzed", "analyse", "analyses", "analysing", "analysed"),
    "planning": ("plan", "plans", "planning", "planned"),
    "testing": ("test", "tests", "testing", "tested"),
    "installation": ("install", "installs", "installing", "installed"),
    "administration": ("administer", "administers", "administering", "administered"),
    "processing": ("process", "processes", "processing", "processed"),
    "writing": ("write", "writes", "writing", "wrote", "written"),
    "maintenance": ("maintain", "maintains", "maintaining", "maintained"),
    "repair": ("repair", "repairs", "repairing", "repaired"),
    "handling": ("handle", "handles", "handling", "handled"),
    "assessment": ("assess", "assesses", "assessing", "assessed"),
    "monitoring": ("monitor", "monitors", "monitoring", "monitored"),
    "coordination": ("coordinate", "coordinates", "coordinating", "coordinated"),
    "inspection": ("inspect", "inspects", "inspecting", "inspected"),
    "scheduling": ("schedule", "schedules", "scheduling", "scheduled"),
    "reporting": ("report", "reports", "reporting", "reported"),
    "preparation": ("prepare", "prepares", "preparing", "prepared"),
    "review": ("review", "reviews", "reviewing", "reviewed"),
    "editing": ("edit", "edits", "editing", "edited"),
    "screening": ("screen", "screens", "screening", "screened"),
    "forecasting": ("forecast", "forecasts", "forecasting", "forecasted"),
    "cleaning": ("clean", "cleans", "cleaning", "cleaned"),
    "evaluation": ("evaluate", "evaluates", "evaluating", "evaluated"),
    "validation": ("validate", "validates", "validating", "validated"),
    "verification": ("verify", "verifies", "verifying", "verified"),
    "reconciliation": ("reconcile", "reconciles", "reconciling", "reconciled"),
    "collection": ("collect", "collects", "collecting", "collected"),
    "tracking": ("track", "tracks", "tracking", "tracked"),
    "troubleshooting": ("troubleshoot", "troubleshoots", "troubleshooting", "troubleshot"),
    "supervision": ("supervise", "supervises", "supervising", "supervised"),
    "drafting": ("draft", "drafts", "drafting", "drafted"),
    "negotiation": ("negotiate", "negotiates", "negotiating", "negotiated"),
    "budgeting": ("budget", "budgets", "budgeting", "budgeted"),
    "ordering": ("order", "orders", "ordering", "ordered"),
    "picking": ("pick", "picks", "picking", "picked"),
    "packing": ("pack", "packs", "packing", "packed"),
    "calibration": ("calibrate", "calibrates", "calibrating", "calibrated"),
    "documentation": ("document", "documents", "documenting", "documented"),
    "instruction": ("instruct", "instructs", "instructing", "instructed"),
    "investigation": ("investigate", "investigates", "investigating", "investigated"),
    "optimization": ("optimize", "optimizes", "optimizing", "optimized"),
    "design": ("design", "designs", "designing", "designed"),
    "development": ("develop", "develops", "developing", "developed"),
    "operation": ("operate", "operates", "operating", "operated"),
    "auditing": ("audit", "audits", "auditing", "audited"),
    "recruiting": ("recruit", "recruits", "recruiting", "recruited"),
    "recruitment": ("recruit", "recruits", "recruiting", "recruited"),
    "filing": ("file", "files", "filing", "filed"),
    "estimating": ("estimate", "estimates", "estimating", "estimated"),
    "estimation": ("estimate", "estimates", "estimating", "estimated"),
}

#: Objects too generic to name a skill with a verb: "manage change orders" is no Change
#: Management, "develop people" no People Development, "test results" no Results Testing.
_VAGUE_OBJECTS = frozenset({"change", "people", "time", "self", "results", "business", "product", "general",
                            "process", "work", "team", "service", "services", "quality", "performance"})
_ARTICLES = ("", "the ", "all ")


def verb_object_forms(term: str) -> list[str]:
    """Verb-object forms of a lower-case, space-normalized taxonomy ``term``: "inventory
    management" → ["manage inventory", "manage the inventory", …, "managed all inventory"].
    Empty unless the term is one or two object words plus a nominalization of
    :data:`NOMINAL_VERBS`, and the object is not vague (:data:`_VAGUE_OBJECTS`)."""
    words = term.split()
    if not 2 <= len(words) <= 3 or words[-1] not in NOMINAL_VERBS:
        return []
    obj = words[:-1]
    if obj[-1] in _VAGUE_OBJECTS or len(obj) == 1 and obj[0] in _VAGUE_OBJECTS:
        return []
    if not all(w.isalpha() for w in obj) or any(w in NOMINAL_VERBS or w in ("and", "or", "of") for w in obj):
        return []
    return [f"{v} {a}{' '.join(obj)}" for v in NOMINAL_VERBS[words[-1]] for a in _ARTICLES]


#: Coordinated modifiers sharing one head noun: "electrical and plumbing codes", "release and stability
#: testing", "invasive and non-invasive ventilation", "project, program and portfolio management". Groups:
#: the first modifier, further comma-separated ones, then the last modifier and a one- or two-word head.
#: Linear in the text (perf75): a word and a whitespace run are possessive (``*+``, ``\s++``: a word is
#: always followed by a space or comma here and "and"/"or"/"&" is never a space, so giving any back
#: never helped a match), and at most :data:`MAX_COORDINATED` further modifiers are read from one
#: start, so a start costs at most that many words however long a comma list or space run is.
_WORD = r"[A-Za-z][A-Za-z-]*+"
#: Further comma-separated modifiers before the last one ("project, program and portfolio management"
#: has one); a longer list names its elided terms from its last MAX_COORDINATED + 2 modifiers.
MAX_COORDINATED = 12
_COORDINATION = re.compile(
    rf"(?<![\w+#@./-])({_WORD})((?:\s*+,\s*+{_WORD}){{0,{MAX_COORDINATED}}})(?:\s*+,\s++|\s++)(?:and|or|&)\s++{_WORD}"
    rf"\s++([A-Za-z][A-Za-z-]*)(?:\s+({_WORD}))?",
    re.IGNORECASE,
)


#: A head written once before coordinated complements: "accounts payable and receivable", "Adobe
#: Photoshop and Illustrator". Groups: head, first complement, the next complement.
_HEAD_FIRST = re.compile(rf"(?<![\w+#@./-])({_WORD})\s+({_WORD})\s*(?:,|/|\s(?:and|or|&))\s*({_WORD})(?![\w+#@-])",
                         re.IGNORECASE)


def elided_terms(text: str, is_term) -> list[tuple[int, int, str]]:
    """Terms a coordination leaves unwritten ("electrical and plumbing codes" names "electrical
    codes"), as ``(start, end, term)``: the span is the modifier's, ``term`` the lower-case,
    space-normalized modifier + head for which ``is_term(term)`` holds (the head alone or with
    its next word; a plural head also singular). The last modifier's own term is written out and
    left to the ordinary matcher. A head written first ("accounts payable and receivable") names
    head + each later complement when head + the first complement is a term too."""
    out: list[tuple[int, int, str]] = []
    for m in _COORDINATION.finditer(text):
        mods = [(m.start(1), m.end(1))]
        if m.group(2):
            base = m.start(2)
            mods += [(base + w.start(), base + w.end()) for w in re.finditer(_WORD, m.group(2))]
        heads = [m.group(3)] + ([f"{m.group(3)} {m.group(4)}"] if m.group(4) else [])
        for s, e in mods:
            mod = text[s:e].replace("-", " ").lower()
            for head in reversed(heads):  # longest head first
                h = head.replace("-", " ").lower()
                key = next((k for k in (f"{mod} {h}", f"{mod} {h[:-1]}" if h.endswith("s") else "")
                            if k and is_term(k)), None)
                if key:
                    out.append((s, e, key))
                    break
    for m in _HEAD_FIRST.finditer(text):
        head = m.group(1).lower()
        key = f"{head} {m.group(3).lower()}"
        if is_term(f"{head} {m.group(2).lower()}") and is_term(key):
            out.append((m.start(3), m.end(3), key))
    return out
