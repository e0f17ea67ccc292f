"""Pure normalization functions for job postings (no db/models/reflex/
connectors/services imports).

Only this package's own public functions are re-exported here; the skills/
documents/resume_fields modules are imported directly by their users.
"""

from .dates import parse_posted_at, parse_posted_before
from .dedupe import canonical_url, company_key, content_hash, dedupe_key, is_same_posting, title_key
from .html import clean_html
from .location import Location, country_to_alpha2, parse_location
from .posting import NormalizedPosting, normalize_employment_type, normalize_posting
from .salary import Salary, annualize
from .salary_amounts import find_salary_in_text
from .salary_payloads import parse_salary
from .visa import VisaSponsorship, detect_visa_sponsorship

__all__ = [
    "Location",
    "NormalizedPosting",
    "Salary",
    "VisaSponsorship",
    "annualize",
    "canonical_url",
    "clean_html",
    "company_key",
    "content_hash",
    "country_to_alpha2",
    "dedupe_key",
    "detect_visa_sponsorship",
    "find_salary_in_text",
    "is_same_posting",
    "normalize_employment_type",
    "normalize_posting",
    "parse_location",
    "parse_posted_at",
    "parse_posted_before",
    "parse_salary",
    "title_key",
]
