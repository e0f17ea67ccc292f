"""Titles whose head and modifier name different fields (issue 11, session 25: blind12 l03, l20, l15 and the
issue-11 postings).

An English job title is a head noun after its modifiers ("Fire Protection | Engineer", "Grants | Manager",
"Sanitation | Supervisor", "Bureau Chief, Highway | Design"). The head says what the person does (designs as an
engineer, leads as a manager or supervisor, runs a site as a superintendent); the modifier says on what. When
the modifier is another field's *subject* — fire, grants, highway, sanitation, a shop — O*NET's reported titles
or the function tables carry the title into the field that owns the word, and the head must hold it back:

* ``engineer_of_subject`` (:func:`engineer_reading`) — an engineer of fire protection, life safety, process,
  product or system safety (O*NET files them under 17-2111 Health and Safety Engineers, which this project's
  ``FAMILY_RULES`` put in public safety beside the EHS specialists and industrial hygienists filed there)
  designs and reviews systems: families.md puts "civil/mechanical/electrical/environmental engineers" in
  engineering/architecture and lists no engineer under public safety; the issue-11 curators labeled none of
  the 139 engineer-headed titles of the postings and the blind2–blind12 resumes public safety, and blind12 l03
  (a P.E. designing sprinkler and fire-alarm systems) engineering/architecture. Read as 17-2199 Engineers, All
  Other. Only an O*NET *engineer* occupation (SOC 17-2) is re-read: a fire department's "Fire Engineer"
  (apparatus operator, O*NET 33-2011 Firefighters) stays public safety.
* ``grants_management`` (:data:`GRANT_KINDS`) — managers, administrators, coordinators, specialists, officers and
  directors of grants run a portfolio of awards from proposal to close-out, programme work (families.md:
  "program and project managers … in public/nonprofit programs" are policy/program; blind12 l20 label notes)
  → 13-1199 Business Operations Specialists, All Other (policy/program). O*NET files "Grants Manager" under
  11-2033 Fundraising Managers (marketing here) and "Grants Officer" under eligibility interviewers. Grant
  accountants, financial/fiscal/budget staff and grants *monitoring* are finance (the issue-11 posting
  "Deputy Assistant Director Federal and State Grants Monitoring" is labeled finance) → 13-2011; a grant
  writer writes (marketing, content writing: the l20 notes): "Grant Writer", "Director of Grant Writing" → 13-1131
  Fundraisers, O*NET's reading of "Grant Writer".
* ``engineering_design`` (:func:`engineering_design`) — the design a chief, director or manager heads is
  engineering when its modifier is an engineering subject ("Bureau Chief, Highway Design", "Director of
  Structural Design", "Chief, Bridge Design"): the O*NET title "<subject> engineer" (Highway Engineer →
  17-2051 Civil Engineers), else Civil Engineers; "design" alone stays design/UX.
* ``site_superintendent`` (:data:`_SITE_SUPERINTENDENT`) — a superintendent of a field, site, project or job is
  the construction superintendent (families.md: construction holds "superintendents"; O*NET 11-9021
  Construction Managers lists "Superintendent", "Project Superintendent"); "Field Superintendent" was read by
  the word "field" as a farm labour contractor (human resources), "General Superintendent" (the superintendents'
  head on a general contractor's jobs, blind12 l15's target) as O*NET's catch-all general manager.
* postings: :func:`supervisor_of_other_work` — a "<modifier> Supervisor/Manager/Foreman" that O*NET's reported
  titles file under a first-line supervisor occupation whose title names none of the modifier's words
  ("Sanitation Supervisor" → supervisors of housekeeping and janitorial workers; "Shop Supervisor" → of
  entertainment and recreation workers; both issue-11 postings run a food plant's sanitation crew and a steel
  fabrication shop, labeled manufacturing) is read by the workplace its posting names
  (:func:`supervisor_setting`: a plant, a restaurant, a warehouse, a job site, a store), else its family is left
  to the job's description (``occupation_postings.title_leaves_family_open``): one employer's use of the words
  that O*NET sampled is no rule, and a first-line supervisor is filed by the workers of the place supervised.

Pure functions over the O*NET data ``normalize.occupations`` loads (imported lazily: that module calls this one).
"""

from __future__ import annotations

import re

__all__ = ["ENGINEER_OF_SUBJECT_CODE", "GRANT_KINDS", "SUPERVISOR_SETTINGS", "engineer_reading", "engineering_design",
           "site_superintendent", "supervisor_of_other_work", "supervisor_setting"]

#: O*NET 17-2199 Engineers, All Other: an engineer of a subject whose O*NET occupation this project files
#: outside engineering (:func:`engineer_reading`).
ENGINEER_OF_SUBJECT_CODE = "17-2199.00"
#: O*NET engineer occupations (SOC 17-2) whose family is their modifier's field in ``FAMILY_RULES`` (17-2111
#: Health and Safety Engineers: public safety, for the EHS specialists O*NET files there).
_SUBJECT_FILED_ENGINEERS = ("17-2111",)
_ENGINEER_HEAD = re.compile(r"\bengineers?\b(?:\s+(?:i{1,3}|iv|[1-4]|pe|p\.e\.?))?\s*$")

_GRANT_HEADS = (r"(?:manager|management|administrator|administration|coordinator|specialist|officer|director|lead|"
                r"associate|supervisor|program manager|portfolio manager)s?")
#: (method, pattern, O*NET code) of the grants kinds, in order: finance first ("Grants Financial Manager"), then
#: writing ("Director of Grant Writing": O*NET 13-1131 Fundraisers, marketing here), then management.
GRANT_KINDS: tuple[tuple[str, re.Pattern, str], ...] = (
    ("grants_finance", re.compile(
        r"\bgrants?\s+(?:and\s+contracts?\s+)?(?:accountants?|accounting|financial|fiscal|finance|budget|monitoring|"
        r"revenue|billing|payable|receivable|compliance analyst)\b|\b(?:accountant|accounting|fiscal|financial|"
        r"budget)\s+(?:manager|analyst|specialist|officer|director)?\s*[,(-]?\s*(?:for\s+)?grants?\b"), "13-2011.00"),
    ("grant_writing", re.compile(r"\bgrants?\s+writ(?:er|ers|ing)\b"), "13-1131.00"),
    ("grants_management", re.compile(
        rf"\bgrants?\s+(?:(?:and|&)\s+[a-z]+\s+)?{_GRANT_HEADS}\b|"
        r"\b(?:director|head|manager|chief|vice president|vp|supervisor|coordinator)\s*(?:of|,|-|–)\s*(?:the\s+)?"
        r"grants?\b(?!\s+(?:writ|fund))"), "13-1199.00"),
)

#: Subjects of engineering design (the branches and works of civil, structural, transportation, water and
#: building-systems engineering: ASCE, ITE and NSPE practice areas), as a design a unit's head leads.
_ENGINEERING_SUBJECTS = re.compile(
    r"^(?:[a-z]+\s+)?(?P<subject>highway|highways|roadway|road|bridge|bridges|structural|civil|traffic|transportation|"
    r"hydraulic|hydraulics|geotechnical|drainage|water|sewer|stormwater|wastewater|pavement|rail|railway|tunnel|"
    r"tunnels|dam|dams|mechanical|electrical|plumbing|hvac|mep|fire protection|environmental|utility|utilities|"
    r"site|infrastructure|capital)\s+(?:engineering\s+)?design$")

_SITE_SUPERINTENDENT = re.compile(r"^(?:(?:assistant|general|senior|sr|lead|chief)\s+)*(?:field|site|project|job|"
                                  r"jobsite|area|construction|building construction|general)\s+superintendent$")
SITE_SUPERINTENDENT_CODE = "11-9021.00"

#: Heads of a first-line supervisor's title (:func:`supervisor_of_other_work`).
_SUPERVISOR_HEADS = frozenset({"supervisor", "manager", "foreman", "forewoman", "foreperson", "superintendent"})
#: SOC major groups whose minor group 1 holds the first-line supervisors (33 protective … 53 transportation).
_FIRST_LINE_GROUPS = frozenset({"33", "35", "37", "39", "41", "43", "45", "47", "49", "51", "53"})
_STOP = frozenset({"and", "of", "the", "for", "a", "an", "shift", "area", "general", "assistant", "deputy",
                   "working", "department", "unit", "team"})


def engineer_reading(title: str, occ) -> tuple[str, str, str] | None:
    """``(code, "engineer_of_subject", matched)`` when ``title``'s head is "engineer" and its reading ``occ``
    (an ``occupations.Occupation``) is an O*NET engineer occupation filed in its modifier's field (module doc:
    "Fire Protection Engineer", "Life Safety Engineer"); None otherwise."""
    from careercopilot.normalize.occupations import _segments

    if not occ.code or not occ.code.startswith(_SUBJECT_FILED_ENGINEERS):
        return None
    segs = _segments(title)
    first = (segs[0] if segs else title or "").lower()
    if not _ENGINEER_HEAD.search(first.strip()):
        return None
    return ENGINEER_OF_SUBJECT_CODE, "engineer_of_subject", occ.matched


def engineering_design(phrase: str) -> tuple[str, str, str] | None:
    """The engineer of the design ``phrase`` (a normalized function phrase: "highway design", "structural
    engineering design") names, as ``(code, "department", key)``: the O*NET title "<subject> engineer",
    else 17-2051 Civil Engineers; None when the phrase is no engineering subject's design ("design",
    "graphic design", "product design")."""
    from careercopilot.normalize.occupations import _lookup

    m = _ENGINEERING_SUBJECTS.match(phrase or "")
    if m is None:
        return None
    subject = m.group("subject")
    hit = _lookup(f"{subject} engineer") or _lookup(f"{subject.rstrip('s')} engineer")
    if hit is not None and hit[0].startswith("17-2"):
        return hit[0], "department", f"{subject} design"
    return "17-2051.00", "department", f"{subject} design"


def site_superintendent(title: str) -> tuple[str, str, str] | None:
    """``(11-9021.00, "site_superintendent", key)`` for a field, site, project or job superintendent (module
    doc), else None."""
    from careercopilot.normalize.occupations import _segments, normalize_title

    segs = _segments(title)
    key = " ".join(re.findall(r"[a-z]+", (segs[0] if segs else title or "").lower()))
    if _SITE_SUPERINTENDENT.match(key):
        return SITE_SUPERINTENDENT_CODE, "site_superintendent", normalize_title(key)
    return None


def supervisor_of_other_work(title: str, occ) -> bool:
    """Whether a posting ``title`` read as ``occ`` is a "<modifier> Supervisor" (or manager, foreman,
    superintendent) that O*NET's reported titles file under a first-line supervisor occupation (SOC minor group
    1 of groups 33–53) whose title names none of the modifier's words (module doc: "Sanitation Supervisor",
    "Shop Supervisor"): its family is then the job's description's."""
    from careercopilot.normalize.occupations import _data, _segments, normalize_title

    if occ.method not in ("exact", "suffix") or not occ.code or occ.code[:2] not in _FIRST_LINE_GROUPS \
            or occ.code[3:4] != "1":
        return False
    segs = _segments(title)
    words = normalize_title(segs[0] if segs else title or "").split()
    if len(words) < 2 or words[-1] not in _SUPERVISOR_HEADS:
        return False
    modifier = [w for w in words[:-1] if w not in _STOP and len(w) > 2]
    if not modifier:
        return False
    name = (_data()[0].get(occ.code, [""])[0] or "").lower()
    named = set(re.findall(r"[a-z]+", name))
    return not any(w in named or w.rstrip("s") in named or f"{w}s" in named for w in modifier)


#: Workplaces a first-line supervisor's posting names (whole words, any case) → the O*NET first-line
#: supervisor occupation of that place's workers (SOC 2018 minor group 1 of each major group).
SUPERVISOR_SETTINGS: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"\bmanufactur\w*|\bplants?\b|\bproduction (?:line|floor|facility|workers?)\b|\bfabricat\w*|"
                r"\bprocessing (?:plant|facility|line)\b|\bassembly lines?\b", re.IGNORECASE), "51-1011.00"),
    (re.compile(r"\brestaurants?\b|\bkitchens?\b|\bfood and beverage\b|\bf&b\b|\bhotels?\b|\bguests?\b|"
                r"\bdining\b|\bcafeteria\b", re.IGNORECASE), "35-1012.00"),
    (re.compile(r"\bwarehouses?\b|\bdistribution cent(?:er|re)s?\b|\bfulfil?lment cent(?:er|re)s?\b|\bshipping\b",
                re.IGNORECASE), "53-1042.00"),
    (re.compile(r"\bjob ?sites?\b|\bconstruction sites?\b|\bsubcontractors?\b|\bgeneral contractor\b",
                re.IGNORECASE), "47-1011.00"),
    (re.compile(r"\bretail\b|\bstores?\b|\bmerchandis\w*|\bsales floor\b", re.IGNORECASE), "41-1011.00"),
)
#: Mentions the leading workplace needs, and how many times the runner-up's it must have, to decide.
SETTING_MIN_MENTIONS = 3
SETTING_LEAD = 2.0


def supervisor_setting(description: str) -> str | None:
    """The O*NET first-line supervisor occupation of the workplace a posting ``description`` names most
    (:data:`SUPERVISOR_SETTINGS`), when it names it at least :data:`SETTING_MIN_MENTIONS` times and
    :data:`SETTING_LEAD` times as often as any other workplace; else None."""
    counts = sorted(((len(p.findall(description or "")), code) for p, code in SUPERVISOR_SETTINGS), reverse=True)
    (best, code), (second, _) = counts[0], counts[1]
    return code if best >= SETTING_MIN_MENTIONS and best >= SETTING_LEAD * second else None
