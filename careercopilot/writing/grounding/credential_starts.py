"""A credential's start date read from its own part of the resume (session 28, ground97; set 24's date misses: "I have
held my ATP certificate since May 2009" when «FAA Commercial Pilot Certificate … — since May 2009 · FAA Airline
Transport Pilot (ATP) — since October 2016»; "I have been a CPL since May 2012" for «… (CPL) — since October 2017 ·
AAPL Registered Professional Landman (RPL) — since May 2012»; "my Virginia PE licence since August 2011" when the
licence line says "since June 2015").

**Claims** (:data:`CUE_RE` before a year or month-year, a credential cue in the words before it):

* "I have held my X certificate / licence / rating since <date>", "I have been a licensed X since <date>",
  "I have been X-certified since <date>", "licensed in <state> since <date>", "board-certified in <year>", "I earned
  / obtained / passed my PE in <year>", "my CDL-A, which I have held since <date>", "I became a CPL in <year>";
* "renewed / recertified in <year>" claims a renewal (any date of the credential's part); every other claim a first
  issue (a date written as a renewal, an expiry or a range's end is no start: "certified 2014, renewed 2023").

**The credential's part**: each resume line is cut at " · ", " • ", ";" and after each date or date range ("AAPL RPL
(2012), CPL (2017)" is two parts); a part without a word of its own ("; renewed 2023") joins the part before. The
sentence's words before the date (its credential: initials, name, state; :data:`_GENERIC` words left out) are matched
to the parts (a capitals word also to the initials of a part's words: "PE" for "Professional Engineer"; a line with a
job's date range and no credential word is a title's, left out): those sharing the most words are the credential's. Best parts without a date ("DANA OYELARAN, PE") are
left out; none dated, or no shared word, leaves the claim to the other date checks (``None``); the sentence's date must otherwise be one of the best parts' start dates
(the year; the month too when both give one). Dates in the CV's language are read from :attr:`SourceFacts.text`
(English month names) and as "03/2015", "2015-03". Kind ``date``, through :mod:`.dated_claims`.

**Lengths** (:func:`overstated`): "held my PE licence for more than eleven years", "been licensed in Louisiana for
more than ten years", "my CDL-A, which I have held for over twenty years" — measured from the best parts' earliest
start to today; only an overstated length is flagged (kind ``date``, through :mod:`.recall_hooks`). Variants in
``tests/unit/writing/test_grounding_credential_starts.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from careercopilot.writing.grounding.text import MONTHS, WORD_NUMBERS, fold_accents

_MONTH = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_YEAR = r"(?:19[5-9]\d|20[0-3]\d)"
#: A date in a resume line: "May 2009", "03/2015", "2015-03", "2015".
DATE_RE = re.compile(rf"(?i)\b(?:(?P<m>{_MONTH})\.?\s+(?P<y>{_YEAR})|(?P<nm>0?[1-9]|1[0-2])[/.](?P<ny>{_YEAR})"
                     rf"|(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])(?![\d])|(?P<yy>{_YEAR}))(?![\w%])")
#: Words before a date that make it no start: a range's end, an expiry, a renewal.
_NOT_START = re.compile(r"(?i)(?:[–—-]|\bto|\buntil|\btill|\bthrough|\bthru|\bexp(?:ires?|iry|\.)?|\bvalid|\brenew\w*|"
                        r"\brecertif\w*|\bre-?certified|\brevalidat\w*|\bre-?registered|\bbis)\s*(?:on\s+|in\s+)?\(?\s*$")
#: A range connector after a date: the date and the next one are one range.
_RANGE_ON = re.compile(r"(?i)^\s*(?:[–—-]|to\b|until\b|bis\b|~)")
#: The cue right before the sentence's date.
CUE_RE = re.compile(rf"(?i)\b(?:since|from|in|as\s+of|back\s+in|starting\s+in)\s+(?:(?P<m>{_MONTH})\.?\s+)?$")
#: Words of a credential claim.
_CRED_CUE = re.compile(r"(?i)\b(?:held|hold|holding|licen[cs]\w*|certif\w*|credential\w*|registered|registration|"
                       r"chartered|accredited|endorse\w*|rating|renewed|recertified|member(?:ship)?\s+of)\b")
#: A verb of holding, earning or standing (a credential's noun alone is no claim of its date: "My Leaving Certificate
#: … students raised their grade from H4 in 2019").
_HOLDING = re.compile(r"(?i)\b(?:held|hold|holding|been|earned|obtained|passed|attained|received|gained|got|became|become|"
                      r"qualified|admitted|renewed|recertified|licen[cs]ed|certified|registered|chartered|accredited)\b")
#: A stay at an employer, not a credential: "been with / at the same … firm", "worked", "joined".
_STAY = re.compile(r"(?i)\bbeen\s+(?:with|at)\b|\b(?:worked|working|joined|employed|roles?|positions?|jobs?|posts?)\b")
#: A job's date range on a line without a credential word: the title's dates, not a credential's
#: ("Travel ICU Registered Nurse | March 2020 – Present", "Residency … Kansas Medical Center, 2011–2014").
_JOB_RANGE = re.compile(r"(?i)(?:19|20)\d\d\s*(?:[–—-]|to)\s*(?:[a-z]+\.?\s+)?(?:(?:19|20)\d\d|present|current|now|date|heute|d\.d\.)")
_CRED_LINE = re.compile(r"(?i)certif|licen[cs]|credential|qualified|registration|\bsince\b")
#: A credential's own word in a part ("… License No. 33418 (CBP) — since October 2014").
_CRED_PART = re.compile(r"(?i)licen[cs]|certif|credential|registration|registered|chartered|permit|diploma")
_RENEW = re.compile(r"(?i)\b(?:renew\w*|recertif\w*|re-?certified|revalidat\w*)\b")
#: Words naming no particular credential.
_GENERIC = frozenset("""
licence license licenses licences licensure certificate certificates certification certifications
credential credentials registration holder held hold holding have has had been being be am is was were
since from in as of back starting my the a an i and or for no lic number nr nbr state board active current currently
earned obtained passed attained received gained became become qualified admitted renewed recertified first initially
originally also still which that who i've ive its it with by on at to this one exam examination card status endorsement
rating full
""".split())
#: Standing words: kept as words of a part, scored only to break a tie.
_STANDING = frozenset("registered certified licensed chartered".split())
_WORD = re.compile(r"[^\W_][\w'’]*")


@dataclass
class Part:
    """One credential's part of a resume line: its words and dates ``(year, month, is_start)``."""
    text: str
    words: set[str] = field(default_factory=set)
    #: initialisms its consecutive words spell ("Professional Engineer" → "pe"; "P.E." → "pe")
    initials: set[str] = field(default_factory=set)
    dates: list[tuple[int, int | None, bool]] = field(default_factory=list)


def _words(text: str) -> set[str]:
    """Lower-case words of ``text`` in one number ("surveyor(s)"; initials as written: "MRICS"), :data:`_GENERIC` out."""
    out = set()
    for raw in _WORD.findall(fold_accents(text).replace("’", "'")):
        w = re.sub(r"'s$", "", raw.lower())
        if w.isdigit() or w in _GENERIC or len(w) < 2 and not w.isalpha():
            continue
        plural = w.endswith("s") and len(w) > 3 and not w.endswith("ss") and not raw.isupper()
        out.add(w[:-1] if plural else w)
    return out


_SKIP = frozenset("of and for in the & de der des du la le".split())


def _initials(text: str) -> set[str]:
    """Initialisms of 2–5 consecutive words of ``text`` ("of"/"and" skipped) and dotted ones ("P.E.")."""
    out = {re.sub(r"\W", "", m.group(0)).lower() for m in re.finditer(r"\b(?:[A-Z]\.){2,5}", text)}
    for run in re.split(r"\s*[,()–—:/]\s*|\s+-\s+", fold_accents(text)):  # (a run of words: no punctuation between)
        words = [w for w in re.findall(r"[^\W\d_][\w']*", run) if w.lower() not in _SKIP]
        for i in range(len(words)):
            for n in range(2, 6):
                if i + n <= len(words):
                    out.add("".join(w[0] for w in words[i:i + n]).lower())
    return out


def _date(m: re.Match) -> tuple[int, int | None]:
    if m.group("m"):
        key = m.group("m").lower()
        return int(m.group("y")), MONTHS.get(key[:4] if key.startswith("sept") else key[:3])
    if m.group("nm"):
        return int(m.group("ny")), int(m.group("nm"))
    if m.group("iy"):
        return int(m.group("iy")), int(m.group("im"))
    return int(m.group("yy")), None


def parts(line: str) -> list[Part]:
    """``line`` cut into credential parts (see the module doc)."""
    pieces: list[str] = []
    for chunk in re.split(r"\s+[·•]\s+|;\s*", line):
        start = 0
        for m in DATE_RE.finditer(chunk):
            after = chunk[m.end():]
            if _RANGE_ON.match(after):
                continue
            close = re.match(r"\s*[)\]]", after)
            end = m.end() + (close.end() if close else 0)
            pieces.append(chunk[start:end])
            start = end
        if chunk[start:].strip(" ,.-–—"):
            pieces.append(chunk[start:])
    out: list[Part] = []
    for piece in pieces:
        words = _words(DATE_RE.sub(" ", piece))
        dates = [(*_date(m), not _NOT_START.search(piece[:m.start()][-24:])) for m in DATE_RE.finditer(piece)]
        if out and not words and dates:
            out[-1].dates += dates  # "; renewed 2023": the part before's renewal
            out[-1].text += piece
            continue
        if words:
            out.append(Part(piece, words, _initials(DATE_RE.sub(" ", piece)), dates))
    return out


def _claim_words(before: str) -> str:
    """The sentence's words naming the credential: the clause before the date cue ("my CDL-A, which I have held")."""
    clause = re.split(r"(?i)[;:]|\s+(?:and|but|while|after|before|when)\s+|[.!?]\s+", before)[-1]
    pieces = clause.split(",")
    text = pieces[-1]
    if len(pieces) > 1 and re.match(r"(?i)\s*(?:which|that|one|a\s+credential)\b", text):
        text = pieces[-2] + "," + text
    return text


def verdict(sentence: str, at: int, year: int, month: int | None, lines: list[str]) -> bool | None:
    """Whether the date at ``sentence[at:]`` (the year's position; ``month`` when a month-year) is a start the
    credential's own resume part gives; ``None`` when the sentence claims no credential's date there or the resume
    dates no part naming it (see the module doc)."""
    cue = CUE_RE.search(sentence[max(0, at - 40):at])
    head = sentence[:max(0, at - 40) + cue.start()] if cue else None
    if head is None:
        return None
    claim = _claim_words(head)
    if _STAY.search(claim):
        return None  # "I have been with the same chartered accountancy firm since …": a stay, :mod:`.durations`'
    if not (_CRED_CUE.search(claim) and _HOLDING.search(claim)) and not re.search(
            r"(?i)\b(?:been|became|become|earned|obtained|passed|got|gained)\s+(?:an?\s+|my\s+|the\s+)?"
            r"(?-i:[A-Z][A-Z0-9-]{1,6})\s*$", claim):  # "I have been a CPL since", "I earned my PE in"
        return None
    chosen = _chosen(claim, lines) or _translated(claim, lines)
    if not chosen:
        return None
    renewal = bool(_RENEW.search(claim))
    dates = [(y, mo) for p in chosen for y, mo, first in p.dates if first or renewal]
    if not dates:
        return None
    return any(y == year and (month is None or mo is None or mo == month) for y, mo in dates)


def _chosen(claim: str, lines: list[str]) -> list[Part]:
    """The dated resume parts sharing the most words with ``claim`` (see the module doc); none when no part shares a
    word other than a standing word, or the best ones are undated."""
    want = _words(claim)
    if not want:
        return []
    caps = {w.lower() for w in re.findall(r"(?<![\w.])[A-Z][A-Z0-9]{1,5}(?![\w.])", claim)}  # "PE", "ATP", "CDL"(-A)
    every = [p for ln in lines if not (_JOB_RANGE.search(ln) and not _CRED_LINE.search(ln)) for p in parts(ln)]
    caps -= {w for p in every for w in p.words}  # (initials the resume writes as a word: "(ATP)" is read there)
    # a standing word ("registered", "certified") only breaks a tie: "a registered professional landman" is the RPL
    # of «AAPL Certified Professional Landman (CPL) · AAPL Registered Professional Landman (RPL)»
    # a body spelled out for the resume's postnominal: "a member of the Royal Institution of Chartered Surveyors" for
    # «MRICS, 06/2015» (the initials, or them after a grade letter: M, F, A)
    spelled = {"".join(w[0] for w in run.split() if w.lower() not in _SKIP).lower()
               for run in re.findall(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w'’-]*)+", claim)}
    spelled = {x for x in spelled if len(x) >= 3}

    def by_spelling(p: Part) -> int:
        """The spelled name's words count as matched (a part naming the body by its initials outscores one sharing
        a few of its words)."""
        return max((len(x) for x in spelled for w in p.words if w == x or len(w) == len(x) + 1 and w.endswith(x)),
                   default=0)

    scored = [(len(want & p.words - _STANDING) + len(caps & p.initials) + by_spelling(p), p) for p in every]
    best = max((s for s, _ in scored), default=0)
    # at least half the claim's own words (a part sharing one word of "Competent Person with Chile's Mining Commission"
    # — «Universidad de Chile» — is no reading of a CV naming it in its own language)
    if best < max(1, len(want - _STANDING) / 2):
        return []
    # (the credential written without a date as well, "JANE DOE, PE", is read from its dated parts; a standing word
    #  breaks a tie among those only: an undated headline «Licensed Customs Broker — …» outscoring «Customs Broker
    #  License … — since October 2014» by "licensed" left "a licensed customs broker since May 2012" unread, ground120)
    standing = {id(p): len(want & p.words & _STANDING) for _, p in scored}
    dated = [p for s, p in scored if s == best and p.dates]
    undated = max((standing[id(p)] for s, p in scored if s == best and not p.dates), default=-1)
    tie = max((standing[id(p)] for p in dated), default=0)
    if undated > tie:  # (an undated part outscores by a standing word: only a dated part naming a credential counts —
        #                 «charge nurse 2 shifts a week from 2017» is no "licensed registered nurse")
        dated = [p for p in dated if _CRED_PART.search(p.text)]
    return [p for p in dated if standing[id(p)] == tie]


def _translated(claim: str, lines: list[str]) -> list[Part]:
    """The dated parts writing a body the claim names in English in the CV's language ("a member of the Austrian
    Cartographic Commission" for «Mitglied, Österreichische Kartographische Kommission (ÖKK) – seit 05/2014»:
    :func:`.line_bodies.translated_on`; ground121), when no part shares the claim's words."""
    from careercopilot.writing.grounding.line_bodies import translated_on

    runs = re.findall(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w'’-]*)+", claim)
    every = [p for ln in lines if not (_JOB_RANGE.search(ln) and not _CRED_LINE.search(ln)) for p in parts(ln)]
    return [p for p in every if p.dates and any(translated_on(run, p.text) for run in runs)]


_NUM = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
#: A length of time after the credential's words: "for more than eleven years", "for over 20 years", "for a decade".
DURATION_RE = re.compile(
    rf"(?i)\bfor\s+(?P<q>more\s+than|over|upwards\s+of|nearly|almost|close\s+to|about|around|roughly|some|well\s+over)?"
    rf"\s*(?:(?P<n>\d{{1,2}}|{_NUM})\s+(?:full\s+)?years?|(?P<d>a|one|two|three)\s+decades?)\b")


def overstated(text: str, lines: list[str], today: date) -> list[tuple[int, int]]:
    """Spans of ``text`` giving a credential a longer holding than its own part's start allows ("I have held my PE
    licence for more than eleven years" when the licence's part says "since April 2016"): "more than / over N" needs
    more than N years, "nearly / almost N" more than N − 1, a plain N at least N − ½. The claim and the part are read
    as for :func:`verdict`; a renewal's or an end year is no start. Only an overstated length is flagged."""
    out = []
    for m in DURATION_RE.finditer(text):
        claim = _claim_words(text[:m.start()])
        if not (_CRED_CUE.search(claim) and _HOLDING.search(claim)) or _STAY.search(claim) or re.search(r"(?i)\b(?:worked|work|served|practi[sc]ed|been\s+an?\s+[a-z]+\s*$)", claim):
            continue
        chosen = _chosen(claim, lines) or _translated(claim, lines)
        starts = [(y, mo or 1) for p in chosen for y, mo, first in p.dates if first]
        if not starts:
            continue
        y, mo = min(starts)
        held = (today.year - y) + (today.month - mo) / 12
        n = float(m.group("n") if (m.group("n") or "").isdigit() else WORD_NUMBERS.get((m.group("n") or "").lower(), 0)) \
            if m.group("n") else 10.0 * {"a": 1, "one": 1, "two": 2, "three": 3}[m.group("d").lower()]
        q = re.sub(r"\s+", " ", (m.group("q") or "").lower())
        if q in ("more than", "over", "upwards of", "well over"):
            bad = held <= n
        elif q in ("nearly", "almost", "close to"):
            bad = held <= n - 1
        else:
            bad = held < n - 0.5
        if bad:
            out.append((m.start() + 4, m.end()))
    return out
