"""Standards, codes, laws and systems named in the shape of an organisation (session 21, set 17: "NG911" for the
resume's "Next Generation 911", "the ISPS Code" for "Código ISPS"). The names check (:func:`.names.check_names`)
asks every capitalised name to be in the resume; these are in it, in another form:

* **initials glued to a number** — "NG911" / "NG-911" for "Next Generation 911", "P25" for "Project 25", "NR-29"
  for "Norma Regulamentadora 29": the letters are the initials of the capitalised words right before that number
  on one resume line (the resume spells out what the sentence abbreviates; a standard's number is its name:
  APCO Project 25, NENA i3's NG9-1-1, Brazil's NRs);
* **a code, act or standard by its distinctive part** — "the ISPS Code" for "Código ISPS", "the HIPAA Act" for
  "HIPAA compliance", "the ISO 45001 standard": the name is a document or system noun (:data:`DOCUMENT_NOUNS`)
  after a part the resume writes as a name of its own (an initialism, or a word with a digit); the noun says what
  kind of thing it is (in the CV's own language the noun may come first: "Código", "Norma", "Ley").

Neither makes an employer: "I worked at the ISPS Code" is still the employment check's (:func:`.names.check_employers`).
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import context as ctx

#: Nouns that make a capitalised name a document, rule set or system rather than a body (English names of
#: statutes, codes and standards: "Health Insurance Portability and Accountability Act", "ISPS Code", "NFPA 70E
#: Standard", "HIPAA Privacy Rule", "EU Machinery Directive", "MARPOL Convention", "Epic System").
DOCUMENT_NOUNS = ("Code|Codes|Act|Acts|Standard|Standards|Rule|Rules|Regulation|Regulations|Directive|Convention|"
                  "Protocol|Framework|Guidelines|Requirements|Law|Decree|Ordinance|Statute|Specification|System|"
                  "Platform|Suite|Module|Programme|Program|Scheme|Certification|Compliance")
_DOCUMENT = re.compile(rf"(?P<x>.+?)(?:\s+(?:{DOCUMENT_NOUNS}))+")
#: A distinctive part: an initialism ("ISPS", "HIPAA", "MARPOL") or a token with a digit ("45001", "70E", "S/4HANA").
_DISTINCTIVE = re.compile(r"[A-Z][A-Z&/-]{1,9}\d*|[A-Z]*\d[\w/.:-]*")
#: Initials glued to a number, with or without a hyphen or space: "NG911", "NG-911", "NG9-1-1", "P25", "NR-29".
_GLUED = re.compile(r"(?P<letters>[A-Z]{1,5})[-\s]?(?P<number>\d+(?:-\d+)*[A-Z]?)")


def initials_with_number(piece: str, source: str) -> bool:
    """``piece`` ("NG911", "P25", "NR-29") is initials glued to a number, and a line of ``source`` writes capitalised
    words with those initials right before that number ("Next Generation 911", "Project 25", "Norma
    Regulamentadora 29"; "of", "and", "the" and linking words of other languages may stand between them, as
    :func:`.context.initialism_in` allows). The number's hyphens are dropped ("9-1-1" is 911)."""
    m = _GLUED.fullmatch(piece.strip())
    if not m:
        return False
    number = m.group("number").replace("-", "")
    for hit in re.finditer(rf"(?<![\w-])(?:\d-?)*{re.escape(number[0])}(?:-?\d)*[A-Z]?(?![\w-])", source):
        if hit.group(0).replace("-", "") != number:
            continue
        before = source[max(0, hit.start() - 80):hit.start()].splitlines()[-1:] or [""]
        words = re.findall(r"[^\W\d_][\w'’]*", before[0])
        caps = []
        for w in reversed(words):  # the capitalised words right before the number, linking words skipped
            if w[0].isupper():
                caps.insert(0, w)
            elif w.lower() not in ("of", "and", "the", "for", "de", "da", "do", "del", "der", "des", "di"):
                break
            if len(caps) == len(m.group("letters")):
                break
        if len(caps) == len(m.group("letters")) and "".join(w[0] for w in caps) == m.group("letters"):
            return True
    return False


def document_named(piece: str, source: str) -> bool:
    """``piece`` is a document or system noun (:data:`DOCUMENT_NOUNS`) after a part of its own that ``source`` (the
    resume, as its names check squashes it) writes as a name ("ISPS Code" for "Código ISPS", "HIPAA Act", "ISO
    45001 Standard"): every distinctive token of the part in the resume, and every other capitalised word of the
    part too — "ISPS Security Code" needs "Security" as well."""
    m = _DOCUMENT.fullmatch(piece.strip())
    if not m:
        return False
    tokens = m.group("x").split()
    distinct = [t for t in tokens if _DISTINCTIVE.fullmatch(t)]
    return bool(distinct) and all(ctx.name_in(t, source) for t in tokens)
