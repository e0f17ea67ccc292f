"""Work placed at the wrong employer: "At Kontorwerk I created wireframes for agency clients in retail
and tourism" when the resume lists that work under Studio Kieselgrau.

Each part of the sentence can be true — the employer is the user's, the work is in the resume — and
the sentence still false, because the work was done elsewhere. A sentence that ties its work to one
history entry ("At X, …", "… at X", "joined X"; not "with X" or "for X", a partner's or a client's) is flagged (kind
``employer``) when another entry holds a line that describes that work far better than any line of
X's entry: the best line elsewhere shares at least :data:`MIN_SHARED` content words with the
sentence and :data:`MARGIN` more than the best line of X's entries (the header and its bullets).
Words of the employer names, title words and generic verbs do not count; a figure both state (an amount,
a percentage, a count of 10 or more) counts as two words (session 12: a line in the CV's language, "carteira de
R$ 38 milhões/ano", shares figures, not words, with an English sentence).

Rule of session 10 (the blind sets' "employer" kind: work of one job placed at another); variants in
``tests/unit/writing/test_grounding_achievements.py``.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding import place_claims
from careercopilot.writing.grounding.entities import ROLE_ACRONYMS
from careercopilot.writing.grounding.names import name_pieces
from careercopilot.writing.grounding.text import NON_LATIN, quantities, squash

#: Content words a line elsewhere must share with the sentence, and its lead over the named entry.
MIN_SHARED = 3
MARGIN = 2
_GENERIC = ctx.content_words("work worked working led lead managed manage supported support helped team teams "
                             "company role job responsible daily weekly monthly year years client clients")


def figures(text: str) -> set[float]:
    """The distinctive figures of ``text`` (amounts, percentages, counts of 10 or more): each ties a sentence
    to the line stating it as two shared words do (a line in the CV's own language shares few words)."""
    return {q.value for q in quantities(text) if q.kind in ("money", "percent") or q.value >= 10}


def _figure_weight(line: str) -> int:
    """What one shared figure counts for on ``line``: two words, or all of :data:`MIN_SHARED` on a line in another
    script, whose words no English sentence shares ("Робоча документація для 11 житлових і громадських об'єктів" for
    "working drawings for eleven residential and public buildings"; the rule of :mod:`.derivations` for such lines)."""
    return MIN_SHARED if NON_LATIN.search(line) else 2


def misattributed(sentence: str, facts) -> tuple[int, int, str] | None:
    """``(start, end, name)`` of the employer ``sentence`` wrongly credits with its work, else ``None``."""
    bound: list = []
    where = None
    for s, e, piece in name_pieces(sentence):
        found = [en for en, org in zip(facts.history, facts.entry_orgs, strict=True) if ctx.name_in(piece, org)]
        if found and re.search(r"(?i)\b(?:at|joined)\s+(?:the\s+)?$", sentence[:s]):  # (with/for: partners, clients)
            bound, where = found, (s, e, piece)
            break
    if not bound or place_claims.worked_at_place(where[2], bound, facts.history):
        return None  # ("at Nuevo Laredo": a place another job's work line names, session 24)
    names = " ".join(p for _, _, p in name_pieces(sentence))
    words = ctx.content_words(sentence) - ctx.content_words(names) - _GENERIC

    stated = figures(sentence)

    def best(entries) -> int:
        return max((len(words & ctx.content_words(ln)) + _figure_weight(ln) * len(stated & figures(ln))
                    for en in entries for ln in en.text.splitlines()), default=0)

    here = best(bound)
    others = [en for en in facts.history if en not in bound and not ctx.name_in(where[2], squash(en.header))]
    elsewhere = best(others)
    if elsewhere >= MIN_SHARED and elsewhere >= here + MARGIN:
        return where
    return None


#: Words naming another organisation's relation to the user's employer, before its name on a resume line ("(sister
#: company of VR Freight)", "subsidiary of", "client: …", "partner firm …", "for clients such as").
_RELATION = re.compile(r"(?i)\b(?:sister|parent|holding|affiliated?|subsidiary|partner|client|customer|supplier|"
                       r"competitor|vendor|contractor)s?\b(?:\s+(?:company|companies|firm|firms|business|brand|"
                       r"organi[sz]ation))?(?:(?:\s+(?:of|to|such\s+as|incl(?:uding|\.)?))?\s*[:(]\s*(?:[^,;:()\n]+,\s*)*"
                       r"|\s+(?:of|to|such\s+as|incl(?:uding|\.)?)\s+(?:[^,;:()\n]+,\s*)*|\s*)$")
#: (a list before the name only after a relation's separator — "clients: Acme, Nordal Foods", "partners such as …":
#: the relation word of a job title before the employer, "Customer Success Manager, Lonestar Fieldwork", "Vendor
#: Manager, …", relates nothing; ground110, the writer sweep over blind sets 10–16)


def related_only(sentence: str, facts) -> tuple[int, int, str] | None:
    """``(start, end, name)`` of an organisation the sentence makes the user's employer ("As COO of VR Freight",
    "At Nordal Foods I …", "joined X") that every resume line names only as a relation of an employer ("(sister
    company of VR Freight)", "client: Nordal Foods"): the work was done for its relative, not there (session 15)."""
    for s, e, piece in name_pieces(sentence):
        role = re.match(r"([A-Z]{2,4}) of (?:the )?", piece)  # "COO of VR Freight" is one name run
        if role and role.group(1) in ROLE_ACRONYMS:
            s, piece = s + role.end(), piece[role.end():]
        if not re.search(r"(?:(?i:\b(?:at|joined)\s+)|\b(?:[A-Z][\w&-]*)\s+of\s+)(?:the\s+)?$", sentence[:s]):
            continue
        spots = [(ln, m.start()) for ln in facts.text.splitlines()
                 for m in re.finditer(rf"(?<![\w-]){re.escape(piece)}(?![\w-])", ln)]
        if spots and all(_RELATION.search(ln[:pos]) for ln, pos in spots):
            return s, e, piece
    return None
