"""A national credential named in English or by its own initials (ground77, issue 12; set 22's false flags "a CACES
forklift licence", "the Certiphyto decision-maker certificate", "HVE level 3 environmental certification", "a Dutch
crop-protection spraying licence", "my Mexican professional licence", "an FAL2 faller qualification" — variants in
``tests/unit/writing/test_grounding_set22_forms.py``).

A letter written from a CV of another country names the CV's credential in English: its own code or name kept
("CACES", "Certiphyto", "Meisterbrief", "VCA", "FAL2"), a gloss of what it covers added ("forklift", "decision-maker"),
the country's adjective before it. :func:`named_on_line` reads the flagged credential ``phrase`` against one raw resume
line at a time:

* a country's adjective (:data:`.demonyms.DEMONYMS`) is dropped when the resume is from that country (it names the
  country in any language, a contact-header city is there, or it is written in the country's one language);
* level words ("level", "grade", "step", "band", "niveau" …) are dropped; every figure of the phrase must be a token
  of the line ("HVE level 3" ← "HVE niveau 3"; "level 2" stays flagged);
* a word is *explained* when the line writes it, a cognate of it (:func:`.names.cognate`) or its first four letters;
* with an *anchor* — a code or proper word of the phrase (capitals or digits, or no common English word) written in
  one segment of the line (split at commas, bullets, dashes) — a grade word of the phrase ("advanced", "basic",
  "master") must be on the line ("STCW advanced certificate" is no "STCW III/2"); every capitalised word of the
  segment must be explained by the phrase ("GMDSS General Operator" is no "GMDSS Maintainer certificate",
  "Certiphyto Décideur" no "Certiphyto adviser certificate") but one grade word when the phrase names no grade of
  its own ("VCA Basis" ← "VCA safety certificate"); the phrase's unexplained words are lower-case glosses, at most
  one more than its explained words beside the anchor ("CACES forklift licence" ← "CACES R489 catégorie 3 (chariot
  élévateur)");
* without one, at most one word may be unexplained, in lower case and no grade word, and two must be explained ("Dutch crop-protection
  spraying licence" ← "Spuitlicentie — … gewasbescherming (crop protection licence)"; "RAC-Global" for "RAC-Devices"
  stays flagged).

A credential whose code the resume never writes ("CACES crane" aside, "FAL1", "VCA VOL") or whose words no line
explains stays flagged.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import entities as ent
from careercopilot.writing.grounding.text import fold_accents

#: Words that place a credential on a scale, not name it (English and the CV languages the sets have).
_LEVEL_WORDS = frozenset("level levels grade step band tier stage niveau nivel livello stufe nivå niveaux".split())


def _from_country(adjective: str, original: str) -> bool:
    """The resume ``original`` is from the country of ``adjective`` ("Mexican" on a Monterrey CV)."""
    from careercopilot.writing.grounding.demonyms import DEMONYMS
    from careercopilot.writing.grounding.locale_data import _territory_codes, names_territory
    from careercopilot.writing.grounding.locale_forms import language_votes
    from careercopilot.writing.grounding.place_claims import _header_cities

    country, language = DEMONYMS[adjective]
    if names_territory(country, original) or _territory_codes().get(country.lower()) in _header_cities(original):
        return True
    votes = language_votes(original)
    return bool(language and votes and votes[language] == max(votes.values()))


def _anchors(phrase: str) -> set[str]:
    """Codes and proper words of ``phrase``, lower case: "CACES", "FAL2", "Certiphyto" (no common English word)."""
    from wordfreq import zipf_frequency

    out = set()
    for tok in re.findall(r"[A-Za-zÀ-ž0-9]+(?:-[A-Za-z0-9]+)?", phrase):
        if re.fullmatch(r"[A-Z0-9-]{2,}", tok) and re.search(r"[A-Z]", tok) or (
                tok[0].isupper() and zipf_frequency(tok.lower(), "en") < 3.0 and len(tok) >= 4):
            out.add(fold_accents(tok).lower())
    return out


def named_on_line(phrase: str, original: str, raw_lines: list[str]) -> bool:
    """``phrase`` (a flagged credential) is one raw resume line's credential named in English (module doc)."""
    from careercopilot.writing.grounding.demonyms import DEMONYMS

    adjective = next((d for d in DEMONYMS if re.match(rf"(?:the\s+|an?\s+|my\s+)?{d}\b", phrase)), None)
    if adjective and not _from_country(adjective, original):
        return False
    if adjective:
        phrase = re.sub(rf"\b{adjective}\b", " ", phrase, count=1)
    words = [w for w in re.findall(r"[a-z0-9]+", " ".join(ent.cert_words(phrase))) if w not in _LEVEL_WORDS]
    figures = [w for w in words if w.isdigit()]
    words = [w for w in words if not w.isdigit()]
    anchors = _anchors(phrase)
    if not words:
        return False
    for line in raw_lines:
        tokens = set(re.findall(r"[a-z0-9]+", fold_accents(line).lower()))
        if not all(f in tokens for f in figures):
            continue
        explained = [w for w in words if _explains(w, tokens)]
        loose = [w for w in words if w not in explained]
        segment = next((seg for seg in re.split(r"[,;•—–|]|\s-\s", line) if any(
            a in set(re.findall(r"[a-z0-9]+", fold_accents(seg).lower())) for a in anchors)), None)
        if segment is not None:
            # the credential's own capitalised words on the line must be the phrase's ("GMDSS General Operator" is no
            # "GMDSS Maintainer certificate"), and its glosses lower-case ones, at most one more than the words tied
            own = [w for w in re.findall(r"\b[A-ZÀ-Þ][a-zà-ÿ]{2,}\b", segment)
                   if fold_accents(w).lower() not in anchors and fold_accents(w).lower() not in _SEGMENT_GENERIC]
            ties = [w for w in explained if w not in anchors]
            # (a segment word the phrase leaves out is its grade, "VCA Basis" for "a VCA safety certificate", unless
            #  the phrase names another grade: a capitalised word, or a holder's noun "adviser" for "Décideur")
            if set(loose) & _GRADE_WORDS:
                continue  # "STCW advanced certificate" for "STCW III/2": a grade the line does not give
            names_grade = any(re.search(rf"\b{w[:1].upper()}{re.escape(w[1:])}\b", phrase) or _AGENT.search(w)
                              for w in loose) or bool(_capitalised_words(phrase) - anchors)
            untied = [w for w in own if not _explains(fold_accents(w).lower(), set(words))]
            # (one word of its own the phrase may leave out, a grade: "Basis"; "STCW Advanced Oil and Chemical Tanker
            #  Cargo Operations" is no "STCW advanced certificate")
            if ((not untied or not names_grade and len(untied) <= 1) and all(re.search(rf"\b{re.escape(w)}", phrase) for w in loose)
                    and len(loose) <= max(1, len(ties) + 1)):
                return True
            continue
        if anchors:
            continue  # a code or proper name the line does not write ("ServSafe" on a line of "service")
        if set(loose) & _GRADE_WORDS or any(not re.search(rf"\b{re.escape(w)}", phrase) for w in loose):
            continue  # a grade no line gives ("master electrician" for a journeyman's), or a capitalised word no line ties names another credential ("RAC-Global" for "RAC-Devices")
        if len(loose) <= 1 and len(explained) >= 2 or not loose and explained:
            return True
    return False


#: Words of a credential line that name no credential of their own ("Certification HVE niveau 3").
_SEGMENT_GENERIC = frozenset("certification certificate certificat certificado certificato zertifikat licence license "
                             "licencia licenza diploma diplome qualification permit card".split())


#: Words that grade a credential: a gloss may not add one ("advanced" for a line's "III/2").
_GRADE_WORDS = frozenset("advanced basic higher intermediate senior master expert professional specialist associate "
                         "management operational unlimited restricted full provisional chief principal".split())

#: A holder's noun: "adviser", "maintainer", "operator", "technologist", "technician".
_AGENT = re.compile(r"(?:er|or|ist|ian)$")


def _capitalised_words(phrase: str) -> set[str]:
    """Capitalised words of ``phrase`` (lower case) beside its credential nouns: "maintainer" of "GMDSS Maintainer
    certificate"; not a sentence's "I" or a country's adjective."""
    return {fold_accents(w).lower() for w in re.findall(r"\b[A-ZÀ-Þ][a-zà-ÿ]{2,}\b", phrase)
            if fold_accents(w).lower() not in _SEGMENT_GENERIC}


def _explains(word: str, tokens: set[str]) -> bool:
    """``word`` is one of ``tokens``, a cognate (:func:`.names.cognate`) or shares its first four letters with one
    ("decision" / "décideur")."""
    from careercopilot.writing.grounding.names import cognate

    return word in tokens or any(cognate(word, t) or (len(word) >= 4 and len(t) >= 4 and t[:4] == word[:4])
                                 for t in tokens)
