"""Issue 12 (trial126, finding 1): a current job never reads as time away from paid work.

Rosa Delgado's PDF wrapped her latest header ("… (formerly Desert Air Pros," / "acquired 2022)" /
"Phoenix, AZ | March 2019 – Present"); the wrapped line ended the header, the role lost its dates and
interview prep asked "time away from paid work since your last role". Each row is a real layout of a
current job's dates (US/UK resume guides and uploads seen in the trials); none may produce a gap or a
return question, and a real gap still does."""

from __future__ import annotations

import io
from datetime import date

import pytest

from careercopilot.writing.interview_path import path_questions
from careercopilot.writing.resume_facts import roles

TODAY = date(2026, 12, 7)
OLDER = "HVAC Service Technician — Valley Breeze Heating & Cooling\nMesa, AZ  |  June 2017 – February 2019\n" \
        "- Installed and serviced split systems and heat pumps on 600+ units a year.\n"
BULLETS = "- Service 40+ light-commercial accounts under preventive maintenance agreements.\n" \
          "- Troubleshoot packaged RTUs up to 25 tons and 3-phase motors.\n"

#: (layout, the current job's header lines)
CURRENT = [
    ("Present", "Senior HVAC Technician — Sunbelt Comfort Services\nPhoenix, AZ  |  March 2019 – Present"),
    ("Current", "Senior HVAC Technician — Sunbelt Comfort Services\nPhoenix, AZ  |  March 2019 – Current"),
    ("Now", "Senior HVAC Technician — Sunbelt Comfort Services\nPhoenix, AZ  |  2019 – Now"),
    ("today", "Senior HVAC Technician — Sunbelt Comfort Services\nPhoenix, AZ  |  2019 - today"),
    ("PRESENT capitals", "SENIOR HVAC TECHNICIAN — SUNBELT COMFORT SERVICES\nPHOENIX, AZ  |  MARCH 2019 – PRESENT"),
    ("Pres. abbreviated", "Senior HVAC Technician — Sunbelt Comfort Services\nPhoenix, AZ  |  Mar. 2019 – Pres."),
    ("to date", "Senior HVAC Technician — Sunbelt Comfort Services\nPhoenix, AZ  |  March 2019 to date"),
    ("– to date", "Senior HVAC Technician — Sunbelt Comfort Services\nPhoenix, AZ  |  2019 – to date"),
    ("ongoing", "Senior HVAC Technician — Sunbelt Comfort Services\nPhoenix, AZ  |  2019 – ongoing"),
    ("open range", "Senior HVAC Technician — Sunbelt Comfort Services\nPhoenix, AZ  |  March 2019 –"),
    ("open range no space", "Senior HVAC Technician — Sunbelt Comfort Services  |  2019–"),
    ("open range in brackets", "Senior HVAC Technician, Sunbelt Comfort Services (2019 – )"),
    ("Since", "Senior HVAC Technician — Sunbelt Comfort Services\nPhoenix, AZ  |  Since 2019"),
    ("since March", "Senior HVAC Technician — Sunbelt Comfort Services\nPhoenix, AZ  |  since March 2019"),
    ("numeric months", "Senior HVAC Technician — Sunbelt Comfort Services\nPhoenix, AZ  |  03/2019 – present"),
    ("tab separated", "Senior HVAC Technician\tSunbelt Comfort Services\tPhoenix, AZ\t2019 – Present"),
    ("pipe separated", "Senior HVAC Technician | Sunbelt Comfort Services | Phoenix, AZ | Mar 2019 - Present"),
    ("dates first", "March 2019 – Present  |  Senior HVAC Technician  |  Sunbelt Comfort Services"),
    ("dates on the line after", "Senior HVAC Technician\nSunbelt Comfort Services, Phoenix, AZ\nMarch 2019 – Present"),
    ("brackets", "Senior HVAC Technician, Sunbelt Comfort Services, Phoenix, AZ (2019–Present)"),
    ("wrapped header (Rosa's PDF)", "Senior HVAC Service Technician  —  Sunbelt Comfort Services (formerly Desert "
                                    "Air Pros,\nacquired 2022)\nPhoenix, AZ  |  March 2019 – Present"),
    ("wrapped employer line", "Senior HVAC Service Technician  —  Sunbelt Comfort Services, a division of\n"
                              "Desert Air Pros\nPhoenix, AZ  |  March 2019 – Present"),
]


@pytest.mark.parametrize(("layout", "header"), CURRENT, ids=[c[0] for c in CURRENT])
def test_a_current_job_is_no_gap(layout, header):
    text = f"PROFESSIONAL EXPERIENCE\n{header}\n{BULLETS}{OLDER}"
    qs = path_questions(roles(text), "HVAC Technician", today=TODAY)
    assert not [q for q in qs if "time away" in q or "a gap" in q], (layout, qs, [r.header for r in roles(text)])


def _docx_table_resume(cells: list[tuple[str, str]]) -> bytes:
    """A DOCX whose experience headers sit in a two-column table: title/employer left, dates right-aligned."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    d.add_paragraph("PROFESSIONAL EXPERIENCE")
    for left, right in cells:
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text = left
        t.cell(0, 1).text = right
        t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        d.add_paragraph("Service 40+ light-commercial accounts under preventive maintenance agreements.",
                        style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("right", ["March 2019 – Present", "2019 – Current", "Since 2019", "2019 –", "2019 to date"])
def test_dates_right_aligned_in_a_docx_table_are_no_gap(right):
    from careercopilot.normalize.documents_extract import extract_text

    data = _docx_table_resume([("Senior HVAC Technician — Sunbelt Comfort Services", right),
                               ("HVAC Service Technician — Valley Breeze Heating & Cooling", "June 2017 – Feb 2019")])
    text = extract_text(data, "resume.docx").text
    qs = path_questions(roles(text), "HVAC Technician", today=TODAY)
    assert not [q for q in qs if "time away" in q or "a gap" in q], (right, qs, text)


#: (the role headers, newest first; the question expected: "time away", "a gap" or None)
REAL = [
    (["Senior HVAC Technician — Sunbelt Comfort Services | 2019 – 2022"], "time away"),
    (["Senior HVAC Technician — Sunbelt Comfort Services | Mar 2019 – Jan 2023",
      "HVAC Technician — Valley Breeze | 2016 – 2019"], "time away"),
    (["Senior HVAC Technician — Sunbelt Comfort Services | 2021 – Present",
      "HVAC Technician — Valley Breeze | 2012 – 2017"], "a gap"),
    (["Senior HVAC Technician — Sunbelt Comfort Services | Since 2022",
      "HVAC Technician — Valley Breeze | 2012 – 2016"], "a gap"),
    (["Senior HVAC Technician — Sunbelt Comfort Services | 2019 – Present",
      "HVAC Technician — Valley Breeze | 2016 – 2019"], None),
]


@pytest.mark.parametrize(("headers", "asked"), REAL)
def test_a_real_gap_or_return_is_still_asked(headers, asked):
    text = "EXPERIENCE\n" + "".join(f"{h}\n- Ran the daily service calls across the metro area\n" for h in headers)
    qs = [q for q in path_questions(roles(text), "HVAC Technician", today=TODAY) if "time away" in q or "a gap" in q]
    assert (asked in qs[0]) if asked else not qs, qs
