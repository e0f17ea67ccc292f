"""East-Asian era years in the Gregorian calendar (session 21, ground22; set 14's Japanese CV "令和3年4月 (2021年4月) –
現在" whose history the checker read no entry of). Japanese résumés (履歴書) write years by the imperial era — "平成29年4月",
"令和元年" (the era's first year), "H29年4月", "R3年" — often with the Gregorian year glossed after them; Taiwanese ones
by the Minguo (ROC) calendar, "民國108年".

:func:`gregorian_eras` rewrites each era year as its Gregorian year (the month mark kept: "2017年4月", read further by
:func:`.locale_forms.english_dates`) and drops a gloss in parentheses that repeats the same date ("2021年4月 (2021年4月)"
→ "2021年4月"), so a range written "<era date> (<gloss>) – 現在" is a range. Era starts: Meiji 1868, Taishō 1912, Shōwa
1926, Heisei 1989, Reiwa 2019 (Cabinet Office of Japan, 元号); Minguo 1912 (year 1 = 1912). Year N of an era = start +
N − 1; 元年 is year 1.
"""

from __future__ import annotations

import re

#: Era name (kanji, its Latin initial as Japanese forms write it, the Minguo names) → Gregorian year of its year 1.
ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019, "M": 1868, "T": 1912, "S": 1926, "H": 1989,
        "R": 2019, "民國": 1912, "民国": 1912}
_ERA_RE = re.compile(r"(?:(?P<k>明治|大正|昭和|平成|令和|民國|民国)\s?|(?<![A-Za-z])(?P<l>[MTSHR])\.?\s?(?=\d{1,2}\s?年))"
                     r"(?P<n>元|\d{1,3})\s?年")
#: A Gregorian date with a parenthesised gloss repeating it: "2021年4月 (2021年4月)", "2017年（2017年）".
_REPEATED_GLOSS_RE = re.compile(r"(?P<d>(?:19|20)\d\d\s?年(?:\s?\d{1,2}\s?月)?)\s*[(（]\s*(?P=d)\s*[)）]")


def _year(m: re.Match[str]) -> str:
    base = ERAS[m.group("k") or m.group("l")]
    n = 1 if m.group("n") == "元" else int(m.group("n"))
    return f"{base + n - 1}年"


def gregorian_eras(text: str) -> str:
    """``text`` with era years as Gregorian years and repeated glosses dropped (module doc)."""
    if not _ERA_RE.search(text):
        return text
    text = _ERA_RE.sub(_year, text)
    return _REPEATED_GLOSS_RE.sub(lambda m: m.group("d"), text)
