"""One title in its two word orders: "Nursing Director" is the "Director of Nursing", "Sales Operations Manager"
the "Manager of Sales Operations", "Head of Engineering" the "Engineering Head" (session 21, set 17: a held
"Director of Nursing" claimed as "Nursing Director").

English titles put a department before a head noun or after "<head> of"; US job boards and O*NET's alternate
titles list both orders for one job (O*NET 11-9111.00 "Director of Nursing" / "Nursing Director"; 11-3031.01
"Finance Director" / "Director of Finance"). The department may stand as its adjective or its plural
("Financial Director", "Supervisor of Nurses" / "Nurse Supervisor"), and rank words before the head stay in front
("Assistant Nursing Director" is the "Assistant Director of Nursing", never the "Director of Nursing").

A raised rank is never made: "X Lead" may be the resume's "Head of X" (a head is more than a lead, so the claim
says less), never the other way round.
"""

from __future__ import annotations

#: Head nouns a title writes either before "of" or after its department (O*NET alternate titles of management
#: occupations, 11-xxxx; "officer" and "specialist" are left out: "Officer of the Watch" is no "Watch Officer").
HEADS = frozenset("director manager supervisor head chief coordinator administrator superintendent".split())
#: Words before the department that stay in front of the head in either order ("Senior Director of Sales" /
#: "Senior Sales Director", "Regional Director of Operations" / "Regional Operations Director").
_FRONT = frozenset("senior sr assistant asst associate deputy executive acting interim vice regional area national "
                   "global general managing junior jr".split())
#: A department and its adjective (the pairs US titles use in both orders: "Financial Director" / "Director of
#: Finance", "Nurse Manager" / "Manager of Nursing").
_ADJECTIVES = {"finance": "financial", "nursing": "nurse", "operations": "operational", "education": "educational",
               "nutrition": "nutritional", "medicine": "medical", "clinic": "clinical", "technology": "technical",
               "administration": "administrative", "security": "secure"}
_ADJECTIVES |= {v: k for k, v in _ADJECTIVES.items() if v != "secure"}


def _departments(words: list[str]) -> list[list[str]]:
    """The department ``words`` as written, in its adjective or noun form, and with its last word in the plural or
    the singular ("nurses" / "nurse"), without "and" ("Health & Safety" loses its "&" in a normalised title)."""
    out = [words]
    last = words[-1]
    for alt in (_ADJECTIVES.get(last), last[:-1] if last.endswith("s") and not last.endswith("ss") else last + "s"):
        if alt:
            out.append(words[:-1] + [alt])
    if "and" in words:
        out.append([w for w in words if w != "and"])
    return out


def reversed_forms(form: str) -> list[str]:
    """The other word order of a lower-case title ``form`` (words split by spaces, no punctuation): "nursing
    director" → "director of nursing", "director, nursing" (the comma form), "director of
    nurses" …; "director of nursing" → "nursing director", "nurse director"; "assistant nursing director" →
    "assistant director of nursing"; "head of engineering" → "engineering head", and "engineering lead" →
    "head of engineering" (a lead is less than a head). ``[]`` when the form has no :data:`HEADS` noun with a
    department."""
    words = form.split()
    front = []
    while words and words[0] in _FRONT:
        front.append(words.pop(0))
    out: list[str] = []
    if len(words) >= 3 and words[0] in HEADS and words[1] == "of":  # "director of nursing"
        dept = [w for w in words[2:] if w != "the"]
        for d in _departments(dept):
            out.append(" ".join(front + d + [words[0]]))
    elif len(words) >= 2 and words[-1] in HEADS | {"lead"} and "of" not in words:  # "nursing director"
        heads = ["head"] if words[-1] == "lead" else [words[-1]]
        for head in heads:
            for d in _departments(words[:-1]):
                out += [" ".join(front + [head, "of"] + d), " ".join(front + [head + ","] + d)]
    return [f for f in dict.fromkeys(out) if f != form]
