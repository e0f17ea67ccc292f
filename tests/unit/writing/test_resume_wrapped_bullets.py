"""Trial128 (session 31, a science teacher → instructional designer): a resume's layouts that gave the offline letter
"my time as a Led the district science curriculum writing committee", "7th Grade Science Teacher: 25+ staff members
on Canvas modules…" (a bullet wrapped by the PDF's line width, its first half lost) and "when I mentor teacher for 3
student teachers".

Variant tables (real resume layouts: PDF text, a PDF pasted into a text box, a DOCX in Word's heading and list
styles, a resume written without bullet marks). On the code before session 31's change:
WRAPPED 5 of 12 rows failed, HEADINGS 1 of 8, SENTENCES 4 of 6, NOUN_BULLETS 4 of 10, REFLOW 6 of 9 (the export
wrote the text as stored) and the export test, LETTERS 3 of 3.
"""

from __future__ import annotations

import pytest

from careercopilot.writing.line_wraps import reflow
from careercopilot.writing.phrasing import is_verb_phrase
from careercopilot.writing.resume_facts import roles

_HEAD = "EXPERIENCE\n7th Grade Science Teacher | Genoa Middle School, Westerville, OH\nAugust 2020 - Present\n"
_NEXT = "6th Grade Science Teacher | Hilliard Memorial Middle School, Hilliard, OH\nAugust 2018 - June 2020\n"

#: (layout, experience lines after the header, the first role's bullets expected, the second role's bullet count)
WRAPPED = [
    ("digit after a marked bullet",
     "- Serve as Canvas LMS administrator: build course shells and train\n25+ staff members on Canvas modules\n",
     ["Serve as Canvas LMS administrator: build course shells and train 25+ staff members on Canvas modules"]),
    ("money after a marked bullet",
     "- Managed the science department budget and purchased lab kits worth\n$12,000 for grade-level labs\n",
     ["Managed the science department budget and purchased lab kits worth $12,000 for grade-level labs"]),
    ("proper noun after a marked bullet",
     "• Trained new teachers on the district's learning management system and\nCanvas Studio video tools\n",
     ["Trained new teachers on the district's learning management system and Canvas Studio video tools"]),
    ("proper noun after a verb, marked",
     "- Serve as building LMS administrator and train colleagues to use\nGoogle Classroom and Nearpod in lessons\n",
     ["Serve as building LMS administrator and train colleagues to use Google Classroom and Nearpod in lessons"]),
    ("capital after a marked bullet's last verb",
     "- Build course shells, manage enrollments and gradebook setup, and train\nStaff members on quizzes and rubrics\n",
     ["Build course shells, manage enrollments and gradebook setup, and train Staff members on quizzes and rubrics"]),
    ("bracket after a marked bullet",
     "* Built 3 compliance training courses in Articulate Storyline 360 for a dental practice\n(SCORM 1.2 packages)\n",
     ["Built 3 compliance training courses in Articulate Storyline 360 for a dental practice (SCORM 1.2 packages)"]),
    ("lower case after a semicolon",
     "- Built 12 self-paced modules in Articulate Storyline 360 (2020-2021);\nmodules were adopted district-wide\n",
     ["Built 12 self-paced modules in Articulate Storyline 360 (2020-2021); modules were adopted district-wide"]),
    ("ends in a joining word",
     "- Analyzed MAP and state test data; proficiency on the\n8th grade Ohio State Science Test rose from 68% to 81%\n",
     ["Analyzed MAP and state test data; proficiency on the 8th grade Ohio State Science Test rose from 68% to 81%"]),
    ("two marked bullets stay two",
     "- Design and deliver science curriculum for 5 sections\n- Mentor teacher for 3 student teachers\n",
     ["Design and deliver science curriculum for 5 sections", "Mentor teacher for 3 student teachers"]),
    ("a sentence's end is no wrap",
     "- Designed a full science curriculum for the middle school grades.\nCoached new teachers every week on labs\n",
     ["Designed a full science curriculum for the middle school grades.", "Coached new teachers every week on labs"]),
    ("the next entry's header after a bullet",
     "- Mentor teacher for 3 student teachers from Otterbein University\n",
     ["Mentor teacher for 3 student teachers from Otterbein University"]),
    ("a dates line is no wrap",
     "- Created video lessons with Screencastify for remote learning days\n",
     ["Created video lessons with Screencastify for remote learning days"]),
]


@pytest.mark.parametrize("layout,lines,bullets", WRAPPED, ids=[w[0] for w in WRAPPED])
def test_wrapped_bullets_join(layout, lines, bullets):
    rs = roles(_HEAD + lines + _NEXT + "- Taught earth and physical science to 6th graders\n")
    assert [r.title for r in rs] == ["7th Grade Science Teacher", "6th Grade Science Teacher"], layout
    assert rs[0].bullets == bullets, layout
    assert rs[1].bullets == ["Taught earth and physical science to 6th graders"], layout


#: Headings in title case (a DOCX's heading style) that end the experience; the last rows are job headers.
HEADINGS = [
    ("Professional Development & Side Projects", True),
    ("Side Projects", True),
    ("Awards & Honors", True),
    ("Community Involvement", True),
    ("Certifications & Licenses", True),
    ("Technical Skills", True),
    ("Project Manager | Acme Learning, Columbus, OH", False),
    ("Education Coordinator | Columbus Zoo, Columbus, OH", False),
]


@pytest.mark.parametrize("heading,ends", HEADINGS, ids=[h[0] for h in HEADINGS])
def test_title_case_heading_ends_experience(heading, ends):
    text = (_HEAD + "- Design and deliver science curriculum for 5 sections\n" + heading + "\n"
            + ("" if ends else "June 2016 - July 2018\n")
            + "- Freelance eLearning projects (2023-present): built 3 compliance training courses\n")
    rs = roles(text)
    titles = [r.title for r in rs]
    if ends:
        assert titles == ["7th Grade Science Teacher"], heading
        assert rs[0].bullets == ["Design and deliver science curriculum for 5 sections"], heading
    else:
        assert len(rs) == 2 and heading.split(" |")[0] in titles, heading


#: Bullets written without marks (a DOCX list whose style held the marks, a paste): a sentence with years is
#: no entry header; a title with years is.
SENTENCES = [
    ("Led the district science curriculum writing committee (2022-2024) and authored unit plans", False),
    ("Built 12 interactive self-paced modules in Storyline (2020-2021) for remote learning", False),
    ("Taught summer STEM camp sessions for 40 students (2019 - 2021)", False),
    ("Ran the after-school robotics club from 2019 to 2022 with two colleagues", False),
    ("Lead Teacher, Science Department (2019 - 2020)", True),
    ("Department Chair | Genoa Middle School | 2021 - Present", True),
]


@pytest.mark.parametrize("line,header", SENTENCES, ids=[s[0][:40] for s in SENTENCES])
def test_sentence_with_years_is_no_header(line, header):
    text = _HEAD + "Design and deliver science curriculum for 5 sections\n" + line + "\n"
    rs = roles(text)
    if header:
        assert len(rs) == 2, line
    else:
        assert len(rs) == 1 and rs[0].bullets[-1] == line, line


#: (bullet, starts with a verb): a singular role noun right after the first word makes it a title.
NOUN_BULLETS = [
    ("Mentor teacher for 3 student teachers from Otterbein University", False),
    ("Substitute teacher, grades 6-8, Hilliard City Schools", False),
    ("Support engineer for the API team", False),
    ("Design engineer on the EV program", False),
    ("Volunteer coordinator for the food bank", False),
    ("Mentor new teachers in their first year", True),
    ("Train teachers on Canvas modules", True),
    ("Supervise nurse aides on the night shift", True),
    ("Mentored 3 student teachers", True),
    ("Coach new analysts on SQL", True),
]


@pytest.mark.parametrize("bullet,verb", NOUN_BULLETS, ids=[b[0][:40] for b in NOUN_BULLETS])
def test_noun_phrase_bullets(bullet, verb):
    assert is_verb_phrase(bullet) is verb


#: (text as extracted, text exported): a PDF's wrapped lines joined, bullets kept with one mark.
REFLOW = [
    ("- Serve as Canvas LMS administrator: build shells, and train\n25+ staff members on Canvas modules",
     "• Serve as Canvas LMS administrator: build shells, and train 25+ staff members on Canvas modules"),
    ("Bachelor of Science in Education - Ohio University, Athens, OH,\n2018",
     "Bachelor of Science in Education - Ohio University, Athens, OH, 2018"),
    ("Dedicated  middle  school  science  educator  seeking  to  transition  into  an  Instructional\n"
     "Designer / eLearning Developer role",
     "Dedicated middle school science educator seeking to transition into an Instructional Designer / eLearning "
     "Developer role"),
    ("- Built 12 modules (2020-2021);\nmodules were adopted district-wide\n- Mentor teacher for 3 student teachers",
     "• Built 12 modules (2020-2021); modules were adopted district-wide\n• Mentor teacher for 3 student teachers"),
    ("* Built 3 courses\n* Tested in the client LMS", "• Built 3 courses\n• Tested in the client LMS"),
    ("1. Built 3 courses\n2. Tested them", "1. Built 3 courses\n2. Tested them"),
    ("EXPERIENCE\n7th Grade Science Teacher | Genoa Middle School\nAugust 2020 - Present",
     "EXPERIENCE\n7th Grade Science Teacher | Genoa Middle School\nAugust 2020 - Present"),
    ("- Mentor teacher for 3 student teachers from Otterbein University\n6th Grade Science Teacher | Hilliard MS",
     "• Mentor teacher for 3 student teachers from Otterbein University\n6th Grade Science Teacher | Hilliard MS"),
    ("Taught earth and physical science to 6th graders in grade-level teams\nCreated video lessons with Screencastify",
     "Taught earth and physical science to 6th graders in grade-level teams\nCreated video lessons with Screencastify"),
]


@pytest.mark.parametrize("text,exported", REFLOW, ids=[str(i) for i in range(len(REFLOW))])
def test_reflow(text, exported):
    assert reflow(text) == exported


def test_tailored_export_reflows_and_both_formats_agree():
    """The tailored resume's DOCX and PDF hold the reflowed text, bullets kept; their extracted texts agree."""
    from careercopilot.services import writing_export as we

    text = reflow(_HEAD + "- Serve as Canvas LMS administrator and train\n25+ staff members on Canvas modules\n")
    d, p = we.docx_text(we.to_docx(text)), we.pdf_text(we.to_pdf(text))
    assert "• Serve as Canvas LMS administrator and train 25+ staff members on Canvas modules" in d.splitlines()
    assert we.same_text(d, p) and we.same_text(d, text)


_RESUME = """Rebecca L. Hartwell, M.Ed.
Westerville, OH 43081 | (614) 555-0182 | rhartwell.teach@gmail.com
EXPERIENCE
7th Grade Science Teacher | Genoa Middle School, Westerville City Schools, Westerville, OH
August 2020 - Present
- Serve as building Canvas LMS administrator: build course shells, manage enrollments and gradebook setup, and train
25+ staff members on Canvas modules, quizzes and rubrics
- Built 12 interactive self-paced modules in Articulate Storyline 360 and Rise for remote learning (2020-2021);
modules were adopted by all 7th grade science teachers in the district
- Led the district science curriculum writing committee (2022-2024) and authored unit plans, assessments and
pacing guides using backward design (Understanding by Design)
- Mentor teacher for 3 student teachers from Otterbein University
6th Grade Science Teacher | Hilliard Memorial Middle School, Hilliard City Schools, Hilliard, OH
August 2018 - June 2020
- Taught earth and physical science to 6th graders; co-planned inquiry-based labs with grade-level team
- Created video lessons with Screencastify and Google Classroom assignments
Professional Development & Side Projects
- Freelance eLearning projects (2023-present): built 3 compliance training courses in Articulate Storyline 360 for
a local dental practice and a nonprofit food bank (SCORM 1.2 packages, tested in the client LMS)
SKILLS
Articulate Storyline 360, Articulate Rise, Canvas LMS (admin), SCORM, storyboarding, mentoring, LMS
"""
LETTERS = [("PDF text, marked", _RESUME), ("DOCX list style", _RESUME.replace("\n- ", "\n• ")),
           ("no marks", _RESUME.replace("\n- ", "\n"))]


@pytest.mark.parametrize("layout,text", LETTERS, ids=[x[0] for x in LETTERS])
def test_letter_from_trial128_resume(layout, text):
    from careercopilot.writing.offline import WritingInput, cover_letter

    posting = ("Instructional Designer\nRequirements:\n- Articulate Storyline 360\n- LMS administration (Canvas), "
               "SCORM\n- mentoring and storyboarding\n")
    letter = cover_letter(WritingInput(resume_text=text, company="Acme Learning", title="Instructional Designer",
                                       posting_text=posting, name="Rebecca L. Hartwell"))
    for bad in ("time as a Led", "as a Led", "Side Projects at", "as a Professional Development", ": 25+ staff",
                "I mentor teacher", "and train.", "6th Grade Science Teacher at Hilliard Memorial Middle School: Freelance"):
        assert bad not in letter, (layout, bad)
