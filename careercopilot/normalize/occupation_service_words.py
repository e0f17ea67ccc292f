"""Hospitality's service words used as titles in other fields: read by whom the work serves (issue 11, fam118).

Employers borrow the hotel's words for staff of other families — a health plan's member services agents are
"Member Concierge II", a coworking company's desktop support is its "Tech Concierge", a retailer's sales floor
"Store Experience Guide", a software vendor's support agents "Customer Support Champion". O*NET files the
reported titles by the service word (Concierges 39-6012, Tour/Travel Guides 39-7011/39-7012, Demonstrators and
Product Promoters 41-9011 for "… Ambassador") or leaves them to the word vote, so the person was read as
hospitality and the posting as travel guiding (issue-11 blind17 s14, s17; postings li-3884430432,
li-3904987439). The word before the service word names the people or field served, and that field's occupation
is the title's (families.md: "member services" and "client success/relationship" are customer support, "help desk
and desktop support" IT infrastructure, "retail sales" sales, HR generalists human resources, data analysts data
analysis). An au pair is a live-in nanny (U.S. Department of State's J-1 au pair programme: child care in a host
family's home), O*NET's Nannies 39-9011.01.

Kinds (:data:`SERVICE_WORD_KINDS`, ``(method, pattern, O*NET code)`` as ``occupation_specialties.SPECIALTIES``
reads them; the pattern runs on the lower-cased title):

* ``customer_service_word`` — members, patients, customers, clients, care, health, a plan's benefits, customer
  support/success/care/experience before concierge, ambassador, champion, hero, guide, navigator-less heads
  → 43-4051 Customer Service Representatives; "member service(s) representative/specialist/associate" too
  (O*NET: Tellers, New Accounts Clerks);
* ``tech_service_word`` — tech, technology, technical, IT, computer, desktop, device, help desk before concierge,
  ambassador, champion, hero, genius, guide, butler → 15-1232 Computer User Support Specialists;
* ``retail_service_word`` — store, retail, showroom, shop, sales floor (an "experience" between allowed) before
  guide, host, concierge → 41-2031 Retail Salespersons;
* ``people_service_word`` — HR, human resources, people, employee, onboarding before concierge, ambassador,
  champion, guide → 13-1071 Human Resources Specialists;
* ``data_service_word`` — a data steward (data governance) → 15-2051.01 Business Intelligence Analysts;
* ``au_pair`` → 39-9011.01 Nannies.

A guest's, hotel's, event's, club's, spa's or resident's concierge, a tour, river or fishing guide, a restaurant
host, a brand or security ambassador, a wine or union steward and a patient or health navigator are not matched
(their O*NET readings stand). Variant table: ``tests/unit/test_occupation_service_words.py``.
"""

from __future__ import annotations

import re

__all__ = ["SERVICE_WORD_KINDS"]

#: Service words of hospitality and personal service that employers use as titles for other work.
_HEADS = r"(?:concierges?|ambassadors?|champions?|heroe?s?|guides?|butlers?|ninjas?|genius(?:es)?|hosts?|hostess)"
#: Up to two words between the field word and the service word ("Member Services Concierge",
#: "Patient Experience Concierge", "Customer Care Ambassador").
_BETWEEN = r"(?:\s+(?!guest\b|hotel\b|event\b)[a-z&/-]+){0,2}?"

_CUSTOMER = re.compile(
    r"\b(?:members?|patients?|customers?|clients?|care|health(?:\s+plan)?|subscribers?|policyholders?|enrollees?)"
    + _BETWEEN + r"\s+(?:concierges?|ambassadors?|champions?|heroe?s?|guides?|ninjas?)\b"
    r"|\bmember\s+services?\s+(?:representative|rep|specialist|associate|advocate|agent|coordinator)s?\b")
_TECH = re.compile(r"\b(?:tech|technology|technical|it|i\.t\.|computer|desktop|devices?|help\s?desk)"
                   + _BETWEEN + r"\s+" + _HEADS + r"\b")
_RETAIL = re.compile(r"\b(?:store|retail|showroom|shop|sales floor)(?:\s+experience)?\s+(?:guides?|hosts?|hostess|"
                     r"concierges?)\b")
_PEOPLE = re.compile(r"\b(?:hr|human resources|people|employee|onboarding)" + _BETWEEN
                     + r"\s+(?:concierges?|ambassadors?|champions?|guides?)\b")
_DATA = re.compile(r"\bdata\s+stewards?(?:hip)?\b")
_AU_PAIR = re.compile(r"\bau[\s-]pairs?\b")

#: (method, pattern, O*NET code), tried in order after ``occupation_specialties``' own kinds.
SERVICE_WORD_KINDS = (
    ("tech_service_word", _TECH, "15-1232.00"),
    ("customer_service_word", _CUSTOMER, "43-4051.00"),
    ("retail_service_word", _RETAIL, "41-2031.00"),
    ("people_service_word", _PEOPLE, "13-1071.00"),
    ("data_service_word", _DATA, "15-2051.01"),
    ("au_pair", _AU_PAIR, "39-9011.01"),
)
