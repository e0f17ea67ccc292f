"""Postings a staffing agency places for a client: who the job is with (issue 12, newcomer trial F9).

A posting whose company is a staffing agency ("Robert Half", "Aerotek", "Kelly Services", "Insight
Global", "TEKsystems") and whose text says it recruits for a client is a job with the client, not
with the agency: a cover letter greeting "Dear Robert Half hiring team" and applying "for the QC
Chemist position at Robert Half" says something false. :func:`placed_for` reads

* whether the posting is placed for a client — a client cue in the text (:data:`_CLIENT_CUES`: "our
  client", "on behalf of", "for one of our clients", "partnering with a pharmaceutical manufacturer",
  "contract-to-hire with a leading …", "Client: …"), with the company a staffing agency by name
  (:data:`AGENCIES`, the largest US staffing firms and their brands: Staffing Industry Analysts'
  largest-staffing-firms list) or by its words ("Staffing", "Recruiting", "Personnel"); a company that
  is neither needs the plainest cue ("our client is seeking", "on behalf of our client");
* the client's name when the text gives one ("on behalf of Pfizer", "our client, Merck, is seeking",
  "partnering with Eli Lilly to hire", "one of our top clients, Novartis,", "Client: Catalent"), else ''
  (the client is anonymous: "a pharmaceutical manufacturer in NJ").

Pure functions; never raise on ``str``/``None`` input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careercopilot.normalize.company_names import is_placeholder_company

__all__ = ["AGENCIES", "Placement", "is_agency", "placed_for"]

#: Staffing agencies and their brands (lower case, punctuation folded; module doc).
AGENCIES = frozenset("""
robert half|accountemps|officeteam|aerotek|actalent|aston carter|allegis group|teksystems|kelly|kelly services|
kelly science clinical|kelly scientific resources|adecco|adecco staffing|insight global|randstad|randstad usa|
manpower|manpowergroup|experis|express employment professionals|kforce|spherion|apex systems|hays|michael page|
page personnel|yoh|beacon hill staffing group|vaco|lancesoft|collabera|staffmark|peopleready|volt|
the judge group|judge group|cdi|belcan|medix|lab support|joule|tandym|russell tobin|atrium|amn healthcare|
cross country healthcare|aya healthcare|integrity staffing solutions|labor finders|nesco resource|system one|
modis|akkodis|jobot|motion recruitment|cybercoders|clinlab staffing|biobridges|planet pharma|
net2source|mindlance|astrix|astrix technology|real staffing|proclinical|ettain group|tek systems
""".replace("\n", "").split("|"))

#: Words that make a company's name a staffing agency's ("Cypress Staffing Solutions", "Apex Recruiting").
_AGENCY_WORDS = re.compile(r"(?i)\b(?:staffing|recruit(?:ing|ment|ers)|personnel|temps|employment\s+(?:agency|services|"
                           r"professionals|solutions)|talent\s+(?:solutions|partners|group)|workforce\s+solutions|"
                           r"search\s+(?:group|partners|firm)|placement(?:s)?)\b")

_CAP = r"(?:[A-Z][\w'’.&-]*|[A-Z0-9][A-Z0-9&.-]+)"
#: A client's name: capitalised words with "&", "and", "of", "the" inside ("Johnson & Johnson", "Bristol Myers Squibb").
_NAME = rf"(?P<name>{_CAP}(?:\s+(?:&|and|of|{_CAP})){{0,5}})"
#: First words of a capitalised run that is no client's name ("A leading …", "One of our clients", "Fortune 500").
_NOT_NAME = frozenset("a an the our one this that we they it fortune leading large major top local national global "
                      "growing premier client clients company manufacturer confidential pharmaceutical biotech "
                      "contract direct temp full part seeking looking responsibilities requirements".split())
#: Where a client is named (module doc).
_NAMED = [
    re.compile(rf"\bon\s+behalf\s+of\s+(?:(?:our|a)\s+client,?\s+)?{_NAME}"),
    re.compile(rf"(?i:\bour\s+client),?\s+{_NAME},?\s+(?:is|are|has|seeks|a|an|located|based)\b"),
    re.compile(rf"(?i:\b(?:partner(?:ing|ed|s)?|working|teamed\s+up)\s+with)\s+{_NAME}\s+(?:to|in|on|for)\s+"
               r"(?:hire|find|fill|recruit|identify|add|staff|search|bring|source|their|its|a|an)\b"),
    re.compile(rf"(?i:\b(?:one\s+of\s+our\s+(?:\w+\s+){{0,2}}clients|our\s+(?:\w+\s+){{0,2}}client)),"
               rf"\s+{_NAME}\s*[,(]"),
    re.compile(rf"(?im:^\s*(?:client|client\s+name|hiring\s+company|end\s+client)\s*:)[ \t]*{_NAME}[ \t]*(?:\n|$)"),
]
#: A client cue without a name (module doc); the first two are plain enough for any company.
_PLAIN_CUES = re.compile(r"(?i)\bour\s+client(?=,|\s+(?:is|are|a|an|in|located|based|who|seeks|has)\b)[^.\n]{0,100}?"
                         r"\b(?:is|are)\s+(?:currently\s+|actively\s+)?"
                         r"(?:seeking|looking|hiring|searching|in\s+need|recruiting)|\bon\s+behalf\s+of\s+"
                         r"(?:our|a|an|one\s+of\s+our)\s+(?:[\w-]+\s+){0,4}clients?\b")
_CLIENT_CUES = re.compile(
    r"(?i)\b(?:for|with|to\s+(?:join|support))\s+(?:(?:a|an|our)\s+(?:[\w-]+\s+){0,4}client|"
    r"one\s+of\s+our\s+(?:[\w-]+\s+){0,4}clients)\b|\bclient\s+of\s+ours\b|"
    r"\bour\s+client(?:,|\s+(?:is|are|a|an|in|located|based|who|seeks|has)\b)|\bon\s+behalf\s+of\b|"
    r"\b(?:partner(?:ing|ed|s)?|working|teamed\s+up)\s+with\s+(?:a|an|one\s+of)\s+(?:[\w-]+\s+){0,5}"
    r"(?:company|companies|manufacturer|firm|organization|employer|hospital|lab|laboratory|provider|leader|"
    r"client|business|facility|institution|corporation|organizations)\b|"
    r"\b(?:contract|contract[- ]to[- ]hire|temp[- ]to[- ]hire|direct[- ]hire|temporary)\s+(?:[\w-]+\s+){0,2}"
    r"(?:with|at|for)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}(?:company|manufacturer|firm|organization|employer|leader|"
    r"client|hospital|lab|laboratory|facility|corporation)\b|(?m:^\s*(?:end\s+)?client\s*:)|"
    # recorded agency postings (benchmarks/data/issue11): "A well-respected Robert Half … client is seeking", "for one
    # of their reputable financial clients", "has partnered with Robert Half legal in their search", "to become a
    # Patient Experience Specialist at a company that …", a posting that opens "A leading pharmaceutical company …"
    r"\bclient\s+(?:is|are)\s+(?:currently\s+)?(?:seeking|looking|hiring|searching|a|an)\b|"
    r"\bone\s+of\s+(?:our|their|its)\s+(?:[\w-]+\s+){0,4}clients\b|\b(?:has|have)\s+partnered\s+with\b|"
    r"\bat\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}(?:company|firm|manufacturer|organization|employer)\s+"
    r"(?:that|which|who|in|with)\b|"
    r"^\s*(?:a|an)\s+(?:[\w-]+\s+){0,4}(?:company|firm|manufacturer|organization|provider|leader)\b")


@dataclass(frozen=True)
class Placement:
    """A posting ``agency`` places for a client: ``client`` as the text names it ('' when it does not)."""

    agency: str
    client: str = ""


def _fold(name: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", (name or "").lower()).split())


def is_agency(company: str | None) -> bool:
    """Whether ``company`` names a staffing agency (:data:`AGENCIES`, legal suffixes ignored, or
    :data:`_AGENCY_WORDS`): "Robert Half" and "Cypress Staffing Solutions" do, "Pfizer" does not."""
    folded = re.sub(r"\s+(?:inc|llc|corp|corporation|co|ltd|group|usa|us|na)$", "", _fold(company or ""))
    return folded in AGENCIES or _fold(company or "") in AGENCIES or bool(_AGENCY_WORDS.search(company or ""))


def _client_name(text: str, agency: str) -> str:
    for rx in _NAMED:
        for m in rx.finditer(text):
            name = re.sub(r"\s+(?:&|and|of)$", "", " ".join(m.group("name").split())).strip(" ,.")
            words = name.lower().split()
            if not words or words[0] in _NOT_NAME or is_placeholder_company(name) or is_agency(name):
                continue
            if _fold(name) == _fold(agency) or len(name) > 60:
                continue
            return name
    return ""


def placed_for(company: str | None, text: str | None) -> Placement | None:
    """The placement when ``company`` recruits for a client in ``text`` (module doc), else None.
    ``placed_for("Robert Half", "… on behalf of Pfizer …")`` → ``Placement("Robert Half", "Pfizer")``."""
    company, text = (company or "").strip(), text or ""
    if not company or not text:
        return None
    plain = bool(_PLAIN_CUES.search(text))
    if not (plain or is_agency(company)):
        return None
    client = _client_name(text, company)
    if not (plain or client or _CLIENT_CUES.search(text)):
        return None
    return Placement(company, client)
