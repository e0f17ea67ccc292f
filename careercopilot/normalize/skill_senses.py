"""Acronyms whose meaning depends on the trade around them (issue 11 trial finding 1).

An electrician's "EMT conduit" is electrical metallic tubing, not an Emergency Medical
Technician; "Barclays PLC" is a company, not PLC programming; "CAD 85,000" is Canadian dollars;
"ACLs on the firewall" are access control lists, not Advanced Cardiac Life Support; "reviewed
PRs" are pull requests, not Public Relations; a medical assistant's "CMA (AAMA)" is not a
Certified Management Accountant. :data:`SENSES` lists, per surface form (upper-cased, plural
``s`` dropped), the cues of the *other* meanings and of the taxonomy's own meaning;
:func:`other_sense` drops a mention when, on its line within :data:`WINDOW` characters,

* an **adjacent** pattern of another meaning fits ("CAD $", "85k CAD", "SOC 2", "… plc" after a
  capitalized name), or
* a cue word of another meaning is near and no cue of the taxonomy's meaning is (the window holds the
  mention itself, so a cue may include it: "primary caregiver").

Everyday words with a trade's meaning are read the same way (session 22, trial finding 8: a dental
hygienist posting read as Janitorial and Caregiving): "cleaning" of teeth, deposits or wounds is no
janitorial work; a "primary caregiver" in a dental visit, "patients and caregivers" or a "family caregiver
for my mother" is no caregiving trade. The window holds the mention itself, so a cue may include it.
So are a bookkeeper's words (issue 11 trial 41 finding 6): a "monthly P&L by location" she builds is a
report, not P&L Management (an owner's "P&L responsibility", "managed a $5M P&L"); "patient refunds" and
"insurance overpayment refunds" are accounts receivable, not a store's Returns Processing; "1099 filing"
and "payroll tax filings" are returns filed with an agency, not the clerical Filing of records.

Sources of the cues: the trades' own vocabularies — NEC raceway types (EMT, IMC, RMC, PVC
conduit), PLC vendors and languages (IEC 61131-3 ladder logic, Rockwell/Siemens), the AHA's
ACLS/BLS/PALS courses, the AAMA's CMA (AAMA) credential, the BACB's ABA/BCBA/RBT titles, the
ABA (American Bar Association) law-school approval and ABA routing numbers, the AICPA/IMA
accounting credentials, ISO 4217 "CAD", AICPA SOC 1/2/3 reports, computer-aided dispatch in
911 centers, exposure and response prevention (ERP) in OCD therapy; the AIPB bookkeeping and IRS
information-return vocabulary (P&L/income statement, 1099/W-2/941 filings, credit-balance refunds); the
training trade's CBT/WBT/ILT course kinds (ATD), fab labs (MIT's Fab Lab network) and research misconduct's
"fabrication, falsification, plagiarism" (US Office of Research Integrity, 42 CFR 93), state education agencies'
own abbreviations (Nevada and Nebraska Departments of Education: NDE) against ASNT's NDT/NDE methods; a store's
front end (checkout and service desk) against front-end web development (trial144).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["SENSES", "WINDOW", "Sense", "other_sense"]

#: Characters each side of a mention, on its own line, searched for cues.
WINDOW = 120


@dataclass(frozen=True)
class Sense:
    """Cues of an ambiguous surface form: ``other`` (words of other meanings), ``own`` (words of
    the taxonomy's meaning: they win over ``other``), ``before``/``after`` (adjacent patterns of
    another meaning, matched against the text just before / just after the mention)."""

    other: re.Pattern[str] | None = None
    own: re.Pattern[str] | None = None
    before: re.Pattern[str] | None = None
    after: re.Pattern[str] | None = None


def _words(*alts: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")", re.IGNORECASE)


_MONEY_AFTER = re.compile(r"^\s*(?:\$|€|£)?\s*\d|^\s*/\s*(?:USD|EUR|GBP)\b|^\s*\)?\s*(?:per|/)\s*(?:hour|hr|year|yr|annum)\b",
                          re.IGNORECASE)
_MONEY_BEFORE = re.compile(r"(?:\d[\d,.]*\s*[kKmM]?|\$|(?:USD|EUR|GBP)\s*/)\s*\(?\s*$")

SENSES: dict[str, Sense] = {
    # Electrical metallic tubing (NEC Art. 358) among raceway words vs Emergency Medical Technician
    "EMT": Sense(
        other=_words(r"conduits?", r"raceways?", r"pvc", r"rigid", r"imc", r"rmc", r"grc", r"bend(?:s|ing|er)?",
                     r"bent", r"fittings?", r"couplings?", r"strut", r"unistrut", r"wir(?:e|es|ing)", r"electric(?:al|ian)?",
                     r"junction", r"panels?", r"\d/\d", r"tubing", r"set ?screw", r"compression", r"knock ?outs?"),
        own=_words(r"ambulance", r"patients?", r"ems\b", r"paramedic", r"nremt", r"emergency medical", r"cpr",
                   r"first aid", r"trauma", r"911", r"basic life")),
    # PLC as a company's legal suffix or a Professional Learning Community vs programmable logic controllers
    "PLC": Sense(
        other=_words(r"professional learning", r"learning communit", r"teachers?", r"teaching", r"curriculum",
                     r"students?", r"grade[- ]level", r"lesson", r"classroom", r"bank(?:ing)?", r"holdings",
                     r"listed", r"ftse", r"stock exchange", r"shareholders?", r"subsidiar"),
        own=_words(r"ladder", r"logic", r"allen[- ]bradley", r"rockwell", r"siemens", r"omron", r"automation",
                   r"hmi", r"scada", r"controls?", r"program(?:ming|med|mer)?", r"i/o", r"vfds?", r"rslogix",
                   r"studio 5000", r"tia portal", r"troubleshoot", r"motors?", r"panels?", r"sensors?"),
        before=re.compile(r"[A-Z][\w&'.-]*(?:\s+(?:&\s+)?[A-Z][\w&'.-]*)*,?\s+$")),
    # CNA Financial (insurance) vs Certified Nursing Assistant
    "CNA": Sense(
        other=_words(r"insurance", r"insurer", r"financial", r"underwrit", r"surety", r"policyholders?",
                     r"brokers?", r"premiums?"),
        own=_words(r"nurs", r"patients?", r"residents?", r"vitals?", r"adls?", r"long[- ]term care", r"certified",
                   r"bathing", r"feeding", r"hospital", r"care")),
    # React Native vs Registered Nurse
    "RN": Sense(
        other=_words(r"react", r"ios", r"android", r"mobile", r"expo", r"javascript", r"typescript", r"redux",
                     r"flutter", r"swift", r"kotlin", r"app store", r"apps?\b"),
        own=_words(r"nurs", r"patients?", r"licen[cs]e", r"bls", r"acls", r"hospital", r"clinical", r"icu",
                   r"charge", r"bsn", r"unit", r"care")),
    # American Bar Association / ABA routing numbers vs Applied Behavior Analysis
    "ABA": Sense(
        other=_words(r"bar association", r"law school", r"approved", r"accredited", r"paralegals?", r"attorneys?",
                     r"legal", r"juris", r"routing", r"wires?", r"ach", r"transit", r"bank", r"checks?",
                     r"aba[- ]approved", r"model rules"),
        own=_words(r"behavior", r"behaviour", r"autism", r"asd", r"rbt", r"bcba", r"therap", r"clients?",
                   r"children", r"reinforcement", r"discrete trial")),
    # access control lists (network, cloud) vs Advanced Cardiac Life Support
    "ACLS": Sense(
        other=_words(r"network", r"firewalls?", r"routers?", r"switch(?:es)?", r"vlans?", r"cisco", r"permissions?",
                     r"iam", r"s3", r"buckets?", r"ntfs", r"file ?system", r"access control", r"subnets?",
                     r"security groups?", r"active directory", r"acl\b", r"ldap", r"rbac"),
        own=_words(r"cardiac", r"cardiovascular", r"life support", r"bls", r"pals", r"aha", r"resuscitat",
                   r"nurs", r"patients?", r"code blue", r"certif")),
    # Canadian dollars, coronary artery disease, computer-aided dispatch vs computer-aided design
    "CAD": Sense(
        other=_words(r"coronary", r"arter(?:y|ies|ial)", r"cardiac", r"heart", r"cardiolog", r"chf",
                     r"hypertension", r"diabet", r"comorbid", r"dispatch", r"911", r"dispatchers?", r"rms\b",
                     r"radio", r"police", r"calls? for service", r"salary", r"compensation", r"currency",
                     r"exchange rate", r"usd", r"canadian dollars?"),
        own=_words(r"autocad", r"draft", r"drawings?", r"solidworks", r"revit", r"2d", r"3d", r"models?",
                   r"cam\b", r"civil 3d", r"microstation", r"blueprints?", r"inventor", r"catia", r"creo",
                   r"design(?:s|er|ing)?"),
        before=_MONEY_BEFORE, after=_MONEY_AFTER),
    # Exposure and response prevention (OCD therapy), emergency response plans vs ERP systems
    "ERP": Sense(
        other=_words(r"ocd", r"obsessive", r"exposure", r"anxiety", r"cbt", r"therap", r"clients?",
                     r"response prevention", r"emergency response", r"evacuation", r"spill", r"hazmat"),
        own=_words(r"sap", r"oracle", r"netsuite", r"dynamics", r"implementation", r"modules?", r"software",
                   r"systems?", r"workday", r"erp system", r"sage", r"epicor", r"infor", r"acumatica")),
    # pull requests vs Public Relations
    "PR": Sense(
        other=_words(r"code reviews?", r"github", r"gitlab", r"bitbucket", r"merg", r"commits?", r"pull requests?",
                     r"ci\b", r"branch(?:es)?", r"repos?", r"review(?:ed|ing)?"),
        own=_words(r"media", r"press", r"communications?", r"publicity", r"campaigns?", r"journalists?",
                   r"marketing", r"brand", r"releases?", r"agency")),
    # SOC 1/2/3 reports (AICPA) vs Security Operations (center)
    "SOC": Sense(after=re.compile(r"^\s*(?:[123]\b|I{1,3}\b|type\s+(?:[12]|I{1,2})\b)", re.IGNORECASE)),
    # Patent Cooperation Treaty vs Patient Care Technician
    "PCT": Sense(other=_words(r"patents?", r"wipo", r"filings?", r"national phase", r"prosecution", r"treaty"),
                 own=_words(r"patients?", r"ekg", r"phlebotomy", r"vitals?", r"dialysis", r"nurs")),
    # CMA (AAMA), a medical assistant's credential vs Certified Management Accountant
    "CMA": Sense(
        other=_words(r"aama", r"medical assistant", r"patients?", r"clinic(?:al)?", r"phlebotomy", r"vitals?",
                     r"ehr", r"injections?", r"physician", r"medical office", r"rooming"),
        own=_words(r"accountant", r"accounting", r"ima\b", r"management accountant", r"cpa", r"financial",
                   r"budget", r"cost")),
    # Words of everyday prose with a trade's meaning (issue 11 trial finding 8: a dental hygienist posting
    # read as Janitorial and Caregiving): teeth are cleaned in a dental visit, a patient's clinician is
    # their "primary caregiver", a person's family caregiving is a life event, not the trade.
    "CLEANING": Sense(
        other=_words(r"dental", r"teeth", r"tooth", r"prophyla", r"deposits", r"stains", r"gums?\b", r"gingiv",
                     r"oral", r"hygien", r"periodont", r"scaling", r"root planing", r"calculus", r"plaque",
                     r"wounds?", r"data", r"instruments"),
        own=_words(r"floors?", r"restrooms?", r"bathrooms?", r"janitor", r"custod", r"trash", r"mop", r"vacuum",
                   r"buildings?", r"rooms?", r"facilit", r"housekeep", r"lobby", r"offices", r"carpets?",
                   r"windows", r"common areas")),
    "CAREGIVER": Sense(
        other=_words(r"primary caregiver", r"family caregiv", r"unpaid", r"caregiv\w* (?:break|leave|gap|for my)",
                     r"(?:my|his|her|their) (?:mother|father|parents?|child|children|grandm\w*|spouse)",
                     r"patients? and (?:their )?caregivers", r"caregivers and (?:patients|families)", r"dental",
                     r"hygien", r"career break", r"sabbatical"),
        own=_words(r"home care", r"elderly", r"seniors?", r"adls?", r"companionship", r"personal care",
                   r"home health", r"bathing", r"dressing", r"memory care", r"dementia", r"assisted living")),
    # A report read, prepared or built by a bookkeeper vs the ownership of a unit's profit (issue 11 trial 41
    # finding 6: "Built the first monthly P&L by location in Excel" read as P&L Management). The statement
    # itself ("P&L statements") is Financial Reporting by the taxonomy's longer alias.
    "P&L": Sense(
        other=_words(r"statements?", r"reports?", r"prepar\w*", r"buil(?:t|d|ds|ding)\b", r"produc\w*", r"creat\w*",
                     r"compil\w*", r"review\w*", r"analy[sz]\w*", r"variances?", r"monthly", r"quarterly", r"post\w*",
                     r"reconcil\w*", r"by (?:location|department|store|property|job|class|entity|site|branch)"),
        own=_words(r"responsib\w*", r"accountab\w*", r"ownership", r"own(?:s|ed|ing)?\b", r"manag\w*", r"overs(?:aw|ee)\w*",
                   r"full", r"drove", r"grew", r"\$\s?\d", r"\d+(?:\.\d+)?\s?(?:[mbk]|million|billion)\b")),
    # Refunds of a patient's, payer's or taxpayer's overpayment (accounts receivable, tax) vs a store's returns
    # desk (issue 11 trial 41 finding 6: a dental bookkeeper's "patient refunds" read as Returns Processing).
    "REFUND": Sense(
        other=_words(r"patients?", r"insurance", r"payers?", r"payors?", r"overpayments?", r"credit balances?", r"tax",
                     r"irs", r"premiums?", r"tuition", r"escrow", r"vendors?", r"a/?r\b", r"accounts receivable",
                     r"claims?", r"medicare", r"medicaid", r"deposits"),
        own=_words(r"customers?", r"merchandise", r"stores?", r"retail", r"exchanges?", r"pos\b", r"registers?",
                   r"receipts?", r"orders?", r"online", r"items?", r"products?", r"service desk", r"returns", r"guests?")),
    # A tax return, information return or state report filed with an agency vs a clerk's filing of paper and
    # records (issue 11 trial 41: "1099 filing each January", "payroll tax filings" read as Filing).
    "FILING": Sense(
        other=_words(r"tax", r"1099s?", r"w-?2s?", r"94[01]s?", r"irs", r"returns?", r"secretary of state",
                     r"annual reports?", r"ucc", r"sec\b", r"10-?[kq]s?\b", r"sales and use", r"extensions?",
                     r"state and federal", r"federal and state", r"patents?", r"trademarks?", r"uspto"),
        own=_words(r"documents?", r"records", r"paperwork", r"cabinets?", r"charts", r"scanning", r"copying",
                   r"faxing", r"clerical", r"alphabetical", r"office", r"data entry", r"mail", r"filing systems?")),
    # A trade's or a ward's emergency rotation vs a software team's incident response (trial127 finding 3: an HVAC
    # technician's "lead the summer emergency on-call rotation" read as Incident Management, a DevOps skill).
    "ON-CALL ROTATION": Sense(
        other=_words(r"emergency", r"service calls?", r"after[- ]hours", r"summer", r"winter", r"hvac", r"heating",
                     r"cooling", r"plumbing", r"boilers?", r"apprentices?", r"technicians?", r"maintenance",
                     r"patients?", r"nurs\w*", r"hospital", r"clinic", r"unit", r"residents?", r"tenants?",
                     r"drivers?", r"tow\w*", r"utility", r"line crew", r"facility", r"facilities"),
        own=_words(r"production", r"pager\w*", r"pagerduty", r"opsgenie", r"incidents?", r"outages?", r"sre\b",
                   r"devops", r"servers?", r"cloud", r"infrastructure", r"uptime", r"sev[- ]?\d", r"slos?\b",
                   r"postmortems?", r"kubernetes", r"aws\b", r"services? reliability", r"site reliability")),
    # Computer-based training (a training department's e-learning courses) vs Cognitive Behavioral Therapy (a
    # newcomer's trial, session 31: "E-Learning/Computer-Based Training (CBT) courses" read as a therapy skill)
    "CBT": Sense(
        other=_words(r"computer[- ]based", r"web[- ]based", r"e-?\s?learning", r"courses?", r"courseware", r"modules?",
                     r"authoring", r"articulate", r"storyline", r"captivate", r"camtasia", r"lms\b", r"scorm",
                     r"wbt\b", r"ilt\b", r"instructional", r"learners?", r"new[- ]hire", r"compliance training",
                     r"training (?:courses?|modules?|materials?|programs?)"),
        own=_words(r"cognitive", r"behaviou?ral", r"therap", r"psychotherap", r"clients?", r"counsel", r"anxiety",
                   r"depress", r"dbt\b", r"emdr", r"trauma", r"ptsd", r"mental health", r"clinical", r"grief",
                   r"ocd", r"exposure")),
    # A fab lab, makerspace, semiconductor fab or fabricated data vs metal fabrication (session 31: a building's
    # "Fabrication Lab, Recording and Broadcast Studios" read as Metal Fabrication)
    "FABRICATION": Sense(
        other=_words(r"fab(?:rication)? labs?", r"makerspaces?", r"maker ?spaces?", r"3d print", r"laser cutt",
                     r"studios?", r"broadcast", r"wafers?", r"cleanroom", r"semiconductor", r"lithograph",
                     r"photolithograph", r"micro-?fabrication", r"nano-?fabrication", r"falsif", r"plagiar",
                     r"misconduct", r"evidence"),
        own=_words(r"metals?", r"steel", r"stainless", r"alumin", r"weld", r"sheet metal", r"press brakes?",
                   r"shears?", r"plasma", r"mig\b", r"tig\b", r"blueprints?", r"structural", r"machin", r"grind",
                   r"brak(?:e|ing)", r"iron")),
    # A state department of education (Nevada's, Nebraska's NDE) vs non-destructive examination/testing (session
    # 31: a resource-teacher posting's "Nevada Department of Education (NDE)" read as Non-Destructive Testing)
    "NDE": Sense(
        other=_words(r"department of education", r"education", r"teach", r"licen[cs]", r"endorse", r"students?",
                     r"schools?", r"nevada", r"nebraska", r"special ed", r"classroom", r"curriculum"),
        own=_words(r"non[- ]?destructive", r"ultrason", r"radiograph", r"magnetic particle", r"penetrant",
                   r"eddy current", r"welds?", r"inspect", r"asnt", r"level (?:i{1,3}|[123])\b", r"aerospace",
                   r"castings?", r"flaws?", r"ndt\b")),
}
# A store's or a warehouse's front end (checkout lanes, cashiers, the service desk) or a loader's/an axle's front
# end vs front-end web development (trial144 finding 6: a store manager's "associates across front end and
# receiving" read as Frontend Development). Sources: retail job ladders (Front End Supervisor/Manager, NRF),
# heavy equipment (front-end loaders), auto service (front-end alignment), project phases ("front-end planning").
SENSES["FRONT END"] = Sense(
    other=_words(r"receiving", r"cashiers?", r"checkouts?", r"check-?out lanes?", r"lanes?", r"registers?", r"stores?",
                 r"retail", r"associates", r"grocery", r"sales floor", r"backroom", r"stock\w*", r"merchandis\w*",
                 r"shrink", r"service desk", r"customer service desk", r"self-?checkout", r"baggers?", r"courtesy clerks?",
                 r"supervis\w*", r"managers?", r"leads?", r"loaders?", r"alignments?", r"suspension", r"tires?",
                 r"brakes?", r"axles?", r"bumpers?", r"planning", r"fees?", r"loads?",
                 r"housewares", r"departments?", r"warehouse", r"docks?", r"shifts?"),
    own=_words(r"web", r"javascript", r"typescript", r"react", r"angular", r"vue", r"svelte", r"css", r"html",
               r"ui\b", r"ux\b", r"browsers?", r"components?", r"develop\w*", r"engineer\w*", r"frameworks?", r"spa\b",
               r"next\.js", r"webpack", r"responsive", r"apis?", r"full[- ]?stack", r"back[- ]?end"))
SENSES["FRONTEND"] = SENSES["FRONT END"]
SENSES["NDT"] = SENSES["NDE"]
SENSES["CAREGIVING"] = SENSES["CAREGIVER"]
SENSES["PROFIT AND LOSS"] = SENSES["P&L"]


def _surface(text: str) -> str:
    """"PLCs" → "PLC", "acls" → "ACLS", "PRs" → "PR": the key of :data:`SENSES`."""
    t = text.strip().upper()
    if t in SENSES:
        return t
    spaced = re.sub(r"[\s-]+", " ", t)  # "front-end", "front  end" → "FRONT END"
    if spaced in SENSES:
        return spaced
    return t[:-1] if t.endswith("S") and t[:-1] in SENSES else t


#: Words before "PLC" that are not a company's name ("Installed PLC", "Programmed the PLC").
_NOT_A_NAME = re.compile(r"(?:ed|ing|e)$|^(?:the|a|an|and|or|with|using|use|program|install|maintain|troubleshoot|"
                         r"repair|configure|wire|new|existing|all|our|skills?|tools?|experience)$", re.IGNORECASE)


def _company_before(left: str) -> bool:
    """Whether ``left`` ends with a company's name that a "PLC"/"plc" suffix follows."""
    m = SENSES["PLC"].before.search(left) if SENSES["PLC"].before else None
    if not m:
        return False
    last = m.group(0).strip(" ,").split()[-1]
    return not _NOT_A_NAME.search(last)


def other_sense(text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` means something other than its taxonomy skill
    (module rules); False for surface forms not in :data:`SENSES`."""
    surface = text[start:end]
    key = _surface(surface)
    sense = SENSES.get(key)
    if sense is None:
        return False
    if key == "ACLS" and surface.endswith("s") and surface[:-1].isupper():
        return True  # "ACLs": access control lists (the course is written ACLS)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left = text[max(line_start, start - WINDOW):start]
    right = text[end:min(line_end, end + WINDOW)]
    window = left + surface + right  # the mention too: "primary caregiver", "patients and caregivers"
    own = bool(sense.own and sense.own.search(window))
    if key == "PLC":
        adjacent = _company_before(left)
    else:
        adjacent = bool(sense.before is not None and sense.before.search(left))
    adjacent = adjacent or bool(sense.after is not None and sense.after.search(right))
    if adjacent and not own:
        return True
    return bool(sense.other is not None and sense.other.search(window)) and not own
