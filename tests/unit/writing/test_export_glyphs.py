"""PDF export never drops a character silently (issue 11 trial finding 11, session 22), and
DOCX text == PDF text (issue 12) holds for emoji, CJK and other glyphs DejaVu Sans lacks.

Rows are real resume and cover-letter wording: emoji bullets, LinkedIn "bold" generators'
Mathematical Alphanumeric Symbols, names in Chinese/Japanese/Korean, fullwidth letters."""

from __future__ import annotations

import pytest

from careercopilot.services import writing_export, writing_glyphs

ROWS = [
    ("✅ Certified RDH, local anesthesia permit", "✔ Certified RDH, local anesthesia permit"),
    ("⭐ Employee of the month, March 2024", "★ Employee of the month, March 2024"),
    ("📞 (614) 555-0134 · 📧 maria.lopez@example.org", "☎ (614) 555-0134 · ✉ maria.lopez@example.org"),
    ("❌ No weekends", "✘ No weekends"),
    ("👉 Reduced no-shows by 18% 🦷", "☞ Reduced no-shows by 18% •"),
    ("Thank you! 🙂", "Thank you! ☺"),
    ("👍🏽 Team player", "✔ Team player"),  # skin-tone modifier goes with its emoji
    ("❤️ patient care", "❤ patient care"),  # DejaVu has ❤; the U+FE0F variation selector goes
    ("𝐃𝐞𝐧𝐭𝐚𝐥 𝐇𝐲𝐠𝐢𝐞𝐧𝐢𝐬𝐭", "Dental Hygienist"),  # LinkedIn "bold" text
    ("𝘙𝘦𝘨𝘪𝘴𝘵𝘦𝘳𝘦𝘥", "Registered"),  # italic sans
    ("ＲＤＨ　ｌｉｃｅｎｓｅ", "RDH license"),  # fullwidth, ideographic space
    ("王伟 — 牙科卫生士", "\ufffd\ufffd — \ufffd\ufffd\ufffd\ufffd\ufffd"),  # Chinese: one visible mark each
    ("山田 花子 (Hanako Yamada)", "\ufffd\ufffd \ufffd\ufffd (Hanako Yamada)"),
    ("김민지, 치과위생사", "\ufffd\ufffd\ufffd, \ufffd\ufffd\ufffd\ufffd\ufffd"),
    ("👨‍👩‍👧 family-friendly office", "• family-friendly office"),  # ZWJ sequence: one emoji, a bullet
    ("🇺🇸 US citizen", "• US citizen"),  # regional indicators: one flag
    ("José Muñoz — Nguyễn Thị Hương, Αθήνα, Москва", "José Muñoz — Nguyễn Thị Hương, Αθήνα, Москва"),
    ("Skills: ﬁnance, ① scaling ② polishing", "Skills: ﬁnance, ① scaling ② polishing"),  # DejaVu has them
    ("Lifts 23 ㎏; ㏂ shift", "Lifts 23 kg; a.m. shift"),
]
#: Emoji no DejaVu glyph stands for (issue 12 newcomer trial, a CPhT's resume and letter): before,
#: each came out as "�" — read as tofu. Now a line-opening emoji is a bullet, any other goes
#: cleanly (with the space before it). (text, PDF text)
EMOJI_ROWS = [
    ("💊 Dispensed 300+ prescriptions a day", "• Dispensed 300+ prescriptions a day"),
    ("💉 Immunization certified (APhA)", "• Immunization certified (APhA)"),
    ("👩‍⚕️ CPhT, Pittsburgh", "• CPhT, Pittsburgh"),  # ZWJ + ⚕ + VS16: one unit, no stray ⚕
    ("🏥 UPMC Presbyterian, 2021–2024", "• UPMC Presbyterian, 2021–2024"),
    ("Thank you for your time 🙏", "Thank you for your time"),
    ("Launched 🚀 a new refill workflow", "Launched a new refill workflow"),
    ("Team player 🤝🏾 and fast learner", "Team player and fast learner"),  # skin tone goes with it
    ("🚀🚀 Fast learner", "• Fast learner"),
    ("Proud Pittsburgher 🇺🇸", "Proud Pittsburgher"),
    ("  🧪 Compounding", "  • Compounding"),  # indented item
    ("📈 Cut wait times 20% 📉", "• Cut wait times 20%"),
]
FONTS = (str(writing_glyphs.MAIN_FONT),)  # the rows' expectations are those of DejaVu Sans alone


@pytest.mark.parametrize("text,printable", ROWS)
def test_pdf_printable_replaces_visibly(text, printable):
    assert writing_glyphs.pdf_printable(text, fonts=FONTS) == printable


@pytest.mark.parametrize("text,printable", ROWS)
def test_docx_text_equals_pdf_text_and_nothing_is_dropped(text, printable, monkeypatch):
    monkeypatch.setattr(writing_glyphs, "fallback_fonts", lambda: [])
    letter = f"Dear Dr. Patel,\n\n{text}\n\nSincerely,\nMaria"
    docx, pdf = writing_export.to_docx(letter, title="Cover letter"), writing_export.to_pdf(letter)
    got_docx, got_pdf = writing_export.docx_text(docx), writing_export.pdf_text(pdf)
    assert text in got_docx  # the DOCX keeps the text as written
    assert " ".join(got_pdf.split()) == " ".join(f"Dear Dr. Patel, {printable} Sincerely, Maria".split())
    assert writing_export.same_text(got_docx, got_pdf)


@pytest.mark.parametrize("text,printable", EMOJI_ROWS)
def test_emoji_leave_no_tofu_in_the_pdf(text, printable, monkeypatch):
    """The exported PDF's extracted text has a clean stand-in for every emoji: no "�" (tofu), no
    stray joiner remnant, no double space."""
    monkeypatch.setattr(writing_glyphs, "fallback_fonts", lambda: [])
    assert writing_glyphs.pdf_printable(text, fonts=FONTS) == printable
    pdf = writing_export.to_pdf(f"Dear hiring team,\n\n{text}\n\nSincerely,\nDana")
    got = writing_export.pdf_text(pdf)
    assert writing_glyphs.REPLACEMENT not in got
    assert " ".join(got.split()) == " ".join(f"Dear hiring team, {printable} Sincerely, Dana".split())


def test_an_installed_fallback_font_draws_its_glyphs():
    """A character a fallback font has is kept, not replaced (DejaVu Math TeX Gyre, from
    fonts-dejavu-extra, which ``make chromium`` installs, has the mathematical bold letters DejaVu Sans lacks)."""
    math = "/usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf"
    import os

    assert os.path.isfile(math), "`make chromium` installs fonts-dejavu-extra (DejaVu Math TeX Gyre)"
    assert writing_glyphs.pdf_printable("𝐁 ✅", fonts=(str(writing_glyphs.MAIN_FONT), math)) == "𝐁 ✔"


XML_ILLEGAL = [
    ("Reduced costs\ufffe by 12%", "Reduced costs by 12%"),  # noncharacter U+FFFE (session 25 probe: LLM output)
    ("Team lead\uffff, 2019–2024", "Team lead, 2019–2024"),
    ("Lone surrogate \ud800 here", "Lone surrogate  here"),
    ("Bell\x07 and NUL\x00", "Bell and NUL"),
    ("Page\x0cbreak", "Page\nbreak"),
]


@pytest.mark.parametrize("text,stored", XML_ILLEGAL)
def test_characters_xml_cannot_hold_are_dropped_and_both_exports_work(text, stored, monkeypatch):
    """python-docx refused U+FFFE/U+FFFF and surrogates ("All strings must be XML compatible": a 400
    on DOCX export while the PDF worked); the write guard drops them and so do both exports."""
    from careercopilot.text_guard import clean_controls

    monkeypatch.setattr(writing_glyphs, "fallback_fonts", lambda: [])
    assert clean_controls(text) == stored
    letter = f"Dear Dr. Patel,\n\n{text}\n\nSincerely,\nMaria"
    got_docx = writing_export.docx_text(writing_export.to_docx(letter, title="Cover letter"))
    got_pdf = writing_export.pdf_text(writing_export.to_pdf(letter))
    assert stored.split("\n")[0] in got_docx and writing_export.same_text(got_docx, got_pdf)
