"""Grounding: every fact in a generated document must come from the user's own sources.

:func:`check` flags, deterministically, each span of a document that states something the
sources (resume text, profile, and — for addressing only — the posting's company and
title) do not contain:

=================  ==============================================================
kind               flagged when
=================  ==============================================================
``number``         a count, amount or percentage absent from the sources, tied to
                   a different unit there ("3 business days" when the resume says 5), or
                   an amount in another currency ("€84 million" for "CAD 84 million")
``scale``          an inflated size: "thousands of users" when the sources' largest
                   number of users is 300; team sizes and budgets beyond the sources
``date``           a year (or month + year) the sources never mention
``employer``       a capitalised name (employer, school, place) not in the sources
``title``          a job title the user never held (seniority words may be dropped,
                   never added: "Software Engineer" ⊂ "Senior Software Engineer")
``degree``         a degree level, type or field the sources don't list
``certification``  a certification or licence not in the sources
``tool``           a named tool/technology (skills taxonomy) the sources don't list, or
                   people listed as a skill ("I used RNs and CNAs", :mod:`.people`)
``url``/``email``/``phone``  contact data not in the sources
=================  ==============================================================

Supported paraphrases pass: number words and digits ("five"/"5"), magnitudes ("$5M" /
"$5 million", "40K"/"40,000"), ordinals ("2nd"/"second"), ratios ("nine in ten" for 87.5 %), true bounds and
rounding ("under 30%" for 29 %, "almost five points" for 4.7), credentials spelled out from their initials
("Airline Transport Pilot Licence" / "ATPL"), schools named in English ("University of Porto" / "Universidade
do Porto", "UoN"), skill aliases ("Postgres" /
"PostgreSQL", via the skills taxonomy), degree spellings ("B.S."/"Bachelor of Science"),
tenure ("more than ten years" when the dated history spans eleven). Durations tied to an employer
("four years at X") must fit that employer's dates, and a field's length the one the resume states
for it (:mod:`.durations`).

An optional LLM ``judge`` may ADD flags (``source="judge"``); it can never remove one.
Context (:mod:`.context`): a year or a title must hold for the history entry the sentence
is about ("Senior Software Engineer at Northwind" when that title was held elsewhere is
flagged; "since 2020" when 2020 is only a certificate's year is flagged). Scope claims without
a number (:mod:`.scope`: "company-wide", "adopted across all product teams", "led the whole team",
"a global rollout") need a resume line claiming that reach for the same thing. Titles
(:mod:`.titles`) must be the user's own — not a manager's the resume names — with seniority never
added; common synonyms pass ("Software Engineer" / "Software Developer"). Simple arithmetic on one resume line ("by 23 percentage points" for 54 % → 77 %)
and rounding that stays true ("more than 20%" for 22 %) pass.

Modules: :mod:`.facts` (the sources prepared once), :mod:`.locale_forms` (the resume's locale figures,
dates and language names in English form; its words of any language from :mod:`.locale_data`: dateparser and
babel CLDR data), :mod:`.numbers` (counts, amounts, rates),
:mod:`.durations` (lengths of time),
:mod:`.names` (organisations and employment claims), :mod:`.context` (what a sentence is about),
:mod:`.scope` (reach without a number), :mod:`.totality` (all/every/entire over any object),
:mod:`.changes` (before/after pairs), :mod:`.degrees` (degree level, field and school), :mod:`.honours` (degree grades), :mod:`.status` (credentials the
resume names as pending claimed as held), :mod:`.achievements`
(launched, won, first author, into production; kind ``claim``), :mod:`.upgrades` (a part in a result raised a
step: sole inventor, principal investigator, led, ranked first), :mod:`.attribution` (work placed
at the wrong employer), :mod:`.career_starts` (a career measured from a start the sentence names),
:mod:`.abbreviations` (courts and agencies in citation form: "S.D.N.Y.", "D. Minn."), :mod:`.titles` (job titles),
:mod:`.credential_durations` (durations of a title by its initials, a credential held, a unit led; a lower
credential's or title's years), :mod:`.tool_scopes` (a tool the resume scopes to a past job claimed for the current work), :mod:`.credential_codes`
("SHRM-SCP" for "SHRM-CP"), :mod:`.recognitions` (awards, keynotes, incidents; kind ``claim``), :mod:`.owned_work` (work on
an object the employer owns that the resume never names),
:mod:`.unit_forms` (units in one form, a change's unit across its ends), :mod:`.field_careers` (a career in a field from
the first role of that line of work), :mod:`.degree_initials` ("M.S.C.E. (Structural)", "MURP"), :mod:`.title_gaps`
("lead technician" for "Lead Pharmacy Technician"), :mod:`.demonyms` ("the Dutch ir. title"), :mod:`.consulting` ("as a
consultant" at "… Engineers, LLC"), :mod:`.name_forms` ("Gothenburg" for "Göteborg", "UofL", "USCG"),
:mod:`.national_credentials` ("a CACES forklift licence"), :mod:`.level_figures` ("MBO level 4" for "MBO-4"),
:mod:`.occupation_titles` ("deck officer" for a mate; the last three through :mod:`.cleared`, :mod:`.titles`),
:mod:`.unit_conversions` ("about 255 miles" for "410 km", NIST SP 811 factors), :mod:`.list_sums` ("seven vessel designs"
for "5 ferry and 2 research-vessel designs"), :mod:`.credential_glossary` ("master craftsman's certificate" for
"Meisterbrief", "PGCert", "six-pack licence" for "OUPV"), :mod:`.entities` (detectors), :mod:`.text` (tokens);
:mod:`.dated_claims` (years and month-years) and :mod:`.credential_mentions` (certifications, tools) hold the
checks :func:`check` calls first; :mod:`.credential_starts` (a credential's date and length from its own part of a
line), :mod:`.client_employers` (clients, partners, agencies claimed as the employer), :mod:`.credential_specialties`
(a specialty or endorsement added to a resume credential) and :mod:`.granted_standing` (named among, seats, talks,
rules drafted, work adopted by others) are session 28's (ground97; the last three through :mod:`.recall_hooks`).
:mod:`.posting_names` (ground111): a name only the posting gives (``SourceFacts.posting``) passes where the document
names it as the posting's — "I would welcome learning Epic", "your Salesforce rollout" — never as the user's.
Session 30 (ground120): :mod:`.product_lines` ("Power BI" for «Excel Power Query»: siblings of one product line, a
taxonomy product's own name), :mod:`.lead_starts` ("led the team since 2013" from the leading line's start) and
:mod:`.credential_bodies` (a credential named from its body's words; "unlimited" for a limited licence).
:mod:`.line_bodies` (ground121): an issuing or examining body named in English that a resume line names in the CV's
language, script or initials ("the Greek Atomic Energy Commission" for «Ελληνική Επιτροπή Ατομικής Ενέργειας»).
Session 31 (ground134): :mod:`.practice_acronyms` (a field's initials as no tool: "QA checks in Xbench", "VAT" for "IVA").
:mod:`.derived_forms` (ground143): counts of months or seasons from a line's date range and school years "2025–26"
(:mod:`.time_counts`), "one of five", fractions and a change's percentage beside its difference (:mod:`.line_ratios`), a
degree being studied named at its school (:mod:`.study_claims`).
Measured on ``tests/fixtures/writing/grounding_planted.jsonl`` (written by the checker's author) and on ten
blind sets ``tests/fixtures/writing/grounding_blind*/`` (written by curators who never saw the
checker; each run once before its misses were used — figures in the README's writing section).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from careercopilot.writing.grounding import amount_pairs, career_gaps, posting_mentions
from careercopilot.writing.grounding import (
    achievements, attribution, changes, cleared, credential_codes, credential_glossary, credential_roles, degrees,
    demonyms, honours, owned_work, partial_reach, plural_reach, posting_names, product_names, quoted_lines,
    recall_hooks, recognitions, scope, share_claims, status, totality, upgrades,
)
from careercopilot.writing.grounding import academic_claims, derived_forms, executive_titles
from careercopilot.writing.grounding.facts import Flag, SourceFacts, overlaps, sentence_at
from careercopilot.writing.grounding.contact_forms import check_contacts
from careercopilot.writing.grounding.durations import check_durations
from careercopilot.writing.grounding.names import check_employers, check_names
from careercopilot.writing.grounding.numbers import check_numbers
from careercopilot.writing.grounding.people import check_people_as_skills
from careercopilot.writing.grounding.titles import check_titles
from careercopilot.writing.grounding.dated_claims import check_dates as _dates
from careercopilot.writing.grounding.credential_mentions import (
    check_certifications as _certifications, check_tools as _tools, spelled_initials,
)

__all__ = ["Flag", "SourceFacts", "check", "spelled_initials"]


def _scope(text: str, facts: SourceFacts, flags: list[Flag]) -> None:
    """Scope claims without a number ("company-wide", "adopted across all product teams", "led the
    whole engineering team", "a global rollout") that no resume line backs (:mod:`.scope`): kind
    ``scale`` (unit-level work inflated to the organisation)."""
    for c in scope.check_scope(text, lambda pos: sentence_at(text, pos), facts.lines):
        if any(f.start <= c.start and c.end <= f.end for f in flags):
            continue  # already inside a flagged span ("across all 40 clinics" keeps its own scope flag)
        flags.append(Flag("scale", c.start, c.end, c.phrase, "Your resume does not describe work at this scope."))
    headers = {e.header for e in facts.history}
    judged = [(c.start, c.end) for c in scope.claims(text)]
    for t in totality.check_totality(text, lambda pos: sentence_at(text, pos), facts.lines, headers):
        if overlaps((t.start, t.end), judged) or any(f.start < t.end and t.start < f.end for f in flags):
            continue  # a scope claim (judged by :mod:`.scope`), or already flagged there (a number, a name)
        flags.append(Flag("scale", t.start, t.end, t.phrase, "Your resume does not describe work at this reach."))
    for ps, pe in partial_reach.unsupported(text, facts.lines):  # "all eleven parts" for «4 of the court's 11 parts»
        if not any(f.start < pe and ps < f.end for f in flags):
            flags.append(Flag("scale", ps, pe, text[ps:pe], "Your resume gives this work part of these, not all."))
    for ps, pe in share_claims.unsupported(text, facts.text.splitlines()):  # "all 38 dies" for «9 of them» (ground133)
        if not any(f.start < pe and ps < f.end for f in flags):
            flags.append(Flag("scale", ps, pe, text[ps:pe], "Your resume gives this for a share of these, not all."))
    for p in plural_reach.unsupported(text, facts.lines, headers):  # "a portfolio of Nevada resorts" for one resort
        if not any(f.start < p.end and p.start < f.end for f in flags):
            flags.append(Flag("scale", p.start, p.end, p.phrase, "Your resume describes one of these, not several."))


def _attribution(text: str, facts: SourceFacts, flags: list[Flag]) -> None:
    """Work the resume lists under another employer than the one the sentence names (:mod:`.attribution`)."""
    pos = 0
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        base = text.find(sentence, pos)
        pos = base + len(sentence)
        hit = attribution.misattributed(sentence, facts) or attribution.related_only(sentence, facts)
        if hit and not overlaps((base + hit[0], base + hit[1]), [(f.start, f.end) for f in flags]):
            flags.append(Flag("employer", base + hit[0], base + hit[1], hit[2],
                              "Your resume lists this work under another employer."))





def check(
    text: str,
    facts: SourceFacts,
    *,
    judge: Callable[[str, SourceFacts], list[Flag]] | None = None,
) -> list[Flag]:
    """Unsupported spans of ``text`` (sorted by position). ``judge`` may add flags only."""
    flags: list[Flag] = []
    taken: list[tuple[int, int]] = []
    known: list[tuple[int, int]] = []
    check_contacts(text, facts, flags, taken)  # plain and disguised (:mod:`.contact_forms`)
    _dates(text, facts, flags, taken)
    check_durations(text, facts, flags, taken)
    check_titles(text, facts, flags, known)
    degrees.check_degrees(text, facts, flags, known)
    for ts, te in executive_titles.unsupported(text, facts.text + "\n" + facts.original):  # "promoted to CTO" (sec125)
        if not any(f.start < te and ts < f.end for f in flags):
            flags.append(Flag("title", ts, te, text[ts:te], "Your resume does not give you this title."))
    for rs, re_ in academic_claims.unsupported_ranks(text, facts.text + "\n" + facts.original):  # "top of my class"
        if not any(f.start < re_ and rs < f.end for f in flags):
            flags.append(Flag("degree", rs, re_, text[rs:re_], "Your resume does not give you this class rank."))
    for hs, he, _ in honours.unsupported(text, facts.text):
        flags.append(Flag("degree", hs, he, text[hs:he], "Your resume gives your degree another grade."))
    _certifications(text, facts, flags, known)
    for ss, se, kind in status.unsupported(text, facts.text.splitlines(), facts.today):
        flags.append(Flag(kind, ss, se, text[ss:se], "Your resume gives this as not yet held."))
    for cs, ce in credential_codes.unsupported(text, facts.text):  # "SHRM-SCP" for "SHRM-CP" (session 22)
        if not any(f.start < ce and cs < f.end for f in flags):
            flags.append(Flag("certification", cs, ce, text[cs:ce], "Your resume does not write this credential."))
    for cs, ce in credential_roles.unsupported(text, facts.text.splitlines()):
        if not any(f.start < ce and cs < f.end for f in flags):
            flags.append(Flag("certification", cs, ce, text[cs:ce], "Your resume does not give you this credential."))
    for cs, ce in credential_glossary.unsupported(text, facts.text.splitlines(), facts.original):  # (ground98)
        if not any(f.start < ce and cs < f.end for f in flags):  # "a postgraduate diploma" on a PGCert's CV
            flags.append(Flag("certification", cs, ce, text[cs:ce], "Your resume does not give you this credential."))
    _tools(text, facts, flags, known)
    for ps, pe, written in product_names.products(text, facts):  # "hyperMILL": a product's spelling, no taxonomy skill
        if not written and not overlaps((ps, pe), [(f.start, f.end) for f in flags]):
            flags.append(Flag("tool", ps, pe, text[ps:pe], f"Your resume does not mention {text[ps:pe]}."))
        known.append((ps, pe))  # (its version number is the product's: "vSphere 8")
    for c in changes.unsupported_ends(text, facts.lines):
        if not overlaps((c.b_start, c.b_end), [(f.start, f.end) for f in flags]):
            flags.append(Flag("number", c.b_start, c.b_end, text[c.b_start:c.b_end],
                              "Your resume states this change with another result."))
    contradicted, stated = amount_pairs.judged(text, facts.lines)  # "from $1.3 million to $4.4 million" (session 23)
    for ps, pe in contradicted:
        if not overlaps((ps, pe), [(f.start, f.end) for f in flags]):
            flags.append(Flag("number", ps, pe, text[ps:pe], "Your resume states this change with other amounts."))
    taken += stated + contradicted  # (a pair's ends read as one claim: "$2.7" of "from $2.7 to $4.1 million")
    check_people_as_skills(text, flags, known)
    taken += career_gaps.claim_spans(text)  # "a gap between two roles": read whole by :mod:`.career_gaps`
    check_numbers(text, facts, flags, taken + [k for k in known if _is_named_number(text, k)]
                  + _allowed_with_figures(text, facts.allowed))
    check_employers(text, facts, flags, known + taken)
    check_names(text, facts, flags, known + taken)
    _scope(text, facts, flags)
    _attribution(text, facts, flags)
    for ts, te in academic_claims.unsupported_teaching(text, facts.original.splitlines()):  # taught where studied
        if not any(f.start < te and ts < f.end for f in flags):
            flags.append(Flag("claim", ts, te, text[ts:te], "Your resume names this school as where you studied, "
                              "not where you taught."))
    for c in achievements.unsupported(text, facts.lines):
        if not any(f.start < c.end and c.start < f.end for f in flags):
            flags.append(Flag("claim", c.start, c.end, text[c.start:c.end],
                              "Your resume does not state this achievement."))
    for r in recognitions.unsupported(text, facts.text.splitlines()):  # awards, keynotes, incidents no line backs (session 22)
        if not any(f.start < r.end and r.start < f.end for f in flags):
            flags.append(Flag("claim", r.start, r.end, text[r.start:r.end],
                              "Your resume does not state this recognition." if r.kind == "recognition"
                              else "Your resume does not mention this event."))
    for ws, we in owned_work.unsupported(text, facts.text):  # "designed the bank's early-warning system" (session 22)
        if not any(f.start < we and ws < f.end for f in flags):
            flags.append(Flag("claim", ws, we, text[ws:we], "Your resume does not describe this work."))
    for u in upgrades.unsupported(text, facts.text.splitlines()):
        if not any(f.start < u.end and u.start < f.end for f in flags):
            flags.append(Flag("claim", u.start, u.end, text[u.start:u.end],
                              "Your resume gives you a smaller part in this."))
    recall_hooks.add_flags(text, facts, flags)  # unheard tools, licence titles, authorship (session 24)
    # "the Dutch ir. title", "the Chilean professional title" on a Dutch or Chilean CV: where it is from (session 23)
    flags = [f for f in flags if f.kind not in ("tool", "employer") or not demonyms.country_award(
        text, f.start, f.end, facts.original)]
    # a clause the resume writes word for word ("…: Building test coordinator for Ohio end-of-course exams.")
    flags = [f for f in flags if f.kind not in quoted_lines.KINDS or not quoted_lines.quoted(
        text, f.start, f.end, facts.lines + facts.text.splitlines())]
    flags = [f for f in flags if f.kind != "title" or not quoted_lines.degree_field(
        text, f.start, f.end, facts.text.splitlines())]  # "A.A.S. Physical Therapist Assistant": a degree's field
    flags = [f for f in flags if f.kind not in _NAME_PART_KINDS or not posting_mentions.inside_allowed_name(
        text, f.start, f.end, facts.allowed, title_claims=True)]  # a word of the posting's name written out
    flags = posting_names.clear_posting_names(text, facts.posting, flags)  # "I would welcome learning Epic" (ground111)
    greetings = _greeting_lines(text)
    flags = derived_forms.keep(text, facts, flags)  # counts from a line's range, ratios, degrees studied (ground143)
    flags = cleared.keep(text, facts, [f for f in flags if f.kind not in _ADDRESS_KINDS or not any(
        a <= f.start and f.end <= b for a, b in greetings)])  # supported restatements (session 24: :mod:`.cleared`)
    if judge is not None:
        have = {(f.start, f.end) for f in flags}
        extra = [f for f in judge(text, facts) if 0 <= f.start < f.end <= len(text) and (f.start, f.end) not in have]
        flags.extend(Flag(f.kind, f.start, f.end, f.text, f.message, "judge") for f in extra)
    return sorted(flags, key=lambda f: (f.start, f.end))


#: A greeting line of a letter or e-mail: "Dear Hiring Manager,", "Dear Dr. Reeves,", "Hello Acme team,",
#: "To the Hiring Committee:", "Estimado equipo de selección:", "Madame, Monsieur," — a line of its own,
#: ≤ 10 words, no sentence inside, ending in a comma or colon (session 22, issue 12 finding 6: "Dear Hiring
#: Manager," flagged as a title the user never held).
_GREETING = re.compile(
    r"(?im)^[ \t]*(?:Dear|Hello|Hi|Greetings|To|Attn\.?|Attention|Hola|Estimad[oa]s?|Bonjour|Madame|Monsieur|"
    r"Docteur|Sehr geehrte[rn]?)\b(?:[^.!?\n\d]|(?:Dr|Mr|Ms|Mrs|Mx|Prof|Jr|Sr|[A-Z])\.){0,80}[,:][ \t]*$")
#: Kinds a greeting may name without claiming anything: the addressee's title, team or organisation
#: ("Dear Dr. Reeves,": "Dr" read as a name; "Dear Recruiting Team,": "Recruiting" read as a skill).
_ADDRESS_KINDS = frozenset({"title", "employer", "degree", "certification", "tool"})


#: Kinds a word of the posting's company or title may be read as when the document writes that name out.
_NAME_PART_KINDS = frozenset({"tool", "degree", "certification", "scale", "title", "employer", "claim"})


def _greeting_lines(text: str) -> list[tuple[int, int]]:
    """Spans of greeting lines (:data:`_GREETING`) of ≤ 10 words."""
    return [(m.start(), m.end()) for m in _GREETING.finditer(text) if len(m.group(0).split()) <= 10]


def _allowed_with_figures(text: str, allowed: list[str]) -> list[tuple[int, int]]:
    """Where ``text`` writes an allowed name that has a figure in it — the posting's title or company
    ("Certified IT Administrator (LAN/WAN), Level 4", "Local 32BJ"): its figure names the posting, it
    claims nothing (session 22, issue 12 finding 6: "the … Level 4 position" flagged "4")."""
    spans = []
    for name in allowed:
        if name and len(name) >= 6 and re.search(r"\d", name) and re.search(r"[A-Za-z]{3}", name):
            spans += [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
    return spans


def _is_named_number(text: str, span: tuple[int, int]) -> bool:
    """Numbers inside a recognised name ("OSHA 30", "Electrician II") are checked with it."""
    return bool(re.search(r"\d", text[span[0]:span[1]]))

