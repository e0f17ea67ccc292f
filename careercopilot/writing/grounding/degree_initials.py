"""Degrees a resume writes by initials that name their field (session 23, ground38; set 19's false flags "a master's
degree in structural engineering" for "M.S.C.E. (Structural)", "a master's in urban and regional planning" for
"M.U.R.P. (Master of Urban and Regional Planning)").

:data:`FIELD_INITIALISMS` maps such initials (written with or without full stops, upper case) to the degree's level
and field words (initials that also name other things — MAT, MCP, MRP, MSA, MLA, MSF — left out), as US, Canadian and UK universities award them (sources: the degree lists of the universities'
catalogues — Penn State, Portland State, Georgia Tech, Purdue, Michigan, Columbia; CSWE for the MSW, CEPH for the MPH,
PAB for planning degrees). A field in parentheses after the initials ("M.S.C.E. (Structural)", "MSEE (Power
Systems)") is the degree's field too. :func:`degree_keys` gives ``(level, words, fields)`` triples as
:func:`.entities.resume_degree_keys` does, for :class:`.facts.SourceFacts`.
"""

from __future__ import annotations

import re

#: Initials → (level, field words). Science/arts words are the subtype the initials imply.
FIELD_INITIALISMS: dict[str, tuple[str, str]] = {
    "MSCE": ("master", "science civil engineering"), "BSCE": ("bachelor", "science civil engineering"),
    "MSEE": ("master", "science electrical engineering"), "BSEE": ("bachelor", "science electrical engineering"),
    "MSME": ("master", "science mechanical engineering"), "BSME": ("bachelor", "science mechanical engineering"),
    "MSChE": ("master", "science chemical engineering"), "BSChE": ("bachelor", "science chemical engineering"),
    "MSIE": ("master", "science industrial engineering"), "BSIE": ("bachelor", "science industrial engineering"),
    "MSCS": ("master", "science computer science"), "BSCS": ("bachelor", "science computer science"),
    "MSECE": ("master", "science electrical computer engineering"),
    "BSECE": ("bachelor", "science electrical computer engineering"),
    "MSEnvE": ("master", "science environmental engineering"),
    "MURP": ("master", "urban regional planning"), "MUP": ("master", "urban planning"),
    "MCRP": ("master", "city regional planning"), "MPH": ("master", "public health"), "MSPH": ("master", "science public health"),
    "MPA": ("master", "public administration"), "MPP": ("master", "public policy"), "MSW": ("master", "social work"),
    "BSW": ("bachelor", "social work"), "MLIS": ("master", "library information science"),
    "MHA": ("master", "health administration"),
    "MSOT": ("master", "science occupational therapy"), "MSPT": ("master", "science physical therapy"),
    "MSHRM": ("master", "science human resource management"), "MSIS": ("master", "science information systems"),
    "MSPM": ("master", "science project management"), "MAcc": ("master", "accountancy accounting"),
    "BSRT": ("bachelor", "science respiratory therapy"), "BSMT": ("bachelor", "science medical technology"),
    "BSBA": ("bachelor", "science business administration"), "MSBA": ("master", "science business analytics"),
    "MSCJ": ("master", "science criminal justice"), "BSCJ": ("bachelor", "science criminal justice"),
    "MSEd": ("master", "science education"), "MAEd": ("master", "arts education"),
}
_SUBTYPES = {"science", "arts"}


def _pattern(initials: str) -> str:
    letters = re.findall(r"[A-Z][a-z]*", initials)
    return r"\.?\s?".join(re.escape(x) for x in letters) + r"\.?"


_INITIALS_RE = re.compile(
    r"(?<![\w.])(?P<i>" + "|".join(_pattern(k) for k in sorted(FIELD_INITIALISMS, key=len, reverse=True)) + r")"
    r"(?![A-Za-z])(?:[ \t]*\((?P<sub>[A-Z][a-z]+(?:[ \t]+(?:[A-Z][a-z]+|and|&))*)\))?")
_KEYS = {k.upper(): k for k in FIELD_INITIALISMS}


def degree_keys(text: str) -> list[tuple[str, set[str], set[str]]]:
    """``(level, words, fields)`` of every degree ``text`` writes by field-naming initials (module doc)."""
    out = []
    for m in _INITIALS_RE.finditer(text):
        key = _KEYS.get(re.sub(r"[.\s]", "", m.group("i")).upper())
        if key is None:
            continue
        level, words = FIELD_INITIALISMS[key]
        fields = set(words.split()) - _SUBTYPES
        if m.group("sub"):  # "M.S.C.E. (Structural)": the specialisation is the degree's field too
            fields |= {w for w in re.findall(r"[a-z]+", m.group("sub").lower()) if w not in ("and",)}
        out.append((level, set(words.split()) | fields, fields))
    return out
