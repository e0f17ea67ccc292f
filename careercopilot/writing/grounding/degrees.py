"""Degree claims: level, field and school of each degree a sentence names against the resume's degree entries.

A degree is supported when the resume lists one of that level whose field words match (equal, clipped, an initialism
or a cognate in the CV's language), or one it names by a national degree name (:func:`.locale_forms.native_degrees`:
the field in English is taken as a translation, the school must still be the entry's). Moved out of the package's
``__init__`` in session 15's second pass (module size); variants in ``test_grounding_degree_forms.py``,
``test_grounding_native_degrees.py`` and the blind sets.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding import entities as ent
from careercopilot.writing.grounding.facts import Flag, SourceFacts
from careercopilot.writing.grounding.names import cognate, foreign_word, split_name
from careercopilot.writing.grounding.text import fold_accents, squash


def check_degrees(text: str, facts: SourceFacts, flags: list[Flag], known: list[tuple[int, int]]) -> None:
    """Flag degree mentions of ``text`` whose level, field or school the resume does not give; each mention's span
    (and the school of a degree in the CV's language, named in English) is added to ``known``."""
    for s, e, mention in ent.find_degrees(text):
        known.append((s, e))
        later = _LATER_FIELD.match(text, e) if not ent.degree_fields(mention) else None
        if later:  # "my bachelor's degree from UW–Milwaukee is in Accounting"
            mention = f"{mention} in {later.group('f')}"
        key = ent.degree_key(mention)
        if key is None:
            continue
        level, words = key
        fields = ent.degree_fields(mention)
        native = re.match(r"\s*\(([^()]{3,40})\)", text[e:])
        native_words = {w for w in re.findall(r"[a-z]+", fold_accents(native.group(1)).lower()) if len(w) > 2} \
            if native and fields and not ent.find_degrees(native.group(1)) else set()
        if not all(foreign_word(w) for w in native_words):
            native_words = set()  # "(B.Arch)", "(Hons)": no field in the CV's language
        readings = [(words, fields)]
        if native_words:  # "master's degree in crop science (Fitotecnia)": the field as the resume writes it, too
            readings.append(((words - fields) | native_words, native_words))
        if not any(lvl == level and (all(w == "degree" or _field_match(w, have) for w in words)
                                     and (not fields or not written or all(_field_match(w, written) for w in fields))
                                     or _foreign_field_match(fields, written))
                   for lvl, have, written in facts.degrees for words, fields in readings) and not (
                _native_degree(level, text[e:], facts)):  # "civil engineering" for "Lisans, İnşaat Mühendisliği"
            flags.append(Flag("degree", s, e, mention, "Your resume lists no such degree."))
            continue
        if facts.native_degrees.get(level) and (at := _native_school(level, text, e, facts)):
            known.append(at)  # "from Osaka University" for the entry "大阪大学 … 学士": the school, in English
        school = re.match(r"\s*(?:\([^)]*\)\s*)?(?:from|at)\s+(?:[Tt]he\s+)?", text[e:])
        if school:  # "a Doctor of Pharmacy from The Ohio State University": the school of *that* degree
            names = [n for ns, _, n in ent.find_names(text[e + school.end():]) if ns == 0]
            if names:
                name = split_name(names[0])[0][2]
                if ctx.name_in(name, facts.squashed) and not any(
                        ctx.name_in(name, squash(w)) for w in _degree_windows(level, facts)) and not (
                        facts.native_degrees.get(level) and _native_degree(level, text[e:], facts)):
                    flags.append(Flag("degree", s, e + school.end() + len(name), text[s:e + school.end() + len(name)],
                                      "Your resume gives this degree from another school."))


def _native_school(level: str, text: str, e: int, facts: SourceFacts) -> tuple[int, int] | None:
    """The span of the school named after a degree ending at ``e`` ("… from Hanoi University of Science and
    Technology") when it is the school of the resume's entry of ``level`` in the CV's language (:func:`_native_degree`)."""
    school = re.match(r"[^.;]*?\b(?:from|at)\s+(?:[Tt]he\s+)?", text[e:])
    if not school or not _native_degree(level, text[e:], facts):
        return None
    start = e + school.end()
    name = re.match(r"[A-Z][\w.'’&-]*(?:[ \t]+(?:of|and|for|the|de|[A-Z][\w.'’&-]*))*", text[start:])
    return (start, start + len(name.group(0).rstrip())) if name else None


def _native_degree(level: str, after: str, facts: SourceFacts) -> bool:
    """A degree of ``level`` the resume names in its own language (:func:`.locale_forms.native_degrees`), from the
    school the sentence names after it (``after``: "… from the University of Florence") if it names one: each
    distinctive word of that name on the entry, its cognate (the same first four letters: "Chemistry" /
    "chemicko"; or the same initial and ``difflib`` ratio ≥ 0.65: "Florence" / "Firenze", not "Masaryk" / "Master") or an entry in another script ("大阪大学", not readable here)."""
    entries = facts.native_degrees.get(level, [])
    school = re.match(r"[^.;]*?\b(?:from|at)\s+(?:[Tt]he\s+)?", after)
    if not entries or not school:
        return bool(entries)
    names = [n for ns, _, n in ent.find_names(after[school.end():]) if ns == 0]
    if not names:
        return True
    words = [w for w in re.findall(r"[a-z]{3,}", fold_accents(names[0]).lower()) if w not in _GENERIC_SCHOOL_WORDS]
    for entry in entries:
        pool = re.findall(r"[a-z]{3,}", fold_accents(entry).lower())
        if re.search(r"[^\W\d_]", re.sub(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]", "", entry)) or all(any(
                w == p or (len(w) >= 4 and w[:4] == p[:4]) or (w[0] == p[0] and SequenceMatcher(None, w, p).ratio() >= 0.65)
                for p in pool) for w in words):
            return True
    return False


_GENERIC_SCHOOL_WORDS = frozenset("university college school institute academy polytechnic faculty the and of for "
                                  "science sciences technology".split())


#: A degree's field stated after its school: "my degree (from <school>) is/was in <field>".
_LATER_FIELD = re.compile(r"(?:\s+(?:from|at)\s+[^,.;]{1,60}?)?\s+(?:is|was)\s+in\s+(?P<f>[A-Za-z][\w&' -]*?)(?=[.,;]|$)")


def _degree_windows(level: str, facts: SourceFacts) -> list[str]:
    """The user's degree entries of ``level``: resume lines naming such a degree that are not
    bullets (a bullet's degree is other people's: "precept 6 PharmD students from …") and not
    followed by a plural noun of people ("MSW interns"); a line that names no school is taken with its
    neighbour lines of the same block (the school on the next line)."""
    raw = facts.text.splitlines()
    out = []
    for i, line in enumerate(raw):
        if ctx.BULLET_RE.match(line):
            continue
        if any((k := ent.degree_key(d)) and k[0] == level and not _PEOPLE_AFTER.match(line, e)
               for _, e, d in ent.find_degrees(line)):
            if _EDU_SCHOOL.search(line):
                out.append(line)
                continue
            lo = i - 1 if i > 0 and raw[i - 1].strip() else i
            hi = i + 1 if i + 1 < len(raw) and raw[i + 1].strip() else i
            out.append("\n".join(raw[lo:hi + 1]))
    return out


_PEOPLE_AFTER = re.compile(r"(?i)\s*(?:\([^)]*\)\s*)?(?:students|interns|residents|candidates|graduates|trainees|"
                           r"program|programs|rotations?)\b")
_EDU_SCHOOL = re.compile(r"\b(?:University|College|School|Institute|Academy|Polytechnic|Conservatory)\b")


def _word_match(word: str, have: str) -> bool:
    """Equal, or one a clipped form of the other ("math" / "mathematics", "vet" / "veterinary"; 3+ letters)."""
    return word == have or (len(word) >= 3 and have.startswith(word)) or (len(have) >= 4 and word.startswith(have))


def _foreign_field_match(fields: set[str], written: set[str]) -> bool:
    """A field in English for one the resume writes in its own language only (every written word another
    language's: :func:`.names.foreign_word`): at least half the English words have a cognate there
    ("geological engineering" for "Teknik Geologi", "international trade" for "Comercio Internacional"); a
    translation with no shared root ("computer science" for "Informatică") stays unmatched."""
    theirs = [fold_accents(w) for w in written if w.isalpha()]
    if not fields or not theirs or not all(foreign_word(w) for w in theirs):
        return False
    return 2 * sum(any(_field_cognate(f, t) for t in theirs) for f in fields) >= len(fields)


def _field_cognate(english: str, theirs: str) -> bool:
    """:func:`.names.cognate` of a word in another language (:func:`.names.foreign_word`), also after folding
    spellings that differ by language ("ph"/"f", "th"/"t", "y"/"i",
    "z"/"s", "k"/"c": "physiotherapy" for "fizioterápia")."""
    def fold(w: str) -> str:
        return w.replace("ph", "f").replace("th", "t").replace("y", "i").replace("z", "s").replace("k", "c")

    if not foreign_word(theirs):
        return False  # an English field word is matched as written ("Architectural" is no "Architecture")
    return cognate(english, theirs) or (len(english) >= 5 and cognate(fold(english), fold(theirs))
                                        or SequenceMatcher(None, fold(english), fold(theirs)).ratio() >= 0.8)


def _field_match(word: str, have: set[str]) -> bool:
    """A degree's field word matches the resume's field words: equal or clipped, or an
    initialism of them ("CS" for "Computer Science")."""
    if any(_word_match(word, h) for h in have):
        return True
    if word.isalpha() and any(_field_cognate(word, fold_accents(h)) for h in have if h.isalpha()):
        return True  # the field in the CV's language: "geological" for "Geologi", "physiotherapy" for "Fizioterápia"
    initials = {h[0] for h in have}
    return 2 <= len(word) <= 3 and word.isalpha() and len(set(word)) == len(word) and set(word) <= initials
