"""The LLM pass of tailoring and interview prep (a background job: ``jobs.writing.enrich_prep``).

When the user has a provider (their choice, else the instance default), a new tailoring or
interview-prep document is created with the deterministic proposals and ``status
"streaming"``; this job asks the model for more (:mod:`careercopilot.writing.llm_prep`:
structured output, fenced posting, output guard, grounding), merges what survives the
checks into the document's JSON state and sets it ``ready``. Decisions on the document
are refused until then (``writing_prep`` checks the status). When the model fails, is over
budget or its answer is refused, the deterministic proposals stand and the notice says
why. Each run is logged like a generation (``GenerationLog``, ``cc_llm_*``) and charged to
the daily token budgets.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict

import structlog

from careercopilot import metrics
from careercopilot.db import session_scope
from careercopilot.llm import LLMError
from careercopilot.models import Application, GenerationLog, JobPosting, WritingDocument
from careercopilot.services import writing_budget
from careercopilot.services.writing_providers import provider_for_user
from careercopilot.writing import llm_prep

log = structlog.get_logger(__name__)
#: prep documents kept after the merge (deterministic + model questions)
MAX_QUESTIONS = 16


def wants_llm(*, session, user_id: int) -> bool:
    """True when the user's generations go to an LLM provider (else the offline writer)."""
    provider = provider_for_user(session=session, user_id=user_id)
    if provider is None:
        return False
    provider.close()
    return True


def enqueue(*, user_id: int, document_id: int) -> str | None:
    """Start the LLM pass of a tailoring/interview-prep document waiting for it (status
    ``streaming``; call after its row is committed); returns the job id, or None.

    When the user's generations are all in use (``writing_slots.GenerationBusy``, attack93 item 1)
    the pass is not started: the document keeps its offline proposals, ``ready``, and its notice
    says why (None is returned)."""
    from careercopilot.services import writing_slots

    with session_scope() as s:
        doc = s.get(WritingDocument, document_id)
        if doc is None or doc.user_id != user_id or doc.status != "streaming" or doc.kind not in (
                "tailoring", "interview_prep"):
            return None
    try:
        handle = writing_slots.enqueue_generation("jobs.writing.enrich_prep", document_id, user_id=user_id,
                                                  uses_model=True)
    except writing_slots.GenerationBusy as exc:
        _finish(document_id, None, f"No AI proposals: {exc}")
        return None
    with session_scope() as s:
        doc = s.get(WritingDocument, document_id)
        doc.job_id = handle.id
        s.add(doc)
    return handle.id


def _inputs(document_id: int) -> tuple[WritingDocument, str, str, str | None, str, str]:
    from careercopilot.models import Resume

    with session_scope() as s:
        doc = s.get(WritingDocument, document_id)
        if doc is None:
            raise LookupError(f"document {document_id} not found")
        state = json.loads(doc.text or "{}")
        master_id = state.get("master_id")
        master = s.get(Resume, master_id) if master_id else None
        if master is None:
            from careercopilot.services.resumes import get_active_resume

            master = get_active_resume(session=s, user_id=doc.user_id)
        app = s.get(Application, doc.application_id) if doc.application_id else None
        posting = s.get(JobPosting, doc.posting_id) if doc.posting_id else None
        posting_text = (posting.description_text if posting else "") or (app.posting_snapshot if app else "")
        html = (posting.description_html or None) if posting else None
        s.expunge(doc)
        # a document for a posting alone (writing_targets) takes the names from the posting
        return (doc, master.text if master else "", posting_text, html,
                (app.company if app else (posting.company or "") if posting else ""),
                (app.title if app else (posting.title or "") if posting else ""))


def run(document_id: int) -> str:
    """The LLM pass for one document; returns the outcome (ok | guard | budget | <LLMError kind>)."""
    doc, resume_text, posting_text, html, company, title = _inputs(document_id)
    with session_scope() as s:
        provider = provider_for_user(session=s, user_id=doc.user_id)
    if provider is None:
        _finish(document_id, None, "No AI model is configured; these are the offline proposals.")
        return "offline"
    started = time.perf_counter()
    outcome, proposals, note, reserved = "ok", None, "", 0
    try:  # reserved before the call, settled after (writing_budget: parallel requests cannot overspend)
        reserved = writing_budget.reserve(doc.user_id, (len(resume_text) + len(posting_text)) // 4 + 2000)
        if doc.kind == "tailoring":
            state = json.loads(doc.text or "{}")
            proposals = llm_prep.tailor_with_llm(provider, resume_text, posting_text, posting_html=html,
                                                 first_index=len(state.get("changes", [])))
        else:
            proposals = llm_prep.prep_with_llm(provider, resume_text, posting_text, company=company, title=title,
                                               posting_html=html)
        if proposals.refused:
            outcome = "guard"
            note = "The AI model's answer was refused (" + "; ".join(proposals.refused) + "); offline proposals only."
    except writing_budget.BudgetExceeded as exc:
        outcome, note = "budget", f"No AI proposals: {exc}."
    except LLMError as exc:
        outcome, note = exc.kind, f"The AI model could not add proposals ({exc.kind}: {str(exc)[:200]})."
    finally:
        provider.close()
    tokens_in = proposals.tokens_in if proposals else 0
    tokens_out = proposals.tokens_out if proposals else 0
    _finish(document_id, proposals if outcome == "ok" else None, note)
    writing_budget.settle(doc.user_id, reserved, tokens_in + tokens_out)
    latency = time.perf_counter() - started
    name, model = provider.config.name or "default", provider.config.model
    with session_scope() as s:
        s.add(GenerationLog(user_id=doc.user_id, document_id=document_id, provider=name, model=model,
                            tokens_in=tokens_in, tokens_out=tokens_out, latency_ms=int(latency * 1000),
                            outcome=outcome))
    metrics.LLM_GENERATIONS.labels(name, model, outcome).inc()
    metrics.LLM_TOKENS.labels(name, model, "in").inc(tokens_in)
    metrics.LLM_TOKENS.labels(name, model, "out").inc(tokens_out)
    metrics.LLM_LATENCY.labels(name).observe(latency)
    log.info("writing.prep_enriched", document_id=document_id, outcome=outcome, provider=name)
    return outcome


def _finish(document_id: int, proposals: llm_prep.LLMProposals | None, note: str) -> None:
    """Merge what the model added into the document's state and mark it ready."""
    with session_scope() as s:
        doc = s.get(WritingDocument, document_id)
        state = json.loads(doc.text or "{}")
        notes = [note] if note else []
        if proposals is not None:
            if proposals.posting_notice:
                notes.insert(0, proposals.posting_notice)
            if doc.kind == "tailoring":
                state["changes"] = state.get("changes", []) + [asdict(c) for c in proposals.changes]
                notes.append(f"The AI model proposed {len(proposals.changes)} rewrite(s), each checked against your "
                             "resume.")
            else:
                offline = state.get("questions", [])
                seen = {q["text"].strip().lower() for q in proposals.questions}
                merged = [dict(q, answer="") for q in proposals.questions] + [
                    q for q in offline if q["text"].strip().lower() not in seen]
                state["questions"] = merged[:MAX_QUESTIONS]
                notes.append(f"The AI model suggested {len(proposals.questions)} question(s); each question, reason "
                             "and STAR draft is checked against your resume and the posting.")
            if proposals.dropped:
                notes.append("Left out: "
                             + "; ".join(proposals.dropped[:8]) + ".")
            doc.mode = "llm"
        doc.text = json.dumps(state)
        doc.notice = " ".join(notes)
        doc.status = "ready"
        if doc.kind == "interview_prep":  # the model's questions and reasons are checked like the drafts (attack93 item 2)
            from careercopilot.services.writing_prep import grade_prep

            grade_prep(s, doc)
        s.add(doc)
