"""Two-column PDF resumes read column by column, wrapped lines joined (``normalize.pdf_columns``).

The session-24 trial uploaded a respiratory therapist's resume exported to PDF from a sidebar
template (licences and skills in a 25 % column, experience in a 55–60 % column): the main column's
lines were wider than the old "full width" limit (55 % of the page), so the sidebar was read
between every two lines of the experience, and each wrapped bullet became two items — the cover
letter then said "my work includes: MICU/SICU (Hamilton C6, Servo-u)." and "…in a 28-bed.".

The table writes the layouts the way word processors and resume builders do (fpdf2's
``multi_cell`` wraps words at the column's width; regular/bold/oblique DejaVu as a template's
body/title/employer fonts): sidebar left or right, sidebar 25–38 % of the usable width, gutters
5–12 mm, bullets with and without a glyph, a header across both columns — beside one-column pages
with right-aligned dates, which must not be read as columns. On the old code all 12 two-column
rows failed (the sidebar interleaved, or every wrapped bullet split in two), and so did both
one-column rows: with bullets narrower than 55 % of the page, the old column grouping put every
right-aligned date after all of the titles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from careercopilot.normalize.documents_extract import extract_text
from careercopilot.normalize.pdf_columns import find_gutter, join_wrapped

BULLETS = [
    "Manage ventilators for 8-12 adult ICU patients per shift in a 28-bed MICU/SICU (Hamilton C6, Servo-u).",
    "Lead spontaneous breathing trials with intensivists; protocol-driven weaning cut average vent days "
    "from 5.8 to 4.9 (2022 QI project).",
    "Precept 14 new graduate RTs and students from CNM; charge therapist on night shift two nights a week.",
    "Member of the COPD readmission committee; built bilingual inhaler-technique teach-back sheets adopted "
    "house-wide.",
]
SIDEBAR = ["LICENSES", "RRT, NBRC #1184523", "BLS, ACLS (AHA)", "Asthma Educator (AE-C)", "SKILLS",
           "Mechanical ventilation", "Ventilator weaning", "Arterial blood gases", "Bronchoscopy assist",
           "Epic EHR, Cerner", "EDUCATION", "A.A.S. Respiratory Therapy", "CNM, 2017"]
TITLE = "Registered Respiratory Therapist II"
EMPLOYER = "University of New Mexico Hospital, Albuquerque, NM | Jun 2019 - Present"


def _fonts(font: str) -> dict[str, str]:
    folder = Path(font).parent
    return {style: str(folder / name) for style, name in
            (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"))}


def _pdf(font: str):
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="Letter")
    pdf.set_auto_page_break(False)
    for style, path in _fonts(font).items():
        pdf.add_font("Body", style=style, fname=path)
    pdf.add_page()
    return pdf


def two_column_pdf(font: str, *, side_share: float, gutter: float, sidebar_right: bool, glyph: str) -> bytes:
    """A sidebar template: name and contact across the page, then the sidebar (``side_share`` of
    the usable width) and the experience column, ``gutter`` mm apart; bullets prefixed ``glyph``."""
    pdf = _pdf(font)
    margin, usable = 12.0, pdf.w - 24.0
    side_w = usable * side_share
    main_w = usable - side_w - gutter
    side_x, main_x = (margin + main_w + gutter, margin) if sidebar_right else (margin, margin + side_w + gutter)
    pdf.set_font("Body", "B", 15)
    pdf.set_xy(margin, 12)
    pdf.cell(usable, 8, "MARISOL QUINTERO, RRT", align="C")
    pdf.set_font("Body", "", 9.5)
    pdf.set_xy(margin, 21)
    pdf.cell(usable, 5, "Albuquerque, NM 87110 | (505) 555-0148 | marisol@example.com | linkedin.com/in/mq", align="C")
    pdf.set_xy(side_x, 32)
    for item in SIDEBAR:
        pdf.set_font("Body", "B" if item in ("LICENSES", "SKILLS", "EDUCATION") else "", 9.5)
        pdf.set_x(side_x)
        pdf.multi_cell(side_w, 4.6, item, align="L")
    pdf.set_xy(main_x, 32)
    pdf.set_font("Body", "B", 10.5)
    pdf.multi_cell(main_w, 5, "EXPERIENCE", align="L")
    pdf.set_font("Body", "B", 9.5)
    pdf.set_x(main_x)
    pdf.multi_cell(main_w, 4.6, TITLE, align="L")
    pdf.set_font("Body", "I", 9.5)
    pdf.set_x(main_x)
    pdf.multi_cell(main_w, 4.6, EMPLOYER, align="L")
    pdf.set_font("Body", "", 9.5)
    for bullet in BULLETS:
        pdf.set_x(main_x)
        pdf.multi_cell(main_w, 4.6, glyph + bullet, align="L")
    return bytes(pdf.output())


LAYOUTS = [  # (sidebar share of the usable width, gutter mm, sidebar on the right, bullet glyph)
    (0.25, 8, False, ""), (0.25, 8, False, "• "), (0.30, 6, False, ""), (0.30, 12, False, "- "),
    (0.35, 10, False, ""), (0.38, 5, False, "• "), (0.25, 8, True, ""), (0.30, 8, True, "• "),
    (0.35, 6, True, ""), (0.20, 10, False, ""), (0.28, 7, False, "▪ "), (0.33, 9, True, "- "),
]


@pytest.mark.parametrize(("share", "gutter", "right", "glyph"), LAYOUTS)
def test_two_column_resume_reads_each_column_whole_with_wrapped_bullets_joined(gen, unicode_font, share, gutter,
                                                                             right, glyph):
    text = extract_text(two_column_pdf(unicode_font, side_share=share, gutter=gutter, sidebar_right=right,
                                       glyph=glyph)).text
    # the extractor writes every bullet glyph as "•" (``documents.clean_extracted_text``): compared without it
    lines = [ln.strip().lstrip("•▪-").strip() for ln in text.splitlines() if ln.strip()]
    assert lines[0] == "MARISOL QUINTERO, RRT" and lines[1].startswith("Albuquerque, NM")
    for bullet in BULLETS:  # each bullet one line, never split by a sidebar line
        assert bullet in lines, (bullet, lines)
    # the title (bold) and the employer (oblique) stay two lines; the sidebar keeps its items
    assert TITLE in lines and EMPLOYER in lines
    for item in ("RRT, NBRC #1184523", "BLS, ACLS (AHA)", "Mechanical ventilation", "Epic EHR, Cerner", "CNM, 2017"):
        assert item in lines, (item, lines)
    side = [lines.index(item) for item in ("LICENSES", "SKILLS", "EDUCATION")]
    main = [lines.index(x) for x in ("EXPERIENCE", TITLE, BULLETS[-1])]
    assert side == sorted(side) and main == sorted(main)
    assert not (min(main) < min(side) < max(main)) and not (min(side) < min(main) < max(side))  # not interleaved


def one_column_pdf(font: str, rows: list[tuple[str, str, list[str]]]) -> bytes:
    """One column: a bold title at the left margin and its dates right-aligned on the same row,
    then full-width bullets (the common US chronological resume)."""
    pdf = _pdf(font)
    margin, usable = 15.0, pdf.w - 30.0
    pdf.set_xy(margin, 15)
    for title, dates, bullets in rows:
        y = pdf.get_y() + 2
        pdf.set_font("Body", "B", 10)
        pdf.set_xy(margin, y)
        pdf.cell(usable, 5, title)
        pdf.set_font("Body", "", 10)
        pdf.set_xy(margin, y)
        pdf.cell(usable, 5, dates, align="R")
        pdf.set_xy(margin, y + 5)
        for bullet in bullets:
            pdf.set_x(margin)
            pdf.multi_cell(usable, 4.8, bullet, align="L")
    return bytes(pdf.output())


ONE_COLUMN = [
    [("Staff Accountant", "2021 - Present", ["Close the books monthly for three entities with revenue of $40M "
                                             "and reconcile 28 balance-sheet accounts."]),
     ("Accounts Payable Clerk", "2018 - 2021", ["Processed 600 invoices a month in NetSuite."]),
     ("Bookkeeper", "2016 - 2018", ["Full-charge bookkeeping for a family-owned distributor with payroll."]),
     ("Cashier", "2014 - 2016", ["Balanced the drawer nightly."]),
     ("Volunteer Treasurer", "2019 - Present", ["Keep the books of a 200-member nonprofit."])],
    [("Registered Nurse", "Jun 2020 - Present", ["Care for 5-6 telemetry patients per shift.",
                                                 "Charge nurse two shifts a week."]),
     ("Nursing Assistant", "May 2017 - Jun 2020", ["Vital signs and ADLs for 12 residents."]),
     ("Unit Clerk", "2015 - 2017", ["Answered call lights and scheduled transport for a 30-bed unit."]),
     ("Dietary Aide", "2013 - 2015", ["Trays for 80 residents."])],
]


@pytest.mark.parametrize("rows", ONE_COLUMN)
def test_one_column_resume_with_right_aligned_dates_is_no_column_layout(gen, unicode_font, rows):
    text = extract_text(one_column_pdf(unicode_font, rows)).text
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for title, dates, bullets in rows:  # each date stays beside its title, not after every title
        i = next(k for k, ln in enumerate(lines) if ln.startswith(title))
        assert dates in lines[i] or lines[i + 1] == dates, (title, lines)


def test_find_gutter_needs_text_side_by_side():
    header = [(200, 700, 400, 712, "NAME"), (150, 680, 460, 690, "contact line")]
    left = [(50, 600 - 12 * i, 180, 610 - 12 * i, f"left {i}") for i in range(6)]
    right = [(220, 600 - 12 * i, 560, 610 - 12 * i, f"right {i}") for i in range(6)]
    assert find_gutter(header + left + right, 612) is not None
    # a column under another (a header block over a body) is not side by side
    below = [(220, 400 - 12 * i, 560, 410 - 12 * i, f"below {i}") for i in range(6)]
    assert find_gutter(left + below, 612) is None
    # bullets crossing the candidate gutter on every other row: one column
    crossing = [(50, 590 - 12 * i, 560, 600 - 12 * i, f"bullet {i}") for i in range(0, 6, 2)]
    assert find_gutter(left + right + crossing, 612) is None


def test_join_wrapped_keeps_items_titles_and_sentences_apart():
    body, bold = "F@9.5", "B@9.5"
    lines = [
        (220, 600, 560, 610, "Manage ventilators for 8-12 adult ICU patients per shift in a 28-bed", body),
        (220, 588, 390, 598, "MICU/SICU (Hamilton C6, Servo-u).", body),         # a capital, the line above full
        (220, 576, 520, 586, "Precept 14 new graduate RTs and students from CNM; charge", body),
        (220, 564, 400, 574, "therapist on night shift.", body),                 # lowercase: the word did not fit
        (220, 552, 555, 562, "Registered Respiratory Therapist II - Medical/Surgical ICU", bold),
        (220, 540, 470, 550, "University of New Mexico Hospital, Albuquerque, NM", body),  # another font
        (220, 528, 400, 538, "Short line.", body),
        (220, 516, 350, 526, "Next sentence starts here.", body),                # fitted: a line break
    ]
    assert join_wrapped(lines) == [
        "Manage ventilators for 8-12 adult ICU patients per shift in a 28-bed MICU/SICU (Hamilton C6, Servo-u).",
        "Precept 14 new graduate RTs and students from CNM; charge therapist on night shift.",
        "Registered Respiratory Therapist II - Medical/Surgical ICU",
        "University of New Mexico Hospital, Albuquerque, NM",
        "Short line.",
        "Next sentence starts here.",
    ]
