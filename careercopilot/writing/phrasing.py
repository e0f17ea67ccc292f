"""Sentences of the offline cover letter that quote a resume bullet (issue 12: sentence variety, no
broken grammar, never a fact the bullet lacks).

A bullet is quoted in one of two ways, by its shape (:func:`is_verb_phrase`):

* a verb phrase ("Built a claims API", "Assess, plan and document care …") joins "where I …" /
  "when I …" / "I …" in the first person ("where I built a claims API");
* anything else ("Post-op orthopedic and general surgery patients, wound care …", "4-5 patient
  assignment; cardiac monitoring") is set after a colon, as written (session 22: "where I post-op
  orthopedic …", "where I calendars, filings" were the old output).

Each frame has three forms, picked by a stable hash of the resume (:func:`variant`) and rotated
within a letter, so two people's letters do not open every paragraph the same way. Every form
starts "I used X as", "I put X to work as" or "I relied on X as" (:data:`CITED_FORMS` reads them
back for the format check); none starts "As <title>", which the grounding checker reads together with
a capitalised word ending the sentence before ("… ADP. As Front Office Manager" as one title).
"""

from __future__ import annotations

import re
import zlib

#: Common action verbs of resume bullets (base forms; their -s/-ed/-ing forms and the irregular past
#: are derived or listed). Sources: university career centres' action-verb lists (Harvard FAS MCS,
#: UC Berkeley Career Center), as written in the issue-11 resumes.
_VERBS = frozenset("""
accelerate achieve act adapt haul address adjust administer advise advocate align allocate analyze analyse answer
apply appraise approve arrange assemble assess assign assist audit author automate balance bill book brief
budget build calculate calibrate care catalog catalogue chair change chart check clean close coach code
collaborate collect communicate compile complete compose conduct configure consolidate consult contribute control
convert coordinate counsel create cultivate cut debug decrease define delegate deliver deploy design detect
develop diagnose direct discover dispatch document draft drive edit educate eliminate enable encourage engineer
enhance ensure establish estimate evaluate examine execute expand expedite facilitate file finish fix forecast
form foster gather generate greet grow guide handle help hire identify implement improve increase influence inform
initiate inspect install instruct integrate interview introduce investigate keep know launch lead lift load
log maintain manage map market measure mentor merge migrate model modernize monitor motivate move negotiate
onboard open operate optimize organize oversee own partner perform pilot place plan precept prepare present
prevent price prioritize process produce program promote propose protect provide publish purchase qualify
raise rebuild receive recommend reconcile record recruit redesign reduce refactor remodel renovate repair
replace report research resolve respond restore restructure review revise rewrite run save schedule screen
secure select sell serve service set ship simplify solve sort source spearhead staff standardize start
steer streamline strengthen supervise support survey sustain teach test track train transform translate
treat triage troubleshoot tutor unload update upgrade use validate verify volunteer walk weld win work write
""".split())
_IRREGULAR = frozenset("""built cut drove grew kept knew led lent made met ran rebuilt rewrote sold set spent taught
took won wrote oversaw brought began bought caught chose dealt did drew fed found gave got held hung laid left
put read rode sent shot shut sought spoke stood struck swept thought told understood wound sat fought flew
froze hid lost paid rose shook threw undertook withdrew became overcame forgave mistook oversold outran
underwent""".split())
#: Past participles used as adjectives at the start of a noun phrase ("Certified in …", "Licensed …").
_ADJECTIVES = frozenset("certified licensed skilled experienced advanced detailed based registered qualified "
                        "bilingual trained dedicated experienced".split())


#: Words that are a verb or a title's rank ("Lead analyst", "Charge nurse", "Head cook").
_RANK_WORDS = frozenset("lead charge head chief staff senior principal supervising managing".split())
_ROLE_NOUNS = (r"analysts?|engineers?|nurses?|developers?|technicians?|techs?|designers?|cooks?|chefs?|teachers?|"
               r"accountants?|auditors?|scientists?|consultants?|specialists?|coordinators?|assistants?|associates?|"
               r"attorneys?|paralegals?|clerks?|operators?|mechanics?|electricians?|drivers?|writers?|editors?|"
               r"planners?|estimators?|inspectors?|therapists?|pharmacists?|managers?|officers?|agents?|representatives?|"
               r"advisors?|counselors?|instructors?|trainers?|tellers?|cashiers?|servers?|carpenters?|welders?|"
               r"plumbers?|hygienists?|assistants?|programmers?|architects?|administrators?|supervisors?|researchers?")


#: :data:`_ROLE_NOUNS` in the singular only ("teacher", not "teachers").
_ROLE_NOUN_ONE = "|".join(n[:-2] if n.endswith("s?") else n for n in _ROLE_NOUNS.split("|"))


def _base_forms(word: str) -> set[str]:
    w = word.lower()
    out = {w}
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("d", "")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            out.add(w[: -len(suffix)] + repl)
    if re.search(r"([b-df-hj-np-tv-z])\1ed$", w):  # "planned" → "plan"
        out.add(w[:-3])
    return out


def is_verb_phrase(bullet: str) -> bool:
    """Whether ``bullet`` starts with an action verb ("Built …", "Assess, plan …", "Precept new graduate
    nurses"), so that "I <bullet>" is a sentence. Nouns, gerunds and adjectives first ("Post-op care …",
    "Use of skid steer", "Forming and pouring …", "Certified in …", "4-5 patient assignment") are not."""
    m = re.match(r"\s*([A-Za-z][a-z]+)\b(\s+of\b)?", bullet or "")
    if not m or m.group(2):  # "Use of skid steer": a noun
        return False
    word = m.group(1).lower()
    if word == "trained" and not re.match(r"\s*trained\s+(?:in|as|to|by|on|at|with|for|under)\b", bullet, re.I):
        return True  # "Trained new assistants" (a verb); "Trained in CPR" is the adjective below
    if word in _ADJECTIVES or word.endswith("ing"):  # "Forming and pouring sidewalks": gerunds read as nouns
        return False
    if word in _RANK_WORDS and re.match(r"\s*\S+\s+(?:[a-z-]+\s+)?(?:" + _ROLE_NOUNS + r")\b", bullet, re.I):
        return False  # "Lead analyst for Public Works", "Charge nurse for a 32-bed unit": a title, not a verb
    if re.match(r"\s*\S+\s+(?:[a-z-]+\s+)?(?:" + _ROLE_NOUN_ONE + r")(?:\s+(?:for|of|at|in|on|to|with|from|and)\b|\s*[,;(]|\s*$)", bullet, re.I):
        return False  # "Mentor teacher for 3 student teachers", "Volunteer tutor …": a singular role noun with no article
        # is no verb's object ("I mentor teacher for …", trial128, session 31); "Mentor new teachers" stays a verb
    nxt = _NOUN_NEXT.match(bullet[m.end(1):])
    if word in _HOMOGRAPHS and nxt and (" and " not in nxt.group(0) or word in ("program", "project")):
        return False  # "Program reports and logic models …", "Process improvement projects", "Support for …"
    if word in _IRREGULAR or bool(_base_forms(word) & _VERBS):
        return True
    # Any other simple past opening a bullet is its verb ("Covered office-manager duties …", "Scaled and
    # root-planed …", "Fielded 60 calls a day"): the list above can never hold every verb of every trade
    # (trial105 finding 9: "experience with … : Covered office-manager duties" — the bullet pasted after a colon).
    # Not "-eed" words ("Speed", "Need") and not the participles used as adjectives (_ADJECTIVES).
    return len(word) >= 5 and word.endswith("ed") and not word.endswith("eed")


#: Words that open a bullet as a verb or as a noun (writer69, issue 12: "where I program reports and logic
#: models with the program directors" from the noun phrase "Program reports and logic models …").
_HOMOGRAPHS = frozenset("program process record report schedule lead project design contract support conduct "
                        "research service budget model market plan".split())
#: What follows such a word when it is a noun: "of"/"for" ("Support for the CFO"), the head noun of a compound
#: ("Process improvement projects", "Record keeping", "Report writing", "Project management", "Lead
#: generation", "Design review"), or (after "program"/"project" only) a plural joined by "and" to a two-word plural ("Program reports and
#: logic models"; "Schedule appointments and insurance verifications" is a verb's object). A verb's object ("Schedule crews", "Conduct inspections", "Lead training sessions", "Program PLCs
#: and HMIs") is kept as a verb: only these shapes are read as nouns.
_NOUN_NEXT = re.compile(r"\s+(?:(?:of|for)\b|(?:improvements?|management|keeping|writing|generation|reviews?|"
                        r"coordinator|manager|lead|portfolio|controls?|documentation)\b|[a-z]+s\s+and\s+[a-z]+\s+[a-z]+s\b)")


def _joined(bullet: str) -> str:
    """A bullet's clauses joined as one sentence's: "Log hours on Samsara ELD; flag HOS conflicts …" → "Log hours
    on Samsara ELD, flag HOS conflicts …" — a resume's semicolons pasted into a letter's sentence read as notes
    (trial101 finding 4); the last of several clauses joins with "and" unless it has one of its own (trial126:
    "recovered and recharged refrigerant in compliance with EPA 608, kept refrigerant logs": an "and" inside the first
    clause is no join of the last)."""
    parts = [p.strip() for p in re.split(r"\s*;\s*", bullet.strip().rstrip(".;")) if p.strip()]
    if len(parts) < 2:
        return bullet.strip().rstrip(".;")
    parts = [parts[0]] + [p[0].lower() + p[1:] if is_verb_phrase(p) and not p[:2].isupper() else p for p in parts[1:]]
    if " and " in parts[-1] or (" and " in " ".join(parts) and not is_verb_phrase(parts[-1])):
        return ", ".join(parts)  # the last clause has its own "and", or is a note ("…, 92% first-time fix rate")
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def first_person(bullet: str) -> str:
    """"Built a claims API …" → "built a claims API …" (sentence-final period removed, clauses joined:
    :func:`_joined`)."""
    b = _joined(bullet)
    if b[:1].isupper() and not b[:2].isupper():
        b = b[0].lower() + b[1:]
    return b


def as_written(bullet: str) -> str:
    """A bullet set after a colon: as written, its final period removed and its clauses joined (:func:`_joined`)."""
    return _joined(bullet)


def mid_sentence(item: str) -> str:
    """A resume's list item as a word inside a sentence: sentence case lowered ("Route planning" → "route
    planning", trial101 finding 4: "customer service, Route planning, compliance"); a name stays as written —
    one word ("Excel", "Scheduling"), an acronym ("HOS compliance"), or more than one capital ("Microsoft
    Excel", "Google Maps/Trimble routing")."""
    words = item.split()
    if (len(words) >= 2 and re.fullmatch(r"[A-Z][a-z]+", words[0])
            and all(not re.search(r"[A-Z]", w) for w in words[1:])):
        return item[0].lower() + item[1:]
    return item


def with_article(title: str) -> str:
    """A job title after "as" with its article: "a CDL-A Over-the-Road Driver", "an RN at Mercy"
    (:func:`careercopilot.writing.display.article`; trial101 finding 4: "I used freight as CDL-A Over-the-Road
    Driver"). An article or possessive already there stays."""
    from careercopilot.writing.display import article

    t = title.strip()
    if not t or re.match(r"(?i)(?:a|an|the|my|our)\s", t):
        return t
    return f"{article(t)} {t}"


def variant(resume_text: str, n: int = 3) -> int:
    """A stable choice among ``n`` forms for this resume (CRC-32 of its text)."""
    return zlib.crc32((resume_text or "").encode("utf-8")) % n


def join_names(items: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    return ", ".join(items[:-1]) + (" and " if len(items) > 1 else "") + (items[-1] if items else "")


def evidence_sentence(names: list[str], role_label: str, bullet: str, form: int, again: bool = False,
                      tools: bool = True) -> str:
    """"I used X and Y as <role>, where I <bullet>." and its two other forms (see the module doc).

    ``again``: the sentence before named the same role, so this one refers back to it ("I also used X in
    that role when I …") instead of repeating a long label (newcomer trial: "Chemistry Teacher & Chemical
    Hygiene Officer at Whetstone High School" three times in one paragraph)."""
    who = join_names(names)
    role_label = with_article(role_label)
    if not tools:  # "I used freight", "I put dispatching to work": a duty or a field is not a tool (trial101 finding 4)
        return experience_sentence(who, role_label, bullet, form, again)
    if again:
        if is_verb_phrase(bullet):
            vp = first_person(bullet)
            return (f"I also used {who} in that role when I {vp}.",
                    f"I also put {who} to work there when I {vp}.",
                    f"I also relied on {who} in that role when I {vp}.")[form % 3]
        nb = as_written(bullet)
        return (f"I also used {who} in that role: {nb}.",
                f"I also put {who} to work there: {nb}.",
                f"I also relied on {who} in that role: {nb}.")[form % 3]
    if is_verb_phrase(bullet):
        vp = first_person(bullet)
        return (f"I used {who} as {role_label}, where I {vp}.",
                f"I put {who} to work as {role_label} when I {vp}.",
                f"I relied on {who} as {role_label}, where I {vp}.")[form % 3]
    nb = as_written(bullet)
    return (f"I used {who} as {role_label}: {nb}.",
            f"I put {who} to work as {role_label}: {nb}.",
            f"I relied on {who} as {role_label}: {nb}.")[form % 3]


def experience_sentence(who: str, role_label: str, bullet: str, form: int, again: bool = False) -> str:
    """"My experience with X comes from my time as a <role>, where I <bullet>." — the frame of skills that are
    not tools (duties, fields, subjects), two forms, and the back-reference "That role also gave me experience
    with X when I …"."""
    if is_verb_phrase(bullet):
        tail = f" when I {first_person(bullet)}." if again else f", where I {first_person(bullet)}."
    else:
        tail = f": {as_written(bullet)}."
    if again:
        return f"That role also gave me experience with {who}" + tail
    return (f"My experience with {who} comes from my time as {role_label}",
            f"I gained my experience with {who} as {role_label}")[form % 2] + tail


#: Read the cited skills back from a letter (the format check of issue 12; benchmarks/writing_eval.py).
CITED_FORMS = (
    r"\bI (?:used|relied on) (.+?) as \S",
    r"\bI put (.+?) to work as \S",
    r"\bMy resume lists (.+?) among",
    r"\bI also (?:used|relied on|put) (.+?) (?:in that role|to work there)\b",
    r"\b(?:My|my) experience with (.+?) comes from my time as \S",
    r"\bI gained my experience with (.+?) as \S",
    r"\bThat role also gave me experience with (.+?)(?: when I\b|:)",
)


def current_role_sentence(label: str, ongoing: bool, bullet: str | None) -> str:
    """"In my current role as <label>, I <bullet>." (or the bullet after a colon when it is no verb phrase;
    without a bullet, only the role)."""
    when = "current" if ongoing else "most recent"
    if not bullet:
        return f"My {when} role is {label.rstrip('.')}."  # "… at Northwind Foods Inc." ends the sentence once
    if is_verb_phrase(bullet):
        return f"In my {when} role as {label}, I {first_person(bullet)}."
    return f"In my {when} role as {label}, my work includes: {as_written(bullet)}."


#: The professional letter's opening sentence, three forms.
OPENINGS = (
    "I am writing to apply for the {title} position {at_company}.",
    "Please accept my application for the {title} position {at_company}.",
    "I would like to be considered for the {title} role {at_company}.",
)
#: The sentence before the evidence: with the posting's skills named ("them"), without, and with one named ("it":
#: "… including accounting. My resume shows where each of them comes in." was the old text for a single skill;
#: "My work history shows them in use." the old one with no skill named).
LEADS = (
    ("Here is where I have used them.", "Here is where I have used my skills.", "Here is where I have used it."),
    ("My resume shows where each of them comes in.", "My resume shows where my skills come in.",
     "My resume shows where it comes in."),
    ("Each of them has a place in my work history.", "My work history shows my skills in use.",
     "It has a place in my work history."),
)
