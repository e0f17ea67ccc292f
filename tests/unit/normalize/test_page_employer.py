"""The employer and title of a posting page without JSON-LD (normalize/page_employer.py): ATS
posting URLs name the employer by their board slug, job boards in the page title, employers'
own sites by their registrable domain — never the ATS's or board's host name."""

from __future__ import annotations

import pytest

from careercopilot.connectors.jsonld import posting_from_page
from careercopilot.normalize.page_employer import company_from_url, page_identity

SLUGS = [  # (posting URL, slug, on an ATS/board host)
    ("https://boards.greenhouse.io/stripe/jobs/6543210", "stripe", True),
    ("https://job-boards.greenhouse.io/airbnb/jobs/7654321?gh_jid=7654321", "airbnb", True),
    ("https://job-boards.eu.greenhouse.io/n26/jobs/4400001", "n26", True),
    ("https://boards.greenhouse.io/embed/job_app?for=figma&token=123", "figma", True),
    ("https://jobs.lever.co/palantir/3f1c7c2e-1b5a-4c1e-9c1e-1a2b3c4d5e6f", "palantir", True),
    ("https://jobs.eu.lever.co/voodoo/aa-bb", "voodoo", True),
    ("https://jobs.ashbyhq.com/ramp/7b7c5d1e-0000-4000-8000-000000000000", "ramp", True),
    ("https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/Engineer_JR1", "nvidia", True),
    ("https://jobs.smartrecruiters.com/Visa/743999", "Visa", True),
    ("https://apply.workable.com/hugging-face/j/ABC123/", "hugging-face", True),
    ("https://acme.bamboohr.com/careers/42", "acme", True),
    ("https://tulip.recruitee.com/o/backend-engineer", "tulip", True),
    ("https://mixmax.breezy.hr/p/1a2b3c-engineer", "mixmax", True),
    ("https://celonis.jobs.personio.de/job/1234", "celonis", True),
    ("https://epidemic.teamtailor.com/jobs/1-engineer", "epidemic", True),
    ("https://grovo.applytojob.com/apply/abc/Engineer", "grovo", True),
    ("https://jobs.jobvite.com/splunk/job/o1a2b3", "splunk", True),
    ("https://careers-acmehealth.icims.com/jobs/1234/nurse/job", "acmehealth", True),
    ("https://wellfound.com/company/kalshi/jobs/123-engineer", "kalshi", True),
    ("https://www.linkedin.com/jobs/view/3900000000/", None, True),
    ("https://uk.indeed.com/viewjob?jk=abc", None, True),
    ("https://www.glassdoor.co.uk/job-listing/engineer-acme-JV_IC1.htm", None, True),
    ("https://de.indeed.com/viewjob?jk=abc", None, True),
    ("https://careers.google.com/jobs/results/123", "google", False),
    ("https://careers.acme.co.uk/jobs/7", "acme", False),
    ("https://jobs.example-startup.io/1", "example-startup", False),
    ("https://www.riotgames.com/en/work-with-us/job/123", "riotgames", False),
    ("http://127.0.0.1:8123/job.html", None, False),
    ("not a url", None, False),
]


@pytest.mark.parametrize("url,slug,board", SLUGS)
def test_slug_of_posting_urls(url, slug, board):
    got_slug, got_board = company_from_url(url)
    assert got_slug == slug
    if slug is not None or board:
        assert got_board is board


TITLES = [  # (URL, page title, og:site_name, expected title, expected employer)
    ("https://boards.greenhouse.io/stripe/jobs/1", "Job Application for Backend Engineer at Stripe", None,
     "Backend Engineer", "Stripe"),
    ("https://jobs.lever.co/acme-robotics/0b6c", "Acme Robotics - Senior Controls Engineer", "Acme Robotics",
     "Senior Controls Engineer", "Acme Robotics"),
    ("https://jobs.ashbyhq.com/ramp/abc", "Senior Engineer @ Ramp", None, "Senior Engineer", "Ramp"),
    ("https://www.linkedin.com/jobs/view/1",
     "Entry-Level Automation Engineer | 2026 Graduate at Atos — Amstelveen, North Holland, Netherlands | LinkedIn Jobs",
     "LinkedIn", "Entry-Level Automation Engineer | 2026 Graduate", "Atos"),
    ("https://www.linkedin.com/jobs/view/2", "Globex hiring Data Analyst in Berlin, Germany | LinkedIn", "LinkedIn",
     "Data Analyst", "Globex"),
    ("https://www.indeed.com/viewjob?jk=1", "Registered Nurse - Mercy Health - Cincinnati, OH | Indeed.com", None,
     "Registered Nurse", "Mercy Health"),
    ("https://www.riotgames.com/en/work-with-us/job/1", "APAC Esports Partnership Manager | Riot Games", "Riot Games",
     "APAC Esports Partnership Manager", "Riot Games"),
    ("https://fin.ai/careers/1", "Fin: Solutions Architect -Spanish Speaking", None,
     "Solutions Architect -Spanish Speaking", "Fin"),
    ("https://careers.acme.co.uk/jobs/7", "Senior Engineer", None, "Senior Engineer", "Acme"),
    ("https://nvidia.wd5.myworkdayjobs.com/x/job/y", "Senior GPU Architect", "Workday", "Senior GPU Architect", "Nvidia"),
    ("https://scale.com/careers/1", "Head of Growth at Scale", None, "Head of Growth", "Scale"),
    # a title's own " at " on an employer's site whose name differs is kept whole
    ("https://example-startup.io/jobs/1", "Head of Growth at Scale", None, "Head of Growth at Scale", "Example Startup"),
    ("https://jobs.smartrecruiters.com/Visa/1", "Staff Data Engineer", None, "Staff Data Engineer", "Visa"),
    ("https://bah.wd1.myworkdayjobs.com/BAH_Jobs/job/x", "Systems Administrator Intern", None,
     "Systems Administrator Intern", "BAH"),
    ("https://initech.example/jobs/2", "Backend Engineer (Go)", "Initech Careers", "Backend Engineer (Go)", "Initech"),
    ("https://umbrella.example/jobs/3", "Chemist | Umbrella Corp", "Umbrella Corp - Jobs", "Chemist", "Umbrella Corp"),
]


@pytest.mark.parametrize("url,title,site_name,want_title,want_employer", TITLES)
def test_title_and_employer_of_pages(url, title, site_name, want_title, want_employer):
    assert page_identity(url, title=title, site_name=site_name) == (want_title, want_employer)


_PAGE = """<!doctype html><html><head><title>{title}</title>{og}</head><body><main><h1>{h1}</h1>
<p>We are looking for an engineer to build and run our payment systems. You will design services,
review code, mentor colleagues and own production reliability for systems used by millions.</p>
<p>Requirements: five years of backend experience, Python or Go, PostgreSQL, and clear writing.</p>
</main></body></html>"""


@pytest.mark.parametrize("url,title,og,company,job_title", [
    ("https://boards.greenhouse.io/stripe/jobs/1", "Job Application for Backend Engineer at Stripe", "",
     "Stripe", "Backend Engineer"),
    ("https://www.linkedin.com/jobs/view/9", "Globex hiring Backend Engineer in Berlin, Germany | LinkedIn",
     '<meta property="og:site_name" content="LinkedIn">', "Globex", "Backend Engineer"),
    ("https://jobs.lever.co/initech/1", "Initech - Backend Engineer", "", "Initech", "Backend Engineer"),
])
def test_url_import_fallback_names_the_employer_not_the_ats(url, title, og, company, job_title):
    """The path URL import and the clipper take for a page without JSON-LD: before, the company
    was the host ("boards.greenhouse.io", "linkedin.com") or og:site_name ("LinkedIn")."""
    raw = posting_from_page(_PAGE.format(title=title, og=og, h1=job_title), url=url)
    assert (raw.company, raw.title) == (company, job_title)
