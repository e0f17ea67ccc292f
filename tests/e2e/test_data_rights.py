"""Data rights in the production build, as a person does it: download an uploaded resume file,
export everything from Settings (progress, then a link; the zip holds the rows, the contacts and
the file), request deletion (signed out, told when), sign in again (told it is undone)."""

from __future__ import annotations

import csv
import io
import json
import zipfile

from playwright.sync_api import expect

from tests.e2e.pages import DEFAULT_PASSWORD, LoginPage, SettingsPage, SignupPage, unique_email

RESUME = """Robin Vale
robin.vale@example.org
Senior Backend Engineer, Acme Corp (2019 - 2025)
Built Python services on PostgreSQL and Kubernetes; led a team of four engineers.
Skills: Python, PostgreSQL, Kubernetes, Docker, Redis
"""


def test_export_download_and_delete(page, tmp_path):
    email = unique_email("rights")
    SignupPage(page).open().signup_ok(email)

    # the uploaded resume comes back byte for byte from the Resume page
    resume = tmp_path / "robin-vale.txt"
    resume.write_text(RESUME, encoding="utf-8")
    page.goto("/resume")
    page.locator("#resume-upload input[type=file]").set_input_files(str(resume))
    page.locator("#resume-upload-button").click()
    expect(page.locator("#resume-skills")).to_contain_text("Python", timeout=60_000)
    with page.expect_download() as dl:
        page.locator("[id^=resume-download-]").first.click()
    assert dl.value.suggested_filename == "robin-vale.txt"
    assert open(dl.value.path(), "rb").read() == resume.read_bytes()

    # a contact, so the export has one
    page.goto("/applications")
    expect(page.locator("#stage-column-saved")).to_be_visible(timeout=30_000)
    page.wait_for_timeout(500)
    page.fill("#manual-company", "Rights Corp")
    page.fill("#manual-title", "Data Engineer")
    page.click("#manual-submit")
    card = page.locator("#stage-column-saved [id^=app-card-]")
    expect(card).to_have_count(1, timeout=15_000)
    page.click(f"#app-link-{(card.get_attribute('id') or '').rsplit('-', 1)[-1]}")
    page.fill("#contact-name", "Dana Recruiter")
    page.fill("#contact-email", "dana@rights.example")
    page.click("#contact-add")
    expect(page.locator("#contacts-list")).to_contain_text("Dana Recruiter", timeout=15_000)

    # export from Settings: a zip with the rows (JSON + CSV) and the original file
    settings = SettingsPage(page).open()
    download = settings.export_data()
    assert download.suggested_filename.startswith("careercopilot-export-") and download.suggested_filename.endswith(".zip")
    zf = zipfile.ZipFile(download.path())
    doc = json.loads(zf.read("data.json"))
    assert doc["account"]["email"] == email and doc["tables"]["application"][0]["company"] == "Rights Corp"
    contacts = list(csv.DictReader(io.StringIO(zf.read("csv/contact.csv").decode())))
    assert [(c["name"], c["email"]) for c in contacts] == [("Dana Recruiter", "dana@rights.example")]
    assert zf.read(doc["files"][0]["path"]) == resume.read_bytes()
    expect(page.locator("#data-export-link")).to_be_visible()   # the link stays until it expires
    page.reload()
    expect(page.locator("#data-export-link")).to_be_visible(timeout=30_000)

    # a wrong password changes nothing
    settings.delete_account("not my password at all")
    expect(page.locator("#data-delete-error")).to_contain_text("incorrect", timeout=20_000)
    # the right one signs out and says when the account goes
    settings.delete_account(DEFAULT_PASSWORD)
    login = LoginPage(page).expect_loaded()
    login.expect_notice("will be deleted in 7 days")
    page.goto("/settings")
    LoginPage(page).expect_loaded()                                # signed out everywhere
    # signing in within the grace period keeps the account and says so
    LoginPage(page).login(email, DEFAULT_PASSWORD)
    expect(page.locator("#data-notice")).to_contain_text("no longer scheduled for deletion", timeout=30_000)
