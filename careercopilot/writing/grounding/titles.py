"""Job titles in a generated document: held by the user according to the sources and, when the
sentence ties a title to an employer of the dated history, held *there*.

Three rules beyond "the title is written in the resume":

* **Whose title.** A resume names other people's titles too ("Reported to the Senior Engineering
  Manager", "built dashboards for the Director of Analytics"); those are not the user's
  (:func:`entities.own_text` masks them), so "I served as Senior Engineering Manager" is flagged,
  while the same title as someone else's in the sentence ("I reported to the Senior Engineering
  Manager") only needs to be in the resume.
* **Seniority.** Senior words may be dropped ("Software Engineer" for "Senior Software Engineer"),
  never added; a lower rank (:data:`LOWER_RANK`) may not be dropped. A rank claimed in lower case
  after "I was / I am / I've been" ("I was the senior data analyst", "I'm a staff engineer") is a
  title claim like "as a …" or "promoted to …".
* **Synonyms.** One job under another common name passes: spellings and abbreviations
  (:data:`entities.TITLE_SPELLINGS`: "Customer Service Rep" / "Representative") and another head
  noun O*NET files under the same occupation (:func:`entities.same_job`: "Software Engineer" /
  "Software Developer"; a rank head such as Manager or Lead is never swapped).
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding import entities as ent
from careercopilot.writing.grounding.facts import Flag, SourceFacts, norm_title, overlaps, sentence_at
from careercopilot.writing.grounding.names import name_pieces
from careercopilot.writing.grounding.text import norm_words, squash

#: Rank words below the bare title: dropping one raises the claim ("Front Office Manager" for
#: "Assistant Front Office Manager", "President" for "Vice President"), unlike "Senior"/"Lead".
LOWER_RANK = frozenset("assistant asst associate assoc junior jr deputy trainee apprentice intern vice acting interim "
                       "sub under".split())
#: Words that make a lower-case phrase after "I was / I am" a claim of rank.
_RANK = r"(?:senior|sr\.?|lead|principal|chief|head|managing|executive|manager|director|supervisor|president|vp|" \
        r"superintendent|foreman)"
#: "I was the senior data analyst", "I'm a staff engineer", "I've been the lead developer".
_COPULA_TITLE_RE = re.compile(
    r"\b(?:I\s+(?:was|am|have\s+been|had\s+been|remained|remain)|I['’]m|I['’]ve\s+been)\s+"
    r"(?:an?\s+|the\s+|our\s+|its\s+|their\s+|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}(?:['’]s|s['’])\s+)?(?P<t>(?=(?:[a-z][\w-]*\s+){0,3}?" + _RANK + r"\b)"
    r"(?:[a-z][\w-]*\s+){0,3}(?:" + ent.TITLE_HEADS.lower() + r"))\b")


#: A rank at the start of a sentence or resume line before a lower-case title: "Senior data analyst
#: with 5 years of SQL." (a tailored resume's summary line).
_LEADING_RANK_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<t>(?:Senior|Sr\.|Lead|Principal|Chief|Head)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:" + ent.TITLE_HEADS.lower() + r"))\b")


def check_titles(text: str, facts: SourceFacts, flags: list[Flag], known: list[tuple[int, int]]) -> None:
    """Flag titles of ``text`` the user never held, or held at another employer than the one the
    sentence ties them to (see the module doc); checked spans are added to ``known``."""
    own = _own(facts)
    mentions = [(s, e, t, False) for s, e, t in ent.find_titles(text)]
    spans = [(s, e) for s, e, _, _ in mentions]
    for held in facts.header_titles:  # the user's own titles of the dated history, in lower case
        for m in re.finditer(r"(?i)(?<![\w-])" + r"[\s-]+".join(map(re.escape, held.split())) + r"(?![\w-])", text):
            if not overlaps((m.start(), m.end()), spans):
                mentions.append((m.start(), m.end(), m.group(0), True))
                spans.append((m.start(), m.end()))
    for rx in (ent.ROLE_TITLE_RE, _COPULA_TITLE_RE, _LEADING_RANK_RE):
        for m in rx.finditer(text):
            s, e = m.start("t"), m.end("t")
            if not overlaps((s, e), spans):
                held = any(set(norm_words(form)) <= lw for form in _forms(m.group("t"), own)
                           for lw in own["line_words"])
                mentions.append((s, e, m.group("t"), held))
                spans.append((s, e))
    tools = {(ts, te) for ts, te, _ in ent.find_tools(text)}
    for s, e, title, held in sorted(mentions):
        if re.match(r"\s+(?:Professional|Associate|Specialty|certification|certificate|certified|credential|exam|"
                    r"licen[cs]e)\b", text[e:]) or re.search(r"\bCertified\b", title):
            continue  # a credential's name ("AWS Solutions Architect Professional", "ACF Certified Sous Chef")
        if (s, e) in tools and " " not in title.strip():
            continue  # a lone head noun that names a product ("Illustrator"): the tool check has it
        known.append((s, e))
        n = norm_title(title)
        if n in facts.allowed_titles:
            continue
        if ent.others_title(text, s):  # "I reported to the Senior Engineering Manager": someone else's
            if not (n in facts.titles or _standalone_in(title, facts.text)):
                flags.append(Flag("title", s, e, title, "Your resume does not name this title."))
            continue
        forms = _forms(title, own)
        if not held and not any(norm_title(f) in own["titles"]
                                or any(ent.SENIORITY.sub("", t) == norm_title(f) for t in own["titles"])
                                or _standalone_in(f, own["text"]) for f in forms):
            flags.append(Flag("title", s, e, title, "You never held this title according to your resume."))
            continue
        dated = any(_title_in(f, entry.header) for entry in facts.history for f in forms)
        where = _title_employer(text, s, e, facts)
        if not where or any(_title_in(f, entry.header) for entry in where for f in forms):
            continue
        if dated or (len(n.split()) >= 2 and not any(_standalone_in(f, ent.own_text(entry.text))
                                                     for entry in where for f in forms)):
            # a dated title of another job, or a title the resume uses only elsewhere ("Lead designer on
            # packaging" at one agency, "Lead Designer at Studio Northlight" where the title was Junior Designer)
            flags.append(Flag("title", s, e, title, "Your resume gives this title at another employer."))


def _own(facts: SourceFacts) -> dict:
    """The user's own titles, text and line words (others' titles masked), computed once per facts."""
    cached = getattr(facts, "_own_titles", None)
    if cached is None:
        text = ent.own_text(facts.text)
        cached = {"text": text, "titles": {norm_title(t) for _, _, t in ent.find_titles(ent.uncap(text))},
                  "line_words": [_line_words(ln) for ln in text.splitlines() if ln.strip()]}
        facts._own_titles = cached
    return cached


def _forms(title: str, own: dict) -> list[str]:
    """Spellings of ``title`` (:func:`entities.title_forms`) and the user's own titles that name the
    same job (:func:`entities.same_job`: "Software Engineer" for a held "Software Developer")."""
    forms = ent.title_forms(title)
    return forms + [t for t in own["titles"] if any(ent.same_job(norm_title(f), t) for f in forms)]


def _line_words(line: str) -> set[str]:
    """Words of a resume line, "led" also as "lead" ("Led the falls project" backs "the lead on it")."""
    words = set(norm_words(line)) | set(re.findall(r"[a-z0-9]+", line.lower()))
    return words | {"lead"} if "led" in words else words


def _title_employer(text: str, start: int, end: int, facts: SourceFacts) -> list[ctx.Entry]:
    """History entries of the employer a title is tied to in its sentence: the name right
    after it ("… at Northwind", within 60 characters), else the nearest name of an entry header."""
    sentence = sentence_at(text, start)
    base = text.find(sentence, max(0, start - len(sentence)))
    cands = []
    for s, e, piece in name_pieces(sentence):
        s, e = s + base, e + base
        if overlaps((s, e), [(start, end)]) or ent.TITLE_RE.fullmatch(piece):
            continue
        entries = [h for h, org in zip(facts.history, facts.entry_orgs, strict=True) if ctx.name_in(piece, org)]
        if entries:
            after = s >= end and re.fullmatch(r"[\s,]+(?:[a-z][\w-]*[\s,]+){0,6}(?:at|with|for|in|on)\s+(?:the\s+)?",
                                              text[end:s]) is not None and s - end <= 60
            cands.append((0 if after else 1, min(abs(s - end), abs(start - e)), entries))
    return min(cands, key=lambda c: c[:2])[2] if cands else []


def _title_in(title: str, header: str) -> bool:
    """``title`` is one of the titles written in ``header``: senior words may be dropped, a lower
    rank (:data:`LOWER_RANK`) may not — unless the mention itself starts with one."""
    n = norm_title(title)
    sq = squash(header)
    for m in re.finditer(rf"(?<= ){re.escape(n)}(?= )", sq):
        prev = sq[:m.start()].split()[-1:] or [""]
        if prev[0] not in LOWER_RANK:
            return True
    return _standalone_in(title, ent.uncap(header))


def _standalone_in(title: str, source: str) -> bool:
    """``title`` occurs in ``source`` (any case) not as the tail of a longer capitalised title
    ("Marketing Manager" inside "Content Marketing Manager" does not count)."""
    for m in re.finditer(r"(?i)(?<![\w-])" + r"[\s-]+".join(map(re.escape, title.split())) + r"(?![\w-])", source):
        before = source[max(0, m.start() - 40) : m.start()].split("\n")[-1].rstrip()
        prev = before.split()[-1] if before.split() else ""
        if not prev or not prev[:1].isupper() or (ent.SENIORITY.match(prev + " ") and prev.lower().rstrip(".")
                                                  not in LOWER_RANK) or not prev[-1:].isalpha():
            return True
    return False
