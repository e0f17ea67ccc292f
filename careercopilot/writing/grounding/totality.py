"""Totality claims over any object: "I ran the entire kitchen", "I directed all food and beverage
operations", "I lead every transportation project", "rolled out to all 38 stores in the chain",
"used by the company's entire leadership", "files for every attorney in the office".

:mod:`.scope` reads reach over a fixed list of organisation nouns (company, store, team …). Writers
inflate the reach of *anything* the user touched — a programme, a kitchen, a client base, an
infrastructure, a leadership group — with the same few quantifiers, so this module reads the
quantifier and takes whatever noun phrase follows it:

=================  =============================================================
shape              examples
=================  =============================================================
entire / whole     the entire benefits program, Tessellate's entire global
                   infrastructure, the firm's entire client base (after a
                   determiner or a possessive)
all / every        directed all food and beverage operations, lead every project,
                   oversee all 64 branches, used by teams in every city, prepared
                   files for every attorney in the office
partitive          all three of the firm's field offices, every one of the
                   group's six hotels, both of the company's plants, all of the
                   circuit's judges (any verb over an owner's units; session 27)
=================  =============================================================

Both need a verb of leading, owning, spreading or serving earlier in the clause (:data:`_VERB`:
"ran", "oversee", "responsible for", "rolled out", "used by", "prepared … for"); a whole *team*,
crew or staff is :mod:`.scope`'s leadership claim, and a phrase :mod:`.scope` reads is left to it.

Not claims: time and distributive phrases ("every week", "each shift", "my entire career", "all
day"), values ("every patient deserves …"), the user's own history ("every team I've joined"),
the reader's ("your whole team") and wishes (":data:`scope._NOT_MINE`). "each" is distributive
("450 orders each shift"), never a reach claim.

A claim is **backed** by a resume line that is not a history header (an employer's description:
"Cactus Wren Pharmacy (retail chain, 38 stores)") and either

* states totality itself over the same thing: the claim's head noun (singular) among the words its
  "all/every/each/entire/whole" quantifies, up to the first preposition ("rolled out the app to all
  wards of the hospital" backs "all wards", not "all 5 hospitals"; "trained all 6 intake operators"
  does not back "the whole intake operation"), or a "-wide" line ("the company-wide Okta rollout")
  sharing a content word with the rest of the sentence ("the Okta rollout I led reached every
  employee"), or
* for a counted claim ("all 38 stores"), states the same count of the same noun as the user's own
  work, not a rank among them ("ranked 2nd out of 64 branches" does not back "all 64 branches") nor
  a description in parentheses ("Catawba Ridge (approx. 1,100 employees)"), nor a part of the whole ("1 of the
  company's 3 plants", "one of the firm's 3 audit teams", "1 des 4 équipes").

Rules written from the shapes of resume and cover-letter phrasing (session 10); tables of variants
in ``tests/unit/writing/test_grounding_totality.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careercopilot.writing.grounding import change_reach
from careercopilot.writing.grounding.context import content_words

#: Verbs before "all/every X" that claim reach over X: leading, owning, spreading, serving.
_VERB = re.compile(
    r"(?i)\b(?:lead|leads|led|leading|head(?:s|ed)?|run|runs|ran|running|manag\w*|direct\w*|oversee\w*|oversaw|"
    r"supervis\w*|own|owns|owned|handl\w*|coordinat\w*|responsible|charge|adopt\w*|roll(?:ed|s)?\s+(?:\S+\s+){0,4}?out|"
    r"rollout|deploy\w*|implement\w*|standardi[sz]\w*|expand\w*|extend\w*|introduc\w*|used|uses|mandat\w*|"
    r"spread\w*|migrat\w*|maintain\w*|prepar\w*|track\w*|serv\w*|support\w*|cover\w*|taught|teach\w*|train\w*|"
    # work done for each of a whole (session 21, sets 11–17: "I schedule the midwives for every delivery unit", "I
    # advise every … plan in Quebec", "I review every medication order", "produces all of X's salmon", "set safety
    # policy for all of X's operations"; a figure kept across a whole is :data:`_METRIC_ACROSS`)
    r"schedul\w*|advis\w*|review\w*|produc\w*|design\w*|sourc\w*|set|sets|"
    r"plan|plans|planned|planning|audit|audits|audited|auditing|inspect|inspects|inspected|inspecting|forecast|"
    r"forecasts|forecasted|budgeted|"
    # hands-on work on each of a whole (ground77, set 22: "I have restored paintings for every civic museum in
    # Tuscany" for two museums — caught before only by the place read as an employer)
    r"restor\w*|repair\w*|renovat\w*|refurbish\w*|conserv\w*|install\w*)\b")
#: Nouns of time, distribution or the self: "every week", "my entire career", "all day".
_NOT_REACH = frozenset(
    "time times day days week weeks month months year years quarter quarters season seasons shift shifts semester "
    "semesters term terms night nights morning evening weekend weekends hour hours minute minutes career life "
    "tenure way step stage aspect part kind sort one ones thing things round cycle cycles visit visits "
    "occasion occasions opportunity "
    # a unit of work done each time ("carry a Fluke 87V on every job": distributive, session 21)
    "job jobs call calls trip trips year-end year-ends month-end month-ends quarter-end quarter-ends".split())
#: A verb of leading right before "all/every … shift(s)": the shifts are crews led, not times ("I supervise all shifts
#: at the center" for "Supervise one shift of 11 call-takers"; "every shift" after any other verb is distributive: "I
#: check the log every shift"; issue 12, set 22).
_SHIFTS_LED = re.compile(r"(?i)\b(?:lead|leads|led|leading|run|runs|ran|running|manag\w*|supervis\w*|oversee\w*|oversaw|"
                         r"direct\w*|head(?:s|ed)?|coordinat\w*|staff(?:s|ed)?|schedul\w*|cover\w*)\s+(?:across\s+|over\s+)?$")
#: One unit of people: whose whole is a leadership claim of :mod:`.scope` ("led my whole crew").
_UNIT_ONE = re.compile(r"(?i)(?:team|squad|group|unit|pod|tribe|crew|shift|staff)s?")
#: A word of a noun phrase: a number with separators ("420,000", "1.5") or a word.
_WORD = r"(?:\d[\d,.]*\d[\w+-]*|[\w&'’-]+(?:\.[\w&'’-]+)*\.?)"
#: The end of a noun phrase: punctuation, a sentence's full stop (not an abbreviation's: "U.S. port").
_END = r"""\s*(?:[,;:!?)](?!\w)|\.(?:\s*$|\s+(?-i:[A-Z"“(]))|$)"""
#: A determiner or possessive before "entire/whole": "the entire", "Tessellate's entire", "the firm's entire".
_ENTIRE_RE = re.compile(
    r"(?i)\b(?P<det>the|our|its|their|my|your|his|her|(?:the\s+)?[\w&.-]+(?:\s+(?-i:[A-Z])[\w&.-]*){0,3}(?:['’]s|s['’]))"
    r"\s+(?:entire|whole)\s+(?P<np>(?:" + _WORD + r"\s+){0,5}?" + _WORD + r")(?=" + _END + r"|\s+(?:at|in|on|with|for|from|"
    r"across|throughout|to|and|by|into|of|around|under|that|which|who|where|while|during|since|as)\b)")
_ALL_RE = re.compile(
    # "all three of the firm's offices", "every one of the group's six hotels", "both of the company's plants": a count
    # (or "one") before a partitive "of" (session 27, ground87: set 23's reach over an employer's units)
    r"(?i)\b(?P<q>all|every|both)\s+(?:(?:one|(?P<pre>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|forty|fifty))\s+(?=of\s))?(?P<of>of\s+)?(?P<det>(?:the|our|its|their|my)\s+)?"
    r"(?P<owner>[\w&.-]+(?:\s+(?-i:[A-Z])[\w&.-]*){0,3}(?:['’]s|s['’])\s+)?(?:(?:roughly|about|around|approximately|nearly|over|"
    r"more\s+than)\s+)?(?P<np>(?:" + _WORD + r"\s+){0,5}?" + _WORD + r")"
    r"(?=" + _END + r"|\s+(?:at|in|on|with|for|from|across|throughout|to|by|into|of|around|under|that|which|who|"
    r"where|while|during|since|as|I|we)\b)")
#: A figure held over every one of something: "a 4.96 rating across every delivery platform", "99.8% pick accuracy
#: across all sites" (session 21, set 17): the figure's reach, whatever the verb ("worked across the entire product
#: range" states breadth, no figure, and stays unread).
_METRIC_ACROSS = re.compile(r"(?i)\d[\d.,]*\s*%?(?:/\d+)?\s+(?:[\w-]+\s+){0,3}?(?:across|throughout|over|on)\s+$")
_NUMBER = re.compile(r"^(?:\d[\d,.]*\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"fifteen|twenty|thirty|forty|fifty|hundred)$", re.I)
_OWN_HISTORY = re.compile(r"\s+(?:(?:that|which|where)\s+)?(?:I|I['’]ve|I['’]d|we|we['’]ve)\s+(?:have\s+|had\s+)?"
                          r"(?:been|joined|worked|served|led|managed|supported|belonged|perform\w*|see|saw|"
                          r"treat\w*|handle\w*|touch\w*|write|wrote)\b")
_NOT_MINE = re.compile(r"(?i)\b(?:your|would|could|might|hope|hoping|want|wish|eager|excited|love\s+to|like\s+to|"
                       r"look(?:ing)?\s+forward|believe|deserves?|should|must)\b")
#: A line's own totality words.
_TOTAL_LINE = re.compile(r"(?i)\b(?:all|every|each|entire|whole|100\s?%)\s+((?:(?!(?:of|in|at|on|for|from|to|"
                         r"across|with|by)\b)[^\s,;:()]+\s*){1,6})")
_WIDE = re.compile(r"(?i)\b[a-z]+-?wide\b|\b(?:across|throughout)\s+the\s+(?:whole\s+|entire\s+)?"
                   r"(?:company|organi[sz]ation|business|firm|group|enterprise)\b")
#: Words of leading and spreading: not what a claim is about.
_GENERIC = content_words("led lead leading rolled rollout roll out adopted used reached across whole entire company "
                         "organization organisation wide all every")


def _total_windows(line: str) -> list[str]:
    """What a resume line's totality words quantify: up to six words after "all/every/each/entire/whole",
    to the first preposition ("Trained all 6 new intake operators" quantifies operators; "to all wards
    of the hospital" wards, not the hospital); a "-wide" word quantifies the whole line."""
    return [m.group(1) for m in _TOTAL_LINE.finditer(line)]
_RANK_OF = re.compile(r"(?i)\b(?:out\s+of|of\s+the|among|\d+(?:st|nd|rd|th)\s+of|of)\s*$"
                      # a part of the whole: "one of the firm's 3 audit teams", "2 of the circuit's 6 judges", "1 des 4
                      # équipes", "1 das 3 unidades", "1 de los 2 rajos" (session 27, ground87)
                      r"|(?<!\bevery\s)(?<!\beach\s)\b(?:one|\d+|two|three|four|five|six|seven|eight|nine|ten|some|several|a\s+few|uma?|una?|une?)\s+"
                      r"(?:of|out\s+of|des|de|das|dos|del|dei|degli|delle|di|van|von|der)\s+(?:(?:the|its|our|their|los|las|"
                      r"les|la|le|l['’]|die)\s*)?(?:(?:[\w&.-]+\s+){0,2}[\w&.-]+(?:['’]s|s['’])\s+)?$")


@dataclass(frozen=True)
class Claim:
    """A totality phrase ``text[start:end]`` over a noun phrase (its content words ``words``, its head
    noun ``head`` in the singular), with the count it states (``count``, digits or word) if any —
    only for "all/every N …", whose count is the user's reach."""

    start: int
    end: int
    phrase: str
    words: frozenset[str]
    head: str
    count: str | None


def _clause_before(text: str, pos: int) -> str:
    return re.split(r"[.;!?]\s|,\s", text[max(0, pos - 100):pos])[-1]


def _np_words(np: str) -> tuple[list[str], str | None]:
    words = [w for w in re.findall(r"[A-Za-z0-9][\w,.&-]*", np)]
    words = [w.rstrip(",.") for w in words]
    count = next((w for w in words if _NUMBER.match(w)), None)
    return words, count


def claims(text: str) -> list[Claim]:
    """Totality claims of ``text`` (see the module doc), left to right, non-overlapping."""
    out: list[Claim] = []
    for rx in (_ENTIRE_RE, _ALL_RE):
        for m in rx.finditer(text):
            if rx is _ENTIRE_RE and m.group("det").lower() in ("your", "his", "her"):
                continue
            words, count = _np_words(m.group("np"))
            if not words:
                continue
            if rx is _ALL_RE:
                count = m.group("pre") or count or ("two" if m.group("q").lower() == "both" else None)
            units = rx is _ALL_RE and _of_units(m)
            if rx is _ALL_RE and m.group("q").lower() == "both" and not units:
                continue  # "run up both the E175 and the CRJ900": two things named, no whole of units
            head = words[-1].lower()
            # (and "all imaging staff" led: a whole staff by "all", which :mod:`.scope` reads only with "whole/entire")
            crews = _SHIFTS_LED.search(text[max(0, m.start() - 40):m.start()]) and (
                _singular(head) == "shift" or (rx is _ALL_RE and head == "staff"))
            if not crews and (head in _NOT_REACH or head.rstrip("s") in _NOT_REACH or words[0].lower() in _NOT_REACH):
                continue
            if all(_NUMBER.match(w) for w in words):
                continue  # "all three", "all 40": the noun follows a preposition ("all 40 of them")
            if (_UNIT_ONE.fullmatch(head) and not crews and not units) or re.match(r"(?i)\w+['’]s$", words[0]):
                continue  # "the whole team": leading one is :mod:`.scope`'s claim; "the whole team's work"
            if not units and not _VERB.search(_clause_before(text, m.start("np"))) and not (
                    rx is _ALL_RE and _METRIC_ACROSS.search(text[max(0, m.start() - 60):m.start()])) and not (
                    change_reach.result_over(text, m.start())):  # "cut water use across every winery" (session 24)
                continue
            if _NOT_MINE.search(text[max(0, m.start() - 120):m.start()].split(".")[-1]):
                continue
            if _OWN_HISTORY.match(text, m.end()):
                continue
            if any(m.start() < c.end and c.start < m.end() for c in out):
                continue
            content = content_words(" ".join(words)) - {"entire", "whole"}
            # a count backs "all 38 stores" (the user's work over 38 stores), never "the entire
            # 420,000 sq ft facility" (a size of the whole, not the user's share of it)
            phrase = m.group(0).rstrip(".")
            out.append(Claim(m.start(), m.start() + len(phrase), phrase, frozenset(content), _singular(head),
                             count if rx is _ALL_RE else None))
    return sorted(out, key=lambda c: c.start)


def _of_units(m: re.Match) -> bool:
    """An "all/every/both" match of :data:`_ALL_RE` is a partitive over an owner's units — "all of the firm's offices",
    "all three of our plants", "every one of the group's six hotels" (the owner, or "our/its/their", after "of") or a
    count before its noun ("all four of the company's teams"): a claim over every unit of the whole, whatever the verb
    ("I report trials for all of the circuit's judges"), and over several teams too (not one team led: :mod:`.scope`).
    Session 27 (ground87), set 23: "all three of the firm's field offices" for "1 of 3 offices" escaped as "all three"."""
    owned = bool(m.group("of")) and (bool(m.group("owner")) or (m.group("det") or "").strip().lower() in ("our", "its",
                                                                                                       "their"))
    return owned or bool(m.group("pre"))


def _singular(word: str) -> str:
    """A noun's singular, lower case ("branches" → "branch", "facilities" → "facility", "U.S." → "u.s")."""
    w = word.lower().rstrip(".")
    for a, b in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("xes", "x"), ("s", "")):
        if w.endswith(a) and not w.endswith(("ss", "us", "is")):
            return w[: -len(a)] + b
    return w


def _nouns(text: str) -> set[str]:
    return {_singular(w) for w in re.findall(r"[A-Za-z][\w'’-]*", text)}


_COUNT_WORDS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}


def _count_in(count: str, line: str) -> bool:
    digits = _COUNT_WORDS.get(count.lower(), count).replace(",", "").rstrip("+")  # "all three shifts" ← "over 3 shifts"
    for m in re.finditer(r"(?<![\d,.])(\d[\d,]*)(?![\d,])", line):
        before = line[:m.start()]
        if m.group(1).replace(",", "") == digits and not _RANK_OF.search(before) and before.count("(") <= before.count(")"):
            return True  # (a count in parentheses describes the employer: "Acme (approx. 1,100 employees)")
    return bool(re.search(rf"(?i)\b{re.escape(count)}\b", line)) and not digits.isdigit()


def supported(claim: Claim, lines: list[str], headers: set[str], sentence: str = "") -> bool:
    """Whether a resume line backs ``claim`` made in ``sentence`` (see the module doc); ``headers``
    are the history entries' header texts."""
    topic = content_words(sentence[:claim.start] + " " + sentence[claim.end:]) - _GENERIC
    for line in lines:
        if any(line.strip() in h for h in headers):
            continue  # the employer's description, not the user's work
        if _WIDE.search(line) and topic & (content_words(line) - _GENERIC):
            return True  # "the Okta rollout I led reached every employee" ← "led the company-wide Okta rollout"
        if claim.head not in _nouns(line):
            continue
        if any(claim.head in _nouns(w) for w in _total_windows(line)):
            return True
        if claim.count and _count_in(claim.count, line):
            return True
    return False


#: The members a partitive names right after it: "both of the NCBFAA's specialist designations, customs and export",
#: "all three of the firm's offices (Porto, Braga and Faro)", "…: A and B".
_MEMBERS = re.compile(r"\s*(?:,|:|\(|[—–]|-{1,2})\s*(?:namely\s+|i\.e\.,?\s+)?(?P<list>[^.;:!?()]+)")
_MEMBER_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
#: A line stating a part of an owner's whole ("2 of the company's 3 offices"): the whole is larger than the members.
_PART_OF_WHOLE = re.compile(r"(?i)\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:of|out\s+of)\s+(?:the\s+)?"
                            r"(?:[\w&.-]+\s+){0,2}?[\w&.-]+['’]s\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b")


def _enumerated(claim: Claim, sentence: str, lines: list[str]) -> bool:
    """A counted partitive over an owner's things that names its members right after it, each on a resume line naming
    the owner ("I hold both of the NCBFAA's specialist designations, customs and export" for «NCBFAA Certified Customs
    Specialist (CCS)» and «NCBFAA Certified Export Specialist (CES), 2017»; ground121, set 26): the count is that of the
    members, and no line says the owner's whole is larger ("2 of the company's 3 offices")."""
    owner = re.search(r"([\w&.-]+(?:\s+(?-i:[A-Z])[\w&.-]*){0,3})['’]s\s", claim.phrase)
    listed = _MEMBERS.match(sentence, claim.end)
    if not owner or not listed or not claim.count:
        return False
    count = int(_COUNT_WORDS.get(claim.count.lower(), claim.count.replace(",", "")).rstrip("+") or 0) \
        if (claim.count.lower() in _COUNT_WORDS or claim.count.replace(",", "").isdigit()) else 0
    members = [m for m in _MEMBER_SPLIT.split(listed.group("list").strip()) if m.strip()]
    if count < 2 or len(members) != count:
        return False
    name = re.sub(r"^(?:the|our|its|their)\s+", "", owner.group(1).lower())
    mine = [ln for ln in lines if name in ln.lower()]
    if any(_PART_OF_WHOLE.search(ln) and claim.head in _nouns(ln) for ln in lines):
        return False
    return all(any(words and words <= content_words(ln) for ln in mine)
               for words in (content_words(m) for m in members))


def check_totality(text: str, sentence_of, lines: list[str], headers: set[str]) -> list[Claim]:
    """Totality claims of ``text`` that no resume line backs; ``sentence_of(pos)`` gives the sentence."""
    out = []
    for c in claims(text):
        sentence = sentence_of(c.start)
        if re.match(r"(?i)\s*(?:the|this|that)\s+(?:role|position|posting|opening|job|mission)\b", sentence):
            continue
        local = c.start - max(0, text.find(sentence, max(0, c.start - len(sentence))))
        mine = Claim(local, local + len(c.phrase), c.phrase, c.words, c.head, c.count)
        if not supported(mine, lines, headers, sentence) and not _enumerated(mine, sentence, lines):
            out.append(c)
    return out
