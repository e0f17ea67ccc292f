"""Resume tailoring and interview prep with an LLM provider — on top of the deterministic
proposals of :mod:`careercopilot.writing.tailor` and :mod:`careercopilot.writing.interview`,
never instead of them, and never a new fact.

Both ask for structured output through the ladder (``json_schema`` → ``json_object`` →
prompt-only with tolerant parsing; :func:`careercopilot.llm.structured.complete_json`). The
posting is sanitized and fenced as data with a nonce, the system prompt carries a canary,
and the answer passes the output guard (:func:`careercopilot.writing.untrusted.guard_output`)
before anything of it is used: a refused answer adds nothing.

Tailoring answer shape::

    {"changes": [{"bullet": <number of the bullet in the list we sent>, "after": "<rewritten bullet>",
                  "requirement": "<the posting's requirement it serves>", "reason": "<why>"}]}

A rewrite is kept only when it names a bullet we sent, changes it, is at most twice as long
(+ 80 characters), and :func:`careercopilot.writing.tailor.grounded_edit` finds no fact the
master resume lacks; the others are reported in ``dropped`` with the reason.

Interview prep answer shape::

    {"questions": [{"question": "...", "why": "...", "star": "<STAR draft from the resume, or ''>"}]}

A question is kept when it is 10–300 characters; its STAR draft is kept only when the
grounding checker finds nothing unsupported in it (else the draft is removed and reported).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field

from careercopilot.llm import ChatRequest, Provider
from careercopilot.llm.structured import complete_json
from careercopilot.normalize.posting_sections import read_posting
from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.resume_facts import covered_skills, roles
from careercopilot.writing.tailor import Change, grounded_edit
from careercopilot.writing.untrusted import (
    FENCE_RULE, CleanPosting, fence, guard_output, new_canary, sanitize_posting,
)

MAX_CHANGES = 12
MAX_QUESTIONS = 10
TAILOR_SCHEMA = {
    "type": "object",
    "properties": {"changes": {"type": "array", "items": {
        "type": "object",
        "properties": {"bullet": {"type": "integer"}, "after": {"type": "string"},
                       "requirement": {"type": "string"}, "reason": {"type": "string"}},
        "required": ["bullet", "after", "requirement", "reason"]}}},
    "required": ["changes"],
}
PREP_SCHEMA = {
    "type": "object",
    "properties": {"questions": {"type": "array", "items": {
        "type": "object",
        "properties": {"question": {"type": "string"}, "why": {"type": "string"}, "star": {"type": "string"}},
        "required": ["question", "why", "star"]}}},
    "required": ["questions"],
}
TAILOR_SYSTEM = (
    "You tailor a job seeker's resume bullets to a job posting. Reword a bullet only to bring out what the posting "
    "asks for, using the posting's terms for things the bullet already shows. Never add a fact: no new numbers, "
    "employers, titles, dates, degrees, certifications, tools, links or achievements. Each change names the "
    "posting's requirement it serves. Leave bullets that need no change out of the list. " + FENCE_RULE
)
PREP_SYSTEM = (
    "You help a job seeker prepare for an interview. Write the questions this interviewer is likely to ask, from "
    "the posting's requirements and the skills the resume does not show. For each question that the resume can "
    "answer, draft a STAR answer (Situation, Task, Action, Result) using only facts from the resume; leave the "
    "draft empty when the resume has nothing to answer it with. Never invent numbers, employers, titles, dates, "
    "tools or results. " + FENCE_RULE
)


@dataclass
class LLMProposals:
    """What the model added, what was dropped (and why), and what it cost."""

    changes: list[Change] = field(default_factory=list)
    questions: list[dict] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    refused: tuple[str, ...] = ()
    tokens_in: int = 0
    tokens_out: int = 0
    mode: str = ""
    #: what was removed from the posting before the model saw it (hidden text, blobs), for the user
    posting_notice: str = ""


def _prompt(system: str, user_lead: str, clean: CleanPosting, task: str) -> tuple[str, str, str]:
    """``(system, user, canary)`` with the sanitized posting fenced."""
    canary, nonce = new_canary(), secrets.token_hex(6)
    fenced, _ = fence(clean.text, nonce=nonce)
    sys = system.replace("{nonce}", nonce).replace("{canary}", canary)
    return sys, f"{user_lead}\n\n{fenced}\n\nTask: {task}", canary


def _guarded(provider: Provider, system: str, user: str, canary: str, clean: CleanPosting, resume_text: str,
             schema: dict, max_tokens: int, out: LLMProposals) -> object | None:
    value, completion, mode = complete_json(
        provider, ChatRequest(system=system, messages=(("user", user),), max_tokens=max_tokens, temperature=0.2),
        schema)
    out.tokens_in += completion.usage.input_tokens
    out.tokens_out += completion.usage.output_tokens
    out.mode = mode
    verdict = guard_output(json.dumps(value, ensure_ascii=False), canary=canary, system_prompt=system,
                           posting=clean, user_text=resume_text)
    if verdict.reasons:
        out.refused = verdict.reasons
        return None
    return value


def tailor_with_llm(provider: Provider, resume_text: str, posting_text: str, *, first_index: int = 0,
                    posting_html: str | None = None) -> LLMProposals:
    """Grounded rewrites of the resume's bullets (see the module doc). Raises LLMError."""
    bullets = [(r.label, b) for r in roles(resume_text) for b in r.bullets]
    slots = [[k, i] for k, r in enumerate(roles(resume_text)) for i in range(len(r.bullets))]
    clean = sanitize_posting(posting_text, html=posting_html)
    out = LLMProposals(posting_notice=clean.notice)
    if not bullets:
        return out
    listing = "\n".join(f"{i + 1}. [{role}] {b}" for i, (role, b) in enumerate(bullets))
    system, user, canary = _prompt(TAILOR_SYSTEM, f"My resume's bullets (my facts), numbered:\n{listing}", clean,
                                   "Propose rewrites of the numbered bullets for this posting as JSON.")
    value = _guarded(provider, system, user, canary, clean, resume_text, TAILOR_SCHEMA, 1500, out)
    items = value.get("changes") if isinstance(value, dict) else None
    n = first_index
    seen: set[int] = set()
    for item in (items if isinstance(items, list) else [])[: MAX_CHANGES * 2]:
        if not isinstance(item, dict):
            continue
        try:
            number = int(item.get("bullet"))
        except (TypeError, ValueError):
            out.dropped.append("a change that named no bullet")
            continue
        after = " ".join(str(item.get("after") or "").split())
        if not 1 <= number <= len(bullets) or number in seen:
            out.dropped.append(f"a change to bullet {number}, which does not exist or was already changed")
            continue
        role, before = bullets[number - 1]
        if not after or after == before.strip():
            continue
        if len(after) > 2 * len(before) + 80:
            out.dropped.append(f"a rewrite of “{before[:60]}” that was far longer than the bullet")
            continue
        new_facts = grounded_edit(before, after, resume_text)
        if new_facts:
            out.dropped.append(f"a rewrite of “{before[:60]}” that added {', '.join(new_facts)}")
            continue
        seen.add(number)
        requirement = " ".join(str(item.get("requirement") or "").split())[:200]
        reason = " ".join(str(item.get("reason") or "").split())[:300] or "reworded for the posting"
        out.changes.append(Change(n, role, before, after, reason, requirement, "rewrite", slot=slots[number - 1]))
        n += 1
        if len(out.changes) >= MAX_CHANGES:
            break
    return out


def prep_with_llm(provider: Provider, resume_text: str, posting_text: str, *, company: str = "",
                  title: str = "", posting_html: str | None = None) -> LLMProposals:
    """Likely questions with grounded STAR drafts (see the module doc). Raises LLMError."""
    clean = sanitize_posting(posting_text, html=posting_html)
    out = LLMProposals(posting_notice=clean.notice)
    posting_text = clean.text
    have = covered_skills(resume_text)
    gaps = [s for s in read_posting(posting_text, company=company or None).asked if s not in have]
    lead = (f"My resume (my facts):\n{resume_text}\n\nSkills the posting requires that my resume does not show: "
            f"{', '.join(gaps) or 'none'}")
    system, user, canary = _prompt(PREP_SYSTEM, lead, clean,
                                   f"Write up to {MAX_QUESTIONS} likely interview questions with STAR drafts as JSON.")
    value = _guarded(provider, system, user, canary, clean, resume_text, PREP_SCHEMA, 2000, out)
    items = value.get("questions") if isinstance(value, dict) else None
    facts = SourceFacts.from_texts(resume_text, allowed=[company, title], posting=posting_text)
    for item in (items if isinstance(items, list) else [])[: MAX_QUESTIONS * 2]:
        if not isinstance(item, dict):
            continue
        question = " ".join(str(item.get("question") or "").split())
        if not 10 <= len(question) <= 300:
            continue
        star = str(item.get("star") or "").strip()[:3000]
        if star and (flags := check(star, facts)):
            out.dropped.append(f"the STAR draft for “{question[:60]}”, which stated "
                               + ", ".join(sorted({f.text for f in flags})[:5]))
            star = ""
        why = " ".join(str(item.get("why") or "").split())[:300] or "Suggested by the AI model."
        out.questions.append({"text": question, "why": why, "star": star, "source": "llm"})
        if len(out.questions) >= MAX_QUESTIONS:
            break
    return out
