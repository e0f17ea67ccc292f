"""The span of a title as the resume dates it, for duration claims ("I have been a chief operator for more than
seven years", "a site lead for …", "I have led the IV room team for …", "a senior engineer at the authority for …";
session 23, set 19's misses; variants in ``tests/unit/writing/test_grounding_title_spans.py``).

* **A headline is not dated by a credential line.** A resume's head block (name, headline title, contact line) often
  ends with a licence or register line dated "since <month year>": "Pennsylvania Professional Engineer License
  PE087214 — since May 2012", "NC Grade A … Operator, Certificate No. 28817 — since September 2015", "Iscritta
  nell'elenco dei Restauratori di beni culturali (MiC) … da marzo 2014". The history reader
  (:func:`.context.entries`) makes such a block a dated entry; its date is the credential's, so a title on another
  line of it ("Chief Plant Operator, Surface Water Treatment", "capo cantiere (site lead)") holds no span from it:
  the title's own history lines date it ("Chief Plant Operator | July 2021 – Present"). A title on the dated line
  itself ("Arizona Licensed Pharmacy Technician T017752 — since March 2012") keeps that date.
  :func:`dated_by_credential` tells such entries; the same holds for a "LICENCES" or "MEMBERSHIPS" block whose only
  date is one credential's "since".
* **A role at a place named by a common noun** ("a senior engineer at the authority", "a nurse with the agency",
  "… in the department"): of the role's entries, those whose organisation part holds that noun
  (:func:`at_place`), when any does — "an engineer at the authority" is dated from the first engineer line at the
  "… Regional Transportation Authority", not from an engineer-in-training line at an earlier firm.

Shapes: entries are :class:`.context.Entry`; spans are ``(shortest, longest)`` in years as everywhere in
:mod:`.durations`.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding.text import EMAIL_RE, PHONE_RE, fold_accents

#: Words of a line stating a credential held, a register entry or a membership, in the blind sets' CVs' languages
#: (English; Italian "iscritto/iscritta (all'albo / nell'elenco)"; German "eingetragen", "Zulassung"; French
#: "inscrit(e)", "agréé"; Spanish/Portuguese "colegiado", "matrícula", "registro", "inscrito"; Dutch
#: "ingeschreven", "BIG-geregistreerd"), and a licence or certificate number ("No. 28817", "Nr. 4711").
_CREDENTIAL_LINE = re.compile(
    r"(?i)\b(?:licen[cs]e[ds]?|licen[cs]ure|certificate|certification|certified|registration|registered|register|"
    r"registry|listed|member|membership|chartered|enrolled|admitted|accredited|iscritt[oa]|albo|elenco|eingetragen|"
    r"zulassung|approbation|inscrite?|agr[eé][eé]e?|colegiad[oa]|matr[ií]cula|registro|inscrit[oa]|ingeschreven|"
    r"geregistreerd|n[or]\.?\s*\d|no\.\s*[A-Z]*\d)")


def dated_by_credential(e: ctx.Entry) -> bool:
    """Every dated line of ``e``'s header is an open "since" range ("— since May 2012") on a line naming a
    credential (:data:`_CREDENTIAL_LINE`): the entry's dates are the credential's, not those of a title on its
    other lines."""
    dated = [ln for ln in e.header.splitlines() if ctx.RANGE_RE.search(ln)]
    # (in the resume's heading — the block with its e-mail or phone — any "since" line is a standing's, not the
    # headline's: "Executive Bourbon Steward (Stave & Thief Society) — since November 2017" under "Head Distiller";
    # issue 12, set 22)
    heading = EMAIL_RE.search(e.header) is not None or PHONE_RE.search(e.header) is not None
    return bool(dated) and all(
        all(m.group("since") for m in ctx.RANGE_RE.finditer(ln)) and (heading or _CREDENTIAL_LINE.search(fold_accents(ln)))
        for ln in dated)


def dates_line(e: ctx.Entry, line: str) -> bool:
    """``e``'s dates are those of its header ``line``: the line is dated itself, or the entry is not one a
    credential line dates (:func:`dated_by_credential`)."""
    return bool(ctx.RANGE_RE.search(line)) or not dated_by_credential(e)


#: A place named by a common noun after the role: "at the authority", "with the agency", "in our department".
_PLACE = re.compile(r"(?i)\b(?:at|with|in|for)\s+(?:the|our|my|this|that)\s+(?P<place>(?:[a-z][\w'’-]*\s+){0,2}?"
                    r"[a-z][\w'’-]*)\s*$")


def place_words(clause: str) -> set[str]:
    """The content words of a common-noun place ending ``clause`` ("a senior engineer at the authority" →
    ``{"authority"}``), or none."""
    m = _PLACE.search(clause.strip())
    return ctx.content_words(m.group("place")) if m else set()


#: A named unit run before the role: "I ran the Memphis DC as operations manager for …" (session 24, set 20).
_UNIT_RUN = re.compile(r"\b(?:ran|run|running|led|headed|managed|oversaw|overseen|directed|supervised)\s+the\s+"
                       r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,3})\s+as\s+")


def unit_run(before: str) -> set[str]:
    """The lower-case words of a named unit the user ran in the role after it ("the Memphis DC" → ``{"memphis",
    "dc"}``: the entry whose header names "Memphis DC", not the later "3 DCs: Memphis TN, …"), or none."""
    m = _UNIT_RUN.search(before)
    return {w.lower() for w in re.findall(r"[A-Za-z0-9]+", m.group("name"))} if m else set()


def at_place(held: list[ctx.Entry], place: set[str], facts) -> list[ctx.Entry]:
    """Of the role's entries ``held`` (history entries or their dated header lines), those within a history entry
    whose header holds every word of ``place`` (content words: "authority" in "Susquehanna Valley Regional
    Transportation Authority — Bridge Division"); ``held`` unchanged when none does (the place may be named another
    way: "the water board" for "Waterschap …")."""
    if not place:
        return held

    def header_words(h: ctx.Entry) -> set[str]:
        if not h.header:  # a "<role> since <year>" line read from anywhere (:func:`.durations.role_entries`): no place
            return set()
        return set().union(*(ctx.content_words(fold_accents(e.header)) | set(re.findall(r"[a-z0-9]+", e.header.lower()))
                             for e in facts.history if h.header in e.header))

    return [h for h in held if place <= header_words(h)] or held


def same_stay(held: list[ctx.Entry], facts) -> list[ctx.Entry]:
    """Earlier history entries at the employer of a ``held`` entry (a field's, :func:`.durations.role_entries`; moved
    here from :mod:`.durations`, session 25): sharing its undated header line that is no section title (the employer's
    line, "Leikkiset Oy — Päiväkoti Satakieli, Nokia", above a "Lastenhoitaja" role before the "Varhaiskasvatuksen
    opettaja" one that names the field) or its organisation part. A field grows into the title
    that names it; a later role naming another ("Reference and Research Services" after "Children's Services") ends
    it."""
    def employer_lines(e: ctx.Entry) -> set[str]:
        return {ln.strip() for ln in e.header.splitlines() if ln.strip() and not ctx.RANGE_RE.search(ln)
                and not ln.strip().isupper() and not ln.startswith("•")}

    mine = [i for i, e in enumerate(facts.history) if any(h.text == e.text or h.header in e.header for h in held)]
    lines = set().union(*(employer_lines(facts.history[i]) for i in mine))
    orgs = {facts.entry_orgs[i].strip() for i in mine} - {""}
    # (or the same organisation part of a one-line header: "Graduate Geologist | Yilgarn Nickel Pty Ltd")
    first = min((e.start, e.start_month or 0) for e in held)
    return [e for e, org in zip(facts.history, facts.entry_orgs, strict=True) if (employer_lines(e) & lines
            or org.strip() in orgs) and (e.start, e.start_month or 0) < first]
