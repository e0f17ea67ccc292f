"""Grounding of interview prep: every generated text the user sees — the question, why it is likely,
and the STAR draft — goes through the checker the drafts use (attack93 item 2: only STAR drafts were
checked, so "Tell us about your 12 years at Google" or "Send your portfolio to hr@…" reached the page).

Sources per field:

* ``star`` (the user's answer, in their voice): the user's sources only — :func:`grounding.check`
  against the resume/profile facts, plus the posting-side check (what it says the posting asks for).
* ``text`` and ``why`` (the interviewer's words about the posting): a question may name what the
  posting asks for that the resume lacks ("How would you get up to speed with Kubernetes?"), so the
  posting counts as a source for them — a claim about the user that neither the resume nor the
  posting holds (a tenure, an employer, a figure) is flagged, and so is a tool, credential, employer or title
  only the posting holds that the question presents as the person's experience ("Tell us about the time you
  used Salesforce": :func:`.grounding.posting_names.as_own_experience`, ground111). Contact data (``url``/``email``/``phone``)
  must be in the user's own sources whatever the field: a link or address from a posting is the
  classic injected bait and is never shown as the user's.

Flag shape (stored in ``WritingDocument.flags``, like a draft's): ``{"kind", "start", "end", "text",
"message", "source", "question", "field"}`` — ``start``/``end`` index the field's text, ``question`` the
0-based question, ``field`` one of :data:`FIELDS`. :func:`shown_text` is the text the flags are
"still in" (``writing_documents.open_flags``).
"""

from __future__ import annotations

import copy

from careercopilot.writing.grounding import Flag, SourceFacts, check
from careercopilot.writing.grounding.posting_names import borrowed
from careercopilot.writing.grounding.posting_side import check_posting_claims, merge

#: Generated fields of a prep question the user sees (``answer`` is the user's own words: not checked).
FIELDS = ("text", "why", "star")
#: Kinds that must be in the user's own sources even in a question.
CONTACT_KINDS = frozenset({"url", "email", "phone"})
_LABEL = {"text": "question", "why": "reason", "star": "STAR draft"}


def _field_flags(field: str, text: str, own: SourceFacts, asked: SourceFacts, posting_text: str, company: str,
                 title: str) -> list[Flag]:
    if field == "star":
        found = check(text, own)
        posting = posting_text
    else:
        resume_only = copy.copy(own)
        resume_only.posting = ""  # (every name the posting gives read as a claim here; :func:`borrowed` judges)
        mine = check(text, resume_only)
        contacts = [f for f in mine if f.kind in CONTACT_KINDS]
        others = [f for f in check(text, asked) if f.kind not in CONTACT_KINDS]
        found = merge(merge(contacts, others), [Flag(
            f.kind, f.start, f.end, f.text, "The question presents this as your experience; your resume does not "
            "show it.") for f in borrowed(text, mine, others)])
        posting = f"{posting_text}\n{posting_names(posting_text, company)}"
    return merge(found, check_posting_claims(text, posting, company=company, title=title))


def posting_names(posting_text: str, company: str = "") -> str:
    """The skills the posting asks for, by their taxonomy names, one line: a question names a skill so
    ("The posting requires Economic Analysis" for "economic analyses"), a reading of the posting's own words
    (:func:`careercopilot.normalize.posting_sections.read_posting`)."""
    from careercopilot.normalize.posting_sections import read_posting

    if not posting_text.strip():
        return ""
    asks = read_posting(posting_text, company=company or None)
    return "Skills: " + ", ".join(dict.fromkeys([*asks.everything, *asks.asked]))


def question_flags(questions: list[dict], own: SourceFacts, asked: SourceFacts, *, posting_text: str,
                   company: str = "", title: str = "") -> list[dict]:
    """Flags (module shape) of every generated field of ``questions`` (dicts with :data:`FIELDS` keys).

    ``own``: the user's sources (resume, profile, the posting's company/title for addressing);
    ``asked``: the same plus the posting's text (:func:`asked_sources`)."""
    out: list[dict] = []
    for i, q in enumerate(questions):
        for field in FIELDS:
            text = str(q.get(field) or "")
            if not text.strip():
                continue
            for f in _field_flags(field, text, own, asked, posting_text, company, title):
                out.append(dict(vars(f), question=i, field=field,
                                message=f"In the {_LABEL[field]} of question {i + 1}: {f.message}"))
    return out


def asked_sources(resume_text: str, posting_text: str, *, allowed: list[str], company: str = "") -> SourceFacts:
    """The sources of a question's own words: the resume, the posting and its skills' names (module doc)."""
    return SourceFacts.from_texts(resume_text, posting_text, posting_names(posting_text, company), allowed=allowed)


def shown_text(questions: list[dict]) -> str:
    """Every generated field of ``questions``, one per line: where a flag's text must still be for the
    flag to count (a question regenerated or merged away takes its flags with it)."""
    return "\n".join(str(q.get(f) or "") for q in questions for f in FIELDS)
