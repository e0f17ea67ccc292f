"""Skills taxonomy and skill extraction for resumes and job postings.

The taxonomy lives in ``careercopilot/data/skills.json``: ~2,700 canonical
skills, each with a category and aliases, covering software, data, clinical
and nursing work, the trades, finance, legal, teaching, sales and marketing,
design, logistics, hospitality, HR, public safety, spoken languages and
common certifications.  It was compiled by the Career Copilot authors from
public occupational vocabularies such as O*NET and ESCO category names; it is
not a copy of either, and it is released under the project's license.

Matching rules (applied by :func:`extract_skills`):

* Every term matches on *token boundaries*: the character before a match may
  not be a letter/digit/``_``/``+``/``#``/``@``/``.`` and the character after it
  may not be a letter/digit/``_``/``+``/``#``/``@`` nor ``.`` followed by a
  letter.  So ``Java`` is not found in ``JavaScript``, ``.NET`` is not found in
  ``ASP.NET`` or ``example.net``, ``C`` is not found in ``C++``/``C#``.
* Spaces and hyphens inside a term are interchangeable and may repeat
  (``machine-learning`` == ``machine learning``).
* ``aliases`` (and the canonical name) match case-insensitively.  ``exact``
  terms match case-sensitively (``React``, ``Swift``, ``Rust``, and all short
  all-caps acronyms such as ``ML``, ``PR``, ``QA`` so that "ml" as a unit or
  "pr" do not match).
* ``contextual`` terms (``Go``, ``R``, ``C``, ``Ruby``, ``Julia``, ``Jenkins``…)
  match case-sensitively and only in a skill-list context: between list
  separators (start/end of line, bullet, ``, ; / | : ( )``), next to another
  recognised skill across ``and``/``or``/``&``/``,``/``/``, after a cue word
  (``in R``, ``with Go``, ``using C``) or before one (``Go developer``,
  ``R programming``).  They never match when glued to ``-``, ``&``, ``'`` or
  ``.x`` (``go-to-market``, ``R&D``, ``R-410A``, ``C-suite``), nor next to a
  lone capital letter (``A, B, C``).
* ``brand`` terms (bare product names that are also everyday words: ``Toast``, ``Square``, ``Epic``,
  ``When I Work``) match case-sensitively and only in a tool context: that of contextual terms or a use
  verb / a word of the product's class on its line ("run Toast for orders", "charting in Epic"), never
  inside a longer proper name ("Times Square", "Epic Games") (:func:`careercopilot.normalize.skill_brands.tool_context`).
* ``stop_phrases`` (``let go``, ``go live``, ``Rust Belt``, ``vitamin C``,
  ``class C`` …) win over any shorter skill they overlap.
* Case-insensitive terms also match with a plural ``s``/``es`` ("forklifts",
  "pallet jacks"); all-caps exact terms with a lowercase ``s`` ("VFDs", "EHRs").
* Task skills also match as a verb and its object ("schedule appointments", "managed the
  inventory"; :func:`careercopilot.normalize.skill_forms.verb_object_forms`); a listed term wins
  over a generated form.
* Coordinated modifiers share their head ("electrical and plumbing codes", "release and stability
  testing"): each modifier with the head is matched too
  (:func:`careercopilot.normalize.skill_forms.elided_terms`).
* A name of two skills ("Editing and Proofreading": both parts canonical names) or an entry with a
  ``bundle`` ("Written and Verbal Communication") yields each skill it names, at the same span.
* Overlaps resolve leftmost-longest, so ``Ruby on Rails`` beats ``Ruby``.
* URL schemes with their targets (``javascript:alert(1)``, ``data:text/html,…``) and markup
  (tags, ``<script>``/``<style>`` bodies) name no skill (:data:`_SCHEME_RE`, :data:`_MARKUP_RE`).
* Pastimes ("Hobbies: yoga", "personal experience in sports, dance"), civil-service titles named as an
  eligibility condition ("permanent in the title of Paralegal Aide") and places ("1 Police Plaza") name no
  skill (:func:`careercopilot.normalize.skill_context.not_asked`).
* A department named as the unit someone dealt with ("flag HOS conflicts to dispatch", "escalated to
  billing", "worked with purchasing", "dispatch communication") names no skill
  (:func:`careercopilot.normalize.skill_departments.department_contact`).
* A business function's name modifying its records ("sales-and-use and payroll tax filings", "sales
  receipts", "reconciled the marketing budget") names the compound's skill (Sales Tax) or none
  (:func:`careercopilot.normalize.skill_compounds.record_compound`).
* Acronyms whose meaning depends on the trade around them ("EMT conduit", "Barclays PLC",
  "CAD 85,000", "ACLs", "reviewed PRs", "CMA (AAMA)") are dropped when their line reads as
  another meaning (:func:`careercopilot.normalize.skill_senses.other_sense`).

Matching uses two compiled character-trie regexes (one case-insensitive, one
case-sensitive), so 1 MB of text is scanned in well under a second.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field

from careercopilot.normalize.skill_brands import tool_context
from careercopilot.normalize.skill_clientele import licence_not_held, served_sector
from careercopilot.normalize.skill_compounds import RECORD_FIELDS, record_compound
from careercopilot.normalize.skill_forms import elided_terms, verb_object_forms
from careercopilot.normalize.skill_context import not_asked
from careercopilot.normalize.skill_common_nouns import common_noun_product
from careercopilot.normalize.skill_departments import department_contact
from careercopilot.normalize.skill_senses import other_sense

__all__ = [
    "PostingSkills",
    "skill_ancestors",
    "all_skills",
    "canonical_skill",
    "extract_posting_skills",
    "extract_skills",
    "is_fit_evidence",
    "skill_category",
]

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "skills.json"

_BEFORE = r"(?<![\w+#@.])"
_AFTER = r"(?![\w+#@]|\.\w)"
_SEP_TOKEN = r"[\s\-]+"

# URLs and e-mail addresses are blanked out before matching so that
# "github.com/jane/go-tools" or "r.smith@mail.net" yield no skills.
# Linear in the text (perf75): a bare domain is read from the start of its run of letters, digits and
# hyphens only (leading hyphens included), each label possessively and at most MAX_DOMAIN_LABELS labels
# before its top-level domain — read from every word start of "a-a-a-…" or label of "a-.a-.a-.…" it
# cost the square of the run; the e-mail branch likewise starts only at its run's start.
MAX_DOMAIN_LABELS = 16
_MASK_RE = re.compile(
    r"(?i)(?=[\w.%+-])(?:\b(?:https?://|www\.)[^\s<>\"']+"
    r"|(?<![\w.%+-])[\w.%+-]++@[\w-]+(?:\.[\w-]+)+"
    rf"|(?<![a-z0-9-])-*+\b(?:[a-z0-9-]++\.){{1,{MAX_DOMAIN_LABELS}}}+(?:com|io|org|net|dev|ai|co|me|app|edu|gov)/"
    r"[^\s<>\"']*)"
)
#: URL schemes and markup in hostile or pasted input (issue 11 trial finding 1: a
#: ``javascript:`` link read as JavaScript). Blanked before matching, same length:
#: * a scheme with its target — ``javascript:``/``vbscript:``/``livescript:`` followed by anything
#:   but a space (browsers also accept tabs and line breaks inside the scheme, any case, and the
#:   colon as ``&colon;``/``&#58;``/``&#x3a;``/``%3a``: "JaVa&#x09;Script&colon;alert(1)"), ``data:``
#:   with a media type ("data:text/html;base64,…"), ``mailto:``/``tel:``/``sms:``/``file:``/``ftp:``/
#:   ``blob:``/``view-source:``/``ws(s):``/``about:`` followed by their target;
#: * HTML/XML tags (``<script src=…>``, ``</html>``, ``<svg onload=…>``), the whole body of
#:   ``<script>``/``<style>`` elements, and HTML comments.
#: A label such as "JavaScript: React, Vue" (a space after the colon) is no scheme.
_COLON = r"(?::|&colon;|&#0*58;?|&#x0*3a;?|%3a)"
_SCHEME_SEP = r"(?:[\t\r\n]|&#0*(?:9|10|13);?|&#x0*[9ad];?|&tab;|&newline;)*"
_SCHEME_RE = re.compile(
    r"(?i)(?<![\w.+-])(?:" + _SCHEME_SEP.join("javascript") + "|" + _SCHEME_SEP.join("vbscript") + "|"
    + _SCHEME_SEP.join("livescript") + r")\s*" + _COLON + r"[^\s<>\"']*"
    r"|(?<![\w.+-])data\s*" + _COLON + r"\s*[a-z]+/[a-z0-9.+-]+[^\s<>\"']*"
    r"|(?<![\w.+-])(?:mailto|tel|sms|file|ftp|blob|view-source|wss?|about)" + _COLON + r"(?=\S)[^\s<>\"']*"
)
_MARKUP_RE = re.compile(
    r"(?is)<(script|style)\b[^>]*>.*?(?:</\1\s*>|$)|<!--.*?(?:-->|$)|</?[a-z][\w:-]*(?:\s[^<>]*)?/?>"
)


def _blank(m: re.Match) -> str:
    """A match replaced by as many spaces (line breaks kept: context rules read lines)."""
    return re.sub(r"[^\n]", " ", m.group(0))


class PostingSkills(BaseModel):
    """Skills of a job posting split by requirement level (canonical names)."""

    required: list[str] = Field(default_factory=list)
    nice_to_have: list[str] = Field(default_factory=list)
    #: open-vocabulary skills in the posting's own words ("Fee collection"), kept apart from the
    #: taxonomy names: no ranking signal reads them (``normalize.skill_phrases``)
    phrases: list[str] = Field(default_factory=list)


def _norm(term: str) -> str:
    """Normalise a term for lookup: hyphens → spaces, collapse whitespace."""
    return " ".join(term.replace("-", " ").split())


@dataclass
class _Taxonomy:
    names: list[str]
    category: dict[str, str]
    ci: dict[str, str | None] = field(default_factory=dict)  # lower key → canonical (None = stop phrase)
    exact: dict[str, str] = field(default_factory=dict)  # exact key → canonical
    contextual: dict[str, str] = field(default_factory=dict)  # exact key → canonical
    brand: dict[str, str] = field(default_factory=dict)  # exact key → canonical (tool context only)
    lookup: dict[str, str] = field(default_factory=dict)  # lower key of any term → canonical
    bundle: dict[str, tuple[str, ...]] = field(default_factory=dict)  # canonical → the skills it names
    ci_re: re.Pattern[str] | None = None
    cs_re: re.Pattern[str] | None = None


def _trie_regex(keys: list[str]) -> str:
    """Compile keys into one regex alternation factored as a character trie.

    Spaces become ``[\\s-]+``.  Optional tails are greedy, so the longest term
    is tried first and shorter ones are reached by backtracking.
    """
    trie: dict = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:
        end = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            piece = _SEP_TOKEN if ch == " " else re.escape(ch)
            branches.append(piece + render(node[ch]))
        if not branches:
            return ""
        if len(branches) == 1 and not end:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if end else "")

    return render(trie)


def _compile_source(keys: list[str], *, plurals: bool) -> str:
    """Full pattern: first-character lookahead (lets ``re`` skip hopeless positions
    quickly), token-boundary lookbehind, the trie, an optional plural (``s``/``es``
    for case-insensitive terms, a lowercase ``s`` after an all-caps acronym such as
    "PLCs"), token-boundary lookahead."""
    first = "".join(sorted({re.escape(k[0]) for k in keys}))
    plural = r"(?:(?<=[A-Za-z])e?s)?" if plurals else r"(?:(?<=[A-Z])s)?"
    return "(?=[" + first + "])" + _BEFORE + "(?:" + _trie_regex(keys) + ")" + plural + _AFTER


@lru_cache(maxsize=1)
def _taxonomy() -> _Taxonomy:
    data = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    tax = _Taxonomy(names=[], category={})
    for entry in data["skills"]:
        name = entry["name"]
        tax.names.append(name)
        tax.category[name] = entry["category"]
        terms_ci = list(entry.get("aliases", []))
        if entry.get("match_name", True):
            terms_ci.insert(0, name)
        for term in terms_ci:
            tax.ci.setdefault(_norm(term).lower(), name)
        for term in entry.get("exact", []):
            tax.exact.setdefault(_norm(term), name)
        for term in entry.get("contextual", []):
            tax.contextual.setdefault(_norm(term), name)
        for term in entry.get("brand", []):
            tax.brand.setdefault(_norm(term), name)
        for term in [name, *entry.get("aliases", []), *entry.get("exact", []), *entry.get("contextual", []),
                     *entry.get("brand", [])]:
            tax.lookup.setdefault(_norm(term).lower(), name)
    # verb-object forms of task skills after every listed term ("manage inventory"): listed terms win
    for key, name in list(tax.ci.items()):
        if name is not None:
            for form in verb_object_forms(key):
                tax.ci.setdefault(form, name)
    for phrase in data.get("stop_phrases", []):
        tax.ci.setdefault(_norm(phrase).lower(), None)
    known = set(tax.names)
    for entry in data["skills"]:
        parts = entry.get("bundle") or [p.strip() for p in re.split(r"\s+and\s+", entry["name"])]
        if len(parts) > 1 and all(p in known for p in parts):
            tax.bundle[entry["name"]] = tuple(parts)
    tax.ci_re = re.compile(_compile_source(sorted(tax.ci), plurals=True), re.IGNORECASE)
    tax.cs_re = re.compile(_compile_source(sorted(set(tax.exact) | set(tax.contextual) | set(tax.brand)), plurals=False))
    return tax


HIERARCHY_PATH = Path(__file__).resolve().parent.parent / "data" / "skill_hierarchy.json"


@lru_cache(maxsize=1)
def _broader() -> dict[str, tuple[str, ...]]:
    data = json.loads(HIERARCHY_PATH.read_text(encoding="utf-8"))
    tax = _taxonomy()
    out: dict[str, list[str]] = {}
    for name in tax.names:
        for b in data.get("category_broader", {}).get(tax.category.get(name, ""), []):
            if b != name:
                out.setdefault(name, []).append(b)
    for name, bs in data.get("broader", {}).items():
        out.setdefault(name, []).extend(b for b in bs if b != name)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


@lru_cache(maxsize=20_000)
def skill_ancestors(name: str) -> frozenset[str]:
    """Every broader skill that ``name`` (canonical) satisfies, transitively
    (``data/skill_hierarchy.json``): "Grafana" → {"Monitoring", "Observability", "Data
    Visualization"}, "ACLS" → {"BLS", "CPR"}. Empty for unknown names; never contains ``name``."""
    broader = _broader()
    seen: set[str] = set()
    todo = list(broader.get(name, ()))
    while todo:
        b = todo.pop()
        if b not in seen and b != name:
            seen.add(b)
            todo.extend(broader.get(b, ()))
    return frozenset(seen)


def all_skills() -> list[str]:
    """Return every canonical skill name in taxonomy order (≥ 1,500 names)."""
    return list(_taxonomy().names)


def skill_category(name: str) -> str | None:
    """Return the taxonomy category of a skill name or alias (``None`` if unknown)."""
    canonical = canonical_skill(name)
    return _taxonomy().category.get(canonical) if canonical else None


#: Categories whose skills are no evidence of fit (issue 11, observation 1: postings whose only
#: recognized skills were "Communication" earned coverage): every posting asks for them and
#: resumes rarely list them, so they describe the posting, not the trade.
NON_EVIDENCE_CATEGORIES = frozenset({"Soft skills"})


def is_fit_evidence(name: str) -> bool:
    """Whether the canonical skill ``name`` may count as evidence of fit in ranking (skill
    coverage): unknown names do, soft skills (:data:`NON_EVIDENCE_CATEGORIES`) do not."""
    return _taxonomy().category.get(name) not in NON_EVIDENCE_CATEGORIES


def canonical_skill(name: str) -> str | None:
    """Map a skill name or alias to its canonical name, case-insensitively.

    ``canonical_skill("k8s") == "Kubernetes"``, ``canonical_skill("postgres")
    == "PostgreSQL"``; unknown names return ``None``.  This is a dictionary
    lookup of a single term (no context rules); use :func:`extract_skills` for
    free text.
    """
    if not name:
        return None
    tax = _taxonomy()
    key = _norm(name.strip())
    return tax.exact.get(key) or tax.contextual.get(key) or tax.brand.get(key) or tax.lookup.get(key.lower())


# --- context rules for ambiguous terms (Go, R, C, …) ------------------------

_LEFT_STRONG = re.compile(r"(?:^|[\n,;/|:(\[{•·▪●◦‣*]|\s[-–—]|^\s*[-–—])[ \t]*$")
_RIGHT_STRONG = re.compile(r"^[ \t]*(?:$|[\n,;/|)\]}]|\.(?:\s|$)|\s[-–—]\s)")
_LEFT_CONJ = re.compile(r"[ \t]*(?:,|/|&|\+|\band\b|\bor\b|,\s*and\b|,\s*or\b)[ \t]*$", re.IGNORECASE)
_RIGHT_CONJ = re.compile(r"^[ \t]*(?:,|/|&|\+|\band\b|\bor\b)[ \t]*", re.IGNORECASE)
_LEFT_CUE = re.compile(
    r"\b(?:in|with|using|of|like|including|via|knowledge of|experience in|proficient in|"
    r"written in|programming in|coding in|fluent in)[ \t]*$",
    re.IGNORECASE,
)
_RIGHT_CUE = re.compile(
    r"^[ \t]*(?:programming|programmer|language|lang|developer|development|engineer|engineering|"
    r"code|coding|scripts?|scripting|packages?|libraries|library|modules?|stack|services|"
    r"microservices|backend|Shiny|Studio|tidyverse|Markdown|\(programming)\b",
    re.IGNORECASE,
)
_LONE_LETTER_LEFT = re.compile(r"(?<![\w.])([A-Z])[ \t]*(?:,|/|&|\band\b|\bor\b)[ \t]*$")
_LONE_LETTER_RIGHT = re.compile(r"^[ \t]*(?:,|/|&|\band\b|\bor\b)[ \t]*([A-Z])(?![\w+#])")


def _context_ok(text: str, start: int, end: int, starts: set[int], ends: set[int], ctx_terms: dict) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    after2 = text[end + 1] if end + 1 < len(text) else ""
    if before in "-&'’." and before:
        return False
    if after in "&'’" and after or (after in "-." and after2.isalnum()):
        return False
    left = text[max(0, start - 60) : start]
    right = text[end : end + 60]
    for rx, side in ((_LONE_LETTER_LEFT, left), (_LONE_LETTER_RIGHT, right)):
        m = rx.search(side)
        if m and m.group(1) not in ctx_terms:
            return False
    if _LEFT_STRONG.search(left) and _RIGHT_STRONG.match(right):
        return True
    m = _LEFT_CONJ.search(left)
    if m and (start - len(m.group(0))) in ends:
        return True
    m = _RIGHT_CONJ.match(right)
    if m and (end + len(m.group(0))) in starts:
        return True
    return bool(_LEFT_CUE.search(left) or _RIGHT_CUE.match(right))


_NEEDS_NORM = re.compile(r"[\s\-]")
_MAX_CONTEXT_CHECKS = 500  # per ambiguous skill and pass; see _find


def _as_record(text: str, cand: tuple[int, int, str | None, int], tax: _Taxonomy) -> tuple[int, int, str | None, int]:
    """A field mention read inside a record compound (:func:`~careercopilot.normalize.skill_compounds.record_compound`):
    the compound's own skill ("sales … tax" → Sales Tax), or no skill; unchanged outside one."""
    reading = record_compound(text, cand[0], cand[1])
    return cand if reading is None else (cand[0], cand[1], tax.ci.get(reading), cand[3])


def _find(text: str) -> list[tuple[int, int, str]]:
    """Return accepted skill matches as ``(start, end, canonical)`` in text order."""
    if not text:
        return []
    tax = _taxonomy()
    masked = _MASK_RE.sub(lambda m: " " * len(m.group(0)), text)
    if "<" in masked:
        masked = _MARKUP_RE.sub(_blank, masked)
    masked = _SCHEME_RE.sub(_blank, masked)
    cands: list[tuple[int, int, str | None, int]] = []  # start, end, canonical, 0 plain / 1 contextual / 2 brand
    for m in tax.ci_re.finditer(masked):
        g = m.group(0)
        key = (_norm(g) if _NEEDS_NORM.search(g) else g).lower()
        if key not in tax.ci:  # matched with a plural suffix: "forklifts", "pallet jacks"
            key = key[:-1] if key[:-1] in tax.ci else key[:-2]
        cands.append((m.start(), m.end(), tax.ci.get(key), False))
    for m in tax.cs_re.finditer(masked):
        g = m.group(0)
        key = _norm(g) if _NEEDS_NORM.search(g) else g
        if key in tax.exact:
            cands.append((m.start(), m.end(), tax.exact[key], False))
        elif key in tax.contextual:
            cands.append((m.start(), m.end(), tax.contextual[key], 1))
        elif key in tax.brand:
            cands.append((m.start(), m.end(), tax.brand[key], 2))
        elif key.endswith("s") and key[:-1] in tax.exact:  # "VFDs", "APIs"
            cands.append((m.start(), m.end(), tax.exact[key[:-1]], False))
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    kept: list[tuple[int, int, str | None, int]] = []
    last_end = -1
    for c in cands:
        if c[0] >= last_end:
            kept.append(c)
            last_end = c[1]
    # acronyms of another trade's meaning ("EMT conduit", "Barclays PLC", "CAD $80k"): skill_senses
    kept = [c for c in kept if c[2] is None or not other_sense(masked, c[0], c[1])]
    # pastimes, titles, places and business names ("personal experience in dance", "Police Plaza"): skill_context
    kept = [c for c in kept if c[2] is None or not not_asked(masked, c[0], c[1])]
    # a product's bare name as an everyday noun ("teach-back sheets", "the slack"): skill_common_nouns
    kept = [c for c in kept if c[2] is None or not common_noun_product(masked, c[0], c[1])]
    # a department someone handed work to or talked with ("flag conflicts to dispatch"): skill_departments
    kept = [c for c in kept if c[2] is None or not department_contact(masked, c[0], c[1])]
    # the customers served ("accounts (strip retail, …)") or a licence worked under ("working under license"): skill_clientele
    kept = [c for c in kept if c[2] is None or not (served_sector(masked, c[0], c[1], c[2])
                                                    or licence_not_held(masked, c[0], c[1], c[2], skill_category(c[2])))]
    # a field naming its records ("sales-and-use tax", "sales receipts"): the compound's skill or none
    kept = [_as_record(masked, c, tax) if c[2] in RECORD_FIELDS else c for c in kept]
    plain = [(s, e, n) for s, e, n, ctx in kept if n is not None and not ctx]
    pending = [(s, e, n, ctx) for s, e, n, ctx in kept if n is not None and ctx]
    starts = {s for s, _, _ in plain}
    ends = {e for _, e, _ in plain}
    accepted = list(plain)
    found = {n for _, _, n in plain}
    for _ in range(2):  # second pass lets two ambiguous terms vouch for each other ("Go and R")
        still = []
        checked: dict[str, int] = {}
        for s, e, n, ctx in pending:
            if n in found:
                continue  # output is de-duplicated; one accepted occurrence is enough
            checked[n] = checked.get(n, 0) + 1
            if checked[n] > _MAX_CONTEXT_CHECKS:
                continue  # bound the work on pathological input ("R R R R …")
            if _context_ok(masked, s, e, starts, ends, tax.contextual) if ctx == 1 else tool_context(
                    masked, s, e, skill_ancestors(n),
                    lambda s=s, e=e: _context_ok(masked, s, e, starts, ends, tax.contextual)):
                accepted.append((s, e, n))
                found.add(n)
                starts.add(s)
                ends.add(e)
            else:
                still.append((s, e, n, ctx))
        if len(still) == len(pending):
            break
        pending = still
    # modifiers sharing a head: "electrical and plumbing codes" also names Electrical Codes
    for s, e, key in elided_terms(masked, lambda k: tax.ci.get(k) is not None):
        if tax.ci[key] not in found and not other_sense(masked, s, e):
            accepted.append((s, e, tax.ci[key]))
            found.add(tax.ci[key])
    accepted.sort()
    # a name of two skills ("Editing and Proofreading", "written and verbal communication") names both
    return [(s, e, part) for s, e, n in accepted for part in tax.bundle.get(n, (n,))]


def extract_skills(text: str) -> list[str]:
    """Find skills in free text (resume, posting, profile).

    Returns canonical skill names, de-duplicated, in order of first
    appearance.  Matching follows the module rules above (token boundaries,
    case-sensitivity for ambiguous/short terms, skill-list context for Go/R/C,
    stop phrases, leftmost-longest).  Never raises on any ``str`` input;
    runs in roughly linear time (1 MB ≈ a few hundred ms).
    """
    seen: dict[str, None] = {}
    for _, _, name in _find(text or ""):
        seen.setdefault(name, None)
    return list(seen)


#: Sentences that describe the employer, its benefits or its equal-opportunity policy — not
#: the job (issue 11, observation 2: "Integrity" and "Marketing" from an employer's name,
#: "AI" from a company blurb). Cues: EEO boilerplate (EEOC protected classes, E-Verify,
#: reasonable accommodation), benefit words (401(k), insurance, PTO, tuition reimbursement),
#: and company self-description ("X is a leading provider", "founded in", "our mission").
_NOT_THE_JOB = re.compile(
    r"equal (?:employment )?opportunit|affirmative action|without regard to|regardless of (?:race|age|gender)|"
    r"sexual orientation|gender identity|national origin|protected (?:veteran|class|status)|veteran status|"
    r"e-?verify|reasonable accommodation|prohibited by law|committed to (?:creating |fostering |building )?"
    r"(?:a |an )?(?:diverse|inclusive)|"
    r"\b401\s*\(?k\)?|health(?:care)?,? (?:vision|dental|insurance)|(?:medical|dental|vision|life|disability) "
    r"insurance|paid (?:time off|days off|holidays|sick|parental)|\bPTO\b|tuition (?:reimbursement|assistance)|"
    r"employee discount|benefits? (?:package|include|of working)|we offer|perks include|loan forgiveness|"
    r"flex(?:ible)?[- ]spending|retirement (?:plan|savings)|"
    r"\b(?:is|are) (?:a |an |the )?(?:leading|premier|global|world'?s|nation'?s|family[- ]owned|fast[- ]growing|"
    r"full[- ]service|award[- ]winning|trusted|top|largest|innovative|dynamic)\b|\bfounded in\b|"
    r"\bour mission\b|\bthe mission of\b|\bwho we are\b|\babout us\b|\bcompany description\b|"
    r"\bheadquartered in\b|\bfor more information about\b|\bvisit us at\b|\bwe call our\b|"
    # a benefit described or labeled (trial127 finding 4): "benefits that cover … doula services", "parental
    # benefits such as …", "Fertility Benefits: …", "Family Support Program: doula services, backup childcare"
    r"\bbenefits?,? (?:that |which )?(?:cover|covering|such as|including|for you)\b|"
    r"^\W*(?:[\w'’-]+ ){0,3}(?:benefits?|perks?|pension|insurance|retirement|fertility|parental|adoption|childcare|"
    r"family[- ](?:building|forming|support))\b[^:：.]{0,20}[:：]",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|(?<=[a-z.!?])(?=[A-Z][a-z]+ ?[A-Z:])|\n")
#: A CamelCase product name ("QuickBooks", "ServiceNow", "HubSpot", "NetSuite", "SolidWorks", "GitHub"): two or three
#: capitalized chunks from the start of a word. Text whose markup was stripped glues sentences and headings
#: ("teamQualifications:"), so :data:`_SENTENCE` splits before a capital after a lower-case letter — but inside
#: such a name that cut "Knowledge of QuickBooks Online" into "Knowledge of Quick" / "Books Online" and the
#: posting asked for nothing (session-23 tailoring helper's finding).
_CAMEL_NAME = re.compile(r"(?<![\w])[A-Z][a-z]+(?:[A-Z][a-z]+){1,2}(?![\w:])")


def _sentences(text: str) -> list[str]:
    """``text`` split by :data:`_SENTENCE`, except at a cut inside a CamelCase name (:data:`_CAMEL_NAME`; a glued
    heading such as "NeededRequirements:" ends in a colon and is still split)."""
    keep = [(m.start(), m.end()) for m in _CAMEL_NAME.finditer(text)]
    out, start = [], 0
    for m in _SENTENCE.finditer(text):
        if m.start() == m.end() and any(a < m.start() < b for a, b in keep):
            continue
        out.append(text[start:m.start()])
        start = m.end()
    out.append(text[start:])
    return out


def job_sentences(text: str) -> list[str]:
    """The sentences of ``text`` that are about the job: sentences matching
    :data:`_NOT_THE_JOB` (employer blurb, benefits, EEO statement) are dropped."""
    return [s for s in _sentences(text or "") if s.strip() and not _NOT_THE_JOB.search(s)]


def mask_company(text: str, company: str | None) -> str:
    """``text`` with the employer's name blanked out (same length): "Integrity Marketing
    Group" names no skill. Also the name without a legal suffix ("Acme AI, Inc." → "Acme AI")."""
    name = (company or "").strip()
    if len(name) < 2:
        return text
    names = {name, re.sub(r"[,\s]+(?:inc|llc|ltd|corp|co|gmbh|plc|l\.?p)\.?$", "", name, flags=re.IGNORECASE).strip()}
    for n in sorted((n for n in names if len(n) >= 2), key=len, reverse=True):
        text = re.sub(r"(?<![\w])" + re.escape(n) + r"(?![\w])", lambda m: " " * len(m.group(0)), text,
                      flags=re.IGNORECASE)
    return text


def extract_posting_skills(text: str, *, company: str | None = None) -> PostingSkills:
    """Split a job posting's skills into required and nice-to-have, read by its sections.

    One reader for matching and writing (issue 11): :func:`careercopilot.normalize.posting_sections.read_posting`
    (headings of Workday, Greenhouse/Lever markdown, ALL CAPS, inline labels and inline cues).
    ``required`` = the required qualifications and the role's duties (``PostingAsks.asked``);
    ``nice_to_have`` = the preferred ones ("Nice to have", "Bonus points", "Preferred
    qualifications", "… is a plus"). Company, benefits, EEO and how-to-apply sections name no
    skill, nor do sentences anywhere about the employer, its benefits or its EEO policy
    (:func:`job_sentences`). A posting without a job section is all required (its inline cues
    still make a sentence nice-to-have). The employer's name (``company``) is masked first
    (:func:`mask_company`). Names are canonical, ordered by first appearance; a skill in both
    lists is kept only in ``required``.
    """
    from careercopilot.normalize.posting_sections import read_posting  # local: it imports this module

    asks = read_posting(text or "", company=company)
    required = asks.asked
    return PostingSkills(required=required, nice_to_have=[n for n in asks.preferred if n not in required],
                         phrases=asks.phrases)
