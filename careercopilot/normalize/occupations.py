"""Occupation and level of a job title (postings and resumes), from O*NET titles.

Data: ``careercopilot/data/onet/occupations.json`` — the O*NET 29.2 occupations (O*NET-SOC
code → title, job zone) and ~60,000 lay job titles (O*NET *Alternate Titles* and *Sample of
Reported Titles*, normalized by :func:`normalize_title`) → O*NET-SOC code. CC BY 4.0,
built by ``scripts/build_onet_titles.py``; license and attribution in
``careercopilot/data/onet/LICENSE.md``.

Rules (:func:`infer_occupation`):

1. The title is cut into segments at `` - ``, ``|``, ``,``, ``(``, ``/``, `` at ``, `` for `` and
   `` to `` ("PTA, Outpatient Orthopedics" → "PTA"; "Executive Assistant to the CEO" →
   "Executive Assistant"); abbreviations are expanded (:data:`ABBREVIATIONS`:
   RN, LPN, PTA, CNA, HVAC, UX, SDR…); level words are dropped (:data:`LEVEL_WORDS`).
2. A segment whose normalized text is an O*NET title gives that title's code; otherwise the
   segment's leading words are dropped one at a time ("pediatric icu registered nurse" →
   "registered nurse"), keeping at least its last word.
3. Otherwise every segment word votes for the codes of the O*NET titles it occurs in
   (share of those titles, weighted by the word's IDF over the titles; the segment's last
   word — the head noun of an English job title — counts double).

4. A generic one-word head (:data:`GENERIC_HEAD_FAMILIES`: "Analyst", "Manager", "Chief") gives
   way to another segment: qualified ("Engineer (Civil)" → "civil engineer") or naming the
   function ("Chief, Personnel Unit" → human resources). "A and B <head>" reads as "A <head>"
   ("Marketing & Events Manager" → "marketing manager").
5. The function another segment names is read without organizational-unit words, as the
   first of "A and B", or as the table key it ends with (:func:`_function`: "Deputy
   Commissioner, Bureau of Customer Services" → customer support; "Assistant Commissioner,
   Division of New Construction Finance" → finance).
6. Civil-service titles whose words are elsewhere level words (:data:`CIVIL_SERVICE_TITLES`:
   "Staff Analyst", "Community Coordinator", "Clerical Associate") are read as written,
   before level words are dropped.
7. A leading head ("Supervisor", "Manager", "Director", "Team Leader") or a "Liaison" whose
   modifier names a function is that function's (:func:`_function_led`: "Payroll Supervisor", "Budget
   Director" → finance). Rules 5–7 and the tables' civil-service and IT-manager rows were
   developed on half A of the issue-11 postings (family 0.694 → 0.737) and checked on half B
   (0.654 → 0.680).
8. Titles of one profession in another's words (issue 11, blind2 resumes; session 12):
   "Client Service/Success …" is customer work (:data:`_CLIENT`); "<function> Team Lead" leads
   that function; "Chief <function> Officer" heads it (``occupation_heads``); a foreman or
   supervisor of a trade is the trade's; a project/program manager's modifier names the
   function ("IT Project Manager"); information-security words make IT infrastructure
   whatever the head (:data:`_INFOSEC`); inspectors by what they inspect
   (``occupation_inspectors.inspector_code``).
   Posting family 0.709 → 0.740 (half A 0.737 → 0.767, half B 0.680 → 0.713).
9. Kinds the blind3 resumes showed (session 13): environmental-health, sanitarian, food-safety
   and restaurant inspection is public safety (:data:`HEALTH_INSPECTION`); a building's
   chief/operating engineers are stationary engineers and planners of places urban planners
   (:data:`OVERRIDES`); call/contact-center and help-desk leaders lead that work
   (:data:`FUNCTION_CODES`). "II" is mid for every head; the chief of a trade is lead.
   :func:`generic_reading` flags a reading from one generic word ("Specialist II") or a
   catch-all title ("Vice President"): a person's such title counts half in
   ``normalize.person_occupation``.

10. Kinds the blind6 run showed (session 16): an executive or department head is read by the
   function it heads (``occupation_heads.department_reading``: "Head of Engineering", "VP,
   Finance", "Assistant Vice President, Network Engineering", "Director, Nursing Services");
   911 and emergency dispatch titles are public safety (``EMERGENCY_DISPATCH``); British,
   Indian and Australian title forms and spellings (``COMMONWEALTH_TITLES``,
   ``BRITISH_SPELLINGS``: "Solicitor", "Theatre Practitioner", "General Labourer") and titles
   a shared word misread (``SHARED_WORD_TITLES``: "Laboratory Coordinator", "Records
   Specialist") are exact titles that take no part in the word vote; an employer's title for any
   staff (``GENERIC_TITLES``: "Senior Associate", "Team Member") is a generic reading.
   Posting family accuracy 0.752 → 0.764. Session 19 (blind7): public-sector departments and officials, C-suite
   titles by function and one title in any word order (``occupation_heads``); posting family 0.764 → 0.772.
11. Session 21 (issue-11 half-A posting confusions): a title's written forms (``occupation_forms``: a
   plural head in the first segment, appended codes, lettered rungs); of two roles joined by " / "
   the first-named leads by its head noun ("Nurse Practitioner / Physician Assistant"). A posting's family
   where its title leaves it open is read from its description in ``normalize.occupation_postings``.
   Title alone: half A 0.796 → 0.811, half B 0.754 → 0.757.
12. Session 25 (blind12 l03, l20): a title's head holds it back from its modifier's field (``occupation_modifiers``:
   "Fire Protection Engineer" is an engineer, "Grants Manager" runs programmes, "Bureau Chief, Highway Design" a
   civil engineer, "Field Superintendent" a builder).
13. Session 26 (fam83, issue-11 half-B postings): "X/Y <head>" shares the head (``occupation_forms.shared_head``); rungs
   after the head are no head ("Caretaker X"); a profession noun holds a voted title (``occupation_head_nouns``).
14. Trial144: "<function> <head>" is read by the head's rung (``occupation_rungs``: "HR Coordinator" → HR
   specialists, "Marketing Assistant" → marketing specialists, "Benefits Coordinator" → benefits specialists).

The title index (normalized keys, :class:`Occupation`, the O*NET data and code relations) is
:mod:`careercopilot.normalize.occupation_index`, re-exported here.

Tables (:mod:`careercopilot.normalize.occupation_tables`): :data:`OVERRIDES`,
:data:`ABBREVIATIONS`, :data:`FUNCTION_CODES`, :data:`CIVIL_SERVICE_TITLES`, ``COMMONWEALTH_TITLES``,
``SHARED_WORD_TITLES``, ``BRITISH_SPELLINGS``, ``EMERGENCY_DISPATCH``, ``GENERIC_TITLES``.

The **family** of a code (:data:`FAMILY_RULES` in :mod:`careercopilot.normalize.occupation_families`,
longest SOC prefix wins) groups occupations
a job seeker moves between (nursing, allied health, skilled trades, software…) as the
issue-11 family definitions describe them (``benchmarks/data/issue11/families.json``:
custodial work is hospitality, EHS specialists public safety, architects and planners
engineering/architecture; aligned on half A of the postings: family accuracy 0.613 → 0.694,
half B untouched 0.579 → 0.654), and
:data:`ADJACENT` lists families that share work (data ↔ software, nursing ↔ healthcare
support). Families are this project's grouping of the SOC 2018 structure (BLS).

Levels (:func:`infer_level`): ``entry`` < ``mid`` < ``senior`` < ``lead`` < ``executive``;
``lead`` covers staff/principal/lead engineers and managers of individual contributors;
non-tech ladders: apprentice → entry, journeyman → mid, master → senior; RN I/II/III and
roman numerals → entry/mid/senior; "Senior Paralegal" → senior; "Charge Nurse",
"Foreman", "Supervisor", "Supervising …" → lead; "Assistant <role>" → entry; architects →
senior; an individual contributor's "… Marketing/Relationship Manager" is not a manager;
"Executive Assistant to the CEO" takes no level from the CEO; deputy and assistant
commissioners → executive, deputy chiefs and art directors → lead (issue-11 level guide). Ladders named by a
phrase (GS grades, clinical/support/bank/law/police/kitchen rungs) first: ``level_reading.TITLE_RUNGS``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from careercopilot.normalize.occupation_families import (  # noqa: F401  (re-exported)
    ADJACENT,
    FAMILIES,
    FAMILY_BOARDS,
    FAMILY_LABELS,
    FAMILY_RULES,
    pair_relation,
)
from careercopilot.normalize.occupation_forms import shared_head, singular_head, without_trailing_rungs
from careercopilot.normalize.occupation_head_nouns import noun_reading
from careercopilot.normalize.occupation_heads import department_reading
from careercopilot.normalize.occupation_inspectors import inspector_code
from careercopilot.normalize.occupation_controls import control_reading
from careercopilot.normalize.occupation_truncations import names_another_specialty
from careercopilot.normalize.occupation_modifiers import engineer_reading, site_superintendent
from careercopilot.normalize.occupation_nurses import nurse_head
from careercopilot.normalize.occupation_rungs import function_rung
from careercopilot.normalize.occupation_specialties import head_of_staff, specialty_reading
from careercopilot.normalize.title_levels import (  # noqa: F401  (re-exported: split by concern, session 22)
    _ASSISTANT_HEAD, _ASSISTANT_TO, _BOSS, _CHIEF_TRADE, _ENTRY, _EXEC, _LEAD, _MID, _SENIOR, RESUME_SENIOR_YEARS, infer_level,
)
from careercopilot.normalize.occupation_votes import vote
from careercopilot.normalize.title_places import role_part
from careercopilot.normalize.title_spellings import ABBREVIATIONS, BRITISH_SPELLINGS  # noqa: F401  (BRITISH_SPELLINGS re-exported)
from careercopilot.normalize.occupation_tables import (
    AD_LEAD_IN,
    CIVIL_SERVICE_TITLES,
    EMERGENCY_DISPATCH,
    EMERGENCY_DISPATCH_CODE,
    FUNCTION_CODES,
    GENERIC_TITLES,
    HEALTH_INSPECTION,
    HEALTH_INSPECTION_CODE,
)

__all__ = ["ADJACENT", "FAMILIES", "LEVELS", "Occupation", "family_of", "family_relation", "generic_reading", "infer_level",
           "resume_level", "FAMILY_BOARDS", "FAMILY_LABELS", "infer_occupation", "infer_posting_level", "normalize_title",
           "same_occupation"]

from careercopilot.normalize.occupation_index import (  # noqa: F401,E402  (re-exported: split by concern, ux122)
    _CLIENT,
    _CONTRACT_ROLES,
    _PHRASES,
    _SPLIT,
    _WORD,
    DATA_PATH,
    LEVEL_WORDS,
    LEVELS,
    Occupation,
    _data,
    family_of,
    family_relation,
    normalize_title,
    same_occupation,
)


def _segments(title: str) -> list[str]:
    title = shared_head(title or "", _is_role, LEVEL_WORDS)  # "Linux/RedHat Engineer": both share "Engineer"
    title = re.sub(r"\([^)]*\)", lambda m: " | " + m.group(0)[1:-1] + " | ", title or "")
    return [s for s in (p.strip() for p in _SPLIT.split(title)) if s and _WORD.search(s.lower())]


def _is_role(word: str) -> bool:
    """Whether one word of a title is a role of its own (an O*NET title: "Mover", "Architect", "Admin")."""
    return normalize_title(word) in _data()[1]


def _singular(key: str) -> str:
    """``occupation_forms.singular_head`` of ``key`` over the O*NET titles' head nouns."""
    return singular_head(key, _head_families(), ABBREVIATIONS)


def _lookup(key: str) -> tuple[str, str, str] | None:
    _, titles, _, _ = _data()
    if not key:
        return None
    if key in titles:
        return titles[key], "exact", key
    if " and " in key:  # "marketing and events manager": the first-named function leads
        left, _, right = key.partition(" and ")
        first = f"{left} {right.split()[-1]}"
        if len(right.split()) >= 2 and first in titles:
            return titles[first], "exact", first
    words = key.split()
    for i in range(1, len(words)):
        tail = " ".join(words[i:])
        if tail in titles and len(words) - i >= 2:  # one generic head word ("engineer") is left to the vote
            if names_another_specialty(key, tail, _occupation_key(titles[tail])):
                continue  # "IT Operations Specialist" is no airfield operations specialist (occupation_truncations)
            return titles[tail], "suffix", tail
    for i in range(len(words) - 1, 1, -1):  # trailing qualifiers: "data analyst m" (M/WBE), "nurse ii float"
        head = " ".join(words[:i])
        if head in titles:
            return titles[head], "prefix", head
    return None


def _occupation_key(code: str) -> str:
    """The O*NET occupation name of ``code`` as a title key: normalized, head singular."""
    name = _data()[0].get(code, [""])[0]
    return _singular(normalize_title(name)) if name else ""


def _vote(keys: list[str]) -> tuple[str, str] | None:
    """``occupation_votes.vote`` over the O*NET title index (rule 3)."""
    _, _, by_word, idf = _data()
    return vote(keys, by_word, idf)


#: SOC occupations that collect management titles O*NET could not place more precisely
#: (General and Operations Managers, Chief Executives, Managers All Other).
CATCH_ALL_CODES = frozenset({"11-1021", "11-1011", "11-9199"})
_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
#: A one-word title whose word heads O*NET titles in at least this many families is generic
#: ("Analyst" heads titles in 20 families, "Manager" 24, "Technician" 23, "Chief" 9; "Nurse"
#: 5, "Electrician" 4; on half A of the issue-11 postings any value 8–15 gives the same
#: family accuracy): O*NET's reported titles file such a word under one narrow occupation
#: ("Analyst" → Cost Estimators, "Supervisor" → police supervisors), so another segment of
#: the title decides when it names an occupation ("Chief, Personnel Unit").
GENERIC_HEAD_FAMILIES = 8


@lru_cache(maxsize=4096)
def _generic(key: str) -> bool:
    """Whether ``key`` (a normalized title) is one generic word (:data:`GENERIC_HEAD_FAMILIES`)."""
    if not key or " " in key:
        return False
    return len(_head_families().get(key, ())) >= GENERIC_HEAD_FAMILIES


@lru_cache(maxsize=1)
def _head_families() -> dict[str, frozenset[str]]:
    """Last word of every O*NET title → the families of the titles it ends."""
    _, titles, _, _ = _data()
    out: dict[str, set[str]] = defaultdict(set)
    for key, code in titles.items():
        fam = family_of(code)
        if fam:
            out[key.rsplit(" ", 1)[-1]].add(fam)
    return {w: frozenset(f) for w, f in out.items()}


def _qualified(head: str, others: list[str]) -> tuple[str, str, str] | None:
    """A generic head qualified by another segment of the title: "Engineer (Civil)" → "civil
    engineer", "Analyst, Data & Analytics" → "data analyst", "Technician - HVAC" → "hvac
    technician". The whole segment first, then each of its words; (code, "qualified", key)."""
    _, titles, _, _ = _data()
    for key in others:
        for q in [key] + key.split():
            cand = f"{q} {head}"
            if q not in LEVEL_WORDS and q != head and cand in titles and not _generic(cand):
                return titles[cand], "qualified", cand
    return None


#: Words that name an organizational unit, not its work ("Bureau of Customer Services",
#: "Division of New Construction Finance", "Office of …"): dropped before the function is read.
_UNIT_WORDS = frozenset({"bureau", "division", "office", "department", "dept", "unit", "units", "section", "group",
                         "team", "of", "the", "new", "global", "corporate", "regional"})


def _function(key: str) -> tuple[str, str, str] | None:
    """The function a title segment names (:data:`FUNCTION_CODES`), read as people write it:
    the segment itself; without organizational-unit words (:data:`_UNIT_WORDS`); the first of
    "A and B" ("communications and digital diplomacy" → communications); the longest table
    key the segment ends with ("new construction finance" → finance). (code, "function",
    key) or None."""
    words = [w for w in key.split() if w not in _UNIT_WORDS]
    first = " ".join(words).split(" and ")[0].split()
    for cand in (key, " ".join(words), " ".join(first)):
        if cand in FUNCTION_CODES:
            return FUNCTION_CODES[cand], "function", cand
    for i in range(1, len(first)):
        tail = " ".join(first[i:])
        if tail in FUNCTION_CODES:
            return FUNCTION_CODES[tail], "function", tail
    return None


def _function_first_words(key: str) -> tuple[str, str, str] | None:
    """The function an executive title's other segment names in its first words ("Executive
    Director, Construction Industry Partnership" → construction; issue-11 blind3 c26's top ten
    held two such postings read as program management): the longest leading run of words that
    is a :data:`FUNCTION_CODES` key, at least one word short of the segment. (code, "function",
    key) or None."""
    words = [w for w in key.split() if w not in _UNIT_WORDS]
    for i in range(len(words) - 1, 0, -1):
        head = " ".join(words[:i])
        if head in FUNCTION_CODES:
            return FUNCTION_CODES[head], "function", head
    return None


#: Head words of a title that leads people doing some function ("Payroll Supervisor", "Budget
#: Director", "Underwriting Team Leader", "Claim Manager") or links others to it ("Constituent
#: Services Liaison", "Procurement Liaison").
_LEADING_HEADS = frozenset({"manager", "supervisor", "director", "leader", "head", "chief", "liaison", "foreman",
                            "forewoman", "foreperson"})


#: Head words of staff who do a function's work ("Labor Relations Associate", "EEO Investigator
#: Specialist", "HRIS Specialist"): read by the function only when O*NET lists no such title and the
#: word vote would decide (session 22, issue-11 half A: the vote read these as customer service,
#: policy and finance; families.md puts labor relations, EEO and HRIS in human resources).
_STAFF_HEADS = frozenset({"associate", "specialist", "coordinator", "investigator", "analyst", "assistant",
                          "officer", "representative", "generalist", "administrator", "advisor", "adviser",
                          "processor", "examiner"})


#: An assistant of a function ("Wholesale Sales Assistant", "Procurement Assistant", "HR Assistant") works in
#: it (issue-11 half A: 6 of 7 such postings labeled with the function; O*NET files "Sales Assistant" with
#: office clerks); an administrative, executive or personal assistant names no function and stays.
_FUNCTION_ASSISTANT = frozenset({"assistant"})


def _function_led(title: str, heads: frozenset[str] = _LEADING_HEADS) -> tuple[str, str, str] | None:
    """A leading head (:data:`_LEADING_HEADS`) whose modifier names a function
    (:func:`_function`): the function's occupation — the published family definitions put the
    leaders of a function with it (HR leadership, sales managers, nurse managers; payroll and
    claims with finance), while O*NET files "Payroll Supervisor" under office supervisors and
    "Budget Director" is left to the word vote. (code, "function", key) or None."""
    for seg in _segments(title)[:2]:
        words = normalize_title(seg).split()
        if len(words) < 2 or words[-1] not in heads:
            continue
        # "Team Leader", "Project Manager", "Program Director": the head is two words
        mod = words[:-2] if words[-2] in ("team", "project", "program", "projects") else words[:-1]
        mod = [w for w in mod if w not in ("deputy", "assistant", "associate", "executive", "general")]
        hit = _function(" ".join(mod)) if mod else None
        if hit is None and mod and heads is _STAFF_HEADS:  # "EEO Investigator Specialist": the leading words
            hit = _function_first_words(" ".join(mod + words[-1:]))
        if hit is not None:
            return hit
    return None


def generic_reading(occ: Occupation) -> bool:
    """Whether ``occ`` was read from a generic word alone — one word heading titles in many
    families ("Specialist", "Technician", "Associate": :data:`GENERIC_HEAD_FAMILIES`) or a
    catch-all management title naming no function ("Vice President", "Assistant Vice
    President", "Director"), or an employer's title for any staff (:data:`GENERIC_TITLES`: "Team
    Member", "Senior Associate", "Consultant"): it says little about the person's profession."""
    return (_generic(occ.matched) or occ.matched in GENERIC_TITLES
            or bool(occ.code and occ.code[:7] in CATCH_ALL_CODES and occ.method in ("exact", "suffix", "prefix")))


#: Words of information-security work ("Cyber Intel Analyst", "Application Security Engineer",
#: "IT Security Officer"): the families.md "cybersecurity" of IT infrastructure (15-1212
#: Information Security Analysts), whatever the head noun (O*NET's reported titles file
#: "Security Engineer" and "Threat Analyst" under other occupations; the word vote read
#: "Security Officer" as a guard).
_INFOSEC = re.compile(r"\bcyber|\b(?:information|application|it|network|cloud|data) security\b|"
                      r"\bsecurity (?:engineer|architect|analyst|operations center|soc)\b|\binfosec\b")
INFOSEC_CODE = "15-1212.00"



@lru_cache(maxsize=50_000)
def infer_occupation(title: str, years: float | None = None) -> Occupation:
    """The :class:`Occupation` of a job title (module rules); ``years`` of experience set the
    level of a resume title without level words. Never raises.

    A generic management head ("Deputy Director", "Director of …"; :data:`CATCH_ALL_CODES`)
    or a word-vote reading gives way to the function another segment names (:data:`FUNCTION_CODES`, else an O*NET
    title): "Deputy Director, Human Resources" → human resources; "Director of Nursing" →
    nursing; the level stays the title's."""
    title = AD_LEAD_IN.sub("", title or "", count=1) or title  # "RE: Urgent hiring for …" (session 22)
    title = role_part(title)  # "… - Pittsburgh, PA", "… with OD/OCM experience" (``title_places``, session 27)
    found = _infer_occupation(title, years)
    rung = function_rung(title)  # "HR Coordinator" is HR staff, not HR Managers (``occupation_rungs``, trial144)
    if rung is not None:
        occ, _, _, _ = _data()
        # the reading's kind stays (an O*NET title with its rung corrected is still "exact"), so gates on it hold
        kind = found.method if found.method in ("exact", "suffix", "prefix", "function") else "function"
        return Occupation(rung[0], occ.get(rung[0], ["", 0])[0], family_of(rung[0]), found.level, kind, rung[1])
    # the head holds a title back from its modifier's field ("Fire Protection Engineer"; ``occupation_modifiers``)
    held = engineer_reading(title, found) or site_superintendent(title) or control_reading(title)
    if held is not None:
        occ, _, _, _ = _data()
        found = Occupation(held[0], occ.get(held[0], ["", 0])[0], family_of(held[0]), found.level, held[1], held[2])
        if held[1] == "site_superintendent" or held[1].endswith(("_controls", "_control")):
            return found  # the subject of a "control" title names the field (``occupation_controls``)
    special = specialty_reading(title)  # "Sr. TPM", "IT Auditor", "Fire Sprinkler Designer" (session 22)
    if special is not None:
        occ, _, _, _ = _data()
        return Occupation(special[0], occ.get(special[0], ["", 0])[0], family_of(special[0]), found.level,
                          special[1], special[2])
    nurse = nurse_head(title, found)  # "Utilization Review Nurse", "Nurse Injector" (``occupation_nurses``)
    if nurse is not None:
        occ, _, _, _ = _data()
        return Occupation(nurse[0], occ.get(nurse[0], ["", 0])[0], family_of(nurse[0]), found.level, nurse[1],
                          nurse[2])
    if _INFOSEC.search((title or "").lower()):
        occ, _, _, _ = _data()
        return Occupation(INFOSEC_CODE, occ.get(INFOSEC_CODE, ["", 0])[0], family_of(INFOSEC_CODE), found.level,
                          "infosec", "information security")
    inspector = inspector_code(title, found)
    if inspector is not None:
        occ, _, _, _ = _data()
        return Occupation(inspector, occ.get(inspector, ["", 0])[0], family_of(inspector), found.level, "inspector",
                          "inspector")
    segs = _segments(title)
    for rule, code, method in ((HEALTH_INSPECTION, HEALTH_INSPECTION_CODE, "health_inspection"),
                               (EMERGENCY_DISPATCH, EMERGENCY_DISPATCH_CODE, "emergency_dispatch")):
        if segs and rule.search(segs[0].lower()):
            occ, _, _, _ = _data()
            return Occupation(code, occ.get(code, ["", 0])[0], family_of(code), found.level, method,
                              method.replace("_", " "))
    hit = department_reading(title)  # "Chief <function> Officer", "Head of …", "Director of …", officials
    if hit is not None and family_of(hit[0]):
        occ, _, _, _ = _data()
        return Occupation(hit[0], occ.get(hit[0], ["", 0])[0], family_of(hit[0]), found.level, hit[1], hit[2])
    led = _function_led(title)
    if led is not None and family_of(led[0]) != found.family:
        occ, _, _, _ = _data()
        return Occupation(led[0], occ.get(led[0], ["", 0])[0], family_of(led[0]), found.level, led[1], led[2])
    by_noun = noun_reading(found) if found.method == "vote" else None  # "Supervising Attorney – …, Recruitment"
    if by_noun is not None:
        return by_noun
    staffed = _function_led(title, _STAFF_HEADS) if found.method == "vote" else None
    staffed = staffed or (head_of_staff(title) if found.method == "vote" else None)
    if staffed is None and found.family == "administrative" and found.matched.endswith("assistant"):
        staffed = _function_led(title, _FUNCTION_ASSISTANT)  # "Wholesale Sales Assistant": the function's assistant
    if staffed is not None and family_of(staffed[0]):
        occ, _, _, _ = _data()
        return Occupation(staffed[0], occ.get(staffed[0], ["", 0])[0], family_of(staffed[0]), found.level,
                          staffed[1], staffed[2])
    if found.code and (found.code[:7] in CATCH_ALL_CODES or found.method == "vote" or _generic(found.matched)):
        parts = [normalize_title(x) for seg in _segments(title) for x in _OF.split(seg)]
        if _generic(found.matched):
            hit = _qualified(found.matched, [k for k in parts if k and k != found.matched])
            if hit is not None:
                occ, _, _, _ = _data()
                return Occupation(hit[0], occ.get(hit[0], ["", 0])[0], family_of(hit[0]), found.level, hit[1], hit[2])
        for key in parts:
            if not key or _generic(key):
                continue
            # the voted words themselves may name a function ("Customer Support Team Lead")
            hit = _function(key) if key == found.matched else _function(key) or _lookup(key)
            if hit is None and found.code[:7] in CATCH_ALL_CODES and key != found.matched:
                hit = _function_first_words(key)
            if hit is not None and hit[0][:7] not in CATCH_ALL_CODES and family_of(hit[0]):
                occ, _, _, _ = _data()
                return Occupation(hit[0], occ.get(hit[0], ["", 0])[0], family_of(hit[0]), found.level, hit[1], hit[2])
    return found


_CIVIL_SERVICE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, CIVIL_SERVICE_TITLES), key=len, reverse=True))
                            + r")\b")


def _infer_occupation(title: str, years: float | None = None) -> Occupation:
    occ, _, _, _ = _data()
    level = infer_level(title, years)
    # the role's head noun, in the first segment, may be plural ("Registered Nurses"); a later segment's
    # plural is what the role works on ("Inspector, Boilers")
    key_of = lambda s: " ".join(without_trailing_rungs(normalize_title(s).split(), LEVEL_WORDS))  # noqa: E731
    keys = [key_of(s) for s in _segments(title)] or [key_of(title)]
    keys = [_singular(k) if i == 0 else k for i, k in enumerate(keys) if k]
    whole = _singular(key_of(title))
    _, titles, _, _ = _data()
    civil = _CIVIL_SERVICE.search(" ".join(_WORD.findall((title or "").lower().replace("&", " and "))))
    if civil:  # "Staff Analyst", "Community Coordinator": level words are part of the title
        code = CIVIL_SERVICE_TITLES[civil.group(0)]
        return Occupation(code, occ.get(code, ["", 0])[0], family_of(code), level, "civil_service", civil.group(0))
    order = [k for k in dict.fromkeys(([whole] if whole else []) + keys)]
    # exact first (whole title, then its segments in order); the first-named role of "A / B" by its
    # head noun before a later segment's exact title ("Primary Care Nurse Practitioner / Physician Assistant")
    slash = bool(keys) and len(keys) > 1 and bool(re.search(r"\s/\s|\s/|/\s", title or ""))
    first = _lookup(keys[0]) if slash and keys[0] not in titles and whole not in titles else None
    if first is not None and first[1] == "suffix":
        code, method, matched = first
        return Occupation(code, occ.get(code, ["", 0])[0], family_of(code), level, method, matched)
    for key in order:
        if key in titles:
            code = titles[key]
            return Occupation(code, occ.get(code, ["", 0])[0], family_of(code), level, "exact", key)
    for key in keys or order:  # then suffixes of the segments ("pediatric icu registered nurse")
        hit = _lookup(key)
        if hit is not None:
            code, method, matched = hit
            return Occupation(code, occ.get(code, ["", 0])[0], family_of(code), level, method, matched)
    voted = _vote(keys)
    if voted is not None:
        code, matched = voted
        return Occupation(code, occ.get(code, ["", 0])[0], family_of(code), level, "vote", matched)
    return Occupation(None, None, None, level, "none")


def exact_code(title: str) -> str | None:
    """O*NET-SOC code of ``title`` when its :func:`normalize_title` form is itself an O*NET title
    (occupation, alternate or reported title, or :data:`OVERRIDES`), else None — no voting:
    "Customer Service Agent" → 43-4051.00 like "Customer Service Representative"."""
    return _data()[1].get(normalize_title(title))


def infer_posting_level(title: str, description: str = "", code: str | None = None) -> str:
    """``normalize.level_reading.infer_posting_level`` (levels read from more than a title live there)."""
    from careercopilot.normalize.level_reading import infer_posting_level as read

    return read(title, description, code)


def resume_level(title: str, years: float | None, text: str = "", code: str | None = None,
                 family: str | None = None) -> str:
    """``normalize.level_reading.resume_level`` (levels read from more than a title live there)."""
    from careercopilot.normalize.level_reading import resume_level as read

    return read(title, years, text, code, family)
