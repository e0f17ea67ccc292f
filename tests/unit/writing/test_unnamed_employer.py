"""A posting that names no employer (blank, "Unknown company", "Confidential") gets a letter that reads
("the Pharmacy Technician position with your organization"), not "position at ." (trial92, Med), and
a document title without a stray dash ("Pharmacy Technician —"). Every blank/placeholder row failed on
b4ed0e1 (" at ." or the placeholder in the letter; the dash in the title)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from careercopilot.services.writing_documents import document_title
from careercopilot.writing.display import unnamed_employer
from careercopilot.writing.offline import WritingInput, cover_letter, follow_up_email, words

RESUME = json.loads((Path(__file__).resolve().parents[2] / "fixtures" / "writing" / "planted_resumes.json")
                    .read_text("utf-8"))["A"]
POSTING = ("Pharmacy Technician. Requirements: PTCB certification, prior authorizations, inventory, "
           "customer service, Python and SQL a plus.")


@pytest.mark.parametrize("company", ["", "   ", "Unknown company", "Employer not named", "Confidential",
                                     "Company Confidential"])
@pytest.mark.parametrize("language,org", [("en", "your organization"), ("es", "su organización"),
                                          ("fr", "votre organisation")])
def test_a_letter_for_an_unnamed_employer_reads(company, language, org):
    inp = WritingInput(RESUME, company=company, title="Pharmacy Technician", posting_text=POSTING, language=language)
    letter = cover_letter(inp)
    assert not re.search(r"\s(?:at|en|chez|de)\s*[.,:]", letter), letter
    assert company.strip() == "" or company not in letter
    assert org in letter and "Pharmacy Technician" in letter
    if language == "en":
        assert 250 <= words(letter) <= 400
    mail = follow_up_email(inp, kind="follow_up")
    assert company.strip() == "" or company not in mail


def test_a_named_employer_is_still_named():
    letter = cover_letter(WritingInput(RESUME, company="Ideando Inc", title="Pharmacy Technician", posting_text=POSTING))
    assert "Ideando" in letter and "your organization" not in letter


@pytest.mark.parametrize("title,company,expected", [
    ("Pharmacy Technician", "", "Pharmacy Technician"),
    ("Pharmacy Technician", None, "Pharmacy Technician"),
    ("Pharmacy Technician", "Unknown company", "Pharmacy Technician"),
    ("Pharmacy Technician", "CVS Health", "Pharmacy Technician — CVS Health"),
    ("", "", "Untitled"),
])
def test_document_title(title, company, expected):
    assert document_title(title, company) == expected


def test_unnamed_forms():
    assert unnamed_employer(None) and unnamed_employer(" Unknown  Company ") and not unnamed_employer("Unknown Worlds")
