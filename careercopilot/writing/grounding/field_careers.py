"""Careers in a field measured from the first role of that line of work (session 23, ground38; set 19's false flags
"I have worked in respiratory care for more than seventeen years", "… in environmental compliance for more than
fourteen years", "… in the semiconductor industry for more than fifteen years").

A field named with a head noun that says "a line of work" (:data:`FIELD_HEADS`: care, compliance, industry, sector,
practice …) is practised by the history entries whose header names the field's other words ("Department of
Respiratory Care", "Environmental Compliance Inspector", "Hanbit Semiconductor Co., Ltd."), and by the entries that
led straight into them: an earlier entry, ending at most a year before the next one of the run starts, whose title
line shares a distinctive word with a title line of the run ("Respiratory Therapy Technician" → "Staff Respiratory
Therapist"; "Field service engineer, etch equipment" → "Senior Engineer, etch process"). Words every title has
(:data:`_TITLE_GENERIC`: engineer, technician, senior, field, service …) tie nothing.

:func:`field_start` returns that run's first entry; :mod:`.durations` measures "I have worked in <field> for N
years" from it to today. Only an overstated length is flagged (a field may be younger than the career, never
older), so the inflated twin ("… for more than twenty years" on a fifteen-year career) is still caught.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding.facts import SourceFacts

#: Head nouns of a field of work: "respiratory care", "environmental compliance", "the semiconductor industry".
FIELD_HEADS = frozenset(
    "care compliance industry industries sector field fields practice profession business trade space world "
    "services service work domain area arena market markets".split())
#: Words of a title line shared by unrelated work (ranks, generic jobs, employment terms, company forms).
_TITLE_GENERIC = {ctx._stem(w) for w in (
    "engineer engineering technician technologist manager management specialist assistant officer analyst associate "
    "consultant consulting coordinator director lead senior junior staff field service services principal chief head "
    "supervisor worker operator student intern trainee part time full prn process equipment department team unit "
    "general project program programme company ltd inc llc corp gmbh present current contract freelance").split()}


#: Entry-level roles of a line of work (the way into it): a field technician, an assistant, a trainee.
_ENTRY_ROLE = re.compile(r"(?i)\b(?:technician|tech|assistant|aide|trainee|apprentice|intern|helper|sampler|junior|"
                         r"jr\.?|associate|cadet|graduate)\b")


#: A rank above the entry level on the same line ("Retail Sales Associate, then Assistant Store Manager").
_RANKED = re.compile(r"(?i)\b(?:manager|director|head|chief|lead|supervisor|senior|principal)\b")


def _stems(text: str) -> set[str]:
    return ctx.content_words(text) - _TITLE_GENERIC


def _title_lines(e: ctx.Entry) -> str:
    return "\n".join(ln for ln in e.header.splitlines() if ctx.RANGE_RE.search(ln)) or e.header


def field_start(field: str, facts: SourceFacts) -> ctx.Entry | None:
    """The first history entry of the run practising ``field`` (module doc), or ``None`` when ``field`` has no head
    of :data:`FIELD_HEADS` or no header names its other words."""
    words = re.findall(r"[a-z]+", field.lower())
    if not words:
        return None
    jobs = [e for e, study in zip(facts.history, facts.study_entries, strict=True) if not study]
    discipline = words[-1] not in FIELD_HEADS  # (its run grows only by the entry-level role that led into it)
    if not discipline:
        want = ctx.content_words(" ".join(w for w in words if w not in FIELD_HEADS))
        if not want:
            return None
        run = [e for e in jobs if want <= ctx.content_words(e.header)]
    else:  # a discipline named without a head ("industrial hygiene", "viticulture"): its words' first six letters in
        #     the title lines ("Industrial Hygienist"; ground98)
        want = {w[:6] for w in words if len(w) >= 3 and w not in ("and", "the", "for")}  # (every word: "real estate")
        run = [e for e in jobs if want and want <= {w[:6] for w in re.findall(r"[a-z]+", _title_lines(e).lower())}]
    if not run:
        return None
    earlier = sorted((e for e in jobs if e not in run), key=lambda e: (e.start, e.start_month or 0), reverse=True)
    grown = False
    for e in earlier:
        first = min(run, key=lambda x: (x.start, x.start_month or 0))
        if (e.start, e.start_month or 0) >= (first.start, first.start_month or 0):
            continue
        ends = e.end * 12 + (e.end_month or 12)
        if first.start * 12 + (first.start_month or 1) - ends > 12:
            break  # a gap of more than a year: another line of work before it
        if (discipline or not any(_stems(_title_lines(e)) & _stems(_title_lines(r)) for r in run)) and not (
                _ENTRY_ROLE.search(_title_lines(e)) and not _RANKED.search(_title_lines(e)) and e.end_month is not None
                and 0 <= first.start * 12 + (first.start_month or 1) - ends <= 3):
            break  # (an entry-level role that led straight, within three months, into the field's first title: "Field
            #         Technician, Air Sampling" → "Industrial Hygienist" — the field's way in; ground98)
        run.append(e)
        grown = True
    if discipline and not grown:
        return None  # (a discipline's own titles: the role check's span, as before; ground98)
    return min(run, key=lambda x: (x.start, x.start_month or 0))
