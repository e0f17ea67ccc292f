"""Data rights in the production build, as a person does it: download an uploaded resume file,
export everything from Settings (progress, then a link; the zip holds the rows, the contacts and
the file), request deletion in two steps (a button, then a confirmation saying what goes and when;
Escape cancels; a wrong password is told under the submit button), signed out and told when, sign
in again (told it is undone)."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import zipfile

from playwright.sync_api import expect

from tests.e2e.pages import DEFAULT_PASSWORD, LoginPage, SettingsPage, SignupPage, unique_email
from tests.support import services

#: Another admin who is not leaving, read straight from the app's database (the independent oracle
#: of the confirmation's "only admin" warning; the run's other tests may have made admins).
OTHER_ADMINS = """
import sys
from sqlalchemy import text
from careercopilot.db import get_engine
with get_engine().connect() as c:
    print(c.execute(text("SELECT count(*) FROM \\"user\\" WHERE is_admin AND email != :e AND deletion_requested_at IS NULL"),
                    {"e": sys.argv[1]}).scalar())
"""


def _cli(app_server, *args: str) -> str:
    out = subprocess.run([services.python(), *args], cwd=app_server.cwd, env=app_server.env, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout

RESUME = """Robin Vale
robin.vale@example.org
Senior Backend Engineer, Acme Corp (2019 - 2025)
Built Python services on PostgreSQL and Kubernetes; led a team of four engineers.
Skills: Python, PostgreSQL, Kubernetes, Docker, Redis
"""


def test_export_download_and_delete(page, tmp_path, app_server):
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

    # an admin (made one with the CLI, idempotently) is warned when nobody else is left to administer
    # (the run's first sign-up already is one on the embedded default)
    assert _cli(app_server, "-m", "careercopilot", "users", "promote", email).strip().endswith(
        (f"{email} is now an admin", f"{email} is already an admin"))
    assert _cli(app_server, "-m", "careercopilot", "users", "promote", email).strip().endswith("is already an admin")
    only_admin = int(_cli(app_server, "-c", OTHER_ADMINS, email).strip().splitlines()[-1]) == 0

    # step one only opens the confirmation; it says what goes and when, on a phone too
    page.set_viewport_size({"width": 390, "height": 844})
    settings = SettingsPage(page).open()
    opener = page.locator("#data-delete-open")
    dialog = settings.open_delete_step()
    expect(page.locator("#data-delete-terms")).to_contain_text("deleted 7 days after you confirm")
    expect(page.locator("#delete-password")).to_be_focused()                    # focus moved into the step
    expect(page.locator("#data-delete-last-admin")).to_have_count(1 if only_admin else 0)
    if only_admin:
        expect(page.locator("#data-delete-last-admin")).to_contain_text("users promote EMAIL")
    submit = page.locator("#data-delete-submit")
    for box in (dialog.bounding_box(), submit.bounding_box()):
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390, box   # fits at 390 px
    # Escape cancels, focus back on the button that opened it
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(opener).to_be_focused()
    expect(page).to_have_url(re.compile(r"/settings/?$"))

    # a wrong password changes nothing: the step comes back with the error under its button, focused
    settings.open_delete_step()
    settings.delete_account("not my password at all")
    error = page.locator("#data-delete-error")
    expect(error).to_contain_text("incorrect", timeout=30_000)
    expect(error).to_have_attribute("role", "alert")
    expect(error).to_be_focused()
    expect(page.locator("#data-delete-dialog")).to_be_visible()
    below, button = error.bounding_box(), submit.bounding_box()
    assert below and button and below["y"] >= button["y"] + button["height"], (below, button)
    # the right one signs out and says when the account goes
    settings.delete_account(DEFAULT_PASSWORD)
    login = LoginPage(page).expect_loaded()
    login.expect_notice("will be deleted in 7 days")
    page.goto("/settings")
    LoginPage(page).expect_loaded()                                # signed out everywhere
    # signing in within the grace period keeps the account and says so
    LoginPage(page).login(email, DEFAULT_PASSWORD)
    expect(page.locator("#data-notice")).to_contain_text("no longer scheduled for deletion", timeout=30_000)
