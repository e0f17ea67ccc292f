"""Career Copilot settings: the ONLY reader of the process environment.

Every other module (``rxconfig.py``, ``alembic/env.py``, ``jobs/``, services) imports
:data:`settings`. With no environment at all the **embedded default** is selected:
SQLite under :attr:`Settings.data_dir`, local-disk file storage, a Chroma
``PersistentClient`` and background jobs executed in-process. Setting
``DATABASE_URL``, ``REDIS_URL``, ``CHROMA_URL`` and ``S3_*`` selects the production parts.

Variables are read from the environment and from a ``.env`` file in the working
directory; empty values count as unset (``env_ignore_empty``).

One import surface: every setting, its type and the helpers below are imported from
``careercopilot.config``. The fields are declared by concern in this package's modules
(:mod:`.runtime`, :mod:`.storage`, :mod:`.accounts`, :mod:`.jobs`, :mod:`.mail_llm`; the
``OAUTH_CLIENTS`` entry type in :mod:`.clients`), which never read the environment:
:class:`Settings` (pydantic-settings) joins them and is the one reader, with the helpers here.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from pydantic import model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from careercopilot.config.accounts import AccountSettings
from careercopilot.config.clients import CLIENT_REDIRECT_SCHEMES, FirstPartyClient
from careercopilot.config.jobs import JobSettings
from careercopilot.config.mail_llm import MailLlmSettings
from careercopilot.config.runtime import DEFAULT_SECRET, RuntimeSettings
from careercopilot.config.storage import StorageSettings

__all__ = [
    "APP_URL_RECORD", "SECRET_KEY_RECORD", "CLIENT_REDIRECT_SCHEMES", "DEFAULT_SECRET", "FirstPartyClient", "Settings",
    "adopt_instance_secret", "adopt_recorded_app_url", "child_environment", "ensure_instance_secret", "load_settings", "multiprocess_metrics_dir",
    "named_environment_value", "record_app_url", "server_environment", "set_multiprocess_metrics_dir", "settings",
]

#: File in DATA_DIR where ``run`` records the URL it serves (``http://localhost:<port>``).
#: CLI commands and workers started without APP_URL adopt it (:func:`adopt_recorded_app_url`),
#: so links in mail they write point at the running app, not at the default port (trial finding 1).
APP_URL_RECORD = "app_url.txt"


class Settings(RuntimeSettings, StorageSettings, AccountSettings, JobSettings, MailLlmSettings, BaseSettings):
    """Typed configuration; see README "Production configuration" for every variable.

    Fields by concern: :class:`RuntimeSettings`, :class:`StorageSettings`,
    :class:`AccountSettings`, :class:`JobSettings`, :class:`MailLlmSettings`."""

    model_config = SettingsConfigDict(
        env_file=".env", env_ignore_empty=True, extra="ignore", case_sensitive=False
    )

    @model_validator(mode="after")
    def _refuse_default_secrets(self) -> "Settings":
        """Outside development a default or short SECRET_KEY is refused (ValueError)."""
        if self.app_env == "production":
            if self.secret_key == DEFAULT_SECRET or len(self.secret_key) < 32:
                raise ValueError(
                    "SECRET_KEY is unset or the default 'changethis' while APP_ENV=production; "
                    "set SECRET_KEY to a random string of at least 32 characters "
                    "(e.g. `python -c 'import secrets; print(secrets.token_urlsafe(48))'`)."
                )
            if self.s3_bucket and self.s3_secret_access_key in (None, DEFAULT_SECRET):
                raise ValueError("S3_SECRET_ACCESS_KEY must be set when APP_ENV=production.")
        return self


def server_environment(s: Settings, *, port: int) -> dict[str, str]:
    """Environment of the app server child process: this process's plus ``GRANIAN_WORKERS``
    from ``s`` (granian reads it from its own environment only, never from ``.env``),
    ``REFLEX_LOG_JSON=true`` when log lines are JSON (:attr:`Settings.json_logs`), and, when
    APP_URL was not configured, ``APP_URL=http://localhost:<port>`` (the URL ``run`` prints: the
    Origin check trusts APP_URL's origin), and the instance's own SECRET_KEY when one was adopted."""
    import os

    env = {**os.environ, "GRANIAN_WORKERS": str(s.granian_workers)}
    if s.secret_key != DEFAULT_SECRET and not env.get("SECRET_KEY"):
        env["SECRET_KEY"] = s.secret_key  # the instance's own key (``ensure_instance_secret``) reaches the server
    if s.json_logs:  # Reflex's CLI and granian's supervisor print JSON lines too (careercopilot/logging.py)
        env["REFLEX_LOG_JSON"] = "true"
    if not s.app_url_configured:
        env["APP_URL"] = f"http://localhost:{port}"
    return env


def record_app_url(s: Settings, url: str) -> Path:
    """Write ``url`` (the app's base URL, as ``run`` serves it) to ``DATA_DIR/app_url.txt``;
    returns the file. OSError when DATA_DIR is not writable."""
    path = s.data_dir / APP_URL_RECORD
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(url.rstrip("/") + "\n", encoding="utf-8")
    return path


def adopt_recorded_app_url(s: Settings) -> str | None:
    """When APP_URL is not configured, set ``s.app_url`` to the URL the last ``run`` recorded in
    DATA_DIR (a CLI command or worker then writes links to the app that runs); returns it, or
    None when APP_URL is configured or nothing (valid) is recorded."""
    if s.app_url_configured:
        return None
    try:
        url = (s.data_dir / APP_URL_RECORD).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    s.app_url = url
    return url


#: File in DATA_DIR holding the instance's own secret key when SECRET_KEY is left at its default in
#: development (the ``make run`` embedded default): ``run`` creates it (:func:`ensure_instance_secret`),
#: every process of the instance adopts it (:func:`adopt_instance_secret`). Before session 31 such an
#: instance signed unsubscribe links, e-mail verification, the two-factor cookie and OAuth state with the
#: public default "changethis" (attack129 finding 5: anyone could forge an unsubscribe link for any user).
SECRET_KEY_RECORD = "secret_key"


def adopt_instance_secret(s: Settings) -> str | None:
    """Set ``s.secret_key`` to the key in ``DATA_DIR/secret_key`` when SECRET_KEY is the default and
    APP_ENV is development; returns it, or None (SECRET_KEY configured, another APP_ENV — ``test`` keeps
    the fixed default, ``production`` refuses it — or no readable key of ≥ 32 characters recorded)."""
    if s.app_env != "development" or s.secret_key != DEFAULT_SECRET:
        return None
    try:
        key = (s.data_dir / SECRET_KEY_RECORD).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if len(key) < 32:
        return None
    s.secret_key = key
    return key


def ensure_instance_secret(s: Settings) -> str | None:
    """Like :func:`adopt_instance_secret`, creating ``DATA_DIR/secret_key`` first when it is missing: 64
    URL-safe characters from :func:`secrets.token_urlsafe` (384 bits), written owner-only (0600).
    Returns the new key when this call created it (the caller re-encrypts what the default key
    protected: ``services.llm_keys.rotate``), else None. OSError when DATA_DIR is not writable."""
    import os
    import secrets

    if s.app_env != "development" or s.secret_key != DEFAULT_SECRET or adopt_instance_secret(s):
        return None
    path = s.data_dir / SECRET_KEY_RECORD
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(key + "\n")
    s.secret_key = key
    return key


def child_environment(extra: dict[str, str]) -> dict[str, str]:
    """Environment of a child program (pg_dump, pg_restore): this process's plus ``extra``
    (e.g. ``PGPASSWORD``, so a password never appears on a command line)."""
    import os

    return {**os.environ, **extra}


def multiprocess_metrics_dir() -> str | None:
    """The folder prometheus-client's multiprocess mode writes to (its own environment variable
    PROMETHEUS_MULTIPROC_DIR, read by the library itself), or None in single-process mode."""
    import os

    return os.environ.get("PROMETHEUS_MULTIPROC_DIR") or None


def set_multiprocess_metrics_dir(path: str | Path) -> None:
    """Point prometheus-client (this process and what it forks or starts) at ``path``."""
    import os

    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(path)


def named_environment_value(name: str) -> str:
    """The value of the environment variable the user named at run time ("" when unset), e.g.
    ``mcp --token-env CC_TOKEN``: a secret kept off the command line (and the process list)."""
    import os

    return os.environ.get(name, "")


def load_settings() -> Settings:
    """Build a fresh :class:`Settings` from the current environment (raises ValueError); in development
    with the default SECRET_KEY, the instance's recorded key (:func:`adopt_instance_secret`)."""
    s = Settings()
    adopt_instance_secret(s)
    return s


settings: Settings = load_settings()
