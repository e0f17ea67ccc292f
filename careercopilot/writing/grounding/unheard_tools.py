"""Tools named in words no dictionary holds (session 24, ground52; set 20's "I manage production in Winegest and
vintrace" for a resume listing "Winegest, Foss OenoFoss, SAP Business One, Excel"): a product written in lower case
("vintrace", "procore", "cliniko") or as a sentence's first word ("Maintenix is …") is no capitalised name inside a
sentence, so neither the names check (:func:`.names.check_names`) nor the skills taxonomy sees it.

A **mention** is an ASCII word of five letters or more that is no word of English, Spanish, French, German,
Portuguese or Italian (``wordfreq`` Zipf frequency below
:data:`RARE`: "vintrace" 0.0, "ramco" 1.5 is a capitalised name the names check reads; "oenology" 1.5 is not a
tool's frame, see below) standing in a tool's frame:

* coordinated with a name the resume writes ("Winegest and vintrace", "AMOS, TRAX, maintenix"),
* before a tool's noun (:data:`_TOOL_NOUN`: "vintrace software", "the procore platform", "Maintenix system"), or
* after a preposition of use ("in", "using", "with", "via", "into", "through", "on") in a clause with a verb of
  working in a system ("manage", "track", "log", "schedule" …) and no word of study or title, when the word is unknown
  to ``wordfreq`` altogether (Zipf 0: "I manage production in vintrace"; "in oenology", "in situ" are words, "an MA in
  logopedics" a field).

A lower-case word anywhere, or a capitalised one only as its sentence's first word (elsewhere it is a name the names
check reads). The mention is **supported** when the resume or the allowed strings (posting's company, title) write it,
or the start of a word of theirs ("Dentrix" / "dentrix's"). Kind ``tool``.
"""

from __future__ import annotations

import functools
import re

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding.facts import SourceFacts
from careercopilot.writing.grounding.text import fold_accents

#: Below this ``wordfreq`` Zipf frequency a word is no vocabulary ("vintrace" 0, "dentrix" 1.0; "enology" 1.6).
RARE = 1.0
#: Languages whose vocabulary is no product name: the writer's (English, Spanish, French) and common resume languages.
VOCABULARY_LANGUAGES = ("en", "es", "fr", "de", "pt", "it")
_WORD = re.compile(r"(?<![\w@./&+'’-])(?P<w>[A-Za-z][a-z]{4,})(?![\w@/&+'’-])")
_TOOL_NOUN = re.compile(r"\s+(?:software|system|systems|platform|app|application|suite|module|modules|database|portal|"
                        r"tool|toolkit|package|(?-i:ERP|CRM|WMS|LIMS|EHR|EMR|CMMS|MES|TMS|PMS))\b", re.I)
_USE_BEFORE = re.compile(r"(?i)\b(?:in|using|use|used|with|via|into|through|on)\s+(?:(?:the|our|my|their)\s+)?$")
#: A verb of working in a system earlier in the clause ("I manage production in …", "I log every lot in …").
_WORK_VERB = re.compile(r"(?i)\b(?:us(?:e|es|ed|ing)|track\w*|log(?:s|ged|ging)?|record\w*|manag\w*|enter\w*|chart\w*|"
                        r"document\w*|schedul\w*|plan(?:s|ned|ning)?|model\w*|keep|keeps|kept|run|runs|ran|process\w*|"
                        r"report\w*|stor\w*|fil(?:e|es|ed|ing)|map\w*|monitor\w*|build\w*|built|work(?:s|ed|ing)?|"
                        r"bill\w*|invoic\w*|trac(?:e|es|ed|ing)|handl\w*|automat\w*|configur\w*|administ\w*)\b")
#: Words of study or title: "an MA in logopedics", "the specialist title in neurofunctional physiotherapy".
_STUDY = re.compile(r"(?i)\b(?:degree|diploma|title|specialist|speciali[sz]\w*|course|studies|studied|training|trained|"
                    r"major\w*|minor|thesis|(?-i:MA|MSc|BSc|BA|PhD|MS|BS|MBA))\b")
#: A list's joiner on either side of a mention: ", ", " and ", " or ", " & ", "/".
_JOIN_AFTER = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|plus)\s+|\s*/\s*)(?P<n>[A-Z][\w@.+-]*(?:\s+[A-Z0-9][\w@.+-]*){0,3})")
_JOIN_BEFORE = re.compile(r"(?P<n>[A-Z][\w@.+-]*(?:\s+[A-Z0-9][\w@.+-]*){0,3})(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|plus)\s+|\s*/\s*)$")


@functools.cache
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    # the highest frequency over the languages letters are written in and resumes commonly are: a French
    # letter's "Cordialement" (Zipf 0 in English) is a word, not a product (CI, session 24)
    return max(zipf_frequency(word.lower(), lang) for lang in VOCABULARY_LANGUAGES)


def _written(word: str, facts: SourceFacts) -> bool:
    low = fold_accents(word).lower()
    pool = facts.squashed + " " + facts.allowed_squashed
    return f" {low}" in pool  # (also the start of a longer word: "dentrix's")


def _named(name: str, facts: SourceFacts) -> bool:
    """A capitalised neighbour the resume writes (a listed tool, trimmed of its trailing words one by one)."""
    words = name.split()
    return any(ctx.name_in(" ".join(words[:k]), facts.squashed) for k in range(len(words), 0, -1))


def _sentence_first(text: str, at: int) -> bool:
    return at == 0 or re.search(r"(?:[.!?:]\s+|\n\s*)$", text[:at]) is not None


def unsupported(text: str, facts: SourceFacts) -> list[tuple[int, int]]:
    """Spans of ``text``'s unheard tool mentions the sources do not write (see the module doc)."""
    out = []
    for m in _WORD.finditer(text):
        word, s, e = m.group("w"), m.start("w"), m.end("w")
        if word[0].isupper() and not _sentence_first(text, s):
            continue  # a capitalised name inside a sentence: the names check's
        zipf = _zipf(word)
        if zipf >= RARE or _written(word, facts):
            continue
        listed = (m2 := _JOIN_AFTER.match(text, e)) and _named(m2.group("n"), facts)
        listed = listed or ((m3 := _JOIN_BEFORE.search(text[max(0, s - 60):s])) and _named(m3.group("n"), facts))
        clause = re.split(r"[.;:!?]\s|,\s", text[max(0, s - 120):s])[-1]
        framed = bool(_TOOL_NOUN.match(text, e)) or (zipf == 0 and _USE_BEFORE.search(clause) is not None
                                                    and _WORK_VERB.search(clause) is not None and not _STUDY.search(clause))
        if listed or framed:
            out.append((s, e))
    return out
