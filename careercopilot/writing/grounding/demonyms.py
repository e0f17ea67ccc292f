"""A country's adjective before a title, degree or licence it awards (session 23, ground38; set 19's false flags "with
the Dutch ir. title" — "Dutch" read as a tool — and "the Chilean professional title of geologist" — "Chilean" read
as an employer).

Cover letters written from a CV of another country say where a qualification is from: "the Dutch ir. title", "the
Chilean professional title", "the German Dipl.-Ing.", "my Austrian Mag. degree", "a Portuguese Eng. title", "the
Italian laurea", "a Spanish Ingeniero licence", "my Kenyan practising licence". The adjective claims nothing of its
own when the resume is from that country: it names the country (:func:`.locale_data.names_territory`, in any language
or by its ISO code: "Antofagasta, Chile") or is written in the country's language (:func:`.locale_forms.language_votes`:
Dutch month names "mrt. 2021 – heden"). :data:`DEMONYMS` maps each adjective to the country's English name and the
language whose CVs it may be read from (``None``: a country of several languages — Belgian, Swiss, Canadian — must
be named). A country's adjective on another country's CV ("the German Dipl.-Ing." on a Dutch CV) stays flagged, and so does
the title a qualification confers when the resume never writes it ("the Chilean professional title of geophysicist"
for a geologist's: every word of it, by its first six letters, must be in the resume).
"""

from __future__ import annotations

import re

#: Adjective → (country, language code of its CVs or ``None``).
DEMONYMS: dict[str, tuple[str, str | None]] = {
    "Dutch": ("Netherlands", "nl"), "Chilean": ("Chile", None), "German": ("Germany", "de"),
    "Austrian": ("Austria", None), "Swiss": ("Switzerland", None), "Belgian": ("Belgium", None),
    "French": ("France", "fr"), "Italian": ("Italy", "it"), "Spanish": ("Spain", None),
    "Portuguese": ("Portugal", None), "Brazilian": ("Brazil", None), "Mexican": ("Mexico", None),
    "Argentine": ("Argentina", None), "Argentinian": ("Argentina", None), "Colombian": ("Colombia", None),
    "Peruvian": ("Peru", None), "Polish": ("Poland", "pl"), "Czech": ("Czechia", "cs"), "Slovak": ("Slovakia", "sk"),
    "Hungarian": ("Hungary", "hu"), "Romanian": ("Romania", "ro"), "Greek": ("Greece", "el"),
    "Turkish": ("Turkey", "tr"), "Swedish": ("Sweden", "sv"), "Norwegian": ("Norway", "nb"),
    "Danish": ("Denmark", "da"), "Finnish": ("Finland", "fi"), "Ukrainian": ("Ukraine", "uk"),
    "Korean": ("South Korea", "ko"), "Japanese": ("Japan", "ja"), "Chinese": ("China", None),
    "Indian": ("India", None), "Kenyan": ("Kenya", None), "Nigerian": ("Nigeria", None),
    "Ghanaian": ("Ghana", None), "South African": ("South Africa", None), "Filipino": ("Philippines", None),
    "Indonesian": ("Indonesia", "id"), "Malaysian": ("Malaysia", None), "Vietnamese": ("Vietnam", "vi"),
    "Canadian": ("Canada", None), "Australian": ("Australia", None), "British": ("United Kingdom", None),
    "Irish": ("Ireland", None), "Israeli": ("Israel", None), "Egyptian": ("Egypt", None),
    "Moroccan": ("Morocco", None), "Pakistani": ("Pakistan", None), "Bangladeshi": ("Bangladesh", None),
}
#: A qualification's noun within four words after the adjective ("Dutch ir. title", "Chilean professional title").
_AWARD_AFTER = re.compile(r"(?i)^(?:[ \t]+[\w.()'’-]+){0,3}?[ \t]+(?:title|degree|diploma|licen[cs]e|qualification|"
                          r"registration|certificate|accreditation|designation|credential|register|list)s?\b")
#: The open end of a history range in the CV's language ("04-2018 – heden"): a CV of that language (session 31,
#: ground134; set 27's Dutch CV dates its jobs by number only, so no month name votes). Words of one language only,
#: from :data:`.locale_forms._PRESENT_RE` and the CVs of the blind sets ("obecnie", "jelenleg", "současnost").
_OPEN_END_LANGUAGE = {"heden": "nl", "heute": "de", "obecnie": "pl", "jelenleg": "hu", "současnost": "cs",
                      "actualidad": "es", "atualmente": "pt", "nuvarande": "sv", "pågående": "sv", "günümüz": "tr",
                      "prezent": "ro", "sekarang": "id", "oggi": "it"}
_OPEN_END_RE = re.compile(r"(?i)\d\s*[–—-]\s*(" + "|".join(_OPEN_END_LANGUAGE) + r")(?!\w)")


#: The title a qualification confers, named after it: "professional title of geologist", "title of Ingenieur".
_TITLE_OF = re.compile(r"(?i)^(?:[ \t]+[\w.()-]+){0,2}?[ \t]+title[ \t]+of[ \t]+(?:an?[ \t]+)?(?P<t>[\w-]+(?:[ \t]+(?!(?:from|at|in|with|by|and|or|since|for|of|under)\b)[a-z][\w-]*)?)")


def country_award(text: str, start: int, end: int, original: str) -> bool:
    """``text[start:end]`` is a country's adjective before a qualification's noun, and the resume ``original`` is
    from that country (module doc)."""
    from careercopilot.writing.grounding.locale_data import names_territory
    from careercopilot.writing.grounding.locale_forms import language_votes

    span = text[start:end].strip()
    adjective = next((d for d in DEMONYMS if span == d or span.startswith(d + " ")), None)
    # (the span may run into the qualification's first word: "Austrian Mag" of "my Austrian Mag. degree")
    if adjective is None or not _AWARD_AFTER.match(text[start + len(adjective):start + len(adjective) + 60]):
        return False
    named = _TITLE_OF.match(text[start + len(adjective):start + len(adjective) + 80])
    if named and not all(re.search(rf"(?i)\b{re.escape(w[:6])}", original) for w in re.findall(r"[A-Za-z]{3,}",
                                                                                             named.group("t"))):
        return False  # "the Chilean professional title of geophysicist" for a geologist's: the title is the claim
    country, language = DEMONYMS[adjective]
    if names_territory(country, original):
        return True
    votes = language_votes(original)
    if not votes and not any(names_territory(other, original) for other, _ in set(DEMONYMS.values()) if other != country):
        # no month names nor currencies, and no other country named ("Wien, Österreich … – heute" is no German CV):
        # the words closing its date ranges
        votes.update(_OPEN_END_LANGUAGE[m.group(1).lower()] for m in _OPEN_END_RE.finditer(original))
    return bool(language and votes and votes[language] == max(votes.values()))  # (the top language, ties kept)
