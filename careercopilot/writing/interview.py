"""Interview prep from the posting and the user's own experience (offline, deterministic).

Questions: one per skill the posting asks for that the user has, one per skill gap of the required
tier, each in the frame of the skill's kind (:mod:`careercopilot.writing.skill_kinds`: a tool "Tell me
about a time you used QuickBooks", a duty "Walk me through how you handle payroll…", a trait "… an
example from your work that shows your attention to detail", never "get up to speed with" a trait;
trial 41 finding 7),
the posting's responsibilities turned into "How would you approach …" (lines of its job
sections, never of its company blurb or benefits), and the standard behavioural openers. STAR drafts are
built only from the user's bullets: Situation = the role, Task/Action = the bullet, Result =
the bullet's own outcome clause (:func:`outcome_of`: a clause with an outcome verb such as
reduced/increased/improved/saved/achieved, "resulting in", "from X to Y") — never its bare
figures (issue 12: "32, 8, 4" from "a 32-bed unit, supervising 8 RNs and 4 CNAs" are scope,
not a result); without one the draft asks the user for the outcome. A skill the resume names
only as other people ("supervising 8 RNs") is not "used" (:func:`resume_facts.own_skills`),
and an occupation or credential is never asked about as a thing used ("used RNs").

What the posting asks for is read from its sections
(:func:`careercopilot.normalize.posting_sections.read_posting`): a skill of a qualifications section
is "required", of a responsibilities section "part of the role", of a preferred/desired/bonus
section or with an inline cue ("a plus") "desired (not required)"; the
company blurb and the benefits name no requirement (trial: "The posting requires Radiology" from
GE HealthCare's business area; PostgreSQL "required" under "Desired Characteristics").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careercopilot.normalize import skills as skills_mod
from careercopilot.normalize.role_nouns import role_phrase
from careercopilot.normalize.posting_sections import read_posting, sections
from careercopilot.writing.resume_facts import covered_skills, evidence_for, own_skills, roles
from careercopilot.writing.skill_kinds import gap_question, have_question, kind_of, same_family

STANDARD = (
    "Tell me about yourself.",
    "Why do you want this role?",
    "Tell me about a time you disagreed with a colleague and how you resolved it.",
)


@dataclass(frozen=True)
class Question:
    """A likely interview question, why it is likely, and a STAR draft from the resume ('' if none)."""

    text: str
    why: str
    star: str


#: Outcome cues of a resume bullet: verbs and phrases of a change achieved (the "result" verbs of
#: resume-writing guides' accomplishment statements) and "from X to Y".
_OUTCOME = re.compile(
    r"(?i)\b(?:reduc\w*|cut(?:ting)?|increas\w*|improv\w*|rais(?:ed|ing)|grew|grow(?:ing|n)|boost\w*|lower\w*|"
    r"decreas\w*|sav(?:ed|ing)|achiev\w*|eliminat\w*|shorten\w*|sped up|halv\w*|doubl\w*|tripl\w*|"
    r"exceed\w*|surpass\w*|won|earn(?:ed|ing)|award\w*|recogni[sz]ed|resulting in|result(?:ed)? in|leading to|"
    r"led to|dropp(?:ed|ing)|drove|zero|record|top \d|prevent(?:ed|s|ing)?\b|avoid\w*|recover\w*|generat\w*|"
    r"from \$?\d[\d,.]*\s*\S*\s+to\b|\d+(?:\.\d+)?%\s+(?:completion|retention|accuracy|attendance|compliance|"
    r"satisfaction|on-time|fill rate|pass rate|participation|audit))")
_CLAUSE = re.compile(r";\s+|,\s+(?=(?:and\s+)?(?:which|resulting|leading|while|cutting|reducing|increasing|improving|"
                     r"saving|raising|lowering|achieving)\b)|\s+[—–]\s+")


def outcome_of(bullet: str) -> str | None:
    """The outcome clause of a bullet (verbatim, from its first outcome cue), or None when the
    bullet states no outcome ("Charge nurse for a 32-bed unit, supervising 8 RNs")."""
    for clause in _CLAUSE.split(bullet.strip().rstrip(".;")):
        m = _OUTCOME.search(clause)
        if m:
            return clause.strip(" ,")
    return None


def _with_outcome(e):
    """The evidence, moved to a bullet of the same role that names the skill and states a result when its own
    bullet states none (trial144 finding 8: "your resume does not say what changed" next to "cut 90-day turnover
    from 38% to 24%")."""
    from dataclasses import replace

    if e.role is None or outcome_of(e.bullet):
        return e
    better = next((b for b in e.role.bullets if e.skill in own_skills(b) and outcome_of(b)), None)
    return replace(e, bullet=better) if better else e


def _star(role_label: str, bullet: str) -> str:
    outcome = outcome_of(bullet)
    result = (f"Result: {outcome} (as on your resume)." if outcome else
              "Result: your resume does not say what changed — add the outcome (what improved, and by how "
              "much) before you use this story; only what you can back up.")
    return (f"Situation: as {role_label}.\nTask and action: {bullet.rstrip('.')}.\n{result}")


#: why a question about a skill is likely, by the tier the posting gives the skill
WHY = {"required": "The posting requires {skill}.", "duties": "The posting names {skill} as part of the role.",
       "preferred": "The posting lists {skill} as desired, not required."}


def questions(resume_text: str, posting_text: str, *, limit: int = 12, company: str | None = None,
              title: str | None = None) -> list[Question]:
    """Likely questions with STAR drafts (see the module doc); ``title``: the posting's job title, for the
    career-change question (:mod:`careercopilot.writing.interview_path`)."""
    asks = read_posting(posting_text, company=company)
    have = set(own_skills(resume_text))
    resume_roles = roles(resume_text)
    wanted = asks.everything
    evidence = {e.skill: _with_outcome(e) for e in evidence_for([s for s in wanted if s in have], resume_roles,
                                                                 resume_text)}
    out: list[Question] = []
    asked: list[str] = []  # one question per skill family ("Communication" / "Verbal Communication")

    def fresh(skill: str) -> bool:
        if any(same_family(skill, s) for s in asked):
            return False
        asked.append(skill)
        return True

    for skill in wanted:
        e = evidence.get(skill)
        if e is not None and e.role is not None and role_phrase(e.surface, 0, len(e.surface)) is None:
            text = have_question(skill, e.surface)
            if text and fresh(skill):
                why = WHY[asks.tier(skill) or "required"].format(skill=skill)
                out.append(Question(text, why, _star(e.role.label, e.bullet)))
    covered = covered_skills(resume_text)
    posting_terms: dict[str, str] = {}
    for s, e_, name in skills_mod._find(posting_text):
        posting_terms.setdefault(name, posting_text[s:e_])
    used = {q.star for q in out}
    for skill in asks.asked:
        if skill not in covered and kind_of(skill) == "trait" and fresh(skill):
            # a trait ("Organizational Skills", "Interpersonal Skills") is shown by what the bullets did, never
            # "not shown yet" (trial144 finding 8: a 45-person store manager told she shows no interpersonal skills):
            # the draft is the resume's next bullet with a stated result
            story = next(((r, b) for r in resume_roles for b in r.bullets if outcome_of(b)
                          and _star(r.label, b) not in used), None)
            star = _star(story[0].label, story[1]) if story else ""
            used.add(star)
            out.append(Question(gap_question(skill, posting_terms.get(skill, "")),
                                WHY[asks.tier(skill) or "required"].format(skill=skill).rstrip(".")
                                + "; interviewers ask for an example from your work.", star))
        elif skill not in covered and kind_of(skill) != "trait" and fresh(skill):
            out.append(Question(gap_question(skill, posting_terms.get(skill, "")),
                                WHY[asks.tier(skill) or "required"].format(skill=skill).rstrip(".")
                                + "; your resume does not show it yet.", ""))
    secs = sections(posting_text)
    job = [b for _, k, b in secs if k in ("required", "duties", None)] if any(
        k in ("required", "duties", "preferred") for _, k, _ in secs) else [posting_text]
    for line in "\n".join(job).splitlines():
        line = line.strip(" -•*\t")
        if 6 <= len(line.split()) <= 20 and re.match(r"(?i)^(design|build|lead|manage|own|develop|support|coordinate|"
                                                     r"maintain|create|drive|deliver|provide|ensure|work)\b", line):
            out.append(Question(f"How would you approach this: “{line.rstrip('.')}”?", "A responsibility in the posting.", ""))
    from careercopilot.writing.interview_path import path_questions

    # a career change or a gap is asked early in a real interview, and never cut by ``limit``: first
    out[:0] = [Question(q, "Asked of career changers and of resumes with a gap.", "") for q in
               path_questions(resume_roles, title)]
    out += [Question(q, "Asked in most interviews.", "") for q in STANDARD]
    seen: set[str] = set()
    unique = [q for q in out if not (q.text in seen or seen.add(q.text))]
    return [_grounded(q, resume_roles, resume_text) for q in unique[:limit]]


def _grounded(q: Question, resume_roles: list, resume_text: str) -> Question:
    """The question with a STAR draft the grounding checker finds nothing in (issue 12 finding 6): the
    role named by its title alone when the checker does not read its employer as one, else no draft.
    The draft quotes the resume, so a flag is the checker misreading it; the user gets no flagged draft."""
    if not q.star:
        return q
    from careercopilot.writing.grounding import check

    from careercopilot.writing import self_check

    facts = _facts(resume_text)
    flags = check(q.star, facts)
    if not flags:
        return q
    for r in resume_roles:
        if r.title and r.employer and f"as {r.label}." in q.star:
            plain = q.star.replace(f"as {r.label}.", f"as {r.shown_title}.", 1)
            if not check(plain, facts):
                self_check.note("interview", "reworded", flags[0].kind, flags[0].text, q.star)
                return Question(q.text, q.why, plain)
    self_check.note("interview", "dropped", flags[0].kind, flags[0].text, q.star)
    return Question(q.text, q.why, "")


_FACTS_CACHE: dict[int, object] = {}


def _facts(resume_text: str):
    """The resume's grounding sources, built once per resume text (a small cache: one resume at a time)."""
    from careercopilot.writing.grounding import SourceFacts

    key = hash(resume_text)
    if key not in _FACTS_CACHE:
        _FACTS_CACHE.clear()
        _FACTS_CACHE[key] = SourceFacts.from_texts(resume_text)
    return _FACTS_CACHE[key]
