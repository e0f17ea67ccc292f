"""Table of variants for amounts a resume writes with a magnitude word of its own language, restated in English
(session 20, ground21, after the false flags of blind sets 14 and 16; figures and CVs written for this file).

A CV in Chinese, Japanese, Korean or Vietnamese writes "6.8 亿元", "4,150 万元", "2.3億円", "1,850억 원" or "4.100 tỷ
đồng"; the resume is read in English form (:mod:`.locale_forms`: "680 million元", "41.5 million元", "4.1 trillion
đồng"). Two things kept such amounts from matching a sentence: the magnitude word touching a letter of a script
written without spaces ("million元": no word boundary there) and "trillion" missing from the magnitudes
(:data:`.text.MAGNITUDE`, ``NUMBER_RE``). ``True``: the sentence must be flagged; ``False``: no flag.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding.text import quantities

TODAY = date(2026, 12, 3)

HEAD = "Name Surname\nCity · +00 000 000 · name@example.com\n\nEXPERIENCE\nBuyer, Acme Works | 2019 – present\n"


def _flagged(line: str, sentence: str) -> bool:
    facts = SourceFacts.from_texts(HEAD + "• " + line + "\n", today=TODAY)
    return bool(check(sentence, facts))


@pytest.mark.parametrize("line,sentence,flagged", [
    ("管理年采购额约 9.2 亿元人民币", "I manage annual purchasing of about 920 million yuan.", False),
    ("管理年采购额约 9.2 亿元人民币", "I manage annual purchasing of about 290 million yuan.", True),
    ("累计降本 3,680 万元", "My team saved a cumulative 36.8 million yuan.", False),
    ("累计降本 3,680 万元", "My team saved a cumulative 63.8 million yuan.", True),
    ("年間コスト削減 4.7億円", "My improvements save about ¥470 million a year.", False),
    ("年間コスト削減 4.7億円", "My improvements save about ¥740 million a year.", True),
    ("연간 매출 2,350억 원", "The title earns ₩235 billion a year.", False),
    ("Kim ngạch xuất khẩu khoảng 6.300 tỷ đồng/năm", "Our exports are worth about VND 6.3 trillion a year.", False),
    ("Kim ngạch xuất khẩu khoảng 6.300 tỷ đồng/năm", "Our exports are worth about VND 3.6 trillion a year.", True),
])
def test_amounts_in_the_cvs_magnitude_words(line, sentence, flagged):
    assert _flagged(line, sentence) is flagged


@pytest.mark.parametrize("text,value", [
    ("680 million元人民币", 680e6),
    ("230 million円", 230e6),
    ("a $1.2 trillion market", 1.2e12),
    ("IDR 3 trillion", 3e12),
    ("41.5 millionen", 41.5),  # a longer word is no magnitude
])
def test_magnitude_words_read(text, value):
    assert quantities(text)[0].value == pytest.approx(value)
