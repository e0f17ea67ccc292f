"""One generation, start to finish, without the database: prompt → provider (or the offline
writer) → output guard → grounding flags. Services call this and persist the result;
the benchmark calls it directly.

Prompt layout (every LLM prompt): a system prompt with the rules, the canary and the
fence rule; one user message holding the user's resume (their facts), the sanitized
posting inside the nonce fence, and the task. Inputs are fitted to the model's context
(the longest input is cut first) and the cut is reported.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from careercopilot.llm import ChatRequest, LLMError, Provider, StreamEvent
from careercopilot.llm.compat import Truncation, estimate_tokens, fit_to_context
from careercopilot.writing import offline
from careercopilot.writing.display import addressing_forms
from careercopilot.writing.grounding import Flag, SourceFacts, check
from careercopilot.writing.grounding.posting_side import check_posting_claims, merge
from careercopilot.writing.judge import LLMJudge
from careercopilot.writing.untrusted import (FENCE_RULE, CleanPosting, fence, guard_output, new_canary, sanitize_posting,
                                             untrusted_name)

SYSTEM = (
    "You are a careful writing assistant for a job seeker. Write only from the facts in the user's resume: never "
    "invent employers, titles, dates, numbers, degrees, certifications, tools, links, e-mail addresses or phone "
    "numbers. When the posting asks for something the resume does not show, do not claim it. Write in {language}, "
    "in a {tone} tone. " + FENCE_RULE
)
#: The task line. ``{title}``/``{company}`` never hold the posting's own words (they are data inside the
#: fence: "Job title:"/"Employer:"; attack93 item 3), only references to them, or the agency phrasing.
TASKS = {
    "cover_letter": "Write a cover letter of {min_words}–{max_words} words for {title} at {company}. "
                    "Name the company and the title, and cite at least three of the user's skills that the posting asks "
                    "for, each with the role where the resume shows it was used. Output only the letter.",
    "follow_up": "Write a short follow-up e-mail about the application for {title} at {company}.",
    "thank_you": "Write a short thank-you e-mail after an interview for {title} at {company}.",
}
#: How the task line names the posting's title and employer (by reference to the fenced data).
TITLE_REF = 'the position given as "Job title" in the posting data'
EMPLOYER_REF = 'the employer given as "Employer" in the posting data'


@dataclass
class Result:
    """A finished document: text, how it was made, and what needs the user's attention."""

    text: str
    mode: str  # offline | llm
    flags: list[Flag] = field(default_factory=list)
    truncations: list[Truncation] = field(default_factory=list)
    posting_notice: str = ""
    guard_reasons: tuple[str, ...] = ()
    tokens_in: int = 0
    tokens_out: int = 0
    model: str = ""
    #: why the LLM judge added nothing because it failed ('' = it ran, or was not asked)
    judge_error: str = ""

    @property
    def blocked(self) -> bool:
        """The output guard refused the answer (it is not shown as a draft)."""
        return bool(self.guard_reasons)


def build_request(
    kind: str, inp: offline.WritingInput, clean: CleanPosting, *, context_tokens: int, max_tokens: int = 1200,
) -> tuple[ChatRequest, str, list[Truncation]]:
    """``(request, canary, truncations)`` for one document, in the user's tone, length (word
    range, cover letters) and language (``inp.options``)."""
    opts = inp.options
    canary = new_canary()
    nonce = secrets.token_hex(6)
    system = SYSTEM.replace("{language}", opts.language_name).replace("{tone}", opts.tone).replace(
        "{nonce}", nonce).replace("{canary}", canary)
    lo, hi = opts.words
    placed = inp.placement()  # a staffing agency's posting: the job is with its client (newcomer trial F9)
    company = (inp.company if placed is None else f"{placed.client} (posted by the agency {placed.agency})"
               if placed.client else f"a client of the agency {placed.agency} (unnamed; address the agency's recruiters)")
    # the title and the employer are the posting's words: named in the task only by reference, given inside the
    # fence as data (attack93 item 3: an instruction in the title sat in the task line)
    task = TASKS[kind].format(title=TITLE_REF, company=EMPLOYER_REF if placed is None or placed.client else company,
                              min_words=lo, max_words=hi)
    max_tokens = max(max_tokens, hi * 2 + 200) if kind == "cover_letter" else max_tokens
    reserved = estimate_tokens(system + task) + max_tokens + 200
    fitted, cuts = fit_to_context({"resume": inp.resume_text, "posting": clean.text},
                                  context_tokens=context_tokens, reserved_tokens=reserved)
    named = f"Job title: {inp.title}\nEmployer: {company}\n\n"
    fenced, _ = fence(named + fitted["posting"], nonce=nonce)
    user = f"My resume (my facts):\n{fitted['resume']}\n\n{fenced}\n\nTask: {task}"
    return ChatRequest(system=system, messages=(("user", user),), max_tokens=max_tokens), canary, cuts


def generate(
    kind: str,
    inp: offline.WritingInput,
    *,
    posting_html: str | None = None,
    provider: Provider | None = None,
    on_event: Callable[[StreamEvent], None] | None = None,
    allowed: list[str] | None = None,
    offline_pace_s: float = 0.0,
    judge: bool = False,
) -> Result:
    """Write one document. With ``provider`` None the offline writer is used.

    ``on_event`` receives stream events (``delta``/``reset``) as they arrive, so a job can
    save tokens live. With ``judge`` (and a provider) the model reads the finished text once
    more and may add grounding flags (:class:`careercopilot.writing.judge.LLMJudge`); its
    tokens are counted in the result. Raises :class:`LLMError` when the provider fails for good.
    """
    clean = sanitize_posting(inp.posting_text, html=posting_html)
    inp.posting_text = clean.text
    inp.title, title_cut = untrusted_name(inp.title, limit=160)
    inp.company, company_cut = untrusted_name(inp.company, limit=120)
    clean.suspicious.extend(cut for cut in (title_cut, company_cut) if cut)  # the guard checks an answer against them
    facts = SourceFacts.from_texts(inp.resume_text, allowed=[*inp.employers(), inp.title, inp.name, *(allowed or []), *(
        f for c in inp.employers() for f in addressing_forms(c, inp.title, inp.name))], posting=inp.posting_text)
    if provider is None:
        text = offline.cover_letter(inp) if kind == "cover_letter" else offline.follow_up_email(
            inp, kind="thank_you" if kind == "thank_you" else "follow_up")
        if on_event is not None:
            for chunk in _chunks(text):
                on_event(StreamEvent("delta", chunk))
                if offline_pace_s:
                    time.sleep(offline_pace_s)
        notice = clean.notice
        lo, _ = inp.options.words
        if kind == "cover_letter" and (n := offline.words(text)) < lo:
            notice = " ".join(x for x in (notice, f"Your resume gave material for {n} words, fewer than the "
                                          f"{inp.options.length} length's {lo}; the offline writer does not pad.") if x)
        return Result(text, "offline", merge(check(text, facts), _posting_flags(text, inp)), [], notice)
    request, canary, cuts = build_request(kind, inp, clean, context_tokens=provider.config.context_tokens)
    completion = None
    for event in provider.stream(request):
        if on_event is not None and event.kind in ("delta", "reset"):
            on_event(event)
        if event.kind == "done":
            completion = event.completion
    if completion is None:  # pragma: no cover - stream() raises instead
        raise LLMError("the stream ended without an answer", kind="incomplete")
    verdict = guard_output(completion.text, canary=canary, system_prompt=request.system, posting=clean,
                           user_text=" ".join([inp.resume_text, inp.company, inp.title, inp.name]))
    llm_judge = LLMJudge(provider) if judge and not verdict.reasons else None
    flags = merge(check(completion.text, facts, judge=llm_judge), _posting_flags(completion.text, inp))
    return Result(completion.text, "llm", flags, cuts, clean.notice, verdict.reasons,
                  completion.usage.input_tokens + (llm_judge.tokens_in if llm_judge else 0),
                  completion.usage.output_tokens + (llm_judge.tokens_out if llm_judge else 0), completion.model,
                  llm_judge.error if llm_judge else "")


def _posting_flags(text: str, inp: offline.WritingInput) -> list[Flag]:
    """What ``text`` says about the posting that the posting does not (:mod:`.grounding.posting_side`)."""
    return check_posting_claims(text, inp.posting_text, company=inp.company, title=inp.title)


def _chunks(text: str, size: int = 6) -> Iterator[str]:
    """The offline text in word-sized pieces (the page streams it like a model's answer)."""
    words = text.split(" ")
    for i in range(0, len(words), size):
        yield " ".join(words[i : i + size]) + (" " if i + size < len(words) else "")
