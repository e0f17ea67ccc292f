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
* **More cues** (session 10). A lower-case title after "the position/title/post of", "rose from … to",
  a sentence-initial "As", "I'm currently the …", and "I was a <title> at <employer>" without a rank
  word (held when that employer's header has its head noun and rank words: "a staff nurse at X");
  capitals tokens are spelled out as the resume does ("senior ML engineer" ← "Senior Machine
  Learning Engineer"); a standing word ("qualified", "registered") is no title word; a header's
  "Sonographer (Vascular)" holds "vascular sonographer".
* **Synonyms.** One job under another common name passes: spellings and abbreviations
  (:data:`entities.TITLE_SPELLINGS`: "Customer Service Rep" / "Representative") and another head
  noun O*NET files under the same occupation (:func:`entities.same_job`: "Software Engineer" /
  "Software Developer"; a rank head such as Manager or Lead is never swapped).
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding import entities as ent
from careercopilot.writing.grounding import occupation_titles, posting_mentions, registers
from careercopilot.writing.grounding.facts import Flag, SourceFacts, norm_title, overlaps, sentence_at
from careercopilot.writing.grounding.names import name_pieces
from careercopilot.writing.grounding.text import norm_words, squash
from careercopilot.writing.grounding.consulting import consultant_at_firm
from careercopilot.writing.grounding.title_gaps import gapped_in
from careercopilot.writing.grounding.title_order import HEADS, reversed_forms
from careercopilot.writing.grounding.title_words import agent_cognate, phrase_translated, translates

#: Rank words below the bare title: dropping one raises the claim ("Front Office Manager" for
#: "Assistant Front Office Manager", "President" for "Vice President"), unlike "Senior"/"Lead".
LOWER_RANK = frozenset("assistant asst associate assoc junior jr deputy trainee apprentice intern vice acting interim "
                       "sub under".split())
#: Rank words above "Senior" (the usual engineering and professional ladders: senior < lead/staff < principal
#: < chief/head): a mention starting with one must find it in the header it is tied to.
RAISED_RANK = frozenset("principal staff chief head distinguished".split())
#: Words that make a lower-case phrase after "I was / I am" a claim of rank (lower and academic ranks too:
#: "an associate professor", "an assistant curator"; session 11).
_RANK = r"(?:senior|sr\.?|lead|principal|chief|head|managing|executive|manager|director|supervisor|president|vp|" \
        r"superintendent|foreman|assistant|associate|deputy|adjunct|visiting)"
#: "I was the senior data analyst", "I'm a staff engineer", "I've been the lead developer".
_COPULA_TITLE_RE = re.compile(
    r"\b(?:I\s+(?:was|am|have\s+been|had\s+been|remained|remain)|I['’]m|I['’]ve\s+been|"
    # session 15: a step into a title ("was promoted to senior audit manager", "became head of …")
    r"(?:was|were|got|been)\s+promoted\s+to|I\s+became|I\s+was\s+(?:appointed|named|hired)(?:\s+as)?)\s+"
    r"(?:(?:currently|now|still|also|then|later|briefly)\s+)?"
    r"(?:an?\s+|our\s+|its\s+|their\s+|(?P<owner>(?:the\s+)?(?:[a-z]+|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
    r"(?:['’]s|s['’])\s+)|the\s+)?"
    # a rank word, or the employer right after: "I was a journeyman electrician at Kettle Moraine"; or before, as its
    # owner: "I am the High Desert Ledger's investigations editor" (session 22, ground32)
    # (no "or" inside: "an assistant grower or head grower" is two titles, each checked: ground77, set 22)
    r"(?P<t>(?(owner)|(?=(?:(?!(?:or|nor)\s)(?:[a-z][\w-]*|[A-Z]{2,4}|[A-Z]+\d+[A-Z]*)\s+){0,3}?" + _RANK + r"\b|"
    r"(?:(?!(?:or|nor)\s)(?:[a-z][\w-]*|[A-Z]{2,4}|[A-Z]+\d+[A-Z]*)\s+){0,3}(?:"
    + ent.TITLE_HEADS.lower() + r")\s+(?:at|with|for)\s+(?:the\s+)?[A-Z]))"
    r"(?:(?!(?:or|nor)\s)(?:[a-z][\w-]*|[A-Z]{2,4}|[A-Z]+\d+[A-Z]*)\s+){0,3}(?:" + ent.TITLE_HEADS.lower() + r"))\b")


#: A rank at the start of a sentence or resume line before a lower-case title: "Senior data analyst
#: with 5 years of SQL." (a tailored resume's summary line).
_LEADING_RANK_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<t>(?:Senior|Sr\.|Lead|Principal|Chief|Head)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:" + ent.TITLE_HEADS.lower() + r"))\b")


#: Words before a lower-case title that describe the person's standing, not the job: "a qualified
#: physiotherapist", "a registered nurse" keeps its "registered" only in capitals ("Registered Nurse").
_QUALIFIER = re.compile(r"(?:(?:newly\s+)?qualified|licensed|registered|certified|practi[sc]ing|experienced|"
                        r"full-time|part-time|locum|permanent|fully\s+qualified)\s+")


#: Terms of employment before a title: "a contract firefighter", "a seasonal ranger", "a relief pharmacist".
_TERMS = re.compile(r"(?i)(contract|seasonal|temporary|freelance|casual|relief|agency|volunteer|per[- ]diem)\s+")


def check_titles(text: str, facts: SourceFacts, flags: list[Flag], known: list[tuple[int, int]]) -> None:
    """Flag titles of ``text`` the user never held, or held at another employer than the one the
    sentence ties them to (see the module doc); checked spans are added to ``known``."""
    own = _own(facts)
    mentions = [(s, e, t, False) for s, e, t in (_with_department(text, *m, own, facts) for m in ent.find_titles(text))]
    spans = [(s, e) for s, e, _, _ in mentions]
    for held in facts.header_titles:  # the user's own titles of the dated history, in lower case
        for m in re.finditer(r"(?i)(?<![\w-])" + r"[\s-]+".join(map(re.escape, held.split())) + r"(?![\w-])", text):
            if not overlaps((m.start(), m.end()), spans):
                raised = re.search(r"(?i)\b(" + "|".join(RAISED_RANK) + r"|senior|sr\.?)\s+$", text[:m.start()])
                if raised:  # "principal gameplay programmer" for a held "Gameplay Programmer": a raised rank
                    mentions.append((raised.start(), m.end(), text[raised.start():m.end()], False))
                    spans.append((raised.start(), m.end()))
                    continue
                mentions.append((m.start(), m.end(), m.group(0), True))
                spans.append((m.start(), m.end()))
    for rx in (ent.ROLE_TITLE_RE, _COPULA_TITLE_RE, _LEADING_RANK_RE):
        for m in rx.finditer(text):
            s, e = m.start("t"), m.end("t")
            q = _QUALIFIER.match(text, s, e)
            if q and q.end() < e:
                s = q.end()  # "as a qualified physiotherapist": the qualifier is no title word
            t = _TERMS.match(text, s, e)
            if t and t.end() < e and re.search(rf"(?i)\b{t.group(1)}", facts.text):
                s = t.end()  # "as a contract firefighter" on "contract fires", "Seasonal Firefighter": the terms of
                #              the job, which the resume states (ground77, set 22)
            if not overlaps((s, e), spans):
                spans.append((s, e))
                if rx is _COPULA_TITLE_RE and not re.search(rf"(?i)\b{_RANK}\b", text[s:e]) and _loose_held(
                        text, s, e, facts):
                    continue  # "I was a junior analyst at X" for X's "Junior Data Analyst": a description
                held = any(set(norm_words(form)) <= lw for form in _forms(text[s:e], own)
                           for lw in own["line_words"])
                held = held or consultant_at_firm(text[s:e], facts)  # "as a consultant" at "… Engineers, LLC"
                parts = re.split(r"\s+(?:and|&)\s+", text[s:e])
                if not held and len(parts) == 2:  # "a qualified electrician and technician": two titles, each held
                    held = all(any(set(norm_words(form)) <= lw for form in _forms(part, own) for lw in own["line_words"])
                               for part in parts)  # (session 23)
                words, org = set(norm_words(text[s:e])), _org_after(text, e)
                if held and words and words <= org and not any(
                        words <= set(norm_words(ent_.header)) - org for ent_ in facts.history):
                    held = False  # "a partner at Morava Tax Partners": the title is only the employer's name
                mentions.append((s, e, text[s:e], held))
    _rung_mentions(text, facts, own, mentions, spans)
    tools = {(ts, te) for ts, te, _ in ent.find_tools(text)}
    for s, e, title, held in sorted(mentions):
        holder = _HOLDER.match(title)
        if holder and holder.end() < len(title):
            s, title = s + holder.end(), title[holder.end():]  # "IAED-certified Emergency Medical Dispatcher": the
            #   body is the names check's, the title after it this one's (as in "an IAED certified …")
            backed = _holder_backed(holder.group("body"), title, facts)
            if backed != "header":
                known.append((s, e))
                if not backed:
                    flags.append(Flag("title", s, e, title, "Your resume does not give you this from that body."))
                continue  # (a credential's line names the body and the title: no job title to tie to an employer)
        if re.match(r"(?i)\s+(?:Professional|Associate|Specialty|certifications?|certificates?|certified|credentials?|"
                    r"exams?|licen[cs]es?|type\s+rating|rating|endorsement|registration)\b", text[e:]) or re.search(
                        r"\bCertified\b", title):
            continue  # a credential's name ("AWS Solutions Architect Professional", "ACF Certified Sous Chef")
        if (s, e) in tools and " " not in title.strip() and title.strip() not in ent.ONET_HEADS:
            continue  # a lone head noun that names a product ("Illustrator"): the tool check has it
        known.append((s, e))
        gloss = re.match(r"\s*\(([A-Z]{2,6})\)", text[e:])
        if gloss and re.search(rf"(?<![\w-]){gloss.group(1)}(?![\w-])", facts.text):
            continue  # "Authorized Economic Operator (OEA)": the sentence spells out initials the resume writes
        if _spelled_system(text, s, e, facts.text):
            continue  # "the Automated Broker Interface" for the resume's "ABI": a system's name, no title (ground121)
        n = norm_title(title)
        if n in facts.allowed_titles and posting_mentions.names_the_posting(text, s, e, title=True):
            continue  # the posting's title as the posting ("the Registered Nurse role"), not "As a Registered Nurse"
        if ent.others_title(text, s):  # "I reported to the Senior Engineering Manager": someone else's
            if not (n in facts.titles or _standalone_in(title, facts.text)):
                flags.append(Flag("title", s, e, title, "Your resume does not name this title."))
            continue
        # (a lone word before "of": "head of security operations" is more than the header's "Kierowniczka")
        native = _native_entries(title, facts) if " " in title.strip() or not re.match(r"\s+of\s", text[e:]) else []
        native = native or _rank_with_trade(title, text, e, facts)  # "head baker" for «Chef boulanger» (ground143)
        if native and not held:
            where = _title_employer(text, s, e, facts)
            if not where or any(n_ in where for n_ in native):
                continue  # "maintenance methods engineer" for the header's "Ingénieur méthodes maintenance"
        forms = _forms(title, own)
        held = held or occupation_titles.category_held(title, [e.header for e in facts.history])  # "deck officer"
        if not held and not any(norm_title(f) in own["titles"]
                                or any(ent.SENIORITY.sub("", t) == norm_title(f) for t in own["titles"])
                                or _standalone_in(f, own["text"]) for f in forms):
            if title[:1].isupper() and registers.designation_held(title, facts.text.splitlines()):
                continue  # "a Registered Professional Archaeologist" for "Register of Professional Archaeologists (RPA)
                #           — registered since …": a register's designation, a credential (session 27, :mod:`.registers`)
            flags.append(Flag("title", s, e, title, "You never held this title according to your resume."))
            continue
        first = title.lower().split()[:1]
        if first and first[0].rstrip(".") in ("senior", "sr") and not _senior_held(title, own):
            flags.append(Flag("title", s, e, title, "Your resume does not give you this title at a senior rank."))
            continue
        if first and first[0] in RAISED_RANK:  # the raised rank stays in every form the header must hold
            forms = [f for f in forms if f.lower().split()[:1] == first] or forms
        dated = any(_title_in(f, entry.header) for entry in facts.history for f in forms)
        where = _title_employer(text, s, e, facts)
        if not where or any(_title_in(f, entry.header) for entry in where for f in forms):
            continue
        if dated or (len(n.split()) >= 2 and not any(_standalone_in(f, ent.own_text(entry.text))
                                                     for entry in where for f in forms)):
            # a dated title of another job, or a title the resume uses only elsewhere ("Lead designer on
            # packaging" at one agency, "Lead Designer at Studio Northlight" where the title was Junior Designer)
            flags.append(Flag("title", s, e, title, "Your resume gives this title at another employer."))


#: A credential holder's adjective glued to its body before a title: "IAED-certified", "CAIIB-qualified",
#: "ACLS-trained", "RICS-accredited" (session 21, set 17).
_HOLDER = re.compile(r"(?P<body>[A-Z][\w&.]*)-(?:certified|qualified|accredited|licensed|registered|chartered|trained)"
                     r"[ \t]+")


def _holder_backed(body: str, title: str, facts: SourceFacts) -> str:
    """How a title after a body's holder adjective ("IAED-certified Emergency Medical Dispatcher") is backed:
    ``"line"`` — a resume line names the body with every word of the title ("Emergency Medical Dispatcher (EMD),
    IAED"); ``"header"`` — a held title of the dated history, the body named in the resume ("a PMI-certified Project
    Manager" for a "Project Manager" holding a PMI credential; then checked as any held title); ``""`` — neither ("a
    NENA-certified Emergency Medical Dispatcher" when NENA is only a standard's body)."""
    words = set(norm_words(title))
    if any(re.search(rf"(?<![\w-]){re.escape(body)}(?![\w-])", line) and words <= set(norm_words(line))
           for line in facts.lines):
        return "line"
    if norm_title(title) in facts.header_titles and ctx.name_in(body, facts.squashed):
        return "header"
    return ""


_DEPARTMENT_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w&-]*(?:[ \t]+(?:(?:&|and)[ \t]+)?[A-Z][\w&-]*)*")


def _with_department(text: str, s: int, e: int, title: str, own: dict, facts: SourceFacts) -> tuple[int, int, str]:
    """A title ending in a head noun (:data:`.title_order.HEADS`) with "of <Department>" after it ("Manager of Sales
    Operations"), taken whole when the user holds it so (in either word order: "Sales Operations Manager"); else as
    found ("General Manager of Hotel Bellevue" names an employer after "of")."""
    tail = _DEPARTMENT_AFTER.match(text, e)
    if not tail or title.split()[-1].lower() not in HEADS:
        return s, e, title
    whole = text[s:tail.end()]
    forms = _forms(whole, own)
    if any(norm_title(f) in own["titles"] or any(_title_in(f, entry.header) for entry in facts.history) for f in forms):
        return s, tail.end(), whole
    return s, e, title


def _senior_held(title: str, own: dict) -> bool:
    """A title opening with "senior"/"sr." is held at that rank: one line of the resume's own text holds the rank
    word ("Senior", "Sr.") with every other word of the title ("senior operations manager" is not held by an
    "Operations Manager" promoted in 2021; "senior ML engineer" is held by a "Senior Machine Learning Engineer";
    session 15: lower-case titles kept the rank only in capitals)."""
    rests = [set(norm_words(" ".join(t.split()[1:]))) for t in {title, _expand_initialisms(title, own["text"])}]
    return any(rest and ({"senior", "sr"} & lw) and rest <= lw for rest in rests for lw in own["line_words"])


def _spelled_system(text: str, s: int, e: int, source: str) -> bool:
    """The title at ``text[s:e]`` runs on into capitalised words ("Automated Broker Interface") whose initials, three
    or more, the resume writes as a token ("ABI"): a system's or body's name with a title word inside it."""
    more = re.match(r"(?:[ \t]+(?:of[ \t]+|and[ \t]+|&[ \t]+)?[A-Z][\w-]*)+", text[e:])
    if not more:
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", text[s:e + more.end()]) if w[0].isupper()]
    initials = "".join(w[0] for w in words)
    return len(initials) >= 3 and re.search(rf"(?<![\w-]){initials}(?![\w-])", source) is not None


def _native_entries(title: str, facts: SourceFacts) -> list[ctx.Entry]:
    """History entries whose header writes ``title`` (English) in the CV's own language: a header line with a
    word of another language (:func:`.names.foreign_word`) where the title's head noun and every rank word have a
    cognate (:func:`.names.cognate`: "adviseur" for "adviser", "ingénieur" for "engineer", "senior" as written;
    the head of a compound: "water" in "waterbeheer")
    and at least half of its words do — "senior flood defence adviser" for "Senior adviseur waterkeringen",
    "maintenance methods engineer" for "Ingénieur méthodes maintenance"; "head chef" for "Chef de cuisine" lacks
    its rank word. Cognates instead of per-language tables, as for institution names (session 15)."""
    from careercopilot.writing.grounding.names import cognate, foreign_word
    from careercopilot.writing.grounding.text import fold_accents

    words = [w for w in re.findall(r"[a-z]+", fold_accents(title).lower()) if w not in ("of", "and", "the", "for", "in")]
    if not words:
        return []
    ranks = [w for w in words[:-1] if w in _RANK_WORDS]
    out = []
    for entry in facts.history:
        for line in entry.header.splitlines():
            if phrase_translated(title, line):  # "head chef" for "Jefe de Cocina" (:data:`.title_words.TITLE_PHRASES`)
                out.append(entry)
                break
            pool = [w for w in re.findall(r"[a-z]+", fold_accents(line).lower()) if len(w) > 2]
            if not any(foreign_word(w) for w in pool if len(w) > 3):
                continue
            if any(p not in words and any(p == r or cognate(r, p) for r in LOWER_RANK if len(r) > 3) and not any(
                    _translated(w, p) for w in words) for p in pool):
                continue  # the header's lower rank dropped: "store manager" for "Assistant Store Manager" (not the
                #           mention's own word: "senior associate" for "Asociada Senior", session 16)
            hit = [any(w == p or _translated(w, p) for p in pool) for w in words]
            if not any(w not in pool and h for w, h in zip(words, hit, strict=True)):
                continue  # every word as written: an English header, the usual title check's
            # the head, every rank word, two words at least and half of them ("country director" for
            # "Direktur Program" has the head alone)
            # (session 16: one word alone, its header word of another language: "dentist" for "Médica Dentista",
            # "lawyer" for "Abogada", :mod:`.title_words`)
            if hit[-1] and all(hit[words.index(r)] for r in ranks) and sum(hit) >= min(2, len(words)) and 2 * sum(
                    hit) >= len(words):
                out.append(entry)
                break
    return out


def _rank_with_trade(title: str, text: str, end: int, facts: SourceFacts) -> list[ctx.Entry]:
    """History entries whose header writes a lone rank word and the trade after it ("head" + "baker") as one title
    translated (:data:`.title_words.TITLE_PHRASES`: "head baker" for «Chef boulanger», "team leader" for «Chef
    d'équipe»): the title detector took the rank alone when the trade is no title noun of its own (ground143)."""
    nxt = re.match(r"\s+([A-Za-z-]+)", text[end:])
    if title.strip().lower() not in ("head", "chief", "lead", "team") or not nxt:
        return []
    phrase = f"{title.strip()} {nxt.group(1)}"
    return [en for en in facts.history if any(phrase_translated(phrase, ln) for ln in en.header.splitlines())]


def _translated(english: str, theirs: str) -> bool:
    """``theirs`` (a header word in another language) is ``english`` translated by a shared root: a cognate, the
    same consonants, or a compound opening with it ("water" in "waterbeheer")."""
    from careercopilot.writing.grounding.names import cognate, foreign_word

    return cognate(english, theirs) or _skeleton_cognate(english, theirs) or translates(english, theirs) or (
        agent_cognate(english, theirs) and foreign_word(theirs)) or (
        len(english) >= 4 and theirs.startswith(english) and foreign_word(theirs))


def _skeleton_cognate(english: str, theirs: str) -> bool:
    """Same consonants in the same order, three at least, the other word another language's ("engineer" /
    "ingénieur" → n-g-n-r, whose spellings differ in their vowels more than :func:`.names.cognate` allows)."""
    from careercopilot.writing.grounding.names import foreign_word

    def skeleton(w: str) -> str:
        return re.sub(r"[aeiouy]", "", w)

    return len(skeleton(english)) >= 3 and skeleton(english) == skeleton(theirs) and foreign_word(theirs)


_RANK_WORDS = LOWER_RANK | RAISED_RANK | {"senior", "sr", "lead", "managing", "executive", "general"}


def _loose_held(text: str, start: int, end: int, facts: SourceFacts) -> bool:
    """A lower-case title without a rank word after "I was / I'm" ("a staff nurse at X") describes the
    job held at the employer named after it: held when that employer's header has the same head
    noun and every rank word of the mention; for a rank head (:data:`entities.RANK_HEADS`: manager,
    commander, captain …) every word — its modifier names the rank ("watch commander" is no "Section
    Commander", session 11)."""
    words = norm_words(text[start:end])
    where = _title_employer(text, start, end, facts)
    need = set(words) if words and words[-1] in ent.RANK_HEADS else set(words) & LOWER_RANK
    # a rank head before the profession names the rank too: "a partner veterinarian at X" is no "Senior Staff
    # Veterinarian" — nor is the parent's name in parentheses a title ("(part of Midwest Veterinary Partners from
    # 2021)"; session 27, ground87, set 23)
    need |= set(words[:-1]) & ent.RANK_HEADS
    # the employer's own name is no title: "a partner at Morava Tax Partners" is no header's "partner"
    org = _org_after(text, end)
    return bool(words) and any(words[-1] in (hw := set(norm_words(re.sub(r"\([^()\n]*\)", " ", e.header))) - org)
                               and need <= hw for e in where)


def _org_after(text: str, end: int) -> set[str]:
    """Words of the capitalised name after a title mention ending at ``end`` ("… at Morava Tax Partners")."""
    return set(norm_words(" ".join(re.findall(r"\b[A-Z][\w&'’-]*", text[end:end + 80].split(". ")[0]))))


def _own(facts: SourceFacts) -> dict:
    """The user's own titles, text and line words (others' titles masked), computed once per facts."""
    cached = getattr(facts, "_own_titles", None)
    if cached is None:
        text = ent.own_text(facts.text)
        cached = {"text": text, "titles": {norm_title(t) for _, _, t in ent.find_titles(ent.uncap(text))},
                  "line_words": [_line_words(ln) for ln in text.splitlines() if ln.strip()]}
        facts._own_titles = cached
    return cached


def _expand_initialisms(title: str, text: str) -> str:
    """``title`` with each capitals token spelled out as the resume spells it ("senior ML engineer" →
    "senior Machine Learning engineer" when the resume writes "Machine Learning"); unchanged when
    the resume has no such words."""
    def expand(m: re.Match) -> str:
        letters = m.group(0).lower()
        rx = r"(?i)(?<![\w-])" + r"\s+".join(rf"{c}[\w']+" for c in letters) + r"(?![\w-])"
        hit = re.search(rx, text)
        return hit.group(0) if hit else m.group(0)

    return re.sub(r"\b[A-Z]{2,4}\b", expand, title)


def _forms(title: str, own: dict) -> list[str]:
    """Spellings of ``title`` (:func:`entities.title_forms`, capitals tokens spelled out as the resume
    does: "ML" for "Machine Learning") and the user's own titles that name the same job
    (:func:`entities.same_job`: "Software Engineer" for a held "Software Developer")."""
    expanded = _expand_initialisms(title, own["text"])
    forms = ent.title_forms(title) + (ent.title_forms(expanded) if expanded != title else [])
    forms += [r for f in forms[:8] for r in reversed_forms(norm_title(f))]  # "Nursing Director" / "Director of Nursing"
    return forms + [t for t in own["titles"] if any(ent.same_job(norm_title(f), t) for f in forms)]


def _line_words(line: str) -> set[str]:
    """Words of a resume line, "led" also as "lead" ("Led the falls project" backs "the lead on it")."""
    words = set(norm_words(line)) | set(re.findall(r"[a-z0-9]+", line.lower()))
    return words | {"lead"} if "led" in words else words


#: A clause about another time between a title and a name (session 22, set 7): ", and before that", "; before that",
#: ", then", ", after that", ", previously", ", earlier".
OTHER_CLAUSE = re.compile(r"(?i)[,;]\s*(?:and\s+|but\s+)?(?:before|after|then|later|earlier|previously|prior\s+to|"
                           r"until|since\s+leaving)\b")


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
        if entries and OTHER_CLAUSE.search(text[end:s] if s >= end else text[e:start]):
            continue  # "I've been a senior coordinator since 2022, and before that … at X": X is the earlier job's
        if entries:
            after = s >= end and re.fullmatch(r"[\s,]+(?:[a-z][\w-]*[\s,]+){0,6}(?:at|with|for|in|on)\s+(?:the\s+)?",
                                              text[end:s]) is not None and s - end <= 60
            cands.append((0 if after else 1, min(abs(s - end), abs(start - e)), entries))
    return min(cands, key=lambda c: c[:2])[2] if cands else []


def _title_in(title: str, header: str) -> bool:
    """``title`` is one of the titles written in ``header``: senior words may be dropped, a lower
    rank (:data:`LOWER_RANK`) may not — unless the mention itself starts with one."""
    n = norm_title(title)
    raised = title.lower().split()[:1]
    if raised and raised[0] in RAISED_RANK and raised[0] not in set(norm_words(header)) | set(header.lower().split()):
        return False  # "principal gameplay programmer" for the header's "Senior Gameplay Programmer"
    # "Physiotherapist (Rotational)": a qualifier in parentheses after a title is that title's word too
    header += "\n" + _PAREN_QUALIFIER.sub(r"\2 \1", header)
    sq = squash(header)
    for m in re.finditer(rf"(?<= ){re.escape(n)}(?= )", sq):
        prev = sq[:m.start()].split()[-1:] or [""]
        if prev[0] not in LOWER_RANK:
            return True
    # ("lead technician" for "Lead Pharmacy Technician, IV Room": a middle word dropped, session 23)
    return _standalone_in(title, ent.uncap(header)) or gapped_in(title, header)


_PAREN_QUALIFIER = re.compile(r"\b([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})[ \t]*\(([A-Za-z][\w -]{0,30})\)")


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


# --- one rung up, another language (session 20) ------------------------------------------------------------------
_CUE = r"(?:\b(?:[Aa]s|I\s+(?:am|was|have\s+been|became)|I['’]m|I['’]ve\s+been|promoted\s+to)\s+" \
       r"(?:(?:now|currently|still|also)\s+)?(?:an?\s+|the\s+|our\s+|its\s+)?)"
#: A raised rank before a word the user's history headers hold as a title ("As chief winemaker" for "Enóloga
#: (Winemaker)"): the title's head need not be a known head noun when a header holds it.
_RAISED_WORD_RE = re.compile(_CUE + r"(?P<t>(?P<r>chief|head|principal|senior|lead|master)\s+(?P<w>[a-z][a-z-]{3,}))\b")
#: A uniformed or command rank claimed alone or with one word ("I am a captain on the A320" for a "Senior First
#: Officer", "a station commander" for a "Crew Commander"): O*NET's rank heads (:data:`entities.RANK_HEADS`) that name
#: a rung by themselves.
_ALONE_RANKS = "captain|commander|lieutenant|sergeant|constable|marshal|superintendent|purser"
_RANK_ALONE_RE = re.compile(_CUE + r"(?P<t>(?:[a-z][a-z-]+\s+)?(?:"
                            + _ALONE_RANKS + r"))\b")
#: A title word of another language (:data:`.title_words.TITLE_WORDS`, the words spelling cannot find) claimed as
#: written: "I am now proviseure of a lycée" — held only where the resume writes it.
_WORD_RE = re.compile(_CUE + r"(?P<t>[a-zà-ÿ][a-zà-ÿ-]{3,})\b")
#: A second lower-case title joined by "and" after a title claim ("a principal and practice leader").
#: A sequence adverb between them is the career's order, no word of the title ("engine operator and then captain":
#: ground77, set 22); a rung of a ladder may follow alone ("and later chief mate", "and then battalion chief").
_AND_TITLE_RE = re.compile(r"\s+(?:and|or)\s+(?:(?:then|later|eventually|finally|now|subsequently|afterwards)\s+)?"
                           r"(?:an?\s+|the\s+)?(?P<t>(?:[a-z][\w-]*\s+){0,2}(?:leader|partner|owner|chief|master|mate|"
                           + _ALONE_RANKS + "|" + ent.TITLE_HEADS.lower() + r"))\b")


def _rung_mentions(text: str, facts: SourceFacts, own: dict, mentions: list, spans: list) -> None:
    """Add to ``mentions`` the title claims the usual cues miss (session 20, set 16's titles): a raised rank before a
    word a header holds as a title, a uniformed rank alone, a title word of another language as written, and a second
    title joined by "and" to a claimed one; each held when one line of the user's own text holds all its words."""
    from careercopilot.writing.grounding.text import fold_accents
    from careercopilot.writing.grounding.title_words import TITLE_WORDS, WORKPLACE_WORDS

    header_words = {w for e in facts.history for w in norm_words(ent.uncap(e.header))}
    # (not the workplace words kept there for "plant manager": "usine", "planta")
    foreign = set().union(*(v for k, v in TITLE_WORDS.items() if k not in WORKPLACE_WORDS)) - set(TITLE_WORDS)

    def add(s: int, e: int) -> None:
        if not overlaps((s, e), spans) or any((s, e) == (a, b) and held for a, b, _, held in mentions):
            words = set(norm_words(fold_accents(text[s:e])))
            held = any(words <= {w for w in (lw | {fold_accents(x) for x in lw})} for lw in own["line_words"])
            mentions[:] = [m for m in mentions if (m[0], m[1]) != (s, e)]
            spans.append((s, e))
            mentions.append((s, e, text[s:e], held))

    for m in _RAISED_WORD_RE.finditer(text):
        if m.group("w") in header_words and m.group("w") not in ent.TITLE_HEADS.lower().split("|"):
            add(m.start("t"), m.end("t"))
    for m in _RANK_ALONE_RE.finditer(text):
        add(m.start("t"), m.end("t"))
    for m in _WORD_RE.finditer(text):
        if fold_accents(m.group("t").lower()) in foreign:
            add(m.start("t"), m.end("t"))
    for s, e, _, _ in list(mentions):
        if (a := _AND_TITLE_RE.match(text, e)) and re.search(_CUE + r"$", text[max(0, s - 40):s]):
            add(a.start("t"), a.end("t"))
