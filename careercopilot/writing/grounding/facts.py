"""The user's sources prepared for the grounding checker (:class:`SourceFacts`) and the span
type it returns (:class:`Flag`); small span helpers shared by the detectors."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from careercopilot.normalize.skills import _find as skills_find
from careercopilot.normalize.skills import extract_skills
from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding import entities as ent
from careercopilot.writing.grounding import degree_initials
from careercopilot.writing.grounding.locale_forms import english_forms, national_degree_levels, native_degrees
from careercopilot.writing.grounding.text import (
    EMAIL_RE, MONTH_YEAR_RE, MONTHS, PHONE_RE, YEAR_RE, find_urls, norm_words, quantities, romanised,
    squash,
)


@dataclass(frozen=True)
class Flag:
    """One unsupported span of a document: ``text[start:end]``."""

    kind: str
    start: int
    end: int
    text: str
    message: str
    source: str = "rule"  # rule | judge


@dataclass
class SourceFacts:
    """What the user's sources say, prepared once per document check.

    Build with :meth:`from_texts`. ``allowed`` are strings the document may name without
    their being the user's facts (the posting's company and title, the user's name). ``text`` is
    read with its locale figures and dates in English form (:mod:`.locale_forms`: "€ 4,8 Mio." →
    "€ 4.8 million", "seit April 2020" → "since April 2020"); ``original`` keeps the text as given.
    ``posting``: the text of the posting the document is written for ("" when none) — never a source of the
    user's facts; a name it writes passes only where the document names it as the posting's
    (:mod:`.posting_names`: "I would welcome learning Epic", not "I used Epic").
    """

    text: str
    allowed: list[str] = field(default_factory=list)
    today: date = field(default_factory=date.today)
    posting: str = ""

    def __post_init__(self) -> None:
        self.original = self.text
        self.text = src = english_forms(self.text)
        self.lines = [ln for ln in _LINE_SPLIT.split(src) if ln.strip()]
        self.lines += wrapped_bullets(src)
        # names a line writes in another script, romanised ("Врбас" → "vrbas"): a name in Latin letters finds them
        # through :func:`.context.name_in`'s :func:`.text.roman_key` form
        self.squashed = squash(src) + squash(romanised(self.original))
        self.allowed_squashed = squash(" ".join(self.allowed))
        self.emails = {m.group(0).lower() for m in EMAIL_RE.finditer(src)}
        masked_src = EMAIL_RE.sub(" ", src)
        self.urls = {norm_url(u) for _, _, u in find_urls(masked_src)}
        self.phones = {re.sub(r"\D", "", m.group(0))[-7:] for m in PHONE_RE.finditer(src)}
        self.years = {int(y) for y in YEAR_RE.findall(src)}
        self.month_years = {(MONTHS[m.group("m").lower().rstrip(".")[:4] if m.group("m").lower()[:4] == "sept"
                                    else m.group("m").lower()[:3]], int(m.group("y")))
                            for m in MONTH_YEAR_RE.finditer(src)}
        # numeric months: "2017-01" (ISO 8601) and "09/2018"
        self.month_years |= {(int(mo), int(y)) for y, mo in re.findall(r"(?<![\d-])((?:19|20)\d\d)-(0[1-9]|1[0-2])(?![\d-])", src)}
        self.month_years |= {(int(mo), int(y)) for mo, y in re.findall(r"(?<![\d/])(0?[1-9]|1[0-2])/((?:19|20)\d\d)\b", src)}
        spans = [(m.start(), m.end()) for rx in (EMAIL_RE, PHONE_RE) for m in rx.finditer(src)]
        spans += [(s_, e_) for s_, e_, _ in find_urls(src)]
        spans += [(m.start(), m.end()) for m in YEAR_RE.finditer(src)]
        self.quantities = quantities(src, masked=spans)
        first = min((y for y in self.years if y >= 1960), default=self.today.year)
        self.tenure_years = max(0, self.today.year - first)
        self.skills = set(extract_skills(src))
        self.tool_surfaces: dict[str, set[str]] = {}  # canonical skill → the resume's spellings of it
        for s_, e_, name in skills_find(src):
            self.tool_surfaces.setdefault(name, set()).add(ent.surface_key(src[s_:e_]))
        self.allowed_skills = set(extract_skills(" ".join(self.allowed)))
        self.titles = {norm_title(t) for _, _, t in ent.find_titles(ent.uncap(src))}
        self.allowed_titles = {norm_title(t) for a in self.allowed for _, _, t in ent.find_titles(a)} | {
            norm_title(a) for a in self.allowed}
        self.degrees = ent.resume_degree_keys(src) + degree_initials.degree_keys(src)  # "M.S.C.E. (Structural)"
        # level → entries with a field in the CV's language that no reading here parses ("Lisans, İnşaat Mühendisliği",
        # "학사"); a field read in English form ("Mestrado em Fitotecnia" → "Master's degree in Fitotecnia") is
        # checked by its cognates instead
        self.native_degrees = {lvl: kept for lvl, entries in native_degrees(self.original).items() if (kept := [
            x for x in entries if not any(k == lvl and w for k, _, w in ent.resume_degree_keys(english_forms(x)))])}
        self.line_words = [set(norm_words(ln)) | set(re.findall(r"[a-z0-9]+", ln.lower())) for ln in self.lines]
        self.history = ctx.entries(src, self.today.year)
        for native, english in title_glosses(src):  # "Skogsförvaltare (Forest Manager)" once, "Skogsförvaltare" in a header
            for e in self.history:  # (not a degree's entry: "BSc Gyógytornász" is a study, not the job)
                if not _degree_entry(e.header) and _glossed_in(native, e.header) and english.lower() not in e.header.lower():
                    # (also in lower case: its tail is the title, its first words the domain, "site manager" for
                    # "Fish Farm Site Manager")
                    e.header += f"\n{english}" + (f"\n{english.lower()}" if len(english.split()) >= 3 else "")
        # dated entries that name a degree ("Master of Economics — Πανεπιστήμιο Πειραιώς | 2009 – 2014"): a study, no
        # employer for an employment claim (session 20: their romanised organisations, added in session 19, had made
        # "I worked at Panepistimio Peiraios" pass)
        self.study_entries = [_study_entry(e.header) for e in self.history]
        self.line_info = [(ln, ctx.content_words(ln), *ctx.line_years(ln)) for ln in self.lines]
        from careercopilot.writing.grounding.numbers import derived_quantities

        # a figure and the one it is compared with across a ";" of one line ("availability 98,6 % i 2025;
        # kontraktkrav 97,0 %"): the physical line too
        self.derived = derived_quantities(self.lines + [ln for ln in src.splitlines() if ";" in ln])
        self.line_tags = {ln: _line_tags(ln) for ln in self.lines}
        self.entry_orgs = [squash(ctx.RANGE_RE.sub(" ", ent.TITLE_RE.sub(" | ", e.header))) + squash(romanised(e.header))
                           for e in self.history]
        # a native-script name glossed once ("โรงพยาบาลลานนาเวช (Lanna Vej Hospital, 620 beds)") names that
        # employer in English wherever it recurs alone (the next entry's "โรงพยาบาลลานนาเวช")
        for native, latin in native_glosses(src):
            # (or one space-separated piece of it that is no bare legal form: "北摂中央病院" of "医療法人淀川会 北摂中央病院",
            # session 21)
            pieces = [native] + [p for p in native.split() if len(p) >= 3 and p not in _CJK_LEGAL_FORMS]
            self.entry_orgs = [org if latin in org or not any(p in e.header for p in pieces) else f"{org}{latin} "
                               for e, org in zip(self.history, self.entry_orgs, strict=True)]
        self.header_titles = sorted({n for e in self.history for _, _, t in ent.find_titles(ent.uncap(e.header))
                                     if len((n := norm_title(t)).split()) >= 2}, key=len, reverse=True)

    @classmethod
    def from_texts(cls, *sources: str, allowed: Iterable[str] = (), today: date | None = None,
                   posting: str = "") -> SourceFacts:
        """Facts from the user's source texts (resume, profile); ``allowed`` and ``posting`` as in the class doc."""
        return cls("\n".join(s for s in sources if s), [a for a in allowed if a], today or date.today(), posting or "")


#: Resume lines: line breaks, inline bullets, semicolons and sentence ends — not the full stop of an
#: abbreviation ("19 days vs. 31", "approx. 40", "St. Thomas": lower case or a digit follows, or a
#: two-letter capitalised word ends there).
_LINE_SPLIT = re.compile(r"[\n•]|(?<=;)\s|(?<![\s(][A-Z][a-z]\.)(?<=\.)\s(?![a-z0-9])")


#: A name in a non-Latin script followed by its Latin form in parentheses: "โรงพยาบาลลานนาเวช (Lanna Vej Hospital,
#: 620 beds)", "Київська політехніка (Kyiv Polytechnic)", "東京大学 (University of Tokyo)".
_GLOSS_RE = re.compile(r"(?P<native>[^\x00-\u024f\s()|•·,;/]+(?:[ \u00a0][^\x00-\u024f\s()|•·,;/]+){0,4})\s*"
                       r"\((?P<latin>[A-Z][\w'’&.-]*(?:[ \u00a0][\w'’&.-]+){0,6})\s*[,)]")


#: Bare legal forms of Japanese, Chinese and Korean organisations (Japan's Companies Act and Medical Care Act forms,
#: China's Company Law, Korea's Commercial Act): a piece of a native name that names no organisation alone.
_CJK_LEGAL_FORMS = frozenset("株式会社 有限会社 合同会社 合資会社 合名会社 医療法人 社会福祉法人 学校法人 一般社団法人 公益財団法人 "
                             "独立行政法人 有限公司 股份有限公司 有限责任公司 集团 集團 公司 주식회사 유한회사".split())


def native_glosses(text: str) -> list[tuple[str, str]]:
    """``(native, latin)`` name pairs of ``text`` (:data:`_GLOSS_RE`): the native name as written, the Latin one
    squashed (:func:`.text.squash`)."""
    return [(n, lat) for m in _GLOSS_RE.finditer(text)
            if len(n := m.group("native")) >= 3 and (lat := squash(m.group("latin")).strip())]


#: A title in the CV's language glossed in English in parentheses at the start of a line or after a
#: separator: "Geolog Eksplorasi Senior (Senior Exploration Geologist)", "Skogsförvaltare (Forest Manager)",
#: "gyógytornász-fizioterapeuta (physiotherapist)".
_TITLE_GLOSS_RE = re.compile(r"(?:^|(?<=[—–|·:]\s))[ \t]*(?P<native>[^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*){0,4})"
                             r"[ \t]*\((?P<en>[A-Za-z][\w'’-]*(?:[ \t][A-Za-z][\w'’-]*){0,5})\)", re.M)


#: Company-form suffixes after a name that read as degree initials ("Frøyhavet Laks AS": aksjeselskap, not an
#: Associate of Science; ISO 20275 entity legal forms of Norway, Sweden, Germany, Spain, the Netherlands, Finland).
_COMPANY_FORMS = frozenset("AS ASA AB AG SA BV NV OY OYJ SE".split())


def _study_entry(header: str) -> bool:
    """A history entry's ``header``, up to the end of its first dated line (the lines after it are the entry's own
    text, or a second column's), names a degree — not a company's legal form, dotted or not ("Cafés del Ruiz
    S.A.S.": no "A.S." degree), a US state code after a place, a firm's "& Associates" or a doctoral candidate's post."""
    lines = header.splitlines()
    ends = [i for i, ln in enumerate(lines) if ctx.RANGE_RE.search(ln)]
    head = "\n".join(lines[:ends[0] + 1] if ends else lines)
    return _degree_entry(head) and any(
        t.replace(".", "").upper() not in _COMPANY_FORMS and not re.search(r"\w\.$", head[:s])
        # a place's state code ("Boston, MA"), a firm's "& Associates", a doctoral candidate's post ("PhD Candidate")
        and not (re.fullmatch(r"[A-Z]{2}", t) and (re.search(r",\s*$", head[:s]) or _state_list(head, s)))
        and not re.search(r"(?:&|\band)\s*$", head[:s])
        and not re.match(r"\s+(?:candidate|student|researcher|fellow)\b", head[e:], re.I)
        for s, e, t in ent.find_degrees(head))


def _state_list(head: str, at: int) -> bool:
    """The two capitals at ``head[at:]`` end a place in a list of places with US state codes and no commas ("3 DCs:
    Memphis TN, Olive Branch MS, Jackson TN": "MS" is Mississippi, not a Master of Science; session 24, set 20)."""
    from careercopilot.normalize.location import us_state_code

    line = head[head.rfind("\n", 0, at) + 1:].split("\n", 1)[0]
    pairs = [m.group(1) for m in re.finditer(r"\b[A-Z][a-z]+[ \t]+([A-Z]{2})\b", line) if us_state_code(m.group(1))]
    return re.search(r"\b[A-Z][a-z]+[ \t]+$", head[:at]) is not None and len(pairs) >= 2


def _degree_entry(header: str) -> bool:
    """``header`` names a degree (:func:`.entities.find_degrees`), not a company's legal form after its name."""
    return any(not (t in _COMPANY_FORMS and re.search(r"[A-ZÀ-Þ][\w'’.-]*[ \t]+$", header[:s]))
               for s, _, t in ent.find_degrees(header))


def _glossed_in(native: str, header: str) -> bool:
    """A header writes the glossed ``native`` title: whole, or its first word alone on a line's title cell when that
    word is the title's head and the rest its domain ("Driftsleder | 03.2020 – d.d." for "Driftsleder havbruk
    (Fish Farm Site Manager)", session 16)."""
    if re.search(rf"(?i)(?<![\w-]){re.escape(native)}(?![\w-])", header):
        return True
    first = native.split()[0]
    return " " in native and len(first) >= 6 and re.search(
        rf"(?im)^[ \t]*{re.escape(first)}[ \t]*(?:[|,–—]|$)", header) is not None


def title_glosses(text: str) -> list[tuple[str, str]]:
    """``(native, english)`` pairs of ``text`` where the English gloss names a title (:func:`.entities.find_titles`,
    in any case: "(lead physiotherapist)") and the native phrase is written otherwise (at least four letters)."""
    out = []
    for m in _TITLE_GLOSS_RE.finditer(text):
        native, english = m.group("native").strip(), m.group("en").strip()
        if len(native) >= 4 and native.lower() != english.lower() and ent.find_titles(english.title()):
            # "gyógytornász-fizioterapeuta (physiotherapist)": each of two joined native words names it
            parts = native.split("-") if " " not in native and " " not in english and native.count("-") == 1 else []
            out += [(n, english) for n in [native, *parts] if len(n) >= 4]
    return out


#: A bullet line: its indentation, marker and text.
_BULLET_RE = re.compile(r"^(?P<indent>[ \t]*)[•*▪‣◦·-][ \t]+(?P<text>\S.*)$")


def wrapped_bullets(text: str) -> list[str]:
    """Bullets wrapped over several physical lines, each joined into one line ("• Memimpin program pengeboran
    …: 1.240 lubang bor," + "  total 31.850 meter (2021–2025)"): a figure and its year on two lines of one
    bullet. A continuation line is indented deeper than the bullet's marker and is no bullet itself. Added to
    the lines, not instead of them."""
    out: list[str] = []
    raw = text.splitlines()
    for i, line in enumerate(raw):
        m = _BULLET_RE.match(line)
        if not m:
            continue
        parts, depth = [m.group("text")], len(m.group("indent").expandtabs())
        for nxt in raw[i + 1:]:
            indent = len(nxt) - len(nxt.lstrip())
            if not nxt.strip() or _BULLET_RE.match(nxt) or len(nxt[:indent].expandtabs()) <= depth:
                break
            parts.append(nxt.strip())
        if len(parts) > 1:
            out.append(" ".join(parts))
    return out


def norm_url(url: str) -> str:
    u = url.lower().rstrip(".,;:!?)]}'\"/")
    u = re.sub(r"^https?://", "", u)
    return u[4:] if u.startswith("www.") else u


def norm_title(t: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", t.lower()))


def overlaps(a: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


# --- per-kind checks -------------------------------------------------------------------------

#: Abbreviations that number what follows them, not a sentence's end, before a figure: "County Court at Law No. 2",
#: "Div. 3", "Dist. 4", "Pct. 4", "Sta. 12", "Nr. 5", "Art. 12", "Vol. 3", "approx. 40" (session 23, set 19).
NUMBERING_ABBREVIATIONS = ("No", "Nos", "no", "Nr", "nr", "Vol", "Art", "Sec", "Ch", "Pt", "Div", "Dist", "Ct", "Rm",
                           "Ste", "Bldg", "Apt", "Pct", "Prec", "Sta", "Stn", "Reg", "Dept", "Fig", "Lvl", "Gr", "Op",
                           "approx", "ca", "Mk", "Rte", "Hwy", "Sq", "Bn", "Regt")
_NOT_BEFORE_FIGURE = "".join(rf"(?<!\b{a}\.)" for a in NUMBERING_ABBREVIATIONS)
# (titles and place abbreviations before a name — "Dr. Okafor", "St. Luke's" — still end a sentence here: the resume's
#  own lines are read the same way, and its names and years are tied by that reading)
_SENTENCE_END = re.compile(rf"(?<=[.!?])(?:{_NOT_BEFORE_FIGURE}|(?!\s+\d))\s+(?=[A-Z0-9\"'“(])|\n+")


def sentence_at(text: str, pos: int) -> str:
    """The sentence of ``text`` around character ``pos``."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > pos:
            return text[start:m.start()]
        start = m.end()
    return text[start:]



_EDU_LINE = re.compile(r"\b(?:University|College|School|Institute|Academy|Polytechnic)\b")
EDU_WORDS = re.compile(r"(?i)\b(?:degree|graduat\w*|diploma|studied|bachelor\w*|master\w*|doctorate)\b")
CERT_WORDS = re.compile(r"(?i)\b(?:certif\w*|licen[cs]\w*|credential\w*)\b")


def _line_tags(line: str) -> set[str]:
    """``edu`` for a degree or school line, ``cert`` for a certification line."""
    tags = set()
    if ent.find_degrees(line) or _EDU_LINE.search(line) or national_degree_levels(line):  # "… 大阪大学 … 学士"
        tags.add("edu")
    if ent.find_certifications(line):
        tags.add("cert")
    return tags


