"""Context binding for the grounding checker: a fact must hold *where the sentence puts it*.

A year, a title or a scope word can each occur somewhere in the resume and still be wrong
in the sentence: "Senior Product Designer at Stackfield" when that title was held at
another employer, "since 2020" when 2020 is only a certificate's year, "across every
hospital" when the resume describes one unit. This module splits the resume into

* **lines** (one fact each, as written), and
* **entries**: blocks of a dated history (header lines with a date range such as
  ``March 2019 – Present`` plus their bullets), split at blank lines and where a
  non-bullet line follows a bullet,

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

import re
from dataclasses import dataclass, field

from careercopilot.writing.grounding.text import MONTHS, STOP, norm_words

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_YEAR = r"(?:19[5-9]\d|20[0-3]\d)"
_POINT = r"(?:(?P<{p}m>{mo})\s+|(?P<{p}n>\d{{1,2}})/)?(?P<{p}y>{y})"
#: A date range of a history entry: "March 2019 – Present", "06/2017 - 02/2019", "2012 to 2016".
RANGE_RE = re.compile(
    r"(?i)\b" + _POINT.format(p="s", mo=_MONTH, y=_YEAR) + r"\s*(?:–|—|-|to|until)\s*(?:"
    + _POINT.format(p="e", mo=_MONTH, y=_YEAR) + r"|(?P<present>present|current|now|today)\b)"
)
YEAR_IN_RE = re.compile(rf"(?<![\w$.,-]){_YEAR}(?![\w%]|,\d|\.\d)")
#: A bullet line: the list markers of word processors and plain-text resumes (hyphen, asterisk, en dash,
#: the Unicode bullets, "o", ">", "›", "»", "➢", "►", "✓", "■", "◆") or a numbered item.
BULLET_RE = re.compile(r"^\s*(?:[-•*●▪◦–○>›»➢►▶✓✔■□◆◇]|o(?=\s)|\d+[.)])\s+")
#: "since 2019", "from March 2019", "starting in 2019", "joined in 2019": the year is a start.
START_CUE_RE = re.compile(r"(?i)\b(?:since|from|starting(?:\s+in)?|beginning(?:\s+in)?|began\s+in|joined\s+in)\s+"
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
    every = {int(y) for y in YEAR_IN_RE.findall(line)}
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
    prev_bullet = False
    for line in src.splitlines():
        bullet = bool(BULLET_RE.match(line))
        if not line.strip() or (prev_bullet and not bullet):
            if blocks[-1]:
                blocks.append([])
            prev_bullet = False
            if not line.strip():
                continue
        blocks[-1].append(line)
        prev_bullet = bullet
    out: list[Entry] = []
    for block in blocks:
        ranged = []
        for i, ln in enumerate(block):
            if BULLET_RE.match(ln) or not RANGE_RE.search(ln):
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
            j = i - 1 if i > 0 and not BULLET_RE.match(block[i - 1]) and i - 1 not in ranged else i
            cuts.append(j if not cuts or j > cuts[-1] else i)
        cuts[0] = 0
        for n, (i, c) in enumerate(zip(ranged, cuts, strict=True)):
            part = block[c: cuts[n + 1] if n + 1 < len(cuts) else len(block)]
            start, end, start_month, end_month, present = _line_span(block[i], today_year)
            header = "\n".join(ln for ln in part if not BULLET_RE.match(ln))
            text = "\n".join(part)
            out.append(Entry(start, end, start_month, end_month, header, text, content_words(text), present))
    return out


def _line_span(line: str, today_year: int) -> tuple[int, int, int | None, int | None, bool]:
    """``(start, end, start month, end month, present)`` of the widest span of a line's date ranges
    ("Night Auditor (2016 – 2018); Front Desk Agent (2015 – 2016) | 06/2015 – 03/2018": 06/2015–03/2018)."""
    spans = []
    for m in RANGE_RE.finditer(line):
        present = bool(m.group("present"))
        spans.append((int(m.group("sy")), today_year if present else int(m.group("ey")),
                      _month(m.group("sm"), m.group("sn")), None if present else _month(m.group("em"), m.group("en")),
                      present))
    first = min(spans, key=lambda x: (x[0], x[2] is None, x[2] or 0))  # the earliest start, with its month if given
    last = max(spans, key=lambda x: (x[1], x[4], x[3] is not None, x[3] or 0))
    return first[0], last[1], first[2], last[3], last[4]


def _within(inner: tuple, outer: tuple) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


# --- names --------------------------------------------------------------------------------------
_NAME_TOKEN = re.compile(r"[A-Za-z0-9+#]+")
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
        elif t.isalpha() and (len(t) >= 4 or (abbreviated and i == len(tokens) - 1 and len(t) >= 2)):
            parts.append(low + r"[a-z]*")
        else:
            parts.append(low)
    return re.compile(r" " + r"(?: [a-z0-9+#]+){0,2} ".join(parts) + r" ")


def _long_forms(name: str) -> list[str]:
    """Conventional short forms of school names: "UToledo" / "UMass" (a leading "U" joined to the
    place: "University of Toledo") and "Sacramento State" ("… State University, Sacramento" or
    "Sacramento State University")."""
    out = [name]
    m = re.fullmatch(r"U([A-Z][a-z]{2,})", name.strip())
    if m:
        out.append(f"University of {m.group(1)}")
    m = re.fullmatch(r"([A-Z][a-z]+) State", name.strip())
    if m:
        out.append(f"State University {m.group(1)}")
    return out


def name_in(name: str, squashed_source: str, *, abbreviated: bool = False) -> bool:
    """``name`` (or a short form of a name in the source, see :func:`name_pattern`) occurs in it.
    ``abbreviated``: the name's last word was written with a full stop ("Div." for "Division",
    "Dept." for "Department"), so it may be clipped to any length ≥ 2."""
    for form in _long_forms(name):
        rx = name_pattern(form, abbreviated=abbreviated)
        if rx and rx.search(squashed_source):
            return True
    return False


def initialism_in(acronym: str, source: str) -> bool:
    """``acronym`` (2–6 capitals, "&" allowed, a plural "s" dropped: "ABGs", "P&C", "MSAs") spells
    the initials of consecutive words of the raw ``source`` text ("arterial blood gas", "Property &
    Casualty", "master service agreements"); "of", "and", "the", "for", "&" between them may be
    skipped. The expansion comes from the resume itself, never from a dictionary, and not when the
    resume gives those words another acronym right after them ("SHRM Certified Professional
    (SHRM-CP)" does not spell "SCP")."""
    m = re.fullmatch(r"([A-Z](?:&?[A-Z]){1,5})s?", acronym.strip())
    if not m:
        return False
    letters = m.group(1).replace("&", "").lower()
    rx = (r"(?i)(?<![\w-])" + r"[\s/-]+(?:(?:of|and|the|for|&)\s+)?".join(rf"{c}[a-z0-9']*" for c in letters)
          + r"(?![\w-])(?:\s*\((?P<own>[^)]*)\))?")
    for hit in re.finditer(rx, source):
        own = hit.group("own")
        if not own or not re.fullmatch(r"[A-Z][A-Za-z0-9&.-]*", own.strip()) or letters in own.lower().replace(
                "-", "").replace("&", ""):
            return True
    return False


# --- dates ---------------------------------------------------------------------------------------
#: Verbs that make a year in their clause the start or the end of something.
START_VERB_RE = re.compile(r"(?i)\b(?:joined|join|started|start|began|begin|hired|promoted|became|moved\s+to)\b")
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
