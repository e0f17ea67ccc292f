"""The seeded site every route sweep visits (the axe sweep, the design checks): ONE admin per e2e
session with a resume, ranked postings, one application, one posting and one writing document.

* :data:`VISITS` — route → (URL template, needs a session) for every route of ``routes.PAGES``;
  ``{posting}``, ``{application}``, ``{document}`` are filled from :func:`site`.
* ``site`` (session fixture, registered in ``tests/e2e/conftest.py``) — ``{"state": <storage
  state file of the admin's session>, "posting", "application", "document", "email"}``.

The admin's stored scores are marked as other-profession matches (:data:`_FORCE_STATES`), so
Jobs shows the profession-gap banner; Preferences has one unresolved free-text place.

Every table of the app has a row (:data:`_SEED_TABLES`: an API token, a linked sign-in provider and
a generation in Settings, an LLM provider in Admin), so the 390 px checks measure real cards. The
provider is not the default: the instance still writes with the offline writer.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import expect

from careercopilot import routes
from tests.e2e.pages import DEFAULT_PASSWORD, LoginPage, unique_email
from tests.e2e.test_writing import RESUME
from tests.support import services

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / ".tools" / "axe" / "node_modules" / "axe-core" / "axe.min.js"

#: route → (URL template, needs a session). ``{posting}``, ``{application}``, ``{document}``
#: are filled from the seeded data.
VISITS: dict[str, tuple[str, bool]] = {
    routes.INDEX: ("/", False),
    routes.LOGIN: ("/login", False),
    routes.SIGNUP: ("/signup", False),
    routes.NOT_FOUND: ("/no-such-page", False),
    routes.DASHBOARD: ("/dashboard", True),
    routes.JOBS: ("/jobs", True),
    routes.JOB_DETAIL: ("/jobs/{posting}", True),
    routes.APPLICATIONS: ("/applications", True),
    routes.APPLICATION_DETAIL: ("/applications/{application}", True),
    routes.RESUME: ("/resume", True),
    routes.PREFERENCES: ("/preferences", True),
    routes.SETTINGS: ("/settings", True),
    routes.SOURCES: ("/sources", True),
    routes.ANALYTICS: ("/analytics", True),
    routes.ADMIN: ("/admin", True),
    routes.WRITING_DOCUMENT: ("/writing/{document}", True),
    routes.OUTBOX: ("/outbox", True),
    routes.ALERTS: ("/alerts", True),
    routes.INBOX: ("/inbox", True),
    routes.FORGOT: ("/forgot", False),
    routes.RESET: ("/reset?token=not-a-valid-token", False),
}

_MAKE_DOCUMENT = """
from careercopilot.db import session_scope
from careercopilot.models import User
from careercopilot.services import writing_documents as docs
from sqlmodel import select
with session_scope() as s:
    user = s.exec(select(User).where(User.email == {email!r})).one()
    doc = docs.create_document(session=s, user_id=user.id, kind="cover_letter", posting_id={posting})
    docs.add_version(session=s, doc=doc, text="Dear hiring team, I would like to apply.", source="edit")
    doc.status = "ready"
    s.add(doc)
    s.flush()
    print("DOC", doc.id)
"""


_FORCE_STATES = """
from careercopilot.db import session_scope
from careercopilot.models import MatchScore, Preference, User
from sqlmodel import select
with session_scope() as s:
    user = s.exec(select(User).where(User.email == {email!r})).one()
    rows = s.exec(select(MatchScore).where(MatchScore.user_id == user.id)).all()
    assert rows, "no scores yet"
    for row in rows:  # the profession-gap banner: none of the scored postings is of the person's family
        row.explanation = dict(row.explanation or {{}}, occupation_relation="other", person_family="nursing")
        s.add(row)
    pref = s.exec(select(Preference).where(Preference.user_id == user.id)).first()
    if pref is None:
        pref = Preference(user_id=user.id)
    pref.unresolved_locations = ["Atlantis"]  # a free-text place from before places existed
    s.add(pref)
    print("FORCED", len(rows))
"""


#: One row for each table that is empty on a new account (long values: they must wrap on a phone).
_SEED_TABLES = """
from careercopilot.db import session_scope
from careercopilot.models import GenerationLog, LLMProvider, User
from careercopilot.models.identity import UserIdentity
from careercopilot.services import api_tokens
from sqlmodel import select
with session_scope() as s:
    user = s.exec(select(User).where(User.email == {email!r})).one()
    api_tokens.create_token(session=s, user_id=user.id, name="Laptop script that syncs my applications nightly",
                            scopes="postings:read applications:write documents:read", expires_in_days=30)
    s.add(UserIdentity(user_id=user.id, provider="github", subject=f"seeded-{{user.id}}",
                       email="alexandra.montgomery-fitzgerald@very-long-company-domain.example.com"))
    s.add(GenerationLog(user_id=user.id, document_id={document}, provider="Self-hosted Llama on the team GPU box",
                        model="meta-llama/Meta-Llama-3.1-70B-Instruct-Q4_K_M", tokens_in=1834, tokens_out=612,
                        latency_ms=41250, outcome="rate_limited"))
    if s.exec(select(LLMProvider).where(LLMProvider.name == "Seeded team GPU box")).first() is None:
        s.add(LLMProvider(name="Seeded team GPU box", wire="openai", is_default=False,
                          base_url="https://llm-gateway.internal.very-long-company-domain.example.com/openai/v1",
                          model="meta-llama/Meta-Llama-3.1-70B-Instruct-Q4_K_M"))
    print("SEEDED")
"""


def _cli(app_server, *args: str) -> str:
    out = subprocess.run([services.python(), *args], cwd=app_server.cwd, env=app_server.env, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout


@pytest.fixture(scope="session")
def site(app_server, browser, tmp_path_factory):
    """An admin with a resume and a session (storage state file), an application, a posting and a document."""
    assert AXE_JS.is_file(), "axe-core missing: run `make axe` (scripts/test.sh does)"
    email = unique_email("a11y-admin")
    _cli(app_server, "-m", "careercopilot", "create-user", email, "--password", DEFAULT_PASSWORD, "--admin")
    context = browser.new_context(base_url=app_server.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30_000)
    page = context.new_page()
    LoginPage(page).open().login_ok(email, DEFAULT_PASSWORD)
    page.goto("/applications")
    expect(page.locator("#manual-company")).to_be_visible()
    page.wait_for_load_state("networkidle")
    page.fill("#manual-company", "Axe Labs")
    page.fill("#manual-title", "Accessibility Engineer")
    page.click("#manual-submit")
    card = page.locator("#board [id^=app-card-]").first
    expect(card).to_be_visible()
    application = (card.get_attribute("id") or "").rsplit("-", 1)[-1]
    # a contact with a long email: the 390 px check of the application page (stranger trial, session 7)
    page.goto(f"/applications/{application}")
    expect(page.locator("#contact-name")).to_be_visible()
    page.wait_for_load_state("networkidle")
    page.fill("#contact-name", "Alexandra Montgomery-Fitzgerald")
    page.fill("#contact-role", "Senior Technical Recruiter")
    page.fill("#contact-email", "alexandra.montgomery-fitzgerald.recruiting@very-long-company-domain.example.com")
    page.click("#contact-add")
    expect(page.locator("#contacts-list .contact-row")).to_have_count(1)
    resume = tmp_path_factory.mktemp("a11y-resume") / "jordan-avery.txt"
    resume.write_text(RESUME, encoding="utf-8")
    page.goto("/resume")
    page.locator("#resume-upload input[type=file]").set_input_files(str(resume))
    page.locator("#resume-upload-button").click()
    expect(page.locator("#resume-skills")).to_contain_text("Python", timeout=60_000)
    page.goto("/jobs")
    link = page.locator("#job-list [id^=job-link-]").first
    expect(link).to_be_visible(timeout=180_000)  # the first scoring loads the model (a minute on a busy machine)
    # ranked: the profession-gap state needs the admin's scores (a busy machine takes minutes)
    expect(page.locator("#jobs-scoring")).to_have_count(0, timeout=300_000)
    expect(page.locator("#jobs-legend")).to_be_visible(timeout=60_000)
    posting = (link.get_attribute("id") or "").rsplit("-", 1)[-1]
    _cli(app_server, "-c", _FORCE_STATES.format(email=email))
    out = _cli(app_server, "-c", _MAKE_DOCUMENT.format(email=email, posting=int(posting)))
    document = out.rsplit("DOC", 1)[1].strip()
    _cli(app_server, "-c", _SEED_TABLES.format(email=email, document=int(document)))
    state = tmp_path_factory.mktemp("a11y") / "state.json"
    context.storage_state(path=str(state))
    context.close()
    return {"state": str(state), "posting": posting, "application": application, "document": document,
            "email": email}
