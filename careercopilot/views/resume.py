"""Resume page sections bound to :class:`~careercopilot.state.resume.ResumeState`."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.components.a11y import upload_label
from careercopilot.components.common import card, notice, upload_notice
from careercopilot.components.resume import (
    labeled,
    skill_badges,
    text_list,
    version_item,
)
from careercopilot.services.resumes import MAX_RESUME_BYTES, MAX_TEXT_CHARS
from careercopilot.state.resume import UPLOAD_ID, ResumeState

#: File types of the resume picker (MIME → extensions), as react-dropzone's ``accept`` wants them.
RESUME_ACCEPT = {
    "application/pdf": [".pdf"],
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": [".docx"],
    "text/plain": [".txt"],
    "text/markdown": [".md", ".markdown"],
}


def upload_section() -> rx.Component:
    """Drop zone, upload button and the upload's error/notice."""
    return card(
        rx.heading("Upload a resume", as_="h2", size="4"),
        rx.upload(
            rx.vstack(
                rx.icon("upload", size=28),
                # neutral for touch and mouse (stranger10 finding 22: "Drop … or click" on a phone)
                rx.text("Choose a file: PDF, DOCX, TXT or Markdown "
                        f"(max {MAX_RESUME_BYTES // 1_048_576} MB). You can also drag it here."),
                rx.foreach(rx.selected_files(UPLOAD_ID), lambda f: rx.text(f, weight="medium", id="resume-selected")),
                align="center",
                spacing="2",
            ),
            id=UPLOAD_ID,
            custom_attrs=upload_label("Resume file"),
            multiple=False,
            max_files=1,
            # the picker offers the types the upload accepts (services.resumes sniffs them again)
            accept=RESUME_ACCEPT,
            on_drop_rejected=ResumeState.reject_files,
            border="1px dashed var(--gray-7)",
            padding="var(--space-5)",
            border_radius="var(--radius-4)",
            width="100%",
        ),
        rx.hstack(
            rx.button(
                "Upload",
                # The selection is cleared client-side right after the files are captured (a
                # backend-sent clear would be eval'd, which the CSP forbids).
                on_click=[ResumeState.begin_upload,
                          ResumeState.submit_upload(rx.upload_files(upload_id=UPLOAD_ID,
                                                                    on_upload_progress=ResumeState.upload_progress)),
                          rx.clear_selected_files(UPLOAD_ID)],
                loading=ResumeState.uploading | (ResumeState.sent_percent >= 0),
                id="resume-upload-button",
            ),
            padding_top="var(--space-3)",
        ),
        upload_progress(),
        upload_notice(ResumeState.error, UPLOAD_ID, id="resume-error"),
        notice(ResumeState.notice, color="green", id="resume-notice"),
        width="100%",
    )


def upload_progress() -> rx.Component:
    """While the file is sent, a bar and "Sending your file… N %"; while it is read, "Reading your
    resume…" — a polite live region, so a screen reader hears the steps too (trial81 LOW 10)."""
    return rx.box(
        rx.cond(
            ResumeState.sent_percent >= 0,
            rx.vstack(
                rx.progress(value=ResumeState.sent_percent, max=100, width="100%",
                            custom_attrs={"aria-label": "Upload progress"}),
                rx.text("Sending your file… ", ResumeState.sent_percent, " %", size="2"),
                width="100%", spacing="1",
            ),
            rx.cond(ResumeState.uploading,
                    rx.text("Reading your resume… this takes a few seconds.", size="2")),
        ),
        id="resume-upload-progress", role="status", custom_attrs={"aria-live": "polite"},
        width="100%", padding_top="var(--space-2)",
    )


def versions_section() -> rx.Component:
    """The user's versions, newest first."""
    return card(
        rx.heading("Versions", as_="h2", size="4"),
        rx.cond(
            ResumeState.versions.length() > 0,
            rx.vstack(
                rx.foreach(
                    ResumeState.versions,
                    lambda row: version_item(
                        row,
                        on_view=ResumeState.set_selected(row.id),
                        on_activate=ResumeState.submit_activate(row.id),
                        on_delete=ResumeState.submit_delete(row.id),
                        download_href=routes.resume_file(row.id),
                    ),
                ),
                spacing="2",
                width="100%",
                id="resume-versions",
            ),
            rx.text("No resume yet. Upload one above to get ranked job recommendations.", color_scheme="gray",
                    id="resume-empty"),
        ),
        width="100%",
    )


def parsed_section() -> rx.Component:
    """Fields and skills read from the selected version."""
    d = ResumeState.selected
    return card(
        rx.heading("What we read (version ", d.version, ")", as_="h2", size="4"),
        rx.flex(
            labeled("Email", d.email, id="resume-email"),
            labeled("Phone", d.phone, id="resume-phone"),
            labeled("Years of experience", d.years, id="resume-years"),
            text_list("Recent titles", d.titles, id="resume-titles"),
            text_list("Links", d.links, id="resume-links"),
            wrap="wrap",
            spacing="5",
            padding_y="var(--space-2)",
        ),
        rx.text("Skills", size="1", color_scheme="gray"),
        skill_badges(d.skills, id="resume-skills"),
        width="100%",
    )


def reading_section() -> rx.Component:
    """How job matching reads the selected version (``services.resume_reading``; issue 11 trial
    finding 9): level, field, the titles it matches on and where it looks, each with its source,
    and the way to correct them — Preferences, where seniority, target titles and places are set."""
    r = ResumeState.reading
    return card(
        rx.heading("How job matching reads you", as_="h2", size="4"),
        rx.flex(
            labeled("Level", r.level, id="reading-level"),
            labeled("Field", r.field, id="reading-field"),
            # each occupation with what it was read from (ux122 finding 3: "Matched as Dental
            # Hygienists" with no why)
            text_list("Matched to jobs as", r.occupation_reasons, id="reading-occupations"),
            text_list("Target titles (preferences)", r.target_titles, id="reading-targets"),
            text_list("Places (preferences)", r.places, id="reading-places"),
            labeled("Location on this resume", r.resume_location, id="reading-resume-location"),
            wrap="wrap",
            spacing="5",
            padding_y="var(--space-2)",
        ),
        rx.cond(r.level_source != "", rx.text("Level read from ", r.level_source, ".", size="2",
                                              color_scheme="gray", id="reading-level-source"), rx.fragment()),
        rx.cond(r.occupation_reasons.length() > 0,
                rx.text("“Matched to jobs as” names the occupation (as the U.S. Labor Department’s O*NET list "
                        "calls it) that postings are compared with; a posting of the same occupation scores "
                        "higher. A target title you set in Preferences counts more than the titles on your resume.", size="2", color_scheme="gray",
                        id="reading-occupations-note"),
                rx.fragment()),
        rx.text(r.location_note, size="2", color_scheme="gray", id="reading-location-note"),
        rx.text("Not right? Set your seniority, target titles and places in ",
                rx.link("Preferences", href=routes.PREFERENCES, id="reading-preferences-link"),
                " — matching uses them before anything read from the resume.", size="2"),
        width="100%",
    )


def text_section() -> rx.Component:
    """The extracted text in an editable form."""
    d = ResumeState.selected
    return card(
        rx.heading("Extracted text", as_="h2", size="4"),
        rx.text("Fix anything the extraction got wrong; fields and skills are re-read when you save.",
                size="2", color_scheme="gray"),
        rx.form(
            rx.vstack(
                rx.text_area(name="text", default_value=d.text, key=d.stamp, max_length=MAX_TEXT_CHARS,
                             rows="18", width="100%", id="resume-text", font_family="monospace",
                             aria_label="Resume text"),
                rx.button("Save text", type="submit", id="resume-save-text"),
                spacing="2",
                width="100%",
            ),
            on_submit=ResumeState.submit_text,
            width="100%",
        ),
        width="100%",
    )


def selected_sections() -> rx.Component:
    """Parsed fields, the matching reading and text of the selected version (nothing when there is none)."""
    sections = rx.vstack(parsed_section(), reading_section(), text_section(), spacing="4", width="100%")
    return rx.cond(ResumeState.selected.id > 0, sections, rx.fragment())
