"""The word vote of a title no O*NET title names (``occupations`` rule 3), without the words
that name how the work is arranged rather than what it is.

Shape: :func:`vote` takes the title's normalized segment keys (``occupations._infer_occupation``:
lower-case words, abbreviations expanded, level words dropped; the first segment singular) and
the O*NET title index (``by_word``: word → Counter of O*NET-SOC codes of the titles holding it;
``idf``: word → log(titles / titles holding it)) and returns ``(code, matched)`` — the winning
O*NET-SOC code and the first segment key (as before the rules below) — or None when no word votes.

Why (session 27, the lead's check of a restaurant manager's demo-feed ranking): the vote counts
every word of the first two segments, so a rare word that says when or how the job is held
outvoted the words that say what it is: "Summer Intern - Mortgage Strategic Initiatives" was
read as "First-Line Supervisors of Entertainment and Recreation Workers" ("summer", from O*NET's
summer-camp titles; hospitality, the same family as a restaurant manager, who then saw it at
#7), "Human Capital Summer College Intern" as education ("college"), "Sr Customer Support
Champion" as Sustainability Specialists (O*NET's "Green Champion"). Those words do not vote:

* :data:`ARRANGEMENT_WORDS` (season, schedule, term, place of work, hiring urgency, a year)
  never vote;
* under an :data:`INTERNSHIP_HEADS` head ("Intern", "Internship", "Co-op", "Extern") the head
  and the words about the student (:data:`STUDENT_WORDS`: "college", "graduate", "MBA") do not
  vote either, and the head does not narrow the vote to its own titles (O*NET's "Intern" titles
  are physicians and a few others: a bank's summer intern is not one): what the intern works on
  decides;
* :data:`VANITY_HEADS` ("Champion", "Ninja", "Rockstar", "Hero", "Guru") are employers' words
  for a role, not O*NET titles of one: they neither vote nor narrow.

The words were collected from the titles of the issue-11 postings (1,345 real postings) that
hold them and from the same words in the demo feed; every other word votes as before.
"""

from __future__ import annotations

import re
from collections import Counter

#: When, how long, where and how urgently the job is held — no word about the work.
ARRANGEMENT_WORDS = frozenset({
    "summer", "winter", "spring", "fall", "autumn", "seasonal", "season", "holiday", "holidays",
    "temporary", "temp", "part", "full", "time", "diem", "prn", "weekend", "weekends",
    "remote", "hybrid", "onsite", "wfh", "urgent", "urgently", "immediate", "immediately", "hiring",
})
#: Heads that say the holder is a student placed with the team, not which work the team does.
INTERNSHIP_HEADS = frozenset({"intern", "interns", "internship", "internships", "extern", "externship", "coop", "op"})
#: Words about the student under an internship head ("Summer College Intern", "MBA Intern").
STUDENT_WORDS = frozenset({"college", "student", "university", "undergraduate", "graduate", "mba", "phd",
                           "doctoral", "school", "co"})
#: Employers' vanity nouns for a role (none is the head of an O*NET occupation title).
VANITY_HEADS = frozenset({"champion", "champions", "ninja", "ninjas", "rockstar", "rockstars", "hero", "heroes",
                          "guru", "gurus", "wizard", "wizards", "jedi", "superstar", "superstars", "unicorn"})
_YEAR = re.compile(r"^(?:19|20)\d\d$")
#: Words that make a title a military one. Without one, the armed forces' O*NET occupations (SOC major group
#: 55, no family of ours: ``normalize.military_codes`` reads service members by their civilian work) take no
#: part in the vote — "Pharmacy Operations Specialist" and "Restaurant Operations Specialist" were won by
#: 55-3019 "Military Enlisted Tactical Operations and Air/Weapons Specialists" on "operations specialist"
#: (session 25 — "session 28", after ``occupation_truncations`` sent such titles to the vote).
MILITARY_WORDS = frozenset({"military", "army", "navy", "naval", "marine", "marines", "usmc", "usaf", "usn",
                            "enlisted", "infantry", "artillery", "armor", "armored", "combat", "tactical", "weapons",
                            "squadron", "battalion", "platoon", "brigade", "regiment", "sergeant", "corporal",
                            "lieutenant", "commissioned", "guard", "reserve", "airman", "sailor", "soldier"})


def voting_words(key: str, *, internship: bool) -> list[str]:
    """The words of one segment key that vote (in order), per the module rules; ``internship``:
    the title's head is an internship head, so the student words are left out too."""
    out = []
    for w in key.split():
        if w in ARRANGEMENT_WORDS or w in VANITY_HEADS or _YEAR.match(w):
            continue
        if internship and (w in INTERNSHIP_HEADS or w in STUDENT_WORDS):
            continue
        out.append(w)
    return out


def vote(keys: list[str], by_word: dict[str, Counter], idf: dict[str, float]) -> tuple[str, str] | None:
    """``(code, matched)`` of the word vote over the first two segment keys, or None.

    Each voting word adds ``idf[w] · k / total`` to each of the (at most 40) codes of the titles
    holding it (``k`` of its ``total`` titles are that code's); a segment's last voting word, its
    head noun, counts double. When the first segment's head is an O*NET title word (and neither an
    internship nor a vanity head), only the codes of titles holding it stay in the running
    (the head names the kind of work; modifiers choose among its occupations)."""
    first = keys[0].split() if keys and keys[0] else []
    head_word = first[-1] if first else ""
    internship = head_word in INTERNSHIP_HEADS or any(w in INTERNSHIP_HEADS for w in first[-2:])
    scores: Counter = Counter()
    for key in keys[:2]:
        words = voting_words(key, internship=internship)
        for j, w in enumerate(words):
            c = by_word.get(w)
            if not c:
                continue
            total = sum(c.values())
            weight = idf[w] * (2.0 if j == len(words) - 1 else 1.0)
            for code, k in c.most_common(40):
                scores[code] += weight * k / total
    if not any(w in MILITARY_WORDS for key in keys[:2] for w in key.split()):
        scores = Counter({c: v for c, v in scores.items() if not c.startswith("55-")}) or scores
    if not scores:
        return None
    narrows = not (internship or head_word in VANITY_HEADS or head_word in ARRANGEMENT_WORDS)
    head = by_word.get(head_word) if narrows and head_word else None
    if head:
        scores = Counter({c: v for c, v in scores.items() if c in head}) or scores
    code, _ = scores.most_common(1)[0]
    return code, keys[0]
