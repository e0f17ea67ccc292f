"""SMTP delivery with the outcome the send-log needs (standard library ``smtplib``, run on a
background-job thread — never on the event loop).

``smtplib.SMTP.send_message`` hides WHEN a failure happened. The send-log must know it: a
failure before the message content was handed over (connection refused, a 4xx to MAIL/RCPT,
a 4xx/5xx to DATA) means the server does not have the message, so a later retry cannot
duplicate it; a failure after the content was sent (timeout or disconnect while waiting for
the reply to the final ``.``) means the server may have accepted it (RFC 5321 §4.1.1.4,
§6.1: the receiver takes responsibility on its 250 reply). :meth:`Connection.send` therefore
runs MAIL, RCPT and DATA itself and raises:

* :class:`SmtpRetry` — not handed over, try later (server unreachable, 4xx); ``server_down``
  is True when the connection itself failed (the rest of a batch would fail too);
* :class:`SmtpRejected` — refused permanently (5xx), do not retry;
* :class:`SmtpUnknown` — the content was sent but no reply came: never resend automatically.

The relay is vetted by the SSRF guard (:func:`careercopilot.services.outbound.smtp_destination`):
a relay on the local network must be listed in SSRF_ALLOW_HOSTS. Settings: SMTP_HOST, SMTP_PORT, SMTP_SECURITY (none | starttls | tls), SMTP_USERNAME,
SMTP_PASSWORD, SMTP_TIMEOUT_SECONDS (every socket operation).
"""

from __future__ import annotations

import re
import smtplib
import ssl
from email.message import EmailMessage

from careercopilot.config import Settings, settings as live_settings
from careercopilot.connectors.errors import BlockedURLError
from careercopilot.services.outbound import smtp_destination
from careercopilot.services.mail.compose import ascii_address, needs_smtputf8, to_bytes


class SmtpError(Exception):
    """Base of the delivery outcomes other than success; ``str()`` is the reason (for the log)."""


class SmtpRetry(SmtpError):
    """The server does not have the message; it may be sent again later."""

    def __init__(self, message: str, *, server_down: bool = False) -> None:
        super().__init__(message)
        self.server_down = server_down


class SmtpRejected(SmtpError):
    """Permanently refused (5xx reply before or after the content)."""


class SmtpUnknown(SmtpError):
    """The content was handed over but the final reply never came (timeout, disconnect)."""


_LEADING_DOT = re.compile(rb"(?m)^\.")


class _Pinned:
    """Mixin for ``smtplib.SMTP``/``SMTP_SSL``: the TCP connection goes to ``address`` (the vetted
    IP, or the allow-listed name) while ``_host`` — the name STARTTLS/TLS check the certificate
    against (and send as SNI) — stays the configured host."""

    def __init__(self, host: str, port: int, *, address: str, **kw) -> None:
        self._address = address
        super().__init__(host, port, **kw)  # type: ignore[call-arg]

    def _get_socket(self, host, port, timeout):
        return super()._get_socket(self._address, port, timeout)  # type: ignore[misc]


class _PinnedSMTP(_Pinned, smtplib.SMTP):
    pass


class _PinnedSMTPSSL(_Pinned, smtplib.SMTP_SSL):
    pass


def _reply_error(step: str, code: int, reply: bytes | str) -> SmtpError:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    message = f"{step}: {code} {text}"[:900]
    return SmtpRejected(message) if 500 <= code < 600 else SmtpRetry(message)


class Connection:
    """One SMTP session, opened on the first :meth:`send` and reused; use as a context manager."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or live_settings
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> "Connection":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """QUIT (best effort) and forget the connection."""
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            try:
                smtp.quit()
            except (OSError, smtplib.SMTPException):
                smtp.close()

    def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            smtp.close()

    def _connect(self) -> smtplib.SMTP:
        if self._smtp is not None:
            return self._smtp
        s = self.settings
        if not s.smtp_host:
            raise SmtpRetry("SMTP_HOST is not set", server_down=True)
        try:
            # the relay passes the SSRF guard like every admin-set destination: a local relay must be
            # listed in SSRF_ALLOW_HOSTS (issue 9 finding 3); the TCP connection goes to the vetted
            # address while TLS still checks the certificate against SMTP_HOST
            address = smtp_destination(s.smtp_host, s.smtp_port, allow_hosts=s.ssrf_allow_hosts)
        except BlockedURLError as exc:
            raise SmtpRetry(f"SMTP_HOST {s.smtp_host}:{s.smtp_port} is not allowed: {exc.detail or exc.message}"[:900],
                            server_down=True) from exc
        try:
            if s.smtp_security == "tls":
                smtp = _PinnedSMTPSSL(s.smtp_host, s.smtp_port, address=address, timeout=s.smtp_timeout_seconds,
                                      context=ssl.create_default_context())
            else:
                smtp = _PinnedSMTP(s.smtp_host, s.smtp_port, address=address, timeout=s.smtp_timeout_seconds)
            smtp.ehlo_or_helo_if_needed()
            if s.smtp_security == "starttls":
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if s.smtp_username:
                smtp.login(s.smtp_username, s.smtp_password or "")
        except (OSError, smtplib.SMTPException) as exc:
            raise SmtpRetry(f"connect to {s.smtp_host}:{s.smtp_port}: {type(exc).__name__}: {exc}"[:900],
                            server_down=True) from exc
        self._smtp = smtp
        return smtp

    def send(self, msg: EmailMessage, *, sender: str, recipient: str) -> str:
        """Hand ``msg`` to the server for ``recipient`` (envelope); returns the server's reply text.

        Raises :class:`SmtpRetry`, :class:`SmtpRejected` or :class:`SmtpUnknown` (module doc).
        Counted in ``cc_smtp_sends_total{outcome}``: sent, retry, rejected, unknown."""
        from careercopilot import metrics

        try:
            reply = self._send(msg, sender=sender, recipient=recipient)
        except SmtpRejected:
            metrics.SMTP_SENDS.labels("rejected").inc()
            raise
        except SmtpUnknown:
            metrics.SMTP_SENDS.labels("unknown").inc()
            raise
        except SmtpRetry:
            metrics.SMTP_SENDS.labels("retry").inc()
            raise
        metrics.SMTP_SENDS.labels("sent").inc()
        return reply

    def _send(self, msg: EmailMessage, *, sender: str, recipient: str) -> str:
        smtp = self._connect()
        env_from, env_to = ascii_address(sender), ascii_address(recipient)
        options: list[str] = []
        try:
            if needs_smtputf8(sender, recipient):
                if not smtp.has_extn("smtputf8"):
                    raise SmtpRejected("the address needs SMTPUTF8, which the server does not offer")
                options = ["SMTPUTF8", "BODY=8BITMIME"]
            steps = (("MAIL", lambda: smtp.mail(env_from, options), (250,)),
                     ("RCPT", lambda: smtp.rcpt(env_to), (250, 251)),
                     ("DATA", lambda: smtp.docmd("DATA"), (354,)))
            for step, command, accepted in steps:
                code, reply = command()
                if code not in accepted:
                    self._reset()
                    raise _reply_error(step, code, reply)
        except (OSError, smtplib.SMTPException) as exc:
            self._drop()
            raise SmtpRetry(f"before DATA: {type(exc).__name__}: {exc}"[:900], server_down=True) from exc
        payload = _LEADING_DOT.sub(b"..", to_bytes(msg))
        if not payload.endswith(b"\r\n"):
            payload += b"\r\n"
        try:
            smtp.send(payload + b".\r\n")
            code, reply = smtp.getreply()
        except (OSError, smtplib.SMTPException) as exc:
            self._drop()
            raise SmtpUnknown(f"after DATA: {type(exc).__name__}: {exc}"[:900]) from exc
        if code != 250:
            raise _reply_error("end of DATA", code, reply)
        return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)

    def _reset(self) -> None:
        try:
            assert self._smtp is not None
            self._smtp.rset()
        except (OSError, smtplib.SMTPException):
            self._drop()
