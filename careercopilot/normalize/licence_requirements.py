"""Licences a posting requires, and licences a resume shows: the protected credentials of a job.

Why (issue 11, trial finding): a pharmacist posting was "strong fit 93" for a dental hygienist —
same family (allied health), but the posting legally requires a pharmacist licence the person does
not hold. The score reads families and text similarity; it cannot know that. This module reads:

* :func:`required_licences` — ``posting text`` → ``[LicenceRequirement]``: each requirement is a
  group of licence keys of :data:`LICENCES`, any ONE of which satisfies it ("Active RN or LPN
  license" → {rn, lpn}; "LCSW or LMSW" → {lcsw, lmsw}), with the line it came from. A mention counts
  when its phrase is a licence phrase (the key's ``posting`` pattern: "Pharmacist License", "Admission
  to the New York State Bar", "Class A CDL", "OTR/L", "PharmD"; a bare abbreviation such as "RN" or
  "PE" only beside a licence word: "Current RN License", "valid NYS PE License") in a requirement
  line: not in a preferred, company or benefits section (``posting_sections.sections``), not in an
  item with a preferred or alternative cue (:data:`NOT_REQUIRED`: "preferred", "a plus", "desirable",
  "or equivalent experience", "may be substituted", "for certain positions", "may be required",
  "or … with a CDL B permit", "or a valid Certified Internal Auditor certificate"), not about colleagues (:data:`COLLEAGUES`: "working closely with licensed
  physical therapists", "individuals other than licensed professional engineers"). Eligibility
  wording ("or license eligible", "eligibility for licensure", "upon hire", "within one year of
  appointment", "or the ability to obtain one") still requires the licence, but also accepts a
  person who can obtain it (``eligible``).
* :func:`held_licences` — ``resume text`` → ``Held``: the keys the resume shows (post-nominals
  "DANIELLE OKAFOR, RN, BSN", licence lines "Iowa RDH license", titles "Staff Pharmacist",
  "Master Plumber", degrees "J.D.", "PharmD") widened by :data:`IMPLIES` (an NP is an RN, a master
  plumber holds a journeyman's licence, Class A CDL covers Class B), and the keys the person is
  eligible for (a nursing degree or "NCLEX-RN scheduled" → RN; an MSW → LMSW).
* :func:`missing_licences` — the requirements none of whose keys the person holds.

Units: none (sets of keys). Errors: none; empty text → nothing. Source of the tables: the
issue-11 postings (``benchmarks/data/issue11/postings.jsonl``: NYC Jobs "A valid New York State
License as a Professional Engineer", "Admission to the New York State Bar", "A license and current
registration to practice as a Registered Professional Nurse", "A valid New York State Registration
as a Licensed Clinical Social Worker (LCSW)"; LinkedIn "Must have open, active, and in good standing
CA State Pharmacist License", "Valid license as a Registered Dental Hygienist", "Possess a valid
Physical Therapist Assistant license in the State of Michigan", "Current state license or
eligibility for licensure as an Occupational Therapist", "valid CDL Class A drivers license",
"California Licensed Journeyman Electricians") and the state boards' titles of those licences.
Trade and operating licences (boiler, stationary engineer, refrigeration operator, welder, locksmith,
EPA 608 types): ``licence_trades.TRADE_LICENCES``, added to :data:`LICENCES`. Not covered (left for
a later table): FCC radiotelephone, BCBA, ARRT, pharmacy-technician registration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careercopilot.normalize.licence_trades import TRADE_IMPLIES, TRADE_LICENCES, TRADE_NARROWER
from careercopilot.normalize.skill_clientele import NOT_HELD

__all__ = ["LICENCES", "Held", "LicenceRequirement", "held_licences", "licence_gap_text", "missing_licences",
           "required_licences"]

_L = r"licen[cs](?:e|ed|es|ure|ing)?"  # license, licence, licensed, licensure
_POSS = r"\W{0,3}(?:s\W{0,3})?"  # a possessive or plural before "licence": "Master Electrician's License"
_LIC_WORD = re.compile(rf"\b(?:{_L}|registration|admission|admitted|certification|certified|"
                       r"board[- ]certified|in good standing|permit|valid|active|current|must|required|possess\w*)\b", re.I)


@dataclass(frozen=True)
class Licence:
    """One protected credential: ``label`` (how the gap names it), ``posting`` (a phrase that names
    it as a licence by itself), ``weak`` (a short form that names it only beside a licence word),
    ``eligible`` (resume evidence that the person can obtain it: a degree, a scheduled exam). What
    shows it held on a resume: :data:`RESUME_PHRASES` and :data:`RESUME_ABBREVIATIONS`."""

    key: str
    label: str
    posting: str
    weak: str = ""
    eligible: str = ""


#: key → the licence. Patterns are case-insensitive except where marked ``(?-i:…)`` (abbreviations
#: that are also words: "PE" vs "pe", "PA" the state, "DO" the verb).
LICENCES: dict[str, Licence] = {x.key: x for x in (
    Licence("pharmacist", "a pharmacist licence (RPh)",
            rf"pharmacist\W{{0,3}}{_L}|{_L}\s+(?:as\s+an?\s+)?pharmacist|(?:licensed|registered)\s+(?:and\s+registered\s+)?pharmacist|"
            rf"\bpharmacy\s+{_L}|{_L}\s+to\s+practice\s+pharmacy|(?-i:\bR\.?Ph\b)|\bPharm\.?\s?D\b|doctor\s+of\s+pharmacy",),
    Licence("attorney", "admission to the bar (a J.D. and a licence to practise law)",
            r"admission\s+(?:in\s+good\s+standing\s+)?to\s+(?:the\s+|any\s+)?(?:[A-Z][\w.]*\s+){0,3}(?:state\s+)?bar\b|"
            r"\bbar\s+(?:admission|membership)|admitted\s+(?:to\s+practice\s+law|to\s+the\s+\w+(?:\s+\w+){0,3}\s+bar|"
            r"and\s+in\s+good\s+standing\s+with\s+the\s+\S+\s+bar)|member\s+of\s+the\s+(?:\w+\s+){0,3}bar\b|"
            rf"{_L}\s+to\s+practi[cs]e\s+law|{_L}\s+and\s+in\s+good\s+standing\s+with\s+(?:the\s+)?\S+\s+bar|"
            r"(?:good\s+standing|membership)\s+(?:with|in)\s+(?:the\s+)?(?:\w+\s+){0,3}bar\b|"
            r"juris\s+doctor\w*|(?-i:\bJ\.D\.?(?=\W|$))|(?-i:\bJD\b)(?!\s*:|\s+Edwards)|graduation\s+from\s+an?\s+(?:\w+\s+){0,4}law\s+school",
            eligible=r"law school|(?:sat|passed|sitting) for the \w+ bar|bar exam"),
    Licence("rn", "a registered nurse licence (RN)",
            rf"(?-i:\bRN\b)\W{{0,3}}{_L}|registered\s+(?:professional\s+)?nurse\W{{0,3}}{_L}|"
            rf"{_L}\s+(?:\w+\s+){{0,4}}(?:to\s+practi[cs]e\s+)?as\s+an?\s+(?:\w+\s+)?(?:RN|registered\s+(?:professional\s+)?nurse)\b|"
            r"registration\s+(?:\w+\s+){0,3}as\s+an?\s+registered\s+(?:professional\s+)?nurse|"
            r"registered\s+(?:professional\s+)?nurse,?\s+licensed|licensed\s+registered\s+nurse",
            weak=r"(?-i:\bRN\b)|registered\s+(?:professional\s+)?nurse",
            eligible=r"NCLEX|(?-i:\bBSN\b)|(?-i:\bADN\b)|(?-i:\bASN\b)|b\.?s\.? (?:in )?nursing|bachelor of science in nursing|"
                     r"associate (?:degree )?(?:of|in) (?:applied science in )?nursing|new grad(?:uate)? nurse"),
    Licence("lpn", "a practical nurse licence (LPN/LVN)",
            rf"(?-i:\bL[PV]N\b)\W{{0,3}}{_L}|licensed\s+(?:practical|vocational)\s+nurse",
            weak=r"(?-i:\bL[PV]N\b)",),
    Licence("np", "a nurse practitioner licence (NP/APRN)",
            rf"nurse\s+practitioner\W{{0,3}}(?:{_L}|certification)|(?:board\s+)?certification\s+as\s+a\s+nurse\s+practitioner|"
            r"(?-i:\bAPRN\b)",
            weak=r"(?-i:\bNP\b)|nurse\s+practitioner|(?-i:\bFNP\b)",),
    Licence("pa", "a physician assistant licence (PA-C)",
            rf"(?-i:\bPA-C\b)|physician\W{0,2}s?\W{0,2}\s+assistant\W{{0,3}}{_L}|licensed\s+physician\W{0,2}s?\W{0,2}\s+assistant|"
            r"registered\s+physician\W{0,2}s?\W{0,2}\s+assistant|National\s+Commission\s+on\s+Certification\s+of\s+Physician\s+Assistants",
            weak=r"physician\W{0,2}s?\W{0,2}\s+assistant",),
    Licence("crna", "a nurse anesthetist licence (CRNA)", r"(?-i:\bCRNA\b)|certified\s+registered\s+nurse\s+anesthetist",),
    Licence("physician", "a licence to practise medicine (MD/DO)",
            rf"{_L}\s+to\s+practi[cs]e\s+medicine|medical\s+{_L}(?!\s+plate)|(?-i:\bM\.D\.)|(?-i:\bMD\s*(?:/|or)\s*D\.?O\b)|"
            r"doctor\s+of\s+(?:osteopathic\s+)?medicine|licensed\s+physician",),
    Licence("dentist", "a dental licence (DDS/DMD)",
            rf"(?-i:\bD\.?D\.?S\.?\s*(?:/|or)\s*D\.?M\.?D\b)|(?-i:\bD\.D\.S\.|\bD\.M\.D\.)|doctor\s+of\s+dental\s+(?:surgery|medicine)|"
            rf"licensed\s+dentist|dental\s+{_L}|{_L}\s+to\s+practi[cs]e\s+dentistry",),
    Licence("rdh", "a dental hygienist licence (RDH)",
            rf"(?-i:\bRDH\b)|dental\s+hygien\w*\W{{0,3}}{_L}|{_L}\s+(?:\w+\s+){{0,3}}as\s+an?\s+(?:registered\s+)?dental\s+hygienist|"
            r"licensed\s+(?:registered\s+)?dental\s+hygienist",
            weak=r"registered\s+dental\s+hygienist",),
    Licence("veterinarian", "a veterinary licence (DVM)",
            rf"(?-i:\bD\.?V\.?M\b|\bV\.?M\.?D\b)|doctor\s+of\s+veterinary\s+medicine|licensed\s+veterinarian|veterinary\s+{_L}",),
    Licence("pt", "a physical therapist licence (PT/DPT)",
            rf"physical\s+therap(?:y|ist)\s+{_L}|{_L}\s+(?:\w+\s+){{0,3}}(?:to\s+practi[cs]e\s+physical\s+therapy|as\s+an?\s+physical\s+therapist(?!\s+assist))|"
            r"licensed\s+physical\s+therapists?(?!\s+assist)|(?-i:\bDPT\b)|doctor\s+of\s+physical\s+therapy",
            weak=r"(?-i:\bPT\b)",),
    Licence("pta", "a physical therapist assistant licence (PTA)",
            rf"physical\s+therapist\s+assistant\s+{_L}|licensed\s+physical\s+therapist\s+assistant|(?-i:\bPTA\b)\W{{0,3}}{_L}",),
    Licence("ot", "an occupational therapist licence (OTR/L)",
            rf"(?-i:\bOTR(?:/L)?\b)|occupational\s+therap(?:y|ist)\s+{_L}|{_L}\s+(?:\w+\s+){{0,3}}as\s+an\s+occupational\s+therapist|"
            r"licensed\s+occupational\s+therapist|state\s+license\s+in\s+occupational\s+therapy",),
    Licence("slp", "a speech-language pathologist licence (CCC-SLP)",
            rf"(?-i:\bCCC-SLP\b)|{_L}\s+in\s+speech(?:[- ]language)?\s+pathology|speech(?:[- ]language)?\s+patholog\w*\s+{_L}",),
    Licence("rt", "a respiratory care licence (RRT/RCP)",
            rf"respiratory\s+care\s+practitioner\W{{0,3}}{_L}|{_L}\s+(?:\w+\s+){{0,3}}as\s+a\s+respiratory\s+care\s+practitioner|"
            r"licensed\s+respiratory\s+(?:care\s+practitioner|therapist)",),
    Licence("cpa", "a CPA licence",
            rf"(?-i:\bCPA\b)\W{{0,3}}(?:{_L}|required|certification|designation)|licensed\s+CPA|active\s+CPA|"
            r"certified\s+public\s+accountant\W{0,3}(?:licen|required)|certification\s+as\s+a\s+public\s+accountant",
            weak=r"(?-i:\bCPA\b)|certified\s+public\s+accountant",),
    Licence("pe", "a professional engineer licence (PE)",
            rf"professional\s+engineer\W{{0,3}}s?\W{{0,3}}{_L}|{_L}\s+as\s+a\s+professional\s+engineer|(?-i:\bP\.E\.)|"
            rf"(?-i:\bPE\b)\s+{_L}|licensed\s+professional\s+engineer|registered\s+professional\s+engineer|"
            rf"professional\s+engineering\s+{_L}",
            weak=r"(?-i:\bPE\b)|professional\s+engineer",),
    Licence("eit", "an engineer-in-training certificate (EIT/FE)",
            r"(?-i:\bE\.?I\.?T\b)|engineer[- ]in[- ]training|fundamentals\s+of\s+engineering",),
    Licence("architect", "an architect's licence (RA)",
            rf"registered\s+architect|licensed\s+architect|{_L}\s+as\s+an\s+architect|architect(?:ural)?\s+{_L}",),
    Licence("landscape_architect", "a landscape architect's licence (RLA)",
            r"(?:registered|licensed)\s+landscape\s+architect|(?-i:\bRLA\b)",),
    Licence("lcsw", "a clinical social work licence (LCSW)",
            r"(?-i:\bLI?CSW\b)|licensed\s+(?:independent\s+)?clinical\s+social\s+worker",),
    Licence("lmsw", "a social work licence (LMSW/LSW)",
            r"(?-i:\bL[MG]?SW\b|\bCSW\b)|licensed\s+(?:master\s+)?social\s+worker|certified\s+social\s+worker",
            eligible=r"(?-i:\bMSW\b)|master(?:'s)? (?:degree )?(?:of|in) social work"),
    Licence("lpc", "a professional counselor licence (LPC/LMHC)",
            r"(?-i:\bLPCC?\b|\bLMHC\b|\bLCPC\b|\bLAC\b)|licensed\s+(?:professional|mental\s+health|clinical\s+professional)\s+counselor",),
    Licence("lmft", "a marriage and family therapist licence (LMFT)",
            rf"(?-i:\bLMFT\b)|licensed\s+marriage\s+and\s+family\s+therapist|marriage\s+and\s+family\s+therap\w*\s+{_L}",),
    Licence("psychologist", "a psychologist licence",
            rf"licensed\s+(?:clinical\s+|counseling\s+)?psychologist|psycholog\w*\s+{_L}|psychologist\s+licensed",),
    Licence("journeyman_electrician", "a journeyman electrician licence",
            rf"journey(?:man|woman|person)\s+electrician{_POSS}(?:{_L}|certification|card)|licensed\s+journey\w*\s+electricians?|"
            rf"electrical\s+journey\w*\s+{_L}",),
    Licence("master_electrician", "a master electrician licence",
            rf"master\s+electrician{_POSS}{_L}|licensed\s+master\s+electrician",),
    Licence("journeyman_plumber", "a journeyman plumber licence",
            rf"journey\w*\s+plumb(?:er|ing){_POSS}{_L}|licensed\s+journey\w*\s+plumbers?",),
    Licence("master_plumber", "a master plumber licence",
            rf"master\s+plumb(?:er|ing){_POSS}{_L}|licensed\s+master\s+plumber",),
    Licence("journeyman", "a journeyman licence or card",
            rf"journey(?:man|woman|person)\s+(?:{_L}|card)|licensed\s+journey(?:man|woman|person)\b(?!\s+(?:electric|plumb))",
            weak=r"journey(?:man|woman|person)\s+card",),
    Licence("cdl_a", "a Class A commercial driver's licence (CDL-A)",
            r"(?:CDL|commercial\s+driver\W?s?\s+licen[cs]e)\W{0,3}(?:\w+\W{0,3}){0,2}class[\s-]*A\b|class[\s-]*A\s+(?:CDL|commercial\s+driver)|"
            r"(?-i:\bCDL-?A\b)|(?-i:\bCDL\s+A\b)",),
    Licence("cdl_b", "a Class B commercial driver's licence (CDL-B)",
            r"(?:CDL|commercial\s+driver\W?s?\s+licen[cs]e)\W{0,3}(?:\w+\W{0,3}){0,2}class[\s-]*B\b|class[\s-]*B\s+(?:CDL|commercial\s+driver)|"
            r"(?-i:\bCDL-?B\b)",),
    Licence("cdl_c", "a Class C commercial driver's licence (CDL-C)",
            r"class[\s-]*C\s+(?:CDL|commercial\s+driver)|(?-i:\bCDL-?C\b)",),
    Licence("cdl", "a commercial driver's licence (CDL)",
            rf"(?-i:\bCDL\b)(?!\s*(?:-|class)?\s*[ABC]\b)|commercial\s+driver\W?s?\s+{_L}",),
)}

LICENCES.update({k: Licence(k, label, posting, weak) for k, label, posting, weak, _ in TRADE_LICENCES})

#: key → the keys it also satisfies (a nurse practitioner is a registered nurse; a master's licence
#: covers the journeyman's; a Class A CDL covers B and C; an LCSW was an LMSW first; the trade rows'
#: ``licence_trades.TRADE_IMPLIES``).
IMPLIES: dict[str, tuple[str, ...]] = {**TRADE_IMPLIES,
    "np": ("rn",), "crna": ("rn",), "rn": ("lpn",), "pe": ("eit",), "pt": ("pta",), "lcsw": ("lmsw",),
    "master_electrician": ("journeyman_electrician", "journeyman"), "journeyman_electrician": ("journeyman",),
    "master_plumber": ("journeyman_plumber", "journeyman"), "journeyman_plumber": ("journeyman",),
    "cdl_a": ("cdl_b", "cdl_c", "cdl"), "cdl_b": ("cdl_c", "cdl"), "cdl_c": ("cdl",),
}

#: Cues in an item that make its licence not a requirement: preferred, an alternative route, a
#: requirement of some assignments only.
NOT_REQUIRED = re.compile(
    r"\bprefer|\ba (?:big |major |huge |great )?plus\b|\bplus(?:s?es)\b|\bother than\b|\bassignment level\b|\bdesir|\bideal(?:ly)?\b|\bbonus\b|nice to have|\badvantage|\bnot required\b|"
    r"or equivalent (?:\w+ )?experience|may be substituted|can be substituted|in lieu of|will be accepted|"
    r"certain (?:positions|assignments)|may be required|if required|\bpermit\b|\bwelcome\b|"
    r"\bor\s+(?:an?\s+)?(?:valid\s+)?(?:[\w().]+\s+){1,5}(?:certificate|certification)\b|"
    r"\bpreference\b|\bencouraged\b|\bhelpful\b|\boptional\b|\bwork(?:ing)? towards?\b|\bpre-licensed?\b|"
    r"\bdo you meet\b|\bkeywords?\b|\bor (?:a )?masters?'?s?[- ]level\b", re.I)
#: Eligibility wording: the licence is required, but a person who can obtain it qualifies.
ELIGIBLE = re.compile(r"\beligib|\bupon hire\b|\bwithin\s+(?:\w+\s+){1,3}(?:of|after)\s+(?:hire|appointment|start)|"
                      r"ability to obtain|must be obtained|\bnew grad", re.I)
#: Words just before a licence phrase that make it about other people ("with licensed physical
#: therapists", "individuals other than licensed professional engineers", "a staff of RNs").
COLLEAGUES = re.compile(r"\b(?:with|under|alongside|by|supervis\w*|direction of|staff of|team of|our|other than|"
                        r"assist(?:s|ing)?|support(?:s|ing)?|directs?|oversees?|collaborat\w*|interact\w*)\s+"
                        r"(?:(?:of|the|a|an|other|all|our|licensed|registered)\s+){0,3}$", re.I)
#: Where a numbered or lettered alternative starts: "; or 2.", "or (B)", "or (c)".
ALTERNATIVE = re.compile(r"[;,]?\s*\bor\s+(?=(?:\d{1,2}\.|\(\d{1,2}\)|\(?[A-Ha-h]\))\s)")
#: Section kinds (``posting_sections.heading_kind``) whose licences are not asked of the hire.
_SKIP_SECTIONS = frozenset({"preferred", "company", "benefits"})
#: Items: lines, sentences, bullets, and glued LinkedIn fields ("…HygienistKnowledge of…").
_ITEM = re.compile(r"\n|(?<=[.;!?•·])\s+|(?<=[a-z)][.;!?])(?=[A-Z])|\s+[-–]\s+|(?<=[a-z)])(?=[A-Z][a-z])|(?<=\))(?=[A-Z])")

#: key → phrases on a resume that show the licence held (case-insensitive; anywhere in the text, but
#: not after :data:`NOT_THE_PERSON` words: "flag findings for the dentist", "under supervision of the RN").
RESUME_PHRASES: dict[str, str] = {
    "pharmacist": r"doctor of pharmacy|\bPharm\.?\s?D\b|(?:licensed|registered|staff|clinical|retail|hospital|lead|"
                  r"consultant|chief|outpatient|inpatient)\s+pharmacist|pharmacist\W{0,3}licen|^\s*pharmacist\b|"
                  r"bachelor of (?:science in )?pharmacy",
    "attorney": r"juris doctor|(?-i:\bJ\.D\.)|(?-i:\bJD\b)(?!\s*(?::|Edwards))|\besq\.?(?!\w)|admitted (?:to practice )?in\b|"
                r"bar admission|admitted to the \w+(?: \w+){0,3} bar|member of the \w+(?: \w+){0,3} bar|"
                r"\battorney\b(?![- ](?:review|client|work product))|\b(?:associate|general|agency|assistant|corporate|"
                r"in-house|staff|senior|deputy)\s+counsel\b|\bprosecutor\b|public defender|licensed to practi[cs]e law",
    "rn": r"registered (?:professional )?nurse|licensed (?:as an? )?RN\b|RN licen[cs]e|nurse practitioner|"
          r"\bnurse (?:manager|educator)\b|charge nurse|staff nurse|clinical nurse\b|director of nursing|"
          r"nurse anesthetist",
    "lpn": r"licensed (?:practical|vocational) nurse|\bL[PV]N licen",
    "np": r"nurse practitioner(?! (?:program|student))",
    "pa": r"physician\W{0,2}s?\W{0,2} assistant(?! (?:program|student))",
    "crna": r"nurse anesthetist",
    "physician": r"doctor of (?:osteopathic )?medicine|licensed physician|board[- ]certified physician|"
                 r"licen[cs]e to practi[cs]e medicine|medical licen[cs]e",
    "dentist": r"doctor of dental (?:surgery|medicine)|licensed dentist|\bgeneral dentist\b|dental licen[cs]e(?! hyg)",
    "rdh": r"registered dental hygienist|dental hygienist|RDH licen",
    "veterinarian": r"doctor of veterinary medicine|licensed veterinarian|\bveterinarian\b(?! (?:technician|assistant))",
    "pt": r"doctor of physical therapy|physical therapist(?!\s+(?:assistant|aide|tech))|licensed physical therapist(?! assist)",
    "pta": r"physical therapist assistant|physical therapy assistant",
    "ot": r"occupational therapist(?!\s+assist)|occupational therapy licen",
    "slp": r"speech[- ]language pathologist|speech pathologist",
    "rt": r"respiratory therapist|respiratory care practitioner",
    "cpa": r"certified public accountant|licensed CPA|CPA licen[cs]e|CPA \((?:active|licensed)",
    "pe": r"professional engineer\b|licensed engineer|PE licen[cs]e|P\.E\. licen",
    "eit": r"engineer[- ]in[- ]training|engineer intern\b|fundamentals of engineering \(FE\) exam(?:ination)? passed|passed the FE|FE exam passed",
    "architect": r"registered architect|licensed architect|architect licen",
    "landscape_architect": r"(?:registered|licensed) landscape architect",
    "lcsw": r"licensed (?:independent )?clinical social worker",
    "lmsw": r"licensed (?:master )?social worker|licensed graduate social worker",
    "lpc": r"licensed (?:professional|mental health|clinical professional) counselor",
    "lmft": r"licensed marriage and family therapist",
    "psychologist": r"licensed (?:clinical |counseling )?psychologist|\bpsychologist\b",
    "journeyman_electrician": r"journey\w* (?:electrician|wireman|inside wireman)|electrical journey\w*|master electrician",
    "master_electrician": r"master electrician",
    "journeyman_plumber": r"journey\w* plumb(?:er|ing)|master plumb(?:er|ing)",
    "master_plumber": r"master plumb(?:er|ing)",
    "journeyman": r"journey(?:man|woman|person)\b|master (?:electrician|plumber|carpenter|pipefitter|millwright)",
    "cdl_a": r"class[\s-]*A\s+(?:CDL|commercial)|\bCDL[- ]?A\b|CDL\W{0,3}class[\s-]*A\b",
    "cdl_b": r"class[\s-]*B\s+(?:CDL|commercial)|\bCDL[- ]?B\b|CDL\W{0,3}class[\s-]*B\b",
    "cdl_c": r"class[\s-]*C\s+(?:CDL|commercial)|\bCDL[- ]?C\b",
    "cdl": r"\bCDL\b|commercial driver\W?s? licen",
    **{k: resume for k, _, _, _, resume in TRADE_LICENCES},
}
#: key → post-nominals and short forms (case-sensitive) that show the licence held only where a
#: short form means a credential: in the resume's header (its first line: "DANIELLE OKAFOR,
#: RN, BSN"), on a line with a licence word ("New York State RN License (active)"), or under a
#: licences/certifications heading. Elsewhere "PTA" is a school's parents, "PE" private equity,
#: "MD" Maryland, "RN" the nurse the person reported to.
RESUME_ABBREVIATIONS: dict[str, str] = {
    "pharmacist": r"\bR\.?Ph\b", "attorney": r"\bEsq\b", "rn": r"(?<!-)\bR\.?N\b(?!-)", "lpn": r"\bL[PV]N\b",
    "np": r"\b(?:[FAP]?NP(?:-[BC]{1,2})?|APRN|PMHNP|FNP-BC)\b", "pa": r"\bPA-C\b", "crna": r"\bCRNA\b",
    "physician": r"(?<=[A-Za-z.]),\s*(?:M\.D\.|MD|D\.O\.|DO)(?=\s*(?:,|$))", "dentist": r"\b(?:D\.?D\.?S|D\.?M\.?D)\b",
    "rdh": r"\bRDH\b", "veterinarian": r"\b(?:D\.?V\.?M|V\.?M\.?D)\b", "pt": r"\b(?:DPT|MPT|PT)\b(?!A)",
    "pta": r"\b(?:L?PTA)\b", "ot": r"\b(?:OTR(?:/L)?|OTD|OT/L)\b", "slp": r"\b(?:CCC-SLP|SLP)\b",
    "rt": r"\b(?:RRT|CRT|RCP)\b", "cpa": r"\bCPA\b", "pe": r"\b(?:P\.E\.|PE)(?!\w)", "eit": r"\b(?:E\.?I\.?T|FE)\b",
    "architect": r"\b(?:R\.?A|AIA|NCARB)\b(?!\.\w)", "landscape_architect": r"\b(?:RLA|PLA)\b",
    "lcsw": r"\bLI?CSW(?:-C)?\b", "lmsw": r"\b(?:L[MG]?SW|CSW)\b", "lpc": r"\b(?:LPCC?|LMHC|LCPC|LAC|LCMHC)\b",
    "lmft": r"\bLMFT\b", "psychologist": r"\b(?:Psy\.?D|ABPP)\b",
}
#: Words just before a resume phrase that make it someone else's, or a plan: "for the dentist",
#: "under supervision of the RN", "minutes for the general counsel", "a 30-attorney firm", "study for
#: RN", "start the LPN program".
NOT_THE_PERSON = re.compile(
    r"(?:\b(?:under|for|with|to|towards?|become|becoming|pursu\w*|planning|enrolled|study|studying|assist\w*|"
    r"support\w*|supervis\w*|alongside|report\w*|liaison|shadow\w*|schedul\w*|help\w*|leading)\s+(?:\w+\s+){0,3}|"
    r"\d+-|\b(?:not|no|never)\s+(?:\w+\s+)?)$", re.I)
#: Words just after a short form that make it a plan or a board, not a credential: "PE exam scheduled",
#: "PTA program", "Ohio OT, PT and AT Board".
NOT_HELD_AFTER = re.compile(r"^(?:-?\s*(?:exam|program|student|candidate|eligible|track|licensure track|school|scheduled)\b|"
                            r"[\w ,&]{0,15}\bBoard\b)", re.I)
_LICENCE_HEADING = re.compile(r"^\W*(?:[\w ]+\s(?:&|and)\s)?(?:licen[cs]\w*|certifications?|credentials?|registrations?)"
                              r"\b[\w &/,]*:?\s*$", re.I)
_HEADING = re.compile(r"^\s*[A-Z][A-Z &/,'()-]{3,}:?\s*$")

_POSTING = {k: re.compile(x.posting, re.I) for k, x in LICENCES.items()}
_WEAK = {k: re.compile(x.weak, re.I) for k, x in LICENCES.items() if x.weak}
_PHRASES = {k: re.compile(x, re.I | re.M) for k, x in RESUME_PHRASES.items()}
_ABBREVS = {k: re.compile(x) for k, x in RESUME_ABBREVIATIONS.items()}
_ELIGIBLE = {k: re.compile(x.eligible, re.I) for k, x in LICENCES.items() if x.eligible}


@dataclass(frozen=True)
class LicenceRequirement:
    """One licence requirement: ``keys`` any one of which satisfies it, whether a person ``eligible``
    for one qualifies, and the posting's ``line`` (trimmed to 200 characters)."""

    keys: tuple[str, ...]
    eligible: bool = False
    line: str = ""


@dataclass(frozen=True)
class Held:
    """The licences a resume shows (``held``, widened by :data:`IMPLIES`) and those it shows the
    person can obtain (``eligible``: a nursing degree, an MSW, a law degree)."""

    held: frozenset[str] = frozenset()
    eligible: frozenset[str] = frozenset()


def _mentions(item: str) -> list[str]:
    """Licence keys an item names as licences, in table order, colleagues' licences left out."""
    found: list[str] = []
    has_word = bool(_LIC_WORD.search(item))
    for key, rx in _POSTING.items():
        hits = list(rx.finditer(item))
        if not hits and has_word and key in _WEAK:
            hits = list(_WEAK[key].finditer(item))
        if any(not COLLEAGUES.search(item[max(0, m.start() - 40):m.start()]) for m in hits):
            found.append(key)
    # a narrower licence named in the same phrase wins over its generic one ("Class A CDL" is not also "a CDL")
    narrower = {"cdl": ("cdl_a", "cdl_b", "cdl_c"), "journeyman": ("journeyman_electrician", "journeyman_plumber"),
                "rn": ("np", "crna"), "pta": ("pt",), **TRADE_NARROWER}
    return [k for k in found if not any(n in found for n in narrower.get(k, ()))]


def _item_requirements(body: str) -> list[LicenceRequirement]:
    """The requirements of one stretch of a section (no alternatives inside)."""
    out: list[LicenceRequirement] = []
    for item in _ITEM.split(body):
        if not item or not item.strip() or NOT_REQUIRED.search(item):
            continue
        keys = tuple(_mentions(item))
        if keys:
            out.append(LicenceRequirement(keys, bool(ELIGIBLE.search(item)), item.strip()[:200]))
    return out


def required_licences(text: str) -> list[LicenceRequirement]:
    """The licences a posting requires (module doc), duplicates merged.

    Numbered or lettered alternatives ("1. … ; or 2. …", "(A) … ; or (B) …", :data:`ALTERNATIVE`,
    NYC Jobs' minimum qualifications) are read as one choice: a licence is required only when every
    alternative names one (their keys joined: "1. A valid license as a Registered Professional Nurse
    …; or 2. A valid registration as a Physicians' Assistant" → {rn, pa}); an alternative without a
    licence ("(A) one year of auditing experience; or (B) a valid CPA license") means none is."""
    from careercopilot.normalize.posting_sections import sections

    found: list[LicenceRequirement] = []
    for heading, kind, body in sections(text or ""):
        if kind in _SKIP_SECTIONS:
            continue
        body = f"{heading}\n{body}"  # a short line read as a heading may be the requirement itself
        options = [o for o in ALTERNATIVE.split(body) if o.strip()]
        reqs = [_item_requirements(o) for o in options]
        if not reqs or not all(reqs):  # no licence, or an alternative without one: none is required
            continue
        # one section's licences are one choice ("Position Requirement Possibilities: MSW/LSW, LPCC,
        # LCSW, LMFT" glued into items): their keys joined, eligibility if any item accepts it
        keys = tuple(dict.fromkeys(k for rs in reqs for r in rs for k in r.keys))
        found.append(LicenceRequirement(keys, any(r.eligible for rs in reqs for r in rs), reqs[0][0].line))
    out: dict[tuple[str, ...], LicenceRequirement] = {}
    for r in found:
        old = out.get(r.keys)
        if old is None or (old.eligible and not r.eligible):
            out[r.keys] = r
    # a requirement whose keys include every key of another is weaker ("RN or LPN" beside "RN"): drop it
    reqs_all = list(out.values())
    return [r for r in reqs_all if not any(o is not r and set(o.keys) < set(r.keys) for o in reqs_all)]


def _widen(keys: set[str]) -> frozenset[str]:
    todo, seen = list(keys), set(keys)
    while todo:
        for k in IMPLIES.get(todo.pop(), ()):
            if k not in seen:
                seen.add(k)
                todo.append(k)
    return frozenset(seen)


def _credential_lines(text: str) -> list[str]:
    """The lines where a short form means a credential: the header (the first non-empty line),
    lines naming a licence, and the lines under a licences/certifications heading."""
    out: list[str] = []
    lines = [ln for ln in text.splitlines() if ln.strip()]
    under = False
    for i, line in enumerate(lines):
        if _LICENCE_HEADING.match(line):
            under = True
            continue
        if _HEADING.match(line):
            under = False
        if i == 0 or under or re.search(rf"\b{_L}\b|\bboard\b|\bregistration\b", line, re.I):
            out.append(line)
    return out


def _worked_under(text: str, start: int, end: int) -> bool:
    """Whether a resume's licence phrase sits beside words saying the person works under another's licence or
    holds none yet ("working under license; Journeyman level": ``skill_clientele.NOT_HELD``, trial127)."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - 60)
    line_end = text.find("\n", end)
    return bool(NOT_HELD.search(text[line_start:min(len(text) if line_end < 0 else line_end, end + 60)]))


def held_licences(text: str) -> Held:
    """The licences a resume shows and those it shows the person can obtain (module doc)."""
    text = text or ""
    held = {k for k, rx in _PHRASES.items()
            if any(not NOT_THE_PERSON.search(text[max(0, m.start() - 40):m.start()])
                   and not _worked_under(text, m.start(), m.end()) for m in rx.finditer(text))}
    cred = "\n".join(_credential_lines(text))
    held |= {k for k, rx in _ABBREVS.items()
             if any(not NOT_THE_PERSON.search(cred[max(0, m.start() - 40):m.start()])
                    and not NOT_HELD_AFTER.match(cred[m.end():m.end() + 30]) for m in rx.finditer(cred))}
    eligible = {k for k, rx in _ELIGIBLE.items() if rx.search(text)}
    return Held(_widen(held), _widen(eligible | held))


def missing_licences(required: list[LicenceRequirement], held: Held) -> list[LicenceRequirement]:
    """The requirements none of whose keys ``held`` shows (eligibility counts where the posting
    accepts it)."""
    return [r for r in required
            if not (set(r.keys) & held.held or (r.eligible and set(r.keys) & held.eligible))]


def licence_gap_text(req: LicenceRequirement) -> str:
    """The gap in words: "Requires a pharmacist licence (RPh) — not on your resume"; alternatives
    joined with "or"."""
    labels = [LICENCES[k].label for k in req.keys]
    return f"Requires {' or '.join(labels)} — not on your resume"
