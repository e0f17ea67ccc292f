"""The offline writer: deterministic documents from the user's resume, the posting and the
match explanation, for instances without an LLM (the embedded default). Labeled as such
in the UI. It copies the user's own bullet text and never states a fact the sources
lack, so its output passes the grounding checker.

Cover letter (issue 12): names the company and the title, cites at least three of the
user's matched skills with the role where each was used (when the resume shows three),
and is 250–400 words (English, ``standard`` length). Tone, length and language follow the
user's :class:`~careercopilot.writing.options.LetterOptions`: one Jinja2 template per
language (``careercopilot/writing/templates/cover_letter.<code>.txt.j2``) whose framing
sentences follow the tone (the Spanish and French evidence sentences:
:mod:`careercopilot.writing.phrasing_locales`); the letter is fitted into the length's word range by adding or
dropping whole sentences (a thin resume may give fewer words than ``long`` asks for).

What the letter says the posting asks for is true of the posting: the sentence "Your posting asks for
skills I use in my work, including X, Y and Z" names only skills both the posting (its title and its
required, duty and preferred sections: :func:`careercopilot.normalize.posting_sections.read_posting`,
never its company blurb) and the resume name; with none in common the sentence is left out and the
evidence is introduced as the user's skills, not as the posting's (trial: "including PostgreSQL, Python
and FastAPI" for a C#/.NET posting). Skills the posting asks for are cited first.

Newcomer trial F5/F9 (a chemistry teacher applying to QC chemist postings): a soft-skill trait
("detail-oriented", "organized", "communication skills") is never cited as used (:func:`citable`); a resume's
summary or objective is no role's bullet (:mod:`careercopilot.writing.self_statements`); a staffing agency's
posting for a client is a letter about the client (:meth:`WritingInput.prose`,
:func:`careercopilot.normalize.agency_postings.placed_for`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import jinja2

from careercopilot.normalize.agency_postings import Placement, placed_for
from careercopilot.normalize.role_nouns import role_phrase
from careercopilot.normalize.posting_sections import read_posting
from careercopilot.normalize.skills import extract_skills
from careercopilot.writing.display import (article, company_display, salutation, sign_off_name, title_display,
                                           unnamed_employer)
from careercopilot.writing.options import LENGTHS, LetterOptions
from careercopilot.writing import phrasing, self_check
from careercopilot.writing.skill_kinds import kind_of
from careercopilot.writing import phrasing_locales as locales
from careercopilot.writing.resume_facts import (
    Evidence, Role, covered_skills, credential_lines, evidence_for, header_credentials, own_skills, roles, surface_of,
)

#: the ``standard`` length's word range (issue 12: 250–400 words)
MIN_WORDS, MAX_WORDS = LENGTHS["standard"]
LABEL = "Written by the offline writer (templates filled from your resume; no AI model)"


@dataclass
class WritingInput:
    """What every document is written from (all plain data).

    ``matched``/``missing`` come from the match explanation when there is one; otherwise they
    are computed from the posting's required skills and the resume's skills.
    """

    resume_text: str
    company: str
    title: str
    posting_text: str = ""
    name: str = ""
    matched: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    tone: str = "professional"  # professional | warm | concise
    length: str = "standard"  # short | standard | long (see writing/options.py)
    language: str = "en"  # en | es | fr
    #: the posting's hiring contact, when it names one ("Dr. Priya Natarajan"): the salutation addresses them
    contact: str = ""

    @property
    def options(self) -> LetterOptions:
        """The validated tone/length/language (ValueError for unknown values)."""
        return LetterOptions(self.tone, self.length, self.language)

    def posting_asks(self) -> list[str]:
        """Canonical skills the posting asks for: its title's, then its required, duty and preferred
        sections' (never its company blurb or benefits), in that order."""
        asks = read_posting(self.posting_text, company=self.company or None) if self.posting_text else None
        return list(dict.fromkeys(extract_skills(self.title) + (asks.everything if asks else [])))

    def placement(self) -> Placement | None:
        """The client a staffing agency places this posting for (None: the company is the employer;
        :func:`careercopilot.normalize.agency_postings.placed_for`)."""
        return placed_for(self.company, self.posting_text) if self.posting_text else None

    def employers(self) -> list[str]:
        """The names a document may address: the company, and the client an agency recruits for."""
        p = self.placement()
        return [self.company] + ([p.client] if p and p.client else [])

    def prose(self) -> dict[str, str]:
        """The names as the documents write them (:mod:`careercopilot.writing.display`): ``company``
        and ``title`` in their prose forms, ``at_company`` ("at Pfizer"), ``a_title`` with its article,
        ``greeting`` (the salutation line) and ``signer`` (the sign-off name, '' when unknown).

        A staffing agency's posting for a client (newcomer trial F9: "Dear Robert Half hiring team" for a
        job with its client) names the client when the posting does ("on behalf of Pfizer": "Dear Pfizer
        hiring team", "at Pfizer"); an unnamed client is "your client" written to the agency's recruiting
        team (English; "Dear Robert Half recruiting team", "the QC Chemist position with your client")."""
        title = title_display(self.title) or self.title
        placed = self.placement()
        employer = placed.client if placed and placed.client else self.company
        company = company_display(employer, language=self.language) or employer
        greeting = salutation(employer, contact=self.contact, tone=self.tone, language=self.language)
        at = {"en": "at", "es": "en", "fr": "chez"}[self.language]
        at_company = f"{at} {company}"
        if unnamed_employer(employer):  # trial92: "the Pharmacy Technician position at ." for a posting with no employer
            company, at_company = {"en": ("your organization", "with your organization"),
                                   "es": ("su organización", "en su organización"),
                                   "fr": ("votre organisation", "dans votre organisation")}[self.language]
            greeting = salutation("", contact=self.contact, tone=self.tone, language=self.language)
        if placed and not placed.client:  # written to the agency's recruiters about "your client"
            company, at_company = {"en": ("your client", "with your client"), "es": ("su cliente", "con su cliente"),
                                   "fr": ("votre client", "chez votre client")}[self.language]
            greeting = greeting.replace(" hiring team,", " recruiting team,")
        return {"company": company, "at_company": at_company, "title": title, "a_title": f"{article(title)} {title}",
                "greeting": greeting, "signer": sign_off_name(self.name)}

    def __post_init__(self) -> None:
        if not self.name.strip():
            # the sign-off's name: the account's display name, else the resume's ("Jane Doe, RN, BSN" → "Jane Doe")
            from careercopilot.normalize.resume_fields import find_name

            self.name = find_name(self.resume_text) or ""
        if not self.matched and not self.missing:
            have = covered_skills(self.resume_text)
            req = read_posting(self.posting_text, company=self.company or None).asked if self.posting_text else []
            self.matched = [s for s in req if s in have]
            self.missing = [s for s in req if s not in have]


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).with_name("templates"))),
        autoescape=False, trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
        keep_trailing_newline=False,
    )


def _first_person(bullet: str) -> str:
    """"Built a claims API …" → "built a claims API …" (sentence-final period removed, semicolon clauses joined:
    :func:`careercopilot.writing.phrasing.first_person`)."""
    return phrasing.first_person(bullet)


@dataclass
class Cited:
    """A bullet cited in the letter with the skills (as the resume writes them) it shows."""

    role: Role | None
    bullet: str
    surfaces: list[str]
    skill: str
    #: the canonical skill of each surface (same order as ``surfaces``)
    skills: list[str] = field(default_factory=list)


def _skill_noun(surface: str, skill: str) -> str:
    """The skill as a noun for "I used X as <role>": the resume's own spelling, unless that is a
    verb form from the bullet ("Mentored", "Negotiated") — then the taxonomy's name, lower-cased
    when it is a plain word ("mentoring"; "Python", "CI/CD" keep their case). Trial finding 16:
    "I used Mentored and code review as Senior Software Engineer"."""
    # (writer40: "I put Greet visitors, handle complaints and refunds to work as …", "I put mentor to work as …")
    verb_led = len(surface.split()) > 1 and phrasing.is_verb_phrase(surface[:1].upper() + surface[1:])
    base_verb = (re.fullmatch(r"[a-z]+", surface) is not None and phrasing.is_verb_phrase(surface.capitalize())
                 and skill.lower().startswith(surface.lower()[:-1]) and skill.lower().endswith("ing"))
    if not (re.fullmatch(r"[A-Za-z]+ed", surface) or verb_led or base_verb) or surface.lower() == skill.lower():
        return surface  # ("Administer medications", a bullet's opening verb phrase, is named by the skill: session 22)
    stems = {w[:5] for w in re.findall(r"[a-z]{4,}", skill.lower())}
    if surface[:1].islower() and not stems & {w[:5] for w in re.findall(r"[a-z]{4,}", surface.lower())}:
        return ""  # "verified insurance" → "Prior Authorization" would name what the bullet does not say: not named
    return skill[:1].lower() + skill[1:] if re.fullmatch(r"[A-Z][a-z]+(?: [a-z]+)*", skill) else skill


def _also(bullet: str) -> str:
    """One more highlight, grammatical whether the bullet starts with a verb or not."""
    if phrasing.is_verb_phrase(bullet):
        return "I also " + _first_person(bullet) + "."
    return "Another highlight from my resume: " + phrasing.as_written(bullet) + "."


def words(text: str) -> int:
    """Word count (whitespace-separated tokens containing a letter or digit)."""
    return sum(1 for t in text.split() if re.search(r"\w", t))


def _work_text(inp: WritingInput, resume_roles: list[Role]) -> str:
    """Bullets and the skills section: where a skill shows as used (not an employer's name)."""
    from careercopilot.normalize.resume_fields import heading_key, split_sections

    skills_sections = [b for h, b in split_sections(inp.resume_text) if heading_key(h) == "skills"]
    return "\n".join([b for r in resume_roles for b in r.bullets] + skills_sections)


def is_role_noun(surface: str) -> bool:
    """Whether a skill's surface names an occupation ("RN", "CNAs", "Charge nurse", "paralegal"):
    a person or a credential, never a thing one "used" or a skill "including RNs" (issue 12;
    :func:`careercopilot.normalize.role_nouns.role_phrase`)."""
    return role_phrase(surface, 0, len(surface)) is not None


def citable(skill: str) -> bool:
    """Whether a letter may cite ``skill`` as used at a role or name it among the posting's skills: not a
    trait of the taxonomy's soft skills (:func:`careercopilot.writing.skill_kinds.kind_of`; newcomer trial F5:
    "I also relied on Detail-oriented in that role", "including … Detail-oriented, GLP"). A trait is shown by
    what the bullets did, as interview prep asks for the example (issue 12)."""
    return kind_of(skill) != "trait"


def _skills_with_evidence(inp: WritingInput, resume_roles: list[Role],
                          asks: list[str] | None = None) -> tuple[list[Evidence], list[str]]:
    """Evidence of the person's own skills (those the posting asks for first, then the matched ones)
    and the other skills' surfaces. An occupation named in a role's bullet is not cited as used ("I
    used RNs as Charge Nurse"); one on a credentials line is ("My credentials include RN"), and so is a credential
    the posting asks for that only a credentials line gives ("NATE Certified — …": trial126)."""
    have = [s for s in own_skills(_work_text(inp, resume_roles)) or own_skills(inp.resume_text) if citable(s)]
    held = set(own_skills(inp.resume_text))  # a credential the posting asks for, on a credentials line (trial126: NATE)
    first = [s for s in (asks or []) if s in have or (s in held and kind_of(s) == "credential")]
    matched = [s for s in inp.matched if citable(s)]
    ordered = list(dict.fromkeys(first + matched + [s for s in have if s not in matched]))
    ev = [e for e in evidence_for(ordered, resume_roles, inp.resume_text)
          if e.role is None or not is_role_noun(e.surface)]
    cited = {e.skill for e in ev}
    work = _work_text(inp, resume_roles)
    rest = [s for s in matched if s not in cited] + [s for s in have if s not in cited and s not in matched]
    others = []
    for skill in rest:
        surface = surface_of(skill, work)
        if surface and not is_role_noun(surface) and not any(surface.lower() in e.surface.lower() or e.surface.lower() in surface.lower() for e in ev):
            others.append(phrasing.mid_sentence(surface))  # "Route planning" inside a sentence: lower case
    return ev, list(dict.fromkeys(others))


#: The self-check's mark for the current-role sentence itself (a bullet text never equals it).
_CURRENT = "\x00current role"
_OTHERS = "\x00other skills"  # … and for the "Beyond these, my resume shows hands-on work with …" sentence
_MATCHED = "\x00posting asks"  # … and for "Your posting asks for skills I use in my work, including …"

#: Skills named in one evidence sentence at most (session 22: "I put SQL, collaboration, Pricing, logistic
#: regression, XGBoost, Snowflake, monitoring and actuarial to work as …" — a list, not a sentence).
MAX_NAMES = 3


def cover_letter(inp: WritingInput) -> str:
    """A cover letter in the user's tone, length and language (see the module doc).

    Self-check (issue 12 finding 6: the writer's own output must never be flagged): the letter is checked
    by the grounding checker with the same sources and allowance the pipeline uses; a bullet whose
    sentence draws a flag is left out and the letter composed again (at most three rounds). The
    sentences are the resume's own words, so a flag there is the checker misreading a quotation (e.g.
    "Building test coordinator for Ohio end-of-course exams" read as employment by Ohio); leaving the
    bullet out is what a careful writer does with a line a reader might misread."""
    from careercopilot.writing.display import addressing_forms
    from careercopilot.writing.grounding import SourceFacts, check
    from careercopilot.writing.grounding.posting_side import check_posting_claims

    facts = SourceFacts.from_texts(inp.resume_text, allowed=[*inp.employers(), inp.title, inp.name, *(
        f for c in inp.employers() for f in addressing_forms(c, inp.title, inp.name))], posting=inp.posting_text)
    banned: set[str] = set()
    bare: set[str] = set()
    held = [r for r in roles(inp.resume_text) if r.employer and r.title]
    text, pieces = _compose(inp, frozenset(), frozenset())

    def employer_of(f) -> str | None:
        """The employer a flag is about: its text is (part of) the employer as the resume or the letter writes
        it, or a title flagged where the letter names it "<title> at <employer>" (the checker not tying the
        two: writer40, "Litigation Support Specialist at Contract Engagements")."""
        t = f.text.lower()
        for r in held:
            if any(t in e.lower() or e.lower() in t for e in (r.employer, r.shown_employer)):
                return r.employer
            named = any(f"{r.shown_title}{at}{r.shown_employer}" in text for at in (" at ", " en ", " chez "))  # en/es/fr
            if f.kind == "title" and t in (r.title.lower(), r.shown_title.lower()) and named:
                return r.employer
        return None

    for _ in range(3):
        flags = check(text, facts) + check_posting_claims(text, inp.posting_text, company=inp.company, title=inp.title)
        if not flags:
            break
        # an employer the checker does not read as one ("Peachline Grocers" under an "INTERNSHIP" heading):
        # the role is named by its title alone; any other flag (or one left once it is): the bullet is left out
        about = {id(f): employer_of(f) for f in flags}
        plain = {e for e in about.values() if e and e not in bare}
        hit = set()
        for sentence, bullet in pieces:
            at = text.find(sentence)
            why = [f for f in flags if at >= 0 and at <= f.start < at + len(sentence) and about[id(f)] not in plain]
            if why:
                hit.add(bullet)
                if bullet not in banned:  # what the sweep counts as hidden by the self-check (writing/self_check.py)
                    self_check.note("cover_letter", "dropped", why[0].kind, why[0].text, sentence)
        if not (hit - banned or plain):
            break
        for e in plain:
            f = next(f for f in flags if about[id(f)] == e)
            self_check.note("cover_letter", "reworded", f.kind, f.text, _sentence_at(text, f.start))
        banned |= hit
        bare |= plain
        text, pieces = _compose(inp, frozenset(banned), frozenset(bare))
    return text


def _sentence_at(text: str, at: int) -> str:
    """The sentence (or line) of ``text`` around offset ``at``."""
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)
    end = min(x for x in (text.find(". ", at) + 1, text.find("\n", at), len(text)) if x > 0)
    return text[start:end].strip()


def _cited_rank(c: Cited, resume_roles: list[Role], asks: set[str]) -> tuple[int, int, int]:
    """Sort key of an evidence sentence (trial126: a letter quoted only a technician's 2016–2019 jobs, never her
    current "40+ accounts", "RTUs up to 25 tons", "92% first-time fix rate"): a skill the posting asks for first;
    then the current role (the first listed), an earlier role or a credential's own line, and last a credentials
    line quoted for a skill that is no credential ("My resume lists HVAC among my credentials (Arizona ROC …)");
    then a bullet with a figure before one without. Python's sort is stable: ties keep the skills' order."""
    relevant = 0 if any(k in asks for k in c.skills) else 1
    if c.role is None:
        rank = 1 if kind_of(c.skill) == "credential" else 3
    else:
        rank = 0 if resume_roles and c.role is resume_roles[0] else 1
    return relevant, rank, 0 if re.search(r"\d", c.bullet) else 1


def _compose(inp: WritingInput, banned: frozenset[str], bare: frozenset[str]) -> tuple[str, list[tuple[str, str]]]:
    """The letter without the bullets in ``banned`` and naming roles at the employers in ``bare`` by their
    title alone, and its (sentence, bullet) pieces (English)."""
    opts = inp.options

    def label(role: Role) -> str:
        return role.shown_title if role.employer in bare and role.title else role.label

    lo, hi = opts.words
    resume_roles = roles(inp.resume_text)
    asks = set(inp.posting_asks())
    evidence, others = _skills_with_evidence(inp, resume_roles, inp.posting_asks())
    # one evidence sentence per bullet; matched skills first
    seen_bullets: set[str] = set()
    picked: list[Cited] = []
    for e in evidence:
        if e.bullet in banned:
            continue
        noun = _skill_noun(e.surface, e.skill)
        if (noun == e.surface and " " not in e.surface and e.bullet.startswith(e.surface)
                and (phrasing.is_verb_phrase(e.bullet) or phrasing.is_verb_phrase(e.surface))):
            # the bullet's opening verb read as a skill ("Mentor two EIT engineers" → "I used Mentor as …"): named by
            # the skill when it is the verb's noun ("mentoring"), else not cited (writer69, issue 12); also when the
            # word opens a title ("Mentor teacher for 3 student teachers": "experience with Mentor", trial128)
            noun = _skill_noun(e.surface.lower(), e.skill)
            noun = "" if noun.lower() == e.surface.lower() else noun
        if not noun:
            continue
        if e.bullet in seen_bullets:
            c = next(c for c in picked if c.bullet == e.bullet)
            if len(c.surfaces) >= MAX_NAMES or noun in c.surfaces:
                continue
            c.surfaces.append(noun)
            c.skills.append(e.skill)
            continue
        seen_bullets.add(e.bullet)
        picked.append(Cited(e.role, e.bullet, [noun], e.skill, [e.skill]))
    picked.sort(key=lambda c: _cited_rank(c, resume_roles, asks))
    # (the current-role sentence is left out when the checker misreads it: _CURRENT in ``banned``)
    current = resume_roles[0] if resume_roles and _CURRENT not in banned else None
    head_creds = [", ".join(header_credentials(inp.resume_text))] if header_credentials(inp.resume_text) else []
    template = _env().get_template(f"cover_letter.{opts.language}.txt.j2")
    shown = inp.prose()
    form = phrasing.variant(inp.resume_text)  # which of the phrasing's forms this person's letter uses
    # the current role's sentence quotes a bullet no evidence sentence quotes (never the same line twice)
    lead_bullet = next((b for b in (current.bullets if current else []) if b not in banned and b not in seen_bullets), None)
    extra_bullets = [b for r in resume_roles for b in r.bullets if b not in seen_bullets and b not in banned
                     and b != lead_bullet]
    max_ev, max_extra = 8, len(extra_bullets)  # every further bullet is the person's own fact (writer69)
    # the "requirements reach beyond" sentence is no fact of the person's: it comes only after all of them (writer69)
    parts = {"n_ev": min(len(picked), 4), "n_extra": 0, "n_cred": 0, "n_close": 0, "others": 1, "missing": 0}

    lang = opts.language

    def cite(c: Cited, i: int) -> str:
        """The evidence sentence of ``c`` in the letter's language (form rotated by its place ``i``)."""
        if lang == "en":  # the role named by the sentence before is referred back to, not named again
            again = i > 0 and picked[i - 1].role is not None and picked[i - 1].role is c.role
            return phrasing.evidence_sentence(c.surfaces, label(c.role), c.bullet, form + i, again=again,
                                              tools=any(kind_of(k) == "tool" for k in c.skills))
        bare_role = c.role.employer in bare
        return locales.evidence_sentence(c.surfaces, c.role.shown_title, "" if bare_role else c.role.shown_employer,
                                         c.bullet, form + i, lang, inp.resume_text)

    def current_sentence() -> str:
        if current is None:
            return ""
        if lang == "en":
            return phrasing.current_role_sentence(label(current), current.ongoing, lead_bullet)
        return locales.current_role_sentence(current.shown_title, "" if current.employer in bare else
                                             current.shown_employer, current.ongoing, lead_bullet, lang)

    def names(items: list[str]) -> str:
        return locales.join([locales.term(x, lang, inp.resume_text) for x in items], lang)

    def quote(line: str) -> str:
        return locales.credential(line, lang) if lang != "en" else line

    def render() -> str:
        n_ev = parts["n_ev"]
        text = template.render(
            inp=inp, **shown, tone=opts.tone, current=current,
            opening=phrasing.OPENINGS[form].format(title=shown["title"], at_company=shown["at_company"]),
            current_sentence=current_sentence(), lead=phrasing.LEADS[form], names=names, quote=quote,
            de=locales.de, que=locales.que,
            cite=cite, evidence=picked[:n_ev], others=others[:8],
            # only skills the posting itself names (never the resume's others: "asks for … Python")
            matched=[] if _MATCHED in banned else list(dict.fromkeys(
                x for c in picked[:n_ev] for x, k in zip(c.surfaces, c.skills) if k in asks and not is_role_noun(x))),
            # the header's post-nominals ("CPA", "RN, BSN") always; the other credential lines when room is left
            credentials=[quote(c) for c in creds()],
            closing=parts["n_close"], show_others=bool(parts["others"]) and _OTHERS not in banned,
            show_missing=bool(parts["missing"]),
            extra=[_also(b) if opts.language == "en" else b for b in extra_bullets[:parts["n_extra"]]],
            fp=_first_person,
        )
        text = "\n".join(line.strip() for line in text.splitlines())
        return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"

    def creds() -> list[str]:
        # a line cited as evidence is left out only when its sentence is in the letter (trial126: NATE's line was
        # picked, cut by the length, and then missing from the credentials too)
        shown_ev = {c.bullet for c in picked[:parts["n_ev"]]}
        return [c for c in credential_lines(inp.resume_text)
                if c not in shown_ev and c not in banned and (parts["n_cred"] or c in head_creds)][:5]

    def cited(n: int) -> int:
        return sum(len(c.surfaces) for c in picked[:n])

    while cited(parts["n_ev"]) < 3 and parts["n_ev"] < len(picked):
        parts["n_ev"] += 1
    if opts.length == "short":  # start lean: the optional sentences come back only if needed
        parts["others"] = parts["missing"] = 0
    text = render()
    grow = [("others", 1), ("n_ev", min(len(picked), max_ev)),
            ("n_extra", min(len(extra_bullets), max_extra)), ("n_cred", 1), ("missing", 1), ("n_close", 6)]
    while words(text) < lo:
        step = next((k for k, cap in grow if parts[k] < cap), None)
        if step is None:
            break
        parts[step] += 1
        text = render()
    # too long: drop whole sentences, least useful first, keeping >= 3 cited skills
    while words(text) > hi:
        if parts["n_close"]:
            parts["n_close"] -= 1
        elif parts["n_extra"]:
            parts["n_extra"] -= 1
        elif parts["others"]:
            parts["others"] = 0
        elif parts["n_cred"]:
            parts["n_cred"] = 0
        elif parts["n_ev"] > 1 and cited(parts["n_ev"] - 1) >= 3:
            parts["n_ev"] -= 1
        elif parts["missing"]:
            parts["missing"] = 0
        else:
            break
        text = render()
    pieces = [(cite(c, i), c.bullet) for i, c in enumerate(picked[:parts["n_ev"]]) if c.role is not None]
    pieces += [(_also(b) if lang == "en" else b.rstrip(".;"), b) for b in extra_bullets[:parts["n_extra"]]]
    pieces += [(c, c) for c in creds()] + [(c.bullet, c.bullet) for c in picked[:parts["n_ev"]] if c.role is None]
    for opening, token in (("Beyond these, my resume shows", _OTHERS), ("Your posting asks for skills", _MATCHED),
                           ("You ask for ", _MATCHED)):
        at = text.find(opening)
        if at >= 0:
            pieces.append((text[at:text.find(".", at) + 1 or len(text)], token))
    if current:
        pieces.append((current_sentence(), lead_bullet or _CURRENT))
    return text, pieces


def follow_up_email(inp: WritingInput, *, stage: str = "applied", kind: str = "follow_up") -> str:
    """A short follow-up (after applying) or thank-you (after an interview) e-mail."""
    return _env().get_template("follow_up.txt.j2").render(inp=inp, **inp.prose(), stage=stage, kind=kind).strip() + "\n"
