"""Roles and bullets read from a resume's plain text (for the offline writer and tailoring).

A role starts at an entry header: a run of title-cased lines with its dates (dates on the same line
or the next, before or after the title, "Employer (dates)" then the title); the lines after it, up to
the next header or section heading, are its bullets (:func:`roles`). The header's title and employer
are read by :func:`careercopilot.writing.role_headers.read_header` ("Title, Unit — Employer, City",
"Title | Employer | City | dates", "Employer — Title", promotions "A → B").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careercopilot.normalize.resume_fields import TITLE_WORDS, heading_key, split_sections
from careercopilot.normalize.resume_skills import own_skill_spans
from careercopilot.writing.line_wraps import continues
from careercopilot.writing.phrasing import is_verb_phrase
from careercopilot.writing.self_statements import is_self_statement
from careercopilot.writing.role_headers import ORG_WORDS, date_only, is_us_region_code, read_header, strip_dates

_YEAR = re.compile(r"\b(19[6-9]\d|20[0-3]\d)\b|\bpresent\b", re.I)
#: A date range of an entry ("2020 - present", "2016–2018", "2018-now", "Summer 2025").
_RANGE = re.compile(r"(?i)\b(?:19[6-9]\d|20[0-3]\d)\s*(?:[-–—]|to)\s*(?:(?:19[6-9]\d|20[0-3]\d)|present|current|now|today)\b")
#: Words of a sub-heading inside the experience section, in capitals on a line of its own (session 22:
#: "INTERNSHIP", "EARLIER", "WORK", "PREVIOUS ROLES" read as employers: "Data Analytics Intern at INTERNSHIP").
_SUB_WORDS = frozenset("internship internships earlier previous prior other additional recent relevant selected work "
                       "experience employment history career roles positions jobs freelance contract consulting "
                       "part-time military service professional clinical teaching nursing and & / apprenticeship "
                       "apprenticeships current position state".split())  # "APPRENTICESHIP", "CURRENT POSITION"
#: A stretch of a work history that is no job ("CAREER BREAK — Jul 2021 – Jun 2026", "Sabbatical", "Family leave"):
#: its lines are not quoted as a role's work ("I used HubSpot as Career break").
_NOT_A_JOB = re.compile(r"(?i)^(?:(?:career|employment|planned)\s+(?:break|gap|pause)|sabbatical|"
                        r"(?:medical|family|parental|maternity|paternity|caregiving)\s+leave|full-time\s+caregiver)\b")
#: Words of a heading that ends the experience ("TRAINING / CERTS", "DURING THE GAP (2018 - 2024)").
_END_WORDS = frozenset("training certs certifications certificates certification licenses licensure licence licences "
                       "education skills tools languages awards references interests projects gap break during the "
                       "courses coursework memberships affiliations".split())
#: Last words of a section heading written in title case (trial128, session 31: a DOCX's "Professional Development &
#: Side Projects" in a heading style, read as a job: "my time as a Professional Development & Side Projects at …").
_SECTION_NOUNS = frozenset("projects skills development honors awards publications certifications certificates licenses "
                           "licences involvement education training activities interests languages references coursework "
                           "affiliations memberships service volunteering presentations courses".split())
#: An entry written on one bullet line: "Technical Support Specialist — Lakes Payroll Inc. (2016–2018): tier-2 tickets".
_ENTRY_LINE = re.compile(r"^(?P<head>[^:;]{5,140}?\(?(?:19[6-9]\d|20[0-3]\d)\s*[-–—]\s*(?:(?:19[6-9]\d|20[0-3]\d)|"
                         r"present|current|now)\)?)\s*[:.;–—-]\s*(?P<rest>\S.+)$", re.I)


def _sub_heading(line: str) -> str | None:
    """"sub" for an experience sub-heading ("INTERNSHIP", "EARLIER"), "end" for a heading that ends
    the experience ("TRAINING / CERTS", "SKILLS: Gainsight, Zendesk, …" longer than the section splitter
    reads), None for anything else (an employer in capitals, "KINGS COUNTY HOSPITAL", is neither)."""
    m = re.match(r"^([A-Za-z][A-Za-z &/]{1,40}):\s*\S", line)
    if m and heading_key(m.group(1)) not in (None, "experience"):
        return "end"
    bare = re.sub(r"\((?:[^()]*)\)", " ", line).strip().rstrip(":")
    words = [w.lower() for w in re.findall(r"[A-Za-z&/-]+", bare)]
    if (words and len(words) <= 6 and not re.search(r"[\d|,;:•]", line) and not _BULLET.match(line)
            and words[-1] in _SECTION_NOUNS and not TITLE_WORDS.search(line)
            and all(w[:1].isupper() for w in re.findall(r"[A-Za-z][\w-]*", bare) if w.lower() not in _SMALL)
            and heading_key(bare) not in (None, "experience")):
        return "end"  # a heading in title case (a Word heading style): "Professional Development & Side Projects"
    if not words or len(words) > 5 or re.search(r"\d", bare) or not all(c.isupper() for c in bare if c.isalpha()):
        return None
    if all(w in _SUB_WORDS | _END_WORDS for w in words):
        key = heading_key(bare)
        return "sub" if key == "experience" or all(w in _SUB_WORDS for w in words) else "end"
    if len(words) <= 3 and words[-1] in _END_WORDS - {"the", "during"}:  # "LEGAL TRAINING", "IT CERTS"
        return "end"
    return None


def _employer_not_city(employer: str, lines: list[str], title: str) -> str:
    """The employer, unless the header reader took the city for it: "Senior Data Scientist, Bay Insurance —
    Oakland, 2016–2020" gives "Oakland"; then the header's other capitalised piece ("Bay Insurance")."""
    from careercopilot.normalize.places import resolve_place

    if not employer or len(employer.split()) > 3:
        return employer
    # "Kansas City, Missouri" (a LinkedIn export's place line): a city with its region, whatever its words
    with_region = any(re.search(re.escape(employer) + r",\s*(?:[A-Z]{2}\b|[A-Z][a-z]+)", ln) for ln in lines)
    if ORG_WORDS.search(employer) and not with_region:
        return employer
    place = resolve_place(employer)
    if place is None or place.kind != "city":
        return employer
    pieces = [p.strip(" ()") for ln in lines for p in re.split(r"\s+[—–-]\s+|[|,\t]|\s{3,}", strip_dates(ln))]
    other = [p for p in pieces if p and p not in (employer, title) and re.match(r"[A-Z]", p) and not TITLE_WORDS.search(p)
             and resolve_place(p) is None and not is_us_region_code(p)]
    return _clean_piece(other[0]) if other else ("" if with_region else employer)


def _dateish(line: str) -> bool:
    """Only dates, or dates and a bracketed length ("July 2019 - March 2022 (2 years 9 months)")."""
    return date_only(line) or date_only(re.sub(r"\([^()]*\)", " ", line))


def _clean_piece(piece: str) -> str:
    """A header piece without an unclosed aside or a leading "via" ("Capital Oaks Community Hospital
    (36-bed unit" → "Capital Oaks Community Hospital"; "via Keystone eDiscovery" → "Keystone eDiscovery");
    '' when it has no capitalised word ("10 hrs/wk")."""
    p = re.sub(r"\s*\([^()]*$", "", piece).strip(" ,;:-–—")
    p = re.sub(r"^(?:via|through|for)\s+", "", p, flags=re.I)
    return p if re.search(r"[A-Z][a-zA-Z]", p) else ""
#: A bullet that stops mid-phrase, so the next unmarked line continues it ("… cut median time-to-lease from" /
#: "121 to 68 days; …", "… for 3 widening projects ($12M-$48M) in" / "estimates for PS&E").
_UNFINISHED = re.compile(r"(?:\b(?:from|to|of|and|or|in|for|with|by|the|a|an|at|on|into|per|than|via)|[,&/+-])$")
_BULLET = re.compile(r"^\s*(?:[-*•·●▪◦‣]|\d+[.)])\s*")


@dataclass
class Role:
    """One job: ``title`` at ``employer`` with its bullet lines (verbatim, bullet marks removed).
    ``earlier`` holds the titles before a promotion at the same employer ("Staff Accountant →
    Senior Staff Accountant": title "Senior Staff Accountant", earlier ["Staff Accountant"]);
    ``ongoing`` is whether the header's dates run to the present."""

    title: str
    employer: str
    header: str
    bullets: list[str] = field(default_factory=list)
    earlier: list[str] = field(default_factory=list)
    ongoing: bool = False

    @property
    def shown_title(self) -> str:
        """The title as a letter writes it: all capitals title-cased ("SENIOR ACCOUNTANT" → "Senior
        Accountant"; :func:`careercopilot.writing.display.role_display`)."""
        from careercopilot.writing.display import role_display

        return role_display(self.title)

    @property
    def shown_employer(self) -> str:
        """The employer as a letter writes it ("KINGS COUNTY HOSPITAL" → "Kings County Hospital")."""
        from careercopilot.writing.display import role_display

        return role_display(self.employer)

    @property
    def label(self) -> str:
        """"Title at Employer" (or whichever is known), in their prose forms (:attr:`shown_title`)."""
        t, e = self.shown_title, self.shown_employer
        return f"{t} at {e}" if t and e else t or e


#: Short words left out when judging whether a line is written in title case.
_SMALL = frozenset("a an and & of the at for in on to with de du la le y et und".split())


def _header_like(raw: str, line: str) -> bool:
    """Whether an unmarked line reads as (part of) an entry header, not a bullet: a dates-only line, or
    ≤ 18 words mostly capitalised ("Staff Nurse, Medical-Surgical Unit — Riverside Methodist Hospital",
    "Staff Accountant → Senior Staff Accountant"), never a sentence ("Provide direct patient care for …",
    "Promoted to Senior Staff Accountant in 2020": a capitalised -ed verb followed by a lower-case word)
    or a sub-heading ending in a colon."""
    if _BULLET.match(raw) or line.endswith(":") or len(line.split()) > 18:
        return False
    if _dateish(line):
        return True
    ws0 = line.split()
    if (len(ws0) >= 4 and re.fullmatch(r"[A-Z][a-z]+", ws0[0]) and re.fullmatch(r"(?:the|a|an|[a-z]{3,}|\$?\d[\d,.+%]*)", ws0[1])
            and is_verb_phrase(line)):
        return False  # "Led the district science curriculum writing committee (2022-2024) and …": a sentence (trial128)
    if _RANGE.search(line) and not line.endswith(".") and len(line.split()) <= 14:
        return True  # "Weekend helper — Ortega Concrete (family business) (2020 - present)"
    ws = line.split()
    if len(ws) >= 2 and re.fullmatch(r"[A-Z][a-z]+ed", ws[0]) and ws[1][:1].islower():
        return False
    if line.endswith(".") and len(ws) > 6:
        return False
    alpha = [w for w in re.findall(r"[^\W\d_][\w'’.&-]*", line) if w.lower() not in _SMALL]
    return bool(alpha) and sum(w[0].isupper() for w in alpha) / len(alpha) >= 0.6


def _wrapped_header(raw: str, header: str, line: str) -> bool:
    """Whether an unmarked lower-case ``line`` continues the header line above it, wrapped by a PDF's line
    width: that line leaves a bracket open or stops at a comma or a joining word ("Sunbelt Comfort Services
    (formerly Desert Air Pros," / "acquired 2022)"; trial126: the wrapped piece ended the header and the
    current job lost its dates)."""
    if _BULLET.match(raw) or not line[:1].islower() or len(line.split()) > 8:
        return False
    return header.count("(") > header.count(")") or bool(_UNFINISHED.search(header))


def _titled(line: str) -> bool:
    """Whether a header line names a job title (some part has a title word and no organisation word)."""
    return any(TITLE_WORDS.search(p) and not ORG_WORDS.search(p) for p in re.split(r"\s+[—–-]\s+|[|,\t]|\s{3,}",
                                                                               strip_dates(line)))


def roles(text: str) -> list[Role]:
    """Roles of the experience section (or of the whole text when it has no such heading), most recent
    first as written.

    An entry's header is a run of consecutive unmarked, title-cased lines (:func:`_header_like`) with a
    year, or (under an experience heading) with a job-title word: title and employer on one line and the
    dates on the next, the dates first, or "Employer (dates)" then the title line
    (:func:`careercopilot.writing.role_headers.read_header` reads it). Lines of one header that each carry
    a title and dates are separate roles at the header's employer ("Acme Corp" / "Senior Analyst,
    2020 – Present" / "Analyst, 2018 – 2020"); a later header with a title but no employer keeps the
    previous one's employer-only line. The other lines are the current role's bullets (≥ 3 words), except a
    summary's or objective's lines (:func:`careercopilot.writing.self_statements.is_self_statement`: "Seeking to
    apply my analytical skills …" under a header, after the last role, or on an "Objective:" line above the first
    role, which no longer ends the reading of a resume without headings)."""
    from careercopilot.normalize.text_columns import unfold_columns

    sections = split_sections(unfold_columns(text))  # a two-column paste, one column after the other (session 22)
    section = "\n".join(b for h, b in sections if heading_key(h) == "experience")
    body = section or text
    out: list[Role] = []
    group: list[str] = []
    last_shared: list[str] = []
    aside = [""]  # the last line read, when a summary's or objective's (its wrapped lines are no bullets either)
    #: whether the last line read became a bullet, and then whether it carried a mark (None: it did not)
    marked: list[bool | None] = [None]

    def add_bullet(line: str) -> None:
        bullet = re.sub(r"(?<=\S)[ \t]{2,}(?=\S)", " ", _BULLET.sub("", line).strip())  # a PDF's justified spacing
        aside[0] = ""
        if re.fullmatch(r"(?i)page \d+(?: of \d+)?", bullet):  # a PDF page footer
            return
        if is_self_statement(bullet):  # an aim or a self-description, not work done (newcomer trial F5)
            aside[0] = bullet
            return
        entry = _ENTRY_LINE.match(bullet)
        h = read_header([entry.group("head")]) if entry else None
        if entry and h.title and _titled(entry.group("head")):
            out.append(Role(_clean_piece(h.title), _clean_piece(h.employer), entry.group("head"),
                            [entry.group("rest")], earlier=h.earlier, ongoing=h.ongoing))
        elif out and len(bullet.split()) >= 3:
            out[-1].bullets.append(bullet)
            marked[0] = bool(_BULLET.match(line))

    def close() -> None:
        nonlocal last_shared
        lines, group[:] = list(group), []
        if not lines:
            return
        if not (any(_YEAR.search(ln) for ln in lines) or (section and any(_titled(ln) for ln in lines))):
            for ln in lines:
                add_bullet(ln)
            return
        shared = [ln for ln in lines if not _titled(ln) and not _dateish(ln)]
        subs: list[list[str]] = [[]]
        for ln in lines:
            if ln in shared:
                continue
            if _titled(ln) and _YEAR.search(ln) and any(_titled(x) for x in subs[-1]):
                subs.append([])
            subs[-1].append(ln)
        if not shared and last_shared and not any(read_header(s).employer for s in subs):
            shared = last_shared
        elif shared:
            last_shared = shared
        for sub in subs:
            h = read_header(shared + sub)
            employer = _employer_not_city(_clean_piece(h.employer), shared + sub, h.title)
            if re.match(r"(?i)same\b", employer) or re.search(r"(?i)(?:^|,)\s*same\s+\w+\s*(?:[-–—,(]|\d|$)",
                                                              strip_dates(" ".join(sub))):
                # "Same hospital", "Budget Analyst II, same department": the resume names no employer here, so the
                # letter names none either (the grounding checker cannot tie "same" to the entry above)
                employer = ""
            title = _clean_piece(h.title)
            if _NOT_A_JOB.match(title or strip_dates(" ".join(sub))):
                out.append(Role("", "", "\n".join(lines)))  # a fence: its lines are no role's bullets
                continue
            out.append(Role(title, employer, "\n".join(lines), earlier=h.earlier, ongoing=h.ongoing))

    stopped = False
    for raw in body.splitlines():
        line = raw.strip()
        was, marked[0] = marked[0], None
        kind = _sub_heading(line) if line else None
        if kind == "end" and not out and not section and heading_key(line.split(":")[0]) == "summary":
            aside[0] = line  # "Objective: Seeking …" above the first role of a resume without headings: no end of it
            continue
        if (aside[0] and line and not _BULLET.match(raw) and not aside[0].endswith(".")
                and (line[:1].islower() or _UNFINISHED.search(aside[0]))):
            aside[0] = line  # the summary's wrapped line
            continue
        aside[0] = ""
        if kind:
            close()
            marked[0] = None
            stopped = kind == "end"
            if stopped and out:
                out.append(Role("", "", line))  # a fence: later lines are no role's bullets
            continue
        if stopped:
            continue
        if not line:
            close()
            marked[0] = None
        elif (was is not None and not group and out and out[-1].bullets
              and continues(("- " if was else "") + out[-1].bullets[-1], raw)
              and (not _header_like(raw, line) or _UNFINISHED.search(out[-1].bullets[-1])
                   or (not _titled(line) and not ORG_WORDS.search(line) and not _YEAR.search(line)
                       and re.search(r"\b(?!(?:and|the|for|with)\b)[a-z]{3,}", line)))):
            # trial128 (session 31): "- … and train" / "25+ staff members on Canvas modules": one bullet, wrapped
            out[-1].bullets[-1] += " " + re.sub(r"(?<=\S)[ \t]{2,}(?=\S)", " ", line)
            marked[0] = was
        elif group and _wrapped_header(raw, group[-1], line):
            group[-1] += " " + line  # "… (formerly Desert Air Pros," / "acquired 2022)": one header line
        elif _header_like(raw, line):
            group.append(line)
        elif (not _BULLET.match(raw) and not group and out and out[-1].bullets and not out[-1].bullets[-1].endswith(".")
              and (line[:1].islower() or _UNFINISHED.search(out[-1].bullets[-1]))):
            out[-1].bullets[-1] += " " + line  # a bullet wrapped onto the next line ("… 70% win or" / "better")
        else:
            close()
            add_bullet(line)
    close()
    return [r for r in out if r.title or r.employer]


@dataclass(frozen=True)
class Evidence:
    """Where a skill was used: the role and the bullet that names it (``role`` None: a line of
    the certifications/education/skills sections). ``surface`` is the skill as the resume
    writes it ("Postgres", "Epic EHR"), never the taxonomy's canonical name."""

    skill: str
    role: Role | None
    bullet: str
    surface: str


def own_skills(text: str) -> list[str]:
    """Canonical skills ``text`` shows as the person's own, in order: mentions in passing and
    mentions of other people ("supervising 8 RNs and 4 CNAs") left out
    (:func:`careercopilot.normalize.resume_skills.own_skill_spans`)."""
    return list(dict.fromkeys(n for _, _, n in own_skill_spans(text)))


def covered_skills(text: str) -> set[str]:
    """Canonical skills a resume covers, as the Resume page and the match explanation count them: its
    own skills (:func:`careercopilot.normalize.resume_skills.extract_resume_skills` — taxonomy synonyms and
    case folded to one name) and every broader skill they imply
    (:func:`careercopilot.normalize.skills.skill_ancestors`: FastAPI → Backend Development)."""
    from careercopilot.normalize.skills import skill_ancestors

    own = set(own_skills(text))
    return own | {a for s in own for a in skill_ancestors(s)}


def surface_of(skill: str, text: str) -> str | None:
    """How ``text`` writes ``skill`` (its first own mention, :func:`own_skills`), or None."""
    for s, e, name in own_skill_spans(text):
        if name == skill:
            return text[s:e]
    return None


#: A post-nominal credential ("RN", "BSN", "CPA", "PhD", "MBA", "PE", "CCRN", "PMP", "CFA").
_POSTNOMINAL = re.compile(r"[A-Z][A-Za-z]{0,4}[A-Z](?:-[A-Z]{1,3})?\.?")


def header_credentials(text: str) -> list[str]:
    """Credentials written after the name in the header: "Jane Doe, RN, BSN" → ["RN", "BSN"]; a header
    line of credentials only ("CPA", "RN, CCRN") → its tokens. Never the name itself or a place code."""
    from careercopilot.normalize.resume_fields import find_name, header_lines_of

    name = find_name(text)
    out: list[str] = []
    for i, line in enumerate(header_lines_of(text)[:5]):
        tokens = [t.strip() for t in re.split(r"[,|/·]|\s+", line) if t.strip()]
        if name and line.strip().lower().startswith(name.lower()):
            tokens = [t.strip() for t in re.split(r"[,|/·]", line[len(name):]) if t.strip()]
            out += [t for t in tokens if _POSTNOMINAL.fullmatch(t)]
        elif tokens and all(_POSTNOMINAL.fullmatch(t) for t in tokens) and not (len(tokens) == 1 and len(tokens[0]) == 2
                                                                             and is_us_region_code(tokens[0])):
            out += tokens
    return list(dict.fromkeys(out))


#: Words of a capitals sub-heading inside the certifications/education sections whose lines are credentials
#: ("BAR ADMISSIONS", "LICENSES"); under any other ("SYSTEMS", "SELECTED", "CLINICAL EXPERIENCE") they are not.
_CREDENTIAL_HEADS = frozenset("licenses license licensure licences licence certifications certification certificates "
                              "admissions admission credentials education training degrees registration".split())
#: Lines of those sections that are no credential: a page footer, contact details, availability, references.
_NOT_CREDENTIAL = re.compile(r"(?i)^(?:page \d+(?: of \d+)?$|available\b|availability\b|open to\b|willing to\b|"
                             r"references?\b)|@|\(?\d{3}\)?[-. ]\d{3}[-.]\d{4}")


#: A line that gives the languages one speaks ("Bilingual: English / Spanish (fluent)", "Languages: French (native)",
#: "Fluent in Vietnamese"): a skill, no credential (trial126: "Bilingual" listed among the credentials, NATE left out).
_LANGUAGE_LINE = re.compile(r"(?i)^(?:languages?\b|(?:bi|tri|multi)lingual\b|fluent\b|native\b|conversational\b|"
                            r"spoken\b)|\b(?:(?:bi|tri|multi)lingual|fluent(?:ly)?|native speaker|conversational)\b")
#: … unless it names a language credential: a test or level ("DELE C1", "TOEFL iBT 110", "JLPT N2") or a certified
#: interpreter or translator.
_LANGUAGE_CREDENTIAL = re.compile(r"(?i)\b(?:toefl|toeic|ielts|dele|delf|dalf|jlpt|hsk|topik|cefr|goethe|actfl|"
                                  r"[ABC][12]|N[1-5]|interpreter|translator|certif\w*|licen[cs]\w*)\b")


def _language_line(line: str) -> bool:
    """Whether a credentials/education line only gives spoken languages (:data:`_LANGUAGE_LINE`)."""
    return bool(_LANGUAGE_LINE.search(line)) and not _LANGUAGE_CREDENTIAL.search(line)


def _cap_sub_heading(line: str) -> bool:
    """A capitals sub-heading of a credentials section ("SYSTEMS", "BAR ADMISSIONS", "CLINICAL EXPERIENCE
    (student affiliations)"), never a credential in capitals ("CPSM", "CISSP", "RN, BSN", "OSHA 10")."""
    from careercopilot.writing.grounding.entities import CERT_ACRONYMS

    bare = re.sub(r"\([^()]*\)", " ", line).strip(" :")
    words = re.findall(r"[A-Za-z]+", bare)
    return (0 < len(words) <= 5 and not re.search(r"[\d,;|]", bare) and bare.upper() == bare
            and all(len(w) >= 5 and re.search(r"[AEIOU]", w) and w not in CERT_ACRONYMS or w in ("BAR", "AND", "OF")
                    for w in words))


def credential_lines(text: str) -> list[str]:
    """Credentials written after the name in the header (:func:`header_credentials`, joined as one
    line; a state code is no credential), then the lines of the certifications and education sections
    as written, read as a job seeker lists them: bullet marks ("•", ">", "✅") removed; an entry wrapped over
    several lines ("B.S. Civil Engineering," / "Pinecrest State University," / "2021") joined; a capitals
    sub-heading left out, and the lines under it too unless it names credentials ("BAR ADMISSIONS" keeps its
    lines, "SYSTEMS" or "CLINICAL EXPERIENCE" does not); page footers, contact and availability lines left
    out (:data:`_NOT_CREDENTIAL`), and so are spoken languages ("Bilingual: English / Spanish", :func:`_language_line`)."""
    head = [t for t in header_credentials(text) if not (len(t) == 2 and is_us_region_code(t))]
    from careercopilot.normalize.text_columns import unfold_columns

    out: list[str] = []
    for h, b in split_sections(unfold_columns(text)):
        if heading_key(h) not in ("certifications", "education"):
            continue
        keep, joinable, label = True, False, ""
        for raw in b.splitlines():
            ln = re.sub(r"^[^\w(\"'“]+", "", raw).strip()
            if not ln:
                joinable = False
                continue
            if _cap_sub_heading(ln):
                keep = bool(set(re.findall(r"[a-z]+", ln.lower())) & _CREDENTIAL_HEADS)
                joinable = False
                bare = re.sub(r"\([^()]*\)", " ", ln).strip(" :")
                # "BAR ADMISSIONS" / "Massachusetts; New York": the lines say what they are only with their heading
                label = "" if heading_key(bare) in ("certifications", "education") else bare.capitalize()
                continue
            if not keep or _NOT_CREDENTIAL.search(ln):
                continue
            if _language_line(ln):
                joinable = False
                continue
            if out and joinable and (re.search(r"(?:[,&]|\b(?:of|and|in|for))$", out[-1]) or ln[:1].islower()
                                     or re.fullmatch(r"(?:[A-Z][a-z]{2,8}\.? )?(?:19|20)\d\d", ln)):
                out[-1] = f"{out[-1]} {ln}"  # a wrapped entry
            else:
                out.append(f"{label}: {ln}" if label else ln)
            joinable = True
    out = [c for c in (_credential_items(ln) for ln in out) if c]
    return ([", ".join(head)] if head else []) + out


#: A credential among a "·"/"|"-separated line's items: a licence, certificate, degree or safety card
#: ("OSHA 30 Construction", "CPR/First Aid", "B.S.N. (online), Southern NH University, 2016", "PE (Colorado)");
#: a tool ("Procore", "Bluebeam", "MS Project") is none (issue 12, writer69: "My credentials include … OSHA 30
#: Construction · CPR/First Aid · Procore · Bluebeam · MS Project").
_CREDENTIAL_ITEM = re.compile(r"(?i)certif|licen[cs]|registered|diploma|degree|\bdoctor|\bbachelor|\bmaster|"
                              r"\b(?:cpr|first aid|osha|hazwoper|servsafe|notary|bar|[a-z]\.[a-z]\.(?:[a-z]\.)*|"
                              r"[AB]\.?[AS]\.?|M\.?[ABS]\.?[A]?|Ph\.?D|J\.?D|MBA|BSN|MSN|ASN|AAS|GED)(?![a-z])|"
                              r"\b(?:university|college|institute|academy|school)\b")


#: Microsoft's tools written "MS …" (not the Master of Science degree).
_MS_TOOL = re.compile(r"MS\s+(?:Project|Office|Excel|Word|Access|Visio|Teams|SQL|Dynamics|Outlook|PowerPoint)\b")


def _credential_items(line: str) -> str:
    """A credentials line as a letter may quote it: from a line of "·"/"|"-separated items, the items that name
    only a tool or skill of the taxonomy ("Procore", "MS Project": :func:`own_skills` reads the whole item) and no
    credential (:data:`_CREDENTIAL_ITEM`, a known certification acronym) are left out, the others kept with the
    line's separator ('' when none is left); any other line as written."""
    from careercopilot.normalize.resume_skills import own_skill_spans
    from careercopilot.writing.grounding.entities import CERT_ACRONYMS

    sep = re.search(r"\s*([·|])\s*", line)
    if not sep:
        return line
    items = [x.strip() for x in re.split(r"\s*[·|]\s*", line) if x.strip()]

    def tool(x: str) -> bool:
        if (not _MS_TOOL.match(x) and _CREDENTIAL_ITEM.search(x)) or set(re.findall(r"[A-Z][A-Za-z0-9-]+", x)) & CERT_ACRONYMS:
            return False
        covered = sum(e - s for s, e, _ in own_skill_spans(x))
        return covered >= len(x.strip()) - 1
    keep = [x for x in items if not tool(x)]
    return line if len(keep) == len(items) else f" {sep.group(1)} ".join(keep)



def evidence_for(skills: list[str], resume_roles: list[Role], resume_text: str = "") -> list[Evidence]:
    """Where each skill shows: the first bullet naming it (most recent role first), else a
    credentials line; in ``skills`` order."""
    found: list[Evidence] = []
    creds = credential_lines(resume_text) if resume_text else []
    for skill in skills:
        hit = None
        for role in resume_roles:
            bullet = next((b for b in role.bullets if skill in own_skills(b)), None)
            if bullet:
                hit = Evidence(skill, role, bullet, surface_of(skill, bullet) or skill)
                break
        if hit is None:
            line = next((ln for ln in creds if skill in own_skills(ln)), None)
            if line:
                hit = Evidence(skill, None, line, surface_of(skill, line) or skill)
        if hit:
            found.append(hit)
    return found
