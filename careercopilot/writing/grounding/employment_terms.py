"""Employee tenure across a contract or agency period (session 31, ground133; set 27's z01: "I have been an Inland Canopy
employee for more than nine years" for «Crew Leader | March 2020 – present» after «Climber (contract, via Evergreen
Staffing) | June 2016 – February 2020» under the same employer).

Resumes list the years a person worked *at* an organisation through an agency, a contract or as a freelancer under
that organisation's name; those years are the agency's (or the person's own business), not employment by the
organisation. A sentence that claims **employment** by a named organisation for a length of time — "an <X>
employee", "employed by/at <X>", "on <X>'s staff/payroll", "on staff at <X>", "in-house at <X>", "<X> as an employee",
"directly employed by <X>" — is measured on that organisation's history entries whose header lines carry no contract
cue (:data:`CONTRACT_LINE`: "contract", "via <agency>", "agency", "staffing", "temp", "freelance", "zzp", "umowa
zlecenie", "subcontract", "seconded", "outsourced", "1099"); a header that names the claimed organisation as the agency
itself ("via Evergreen Staffing" for "employed by Evergreen Staffing") stays. Flagged (kind ``date``) when the
employee entries' longest span is below the claim's lower bound (:func:`.durations.claims`), including none at all
(all the years at a client through an agency: "employed by Boeing for five years" for «Contract engineer via Aerotek,
Boeing»). The reverse wording — contract years claimed as a contractor — is not an employment claim and is left alone.

Variants in ``tests/unit/writing/test_grounding_employment_terms.py``.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import durations
from careercopilot.writing.grounding.facts import SourceFacts, sentence_at
from careercopilot.writing.grounding.text import fold_accents

#: A history header line of work done under a contract, an agency or one's own business, not as the employer's
#: employee (English and the CV languages of the blind sets: Dutch "zzp", Polish "umowa zlecenie"/"umowa o dzieło").
CONTRACT_LINE = re.compile(
    r"(?i)\b(?:contract(?:or|ed|ing)?|subcontract\w*|via|through\s+[A-Z]|agency|staffing|temp(?:orary)?|freelance\w*|"
    r"zzp|umowa\s+(?:zlecenie|o\s+dzie[lł]o)|seconded|secondment|outsourced|1099|self[- ]employed|independent|"
    r"interim|locum|per\s+diem|B2B|contrat\s+de\s+prestation|honorarios)\b")
#: A claim of employment by a named organisation, the name in group ``org`` (up to five capitalised words).
_ORG = r"(?P<org>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*){0,4})"
_EMPLOYED = tuple(re.compile(rx.format(org=_ORG)) for rx in (
    r"\b(?:an?|as\s+an?)\s+{org}\s+(?:employee|staff\s+member|staffer)\b",
    r"\b(?:directly\s+)?employed\s+(?:by|at|with)\s+{org}",
    r"\bon\s+{org}['’]s\s+(?:staff|payroll|books)\b",
    r"\bon\s+(?:the\s+)?(?:staff|payroll)\s+(?:of|at)\s+{org}",
    r"\b(?:on\s+staff|in-house|in\s+house)\s+(?:at|with)\s+{org}",
    r"\b(?:worked|been|working)\s+(?:for|at|with)\s+{org}\s+as\s+(?:an?\s+)?(?:employee|staff\s+member)\b"))

def unsupported(text: str, facts: SourceFacts) -> list[tuple[int, int]]:
    """Spans of the duration claims in ``text`` whose sentence claims employment by an organisation for longer than its
    employee entries last (see the module doc)."""
    if not facts.history:
        return []
    out = []
    for claim, _m in durations.claims(text):
        sentence = sentence_at(text, claim.start)
        hit = next((m for rx in _EMPLOYED if (m := rx.search(sentence or ""))), None)
        if hit is None:
            continue
        org = re.sub(r"^the\s+", "", hit.group("org"))
        entries = durations._employer_entries(org, facts)
        if not entries:
            continue  # no stay at that name: the employer check's
        own = fold_accents(org).lower()
        employee = [e for e in entries if not _contract(e.header, own)]
        _lo, hi = durations._union(employee, facts)
        if hi <= claim.low:
            out.append((claim.start, claim.end))
    return out


def _contract(header: str, org: str) -> bool:
    """The entry's dated title line (its last header line) has a contract cue that does not name ``org`` as the agency."""
    line = header.splitlines()[-1] if header else ""
    if not CONTRACT_LINE.search(line):
        return False
    agency = re.search(r"(?i)\b(?:via|through)\s+([^,;)|]+)", line)
    return not (agency and org in fold_accents(agency.group(1)).lower())
