"""Head nouns that name one family's profession (session 26, fam83; issue 11 posting family).

A title's head noun (its last word, in English) names the kind of work. Some head nouns end O*NET titles
in many families ("Manager" 24, "Specialist" 23, "Engineer" 19) and leave the family to the title's
other words or the job's description; others end titles of one family almost only ("Attorney", "Counsel",
"Lawyer", "Paralegal": legal; "Animator": design; "Accountant": finance; "Teacher", "Instructor":
education). Such a noun holds the title in its family:

* a word-vote reading whose head names its family is not opened to the description
  (``occupation_postings.title_leaves_family_open``: "Blender Animator (Contract)" whose description lists
  3-D software);
* a word-vote reading naming a profession noun of its family anywhere in the voted words does not give
  way to a function another segment or a trailing word names (``occupations.infer_occupation``: "Senior
  Supervising Attorney – Consumer Intake, …, Recruitment, Training" is no HR manager; "FL Bar Associate
  Attorney Tax, Trusts, and Estates" no financial manager);
* a word-vote reading whose last word is no head noun is the profession noun's before it ("Staff Accountant
  Marketing" is an accountant, "Principal Attorney Budget and Finance" a lawyer: :func:`inner_profession`);
* a word-vote reading of a family its head noun (almost) never heads — at most :data:`HEAD_STRAY_SHARE` of
  the O*NET titles the noun ends — is the noun's commonest family's (:func:`stray_head`, calib119: "Imaging
  Support Clerk" voted software from "imaging" and "support"; of 799 O*NET titles ending "clerk" none is
  software, 294 are administrative).

A noun names a family when at least :data:`HEAD_FAMILY_SHARE` of the (at least :data:`HEAD_MIN_TITLES`)
O*NET titles it ends are of that family. Data: the O*NET titles of ``normalize.occupations`` (CC BY 4.0).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache

__all__ = ["HEAD_FAMILY_SHARE", "HEAD_LEAD_SHARE", "HEAD_MIN_TITLES", "HEAD_STRAY_SHARE", "HEAD_USE_SHARE",
           "head_names_family", "inner_profession", "noun_reading", "profession_noun", "stray_head"]

#: Share of the O*NET titles ending in a head noun that one family must hold. On the issue-11 postings'
#: word-vote readings any value 0.6–0.9 changed the same rows (half A none; B1 "Blender Animator
#: (Contract)" read as software from its tools made design again; no right reading lost).
HEAD_FAMILY_SHARE = 0.75
#: O*NET titles a head noun must end for its share to count ("Apprentice" ends one).
HEAD_MIN_TITLES = 5
#: A word inside a title (not its last) is a profession noun only when it is mostly a head: it ends at least
#: this share of the O*NET titles it occurs in ("attorney" 30 of 34; "deputy" 14 of 41 — "Deputy Director",
#: "Deputy Chief Contracting Officer" — is a rank there, not a sheriff's deputy).
HEAD_USE_SHARE = 0.5
#: Share of the O*NET titles a head noun ends at or under which a voted family is one the noun does not head
#: (:func:`stray_head`; calib119: on the issue-11 postings' A and B1 quarters 0.0–0.02 changed the same rows).
HEAD_STRAY_SHARE = 0.01
#: ... and the share of those titles the noun's commonest family must hold for the noun to name a kind of work
#: at all (calib119: "clerk" 0.37 administrative; "specialist" 0.10, "worker" 0.32, "assistant" 0.34 name none —
#: "Student Legal Specialist", "Exhibition Event Worker" keep their vote).
HEAD_LEAD_SHARE = 0.35


@lru_cache(maxsize=1)
def _counts() -> tuple[dict[str, Counter], Counter]:
    """(last word of every O*NET title → family → how many titles it ends, word → titles it occurs in)."""
    from careercopilot.normalize.occupations import _data, family_of

    out: dict[str, Counter] = defaultdict(Counter)
    seen: Counter = Counter()
    for key, code in _data()[1].items():
        seen.update(set(key.split()))
        fam = family_of(code)
        if fam:
            out[key.rsplit(" ", 1)[-1]][fam] += 1
    return dict(out), seen


def _names(word: str, family: str, inside: bool = False) -> bool:
    ends, seen = _counts()
    counts = ends.get(word)
    total = sum(counts.values()) if counts else 0
    return (total >= HEAD_MIN_TITLES and counts[family] >= HEAD_FAMILY_SHARE * total
            and (not inside or total >= HEAD_USE_SHARE * seen[word]))


def head_names_family(matched: str, family: str | None) -> bool:
    """Whether the head noun (last word) of ``matched`` (a normalized title) names ``family``'s
    profession ("blender animator" → design; "audit engineer", "service coordinator" → no). False for
    no family or an unknown head."""
    return bool(family and matched) and _names(matched.rsplit(" ", 1)[-1], family)


def profession_noun(matched: str, family: str | None) -> str | None:
    """The first word of ``matched`` that names ``family``'s profession ("fl bar associate attorney tax"
    → "attorney" for legal; a word before the last only when it is mostly a head, :data:`HEAD_USE_SHARE`),
    else None."""
    words = (matched or "").split()
    if not family:
        return None
    return next((w for i, w in enumerate(words) if _names(w, family, i < len(words) - 1)), None)


def inner_profession(matched: str) -> tuple[str, str] | None:
    """``(word, family)`` of the first word before the last of ``matched`` that names one family's
    profession and is mostly a head (:data:`HEAD_USE_SHARE`), when the last word is no head noun (it ends
    fewer than :data:`HEAD_MIN_TITLES` O*NET titles or is mostly a modifier): the role of a title whose last
    words name its practice area or client ("staff accountant marketing" → accountant, finance; "principal attorney budget
    and finance" → attorney, legal), else None."""
    words = (matched or "").split()
    ends, seen = _counts()
    last = sum(ends.get(words[-1], {}).values()) if words else 0
    if last >= HEAD_MIN_TITLES and last >= HEAD_USE_SHARE * seen[words[-1]]:
        return None  # the last word is a head noun itself ("Vendor Payment Supervisor", "Advocate Director")
    for w in words[:-1]:
        counts = ends.get(w)
        if counts:
            family = counts.most_common(1)[0][0]
            if _names(w, family, inside=True):
                return w, family
    return None


def noun_reading(found):
    """A word-vote :class:`~careercopilot.normalize.occupations.Occupation` ``found`` held by its profession
    noun (module doc): ``found`` itself when a voted word names its family, the inner profession noun's O*NET
    reading (method ``"profession_noun"``) when that names another, else None (other rules go on)."""
    from careercopilot.normalize.occupations import Occupation, _data, family_of

    if profession_noun(found.matched, found.family):
        return found
    inner = inner_profession(found.matched)
    occupations, titles, _, _ = _data()
    if inner is None or inner[1] == found.family or inner[0] not in titles:
        return stray_head(found)
    code = titles[inner[0]]
    return Occupation(code, occupations.get(code, ["", 0])[0], family_of(code), found.level, "profession_noun", inner[0])


def stray_head(found):
    """A word-vote :class:`~careercopilot.normalize.occupations.Occupation` ``found`` whose head noun (its last
    voted word; at least :data:`HEAD_MIN_TITLES` O*NET titles end with it and it is mostly a head) ends at most
    :data:`HEAD_STRAY_SHARE` of its titles in ``found``'s family: the O*NET title of the noun alone when that is
    of the noun's commonest family, else the commonest code of that family among the titles it ends (method
    ``"head_noun"``), when that family holds :data:`HEAD_LEAD_SHARE` of them; None otherwise."""
    from careercopilot.normalize.occupations import Occupation, _data, family_of

    words = (found.matched or "").split()
    ends, seen = _counts()
    counts = ends.get(words[-1]) if len(words) > 1 else None
    total = sum(counts.values()) if counts else 0
    if (total < HEAD_MIN_TITLES or total < HEAD_USE_SHARE * seen[words[-1]]
            or counts[found.family] > HEAD_STRAY_SHARE * total):
        return None
    family, lead = counts.most_common(1)[0]
    if lead < HEAD_LEAD_SHARE * total:
        return None
    occupations, titles, _, _ = _data()
    code = titles.get(words[-1])
    if code is None or family_of(code) != family:
        codes = Counter(c for k, c in titles.items() if k.rsplit(" ", 1)[-1] == words[-1] and family_of(c) == family)
        code = codes.most_common(1)[0][0]
    return Occupation(code, occupations.get(code, ["", 0])[0], family, found.level, "head_noun", words[-1])
