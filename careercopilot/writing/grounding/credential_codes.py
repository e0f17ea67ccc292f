"""Credential codes written with a hyphen (session 22, ground32; set 18's "I hold the SHRM-SCP." for a resume's
"SHRM Certified Professional (SHRM-CP)"): "SHRM-SCP", "IPMA-C", "NE-BC", "FP-C", "CCS-P", "RRT-SDS", "ACHP-SW",
"HDI-SCM" — an awarding body's initials with a tier or specialty code. The detectors of :mod:`.entities` read a
capitals token up to its hyphen, so the tier after it ("-SCP" for "-CP") went unchecked.

A code is flagged (kind ``certification``) when the resume never writes it — with a hyphen, a space or nothing
between its parts, in any case. Over the 18 blind sets every such code a curator wrote absent from its resume was
in an unsupported sentence (17 sentences, none supported), and every supported sentence's code was in its resume.
"""

from __future__ import annotations

import re

#: Capitals, a hyphen, capitals (or a digit after a capital): two to six letters first, at most five after.
CODE_RE = re.compile(r"(?<![\w-])[A-Z]{2,6}(?:-[A-Z][A-Z0-9&]{0,4})+(?![\w-])")


def _written(code: str, source: str) -> bool:
    parts = code.split("-")
    rx = r"(?i)(?<![\w-])" + r"[-\s]?".join(re.escape(p) for p in parts) + r"(?![\w-])"
    return re.search(rx, source) is not None


def unsupported(text: str, source: str) -> list[tuple[int, int]]:
    """Spans of the hyphenated credential codes of ``text`` the resume text ``source`` never writes."""
    return [(m.start(), m.end()) for m in CODE_RE.finditer(text) if not _written(m.group(0), source)]
