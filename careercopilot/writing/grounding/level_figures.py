"""A figure that places a credential or post on a scale: "level 4", "grade 3", "step 2", "band 6", "NVQ Level 3", "Type 4"
(NWCG incident commander types, ground98)
(ground77, issue 12; set 22's false flags "my MBO level 4 … diploma" for "MBO-4 Teeltmanager diploma" and "… at Level
4" for "(Level 4)" — variants in ``tests/unit/writing/test_grounding_set22_forms.py``).

:func:`level_on_line`: the flagged figure follows a scale word (:data:`_SCALE_BEFORE`) and one raw resume line writes
the same figure on a scale — after a scale word in English or the CV's language ("(Level 4)", "niveau 3", "Stufe 2",
"Band 6"), glued to a qualification's capitals ("MBO-4", "NVQ3", "L4") or as a Roman numeral after one ("Grade III")
— and shares a name with the sentence's words around the figure: a capitals code ("MBO", "NVQ") or a content word of
four letters or more ("Pest", "Operations"). "level 5" for a line's "Level 4", or "level 4" of another credential
than the line's, stays flagged.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.text import fold_accents

_SCALE = (r"level|grade|step|band|tier|stage|class|category|type|niveau|nivel|livello|stufe|nivå|taso|poziom|"
          r"catégorie|categoria|kategorie|klasse|graad|trede|cat\.?")
#: A scale word right before the figure: "level 4", "Level-4", "grade 3", "at band 6".
_SCALE_BEFORE = re.compile(rf"(?i)\b(?:{_SCALE})[\s-]*$")
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX", 10: "X"}
_GENERIC = frozenset("level grade step band tier stage class category type hold held have with from that this "
                     "certificate certification diploma qualification licence license award".split())


def _on_scale(line: str, n: str) -> bool:
    roman = _ROMAN.get(int(n)) if n.isdigit() and int(n) in _ROMAN else None
    forms = [rf"(?i)\b(?:{_SCALE})[\s-]*{n}(?![\d.,])", rf"\b[A-Z]{{1,6}}[\s-]?{n}(?![\d.,])"]
    if roman:
        forms.append(rf"(?i)\b(?:{_SCALE})[\s-]*{roman}\b")
    return any(re.search(f, line) for f in forms)


def level_on_line(text: str, start: int, end: int, raw_lines: list[str]) -> bool:
    """The figure ``text[start:end]`` after a scale word is one a resume line writes on the same scale (module doc)."""
    n = text[start:end].strip()
    if not re.fullmatch(r"\d{1,2}", n) or not _SCALE_BEFORE.search(text[max(0, start - 20):start]):
        return False
    # the sentence's words around the figure ("a grade 3 welding inspector": the name may follow the figure)
    clause = re.split(r"[.;!?]\s", text[max(0, start - 90):start])[-1] + " " + re.split(
        r"[.;!?](?:\s|$)", text[end:end + 90])[0]
    codes = set(re.findall(r"\b[A-Z]{2,6}\b", clause)) - {"I"}
    words = {w for w in re.findall(r"[a-z]{4,}", fold_accents(clause).lower()) if w not in _GENERIC}
    for line in raw_lines:
        if not _on_scale(line, n):
            continue
        have = set(re.findall(r"[a-z]{4,}", fold_accents(line).lower()))
        if any(re.search(rf"(?<![A-Za-z]){c}(?![a-z])", line) for c in codes) or words & have:
            return True
    return False
