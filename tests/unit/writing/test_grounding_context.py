"""Variant tables for the grounding checker's context mechanisms (our own resume, not the
blind set): a year, title or scope word must hold where the sentence puts it; short forms of
names, clipped degree fields, merged certification mentions and simple arithmetic pass."""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

RESUME = """JORDAN LEE
Site Reliability Engineer
jordan.lee@mail.example | (312) 555-0148

EXPERIENCE
Senior Site Reliability Engineer — Harborview Payments, Chicago, IL
April 2020 – Present
- On-call lead for a rotation of 6 engineers; cut paging volume from 400 to 100 alerts per month.
- Moved 25 services to Kubernetes with Terraform and Argo CD.

Systems Administrator, Lakefront Community College, Chicago, IL — 2015 – March 2020
- Ran the campus Linux fleet of 120 servers; uptime rose from 97.5% to 99.9%.
- Led the 2018 migration from Nagios to Prometheus.

EDUCATION
B.S. in Computer Science, University of Illinois Chicago, 2014

CERTIFICATIONS
Certified Kubernetes Administrator (CKA), 2021
Google Cloud Professional Cloud Architect (2022)
"""
FACTS = SourceFacts.from_texts(RESUME, today=date(2026, 12, 1))

SUPPORTED = [
    "I have been at Harborview Payments since April 2020.",
    "Since 2020 I have worked as a Senior Site Reliability Engineer at Harborview.",
    "From 2015 to 2020 I was a Systems Administrator at Lakefront Community College.",
    "In 2017 I ran the campus Linux fleet at Lakefront.",
    "In 2018 I led our move from Nagios to Prometheus.",
    "I earned my B.S. in Computer Science from UIC in 2014.",
    "I hold a BS in CS from the University of Illinois Chicago.",
    "I finished my degree in 2014.",
    "I'm a Certified Kubernetes Administrator (CKA) and a Google Cloud Professional Cloud Architect.",
    "I became a Certified Kubernetes Administrator in 2021.",
    "As a Site Reliability Engineer at Harborview, I lead the on-call rotation.",
    "At Harborview Payments' platform team I moved 25 services to Kubernetes.",
    "I cut paging volume by 75% by tuning alerts.",
    "I cut paging by 300 alerts a month.",
    "Campus uptime rose by 2.4 percentage points under my watch.",
    "I'm excited to bring this experience to your whole team.",
    "Uptime rose to more than 99% on my watch.",
    "I ran a fleet of more than 100 servers.",
    "I ran roughly 118 servers on campus.",
    "I left Lakefront Community College in 2020.",
    "I have worked in systems administration since 2015.",
    "I was promoted to Senior Site Reliability Engineer at Harborview in 2020.",
]

UNSUPPORTED = [
    ("I have been at Harborview Payments since 2018.", "date"),
    ("I joined Lakefront Community College in 2014.", "date"),
    ("In 2023 I left Harborview Payments.", "date"),
    ("I left Lakefront in 2018.", "date"),
    ("In 2021 I ran the campus Linux fleet at Lakefront.", "date"),
    ("I earned my B.S. in Computer Science in 2018.", "date"),
    ("As a Senior Site Reliability Engineer at Lakefront, I ran 120 servers.", "title"),
    ("I served as systems administrator at Harborview Payments.", "title"),
    ("As Platform Researcher at Harborview, I studied alerting.", "title"),
    ("I'm a Certified Kubernetes Administrator and a Google Cloud Professional Cloud Developer.", "certification|title"),
    ("I cut paging volume by 90%.", "number"),
    ("I ran a fleet of more than 150 servers.", "number|scale"),
    ("I ran roughly 140 servers on campus.", "number|scale"),
    ("I led a company-wide reliability program.", "scale"),
    ("I rolled out monitoring across every Harborview office.", "scale"),
    ("I kept the entire company online during the 2021 outage.", "scale"),
    ("I hold an M.S. in CS from the University of Illinois Chicago.", "degree"),
]


@pytest.mark.parametrize("sentence", SUPPORTED)
def test_supported_variants_pass(sentence):
    assert check(sentence, FACTS) == [], [(f.kind, f.text) for f in check(sentence, FACTS)]


@pytest.mark.parametrize(("sentence", "kind"), UNSUPPORTED)
def test_unsupported_variants_are_flagged(sentence, kind):
    flags = check(sentence, FACTS)
    assert set(kind.split("|")) & {f.kind for f in flags}, [(f.kind, f.text) for f in flags]


def test_the_resume_grounds_itself():
    assert check(RESUME, FACTS) == [], [(f.kind, f.text) for f in check(RESUME, FACTS)]


@pytest.mark.parametrize(
    ("resume", "sentence", "allowed", "flagged"),
    [("Certified Nursing Assistant, Sunrise Gardens\n- Used Hoyer lift for transfers",
      "I used the Hoyer lift as Certified Nursing Assistant at Sunrise Gardens.", (), False),
     ("Certified Nursing Assistant, Sunrise Gardens\n- Used Hoyer lift for transfers",
      "I used the Hoyer lift as Certified Medication Aide at Sunrise Gardens.", (), True),
     ("LICENSES\nDriver license (Class D)", "My resume lists driver license among my credentials.", (), False),
     ("CERTIFICATIONS\nNIGP-CPP in progress", "My credentials include NIGP-CPP in progress.", (), False),
     ("Office manager, Brightside Dental", "I am applying to Kim Lundgren Associates.", ("Kim Lundgren Associates",),
      False),
     ("B.A. in History, 2012", "I hold an Associate of Arts in History.", (), True)],
)
def test_writer_framing_variants(resume, sentence, allowed, flagged):
    flags = check(sentence, SourceFacts.from_texts(resume, allowed=allowed, today=date(2026, 12, 1)))
    assert bool(flags) is flagged, [(f.kind, f.text) for f in flags]
