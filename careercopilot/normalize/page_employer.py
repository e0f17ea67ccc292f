"""The employer and job title of a posting page that has no JobPosting JSON-LD (URL import and
the job clipper's fallback path, ``connectors.jsonld.posting_from_page``).

Such a page gives three weak signals, and the host name alone is usually wrong: most postings
live on an applicant-tracking system (``boards.greenhouse.io/acme/jobs/1`` is Acme's, not
"boards.greenhouse.io"'s) or on a job board (LinkedIn, Indeed) that names the employer only in
the page title. The signals, strongest first:

1. **The URL.** ATS posting URLs carry the employer's board slug in a fixed place —
   :data:`ATS_URL_PATTERNS`, one row per system (from the systems' public posting URLs, the
   same ones our connectors read); otherwise the registrable domain of the employer's own
   site (``careers.acme.co.uk`` → ``acme``, public-suffix list through ``tld``). Job-board and
   ATS hosts without a slug give nothing.
2. **``og:site_name``**, unless it names a job board or an ATS ("LinkedIn", "Greenhouse").
3. **The page title**, split into segments at the separators sites put between title, employer,
   place and site (" | ", " – ", " — ", " - ", " @ ", ": ", " at "): a segment that matches a
   candidate from 1–2 (letters and digits compared case-insensitively, so slug ``riot-games``
   matches "Riot Games") gives the employer's spelling; on a job board, "<title> at
   <employer>" and "<employer> hiring <title>" (LinkedIn's two forms) give the employer itself.

:func:`page_identity` returns ``(title, employer)``: the title without the employer, place and
site segments; the employer as the page spells it, else the slug or domain made readable
("acme-robotics" → "Acme Robotics"), else None (the caller then says it doesn't know).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

#: (host regex, path regex with a ``slug`` group or None when the slug is in the host).
#: Sources: the public posting URLs of each system, e.g. boards.greenhouse.io/<board>/jobs/<id>,
#: job-boards(.eu).greenhouse.io/<board>/jobs/<id>, jobs(.eu).lever.co/<site>/<uuid>,
#: jobs.ashbyhq.com/<org>/<uuid>, <tenant>.wd<N>.myworkdayjobs.com/<site>/job/…,
#: jobs.smartrecruiters.com/<Company>/<id>, apply.workable.com/<account>/j/<id>,
#: <sub>.bamboohr.com/careers/<id>, <sub>.recruitee.com/o/<slug>, <sub>.breezy.hr/p/<id>,
#: <sub>.jobs.personio.de/job/<id>, <sub>.teamtailor.com/jobs/<id>, <sub>.applytojob.com/apply/…
#: (JazzHR), jobs.jobvite.com/<company>/job/<id>, <sub>.pinpointhq.com/postings/<id>,
#: ats.rippling.com/<company>/jobs/<id>, wellfound.com/company/<slug>/jobs/<id>,
#: careers-<sub>.icims.com/jobs/<id>.
ATS_URL_PATTERNS: tuple[tuple[str, str | None], ...] = (
    (r"(?:boards|job-boards)(?:\.eu)?\.greenhouse\.io", r"^/(?:embed/job_app\?for=)?(?P<slug>[\w.-]+)"),
    (r"jobs(?:\.eu)?\.lever\.co", r"^/(?P<slug>[\w.-]+)"),
    (r"jobs\.ashbyhq\.com", r"^/(?P<slug>[\w.%-]+)"),
    (r"jobs\.smartrecruiters\.com", r"^/(?P<slug>[\w.-]+)"),
    (r"apply\.workable\.com", r"^/(?P<slug>[\w.-]+)"),
    (r"jobs\.jobvite\.com", r"^/(?P<slug>[\w.-]+)"),
    (r"ats\.rippling\.com", r"^/(?P<slug>[\w.-]+)"),
    (r"(?:www\.)?wellfound\.com", r"^/company/(?P<slug>[\w.-]+)"),
    (r"(?P<slug>[\w-]+)\.wd\d+\.myworkdayjobs\.com", None),
    (r"(?P<slug>[\w-]+)\.bamboohr\.com", None),
    (r"(?P<slug>[\w-]+)\.recruitee\.com", None),
    (r"(?P<slug>[\w-]+)\.breezy\.hr", None),
    (r"(?P<slug>[\w-]+)\.jobs\.personio\.(?:de|com)", None),
    (r"(?P<slug>[\w-]+)\.teamtailor\.com", None),
    (r"(?P<slug>[\w-]+)\.applytojob\.com", None),
    (r"(?P<slug>[\w-]+)\.pinpointhq\.com", None),
    (r"careers-(?P<slug>[\w-]+)\.icims\.com", None),
)

#: Registrable domains of job boards and ATS vendors: never the employer.
BOARD_DOMAINS = frozenset({
    "linkedin.com", "indeed.com", "glassdoor.com", "ziprecruiter.com", "monster.com", "simplyhired.com",
    "dice.com", "careerbuilder.com", "wellfound.com", "angel.co", "weworkremotely.com", "remoteok.com",
    "remotive.com", "himalayas.app", "jobicy.com", "builtin.com", "otta.com", "welcometothejungle.com",
    "stepstone.de", "xing.com", "reed.co.uk", "totaljobs.com", "seek.com.au", "naukri.com",
    "greenhouse.io", "lever.co", "ashbyhq.com", "myworkdayjobs.com", "myworkdaysite.com", "workday.com",
    "smartrecruiters.com", "workable.com", "bamboohr.com", "recruitee.com", "breezy.hr", "personio.de",
    "personio.com", "teamtailor.com", "applytojob.com", "jobvite.com", "pinpointhq.com", "rippling.com",
    "icims.com", "taleo.net", "successfactors.com", "oraclecloud.com", "jazzhr.com", "join.com",
})

_BOARD_LABELS = frozenset(d.split(".", 1)[0] for d in BOARD_DOMAINS) - {"join"}

#: ``og:site_name`` / title segments that name a board or ATS, not an employer (compared as keys).
BOARD_NAMES = frozenset({
    "linkedin", "linkedinjobs", "indeed", "indeedcom", "glassdoor", "ziprecruiter", "monster", "wellfound",
    "greenhouse", "lever", "ashby", "workday", "myworkdayjobs", "smartrecruiters", "workable", "bamboohr",
    "recruitee", "breezy", "breezyhr", "personio", "teamtailor", "jazzhr", "jobvite", "icims", "rippling",
    "weworkremotely", "remoteok", "remotive", "himalayas", "builtin", "careers", "jobs", "career", "jobboard",
})

_SEPARATORS = re.compile(r"\s+(?:\||–|—|-|@|·|•)\s+|\s*:\s+|\s+\|\s*|\s*\|\s+")


def key(text: str | None) -> str:
    """Letters and digits of ``text``, lower-cased: "Riot Games" / "riot-games" → "riotgames"."""
    return re.sub(r"[\W_]+", "", (text or "").casefold())


def readable(slug: str) -> str:
    """A URL slug as a name: "acme-robotics" → "Acme Robotics" (a slug keeps no casing); a lone
    word of two or three letters is taken for initials: "bah" → "BAH", "ibm" → "IBM"."""
    words = [w for w in re.split(r"[-_.+\s%20]+", slug) if w]
    if len(words) == 1 and words[0].isalpha() and 2 <= len(words[0]) <= 3:
        return words[0].upper()
    return " ".join(w if any(c.isupper() for c in w) else w.capitalize() for w in words)


def _registrable(host: str) -> tuple[str, str] | None:
    """(registrable domain, its label) of ``host`` by the public-suffix list, or None (an IP,
    localhost, an unknown suffix)."""
    from tld import get_tld
    from tld.exceptions import TldBadUrl, TldDomainNotFound

    try:
        res = get_tld(f"http://{host}", as_object=True)
    except (TldBadUrl, TldDomainNotFound, ValueError):
        return None
    return res.fld, res.domain


def company_from_url(url: str) -> tuple[str | None, bool]:
    """``(employer slug or domain label, is_board)`` for a posting URL.

    ``is_board`` is True when the host belongs to a job board or an ATS (then only a slug from
    :data:`ATS_URL_PATTERNS` names the employer). Never raises; an unparseable URL → (None, False).
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return None, False
    host = (parts.hostname or "").rstrip(".").lower()
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    for host_re, path_re in ATS_URL_PATTERNS:
        m = re.fullmatch(host_re, host)
        if not m:
            continue
        if path_re is None:
            return m.group("slug"), True
        pm = re.match(path_re, path)
        slug = pm.group("slug") if pm else None
        return (slug if slug and key(slug) not in BOARD_NAMES else None), True
    reg = _registrable(host)
    if reg is None:
        return None, False
    fld, label = reg
    if fld in BOARD_DOMAINS or label in _BOARD_LABELS:  # glassdoor.co.uk, uk.indeed.com, indeed.de
        return None, True
    return label, False


def _segments(title: str) -> list[str]:
    return [s.strip() for s in _SEPARATORS.split(title) if s and s.strip()]


_SITE_SUFFIX = re.compile(r"[\s:|–—-]+(?:careers?|jobs|job board|recruiting|talent|hiring)$", re.I)
_PREFIX = re.compile(r"^(?:job application for|application for|apply for|apply now:?|job:|vacancy:)\s+", re.I)


def page_identity(url: str, *, title: str | None, site_name: str | None) -> tuple[str | None, str | None]:
    """``(job title, employer)`` of a page without JSON-LD (module doc); either may be None.

    >>> page_identity("https://boards.greenhouse.io/stripe/jobs/1",
    ...               title="Job Application for Backend Engineer at Stripe", site_name=None)
    ('Backend Engineer', 'Stripe')
    """
    slug, is_board = company_from_url(url)
    site_name = _SITE_SUFFIX.sub("", site_name or "").strip() or None  # "Initech Careers" → "Initech"
    # a site name is written by people ("Riot Games"), a slug for URLs ("riotgames"): it goes first
    candidates = [c for c in (site_name, slug) if c and key(c) and key(c) not in BOARD_NAMES]
    wanted = {key(c) for c in candidates}
    segments = [s for s in _segments(re.sub(r"\s+", " ", title or "").strip())
                if key(s) not in BOARD_NAMES and not key(s).startswith("linkedin")]
    employer = next((s for s in segments if key(s) in wanted), None)
    if employer is not None:
        segments = [s for s in segments if key(s) not in wanted]
    else:
        employer, segments = _employer_in_phrase(segments, wanted if candidates else None)
    if employer is None and candidates:
        c = candidates[0]
        employer = readable(c) if c == slug and c == c.lower() else c
    if employer is None and is_board and len(segments) >= 3:
        employer = segments.pop(1)  # boards' "<title> - <employer> - <place>" (Indeed)
    job_title = _title_from(segments, title or "")
    return job_title, employer


def _title_from(segments: list[str], title: str) -> str | None:
    """The first remaining segment, joined with the next when the page title shows them joined
    by " | " and the next is no place ("Automation Engineer | 2026 Graduate")."""
    if not segments:
        return None
    first = _PREFIX.sub("", segments[0]).strip() or None
    if (first and len(segments) > 1 and "," not in segments[1] and not _looks_like_place(segments[1])
            and f"{segments[0]} | {segments[1]}" in title):
        return f"{first} | {segments[1]}"
    return first


def _employer_in_phrase(segments: list[str], wanted: set[str] | None) -> tuple[str | None, list[str]]:
    """"<employer> hiring <title> in <place>" (LinkedIn) or "<title> at <employer>": the employer
    and the segments with it taken out. With ``wanted`` (candidate keys from the URL or
    ``og:site_name``) only a matching employer counts, so "Head of Growth at Scale" on
    ``scale.com`` reads right and a title's own "at" on an employer's site is left alone."""
    for i, s in enumerate(segments):
        m = re.match(r"^(?P<employer>.+?) hiring (?P<title>.+?)(?: in (?P<place>.+))?$", s)
        if m and (wanted is None or key(m.group("employer")) in wanted):
            return m.group("employer"), segments[:i] + [m.group("title")] + segments[i + 1:]
    for i in range(len(segments) - 1, -1, -1):
        m = re.match(r"^(?P<title>.+) at (?P<employer>[^,]+)$", segments[i])
        if m and (wanted is None or key(m.group("employer")) in wanted):
            return m.group("employer"), segments[:i] + [m.group("title")] + segments[i + 1:]
    return None, segments


def _looks_like_place(segment: str) -> bool:
    return bool(re.search(r"\b(remote|hybrid|on-?site)\b", segment, re.I))
