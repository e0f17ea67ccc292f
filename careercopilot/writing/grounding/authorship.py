"""Authorship of a publication (session 24, ground52; set 20's "I co-authored Occupational Therapy Australia's 2022
practice guide on autism assessment" for a CV listing no publication): a verb of writing with a publication's noun
claims a work the resume must list, and the user's part in it must not grow — a resume's "co-authored" / "contributed
a chapter" is not the sentence's "wrote" / "authored" / "am the author of".

A **claim** is a verb of writing (:data:`_CLAIM`: "wrote", "authored", "co-authored", "co-wrote", "published",
"edited", "contributed (a chapter) to", "am the author of") whose object, within eight words and the clause, holds a
publication's noun (:data:`_PUBLICATION`: guide, guideline, handbook, manual, paper, article, chapter, book,
textbook, white paper, toolkit, column, monograph, standard, position statement). "sole/first/lead author" is
:mod:`.achievements`' and :mod:`.upgrades`' claim.

It is **backed** by a resume line holding a word of writing or publishing (:data:`_WRITE_LINE`: write, author,
publish, edit, draft, prepare, develop, co-author, contribute …) and the claim's publication noun (singular; "guide"
for "guidelines" too); a **solo** claim ("wrote", "authored", "I am the author", "published" alone — no "co-", "with",
"contributed", "helped") is backed only by such a line that gives no shared part (:data:`_SHARED`: "co-authored",
"co-wrote", "contributed", "with", "one of", "member of the … group", "et al."). Kind ``claim`` (the blind sets'
"other_fabrication").
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.context import content_words
from careercopilot.writing.grounding.text import fold_accents

_PUBLICATION = (r"guides?|guidelines?|guidance|handbooks?|manuals?|(?<!working\s)papers?|articles?|chapters?|books?|"
                r"textbooks?|toolkits?|monographs?|(?:position|consensus)\s+statements?|e-?books?|op-eds?|"
                r"curricul(?:um|a)")
#: A verb of writing; the shared forms first (group ``shared``).
_CLAIM = re.compile(
    r"(?i)\b(?:(?P<shared>co-?authored|co-?wrote|co-?written|co-?edited|contributed(?:\s+(?:a|two|three|\d+)\s+"
    r"chapters?)?\s+to|helped\s+(?:to\s+)?(?:write|draft|author|develop)|was\s+(?:a|one)\s+(?:of\s+the\s+)?co-?authors?\s+of)"
    r"|(?P<solo>wrote|authored|edited|penned|(?:am|was)\s+the\s+(?:author|editor)\s+of)|published)\b"
    r"(?P<obj>(?:\s+[^\s.;:!?]+){1,9}?\s+(?<![Tt]o\s)(?P<pub>" + _PUBLICATION + r"))\b")
_WRITE_LINE = re.compile(r"(?i)\b(?:wr[io]t\w*|written|author\w*|co-?author\w*|publi[sc]\w*|edit\w*|draft\w*|"
                         r"prepar\w*|develop\w*|co-?develop\w*|creat\w*|produc\w*|contribut\w*|compil\w*|"
                         r"redact\w*|elabor\w*|opracow\w*|autor\w*|coautor\w*|revis\w*|updat\w*|rewr\w*)")
_SHARED = re.compile(r"(?i)(?<![\w-])(?:co-\w+|co(?:author|wr[io]t|edit|develop|creat)\w*|contribut\w*|with|one\s+of|member\s+of|helped|assisted|supported|et\s+al|"
                     r"joint\w*|together|working\s+group|committee|panel)\b")


def _singular(noun: str) -> str:
    noun = noun.lower().split()[-1]
    if noun.startswith("guideline") or noun == "guidance":
        return "guid"
    if noun.startswith("curricul"):
        return "curricul"
    return noun[:-1] if noun.endswith("s") else noun


def _backs(line: str, pub: str, solo: bool) -> bool:
    low = line.lower()
    if not _WRITE_LINE.search(line) or not re.search(rf"\b{re.escape(pub)}", low):
        return False
    return not (solo and _SHARED.search(line))


#: A resume that lists publications: a citation line needs no verb ("Smith J, Lee K. Title. J Hosp Med. 2021;16:4").
_LISTS_WORKS = re.compile(r"(?i)\b(?:publications?|publikacje|publicaciones|publica[çc][õo]es|journal|revista|"
                          r"proceedings|doi|isbn|press)\b")
_GENERIC = content_words("wrote authored published edited guide guidelines paper article chapter book manual "
                         "handbook practice national new first own the our my company")


def _cited(obj: str, lines: list[str], solo: bool) -> bool:
    """A line sharing two distinctive words of the claim (its words from the verb to the sentence's end: the title,
    the topic, the venue) (first five letters, accents folded) in a resume
    that lists publications; for a solo claim a line naming other authors or a shared part does not count."""
    words = {w[:5] for w in content_words(fold_accents(obj)) - _GENERIC if not w.isdigit()}
    if len(words) < 2:
        return False
    for line in lines:
        have = {w[:5] for w in content_words(fold_accents(line))}
        if len(words & have) >= 2 and not (solo and (_SHARED.search(line) or line.count(",") >= 2)):
            return True
    return False


def unsupported(text: str, lines: list[str]) -> list[tuple[int, int]]:
    """Spans of ``text``'s authorship claims (verb to publication noun) the resume ``lines`` do not back."""
    out = []
    for m in _CLAIM.finditer(text):
        if re.search(r"(?i)\b(?:you|your|would|could|hope|eager|love\s+to|like\s+to)\b", text[max(0, m.start() - 40):m.start()]):
            continue  # the reader's or a wish: "the guide your team published", "I would love to write …"
        pub = _singular(m.group("pub"))
        solo = m.group("solo") is not None
        if any(_backs(ln, pub, solo) for ln in lines):
            continue
        topic = re.split(r"[.;!?](?:\s|$)", text[m.start():])[0]  # the verb to the sentence's end: title, venue
        if not (any(_LISTS_WORKS.search(ln) for ln in lines) and _cited(topic, lines, solo)):
            out.append((m.start(), m.end()))
    return out
