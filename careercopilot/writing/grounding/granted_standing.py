"""Standing that others grant — recognitions, seats, talks, rules drafted, work adopted by another body — claimed with no
resume line giving it (session 28, ground97; set 24's other_fabrication misses: "One of my ferry designs was named
among the year's significant ships by SNAME", "I helped draft the 2023 amendments to Oklahoma's forced-pooling rules",
"My strip-trial data were adopted into NDSU Extension's nitrogen recommendations", "I sit on the national trade
association's working group on paediatric fitting").

=============  ===================================================================  ==============================
family         claim (cue, then its object)                                         a backing line holds
=============  ===================================================================  ==============================
``named``      "was named among / one of / to / in …", "named a finalist / the …    named, selected, listed,
               of the year", "selected / chosen for / as one of / among …",         ranked, featured, nominated,
               "featured / profiled in …", "shortlisted / nominated for …",         recognised, inducted, award,
               "ranked among …", "inducted into …", "recognised by / as …"          winner, finalist, "of the year"
``received``   "received / won / earned / was awarded the … citation / distinction  the noun's stem
               / honour / scholarship / fellowship / grant / bursary / plaque /
               certificate of merit"
``presented``  "presented / spoke / gave a talk / lecture / poster at / to …", "was  present, talk, speak, spoke,
               invited to speak at …" — the object an event (conference, meeting,   lecture, poster, panel,
               summit, workshop …) or a capitalised name                            webinar, keynote
``seat``       "I sit / serve / served / sat on …", "I chair …", "a member of …"    the body noun's stem
               — the object a committee, working group, task force, board, panel,
               council, commission, advisory or steering group, jury
``drafted``    "(helped) draft / write / shape / revise …", "contributed to …" —    the instrument's stem
               the object amendments, rules, regulations, legislation, a bill,
               ordinance, statute, guidelines, recommendations, a code, directive
``adopted``    "was / were adopted, incorporated, integrated, written, built,       adopt, incorporat, integrat,
               folded into / by / in / as …", "cited in / by …", "became the       cited, basis, written into
               basis of …"
=============  ===================================================================  ==============================

A claim is **backed** by a resume line (or the line's heading: "AWARDS", "COMMITTEES") holding one of its family's
stems and a content word of its object (:data:`_GENERIC` left out, the family's own nouns too: "committee", "meeting"; the object's words only — "presented my strip-trial
results at the ASA annual meeting" is judged on "ASA", "meeting", not on the results the resume does present
elsewhere). A line naming every content word of the object (two or more: "President's Club, 2023") backs it too, in the
CV's language as well («Mitglied, Österreichische Kartographische Kommission (ÖKK)» for "a member of the Austrian
Cartographic Commission": :func:`.line_bodies.translated_on`; ground121). None → kind
``claim`` over the cue and its object. Variants in
``tests/unit/writing/test_grounding_granted_standing.py``.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.context import content_words
from careercopilot.writing.grounding.line_bodies import translated_on
from careercopilot.writing.grounding.text import fold_accents

_OBJ = r"(?P<obj>[^.;!?]{2,90}?)(?=\s*(?:[.;!?]|,\s+(?:and\s+)?(?:I|we|which|where|after|before|when)\b|$))"
_BODY = (r"committees?|sub-?committees?|working\s+(?:groups?|part(?:y|ies))|task\s+forces?|boards?|panels?|councils?|"
         r"commissions?|advisory\s+(?:groups?|boards?|councils?)|steering\s+(?:groups?|committees?)|jur(?:y|ies)|"
         r"caucus|delegations?|expert\s+groups?|technical\s+committees?")
_INSTRUMENT = (r"amendments?|rules?|regulations?|legislation|bills?|ordinances?|statutes?|guidelines?|recommendations?|"
               r"(?:building|fire|electrical|plumbing|zoning|penal|tax|civil|criminal|grid|mining|health)\s+codes?|"
               r"directives?|by-?laws?|acts?|regs")
#: The instrument ends its phrase ("the rules engine" is software, "the rules for …" an instrument).
_INSTRUMENT_END = r"(?=\s*(?:[,.;:!?]|$|\s+(?:to|of|on|for|in|that|which|and|governing|under)\b))"
_EVENT_NOUN = (r"conference|meeting|summit|symposium|congress|convention|workshop|forum|expo|seminar|webinar|colloquium|"
               r"festival|show|days?|week|session|assembly|roundtable|hearing")
#: An event at which one presents: an event noun, or (after "at"/"during") a capitalised name ("at IAFP 2024").
_EVENT = _EVENT_NOUN + r"|(?-i:[A-Z][\w&-]+)"
#: family → (claim regex with group ``obj``, stems a backing line holds)
FAMILIES: dict[str, tuple[re.Pattern, tuple[str, ...]]] = {
    "named": (re.compile(
        r"(?i)\b(?:(?:was|were|been|being|got)\s+)(?:(?:named|listed|ranked)\s+(?:among|one\s+of|to|in|on)\b|"
        r"named\s+(?=(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?:finalist|winner|top|best|leading|fellow|honou?ree|laureate|"
        r"ambassador|champion|of\s+the\s+year)\b)|(?:selected|chosen|picked)\s+(?:for|as\s+one\s+of|among|from)\b|"
        r"(?:featured|profiled|spotlighted|highlighted)\s+(?:in|on|by)\b|(?:shortlisted|nominated)\b|inducted\s+into\b|"
        r"recogni[sz]ed\s+(?:by|as|among)\b)\s*" + _OBJ),
        ("named", "select", "chosen", "list", "rank", "featur", "profil", "shortlist", "nominat", "recogni", "induct",
         "award", "winner", "finalist", "of the year", "honou", "honor")),
    "received": (re.compile(
        r"(?i)\b(?:received|receiving|won|winning|earned|was\s+(?:awarded|granted|given|presented\s+with)|"
        r"were\s+(?:awarded|granted))\s+(?P<obj>(?:an?|the|my|their|its|[\w'’-]+['’]s)?\s*(?:[\w'’-]+\s+){0,6}?"
        r"(?:citations?|distinctions?|honou?rs?|scholarships?|fellowships?|grants?|bursar(?:y|ies)|plaques?|"
        r"certificates?\s+of\s+(?:merit|excellence|appreciation|recognition|achievement)|recognition))\b"),
        ("citat", "distinct", "honou", "honor", "scholar", "fellow", "grant", "bursar", "plaque", "merit", "excellen",
         "apprecia", "recogni", "award")),
    "presented": (re.compile(
        # ("spoke/speak" only right before the event: "I speak Spanish … English at ICAO Level 6" is a language)
        r"(?i)(?:\b(?:presented|present|lectured|gave\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:talk|lecture|presentation|"
        r"poster|paper|workshop|webinar)|(?:was\s+)?invited\s+to\s+(?:speak|present|lecture))\b[^.;!?]{0,60}?"
        r"|\b(?:spoke|speak|speaking)\s+)"
        r"\b(?:(?:at|during)\s+(?P<obj>(?:the\s+)?(?:[\w'’&-]+\s+){0,6}?(?:" + _EVENT + r"))|(?:to|before)\s+"
        r"(?P<obj2>(?:the\s+)?(?:[\w'’&-]+\s+){0,6}?(?:" + _EVENT_NOUN + r")))\b"),
        ("present", "talk", "speak", "spoke", "lectur", "poster", "panel", "webinar", "keynote", "seminar")),
    "seat": (re.compile(
        r"(?i)\b(?:I\s+(?:sit|sat|serve|served|am\s+serving|have\s+served)\s+on|I\s+(?:chair|chaired|co-?chair(?:ed)?)|"
        r"(?:a|an)\s+(?:voting\s+|elected\s+|founding\s+)?member\s+of|my\s+seat\s+on|I\s+(?:was\s+)?(?:elected|appointed)"
        r"\s+to)\s+(?P<obj>(?:the\s+)?(?:[\w'’&-]+\s+){0,6}?(?:" + _BODY + r")(?:\s+(?:on|for)\s+(?:[\w'’-]+\s+){0,3}?"
        r"[\w'’-]+)?)\b"),
        ("committ", "working group", "working part", "task force", "board", "panel", "council", "commission", "advisory",
         "steering", "jury", "juries", "caucus", "delegat", "expert group")),
    "drafted": (re.compile(
        r"(?i)\b(?:(?:helped|help)\s+(?:to\s+)?)?(?:draft(?:ed)?|co-?draft(?:ed)?|wrote|co-?wrote|write|shape[ds]?|revised?|"
        r"rewrote|contributed\s+to|influenced|amended)\s+(?P<obj>(?:the|an?|our|their|[\w'’-]+['’]s)\s+"
        r"(?:[\w'’-]+\s+){0,4}?(?:" + _INSTRUMENT + r")" + _INSTRUMENT_END +
        r"(?:\s+(?:to|of|on|for)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?)\b"),
        ("amend", "rule", "regulat", "legislat", "bill", "ordinanc", "statut", "guideline", "recommend", "code",
         "directive", "bylaw", "by-law", " act ", "policy", "polic")),
    "adopted": (re.compile(
        r"(?i)\b(?:(?:was|were|has\s+been|have\s+been|got|being)\s+(?:adopted|incorporated|integrated|written|built|"
        r"folded|taken\s+up|cited|referenced)\s+(?:into|in|by|as|across)|became\s+(?:the\s+)?(?:basis|foundation)\s+"
        r"(?:of|for))\s+" + _OBJ),
        ("adopt", "incorpor", "integrat", "written into", "built into", "folded into", "taken up", "cited", "referenc",
         "basis", "foundation")),
}
#: Words of an object that tie it to no particular line.
_GENERIC = content_words("annual year years year's national regional state international top best leading one among "
                         "company firm organisation organization association society group team work results data "
                         "program programme committee committees subcommittee working group groups party task force board "
                         "panel council commission advisory steering jury member conference meeting summit symposium "
                         "congress convention workshop forum expo seminar webinar session amendments amendment rules rule "
                         "regulations guidelines recommendations code standard standards")


_DEGREE = re.compile(r"(?i)\b(?:degree|bachelor\w*|master\w*|B\.?Sc|B\.?A|B\.?Eng|M\.?Sc|hons|class)\b")


def _stem_lines(lines: list[str]) -> list[tuple[str, set[str]]]:
    """Each line with its heading (the last all-capitals line above it) folded to lower case, and its content words."""
    heading, out = "", []
    for ln in lines:
        if ln.strip() and ln.strip().isupper():
            heading = ln
        out.append((f" {fold_accents(ln).lower()} {fold_accents(heading).lower()} ", content_words(ln)))
    return out


def unsupported(text: str, lines: list[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` claiming standing granted by others that no resume line in ``lines`` (physical lines, in
    order) backs (see the module doc)."""
    out: list[tuple[int, int]] = []
    indexed = _stem_lines(lines)
    for rx, stems in FAMILIES.values():
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in out):
                continue
            obj = m.group("obj") or m.groupdict().get("obj2") or ""
            if re.search(r"(?i)\bhono(?:u)?rs\b", obj) and _DEGREE.search(text):
                continue  # "I earned a first-class honours degree": a degree's class (:mod:`.honours`)
            topic = {w for w in content_words(obj) if w not in _GENERIC}
            # (a line naming the whole object, two words or more, backs it without the family's word: "President's
            #  Club, 2023" for "I was named to President's Club in 2023")
            if not any(any(st in low for st in stems) and (not topic or topic & words) or len(topic) >= 2 and topic <= words
                       for low, words in indexed) and not (len(topic) >= 2 and any(
                           translated_on(re.split(r"\s+(?:for|on)\s+", obj)[0], ln) for ln in lines)):
                # (the body in the CV's language, its remit or a length after it aside: ground121)
                out.append((m.start(), m.end()))
    return out
