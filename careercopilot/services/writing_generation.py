"""Run one generation for a document (called by ``jobs.writing.generate_document``).

Tokens are saved as they arrive (throttled to one write per ``SAVE_EVERY_S``) so the page
can stream them and pick up after a reload; a ``reset`` event (a provider retry) clears
the saved partial text; the user's ``stop`` (status set to ``stopped`` in the database)
ends the run and keeps the partial text marked stopped — never ``ready``. Each run is
logged (provider, model, tokens in/out, latency, outcome) in ``GenerationLog`` and in the
Prometheus metrics ``cc_llm_*``.
"""

from __future__ import annotations

import time

import structlog
from sqlmodel import select

from careercopilot import metrics
from careercopilot.db import session_scope
from careercopilot.llm import LLMError, StreamEvent
from careercopilot.models import Application, GenerationLog, JobPosting, User, WritingDocument
from careercopilot.services import writing_documents as docs
from careercopilot.services import writing_budget, writing_grading
from careercopilot.services.writing_providers import provider_for_user
from careercopilot.writing.offline import LABEL, WritingInput
from careercopilot.writing.options import LetterOptions
from careercopilot.writing.pipeline import generate

log = structlog.get_logger(__name__)


class Stopped(Exception):
    """The user stopped the generation."""


class Overtime(Exception):
    """The generation streamed longer than ``LLM_GENERATION_SECONDS`` (the per-token timeout alone lets a
    trickling model run for hours); the stream is cut."""

    def __init__(self, limit_s: float) -> None:
        super().__init__(f"The model was still writing after {limit_s:g} seconds (the time limit of one "
                         "generation); the answer was cut there. Regenerate, or ask an admin about the model.")


class Runaway(Exception):
    """The model kept writing past the output cap (:func:`output_cap_chars`); the stream is cut."""

    def __init__(self, cap: int) -> None:
        super().__init__(f"The model kept writing past {cap:,} characters (it ignored its length limit); "
                         "the answer was cut there and nothing after it was kept or charged.")
        self.cap = cap


#: Most characters a generated draft may have: the editor's cap (``writing_documents.MAX_TEXT_CHARS``).
MAX_OUTPUT_CHARS = docs.MAX_TEXT_CHARS
#: Output tokens a reservation always allows for, and how many times its answer share (~4 characters
#: a token) a stream may reach before it is cut: a model that ignores ``max_tokens`` (issue 12
#: finding 7: 2 MB streamed, ~500k tokens charged against a 40k budget) is stopped near what was reserved.
MIN_ANSWER_TOKENS, ANSWER_SLACK = 1600, 2


def output_cap_chars(reserved: int, prompt_tokens: int) -> int:
    """Characters of streamed text after which the stream is cut: twice the answer's share of the
    reservation (``reserved - prompt_tokens``, at least :data:`MIN_ANSWER_TOKENS`) at ~4 characters a
    token, never above :data:`MAX_OUTPUT_CHARS`; :data:`MAX_OUTPUT_CHARS` without a reservation (offline)."""
    if reserved <= 0:
        return MAX_OUTPUT_CHARS
    answer = max(reserved - prompt_tokens, MIN_ANSWER_TOKENS)
    return min(MAX_OUTPUT_CHARS, 4 * ANSWER_SLACK * answer)


def _keep_partial(document_id: int, text: str, *, status: str | None = None, error: str | None = None) -> None:
    """Save ``text`` — the partial of a stopped/failed/cut run — with its grounding flags (issue 12
    finding 1: a partial is checked like a finished draft, so its open flags block export, the "as
    sent" snapshot and reminder mail). When the check itself fails the whole text is one open flag.
    The check runs before the write transaction (it never holds SQLite's write lock: sec125 finding 1)."""
    flags: list[dict] = []
    if text.strip():
        try:
            with session_scope() as s:
                doc = s.get(WritingDocument, document_id)
                flags = writing_grading.rule_flags(s, doc, text)
        except Exception:  # noqa: BLE001 — an unchecked text must still block export
            log.exception("writing.partial_grading_failed", document_id=document_id)
            flags = [{"kind": "unchecked", "start": 0, "end": len(text), "text": text, "source": "rules",
                      "message": "This partial draft could not be checked; read it before using it."}]
    with session_scope() as s:
        doc = s.get(WritingDocument, document_id)
        doc.text = text
        if status is not None:
            doc.status = status
        if error is not None:
            doc.error = error
        doc.flags = flags
        s.add(doc)


def _inputs(document_id: int) -> tuple[int, str, WritingInput, str | None]:
    from careercopilot.services.resumes import get_active_resume

    with session_scope() as s:
        doc = s.get(WritingDocument, document_id)
        if doc is None:
            raise LookupError(f"document {document_id} not found")
        resume = get_active_resume(session=s, user_id=doc.user_id)
        user = s.get(User, doc.user_id)
        company = title = posting_text = ""
        html = None
        if doc.posting_id and (posting := s.get(JobPosting, doc.posting_id)):
            company, title, posting_text, html = posting.company, posting.title, posting.description_text, (
                posting.description_html or None)
        if doc.application_id and (app := s.get(Application, doc.application_id)):
            company, title = company or app.company, title or app.title
            posting_text = posting_text or app.posting_snapshot
        matched, missing = _explanation(s, doc.user_id, doc.posting_id)
        opts = LetterOptions.from_dict(doc.options if doc.kind == "cover_letter" else None)
        inp = WritingInput(resume.text if resume else "", company=company, title=title, posting_text=posting_text,
                           name=(user.display_name or "") if user else "", matched=matched, missing=missing,
                           tone=opts.tone, length=opts.length, language=opts.language)
        return doc.user_id, doc.kind, inp, html


def _explanation(session, user_id: int, posting_id: int | None) -> tuple[list[str], list[str]]:
    """Matched/missing required skills from the stored match explanation, when there is one."""
    if not posting_id:
        return [], []
    from careercopilot.models import MatchSkill

    rows = session.exec(select(MatchSkill).where(MatchSkill.user_id == user_id, MatchSkill.posting_id == posting_id,
                                                 MatchSkill.required == True)).all()  # noqa: E712
    return ([r.skill for r in rows if r.status == "matched"], [r.skill for r in rows if r.status == "missing"])


def run(document_id: int) -> str:
    """Generate the document's text; returns the final status (ready | stopped | failed).

    ValueError, changing nothing, for a kind this generator does not write (tailoring and interview
    prep have their own job: issue 12 finding 12). Every run ends in a terminal status with a
    ``GenerationLog`` row and its budget reservation settled — an unexpected error too (outcome
    ``internal``); a stopped, failed or cut partial keeps its text with grounding flags.
    """
    user_id, kind, inp, html = _inputs(document_id)
    if kind not in docs.KINDS:
        raise ValueError(f"a {kind} document is not written by this generator")
    provider = None
    try:
        with session_scope() as s:
            provider = provider_for_user(session=s, user_id=user_id)
    except Exception as exc:  # noqa: BLE001 — never leave the document streaming
        log.exception("writing.provider_failed", document_id=document_id)
        _keep_partial(document_id, "", status="failed", error=f"The AI provider could not be set up: {exc}")
        return "failed"
    provider_name = provider.config.name if provider else "offline"
    model = provider.config.model if provider else "templates"
    buffer: list[str] = []
    throttle = docs._Throttle()
    cap = {"chars": MAX_OUTPUT_CHARS}

    def flush(force: bool = False) -> None:
        if not (force or throttle.due()):
            return
        with session_scope() as s:
            doc = s.get(WritingDocument, document_id)
            if doc.status == "stopped":
                raise Stopped()
            doc.text = "".join(buffer)
            s.add(doc)

    def on_event(event: StreamEvent) -> None:
        from careercopilot.config import settings

        if settings.llm_generation_seconds > 0 and time.perf_counter() - started > settings.llm_generation_seconds:
            raise Overtime(settings.llm_generation_seconds)
        if event.kind == "reset":
            buffer.clear()
        else:
            room = cap["chars"] - sum(map(len, buffer))
            buffer.append(event.text[:max(room, 0)])
            if len(event.text) > room:
                raise Runaway(cap["chars"])
        flush()

    started = time.perf_counter()
    prompt_tokens = (len(inp.resume_text) + len(inp.posting_text)) // 4
    outcome, tokens_in, tokens_out, status, reserved = "ok", 0, 0, "ready", 0
    try:
        with session_scope() as s:
            doc = s.get(WritingDocument, document_id)
            doc.status, doc.text, doc.error, doc.flags, doc.accepted = "streaming", "", None, [], []
            doc.mode = "llm" if provider else "offline"
            s.add(doc)
        from careercopilot.config import settings

        if provider is not None:  # prompt + answer (+ the judge's reading) must fit what is left today
            estimate = prompt_tokens + 1600
            if settings.llm_judge:
                estimate += len(inp.resume_text) // 4 + 1600
            reserved = writing_budget.reserve(user_id, estimate)
            cap["chars"] = output_cap_chars(reserved, prompt_tokens)
        result = generate(kind, inp, posting_html=html, provider=provider, on_event=on_event,
                          offline_pace_s=settings.writing_offline_pace_ms / 1000, judge=settings.llm_judge)
        tokens_in, tokens_out = result.tokens_in, result.tokens_out
        if len(result.text) > cap["chars"]:  # a non-streamed (JSON) answer past the cap
            buffer[:] = [result.text[:cap["chars"]]]
            tokens_in = tokens_out = 0
            raise Runaway(cap["chars"])
        with session_scope() as s:
            doc = s.get(WritingDocument, document_id)
            if doc.status == "stopped":
                raise Stopped()
            notes = [result.posting_notice] + [f"{t.name} was shortened by {t.dropped_chars} characters to fit the "
                                               f"model's context." for t in result.truncations]
            if provider is None:
                notes.append(LABEL + ".")
            if result.judge_error:
                notes.append("The AI model's second grounding check could not run (" + result.judge_error
                             + "); the rule-based checks ran.")
            doc.notice = " ".join(n for n in notes if n)
            if result.blocked:
                outcome, status = "guard", "failed"
                doc.status, doc.text = "failed", ""
                doc.error = "The answer was refused: " + "; ".join(result.guard_reasons)
            else:
                docs.add_version(session=s, doc=doc, text=result.text, source="generated")
                doc.flags = [vars(f) for f in result.flags]
                doc.status = "ready"
            s.add(doc)
    except Stopped:
        outcome, status = "stopped", "stopped"
        _keep_partial(document_id, "".join(buffer))
    except Overtime as exc:
        outcome, status = "timeout", "failed"
        _keep_partial(document_id, "".join(buffer), status="failed", error=str(exc))
    except Runaway as exc:
        outcome, status = "runaway", "failed"
        _keep_partial(document_id, "".join(buffer), status="failed", error=str(exc))
    except writing_budget.BudgetExceeded as exc:
        outcome, status = "budget", "failed"
        _keep_partial(document_id, "", status="failed", error=str(exc))
    except LLMError as exc:
        outcome, status = exc.kind, "failed"
        # shown as a failed partial draft, never as ready; checked like any draft
        _keep_partial(document_id, exc.partial_text[:cap["chars"]], status="failed", error=f"{exc}")
    except Exception:  # noqa: BLE001 — issue 12 finding 5: never leave a document streaming
        log.exception("writing.generation_crashed", document_id=document_id)
        outcome, status = "internal", "failed"
        _keep_partial(document_id, "".join(buffer), status="failed",
                      error="The generation failed unexpectedly; the partial text (if any) is kept. Try again.")
    latency = time.perf_counter() - started
    if provider is not None:
        if reserved and not (tokens_in or tokens_out) and outcome != "budget":
            # stopped or failed mid-stream: the prompt was sent and the streamed text was produced
            # (session 25 probe: three generations stopped at ~70 % were logged as 0 tokens);
            # ~4 characters a token, the estimate the reservation uses too
            tokens_in = prompt_tokens
            tokens_out = len("".join(buffer)) // 4
        writing_budget.settle(user_id, reserved, tokens_in + tokens_out)
        provider.close()
    with session_scope() as s:
        s.add(GenerationLog(user_id=user_id, document_id=document_id, provider=provider_name, model=model,
                            tokens_in=tokens_in, tokens_out=tokens_out, latency_ms=int(latency * 1000),
                            outcome=outcome))
    metrics.LLM_GENERATIONS.labels(provider_name, model, outcome).inc()
    metrics.LLM_TOKENS.labels(provider_name, model, "in").inc(tokens_in)
    metrics.LLM_TOKENS.labels(provider_name, model, "out").inc(tokens_out)
    metrics.LLM_LATENCY.labels(provider_name).observe(latency)
    log.info("writing.generated", document_id=document_id, outcome=outcome, provider=provider_name)
    return status


def generation_log(*, session, user_id: int, limit: int = 50) -> list[GenerationLog]:
    """The user's recent generations, newest first."""
    return list(session.exec(select(GenerationLog).where(GenerationLog.user_id == user_id)
                             .order_by(GenerationLog.id.desc()).limit(limit)))
