"""Names in a generated document: employers, schools and other organisations must be in the
sources (short forms accepted), and an organisation the resume names in another role (a client,
vendor, auditor, school) must not be claimed as an employer."""

from __future__ import annotations

import functools
import re

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding import entities as ent
from careercopilot.writing.grounding import abbreviations, line_bodies, locale_data, registers, standards
from careercopilot.writing.grounding.facts import Flag, SourceFacts, overlaps, sentence_at
from difflib import SequenceMatcher

from careercopilot.writing.grounding.text import fold_accents, quantities, squash

_NAME_SPLIT = re.compile(r"(\s+(?:and|&)\s+|['’]s\b\s*)")


def split_name(name: str) -> list[tuple[int, int, str]]:
    """``name`` split at "and"/"&" and at possessives ("Riverside Methodist's MICU" →
    "Riverside Methodist", "MICU"), with offsets into ``name``."""
    out, offset = [], 0
    for piece in _NAME_SPLIT.split(name):
        if piece.strip() and not _NAME_SPLIT.fullmatch(piece):
            out.append((offset, offset + len(piece.rstrip()), piece.rstrip()))
        offset += len(piece)
    return out


def name_pieces(text: str) -> list[tuple[int, int, str]]:
    """Capitalised names of ``text`` split as in :func:`_split_name`."""
    return [(s + ps, s + pe, p) for s, _e, name in ent.find_names(text) for ps, pe, p in split_name(name)]


#: A claim of having worked somewhere: "worked at", "my years working at", "employed by",
#: "my role at", "hired by", "joined". "with" is left out ("worked with Grant Thornton's auditors"
#: is collaboration), and so are "time"/"years at" alone (said of schools too).
_EMPLOYED_AT = re.compile(
    r"(?i)\b(?:work(?:ed|ing|s)?|employed|employment|job|position|role|career|tenure|stint|hired|joined|joining)"
    r"(?:\s+[a-z][\w'’-]*){0,4}?\s+(?:at|for|by)\s+(?:the\s+)?$|\b(?:joined|joining)\s+(?:the\s+)?$"
    r"|\b(?:" + ent.TITLE_HEADS + r")s?\s+(?:at|for)\s+(?:the\s+)?$"
    # "an agent with X": "with" only after a noun phrase ("partner with X" is a verb)
    r"|\b(?:a|an|as|the|my)\s+(?:[\w-]+\s+){0,3}?(?:" + ent.TITLE_HEADS + r")\s+with\s+(?:the\s+)?$"
    r"|\bemployee\s+(?:of|at)\s+(?:the\s+)?$|\bin-house\s+(?:at|for|with)\s+(?:the\s+)?$"
    # a role written as an acronym: "an SRE at Fastly", "as a PM for …"
    r"|\b(?:an?|as)\s+(?-i:[A-Z]{2,4})\s+(?:at|for)\s+(?:the\s+)?$")
#: Employment claims written after the name: "as a MedAire employee", "on Mesabi Gas's own crew",
#: "on Acme's payroll" (the possessive of an organisation whose own staff the user was).
_EMPLOYED_AFTER = re.compile(r"(?i)^(?:\s+(?:employee|staffer|staff\s+member|new\s+hire)s?\b"
                             r"|['’]s\s+(?:own\s+(?:[a-z]+\s+)?(?:crew|staff|team|workforce)|payroll|staff)\b)")
#: "worked as a hygienist in Utah Valley University's dental hygiene clinic": a workplace of the name's, worked in
#: (session 27, ground89; the school's clinic where the resume only trained).
_WORKED_IN = re.compile(r"(?i)\b(?:work(?:ed|ing|s)?|employed|practi[sc]ed)(?:\s+[a-z][\w'’-]*){0,4}?\s+in\s+(?:the\s+)?$")
_WORKPLACE_AFTER = re.compile(r"(?i)['’]s\s+(?:[\w-]+\s+){0,3}?(?:clinics?|lab(?:oratory|oratories|s)?|hospitals?|offices?|"
                              r"departments?|practices?|kitchens?|stores?|shops?|plants?|wards?|units?|studios?|branch(?:es)?)\b")
#: Claims that also fit a school: "At Ohio State, I …", "spent four years at …" (a school on the
#: resume's education lines is not flagged by these).
_AT_PLACE = re.compile(r"(?i)(?:^|[.!?]\s+|\n)(?:before\s+that,\s+|earlier,\s+)?at\s+(?:the\s+)?$"
                       r"|\bspent\s+(?:\w+\s+){0,3}(?:years?|months?)\s+(?:(?:in|on|doing)\s+(?:[\w-]+\s+){1,3})?"
                       r"(?:at|with)\s+(?:the\s+)?$"
                       # "Before Keystone, I was at Hershey", "I was previously at X"
                       r"|\b(?:I|we)\s+(?:was|were)\s+(?:\w+\s+)?at\s+(?:the\s+)?$"
                       # "during my time at X", "my four years with X"
                       r"|\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:time|years?|months?|days|tenure)\s+(?:at|with)\s+(?:the\s+)?$")


#: A registration with a professional body, no employment: "a registered quantity surveyor with BQSM", "a
#: chartered accountant with ICAEW", "a licensed engineer with PEO" (the "with" form of :data:`_EMPLOYED_AT`),
#: searched on the text before the name, not only the claim: "registered as a paramedic with AHPRA").
_BODY_CLAIM = re.compile(r"(?i)\b(?:registered|chartered|licensed|certified|accredited|enrolled|admitted|"
                         r"incorporated)\b(?:\s+[\w-]+){0,4}\s+with\s+(?:the\s+)?$")
#: Working *with* someone at an organisation is collaboration, not employment: "worked closely with
#: account reps at Google", "worked with the team at Plante Moran" (the "with" comes before the last word).
_WITH_SOMEONE = re.compile(r"(?i)\b(?:with|alongside|beside|among|together)\b(?!\s+(?:the\s+)?$)")
#: Work for a client is not employment: "did client work for Dell", "client projects for H-E-B".
_CLIENT_WORK = re.compile(r"(?i)\bclients?['’]?\s+(?:work|projects?|engagements?|accounts?|campaigns?)\b")
#: Resume lines that name an event: a conference talk, a summit attended, a booth at an expo.
_EVENT = re.compile(r"(?i)\b(?:present(?:ed|ing|er)?|spoke|speaker|speaking|talk|keynote|panel(?:ist)?|attend(?:ed|ee)?|"
                    r"conference|summit|expo|symposium|convention|congress|workshop|webinar|meetup|hackathon|"
                    r"exhibit(?:ed|or)?|booth|poster|festival|fair|gala|tournament|marathon|championship)\b")


def _work_noun(before: str, claim: re.Match) -> bool:
    """"work" as a noun — work done for a client: "campaign work for Nike", "my work for Allstate",
    "done design work for …" (the verb has a subject, "to" or an auxiliary before it: "I work for")."""
    if not re.match(r"(?i)work\b", claim.group(0)):
        return False
    return not re.search(r"(?i)(?:\b(?:I|we|they|you|to|will|would|could|can|did|do|does|also|still|now|currently|then|"
                         r"and|or)|n['’]t)\s+$", before[:claim.start()])


def _others_role(before: str, claim: re.Match) -> bool:
    """The role before "at"/"for" is other people's: a plural ("our auditors at Moss Adams") or
    one :func:`entities.others_title` reads as someone else's ("reported to the controller at …")."""
    role = re.search(r"(?i)((?:[a-z][\w-]*\s+){0,2}(?:" + ent.TITLE_HEADS + r"))(s?)\s+(?:at|for|with)\s+(?:the\s+)?$",
                     before[claim.start():])
    if not role:
        return False
    return bool(role.group(2)) or ent.others_title(before, claim.start() + role.start(1))


def check_employers(text: str, facts: SourceFacts, flags: list[Flag], known: list[tuple[int, int]]) -> None:
    """A name the resume has, claimed as an employer ("my years working at Grant Thornton") when
    no dated history entry names it — the resume has it as an auditor, client, vendor or school."""
    if not facts.history:
        return
    for s, e, name in _employer_candidates(text):
        before = text[max(0, s - 60):s]
        claim = _EMPLOYED_AT.search(before)
        work = (claim is not None and not _WITH_SOMEONE.search(claim.group(0)) and not _CLIENT_WORK.search(
            before[max(0, claim.start() - 12):]) and not _others_role(before, claim)
            and not _work_noun(before, claim) and not _BODY_CLAIM.search(before)) or _EMPLOYED_AFTER.match(
            text[s + len(split_name(name)[0][2]):]) is not None or (
            _WORKED_IN.search(before) is not None and _WORKPLACE_AFTER.match(text, e - 2 if name.endswith(("'s", "’s")) else e)
            is not None)
        if not (work or _AT_PLACE.search(text[max(0, s - 60):s] if s >= 60 else text[:s])) or overlaps(
                (s, e), [(f.start, f.end) for f in flags]):
            continue
        piece = split_name(name)[0][2]
        if _LEVEL_AFTER.match(text, s + len(piece)):
            continue  # "a coach at ACC level", "at Band 7 grade": a grade the name gives, no workplace
        inner = re.search(r"([A-Z][\w-]*)[ \t]+at[ \t]+$", text[:s])
        if inner and squash(f"{inner.group(1)} at {piece}") in facts.squashed:
            continue  # "Working at Heights", "Safety at Sea": a name the resume writes with "at" inside it
        if len(squash(piece).strip()) <= 1 or not (ctx.name_in(piece, facts.squashed) or _abbreviated_in(
                piece, facts.text) or abbreviations.capitals_initialism_in(piece, facts.text)) or ctx.name_in(
                piece, facts.allowed_squashed):
            continue  # not in the resume at all: _names flags it
        if _title_with_body(before, piece, facts):
            continue  # "a sworn translator at the Court of Appeal of Ghent": the resume's own line (session 22)
        if not work and any("edu" in facts.line_tags.get(ln, ()) for ln in facts.lines
                            if ctx.name_in(piece, squash(ln))):
            continue  # "At Ohio State, I studied …": a school of the resume
        if not work and (re.match(r"\s+(?:19|20)\d\d\b", text[s + len(piece):]) or _EVENT.search(sentence_at(text, s))
                         and all(_EVENT.search(ln) for ln in facts.lines if ctx.name_in(piece, squash(ln)))):
            continue  # "At Content Marketing World 2023, I presented …": an event, not a workplace
        if not any(ctx.name_in(piece, squash(entry.header)) or ctx.name_in(piece, org)
                   or abbreviations.capitals_initialism_in(piece, entry.header)  # "NCDA&CS" (session 25)
                   for entry, org, study in zip(facts.history, facts.entry_orgs, facts.study_entries, strict=True)
                   # (a degree's dated entry is no workplace for "worked at X", but is for "studying … at X")
                   if not (study and work and not _STUDY_CUE.search(sentence_at(text, s)))):
            flags.append(Flag("employer", s, s + len(piece), piece, "Your resume does not list this as an employer."))


def _title_with_body(before: str, piece: str, facts: SourceFacts) -> bool:
    """The title before "at/for/with <piece>" ("a sworn translator at") is written with ``piece`` on one resume line
    ("- Sworn translator (beedigd vertaler), Court of Appeal of Ghent - sworn in 2018"): a role the
    resume itself places at that body — a court, register or board it is sworn or appointed to, no history entry."""
    role = re.search(r"(?is).*\b(?:an?|the|as|my)\s+((?:[\w-]+\s+){0,4}?(?:" + ent.TITLE_HEADS + r"))\s+(?:at|for|with)"
                     r"\s+(?:the\s+)?$", before)
    if not role:
        return False
    # (the role's words without its article: "As an OEC technician with …"; up to five words, "an Outdoor Emergency
    # Care technician", session 25)
    words = [w for w in squash(role.group(1)).split() if w not in ("a", "an", "the", "as", "my")]
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", piece) if w[0].isupper())
    spelled = _abbreviated_in(piece, facts.text)  # "the National Ski Patrol" for the line's "NSP" (session 25)
    # (the role's head on the line as a role, not another's: "Resident engineer's representative on 3 SANRAL road
    # rehabilitation contracts" holds no "road engineer for SANRAL", session 27)
    head = re.compile(rf"(?i)(?<![\w-]){re.escape(words[-1])}s?(?!['’]s\b|[\w-])") if words else None
    return any((ctx.name_in(piece, squash(ln)) or spelled and re.search(
                    rf"(?<![\w-]){re.escape(initials)}(?![\w-])", ln)) and all(f" {w} " in squash(ln) for w in words)
               and (head is None or head.search(ln) is not None) for ln in facts.text.splitlines())


#: A sentence about studying: a school named in it is where the person studied ("I am studying part-time for an MBA at
#: Warwick Business School", session 20).
_STUDY_CUE = re.compile(r"(?i)\b(?:stud(?:y|ied|ying|ies|ent)|enrolled|degree|graduat\w*|MBA|MSc|BSc|PhD|master['’]?s|"
                        r"bachelor['’]?s|diploma|course|coursework|thesis|dissertation|semester|exchange|alumn\w*)\b")
#: A grade's noun after a name: "at ACC level", "at PCC grade" (session 20, set 11: ICF's "ACC" flagged as an employer).
_LEVEL_AFTER = re.compile(r"(?i)[ \t]+(?:level|grade|tier|band|standard)\b")


def _employer_candidates(text: str) -> list[tuple[int, int, str]]:
    """Capitalised names of ``text``, and the part after "for"/"at"/"with" of a run that starts with
    a job title ("Lead Structural Welder for Superior Taconite Partners": the organisation)."""
    out = []
    for s, e, name in ent.find_names(text):
        out.append((s, e, name))
        for m in re.finditer(r"\s+(?:for|at|with)\s+(?:the\s+)?(?=[A-Z])", name):
            if ent.TITLE_RE.search(name[:m.start()]):
                out.append((s + m.end(), e, name[m.end():]))
    return out


def check_names(text: str, facts: SourceFacts, flags: list[Flag], known: list[tuple[int, int]]) -> None:
    """Employers, schools and other names: each capitalised name (whole, or each piece of
    it) must occur in the sources or the allowed strings, short forms accepted (:func:`ctx.name_in`)."""
    wholes = [(s, e, n) for s, e, n in ent.find_names(text)]
    amounts = [(q.start, q.end) for q in quantities(text) if q.kind == "money"]
    for s, e, name in wholes:
        whole = re.sub(r"['’]s\b", "", name)
        if ctx.name_in(whole, facts.squashed) or ctx.name_in(whole, facts.allowed_squashed):
            continue
        shared = abbreviations.distributed(whole)  # "Southern and Eastern Districts of New York": two districts
        if abbreviations.dotted_in(whole, facts.text) or shared and all(
                ctx.name_in(n, facts.squashed) or abbreviations.dotted_in(n, facts.text) for n in shared):
            continue  # "District of Minnesota" for "D. Minn.", "S.D.N.Y. and E.D.N.Y." (session 22)
        if abbreviations.mixed_initials_in(whole, facts.text) or abbreviations.apposed_gloss(
                text, s, whole, facts.text, _tied_word):
            continue  # "Israeli Ministry of Health" for "Israeli MoH"; "ESHTE, the Estoril Higher School of …"
        # a body joined by "&" whose initials the resume writes: "Institute of Brewing & Distilling's Diploma" for
        # "Diploma in Brewing (IBD)" (its pieces, split at "&", would each be missing)
        owner = re.split(r"['’]s\b", name)[0]
        owned = s + len(owner) if " & " in owner and _abbreviated_in(owner, facts.text) else s
        for ps, pe, piece in split_name(name):
            ps, pe = ps + s, pe + s
            if overlaps((ps, pe), [(f.start, f.end) for f in flags]) or pe <= owned:
                continue
            if overlaps((ps, pe), known):  # partly a checked title/tool/degree/credential: check the rest
                for rs, re_, rest in _uncovered_runs(text, ps, pe, known):
                    if not (ctx.name_in(rest, facts.squashed) or ctx.name_in(rest, facts.allowed_squashed)
                            or _codes_on_a_line(rest, facts)  # "Siemens S7-1500" of "… S7-1500 PLC"
                            or _abbreviated_in(piece, facts.text)  # "National Ski" of "National Ski Patrol" (NSP)
                            or registers.register_line_names(piece, facts.text.splitlines())  # "Mining Commission"
                            or line_bodies.named_on_line(text, rs, re_, _sentence_span(text, ps), facts.original.splitlines())):
                        flags.append(Flag("employer", rs, re_, rest, "This name is not in your resume."))
                continue
            if any(qs <= ps and pe <= qe for qs, qe in amounts):
                continue  # "Rs. 473 Cr.": a currency's letters and a magnitude's are the amount's (session 21)
            key = squash(piece)
            # "Div. 2", "Dept. of", "Sec. IX": a full stop followed by no new sentence
            abbreviated = re.match(r"\.\s+(?:[a-z0-9]|[IVX]+\b|[A-Z]{2,}\b)", text[pe:pe + 12]) is not None
            forms = _name_forms(piece)
            role = re.fullmatch(r"([A-Z]{2,4}) of (?:the )?(.+)", piece)
            if role and role.group(1) in ent.ROLE_ACRONYMS and (
                    ctx.name_in(role.group(1), facts.squashed) or ctx.initialism_in(role.group(1), facts.text)):
                forms.append(role.group(2))  # "COO of HDG" for a "Chief Operating Officer" of HDG: the organisation
            if len(key.strip()) <= 1 or piece in ent.ROLE_ACRONYMS or state_in(piece, facts) or any(
                    ctx.name_in(form, facts.squashed, abbreviated=abbreviated) or ctx.name_in(form, facts.allowed_squashed)
                    for form in forms) or (len(forms) > 1 and forms[-1] != piece and all(
                        ctx.name_in(w, facts.squashed) for w in forms[-1].split())):
                continue
            if locale_data.names_territory(piece, facts.original):
                continue  # "Belgium" for "NL and BE", "Germany" for "Almanya": a country in the CV's words or code
            if any(ctx.name_in(place, facts.squashed) for place in demonym_places(piece)):
                continue  # "seven Nigerian states" for a resume in Nigeria: a place's adjective
            if ctx.initialism_in(piece, facts.text) or _abbreviated_in(piece, facts.text) or (
                    abbreviations.capitals_initialism_in(piece, facts.text)):
                continue  # "UANL" for "Universidad Autónoma de Nuevo León"; "Idaho Transportation Department" for "ITD";
                #           "NCDA&CS" for "NC Department of Agriculture & Consumer Services" (session 25)
            glued = re.fullmatch(r"([^\W\d_]{1,3})\d[\d.,]*", piece)
            if glued and glued.group(1) in locale_data.currency_symbols() and re.match(
                    r"[.,\d]*\s?(?:thousand|million|billion|bn|mn|[mk])\b", text[pe:], re.I):
                continue  # "RM412 million", "R18 billion": an amount after its currency symbol ("SLE6000" is a model)
            if _joined_in(piece, facts.squashed) or _region_in(piece, facts.original):
                continue  # "Hanoi" for "Hà Nội"; "the Canaries" for "Canarias" (a region's name in another language)
            if ((tok := registers.postnominal(piece, facts.text)) and registers.grade_fits(text[:ps], tok)) or (
                    registers.register_line_names(piece, facts.text.splitlines())):
                continue  # "Royal Institution of Chartered Surveyors" for "MRICS"; "Order of Physiotherapists" for the
                #           register line "Ordem dos Fisioterapeutas — Cédula Profissional …" (session 27, ground88)
            if native_form_in(piece, facts.original) or reordered_in(piece, facts.original):
                continue  # "Dokuz Eylül University" for the resume's "Dokuz Eylül Üniversitesi"
            if line_bodies.named_on_line(text, ps, pe, _sentence_span(text, ps), facts.original.splitlines()):
                continue  # "the Greek Atomic Energy Commission" for «… certificate, Ελληνική Επιτροπή Ατομικής Ενέργειας»
            if shortened_in(piece, facts.original):
                continue  # "Instituto Renascer" for "Instituto Mineiro de Reabilitação Renascer"
            if numbered_in(piece, text[pe:], facts):
                continue  # "Legislative Decree 81/08" for "D.Lgs. 81/08", "Annex 24" for "Anexo 24": a law, no body
            if (standards.initials_with_number(piece, facts.text) or standards.document_named(
                    piece, facts.squashed)) and not _EMPLOYED_AT.search(text[:ps]):
                continue  # "NG911" for "Next Generation 911", "the ISPS Code" for "Código ISPS": no body (session 21)
            if _glosses_initialism(text, pe, facts) and not _CREDENTIAL_WORDS.search(piece) or _codes_on_a_line(piece, facts):
                continue  # "the Buenos Aires Bar (CPACF)"; "Fuji NXT III SMT" for "dây chuyền SMT (Fuji NXT III)"
            flags.append(Flag("employer", ps, pe, piece, "This name is not in your resume."))


def _sentence_span(text: str, pos: int) -> tuple[int, int]:
    """``(start, end)`` of the sentence of ``text`` holding ``pos``."""
    starts = [m.end() for m in re.finditer(r"[.!?]\s+", text[:pos])]
    m = re.search(r"[.!?](?:\s|$)", text[pos:])
    return (starts[-1] if starts else 0), (pos + m.start() + 1 if m else len(text))


#: A credential's name, not a body's: its initials in the resume may stand for a pending or other credential
#: ("Registered Professional Geoscientist (RPGeo)" where the resume's RPGeo is an application).
_CREDENTIAL_WORDS = re.compile(r"\b(?:Registered|Certified|Chartered|Licensed|Accredited|Professional|Qualified)\b")


def _glosses_initialism(text: str, end: int, facts: SourceFacts) -> bool:
    """The name ending at ``end`` is followed by "(INITIALISM)" that the resume writes: the sentence names in
    English the body the resume gives by its initials only ("the Buenos Aires Bar (CPACF)" for "Tº 118 Fº 642
    CPACF"; session 16, the titles' rule for "Authorized Economic Operator (OEA)")."""
    gloss = re.match(r"\s*\(([A-Z][A-Za-z]{1,7})\)", text[end:])
    return bool(gloss and sum(c.isupper() for c in gloss.group(1)) >= 2 and re.search(
        rf"(?<![\w-]){re.escape(gloss.group(1))}(?![\w-])", facts.text))


def _codes_on_a_line(piece: str, facts: SourceFacts) -> bool:
    """A name made of model codes and initialisms ("Fuji NXT III SMT", "EPB TBM": half its words at least) whose
    every word is on one resume line, in any order — a product or a method the line names, no organisation."""
    words = piece.split()
    codes = [w for w in words if re.fullmatch(r"[A-Z0-9][A-Z0-9-]{1,}|[IVX]{2,4}", w)]
    if len(words) < 2 or 2 * len(codes) < len(words):
        return False
    return any(all(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", line) for w in words) for line in facts.lines)


def _tied_word(word: str, line: str) -> bool:
    """``word`` (lower case) is written on ``line``: equal, a cognate or exonym, or sharing its first five letters
    ("hotel"/"hotelaria")."""
    pool = re.findall(r"[a-z]{3,}", fold_accents(line).lower())
    word = fold_accents(word)
    return any(word == p or cognate(word, p) or exonym(word, p) or (len(word) >= 5 and p.startswith(word[:5]))
               for p in pool)


#: Linking words of names in English: no content of their own.
_LINKING = frozenset("of the and for at in on".split())


def cognate(a: str, b: str) -> bool:
    """Two folded lower-case words are the same word in two languages: equal or close in spelling
    (``difflib`` ratio ≥ 0.7: "university"/"universitesi", "therapy"/"terapia", "national"/"nacional",
    "association"/"asociacion", "argentine"/"argentina"; not "primeprint"/"primescan", 0.63), the resume's
    word one of another language (:func:`_foreign`; "membership" for "member" is English, no translation)."""
    if a == b:
        return True
    from careercopilot.writing.grounding.title_words import agent_cognate

    return (min(len(a), len(b)) >= 4 and SequenceMatcher(None, a, b).ratio() >= 0.7 and _foreign(b)
            and _common_english(a)) or (agent_cognate(a, b) and foreign_word(b))  # "physiotherapists"/"fisioterapeutas"


@functools.cache
def _common_english(word: str) -> bool:
    """``word`` is common English vocabulary (``wordfreq`` Zipf ≥ 3.3: "therapy" 4.5, "national" 5.5,
    "argentine" 3.6), not a proper name a near-miss fabrication bends ("Kessler" 3.15 for the resume's
    "Keller", German for cellar; "Lakeside" 3.1): only such words are translated, names match as written."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= 3.3


#: Languages whose word frequencies tell a resume's own-language word from an English one (``wordfreq``).
_OTHER_LANGUAGES = ("es", "pt", "fr", "it", "de", "nl", "sv", "nb", "da", "fi", "pl", "cs", "sk", "sl", "sh", "tr",
                    "id", "ms", "vi", "ro", "hu", "ca", "lt", "lv", "is", "fil")


@functools.cache
def _foreign(word: str) -> bool:
    """``word`` (folded, lower case) is more common in another language than in English by half a Zipf
    step (``wordfreq``): "universidad", "terapia", "escola" are; "lakeshore", "insurances" are not — a
    near-miss English name ("Lakeside Outfitters" for "Lakeshore Outfitters") is no translation."""
    from wordfreq import zipf_frequency

    english = zipf_frequency(word, "en")
    return any(zipf_frequency(word, lang) > english + 0.5 for lang in _OTHER_LANGUAGES)


def foreign_word(word: str) -> bool:
    """``word`` (folded, lower case) belongs to another language than English (:func:`_foreign`), is written in
    another script, or is no English word at all (``wordfreq`` Zipf < 1: "fizioterapia", "geologi")."""
    from wordfreq import zipf_frequency

    return not word.isascii() or _foreign(word) or zipf_frequency(word, "en") < 1.0


def native_form_in(name: str, source: str) -> bool:
    """``name`` in English ("National University of Córdoba", "Argentine Association of Cognitive Therapy",
    "Dokuz Eylül University") is a name one line of ``source`` writes in its own language ("Universidad
    Nacional de Córdoba", "Asociación Argentina de Terapia Cognitiva", "Dokuz Eylül Üniversitesi"): each
    content word of the name (two or more, linking words aside) has a cognate (:func:`cognate`) among the
    line's words, one of them is distinctive (no generic organisation word, :data:`_ORG_WORDS`) and one is
    written differently there (a translation, not the English name itself: "Diplomate of the International
    Congress …" for the resume's "Fellow, International Congress …" must still be missing "Diplomate"). Cognates instead of per-language tables:
    institution names are built of Latin and Greek roots shared across the languages that write them."""
    words = [w for w in re.findall(r"[a-z]{3,}", fold_accents(name).lower()) if w not in _LINKING]
    if len(words) < 2:
        return False
    for line in source.splitlines():
        pool = re.findall(r"[a-z]{3,}", fold_accents(line).lower())
        if len(pool) < 2:
            continue
        # a place or rare word may be tied by :func:`exonym` only inside a translation: one word of the name a
        # cognate written differently ("Florence" in "Order of Architects of Florence" for "Ordine degli Architetti
        # … di Firenze"; "Kessler Mechanical Contractors" for "Keller Mechanical Contractors" translates nothing)
        if all(any(cognate(w, p) or exonym(w, p) for p in pool) for w in words) and any(
                w not in _ORG_WORDS for w in words) and any(
                w not in pool and any(cognate(w, p) for p in pool) for w in words):
            return True
    return False


def exonym(a: str, b: str) -> bool:
    """A folded lower-case English word ``a`` and the resume's word ``b`` of another language (:func:`_foreign`) are
    one name written two ways: the same initial and ``difflib`` ratio ≥ 0.65 — the tie :mod:`.degrees` uses for a
    school's words ("florence"/"firenze" 0.67, "polytechnic"/"politecnica", "annex"/"anexo"; "silesian"/"slaska"
    0.57 is not). Unlike :func:`cognate` ``a`` may be a rare English word or a place."""
    return (min(len(a), len(b)) >= 4 and a[0] == b[0] and SequenceMatcher(None, a, b).ratio() >= 0.65
            and _foreign(b))


def shortened_in(name: str, source: str) -> bool:
    """``name`` is a short form of a longer name in ``source`` that drops words from its middle ("Instituto Renascer"
    for "Instituto Mineiro de Reabilitação Renascer"): its words (two or more) appear in order in one capitalised run
    of a line, the first word the run's first, one of them distinctive (no :data:`_ORG_WORDS`: "Instituto Mineiro"
    alone is not tied by "Instituto")."""
    words = [w for w in fold_accents(name).lower().split() if w not in _LINKING]
    if len(words) < 2 or all(w in _ORG_WORDS or w in _INSTITUTION_WORDS for w in words):
        return False
    for m in re.finditer(r"[A-Z\u00c0-\u00de][\w'’.-]*(?:[ \t]+(?:(?:de|do|da|of|the|and|del|di|della|der|des)[ \t]+)*"
                         r"[A-Z\u00c0-\u00de][\w'’.-]*)+", source):
        run = [w for w in fold_accents(m.group(0)).lower().split() if w not in _LINKING]
        if run[0] != words[0] or len(run) <= len(words):
            continue
        it = iter(run)
        if all(w in it for w in words):
            return True
    return False


_INSTITUTION_WORDS = frozenset(w for en, ws in ctx.INSTITUTION_WORDS.items() for w in (en + " " + ws).split())

#: A name followed by a number or code: a numbered law, annex, level or standard ("Legislative Decree 81/08",
#: "Annex 24", "ETCS Level 2"), no organisation.
_CODE_AFTER = re.compile(r"[ \t]+(\d[\w/.-]*\d|\d)(?![\w/])")


def numbered_in(piece: str, after: str, facts: SourceFacts) -> bool:
    """``piece`` followed in ``after`` by a code the resume writes: a law, annex, level or standard that a line of the
    resume gives in its own words ("Legislative Decree 81/08" for "D.Lgs. 81/08", "Annex 24" for "Anexo 24", "ETCS
    Level 2" for "ETCS poziom 2"). The code is on the line as a token and either is distinctive (four characters or
    more with a separator: "81/08") or every word of the name but one ties to the line (equal, :func:`cognate` or
    :func:`exonym`; a one-word name must tie)."""
    code = _CODE_AFTER.match(after)
    if not code:
        return False
    words = re.findall(r"[a-z]{2,}", fold_accents(piece).lower())
    for line in facts.lines:
        if not re.search(rf"(?<![\w/.]){re.escape(code.group(1))}(?![\w/]|\.\d)", line):
            continue
        if len(code.group(1)) >= 4 and re.search(r"[/.-]", code.group(1)):
            return True
        pool = re.findall(r"[a-z]{2,}", fold_accents(line).lower())
        tied = sum(any(w == p or cognate(w, p) or exonym(w, p) for p in pool) for w in words)
        if words and tied >= max(1, len(words) - 1):
            return True
    return False


def reordered_in(name: str, source: str) -> bool:
    """``name`` with its words in another order: "Aspropyrgos Merchant Marine Academy" for the resume's "Academy
    of Merchant Marine of Aspropyrgos", "Coimbra School of Nursing" for "School of Nursing of Coimbra" — a
    capitalised run of ``source`` joined by "of" holds exactly the name's words (linking words aside); a run of three
    words or more without "of" may hold them with a word clipped ("Cert" for "Certificate")."""
    words = {w.lower() for w in re.findall(r"[^\W\d_][\w'’.-]*", name) if w.lower() not in _LINKING}
    if len(words) < 2:
        return False
    for m in re.finditer(r"\b[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z][\w'’.-]*)+", source):
        run = {w.lower() for w in re.findall(r"[^\W\d_][\w'’.-]*", m.group(0)) if w.lower() not in _LINKING}
        if " of " in m.group(0) and run == words:
            return True
        if len(words) >= 3 and len(run) == len(words) and all(
                any(r == w or (len(w) >= 4 and r.startswith(w)) for r in run) for w in words) and all(
                any(r == w or (len(w) >= 4 and r.startswith(w)) for w in words) for r in run):
            return True  # three words or more, one of them clipped: "Higher Level Leaving Cert" for "Leaving
            #              Certificate Higher Level" (session 20, set 11)
    return False


def _joined_in(piece: str, squashed: str) -> bool:
    """A one-word name the resume writes as two or three words ("Hanoi" for "Hà Nội", "Danang" for "Đà Nẵng":
    Vietnamese names written by syllable; six letters or more), accents folded (``squashed``: :func:`.text.squash`
    of the resume)."""
    if " " in piece.strip() or not piece.isalpha() or len(piece) < 5:
        return False
    target = fold_accents(piece).lower()
    words = squashed.split()
    for size in (2, 3):
        for i in range(len(words) - size + 1):
            if "".join(words[i:i + size]) == target:
                return True
    return False


def _region_in(piece: str, source: str) -> bool:
    """``piece`` (one or two words: "Canaries") is, as written, the name in another language of a region ``source``
    names in its own (:func:`.locale_data.region_names`, ISO 3166-2 names via ``pycountry``: "Canarias")."""
    from careercopilot.writing.grounding import locale_data

    target = fold_accents(piece).lower()
    if len(target) < 5 or len(target.split()) > 2:
        return False
    for word in set(re.findall(r"[^\W\d_]{5,}", source)):
        for name in locale_data.region_names(word):
            if name.split(" (")[0] == target:
                return True
    return False


def demonym_places(word: str) -> list[str]:
    """The places an adjective of place may come from: "Nigerian" → Nigeria, "Brazilian" → Brazil,
    "Canadian" → Canada, "Mexican" → Mexico (English -an/-ian adjectives; one capitalised word only)."""
    if not re.fullmatch(r"[A-Z][a-z]{3,}an", word):
        return []
    return [word[:-1], word[:-3], word[:-3] + "a", word[:-2] + "o"] if word.endswith("ian") else [word[:-1], word[:-2] + "o"]


def _abbreviated_in(name: str, source: str) -> bool:
    """``name`` spelled out where the resume writes its initials: "Idaho Transportation Department" for
    "ITD", "Ada County Highway District" for "ACHD" (capitalised words' initials, linking words such as
    "of", "and", "de" skipped; at least three letters, a whole token of the resume), with one of its
    distinctive words (not :data:`_ORG_WORDS`) written in the resume too."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", name) if w[0].isupper()]
    acronym = "".join(w[0] for w in words)
    if len(acronym) < 3 or re.search(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", source) is None:
        return False
    # initials alone are a weak tie ("Northern Zone Transport Authority" is also NZTA): one distinctive word
    # of the name must be in the resume too ("Idaho", "New Zealand")
    return any(w.lower() not in _ORG_WORDS and re.search(rf"(?i)(?<![\w-]){re.escape(w)}(?![\w-])", source)
               for w in words if len(w) >= 4)


#: Generic words of organisation names: they tie an expansion to nothing.
_ORG_WORDS = frozenset("department agency authority council office board service services commission district "
                       "county city state national regional transport transportation health university college "
                       "school institute association society group company corporation trust bank".split())


def _us_state(name: str) -> str | None:
    from careercopilot.normalize.location import us_state_code

    return us_state_code(name) if len(name) > 2 else None


def state_in(piece: str, facts: SourceFacts) -> bool:
    """A US state named in full whose USPS code the resume writes ("Arkansas" for "MO, AR, KS")."""
    from careercopilot.normalize.location import us_state_code

    code = us_state_code(piece) if " " not in piece.strip() or piece.istitle() else None
    return bool(code) and len(piece) > 2 and re.search(rf"(?<![\w-]){code}(?![\w-])", facts.text) is not None


def _name_forms(piece: str) -> list[str]:
    """``piece`` and the forms a sentence bends a name into: a body's name with a hyphenated
    participle ("BCPS-certified" → "BCPS", "OSHA-authorized" → "OSHA") and a plural of a
    form or code ("I-9s" → "I-9", "W-2s" → "W-2")."""
    forms = [piece]
    m = re.fullmatch(r"(.+?)-[a-z]+", piece)
    if m:
        forms.append(m.group(1))
    inner = re.sub(r"-(?:certified|authori[sz]ed|accredited|approved|registered|licensed|based|led)\b", "", piece)
    if inner != piece:  # "Phius-certified CPHC" → "Phius CPHC"
        forms.append(inner)
    m = re.fullmatch(r"(?:New |North |South |West |Rhode )?[A-Z][a-z]+ ([A-Z][\w+-]*)", piece)
    if m and _us_state(piece[: m.start(1)].strip()):  # "Idaho LVT": a licence of that state
        forms.append(m.group(1))
    m = re.fullmatch(r"(.*[A-Z0-9])['’]?s", piece)
    if m:
        forms.append(m.group(1))
    return forms


def _uncovered_runs(text: str, start: int, end: int, known: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Capitalised names of ``text[start:end]`` outside the spans other detectors checked
    ("Schneider" of "Schneider Logistics" when "Logistics" was a backed skill), split at the
    joiners the cut leaves ("AP Summer Institute for" + a checked "AP Calculus AB"); a
    sentence's capitalised first word is not a name (:func:`entities.find_names`)."""
    chars = list(text)
    for s, e in known:
        for i in range(max(s, 0), min(e, len(text))):
            chars[i] = "\0"
    for i in [*range(0, start), *range(end, len(text))]:
        if chars[i].isalnum():  # a run reaching outside the piece ("TRAX and Ramco" of "AMOS, TRAX and Ramco Aviation"
            chars[i] = "\0"   # when "TRAX" is another piece) is cut at its edge, not skipped (session 24, set 20)
    out = []
    for s, e, name in ent.find_names("".join(chars)):
        if s < start or e > end:
            continue
        for ps, pe, piece in _split_joined(name):
            out.append((s + ps, s + pe, piece))
    return out


def _split_joined(name: str) -> list[tuple[int, int, str]]:
    pieces, offset = [], 0
    for part in re.split(r"(\s+(?:of|for|and|&|the)\s+)", name):
        if part.strip() and not re.fullmatch(r"\s+(?:of|for|and|&|the)\s+", part):
            pieces.append((offset, offset + len(part), part))
        offset += len(part)
    return pieces


