"""Outgoing mail (issue 13, "Email"): templates → RFC 5322 messages (:mod:`.compose`), signed
link tokens (:mod:`.tokens`), the idempotent send-log and its delivery (:mod:`.sendlog`), SMTP
with outcome classes (:mod:`.transport`) and the in-app Outbox (:mod:`.outbox`).

A feature that sends mail calls :func:`queue` inside its own transaction with a ``kind`` and a
``dedupe_key`` that name the period or item; delivery is a background job
(``jobs.mail.deliver_mail``), or the Outbox when no SMTP server is configured.
"""

from careercopilot.services.mail.sendlog import DeliveryReport, deliver_due, queue, smtp_status, unsubscribe_url

__all__ = ["DeliveryReport", "deliver_due", "queue", "smtp_status", "unsubscribe_url"]
