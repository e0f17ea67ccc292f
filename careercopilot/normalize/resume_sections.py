"""Section headings of resumes and job postings, and splitting a text into its sections
(split out of :mod:`careercopilot.normalize.resume_fields` by concern, which imports every name
here so ``resume_fields.split_sections`` etc. still work).

:func:`heading_key` maps a heading line ("WORK EXPERIENCE", "Professional Summary:",
"Formación académica") to one of the keys of :data:`_HEADINGS`; :func:`heading_of` reads a line
as ``(key, heading)`` or None; :func:`split_sections` returns ``[(key, body), …]`` in order.
Pure; no I/O.
"""

from __future__ import annotations

import re

_HEADINGS: dict[str, tuple[str, ...]] = {
    "summary": (
        "summary", "professional summary", "profile", "professional profile", "about me", "objective",
        "career objective", "career summary", "executive summary", "personal statement", "overview",
        "summary of qualifications", "qualifications summary", "personal profile", "professional overview",
    ),
    "experience": (
        "experience", "work experience", "professional experience", "employment", "employment history",
        "work history", "career history", "relevant experience", "professional background",
        "experience highlights", "clinical experience", "teaching experience", "industry experience",
        "related experience", "additional experience", "professional history", "internships", "internship experience",
        # a resume split into the career and the rest ("Relevant Experience" / "Other Experience", ``experience_tiers``)
        "relevant work experience", "relevant work history", "other relevant experience", "career experience",
        "civilian experience", "military experience", "military service", "other experience", "other work experience",
        "other employment", "other work history", "additional employment", "additional work experience",
        "part-time employment", "part time employment", "non-relevant experience", "supplemental experience",
        "unrelated experience", "bridge employment", "other positions held", "earlier career", "earlier experience",
        "work profile", "employment details", "work details",
    ),
    "education": (
        "education", "academic background", "education and training", "academic qualifications",
        "educational background", "academics", "training", "education and certifications",
        # South Asian CVs (fam139, blind19 u05: "EDUCATIONAL QUALIFICATIONS" was read as a posting's requirements)
        "educational qualifications", "educational qualification", "academic qualification", "academic profile",
        "academic credentials", "education details", "educational details", "scholastic profile",
    ),
    "skills": (
        "skills", "technical skills", "core competencies", "competencies", "key skills", "areas of expertise",
        "expertise", "skills and abilities", "technologies", "tools", "skills summary", "core skills",
        "clinical skills", "relevant skills", "tools and technologies", "technical proficiencies",
        "proficiencies", "skill set", "skillset", "tech stack", "our stack", "the stack", "technology stack",
        # Europass CV headings (European Commission template)
        "personal skills", "job-related skills", "digital skills", "computer skills", "it skills",
    ),
    "projects": ("projects", "personal projects", "selected projects", "key projects", "side projects", "portfolio",
                 "academic projects", "notable projects"),
    "certifications": (
        "certifications", "certificates", "licenses", "licenses and certifications", "certifications and licenses",
        "licensure", "credentials", "certification", "professional certifications", "licenses and certificates",
    ),
    "awards": ("awards", "honors", "honours", "awards and honors", "achievements", "accomplishments", "recognition"),
    "publications": ("publications", "research", "presentations", "publications and presentations"),
    "languages": ("languages", "language skills", "spoken languages"),
    "volunteer": ("volunteer", "volunteering", "volunteer experience", "community involvement", "community service",
                  "leadership and activities", "activities", "extracurricular activities"),
    "interests": ("interests", "hobbies", "hobbies and interests", "personal interests"),
    # form blocks of international CVs (fam139): South Asian "PERSONAL DETAILS" (date of birth, father's name,
    # marital status) and "DECLARATION"; Europass "ANNEXES". Their own sections, so a
    # date of birth or "Place: Edison, NJ" is no part of the education or skills before them.
    "personal": ("personal details", "personal information", "personal data", "personal particulars", "personal info",
                 "declaration", "personal dossier", "bio data", "biodata"),
    "additional": ("annexes",),  # not "Additional Information": a job posting's common heading (NYC), left as it was
    "references": ("references", "references available upon request"),
    "affiliations": ("affiliations", "professional affiliations", "memberships", "professional memberships"),
    # job postings
    "requirements": (
        "requirements", "qualifications", "minimum qualifications", "basic qualifications", "required qualifications",
        "must have", "must haves", "must-haves", "what you bring", "what you'll bring", "what you will bring",
        "what we're looking for", "what we are looking for", "who you are", "you have", "about you",
        "required skills", "requirements and qualifications", "you might be a fit if", "your profile",
        "skills and experience", "experience and skills", "what you need", "you should have", "we're looking for",
    ),
    "nice_to_have": (
        "nice to have", "nice to haves", "nice-to-have", "bonus", "bonus points", "pluses", "preferred",
        "preferred qualifications", "preferred skills", "desirable", "desired skills", "extra credit",
        "good to have", "even better if", "bonus if you have", "it's a plus if",
    ),
    "responsibilities": (
        "responsibilities", "key responsibilities", "what you'll do", "what you will do", "duties",
        "job duties", "the role", "about the role", "role overview", "your role", "day to day", "day-to-day",
        "in this role", "what you'll be doing", "your responsibilities", "job description", "the job",
        "position summary", "role description", "the opportunity", "your mission",
    ),
    "about": ("about us", "about the company", "who we are", "our mission", "our story", "company overview",
              "about the team", "the team"),
    "benefits": ("benefits", "perks", "perks and benefits", "benefits and perks", "what we offer", "we offer",
                 "compensation", "compensation and benefits", "salary", "why join us", "why work with us"),
    "apply": ("how to apply", "application process", "next steps"),
    "eeo": ("equal opportunity", "equal opportunity employer", "eeo statement", "diversity and inclusion"),
    "location": ("location", "work location"),
}
_PHRASE_TO_KEY: dict[str, str] = {p: k for k, ps in _HEADINGS.items() for p in ps}
# Keyword fallback for headings like "RELEVANT WORK EXPERIENCE" or "Skills & Tools:"; order matters.
_KEYWORDS: tuple[tuple[str, str], ...] = (
    (r"nice|bonus|preferred|plus(es)?\b|desir", "nice_to_have"),
    (r"requirement|qualification|must", "requirements"),
    (r"responsibilit|duties", "responsibilities"),
    (r"summary|profile|objective", "summary"),
    # "CURRENT JOB (MACHINING)" beside "ENGINEERING EDUCATION" (a two-track resume, blind17 s08)
    (r"experience|employment|work history|career history|"
     r"\b(?:current|previous|past|prior|recent|earlier|other) (?:jobs?|positions?|roles?)\b|\b(?:jobs|positions) held\b",
     "experience"),
    (r"education|academic", "education"),
    (r"skill|competenc|expertise|technolog|proficienc", "skills"),
    (r"project", "projects"),
    (r"certif|licen[sc]", "certifications"),
    (r"award|honou?r", "awards"),
    (r"publication", "publications"),
    (r"language", "languages"),
    (r"volunteer", "volunteer"),
    (r"interest|hobb", "interests"),
    (r"benefit|perk", "benefits"),
)
_BULLET_START = re.compile(r"^\s*(?:[-*•·▪●◦‣–—>]|\d+[.)])\s")


def _norm_heading(line: str) -> str:
    s = line.strip().strip("#*_=~ \t").strip()
    s = s.replace("’", "'").replace("&", " and ").replace("/", " and ")
    s = re.sub(r"[:：\-–—.]+$", "", s).strip()
    return " ".join(s.lower().split())


def heading_key(heading: str) -> str | None:
    """Map a heading's text to a canonical section key, or ``None``.

    Exact phrases are looked up first ("Work History" → ``experience``,
    "What you'll bring" → ``requirements``, "Nice to have" → ``nice_to_have``),
    then keywords ("RELEVANT CLINICAL EXPERIENCE" → ``experience``).
    """
    norm = _norm_heading(heading)
    if not norm:
        return None
    if norm in _PHRASE_TO_KEY:
        return _PHRASE_TO_KEY[norm]
    for pattern, key in _KEYWORDS:
        if re.search(pattern, norm):
            return key
    return None


def heading_of(line: str) -> tuple[str, str] | None:
    """If ``line`` is a section heading return ``(heading, inline_rest)``, else None."""
    stripped = line.strip()
    if not stripped or len(stripped) > 80:
        return None
    m = re.match(r"^#{1,6}\s+(.+?)\s*#*$", stripped)
    if m:
        return m.group(1).strip("*_ ").strip(), ""
    m = re.match(r"^(\*\*|__)(.+?)\1:?\s*$", stripped)
    if m:
        return m.group(2).strip().rstrip(":"), ""
    if _BULLET_START.match(line):
        return None
    norm = _norm_heading(stripped)
    words = norm.split()
    if norm in _PHRASE_TO_KEY and not re.search(r"[.,;!?]\s", stripped):
        return stripped.rstrip(":：").strip(), ""
    # "Skills: Python, SQL" – a known heading followed by inline content
    m = re.match(r"^([^:：]{2,40})[:：]\s*(\S.*)$", stripped)
    if m and _norm_heading(m.group(1)) in _PHRASE_TO_KEY:
        return m.group(1).strip(), m.group(2).strip()
    if not words or len(words) > 6 or re.search(r"\d", stripped) or re.search(r"[.,;!?]", stripped.rstrip(":")):
        return None
    letters = [c for c in stripped if c.isalpha()]
    if stripped.endswith((":", "：")) and len(words) <= 6:
        return stripped.rstrip(":：").strip(), ""
    if len(letters) >= 4 and all(c.isupper() for c in letters) and heading_key(stripped):
        return stripped, ""
    return None


def split_sections(text: str) -> list[tuple[str, str]]:
    """Split resume or posting text into ``(heading, body)`` pairs, in order.

    A heading is a line that is (a) a Markdown ``#`` heading or a line that is
    entirely ``**bold**``; (b) a known heading phrase such as "Experience",
    "Work History", "Requirements", "Nice to have", "Responsibilities",
    "About us" (with optional trailing colon, any case); (c) any short line
    (≤ 6 words, no digits or sentence punctuation) ending with ``:``; or
    (d) an ALL-CAPS short line containing a section keyword
    ("RELEVANT WORK EXPERIENCE").  "Skills: Python, SQL" yields heading
    "Skills" with body "Python, SQL".  Text before the first heading is
    returned with heading ``""``.  Bodies are stripped; pairs with an empty
    body *and* empty heading are dropped.  Returns ``[("", text)]`` when no
    heading is found.
    """
    out: list[tuple[str, list[str]]] = [("", [])]
    for line in (text or "").splitlines():
        h = heading_of(line)
        if h:
            heading, rest = h
            out.append((heading, [rest] if rest else []))
        else:
            out[-1][1].append(line)
    result = []
    for heading, lines in out:
        body = "\n".join(lines).strip()
        if heading or body:
            result.append((heading, body))
    return result
