"""Cover letter tone, length and language: the offline writer honours each (six resumes ×
three tones × three lengths × three languages: word range, company and title, ≥ 3 matched
skills cited with the role, grounded, deterministic), and the LLM prompt carries them."""

from __future__ import annotations

import itertools
import re
from datetime import date

import pytest

from careercopilot.writing.phrasing import CITED_FORMS
from careercopilot.writing.phrasing_locales import CITED as LOCALE_CITED

from careercopilot.normalize.skills import extract_skills
from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.offline import WritingInput, cover_letter, words
from careercopilot.writing.options import LANGUAGES, LENGTHS, TONES, LetterOptions
from careercopilot.writing.pipeline import build_request, generate
from careercopilot.writing.resume_facts import evidence_for, roles
from careercopilot.writing.untrusted import sanitize_posting
from tests.unit.writing.test_offline_and_untrusted import POSTINGS, RESUMES

#: how each language's template cites a skill with the role where it was used (writing/phrasing_locales.py: three
#: evidence forms per language since writer40)
CITED = {"en": list(CITED_FORMS), **{lang: list(forms) for lang, forms in LOCALE_CITED.items()}}
AND = {"en": " and ", "es": " y ", "fr": " et "}
#: words only the language's template uses (its greeting / sign-off family)
MARKERS = {"en": ("Dear", "Hello"), "es": ("Estimado", "Hola"), "fr": ("Bonjour",)}


def _letter(key: str, tone: str, length: str, language: str) -> tuple[str, WritingInput]:
    company, title, posting = POSTINGS[key]
    inp = WritingInput(RESUMES[key], company=company, title=title, posting_text=posting, name="Test Person",
                       tone=tone, length=length, language=language)
    return cover_letter(inp), inp


COMBOS = list(itertools.product(sorted(POSTINGS), TONES, ("short", "standard"), LANGUAGES))


@pytest.mark.parametrize("key,tone,length,language", COMBOS)
def test_offline_letter_honours_tone_length_language(key, tone, length, language):
    text, inp = _letter(key, tone, length, language)
    lo, hi = LENGTHS[length]
    assert lo <= words(text) <= hi, (words(text), text)
    company, title, _ = POSTINGS[key]
    assert company in text and title in text
    assert text.startswith(MARKERS[language])
    groups = [g for rx in CITED[language] for g in re.findall(rx, text)]
    cited = [s for g in groups for s in re.split(", |" + AND[language], g)]
    resume = RESUMES[key]
    available = len({e.skill for e in evidence_for(extract_skills(resume), roles(resume), resume)})
    assert len(cited) >= min(3, available), text
    facts = SourceFacts.from_texts(resume, allowed=[company, title, "Test Person"], today=date(2026, 12, 1))
    assert check(text, facts) == [], [(f.kind, f.text) for f in check(text, facts)]
    assert cover_letter(inp) == text


@pytest.mark.parametrize("key,tone,language", list(itertools.product(sorted(POSTINGS), TONES, LANGUAGES)))
def test_long_adds_material_never_padding(key, tone, language):
    """``long`` uses more of the resume than ``standard`` and stays within its maximum; a thin
    resume may give less than its minimum (the pipeline then says so) but is never padded
    with anything the resume lacks."""
    long_text, inp = _letter(key, tone, "long", language)
    standard, _ = _letter(key, tone, "standard", language)
    assert words(standard) <= words(long_text) <= LENGTHS["long"][1]
    company, title, _ = POSTINGS[key]
    facts = SourceFacts.from_texts(RESUMES[key], allowed=[company, title, "Test Person"], today=date(2026, 12, 1))
    assert check(long_text, facts) == []
    if words(long_text) < LENGTHS["long"][0]:
        result = generate("cover_letter", inp)
        assert f"material for {words(long_text)} words" in result.posting_notice


def test_tones_differ_and_standard_professional_english_is_the_default():
    texts = {tone: _letter("A", tone, "standard", "en")[0] for tone in TONES}
    assert len(set(texts.values())) == 3
    company, title, posting = POSTINGS["A"]
    default = cover_letter(WritingInput(RESUMES["A"], company=company, title=title, posting_text=posting,
                                        name="Test Person"))
    assert default == texts["professional"] and "Sincerely," in default and "Warm regards," in texts["warm"]


def test_short_is_shorter_than_standard():
    for key, language in itertools.product(sorted(POSTINGS), LANGUAGES):
        assert words(_letter(key, "professional", "short", language)[0]) < words(
            _letter(key, "professional", "standard", language)[0])


@pytest.mark.parametrize("raw,error", [({"tone": "angry"}, "tone"), ({"length": "epic"}, "length"),
                                       ({"language": "de"}, "language"), ({"language": "<script>"}, "language")])
def test_unknown_option_values_are_refused(raw, error):
    with pytest.raises(ValueError, match=error):
        LetterOptions.from_dict(raw)
    assert LetterOptions.from_dict({}) == LetterOptions() == LetterOptions.from_dict(None)


@pytest.mark.parametrize("tone,length,language", list(itertools.product(TONES, LENGTHS, LANGUAGES)))
def test_llm_prompt_carries_the_options(tone, length, language):
    company, title, posting = POSTINGS["A"]
    inp = WritingInput(RESUMES["A"], company=company, title=title, posting_text=posting, tone=tone, length=length,
                       language=language)
    request, _, _ = build_request("cover_letter", inp, sanitize_posting(posting), context_tokens=16000)
    lo, hi = LENGTHS[length]
    assert f"Write in {LANGUAGES[language][0]}, in a {tone} tone." in request.system
    assert f"{lo}–{hi} words" in request.messages[0][1]
    assert request.max_tokens >= hi * 2
