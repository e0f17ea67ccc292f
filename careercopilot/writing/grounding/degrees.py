"""Degree claims: level, field and school of each degree a sentence names against the resume's degree entries.

A degree is supported when the resume lists one of that level whose field words match (equal, clipped, an initialism
or a cognate in the CV's language), or one it names by a national degree name (:func:`.locale_forms.native_degrees`:
the field in English is taken as a translation, the school must still be the entry's), or one whose entry in another
language writes the field's roots on its own lines (:func:`_entry_line`, session 20: glossed, romanised, abbreviated,
inflected) from the school the sentence names (:func:`_school_named`). Moved out of the package's
``__init__`` in session 15's second pass (module size); variants in ``test_grounding_degree_forms.py``,
``test_grounding_native_degrees.py`` and the blind sets.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding.degree_initials import degree_keys
from careercopilot.writing.grounding import entities as ent
from careercopilot.writing.grounding import locale_data
from careercopilot.writing.grounding.facts import Flag, SourceFacts
from careercopilot.writing.grounding.names import cognate, foreign_word, split_name
from careercopilot.writing.grounding.status import PENDING
from careercopilot.writing.grounding.text import NON_LATIN, fold_accents, roman_key, squash


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
            at = _school_after(text, e)
            if not _entry_line(level, words, fields, text[e:], facts) or (at and not _school_named(level, text[at[0]:], facts)
                                                                   and not ctx.name_in(text[at[0]:at[1]], facts.squashed)):
                # "shipping management" for "MSc στη Ναυτιλία (Shipping …)" — from that entry's school if one is named
                # (a name the resume writes is checked below: "Your resume gives this degree from another school")
                flags.append(Flag("degree", s, e, mention, "Your resume lists no such degree."))
                continue
        if facts.native_degrees.get(level) and (at := _native_school(level, text, e, facts)):
            known.append(at)  # "from Osaka University" for the entry "大阪大学 … 学士": the school, in English
        elif (at := _school_after(text, e)) and _school_named(level, text[at[0]:], facts):
            known.append(at)  # "from the University of Piraeus" for "Πανεπιστήμιο Πειραιώς"
        if (at := _school_before(text, s)) and _school_named(level, text[at[0]:], facts):
            known.append(at)  # "graduated from Lviv Polytechnic with a master's degree": the entry's school too
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
               for _, e, d in ent.find_degrees(line)) or any(k[0] == level for k in degree_keys(line)):  # "BSEE —"
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


def _entry_lines(level: str, facts: SourceFacts) -> list[str]:
    """The resume's entries of ``level`` (:func:`_degree_windows`) written in another language (:func:`_other_language`),
    each cut to the line naming that degree and a neighbour line that names no degree of its own (the school on the
    next line; not the next entry: "Bachelor's degree in Viticoltura … Padova" under a master's line is another
    degree's)."""
    out = []
    for window in _degree_windows(level, facts):
        lines = window.splitlines()
        own = [i for i, ln in enumerate(lines) if any((k := ent.degree_key(d)) and k[0] == level
                                                      for _, _, d in ent.find_degrees(ln))]
        dated = any(_YEAR.search(lines[i]) for i in own)
        entry = "\n".join(ln for i, ln in enumerate(lines) if i in own or not ent.find_degrees(ln) and not (
            dated and _YEAR.search(ln)))  # a dated neighbour under a dated degree line is an entry of its own
        if _other_language(entry):
            out.append(entry)
    return out


def _other_language(entry: str) -> bool:
    """An entry written (at least partly) in another language: letters of another script, or two distinct words of
    four letters or more that are another language's or no English word (:func:`.names.foreign_word`:
    "Diplomi-insinööri", "Maestría … Derecho", "Fizioterápia … Tudományegyetem"; a place such as "San Marcos" is one). An entry in English names its field and school
    as the sentence must (the degree reader and the school check of :func:`check_degrees` read it)."""
    if NON_LATIN.search(entry):
        return True
    words = {w for w in re.findall(r"[a-z]{4,}", fold_accents(entry).lower())}
    return sum(1 for w in words if foreign_word(w)) >= 2


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")



def _entry_line(level: str, words: set[str], fields: set[str], after: str, facts: SourceFacts) -> bool:
    """The degree of ``level`` is one the resume's entry of that level names in its own words (session 20, sets 10–16:
    entries whose field the resume's degree reader keeps only in part). ``after`` is the sentence's text after the
    mention; ``words``/``fields`` as :func:`.entities.degree_key`/:func:`.entities.degree_fields` give them. Either

    * the sentence names a field (``fields``) and each of its words (``words``: the field's and the subtype its
      abbreviation implies, "science" of "MSc", which the entry's own degree must imply or write) has a root
      (:func:`_same_root`) on the entry's lines (:func:`_entry_lines`), read in Latin
      letters (``anyascii``) — the field as written ("Supply Chain Management"), glossed ("στη Ναυτιλία (Shipping
      Management)"), abbreviated ("MSc Eng."), inflected ("Civil Engineering – Structures" for "structural
      engineering") or transliterated ("магістр агрономії" for "master's in agronomy"); or
    * a parenthesis right after the mention (capitals, or a capital and a full stop) quotes what the line naming the
      entry's degree writes ("a master's in
      business law (LL.M.)" for "LL.M. (Maestría en Derecho Empresario)", "(Dipl. Bauing. ETH)"): the English field
      translates it.
    """
    lines = _entry_lines(level, facts)
    quoted = re.match(r"\s*\(([^()]{2,40})\)", after)
    if quoted and re.search(r"[A-Z][^()]*[A-Z.]", quoted.group(1)) and not _YEAR.search(quoted.group(1)):
        said = squash(quoted.group(1))
        if any(said in squash(ln) for entry in lines for ln in entry.splitlines() if any(
                (k := ent.degree_key(d)) and k[0] == level for _, _, d in ent.find_degrees(ln))):
            return True
    if not fields:
        return False
    for entry in lines:
        have = _latin_words(entry) + [w for ln in entry.splitlines() for _, _, d in ent.find_degrees(ln)
                                      if (k := ent.degree_key(d)) and k[0] == level for w in map(_root_key, k[1])]
        if all(any(_same_root(_root_key(w), h) for h in have) for w in words - {"degree"}):
            return True
    return False


def _in_latin(text: str) -> str:
    """``text`` with accents folded, romanised by ``anyascii`` when it has letters of another script."""
    from anyascii import anyascii

    return anyascii(text) if NON_LATIN.search(text) else fold_accents(text)


def _latin_words(text: str) -> list[str]:
    """Words of ``text`` keyed by :func:`_root_key`, a word written with a final full stop kept with it (an
    abbreviation: "Eng."); lines in another script are romanised by ``anyascii`` first."""
    latin = _in_latin(text)
    return [_root_key(w[:-1]) + "." if w.endswith(".") else _root_key(w)
            for w in re.findall(r"[A-Za-z]+\.?", latin) if len(w.rstrip(".")) >= 2]


#: Spellings that differ between English and the languages (or romanisations) a degree's field is written in:
#: Latin digraphs English keeps ("oenology"/"enología", "paediatrics"/"pediatría"), Greek letters written two ways
#: ("ph"/"f", "th"/"t", "kh"/"ch"/"k"/"c": "arkhitektury" for "architecture"), "y"/"i" and "z"/"s".
_ROOT_SPELLINGS = (("oe", "e"), ("ae", "e"), ("ph", "f"), ("th", "t"), ("kh", "c"), ("ch", "c"), ("k", "c"),
                   ("y", "i"), ("z", "s"))


def _root_key(word: str) -> str:
    """``word`` folded to lower-case ASCII with :data:`_ROOT_SPELLINGS` reduced."""
    out = fold_accents(word).lower()
    for a, b in _ROOT_SPELLINGS:
        out = out.replace(a, b)
    return out


def _same_root(word: str, have: str) -> bool:
    """A field word (keyed) and an entry's word (keyed; a final "." marks an abbreviation) share their root: equal,
    the abbreviation's letters opening the word ("eng." for "engineering", 3+ letters), or a common opening of six
    letters or more that is at least 60 % of the shorter word ("structural"/"structures", "agronomi"/"agronomii",
    "arcitecture"/"arcitecturi"; not "electrical"/"electronics", 6 of 10, nor "agronomi"/"agronegocio", 5: a
    compound of another root)."""
    if have.endswith("."):
        have = have[:-1]
        return len(have) >= 3 and word.startswith(have)
    if word == have:
        return True
    common = 0
    for a, b in zip(word, have):
        if a != b:
            break
        common += 1
    return common >= 6 and common >= 0.6 * min(len(word), len(have))


def _school_named(level: str, after: str, facts: SourceFacts) -> bool:
    """The school a sentence names after a supported degree of ``level`` (``after``: "… from the University of
    Piraeus") is the one the resume's entry of that level gives in another language or script: each distinctive
    word of the name (generic school words aside) meets a word of the entry's lines (:func:`_entry_lines`, read in
    Latin letters, :func:`.text.roman_key`: "L'vivs'ka" → "lvivsca") — the same first four letters, the same initial
    and ``difflib`` ratio ≥ 0.65 ("piraeus"/"peiraios", "vinnytsia"/"vinnits'kiy", "lviv"/"l'vivs'ka") or a region's name in another language
    (:func:`.locale_data.region_names`: "Silesian" for "Śląska", French "Silésie"). A pending entry (:data:`.status.
    PENDING`, or "in progress" in the CV's language: :data:`IN_PROGRESS`) vouches for no school."""
    names = [n for ns, _, n in ent.find_names(after) if ns == 0]
    if not names:
        return False
    words = [roman_key(w) for w in re.findall(r"[a-z]{3,}", fold_accents(names[0]).lower())
             if w not in _GENERIC_SCHOOL_WORDS]
    if not words:
        return False
    for entry in _entry_lines(level, facts):
        if PENDING.search(entry) or IN_PROGRESS.search(entry) or _OPEN_END.search(entry):
            continue
        pool = re.findall(r"[a-z]{3,}", roman_key(_in_latin(entry)))
        if all(any(w[:4] == p[:4] or (w[0] == p[0] and SequenceMatcher(None, w, p).ratio() >= 0.65)
                   or any(_same_root(_root_key(w), _root_key(r.split()[0])) for r in locale_data.region_names(p))
                   for p in pool) for w in words):
            return True
    return False


#: A date range left open ("2024 – present"): a degree still being studied.
_OPEN_END = re.compile(r"(?i)[–—-]\s*(?:present|now|current|ongoing|today)\b")

#: "In progress" in the languages of the blind sets' CVs (a degree being studied for): Hungarian "folyamatban",
#: Polish "w trakcie", Czech/Slovak "probíhá"/"prebieha", Romanian "în curs", French "en cours", Spanish/Italian/
#: Portuguese "en curso"/"in corso"/"em curso"/"em andamento"/"cursando", German "laufend", Dutch "lopend", Swedish
#: "pågående", Finnish "kesken"/"käynnissä", Turkish "devam ediyor".
IN_PROGRESS = re.compile(r"(?i)\b(?:folyamatban|w\s+trakcie|prob[ií]h[aá]|prebieha|[iî]n\s+curs|en\s+cours|"
                         r"en\s+curso|in\s+corso|em\s+(?:curso|andamento)|cursando|laufend|lopend|p[aå]g[aå]ende|"
                         r"kesken|k[aä]ynniss[aä]|devam\s+ediyor)\b")


def _school_after(text: str, e: int) -> tuple[int, int] | None:
    """The span of the school named after a degree mention ending at ``e`` ("… in agronomy from Vinnytsia National
    Agrarian University", "… at the University of Piraeus in 2019")."""
    school = re.match(r"[^.;]*?\b(?:from|at)\s+(?:[Tt]he\s+)?", text[e:])
    if not school:
        return None
    start = e + school.end()
    name = re.match(r"[A-Z][\w.'’&-]*(?:[ \t]+(?:of|and|for|the|de|[A-Z][\w.'’&-]*))*", text[start:])
    return (start, start + len(name.group(0).rstrip())) if name else None

def _school_before(text: str, start: int) -> tuple[int, int] | None:
    """The span of a school named just before a degree mention starting at ``start`` ("graduated from Lviv
    Polytechnic with a master's degree", "at the University of Pécs, an MSc"): "from/at <Name>" then "with/, a/an"."""
    m = re.search(r"\b(?:from|at)\s+(?:[Tt]he\s+)?([A-Z][\w.'’&-]*(?:[ \t]+(?:of|and|for|the|de|[A-Z][\w.'’&-]*))*)"
                  r"\s*,?\s+(?:with\s+)?(?:an?|my|the)?\s*$", text[:start])
    return (m.start(1), m.end(1)) if m else None
