"""The product's main job, end to end in chromium against the production build.

Sign up → upload a real-looking resume PDF (ligatures, a two-column section) → ranked
postings from the recorded real payloads, with explanations → open the top match, see
matched/missing skills → save → move to applied → note + follow-up date → board,
dashboard and analytics funnel show it → CSV export carries its stage history → log out,
log in, everything is still there. A second user sees none of it. Screenshots of every
step land in ``test-results/e2e/journey/``.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from datetime import date
from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.pages import DEFAULT_PASSWORD, LoginPage, SignupPage, move_card
from tests.fixtures.resumes.make_fixtures import find_unicode_font

SHOTS = Path(__file__).resolve().parents[2] / "test-results" / "e2e" / "journey"
#: First scoring loads the embedding model in the app process and embeds the feed.
SCORING_TIMEOUT_MS = 240_000


def _resume_pdf() -> bytes:
    """A backend engineer's resume: ligatures (ﬁ, ﬂ) and a two-column skills section."""
    from fpdf import FPDF

    font = find_unicode_font()
    assert font, "a Unicode TTF font is needed to write ligature glyphs"
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.add_font("U", "", font)
    pdf.set_font("U", size=11)
    lines = [
        "Alex Example — Senior Backend Engineer",
        "alex.example@example.org · +49 30 1234567 · Berlin, Germany",
        "Summary",
        "Backend engineer with 8 years of experience building proﬁtable, high-trafﬁc APIs.",
        "Experience",
        "Senior Backend Engineer, Acme GmbH, 2019 – Present",
        "Built Python microservices with Django and FastAPI on PostgreSQL and Redis; ran them on",
        "Kubernetes (k8s) with Docker; designed REST APIs and a ﬂeet of background workers.",
        "Software Engineer, Example AG, 2016 – 2019: Go services, AWS, CI/CD, Terraform.",
    ]
    for line in lines:
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y = pdf.get_y()
    left = ["Skills", "Python", "Django", "PostgreSQL", "Redis"]
    right = ["Tools", "Kubernetes", "Docker", "AWS", "Terraform"]
    for i, (a, b) in enumerate(zip(left, right)):
        pdf.text(15, y + 7 * i, a)
        pdf.text(110, y + 7 * i, b)
    return bytes(pdf.output())


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_job_seeker_journey(new_page, tmp_path):
    page, _log = new_page()
    email = f"journey-{uuid.uuid4().hex[:8]}@example.com"

    # 1. sign up
    SignupPage(page).open().signup_ok(email)
    _shot(page, "01-dashboard-empty")

    # 2. upload the resume PDF
    resume = tmp_path / "alex-resume.pdf"
    resume.write_bytes(_resume_pdf())
    page.goto("/resume")
    page.locator("#resume-upload input[type=file]").set_input_files(str(resume))
    page.locator("#resume-upload-button").click()
    expect(page.locator("#resume-skills")).to_contain_text("Python", timeout=60_000)
    expect(page.locator("#resume-skills")).to_contain_text("Kubernetes")
    expect(page.locator("#resume-text")).to_have_value(re.compile("profitable, high-traffic"))
    _shot(page, "02-resume-parsed")

    # 3. ranked postings from the recorded payloads, with explanations
    page.goto("/jobs")
    cards = page.locator("#job-list [id^=job-card-]")
    expect(cards.first).to_be_visible(timeout=SCORING_TIMEOUT_MS)
    # while the first ranking runs the postings are listed unranked: wait for the ranking
    expect(page.locator("#jobs-scoring")).to_have_count(0, timeout=SCORING_TIMEOUT_MS)
    assert cards.count() >= 5
    _shot(page, "03-ranked-jobs")

    # 4. open the top match: matched and missing skills
    top_title = page.locator("#job-list [id^=job-link-]").first.inner_text()
    page.locator("#job-list [id^=job-link-]").first.click()
    expect(page.locator("#job-title")).to_have_text(top_title, timeout=60_000)
    expect(page.locator("#job-score").first).to_be_visible()
    expect(page.locator("#matched-skills")).to_be_visible()
    expect(page.locator("#missing-skills")).to_be_visible()
    expect(page.locator("#apply-link")).to_have_attribute("href", re.compile(r"^https?://"))
    _shot(page, "04-job-detail")

    # 5. save it
    page.locator("#save-button").click()
    expect(page.locator("#saved-badge")).to_be_visible()

    # 6. move it to applied on the board
    page.goto("/applications")
    card = page.locator("#board [id^=app-card-]").first
    expect(card).to_contain_text(top_title, timeout=30_000)
    app_id = card.get_attribute("id").removeprefix("app-card-")
    move_card(page, app_id, "applied")
    expect(page.locator(f"#stage-column-applied #app-card-{app_id}")).to_be_visible()
    _shot(page, "05-board-applied")

    # 7. a note and a follow-up date (today, in the user's time zone: UTC by default)
    page.goto(f"/applications/{app_id}")
    expect(page.locator("#detail-title")).to_have_text(top_title)
    page.locator("#notes-input").fill("Referred by **Sam**. <script>alert(1)</script>")
    page.locator("#notes-save").click()
    expect(page.locator("#notes-rendered strong")).to_have_text("Sam")
    assert page.locator("#notes-rendered script").count() == 0
    page.locator("#follow-up-input").fill(date.today().isoformat())
    page.locator("#details-save").click()
    expect(page.locator("#detail-follow-up-badge")).to_contain_text(re.compile("due today", re.I))
    expect(page.locator("#stage-history")).to_contain_text("applied")
    _shot(page, "06-application-detail")

    # 8. dashboard and analytics show it
    page.goto("/dashboard")
    expect(page.locator("#pipeline-counts")).to_contain_text("applied")
    _shot(page, "07-dashboard")
    page.goto("/analytics")
    expect(page.locator("#funnel-rates")).to_be_visible(timeout=30_000)
    expect(page.locator("#metric-total")).to_contain_text("1")
    _shot(page, "08-analytics")

    # 9. the CSV export carries the application and its stage history
    page.goto("/applications")
    with page.expect_download() as dl:
        page.locator("#export-csv").click()
    text = Path(dl.value.path()).read_text("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    mine = [r for r in rows if r.get("title") == top_title]
    assert mine, f"exported CSV lacks {top_title!r}: {text[:500]}"
    history = " ".join(mine[0].values())
    assert "saved" in history and "applied" in history

    # 10. log out, log in: everything is still there
    page.goto("/dashboard")
    page.locator("#logout-button").click()
    LoginPage(page).expect_loaded().login_ok(email, DEFAULT_PASSWORD)
    page.goto("/applications")
    expect(page.locator(f"#stage-column-applied #app-card-{app_id}")).to_be_visible(timeout=30_000)
    page.goto("/resume")
    expect(page.locator("#resume-skills")).to_contain_text("Python", timeout=30_000)
    _shot(page, "09-after-relogin")

    # 11. a second user sees none of it
    other, _ = new_page()
    SignupPage(other).open().signup_ok(f"other-{uuid.uuid4().hex[:8]}@example.com")
    other.goto("/applications")
    expect(other.locator("#page-title")).to_have_text("Applications")
    other.wait_for_timeout(1500)
    assert other.locator("[id^=app-card-]").count() == 0
    other.goto(f"/applications/{app_id}")
    expect(other.locator("#detail-not-found")).to_be_visible(timeout=30_000)
    other.goto("/resume")
    expect(other.locator("#resume-empty")).to_be_visible(timeout=30_000)
    _shot(other, "10-second-user")
