"""A title the resume gives only as an acting (interim) term, claimed as the person's current title (ground142; set 28's
w10: "As principal of Lakeview Middle School, I oversee 48 teachers" for «Acting Principal, Lakeview Middle School |
July 2025 – June 2026» beside «Assistant Principal, Lakeview Middle School | August 2020 – Present»).

An acting, interim or temporary appointment covers a post for a while; the post's title is not the holder's own, and
once the term ends the holder is back in the substantive post. The title check matches "principal" inside «Acting
Principal» (and «Assistant Principal»), so the claim went through.

A **current-title claim** (:data:`CLAIMS`): "As <title> of/at <Org>, I <present-tense verb>", "I am (the) <title> of/at",
"I currently serve/work as (the) <title>", "my current role as <title>", "I have been <title> … since". Its title is the
longest tail (1–3 words) of the phrase that a resume line writes. Flagged (kind ``title``) when every resume line that
writes that title writes it as an acting term (:data:`ACTING` just before it, or "(acting)" after it) or as another rung — lines naming a
credential after the post («Principal License») hold no post —
(:data:`OTHER_RUNG`: "Assistant Principal" is no principal), at least one is acting, and no acting line runs to the
present. A sentence that says "acting", "interim" or "temporary" keeps the term and stays.

Variants in ``tests/unit/writing/test_grounding_acting_titles.py``.
"""

from __future__ import annotations

import re

#: Words before a title that make it a temporary term, in English and the blind sets' CV languages, and the public
#: services' abbreviations ("A/Director", "A/g Manager" in Australia, "Ag. Chief Officer" in Kenya and Nigeria).
ACTING = re.compile(r"(?i)\b(?:acting|interim|temporary|relief|cover(?:ing)?|stand-in|caretaker|provisional|"
                    r"f\.\s?f\.|ad\s+interim|a\.\s?i\.|kommissarisch(?:e[rn]?)?|facente\s+funzione|f\.f\.|"
                    r"par\s+int[ée]rim|en\s+funciones|interino|interina|p\.\s?o\.)\s*[-–]?\s*$|"
                    r"(?:^|[\s(|,;:])(?:A/g?|Ag\.|Actg\.?)\s*$")
#: Words before a title that make it another rung ("Assistant Principal", "Deputy Head").
OTHER_RUNG = re.compile(r"(?i)\b(?:assistant|asst\.?|deputy|vice|associate|sub|under|co|junior|jr\.?|trainee|"
                        r"apprentice)\s*[-–]?\s*$")
#: Words after a title that make it part of a credential's or a course's name ("Minnesota K–12 Principal License").
_CREDENTIAL_AFTER = re.compile(r"(?i)^\s*(?:licen[cs]e|certificat\w*|credential|endorsement|program(?:me)?|preparation|"
                               r"qualification|course|training|exam\w*|registration|licensure)\b")
_AFTER_ACTING = re.compile(r"(?i)^\s*\((?:acting|interim|temporary|a\.\s?i\.)\)")
_TITLE = r"(?P<t>(?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*)"
CLAIMS = tuple(re.compile(rx) for rx in (
    rf"(?:^|[.;]\s+|\b)[Aa]s\s+(?:the\s+|an?\s+|[A-Z][\w&'’.-]*['’]s\s+)?{_TITLE}\s+(?:of|at|for|in)\s+(?:the\s+)?[A-Z][^,]*,\s+I\s+"
    r"(?P<verb>[a-z]+)",
    rf"\bI\s+am\s+(?:currently\s+|now\s+)?(?:the\s+|an?\s+)?{_TITLE}\s+(?:of|at|for)\s+(?:the\s+)?[A-Za-z]",
    rf"\bI\s+(?:currently\s+|now\s+)(?:serve|work)\s+as\s+(?:the\s+|an?\s+)?{_TITLE}(?=\s+(?:of|at|for)\b|[,.;]|$)",
    rf"\b[Mm]y\s+(?:current\s+)?(?:role|post|position|job)\s+as\s+(?:the\s+)?{_TITLE}(?=\s+(?:of|at|for)\b|[,.;]|$)",
    rf"\bI\s+have\s+been\s+(?:the\s+)?{_TITLE}\s+(?:of|at)\s+[A-Z][^.]*\bsince\b",
))
#: Past-tense verbs that end no "-ed" ("As principal of X, I led …" is about a past term).
_PAST = frozenset("was were led ran oversaw had built made took wrote won drove taught kept held grew set cut brought "
                  "began became did saw met sold spent left went got gave put found served managed".split())
_KEEPS_TERM = re.compile(r"(?i)\b(?:acting|interim|temporary|temporarily|covering|cover|stand-in|caretaker)\b")
_PRESENT_END = re.compile(r"(?i)[–—-]\s*(?:present|current|now|today|ongoing)\b")


def _occurrences(title: str, lines: list[str]) -> list[tuple[str, str]]:
    """``(kind, line)`` for each resume line writing ``title``: kind ``acting``, ``rung`` or ``held``."""
    rx = re.compile(rf"(?i)(?<![\w-]){re.escape(title)}(?![\w-])")
    out = []
    for line in lines:
        for m in rx.finditer(line):
            before, after = line[:m.start()], line[m.end():]
            if _CREDENTIAL_AFTER.match(after):
                continue  # a credential named after the post, no post held
            if ACTING.search(before) or _AFTER_ACTING.match(after):
                out.append(("acting", line))
            elif OTHER_RUNG.search(before):
                out.append(("rung", line))
            else:
                out.append(("held", line))
    return out


def unsupported(text: str, resume_lines: list[str]) -> list[tuple[int, int]]:
    """Spans of the current-title claims of ``text`` whose title the resume gives only as an ended acting term."""
    out = []
    for rx in CLAIMS:
        for m in rx.finditer(text):
            sentence = text[text.rfind(".", 0, m.start()) + 1:]
            sentence = sentence[:sentence.find(".") + 1 or None]
            if _KEEPS_TERM.search(sentence):
                continue
            verb = m.groupdict().get("verb")
            if verb and (verb.endswith("ed") or verb in _PAST):
                continue  # "As principal of X, I led …": a past term
            words = m.group("t").split()
            for k in range(min(3, len(words)), 0, -1):
                title = " ".join(words[-k:])
                if len(title) < 4:
                    continue
                found = _occurrences(title, resume_lines)
                if not found:
                    continue
                kinds = {kind for kind, _ in found}
                if kinds <= {"acting", "rung"} and "acting" in kinds and not any(
                        _PRESENT_END.search(line) for kind, line in found if kind == "acting"):
                    out.append((m.end("t") - len(title), m.end("t")))
                break
    return out
