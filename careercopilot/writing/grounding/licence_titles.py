"""Licences written as a title phrase (session 24, ground52; set 20's "I am also a licensed property valuer" for a CV
whose only valuation line is a course of postgraduate studies): a standing word — "licensed", "certified",
"registered", "chartered", "accredited", "board-certified" — before a person's noun in lower case ("licensed property
valuer", "certified welding inspector", "registered dietitian", "chartered accountant") claims a credential. The
certification check reads capitalised names and cue words ("licence", "certificate"), the credential-of-a-role check
(:mod:`.credential_roles`) auditors and instructors, the title check job titles; a lower-case licence title with a
person's noun no list holds passed all three.

A **claim** is the standing word after a cue of holding ("I am", "I'm", "I became", "I have been", "as", "I qualified
as", "I work as"; a list's later item "… and a registered dietitian" keeps the cue) with one to four lower-case words
after it, the last a person's noun (:data:`_PERSON`: "-er", "-or", "-ist", "-ian", "-ant", "-ent", "-eer", "nurse",
"midwife", "paramedic", "pilot", "chef", "architect" …), or "licensed/registered/certified as a …".

It is **supported** by

* a resume line holding the person's noun (its first six letters: "surveyor" / "surveying"; "dietitian" /
  "dietician") with a word of standing or of a credential (:data:`_STANDING_LINE`: "licensed", "licence",
  "certificate", "registered", "chartered", "uprawniony" …), with every rank word of the claim ("master",
  "journeyman", "senior", "chief") and not as a course, a trainee's or a pending one (:data:`_NOT_HELD`), or
* the claim's initials as a capitals token of the resume ("registered nurse" / "RN", "registered dental hygienist" /
  "RDH", "certified public accountant" / "CPA", "certified welding inspector" / "CWI").

Kind ``certification`` (the blind sets' label for a licence not held).
"""

from __future__ import annotations

import functools
import re

from careercopilot.writing.grounding.text import fold_accents

_STANDING = r"licen[cs]ed|certified|registered|chartered|accredited|board[- ]certified|credentialed"
_CUE = (r"(?:\bI\s+(?:am|was|have\s+been|had\s+been|became|become|qualified\s+as|work(?:ed)?\s+as|serve[ds]?\s+as|"
        r"practi[sc]e[ds]?\s+as|remain)|\bI['’](?:m|ve\s+been)|(?<!such\s)(?<!well\s)\bas|(?P<joined>\band|\balso))")
#: Before a list's later item ("… and a certified nurse midwife"): the user's own holding cue earlier in the sentence,
#: no preposition of company between ("I work with a GP and a registered dietitian" names another person).
_HELD_BEFORE = re.compile(r"(?i)(?:\bI\s+(?:am|was|have\s+been|became)|\bI['’](?:m|ve\s+been)|\bas\s+an?)\b"
                          r"(?:(?!\b(?:with|alongside|beside|besides|among|by|to|for|from|and\s+(?:I|we))\b)[^.!?])*$")
#: A lower-case word of the title; a joiner or a preposition ends it ("a registered nurse and a certified …").
_NP_WORD = r"(?!(?:and|or|but|with|in|for|at|of|on|since|from|to|who|which|that)\b)(?-i:[a-z])[a-z-]+"
#: After a cue, an article before the standing word ("I am a licensed …") or "as a" after it ("I am licensed as a …").
_CLAIM = re.compile(
    rf"(?i){_CUE}\s+(?:(?:also|now|both)\s+)?(?:(?P<art>an?|the)\s+(?:(?:fully|state|nationally|federally|dually)"
    rf"[- ])?)?(?P<standing>{_STANDING})(?P<as>\s+as\s+an?)?\s+"
    # a jurisdiction before the title: "a licensed Oklahoma real estate broker" (session 28, ground97, set 24)
    rf"(?:(?-i:[A-Z][a-z]+)\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?=(?-i:[a-z])))?"
    rf"(?P<np>(?:{_NP_WORD}\s+){{0,3}}(?P<noun>{_NP_WORD}))\b")
#: A person's noun: the suffixes of agent nouns and a few bare ones.
_PERSON = re.compile(r"(?:[a-z]{2,}(?:er|or|ist|ian|ant|ent|eer|ee|wife|ect)s?|nurses?|paramedics?|pilots?|chefs?|"
                     r"medics?|mechanics?|technicians?|clinicians?|practitioners?|auditors?|appraisers?|brokers?|"
                     r"agents?|midwi(?:fe|ves)|doulas?|therapists?|counsell?ors?|psychologists?)")
#: Words that end no title: the sentence goes on ("licensed in Kraków", "certified for"), or time words.
_NOT_NOUN = frozenset("under after over other either neither whether rather ever never however together later "
                      "center centre member members number patient patients client clients student students resident "
                      "residents parent parents customer customers user users participant participants".split())
_STANDING_LINE = re.compile(
    r"(?i)(?:licen[cs]\w*|certif\w*|regist\w*|chartered|accredit\w*|board|credential\w*|permit\w*|uprawni\w*|"
    r"colegiad\w*|habilit\w*|zugelassen\w*|approbation|diplom\w*\s+(?:state|d['’][ée]tat)|\bno\.\s*\d|#\s*\d|"
    r"[A-Z]{2,}[- ]?\d{3,})")
_RANKS = frozenset("master journeyman senior chief principal lead head advanced specialist consultant".split())
#: Standing words of other languages (Swedish, Japanese, German, Polish, Spanish, Portuguese, Italian, French).
_FOREIGN_STANDING = re.compile(r"(?i)(?:legitimera\w*|免許|資格|bestellt|zugelassen\w*|approbiert\w*|uprawni\w*|"
                               r"colegiad\w*|matr[íi]cula\w*|habilit\w*|c[ée]dula|inscrit\w*|abilitat\w*|iscritt\w*)")
#: A line that holds the noun as a course or a credential not yet held.
_NOT_HELD = re.compile(r"(?i)\b(?:course|training|studies|studia|curso|apprentice\w*|trainee|student|candidate|"
                       r"pending|in\s+progress|working\s+toward\w*|expected|eligible|exam\s+scheduled)\b")
_SPELLINGS = {"dietician": "dietitian", "counsellor": "counselor", "advisor": "adviser", "licenced": "licensed"}


def claims(text: str) -> list[tuple[int, int, list[str]]]:
    """``(start, end, words)`` of the licence-title claims of ``text``: the span from the standing word to the
    person's noun, and its lower-case words (standing word first)."""
    out = []
    for m in _CLAIM.finditer(text):
        if not (m.group("art") or m.group("as")):
            continue
        if m.group("joined") and not _HELD_BEFORE.search(text[max(0, m.start() - 120):m.start()]):
            continue
        words = m.group("np").lower().split()
        # the title ends at its first run of person's nouns ("licensed funeral director and embalmer": "director")
        cut = next((i for i, w in enumerate(words) if _PERSON.fullmatch(w) and w not in _NOT_NOUN), None)
        if cut is None:
            continue
        while cut + 1 < len(words) and _PERSON.fullmatch(words[cut + 1]) and words[cut + 1] not in _NOT_NOUN:
            cut += 1  # a compound's last noun: "nurse practitioner", "nurse midwife", "welding inspector"
        words = words[:cut + 1]
        end = m.start("np") + len(" ".join(m.group("np").split()[:cut + 1]))
        out.append((m.start("standing"), end, [m.group("standing").lower(), *words]))
    return out


def _stem(word: str) -> str:
    w = _SPELLINGS.get(word, word)
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in " ".join(words).replace("-", " ").split()).upper()


def supported(words: list[str], lines: list[str], source: str) -> bool:
    """Whether the resume (``lines``, its whole text ``source``) backs the licence title ``words`` (module doc)."""
    noun = _stem(words[-1])
    listed = credential_section_lines(source)
    ranks = [w for w in words[1:-1] if w in _RANKS]
    for line in lines:
        low = fold_accents(line).lower()
        have = {_stem(w)[:6] for w in re.findall(r"[a-z]+", low)} | {_SPELLINGS.get(w, w)[:6] for w in re.findall(r"[a-z]+", low)}
        if noun[:6] not in have or not (_STANDING_LINE.search(line) or line.strip() in listed and all(
                _stem(w)[:6] in have for w in re.findall(r"[a-z]+", " ".join(words[1:])) if len(w) > 2)):
            continue  # (a line the heading lists holds every word of the title: "home inspector" is no "radon inspector")
        if any(not re.search(rf"\b{r}\b", low) for r in ranks):
            continue
        if _NOT_HELD.search(line) and not re.search(rf"(?i)\b(?:{_STANDING})\s+(?:[a-z-]+\s+){{0,3}}{noun[:6]}", low):
            continue
        return True
    for initials in {_initials(words), _initials(words[1:])}:  # "RN", "CPA"; "PFSO" for "certified port facility …"
        if len(initials) >= (2 if len(initials) == len(words) else 3) and re.search(
                rf"(?<![A-Za-z]){initials}(?![A-Za-z])", source):
            return True
    return _unreadable(noun, lines)


@functools.lru_cache(maxsize=64)
def credential_section_lines(source: str) -> frozenset[str]:
    """The stripped lines of ``source`` under a heading of certifications or licences ("CERTIFICATIONS",
    "Licenses and Certifications", "Credentials": :func:`careercopilot.normalize.resume_sections.heading_key` →
    ``certifications``) up to the next heading, each also split at bullets and semicolons: the heading gives each
    line the standing word it leaves out ("• AWWA member; Alaska Rural Water Association cross-connection tester,
    2015" under "CERTIFICATIONS" is a tester's certificate; session 25, ground63, set 21)."""
    from careercopilot.normalize.resume_sections import heading_key, heading_of

    out: set[str] = set()
    inside = False
    for raw in source.splitlines():
        head = heading_of(raw)
        if head:
            inside = heading_key(head[0]) == "certifications"
            if not head[1]:
                continue
        if inside and raw.strip():
            out.add(raw.strip())
            out.update(p.strip() for p in re.split(r"[•;]", raw) if p.strip())
    return frozenset(out)


def _english_share(text: str) -> float:
    from careercopilot.writing.grounding.names import foreign_word

    words = re.findall(r"[^\W\d_]{3,}", fold_accents(text).lower())
    return sum(not foreign_word(w) for w in words) / max(1, len(words))


def _unreadable(noun: str, lines: list[str]) -> bool:
    """The resume states its licences in another language, so the claim cannot be judged: a line with a standing word
    of another language (:data:`_FOREIGN_STANDING`: "Legitimerad barnmorska", "看護師免許") where the resume names the
    noun in English elsewhere (a gloss: "(Coordinating midwife, labour ward)"), or a resume less than 30 % of whose words
    are English (:func:`.names.foreign_word`; "Bestellt als Steuerberaterin …" 0.16, set 20's Polish CV with English
    glosses 0.53). Set 14's, 15's and 17's supported licence sentences."""
    if _english_share("\n".join(lines)) < 0.3:
        return True
    named = any(noun[:6] in fold_accents(ln).lower() for ln in lines)
    return named and any(_FOREIGN_STANDING.search(ln) for ln in lines)


def unsupported(text: str, lines: list[str], source: str) -> list[tuple[int, int]]:
    """Spans of ``text``'s licence-title claims the resume does not back."""
    return [(s, e) for s, e, words in claims(text) if not supported(words, lines, source)]
