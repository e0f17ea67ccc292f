"""A body named in English that a resume line names in the CV's own language, script or initials (ground121, issue 12;
set 26's false flags: "a radiation protection certificate from the Greek Atomic Energy Commission" for «Radiation
protection certificate, Ελληνική Επιτροπή Ατομικής Ενέργειας (ΕΕΑΕ), 2011», "a course in orthopaedic shoeing at Ghent
University's veterinary faculty" for «Cursus orthopedisch beslag, Faculteit Diergeneeskunde UGent, 2018», "a member of
the Austrian Cartographic Commission" for «Mitglied, Österreichische Kartographische Kommission (ÖKK)», "my Ptychio … is
from TEI of Athens" for «Πτυχίο … Τ.Ε.Ι. Αθήνας, 2009», "CBP's Automated Commercial Environment" for «TOOLS: Descartes
CustomsInfo, CargoWise, ACE portal» — each an issuing, examining or operating body read as an employer missing from
the resume).

A name's word is *tied* to a line word (:func:`tied`) when it is that word, a cognate (:func:`.names.cognate`), a
generic organisation word's dictionary translation (:data:`ORG_TRANSLATIONS`: "Chamber" / "Izba"), a spelling of it in
another language — the same first letter and ``difflib`` ratio ≥ 0.65 once both are keyed
(:func:`_key`: "ph" → "f", "th" → "t", "c" → "k", "y" → "i", "ae"/"oe" → "e", doubled letters once: "cartographic"
/"kartographische", "athens"/"athinas", "atomic"/"atomikis") or the first part of a compound of it; a country's
adjective is tied to a line word beginning with one of that country's names in any language ("Austrian" →
"Österreich…": :data:`.demonyms.DEMONYMS`, :func:`.locale_data.territory_names`); initials to the same letters on the
line, dotted or not ("TEI" / "Τ.Ε.Ι."). Line words: its Latin words split at inner capitals too ("UGent" → "u",
"gent"), and a line in another script romanised (:func:`.text.romanised`).

The name is the line's body when either

* **the line the sentence is about** — two or more of the sentence's other words are tied to that line ("radiation
  protection certificate", "orthopaedic … faculty", "Ptychio … radiology … radiotherapy", "Descartes CustomsInfo") —
  ties every distinctive word of the name (generic organisation words — commission, university, faculty … — may be
  translated beyond a spelling on a line in another language or script: "Επιτροπή"; one distinctive word at least),
  or writes its initials as a token ("ACE" for "Automated Commercial Environment" — a system's, not a body's: "Northern
  Zone Transport Authority" spells the resume's NZTA too); or
* **one line writes the whole name translated** — every word of the name tied there, one distinctive, one by a
  cognate, dictionary or country tie or two by another spelling (a translation, not a near-miss of an English name:
  "Kessler Mechanical Contractors" for "Keller Mechanical Contractors" differs by one respelt word).

Still flagged: a body of another name on that line ("the Greek Ministry of Health" for the ΕΕΑΕ line: "health";
"Leuven University" for UGent's), another country's adjective ("the German Cartographic Commission" on an Austrian
CV), other initials ("CBP's Automated Broker Interface" beside "ACE portal"). Variants in
``tests/unit/writing/test_grounding_line_bodies.py``.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from careercopilot.writing.grounding.text import NON_LATIN, fold_accents, romanised

#: Words of organisation names that say what kind of body, not which one (a translation may render them freely).
ORG_WORDS = frozenset("""
department agency authority council office board service services commission committee district county city state
national regional university college school institute institution association society group company corporation
trust bank faculty ministry directorate administration centre center polytechnic academy chamber federation union
""".split())
#: Generic organisation words in the CVs' languages (folded, lower case; Greek romanised as :func:`.text.romanised`
#: writes it): a dictionary tie where no spelling ties them ("Chamber" / "Izba", "Society" / "Společnost", "Commission"
#: / "Επιτροπή"). Source: written by hand (ground121) from common dictionary translations — de, nl, fr, es, pt, it, pl,
#: cs/sk, hu, sv/da/no, el, tr; NOT checked against a published list (the reference: ESCO/IATE term entries).
ORG_TRANSLATIONS: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "chamber": "kammer kamer chambre camara camera izba komora kamara kammare kammer epimelitirio oda",
    "commission": "kommission commissie comision comissao commissione komisja komise komisia bizottsag kommissionen "
                  "epitropi komisyon",
    "committee": "ausschuss komitee commissie comite comitato komitet vybor vyboru bizottsag kommitte udvalg epitropi komite",
    "society": "gesellschaft genootschap vereniging societe sociedad sociedade societa towarzystwo spolecnost spolocnost "
               "tarsasag sallskap selskab selskap etaireia dernek",
    "association": "verband verein vereniging asociacion associacao associazione stowarzyszenie sdruzeni zdruzenie "
                   "egyesulet forening syllogos dernek",
    "university": "universitat universiteit universite universidad universidade universita uniwersytet univerzita egyetem "
                  "universitet panepistimio",
    "faculty": "fakultat faculteit faculte facultad faculdade facolta wydzial fakulta kar fakultet scholi fakulte",
    "ministry": "ministerium ministerie ministere ministerio ministero ministerstwo ministerstvo miniszterium ministeriet "
                "ypourgeio bakanlik",
    "council": "rat raad conseil consejo conselho consiglio rada tanacs rad symvoulio kurul",
    "institute": "institut instituut instituto istituto instytut ustav intezet institutet",
    "board": "vorstand bestuur conseil junta conselho consiglio zarzad rada testulet styrelse bestyrelse",
    "authority": "behorde autoriteit autorite autoridad autoridade autorita urzad urad hatosag myndighet myndighed arhi",
}.items()}
#: English words of a name with no content of their own.
_LINKING = frozenset("of the and for at in on de".split())
#: Sentence words that tie a line to nothing.
_STOP = frozenset("""
have has had been being with from that this than more over about since through into onto your their there here
hold held holding also very most years year months month then when where which while what work worked working
completed complete passed earned took take made make done used using
""".split())


#: A line's own word for a credential not yet held, besides :data:`.status.PENDING`'s ("MANZCVS … - preparing").
_NOT_YET = re.compile(r"(?i)\b(?:preparing|expected|planned|applied|application\s+submitted)\b")


def _key(word: str) -> str:
    """``word`` folded for spelling comparison across languages (module doc)."""
    w = fold_accents(word).lower()
    for a, b in (("ph", "f"), ("th", "t"), ("ae", "e"), ("oe", "e"), ("c", "k"), ("y", "i")):
        w = w.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", w)


def _spelled(a: str, b: str) -> bool:
    """``a`` and ``b`` are one word in two spellings (module doc), four letters or more."""
    ka, kb = _key(a), _key(b)
    if min(len(ka), len(kb)) < 4 or ka[0] != kb[0] or abs(len(ka) - len(kb)) > 3:
        return False  # (a word inside a longer one is no spelling of it: "Cloud" of "Cloudbeds")
    # (a short word needs a closer spelling: "brac" is no "branches", "gent" is "Ghent")
    return SequenceMatcher(None, ka, kb).ratio() >= {4: 0.8, 5: 0.7}.get(min(len(ka), len(kb)), 0.65) or (
        len(ka) >= 5 and kb.startswith(ka))


def line_words(line: str) -> set[str]:
    """Lower-case words of a resume ``line`` (module doc): split at inner capitals as well as whole, dotted initials
    joined ("T.E.I." → "tei"), a line in another script with its romanised words."""
    out: set[str] = set()
    for form in [fold_accents(line)] + ([romanised(line)] if NON_LATIN.search(line) else []):
        form = re.sub(r"\b((?:[^\W\d_]\.){2,})", lambda m: m.group(1).replace(".", "") + " ", form)
        for raw in re.findall(r"[^\W\d_]+", form):
            out.add(raw.lower())
            out |= {p.lower() for p in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+", raw)}
    return {w for w in out if w}


def _country_word(word: str, words: set[str], resume: str) -> bool:
    """``word`` is a country's adjective ("Austrian", "Greek") and a line word begins with a name of that country in
    some language ("osterreichische"), or the resume is from that country (:func:`.locale_data.names_territory`:
    "Θεσσαλονίκη, Ελλάδα" for "Greek")."""
    from careercopilot.writing.grounding import locale_data
    from careercopilot.writing.grounding.demonyms import DEMONYMS

    country = DEMONYMS.get(word[:1].upper() + word[1:].lower())
    code = locale_data._territory_codes().get(country[0].lower()) if country else None
    if not code:
        return False
    names = {fold_accents(n).lower() for n in locale_data.territory_names(code) | {country[0]}}
    return any(len(n) >= 5 and " " not in n and w.startswith(n) for n in names for w in words) or (
        bool(resume) and locale_data.names_territory(country[0], resume))


def tied(word: str, words: set[str], resume: str = "") -> str:
    """How ``word`` of a name (as written) is tied to line ``words``: ``"same"``, ``"other"`` (a cognate, a dictionary
    translation, a country's name, initials), ``"spelled"`` (another spelling only) or ``""`` (not tied); ``resume``:
    the whole resume, whose country a country's adjective may name."""
    from careercopilot.writing.grounding.names import cognate

    low = fold_accents(word).lower()
    if low in words:
        return "same" if not (word.isupper() and len(word) > 1) else "other"
    if _country_word(word, words, resume) or ORG_TRANSLATIONS.get(low.rstrip("s") if low not in ORG_TRANSLATIONS
                                                                    else low, frozenset()) & words:
        return "other"
    if word.isupper() and len(word) > 1:
        return ""  # initials tie as written only ("BRAC" is no spelling of "branches")
    if any(cognate(low, w) for w in words if len(w) >= 4):
        return "other"
    if any(_spelled(low, w) for w in words if len(w) >= 4):
        return "spelled"
    return ""


def _translation(ties: dict[str, str]) -> bool:
    """Every word tied, one distinctive, and a translation among them: a cognate, dictionary or country tie, or two
    other spellings (one respelt word beside English ones is a near-miss name: "Kessler" for "Keller")."""
    return all(ties.values()) and any(t for w, t in ties.items() if w.lower() not in ORG_WORDS) and (
        "other" in ties.values() or sum(t == "spelled" for t in ties.values()) >= 2)


def _name_words(piece: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_][\w'’-]*", piece) if w.lower() not in _LINKING]


def _initials_on(piece: str, line: str) -> bool:
    """The initials of the name's capitalised words (three or more) are a token of ``line``: "ACE portal"."""
    words = _name_words(piece)
    if not words or words[-1].lower() in ORG_WORDS or words[-1].lower().rstrip("s") in ORG_WORDS | {"agenc"}:
        return False  # a body's initials are a weak tie ("Northern Zone Transport Authority" is NZTA too): a system's only
    caps = "".join(w[0] for w in words if w[0].isupper())
    return len(caps) >= 3 and re.search(rf"(?<![\w-]){re.escape(caps)}(?![\w-])", line) is not None


def _in_translation(line: str) -> bool:
    """``line`` is written (in part) in another language: another script, or two words of another language
    (:func:`.names.foreign_word`) — where a generic organisation word may be rendered freely ("Επιτροπή",
    "Faculteit"), unlike an English line ("DC Funeral Director licence" names no "DC Board")."""
    from careercopilot.writing.grounding.names import foreign_word

    if NON_LATIN.search(line):
        return True
    return sum(foreign_word(w) for w in re.findall(r"[a-z]{4,}", fold_accents(line).lower())) >= 2


def translated_on(name: str, line: str, resume: str = "") -> bool:
    """``line`` writes the whole ``name`` translated (the module doc's second reading): every word tied, two at least
    to a word written differently, one distinctive."""
    words = _name_words(name)
    have = line_words(line)
    return bool(words) and _translation({w: tied(w, have, resume) for w in words})


def named_on_line(text: str, start: int, end: int, sentence: tuple[int, int], lines: list[str]) -> bool:
    """``text[start:end]``, a name in the sentence ``text[sentence[0]:sentence[1]]``, is the body a raw resume line of
    ``lines`` names in another language, script or by its initials (module doc)."""
    piece = text[start:end]
    words = _name_words(piece)
    if not words:
        return False
    from careercopilot.writing.grounding.demonyms import DEMONYMS

    country = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, start - 20):start])
    if country and country.group(1) in DEMONYMS:
        words.insert(0, country.group(1))  # "the Slovak Geological Society": the country's adjective is the name's
    distinctive = [w for w in words if w.lower() not in ORG_WORDS]
    if not [w for w in distinctive if w not in DEMONYMS]:
        return False  # a country's adjective alone ("the Chilean professional title"): :mod:`.demonyms`' to judge
    others = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text[sentence[0]:start] + " " + text[end:sentence[1]])
              if len(w) >= 4 and w.lower() not in _STOP and w.lower() not in _LINKING]
    from careercopilot.writing.grounding.status import PENDING

    resume = "\n".join(lines)
    for line in lines:
        if not line.strip() or PENDING.search(line) or _NOT_YET.search(line):
            continue  # (a line naming a credential as pending: «Membership of ANZCVS … - preparing» is :mod:`.status`')
        have = line_words(line)
        ties = {w: tied(w, have, resume) for w in words}
        if sum(bool(tied(w, have)) for w in others) >= 2 and (
                _initials_on(piece, line) or distinctive and all(ties[w] for w in distinctive) and (
                    all(t and t != "spelled" for t in ties.values()) or _in_translation(line))):
            return True
        if _translation(ties):
            return True  # (:func:`translated_on`, its ties read once)
    return False
