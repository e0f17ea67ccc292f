"""Context binding for the grounding checker: a fact must hold *where the sentence puts it*.

A year, a title or a scope word can each occur somewhere in the resume and still be wrong
in the sentence: "Senior Product Designer at Stackfield" when that title was held at
another employer, "since 2020" when 2020 is only a certificate's year, "across every
hospital" when the resume describes one unit. This module splits the resume into

* **lines** (one fact each, as written), and
* **entries**: blocks of a dated history (header lines with a date range such as
  ``March 2019 – Present``, ``01.03.2021 - present``, ``2022.07 ~ present`` or ``- since 1 April 2022``
  — :data:`RANGE_RE` — plus their bullets), split at blank lines and where a non-bullet line follows
  a bullet; a date-first line ("2018.04 - 2021.09   Store Manager") heads its own entry, roles indented
  under an undated employer heading take that heading, and a dated bullet with its details indented under
  it heads an entry too (session 11, after set 10's international date forms); an employer's line over its first
  role is the employer of the roles written after that role's bullets or on the next line, unindented, until a blank
  line (session 18, set 15: "Aegean Blue Ferries — Piraeus" / "Chief Engineer | May 2020 – present" / bullets /
  "Second Engineer | June 2016 – April 2020"; not a section title such as "EXPERIENCE", :func:`_employer_heading`),

and answers "is this year / title supported by a line or entry that the sentence is
about?". A sentence is *about* an entry when it names the entry's organisation (an
``org`` anchor: a capitalised name found in the entry's header lines), otherwise when it
shares a content word with it.

Name matching (:func:`name_pattern`) accepts the short forms a careful reader accepts
(labeling rule of the blind set, ``tests/fixtures/writing/grounding_blind/README.md``):
initialisms of a run of capitalised words ("UW" = University of Washington, "UC
Berkeley" = University of California, Berkeley) and clipped words ("AP Calc" = AP
Calculus), always in the resume's word order.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from careercopilot.normalize.date_ranges import MONTH as _MONTH
from careercopilot.normalize.date_ranges import RANGE_RE  # one pattern with the resume parser (see its module doc)
from careercopilot.normalize.date_ranges import YEAR as _YEAR
from careercopilot.normalize.resume_fields import heading_of
from careercopilot.writing.grounding.text import MONTHS, STOP, fold_accents, norm_words, roman_key

#: A year written alone, or after "FY" ("FY2024", "FY 2024": a fiscal year is that year).
YEAR_IN_RE = re.compile(rf"(?:(?<=FY)|(?<=FY )|(?<![\w$.,-])){_YEAR}(?![\w%]|,\d|\.\d)")
#: A bullet line: the list markers of word processors and plain-text resumes (hyphen, asterisk, en dash,
#: the Unicode bullets, "o", ">", "›", "»", "➢", "►", "✓", "■", "◆") or a numbered item.
BULLET_RE = re.compile(r"^\s*(?:[-•*●▪◦–○>›»➢►▶✓✔■□◆◇]|o(?=\s)|\d+[.)])\s+")
#: "since 2019", "from March 2019", "starting in 2019", "joined in 2019", "going back to 2017" (session 22): the
#: year is a start.
START_CUE_RE = re.compile(r"(?i)\b(?:since|from|starting(?:\s+in)?|beginning(?:\s+in)?|began\s+in|joined\s+in|"
                          r"(?:going|dating|reaching|stretching)\s+back\s+to)\s+"
                          rf"(?:{_MONTH}\s+|\d{{1,2}}/)?$")
#: Words that say nothing about which entry a sentence is about.
GENERIC = frozenset(
    "i me my we our you your have has had having been being be am is are was were do did done work worked working "
    "role job position year month since until today present current currently experience experienced joined join "
    "served serve serving time also as when where which who while during after before then there here it its "
    "company employer team".split()
)


@dataclass
class Entry:
    """One dated block of the resume: ``start``/``end`` years (``end`` = today's year for
    "Present"), optional months (1–12), ``header`` (non-bullet lines) and full ``text``."""

    start: int
    end: int
    start_month: int | None
    end_month: int | None
    header: str
    text: str
    words: set[str] = field(default_factory=set)
    present: bool = False


def _month(token: str | None, number: str | None) -> int | None:
    if number:
        return int(number) if 1 <= int(number) <= 12 else None
    if not token:
        return None
    key = token.lower().rstrip(".")
    return MONTHS.get(key[:4] if key.startswith("sept") else key[:3])


def line_years(line: str) -> tuple[set[int], set[int]]:
    """``(all years, years except range ends)`` written in a resume line."""
    # (a range's end after a hyphen, "2022-2024", is a year of the line too: :data:`YEAR_IN_RE` skips
    # years after a hyphen, which are more often parts of codes and phone numbers)
    every = {int(y) for y in YEAR_IN_RE.findall(line)} | {int(m.group("ey")) for m in RANGE_RE.finditer(line)
                                                           if m.group("ey")}
    no_ends = RANGE_RE.sub(lambda m: f" {m.group('sy')} ", line)
    return every, {int(y) for y in YEAR_IN_RE.findall(no_ends)}


def content_words(text: str) -> set[str]:
    """Lower-case content words minus stop/generic words, numbers and months, as a crude stem:
    an inflection ending ("-ing", "-ed", "-er", "-ion") cut while 4 letters remain, then the
    first 6 letters ("closed" / "closings" → "clos", "accounting" / "accountant" → "accoun")."""
    return {_stem(w) for w in norm_words(text) if len(w) > 2 and not w.isdigit() and w not in STOP
            and w not in GENERIC and w not in MONTHS}


def _stem(word: str) -> str:
    base = re.sub(r"(?:ings?|ed|ers?|ions?)$", "", word)
    return (base if len(base) >= 4 else word)[:6]


def entries(src: str, today_year: int) -> list[Entry]:
    """Dated history entries of a resume (see the module doc). Blocks without a date range are skipped."""
    blocks: list[list[str]] = [[]]
    after_bullets: set[int] = set()  # blocks cut by the end of a bullet list, not by a blank line
    prev_bullet = False
    for line in src.splitlines():
        bullet = bool(BULLET_RE.match(line))
        if not line.strip() or (prev_bullet and not bullet):
            if blocks[-1]:
                blocks.append([])
            if line.strip():
                after_bullets.add(len(blocks) - 1)
            prev_bullet = False
            if not line.strip():
                continue
        blocks[-1].append(line)
        prev_bullet = bullet
    out: list[Entry] = []
    carried = ""  # the employer heading of roles indented under it, carried past their bullet lists
    above = ""  # a short undated block over dated roles with a blank line between (an employer heading)
    for b, block in enumerate(blocks):
        if b not in after_bullets:
            carried = ""
        if not any(RANGE_RE.search(ln) for ln in block):
            last = block[-1] if block else ""
            above = last if len(block) <= 2 and not BULLET_RE.match(last) and not last.rstrip().endswith(".") else ""
            continue
        ranged = []
        # a dated bullet with its details indented under it ("> Coordinator, … - 01/2020 - to date" over
        # "  - Coordinate 7 …"): a nested list's header
        heads = {i for i, ln in enumerate(block[:-1]) if BULLET_RE.match(ln) and RANGE_RE.search(ln)
                 and _indent(block[i + 1]) > _indent(ln)}
        for i, ln in enumerate(block):
            if (BULLET_RE.match(ln) and i not in heads) or not RANGE_RE.search(ln):
                continue
            if ranged and ranged[-1] == i - 1 and _within(_line_span(ln, today_year),
                                                          _line_span(block[i - 1], today_year)):
                continue  # roles within the employer's range on the next line: one entry
            ranged.append(i)
        if not ranged:
            continue
        # several dated header lines in one block: one entry per range, each with the
        # undated header line just before it and the bullets after it
        cuts = []
        for i in ranged:
            # the undated header line just before a dated one ("Acme Ltd" over "Analyst - 2019 - 2021"),
            # unless the dated line starts with its dates (a date-first table: "2018.04 - 2021.09   Store
            # Manager" with its details on the indented lines after it) or the line before is dated too
            # (a role within the employer's range: "Head of Department - Aug 2023 to Jul 2025") or is indented deeper
            # (the last detail line of the role above: "  Partner with product …" over "Senior Data Scientist, Bay …")
            date_first = bool(RANGE_RE.match(block[i].strip()))
            j = (i - 1 if i > 0 and not date_first and not BULLET_RE.match(block[i - 1]) and i - 1 not in ranged
                 and not RANGE_RE.search(block[i - 1]) and not _indent(block[i - 1]) > _indent(block[i]) else i)
            cuts.append(j if not cuts or j > cuts[-1] else i)
        own_header = [c < i for i, c in zip(ranged, cuts, strict=True)]
        cuts[0] = 0
        # an undated heading over several dated roles indented under it ("Ofinso University …" over "  Senior
        # Lecturer - Aug 2021 to date" … "  Lecturer - Oct 2015 to Jul 2021"): the employer of every role under it
        first = ranged[0]
        unindented = False
        heading = block[first - 1] if first > 0 and not BULLET_RE.match(block[first - 1]) else ""
        if heading and first > 1 and _NOTE_LINE.fullmatch(heading) and not BULLET_RE.match(block[first - 2]) and not (
                RANGE_RE.search(block[first - 2])):
            # a note on the employer's history under its name ("Limestone Fork Distilling Co. — Bardstown, KY" over
            # "(Old Tanyard Spirits was acquired by Limestone Fork in 2019; same site)"): both lines head its roles
            # (ground77, set 22: the role below the bullets took the note alone as its employer)
            heading = block[first - 2] + "\n" + heading
        if not heading and first == 0 and carried and (_indent(block[0]) > _indent(carried) or _employer_heading(carried)):
            # "  Manager  01/2019 – 12/2021" after the bullets of the role above it; unindented too when the heading
            # is an employer's line, not a section title: "Aegean Blue Ferries — Piraeus" / "Chief Engineer | May 2020
            # – present" / bullets / "Second Engineer | June 2016 – April 2020" (set 15: a blank line, not the end
            # of a bullet list, parts two employers — session 18)
            heading, unindented = carried, _indent(block[0]) <= _indent(carried)
        elif heading:
            carried = heading
            above = ""
        elif first == 0 and above and re.search(r"\s[—–|-]\s|,|\s@\s|\bat\s", RANGE_RE.sub(" ", block[0])):
            above = ""  # "Military service — Republic of Korea Army  2011.03 – 2012.12": its own organisation
        elif first == 0 and above and b not in after_bullets:
            # "Tokai Seimitsu Kogyo Co., Ltd., Kariya" over a blank line and "Senior Quality Engineer  2019年4月 –
            # 現在": the heading of each role block under it, until a block with its own heading
            heading = carried = above
        for n, (i, c) in enumerate(zip(ranged, cuts, strict=True)):
            part = block[c: cuts[n + 1] if n + 1 < len(cuts) else len(block)]
            start, end, start_month, end_month, present = _line_span(block[i], today_year)
            header = "\n".join(([heading] if (n or heading is carried and first == 0) and heading and not own_header[n]
                                and (_indent(block[i]) > _indent(heading) or heading is above or unindented
                                     # "Audit Senior | 2015 – 2017" then "Audit Associate | 2012 – 2014" right
                                     # under one employer's line: both its roles
                                     or (n and ranged[n - 1] == i - 1 and _employer_heading(heading)
                                         and _indent(block[i]) >= _indent(block[i - 1]))) else [])
                               + [ln for k, ln in enumerate(part, c) if not BULLET_RE.match(ln) or k in heads])
            text = "\n".join(part)
            out.append(Entry(start, end, start_month, end_month, header, text, content_words(text), present))
    return out


#: A line wholly in parentheses: a note under an employer's name ("(formerly Acme Ltd; acquired 2019)").
_NOTE_LINE = re.compile(r"\s*\([^()]*\)\s*")


def _employer_heading(line: str) -> bool:
    """Whether an undated line over a role could name its employer: not a section title ("EXPERIENCE",
    "Berufserfahrung", "ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ (Professional experience)": the resume parser's headings)."""
    bare = re.sub(r"\s*\(.*?\)\s*$", "", line)
    letters = [c for c in bare if c.isalpha()]
    # (a line all in capitals is a section title in any language: "EXPERIENCIA", "BERUFSERFAHRUNG")
    return (not RANGE_RE.search(line) and heading_of(line) is None and heading_of(bare) is None
            and not (letters and all(c.isupper() for c in letters)))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _line_span(line: str, today_year: int) -> tuple[int, int, int | None, int | None, bool]:
    """``(start, end, start month, end month, present)`` of the widest span of a line's date ranges
    ("Night Auditor (2016 – 2018); Front Desk Agent (2015 – 2016) | 06/2015 – 03/2018": 06/2015–03/2018)."""
    spans = []
    for m in RANGE_RE.finditer(line):
        present = bool(m.group("present") or m.group("since"))
        spans.append((int(m.group("sy")), today_year if present else int(m.group("ey")),
                      _month(m.group("sm"), m.group("sn") or m.group("si")),
                      None if present else _month(m.group("em"), m.group("en") or m.group("ei")),
                      present))
    first = min(spans, key=lambda x: (x[0], x[2] is None, x[2] or 0))  # the earliest start, with its month if given
    last = max(spans, key=lambda x: (x[1], x[4], x[3] is not None, x[3] or 0))
    return first[0], last[1], first[2], last[3], last[4]


def _within(inner: tuple, outer: tuple) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


# --- names --------------------------------------------------------------------------------------
_NAME_TOKEN = re.compile(r"[A-Za-z0-9+#]+")
#: A mixed-case initialism: capitals (each a word's initial or a clipped word) with "o"/"of" between ("UoN").
_MIXED_INITIALISM = re.compile(r"(?:[A-Z][a-z]*|o|of)+")
_JOINERS = r"(?:(?:of|the|and|for|at|de|du|la) )?"


def name_pattern(name: str, *, abbreviated: bool = False) -> re.Pattern[str] | None:
    """A regex over :func:`~careercopilot.writing.grounding.text.squash`-ed source text that
    matches ``name`` or a long form of it, in the source's word order, with up to two words
    left out between its words ("Oregon Tech" = "Oregon Institute of Technology"):

    * an all-capital token of 2–5 letters may stand for the initials of consecutive words
      ("UW" → "university of washington"); one of 2 letters also for "University of X" read
      backwards ("CU" → "university of colorado");
    * a single capital letter of a longer name is an initial ("U of M" → "university of minnesota");
    * a word of ≥ 4 letters may be clipped ("Calc" → "calculus"), the last word of an
      ``abbreviated`` name from 2 letters ("Div." → "division").
    """
    tokens = _NAME_TOKEN.findall(name)
    if not tokens:
        return None
    parts = []
    for i, t in enumerate(tokens):
        low = re.escape(t.lower())
        if t.isupper() and t.isalpha() and 2 <= len(t) <= 5:
            alts = [low, (r"[a-z0-9+#]* " + _JOINERS).join(re.escape(c) for c in t.lower()) + r"[a-z0-9+#]*"]
            if len(t) == 2:
                alts.append(rf"{re.escape(t[1].lower())}[a-z0-9+#]* of {re.escape(t[0].lower())}[a-z0-9+#]*")
            parts.append("(?:" + "|".join(alts) + ")")
        elif len(tokens) >= 2 and len(t) == 1 and t.isupper():
            parts.append(low + r"[a-z0-9+#]*")
        elif _MIXED_INITIALISM.fullmatch(t) and sum(c.isupper() for c in t) >= 2 and (
                re.search(r"[A-Z](?![a-z]{2})", t) or not re.search(r"[A-Za-z][a-z]{4}", t)):  # not "ServiceTitan"
            # "UoN" (University of Nairobi), "PolyU" (Polytechnic University), "UniMelb", "TUDelft": capitals
            # are initials, a lower-case "o" is "of", a capitalised piece of 3+ letters a clipped word
            pieces = []
            for piece in re.findall(r"[A-Z](?:[a-z]{2,})?|of?(?![a-z])|[a-z]+", t):
                if piece in ("o", "of"):
                    pieces.append("of")
                elif len(piece) == 1:
                    pieces.append(re.escape(piece.lower()) + r"[a-z0-9+#]*")
                else:
                    pieces.append(re.escape(piece.lower()) + r"[a-z]*")
            parts.append("(?:" + low + "|" + (" " + _JOINERS).join(pieces) + ")")  # (or written as one word)
        elif len(tokens) >= 2 and len(t) == 3 and t[0].isupper() and t[1:].islower():
            parts.append(low + r"[a-z]*")  # "Tec de Monterrey" (Tecnológico), "Uni of Auckland": a clipped word
        elif t.isalpha() and (len(t) >= 4 or (abbreviated and i == len(tokens) - 1 and len(t) >= 2)):
            parts.append(low + r"[a-z]*")
        else:
            parts.append(low)
    return re.compile(r" " + r"(?: [a-z0-9+#]+){0,2} ".join(parts) + r" ")


def _long_forms(name: str) -> list[str]:
    """Conventional short forms of school names: "UToledo" / "UMass" (a leading "U" joined to the
    place: "University of Toledo") and "Sacramento State" ("… State University, Sacramento" or
    "Sacramento State University"); and of firms' words either way round (:func:`.name_forms.firm_word_forms`)."""
    out = [name]
    m = re.fullmatch(r"U([A-Z][a-z]{2,})", name.strip())
    if m:
        out.append(f"University of {m.group(1)}")
    m = re.fullmatch(r"([A-Z][a-z]+) State", name.strip())
    if m:
        out.append(f"State University {m.group(1)}")
    from careercopilot.writing.grounding.name_forms import firm_word_forms

    return out + firm_word_forms(name)  # "Charter Oak Life Re" for "… Reinsurance Company" (ground110)


def name_in(name: str, squashed_source: str, *, abbreviated: bool = False) -> bool:
    """``name`` (or a short form of a name in the source, see :func:`name_pattern`) occurs in it, or in
    its English form (:func:`english_institutions`: "University of Porto" for "Universidade do Porto"), or in its
    :func:`.text.roman_key` form (a name of another script romanised into the source: :func:`.text.romanised`).
    ``abbreviated``: the name's last word was written with a full stop ("Div." for "Division",
    "Dept." for "Department"), so it may be clipped to any length ≥ 2."""
    forms = _long_forms(fold_accents(name))  # the squashed source has none
    if (key := roman_key(name)) != fold_accents(name).lower():
        forms.append(key)  # "Podillia Agroinvest" for the romanised "Подільля Агроінвест" (:func:`.text.romanised`)
    for form in forms:
        rx = name_pattern(form, abbreviated=abbreviated)
        if rx and (rx.search(squashed_source) or (
                _NEEDS_ENGLISH.search(squashed_source) and rx.search(english_institutions(squashed_source)))):
            return True
    return False


#: Words of institution names in other languages and their English words (de, nl, sv, da, no, fi, fr, es,
#: pt, it, ro, pl, cs, hu, id/ms; the forms the institutions use in their own names, accents folded as
#: :func:`~careercopilot.writing.grounding.text.squash` leaves them).
INSTITUTION_WORDS = {
    "university": "universitat universitaet universiteit universitet universitetet universite universidad universidade "
                  "universita universitatea uniwersytet univerzita univerzitet universiti universitas yliopisto "
                  "egyetem",
    "college": "colegio colegiul college kolleg",
    "school": "escuela escola ecole scuola schule skola skolan hogeschool",
    "institute": "instituto institut institutul istituto",
    "polytechnic": "politecnico politecnica polytechnique politechnika",
    "academy": "academia akademie akademia accademia",
    "technical": "technische technischen tecnica tecnico technicka technicke tekniska teknillinen tehnica",
    "university college": "hogskola hogskolan hoyskole hojskole",
}
_INSTITUTION_RE = re.compile(r" (" + "|".join(w for ws in INSTITUTION_WORDS.values() for w in ws.split()) + r") ")
_INSTITUTION_ENGLISH = {w: en for en, ws in INSTITUTION_WORDS.items() for w in ws.split()}
#: English names of cities and countries that institutions carry in their own language (accents folded; a
#: Swedish or Danish genitive -s and the Finnish genitive are their own entries).
EXONYMS = {
    "gothenburg": "goteborg goteborgs", "copenhagen": "kobenhavn kobenhavns", "stockholm": "stockholms",
    "uppsala": "uppsala", "lund": "lunds", "munich": "munchen", "cologne": "koln", "vienna": "wien",
    "zurich": "zurich", "geneva": "geneve", "prague": "praha", "warsaw": "warszawa warszawski", "krakow": "krakow",
    "lisbon": "lisboa", "rome": "roma", "milan": "milano", "naples": "napoli", "turin": "torino",
    "florence": "firenze", "venice": "venezia", "padua": "padova", "seville": "sevilla", "brussels": "bruxelles brussel",
    "antwerp": "antwerpen", "ghent": "gent", "louvain": "leuven", "the hague": "den haag", "athens": "athina",
    "moscow": "moskva", "bucharest": "bucuresti", "belgrade": "beograd", "helsinki": "helsingin",
    "oslo": "oslo", "bergen": "bergen", "aarhus": "aarhus", "nuremberg": "nurnberg", "hanover": "hannover",
    "brunswick": "braunschweig", "mexico": "mexico", "sao paulo": "sao paulo", "thessaloniki": "thessalonikis",
    "the netherlands": "nederland", "sweden": "sverige", "germany": "deutschland", "brazil": "brasil",
}
_EXONYM_ENGLISH = {w: en for en, ws in EXONYMS.items() for w in ws.split()}
_EXONYM_RE = re.compile(r" (" + "|".join(sorted(_EXONYM_ENGLISH, key=len, reverse=True)) + r")(?= )")
_NEEDS_ENGLISH = re.compile(_INSTITUTION_RE.pattern)
#: Linking words after an institution word in other languages ("Universidade do Porto", "Universidad de Buenos Aires").
_FOREIGN_OF = re.compile(r" (university|college|school|institute|polytechnic|academy) (?:de la|de los|de las|del|de|do|da|dos|"
                         r"das|di|della|degli|delle|des|du|van|von|der|des|din|w|ve|v) ")


@functools.lru_cache(maxsize=512)
def english_institutions(squashed: str) -> str:
    """A :func:`~careercopilot.writing.grounding.text.squash`-ed source with its institution names also in the
    English form an English sentence names them by: institution words translated (:data:`INSTITUTION_WORDS`),
    cities by their English names (:data:`EXONYMS`), the linking word made "of" ("Universidade do Porto" →
    "university of porto"), and a name placed before its institution word (Nordic, Finnish, Dutch, Hungarian
    order: "Göteborgs universitet", "Helsingin yliopisto", "Erasmus Universiteit") also written after it
    ("university of gothenburg"); a place after an institution word without a link gets "of" ("Universität
    Wien" → "university of vienna"). The English reading is appended, so the source's own words still match."""
    text = _INSTITUTION_RE.sub(lambda m: f" {_INSTITUTION_ENGLISH[m.group(1)]} ", squashed)
    text = _INSTITUTION_RE.sub(lambda m: f" {_INSTITUTION_ENGLISH[m.group(1)]} ", text)  # (adjacent words)
    text = _EXONYM_RE.sub(lambda m: f" {_EXONYM_ENGLISH[m.group(1)]}", text)
    text = _FOREIGN_OF.sub(lambda m: f" {m.group(1)} of ", text)
    text = re.sub(r" (?!university )([a-z]+) (university|university college) (?!of )", r" \1 \2 \2 of \1 ", text)
    text = re.sub(r" (university|institute|academy|polytechnic) (?!of |college |university )([a-z]{3,}) ",
                  r" \1 \2 \1 of \2 ", text)
    return squashed + " | " + text


#: Linking words of organisation names in other languages that their initialisms skip: "Universidad
#: Autónoma de Nuevo León" (UANL), "Köln International School of Design" (KISD), "Faculdade de Belas Artes".
_NAME_LINKS = r"de|del|da|do|das|dos|des|du|der|den|di|y|e|et|und|für|la|le|van|von|voor"


def initialism_in(acronym: str, source: str) -> bool:
    """``acronym`` (2–6 capitals, "&" allowed, a plural "s" dropped: "ABGs", "P&C", "MSAs") spells
    the initials of consecutive words of the raw ``source`` text ("arterial blood gas", "Property &
    Casualty", "master service agreements"); "of", "and", "the", "for", "&" between them may be
    skipped, and the linking words of other languages (:data:`_NAME_LINKS`); words may carry accents
    ("Autónoma"); two ("Polytechnic University of the Philippines" for "PUP", session 22) when the words are a whole
    name. The expansion comes from the resume itself, never from a dictionary, and not when the
    resume gives those words another acronym right after them ("SHRM Certified Professional
    (SHRM-CP)" does not spell "SCP")."""
    m = re.fullmatch(r"([A-Z](?:&?[A-Z]){1,5})s?", acronym.strip())
    if not m:
        return False
    letters = m.group(1).replace("&", "").lower()
    for links in ("?", "{0,2}"):
        # (words of one line, none an acronym of its own: "BCOP\nClinical Pharmacist Specialist" spells no "BCPS",
        # session 29)
        sep = r"(?:[^\S\n]|[/-])+(?:(?:of|and|the|for|&|" + _NAME_LINKS + r")[^\S\n]+)" + links
        rx = (r"(?i)(?<![\w-])" + sep.join(rf"(?!(?-i:[A-Z][A-Z0-9&]+)(?![\w'])){c}[\w']*" for c in letters)
              + r"(?![\w-])(?:\s*\((?P<own>[^)]*)\))?")
        for hit in re.finditer(rx, source):
            own = hit.group("own")
            if links != "?" and re.search(r"(?<![\w-])(?!The\b)[A-Z][\w'’.-]*[ \t]+$", source[:hit.start()]):
                continue  # (two linking words: the whole name only, "UP" is not "Polytechnic University of the …")
            if not own or not re.fullmatch(r"[A-Z][A-Za-z0-9&.-]*", own.strip()) or letters in own.lower().replace(
                    "-", "").replace("&", ""):
                return True
    return False


# --- dates ---------------------------------------------------------------------------------------
#: Verbs that make a year in their clause the start or the end of something.
#: (session 22: "…, starting as a paralegal in 2013", "beginning as a recruiting coordinator in January 2017": a
#: career's first role and its start)
START_VERB_RE = re.compile(r"(?i)\b(?:joined|join|started|starting|start|began|beginning|begin|hired|promoted|became|"
                           r"moved\s+to)\b")
END_VERB_RE = re.compile(r"(?i)\b(?:left|departed|quit|ended|until|till)\b")


def year_claim(text: str, start: int) -> str:
    """What the year at ``text[start:]`` claims: ``"start"`` ("since 2019", "joined Tillwise in
    2019"), ``"end"`` ("left Lumen in 2023", "until 2020") or ``"in"`` (anything else). A cue
    word right before the year decides; otherwise the start or end verb nearest to it in the year's
    clause (the text between commas, semicolons or sentence ends around it: "started … in 06/2015 and
    worked there until March 2018" — 2015 is a start)."""
    before = text[max(0, start - 30): start]
    if START_CUE_RE.search(before):
        return "start"
    if re.search(r"(?i)\b(?:until|till|through|to)\s+(?:\w+\.?\s+|\d{1,2}/)?$", before):
        return "end"
    left = re.split(r"[.;!?]\s|,\s(?!\d)", text[max(0, start - 120): start])[-1]
    right = re.split(r"[.;!?](?:\s|$)|,\s(?!\d)", text[start: start + 120])[0]
    clause = left + right
    at = len(left)  # the year's place in the clause; the verb nearest to it decides
    near = [(min(abs(m.start() - at), abs(m.end() - at)), claim) for rx, claim in ((END_VERB_RE, "end"),
            (START_VERB_RE, "start")) for m in rx.finditer(clause)]
    return min(near)[1] if near else "in"


def year_supported(year: int, month: int | None, claim: str, sentence_words: set[str],
                   org_entries: list[Entry] | None, lines: list[tuple[str, set[str], set[int], set[int]]],
                   history: list[Entry], anchors_in_line, sentence_years: set[int] = frozenset()) -> bool:
    """Whether ``year`` (optionally ``month``) in a sentence is backed where the sentence puts it.

    ``claim`` is :func:`year_claim`'s answer; ``lines`` are ``(line, content words, years,
    years other than range ends)``. Backed by a resume line that states the year and shares a
    content word or an anchor with the sentence (``anchors_in_line(line) -> bool``; for a start
    claim not merely as a range end; when the sentence names an entry, the line must name an
    anchor or belong to that entry), or by a history entry the sentence is about: one it names
    (``org_entries``), else one sharing a content word with it (header words for "in", any of
    its words for a start or an end). "in" needs the entry's range to cover the year, a start
    claim its start (and month, when both give one), an end claim its end (not "Present").
    """
    if claim == "in" and len(sentence_years) <= 1:
        # The resume line most about this sentence (sharing ≥ 3 of its content words, more than any other
        # dated line) states another year: "a 2020 Form I-9 audit" when the audit line says 2021,
        # "nitrous oxide endorsement in 2018" when that line says 2019 (2018 is another endorsement's year).
        # (years written as points: a date range's ends say when a job ran, not when its events happened)
        points = [(words, {int(y) for y in YEAR_IN_RE.findall(RANGE_RE.sub(" ", line))}) for line, words, _y, _s in lines]
        scored = [(len(words & sentence_words), years) for words, years in points if years]
        best = max((n for n, _ in scored), default=0)
        if best >= 3 and not any(year in ys for n, ys in scored if n == best):
            return False
    for line, words, years, start_years in lines:
        if year not in (start_years if claim == "start" else years):
            continue
        if org_entries and not anchors_in_line(line) and not any(line in e.text for e in org_entries):
            continue  # the sentence says where: the year must be stated there
        if words & sentence_words or anchors_in_line(line):
            return True
    if org_entries:
        about = org_entries
    elif claim == "in":
        about = [e for e in history if content_words(e.header) & sentence_words]
    else:
        about = [e for e in history if e.words & sentence_words]
    for e in about:
        if claim == "start":
            if e.start == year and (month is None or e.start_month in (None, month)):
                return True
        elif claim == "end":
            if e.end == year and not e.present and (month is None or e.end_month in (None, month)):
                return True
        elif e.start <= year <= e.end:
            return True
    return False
