"""Role nouns: a skill mention that names other people (issues 10/11/12).

A resume names occupations of other people: "supervising 8 RNs and 4 CNAs", "trained 6
apprentices", "a team of 5 Python developers", "oversaw 12 forklift drivers". The skills
taxonomy files some occupations as skills or credentials (``CNA`` → Certified Nursing
Assistant, ``cashier`` → Cash Register, ``apprentice`` → Apprenticeship, ``forklift`` →
Forklift Operation), so such a mention read as a skill gives the writer a credential the
person does not hold and lets "used RNs" into a cover letter. A mention is **of people**
(:func:`names_people`) when:

1. a **role phrase** starts at it: the mention, optionally with up to two following words
   ("forklift" + "drivers", "Python" + "developers"), read as a job title — singular of a
   plural last word, :data:`~careercopilot.normalize.occupations.ABBREVIATIONS` expanded — is
   an O*NET title (``data/onet/occupations.json``) whose **head** (last word) names a person:
   at least :data:`PERSON_HEAD_MIN` O*NET titles end with it ("nurse", "assistant", "driver",
   "cook", "paralegal", "agent") or it is a ladder word ("apprentice", "trainee", "intern");
   "payroll", "scrum", "concrete" are O*NET titles but no title's head, so no role;
2. the role phrase **ends the noun phrase** (a break, a function word or a people noun such
   as staff/hires/team follows): "an HVAC install" names work, not technicians; and
3. it is **other people**: the role phrase is plural ("RNs", "paralegals"), or followed by a
   people noun ("CNA staff", "RN team"), or singular after a determiner of a person ("a",
   "an", "each", "every", "one new", a count) with a people verb earlier in the clause
   (supervise, manage, lead, train, mentor, precept, oversee, hire, coordinate, schedule,
   direct, coach, onboard, recruit, evaluate, delegate, report to, assist, "team of");
4. and not the writer's own role: no "as (a|an)" just before ("worked as a CNA", "hired as
   an RN") and no "one of" ("one of 12 RNs on the unit").

Equipment after "on/using/operating" is not people ("trained cooks on fryers and slicers").

:func:`works_with` reads a second kind, **someone the person works with or for** (issue 11 trial 41
finding 6: "accruals for the outside CPA" made CPA a bookkeeper's credential; a CNA posting's "under the
supervision of a Registered Nurse" asked the aide for an RN license). A role phrase (rule 1, singular or
plural) that ends its noun phrase (rule 2, or an office noun follows: "our outside CPA firm") names
another person when, in its clause, just before it:

* a **relational cue** and a determiner (:data:`RELATION_BEFORE`): a preposition with a definite or
  possessive determiner ("for the", "to the", "with our", "from the", "the firm's"), "by" with any
  determiner ("supervised by an LPN"), a line of authority ("under the supervision/direction of a",
  "reports to", "supervised by"), or a verb of helping or telling ("assist", "support", "notify", "refer
  … to", "work with", "liaise with", "interpret for") with or without a determiner; or
* a **modifier of another person** (:data:`OTHER_MODIFIER`: outside, external, supervising, attending,
  referring, treating, assigned, or a possessive such as "the company's") — "liaison to external CPA".

Not when the writer takes the role (rule 4: "served as the CPA"), is promoted or sits an exam ("promoted
to the charge nurse", "sitting for the CPA"), or the clause hires for it ("we are looking for a Registered
Nurse", "seeking an experienced paralegal": :data:`HIRING`). Postings use only this rule (a plural there
often names the hire: "now hiring RNs").
Sources: the O*NET 29.2 titles the occupation inference already uses; the cues are the
verbs of supervision and the determiners of English noun phrases; the "under the supervision/direction
of" and "reports to" lines of the issue-11 postings (NYC civil-service and LinkedIn postings) and the
CNA/MA/apprentice scope-of-practice wording ("under the supervision of a licensed nurse/electrician").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

__all__ = ["HIRING", "OTHER_MODIFIER", "PERSON_HEAD_MIN", "RELATION_BEFORE", "names_people", "role_phrase", "works_with"]

#: A word heads a person's title when at least this many O*NET titles end with it (a count of
#: the O*NET alternate/reported titles: "nurse" 223, "cashier" 48, "paralegal" 10, "payroll" 1).
PERSON_HEAD_MIN = 5

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_PEOPLE_NOUNS = r"(?:staff|hires|team|teams|crew|crews|members|trainees|students|personnel|workforce|pool|workers)"
_PEOPLE_AFTER = re.compile(rf"^\s+{_PEOPLE_NOUNS}\b", re.IGNORECASE)
#: What may follow the end of a noun phrase: a break or a function word.
_PHRASE_END = re.compile(
    r"^(?:\s*(?:$|[,;:.!?)\]/&•(–—-]|\n)|\s+(?:and|or|to|on|in|into|with|for|who|which|that|through|during|across|"
    r"at|per|from|under|plus|as|by|each|daily|weekly|while|via|of)\b)", re.IGNORECASE)
_PEOPLE_VERB = re.compile(
    r"\b(?:supervis\w*|manag\w*|led|lead(?:s|ing)?|train(?:s|ed|ing)?|mentor\w*|precept\w*|overs(?:aw|ee|ees|eeing|een)|"
    r"hir(?:e|ed|es|ing)|coordinat\w*|schedul\w*|direct(?:s|ed|ing)?|coach\w*|onboard\w*|recruit\w*|evaluat\w*|"
    r"delegat\w*|assign\w*|report(?:ed|s|ing)? to|assist\w*|team of|crew of|staff of|group of)\b", re.IGNORECASE)
_PERSON_DET = re.compile(
    r"(?:\b(?:a|an|each|every|one|new|junior|senior|student|newly hired)|\d+)\s+(?:new\s+|junior\s+|senior\s+|"
    r"graduate\s+|student\s+)?$", re.IGNORECASE)
_SELF_BEFORE = re.compile(r"\b(?:as|became|become|becoming)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$|\bone of\s+(?:\w+\s+){0,2}$",
                          re.IGNORECASE)
_THING_BEFORE = re.compile(r"\b(?:on|using|operat\w*|maintain\w*|clean\w*|repair\w*)\s+(?:[\w-]+,?\s+(?:and\s+|or\s+)?)?$",
                           re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;!?•▪●◦‣\n]|:\s")


@lru_cache(maxsize=1)
def _titles() -> tuple[dict[str, str], frozenset[str]]:
    from careercopilot.normalize.occupations import LEVEL_WORDS, _data

    _, titles, _, _ = _data()
    heads = Counter(k.split()[-1] for k in titles)
    person = {w for w, n in heads.items() if n >= PERSON_HEAD_MIN} | {"apprentice", "trainee", "intern", "journeyman"}
    return titles, frozenset(person - (LEVEL_WORDS - {"apprentice", "trainee", "intern", "journeyman"}))


def _singular(word: str) -> list[str]:
    w = word.lower().rstrip("'’")
    out = []
    if len(w) > 2 and w.endswith("s") and not w.endswith("ss"):
        out.append(w[:-1])
        if w.endswith("es"):
            out.append(w[:-2])
    return out


def _as_title(words: list[str]) -> str | None:
    """``words`` read as an O*NET person title (its normalized key), or None."""
    from careercopilot.normalize.occupations import normalize_title

    titles, person = _titles()
    # "teacher's aide" → "teacher s aide", as the titles are keyed; no typo reading: the words probed here are a
    # skill's and its inflections ("Postgres" → "postgr" read "poster": a database named people, session 31)
    key = normalize_title(" ".join(words), typos=False)
    return key if key in titles and key.split()[-1] in person else None


def role_phrase(text: str, start: int, end: int) -> tuple[int, bool] | None:
    """The role phrase starting at ``text[start:end]``: ``(end of the phrase, plural?)``, or
    None when no O*NET person title starts there (module rule 1). The phrase is the longest of
    the mention plus 0–2 following words."""
    words = [(start, end, text[start:end])]
    for m in _WORD.finditer(text, end, min(len(text), end + 40)):
        if len(words) == 3 or text[words[-1][1]:m.start()].strip() not in ("", "-"):
            break
        words.append((m.start(), m.end(), m.group(0)))
    for n in range(len(words), 0, -1):
        parts = " ".join(w for _, _, w in words[:n]).split()
        stem = " ".join(parts[:-1])
        last = parts[-1]
        if re.fullmatch(r"[A-Z]{2,6}s", last):  # "RNs", "CNAs": all-caps with a lowercase plural s
            cands = [(last, False), (last[:-1], True)]
        elif last.isupper():
            cands = [(last, False)]
        else:
            cands = [(last, False)] + [(s_, True) for s_ in _singular(last)]
        for cand, plural in cands:
            if _as_title((stem + " " + cand).split()):
                return words[n - 1][1], plural
    return None


def names_people(text: str, start: int, end: int) -> bool:
    """Whether the skill mention ``text[start:end]`` names other people (module rules)."""
    found = role_phrase(text, start, end)
    if found is None:
        return False
    phrase_end, plural = found
    head = text[max(0, start - 200):start]
    cut = list(_CLAUSE_BREAK.finditer(head))
    clause = head[cut[-1].end():] if cut else head
    if _SELF_BEFORE.search(clause) or _THING_BEFORE.search(clause):
        return False
    rest = text[phrase_end:phrase_end + 40]
    if _PEOPLE_AFTER.match(rest):
        return True
    if plural:  # "5 Python developers building APIs": a participle may follow a plural
        return bool(_PHRASE_END.match(rest) or re.match(r"\s+[a-z]+ing\b", rest))
    if not _PHRASE_END.match(rest):
        return False
    return bool(_PERSON_DET.search(clause) and _PEOPLE_VERB.search(clause))


_DET_DEF = r"(?:the|our|this|that|each|every|(?:the\s+|our\s+|an?\s+)?(?!bachelor|master|associate|doctor)[\w-]+['’]s)"
_DET_ANY = rf"(?:{_DET_DEF}|an?|one)"
_MODS = r"(?:[\w-]+\s+){0,2}"
#: A relational cue and a determiner just before a role phrase (``works_with``), up to two modifiers between.
#: Verbs are spelled out so that nouns sharing their stem stay titles ("Assistant Project Manager",
#: "Informatics RN", "Consultant Pharmacist").
RELATION_BEFORE = re.compile(
    rf"(?:\b(?:for|to|with|from|between|alongside|per)\s+{_DET_DEF}\s+{_MODS}"
    rf"|\b(?:by|under)\s+{_DET_ANY}\s+{_MODS}"
    rf"|\b(?:supervision|direction|guidance|oversight|delegation|orders?|instructions?)\s+of\s+(?:{_DET_ANY}\s+)?{_MODS}"
    rf"|\b(?:report(?:s|ed|ing)?\s+(?:[\w-]+\s+){{0,5}}?to|supervised by|directed by|overseen by|delegated by|"
    rf"assist(?:s|ed|ing)?|support(?:s|ed|ing)?|help(?:s|ed|ing)?|aid(?:s|ed|ing)?|reliev(?:e|es|ed|ing)|"
    rf"notif(?:y|ies|ied|ying)|pag(?:e|es|ed|ing)|alert(?:s|ed|ing)?|brief(?:s|ed|ing)|inform(?:s|ed|ing)?|"
    rf"consult(?:s|ed|ing)?|shadow(?:s|ed|ing)?|accompan(?:y|ies|ied|ying)|"
    rf"refer(?:s|red|ring)?\s+(?:[\w-]+\s+){{0,3}}?to|"
    rf"(?:work|works|worked|working|partner(?:s|ed|ing)?|collaborat(?:e|es|ed|ing|ion)|coordinat(?:e|es|ed|ing|ion)|"
    rf"liais(?:e|es|ed|ing|on)|communicat(?:e|es|ed|ing)|paired)\s+"
    rf"(?:closely\s+|directly\s+)?(?:with|alongside|for)|liaison\s+(?:to|with|for|between)|"
    rf"interpret(?:s|ed|ing)?\s+for|translat(?:e|es|ed|ing)\s+for)\s+(?:{_DET_ANY}\s+)?{_MODS})$",
    re.IGNORECASE)
#: A modifier that makes a role another person's ("the outside CPA", "external CPA", "the firm's paralegal");
#: a possessive only of a lower-case word ("Nationwide Children's RN" is an employer and a title).
OTHER_MODIFIER = re.compile(r"\b(?:outside|external|supervising|attending|referring|treating|assigned|"
                            r"(?!bachelor|master|associate|doctor)(?-i:[a-z][\w-]*)['’]s)\s+(?:new\s+|former\s+)?$",
                            re.IGNORECASE)
#: The clause hires for the role (a posting's "looking for a Registered Nurse"): the role is the hire's.
HIRING = re.compile(r"\b(?:hiring|seeking|seeks|looking for|searching for|in search of|recruiting|wanted|"
                    r"we need|need(?:s|ed)? an?|join)\b", re.IGNORECASE)
#: The writer moves into the role or sits its exam ("promoted to the charge nurse role", "sitting for the CPA").
_SELF_MOVE = re.compile(r"\b(?:promot\w*|advanc\w*|transition\w*|progress\w*|rose|elevated|sit|sits|sat|sitting|"
                        r"stud(?:y|ies|ied|ying)|eligib\w*)\s+(?:[\w-]+\s+){0,3}?(?:to|for)\s+(?:the\s+)?"
                        r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_OFFICE_AFTER = re.compile(r"^\s+(?:firms?|office|offices|practice|group|agency)\b", re.IGNORECASE)


def works_with(text: str, start: int, end: int) -> bool:
    """Whether the skill mention ``text[start:end]`` names someone the writer (or the hire) works with or
    for: a role phrase after a relational cue or a modifier of another person (module rules)."""
    found = role_phrase(text, start, end)
    if found is None:
        return False
    phrase_end, _ = found
    rest = text[phrase_end:phrase_end + 40]
    if not (_PHRASE_END.match(rest) or _PEOPLE_AFTER.match(rest) or _OFFICE_AFTER.match(rest)):
        return False
    head = text[max(0, start - 200):start]
    cut = list(_CLAUSE_BREAK.finditer(head))
    clause = head[cut[-1].end():] if cut else head
    if _SELF_BEFORE.search(clause) or _SELF_MOVE.search(clause) or HIRING.search(clause):
        return False
    return bool(RELATION_BEFORE.search(clause) or OTHER_MODIFIER.search(clause))
