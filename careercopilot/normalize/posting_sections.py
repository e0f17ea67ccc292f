"""What a job posting asks for, read from its sections: required, the role's duties, preferred.

A posting is split into sections at its headings (:func:`sections`). A heading is a line that is a
Markdown heading (``## Requirements``), entirely bold (``**Desired Characteristics**``), a short line
ending with a colon (``What you'll need:``), an ALL-CAPS short line (``PREFERRED QUALIFICATIONS``), a
label with inline content (``Nice to have: Go, Rust``), or a short Title-Case line whose words name a
section (``Basic Qualifications``, ``In This Role You Will`` — LinkedIn and Workday exports drop the
colon), or a capitalized line that names a section and no skill, of at most four words or six after a
blank line (``Bonus points``, ``Preferred qualifications``, ``Even better if you have`` on a line of their
own in plain text; "Python preferred" is an item, not a heading). A label's line may be long ("Nice to
have: · Experience with Git. · Maven or Gradle. · …", LinkedIn exports). Each heading gets a kind from
:data:`HEADING_KINDS` (first match wins):

==============  ==========================================================================
kind            headings (Greenhouse, Lever, Workday, Ashby, plain text, markdown)
==============  ==========================================================================
``preferred``   Nice to have, Bonus (points), Preferred/Desired qualifications, Desired
                Characteristics, Pluses, Extra credit, Even better if, Would be great,
                What would make you stand out, Not required but …
``company``     About us / About <Company>, Who we are, Our mission/values/story/culture,
                Company overview/description, Life at …, Why <Company>?, The team
``benefits``    Benefits, Perks, What we offer, Compensation, Salary, Pay range, Total
                rewards, Why join us, What's in it for you
``other``       EEO / Equal opportunity, Diversity, Accommodation, How to apply, Additional
                information, Disclaimer, Location, Sponsorship, Travel
``intro``       Summary, Overview, Introduction (Job Description Summary, Role overview)
``duties``      Responsibilities, What you'll do, In this role you will, Your role, Duties,
                Day to day, Your impact, The opportunity, Job description
``required``    Requirements, (Basic/Minimum) Qualifications, Must have, What you bring,
                Who you are, About you, Skills, Experience, What we're looking for, Tech stack
==============  ==========================================================================

Skills of ``required``/``duties``/``preferred`` sections count, as do those of a section with an
unknown heading once a job section has been seen; text before the first job section (a company
blurb, a role summary) counts only when the posting has no job section at all. Inside a counted
section a sentence with an inline cue (:data:`PREFERRED_CUE`: "… is a plus", "preferred",
"ideally", "bonus", "desirable", "would be an advantage", "we'd love") is cut at its commas: a list
item without a cue takes the cue of the next item that has one ("Kubernetes, Terraform or Helm
preferred"; "Python required, Go a plus"), except across a cue that opens its clause
(:data:`FORWARD_CUE`), which reaches only forward ("3+ years of Python, ideally with Django": Python
stays required). A field whose value is nil (:data:`NIL_FIELD`: "Leadership and Talent Management: N / A", "Travel: None",
"Spanish: not required", "Experience: 0 years") asks for nothing. Sentences about the employer, its benefits or its EEO policy are dropped everywhere
(:func:`careercopilot.normalize.skills.job_sentences`), the employer's name is masked, and so are pastime
clauses ("personal experience in sports, dance": :func:`careercopilot.normalize.skill_context.mask_leisure`). A field
that names a group of people the hire works with ("support the accounting team", "HR leaders", "a sales
organization", "the nursing staff") is not asked of the hire, nor is the role of someone the hire works
with or for ("reports to the Office Manager", "under the direction of an RN") (:func:`asked_skills`).

Sources of the heading table: the section titles of Greenhouse, Lever, Workday, Ashby and
SmartRecruiters postings in ``careercopilot/data/demo_feed`` (e.g. GE HealthCare's "Basic
Qualifications" / "Desired Characteristics" / "Eligibility Requirements") and common plain-text
and markdown postings (Hacker News "Who is hiring", RemoteOK).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careercopilot.normalize.role_nouns import works_with
from careercopilot.normalize.skill_context import mask_leisure
from careercopilot.normalize.skill_phrases import skill_phrases
from careercopilot.normalize.skills import _find, extract_skills, job_sentences, mask_company, skill_category

__all__ = ["HEADING_KINDS", "PREFERRED_CUE", "PostingAsks", "heading_kind", "read_posting", "sections"]

#: heading text (lower-cased, "&" → "and", curly quotes straightened) → section kind; first match wins.
HEADING_KINDS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p), k) for p, k in (
    (r"\bnice\b|\bbonus|\bprefer|\bplus(?:es)?\b|\bdesir|\boptional\b|extra credit|(?:great|good) to have|"
     r"would be (?:great|nice|a plus|helpful)|\bnot required\b|\bstand out\b|even better|\bbrownie|\bideal(?:ly)? "
     r"(?:qualifications|skills|experience)|\bwe'?d love\b|\bwould love\b|\badvantage", "preferred"),
    (r"^about (?!(?:the |this )?(?:role|job|position|opportunity|you|your)\b)|\bwho we are\b|"
     r"\bour (?:mission|values|story|culture|company|team|vision|purpose)\b|\bcompany\b|\blife at\b|"
     r"^why (?!you\b)\S+(?: \S+)?\??$|^(?:the |our )?team$|\bwho you'?ll work with\b", "company"),
    (r"\bbenefit|\bperk|what we offer|\bwe offer\b|compensation|\bsalary\b|\bpay\b|total rewards|why join|"
     r"why work|what'?s in it for you|you'?ll love|\brewards\b|\bwe provide\b", "benefits"),
    (r"equal (?:employment )?opportunit|\beeo\b|\bdiversity\b|\binclusion\b|accommodation|how to apply|"
     r"application process|\bto apply\b|next steps|additional information|disclaimer|\blegal\b|\bprivacy\b|"
     r"\bnotice\b|\blocation\b|sponsorship|\bvisa\b|\btravel\b|\bschedule\b|\bshift\b|\bhours\b|"
     r"interview process|\bhiring process\b", "other"),
    (r"\bsummary\b|\boverview\b|\bintroduction\b|^intro$", "intro"),
    (r"responsibilit|\bduties\b|what you'?ll (?:do|be doing|work on|own)|what you will (?:do|be doing|work on)|"
     r"in this role|\bthe role\b|\byour role\b|about the role|role description|day[- ]to[- ]day|"
     r"\byour (?:impact|mission|day)\b|\bthe (?:job|position|opportunity)\b|^job description$|"
     r"accountabilit|\bkey tasks\b|\byou(?: will|'?ll)\b(?! (?:bring|need|have)\b)|\bwhat the job involves\b|"
     r"\bthe work\b", "duties"),
    (r"requirement|qualification|\bmust\b|what you (?:bring|need|have)|what you'?ll (?:bring|need)|"
     r"who you are|about you|\byou (?:have|bring|need|should|are|might)\b|\byour (?:profile|background|"
     r"experience|skills)\b|\bskills?\b|\bexperience\b|\bexpertise\b|competenc|\bknowledge\b|abilities|"
     r"\beducation\b|looking for|ideal candidate|\bcandidate\b|\bbackground\b|\bstack\b|\btools\b|"
     r"technolog|certification|licen[sc]e|\bprerequisites?\b|\bneeded\b|\bwe need\b", "required"),
))
#: inline cues of a preferred (not required) item
PREFERRED_CUE = re.compile(
    r"(?i)nice[ -]to[ -]have|\bbonus\b|\b(?:is |are |a |as )(?:big |huge |definite |strong |real )?plus\b|"
    r"\bpluses\b|\bplus\s*[.!)]?\s*$|\bprefer(?:red|ably|able)?\b|\bdesir(?:ed|able)\b|\bideally\b|\bideal\b|"
    r"\boptional\b|\b(?:good|great) to have\b|would be (?:great|nice|a plus|helpful|beneficial)|"
    r"\bnot (?:required|mandatory|a must|essential)\b|(?:is |be |an? )(?:added |distinct |real |big )?advantage|"
    r"\badvantageous\b|\bbeneficial\b|\bhelpful\b|\bappreciated\b|\beven better\b|\bextra points?\b|"
    r"\bstand out\b|\bwe'?d love\b|\bwould love\b|\bnice if\b")
#: a preferred cue that opens its clause and reaches forward, never back: "3+ years of Python, ideally
#: with Django" — Python stays required (a trailing cue, "Kubernetes, Terraform or Helm preferred",
#: reaches back over the items before it)
FORWARD_CUE = re.compile(r"(?i)^\s*(?:and |or )?(?:preferabl[ey]|ideally|optionally|bonus\b|nice[ -]to[ -]have|"
                         r"even better|a plus)")
#: inline cues of a required item (the kind of a clause of a sentence that also has a preferred cue)
REQUIRED_CUE = re.compile(r"(?i)\brequired\b|\bmust\b|\bmandatory\b|\bessential\b|\bminimum\b|\bneed(?:ed)?\b")

#: a field whose value says it is not asked: "Leadership and Talent Management: N / A job at this level is
#: focused on self development" (issue 11 posting li-3884430769, a Workday level grid), "Travel: None",
#: "Spanish: not required", "Management experience: 0 years" — its label names no requirement (issue 12)
NIL_FIELD = re.compile(r"(?i)^\s*[^:：\n]{2,60}[:：]\s*(?:n\s*/\s*a|n\.a\.?|na|none(?:\s+required)?|nil|"
                       r"not\s+(?:required|applicable|needed|necessary|mandatory)|0\+?\s*(?:years?|yrs?)|"
                       r"no\s+(?:experience|requirement)s?)(?![A-Za-z0-9\-–])")

_JOB_KINDS = ("required", "duties", "preferred")
_BULLET = re.compile(r"^\s*(?:[-*•·▪●◦‣–—>+]|\d+[.)])\s+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|(?<=[a-z0-9)\]][.!?])(?=[A-Z])|\n|\s*[•·▪●◦‣]\s*")
_SMALL = {"a", "an", "and", "the", "of", "for", "to", "in", "on", "at", "with", "you", "we", "or", "our", "your",
          "will", "be", "is", "are", "this", "what", "who", "if", "it's", "you'll", "we're", "do", "have", "by"}


def _norm(heading: str) -> str:
    s = heading.strip().strip("#*_=~ \t").strip().replace("’", "'").replace("&", " and ")
    s = re.sub(r"[:：\-–—.]+$", "", s).strip()
    return " ".join(s.lower().split())


def heading_kind(heading: str) -> str | None:
    """The section kind of a heading's text (module table), or None for an unknown heading."""
    norm = _norm(heading)
    for rx, kind in HEADING_KINDS:
        if rx.search(norm):
            return kind
    return None


def _title_case(words: list[str]) -> bool:
    big = [w for w in words if w.lower() not in _SMALL]
    return bool(big) and all(w[:1].isupper() or not w[:1].isalpha() for w in big)


#: a label with its content on one line: ``Nice to have: Go, Rust``, ``**Requirements:** Python``
_INLINE_LABEL = r"^(?:\*\*|__)?([^:：]{2,45}?)(?:\*\*|__)?[:：]\s*(?:\*\*|__)?\s*(\S.*)$"


def _label(text: str) -> bool:
    """Whether ``text`` (before a colon) is a section label: at most six words naming a section."""
    return len(text.split()) <= 6 and bool(heading_kind(text)) and not re.search(r"[.,;!?]", text)


def _heading_of(line: str, standalone: bool = False, after_blank: bool = False) -> tuple[str, str] | None:
    """``(heading, inline rest)`` when ``line`` is a heading (module rules), else None. ``standalone``:
    the line stands between blank lines (a paragraph of its own: "About the role" in HTML turned to text);
    ``after_blank``: it follows a blank line (or opens the text)."""
    s = line.strip()
    if not s:
        return None
    if NIL_FIELD.match(s):
        return None  # "Leadership experience: not required" is a field saying "not asked", never a section
    m = None if _BULLET.match(line) else re.match(_INLINE_LABEL, s)
    if len(s) > 90:  # only a label with its content is that long ("Nice to have: · Experience with Git. · …")
        return (m.group(1).strip(), m.group(2).strip()) if m and _label(m.group(1)) else None
    m = re.match(r"^#{1,6}\s+(.+?)\s*#*$", s)
    if m:
        return m.group(1).strip("*_ ").rstrip(":：").strip(), ""
    m = re.match(r"^(\*\*|__)(.+?)\1\s*:?\s*$", s) or re.match(r"^(\*\*|__)(.+?)[:：]\1\s*$", s)
    if m:
        return m.group(2).strip().rstrip(":：").strip(), ""
    if _BULLET.match(line):
        return None
    m = re.match(_INLINE_LABEL, s)
    if m and _label(m.group(1)):
        return m.group(1).strip(), m.group(2).strip()
    words = s.rstrip(":：?").split()
    if not words or len(words) > 8 or re.search(r"[.;!]|,\s", s.rstrip(":：")):
        return None
    if s.endswith((":", "：")):
        return s.rstrip(":：").strip(), ""
    letters = [c for c in s if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return s, ""
    named = _title_case(words) or s[:1].isupper() and (standalone or (len(words) <= 4 or after_blank) and
                                                        not extract_skills(s))
    if len(words) <= 6 and named and heading_kind(s) and not re.search(r"\d", s):
        return s.rstrip("?").strip() if not s.lower().startswith("why") else s, ""
    return None


#: A benefits lead-in that is no heading (a sentence ending in a colon, maybe with the items glued
#: after it): "A benefits package designed to meet your unique needs, including:Free Health Insurance: …"
#: (issue-11 posting, Electrical and Instrumentation Technician), "In addition to a competitive salary, we
#: offer the following benefits:", "As a member of our team you'll enjoy:" (trial127 finding 4). Its line
#: and the bullets under it are a ``benefits`` section; the first other line goes back to the section before.
BENEFITS_LEAD = re.compile(
    r"^(?![-*•·▪●◦‣]\s)[^:：]{0,160}?(?:\bbenefits?\s+(?:package|program|plan)s?\b|\bwe\s+(?:also\s+)?(?:offer|provide)\b|"
    r"\bour\s+(?:benefits|perks)\b|\bperks\b|\btotal\s+rewards\b|\byou(?:'|’)?ll\s+(?:enjoy|receive|get)\b|"
    r"\byou\s+will\s+(?:enjoy|receive)\b|\bthe\s+following\s+benefits\b)[^:：]{0,80}[:：]", re.IGNORECASE)


def sections(text: str) -> list[tuple[str, str, str]]:
    """``(heading, kind, body)`` in order; kind per :func:`heading_kind`, ``"intro"`` for the text before
    the first heading, ``None`` for an unknown heading; a benefits lead-in (:data:`BENEFITS_LEAD`) and the
    bullets under it are a ``benefits`` section without a heading."""
    out: list[list] = [["", "intro", []]]
    lines = (text or "").splitlines()
    back: list | None = None  # the section a benefits lead-in interrupted
    for i, line in enumerate(lines):
        after_blank = i == 0 or not lines[i - 1].strip()
        h = _heading_of(line, after_blank and (i + 1 == len(lines) or not lines[i + 1].strip()), after_blank)
        if h:
            back = None
            out.append([h[0], heading_kind(h[0]), [h[1]] if h[1] else []])
        elif BENEFITS_LEAD.match(line.strip()):
            back = back or out[-1]
            out.append(["", "benefits", [line]])
        elif back is not None and line.strip() and not _BULLET.match(line):
            out.append([back[0], back[1], [line]])
            back = None
        else:
            out[-1][2].append(line)
    return [(h, k, "\n".join(b).strip()) for h, k, b in out if h or "\n".join(b).strip()]


def _classed(body: str, default: str) -> list[tuple[str, str]]:
    """``(piece of text, kind)`` for a counted section's job sentences (module rules on inline cues)."""
    out: list[tuple[str, str]] = []
    for sentence in _SENTENCE.split(body):
        if NIL_FIELD.match(sentence):
            continue  # "Leadership and Talent Management: N / A …": not asked at all
        for seg in job_sentences(sentence) if sentence.strip() else []:
            for part in seg.split(";"):
                if not PREFERRED_CUE.search(part):
                    out.append((part, default))
                    continue
                clauses = re.split(r",\s*|\s+but\s+", part)
                kinds: list[str | None] = ["preferred" if PREFERRED_CUE.search(c) else "required" if
                                           REQUIRED_CUE.search(c) else None for c in clauses]
                ahead = [bool(FORWARD_CUE.match(c)) for c in clauses]
                carry: str | None = None
                for i in range(len(clauses)):  # "…, ideally X, Y": a leading cue reaches forward
                    carry = kinds[i] if kinds[i] else carry
                    carry = carry if kinds[i] is None or ahead[i] else None
                    kinds[i] = kinds[i] or carry
                following: str = default
                for i in range(len(clauses) - 1, -1, -1):  # an item without a cue takes the next cue
                    following = default if ahead[i] else kinds[i] or following
                    kinds[i] = kinds[i] or following
                out.extend(zip(clauses, kinds))
    return out


@dataclass(frozen=True)
class PostingAsks:
    """Canonical skills (taxonomy names, first appearance order) a posting asks for, by tier."""

    required: list[str] = field(default_factory=list)
    duties: list[str] = field(default_factory=list)
    preferred: list[str] = field(default_factory=list)
    #: open-vocabulary skills of the job's sentences, in the posting's own words (not taxonomy names;
    #: :func:`careercopilot.normalize.skill_phrases.skill_phrases`): "Fee collection", "Animal welfare"
    phrases: list[str] = field(default_factory=list)

    @property
    def asked(self) -> list[str]:
        """Required qualifications, then the role's duties: what the job needs."""
        return list(dict.fromkeys(self.required + self.duties))

    @property
    def everything(self) -> list[str]:
        """Every skill the posting asks for, preferred ones last."""
        return list(dict.fromkeys(self.asked + self.preferred))

    def tier(self, skill: str) -> str | None:
        """``"required"``, ``"duties"``, ``"preferred"`` or None for a canonical skill."""
        return next((t for t, xs in (("required", self.required), ("duties", self.duties),
                                     ("preferred", self.preferred)) if skill in xs), None)


#: A group of people after a field's name: "the accounting team", "HR leaders", "a sales organization"
#: (issue 11 skills labels: such fields were never labeled as the job's skills).
UNIT_AFTER = re.compile(r"^(?:'s)?\s+(?:teams?|departments?|dept\b|divisions?|leaders|organi[sz]ations?|staff|"
                        r"personnel|colleagues|counterparts)\b", re.IGNORECASE)
#: Tool categories stay asked when they name a team ("join our Python team": the work uses Python).
_TOOL_CATEGORIES = frozenset({"Programming languages", "Web development", "Backend frameworks", "Databases",
                              "Cloud and DevOps", "Mobile development", "Office and productivity software"})


#: a product word after a method's or field's name makes the two one product's name: "Agile PLM" (Oracle's
#: document and product-lifecycle system, issue 11 posting li-3884430769), "Lean MES" — the
#: method is not asked (issue 12); a tool's name before it stays ("Excel software").
PRODUCT_AFTER = re.compile(r"^\s+(?:PLM|ERP|CRM|MES|LIMS|QMS|EDMS|DMS|ELN)\b")


def asked_skills(text: str) -> list[str]:
    """Canonical skills ``text`` asks of the hire, de-duplicated in order: ``skills._find`` less
    the mentions of a field that name a group of people (:data:`UNIT_AFTER`), tools excepted, and the
    roles of someone the hire works with or for ("under the supervision of a Registered Nurse", "work with
    the outside CPA": :func:`careercopilot.normalize.role_nouns.works_with`)."""
    out: dict[str, None] = {}
    for s, e, name in _find(text):
        if UNIT_AFTER.match(text[e:e + 40]) and skill_category(name) not in _TOOL_CATEGORIES:
            continue
        if works_with(text, s, e):
            continue
        if PRODUCT_AFTER.match(text[e:e + 12]) and skill_category(name) not in _TOOL_CATEGORIES:
            continue
        out.setdefault(name, None)
    return list(out)


def read_posting(text: str, *, company: str | None = None) -> PostingAsks:
    """What ``text`` (a posting's plain text) asks for (see the module doc)."""
    secs = [(h, k, mask_leisure(mask_company(b, company))) for h, k, b in sections(text or "")]
    has_job = any(k in _JOB_KINDS for _, k, _ in secs)
    found: dict[str, dict[str, None]] = {k: {} for k in _JOB_KINDS}
    phrases: dict[str, None] = {}
    seen_job = False
    for heading, kind, body in secs:
        seen_job = seen_job or kind in _JOB_KINDS
        if kind in ("company", "benefits", "other"):
            continue
        if kind == "intro" or kind is None and not seen_job:
            if has_job:
                continue
            kind = "required"
        elif kind is None:
            kind = "required"
        own = heading if kind in _JOB_KINDS and heading else ""
        for piece, k in _classed("\n".join(x for x in (own, body) if x), kind):
            for name in asked_skills(piece):
                found[k].setdefault(name, None)
            for phrase in skill_phrases(piece):
                phrases.setdefault(phrase, None)
    required = list(found["required"])
    duties = [s for s in found["duties"] if s not in found["required"]]
    preferred = [s for s in found["preferred"] if s not in found["required"] and s not in found["duties"]]
    return PostingAsks(required, duties, preferred, list(phrases))
