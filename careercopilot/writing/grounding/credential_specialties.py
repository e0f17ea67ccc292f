"""A resume credential claimed with a specialty, endorsement or annotation the resume never gives it (session 28,
ground97; set 24's certification misses: "the ARDMS pediatric echocardiography credential" for an adult-echo RDCS,
"the CCA sustainability specialty" for a plain CCA, "annotated on the HCPC register as an independent prescriber" for a
registered paramedic).

**Anchor**: a credential or body the resume writes — an upper-case word of the sentence (2–7 capitals or digits,
"ARDMS", "RDCS", "CCA", "HCPC", "CDL"; "-registered" / "-certified" after it allowed) found as a word in the resume.

**Specialty** (the words the claim adds to the anchor, :data:`_SHAPES`):

* between the anchor and a credential noun — "the ARDMS pediatric echocardiography credential", "the CCA
  sustainability specialty", "a CDL hazmat endorsement";
* after "with a/an/the" — "the RDCS with a pediatric echocardiography specialty";
* after "in" — "ARDMS-registered in fetal echocardiography", "certified by ARDMS in musculoskeletal sonography";
* after "as a/an" once registered / annotated / certified / licensed on or with the anchor — "annotated on the HCPC
  register as an independent prescriber";
* without an anchor, a specialty or endorsement "with" a standing word before it — "a board-certified cardiac
  sonographer with a pediatric specialty".

The specialty's content words (:data:`_GENERIC` and the anchor left out; "and" splits it: "tanker and hazmat", each
part judged) must stand together on one resume line that holds the anchor or a credential word
(:data:`_CRED_LINE`): four-letter stems, accents folded. A credential whose own lines are mostly in another language
("CAPES de lettres modernes") is not judged. Otherwise kind ``certification``. Variants in
``tests/unit/writing/test_grounding_credential_specialties.py``.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.text import fold_accents

_NOUN = (r"credentials?|speciality|specialty|specialties|subspecialty|endorsements?|annotations?|certificates?|"
         r"certifications?|registrations?|designations?|ratings?|credential|qualifications?|modules?|registry|exams?")
_ANCHOR = r"(?P<anchor>(?-i:[A-Z][A-Z0-9]{1,6}))(?:-(?:registered|certified|credentialed|licensed))?"
_Q = r"(?P<q>(?:[\w'’/-]+\s+){0,4}?[\w'’/-]+)"
#: The claim shapes, each with the anchor and the specialty ``q``.
_SHAPES = [
    re.compile(r"(?i)\b" + _ANCHOR + r"\s+" + _Q + r"\s+(?:" + _NOUN + r")\b"),
    re.compile(r"(?i)\b" + _ANCHOR + r"(?:\s+(?:" + _NOUN + r"))?,?\s+with\s+(?:an?|the)\s+" + _Q + r"\s+(?:" + _NOUN + r")\b"),
    re.compile(r"(?i)\b" + _ANCHOR + r"(?:\s+(?:" + _NOUN + r"))?\s+in\s+" + _Q + r"(?=\s*(?:[,.;:!?]|$|\s+(?:and|since|for|"
               r"with|from|at|through|by)\b))"),
    re.compile(r"(?i)\b(?:registered|annotated|certified|credentialed|licensed|listed|entered)\s+(?:on|with|by|in)\s+"
               r"(?:the\s+)?" + _ANCHOR + r"(?:\s+(?:register|registry|board))?\s+(?:in\s+|as\s+(?:an?\s+)?)" + _Q
               + r"(?=\s*(?:[,.;:!?]|$|\s+(?:and|since|for|with|from|at)\b))"),
    # no anchor: "a board-certified cardiac sonographer with a pediatric specialty"
    re.compile(r"(?i)\b(?P<anchor>)(?:certified|licensed|registered|credentialed|accredited)\b[^.;!?]{0,60}?\bwith\s+(?:an?|the)\s+"
               + _Q + r"\s+(?:speciality|specialty|subspecialty|endorsements?|annotations?)\b"),
]
#: Words naming no specialty.
_GENERIC = frozenset("""
a an the my our its also current currently active valid full and or of in on for with by as to i also board certified
registered licensed credentialed credential certificate certification specialty speciality endorsement annotation
registration designation rating qualification national state own same both each professional
among amongst including include includes besides from under within other these those their your
parmi entre mes mis nos sus ses leurs et ou y o
""".split())  # (the last lines: "ACLS and BLS among my credentials", "ACLS et BLS parmi mes qualifications" — the offline
#    writer's French and Spanish — list credentials, they name no specialty)
#: A resume line that states credentials.
_CRED_LINE = re.compile(r"(?i)certif|licen[cs]|regist|credential|endorse|speciali|annotat|qualif|rating|diplom|board|"
                        r"\([A-Z0-9]{2,7}\)")


#: Two levels of one credential sharing their head words: "(both) basic and advanced life support".
_LEVELS = re.compile(r"(?i)^(?:both\s+)?(?P<a>[a-z]+)\s+(?:and|&)\s+(?P<b>[a-z]+)\s+(?P<head>[a-z]+(?:[ -][a-z]+){0,2})$")


def levels_written(q: str, lines: list[str]) -> bool:
    """``q`` opens with "(both) <level> and <level> <head>" (up to its clause's end) and one of ``lines`` writes both levels, spelled out with the shared
    head, as initials tokens: "basic and advanced life support" for «BLS and ALS» (session 31, ground134; set 27); a
    level the line does not write ("basic and pediatric life support" for BLS and ALS: PLS) keeps the flag."""
    clause = re.split(r"[.,;:!?]", q, maxsplit=1)[0].split()
    for k in range(4, min(len(clause), 6) + 1):  # the head of one to three words
        m = _LEVELS.match(" ".join(clause[:k]))
        if not m:
            continue
        head = re.findall(r"[a-z]+", m.group("head").lower())
        wanted = ["".join(w[0] for w in [level.lower()] + head).upper() for level in (m.group("a"), m.group("b"))]
        if any(all(re.search(rf"(?<![\w-]){x}(?![\w-])", ln) for x in wanted) for ln in lines):
            return True
    return False


#: A verb inside the specialty: the phrase is two claims.
_VERB = re.compile(r"(?i)\b(?:hold|holds|held|have|has|had|also|earned|passed|am|is|was|from|through|by|plus)\b")


def _english(text: str) -> bool:
    """Half or more of the words of ``text`` (three letters or more) are English (:func:`.names.foreign_word`)."""
    from careercopilot.writing.grounding.names import foreign_word

    words = re.findall(r"[^\W\d_]{3,}", fold_accents(text).lower())
    return sum(not foreign_word(w) for w in words) >= len(words) / 2


def _in_resume(word: str, lines: list[str]) -> bool:
    """``word`` (its letters and digits, possessive off) is written with a capital as a word of the resume: another
    credential or body ("SRS", "e-PRO", "AHIMA")."""
    core = re.sub(r"['’]s$|[®™]", "", word).strip(",.;:()")
    if not core or not re.search(r"[A-Z]", core):
        return False
    rx = re.compile(rf"(?<![\w-]){re.escape(core)}(?![\w-])")
    return any(rx.search(ln) for ln in lines)


def _stems(text: str) -> set[str]:
    """Four-letter stems of the content words ("paediatric" and "pediatric" alike)."""
    words = re.findall(r"[a-z0-9]+", fold_accents(text).lower())
    return {re.sub(r"^(p|h|orthop)ae", r"\1e", w)[:4] for w in words if w not in _GENERIC}


def unsupported(text: str, lines: list[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` (anchor to the specialty's end) claiming a resume credential with a specialty no resume line
    gives it (see the module doc)."""
    out: list[tuple[int, int]] = []
    for rx in _SHAPES:
        for m in rx.finditer(text):
            anchor = m.group("anchor")
            word = re.compile(rf"(?<![\w-]){re.escape(anchor)}(?![\w])")
            holding = [ln for ln in lines if word.search(ln)] if anchor else []
            if (anchor and not holding) or any(s <= m.start() < e for s, e in out):
                continue
            q = m.group("q")
            if holding and not _english(" ".join(holding)):
                continue  # "CAPES de lettres modernes, 2008": the CV names the specialty in its own language
            if levels_written(text[m.start("q"):], holding or lines):
                continue  # "RECOVER-certified in both basic and advanced life support" for «… BLS and ALS» (ground134)
            if _VERB.search(q):
                continue  # "a CPCU and also hold the AU designation": two claims, each its own check's
            backing = holding + [ln for ln in lines if _CRED_LINE.search(ln)]
            for part in re.split(r"(?i)\s+(?:and|or|&|plus)\s+|,\s*", q):
                # another credential of the resume named in the list ("the ABR, SRS and e-PRO designations", "AHIMA's
                # CCS and RHIT credentials") is no specialty; nor are words of one or two letters ("A/C")
                part = " ".join(w for w in part.split() if not _in_resume(w, lines))
                want = {w for w in _stems(part) if len(w) >= 3 and not w.isdigit()} - {anchor.lower()[:4]}
                if want and not any(want <= _stems(ln) for ln in backing):
                    out.append((m.start(), m.end()))
                    break
    return out + [span for span in registered_for(text, lines) if not any(s <= span[0] < e for s, e in out)]


#: A standing held for several fields: "registered by the Ministry of Culture for both paintings and wooden sculpture",
#: "licensed for both residential and commercial work" (group ``q``: the fields, joined by "and").
_FOR_BOTH = re.compile(r"(?i)\b(?:registered|certified|licensed|accredited|listed|enrolled|qualified)\b[^.;:!?]{0,60}?"
                       r"\bfor\s+both\s+(?P<q>[^.;:!?,]+?\s+and\s+[^.;:!?,]+?)(?=\s*[.;:!?,]|$)")


def registered_for(text: str, lines: list[str]) -> list[tuple[int, int]]:
    """Spans of "registered … for both X and Y" where a field none of whose words (four-letter stems) the resume
    writes anywhere is claimed ("wooden sculpture" for «settore 1 dipinti», the resume glossing only "paintings";
    ground121: set 22's g22-238, caught before only by "Culture" read as a missing name)."""
    have = set().union(*(_stems(ln) for ln in lines)) if lines else set()
    out = []
    for m in _FOR_BOTH.finditer(text):
        for part in re.split(r"(?i)\s+and\s+", m.group("q")):
            want = {w for w in _stems(part) if len(w) >= 3 and not w.isdigit()}
            if want and not want & have:
                out.append((m.start(), m.end()))
                break
    return out
