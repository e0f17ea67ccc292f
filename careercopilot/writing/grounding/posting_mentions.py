"""Whether a document's mention of the posting's own title or of a tool its title or company names is *about the
posting* or a claim about the user (session 25 — "session 28").

Why: the checker lets a document name the posting — "the Python Developer role", "your Salesforce team",
"the posting asks for Tableau" — so the posting's title and the skills its title or company name
(``SourceFacts.allowed_titles``, ``allowed_skills``) were allowed *everywhere*. The commonest fabrication of a
letter for a job then passed: with a planner's resume and the posting "Python Developer", "I have used Python
for five years" and "As a Registered Nurse, I triaged patients" (posting "Registered Nurse") had no flag, nor
"I built every budget model in Excel" for the company "Excel Staffing Group".

Rule (:func:`names_the_posting`, for a mention ``text[start:end]`` of an allowed title or tool):

* a claim frame before it — "as a", "I am a", "I was a", "worked as", "years as", "experience as", "my role
  as", "career as" (titles) — makes it a claim, unless a posting noun follows or the "as" is the job applied for
  ("join Acme as a Registered Nurse", "contribute as your next …");
* else it names the posting when a posting noun follows within two words ("the Python Developer role", "your
  Salesforce team", "the Registered Nurse II opening") or stands right before it ("al puesto de Backend
  Engineer", "au poste de …", "the role of …"); when its sentence speaks of the posting's asks before
  it ("the role calls for Python", "you are looking for Tableau skills", "the posting lists Excel"); or when
  its sentence has no first-person word ("Python is central to the team's work").
* Otherwise (a first-person sentence that uses it: "I have used Python", "I built Tableau dashboards") it is
  the user's claim and is checked against the resume like any other.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.facts import sentence_at

__all__ = ["claimed_title", "inside_allowed_name", "names_the_company", "names_the_posting"]

#: Nouns for the posting or the employer's unit right after a mention (at most two words between).
_POSTING_NOUN_AFTER = re.compile(
    r"^(?:[ \t]+[\w'’&/-]+){0,2}?[ \t]+(?:roles?|positions?|openings?|jobs?|vacanc(?:y|ies)|postings?|listings?|"
    r"opportunit(?:y|ies)|interviews?|teams?|departments?|requisitions?|description|group|practice|unit|"
    r"program|programme|function|organi[sz]ation|hiring)\b", re.IGNORECASE)
#: A posting noun right before the mention, as Spanish and French letters name a job ("al puesto de Backend
#: Engineer", "au poste de …", "un perfil de …") and English sometimes does ("the role of …", "a position as …").
_POSTING_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:puestos?|cargos?|vacantes?|perfil|posici[oó]n|rol|postes?|emplois?|offres?|profil|r[oô]le|"
    r"positions?|roles?|jobs?|openings?|vacanc(?:y|ies))\s+(?:de\s+|d['’]|del\s+|of\s+|as\s+|for\s+)?"
    r"(?:an?\s+|un[ae]?\s+|the\s+|el\s+|la\s+|le\s+|l['’])?$")
#: The posting's asks, before the mention in its sentence.
_ASKS_BEFORE = re.compile(
    r"(?i)\b(?:calls?\s+for|asks?\s+for|asking\s+for|requires?|required|requirements?|seeks?|seeking|looking\s+for|"
    r"mentions?|mentioned|lists?|listed|emphasi[sz](?:es|ed|e)|emphasis\s+on|focus(?:es|ed)?\s+on|need(?:s)?\s+for|"
    r"wants?|posting|job\s+description|you\s+(?:use|need|want|run)|your\s+(?:team|use|stack)|"
    r"pide|exige|demande|recherche)\b")
#: First-person words: the capital "I" forms, and (any case) English, Spanish and French possessives and object
#: forms the offline writer and most letters use.
_FIRST_PERSON_CASED = re.compile(r"(?<![\w'’])I(?:['’](?:m|ve|d|ll))?(?![\w'’])")
_FIRST_PERSON = re.compile(r"(?i)(?<![\w'’])(?:my|me|mine|myself|mi|mis|yo|je|j['’]|mon|mes|moi)(?![\w'’])")
#: A title claimed: "As a …", "I am a …", "worked as a …", "my years as …" (up to two words before the title).
_CLAIM_FRAME = re.compile(
    r"(?i)(?:\bas|\bI\s+am|\bI['’]m|\bI\s+was|\bI\s+have\s+been|\bI['’]ve\s+been|\bbeen|\bbeing|\bworked\s+as|"
    r"\bwork\s+as|\bserved\s+as|\bserve\s+as|\bexperience\s+as|\byears?\s+as|\bcareer\s+as|\brole\s+as|\bjob\s+as|"
    r"\btime\s+as|\bcomo|\bsoy|\bfui|\ben\s+tant\s+que|\bsuis)\s+(?:an?\s+|the\s+|un[ae]?\s+|el\s+|la\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$")

#: "as a <title>" about the job applied for: "join Acme as a Registered Nurse", "contribute as your next planner".
_JOINING_AS = re.compile(
    r"(?i)\b(?:join(?:s|ed|ing)?|contribut\w+|hired|hire\s+me|start(?:ing)?|step(?:ping)?\s+in|grow(?:ing)?|"
    r"bring\w*|serv(?:e|ing)\s+(?:you|your\s+\w+)|work(?:ing)?\s+(?:for|with)\s+\w+|unirme|rejoindre)\b[^.!?]{0,60}"
    r"\b(?:as|como|en\s+tant\s+que)\s+(?:an?\s+|the\s+|your\s+|un[ae]?\s+|su\s+|votre\s+)?(?:[\w'’-]+\s+){0,2}$")


def names_the_posting(text: str, start: int, end: int, *, title: bool = False) -> bool:
    """Whether the mention ``text[start:end]`` names the posting rather than claims something of the user
    (module rule); ``title``: the mention is a job title (its claim frames apply)."""
    after = text[end:end + 60]
    if _POSTING_NOUN_AFTER.match(after) or _POSTING_NOUN_BEFORE.search(text[max(0, start - 60):start]):
        return True
    sentence = sentence_at(text, start)
    base = text.rfind(sentence, 0, end) if sentence else -1
    before = text[base:start] if base >= 0 else text[max(0, start - 120):start]
    if _JOINING_AS.search(before):
        return True  # the job applied for: "join Acme as a Registered Nurse"
    if title and _CLAIM_FRAME.search(before):
        return False
    if _ASKS_BEFORE.search(before):
        return True
    return not (_FIRST_PERSON_CASED.search(sentence) or _FIRST_PERSON.search(sentence))


def claimed_title(text: str, start: int, end: int, name: str) -> bool:
    """Whether ``text[start:end]``, the posting's name ``name`` written out whole, is a job title claimed as the
    user's ("As an ASE Certified Automotive Technician, I …", "I am a PMP Project Manager"): the name ends in a
    title (:func:`.entities.find_titles`) and a claim frame stands before it, not the job applied for or a posting
    noun (ground111: a title flag inside the whole name was cleared as "the posting's name written out")."""
    from careercopilot.writing.grounding import entities as ent

    if not any(not re.sub(r"\(.*\)", "", name[e:]).strip() for _, e, _ in ent.find_titles(name)):
        return False
    if _POSTING_NOUN_AFTER.match(text[end:end + 60]):
        return False
    sentence = sentence_at(text, start)
    base = text.rfind(sentence, 0, end) if sentence else -1
    before = text[base:start] if base >= 0 else text[max(0, start - 120):start]
    return not _JOINING_AS.search(before) and bool(_CLAIM_FRAME.search(before))


#: Before a company's name that is also a product's ("Oracle Health", "Salesforce", "Toast"): the employer.
_EMPLOYER_BEFORE = re.compile(
    r"(?i)\b(?:at|to|join|joins|joined|joining|for|about|from|within|inside|what|how|why|whom|serve|help|support|"
    r"que|chez|para|pour|avec|con|en|à|a|de|dont)\s+(?:the\s+|la\s+|el\s+|le\s+|l['’])?$")
_EMPLOYER_AFTER = re.compile(
    r"(?i)^(?:['’]s?\b|\s+(?:hiring|team|teams|recruit\w*|mission|values|culture|customers?|clients?|patients?|"
    r"members?|community|leadership|people|staff|employees?|is|are|has|have|was|offers?|builds?|serves?|needs?|does|"
    r"wants?|plans?|values?|necesita|busca|ofrece|a\s+besoin|recherche|offre|cherche)\b)")


def names_the_company(text: str, start: int, end: int, allowed: list[str]) -> bool:
    """Whether ``text[start:end]`` is the posting's company written in full (an allowed name equal to it) where a
    letter names an employer — "apply to Oracle Health", "Salesforce's mission", "the Acme team" — rather than a
    tool the user used ("I used Salesforce for five years" for the company Salesforce is still a claim)."""
    surface = text[start:end].strip().lower()
    if not any(surface == (a or "").strip().lower() for a in allowed):
        return False
    return bool(_EMPLOYER_BEFORE.search(text[max(0, start - 40):start]) or _EMPLOYER_AFTER.match(text[end:end + 40])
                or _POSTING_NOUN_AFTER.match(text[end:end + 60]))


def inside_allowed_name(text: str, start: int, end: int, allowed: list[str], *, cased: bool = False,
                        title_claims: bool = False) -> bool:
    """Whether ``text[start:end]`` lies inside a longer allowed name (the posting's company or title, the user's
    name) that ``text`` writes out there (the name matched in any case): "Worldwide" of "Aegis Worldwide", "JD" of "JD
    Ross Energy", "Human Resources" of the "Human Resources Manager" position, "CPA" of "at Barton CPA" (session 22
    and session 25 — "session 28": the offline writer's letters for such postings were flagged on the sweeps). The
    name written whole is the posting's name, no claim; a span as long as the name or longer ("As a Human Resources
    Manager, I …") is not inside it.

    ``cased``: the span must be a part of the name in the name's own case — for a credential's initials, where
    "cpa" in "Escapade Tours" is no "CPA" (:func:`.credential_mentions.check_certifications`); otherwise any case
    (the flags a word of the name raises: tool, degree, scope, title, employer — :func:`careercopilot.writing.grounding.check`).

    ``title_claims``: a name written out whole that is a job title claimed as the user's (:func:`claimed_title`:
    "As an ASE Certified Automotive Technician, I …", ground111) does not cover the span."""
    span = text[start:end].strip()
    for name in allowed:
        name = (name or "").strip()
        if len(name) <= len(span) or (span not in name if cased else span.lower() not in name.lower()):
            continue
        for m in re.finditer(re.escape(name), text, re.IGNORECASE):
            if m.start() <= start and end <= m.end():
                return not (title_claims and claimed_title(text, m.start(), m.end(), name))
    return False
