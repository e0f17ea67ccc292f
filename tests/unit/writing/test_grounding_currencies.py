"""Table of variants for amounts in another currency (session 12): an amount must be the resume's in the
same currency — "CAD 84 million" is not backed by "€84 million" — while the ways of writing one currency
pass: ISO 4217 codes, symbols, national abbreviations and names after the amount ("C$84M" / "CAD 84
million", "750,000 euros" / "€750,000", "₦9.5 billion" / "NGN 9.5 billion", "Rp 186 billion" / "IDR 186
billion"), and a symbol several currencies share for each of them ("$84M" for a Canadian's "CAD 84
million"; "kr" for SEK, NOK, DKK; "Rs" for the rupees). :func:`careercopilot.writing.grounding.text.currency_of`,
:func:`~careercopilot.writing.grounding.text.same_currency`. ``True``: the sentence must get a flag.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding.text import same_currency

TODAY = date(2026, 12, 3)

RESUME = """Adaeze Okafor
Lagos, Nigeria | adaeze.okafor@example.ng

EXPERIENCE
Finance Director, Okeke Foods Ltd - 03/2019 - present
- Raised a NGN 9.5 billion term loan for the Ikeja plant
- Cut working capital by CAD 84 million across the Canadian subsidiary
- Managed an IDR 186 billion capex program in Jakarta
- Closed a 750,000 euros grant from the EU food fund
- Negotiated a SEK 12 million supply contract
- Led a Rs 40 lakh cost programme in Pune
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I raised a ₦9.5 billion term loan for the Ikeja plant.", False),
    ("I raised a 9.5 billion naira term loan for the Ikeja plant.", False),
    ("I raised a $9.5 billion term loan for the Ikeja plant.", True),
    ("I raised a €9.5 billion term loan for the Ikeja plant.", True),
    ("I cut working capital by C$84M across the Canadian subsidiary.", False),
    ("I cut working capital by $84 million across the Canadian subsidiary.", False),
    ("I cut working capital by €84 million across the Canadian subsidiary.", True),
    ("I cut working capital by US$84 million across the Canadian subsidiary.", True),
    ("I managed an Rp 186 billion capex program in Jakarta.", False),
    ("I managed a ₹186 billion capex program in Jakarta.", True),
    ("I closed a €750,000 grant from the EU food fund.", False),
    ("I closed a £750,000 grant from the EU food fund.", True),
    ("I negotiated a 12 million kronor supply contract.", False),
    ("I negotiated a NOK 12 million supply contract.", True),
    ("I negotiated a CAD 15 million supply contract.", True),
])
def test_an_amount_in_another_currency_is_flagged(sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(RESUME, today=TODAY))
    assert bool(flags) == flagged, [(f.kind, f.text) for f in flags]


@pytest.mark.parametrize("a,b,same", [
    ("CAD", "$", True), ("USD", "$", True), ("$", "MXN", True), ("CAD", "USD", False), ("SEK", "kr", True),
    ("NOK", "SEK", False), ("INR", "Rs", True), ("JPY", "¥", True), ("EUR", None, True), ("EUR", "GBP", False),
])
def test_currency_families(a, b, same):
    assert same_currency(a, b) is same
