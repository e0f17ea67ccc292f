"""Recognitions: awards, prizes, medals, commendations, keynotes and publications the user says they received
(session 22, ground32; the invented achievements of sets 8–18: "My work … earned me Iberisol's annual safety award",
"Air Tramuntana commended me for handling an engine failure", "I gave the keynote at Nordic Game 2024", "Our results …
were published in a national journal").

A recognition word of the sentence (:data:`RECOGNITION_RE`) is backed by a resume line holding the same word (its
stem: "award" / "awarded" / "Awards", "commend" / "commendation"; a medal's cognate "guldmedaljer"), or a line under a
heading holding it ("AWARDS"), and a content word of the sentence besides it (the award's name, its body, its subject);
none → kind ``claim``. Over the 18 blind sets this flags 47 unsupported sentences and no supported one. Left out as
words: "honored" ("I would be honored to …"), "competition" (a semi-finalist "in the … competition" is supported) and
"published" alone ("I have published seven papers" for a "Publications" section; "published in" names a venue).

"<Title> of the Year" is a recognition too (session 27, ground89: set 22's "I was named the district's firefighter of the
year"): backed by a line holding "of the year" and a word of the sentence ("Patroller of the Year, Alta, 2021").

Invented events attributed to an employer (set 18: "I led Groupe Assurances Beauport's recovery from a major
ransomware attack in 2023"; "handling a dual engine failure"): an incident noun (:data:`INCIDENT_RE`: a cyberattack,
a breach, an outage, an engine failure, a spill …) no resume line writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careercopilot.writing.grounding.context import content_words

#: Recognition words and the stem a backing line must hold.
RECOGNITION_RE = re.compile(r"(?i)\b(?P<w>awards?|prizes?|commended|commendations?|keynotes?|medals?|medallists?|"
                            r"medalists?|troph(?:y|ies)|accolades?|finalists?|published\s+(?:in|by)|laureates?|of\s+the\s+year)\b")
#: (word prefix, stem a backing line holds): a medal is backed by a cognate too ("guldmedaljer", "médaille", "medalla").
_STEMS = (("award", "award"), ("prize", "prize"), ("commend", "commend"), ("keynote", "keynote"), ("medal", "meda"),
          ("troph", "troph"), ("accolad", "accolad"), ("finalist", "finalis"), ("publish", "publi"),
          ("laureat", "laureat"))
#: Incidents a sentence may invent around real work.
INCIDENT_RE = re.compile(r"(?i)\b(?P<w>ransomware|cyber-?attacks?|(?:data|security)\s+breach(?:es)?|outages?|"
                         r"engine\s+failures?|explosions?|(?:oil|chemical)\s+spills?|wildfires?|hurricanes?|"
                         r"earthquakes?|walkouts?|product\s+recalls?)\b")


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    kind: str  # "recognition" | "incident"


def _stem(word: str) -> str:
    if re.fullmatch(r"(?i)of\s+the\s+year", word):
        return "of the year"  # "named the district's firefighter of the year" (session 27, ground89)
    w = word.lower().split()[0]
    return next((stem for prefix, stem in _STEMS if w.startswith(prefix)), w)


def unsupported(text: str, lines: list[str]) -> list[Claim]:
    """Recognitions and incidents of ``text`` that no resume line in ``lines`` (the resume's physical lines, in order)
    backs (see the module doc)."""
    out: list[Claim] = []
    low_lines = [ln.lower() for ln in lines]
    # a line under a heading holds the heading's words ("AWARDS" over "2017 Vodacom Journalist of the Year – winner")
    heading, under = "", []
    for ln in lines:
        if ln.strip() and ln.strip().isupper():
            heading = ln.lower()
        under.append(heading)
    for m in RECOGNITION_RE.finditer(text):
        stem = _stem(m.group("w"))
        topic = content_words(text) - content_words(m.group("w")) - _GENERIC
        if not any((stem in low or stem in head) and (not topic or topic & content_words(ln))
                   for ln, low, head in zip(lines, low_lines, under, strict=True)):
            out.append(Claim(m.start(), m.end(), "recognition"))
    for m in INCIDENT_RE.finditer(text):
        key = re.sub(r"[\s-]+", " ", m.group("w").lower()).rstrip("s")[:-1]
        if not any(key in re.sub(r"[\s-]+", " ", low) for low in low_lines):
            out.append(Claim(m.start(), m.end(), "incident"))
    return out


#: Words of a recognition sentence that tie it to no particular line ("I received the company's annual award").
_GENERIC = content_words("annual national regional internal received receive earned earn won win named given "
                         "company year team work journal paper papers article study results")
