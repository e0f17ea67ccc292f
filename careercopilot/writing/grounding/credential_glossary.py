"""A credential named in English that the resume writes in its own language or by its short form (ground98, issue 12;
set 24's false flags "my master craftsman's certificate in hearing-aid acoustics since March 2016" for "Meisterbrief im
Hörakustiker-Handwerk — seit 03/2016", "an additional qualification in paediatric hearing-aid fitting" for
"Pädakustik-Zusatzqualifikation (Kinderversorgung)", "a postgraduate certificate in urgent and emergency care from
Huddersfield" for "PGCert Urgent and Emergency Care, University of Huddersfield", "a Norwegian trade certificate as an
automation technician" for "Fagbrev, automatikerfaget", "a U.S. Coast Guard six-pack captain's licence" for "Operator of
Uninspected Passenger Vessels (OUPV)" — variants in ``tests/unit/writing/test_grounding_credential_glossary.py``).

:data:`GLOSSARY` pairs an English name with the forms a resume writes. A sentence's English name (:func:`mentions`) is
the resume's credential when one raw line writes a form of it and the sentence's words after the name — the field,
trade or school ("in urgent and emergency care", "as an automation technician", "from Huddersfield") — are that line's:

* a word is *explained* by the line when the line writes it, a cognate (:func:`.names.cognate`), its first four
  letters, its first five inside a compound ("automation" in "automatikerfaget") or a root of :data:`ROOTS`
  ("paediatric" in "Pädakustik", "fitting" in "Kinderversorgung");
* every capitalised word (a school, a place) must be explained; of the others a holder's noun ("technician") may be
  left unexplained, and one word in three ("aid" of "paediatric hearing-aid fitting");
* a country's adjective before the name ("a Norwegian trade certificate") must be the resume's country
  (:func:`.national_credentials._from_country`).

Cleared (:mod:`.cleared`): the ``certification`` flag on the name, a ``number`` flag inside it ("six" of "six-pack"),
and a ``date`` flag of "since <month> <year>" / "earned in <year>" when that line writes the date. "A postgraduate
certificate in critical care", "a master craftsman's certificate" on a journeyman's CV ("Gesellenbrief") or "since
March 2015" for "seit 03/2016" stay flagged.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.text import fold_accents

_S = r"(?:'s|’s|s)?"
#: (English name, the resume's forms, source). Forms are read case-insensitively on one raw resume line.
GLOSSARY: tuple[tuple[str, str, str], ...] = (
    (rf"master\s+(?:craftsman{_S}|(?P<trade>[a-z]{{4,}}){_S})\s+(?:certificate|diploma|qualification|title|"
     rf"exam(?:ination)?|licen[cs]e)",
     r"Meisterbrief|Meisterpr[üu]e?fung|Meistertitel|Meisterschule|[A-Za-zäöü-]+meister(?:in)?\b|\bMeister(?:in)?\b|"
     r"mesterbrev|m[äa]starbrev|meesterdiploma|brevet\s+de\s+ma[îi]trise",
     "Handwerksordnung §§45–51 (Meisterprüfung, Meistertitel); Europass certificate supplements: 'master craftsman'"),
    (rf"journeyman{_S}\s+(?:certificate|diploma|papers|qualification)|apprenticeship\s+certificate",
     r"Gesellenbrief|Gesellenpr[üu]e?fung|Facharbeiterbrief|svennebrev|ges[äa]llbrev|fagbrev",
     "Handwerksordnung §31 (Gesellenprüfung); Udir (Norway): 'fagbrev/svennebrev — trade/journeyman's certificate'"),
    (r"trade\s+certificate|craft\s+certificate|vocational\s+certificate|trade\s+qualification|craft\s+qualification",
     r"fagbrev|svennebrev|yrkesbevis|Facharbeiterbrief|Gesellenbrief|vakbekwaamheidsbewijs|\bCAP\b",
     "Udir (Norwegian Directorate for Education and Training), vilbli.no English pages: fagbrev = trade certificate"),
    (r"additional\s+qualification|add-on\s+qualification|supplementary\s+qualification",
     r"Zusatzqualifikation|Zusatzausbildung|Zusatzbezeichnung|aanvullende\s+kwalificatie|"
     r"qualification\s+compl[ée]mentaire|qualifica\s+aggiuntiva",
     "German 'Zusatzqualifikation' (Duden: additional qualification)"),
    (r"post-?graduate\s+certificate|graduate\s+certificate",
     r"\bPG\s*Cert\b|\bPGCert\b|\bPgCert\b|Post[- ]?graduate\s+Cert(?:ificate)?\b",
     "QAA, The Frameworks for HE Qualifications of UK Degree-Awarding Bodies (2014), FHEQ level 7: PGCert"),
    (r"post-?graduate\s+diploma|graduate\s+diploma",
     r"\bPG\s*Dip\b|\bPGDip\b|\bPgDip\b|\bPGD(?:M|BA|BM)\b|Post[- ]?graduate\s+Dip(?:loma)?\b",
     "QAA FHEQ (2014), level 7: PGDip; India's AICTE: PGDM, Post Graduate Diploma in Management"),
    (rf"six[- ]?pack(?:\s+(?:captain{_S}|charter|skipper{_S}|boat|operator{_S}))?\s+(?:licen[cs]e|ticket|credential|"
     rf"captain)|six[- ]?pack\s+captain",
     r"\bOUPV\b|Operator\s+of\s+(?:an\s+)?Uninspected\s+Passenger\s+Vessels?",
     "46 CFR 10.107: OUPV, at most six passengers for hire ('six-pack' in US charter use)"),
)
_GLOSSARY = [(re.compile(rf"(?i)\b(?:{e})(?![\w-])"), re.compile(rf"(?i){n}")) for e, n, _ in GLOSSARY]

#: Roots a compound of the CV's language holds for an English field word (German/Scandinavian/Dutch compounds):
#: English word → roots (folded, lower case).
ROOTS: dict[str, tuple[str, ...]] = {
    "paediatric": ("pad", "paed", "pediatr", "kinder", "barn"), "pediatric": ("pad", "paed", "pediatr", "kinder", "barn"),
    "child": ("kinder", "kind", "barn"), "children": ("kinder", "kind", "barn"), "infant": ("saugling",),
    "fitting": ("versorgung", "anpassung", "tilpasning"), "care": ("versorgung", "pflege", "omsorg", "pleie", "zorg"),
    "hearing": ("hor", "akust", "audio", "audi"), "acoustics": ("akust",), "acoustician": ("akust",),
    "automation": ("automat",), "electrical": ("elektr",), "electrician": ("elektr",), "electronics": ("elektron",),
    "mechanic": ("mechani", "mekani"), "mechanical": ("mechani", "mekani"), "plumbing": ("sanitar", "rorlegg", "install"),
    "welding": ("schweis", "sveis", "svets", "las"), "carpentry": ("tischler", "schreiner", "snekker", "tomrer", "zimmer"),
    "baking": ("backer", "bakeri", "baker", "bager", "bakker", "boulang", "panader", "padeir"), "optics": ("optik",),
    "baker": ("backer", "bakeri", "bager", "bakker", "boulang", "panader", "padeir"), "optician": ("optik", "optic"),
    "butcher": ("metzger", "fleischer", "slakter", "slager", "carnicer", "boucher", "macell"),
    "carpenter": ("tischler", "schreiner", "zimmer", "snekker", "tomrer", "timmerm", "carpinter", "menuis", "charpent"),
    "joiner": ("tischler", "schreiner", "snekker", "menuis"),
    "plumber": ("installateur", "klempner", "rorlegg", "rorlaggar", "fontaner", "encanador", "plombier", "idraulic"),
    "hairdresser": ("friseur", "frisor", "peluquer", "cabeleire", "coiffeu", "parrucch", "kapper"),
    "painter": ("maler", "pintor", "peintre", "schilder"), "bricklayer": ("maurer", "murer", "albanil", "pedreir", "macon"),
    "pastry": ("konditor", "pastel", "patiss", "confeit", "pasticc"), "roofer": ("dachdeck", "taktekk", "couvreur"),
    "confectionery": ("konditor", "confeit", "confiser"), "chef": ("koch", "kokk", "cocin", "cuisin", "cozinh", "cuoc"),
}
#: A holder's noun after "as a": the trade's person, which a line names by the trade ("as an automation technician").
_HOLDER = re.compile(r"(?:ician|icians|ist|ists|er|ers|or|ors|ic|ics|wright|smith|man|woman|maker)$")
_STOP = frozenset("a an the in of and as for from with my our at on by to its their".split())
#: Where the words about the credential end: a date, a clause break, a relative clause.
_END = re.compile(r"(?i)[,;.:()]|\b(?:since|earned|awarded|obtained|gained|in\s+(?:19|20)\d\d|which|that|and\s+I|"
                  r"I\s+have|held|issued|valid)\b")


def _sentence(text: str, pos: int) -> tuple[int, int]:
    starts = [m.end() for m in re.finditer(r"[.!?]\s+", text[:pos])]
    a = starts[-1] if starts else 0
    m = re.search(r"[.!?](?:\s|$)", text[pos:])
    return a, pos + m.start() + 1 if m else len(text)


def _explained(word: str, tokens: set[str]) -> bool:
    from careercopilot.writing.grounding.names import cognate

    w = fold_accents(word).lower()
    if w in tokens or any(cognate(w, t) or (len(w) >= 4 and len(t) >= 4 and t[:4] == w[:4]) for t in tokens):
        return True
    if len(w) >= 6 and any(w[:5] in t for t in tokens if len(t) >= 8):
        return True  # "automation" in "automatikerfaget"
    return any((t.startswith(r) if len(r) <= 4 else r in t) for r in ROOTS.get(w, ()) for t in tokens)


def glossed_tokens(line: str, raw: list[str]) -> set[str]:
    """English words the resume glosses, anywhere, a title or trade word of ``line`` with: «Orgonaépítő (organ builder)
    | 2010 – 2017» glosses "orgonaépítő" of «Mestervizsga (…), orgonaépítő, … – 2014. 05.» as "organ builder"
    (:data:`.facts._TITLE_GLOSS_RE`; ground121, set 26: "the master craftsman examination in organ building")."""
    from careercopilot.writing.grounding.facts import _TITLE_GLOSS_RE

    tokens = set(re.findall(r"[a-z0-9]+", fold_accents(line).lower()))
    out: set[str] = set()
    for m in _TITLE_GLOSS_RE.finditer("\n".join(raw)):
        native = re.findall(r"[a-z0-9]+", fold_accents(m.group("native")).lower())
        if native and set(native) <= tokens:
            out |= set(re.findall(r"[a-z0-9]+", m.group("en").lower()))
    return out


def _field_ok(rest: str, line: str, *, names: bool = True, raw: list[str] = ()) -> bool:
    """The words after the credential's name (``rest``) are ``line``'s, or the English words the resume glosses a word
    of the line with (:func:`glossed_tokens`) (module doc); without ``names`` its capitalised words (a school in
    another form: "from Wits" for "University of the Witwatersrand") are left to the name checks."""
    tokens = set(re.findall(r"[a-z0-9]+", fold_accents(line).lower())) | glossed_tokens(line, list(raw))
    words = [w for w in re.findall(r"[A-Za-zÀ-ž]+", rest) if w.lower() not in _STOP and len(w) >= 3
             and (names or not w[0].isupper())]
    loose = [w for w in words if not _explained(w, tokens)]
    if any(w[0].isupper() for w in loose):
        return False  # a school or place the line does not name
    generic = [w for w in loose if not _HOLDER.search(w.lower())]
    if words and len(loose) == len(words):
        return False  # nothing of it on the line ("as a welder" for "automatikerfaget")
    return all(len(w) <= 3 for w in generic) and len(generic) <= len(words) // 3


def _country_ok(text: str, start: int, original: str) -> bool:
    """No country's adjective right before the name, or the resume's own country's."""
    from careercopilot.writing.grounding.demonyms import DEMONYMS
    from careercopilot.writing.grounding.national_credentials import _from_country

    before = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, start - 30):start])
    if not before or before.group(1) not in DEMONYMS:
        return True
    return _from_country(before.group(1), original)


def mentions(text: str, start: int, end: int, raw: list[str], original: str, *, names: bool = True) -> list[str]:
    """Raw resume lines that write the credential an English name of :data:`GLOSSARY` overlapping ``text[start:end]``
    names, with the sentence's words about it (module doc)."""
    a, b = _sentence(text, start)
    out = []
    for english, native in _GLOSSARY:
        for m in english.finditer(text, a, b):
            if not (m.start() < end and start < m.end()) or not _country_ok(text, m.start(), original):
                continue
            stop = _END.search(text, m.end(), b)
            rest = (m.groupdict().get("trade") or "") + " " + text[m.end():stop.start() if stop else b]  # ("master baker's")
            out += [ln for ln in raw if (native.search(ln) or english.search(ln))
                    and _field_ok(rest, ln, names=names, raw=raw)]
    return out


def named(text: str, start: int, end: int, raw: list[str], original: str) -> bool:
    """The flagged span ``text[start:end]`` (a credential, or a figure inside one: "six" of "six-pack") is a glossary
    credential a resume line writes (module doc)."""
    return bool(mentions(text, start, end, raw, original))


def dated(text: str, start: int, end: int, raw: list[str], original: str) -> bool:
    """The flagged date ``text[start:end]`` ("March 2016", "2008") is the date a line writing the sentence's glossary
    credential gives it ("seit 03/2016", "Fagbrev, automatikerfaget, 2008")."""
    from careercopilot.writing.grounding.dated_claims import _window_has
    from careercopilot.writing.grounding.text import MONTH_YEAR_RE, MONTHS

    a, b = _sentence(text, start)
    m = MONTH_YEAR_RE.fullmatch(text[start:end].strip())
    if m:
        key = m.group("m").lower()
        year, month = int(m.group("y")), MONTHS.get(key[:4] if key.startswith("sept") else key[:3])
    elif re.fullmatch(r"(?:19|20)\d\d", text[start:end].strip()):
        year, month = int(text[start:end].strip()), None
    else:
        return False
    return any(_window_has(ln, year, month) for ln in mentions(text, a, b, raw, original))


#: A sentence that says the user holds the credential it names ("I hold a …", "my …", "earned a …").
_HOLDING = re.compile(r"(?i)\b(?:I\s+(?:also\s+)?(?:hold|held|have|earned|completed|obtained|gained|passed|am)|I['’]ve|my|"
                      r"earned|holding|with\s+an?)\b[^.!?]{0,60}$")


#: "an HCPC-registered paramedic", "an NMC-registered nurse": a register's initials, then the profession registered
#: ("certified"/"licensed" are :mod:`.credential_roles`' and the certification check's: "an OTTIAQ-certified translator"
#: for a "traductrice agréée" line).
_BODY_REGISTERED = re.compile(r"\b(?:an?|as\s+an?)\s+(?P<body>[A-Z]{2,6}(?:-\d)?)[- ]registered\s+"
                              r"(?P<prof>(?:[a-z]{4,}\s+)?[a-z]{4,}(?:ist|er|or|ian|ic|ife|nurse|wright|smith))\b")


def _profession_held(prof: str, body: str, raw: list[str]) -> bool:
    """``prof`` ("paramedic") is on a line naming ``body`` or on a dated (history) line."""
    from careercopilot.writing.grounding.context import RANGE_RE

    want = [w for w in re.findall(r"[a-z]+", prof) if w not in _STOP]
    for ln in raw:
        if RANGE_RE.search(ln) or re.search(rf"(?<![A-Za-z]){re.escape(body)}(?![A-Za-z])", ln):
            tokens = set(re.findall(r"[a-z0-9]+", fold_accents(ln).lower()))
            if all(_explained(w, tokens) for w in want[-1:]):
                return True
    return False


def unsupported(text: str, raw: list[str], original: str) -> list[tuple[int, int]]:
    """Spans of glossary credentials ``text`` says the user holds that no raw resume line writes with the sentence's
    field, trade or school ("a postgraduate diploma" on a PGCert's CV, "a master craftsman's certificate in
    optometry" on a hearing-aid acoustician's)."""
    out = []
    for english, _ in _GLOSSARY:
        for m in english.finditer(text):
            a, _b = _sentence(text, m.start())
            if _HOLDING.search(text[a:m.start()]) and not mentions(text, m.start(), m.end(), raw, original, names=False):
                out.append((m.start(), m.end()))
    return out + unregistered(text, raw)


def unregistered(text: str, raw: list[str]) -> list[tuple[int, int]]:
    """Spans of "<body>-registered <profession>" whose body the resume names but whose profession no line naming
    the body, nor any dated line, holds ("an HCPC-registered physiotherapist" on a paramedic's CV)."""
    out = []
    for m in _BODY_REGISTERED.finditer(text):
        body = m.group("body")
        if any(re.search(rf"(?<![A-Za-z]){re.escape(body)}(?![A-Za-z])", ln) for ln in raw) and not _profession_held(
                m.group("prof"), body, raw):
            out.append((m.start(), m.end()))
    return out


#: "… certificate as an automation technician": the trade a credential is in, no job title claimed.
_AS_TRADE = re.compile(r"(?i)(?:certificate|diploma|qualification|licen[cs]e|brief)\s+(?:as|for)\s+(?:an?\s+)?$")


def trade_of_credential(text: str, start: int, raw: list[str], original: str) -> bool:
    """A flagged title at ``start`` is the trade of the glossary credential right before it, which a line writes with
    that trade ("a journeyman's certificate as an electronics technician" for "Gesellenbrief Elektroniker …")."""
    before = text[max(0, start - 80):start]
    m = _AS_TRADE.search(before)
    if not m:
        return False
    at = max(0, start - 80) + m.start()
    return any(e.search(text, max(0, at - 60), at + 12) for e, _ in _GLOSSARY) and bool(
        mentions(text, at, at + 1, raw, original))
