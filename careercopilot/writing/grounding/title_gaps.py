"""A held title written without a middle word of the header's (session 23, ground38; set 19's false flag "the lead
technician in our IV room" for "Lead Pharmacy Technician, IV Room").

Cover letters drop the profession or specialty word inside a title when the sentence names it elsewhere or the
reader knows it: "lead technician" (Lead Pharmacy Technician), "senior engineer" (Senior Bridge Engineer), "staff
nurse" (Staff Registered Nurse), "chief officer" (Chief Compliance Officer), "field supervisor" (Field Operations
Supervisor). :func:`gapped_in` accepts a mention whose words stand in order in one header line, its first and last
words the line's (the rank and the head noun kept), with at most two words between them dropped, none of them a rank
word: a dropped "Assistant"/"Deputy"/"Senior" changes the rung ("lead technician" is not "Lead Technician
Assistant"; "manager" is not "Assistant Store Manager" — the mention's first word must be the line's).
"""

from __future__ import annotations

from careercopilot.writing.grounding.text import norm_words

#: Words whose loss changes a title's rung.
RANK_WORDS = frozenset("assistant asst associate assoc junior jr deputy trainee apprentice intern vice acting interim "
                       "senior sr principal staff chief head distinguished lead executive general sous second sub under "
                       "co relief".split())  # ("executive chef" is not "Executive Sous Chef")


_RANKS = {w for r in RANK_WORDS for w in norm_words(r)}  # (as :func:`.text.norm_words` writes them: "sous" → "sou")


def gapped_in(mention: str, header: str) -> bool:
    """``mention`` (a title as the sentence writes it) is a header line's title with middle words dropped (module
    doc)."""
    want = norm_words(mention)
    if len(want) < 2:
        return False
    for line in header.splitlines():
        words = norm_words(line)
        for i, w in enumerate(words):
            if w != want[0]:
                continue
            j, k, dropped = i + 1, 1, []
            while j < len(words) and k < len(want) and len(dropped) <= 2:
                if words[j] == want[k]:
                    k += 1
                else:
                    dropped.append(words[j])
                j += 1
            if k == len(want) and dropped and len(dropped) <= 2 and not set(dropped) & _RANKS:
                return True
    return False
