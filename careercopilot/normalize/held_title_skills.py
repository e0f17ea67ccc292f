"""The core skill a held title shows at its kind of workplace, though the resume never names it
(issue 11, trial 81 MED 4).

Why: a restaurant general manager ("General Manager, Saguaro Grill (casual dining, 140 seats)") was told
"Restaurant Management" and "Food Service" were missing from Store and Restaurant Manager postings: the title
names no field, the employer does. The same holds for an assistant manager of a Walgreens (store management,
retail), an operations manager of a fulfillment center (warehouse management), a superintendent of a general
contractor (construction management), a charge nurse (nurse leadership, patient care), a shift supervisor
anywhere (supervision).

Rule (:func:`held_title_skills`), read from the resume's work entries:

* a role header is a line of at most :data:`MAX_HEADER` characters that is not a bullet, where a title of
  :data:`TITLE_RANKS` stands at the start of the line or after a separator (``, | — – / :`` or two spaces)
  and is followed by the end of the line, a separator, " at ", a date or two spaces — "General Manager,
  Saguaro Grill", "Saguaro Grill — General Manager", "General Manager at Copper Kettle Cafe";
* the workplace is read from that line and the next and previous non-bullet lines (unless they hold a role
  header themselves): the kinds of :data:`WORKPLACES` (words of the kind, and chain names case-sensitively);
* a title's rank (``manager`` / ``lead``) at a kind gives :data:`UNIT_SKILLS`; titles of :data:`TITLE_ONLY`
  give their skills at any workplace.

The skills are evidence for coverage only — the matcher counts them when a posting asks for one and says so
in words ("shown by your title General Manager at Saguaro Grill (a restaurant)"); they are not the resume's
skills (``Profile.skills``). Names are canonical names of ``data/skills.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["MAX_HEADER", "TITLE_ONLY", "TITLE_RANKS", "TitleSkill", "UNIT_SKILLS", "WORKPLACES", "held_title_skills"]

#: Longest line read as a role header (a sentence is no header).
MAX_HEADER = 160

#: Titles of a unit's manager or lead, by rank (case-insensitive except the all-caps abbreviations).
TITLE_RANKS: dict[str, str] = {
    "manager": r"(?:(?:assistant|associate|senior|regional|district|area)\s+)?general\s+manager|(?-i:A?GM)|"
               r"(?:assistant\s+|associate\s+)?(?:store|restaurant|unit|location|branch|operations|"
               r"front[- ]of[- ]house|FOH|floor|dining\s+room|bar|kitchen|service|shift|department|"
               r"district|area|property|community|leasing|hotel|front\s+office|rooms\s+division|warehouse|"
               r"distribution\s+cent(?:er|re)|site|project)\s+manager|(?:assistant\s+|associate\s+)?manager|"
               r"co-?manager|managing\s+partner|owner(?:\s*/\s*|\s+and\s+|\s+&\s+)operator|franchisee|"
               r"(?:general\s+|project\s+)?superintendent",
    "lead": r"shift\s+(?:lead|leader|supervisor)|team\s+(?:lead|leader)|crew\s+(?:lead|leader|chief)|key\s*holder|"
            r"(?:store|floor|front[- ]end|department|warehouse|dock|inventory)\s+(?:lead|supervisor)|supervisor|"
            r"lead\s+(?:cook|server|bartender|cashier|associate)|foreman|forewoman",
}

#: Kinds of workplace: words of the kind (case-insensitive) and chain names (case-sensitive).
WORKPLACES: dict[str, tuple[str, str]] = {
    "a restaurant": (
        r"restaurants?|grill|grille|caf[eé]s?|bistro|diner|eatery|pizzeria|pizza|tavern|steak\s*house|brew\s*pub|"
        r"taqueria|cantina|trattoria|osteria|smokehouse|BBQ|barbecue|burgers?|sushi|ramen|bakery|coffee|"
        r"casual\s+dining|fine\s+dining|full[- ]service\s+dining|quick[- ]service|QSR|fast[- ]casual|fast\s+food|"
        r"restaurant\s+group|kitchen|bar\s*(?:&|and)\s*grill",
        r"McDonald'?s|Chipotle|Starbucks|Panera|Subway|Taco Bell|Wendy'?s|Burger King|Chick-fil-A|Applebee'?s|"
        r"Olive Garden|Denny'?s|IHOP|Panda Express|Buffalo Wild Wings|Red Robin|Texas Roadhouse|Cracker Barrel|"
        r"Dunkin'?|Domino'?s|Pizza Hut|Outback|Chili'?s|Cheesecake Factory|Whataburger|In-N-Out|Culver'?s|"
        r"Jack in the Box|Popeyes|KFC|Arby'?s|Raising Cane'?s|Shake Shack|Sweetgreen|Jersey Mike'?s|Five Guys",
    ),
    "a store": (
        r"stores?|shop|boutique|outlet|retail(?:er)?|supermarket|grocery|grocer|market|pharmacy|drugstore|"
        r"department\s+store|convenience",
        r"Walmart|Target|Walgreens|CVS|Home Depot|Lowe'?s|Best Buy|Kroger|Safeway|Albertsons|Publix|Costco|"
        r"Dollar General|Dollar Tree|Family Dollar|Ulta|Sephora|Old Navy|TJ ?Maxx|T\.J\. Maxx|Marshalls|HomeGoods|"
        r"Ross|Macy'?s|Nordstrom|Kohl'?s|JCPenney|Trader Joe'?s|Whole Foods|AutoZone|O'Reilly Auto|GameStop|"
        r"Petco|PetSmart|Staples|Office Depot|Barnes & Noble|Foot Locker|Bath & Body Works|Aldi|Meijer|H-E-B|"
        r"Wegmans|7-Eleven|Circle K|Apple Store",
    ),
    "a hotel": (r"hotels?|inn|resort|suites|lodge|motel",
                r"Marriott|Hilton|Hyatt|Holiday Inn|Hampton Inn|Best Western|Four Seasons|Ritz-Carlton|Sheraton|"
                r"Westin|Wyndham|Embassy Suites|Courtyard|Residence Inn|Fairfield Inn|La Quinta"),
    "a warehouse": (r"warehouse|distribution\s+cent(?:er|re)|fulfill?ment\s+cent(?:er|re)|3PL|cross[- ]?dock", r"DC"),
    "a construction firm": (r"construction|builders?|contracting|homebuilders?|(?:general|electrical|mechanical|"
                            r"plumbing|roofing|paving|concrete|HVAC|painting|drywall|framing|excavating|site)\s+"
                            r"contractors?", r"(?!)"),
    "a property company": (r"apartments?|properties|property\s+management|realty|residences", r"(?!)"),
}

#: Skills a unit's manager / lead shows at each kind of workplace.
UNIT_SKILLS: dict[str, dict[str, tuple[str, ...]]] = {
    "a restaurant": {"manager": ("Restaurant Management", "Food Service", "Hospitality", "Supervision"),
                     "lead": ("Food Service", "Hospitality", "Supervision")},
    "a store": {"manager": ("Store Management", "Retail", "Supervision"), "lead": ("Retail", "Supervision")},
    "a hotel": {"manager": ("Hotel Management", "Hospitality", "Supervision"), "lead": ("Hospitality", "Supervision")},
    "a warehouse": {"manager": ("Warehouse Management", "Supervision"), "lead": ("Warehouse Management", "Supervision")},
    "a construction firm": {"manager": ("Construction Management", "Site Supervision"), "lead": ("Site Supervision",)},
    "a property company": {"manager": ("Property Management",), "lead": ()},
}

#: Titles that show their skills wherever they are held.
TITLE_ONLY: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"charge\s+nurse|head\s+nurse|nurse\s+manager|nursing\s+supervisor", ("Nurse Leadership", "Patient Care", "Supervision")),
    (r"(?:registered|staff|travel|licensed\s+practical|licensed\s+vocational)\s+nurse|(?-i:RN|LPN|LVN)",
     ("Patient Care",)),
    # radiographs are in the licensed scope of a dental hygienist and of a dental assistant with a radiology
    # certificate (state dental practice acts; CODA hygiene curricula): their "radiography" is dental (trial 105)
    (r"(?:registered\s+)?dental\s+hygienist|(?-i:RDH)|(?:certified\s+|registered\s+|expanded[- ]function\s+)?"
     r"dental\s+assistant|(?-i:C?DA|EFDA)", ("Dental X-Rays",)),
    (r"(?:assistant\s+)?store\s+manager", ("Store Management",)),
    (r"shift\s+(?:lead|leader|supervisor)|supervisor|team\s+(?:lead|leader)|crew\s+(?:lead|leader|chief)|foreman|"
     r"forewoman", ("Supervision",)),
)

#: A title word that names its kind of workplace keeps the title to those kinds ("Project Manager" at a
#: store shows no store management; a "Store Manager" of Panda Express runs a restaurant).
TITLE_KINDS: tuple[tuple[str, frozenset[str]], ...] = (
    (r"project|superintendent|site|foreman|forewoman|crew", frozenset({"a construction firm", "a warehouse"})),
    (r"property|community|leasing", frozenset({"a property company"})),
    (r"hotel|front\s+office|rooms", frozenset({"a hotel"})),
    (r"warehouse|distribution|dock|inventory", frozenset({"a warehouse"})),
    (r"restaurant|kitchen|bar|dining|FOH|front[- ]of[- ]house|cook|server|bartender", frozenset({"a restaurant"})),
    (r"store|key\s*holder|cashier|front[- ]end|department", frozenset({"a store", "a restaurant"})),
)

_BULLET = re.compile(r"^\s*[-•*▪●◦‣·–—>]")
_BEFORE = r"(?:^\s*|[,|—–/:(]\s*|\s--?\s+|\s{2,}|\t)"
_AFTER = r"(?=\s*$|\s*[,|—–/:(]|\s+--?\s|\s+at\s|\s+\d|\s{2,}|\t)"
_TITLE_WORD = re.compile(r"\b(?:manager|supervisor|director|lead|nurse|chef|coordinator|specialist|assistant|"
                         r"associate|technician|engineer|officer|electrician|clerk)\b", re.IGNORECASE)
_DATE = re.compile(r"\b(?:19|20)\d\d\b|\bpresent\b", re.IGNORECASE)


@dataclass(frozen=True)
class TitleSkill:
    """A skill shown by a held title: ``skill`` (canonical), the ``title`` as written, ``place`` (the
    employer's words after the title, "" when none) and ``kind`` ("a restaurant"; "" for a title-only rule)."""

    skill: str
    title: str
    place: str
    kind: str

    @property
    def reason(self) -> str:
        """In words: "your title General Manager at Saguaro Grill (a restaurant)"."""
        where = f" at {self.place}" if self.place else ""
        kind = f" ({self.kind})" if self.kind and self.kind.removeprefix("a ") not in self.place.lower() else ""
        return f"your title {self.title}{where}{kind}"


@lru_cache(maxsize=1)
def _compiled():
    ranks = {r: re.compile(_BEFORE + r"(" + p + r")" + _AFTER, re.IGNORECASE) for r, p in TITLE_RANKS.items()}
    places = {k: (re.compile(r"(?<![\w])(?:" + a + r")(?![\w])", re.IGNORECASE), re.compile(r"(?<![\w])(?:" + b + r")(?![\w])"))
              for k, (a, b) in WORKPLACES.items()}
    only = [(re.compile(_BEFORE + r"(" + p + r")" + _AFTER, re.IGNORECASE), s) for p, s in TITLE_ONLY]
    return ranks, places, only


def _header_titles(line: str) -> list[tuple[str, str, int]]:
    """(rank, title, end) of each title standing as a role header on ``line`` (rank "" for a title of
    :data:`TITLE_ONLY` alone); [] for a bullet or sentence."""
    if not line.strip() or len(line) > MAX_HEADER or _BULLET.match(line):
        return []
    ranks, _, only = _compiled()
    found = [(r, m.group(1), m.end(1)) for r, rx in ranks.items() for m in rx.finditer(line)]
    return found or [("", m.group(1), m.end(1)) for rx, _ in only for m in rx.finditer(line)]


def _allowed(title: str, kind: str) -> bool:
    """Whether ``title`` may be held at ``kind`` (:data:`TITLE_KINDS`)."""
    for words, kinds in TITLE_KINDS:
        if re.search(r"\b(?:" + words + r")\b", title, re.IGNORECASE):
            return kind in kinds
    return True


def _place_after(line: str, end: int) -> str:
    """The employer's words after the title ("Saguaro Grill" of "General Manager, Saguaro Grill (casual …)")."""
    rest = re.split(r"\s*(?:[(|—–]|\s--?\s|\s{2,}|\t|\b(?:19|20)\d\d\b)", line[end:].lstrip(" ,:/@-–—|"), maxsplit=1)[0]
    rest = re.sub(r"^(?:at|with)\s+", "", rest.strip(), flags=re.IGNORECASE).split(",")[0].strip()
    ranks, _, only = _compiled()
    if len(rest) > 60 or not re.search(r"[a-z]", rest) and len(rest) <= 8 or any(
            rx.search(", " + rest) for rx in (*ranks.values(), *(o for o, _ in only))) or _TITLE_WORD.search(rest):
        return ""  # a credential ("RN, BSN", "NE-BC") or another title ("Banquet Manager") is no employer
    return rest


def _kinds(window: str) -> list[str]:
    _, places, _ = _compiled()
    return [k for k, (words, chains) in places.items() if words.search(window) or chains.search(window)]


def held_title_skills(text: str) -> list[TitleSkill]:
    """Skills the resume ``text``'s held titles show (module rule), first title first, one per skill."""
    lines = (text or "").splitlines()
    headers = {i: _header_titles(ln) for i, ln in enumerate(lines)}
    _, _, only = _compiled()
    out: dict[str, TitleSkill] = {}
    for i, found in headers.items():
        if not found:
            continue
        window = [lines[i]]
        for j in (i - 1, i + 1):
            while 0 <= j < len(lines) and not lines[j].strip():
                j += -1 if j < i else 1
            if 0 <= j < len(lines) and not headers.get(j) and not _BULLET.match(lines[j]) and len(lines[j]) <= MAX_HEADER:
                window.append(lines[j])
        kinds = _kinds(" \n ".join(window))
        for rank, title, end in found:
            place = _place_after(lines[i], end)
            for kind in (k for k in kinds if rank and _allowed(title, k)):
                for skill in UNIT_SKILLS[kind][rank]:
                    out.setdefault(skill, TitleSkill(skill, " ".join(title.split()), place, kind))
        for rx, skills in only:
            for m in rx.finditer(lines[i]):
                for skill in skills:
                    out.setdefault(skill, TitleSkill(skill, " ".join(m.group(1).split()), _place_after(lines[i], m.end(1)), ""))
    return list(out.values())
