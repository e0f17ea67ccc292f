"""Session 24's recall checks (ground52, set 20's misses), run by :func:`careercopilot.writing.grounding.check` after the
detectors whose spans they defer to: unheard tool names (:mod:`.unheard_tools`, kind ``tool``), licences written as a
title phrase (:mod:`.licence_titles`, kind ``certification``) and authorship of publications (:mod:`.authorship`, kind
``claim``); session 25's (ground62) qualification kinds (:mod:`.qualification_levels`, kind ``degree``), title heads
(:mod:`.title_heads`, kind ``title``) and feats of a kind the resume never names (:mod:`.feat_kinds`, kind ``claim``);
session 27's (ground89) invented acts (:mod:`.acts`, kind ``claim``) and credentials a rank above the resume's
(:mod:`.credential_steps`, kind ``certification``); session 28's (ground97) clients claimed as the employer
(:mod:`.client_employers`, kind ``employer``) and credentials with a specialty they lack (:mod:`.credential_specialties`,
kind ``certification``) and standing others grant (:mod:`.granted_standing`, kind ``claim``); session 29's (ground109)
credentials held by initials or membership only (:mod:`.credential_holdings`, kind ``certification``); session 30's
(ground120) credentials named from a body's words and open tiers of a limited licence (:mod:`.credential_bodies`, kind
``certification``); trial126's time away or a gap the resume's dates do not show (:mod:`.career_gaps`, kind ``date``).
ground142 (set 28's misses): unbroken time across a gap between stays (:mod:`.continuity`, kind ``date``), a PhD for a
professional doctorate (:mod:`.doctorates`, kind ``degree``) and an ended acting term claimed as the current title
(:mod:`.acting_titles`, kind ``title``). A span overlapping a flag already raised is left to that flag. Results stretched over a whole are
:mod:`.totality`'s (through :mod:`.change_reach`).
"""

from __future__ import annotations

from careercopilot.writing.grounding import (
    acting_titles, acts, authorship, continuity, doctorates, career_gaps, client_employers, credential_bodies, credential_holdings, credential_scopes, credential_specialties, credential_starts, credential_steps, employment_terms, granted_standing, feat_kinds, licence_titles, occupation_titles, qualification_levels, title_heads, tool_scopes,
    unheard_tools,
)
from careercopilot.writing.grounding.facts import Flag, SourceFacts


def add_flags(text: str, facts: SourceFacts, flags: list[Flag]) -> None:
    """Append to ``flags`` this module's unsupported spans of ``text`` (see the module doc)."""
    lines = facts.lines + facts.text.splitlines()
    found = [(s, e, "tool", "Your resume does not mention this tool.") for s, e in unheard_tools.unsupported(text, facts)]
    headers = [e.header for e in facts.history]
    found += [(s, e, "certification", "Your resume does not give you this licence.")
              for s, e in licence_titles.unsupported(text, lines, facts.text)
              if not occupation_titles.licensed_category(text[s:e], headers, facts.text)]  # "licensed deck officer"
    found += [(s, e, "claim", "Your resume does not list this publication or your part in it.")
              for s, e in authorship.unsupported(text, lines)]
    # session 25 (ground62): qualification kinds, title heads and feats of a kind the resume never names
    found += [(s, e, "degree", "Your resume lists no qualification of this kind or level.")
              for s, e in qualification_levels.unsupported(text, facts)]
    found += [(s, e, "title", "Your resume gives this work another title.")
              for s, e in title_heads.unsupported(text, facts.text)]
    found += [(s, e, "claim", "Your resume mentions nothing of this kind.")
              for s, e in feat_kinds.unsupported(text, facts.text)]
    # session 26 (ground78): a tool the resume scopes to a past job, claimed for the current work
    found += [(s, e, "tool", "Your resume gives this tool for an earlier job.") for s, e in tool_scopes.unsupported(text, facts)]
    # session 27 (ground89): an act (wrote, introduced, developed, discovered, trained …) on an object the resume never names
    found += [(s, e, "claim", "Your resume does not describe this work.") for s, e in acts.unsupported(text, facts.original)]
    # … and a credential one rank above the resume's ("Master Safe Technician" for "Professional Safe Technician")
    found += [(s, e, "certification", "Your resume gives this credential another rank or level.")
              for s, e in credential_steps.unsupported(text, facts.original.splitlines())]
    # session 28 (ground97): a client, agency or partner of the resume claimed as the employer ("a BNSF locomotive engineer")
    found += [(s, e, "employer", "Your resume names this organisation as a client or partner, not your employer.")
              for s, e in client_employers.unsupported(text, facts)]
    # … and a resume credential with a specialty or endorsement it never names ("the CCA sustainability specialty")
    found += [(s, e, "certification", "Your resume does not give this credential that specialty or endorsement.")
              for s, e in credential_specialties.unsupported(text, lines)]
    # … and standing others grant (named among, a committee seat, a talk, rules drafted, work adopted by another body)
    found += [(s, e, "claim", "Your resume does not mention this recognition, role or adoption.")
              for s, e in granted_standing.unsupported(text, facts.original.splitlines())]
    # … and a credential held longer than its own part of the resume allows ("held my PE licence for more than eleven years")
    found += [(s, e, "date", "Your resume dates this credential later.")
              for s, e in credential_starts.overstated(text, facts.text.splitlines(), facts.today)]
    # session 29 (ground109): a credential's initials the resume never gives ("board certified in pharmacotherapy (BCPS)"
    # on a BCOP's resume) and a body it gives only as a membership ("the SPE … Certification" for «SPE, member»)
    found += [(s, e, "certification", "Your resume does not give you this credential.")
              for s, e in credential_holdings.unsupported(text, facts.text.splitlines(), facts.text)]
    # session 30 (ground120): a credential named from its body's words ("a Certified Wine Educator" for «Certified
    # Specialist of Wine (CSW), Society of Wine Educators») and an open tier of a limited licence ("an unlimited
    # master's licence" for «Master … Not More Than 1,600 GRT»)
    raw = facts.text.splitlines()
    found += [(s, e, "certification", "Your resume names these words as the issuing body, not your credential.")
              for s, e in credential_bodies.unsupported_bodies(text, raw)]
    found += [(s, e, "certification", "Your resume gives this licence a limit.")
              for s, e in credential_bodies.open_tier(text, raw)]
    # trial126: time away from work or a gap between roles, read against the resume's dates
    found += [(s, e, "date", "Your resume's dates show no time away from work.")
              for s, e in career_gaps.unsupported(text, facts)]
    # session 31 (ground133): employee years across a contract or agency period (:mod:`.employment_terms`)
    found += [(s, e, "date", "Your resume gives part of these years as contract or agency work.")
              for s, e in employment_terms.unsupported(text, facts)]
    # … and a resume credential claimed with another class or a scope its lines never name (:mod:`.credential_scopes`)
    found += [(s, e, "certification", "Your resume gives this credential another class or scope.")
              for s, e in credential_scopes.unsupported(text, raw)]
    # ground142: unbroken time claimed across a gap between stays (a boomerang's two stints: :mod:`.continuity`)
    found += [(s, e, "date", "Your resume's dates show a break in this time.") for s, e in continuity.unsupported(text, facts)]
    # … and a research doctorate (PhD) claimed on a resume whose doctorate is a professional one (DPT: :mod:`.doctorates`)
    found += [(s, e, "degree", "Your resume gives a professional doctorate, not a PhD.")
              for s, e in doctorates.unsupported(text, facts.text)]
    # … and a title the resume gives only as an ended acting term, claimed as the current one (:mod:`.acting_titles`)
    found += [(s, e, "title", "Your resume gives this title only as an acting term that has ended.")
              for s, e in acting_titles.unsupported(text, raw + facts.original.splitlines())]
    for s, e, kind, message in found:
        if not any(f.start < e and s < f.end for f in flags):
            flags.append(Flag(kind, s, e, text[s:e], message))
