"""Mail and language-model settings of :class:`careercopilot.config.Settings`: the SMTP server,
address verification, the LLM endpoint and its budgets, the writing copilot."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel


class MailLlmSettings(BaseModel):
    """Fields and derived values of mail and the LLM (a section of ``Settings``)."""

    #: Outgoing mail server (services/mail). Unset → no email is sent: every message goes to
    #: the in-app Outbox page (the embedded default).
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_from: str = "career-copilot@localhost"
    #: Display name of the From header (non-ASCII is RFC 2047-encoded).
    smtp_from_name: str = "Career Copilot"
    smtp_username: str | None = None
    smtp_password: str | None = None
    #: none (plain, e.g. a local relay) | starttls (upgrade on connect, port 587) | tls (implicit TLS, port 465).
    smtp_security: Literal["none", "starttls", "tls"] = "none"
    #: Socket timeout of every SMTP step, seconds. A timeout after DATA marks the message "unknown" (not resent).
    smtp_timeout_seconds: float = 30.0
    #: New accounts must confirm their address through an emailed link before logging in.
    #: Unset → on with DATABASE_URL (production), off on the embedded default.
    email_verification: bool | None = None
    llm_base_url: str | None = None
    llm_api_key: str | None = None
    llm_model: str | None = None
    #: Wire format of LLM_BASE_URL: openai (chat completions) | anthropic (Messages) | auto (by host).
    llm_wire: Literal["auto", "openai", "anthropic"] = "auto"
    #: Read timeout between streamed tokens, seconds (local models are slow).
    llm_timeout_seconds: float = 300.0
    #: Longest a whole generation may stream, seconds (0 = no limit): a model trickling one token just
    #: inside LLM_TIMEOUT_SECONDS would otherwise hold the user's one generation slot for hours (sec125).
    llm_generation_seconds: float = 900.0
    #: The model's context window in tokens (inputs are cut to fit, and the cut is shown).
    llm_context_tokens: int = 8192
    #: Tokens one user may spend per day (input + output), through the rate limiter.
    llm_user_daily_tokens: int = 200_000
    #: Tokens the whole instance may spend per day (0 = no instance cap).
    llm_instance_daily_tokens: int = 2_000_000
    #: With an LLM configured, the model reads each finished document once more and may ADD
    #: grounding flags (never clear one); costs about one more prompt of resume + document.
    llm_judge: bool = True
    #: Milliseconds between the offline writer's streamed chunks (it is instant; the pause lets
    #: the page show it being written, like a model's answer).
    writing_offline_pace_ms: int = 60
    #: In-process threads that run generations (embedded default), apart from the general job threads:
    #: a model that never answers holds at most these (attack93 item 1; services/inline_pools.py).
    writing_workers: int = 2
    #: Generations with an AI model one user may have queued or running at once; another is refused
    #: with a message naming the running one (services/writing_slots.py).
    writing_user_generations: int = 1

    @property
    def email_verification_required(self) -> bool:
        """Whether sign-ups must verify their address first (see the ``email_verification`` field)."""
        return self.email_verification if self.email_verification is not None else self.is_production_stack

    @property
    def smtp_configured(self) -> bool:
        """True when SMTP_HOST is set (mail is sent); False → messages go to the in-app Outbox."""
        return bool(self.smtp_host)
