"""The configured LLM provider (``LLM_*`` settings) and the SSRF guard for it.

The provider host passes the SSRF guard like any user-influenced destination
(:func:`careercopilot.connectors.netguard.vet_url`); a local model server (Ollama on the
same machine or LAN) is reachable only when an admin lists its host in the allowlist
setting ``SSRF_ALLOW_HOSTS`` (the one outbound allowlist). A refusal reads the same whatever its cause.
The connection goes to the vetted IP with the original Host header and TLS SNI.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import structlog

from careercopilot.bidi import quote
from careercopilot.config import settings
from careercopilot.connectors.errors import BlockedURLError, InvalidURLError
from careercopilot.connectors.netguard import check_url_syntax, vet_url
from careercopilot.llm import LLMError, Provider, ProviderConfig, Target

log = structlog.get_logger(__name__)


#: The one text of a refused LLM address, whatever the cause (no port/DNS oracle; issue 9 finding 3).
LLM_BLOCKED = ("the LLM server address is not a reachable public server; an admin can allow a local model "
               "host (e.g. Ollama) in the SSRF_ALLOW_HOSTS setting")


def llm_guard(url: str) -> Target:
    """Vet ``url`` against the SSRF rules and the ``SSRF_ALLOW_HOSTS`` allowlist (raises LLMError
    kind ``blocked`` with :data:`LLM_BLOCKED`; the cause is logged) and pin it to the vetted address."""
    try:
        vetted = vet_url(url, allow_hosts=settings.ssrf_allow_hosts)
    except BlockedURLError as exc:
        log.info("llm.blocked", url=url, detail=exc.detail or exc.message)
        raise LLMError(LLM_BLOCKED, kind="blocked") from exc
    if vetted.ip is None:
        return Target(url)
    return Target(vetted.connect_url, vetted.host_header, vetted.extensions)


def wire_for(base_url: str, wire: str = "auto") -> str:
    """``anthropic`` for api.anthropic.com (or when forced), else ``openai``."""
    if wire in ("openai", "anthropic"):
        return wire
    return "anthropic" if "anthropic.com" in base_url else "openai"


def provider_from_settings() -> Provider | None:
    """The instance's default provider from ``LLM_BASE_URL``/``LLM_MODEL``/``LLM_API_KEY``, or
    None when no LLM is configured (the offline writer is used)."""
    if not settings.llm_base_url or not settings.llm_model:
        return None
    config = ProviderConfig(
        wire=wire_for(settings.llm_base_url, settings.llm_wire),  # type: ignore[arg-type]
        base_url=settings.llm_base_url, model=settings.llm_model, api_key=settings.llm_api_key or "",
        timeout_s=settings.llm_timeout_seconds, context_tokens=settings.llm_context_tokens, name="default",
    )
    return Provider(config, guard=llm_guard)


# --- admin-configured providers and users' choices -------------------------------------------
def _config(row, api_key: str) -> ProviderConfig:
    return ProviderConfig(wire=row.wire, base_url=row.base_url, model=row.model, api_key=api_key,  # type: ignore[arg-type]
                          timeout_s=row.timeout_s, context_tokens=row.context_tokens,
                          structured_mode=row.structured_mode, name=row.name)  # type: ignore[arg-type]


def seed_from_settings(*, session) -> None:
    """Create the "default" provider from ``LLM_*`` when none exists yet (idempotent; two first calls
    racing — two generations started at once on a fresh instance — leave one row, and neither fails)."""
    from sqlalchemy.exc import IntegrityError
    from sqlmodel import select

    from careercopilot.models import LLMProvider
    from careercopilot.services import llm_keys

    if not settings.llm_base_url or not settings.llm_model:
        return
    if session.exec(select(LLMProvider)).first() is not None:
        return
    try:
        with session.begin_nested():
            session.add(LLMProvider(name="default", wire=wire_for(settings.llm_base_url, settings.llm_wire),
                                    base_url=settings.llm_base_url, model=settings.llm_model,
                                    api_key_enc=llm_keys.encrypt(settings.llm_api_key) if settings.llm_api_key else "",
                                    timeout_s=settings.llm_timeout_seconds, context_tokens=settings.llm_context_tokens,
                                    is_default=True))
    except IntegrityError:  # another request seeded it first (unique name): that row is the default
        log.info("writing.provider_seed_raced")


@dataclass(frozen=True)
class ProviderRow:
    """A provider as the admin page shows it: never the key itself."""

    id: int
    name: str
    wire: str
    base_url: str
    model: str
    has_key: bool
    is_default: bool
    enabled: bool
    last_test: str


def list_providers(*, session) -> list[ProviderRow]:
    """Every configured provider (seeded from ``LLM_*`` on first call)."""
    from sqlmodel import select

    from careercopilot.models import LLMProvider

    seed_from_settings(session=session)
    return [ProviderRow(p.id, p.name, p.wire, p.base_url, p.model, bool(p.api_key_enc), p.is_default, p.enabled,
                        p.last_test) for p in session.exec(select(LLMProvider).order_by(LLMProvider.id))]


def display_name(row: ProviderRow) -> str:
    """What a regular user sees of a provider: "<name> (<model>)" — never its base URL (attack93 item 3)."""
    return f"{row.name} ({row.model})" if row.model else row.name


def choice_key(provider_id: int) -> str:
    """The opaque key that names provider ``provider_id`` in a regular user's page (attack93 item 3: ids
    and base URLs are the admin's). An HMAC of the id under ``SECRET_KEY`` (16 hex digits): stable across
    loads, not guessable from the id and not another instance's."""
    import hashlib
    import hmac

    return hmac.new(settings.secret_key.encode(), f"llm-provider-choice:{int(provider_id)}".encode(),
                    hashlib.sha256).hexdigest()[:16]


def provider_for_choice_key(*, session, key: str) -> int:
    """The id of the enabled provider whose :func:`choice_key` is ``key``; LookupError otherwise."""
    for row in list_providers(session=session):
        if row.enabled and hmac_equal(choice_key(row.id), key):
            return row.id
    raise LookupError("no such provider")


def hmac_equal(a: str, b: str) -> bool:
    """Constant-time string comparison."""
    import hmac

    return hmac.compare_digest(a.encode(), b.encode())


def save_provider(*, session, actor_is_admin: bool, name: str, base_url: str, model: str, wire: str = "auto",
                  api_key: str | None = None, timeout_s: float = 300.0, context_tokens: int = 8192,
                  is_default: bool = False, provider_id: int | None = None):
    """Create or update a provider (admins only; PermissionError otherwise). ``api_key`` None keeps
    the stored key, '' removes it."""
    from sqlmodel import select, update

    from careercopilot.models import LLMProvider
    from careercopilot.services import llm_keys

    if not actor_is_admin:
        raise PermissionError("only an admin can configure LLM providers")
    if not base_url.startswith(("http://", "https://")) or not model.strip() or not name.strip():
        raise ValueError("a provider needs a name, an http(s) base URL and a model")
    try:
        check_url_syntax(base_url.strip())
    except InvalidURLError as exc:
        raise ValueError(f"the base URL is not a web address ({exc.message})") from None
    row = session.get(LLMProvider, provider_id) if provider_id else None
    if provider_id and row is None:
        raise LookupError("no such provider")
    taken = select(LLMProvider.id).where(LLMProvider.name == name.strip()[:100])
    if session.exec(taken.where(LLMProvider.id != row.id) if row is not None else taken).first() is not None:
        # checked before anything changes: the unique key would fail the flush (and the session)
        raise ValueError(f"A provider named {quote(name.strip()[:100])} exists already. Choose another name.")
    row = row or LLMProvider(name=name.strip(), base_url=base_url, model=model)
    row.name, row.base_url, row.model = name.strip()[:100], base_url.strip()[:500], model.strip()[:200]
    row.wire = wire_for(base_url, wire)
    row.timeout_s, row.context_tokens = float(timeout_s), int(context_tokens)
    if api_key is not None:
        row.api_key_enc = llm_keys.encrypt(api_key) if api_key else ""
    if is_default:
        session.exec(update(LLMProvider).values(is_default=False))
    row.is_default = is_default or row.is_default or session.exec(select(LLMProvider)).first() is None
    session.add(row)
    session.flush()
    return row


def test_connection(*, session, actor_is_admin: bool, provider_id: int) -> tuple[bool, str]:
    """Call the provider once (a tiny JSON probe, which also finds its structured-output mode)."""
    from careercopilot.llm.structured import probe_structured_mode
    from careercopilot.models import LLMProvider
    from careercopilot.services import llm_keys

    if not actor_is_admin:
        raise PermissionError("only an admin can test LLM providers")
    row = session.get(LLMProvider, provider_id)
    if row is None:
        raise LookupError("no such provider")
    key = llm_keys.decrypt(row.api_key_enc) if row.api_key_enc else ""
    provider = Provider(replace(_config(row, key), max_retries=0), guard=llm_guard)
    try:
        mode = probe_structured_mode(provider)
        row.structured_mode, ok, message = mode, True, f"OK: {row.model} answered (structured output: {mode})"
    except LLMError as exc:
        if exc.kind in ("blocked", "timeout", "connection"):  # one text whatever the cause (no oracle)
            log.info("llm.test_unreachable", provider=row.name, kind=exc.kind, error=str(exc))
            ok, message = False, f"Failed (unreachable): {LLM_BLOCKED}"
        else:
            ok, message = False, f"Failed ({exc.kind}): {str(exc)[:300]}"
    finally:
        provider.close()
    row.last_test = message[:500]
    session.add(row)
    return ok, message


def _default_row(session):
    from sqlmodel import select

    from careercopilot.models import LLMProvider

    return session.exec(select(LLMProvider).where(LLMProvider.is_default == True,  # noqa: E712
                                                 LLMProvider.enabled == True)).first()  # noqa: E712


#: Marks a bound personal key: the encrypted plaintext is ``KEY_ENVELOPE + json`` of
#: ``{"key", "provider_id", "base_url"}`` (no schema change; ``llm_keys.rotate`` keeps it as is).
KEY_ENVELOPE = "cc-bound-key-v1:"


def _seal_key(api_key: str, row) -> str:
    """The ciphertext of ``api_key`` bound to provider ``row`` (its id and base URL)."""
    import json

    from careercopilot.services import llm_keys

    return llm_keys.encrypt(KEY_ENVELOPE + json.dumps({"key": api_key, "provider_id": row.id,
                                                       "base_url": _norm_url(row.base_url)}))


def _norm_url(url: str) -> str:
    return (url or "").strip().rstrip("/").lower()


def _open_key(key_enc: str, chosen_id: int | None) -> tuple[str, int | None, str | None]:
    """``(key, provider_id, base_url)`` of a stored personal key. A key saved before binding
    (plain ciphertext) is bound to the provider the user had explicitly chosen, and to nothing
    (never sent) when it was saved under "Instance default" — the case of issue 12 finding 4."""
    import json

    from careercopilot.services import llm_keys

    plain = llm_keys.decrypt(key_enc)
    if not plain.startswith(KEY_ENVELOPE):
        return plain, chosen_id, None
    data = json.loads(plain[len(KEY_ENVELOPE):])
    return str(data.get("key") or ""), data.get("provider_id"), data.get("base_url")


def set_user_choice(*, session, user_id: int, provider_id: int | None, api_key: str | None = None) -> None:
    """The user's provider (None = the instance default) and personal key (None keeps it, '' removes it).

    A new key is bound to the provider it is saved for — the chosen one, or the instance default
    of the moment — by id and base URL (:func:`provider_for_user` never sends it anywhere else;
    issue 12 finding 4). LookupError for an unknown provider; ValueError for a key with no provider
    to bind it to."""
    from sqlmodel import select

    from careercopilot.models import LLMProvider, UserLLMSetting
    from careercopilot.models._base import utcnow

    seed_from_settings(session=session)
    chosen = session.get(LLMProvider, provider_id) if provider_id is not None else None
    if provider_id is not None and chosen is None:
        raise LookupError("no such provider")
    row = session.exec(select(UserLLMSetting).where(UserLLMSetting.user_id == user_id)).first() or UserLLMSetting(
        user_id=user_id)
    row.provider_id = provider_id
    if api_key is not None:
        if api_key.strip():
            target = chosen or _default_row(session)
            if target is None:
                raise ValueError("there is no AI provider to save this key for; choose one first")
            row.api_key_enc = _seal_key(api_key.strip(), target)
        else:
            row.api_key_enc = ""
    row.updated_at = utcnow()
    session.add(row)
    session.flush()


@dataclass(frozen=True)
class UserChoice:
    """What the settings page shows: the chosen provider, whether a personal key is saved, and
    ``key_notice`` ("" = none): why the saved key is not used (it was saved for another provider)."""

    provider_id: int | None
    has_personal_key: bool
    key_notice: str = ""


def user_choice(*, session, user_id: int) -> UserChoice:
    """The user's current choice (no key material)."""
    from sqlmodel import select

    from careercopilot.models import UserLLMSetting

    row = session.exec(select(UserLLMSetting).where(UserLLMSetting.user_id == user_id)).first()
    notice = ""
    if row and row.api_key_enc:
        notice = _resolve(session, row)[2]
    return UserChoice(row.provider_id if row else None, bool(row and row.api_key_enc), notice)


def _resolve(session, choice) -> tuple[object | None, str, str]:
    """``(provider row, personal key to send or "", notice)`` for the user's setting ``choice``."""
    from careercopilot.models import LLMProvider

    row = session.get(LLMProvider, choice.provider_id) if choice and choice.provider_id else None
    if row is None or not row.enabled:
        row = _default_row(session)
    if row is None or not (choice and choice.api_key_enc):
        return row, "", ""
    key, bound_id, bound_url = _open_key(choice.api_key_enc, choice.provider_id)
    if bound_id == row.id and (bound_url is None or bound_url == _norm_url(row.base_url)):
        return row, key, ""
    log.warning("writing.personal_key_withheld", user_id=choice.user_id, provider_id=row.id)
    return row, "", (f"Your personal key was saved for another provider (or before {row.name or 'this provider'} "
                     f"changed), so it is not sent to {row.name or 'this provider'}; enter it again to use it here.")


def provider_for_user(*, session, user_id: int) -> Provider | None:
    """The provider a generation for ``user_id`` uses (their choice and key, else the default),
    or None when no LLM is configured (the offline writer). The personal key is sent only to the
    provider it was bound to (:func:`set_user_choice`); otherwise the provider's own key (or none)
    is used and :func:`user_choice` tells the user to re-enter theirs."""
    from sqlmodel import select

    from careercopilot.models import UserLLMSetting
    from careercopilot.services import llm_keys

    seed_from_settings(session=session)
    choice = session.exec(select(UserLLMSetting).where(UserLLMSetting.user_id == user_id)).first()
    row, personal, _ = _resolve(session, choice)
    if row is None:
        return None
    key = personal or (llm_keys.decrypt(row.api_key_enc) if row.api_key_enc else "")
    return Provider(_config(row, key), guard=llm_guard)
