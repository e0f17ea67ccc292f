"""Table of title-duration variants (:mod:`careercopilot.writing.grounding.title_spans`; session 23, set 19's
misses "I have been a chief operator / a site lead for more than N years", "I have led the IV room team for …", "I
have been a senior engineer at the authority for …"): the span of a title is the one its history lines give —
across a promotion inside one employer, the same title at several employers, a place named by a common noun ("at
the partnership") — never the date of a licence or register line under the resume's headline.

Written for this file in professions of no blind set (a dental hygienist in Washington, a physiotherapist in Spain
with a Spanish CV, a building inspector in England), in the shapes of set 19's resumes: a head block whose last line
is a licence or "colegiada … desde marzo 2011" line, date-first history lines, promotions as stacked title lines.
``True``: the sentence must get a ``date`` flag; ``False``: no flag at all (the supported twins). Today is
December 2026.

Old code (before session 23): 10 of the 14 unsupported rows missed (each one the headline or the place decided),
0 of the 16 supported rows flagged.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding import title_spans

TODAY = date(2026, 12, 3)

HYGIENIST = """MARGARET O. LINDQVIST, RDH
Lead Dental Hygienist, Periodontal Program
Spokane, WA · (509) 555-0143 · m.lindqvist.rdh@example.com
Washington Dental Hygiene License DH.60218834 — since June 2010

EXPERIENCE
Inland Northwest Dental Group — Spokane, WA
Lead Dental Hygienist | April 2020 – Present
• Lead a team of 7 hygienists across two clinics
• Cut periodontal recall no-shows from 18% to 7%
Dental Hygienist | August 2013 – March 2020

Cascade Family Dentistry — Yakima, WA
Dental Hygienist | July 2010 – July 2013

EDUCATION
B.S. Dental Hygiene — Eastern Washington University, 2010
"""

PHYSIO = """CURRICULUM VITAE
Lucía Fernández Ortega
Fisioterapeuta — coordinadora de unidad (Physiotherapist — unit coordinator)
Valladolid · tel. +34 612 48 93 07 · lucia.fernandez.fisio@example.es
Colegiada n.º 4127, Colegio Profesional de Fisioterapeutas de Castilla y León, desde marzo 2011 (registered since March 2011)

EXPERIENCIA PROFESIONAL (Experience)
octubre 2019 – actualidad   Coordinadora de la unidad de rehabilitación (Rehabilitation unit coordinator), Hospital Río Pisuerga, Valladolid
 • Equipo de 11 fisioterapeutas (team of 11 physiotherapists)
mayo 2014 – septiembre 2019   Fisioterapeuta (Physiotherapist), Hospital Río Pisuerga
abril 2011 – abril 2014   Fisioterapeuta (Physiotherapist), Clínica Duero Salud, Zamora

FORMACIÓN (Education)
2010   Grado en Fisioterapia — Universidad de Valladolid
"""

INSPECTOR = """Owen Gallagher
Senior Building Inspector
Leeds · 07700 900461 · owen.gallagher@example.co.uk
Registered Building Inspector (CABE) since 2012

EXPERIENCE
West Riding Building Control Partnership — Leeds
Senior Building Inspector | September 2021 – present
• Sign off about 400 completions a year
Building Inspector | March 2016 – August 2021

Harrogate Borough Council — Harrogate
Building Inspector | May 2011 – February 2016
Trainee Building Inspector | September 2009 – April 2011
"""

RESUMES = {"hygienist": HYGIENIST, "physio": PHYSIO, "inspector": INSPECTOR}

VARIANTS = [
    # the headline ("Lead Dental Hygienist") is dated by its own history line (April 2020: 6 y 8 m), not the licence's
    ("hygienist", "I have been a lead hygienist for more than eight years.", True),
    ("hygienist", "I have been the lead dental hygienist for more than seven years.", True),
    ("hygienist", "I have led the hygiene team for more than nine years.", True),
    ("hygienist", "I have been a lead hygienist at the group for more than eight years.", True),
    ("hygienist", "I have been a lead hygienist for more than six years.", False),
    ("hygienist", "I have been the lead dental hygienist for nearly seven years.", False),
    ("hygienist", "I have led the hygiene team for more than six years.", False),
    # the same title at two employers: from July 2010 (16 y 5 m); the licence line names it too (June 2010)
    ("hygienist", "I have been a dental hygienist for more than sixteen years.", False),
    ("hygienist", "I have been a licensed dental hygienist for more than sixteen years.", False),
    ("hygienist", "I have been a dental hygienist for more than eighteen years.", True),
    # at the place a common noun names: the Dental Group's lines (August 2013: 13 y 4 m), not Cascade's
    ("hygienist", "I have been a hygienist at the group for more than thirteen years.", False),
    ("hygienist", "I have been a hygienist at the group for more than fifteen years.", True),
    # a Spanish CV: "colegiada … desde marzo 2011" under the headline "coordinadora de unidad (unit coordinator)"
    ("physio", "I have been a unit coordinator for more than nine years.", True),
    ("physio", "I have coordinated the rehabilitation unit for more than nine years.", True),
    ("physio", "I have been a unit coordinator for more than seven years.", False),
    ("physio", "I have been a physiotherapist for more than fifteen years.", False),
    ("physio", "I have been a registered physiotherapist for more than fifteen years.", False),
    # promotions inside one employer, the same title at an earlier one, places by common nouns
    ("inspector", "I have been a senior inspector at the partnership for more than seven years.", True),
    ("inspector", "I have been an inspector at the partnership for more than twelve years.", True),
    ("inspector", "I was a building inspector at the council for more than seven years.", True),
    ("inspector", "I have been a senior inspector at the partnership for more than five years.", False),
    ("inspector", "I have been a senior building inspector for more than five years.", False),
    ("inspector", "I have been an inspector at the partnership for more than ten years.", False),
    ("inspector", "I have been a building inspector for more than fifteen years.", False),
    ("inspector", "I was a building inspector at the council for nearly five years.", False),
    ("inspector", "I have been a senior building inspector for more than seven years.", True),
    ("physio", "I have worked as a physiotherapist for more than seventeen years.", True),
    ("inspector", "I have been with the partnership for more than ten years.", False),
    # a "<role> since <year>" line names no place: the partnership's lines still date "at the partnership"
    ("inspector", "I have been a building inspector at the partnership for more than twelve years.", True),
    ("inspector", "I have been a building inspector at the partnership for more than ten years.", False),
]


@pytest.mark.parametrize("resume,sentence,flagged", VARIANTS)
def test_title_duration_variants(resume, sentence, flagged):
    flags = [(f.kind, f.text) for f in check(sentence, SourceFacts.from_texts(RESUMES[resume], today=TODAY))]
    if flagged:
        assert any(k == "date" for k, _ in flags), flags
    else:
        assert not flags, flags


def test_a_headline_block_dated_by_a_licence_line_is_told_from_a_role_dated_since():
    heads = {e.header.splitlines()[0]: title_spans.dated_by_credential(e) for e in ctx.entries(HYGIENIST, 2026)}
    assert heads["MARGARET O. LINDQVIST, RDH"] is True
    assert heads["EXPERIENCE"] is False and heads["Cascade Family Dentistry — Yakima, WA"] is False
    # a role written "since" a date is its own (set 15: "Responsable Qualité Usine | since January 2021")
    [role] = ctx.entries("Tanger Câblage Systèmes SARL — Tanger\nResponsable Qualité Usine | since January 2021\n", 2026)
    assert title_spans.dated_by_credential(role) is False


def test_place_words_read_a_common_noun_place_only():
    assert title_spans.place_words("I have been a senior engineer at the authority") == {"author"}
    assert title_spans.place_words("I have been a nurse with our agency") == {"agency"}
    assert title_spans.place_words("I have been a senior engineer") == set()
