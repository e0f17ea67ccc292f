"""Resume tailoring as a per-bullet diff against the master resume — never a new fact.

The offline tailor proposes only changes that keep every fact: (1) within a role, bullets
that serve the posting's skills move up (order is not a fact; weighed by the posting's tier: required,
duties, preferred), (2) a skills-section line lists the posting's skills first (kind ``order``), and (3) a skill
written under another spelling of the posting's name for it ("Postgres" for "PostgreSQL", "JS" for
"JavaScript", "MS Excel" for "Microsoft Excel") is renamed to the posting's term — only when the two
spell one name (:func:`careercopilot.writing.term_names.same_name`): never another edition of a
product ("QuickBooks Desktop" stays, though the taxonomy files "QuickBooks Online" under QuickBooks),
never a change that drops the bullet's verb ("Processed payroll") or only changes case or number. Each
change names the requirement it serves, and its reason quotes the posting's line that asks for it and says
where a bullet moves (newcomer trial F9: "moved up: it shows Chromatography, which the posting requires" was
the whole reason). An LLM may propose rewrites too; every proposal
and every user edit is accepted only if the grounding checker finds no fact the master
resume lacks (:func:`grounded_edit`).

What the posting asks for is read from its sections (required qualifications and the role's duties;
:func:`careercopilot.normalize.posting_sections.read_posting`), never from its company blurb. A skill is
"not shown on your resume" (``Proposal.unmet``) only when the resume does not cover it the way the
Resume page and the match explanation count skills (:func:`resume_facts.covered_skills`: synonyms, case,
broader skills implied by the taxonomy) — a skill of the skills section is shown even if no bullet
names it, and a requirement named by a noun is shown by its verb opening a bullet ("Documentation" by "Document
work orders …": :mod:`careercopilot.writing.skill_verbs`); a trait of the taxonomy's soft skills ("Communication", "Verbal Communication") is never listed
(issue 12: a resume shows it by what its bullets did; interview prep asks for the example). A proposal with no change says so (:attr:`Proposal.empty`) and saves nothing.

:func:`apply` turns the accepted/edited changes into the new resume text (the service
saves it as a new resume version linked to the application).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careercopilot.normalize import skills as skills_mod
from careercopilot.normalize.posting_sections import read_posting
from careercopilot.normalize.role_nouns import role_phrase
from careercopilot.writing import self_check
from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.resume_facts import covered_skills, roles
from careercopilot.writing.skill_kinds import kind_of
from careercopilot.writing.skill_verbs import shown_by_verb
from careercopilot.writing.term_names import only_case_or_number, same_name

#: what the tailoring view says when nothing needs changing
NOTHING_TO_CHANGE = ("Nothing to change: your resume already uses the posting's names for the skills it shares "
                     "with this posting, and the bullets that show them already come first.")


@dataclass
class Change:
    """One proposed edit of one bullet (``before`` → ``after``) and why."""

    index: int  # position of the change in the proposal
    role: str
    before: str
    after: str
    reason: str
    requirement: str
    #: reorder | term | order (a skills line's items reordered) | rewrite (an LLM's grounded rewording: llm_prep)
    kind: str
    status: str = "proposed"  # proposed | accepted | rejected | edited
    position: int = -1  # for reorder: the bullet's new position within its role
    #: [role number, bullet number] of the bullet in the master resume (:func:`resume_facts.roles` order), so a
    #: duplicate bullet is told from its twin; None for a skills line or a proposal saved before (trial144 F2)
    slot: list[int] | None = None


@dataclass
class Proposal:
    """All changes for one posting, plus the requirements nothing in the resume serves."""

    changes: list[Change] = field(default_factory=list)
    unmet: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """No change is proposed: the tailored resume would be the master resume."""
        return not self.changes


def _posting_terms(posting_text: str) -> dict[str, str]:
    """canonical skill → the posting's own spelling of it."""
    out: dict[str, str] = {}
    for s, e, name in skills_mod._find(posting_text):
        out.setdefault(name, posting_text[s:e])
    return out


#: A bullet's weight per posting skill it shows, by the posting's tier (required qualifications first).
_WEIGHT = {"required": 3, "duties": 2, "preferred": 1}
_TIER_SAYS = {"required": "asks for", "duties": "asks for", "preferred": "lists as a plus"}


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


#: Longest quote of the posting in a reason, in characters (a longer sentence is cut around the skill's name).
QUOTE_CHARS = 140


def _posting_line(posting_text: str, skill: str) -> str:
    """The posting's sentence that names ``skill`` (bullet mark removed, ≤ :data:`QUOTE_CHARS` characters, cut
    around the name with "…" when longer), or "" when none does.

    Sentences are read as the skills reader reads them (:func:`careercopilot.normalize.skills.job_sentences`:
    headings glued to text by stripped markup are split, the employer's blurb, benefits and EEO sentences are
    skipped), so the quote always contains the requirement: a posting pasted as one long line was quoted by its
    first 137 characters — "Company DescriptionTallgrass Freight Company is a full-service …" — which never
    mention dispatching (trial101 finding 2). The first line (the title) is read last."""
    lines = [ln for ln in posting_text.splitlines() if ln.strip()]
    # the posting's first line last: it is its title, often glued to the next line by a paste ("HR & Administrative
    # CoordinatorWork is Remote with Preference …", trial144 finding 9), never where a requirement is asked
    for line in lines[1:] + lines[:1]:
        bare = re.sub(r"^\s*(?:[-*•·●▪◦‣]|\d+[.)])\s*", "", line).strip()
        for sentence in skills_mod.job_sentences(bare):
            sentence = re.sub(r"^\s*(?:[-*•·●▪◦‣]|\d+[.)])\s*", "", sentence).strip()
            spans = [(s, e) for s, e, n in skills_mod._find(sentence) if n == skill]
            if spans:
                return _quote_around(sentence, *spans[0])
    return ""


def _quote_around(sentence: str, start: int, end: int) -> str:
    """``sentence`` if short enough, else a window of whole words around ``sentence[start:end]`` with "…" where
    it was cut."""
    if len(sentence) <= QUOTE_CHARS:
        return sentence
    lo = max(0, start - (QUOTE_CHARS - (end - start)) // 3)
    hi = min(len(sentence), lo + QUOTE_CHARS)
    lo = max(0, min(lo, hi - QUOTE_CHARS))
    if lo > 0:
        lo = sentence.find(" ", lo, start) + 1 or lo
    if hi < len(sentence):
        cut = sentence.rfind(" ", end, hi)
        hi = cut if cut > 0 else hi
    return ("… " if lo > 0 else "") + sentence[lo:hi].strip() + (" …" if hi < len(sentence) else "")


def _why(posting_text: str, asks, skills: list[str], surfaces: dict[str, str]) -> str:
    """"HPLC, which the posting asks for: “Experience with HPLC, GC …”": the skills as the bullet writes them
    (a preferred one "lists as a plus") and the posting's first line that names the first of them."""
    from careercopilot.writing.phrasing import join_names

    names = join_names(list(dict.fromkeys(surfaces.get(k, k) for k in skills)))
    line = _posting_line(posting_text, skills[0])
    says = _TIER_SAYS[asks.tier(skills[0]) or "required"]
    return f"{names}, which the posting {says}" + (f": “{line}”" if line else "")


def _skills_lines(resume_text: str) -> list[str]:
    """The lines of the resume's skills section that list items ("Titration, HPLC, Excel", "A · B | C")."""
    from careercopilot.normalize.resume_fields import heading_key, split_sections

    return [ln.strip() for h, b in split_sections(resume_text) if heading_key(h) == "skills"
            for ln in b.splitlines() if len(re.findall(r"\s*[,·|;]\s*", ln)) >= 2]


def _order_items(line: str, weight) -> str | None:
    """The skills line with the items the posting asks for first (their order by weight kept stable), or None
    when that is the order already. Separators and a "Label:" prefix are kept."""
    label = re.match(r"^([^:,·|;]{1,40}:\s*)", line)
    head, body = (label.group(1), line[label.end():]) if label else ("", line)
    sep = re.search(r"\s*[,·|;]\s*", body).group(0)
    items = re.split(r"\s*[,·|;]\s*", body.strip())
    if len(set(re.findall(r"\s*([,·|;])\s*", body))) > 1 or not all(items):
        return None  # mixed separators: groups the person made, left alone
    ranked = sorted(range(len(items)), key=lambda i: (-weight(items[i]), i))
    if ranked == list(range(len(items))):
        return None
    return head + sep.join(items[i] for i in ranked)


def propose(resume_text: str, posting_text: str, *, company: str | None = None) -> Proposal:
    """Deterministic tailoring proposal (see the module doc).

    Newcomer trial F5/F9 (issue 12: "few bullets changed, reasons vague"): a bullet is weighed by every skill of
    the posting it shows — required 3, duties 2, preferred 1 (a trait of the soft skills none: a bullet shows it
    by what it did) — and moved up past the bullets that show less; its reason names the skills as the bullet
    writes them, where it moves ("from 4th to 1st of 5"), and quotes the posting's line that asks for them. A
    skills-section line lists the posting's skills first (kind ``order``: the same items, reordered)."""
    asks = read_posting(posting_text, company=company)
    required = asks.everything
    terms = _posting_terms(posting_text)
    proposal = Proposal()
    served: set[str] = set()
    n = 0

    def weight_of(name: str) -> int:
        return 0 if kind_of(name) == "trait" else _WEIGHT.get(asks.tier(name) or "", 0)

    for role_no, role in enumerate(roles(resume_text)):
        scored = []
        for i, bullet in enumerate(role.bullets):
            found = skills_mod._find(bullet)
            hits = list(dict.fromkeys(name for _, _, name in found if weight_of(name)))
            surfaces = {name: bullet[s:e] for s, e, name in reversed(found)}
            served.update(name for _, _, name in found if name in required)
            scored.append((-sum(weight_of(h) for h in hits), i, bullet, hits, surfaces))
            for s, e, name in found:
                posting_term = terms.get(name)
                if posting_term and (role_phrase(bullet, s, e) is not None
                                     or role_phrase(posting_term, 0, len(posting_term)) is not None):
                    # an occupation or credential ("46 RNs", "Cut RN turnover") is people or a licence, never a
                    # term to rename: "46 Registered Professional Nurse" reads as a claimed credential (session 22)
                    continue
                surface = bullet[s:e]
                if (name in required and posting_term and not only_case_or_number(surface, posting_term)
                        and same_name(surface, posting_term)):
                    # one name spelt two ways only ("Postgres"/"PostgreSQL"): never an edition, a product or a
                    # verb the rename adds or drops ("QuickBooks Online Desktop", "payroll in Gusto"; term_names)
                    after = bullet[:s] + posting_term + bullet[e:]
                    bad = grounded_edit(bullet, after, resume_text)
                    if bad:  # a name the checker cannot tie to the resume's ("Golang" for "Go"): no new fact risked
                        self_check.note("tailoring", "dropped", "unsupported", bad[0], after)
                        continue
                    line = _posting_line(posting_text, name)
                    proposal.changes.append(Change(n, role.label, bullet, after,
                                                   f"uses the posting's term “{posting_term}” for the same skill"
                                                   + (f" (the posting: “{line}”)" if line else ""), name, "term",
                                                   slot=[role_no, i]))
                    n += 1
        order = sorted(scored, key=lambda x: (x[0], x[1]))
        for new_pos, (neg, i, bullet, hits, surfaces) in enumerate(order):
            if new_pos < i and hits:
                proposal.changes.append(Change(n, role.label, bullet, bullet,
                                               f"moved up from {_ordinal(i + 1)} to {_ordinal(new_pos + 1)} of "
                                               f"{len(order)}: it shows {_why(posting_text, asks, hits, surfaces)}",
                                               hits[0], "reorder", position=new_pos, slot=[role_no, i]))
                n += 1
    for line in _skills_lines(resume_text):
        def weight(item: str) -> int:
            return max((weight_of(name) for _, _, name in skills_mod._find(item)), default=0)

        after = _order_items(line, weight)
        if after:
            first = [x for x in re.split(r"\s*[,·|;]\s*", after.split(":", 1)[-1]) if weight(x)]
            shown = [name for x in first for _, _, name in skills_mod._find(x) if weight_of(name)]
            proposal.changes.append(Change(n, "Skills", line, after,
                                           f"lists first the skills the posting asks for: {', '.join(first)}",
                                           shown[0] if shown else "", "order"))
            n += 1
    have = covered_skills(resume_text) | served
    # a trait ("Communication", "Leadership") is shown by what the bullets did, never a term to add: no gap
    unmet = [r for r in asks.asked if r not in have and kind_of(r) != "trait"]
    acted = shown_by_verb(unmet, resume_text)  # "Documentation" shown by "Document work orders …" (trial126)
    proposal.unmet = [r for r in unmet if r not in acted]
    return proposal


def grounded_edit(before: str, after: str, master: str) -> list[str]:
    """Facts in ``after`` that neither the master resume nor ``before`` supports (empty = OK)."""
    facts = SourceFacts.from_texts(master)
    had = {f.text for f in check(before, facts)}
    return [f.text for f in check(after, facts) if f.text not in had]


def apply(resume_text: str, changes: list[Change]) -> str:
    """The resume with accepted/edited changes applied (rejected/proposed ones ignored); every bullet kept once
    unless the user dropped it (:func:`careercopilot.writing.tailor_apply.apply`)."""
    from careercopilot.writing import tailor_apply

    return tailor_apply.apply(resume_text, changes)
