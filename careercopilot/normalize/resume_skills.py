"""A resume's own skills: skills it names only in passing are left out (issue 11).

:func:`careercopilot.normalize.skills.extract_skills` finds every skill a text names. A
resume also names skills the person does not have: a wish ("eager to learn Kubernetes",
"hope to grow into AWS"), proximity to others' work ("worked alongside the Python team",
"supported the SAP group"), or a glancing contact ("exposure to SAP", "introduced to
Tableau"). Counting those as the person's skills ranks postings that require them as
fits. :func:`extract_resume_skills` keeps a skill when at least one of its mentions is
not in passing; a mention is in passing when, inside its clause (text between sentence or
list breaks: ``. ; ! ? •`` or a line break):

* a **wish cue** comes before it: to/eager to/want to/hope to/plan to/keen to/looking to
  learn, "interested in (learning)", "would like to", "aspire to", "currently learning",
  "grow into" (:data:`WISH_BEFORE`);
* a **contact cue** comes before it: "exposure to", "exposed to", "introduced to",
  "familiarity/awareness of", "observed", "shadowed", "alongside", "liaised with",
  "supported the", "worked with the … team" (:data:`CONTACT_BEFORE`);
* it names **other people's unit** the person dealt with: "with the Python team", "for our
  SAP group", "to the Salesforce admins" (:data:`UNIT_AFTER`: the skill after a preposition
  and "the/our/their/a", before team/group/department/squad/admins/developers/engineers);
  "Led the Python team", "on the Python team" stay the person's.

A mention that is the **domain of an organization or product** the person worked at or on ("at
Acme, an accounting SaaS", "joined a healthcare startup", "a logistics company", "a Series B fintech
platform") describes the employer, not the person (session 12 trial: "an accounting SaaS" made
Accounting a software engineer's skill): :func:`domain_modifier` — the skill after a determiner
(a/an/the/our/their/its/this, up to two words between: "a fast-growing", "a Series B") and before
an organization or product noun (:data:`ORG_AFTER`: company, firm, startup, SaaS, platform,
agency, vendor, marketplace, …, optionally after "software"/"technology"/"services"). Tools
(:data:`TOOL_CATEGORIES`: languages, frameworks, databases, cloud) stay the person's — "built a
React app", "a Python shop". "Accounting software experience" (no determiner) and "Accounting:
GAAP" stay skills.

A mention inside the **name of an employer or school** ("Electrician, Integrity Marketing Group",
"Staff Accountant at Oracle Health", "Python Software Foundation") names an organization, not
what the person can do (:func:`careercopilot.normalize.org_names.org_spans`; issue 11 trial).

A mention that names **other people** by their occupation ("supervising 8 RNs and 4 CNAs",
"trained 6 apprentices", "a team of 5 Python developers") is not the person's skill or
credential either (:func:`careercopilot.normalize.role_nouns.names_people`; issue 10/11/12:
a charge nurse's CNAs read as her certification), nor does a role of someone the person works with or
for ("accruals for the outside CPA", "reported changes to the charge nurse", "under the supervision of a
journeyman electrician": :func:`careercopilot.normalize.role_nouns.works_with`; issue 11 trial 41).

A hospital unit named as the place a person who is not a nurse worked ("respiratory care on med-surg,
telemetry and ED") is not a nursing specialty of theirs
(:func:`careercopilot.normalize.skill_common_nouns.unit_of_work`; issue 11 trial 55 finding 5).

Sources of the cues: the phrasings of aspiration and indirect involvement in resume
writing guides (objective statements, "exposure to" as the weakest skill claim); the
issue-11 observation that a resume's wishlist was read as skills.
"""

from __future__ import annotations

import re

from careercopilot.normalize.org_names import org_spans
from careercopilot.normalize.role_nouns import names_people, works_with
from careercopilot.normalize.skill_common_nouns import unit_of_work
from careercopilot.normalize.skills import _find, skill_category

__all__ = ["extract_resume_skills", "domain_modifier", "in_passing", "own_skill_spans"]

#: Clause breaks: a mention's cue must sit in the same clause.
_CLAUSE_BREAK = re.compile(r"[.;!?•▪●◦‣\n]|\s[-–—]\s|:\s")
#: Wish cues before a skill (the person wants the skill, does not have it).
WISH_BEFORE = re.compile(
    r"\b(?:(?:eager|want(?:ing)?|hop(?:e|ing)|plan(?:ning)?|keen|looking|excited|aim(?:ing)?|would like|wish(?:ing)?|"
    r"aspir(?:e|ing)|motivated|willing)\s+to\s+(?:\w+\s+){0,2}?(?:learn|master|pick up|gain|develop|build|grow|"
    r"explore|get)|\binterested in\b|\bcurrently (?:learning|studying)\b|\bnow learning\b|\bgrow into\b|"
    r"\blearn(?:ing)? more about\b|\bopportunit(?:y|ies) to (?:learn|use|work with)\b|\bto learn\b)",
    re.IGNORECASE,
)
#: Contact cues before a skill (someone else's work the person was near).
CONTACT_BEFORE = re.compile(
    r"\b(?:(?:some |limited |basic |brief )?exposure to|exposed to|introduced to|(?:basic )?familiarity with|"
    r"awareness of|observed|shadow(?:ed|ing)|alongside|liais(?:ed|ing) with|"
    r"(?:supported|assisted|partnered with|coordinated with|worked with|collaborated with) (?:the|our|their)\b)",
    re.IGNORECASE,
)
#: A skill naming a unit of other people: "the Python team", "our SAP group".
_UNIT_BEFORE = re.compile(r"\b(?:with|for|to|from|by|between|alongside|across)\s+(?:the|our|their|a|an|other)\s+$",
                          re.IGNORECASE)
UNIT_AFTER = re.compile(r"^\s+(?:teams?|groups?|departments?|squads?|admins?|administrators|developers|"
                        r"engineers|specialists|consultants|users)\b", re.IGNORECASE)


#: A determiner opening the noun phrase a domain modifier sits in, up to two words before the skill.
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|our|their|its|this|that)\s+(?:[\w$&+.'-]+\s+){0,2}$",
                                re.IGNORECASE)
#: Organization and product nouns a domain skill may modify ("an accounting SaaS", "a logistics
#: company"), optionally after a product-kind word ("a healthcare technology company").
ORG_AFTER = re.compile(
    r"^[\s-]+(?:(?:software|tech|technology|services?|solutions?|products?|b2b|b2c|saas|data|it)\s+){0,2}"
    r"(?:saas|start-?ups?|scale-?ups?|compan(?:y|ies)|firms?|business(?:es)?|agenc(?:y|ies)|platforms?|"
    r"providers?|vendors?|marketplaces?|chains?|brands?|organi[sz]ations?|enterprises?|consultanc(?:y|ies)|"
    r"unicorns?|conglomerates?|employers?|industry|sector|space|non-?profits?|ngos?|co\.?|inc\.?|ltd\.?)\b",
    re.IGNORECASE,
)
#: Skill categories (``skills.skill_category``) that are tools: a product built with one ("a React
#: app", "a Python shop") says the person used it, so :func:`domain_modifier` never drops them.
TOOL_CATEGORIES = frozenset({"Programming languages", "Web development", "Backend frameworks", "Databases",
                             "Cloud and DevOps", "Mobile development", "Office and productivity software"})


def domain_modifier(text: str, start: int, end: int, canonical: str) -> bool:
    """Whether the mention ``text[start:end]`` of ``canonical`` is the domain of an organization
    or product ("an accounting SaaS", "a healthcare startup"; module rules)."""
    if skill_category(canonical) in TOOL_CATEGORIES:
        return False
    return bool(_DETERMINER_BEFORE.search(text[max(0, start - 60):start]) and ORG_AFTER.match(text[end:end + 60]))


def in_passing(text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` of a skill is in passing (module rules)."""
    head = text[max(0, start - 200):start]
    cut = list(_CLAUSE_BREAK.finditer(head))
    clause = head[cut[-1].end():] if cut else head
    if WISH_BEFORE.search(clause) or CONTACT_BEFORE.search(clause):
        return True
    return bool(_UNIT_BEFORE.search(clause) and UNIT_AFTER.match(text[end:end + 40]))


def own_skill_spans(text: str) -> list[tuple[int, int, str]]:
    """The person's own skill mentions in ``text`` as ``(start, end, canonical)`` in text order:
    :func:`careercopilot.normalize.skills._find` less the mentions :func:`in_passing`, the
    mentions that name other people (:func:`~careercopilot.normalize.role_nouns.names_people`,
    :func:`~careercopilot.normalize.role_nouns.works_with`),
    the domains of an organization or product (:func:`domain_modifier`) and the words of an
    employer's or school's name (:func:`~careercopilot.normalize.org_names.org_spans`:
    "Integrity Marketing Group", "at Oracle Health"; issue 11 trial finding 1)."""
    text = text or ""
    orgs = org_spans(text)
    return [(s, e, n) for s, e, n in _find(text)
            if not in_passing(text, s, e) and not names_people(text, s, e) and not works_with(text, s, e)
            and not domain_modifier(text, s, e, n) and not unit_of_work(text, s, e, n)
            and not any(a <= s and e <= b for a, b in orgs)]


def extract_resume_skills(text: str) -> list[str]:
    """Canonical skills of a resume (``skills.extract_skills`` matching), de-duplicated in
    order of first solid mention; a skill every mention of which is :func:`in_passing` or names
    other people is left out (:func:`own_skill_spans`). Never raises on ``str`` input."""
    return list(dict.fromkeys(n for _, _, n in own_skill_spans(text)))
