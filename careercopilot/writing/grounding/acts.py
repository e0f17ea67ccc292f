"""Invented acts: a sentence whose main verb claims an act of making, writing, introducing or discovering something —
on an object the resume never names (session 27, ground89; the blind sets' "other_fabrication" misses of sets 22–23:
"I wrote the hospital's USP <797> compounding policy", "I introduced laser periodontal therapy at the Provo office",
"I discovered the eastern ore extension of the Norte pit", "I developed Limestone Fork's flagship single-barrel
bourbon", "I helped reintroduce takahē to the Eglinton valley", "I handle and train avalanche rescue dogs").

A **claim** is ``I``/``we`` opening a clause (not a relative clause: "The HACCP plans I wrote supported …"), an act
verb of :data:`FAMILIES` — after "helped (X) (to)" or "<verb> and" too — and its object: the noun phrase after the
verb up to a preposition, a conjunction, a participle or a new determiner ("the station prep guides | our kitchen
uses"), six words at most, determiners and an owner ("the hospital's", "Limestone Fork's") skipped.

The claim is **backed** when every distinctive word of the object (content words minus :data:`_GENERIC` — counts,
"new", "program", "team", people trained: "hires", "colleagues") is in the resume: by its first four letters
(accents folded, so a cognate counts: "periodontal"/"periodontia"), or as a prefix of a resume word ("med" of
"medication"), or inside one ("sourcing" of "eSourcing"). One unnamed word is enough to flag: an invented act
usually adds one word to the resume's own object ("laser periodontal therapy" on a CV naming "Periodontal Therapy";
"compounding policy" on one naming "compounding training"); the resume's own act in other words keeps its object
("led the opening of our Mesa store" backs "opened the Mesa store"). Publications ("co-authored a paper") are backed
by any publication word of the resume (:data:`_PUBLISHED`).

A resume mostly in another language (< 50 % English words, :func:`.names.foreign_word`) names its objects in its
own words; there only a discovery or writing act whose object words are all unnamed is flagged. Kind ``claim``.
People trained may be named by another noun when a word of the object ties them (:func:`_trained_people`, ground110).
Variants in ``tests/unit/writing/test_grounding_acts.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from careercopilot.writing.grounding.context import content_words
from careercopilot.writing.grounding.text import fold_accents

#: Act families: name → verb forms (past, present, base). "build"/"run"/"lead" are work of any role, not acts.
FAMILIES = {
    "write": r"wrote|writes?|written|authored|co-?authored|co-?wrote|drafted|penned|published",
    "make": r"introduced|introduces?|re-?introduced|re-?introduce|launch(?:ed|es)?|co-?founded|founded|"
            r"establish(?:ed|es)?|pioneered|opened|opens?|creat(?:ed|es?)|develop(?:ed|s)?|co-?developed|"
            r"design(?:ed|s)?|invent(?:ed|s)?|set\s+up|started|starts?|devised|originated",
    "discover": r"discovered|discovers?|co-?discovered|uncovered|unearthed",
    "train": r"train(?:ed|s)?",
}
#: Families whose act is judged on a resume in another language too (its words all unnamed).
_STRONG = frozenset({"write", "discover"})
_VERB = "|".join(f"(?P<{name}>{rx})" for name, rx in FAMILIES.items())
#: What ends an object: a preposition, conjunction, relative word, participle of a reduced clause, a new determiner.
_STOP = (r"at|in|on|for|with|from|to|across|and|or|that|which|who|where|while|during|since|as|by|of|under|without|into|"
         r"after|before|using|through|throughout|over|than|when|so|now|each|per|every|our|my|their|its|the|a|an|"
         r"covering|including|serving|reaching|spanning|worth|about|around|via|alongside|until|within")
_DET = (r"(?:(?:a|an|the|our|my|its|their|this|these|all|(?:the\s+)?[a-z][\w-]*['’]s|"
        r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}(?:['’]s|s['’]))\s+)*")
ACT_RE = re.compile(
    r"(?<![\w'’-])(?P<subj>I|[Ww]e)\s+(?:(?:also|personally|then|once|first|recently|successfully|have|had|later)\s+)*"
    r"(?:help(?:ed|s)?\s+(?:[\w&'’-]+\s+){0,3}?(?:to\s+)?)?(?:[a-z]+\s+and\s+)?"
    r"(?i:" + _VERB + r")\s+" + _DET +
    r"(?!(?:" + _STOP + r")\b)(?P<np>(?:[\w&'’/<>-]+\s+){0,5}?[\w&'’/<>-]+?)"
    r"(?=\s*(?:[,.;:!?()]|$)|\s+(?:" + _STOP + r")\b)")
_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                 "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
                 "thousand thousands dozen dozens several many some few more most both")
#: Object words that name no particular thing ("a new program", "twenty-five new hires", "all 38 people").
_GENERIC = content_words(
    _NUMBER_WORDS + " new own first full program programs programme programmes project projects initiative initiatives "
    "system systems plan process work service services way approach practice business unit department team teams "
    "company platform tool tools software solution solutions career careers job role people staff colleagues "
    "employees hires workers members person persons individuals everyone others")
#: Publication objects and the resume words that back them ("PUBLICATIONS", "Journal of …", "et al.").
_PAPERS = content_words("paper papers article articles publication publications chapter chapters")
_PUBLISHED = re.compile(r"(?i)publica|publish|journal|proceedings|\bet\s+al\b|co-?author|\bpaper")
#: A relative clause: the sentence opens with a noun phrase whose object the verb takes ("The model I built …").
_RELATIVE_OPEN = re.compile(r"(?i)^\s*(?:the|my|our|a|an|one|this|that|each)\s+[^,;:]*$")


@lru_cache(maxsize=64)
def _resume(source: str) -> tuple[frozenset[str], str, bool, bool]:
    """(first four letters of the resume's content words, its folded lower-case text, whether it is mostly in
    another language, whether it names a publication)."""
    from careercopilot.writing.grounding.names import foreign_word

    folded = fold_accents(source)
    words = re.findall(r"[^\W\d_]{3,}", folded.lower())
    english = sum(not foreign_word(w) for w in words) / max(1, len(words))
    return (frozenset(w[:4] for w in content_words(folded)), folded.lower(), english < 0.5,
            bool(_PUBLISHED.search(source)))


def _named(word: str, have: frozenset[str], low: str) -> bool:
    """``word`` (a content-word stem) is in the resume: by its first four letters, as a word's prefix ("med" of
    "medication"), or inside a word when five letters or more ("sourc" of "esourcing")."""
    if word[:4] in have:
        return True
    pattern = re.escape(word) if len(word) >= 5 else rf"(?<![^\W\d_]){re.escape(word)}"
    return re.search(pattern, low) is not None


def claims(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, family, object)`` of each act claim of ``text`` (start at the verb)."""
    out = []
    for m in ACT_RE.finditer(text):
        before = re.split(r"[.!?]\s", text[:m.start("subj")])[-1]
        if _RELATIVE_OPEN.match(before):
            continue  # "The weekly running clinic I launched brought in …": the object comes before
        family = next(name for name in FAMILIES if m.group(name))
        out.append((m.start(family), m.end(), family, m.group("np")))
    return out


#: Things configured rather than made: "set up" with one of these heads is setting a device up, not founding it.
_DEVICES = re.compile(r"(?i)\b(?:devices?|equipment|machines?|workstations?|computers?|laptops?|tablets?|iPads?|printers?|"
                      r"terminals?|instruments?|monitors?|scanners?|units?|radios?|phones?|consoles?|rigs?|stations?|"
                      r"accounts?|profiles?|vocabular(?:y|ies)|boards?)\s*$")
#: The tool a device is set up with, after the object: "… with TD Snap and TouchChat", "… using Proloquo2Go".
_SET_UP_WITH = re.compile(r"\s+(?:with|using|in|on|through)\s+(?P<tools>[^.;:!?]+)")


def _configured(text: str, start: int, end: int, np: str, low: str) -> bool:
    """"I set up communication devices with TD Snap and TouchChat": a device (:data:`_DEVICES`) set up with a tool the
    resume names (a capitalised name after "with/using/in/on" found in the folded resume ``low``) — configuration,
    no act of making (ground121, set 26; "I set up a communication clinic" stays an act)."""
    if not re.match(r"(?i)set\s+up\b", text[start:end]) or not _DEVICES.search(np):
        return False
    tools = _SET_UP_WITH.match(text, end)
    names = re.findall(r"[A-Z][\w&+.-]*(?:\s+[A-Z0-9][\w&+.-]*)*", tools.group("tools")) if tools else []
    return bool(names) and any(fold_accents(n).lower().rstrip(".") in low for n in names)


def unsupported(text: str, source: str) -> list[tuple[int, int]]:
    """Spans of act claims in ``text`` (:func:`claims`) whose object the resume text ``source`` does not name."""
    have, low, foreign, published = _resume(source)
    out = []
    for start, end, family, np in claims(text):
        if _configured(text, start, end, np, low):
            continue
        words = {w for w in content_words(fold_accents(np)) - _GENERIC if not w.isdigit()}
        if published and family == "write":
            words -= _PAPERS
        missing = {w for w in words if not _named(w, have, low)}
        if family == "train" and missing and missing != words:
            missing -= _trained_people(np)  # "smallholder farmers" for "smallholders": tied by the named word
        if not missing or (foreign and (family not in _STRONG or missing != words)):
            continue
        out.append((start, end))
    return out


def _trained_people(np: str) -> set[str]:
    """The content word of ``np``'s head when it is a plural occupation noun (an O*NET person title,
    :func:`careercopilot.normalize.role_nouns.role_phrase`: "farmers", "nurses", "apprentices"), else none: who was
    trained, which a resume names by its own noun ("Train smallholders", "Trained 40 dairy producers") while another
    word of the object ties them (ground110, set 25's false flag "I train smallholder farmers in twelve municipalities";
    "I train avalanche rescue dogs" and "I train hospital pharmacists" for a resume's smallholders keep their flags)."""
    from careercopilot.normalize.role_nouns import role_phrase

    head = re.search(r"([^\W\d_][\w'’-]*)\s*$", np)
    found = head and role_phrase(np, head.start(1), head.end(1))
    return content_words(fold_accents(head.group(1))) if found and found[1] else set()
